"""HTML of platforms and page features nobody had tried (tests/fixtures/pages11, issue #10): page builders and block
themes (Twenty Twenty-Four, Elementor, Divi), hosted blogs (Blogger's Contempo, Ghost's Casper, Substack and Medium on
their own domains, Micro.blog, WriteFreely, Mataroa), link sites and forums (Hacker News, Lobsters, Discourse with a
poll, a Stack Exchange site), wikis (a MediaWiki with an infobox and a navbox, Wikinews), news sites (data-component,
data-testid, an AP-like story, Arc, BLOX, Brightspot's live blog, an English edition of a Japanese paper), public
bodies (GOV.UK guidance, a US press release, a university on Drupal), preprints (arXiv's abstract page, bioRxiv) and
script-built sites (Next.js's App Router, Nuxt 2's state in a function call), and the features of their pages: ads
between sections, an "Advertisement" label every few paragraphs, author bios with "More from this author", a "Most
read" list inside <article>, a paywall teaser whose rest is in JSON-LD, hidden blocks, <picture> credits, a map embed,
a poll, a table of figures, a <dl> fact box, <ruby>, <bdi>/<bdo>, emoji-only lines and a live update list. Each page's
title, author, date and lines were written down before the cleaner first ran on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.errors import NarratorError
from narrator.model import Document, Format, Source
from tests.pages6 import check_reading, page_names, read_page

FIXTURES = Path(__file__).parent / "fixtures" / "pages11"
PAGES = page_names(FIXTURES)


def _document(page: str) -> Document:
    return clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())


def _read(page: str) -> list[str]:
    return [b.text for b in _document(page).blocks]


_QUAY = ("The quay at Porthleven was rebuilt in granite after the storm of 1824, and the harbour master's house above "
         "it still has the brass tide gauge in its porch.")
_NETS = "The net lofts along the east side became studios in the 1970s, and two of them are still let to painters."
_CHAPEL = "The chapel on the green was a sail loft first, and the beam that held the block and tackle is over the door."


def _page(body: str, title: str = "The quay", head: str = "") -> str:
    return (f"<html><head><title>{title}</title><meta property='og:title' content='{title}'>{head}</head><body>{body}"
            "</body></html>")


# --- skip links loose beside a box's blocks ---------------------------------------------------------------------------

def test_skip_links_loose_beside_an_articles_blocks_do_not_run_it_into_one_paragraph() -> None:
    """A wiki sets its "Jump to navigation" links loose in the box that holds the article: the extractor read the box
    as one paragraph with its own text, headings and all."""
    page = _page("<div id='content' role='main'><h1>The quay</h1><div id='body'><a href='#nav'>Jump to navigation</a>"
                 f"\n<a href='#search'>Jump to search</a><div id='text'><p>{_QUAY}</p><h2>The lofts</h2><p>{_NETS}</p>"
                 f"<h2>The chapel</h2><p>{_CHAPEL}</p></div></div></div>")
    assert _read(page) == [_QUAY, "The lofts", _NETS, "The chapel", _CHAPEL]


# --- ruby -----------------------------------------------------------------------------------------------------------

_SHRINE = "The festival at {} shrine is held on the first Sunday after the spring tide, when the boats are blessed."


@pytest.mark.parametrize(("ruby", "read"), [
    ("<ruby>厳島<rp>(</rp><rt>Itsukushima</rt><rp>)</rp></ruby>", "Itsukushima"),
    ("<ruby>厳<rt>itsu</rt>島<rt>kushima</rt></ruby>", "itsu kushima"),
    ("<ruby>厳島<rp>（</rp><rt>いつくしま</rt><rp>）</rp></ruby>", "厳島"),
    ("<ruby>Itsukushima<rt>厳島</rt></ruby>", "Itsukushima"),
])
def test_a_ruby_is_read_once_by_its_latin_reading_or_its_base(ruby: str, read: str) -> None:
    """An English edition sets a name's romanised reading over it in <ruby>: the base, the brackets and the reading
    were read run together ("厳島(Itsukushima)"), and a Japanese reading doubled its word."""
    page = _page(f"<main><h1>The quay</h1><p>{_QUAY}</p><p>{_SHRINE.format(ruby)}</p><p>{_NETS}</p></main>")
    assert _read(page) == [_QUAY, _SHRINE.format(read), _NETS]


# --- a paywall's teaser, the whole story declared ---------------------------------------------------------------------

_GAUGE = ("The gauge was made in Falmouth in 1861 and has been read every morning since, by the harbour master or, "
          "in the war years, by his wife, and the readings fill forty ledgers in the museum.")


def _declared(body: str) -> str:
    data = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "The quay",
                       "isAccessibleForFree": False, "articleBody": body})
    return f"<script type='application/ld+json'>{data}</script>"


def test_a_teasers_story_is_read_on_from_its_declared_body() -> None:
    """A paywalled news page shows two paragraphs and a subscription box, and declares the whole story in its
    JSON-LD articleBody: the story stopped at its second paragraph."""
    teaser = (f"<main><article><h1>The quay</h1><p>{_QUAY}</p><p>{_NETS}</p><div class='paywall'><h3>Continue "
              "reading with a subscription</h3><a href='/subscribe'>Subscribe now</a></div></article></main>")
    page = _page(teaser, head=_declared(f"{_QUAY} {_NETS} {_CHAPEL} {_GAUGE}"))
    assert _read(page) == [_QUAY, _NETS, f"{_CHAPEL} {_GAUGE}"]


@pytest.mark.parametrize("body", [f"{_QUAY} {_NETS} {_CHAPEL} {_GAUGE}", f"{_CHAPEL} {_GAUGE} {_QUAY} {_NETS}"])
def test_a_story_whose_markup_is_whole_or_elsewhere_in_its_declared_body_is_read_as_marked(body: str) -> None:
    page = _page(f"<main><article><h1>The quay</h1><p>{_QUAY}</p><p>{_NETS}</p><p>{_CHAPEL}</p><p>{_GAUGE}</p>"
                 "</article></main>", head=_declared(body))
    assert _read(page) == [_QUAY, _NETS, _CHAPEL, _GAUGE]


# --- a line of when the story was published and updated ---------------------------------------------------------------

@pytest.mark.parametrize("stamp", [
    "PUBLISHED: October 8, 2024 at 6:15 PM EDT | UPDATED: October 9, 2024 at 7:02 AM EDT",
    "Published 8 October 2024, last updated 9 October 2024 at 07:02 BST",
    "Updated: 3:12 p.m. EDT Tuesday, August 6, 2024", "[Submitted on 3 Jun 2024]"])
def test_a_line_that_only_stamps_the_storys_times_is_not_read(stamp: str) -> None:
    """A regional paper's CMS sets its published and updated times in a line of their own under the byline."""
    page = _page(f"<main><h1>The quay</h1><div class='date'>{stamp}</div><p>{_QUAY}</p><p>{_NETS}</p><p>{_CHAPEL}</p>"
                 "</main>")
    assert _read(page) == [_QUAY, _NETS, _CHAPEL]


