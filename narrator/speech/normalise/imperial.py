"""Feet and inches: by their marks (6'2", a 27" monitor, a room's 13'9" x 11'10"), or written "6 ft 2 in", "3in"."""

from __future__ import annotations

import re

from narrator.speech.normalise.amounts import (
    DETERMINER_BEFORE,
    NAME_AFTER,
    NOT_A_NOUN,
    NUM,
    PLURAL_AFTER,
    amount,
    describes_a_noun,
    is_one,
    plural_noun_after,
    singular_noun_after,
)
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import INCH_SIZED_NOUNS, INCH_SIZED_THINGS
from narrator.speech.normalise.util import among_words, char_classes, first_letters, padded

# "6 ft 2 in tall": feet and inches; a spaced "in" only where it cannot be the preposition ("2in" always is inches).
# The feet's unit stands apart (a digit or a space before it, a stop or a space after): among util.letter_words.
_FOOT_WORDS = frozenset({"ft", "feet", "foot"})
_FEET_AND_INCHES = compiled(  # led by the digit, its look behind after it: scanned in C
    r"(\d(?<![\w.,]\d)\d?)\s?(?:ft|feet|foot)\.?\s(\d{1,2})(?:in\b\.?(?!\w)|\s?in(?:ches|ch)?\b\.?"
    r"(?=\s*$|[,;:)!?]|\.\s|\s(?:tall|high|long|wide|deep|across|and|by|x)\b))"  # "10 ft 6 in by 9 ft"
)
# "3in of rain", "a 2-3in layer": "in" against a number is inches (parted by a space it is the preposition, but for
# one before a closing bracket, "12.7 mm (0.5 in)", a conversion, or before the adjective of a size that ends its
# clause, "12 in wide", "24 in long, 10 in deep": the preposition takes a noun there, "2 in high demand").
_SIZE_ADJECTIVES = r"(?:wide|long|tall|high|deep|thick|across)(?=\s?[.,;:)!?]|$|\s(?:and|or|by|x)\s)"
# A hyphen between the number and "in" before the thing it sizes is a news page's inch, "a 6.1-in OLED display", "a
# 65-in TV" (not "a 2-in-1 laptop", nor "in" before a number's noun or a name it may be the preposition of).
_GLUED_INCHES = compiled(
    rf"(?<![\w.,/])({NUM})(?:\s?-\s?({NUM}))?(?:in|-in(?= (?!(?:and|or|but|to|the|a|an|of|for)\b)[A-Za-z])"
    rf"|\sin(?=\)|\s{_SIZE_ADJECTIVES}))\b(?![\w'’-])")
_MAY_BE_GLUED_INCHES = compiled(rf"\din\b|\d-in |\d in(?:\)|\s{_SIZE_ADJECTIVES})")
# "totals of 20 in", "depths of 8 in, then drizzle": an amount of something in inches closing the text or its clause
# (before a comma or a semicolon) leaves the preposition no noun to take, so "in" is the inch; "of" before the number
# keeps a count's "12 in, 4 out" ("twenty in" it was).
_INCHES_CLOSING_AN_AMOUNT = compiled(rf"(?<=\bof )((?:{NUM}(?:-|–| to ))?({NUM})) in(?=[,;]|\s*$)")
# "a 9 in pie dish", "an 8 in square tin", "a 27 in monitor": a whole number of inches after "a" before what it sizes,
# two words at most between (facts.INCH_SIZED_THINGS); "a 9 in maths", "9 in 10 people" keep their preposition.
_INCH_SIZED_THINGS = first_letters(INCH_SIZED_THINGS)
_SIZED_AFTER_AN_ARTICLE = compiled(
    rf"(\d(?:(?<=\b[Aa] \d)|(?<=\b[Aa]n \d))\d?(?:\.\d)?) in(?= (?:[a-z-]+ ){{0,2}}?"  # led by the digit
    rf"(?:{'|'.join(sorted(INCH_SIZED_THINGS))})\b(?!['’-]))")
