"""A day's programme in a text dump: entries opening on their times ("9.30 Welcome"), in order through the day."""

from __future__ import annotations

import re

from narrator.clean.lines import Line

# A day's programme line: the time of day it opens on, with a point or a colon ("9.00", "14:30", "7.30pm"), then what
# happens, no separator between ("9.00 Registration and coffee", "11.00 Break").
_TIME_OPENING = re.compile(r"^\s*(\d{1,2})[.:](\d\d)(?:\s*[ap]\.?m\.?)?\s+(?=[^\W\d_])", re.I)
# A programme runs this many such lines or more, the times rising through one day, each on a five minutes' mark (a
# price list's figures, "2.95 Tea", are seldom all on one), from an hour past midnight (a recording's offsets start on
# nought: "0:00 Welcome").
PROGRAMME_LINES = 3
MINUTES_MARK = 5


def _time_of_day(text: str) -> int | None:
    """The minutes past midnight of the time of day a line opens on, or None."""
    found = _TIME_OPENING.match(text)
    if found is None:
        return None
    hour, minute = int(found.group(1)), int(found.group(2))
    pm = "p" in text[found.start(2):found.end()].lower()
    hour += 12 if pm and hour < 12 else 0
    return hour * 60 + minute if 1 <= hour <= 23 and minute < 60 and minute % MINUTES_MARK == 0 else None


def programme_lines(lines: list[Line]) -> set[int]:
    """Indices of the lines of a day's programme: PROGRAMME_LINES or more in a row, each opening on a time of day and
    saying what happens then, the times rising; each is a line of the text to read, though no sentence."""
    found: set[int] = set()
    run: list[int] = []
    last = -1
    for i, line in enumerate([*lines, None]):
        minutes = _time_of_day(line.text) if line is not None else None
        if minutes is not None and run and minutes > last and line is not None and not line.cta:
            run.append(i)
        else:
            if len(run) >= PROGRAMME_LINES:
                found.update(run)
            run = [i] if minutes is not None else []
        last = minutes if minutes is not None else -1
    return found
