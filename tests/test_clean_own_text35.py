"""Twenty-two texts of forms the earlier sets lack (issue #10): eleven a user typed (a church's notices, a wedding
speech, an orchard group's winter update, a lost property notice, a swimming gala's report, a PTA's letter, a holiday
let's welcome note, a choir's programme note, a neighbourhood watch alert, a gardening column, a plumber's quote) and
eleven page dumps copied from a browser, of sites no earlier set tried (a Big Cartel product, a Folksy item, a
Freecycle offer, an Indiegogo campaign, a Netmums thread, an OLIO listing, an Open Guide page, a Payhip product, a
Ticketmaster event, a Vimeo video, a Wikitravel page) (tests/fixtures/own_text35), their expectations written before
they first ran. Among them, the classes earlier sets left: a results list's "2nd" lines (the gala, the orchard's and
the church's show results), given names signed with their group or business ("Kath and Owen, Millfield Community
Orchard"), a travel guide's one-word sections ("See", "Eat"), a product over its price and button.

FIRST READING: 7 of 22 right (5 of 11 typed, 2 of 11 dumps); the tuned two thirds 5 of 15, the kept third
(freecycle_offer, olio_listing, own_church_notice, own_holiday_let_welcome, own_plumber_quote, own_wedding_speech,
vimeo_video) 2 of 7. One expectation was brought to the house's form after that run: a listing's price right under its
title ("£35.00") is read with it (marketplace.listing_lead), so it is no clutter: 8 of 22, tuned 6 of 15. The tuned
misses by class: given names signed with their group after a comma ("Kath and Owen, Millfield Community Orchard") named
no writer; a name over an office with its body ("Claire Dunn" / "Chair, Friends of Oakfield School", "Steve Marsh" /
"Greenfields Neighbourhood Watch coordinator") named none; a name in full with an office in small letters under the last
sentence ("Rachel Moore, musical director") named none; a travel guide's "See" over its sentence was taken for a button;
a wiki's sidebar in small letters ("Recent changes", "Random page", "Edit this page") was read as a list of the
writer's, and titled the page by the wiki's name; a forum's handle over "Posted 2 days ago" named no writer; a ticket
page's day and hour over its venue ("Sat 19 Dec 2026, 7:30 PM" / "Sage Gateshead, Gateshead") dated the page; a
campaign's tagline between its name and its organiser made the organiser's town the title. After the rules: the tuned
part 15 of 15; the kept third 2 of 7, as before them (17 of 22 in all: 9 of 11 typed, 8 of 11 dumps). Read once at the
end, two of its misses are of a class a rule here reads, given names signed with their business ("Mark and Jo, Hillside
Barn Holidays", "Dave and Kerry, Price Plumbing & Heating"), stopped by the table of given names ("Jo" is not in it;
"Kerry" is left out as a county's name); three are of other classes (listed below). The rules also read own_text33's
gumroad_product ("Hedgerow Foraging Guide (PDF)": a product's name that names its file type was taken for a file's link)
and wikivoyage_page, and own_text34's own_market_stall_post ("Ruth and Ade, Kiln Shed Pottery"), and bring three earlier
expectations to the house's form: own_text21's charity appeal ("Sister Anne Doyle" / "Director, Drill Hall Shelter"
signs it), own_text29's swimming newsletter ("Merry Christmas and a splashing New Year!" / "Helen Ward, Club Secretary")
and own_text30's farewell over a name and office ("See you on the plots!" / "Maureen Platt, Secretary"), each signed as
a teacher's or a captain's note is. The harness is own_text4's.

Later, own_text36's rules read the five misses of the kept third: a pair of names with their business needs only one
of them in the table (own_holiday_let_welcome, own_plumber_quote; the first's close, "Enjoy your stay,", a short wish
ending on a comma over them), a poster's handle in "Posted by ... on" (freecycle_offer), a pick-up place under a
listing's name and "Added by Priya" (olio_listing), a maker over a badge, "Follow" and a count of plays
(vimeo_video)."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.bylines import poster_stamp
from narrator.clean.lines import make_line
from narrator.clean.listingheads import organiser_under_title
from narrator.clean.pagedates import dates_an_event
from narrator.clean.signoffs import given_names_signers, office_with_body
from tests.own_text4 import dump_tests, expectations, kept, pasted, read_or_refuse, report
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "own_text35"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {}


globals().update(dump_tests(TEXTS, _STILL_WRONG, FIXTURES))


if __name__ == "__main__":
    report(FIXTURES)


def _lines(texts: list[str]) -> list:
    return [make_line(i, text, i) for i, text in enumerate(texts)]


_NOTE = "A note\n\nWe met on Saturday and planted the hedge along the lane.\n\nThe council lent us the tools.\n\n"


# --- given names signed with their group or their business after a comma -------------------------------------------

@pytest.mark.parametrize(("above", "signed", "authors"), [
    ("Thank you for all your help this year.", "Kath and Owen, Millfield Community Orchard", ("Kath", "Owen")),
    ("Next year we will spend less on lights.", "Ruth and Ade, Kiln Shed Pottery", ("Ruth", "Ade")),
    ("The van will be back on the road in March.", "Dave, Price Plumbing & Heating", ("Dave",)),
    ("We open again at Easter.", "Sue and Gareth, The Old Bakery", ("Sue", "Gareth")),
    ("Happy Christmas from us all.", "Anna, Friends of Hollins Park", ("Anna",)),
    # guards: a sentence's part after the comma; a name and a town in small letters; a family's name
    ("We open again at Easter.", "Sue and Gareth, who ran the stall", ()),
    ("We open again at Easter.", "Rose and Ivy, both climbing", ()),
    ("We open again at Easter.", "The Hendersons, Old Bakery", ()),
])
def test_given_names_with_their_group_sign_the_note(above: str, signed: str, authors: tuple[str, ...]) -> None:
    """An orchard group's update closed "Kath and Owen, Millfield Community Orchard": no writer was named."""
    assert given_names_signers(["Hello,", "We planted twelve trees.", above, signed]) == authors
    assert pasted(_NOTE + f"{above}\n\n{signed}\n", "note.txt").meta.authors == authors


