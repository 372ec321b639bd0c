"""Twenty-two texts in forms the earlier sets lack (issue #10, h152's wave): twelve a user typed (a eulogy ending on
a one-stanza verse, a chapel's bulletin, a football club's match report with its scores, a travel diary with its days
as headings, a cover letter, an allotment society's FAQ, a lesson plan with numbered steps, a charity appeal with its
amounts, a press statement with "ENDS" and "Notes to editors", a D&D session's recap, a talk's transcript with its
timestamps, a changelog) and ten page dumps copied from a browser (a Medium post with its claps and "Follow", a Reddit
thread, a Wikipedia article with its citations and "Retrieved", a BBC live page, a Guardian opinion piece with its
"Comments", a GitHub README, a Stack Overflow answer with its votes, a job posting, a recipe site with adverts between
its steps, a local news page with "Most read") (tests/fixtures/own_text21), their expectations written before they
first ran; the harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.common import is_field_role
from tests.own_text4 import dump_tests, expectations, kept, pasted, report

FIXTURES = Path(__file__).parent / "fixtures" / "own_text21"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {}


globals().update(dump_tests(TEXTS, _STILL_WRONG, FIXTURES))


if __name__ == "__main__":
    report(FIXTURES)


# --- each class, on small texts of our own -------------------------------------------------------------------------

_REPORT = "{title}\nSaturday 28 November 2026\n{signed}\n\nHarriers came from behind to win.\n\nRovers scored first.\n"


@pytest.mark.parametrize(("title", "signed", "authors"), [
    ("Harriers beat Rovers", "Tom Ellis, Press Officer", ("Tom Ellis",)),
    ("Harriers 3 Rovers 1", "Leo Marsh, Editor", ("Leo Marsh",)),
    ("Parish News", "Ann Price, Membership Secretary", ("Ann Price",)),  # the first line no name over the day
    ("Parish News", "Tom Ellis, Leeds", ()),  # guard: a name and a place, read
])
def test_a_name_and_role_under_the_day_signs_and_the_first_line_titles(title: str, signed: str,
                                                                       authors: tuple[str, ...]) -> None:
    """"Leo Marsh, Editor" under the day line, over the text: the writer (a role after the field it serves, "Press
    Officer", as well as an office alone), never the title, which a typed text's first line is."""
    document = pasted(_REPORT.format(title=title, signed=signed), "report.txt")
    assert (document.meta.title, document.meta.authors) == (title, authors)
    assert (signed in kept(document)) is not authors


@pytest.mark.parametrize(("role", "is_one"), [
    ("Press Officer", True), ("Membership Secretary", True), ("Youth Team Coach", True), ("Editor", True),
    ("Ann Clerk", False), ("Tom Steward", False),  # guards: a given name, then a surname that is an office
    ("North Yorkshire", False), ("Press Gang", False),
])
def test_an_office_after_its_field_is_a_role(role: str, is_one: bool) -> None:
    assert is_field_role(role) is is_one


@pytest.mark.parametrize(("label", "read"), [
    ("PRESS STATEMENT", False), ("Media statement", False), ("News release", False),
    ("A statement from the harbour trust", True),  # guard: words about a statement, the title
])
def test_a_statements_label_over_its_headline_is_not_read(label: str, read: bool) -> None:
    document = pasted(f"{label}\n\nHarbour Trust welcomes funding\n3 December 2026\n\nThe trust has welcomed a grant."
                      "\n\nWork will start in April.\n", "statement.txt")
    assert (document.meta.title == label) is read
    assert label not in kept(document)


@pytest.mark.parametrize(("stamps", "read"), [
    (("00:00", "01:12", "04:35"), False),
    (("[0:00]", "[2:40]", "[11:05]"), False),
    (("9:30", "10:15", "11:00"), True),  # guards: times of day, a programme's; offsets that go back
    (("00:00", "05:10", "02:00"), True),
    (("00:00", "01:12"), True),  # two may be a writer's
])
def test_a_transcripts_offsets_alone_on_their_lines_are_not_read(stamps: tuple[str, ...], read: bool) -> None:
    """A player's transcript copied with each offset on a line of its own over what is said from it: from nought,
    never going back, three or more; a programme's times of day are its content."""
    said = ("Thank you all for coming out tonight.", "Most bees in Britain live alone.",
            "Leave a patch of lawn unmown until June.")
    parts = zip(stamps, said[:len(stamps)], strict=True)
    text = "Why Bees Matter\n\n" + "\n\n".join(f"{stamp}\n{line}" for stamp, line in parts) + "\n"
    assert (stamps[-1] in kept(pasted(text, "talk.txt"))) is read


@pytest.mark.parametrize(("credit", "authors"), [
    ("A talk by Ffion Hughes", ("Ffion Hughes",)),
    ("A lecture by Ffion Hughes", ("Ffion Hughes",)),
    ("A talk by the river", ()),  # guard: no name after "by"
])
def test_a_talks_credit_is_its_byline(credit: str, authors: tuple[str, ...]) -> None:
    document = pasted(f"Why Bees Matter\n{credit}\n\nThank you all for coming out tonight.\n"
                      "Most bees in Britain live alone.\n", "talk.txt")
    assert document.meta.authors == authors


_ADVERTS = ("Skip to content\nRecipes\nBaking\nBara Brith\nBy Nia Rees\nUpdated on November 3, 2026\nThis is the "
            "cake my grandmother made every Christmas Eve, and the one my children now ask for.\n{above}\nADVERTISEMENT"
            "\n{line}\n1. Heat the oven to 180C and line a loaf tin, then weigh out the flour.\n2. Rub the butter into "
            "the flour until it looks like breadcrumbs, then stir in the sugar and fruit.\nRate this recipe\n")


@pytest.mark.parametrize(("above", "line", "read"), [
    ("Ingredients\n225g self-raising flour\n110g butter\n1 egg", "Method", True),
    ("Ingredients\n225g self-raising flour\n110g butter\n1 egg", "Directions", True),
    # guard: under a heading over the label, the line is the advertiser's
    ("It keeps for a week in a tin, if you hide the tin, and it is even better toasted.\nMethod", "Kelso Motors",
     False),
])
def test_a_heading_under_an_advert_under_a_list_is_read(above: str, line: str, read: bool) -> None:
    """A recipe site's advert between its ingredients and its method: the heading under the advert's label opens the
    next part; a list's last item above the label is no heading whose credit the line would be."""
    assert (line in kept(pasted(_ADVERTS.format(above=above, line=line), "recipe.txt"))) is read
