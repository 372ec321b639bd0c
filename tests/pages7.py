"""Our own HTML pages as users save them with their own tools (tests/fixtures/pages7): a browser's saved page, a
reader's export, a word processor's web page, an e-mail, a notes app's export, an archive's or a cache's wrapper, a
print view. What each must read and must not, and its title, author and date, were written before it first ran."""

from __future__ import annotations

from pathlib import Path

from tests.pages6 import Reading
from tests.pages6 import read_page as read_page_in

FIXTURES = Path(__file__).parent / "fixtures" / "pages7"
PAGES = sorted(path.stem for path in FIXTURES.glob("*.html"))


def read_page(name: str) -> Reading:
    """Clean a page and compare its reading with its expectations (scored as pages6's are, author and date too)."""
    return read_page_in(name, FIXTURES)
