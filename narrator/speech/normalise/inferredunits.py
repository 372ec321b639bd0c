"""Units written bare and told by their sentence: stones after a weight's words, a temperature without its degree
sign, kelvin in talk of heat, millibars in talk of the weather, and seconds glued to a number (moved out of units.py,
whose measures call in_context and millibars)."""

from __future__ import annotations

import re

from narrator.speech.normalise import cards, dimensions, numbers, scales
from narrator.speech.normalise.amounts import (
    A_JUST_BEFORE,
    LABEL_BEFORE,
    NOT_A_NOUN,
    NUM,
    WORD_AFTER,
    amount,
    descending,
    describes_a_noun,
    from_last,
    is_one,
)
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.scales import MONEY_TALK, NAME_BEFORE
from narrator.speech.normalise.util import char_classes, near, padded, sentence_stop

# "The low is 980mb": millibars, an air pressure (870 to 1090) in talk of the weather; elsewhere "mb" is left.
_MILLIBARS = compiled(r"(?<![\w.,])(\d{3,4})\s?mb\b(?![\w'’])")
_PRESSURE_TALK = compiled(r"\b(?i:pressure|lows?|highs?|depression|storm|hurricane|typhoon|cyclone|baromet\w*"
                          r"|isobars?|weather|forecast\w*|gale\w*)\b")

# "14st 3lb": stones and pounds, a British body weight (a lone "14st" may be a misspelt ordinal).
_STONES = compiled(r"(?<![\w.,])(\d{1,2})\s?st\s?(\d{1,2})\s?lbs?\b\.?")
# "weighs 14st", "she lost 3st": stones alone, where the words just before speak of a body's weight.
_LONE_STONES = compiled(r"(?<![\w.,])(\d{1,2})\s?st\b\.?(?![\w'’])")
_WEIGHT_BEFORE = compiled(r"(?i:\bweigh\w*|\bweight|\blost|\blos(?:e|es|ing)|\bshed\w*|\bgain\w*|\bput on"
                          r"|\bpiled on|\bscales?)\b(?:\W+\w+){0,3}?\W+$")
# "45C", "-5F": a temperature written without its degree sign, only where the sentence speaks of temperature or
# the value is below zero ("seat 12F", "flat 3C" are places).
_BARE_DEGREES = compiled(rf"(?<![\w.,])(-?{NUM})(?:\s?(?:-|to)\s?(-?{NUM}))?([CF])\b(?![\w'’&-])")
_WARMTH = compiled(
    r"(?i:temperatures?|temps?|degrees|heat|heatwave|highs?|lows?|warm\w*|cold\w*|hot\w*|cool\w*|freez\w*|frost\w*"
    r"|mercury|thermometers?|thermostats?|ovens?|bak(?:e|es|ed|ing)|roast\w*|weather|forecast\w*|fever|boil\w*"
    r"|thaw\w*|warming|climate|chill\w*|humid\w*|scorch\w*|swelter\w*|air[- ]?condition\w*|shade|sunshine|sunny"
    r"|mild|balmy|muggy|icy|outside|inside|indoors|outdoors|overnight|preheat\w*|reheat\w*|cook\w*|grill\w*"
    r"|simmer\w*"
    # what keeps food cold ("a fridge running at 14C": "fourteen C" it was)
    r"|fridges?|freezers?|refrigerat\w*"
    # a forecast's lines: "showers, max 14C, winds SW 15mph"
    r"|showers?|rain\w*|drizzle|snow\w*|sleet|fog\w*|cloud\w*|winds?|max|maximum|min|minimum"
    # a recipe's oven, given as a gas mark too: "200C/180C fan/gas 6"
    r"|gas(?:\smark)?\s\d)\b"
)
# "the 1.5C target", "a 2C rise": what a temperature names right after it, in talk of the climate; a fan oven's
# setting ("180C fan").
_WARMTH_NEXT = compiled(r"(?:of\s)?(?:warming|rise|increase|target|limit|threshold|goal|cap|ceiling|hotter|warmer"
                          r"|cooler|colder|above pre-?industrial|fan)\b")
