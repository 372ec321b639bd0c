"""A list's items run into one block (each headed by a bullet, a tick or a dash) and what opens a line after a stop
though no capital opens it (a review's rating in stars, a transcript's stage direction), which segment.py asks about
before it cuts a block into sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import word_set
from narrator.speech.normalise.vocabulary import is_common_word
from narrator.speech.openers import STARTERS

# A list whose items were run into one block, each opened by the bullet that opens the block ("\u2022 Free entry \u2022
# Open daily \u2022 Dogs welcome", "- Fast charging - Wireless audio"): its items are sentences, where before they ran
# on as one with no stop to cut at. Only the block's own bullet, before a capital or a digit, set apart by spaces; not
# a dash, which opens a line of dialogue in many languages ("\u2013 Come here \u2013 she said"). A tick or a cross
# heads a list's items as a bullet does ("\u2714 Free returns. \u2714 Next-day delivery"), where the tick was taken for
# an emoji after the stop and cut off with the item before.
_BULLETS = "\u2022\u00b7\u25aa\u25e6\u2023*-\u2713\u2714\u2611\u2717\u2718"
_BULLET_SPLIT = {bullet: compiled(rf"(?<!\s)\s+(?={re.escape(bullet)}\s+[A-Z0-9])") for bullet in _BULLETS}
# A block opened by a spaced dash whose items each end in a mark ("\u2014 Fix the roof. \u2014 Paint the fence."): a
# list's items, or a dialogue's lines, which are sentences either way; before, the next item ran on from the stop (no
# word follows it, only the dash). Cut after a mark only, so that a dash inside a line ("\u2013 Come here \u2013 she
# said") stays in it.
_DASHES = "\u2014\u2013"
_BULLET_SPLIT.update({dash: compiled(rf"(?<=[.!?])\s+(?={dash}\s+[A-Z0-9])") for dash in _DASHES})
_HEADS = _BULLETS + _DASHES
# A review's rating in stars after its verdict's stop ("long, loud and brilliant. \u2605\u2605\u2605\u2605\u2606"): a
# line of its own, where no word follows the stop and the stars ran on into the verdict. A run of five at most, with a
# half; asked only of a block with an emoji's character in it (segment.py's first look), and there only where a star
# is (a substring test in C).
_STARS = "\u2605\u2606"
_RATING = compiled(r"[.!?][\"'\u201d\u2019\u00bb)\]]*(?=\s+([\u2605\u2606]{1,5}\u00bd?)(?![\u2605\u2606]))")
# A stage direction in brackets after a stop, in small letters before a capital ("That's not what I meant. [pause]
# Anyway.", "[laughs] No."): a transcript's or a subtitle's, which opens the next line; its small word kept the stop
# from ending anything. Not a note that points back at the sentence before ("[sic]", "(see above)").
_DIRECTION = compiled(r"[a-z]+(?:\s[a-z]+){0,2}[\])]\s+[\"'\u201c\u2018]?[A-Z0-9]")
_NOTES_BACK = word_set("see sic cf ibid citation emphasis italics original")
# A report's numbered heading run into its section's first sentence with no mark ("1. Introduction This report sets
# out", "3.2 Results Response rates were high"): the heading is a line of its own, where before it ran on into the
# sentence without a pause. Only a section's name that a report or a paper heads its parts with, alone after the
# block's opening number, before a word that opens sentences: "2. Methods of payment" and "4. Results Day is" have
# more heading.
_HEADING = compiled(r"\d{1,2}(?:\.\d{1,2}){0,2}\.?\s(?:Introduction|Background|Methods|Methodology|Results|Discussion"
                    r"|Conclusions?|Summary|Abstract|Scope|Purpose|Overview|Findings|Recommendations|Limitations"
                    r"|Acknowledgements|Objectives|Aims)(?=\s([A-Z][a-z]*)\s+\S)")
# After a subsection's number ("3.2 Results Response rates were high") a common word in capitals before a small one
# opens the section's first sentence too: a subsection heads a report's part, where "4. Results Day is" may be an item.
_SUBSECTION = compiled(r"\d{1,2}\.\d")
_SMALL_WORD_NEXT = compiled(r"\s+[a-z]")


def _opens_after_subsection(text: str, heading: re.Match[str]) -> bool:
    """Whether a subsection's heading is followed by a common word in capitals and a small word ("3.2 Results Response
    rates")."""
    return _SUBSECTION.match(text) is not None and is_common_word(heading.group(1)) \
        and _SMALL_WORD_NEXT.match(text, heading.end(1)) is not None


def bullet_items(text: str) -> list[str] | None:
    """A list run into one block, its items split at the bullet that opens it ("• Free entry • Open daily"), or None."""
    if text[:1] not in _HEADS or text[1:2] != " ":
        return None
    items = _BULLET_SPLIT[text[0]].split(text)
    return items if len(items) > 1 else None


def numbered_heading(text: str) -> list[str] | None:
    """A report's numbered heading and its section's text run into one block ("2. Methods We surveyed"), or None."""
    heading = _HEADING.match(text)
    if heading is None or (heading.group(1).lower() not in STARTERS and not _opens_after_subsection(text, heading)):
        return None
    return [heading.group(0), text[heading.end():].lstrip()]


def rating_marks(text: str) -> Iterator[re.Match[str]]:
    """The marks before a rating in stars ("brilliant. ★★★★☆"), each with the stars (its group 1)."""
    if "\u2605" not in text and "\u2606" not in text:
        return iter(())
    return _RATING.finditer(text)


def opens_line(text: str, word_start: int, next_word: str) -> bool:
    """Whether what follows a mark, at word_start, though no capital, opens a line: a rating's stars, or a stage
    direction in brackets before a capital ("[pause] Anyway")."""
    if next_word[0] in _STARS:
        return True
    return text[word_start - 1] in "([" and next_word not in _NOTES_BACK \
        and _DIRECTION.match(text, word_start) is not None
