"""A writer's own documents as the apps they write in save them (Word, Google Docs, LibreOffice, Pages, TextEdit,
WordPad, Gmail, Outlook, Apple Mail, Chrome, Edge, Obsidian, Notion, Bear, Joplin, iA Writer, Pandoc, Hugo, R
Markdown), each built here in code with what a listener must hear and must not. Every document is our own."""

from __future__ import annotations

import base64
import io
import quopri
import random
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

import pytest

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.errors import NarratorError
from narrator.ingest.read import format_for_suffix
from narrator.model import Document, Source
from tests.test_clean_pdf import make_pdf, paragraph

# ---------------------------------------------------------------------------------------------------------- cases


@dataclass(frozen=True)
class Case:
    """One document and what must come of it: its title, authors, date, the lines heard, the furniture not heard."""

    name: str
    kind: str  # docx, pdf, rtf, eml, mhtml, md
    origin: str
    data: bytes
    title: str
    authors: tuple[str, ...] = ()
    published: str | None = None
    lines: tuple[str, ...] = ()
    furniture: tuple[str, ...] = ()
    language: str | None = None
    once: tuple[str, ...] = field(default=())  # lines heard exactly once (not twice from two parts of the file)


def cases_marked(cases: list[Case], known: dict[str, str]) -> list[object]:
    """The cases as pytest parameters, those known to be read wrong (name -> what is wrong) strict xfails."""
    return [pytest.param(case, id=case.name, marks=[pytest.mark.xfail(strict=True, reason=known[case.name])]
                         if case.name in known else []) for case in cases]


def read(case: Case) -> Document:
    """The document as narrate reads the file."""
    return clean(Source(case.origin, case.data, format_for_suffix(case.origin)), CleanSettings())


def _flat(text: str) -> str:
    return " ".join(text.split())


def heard(document: Document) -> str:
    """Everything the listener hears of the article besides its title: the standfirst and the body."""
    return _flat(" ".join([document.meta.standfirst or "", *(block.text for block in document.blocks)]))


def score(case: Case, document: Document) -> dict[str, object]:
    """What of the case came right: title, authors, date, language; lines kept; furniture heard; repeats."""
    spoken = heard(document)
    kept = [line for line in case.lines if _flat(line) in spoken]
    read_aloud = [bit for bit in case.furniture if _flat(bit).lower() in spoken.lower()]
    twice = [line for line in case.once if spoken.count(_flat(line)) != 1]
    meta = document.meta
    result: dict[str, object] = {
        "title": _flat(meta.title) == _flat(case.title),
        "authors": meta.authors == case.authors,
        "published": case.published is None or (meta.published or "").startswith(case.published),
        "kept": (len(kept), len(case.lines)),
        "furniture": (len(read_aloud), len(case.furniture)),
        "missing": [line for line in case.lines if line not in kept],
        "heard": read_aloud + [f"{line} (not once)" for line in twice],
        "language": case.language is None or meta.language == case.language,
        "got": (meta.title, meta.authors, meta.published, meta.language),
    }
    result["right"] = (result["title"] and result["authors"] and result["published"] and result["language"]
                       and len(kept) == len(case.lines) and not read_aloud and not twice)
    return result


