"""A date written in the article's sentences is an event's day, not the day the article was published."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from narrator.clean.htmlmeta import page_metadata
from narrator.cli import main

_STORY = ("<p>The village fete opens on {day} on the green, and the committee expects more than four hundred visitors "
          "over the weekend if the weather holds.</p><p>Tickets cost five pounds for adults, the committee said.</p>")


def _published(body: str, head: str = "") -> str | None:
    """The publication day narrator reads from a page."""
    root = lxml_html.document_fromstring(f"<html lang='en-GB'><head>{head}<title>Fete</title></head>"
                                         f"<body><article><h1>Village fete opens</h1>{body}</article></body></html>")
    return page_metadata(root, "fallback", None).published


@pytest.mark.parametrize("day", ["5/12/2026", "14/3/2025", "3.14.2025", "2025/03/14"])
def test_a_day_in_a_sentence_is_not_the_publication_day(day: str) -> None:
    assert _published(_STORY.format(day=day)) is None


@pytest.mark.parametrize("sentence", [
    "<p>Last year the race was run on 5/11/2024, when the favourite won.</p>",
    "<p>Entries close on 14/3/2025 at noon, the club said.</p>",
])
def test_a_day_in_a_short_sentence_is_not_the_publication_day(sentence: str) -> None:
    assert _published(sentence + "<p>Tickets cost five pounds for adults, the committee said.</p>") is None


@pytest.mark.parametrize(("line", "published"), [
    ("<p>Posted on 14/3/2025</p>", "2025-03-14"),
    ("<p class='meta'>Published on 2025/03/14 by Jo Park</p>", "2025-03-14"),
    ("<li>Updated: 14.03.2025</li>", "2025-03-14"),
])
def test_a_date_line_above_the_story_still_dates_it(line: str, published: str) -> None:
    assert _published(line + _STORY.format(day="5/12/2026")) == published


def test_a_declared_date_is_untouched() -> None:
    head = "<meta property='article:published_time' content='2024-06-01T09:00:00+01:00'>"
    assert _published(_STORY.format(day="5/12/2026"), head) == "2024-06-01"


def test_the_intro_does_not_announce_the_events_day(tmp_path: Path) -> None:
    page = tmp_path / "fete.html"
    page.write_text(f"<html lang='en-GB'><head><title>Fete</title></head><body><article><h1>Village fete opens</h1>"
                    f"{_STORY.format(day='14/3/2025')}</article></body></html>", encoding="utf-8")
    done = CliRunner().invoke(main, ["preview", "--json", str(page)])
    assert done.exit_code == 0, done.output
    preview = json.loads(done.stdout)
    assert preview["published"] is None
    assert not any(s["text"].startswith("Published") for s in preview["segments"])
