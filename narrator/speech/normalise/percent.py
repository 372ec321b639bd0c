"""English percentages: "12.5%", "10-15 per cent", "1.2pc", "5%-6%"."""

from __future__ import annotations

import re

from narrator.speech.normalise.amounts import NUM, amount, descending, from_last
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import near, padded

# "1.2pc" is the British press's percent, written against the number ("10 pc" may be computers); parted from a
# decimal too ("2.5 pc": no count of computers or pieces has a fraction).
# "0.5% pa": a rate a year, as British fees and savings give it (with the stops, "p.a." is read as an abbreviation).
_PERCENT = compiled(rf"(?<![\w.,])(-?{NUM})(?:\s?(?:-|to)\s?({NUM}))?(\s?%|\s?per ?cent\b|\s?pct\b|pc\b"
                    r"|(?:(?<=\.\d)|(?<=\.\d\d)|(?<=\.\d\d\d))\spc\b)(\spa\b(?![\w'’/-]|\.\w))?")
# A first look, led by the digit and scanned in C: "per" alone is in "paper", "super" and "operation".
_MAY_BE_PERCENT = compiled(r"\d\s?(?:%|per ?cent|pct|pc)")


# "5%-6%", "20°C–30°C": a range whose unit is written on both ends, said once ("five to six percent"); the dash after
# the first sign is no minus.
_SYMBOL_RANGE = compiled(rf"(?<![\w.,])({NUM})\s?(%|°[CF]?)(?:[-–]|\s[-–]\s)(?={NUM}\s?\2(?![\w°]))")


# "pc" is an astronomer's parsec where the sentence speaks of the stars ("The star lies 1.3 pc from the Sun");
# elsewhere it is the British press's percent ("1.3 pc" alone; "one point three percent from the Sun" it was).
# Spaced from its number, as astronomers write it; the words in small letters ("Star Energy rose 5 pc" is a company).
_STAR_TALK = compiled(r"\b(?:stars?|stellar|galax(?:y|ies)|galactic|nebula[es]?|clusters?|parallax|light[- ]years?"
                      r"|pulsars?|quasars?|exoplanets?|supernova[es]?|astronom\w*|Milky Way)\b")


def _percent(match: re.Match[str]) -> str:
    if descending(match):
        return from_last(match, _PERCENT, _percent)
    spoken = amount(match.group(1))
    if match.group(2):
        spoken += " to " + amount(match.group(2))
    if match.group(3) == " pc" and not match.group(4) and near(_STAR_TALK, match, 100):
        last = match.group(2) or match.group(1)
        return padded(match, spoken + (" parsec" if last == "1" else " parsecs"))
    # "per cent" stays as the writer put it: a voice says the same words either way
    spoken += " per cent" if match.group(3).lstrip().startswith("per ") else " percent"
    return padded(match, spoken + (" a year" if match.group(4) else ""))


# "2,5 %", "7,2%": a decimal comma before the percent sign, as much of Europe writes a rate (thousands take three
# digits after their comma).
_DECIMAL_COMMA_PERCENT = compiled(r"(?<![\w.,])(\d{1,3}),(\d{1,2})(?=\s?%)")


# "±3 pp", "+1.5 pp", "−2 pp": percentage points after a sign, as a poll's margin or a swing is given ("plus or
# minus three pages" it was: a book's pages are never signed; unsigned, words.py tells points from pages).
# A sign said already ("+2" is "plus 2" by now, arithmetic.positives) is a sign still.
_SIGNED_POINTS = compiled(r"(?<![\w.,-])(?<!\d\s)((?:[±+−-]\s?|\b(?:plus|minus) )(\d{1,2}(?:\.\d{1,2})?))\s?pp\b"
                          r"(?![\w'’-]|\.\w)")
# points before the change or the gap they size, signed or not ("a −2 pp swing", "a 3 pp lead"): one
# "percentage point swing" ("percentage points swing" and "three pages swing" they were; a book's pages size no swing).
CHANGE_WORDS = r"(?:swing|rise|fall|gap|lead|increase|decrease|drop|cut|hike|jump|gain|shift)"  # nouns, not verbs
_POINTS_BEFORE_CHANGE = compiled(  # led by a digit: scanned in C
    rf"(\d(?<![\w.,-]\d)\d?(?:\.\d{{1,2}})?)\s?pp(?=\s{CHANGE_WORDS}\b)")
_CHANGE_NEXT = compiled(rf"\s{CHANGE_WORDS}\b")
_MAY_BE_POINTS = compiled(r"\d\s?pp\b")  # a first look led by the digit, scanned in C (the rule's look behind is not)


# "12 wt. %", "5 wt.%": a mass fraction, "weight percent", whose abbreviation's stop ends no sentence
# ("twelve weight. percent" it was: the voice fell and paused between the two).
_WEIGHT_PERCENT_STOP = compiled(r"(?<=\d )wt\.\s?(?=%)|(?<=\d)wt\.\s?(?=%)")


def _signed_points(match: re.Match[str]) -> str:
    """"±3 pp" -> "±3 percentage points", "+1 pp" -> "+1 percentage point"."""
    one = match.group(2) == "1" or _CHANGE_NEXT.match(match.string, match.end()) is not None
    return f"{match.group(1)} percentage {'point' if one else 'points'}"


def percentages(text: str) -> str:
    """Read "12.5%", "10-15 %" and "5%-6%"; a signed "pp" as percentage points."""
    if "%" in text and "wt." in text:
        text = _WEIGHT_PERCENT_STOP.sub("wt ", text)
    if "pp" in text and _MAY_BE_POINTS.search(text):
        text = _SIGNED_POINTS.sub(_signed_points, text)
        text = _POINTS_BEFORE_CHANGE.sub(r"\1 percentage point", text)
    if "," in text and "%" in text:
        text = _DECIMAL_COMMA_PERCENT.sub(r"\1.\2", text)
    if "%" in text or "°" in text:
        text = _SYMBOL_RANGE.sub(r"\1-", text)
    if not ("%" in text or "pc" in text or "per" in text):  # in each of its forms ("pct", "per cent"): a first look
        return text
    return _PERCENT.sub(_percent, text) if _MAY_BE_PERCENT.search(text) else text