# "ran 5km in 19'30\"", "1'52\"": minutes and seconds as athletics and swimming write them (inches stop at 11, so
# 12 to 59 after the mark are seconds).
_MINUTES_SECONDS_MARKS = compiled(r"(?<![\w.'])(\d{1,2})'\s?(1[2-9]|[2-5]\d)(?:\"|'')(?!\w)")
# 6'2" -> six feet two inches
_FEET_INCHES = compiled(r"(?<![\w.])(\d)'\s?(\d{1,2})(?:\"|'')(?!\w)")
# "I'm 5'4 and 120lbs", "he's 6'1, 190": a person's height written without the inches' mark, four to seven feet and
# up to eleven inches ("five'four" it was); a room's size ("8'6 x 6'3") is read before.
_BARE_HEIGHT = compiled(r"(?<![\w.'’])([4-7])'(\d|1[01])(?![\w'’\"./-]|\s?[x×])")
# "13'9\" x 11'10\"", "12' x 10'6\"", "8'6 x 6'3": a room's size as estate agents give it, feet and inches each way,
# said "thirteen foot nine by eleven foot ten".
_ROOM_SIDE = r"(\d{1,2})'(?:\s?(\d{1,2})(?:\"|'')?)?"
_ROOM_SIZE = compiled(rf"(?<![\w.'\"]){_ROOM_SIDE}\s?[x×]\s?{_ROOM_SIDE}(?![\w'\"])")
# "a 5' x 8' rug": sizes in feet marks are sizes in feet ("5 x 8 ft"), read by the dimension rule.
_MARKED_SIZES = compiled(r"(?<![\w.'])(\d{1,3})'\s?([x×])\s?(\d{1,3})'(?![\w'])")
# A lone mark after a number: "6' tall", "a 6' fence", "a 65\" TV", "10\" long". A straight quote after a number
# closes a quotation as often ("the \"top 10\" list"), so it is inches only when the quotes before it are paired,
# and feet only before a size's word or a noun the amount describes ("he's 6'" may be a quote's end).
_MARKED = r"(?:\d{1,2} )?\d{1,2}/\d{1,2}|\d{1,3}(?:\.\d{1,2})?"  # "6", "2.5", "3/4", "1 1/2"
_MARK_RANGE = r"(?:(\d{1,3}(?:\.\d{1,2})?)%s?\s?[-–]\s?)?"  # "18-24\"", "6\"-8\"": a range of inches
_FOOT_RANGE, _INCH_RANGE = _MARK_RANGE % "'", _MARK_RANGE % '"'
_FOOT_MARK = compiled(rf"(?<![\w.'’/-]){_FOOT_RANGE}({_MARKED})'(?![\w'’])")
_INCH_MARK = compiled(rf"(?<![\w.\"/-]){_INCH_RANGE}({_MARKED})\"(?![\w\"])")
_QUOTE = compiled(r'(?<!\d)"')
_MAY_BE_MARK = compiled(r"\d['\"]")
_SIZE_WORD_AFTER = compiled(r"\s(?:tall|high|long|wide|deep|across|thick|square)\b")
# "a 27\" 4K monitor", "a 14\" 2.8K OLED display": a screen's size, then its specification, then the noun it sizes.
_SPEC_THEN_NOUN = compiled(r"(?:\s(?:\d{1,2}(?:\.\d)?K|[A-Z]{2,5})){1,3}\s([a-z]{3,})\b")
# "a 65\" QLED TV", "Samsung 55\" OLED": a screen's kind in capitals after its size (no determiner need come before);
# a kind of screen named alone, even at a clause's end ("55\" TV", "Display: 6.1\" OLED, 120Hz").
_SCREEN_KIND_AFTER = compiled(r"\s(?:[A-Z]{2,5}\s(?!(?:and|or|but)\b)[\w]|(?:TVs?|OLED|QLED|AMOLED|LCD|LED|IPS)\b)")


