"""An amount as said before its unit or its currency, and whether it describes the noun after it."""

from __future__ import annotations

import re
from collections.abc import Callable

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import MONEY_SIGNS, SCALES, UNITS
from narrator.speech.normalise.util import alternation, word_set

NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
SPELLED_SCALES = "|".join(sorted((k for k in SCALES if len(k) > 3), key=len, reverse=True))  # "lakh crore" first
UNIT_ALT = alternation(UNITS)
_FRACTION = compiled(r"(?:(\d{1,3})[ -])?(\d{1,3})/(\d{1,3})")
A_JUST_BEFORE = compiled(r"\b[Aa]n?\s$")
NOT_COUNTED = word_set(
    "across less unless plus minus this its has was is as thus always towards afterwards besides diabetes"
    # a race's distance: "the 100m hurdles", "400m runners", "the 4 by 400m relays"
    " hurdles heats finals semifinals runners sprinters swimmers hurdlers relays races medals medley"
    # things of a length: "400m intervals", "two 40m masts", "50m lengths", "3m walls"
    " intervals lengths laps reps sprints masts poles pools lanes walls ropes cables pipes towers fences boats yachts"
    # timber, steel and hoses cut or sold by the length: "two 5m ladders", "12m joists", "8m beams"
    " ladders planks beams joists rafters girders battens rods hoses"
    # a sea's height, "6m seas", "4-5m waves", "3m swells" ("six million seas" it was)
    " seas waves swells breakers rollers"
    # the rest of a runner's or a swimmer's session: "10 x 400m repeats", "6 x 100m strides" ("four hundred
    # million repeats" it was)
    " repeats repetitions strides splits efforts"
    # where, not what: "25m outdoors"
    " outdoors indoors"
)
NAME_AFTER = compiled(r"\s[A-Z][A-Za-z]+")
THE_JUST_BEFORE = compiled(r"\b[Tt]he\s$")
_COMPOUND_WORD_AFTER = compiled(r"\s[a-z]{2,12}-[a-z]{2,12}(?=\s)")
PLURAL_AFTER = compiled(
    r"\s(?!(?:is|was|has|does|as|us|this|its|his|hers|yours|ours|theirs|thus|plus|less|unless|across|always|perhaps"
    r"|besides|towards|afterwards|sometimes|whereas)\b)[a-z]{2,}[^s\W]s\b")
# Verbs in "-s" an amount may be the subject of ("5 km remains unpaved", "10 W goes a long way"): not things it sizes.
VERBS_AFTER_AN_AMOUNT = word_set(
    "remains seems means makes takes goes costs separates lies stands comes adds gives brings equals covers becomes "
    "feels looks sounds needs helps matters counts weighs lasts holds keeps gets puts sets leaves marks represents "
    "accounts amounts stretches extends reaches rises falls drops sits appears happens works"
    # what a reading tells: "above 7 mmol/l suggests diabetes", "a level over 40 mg indicates a leak"
    " suggests indicates implies confirms requires warrants qualifies defines"
    # what an engine or a plant does: "the 1.5T delivers 180hp", "10 MW generates enough for a town"
    " delivers produces generates develops"
)


