"""A shared work's header on a media site: its name and its maker's, a pair of lines over how long ago it went up."""

from __future__ import annotations

import re

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
