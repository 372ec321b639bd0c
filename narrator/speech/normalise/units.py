"""English measures: a number (or a range) with its unit of measure (units named with no number: unitsalone.py)."""

from __future__ import annotations

import re

from narrator.speech.normalise import dimensions, imperial, inferredunits, numbers, sportingmeasures
from narrator.speech.normalise.ambiguousunits import (
    ELECTRIC_UNITS,
    GENOME_BASES,
    LOAD_NEXT,
    at_sea,
    bicycle_teeth,
    genome_talk,
    named_by_talk,
    said_as_unit,
)
from narrator.speech.normalise.amounts import (
    A_JUST_BEFORE,
    ENGINE_LAYOUT_AFTER,
    NAME_AFTER,
    NOT_A_NOUN,
    NOT_SIZED,
    NUM,
    PLURAL_AFTER,
    SPELLED_SCALES,
    THE_JUST_BEFORE,
    UNIT_ALT,
    VERBS_AFTER_AN_AMOUNT,
    WORD_AFTER,
    a_hundred,
    amount,
    descending,
    describes_a_noun,
    from_last,
    is_one,
    plural_noun_after,
    singular_noun_after,
)
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    BITS_PER_SECOND,
    ELEMENTS,
    INGREDIENT_ORIGINS,
    KITCHEN_MEASURES,
    LENGTHS,
    LINEAR_RUNS,
    NUTRIENTS,
    PERIODS,
    POWERS,
    SAME_QUANTITY,
    SCALES,
    UNITS,
)
from narrator.speech.normalise.scales import SCALE_BEFORE_UNIT, SCALED_AGE
from narrator.speech.normalise.util import (
    among_known_words,
    char_classes,
    padded,
    sentence_stop,
    word_set,
)
from narrator.speech.normalise.vocabulary import is_common_word

# Words that stand apart in every match of their rule: a first look among util.letter_words where they are at hand.
_CALIBRE_WORDS = frozenset({"cal", "Cal", "caliber", "calibre", "Magnum", "Special", "ACP", "rifle", "rifles", "pistol",
                            "pistols", "revolver", "handgun", "round", "rounds", "ammo", "ammunition", "LR"})
_SPOON_WORDS = frozenset({"tsp", "tbsp", "Tbsp", "TBSP", "tbs", "Tbs", "Tsp"})
_DEGREE_WORDS = frozenset({"degree", "degrees"})
_SQUARE_WORDS = frozenset({"sq", "cu", "fl"})
_CUP_WORD = frozenset({"c"})
# All of measures' sets, for one look before theirs: where the text's words are at hand and none of these is among
# them (most texts), each set's own look (a call, ~1,000 instructions, six a text) is answered by the text being the
# one asked (a rule that changed it made a new string).
_MEASURES_WORDS = KITCHEN_MEASURES | _CALIBRE_WORDS | _SPOON_WORDS | _DEGREE_WORDS | _SQUARE_WORDS | _CUP_WORD

# Units also written in capitals or mixed case ("12KG", "1 mbps").
_FOLDED = {"kg", "km", "mph", "kbps", "mbps", "gbps", "khz", "mhz", "ghz", "kwh", "cm", "mm", "lbs", "kmh", "kph",
           "gb", "tb"}
# Where a small form is a unit of its own it is the one meant ("100MM OF RAIN" is millimeters, not "mM", millimolar).
_FOLDED_UNITS = {k.lower(): v for k, v in UNITS.items()
                 if k.lower() in _FOLDED and (k.islower() or k.lower() not in UNITS)}
# "8gb ram", "a 2tb drive": a device's memory or storage written in lower case is bytes, never bits ("mb" is
# millibars where weather is spoken of, and otherwise left).
_FOLDED_UNITS |= {"gb": UNITS["GB"], "tb": UNITS["TB"]}
# A single letter is a unit only right after the number, or after a space when it cannot be a word.
# "1 1/2", "1-3/4" (a whole and its part, numbers.MIXED_HYPHEN: never a span "one to three quarters"), "3/4", "12.5"
_AMOUNT = rf"(?:(?:\d{{1,3}} |\d{{1,3}}{numbers.MIXED_HYPHEN})?\d{{1,3}}/\d{{1,3}}|{NUM})"
_PERIOD_ALT = "|".join(sorted(PERIODS, key=len, reverse=True))
_MEASURE = compiled(  # the look ahead for the amount's first character first: most positions fail there
    rf"(?=[-.\d])(?<![\w.,/])(-?{_AMOUNT})(?:\s?(?:-|to)\s?({_AMOUNT}))?"
    # "40 million kg": a scale word between the number and its unit.
    # "100+ mph", "10+km": "or more" written as a plus between the number and its unit
    rf"(?:\s({SPELLED_SCALES}))?(\+?\s?-?\s?)"
    rf"(?:({UNIT_ALT})|((?i:{'|'.join(_FOLDED)})))([23](?!\d))?"
    # "20 g/day", "9.8 m/s2", "5 kg/m3", "4 g/24 h": per a unit, a powered one, or a count of them
    # "10 mg/kg/day": and then per a period; "70 km/s/Mpc", "90 dB/W/m": or per a unit
    rf"(?:/(\d{{1,3}}\s?(?={UNIT_ALT}|{_PERIOD_ALT}))?({UNIT_ALT}|{_PERIOD_ALT})([23](?!\d))?"
    rf"(?:/({_PERIOD_ALT}|{UNIT_ALT})(?![\w°/]))?)?(?![\w°/])"
    # "5 ft. tall": an abbreviation's stop inside a sentence; "2 hrs. 30 mins.", "2 lbs. 3 oz.": before the next part
    r"(?:\.(?=\s+(?:[a-z]|\d{1,2}\s?(?:mins?|minutes|secs?|seconds|oz)\b)))?"
)
_COMPOUND_AFTER = compiled(r"-[a-z]")
_RUN_OF = compiled(rf"\sof\s(?:[a-z]+\s)?(?:{'|'.join(sorted(LINEAR_RUNS))})\b")  # facts.LINEAR_RUNS
# "5 min read", "a 3 min walk", "5 min setup": a span of time before what lasts it describes it.
_LASTING_AFTER = compiled(r"\s(?:read|listen|watch|walk|drive|ride|cycle|journey|commute|setup|wait|delay|break|call"
                          r"|flight|trip|video|clip|film|episode|session|workout|interval|warm-up|cooldown|nap)\b")
_TIME_UNITS = frozenset({"s", "sec", "min", "h", "hr"})  # written singular: "10 mins walk" is ten minutes' walk
# Spans of time and rates, whose number no spaced noun after it is sized by
_SPANS_OF_TIME = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "nights", "milliseconds",
                            "microseconds", "nanoseconds"})
# ... nor room left, an amount of it ("Keep 10 cm clearance", "allow 5 mm gap": ten centimetres of it)
_ROOM_AFTER = compiled(r"\s(?:clearance|gap|space|margin|headroom|spacing|overlap|allowance|tolerance|room|depth"
                       r"|play)\b")
# "the 3hr 30min pacers", "a 1h 45m flight": hours, then minutes against their number and the noun both describe.
_MINUTES_THEN_NOUN = compiled(r"\s\d{1,2}(?:min|m)\s+(?![a-z]+ly\b)[a-z]{3,}\b")
_THING_VERB_AFTER = compiled(r"\s(?:is|was|feels|looks|focuses|handles)\s"
                             r"(?!(?:forecast|expected|predicted|likely|due)\b)")  # "the 10mm is forecast": rain
