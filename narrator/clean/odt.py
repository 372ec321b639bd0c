"""An OpenDocument text (.odt from LibreOffice, Collabora, OnlyOffice; a flat .fodt): the writer's own article."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from html import escape
from typing import Any

from lxml import etree

from narrator.clean.bylines import name_line
from narrator.clean.common import ZIP_ERRORS, squash, template_refused
from narrator.clean.language import declared_tag
from narrator.clean.lines import make_line
from narrator.clean.markdown import body_of, drop_title_page, meta_fields, read_written
from narrator.config import CleanSettings
from narrator.errors import InputError
from narrator.model import Block, Metadata, Source

MIMETYPE = b"application/vnd.oasis.opendocument.text"
MAX_PART_BYTES = 20_000_000
"""The most content.xml, styles.xml or meta.xml may unpack to (as for a Word document's parts): a zip bomb stops
here."""
_PARTS = ("content.xml", "styles.xml", "meta.xml")
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
_XLINK = "http://www.w3.org/1999/xlink"
# What is not the article's text: notes (reference matter, as in a Word document), tracked deletions, comments, the
# indexes (a table of contents says every heading again with its page), declarations, forms, hidden text and a ruby's
# reading aid. A cross-reference ("see Section 2") is the sentence's own words, and is read.
_LEFT_OUT = {f"{{{_TEXT}}}{name}" for name in (
    "note", "tracked-changes", "table-of-content", "alphabetical-index", "illustration-index", "table-index",
    "object-index", "user-index", "bibliography", "sequence-decls", "variable-decls", "user-field-decls",
    "dde-connection-decls", "hidden-paragraph", "hidden-text", "ruby-text")} | {
    f"{{{_OFFICE}}}annotation", f"{{{_OFFICE}}}annotation-end", f"{{{_OFFICE}}}forms", f"{{{_DRAW}}}image",
    f"{{{_DRAW}}}object", f"{{{_DRAW}}}object-ole", "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}title",
    "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}desc", f"{{{_TABLE}}}table-column"}
# Paragraph styles by their display names, as LibreOffice names them (Word's names where a .docx was converted).
_ROLES = {"Title": "title", "Subtitle": "subtitle", "Author": "author", "Quotations": "quote", "Quote": "quote",
          "Intense Quote": "quote", "Header": "skip", "Footer": "skip", "Contents Heading": "skip"}
_CONTENTS = re.compile(r"^(?:Contents|TOC|toc) ?\d+$")
_HEADING_STYLE = re.compile(r"^Heading ([1-6])$")
_ENCODED = re.compile(r"_([0-9A-Fa-f]{2})_")


def is_odt(data: bytes) -> bool:
    """True for an OpenDocument text: a zip whose mimetype says so, or a flat .fodt."""
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return MIMETYPE in archive.read("mimetype")[:100] if "mimetype" in archive.namelist() else False
        except ZIP_ERRORS:
            return False
    head = data[:4000]
    # a flat template (.fott) too, so that it is refused as a template rather than its XML read out as text
    return b"office:document" in head and any(b'office:mimetype="' + MIMETYPE + end in head
                                              for end in (b'"', b'-template"'))


_TEMPLATE_FIX = ("open it in LibreOffice, which makes a new document from it, write or paste the article, and save that"
                 " as .odt")


def unreadable(source: Source, why: str, hint: str = "") -> InputError:
    """The error for an OpenDocument text that cannot be read."""
    return InputError(f"is an OpenDocument text narrator cannot read ({why})", origin=source.origin,
                      hint=hint or "open it and save it again as .odt, or save the article as .docx, text or Markdown")


def _parse(data: bytes) -> Any:
    """One XML part, entities unexpanded, nothing fetched, libxml2's own depth and size limits kept."""
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                                  remove_comments=True, remove_pis=True))


def _parts(source: Source) -> tuple[Any, Any | None, Any | None]:
    """The document's content, styles and meta roots (a flat .fodt is all three); refuses a bomb or a locked file."""
    try:
        if not source.data.startswith(b"PK\x03\x04"):
            if b'office:mimetype="' + MIMETYPE + b'-template"' in source.data[:4000]:
                raise template_refused(source.origin, "an OpenDocument", _TEMPLATE_FIX)  # a flat .fott
            root = _parse(source.data)
            return root, root, root
        with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
            names = archive.namelist()
            if "mimetype" in names and archive.read("mimetype")[:100].strip() == MIMETYPE + b"-template":
                raise template_refused(source.origin, "an OpenDocument", _TEMPLATE_FIX)
            if "META-INF/manifest.xml" in names and b"encryption-data" in archive.read("META-INF/manifest.xml"):
                raise unreadable(source, "it is locked with a password",
                                 "open it, remove the password (File > Properties > Security) and save it again")
            for info in archive.infolist():
                if info.filename in _PARTS and info.file_size > MAX_PART_BYTES:
                    raise unreadable(source, f"{info.filename} would unpack to {info.file_size:,} bytes")
            if "content.xml" not in names:
                raise unreadable(source, "it holds no content.xml")
            found = [_parse(archive.read(name)) if name in names else None for name in _PARTS]
    except ZIP_ERRORS as exc:
        raise unreadable(source, f"{type(exc).__name__}: {exc}"[:200]) from exc
    except etree.XMLSyntaxError as exc:
        raise unreadable(source, f"its XML is broken: {exc}"[:200]) from exc
    return found[0], found[1], found[2]


