"""A Word document (.docx from Word, Google Docs, LibreOffice or Pages): the writer's own article, read whole."""

from __future__ import annotations

import io
import logging
import zipfile
from dataclasses import replace
from typing import Any

from lxml import etree

from narrator.clean.common import ZIP_ERRORS, squash, template_refused
from narrator.clean.formulas import word_equations_as_tex
from narrator.clean.language import declared_tag
from narrator.clean.markdown import body_of, drop_title_page, meta_fields, read_written
from narrator.config import CleanSettings
from narrator.errors import InputError
from narrator.model import Block, Metadata, Source

log = logging.getLogger(__name__)

# Word's own styles for a title, its subtitle, its author (Pages' and some templates') and a quotation; headings and
# lists mammoth maps itself. A table of contents (Word's "toc 1".."toc 9", LibreOffice's "Contents 1".."Contents 9",
# and their headings) lists the headings with page numbers: read, it said every heading twice.
# A table of figures (Word's "table of figures", LibreOffice's figure, illustration and table indexes) lists the
# captions the same way: each caption was heard twice, once with its page number.
_CONTENTS_STYLES = [f"toc {level}" for level in range(1, 10)] + [f"Contents {level}" for level in range(1, 10)] + [
    "TOC Heading", "Contents Heading", "table of figures", "Figure Index 1", "Illustration Index 1", "Table Index 1",
    "Figure Index Heading", "Illustration Index Heading", "Table Index Heading"]
# By style id too (p.Title): a generator's .docx may point its paragraphs at Word's built-in ids ("Title",
# "Heading1") with no styles.xml to name them, and mammoth matches a name only where the file defines one.
STYLE_MAP = """
p[style-name='Title'] => h1.doc-title:fresh
p[style-name='Subtitle'] => p.doc-subtitle:fresh
p.Title => h1.doc-title:fresh
p.Subtitle => p.doc-subtitle:fresh
p[style-name='Author'] => p.doc-author:fresh
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Intense Quote'] => blockquote > p:fresh
""" + "".join(f"p[style-name='{name}'] => !\n" for name in _CONTENTS_STYLES)
MAX_PART_BYTES = 20_000_000
"""The most a part of the document's text (its body, notes, styles) may unpack to: a zip bomb stops here (a long
report's body is 2-10 MB; mammoth reads 1 MB of text in about a second)."""
_TEXT_PARTS = ("word/document.xml", "word/styles.xml", "word/numbering.xml", "word/footnotes.xml",
               "word/endnotes.xml", "word/comments.xml", "docProps/core.xml")
_CORE_TITLE = etree.XPath("//*[local-name()='title']")
# The language Word sets for the document's text by default (docDefaults' w:lang): the writer's editing language,
# which may be their keyboard's rather than the article's, so it gives only the region of the language the words are in.
_DEFAULT_LANGUAGE = etree.XPath("//*[local-name()='docDefaults']//*[local-name()='lang']/@*[local-name()='val']")
_TITLE = etree.XPath("(.//h1[@class='doc-title'])[1]")
_SUBTITLE = etree.XPath("(.//p[@class='doc-subtitle'])[1]")
_AUTHORS = etree.XPath(".//p[@class='doc-author']")
# mammoth marks a note as <sup><a href="#footnote-1">[1]</a></sup> and lists the notes last, each with a "↑" link.
_NOTE_MARKS = etree.XPath(".//sup[a[starts-with(@href,'#footnote-') or starts-with(@href,'#endnote-')]]")
_NOTE_LISTS = etree.XPath("./ol[li[starts-with(@id,'footnote-') or starts-with(@id,'endnote-')]]")


