"""What a headline looks like among a text dump's lines above its body: a handful of words, no stop, no prompt,
credit, field of the page's or count of its readers; and how much of one line's words another shares.

Moved from textmeta.py, which finds the header; the rules are unchanged.
"""

from __future__ import annotations

import re

from narrator.clean.bylines import BY_PREFIX, counts_reviews
from narrator.clean.lines import RELEASE_LABEL, STOP_WORDS, Line, is_handle, words_before_clock, words_of

_ADDRESS = re.compile(r"://|@\w|^www\.", re.I)

# A field of the page's, its label before a colon: who published it, where it is filed ("From: Driver and Vehicle
# Licensing Agency", "Filed under: Gardening"); a headline's own label says what kind of story it is ("Analysis: ...").
_FIELD_LABEL = re.compile(r"(?i)^\s*(?:from|tags?|categor(?:y|ies)|filed under|posted in|topics?|section|series)\s*:")
# A record's field set with a space before its colon, as French and Czech sites print it and English headlines never
# do ("Licence : Creative Commons - Attribution", "Property type : Cabin", "Rubrique : Agenda"): a label of a word or
# three, then the value. "Road safety: ice on the school lane" is a headline.
_SPACED_LABEL = re.compile(r"^\s*[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2} :\s")


# Where a post is filed, alone on its line, one field or a few joined by a dash or a bar ("Category: Hall news",
# "Classified in : News - Tags : kettles", "Rubrique : Agenda"): a label that files, its colon, a short value with no
# stop. "Note : the hall has no bar, so bring your own drinks." is a sentence.
_FILING_FIELD = re.compile(r"(?i)(?:tags?|categor(?:y|ies)|filed (?:under|in)|posted in|classified in|topics?"
                           r"|rubriques?|genre)\s*:\s*[^\s:.!?][^:.!?]{0,60}")
# led by the space after a word: a long run of spaces is tried once, not from each of its places
_FIELD_JOIN = re.compile(r"(?<!\s)\s+[-–|·]\s+")
FILING_LINE_CHARS = 160
FILING_FIELDS = 3


def is_filing_line(text: str) -> bool:
    """True for a post's filing alone on its line ("Category: Hall news", "Classified in : News - Tags : kettles")."""
    if ":" not in text or len(text) > FILING_LINE_CHARS:
        return False
    fields = [field for field in _FIELD_JOIN.split(text.strip().rstrip("-–|· ")) if field]
    return 0 < len(fields) <= FILING_FIELDS and all(_FILING_FIELD.fullmatch(field) for field in fields)


# A post's tags on one line: "#python #sql #webdev".
_TAGS = re.compile(r"^\s*#\w+(?:[\s,]+#\w+)+\s*$")


def title_case(text: str) -> bool:
    """Every word capitalised but the small ones ("to", "the"), and most of them."""
    words = words_of(text)
    capitals = sum(1 for word in words if word[0].isupper())
    return capitals > 2 * len(words) / 3 and all(word[0].isupper() or word.lower() in STOP_WORDS for word in words)


# A match's result as its report or live page is headed: two sides and the score between them ("Bath 24-19 Saracens"),
# a headline however few its words.
_SCORE_LINE = re.compile(r"^\s*[A-Z][^\d|:]{1,40}?\s\d{1,3}\s?[-–]\s?\d{1,3}\s+[A-Z][^\d|:]{1,40}$")
# Where a notice or a story was published, on its own line under its headline ("Published in the Westmorland
# Gazette", "First appeared in The Field"): the page's note, no headline.
_PUBLISHED_IN = re.compile(r"^\s*(?:(?i:first|originally|as)\s+)?(?i:published|printed|appeared)\s+in\s+"
                           r"(?:the\s+)?[A-Z][^.!?]*$")


# A post's count of its readers, under a question's title as Q&A sites print it ("Viewed 4k times", "1,204 views"). A
# count opens on a digit (its stops and commas follow): "[\d.,]+" took the stops the line's opening `\W*` takes too, and
# a line of 8,000 stops before three words was split between the two in every way, in time square (1.5 s).
_VIEWS = re.compile(r"(?i)^\W*(?:viewed\s+[\d.,]+\s*[km]?\s+times?|\d[\d.,]*\s*[km]?\s+views?)\W*$")


