"""Thirty texts of new forms (issue #10, h77's wave): users' own texts with a date or byline line under the title, a
title in capitals, one sentence, a numbered list; chat, reader and email exports, a debate's record, a judgment, a
press release, show notes, a sermon and a speech, a recipe; a newsletter post, a blog post, a professional network's
article, a forum's post, a link site's item and an encyclopedia's page as copied (tests/fixtures/own_text14), their
expectations written before they first ran; the harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.own_text4 import dump_cases, expectations, read_dump, report

FIXTURES = Path(__file__).parent / "fixtures" / "own_text14"
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
