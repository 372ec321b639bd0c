"""What opens a page dump's article under its header: a summary in bullets, a live blog's first time, a thread's
flair, a transcript's first speaker, a notice's fields."""

from __future__ import annotations

import re
from itertools import pairwise

from narrator.clean.lines import (
    Line,
    is_widget_label,
)
from narrator.clean.textlists import LIST_HEADING_WORDS
from narrator.clean.textmeta import (
    opens_on_a_question,
)
from narrator.model import Block, BlockKind

KEY_POINTS_MIN = 2


_BULLET = re.compile(r"^\s*[•·▪●◦‣]\s*(?=\S)")  # matched to find a bullet, removed to read its item


# A typed bullet ("+ Added Welsh", "* Fixed the crash", "- Removed the old map"): a list's only when the body's first
# line opens on it too, the list going on into the body (a post that is a list, its short items above its long ones).
_TYPED_BULLET = re.compile(r"^\s*([-+*])\s+(?=\S)")


def key_points(lines: list[Line], top: int, start: int) -> list[Block]:
    """A summary in bullets between the header and the body ("Key points", then "• Turnout hit 67%" line after
    line), under its short heading if it has one; nothing unless at least two bullets stand right above the body
    (past a live blog's first time stamp)."""
    typed = _TYPED_BULLET.match(lines[start].text) if start < len(lines) else None
    bullet = _BULLET if typed is None else re.compile(rf"{_BULLET.pattern}|^\s*{re.escape(typed.group(1))}\s+(?=\S)")
    last = start - 1
    while last >= top and lines[last].clock and lines[last].words <= 2:
        last -= 1  # "23:45": the first entry's time
    first = last
    while first >= top and bullet.match(lines[first].text) and not lines[first].cta:
        first -= 1
    if last - first < KEY_POINTS_MIN:
        return []
    blocks = [Block(BlockKind.LIST_ITEM, bullet.sub("", lines[i].text, count=1)) for i in range(first + 1, last + 1)]
    heading = lines[first] if first >= top else None
    if heading is not None and not heading.terminal and 0 < heading.words <= LIST_HEADING_WORDS and not (
            heading.cta or is_widget_label(heading)):
        blocks.insert(0, Block(BlockKind.HEADING, heading.text, level=2))
    return blocks


# A live blog's entry opens on its time alone ("11:45 PM", "23:45"); the entries below it keep theirs as headings.
_BARE_TIME = re.compile(r"(?i)^\s*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4}))?\s*$")


# An entry's headline under its time, over its first sentence ("09.05 GMT" / "More than 40,000 homes without power"):
# a short line without a stop, a few words at least.
ENTRY_HEADLINE_WORDS = 14


def _entry_headline(line: Line) -> bool:
    """True for a line that may head a live entry: a few words, no stop, no prompt, no time of its own."""
    return 2 <= line.words <= ENTRY_HEADLINE_WORDS and not (line.terminal or line.cta or _BARE_TIME.match(line.text))


def _entries_headed(body: list[Block]) -> bool:
    """True when a later entry of the body has a headline under its time, as the first's is read."""
    return any(time.kind is heading.kind is BlockKind.HEADING and _BARE_TIME.match(time.text)
               and not _BARE_TIME.match(heading.text) for time, heading in pairwise(body))


def first_entry_time(lines: list[Line], top: int, start: int, body: list[Block]) -> list[Block]:
    """The first entry's time of a live blog, right above the body, as the heading the later entries' times are read
    as (it sat above the body's first prose and was left out), with the entry's headline under it when the later
    entries have theirs; nothing on a page whose body has no such times."""
    above, headline = start - 1, None
    if top <= above - 1 and _BARE_TIME.match(lines[above - 1].text) and _entry_headline(lines[above]) and (
            _entries_headed(body)):
        above, headline = above - 1, lines[above]  # "09.05 GMT" / "More than 40,000 homes without power"
    if not (top <= above and _BARE_TIME.match(lines[above].text)):
        return []
    if not any(b.kind is BlockKind.HEADING and _BARE_TIME.match(b.text) for b in body):
        return []
    first = [Block(BlockKind.HEADING, lines[above].text, level=2)]
    return first if headline is None else [*first, Block(BlockKind.HEADING, headline.text, level=2)]


