"""Twenty-two texts of forms the earlier sets lack (tests/fixtures/own_text40, issue #10), their expectations written
before they first ran: eleven a user typed (a vicar's letter in a parish magazine, a bowls club's AGM report, a
funeral's order of service, a retirement speech, a community garden's newsletter, an allotment's rules, a bake sale
notice, a school trip letter, a bird club's sightings, a book club's write-up, a wedding thank-you note) and eleven page
dumps of sites no earlier set tried (a Caravan and Motorhome Club review, a Coolstays and a Hoseasons listing, a
Gardeners' World article, a Glass and a VSCO photo post, a HappyCow review, an Ilkley Gazette letter, a
MoneySavingExpert forum post, a UKClimbing news story, a Walkhighlands route). Among them, the classes the last round
left: names unknown to the table of given names signing ("Oyelaran Adebayo", "Pat Dunne", "Siobhán Ní Bhriain"), with
and without a place, the place's small words spaced ("Walton on the Naze", "Stoke by Nayland", "Burley in Wharfedale");
surnames with their small words ("Ana de la Cruz", "Jan van der Berg", "Aoife Mac an tSaoir"); a letters page's short
heading over "Sir,"; two holiday listings dumped with their "Property ID", facts row, price a night and reviews; two
photo posts under the site's name. Every third in name order (gardenersworld_article, hoseasons_listing,
own_allotment_rules_sheet, own_book_club_writeup, own_funeral_order_of_service, own_school_trip_letter, vsco_post) was
kept aside while the rules were written.

FIRST READING: 7 of 22 right (4 of 11 typed, 3 of 11 dumps); the tuned two thirds 4 of 15 (typed 2 of 7, dumps 2 of 8),
the kept third 3 of 7 (typed 2 of 4, dumps 1 of 3). No expectation was re-written. The tuned misses by class: names
unknown to the table under a letter's form (a vicar's "Dear friends," ... "With love and prayers," / "Oyelaran Adebayo";
a letters page's "Sir," ... "Pat Dunne, Burley in Wharfedale", the paper's note under it read); a surname's small words
("Ana de la Cruz" / "Garden coordinator"); a letters page's heading of two words over "Sir," taken for a menu's entry; a
holiday let's "Property ID: 24817" between its name and its facts titling it; a route's row of measures titling it; a
photo post under the site's name ("Glass") titled by it; a first line ending on "!" read as a sentence, not a title
(two); a member's name and town closing a typed report with no close over it; two names unknown to the table under a
sign-off; a reviewer's handle of one plain word; a forum post's handle over its rank and stamp; a photo's camera
settings.

AFTER THE RULES: 16 of 22 (8 of 11 typed, 8 of 11 dumps); tuned 10 of 15 (typed 5 of 7, dumps 5 of 8), kept third 6 of 7
(typed 3 of 4, dumps 3 of 3): the kept third moved by three, each of a class a rule was written for (hoseasons_listing,
its reference between name and facts; own_allotment_rules_sheet, "Jan van der Berg" over "Site secretary"; vsco_post, a
handle over "Follow"). Its one miss is of a class left: a name in full alone under the last sentence, no close over it.
The rules read right four earlier known misses: left57's three letters pages (two signers unknown to the table, "Pat
Dunne" and "Glyn Roberts"; two letters under "Ferry fares") and own_text37's pixelfed_post. The tuned misses left: a
member's name and town closing a typed report with no close over it; two names unknown to the table under a sign-off; a
reviewer's handle of one plain word; a forum post's handle over its rank and stamp; a photo's camera settings under its
caption.
Since then glass_photo reads right: its camera's settings by the rule of tests/test_clean_left58.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.bylines import NAME_LINE
from narrator.clean.lines import Line, make_line
from narrator.clean.listingheads import _LISTING_REFERENCE, facts_row
from narrator.clean.signoffs import person_in_full, reader_signer
from narrator.clean.textmeta import _HANDLE_ALONE
from tests.own_text4 import dump_tests, expectations, kept, pasted, report
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "own_text40"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {
    "happycow_review": "'Posted by thistledown on 29 Nov 2026' over a review: the handle, one plain word in small "
                       "letters, is named no writer (the day is read)",
    "moneysavingexpert_forum_post": "a forum post's handle over the poster's rank and stamp ('frugal_fran' / "
                                    "'Forumite' / '3 December 2026 at 7:42PM'): no writer and no day, under a title "
                                    "that is a question, which the body is taken to open on (the card's rule of "
                                    "tests/test_clean_left58.py reads it under a title of any other shape)",
    "own_bowls_club_agm_report": "a member's name and town on a typed report's last line ('Pat Dunne, Walton on "
                                 "the Naze'), no close or greeting over it: no rule names a writer, whatever the name",
    "own_wedding_thank_you_note": "two names unknown to the table under a sign-off, not a wish ('Lots of love,' / "
                                  "'Sinéad and Kwame'): the pair's rule asks for a wish or thanks over them, and "
                                  "unknown names of five letters at most",
    "own_book_club_writeup": "(kept third) a name in full alone on a write-up's last line, right under its last "
                             "sentence, no close over it ('Aoife Mac an tSaoir'): no rule names a writer there, "
                             "whatever the name ('Ann Lee' neither)",
}

globals().update(dump_tests(TEXTS, _STILL_WRONG, FIXTURES))


if __name__ == "__main__":
    report(FIXTURES)


def _lines(texts: list[str]) -> list[Line]:
    return [make_line(i, text, i) for i, text in enumerate(texts)]


# --- a surname with its small words: a name --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Ana de la Cruz", True), ("Jan van der Berg", True), ("Aoife Mac an tSaoir", True), ("Luís dos Santos", True),
    ("Pieter ter Horst", True), ("Marie du Pont", True), ("Siobhán Ní Bhriain", True), ("Ann Lee", True),
    # guards: a prompt and a title whose small words are English, not a name's; a particle with no surname after it
    ("Book an Appointment", False), ("Tea for Two", False), ("Walk in the Park", False), ("Ann de", False),
    ("Notes de la semaine", False),
])
def test_a_surname_with_its_small_words_is_a_name(text: str, name: bool) -> None:
    """A garden's newsletter signed "Ana de la Cruz" / "Garden coordinator" named no writer: the name's small words
    ("de la") were no name's, though "Pat Cruz" over the same office signed it."""
    assert (NAME_LINE.match(text) is not None) is name


