"""Twenty-eight page dumps of forms no folder had (issue #10): chat exports, shop and property listings, a recipe
card, a consultation, a written answer, a press release with its notes to editors, catalogue and museum records,
reading-app exports, a newsletter in a mail client, a CV page, a programme, a sermon transcript, fixtures and a
column of short items (tests/fixtures/own_text10), their expectations written before they first ran; the harness is
own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.own_text4 import dump_cases, expectations, pasted, read_dump, report

FIXTURES = Path(__file__).parent / "fixtures" / "own_text10"
DUMPS = sorted(expectations(FIXTURES))

# Dumps still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {
    "academic_cv": "title read as 'Department of Earth Sciences'; 2 body lines lost",
    "airbnb_listing": "title read as 'Superhost · 6 years hosting'",
    "amazon_product": "3 clutter lines read: a review's stars and heading, its date and \"Verified Purchase\"",
    "charity_report": "title read as 'Download the full report (PDF, 2.4 MB)'; 1 body lines lost",
    "conference_programme": "title read as ''; no article text found",
    "course_page": "title read as 'Book an open day'; 1 body lines lost",
    "football_fixtures": "title read as 'Fenwick Town FC'; 12 clutter lines read",
    "gmail_newsletter": "1 body lines lost; 2 clutter lines read",
    "hansard_answer": "title read as 'Hansard'; date None; 12 clutter lines read",
    "in_brief_column": "title read as 'Fenwick Gazette'",
    "kindle_highlights": "title read as 'Kindle highlights'; authors []; 10 clutter lines read",
    "library_record": "1 body lines lost",
    "museum_object": "5 clutter lines read",
    "readwise_export": "authors []",
    "sermon_transcript": "4 body lines lost",
    "show_hn_page": "title read as 'Tide tables for any beach, even with no signal'",
    "slack_export": "title read as '#allotment-committee'; 7 clutter lines read",
    "tripadvisor_review": "authors []; date None; 2 clutter lines read",
    "whatsapp_chat": "4 body lines lost; 2 clutter lines read",
    "x_thread": "title read as the first post; authors []; 2 body lines lost",
}


@pytest.mark.parametrize("name", dump_cases(DUMPS, _STILL_WRONG))
def test_a_page_dump_is_read_title_byline_date_and_article(name: str) -> None:
    reading = read_dump(name, FIXTURES)
    assert reading.right, reading.wrong()


def test_every_known_failure_names_a_dump() -> None:
    assert set(_STILL_WRONG) <= set(DUMPS)


if __name__ == "__main__":
    report(FIXTURES)


# --- each class, on small texts of our own -------------------------------------------------------------------------

_SHOP = """Marketplace
Search
Sign in
Basket
{over}
{headline}
{under}
Add to basket
Product details
This kettle boils a litre in under three minutes and switches itself off when the water is ready.
The handle stays cool, and the lid opens with one press of a button on the top.
"""


@pytest.mark.parametrize(("over", "under"), [
    ("Greenway Home", "£34.99\nLow in stock"),
    ("4.6 out of 5 stars", "Visit the Greenway Store\n1,026 ratings\n£34.99"),
    ("For sale\n£34.99", "Free delivery\nReturns accepted"),
])
def test_a_listings_headline_by_its_price_is_the_title(over: str, under: str) -> None:
    """A shop's or an agent's listing: its headline stands by its price alone on a line ("£34.99"), over its rating,
    its buttons and its details, which stand nearer the description: the headline is the title, not the last
    button or detail over the description."""
    page = _SHOP.format(over=over, headline="Greenway stainless steel kettle, 1.7 litres", under=under)
    assert pasted(page).meta.title == "Greenway stainless steel kettle, 1.7 litres"


def test_without_a_price_the_nearest_headline_stays_the_title() -> None:
    """A story's headline under a kicker: no price by either, the one nearest the body is the title."""
    page = ("Skip to content\nNews\nSport\nWeather\nTravel\nCouncil news from the Dales\n"
            "Buses to run later on Fridays this summer\n"
            "The last bus from Hawes will leave at eleven on Friday nights from June, two hours later than now.\n"
            "The council says the change is a trial and will be kept if enough people use the late buses.\n"
            "Share this story\nFacebook\nMost read\n")
    assert pasted(page).meta.title == "Buses to run later on Fridays this summer"
