"""Twenty-two texts of forms the earlier sets lack (tests/fixtures/own_text39, issue #10), their expectations written
before they first ran: eleven a user typed (a school newsletter, a wedding toast, a lost cat poster, a tenants' meeting
minute, a cricket club's match report, a WI meeting note, a choir's concert notice, a neighbourhood watch alert, a
holiday cottage's guest book entry, a plumber's estimate, a eulogy) and eleven page dumps of sites no earlier set tried
(A Church Near You's notices, a Bookwhen class, a Dalesman letters page, a DICE event, a FixMyStreet report, a
Localgiving appeal, a Pitchup review, a Purplebricks listing, a Sykes cottage, a TicketSource event, a local paper's
letter). Among them, the classes the last round left: two names unknown to the table signing under a closing wish
("Wishing you all a happy Christmas," / "Deb and Kit"), with a near miss ("To Sam and Ellie!" under a toast); a notice
sheet of short notices under one sign-off ("Revd Anna Price"), and two typed ones (a school's, a WI's) signed under a
wish; a reader's sign-off of a short name, an initial and a hyphenated place ("Mary-Jo K, Ross-on-Wye") under a
letter to the editor.

FIRST READING: 13 of 22 right (8 of 11 typed, 5 of 11 dumps); the tuned two thirds 8 of 15 (typed 5 of 8, dumps 3 of
7), the kept third (dalesman_letters_page, localgiving_appeal, own_cricket_match_report, own_neighbourhood_watch_alert,
own_tenants_meeting_minute, pitchup_review, ticketsource_event) 5 of 7. No expectation was re-written. The tuned
misses by class: two names under a closing wish named no writer (two: the wish is no sign-off, and the names are not
in the table); a letters page's "Mary-Jo K, Ross-on-Wye" under "Sir," and the letter was lost and named no writer; a
parish notices page on a host's site: the host's name over its menu was taken for the page's <title> and the host's
first menu entry ("Find a church") titled it, and the titled sign-off ("Revd Anna Price") was dropped; a cottage's
name over its row of facts ("Sleeps 4 · 2 bedrooms · 1 bathroom"), the section label "About the property" titling it;
an event's venue under its day and hour ("Fri, 18 Dec, 7:30 pm" / "Brudenell Social Club, Leeds") titling it; a
plumber's name over his firm's ("Gary Hunt" / "Hunt Plumbing and Heating") naming no writer.

After the rules: 20 of 22 (11 of 11 typed, 9 of 11 dumps); tuned 15 of 15, kept third 5 of 7: the kept third did not
move. Its two misses are of the letters class the rules were written for but reach other code: a letters page whose
note under the signer ("Letters may be edited for length.") is read as the letter's last line, so the signer is no
longer right under it; and a review's "Reviewed by Mary-Jo K, Ross-on-Wye", whose hyphenated town the byline rule
(not the reader's sign-off rule) reads as a second writer. Both are read right since tests/test_clean_left57.py's rules
(the paper's note under a reader's sign-off; a town joined by a place's small words after a byline's name)."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.lines import Line, make_line
from narrator.clean.listingheads import facts_row
from narrator.clean.pagedates import venue_under_its_day
from narrator.clean.pageend import signed_with_title
from narrator.clean.signoffs import firm_of_the_name, given_names_signers, reader_signer
from narrator.clean.textmeta import _headline_under_second_menu
from tests.own_text4 import dump_tests, expectations, kept, pasted, report
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "own_text39"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {}

globals().update(dump_tests(TEXTS, _STILL_WRONG, FIXTURES))


if __name__ == "__main__":
    report(FIXTURES)


def _lines(texts: list[str]) -> list[Line]:
    return [make_line(i, text, i) for i, text in enumerate(texts)]


_CARD = "Hello,\nWe had a lovely week in the cottage, and we will be back in the spring.\n{wish}\n{names}\n"


# --- two names under a closing wish, known to the table of given names or not -------------------------------------

@pytest.mark.parametrize(("wish", "names", "authors"), [
    ("Wishing you all a happy Christmas,", "Deb and Kit", ("Deb", "Kit")),
    ("Wishing you all a happy Christmas,", "Bev and Raj", ("Bev", "Raj")),
    ("Happy new year to you both,", "Fliss & Bex", ("Fliss", "Bex")),
    ("Merry Christmas from us all,", "Kez and Ash", ("Kez", "Ash")),
    ("Have a lovely summer,", "Nye and Tam", ("Nye", "Tam")),
    ("Wishing you all a happy Christmas,", "Bev and Kit", ("Bev", "Kit")),
    # guards: a card's blessing under the wish; one name alone; names the note uses as words; a toast's last line
    ("Wishing you all a happy Christmas,", "Peace and Joy", ()),
    ("Wishing you all a happy Christmas,", "Love and Hugs", ()),
    ("Happy walking,", "Eleri", ()),
    ("Wishing you a happy Christmas,", "Spring and Cottage", ()),
    ("So please stand and raise your glasses.", "To Sam and Ellie!", ()),
])
def test_a_pair_under_a_closing_wish_signs(wish: str, names: str, authors: tuple[str, ...]) -> None:
    """A guest book's entry closed "Wishing you all a happy Christmas," / "Deb and Kit": neither name is in the table
    of given names, and no writer was named (nor for "Bev and Raj", both in it: the wish is no sign-off)."""
    texts = _CARD.format(wish=wish, names=names).strip().split("\n")
    assert given_names_signers(texts) == authors
    if authors:
        assert pasted("A card\n\n" + _CARD.format(wish=wish, names=names).replace("\n", "\n\n"),
                      "card.txt").meta.authors == authors


# --- a reader's name, an initial and a hyphenated town under a letter to the editor --------------------------------

@pytest.mark.parametrize(("signed", "name"), [
    ("Mary-Jo K, Ross-on-Wye", "Mary-Jo K"),
    ("Jo-Anne P, Bolton-le-Sands", "Jo-Anne P"),
    ("Sue B, Walton-on-the-Naze", "Sue B"),
    ("Ann Lee, Newcastle upon Tyne", "Ann Lee"),
    ("Tom H., Stratford-upon-Avon", "Tom H"),
    ("Jean, Harrogate", "Jean"),
    # guards: a street and its town; a stall and its hall; a town in small letters
    ("Harbour Road, Whitby", None),
    ("Tea and Cake, Village Hall", None),
    ("Mary-Jo K, ross-on-wye", None),
])
def test_a_readers_name_and_town(signed: str, name: str | None) -> None:
    """A letters page's "Mary-Jo K, Ross-on-Wye" under a letter was lost, and named no writer: the place's small
    joining words ("-on-") were no town's."""
    assert reader_signer(signed) == name