# "raise it to 76C for 10 minutes", "hold at 65C for 2 hours": a temperature held for a span of time, as a
# cook's, a brewer's or a lab's step gives it ("seventy six C" it was; a seat is not held "for 10 minutes").
_HELD_FOR = compiled(r"\s+for\s+(?:about\s+|around\s+|at least\s+)?\d{1,3}(?:[-–]\d{1,3})?\s?(?:minutes?|mins?"
                     r"|hours?|hrs?|h|seconds?|secs?)\b")
_ARTICLE_BEFORE = compiled(r"\b(?i:the|an?)\s$")  # "take the 12C for 20 minutes": a bus, a seat, a room
# "ferment at 18C", "at 18C and keep it there", "store at 4C": a temperature something is kept at, told by "at"
# before it and a word of keeping in its sentence ("eighteen C" it was; "meet at 12C" is a room, no keeping).
_AT_BEFORE = compiled(r"\bat\s$")
_KEEPING = compiled(r"\b(?i:keep|keeps|kept|keeping|hold|holds|held|holding|stor(?:e|es|ed|ing)|ferment\w*"
                    r"|incubat\w*|maintain\w*|proof|proofing|chill|chilled|condition\w*|lager\w*|cellar\w*)\b")
_PLACES = compiled(r"\b(?i:seats?|flats?|rooms?|gates?|bus|buses|desks?|platforms?|suites?|cabins?|blocks?"
                   r"|apartments?|lockers?|bays?|plots?|grades?)\b")  # not "row", as "for 3 days in a row"
# "a rise of 1.5C", "it hit 40C", "soared to 38C": a figure that rises, falls or peaks, in words of a temperature's
# (the sentence need not say "temperature" or "warm"), of two digits or a decimal.
_CHANGE_BEFORE = compiled(
    r"\b(?:(?:rise|rises|increase|increases|jump|drop|fall|change)\s+of|hit|hits|hitting|reached|reaches|reaching"
    r"|topped|tops|(?:peaked|peaks|peaking)\s+at|(?:soared|soars|plunged|plunges|dropped|drops|fell|falls|climbed"
    r"|climbs|rose|rises)\s+to|above|below|exceed(?:s|ed|ing)?)\s+$")  # "a day above 40C"
# "4.2s", "9.58 s": seconds after a decimal ("30s" is a decade, "in 2s and 3s" a count of twos).
# One cheap scan says which of the rules below may apply: its last character names the rule.
_MAY_BE_IN_CONTEXT = compiled(r"\d(?:\s?st|[CF]|\s?s|x|[mkMKBT](?=\+?\s[a-zA-Z]))(?!\w)")
# its shape in char_classes (util), a digit, a space maybe and one or two letters that end a word, led by the
# literal digit, which the engine skips to: most texts' numbers stand before a word or a mark, and the look's digit
# class was tried at every character
_IN_CONTEXT_SHAPE = compiled(r"0 ?(?:aa|[Aa])(?![Aa0_])")
_DECIMAL_SECONDS = compiled(r"(?<![\w.,])(\d+\.\d+)\s?s\b(?![\w'’])")


# A temperature given with its conversion beside it in brackets, either way round ("134F (56.7C)", "40C (104F)").
_CONVERSION_AFTER = compiled(r"\s?\(-?\d[\d.,]*\s?°?[CF]\)")
_CONVERSION_BEFORE = compiled(r"\d\s?°?[CF]\s?\($")
# A battery's charge rate is a bare C too ("charge at 0.5C"): no temperature, whatever its decimals.
_CHARGE_RATE = compiled(r"(?i:charg\w*|batter(?:y|ies)|cells?|lipo|discharg\w*)")


