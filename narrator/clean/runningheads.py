"""A printed document's running heads and page numbers, copied with its text from a PDF viewer.

Each page of a report prints the same head ("Ceredigion Rivers Trust Annual Report 2025-26") and its number ("3"),
and a copy of the text keeps them between the paragraphs: the printer's, on every page, not the document's. Read,
the head is taken for the title and heard again at every page, and the numbers are read out between sentences.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

# A page's number alone on its line: "3", "Page 3", "Page 3 of 12", "- 3 -".
_PAGE_NUMBER = re.compile(r"(?i)^[-–—\s]*(?:page\s+)?(\d{1,4})(?:\s+of\s+\d{1,4})?[-–—\s]*$")
# A head repeats on this many pages at least, each time by the page's number: a line said twice elsewhere (a
# refrain, a heading named again) has no number beside it. It names the document, in words: a unit after a figure
# ("Prep time" / "10" / "minutes") is a recipe card's field, not a page's head.
RUNNING_HEAD_PAGES = 2
HEAD_WORDS = 2
# A page holds text: a line this long at least between one page's number and the next.
PAGE_LINE_WORDS = 8


def _page_numbers(lines: list[str]) -> dict[int, int]:
    """The lines that are a page's number alone, and the number, when they go up from page to page with a page's
    text between them; else none."""
    found = {i: int(number.group(1)) for i, line in enumerate(lines)
             if line[:1].isdigit() or line.startswith(("P", "p", "-", "–", "—"))  # the cheap first look
             if (number := _PAGE_NUMBER.match(line))}
    numbers = list(found.values())
    if len(numbers) < RUNNING_HEAD_PAGES or any(b <= a for a, b in pairwise(numbers)):
        return {}
    if not all(any(len(line.split()) >= PAGE_LINE_WORDS for line in lines[a + 1:b]) for a, b in pairwise(found)):
        return {}  # a card's fields ("Servings" / "1" / "Prep time" / "10"): no page between the numbers
    return found


def _numbered_to_the_foot(lines: list[str], numbered: dict[int, int]) -> bool:
    """True when the numbers go up by one and the last is the text's last line: a copy's pages, each number at its
    page's foot (a text's own parts, "1", "2", "3", each head a part under it, so none is last)."""
    numbers = list(numbered.values())
    return max(numbered) == len(lines) - 1 and all(b == a + 1 for a, b in pairwise(numbers))


def _title_head(title: str, line: str) -> bool:
    """True for a page's head by its number that repeats the document's title, or its words before a colon (the head
    of "Managing Upland Peat: A Short Guide" is "Managing Upland Peat"), printed from the second page on."""
    return len(line.split()) >= HEAD_WORDS and (line == title or title.startswith(line + ":"))


def without_running_heads(groups: list[list[str]]) -> list[list[str]]:
    """The text's lines without the pages' running heads and their numbers, when a line repeats by a page's number
    at every place it stands, on two pages or more; a text without them as it is."""
    lines = [line for group in groups for line in group]
    numbered = _page_numbers(lines)
    if not numbered:
        return groups
    places: dict[str, list[int]] = defaultdict(list)
    for j, line in enumerate(lines):
        places[line].append(j)
    by_number = {j for i in numbered for j in (i - 1, i + 1) if 0 <= j < len(lines) and j not in numbered}
    heads = {text for text in {lines[j] for j in by_number} if len(places[text]) >= RUNNING_HEAD_PAGES
             and len(text.split()) >= HEAD_WORDS and all(k in by_number for k in places[text])}
    if not heads and _numbered_to_the_foot(lines, numbered):
        heads = {lines[j] for j in by_number if _title_head(lines[0], lines[j])}
    elif not heads:
        return groups  # numbers alone may be a text's own (its parts "1", "2", "3"): no head, no pages
    kept: list[list[str]] = []
    index = 0
    for group in groups:
        kept.append([line for k, line in enumerate(group, index) if k not in numbered and line not in heads])
        index += len(group)
    return [group for group in kept if group]
