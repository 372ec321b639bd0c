"""A death notice in a paper's family announcements: its name in the notices' style, the surname in capitals before
the given names ("ELLIOT Robert James"), over the notice's text ("Peacefully at ... aged 91, of Kelso.")."""

from __future__ import annotations

import re

from narrator.clean.bylines import NAME_LINE
from narrator.clean.lines import Line

# The surname in capitals, then the given names (a maiden name in brackets may follow): "ELLIOT Robert James",
# "O'NEILL Mary (née Burke)".
_NOTICE_NAME = re.compile(r"^\s*[A-Z][A-Z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}(?:\s+\((?:née|nee)\s+[A-Z][\w'’-]+\))?\s*$")
# What a notice's first sentence says: how and when the person died, and their age.
_DIED = re.compile(r"(?i)\b(?:peacefully|suddenly|passed\s+away|died|aged\s+\d{1,3}|in\s+(?:his|her)\s+\d{1,3}"
                   r"(?:st|nd|rd|th)\s+year)\b")
# The notice's text starts within this many lines under the name.
NOTICE_TEXT_LINES = 2


def notice_name(lines: list[Line], top: int, start: int) -> int | None:
    """The line of a notice's name in the notices' style right over its text (a sentence telling of a death), in the
    header above start; else None. Capitals and names alone are no notice ("BBC News Online")."""
    for i in range(max(top, 0), min(start + 1, len(lines) - 1)):
        if lines[i].text[:2].isupper() and _NOTICE_NAME.match(lines[i].text) and any(
                lines[j].terminal and _DIED.search(lines[j].text)
                for j in range(i + 1, min(len(lines), i + 1 + NOTICE_TEXT_LINES))):
            return i
    return None


# The years of a life under a name alone ("1941 – 2026", "1938-2026"): a death notice's heading, whose name is its
# title.
_LIFE_SPAN = re.compile(r"^\s*(?:1[89]|20)\d\d\s*[–—-]\s*(?:1[89]|20)\d\d\s*$")


def name_over_life_span(lines: list[Line], top: int, anchor: int) -> int | None:
    """The line of a name alone right over the years of a life, just above the body, else None."""
    for i in range(max(top, 0), min(anchor, len(lines) - 1)):
        if _LIFE_SPAN.match(lines[i + 1].text) and NAME_LINE.match(lines[i].text):
            return i
    return None
