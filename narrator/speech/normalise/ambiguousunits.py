"""Whether a symbol after a number that may be a letter, a label or a word ("3 A", "5 t", "Flat 5A", "48 TDs") is
its unit there, told by the words around it; and whether "nm" is a sea's mile or a nanometre (moved out of
units.py, whose _measure asks)."""

from __future__ import annotations

import re

from narrator.speech.normalise.amounts import LABEL_BEFORE
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    BIKE_WORDS,
    FOOTBALL_WORDS,
    HUNGARY_WORDS,
    LAND_WORDS,
    LOAD_WORDS,
    MISSILE_WORDS,
    PARLIAMENT_WORDS,
    TONNAGE_WORDS,
    TRAIN_WORDS,
    UNITS,
    WATER_STORE_WORDS,
)
from narrator.speech.normalise.standings import games_back
from narrator.speech.normalise.util import char_classes, near

# Words of electricity ("V" and "W" only as capitals: "Smith v Jones" is a case).
_ELECTRIC = compiled(r"\b(?:(?i:volts?|watts?|amps?|amperes?|charg\w*|current|fuses?|batter(?:y|ies)|cables?|circuits?"
                     r"|breakers?|sockets?|plugs?|power\w*|supply|adapters?|output|input|rated|loads?|wir(?:e|es|ing)"
                     r"|electric\w*|motors?|draws?|drawing|drew)|V|W|USB|mAh|kW|kWh"
                     r"|MCBs?|RCDs?|RCBOs?|isolators?|contactors?)\b"  # "draws 144A at peak"; "a 32A MCB"
                     # volts glued to their figure, as a charger's label gives them beside its amps ("12V 2A", "5V/3A":
                     # "two Eh" it was)
                     r"|(?<=\d)V\b")
_SIZE_BEFORE = compiled(r"\b[Ss]ize\s(?:is\s|was\s|of\s)?$")
_CLOSING = compiled(r"\s*[)\],;]")  # "(69 ha)", "5 t,": a measure closed off, not a word
# After a space these may be a letter, an initial or a word ("Grade 3 A", "3 t", "3 MP seats" of members of
# parliament); metres, grams and litres are common enough after a number to be read as units.
# "3,500 ha of forest", "200 ha.", "40 Mt of CO2": hectares or tonnes before "of" or at a sentence's end (the laugh
# comes twice: "ha ha").
_BULK_UNITS = frozenset({"ha", "ac", "t", "kt", "Mt", "mol", "ly"})  # "2 mol of H2O", "5,000 ly."
# "22 t to LEO", "8 t to GTO", "a 150 t payload": a rocket's tonnes lifted to an orbit or as its payload.
_BULK_NEXT = compiled(r"\s(?:of|under|were|was|burned|burnt|CO2|CO₂|ore|coal|payloads?"
                      r"|to (?:LEO|GTO|GEO|MEO|SSO|TLI|orbit|low Earth orbit))\b|\.(?:\s|$)|$")  # "2 Mt CO2"
# "25 ly from the Sun", "1,300 ly away", "8,000 ly across": a spaced "ly" before a word of distance is light years
# ("twenty five ly" it was); the letters alone may end a word cut by a line's break.
_DISTANCE_NEXT = compiled(r"\s(?:away|from|distant|across|wide|off|beyond|apart|in diameter|in radius)\b")
_SPAN_BEFORE = compiled(r"\b(?:in|for|within|every|after|over|than|per|last|next|past|up to)\s+$")
# "gusted to 61 kt at the airport", "15 kt gusting 28 kt": a spaced "kt" is knots where the sentence speaks of wind
# or sailing, or of a flight's speeds ("a 140 kt approach", "rotate at 150 kt on take-off"; else it may be carats
# or kilotonnes).
_WIND_TALK = compiled(r"\b(?i:winds?|gust\w*|breeze|squalls?|hurricane|typhoon|cyclone|storm|gale\w*|sail\w*"
                      r"|airspeed|headwinds?|tailwinds?|crosswinds?|approach(?:es)?|landings?|take-?offs?|cruis\w*"
                      r"|stall\w*)\b")
