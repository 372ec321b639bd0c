"""A PDF (a web page printed to PDF, a report, an essay): its text, a paragraph a line, for the text reader.

pdfminer.six lays each page out into text boxes (a paragraph, a heading, a menu item); the page furniture (a browser's
printed date, title, address and page count, a report's running heads and page numbers) is left out, and a word
broken over two lines is put back together. What remains is read like a page saved as text: the text reader finds
the article in it, or reads it all when it is the writer's own.
"""

from __future__ import annotations

import contextlib
import functools
import io
import logging
import re
import statistics
import unicodedata
from dataclasses import dataclass
from typing import Any

from narrator.clean.letters import read_letter
from narrator.errors import InputError
from narrator.model import Source

log = logging.getLogger(__name__)

MAX_PAGES = 200
"""Pages read at most: a book is no article (pdfminer laid out 420 printed web pages in 10.7 s here; dense pages
take longer)."""
MARGIN = 0.06
"""The top and bottom share of a page where running heads, printed dates and page numbers sit."""
TITLE_SIZE_RATIO = 1.25
"""How much larger than the body's type the first page's largest text must be to be its title."""
TITLE_MAX_WORDS = 30
TITLE_PAGES = 4
LINE_MARGIN = 0.8
"""Lines closer than this share of their height are one box: pdfminer's 0.5 parted the lines of a printed page's
paragraphs set at 1.6 line spacing (measured on printed pages: F1 0.856 at 0.5, 0.932 at 0.8, 0.915 at 1.0)."""

_DIGITS = re.compile(r"\d+")
# Furniture that names itself even on a one-page PDF: "1/8", "Page 2 of 9", "- 3 -", "12/3/26, 10:56 AM", an address.
_FURNITURE = re.compile(
    r"(?i)(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|-\s*\d{1,4}\s*-"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d\d(?:\s*[ap]m)?|(?:https?|file)://\S+"
)
_BROKEN_WORD = re.compile(r"([a-z]{2,})-$")  # searched in one line only
# A magazine's jump line, set alone where a column ends or a page's story resumes ("Continued on page 4", "Cont. from
# p. 1", "(Continued overleaf)"): a direction to the eye, never the story's words.
_JUMP_LINE = re.compile(
    r"(?i)[(\[]?\s?(?:continued|cont(?:'d|\.)?)\s(?:on|from)\s(?:page\s|p\.\s?)\d{1,4}[\s.)\]›»→]{0,4}"
    r"|[(\[]?\s?(?:continued|cont(?:'d|\.)?)\s(?:on\s(?:the\s)?next\spage|overleaf)[\s.)\]›»→]{0,4}")
DROP_CAP_RATIO = 2.0
"""A line's first letter set this many times its other letters' size is a drop cap: the rest of its word follows it
after a gap pdfminer reads as a space ("T he")."""


@dataclass(frozen=True)
class Box:
    """One text box of a page: its lines (a wrapped paragraph made one), where it sits (share of the page's height
    from the top) and its type size."""

    page: int
    top: float
    bottom: float
    size: float
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        """The box's lines, one a line."""
        return "\n".join(self.lines)


@functools.cache
def _words() -> frozenset[str]:
    """English words, to tell a word broken at a line's end ("infor-" "mation") from a compound ("well-" "known")."""
    from spellchecker import SpellChecker

    return frozenset(SpellChecker(language="en", distance=1).word_frequency.dictionary)


def _joined(previous: str, line: str) -> tuple[str, str]:
    """A wrapped line and the one before it: a word broken with a hyphen mended when the whole is a word.

    The lines' pieces are kept apart and joined once (a hostile PDF's paragraph may run to thousands of lines).
    """
    broken = _BROKEN_WORD.search(previous) if previous.endswith("-") else None
    if broken and line[:1].islower():
        tail = re.match(r"[a-z]+", line)
        whole = broken.group(1) + (tail.group(0) if tail else "")
        return (previous[:-1], line) if whole.lower() in _words() else (previous, line)
    return previous, " " + line


