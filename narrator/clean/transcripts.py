"""A talk's or a podcast's transcript on a web page: the time codes that open its paragraphs."""

from __future__ import annotations

import re
from typing import Any

# A position in a recording, "0:21", "01:05", "1:02:10", bare or bracketed ("[00:21]", "(1:05)").
_TIME_CODE = re.compile(r"[\[(]?(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)[\])]?")
# The markup that says an element is a position to seek to: its class ("ts", "timestamp", "time-code", "cue-time"),
# a data- attribute holding the second it starts at, or a link into the media ("#t=21", "?t=65").
_POSITION_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:ts|timestamp|time-?stamp|time-?code|timecode|cue-?time|start-?time"
                             r"|segment-timestamp)(?:$|[\s_-])")
_POSITION_ATTRIBUTES = ("data-start", "data-time", "data-seconds", "data-timestamp", "data-offset")
_SEEK_LINK = re.compile(r"[#?&]t=\d")
# A transcript's paragraphs open on time codes again and again; one or two are a story's own mentions.
MIN_CODED_PARAGRAPHS = 3
LONGEST_CODE = 12
_CODE_HOLDERS = frozenset({"span", "a", "button", "time", "strong", "b", "small", "code"})


def _seconds(text: str) -> int | None:
    """The position a time code names, in seconds, or None when the text is not one."""
    match = _TIME_CODE.fullmatch(text.strip())
    if match is None:
        return None
    hours, minutes, seconds = match.groups()
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)


def _marked_as_position(element: Any) -> bool:
    """Whether the markup calls an element a position in the recording."""
    if _POSITION_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}"):
        return True
    if any(element.get(name) is not None for name in _POSITION_ATTRIBUTES):
        return True
    return bool(_SEEK_LINK.search(element.get("href", "")))


def _opening_code(paragraph: Any) -> tuple[Any, int] | None:
    """The element that opens a paragraph with a marked time code, and its position."""
    if (paragraph.text or "").strip() or not len(paragraph):
        return None
    first = paragraph[0]
    if first.tag not in _CODE_HOLDERS or (not (first.tail or "").strip() and first.getnext() is None):
        return None  # a code with nothing after it is a line of its own, not a paragraph's opening
    text = first.text_content()
    if len(text) > LONGEST_CODE or ":" not in text:
        return None  # the cheap look before the pattern
    seconds = _seconds(text)
    return (first, seconds) if seconds is not None and _marked_as_position(first) else None


def drop_time_codes(root: Any) -> None:
    """Take the time codes off a transcript's paragraphs: the listener hears the talk, not "oh oh twenty-one" before
    each paragraph. Only codes marked as positions in the recording and counting up through the page, as a
    transcript's do (a live blog's clock stamps count down, newest first, and are kept)."""
    coded = [(p, found) for p in root.iter("p", "div") if (found := _opening_code(p)) is not None]
    positions = [seconds for _, (_, seconds) in coded]
    if len(coded) < MIN_CODED_PARAGRAPHS or positions != sorted(positions):
        return
    for paragraph, (code, _) in coded:
        paragraph.text = (code.tail or "").lstrip()
        paragraph.remove(code)