def is_word_document(data: bytes) -> bool:
    """True for a zip that holds a Word document's body (Office Open XML)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except ZIP_ERRORS:
        return False


# What [Content_Types].xml calls a template's body (.dotx, and .dotm with macros); a .docm's is a document's.
_TEMPLATE_TYPES = (b"wordprocessingml.template.main+xml", b"ms-word.template.macroEnabledTemplate.main+xml")


def refuse_template(source: Source) -> None:
    """Refuse a Word template (by what its content types say, whatever its name): it is not an article."""
    try:
        with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
            if "[Content_Types].xml" not in archive.namelist():
                return
            info = archive.getinfo("[Content_Types].xml")
            types = archive.read(info) if info.file_size <= MAX_PART_BYTES else b""
    except ZIP_ERRORS:
        return  # mammoth says what is wrong with a damaged file
    if any(kind in types for kind in _TEMPLATE_TYPES):
        raise template_refused(source.origin, "a Word", "open it in Word, which makes a new document from it, write "
                                                        "or paste the article, and save that as .docx")


def unreadable(source: Source, why: str) -> InputError:
    """The error for a Word document that cannot be read."""
    return InputError(f"is a Word document narrator cannot read ({why})", origin=source.origin,
                      hint="open it and save it again as .docx, or save the article as text or Markdown")


def _checked(source: Source) -> str:
    """The document's own title from its properties ("" when none); refuses a zip bomb before anything unpacks."""
    try:
        with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
            for info in archive.infolist():
                if info.filename in _TEXT_PARTS and info.file_size > MAX_PART_BYTES:
                    raise unreadable(source, f"{info.filename} would unpack to {info.file_size:,} bytes")
            if "docProps/core.xml" not in archive.namelist():
                return ""
            core = etree.fromstring(archive.read("docProps/core.xml"), etree.XMLParser(resolve_entities=False,
                                                                                         no_network=True))
    except (*ZIP_ERRORS, etree.XMLSyntaxError):
        return ""  # damaged properties: the body may still read
    found = _CORE_TITLE(core)
    return squash(found[0].text or "") if found else ""


# Word's table of contents is a content control of the "Table of Contents" gallery: its entries may keep any style.
_CONTENTS_CONTROLS = etree.XPath("//*[local-name()='sdt'][*[local-name()='sdtPr']/*[local-name()='docPartObj']"
                                 "/*[local-name()='docPartGallery'][@*[local-name()='val']='Table of Contents']]")


def _without_contents(body: bytes) -> bytes | None:
    """The document's body without its table of contents, None when it has none."""
    if b"Table of Contents" not in body:
        return None
    try:
        root = etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    except etree.XMLSyntaxError:
        return None  # mammoth says what is wrong with it
    controls = _CONTENTS_CONTROLS(root)
    for control in controls:
        control.getparent().remove(control)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) if controls else None


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HIDDEN_RUNS = etree.XPath("//*[local-name()='r'][*[local-name()='rPr']/*[local-name()='vanish']"
                           "[not(@*[local-name()='val']='0' or @*[local-name()='val']='false')]]")
_PLACEHOLDERS = etree.XPath("//*[local-name()='sdt'][*[local-name()='sdtPr']/*[local-name()='showingPlcHdr']"
                            "[not(@*[local-name()='val']='0' or @*[local-name()='val']='false')]]")
# A note mark of the writer's own ("*", a dagger) typed after the reference (Word's "custom mark"): mammoth reads
# the reference as a note and the mark as a character of the sentence ("The crew of four* worked").
_CUSTOM_MARKS = etree.XPath("//*[local-name()='footnoteReference' or local-name()='endnoteReference']"
                            "[@*[local-name()='customMarkFollows'][not(.='0' or .='false')]]")
_HYPHENS = etree.XPath("//*[local-name()='noBreakHyphen' or local-name()='softHyphen']")
_BOX_TEXTS = etree.XPath("//*[local-name()='txbxContent']")
_BODY_PARAGRAPHS = etree.XPath("//*[local-name()='p'][not(ancestor::*[local-name()='txbxContent'])]")
_RUN_TEXT = etree.XPath(".//*[local-name()='t']/text()")
# A paragraph's own text: a text box anchored in it is no part of it.
_OWN_TEXT = etree.XPath(".//*[local-name()='t'][not(ancestor::*[local-name()='txbxContent'])]/text()")
# What Word writes only where a rule below has work: a cheap look at the bytes before any parse.
_TIDY_MARKS = (b"vanish", b"showingPlcHdr", b"noBreakHyphen", b"softHyphen", b"txbxContent", b"customMarkFollows")
_QUOTES = "\"'“”‘’ "
PULL_QUOTE_CHARS = 20
"""The least a text box's text must hold to be taken for a pull quote of the text around it (a word or two in a box
repeats some sentence by chance)."""


MAX_PULL_QUOTE_BOXES = 64
"""Text boxes looked at for a pull quote at most (each box's text is sought in the whole body's): a magazine
layout holds a few; a form of hundreds of boxes is read as it is, in time linear in its size."""


