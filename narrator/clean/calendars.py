"""A blog's sidebar calendar: its heading, its month and a grid of day numbers, each day a link to that day's posts."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from narrator.clean.common import MONTH_NAMES

# A box its class or id names a calendar ("widget_calendar", Serendipity's "serendipity_calendar_plugin", Dotclear's
# "calendar"), holding a table: the month's grid. Read, it said "Calendar", "October '26" and thirty numbers.
_CALENDAR_BOXES = etree.XPath("//*[contains(@class, 'alendar') or contains(@id, 'alendar')][.//table or self::table]")
# A calendar's words: its name, a month, a day's name or its letters, a year ("2026", "'26"), a day's number, and the
# arrows to the month before and after.
_CALENDAR_WORD = re.compile(
    rf"(?i)(?:calendar|archives?|{MONTH_NAMES}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun"
    r"|mo|tu|we|th|fr|sa|su|[mtwfs]|prev(?:ious)?|next|today|'?\d{1,4}|[«»‹›<>←→]+)[.,]?")
# A box of an events calendar says what happens on its days ("Quiz night", "Choir practice"): a few such words and it
# is the page's own.
OTHER_WORDS = 2


def drop_calendar_boxes(root: Any) -> None:
    """Take out a calendar's box (the outermost named so) whose words are only a calendar's."""
    for box in _CALENDAR_BOXES(root):
        if box.getparent() is None or any(_is_calendar_named(up) for up in box.iterancestors()):
            continue
        words = box.text_content().split()
        if words and sum(1 for word in words if not _CALENDAR_WORD.fullmatch(word)) <= OTHER_WORDS:
            box.drop_tree()


def _is_calendar_named(element: Any) -> bool:
    """The element's class or id names a calendar."""
    return "alendar" in f"{element.get('class', '')} {element.get('id', '')}"