# The counts a documents file's test of its size says in words.
_COUNTS = ["none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
           "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]


def document_tests(cases: list[Case], known: Mapping[str, str], at_least: int = 0,
                   name: str = "test_a_writers_document_is_read_whole_and_only_it") -> dict[str, Callable[..., None]]:
    """The tests every documents file runs, for its module's globals (pytest collects them there): so many documents at
    least (when a count is given), every known failure naming one, and each document read whole and only it (its name
    the file's own), those known to be read wrong strict xfails."""
    def test_there_are_at_least_so_many_documents() -> None:
        assert len(cases) >= at_least, f"{len(cases)} documents"

    def test_every_known_failure_names_a_document() -> None:
        assert set(known) <= {case.name for case in cases}, sorted(set(known) - {case.name for case in cases})

    @pytest.mark.parametrize("case", cases_marked(cases, dict(known)))
    def test_each_document(case: Case) -> None:
        found = score(case, read(case))
        assert found["right"], found

    tests: dict[str, Callable[..., None]] = {}
    if at_least:
        tests[f"test_there_are_at_least_{_COUNTS[at_least]}_documents"] = test_there_are_at_least_so_many_documents
    tests |= {"test_every_known_failure_names_a_document": test_every_known_failure_names_a_document,
              name: test_each_document}
    for test_name, test in tests.items():
        test.__name__ = test.__qualname__ = test_name
    return tests


def damaged(data: bytes, seed: int, count: int) -> list[bytes]:
    """Copies of a file cut short and with bytes overwritten, as a failed download or a bad disk leaves them."""
    rng = random.Random(seed)
    copies = [data[:len(data) * n // 5] for n in range(1, 5)]
    while len(copies) < count:
        copy = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(copy))
            copy[at:at + rng.randint(1, 16)] = bytes(rng.randrange(256) for _ in range(rng.randint(0, 16)))
        copies.append(bytes(copy))
    return copies


def damaged_tests(cases: list[Case]) -> dict[str, Callable[..., None]]:
    """A fuzz test for a documents file's globals: damaged copies of each document (six of a PDF, sixteen of another)
    are read or refused with the house's error, saying what went wrong."""
    @pytest.mark.parametrize("case", [pytest.param(case, id=case.name) for case in cases])
    def test_a_damaged_copy_is_read_or_refused_with_the_houses_error(case: Case) -> None:
        for copy in damaged(case.data, len(case.name), 6 if case.kind == "pdf" else 16):
            try:
                clean(Source(case.origin, copy), CleanSettings())
            except NarratorError as error:
                assert str(error).strip(), f"{type(error).__name__} saying nothing on a damaged {case.name}"

    return {"test_a_damaged_copy_is_read_or_refused_with_the_houses_error":
            test_a_damaged_copy_is_read_or_refused_with_the_houses_error}


# ---------------------------------------------------------------------------------------------------------- Word

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
WORD_STYLES = (("Normal", "Normal"), ("Title", "Title"), ("Subtitle", "Subtitle"), ("Heading1", "heading 1"),
               ("Heading2", "heading 2"), ("ListParagraph", "List Paragraph"), ("Quote", "Quote"),
               ("TOCHeading", "TOC Heading"), ("TOC1", "toc 1"), ("Hyperlink", "Hyperlink"),
               ("FootnoteReference", "footnote reference"), ("EndnoteReference", "endnote reference"),
               ("CommentReference", "annotation reference"), ("Header", "header"), ("Footer", "footer"))


def r(text: str, props: str = "") -> str:
    """One run."""
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(text: str = "", style: str | None = None, runs: str | None = None, numbered: int = 0, props: str = "") -> str:
    """One paragraph: its style, its list (numId), its runs."""
    inner = (f'<w:pStyle w:val="{style}"/>' if style else "") + (
        f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{numbered}"/></w:numPr>' if numbered else "") + props
    return f"<w:p>{f'<w:pPr>{inner}</w:pPr>' if inner else ''}{runs if runs is not None else r(text)}</w:p>"


def docx(body: list[str], *, styles: tuple[tuple[str, str], ...] = WORD_STYLES, title: str = "",
         creator: str = "Microsoft Office User", parts: dict[str, str] | None = None, language: str = "en-US",
         header: str = "", footer: str = "", app: str = "Microsoft Office Word") -> bytes:
    """A .docx as a word processor saves it: body, styles, numbering, properties, and any notes, comments, headers."""
    extra = dict(parts or {})
    section = ""
    links: list[tuple[str, str]] = [("styles", "styles.xml"), ("numbering", "numbering.xml"),
                                    ("settings", "settings.xml")]
    if header:
        extra["word/header1.xml"] = f"{XML}<w:hdr {W_NS}>{header}</w:hdr>"
    if footer:
        extra["word/footer1.xml"] = f"{XML}<w:ftr {W_NS}>{footer}</w:ftr>"
    for name in extra:
        kind = name.split("/")[-1].removesuffix(".xml").rstrip("0123456789")
        links.append((kind, name.split("/")[-1]))
        if kind in ("header", "footer"):
            section += f'<w:{kind}Reference w:type="default" r:id="rId{len(links)}"/>'
    document = (f"{XML}<w:document {W_NS}><w:body>{''.join(body)}<w:sectPr>{section}<w:pgSz w:w=\"11906\" "
                'w:h="16838"/></w:sectPr></w:body></w:document>')
    style_xml = (f'{XML}<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="{language}"/></w:rPr>'
                 "</w:rPrDefault></w:docDefaults>" + "".join(
                     f'<w:style w:type="{"character" if sid.endswith(("Reference", "Hyperlink")) else "paragraph"}" '
                     f'w:styleId="{sid}"><w:name w:val="{name}"/></w:style>' for sid, name in styles) + "</w:styles>")
    numbering = (f"{XML}<w:numbering {W_NS}>"
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>'
                 '</w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    core = (f'{XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
            ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-01T09:00:00Z</dcterms:created></cp:coreProperties>')
    app_xml = (f'{XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               f"<Application>{escape(app)}</Application></Properties>")
    files = {"word/document.xml": document, "word/styles.xml": style_xml, "word/numbering.xml": numbering,
             "word/settings.xml": f"{XML}<w:settings {W_NS}/>", "docProps/core.xml": core, "docProps/app.xml": app_xml,
             **extra}
    files["word/_rels/document.xml.rels"] = (
        f'{XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="rId{n}" Type="{REL}{kind}" Target="{target}"/>'
                  for n, (kind, target) in enumerate(links, 1))
        + f'<Relationship Id="rId90" Type="{REL}hyperlink" Target="https://harbour.example/report" '
          'TargetMode="External"/></Relationships>')
    files["_rels/.rels"] = (
        f'{XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}extended-properties" Target="docProps/app.xml"/></Relationships>')
    files["[Content_Types].xml"] = (
        f'{XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/></Types>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def notes(kind: str, texts: list[str]) -> str:
    """word/footnotes.xml or endnotes.xml with Word's two separator notes first."""
    tag = kind.removesuffix("s")
    separators = (f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
                  f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                  f"</w:p></w:{tag}>")
    return (f"{XML}<w:{kind} {W_NS}>{separators}" + "".join(
        f'<w:{tag} w:id="{n}"><w:p><w:r><w:rPr><w:rStyle w:val="{tag.capitalize()}Reference"/></w:rPr>'
        f"<w:{tag}Ref/></w:r>{r(' ' + text)}</w:p></w:{tag}>" for n, text in enumerate(texts, 1)) + f"</w:{kind}>")


def note_mark(kind: str, number: int) -> str:
    """A footnote's or endnote's mark in the body."""
    return (f'<w:r><w:rPr><w:rStyle w:val="{kind.capitalize()}Reference"/></w:rPr>'
            f'<w:{kind}Reference w:id="{number}"/></w:r>')


def page_field(before: str = "Page ", of_pages: bool = False) -> str:
    """A footer's "Page 2 of 5", by PAGE and NUMPAGES fields (their last value cached as text)."""
    fields = r(before) + '<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT ">' + r("1") + "</w:fldSimple>"
    if of_pages:
        fields += r(" of ") + '<w:fldSimple w:instr=" NUMPAGES ">' + r("5") + "</w:fldSimple>"
    return p(style="Footer", runs=fields)


FERRY_TITLE = "The ferry that saved an island"
FERRY_DEK = "How a village kept its boat running through the winter"
LINE1 = "For forty years the ferry has left the pier at seven every morning, rain or shine."
LINE2 = "When the engine failed in January, the village raised the money in a week."
LINE3 = "The baker gave bread to the crew and the garage gave the fuel."
LINE4 = "It sailed again on March 3, a day early, with half the island on the pier."


def word_cases() -> list[Case]:
    """Word, Google Docs, LibreOffice and Pages documents."""
    cases = []
    # 1. Word: Title, Subtitle, byline, date, header and footer with "Page 1 of 5", footnote and endnote
    body = [p(FERRY_TITLE, "Title"), p(FERRY_DEK, "Subtitle"), p("By Ann Lee"), p("3 March 2026"),
            p(runs=r(LINE1) + note_mark("footnote", 1)), p(LINE2), p("The first winter", "Heading1"),
            p(runs=r(LINE3) + note_mark("endnote", 1)), p(LINE4)]
    cases.append(Case("word-title-header-footer-notes", "docx", "ferry.docx", docx(
        body, header=p("Harbour Trust \u2013 internal draft", "Header"), footer=page_field(of_pages=True),
        parts={"word/footnotes.xml": notes("footnotes", ["Timetable of 1986, kept at the museum."]),
               "word/endnotes.xml": notes("endnotes", ["Figures from the Harbour Trust accounts."])}),
        FERRY_TITLE, ("Ann Lee",), "2026-03-03", (FERRY_DEK, LINE1, LINE2, "The first winter", LINE3, LINE4),
        ("internal draft", "Page 1 of 5", "Timetable of 1986", "Harbour Trust accounts")))
    # 2. Word: a reviewer's comments and tracked changes (a deleted paragraph, a moved sentence, an insertion)
    comment = ('<w:commentRangeStart w:id="0"/>' + r("It cost eleven thousand pounds.")
               + '<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
               '<w:commentReference w:id="0"/></w:r>')
    comments = (f'{XML}<w:comments {W_NS}><w:comment w:id="0" w:author="Ed Park" w:initials="EP">'
                f'<w:p>{r("Check this figure with the treasurer")}</w:p></w:comment></w:comments>')
    deleted_paragraph = ('<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="Ed Park"/></w:rPr></w:pPr>'
                         '<w:del w:id="6" w:author="Ed Park"><w:r><w:delText>An old paragraph about the harbour '
                         "master that the editor cut.</w:delText></w:r></w:del></w:p>")
    moved_from = ('<w:p><w:moveFromRangeStart w:id="7" w:name="move1" w:author="Ed Park"/><w:moveFrom w:id="8" '
                  'w:author="Ed Park"><w:r><w:t>The skipper never doubted it.</w:t></w:r></w:moveFrom>'
                  '<w:moveFromRangeEnd w:id="7"/></w:p>')
    moved_to = ('<w:p><w:moveToRangeStart w:id="9" w:name="move1" w:author="Ed Park"/><w:moveTo w:id="10" '
                'w:author="Ed Park"><w:r><w:t>The skipper never doubted it.</w:t></w:r></w:moveTo>'
                '<w:moveToRangeEnd w:id="9"/></w:p>')
    inserted = p(runs=r("The crew") + '<w:ins w:id="11" w:author="Ed Park">' + r(" of four") + "</w:ins>"
                 + '<w:del w:id="12" w:author="Ed Park"><w:r><w:delText> of three</w:delText></w:r></w:del>'
                 + r(" worked through the night."))
    cases.append(Case("word-comments-tracked-changes", "docx", "ferry.docx", docx(
        [p(FERRY_TITLE, "Title"), moved_from, p(LINE2), p(runs=comment), deleted_paragraph, inserted, moved_to],
        parts={"word/comments.xml": comments}),
        FERRY_TITLE, (), None, (LINE2, "It cost eleven thousand pounds.", "The crew of four worked through the night.",
                                "The skipper never doubted it."),
        ("Check this figure", "harbour master", "of three", "Ed Park"), once=("The skipper never doubted it.",)))
    # 3. Word: a text box (drawn, with its VML fallback), a table, a numbered list and a hyperlink
    box_para = p("Ferry facts: the boat carries forty cars and two hundred people.")
    text_box = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="1" '
                'cy="1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
                f'wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>{box_para}</w:txbxContent></wps:txbx>'
                "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
                f"<v:shape><v:textbox><w:txbxContent>{box_para}</w:txbxContent></v:textbox></v:shape></w:pict>"
                "</mc:Fallback></mc:AlternateContent></w:r></w:p>")
    table = ("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>"
             + "".join("<w:tr>" + "".join(f"<w:tc>{p(cell)}</w:tc>" for cell in row) + "</w:tr>"
                       for row in (("Year", "Passengers"), ("2024", "41,000"), ("2025", "43,500"))) + "</w:tbl>")
    link = p(runs=r("Read ") + '<w:hyperlink r:id="rId90" w:history="1">'
             + r("the Harbour Trust's report", '<w:rStyle w:val="Hyperlink"/>') + "</w:hyperlink>" + r(" for more."))
    cases.append(Case("word-textbox-table-list-link", "docx", "facts.docx", docx(
        [p(FERRY_TITLE, "Title"), p(LINE1), text_box, table, p("What the village did:"),
         p("Held a jumble sale", numbered=2), p("Asked the council", numbered=2), link]),
        FERRY_TITLE, (), None, (LINE1, "Ferry facts: the boat carries forty cars and two hundred people.", "2024",
                                "41,000", "Held a jumble sale", "Asked the council",
                                "Read the Harbour Trust's report for more."),
        ("harbour.example", "https"), once=("Ferry facts: the boat carries forty cars",)))
    # 4. Word: a table of contents field before the sections
    toc_entry = ('<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>{begin}<w:hyperlink w:anchor="_Toc{n}" w:history="1">'
                 '{text}<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                 'xml:space="preserve"> PAGEREF _Toc{n} \\h </w:instrText></w:r><w:r><w:fldChar '
                 'w:fldCharType="separate"/></w:r>{page}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'
                 "{end}</w:p>")
    toc_begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o '
                 '"1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    toc_end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    toc = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
           f'</w:docPartObj></w:sdtPr><w:sdtContent>{p("Contents", "TOCHeading")}'
           + toc_entry.format(begin=toc_begin, n=1, text=r("The first winter"), page=r("2"), end="")
           + toc_entry.format(begin="", n=2, text=r("The second summer"), page=r("4"), end=toc_end)
           + "</w:sdtContent></w:sdt>")
    cases.append(Case("word-table-of-contents", "docx", "ferry.docx", docx(
        [p(FERRY_TITLE, "Title"), toc, p(LINE1), p("The first winter", "Heading1"), p(LINE2),
         p("The second summer", "Heading1"), p(LINE4)]),
        FERRY_TITLE, (), None, (LINE1, "The first winter", LINE2, "The second summer", LINE4),
        ("Contents", "The first winter 2", "The second summer 4"),
        once=("The first winter", "The second summer")))
    # 5. Google Docs: its Title and Subtitle styles, the document's name as its title property, no byline
    google_styles = (("Normal", "normal"), ("Title", "Title"), ("Subtitle", "Subtitle"), ("Heading1", "heading 1"),
                     ("Heading2", "heading 2"))
    cases.append(Case("google-docs", "docx", "The ferry (draft 2).docx", docx(
        [p(FERRY_TITLE, "Title"), p(FERRY_DEK, "Subtitle"), p("Ann Lee, March 3, 2026"), p(LINE1),
         p("The first winter", "Heading1"), p(LINE2), p("")], styles=google_styles, title="The ferry (draft 2)",
        creator="", app="", language="en"),
        FERRY_TITLE, ("Ann Lee",), "2026-03-03", (FERRY_DEK, LINE1, "The first winter", LINE2),
        ("draft 2",)))
    # 6. LibreOffice: its own style ids ("Title", "Subtitle", "Heading1", "TextBody"), a page-number footer
    libre_styles = (("Normal", "Default Paragraph Style"), ("Title", "Title"), ("Subtitle", "Subtitle"),
                    ("Heading1", "Heading 1"), ("TextBody", "Body Text"), ("Footer", "Footer"))
    cases.append(Case("libreoffice", "docx", "ferry.docx", docx(
        [p(FERRY_TITLE, "Title"), p("By Ann Lee", "TextBody"), p(LINE1, "TextBody"), p("The first winter", "Heading1"),
         p(LINE2, "TextBody"), p(LINE3, "TextBody")], styles=libre_styles, creator="Ann Lee",
        footer=page_field(before=""), app="LibreOffice/7.6.4.1$Linux_X86_64", language="en-GB"),
        FERRY_TITLE, ("Ann Lee",), None, (LINE1, "The first winter", LINE2, LINE3), (), language="en-gb"))
    # 7. Pages: its "Title" and "Heading" styles (no number), an "Author" paragraph style, the date under it
    pages_styles = (("Normal", "Body"), ("Title", "Title"), ("Subtitle", "Subtitle"), ("Heading", "Heading"),
                    ("Author", "Author"), ("Heading2", "Heading 2"))
    cases.append(Case("pages", "docx", "Ferry.docx", docx(
        [p(FERRY_TITLE, "Title"), p("Ann Lee", "Author"), p("March 3, 2026", "Normal"), p(LINE1, "Normal"),
         p("The first winter", "Heading"), p(LINE2, "Normal"), p(LINE4, "Normal")], styles=pages_styles, creator="",
        app="Pages"),
        FERRY_TITLE, ("Ann Lee",), "2026-03-03", (LINE1, "The first winter", LINE2, LINE4), ()))
    # 8. Word: a title that is only a Heading 1, a byline and date on one line, a quote styled Intense Quote
    cases.append(Case("word-heading-title-byline-date", "docx", "essay.docx", docx(
        [p("Why the ferry matters", "Heading1"), p("By Ann Lee | 3 March 2026"),
         p("An island without a boat is a prison with a view, one resident told me."),
         p("We never doubted it would sail again.", "Quote"), p(LINE4)]),
        "Why the ferry matters", ("Ann Lee",), "2026-03-03",
        ("An island without a boat is a prison with a view, one resident told me.",
         "We never doubted it would sail again.", LINE4), ("| 3 March",)))
    return cases


# ---------------------------------------------------------------------------------------------------------- PDF

LONG = ["For forty years the ferry has left the pier at seven every morning, rain or",
        "shine, and the whole island sets its clocks by the sound of its horn when it",
        "leaves the harbour and turns past the lighthouse towards the mainland."]
LONG_TEXT = " ".join(LONG)
WINTER = ["When the engine failed in January, the village raised the money in a week.",
          "The baker gave bread to the crew and the garage gave the fuel, and the gov-",
          "ernment sent nothing but a letter of thanks some months later."]
WINTER_TEXT = ("When the engine failed in January, the village raised the money in a week. The baker gave bread to "
               "the crew and the garage gave the fuel, and the government sent nothing but a letter of thanks some "
               "months later.")
SPRING = ["It sailed again on March 3, a day early, with half the island on the pier to",
          "watch it go, and the skipper said he had never once doubted that it would."]
SPRING_TEXT = " ".join(SPRING)


def pdf_cases() -> list[Case]:
    """PDFs printed from Word and Google Docs, a two-column newsletter, footnotes, a title page."""
    cases = []
    # 1. printed from Word: a running header with the document's title, "Page n of 3" footers
    pages = []
    for number, content in enumerate(([(72, 700, 22, FERRY_TITLE), (72, 670, 11, "By Ann Lee"),
                                       *paragraph(640, LONG)], paragraph(700, WINTER), paragraph(700, SPRING)), 1):
        pages.append([(72, 770, 9, "The ferry that saved an island \u2013 draft for the Trust"),
                      (260, 30, 9, f"Page {number} of 3"), *content])
    cases.append(Case("pdf-word-print", "pdf", "ferry.pdf", make_pdf(pages, title=FERRY_TITLE), FERRY_TITLE,
                      ("Ann Lee",), None, (LONG_TEXT, WINTER_TEXT, SPRING_TEXT),
                      ("draft for the Trust", "Page 1 of 3", "Page 3 of 3")))
    # 2. printed from Google Docs: a subtitle, the page number alone at the foot from page 2, no header
    first = [(72, 700, 26, FERRY_TITLE), (72, 668, 15, FERRY_DEK), *paragraph(630, LONG), *paragraph(570, WINTER)]
    second = [(540, 36, 11, "2"), *paragraph(700, SPRING)]
    cases.append(Case("pdf-google-docs-print", "pdf", "The ferry.pdf", make_pdf([first, second], title="The ferry"),
                      FERRY_TITLE, (), None, (FERRY_DEK, LONG_TEXT, WINTER_TEXT, SPRING_TEXT), (" 2 ",)))
    # 3. a two-column newsletter: masthead, issue line, two stories side by side
    left = ["The ferry sailed again on",
            "Tuesday after a winter in the",
            "yard, with half the island on",
            "the pier to watch it go."]
    right = ["The school roof is mended at",
             "last, and the children will be",
             "back in their classrooms on",
             "Monday after the half term."]
    columns = [(72, 720, 24, "The Harbour Letter"), (72, 696, 10, "Issue 14 \u00b7 March 2026"),
               (72, 660, 14, "Ferry back in service"), (320, 660, 14, "School roof mended"),
               *[(72, 636 - 13 * n, 10, text) for n, text in enumerate(left)],
               *[(320, 636 - 13 * n, 10, text) for n, text in enumerate(right)]]
    cases.append(Case("pdf-two-column-newsletter", "pdf", "letter.pdf", make_pdf([columns]), "The Harbour Letter",
                      (), "2026-03", ("Ferry back in service", " ".join(left), "School roof mended", " ".join(right)),
                      ()))
    # 4. footnotes at the page's foot in small type, under a rule
    noted = [(72, 700, 20, FERRY_TITLE), *paragraph(660, LONG), *paragraph(600, WINTER),
             (72, 80, 8, "1 The timetable of 1986, kept at the island museum."),
             (72, 68, 8, "2 Figures from the Harbour Trust accounts for 2025.")]
    cases.append(Case("pdf-footnotes", "pdf", "ferry.pdf", make_pdf([noted]), FERRY_TITLE, (), None,
                      (LONG_TEXT, WINTER_TEXT), ("timetable of 1986", "Harbour Trust accounts")))
    # 5. a title page (title, author, date centred), the essay on the pages after
    title_page = [(150, 500, 28, "The Ferry"), (220, 460, 14, "Ann Lee"), (215, 440, 12, "3 March 2026")]
    cases.append(Case("pdf-title-page", "pdf", "essay.pdf", make_pdf([title_page, paragraph(700, LONG)
                                                                      + paragraph(640, WINTER),
                                                                      paragraph(700, SPRING)]),
                      "The Ferry", ("Ann Lee",), "2026-03-03", (LONG_TEXT, WINTER_TEXT, SPRING_TEXT), ()))
    return cases


# ---------------------------------------------------------------------------------------------------------- RTF


def _rtf_escaped(text: str, codec: str = "cp1252") -> str:
    """Text as RTF writes it: 8-bit characters as \\'xx in the code page, the rest as \\uN?."""
    out = []
    for char in text:
        if ord(char) < 128:
            out.append({"\\": "\\\\", "{": "\\{", "}": "\\}"}.get(char, char))
            continue
        try:
            out.append("".join(f"\\'{byte:02x}" for byte in char.encode(codec)))
        except UnicodeEncodeError:
            out.append(f"\\u{ord(char) if ord(char) < 32768 else ord(char) - 65536}?")
    return "".join(out)


def rtf_cases() -> list[Case]:
    """WordPad's and Word's rich text, with \\u escapes and a code page."""
    cases = []
    # 1. WordPad: \\u escapes for quotes and dashes, \\'e9 in cp1252
    said = "\u201cWe never doubted it,\u201d said the skipper \u2014 and the caf\u00e9 stayed open late."
    wordpad = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang2057{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\n"
               "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \n"
               f"\\pard\\sa200\\sl276\\slmult1\\b\\f0\\fs32\\lang9 {FERRY_TITLE}\\b0\\fs22\\par\n"
               "By Ann Lee\\par\n"
               f"{LINE1}\\par\n"
               + "".join(f"\\u{ord(c)}?" if ord(c) > 255 else _rtf_escaped(c) for c in said) + "\\par\n"
               f"{LINE4}\\par\n}}\n")
    cases.append(Case("wordpad", "rtf", "ferry.rtf", wordpad.encode("ascii"), FERRY_TITLE, ("Ann Lee",), None,
                      (LINE1, said, LINE4), ("Calibri", "Riched20")))
    # 2. Word's rich text: an info group (title, author, date), a header and a footer with a page number, a footnote
    word_rtf = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang2057{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}}"
                "{\\info{\\title The ferry that saved an island}{\\author Ann Lee}{\\operator Ann Lee}"
                "{\\creatim\\yr2026\\mo3\\dy3\\hr9\\min15}}\n"
                "{\\header \\pard\\plain Harbour Trust draft\\par}\n"
                "{\\footer \\pard\\plain Page {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}\n"
                f"\\pard\\plain\\s15\\qc\\fs48 {FERRY_TITLE}\\par\n"
                f"\\pard\\plain\\fs24 {LINE1}"
                "{\\super\\chftn}{\\footnote \\pard\\plain {\\super\\chftn} The timetable of 1986.\\par}\\par\n"
                f"\\pard {LINE2}\\par\n\\pard {LINE3}\\par\n}}\n")
    cases.append(Case("word-rtf-info-header-footnote", "rtf", "ferry.rtf", word_rtf.encode("ascii"), FERRY_TITLE,
                      ("Ann Lee",), None, (LINE1, LINE2, LINE3),
                      ("Harbour Trust draft", "Page 1", "timetable of 1986")))
    # 3. WordPad in Windows' Cyrillic code page: a Russian note
    russian = ["Паром снова ходит", "Сорок лет паром уходит от причала в семь утра, в дождь и в солнце.",
               "Зимой сломался двигатель, и деревня за неделю собрала деньги на ремонт."]
    cyrillic = ("{\\rtf1\\ansi\\ansicpg1251\\deff0\\nouicompat\\deflang1049{\\fonttbl{\\f0\\fnil\\fcharset204 "
                "Calibri;}}\n{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \n\\pard\\sa200\\sl276\\slmult1"
                "\\f0\\fs22\\lang1049 " + "\\par\n".join(_rtf_escaped(line, "cp1251") for line in russian)
                + "\\par\n}\n")
    cases.append(Case("wordpad-cp1251", "rtf", "parom.rtf", cyrillic.encode("ascii"), russian[0], (), None,
                      tuple(russian[1:]), (), language="ru"))
    return cases


# ---------------------------------------------------------------------------------------------------------- email

NEWSLETTER = f"""<html><head><style>.wrap{{max-width:600px}}</style></head><body>
<table class="wrap"><tr><td style="font-size:11px"><a href="https://harbourletter.example/p/ferry?view=web">View in
browser</a></td></tr>
<tr><td><h1>{FERRY_TITLE}</h1><p>By Casey Rivera &middot; Nov 28, 2026</p>
<p>{LINE1}</p><p>{LINE2}</p><p>{LINE3}</p><p>{LINE4}</p>
<p><a href="https://harbourletter.example/p/ferry/share">Share</a> <a
href="https://harbourletter.example/p/ferry/comments">Leave a comment</a></p></td></tr>
<tr><td style="font-size:11px;color:#888"><p>You are receiving this because you subscribed to The Harbour Letter.</p>
<p>&copy; 2026 The Harbour Letter, 1 Pier Road, Kirkwall<br><a href="https://harbourletter.example/unsub">Unsubscribe</a>
&middot; <a href="https://harbourletter.example/prefs">Manage preferences</a></p></td></tr></table></body></html>"""
NEWSLETTER_TEXT = (f"View in browser: https://harbourletter.example/p/ferry?view=web\n\n{FERRY_TITLE}\n\n{LINE1}\n\n"
                   f"{LINE2}\n\nUnsubscribe https://harbourletter.example/unsub\n")
MAIL_FURNITURE = ("View in browser", "receiving this because", "Unsubscribe", "Manage preferences", "1 Pier Road",
                  "Leave a comment")


def _mail(headers: list[tuple[str, str]], body: str) -> bytes:
    return ("".join(f"{name}: {value}\r\n" for name, value in headers) + "\r\n" + body).encode("utf-8")


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def _b64(text: str) -> str:
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def mail_cases() -> list[Case]:
    """Newsletters saved from Gmail, Outlook and Apple Mail; a forwarded one; a part declaring its language."""
    cases = []
    lines = (LINE1, LINE2, LINE3, LINE4)
    # 1. Gmail's "Download message": multipart/alternative, both parts quoted-printable
    gmail = _mail([("Delivered-To", "ann@example.com"),
                   ("Received", "by 2002:a05:6a10 with SMTP id x; Sat, 28 Nov 2026"),
                   ("From", "Casey Rivera from The Harbour Letter <casey@harbourletter.example>"),
                   ("To", "ann@example.com"), ("Subject", FERRY_TITLE), ("Date", "Sat, 28 Nov 2026 07:30:00 +0000"),
                   ("Message-ID", "<20261128@harbourletter.example>"), ("MIME-Version", "1.0"),
                   ("List-Unsubscribe", "<https://harbourletter.example/unsub>"),
                   ("Content-Type", 'multipart/alternative; boundary="000000000000a1b2c3"')],
                  "--000000000000a1b2c3\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n"
                  "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + _qp(NEWSLETTER_TEXT)
                  + "\r\n--000000000000a1b2c3\r\nContent-Type: text/html; charset=\"UTF-8\"\r\n"
                  "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + _qp(NEWSLETTER)
                  + "\r\n--000000000000a1b2c3--\r\n")
    cases.append(Case("gmail-newsletter", "eml", "ferry.eml", gmail, FERRY_TITLE, ("Casey Rivera",), "2026-11-28",
                      lines, MAIL_FURNITURE, once=(LINE1,)))
    # 2. Outlook: Word's HTML (MsoNormal, o:p), Content-Language and Thread-Index at the top, base64
    outlook_html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta name=Generator "
                    "content=\"Microsoft Word 15 (filtered medium)\"><style>p.MsoNormal{margin:0cm}</style></head>"
                    "<body lang=EN-GB><div class=WordSection1>"
                    "<p class=MsoNormal><b>Harbour Trust news<o:p></o:p></b></p>"
                    "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
                    + "".join(f"<p class=MsoNormal>{line}<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
                              for line in lines)
                    + "<p class=MsoNormal>Kind regards,<o:p></o:p></p><p class=MsoNormal>Morag Flett<o:p></o:p></p>"
                    "<p class=MsoNormal>Secretary, Harbour Trust | 01856 555 010<o:p></o:p></p></div></body></html>")
    outlook = _mail([("From", "Morag Flett <morag@harbourtrust.example>"),
                     ("To", "Members <members@harbourtrust.example>"),
                     ("Subject", "Harbour Trust news: the ferry is back"), ("Thread-Topic", "Harbour Trust news"),
                     ("Thread-Index", "AdnGx2Yl3kQ5pW1cRm2N9t"), ("Date", "Mon, 30 Nov 2026 16:05:12 +0000"),
                     ("Message-ID", "<DB9PR01MB1234@DB9PR01MB1234.eurprd01.prod.outlook.com>"),
                     ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0"),
                     ("Content-Type", 'multipart/alternative; boundary="_000_DB9PR01MB1234_"')],
                    "--_000_DB9PR01MB1234_\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n"
                    "Content-Transfer-Encoding: base64\r\n\r\n" + _b64("\n\n".join(lines))
                    + "\r\n--_000_DB9PR01MB1234_\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
                    "Content-Transfer-Encoding: base64\r\n\r\n" + _b64(outlook_html)
                    + "\r\n--_000_DB9PR01MB1234_--\r\n")
    cases.append(Case("outlook-newsletter", "eml", "trust.eml", outlook, "Harbour Trust news: the ferry is back",
                      ("Morag Flett",), "2026-11-30", lines, ("01856",), language="en-gb"))
    # 3. Apple Mail: its boundary, the HTML part in base64 with Apple's divs
    apple_html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
                  "<body style=\"overflow-wrap: break-word;\">"
                  + "".join(f"<div>{line}</div><div><br></div>" for line in lines)
                  + "<div>Ann</div><div><br></div><div dir=\"ltr\">Sent from my iPhone</div></body></html>")
    apple = _mail([("From", "Ann Lee <ann@example.com>"), ("Content-Type",
                   'multipart/alternative; boundary="Apple-Mail=_6C1F1E5A-9D0B-4C62-A3A6-2B7E0F5D8C11"'),
                   ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"),
                   ("Subject", "The ferry is back"), ("Message-Id", "<A1B2C3D4@example.com>"),
                   ("Date", "Tue, 1 Dec 2026 08:12:44 +0000"), ("To", "Island friends <friends@example.com>"),
                   ("X-Mailer", "Apple Mail (2.3774.600.62)")],
                  "--Apple-Mail=_6C1F1E5A-9D0B-4C62-A3A6-2B7E0F5D8C11\r\nContent-Transfer-Encoding: quoted-printable"
                  "\r\nContent-Type: text/plain;\r\n\tcharset=utf-8\r\n\r\n" + _qp("\n\n".join(lines) + "\n\nAnn")
                  + "\r\n--Apple-Mail=_6C1F1E5A-9D0B-4C62-A3A6-2B7E0F5D8C11\r\nContent-Transfer-Encoding: base64"
                  "\r\nContent-Type: text/html;\r\n\tcharset=utf-8\r\n\r\n" + _b64(apple_html)
                  + "\r\n--Apple-Mail=_6C1F1E5A-9D0B-4C62-A3A6-2B7E0F5D8C11--\r\n")
    cases.append(Case("apple-mail", "eml", "ferry.eml", apple, "The ferry is back", ("Ann Lee",), "2026-12-01", lines,
                      ("Sent from my iPhone",)))
    # 4. a forwarded newsletter (Gmail's forward, as plain text): the forward's header block is no part of it
    forwarded_text = ("---------- Forwarded message ---------\nFrom: Casey Rivera <casey@harbourletter.example>\n"
                      "Date: Sat, Nov 28, 2026 at 7:30 AM\nSubject: The ferry that saved an island\n"
                      "To: <ann@example.com>\n\n\n" + "\n\n".join(lines) + "\n")
    forward = _mail([("From", "Ann Lee <ann@example.com>"), ("To", "Tom Reilly <tom@example.com>"),
                     ("Subject", "Fwd: The ferry that saved an island"), ("Date", "Wed, 2 Dec 2026 19:02:10 +0000"),
                     ("Message-ID", "<CAF=fwd123@mail.gmail.com>"), ("MIME-Version", "1.0"),
                     ("Content-Type", 'text/plain; charset="UTF-8"'),
                     ("Content-Transfer-Encoding", "quoted-printable")], _qp(forwarded_text))
    cases.append(Case("forwarded-newsletter", "eml", "fwd.eml", forward, FERRY_TITLE, ("Casey Rivera",), "2026-11-28",
                      lines, ("Forwarded message", "ann@example.com", "Nov 28, 2026 at 7:30")))
    # 5. the language on the MIME part, not the message (Thunderbird and Outlook write it per part)
    for tag, text_lines, expected in (
            ("en-GB", lines, "en-gb"),
            ("fr-CA", ("Le traversier quitte le quai à sept heures tous les matins depuis quarante ans.",
                       "Quand le moteur est tombé en panne en janvier, le village a trouvé l'argent en une semaine."),
             "fr-ca")):
        html = "<html><body>" + "".join(f"<p>{line}</p>" for line in text_lines) + "</body></html>"
        part_language = _mail([("From", "Casey Rivera <casey@harbourletter.example>"), ("Subject", "Ferry news"),
                               ("Date", "Sat, 28 Nov 2026 07:30:00 +0000"), ("Message-ID", f"<{tag}@example>"),
                               ("MIME-Version", "1.0"), ("Content-Type", 'multipart/alternative; boundary="b1"')],
                              "--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Language: " + tag
                              + "\r\n\r\n" + "\n\n".join(text_lines) + "\r\n--b1\r\nContent-Type: text/html; "
                              "charset=utf-8\r\nContent-Language: " + tag + "\r\nContent-Transfer-Encoding: base64"
                              "\r\n\r\n" + _b64(html) + "\r\n--b1--\r\n")
        cases.append(Case(f"part-content-language-{tag}", "eml", "news.eml", part_language, "Ferry news",
                          ("Casey Rivera",), "2026-11-28", text_lines, (), language=expected))
    # 6. a plain-text newsletter: "View this email in your browser" and an unsubscribe footer as text lines
    plain = ("View this email in your browser (https://harbourletter.example/p/ferry)\n\n" + "\n\n".join(lines)
             + "\n\n--\nYou are receiving this email because you subscribed to The Harbour Letter.\n"
             "Unsubscribe: https://harbourletter.example/unsub\n")
    plain_mail = _mail([("From", "The Harbour Letter <casey@harbourletter.example>"), ("Subject", FERRY_TITLE),
                        ("Date", "Sat, 28 Nov 2026 07:30:00 +0000"), ("Message-ID", "<plain@harbourletter.example>"),
                        ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8; format=flowed"),
                        ("Content-Transfer-Encoding", "quoted-printable")], _qp(plain))
    cases.append(Case("plain-text-newsletter", "eml", "plain.eml", plain_mail, FERRY_TITLE, ("The Harbour Letter",),
                      "2026-11-28", lines, ("View this email", "receiving this email", "Unsubscribe")))
    return cases