_NEWSLETTER = ("Winter news\n\nThe polytunnel survived the storm, and the door is held on with twine.\n\n"
               "Workdays carry on through the winter on the first Sunday of each month.\n\n{name}\n{office}\n")


@pytest.mark.parametrize(("name", "office", "authors"), [
    ("Ana de la Cruz", "Garden coordinator", ("Ana de la Cruz",)),
    ("Jan van der Berg", "Site secretary", ("Jan van der Berg",)),
    ("Luís dos Santos", "Treasurer", ("Luís dos Santos",)),
    ("Aoife Mac an tSaoir", "Chair", ("Aoife Mac an tSaoir",)),
    # guard: a prompt of English small words over an office is no name
    ("Book an Appointment", "Treasurer", ()),
])
def test_a_name_with_small_words_over_an_office_signs(name: str, office: str, authors: tuple[str, ...]) -> None:
    assert pasted(_NEWSLETTER.format(name=name, office=office), "news.txt").meta.authors == authors


# --- a reader's name in full, whatever its given name, under a letter to the editor ----------------------------------

@pytest.mark.parametrize(("name", "person"), [
    ("Pat Dunne", True), ("Oyelaran Adebayo", True), ("Glyn Roberts", True), ("Ana de la Cruz", True),
    ("Siobhán Ní Bhriain", True), ("Pat D", True),
    # guards: a street, a building, a group; one word alone; a name opening on "The"; words in small letters
    ("Harbour Road", False), ("Village Hall", False), ("Hagg Lane Committee", False), ("Oyelaran", False),
    ("The Old Forge", False), ("all at number nine", False),
])
def test_a_person_in_full(name: str, person: bool) -> None:
    assert person_in_full(name) is person


_PAGE = ("Ilkley Gazette\nNews\nSport\nLetters\nKeep the library open\n{greeting}\n"
         "The plan to close the library on Saturdays would shut out everyone who works in the week.\n"
         "My grandchildren borrow a bag of books every weekend, and it is the only day I can take them.\n"
         "Surely a few hours on a Saturday cost less than the harm of closing the doors.\n{signed}\n{note}"
         "Most read\nContact us\n")