_LETTER = ("Wye Valley Echo\nNews\nSport\nOpinion\nLetters\nThe bus must not go\n{greeting}\n"
           "The plan to cut the bus to two a day will leave half the villages with no way to the doctor's.\n"
           "Many of us do not drive, and a taxi to town costs more than a week's pension.\n"
           "I urge every reader to write to the council before the meeting.\n{signed}\nShare\nComments (3)\n")


@pytest.mark.parametrize(("greeting", "signed", "authors"), [
    ("Sir,", "Mary-Jo K, Ross-on-Wye", ("Mary-Jo K",)),
    ("Dear Editor,", "Jo-Anne P, Bolton-le-Sands", ("Jo-Anne P",)),
    ("Madam,", "Ann Lee, Newcastle upon Tyne", ("Ann Lee",)),
    # guards: no greeting to the editor over the letter; a street and its town under it
    ("Dear all,", "Mary-Jo K, Ross-on-Wye", ()),
    ("Sir,", "Harbour Road, Whitby", ()),
])
def test_a_letters_page_signer_is_its_writer(greeting: str, signed: str, authors: tuple[str, ...]) -> None:
    document = pasted(_LETTER.format(greeting=greeting, signed=signed), "letter.txt")
    assert document.meta.authors == authors
    assert (signed in kept(document)) is bool(authors)


@pytest.mark.parametrize(("signed", "authors"), [
    ("Mary-Jo K, Ross-on-Wye", ("Mary-Jo K",)),
    ("Tom and Ayesha, Bristol", ("Tom", "Ayesha")),  # two readers, each a writer, not "Tom and Ayesha" as one
])
def test_a_typed_letter_to_the_editor_signed_with_a_town(signed: str, authors: tuple[str, ...]) -> None:
    text = ("Sir,\n\nThe plan to cut the bus to two a day will leave the villages with no way to the doctor's.\n\n"
            f"Many of us do not drive.\n\nI urge every reader to write to the council.\n\n{signed}\n")
    assert pasted(text, "letter.txt").meta.authors == authors


