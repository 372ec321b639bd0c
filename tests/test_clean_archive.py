"""clean on pages saved whole in one file: Chrome's MHTML and Safari's web archive are read as the page inside."""

from __future__ import annotations

import base64
import plistlib
import quopri
import time
from pathlib import Path

import pytest

from narrator.clean import clean
from narrator.clean.archive import unpack
from narrator.config import CleanSettings, IngestSettings
from narrator.errors import InputError
from narrator.ingest import expand
from narrator.ingest.read import read_file
from narrator.model import Format, Source

FIXTURES = Path(__file__).parent / "fixtures" / "clean"
PAGE = (FIXTURES / "article.html").read_bytes()  # names its own address (og:url)
NO_ADDRESS = (FIXTURES / "split-article.html").read_bytes()  # names none
BOUNDARY = "----MultipartBoundary--Vx9kq3ZlUo0S8yRcNtAm1bWe7fPj2hD4gXiLsK5aT6----"
STYLE = b".story p { font-family: Georgia, serif; margin: 0 0 1em; } nav a:hover { color: #c00; }"


def mhtml(page: bytes, address: str = "https://courier.example/news/village-bakery", *, encoding: str = "qp",
          charset: str = "", start: str = "", frame_first: bool = False) -> bytes:
    """A single-file page as Chrome writes it: mail headers, the page quoted-printable, a style sheet, an image."""
    if encoding == "qp":
        body, transfer = quopri.encodestring(page).decode("ascii"), "quoted-printable"
    else:
        body, transfer = base64.encodebytes(page).decode("ascii"), "base64"
    content_type = "text/html" + (f'; charset="{charset}"' if charset else "")
    main = (f"Content-Type: {content_type}\r\nContent-ID: <frame-6D1A@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: {transfer}\r\nContent-Location: {address}\r\n\r\n{body}\r\n")
    frame = ("Content-Type: text/html\r\nContent-ID: <frame-99F0@mhtml.blink>\r\n"
             "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
             "<html><body><p>Advertisement: win a holiday for two, click here now.</p></body></html>\r\n")
    css = (f"Content-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
           f"Content-Location: cid:css-1@mhtml.blink\r\n\r\n{STYLE.decode()}\r\n")
    image = ("Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
             "Content-Location: https://courier.example/images/bakery.png\r\n\r\n"
             + base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8).decode("ascii") + "\r\n")
    parts = [frame, main, css, image] if frame_first else [main, frame, css, image]
    start_param = f';\r\n\tstart="{start}"' if start else ""
    head = ("From: <Saved by Blink>\r\n"
            f"Snapshot-Content-Location: {address}\r\n"
            "Subject: How the village bakery survived the flour shortage\r\n"
            "Date: Thu, 3 Dec 2026 10:20:31 -0000\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n"
            '\ttype="text/html";\r\n'
            f'\tboundary="{BOUNDARY}"{start_param}\r\n\r\n\r\n')
    return (head + "".join(f"--{BOUNDARY}\r\n{part}" for part in parts) + f"--{BOUNDARY}--\r\n").encode("ascii")


def web_archive(page: bytes, address: str = "https://courier.example/news/village-bakery",
                encoding: str = "UTF-8") -> bytes:
    """A page as Safari saves it: a binary property list holding the page, its charset, address and images."""
    return plistlib.dumps({
        "WebMainResource": {"WebResourceData": page, "WebResourceFrameName": "", "WebResourceMIMEType": "text/html",
                            "WebResourceTextEncodingName": encoding, "WebResourceURL": address},
        "WebSubresources": [{"WebResourceData": b"\x89PNG\r\n\x1a\n", "WebResourceMIMEType": "image/png",
                             "WebResourceURL": "https://courier.example/images/bakery.png"}],
    }, fmt=plistlib.FMT_BINARY)


def read(data: bytes, origin: str = "story.mhtml", hint: Format = Format.AUTO) -> list[str]:
    """The article's block texts, the way narrate reads a file."""
    return [block.text for block in clean(Source(origin, data, hint), CleanSettings()).blocks]


def test_chrome_single_file_page_is_read_as_its_page() -> None:
    saved = mhtml(PAGE)
    document = clean(Source("story.mhtml", saved, Format.HTML), CleanSettings())
    direct = clean(Source("story.html", PAGE, Format.HTML), CleanSettings())
    assert [b.text for b in document.blocks] == [b.text for b in direct.blocks]
    assert document.meta.title == "How the village bakery survived the flour shortage"
    assert document.meta.authors == direct.meta.authors and document.meta.published == "2025-02-14"
    spoken = " ".join(b.text for b in document.blocks)
    for unwanted in ("font-family", "=3D", "MultipartBoundary", "Saved by Blink", "Advertisement", "PNG"):
        assert unwanted not in spoken


