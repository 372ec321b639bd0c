"""clean on a writer's own documents as the apps they write in save them (tests/documents.py builds each): every line
of the writer's text is heard, title, byline and date are found, and none of the app's furniture is read aloud."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.documents import all_cases, document_tests, read

# Forms narrator does not read right yet, by class; strict, so that one that starts to pass becomes a test.
KNOWN: dict[str, str] = {
    "pdf-two-column-newsletter": "a month and year alone ('March 2026') is no date",
    "word-rtf-info-header-footnote": "a document's properties' author (often the account's name) is not taken, as in "
                                     ".docx",
    "substack-newsletter": "a bare name under the standfirst is no byline (its share row is out since mail6)",
}
CASES = all_cases()
globals().update(document_tests(CASES, KNOWN))


@pytest.mark.parametrize("name", ["word-title-header-footer-notes", "chrome-mhtml", "r-markdown"])
def test_preview_json_shows_the_document_as_clean_reads_it(name: str, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from narrator.cli import main

    case = next(case for case in CASES if case.name == name)
    path = tmp_path / case.origin
    path.write_bytes(case.data)
    result = CliRunner().invoke(main, ["preview", str(path), "--json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output[result.output.index("{"):])
    document = read(case)
    assert shown["title"] == document.meta.title == case.title
    assert [block["text"] for block in shown["body"]] == [block.text for block in document.blocks]


def test_a_mail_parts_own_language_comes_before_the_messages() -> None:
    from narrator.clean import clean
    from narrator.config import CleanSettings
    from narrator.model import Source

    body = ("The ferry leaves at seven every morning and comes back at six in the evening, as it always has.\n\n"
            "When the engine failed in January, the village raised the money for a new one in a week.\n")
    parted = ("From: Ann Lee <ann@example.com>\r\nSubject: Pier news\r\nMessage-ID: <1@example.com>\r\n"
              "Content-Language: en-US\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n"
              "\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Language: en-AU\r\n\r\n" + body
              + "\r\n--b--\r\n")
    assert clean(Source("pier.eml", parted.encode()), CleanSettings()).meta.language == "en-au"


def test_libreoffices_contents_and_two_author_paragraphs() -> None:
    from tests.documents import docx, p

    styles = (("Normal", "Default Paragraph Style"), ("Title", "Title"), ("Heading1", "Heading 1"),
              ("ContentsHeading", "Contents Heading"), ("Contents1", "Contents 1"), ("Author", "Author"))
    data = docx([p("Tide tables", "Title"), p("Mia Chen", "Author"), p("Tom Reilly", "Author"),
                 p("Table of Contents", "ContentsHeading"), p("Spring tides\t2", "Contents1"),
                 p("Neap tides\t3", "Contents1"), p("Spring tides", "Heading1"),
                 p("The highest tides come two days after the full moon."), p("Neap tides", "Heading1"),
                 p("The lowest come at the quarter moons.")], styles=styles, app="LibreOffice/24.2")
    from narrator.clean import clean
    from narrator.config import CleanSettings
    from narrator.model import Source

    document = clean(Source("tides.docx", data), CleanSettings())
    assert document.meta.authors == ("Mia Chen", "Tom Reilly")
    assert [block.text for block in document.blocks] == [
        "Spring tides", "The highest tides come two days after the full moon.", "Neap tides",
        "The lowest come at the quarter moons."]


def test_small_type_above_the_body_or_without_a_mark_is_no_footnote() -> None:
    from narrator.clean import clean
    from narrator.config import CleanSettings
    from narrator.model import Source
    from tests.test_clean_pdf import make_pdf, paragraph

    body = ["The harbour wall was finished on Friday, two weeks before the spring tides came in,",
            "and it cost less than the council had feared when the work began last autumn."]
    page = [(72, 720, 20, "The harbour wall"), (72, 690, 8, "3 boats were lost in the storm of 1953."),
            *paragraph(660, body), (72, 400, 8, "Photographs by Mia Chen, taken for the Harbour Board."),
            (72, 60, 8, "1 Minutes of the Harbour Board, 2 April 2025.")]
    spoken = " ".join(block.text for block in clean(Source("wall.pdf", make_pdf([page])), CleanSettings()).blocks)
    assert "3 boats were lost" in spoken and "Photographs by Mia Chen" in spoken
    assert "Minutes of the Harbour Board" not in spoken


def test_an_outlook_plain_text_forward_is_read_as_the_message_it_forwards() -> None:
    from narrator.clean import clean
    from narrator.config import CleanSettings
    from narrator.model import Source

    forwarded = ("FYI, worth reading before Thursday's meeting.\r\n\r\n-----Original Message-----\r\n"
                 "From: Morag Flett <morag@harbourtrust.example>\r\nSent: Monday, 30 November 2026 16:05\r\n"
                 "To: Members <members@harbourtrust.example>\r\nSubject: RE: Harbour wall repairs\r\n\r\n"
                 "The harbour wall was finished on Friday, two weeks before the spring tides came in.\r\n\r\n"
                 "I forwarded message after message to the council about it, and they paid in the end.\r\n")
    mail = ("From: Tom Reilly <tom@example.com>\r\nTo: Ann Lee <ann@example.com>\r\nSubject: FW: Harbour wall "
            "repairs\r\nDate: Tue, 1 Dec 2026 09:00:00 +0000\r\nMessage-ID: <fw1@example.com>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=us-ascii\r\n\r\n" + forwarded)
    document = clean(Source("fw.eml", mail.encode()), CleanSettings())
    assert (document.meta.title, document.meta.authors, document.meta.published) == (
        "Harbour wall repairs", ("Morag Flett",), "2026-11-30")
    spoken = " ".join(block.text for block in document.blocks)
    assert "harbourtrust.example" not in spoken and "Original Message" not in spoken and "Sent:" not in spoken
    assert "The harbour wall was finished" in spoken and "I forwarded message after message" in spoken


def test_a_title_page_names_its_author_but_a_name_over_a_page_of_text_is_read() -> None:
    from narrator.clean import clean
    from narrator.config import CleanSettings
    from narrator.model import Source
    from tests.test_clean_pdf import make_pdf, paragraph

    body = ["The harbour wall was finished on Friday, two weeks before the spring tides came in,",
            "and it cost less than the council had feared when the work began last autumn."]
    cover = [(150, 520, 26, "The Harbour Wall"), (150, 480, 13, "A report to the Harbour Board"),
             (150, 450, 12, "Mia Chen"), (150, 415, 12, "2 April 2025")]
    document = clean(Source("wall.pdf", make_pdf([cover, paragraph(700, body)])), CleanSettings())
    assert (document.meta.title, document.meta.authors, document.meta.published) == (
        "The Harbour Wall", ("Mia Chen",), "2025-04-02")
    assert [block.text for block in document.blocks] == ["A report to the Harbour Board", " ".join(body)]
    crowded = [(72, 720, 22, "The Harbour Wall"), (72, 690, 11, "Mia Chen"), *paragraph(660, body),
               *paragraph(620, body), *paragraph(580, body)]
    document = clean(Source("wall.pdf", make_pdf([crowded, paragraph(700, body)])), CleanSettings())
    assert document.meta.authors == () and document.blocks[0].text == "Mia Chen"


def test_mail_headers_written_in_eight_bit_bytes_are_read_as_their_characters() -> None:
    from narrator.clean import clean
    from narrator.config import CleanSettings
    from narrator.model import Source

    body = b"The caf\xc3\xa9 on the pier reopened on Friday after a winter of repairs, its owner said.\n"
    latin, utf8 = "Caf\xe9 news", "Ren\xe9e Fa\xefd"
    # an old program's Latin-1, then RFC 6532's UTF-8
    for subject, sender in ((latin.encode("latin-1"), utf8.encode("latin-1")), (latin.encode(), utf8.encode())):
        mail = (b"From: " + sender + b" <renee@example.org>\r\nSubject: " + subject + b"\r\nMessage-ID: <1@x>\r\n"
                b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body)
        document = clean(Source("cafe.eml", mail), CleanSettings())
        assert (document.meta.title, document.meta.authors) == ("Caf\xe9 news", ("Ren\xe9e Fa\xefd",))


def test_a_sentence_about_a_table_of_contents_is_read() -> None:
    from narrator.clean import clean
    from narrator.config import CleanSettings
    from narrator.model import Source
    from tests.documents import docx, p

    line = "The Table of Contents of the harbour report lists ten chapters, one for each pier."
    quote = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Quotes"/></w:docPartObj></w:sdtPr>'
             f'<w:sdtContent>{p("We never doubted it would sail again.")}</w:sdtContent></w:sdt>')
    document = clean(Source("report.docx", docx([p("The report", "Title"), p(line), quote])), CleanSettings())
    assert [block.text for block in document.blocks] == [line, "We never doubted it would sail again."]


def test_apple_mails_forward_with_a_blank_line_under_its_own_line_gives_its_header() -> None:
    from narrator.clean.archive import _forwarded

    text = ("Worth a read.\n\nBegin forwarded message:\n\nFrom: Mia Chen <mia@example.org>\nSubject: Tide tables\n"
            "Date: 2 April 2025 at 16:10:00 BST\nTo: Tom Reilly <tom@example.com>\n\nThe spring tides come early.\n")
    found = _forwarded(text)
    assert found is not None and found[2]["from"] == "Mia Chen <mia@example.org>"
    # the forwarder's note ("Worth a read.") is theirs, not the article's (test_clean_documents5's forward)
    assert " ".join(found[1].split()) == "The spring tides come early." and found[0].strip() == "Worth a read."
