"""A post titled by its kind and its day, over its byline: "Newsletter – 4 December 2026" / "Posted on 4 December 2026
by Mrs Hughes" (a school's or a club's site, a blog's weekly notes). The line dates the page as its byline does, so the
header reader passed it over as one more day and took the site's name at the dump's top for the title."""

from __future__ import annotations

import re

from narrator.clean.bylines import authors_from
from narrator.clean.common import parse_date
from narrator.clean.lines import Line

# The post's kind, a dash, its day: "Newsletter – 4 December 2026", "Weekly notes - 12 March 2026".
_KIND_AND_DAY = re.compile(r"^([A-Z][^–—|:]{2,40}?)\s[–—-]\s(.{6,30})$")
# The title stands this near above the body's first line, its byline under it.
DATED_TITLE_REACH = 4


def dated_title_over_byline(lines: list[Line], body_start: int, title: str) -> str:
    """The line of a post's kind and day right over its byline, just above the body, when the title found is another
    line further up; "" otherwise."""
    for byline in range(body_start - 1, max(0, body_start - DATED_TITLE_REACH), -1):
        line = lines[byline - 1]
        if line.text == title or line.terminal or line.cta:
            return ""
        if (kind := _KIND_AND_DAY.match(line.text.strip())) and parse_date(kind.group(2)) and authors_from(
                lines[byline]):
            return line.text.strip()
    return ""