# --- a name over an office with its body -------------------------------------------------------------------------

@pytest.mark.parametrize(("office", "found"), [
    ("Chair, Friends of Oakfield School", True),
    ("Secretary, Tanfield Allotment Society", True),
    ("Greenfields Neighbourhood Watch coordinator", True),
    ("Millbrook Residents Association treasurer", True),
    ("Hon. Secretary, Penarth Walking Club", True),
    # guards: a town and its county; a person's name ending on an office's word; a sentence's part
    ("Leeds, West Yorkshire", False),
    ("Tom Steward", False),
    ("Chair, we need a new one", False),
])
def test_an_office_with_its_body_under_a_name_signs(office: str, found: bool) -> None:
    """A PTA's letter closed "Claire Dunn" / "Chair, Friends of Oakfield School": no writer was named."""
    assert office_with_body(office) is found
    authors = pasted(_NOTE + f"With thanks,\n\nClaire Dunn\n{office}\n", "letter.txt").meta.authors
    assert authors == (("Claire Dunn",) if found else ())


# --- a name in full with an office in small letters under the last sentence -----------------------------------------

@pytest.mark.parametrize(("signed", "authors"), [
    ("Rachel Moore, musical director", ("Rachel Moore",)),
    ("Huw Davies, club secretary", ("Huw Davies",)),
    ("Ann Lee, Treasurer", ("Ann Lee",)),
    ("Sian Ellis, head coach", ("Sian Ellis",)),
    # guards: a name and a town; a surname alone with an office; a part of a cast list
    ("Rachel Moore, Harrogate", ()),
    ("Moore, musical director", ()),
])
def test_a_name_and_its_office_under_the_last_sentence_signs(signed: str, authors: tuple[str, ...]) -> None:
    """A choir's programme note closed "Rachel Moore, musical director", no close over it: no writer was named."""
    assert pasted(_NOTE + f"{signed}\n", "note.txt").meta.authors == authors


def test_a_credit_in_a_list_signs_nothing() -> None:
    """The last of a list of credits, under no sentence, is the list's."""
    text = ("Tonight's concert\n\nWe sing carols old and new.\n\nSoloists\nJo Bell, soprano\n"
            "Tom Reid, musical director\n")
    assert pasted(text, "programme.txt").meta.authors == ()


# --- a travel guide's one-word sections ---------------------------------------------------------------------------

_GUIDE = ("Wikitravel\nMain Page\nRandom page\nLog in\n{name}\n{name} is a small town on the coast of Wales.\n"
          "{first}\nTrains from Shrewsbury take two hours along the coast line.\n{second}\n"
          "The castle was built by Edward I and stands over the harbour.\n{third}\n"
          "The market hall has cafés and a bakery that opens at seven.\nPrivacy policy\n")


@pytest.mark.parametrize(("headings", "read"), [
    (("Get in", "See", "Eat"), True),
    (("Get in", "Do", "Buy"), True),
    (("Understand", "See", "Sleep"), True),
    (("Get around", "See", "Drink"), True),
    # guard: one of a guide's words among headings of another kind is still a button
    (("Trains", "See", "Food"), False),
])
def test_a_guides_sections_are_read(headings: tuple[str, str, str], read: bool) -> None:
    """A travel wiki's "See" over its one sentence was taken for a button, and lost."""
    document = pasted(_GUIDE.format(name="Harlech", first=headings[0], second=headings[1], third=headings[2]),
                      "guide.txt")
    assert (headings[1] in kept(document)) is read