WRAPPED = 0.75
"""A line this share of its box's width or wider was wrapped: the next line goes on with it. A shorter one ends
where its writer ended it (a paragraph's last line, a menu's item)."""


def _paragraphs(lines: list[tuple[str, float, float]]) -> tuple[str, ...]:
    """A box's lines (text, left, right) as the lines its writer wrote: wrapped ones joined, short ones kept apart."""
    if not lines:
        return ()
    left, right = min(line[1] for line in lines), max(line[2] for line in lines)
    width = max(right - left, 1.0)
    paragraphs: list[list[str]] = []
    wrapped = False
    for text, _, end in lines:
        if not text:
            continue
        if wrapped and paragraphs:
            paragraphs[-1][-1], joined = _joined(paragraphs[-1][-1], text)
            paragraphs[-1].append(joined)
        else:
            paragraphs.append([text])
        wrapped = (end - left) >= WRAPPED * width
    return tuple("".join(pieces) for pieces in paragraphs)


def is_pdf(data: bytes) -> bool:
    """True for a PDF."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n\x00")[:5] == b"%PDF-"


def _unreadable(source: Source, why: str, hint: str) -> InputError:
    """The error for a PDF whose text cannot be had."""
    return InputError(why, origin=source.origin, hint=hint)


def _boxes(data: bytes) -> list[tuple[float, list[Box]]]:
    """Each page's height-relative text boxes in reading order, with their type size."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextBox

    pages: list[tuple[float, list[Box]]] = []
    for number, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams(line_margin=LINE_MARGIN),
                                                maxpages=MAX_PAGES)):
        height = page.height or 1.0
        boxes: list[Box] = []
        for element in page:
            if isinstance(element, LTTextBox):
                lines = [(unicodedata.normalize("NFKC", _line_text(line)).strip(), _size(line), line)
                         for line in element]
                boxes.extend(Box(number, 1 - run[0][2].y1 / height, 1 - run[-1][2].y0 / height, run[0][1],
                                 _paragraphs([(text, line.x0, line.x1) for text, _, line in run]))
                             for run in _same_type(lines) if any(text for text, _, _ in run))
        pages.append((height, boxes))
    return pages


def _line_text(line: Any) -> str:
    """A line's text, a drop cap joined to the rest of its word ("T he" -> "The"; "A ferry" stays two words)."""
    from pdfminer.layout import LTChar

    text = line.get_text()
    chars = [char for char in line if isinstance(char, LTChar)]
    if len(chars) < 3 or not chars[0].get_text().isupper() or not text[1:2].isspace():
        return str(text)
    rest = text[1:].lstrip()
    if not rest[:1].islower() or float(chars[0].size) < DROP_CAP_RATIO * statistics.median(
            float(char.size) for char in chars[1:]):
        return str(text)
    tail = re.match(r"[a-z]+", rest)
    word = tail.group(0) if tail else ""
    if (text[0] + word).lower() in _words() or word.lower() not in _words():
        return str(text[0] + rest)
    return str(text)


SAME_TYPE = 0.1
"""Lines whose type sizes differ by more than this share are parts apart (a headline over its standfirst)."""


def _size(line: Any) -> float:
    """The median type size of a line's characters (0 when it has none)."""
    from pdfminer.layout import LTChar

    sizes = [float(char.size) for char in line if isinstance(char, LTChar)]
    return statistics.median(sizes) if sizes else 0.0