@pytest.mark.parametrize(("greeting", "signed", "authors"), [
    ("Sir,", "Pat Dunne, Burley in Wharfedale", ("Pat Dunne",)),
    ("Dear Editor,", "Oyelaran Adebayo, Stoke by Nayland", ("Oyelaran Adebayo",)),
    ("Sir,", "Ana de la Cruz, Walton on the Naze", ("Ana de la Cruz",)),
    ("Madam,", "Siobhán Ní Bhriain, Dingle", ("Siobhán Ní Bhriain",)),
    ("Sir,", "Glyn Roberts, Llandudno", ("Glyn Roberts",)),
    # guards: a street and its town under the letter; a building and its village; no greeting to the editor over it
    ("Sir,", "Harbour Road, Whitby", ()),
    ("Sir,", "Village Hall, Stoke by Nayland", ()),
    ("Dear all,", "Pat Dunne, Burley in Wharfedale", ()),
])
@pytest.mark.parametrize("note", ["", "Letters may be edited for length.\n"])
def test_a_readers_name_unknown_to_the_table_signs_a_letter_to_the_editor(
        greeting: str, signed: str, authors: tuple[str, ...], note: str) -> None:
    """A letters page's "Pat Dunne, Burley in Wharfedale" under "Sir," named no writer, and the paper's note under it
    was read as the letter's: "Pat" is not in the table of given names, and the greeting to the editor was not
    enough."""
    document = pasted(_PAGE.format(greeting=greeting, signed=signed, note=note), "letter.txt")
    assert document.meta.authors == authors
    if authors:
        assert kept(document)[-1] == signed


_TYPED = ("Sir,\n\nThe plan to cut the bus to two a day will leave the villages with no way to the doctor's.\n\n"
          "Many of us do not drive.\n\nI urge every reader to write to the council.\n\n{signed}\n")


@pytest.mark.parametrize(("signed", "authors"), [
    ("Pat Dunne, Walton on the Naze", ("Pat Dunne",)),
    ("Oyelaran Adebayo, Stoke by Nayland", ("Oyelaran Adebayo",)),
    ("Harbour Road, Whitby", ()),  # guard: a street and its town
])
def test_a_typed_letter_to_the_editor_signed_by_a_name_unknown_to_the_table(signed: str,
                                                                          authors: tuple[str, ...]) -> None:
    assert pasted(_TYPED.format(signed=signed), "letter.txt").meta.authors == authors


_CIRCULAR = ("From the vicarage\n\n{greeting}\n\nThe warm space in the church hall opens on Tuesdays and Thursdays.\n\n"
             "If you can give an hour, or a pan of soup, please put your name on the list by the font.\n\n"
             "{close}\n{name}\n")


@pytest.mark.parametrize(("greeting", "close", "name", "authors"), [
    ("Dear friends,", "With love and prayers,", "Oyelaran Adebayo", ("Oyelaran Adebayo",)),
    ("Dear parishioners,", "Every blessing,", "Pat Dunne", ("Pat Dunne",)),
    ("Dear neighbours,", "Best wishes,", "Jan van der Berg", ("Jan van der Berg",)),
    ("Hello everyone,", "With thanks,", "Siobhán Ní Bhriain", ("Siobhán Ní Bhriain",)),
    # guards: a group signs for many; a letter to many with no close over the name; a building's name
    ("Dear friends,", "With love and prayers,", "Hagg Lane Committee", ()),
    ("Dear friends,", "The list is by the font.", "Oyelaran Adebayo", ()),
    ("Dear friends,", "With love and prayers,", "Marsh Lane Community Centre", ()),
])
def test_a_letter_to_many_signed_by_a_name_unknown_to_the_table(greeting: str, close: str, name: str,
                                                               authors: tuple[str, ...]) -> None:
    """A vicar's letter "Dear friends," ... "With love and prayers," / "Oyelaran Adebayo" named no writer: the name's
    given name is not in the table, though the greeting to many and the close over it both say a person signs."""
    text = _CIRCULAR.format(greeting=greeting, close=close, name=name)
    assert pasted(text, "letter.txt").meta.authors == authors