# --- a notice sheet's one sign-off: a name after its title under the last notice ------------------------------------

_NOTICES = ("A Church Near You\nFind a church\nEvents\nLog in\nSt Oswald's, Grasmere\nHome\nNews\nServices\nContact\n"
            "{heading}\nThe Advent carol service is at six tonight, with the choir and the Grasmere Players.\n"
            "Coffee after the morning service is hosted by the Taylor family.\n"
            "The food bank box is at the back of church. Tins and dried goods please.\n{signed}\nShare this page\n"
            "Facebook\n© Archbishops' Council 2026\n")


@pytest.mark.parametrize(("signed", "authors"), [
    ("Revd Anna Price", ("Revd Anna Price",)),
    ("Fr Tom Doyle", ("Fr Tom Doyle",)),
    ("Canon Ruth Ellis", ("Canon Ruth Ellis",)),
    ("Cllr Asha Patel", ("Cllr Asha Patel",)),
    ("Mrs J Okafor", ("Mrs J Okafor",)),
    # guards: a name with no title; a street under the notices
    ("Anna Price", ()),
    ("Canon Street car park", ()),
])
def test_a_notice_sheets_titled_signer(signed: str, authors: tuple[str, ...]) -> None:
    """A parish's notices page ended "Revd Anna Price" over its share buttons: the sign-off was dropped."""
    document = pasted(_NOTICES.format(heading="Notices for Sunday 13 December", signed=signed), "notices.txt")
    assert document.meta.authors == authors
    assert (signed in kept(document)) is bool(authors)


def test_a_titled_name_over_a_paragraph_signs_nothing() -> None:
    lines = _lines(["Notices", "The carol service is at six.", "Revd Anna Price", "She came to us from Kendal in May."])
    assert signed_with_title(lines, 1) == []


@pytest.mark.parametrize(("heading", "title"), [
    ("Notices for Sunday 13 December", "Notices for Sunday 13 December"),
    ("This week at St Oswald's", "This week at St Oswald's"),
    ("Pew sheet for the second Sunday of Advent", "Pew sheet for the second Sunday of Advent"),
    ("Advent and Christmas services", "Advent and Christmas services"),
])
def test_a_pages_own_heading_under_its_own_menu_titles_it(heading: str, title: str) -> None:
    """The host's name over its menu ("A Church Near You" / "Find a church" / ...), the church's name over its own
    menu, then the notices' heading: the host's first menu entry titled the page."""
    assert pasted(_NOTICES.format(heading=heading, signed="Revd Anna Price"), "notices.txt").meta.title == title


def test_a_short_page_under_one_menu_keeps_its_first_line() -> None:
    # guard: a first line over one menu, no second menu over the heading: the rule does not reach it
    text = ("Harbour Walks Group\nHome\nWalks\nJoin\nOur walk to the lighthouse on Sunday\n"
            "Twelve of us walked out to the lighthouse in the sun.\nThe café at the end was open.\n")
    assert not _headline_under_second_menu(_lines(text.strip().split("\n")), 5)


# --- a listing's name over its row of facts ------------------------------------------------------------------------

@pytest.mark.parametrize(("row", "facts"), [
    ("Sleeps 4 · 2 bedrooms · 1 bathroom · Pets: 1", True),
    ("Entire cabin · Sleeps 2 · 1 bedroom · 1 bathroom", True),
    ("3 beds · 2 baths · 1 reception", True),
    ("Sleeps 6 · 3 bedrooms · Hot tub", True),
    # guards: a byline's row; a row of words with one count; two parts only
    ("By Ann Lee · 3 min read · 12 comments", False),
    ("Home · Walks · 4 routes", False),
    ("Sleeps 4 · 2 bedrooms", False),
])
def test_a_listings_row_of_facts(row: str, facts: bool) -> None:
    assert facts_row(row) is facts


_LISTING = ("Sykes Holiday Cottages\nSearch\nOffers\nSign in\nHome › Cornwall › Mousehole\n{name}\n{row}\n"
            "Ref. 1099421\nCheck availability\nSave\nAbout the property\n"
            "The cottage is of granite, two streets back from the harbour, with a wood burner in the living room.\n"
            "Upstairs there is a double room, a twin and a bathroom with a roll-top bath.\n")