# "touched down at 152 knots, some 20 kt faster", "the ferry made 18 kt", "groundspeed fell to 140 kt": knots too where
# the sentence names them in full or speaks of a vessel's or an aircraft's speed ("twenty kt" it was), unless it speaks
# of a blast, whose kilotonnes the same letters write ("a 15 kt warhead", "the bomb's 20 kt yield").
_KNOTS_TALK = compiled(r"\b(?i:knots|kts|speeds?|faster|slower|touch(?:ed|es|ing)? down|touchdowns?|ground ?speed"
                       r"|ferr(?:y|ies)|yachts?|vessels?|ships?|boats?|frigates?|destroyers?|tankers?|trawlers?"
                       r"|lifeboats?|liners?|cutters?|tugs?)\b")
_BLAST_TALK = compiled(r"\b(?i:warheads?|bombs?|nuclear|yields?|TNT|blasts?|explosi\w+|deton\w+|kilotons?"
                       r"|kilotonnes?|megatons?|megatonnes?)\b")
# "48 TDs" in a sentence of a parliament's and none of football's: Ireland's members of the Dáil, left to be spelled.
_PARLIAMENT_TALK = compiled(rf"\b(?:{'|'.join(sorted(PARLIAMENT_WORDS))})\b")
_FOOTBALL_TALK = compiled(rf"\b(?:{'|'.join(sorted(FOOTBALL_WORDS))})\b")
# "25 t axle load", "a 40 t truck", "the 44 t limit": a spaced "t" before what bears or limits a load is tonnes
# ("twenty five t axle load" it was; "3 t" alone may be a letter).
LOAD_NEXT = compiled(r"\s(?:axle|lorr(?:y|ies)|trucks?|HGVs?|cranes?|excavators?|diggers?|trailers?|wagons?"
                      r"|limit|weight limit|load limit)\b")
# "A weight limit of 5 t remains", "the crane can lift 40 t at a time", "each wagon carries 32 t when full": a spaced
# "t" is tonnes also where the sentence speaks of weighing, lifting or carrying a load ("five t remains" it was); in
# "in Figure 3 t is time" nothing is weighed, and the letter is left.
_WEIGHT_TALK = compiled(r"\b(?i:weigh\w*|loads?|loaded|lift\w*|hoist\w*|carr(?:y|ies|ied|ying)|capacity|payloads?"
                      r"|cargo|freight|ballast|tonnes?|tons?|lorr(?:y|ies)|trucks?|cranes?|HGVs?|axles?)\b")
# "90 Cal per serving", "45 cal from fat", "60 Cal each": a nutrition label's count of calories below a hundred, told
# by what follows it (a calibre is followed by its gun, never by a serving).
_SERVING_NEXT = compiled(r" (?:per (?:serving|portion|slice|piece|bar|cup|can|bottle|glass|biscuit|cookie|egg|100 ?g)"
                         r"|an? (?:serving|portion|slice|piece|bar|cup|can|bottle|glass|biscuit|cookie|egg)"
                         r"|each|from (?:fat|sugars?|protein|carbs|carbohydrates?|alcohol))\b")
_AMBIGUOUS_AFTER_SPACE = {"t", "A", "V", "W", "cal", "Cal", "ha", "ac", "kt", "h", "MP", "N", "J", "Pa", "Mt", "mol",
                          "ly"}
