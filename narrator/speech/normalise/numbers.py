"""Number words for English: cardinals, ordinals, decimals, years, digits (num2words underneath)."""

from __future__ import annotations

import re
from functools import lru_cache

from num2words import num2words

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import char_classes, padded

_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# num2words writes British "and" and commas; American newsreaders drop both, and hyphens only
# change how a transcript looks, not how a voice says it.
_TIDY = compiled(r",| and(?= )|-")
_SPACES = compiled(r" +")
_COMMA_HYPHEN = compiled(r",|-")
# A whole and a fraction may be joined by a hyphen, as American recipes and hardware write them ("1-1/2 cups", "a
# 2-3/4 inch screw"): only before a fraction less than one in halves, thirds, quarters, eighths or sixteenths, which
# no span of numbers ends on (a span runs upward). A pattern's piece: the hyphen, then a look at the fraction.
MIXED_HYPHEN = r"-(?=(?:1/2|[12]/3|[13]/4|[1-7]/8|(?:1[0-5]|[1-9])/16)(?![\w/]|[.,]\d))"


def _tidy(words: str) -> str:
    """Drop the commas, "and" and hyphens num2words puts in."""
    return _SPACES.sub(" ", _TIDY.sub(" ", words)).strip()


@lru_cache(maxsize=8192)
def cardinal(number: int) -> str:
    """12 -> "twelve"; negative numbers are said with "minus"."""
    if number < 0:
        return "minus " + cardinal(-number)
    return _tidy(num2words(number))


@lru_cache(maxsize=4096)
def cardinal_with_and(number: int) -> str:
    """123 -> "one hundred and twenty three": the reading NeMo and British speakers give amounts of money."""
    if number < 0:
        return "minus " + cardinal_with_and(-number)
    return _SPACES.sub(" ", _COMMA_HYPHEN.sub(" ", num2words(number))).strip()


@lru_cache(maxsize=4096)
def ordinal(number: int) -> str:
    """21 -> "twenty first"."""
    return _tidy(num2words(number, to="ordinal"))


def digits(text: str) -> str:
    """Read each digit of a string of digits: "004" -> "zero zero four"."""
    return " ".join(_DIGITS[int(ch)] for ch in text if ch.isdigit())


LONGEST_NUMBER = 36
"""Digits in the longest number read as a number; num2words stops near 10**306 and Python will not make an int of
more than 4,300 digits, so longer runs (page noise, not amounts anyone says) are read digit by digit."""
# Not after a point: a decimal's fraction is read digit by digit anyway.
_LONG_RUN = compiled(rf"(?<!\.)\d(?:,?\d){{{LONGEST_NUMBER},}}")


# "1,50,000", "12,34,567", "1,00,00,000": digits grouped the Indian way (a lakh, then pairs), read for their value.
# A stop may come before it after a currency's abbreviation ("Rs.10,00,000"), never after a digit (a decimal).
_INDIAN_GROUPS = compiled(r"\d(?<![\d,]\d)(?<!\d\.\d)\d?(?:,\d\d)+,\d{3}(?![\d,]|\.\d)")  # led by a digit: scanned in C


def indian_groups(text: str) -> str:
    """Drop the commas of a number grouped the Indian way, so that it is read for its value ("1,50,000")."""
    if "0,00,000" not in char_classes(text):  # the least such a number holds: a first look
        return text
    return _INDIAN_GROUPS.sub(lambda m: m.group(0).replace(",", ""), text)


def long_runs(text: str) -> str:
    """Read every run of more than LONGEST_NUMBER digits digit by digit, before any rule parses it as a number."""
    if char_classes(text).count("0") <= LONGEST_NUMBER:  # too few digits in all for a run: a first look
        return text
    return _LONG_RUN.sub(lambda match: " " + digits(match.group(0)) + " ", text)


