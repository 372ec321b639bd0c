"""English as a region writes it: the order of its numeric dates.

The region is the second part of the article's language tag ("en-ZA"); a bare "en" names none, and its text is read
as the English rules read it everywhere (month first, as before), unless the article's own dates write the day first.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import lru_cache

from narrator.speech.normalise.facts import MONTH_FIRST_REGIONS
from narrator.speech.normalise.options import ReadingOptions

_MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December"
                "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
# Evidence of an article's own order: a numeric date with its year whose first or second number is over twelve,
# and a day before or after a month's name ("5 December", "December 5").
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/-]|\.\d)")
_DAY_THEN_MONTH = re.compile(rf"(?<![\d/.,-])\d{{1,2}}(?:st|nd|rd|th)?(?: of)? (?:{_MONTH_NAMES})\b")
_MONTH_THEN_DAY = re.compile(rf"\b(?:{_MONTH_NAMES})\.? \d{{1,2}}(?:st|nd|rd|th)?(?![\d:.]\d|\d|%)")


@lru_cache(maxsize=64)
def region_of(language: str) -> str:
    """The region of a BCP 47 tag in small letters ("en-GB" -> "gb", "zh-Hant-TW" -> "tw", "en" -> "")."""
    for part in language.replace("_", "-").split("-")[1:]:
        if (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            return part.lower()
    return ""


def date_order(language: str) -> str:
    """"dmy" or "mdy": how the region of the tag writes numeric dates; a bare "en" keeps the month first."""
    primary = language.replace("_", "-").split("-")[0].lower()
    if primary != "en":
        return "dmy"  # every other language the normaliser reads writes the day first
    region = region_of(language)
    return "mdy" if not region or region in MONTH_FIRST_REGIONS else "dmy"


def article_date_order(language: str, texts: Iterable[str]) -> str:
    """The order for a whole article: its region's, or for an English article that names none, day first when its
    own dates plainly write the day first (a numeric date whose first number is over twelve, and none whose second
    is; failing those, more days before a month's name than after one), else month first."""
    order = date_order(language)
    if order == "dmy" or region_of(language):
        return order
    day_first = month_first = named_day_first = named_month_first = 0
    for text in texts:
        if not any(character.isdigit() for character in text):
            continue
        for match in _NUMERIC_DATE.finditer(text):
            first, second = int(match.group(1)), int(match.group(3))
            day_first += first > 12 >= second >= 1
            month_first += second > 12 >= first >= 1
        named_day_first += len(_DAY_THEN_MONTH.findall(text))
        named_month_first += len(_MONTH_THEN_DAY.findall(text))
    if day_first or month_first:
        return "dmy" if day_first > month_first else "mdy"
    return "dmy" if named_day_first > named_month_first else "mdy"


@lru_cache(maxsize=64)
def resolved(options: ReadingOptions, language: str) -> ReadingOptions:
    """The options with an "auto" date order settled by the language's region."""
    if options.date_order != "auto":
        return options
    return dataclasses.replace(options, date_order=date_order(language))