_SENTENCE_END_NEXT = compiled(r"\s*(?:[.;:!?)\]]|$)")  # not a comma: "a 300ppi, 7in screen" lists sizes
# "381/km2", "300 people/km2": a count per a unit.
# and a count per so many of a unit, "22 stitches/10 cm", "28 rows/10cm" (a knitter's tension; "twenty two
# stitches, ten cm" it was), only after a thing counted ("20/10 m" is left).
_PER_UNIT = compiled(rf"(?<![\w.,])({NUM})(\s[a-z]{{3,}})?\s?/\s?(\d{{1,3}}\s?)?({UNIT_ALT})([23](?!\d))?(?![\w°/])")
_MAY_BE_MEASURE = compiled(r"\d\+?\s?[-/]?\s?[A-Za-z°μΩÅ]")
# _MAY_BE_MEASURE's shape in char_classes (util), led by the literal digit, which the engine skips to (the
# look's digit class was tried at every character): asked first, the look only where it holds ("?" is any character
# beyond ASCII, "°" and "μ" among them)
_MEASURE_SHAPE = compiled(r"0\+? ?[-/]? ?[Aa?]")
# What _MEASURE must find wherever it matches: a unit after a number's last digit (or its scale's word), then a
# power, a stroke or no letter. Led by the digit, the scan runs in C; _MEASURE, led by its look behind, enters the
# matcher at every position (17 us a sentence, for one sentence in a hundred read). After the digit a look ahead for
# what may come next (a space, a sign, a unit's first character, in its case or, for the folded units, any case),
# where the scale's words and the units' alternations were tried at every digit (3.7 -> 2.7 us a call).
_UNIT_FIRSTS = "".join(sorted({re.escape(unit[0]) for unit in UNITS}))
_FOLDED_FIRSTS = "".join(sorted({re.escape(unit[0]) for unit in _FOLDED}))
# and before the units' alternations, a unit's first character (the folded ones' in any case), where each of
# their branches was tried after each number's space, and again at the space itself
_MAY_BE_UNIT = compiled(rf"\d(?=[-+\s{_UNIT_FIRSTS}]|(?i:[{_FOLDED_FIRSTS}]))(?:\s(?:{SPELLED_SCALES}))?\+?\s?-?\s?"
                        rf"(?=[{_UNIT_FIRSTS}]|(?i:[{_FOLDED_FIRSTS}]))(?:{UNIT_ALT}|(?i:{'|'.join(_FOLDED)}))"
                        r"(?:[23](?!\d))?(?![\w°])")
# "a .45 caliber pistol", "a .22 cal. rifle", "the .308": a gun's calibre in hundredths or thousandths of an inch, said
# as a number ("forty five caliber", "three o eight"), never "point four five calorie"; so before a cartridge's name
# or the gun ("a .44 Magnum", "the .38 Special", "a .22 rifle").
_CALIBRE = compiled(r"\.(?<![\w.,]\.)(\d{2,3})\s?([Cc]al\b(?:\.(?=\s[a-z]))?|caliber|calibre"
                    r"|(?<=\s)(?:Magnum|Special|ACP|LR|rifles?|pistols?|revolver|handgun|rounds?|ammo|ammunition))(?!\w)")
# the word after a calibre said as written, but the short "cal" (or a label's "Cal") in full
_CALIBRE_SAID = {"cal": "caliber", "cal.": "caliber", "Cal": "caliber", "Cal.": "caliber"}
# A recipe's cup written "c." after an amount and before what is measured: "1/2 c. sugar", "2 c. flour".
_RECIPE_CUP = compiled(r"(\d(?<![\w.,/]\d)\d?(?: \d/\d)?|\d(?<![\w.,/]\d)/\d)\s?c\.(?=\s[a-z])")
# "a 3,000-sq-ft home": square feet or meters hyphened before the noun they measure.
_HYPHENED_SQUARE = compiled(r"(?<=\d)-sq\.?-(ft|m)\b")
# "120 sq. ft.", "3.4 cu.ft.", "12 fl. oz.": the stop of "sq.", "cu." or "fl." would end the measure.
_SQUARE_STOP = compiled(r"(?<=\d)(\s?)(sq|cu|fl)\.\s?(?=(?:ft|mi|km|m|in|yd|oz)\b)")
# "250g/9oz", "500ml/2 cups", "2.5cm/1in", "180°C/350°F": one amount given two ways, said with "or" (each side is
# then read as a measure); "5 mg/kg" and "4 g/24 h" are per.
_QUANTITY_OF = {unit: index for index, same in enumerate(SAME_QUANTITY) for unit in same} | {
    "in": 0, "cup": 2, "cups": 2, "pint": 2, "pints": 2}
_SAME_ALT = "|".join(re.escape(u) for u in sorted({u for same in SAME_QUANTITY for u in same}, key=len, reverse=True))
_EQUIVALENT = compiled(
    # the second amount may be a fraction: "300ml/½ pint" (tidied to "1/2"), "30g/1 1/2oz"
    rf"(?<=\d)(\s?)({_SAME_ALT})\s?/\s?(?=(?:\d[\d,]*(?:\.\d+)?|\d{{1,2}}/\d{{1,2}}|\d\s\d/\d)"
    rf"\s?({_SAME_ALT}|in|cups?|pints?)(?!\w|/(?!\d)))")
_MAY_BE_EQUIVALENT = compiled(r"[a-zA-Z°]\s?/\s?\d")
# "a 20MW/40MWh battery", "5kW/10kWh": a store's power and the energy it holds, two ratings side by side, said with a
# pause between them ("twenty megawatts per forty megawatt hours" it was): a rate's stroke is never before a number.
_POWER_AND_ENERGY = compiled(r"(?<=\d)(\s?)([kMG]?W)\s?/\s?(?=\d[\d,]*(?:\.\d+)?\s?[kMG]?Wh(?![\w/]))")
# "380 kcal/cup", "25 mg/tablet", "4 g/serving": an amount per a thing named in full after the stroke, said
# "per" as the units' own rates are ("kcal or cup" it was: the stroke between words is a choice elsewhere); a unit or
# a period after the stroke is _MEASURE's, and a word of grammar no thing.
# And a rate per head and per a period after it, "150 L/person/day", "30 L/cow/day", "2 kg/head/day": per the one, per
# the other ("L/person/day" went to the voice as written).
_PER_THING = compiled(r"(\d\s?)([A-Za-zμµ°]{1,5})/([a-z]{3,15})\b"  # led by a digit: scanned in C
                      rf"(?:/({_PERIOD_ALT})\b)?(?![/'’-]|\.\w)")
_NOT_A_THING = frozenset({"and", "the", "for", "not", "per", "out", "off", "yes"})

# "180°C (160°C fan)/350°F/gas 4": a recipe's oven given in brackets and then on the other scales, each slash between
# alternatives: after the bracket before a temperature, and after a temperature before its gas mark ("fan)/three
# hundred fifty degrees Fahrenheit" it was, the slashes keeping the measure's rule from the number, said then
# without its "and"). Led by the bracket or the degree sign: scanned in C.
_OVEN_ALTERNATIVE = compiled(r"(\(\d{2,3}\s?°\s?[CF](?:\s[a-z]{3,11})?\))\s?/\s?(?=\d{2,3}\s?°\s?[CF]\b)"
                             r"|(\d\s?°\s?[CF])\s?/\s?(?=[Gg]as\b)")


