"""Twenty-four texts in forms the earlier sets lack (issue #10, round 50): twelve a user typed (a canal trip report, a
community garden's minutes in Markdown, a eulogy for a grandmother, a harvest sermon, a lambing diary, a letter to a
grandson, a bonfire-night parkin recipe with its story in Markdown, a head girl's speech-day address, a school essay,
a short story, a dry stone walling article in Markdown, a swimming club's newsletter) and twelve page dumps copied from
a browser (an AllTrails review, a Booking.com guest review, a Buy Me a Coffee post, an Etsy shop's announcement, a Find
a Grave memorial, a Geocaching cache page, a Ghost blog post, a groups.io message, an Instructables project, a
JustGiving page, a Microsoft Teams channel post, a Wix blog post) (tests/fixtures/own_text29; a text saved as .md is
read as Markdown), their expectations written before they first ran.

FIRST READING: 7 of 24 read right (6 of 12 typed, 1 of 12 dumps; body lines kept 227/229, clutter read 4/271, titles
15, authors 13, dates 21 of 24). Every third text in name order (buymeacoffee_post, geocaching_cache_page,
instructables_project, own_community_garden_minutes, own_lambing_diary, own_prize_day_speech, own_stone_wall_article,
wix_blog_post) was kept aside: 1 of 8 at first; the other two thirds 6 of 16. One expectation was brought to the
house's form after that run: a channel copy's first poster over its stamp names no writer (own_text25's
slack_troughs), so the Teams post has none: 8 of 24 at first on that (tuned 7 of 16). Classes read from the tuned two
thirds: a question right over its byline with no blank line between titles an essay ("By Leo Marsh, 9B"); a place's
name in parts and the day after a comma or a dash under a title ("St Oswald's, Grasmere - 4 October 2026") dates it
and is no title; an issue's line under the title ("Winter Newsletter – December 2026") dates it by its month; a
memorial's record: the name over "Birth" and its day titles it, the days of a life date nothing, "Created by:" beside
"Added: <day>" at its foot writes and dates it; a group message's poster alone over a stamp without a year ("Dec 1",
"Tuesday 10:14") writes it, a surname with an inner capital ("McCann", "O'Brien") is a name's, and a row of a post's
actions under the signature ("Reply" / "Like") is no signer's line; "<name> is fundraising for <charity>" writes a
giving page, and a donor's name or "Anonymous" over the amount they gave ends its story; a shop's "Contact shop owner"
and "Follow shop" are buttons; a name over its rating and count titles a page, however long ("Malham Cove, Gordale
Scar and Janet's Foss Circular" / "Hard • 4.8(3,912)"), over a place the header shows twice; a sentence signed after a
dash ("... year. - Hannah") ends on its stop; a review's heading right under its score ("Scored 9.0") titles it.
After them: tuned 14 of 16, kept third 1 of 8 (read once after the rules, and seen in the report's lines before:
a creator over a tagline, a credit "A cache by <handle>", a step's "Introduction:" heading, a Markdown field's day,
signatures with a role or a town at the foot, a writer's name over the day over the title); 15 of 24 in all (body
228/229, clutter 0/271, titles 20, authors 18, dates 23). The harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.bylines import authors_from, name_alone
from narrator.clean.lines import make_line
from narrator.clean.pagedates import labelled_otherwise, named_over_their_birth
from narrator.clean.pageend import signature
from tests.own_text4 import dump_tests, expectations, kept, pasted, read_or_refuse, report
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "own_text29"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {
    "booking_guest_review": "a guest's first name alone over their country ('Siobhan' / 'Ireland'), six lines over the "
                            "review, names no one: a reviewer is looked for over a count of their reviews",
    "etsy_shop_announcement": "a shop's name in one camel-cased word ('WrenAndWillowPottery') over its tagline, its "
                              "town and its rating: the tagline titles it; a name is looked for right over its "
                              "rating only",
    "buymeacoffee_post": "(kept third) a creator's name over their tagline and the page's tabs ('Jonty Pike' / 'Jonty "
                         "is making ...' / 'Home') names no one: no byline stands by the post",
    "geocaching_cache_page": "(kept third) 'A cache by moorland_magpie' under the cache's name titles it and names no "
                             "one: a credit opening on 'A <thing> by' is no byline's shape",
    "instructables_project": "(kept third) the first step's heading 'Introduction: <title>' titles it over the title "
                             "above, 'By woodshed_will' names no one, and the 'Supplies' heading over its list is lost",
    "own_community_garden_minutes": "(kept third) a Markdown list's field '**Date:** Thursday 3 December 2026, 7pm' "
                                    "under the title does not date the minutes",
    "own_prize_day_speech": "(kept third) a speech signed at its foot with the speaker's name and post ('Amara Nwosu, "
                            "Head Girl') names no writer",
    "own_stone_wall_article": "(kept third) an article signed at its foot in italics with a name and a town ('Jean "
                              "Lister, Austwick') names no writer",
    "wix_blog_post": "(kept third) the writer's name over the day and '3 min read' over the post's title titles it: "
                     "the title is looked for over the byline",
}


globals().update(dump_tests(TEXTS, _STILL_WRONG, FIXTURES))


if __name__ == "__main__":
    report(FIXTURES)


# --- each class, on small texts of our own -------------------------------------------------------------------------

_ESSAY = ("{question}\n{byline}\n\nEvery winter the ferry stops for a week while the slipway is mended, and the island "
          "goes without bread.\n\nI think the council should build a second slipway, and here is why.\n")


@pytest.mark.parametrize(("question", "byline", "title", "authors"), [
    ("Should the island have a second slipway?", "By Cerys Long, 10C", "Should the island have a second slipway?",
     ("Cerys Long",)),
    ("Is it time for a new ferry?", "By Tom Reilly", "Is it time for a new ferry?", ("Tom Reilly",)),
    # guard: a question over a line of the text, no byline: the text's own first line
    ("Should the island have a second slipway?", "Everyone I asked said yes.", None, ()),
])
def test_a_question_right_over_its_byline_titles_the_text(question: str, byline: str, title: str | None,
                                                         authors: tuple[str, ...]) -> None:
    """A short question right over a byline of its own, no blank line between: the title and its writer (the file's
    name titled it)."""
    document = pasted(_ESSAY.format(question=question, byline=byline), "essay.txt")
    assert document.meta.authors == authors
    if title:
        assert document.meta.title == title
    else:
        assert kept(document)[0] == question


_SERMON = ("{title}\n{under}\n\nText: Mark 4:26-29, the seed growing secretly.\n\nA farmer scatters seed and goes to "
           "bed, and the seed sprouts and grows, he does not know how.\n\nThat is most of what a parish is.\n")


@pytest.mark.parametrize(("title", "under", "published"), [
    ("HARVEST SUNDAY", "St Mary's, Kirkby Lonsdale - 11 October 2026", "2026-10-11"),
    ("Harvest Sunday", "Holy Trinity, Ely, 11 October 2026", "2026-10-11"),
    ("Harvest Sunday", "St Mary's Church - 11 October 2026", "2026-10-11"),
])
def test_a_place_and_day_under_the_title_dates_it(title: str, under: str, published: str) -> None:
    """A place's name, its parts parted by commas, then the day after a comma or a dash under the title: where and
    when it was given; the title stays the first line (the place's line titled it)."""
    meta = pasted(_SERMON.format(title=title, under=under), "sermon.txt").meta
    assert (meta.title, meta.published) == (title, published)


@pytest.mark.parametrize(("under", "published"), [
    ("Winter Newsletter – December 2026", "2026-12"),
    ("Issue 14, March 2027", "2027-03"),
    # guards: a trip's month, a sentence
    ("Trip to Skye – May 2026", None),
    ("We met in March 2026.", None),
])
def test_an_issues_month_under_the_title_dates_it(under: str, published: str | None) -> None:
    """An issue's line under the title, its periodical's noun then the month after a dash or comma: the month dates it
    and the line is still read."""
    document = pasted(f"HEBDEN HARRIERS\n{under}\n\nWell done to all who ran the fell race on Sunday in the rain.\n\n"
                      "The club dinner is on 12 December at the Stubbing Wharf.\n", "news.txt")
    assert document.meta.published == published
    assert under in kept(document)


_MEMORIAL = ("Memorials\nCemeteries\nSign In\n{name}\n{label}\n3 Jun 1928\nLeeds, West Yorkshire, England\nDeath\n"
             "9 Sep 2015 (aged 87)\nLeeds, West Yorkshire, England\nMemorial ID\n18822345\nShare\nSuggest Edits\n"
             "Photos 2\nFlowers 4\nShe ran the corner shop on Harehills Lane for thirty years and knew every child "
             "by name.\nShe sang in the choir at St Aidan's until she was eighty-five.\nFamily Members\n{creator}\n"
             "Added: 14 Oct 2015\n")


@pytest.mark.parametrize(("name", "label", "creator", "title", "authors", "published"), [
    ("Edith Mary Pickles", "Birth", "Created by: Alan Pickles", "Edith Mary Pickles", ("Alan Pickles",),
     "2015-10-14"),
    ("Edith Mary Pickles", "Born", "Created by: Alan Pickles", "Edith Mary Pickles", ("Alan Pickles",), "2015-10-14"),
    # guard: a site's own credit beside no day's field: no writer
    ("Edith Mary Pickles", "Birth", "Website created by: Brightweb", "Edith Mary Pickles", (), "2015-10-14"),
])
def test_a_memorials_person_creator_and_day_added(name: str, label: str, creator: str, title: str,
                                                  authors: tuple[str, ...], published: str) -> None:
    """A memorial's record: the name over "Birth" and its day titles it, the days of a life date nothing, and its foot's
    "Created by:" beside "Added: <day>" writes and dates it (the birth's day dated it, and no one wrote it)."""
    meta = pasted(_MEMORIAL.format(name=name, label=label, creator=creator), "memorial.txt").meta
    assert (meta.title, meta.authors, meta.published) == (title, authors, published)


@pytest.mark.parametrize(("text", "born"), [
    ("Birth", True),
    ("Date of birth", True),
    ("Death", False),
    # guards: a name over a date with no label; a sentence
    ("Published", False),
    ("She was born in Leeds.", False),
])
def test_a_name_over_the_label_of_a_birth(text: str, born: bool) -> None:
    """A person's name right over the label of their birth and its day is whom the record is of."""
    lines = [make_line(i, t, 0) for i, t in enumerate(["Sign In", "Edith Mary Pickles", text, "3 Jun 1928", "Leeds"])]
    assert (named_over_their_birth(lines, 0, 5) == 1) is born


@pytest.mark.parametrize(("text", "labelled"), [
    ("Birth", True), ("Death", True), ("Burial", True), ("Date of death", True),
    # guard: a publication's own label
    ("Published", False),
])
def test_a_lifes_day_is_no_pages(text: str, labelled: bool) -> None:
    """A day under the label of a life's event ("Birth" / "12 Mar 1931") is not the day the page went up."""
    lines = [make_line(0, text, 0), make_line(1, "12 Mar 1931", 0)]
    assert labelled_otherwise(lines, 1) is labelled


_GROUP_MESSAGE = ("groups.io\nLog In\nTopics\nFell walk report: Pen-y-ghent\nPrevious Topic\nNext Topic\n{name}\n"
                  "{stamp}\nHello all,\nNine of us went up Pen-y-ghent from Horton on Saturday, in mist all the way "
                  "to the top.\nThe café at the bottom was open, which was the main thing.\nBest wishes,\n{signed}\n"
                  "Reply\nLike\nMore\n")


@pytest.mark.parametrize(("name", "stamp", "authors"), [
    ("Peter Sutcliffe", "Dec 1", ("Peter Sutcliffe",)),
    ("Bronagh McCann", "Tuesday 10:14", ("Bronagh McCann",)),
    ("Sean O'Brien", "3 Nov", ("Sean O'Brien",)),
    # guard: no stamp under the name
    ("Peter Sutcliffe", "Topics", ()),
])
def test_a_posters_name_over_a_stamp_without_a_year(name: str, stamp: str, authors: tuple[str, ...]) -> None:
    """A group's message: its poster's name alone right over its stamp without a year ("Dec 1", "Tuesday 10:14")
    writes it, a surname with an inner capital too ("McCann", "O'Brien"); the subject over them stays its title."""
    document = pasted(_GROUP_MESSAGE.format(name=name, stamp=stamp, signed=name.split()[0]), "group.txt")
    assert document.meta.authors == authors
    assert "Reply" not in kept(document)


@pytest.mark.parametrize(("text", "name"), [
    ("Bronagh McCann", True), ("Hamish MacLeod", True), ("Sean O'Brien", True), ("Aoife D'Arcy", True),
    # guards: a line of capitals; a product's name, its first word so shaped
    ("MCCANN BROS", False), ("MacBook Pro", False),
])
def test_a_surname_with_a_capital_inside(text: str, name: bool) -> None:
    """A surname opening on Mc, Mac, O' or D' before a capital is a name's word, after a first name."""
    assert name_alone(make_line(0, text, 0)) is name


@pytest.mark.parametrize(("under", "kept_line"), [
    ("Reply\nLike", False),
    ("Share\nReport", False),
    # guard: the signer's part under their name, over no other action
    ("Walk leader\nHome", True),
])
def test_a_posts_actions_under_its_signature_are_not_read(under: str, kept_line: bool) -> None:
    """A row of a post's action words under its sign-off and name ("Reply" / "Like") is its buttons, not a line of
    the signer's."""
    first = under.split("\n")[0]
    lines = [make_line(i, t, 0) for i, t in enumerate(["Hello all,", "We walked twelve miles.", "Best wishes,",
                                                       "Peter", *under.split("\n")])]
    assert (first in [line.text for line in signature(lines, 1)]) is kept_line


@pytest.mark.parametrize(("text", "authors"), [
    ("Aoife Brennan is fundraising for Macmillan Cancer Support", ("Aoife Brennan",)),
    ("Dev Patel is fundraising for The Christie.", ("Dev Patel",)),
    # guards: a sentence about fundraising, no charity's name
    ("The school is fundraising for a new minibus.", ()),
    ("Aoife Brennan is fundraising for herself and her friends", ()),
])
def test_a_giving_pages_fundraiser(text: str, authors: tuple[str, ...]) -> None:
    """A giving page's line "<name> is fundraising for <charity>": its writer."""
    assert authors_from(make_line(0, text, 0)) == authors


_GIVING = ("JustGiving\nLog in\nFundraising for\nMind\nRun the Great North Run for Mind\n"
           "Liam Carter is fundraising for Mind\n£1,240\nraised of £1,000 target\nDonate\nShare\nStory\n"
           "In September I will run the Great North Run, my first half marathon, for Mind.\n"
           "Two years ago I could not leave the house, and their helpline was there every night.\n"
           "Supporters\n{donor}\n{amount}\nGo on Liam, you have got this!\nDonate\n")


@pytest.mark.parametrize(("donor", "amount", "cut"), [
    ("Jess Moore", "£25.00", True),
    ("Anonymous", "£10", True),
    # guard: no amount under the name
    ("Jess Moore", "Donate", False),
])
def test_a_donors_entry_ends_the_story(donor: str, amount: str, cut: bool) -> None:
    """A donor's name alone, or "Anonymous", right over the amount they gave: the donors' wall begins there, and their
    messages are not the page's story."""
    document = pasted(_GIVING.format(donor=donor, amount=amount), "giving.txt")
    assert document.meta.authors == ("Liam Carter",)
    assert ("Go on Liam, you have got this!" not in kept(document)) is cut
    assert kept(document)[-1].startswith("Two years ago") or not cut


@pytest.mark.parametrize(("text", "button"), [
    ("Contact shop owner", True), ("Follow shop", True), ("Message the seller", True),
    # guard: a sentence with the words
    ("Contact the shop owner before you order a big set.", False),
])
def test_a_shops_buttons(text: str, button: bool) -> None:
    """A shop's buttons alone on their lines: its interface, never its name or the title."""
    assert make_line(0, text, 0).cta is button


_TRAIL = ("Explore\nLog in\nEngland\nCumbria\nLake District National Park\n{name}\n{rating}\nLake District National "
          "Park\nLength\n9.2 km\nReviews (402)\nJo Lamb\nOctober 3, 2026\nWe went up from the car park at Wasdale "
          "Head and came down the scree, which I would not do again.\nThe view from the top over the Screes is worth "
          "every step, and the tarn was warm enough to paddle in.\n")


@pytest.mark.parametrize(("name", "rating", "title"), [
    ("Scafell Pike via Brown Tongue and Lingmell Col Circular", "Hard • 4.7(2,118)",
     "Scafell Pike via Brown Tongue and Lingmell Col Circular"),
    ("Wast Water Shore Walk", "4.5 (312)", "Wast Water Shore Walk"),
])
def test_a_trails_name_over_its_rating_titles_it(name: str, rating: str, title: str) -> None:
    """A trail's name, long as it may run, right over its rating and count ("Hard • 4.7(2,118)"): what the page is
    of, over the park's name the page shows again under it (which titled it)."""
    assert pasted(_TRAIL.format(name=name, rating=rating), "trail.txt").meta.title == title


@pytest.mark.parametrize(("text", "terminal"), [
    ("Thank you for a wonderful year. - Hannah", True),
    ("See you all in March! – Mo Khan", True),
    # guards: no stop before the dash; a name in small letters
    ("Thank you for a wonderful year - Hannah", False),
    ("It was a good year. - see below", False),
])
def test_a_sentence_signed_after_a_dash_ends_on_its_stop(text: str, terminal: bool) -> None:
    """A sentence signed after a dash by a first name or two still ends on its stop: the writer's prose, read."""
    assert make_line(0, text, 0).terminal is terminal


_STAY = ("Guest reviews\nHarbour View\nOverview\nHouse rules\nGuest reviews (212)\nMaeve\nIreland\nTwin Room\n"
         "Reviewed: 2 October 2026\n{score}\n{heading}\nLiked\nThe harbour was right under the window and the bed was "
         "the most comfortable I have slept in.\nBreakfast was fresh and cooked to order.\nSee availability\n")


@pytest.mark.parametrize(("score", "heading", "title"), [
    ("Scored 9.0", "Spotless, quiet and the best sea view in town", "Spotless, quiet and the best sea view in town"),
    ("Rated 8/10", "Spotless, quiet and the best sea view in town", "Spotless, quiet and the best sea view in town"),
])
def test_a_reviews_heading_under_its_score(score: str, heading: str, title: str) -> None:
    """A guest's review: its heading right under its score ("Scored 9.0") titles it, not the room over it."""
    assert pasted(_STAY.format(score=score, heading=heading), "stay.txt").meta.title == title


@pytest.mark.parametrize("token", [
    "Is a?\nBy A B\n", "A\nA B, C - 1 May 2026\n", "A\nB Newsletter – May 2026\n", "A B\nBirth\n1 May 1930\n",
    "Birth\n1 May 1930\n", "Created by: A B\nAdded: 1 May 2019\n", "A B\nDec 1\n", "A B\nTuesday 10:14\n",
    "McA O'B\n", "Reply\nLike\n", "A B is fundraising for C\n", "A B\n£5.00\n", "Contact shop owner\n",
    "A B\nHard • 4.8(3,912)\n", "A b. - A B\n", "a. - ", "Scored 9.0\nA b c d\n",
])
def test_the_new_rules_stay_linear_on_hostile_text(token: str) -> None:
    """Each new rule on many repeats of its nearest miss costs time in proportion to the text."""
    check_linear(token, small=300, read=read_or_refuse)
