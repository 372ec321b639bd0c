"""A letter laid out on a page (a PDF): its addresses and date over the salutation, its subject line, its close and
the signature under it; the date, subject and signer taken as the article's date, title and author."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

# The salutation and the close, in English and in the languages the date rules know: a letter is told by both.
_SALUTATION = re.compile(r"(?i)(?:dear|hello|hi|to whom it may concern|sehr geehrte[rs]?|liebe[rs]?|cher|chère|"
                         r"madame|monsieur|estimad[oa]s?|querid[oa]s?|gentile|caro|cara)\b[^\n]{0,80}[,:!]")
_CLOSE = re.compile(r"(?i)(?:yours(?: very)? (?:sincerely|faithfully|truly)|sincerely(?: yours)?|(?:with )?(?:kind|"
                    r"best|warm|warmest)(?: regards| wishes)|regards|best|cheers|mit freundlichen grüßen|"
                    r"viele grüße|cordialement|bien à vous|atentamente|saludos|cordiali saluti)[ \t]*[,.!]?")
_SUBJECT = re.compile(r"(?i)(?:re|subject|betreff|objet|asunto|oggetto)[ \t]*:[ \t]*(\S[^\n]{0,200})")
ADDRESS_LINE_WORDS = 8
"""The most words a line over the salutation may hold: addresses, names, a date, a reference; no paragraph."""
HEAD_BOXES = 12
"""How many boxes may stand over the salutation (the sender's and addressee's blocks, the date, a reference)."""


class Boxed(Protocol):
    """A text box of a laid-out page: its lines."""

    @property
    def lines(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Letter:
    """What a letter's layout says: the boxes not to read (addresses, subject, signature), its subject, signer, date."""

    taken: set[int] = field(default_factory=set)
    title: str | None = None
    author: str | None = None
    published: str | None = None


def _signer(box: Boxed) -> str | None:
    """The name on a signature's first line ("Tom Reilly"), None when it is no name."""
    from narrator.clean.lines import looks_like_names, words_of

    name = box.lines[0].strip() if box.lines else ""
    named = words_of(name)
    if 2 <= len(named) <= 4 and looks_like_names(name) and not any(char.isdigit() for char in name):
        return name
    return None


def read_letter(boxes: Sequence[Boxed], title: str | None) -> Letter | None:
    """The letter on a page's boxes (in reading order), or None when they hold no salutation over short lines and no
    close after it: an article that quotes "Dear Sir," after its first paragraph is no letter."""
    from narrator.clean.common import parse_date

    opening = next((n for n, box in enumerate(boxes[:HEAD_BOXES + 1])
                    if len(box.lines) == 1 and _SALUTATION.fullmatch(box.lines[0].strip())), None)
    if opening is None or any(len(line.split()) > ADDRESS_LINE_WORDS for box in boxes[:opening] for line in box.lines):
        return None
    closing = next((n for n in range(opening + 1, len(boxes)) if boxes[n].lines
                    and _CLOSE.fullmatch(boxes[n].lines[0].strip())), None)
    if closing is None or closing + 1 >= len(boxes) or len(boxes[closing].lines) > 1:
        return None
    taken = {id(box) for box in boxes[:opening] if " ".join(box.lines) != title}
    lines = [line for box in boxes[:opening] for line in box.lines]
    published = next((date for line in lines if len(line.split()) <= 5 and (date := parse_date(line))), None)
    subject = next((found for line in lines if (found := _SUBJECT.fullmatch(line.strip()))), None)
    below = boxes[opening + 1]
    if subject is None and len(below.lines) == 1 and (subject := _SUBJECT.fullmatch(below.lines[0].strip())):
        taken.add(id(below))  # the subject under the salutation, as many write it: the title, said once
    signer = _signer(boxes[closing + 1])
    if signer is not None:
        taken.add(id(boxes[closing + 1]))  # the name and the role under it
    return Letter(taken, subject.group(1).strip() if subject else None, signer, published)
