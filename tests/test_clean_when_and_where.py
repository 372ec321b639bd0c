"""A typed notice whose second line says when and where (issue #10): "Spring Quiz Night" over "Tuesday 4 May 2027, 7pm,
the clubhouse". A notice, a fixture, a meeting, a concert, a service or a school's event typed by the user is titled by
its first line; the line under it gives the day with its time and its place, is read as the first paragraph (it is
what the listener needs: when and where) and still dates the text; nobody wrote it. The name over the day was taken for
a writer's over a post's stamp, the stamp made the text a page dump, and the day's line was left out, or a short notice
was refused.

FIRST READING (expectations written before it): 0 of 10 notices read right (title, no byline, the day, the line read
first); every third (index 2, 5, 8) kept aside: 0 of 3; the tuned seven 0 of 7. The four near misses read as expected
before and after. AFTER: tuned 7 of 7, kept 3 of 3 (10 of 10).
"""

from __future__ import annotations

import pytest

from narrator.clean.lines import make_line
from narrator.clean.pagedates import when_and_where
from narrator.model import BlockKind
from tests.own_text4 import kept, pasted, read_or_refuse
from tests.sweeps import check_linear

# (title, the line under it, the day it dates the text by, the text's body): the title is the first line, nobody
# wrote it, the day dates it, the when-and-where line is read first.
_NOTICES = [
    ("Spring Quiz Night", "Tuesday 4 May 2027, 7pm, the clubhouse", "2027-05-04",
     "Teams of up to six are welcome. Entry is five pounds a head and all money goes to the junior section.\n\n"
     "Bring your own snacks."),
    ("Under-12s Home Match", "Saturday 12 June 2027, 10.30am, Penrhos playing fields", "2027-06-12",
     "Players should arrive by ten in full kit. Parents, please bring a folding chair and a warm coat."),
    ("Summer Concert", "Friday 18 June 2027 at 7.30pm · St Mary's Church, Ludlow", "2027-06-18",
     "The choir sings Faure's Requiem with the town orchestra. Tickets are ten pounds at the door.\n\n"
     "Children under twelve come free."),
    ("Harvest Festival Service", "Sunday 3 October 2027, 10.30am, Holy Trinity Church", "2027-10-03",
     "Please bring tins and packets for the food bank. Lunch follows in the church room."),
    ("Parents' Evening", "Thursday 14 October 2027, 4pm to 7pm, the school hall", "2027-10-14",
     "Each appointment lasts ten minutes. Book your slots with the office by Monday."),
    ("Annual General Meeting", "Wednesday 10 March 2027 at 7pm | Village Hall, Main Road", "2027-03-10",
     "All members may vote. The accounts will be circulated a week before the meeting."),
    ("Christmas Fair", "Saturday 4 December 2027, 11am, Market Square", "2027-12-04",
     "Stalls, a raffle and mulled wine."),
    ("Book Club", "Monday 8 February 2027, 7.30pm at the Red Lion", "2027-02-08",
     "This month we are reading Small Things Like These. New readers are always welcome."),
    ("Carol Singing", "Sunday 19 December 2027, 6pm, outside the post office", "2027-12-19",
     "Lanterns and song sheets provided. We collect for the hospice."),
    ("Beach Clean", "Sunday 25 April 2027 · 9am · Aberdovey slipway", "2027-04-25",
     "Gloves and bags are provided. Wear sturdy shoes and bring water."),
]
_KEPT_ASIDE = {2, 5, 8}  # tuned on the other seven; both parts are reported in the module's docstring


def _notice(title: str, when: str, body: str) -> str:
    """The notice as the user typed it, a blank line between its parts."""
    return f"{title}\n\n{when}\n\n{body}\n"


@pytest.mark.parametrize(("title", "when", "published", "body"), _NOTICES,
                         ids=[f"{'kept-' if i in _KEPT_ASIDE else ''}{i}" for i in range(len(_NOTICES))])
