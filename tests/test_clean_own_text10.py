"""Twenty-eight page dumps of forms no folder had (issue #10): chat exports, shop and property listings, a recipe
card, a consultation, a written answer, a press release with its notes to editors, catalogue and museum records,
reading-app exports, a newsletter in a mail client, a CV page, a programme, a sermon transcript, fixtures and a
column of short items (tests/fixtures/own_text10), their expectations written before they first ran; the harness is
own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.own_text4 import dump_tests, expectations, kept, pasted, report

FIXTURES = Path(__file__).parent / "fixtures" / "own_text10"
DUMPS = sorted(expectations(FIXTURES))

# Dumps still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {
    "academic_cv": "title read as 'Senior Lecturer in Glaciology' (the post over the email, a button, is taken for the "
                   "page's name; the name is the line over it); 2 body lines lost",
    "airbnb_listing": "title read as 'Superhost · 6 years hosting'",
    "football_fixtures": "title read as 'Fenwick Town FC'; 12 clutter lines read",
    "hansard_answer": "title read as 'Hansard'; date None; 12 clutter lines read",
    "kindle_highlights": "title read as 'Kindle highlights'; authors []; 10 clutter lines read",
    "library_record": "1 body lines lost",
    "show_hn_page": "title read as 'Tide tables for any beach, even with no signal'",
}


globals().update(dump_tests(DUMPS, _STILL_WRONG, FIXTURES,
                             reads="test_a_page_dump_is_read_title_byline_date_and_article"))


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


@pytest.mark.parametrize("price", ["From £95\nper night", "£95 per night", "£640 pw", "$1,850/mo", "From $95 a night"])
def test_a_lets_headline_by_its_price_per_night_or_month_is_the_title(price: str) -> None:
    """A holiday let's or a flat's price says what it is for ("From £95" / "per night", "£640 pw", "$1,850/mo"):
    still a price alone, and the headline by it is the title, not the button over the description."""
    page = ("Stay Dales\nSearch\nFavourites\nLog in\nRiverside cabin with a wood-fired sauna\n"
            f"{price}\nSleeps 4\nCheck availability\nAdd to favourites\n"
            "A timber cabin on the bank of the Wharfe, with a sauna heated by a stove and a deck over the water.\n"
            "The village shop is a short walk along the river, and the fells start at the end of the lane.\n")
    assert pasted(page).meta.title == "Riverside cabin with a wood-fired sauna"


def test_without_a_price_the_nearest_headline_stays_the_title() -> None:
    """A story's headline under a kicker: no price by either, the one nearest the body is the title."""
    page = ("Skip to content\nNews\nSport\nWeather\nTravel\nCouncil news from the Dales\n"
            "Buses to run later on Fridays this summer\n"
            "The last bus from Hawes will leave at eleven on Friday nights from June, two hours later than now.\n"
            "The council says the change is a trial and will be kept if enough people use the late buses.\n"
            "Share this story\nFacebook\nMost read\n")
    assert pasted(page).meta.title == "Buses to run later on Fridays this summer"


_TALK = """Skip to content
Home
Talks
About
Why hedges matter
{first} Thank you all for coming, and for braving the rain to get here this evening.
{second} A hedge is a wood laid on its side, and it shelters more birds than most people would ever guess.
{third} Cutting it every other winter, not every autumn, leaves the berries for the thrushes.
{fourth} So before you reach for the trimmer this year, wait until the blackbirds have had their fill.
Share this talk
"""


@pytest.mark.parametrize("stamps", [("0:00", "0:41", "1:58", "3:10"), ("00:00", "00:41", "01:58", "03:10"),
                                    ("0:00:00", "0:00:41", "0:01:58", "0:03:10")])
def test_a_recordings_offsets_opening_its_transcripts_lines_are_not_read(stamps: tuple[str, ...]) -> None:
    """A talk's transcript under its player: each line opens on how far into the recording it is said, the first at
    nought ("0:00"), so they are the player's, not the speaker's words: the words are read without them."""
    page = _TALK.format(**dict(zip(("first", "second", "third", "fourth"), stamps, strict=True)))
    texts = kept(pasted(page))
    assert "Thank you all for coming, and for braving the rain to get here this evening." in texts
    assert "So before you reach for the trimmer this year, wait until the blackbirds have had their fill." in texts


def test_a_programmes_times_of_day_are_still_read() -> None:
    """A day's programme opens each line on the hour it happens ("9:30 Welcome ..."), not on nought: the times are
    the programme's and are read."""
    page = _TALK.format(first="9:30", second="10:15", third="11:00", fourth="12:30")
    assert kept(pasted(page))[0].startswith("9:30 Thank you all")


