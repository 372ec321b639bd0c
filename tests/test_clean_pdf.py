"""clean on a PDF: its text boxes read like a page saved as text, page furniture left out, broken words mended."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean import clean, pdf
from narrator.config import CleanSettings
from narrator.errors import InputError
from narrator.ingest import expand
from narrator.model import Document, Source

Line = tuple[float, float, float, str]  # x, y (from the bottom), type size, text


def _escaped(text: str) -> bytes:
    """A PDF string literal's body in WinAnsi."""
    return text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages: list[list[Line]], title: str = "") -> bytes:
    """A PDF as a word processor writes one: Helvetica text placed line by line, with a correct cross-reference, and
    the document's own title when given (a browser names a printout after the page's <title>)."""
    objects: list[bytes] = []
    count = len(pages)
    kids = " ".join(f"{3 + 2 * n} 0 R" for n in range(count))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode())
    font = 3 + 2 * count
    for n, lines in enumerate(pages):
        stream = b"".join(b"BT /F1 %.1f Tf %.1f %.1f Td (%s) Tj ET\n" % (size, x, y, _escaped(text))
                          for x, y, size, text in lines)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R"
                       f" >> >> /Contents {4 + 2 * n} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n%sendstream" % (len(stream), stream))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    info = b""
    if title:
        objects.append(b"<< /Title (%s) /Producer (Skia/PDF) >>" % _escaped(title))
        info = b" /Info %d 0 R" % len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, info, xref)
    return bytes(out)


def paragraph(top: float, lines: list[str], size: float = 11) -> list[Line]:
    """A paragraph's lines, set one under another from top."""
    return [(72, top - n * size * 1.3, size, text) for n, text in enumerate(lines)]


def report() -> bytes:
    """A two-page report: title, byline, paragraphs with broken words, a heading, running heads and page numbers."""
    first = [
        (72, 760, 9, "Harbour Report 2026"), (300, 40, 9, "Page 1 of 2"),
        (72, 700, 24, "The ferry that saved an island"),
        (72, 670, 11, "By Ann Lee"),
        *paragraph(640, ["For forty years the ferry has left the pier at seven every morning, rain or",
                         "shine, and the whole island sets its clocks by the sound of its horn. The infor-",
                         "mation board on the pier has never once been wrong about it."]),
        *paragraph(580, ["When the engine failed in January, the village raised the money in a week. The well-",
                         "known baker gave bread to the crew and the garage gave the fuel."]),
    ]
    second = [
        (72, 760, 9, "Harbour Report 2026"), (300, 40, 9, "Page 2 of 2"),
        (72, 700, 15, "The first winter"),
        *paragraph(670, ["It sailed again on March 3, a day early, with half the island on the pier to",
                         "watch it go, and the skipper said he had never doubted that it would."]),
    ]
    return make_pdf([first, second])


def read(data: bytes, origin: str = "report.pdf") -> Document:
    return clean(Source(origin, data), CleanSettings())


def test_a_report_is_read_with_its_title_and_byline_and_without_its_page_furniture() -> None:
    document = read(report())
    assert document.meta.title == "The ferry that saved an island"
    assert document.meta.authors == ("Ann Lee",)
    texts = [block.text for block in document.blocks]
    assert texts[0] == ("For forty years the ferry has left the pier at seven every morning, rain or shine, and the"
                        " whole island sets its clocks by the sound of its horn. The information board on the pier"
                        " has never once been wrong about it.")  # "infor-" "mation": one word again
    assert "The well-known baker gave bread" in texts[1]  # a compound keeps its hyphen
    assert "The first winter" in texts and texts[-1].startswith("It sailed again on March 3")
    spoken = " ".join(texts)
    assert "Harbour Report" not in spoken and "Page" not in spoken


def test_a_browser_printout_loses_its_printed_date_address_and_page_count() -> None:
    header = [(30, 770, 8, "12/3/26, 10:56 AM"), (250, 770, 8, "The ferry that saved an island - The Courier"),
              (30, 20, 8, "https://courier.example/news/ferry"), (560, 20, 8, "1/1")]
    body = [(72, 700, 20, "The ferry that saved an island"),
            *paragraph(660, ["For forty years the ferry has left the pier at seven every morning, rain or",
                             "shine, and the whole island sets its clocks by the sound of its horn."]),
            *paragraph(610, ["It sailed again on March 3, a day early, with half the island on the pier."])]
    document = read(make_pdf([header + body]))
    spoken = " ".join(block.text for block in document.blocks)
    assert spoken.startswith("For forty years") and spoken.endswith("with half the island on the pier.")
    for furniture in ("AM", "https", "1/1", "The Courier"):
        assert furniture not in spoken