# A campaign's progress, as a fundraiser's or a petition's page prints it under its headline ("£8,240 raised of £15,000
# goal", "4,812 signatures", "1,284 have signed. Let's get to 1,500!"): a sum or a count and what it counts, no
# headline ("£8,000 raised for the village hall" is one, "3,000 have signed petition to save pool" too).
_TALLY = re.compile(r"(?i)^\W*[£$€]?\d[\d.,]*\s*[km]?\s+(?:(?:raised|pledged)\s+of\s|(?:signatures|supporters|donations"
                    r"|donors|backers)\W*$|(?:have|has)\s+signed[.!])")


# A tool of the page's for the post it shows ("Improve this question", "Edit this answer"): no headline.
# A post's or a review's age alone, as a site prints it for a recent one ("a month ago", "an hour ago", "3 weeks ago"):
# when it was posted, no headline.
_AGE = re.compile(r"(?i)^\W*(?:an?|one|\d+)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\W*$")


# A page's label of a thing it shows, where a headline may stand: a post's cover picture's alt text ("Cover image for
# Why our cron jobs ..."), an app store's platform note ("Designed for iPhone"), a game's hours played ("62.4 hrs on
# record").
_PAGE_LABEL = re.compile(r"(?i)^\W*(?:(?:cover|header|featured|hero)\s+image\s+(?:for|of)\s+(?-i:[A-Z0-9])"
                         r"|designed\s+for\s+(?:iphone|ipad|mac|android|apple\s+watch)\W*$"
                         r"|\d[\d.,]*\s+hrs?\s+on\s+record\W*$)")  # a count opens on a digit (as _VIEWS')


_POST_TOOL = re.compile(r"(?i)^\W*(?:improve|edit|flag|cite|report|close)\s+this\s+(?:question|answer|post|page"
                        r"|article|comment|thread)\W*$")


# A headline may name a time after its words ("Why I stopped answering emails after 6pm"); a stamp opens on it or
# nearly ("Updated 10:32", "Posted 3 hours ago").
CLOCK_IN_HEADLINE_WORDS = 5


def headline_like(line: Line) -> bool:
    """A headline: a handful of words, no final full stop, not a prompt, a credit or a field of the page's."""
    text = line.text.rstrip()
    # a headline may end on a full stop when every word of it is capitalised ("I Quit My Job. Here Is What I Learned.")
    stopped = text.endswith((":", ",")) or (text.endswith(".") and not title_case(text))
    return ((3 <= line.words <= 30 or _SCORE_LINE.match(text) is not None) and not stopped and not line.cta
            and not line.credit and not (line.clock and words_before_clock(text) < CLOCK_IN_HEADLINE_WORDS)
            and BY_PREFIX.match(text) is None and not _ADDRESS.search(text)
            and not RELEASE_LABEL.match(text) and not _FIELD_LABEL.match(text) and not _TAGS.match(text)
            and not (" :" in text and _SPACED_LABEL.match(text))
            and not _VIEWS.match(text) and not _POST_TOOL.match(text) and not is_handle(text)
            and not _TALLY.match(text) and not ("ago" in text and _AGE.match(text)) and not counts_reviews(text)
            and not _PAGE_LABEL.match(text)
            and not _PUBLISHED_IN.match(text))


def similar(a: str, b: str) -> float:
    """Share of a's words found in b; none when only words such as "a" and "be" are ("Be a Pro", a menu's entry,
    matched "... time to be careful?" two words in three)."""
    words_a = [w.lower() for w in words_of(a)]
    words_b = {w.lower() for w in words_of(b)}
    shared = [w for w in words_a if w in words_b]
    if any(w not in STOP_WORDS for w in words_a) and all(w in STOP_WORDS for w in shared):
        return 0.0
    return len(shared) / len(words_a) if words_a else 0.0