@pytest.mark.parametrize("line", ["Published in 1824, the chart was the first to show the new quay.",
                                  "Updated on 9 October 2024 with the council's reply."])
def test_a_sentence_about_a_publication_or_an_update_is_read(line: str) -> None:
    page = _page(f"<main><h1>The quay</h1><p>{_QUAY}</p><p>{line}</p><p>{_NETS}</p><p>{_CHAPEL}</p></main>")
    assert line in _read(page)


# --- Nuxt 2's state: a function called on its shared values ---------------------------------------------------------

def _nuxt2(state: str) -> str:
    shell = ("<div id='__nuxt'><div id='__layout'><header><a href='/'>Harbour Notes</a></header><main><div "
             "class='skeleton'></div></main></div></div>")
    return _page(f"{shell}<script>window.__NUXT__=(function(a,b,c){{return {state}}}(\"paragraph\",\"heading\","
                 "null));</script><script src='/_nuxt/app.js' defer></script>")


def test_a_story_only_in_nuxt_2s_state_is_read() -> None:
    """Nuxt 2 writes its state as JavaScript, a function called on the values its data shares (keys unquoted, the
    values named by its parameters), not JSON: a page whose story lived only there had no article."""
    state = (f"{{layout:\"default\",data:[{{post:{{title:\"The quay\",author:{{name:'Ann Trist'}},body:[{{type:a,"
             f"text:\"{_QUAY}\"}},{{type:b,text:\"The lofts\"}},{{type:a,text:\"{_NETS}\"}},{{type:a,text:"
             f"\"{_CHAPEL}\"}}],draft:!1,cover:c,views:1.2e3}}}}],serverRendered:!0,routePath:\"\\u002Fquay\"}}")
    document = _document(_nuxt2(state))
    assert ([b.text for b in document.blocks], document.meta.byline) == ([_QUAY, "The lofts", _NETS, _CHAPEL],
                                                                         "Ann Trist")