def _same_type(lines: list[tuple[str, float, Any]]) -> list[list[tuple[str, float, Any]]]:
    """A box's lines in runs of one type size: pdfminer boxes a headline together with the standfirst under it."""
    runs: list[list[tuple[str, float, Any]]] = []
    for line in lines:
        if runs and abs(line[1] - runs[-1][0][1]) <= SAME_TYPE * max(line[1], runs[-1][0][1], 1.0):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _furniture(pages: list[tuple[float, list[Box]]]) -> set[int]:
    """Ids of the boxes that are page furniture: in a margin, and repeated page to page or naming a page or a date."""
    in_margin = [box for _, boxes in pages for box in boxes if box.bottom <= MARGIN or box.top >= 1 - MARGIN]
    seen: dict[str, set[int]] = {}
    for box in in_margin:
        seen.setdefault(_DIGITS.sub("#", box.text.lower()), set()).add(box.page)
    jumps = {id(box) for _, boxes in pages for box in boxes if _JUMP_LINE.fullmatch(box.text.strip())}
    return jumps | {id(box) for box in in_margin
                    if len(seen[_DIGITS.sub("#", box.text.lower())]) > 1 or _FURNITURE.fullmatch(box.text.strip())
                    or _running_head(box, in_margin)}


_RUNNING_PARTS = re.compile(r"\s*[|\u00b7\u2022]\s*")
# An issue's season and year alone ("SPRING 2026", "Issue 14"), as a magazine prints it at the head of its pages.
# (A month and year is left: a page's date line, which dates the article.)
_ISSUE_LINE = re.compile(r"(?i)(?:spring|summer|autumn|fall|winter)\s+(?:19|20)\d\d|issue\s+\d{1,4}")


def _running_head(box: Box, in_margin: list[Box]) -> bool:
    """True for a margin box that a one-page printout shows to be a magazine's running head or foot: its name and
    folio ("HARBOUR LIFE | 23"), its issue ("SPRING 2026"), or its name again where its page's other margin has it
    with the folio (a PDF of several pages finds these repeated)."""
    text = box.text.strip()
    parts = _RUNNING_PARTS.split(text)
    if (len(parts) > 1 and (parts[0].isdigit() or parts[-1].isdigit())
            and all(len(part.split()) <= RUNNING_PART_WORDS for part in parts)):
        return True
    if _ISSUE_LINE.fullmatch(text):
        return True
    name = _DIGITS.sub("", text).strip(" |\u00b7\u2022").lower()
    return bool(name) and any(other is not box and other.page == box.page and _DIGITS.sub("", other.text).strip(
        " |\u00b7\u2022").lower() == name for other in in_margin)


RUNNING_PART_WORDS = 6
"""A running head's parts are a name, an issue, a section ("The Harbour Review | Spring 2026 | 23"): a part longer
than this is a sentence, and a number after a bar in it no folio."""


FOOTNOTE_SIZE_RATIO = 0.85
"""Footnotes are set smaller than the body (Word's 10 pt under 12 pt, LaTeX's 8 under 10)."""
FOOTNOTE_TOP = 0.5
"""...and at the page's foot: a box in small type higher up is a caption or a standfirst."""
_NOTE_MARK = re.compile(r"(?:\d{1,3}|[*\u2020\u2021\u00a7])[ .]?[^\W\d]")


def _footnotes(pages: list[tuple[float, list[Box]]], furniture: set[int]) -> set[int]:
    """Ids of the boxes that are footnotes: at a page's foot in type smaller than the body's, opening with a note's
    mark ("1 The timetable of 1986"), with no text in the body's type below them. Notes are reference matter, left
    out of Word documents and Markdown alike."""
    text_in_size: dict[float, int] = {}  # the body's type is the one most of the text is set in
    for _, boxes in pages:
        for box in boxes:
            if box.size and id(box) not in furniture:
                text_in_size[round(box.size, 1)] = text_in_size.get(round(box.size, 1), 0) + len(box.text)
    if not text_in_size:
        return set()
    small = FOOTNOTE_SIZE_RATIO * max(text_in_size, key=lambda size: text_in_size[size])
    notes: set[int] = set()
    for _, boxes in pages:
        lowest_body = max((box.top for box in boxes if box.size > small and id(box) not in furniture), default=0.0)
        notes.update(id(box) for box in boxes
                     if box.size and box.size <= small and box.top >= max(FOOTNOTE_TOP, lowest_body)
                     and _NOTE_MARK.match(box.text))
    return notes