def test_the_name_patterns_stay_linear() -> None:
    check_linear("de ", small=300, read=lambda text: NAME_LINE.match(f"Ann {text}x"))
    check_linear("Ann ", small=300, read=lambda text: person_in_full(f"{text}x"))
    check_linear("de ", small=300, read=lambda text: person_in_full(f"Ann {text}x"))
    check_linear("an t", small=300, read=lambda text: reader_signer(f"Ann {text}x, Leeds", to_editor=True))


# --- a listing's name over its reference and its facts; a route's name over its measures ------------------------------

@pytest.mark.parametrize(("row", "facts"), [
    ("Distance 5.5 km · Time 2 - 3 hours · Ascent 330 m", True),
    ("Length 8.4 km · Elevation gain 412 m · Route type: Loop", True),
    ("Distance: 12 miles · Ascent: 640 m · Terrain: moorland", True),
    ("Distance 21 km · Duration 5:30 h · Uphill 240 m · Downhill 240 m", True),
    # guards: one measure among other parts; a post's row of its age and counts
    ("Time 3 min · Level 2 · Score 40", False),
    ("Posted 2 hours ago · 4 comments · Share", False),
])
def test_a_routes_measures_are_a_facts_row(row: str, facts: bool) -> None:
    """A route's page ("Conic Hill from Balmaha" / "Distance 5.5 km · Time 2 - 3 hours · Ascent 330 m") was titled by
    its row of measures: a distance and a time counted no rooms."""
    assert facts_row(row) is facts


@pytest.mark.parametrize(("text", "reference"), [
    ("Property ID: 24817", True), ("Ref. 1099421", True), ("Listing ref: SC-1187", True),
    ("Property reference: 44871", True), ("Cottage ref 5521", True),
    # guards: a house's number in its address; a count; a word with no number
    ("No. 10 Downing Street", False), ("Sleeps 4", False), ("ID needed at the door", False),
])
def test_a_listings_reference(text: str, reference: bool) -> None:
    assert (_LISTING_REFERENCE.match(text) is not None) is reference


_LISTING = ("Cottage Breaks\nSearch\nCollections\nOffers\nSign in\nHome › Wales › Pembrokeshire\n{name}\n{reference}"
            "Sleeps 4 · 2 bedrooms · 2 bathrooms · Dog friendly\nFrom £165 per night\n4.8 (63 reviews)\n"
            "Check availability\nSave\nAbout this property\n"
            "The cottage sits right on the harbour wall, with the boats pulled up on the shingle below the balcony.\n"
            "Downstairs is one long room with a kitchen at one end and a wood burner at the other.\n"
            "At low tide you can walk across the harbour to the inn.\nFacilities\nWifi\nParking\nReviews\nBook now\n")


@pytest.mark.parametrize(("name", "reference"), [
    ("The Boathouse, Solva", "Property ID: 24817"),
    ("Gull Cottage", "Ref. 1099421"),
    ("Shepherd's hut by the burn", "Listing ref: SC-1187"),
    ("Fisherman's Rest", ""),  # no reference between: the name right over the facts, as before
])
def test_a_listings_name_over_its_reference_titles_it(name: str, reference: str) -> None:
    """A holiday let's page set its "Property ID: 24817" between its name and its facts: the number titled it."""
    document = pasted(_LISTING.format(name=name, reference=f"{reference}\n" if reference else ""), "listing.txt")
    assert document.meta.title == name
    assert not reference or reference not in kept(document)


_ROUTE = ("Walkhighlands\nWalks\nMaps\nForum\nLog in\nScotland › Loch Lomond › Balloch\n{name}\n{row}\n"
          "Start the walk from the car park, taking the signs up through the forest behind the visitor centre.\n"
          "Above the trees the path climbs steeply beside a burn before turning around the back of the hill.\n"
          "A short detour to the top gives one of the finest views of the loch and its islands.\nPrint\nDownload GPX\n")


