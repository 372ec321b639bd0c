"""English scales written as letters: "1.2m people", "50k", "sales hit 2.5B", "10-15k", "6.4bn km"."""

from __future__ import annotations

import re

from narrator.speech.normalise.amounts import LABEL_BEFORE, NOT_COUNTED, NUM, VERBS_AFTER_AN_AMOUNT, amount
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    COUNTED_NOUNS,
    COUNTED_SHORT_NOUNS,
    FREIGHT_UNITS,
    MONEY_SIGNS,
    RACE_VERBS,
    SAME_QUANTITY,
    SCREEN_NOUNS,
)
from narrator.speech.normalise.util import char_classes, in_title_case, near, padded, word_set
from narrator.speech.normalise.vocabulary import is_common_word

# "1.2m units", "50k people", "1.5M users", "100K followers", "2.5B people": against the number and before a plural
# count noun, "m" and "k" are a million and a thousand, not meters ("5 m forwards" and "a 5m wall" are lengths).
# A describing word joined by a hyphen may come first, "1.6m fixed-rate deals", "800k first-time buyers" (read by
# _counted_after_a_compound).
_SCALE_BEFORE_COUNT = compiled(  # "500M+ downloads", "15T tokens", "100k GPUs"
    rf"(?<![\w.,{MONEY_SIGNS}-])({NUM})([mkMKBT])(\+?)\s+((?:[A-Z]{{2,5}}\s)?(?:[a-z]+(?:-[a-z]+\s[a-z]+)?"
    rf"|[A-Z]{{2,5}}s|[A-Z][a-z]{{2,}}s|i[A-Z][a-z]+s))\b(?!['’-])"
)
# "The toll passed 1.1M.", "sales hit 2.5B last year", "it sold 150K.", "rose by 256K in May", "Population: 8.3M
# (2023 est.)": a decimal or a whole number of two or three digits against a capital scale letter at a clause's end,
# before a bracketed aside (not a bracketed number: "the 2.5B (7B) model" names models) or before a preposition
# or a verb whose subject the count is, or, for millions and billions, before a word in lower case ("a 4.5K run" is a
# race); after a name the letter is part of it ("Llama 2.5B model").
_SCALE_AT_END = compiled(  # led by a digit, scanned for in C; _scale_at_end tells the whole numbers apart
    rf"(\d(?<![\w.,{MONEY_SIGNS}-]\d)\d{{0,2}}(?:\.\d{{1,2}})?)(?:([MKBkm])(?=[,;:!?)]|\.(?:\s|$)|$"
    r"|\s\((?!\d{1,3}(?:\.\d+)?[MKBkm]?\))|\s(?:in|on|at|to|from"
    r"|for|since|over|last|this|after|before|during|a|an|the|today|now|yesterday|alone|overall|annually|worldwide"
    r"|nationwide|globally|between|by|until|against|compared|and|or"
    r"|with|is|was"
    # a count as the subject of its verb, "6.1m saw the wedding", "7m voted", "2.3m have signed"; not a modal or
    # "also", which a machine's memory takes as often ("what 48K could do", "the 16K also ran it")
    r"|were|are|has|have|had|saw|watched|tuned|voted|signed|attended|visited|used|took|bought|received|died|lived"
    r"|streamed|joined|chose|remain|remained"
    r")\b)|([MB])(?=\s[a-zA-Z]))"  # poker's "raised to 7m with a pair", "Okafor's 4.2m is the prize"
)
# "The population is now 1.2m.", "from 1.2m in 1990": a small "m" is a million where the sentence counts people or
# things and speaks of no length ("she cleared 2.05m in Rome", "waves of 3.5m at times" are meters).
_COUNTING = compiled(
    r"\b(?i:population|people|residents|inhabitants|citizens|viewers|viewing|audiences?|users|visitors|customers"
    r"|subscribers|members|followers|downloads|listeners|readers|voters|votes|passengers|tourists|fans|jobs|homes"
    r"|households|workers|employees|migrants|refugees|patients|students|pupils|children|cases|deaths|doses|copies"
    r"|tickets|streams|views|signatures|applications|claimants|unemployed|births|subscriptions|accounts|vehicles"
    r"|waiting|lists?|backlog|appointments|operations|prescriptions|journeys|trips|flights|calls|orders|shipments"
    r"|sales|units|shares|barrels|claims|arrests|crimes|offences|offenses|incidents|complaints|bookings|installs"
    r"|plays|likes|clicks|searches|posts|messages|emails|homeless|adults|pensioners|guests|unemploy\w*|jobless"
    r"|employment|workforce|payrolls|nurses|doctors|teachers|attendances|admissions|referrals|visits|ballots"
    r"|respondents|participants|recipients|borrowers|savers|investors|shareholders|consumers|motorists|drivers"
    r"|commuters|smokers"
    # a flow or a count of people named by what they do, "Net migration 0.68m", "turnout of 1.2m"
    r"|migration|immigration|emigration|turnout|attendance|circulation|enrol?ments?|enrollments?|ridership|footfall)\b"
)
# "fell by 120k to 1.3m", "from $5bn to 1.2m": another amount in thousands or millions nearby makes a bare "m" one.
_ANOTHER_SCALE = compiled(r"\d\s?(?:k|K|bn|mn)\b|\b(?:thousand|million|billion)\b")
# "raised 40m in 2020", "a deal worth 40m", "earns 5m a year": money talk, where a bare "m" is a million.
MONEY_TALK = compiled(
    r"\b(?i:revenues?|profits?|turnover|earn\w*|raised|rais(?:e|es|ing)|funding|fundraising|invest\w*|budgets?"
    r"|salar(?:y|ies)|wages?|fees?|valu(?:e|ed|ing|ation)|worth|cost(?:s|ing)?|paid|pays?|spen[dt]\w*|loss(?:es)?"
    r"|debts?|deals?|bids?|prize|bonus(?:es)?|income|sales|takings|grants?|fines?|fined|compensation|payouts?"
    r"|donat\w*|bailout|subsid\w*|pounds|dollars|euros)\b"
)
_LENGTHY = compiled(
    r"\b(?i:tall|high|height|long|length|wide|width|deep|depth|jump\w*|vault\w*|thr[eo]w\w*|metres?|meters?|waves?"
    r"|distance|altitude|sea level|drop\w*|climb\w*|swim\w*|race|sprint\w*|hurdles|ran|run|dash|relay|freestyle"
    r"|breaststroke|backstroke|butterfly|cleared|leap\w*|span\w*|wall|tower|building|elevation"
    r"|pace|intervals?|laps?|reps)\b"  # a runner's session: "6 x 800m at 5k pace" ("eight hundred million")
)
_MAY_BE_SCALE = compiled(r"\d[MKBkm]")  # a first look for _SCALE_AT_END, in C
# "the over-65s now number 11.1m", "Catholics numbered about 4.2m": the verb that counts a group says a million, whoever
# the group is ("eleven point one metres" it was, the over-65s being no counted noun).
_COUNT_VERB_BEFORE = compiled(r"\b(?:number|numbered|numbering|totall?ed)\s(?:about\s|around\s|some\s|nearly\s"
                              r"|almost\s|over\s|just\s|roughly\s)?$")