def _box_repeats(box: Any, said: str) -> bool:
    """True for a text box whose whole text, its quotation marks aside, is a sentence the body says (a pull quote)."""
    text = squash("".join(_RUN_TEXT(box))).strip(_QUOTES)
    return len(text) >= PULL_QUOTE_CHARS and text in said


def _tidied(body: bytes) -> bytes | None:
    """The body as the writer sees it printed, None when nothing changes: hidden text (Font > Hidden: notes to
    themself) and a content control still showing its placeholder ("Click or tap here to enter text.") taken out; a
    non-breaking hyphen (an element, no character: mammoth dropped it, "well-known" was "wellknown") made a hyphen
    and an optional one nothing; a text box repeating the body's own sentence (a pull quote) taken out, so that the
    sentence is heard once; a custom note mark ("*") is no word of the sentence."""
    if not any(mark in body for mark in _TIDY_MARKS):
        return None
    try:
        root = etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    except etree.XMLSyntaxError:
        return None  # mammoth says what is wrong with it
    changed = False
    for element in [*_HIDDEN_RUNS(root), *_PLACEHOLDERS(root)]:
        if (parent := element.getparent()) is not None:
            parent.remove(element)
            changed = True
    for reference in _CUSTOM_MARKS(root):
        for mark in [sibling for sibling in reference.itersiblings() if sibling.tag == f"{_W}t"]:
            reference.getparent().remove(mark)
            changed = True
    for hyphen in _HYPHENS(root):
        if hyphen.tag.endswith("noBreakHyphen"):
            text = etree.Element(f"{_W}t")
            text.text = "-"
            hyphen.addprevious(text)
        hyphen.getparent().remove(hyphen)
        changed = True
    boxes = _BOX_TEXTS(root)[:MAX_PULL_QUOTE_BOXES]  # a drawn box and its fallback are two
    if boxes:
        said = "\n".join(squash("".join(_OWN_TEXT(paragraph))) for paragraph in _BODY_PARAGRAPHS(root))
        for box in boxes:
            runs = [element for element in box.iterancestors(f"{_W}r")]
            if runs and runs[-1].getparent() is not None and _box_repeats(box, said):
                runs[-1].getparent().remove(runs[-1])  # the run holding the drawing, and its fallback with it
                changed = True
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) if changed else None


def _prepared(data: bytes) -> bytes:
    """The document with its equations as TeX text (mammoth drops them, and the words of them with it), without its
    table of contents, and as it prints (see _tidied)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        original = archive.read("word/document.xml")
        tidied = _tidied(original)
        uncontented = _without_contents(tidied or original) or tidied
        equated = word_equations_as_tex(uncontented or original)
        body = equated or uncontented
        if body is None:
            return data
        rebuilt = io.BytesIO()
        with zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in archive.infolist():
                copy.writestr(info, body if info.filename == "word/document.xml" else archive.read(info))
    return rebuilt.getvalue()


def _html(source: Source) -> str:
    """The document as HTML by mammoth, images left out (their alt text is often made up by the editor)."""
    import mammoth  # 50-85 ms to import; only Word documents need it

    def no_images(image: Any) -> dict[str, str]:
        return {"alt": ""}

    try:
        result = mammoth.convert_to_html(io.BytesIO(_prepared(source.data)), style_map=STYLE_MAP,
                                         convert_image=mammoth.images.img_element(no_images))
    except Exception as exc:  # mammoth raises many types on a damaged file; all mean "cannot be read"
        raise unreadable(source, f"{type(exc).__name__}: {exc}"[:200]) from exc
    for message in result.messages:
        log.debug("%s: %s", source.origin, message.message)
    return str(result.value)


def _text_of(element: Any) -> str:
    """An element's text, and the element taken out of the document."""
    if element is None:
        return ""
    text = squash(element.text_content())
    element.getparent().remove(element)
    return text


