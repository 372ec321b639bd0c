"""The article's language and region from every place a page declares them (issue #10), on pages of our own written
for the third check (tests/fixtures/lang3/): <html lang>, xml:lang, <body lang>, <article lang>, the content-language
pragma, og:locale, JSON-LD inLanguage, the HTTP Content-Language header and the feed's language; hreflang alternates
are other pages' languages. The text decides the language; a declaration that agrees with it may still give the region.

Each page's expected tag and warning were written before narrator read it.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from narrator.clean import clean
from narrator.config import CleanSettings, IngestSettings
from narrator.ingest import ingest
from narrator.model import Format, Source
from tests.languages import read_declared

FIXTURES = Path(__file__).parent / "fixtures" / "lang3"


@pytest.mark.parametrize(("name", "header", "feed", "language", "warned"), [
    # no declaration: the words alone, without a region
    ("nolang_text-en.html", "", "", "en", False),
    ("nolang_text-de.html", "", "", "de", False),
    # each place a page declares its language in, alone
    ("html-en-gb.html", "", "", "en-gb", False),
    ("xhtml-xml-lang-en-gb.html", "", "", "en-gb", False),
    ("equiv-en-gb_nolang.html", "", "", "en-gb", False),
    ("ld-en-gb_nolang.html", "", "", "en-gb", False),
    ("ld-language-object-de-ch_nolang.html", "", "", "de-ch", False),
    ("header-fr-ca_nolang.html", "fr-CA", "", "fr-ca", False),
    ("html-de-ch.html", "", "", "de-ch", False),
    ("html-pt-br.html", "", "", "pt-br", False),
    ("html-pt-pt.html", "", "", "pt-pt", False),
    ("microdata-inlanguage-en-gb_nolang.html", "", "", "en-gb", False),  # <meta itemprop="inLanguage">
    ("dc-language-fr-ca_html-fr.html", "", "", "fr-ca", False),  # Dublin Core's <meta name="DC.language">
    ("review-of-french-book_html-en-gb.html", "", "", "en-gb", False),  # a microdata inLanguage is the book's
    # the region from a second place, where the first gives the language alone
    ("html-de_ld-de-ch.html", "", "", "de-ch", False),
    ("html-fr_og-fr-ca.html", "", "", "fr-ca", False),
    ("html-pt_og-pt-br.html", "", "", "pt-br", False),
    ("header-en-gb_html-en.html", "en-GB", "", "en-gb", False),
    ("feed-en-gb_html-en.html", "", "en-GB", "en-gb", False),
    # the article's own element and the body come before the template's <html>
    ("html-en_article-fr-ca.html", "", "", "fr-ca", False),
    ("html-en-gb_article-de.html", "", "", "de", False),
    ("html-en-us_body-en-au.html", "", "", "en-au", False),
    # en-US is what software says when nobody chose (WordPress, og:locale's default): another English region wins
    ("wordpress_html-en-us_og-en-gb.html", "", "", "en-gb", False),
    ("html-en-us_ld-en-au.html", "", "", "en-au", False),
    ("html-en-us_og-en-us_text-en-us.html", "", "", "en-us", False),
    ("html-fr-ca_og-en-us_text-fr.html", "", "", "fr-ca", False),
    # hreflang names the other editions' languages, not this page's
    ("hreflang-alternates_nolang_text-en.html", "", "", "en", False),
    ("hreflang-en-gb_html-en-us.html", "", "", "en-us", False),
    # a wrong declaration gives way to the text, with a warning; one that agrees with the text still gives the region
    ("html-de-de_text-en.html", "", "", "en", True),
    ("html-de_og-en-gb_text-en.html", "", "", "en-gb", True),
    ("header-en-au_html-de_text-en.html", "en-AU", "", "en-au", True),
    ("header-de-de_nolang_text-en.html", "de-DE", "", "en", True),
    ("html-de-de_text-en.html", "", "en-GB", "en-gb", True),  # the feed's region, the page's language overruled
    ("html-de-de_text-en.html", "en-AU", "en-GB", "en-au", True),  # the server's before the feed's
    ("html-de_ld-en-gb_text-en.html", "", "", "en-gb", False),  # inLanguage is the article's, before the template's
    # a header naming two languages names the audiences, not the page's language
    ("header-two-languages_nolang_text-en.html", "de, en", "", "en", False),
    # a Spanish article quoting English, and a Welsh and English page: the declaration stands, the words are mixed
    ("es-quoting-en_html-es-mx.html", "", "", "es-mx", False),
    ("es-quoting-en_nolang.html", "", "", "es", False),
    ("cy-en-bilingual_html-cy.html", "", "", "cy", False),
    ("cy-en-bilingual_html-en-gb.html", "", "", "en-gb", False),
    # WordPress's default en-US over a British blog's words (colourful, neighbourhood, favourite)
    ("wordpress_html-en-us_british-text.html", "", "", "en-gb", False),
])
def test_the_language_and_region_of_our_own_pages(name: str, header: str, feed: str, language: str, warned: bool,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    document, warning = read_declared(FIXTURES / name, caplog, header, feed)
    assert (document.meta.language, warning) == (language, warned)


class _Server(http.server.BaseHTTPRequestHandler):
    """One of our pages, with the Content-Language header its path names ("/en-AU/page.html")."""

    def log_message(self, format: str, *args: object) -> None:  # keep pytest output clean
        pass

    def do_GET(self) -> None:
        header, _, name = self.path.strip("/").partition("/")
        body = (FIXTURES / name).read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Language", header)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Server)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(("path", "language"), [
    ("/en-AU/header-en-au_html-de_text-en.html", "en-au"),  # the region of the language the text is in
    ("/fr-CA/header-fr-ca_nolang.html", "fr-ca"),
    ("/en-GB/html-en-gb_article-de.html", "de"),  # the article's own lang before the server's
])
def test_a_fetched_pages_content_language_header_reaches_clean(server: str, path: str, language: str) -> None:
    source = ingest(server + path, IngestSettings(timeout_s=5.0))
    assert clean(source, CleanSettings()).meta.language == language


@pytest.mark.parametrize(("words", "language"), [
    ("The colour of the harbour wall and the centre of the town were her favourite subjects.", "en-gb"),
    ("The colour of the harbour wall and the center of the town were her favourite subjects.", "en-us"),  # mixed
    ("The Labour Party met at the Lincoln Center in Pearl Harbor for the laboratory's honorary dinner.", "en-us"),
    ("The colour of the wall was her favourite.", "en-us"),  # two are not enough
])
def test_english_declared_as_en_us_by_default_is_british_when_its_words_are_spelled_so(words: str,
                                                                                       language: str) -> None:
    filler = "People came from all over the region to see it, and many of them stayed until it was dark. "
    page = f"<html lang='en-US'><body><article><h1>Walls</h1><p>{words} {filler * 2}</p></article></body></html>"
    assert clean(Source("a.html", page.encode(), Format.HTML), CleanSettings()).meta.language == language