# ---------------------------------------------------------------------------------------------------------- MHTML

PAGE_HTML = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{FERRY_TITLE} | Island Courier</title>
<meta name="author" content="Ann Lee"><meta property="article:published_time" content="2026-03-03T08:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather
</a></nav></header><main><article><h1>{FERRY_TITLE}</h1><p class="byline">By Ann Lee</p>
<p>{LINE1}</p><p>{LINE2}</p><p>{LINE3}</p><p>{LINE4}</p></article>
<aside><h2>Most read</h2><ul><li><a href="/a">Council tax to rise by four per cent</a></li><li><a href="/b">School roof
mended at last</a></li></ul></aside></main><footer><p>&copy; 2026 Island Courier. All rights reserved.</p></footer>
</body></html>"""


def _mhtml(page: bytes, saved_by: str, encoding: str, charset: str) -> bytes:
    boundary = "----MultipartBoundary--h55Edge7Qk2LmZ0vR3xY8sPaNbT4cW1fD6gH9jK5----"
    body = (quopri.encodestring(page).decode("ascii") if encoding == "quoted-printable"
            else base64.encodebytes(page).decode("ascii"))
    head = (f"From: <Saved by {saved_by}>\r\nSnapshot-Content-Location: https://courier.example/news/ferry\r\n"
            f"Subject: {FERRY_TITLE} | Island Courier\r\nDate: Thu, 5 Mar 2026 10:20:31 -0000\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n')
    main = (f"--{boundary}\r\nContent-Type: text/html; charset=\"{charset}\"\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: {encoding}\r\nContent-Location: https://courier.example/news/ferry\r\n\r\n"
            f"{body}\r\n")
    css = (f"--{boundary}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
           "Content-Location: cid:css-1@mhtml.blink\r\n\r\nnav a { color: #c00; font-family: Georgia; }\r\n")
    return (head + main + css + f"--{boundary}--\r\n").encode("ascii")


def mhtml_cases() -> list[Case]:
    """Pages saved as one file by Chrome (quoted-printable) and Edge (base64, windows-1252)."""
    lines = (LINE1, LINE2, LINE3, LINE4)
    furniture = ("Most read", "Council tax", "All rights reserved", "font-family", "Weather")
    return [Case("chrome-mhtml", "mhtml", "ferry.mhtml", _mhtml(PAGE_HTML.encode(), "Blink", "quoted-printable",
                                                                 "utf-8"),
                 FERRY_TITLE, ("Ann Lee",), "2026-03-03", lines, furniture),
            Case("edge-mhtml", "mhtml", "ferry.mht", _mhtml(PAGE_HTML.replace("utf-8", "windows-1252")
                                                            .replace("&copy;", "\xa9").encode("cp1252"),
                                                            "Blink", "base64", "windows-1252"),
                 FERRY_TITLE, ("Ann Lee",), "2026-03-03", lines, furniture)]


# ---------------------------------------------------------------------------------------------------------- Markdown

BODY_MD = f"{LINE1}\n\n{LINE2}\n\n## The first winter\n\n{LINE3}\n\n{LINE4}\n"
BODY_LINES = (LINE1, LINE2, "The first winter", LINE3, LINE4)


def markdown_cases() -> list[Case]:
    """Notes apps' Markdown: Obsidian, Notion, Bear, Joplin, iA Writer, MultiMarkdown, Pandoc, Hugo, R Markdown."""
    def md(name: str, text: str, title: str = FERRY_TITLE, authors: tuple[str, ...] = (), published: str | None = None,
           lines: tuple[str, ...] = BODY_LINES, furniture: tuple[str, ...] = (), origin: str = "note.md",
           language: str | None = None) -> Case:
        return Case(name, "md", origin, text.encode(), title, authors, published, lines, furniture, language)

    return [
        md("obsidian", "---\ntags:\n  - ferries\naliases: [Ferry story]\ncreated: 2026-03-03\n---\n"
           f"# {FERRY_TITLE}\n\n{LINE1} The [[Harbour Trust|trust]] paid for the survey and [[Kirkwall]] sent a "
           "diver.\n\n![[ferry-at-pier.png]]\n\n> [!note] Timetable\n> The ferry leaves at seven and returns at six."
           f"\n\n{LINE2} %%check the date with Morag%%\n\n#ferries #island-life\n",
           published="2026-03-03",
           lines=(LINE1, "The trust paid for the survey and Kirkwall sent a diver.", "Timetable",
                  "The ferry leaves at seven and returns at six.", LINE2),
           furniture=("[[", "!note", "ferry-at-pier", "#ferries", "island-life", "check the date", "Morag")),
        md("notion-export", f"# {FERRY_TITLE}\n\nAuthor: Ann Lee\nCreated: March 3, 2026 9:15 AM\nTags: Islands, "
           f"Transport\nStatus: Draft\n\n{BODY_MD}", authors=("Ann Lee",), published="2026-03-03",
           furniture=("Created:", "Tags:", "Status", "Draft", "Transport"), origin=f"{FERRY_TITLE} 3f2a9c1d.md"),
        md("bear", f"# {FERRY_TITLE}\n#ferries #islands/orkney\n\n{LINE1} It was ==the longest winter== anyone "
           f"remembered.\n\n{LINE2}\n",
           lines=(LINE1, "It was the longest winter anyone remembered.", LINE2),
           furniture=("#ferries", "orkney", "==")),
        md("joplin-raw", f"{FERRY_TITLE}\n\n{LINE1}\n\n{LINE2}\n\n{LINE4}\n\nid: 0f2c8e4a9b1d4c6e8f0a2b4c6d8e0f1a\n"
           "parent_id: 5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b\ncreated_time: 2026-03-03T09:15:00.000Z\n"
           "updated_time: 2026-03-04T18:02:11.000Z\nis_conflict: 0\nlatitude: 58.98470000\nlongitude: -2.95980000\n"
           "altitude: 0.0000\nauthor: \nsource_url: \nis_todo: 0\ntodo_due: 0\ntodo_completed: 0\n"
           "source: joplin-desktop\n"
           "source_application: net.cozic.joplin-desktop\napplication_data: \norder: 0\nuser_created_time: "
           "2026-03-03T09:15:00.000Z\nuser_updated_time: 2026-03-04T18:02:11.000Z\nencryption_cipher_text: \n"
           "encryption_applied: 0\nmarkup_language: 1\nis_shared: 0\ntype_: 1",
           published="2026-03-03", lines=(LINE1, LINE2, LINE4),
           furniture=("parent_id", "latitude", "joplin", "0f2c8e4a", "type_", "encryption"), origin="0f2c8e4a.md"),
        md("ia-writer", f"# {FERRY_TITLE}\n\nBy Ann Lee\n\n{LINE1}\n\n/ferry-timetable.csv\n\n/Images/pier.jpg "
           f"\"The pier at dawn\"\n\n{LINE2}\n", authors=("Ann Lee",), lines=(LINE1, LINE2),
           furniture=("timetable.csv", "pier.jpg", "/Images")),
        md("multimarkdown-metadata", f"Title: {FERRY_TITLE}\nAuthor: Ann Lee\nDate: 2026-03-03\nKeywords: ferries, "
           f"islands\nBase Header Level: 2\n\n{BODY_MD}", authors=("Ann Lee",), published="2026-03-03",
           furniture=("Title:", "Keywords", "Base Header Level")),
        md("pandoc-title-block", f"% {FERRY_TITLE}\n% Ann Lee\n% 3 March 2026\n\n{BODY_MD}", authors=("Ann Lee",),
           published="2026-03-03", furniture=("%",)),
        md("hugo-toml", f"+++\ntitle = \"{FERRY_TITLE}\"\ndate = 2026-03-03T09:00:00Z\nauthors = [\"Ann Lee\"]\n"
           f"draft = false\ntags = [\"ferries\"]\n+++\n\n{LINE1}\n\n"
           "{{< figure src=\"/img/pier.jpg\" caption=\"The pier at dawn\" >}}\n\n"
           f"{LINE2}\n\n{{{{% notice info %}}}}\nThe timetable changes in April.\n{{{{% /notice %}}}}\n",
           authors=("Ann Lee",), published="2026-03-03",
           lines=(LINE1, LINE2, "The timetable changes in April."), furniture=("figure", "notice", "{{", "pier.jpg")),
        md("r-markdown", f"---\ntitle: \"{FERRY_TITLE}\"\nauthor: \"Ann Lee\"\ndate: \"2026-03-03\"\noutput:\n  "
           "html_document:\n    toc: true\n---\n\n```{r setup, include=FALSE}\nknitr::opts_chunk$set(echo = TRUE)\n"
           f"```\n\n{LINE1}\n\n```{{r passengers}}\nsummary(passengers)\n```\n\n{LINE2}\n",
           authors=("Ann Lee",), published="2026-03-03", lines=(LINE1, LINE2),
           furniture=("knitr", "summary(", "html_document", "toc"), origin="ferry.Rmd"),
        md("obsidian-properties-no-title", "---\nauthor: Ann Lee\ndate: 2026-03-03\ncssclasses: wide\n---\n"
           f"{LINE1}\n\n> [!quote] The skipper\n> We never doubted it.\n\n{LINE2}\n",
           title="Ferry notes", authors=("Ann Lee",), published="2026-03-03",
           lines=(LINE1, "The skipper", "We never doubted it.", LINE2), furniture=("!quote", "wide"),
           origin="Ferry notes.md"),
    ]




