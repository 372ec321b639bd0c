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
from narrator.clean.lines import make_line
from narrator.clean.prose import is_prose
from narrator.clean.unwrap import unwrapped
from tests.own_text4 import dump_tests, expectations, kept, pasted, report

FIXTURES = Path(__file__).parent / "fixtures" / "own_text21"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {}  # github_readme read since h190 (a repository's README under its file list)


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


_OPINION = ("Skip to main content\nNews\nOpinion\nSport\nCulture\nOpinion\nThe town that shut its school gates to cars "
            "shows what is possible\n{name}\n{deck}\n{day}\nShare\nIt took a single term for the parents of the school "
            "to stop asking where they were supposed to park.\nIn September the council closed the street outside the "
            "school to cars for half an hour at each end of the day.\nBy Christmas, the number of children walking or "
            "cycling to school had nearly doubled, and the petition had quietly disappeared.\n{note}\n{after}\n"
            "Comments (214)\nMost viewed\n")
_DECK = "Parents feared chaos. Instead, children started walking, and nobody wants to go back."


@pytest.mark.parametrize(("name", "deck", "day", "authors", "standfirst"), [
    ("Meera Shah", _DECK, "Sat 28 Nov 2026 07.00 GMT", ("Meera Shah",), _DECK),
    ("Owen Pryce", "A school street is hard for a month and easy for ever after.", "28 November 2026",
     ("Owen Pryce",), "A school street is hard for a month and easy for ever after."),
    ("Meera Shah", _DECK, "Most viewed this week", (), None),  # guards: no day under the summary, no name over it
    ("Cycling and schools", _DECK, "Sat 28 Nov 2026 07.00 GMT", (), _DECK),
])
def test_a_columnists_name_over_the_summary_is_the_byline(name: str, deck: str, day: str, authors: tuple[str, ...],
                                                          standfirst: str | None) -> None:
    """An opinion page prints the writer's name under the headline, then the summary, then the day: the byline and
    the standfirst, both heard, though neither stands where a news page puts it."""
    document = pasted(_OPINION.format(name=name, deck=deck, day=day, note="", after=""), "opinion.txt")
    assert document.meta.authors == authors
    if standfirst is not None:
        assert document.meta.standfirst == standfirst or standfirst in kept(document)


_ASK = ("Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to "
        "300 words by email, please click here.")


@pytest.mark.parametrize(("note", "after", "read"), [
    ("Meera Shah writes about transport and cities", _ASK, False),
    ("Meera Shah is a transport writer based in Cardiff.", "", False),
    ("Huw Davies writes about the school's history in his new book.", "", True),  # guard: not the byline's name
])
def test_a_writers_note_a_block_above_the_end_is_not_read(note: str, after: str, read: bool) -> None:
    """The writer's note under a comment piece ("Meera Shah writes about transport and cities"), stop or not, with
    the page's invitation to reply under it: the page's, not the piece's; a paragraph on someone else is read."""
    document = pasted(_OPINION.format(name="Meera Shah", deck=_DECK, day="Sat 28 Nov 2026 07.00 GMT", note=note,
                                      after=after), "opinion.txt")
    assert (note in kept(document)) is read


_PAGES = ("{head}\n3\nChair's foreword\nThis has been the wettest year on record for most of our catchments.\n"
          "The Teifi burst its banks at Cardigan three times between October and February.\n{n2}\n{head2}\n"
          "The work on the Aeron has been the year's great success, and four weirs have now been eased.\n"
          "I would like to thank every one of our volunteers for another remarkable year.\n{n3}\n{head3}\n")
_HEAD = "Ceredigion Rivers Trust Annual Report 2025-26"


@pytest.mark.parametrize(("head", "n2", "head2", "n3", "head3", "read"), [
    (_HEAD, "4", _HEAD, "5", _HEAD, False),
    (_HEAD, "Page 4", _HEAD, "Page 5 of 12", _HEAD, False),
    (_HEAD, "4", _HEAD, "2", _HEAD, True),  # guards: numbers that go back, no page's
    ("Part one", "2", "Part two", "3", "Part three", True),  # no line repeated: a text's numbered parts
])
def test_a_pdfs_running_heads_and_page_numbers_are_not_read(head: str, n2: str, head2: str, n3: str, head3: str,
                                                            read: bool) -> None:
    """A report's text copied from a PDF viewer: the same head by each page's number is the printer's, not read,
    and the title is the document's own first heading."""
    document = pasted(_PAGES.format(head=head, n2=n2, head2=head2, n3=n3, head3=head3), "report.txt")
    assert (head in [*kept(document), document.meta.title]) is read
    assert (document.meta.title == "Chair's foreword") is not read