# "a 12 V battery", "a 100 W bulb", "a 13 A fuse", "500 J of energy": a spaced volt, watt, amp or joule before what
# draws, holds or delivers it ("100 W Main St" is a street, "Grade 3 A students" a letter).
ELECTRIC_UNITS = frozenset("VWAJ")
# "The chip draws 15 W", "it consumes 250 W": watts after a verb that draws or makes power ("100 W Main St" is a
# street).
_POWER_DRAWN = compiled(r"\b(?:draws?|drawing|drew|consum\w+|uses|using|used|rated at|outputs?|delivers?|pulls?"
                          r"|generat\w+|produc\w+|TDP of|power of"
                          # a rider's power: "cycle at 200 W", "averaged 250 W for an hour"
                          r"|(?:[Cc]ycl(?:e|ed|ing)|[Rr]id(?:e|es|ing)|[Pp]edal\w*|[Hh]old\w*|[Ss]ustain\w*) at"
                          # a rider's threshold power named before it, "FTP 280 W", "an FTP of 280 W"
                          r"|[Aa]verag(?:e|es|ed|ing)|FTP(?: of)?"
                          # and the other figures of a ride's power file, "NP 265 W", "AP 240 W", "avg 250 W", "max
                          # 1,100 W" (normalised, average and peak power: "two hundred sixty five W" it was)
                          r"|NP|AP|[Aa]vg\.?|[Mm]ax\.?|[Pp]eak|[Nn]ormali[sz]ed power)"
                          r"\s+(?:up to\s+|about\s+|around\s+)?$"
                          r"|\d\sW\b[^.;]{0,30}\b(?:and|or|to|versus|vs\.?)\s+$")  # "15 W at idle and 250 W"
_ELECTRIC_NEXT = compiled(
    r"\s(?:batter(?:y|ies)|bulbs?|outlets?|sockets?|fuses?|chargers?|charging|adapt[eo]rs?|motors?|power|supply"
    r"|supplies|systems?|circuits?|LEDs?|lamps?|heaters?|panels?|cells?|plugs?|cables?|output|input|rail|grid"
    r"|breakers?|transformers?|inverters?|amplifiers?|speakers?|lights?|appliances?|mains|electricity|MCBs?|RCDs?"
    r"|RCBOs?|isolators?|contactors?"  # "a 45A isolator", what a circuit's amps are cut off by
    # a charger's or a port's power before its standard: "a 65 W USB-C charger", "100 W PD", "a 30 W GaN brick"
    r"|USB(?:-C)?|PD|GaN|PoE\+?|Qi2?|MagSafe"
    # how a spaced watt is measured, an amplifier's "100 W RMS" and "50 W per channel", a rider's "300 W FTP"
    r"|RMS|FTP|per channel|peak|continuous"
    # an appliance rated by its power: "an 800 W microwave", "a 2,000 W kettle" ("eight hundred W" it was)
    r"|microwaves?|kettles?|toasters?|blenders?|hair ?dryers?|hairdryers?|vacuums?|hoovers?|ovens?|hobs?|irons?"
    r"|fans?|fridges?|freezers?|dehumidifiers?|air fryers?|grills?|space heaters?|floodlights?|spotlights?"
    # a board's components rated by their watts or volts: "a 1/2 W resistor", "a 16 V capacitor", "a 5 V relay"
    r"|resistors?|capacitors?|diodes?|zeners?|regulators?|relays?|solenoids?"
    # a computer's power supply and its chips rated by their watts, and the devices a shop lists by them: "a 450 W
    # PSU", "a 125 W CPU", "a 100 W amp" ("four hundred fifty W P.S.U" it was)
    r"|PSUs?|UPS|CPUs?|GPUs?|TDP|amps?|subwoofers?|lasers?|generators?|drills?|projectors?"
    r"|of (?:energy|power|electricity|work|heat))\b")
