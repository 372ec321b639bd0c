"""A social network's thread as a page dump gives it: one writer's posts, each under their name and their handle
("Dr Ana Ruiz" / "@anaruiz@mastodon.example"), each over its stamp and its counts. The posts are the article; the
name is its writer, the first post's stamp its date. Replies by others are under other names, and are not read."""

from __future__ import annotations

import re
from collections import Counter

from narrator.clean.common import parse_date
from narrator.clean.lines import Line
from narrator.model import Block, BlockKind, Metadata

# A network's handle alone on its line: "@katemorris.bsky.social", "@anaruiz@mastodon.example".
_HANDLE_LINE = re.compile(r"^\s*@[\w.-]+(?:@[\w-]+(?:\.[\w-]+)+)?\s*$")
# The writer's name over the handle: a few words without a stop.
NAME_WORDS = 4
# A post's line: prose, or words enough for a sentence without its stop ("... and why that is fine. 1/4").
POST_LINE_WORDS = 6
# A thread is two posts or more under the same name and handle.
THREAD_MIN_POSTS = 2
# The first post's stamp stands within this many lines under it.
STAMP_REACH_LINES = 2


def read_thread(lines: list[Line], counts: Counter[str], prose: list[bool],
                fallback_title: str) -> tuple[Metadata, list[Block]] | None:
    """The posts of one writer's thread, their name and the first post's date; None unless the same name and handle
    head two posts or more, or the page's one name and handle head its posts."""
    starts = {i: first for i in range(len(lines) - 2) if _HANDLE_LINE.match(lines[i + 1].text)
              and 0 < lines[i].words <= NAME_WORDS and not lines[i].terminal
              and (first := _first_post_line(lines, prose, i + 2)) is not None}
    heads = list(starts)
    # one writer's posts shown together under their one name and handle (the page a thread or a post opens on):
    # numbered from 1 at their ends, or dated by the stamp under them
    # (a name of two words at least: a button over a handle, "Reply", names no one)
    # right under the handle, no day between (a byline's "Lewis White" / "@lewis_d_white" / "Nov 19, 2019" heads an
    # article, not a post)
    alone = (len(heads) == 1 and lines[heads[0]].words >= 2 and starts[heads[0]] == heads[0] + 2
             and _one_writers_posts(lines, prose, starts[heads[0]]))
    if len(heads) < THREAD_MIN_POSTS and not alone:
        return None
    name, handle = lines[heads[0]].text, lines[heads[0] + 1].text
    mine = [i for i in heads if lines[i].text == name and lines[i + 1].text == handle]
    if (len(mine) < THREAD_MIN_POSTS and not alone) or counts[name] < len(mine):
        return None
    blocks: list[Block] = []
    published = None
    for head in mine:
        post = starts[head]
        while post < len(lines) and _post_line(lines, prose, post):
            blocks.append(Block(BlockKind.PARAGRAPH, lines[post].text))
            post += 1
        for stamp in lines[post:post + STAMP_REACH_LINES]:
            published = published or parse_date(stamp.text)
    return Metadata(title=fallback_title, authors=(name.strip(),), published=published), blocks


# A later post's stamp between its handle and its text ("·" / "Feb 18", "5h"): a mark, a day or an age, a few words.
STAMP_WORDS = 3
_DAY_NO_YEAR = re.compile(r"(?i)^\s*(?:[a-z]{3,9}\.? \d{1,2}|\d{1,2} [a-z]{3,9}\.?)\s*$")


def _first_post_line(lines: list[Line], prose: list[bool], first: int) -> int | None:
    """Where a post starts under its writer's handle: right under it, or under its stamp ("·" / "Feb 18"); None when
    no post's line stands there."""
    for i in range(first, min(len(lines), first + STAMP_REACH_LINES + 1)):
        if _post_line(lines, prose, i):
            return i
        if not (lines[i].words == 0 or (lines[i].words <= STAMP_WORDS and (
                parse_date(lines[i].text) or _DAY_NO_YEAR.match(lines[i].text) or lines[i].clock))):
            return None
    return None


# A thread's post numbered as its writer counts them, at its end: "... from January. 2/4", "(3/5)", "3/".
_POST_NUMBER = re.compile(r"\(?(\d{1,2})/(?:\d{1,2})?\)?$")


def _one_writers_posts(lines: list[Line], prose: list[bool], first: int) -> bool:
    """True for posts from first under the page's one name and handle, no prose under them: two lines at least
    numbered from 1 at their ends ("... questions. 🧵 1/4", "... 2/4"), or lines with a stamp of a day under them
    ("4:02 PM · Nov 28, 2026")."""
    numbers: list[int] = []
    end = first
    while end < len(lines) and _post_line(lines, prose, end):
        number = _POST_NUMBER.search(lines[end].text.rstrip())
        numbers.append(int(number.group(1)) if number else 0)
        end += 1
    if any(prose[end:]):
        return False  # prose under them: an article or its comments go on, no post shown alone
    if len(numbers) >= THREAD_MIN_POSTS and numbers == list(range(1, len(numbers) + 1)):
        return True
    return end > first and any(parse_date(stamp.text) for stamp in lines[end:end + STAMP_REACH_LINES])


def _post_line(lines: list[Line], prose: list[bool], i: int) -> bool:
    """A line of a post: prose, or a sentence's words without its stop; no prompt, stamp or handle."""
    line = lines[i]
    return prose[i] or (line.words >= POST_LINE_WORDS and not (line.cta or line.credit or line.clock)
                        and not _HANDLE_LINE.match(line.text) and parse_date(line.text) is None)