@pytest.mark.parametrize(("name", "row", "title"), [
    ("Gull Cottage", "Sleeps 4 · 2 bedrooms · 1 bathroom · Pets: 1", "Gull Cottage"),
    ("The Old Forge", "Sleeps 6 · 3 bedrooms · 2 bathrooms", "The Old Forge"),
    ("Shepherd's hut by the burn", "Entire cabin · Sleeps 2 · 1 bedroom · 1 bathroom", "Shepherd's hut by the burn"),
    # guard: no facts row under the name: the section's label still stands as the nearest headline
    ("Gull Cottage", "Ref. 2211", "About the property"),
])
def test_a_listings_name_over_its_facts_titles_it(name: str, row: str, title: str) -> None:
    """A Sykes cottage's "Gull Cottage" over "Sleeps 4 · 2 bedrooms · ...": the section's label "About the property"
    over the description titled the page."""
    assert pasted(_LISTING.format(name=name, row=row), "listing.txt").meta.title == title


# --- a tradesman's name over his firm's, the surname in both ------------------------------------------------------

@pytest.mark.parametrize(("name", "firm", "signs"), [
    ("Gary Hunt", "Hunt Plumbing and Heating", True),
    ("Sian Morris", "Morris & Daughters Bakery", True),
    ("Tom Price", "T. Price Roofing Ltd", True),
    ("Ed Lowe", "Lowe and Sons Joinery", True),
    # guards: a town under the name; a business with no surname of his; the name again
    ("Gary Hunt", "Harrogate", False),
    ("Gary Hunt", "Moor Lane Garage", False),
    ("Gary Hunt", "Gary Hunt", False),
])
def test_a_name_over_the_firm_that_bears_it(name: str, firm: str, signs: bool) -> None:
    """A plumber's estimate closed "Gary Hunt" / "Hunt Plumbing and Heating" under its thanks: no writer named."""
    assert firm_of_the_name(name, firm) is signs
    text = f"Estimate\n\nRemove the old bath and fit a shower.\n\nThanks for asking us to quote.\n\n{name}\n{firm}\n"
    assert pasted(text, "estimate.txt").meta.authors == ((name,) if signs else ())


# --- an event's venue under its day and hour is no headline ---------------------------------------------------------

@pytest.mark.parametrize(("day", "venue", "under"), [
    ("Fri, 18 Dec, 7:30 pm", "Brudenell Social Club, Leeds", True),
    ("Sat 9 Jan, 8pm", "The Wardrobe, Leeds", True),
    ("Thursday 14 January 2027, 19:30", "The Deaf Institute, Manchester", True),
    ("Sun, 3 Jan, 2:00 pm", "Memorial Hall, Hebden Bridge", True),
    # guards: a day with no hour; a headline under the hour
    ("Fri, 18 Dec", "Brudenell Social Club, Leeds", False),
    ("Fri, 18 Dec, 7:30 pm", "The Lovely Eggs close their year in Leeds", False),
])
def test_a_venue_under_its_day_and_hour(day: str, venue: str, under: bool) -> None:
    """A DICE event's "The Lovely Eggs" / "Fri, 18 Dec, 7:30 pm" / "Brudenell Social Club, Leeds": the venue titled
    the page."""
    assert venue_under_its_day(_lines(["The Lovely Eggs", day, venue, "£16.50"]), 2) is under


def test_the_new_patterns_stay_linear() -> None:
    check_linear("wishing ", small=300, read=lambda text: given_names_signers(["We came.", text + ",", "Deb and Kit"]))
    check_linear("Ab-on-", small=300, read=lambda text: reader_signer("Mary-Jo K, " + text + "!"))
    check_linear("Ab ", small=300, read=lambda text: reader_signer("Mary " + text + ", Leeds!"))
    check_linear("Revd ", small=300, read=lambda text: signed_with_title(_lines(["a.", "Revd " + text + "!"]), 0))
    check_linear("4 beds · ", small=200, read=lambda text: facts_row(text + "x"))
    check_linear("Ab ", small=300, read=lambda text: venue_under_its_day(_lines(["Fri, 7pm", text + ", Leeds!"]), 1))


def test_a_reviewers_counts_are_no_listings_facts() -> None:
    # a map's reviewer over her counts ("Nia Wyn" / "Local Guide · 84 reviews · 412 photos") names no listing
    assert not facts_row("Local Guide · 84 reviews · 412 photos")
