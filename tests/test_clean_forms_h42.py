"""The page forms left from the rounds before (issue #10), each on small texts of our own: an outlet after the
writer's name, and the classes fixed below it."""

from __future__ import annotations

import pytest

from narrator.clean import CleanSettings, Format, Source, clean
from narrator.clean.common import split_authors
from narrator.model import Document


def _read(text: str, name: str = "page.txt") -> Document:
    return clean(Source(name, text.encode(), Format.TEXT), CleanSettings())


def _html(page: str, name: str = "page.html") -> Document:
    return clean(Source(name, page.encode(), Format.HTML), CleanSettings())


def _texts(document: Document) -> list[str]:
    return [block.text for block in document.blocks]


@pytest.mark.parametrize(("byline", "authors"), [
    ("By PETER HOLM FOR WEEKENDPOST", ("Peter Holm",)),
    ("By Peter Holm for The Coast Gazette", ("Peter Holm",)),
    ("By PETER HOLM FOR COAST-NEWS.COM", ("Peter Holm",)),
    ("By Ruth Ann Lowe for Reuters and Sam Ode", ("Ruth Ann Lowe", "Sam Ode")),
    ("By Ada For", ("Ada For",)),
])
def test_the_outlet_a_writer_filed_for_is_no_part_of_the_name(byline: str, authors: tuple[str, ...]) -> None:
    """"By JOHN SMITH FOR MAILONLINE" gave the author "John Smith For Mailonline": the outlet after "for" is where the
    story ran. A name of one word before it is left whole."""
    assert split_authors(byline) == authors
