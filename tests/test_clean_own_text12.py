"""Page dumps near the forms h70 fixed (issue #10): short page names under a site's menu, a day's programme, review
headers (tests/fixtures/own_text12), and each class on small texts of our own; the harness is own_text4's."""

from __future__ import annotations

import pytest

from tests.own_text4 import pasted

# --- each class, on small texts of our own -------------------------------------------------------------------------

_NAMED_PAGE = """Moorside Allotments
Plots
Events
Shop
Contact
{name}
{tool}
The waiting list is open again, and the committee hopes to let six half plots by the end of April.
Plots are let for a year at a time, and rent is due on the first of March for the year ahead.
Share this page
"""


@pytest.mark.parametrize("name", ["Plot lettings", "Waiting list 2026", "Notices"])
@pytest.mark.parametrize("tool", ["Apply now", "Apply now\nBook a visit to the site", "12 March 2026",
                                  "Download the tenancy rules (PDF, 220 KB)", "Rent: £40 a year\nSize: half plot"])
def test_a_short_page_name_under_the_menu_over_its_buttons_is_the_title(name: str, tool: str) -> None:
    """A site's name, its menu, then the page's own name in a word or three right over its button, a file's link, its
    fields or its day: that name is the title, not the site's name over the menu nor the button. (One imperative of a
    headline's length alone under it may be a guidance page's headline, "Apply for a blue badge", and stays one.)"""
    assert pasted(_NAMED_PAGE.format(name=name, tool=tool)).meta.title == name


def test_a_first_line_over_menu_and_prose_stays_the_title() -> None:
    """Without a button, a file, fields or a day under a short line, the first line names the page."""
    page = _NAMED_PAGE.format(name="Plot lettings", tool="Dear members,")
    assert pasted(page).meta.title == "Moorside Allotments"

