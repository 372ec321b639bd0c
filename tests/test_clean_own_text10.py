"""Twenty-eight page dumps of forms no folder had (issue #10): chat exports, shop and property listings, a recipe
card, a consultation, a written answer, a press release with its notes to editors, catalogue and museum records,
reading-app exports, a newsletter in a mail client, a CV page, a programme, a sermon transcript, fixtures and a
column of short items (tests/fixtures/own_text10), their expectations written before they first ran; the harness is
own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.own_text4 import dump_cases, expectations, read_dump, report

FIXTURES = Path(__file__).parent / "fixtures" / "own_text10"
DUMPS = sorted(expectations(FIXTURES))

# Dumps still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {
    "academic_cv": "title read as 'Department of Earth Sciences'; 2 body lines lost",
    "airbnb_listing": "title read as 'Superhost · 6 years hosting'",
    "amazon_product": "title read as 'About this item'; 3 clutter lines read",
    "charity_report": "title read as 'Download the full report (PDF, 2.4 MB)'; 1 body lines lost",
    "conference_programme": "title read as ''; no article text found",
    "course_page": "title read as 'Book an open day'; 1 body lines lost",
    "etsy_listing": "title read as 'Add to basket'",
    "football_fixtures": "title read as 'Fenwick Town FC'; 12 clutter lines read",
    "gmail_newsletter": "1 body lines lost; 2 clutter lines read",
    "hansard_answer": "title read as 'Hansard'; date None; 12 clutter lines read",
    "in_brief_column": "title read as 'Fenwick Gazette'",
    "kindle_highlights": "title read as 'Kindle highlights'; authors []; 10 clutter lines read",
    "library_record": "1 body lines lost",
    "museum_object": "5 clutter lines read",
    "readwise_export": "authors []",
    "rightmove_property": "title read as 'Mill Lane, Otley, LS21'",
    "sermon_transcript": "4 body lines lost",
    "show_hn_page": "title read as 'Tide tables for any beach, even with no signal'",
    "slack_export": "title read as '#allotment-committee'; 7 clutter lines read",
    "tripadvisor_review": "authors []; date None; 2 clutter lines read",
    "whatsapp_chat": "4 body lines lost; 2 clutter lines read",
    "x_thread": "title read as the first post; authors []; 2 body lines lost",
    "zillow_listing": "title read as 'Request a tour'",
}


@pytest.mark.parametrize("name", dump_cases(DUMPS, _STILL_WRONG))
def test_a_page_dump_is_read_title_byline_date_and_article(name: str) -> None:
    reading = read_dump(name, FIXTURES)
    assert reading.right, reading.wrong()


def test_every_known_failure_names_a_dump() -> None:
    assert set(_STILL_WRONG) <= set(DUMPS)


if __name__ == "__main__":
    report(FIXTURES)
