"""A shared work's header on a media site: its name and its maker's, a pair of lines over how long ago it went up;
or a post's, its writer's handle over its day."""

from __future__ import annotations

import re
from dataclasses import dataclass

from narrator.clean.bylines import name_alone
from narrator.clean.headlineshape import headline_like
from narrator.clean.lines import Line

# How long ago a track, a photo or a video went up, in words, alone on its line ("5 days ago", "an hour ago").
_AGE_IN_WORDS = re.compile(r"(?i)^\s*(?:an?|\d{1,2})\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\s*$")


def maker_and_work(lines: list[Line], top: int, start: int) -> tuple[int, int] | None:
    """The lines of a maker's name alone and the work's name, the two together right over its age in words ("Gwenno
    Rhys" / "Night tide (demo)" / "2 weeks ago", or the work's name first): (the name's, the work's); else None. The
    age ties them: a site's or a channel's name over a headline stands over a day or nothing."""
    for k in range(max(top, 2), start):
        if "ago" not in lines[k].text or not _AGE_IN_WORDS.match(lines[k].text):
            continue
        upper, lower = k - 2, k - 1
        for name, work in ((upper, lower), (lower, upper)):
            if name_alone(lines[name]) and headline_like(lines[work]) and not name_alone(lines[work]):
                return name, work
        return None
    return None


# A social site's handle alone, lower case with a dot or an underscore in it ("bethan.ellis", "morlo_bach"), no
# site's address ("example.co.uk").
_HANDLE = re.compile(r"^\s*@?(?=[a-z0-9._]*[._])(?=[a-z0-9._]*[a-z])[a-z0-9][a-z0-9._]{1,28}[a-z0-9]\s*$")
_ADDRESS_END = re.compile(r"\.(?:com|org|net|uk|io|co|de|fr|es|eu|info|gov|edu|app|dev|me|tv|fm|ie|us|au|nz|ca)$")
# The post's day under it as the site prints it, month first and the year in two figures ("11/28/26"), or its age
# ("11h", "3d").
_SHORT_DAY = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d\d)\s*$")
_SHORT_AGE = re.compile(r"^\s*\d{1,2}\s?[smhdw]\s*$")
DAYS_IN_A_MONTH, MONTHS = 31, 12


@dataclass(frozen=True)
class Poster:
    """A post's writer by their handle, the line it stands on, and the post's day when its stamp gives one."""

    at: int
    handle: str
    day: str | None


def _short_day(text: str) -> str | None:
    """The day of a stamp in figures, month first ("11/28/26"), or its day first when the first figure is no month;
    else None."""
    found = _SHORT_DAY.match(text)
    if found is None:
        return None
    first, second, year = (int(part) for part in found.groups())
    month, day = (first, second) if first <= MONTHS else (second, first)
    return f"20{year:02d}-{month:02d}-{day:02d}" if 1 <= month <= MONTHS and 1 <= day <= DAYS_IN_A_MONTH else None


def handle_over_day(lines: list[Line], top: int, start: int) -> Poster | None:
    """A post's writer's handle alone right over its day or its age, right over the post ("bethan.ellis" /
    "11/28/26"): the writer, and the day; else None."""
    for i in range(max(top, 0), start - 1):
        text = lines[i].text
        if ("." in text or "_" in text) and _HANDLE.match(text) and not _ADDRESS_END.search(text.strip()):
            under = lines[i + 1].text
            day = _short_day(under)
            if i + 2 == start and (day or _SHORT_AGE.match(under)):
                return Poster(i, text.strip().lstrip("@"), day)
    return None