def _per_thing(match: re.Match[str]) -> str:
    """"380 kcal/cup" -> "380 kcal per cup", "30 L/cow/day" -> "30 L per cow per day"; "5 km/day" (a period's) and
    "10 kg/lbs" (a unit's) are left."""
    unit, thing, period = match.group(2), match.group(3), match.group(4)
    if unit not in UNITS or unit == "in" or thing in UNITS or thing in PERIODS or thing in _NOT_A_THING:
        return match.group(0)
    # "12 dB/oct", "325°F/gas 3": another rule's, or none's, unless the text has a small letter's stroke (looked for as
    # "a/a" alone before the rate per head per day)
    if not period and unit[-1].isupper() and "a/a" not in char_classes(match.string):
        return match.group(0)
    return f"{match.group(1)}{unit} per {thing}" + (f" per {PERIODS[period]}" if period else "")


# "4bd/3ba", "3 bed / 2.5 bath": a listing's bedrooms and bathrooms.
_BEDS_BATHS = compiled(
    r"(\d(?<![\w.,]\d)\d?)\s?(?:bd|bds|bed|beds|br|BR|bdrm|bdrms)\s?/\s?(\d)(\.5)?\s?(?:ba|BA|bath|baths)\b")
# "1.25 ct", "a 0.9 ct stone": "ct" after a decimal is carats, a gem's weight (a count, "100 ct", is whole; the
# carats before "gold" or "diamond" are read before, whole or not).
_DECIMAL_CARATS = compiled(r"(\d(?<![\w.,]\d)\d{0,2}\.\d{1,3})\s?ct\b(?![\w'’-])(?:\.(?=\s+[a-z]))?")  # digit-led
# "1/2 ct", "a 1/4 ct ring", "¾ ct", "1 1/2 ct": "ct" after a fraction is carats too (a count is never a part); a
# whole number before the fraction makes them carats, a part of one a carat, as "one half carat" is said.
_FRACTION_CARATS = compiled(r"(?<![\w.,/-])((\d{1,2}[ -])?[1-9]\d?/(?:[2-9]|[1-9]\d)|(\d{1,2} ?)?[¼½¾⅓⅔])"
                            r"\s?cts?\b(?![\w'’/-])(?:\.(?=\s+[a-z]))?")
# '#8 x 1-1/4" screws', "#10 x 3in": a screw's gauge by its length, "number eight by", never a count "times" one.
_SCREW_GAUGE = compiled(r"(?<![\w#])(#\d{1,2})\s?[x×]\s?(?=\d)")


# Weights and volumes before a noun measure out that stuff ("120g flour", "250ml milk"), they do not describe it.
_AMOUNTS_OF_STUFF = SAME_QUANTITY[1] | SAME_QUANTITY[2] | {"Mt", "Gt"}  # "3.4 Mt ore", as "40 t coal"
# ... except before what holds the stuff: "10 kg bags", "2 l bottles", "5 mg doses" are ten kilogram bags, two liter
# bottles and five milligram doses.
_CONTAINERS = word_set(
    "bag bags sack sacks bottle bottles can cans jar jars tin tins pack packs packet packets box boxes tub tubs "
    "drum drums barrel barrels tank tanks jug jugs carton cartons cylinder cylinders bucket buckets keg kegs "
    "pouch pouches container containers canister canisters crate crates "
    # and what holds a drug's amount: "5 mg doses", "a 200 mg tablet", "0.25mg pens"
    "dose doses tablet tablets pill pills capsule capsules injection injections shot shots vial vials sachet sachets"
    " pen pens patch patches inhaler inhalers"
    # and what measures a liquid medicine out: "2 x 5ml spoonfuls", "a 5 ml syringe", "a 1ml dropper"
    " spoon spoons spoonful spoonfuls syringe syringes dropper droppers"
    # and what a kitchen's or a camper's volume sizes: "a 1.7L kettle", "a 500ml flask", "a 5 l saucepan"
    " kettle kettles flask flasks saucepan saucepans pot pots mug mugs thermos"
    # and what holds a yarn's or a thread's weight or length: "6 x 100g skeins", "50g balls", "a 500m cone"
    " ball balls skein skeins hank hanks cone cones reel reels spool spools"
    # and what a gym's weight names: "25 lb dumbbells", "45 lb plates", "a 16 kg kettlebell"
    " dumbbell dumbbells kettlebell kettlebells barbell barbells plate plates weight weights"
    # and a cloth its weight a yard names, as a weaver or a jeans maker gives it: "12 oz denim", "10oz canvas",
    # "14.5 oz selvedge"
    " denim canvas twill duck chambray selvedge selvage"
    # and a paper its basis weight names, as a printer orders it: "80 lb cover", "100 lb text", "20 lb bond", "110 lb
    # index" ("eighty pounds cover" it was)
    " cover text bond index"
    # and an angler's tackle its breaking strain or weight names: "10 lb line", "30 lb braid", "12 lb test", "a 2 oz
    # sinker" ("ten pounds line" it was; "lead" is left, a weight of the metal as often)
    " line lines braid braids mono leader leaders tippet tippets test sinker sinkers"
    # and what else a volume sizes, a walker's or a householder's ("a 50 L rucksack", "a 240 l bin"), an
    # engine's ("a 2.0L engine", "2.0L turbo"), and a weight a boxer's gloves or an archer's bow is rated by ("16 oz
    # gloves", "a 40 lb bow", "32 lb draw"): "fifty liters rucksack" and "eight ounces gloves" they were
    " rucksack rucksacks backpack backpacks daypack daypacks holdall holdalls duffel duffels coolbox coolboxes"
    " cooler coolers bin bins engine engines turbo gloves bow bows longbow recurve draw"
    # and what is made, sold or contested by its weight, a shooter's, a baker's, a bullion dealer's or a lifter's:
    # "28g loads", "24g cartridges", "150 gr bullets", "800g loaves", "100g bars", "1 oz coins", "the 540 kg titles",
    # "the 66kg division" ("twenty eight grams loads" it was; "pasta shells" and "feed pellets" are weighed out)
    " load loads cartridge cartridges bullet bullets loaf loaves bar bars ingot ingots coin coins"
    " title titles class classes category categories division divisions"
)
# a weight before an animal or a baby is its size ("a 7-10 kg dog", "an 8 lb baby"), unless what follows is
# what is weighed out for it or of it ("2 kg dog food", "10 kg cat litter", "500 g pike fillets": amounts of stuff).
_WEIGHED_BEINGS = word_set("dog dogs puppy puppies cat cats kitten kittens baby babies"
                           # and an angler's coarse fish, weighed on the bank and let go ("3-5 kg carp", "a 20 lb pike")
                           " carp pike barbel tench bream catfish")
_FOR_BEINGS = word_set("food foods biscuits treats kibble litter formula milk feed meal meat chews wipes fillet fillets"
                       " steak steaks")


def _named_thing_after(match: re.Match[str]) -> bool:
    """"The 15kg Labrador", "the 10km Thames Path walk": after "the" a size before a name describes what it names."""
    return (NAME_AFTER.match(match.string, match.end()) is not None
            and THE_JUST_BEFORE.search(match.string, max(0, match.start() - 5), match.start()) is not None)


