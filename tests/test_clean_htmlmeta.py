"""Article metadata from HTML: titles without the site's name, and authors from JSON-LD graphs and markup."""

from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from narrator.clean.common import split_authors
from narrator.clean.htmlmeta import page_metadata


def _meta(head: str, body: str) -> tuple[str, tuple[str, ...]]:
    """Title and authors narrator reads from a page."""
    root = lxml_html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    found = page_metadata(root, "fallback", None)
    return found.title, found.authors


@pytest.mark.parametrize(("head", "body", "title"), [
    # A menu's heading is not the headline; the page title is.
    ("<title>Harbour News Daily</title>", "<nav><h1>Sections</h1></nav><p>Text.</p>", "Harbour News Daily"),
    # The site's name links home; the page title puts it first, then the headline.
    ("<title>Quay Notes » Blog Archive » Why the tide came in late</title>",
     "<h1><a href='https://quay.example/'>Quay Notes</a></h1><p>Text.</p>", "Why the tide came in late"),
    # og:title with the site's name after it, and an h1 with the headline alone.
    ("<meta property='og:title' content='Chapter 1: Low Water - Quay Notes'>",
     "<h1>Chapter 1: Low Water</h1>", "Chapter 1: Low Water"),
    # A known site name at the end is cut, even when it is longer than the headline.
    ("<meta property='og:site_name' content='The Harbour Gazette of the North'>"
     "<title>Tides - The Harbour Gazette of the North</title>", "<p>Text.</p>", "Tides"),
    # A short headline in the h1 beats a <title> suffix that is longer than it.
    ("<title>Penny - Harbour Town Wiki</title>", "<h1>Penny</h1>", "Penny"),
])
def test_title_without_the_site_name(head: str, body: str, title: str) -> None:
    assert _meta(head, body)[0] == title


def test_author_referenced_by_id_in_a_json_ld_graph() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": "#article", "headline": "Tides", "author": {"@id": "#/person/1"}},
        {"@type": "Person", "@id": "#/person/1", "name": "Ana Lima"},
    ]}
    head = f"<script type='application/ld+json'>{json.dumps(graph)}</script>"
    assert _meta(head, "<p>Text.</p>") == ("Tides", ("Ana Lima",))


def test_lone_person_of_a_page_graph_is_the_author() -> None:
    graph = {"@graph": [{"@type": "WebPage", "@id": "#page", "name": "Tides"},
                        {"@type": "Person", "@id": "#/person/2", "name": "Ben Ortiz"}]}
    head = f"<script type='application/ld+json'>{json.dumps(graph)}</script>"
    assert _meta(head, "<p>Text.</p>")[1] == ("Ben Ortiz",)


def test_byline_marked_by_a_test_id_is_parsed_like_a_byline_line() -> None:
    body = ("<h1>Tides</h1><div data-testid='prism-byline'><span>By</span><span><a href='/team/ana'>Ana Lima</a>"
            "</span><span>Thursday, November 9, 2023 4:41AM</span></div><p>Text.</p>")
    assert _meta("", body)[1] == ("Ana Lima",)


def test_byline_markup_is_read_and_form_labels_are_not() -> None:
    body = "<h1>Tides</h1><div class='post-author'><span>Author: </span><span>Carla Mendes</span></div><p>Text.</p>"
    assert _meta("", body)[1] == ("Carla Mendes",)
    label = "<h1>Tides</h1><form><label class='author'>Name</label><input name='author'></form>"
    assert _meta("", label)[1] == ()


@pytest.mark.parametrize("box", [
    "<div class='meta'><h4>Autor</h4><p><a href='/profil/ana-lima'>Ana Lima</a><b>, </b></p></div>",
    "<div class='info'><span class='label'>Datum:</span> 19.11.2021<br><span class='label'>Autor:</span> Ana Lima<br>"
    "</div>",
    "<footer><ul><li><span>Author: </span><span>Ana Lima</span></li><li><span>Published: </span></li></ul></footer>",
])
def test_the_name_after_an_author_label_in_a_meta_box_is_the_author(box: str) -> None:
    """A page with no byline markup, declared author or "By" prints "Autor" or "Author:" before the name."""
    assert _meta("", f"<h1>Tides</h1><p>Text of the story.</p>{box}")[1] == ("Ana Lima",)
    assert _meta("", "<h1>Tides</h1><p>Text.</p><div><span>Author:</span> <span>unknown</span></div>")[1] == ()