def _display(name: str) -> str:
    """A style's display name from its XML name ("Heading_20_1" -> "Heading 1")."""
    return _ENCODED.sub(lambda found: chr(int(found.group(1), 16)), name)


def _style_roles(roots: list[Any]) -> dict[str, str]:
    """Each paragraph style's role (title, subtitle, author, quote, skip, h1..h6), through its parents."""
    parents: dict[str, str] = {}
    for root in roots:
        for style in root.iter(f"{{{_STYLE}}}style"):
            parents[style.get(f"{{{_STYLE}}}name", "")] = style.get(f"{{{_STYLE}}}parent-style-name", "")
    roles: dict[str, str] = {}
    for name in parents:
        seen, current = set(), name
        while current and current not in seen:  # a loop of parents in a hostile file ends here
            seen.add(current)
            display = _display(current)
            role = _ROLES.get(display) or ("skip" if _CONTENTS.match(display) else "")
            if heading := _HEADING_STYLE.match(display):
                role = f"h{heading.group(1)}"
            if role:
                roles[name] = role
                break
            current = parents.get(current, "")
    return roles


def _numbered_lists(roots: list[Any]) -> set[str]:
    """The list styles whose first level is numbered."""
    numbered = set()
    for root in roots:
        for style in root.iter(f"{{{_TEXT}}}list-style"):
            first = next((level for level in style if isinstance(level.tag, str)), None)
            if first is not None and first.tag == f"{{{_TEXT}}}list-level-style-number":
                numbered.add(style.get(f"{{{_STYLE}}}name", ""))
    return numbered


class _Writer:
    """content.xml's body as the HTML the Markdown and Word readers walk."""

    def __init__(self, roles: dict[str, str], numbered: set[str]) -> None:
        self.roles, self.numbered = roles, numbered

    def inline(self, element: Any, boxes: list[Any]) -> str:
        """A paragraph's text as HTML; its text boxes set aside in boxes, to follow it as paragraphs of their own."""
        out = [escape(element.text or "")]
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _LEFT_OUT or not tag:
                pass
            elif tag == f"{{{_TEXT}}}s":  # runs of spaces are written as a count
                out.append(" " * min(_count(child), 100))
            elif tag in (f"{{{_TEXT}}}tab", f"{{{_TEXT}}}line-break"):
                out.append(" " if tag.endswith("tab") else "<br/>")
            elif tag in (f"{{{_DRAW}}}text-box", f"{{{_DRAW}}}custom-shape"):  # paragraphs of their own
                boxes.append(child)
            elif tag == f"{{{_TEXT}}}a":
                out.append(f'<a href="{escape(child.get(f"{{{_XLINK}}}href", ""))}">{self.inline(child, boxes)}</a>')
            else:  # spans, fields, frames, bookmarks, soft page breaks: their text, if any
                out.append(self.inline(child, boxes))
            out.append(escape(child.tail or ""))
        return "".join(out)

    def paragraph(self, element: Any, level: int = 0) -> str:
        """One text:p or text:h as HTML, its text boxes after it."""
        hiding = element.iter(f"{{{_TEXT}}}hidden-paragraph")
        if any(hidden.get(f"{{{_TEXT}}}is-hidden") == "true" for hidden in hiding):
            return ""  # hidden by its condition when last saved (a draft's note to self)
        boxes: list[Any] = []
        text = self.inline(element, boxes)
        role = self.roles.get(element.get(f"{{{_TEXT}}}style-name", ""), "")
        after = "".join(self.blocks(box) for box in boxes)
        if level or role.startswith("h"):
            number = min(max(level or int(role[1:]), 1), 6)
            return f"<h{number}>{text}</h{number}>{after}"
        wrapped = {"title": f'<h1 class="doc-title">{text}</h1>', "subtitle": f'<p class="doc-subtitle">{text}</p>',
                   "author": f'<p class="doc-author">{text}</p>', "quote": f"<blockquote><p>{text}</p></blockquote>",
                   "skip": ""}.get(role, f"<p>{text}</p>")
        return wrapped + after

    def blocks(self, element: Any) -> str:
        """The block elements under element as HTML."""
        out = []
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _LEFT_OUT or not tag:
                continue
            if tag == f"{{{_TEXT}}}p":
                out.append(self.paragraph(child))
            elif tag == f"{{{_TEXT}}}h":
                out.append(self.paragraph(child, _count(child, "outline-level")))
            elif tag == f"{{{_TEXT}}}list":
                kind = "ol" if child.get(f"{{{_TEXT}}}style-name", "") in self.numbered else "ul"
                items = "".join(f"<li>{self.blocks(item)}</li>" for item in child
                                if item.tag in (f"{{{_TEXT}}}list-item", f"{{{_TEXT}}}list-header"))
                out.append(f"<{kind}>{items}</{kind}>")
            elif tag == f"{{{_TABLE}}}table":
                out.append(f"<table>{self.rows(child)}</table>")
            else:  # sections, frames anchored to the page, a text box's own paragraphs
                out.append(self.blocks(child))
        return "".join(out)

    def rows(self, table: Any) -> str:
        """A table's rows as HTML, its header rows as th cells."""
        out = []
        rows = (row for row in table.iter(f"{{{_TABLE}}}table-row")
                if next(row.iterancestors(f"{{{_TABLE}}}table")) is table)  # a table in a cell says its own rows
        for row in rows:
            header = row.getparent().tag == f"{{{_TABLE}}}table-header-rows"
            cell = "th" if header else "td"
            out.append("<tr>" + "".join(f"<{cell}>{self.blocks(c)}</{cell}>" for c in row
                                        if c.tag == f"{{{_TABLE}}}table-cell") + "</tr>")
        return "".join(out)