# "4.2m postal votes", "3m new homes", "50k extra jobs": a word that describes the counted noun after it; a size's
# word ("a 3m high wall", "100m freestyle swimmers", "2m square tiles") makes the letter a length.
_COUNTED_NEXT = compiled(r"\s([a-z]+)\b(?!['’-])")
_MEASURING = word_set("square cubic thick tall high long wide deep")
# "ran the 10K.", "won a 100M.": a whole number and a letter after an article name a race or a thing.
_ARTICLE_JUST_BEFORE = compiled(r"\b(?:[Tt]he|[Aa]n?)\s$")
# "the last 10K", "her first 5K": a race or its stretch after a word of which one (not "the last 10K followers", which
# is no clause's end)
_STRETCH_BEFORE = compiled(r"\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Mm]y|[Tt]heir|[Oo]ur|[Yy]our)\s"
                           r"(?:last|final|first|opening|closing|second|next|whole|fast|hilly|flat)\s$")
# "The 10k starts", "Sunday's 5K begins", "this year's 10K finishes": the race named, before its verb (facts.RACE_VERBS)
_RACE_NAMED_BEFORE = compiled(r"(?:\b(?:[Tt]he|[Tt]his|[Nn]ext|[Oo]ur|[Tt]heir|[Hh]er|[Hh]is|[Mm]y|[Yy]our)|['’]s)\s$")
# "I ran 10k.": kilometres where the sentence speaks of running, walking or riding.
_DISTANCE_WORDS = compiled(r"\b(?:[Rr]an|[Rr]un\w*|[Rr]ac(?:e|ed|es|ing)|[Mm]arathon\w*|[Jj]og\w*|[Ww]alk\w*"
                             r"|[Hh]ik\w*|[Cc]ycl\w*|[Rr]ode|[Rr]id(?:e|es|ing)|[Ss]wim\w*|parkrun)\b")