# "The outlet supplies 220 V at 50 Hz", "each panel makes 400 W and the farm 5 MW": a spaced volt, watt or amp in a
# sentence about electricity, told by its words or by another electrical unit near it.
_ELECTRIC_TALK = compiled(
    r"\b(?:volts?|voltage|watts?|wattage|amps?|amperes?|amperage|current(?= of\b)|electric\w*|batter(?:y|ies)|chargers?"
    r"|charging|outlets?|sockets?|mains|grid|circuits?|fuses?|plugs?|bulbs?|inverters?|transformers?|solar"
    r"|(?:power|supply|supplies|output|input)\b(?! of attorney)|[kMG]W|[kMG]Wh|Wh|Hz|kHz|kVA|mAh?|kV|AC|DC)\b")
_NAME_NEXT = compiled(r"\s[A-Z][a-z]")  # "100 W Main St", "3 A Smith Ave": a street's point or an initial
# "rated at 3.3 V.", "a 1.5 A", "220 V": a spaced volt, or a watt or an amp after a decimal, that ends its clause is
# the unit; so is a whole number's watts or amps written alone, as a table's cell ("100 W"); "Hwy 101 W" is a label.
_CLAUSE_END_NEXT = compiled(r"\s*(?:[.,;:!?)\]]|$)")


# What follows a hyphened letter that names, not measures: "133-A were", "Form 1040-A by", "370-A of", "30-A." A unit
# joined by a hyphen describes the noun after it ("a 15-A breaker", "a 9-V battery").
_NOT_A_NOUN_NEXT = compiled(
    r"\s*(?:[.,;:!?)\]]|$)|\s+(?:of|is|was|were|are|has|had|have|will|would|can|could|by|in|on|at|to|for|and|or"
    r"|from|with|as|that|which)\b"
)


_FILM_RATING_AROUND = compiled(r"\(12A\)|[Rr]ated 12A|12A (?:film|certificate|rating|classification)")


def _is_label(match: re.Match[str], unit: str, gap: str) -> bool:
    """A number with one capital against it after a label word ("Flat 5A", "Apt. 133-A"), or hyphened to it before
    no noun ("133-A were evacuated"): the letter is part of a name."""
    if gap not in ("", "-") or len(unit) != 1 or not unit.isupper():
        return False
    if gap and _NOT_A_NOUN_NEXT.match(match.string, match.end()) is not None:
        return True
    if unit == "A" and match.group(0).startswith("12A") and _FILM_RATING_AROUND.search(
            match.string, max(0, match.start() - 9), min(len(match.string), match.end() + 13)):
        return True  # "Dune: Part Two (12A)", "rated 12A": a British film's certificate, not twelve amps
    return LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start()) is not None


# what a watch, a battery or a player lasts for, named after its hours ("eighty h power reserve" it was).
_LASTS_HOURS_NEXT = compiled(r"\s(?:power reserve|battery life|run ?time|playback|standby|talk time|autonomy)\b")
_CHANNELS_BEFORE = compiled(r"\d{1,2} times ")  # "2 x 50 W" as the dimensions rule leaves it, "2 times 50 W"


def _electric_at_clause_end(match: re.Match[str], value: str, unit: str) -> bool:
    """"220 V", "3.3 V.", "a 1.5 A": volts or a decimal's watts or amps at a clause's end; "100 W" alone."""
    if not _CLAUSE_END_NEXT.match(match.string, match.end()):
        return False
    if LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start()):
        return False
    before = match.string[:match.start()]
    # "2 x 50 W" alone, an amplifier's channels by each one's power, is a table's cell too
    alone = ((not before.strip() or _CHANNELS_BEFORE.fullmatch(before) is not None)
             and not match.string[match.end():].strip(" ."))
    return unit == "V" or "." in value or alone


# "nm" is a sailor's nautical mile in a story of the sea ("a distance of 695nm", "she was 2nm ahead") and a
# nanometre elsewhere ("a 5nm chip", "light at 450nm"): the sea's words near, or a distance or a lead before or after
# it with no word of light or chips near ("six hundred and ninety five nanometers" it was).
_SEA_TALK = compiled(r"\b(?i:sail\w*|yachts?|yachting|boats?|ships?|vessels?|voyages?|passages?|crews?|helms\w*"
                     r"|skippers?|regattas?|knots|nautical|ocean|seas?|harbou?rs?|ports?|navy|naval|ferry|ferries"
                     r"|coast\w*|offshore|mariners?|Fastnet|Vendée)\b")
