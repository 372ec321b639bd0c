"""Twenty-four texts in forms the earlier sets lack (issue #10, round 51): twelve a user typed (an allotment society's
newsletter, a best man's speech, a bat survey's field report, a church's weekly notices, a short story with its
byline, an app's changelog in Markdown, a lab notebook's entry, a travel journal's day, a letter to the editor, a
podcast's show script with its cues, a poem in stanzas, a bread recipe's numbered steps in Markdown) and twelve page
dumps copied from a browser, of sites no earlier set tried (an Apple Podcasts episode, a Discogs release's review, a
Houzz project, a Jira issue, a komoot tour, an OpenTable review, a Rotten Tomatoes audience review, a StoryGraph
review, a Trello card, a Viva Engage post, a Vivino wine review, a Zoopla listing) (tests/fixtures/own_text30; a text
saved as .md is read as Markdown), their expectations written before they first ran.

FIRST READING: 8 of 24 read right (8 of 12 typed, 0 of 12 dumps; body lines kept 138/139, clutter read 2/273,
titles 16, authors 13, dates 19 of 24). Every third text in name order (houzz_project, opentable_review,
own_bat_survey_report, own_howto_bread, own_podcast_script, own_travel_journal, trello_card, zoopla_listing) was kept
aside: 3 of 8 at first; the other two thirds 5 of 16. Two expectations were brought to the house's form after that
run: the changelog's second "Fixed" heading (the harness counts a line said twice as clutter) is "Bug fixes", and a
review credited to an account ("Reviewed by hedgerow_records") names no writer, as own_text5 holds (a listener would
hear the underscore): 9 of 24 at first on those (tuned 6 of 16). Classes read from the tuned two thirds: a line under
a typed title that opens on its issue's noun before the day ("Notices for Sunday 6 December 2026 (Second Sunday of
Advent)") was dropped as a date line: it is read, and dates the text; a name and role signed right under a close
("Happy digging," / "Maureen Platt, Secretary") writes the text; a collection's or a tracker's buttons ("Add to
Wantlist", "Add a child issue") titled pages; a record's values under their bare labels ("Genre:" / "Folk, World, &
Country") titled one; a post's subject under its poster and a yearless stamp ("Kirsty Mahon" / "Nov 30" / "Canteen
closing early ...") was lost, the group's "Posted in ..." over them titling it; rows of lower-case tags ("nonfiction
memoir nature" / "emotional hopeful reflective") titled a review; a reviewer's name over their own score ("Dee
Okafor" / "4.5 stars", over a rank "Super Reviewer" perhaps) named no one; a review's day under its last sentence over
its actions ("Nov 29, 2026" / "12" / "Reply"), and a reader's "Finished December 1, 2026", dated nothing; a region's
line over a wine's rating and count ("Bekaa Valley, Lebanon" / "4.2" / "6,841 ratings") titled it. After them: tuned
12 of 16, kept third 3 of 8 (it did not move: its misses are of other classes, listed below); 15 of 24 in all (body
139/139, clutter 0/273, titles 21, authors 18, dates 21). The harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.lines import make_line
from tests.own_text4 import dump_tests, expectations, kept, pasted, read_or_refuse, report
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "own_text30"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {
    "jira_issue": "an issue's reporter in the side panel under its text ('Reporter' / 'Gareth Pryce') and its 'Created "
                  "December 1, 2026 at 9:14 AM' neither write nor date it: fields under the text are looked for by "
                  "a few labels only",
    "komoot_tour": "a tour's athlete over what they did ('Becky Naylor' / 'went on a hike.' / the day) names no one",
    "rottentomatoes_review": "a review's day in figures with a two-digit year ('10/12/26') dates nothing",
    "houzz_project": "(kept third) a firm's name over its rating and count ('Hartley & Moss Architects' / '5.0' / "
                     "'(47)') titles the project over the project's own name above it, and names no writer",
    "opentable_review": "(kept third) a restaurant's count of reviews ('Based on 932 reviews') titles it, and a "
                        "diner's first name over their town and count ('Hollie' / 'Newcastle' / '3 reviews') names "
                        "no one",
    "own_bat_survey_report": "(kept third) a report's 'Surveyor: Nadia Farouk' field under the title names no writer",
    "trello_card": "(kept third) a card's list ('in list To do') under the card's name titles it",
    "zoopla_listing": "(kept third) a listing's 'Listed on 30th Nov 2026 by Whitworth & Holme' under the text dates "
                      "nothing",
}


globals().update(dump_tests(TEXTS, _STILL_WRONG, FIXTURES))


if __name__ == "__main__":
    report(FIXTURES)


# --- each class, on small texts of our own -------------------------------------------------------------------------

_NOTICES = ("ST ANNE'S CHURCH, OTLEY\n{under}\n\nThe harvest supper is on Saturday at 7pm in the hall.\n\nThe "
            "choir needs two more altos for Christmas. Please speak to Joan after the service.\n")


@pytest.mark.parametrize(("under", "published", "read"), [
    ("Notices for Sunday 4 October 2026 (Harvest Festival)", "2026-10-04", True),
    ("Bulletin of 11 October 2026", "2026-10-11", True),
    # guards: the day alone is the header's date line, not read; a sentence with a day is the text's own
    ("Sunday 4 October 2026", "2026-10-04", False),
    ("The harvest boxes go out on 4 October 2026.", None, True),
])
def test_an_issues_line_with_its_day_is_read(under: str, published: str | None, read: bool) -> None:
    """A line under a typed title opening on its issue's noun before the day ("Notices for Sunday 4 October 2026"):
    what the text is and when, read, and the day dates it (the line was taken for a date alone and not read)."""
    document = pasted(_NOTICES.format(under=under), "notices.txt")
    assert document.meta.published == published
    assert (under in kept(document)) is read


_NEWSLETTER = ("RIVERSIDE ALLOTMENTS\nNewsletter – March 2027\n\nThe water is back on from 1 April.\n\nPlease keep "
               "the gates locked after dark.\n\n{close}\n{signed}\n")


@pytest.mark.parametrize(("close", "signed", "authors"), [
    ("Happy digging,", "Maureen Platt, Secretary", ("Maureen Platt",)),
    ("Best wishes,", "Tom Ellis, Chair", ("Tom Ellis",)),
    # a last sentence over a name in full and its office: signed as under a close (own_text35's choir note)
    ("See you on the plots!", "Maureen Platt, Secretary", ("Maureen Platt",)),
    # guards: a list's heading over the name, no close or sentence; a place after the comma, no role
    ("Committee", "Maureen Platt, Secretary", ()),
    ("Happy digging,", "Otley, Yorkshire", ()),
])
def test_a_name_and_role_under_a_close_writes_the_text(close: str, signed: str, authors: tuple[str, ...]) -> None:
    """A name and a role after a comma right under the writer's close ("Happy digging," / "Maureen Platt, Secretary"):
    the writer signing their text (both lines are read)."""
    document = pasted(_NEWSLETTER.format(close=close, signed=signed), "news.txt")
    assert document.meta.authors == authors
    assert kept(document)[-1] == signed


@pytest.mark.parametrize(("text", "button"), [
    ("Add to Wantlist", True), ("Add to Collection", True), ("Add to my library", True), ("Add a comment", True),
    ("Add a child issue", True), ("Add to wishlist", True),
    # guards: a recipe's step and a sentence that use the words
    ("Add a pinch of salt", False), ("Add to the pan and stir.", False),
])
def test_a_collections_and_a_trackers_buttons(text: str, button: bool) -> None:
    """A collection's or a tracker's button alone on its line ("Add to Wantlist", "Add a child issue"): the page's
    interface, never its title."""
    assert make_line(0, text, 0).cta is button


_RELEASE = ("Records\nExplore\nMarketplace\nLog In\nThe Unthanks – Here's the Tender Coming\nLabel:\nRabble Rouser – "
            "RRM003\nFormat:\nCD, Album\n{field}\n{value}\nReviews\nReviewed by Ann Hartley\nDecember 2, 2026\n"
            "Bought it after seeing them at the Sage, and it has barely left the player since.\nThe title song is a "
            "lament for the press-gangs of the North East, and it still makes me cry.\nWas this review helpful?\n")


@pytest.mark.parametrize(("field", "value"), [
    ("Genre:", "Folk, World, & Country"),
    ("Style:", "Folk Rock, Traditional"),
])
def test_a_value_under_its_bare_label_is_no_title(field: str, value: str) -> None:
    """A record's values each under its label alone ("Genre:" / "Folk, World, & Country"), in a run of such fields:
    the record's details, not its title (the last value over the review titled it)."""
    meta = pasted(_RELEASE.format(field=field, value=value), "release.txt").meta
    assert (meta.title, meta.authors, meta.published) == ("The Unthanks – Here's the Tender Coming", ("Ann Hartley",),
                                                          "2026-12-02")


