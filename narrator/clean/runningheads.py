"""A printed document's running heads and page numbers, copied with its text from a PDF viewer.

Each page of a report prints the same head ("Ceredigion Rivers Trust Annual Report 2025-26") and its number ("3"),
and a copy of the text keeps them between the paragraphs: the printer's, on every page, not the document's. Read,
the head is taken for the title and heard again at every page, and the numbers are read out between sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

# A page's number alone on its line: "3", "Page 3", "Page 3 of 12", "- 3 -".
_PAGE_NUMBER = re.compile(r"(?i)^[-–—\s]*(?:page\s+)?(\d{1,4})(?:\s+of\s+\d{1,4})?[-–—\s]*$")
# A head repeats on this many pages at least, each time by the page's number: a line said twice elsewhere (a
# refrain, a heading named again) has no number beside it.
RUNNING_HEAD_PAGES = 2


def _page_numbers(lines: list[str]) -> dict[int, int]:
    """The lines that are a page's number alone, and the number, when they go up from page to page; else none."""
    found = {i: int(number.group(1)) for i, line in enumerate(lines)
             if line[:1].isdigit() or line[:1] in "Pp-–—" if (number := _PAGE_NUMBER.match(line))}
    numbers = list(found.values())
    if len(numbers) < RUNNING_HEAD_PAGES or any(b <= a for a, b in pairwise(numbers)):
        return {}
    return found


def without_running_heads(groups: list[list[str]]) -> list[list[str]]:
    """The text's lines without the pages' running heads and their numbers, when a line repeats by a page's number
    at every place it stands, on two pages or more; a text without them as it is."""
    lines = [line for group in groups for line in group]
    numbered = _page_numbers(lines)
    if not numbered:
        return groups
    counts = Counter(lines)
    by_number = {j for i in numbered for j in (i - 1, i + 1) if 0 <= j < len(lines) and j not in numbered}
    heads = {lines[j] for j in by_number if counts[lines[j]] >= RUNNING_HEAD_PAGES}
    heads = {head for head in heads if all(j in by_number for j, line in enumerate(lines) if line == head)}
    if not heads:
        return groups  # numbers alone may be a text's own (its parts "1", "2", "3"): no head, no pages
    kept: list[list[str]] = []
    index = 0
    for group in groups:
        kept.append([line for k, line in enumerate(group, index) if k not in numbered and line not in heads])
        index += len(group)
    return [group for group in kept if group]