# "a $2 billion deal", "a 15 km road": after "a" and before a noun, an amount describes the noun and its unit is
# singular, as in "a two billion dollar deal" and "a fifteen kilometer road". The words listed after the unit show
# it is not describing a noun ("a $5 or $10 fee", "a 100 m in ten seconds"). Words that describe the noun too may
# stand between "a" and the amount: "a four-year, $40 million contract", "a record $2bn fine".
_ARTICLE_BEFORE = compiled(
    r"(?:^|(?<=[\s(\"“]))[Aa]n?\s+(?:(?:[\w]+-[\w-]+|new|record|whopping|reported|estimated|proposed|planned"
    r"|additional|combined|hefty|massive|potential),?\s+){0,2}$"
)
_NOUN_AFTER = compiled(
    r"\s+(?!(?i:or|and|to|per|of|in|on|at|by|for|from|with|than|apiece|a|an|the|more|less|plus|minus)\b)"
    r"(?!(?i:each)\b(?!-))"  # "a £10 each" is a price each; "a £10 each-way bet" a bet's stake
    # a preposition after the amount makes it the noun: "a record £3.9bn between them", "an estimated $6m before tax"
    # ("billion pound between" it was); joined by a hyphen it describes the noun: "a £5 over-the-counter remedy"
    r"(?!(?i:over|after|during|between|before|into|through|across|under|among|against|within|without|since|until"
    r"|despite|via|above|below|beyond|behind)\b(?!-))"
    # a verb after the amount makes it the subject: "an estimated £250k was found", "a reported $5m has gone"
    r"(?!(?:is|was|were|are|has|had|have|will|would|could|can|may|might|must|should|went|goes)\b)"
    # another size may stand before the noun both describe: "a 6.7\" 120Hz display", "a 27in 4K monitor", and a panel's
    # initialism after it, or the set it names: "a 27in 4K IPS panel", "a 55in 4K TV"
    r"(?:[a-zA-Z]|\d[\w.,\"-]*\s+(?:[a-z]|[A-Z][A-Za-z]{1,4}\s+[a-z]|TVs?\b))"
)
# After "the", "its" or "Europe's" the amount may be the subject instead ("the $5 million went to charity", "the
# 3 kg it lost"), so the next word must look like a singular noun: lower case, not a verb's past or "-s" form, a
# pronoun or a word of grammar.
DETERMINER_BEFORE = compiled(
    r"(?:^|(?<=[\s(\"“]))(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Yy]our|[Ee]ach|[Ee]very"
    r"|(?!(?i:it|that|what|there|here|he|she|who|where|let)['’])\w+['’]s)\s+"
    # a superlative may stand between: "the best $699 phone", "its biggest £2bn deal"; or a word saying the amount
    # is new, planned or guessed at, as after "a": "the new £2.1m scanner", "its planned £40m bypass", "the council's
    # proposed £12m pool" ("two point one million pounds scanner" it was)
    r"(?:(?:best|worst|latest|cheapest|biggest|largest|smallest|longest|highest|lowest|newest|new|planned|proposed"
    r"|estimated|record)\s+)?$"
)
# A count of the things the size describes ("two 8\" round tins", "several 10 km runs"): the noun after is plural.
_COUNT_BEFORE = compiled(r"(?:^|(?<=[\s(\"“]))(?i:two|three|four|five|six|seven|eight|nine|ten|both|several)\s+$")
# ... or in digits, a whole count apart from the amount by a space ("200 £10 tickets", "1,000 £1 coins"), no part of
# a date or a time, and no year ("in 2019 £5 buys less": four digits ungrouped).
_DIGIT_COUNT_BEFORE = compiled(r"(?<![\w.,:/-])(?:[2-9]|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{1,2})\s$")
NOT_A_NOUN = word_set(
    "or and but nor to per of in on at by for from with than into onto over under about after before between "
    "through during each apiece a an the this that these those more less plus minus it he she they we you i "
    "who which what what's is was were are be been being will would could can may might must should shall "
    "has had have do did does went came left paid spent lost made won sold built kept got gave took brought "
    "bought stood fell rose grew meant became set cut put hit held ran began sent lent bent dealt "
    "away distant back north south east west further farther below above ahead behind apart now so then too alone only "
    "throughout "  # an adverb goes on after the measure ("1.5cm throughout", "a 2cm seam allowance" has the noun)
    "still yet already again ago later earlier here there overall instead extra altogether "
    "people everyone everybody nobody someone somebody anyone anybody many most some all both "
    # a clause goes on after the measure: "at 30,000ft when the engine failed", "50km since Monday"
    "when whenever while whilst whereas where wherever because since until till though although unless once "
    "just also even not never nearly almost today tonight yesterday tomorrow "
    # a comparison or a place goes on after the measure: "0.7°C relative to 1990", "2km across the bay"
    "relative respectively versus vs against across along around beyond within without via like near toward towards "
    "upon despite as if "
    # a number said in words is the next measure of a table's row, never what the size describes: "7°C 40%" is
    # "seven degrees Celsius forty percent" ("one" is left: "a 5m one" is a five meter one)
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand zero minus"
)
_RACES = word_set("hurdles heats finals semifinals semis relays")
# Adjectives of size a measure is said before: what the measure sizes is the noun after them, if one follows.
_DIMENSIONS = word_set("long wide high deep tall thick")
# Nouns in "-ly" a measure names or sizes, never adverbs there: "the 200m butterfly", "the 50m fly", "the 10km rally"
# ("two hundred meters butterfly" it was, where "the 100m backstroke" was singular).
_NOUNS_IN_LY = word_set("butterfly fly rally assembly supply family ply")
# Things an amount of money prices or names, never verbs: "the £20 notes", "the $100 bills", "the €2 coins".
_PRICED_THINGS = word_set("notes bills coins banknotes tickets fines vouchers tokens stamps coupons bonds chips")
# Of them, those a sum names with no word before it ("tickets at £8, with £5 tickets for students", "issued £100
# fines", "handed out £10 vouchers"): what each is worth, said in the singular ("five pounds tickets" it was). Not
# "bills", which a sum may pay ("£150 bills"), nor "chips", which it may buy.
_PRICED_BARE = _PRICED_THINGS - {"bills", "chips"}
WORD_AFTER = compiled(r"\s+([a-z]+)\b(?!['’-])")
ENGINE_LAYOUT_AFTER = compiled(r"\s+(?:[VWI]\d{1,2}|flat-(?:four|six|twelve)|straight-six)\b")  # "V8", "I4", "W12"
_NAME_THEN_WORD = compiled(r"\s+[A-Z][\w-]{0,20}\s+([a-z]+)\b(?!['’-])")
# Another size glued to its unit between the amount and the noun both describe: "the 36V 14Ah battery", "the 6.7in
# 120Hz display" ("thirty six volts fourteen amp hour battery" it was); a panel's initialism may stand between, or be
# the noun, "a 27in 4K IPS panel", "a 55in 4K TV" ("twenty seven inches" it was).
_SIZE_THEN_WORD = compiled(r"\s+\d{1,4}(?:\.\d{1,2})?[A-Za-z]{1,3}(?:\s+(?!TVs?\b)[A-Z][A-Za-z]{1,4}(?=\s+[a-z]))?"
                           r"\s+([a-z]+|TVs?(?=$|[\s,.;:!?]))\b(?!['’-])")
