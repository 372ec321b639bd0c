"""Twenty-four texts in forms the earlier sets lack (issue #10): twelve a user typed (an allotment society's winter
update, a band's gig announcement, a book club's summary, a condolence letter, a bakery's change of opening hours, a
lost-cat notice, a vicar's letter in the parish magazine, a running club's race report, a recipe with its story, a
residents' association newsletter, a retirement speech, a school trip letter to parents) and twelve page dumps copied
from a browser, of sites no earlier set tried (a BBC Good Food recipe, a Crowdfunder project, a Depop item, a Facebook
event, a Freegle offer, a Gumroad product, a MyBuilder review, an OpenRent listing, a parkrun event report, a Pinterest
pin, a SpareRoom ad, a Wikivoyage page) (tests/fixtures/own_text33), their expectations written before they first ran.

FIRST READING: 12 of 24 read right (7 of 12 typed, 5 of 12 dumps; body lines kept 127/128, clutter read 2/171, titles
22, authors 16, dates 21 of 24). Every third text in name order (depop_item, gumroad_product, own_allotment_update,
own_condolence_letter, own_parish_magazine, own_residents_newsletter, parkrun_report, wikivoyage_page) was kept aside:
4 of 8 at first; the other two thirds 8 of 16. One expectation was brought to the house's form after that run: a
newsletter's issue month under its name ("Newsletter – December 2026") dates it by the month ("2026-12"), as
own_text22's residents' newsletter holds; that moved a kept text from wrong to right: 13 of 24 (8 of 12 typed), kept 5
of 8. Classes read from the tuned two thirds: a school letter signed by its teacher over their class's post ("Mr J.
Fletcher" / "Year 3 Teacher") named no writer, as only a head's office was known; a club's report closed by a given
name with its office in brackets ("Chris (club captain)") named none; a note closed by its writers' given names alone
under its thanks ("Thank you for all your support this year." / "Dave and Anna") named none; a recipe page's rating
with how many rated it ("Rating: 4.5 out of 5 (212 ratings)") was read; a let's day of availability ("Available from
4 January 2027") dated the listing; a poster's name before how long ago they posted ("Posted by Gill 3 days ago")
named no one ("Posted by Gill Hart 3 days ago" named "Gill Hart 3 days ago"); an event's page, its day and hour over
its name and its host's credit ("SAT, 12 DEC 2026 AT 10:00" / the event / ... / "Event by ..."), was dated by the
event's day, titled by nothing and written by no one. After the rules: 20 of 24 (11 of 12 typed, 9 of 12 dumps; body
127/128, clutter 1/171, titles 23, authors 21, dates 24); tuned 15 of 16; the kept third 5 of 8, as before the rules:
its misses are of other classes (listed below). The rules also read own_text32's volunteer rota ("Bev"), and three
earlier expectations were brought to the house's form with them (own_text20's and own_text24's letters signed by a
class teacher, own_text27's questions signed "Sian"). The harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.bylines import authors_from
from narrator.clean.common import is_field_role
from narrator.clean.lines import make_line
from narrator.clean.reviews import is_review_header
from narrator.clean.signoffs import bracketed_office_signer, given_names_signers
from tests.own_text4 import dump_tests, expectations, kept, pasted, read_or_refuse, report
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "own_text33"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {}


# gumroad_product and wikivoyage_page read right since own_text35 (listingheads: a product's name with its file's
# type over its maker and price, "Hedgerow Foraging Guide (PDF)"; subheadings.guide_section: a guide's "See")
# own_condolence_letter and crowdfunder_project read right since own_text34 (signoffs.given_names_signers: a given
# name under a close with its wish, "With love and thinking of you,"; listingheads.organiser_under_title)

globals().update(dump_tests(TEXTS, _STILL_WRONG, FIXTURES))


if __name__ == "__main__":
    report(FIXTURES)


# --- each class, on small texts of our own -------------------------------------------------------------------------

_LETTER = ("Swimming lessons\n\nDear Parents and Carers,\n\nFrom next week Year 4 will swim on Tuesday afternoons at "
           "the leisure centre.\n\nPlease send a costume, a towel and a swimming hat in a named bag.\n\n{close}\n{name}"
           "\n{post}\n")


@pytest.mark.parametrize(("close", "name", "post", "authors"), [
    ("Many thanks,", "Mr J. Fletcher", "Year 3 Teacher", ("Mr J. Fletcher",)),
    ("Kind regards,", "Mrs A. Khan", "Class 4 Teacher", ("Mrs A. Khan",)),
    ("Best wishes,", "Miss Rhian Lloyd", "Reception Class Teacher", ("Miss Rhian Lloyd",)),
    ("Yours sincerely,", "Mr Tom Hale", "Form Tutor", ("Mr Tom Hale",)),
    ("Thank you,", "Ms Ana Ruiz", "Teacher", ("Ms Ana Ruiz",)),
    # guards: no post under the name; a line that is no name over the post
    ("Many thanks,", "The Year 4 team", "Leisure centre", ()),
    ("Many thanks,", "See you there", "Year 3 Teacher", ()),
])
def test_a_school_letter_signed_by_a_teacher_over_their_post(close: str, name: str, post: str,
                                                             authors: tuple[str, ...]) -> None:
    """A letter to parents signed by a teacher over their class's post ("Mr J. Fletcher" / "Year 3 Teacher"): its
    writer (only a head's office, "Headteacher", was known there)."""
    assert pasted(_LETTER.format(close=close, name=name, post=post), "letter.txt").meta.authors == authors


@pytest.mark.parametrize(("text", "office"), [
    ("Year 3 Teacher", True), ("Class 4 Teacher", True), ("Form Tutor", True), ("Year 10 Form Tutor", True),
    # guards: a given name before the word is a person; a year's trip is no post
    ("Ann Teacher", False), ("Year 3 Trip", False),
])
def test_a_schools_post_is_an_office(text: str, office: bool) -> None:
    """A teacher's or a tutor's post, the class or year it serves before it, its number among the field's words."""
    assert is_field_role(text) is office


_REPORT = ("Club news\n\n{greeting}The hut is open on Saturday from ten, and the kettle is fixed.\n\nPlease bring your "
           "own mug. {last}\n\n{signed}\n")


@pytest.mark.parametrize(("signed", "authors"), [
    ("Chris (club captain)", ("Chris",)),
    ("Sue Baker (chair)", ("Sue Baker",)),
    ("Priya (Press Officer)", ("Priya",)),
    ("Mrs Hale (Head of Year 6)", ("Mrs Hale",)),
    ("Tom (coach)", ("Tom",)),
    # guards: a place and its county; a day and what happens on it; a name with no office in its brackets
    ("Leeds (West Yorkshire)", ()),
    ("Tuesday (club night)", ()),
    ("Chris (see above)", ()),
])
def test_a_name_with_its_office_in_brackets_closing_a_note(signed: str, authors: tuple[str, ...]) -> None:
    """A club's note closed by a name with its office in brackets ("Chris (club captain)"): its writer, a given name
    alone enough beside the office."""
    text = _REPORT.format(greeting="", last="Next up is the Boxing Day 5k.", signed=signed)
    assert pasted(text).meta.authors == authors
    assert bracketed_office_signer(signed) == (authors[0] if authors else None)


@pytest.mark.parametrize(("greeting", "last", "signed", "authors"), [
    ("", "Thank you for all your support this year.", "Dave and Anna", ("Dave", "Anna")),
    ("Hi all,\n\n", "See you there.", "Bev", ("Bev",)),
    ("", "See you on Saturday!", "Sue & Gareth", ("Sue", "Gareth")),
    ("Dear members,\n\n", "The AGM is in March.", "Ruth", ("Ruth",)),
    ("", "Many thanks to everyone who helped.", "Owen", ("Owen",)),
    # guards: a name under a sentence that neither thanks nor follows a greeting; a shop under thanks; three names
    ("", "The AGM is in March.", "Ruth", ()),
    ("", "Thank you for all your support this year.", "Tesco", ()),
    ("", "Thank you for all your support this year.", "Sue and Gareth and Tom", ()),
])
def test_given_names_alone_closing_a_note(greeting: str, last: str, signed: str, authors: tuple[str, ...]) -> None:
    """A note closed by its writers' given names alone ("Dave and Anna"), under its thanks or farewell, or in a note
    that greeted its readers: they sign it, and the line is still read."""
    document = pasted(_REPORT.format(greeting=greeting, last=last, signed=signed))
    assert document.meta.authors == authors
    assert signed in kept(document)


def test_given_names_need_a_sentence_over_them() -> None:
    """A name under a list's line (a rota's last name) signs nothing, greeting or not."""
    assert given_names_signers(["Hi all,", "Rota for December:", "Mon 7th – Sue", "Gareth"]) == ()


_RECIPE = ("Recipes\nSearch\nLog in\nLeek and potato soup\nBy Cassie Best\n{line}\nSave recipe\nMethod\nMelt the "
           "butter in a large pan and cook the leeks gently for ten minutes.\nAdd the potatoes and the stock, and "
           "simmer for twenty minutes.\nYou may also like\n")


@pytest.mark.parametrize(("line", "read"), [
    ("Rating: 4.5 out of 5 (212 ratings)", False),
    ("4.8 out of 5 stars (1,342 reviews)", False),
    ("Average rating 4.6/5 from 96 reviews", False),
    ("Overall rating: 4.2 out of 5 based on 57 reviews", False),
    ("4.7/5 (3.1k votes)", False),
    # guards: one reviewer's verdict, with no count; a sentence giving a mark
    ("Rating: 4 out of 5", True),
    ("We gave it 4 out of 5 after the second bowl.", True),
])
def test_a_pages_rating_with_its_count_is_not_read(line: str, read: bool) -> None:
    """A page's rating of what it shows with how many rated it ("Rating: 4.5 out of 5 (212 ratings)"): the site's
    sum of its readers' marks, not read (it was, in a recipe's header)."""
    lines = [make_line(0, "Leek and potato soup", 0), make_line(1, line, 0)]
    assert is_review_header(lines, 1) is not read
    if line.endswith("."):
        assert line in kept(pasted(_RECIPE.format(line=line)))


_LISTING = ("Lettings\nSearch\nLog in\n2 Bed Flat, Mill Street\n£900 per month\n{line}\nEmail landlord\nA bright flat "
            "over the bakery, two minutes from the station.\nBoth bedrooms are doubles, and the kitchen was refitted "
            "last year.\nSimilar properties\n")


@pytest.mark.parametrize(("line", "published"), [
    ("Available from 4 January 2027", None),
    ("Move-in date: 3 May 2026", None),
    ("Available: 1 March 2027", None),
    ("Start date 6 April 2027", None),
    ("Let available date: 01/04/2027", None),
    # guards: the day the listing was added; a day alone
    ("Added on 3 March 2026", "2026-03-03"),
    ("3 March 2026", "2026-03-03"),
])
def test_a_listings_day_of_availability_dates_nothing(line: str, published: str | None) -> None:
    """The day a let, a room or a post is offered from ("Available from 4 January 2027"): no day the page went up
    (it dated the listing)."""
    document = pasted(_LISTING.format(line=line))
    assert document.meta.published == published
    assert document.meta.title == "2 Bed Flat, Mill Street"


@pytest.mark.parametrize(("line", "authors"), [
    ("Posted by Gill 3 days ago", ("Gill",)),
    ("Posted by Gill Hart 3 days ago", ("Gill Hart",)),
    ("by Tom Hart an hour ago", ("Tom Hart",)),
    ("Posted by Ann Lee 12 mins ago", ("Ann Lee",)),
    ("Posted by Rhys Owen 2 weeks ago", ("Rhys Owen",)),
    # guards: a sentence opening on "By" and a day; a name with no age after it
    ("By Saturday 3 days ago we had gone.", ()),
    ("Posted by Gill Hart", ("Gill Hart",)),
])
def test_a_posters_name_before_how_long_ago_they_posted(line: str, authors: tuple[str, ...]) -> None:
    """A byline with the post's age after the name ("Posted by Gill 3 days ago"): the name alone (the age was taken
    for part of it, or the name dropped)."""
    assert authors_from(make_line(0, line, 0)) == authors


_EVENT = ("Events\nHome\nGroups\nLog in\n{day}\n{name}\n{venue}\nInterested\nGoing\nShare\nDetails\n{credit}\nThe hall "
          "will be full of stalls, with tea and cake all afternoon.\nEntry is free, and all the money raised goes to "
          "the roof fund.\nSee less\n")


@pytest.mark.parametrize(("day", "name", "venue", "credit", "authors", "published"), [
    ("SAT, 12 DEC 2026 AT 10:00", "Christmas Craft Fair at Bramley Village Hall", "Bramley Village Hall, Bramley",
     "Event by Bramley Village Hall Committee", ("Bramley Village Hall Committee",), None),
    ("Saturday 9 January 2027", "Winter Lantern Parade", "Market Square, Ludlow", "Hosted by Nerys Williams",
     ("Nerys Williams",), None),
    ("FRI, 5 MAR 2027 AT 19:30", "Quiz Night for the Lifeboat", "The Lifeboat Station, Tenby",
     "Organised by Tenby RNLI", ("Tenby RNLI",), None),
    ("Sunday 14 March 2027", "Spring Plant Swap", "Church Hall, Kendal", "Event by Kendal Gardeners",
     ("Kendal Gardeners",), None),
    # guards: a post's day over its title and its writer's byline dates the post
    ("3 March 2026", "Our new roof is on", "", "By Ann Lee", ("Ann Lee",), "2026-03-03"),
    ("3 March 2026", "Our new roof is on", "", "Posted by Ann Lee", ("Ann Lee",), "2026-03-03"),
])
def test_an_events_day_over_its_name_and_its_hosts_credit(day: str, name: str, venue: str, credit: str,
                                                           authors: tuple[str, ...], published: str | None) -> None:
    """An event's page: its day (and hour) over its name and venue, its host credited under them ("Event by ...",
    "Hosted by ...", "Organised by ..."): the name titles it, the host writes it, and the day dates nothing (the
    event's day dated the page and its title was the site's menu)."""
    meta = pasted(_EVENT.format(day=day, name=name, venue=venue, credit=credit)).meta
    assert (meta.title, meta.authors, meta.published) == (name, authors, published)


@pytest.mark.parametrize("token", [
    "A (chair)\n", "A " * 5 + "(" * 3 + "chair)\n", "A and B\n", "Thanks. " * 20 + "\nA\n", "thank " * 30 + ".\nA\n",
    "Rating: 4.5 out of 5 (212 ratings)\n", "4.5/5 " * 5 + "\n", "1 " * 10 + "ratings\n", "Available from " * 4 + "\n",
    "Posted by A 3 days ago\n", "by A 1 1 1 day ago\n", "Year 3 Year 3 Teacher\n", "Event by A\n",
    "1 May 2026\nA b\nEvent by A\n",
])
def test_the_new_rules_stay_linear_on_hostile_text(token: str) -> None:
    """Each new rule on many repeats of its nearest miss costs time in proportion to the text."""
    check_linear(token, small=300, read=read_or_refuse)