def test_a_printout_is_titled_by_its_headline_after_pages_of_menus() -> None:
    menu = [(72, 740 - 30 * n, 11, item) for n, item in enumerate(
        ["Home", "News", "Sport", "Weather", "Business", "Opinion", "Culture", "Travel", "Newsletters"])]
    first = [(72, 760, 26, "MORE IN HARBOUR NEWS"), *menu]  # a section's banner, in the largest type of page one
    second = [(72, 700, 22, "The ferry that saved an island"),
              *paragraph(660, ["For forty years the ferry has left the pier at seven every morning, rain or",
                               "shine, and the whole island sets its clocks by the sound of its horn."]),
              (72, 600, 60, "W"),  # a drop cap, in the largest type of all
              *paragraph(600, ["hen the engine failed in January, the village raised the money in a week, and",
                               "the baker gave bread to the crew while the garage gave the fuel."])]
    printed = make_pdf([first, second], title="The ferry that saved an island | The Courier")
    assert read(printed).meta.title == "The ferry that saved an island"
    assert read(make_pdf([second])).meta.title == "The ferry that saved an island"  # no name: the largest words


def test_a_pdf_with_no_text_is_called_a_scan() -> None:
    with pytest.raises(InputError, match=r"is a PDF with no text in it \(a scan") as caught:
        read(make_pdf([[]]))
    assert "OCR" in str(caught.value.hint)


def test_a_damaged_pdf_says_what_to_do() -> None:
    with pytest.raises(InputError, match="is a PDF narrator cannot read") as caught:
        read(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    assert "print it to a new PDF" in str(caught.value.hint)


def test_a_pdf_locked_with_a_password_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "_laid_out", lambda source: {"error": "locked"})  # what the layout process answers
    with pytest.raises(InputError, match="is a PDF locked with a password"):
        read(report())


def pdf_bomb(inflated: int) -> bytes:
    """A page whose content stream is a few hundred kilobytes that inflate to `inflated` bytes."""
    import zlib

    packer, chunk = zlib.compressobj(9), b" " * 1_000_000
    stream = b"".join(packer.compress(chunk) for _ in range(inflated // len(chunk))) + packer.flush()
    body = make_pdf([[(72, 700, 11, "Hello")]])
    # swap the page's small content stream for the bomb, with a cross-reference pdfminer rebuilds when off
    start = body.index(b"<< /Length")
    end = body.index(b"endstream", start) + len(b"endstream")
    return body[:start] + b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (
        len(stream), stream) + body[end:]


def test_a_pdf_bomb_is_refused_and_narrator_lives_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "MAX_MEMORY_BYTES", 250_000_000)  # the layout process's cap, low to keep this quick
    with pytest.raises(InputError, match="unpack to more than narrator will hold in memory"):
        read(pdf_bomb(400_000_000))


def test_folders_pick_up_pdfs(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(report())
    assert [Path(spec).name for spec in expand([str(tmp_path)])] == ["report.pdf"]


def test_a_pdf_becomes_an_episode(tmp_path: Path) -> None:
    import feedparser
    from click.testing import CliRunner

    from narrator.cli import main

    (tmp_path / "report.pdf").write_bytes(report())
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["narrate", str(tmp_path / "report.pdf"), "--voice", "espeak", "-o", str(out),
                                       "--quiet"])
    assert result.exit_code == 0, result.output
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert not feed.bozo and [entry.title for entry in feed.entries] == ["The ferry that saved an island"]


def test_a_layout_process_that_fails_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    def broken(*args: object, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
        said = b"Traceback ...\nModuleNotFoundError: No module named 'pdfminer'\n"
        return subprocess.CompletedProcess([], 1, b"", said)

    monkeypatch.setattr(subprocess, "run", broken)
    with pytest.raises(InputError, match="cannot read \\(ModuleNotFoundError: No module named 'pdfminer'\\)"):
        read(report())