def _precise_or_converted(match: re.Match[str], value: str, sentence: str) -> bool:
    """Whether a bare C or F is a temperature by its own form: a decimal ("the old record of 38.7C", "beating it by
    0.6C"), which no seat, grade or flat has, or a figure with its conversion in brackets ("134F (56.7C)")."""
    if "." in value and not _CHARGE_RATE.search(sentence):
        return True
    text = match.string
    return (_CONVERSION_AFTER.match(text, match.end()) is not None
            or _CONVERSION_BEFORE.search(text, max(0, match.start() - 8), match.start()) is not None)


def _bare_degrees(match: re.Match[str]) -> str:
    """"45C" -> "forty five degrees Celsius" where the sentence is about temperature."""
    if descending(match):
        return from_last(match, _BARE_DEGREES, _bare_degrees)
    value, upper, letter = match.groups()
    sentence_before = match.string[max(0, match.start() - 60):match.start()].rpartition(". ")[2]
    sentence_after = match.string[match.end():match.end() + 60].partition(". ")[0]
    if not (value.startswith("-") or _WARMTH.search(sentence_before) or _WARMTH.search(sentence_after)
            or _precise_or_converted(match, value, sentence_before + sentence_after)
            or _WARMTH_NEXT.match(sentence_after.lstrip())
            or (len(value) >= 2 and _HELD_FOR.match(match.string, match.end()) is not None
                and not _ARTICLE_BEFORE.search(match.string, max(0, match.start() - 4), match.start()))
            or ((len(value) >= 2 or upper) and _CHANGE_BEFORE.search(  # "hit 3C" may be a seat or a grade
                match.string, max(0, match.start() - 24), match.start()))
            or (_AT_BEFORE.search(match.string, max(0, match.start() - 3), match.start()) is not None
                and _KEEPING.search(sentence_before + " " + sentence_after) is not None
                and _PLACES.search(sentence_before + " " + sentence_after) is None)):
        return match.group(0)
    if not value.startswith("-") and LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start()):
        return match.group(0)  # "Flat 3C was cold": a place
    spoken = amount(value) + (" to " + amount(upper) if upper else "")
    degrees = "degree" if is_one(upper or value) or describes_a_noun(match) else "degrees"  # "a 2C rise"
    return padded(match, f"{spoken} {degrees} {'Celsius' if letter == 'C' else 'Fahrenheit'}")


def _millibars(match: re.Match[str]) -> str:
    """"980mb" -> "nine hundred eighty millibars" where the sentence speaks of the weather."""
    if not (870 <= int(match.group(1)) <= 1090 and near(_PRESSURE_TALK, match, 100)):
        return match.group(0)
    return padded(match, f"{amount(match.group(1))} millibars")


def _stones(match: re.Match[str]) -> str:
    """"14st 3lb" -> "fourteen stone three pounds"; before what it weighs, "a 12st 4lb boxer", one pound."""
    pounds = "pound" if match.group(2) == "1" or describes_a_noun(match) else "pounds"
    return padded(match, f"{amount(match.group(1))} stone {amount(match.group(2))} {pounds}" + sentence_stop(match))


def _lone_stones(match: re.Match[str]) -> str:
    """"weighs 14st" -> "weighs fourteen stone"; elsewhere "14st" is left (a misspelt ordinal, a code)."""
    if not _WEIGHT_BEFORE.search(match.string, max(0, match.start() - 40), match.start()):
        return match.group(0)
    return padded(match, f"{amount(match.group(1))} stone" + sentence_stop(match))


# "heated to 350 K", "it melts at 273.15 K": a capital K after a number is kelvin where the sentence speaks of heat or
# cold (elsewhere it is thousands, a grade or a letter: "50 K a year").
# Spaced, or after a decimal ("a 4K TV" is a screen's).
_KELVIN_AMOUNT = compiled(r"(\d(?<![\w.,$£€¥₹-]\d)(?:[\d,]*\d)?(?:\.\d+)?)"  # "28," is no amount: it ends on a digit
                          r"(?:\s|(?<=\.\d)|(?<=\.\d\d))K\b(?![\w'’-]|\.\w)")
