"""A wiki's talk page copied as text: the project's banners over the discussion ("This article is rated Start-class
...", "It is of interest to the following WikiProjects:", "WikiProject Wales"), then its topics, each under its
heading, each comment signed the wiki's way ("Bryn Eryr (talk) 14:02, 3 November 2026 (UTC)"). The discussion starts
at the heading over the first signed comment; the banners above it are the page's, not read."""

from __future__ import annotations

import re

from narrator.clean.lines import Line

# A comment's signature as a wiki stamps it at its end: a name, "(talk)", the time and day, "(UTC)".
_SIGNED = re.compile(r"\(talk\)\s*\d{1,2}:\d{2}, \d{1,2} [A-Z][a-z]+ \d{4} \(UTC\)\s*$")
# A topic's heading over its first comment: a few words without a stop.
TOPIC_HEADING_WORDS = 12


def past_talk_banners(lines: list[Line], start: int, end: int) -> tuple[int, str]:
    """The body's first line on a talk page, its first signed comment, and the heading of its topic over it ("" for
    none), when banners stand above them in the body; start and "" otherwise."""
    first = next((i for i in range(start, end + 1) if "(UTC)" in lines[i].text and _SIGNED.search(lines[i].text)),
                 None)  # the cheap first look: the wiki's "(UTC)"
    if first is None or first <= start:
        return start, ""
    heading = lines[first - 1]
    if 0 < heading.words <= TOPIC_HEADING_WORDS and not heading.terminal:
        return first, heading.text if first - 1 > start else ""
    return first, ""