@pytest.mark.parametrize(("name", "row"), [
    ("Conic Hill from Balmaha", "Distance 5.5 km · Time 2 - 3 hours · Ascent 330 m"),
    ("Ben Ledi from Stank", "Distance: 9 km · Ascent: 760 m · Time: 4 - 5 hours"),
    ("The Cobbler", "Length 11 km · Elevation gain 870 m · Est. 5h"),
])
def test_a_routes_name_over_its_measures_titles_it(name: str, row: str) -> None:
    document = pasted(_ROUTE.format(name=name, row=row), "route.txt")
    assert document.meta.title == name and row not in kept(document)


def test_the_listing_patterns_stay_linear() -> None:
    check_linear("Distance 5 km · ", small=300, read=lambda text: facts_row(text))
    check_linear("1", small=300, read=lambda text: _LISTING_REFERENCE.match(f"Ref. {text}x"))
    check_linear("distance 1", small=300, read=lambda text: facts_row(f"{text} · 2 beds · 1 bath"))


# --- a letters page's short heading over "Sir," ----------------------------------------------------------------------

_LETTERS = ("Island Times\nHome\nNews\nLetters\nYour letters\n{heading}\n{greeting}\n"
            "The new fares will cost a family of four more than a night in a hotel on the mainland.\n"
            "Islanders who must travel for hospital visits should not pay the same as day trippers.\n"
            "I hope the company will think again before the summer timetable.\n{signed}\nShare\nComments (4)\n")


@pytest.mark.parametrize(("heading", "greeting", "signed", "title", "authors"), [
    ("Bus cuts", "Sir,", "Pat Dunne, Burley in Wharfedale", "Bus cuts", ("Pat Dunne",)),
    ("Ferry fares", "Dear Editor,", "Morag Innes, Tobermory", "Ferry fares", ("Morag Innes",)),
    ("Potholes", "Sir,", "Ann Lee, Keswick", "Potholes", ("Ann Lee",)),
    ("Save our library", "Madam,", "Glyn Roberts, Llandudno", "Save our library", ("Glyn Roberts",)),
    # guard: a letter to a friend, no greeting to the editor: its heading is not sought over it
    ("Ferry fares", "Dear Morag,", "Ann Lee, Keswick", "Island Times", ()),
])
def test_a_letters_short_heading_over_its_greeting_titles_it(heading: str, greeting: str, signed: str, title: str,
                                                             authors: tuple[str, ...]) -> None:
    """A letters page's "Bus cuts" over "Sir," was taken for the menu's last entry, and the paper's name titled it."""
    document = pasted(_LETTERS.format(heading=heading, greeting=greeting, signed=signed), "letters.txt")
    assert (document.meta.title, document.meta.authors) == (title, authors)


def test_a_letters_page_of_two_signed_letters_names_no_one_writer() -> None:
    """Two letters under one heading, each signed with a name and a town: the last signer is no writer of both."""
    text = _LETTERS.format(heading="Ferry fares", greeting="Sir,", signed="Morag Innes, Tobermory").replace(
        "Share\n", "The company has held its prices for six years while its fuel bill has doubled.\n"
        "A fair fare for islanders would be welcome, but someone has to pay for the boats.\n"
        "Iain Munro, Dervaig\nShare\n")
    document = pasted(text, "letters.txt")
    assert document.meta.authors == ()
    assert "Morag Innes, Tobermory" in kept(document) and "Iain Munro, Dervaig" in kept(document)


# --- a photo post under the site's name: no headline ------------------------------------------------------------------

_PHOTO = ("{site}\nExplore\nFollowing\nProfile\n{poster}\nFollow\n"
          "Frost on the heather above the village, just after sunrise on Tuesday.\n"
          "The light lasted about ten minutes before the cloud came in from the west, so I was glad to be out early.\n"
          "#landscape #winter\n86 likes\nComments\nWrite a comment…\n")


@pytest.mark.parametrize(("site", "poster"), [
    ("Glass", "moorland_light"), ("Pixelfed", "kestrelwatcher"), ("VSCO", "saltmarsh.days"),
    ("Foto", "jo.takes.photos"), ("Snapshot", "birder22"),
])
def test_a_photo_post_under_a_handle_has_no_headline(site: str, poster: str) -> None:
    """A photo post's page: the site's name over its menu, the poster's handle over "Follow", the caption. The site's
    name titled it; the file's name does, as for any text with no headline."""
    document = pasted(_PHOTO.format(site=site, poster=poster), "frost_post.txt")
    assert document.meta.title == "Frost post"
    assert "Frost on the heather above the village, just after sunrise on Tuesday." in kept(document)