_LIGHT_TALK = compiled(r"\b(?i:light|wavelengths?|lasers?|LEDs?|chips?|process|node|transistors?|semiconductors?"
                       r"|lithography|spectr\w*|nanometres?|nanometers?|atoms?|molecules?|particles?|films?|coatings?)\b")
# a bearing from a place after it, "4 nm south of the Lizard", "8nm north-east of Whitby": a sea's or a flight's
_LEAD_AFTER = compiled(r"\s(?:ahead|astern|behind|clear|offshore|off|range|radius|endurance"  # "a 2,500 nm range"
                       r"|(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)[a-z-]{0,16}\s+of)\b")
# a distance of two thousand or more written with a comma ("2,000-2,500 nm"): no light's wavelength nor
# chip's node is written so, where a voyage's and a flight's are (a flight's own words tell it too: "the jet's
# 7,000nm").
_AIR_TALK = compiled(r"\b(?i:aircraft|airliners?|jets?|flights?|non-?stop|airframes?|MTOW|ETOPS)\b")
_DISTANCE_BEFORE = compiled(r"\b(?:distance|distances|range)\s+of\s+$")


def at_sea(match: re.Match[str]) -> bool:
    """Whether "nm" after a number is nautical miles: the sea spoken of, or a distance or a lead, and no light."""
    if near(_LIGHT_TALK, match, 100):
        return False
    value = match.group(2) or match.group(1)
    thousands = "," in value and float(value.replace(",", "")) >= 2000  # "1,550 nm" may be a laser's, in telecoms
    return (thousands or near(_SEA_TALK, match, 100) or near(_AIR_TALK, match, 100)
            or _LEAD_AFTER.match(match.string, match.end()) is not None
            or _DISTANCE_BEFORE.search(match.string, max(0, match.start() - 20), match.start()) is not None)


def _words(words: frozenset[str]) -> re.Pattern[str]:
    """A look for any of the words, whole."""
    return compiled(r"\b(?:" + "|".join(sorted(words)) + r")\b")


_LOAD_TALK = _words(LOAD_WORDS)
_WATER_STORE_TALK = _words(WATER_STORE_WORDS)
_HUNGARY_TALK = _words(HUNGARY_WORDS)
_BIKE_TALK = _words(BIKE_WORDS)
_LAND_NEXT = compiled(r"\s(?:" + "|".join(sorted(LAND_WORDS)) + r")\b(?!['’-])")
_FORINTS = ("forint", "forints")
_GAMES_BACK = ("game back", "games back")
_GAMES = ("game", "games")  # a team's games behind the leader, "2 GB" in standings
_MISSILE_TALK = compiled(r"\b(?i:" + "|".join(sorted(MISSILE_WORDS)) + r")\b")  # "Airsoft guns are capped at"
_FEET_PER_SECOND = ("foot per second", "feet per second")
_TRAIN_TALK = compiled(r"\b(?i:" + "|".join(sorted(TRAIN_WORDS)) + r")\b")  # "Trains will run every 15 mins"
_TONNAGE_TALK = _words(TONNAGE_WORDS)
_TRAINS_PER_HOUR = ("train per hour", "trains per hour")
_TONNES_PER_HOUR = ("tonne per hour", "tonnes per hour")