def test_a_tourism_sites_menu_of_guide_words_is_not_read() -> None:
    """"See" / "Do" / "Eat" / "Stay" as a site's menu over its page: its menu, not the guide's sections."""
    text = ("Visit Harlech\nSee\nDo\nEat\nStay\nPlan your trip\nHarlech in winter\n"
            "The castle stays open all winter, and the beach is empty but for dogs and their walkers.\n"
            "The cafés in the high street close early, so eat at the hotel by the station.\nPrivacy\nCookies\n")
    assert not {"See", "Do", "Eat", "Stay"} & set(kept(pasted(text, "visit.txt")))


# --- a wiki's sidebar in small letters ---------------------------------------------------------------------------

@pytest.mark.parametrize("tools", [
    ("Home", "Recent changes", "Random page", "Edit this page"),
    ("Main page", "Recent changes", "Random article", "Help"),
    ("Home", "What links here", "Related changes", "Printable version"),
])
def test_a_wikis_sidebar_is_not_read(tools: tuple[str, ...]) -> None:
    """An Open Guide's "Recent changes" / "Random page" / "Edit this page" were read as the writer's list, and the
    wiki's name titled the page."""
    text = ("The Open Guide to Bath\n" + "\n".join(tools) + "\nWidcombe\nWidcombe is a parish south of the river, "
            "under the hill.\nSee\nThe locks on the canal rise steeply past the old pumping station.\nEat\n"
            "The parade of shops has a deli and a pub with a garden.\nGet there\nIt is a short walk from the station."
            "\nContent is available under a Creative Commons licence\n")
    document = pasted(text, "guide.txt")
    assert document.meta.title == "Widcombe"
    assert not set(tools) & set(kept(document))


# --- a forum's poster over their post's age in words --------------------------------------------------------------

@pytest.mark.parametrize(("poster", "stamp", "found"), [
    ("sophieb87", "Posted 2 days ago", 2),
    ("northern_threads", "Posted 5 hours ago", 2),
    ("meadowlark", "Started 3 weeks ago", 2),
    ("Gill Hart", "Posted 1 day ago", 2),
    # guards: a board's section over the stamp; a headline over it
    ("Toddlers", "Posted 2 days ago", 0),
    ("Sleep and bedtime problems", "Posted 2 days ago", 0),
])
def test_a_forums_poster_over_the_posts_age_writes_it(poster: str, stamp: str, found: int) -> None:
    """A Netmums thread: "sophieb87" / "Posted 2 days ago" under the thread's title named no writer."""
    lines = _lines(["Toddler will not sleep", poster, stamp, "My two-year-old has started screaming at bedtime."])
    assert poster_stamp(lines, 1, 3) == found


# --- a ticket page's day and hour over its venue ------------------------------------------------------------------

@pytest.mark.parametrize(("day", "venue", "event"), [
    ("Sat 19 Dec 2026, 7:30 PM", "Sage Gateshead, Gateshead", True),
    ("Friday 8 January 2027, 8:00pm", "Albert Hall, Nottingham", True),
    ("Sun 3 Jan 2027 2:30 PM", "Theatr Clwyd, Mold", True),
    ("Thu 14 Jan 2027, 19:30", "Leeds Town Hall, Leeds", True),
    # guards: a paper's stamp over its tools; a day over a place without an hour
    ("Sat 5 Dec 2026 10.14 GMT", "Share", False),
    ("5 December 2026", "Cardiff, Wales", False),
])
def test_an_events_day_over_its_venue_dates_no_page(day: str, venue: str, event: bool) -> None:
    """A Ticketmaster page's "Sat 19 Dec 2026, 7:30 PM" over "Sage Gateshead, Gateshead" dated the page."""
    assert dates_an_event(_lines(["The Unthanks: Winter Songs", day, venue, "Find tickets"]), 1) is event


# --- a campaign's tagline between its name and its organiser ------------------------------------------------------

@pytest.mark.parametrize(("lines", "found"), [
    (["The Tidewater Lamp: a reading light that runs on salt water",
      "Light for four hours from a cup of sea water and a magnesium plate.", "Tidewater Design",
      "Falmouth, United Kingdom", "£18,240 GBP raised by 412 backers"], (0, "Tidewater Design")),
    (["Mend the roof of Tanfield village hall", "Keep the rain off the Thursday lunch club.",
      "Tanfield Village Hall Committee", "Stanley, County Durham", "£4,210 raised of £12,000 target"],
     (0, "Tanfield Village Hall Committee")),
    (["A folding bike for every commuter", "Weighs less than a bag of shopping.", "Pedal Works",
      "Bristol, United Kingdom", "£3,100 raised"], (0, "Pedal Works")),
    # guard: two sentences over the organiser, no name
    (["We need your help.", "Keep the rain off the lunch club.", "Tanfield Village Hall Committee",
      "Stanley, County Durham", "£4,210 raised"], None),
])
def test_a_campaigns_tagline_leaves_its_name_the_title(lines: list[str], found: tuple[int, str] | None) -> None:
    """An Indiegogo campaign's tagline between its name and "Tidewater Design" left the town the title."""
    page = _lines([*lines, "We started after a week of power cuts.", "Thank you."])
    assert organiser_under_title(page, 0, len(lines)) == found


