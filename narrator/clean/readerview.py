"""A page copied from a browser's reader view (Firefox's): the site's address, the headline, the credits, the reading
time, then the article."""

from __future__ import annotations

import re

from narrator.clean.bylines import authors_from, name_alone
from narrator.clean.lines import Line

# The site's address alone, as the view prints it over the headline ("bbc.co.uk", "www.theguardian.com").
_SITE = re.compile(r"^\s*(?:[\w-]+\.)+[a-z]{2,}\s*$")
# The view's estimate of the reading time, alone on its line ("4–5 minutes", "12 minutes").
_READING_TIME = re.compile(r"^\s*\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s+minutes?\s*$")
# The reading time comes under the headline and at most two lines of credits (the writer, the desk).
READING_TIME_AT = (2, 4)


def reader_view(lines: list[Line]) -> int | None:
    """Where the reading time stands when the text opens as a reader view does: the site's address, the headline, the
    credits, the time; None for any other text (an address alone over a post has no reading time under it)."""
    if len(lines) < READING_TIME_AT[0] + 2 or not _SITE.match(lines[0].text):
        return None
    low, high = READING_TIME_AT
    return next((i for i in range(low, min(high, len(lines) - 2) + 1) if _READING_TIME.match(lines[i].text)), None)


def credited(credits: list[Line]) -> tuple[str, ...]:
    """The writer the view credits: a byline, or a name alone ("Sarah Quinn" over "BBC News NI")."""
    for line in credits:
        if found := authors_from(line):
            return found
        if name_alone(line):
            return (line.text.strip(),)
    return ()
