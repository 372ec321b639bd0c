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
    head two posts or more."""
    heads = [i for i in range(len(lines) - 2) if _HANDLE_LINE.match(lines[i + 1].text)
             and _post_line(lines, prose, i + 2) and 0 < lines[i].words <= NAME_WORDS and not lines[i].terminal]
    if len(heads) < THREAD_MIN_POSTS:
        return None
    name, handle = lines[heads[0]].text, lines[heads[0] + 1].text
    mine = [i for i in heads if lines[i].text == name and lines[i + 1].text == handle]
    if len(mine) < THREAD_MIN_POSTS or counts[name] < len(mine):
        return None
    blocks: list[Block] = []
    published = None
    for head in mine:
        post = head + 2
        while post < len(lines) and _post_line(lines, prose, post):
            blocks.append(Block(BlockKind.PARAGRAPH, lines[post].text))
            post += 1
        for stamp in lines[post:post + STAMP_REACH_LINES]:
            published = published or parse_date(stamp.text)
    return Metadata(title=fallback_title, authors=(name.strip(),), published=published), blocks


def _post_line(lines: list[Line], prose: list[bool], i: int) -> bool:
    """A line of a post: prose, or a sentence's words without its stop; no prompt, stamp or handle."""
    line = lines[i]
    return prose[i] or (line.words >= POST_LINE_WORDS and not (line.cta or line.credit or line.clock)
                        and not _HANDLE_LINE.match(line.text) and parse_date(line.text) is None)