# The leading sizes of dimensions already said with "by" ("a 12 by 9 ft room"), up to the article before them.
_SIZES_BEFORE = compiled(rf"(?:{NUM}(?:\s?(?:{UNIT_ALT}))? by )+$")
# The sizes after one ("by 12 ft"), three at most: a long chain is not scanned again from each of its sizes.
_BY_SIZE_AFTER = compiled(rf"(?:\s+by\s+{NUM}(?:\s?(?:{UNIT_ALT}))?(?![\w°/])){{1,3}}")
# One size given two ways ("a 20cm/8in tin" is by now "a 20cm or 8in tin"): both describe the noun after the second.
# Inches against their number are read before the other units: "a 20cm or eight inch tin".
_OR_SIZE_AFTER = compiled(rf"\s+or\s+(?:{NUM}\s?(?:{UNIT_ALT}|in)(?![\w°/])|(?:[a-z]+\s){{1,4}}inch(?:es)?\b)")
_SIZE_OR_BEFORE = compiled(rf"{NUM}\s?(?:{UNIT_ALT}) or $")
# A store's power and its energy, parted by a comma (units.py's reading of "20MW/40MWh"): both describe the noun after.
_ENERGY_AFTER = compiled(rf",\s{NUM}\s?[kMG]?Wh(?![\w°/])")
_POWER_BEFORE = compiled(rf"{NUM}\s?[kMG]?W, $")
# A weight's larger part before its smaller ("a 7lb 3oz baby", "a 12st 4lb boxer"): both describe the noun after.
_WEIGHT_BEFORE = compiled(rf"(?<![\w.,]){NUM}\s?(?:lbs?|st)\.? $")


