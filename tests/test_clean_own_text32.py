"""Twenty-four texts in forms the earlier sets lack (issue #10): twelve a user typed (a school report, a wedding speech,
a bowls club's notice of its AGM, a walking route, a kettle manual's section, a short story, a mountain rescue team's
press statement, a café's job advert, a church's weekly bulletin, a letter to the editor with its sender's address on
top, a diary entry, a food bank's volunteer rota) and twelve page dumps copied from a browser, of sites no earlier set
tried (an Allrecipes review, an Atlas Obscura place, a Checkatrade review, a Garmin Connect activity, a Google Play app,
a Hipcamp listing, an Indeed company review, a MuseScore score, a Product Hunt launch, a Student Room thread, a
Thingiverse thing, a WikiTree profile) (tests/fixtures/own_text32), their expectations written before they first ran.

FIRST READING: 10 of 24 read right (7 of 12 typed, 3 of 12 dumps; body lines kept 136/140, clutter read 3/274, titles
19, authors 13, dates 21 of 24). Every third text in name order (checkatrade_review, hipcamp_listing, own_agm_notice,
own_job_advert, own_product_manual, own_volunteer_rota, producthunt_launch, wikitree_profile) was kept aside: 3 of 8 at
first; the other two thirds 7 of 16. Two expectations were brought to the house's form after that run: a letter to
the editor ("Sir,") is signed by its writer, as the letters page prints the name (signoffs.editors_letter_signer); a
name over its office closing a notice ("Linda Farrow" / "Hon. Secretary") signs it, as a head's newsletter is signed.
The second moved a kept text from wrong to right: 11 of 24 (kept 4 of 8, tuned 7 of 16). Classes read from the tuned
two thirds: a day under a typed title set off before the occasion it is ("Sunday 6 December 2026 – Second Sunday of
Advent") was taken for the header's date line and not read (and "Saturday 3 May 2026 - Spring Fair" named the fair as
the writer); a letter typed from its sender's address, no title over it ("7 Mill Lane" / "Ambleside" / "LA22 9DH" /
"The Editor" / ... / "Sir,"), was titled by the address's first line and read the rest of it; a story signed "by Joan
Pierce" under its last line named no writer; an app's name over its maker and the store's notices ("Fellside Apps
Ltd" / "Contains ads") lost the title to "About this app"; a person's name over their activity's title, its kind and
its day ("Aled Morgan" / "Sunday Long Run – Elan Valley" / "Running" / the day) wrote nothing. The handle rows were
brought to the house's form on the way: a site's user credited by a handle names no writer, as own_text5 and
own_text30 hold (atlasobscura_place, studentroom_thread, thingiverse_thing), 13 of 24 at first on that form (8 of 12
typed, 5 of 12 dumps; tuned 9 of 16, kept 4 of 8). After the rules: 18 of 24 (11 of 12 typed, 7 of 12 dumps; body
137/140, clutter 1/276, titles 21, authors 20, dates 21); tuned 14 of 16; the kept third 4 of 8, as before: its misses
are of other classes (listed below). The rules also read two earlier known misses: own_text31's complaint letter and
own_text30's podcast episode. The harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.lines import make_line
from narrator.clean.listingheads import over_a_company
from narrator.clean.pagedates import day_and_occasion
from narrator.clean.signoffs import address_on_top
from narrator.clean.workheads import maker_and_work
from tests.own_text4 import dump_tests, expectations, kept, pasted, read_or_refuse, report
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "own_text32"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
# (own_volunteer_rota, a kept text, is read right since a note closed by its writers' given names under a greeting
# or a thanks signs it (own_text33): 19 of 24.)
_STILL_WRONG: dict[str, str] = {
    "atlasobscura_place": "a place's page: its counters' labels under their counts ('2,906' / 'People Want to Go') "
                          "and its buttons ('Been Here?' / 'Want to Go?') title it over the place's name, its summary "
                          "under the name is not heard, and its day under a bare 'Published' at the foot dates nothing",
    "musescore_score": "a score's arranger under its title and its kind ('The Water Is Wide – Easy Piano' / 'Solo "
                       "Piano' / 'Bethan Ellis' / 'Pro'), over the page's tools, writes nothing",
    "hipcamp_listing": "(kept third) a listing's host credited by a given name alone ('Hosted by Rhian') is taken for "
                       "its writer, where a holiday let's 'Hosted by Gwen' (own_text10) is not",
    "producthunt_launch": "(kept third) a launch page: the product's tagline titles it over its one-word name "
                          "('Shelfie' / 'Scan your bookshelf, ...'), the maker's comment loses its last line, and the "
                          "maker's name, 'Maker' and the day under the comment write and date nothing",
    "wikitree_profile": "(kept third) a genealogy profile: a fact under the person's name ('Husband of Agnes (Dent) "
                        "Brough — married 2 Jun 1896 ...') titles it, the death's day dates it, and the page's count "
                        "('This page has been accessed 318 times.') is read",
}


globals().update(dump_tests(TEXTS, _STILL_WRONG, FIXTURES))


if __name__ == "__main__":
    report(FIXTURES)


# --- each class, on small texts of our own -------------------------------------------------------------------------

_NOTICES = ("St Anne's Church – Weekly Notices\n{line}\n\nThe hall opens at ten. Bring a cake if you can, and a "
            "friend.\n\nTea and coffee are served all day.\n")


@pytest.mark.parametrize(("line", "published", "read"), [
    ("Sunday 6 December 2026 – Second Sunday of Advent", "2026-12-06", True),
    ("Sunday, 13 December 2026, Third Sunday of Advent", "2026-12-13", True),
    ("Saturday 3 May 2026 - Spring Fair", "2026-05-03", True),
    ("1 March 2026: St David's Day", "2026-03-01", True),
    ("14 February 2026 – Valentine's Day", "2026-02-14", True),
    ("5 November 2026 – Bonfire Night on the green", "2026-11-05", True),
    # guards: the day alone; a dateline's place; a byline after the day
    ("Sunday 6 December 2026", "2026-12-06", False),
    ("Monday 1 June 2026 – Leeds", "2026-06-01", False),
    ("3 March 2026 – Tom Day", "2026-03-03", False),
])
def test_a_day_with_its_occasion_under_the_title_is_read(line: str, published: str, read: bool) -> None:
    """A day set off before the occasion it is, under a typed text's title ("Sunday 6 December 2026 – Second Sunday of
    Advent"): the day dates the text and the line is read (it was taken for the header's date line, and "Spring Fair"
    after the day for its writer)."""
    document = pasted(_NOTICES.format(line=line), "notices.txt")
    assert document.meta.published == published
    assert (line in kept(document)) is read
    assert document.meta.authors == (("Tom Day",) if line.endswith("Tom Day") else ())


@pytest.mark.parametrize(("text", "day"), [
    ("Friday 4 July 2025 – Independence Day", "2025-07-04"), ("Sunday 6 December 2026 | Advent Sunday", "2026-12-06"),
    # guards: a month alone before its occasion; an issue's line; a sentence
    ("May 2026 – Open Day", None), ("Notices for Sunday 6 December 2026 – Advent 2", None),
    ("On 3 May 2026 - the fair day was wet.", None),
])
def test_a_day_and_its_occasion(text: str, day: str | None) -> None:
    """The day's line itself: a day, a mark setting it apart, and an occasion's name (a word of the calendar or of a
    gathering in it)."""
    assert day_and_occasion(make_line(0, text, 0)) == day


_LETTER_BODY = ("\n\n{greeting}\n\nThe bins on our street have not been emptied for three weeks, and the foxes have "
                "found them.\n\nPlease send someone to collect them before the weekend.\n\nYours faithfully,\n"
                "{signer}\n")


@pytest.mark.parametrize(("top", "greeting", "published", "address"), [
    ("7 Mill Lane\nAmbleside\nLA22 9DH\n\nThe Editor\nWestmorland Gazette", "Sir,", None, "7 Mill Lane"),
    ("14 Cedar Road\nHeaton Moor\nStockport SK4 3LP\n\n2 December 2026\n\nCustomer Relations\nNorthern Trains",
     "Dear Sir or Madam,", "2026-12-02", "Stockport SK4 3LP"),
    ("Flat 2, 18 Hill Street\nEdinburgh EH3 6PT\n\nCllr Ruth Reid\nCity Chambers", "Dear Councillor Reid,", None,
     "Edinburgh EH3 6PT"),
    ("412 Elm Street\nSpringfield, IL 62704\n\nMarch 3, 2026", "Dear Mayor Jones,", "2026-03-03", "412 Elm Street"),
])
def test_a_letter_typed_from_its_senders_address(top: str, greeting: str, published: str | None,
                                                 address: str) -> None:
    """A letter typed from its top, the sender's address first (its last line ending on a postcode or a ZIP), the
    greeting a few lines under: no title but the file's, the address not read, a day between dates the letter, and
    whom it is to and the greeting are read (the address's first line titled it and the rest of it was read)."""
    document = pasted(top + _LETTER_BODY.format(greeting=greeting, signer="Ann Holt"), "letter.txt")
    assert document.meta.title == "Letter"
    assert document.meta.published == published
    assert address not in kept(document)
    assert kept(document)[:2] != top.split("\n")[:2]
    assert greeting in kept(document)


@pytest.mark.parametrize(("top", "title"), [
    # guards: a short list with no postcode over a greeting; an address with no greeting under it (a notice's contact)
    ("Bin day changes\nFrom Monday\nGreen bins fortnightly", "Bin day changes"),
    ("Lost cat\n7 Mill Lane\nAmbleside LA22 9DH", "Lost cat"),
])
def test_a_text_with_no_address_over_a_greeting_keeps_its_title(top: str, title: str) -> None:
    """Short lines on top that are no address ending on a postcode, or an address under a title: the title stays."""
    document = pasted(top + _LETTER_BODY.format(greeting="Dear neighbours,", signer="Ann Holt"), "letter.txt")
    assert document.meta.title == title


def test_an_address_needs_its_greeting_under_it() -> None:
    """The postcode alone is no letter: an address with sentences under it and no greeting is not taken."""
    texts = ["7 Mill Lane", "Ambleside", "LA22 9DH", "The fell race starts here at ten.", "Bring a map."]
    assert address_on_top(texts, [False, False, False, True, True]) is None


_STORY = ("The Lighthouse\n\nThe lamp had not been lit for forty years, but every night at dusk Ruth climbed the "
          "stairs.\n\nShe wound the clock, wiped the glass, and came down again.\n\n{last}\n")


@pytest.mark.parametrize(("last", "authors"), [
    ("by Joan Pierce", ("Joan Pierce",)),
    ("By Tom Ellis", ("Tom Ellis",)),
    ("– by Ana Ruiz", ("Ana Ruiz",)),
    ("by Dafydd ap Gwilym", ("Dafydd ap Gwilym",)),
    # guards: no name after "by"; a sentence
    ("by the harbour wall", ()),
    ("By Friday.", ()),
])
def test_a_story_signed_by_its_writer_under_its_last_line(last: str, authors: tuple[str, ...]) -> None:
    """A story or a poem signed "by Joan Pierce" under its last line: its writer, heard as the byline once (only a
    report's, notes' or minutes' credit was taken there)."""
    document = pasted(_STORY.format(last=last), "story.txt")
    assert document.meta.authors == authors
    assert (last in kept(document)) is not bool(authors)


_ACTIVITY = ("Fitness Hub\nActivities\nCourses\nTraining\nSearch\n{name}\n{work}\n{kind}{day}\nEdit\nShare\n21.1\n"
             "km\nDistance\nNotes\nOut along the old railway and back by the road, with mist lying on the water until "
             "about ten.\nLegs felt heavy for the first few kilometres, then settled, and the last climb went better "
             "than last week.\nSplits\nLaps\n")


@pytest.mark.parametrize(("name", "work", "kind", "day", "authors"), [
    ("Ffion Hughes", "Evening ride to Llyn Brianne", "Ride", "3 March 2026", ("Ffion Hughes",)),
    ("Gethin Price", "Round of the Carneddau", "Hike", "May 12, 2026", ("Gethin Price",)),
    ("Sarah Lind", "Morning swim at Clevedon", "Swim", "Mar 3, 2026 @ 7:10 AM", ("Sarah Lind",)),
    ("Owain Davies", "Coast path to Porthgain", "", "Saturday, 7 March 2026", ("Owain Davies",)),
    # guards: a paper's name over its headline, its section and its day; a review site's label under its reviewer
    ("Hexham Courant", "Bridge closed after flood", "News", "3 March 2026", ()),
    ("Lowri P.", "Lowri P.'s review", "", "Mar 09, 2026", ()),
])
def test_a_persons_name_over_their_dated_work(name: str, work: str, kind: str, day: str,
                                              authors: tuple[str, ...]) -> None:
    """A person's name (a given name first) over their work's or activity's title, its kind perhaps between, over its
    day ("Aled Morgan" / "Sunday Long Run – Elan Valley" / "Running" / "Dec 6, 2026 @ 8:02 AM"): the writer (only an
    age in words tied a maker to a work)."""
    document = pasted(_ACTIVITY.format(name=name, work=work, kind=kind + "\n" if kind else "", day=day))
    assert document.meta.authors == authors
    assert document.meta.title == work


@pytest.mark.parametrize(("work", "found"), [
    ("Round of the Carneddau", (1, 2)),
    # guard: where the writer writes from, under their name in a byline, over the day
    ("from University of Michigan", None),
])
def test_where_a_writer_writes_from_is_no_work_of_theirs(work: str, found: tuple[int, int] | None) -> None:
    """A byline's name over where its writer works, over the day ("James Lynch" / "from University of Michigan" /
    "Last updated on 20 Feb, 2020. 3 min read"): no maker over a work (a news page's text dump had its title so)."""
    texts = ["Menu", "James Lynch", work, "Last updated on 20 Feb, 2020. 3 min read", "The printers got faster."]
    assert maker_and_work([make_line(i, text, 0) for i, text in enumerate(texts)], 0, 4) == found


_APP = ("Google Play\nGames\nApps\nBooks\nKids\n{name}\n{maker}\n{notice}\n4.5star\n10K+ reviews\nInstall\nShare\n"
        "About this app\nThe app tells you when the tide turns at every harbour on the coast, and warns you before a "
        "spring tide.\nIt works without a signal once you have saved your harbours.\nData safety\n")


@pytest.mark.parametrize(("name", "maker", "notice"), [
    ("Tide Times UK", "Harbour Software Ltd", "In-app purchases"),
    ("Bin Day Reminder", "Civic Apps Limited", "Contains ads"),
    ("Birdsong ID", "Dawn Chorus Inc.", "Offers in-app purchases"),
])
def test_an_apps_name_over_its_maker_and_the_stores_notices(name: str, maker: str, notice: str) -> None:
    """An app store's listing: the app's name over its maker's company, the store's notices under ("Contains ads",
    "In-app purchases"), as a price stands under an item's maker: the app's name titles the page (the store's label
    "About this app" over the description did)."""
    assert pasted(_APP.format(name=name, maker=maker, notice=notice)).meta.title == name


@pytest.mark.parametrize(("under", "title"), [
    ("Contains ads", "Annual report"),
    # guard: no store's notice under the company (a menu's entry) leaves the page's headline to the other rules
    ("Contains nuts", None),
])
def test_a_stores_notice_is_the_evidence(under: str, title: str | None) -> None:
    """Only a store's notice under the company ties the line over it to it as its product's name."""
    lines = [make_line(i, text, 0) for i, text in enumerate(["Menu", "Home", "Annual report", "Fellside Apps Ltd",
                                                                under, "The year went well for us."])]
    found = over_a_company(lines, 0, 5)
    assert (lines[found].text if found is not None else None) == title


@pytest.mark.parametrize("token", [
    "A\n1 May 2026 – A Day\n", "1 May 2026, " * 3 + "\n", "1 - " * 5 + "\n", "1 May 2026: a\n", "A " * 8 + "Day\n",
    "1 A\nB\nAB1 2CD\nDear A,\n", "1 A\nAB1 2CD\n", "AB1 2CD\n", "by A\n", "- by A B\n", "by by\n",
    "Ann Lee\nA b\nRide\n1 May 2026\n", "Ann Lee\nA b\n", "A Ltd\nContains ads\n", "A Ltd\nOffers  in-app purchases\n",
    "in-app " * 3 + "\n",
])
def test_the_new_rules_stay_linear_on_hostile_text(token: str) -> None:
    """Each new rule on many repeats of its nearest miss costs time in proportion to the text."""
    check_linear(token, small=300, read=read_or_refuse)
