"""HTML of platforms and page features nobody had tried (tests/fixtures/pages8): static site generators, site
builders, notebooks, journals, forums, a fediverse status, a page whose story is only in its data, and the features
of long reads (a drop cap, pages, a cookie wall, a slideshow, pull quotes, ads, embeds, a fact box, a timeline, soft
hyphens, MathJax). Each page's title, author, date and lines were written down before the cleaner first ran on it;
the classes fixed here are tested on small pages written for each."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.errors import NarratorError
from narrator.model import Format, Source
from tests.pages6 import check_reading, page_names, read_page

FIXTURES = Path(__file__).parent / "fixtures" / "pages8"
PAGES = page_names(FIXTURES)


def _document(page: str):  # type: ignore[no-untyped-def]
    return clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())


def _read(page: str) -> list[str]:
    return [b.text for b in _document(page).blocks]


_HIVE = ("I chose the far corner of the plot, facing south-east so that the entrance catches the morning sun, and "
         "the bees fly out over the compost bins.")
_WATER = ("A colony can use a litre of water a day in hot weather, so give them a shallow dish with stones in it or "
          "they will find your neighbour's water butt.")


# --- a document in sections, each box opening on its heading ------------------------------------------------------

@pytest.mark.parametrize("box", ["<section id='s{n}' class='level2'>{inner}</section>",
                                 "<div id='s{n}' class='section level2'>{inner}</div>",
                                 "<div>{inner}</div>"])
def test_each_sections_opening_heading_is_read(box: str) -> None:
    """pandoc (Quarto, R Markdown) puts each section in a box that opens on its <h2>: the extractor kept the
    sections' paragraphs and dropped every heading."""
    sections = "".join(box.format(n=n, inner=f"<h2 class='anchored'>{head}</h2><p>{text}</p>")
                       for n, (head, text) in enumerate([("Where to put the hive", _HIVE), ("Water", _WATER)]))
    page = (f"<html><head><title>Bees</title></head><body><div class='container-fluid main-container'><h1>Bees</h1>"
            f"{sections}</div></body></html>")
    assert _read(page) == ["Where to put the hive", _HIVE, "Water", _WATER]


# --- a journal's entry -----------------------------------------------------------------------------------------

def test_an_entrys_paragraphs_after_its_posters_name_are_read_apart() -> None:
    """A journal's entry opens on its poster's name and icon, inline, over the entry's paragraphs: the extractor read
    the whole box as one paragraph, name and all ("owlfeather Day three of...")."""
    page = ("<html><head><title>Bees</title></head><body><div class='entry'><h3 class='entry-title'>Bees</h3><div "
            "class='contents'><span class='poster'><a href='/profile'><img src='u.png'></a><a href='/'><b>hivekeeper"
            f"</b></a></span><div class='entry-content'>{_HIVE}<br><br>{_WATER}</div></div></div></body></html>")
    assert _read(page) == [_HIVE, _WATER]


def test_a_words_break_opportunity_is_no_space() -> None:
    """<wbr> marks where a long word may wrap: it was read as a space ("Circum locution")."""
    page = (f"<html><head><title>Bees</title></head><body><main><h1>Bees</h1><div>{_HIVE}<br><br>The Circum<wbr>"
            f"locution Office of the allotment society took a year to say yes.<br><br>{_WATER}</div></main></body>"
            "</html>")
    assert _read(page)[1] == "The Circumlocution Office of the allotment society took a year to say yes."


# --- a slideshow --------------------------------------------------------------------------------------------------

_SLIDE = "<li class='slide'><figure><img src='{n}.jpg'><figcaption><span class='counter'>{n} of 4</span><p>Hive {n}: " \
         "{text}</p><span class='credit'>Photograph: Ann Lee</span></figcaption></figure><button>Next</button></li>"