PULL_QUOTE_WORDS = (4, 40)


def _pull_quotes(pages: list[tuple[float, list[Box]]], furniture: set[int]) -> set[int]:
    """Ids of the boxes that are pull quotes: a sentence or two of the page's own text set again larger, to catch
    the eye, which read aloud is heard twice (a magazine's, a report's)."""
    quotes: set[int] = set()
    for _, boxes in pages:
        texts = {id(box): " ".join(_WORD.findall(box.text.lower())) for box in boxes if id(box) not in furniture}
        for box in boxes:
            said = texts.get(id(box), "")
            if not PULL_QUOTE_WORDS[0] <= len(said.split()) <= PULL_QUOTE_WORDS[1]:
                continue
            if any(other is not box and len(texts.get(id(other), "")) > len(said) and said in texts[id(other)]
                   and other.size < box.size for other in boxes):
                quotes.add(id(box))
    return quotes


_WORD = re.compile(r"\w+")
TITLE_MATCH = 0.5
"""How much of a box's words and of the document's own title they must share (F1) for the box to be the title."""


def _overlap(text: str, named: set[str]) -> float:
    """F1 of a text's words against the words of the title the document names."""
    words = set(_WORD.findall(text.lower()))
    hits = len(words & named)
    return 2 * hits / (len(words) + len(named)) if hits else 0.0


def _title(boxes: list[Box], named: str = "") -> str | None:
    """The title: a text set well above the body's type that matches the title the document names itself (a browser
    names a printout after the page's <title>, site name and all; the headline may come after pages of menus); else
    the largest text of the first pages. A drop cap (one letter in huge type) is no title.
    """
    sized = [box for box in boxes if box.size and len(box.text.split()) <= TITLE_MAX_WORDS and len(box.text) > 1]
    if not sized:
        return None
    body = statistics.median(box.size for box in boxes if box.size)
    large = [box for box in sized if box.size >= TITLE_SIZE_RATIO * body]
    if (words := set(_WORD.findall(named.lower()))) and large:
        best = max(large, key=lambda box: (round(_overlap(box.text, words), 2), box.size))
        if _overlap(best.text, words) >= TITLE_MATCH:
            return " ".join(best.lines)
    early = [box for box in large if box.page < TITLE_PAGES]
    return " ".join(max(early, key=lambda box: box.size).lines) if early else None  # max keeps the first of equals


# A PDF is laid out in a process of its own, under a memory cap and a clock: a stream that inflates to gigabytes (a
# "PDF bomb" fits in a few megabytes) or a file that makes pdfminer loop would otherwise take narrator down with it.
MAX_MEMORY_BYTES = 2_000_000_000
MAX_SECONDS = 180
"""MAX_PAGES of printed pages take seconds; a PDF still being laid out after this is hostile."""


