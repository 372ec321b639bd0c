"""Our own HTML pages of platforms and page features nobody had tried (tests/fixtures/pages8): Jekyll, Docusaurus,
Wix, Webflow, Tumblr, LinkedIn, Quarto, R Markdown, a notebook, Pelican, Eleventy, Bear, write.as, Hashnode, dev.to,
LiveJournal, Dreamwidth, phpBB, Mastodon, a Next.js page whose story is only in its data; a drop cap, an article over
pages, a cookie wall, a slideshow, pull quotes, advertisements, embeds, a fact box, a timeline, soft hyphens, <wbr>,
zero-width spaces, MathJax. What each must read and must not, its title, author and date, were written before it ran."""

from __future__ import annotations

from pathlib import Path

from tests.pages6 import Reading
from tests.pages6 import read_page as read_page_in

FIXTURES = Path(__file__).parent / "fixtures" / "pages8"
PAGES = sorted(path.stem for path in FIXTURES.glob("*.html"))


def read_page(name: str) -> Reading:
    """Clean a page and compare its reading with its expectations (scored as pages6's are, author and date too)."""
    return read_page_in(name, FIXTURES)