def test_single_file_page_gives_its_address_when_the_page_names_none() -> None:
    saved = mhtml(NO_ADDRESS, "https://islands.example/2024/lighthouse-keeper")
    document = clean(Source("keeper.mht", saved), CleanSettings())
    assert document.meta.url == "https://islands.example/2024/lighthouse-keeper"
    assert document.blocks[0].text.startswith("For almost a hundred years")


def test_a_saved_file_path_is_no_address() -> None:
    saved = mhtml(NO_ADDRESS, "file:///home/ann/Downloads/keeper.html")
    assert clean(Source("keeper.mhtml", saved), CleanSettings()).meta.url is None


def test_the_page_is_the_part_the_archive_starts_with_not_a_frame() -> None:
    assert "Advertisement" not in " ".join(read(mhtml(PAGE, start="<frame-6D1A@mhtml.blink>", frame_first=True)))
    # no start named: the part saved from the snapshot's address is the page, not a frame saved before it
    assert read(mhtml(PAGE, frame_first=True)) == read(PAGE, "story.html")


def test_base64_page_in_a_declared_charset() -> None:
    page = ("<html><head><title>Caf\xe9 society</title></head><body><article><h1>Caf\xe9 society</h1>"
            "<p>The caf\xe9 on the square reopened on Friday after a year of repairs, its owner said.</p>"
            "<p>Regulars queued from seven o\u2019clock for the first coffee and a slice of torte.</p>"
            "</article></body></html>").encode("cp1252")
    texts = read(mhtml(page, encoding="base64", charset="windows-1252"), "cafe.mht")
    assert texts[0] == "The caf\xe9 on the square reopened on Friday after a year of repairs, its owner said."
    assert "\u2019clock" in texts[1]


def test_safari_web_archive_is_read_as_its_page() -> None:
    document = clean(Source("keeper.webarchive", web_archive(NO_ADDRESS, "https://islands.example/keeper")),
                     CleanSettings())
    assert document.meta.url == "https://islands.example/keeper"
    assert document.blocks[0].text.startswith("For almost a hundred years")
    assert [b.text for b in document.blocks] == read(NO_ADDRESS, "keeper.html")


def test_web_archive_charset_is_used() -> None:
    page = "<html><body><article><p>Se\xf1ora Pe\xf1a opened the new library on the hill this morning.</p>" \
           "<p>It holds four thousand books, most of them given by families in the valley.</p></article></body></html>"
    texts = read(web_archive(page.encode("latin-1"), encoding="ISO-8859-1"), "library.webarchive")
    assert texts[0].startswith("Se\xf1ora Pe\xf1a opened")


@pytest.mark.parametrize(("data", "says"), [
    (mhtml(b"   "), "is an MHTML file that holds no web page"),
    (plistlib.dumps({"Name": "Ann", "Age": 7}, fmt=plistlib.FMT_BINARY),
     "is a property list, not a Safari web archive"),
    (b"bplist00" + b"\xff" * 64, "is a damaged property list"),
])
def test_a_saved_page_with_no_page_in_it_is_reported(data: bytes, says: str) -> None:
    with pytest.raises(InputError, match=says) as caught:
        clean(Source("saved.mhtml", data), CleanSettings())
    assert caught.value.origin == "saved.mhtml" and "save the page again" in str(caught.value.hint)


def test_a_text_with_mail_headers_that_is_no_archive_is_read_as_text() -> None:
    letter = (b"From: Ann Lee\nTo: The Editor\nSubject: The new bridge\n\n"
              b"Dear editor, the new bridge has made the walk to school safer for every child in the village.\n\n"
              b"It was worth the wait, and the noise, and the two years of detours along the river road.\n")
    assert unpack(Source("letter.txt", letter)).source.data == letter
    assert any(text.startswith("Dear editor") for text in read(letter, "letter.txt"))


def test_parts_nested_thousands_deep_are_reported_not_a_crash() -> None:
    depth = 3000
    head = 'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b0"\n\n'
    body = "".join(f'--b{i}\nContent-Type: multipart/related; boundary="b{i + 1}"\n\n' for i in range(depth))
    body += f"--b{depth}\nContent-Type: text/html\n\n<p>hi</p>\n" + "".join(f"--b{i}--\n" for i in range(depth, -1, -1))
    started = time.process_time()
    with pytest.raises(InputError, match="holds no web page"):
        clean(Source("deep.mhtml", (head + body).encode()), CleanSettings())
    assert time.process_time() - started < 10


def test_folders_and_files_of_saved_pages_are_articles(tmp_path: Path) -> None:
    saved = (("a.mhtml", mhtml(PAGE)), ("b.MHT", mhtml(NO_ADDRESS)), ("c.webarchive", web_archive(PAGE)),
             ("d.eml", saved_mail(LETTER_HTML, None)))
    for name, data in saved:
        (tmp_path / name).write_bytes(data)
    (tmp_path / "e.ods").write_bytes(b"PK\x03\x04")
    found = expand([str(tmp_path)])
    assert [Path(spec).name for spec in found] == ["a.mhtml", "b.MHT", "c.webarchive", "d.eml"]
    for spec in found:
        assert clean(read_file(spec, IngestSettings()), CleanSettings()).blocks