# "1 000 000", "10 000" (with a space, a no-break or a thin space): thousands grouped the SI way. Each group after
# the first is exactly three digits and no digit group or slash follows, so that phone numbers ("1 800 123 4567"), a
# year before a count ("In 2019 100 people") and a whole number before a fraction ("2 125/1000") are left alone, and
# so is a number after a town's code in brackets ("(01632) 960 123") or a small country's ("(+290) 22 345").
_GROUP_GAP = "[ \u00a0\u202f\u2009]"
_AFTER_AREA_CODE = "".join(rf"(?<!\(0\d{{{n}}}\)\s)" for n in range(1, 5))
_SPACED_THOUSANDS = compiled(
    rf"(?<![\w.,+-])(?<!\d{_GROUP_GAP}){_AFTER_AREA_CODE}\d(?<!\(\+[2-9]\d\d\)\s\d)\d{{0,2}}"
    rf"(?:{_GROUP_GAP}\d{{3}})+(?:\.\d+)?"
    rf"(?![\w/]|[.,]\d|{_GROUP_GAP}\d)"
)
# "2·5", "0·05": a decimal point raised to the middle of the line, as the Lancet and British print set it (a
# multiplication dot stands before a power of ten, "3·10^8", or between letters, and is left).
_MIDDLE_DOT_POINT = compiled(r"(?<![\w.·^])(\d+)·(\d+)(?![\w·^]|\.\d)")
_GAP = compiled(_GROUP_GAP)
_GAP_NOT_SPACE = compiled("[\u00a0\u202f\u2009]")
_CAPITAL_NEXT = compiled(r"\s+[A-Z\d]")
# Cheap first looks, here and in the other modules: a pattern led by a character class is scanned for in C, one
# led by a look-behind is tried at every position of every sentence.
_MAY_BE_SPACED = compiled(rf"\d{_GROUP_GAP}\d\d\d")


# "1.234,56", "€1.234.567,50": thousands grouped with stops and a decimal comma, as much of Europe writes them (the
# comma's one or two digits are what tells them from a version "1.234" or a date "1.2.2024").
_STOPPED_THOUSANDS = compiled(r"\d(?<![\w.,]\d)\d{0,2}(?:\.\d{3})+,\d{1,2}(?!\w|[.,]\d)")
# "1.000.000", "€2.500.000": two stops or more between groups of three, which no decimal has. Four parts of at most
# 255 with no padding zero are an IP address instead ("192.168.100.200"), read where addresses are.
_STOPPED_MILLIONS = compiled(r"\d(?<![\w.,]\d)\d{0,2}(?:\.\d{3}){2,}(?!\w|[.,]\d)")
_MAY_BE_STOPPED_MILLIONS = compiled(r"\.\d{3}\.\d{3}")
# "1'000'000", "CHF 12'500.50": thousands grouped with apostrophes, as Switzerland writes them (feet and inches never
# hold three digits after the mark).
_APOSTROPHE_THOUSANDS = compiled(r"\d(?<![\w.,'’]\d)\d{0,2}(?:['’]\d{3})+(?:\.\d+)?(?![\w'’\"”]|[.,]\d)")
_MAY_BE_APOSTROPHE_THOUSANDS = compiled(r"\d['’]\d{3}")
_VERSION_BEFORE = compiled(r"\b(?:[Vv]ersion|[Bb]uild|[Rr]elease|[Ff]irmware|[Pp]atch)\s+$")  # "Build 2.100.300"


def spaced_thousands(text: str) -> str:
    """Write "1 000 000", "1.000.000" and "1'000'000" as "1,000,000" and "1.234,56" as "1,234.56", so that every rule
    after reads one number; "2·5" as "2.5"."""
    if "·" in text:
        text = _MIDDLE_DOT_POINT.sub(r"\1.\2", text)
    if "," in text and "0.000," in char_classes(text):
        text = _STOPPED_THOUSANDS.sub(lambda m: m.group(0).replace(".", "").replace(",", "."), text)
    if ("'" in text or "’" in text) and _MAY_BE_APOSTROPHE_THOUSANDS.search(text):
        text = _APOSTROPHE_THOUSANDS.sub(lambda m: m.group(0).replace("'", ",").replace("’", ","), text)
    if "." in text and ".000.000" in char_classes(text) and _MAY_BE_STOPPED_MILLIONS.search(text):  # its shape
        text = _STOPPED_MILLIONS.sub(_stopped_millions, text)
    if "0 000" not in char_classes(text) or not _MAY_BE_SPACED.search(text):  # every gap is a space (\s)
        return text
    return _SPACED_THOUSANDS.sub(_grouped, text)