@pytest.mark.parametrize(("byline", "names"), [
    ("Author Daniel Lemire", ("Daniel Lemire",)),
    ("View all posts by Ana Lima", ("Ana Lima",)),
    ("Recipe by Eat Well Tonight", ("Eat Well Tonight",)),
    ("By\nAdam Aaronson\nHarbour Staff", ("Adam Aaronson",)),  # the outlet's staff line is no second author
    ("By A. Writer and B. Editor", ("A. Writer", "B. Editor")),
    ("By TOM KRISHER and AP", ("Tom Krisher",)),
    ("Rob Picheta, CNN", ("Rob Picheta",)),
    ("By AP", ("AP",)),
])
def test_byline_prefixes_and_line_breaks(byline: str, names: tuple[str, ...]) -> None:
    assert split_authors(byline) == names


def _published(head: str, body: str = "<p>Text.</p>") -> str | None:
    """The publication day narrator reads from a page."""
    root = lxml_html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    return page_metadata(root, "fallback", None).published


def test_declared_timestamps_with_a_time_are_read() -> None:
    assert _published("<meta property='article:published_time' content='2023-11-06T08:00:15-08:00'>") == "2023-11-06"


def test_utc_timestamp_on_the_next_day_gives_the_day_the_page_shows() -> None:
    stamp = "<meta property='article:published_time' content='2023-11-09T05:30:59+00:00'>"
    evening = "<link rel='canonical' href='https://news.example/2023/11/08/tides-turn/'>"
    assert _published(stamp + evening) == "2023-11-08"
    week_before = "<link rel='canonical' href='https://news.example/2023/11/01/tides-turn/'>"
    assert _published(stamp + week_before) == "2023-11-09"  # a week off is another date, not the same evening
    assert _published(stamp.replace("+00:00", "-06:00") + evening) == "2023-11-09"  # a local time is kept


def test_a_bare_year_in_the_text_is_not_a_publication_day() -> None:
    assert _published("", "<h1>Tides</h1><p>Text.</p><footer>Copyright 1996</footer>") is None


@pytest.mark.parametrize(("body", "published"), [
    ("<p class='byline'>By Jo Park | Dec. 2, 2024, 7:45 a.m. ET</p>", "2024-12-02"),
    ("<div class='article-meta'><span>Jo Park</span> <span class='pub-date'>3 March 2023</span></div>", "2023-03-03"),
    ("<div class='timestamp'>Updated 2 hours ago</div>", None),  # no day written
    ("<div class='story-date'>" + "A section of the page, not a line. " * 8 + "March 3, 2023</div>", None),
])
def test_a_date_written_in_the_byline_is_read_when_the_markup_declares_none(body: str, published: str | None) -> None:
    assert _published("", f"<h1>Tides</h1>{body}<p>Text.</p>") == published


@pytest.mark.parametrize(("lang", "language"), [("en-GB", "en-gb"), ("pt_BR", "pt-br"), ("de", "de"),
                                                ("eng", "en"), ("x", "")])  # ISO 639-2 "eng" is English
def test_declared_language_keeps_its_region_and_unknown_codes_are_left_to_the_guess(lang: str, language: str) -> None:
    root = lxml_html.document_fromstring(f"<html lang='{lang}'><body><p>Text.</p></body></html>")
    assert page_metadata(root, "fallback", None).language == language


@pytest.mark.parametrize(("head", "byline", "authors"), [
    # the head names the first author, the byline both: both are read
    ("<meta name='author' content='Maria Chen'>", "By Maria Chen and Tom Alvarez · Updated Nov. 21, 2026",
     ("Maria Chen", "Tom Alvarez")),
    # a byline that adds the site's name adds no author
    ("<meta name='author' content='Bob Yirka'>", "by Bob Yirka , Phys.org", ("Bob Yirka",)),
    # a byline naming someone else does not override the head
    ("<meta name='author' content='Ann Lee'>", "By Bo Chan and Di Ross", ("Ann Lee",)),
])
def test_a_byline_naming_more_authors_than_the_head_is_read(head: str, byline: str,
                                                           authors: tuple[str, ...]) -> None:
    assert _meta(f"<title>Winter bills</title>{head}", f"<h1>Winter bills</h1><p class='byline'>{byline}</p>"
                 "<p>Text.</p>")[1] == authors