_SCALES = {"m": "million", "M": "million", "k": "thousand", "K": "thousand", "B": "billion", "T": "trillion"}
# "10k-20k", "30-40k", "50k–60k fans": a span of thousands, the second with its "k" (a lone "5k" may be a race; the
# hyphen between them was lost, "ten k twenty k").
_THOUSANDS_SPAN = compiled(
    rf"(\d(?<![\w.,{MONEY_SIGNS}-]\d)\d{{0,2}}(?:\.\d)?)([kK]?)\s?[-–]\s?(\d{{1,3}}(?:\.\d)?)[kK](?![\w'’-]|\.\w)")
# "1,234 cases per 100k", "one in 10k": the base of a rate ("a 5K" alone may be a race or a screen).
_RATE_BASE = compiled(r"\b((?:per|[1Oo]ne in|1 in)\s)(\d{1,3})([kKM])(?![\w'’-])")
# "Stage 4B tumours", "Llama 70B models": after a capitalised name a capital is part of the name, said as a letter
# (a common word opening the sentence is no name: "About 2.5B people").
NAME_BEFORE = compiled(r"(^|[.!?]\s+)?\b([A-Z][\w-]*)\s$")
_MODEL_BEFORE = compiled(r"\b[A-Z][a-z]+ \d{1,2} $")  # "Ultra 9 ", "Ryzen 7 ": a product line's name and tier
# "6.4bn km", "40mn kg", "2.5m km2", "20k km": a scale's abbreviation against the number, then a unit of length,
# mass, volume, area or energy (two units in a row never read as one: the letter is the scale).
_SCALED_UNITS = sorted(
    {u for same in SAME_QUANTITY[:3] for u in same if len(u) >= 2 and u not in ("in", "in.")}
    | {"t", "ha", "ac", "acre", "sq km", "sq mi", "sq ft", "sq m", "kWh", "MWh", "GWh", "TWh", "bbl", "bu",
       "light years", "light-years", "light year", "light-year"}  # "2.5m light years": a galaxy's distance
    | set(FREIGHT_UNITS),  # "3.8m TEU": a port's containers in millions ("three point eight meters T.E.U" it was)
    key=len, reverse=True)
SCALED_UNIT_NEXT = compiled(rf"\s(?:{'|'.join(re.escape(u) for u in _SCALED_UNITS)})(?:[23](?!\d))?(?![\w°])")
SCALE_BEFORE_UNIT = compiled(
    rf"(?<![\w.,{MONEY_SIGNS}-])({NUM})(bn|bln|mn|mln|trn|tn|[kmbBMT])(?={SCALED_UNIT_NEXT.pattern})")


# "260m tall", "a 40m long hull": a length in meters, given with its size's word, near another bare "m".
_SIZED_METERS = compiled(r"\d\s?m\s(?:tall|high|long|wide|deep|across)\b")