_HEAT_TALK = compiled(r"\b(?i:heat\w*|cool\w*|temperatures?|melt\w*|boil\w*|freez\w*|froze|superconduct\w*"
                      r"|cryogenic|kelvin|thermal|anneal\w*|absolute zero)\b")


# a spaced "K" after thousands grouped with a comma is kelvin wherever it stands ("5,778 K", a star's surface;
# "a 2,700 K lamp", a light's colour): thousands are never counted in thousands so ("five thousand seven hundred
# seventy eight K" it was); before a plural ("1,000 K users") or where money is spoken of it is left.
_PLURAL_NEXT = compiled(r"\s[a-z]+s\b")


# a span of them before the K, "2700–6500 K" (a lamp's range of colour), "300-400 K" where heat is spoken of: kelvin
# by the same signs, thousands on both ends or talk of heat ("six thousand five hundred K" it was, the dash before the
# second number hiding it from the rule above); the numbers are left to the span's rule.
_KELVIN_SPAN = compiled(r"(?<![\w.,$£€¥₹-])(\d[\d,]*(?:\.\d+)?)(\s?[-–]\s?|\sto\s)(\d[\d,]*(?:\.\d+)?)\sK\b"
                        r"(?![\w'’-]|\.\w|\.\s[A-Z])")  # "in 2019-2020 K. Smith": an initial


def _thousands(number: str) -> bool:
    """"2700", "6,500": a number of thousands, as a colour temperature is written (a count of thousands never is)."""
    whole = number.split(".")[0]
    return "," in whole or (len(whole) == 4 and whole[0] != "0")


def _kelvin_span(match: re.Match[str]) -> str:
    """"2700-6500 K" -> "2700-6500 kelvin": a span of kelvin, by the signs a single number gives."""
    kelvin = (_thousands(match.group(1)) and _thousands(match.group(3))) or near(_HEAT_TALK, match, 100)
    if not kelvin or near(MONEY_TALK, match, 100) or _PLURAL_NEXT.match(match.string, match.end()):
        return match.group(0)
    return match.group(0)[:-1] + "kelvin"


def _kelvin(match: re.Match[str]) -> str:
    """"350 K" -> "three hundred fifty kelvin" where the sentence speaks of heat or cold, and not of money."""
    grouped = "," in match.group(1) and match.group(0)[-2] == " " and not _PLURAL_NEXT.match(match.string, match.end())
    if not (grouped or near(_HEAT_TALK, match, 100)) or near(MONEY_TALK, match, 100):
        return match.group(0)  # "heating bills rose 50 K": thousands, where money is spoken of
    return padded(match, f"{amount(match.group(1))} kelvin")


def in_context(text: str) -> str:
    """Units known by their context: stones, temperatures without "°", seconds after a decimal, multipliers."""
    found = ({m.group(0)[-1] for m in _MAY_BE_IN_CONTEXT.finditer(text)}
             if _IN_CONTEXT_SHAPE.search(char_classes(text)) else set())
    text = scales.scale_letters(text, found)
    if "t" in found:
        text = _STONES.sub(_stones, text)
        text = _LONE_STONES.sub(_lone_stones, text)
    if "C" in found or "F" in found:
        text = _BARE_DEGREES.sub(_bare_degrees, text)
    if "0 A" in char_classes(text) or "0A" in char_classes(text):  # a digit before a capital: a first look
        text = _KELVIN_AMOUNT.sub(_kelvin, text)
        if "K" in text and " K" in text:  # the span's spaced K, one memchr first
            text = _KELVIN_SPAN.sub(_kelvin_span, text)
    if "s" in found:
        if "→" in text:
            text = _ARROWED_SECONDS.sub(lambda m: f"{amount(m.group(1))} seconds → {amount(m.group(2))} seconds", text)
        text = _DECIMAL_SECONDS.sub(lambda m: padded(m, f"{amount(m.group(1))} seconds"), text)
        text = _GLUED_SECONDS.sub(_glued_seconds, text)
        if "-" in text or "–" in text:
            text = _SPAN_SECONDS.sub(_span_seconds, text)
    if "x" in found:  # titles first: "3x NBA champion" is "three time", "2x HDMI ports" a count
        text = dimensions.multiples(text)
    if "kg" in text and ("-" in text or "plus " in text):  # "kg" first: most texts have none
        text = _WEIGHT_CLASS.sub(_weight_class, text)
    return text


