"""A live page as a page dump gives it: its headline over "Summary" and the summary's points, then its entries, each
under its time ("14:20" / "Commuters turn to buses" / what happened / "Share"). The headline titles it, the points and
the entries are the article, read in the page's order; the times, the editor's line ("Edited by Sam Yates") and the
buttons between the entries are the page's. (Read as any page, its entries' headlines were lost between the prose,
its points with the header and the editor's line or the first entry's headline was the title.)"""

from __future__ import annotations

import re

from narrator.clean.common import parse_date
from narrator.clean.lines import Line
from narrator.clean.prose import is_sentence
from narrator.model import Block, BlockKind, Metadata

# The label a live page puts over its summary, under its headline, in the few words pages use for it. (A live blog's
# "Key points" over bullets is left to the page reader, which reads the label, the points and each entry's time as
# headings: tests/test_clean_sweep.py's election night, a house reading older than this one.)
SUMMARY_LABELS = frozenset({"summary", "in summary", "at a glance", "in brief", "what we know"})
# An entry's time alone on its line, as live pages stamp it: "14:20", "09.05 GMT", "11:45 PM", "Post at 18:21",
# "Posted at 14:05", "Updated 10:15 GMT".
_ENTRY_TIME = re.compile(r"(?i)^(?:(?:posted|post|updated)\s+at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?"
                         r"(?:\s+(?-i:[A-Z]{2,4}))?$")
# A summary's point: a line of words, without a stop as a rule (a sentence's words and a few at least).
POINT_MIN_WORDS = 4
# The summary stands right under its label; the entries start within this many lines under the label.
SUMMARY_REACH_LINES = 12
# An entry's headline over its text: a few words on a line of their own (a short sentence is the text's own).
ENTRY_HEADLINE_WORDS = 14
# A live page has two entries at least under their times (one time over prose is an article's stamp).
LIVE_MIN_ENTRIES = 2


def read_live_page(lines: list[Line], prose: list[bool],
                   fallback_title: str) -> tuple[Metadata, list[Block]] | None:
    """The headline, summary and entries of a live page; None unless a summary's label under a headline is followed
    by points and by two entries at least under their times."""
    label = next((i for i, line in enumerate(lines) if i > 0 and line.words <= 3
                  and line.text.strip().lower() in SUMMARY_LABELS), None)  # the cheap first look: the label
    if label is None:
        return None
    points = _points(lines, prose, label)
    stamps = [i for i in range(label + 1 + len(points), len(lines)) if _ENTRY_TIME.match(lines[i].text)]
    if not points or not stamps or stamps[0] > label + SUMMARY_REACH_LINES:
        return None
    blocks = [Block(BlockKind.LIST_ITEM, line.text) for line in points]
    # between the summary and the first time: a pinned post's prose is read, the editor's line and a day are not
    blocks += [Block(BlockKind.PARAGRAPH, lines[i].text)
               for i in range(label + 1 + len(points), stamps[0]) if prose[i]]
    entries = 0
    for at, stamp in enumerate(stamps):
        stop = stamps[at + 1] if at + 1 < len(stamps) else len(lines)
        if stop == stamp + 1:
            continue  # "14:20 GMT" / "14:20": one entry's time given twice, the entry under the second
        entry = _entry(lines, prose, stamp + 1, stop)
        entries += bool(entry)
        blocks += entry
    if entries < LIVE_MIN_ENTRIES:
        return None
    top = _headline_above(lines, label)
    published = next((day for line in lines[top + 1:stamps[0]] if line.words <= DAY_LINE_WORDS
                      and (day := parse_date(line.text))), None)
    return Metadata(title=lines[top].text if top >= 0 else fallback_title, published=published), blocks


# A line giving the page's day ("6 March 2025", "Updated 21 December 2024"), not a sentence that names one.
DAY_LINE_WORDS = 5


def _headline_above(lines: list[Line], label: int) -> int:
    """Where the headline stands over the summary's label: past a day ("Updated 21 December 2024") and a word alone
    ("Live") between them; -1 when no line of words is there."""
    for i in range(label - 1, max(-1, label - 4), -1):
        line = lines[i]
        if not (line.words <= 1 or (line.words <= DAY_LINE_WORDS and parse_date(line.text))):
            return i
    return -1


def _points(lines: list[Line], prose: list[bool], label: int) -> list[Line]:
    """The summary's points under its label: lines of words, no prompt, no entry's time, no credit ("Edited by
    ...")."""
    points: list[Line] = []
    for line in lines[label + 1:label + SUMMARY_REACH_LINES]:
        if (line.words < POINT_MIN_WORDS or line.cta or line.credit or _ENTRY_TIME.match(line.text)
                or line.text.lower().startswith(("edited by", "live reporting"))):
            break
        points.append(line)
    return points


def _entry(lines: list[Line], prose: list[bool], first: int, stop: int) -> list[Block]:
    """One entry's headline and text from first (under its time) up to stop: its sentences, a headline over them
    heard as a heading; nothing when no sentence follows (the page's buttons and links under the last entry)."""
    blocks: list[Block] = []
    i = first
    if i + 1 < stop and _says(lines, prose, i + 1) and _headline(lines[i]):
        blocks.append(Block(BlockKind.HEADING, lines[i].text, level=2))
        i += 1
    while i < stop and _says(lines, prose, i):
        blocks.append(Block(BlockKind.PARAGRAPH, lines[i].text))
        i += 1
    return blocks if any(block.kind is BlockKind.PARAGRAPH for block in blocks) else []


def _headline(line: Line) -> bool:
    """A few words over an entry's text, no prompt and no stop of a sentence ("Try for Wales!" is a headline)."""
    return (0 < line.words <= ENTRY_HEADLINE_WORDS and not (line.cta or line.credit or line.clock)
            and not line.text.rstrip().endswith("."))


def _says(lines: list[Line], prose: list[bool], i: int) -> bool:
    """A line of an entry's text: prose, or a sentence however short ("A penalty puts Australia 3-0 up.")."""
    return prose[i] or (is_sentence(lines[i]) and not lines[i].clock)