_CHAT = """{notice}
{stamp1} Ruth: The hall is booked for Saturday, so we can set up the tables from nine.
{stamp2} Dev: Great, I will bring the urn and the tea towels from the church.
{stamp2} Dev: <Media omitted>
{stamp3} Ruth: Could someone ask the bakery whether they can give us the bread for the soup?
"""


@pytest.mark.parametrize(("stamps", "notice"), [
    (("05/04/2026, 18:02 -", "05/04/2026, 18:05 -", "05/04/2026, 18:11 -"),
     "05/04/2026, 18:00 - Ruth created group \"Soup lunch\""),
    (("4/5/26, 6:02 PM -", "4/5/26, 6:05 PM -", "4/5/26, 6:11 PM -"), "4/5/26, 6:00 PM - Ruth added Dev"),
    (("[05/04/2026, 18:02:10]", "[05/04/2026, 18:05:44]", "[05/04/2026, 18:11:03]"),
     "[05/04/2026, 18:00:01] Ruth added Dev"),
])
def test_a_chat_exports_stamps_are_not_read_but_who_said_what_is(stamps: tuple[str, ...], notice: str) -> None:
    """A messaging app's exported chat: every line opens on the day and time it was sent, then the sender and what
    they said. The stamps are the export's: each message is read as its sender's words; the app's own notices (a
    stamped line without a sender) and its placeholders ("<Media omitted>") are not."""
    chat = _CHAT.format(notice=notice, stamp1=stamps[0], stamp2=stamps[1], stamp3=stamps[2])
    assert kept(pasted(chat, "chat.txt")) == [
        "Ruth: The hall is booked for Saturday, so we can set up the tables from nine.",
        "Dev: Great, I will bring the urn and the tea towels from the church.",
        "Ruth: Could someone ask the bakery whether they can give us the bread for the soup?"]


_REPORT = """Skip to content
Home
Reports
Contact
Hall roof to be mended this summer
{under}
The council has agreed to mend the roof this summer, and the hall will close for six weeks for it.
Groups that meet in the hall will be offered rooms at the school, free of charge, for those six weeks.
Share this page
Facebook
"""


def test_a_name_and_its_date_after_a_comma_is_the_byline() -> None:
    """A given name opens it (narrator/clean/givennames.py): the writer signing before the day, not a town (h86)."""
    meta = pasted(_REPORT.format(under="Ann Lee, March 3, 2026")).meta
    assert (meta.authors, meta.published) == (("Ann Lee",), "2026-03-03")


def test_a_month_and_year_under_the_title_dates_the_report() -> None:
    """A month alone under the headline ("March 2026") dates the report by its month (YYYY-MM, as HTML's does)."""
    assert pasted(_REPORT.format(under="March 2026")).meta.published == "2026-03"


@pytest.mark.parametrize("link", ["Download the annual accounts (PDF, 1.2 MB)", "Read the full minutes (PDF)",
                                  "Annual accounts 2025 (DOCX, 640 KB)", "Programme (PDF, 300KB)"])
def test_a_link_to_a_file_by_its_type_and_size_is_not_read(link: str) -> None:
    """A link to a file names the file's type and often its size in brackets ("(PDF, 1.2 MB)"): the page's, to open
    the file, neither the title nor a line of the text."""
    page = ("Dale Food Bank\nAbout us\nGet help\nDonate\nVolunteer\nOur accounts for the year\n"
            f"{link}\n"
            "Our income rose by a fifth this year, most of it from people giving a few pounds a month.\n"
            "We spent nine pounds in every ten on food and on the rent of the warehouse in Skipton.\n"
            "Registered charity no. 1156789\n")
    document = pasted(page)
    assert document.meta.title != link and link not in kept(document)


def test_a_sentence_naming_a_files_type_in_brackets_is_still_read() -> None:
    """A sentence of the text may name a file ("(PDF)") and be the writer's: long, with its stop."""
    line = ("The accounts were sent to every member by email last week as an attachment (PDF), and paper copies are "
            "at the warehouse.")
    page = ("Dale Food Bank\nAbout us\nGet help\nDonate\nVolunteer\nOur accounts for the year\n"
            "Our income rose by a fifth this year, most of it from people giving a few pounds a month.\n"
            f"{line}\nRegistered charity no. 1156789\n")
    assert line in kept(pasted(page))