def _laid_out(source: Source) -> dict[str, Any]:
    """What the layout process answers: {"pages": [[height, [box fields...]], ...]} or {"error": kind}."""
    import json
    import subprocess
    import sys

    try:
        done = subprocess.run([sys.executable, "-m", "narrator.clean.pdf", str(MAX_MEMORY_BYTES)], input=source.data,
                              capture_output=True, timeout=MAX_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        return {"error": "slow"}
    try:
        answer: dict[str, Any] = json.loads(done.stdout)
    except ValueError:  # killed (out of memory), or it failed before it could answer: say how
        if done.returncode < 0 or b"MemoryError" in done.stderr:
            return {"error": "memory"}
        last = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no answer"]
        return {"error": "unreadable", "detail": last[0][:160]}
    return answer


_ERRORS = {
    "locked": ("is a PDF locked with a password",
               "open it with its password and print it to a new PDF, or save its text"),
    "memory": ("is a PDF whose contents unpack to more than narrator will hold in memory",
               "open it and print the article's pages to a new PDF, or save its text as .txt"),
    "slow": (f"is a PDF that took more than {MAX_SECONDS} s to lay out",
             "open it and print the article's pages to a new PDF, or save its text as .txt"),
}


@dataclass(frozen=True)
class Printed:
    """A PDF's text, a box a paragraph, and what its layout says of it: its title (set apart by its type), and the
    author and date a title page names."""

    text: str
    title: str | None
    authors: tuple[str, ...] = ()
    published: str | None = None


TITLE_PAGE_BOXES = 8
TITLE_PAGE_WORDS = 40
"""A title page holds a few short lines (title, author, date, what it is for) and no paragraph."""
NAME_WORDS = (2, 4)


def _names_and_dates(box: Box) -> tuple[list[str], list[str]] | None:
    """The names alone and the dates of a box that holds nothing else ("Ann Lee", "3 March 2026"), else None."""
    from narrator.clean.common import parse_date
    from narrator.clean.lines import looks_like_names, words_of

    names, dates = [], []
    for line in box.lines:
        named = words_of(line)
        if len(line.split()) <= 5 and (date := parse_date(line)):
            dates.append(date)
        elif (NAME_WORDS[0] <= len(named) <= NAME_WORDS[1] and looks_like_names(line)
              and not any(char.isdigit() for char in line) and all(word[0].isupper() for word in named)):
            names.append(line)
    return (names, dates) if len(names) + len(dates) == len(box.lines) else None


def _title_page(pages: list[list[Box]], title: str | None) -> tuple[set[int], tuple[str, ...], str | None]:
    """The boxes of a title page that name the author ("Ann Lee", alone on its line) and the date, and those; a name
    alone under a title is no byline elsewhere (a heading, a caption), only on a page that holds nothing else."""
    first = pages[0] if len(pages) > 1 else []
    words = sum(len(box.text.split()) for box in first)
    if not title or not 2 <= len(first) <= TITLE_PAGE_BOXES or words > TITLE_PAGE_WORDS or not any(
            " ".join(box.lines) == title for box in first):
        return _title_block(pages[0] if pages else [], title)
    taken: set[int] = set()
    authors: list[str] = []
    published = None
    for box in first:
        if " ".join(box.lines) == title or (found := _names_and_dates(box)) is None:
            continue
        authors += found[0]
        published = published or next(iter(found[1]), None)
        taken.add(id(box))
    return taken, tuple(authors), published


TITLE_BLOCK_BOXES = 5
TITLE_BLOCK_WORDS = 6
_ABSTRACT = re.compile(r"(?i)^\s*(?:abstract|summary|zusammenfassung|résumé|resumen)\s*[.:]?\s*$")


def _title_block(page: list[Box], title: str | None) -> tuple[set[int], tuple[str, ...], str | None]:
    """A paper's author block right under its title (LaTeX's \\maketitle): a name alone, then short lines (an
    affiliation, an address, the date) up to its "Abstract": the names and the date taken, the block not read."""
    at = next((n for n, box in enumerate(page) if title and " ".join(box.lines) == title), None)
    if at is None:
        return set(), (), None
    block: list[Box] = []
    for box in page[at + 1:at + 2 + TITLE_BLOCK_BOXES]:
        if _ABSTRACT.match(box.text):
            break
        if len(box.text.split()) > TITLE_BLOCK_WORDS or box.text.rstrip().endswith((".", "?", "!")):
            return set(), (), None  # the text begins with no abstract to end the block: no paper's
        block.append(box)
    else:
        return set(), (), None
    found = _names_and_dates(block[0]) if block else None
    if found is None or not found[0]:
        return set(), (), None
    dates = [date for box in block if (more := _names_and_dates(box)) for date in more[1]]
    return {id(box) for box in block}, tuple(found[0]), next(iter(dates), None)


def pdf_text(source: Source) -> Printed:
    """The PDF's text, a box a paragraph, its furniture left out; its title when its type sets one apart, and the
    author and date its title page names."""
    answer = _laid_out(source)
    if "error" in answer:
        why, hint = _ERRORS.get(answer["error"], (
            f"is a PDF narrator cannot read ({answer.get('detail', 'damaged')})",
            "open it and print it to a new PDF, or save its text as .txt"))
        raise _unreadable(source, why, hint)
    pages = [(height, [Box(page, top, bottom, size, tuple(lines)) for page, top, bottom, size, lines in boxes])
             for height, boxes in answer["pages"]]
    furniture = _furniture(pages)
    furniture |= _footnotes(pages, furniture)
    furniture |= _pull_quotes(pages, furniture)
    boxes = [box for _, page in pages for box in page if id(box) not in furniture]
    if not any(box.text for box in boxes):
        raise _unreadable(source, "is a PDF with no text in it (a scan, or pictures of pages)",
                          "run it through text recognition (OCR) first, or narrate the article's web page")
    log.debug("%s: %d pages, %d text boxes, %d furniture", source.origin, len(pages), len(boxes), len(furniture))
    named = answer.get("title") or ""
    title = _title(boxes, named) or _own_title(named)
    taken, authors, published = _title_page([[box for box in page if id(box) not in furniture] for _, page in pages],
                                            title)
    if (letter := read_letter(boxes, title)) is not None:  # its addresses unread; its subject, signer and date taken
        taken |= letter.taken
        title, published = title or letter.title, published or letter.published
        authors = authors or ((letter.author,) if letter.author else ())
    text = "\n\n".join(box.text for box in boxes if box.text and id(box) not in taken) + "\n"
    return Printed(text, title, authors, published)


# The title a program writes into the properties for the writer: the file's own name ("Microsoft Word - ferry.docx",
# "Document1", "untitled", "scan-0042.pdf"), a title of no article.
_MADE_UP_TITLE = re.compile(
    r"(?i)^(?:microsoft (?:word|powerpoint|excel) - |untitled\b|document\s?\d*$|presentation\s?\d*$|slide\s?\d*$)"
    r"|\.[a-z0-9]{2,5}$|^[\w-]*\d[\w-]*$")


def _own_title(named: str) -> str | None:
    """The title the PDF's properties give, when no type sets one apart on its pages and it is no file's name."""
    return named if named and len(named.split()) <= TITLE_MAX_WORDS and not _MADE_UP_TITLE.search(named) else None


def _named_title(data: bytes) -> str:
    """The title a PDF's document information gives ("" when none, or when it cannot be read)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    try:
        for info in PDFDocument(PDFParser(io.BytesIO(data))).info:
            title = resolve1(info.get("Title"))
            if isinstance(title, bytes):
                return " ".join(decode_text(title).split())[:500]
    except Exception:  # the information is optional; a damaged one leaves the title to the type sizes
        log.debug("no document title", exc_info=True)
    return ""


def _serve() -> None:
    """The layout process: a PDF on stdin, its boxes (or what went wrong) as JSON on stdout."""
    import dataclasses
    import json
    import resource
    import sys

    memory = int(sys.argv[1]) if len(sys.argv) > 1 else MAX_MEMORY_BYTES
    with contextlib.suppress(ValueError, OSError):  # a system that will not cap address space: the clock still holds
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    data = sys.stdin.buffer.read()
    try:
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

        pages = _boxes(data)
        answer: dict[str, Any] = {"pages": [[height, [dataclasses.astuple(box) for box in boxes]]
                                            for height, boxes in pages], "title": _named_title(data)}
    except (PDFPasswordIncorrect, PDFEncryptionError):
        answer = {"error": "locked"}
    except MemoryError:
        answer = {"error": "memory"}
    except Exception as exc:  # pdfminer raises many types on a damaged file; all mean "cannot be read"
        answer = {"error": "unreadable", "detail": type(exc).__name__}
    sys.stdout.write(json.dumps(answer))


if __name__ == "__main__":
    _serve()
