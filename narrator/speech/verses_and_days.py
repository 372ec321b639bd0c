"""A book of the Bible before its chapter and verse, and a weekday before its date: short forms whose stop
segment.py holds on to what follows."""

from __future__ import annotations

import re

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import BIBLE_BOOKS

# A book of the Bible as a reference shortens it, before its chapter and verse ("2 Cor. 4:7", "Matt. 5:14"): cut
# there, the verse was read alone as a range ("four to seven") and the book as its letters ("two Cor.").
_BOOK_BEFORE_VERSE = frozenset(BIBLE_BOOKS)
_CHAPTER_AND_VERSE = compiled(r"\s+\d{1,3}:\d{1,3}\b")
# Before a chapter alone ("Ps. 121", "Isa. 53"), those books only that are no given name ("I met Dan. 3 days later").
_BOOK_BEFORE_CHAPTER = _BOOK_BEFORE_VERSE - {"Dan", "Tim", "Phil", "Sam", "Josh", "Mal", "Mic", "Col", "Gen", "Rev"}
_CHAPTER = compiled(r"\s+\d{1,3}\b(?![.,:]?\d)")
# A book's number before it shows it is the book, given name or not ("1 Sam. 17", "2 Tim. 3", "I Sam. 17").
_NUMBERED_BOOK = compiled(r"(?<![\w.])(?:[123]|I{1,3})\s$")
# A weekday shortened before its date or its time ("Fri. 18 Dec.", "Sat. Dec. 5", "Wed. 3rd", "Mon. to Fri. 9am"):
# cut there, the weekday was said with a full stop before "the eighteenth of December". Capitalised only, and not
# after an article ("the Sun. 12 planets", "on a Sun. 5 days later"), where it is a word.
_WEEKDAY_BEFORE_DATE = frozenset({"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"})
_DATE_AFTER_WEEKDAY = compiled(
    r"\s+(?:(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)?\b|\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\b|\d{1,2}:\d\d\b"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
    r"|(?:January|February|March|April|June|July|August|September|October|November|December)\b)")
_ARTICLE_BEFORE = compiled(r"\b(?:the|a)\s+$", re.IGNORECASE)


def holds_on_to_date_or_verse(text: str, end: int, token: re.Match[str]) -> bool:
    """True for a shortened weekday before its date ("Fri. 18 Dec.") or a book before its verse ("Cor. 4:7")."""
    word = token.group(1)
    if word in _BOOK_BEFORE_VERSE:
        return _CHAPTER_AND_VERSE.match(text, end) is not None or (
            (word in _BOOK_BEFORE_CHAPTER
             or _NUMBERED_BOOK.search(text, max(0, token.start() - 5), token.start()) is not None)
            and _CHAPTER.match(text, end) is not None)
    if word in _WEEKDAY_BEFORE_DATE and not _ARTICLE_BEFORE.search(text, max(0, token.start() - 5), token.start()):
        return _DATE_AFTER_WEEKDAY.match(text, end) is not None
    return False