def _scale_before_count(match: re.Match[str]) -> str:
    """"1.2m units" -> "one point two million units"; "a 5m wall" stays a measure."""
    letter, plus, noun = match.group(2), match.group(3), match.group(4)
    if letter == "m" and near(_SIZED_METERS, match, 80) and not near(_COUNTING, match, 80):
        return match.group(0)  # "260m tall with 107m blades": where meters were just given, a bare "m" is meters
    if "-" in noun and not _counted_after_a_compound(match):
        return match.group(0)
    # the counted noun is the last word: after an initialism ("1.5M VPN users") it may be a verb ("800m PB is")
    counted = noun.rsplit(" ", 1)[-1]
    uncounted = counted in NOT_COUNTED or counted.endswith(("wards", "ways")) or not (
        counted.endswith("s") or counted in COUNTED_NOUNS or counted in COUNTED_SHORT_NOUNS)
    if uncounted and not _counted_after_a_describing_word(match):
        return match.group(0)
    if letter == "T" and noun in VERBS_AFTER_AN_AMOUNT:
        return match.group(0)  # "the 2.0T makes 300hp": an engine (a turbo) before a verb, not trillions counted
    if noun[0].isupper() and _ARTICLE_JUST_BEFORE.search(match.string, max(0, match.start() - 4), match.start()):
        return match.group(0)  # "the 5m Olympics pool": a name the size describes ("Some 2m Britons" are counted)
    if letter == "T" and noun[0].isupper():  # "5T SUVs" may weigh five tonnes
        return match.group(0)
    if letter.isupper() and (_after_name(match, letter) or LABEL_BEFORE.search(
            match.string, max(0, match.start() - 14), match.start())):
        return match.group(0)
    if letter in "kK" and noun in RACE_VERBS and match.group(1).isdigit() and _RACE_NAMED_BEFORE.search(
            match.string, max(0, match.start() - 12), match.start()):
        return match.group(0)  # "The 10k starts at 9am": a race before its verb ("the ten thousand starts" it was)
    if letter == "K" and match.group(1).isdigit() and int(match.group(1)) < 10:
        return match.group(0)  # "4K textures", "8K video": a screen's resolution ("5K runners": a race)
    if letter == "K" and "." in match.group(1) and float(match.group(1)) < 10 and noun in SCREEN_NOUNS:
        return match.group(0)  # "two 2.2K screens": a resolution too
    if letter == "K" and match.group(1).isdigit() and _MODEL_BEFORE.search(
            match.string, max(0, match.start() - 16), match.start()):
        return match.group(0)  # "the Core Ultra 9 285K boosts": a processor's model after its line's name and tier
    return padded(match, f"{amount(match.group(1))} {_SCALES[letter]}{' plus' if plus else ''} {noun}")


def _counted_after_a_describing_word(match: re.Match[str]) -> bool:
    """"4.2m postal votes", "50k new jobs": a lower-case word, then a noun that is counted, after "m", "k" or "K"."""
    describing = match.group(4)
    if match.group(2) not in "mkK" or not describing.islower() or describing in _MEASURING \
            or _LENGTHY.fullmatch(describing) or describing in NOT_COUNTED:
        return False
    counted = _COUNTED_NEXT.match(match.string, match.end())
    return counted is not None and (_COUNTING.fullmatch(counted.group(1)) is not None
                                    or counted.group(1) in COUNTED_NOUNS)


def _counted_after_a_compound(match: re.Match[str]) -> bool:
    """"1.6m fixed-rate deals", "800k first-time buyers": a plural noun after a describing word joined by a hyphen, the
    compound's first word no size's ("5m long-range missiles", "2m wide-angle lenses" may be lengths), nor a race's
    round hundred of meters before it ("the 100m world-record runs")."""
    number, letter, noun = match.group(1), match.group(2), match.group(4)
    compound, counted = noun.rsplit(" ", 1)
    first = compound.split("-", 1)[0]
    if first in _MEASURING or _LENGTHY.fullmatch(first) or not counted.endswith("s") or counted in NOT_COUNTED:
        return False
    return not (letter == "m" and (number.endswith("00") or near(_LENGTHY, match, 80)))


# a record's running time after its count of discs in a review's brackets, "(1 CD, 68m)", "(2 LPs, 94m)": its
# minutes ("sixty eight million" it was, a price after it making money talk).
_DISCS_BEFORE = compiled(r"\b\d{1,2}\s(?:CDs?|LPs?|SACDs?|DVDs?|discs?),\s$")


def _scale_at_end(match: re.Match[str]) -> str:
    """"1.1M." -> "one point one million."; after a name the letter is the name's ("Llama 2.5B model")."""
    number = match.group(1)
    if match.group(2) == "m" and "." not in number and _DISCS_BEFORE.search(
            match.string, max(0, match.start() - 12), match.start()):
        return f"{amount(number)} minutes"
    # "earns 5m a year": in money talk a single digit before "m" is millions too ("a 5m wall" is a length)
    money = match.group(2) == "m" and near(MONEY_TALK, match, 100) and not near(_LENGTHY, match, 100)
    if "." not in number and (match.group(3) or (len(number) < 2 and not money) or number[0] == "0"):
        return match.group(0)  # a whole number only of two or three digits, and only at a clause's end
    if "." not in number and match.group(2) == "B" and match.string[match.end():match.end() + 1] == " ":
        return match.group(0)  # "Windows 95B in use": before a preposition, billions want a decimal
    if _after_name(match, match.group(2) or match.group(3)) or ("." not in number and (
            _ARTICLE_JUST_BEFORE.search(match.string, max(0, match.start() - 4), match.start())
            or LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start()))):
        return match.group(0)  # "the 10K", "seat 12B": a race, a place
    if match.group(2) in ("k", "K") and "." not in number and _STRETCH_BEFORE.search(
            match.string, max(0, match.start() - 24), match.start()):
        return match.group(0)  # "the last 10K,": a race's stretch
    if match.group(2) in ("k", "K") and near(_DISTANCE_WORDS, match, 100):
        return match.group(0)  # "I ran 10k.": a distance
    if match.group(2) == "K" and number.isdigit() and _MODEL_BEFORE.search(
            match.string, max(0, match.start() - 16), match.start()):
        return match.group(0)  # "the Core Ultra 9 285K at 195fps", a processor's model, as before a noun
    if match.group(2) == "m" and not money and (
            not (near(_COUNTING, match, 100) or near(_ANOTHER_SCALE, match, 60)) or near(_LENGTHY, match, 100)) and (
            not _COUNT_VERB_BEFORE.search(match.string, max(0, match.start() - 24), match.start())):
        return match.group(0)  # meters, read by the measure rule
    return padded(match, f"{amount(number)} {_SCALES[match.group(2) or match.group(3)]}")


