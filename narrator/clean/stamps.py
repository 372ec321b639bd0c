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


# An offset alone on its line, over what is said from it: a player's transcript copied with its times between the
# lines ("00:00" / "Thank you all for coming ..."), which a writer's text of times of day never starts at nought.
_OFFSET_ALONE = re.compile(r"^[(\[]?((?:\d{1,2}:)?\d{1,2}:\d\d)[)\]]?$")


def _recording_offsets(lines: list[str], offset: re.Pattern[str] = _OFFSET) -> bool:
    """True when STAMPED_LINES_MIN lines or more open on offsets that start at nought and never go back."""
    found = [_seconds(match.group(1)) for line in lines if (match := offset.match(line))]
    return len(found) >= STAMPED_LINES_MIN and found[0] == 0 and found == sorted(found)


def _chat_line(line: str) -> str | None:
    """A chat export's line without its stamp; None for the app's notice or placeholder, which is not read."""
    words = _CHAT_STAMP.sub("", line, count=1)
    sender = _SENDER.match(words)
    if sender is None or _PLACEHOLDER.match(words[sender.end():].strip()):
        return None
    return words


# A channel's copy (Slack, Discord, Teams) heads each message with its sender and the time it was sent, on a line of
# their own: "Ann Lee  9:14 AM", "Ann Lee — Today at 9:02 AM", "Ann Lee — 05/12/2026 9:02 AM". A name is a word to
# four (a handle's dots and dashes allowed), each opening on a letter or "@", none a clock's word ("at", "um"): a
# comment's day and time ("22. Juli 2019 at 16:25", "Today at 9:02") is no sender.
_SENDER_WORD = r"(?!(?i:at|um|on|am|à|alle|om|kl|today|yesterday)\b)(?:[^\W\d_]|@)[\w@.'’-]*"
_SENDER_WORDS = rf"{_SENDER_WORD}(?: {_SENDER_WORD}){{0,3}}"
_CLOCK = r"\d{1,2}:\d\d(?:\s?[AaPp]\.?[Mm]\.?)?"
_SENDER_STAMP = re.compile(rf"^{_SENDER_WORDS}(?:\s+{_CLOCK}|\s+[—–-]\s+"
                           rf"(?:(?:Today|Yesterday) at\s+|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}},?\s+)?{_CLOCK})$")
# The app's own lines in a channel's copy, never a message: reactions with their counts (":+1: 4", "👍 5"), the marks
# "(edited)" and "N replies", a thread's note, the channel's name, its member count and its message box.
_CHANNEL_APP_LINE = re.compile(
    r"(?i)^(?:(?>(?::[\w+-]+:|[^\w\s.,;:!?'\"()\[\]]{1,4})\s*\d+\s*)+|\(edited\)|\d+\s+repl(?:y|ies)(?:\s.*)?"
    r"|replied to a thread:.*|view thread|also sent to the channel|#\s?[\w-]+|\d[\d,]*\s+members|channel details"
    r"|message\s+#\s?[\w-]+|new messages?"
    # (a thread's view: its label, the reply box, the box's choice to post to the channel too, a reaction alone, the
    # app's name over the copy)
    r"|thread|reply(?:…|\.\.\.)|also send to\s+#\s?[\w-]+|(?::[\w+-]+:|[^\w\s.,;:!?'\"()\[\]]{1,2})|slack|discord)$")
_EDITED_MARK = re.compile(r"\s+\(edited\)$")


# Two messages make a channel's copy when the app shows itself: the channel's name as the copy's first line ("#
# bike-club"), or the app's own form of each stamp, a dash then the day ("Ann Lee — Today at 8:14 AM", "Ann Lee —
# 03/03/2026 7:45 PM"), which a writer's own log ("Ann 9:14 AM" / "Went out.") never types.
CHANNEL_SHOWN_STAMPS = 2
_CHANNEL_HEAD = re.compile(r"^#\s?[\w-]+$")
_APP_DAY = re.compile(r"\s[—–-]\s+(?:(?:Today|Yesterday) at\s|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s)")


# A thread's view copied from a newer app puts the sender and the time on lines of their own ("Carys Evans" /
# "10:14 AM"): joined, they are the stamp a channel's copy shows on one line, when the app shows itself too (a
# channel's name alone, "#allotment-committee", or the count of a thread's replies): a day's programme typed as
# "Registration" / "9:00 AM" / "Coffee in the hall." has neither.
_SENDER_ALONE = re.compile(rf"^{_SENDER_WORDS}$")
_CLOCK_ALONE = re.compile(rf"^{_CLOCK}$")
_APP_SHOWN = re.compile(r"(?i)^(?:#\s?[\w-]+|\d+\s+repl(?:y|ies))$")


def _senders_joined(groups: list[list[str]]) -> list[list[str]]:
    """The groups with each sender's name joined to the time alone on the line under it ("Carys Evans  10:14 AM")."""
    joined: list[list[str]] = []
    for group in groups:
        lines: list[str] = []
        for line in group:
            if (lines and line[:1].isdigit() and _CLOCK_ALONE.match(line) and _SENDER_ALONE.match(lines[-1])
                    and all(word[:1].isupper() for word in lines[-1].split())):
                lines[-1] = f"{lines[-1]}  {line}"
            else:
                lines.append(line)
        joined.append(lines)
    return joined