def _feet_and_inches(match: re.Match[str]) -> str:
    """"6 ft 2 in" -> "six feet two inches", "a 6ft 2in door" -> "a six foot two inch door" (the stop of "in."
    that ended the text is kept)."""
    inches, singular = int(match.group(2)), describes_a_noun(match)
    feet = "foot" if singular else "feet"
    spoken = f"{amount(match.group(1))} {feet} {amount(match.group(2))} inch{'' if inches == 1 or singular else 'es'}"
    return spoken + ("." if match.group(0).endswith(".") and match.end() == len(match.string) else "")


_ACRONYMS_AFTER = compiled(r"\s[A-Z]{2,5}s\b")  # "65in TVs", "27in LCDs"
# "3/8 in", "13/16 in,", "1 1/4 in)": a fraction of an inch (its denominator one a rule is marked in, a power of two)
# before a spaced "in" that ends its clause, as a spec sheet's or a drill's table writes it: inches (the preposition
# takes a noun; "three eighths in" was said). A fraction alone is of an inch, a mixed number inches.
# and glued to "in" or "inch" anywhere ("1/2in", "a 5/16in bolt", "3/4inch ply"), as "2in" always is inches
# ("one slash two in" it was); before the noun it sizes a mixed number is an inch too ("a 1 1/2in pipe").
_INCH_FRACTION = compiled(r"(?<![\w.,/])((?:(\d{1,2} )?\d{1,2}/(?:2|4|8|16|32|64)|(\d{1,2})?[½¼¾⅛⅜⅝⅞]))"
                          r"(?: in(?=\s*$|[,;)])|(in|inch|inches)\b(?![\w'’-])"
                          # and spaced before what it sizes, "1/4 in jack" (facts.INCH_SIZED_NOUNS)
                          rf"| in(?= (?:{'|'.join(sorted(INCH_SIZED_NOUNS))})\b))")
_MAY_BE_GLUED_FRACTION = compiled(r"[\d½¼¾⅛⅜⅝⅞]in(?:\b|ch)")
_VULGAR_EIGHTHS = frozenset("½¼¾⅛⅜⅝⅞")
# "12 oz 4 dwt": a silver's or gold's troy weight, ounces and then pennyweights (a ship's "dwt" is its deadweight,
# and stands after tons or alone: "a 300,000 dwt tanker").
_TROY_WEIGHT = compiled(r"(?<![\w.,])(\d{1,4}\s?oz\.?\s\d{1,2})\s?dwt\b\.?")
# and pennyweights alone, fewer than the twenty that make a troy ounce ("6 dwt", "4.5 dwt" of scrap gold); a
# ship's deadweight runs to thousands of tonnes ("a 50,000 dwt tanker", "48,000 DWT").
_PENNYWEIGHTS = compiled(r"(?<![\w.,])((?:1?\d)(?:\.\d{1,2})?)\s?dwt\b\.?")


def _glued_inches(match: re.Match[str]) -> str:
    """"3in" -> "three inches", "a 2-3in layer" -> "a two to three inch layer"."""
    value, upper = match.groups()
    # "20in alloys", "65in TVs": a size before the things it sizes ("a 65-in TV" joins them)
    singular = ("-in" in match.group(0) or describes_a_noun(match) or is_one(upper or value)
                or plural_noun_after(match) or _ACRONYMS_AFTER.match(match.string, match.end()) is not None)
    spoken = amount(value) + (" to " + amount(upper) if upper else "")
    return padded(match, f"{spoken} {'inch' if singular else 'inches'}")


def _minutes_seconds_marks(match: re.Match[str]) -> str:
    """"19'30\"" -> "nineteen minutes thirty seconds"."""
    minutes = "minute" if match.group(1) == "1" else "minutes"
    return padded(match, f"{amount(match.group(1))} {minutes} {amount(match.group(2))} seconds")


