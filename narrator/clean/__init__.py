"""Source -> Document: read only the article from HTML, Markdown or scraped text."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from narrator.clean.archive import Unpacked, unpack
from narrator.clean.common import (
    drop_reference_sections,
    error_page,
    has_article,
    has_words,
    is_error_page,
    make_document,
    no_article,
)
from narrator.clean.decode import decode
from narrator.clean.detect import detect, is_feed
from narrator.clean.language import CHECKED_DECLARATIONS, decide_language
from narrator.clean.leftout import left_out
from narrator.clean.orgmode import is_org, org_as_markdown
from narrator.clean.pdf import is_pdf
from narrator.clean.rtf import is_rtf, rtf_text
from narrator.clean.searchpages import refuse_search_results
from narrator.clean.text import compile_rules, read_text
from narrator.config import CleanSettings
from narrator.errors import ExtractionError
from narrator.model import Block, BlockKind, Document, Format, Metadata, Source

__all__ = ["clean", "left_out"]

log = logging.getLogger(__name__)

LEAD_CHARS = 400
"""Feeds and players show a description; the lead paragraph serves when the page has none."""


def _fallback_title(source: Source) -> str:
    """A title from the file or URL name when the article names none."""
    name = urlsplit(source.url or source.origin).path if "://" in source.origin else source.origin
    stem = PurePosixPath(name.replace("\\", "/").rstrip("/")).stem
    words = re.sub(r"[-_]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words and source.origin != "-" else "Untitled article"


def _read(text: str, detected: Format, source: Source, settings: CleanSettings) -> tuple[Metadata, list[Block], bool]:
    """Dispatch to the reader for the detected format; also say whether the text is the writer's own.

    Markdown and plain text without a page around it are read whole, so any words at all are an article;
    a page (HTML or a text dump) must hold a sentence or a fair amount of text.
    """
    fallback = _fallback_title(source)
    # The HTML and Markdown readers are imported when a source needs them: their libraries (lxml 13 ms, markdown
    # and yaml 31 ms) cost that at every start, and a plain-text article needs none of them.
    if detected is Format.HTML:
        from narrator.clean.html import read_html

        return read_html(text, settings, fallback, source.url)  # whole: a short article of the writer's own
    if detected is Format.MARKDOWN:
        from narrator.clean.markdown import read_markdown, saved_page

        if (page := saved_page(text)) is not None:  # menus and link boxes kept as lists of links
            fields, page_text = page
            meta, blocks, whole = read_text(page_text, settings, fallback)
            return replace(meta, **{key: value for key, value in fields.items() if value}), blocks, whole
        return (*read_markdown(text, settings, fallback), True)
    return read_text(text, settings, fallback)


def _apply_line_rules(blocks: list[Block], settings: CleanSettings) -> list[Block]:
    """The user's exclude_lines rules also remove whole blocks of HTML and Markdown articles."""
    if not settings.exclude_lines:
        return blocks
    rules = compile_rules(settings.exclude_lines)
    return [b for b in blocks if not any(rule.search(b.text) for rule in rules)]


def _lead(blocks: list[Block]) -> str | None:
    """The opening paragraph, cut at a word, as the description when the article gives none."""
    first = next((b.text for b in blocks if b.kind is BlockKind.PARAGRAPH and has_words([b])), None)
    if first is None or len(first) <= LEAD_CHARS:
        return first
    return first[:LEAD_CHARS].rsplit(" ", 1)[0] + "…"


def _refuse_non_articles(text: str, source: Source, settings: CleanSettings) -> None:
    """An empty source or a feed (read aloud, its XML would be an episode of tags) gets its own message."""
    if not text.strip():
        raise ExtractionError("is empty, there is nothing to read", origin=source.origin,
                              hint="check that this is the article you meant and that it was saved in full")
    if settings.format is Format.AUTO and is_feed(text):
        raise ExtractionError(
            "is an RSS or Atom feed, not an article", origin=source.origin,
            hint=f"narrate its articles with `narrator narrate --feed {source.origin}`, "
                 f"or follow it with `narrator follow {source.origin}`")


def _with_container_fields(meta: Metadata, unpacked: Unpacked) -> Metadata:
    """A saved email's subject as the title, and its sender and date where the article names none; an article attached
    to a mail titled by the mail's subject where it has no title but its file's name."""
    if unpacked.title:
        meta = replace(meta, title=unpacked.title)
    elif unpacked.fallback_title and meta.title == _fallback_title(unpacked.source):
        meta = replace(meta, title=unpacked.fallback_title)
    if unpacked.author and not meta.authors:
        meta = replace(meta, authors=(unpacked.author,))
    if unpacked.published and not meta.published:
        meta = replace(meta, published=unpacked.published)
    return meta


_FLAT_ODT = b"application/vnd.oasis.opendocument.text"
# Markup narrator has no reader for, by its files' names: read as text, its directives and underlines were spoken
# (":revdate:", "====", ".. note::"). Refused, saying how to make Markdown of it or to read it as text after all.
UNREAD_MARKUP = {".adoc": "AsciiDoc", ".asciidoc": "AsciiDoc", ".rst": "reStructuredText",
                 ".rest": "reStructuredText", ".textile": "Textile"}


