"""English dates, times, years and decades."""

from __future__ import annotations

import re
from collections.abc import Callable

from narrator.speech.normalise import numbers
from narrator.speech.normalise.options import ReadingOptions
from narrator.speech.normalise.util import padded

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_MONTH_INDEX = {name.lower(): i for i, name in enumerate(MONTHS)}
_MONTH_INDEX.update({name[:3].lower(): i for i, name in enumerate(MONTHS)})
_MONTH_INDEX["sept"] = 8
# Full names in any case; abbreviations only capitalised (or upper case), so "mar" the verb is safe;
# "May" must be capitalised because "may" is a verb.
_MONTH = (
    r"(?:(?i:january|february|march|april|june|july|august|september|october|november|december)"
    r"|May|MAY|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?)"
)
# Next to a day number an abbreviation is a month in any case ("25 sept."), except "may".
_MONTH_NEAR_NUMBER = (
    r"(?:(?i:january|february|march|april|june|july|august|september|october|november|december)"
    r"|May|MAY|(?i:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_MONTH_DAY = re.compile(
    rf"\b({_MONTH_NEAR_NUMBER})\s+({_DAY})(?:st|nd|rd|th)?(?![\d:.]\d|\w)(?:(\s*,\s*|\s+)(\d{{4}})(?![\d-]))?"
)
_DAY_MONTH = re.compile(
    rf"\b({_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_NEAR_NUMBER})(?!\w)(?:,?\s+(\d{{4}})(?![\d-]))?"
)
_MONTH_YEAR = re.compile(rf"\b({_MONTH})(\s*,?\s+)(?=\d{{4}}\b)")
_ISO = re.compile(r"(?<![\w./-])(\d{4})([-/.])(0?[1-9]|1[0-2])\2([0-2]?\d|3[01])(?![\w/-]|\.\d)")
_NUMERIC = re.compile(r"(?<![\w./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|\.\d)")
_MONTH_DASH = re.compile(rf"\b({_MONTH})-({_DAY})-(\d{{4}})\b")
_ERA = re.compile(r"(?<![\w.,])(\d{1,4})\s*(A\.?D\b\.?|B\.?C\.?E?\b\.?|C\.?E\b\.?)")
_DECADE = re.compile(r"(?<![\w.,'])(\d{3}0\s?'?|\d0'?)s\b")
# "1970s-90s", "the 1960s-1980s": a span of decades.
_DECADE_RANGE = re.compile(r"(?<![\w.,'])(\d{3}0|\d0)'?s\s?-\s?'?(\d{3}0|\d0)'?s\b")
# "the class of '99": an apostrophe before two digits that end a word
_SHORT_YEAR = re.compile(r"(?<![\w'])'(\d{2})(?![\w'])")
_SHORT_DECADE = re.compile(r"(?<![\w.,])'(\d0)s\b")
_CLOCK = re.compile(
    r"(?<![\w.:])([01]?\d|2[0-4]):([0-5]\d)(?::([0-5]\d))?(?![\d:])"
    r"(?:\s*([AaPp])\.?\s?[Mm]\b\.?)?(?:\s*(?P<zone>[ECMP][SD]T|GMT|UTC|BST|CET|CEST|[ecmp]\.?[sd]\.?t\b\.?))?"
)
# "10.30pm": a full stop between hours and minutes, British style, only with am/pm.
_DOTTED_CLOCK = re.compile(r"(?<![\w.:])(1[0-2]|0?[1-9])\.([0-5]\d)\s?([AaPp])\.?\s?[Mm]\b\.?")
_MAY_BE_NUMERIC_DATE = re.compile(r"\d[-/.]\d{1,2}[-/.]\d")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MAY_BE_ERA = re.compile(r"[ABC]\.?[DCE]")
_MAY_BE_DECADE = re.compile(r"0\s?'?s\b")
_MAY_BE_HALF_DAY = re.compile(r"\d\s?[AaPp]\.?\s?[Mm]")
_TIME_RANGE = re.compile(r"(?<=\b[AP]M)\s*-\s*(?=\w)")
_HOUR = re.compile(r"(?<![\w.:])(1[0-2]|0?[1-9])\s*([AaPp])\.?\s?[Mm](?:\b\.?|\.)(?:\s*(?P<zone>[ECMP][SD]T|GMT|UTC))?")


