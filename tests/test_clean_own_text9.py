"""A writer's plain text and a pasted page's bylines as they are printed without "By" or with the writer's post
(issue #10): a name and a post after it are one author, a name alone over a bare date is the byline, and ten page
dumps of our own near those forms (tests/fixtures/own_text9, expectations written before they first ran)."""

from __future__ import annotations

import pytest

from narrator.clean import CleanSettings, Format, Source, clean
from narrator.model import Document

_BODY = ("Heavy rain will spread across the valley tonight, with up to 60 millimetres on high ground by Friday.\n"
         "Rivers are expected to rise quickly, and the council has opened two rest centres for anyone who must "
         "leave home.\n")


def _read(text: str) -> Document:
    return clean(Source("note.txt", text.encode(), Format.TEXT), CleanSettings())


@pytest.mark.parametrize("byline", ["By Jenna Sorensen and Staff Meteorologist", "By Jenna Sorensen, Senior Forecaster",
                                    "Jenna Sorensen, Chief Economist", "By Jenna Sorensen, Oceanographer"])
def test_a_writers_post_after_the_name_is_no_second_author(byline: str) -> None:
    """A rank before a trade's noun ("Staff Meteorologist") or a noun ending as no surname does ("Oceanographer")
    is the writer's post, not another writer: one author, the post not heard as a name."""
    document = _read(f"Flood warning for the Calder Valley\n{byline}\n3 March 2026\n{_BODY}")
    assert document.meta.authors == ("Jenna Sorensen",)
    assert all("Sorensen" not in block.text for block in document.blocks)


def test_two_writers_joined_by_and_are_still_two() -> None:
    document = _read(f"Flood warning for the Calder Valley\nBy Tom Hale and Ann Senior\n3 March 2026\n{_BODY}")
    assert document.meta.authors == ("Tom Hale", "Ann Senior")


@pytest.mark.parametrize("name", ["Ruth Evans", "Ruth Evans, Staff Writer"])
def test_a_name_alone_over_a_date_under_the_title_is_the_byline(name: str) -> None:
    """A writer's text under its title: their name without "By", then the day alone. Not a heading over a paragraph
    (a pause and a chapter called "Ruth Evans"): the author and the date."""
    document = _read(f"Why the village shop matters\n{name}\n14 February 2026\n{_BODY}")
    assert (document.meta.authors, document.meta.published) == (("Ruth Evans",), "2026-02-14")
    assert document.blocks[0].text.startswith("Heavy rain")


def test_a_name_alone_with_no_date_under_it_is_still_read() -> None:
    """Without the date under it, a name under the title may be the text's first heading or a list's first item:
    it is read."""
    document = _read(f"Who to call in a flood\nRuth Evans\n{_BODY}")
    assert document.meta.authors == ()
    assert document.blocks[0].text == "Ruth Evans"


_PAGE = """Skip to content
Home
News
Events
Contact
Fenwick Village Hall
Spring Programme 2026
2 March 2026
What's on
{first}
{second}
From the committee
The new boiler is in at last, and the main hall is warm again for the first time since November.
Thank you to everyone who came to the quiz in February, which raised enough for the new stage curtains.
Share this page
Facebook
"""


@pytest.mark.parametrize(("first", "second"), [
    ("Monday 7pm: Pilates in the small hall, with mats provided.", "Thursday 2.30pm: Tea dance with the Fenwick Trio."),
    ("10:30am - Toddler group in the main hall, all welcome.", "6pm - Table tennis club for adults and children."),
])
def test_a_programme_line_that_opens_on_its_time_is_read(first: str, second: str) -> None:
    """A pasted page's programme: each line opens on a day or a time, then says in a sentence what happens then. Not a
    post's stamp over a comment (which ends on "said:" or is a few words): the listener hears both events."""
    texts = [block.text for block in clean(Source("page.txt", _PAGE.format(first=first, second=second).encode(),
                                                  Format.TEXT), CleanSettings()).blocks]
    assert first in texts and second in texts

