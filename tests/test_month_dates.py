"""Dates a page or document gives as a month and year only, or as a run of days (issue #10): the cleaner gives
Metadata.published as "YYYY-MM" for a month (no day made up, as htmldate did with today's) and the first day of a run
of days; every consumer of the date (feed, site, ID3 tag, catalog order, preview --json) takes a month as it is."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner
from lxml import html
from mutagen.id3 import ID3

from narrator import publish
from narrator.audio.tags import TagInfo, write_tags
from narrator.clean import clean
from narrator.clean.common import parse_month, parse_published
from narrator.cli import main
from narrator.config import CleanSettings
from narrator.model import Format, Metadata, Source
from tests.test_publish import SETTINGS, make_episode

_TEXT = ("The quay at Porthleven was rebuilt in granite after the storm of 1824, and the harbour master's house above "
         "it still has the brass tide gauge in its porch. The net lofts along the east side became studios later.")


def _page_date(head: str = "", byline: str = "") -> str | None:
    page = (f"<html><head><title>The quay</title>{head}</head><body><main><h1>The quay</h1>{byline}<p>{_TEXT}</p>"
            f"<p>{_TEXT}</p></main></body></html>")
    return clean(Source("page.html", page.encode(), Format.HTML), CleanSettings()).meta.published


def _markdown_date(date: str) -> str | None:
    text = f"---\ntitle: The quay\ndate: {date}\n---\n\n{_TEXT}\n"
    return clean(Source("quay.md", text.encode(), Format.MARKDOWN), CleanSettings()).meta.published


# --- the cleaner -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("date", "published"), [
    ("March 2026", "2026-03"), ("Sept. 2025", "2025-09"), ("2026-03", "2026-03"),
    ("3-5 March 2026", "2026-03-03"), ("March 3\u20135, 2026", "2026-03-03"), ("12 March 2026", "2026-03-12")])
def test_a_front_matter_date_of_a_month_or_a_run_of_days(date: str, published: str) -> None:
    """A month gives YYYY-MM (it gave None); a run of days gives its first day (it gave the last, or none)."""
    assert _markdown_date(date) == published


@pytest.mark.parametrize("head", ["<meta property='article:published_time' content='2026-07'>",
                                  "<meta name='citation_publication_date' content='2026/07'>"])
def test_a_pages_declared_month_is_its_date_with_no_day_made_up(head: str) -> None:
    """htmldate read a meta's "2026-07" as today's day of July."""
    assert _page_date(head) == "2026-07"


def test_a_day_in_the_byline_says_which_day_of_the_declared_month() -> None:
    byline = "<div class='byline'>By Ann Trist, July 14, 2026</div>"
    assert _page_date("<meta property='article:published_time' content='2026-07'>", byline) == "2026-07-14"


def test_a_date_line_of_a_month_is_the_pages_date() -> None:
    assert _page_date(byline="<div class='date'>Published: July 2026</div>") == "2026-07"


@pytest.mark.parametrize("text", ["In March 2026 the council met.", "March 2026 was wet", "Chapter 2026-07",
                                  "March 1826 to March 2026"])
def test_a_month_named_in_a_sentence_is_no_date(text: str) -> None:
    assert parse_month(text) is None and parse_published(text) is None


# --- the consumers -------------------------------------------------------------------------------------------------

def _published_show(tmp_path: Path, published: str) -> tuple[feedparser.FeedParserDict, html.HtmlElement]:
    publish.record(make_episode(tmp_path, published=published), SETTINGS, tmp_path)
    publish.publish(tmp_path, SETTINGS)
    feed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    return feed, html.parse(str(tmp_path / "index.html")).getroot()


def test_a_month_long_past_is_the_feeds_pubdate_from_the_months_start_and_the_sites_month(tmp_path: Path) -> None:
    """pubDate must name a day: the month's start, not the day it was recorded (years later, out of order)."""
    feed, page = _published_show(tmp_path, "2020-03")
    assert feed.bozo == 0 and feed.entries[0].published_parsed[:3] == (2020, 3, 1)
    assert "2020-03 \u00b7" in page.xpath("string(//p[@class='meta'])")


def test_a_month_recorded_in_is_the_feeds_pubdate_when_recorded(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    feed, page = _published_show(tmp_path, f"{now:%Y-%m}")
    assert feed.entries[0].published_parsed[:2] == (now.year, now.month)
    assert f"{now:%Y-%m} \u00b7" in page.xpath("string(//p[@class='meta'])")


def test_a_month_sorts_among_days(tmp_path: Path) -> None:
    for n, date in enumerate(["2023-01-01", "2026-07", "2026-06-30", "2026-07-02"]):
        publish.record(make_episode(tmp_path, f"T{n}", guid=f"urn:narrator:{n}", published=date,
                                    file_hash=f"{n}" * 10), SETTINGS, tmp_path)
    assert [e.title for e in publish.episodes(tmp_path)] == ["T3", "T1", "T2", "T0"]


def test_a_month_is_the_id3_recording_time_as_it_is(tmp_path: Path) -> None:
    """ID3v2.4 timestamps may stop at the month (yyyy-MM)."""
    mp3 = tmp_path / "quay.mp3"
    mp3.write_bytes(b"")
    write_tags(mp3, Metadata(title="The quay", published="2026-07"), (), TagInfo(voice="v", duration_s=1.0))
    assert str(ID3(mp3)["TDRC"]) == "2026-07"


def test_preview_json_gives_the_month(tmp_path: Path) -> None:
    source = tmp_path / "quay.md"
    source.write_text(f"---\ntitle: The quay\ndate: March 2026\n---\n\n{_TEXT}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", str(source), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["published"] == "2026-03"


def test_a_month_that_is_none_in_a_catalog_does_not_stop_the_feed(tmp_path: Path) -> None:
    """A catalog edited by hand may say "2026-13": that is no month (datetime(2026, 13, 1) raised ValueError and the
    feed was never written); the episode is dated when it was recorded, as any date that does not parse."""
    feed, _ = _published_show(tmp_path, "2026-13")
    assert feed.bozo == 0 and len(feed.entries) == 1