# "the women's +87kg title", "the men's -73kg final", "gold in the +78kg.": a weight class of the lifting, judo
# or wrestling, its sign over or under the weight, after "the" or a division's "men's" ("plus eighty seven kilograms
# title" it was; the plus sign is a word by now, arithmetic.positives). One kilogram before the noun it names, as any
# size before a noun ("the 71kg class"). Forty to 199 kilograms, a class's weights ("the -10kg" is none).
_WEIGHT_CLASS = compiled(r"(?:(?<=the )|(?<=['’]s ))(plus |-)([4-9]\d|1\d\d)\s?kg\b(?![\w'’/-]|\.\w)")


def _weight_class(match: re.Match[str]) -> str:
    """"+87kg" -> "over eighty seven kilogram" before a noun, "-73kg" -> "under seventy three kilograms" alone."""
    sign, weight = match.groups()
    noun = WORD_AFTER.match(match.string, match.end())
    unit = "kilogram" if noun is not None and noun.group(1) not in NOT_A_NOUN else "kilograms"
    return f"{'over' if sign == 'plus ' else 'under'} {amount(weight)} {unit}"



# "out in 28s", "a 12s delay": two digits that end in no nought are no decade, and an "s" glued to them is seconds
# ("twenty eight s" it was); after a capitalised name they are a model's plural ("Pixel 8s", "the Boeing 77s").
# a count of them before "x" is a workout's sets ("Plank: 3 x 45s", "three x" it was): "three times".
_GLUED_SECONDS = compiled(r"(?:(?<![\w.,])(\d{1,2}) [x×] )?(?<![\w.,'’/-])([1-9][1-9])s\b(?!['’])")
# a length glued to "s" on both sides of an arrow, as patch notes and changelogs give a change ("Cooldown: 8s →
# 6s", "1.5s→2s"): both are seconds ("eight s to six s" it was; "the 8s and 9s" are eights, and a round "10s" was
# read as a decade before this rule sees it).
_ARROWED_SECONDS = compiled(r"(?<![\w.,'’/-])(\d{1,3}(?:\.\d)?)s ?→ ?(\d{1,3}(?:\.\d)?)s\b(?!['’])")
_LOWER_WORD_NEXT = compiled(r"\s(?!(?:and|or|of|to|in|on|at|for|with|then)\b)[a-z]")


# "we played 45s", "his 78s", "a box of old 78s": singles and shellac discs named by their speed, the number's plural
# ("forty five seconds" it was), after a word that counts, owns, describes or plays them, where records are spoken of
# near; "waited 45s before the next record" and "rest for 45s" stay seconds.
_RECORD_WORD_BEFORE = compiled(r"\b(?i:the|his|her|their|my|our|your|its|these|those|old|rare|vintage|shellac|vinyl"
                               r"|original|of|and|or|played|play|plays|playing|spun|spin|spins|collects?|collected"
                               r"|collecting|sold|sells?|selling|bought|buys?|buying|pressed|two|three|four|five|six"
                               r"|seven|eight|nine|ten|some|many|several|few|more|both|inch)\s$")
_RECORD_TALK = compiled(r"\b(?i:records?|singles?|vinyl|jukebox\w*|gramophones?|shellac|turntables?|rpm|LPs?|albums?"
                        r"|B-sides?|DJs?|discs?)\b")