_ASIDE_AFTER = compiled(r"\s\((?=[^()]{1,30}\))[^()]*\)")
_AMOUNT_AND_BRACKET = compiled(r"\S+\s\($")


# A word or two in quotes between the amount and its noun ('a £4 "silver screen" matinee', "each $3 'mystery' box"): the
# quotes are the writer's, and the amount still sizes the noun after them ("four pounds" it was).
_QUOTED_AFTER = compiled(r" [\"“'‘]([a-z][a-z -]{0,30}?)[\"”'’](?= [a-z])")


def describes_a_noun(match: re.Match[str]) -> bool:
    """True when the amount stands between "a" (or "the", "its") and a noun: "a $5 bill", "the 15 km road"."""
    text, end = match.string, match.end()
    if text.startswith((' "', " “", " '", " ‘"), end) and (quoted := _QUOTED_AFTER.match(text, end)) is not None:
        unquoted = f"{text[:end]} {quoted.group(1)}{text[quoted.end():]}"
        amount = re.compile(re.escape(match.group())).match(unquoted, match.start())
        return amount is not None and _describes(amount)
    return _describes(match)


def _describes(match: re.Match[str]) -> bool:
    """describes_a_noun, with no quotes after the amount."""
    text = match.string
    before = text[max(0, match.start() - 48):match.start()]
    if before.endswith(" by "):  # "a 4 by 6 m rug": the sizes before the last describe the noun with it
        before = _SIZES_BEFORE.sub("", before)
    elif before.endswith(" or "):  # "a 20cm/8in tin", once "a 20cm or 8in tin": the size given the other way
        before = _SIZE_OR_BEFORE.sub("", before)
    elif before.endswith(("lb ", "lbs ", "st ")):  # "a 7lb 3oz baby": the pounds or stones before describe it too
        before = _WEIGHT_BEFORE.sub("", before)
    elif before.endswith("W, "):  # "a 20MW/40MWh battery", once "a 20MW, 40MWh battery": its power, then its energy
        before = _POWER_BEFORE.sub("", before)
    end = match.end()
    later_size = _BY_SIZE_AFTER.match(text, end)
    if later_size is None:
        # not inside a bracket: "a strip (2.5 cm / 1 in) wide"
        other_way = _OR_SIZE_AFTER.match(text, end) or _ENERGY_AFTER.match(text, end)
        later_size = other_way if other_way is not None and not text.startswith(")", other_way.end()) else None
    if later_size is not None:  # "a 10 ft by 12 ft room": the first size describes the noun after the last
        end = later_size.end()
    # "a 23cm (9in) tin": the size in brackets, and the one before it, describe the noun after the bracket
    if before.endswith("(") and text.startswith(")", end):
        before, end = _AMOUNT_AND_BRACKET.sub("", before), end + 1
    else:
        aside = _ASIDE_AFTER.match(text, end)
        end = aside.end() if aside is not None else end
    if _ARTICLE_BEFORE.search(before):
        return _NOUN_AFTER.match(text, end) is not None
    if _COUNT_BEFORE.search(before):
        counted = WORD_AFTER.match(text, end)
        return counted is not None and counted.group(1) not in NOT_A_NOUN and not counted.group(1).endswith("ly")
    if before[-2:-1].isdigit() and _DIGIT_COUNT_BEFORE.search(before):
        # "200 £10 tickets", "3 £5 vouchers": a count in digits, then the price of each of the things counted after
        counted = WORD_AFTER.match(text, end)
        return counted is not None and _counted_plural(counted.group(1))
    if not DETERMINER_BEFORE.search(before):
        return match.group()[:1] in MONEY_SIGNS and _priced_bare_after(text, end)
    # "the £2.5bn HS2 contract", "the $5bn Apple deal": a name between the amount and the noun it describes
    if ENGINE_LAYOUT_AFTER.match(text, end):
        return True  # "the 6.2L V8 makes 495hp": the engine the size names, whatever follows it
    word = WORD_AFTER.match(text, end) or _NAME_THEN_WORD.match(text, end) or _SIZE_THEN_WORD.match(text, end)
    if word is None:
        return _compound_or_title_after(text, end)
    noun = word.group(1)
    # "-s" may be a verb ("the 3 kg weighs"), but not "-ss", "-us" or "-is" ("the $1.9 trillion stimulus"), nor a race
    # named by its distance ("the 400m hurdles", "the 100m heats")
    plural_or_verb = (noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and noun not in _RACES
                      and noun not in _PRICED_THINGS)
    # "each 12m long, driven 8m in": how long each is, where "the 12m long pile" sizes the pile after the adjective
    if noun in _DIMENSIONS or (noun.endswith("ed") and noun not in NOT_A_NOUN):  # "the 11.4 km elevated section"
        after = WORD_AFTER.match(text, word.end())
        return after is not None and _plain_singular_noun(after.group(1))
    return (noun not in NOT_A_NOUN and not plural_or_verb
            and (noun in _NOUNS_IN_LY or not noun.endswith(("ed", "ly"))))


