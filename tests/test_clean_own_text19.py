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
