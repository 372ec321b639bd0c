"""Twelve plain texts a user typed themselves, in forms the earlier sets lack (issue #10, h134's wave): a best man's
speech, a walking club's newsletter, a sermon, a lecture's numbered notes, a blog's product review, a story with
"* * *" breaks, a recipe as typed, a letter to the council with its address, an essay under an epigraph, a report
with an executive summary, a diary with times for headings and a eulogy's tribute line (tests/fixtures/own_text19),
their expectations written before they first ran; the harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.own_text4 import dump_cases, expectations, kept, pasted, read_dump, report

FIXTURES = Path(__file__).parent / "fixtures" / "own_text19"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {}


@pytest.mark.parametrize("name", dump_cases(TEXTS, _STILL_WRONG))
def test_a_typed_text_is_read_title_byline_date_and_body(name: str) -> None:
    reading = read_dump(name, FIXTURES)
    assert reading.right, reading.wrong()


def test_every_known_failure_names_a_text() -> None:
    assert set(_STILL_WRONG) <= set(TEXTS)


if __name__ == "__main__":
    report(FIXTURES)


# --- each class, on small texts of our own -------------------------------------------------------------------------

_REPORT = ("Allotment Review\n\nBackground\nThe site has forty plots and a waiting list of twelve.\n"
           "Water comes from two troughs fed by the mains, and both leak.\n\n{label}\n{lines}\n")


@pytest.mark.parametrize(("label", "lines", "read"), [
    ("Recommendations", "We should fit a third trough by the gate.\nPlot rents should rise by two pounds.", True),
    ("Recommended reading", "The council's guide to water butts is short and clear.\nThe RHS leaflet on leaks helps.",
     True),
    ("Recommendations", "Why do cats purr when they are hurt?\nHow high can a cat fall safely?", False),  # guards:
    ("Related", "Ten plots to visit this summer\nHow to fix a leaking trough", False),  # a box's links and questions,
    ("Recommendations", "We should fit a third trough by the gate.", False),  # one line
])
def test_a_box_titles_word_over_the_writers_sentences_is_their_section(label: str, lines: str, read: bool) -> None:
    """A report's "Recommendations" over its sentences heads its last section, in a text a writer typed; over a box's
    headlines or questions, or a line alone, it titles a page's box of links."""
    texts = kept(pasted(_REPORT.format(label=label, lines=lines), "review.txt"))
    assert (lines.splitlines()[-1] in texts) is read


_LETTER = "Potholes on Heol y Nant\n\n{address}\n\n{day}\n\nDear Sir or Madam,\n\nThe road by the school is broken.\n"


@pytest.mark.parametrize(("address", "day", "published", "read"), [
    ("14 Heol y Nant\nLlandeilo\nSA19 6AB", "20 October 2026", "2026-10-20", False),
    ("Ty Gwyn\nFfairfach", "Tuesday 20 October 2026", "2026-10-20", False),
    ("14 Heol y Nant\nLlandeilo\nSA19 6AB", "Llandeilo", None, True),  # guards: no day over the greeting,
    ("We live at the top of the hill.\nThe bus stops here.", "20 October 2026", None, True),  # sentences over it
])
def test_a_letters_address_over_its_day_is_the_posts(address: str, day: str, published: str | None,
                                                     read: bool) -> None:
    """A sender's address under the letter's title, over the day and the greeting: the day dates the letter and the
    address is not read; lines over no day, or sentences, are the writer's and read."""
    document = pasted(_LETTER.format(address=address, day=day), "letter.txt")
    assert document.meta.title == "Potholes on Heol y Nant"
    assert document.meta.published == published
    assert (address.splitlines()[0] in kept(document)) is read


_TRIBUTE = "Margaret Ellis\n{deck}\n\nMargaret was born on a farm above Llandovery, the youngest of six.\n"


@pytest.mark.parametrize(("deck", "published"), [
    ("A tribute read at St Teilo's Church, 21 November 2026", "2026-11-21"),
    ("Read by her grandson - 21 November 2026", "2026-11-21"),
    ("A tribute read at St Teilo's Church, 2 to 5 pm", None),  # guards: no day after the comma, a day alone
    ("A tribute read at St Teilo's Church", None),
])
def test_a_deck_ending_on_its_day_dates_the_text(deck: str, published: str | None) -> None:
    """A line under the title that ends on a day set off ("..., 21 November 2026") dates the text, and is read."""
    document = pasted(_TRIBUTE.format(deck=deck), "tribute.txt")
    assert (document.meta.title, document.meta.published) == ("Margaret Ellis", published)
    assert deck in [*kept(document), document.meta.standfirst]