# after "the" or "its", a hyphened noun ("the $10,000 buy-in", "the £20 top-up") or an event's name of two or
# three capitalised words with no word after it but one of grammar ("the $1,500 Millionaire Maker and") is what the
# amount sizes, said in the singular ("ten thousand dollars buy-in" it was); a bearing ("the 5km north-east") is where.
_COMPOUND_AFTER = compiled(r"\s+(?!(?:north|south|east|west)-)([a-z]{2,12})-[a-z]{2,12}\b(?!['’-])")
# a hyphened word led by where ("in-app", "in-flight", "on-site") describes the noun after it, which the amount
# sizes ("the $50 in-app purchase"; "fifty dollars in-app" it was); alone ("we spent the $50 in-store") it says where.
_WHERE_PREFIXES = frozenset({"in", "on", "off"})
_TITLE_AFTER = compiled(r"(?:\s+[A-Z][a-z]+){2,3}\b(?!['’-]|\s+(?!(?:and|or|but|in|on|at|for|with|from|to|of)\b)[a-z])")


def _compound_or_title_after(text: str, end: int) -> bool:
    """Whether a hyphened noun or an event's capitalised name follows a determiner's amount: "the $10,000 buy-in"."""
    compound = _COMPOUND_AFTER.match(text, end)
    if compound is not None:
        if compound.group(1) in _WHERE_PREFIXES:  # "the £5 in-flight meal", where, then the noun it sizes
            noun = WORD_AFTER.match(text, compound.end())
            return noun is not None and _plain_singular_noun(noun.group(1))
        return compound.group(1) not in NOT_A_NOUN
    return _TITLE_AFTER.match(text, end) is not None


def _priced_bare_after(text: str, end: int) -> bool:
    """Whether a thing a sum names follows it with no word before it: "with £5 tickets", "issued £100 fines"."""
    word = WORD_AFTER.match(text, end)
    return word is not None and word.group(1) in _PRICED_BARE


def _counted_plural(word: str) -> bool:
    """A word that can be the plural noun a count in digits counts: "-s" but no verb of an amount ("£5 buys")."""
    return (word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in NOT_A_NOUN
            and word not in VERBS_AFTER_AN_AMOUNT and word not in NOT_SIZED)


def _plain_singular_noun(word: str) -> bool:
    """A word that can only be a singular noun here: no word of grammar, place or time, no "-s", "-ed" or "-ly"."""
    return (word not in NOT_A_NOUN and word not in NOT_SIZED and len(word) > 2
            and not word.endswith(("s", "ed", "ly")))


# Words after a size that say where or when, not what it sizes ("ran 5km yesterday", "a shop 2km away").
NOT_SIZED = word_set(
    "yesterday today tonight tomorrow overnight away home ahead behind apart ago long wide high deep tall thick across "
    "below above further farther later earlier instead altogether total alone inland offshore north south east west "
    "up down out off back round around less more too so outside inside outdoors indoors underground underwater "
    "nearby abroad overhead upstream downstream uphill downhill everywhere "
    "northeast northwest southeast southwest northward southward eastward westward"  # "struck 10km NE of the city"
    " last next this every each"  # "it rose 5m last year": when, not what it sizes
    " continuous peak nominal sustained rms RMS"  # "delivers 5kW continuous, 10kW peak": a rating's kind
)