def test_a_nuxt_2_state_whose_function_assigns_before_it_returns_is_read() -> None:
    """devalue writes a value the state shares or nests in itself as assignments before the return ("b.name=...;")."""
    body = f"[\"{_QUAY}\",\"{_NETS}\",\"{_CHAPEL}\"]"
    script = (f"window.__NUXT__=(function(a,b){{b.title=\"The quay\";b.paragraphs={body};return {{layout:a,data:[{{"
              f"page:b}}]}}}}(\"default\",{{}}));")
    page = _page(f"<div id='__nuxt'><main><div class='skeleton'></div></main></div><script>{script}</script>")
    assert _read(page) == [_QUAY, _NETS, _CHAPEL]


@pytest.mark.parametrize("state", ["{layout:\"default\",data:[{post:new Date(0)}]}", "{layout:\"default\",data:[{",
                                   "{data:[{post:{title:d}}]}"])
def test_a_nuxt_2_state_this_reader_cannot_read_leaves_the_page_as_it_was(state: str) -> None:
    with pytest.raises(NarratorError):
        _document(_nuxt2(state))


# --- a live blog's updates in a list ------------------------------------------------------------------------------

def test_a_list_of_dated_entries_is_read_as_headings_and_paragraphs() -> None:
    """A live blog (Brightspot) lists its updates in a <ul>, each a time, a heading and a paragraph: each was read as
    one list item, its heading run into its text (now each heading carries its time, as a live blog's entries do)."""
    entries = "".join(f"<li class='post'><time>{time}</time><h2>{head}</h2><div class='body'><p>{text}</p></div></li>"
                      for time, head, text in (("3:12 PM", "The lofts", _NETS), ("11:40 AM", "The harbour", _QUAY),
                                               ("9:05 AM", "The green", _CHAPEL)))
    page = _page(f"<main><h1>The quay</h1><ul class='posts'>{entries}</ul></main>")
    assert _read(page) == ["3:12 PM: The lofts", _NETS, "11:40 AM: The harbour", _QUAY, "9:05 AM: The green", _CHAPEL]


def test_a_list_of_points_with_a_bold_lead_is_still_a_list() -> None:
    items = "".join(f"<li><strong>{head}:</strong> {text}</li>" for head, text in (("Lofts", _NETS), ("Quay", _QUAY)))
    page = _page(f"<main><h1>The quay</h1><p>{_CHAPEL}</p><ul>{items}</ul></main>")
    assert [b.kind.value for b in _document(page).blocks] == ["paragraph", "list_item", "list_item"]


# --- a label set against its text ----------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["<span class='descriptor'>Abstract:</span>", "<strong>Summary:</strong>"])
def test_a_label_set_straight_against_its_text_is_read_apart_from_it(label: str) -> None:
    """arXiv's abstract page sets "Abstract:" in a span of its own against the abstract, parted by its style: read,
    the label and the first word ran together ("Abstract:The quay...")."""
    page = _page(f"<main><h1>The quay</h1><blockquote class='abstract'>{label}{_QUAY}</blockquote><p>{_NETS}</p>"
                 f"<p>{_CHAPEL}</p></main>")
    assert f"{label.split('>')[1].split('<')[0]} {_QUAY}" in " ".join(_read(page))


def test_a_time_of_day_is_no_label() -> None:
    page = _page(f"<main><h1>The quay</h1><p>{_QUAY}</p><p>The ferry leaves at <b>10:</b>30 and {_NETS[4:]}</p>"
                 f"<p>{_CHAPEL}</p></main>")
    assert "10:30" in " ".join(_read(page))


# --- the pages: known misses fail when they start to pass ----------------------------------------------------------

_KNOWN: dict[str, str] = {
    # brightspot_live reads right since h160 (standfirst._news_then_follow)
    # more_timeline_ol reads right since h151 (sections._year_first)
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)
