"""Page dumps near the forms h70 fixed (issue #10): short page names under a site's menu, a day's programme, review
headers (tests/fixtures/own_text12), and each class on small texts of our own; the harness is own_text4's."""

from __future__ import annotations

import pytest

from narrator.errors import NarratorError
from tests.own_text4 import kept, pasted

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


_DAY = """Fenwick Show
Home
Classes
Entries
Visit
Show day
Saturday 8 August 2026
{first}
{second}
{third}
Download the schedule (PDF)
Buy tickets
"""


@pytest.mark.parametrize(("first", "second", "third"), [
    ("9.00 Gates open", "10.30 Judging of the sheep classes in the main ring", "14.00 Tug of war"),
    ("9:00 Gates open", "12:15 Vintage tractor parade", "16:45 Prize giving in the marquee"),
    ("9.30am Gates open", "11.00am Dog show", "2.30pm Fell race from the top field"),
])
def test_a_days_programme_without_a_sentence_is_read(first: str, second: str, third: str) -> None:
    """A page made for a day's programme: each line opens on its time ("9.00"), what happens then after it with no
    separator, the times rising through the day. No line is a sentence, but these are the page's text: read them."""
    document = pasted(_DAY.format(first=first, second=second, third=third))
    assert kept(document) == [first, second, third]
    assert (document.meta.title, document.meta.published) == ("Show day", "2026-08-08")


def test_figures_that_do_not_rise_as_a_days_times_are_not_a_programme() -> None:
    """A list of prices opens on figures too ("2.95 Tea"), not rising through a day on the quarter hours: no
    programme, and a page of nothing else has no article."""
    page = _DAY.format(first="3.95 Tea and scones", second="2.45 Coffee", third="1.99 Squash")
    with pytest.raises(NarratorError):
        pasted(page)