# A way's, a climb's or a change's extent after "of" ("the walk of 5 km begins at nine", "a rise of 2 cm shows on the
# gauge": "five kilometer begins" it was, the verb taken for the things sized): the amount itself, plural, whatever word
# in "-s" follows; after other nouns "of" may lead to things sized ("a box of 10 mm screws", "a pack of 4 in nails",
# "a length of 15 mm pipes").
EXTENT_NOUNS = word_set(
    "walk run ride drive climb rise fall drop swim hike trek route trail course loop distance depth height "
    "width journey race descent ascent lift throw jump increase decrease gain loss flight lap leg sail paddle "
    "ramble cycle commute crossing detour"
)
_NOUN_OF_BEFORE = compiled(r"\b([a-z]+) of $")


def _extent_of_before(match: re.Match[str]) -> bool:
    """A noun an extent measures, and "of", right before the size: "the walk of 5 km", "rises of 2 cm"."""
    before = _NOUN_OF_BEFORE.search(match.string, max(0, match.start() - 20), match.start())
    noun = before.group(1) if before is not None else ""
    return noun in EXTENT_NOUNS or (noun.endswith("s") and noun[:-1] in EXTENT_NOUNS)


def plural_noun_after(match: re.Match[str]) -> bool:
    """Things the size describes right after it: "25 yd lanes", "400 W panels", "30 mph winds" (a yard lane each)."""
    plural = PLURAL_AFTER.match(match.string, match.end())
    if plural is None:  # "5mm double-pointed needles": a compound describing the things first (a millimetre each)
        compound = _COMPOUND_WORD_AFTER.match(match.string, match.end())
        plural = PLURAL_AFTER.match(match.string, compound.end()) if compound is not None else None
    word = plural.group(0).strip() if plural is not None else ""
    # "3m upwards", "5 km sideways": a direction; "three times": how often
    return (bool(word) and word not in VERBS_AFTER_AN_AMOUNT and word != "times" and word not in NOT_SIZED
            and not word.endswith(("wards", "ways")) and not _extent_of_before(match))


# Things named in "-er" that a size written against its number describes: "a 65W charger", "2000W heater" (other
# words in "-er" after a size are mostly comparisons: "5km further", "2m higher").
_DEVICES_IN_ER = word_set(
    "charger heater speaker adapter inverter amplifier blender mixer dryer cooker toaster router trimmer shaver "
    "grinder boiler freezer cleaner steamer fryer transformer burner subwoofer"
    # and the materials in "-er" a size describes before the thing made of them ("15 mm copper pipe", "10 mm rubber
    # seal", "2 m timber lengths": "fifteen millimeters copper" it was); "5 km further" is no material
    " copper timber rubber leather silver polyester plaster polymer"
)


# What a power rating names in "-ing": "45W charging", "a 2kW heating element" (other words in "-ing" after a size
# are mostly what is done over it: "5km running").
_POWERED_IN_ING = word_set("charging heating cooling lighting")


# A lens's zoom between a size and the thing both describe: "10MP 3x telephoto" is a ten megapixel telephoto (its
# "3x" is words by then).
_ZOOM_THEN_WORD = compiled(r"\s+(?:\d{1,3}(?:\.\d)?[x×]|(?:one|two|three|four|five|six|seven|eight|nine|ten)"
                           r"(?: point [a-z]+)? times)\s+([a-z]+)\b(?!['’-])")