def _stopped_millions(match: re.Match[str]) -> str:
    """Thousands grouped with stops, written with commas; an IP address or a named version as it was."""
    parts = match.group(0).split(".")
    if _VERSION_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
        return match.group(0)
    if len(parts) == 4 and all(int(part) <= 255 and (part == "0" or not part.startswith("0")) for part in parts):
        return match.group(0)
    return ",".join(parts)


# "call 116 123", "contacted on 116 123", "Text 85258 or call 116 123", "helpline: 0800 11 11".
_CALL_BEFORE = compiled(r"\b(?i:call|calls|calling|dial|ring|text|phone|contacted on|contact on|helpline|hotline|free"
                        r"phone|tel|telephone)\b[:.]?\s$")


def _grouped(match: re.Match[str]) -> str:
    """One number; but one group after a plain space before a capital is two numbers ("400 737 Max jets"), and after
    a word of calling it is a number to dial ("Samaritans can be contacted on 116 123"), said digit by digit."""
    written = match.group(0)
    if _CALL_BEFORE.search(match.string, max(0, match.start() - 16), match.start()) and "." not in written:
        return ", ".join(digits(group) for group in written.split())
    if written.count(" ") == 1 and not _GAP_NOT_SPACE.search(written) and _CAPITAL_NEXT.match(
            match.string, match.end()):
        return written
    return _GAP.sub(",", written)


# "6.02e23", "1e6", "1.5E-10": a number in scientific notation. A capital "E" needs a point or a sign as well:
# "4E5" is more often a code (a flight, a seat, a part) than a number.
# a sentence's stop may follow; not a MAC address's pair before another ("a4-5e-60-e8-1f-0b": "five times ten
# to the power of minus sixty" it was)
_SCIENTIFIC = compiled(r"(?<![\w.])(\d+(?:\.\d+)?)([eE])([+-]?)(\d{1,3})(?!\w|\.\d|-[0-9A-Fa-f]{2}\b)")
_MAY_BE_SCIENTIFIC = compiled(r"\d[eE][+-]?\d")  # a first look, led by the digit (the rule by its look behind)
# "3 x 10^8", "6.02 × 10^23": a number times a power of ten (its "x" is no dimension's "by"). The exponent stays in
# digits, for the rules after to read with any unit after it ("3 x 10^8 m/s").
_TIMES_TEN = compiled(r"(?<![\w.])(\d+(?:\.\d+)?)\s?[x×*·]\s?10\^(-?)(\d{1,3})(?!\w|\.\d)")


def _scientific(match: re.Match[str]) -> str:
    mantissa, letter, sign, exponent = match.groups()
    if letter == "E" and not sign and "." not in mantissa:
        return match.group(0)
    return padded(match, _scientific_words(mantissa, sign, cardinal(int(exponent))).strip())  # "1.2e-5." at the end


def scientific(text: str) -> str:
    """Read "6.02e23" and "6.02 x 10^23" as "six point zero two times ten to the power of twenty three"."""
    if "^" in text and "10^" in text:  # the exponent left in digits, for a unit after it (see _TIMES_TEN)
        text = _TIMES_TEN.sub(lambda m: _scientific_words(m.group(1), m.group(2), m.group(3)).rstrip(), text)
    classes = char_classes(text)  # a digit before the "e": a first look
    if ("0a" in classes or "0A" in classes) and _MAY_BE_SCIENTIFIC.search(text):
        return _SCIENTIFIC.sub(_scientific, text)
    return text


def _scientific_words(mantissa: str, sign: str, exponent: str) -> str:
    """" six point zero two times ten to the power of twenty three " (spaced: it replaces a token); the exponent
    as it is to be said."""
    minus = "minus " if sign == "-" else ""
    return f" {number(mantissa)} times ten to the power of {minus}{exponent} "


def integer(text: str) -> str:
    """Read a written integer ("1,234", "004", "12"): long or zero-led strings digit by digit."""
    plain = text.replace(",", "")
    if (len(plain) > 1 and plain.startswith("0")) or len(plain) > 12:
        return digits(plain)
    return cardinal(int(plain))


def decimal(text: str) -> str:
    """Read "2.050" as "two point zero five zero" and ".5" as "point five"."""
    whole, _, fraction = text.partition(".")
    spoken = integer(whole) if whole else ""
    if fraction:
        spoken = (spoken + " point " + digits(fraction)).strip()
    return spoken