# ---------------------------------------------------------------------------------------------------------- round 2


def more_cases() -> list[Case]:
    """Ten more documents near the forms that failed first: bylines and contents in .docx, running furniture and
    title pages in PDF, newsletters' rows and forwards in .eml, properties and links in notes, a table in .rtf."""
    cases = []
    # 1. Google Docs: the byline as "Ann Lee · 3 March 2026" (a middle dot, not a comma)
    cases.append(Case("google-docs-dot-byline", "docx", "ferry.docx", docx(
        [p(FERRY_TITLE, "Title"), p("Ann Lee \u00b7 3 March 2026"), p(LINE1), p(LINE2)],
        styles=(("Normal", "normal"), ("Title", "Title")), creator="", app="", language="en"),
        FERRY_TITLE, ("Ann Lee",), "2026-03-03", (LINE1, LINE2), ("\u00b7",)))
    # 2. Word: a table of contents whose entries kept the Normal style, inside its content control
    plain_toc = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
                 f'</w:docPartObj></w:sdtPr><w:sdtContent>{p("Contents")}{p("The first winter 2")}'
                 f'{p("The second summer 4")}</w:sdtContent></w:sdt>')
    cases.append(Case("word-contents-in-normal-style", "docx", "ferry.docx", docx(
        [p(FERRY_TITLE, "Title"), plain_toc, p("The first winter", "Heading1"), p(LINE2),
         p("The second summer", "Heading1"), p(LINE4)]),
        FERRY_TITLE, (), None, ("The first winter", LINE2, "The second summer", LINE4),
        ("Contents", "winter 2", "summer 4")))
    # 3. PDF from LibreOffice: the title as a running head from page 2, the page number centred at every foot
    pages = [[(72, 700, 22, FERRY_TITLE), (72, 672, 11, "By Ann Lee"), *paragraph(640, LONG), (300, 30, 10, "1")],
             [(72, 770, 9, FERRY_TITLE), *paragraph(700, WINTER), (300, 30, 10, "2")],
             [(72, 770, 9, FERRY_TITLE), *paragraph(700, SPRING), (300, 30, 10, "3")]]
    cases.append(Case("pdf-libreoffice-running-title", "pdf", "ferry.pdf", make_pdf(pages), FERRY_TITLE,
                      ("Ann Lee",), None, (LONG_TEXT, WINTER_TEXT, SPRING_TEXT), (" 2 ",)))
    # 4. PDF: a title page with two authors on their own lines and a date
    cover = [(150, 520, 26, "The Ferry"), (200, 470, 14, "Ann Lee"), (200, 440, 14, "Tom Reilly"),
             (200, 400, 12, "3 March 2026")]
    cases.append(Case("pdf-title-page-two-authors", "pdf", "ferry.pdf", make_pdf([cover, paragraph(700, LONG)
                                                                                  + paragraph(640, WINTER)]),
                      "The Ferry", ("Ann Lee", "Tom Reilly"), "2026-03-03", (LONG_TEXT, WINTER_TEXT), ()))
    # 5. a Substack-like newsletter: a subscribe button under the byline, a like/comment/share row, a footer
    letter = (f"<html><body><table><tr><td><h1>{FERRY_TITLE}</h1><p>{FERRY_DEK}</p><p>Casey Rivera</p>"
              "<p><a href=\"https://harbourletter.example/subscribe\">Subscribe</a></p>"
              f"<p>{LINE1}</p><p>{LINE2}</p><p>{LINE3}</p><p>{LINE4}</p>"
              "<table><tr><td><a href=\"https://harbourletter.example/p/ferry?action=like\">Like</a></td>"
              "<td><a href=\"https://harbourletter.example/p/ferry/comments\">Comment</a></td>"
              "<td><a href=\"https://harbourletter.example/p/ferry?action=share\">Restack</a></td></tr></table>"
              "<p>\u00a9 2026 Casey Rivera<br>548 Market Street PMB 72296, San Francisco, CA 94104<br>"
              "<a href=\"https://harbourletter.example/action/disable_email\">Unsubscribe</a></p>"
              "</td></tr></table></body></html>")
    substack = _mail([("From", "The Harbour Letter <harbourletter@substack.example>"), ("Subject", FERRY_TITLE),
                      ("Date", "Sat, 28 Nov 2026 07:30:00 +0000"), ("Message-ID", "<sub1@substack.example>"),
                      ("MIME-Version", "1.0"), ("Content-Type", "text/html; charset=utf-8"),
                      ("Content-Transfer-Encoding", "quoted-printable")], _qp(letter))
    cases.append(Case("substack-newsletter", "eml", "ferry.eml", substack, FERRY_TITLE, ("Casey Rivera",),
                      "2026-11-28", (FERRY_DEK, LINE1, LINE2, LINE3, LINE4),
                      ("Subscribe", "Restack", "Market Street", "Like Comment")))
    # 6. Thunderbird: the language on the only part, none on the message
    german = ("Die Fähre legt seit vierzig Jahren jeden Morgen um sieben Uhr am Pier ab, bei Regen und bei Sonne.",
              "Als im Januar der Motor ausfiel, sammelte das Dorf das Geld in einer Woche.")
    thunderbird = _mail([("From", "Anna Berger <anna@example.at>"), ("Subject", "Die Fähre fährt wieder"),
                         ("Date", "Sat, 28 Nov 2026 07:30:00 +0100"), ("Message-ID", "<tb1@example.at>"),
                         ("User-Agent", "Mozilla Thunderbird"), ("MIME-Version", "1.0"),
                         ("Content-Type", 'multipart/alternative; boundary="------------tb1"')],
                        "This is a multi-part message in MIME format.\r\n--------------tb1\r\nContent-Type: text/plain;"
                        " charset=UTF-8; format=flowed\r\nContent-Language: de-AT\r\nContent-Transfer-Encoding: 8bit"
                        "\r\n\r\n" + "\n\n".join(german) + "\r\n--------------tb1\r\nContent-Type: text/html; "
                        "charset=UTF-8\r\nContent-Language: de-AT\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                        "<html><body>"
                        + "".join(f"<p>{line}</p>" for line in german) + "</body></html>\r\n--------------tb1--\r\n")
    cases.append(Case("thunderbird-part-language", "eml", "faehre.eml", thunderbird, "Die Fähre fährt wieder",
                      ("Anna Berger",), "2026-11-28", german, ("multi-part message",), language="de-at"))
    # 7. Apple Mail's plain-text forward: a blank line after "Begin forwarded message:"
    apple_forward = ("Thought you would like this one.\n\nBegin forwarded message:\n\n"
                     "From: Casey Rivera <casey@harbourletter.example>\nSubject: The ferry that saved an island\n"
                     "Date: 28 November 2026 at 07:30:00 GMT\nTo: Ann Lee <ann@example.com>\n\n"
                     + "\n\n".join((LINE1, LINE2, LINE3)) + "\n")
    apple_fwd = _mail([("From", "Ann Lee <ann@example.com>"), ("Subject", "Fwd: The ferry that saved an island"),
                       ("Date", "Wed, 2 Dec 2026 19:02:10 +0000"), ("Message-Id", "<AF1@example.com>"),
                       ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"), ("X-Mailer", "Apple Mail"),
                       ("Content-Type", "text/plain; charset=us-ascii")], apple_forward)
    cases.append(Case("apple-mail-plain-forward", "eml", "fwd.eml", apple_fwd, FERRY_TITLE, ("Casey Rivera",),
                      "2026-11-28", (LINE1, LINE2, LINE3), ("Begin forwarded", "ann@example.com", "07:30")))
    # 8. Obsidian: links to a heading, an embedded section, a callout holding a list, aliases in its properties
    cases.append(Case("obsidian-headings-and-list-callout", "md", "Ferry.md", (
        "---\naliases:\n  - Ferry story\ntags: [ferries]\n---\n"
        f"# {FERRY_TITLE}\n\n{LINE1} See [[Timetables#Winter|the winter timetable]] and [[Harbour Trust#Board]].\n\n"
        "![[Timetables#Winter]]\n\n> [!tip]+ What the village did\n> - Held a jumble sale\n> - Asked the council\n\n"
        f"{LINE2}\n").encode(), FERRY_TITLE, (), None,
        (LINE1, "See the winter timetable and Harbour Trust#Board.", "What the village did", "Held a jumble sale",
         "Asked the council", LINE2), ("[[", "!tip", "Timetables#Winter", "Ferry story")))
    # 9. Notion: its own property names ("Writer", "Publish date") and a tag list
    cases.append(Case("notion-custom-properties", "md", f"{FERRY_TITLE} 9c1d2e3f.md", (
        f"# {FERRY_TITLE}\n\nWriter: Ann Lee\nPublish date: March 3, 2026\nTags: Islands, Transport\n\n"
        f"{BODY_MD}").encode(), FERRY_TITLE, ("Ann Lee",), "2026-03-03", BODY_LINES,
        ("Writer", "Publish date", "Transport")))
    # 10. WordPad: a table of ferry times (\\trowd ... \\cell ... \\row)
    table = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fnil Calibri;}}\\viewkind4\\uc1\n"
             f"\\pard\\b\\fs32 Ferry times\\b0\\fs22\\par\n{LINE1}\\par\n"
             "\\trowd\\cellx3000\\cellx6000 Departs\\cell Arrives\\cell\\row\n"
             "\\trowd\\cellx3000\\cellx6000 07:00\\cell 07:45\\cell\\row\n"
             "\\trowd\\cellx3000\\cellx6000 18:00\\cell 18:45\\cell\\row\n"
             f"\\pard {LINE2}\\par\n}}\n")
    cases.append(Case("wordpad-table", "rtf", "times.rtf", table.encode("ascii"), "Ferry times", (), None,
                      (LINE1, "07:00", "07:45", "18:00", LINE2), ("Calibri",)))
    return cases


