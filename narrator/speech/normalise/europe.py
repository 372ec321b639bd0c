"""Forms the German, French, Spanish, Italian and Portuguese rules share, each said in the language's own words: a
race's gap in primes ("1'23''"), hours of work past a day's twenty-four ("40 h semanales"), a mark out of its scale
("16/20"), a job's two genders in one word ("cameriere/a"), a span of thousands ("28.000-32.000 €") and per mille
("1,8 ‰"), a table's signed difference ("+12") and a clock written with its colon set apart ("um 14 : 30 Uhr"). Each
language module builds the rule from here with its words (shared_forms, spaced_clock): one call a sentence, each form
behind its own first look."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# "1'23''", "+1'05''", "2′30″" (tidy has made the primes apostrophes and quotes): a gap or a time taken in minutes
# and seconds, as cycling and motor racing write them (espeak-ng said "eins dreiundzwanzig" and dropped the marks).
# Both marks are wanted: "al 23'" alone is a football match's minute. Three digits glued after the seconds' mark
# ("1'29''708", a qualifying lap's thousandths) are thousandths, said after the seconds where a language has the word.
_GAP = re.compile(r"(?<![\w.,'])(\d{1,2})'\s?([0-5]\d)(?:''|\")(\d{3})?(?![\w'\"])")
# "Tordifferenz +12", "diferencia de goles de +9", "(+3)": a difference signed with a plus, said with the language's
# "plus" (espeak-ng said nothing, or switched to English). Not a telephone number's country code ("+49 30 1234567",
# "+4930...", "+33-1"), which goes on with more digits; not a gap in primes ("+1'05''") nor a stoppage time ("90+3",
# "45.+1").
_SIGNED = re.compile(r"(?<![\w+'’.])\+(?=\d{1,3}(?:,\d{1,2})?(?![\d'’\"″:/]|[.,]\d|\s?[-–(]|\s\d))")
# "um 14 : 30 Uhr", "à 18 : 30", "a las 10 : 15": a clock time whose colon is set apart (a form typed on phones), closed
# up for the language's clock rules where a word before it asks for a time or its hour's word follows. Elsewhere
# "1 : 14" may be odds or a scale, and is left to the ratio rules.
_SPACED_CLOCK = r"\b((?:{at}) )?(?<![\d.,:])([01]?\d|2[0-3]) : ([0-5]\d)(?![\d:]|[.,]\d)( ?(?:{after})\b)?"
# "40 h", "35 h par semaine", "40h semanais": hours past a day's twenty-four are a length (a week's work, a course's),
# never a clock's (espeak-ng said the letter); hours up to twenty-four are each language's clock rules'.
_LONG_HOURS = re.compile(r"(?<![\w.,:])(2[5-9]|[3-9]\d|[1-9]\d\d)\s?h\b(?![/.'’]\w)")
# "28.000-32.000 €", "45.000–55.000": a span of amounts in thousands (a salary's, a price's), said with the
# language's "to" (espeak-ng said "minus"); the spans rules of each language take numbers of four digits at most.
_THOUSANDS_SPAN = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+)\s?[–-]\s?(\d{1,3}(?:\.\d{3})+)(?![\d,.]\d|[\w-])")
# "16/20", "28/30", "110/110": a mark over the scale a country marks on (French twenty, Italian thirty and a degree's
# hundred and ten), never above it; "3/20" of a budget and "12/30" are shares and dates only where the scale is none.
_MARK = r"(?<![\w.,/])(\d{1,3}(?:,\d{1,2})?)/({scales})(?![\w/]|[.,]\d)"
# "cameriere/a", "camarero/a", "interesados/as": a word and its feminine ending after a slash, as job adverts write
# both genders in one (espeak-ng said "barra a"). A word in -o or -e gives way to -a; a word in a consonant takes it
# ("profesor/a"); the plural likewise ("-os/as").
_BOTH_GENDERS = re.compile(r"(?<![./])\b([^\W\d_]{3,}?)([oe]?)(s?)/(a)(s?)\b(?!/)")  # not a link's "ejemplo.com/a"
# "1,8 ‰", "0,5‰": per mille after a number (espeak-ng said nothing for the sign).
_PER_MILLE = re.compile(r"(?<=\d)\s?‰")


@dataclass(frozen=True)
class Words:
    """A language's words for the shared forms; a form whose words are empty is not read in that language."""

    minute: tuple[str, str]
    """Minute, singular and plural ("1'23''")."""
    second: tuple[str, str]
    """Second, singular and plural."""
    hours: str
    """Hours, plural ("40 h")."""
    per_mille: str
    """Per mille ("‰")."""
    joint: str = " "
    """What joins the minutes to the seconds (" y ", " e ", or a space)."""
    to: str = ""
    """The word of a span ("a", "bis"), for spans of thousands written with a stop ("28.000-32.000")."""
    either: str = ""
    """The word for "or", for a word and its feminine after a slash ("camarero/a")."""
    scales: str = ""
    """The scales marks are out of ("20", "30|110"), for a mark over its scale ("16/20")."""
    over: str = ""
    """The word between a mark and its scale ("sur", "su")."""
    plus: str = ""
    """The word for a plus before a signed difference ("+12")."""
    thousandths: str = ""
    """Thousandths of a second after a gap's seconds ("1'29''708"), {} for their number (" y {} milésimas")."""


