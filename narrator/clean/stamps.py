"""Stamps a recording's transcript or a chat's export opens every line on: the player's or the app's, not words.

A talk's transcript prints how far into the recording each line is said ("0:41 A hedge is ..."), from nought; a
messaging app's export prints the day and time each message was sent before its sender ("05/04/2026, 18:02 - Ruth:
..."). Read aloud they are noise before every line; a programme's times of day ("9:30 Welcome") are its content.
"""

from __future__ import annotations

import re

# This many lines at least open on the same kind of stamp: one or two may be a writer's.
STAMPED_LINES_MIN = 3

# How far into a recording a line is said: "0:41", "01:58", "1:02:03", in brackets or not.
_OFFSET = re.compile(r"^[(\[]?((?:\d{1,2}:)?\d{1,2}:\d\d)[)\]]?\s+(?=\S)")
# A chat export's stamp: a day in figures, a time, then a dash or the bracket's close ("05/04/2026, 18:02 - ",
# "4/5/26, 6:02 PM - ", "[05/04/2026, 18:02:10] ").
_CHAT_STAMP = re.compile(r"^(?:\[\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?\]"
                         r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?\s+[-–])"
                         r"\s+(?=\S)")
# A message's sender before its words ("Ruth: ", "Ann Lee: ", "+44 7700 900123: ").
_SENDER = re.compile(r"^[^:]{1,40}:\s")
# What an export prints instead of a photo or a deleted message: a note in angle brackets alone.
_PLACEHOLDER = re.compile(r"^<[^<>]+>$")


def _seconds(offset: str) -> int:
    """An offset's seconds from the recording's start."""
    total = 0
    for part in offset.split(":"):
        total = total * 60 + int(part)
    return total


def _recording_offsets(lines: list[str]) -> bool:
    """True when STAMPED_LINES_MIN lines or more open on offsets that start at nought and never go back."""
    found = [_seconds(match.group(1)) for line in lines if (match := _OFFSET.match(line))]
    return len(found) >= STAMPED_LINES_MIN and found[0] == 0 and found == sorted(found)


def _chat_line(line: str) -> str | None:
    """A chat export's line without its stamp; None for the app's notice or placeholder, which is not read."""
    words = _CHAT_STAMP.sub("", line, count=1)
    sender = _SENDER.match(words)
    if sender is None or _PLACEHOLDER.match(words[sender.end():].strip()):
        return None
    return words


def without_stamps(groups: list[list[str]]) -> list[list[str]]:
    """The lines of a transcript or a chat export without the stamps each opens on (a text without them as it is)."""
    lines = [line for group in groups for line in group]
    if _recording_offsets(lines):
        return [[_OFFSET.sub("", line, count=1) for line in group] for group in groups]
    if sum(1 for line in lines if _CHAT_STAMP.match(line)) >= STAMPED_LINES_MIN:
        kept = [[said for line in group if (said := _chat_line(line) if _CHAT_STAMP.match(line) else line)]
                for group in groups]
        return [group for group in kept if group]
    return groups
