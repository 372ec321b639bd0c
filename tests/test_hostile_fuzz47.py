"""Escapes found by fuzzing round 46's pages, texts and articles through `clean` (round 47): damaged copies of
pages23, own_text22-25 and articles26. Each case failed on the round's start; clean must stay linear and raise only
NarratorError."""

from __future__ import annotations

import logging

import pytest
from sweeps import check_linear

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.model import Format, Source


def _clean_text(text: str) -> object:
    """The clean stage on a user's plain text."""
    return clean(Source(origin="fuzz.txt", data=text.encode(), format_hint=Format.TEXT), CleanSettings())


# A heading's date set off after its words ("Minutes - 4 March 2025") was looked for after each separator of the line,
# reading the words of everything before it each time: a rule of 20,000 dashes under a title cost x16 CPU on four
# times the rule (3.7 s for 40 KB), a 2 MB line would have hung the batch.
@pytest.mark.parametrize("rule", [pytest.param("- ", id="spaced-dashes"), pytest.param("– ", id="spaced-en-dashes"),
                                  pytest.param("| ", id="bars")])
def test_a_long_rule_under_a_title_stays_linear(rule: str) -> None:
    """Four times as long a rule of separators under a user's title costs about four times the CPU time."""
    logging.disable(logging.WARNING)
    try:
        check_linear(rule, small=2500, ratio=8, read=lambda run: _clean_text(
            f"Our first winter with a heat pump\n3 December 2026\n{run}\n\nWe fitted it in October. It hums.\n"))
    finally:
        logging.disable(logging.NOTSET)


def test_a_dated_title_still_gives_its_date() -> None:
    """A title that dates itself after a separator keeps its date (the guard above counts separators, not words)."""
    document = _clean_text("Minutes of the Parish Council - 4 March 2025\n\nThe meeting opened at seven. Nine members"
                           " came.\n\nThe clerk read the accounts. They were approved.\n")
    assert document.meta.published == "2025-03-04"