def _minutes_then_noun(match: re.Match[str]) -> bool:
    """"3hr 30min pacers": minutes after the hours, then a noun the two describe (not "3hr 30min later")."""
    after = _MINUTES_THEN_NOUN.match(match.string, match.end())
    return after is not None and after.group(0).split()[-1] not in NOT_A_NOUN | NOT_SIZED


# What is printed or pressed on, named by its weight, as a stationer sells paper by its grammage and a label its
# records: "on 80g paper", "on 300g card", "on 180g vinyl" ("one hundred and eighty grams vinyl" it was); "add 300g
# paper to the compost" weighs it out.
_PRINTED_ON = word_set("paper card cardstock vinyl")
_HOLDERS_ON = _CONTAINERS | _PRINTED_ON


# Another size of the same things after "and" or "or": "the 150g and 300g packs", "the 2kg or 4kg tubs", "40mm and 50mm
# pipes" (both describe the noun after the second: "one hundred and fifty grams and three hundred gram packs" it was).
# ... also where each has its own "the", owner or word: "the men's 640 kg and the women's 540 kg titles", "the junior
# 57 kg and the senior 63 kg classes" ("six hundred and forty kilograms and the women's" it was)
_PAIRED_SIZE = compiled(rf"\s(?:and|or)\s(?:the\s(?:[A-Za-z]+['’]s?\s|[a-z]+\s)?)?{NUM}\s?(?:{UNIT_ALT})(?![\w°/])")


def _paired_size_then_noun(match: re.Match[str], unit: str | None) -> bool:
    """A size paired with the next by "and" or "or", the second before a container (a weight's or a volume's) or
    before plural things sized (any other unit's): both describe them."""
    paired = _PAIRED_SIZE.match(match.string, match.end())
    if paired is None:
        return False
    word = WORD_AFTER.match(match.string, paired.end())
    if word is None:
        return False
    if unit in _AMOUNTS_OF_STUFF:
        return word.group(1) in _CONTAINERS
    plural = PLURAL_AFTER.match(match.string, paired.end())
    return plural is not None and word.group(1) not in VERBS_AFTER_AN_AMOUNT and word.group(1) not in NOT_SIZED


def _holder_after(match: re.Match[str]) -> bool:
    """A container right after a weight or volume: "10 kg bags", "a 2 l bottle" (sizes, not amounts of stuff), or after
    one word that says which ("one 10kg cabin bag"; "ten kilograms cabin bag" it was)."""
    # "printed on 120g paper", "pressed on 180g coloured vinyl": the grammage or the weight of what it is on
    holders = _HOLDERS_ON if match.string.endswith("on ", 0, match.start()) else _CONTAINERS
    word = WORD_AFTER.match(match.string, match.end())
    if word is not None and word.group(1) not in holders and word.group(1) not in NOT_A_NOUN:
        word = WORD_AFTER.match(match.string, word.end())
    if word is not None and word.group(1) in holders:
        return True
    if LOAD_NEXT.match(match.string, match.end()) is not None:
        return True  # "a 25 t axle load", "a 3.5 t limit": what bears or limits the load, sized by it
    if ENGINE_LAYOUT_AFTER.match(match.string, match.end()) is not None:
        return True  # "1.6L V6", an engine's size and its cylinders ("one point six liters V six" it was)
    being = WORD_AFTER.match(match.string, match.end())
    if being is None or being.group(1) not in _WEIGHED_BEINGS:
        return False
    fed = WORD_AFTER.match(match.string, being.end())
    return fed is None or fed.group(1) not in _FOR_BEINGS



# "with the 16-50mm at 50mm", "the older 18-55mm, which", "the XF 16-50mm f/2.8": after "the" (and a word or a
# maker's letters), a focal range names the lens, as "the 85mm" names one ("sixteen to fifty millimeters" it was); a
# zoom spans twice its shortest length at least, where "the 10-15mm of rain" is a measure.
# "32 A RCDs", "12 V LEDs": a circuit's parts by their letters, plural or not, sized by the unit before them
_PARTS_NEXT = compiled(r"\s(?:MCB|RCD|RCBO|LED)s?\b")
# "50mm f/1.8", "24-70mm f/2.8": a lens named by its focal length and its widest aperture, one millimeter size
_APERTURE_NEXT = compiled(r"\s[fF][/ ]?\d")  # "f/1.8" is "f 1.8" by now (media.py)
_THE_BEFORE_LENS = compiled(r"\b[Tt]he\s+(?:[a-z]+\s+|[A-Z]{1,4}\s+)?$")


def _names_a_zoom(match: re.Match[str], low: str, high: str) -> bool:
    """Whether a range of millimetres after "the" is a zoom lens's: whole lengths, the longer twice the shorter."""
    if not (low.isdigit() and high.isdigit() and int(low) >= 8 and int(high) >= 2 * int(low)):
        return False
    if match.string.startswith(" of ", match.end()):  # "the 10-30mm of rain": a measure of something
        return False
    return _THE_BEFORE_LENS.search(match.string, max(0, match.start() - 24), match.start()) is not None



# a word after a measure that is a noun ("a 15-25mm forecast", "the 8.4km average") or a verb or participle
# ("with 15-25mm forecast in places", "its last 8.4km average 7.2%"): a verb when a number follows it, a participle
# when no article or other determiner stands before the measure; then the measure is what was forecast or averaged,
# said in the plural ("fifteen to twenty five millimeters forecast"), not a size describing a noun. A car's economy
# "combined" (over the test's cycles) likewise: "an estimated 41 mpg combined" is miles per gallon.
_VERB_OR_NOUN_AFTER = compiled(r"\s(?:forecast|forecasts|average|averages|averaged|averaging|possible|likely|predicted"
                               r"|expected|needed|required|combined)\b(\s+[\d-])?")
_DETERMINER_BEFORE = compiled(r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Yy]our|[Ee]ach"
                              r"|[Ee]very)\s$")


def _measured_not_described(match: re.Match[str]) -> bool:
    """True when the word after a measure that describes nouns is here a verb or participle ("15-25mm forecast in")."""
    word = _VERB_OR_NOUN_AFTER.match(match.string, match.end())
    if word is None:
        return False
    return word.group(1) is not None or _DETERMINER_BEFORE.search(
        match.string, max(0, match.start() - 6), match.start()) is None


