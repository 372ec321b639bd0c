"""A line of names alone under a paper's title is its byline; a title in capitals that joins two phrases with "and"
is not two names."""

from __future__ import annotations

import pytest

from narrator.clean.bylines import names_list


@pytest.mark.parametrize(("line", "names"), [
    ("Lena Kovacs, Omar Haddad", ("Lena Kovacs", "Omar Haddad")),
    ("A. Price1, D. Lowe2 and S. Rao*", ("A. Price", "D. Lowe", "S. Rao")),
    ("J. Okafor and M. Lindqvist", ("J. Okafor", "M. Lindqvist")),
    ("Lena Kovacs1 and Omar Haddad2", ("Lena Kovacs", "Omar Haddad")),
])
def test_names_alone_are_read_as_names(line: str, names: tuple[str, ...]) -> None:
    assert names_list(line) == names


@pytest.mark.parametrize("line", [
    "Harbour Food and Lifestyle Blog",
    "How To Grow and Care For Roses",
    "Tides and Currents",
    "North Yorkshire, West Yorkshire",
])
def test_a_title_joining_phrases_with_and_is_no_list_of_names(line: str) -> None:
    assert names_list(line) == ()
