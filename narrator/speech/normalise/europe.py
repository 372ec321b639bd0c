"""Forms the German, French, Spanish, Italian and Portuguese rules share, each said in the language's own words: a
race's gap in primes ("1'23''"), hours of work past a day's twenty-four ("40 h semanales"), a mark out of its scale
("16/20"), a job's two genders in one word ("cameriere/a") and per mille ("1,8 ‰"). Each language module builds the
rules it needs from here with its words, and calls them behind its own first look."""

from __future__ import annotations

import re
from collections.abc import Callable

# "1'23''", "+1'05''", "2′30″" (tidy has made the primes apostrophes and quotes): a gap or a time taken in minutes
# and seconds, as cycling and motor racing write them (espeak-ng said "eins dreiundzwanzig" and dropped the marks).
# Both marks are wanted: "al 23'" alone is a football match's minute. Digits glued after the seconds' mark
# ("1'29''708", thousandths) are left: how they are said varies.
_GAP = re.compile(r"(?<![\w.,'])(\d{1,2})'\s?([0-5]\d)(?:''|\")(?![\w'\"])")
# "40 h", "35 h par semaine", "40h semanais": hours past a day's twenty-four are a length (a week's work, a course's),
# never a clock's (espeak-ng said the letter); hours up to twenty-four are each language's clock rules'.
_GLUED_HOURS = tuple(f"{digit}h" for digit in "0123456789")
_LONG_HOURS = re.compile(r"(?<![\w.,:])(2[5-9]|[3-9]\d|[1-9]\d\d)\s?h\b(?![/.'’]\w)")
# "16/20", "28/30", "110/110": a mark over the scale a country marks on (French twenty, Italian thirty and a degree's
# hundred and ten), never above it; "3/20" of a budget and "12/30" are shares and dates only where the scale is none.
_MARK = r"(?<![\w.,/])(\d{1,3}(?:,\d{1,2})?)/({scales})(?![\w/]|[.,]\d)"
# "cameriere/a", "camarero/a", "interesados/as": a word and its feminine ending after a slash, as job adverts write
# both genders in one (espeak-ng said "barra a"). A word in -o or -e gives way to -a; a word in a consonant takes it
# ("profesor/a"); the plural likewise ("-os/as").
_BOTH_GENDERS = re.compile(r"\b([^\W\d_]{3,}?)([oe]?)(s?)/(a)(s?)\b(?!/)")
# "1,8 ‰", "0,5‰": per mille after a number (espeak-ng said nothing for the sign).
_PER_MILLE = re.compile(r"(?<=\d)\s?‰")


def gaps(minute: tuple[str, str], second: tuple[str, str], joint: str = " ") -> Callable[[str], str]:
    """A rule that says "1'23''" as "1 minute 23 seconds" in the language's (singular, plural) words, joined by joint
    (" y ", " e ", or a space)."""
    def said(match: re.Match[str]) -> str:
        minutes, seconds = int(match.group(1)), int(match.group(2))
        spoken = f"{minutes} {minute[minutes != 1]}"
        return spoken + (f"{joint}{seconds} {second[seconds != 1]}" if seconds else "")

    return lambda text: _GAP.sub(said, text) if "''" in text or '"' in text else text


def long_hours(hours: str) -> Callable[[str], str]:
    """A rule that says "40 h" as "40" and the language's word for hours, where the hours are more than a day's."""
    def rule(text: str) -> str:
        if " h" not in text and not any(glued in text for glued in _GLUED_HOURS):
            return text
        return _LONG_HOURS.sub(rf"\1 {hours}", text)

    return rule


def marks(scales: str, over: str) -> Callable[[str], str]:
    """A rule that says a mark over one of scales ("20", "30|110") as "16 over 20" with the language's word for over,
    where the mark is no more than its scale."""
    pattern = re.compile(_MARK.replace("{scales}", scales))
    needles = tuple(f"/{scale}" for scale in scales.split("|"))

    def said(match: re.Match[str]) -> str:
        mark, scale = match.groups()
        if float(mark.replace(",", ".")) > int(scale):
            return match.group(0)
        return f"{mark} {over} {scale}"

    return lambda text: pattern.sub(said, text) if any(needle in text for needle in needles) else text


def both_genders(either: str) -> Callable[[str], str]:
    """A rule that says "cameriere/a" as "cameriere" either "cameriera", either being the language's "or"."""
    def said(match: re.Match[str]) -> str:
        stem, vowel, plural, feminine, feminine_plural = match.groups()
        if plural != feminine_plural or (not vowel and stem[-1] in "aeiouáéíóúàèìòù"):
            return match.group(0)  # "km/as", "casa/a": no word and its ending
        return f"{stem}{vowel}{plural} {either} {stem}{feminine}{feminine_plural}"

    return lambda text: _BOTH_GENDERS.sub(said, text) if "/a" in text else text


def per_mille(words: str) -> Callable[[str], str]:
    """A rule that says "‰" after a number as words ("Promille", "pour mille")."""
    return lambda text: _PER_MILLE.sub(f" {words}", text) if "‰" in text else text


# "28.000-32.000 €", "45.000–55.000": a span of amounts in thousands (a salary's, a price's), said with the
# language's "to" (espeak-ng said "minus"); the spans rules of each language take numbers of four digits at most.
_THOUSANDS_SPAN = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+)\s?[–-]\s?(\d{1,3}(?:\.\d{3})+)(?![\d,.]\d|[\w-])")


def thousands_spans(to: str) -> Callable[[str], str]:
    """A rule that says "28.000-32.000" as "28.000" to "32.000", to being the language's word."""
    def rule(text: str) -> str:
        if ("-" not in text and "–" not in text) or "." not in text:
            return text
        return _THOUSANDS_SPAN.sub(rf"\1 {to} \2", text)

    return rule