def _channel_copy(lines: list[str]) -> bool:
    """True when STAMPED_LINES_MIN lines or more are a channel copy's sender and time, each over a message, or two
    are where the channel's name heads the copy or each stamp has the app's own form."""
    stamps = [line for i, line in enumerate(lines[:-1]) if _SENDER_STAMP.match(line)
              and not _SENDER_STAMP.match(lines[i + 1])]
    if len(stamps) >= STAMPED_LINES_MIN:
        return True
    return len(stamps) == CHANNEL_SHOWN_STAMPS and (
        bool(_CHANNEL_HEAD.match(lines[0])) or all(_APP_DAY.search(stamp) for stamp in stamps))


def _channel_message(line: str) -> str | None:
    """A channel copy's line as read: a message without its "(edited)" mark; None for a sender's stamp or the app's."""
    if _SENDER_STAMP.match(line) or _CHANNEL_APP_LINE.match(line.strip()):
        return None
    return _EDITED_MARK.sub("", line)


# A Kindle's clippings file: each highlight under its book's line ("The Salt Road (Ruth Calder)") and the reader's
# stamp ("- Your Highlight on page 12 | Location 180-182 | Added on ..."), closed by a row of equals signs.
_CLIPPING_STAMP = re.compile(r"(?i)^-?\s*your (?:highlight|note|bookmark|clip)\b.*\|\s*added on\b")
_CLIPPING_END = re.compile(r"^={6,}$")
_BOOK_LINE = re.compile(r"^(?P<title>.+?)\s+\((?P<author>[^()]{3,80})\)$")


def _clippings(lines: list[str]) -> bool:
    """True when STAMPED_LINES_MIN - 1 clippings or more close on the file's row of equals signs under a stamp."""
    return (sum(1 for line in lines if _CLIPPING_END.match(line)) >= STAMPED_LINES_MIN - 1
            and sum(1 for line in lines if _CLIPPING_STAMP.match(line)) >= STAMPED_LINES_MIN - 1)


def _clipped(groups: list[list[str]]) -> list[list[str]]:
    """A clippings file's highlights under one header: the book's title, "By" its author, then each highlight (the
    book's line repeated over every clipping, the stamps and the rows of equals signs are the reader's)."""
    books = [line for group in groups for line in group if _BOOK_LINE.match(line)]
    titles = set(books)
    kept = [[line for line in group if not (_CLIPPING_STAMP.match(line) or _CLIPPING_END.match(line)
                                            or line in titles)] for group in groups]
    header = []
    if books and (book := _BOOK_LINE.match(books[0])) and len(titles) == 1:
        header = [[book.group("title"), f"By {book.group('author')}"]]
    return header + [group for group in kept if group]


# A podcast's show notes list its chapters, each an offset and a short title ("02:15 What staling actually is"): where
# each part starts is what the list says, so the offsets are read. A title opens on a capital and ends on no stop, and
# is this short at most; a transcript's lines are what is said (sentences, or a caption's lower-case run).
CHAPTER_TITLE_WORDS = 8
_CHAPTER_END = re.compile(r"[.!?,;…]\W*$")


def _chapter_list(lines: list[str]) -> bool:
    """True when every line that opens on an offset is a chapter's title after it, not words said from it."""
    titles = [line[match.end():] for line in lines if (match := _OFFSET.match(line))]
    return all(title[:1].isupper() and len(title.split()) <= CHAPTER_TITLE_WORDS and not _CHAPTER_END.search(title)
               for title in titles)


def without_stamps(groups: list[list[str]]) -> list[list[str]]:
    """The lines of a transcript or a chat export without the stamps each opens on (a text without them as it is)."""
    lines = [line for group in groups for line in group]
    if _recording_offsets(lines) and not _chapter_list(lines):
        return [[_OFFSET.sub("", line, count=1) for line in group] for group in groups]
    if _recording_offsets(lines, _OFFSET_ALONE):
        kept = [[line for line in group if not _OFFSET_ALONE.match(line)] for group in groups]
        return [group for group in kept if group]
    if sum(1 for line in lines if _CHAT_STAMP.match(line)) >= STAMPED_LINES_MIN:
        kept = [[said for line in group if (said := _chat_line(line) if _CHAT_STAMP.match(line) else line)]
                for group in groups]
        return [group for group in kept if group]
    if _clippings(lines):
        return _clipped(groups)
    if _channel_copy(lines):
        kept = [[said for line in group if (said := _channel_message(line))] for group in groups]
        return [group for group in kept if group]
    if not any(line[:1].isdigit() and _CLOCK_ALONE.match(line) for line in lines) or not any(
            (line[:1] == "#" or "repl" in line) and _APP_SHOWN.match(line) for line in lines):
        return groups
    joined = _senders_joined(groups)
    if _channel_copy([line for group in joined for line in group]):
        kept = [[said for line in group if (said := _channel_message(line))] for group in joined]
        return [group for group in kept if group]
    return groups
