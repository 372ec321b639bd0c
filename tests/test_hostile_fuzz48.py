"""Escapes found in round 48, after the round's rules were merged: each case failed on the merged head (not on the
round's start); clean must stay linear and raise only NarratorError."""

from __future__ import annotations

import logging

import pytest
from sweeps import check_linear

from narrator.clean import clean
from narrator.clean.lines import words_of
from narrator.clean.notices import is_count_line
from narrator.config import CleanSettings
from narrator.model import Format, Source


def _clean_text(text: str) -> object:
    """The clean stage on a user's plain text."""
    return clean(Source(origin="fuzz.txt", data=text.encode(), format_hint=Format.TEXT), CleanSettings())


BODY = "The council met on Tuesday to agree the budget. It passed by nine votes to four."


# A thread's counts ("3 Posts 3 Posters 214 Views") were looked for in any line of ten words or fewer; a run of digits
# is no word (words are letters), so a byline of 8,000 digits reached the count's number, tried from each digit of the
# run: 5.4 s, x4 a doubling (found by a run of a pattern's own characters put where a page puts things).
@pytest.mark.parametrize("run", [pytest.param("1", id="digits"), pytest.param("1,", id="digits-and-commas"),
                                 pytest.param("1.", id="digits-and-stops")])
def test_a_long_number_in_a_byline_stays_linear(run: str) -> None:
    """Four times as long a run of digits under a title costs about four times the CPU time."""
    logging.disable(logging.WARNING)
    try:
        check_linear(run, small=2000, ratio=8, read=lambda text: _clean_text(f"A Plain Title\nBy {text}\n\n{BODY}\n"))
    finally:
        logging.disable(logging.NOTSET)


@pytest.mark.parametrize(("line", "counts"), [
    ("3 Posts 3 Posters 214 Views", True),
    ("Sourdough3Posts3Posters214Views", True),
    ("Rye starter too runny Sourdough 11 Posts 620 Views", True),
    ("1,204,331 Posts 98,112 Posters 12,004,551 Views 3,201 Topics", True),  # long numbers, still a count line
    ("12 members voted; 3 votes were lost.", False),
    ("By " + "1" * 300 + " posts 2 views", False),  # past a count line's length
])
def test_a_count_line_is_still_found_within_its_length(line: str, counts: bool) -> None:
    """The bound on characters keeps every count line of a thread's page and refuses only what no page prints."""
    assert is_count_line(line, len(words_of(line))) is counts