_BOOK = ("Home\nMy Books\nBrowse\nSearch books\nSign In\n{title}\nby James Rebanks\n{crumb}\nLowri P.\n"
         "Lowri P.'s review\nMar 09, 2026\nreally liked it\n"
         "I expected to be moved, and I was, but I did not expect to laugh so often at a shepherd's year.\n"
         "It drags a little in the middle, when one wet lambing runs into the next.\n"
         "I finished it in two evenings and went straight out and walked up the hill behind our house.\n")


@pytest.mark.parametrize(("title", "crumb", "authors"), [
    ("The Shepherd's Life", "Lowri P.'s Reviews > The Shepherd's Life", ()),
    ("The Shepherd's Life", "A review of The Shepherd's Life", ()),
    ("The Shepherd's Life", "Reviews of other farming books", ("James Rebanks",)),  # guards: another work reviewed,
    ("A Year on the Fell", "Reviews > The Shepherd's Life", ("James Rebanks",)),  # a headline not the work's title
])
def test_a_by_line_under_a_reviewed_works_title_is_the_works_author(
        title: str, crumb: str, authors: tuple[str, ...]) -> None:
    """"by James Rebanks" under a book's title that a line below calls reviewed names the book's author, no
    review's writer; under a headline no line calls reviewed, it is the byline."""
    assert pasted(_BOOK.format(title=title, crumb=crumb), "review.txt").meta.authors == authors


_BLOG = ("Hedgerow Kitchen\nRecipes and rambles from a Shropshire cottage\nWednesday, 4 March 2026\n"
         "Wild garlic pesto, and where to find it\n"
         "The wild garlic is up in the lane behind the church, a fortnight earlier than last year.\n"
         "Pesto is the easiest thing to make with it, and it keeps a week in a jar in the fridge.\n{foot}\n"
         "No comments:\n")


@pytest.mark.parametrize(("foot", "title"), [
    ("Posted by Ruth at 10:14", "Wild garlic pesto, and where to find it"),
    ("Posted by Ruth at 9:05 PM", "Wild garlic pesto, and where to find it"),
    ("Posted by Ruth", "Hedgerow Kitchen"),  # guards: no time in the foot (not Blogger's), no "Posted by": the
    ("Ruth at 10:14", "Hedgerow Kitchen"),  # post's title is not looked for under the day
])
def test_a_blogs_day_header_stands_over_its_posts_title(foot: str, title: str) -> None:
    """Blogger prints the day over the post's title and "Posted by Ruth at 10:14" under the post: the title is under
    the day, and the line over the day is the blog's tagline."""
    assert pasted(_BLOG.format(foot=foot), "blog.txt").meta.title == title


_LETTER_TO = "Letter to the Cambrian News\n\n{greeting}\n\nThe halt is used every Thursday.\n\n{close}\n"


@pytest.mark.parametrize(("greeting", "close", "authors"), [
    ("Sir,", "Yours faithfully,\nGwilym Pugh\nPonterwyd", ("Gwilym Pugh",)),
    ("Dear Editor,", "Yours sincerely,\nGwilym Pugh", ("Gwilym Pugh",)),
    ("Madam,", "Yours faithfully,\nGwilym Pugh\nPonterwyd", ("Gwilym Pugh",)),
    ("Dear Councillor Price,", "Yours faithfully,\nGwilym Pugh\nPonterwyd", ()),  # guards: a letter to anyone else
    ("Dear Sir or Madam,", "Yours faithfully,\nGwilym Pugh", ()),  # is the user's own, signed, no byline; no close
    ("Sir,", "I hope the council will count again.", ()),
])
def test_a_letter_to_the_editor_is_by_its_signer(greeting: str, close: str, authors: tuple[str, ...]) -> None:
    """A letter greeting the editor ("Sir,", "Dear Editor,") is by the name under its close, as a letters page
    prints it; a letter to anyone else keeps its signature as its last line read."""
    assert pasted(_LETTER_TO.format(greeting=greeting, close=close), "letter.txt").meta.authors == authors
