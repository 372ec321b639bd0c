"""A typed notice's line of when and where, two kinds the first rule (tests/test_clean_when_and_where.py) left: under a
line that says who holds the event ("Autumn Plant Sale" / "Organised by the Friends of Hollins Park" / "Saturday 12
October 2027, 10am to 2pm, the park pavilion"), and with a place but no time ("Carol Service" / "Sunday 19 December
2027, St Mary's Church, Elmford": a service, a fair that runs all day). The day's line was left out in both, the first
as a post's stamp that made the text a page dump, the second as the header's date. Examples are our own; near misses
(a post's stamp with its count or its button, a day with no place, a day with no weekday) keep their reading."""

from __future__ import annotations

import pytest

from narrator.clean.lines import make_line
from narrator.clean.pagedates import when_and_where
from tests.own_text4 import kept, pasted, read_or_refuse
from tests.sweeps import check_linear

# (the lines above the day, the day's line, the day it dates the text by, the body): the title is the first line
_UNDER_A_HOLDER = [
    (("Autumn Plant Sale", "Organised by the Friends of Hollins Park"),
     "Saturday 12 October 2027, 10am to 2pm, the park pavilion", "2027-10-12",
     "Perennials, shrubs and houseplants grown by our volunteers will be on sale. All money raised goes to the park's "
     "new play area.\n\nCash and cards accepted."),
    (("Jumble Sale", "Hosted by St Anne's Mothers' Union"), "Saturday 6 March 2027, 2pm, the church hall", "2027-03-06",
     "Donations can be left in the porch on Friday evening. Refreshments will be served."),
    (("Film Night: Local Hero", "Presented by Aberfeldy Film Society"),
     "Friday 22 January 2027 at 7.30pm · Birks Cinema", "2027-01-22",
     "Doors open at seven. Members go free and guests pay five pounds."),
    (("Litter Pick", "Run by Keep Dunoon Tidy"), "Sunday 11 April 2027, 10am, the pier car park", "2027-04-11",
     "Pickers, gloves and bags are provided. Children must come with an adult."),
]

_NO_TIME = [
    ("Carol Service", "Sunday 19 December 2027, St Mary's Church, Elmford", "2027-12-19",
     "Join us for readings and carols by candlelight. Mince pies and mulled wine will be served afterwards in the "
     "church hall.\n\nAll are welcome."),
    ("Village Show", "Saturday 28 August 2027, Glebe Field", "2027-08-28",
     "Classes for vegetables, flowers, baking and crafts. Entry forms are in the shop."),
    ("Remembrance Parade", "Sunday 14 November 2027 at the War Memorial", "2027-11-14",
     "The parade forms up outside the Legion. Medals may be worn."),
    ("Open Gardens Day", "Sunday 20 June 2027, Lower Slaughter", "2027-06-20",
     "Eight gardens open for the hospice. Teas are served in the village hall."),
]


@pytest.mark.parametrize(("above", "when", "published", "body"), _UNDER_A_HOLDER,
                         ids=[above[0] for above, *_ in _UNDER_A_HOLDER])
def test_a_when_and_where_under_who_holds_the_event_is_read(above: tuple[str, str], when: str, published: str,
                                                             body: str) -> None:
    """The day's line under the holder's is read first and dates the notice."""
    document = pasted("\n\n".join((*above, when, body)) + "\n", "notice.txt")
    assert document.meta.title == above[0]
    assert document.meta.published == published
    # read first, or after the holder's line where that is no byline ("Presented by ...", read as the user typed it)
    assert when in kept(document)[:2] and kept(document)[0] in (when, above[1])
    assert body.split("\n\n")[0] in kept(document)


@pytest.mark.parametrize(("title", "when", "published", "body"), _NO_TIME, ids=[row[0] for row in _NO_TIME])
def test_a_weekday_and_a_place_with_no_time_is_read(title: str, when: str, published: str, body: str) -> None:
    """The day's line with its place and no time is read first and dates the notice; nobody wrote it."""
    document = pasted(f"{title}\n\n{when}\n\n{body}\n", "notice.txt")
    assert document.meta.title == title
    assert document.meta.authors == ()
    assert document.meta.published == published
    assert kept(document)[0] == when


@pytest.mark.parametrize(("text", "found"), [
    ("Sunday 19 December 2027, St Mary's Church, Elmford", True),
    ("Saturday 4 June 2027 at Hollins Park", True),
    ("Monday 3 March 2025, London", True),
    # near misses: a post's stamp with a count or a button, a day alone, a day with no weekday, a writer after it
    ("Sunday 19 December 2027, 3 comments", False),
    ("Sunday 19 December 2027", False),
    ("19 December 2027, St Mary's Church", False),
    ("Sunday 19 December 2027 | Reply", False),
    ("Sunday 19 December 2027, by Ann Lee", False),
    ("Sunday 19 December 2027 · Edited", False),
    ("We met on Sunday 19 December 2027 at the War Memorial.", False),
])
def test_a_weekday_and_a_place(text: str, found: bool) -> None:
    """A weekday's day and a place's name after it; not a stamp's count or button, not a sentence."""
    assert when_and_where(make_line(0, text, 0)) is found


def test_a_blog_posts_byline_over_its_day_still_writes() -> None:
    """"By Jane Smith" over the day: the writer and the date, neither read, as before."""
    document = pasted("Why we moved the market\n\nBy Jane Smith\nSaturday 4 May 2027\n\nThe Saturday market moves to "
                      "the car park from June. The square is being resurfaced.\n", "post.txt")
    assert document.meta.authors == ("Jane Smith",)
    assert document.meta.published == "2027-05-04"
    assert kept(document)[0].startswith("The Saturday market")


@pytest.mark.parametrize("token", ["Sunday 4 May 2027, A ", "Sunday 4 May 2027 at " + "The " * 3 + "\n",
                                   "Monday 1 May 2027, 1 "])
def test_the_rule_stays_linear_on_hostile_text(token: str) -> None:
    """The rule on many repeats of its nearest miss costs time in proportion to the text."""
    check_linear(token, small=300, read=read_or_refuse)