def test_a_photo_with_its_own_name_under_its_maker_keeps_it() -> None:
    # guard: a maker's name in full (no handle) over "Follow" and the photo's own name: that name titles the page
    text = ("Photo Site\nExplore\nUpload\nSign in\nAled Morgan\nFollow\nCurlews at dusk, Dyfi estuary\n"
            "Taken from the sea wall at Ynyslas as the tide came in, with a flock of curlews coming in to roost.\n"
            "The light went from gold to grey in about ten minutes.\n12 faves\nComments\n")
    assert pasted(text, "photo.txt").meta.title == "Curlews at dusk, Dyfi estuary"


def test_the_handle_pattern_stays_linear() -> None:
    check_linear("a.", small=300, read=lambda text: _HANDLE_ALONE.match(text + " x"))


# --- a member's name in full under a close, no greeting on top, whatever the given name ------------------------------

_REPORT = ("Annual general meeting\n\nThirty-one members came to the AGM, the best turnout for ten years.\n\n"
           "The green will be re-turfed at the south end in March.\n\nSubscriptions stay at ninety pounds.\n\n"
           "{close}\n{name}\n")


@pytest.mark.parametrize(("close", "name", "authors"), [
    ("Best wishes,", "Pat Dunne", ("Pat Dunne",)),
    ("Kind regards,", "Oyelaran Adebayo", ("Oyelaran Adebayo",)),
    ("With thanks,", "Jan van der Berg", ("Jan van der Berg",)),
    ("Yours in bowls,", "Siobhán Ní Bhriain", ("Siobhán Ní Bhriain",)),
    ("Best wishes,", "Ann Lee", ("Ann Lee",)),  # a name the table knows, as before
    # guards: a club and a committee sign for many; a given name alone unknown to the table; no close over the name
    ("Best wishes,", "Marsh Lane Bowls Club", ()),
    ("Best wishes,", "Hagg Lane Committee", ()),
    ("Best wishes,", "Pat", ()),
    ("Subscriptions are due in April.", "Pat Dunne", ()),
])
def test_a_name_in_full_under_a_close_signs(close: str, name: str, authors: tuple[str, ...]) -> None:
    """A report closed "Best wishes," / "Pat Dunne" named no writer, though "Best wishes," / "Ann Lee" did: the close
    says a person signs, whatever the table knows of their given name."""
    assert pasted(_REPORT.format(close=close, name=name), "report.txt").meta.authors == authors


# --- a typed notice's title ending on "!" ----------------------------------------------------------------------------

_NOTICE = ("{first}{gap}Year 4 are holding a bake sale after school on Friday in the hall.\n\n"
           "Cakes, biscuits and flapjacks are 50p each, and there will be hot chocolate.\n\n"
           "If you can bake, please drop your cakes at the office in the morning.\n")


@pytest.mark.parametrize(("first", "gap", "title"), [
    ("Bake sale on Friday!", "\n\n", "Bake sale on Friday!"),
    ("Jumble sale this Saturday!", "\n\n", "Jumble sale this Saturday!"),
    ("We did it!", "\n\n", "We did it!"),
    ("Lost cat!", "\n\n", "Lost cat!"),
    ("Cake stall needs YOU!", "\n\n", "Cake stall needs YOU!"),
    # guards: a greeting; one word; two sentences on the line; no blank line under it (the paragraph's first sentence)
    ("Hi everyone!", "\n\n", "Notice"),
    ("Wow!", "\n\n", "Notice"),
    ("We did it! The roof is fixed.", "\n\n", "Notice"),
    ("Bake sale on Friday!", "\n", "Notice"),
])
def test_a_short_first_line_ending_on_an_exclamation_titles_a_notice(first: str, gap: str, title: str) -> None:
    """A bake sale's notice under "Bake sale on Friday!" was titled by the file's name: a first line ending on "!"
    was taken for the text's first sentence."""
    document = pasted(_NOTICE.format(first=first, gap=gap), "notice.txt")
    assert document.meta.title == title
    said = " ".join(kept(document))
    assert (first in said) is (title == "Notice")  # the title is heard once, as the title; any other line is read
