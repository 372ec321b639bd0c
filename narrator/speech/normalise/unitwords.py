"""Units half written out or shortened where the unit table cannot take them: "sq" before a unit spelled in full
("per sq metre", "2 sq miles"), and a pint shortened "pt" where a cook means one ("1 pt. of stock", "½ pt milk"),
rewritten before the measures are read."""

from __future__ import annotations

import re

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import HORSEPOWER_THINGS, TYPE_WORDS
from narrator.speech.normalise.percent import CHANGE_WORDS

# "sq" before a unit written in full is "square" (the table holds "sq m" and "sq ft", not "sq metre"); small only:
# "Sq" is a square's name ("Trafalgar Sq").
_SPELLED_UNIT = (r"(?:met(?:re|er)s?|(?:kilo|centi|milli)met(?:re|er)s?|f(?:oo|ee)t|yards?|miles?|inch(?:es)?"
                 r"|hectares?|acres?)")
_SQUARE = compiled(rf"\bsq\.?\s(?={_SPELLED_UNIT}\b)")
# "pt" after an amount is a point ("3 pts", "12 pt type") or a part as often; a pint where a cook's liquid or "of"
# follows ("1 pt. of stock", "2 pt milk") or after a fraction ("1/2 pt", "½ pt", tidied to "1/2"): nobody sets type or
# scores points in halves. Glued to a fraction ("½pt milk", "one slash two pt" it was), before the liquid only:
# a market's "a 1/2pt rise" is half a point.
_POURED = (r"of|milk|stock|water|cream|beer|ale|lager|cider|stout|juice|wine|gravy|custard|broth|sauce|double"
           r"|single|whole|semi-skimmed|skimmed")
_PINT = compiled(
    r"(?<![\w.,/])(?:((?:\d{1,3} )?\d{1,2}/\d{1,2})\s|(\d{1,2}(?:\.\d)?)\s)(pts?)\b(?:\.(?=\s[a-z]))?"
    rf"(?(2)(?=\s(?:{_POURED})\b))")
_GLUED_PINT = compiled(rf"(?=\d)(?<![\w.,/])((?:\d{{1,3}} )?\d{{1,2}}/\d{{1,2}})()(pts?)\b(?=\s(?:{_POURED})\b)")


# "pt" after an amount, spaced or glued, is a point before what a point sizes: a type's word or a typeface's name
# ("10 pt Garamond", "a 12pt font") or the change a poll's points size ("a 2-3 pt swing", "a 3 pt lead"), one point
# each, as a size before a noun is said ("ten pt Garamond" and "two to three pt swing" they were).
_SIZED_BY_POINTS = "|".join(sorted(TYPE_WORDS)) + "|" + CHANGE_WORDS
# The singular only: "12 pts drop out" are a ward's patients, and their verb is no change's noun.
_POINT_BEFORE = compiled(rf"(\d) ?pt\b\.?(?=\s(?:{_SIZED_BY_POINTS})\b)")  # led by a digit: scanned in C
_MAY_BE_POINT = compiled(r"\d ?pt\b")
# "10/12 pt", "set in 9/11pt Garamond": a type's size over its leading (the line's height), as a printer says it, "ten
# on twelve point" ("December fourteenth pt" and "nine slash eleven pt" they were). The leading is never less than
# the size and seldom half as much again.
_SIZE_ON_LEADING = compiled(r"(?<![\w/.,])(\d{1,2}(?:\.\d)?)/(\d{1,2}(?:\.\d)?) ?(?:pt|point)\b")
# a capital "HP" after an amount before a machine it rates is horsepower ("a 5 HP motor", "1/2 HP pump"),
# written small for the units to read ("2 HP printers" are a maker's).
_HORSEPOWER = compiled(rf"(\d) ?HP(?=\s(?:{'|'.join(sorted(HORSEPOWER_THINGS))})\b)")  # led by a digit


def type_points(text: str) -> str:
    """"10 pt Garamond" -> "10 point Garamond", "a 2-3 pt swing" -> "a 2-3 point swing"."""
    if not _MAY_BE_POINT.search(text):
        return text
    return _POINT_BEFORE.sub(r"\1 point", text)


def leadings(text: str) -> str:
    """"10/12 pt" -> "10 on 12 point" (before a date's rule reads "12/14")."""
    return _SIZE_ON_LEADING.sub(_size_on_leading, text)


def _size_on_leading(match: re.Match[str]) -> str:
    """"10/12 pt" -> "10 on 12 point", where the second is a leading for the first."""
    size, leading = float(match.group(1)), float(match.group(2))
    # below six points a slash is a fraction of a point ("up 3/4 pt"), not a printed size
    if not 6 <= size <= leading <= size * 1.6:
        return match.group(0)
    return f"{match.group(1)} on {match.group(2)} point"


def horsepower(text: str) -> str:
    """"a 5 HP motor" -> "a 5 hp motor" (then read as horsepower)."""
    return _HORSEPOWER.sub(r"\1 hp", text)


def square_words(text: str) -> str:
    """"per sq metre" -> "per square metre"."""
    if "sq " not in text and "sq. " not in text:
        return text
    return _SQUARE.sub("square ", text)


def pints(text: str) -> str:
    """"1 pt. of stock" -> "1 pint of stock", "1/2 pt" -> "1/2 pint"."""
    if "/" in text:
        text = _GLUED_PINT.sub(_pint, text)
    if " pt" not in text:  # spaced: "except" and "September" hold "pt", and a glued "12pt" is type's
        return text
    return _PINT.sub(_pint, text)


def _pint(match: re.Match[str]) -> str:
    amount = match.group(1) or match.group(2)
    one = amount == "1" or (match.group(1) is not None and " " not in amount)
    return f"{amount} {'pint' if one else 'pints'}"