def named_by_talk(match: re.Match[str], unit: str) -> tuple[str, str]:
    """The names of a unit whose letters write two, by what the sentence speaks of: "gr" grains with a gun's load
    (LOAD_WORDS) and grams elsewhere, "ML" megalitres with a dam's or a river's water (WATER_STORE_WORDS) and
    millilitres elsewhere, "Ft" forints with Hungary's money (HUNGARY_WORDS) and feet elsewhere, "fps" feet per
    second with a bow's or a gun's shot (MISSILE_WORDS) and frames per second elsewhere."""
    if unit == "gr":
        return UNITS["gr"] if near(_LOAD_TALK, match, 100) else UNITS["g"]
    if unit == "GB":  # a spaced "GB" after a team or before the place it trails
        if not (match.group(0).endswith(" GB") and games_back(match)):
            return UNITS["GB"]
        # "5 GB behind the Astros": "five games behind" ("games back behind" it was, said twice)
        return _GAMES if match.string.startswith(" behind", match.end()) else _GAMES_BACK
    if unit == "ML":
        return UNITS["ML"] if near(_WATER_STORE_TALK, match, 100) else UNITS["mL"]
    if unit == "fps":
        return _FEET_PER_SECOND if near(_MISSILE_TALK, match, 100) else UNITS["fps"]
    if unit == "tph":  # what runs on a railway, or a quarry's or a plant's tonnes; the letters beside neither
        if near(_TRAIN_TALK, match, 100):
            return _TRAINS_PER_HOUR
        return _TONNES_PER_HOUR if near(_TONNAGE_TALK, match, 100) else UNITS["tph"]
    return _FORINTS if near(_HUNGARY_TALK, match, 120) else UNITS["ft"]


# A sprocket's teeth glued to its count, or to a cassette's span of them, where the sentence speaks of a bicycle
# (BIKE_WORDS): "an 11-34T cassette", "a 32T chainring", "15T on the rear wheel" ("thirty two T" it was). Said
# "tooth" before what it sizes and "teeth" elsewhere; "50T" of a crane's load and "Model 11T" are left.
_TEETH = compiled(r"T(?<=\dT)(?![\w'’-])")  # led by the capital, scanned in C
_THING_NEXT = compiled(r"\s(?:front |rear |big |small |narrow-wide )?(?:cassettes?|chainrings?|rings?|cogs?|sprockets?"
                       r"|cranksets?|chainsets?|cranks?|chain|freewheel|setup|gearing)\b")


# a double chainset's two rings, the teeth written after the second ("a 50/34T chainset", "46/30T rings": "fifty
# slash thirty four T" it was), the larger first: said as the two counts, "fifty thirty four tooth"
_RING_PAIR = compiled(r"(?<![\w/.,-])([2-6]\d)[/-]([2-5]\d)(?=T(?![\w'’-]))")  # or a hyphen between ("50-34T")


def _ring_pair(match: re.Match[str]) -> str:
    """"50/34" before its "T" -> "50 34", where the first ring is the larger and bicycles are spoken of."""
    if int(match.group(1)) <= int(match.group(2)) or not near(_BIKE_TALK, match, 100):
        return match.group(0)
    return f"{match.group(1)} {match.group(2)}"


def bicycle_teeth(text: str) -> str:
    """"a 32T chainring" -> "a 32 tooth chainring", "15T on the rear" -> "15 teeth on the rear", in talk of bicycles."""
    if "00/00A" in char_classes(text) or "00-00A" in char_classes(text):  # two counts and the capital: the classes
        text = _RING_PAIR.sub(_ring_pair, text)
    return _TEETH.sub(lambda m: m.group(0) if not near(_BIKE_TALK, m, 100) else
                      " tooth" if _THING_NEXT.match(m.string, m.end()) else " teeth", text)


