"""clean on a writer's own documents: Word (.docx) and rich text (.rtf), read whole with title and byline."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from narrator.clean import clean, word
from narrator.config import CleanSettings
from narrator.errors import InputError
from narrator.ingest import expand
from narrator.model import BlockKind, Document, Source
from tests.documents import docx as package

W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
STYLES = [("Normal", "Normal"), ("Title", "Title"), ("Subtitle", "Subtitle"), ("Heading1", "heading 1"),
          ("Heading2", "heading 2"), ("ListParagraph", "List Paragraph"), ("Quote", "Quote")]


def run(text: str, bold: bool = False) -> str:
    """One run of text, as Word writes it."""
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text: str = "", style: str | None = None, bullet: bool = False, runs: str | None = None) -> str:
    """One paragraph: a style, a bullet, and its text as one run unless runs are given."""
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + (
        '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if bullet else "")
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{runs if runs is not None else run(text)}</w:p>"


def docx(paragraphs: list[str], title: str = "", footnotes: list[str] | None = None) -> bytes:
    """A .docx as Word saves it (tests/documents.docx): body, styles, numbering, document properties, and notes when
    given."""
    notes = {"word/footnotes.xml": f"{XML}<w:footnotes {W}>" + "".join(
        f'<w:footnote w:id="{n}"><w:p>{run(text)}</w:p></w:footnote>' for n, text in enumerate(footnotes, 1)
    ) + "</w:footnotes>"} if footnotes else {}
    return package(paragraphs, styles=tuple(STYLES), title=title, parts=notes)


FERRY = [
    para("The ferry that saved an island", "Title"),
    para("How a village kept its boat running through the winter", "Subtitle"),
    para("By Ann Lee"),
    para("For forty years the ferry has left the pier at seven every morning, rain or shine."),
    para("The first winter", "Heading1"),
    para("When the engine failed in January, the village raised the money in a week."),
    para("Bread, for the crew", bullet=True),
    para("Fuel, donated by the garage", bullet=True),
    para("We never doubted it would sail again, said the skipper.", "Quote"),
    para(runs=run("It sailed again on ") + run("March 3", bold=True)
         + '<w:ins w:id="1" w:author="Ed">' + run(", a day early") + "</w:ins>"
         + '<w:del w:id="2" w:author="Ed"><w:r><w:delText> on time</w:delText></w:r></w:del>' + run(".")),
]


def read(data: bytes, origin: str = "ferry.docx") -> Document:
    return clean(Source(origin, data), CleanSettings())


def test_a_word_document_is_read_whole_with_its_title_subtitle_and_byline() -> None:
    document = read(docx(FERRY, title="draft 3"))
    meta = document.meta
    assert meta.title == "The ferry that saved an island"
    assert meta.standfirst == "How a village kept its boat running through the winter"
    assert meta.authors == ("Ann Lee",)
    assert [(b.kind, b.text) for b in document.blocks] == [
        (BlockKind.PARAGRAPH, "For forty years the ferry has left the pier at seven every morning, rain or shine."),
        (BlockKind.HEADING, "The first winter"),
        (BlockKind.PARAGRAPH, "When the engine failed in January, the village raised the money in a week."),
        (BlockKind.LIST_ITEM, "Bread, for the crew"),
        (BlockKind.LIST_ITEM, "Fuel, donated by the garage"),
        (BlockKind.QUOTE, "We never doubted it would sail again, said the skipper."),
        (BlockKind.PARAGRAPH, "It sailed again on March 3, a day early."),  # tracked changes as accepted
    ]


def test_every_short_line_of_a_word_document_is_the_writers_own() -> None:
    lines = ["It rained.", "The river rose by two metres overnight and closed the road.", "Schools stayed shut."]
    document = read(docx([para("Short lines", "Title"), *map(para, lines)]))
    assert [b.text for b in document.blocks] == lines


@pytest.mark.parametrize(("paragraphs", "own_title", "title"), [
    ([para("Harbour notes", "Heading1"), para("The harbour wall was finished on Friday.")], "", "Harbour notes"),
    ([para("The harbour wall was finished on Friday."), para("Costs", "Heading1"), para("It cost less.")],
     "Harbour wall report", "Harbour wall report"),
    ([para("The harbour wall was finished on Friday."), para("Costs", "Heading1"), para("It cost less.")],
     "", "Harbour wall"),
])
def test_the_title_is_the_title_style_else_an_opening_heading_else_the_documents_name(
        paragraphs: list[str], own_title: str, title: str) -> None:
    document = read(docx(paragraphs, title=own_title), "harbour-wall.docx")
    assert document.meta.title == title
    assert document.blocks[0].text != title


def test_footnotes_are_reference_matter_and_never_read() -> None:
    mark = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    body = [para("Tides", "Title"),
            para(runs=run("The tide comes in twice a day.") + mark),
            para("The moon pulls the water towards it.")]
    document = read(docx(body, footnotes=["See the almanac of 1902, page 14."]))
    spoken = " ".join(b.text for b in document.blocks)
    assert spoken == "The tide comes in twice a day. The moon pulls the water towards it."


def test_a_damaged_word_document_is_reported_with_what_to_do() -> None:
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><w:body>not closed")
    with pytest.raises(InputError, match="is a Word document narrator cannot read") as caught:
        read(broken.getvalue())
    assert caught.value.origin == "ferry.docx" and "save it again as .docx" in str(caught.value.hint)


def test_a_word_document_cut_short_is_called_one() -> None:
    whole = docx(FERRY)
    with pytest.raises(InputError, match=r"is a Word document narrator cannot read \(not a whole .docx file"):
        read(whole[: len(whole) // 2], "ferry.docx")


def test_a_zip_bomb_is_refused_before_it_unpacks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word, "MAX_PART_BYTES", 2_000)
    with pytest.raises(InputError, match=r"word/document.xml would unpack to [\d,]+ bytes"):
        read(docx(FERRY * 10))


@pytest.mark.parametrize(("data", "says"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "is an old-style Office document"),
    (b"\x1f\x8b\x08\x00" + bytes(64), "is compressed"),
    (b"\x89PNG\r\n\x1a\n" + bytes(64), "is an image"),
    (b"ID3\x04\x00" + bytes(64), "is audio already"),
])
def test_files_people_try_that_are_no_article_say_what_they_are(data: bytes, says: str) -> None:
    with pytest.raises(InputError, match=says) as caught:
        read(data, "story.bin")
    assert caught.value.hint


def test_a_zip_that_is_no_word_document_says_so() -> None:
    sheet = io.BytesIO()  # (an EPUB is read now: tests/test_clean_epub.py)
    with zipfile.ZipFile(sheet, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(InputError, match="is a zip archive"):
        read(sheet.getvalue(), "budget.ods")


def test_folders_pick_up_word_documents(tmp_path: Path) -> None:
    (tmp_path / "ferry.docx").write_bytes(docx(FERRY))
    (tmp_path / "ferry.rtf").write_bytes(TEXTEDIT)
    (tmp_path / "budget.ods").write_bytes(b"PK\x03\x04")
    assert [Path(spec).name for spec in expand([str(tmp_path)])] == ["ferry.docx", "ferry.rtf"]


def test_a_word_document_becomes_an_episode(tmp_path: Path) -> None:
    import feedparser
    from click.testing import CliRunner

    from narrator.cli import main

    (tmp_path / "ferry.docx").write_bytes(docx(FERRY))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["narrate", str(tmp_path / "ferry.docx"), "--voice", "espeak", "-o", str(out),
                                       "--quiet"])
    assert result.exit_code == 0, result.output
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert not feed.bozo and [entry.title for entry in feed.entries] == ["The ferry that saved an island"]
    captions = " ".join(next((out / "episodes").glob("*.vtt")).read_text(encoding="utf-8").split())
    assert "How a village kept its boat running" in captions and "on time" not in captions


TEXTEDIT = rb"""{\rtf1\ansi\ansicpg1252\cocoartf2761
\cocoatextscaling0\cocoaplatform0{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\fswiss\fcharset0 Helvetica-Bold;}
{\colortbl;\red255\green255\blue255;}
{\*\expandedcolortbl;;}
\paperw11900\paperh16840\margl1440\margr1440\vieww11520\viewh8400\viewkind0
\pard\tx566\tx1133\tx1700\tx2267\pardirnatural\partightenfactor0

\f1\b\fs24 \cf0 The ferry that saved an island\

\f0\b0 \
By Ann Lee\
\
For forty years the ferry has left the pier at seven every morning. The caf\'e9 on the pier opens at six.\
\
\'93We never doubted it,\'94 said the skipper. The repairs cost \'a34,000.\
}"""


def test_a_textedit_rich_text_document_is_read_as_the_writers_text() -> None:
    document = read(TEXTEDIT, "ferry.rtf")
    assert document.meta.title == "The ferry that saved an island"
    assert document.meta.authors == ("Ann Lee",)
    assert [b.text for b in document.blocks] == [
        "For forty years the ferry has left the pier at seven every morning. The caf\xe9 on the pier opens at six.",
        "\u201cWe never doubted it,\u201d said the skipper. The repairs cost \xa34,000.",
    ]


def test_a_word_rich_text_document_in_its_own_code_page() -> None:
    markup = (rb"{\rtf1\ansi\ansicpg1250\deff0{\fonttbl{\f0 Times New Roman;}}\pard\plain Letter from \'a3\'f3d\'9f\par"
              rb"\pard The tram to the old town runs every \u8531?ten minutes, said the driver in \'a3\'f3d\'9f.\par"
              rb"\pard It rained.\par}")
    document = read(markup, "letter.rtf")
    assert document.meta.title == "Letter from \u0141\xf3d\u017a"
    assert [b.text for b in document.blocks] == [
        "The tram to the old town runs every \u2153ten minutes, said the driver in \u0141\xf3d\u017a.", "It rained."]


def test_a_rich_text_document_narrator_cannot_read_says_what_to_do() -> None:
    with pytest.raises(InputError, match="is an RTF document narrator cannot read") as caught:
        read(rb"{\rtf1 The number \u99999999999999999999 x}", "broken.rtf")
    assert "save it as plain text" in str(caught.value.hint)


M = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


def _math_run(text: str) -> str:
    return f"<m:r><m:t>{escape(text)}</m:t></m:r>"


def test_word_equations_are_read_as_formulas() -> None:
    # Office Math as Word writes it: x^2 inline, and a display equation with a fraction, a sum and a root
    inline = f"<m:oMath {M}><m:sSup><m:e>{_math_run('x')}</m:e><m:sup>{_math_run('2')}</m:sup></m:sSup></m:oMath>"
    display = (f"<m:oMathPara {M}><m:oMath>{_math_run('y=')}<m:f><m:num>{_math_run('1')}</m:num><m:den>"
               f"{_math_run('n')}</m:den></m:f><m:nary><m:naryPr><m:chr m:val=\"\u2211\"/></m:naryPr><m:sub>"
               f"{_math_run('i=1')}</m:sub><m:sup>{_math_run('n')}</m:sup><m:e><m:rad><m:radPr><m:degHide "
               f"m:val=\"1\"/></m:radPr><m:deg/><m:e>{_math_run('x')}</m:e></m:rad></m:e></m:nary></m:oMath>"
               "</m:oMathPara>")
    data = docx([para("Squares", style="Title"),
                 para(runs=run("The area grows as ") + inline + run(" when the side doubles.")),
                 para("The mean of the roots is"), para(runs=display), para("That is all.")])
    document = clean(Source(origin="squares.docx", data=data), CleanSettings())
    from narrator.speech import speakable
    spoken = [speakable(block.text) for block in document.blocks]
    assert spoken == ["The area grows as x squared when the side doubles.", "The mean of the roots is",
                      "y equals one over n times the sum from i equals one to n of the square root of x",
                      "That is all."]