def _measure(match: re.Match[str]) -> str:
    if descending(match):
        return from_last(match, _MEASURE, _measure)
    value, upper, scale, gap, unit, folded, power, per_count, per, per_power, then_per = match.groups()
    plus = " plus" if gap.startswith("+") else ""  # "100+ mph": "one hundred plus miles per hour"
    gap = gap.lstrip("+")
    if not said_as_unit(match, gap):
        return match.group(0)
    # "kg2" is a code, not a power; so is a unit in capitals with a power ("CM2", a class; "KM2"): only a symbol's
    # own case is raised to a power
    if power and (unit is None or (unit not in LENGTHS and not (power == "2" and "/" in unit))):
        return match.group(0)
    singular, plural = UNITS[unit] if unit else _FOLDED_UNITS[folded.lower()]
    if unit == "lm" and _RUN_OF.match(match.string, match.end()):  # "25 lm of skirting": a builder's linear metres
        singular, plural = UNITS["lin m"]
    elif unit == "nm" and at_sea(match):
        singular, plural = UNITS["nmi"]
    elif unit in _NAMED_BY_TALK:
        singular, plural = named_by_talk(match, unit)
    if unit == "bps" and len(value.replace(",", "").partition(".")[0]) >= 4:
        singular, plural = BITS_PER_SECOND  # "9600 bps": a line's speed, not basis points
    elif unit in GENOME_BASES and genome_talk(match.string):  # "a 3.1 Gb genome": bases, not bits
        singular, plural = GENOME_BASES[unit]
    last = upper or value
    named = WORD_AFTER.match(match.string, match.end())
    if named is not None and not (power or per or (unit or "").endswith(".")) and named.group(1) in (singular, plural):
        # "60° degrees Fahrenheit": the unit's name follows its symbol, so the name is said once, as written
        spoken = amount(value, True) + (" to " + amount(upper, True) if upper else "")
        return padded(match, f"{spoken} {scale}" if scale else spoken)
    # "a 7.2-millimeter bullet", "a 15 km road", "a 5m-long boat"
    adjective = ("-" in gap or describes_a_noun(match) or _COMPOUND_AFTER.match(match.string, match.end()) is not None
                 or (unit in _TIME_UNITS and _LASTING_AFTER.match(match.string, match.end()) is not None)
                 or (unit in ("h", "hr") and not gap and _minutes_then_noun(match))
                 or _named_thing_after(match)
                 or (unit == "mm" and _APERTURE_NEXT.match(match.string, match.end()) is not None)  # a lens
                 or (unit in ELECTRIC_UNITS and _PARTS_NEXT.match(match.string, match.end()) is not None)
                 # spaced as well as glued ("13 A plug", "2.5 mm² cable", "2-4 mm gap"), but not a span of time
                 # or a rate, which say how long or how fast before a word that describes ("3 mins late", "2-3
                 # hours free", "1.2 m/s wind")
                 or ((not gap or (gap == " " and unit and " per " not in plural and plural not in _SPANS_OF_TIME
                                   and "/" not in unit and not _ROOM_AFTER.match(match.string, match.end())))
                     and not per and unit not in _AMOUNTS_OF_STUFF and singular_noun_after(match))
                 or (not scale and unit not in _AMOUNTS_OF_STUFF and plural_noun_after(match))
                 or (unit in _AMOUNTS_OF_STUFF and _holder_after(match))
                 or (match.string.startswith((" and ", " or "), match.end()) and not (scale or per)
                     and " per " not in plural and _paired_size_then_noun(match, unit))
                 # "frames like a 75mm.", "I bought a 2kg.": after "a" at a clause's end the noun is left out, and
                 # the size still describes it
                 or (A_JUST_BEFORE.search(match.string, max(0, match.start() - 4), match.start()) is not None
                     and not upper and _SENTENCE_END_NEXT.match(match.string, match.end()) is not None)
                 # "The 85mm is sharp": a thing named by its size, the subject of "is" ("millimeters" it was)
                 or (not (upper or per or scale) and unit not in _AMOUNTS_OF_STUFF
                     and THE_JUST_BEFORE.search(match.string, max(0, match.start() - 4), match.start()) is not None
                     and _THING_VERB_AFTER.match(match.string, match.end()) is not None))
    if adjective and _measured_not_described(match):
        adjective = False  # "with 15-25mm forecast", "its last 8.4km average 7.2%": the measure is what is forecast
    if not adjective and unit == "mm" and upper and _names_a_zoom(match, value, upper):
        adjective = True  # "with the 16-50mm at 50mm": a lens named by its range, one millimeter range
    if adjective and unit in _TEMPERATURE_SIGNS and _FAN_OVEN.match(match.string, match.end()):
        adjective = False  # "180°C fan": a fan oven's setting, said as the temperature ("degrees"), not "a ... fan"
    # "a 120mg/5ml liquid": a rate of two amounts names each with its own count, so neither is made singular by the
    # noun after ("milligram per five millilitres", one of each)
    counted_per = bool(per_count) and int(per_count) != 1
    name = singular if (adjective and not counted_per) or (is_one(last) and not scale) else plural
    if power:
        name = f"{name} squared" if "/" in unit else f"{POWERS[power]} {name}"  # "m/s2", "km2"
    # "120/80 mmHg": a blood pressure, one number over the other; a mixed number's fraction ("14 1/2 mmHg") is none
    if unit in ("mmHg", "mm Hg") and "/" in value and " " not in value:
        spoken = " to ".join(" over ".join(amount(part, True) for part in reading.split("/"))
                             for reading in (value, upper) if reading)  # "from 140/90 to 128/82 mmHg": both
    else:
        spoken = amount(value, True) + (" to " + amount(upper, True) if upper else "") + plus
    spoken += f" {scale} {name}" if scale else f" {name}"
    if per:
        count = int(per_count) if per_count else 1
        per_name = PERIODS[per] if per in PERIODS else UNITS[per][0]
        plural = per_name + "s" if per in PERIODS else UNITS[per][1]
        if per_power and per in LENGTHS:  # "5 kg/m3": per cubic meter
            per_name = f"{POWERS[per_power]} {per_name}"
        elif per_power:
            per_name += " squared" if per_power == "2" else " cubed"  # "9.8 m/s2": meters per second squared
        spoken += " per " + (f"{numbers.cardinal(count)} {plural}" if count != 1 else per_name)
        if then_per:
            spoken += " per " + (PERIODS[then_per] if then_per in PERIODS else UNITS[then_per][0])
    if unit and unit.endswith("."):
        spoken += sentence_stop(match)  # "3 in." that ended the sentence
    return padded(match, a_hundred(match, spoken) if adjective else spoken)


_TEMPERATURE_SIGNS = frozenset({"°C", "°F", "° C", "° F"})
# units whose letters write two, told by the sentence ("GB": gigabytes, or in standings games back)
_NAMED_BY_TALK = frozenset({"gr", "ML", "Ft", "fps", "tph", "GB"})
_FAN_OVEN = compiled(r"\s(?:fan|Fan)\b")


def _dosing_interval(match: re.Match[str]) -> str:
    """"q8h" -> "every eight hours", "q4-6h" -> "every four to six hours"."""
    low, high = match.group(1), match.group(2)
    spoken = f"{amount(low)} to {amount(high)} hours" if high else (
        "hour" if low == "1" else f"{amount(low)} hours")
    return padded(match, f"every {spoken}")


def _per_unit(match: re.Match[str]) -> str:
    """"381/km2" -> "three hundred eighty one per square kilometer", "22 stitches/10 cm" -> "... per ten ..."."""
    counted, count, unit, power = match.group(2) or "", match.group(3), match.group(4), match.group(5)
    if (power and unit not in LENGTHS) or (count and not counted):
        return match.group(0)
    if count:  # "22 stitches/10 cm": per ten centimeters
        count = count.strip()
        name = (POWERS[power] + " " if power else "") + UNITS[unit][0 if is_one(count) else 1]
        return padded(match, f"{amount(match.group(1))}{counted} per {amount(count)} {name}")
    name = (POWERS[power] + " " if power else "") + UNITS[unit][0]
    return padded(match, f"{amount(match.group(1))}{counted} per {name}")


