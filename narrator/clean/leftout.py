"""What a source holds that the article read from it leaves out, for `narrator preview`: a reader sees what was
taken for page clutter (menus, prompts, captions, a sidebar) and can tell when a rule took a line of the article."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from narrator.clean.archive import unpack
from narrator.clean.common import squash
from narrator.clean.decode import decode
from narrator.clean.detect import detect
from narrator.config import CleanSettings
from narrator.model import Document, Format, Source

__all__ = ["left_out"]

_WORDS = re.compile(r"[^\W_]+")
# A line is read when each run of this many of its words is in what is read (fewer for a shorter line): words, not
# characters, so that quotes, dashes and a line's wrapping in a text dump do not count, and a set of runs, so that
# the look is linear in the page (a substring search per line was quadratic on a page of 10,000 lines).
_RUN = 3
# Elements whose text is a line of the page: the smallest blocks, which hold no other.
_BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "figcaption", "caption",
                     "blockquote", "pre", "div", "section", "article", "header", "footer", "nav", "aside", "main",
                     "form", "label", "button", "summary", "address", "tr", "ul", "ol", "table", "figure", "details"})
_UNSEEN = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object")
# Markdown's link targets, images and tags: what its text shows is the words between them.
_MARKDOWN_LINK = re.compile(r"\]\([^()\s]*(?:\s\"[^\"]*\")?\)")
_MARKDOWN_REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$")
_TAG = re.compile(r"<[^<>]{0,500}>")
# A Markdown file's front matter: its title, author and date are read as such, its other keys are settings.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# A Markdown line's marks that are never said: a list item's bullet or number, a quote's ">" (a heading's "#" and
# emphasis are no words and need nothing).
_MARKDOWN_MARKS = re.compile(r"^(?:>\s*)*(?:(?:[-*+]|\d{1,9}[.)])\s+)?")
_ISO_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def left_out(source: Source, document: Document, settings: CleanSettings) -> tuple[str, ...]:
    """The lines of the source, as a reader sees them, that the document does not read, in order (one of each)."""
    read = _runs(_said(document))
    shown: set[tuple[str, ...]] = set()
    found: list[str] = []
    for line, cells in _lines(source, settings):
        words = tuple(_WORDS.findall(line.casefold()))
        if not words or words in shown or _is_row_read(cells, read):
            continue
        shown.add(words)
        found.append(line)
    return tuple(found)


def _is_row_read(cells: tuple[str, ...], read: set[tuple[str, ...]]) -> bool:
    """True when at least half of a line's cells with words are read: a line of text is one cell, and a Markdown
    table's row is read as "Cold build: Before 42 min, After 11 min", its header's words once in each row."""
    worded = [words for cell in cells if (words := tuple(_WORDS.findall(cell.casefold())))]
    return 2 * sum(_is_read(words, read) for words in worded) >= len(worded)


def _said(document: Document) -> Iterator[str]:
    """Everything the episode says of the article: its title, byline, date, summary and body; the byline and the
    date as pages write them too ("By Maria Okafor", "March 14, 2026")."""
    meta = document.meta
    yield from (text for text in (meta.title, meta.standfirst) if text)
    if meta.byline:
        yield f"by {meta.byline}"
    if meta.published:
        yield meta.published
        if (day := _ISO_DAY.match(meta.published)) is not None:
            year, month, number = int(day.group(1)), _MONTHS[int(day.group(2)) - 1], int(day.group(3))
            yield f"{month} {number} {year} {number} {month} {year}"
    yield from (block.text for block in document.blocks)


def _runs(texts: Iterable[str]) -> set[tuple[str, ...]]:
    """Every run of one to _RUN words of the texts, each text on its own."""
    runs: set[tuple[str, ...]] = set()
    for text in texts:
        words = _WORDS.findall(text.casefold())
        for size in range(1, _RUN + 1):
            runs.update(tuple(words[i:i + size]) for i in range(len(words) - size + 1))
    return runs


def _is_read(words: tuple[str, ...], read: set[tuple[str, ...]]) -> bool:
    """True when each run of the line's words is read (a line of one or two words: all of it)."""
    size = min(_RUN, len(words))
    return all(words[i:i + size] in read for i in range(len(words) - size + 1))


def _lines(source: Source, settings: CleanSettings) -> list[tuple[str, tuple[str, ...]]]:
    """The source's lines as its reader met them, each with the cells it is read by: a page's smallest blocks, a
    text's lines; none for a document whose text comes out of a container (Word, PDF, RTF), whose lines are not the
    reader's to show."""
    source = unpack(source).source
    if source.data.startswith((b"PK\x03\x04", b"%PDF", b"{\\rtf")):
        return []
    text = decode(source)
    detected = detect(text, source.format_hint, settings.format)
    if detected is Format.HTML:
        return [(line, (line,)) for line in _page_lines(text)]
    if detected is Format.MARKDOWN:
        text = _TAG.sub(" ", _MARKDOWN_LINK.sub("]", _FRONT_MATTER.sub("", text, count=1)))
        return [_markdown_line(squash(line)) for line in text.splitlines()
                if not _MARKDOWN_REFERENCE.match(line) and line.strip()]
    return [(line, (line,)) for line in map(squash, text.splitlines()) if line]


def _markdown_line(line: str) -> tuple[str, tuple[str, ...]]:
    """A Markdown line and what of it is said: without its list or quote marks, a table's row cell by cell."""
    if line.startswith("|"):
        return line, tuple(line.strip("|").split("|"))
    return line, (_MARKDOWN_MARKS.sub("", line, count=1),)


def _page_lines(text: str) -> list[str]:
    """The text of each of a page's smallest blocks, in the page's order."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        # The text is decoded already: its bytes again, with their encoding named, or lxml takes a page that declares
        # none for latin-1 and every accented line for one left out ("votÃ©").
        parser = lxml_html.HTMLParser(encoding="utf-8", recover=True, no_network=True)
        root = lxml_html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        return []
    etree.strip_elements(root, *_UNSEEN, with_tail=False)
    blocks = list(root.iter(*_BLOCKS))
    holders: set[object] = set()  # blocks that hold another: each ancestor is marked once, so the look is linear
    for element in blocks:
        parent = element.getparent()
        while parent is not None and parent not in holders:
            holders.add(parent)
            parent = parent.getparent()
    return [line for element in blocks if element not in holders and (line := squash(element.text_content()))]