def singular_noun_after(match: re.Match[str]) -> bool:
    """A singular noun right after a size written against its number: "a 5,000mAh battery", "65W charger"; on spec
    sheets the size describes the thing ("5,000mAh battery" is a five thousand milliamp hour battery)."""
    word = _ZOOM_THEN_WORD.match(match.string, match.end()) or WORD_AFTER.match(match.string, match.end())
    if word is None and match.string.startswith((" DC ", " AC "), match.end()):
        word = WORD_AFTER.match(match.string, match.end() + 3)  # "150 kW DC fast charging", the current's kind
    if word is None:
        return False
    noun = word.group(1)
    if noun in _SHORTFALL and _SHORTFALL_AFTER.match(match.string, word.end()) is not None:
        return False  # "2 mi short of the runway", "3 km clear of the field": by how much, not what it sizes
    if noun not in NOT_A_NOUN and noun.endswith(("ed", "less")):  # "45W wired charging", "15W wireless charging"
        powered = WORD_AFTER.match(match.string, word.end())
        if powered is not None and powered.group(1) in _POWERED_IN_ING:
            return True
    # a noun in "-ly" a size names ("18mm ply", "a 2 kW supply"): "eighteen millimeters ply" it was; what falls
    # is measured, not described ("25 mm rain fell": twenty five millimetres of it)
    if noun in _FALLEN:
        return False
    # a noun in "-ss" is singular ("a 3nm process", "6mm glass", "the 125cc class"), as no plural ends so; "10kg
    # gross" is the weight, and "15W wireless" an adjective in "-less" (a noun after it, read above), no thing described
    if noun.endswith("ss"):
        return noun not in NOT_A_NOUN and noun not in NOT_SIZED and not noun.endswith("less") and noun != "gross"
    return noun in _DEVICES_IN_ER or noun in _POWERED_IN_ING or (noun not in NOT_A_NOUN and noun not in NOT_SIZED
                                      and not noun.endswith(("s", "ed", "er", "ing")) and len(noun) > 2
                                      and (noun in _NOUNS_IN_LY or not noun.endswith("ly")))


# A margin's words after a measure, before "of" or a clause's end ("fell 2 mi short of the runway", "finished 3 km
# clear of the field", "landed 30 ft short."): how far, said in the plural; before a noun they are a kind of the thing
# ("the 50m short course pool").
_SHORTFALL = word_set("short shy clear adrift")
_SHORTFALL_AFTER = compiled(r"\s+of\b|\s*(?:[.,;:!?)]|$)")


# What a depth of weather measures rather than describes ("30mm rain overnight", "10 cm snow").
_FALLEN = word_set("rain rainfall snow snowfall sleet hail")


_ONE_SCALE = compiled(r"one (?=(?:hundred|thousand|million|billion|trillion)\b)")
# "a 1/4 acre plot": after "a", one part of a whole is "a quarter", as "a 1/2 cup" is "a half cup".
_ONE_PART = compiled(r"one (?=(?:half|third|quarter|fifth|sixth|eighth|tenth|sixteenth)\b)")


def a_hundred(match: re.Match[str], spoken: str) -> str:
    """After "a", "one hundred" is "hundred": "a $100 bill" is "a hundred dollar bill", as "a 1,000 km trip" is
    "a thousand kilometer trip"."""
    if spoken.startswith("one ") and _ARTICLE_BEFORE.search(match.string, max(0, match.start() - 4), match.start()):
        if _ONE_PART.match(spoken):
            return spoken[4:]
        return _ONE_SCALE.sub("", spoken, count=1) if _ONE_SCALE.match(spoken) else spoken
    return spoken


def amount(text: str, british: bool = False) -> str:
    """A number as said before a unit: negative numbers get "minus", fractions their denominators."""
    if text.startswith("-"):
        return "minus " + amount(text[1:], british)
    if british and text.replace(",", "").isdigit():
        return numbers.cardinal_with_and(int(text.replace(",", "")))
    found = _FRACTION.fullmatch(text)
    if found and _two_amounts(found):
        return f"{amount(found.group(2), british)} slash {amount(found.group(3), british)}"
    if found:
        whole = int(found.group(1)) if found.group(1) else None
        return numbers.fraction(whole, int(found.group(2)), int(found.group(3)))
    if "." in text:
        units, _, places = text.replace(",", "").partition(".")
        # "3.50p", "5.80m": the zeros a price or a mark keeps in its two places are not said ("three point five
        # pence"); "2.0L" keeps its one, and a measure of three places or more its every digit, its precision
        # ("234.220 mph", a lap's average, is "two hundred thirty four point two two zero")
        if len(places) == 2 and places.endswith("0"):
            places = places.rstrip("0")
            return numbers.number(f"{units}.{places}" if places else units or "0")  # ".00 m": zero metres
        return numbers.number(f"{units}.{places}")
    return numbers.number(text)


