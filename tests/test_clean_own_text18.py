"""Twenty-two texts in forms the earlier sets lack (issue #10, h125's wave): a Substack post with its Restack rows, a
Medium member story, an old.reddit thread with its comments, a Mastodon thread, a Goodreads review, a podcast
episode's page with chapters, a church's weekly sheet, a cricket club's match report, a local paper's court report, a
journal's abstract page with "Received / Accepted", a GOV.UK guidance page with "Contents" and "Print this page", a
museum's object page, Blogger, WordPress.com, Facebook group, Instagram and Nextdoor posts, and a writer's own minutes,
travel journal, story with a dedication, eulogy and letter to the editor (tests/fixtures/own_text18), their
expectations written before they first ran; the harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.own_text4 import dump_cases, expectations, read_dump, report

FIXTURES = Path(__file__).parent / "fixtures" / "own_text18"
DUMPS = sorted(expectations(FIXTURES))

# Dumps still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {}


@pytest.mark.parametrize("name", dump_cases(DUMPS, _STILL_WRONG))
def test_a_text_is_read_title_byline_date_and_article(name: str) -> None:
    reading = read_dump(name, FIXTURES)
    assert reading.right, reading.wrong()


def test_every_known_failure_names_a_dump() -> None:
    assert set(_STILL_WRONG) <= set(DUMPS)


if __name__ == "__main__":
    report(FIXTURES)
