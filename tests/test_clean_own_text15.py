"""Twenty-three texts of the text path's left classes (issue #10, h86's wave): a byline with its day on one line, a
byline's role after a comma, "Words by" and "Text and photos:" bylines, a title in capitals, a channel copy opening
on "# channel", show notes' closing prompts, a debate's record, a judgment's header, a story sentence on signing up,
a review's star line, lines over a title, a text of three words (tests/fixtures/own_text15), their expectations
written before they first ran; the harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.own_text4 import dump_cases, expectations, read_dump, report

FIXTURES = Path(__file__).parent / "fixtures" / "own_text15"
DUMPS = sorted(expectations(FIXTURES))

# Dumps still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {
}


@pytest.mark.parametrize("name", dump_cases(DUMPS, _STILL_WRONG))
def test_a_text_is_read_title_byline_date_and_article(name: str) -> None:
    reading = read_dump(name, FIXTURES)
    assert reading.right, reading.wrong()


def test_every_known_failure_names_a_dump() -> None:
    assert set(_STILL_WRONG) <= set(DUMPS)


if __name__ == "__main__":
    report(FIXTURES)
