"""Whether a measured line of page text reads as the writer's: prose, a short sentence, or natural words.

A line's measures (clean/lines.py) say what it holds; these judges weigh them: running sentences of ordinary words,
not a headline in Title Case, a tag cloud, a comment's header with its clock time, or a prompt.
"""

from __future__ import annotations

import re

from narrator.clean.lines import (
    CLOCK_HEADER_WORDS,
    Line,
    is_post_stamp,
    is_programme_entry,
    reads_as_advice,
    words_before_clock,
)

# A sentence sets a comma or a stop within this many words; a tag cloud or a category list runs on for a hundred,
# or parts its items by bars, this many ("Fisheries | Nova Scotia | General public | News releases").
UNPUNCTUATED_WORDS, LINK_BARS = 50, 3
_PUNCTUATION = re.compile(r"[.,;:!?()\[\]\"“”«»–—]")


def _longest_unpunctuated(text: str) -> int:
    """The most words a line runs without a punctuation mark."""
    return max(len(part.split()) for part in _PUNCTUATION.split(text))


# A sentence that says when something happens ("There is a relaxed performance on Saturday 8 March at 2pm."): a
# stop, this many words or more, and this many before its time, where a comment's header opens on the writer and
# the time and ends on "said:", or names its posting.
WHEN_SENTENCE_WORDS = 8
WHEN_LEAD_WORDS = 5
_BY_NAME = re.compile(r"\bby\s+[A-Z]")  # "Comment by Ann Lee on 3 May at 4pm.": a comment's header, with its stop


def _says_when(line: Line) -> bool:
    """A sentence of the writer's with a day and a time late in it, not a post's or a comment's stamp."""
    text = line.text.rstrip()
    return (line.terminal and line.words >= WHEN_SENTENCE_WORDS and not text.endswith(":")
            and words_before_clock(text) >= WHEN_LEAD_WORDS and not is_post_stamp(text)
            and not _BY_NAME.search(text))


# A headline or a menu holds no full stop between two sentences; a paragraph of names and days may ("Friday 11
# December is Christmas Jumper Day. Please bring £1 for Save the Children."): capitals, yet running text. The next
# sentence reads on in small letters after its first word; a citation's next part is a name ("The Deleuze
# dictionary. Revised Edition Edited by ..."), no sentence.
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?] [A-Z][a-z’']* [a-z]")


def _two_sentences(line: Line) -> bool:
    """True for a line of two sentences or more, the last with its stop."""
    return line.terminal and ". " in line.text and _SENTENCE_BREAK.search(line.text) is not None


def is_prose(line: Line, english: bool = True) -> bool:
    """A line that reads like running text: sentences of ordinary words."""
    if ((line.cta and not reads_as_advice(line)) or line.credit or line.words < 6
            or (line.clock and line.words <= CLOCK_HEADER_WORDS and not _says_when(line)
                and not is_programme_entry(line))):
        return False  # a short line with a clock time heads a comment or a feed item
    if english and line.stop_ratio < 0.18:
        return False
    if (line.words > UNPUNCTUATED_WORDS and _longest_unpunctuated(line.text) > UNPUNCTUATED_WORDS) or (
            line.text.count("|") >= LINK_BARS):
        return False  # a tag cloud or a list of categories run together, which stop words would tell in English
    if line.capital_ratio > 0.6 and line.words < 25 and not _two_sentences(line):
        return False  # Title Case lines are headlines and menus, not paragraphs
    return line.terminal or line.words >= 16


def is_sentence(line: Line, english: bool = True) -> bool:
    """A short line that is still a sentence ("He declined to comment.")."""
    if line.cta or line.credit or line.words < 2 or not line.terminal:
        return False
    first = line.text.lstrip("\"'“‘([—–- ")[:1]
    return (first.isupper() or first.isdigit()) and (not english or line.stop_ratio > 0 or line.words >= 4)


def is_natural(line: Line, english: bool = True) -> bool:
    """Ordinary words in sentence case (a list item, a short line of dialogue), though not full prose."""
    if line.cta or line.credit or line.clock or line.words < 4:
        return False
    return (not english or line.stop_ratio >= 0.2) and line.capital_ratio <= 0.5