_POST = ("Engage\nHome\nCommunities\nAll Company\nPosted in Site News\nGareth Pryce\n{stamp}\n{subject}\n"
         "The car park at the back will be closed on Monday while the lines are repainted.\nPlease use the "
         "council car park on Mill Street, which is free before ten.\nLike\nComment\nShare\n")


@pytest.mark.parametrize(("stamp", "subject", "title"), [
    ("Nov 30", "Back car park closed on Monday", "Back car park closed on Monday"),
    ("Tuesday 10:14", "Back car park closed on Monday", "Back car park closed on Monday"),
    # guard: no stamp under the name, no post's header
    ("Site News", "Back car park closed on Monday", None),
])
def test_a_posts_subject_under_its_poster_and_stamp(stamp: str, subject: str, title: str | None) -> None:
    """A post's subject right under its poster's name and a stamp without a year, over its text: its title (the
    group's "Posted in Site News" over them titled it, and the subject was not heard)."""
    document = pasted(_POST.format(stamp=stamp, subject=subject), "post.txt")
    if title:
        assert document.meta.title == title
        assert document.meta.authors == ("Gareth Pryce",)
    else:
        assert document.meta.title != subject or document.meta.authors != ("Gareth Pryce",)


_BOOK = ("Books\nHome\nBrowse\nSign in\nThe Living Mountain\nNan Shepherd\n{tags}\nReviews\n{name}\n{score}\n"
         "I read it on the train to Aviemore and looked up at the Cairngorms differently when I got there.\nShepherd "
         "walks into the mountain, not up it, and the book is about looking rather than reaching the top.\n"
         "{day}\nLike\nComment\n")