def test_a_saved_page_becomes_an_episode_linked_to_its_address(tmp_path: Path) -> None:
    import feedparser
    from click.testing import CliRunner

    from narrator.cli import main

    (tmp_path / "keeper.mhtml").write_bytes(mhtml(NO_ADDRESS, "https://islands.example/2024/lighthouse-keeper"))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["narrate", str(tmp_path), "--voice", "espeak", "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert not feed.bozo and len(feed.entries) == 1
    assert feed.entries[0].link == "https://islands.example/2024/lighthouse-keeper"
    transcript = " ".join(next((out / "episodes").glob("*.vtt")).read_text(encoding="utf-8").split())
    assert "For almost a hundred years" in transcript
    assert "font" not in transcript and "Advertisement" not in transcript


def saved_mail(html: str | None, plain: str | None, subject: str = "Fwd: The ferry that saved an island",
               sender: str = "Casey Rivera <casey@harbourletter.example>") -> bytes:
    """A newsletter as a mail program saves it (.eml): headers, a text and an HTML alternative, an attachment."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, "reader@example.com", subject
    message["Date"] = "Sat, 28 Nov 2026 07:30:00 +0000"
    message["Message-ID"] = "<20261128073000.4f1@harbourletter.example>"
    if plain is not None:
        message.set_content(plain)
    if html is not None:
        if plain is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    message.add_attachment(b"%PDF-1.7 the printable edition", maintype="application", subtype="pdf",
                           filename="edition.pdf")
    return bytes(message)


LETTER_HTML = ("<html><body><table><tr><td><div>"
               "<p>For forty years the ferry has left the pier at seven every morning, rain or shine.</p>"
               "<p>When the engine failed in January, the village raised the money in a week, and the baker gave "
               "bread to the crew while the garage gave fuel.</p>"
               "<p>It sailed again on March 3, a day early, with half the island on the pier.</p>"
               "</div></td></tr></table></body></html>")


def test_a_saved_newsletter_is_read_with_its_subject_sender_and_date() -> None:
    document = clean(Source("ferry.eml", saved_mail(LETTER_HTML, "the text alternative, not read")), CleanSettings())
    assert document.meta.title == "The ferry that saved an island"  # without "Fwd:"
    assert document.meta.authors == ("Casey Rivera",) and document.meta.published == "2026-11-28"
    spoken = " ".join(b.text for b in document.blocks)
    assert spoken.startswith("For forty years the ferry") and "the text alternative" not in spoken
    assert "PDF" not in spoken and "=" not in spoken


def test_a_plain_text_email_and_an_encoded_subject() -> None:
    plain = ("For forty years the ferry has left the pier at seven every morning, rain or shine.\n\n"
             "It sailed again on March 3, a day early.\n")
    data = saved_mail(None, plain, subject="=?utf-8?q?Re=3A_Caf=C3=A9_news_from_the_pier?=",
                      sender="=?utf-8?q?Ren=C3=A9e_Fa=C3=AFd?= <renee@example.org>")
    document = clean(Source("pier.eml", data), CleanSettings())
    assert document.meta.title == "Caf\xe9 news from the pier"
    assert document.meta.authors == ("Ren\xe9e Fa\xefd",)
    assert [b.text for b in document.blocks] == [
        "For forty years the ferry has left the pier at seven every morning, rain or shine.",
        "It sailed again on March 3, a day early."]


def test_an_email_with_no_text_says_so() -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["Subject"], message["Message-ID"] = "a@example.org", "Scan", "<1@example.org>"
    message.add_attachment(b"\x89PNG\r\n", maintype="image", subtype="png", filename="scan.png")
    with pytest.raises(InputError, match="is an email with no text in it"):
        clean(Source("scan.eml", bytes(message)), CleanSettings())


def test_an_email_with_a_picture_in_it_is_read_as_an_email() -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["Subject"] = "Casey Rivera <casey@harbourletter.example>", "The ferry that saved an island"
    message["Date"], message["Message-ID"] = "Sat, 28 Nov 2026 07:30:00 +0000", "<7@harbourletter.example>"
    picture = '<table><tr><td><img src="cid:ferry"></td></tr>'
    message.set_content(LETTER_HTML.replace("<table>", picture), subtype="html")
    message.add_related(b"\x89PNG\r\n\x1a\n", maintype="image", subtype="png", cid="<ferry>")
    data = bytes(message)
    assert b"multipart/related" in data.split(b"\n\n", 1)[0]  # as a mail program sends a letter with a picture
    document = clean(Source("ferry.eml", data), CleanSettings())
    assert document.meta.title == "The ferry that saved an island"
    assert document.meta.authors == ("Casey Rivera",) and document.meta.published == "2026-11-28"