def _count(element: Any, name: str = "c") -> int:
    """A counting attribute of ODF's text namespace (text:c, text:outline-level); 1 when absent or wrong."""
    try:
        return int(element.get(f"{{{_TEXT}}}{name}", "1"))
    except ValueError:
        return 1


def _meta(meta: Any | None, name: str, namespace: str) -> str:
    """One field of meta.xml's office:meta, "" when absent."""
    found = meta.find(f".//{{{_OFFICE}}}meta/{{{namespace}}}{name}") if meta is not None else None
    return squash(found.text or "") if found is not None else ""


def _default_language(styles: Any | None, meta: Any | None) -> str:
    """The document's language as written in its properties, else its default paragraph style's, as a tag."""
    if own := _meta(meta, "language", "http://purl.org/dc/elements/1.1/"):
        return declared_tag(own)
    if styles is None:
        return ""
    for default in styles.iter(f"{{{_STYLE}}}default-style"):
        if default.get(f"{{{_STYLE}}}family") != "paragraph":
            continue
        for properties in default.iter(f"{{{_STYLE}}}text-properties"):
            language, country = properties.get(f"{{{_FO}}}language", ""), properties.get(f"{{{_FO}}}country", "")
            if language and language != "zxx":  # "zxx": no linguistic content
                return declared_tag(f"{language}-{country}" if country and country != "none" else language)
    return ""


def read_odt(source: Source, settings: CleanSettings, fallback_title: str) -> tuple[Metadata, list[Block]]:
    """Metadata and body blocks of an OpenDocument text: its Title and Subtitle paragraphs, headings, lists, tables."""
    content, styles, meta = _parts(source)
    roots = [root for root in (content, styles) if root is not None]
    body = content.find(f".//{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        raise unreadable(source, "it holds no text: is it a spreadsheet or a drawing?")
    writer = _Writer(_style_roles(roots), _numbered_lists(roots))
    try:
        root = body_of(writer.blocks(body))
    except RecursionError as exc:
        raise unreadable(source, "its text is nested too deep") from exc
    if (titled := root.find(".//h1[@class='doc-title']")) is not None:
        drop_title_page(titled)
    title = _taken(titled)
    subtitle = _taken(root.find(".//p[@class='doc-subtitle']"))
    first = next((child for child in root if isinstance(child.tag, str)), None)
    if not title and first is not None and first.tag == "h1":
        title = squash(first.text_content())  # a document that opens on a Heading 1 is titled by it
    authors = [_taken(author) for author in root.findall(".//p[@class='doc-author']")]
    fields = meta_fields({"title": title or _meta(meta, "title", "http://purl.org/dc/elements/1.1/") or fallback_title,
                          "subtitle": subtitle or None, "authors": [name for name in authors if name] or None})
    found, blocks = read_written(root, fields, settings, fallback_title)
    # LibreOffice writes the name from the user's own settings, empty until they give one: the writer's name, where
    # the text has no byline (the one who began the document; the last to save it may be its editor). Its creation
    # date is left, as a Word document's is: when the draft was begun, often a template's, not when it was written.
    creator = _meta(meta, "initial-creator", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0") or _meta(
        meta, "creator", "http://purl.org/dc/elements/1.1/")
    if not found.authors and creator and name_line(make_line(0, creator, 0)):  # not an account's "jsmith", "admin"
        found = replace(found, authors=(creator,))
    region = _default_language(styles, meta)
    # As for a Word document, the declared language is the editing one (the keyboard's, perhaps): it gives the region
    # of the language the words are in, never the language itself.
    return (replace(found, declared_languages=("", region)) if region else found), blocks


def _taken(element: Any) -> str:
    """An element's text, and the element taken out of the document."""
    if element is None:
        return ""
    text = squash(element.text_content())
    element.getparent().remove(element)
    return text