@pytest.mark.parametrize(("tags", "title"), [
    ("nonfiction nature memoir\nreflective slow-paced calm", "The Living Mountain"),
    ("nature writing classic\nmedium-paced", "The Living Mountain"),
])
def test_rows_of_tags_are_no_title(tags: str, title: str) -> None:
    """Rows of lower-case tags, no function word among them ("nonfiction nature memoir" / "reflective slow-paced
    calm"): a book's genres and moods, not its title (the row nearest the body titled it)."""
    text = _BOOK.format(tags=tags, name="Ruth Coates", score="4.5 stars", day="Finished March 3, 2026")
    assert pasted(text, "book.txt").meta.title == title


def test_a_lower_case_headline_alone_still_titles() -> None:
    """Guard: a lower-case headline alone over a byline and the text is the writer's way with titles, no tag row."""
    text = ("notes on a winter garden\nBy Ruth Coates\n\nThe frost has taken the last of the dahlias, and I am not "
            "sorry.\n\nThe hellebores are coming up under the hedge, as they do every year.\n")
    assert pasted(text, "notes.txt").meta.title == "notes on a winter garden"


@pytest.mark.parametrize(("name", "score", "authors"), [
    ("Ruth Coates", "4.5 stars", ("Ruth Coates",)),
    ("Ruth Coates", "Rated 5/5 Stars", ("Ruth Coates",)),
    ("Ruth Coates\nSuper Reviewer", "4", ("Ruth Coates",)),
    # guards: a tab's or a place's line over the score names no one
    ("Most helpful", "4.5 stars", ()),
    ("Aviemore, Scotland", "4.5", ()),
])
def test_a_reviewers_name_over_their_score(name: str, score: str, authors: tuple[str, ...]) -> None:
    """A reviewer's name alone right over their own score ("Ruth Coates" / "4.5 stars"), a site's rank for them
    between perhaps ("Super Reviewer"): the review's writer."""
    text = _BOOK.format(tags="nonfiction nature memoir\nreflective", name=name, score=score, day="Like")
    assert pasted(text, "book.txt").meta.authors == authors


@pytest.mark.parametrize(("day", "published"), [
    ("Finished March 3, 2026", "2026-03-03"),
    ("Mar 3, 2026\n12", "2026-03-03"),
    # guard: a day under the text over a sentence is no post's foot
    ("Mar 3, 2026\nThe paperback has a new introduction by Robert Macfarlane.", None),
])
def test_a_reviews_day_under_its_text(day: str, published: str | None) -> None:
    """A review's day right under its last sentence, over its actions or counts ("Mar 3, 2026" / "12" / "Like"), or
    a reader's "Finished March 3, 2026" under it: the review's day, when nothing above dates it."""
    text = _BOOK.format(tags="nonfiction nature memoir\nreflective", name="Ruth Coates", score="4.5 stars", day=day)
    assert pasted(text, "book.txt").meta.published == published


_WINE = ("Wines\nOffers\nSign in\n{name}\n{place}\n{rating}\nCommunity reviews\nTom Ellis\n4.0\nCherry and a bit of "
         "smoke on the nose, and soft enough to drink now.\nIt went well with a mushroom risotto on a wet Sunday.\n"
         "Reply\n")


@pytest.mark.parametrize(("name", "place", "rating"), [
    ("Château Ksara Reserve 2018", "Bekaa Valley, Lebanon", "4.1\n2,204 ratings"),
    ("Quinta do Crasto Douro 2019", "Douro, Portugal", "3.9 (812)"),
])
def test_a_place_over_a_rating_is_no_title(name: str, place: str, rating: str) -> None:
    """A region's line right over a wine's rating and count ("Bekaa Valley, Lebanon" / "4.1" / "2,204 ratings"): where
    the wine is from; its name above titles the page (the region did)."""
    meta = pasted(_WINE.format(name=name, place=place, rating=rating), "wine.txt").meta
    assert (meta.title, meta.authors) == (name, ("Tom Ellis",))


@pytest.mark.parametrize("token", [
    "A\nNotices for 1 May 2026\n", "A b,\nA B, Secretary\n", "Add to Wantlist\n", "Add a child issue\n",
    "Genre:\nA, B\n", "A B\nNov 30\nA b c d\n", "a b c\nd e f\n", "a-b\n", "A B\n4.5 stars\n",
    "A B\nSuper Reviewer\n4\n", "A b.\nNov 29, 2026\n12\n", "Finished May 1, 2026\n", "A B, C\n4.2\n6,841 ratings\n",
])
def test_the_new_rules_stay_linear_on_hostile_text(token: str) -> None:
    """Each new rule on many repeats of its nearest miss costs time in proportion to the text."""
    check_linear(token, small=300, read=read_or_refuse)
