"""A page dump whose article holds no prose line (a poem, a song's words): its verse, line by line."""

from __future__ import annotations

from dataclasses import replace

from narrator.clean.bylines import BYLINE_WORDS, is_byline_line
from narrator.clean.lines import (
    Line,
    is_widget_label,
)
from narrator.clean.textmeta import find_header
from narrator.model import Block, BlockKind, Metadata

# A poem's or a song's lines: short, and most of them running on from the line above in small letters.
VERSE_LINE_WORDS = 12


VERSE_MIN_LINES = 4


def _verse_run(lines: list[Line]) -> tuple[int, int] | None:
    """The longest run of VERSE_MIN_LINES or more short lines, no prompt, credit, time or box title among them, more
    than half of whose lines after the first begin in small letters: verse, which holds no prose line."""
    best: tuple[int, int] | None = None
    start = running_on = 0
    for i, line in enumerate([*lines, None]):
        if line is not None and 0 < line.words <= VERSE_LINE_WORDS and not (
                line.cta or line.credit or line.clock or is_widget_label(line) or is_byline_line(line, BYLINE_WORDS)):
            running_on += i > start and line.text[:1].islower()
            continue
        if i - start >= VERSE_MIN_LINES and 2 * running_on > i - start - 1 and (
                best is None or i - start > best[1] - best[0] + 1):
            best = (start, i - 1)
        start, running_on = i + 1, 0
    return best


def read_verse(lines: list[Line], fallback_title: str) -> tuple[Metadata, list[Block], bool]:
    """A page whose article holds no prose line (a poem, a song's words): its verse, line by line, and the header
    above it; nothing when no run of lines reads as verse."""
    found = _verse_run(lines)
    if found is None:
        return Metadata(title=fallback_title), [], False
    start, end = found
    meta = find_header(lines, start, fallback_title).meta
    byline = start - 1
    if byline > 0 and is_byline_line(lines[byline], BYLINE_WORDS) and _poem_title(lines[byline - 1]):
        meta = replace(meta, title=lines[byline - 1].text)  # "Winter Orchard" / "by Alma Reyes": a poem's title
    return meta, [Block(BlockKind.PARAGRAPH, line.text) for line in lines[start:end + 1]], False


POEM_TITLE_WORDS = 8


def _poem_title(line: Line) -> bool:
    """A few words without a stop, no prompt or box title: what a poem is called, however short ("Winter Orchard")."""
    return 0 < line.words <= POEM_TITLE_WORDS and not (
        line.terminal or line.cta or line.credit or line.clock or is_widget_label(line))
