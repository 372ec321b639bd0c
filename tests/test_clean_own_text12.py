"""Ten page dumps near the forms h70 fixed (issue #10): short page names under a site's menu over buttons, a file's
link or the day, a day's programme, reviews under their rating and stamp, a first heading under a report's link
(tests/fixtures/own_text12), their expectations written before they first ran, and each class on small texts of our
own; the harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.errors import NarratorError
from tests.own_text4 import dump_tests, expectations, kept, pasted, report

FIXTURES = Path(__file__).parent / "fixtures" / "own_text12"
DUMPS = sorted(expectations(FIXTURES))

# Dumps still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {
}


globals().update(dump_tests(DUMPS, _STILL_WRONG, FIXTURES,
                             reads="test_a_page_dump_is_read_title_byline_date_and_article"))


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


def test_a_prompt_of_one_word_in_the_menu_is_no_tool_under_the_pages_name() -> None:
    """"Subscribe" or "Donate" as the menu's last entry is an entry, not the page's button: the name under it is."""
    page = _NAMED_PAGE.replace("Contact\n", "Contact\nDonate\n").format(name="Notices", tool="12 March 2026")
    assert pasted(page).meta.title == "Notices"


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


_REVIEWED_ITEM = """Garden Shop
Search
Basket
Sign in
Folding oak garden bench, two seats
£149.00
Add to basket
About this item
The bench folds flat for the winter and is made of oak from managed woods, oiled before it leaves the workshop.
Customer reviews
{header}
It took ten minutes to put together, and it has sat out in the rain all spring without a mark on it.
Report
"""


@pytest.mark.parametrize("header", [
    "Sam T.\n4.0 out of 5 stars Sturdy and easy to fold\nReviewed in the United Kingdom on 2 May 2026\n"
    "Verified Purchase",
    "Sam T.\n5 out of 5 stars Worth every penny\nReviewed in the United States on May 2, 2026\nVine Customer Review",
    "Sam T.\nRated 4 out of 5 stars\nWritten 2 May 2026",
])
def test_a_reviews_rating_stamp_and_badge_are_not_read(header: str) -> None:
    """A review's header under a listing: its rating (its own heading glued on), the day and place it was written,
    a short badge in capitals under them. The page's, not the review's words: its text is read without them."""
    texts = kept(pasted(_REVIEWED_ITEM.format(header=header)))
    assert texts[-1].startswith("It took ten minutes") and not any(
        text.startswith(("4.0 out", "5 out", "Rated", "Reviewed", "Written", "Verified", "Vine")) for text in texts)


def test_a_sentence_on_a_rating_is_still_read() -> None:
    """A sentence of the text that opens on a rating goes on and ends on its stop: the writer's."""
    line = "Reviewed in March and again in May, the bench held up well through a very wet spring."
    texts = kept(pasted(_REVIEWED_ITEM.format(header=line)))
    assert line in texts


_REVIEW_PAGE = """Eatwell
Write a review
Log in
Sign up
The Mill Tearoom, Hebden Bridge
4.5
640 reviews
{name}
{town}
{count}
Scones worth the walk up the hill
The scones were still warm, with jam made from the tearoom's own damsons and more clotted cream than we could eat.
We sat by the window over the weir, and nobody hurried us though the queue went out of the door.
{written}
Helpful
Share
"""


@pytest.mark.parametrize(("name", "town", "count"), [("Ruth M", "York, United Kingdom", "12 contributions"),
                                                     ("Ruth M.", "York", "3 reviews"),
                                                     ("Ruth Mason", "York, UK", "27 reviews")])
def test_a_reviewer_over_their_count_of_reviews_is_the_author(name: str, town: str, count: str) -> None:
    """A review's page: the reviewer's name (a first name and an initial, as sites print it), their town, and how
    many reviews they have written, over the review: the reviewer is its author; the place's own count is not."""
    page = _REVIEW_PAGE.format(name=name, town=town, count=count, written="Written 3 March 2026")
    meta = pasted(page).meta
    assert (meta.authors, meta.published) == ((name,), "2026-03-03")


def test_a_places_count_of_reviews_names_no_author() -> None:
    """With no reviewer's lines, the count under the place's rating names no one."""
    page = _REVIEW_PAGE.format(name="", town="", count="", written="")
    assert pasted(page).meta.authors == ()


_REPORT = """Moorside Allotments
Plots
Events
Shop
Contact
Annual Report 2025
Download the full report (PDF, 1.1 MB)
{heading}
Forty-two plots were let this year, and for the first time every one of them was worked all summer.
The new water tanks saved the society nearly three hundred pounds on the bill from the council.
{second}
We sold seed potatoes and onion sets at cost in the hut on Sunday mornings from February to April.
The hut's roof was mended in October by volunteers, with timber given by the builders' yard on Mill Lane.
Share this page
"""


def test_a_first_heading_under_the_pages_tools_opens_its_sections() -> None:
    """Under the page's name and its file's link, a short heading over the first paragraph, another heading over
    the next: the page's chapters, the first read as the second is (not a tab's label, which has no text of its own
    under its siblings)."""
    texts = kept(pasted(_REPORT.format(heading="Foreword", second="The shop")))
    assert texts[0] == "Foreword" and "The shop" in texts


def test_a_label_under_a_dated_storys_tools_is_not_read() -> None:
    """Under a story's byline and day, its tools ("Order reprints", "Print article") and a widget's label over the
    first paragraph ("Text size"): the page's, not a chapter, though the story has sections further down."""
    page = ("Moor Gazette\nNews\nSport\nOpinion\nBus station to close for a year\nBy Ann Lee\n3 March 2026\n"
            "Order reprints\nPrint article\nText size\n"
            "The bus station will close for a year from June while it is rebuilt, the council said on Tuesday.\n"
            "Buses will stop on Market Street instead, and a shelter will be put up outside the library.\n"
            "What happens next\n"
            "Work starts in the first week of June, and the new station should open the following summer.\n"
            "Share this story\n")
    assert "Text size" not in kept(pasted(page))

if __name__ == "__main__":
    report(FIXTURES)