def _room_size(match: re.Match[str]) -> str:
    """"13'9\" x 11'10\"" -> "thirteen foot nine by eleven foot ten"; feet alone on both sides are left to the
    dimension rule ("5' x 8'" is "five by eight feet")."""
    feet, inches, other_feet, other_inches = match.groups()
    if not (inches or other_inches):
        return match.group(0)
    if not int(inches or 0) and not int(other_inches or 0):  # "12'0\" x 10'0\"": twelve by ten feet
        return padded(match, f"{amount(feet)} by {amount(other_feet)} feet")
    sides = [f"{amount(f)} foot" + (f" {amount(i)}" if i and int(i) else "")  # "19'0\"": nineteen foot
             for f, i in ((feet, inches), (other_feet, other_inches))]
    return padded(match, " by ".join(sides))


def _feet_inches(match: re.Match[str]) -> str:
    """6'1" -> "six feet one inch"; before the noun it describes, as a height is said: "a 6'8" forward" -> "a six
    foot eight forward"."""
    if not int(match.group(2)):  # "6'0\"": six feet, no inches said
        return padded(match, f"{amount(match.group(1))} {'foot' if describes_a_noun(match) else 'feet'}")
    if describes_a_noun(match):
        return padded(match, f"{amount(match.group(1))} foot {amount(match.group(2))}")
    inches = "inch" if match.group(2) == "1" else "inches"
    return padded(match, f"{amount(match.group(1))} feet {amount(match.group(2))} {inches}")


def _spec_then_noun(match: re.Match[str]) -> bool:
    """A screen's specification between its size and a noun: "27\" 4K monitor", "14\" 2.8K OLED display"."""
    spec = _SPEC_THEN_NOUN.match(match.string, match.end())
    return spec is not None and spec.group(1) not in NOT_A_NOUN


def _mark(match: re.Match[str], names: tuple[str, str]) -> str:
    """A number with a foot or inch mark, said with its unit; a quote's closing mark is left alone."""
    singular = describes_a_noun(match)
    # the quotes of the last few sentences tell whether this one closes a quotation (all before would be quadratic)
    quotes = len(_QUOTE.findall(match.string, max(0, match.start() - 400), match.start()))  # inch marks are none
    if not singular and names[0] == "inch" and not quotes % 2:  # "the 14\" MacBook Pro": a size before a name
        singular = (NAME_AFTER.match(match.string, match.end()) is not None
                    and DETERMINER_BEFORE.search(match.string, max(0, match.start() - 12), match.start()) is not None
                    ) or singular_noun_after(match) or _spec_then_noun(match)  # "6.1\" display" on a spec sheet
        # "26\"-29\" wheels", "65\" QLED": a size before the things it sizes, or before a screen's kind
        singular = singular or bool(PLURAL_AFTER.match(match.string, match.end())
                                    or _SCREEN_KIND_AFTER.match(match.string, match.end()))
    if (names[0] == "foot" and not singular and PLURAL_AFTER.match(match.string, match.end())
            and not match.string.endswith(("'", "‘"), 0, match.start())):
        singular = True  # "with 8' ceilings": a size before the things it sizes ("she said '8' times" is quoted)
    if names[0] == "foot" and not (singular or _SIZE_WORD_AFTER.match(match.string, match.end())):
        return match.group(0)
    if names[0] == "inch" and quotes % 2 and not singular:
        return match.group(0)
    lower, value = match.group(1), match.group(2)
    if lower and "/" in value and " " not in value:  # "1-1/2\"": a carpenter's one and a half inches ("10-15 1/8\""
        lower, value = None, f"{lower} {value}"  # is a range whose upper end has its own whole number)
    name = names[0] if singular or (is_one(value) and not lower) else names[1]
    return padded(match, (f"{amount(lower)} to " if lower else "") + f"{amount(value)} {name}")