# "3,4 km", "1,5 kg": a decimal comma as much of Europe writes it, before a unit (a comma between thousands takes
# three digits; "sizes 2,3,4 km" is a list).
_DECIMAL_COMMA_UNIT = compiled(rf"(?<![\w.,])(\d{{1,3}}),(\d{{1,2}})(?=\s?(?:{UNIT_ALT})(?![\w°/,]))")
_MAY_BE_COMMA_DECIMAL = compiled(r"\d,\d\d?(?![\d,])")


# "Bake for 45 min–1 hr", "12 months-3 years": a span of time whose ends take different units, said with "to" (the
# dash was not said: "forty five minutes-one hour").
# "q8h", "q4-6h", "q12hrs": a prescription's interval, every so many hours.
_DOSING_INTERVAL = compiled(r"q(?<![\w.]q)(\d{1,2})(?:\s?[-–]\s?(\d{1,2}))?\s?(?:h|hr|hrs|hourly)(?![\w])")
_TIME_SPAN = compiled(r"(?<=\d)(\s?(?:mins?|hrs?|h|secs?|minutes?|hours?|days?|wks?|weeks?|mos?|mths?|months?|yrs?"
                      r"|years?))\s?[-–]\s?(?=\d[\d.,]*\s?(?:mins?|hrs?|h|secs?|minutes?|hours?|days?|wks?|weeks?|mos?"
                      r"|mths?|months?|yrs?|years?)\b)")  # "6mo-5yrs", "2 wks-3 mths": a child's ages, a wait
_MAY_BE_TIME_SPAN = compiled(r"[-–](?:(?<=[a-z][-–])|(?<=[a-z]\s[-–]))\s?\d")  # led by the dash
# "128GB-1TB", "500m-2km", "5kg-10kg": a span whose ends both carry a unit, each against its number, of one quantity,
# said with "to" (the dash was not said: "one hundred twenty eight gigabytes-one terabyte"); spaced from their numbers
# too, as a spec sheet writes them ("20 Hz–20 kHz", "5 kg-10 kg").
# Spaced dashes too ("2 m – 3 m", "5 km - 10 km": "two meters - three meters" it was), but only where the span
# rises, as a range does: "10 kg - 2 kg" may be a sum, "Paris – 5 km – Lyon" holds one measure.
_UNIT_SPAN = compiled(rf"(?<=\d)(\s?)({_SAME_ALT})( [-–—] |[-–])(?=(\d[\d,]*(?:\.\d+)?)\s?({_SAME_ALT})(?![\w°/]))")
_MAY_BE_UNIT_SPAN = compiled(r"[-–—](?:(?<=[A-Za-z][-–])\d|(?<=[A-Za-z] [-–—]) \d)")  # led by the dash
_SPAN_START = compiled(r"(\d[\d,]*(?:\.\d+)?)\s?\Z")
# "the 4x100", "the 4 x 400 relay": a relay's legs, "four by one hundred" ("four x one hundred" it was before "in").
_RELAY = compiled(r"(?<![\w.,])4\s?[x×]\s?(?=(?:50|100|200|400|800|1500)(?:m\b|\b)(?![.,]\d|\s?[=x×*+-]))")
# "a 1.5T MRI scanner", "a 3 T magnet": a magnet's field in teslas ("one point five T" it was; "15T tokens" are
# trillions). Where the sentence speaks of a scanner or a magnet (the caller's look), a machine, a system or a unit the
# field names is the scanner too: "the older 1.5T machine", "its 7T system" ("one point five T" it was).
_TESLA = compiled(r"(?<![\w.,])(\d{1,2}(?:\.\d{1,2})?)\s?T(?=\s(?:f?MRI|MR|magnets?|scanners?|magnetic|machines?"
                  r"|systems?|units?|field)\b)")
# "over 1m 4f", "4m 2½f" (by now "4m 2 1/2f"), "1m2f": a race's distance in miles and furlongs, as racecards write it
# ("one meter four f" it was); a lone "6f" is left, as hex or a grade may be written so.
_MILES_FURLONGS = compiled(r"(?<![\w.,])(\d{1,2})m\s?(\d)( 1/2)?f\b(?![.,]\d)")
# a first look, led by a digit: scanned in C; for furlongs alone and stones too (sportingmeasures.py)
_MAY_BE_FURLONGS = compiled(r"\d(?:m\s?\d|(?: 1/2)?f\b| st\b)")


def _miles_furlongs(match: re.Match[str]) -> str:
    """"1m 4f" -> "one mile four furlongs", "4m 2 1/2f" -> "four miles two and a half furlongs"."""
    miles, furlongs, half = int(match.group(1)), int(match.group(2)), match.group(3)
    return (f"{numbers.cardinal(miles)} {'mile' if miles == 1 else 'miles'} {numbers.cardinal(furlongs)}"
            f"{' and a half' if half else ''} {'furlong' if furlongs == 1 and not half else 'furlongs'}")


# "a 1 M solution", "0.1 M HCl", "with 2 M NaOH": a lab's concentration in moles a litre, "molar", where a capital M
# after a number is otherwise millions: only before a solution's word or a chemical formula (two elements at least,
# one of them with a small letter or a count: "NaCl", "H2SO4", not "US").
_ELEMENT = "(?:" + "|".join(sorted(ELEMENTS, key=len, reverse=True)) + r")\d*"
_MOLAR = compiled(r"(?<![\w.,$€£¥])(\d{1,2}(?:\.\d{1,3})?|\.\d{1,3}) M(?=\s(?:(?:aqueous|solutions?|stocks?|buffers?"
                  rf"|EDTA|Tris|urea|acid)\b|(?=\S*[a-z\d]){_ELEMENT}(?:{_ELEMENT}){{1,5}}\b))")
# "1 heaped tsp", "2 level tbsp": a recipe's spoon after the word that says how full it is (left "tsp" before).
_SPOON_AFTER_FULLNESS = compiled(r"(?=\d)(?<![\w.,/])(\d{1,2}(?: \d/\d)?|\d/\d)(\s(?:heaped|heaping|level|rounded|scant"
                                 r"|generous|good)\s)(tsp|tbsp|Tbsp|TBSP|tbs|Tbs|Tsp)\b\.?")
# "375 degrees F", "-5 degrees C": a scale's letter after the word "degrees", said as its name ("degrees F" it was).
_DEGREES_SCALE = compiled(r"(?<=\d)(\s?degrees?\s)([CF])\b(?![\w'’&-]|\.\w|\s(?:and|or|to)\s[A-Z]\b)")
_SCALE_NAMES = {"C": "Celsius", "F": "Fahrenheit"}


def _spoon_after_fullness(match: re.Match[str]) -> str:
    """"1 heaped tsp" -> "1 heaped teaspoon", "2 level tbsp" -> "2 level tablespoons"."""
    amount, fullness, unit = match.groups()
    singular, plural = UNITS[unit]
    return amount + fullness + (singular if is_one(amount) or "/" in amount[:3] else plural)


# "a 12V/2A charger", "5V/2.4A": a supply's volts and amps, one after the other ("per two amps" it was).
_VOLTS_AMPS = compiled(r"(?<![\w.,])(\d{1,3}(?:\.\d{1,2})?)\s?V\s?/\s?(\d{1,2}(?:\.\d{1,2})?)\s?A\b(?![\w/-])")


