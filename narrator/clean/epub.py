"""An EPUB (Calibre's conversions and news, a browser's "Save as EPUB", a read-later export, Pandoc, Sigil, Vellum):
the spine's chapters in order, read as one writer's document, without the book's own furniture."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections import Counter
from html import escape
from typing import Any
from urllib.parse import unquote

from lxml import etree
from lxml import html as lxml_html

from narrator.clean.bylines import name_line
from narrator.clean.common import ZIP_ERRORS, squash
from narrator.clean.language import declared_tag
from narrator.clean.lines import make_line
from narrator.clean.markdown import body_of, meta_fields, read_written
from narrator.config import CleanSettings
from narrator.errors import InputError
from narrator.model import Block, Metadata, Source

MIMETYPE = b"application/epub+zip"
MAX_PART_BYTES = 20_000_000
"""The most one file of the book (the OPF, a chapter) may unpack to: a zip bomb stops here."""
MAX_BOOK_BYTES = 60_000_000
"""The most all the chapters read may unpack to together (a long novel is 2-5 MB of XHTML)."""
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_OPS_TYPE = "{http://www.idpf.org/2007/ops}type"
_PAGE_TYPES = frozenset({"application/xhtml+xml", "text/html", "application/x-dtbook+xml"})
# Font obfuscation (IDPF's and Adobe's) hides only the embedded fonts: the text is readable. Any other algorithm in
# META-INF/encryption.xml is DRM (Adobe ADEPT, Apple FairPlay, Readium LCP).
_FONT_OBFUSCATION = frozenset({"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"})
# The kinds of page and part a book marks (EPUB 3's epub:type and ARIA's doc- roles, EPUB 2's guide types) that are
# not the text: a listener hears the chapters, not the cover, the contents, the rights page or the notes.
_NOT_TEXT = frozenset({
    "cover", "toc", "contents", "landmarks", "page-list", "loi", "lot", "index", "copyright-page", "colophon",
    "imprint", "titlepage", "title-page", "halftitlepage", "notes", "footnotes", "endnotes", "rearnotes", "footnote",
    "endnote", "rearnote", "noteref", "pagebreak", "contributors", "other.ms-coverimage-standard",
    "other.ms-coverimage"})
# A page named for what it is, as Sigil, Calibre, Pandoc and the browser extensions name their files.
_NOT_TEXT_FILE = re.compile(r"(?i)^(?:cover(?:page)?|title[-_]?page|toc|nav|contents|copyright(?:[-_]?page)?"
                            r"|colophon|imprint|about[-_]?(?:the[-_]?)?authors?|(?:foot|end)?notes)(?:[-_]?\d+)?$")
# The heading a page of furniture opens on.
_NOT_TEXT_HEADING = re.compile(r"(?i)^(?:(?:table of )?contents|copyright|colophon|(?:foot|end)?notes"
                               r"|about the authors?)$")
# What the producers put on every page of their own: Calibre's news navigation bar and its "downloaded by" line.
_PRODUCER_CLASSES = ("calibre_navbar", "calibre_feed_description")
_DROPPED_TAGS = frozenset({"head", "script", "style", "svg", "img", "image", "object", "video", "audio", "nav",
                           "template", "math"})
CONTENTS_PROSE_WORDS = 8
"""A paragraph of this many words outside links says a page that links into the book is text, not its contents."""


def is_epub(data: bytes) -> bool:
    """True for a zip whose mimetype says EPUB, or that holds an EPUB's container file."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                return archive.read("mimetype")[:40].strip() == MIMETYPE
            return "META-INF/container.xml" in names
    except ZIP_ERRORS:
        return False


def unreadable(source: Source, why: str) -> InputError:
    """The error for an EPUB that cannot be read."""
    return InputError(f"is an EPUB narrator cannot read ({why})", origin=source.origin,
                      hint="open it in an e-book app such as Calibre and convert it to EPUB again, or save the "
                           "article as HTML or text")


def _parse(data: bytes) -> Any:
    """An XML file of the book, entities unexpanded, nothing fetched, libxml2's own depth and size limits kept."""
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                                  remove_comments=True, remove_pis=True))


class _Book:
    """The zip, read file by file within the limits."""

    def __init__(self, source: Source, archive: zipfile.ZipFile) -> None:
        self.source, self.archive, self.read_bytes = source, archive, 0

    def read(self, name: str) -> bytes:
        """One file's bytes; refuses one that would unpack too large, or a book that would in all."""
        try:
            info = self.archive.getinfo(name)
        except KeyError:
            raise unreadable(self.source, f"it holds no {name}") from None
        self.read_bytes += info.file_size
        if info.file_size > MAX_PART_BYTES or self.read_bytes > MAX_BOOK_BYTES:
            raise unreadable(self.source, f"{name} would unpack to {info.file_size:,} bytes")
        return self.archive.read(info)

    def locked(self) -> bool:
        """True when META-INF/encryption.xml encrypts more than the fonts (DRM)."""
        if "META-INF/encryption.xml" not in self.archive.namelist():
            return "META-INF/rights.xml" in self.archive.namelist()
        try:
            root = _parse(self.read("META-INF/encryption.xml"))
        except etree.XMLSyntaxError:
            return True
        methods = {str(method.get("Algorithm", "")) for method in root.iter("{*}EncryptionMethod")}
        return bool(methods - _FONT_OBFUSCATION)


