"""A numeric date whose day and month could be either way round ("Fri, 04/03/2026") is dated by the weekday printed
beside it, when only one of its two readings falls on that day: forum and mail stamps print both. Without a weekday,
or when both readings or neither fall on it, it stays undated as before (a guess would date a story a month out)."""

from __future__ import annotations

import pytest

from narrator.clean import CleanSettings, Format, Source, clean
from narrator.clean.common import parse_date


@pytest.mark.parametrize(("stamp", "iso"), [
    ("Fri, 04/03/2026", "2026-04-03"),  # 3 April 2026 is a Friday; 4 March a Wednesday
    ("Wed, 04/03/2026", "2026-03-04"),
    ("Friday 04/03/2026", "2026-04-03"),
    ("Posted Fri 4/3/2026", "2026-04-03"),
    ("Wednesday, 4/3/2026 at 10:00", "2026-03-04"),
    ("Tue 06-10-2026 09:12", "2026-10-06"),  # 6 October 2026 a Tuesday; 10 June a Wednesday
    ("Sat. 02/05/2026", "2026-05-02"),
])
def test_the_weekday_beside_an_ambiguous_date_chooses_its_order(stamp: str, iso: str) -> None:
    assert parse_date(stamp) == iso


@pytest.mark.parametrize(("stamp", "iso"), [
    ("04/03/2026", None),  # no weekday: undated, as before
    ("Thu, 04/03/2026", None),  # neither reading is a Thursday
    ("Fri, 13/03/2026", "2026-03-13"),  # unambiguous: the day over twelve decides, as before
    ("Publié le mer. 04/03/2026", "2026-03-04"),  # a day-first language's words decide, as before
    ("Friday came and went. On 04/03/2026 the", None),  # a weekday far from the date is no part of its stamp
])
def test_without_a_weekday_that_settles_it_nothing_changes(stamp: str, iso: str | None) -> None:
    assert parse_date(stamp) == iso


def test_a_forum_post_s_stamp_with_its_weekday_dates_the_page() -> None:
    page = ("<html><head><title>Gate post moving</title></head><body><article><h1>Gate post moving</h1>"
            "<div class='post-meta'>Posted by gardener42 &middot; <span class='date'>Fri, 04/03/2026 18:12</span>"
            "</div><p>The gate at the bottom of our garden sticks every winter, and this year it will not shut at "
            "all, however hard I push it.</p><p>I have planed the edge twice already. Is the post moving, or is it "
            "the hinges that have dropped since the frost?</p></article></body></html>")
    document = clean(Source("post.html", page.encode(), Format.HTML), CleanSettings())
    assert document.meta.published == "2026-04-03"