def _volts_amps(match: re.Match[str]) -> str:
    """"12V/2A charger" -> "twelve volt two amp charger", "5V/2A." -> "five volts, two amps."."""
    volts, amps = match.groups()
    word = WORD_AFTER.match(match.string, match.end())
    if word is not None and word.group(1) not in NOT_A_NOUN and word.group(1) not in NOT_SIZED and word.group(
            1) not in ("max", "min", "maximum", "minimum") and not word.group(1).endswith(("ly", "ed")):
        return padded(match, f"{amount(volts)} volt {amount(amps)} amp")
    return padded(match, f"{amount(volts)} volt{'' if is_one(volts) else 's'}, "
                         f"{amount(amps)} amp{'' if is_one(amps) else 's'}")


# "180/160°C", "Roast at 220/200°C fan", "gas 6/200°C": two settings (or a gas mark and a temperature) with the degree
# written once, after the second; said with "or", never as a fraction ("one hundred eighty one hundred sixtieths").
# A one-digit second side is a fraction's ("1/2°C" is half a degree). The mains' and a device's settings are given so
# too: "50/60Hz", "110/240V", "100/200W" (was "fifty sixtieths hertz").
_TWO_TEMPERATURES = compiled(  # led by a digit: scanned in C
    r"(\d(?<![\w.,/]\d)[\d,]*(?:\.\d+)?)\s?/\s?(?=\d{2}[\d,]*(?:\.\d+)?\s?(?:°\s?[CF]|k?Hz|k?V|k?W)\b)")


# a bearing's reference glued to its degrees, true or magnetic ("045°T", "270°M": "degreesT" went to the voice);
# a capital after the sign is no temperature's but these two.
# Three digits are a bearing's, said one by one as a navigator says them ("zero four five degrees true").
_BEARING_REFERENCE = compiled(r"(?<![\w.,])(\d{1,3})°([TM])(?![\w'’])")
_BEARING_REFERENCES = {"T": "true", "M": "magnetic"}
# an aspect ratio or a gear's with a decimal before ":1" ("2.39:1", "1.85:1", "3.73:1"), said "to one" as "16:9"
# is said "to" ("two point three nine:one" it was); a clock has no decimal before its colon.
_DECIMAL_RATIO = compiled(r"(?<![\w:.,])(\d{1,2}\.\d{1,3})\s?:\s?1(?![\w:]|[.,]\d)")


def _bearing_reference(match: re.Match[str]) -> str:
    """"045°T" -> "zero four five degrees true", "5°M" -> "five degrees magnetic"."""
    value, reference = match.groups()
    said = numbers.digits(value) if len(value) == 3 else numbers.number(value)
    return f"{said} {'degree' if value == '1' else 'degrees'} {_BEARING_REFERENCES[reference]}"


# a kitchen measure's stop after its amount and before a name that qualifies the ingredient ("1 tbsp. Dijon
# mustard", "2 tsp. Greek yoghurt") ends no sentence, as the segmenter holds (trade_forms): dropped, so that the voice
# does not fall and pause there ("one tablespoon. Dijon" it was). Before the next step's everyday word ("Add 2 tbsp.
# Stir well.") or a name and its verb ("He weighs 200 lbs. Jones is lighter") the sentence ends, and the stop stays.
_KITCHEN_STOP = compiled(rf"(?<=\d)(\s?(?:{'|'.join(sorted(KITCHEN_MEASURES))}))\.(?=\s([A-Z][a-z]+)\b(?!\.))")
_MAY_BE_KITCHEN_STOP = compiled(r"\d\s?[a-z]{2,4}\.\s[A-Z]")  # led by the digit: scanned in C
_CLAUSE_VERB = compiled(r"\s+(?:is|are|was|were|will|would|can|could|may|might|must|shall|should|has|have|had|does|did"
                        r"|[a-z]{2,}ed|[a-z]{2,}[^s'\u2019\W]s)\b")


def _kitchen_stop(match: re.Match[str]) -> str:
    """"1 tbsp. Dijon mustard" -> "1 tbsp Dijon mustard"; "Add 2 tbsp. Stir well" is left."""
    name = match.group(2)
    if name.lower() not in INGREDIENT_ORIGINS and is_common_word(name):
        return match.group(0)
    if _CLAUSE_VERB.match(match.string, match.end() + 1 + len(name)):
        return match.group(0)
    return match.group(1)


# "90 mL/min/1.73m²", "60 ml/min/1.73 m2": a rate per period per an area (a kidney's filtration, scaled to a
# body's surface), said unit by unit ("mL/min/one point seven three m two" it was). The look is led by the stroke.
_PER_PERIOD_PER_AREA = compiled(rf"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s?({UNIT_ALT})/({_PERIOD_ALT})/"
                                r"(\d{1,2}(?:\.\d{1,2})?)\s?m[2²](?![\w°/])")
_MAY_BE_PER_AREA = compiled(r"/\d{1,2}(?:\.\d{1,2})?\s?m[2²]")


def _per_period_per_area(match: re.Match[str]) -> str:
    """"90 mL/min/1.73m²" -> "ninety milliliters per minute per one point seven three square meters"."""
    value, unit, period, area = match.groups()
    name = UNITS[unit][0 if is_one(value) else 1]
    meters = UNITS["m"][0 if is_one(area) else 1]
    return padded(match, f"{amount(value, True)} {name} per {PERIODS[period]} per {amount(area, True)}"
                         f" {POWERS['2']} {meters}")


def _unit_span(match: re.Match[str]) -> str:
    """"5kg-10kg" -> "5kg to 10kg"; spaced, only where the second amount is the larger."""
    if _QUANTITY_OF[match.group(2)] != _QUANTITY_OF[match.group(5)]:
        return match.group(0)
    if match.group(3) != match.group(3).strip():
        start = _SPAN_START.search(match.string, max(0, match.start() - 24), match.start())
        if start is None or not _rises(start.group(1), match.group(4)) or match.group(2) != match.group(5):
            return match.group(0)
    return match.group(1) + match.group(2) + " to "


def _rises(low: str, high: str) -> bool:
    """Whether the second of two written amounts is the larger."""
    return float(low.replace(",", "")) < float(high.replace(",", ""))