class _Package:
    """The OPF: the book's metadata, its files by id, its spine and its guide."""

    def __init__(self, root: Any, folder: str) -> None:
        self.root, self.folder = root, folder
        self.items: dict[str, tuple[str, str, str]] = {}  # id -> (path in the zip, media type, properties)
        for item in root.iter(f"{_OPF}item"):
            href = unquote(item.get("href", "").split("#")[0])
            self.items[item.get("id", "")] = (posixpath.normpath(posixpath.join(folder, href)),
                                              item.get("media-type", ""), item.get("properties", ""))

    def field(self, name: str) -> list[Any]:
        """The metadata's dc: elements of one name."""
        metadata = self.root.find(f"{_OPF}metadata")
        return [] if metadata is None else list(metadata.iter(f"{_DC}{name}"))

    def spine(self) -> list[str]:
        """The paths of the pages in reading order, the nav document and pages outside it (linear="no") left."""
        paths = []
        for ref in self.root.iter(f"{_OPF}itemref"):
            path, media, properties = self.items.get(ref.get("idref", ""), ("", "", ""))
            if path and media in _PAGE_TYPES and "nav" not in properties.split() and ref.get("linear") != "no":
                paths.append(path)
        return paths

    def furniture(self) -> set[str]:
        """The paths the EPUB 2 guide names as cover, contents, copyright page, notes."""
        return {posixpath.normpath(posixpath.join(self.folder, unquote(ref.get("href", "").split("#")[0])))
                for ref in self.root.iter(f"{_OPF}reference") if ref.get("type", "").lower() in _NOT_TEXT}

    def landmarks(self, book: _Book) -> set[str]:
        """The paths EPUB 3's landmarks (in the nav document) name as cover, contents, copyright page, notes."""
        found: set[str] = set()
        for path, _media, properties in self.items.values():
            if "nav" not in properties.split():
                continue
            try:
                nav = _parse(book.read(path))
            except (etree.XMLSyntaxError, InputError):
                return found
            for link in nav.iter("{*}a"):
                if _kinds(link) & _NOT_TEXT and link.get("href"):
                    target = unquote(link.get("href", "").split("#")[0])
                    found.add(posixpath.normpath(posixpath.join(posixpath.dirname(path), target)))
        return found


def _kinds(element: Any) -> set[str]:
    """What an element says it is: its epub:type words and its doc- role."""
    kinds = set(str(element.get(_OPS_TYPE, "")).lower().split())
    kinds.update(role.removeprefix("doc-") for role in str(element.get("role", "")).lower().split())
    return kinds


def _package(book: _Book) -> _Package:
    """The OPF the container points to."""
    try:
        container = _parse(book.read("META-INF/container.xml"))
        rootfile = container.find(f".//{_CONTAINER}rootfile")
        path = unquote(rootfile.get("full-path", "")) if rootfile is not None else ""
        if not path:
            raise unreadable(book.source, "its container names no package file")
        return _Package(_parse(book.read(path)), posixpath.dirname(path))
    except etree.XMLSyntaxError as exc:
        raise unreadable(book.source, f"its XML is broken: {exc}"[:200]) from exc


def _page(data: bytes) -> Any | None:
    """A page's root, its namespaces dropped; a page that is not well-formed XML read as HTML; None when empty."""
    try:
        root = _parse(data)
    except etree.XMLSyntaxError as exc:
        if "depth" in str(exc):  # the HTML parser would cut it off at the same depth, silently: said instead
            raise
        try:
            root = lxml_html.document_fromstring(data, parser=lxml_html.HTMLParser(remove_comments=True,
                                                                                   no_network=True))
        except (etree.ParserError, ValueError):  # an empty page: nothing of it to read, the others still are
            return None
    for entity in list(root.iter(etree.Entity)):  # unexpanded entities (a billion laughs, a file's contents): nothing
        _remove(entity)
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.split("}", 1)[1]
    return root


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _page_language(root: Any) -> str:
    """The language a chapter declares on its <html> or <body> ("xml:lang" or "lang"), as a tag; "" when none."""
    body = root.find(".//body")
    for element in (root, body) if body is not None else (root,):
        if written := element.get(_XML_LANG) or element.get("lang"):
            return declared_tag(written)
    return ""