def shared_forms(words: Words) -> Callable[[str], str]:
    """The rule that reads the shared forms in a language's words, each behind its own first look."""
    marks = re.compile(_MARK.replace("{scales}", words.scales)) if words.scales else None
    needles = tuple(f"/{scale}" for scale in words.scales.split("|")) if words.scales else ()

    def gap(match: re.Match[str]) -> str:
        minutes, seconds, thousandths = int(match.group(1)), int(match.group(2)), match.group(3)
        spoken = f"{minutes} {words.minute[minutes != 1]}"
        if thousandths:  # "1 minuto, 29 segundos y 708 milésimas": the last part takes the "and"
            if not words.thousandths:
                return match.group(0)
            return (f"{spoken}, {seconds} {words.second[seconds != 1]}"
                    + words.thousandths.replace("{}", str(int(thousandths))))
        return spoken + (f"{words.joint}{seconds} {words.second[seconds != 1]}" if seconds else "")

    def mark(match: re.Match[str]) -> str:
        said, scale = match.groups()
        return match.group(0) if float(said.replace(",", ".")) > int(scale) else f"{said} {words.over} {scale}"

    def both(match: re.Match[str]) -> str:
        stem, vowel, plural, feminine, feminine_plural = match.groups()
        if plural != feminine_plural or (not vowel and stem[-1] in "aeiouáéíóúàèìòù"):
            return match.group(0)  # "niños/a", "casa/a": no word and its ending
        return f"{stem}{vowel}{plural} {words.either} {stem}{feminine}{feminine_plural}"

    def rule(text: str) -> str:
        if "''" in text or '"' in text:
            text = _GAP.sub(gap, text)
        # (an "or" of plain looks: a loop over the ten digits' looks cost as much again)
        if " h" in text or "0h" in text or "5h" in text or "2h" in text or "3h" in text or "4h" in text \
                or "6h" in text or "8h" in text or "1h" in text or "7h" in text or "9h" in text:
            text = _LONG_HOURS.sub(rf"\1 {words.hours}", text)
        if words.plus and "+" in text:
            text = _SIGNED.sub(f"{words.plus} ", text)
        if "‰" in text:
            text = _PER_MILLE.sub(f" {words.per_mille}", text)
        if words.to and "." in text and ("-" in text or "–" in text):
            text = _THOUSANDS_SPAN.sub(rf"\1 {words.to} \2", text)
        if "/" in text:
            if words.either and "/a" in text:
                text = _BOTH_GENDERS.sub(both, text)
            if marks is not None and any(map(text.__contains__, needles)):
                text = marks.sub(mark, text)
        return text

    return rule


def spaced_clock(at: str, after: str) -> Callable[[str], str]:
    """The rule that closes up a clock's colon set apart ("14 : 30" -> "14:30") after one of the words in at (an
    alternation: "um|ab|bis") or before one in after ("Uhr"), for the language's clock rules to read."""
    pattern = re.compile(_SPACED_CLOCK.replace("{at}", at).replace("{after}", after))

    def closed(match: re.Match[str]) -> str:
        before, hours, minutes, hour_word = match.groups()
        if not (before or hour_word):
            return match.group(0)
        return f"{before or ''}{hours}:{minutes}{hour_word or ''}"

    return lambda text: pattern.sub(closed, text) if " : " in text else text