# A notice's field: a label of a word to three, its colon and its value ("Applicant: Greenway Homes Ltd").
_FIELD = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,2}: +\S")


FIELDS_MIN = 2


def fields_from(lines: list[Line], first: int, end: int) -> list[Line]:
    """The run of fields a notice opens on, from first: a label, its colon and a value each, no prompt among them."""
    fields: list[Line] = []
    for line in lines[first:end + 1]:
        if not _FIELD.match(line.text) or line.cta:
            break
        fields.append(line)
    return fields


# A listing's field as a classified site prints it, its label in small letters perhaps ("condition: good", "make /
# manufacturer: Dawes", "frame size: 56cm").
_LISTED_FIELD = re.compile(r"^[A-Za-z][a-z]+(?:(?: / | )[a-z]+){0,3}: +\S")
# The description's first sentence under the fields: a sentence, however few its function words.
FIRST_SENTENCE_WORDS = 8


def sentence_under_fields(lines: list[Line], first: int, start: int) -> bool:
    """True for a sentence right over the body with only a listing's fields between it and the header ("condition:
    good" / "frame size: 56cm" / "Reynolds steel frame, rebuilt last summer with new chain, cassette and brake
    pads."): the description's first line, a sentence of nouns that no prose test takes, not a lead cut off."""
    if not first < start - 1 or start - 1 - first < FIELDS_MIN:
        return False
    line = lines[start - 1]
    return (line.terminal and line.words >= FIRST_SENTENCE_WORDS and not line.cta and line.text[:1].isupper()
            and all(_LISTED_FIELD.match(lines[i].text) for i in range(first, start - 1)))


# A collection's catalogue record under an object's name ("Object number: 55.212", "Materials: oak", "Dimensions: 210 x
# 190 cm", "Credit: Given by ..."): the labels museums and archives print over the object's description, as data.
RECORD_LABELS = frozenset((
    "object number", "accession number", "inventory number", "object type", "object name", "maker", "artist",
    "materials", "material", "medium", "technique", "dimensions", "measurements", "credit", "credit line",
    "place made", "production date", "date made", "culture", "period", "on display", "gallery", "collection",
    "copyright", "licence", "license", "catalogue number", "museum number", "date",
))
# The labels that name no notice's field as well: "Date" alone may head a planning notice's fields.
_SHARED_LABELS = frozenset(("date", "collection", "copyright", "gallery"))


def a_records_fields(fields: list[Line]) -> bool:
    """True for fields that catalogue an object, not a notice's: most of their labels are a record's, two of them
    no notice's ("Object number", "Materials"), which a listener does not need read out over its description."""
    labels = [line.text.partition(":")[0].strip().lower() for line in fields]
    known = [label for label in labels if label in RECORD_LABELS]
    return 2 * len(known) >= len(labels) and len([label for label in known if label not in _SHARED_LABELS]) >= 2


# A thread's flair, the tag under its title ("Not the A-hole", "Solved", "Question"): a few words without a stop.
FLAIR_WORDS = 4


def flair_under_question(lines: list[Line], prose: list[bool], start: int, end: int, title: str) -> bool:
    """True for a few words without a stop between a thread's question, its title, and the post's first paragraph."""
    if not 0 < start < min(end, len(lines) - 1):  # a question above and a paragraph below, or no flair between
        return False
    line = lines[start]
    return (lines[start - 1].text.strip() == title and opens_on_a_question(lines[start - 1])
            and not prose[start] and prose[start + 1] and 0 < line.words <= FLAIR_WORDS and not line.terminal)


# A transcript's label of who speaks, over their words: a name in capitals, their part after a comma ("ANNA COHEN,
# HOST:", "SAM KLINE, BYLINE:", "UNIDENTIFIED PERSON:").
_SPEAKER = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Z'’ -]+)?:$")


def first_speaker(lines: list[Line], start: int, end: int) -> bool:
    """True when the line above the body's first paragraph names its speaker as lines in the body name theirs: the
    first speaker of a transcript, whose label the body's prose starts under."""
    return bool(_SPEAKER.match(lines[start - 1].text.strip())) and any(
        _SPEAKER.match(lines[i].text.strip()) for i in range(start + 1, end + 1))