def test_a_refrain_said_twice_with_no_page_number_by_it_is_read() -> None:
    """Guard: a line repeated in the text, numbers alone elsewhere, is the writer's (a refrain), not a running head."""
    text = ("Songs for the Harbour\n\n1\nThe boats go out at six.\nBring them home, bring them home.\n\n2\nThe nets "
            "come up at ten.\nBring them home, bring them home.\n")
    assert kept(pasted(text, "songs.txt")).count("Bring them home, bring them home.") == 2


@pytest.mark.parametrize(("text", "prose"), [
    ("Search for related information by keyword: Fisheries | Nova Scotia | Nature and environment | General public | "
     "News releases", False),
    ("Home | News | Sport | Weather | What's on in the county this week and next, and the week after", False),
    ("The spring lobster season in Lobster Fishing Area 33 will open on April 28, weather permitting.", True),
    ("The vote went 12 | 3 in the end, and the chair said the council would not appeal the ruling.", True),  # guard
])
def test_a_line_of_links_parted_by_bars_is_no_prose(text: str, prose: bool) -> None:
    """Canada.ca's "Search for related information by keyword: Fisheries | Nova Scotia | ..." under a release: links,
    whatever its stop words, so the release's run of prose ends above it."""
    assert is_prose(make_line(0, text, 0)) is prose


_STANZA = ["The sheds lean into the wind", "like old men at a bus stop,", "their doors tied shut with string.",
           "Nothing grows but the leeks,", "standing in their row", "like soldiers nobody relieved.",
           "And the robin, of course,", "who owns the whole place now", "and lets us visit."]
_WRAPPED = ["The council said on Monday that the road by", "the river would close for three weeks while the",
            "bridge is repaired, and that buses would run on", "the old road through the village, adding ten",
            "minutes to the journey into town each way."]


@pytest.mark.parametrize(("groups", "joined"), [
    ([["Winter Allotment"], _STANZA], False),
    ([["Winter Allotment", "by Mari Evans"], _STANZA], False),
    ([["Winter Allotment"], [*_STANZA[:6], "and the robin, who owns the whole place now,", "lets us visit."]], False),
    ([["Road closure"], _WRAPPED], True),  # guards: a column wrapped where the next word would not fit
])
def test_a_poem_of_one_stanza_keeps_its_lines(groups: list[list[str]], joined: bool) -> None:
    """One stanza under its title: short lines, broken where the next word would still have fit (the writer's
    breaks), each heard as a line; a narrow column's wrap breaks only where the next word would not fit."""
    assert (unwrapped(groups) != groups) is joined


_JOB = ("Skip to main content\nJobs\nSign in\nLibrary Assistant\n{employer}\n{place}\nReposted 2 days ago\nApply\n"
        "Save\nAbout the job\nWe are looking for a friendly, organised person to join the team at the town library "
        "for 22 hours a week.\nYou will help visitors find books and information, and run the children's reading "
        "sessions on Saturday mornings.\n{fields}\nShow more\nSimilar jobs\n")


@pytest.mark.parametrize(("employer", "place", "titled"), [
    ("Ceredigion County Council", "Aberystwyth, Wales, United Kingdom", True),
    ("Cardiff University", "Cardiff, Wales", True),
    ("Island Ferries Ltd", "Oban, Argyll", True),
    ("Ceredigion County Council", "Reposted 3 days ago", False),  # guard: no place or pay under the name
])
def test_a_jobs_title_over_a_public_employer_is_the_title(employer: str, place: str, titled: bool) -> None:
    document = pasted(_JOB.format(employer=employer, place=place, fields=""), "job.txt")
    assert (document.meta.title == "Library Assistant") is titled


@pytest.mark.parametrize(("fields", "read"), [
    ("Salary: £12,480 a year (pro rata)\nClosing date: 18 December 2026", True),
    ("Hours: 22 a week\nContract: Permanent\nLocation: Aberystwyth", True),
    ("Salary: £12,480 a year (pro rata)", False),  # guards: one field alone, a page's labels
    ("Share: Facebook\nTags: libraries, jobs", False),
])
def test_a_jobs_terms_under_its_description_are_read(fields: str, read: bool) -> None:
    """An advert's terms under its description, one a line ("Salary: ...", "Closing date: ..."): what an applicant
    asks first, read though none is prose; two at least, each a job's field, so a page's own labels stay out."""
    document = pasted(_JOB.format(employer="Ceredigion County Council", place="Aberystwyth, Wales", fields=fields),
                      "job.txt")
    assert all((field in kept(document)) is read for field in fields.splitlines())