def refuse_unread_markup(source: Source, settings: CleanSettings) -> None:
    """A text in markup narrator does not read gets an error saying what to do, unless a format was chosen for it."""
    kind = UNREAD_MARKUP.get(PurePosixPath(source.origin.replace("\\", "/")).suffix.lower())
    if kind and settings.format is Format.AUTO:
        raise ExtractionError(f"is {kind}, which narrator does not read", origin=source.origin,
                              hint=f"convert it to Markdown (pandoc {PurePosixPath(source.origin).name} -t markdown "
                                   "-o article.md) and pass that, or read it as plain text with --format text")


def _read_source(source: Source, settings: CleanSettings) -> tuple[Metadata, list[Block], bool, Format]:
    """The article's metadata and blocks, whether they are the writer's own, and the reader that found them."""
    if source.data.startswith(b"PK\x03\x04"):  # a zip; its reader's libraries load only for one (see _read)
        from narrator.clean.word import is_word_document, read_word, refuse_template, unreadable

        if is_word_document(source.data):
            refuse_template(source)
            return (*read_word(source, settings, _fallback_title(source)), True, Format.AUTO)
        if source.origin.lower().endswith(".docx"):
            raise unreadable(source, "not a whole .docx file: cut short, or renamed")
        from narrator.clean.odt import is_odt, read_odt
        from narrator.clean.odt import unreadable as unreadable_odt

        if is_odt(source.data):
            return (*read_odt(source, settings, _fallback_title(source)), True, Format.AUTO)
        if source.origin.lower().endswith(".odt"):
            raise unreadable_odt(source, "not a whole .odt file: cut short, or renamed")
        from narrator.clean.epub import is_epub, read_epub
        from narrator.clean.epub import unreadable as unreadable_epub

        if is_epub(source.data):  # its pages are HTML: a declared language is checked against the text, as a page's
            return (*read_epub(source, settings, _fallback_title(source)), True, Format.HTML)
        if source.origin.lower().endswith(".epub"):
            raise unreadable_epub(source, "not a whole .epub file: cut short, or renamed")
    elif _FLAT_ODT in source.data[:4000]:  # a flat OpenDocument text (.fodt): one XML file, read as an .odt
        from narrator.clean.odt import is_odt, read_odt

        if is_odt(source.data):
            return (*read_odt(source, settings, _fallback_title(source)), True, Format.AUTO)
    printed = None
    if is_rtf(source.data):  # the writer's own text in rich text's controls
        text, detected = rtf_text(source), Format.TEXT
    elif is_pdf(source.data):  # laid out in boxes: read as a page saved as text, titled by its largest type
        from narrator.clean.pdf import pdf_text

        printed = pdf_text(source)
        text, detected = printed.text, Format.TEXT
    else:
        refuse_unread_markup(source, settings)
        text = decode(source)
        detected = detect(text, source.format_hint, settings.format)
        if settings.format is Format.AUTO and is_org(source.origin, text):  # Org's marks are no Markdown's
            text, detected = org_as_markdown(text), Format.MARKDOWN
    _refuse_non_articles(text, source, settings)
    if detected is Format.TEXT:
        refuse_search_results(text, source.origin)  # a search engine's results copied by mistake: say so
    try:
        meta, blocks, whole = _read(text, detected, source, settings)
        if printed is not None:  # what the layout says (the title's type, a title page) before the text's guesses
            meta = replace(meta, title=printed.title or meta.title, authors=printed.authors or meta.authors,
                           published=printed.published or meta.published)
        return meta, blocks, whole, detected
    except RecursionError as exc:
        # Pathologically nested markup; report it as unreadable rather than crash the batch.
        raise no_article(source.origin, detected) from exc


def clean(source: Source, settings: CleanSettings) -> Document:
    """Find the article in a source: its metadata and its body blocks, nothing else."""
    unpacked = unpack(source)  # a page saved whole in one file, a saved email: read as the article inside
    source = unpacked.source
    meta, blocks, whole, detected = _read_source(source, settings)
    meta = _with_container_fields(meta, unpacked)
    blocks = drop_reference_sections(_apply_line_rules(blocks, settings))
    if source.url and not meta.url:
        meta = replace(meta, url=source.url)
    if not meta.description:
        meta = replace(meta, description=_lead(blocks))
    # a page's lang may be its template's, and a blog's front matter too ("lang: en" on every post): both are checked
    declared = meta.declared_languages or (meta.language,)
    meta = replace(meta, language=decide_language(declared[0], blocks, checked=detected in CHECKED_DECLARATIONS,
                                                  settings=settings, also=declared[1:], header=source.language,
                                                  by=CHECKED_DECLARATIONS.get(detected, "the page"), title=meta.title))
    if detected is Format.HTML and is_error_page(meta.title, blocks):  # a user's own text is read whatever its title
        raise error_page(source.origin, meta.title)
    enough = has_words(blocks) if whole else has_article(blocks)
    if not enough:
        raise no_article(source.origin, detected)
    document = make_document(source.origin, source.data, meta, blocks)
    if not document.blocks:  # every block repeated the title or byline, or held no letter once made valid text
        raise no_article(source.origin, detected)
    log.debug("%s: %s, %d blocks", source.origin, detected, len(document.blocks))
    return document
