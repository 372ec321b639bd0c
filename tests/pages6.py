"""Our own HTML pages from the templates users bring (tests/fixtures/pages6): what each must read and must not."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.errors import NarratorError
from narrator.model import Document, Format, Source


def clean_page(page: str) -> Document:
    """An HTML page written out in a test, cleaned as a saved page is."""
    return clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())


def page_lines(page: str) -> list[str]:
    """The lines read from an HTML page written out in a test."""
    return [block.text for block in clean_page(page).blocks]


def page_names(fixtures: Path) -> list[str]:
    """The pages of a folder of fixtures, by name."""
    return sorted(path.stem for path in fixtures.glob("*.html"))


FIXTURES = Path(__file__).parent / "fixtures" / "pages6"
PAGES = page_names(FIXTURES)
# A live blog's entry is stamped with its time ("14:02: That's all from us", prune._live_entry_times): the stamp is
# the reader's design, not a line lost or clutter, and the pages' lines were written without it.
_STAMP = re.compile(r"^\d{1,2}[:.]\d\d[:.] ")
# A clutter line this long is found inside a block too (a short one, "Share", only as a block of its own).
CLUTTER_INSIDE_WORDS = 4


def plain(text: str) -> str:
    """A line as compared: typographic quotes and dashes as typed, one space between words, no list marker."""
    text = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "}))
    return " ".join(re.sub(r"^\s*[-*•]\s+", "", text).split())


@dataclass
class Reading:
    """How one page was read against what its author wrote down before it ran."""

    name: str
    title: str = ""
    title_right: bool = False
    author: str = ""
    author_right: bool = True
    date: str = ""
    date_right: bool = True
    standfirst: str = ""
    standfirst_right: bool = True
    lost: list[str] = field(default_factory=list)
    clutter: list[str] = field(default_factory=list)
    body: int = 0
    clutter_lines: int = 0
    error: str | None = None

    @property
    def right(self) -> bool:
        """Every line read, no clutter, the title (and the author and date where written down) right."""
        return (self.title_right and self.author_right and self.date_right and self.standfirst_right and not self.lost
                and not self.clutter and self.error is None)


def check_reading(reading: Reading, known: dict[str, str]) -> None:
    """The page read as written down: every line, no clutter, its title (and author and date where given). A known
    miss (known names it, with what is wrong) is an xfail that fails once the page reads right."""
    if reading.name in known:
        assert not reading.right, "read right now: take it out of the known misses"
        pytest.xfail(known[reading.name])
    assert (reading.title, reading.author, reading.date, reading.lost, reading.clutter, reading.error) == (
        reading.title, reading.author, reading.date, [], [], None)
    assert (reading.title_right, reading.author_right, reading.date_right, reading.standfirst_right) == (
        True, True, True, True), (reading.title, reading.author, reading.date, reading.standfirst)


def read_page(name: str, fixtures: Path = FIXTURES) -> Reading:
    """Clean a page of fixtures and compare its reading with its expectations."""
    expected = json.loads((fixtures / f"{name}.json").read_text(encoding="utf-8"))
    must = expected["read"] + expected.get("standfirst_or_read", [])
    inside = expected.get("read_contains", [])
    not_read = expected["not_read"]
    not_within = expected.get("not_within", [])
    reading = Reading(name, body=len(must) + len(inside), clutter_lines=len(not_read) + len(not_within))
    try:
        document = clean(Source(f"{name}.html", (fixtures / f"{name}.html").read_bytes(), Format.HTML),
                         CleanSettings())
    except NarratorError as exc:
        reading.error, reading.lost = str(exc), must + inside
        return reading
    meta = document.meta
    reading.title, reading.author, reading.date = meta.title, meta.byline, (meta.published or "")[:10]
    reading.title_right = plain(meta.title) == plain(expected["title"])
    if "author" in expected:
        reading.author_right = plain(meta.byline) == plain(expected["author"])
    if "date" in expected:
        reading.date_right = reading.date == expected["date"]
    reading.standfirst = meta.standfirst or ""
    if "standfirst" in expected:  # the summary under the headline, said after the title and never in the body
        reading.standfirst_right = plain(reading.standfirst) == plain(expected["standfirst"])
    reading.lost, reading.clutter = compare_lines(document, must, not_read, expected["read"], inside, not_within)
    if "standfirst" in expected and plain(expected["standfirst"]) in [plain(b.text) for b in document.blocks]:
        reading.clutter.append(f"(in the body) {expected['standfirst']}")
    return reading


def compare_lines(document: Document, must: Sequence[str], not_read: Sequence[str], read: Sequence[str],
                  inside: Sequence[str] = (), not_within: Sequence[str] = ()) -> tuple[list[str], list[str]]:
    """The lines of must (whole) and inside (within any) a document lost, and the clutter of not_read (a block, or
    within one when long) and not_within (within any) it read, and the lines of read it read twice."""
    meta = document.meta
    lines = [plain(meta.standfirst)] if meta.standfirst else []
    lines += [_STAMP.sub("", plain(b.text)) for b in document.blocks]
    whole = "\n".join(lines)
    lost = [line for line in must if plain(line) not in lines]
    lost += [piece for piece in inside if plain(piece) not in whole]
    clutter = [line for line in not_read
               if plain(line) in lines or (len(plain(line).split()) >= CLUTTER_INSIDE_WORDS and plain(line) in whole)]
    clutter += [piece for piece in not_within if plain(piece) in whole]
    clutter += [f"(twice) {line}" for line in read if lines.count(plain(line)) > 1]
    return lost, clutter