def said_as_unit(match: re.Match[str], gap: str) -> bool:
    """Whether units._MEASURE's match reads its symbol as the unit; gap is what stands between, its plus taken off."""
    value, upper, scale, unit, power, per = (match.group(1), match.group(2), match.group(3), match.group(5),
                                             match.group(7), match.group(9))
    if not unit:
        return True  # a unit written in capitals or folded ("12KG"), never a letter
    closing = _CLOSING.match(match.string, match.end()) is not None
    if not (upper or scale or power or per) and _is_label(match, unit, gap):
        return False
    # "0.25 ha", "3.5 t": a unit in lower case after a decimal (the words "ha" and "t" do not follow one)
    # or megatonnes after a decimal ("3.4 Mt ore"; no mount's address has a decimal)
    plainly_a_unit = "." in value and bool(unit) and (unit.islower() or unit == "Mt")
    if unit == "h" and (_SPAN_BEFORE.search(match.string, max(0, match.start() - 10), match.start())
                        or _CLAUSE_END_NEXT.match(match.string, match.end())):
        plainly_a_unit = True  # "in 24 h", "every 6 h", "a half-life of about 12 h.": a span of hours
    if unit == "h" and _LASTS_HOURS_NEXT.match(match.string, match.end()):
        plainly_a_unit = True  # "80 h power reserve", "30 h battery life": what lasts so many hours
    if unit in _BULK_UNITS and _BULK_NEXT.match(match.string, match.end()):
        plainly_a_unit = True  # "3,500 ha of forest", "they planted 200 ha."
    if unit in ("ha", "ac") and _LAND_NEXT.match(match.string, match.end()):
        plainly_a_unit = True  # "a 30 ha farm", "a 12 ac field"
    if unit == "ly" and _DISTANCE_NEXT.match(match.string, match.end()):
        plainly_a_unit = True  # "430 ly distant", "100,000 ly wide"
    if unit == "kt" and (near(_WIND_TALK, match, 80)
                         or (near(_KNOTS_TALK, match, 80) and not near(_BLAST_TALK, match, 80))):
        plainly_a_unit = True
    if unit == "t" and (LOAD_NEXT.match(match.string, match.end()) or near(_WEIGHT_TALK, match, 80)):
        plainly_a_unit = True
    if unit in ELECTRIC_UNITS and gap == " " and (_ELECTRIC_NEXT.match(match.string, match.end()) or (
            unit == "W" and _POWER_DRAWN.search(match.string, max(0, match.start() - 50), match.start())) or (
            unit != "J" and near(_ELECTRIC_TALK, match, 80) and not _NAME_NEXT.match(match.string, match.end())
            and not LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start()))):
        plainly_a_unit = True
    # "220 V" at a clause's end; "a 2,000 cal diet", "500 cal", a label's "100 Cal": calories ("a .45 cal", "a 50
    # Cal" are calibres)
    if (unit in ("V", "W", "A") and gap == " " and _electric_at_clause_end(match, value, unit)) or (
            unit in ("cal", "Cal") and value[:1].isdigit() and (float(value.replace(",", "")) >= 100
                                                                 or _SERVING_NEXT.match(match.string, match.end()))):
        plainly_a_unit = True
    if (unit in _AMBIGUOUS_AFTER_SPACE and gap.strip(" ") == "" and gap
            and not (upper or scale or closing or per or plainly_a_unit)):
        return False  # "5 m" or "3 A" could be anything; "5m", "5-m", "(69 ha)" and "5 W/m2" are measures
    if unit == "TDs" and near(_PARLIAMENT_TALK, match, 120) and not near(_FOOTBALL_TALK, match, 120):
        return False
    if unit == "ac" and not gap:
        return False  # "802.11ac", "801.11ac": a standard; acres are written apart ("0.3 ac")
    if unit == "A" and not (per or plainly_a_unit or near(_ELECTRIC, match, 80)):
        return False  # "seat 2A", "the 12A bus": amps only where the sentence speaks of electricity
    if unit in ("N", "W") and not gap and _SIZE_BEFORE.search(match.string, max(0, match.start() - 10),
                                                                  match.start()):
        return False  # "a size 8.5W", "size 7.5N": a shoe's width (wide or narrow), a letter
    # "the 6N" is the Six Nations; newtons come with a decimal or per ("9.8 N", "N/m2")
    return unit != "N" or bool(upper or scale or per or "." in value)