def number(text: str) -> str:
    """Read an integer or a decimal, with an optional sign."""
    sign = ""
    if text.startswith(("-", "+")):  # not `text[:1] in "-+"`: the empty string is in every string (".00 m" raised)
        sign = "minus " if text[0] == "-" else "plus "
        text = text[1:]
    return sign + (decimal(text) if "." in text else integer(text))


def year(value: int) -> str:
    """Say a year the way people do: 1990 "nineteen ninety", 2006 "two thousand six", 1905 "nineteen o five"."""
    if value < 1010 or value % 1000 == 0 or (2000 <= value < 2010):
        return cardinal(value)
    high, low = divmod(value, 100)
    if low == 0:
        return cardinal(high) + " hundred"
    if low < 10:
        return cardinal(high) + " o " + cardinal(low)
    return cardinal(high) + " " + cardinal(low)


def in_pairs(text: str) -> str:
    """A three-digit code as people say it: "401" -> "four o one", "230" -> "two thirty", "500" -> "five hundred"."""
    if len(text) != 3 or not text.isdigit() or text[0] == "0":
        return integer(text)
    rest = text[1:]
    return cardinal(int(text[0])) + " " + ("hundred" if rest == "00" else two_digit_year(rest))


def two_digit_year(text: str) -> str:
    """'98 -> "ninety eight", '05 -> "o five", '00 -> "o o" (espeak-ng says "o" as "oh"; never "o zero")."""
    value = int(text)
    return "o " + (cardinal(value) if value else "o") if value < 10 else cardinal(value)


def decade(value: int) -> str:
    """1990 -> "nineteen nineties", 2000 -> "two thousands", 80 -> "eighties"."""
    return plural(year(value) if value >= 100 else cardinal(value))


def plural(words: str) -> str:
    """A number's words as a plural noun: "two" -> "twos", "thirty" -> "thirties", "six" -> "sixes"."""
    if words.endswith("y"):
        return words[:-1] + "ies"
    return words + ("es" if words.endswith("x") else "s")


def short_year(value: int) -> str:
    """A year before 1000 as people say it: 340 -> "three forty", 800 -> "eight hundred"."""
    high, low = divmod(value, 100)
    if value < 100 or low == 0 or low < 10:
        return cardinal(value)
    return cardinal(high) + " " + cardinal(low)


def denominator(number: int, plural: bool) -> str:
    """The word for a fraction's denominator: 2 -> "half"/"halves", 3 -> "third"/"thirds"."""
    if number == 2:
        return "halves" if plural else "half"
    if number == 4:
        return "quarters" if plural else "quarter"
    word = ordinal(number)
    return word + "s" if plural else word


def fraction(whole: int | None, top: int, bottom: int) -> str:
    """"3 2/4" -> "three and two quarters", "19 1/2" -> "nineteen and a half", "2 142/1" -> "... over one"."""
    if bottom == 1:
        spoken = f"{cardinal(top)} over one"
    elif top == 1 and whole is not None:
        word = denominator(bottom, plural=False)
        spoken = f"{'an' if word.startswith(('eigh', 'elev')) else 'a'} {word}"  # "one and an eighth"
    else:
        spoken = f"{cardinal(top)} {denominator(bottom, plural=top != 1)}"
    return f"{cardinal(whole)} and {spoken}" if whole is not None else spoken


# French ordinals in an English text, as travel writing and wine lists keep them: "1er" and "1re" said in French
# ("premier", "première", as "1er Cru" is), and a district's "11e arrondissement" or any "20ème" said as the English
# ordinal ("one er arrondissement" it was). A bare "2e" is left: a book's second edition, or a power of ten ("2e5").
_FRENCH_ORDINAL = compiled(r"(?:1(?<![\w.,]1)(er|re|ère)|(\d(?<![\w.,]\d)\d?)(?:ème|eme|e(?=\s+arrondissement\b)))"
                           r"(?![\w'’-])")  # led by the digit, its look behind after it: scanned for in C


def french_ordinals(text: str) -> str:
    """"1er arrondissement" -> "premier arrondissement", "the 11e arrondissement" -> "the eleventh arrondissement"."""
    return _FRENCH_ORDINAL.sub(lambda m: padded(m, ("premier" if m.group(1) == "er" else "première") if m.group(1)
                                                else ordinal(int(m.group(2)))), text)