_ONE = compiled(r"1(?:\.00)?")  # "1.000 kg" says its zeros: "one point zero zero zero kilograms"


def _two_amounts(found: re.Match[str]) -> bool:
    """"150/600 ft", a bow's normal and long range: two amounts of the unit, no fraction of it ("one hundred fifty
    six hundredths foot" it was). A measure's fraction is of halves to sixty-fourths, tenths or hundredths, its top
    under ten but for sixteenths and their halves ("13/16 in")."""
    top, bottom = int(found.group(2)), int(found.group(3))
    return (not found.group(1) and 10 <= top < bottom and bottom >= 20 and bottom & (bottom - 1) != 0
            and str(bottom).strip("0") != "1")


def is_one(text: str) -> bool:
    """True when a unit after this amount is singular (1, or a proper fraction such as 1/2)."""
    found = _FRACTION.fullmatch(text)
    if found and _two_amounts(found):
        return False
    if found:
        return not found.group(1) and int(found.group(2)) < int(found.group(3))
    # "1.00 g/cm³": its zeros are not said ("one", as a mark's "70.00m" is "seventy"), so its unit is one's ("one
    # grams" it was)
    return _ONE.fullmatch(text.lstrip("-")) is not None


def descending(match: re.Match[str]) -> bool:
    """True when a span's first number (group 1) is larger than its last (group 2): in "fell from 12% in 1990 to
    5%" the "1990 to 5%" is a year and an amount, not a span, and in "from 3 in 1990 to 2.5 kg" the same."""
    first, last = match.group(1), match.group(2)
    if not last:  # no span (and no second group to slice up to: its start is -1, the whole rest of the text)
        return False
    joined_by_to = match.string.find("to", match.end(1), match.start(2)) >= 0
    if not joined_by_to or first.startswith("-") or last.startswith("-"):
        return False  # "-5 to -10C" falls as it should; "10-5 kg" is written as a span, whatever it means
    try:
        return float(first.replace(",", "")) > float(last.replace(",", ""))
    except ValueError:  # "1 1/2 to 2 cups"
        return False


def from_last(match: re.Match[str], rule: re.Pattern[str], read: Callable[[re.Match[str]], str]) -> str:
    """The match read from its last number on; the words before it are left to the rules after (a year, a count)."""
    again = rule.match(match.string, match.start(2))
    if again is None or again.end() != match.end():
        return match.group(0)
    return match.string[match.start():match.start(2)] + read(again)


# "Flat 5A", "Gate 12A", "Platform 9A": after a word that names a place or a part, a number with a capital letter
# against it is a label, not amps or volts.
LABEL_BEFORE = compiled(
    # a word joined by a hyphen to the one before is no label but an adjective: "a 3-phase 400V supply"
    r"\b(?<!-)(?i:flat|apt|apartment|room|rm|gate|platform|suite|unit|seat|row|route|rte|bus|building|bldg|block|floor"
    r"|level|studio|house|terminal|exit|pier|berth|bay|stand|hall|ward|lot|plot|box|locker|cabin|court|track|form"
    r"|grade|class|page|chapter|section|figure|fig|table|exhibit|appendix|no|number|stage|type|phase|tier|step"
    r"|article|art|part|clause|schedule|title|item|highway|hwy|interstate|zone|sector|wing|pad|runway|hangar|dock"
    r"|complex|rule|regulation|reg|paragraph|para|annex|version|model|channel|ch|line|lane|road|street|st"
    r"|code)s?\.?\s+$"  # "Tax code 1257L", a tax code's allowance and letter (never "liters")
    # "Seats 14A and 14C": the plural names as well; "Rule 144A", "Model 3S"
    # "LC-39A", "SR-71A": capitals and a hyphen before the number make it a code
    r"|(?<![\w-])[A-Z]{1,4}-$"
)
