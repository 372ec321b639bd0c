"""Title, byline and date of a scraped page: the lines just above its article body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from narrator.clean.common import parse_date, split_authors
from narrator.clean.lines import Line, looks_like_names, words_of
from narrator.model import Metadata

# How far above the body the headline and byline may sit.
HEADER_WINDOW = 30
_BY = re.compile(r"(?:^|[|•·(]\s*|\d\s+)(?:written |posted |reported |words |story |text )?by[:\s]+(?=\S)", re.I)
_CUT = re.compile(
    r"\s+[|•·—–-]\s+|\s*\|\s*|\s+(?:on|at|updated|published|posted)\b[:\s]|\s+\d{1,2}\s*min(?:ute)?s?\s+read\b"
    r"|\s*\b(?:mon|tues?|wed|thu|thurs|fri|sat|sun)[a-z]*day\b"
    r"|\s*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\s*\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\s*\b\d{4}-\d\d-\d\d|\s*\b\d{1,2}[:/.]\d{1,2}",
    re.I,
)
BYLINE = re.compile(r"(?i)^(?:written |posted |reported )?by\s+[A-Z]")
_ADDRESS = re.compile(r"://|@\w|^www\.", re.I)
# A headline sharing this share of its words with the page's <title> is the article's own.
TITLE_SIMILARITY = 0.6
_SITE_SUFFIX = re.compile(r"\s+[|\-–—:·•]\s+[^|\-–—·•]{2,40}$")


@dataclass(frozen=True)
class Header:
    """What the lines above the body say, and where the body really starts."""

    meta: Metadata
    body_start: int


def authors_from(line: Line) -> tuple[str, ...]:
    """Author names from a byline such as "By A and B | April 11, 2024 9:30 AM"."""
    if line.words > 30:
        return ()
    match = _BY.search(line.text)
    if match is None:
        if not line.clock and parse_date(line.text) is None:
            return ()
        rest = line.text  # "Chris Davies - Nov 19, 2019": a name glued to a date
    else:
        rest = line.text[match.end():]
    cut = _CUT.search(rest)
    names_text = rest[: cut.start()] if cut else rest
    names = tuple(n for n in split_authors(names_text) if looks_like_names(n))
    if match is None and (len(names) != 1 or not 2 <= len(words_of(names[0])) <= 4):
        return ()
    return names


def _headline_like(line: Line) -> bool:
    """A headline: a handful of words, no final full stop, not a prompt or a credit."""
    text = line.text.rstrip()
    return (3 <= line.words <= 30 and not text.endswith((".", ":", ",")) and not line.cta
            and not line.credit and not line.clock and _BY.match(text) is None and not _ADDRESS.search(text))


def _similar(a: str, b: str) -> float:
    """Share of a's words found in b."""
    words_a = [w.lower() for w in words_of(a)]
    words_b = {w.lower() for w in words_of(b)}
    return sum(1 for w in words_a if w in words_b) / len(words_a) if words_a else 0.0


def _title_index(lines: list[Line], top: int, bottom: int, page_title: str | None) -> int | None:
    """The headline line: the one most like the page's <title> if there is one, else the nearest above."""
    candidates = [i for i in range(bottom - 1, top - 1, -1) if i > 0 and _headline_like(lines[i])]
    if page_title:
        scored = [(_similar(lines[i].text, page_title), -n, i) for n, i in enumerate(candidates)]
        best = max(scored, default=None)
        if best is not None and best[0] >= TITLE_SIMILARITY:
            return best[2]
        return 0  # the page's <title> itself, when no headline on the page repeats it
    return candidates[0] if candidates else None


def find_header(lines: list[Line], start: int, fallback_title: str) -> Header:
    """Find title, authors and date just above the body (or in its first lines)."""
    top = max(0, start - HEADER_WINDOW)
    byline_at = None
    authors: tuple[str, ...] = ()
    dates = [i for i in range(top, start) if lines[i].words <= 25 and parse_date(lines[i].text)]
    for i in range(start - 1, top - 1, -1):
        if found := authors_from(lines[i]):
            authors, byline_at = found, i
            break
    # A byline's own date wins; otherwise the date nearest above the body (captions carry dates too).
    date_at = byline_at if byline_at in dates else (dates[0] if byline_at is None and dates else None)
    if date_at is None and dates:
        after_byline = [i for i in dates if byline_at is None or i > byline_at]
        date_at = after_byline[0] if after_byline else dates[-1]
    anchor = min(x for x in (byline_at, date_at, start) if x is not None)
    first = lines[0]
    # A page dump starts with the page's <title>: several words, no full stop, not a menu entry.
    page_title = first.text if first.words >= 4 and _headline_like(first) and anchor > 0 else None
    title_at = _title_index(lines, top, anchor, page_title)
    if title_at is None and anchor > 0 and lines[0].words and not lines[0].terminal:
        title_at = 0  # the first line of a plain article
    title = lines[title_at].text if title_at is not None else fallback_title
    if title_at == 0:
        title = _SITE_SUFFIX.sub("", title)
    published = parse_date(lines[date_at].text) if date_at is not None else None
    header_end = max((x for x in (byline_at, date_at, title_at) if x is not None and x < start),
                     default=-1)
    meta = Metadata(title=title.strip(), authors=authors, published=published, language="")
    return Header(meta=meta, body_start=header_end + 1)
