"""A shared work's header on a media site: its name and its maker's, a pair of lines over how long ago it went up;
or a post's, its writer's handle over its day."""

from __future__ import annotations

import re
from dataclasses import dataclass

from narrator.clean.bylines import name_alone
from narrator.clean.common import parse_date
from narrator.clean.givennames import GIVEN_NAMES
from narrator.clean.headlineshape import headline_like
from narrator.clean.lines import Line, words_of

# How long ago a track, a photo or a video went up, in words, alone on its line ("5 days ago", "an hour ago").
_AGE_IN_WORDS = re.compile(r"(?i)^\s*(?:an?|\d{1,2})\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\s*$")


# An activity's or a work's kind between its name and its day ("Running", "Solo Piano"): a word or two.
KIND_WORDS = 2
# A day the pair stands over is this many words at most ("Dec 6, 2026 @ 8:02 AM").
DAY_WORDS = 8


def _kind(line: Line) -> bool:
    """A kind's line: a word or two, no figures, no stop, no name ("Running", "Solo Piano")."""
    return (0 < line.words <= KIND_WORDS and not line.terminal and not any(char.isdigit() for char in line.text)
            and not name_alone(line))


def _tie(lines: list[Line], k: int) -> str:
    """What ties a maker and a work over lines[k]: "age" for an age in words, "day" for a day alone, else ""."""
    text = lines[k].text
    if "ago" in text and _AGE_IN_WORDS.match(text):
        return "age"
    return "day" if lines[k].words <= DAY_WORDS and not lines[k].terminal and parse_date(text) else ""


def maker_and_work(lines: list[Line], top: int, start: int) -> tuple[int, int] | None:
    """The lines of a maker's name alone and the work's name, the two together right over its age in words ("Gwenno
    Rhys" / "Night tide (demo)" / "2 weeks ago", or the work's name first): (the name's, the work's); else None. The
    age ties them: a site's or a channel's name over a headline stands over a day or nothing. Over a day, the name
    opens on a given name, and the work's kind may stand between ("Aled Morgan" / "Sunday Long Run" / "Running" / "Dec
    6, 2026 @ 8:02 AM": an activity's page)."""
    for k in range(max(top, 2), start):
        tie = _tie(lines, k)
        if not tie:
            continue
        for gap in (0, 1) if tie == "day" else (0,):
            upper, lower = k - 2 - gap, k - 1 - gap
            if upper < top or (gap and not _kind(lines[k - 1])):
                continue
            for name, work in ((upper, lower), (lower, upper)):
                # over a day, a person's: a given name first, and the work's line a title, no label of theirs
                # ("Lowri P.'s review" under "Lowri P.": a review site's) nor where they write from ("from University
                # of Michigan" under "James Lynch": a byline's)
                if (name_alone(lines[name]) and headline_like(lines[work]) and not name_alone(lines[work])
                        and (tie == "age" or (words_of(lines[name].text)[0].lower() in GIVEN_NAMES
                                              and lines[work].text.lstrip()[:1].isupper()
                                              and lines[name].text.strip() not in lines[work].text))):
                    return name, work
        if tie == "age":
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
