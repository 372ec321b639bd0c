"""A notice's service details under its text, each event a label over its day, its hours and its place ("Funeral
Service" / "Tuesday, 10 March 2026" / "11:00 am" / "St Dingat's Church, Llandovery"), and the sentence under them ("In
lieu of flowers, ..."): the notice's own, read, though no line of them is prose."""

from __future__ import annotations

from narrator.clean.common import parse_date
from narrator.clean.lines import Line
from narrator.model import Block, BlockKind

# An event's label and the heading over the events are a few words with no figure and no stop ("Visitation",
# "Service Details"); a day alone is a few words; a place a short line without a stop.
LABEL_WORDS = 4
DAY_WORDS = 6
PLACE_WORDS = 8
PLACES = 2
# The events a notice's details name, as funeral directors and papers label them: a label is one of these, so a
# comment's header ("reply" / "April 5, 2018" / "6:32 PM" / "Lars") or a byline over its day is none.
EVENT_LABELS = frozenset((
    "visitation", "viewing", "funeral", "funeral service", "service", "memorial service", "service of thanksgiving",
    "thanksgiving service", "celebration of life", "committal", "interment", "burial", "cremation", "wake",
    "reception", "mass", "funeral mass", "requiem mass", "rosary", "vigil", "prayer vigil", "gathering",
    "family gathering", "graveside service", "memorial", "lying in repose", "reposing",
))
# The heading over them ("Service Details", "Funeral Arrangements"): a few words, one of these among them.
_DETAILS_WORDS = frozenset(("service", "services", "details", "arrangements", "funeral", "information"))
# The sentence closing the details is a whole one, not a button ("Send flowers").
CLOSING_WORDS = 6


def _label(line: Line) -> bool:
    """An event's label alone on its line ("Funeral Service", "Visitation:")."""
    return line.words <= LABEL_WORDS and line.text.strip().rstrip(":").strip().lower() in EVENT_LABELS


def _heading(line: Line) -> bool:
    """The details' heading: a few words without a figure or a stop, naming the service or its details."""
    return (0 < line.words <= LABEL_WORDS and not line.terminal and not line.cta
            and bool(_DETAILS_WORDS.intersection(line.text.lower().split())))


def _day(line: Line) -> bool:
    """A day alone on its line ("Monday, 9 March 2026")."""
    return (line.words <= DAY_WORDS and not line.clock and any(c.isdigit() for c in line.text)
            and parse_date(line.text) is not None)


def _place(line: Line) -> bool:
    """A place's line: short, no stop, no prompt, no day."""
    return (0 < line.words <= PLACE_WORDS and not line.terminal and not line.cta and not line.clock
            and not line.credit and parse_date(line.text) is None)


def _event(lines: list[Line], i: int) -> int | None:
    """The line after one event (a label, its day, its hours and its place, the hours or the place at least) from i,
    or None when none starts at i."""
    if not (i + 2 < len(lines) and _label(lines[i]) and _day(lines[i + 1])):
        return None
    k = i + 2
    timed = lines[k].clock and lines[k].words <= DAY_WORDS
    k += timed
    places = 0
    while k < len(lines) and places < PLACES and _place(lines[k]) and not (
            k + 1 < len(lines) and _label(lines[k]) and _day(lines[k + 1])):
        k, places = k + 1, places + 1
    return k if timed or places else None


def event_details_after(lines: list[Line], end: int) -> list[Block]:
    """The events' details right under the body (under their heading, if any) and the sentence under them; nothing
    when no event's label, day and hours or place stand there."""
    i = end + 1
    if not (i + 1 < len(lines) and lines[i].words <= LABEL_WORDS):
        return []  # the cheap first look: a few words under the body
    heading = _heading(lines[i]) and not _label(lines[i]) and _event(lines, i + 1) is not None
    start = i + heading
    events: list[int] = []
    while (after := _event(lines, events[-1] if events else start)) is not None:
        events.append(after)
    if not events:
        return []
    blocks = [Block(BlockKind.HEADING, lines[i].text, level=2)] if heading else []
    first = start
    for last in events:
        blocks.append(Block(BlockKind.HEADING, lines[first].text, level=3))
        blocks += [Block(BlockKind.PARAGRAPH, line.text) for line in lines[first + 1:last]]
        first = last
    closing = lines[events[-1]] if events[-1] < len(lines) else None
    if closing is not None and closing.terminal and closing.words >= CLOSING_WORDS and not closing.cta:
        blocks.append(Block(BlockKind.PARAGRAPH, closing.text))
    return blocks