def month_name(text: str) -> str:
    """The full name of a written month ("Sept." -> "September")."""
    key = text.rstrip(".").lower()
    return MONTHS[_MONTH_INDEX[key] if key in _MONTH_INDEX else _MONTH_INDEX[key[:3]]]


def _year(text: str | None) -> str:
    """A year, or nothing."""
    if not text:
        return ""
    return " " + (numbers.year(int(text)) if len(text) == 4 else numbers.two_digit_year(text))


def _mdy(month: int, day: int, year: str | None) -> str:
    """"April eleventh twenty twenty four"."""
    return f"{MONTHS[month]} {numbers.ordinal(day)}{_year(year)}"


def _dmy(month: int, day: int, year: str | None) -> str:
    """"the eleventh of April twenty twenty four"."""
    return f"the {numbers.ordinal(day)} of {MONTHS[month]}{_year(year)}"


def _month_day(match: re.Match[str]) -> str:
    month, day, year = MONTHS.index(month_name(match.group(1))), int(match.group(2)), match.group(4)
    comma = "," if match.group(3) and "," in match.group(3) else ""  # keep the pause: "April eleventh, 2024"
    return padded(match, f"{_mdy(month, day, None)}{comma}{_year(year)}")


# "on the 24th of December", "between the 16th and 17th of July": no second "the".
_THE_BEFORE = re.compile(r"\b(?:the|The|and|or|to|through)\s+$")


def _day_month(match: re.Match[str]) -> str:
    spoken = _dmy(MONTHS.index(month_name(match.group(2))), int(match.group(1)), match.group(3))
    if _THE_BEFORE.search(match.string, max(0, match.start() - 9), match.start()):
        spoken = spoken[len("the "):]  # "on the 24th of December"
    return padded(match, spoken)



def _numeric(day_first: bool) -> Callable[[re.Match[str]], str]:
    """A replacement for numeric dates given the preferred order."""

    def replace(match: re.Match[str]) -> str:
        """Read one numeric date; a day above 12 settles the order, otherwise the setting does."""
        first, second, year = int(match.group(1)), int(match.group(3)), match.group(4)
        if match.group(2) == "." and len(year) == 2:
            return match.group(0)  # 1.2.34 is more likely a version number than a date
        if first > 12 and 1 <= second <= 12:
            return padded(match, _dmy(second - 1, first, year))
        if second > 12 and 1 <= first <= 12:
            return padded(match, _mdy(first - 1, second, year))
        if not (1 <= first <= 12 and 1 <= second <= 12):
            return match.group(0)
        if day_first or match.group(2) == ".":
            return padded(match, _dmy(second - 1, first, year))
        return padded(match, _mdy(first - 1, second, year))

    return replace


def _iso(day_first: bool, match: re.Match[str]) -> str:
    year, month, day = match.group(1), int(match.group(3)), int(match.group(4))
    if not 1 <= day <= 31:
        return match.group(0)
    return padded(match, (_dmy if day_first else _mdy)(month - 1, day, year))


def _era(match: re.Match[str]) -> str:
    value = int(match.group(1))
    # Dotted, because espeak-ng reads a bare "AD" as the word "ad".
    era = ".".join(ch for ch in match.group(2).upper() if ch.isalpha())
    if match.group(2).endswith(".") and match.end() == len(match.string):
        era += "."  # the abbreviation's stop also ended the sentence
    spoken = numbers.year(value) if value >= 1000 else numbers.short_year(value)
    return padded(match, f"{spoken} {era}")


