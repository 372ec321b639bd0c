"""Our own HTML pages as users save them with their own tools (tests/fixtures/pages7): a browser's saved page, a
reader's export, a word processor's web page, an e-mail, a notes app's export, an archive's or a cache's wrapper, a
print view. What each must read and must not, and its title, author and date, were written before it first ran."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.errors import NarratorError
from narrator.model import Format, Source
from tests.pages6 import CLUTTER_INSIDE_WORDS, plain

FIXTURES = Path(__file__).parent / "fixtures" / "pages7"
PAGES = sorted(path.stem for path in FIXTURES.glob("*.html"))


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
    lost: list[str] | None = None
    clutter: list[str] | None = None
    body: int = 0
    clutter_lines: int = 0
    error: str | None = None

    @property
    def right(self) -> bool:
        """Every line read, no clutter, the title (and the author and date where written down) right."""
        return (self.title_right and self.author_right and self.date_right and not self.lost and not self.clutter
                and self.error is None)


def read_page(name: str) -> Reading:
    """Clean a page and compare its reading with its expectations."""
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    must = expected["read"] + expected.get("standfirst_or_read", [])
    inside = expected.get("read_contains", [])
    not_read = expected["not_read"]
    not_within = expected.get("not_within", [])
    reading = Reading(name, body=len(must) + len(inside), clutter_lines=len(not_read) + len(not_within),
                      lost=[], clutter=[])
    try:
        document = clean(Source(f"{name}.html", (FIXTURES / f"{name}.html").read_bytes(), Format.HTML),
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
    lines = [plain(meta.standfirst)] if meta.standfirst else []
    lines += [plain(b.text) for b in document.blocks]
    whole = "\n".join(lines)
    lost = [line for line in must if plain(line) not in lines]
    lost += [piece for piece in inside if plain(piece) not in whole]
    clutter = []
    for line in not_read:
        wanted = plain(line)
        if wanted in lines or (len(wanted.split()) >= CLUTTER_INSIDE_WORDS and wanted in whole):
            clutter.append(line)
    clutter += [piece for piece in not_within if plain(piece) in whole]
    clutter += [f"(twice) {line}" for line in expected["read"] if lines.count(plain(line)) > 1]
    reading.lost, reading.clutter = lost, clutter
    return reading