# A genome's lengths before what is sequenced or cut: "150 bp reads", "a 500 bp fragment", "a 2 kb deletion" are
# base pairs and kilobases, and so are they before where they lie, "500 bp upstream" ("basis point reads" and "kilobit
# deletion" they were); elsewhere "bp" is a rate's basis points and "kb" a kilobit. Said in the singular before the
# noun they size, in the plural before a place ("five hundred base pairs upstream").
_BASE_PAIRS = compiled(r"(\d)\s?(bp|kbp|kb|Mbp)(?=\s(?:(?:paired-end|single-end|short|long)\s)?(?:reads?|fragments?"
                       r"|amplicons?|inserts?|deletions?|insertions?|duplications?|repeats?|PCR products?|products?"
                       r"|promoters?|(upstream|downstream|of DNA|of sequence))\b)")
_BASE_PAIR_NAMES = {"bp": "base pair", "kbp": "kilobase pair", "kb": "kilobase", "Mbp": "megabase pair"}

# A genome's size in a sentence that speaks of genomes, chromosomes or sequencing: "a 3.1 Gb genome", "the 2.5 Mb
# region", "120 Gb of data per run" are bases ("gigabits" and "megabits" they were); a link's "100 Mb/s" is left. Asked
# by the units' rule only where it has found such a unit, so that no other text pays for the look.
_GENOME_TALK = compiled(r"\b(?:[Gg]enom|[Cc]hromosom|[Ss]equenc|DNA\b|[Aa]ssembl|[Cc]ontigs?\b|[Ll]ocus\b|[Ll]oci\b)")
GENOME_BASES = {"Gb": ("gigabase", "gigabases"), "Mb": ("megabase", "megabases")}


def genome_talk(text: str) -> bool:
    """Whether the text speaks of genomes, chromosomes or sequencing."""
    return _GENOME_TALK.search(text) is not None


def base_pairs(text: str) -> str:
    """"150 bp reads" -> "150 base pair reads", "500 bp upstream" -> "500 base pairs upstream"."""
    return _BASE_PAIRS.sub(lambda m: f"{m.group(1)} {_BASE_PAIR_NAMES[m.group(2)]}{'s' if m.group(3) else ''}", text)


# A spaced capital "K" after a number in a sentence that speaks of cold or of temperature is kelvin: "the background
# glows at 2.7 K", "cooled to 4 K", "a 77 K bath" ("two point seven K" it was); elsewhere "2.7 K" may be thousands
# ("2.7 K followers") and is left.
_TEMPERATURE_TALK = compiled(r"\b(?:[Tt]emperatur|[Cc]ool|[Cc]old|[Cc]hill|[Ff]reez|[Kk]elvin"
                             r"|[Ss]uperconduct|[Cc]ryo|[Hh]elium|[Nn]itrogen|absolute zero|[Mm]icrowave background"
                             r"|[Tt]hermal|[Mm]elt|[Bb]oil)")
_MAY_BE_KELVIN = compiled(r" K(?<=\d K)")  # led by its literal: found at memchr speed, before the talk's scan
_KELVIN = compiled(r"(?<![\w.,$£€])(\d{1,4}(?:\.\d{1,3})?) K(?![\w'’/-])")
# a race's "5 K" (kilometers) in a sentence of running or walking, and money's thousands, are left
_RACE_TALK = compiled(r"\b(?:[Rr]an|[Rr]uns?|[Rr]unn|[Rr]ace|[Mm]arathon|[Pp]arkrun|[Ww]alk|[Jj]og|[Ff]un run)")


def kelvins(text: str) -> str:
    """"cooled to 4 K" -> "cooled to 4 kelvin": a spaced "K" after a number where the sentence speaks of temperature."""
    if not _MAY_BE_KELVIN.search(text) or not _TEMPERATURE_TALK.search(text) or _RACE_TALK.search(text):
        return text
    return _KELVIN.sub(r"\1 kelvin", text)