def test_a_slideshows_captions_in_a_list_of_slides_are_read() -> None:
    """A gallery's slides are a list, each item a captioned figure and its buttons: the extractor left every caption
    out, and read the slides' counters."""
    slides = "".join(_SLIDE.format(n=n, text=_HIVE) for n in range(1, 5))
    page = (f"<html><head><title>Hives</title></head><body><article><h1>Hives</h1><p class='intro'>{_WATER}</p><ol "
            f"class='slides'>{slides}</ol></article></body></html>")
    assert _read(page) == [_WATER, *(f"Hive {n}: {_HIVE}" for n in range(1, 5))]


def test_a_list_of_pictures_with_more_to_say_is_no_slideshow() -> None:
    """A list whose items say more than their figure (a product's card, a recipe's step) is left to the extractor."""
    step = ("<li><figure><img src='{n}.jpg'><figcaption>Step {n}</figcaption></figure><p>Lift the frame out slowly "
            "and check both faces of the comb for eggs before you put it back.</p></li>")
    page = (f"<html><head><title>Hives</title></head><body><article><h1>Hives</h1><p>{_WATER}</p><ol>"
            + "".join(step.format(n=n) for n in range(1, 5)) + "</ol></article></body></html>")
    assert not any(line.startswith("Step ") for line in _read(page))


# --- a page rendered by script -----------------------------------------------------------------------------------

def _state_page(title: str) -> str:
    story = {"title": title, "body": [{"type": "paragraph", "text": _HIVE}, {"type": "heading", "text": "Water"},
                                      {"type": "paragraph", "text": _WATER}, {"type": "image", "src": "b.jpg"},
                                      {"type": "paragraph", "text": "The first year's honey was six jars."}]}
    state = json.dumps({"props": {"pageProps": {"story": story, "nav": [{"label": "Stories", "href": "/s"}] * 40}}})
    return ("<html><head><title>Bees | Wayfarer</title><meta property='og:title' content='Bees'></head><body><div "
            "id='__next'><header><a href='/'>Wayfarer</a><nav><a href='/s'>Stories</a></nav></header><main><p "
            "class='skeleton'>Loading story…</p></main></div><script id='__NEXT_DATA__' type='application/json'>"
            f"{state}</script></body></html>")


def test_a_story_kept_only_in_the_pages_data_is_read_from_it() -> None:
    """A Next.js page whose story is rendered by script: the markup holds menus and "Loading", the data the story as
    typed blocks beside its title; the page was refused as having no article."""
    assert _read(_state_page("Bees")) == [_HIVE, "Water", _WATER, "The first year's honey was six jars."]