def test_a_notices_when_and_where_is_read_under_its_title(title: str, when: str, published: str, body: str) -> None:
    """The notice's first line titles it, nobody wrote it, the line under it is read first and dates it."""
    document = pasted(_notice(title, when, body), "notice.txt")
    assert document.meta.title == title
    assert document.meta.authors == ()
    assert document.meta.published == published
    assert kept(document)[0] == when
    assert document.blocks[0].kind is BlockKind.PARAGRAPH  # said as the notice's first sentence, no section's heading
    assert body.split("\n\n")[0] in kept(document)


def test_a_comment_threads_poster_over_a_stamp_still_writes() -> None:
    """A forum page's post: its poster's name over its stamp, among a page's buttons."""
    document = pasted("Home\nForums\nLog in\nRegister\n\nAllotment water butts\n\nJane Smith\n4 May 2027, 7:02pm\n\n"
                      "Great post, thanks. We fitted two butts to the shed last spring and they have not run dry once, "
                      "even in August when the standpipe was off for a week.\n\nReply\nShare\nReport\n", "thread.txt")
    assert "4 May 2027, 7:02pm" not in kept(document)
    assert document.meta.published == "2027-05-04"


def test_a_blog_posts_byline_over_its_day() -> None:
    """"By Jane Smith" over the day: the writer and the date, neither read."""
    document = pasted("Why we moved the market\n\nBy Jane Smith\n4 May 2027\n\nThe Saturday market moves to the car "
                      "park from June. The square is being resurfaced.\n", "post.txt")
    assert document.meta.title == "Why we moved the market"
    assert document.meta.authors == ("Jane Smith",)
    assert document.meta.published == "2027-05-04"
    assert kept(document)[0].startswith("The Saturday market")


_DAYS = {"12 March 2027, 9:14am": "2027-03-12", "4 May 2027, 7pm": "2027-05-04"}


@pytest.mark.parametrize("stamp", list(_DAYS))
def test_a_persons_name_over_a_bare_stamp_still_writes(stamp: str) -> None:
    """A name alone over a day and a time with no place ("Rhys Morgan" / "4 May 2027, 7pm"): a writer over a post's
    stamp, as before."""
    document = pasted(f"Rhys Morgan\n{stamp}\n\nThe bus shelter on Mill Lane has been mended at last. The council "
                      "sent two men on Tuesday and the glass is back.\n\nIt took eleven weeks.\n", "note.txt")
    assert document.meta.authors == ("Rhys Morgan",)
    assert document.meta.published == _DAYS[stamp]
    assert stamp not in kept(document)


@pytest.mark.parametrize(("text", "found"), [
    ("Tuesday 4 May 2027, 7pm, the clubhouse", True),
    ("Sunday 6 June 2027 at 10.30am · St Mary's Church", True),
    ("Friday 14 May 2027 | 19:30 | Town Hall", True),
    ("Saturday 19 June 2027, 2pm to 5pm", True),
    ("Sunday 6 June 2027 at 10.30am", True),
    # near misses: a post's stamp, bare or with its buttons, a zone, a stamp's words; a sentence
    ("4 May 2027, 7:02pm", False),
    ("4 May 2027, 7pm", False),
    ("Tuesday 4 May 2027, 7:02pm", False),
    ("May 4, 2027 at 7:02 pm | Reply", False),
    ("4 May 2027 at 7:02pm · Edited", False),
    ("Sept. 2, 2024 7:04 pm ET", False),
    ("12 March 2027, 9:14am · Updated 5 hours ago", False),
    ("We met on Tuesday 4 May 2027 at 7pm in the clubhouse and agreed the fees.", False),
])
def test_a_when_and_where_line(text: str, found: bool) -> None:
    """A day with its time and its place, or a weekday's day with an hour no stamp writes; not a post's stamp."""
    assert when_and_where(make_line(0, text, 0)) is found


@pytest.mark.parametrize("token", ["4 May 2027, 7pm, a b\n", "4 May 2027, 7pm, " + "a " * 3, "1 May 2027 1pm · ",
                                   "Tuesday 4 May 2027, 7.30pm\n"])
def test_the_rule_stays_linear_on_hostile_text(token: str) -> None:
    """The rule on many repeats of its nearest miss costs time in proportion to the text."""
    check_linear(token, small=300, read=read_or_refuse)
