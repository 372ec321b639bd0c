"""Page dumps of our own (tests/fixtures/own_text4): what a user gets by select-all and copy on a page of a site form
not tried before, and what of it must be read. Each dump's title, authors, date, the lines it must read and those it
must not were written down before the cleaner first ran on it."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.errors import NarratorError
from narrator.model import Document, Format, Source
from tests.pages6 import compare_lines, plain

FIXTURES = Path(__file__).parent / "fixtures" / "own_text4"


def pasted(text: str, name: str = "page.txt") -> Document:
    """A pasted page's text through the cleaner, as a plain-text file of that name is read."""
    return clean(Source(name, text.encode(), Format.TEXT), CleanSettings())


def read_or_refuse(text: str) -> object:
    """The cleaner's reading of a text, or its refusal when it holds no article (as a run of one token may not)."""
    try:
        return pasted(text, "hostile.txt")
    except NarratorError as refused:
        return refused


def kept(document: Document) -> list[str]:
    """What the cleaner kept, a block's text each."""
    return [block.text for block in document.blocks]


def expectations(fixtures: Path) -> dict[str, dict]:
    """What each dump of a folder must read, as its expected.json writes it down."""
    return json.loads((fixtures / "expected.json").read_text(encoding="utf-8"))


def dump_cases(dumps: list[str], still_wrong: dict[str, str]) -> list[object]:
    """Each dump as a test case; one still read wrong (still_wrong says how) a strict xfail, failing once it passes."""
    return [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=still_wrong[name]))
            if name in still_wrong else name for name in dumps]


EXPECTED = expectations(FIXTURES)
DUMPS = sorted(EXPECTED)


@dataclass
class Reading:
    """How one dump was read against what its author wrote down before it ran."""

    name: str
    title: str = ""
    authors: tuple[str, ...] = ()
    published: str | None = None
    title_right: bool = False
    authors_right: bool = False
    date_right: bool = False
    lost: list[str] = field(default_factory=list)
    clutter: list[str] = field(default_factory=list)
    body: int = 0
    clutter_lines: int = 0
    error: str | None = None

    @property
    def right(self) -> bool:
        """Every line read, no clutter, the title, authors and date right."""
        return (self.title_right and self.authors_right and self.date_right and not self.lost and not self.clutter
                and self.error is None)

    def wrong(self) -> str:
        """What went wrong, for a failing test's message."""
        return (f"title {self.title!r}, authors {self.authors}, date {self.published}; lost {self.lost}; "
                f"clutter {self.clutter}; {self.error or ''}")


def dump_source(name: str, fixtures: Path) -> Source:
    """A dump's file as the cleaner gets it: Markdown when the user saved it as .md, plain text otherwise."""
    markdown = fixtures / f"{name}.md"
    if markdown.exists():
        return Source(markdown.name, markdown.read_bytes(), Format.MARKDOWN)
    return Source(f"{name}.txt", (fixtures / f"{name}.txt").read_bytes(), Format.TEXT)


def read_dump(name: str, fixtures: Path = FIXTURES) -> Reading:
    """Clean a dump of fixtures as a text file and compare its reading with its expectations."""
    expected = EXPECTED[name] if fixtures == FIXTURES else expectations(fixtures)[name]
    must = expected["read"] + expected["standfirst_or_read"]
    reading = Reading(name, body=len(must), clutter_lines=len(expected["not_read"]))
    try:
        document = clean(dump_source(name, fixtures), CleanSettings())
    except NarratorError as exc:
        reading.error, reading.lost = str(exc), must
        return reading
    meta = document.meta
    reading.title, reading.authors, reading.published = meta.title, tuple(meta.authors), meta.published
    reading.title_right = plain(meta.title) == plain(expected["title"])
    reading.authors_right = list(meta.authors) == expected["authors"]
    reading.date_right = meta.published == expected["published"]
    reading.lost, reading.clutter = compare_lines(document, must, expected["not_read"], expected["read"])
    return reading



def dump_tests(dumps: list[str], still_wrong: dict[str, str], fixtures: Path = FIXTURES,
               reads: str = "test_a_text_is_read_title_byline_date_and_article") -> dict[str, Callable[..., None]]:
    """The tests every own-text file runs, by the names it gives them, for its module's globals (pytest collects them
    there): each dump read as its expectations say (one still read wrong a strict xfail), and every known failure
    naming a dump of the folder."""
    @pytest.mark.parametrize("name", dump_cases(dumps, still_wrong))
    def test_a_dump_is_read(name: str) -> None:
        reading = read_dump(name, fixtures)
        assert reading.right, reading.wrong()

    def test_every_known_failure_names_a_dump() -> None:
        assert set(still_wrong) <= set(dumps)

    tests: dict[str, Callable[..., None]] = {
        reads: test_a_dump_is_read, "test_every_known_failure_names_a_dump": test_every_known_failure_names_a_dump}
    for name, test in tests.items():
        test.__name__ = test.__qualname__ = name
    return tests

def figures(fixtures: Path = FIXTURES) -> str:
    """The round's figures over every dump of fixtures: read right, lines kept, clutter read, titles, authors,
    dates."""
    readings = [read_dump(name, fixtures) for name in sorted(expectations(fixtures))]
    total = len(readings)
    return (f"right {sum(r.right for r in readings)}/{total}, body kept {sum(r.body - len(r.lost) for r in readings)}"
            f"/{sum(r.body for r in readings)}, clutter read {sum(len(r.clutter) for r in readings)}/"
            f"{sum(r.clutter_lines for r in readings)}, titles {sum(r.title_right for r in readings)}/{total}, "
            f"authors {sum(r.authors_right for r in readings)}/{total}, dates {sum(r.date_right for r in readings)}"
            f"/{total}")


def report(fixtures: Path = FIXTURES) -> None:
    """Print each dump of fixtures as read right or missed (and how), then the figures."""
    for dump in sorted(expectations(fixtures)):
        result = read_dump(dump, fixtures)
        print(("ok   " if result.right else "MISS ") + dump + ("" if result.right else ": " + result.wrong()))
    print(figures(fixtures))


if __name__ == "__main__":
    report()