def measures(text: str) -> str:
    """Read a number or a range with a unit of measure ("12kg", "10-15 km", "1°C", "381/km2")."""
    plain = None if among_known_words(_MEASURES_WORDS, text) else text  # a text that holds none of the sets' words
    if "°" in text and ("°T" in text or "°M" in text):
        text = _BEARING_REFERENCE.sub(_bearing_reference, text)
    # a stop inside the text, where a sentence's own is at its end: rare in one sentence, the unit of most calls
    if (". " in text and text is not plain and among_known_words(KITCHEN_MEASURES, text)
            and _MAY_BE_KITCHEN_STOP.search(text)):
        text = _KITCHEN_STOP.sub(_kitchen_stop, text)
    if ":" in text and ":1" in text:
        text = _DECIMAL_RATIO.sub(r"\1 to 1", text)
    if "/" in text and ("°" in text or "Hz" in text or "V" in text or "W" in text):
        text = _TWO_TEMPERATURES.sub(r"\1 or ", text)
        if "°" in text and (")" in text or "as" in text):  # an oven's alternatives after its bracket or before gas
            text = _OVEN_ALTERNATIVE.sub(lambda m: (m.group(1) or m.group(2)) + " or ", text)
    # A multi-character needle costs a scan of ~60 ns in a sentence, one character a memchr of ~15: where every
    # needle of a look holds one character, that character is looked for first.
    if "V" in text and ("V/" in text or "V /" in text):
        text = _VOLTS_AMPS.sub(_volts_amps, text)
    if "/" in text and ("/ha" in text or "/ac" in text):
        text = _NUTRIENT_RATE.sub(lambda m: f"{m.group(1)} of {NUTRIENTS[m.group(2)]} per "
                                            f"{'hectare' if m.group(3) == 'ha' else 'acre'}", text)
    if "-" in text and "-year" in text:
        text = SCALED_AGE.sub(lambda m: f"{m.group(1)} {SCALES[m.group(2)]}", text)
    if "ct" in text:
        if "0.0" in char_classes(text):
            text = _DECIMAL_CARATS.sub(
                lambda m: f"{m.group(1)} {'carat' if describes_a_noun(m) else 'carats'}", text)
        # a slashed fraction in the classes, or one of the vulgar fractions' characters (a memchr each)
        if "0/0" in char_classes(text) or (not text.isascii() and (
                "½" in text or "¼" in text or "¾" in text or "⅓" in text or "⅔" in text)):
            text = _FRACTION_CARATS.sub(
                lambda m: f"{m.group(1)} {'carat' if m.group(2) is None and m.group(3) is None else 'carats'}", text)
    if "," in text and "0,0" in char_classes(text) and _MAY_BE_COMMA_DECIMAL.search(text):
        text = _DECIMAL_COMMA_UNIT.sub(r"\1.\2", text)
    if "/" in text and ("b" in text or "BA" in text):
        text = _BEDS_BATHS.sub(lambda m: padded(m, f"{amount(m.group(1))} bed, {amount(m.group(2))}"
                                                   f"{' and a half' if m.group(3) else ''} bath"), text)
    # a stop and two digits: _CALIBRE is led by its look behind; its word stands apart
    # the rule is led by its stop: no first look of its own
    if text is not plain and among_known_words(_CALIBRE_WORDS, text):
        text = _CALIBRE.sub(lambda m: padded(
            m, f"{numbers.in_pairs(m.group(1))} {_CALIBRE_SAID.get(m.group(2), m.group(2))}"), text)
    if "/" in text and ("a/a" in char_classes(text) or "A/a" in char_classes(text)):
        text = _PER_THING.sub(_per_thing, text)
    if "/" in text and _MAY_BE_EQUIVALENT.search(text):
        if "Wh" in text:
            text = _POWER_AND_ENERGY.sub(r"\1\2, ", text)
        text = _EQUIVALENT.sub(lambda m: m.group(1) + m.group(2) + (
            " or " if _QUANTITY_OF[m.group(2)] == _QUANTITY_OF[m.group(3)] else "/"), text)
    if ("-" in text or "–" in text) and _MAY_BE_TIME_SPAN.search(text):
        text = _TIME_SPAN.sub(r"\1 to ", text)
    if ("-" in text or "–" in text) and _MAY_BE_UNIT_SPAN.search(text):
        text = _UNIT_SPAN.sub(_unit_span, text)
    if "q" in text and "a0" in char_classes(text):
        text = _DOSING_INTERVAL.sub(_dosing_interval, text)
    if ("x" in text or "×" in text) and ("4x" in text or "4 x" in text or "4×" in text or "4 ×" in text):
        text = _RELAY.sub("4 by ", text)
    if "M" in text and " M " in text:
        text = _MOLAR.sub(r"\1 molar", text)
    # one look, led by a digit, for racing's distances and weights: miles and furlongs, furlongs alone, stones
    # from the text's first digit, where the pattern's must stand (one memchr in the classes): the digit's class costs
    # the engine ~50 instructions a character it scans
    if ("f" in text or " st" in text) and _MAY_BE_FURLONGS.search(text, char_classes(text).find("0")):
        text = sportingmeasures.furlongs_to_miles(text)  # "7f-1m", before "1m2f" is read
        text = sportingmeasures.racing_measures(_MILES_FURLONGS.sub(_miles_furlongs, text))
    if "@" in text and ("x" in text or "×" in text):
        text = sportingmeasures.sets_at(text)
    if "T" in text and "T " in text and ("MR" in text or "magnet" in text or "scanner" in text):
        text = _TESLA.sub(r"\1 tesla", text)
    if text is not plain and among_known_words(_SPOON_WORDS, text) and (
            "sp" in text or "bs" in text or ("B" in text and "BSP" in text)):
        text = _SPOON_AFTER_FULLNESS.sub(_spoon_after_fullness, text)
    if text is not plain and among_known_words(_DEGREE_WORDS, text) and "degree" in text:
        text = _DEGREES_SCALE.sub(lambda m: m.group(1) + _SCALE_NAMES[m.group(2)], text)
    if "-" in text and "-sq" in text:
        text = _HYPHENED_SQUARE.sub(lambda m: " square foot" if m.group(1) == "ft" else " square meter", text)
    if text is not plain and among_known_words(_SQUARE_WORDS, text) and (
            ("q" in text and "sq." in text) or "cu." in text or "fl." in text):
        text = _SQUARE_STOP.sub(r"\1\2 ", text)
    if text is not plain and among_known_words(_CUP_WORD, text) and "c." in text and (" c." in text or "c. " in text):
        text = _RECIPE_CUP.sub(lambda m: m.group(1) + (" cup" if is_one(m.group(1)) or m.group(1)[1:2] == "/"
                                                       else " cups"), text)
    if "/" in text and ("m2" in text or "m²" in text) and _MAY_BE_PER_AREA.search(text):
        text = _PER_PERIOD_PER_AREA.sub(_per_period_per_area, text)
    text = imperial.troy_weights(imperial.inch_fractions(imperial.feet_and_inches_written(text)))
    if "#" in text and ("x" in text or "×" in text):
        text = _SCREW_GAUGE.sub(r"\1 by ", text)
    text = imperial.marks(text)
    text = dimensions.sizes(text)
    # the look from where its shape first holds: no match starts before it
    shape = _MEASURE_SHAPE.search(char_classes(text))
    if not (shape and _MAY_BE_MEASURE.search(text, shape.start())):
        return text
    if "0a" in char_classes(text) or "0A" in char_classes(text):  # a scale's letter against a number first
        if "T" in text and "0A" in char_classes(text):  # a sprocket's "32T", before "T" is a trillion's
            text = bicycle_teeth(text)
        text = SCALE_BEFORE_UNIT.sub(lambda m: f"{m.group(1)} {SCALES[m.group(2)]}", text)
    if "mb" in text:
        text = inferredunits.millibars(text)
    text = inferredunits.in_context(text)
    if _MAY_BE_UNIT.search(text, char_classes(text).find("0")):  # from the first digit, as above
        text = _MEASURE.sub(_measure, text)
    return _PER_UNIT.sub(_per_unit, text) if "/" in text else text


# "120 kg N/ha", "40 kg P2O5/ha": a mass of a nutrient for each hectare or acre, "of nitrogen per hectare" ("N/ha" was
# left as written).
_NUTRIENT_RATE = compiled(rf"(\d\s?(?:kg|t|g|lbs?|units))\s({'|'.join(sorted(NUTRIENTS, key=len, reverse=True))})"
                          r"/(ha|ac)\b")