def _clock(match: re.Match[str]) -> str:
    hours, minutes, seconds = int(match.group(1)), int(match.group(2)), match.group(3)
    half, zone = match.group(4), match.group("zone")
    if seconds is not None and half is None:
        parts = [_unit(hours, "hour"), _unit(minutes, "minute")]
        spoken = " ".join(parts) + " and " + _unit(int(seconds), "second")
    elif half is None and minutes == 0:
        spoken = numbers.cardinal(hours) + " o'clock"
    else:
        if hours == 0 and half is None:
            hours, half = 12, "A"  # "00:30" is half past midnight: "twelve thirty AM"
        spoken = numbers.cardinal(hours)
        if minutes:
            spoken += (" o " if minutes < 10 else " ") + numbers.cardinal(minutes)
        if seconds is not None:
            spoken += " and " + _unit(int(seconds), "second")
    return padded(match, spoken + _half(half) + _zone(zone))


def _clock_words(match: re.Match[str], hours: int, minutes: int, half: str) -> str:
    spoken = numbers.cardinal(hours)
    if minutes:
        spoken += (" o " if minutes < 10 else " ") + numbers.cardinal(minutes)
    return padded(match, spoken + _half(half))


def _hour(match: re.Match[str]) -> str:
    return padded(match, numbers.cardinal(int(match.group(1))) + _half(match.group(2)) + _zone(match.group("zone")))


def _half(letter: str | None) -> str:
    # Joined capitals: espeak-ng (and so Piper) spells "AM", but reads a lone "A" as the article.
    return f" {letter.upper()}M" if letter else ""


def _zone(zone: str | None) -> str:
    return " " + "".join(ch for ch in zone.upper() if ch.isalpha()) if zone else ""


def _unit(value: int, name: str) -> str:
    return f"{numbers.cardinal(value)} {name}{'' if value == 1 else 's'}"


def dates(text: str, options: ReadingOptions) -> str:
    """Read dates in their common written forms (text must contain a digit)."""
    # Cheap searches first: most sentences hold no date, and each full rule is a scan of the text.
    if _MAY_BE_NUMERIC_DATE.search(text):
        day_first = options.date_order == "dmy"
        text = _ISO.sub(lambda m: _iso(day_first, m), text)
        text = _NUMERIC.sub(_numeric(day_first), text)
    lowered = text.lower()
    if any(stem in lowered for stem in _MONTH_STEMS):
        text = _MONTH_DASH.sub(lambda m: f"{m.group(1)} {m.group(2)} {m.group(3)}", text)
        text = _MONTH_DAY.sub(_month_day, text)
        text = _DAY_MONTH.sub(_day_month, text)
        text = _MONTH_YEAR.sub(lambda m: month_name(m.group(1)) + m.group(2), text)
    if _MAY_BE_ERA.search(text):
        text = _ERA.sub(_era, text)
    if "'" in text:
        text = _SHORT_YEAR.sub(lambda m: padded(m, numbers.two_digit_year(m.group(1))), text)
    if _MAY_BE_DECADE.search(text):
        if "-" in text:
            text = _DECADE_RANGE.sub(
                lambda m: padded(m, f"{numbers.decade(int(m.group(1)))} to {numbers.decade(int(m.group(2)))}"), text
            )
        text = _DECADE.sub(lambda m: padded(m, numbers.decade(int(m.group(1).strip(" '")))), text)
        text = _SHORT_DECADE.sub(lambda m: padded(m, numbers.decade(int(m.group(1)))), text)
    return text


def times(text: str) -> str:
    """Read clock times ("9:30 a.m.", "23:00", "5pm")."""
    half_day = _MAY_BE_HALF_DAY.search(text) is not None
    if ":" in text:
        text = _CLOCK.sub(_clock, text)
    if not half_day:
        return text
    text = _DOTTED_CLOCK.sub(lambda m: _clock_words(m, int(m.group(1)), int(m.group(2)), m.group(3)), text)
    text = _HOUR.sub(_hour, text)
    return _TIME_RANGE.sub(" to ", text)