def _remove(element: Any) -> None:
    """Take an element out, keeping the text after it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def _is_contents(body: Any, spine: set[str], path: str) -> bool:
    """True for a page that links into the book and holds no paragraph of prose of its own (contents, a feed index)."""
    inward = [link for link in body.iter("a") if link.get("href") and "://" not in link.get("href", "")
              and not link.get("href", "").startswith(("mailto:", "#"))]
    if not inward:
        return False
    for paragraph in body.iter("p", "div"):
        if any(ancestor.tag in ("li", "nav") for ancestor in paragraph.iterancestors()):
            continue
        own = [paragraph.text or ""] + [child.tail or "" for child in paragraph]
        own += ["".join(child.itertext()) for child in paragraph if child.tag not in ("a", "div", "p")]
        if len(" ".join(own).split()) >= CONTENTS_PROSE_WORDS:
            return False
    return True


def _furniture_page(body: Any, path: str, creators: list[str]) -> bool:
    """True for a page that is not the text: marked so, named so, or headed so."""
    if _kinds(body) & _NOT_TEXT:
        return True
    parts = [child for child in body if isinstance(child.tag, str)]
    if parts and all(_kinds(part) & _NOT_TEXT for part in parts):
        return True
    if _NOT_TEXT_FILE.match(posixpath.splitext(posixpath.basename(path))[0]):
        return True
    heading = next(body.iter("h1", "h2", "h3"), None)
    if heading is None:
        return False
    text = squash("".join(heading.itertext()))
    about = re.match(r"(?i)^about (.+)$", text)
    return bool(_NOT_TEXT_HEADING.match(text)) or bool(about and about.group(1) in creators)


def _page_html(body: Any) -> str:
    """A page's body as HTML, without its notes, note marks, page breaks and the producer's own bars."""
    for element in list(body.iter()):
        if not isinstance(element.tag, str):
            continue
        classes = str(element.get("class", "")).split()
        if (element.tag in _DROPPED_TAGS or _kinds(element) & _NOT_TEXT
                or any(name in classes for name in _PRODUCER_CLASSES)):
            _remove(element)
    return escape(body.text or "") + "".join(etree.tostring(child, method="html", encoding="unicode")
                                             for child in body if isinstance(child.tag, str))


def _creators(package: _Package) -> list[str]:
    """The book's authors: creators with no role or the author's, never the software that made it."""
    roles = {ref.get("refines", "").lstrip("#"): (ref.text or "").strip() for ref in package.root.iter(f"{_OPF}meta")
             if ref.get("property") == "role"}
    names = []
    for creator in package.field("creator"):
        role = creator.get(f"{_OPF}role") or roles.get(creator.get("id", ""), "")
        name = squash(creator.text or "")
        if role in ("", "aut") and name and name_line(make_line(0, name, 0)):
            names.append(name)
    return names


def _published(package: _Package) -> str:
    """The book's date: its publication date, before any other (a modification, a creation)."""
    dates = package.field("date")
    dated = sorted(dates, key=lambda date: date.get(f"{_OPF}event", "publication") != "publication")
    return squash(dated[0].text or "") if dated else ""


def read_epub(source: Source, settings: CleanSettings, fallback_title: str) -> tuple[Metadata, list[Block]]:
    """Metadata and body blocks of an EPUB: the OPF's title, creators, date and language, the spine's chapters."""
    try:
        with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
            book = _Book(source, archive)
            if book.locked():
                raise InputError("is an EPUB locked with DRM: narrator cannot read it", origin=source.origin,
                                 hint="narrate the article from its web page, or from a copy without DRM")
            package = _package(book)
            creators = _creators(package)
            skipped = package.furniture() | package.landmarks(book)
            spine = package.spine()
            pages, page_languages = [], []
            for path in spine:
                if path in skipped:
                    continue
                root = _page(book.read(path))
                body = root.find(".//body") if root is not None else None
                if body is None or _furniture_page(body, path, creators) or _is_contents(body, set(spine), path):
                    continue
                pages.append(_page_html(body))
                page_languages.append(_page_language(root))
    except ZIP_ERRORS as exc:
        raise unreadable(source, f"{type(exc).__name__}: {exc}"[:200]) from exc
    except etree.XMLSyntaxError as exc:
        raise unreadable(source, f"its XML is broken: {exc}"[:200]) from exc
    if not spine:
        raise unreadable(source, "its spine lists no pages")
    titles = package.field("title")
    language = next((declared_tag(squash(found.text or "")) for found in package.field("language")), "")
    # A chapter's own lang is the book's language where the OPF names none (a tool's export that leaves dc:language
    # out or writes "und"); one chapter in another language cannot be voiced apart (a block has no language of its
    # own, and an episode one voice), so the OPF's language, where given, stands for the book.
    if language in ("", "und"):
        found = Counter(tag for tag in page_languages if tag not in ("", "und")).most_common(1)
        language = found[0][0] if found else ""
    fields = meta_fields({"title": squash(titles[0].text or "") if titles else "", "authors": creators or None,
                          "date": _published(package) or None, "language": language or None})
    try:
        return read_written(body_of("".join(pages)), fields, settings, fallback_title)
    except RecursionError as exc:
        raise unreadable(source, "its text is nested too deep") from exc
