"""A review's header lines in a text dump: its rating, its stamp ("Reviewed by ... on ...") and its verdict."""

from __future__ import annotations

import re

from narrator.clean.common import parse_date
from narrator.clean.lines import Line, words_of

# A review's header lines: its rating opening the line, the review's own heading glued on or not ("5.0 out of 5
# stars Still hot at lunchtime"), and when and where it was written ("Reviewed in the United Kingdom on 4 January
# 2026", "Written January 14, 2026"): a line this short, with a day and no stop.
_RATING_OPENING = re.compile(r"(?i)^\s*(?:rated\s+)?\d(?:\.\d)?\s*out\s+of\s+\d(?:\.0)?\s+stars?\b")
_REVIEWED = re.compile(r"(?i)^\s*(?:reviewed|written|rated)\b")
REVIEW_STAMP_WORDS = 10
# A badge under a review's header ("Verified Purchase", "Top contributor"): a few capitalised words, no stop.
REVIEW_BADGE_WORDS = 3


def _review_stamp(line: Line) -> bool:
    """A review's rating line, or the line saying when it was written ("Reviewed in ... on 4 January 2026")."""
    return bool(_RATING_OPENING.match(line.text)) or (
        line.words <= REVIEW_STAMP_WORDS and not line.terminal and bool(_REVIEWED.match(line.text))
        and parse_date(line.text) is not None)


# A review's verdict on its own line: a label and a mark out of a scale ("Score: 8/10", "Rating: 4 out of 5 stars").
_VERDICT = re.compile(r"(?i)^\W*(?:(?:our|the|overall|final)\s+)?(?:score|rating|verdict|mark)\s*:\s*"
                      r"\d{1,3}(?:\.\d)?\s*(?:/|out\s+of)\s*(?:5|10|20|100)(?:\s+stars?)?\W*$")


def is_verdict(text: str) -> bool:
    """A review's mark on a line of its own: "Score: 8/10", "Rating: 4 out of 5"."""
    return _VERDICT.match(text) is not None


def is_review_header(lines: list[Line], i: int) -> bool:
    """True for a review's header line: its rating, its stamp, or a short badge in capitals right under either."""
    line = lines[i]
    if _review_stamp(line):
        return True
    words = words_of(line.text)
    return (i > 0 and _review_stamp(lines[i - 1]) and 0 < len(words) <= REVIEW_BADGE_WORDS and not line.terminal
            and all(word[0].isupper() for word in words))


# A line that calls a work reviewed: "Lowri P.'s Reviews > The Shepherd's Life", "A review of The Shepherd's Life".
_REVIEWS_OF = re.compile(r"(?i)\breviews?\s*(?:>|›|of\b|:)(.+)$")  # one pass: the work's name is split and joined below
# A review's header lines under the reviewed work's title, as many as these at most.
REVIEW_HEAD_LINES = 4


def names_the_works_author(lines: list[Line], byline: int, start: int) -> bool:
    """A "by" line under a work's title that a line below calls reviewed ("The Shepherd's Life" / "by James Rebanks" /
    "Lowri P.'s Reviews > The Shepherd's Life"): the book's author, not the review's writer."""
    if byline == 0:
        return False
    title = " ".join(lines[byline - 1].text.split()).lower()
    for line in lines[byline + 1:min(start, byline + 1 + REVIEW_HEAD_LINES)]:
        if ("review" in line.text.lower() and (named := _REVIEWS_OF.search(line.text))
                and " ".join(named.group(1).split()).lower() == title):
            return True
    return False