def read_word(source: Source, settings: CleanSettings, fallback_title: str) -> tuple[Metadata, list[Block]]:
    """Metadata and body blocks of a Word document: its Title and Subtitle paragraphs, headings, lists and quotes."""
    own_title = _checked(source)
    root = body_of(_html(source))
    for mark in _NOTE_MARKS(root):  # notes are reference matter, as in Markdown: neither the mark nor the list
        mark.drop_tree()
    for notes in _NOTE_LISTS(root):
        notes.getparent().remove(notes)
    titles, subtitles = _TITLE(root), _SUBTITLE(root)
    if titles:
        drop_title_page(titles[0])
    title = _text_of(titles[0] if titles else None)
    subtitle = _text_of(subtitles[0] if subtitles else None)
    first = next((child for child in root if isinstance(child.tag, str)), None)
    if not title and first is not None and first.tag == "h1":
        title = squash(first.text_content())  # a document that opens on a Heading 1 is titled by it
    elif not title and first is not None and _all_bold(first) and (typed := _typed_title(source)) and squash(
            first.text_content()) == typed:
        title = _text_of(first)  # the writer's own large bold first line: no Title style, but titled all the same
    # Google Docs fills the properties' title with the document's name, Word leaves it empty; a section's Heading 1
    # further down is no title for the whole (a Markdown text's first H1 is).
    authors = [_text_of(author) for author in _AUTHORS(root)]
    fields = meta_fields({"title": title or own_title or fallback_title, "subtitle": subtitle or None,
                          "authors": [name for name in authors if name] or None})
    meta, blocks = read_written(root, fields, settings, fallback_title)
    region = _default_language(source)
    return (replace(meta, declared_languages=("", region)) if region else meta), blocks


TYPED_TITLE_HALF_POINTS = 28
"""The least type size (in Word's half points: 14 pt) of a bold first line to be the title the writer typed; the
body's is 10-12 pt, a bold lead-in or label set in it is no title."""
TYPED_TITLE_WORDS = 20
_FIRST_PARAGRAPH = etree.XPath("(//*[local-name()='body']/*[local-name()='p'][.//*[local-name()='t']])[1]")
_PARAGRAPH_STYLE = etree.XPath("./*[local-name()='pPr']/*[local-name()='pStyle']/@*[local-name()='val']")
_TEXT_RUNS = etree.XPath(".//*[local-name()='r'][*[local-name()='t']]")
_OFF = ("0", "false")


def _all_bold(element: Any) -> bool:
    """True for a paragraph of the rendered body that is bold throughout (mammoth's <strong> around all its text)."""
    if element is None or element.tag != "p" or len(element) != 1 or element[0].tag != "strong":
        return False
    return bool(squash(element.text_content())) and squash(element.text_content()) == squash(element[0].text_content())


def _run_says(run: Any, name: str) -> str | None:
    """The value a run's own properties give one of them (w:b, w:sz): "1" when set without a value, None when unset."""
    found = run.find(f"{_W}rPr/{_W}{name}")
    return None if found is None else found.get(f"{_W}val", "1")


def _typed_title(source: Source) -> str:
    """The title a writer typed as the first line in large bold type with no Title style (as many do), "" when the
    first line is none: a styled paragraph (a heading, a quote) or a bold lead-in in the body's type is no title."""
    try:
        with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
            body = etree.fromstring(archive.read("word/document.xml"), etree.XMLParser(
                resolve_entities=False, no_network=True, huge_tree=True))
    except (*ZIP_ERRORS, KeyError, etree.XMLSyntaxError):
        return ""
    found = _FIRST_PARAGRAPH(body)
    if not found or any(style.lower() != "normal" for style in _PARAGRAPH_STYLE(found[0])):
        return ""
    runs = _TEXT_RUNS(found[0])
    sizes = [_run_says(run, "sz") for run in runs]
    if not runs or any(_run_says(run, "b") in (None, *_OFF) for run in runs) or any(
            size is None or not size.isdigit() or int(size) < TYPED_TITLE_HALF_POINTS for size in sizes):
        return ""
    text = squash("".join(_RUN_TEXT(found[0])))
    return text if len(text.split()) <= TYPED_TITLE_WORDS and not text.endswith((".", "!", "?", ":", ";")) else ""


def _default_language(source: Source) -> str:
    """The document's default language (Word's docDefaults w:lang) as a tag, "" when it names none."""
    try:
        with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
            styles = etree.fromstring(archive.read("word/styles.xml"), etree.XMLParser(resolve_entities=False,
                                                                                       no_network=True))
    except (*ZIP_ERRORS, KeyError, etree.XMLSyntaxError):
        return ""
    found = _DEFAULT_LANGUAGE(styles)
    return declared_tag(str(found[0])) if found else ""