# With no records word near, the speeds say it themselves: two of them joined ("78s and 45s", "45s or 33s", "shellac
# 78s and vinyl 45s"), or one kept in a box or owned by a person ("a box of 78s", "a crate of old 45s", "her
# grandfather's 78s"); "ran the 400m in 78s" and "rest 45s" stay seconds.
_SPEED_JOINED_AFTER = compiled(r"(?:,|\s(?:and|or|&))\s(?:[a-z]+\s)?(?:33|45|78)s\b")
_SPEED_JOINED_BEFORE = compiled(r"(?<![\w.,'’/-])(?:33|45|78)s(?:,|\s(?:and|or|&))\s(?:[a-z]+\s)?$")
_SPEED_KEPT_BEFORE = compiled(r"(?:\b(?i:box|boxes|crate|crates|stack|stacks|pile|piles|collection|heap|case|cases"
                              r"|bag|bags|shelf|shelves) of|[a-z]['’]s)\s(?:old\s)?$")


def _record_speed(match: re.Match[str]) -> str | None:
    """"45s" after "played" or "his", records spoken of near -> "forty fives"; two speeds joined, or one boxed or
    owned, too ("78s and 45s", "a box of 78s"); else None."""
    speed = match.group(2)
    if speed not in ("33", "45", "78") or match.group(1):
        return None
    text, start = match.string, match.start()
    if not (_SPEED_JOINED_AFTER.match(text, match.end()) or _SPEED_JOINED_BEFORE.search(text, max(0, start - 16), start)
            or (speed != "33" and (_SPEED_KEPT_BEFORE.search(text, max(0, start - 20), start) or (
                _RECORD_WORD_BEFORE.search(text, max(0, start - 12), start) and near(_RECORD_TALK, match, 120))))):
        return None
    return padded(match, numbers.plural(amount(speed)))


def _glued_seconds(match: re.Match[str]) -> str:
    """"28s" -> "twenty eight seconds"; between "a" and its noun, "second" ("a twelve second delay")."""
    if not match.group(1) and (hand := cards.digit_hand(match.group(2), match)):
        return hand  # "raised with 98s": a poker hand of two digits, suited (cards.py)
    if (record := _record_speed(match)) is not None:
        return record
    name = NAME_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
    if name is not None and not name.group(1) and not match.group(1):  # "Plank 3 x 45s": sets, after no model
        return match.group(0)
    singular = (A_JUST_BEFORE.search(match.string, max(0, match.start() - 4), match.start()) is not None
                and _LOWER_WORD_NEXT.match(match.string, match.end()) is not None)
    sets = f"{amount(match.group(1))} times " if match.group(1) else ""
    return padded(match, f"{sets}{amount(match.group(2))} {'second' if singular else 'seconds'}")


# "25–30 s shot", "a 20-25 s hold": a span of whole numbers with a spaced small "s" after it, an espresso's or a
# stretch's seconds ("twenty five to thirty s" it was): a letter after a span is no label's, where "Grade 3 s" may
# be one; before a noun the span describes it, one second each ("a twenty to twenty five second hold").
_SPAN_SECONDS = compiled(r"(\d(?<![\w.,'’/-]\d)\d{0,2})\s?[-–]\s?(\d{1,3}) s\b(?![\w'’/-]|\.\w)")


def _span_seconds(match: re.Match[str]) -> str:
    """"25–30 s" -> "twenty five to thirty seconds"; before a noun "second"; a span that runs down is left."""
    low, high = match.groups()
    if int(low) >= int(high):
        return match.group(0)
    singular = _LOWER_WORD_NEXT.match(match.string, match.end()) is not None
    return padded(match, f"{amount(low)} to {amount(high)} {'second' if singular else 'seconds'}")


def millibars(text: str) -> str:
    """"The low is 980mb" -> "... nine hundred eighty millibars" where the sentence speaks of the weather."""
    return _MILLIBARS.sub(_millibars, text)