def all_cases() -> list[Case]:
    """Every document, by app."""
    return (word_cases() + pdf_cases() + rtf_cases() + mail_cases() + mhtml_cases() + markdown_cases() + more_cases()
            + third_cases())


# ---------------------------------------------------------------------------------------------------------- round 3


def third_cases() -> list[Case]:
    """Eight more documents in other forms of the classes fixed (written before the fixes met them): do the rules
    hold beyond the documents they were made on?"""
    cases = []
    md_body = f"{LINE1}\n\n{LINE2}\n"
    cases.append(Case("obsidian-nested-callout-pdf-embed", "md", "ferry.md", (
        f"# {FERRY_TITLE}\n\n{LINE1}\n\n![[harbour-report.pdf#page=3]]\n\n> [!info] Timetable\n> > [!warning] Winter\n"
        "> > No sailings on Christmas Day.\n\n- See [[Timetables#Winter|the winter timetable]]\n\n"
        f"{LINE2}\n").encode(), FERRY_TITLE, (), None,
        (LINE1, "Timetable", "Winter", "No sailings on Christmas Day.", "See the winter timetable", LINE2),
        ("harbour-report", "[!", "[[")))
    cases.append(Case("pandoc-two-line-title-no-date", "md", "ferry.md", (
        f"% The ferry\n  that saved an island\n% Ann Lee\n\n{md_body}").encode(), FERRY_TITLE, ("Ann Lee",), None,
        (LINE1, LINE2), ("%",)))
    cases.append(Case("multimarkdown-two-authors-colon-title", "md", "ferry.md", (
        f"Title: Ferries: a history\nAuthor: Ann Lee, Tom Reilly\nDate: March 3, 2026\n\n{md_body}").encode(),
        "Ferries: a history", ("Ann Lee", "Tom Reilly"), "2026-03-03", (LINE1, LINE2), ("Author:",)))
    cases.append(Case("notion-last-edited", "md", f"{FERRY_TITLE} 1a2b3c4d.md", (
        f"# {FERRY_TITLE}\n\nAuthor: Ann Lee\nLast edited time: March 4, 2026 6:02 PM\nStatus: Published\n\n"
        f"{md_body}").encode(), FERRY_TITLE, ("Ann Lee",), None, (LINE1, LINE2), ("Last edited", "Published")))
    toc2 = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
            + "<w:sdtContent>" + p("Table of Contents", "TOCHeading") + p("Winter\t2", "TOC1")
            + p("The engine\t2", "TOC1") + "</w:sdtContent></w:sdt>")
    cases.append(Case("word-contents-second-level", "docx", "ferry.docx", docx(
        [p(FERRY_TITLE, "Title"), toc2, p("Winter", "Heading1"), p(LINE1), p("The engine", "Heading2"), p(LINE2)]),
        FERRY_TITLE, (), None, ("Winter", LINE1, "The engine", LINE2), ("Table of Contents", "Winter 2"),
        once=("The engine",)))
    german_forward = ("Zur Info.\r\n\r\n-----Ursprüngliche Nachricht-----\r\nVon: Morag Flett "
                      "<morag@harbourtrust.example>\r\nGesendet: Montag, 30. November 2026 16:05\r\nAn: Mitglieder "
                      "<members@harbourtrust.example>\r\nBetreff: AW: Die Hafenmauer\r\n\r\n"
                      "Die Hafenmauer wurde am Freitag fertig, zwei Wochen vor der Springflut.\r\n\r\n"
                      "Sie kostete weniger, als der Rat befürchtet hatte.\r\n")
    cases.append(Case("outlook-german-plain-forward", "eml", "mauer.eml", _mail(
        [("From", "Anna Berger <anna@example.at>"), ("Subject", "WG: Die Hafenmauer"),
         ("Date", "Tue, 1 Dec 2026 09:00:00 +0100"), ("Message-ID", "<de1@example.at>"), ("MIME-Version", "1.0"),
         ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "8bit")], german_forward),
        "Die Hafenmauer", ("Morag Flett",), "2026-11-30",
        ("Die Hafenmauer wurde am Freitag fertig, zwei Wochen vor der Springflut.",
         "Sie kostete weniger, als der Rat befürchtet hatte."),
        ("Ursprüngliche", "Gesendet", "Betreff", "harbourtrust.example")))
    starred = [(72, 700, 20, FERRY_TITLE), *paragraph(660, LONG, 12), *paragraph(590, WINTER, 12),
               (72, 80, 9, "* The timetable of 1986, kept at the island museum."),
               (72, 68, 9, "\u2020 Figures from the Harbour Trust accounts for 2025.")]
    cases.append(Case("pdf-star-and-dagger-notes", "pdf", "ferry.pdf", make_pdf([starred, paragraph(700, SPRING, 12)]),
                      FERRY_TITLE, (), None, (LONG_TEXT, WINTER_TEXT, SPRING_TEXT),
                      ("timetable of 1986", "Harbour Trust accounts")))
    cases.append(Case("mmd-file-pandoc-block", "md", "ferry.mmd", (
        f"% {FERRY_TITLE}\n% Ann Lee\n% 2026-03-03\n\n{md_body}").encode(), FERRY_TITLE, ("Ann Lee",), "2026-03-03",
        (LINE1, LINE2), ("%",)))
    return cases
