"""Reporting periods and tenors: quarters and halves ("2Q22", "1H25", "Q2'23"), a bond's tenor ("the 10Y yield"),
a yield curve ("2s10s"), ISO weeks ("2024-W12"), a year's kind glued to it ("FY24") and a car's model year
("MY24")."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import MONEY_SIGNS, YEAR_KINDS
from narrator.speech.normalise.util import char_classes, padded

# Reporting periods, as filings and analysts write them: "2Q22", "3Q 2023", "4Q'23", "the 3Q results" (a quarter),
# "1H25", "2H 2024" (a half: only with its year, since "1H NMR" is a proton spectrum); "Q2'23" and "Q2 '23"; a
# bond's tenor before what it names ("the 10Y yield"); a yield curve's two tenors ("2s10s").
_YEAR_AFTER = r"(?:\s?'?((?:19|20)\d{2}|\d{2}))"
_QUARTER_OR_HALF = compiled(rf"(?<![\w.,'{MONEY_SIGNS}])(?:([1-4])Q{_YEAR_AFTER}?|([12])H{_YEAR_AFTER})(?![\w'%-])")
_QUARTER_APOSTROPHE = compiled(r"\bQ([1-4])\s?'(\d{2})(?![\w'])")
_PERIOD_PREPOSITION = compiled(r"(?i:\b(?:in|for|during|since|from|through|until|by|over|of|to|on))\s+$")
_TENOR = compiled(
    rf"(?<![\w.,'{MONEY_SIGNS}])(\d{{1,2}})[Yy](?=\s+(?:yields?|notes?|bonds?|Treasur(?:y|ies)|gilts?|Bunds?|JGBs?|swaps?"
    r"|rates?|breakevens?|TIPS|CDS|auctions?|paper|tenors?|maturit(?:y|ies)|futures?)\b)")
_CURVE = compiled(r"(?<![\w.,'])(\d{1,2})s(\d{1,2})s\b")
_PERIOD_ORDINALS = ("first", "second", "third", "fourth")
_MAY_BE_PERIOD = compiled(r"\d(?:[QHYyM]|s\d)")
# a filing's months to date ("9M 2026", "6M to 30/6/26", "9M ended 30 Sept": "nine M" it was): six, nine or
# twelve months (never three: "3M" is the company), before the words that end a period and a date, or before a year
# that ends the clause or names the period's figures ("12M to Dec" only so: "12M" alone is a million).
_MONTHS_PERIOD = compiled(rf"(?<![\w.,'{MONEY_SIGNS}])(6|9|12)M(?=\s+(?:to|ended|ending)\s+[\dA-Z]"
                          r"|\s'?(?:19|20)\d\d(?:$|[,;:)]|\.(?!\d)|\s(?:results|revenue|sales|figures|earnings)\b))")
# "2024-W12": an ISO week, as planners and release notes date things ("twenty twenty four-W twelve" before).
_ISO_WEEK = compiled(r"(?<![\w.-])((?:19|20)\d\d)-W(0[1-9]|[1-4]\d|5[0-3])(?![\w-])")
# "FY2024/25", "FY24", "AY2023-24": a fiscal, calendar or academic year glued to its number, parted so that the year
# and span rules read the number ("F.Y twenty twenty four slash twenty five" before).
_GLUED_YEAR_KIND = compiled(rf"\b({'|'.join(YEAR_KINDS)})(?=\d{{2}}(?:\d{{2}})?(?:[/-]\d{{2}}(?:\d{{2}})?)?\b)")
# "MY2027", "the MY24 Camry": a car's model year glued to its number, spelled ("my twenty twenty seven" the voice
# said); spaced, "MY 2027" may be a headline's word and is left.
_MODEL_YEAR = compiled(r"\bMY(?=(?:19|20)?[1-9]\d\b)")


def _quarter_or_half(match: re.Match[str]) -> str:
    """"2Q22" -> "second quarter of twenty two", after "in" etc. "the second ..."; "1H25" -> "first half of ..."."""
    number, year = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    spoken = f"{_PERIOD_ORDINALS[int(number) - 1]} {'quarter' if match.group(1) else 'half'}"
    if year:
        spoken += " of " + (numbers.year(int(year)) if len(year) == 4 else numbers.two_digit_year(year))
    if _PERIOD_PREPOSITION.search(match.string, max(0, match.start() - 10), match.start()):
        spoken = "the " + spoken
    return padded(match, spoken)


def periods(text: str) -> str:
    """Reporting periods and tenors: "2Q22", "1H25", "Q2'23", "the 10Y yield", "the 2s10s curve" (text has a digit)."""
    if "Y" in text and ("Y2" in text or "Y1" in text):
        text = _GLUED_YEAR_KIND.sub(r"\1 ", text)
        if "MY" in text:
            text = _MODEL_YEAR.sub("M.Y ", text)
    if "-" in text and "-W" in text:
        text = _ISO_WEEK.sub(lambda m: f"week {numbers.cardinal(int(m.group(2)))} of {numbers.year(int(m.group(1)))}",
                             text)
    classes = char_classes(text)  # a digit before a letter, first: most sentences with a digit have no period
    found = ({m.group(0)[1] for m in _MAY_BE_PERIOD.finditer(text)} if "0A" in classes or "0a" in classes
             else set())  # one cheap scan: which rules may apply
    if "Q" in found or "H" in found:
        text = _QUARTER_OR_HALF.sub(_quarter_or_half, text)
    if "M" in found and ("6M" in text or "9M" in text or "12M" in text):  # the literals first: "10MB", "5MW" are many
        text = _MONTHS_PERIOD.sub(lambda m: f"{numbers.cardinal(int(m.group(1)))} months", text)
    if "Q" in text and "'" in text:
        text = _QUARTER_APOSTROPHE.sub(
            lambda m: f"Q {numbers.cardinal(int(m.group(1)))} {numbers.two_digit_year(m.group(2))}", text)
    if "Y" in found or "y" in found:
        text = _TENOR.sub(lambda m: f"{numbers.cardinal(int(m.group(1)))} year", text)
    if "s" in found:
        text = _CURVE.sub(lambda m: padded(m, f"{numbers.plural(numbers.cardinal(int(m.group(1))))} "
                                             f"{numbers.plural(numbers.cardinal(int(m.group(2))))}"), text)
    return text