# --- a product's name that names its file's type, over its maker and price -----------------------------------------

@pytest.mark.parametrize(("name", "title"), [
    ("Hedgerow Foraging Guide (PDF)", "Hedgerow Foraging Guide (PDF)"),
    ("Fair Isle Hat Pattern (PDF)", "Fair Isle Hat Pattern (PDF)"),
    ("Birdsong of the Dales (MP3)", "Birdsong of the Dales (MP3)"),
    ("Ten Walks from Hebden Bridge (EPUB)", "Ten Walks from Hebden Bridge (EPUB)"),
])
def test_a_products_name_with_its_file_type_titles_the_page(name: str, title: str) -> None:
    """A Gumroad product "Hedgerow Foraging Guide (PDF)" was taken for a file's link: "I want this!" titled it."""
    text = (f"Gumroad\nDiscover\nLog in\nStart selling\n{name}\nEllie Fenwick\n£6\nI want this!\n4.8 (96 ratings)\n"
            "A pocket guide to the year's walks, from the first snowdrops in February to the last blackberries.\n"
            "Each walk has a map, a note on where to park and one good place for tea.\n"
            "I have walked these paths for twenty years and lead small groups every spring.\nPowered by Gumroad\n")
    document = pasted(text, "product.txt")
    assert (document.meta.title, document.meta.authors) == (title, ("Ellie Fenwick",))


def test_a_link_to_a_file_over_a_price_titles_nothing() -> None:
    """A link opens on its verb ("Download the price list (PDF)"): no product's name."""
    text = ("Hill Farm Shop\nHome\nShop\nContact\nOur lamb boxes\nDownload the price list (PDF)\n£45\n"
            "Each box holds half a lamb, butchered to order and packed for the freezer.\n"
            "We deliver within twenty miles of the farm on Fridays.\nPrivacy\n")
    assert pasted(text, "shop.txt").meta.title == "Our lamb boxes"


@pytest.mark.parametrize("token", [
    "sophie1\nPosted 1 days ago\n", "a_b\nPosted 12 hours ago ago\n", "See\nEat\nDo\n" * 20, "Buy\n" * 60,
    "Ann and Jo, A B\n", "Jo, A & B of C\n" * 5, "Chair, A B C\n", "A B C coordinator\n",
    "Ann Lee, musical director\n", "Recent changes\nRandom page\n" * 10, "X (PDF)\n£6\n" * 10,
    "Sat 1 Dec 2026, 7:30 PM\nA B, C\n" * 10,
])
def test_the_new_rules_stay_linear_on_hostile_text(token: str) -> None:
    """Each new rule on many repeats of its nearest miss costs time in proportion to the text."""
    check_linear(token, small=300, read=read_or_refuse)


def test_the_new_patterns_stay_linear() -> None:
    from narrator.clean.bylines import _HANDLE_ALONE, _POSTED_AGO
    from narrator.clean.listingheads import _FILE_TYPE_END
    from narrator.clean.pagedates import _STARTS_ON_WEEKDAY, _VENUE
    check_linear("a1", small=500, read=lambda text: _HANDLE_ALONE.match(text + " "))
    check_linear("posted ", small=500, read=lambda text: _POSTED_AGO.match(text))
    check_linear("(PDF) ", small=500, read=lambda text: _FILE_TYPE_END.search(text + "x"))
    check_linear(" (", small=500, read=lambda text: _FILE_TYPE_END.search(text))
    check_linear("sat ", small=500, read=lambda text: _STARTS_ON_WEEKDAY.match(" " + text))
    check_linear("Ab ", small=500, read=lambda text: _VENUE.match(text + ", x"))


@pytest.mark.parametrize("space", [" ", "\xa0", "\t"])
def test_a_long_line_of_spaces_over_a_posts_age_is_asked_in_linear_time(space: str) -> None:
    """A page line of thousands of spaces over "Posted 2 days ago": the handle's pattern, asked from each place of the
    run, cost 0.2 s at 8,000 no-break spaces (benchmarks/patterns.py); its length is asked first now."""
    check_linear(space, small=2000, read=lambda text: poster_stamp(
        _lines(["A thread", text + "x", "Posted 2 days ago", "Its first post."]), 1, 3))
