"""HTML pages of our own from twenty-four platforms and page features the earlier sets lacked (tests/fixtures/pages24,
issue #10): Concrete, Contao, Craft, Kirby, Silverstripe, ExpressionEngine, BookStack, Blot, HackMD, Quartz, a
Statuspage incident, Business Wire, the EU's and an Australian minister's press releases, an NHS trust's and a
TerminalFour university's news, Gannett's and Reach's local papers, a Pitchero club page, a hand-made table layout,
Bigfoot footnotes, a Crowdsignal poll, a Molongui author box and Yoast's related links in the body. Each page's title,
author, date and lines were written down before the cleaner first ran on it; every third page (bookstack, contao, eu,
govau, kirby, pitchero, silverstripe, yoast) was kept aside while the rules were written.

FIRST READING: 11 of 16 tuning pages right (74 of 75 lines read, 7 lines of clutter; 1 title, 2 authors, 1 date
wrong), 6 of 8 aside (36 of 36 lines, 5 of clutter, 1 title wrong). Two of the tuning misses were my fixtures' own
errors, mended before any rule: a site name given Concrete's byline class (Concrete gives it to the page's title block
only), and a clutter line ("University of the North Coast") that the story's own first sentence holds. So: 13 of 16."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pages6 import check_reading, page_names, read_page

FIXTURES = Path(__file__).parent / "fixtures" / "pages24"
PAGES = page_names(FIXTURES)


# --- the pages: known misses fail when they start to pass ----------------------------------------------------------

_KNOWN: dict[str, str] = {
    "eu_press_corner": "first reading, aside: not studied yet",
    "silverstripe_elemental": "first reading, aside: not studied yet",
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)