def feet_and_inches_written(text: str) -> str:
    """"6 ft 2 in" -> "six feet two inches", "3in" -> "three inches"."""
    if "in" in text:
        classes = char_classes(text)  # a digit before "ft", and a word before a space and a digit: a first look
        if (("0a" in classes or "0 a" in classes) and ("a 0" in classes or "a. 0" in classes)
                and among_words(_FOOT_WORDS, text)):
            text = _FEET_AND_INCHES.sub(lambda m: padded(m, _feet_and_inches(m)), text)
        classes = char_classes(text)
        spaced_in = "0 aa a" in classes  # a number and a two-letter word before a word: asked once, for two looks
        if (("0a" in classes or (")" in text and "0 aa)" in classes) or spaced_in
             or ("0-" in classes and "-in " in text)) and _MAY_BE_GLUED_INCHES.search(text)):
            text = _GLUED_INCHES.sub(_glued_inches, text)
        # the classes' look above (a slow scan: their few letters defeat its skips, so it is asked once), then a dish's
        # or a screen's word among the text's words (worked out for a text no look has asked of: a look at them first
        # cost each text with "in")
        if spaced_in and among_words(_INCH_SIZED_THINGS, text):
            text = _SIZED_AFTER_AN_ARTICLE.sub(lambda m: f"{m.group(1)} inch", text)
        if "of " in text and (" in," in text or " in;" in text or text.rstrip().endswith(" in")):
            text = _INCHES_CLOSING_AN_AMOUNT.sub(
                lambda m: f"{m.group(1)} {'inch' if is_one(m.group(2)) and m.group(1) == m.group(2) else 'inches'}",
                text)
    return text


def inch_fractions(text: str) -> str:
    """"13/16 in" -> "13/16 inch", "1 1/4 in," -> "1 1/4 inches,", "1/2in" -> "1/2 inch": a fraction of an inch before
    a clause's end, or glued to its unit."""
    # each glyph is beyond ASCII: an ASCII text (a flag's look) asks no generator of them
    if "in" in text and ("/" in text or (not text.isascii() and any(glyph in text for glyph in _VULGAR_EIGHTHS))) and (
            " in" in text or _MAY_BE_GLUED_FRACTION.search(text)):
        text = _INCH_FRACTION.sub(_inch_fraction, text)
    return text


def _inch_fraction(match: re.Match[str]) -> str:
    """A fraction alone is of an inch, a mixed number inches but before the noun it sizes."""
    whole = match.group(2) or match.group(3)
    sizes_after = (match.group(4) is None and match.string.startswith(" ", match.end())
                   and match.string[match.end():].strip() != "")  # "1 1/8 in steerer"
    singular = not whole or sizes_after or (match.group(4) is not None and describes_a_noun(match))
    return padded(match, f"{match.group(1)} {'inch' if singular else 'inches'}")


def troy_weights(text: str) -> str:
    """"12 oz 4 dwt" -> "12 oz 4 pennyweight", "6 dwt" -> "6 pennyweight": a troy weight's pennyweights."""
    if "dwt" not in text:
        return text
    return _PENNYWEIGHTS.sub(lambda m: m.group(1) + " pennyweight", _TROY_WEIGHT.sub(r"\1 pennyweight", text))


def marks(text: str) -> str:
    """Feet and inches by their marks: a room's size, a race's minutes and seconds, a height, "6' tall", "a 65\" TV"."""
    if "'" in text and _MAY_BE_MARK.search(text):
        text = _ROOM_SIZE.sub(_room_size, text)
        text = _MINUTES_SECONDS_MARKS.sub(_minutes_seconds_marks, text)
        text = _FOOT_MARK.sub(lambda m: _mark(m, ("foot", "feet")), _MARKED_SIZES.sub(
            r"\1 \2 \3 ft", _FEET_INCHES.sub(_feet_inches, text)))
        text = _BARE_HEIGHT.sub(lambda m: padded(m, f"{amount(m.group(1))} feet {amount(m.group(2))}"), text)
    if '"' in text and _MAY_BE_MARK.search(text):
        text = _INCH_MARK.sub(lambda m: _mark(m, ("inch", "inches")), text)
    return text