def _after_name(match: re.Match[str], letter: str) -> bool:
    """True when a capitalised name stands before the match; a common word that opens a sentence is none, nor is one
    in capitals ("WAITING LIST HITS 7.8M": a headline's words)."""
    name = NAME_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
    if name is None:
        return False
    word = name.group(2)
    if (name.group(1) is not None or (len(word) > 1 and word.isupper())) and is_common_word(word):
        return False
    # "Tesla Recalls 2M Cars": in a headline in title case every word is capitalised; a name's letter after a number
    # is a model's size in billions ("Llama 70B"), seldom millions or thousands.
    return not (letter in ("M", "K") and in_title_case(match.string))

# "a 10k-row import", "a 100k-strong crowd", "a 2.5k-word essay": a thousand's "k" glued to a compound's first number,
# the compound sizing the noun after it ("ten k-row" it was). Not a screen's "4K-capable" (a capital "K" below ten),
# nor a race's distance before what a runner does ("her 5k-race time", "the 10k-run route"); no money sign before.
_K_COMPOUND = compiled(rf"(?<![\w.,{MONEY_SIGNS}-])(\d{{1,3}}(?:\.\d)?)([kK])-([a-z]{{2,}})\b(?![\w'’-])")
_RACE_COMPOUNDS = word_set("race races run runs runner runners route course time times pace plan training loop walk "
                           "event entry finish split splits record")


def _k_compound(match: re.Match[str]) -> str:
    """"10k-row" -> "ten thousand row"."""
    number, letter, word = match.groups()
    if word in _RACE_COMPOUNDS or (letter == "K" and "." not in number and int(number) < 10):
        return match.group(0)
    return padded(match, f"{amount(number)} thousand {word}")

# "a 1.5m-year-old fossil", "the 4.5bn-year-old Earth": an age in millions or billions of years, no meters.
SCALED_AGE = compiled(rf"(?<![\w.,])({NUM})(m|mn|bn|k)(?=-years?-old\b)")


def scale_letters(text: str, found: set[str]) -> str:
    """Scales written as letters: "10k-20k", "1.2m people", "sales hit 2.5B", "per 100k" (found: the last
    characters _in_context's first look found)."""
    classes = char_classes(text)  # a digit before a letter, and a dash (or a character beyond ASCII) before a digit
    if "0a" in classes or "0A" in classes:
        if "-0" in classes or "?0" in classes or "- 0" in classes or "? 0" in classes:
            text = _THOUSANDS_SPAN.sub(lambda m: f"{amount(m.group(1))}{' thousand' if m.group(2) else ''} to "
                                                 f"{amount(m.group(3))} thousand", text)
        # a thousand's "k" glued to a compound: the hyphen, a memchr, before its look in the classes
        if "-" in text and ("0a-" in char_classes(text) or "0A-" in char_classes(text)):
            text = _K_COMPOUND.sub(_k_compound, text)
    if not found.isdisjoint("mkMKBT"):
        text = _SCALE_BEFORE_COUNT.sub(_scale_before_count, text)
    if ("0A" in char_classes(text) or "0a" in char_classes(text)) and _MAY_BE_SCALE.search(text):
        text = _SCALE_AT_END.sub(_scale_at_end, text)
    if "per " in text or "ne in " in text or "1 in " in text:
        text = _RATE_BASE.sub(lambda m: f"{m.group(1)}{amount(m.group(2))} {_SCALES[m.group(3)]}", text)
    return text