def test_a_story_in_the_pages_data_as_portable_text_and_its_author() -> None:
    """Sanity's Portable Text keeps each block's words in its children's spans, a heading as the block's style; the
    author beside the title in the data is the page's (its markup names none)."""
    blocks = [{"_type": "block", "style": "normal", "children": [{"_type": "span", "text": _HIVE[:40]},
                                                                 {"_type": "span", "text": _HIVE[40:]}]},
              {"_type": "block", "style": "h2", "children": [{"_type": "span", "text": "Water"}]},
              {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": _WATER}]},
              {"_type": "image", "asset": {"_ref": "image-1"}},
              {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": "Six jars."}]}]
    page = _state_page("Bees").replace('"body": [', '"author": {"name": "Ann Lee"}, "portable": ' + json.dumps(
        blocks) + ', "old": [', 1)
    document = _document(page)
    assert [b.text for b in document.blocks] == [_HIVE, "Water", _WATER, "Six jars."]
    assert document.meta.byline == "Ann Lee"


def test_a_story_in_the_pages_data_keeps_its_standfirst() -> None:
    """The story's standfirst in the data beside its title (its "standfirst", "dek" or "subtitle"; not a summary) is
    the page's standfirst."""
    page = _state_page("Bees").replace('"body": [', '"dek": "Where to keep a hive, and what it needs.", "body": [', 1)
    document = _document(page)
    assert document.meta.standfirst == "Where to keep a hive, and what it needs."
    assert document.blocks[0].text == _HIVE


def test_typed_blocks_beside_another_title_are_not_the_story() -> None:
    with pytest.raises(NarratorError):
        _read(_state_page("Wasps"))


# --- the author -------------------------------------------------------------------------------------------------

def test_a_marked_up_authors_name_without_the_line_about_them() -> None:
    """A blog's author card marks the person (itemprop="author") and, inside, their name and a line about them: the
    author was both ("Priya Nair Build and release engineer")."""
    page = ("<html><head><title>Bees</title></head><body><article><header><h1>Bees</h1><div itemprop='author' "
            "itemscope itemtype='https://schema.org/Person'><div class='avatar__name'><a href='/p'><span "
            "itemprop='name'>Priya Nair</span></a></div><small itemprop='description'>Build and release engineer"
            f"</small></div></header><p>{_HIVE}</p><p>{_WATER}</p></article></body></html>")
    assert _document(page).meta.byline == "Priya Nair"


# --- a fact box ---------------------------------------------------------------------------------------------------

def test_a_fact_box_among_the_paragraphs_is_read() -> None:
    """A fact box, an <aside> of a heading over a list of short facts between two paragraphs: the extractor left out
    the aside whole."""
    box = ("<aside class='fact-box'><h3>The hive in numbers</h3><ul><li>Bees: about 40,000</li><li>Frames: 11</li>"
           "<li>Honey this year: six jars</li></ul></aside>")
    page = (f"<html><head><title>Bees</title></head><body><main><h1>Bees</h1><p>{_HIVE}</p>{box}<p>{_WATER}</p><p>"
            f"{_HIVE.replace('far', 'near')}</p></main></body></html>")
    assert _read(page)[1:5] == ["The hive in numbers", "Bees: about 40,000", "Frames: 11", "Honey this year: six jars"]


def test_a_box_of_links_among_the_paragraphs_is_not_read() -> None:
    box = ("<aside class='related'><h3>Related</h3><ul><li><a href='/a'>Wasps in the shed</a></li><li><a href='/b'>"
           "A year of honey</a></li></ul></aside>")
    page = (f"<html><head><title>Bees</title></head><body><main><h1>Bees</h1><p>{_HIVE}</p>{box}<p>{_WATER}</p><p>"
            f"{_HIVE.replace('far', 'near')}</p></main></body></html>")
    assert "Related" not in _read(page)


# --- an embedded post ------------------------------------------------------------------------------------------

_POST = "https://www.instagram.com/p/C9xYz12AbCd/"


@pytest.mark.parametrize(("inside", "read"), [
    (f"<div><a href='{_POST}?utm_source=ig_embed'><div>View this post on Instagram</div></a><p><a href='{_POST}"
     "?utm_source=ig_embed'>A post shared by Hill Hives (@hillhives)</a></p></div>", None),
    (f"<p>Our first swarm of the year, caught in a box on the fence.</p><p><a href='{_POST}'>A post shared by Hill "
     "Hives (@hillhives)</a></p>", "Our first swarm of the year, caught in a box on the fence."),
])
def test_an_embedded_posts_placeholder_is_not_read(inside: str, read: str | None) -> None:
    """Before Instagram's script draws it, an embed is a blockquote of links to the post: "View this post on
    Instagram" and "A post shared by ..." were read as a quotation in the article (the embedded posts the extractor
    leaves out are put back, rescue._embedded_quote)."""
    page = (f"<html><head><title>Bees</title></head><body><article><h1>Bees</h1><div class='story-body'><p>{_HIVE}"
            f"</p><blockquote class='instagram-media' data-instgrm-permalink='{_POST}?utm_source=ig_embed'>{inside}"
            f"</blockquote><p>{_WATER}</p></div></article></body></html>")
    assert _read(page) == [_HIVE, *([read] if read else []), _WATER]


# --- a forum's thread ----------------------------------------------------------------------------------------------

def _post(n: int, subject: str, text: str) -> str:
    return (f"<div id='p{n}' class='post bg{n % 2 + 1}'><div class='inner'><div class='postbody'><h3><a href='#p{n}'>"
            f"{subject}</a></h3><p class='author'>by <a href='/u'>ann</a> » Tue Feb 06, 2024</p><div class='content'>"
            f"<p>{text}</p></div></div></div></div>")


def test_a_threads_topic_is_its_title_and_its_replies_subjects_are_not_read() -> None:
    """phpBB's page: the board's name in the <h1>, the topic in an <h2> and first in the <title> ("Topic - Board"):
    the board was taken for the title, and each reply's heading ("Re: Topic") was read over it."""
    page = ("<html><head><title>Where to put a hive - Hill Beekeepers Forum</title></head><body><div class='headerbar'>"
            "<h1>Hill Beekeepers Forum</h1><p>Bees, hives and honey</p></div><div id='page-body'><h2 "
            "class='topic-title'><a href='?t=1'>Where to put a hive</a></h2>"
            + _post(1, "Where to put a hive", "Where should a hive go on an allotment, and how far from the path?")
            + _post(2, "Re: Where to put a hive", _HIVE) + _post(3, "Re: Where to put a hive", _WATER)
            + "</div></body></html>")
    document = _document(page)
    assert document.meta.title == "Where to put a hive"
    assert not [b.text for b in document.blocks if "Re:" in b.text or "Forum" in b.text]


# --- around the article: what code printed, the posts either side, a box about the author ------------------------

def test_what_a_notebooks_code_printed_is_not_read() -> None:
    """A notebook exported to HTML: the text a code cell printed ("count 58.000000 mean 231.406897") was read as a
    quotation; the code itself is not read."""
    cell = ("<div class='jp-Cell jp-CodeCell'><div class='jp-InputArea'><div class='jp-InputPrompt'>In [2]:</div><div "
            "class='highlight'><pre>totals.describe()</pre></div></div><div class='jp-OutputArea'><div "
            "class='jp-OutputPrompt'>Out[2]:</div><div class='jp-RenderedText jp-OutputArea-output'><pre>count     58.0"
            "\nmean     231.4\nName: rain_mm, dtype: float64</pre></div></div></div>")
    markdown = "<div class='jp-Cell jp-MarkdownCell'><div class='jp-RenderedMarkdown'><p>{}</p></div></div>"
    page = (f"<html><head><title>Bees</title></head><body><main>{markdown.format(_HIVE)}{cell}"
            f"{markdown.format(_WATER)}</main></body></html>")
    assert _read(page) == [_HIVE, _WATER]


@pytest.mark.parametrize(("items", "read"), [
    ("<li>Previous: <a href='/a'>The lock keeper's cottage</a></li><li>Next: <a href='/b'>Winter stoppages</a></li>",
     False),
    ("<li>Newer post <a href='/b'>Winter stoppages</a></li>", False),
    ("<li>Next: <a href='/b'>cut the grass</a> and the hedge</li><li>Then: rake it</li>", True),  # the writer's steps
])
def test_the_links_to_the_posts_either_side_are_not_read(items: str, read: bool) -> None:
    """A static blog's template lists the posts before and after under "Previous:" and "Next:": read as the
    article's last lines."""
    page = (f"<html><head><title>Bees</title></head><body><main><h1>Bees</h1><p>{_HIVE}</p><p>{_WATER}</p><ul>"
            f"{items}</ul></main></body></html>")
    assert (len(_read(page)) > 2) is read


@pytest.mark.parametrize("box", [
    "<div class='written-by'><div>Written by</div><div><a href='/@kofi'>Kofi Asante</a></div><p>Backend developer in "
    "Accra. I write about the bugs that took me longest to find.</p></div>",
    "<section class='more'><h2>More articles by Kofi Asante</h2><ul><li><a href='/a'><h3>Timeouts in fetch are not "
    "what you think</h3><span>Feb 12, 2024</span></a></li><li><a href='/b'><h3>Logging that helps</h3></a></li></ul>"
    "</section>",
])
def test_a_box_about_the_author_after_the_article_is_not_read(box: str) -> None:
    """A blog's "Written by" card (name and bio) and LinkedIn's "More articles by" the author: read as the article's
    end ("Backend developer in Accra. I write about...")."""
    page = ("<html><head><title>Bees</title><meta name='author' content='Kofi Asante'></head><body><main><article><h1>"
            f"Bees</h1><div class='body'><p>{_HIVE}</p><p>{_WATER}</p></div>{box}</article></main></body></html>")
    assert _read(page) == [_HIVE, _WATER]


def test_a_short_post_under_its_written_by_line_is_kept() -> None:
    """The label over a post, not after it: the box is the post itself."""
    page = ("<html><head><title>Bees</title><meta name='author' content='Kofi Asante'></head><body><main><h1>Bees</h1>"
            "<div class='post'><div>Written by</div><a href='/kofi'>Kofi Asante</a><p>The bees swarmed on Sunday and "
            "settled in the apple tree by the gate, where we caught them in a box before dark.</p></div></main></body>"
            "</html>")
    assert _read(page) == ["The bees swarmed on Sunday and settled in the apple tree by the gate, where we caught them "
                           "in a box before dark."]


def test_a_box_naming_someone_else_is_kept() -> None:
    """A "Written by" line of a guest's piece quoted in the article names no author of this one."""
    page = ("<html><head><title>Bees</title><meta name='author' content='Kofi Asante'></head><body><main><article><h1>"
            f"Bees</h1><p>{_HIVE}</p><div class='note'><div>Written by</div><p>Ann Lee keeps forty hives on the hill "
            f"above the village and has done so for twenty years.</p></div><p>{_WATER}</p></article></main></body>"
            "</html>")
    assert len(_read(page)) == 3


# --- a status page -------------------------------------------------------------------------------------------------

def _status_page(description: str) -> str:
    return ("<html><head><title>Ann Lee: \"The swarm...\" - Hives.Social</title><meta property='og:title' content='Ann "
            f"Lee (@ann@hives.social)'><meta property='og:description' content='{html.escape(description)}'></head>"
            "<body><div "
            "id='mastodon' class='app-holder'><noscript><div>To use the Mastodon web application, please enable "
            "JavaScript. Alternatively, try one of the native apps for Mastodon for your platform.</div></noscript>"
            "</div></body></html>")


def test_a_status_page_rendered_by_script_is_read_from_its_description() -> None:
    """A Mastodon status page holds, without script, only a notice asking for it; the post is whole in its
    description, its paragraphs set apart by blank lines. The notice was read as the article."""
    assert _read(_status_page(f"{_HIVE}\n\n{_WATER}\n\nSix jars of honey this year.")) == [
        _HIVE, _WATER, "Six jars of honey this year."]


def test_a_description_of_one_paragraph_is_no_post() -> None:
    """A page's summary is one paragraph: it is not read as the article."""
    try:
        lines = _read(_status_page(f"{_HIVE} {_WATER}"))
    except NarratorError:
        lines = []
    assert not [line for line in lines if _HIVE in line]


# --- the pages: known misses fail when they start to pass ----------------------------------------------------------

_KNOWN: dict[str, str] = {
    # written after the rules above, near the forms that failed at first
    # more_bluesky_post reads right since h151 (declared._POSTER_TITLE)
    "more_bookdown_sections": "a convention, kept: a book's chapter and sections keep the numbers its generator sets "
                              "('Chapter 3 Counting trees', '3.1 Oak and ash'), as a serial's part keeps its number "
                              "(pages19); the page was written down without them",
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)
