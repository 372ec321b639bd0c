"""HTML of platforms and page features nobody had tried (tests/fixtures/pages8): static site generators, site
builders, notebooks, journals, forums, a fediverse status, a page whose story is only in its data, and the features
of long reads (a drop cap, pages, a cookie wall, a slideshow, pull quotes, ads, embeds, a fact box, a timeline, soft
hyphens, MathJax). Each page's title, author, date and lines were written down before the cleaner first ran on it;
the classes fixed here are tested on small pages written for each."""

from __future__ import annotations

import json

import pytest

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.errors import NarratorError
from narrator.model import Format, Source
from tests.pages8 import PAGES, read_page


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


def test_typed_blocks_beside_another_title_are_not_the_story() -> None:
    with pytest.raises(NarratorError):
        _read(_state_page("Wasps"))


# --- the pages: known misses fail when they start to pass ----------------------------------------------------------

_KNOWN: dict[str, str] = {
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    reading = read_page(name)
    if name in _KNOWN:
        assert not reading.right, "read right now: take it out of _KNOWN"
        pytest.xfail(_KNOWN[name])
    assert (reading.title, reading.author, reading.date, reading.lost, reading.clutter, reading.error) == (
        reading.title, reading.author, reading.date, [], [], None)
    assert (reading.title_right, reading.author_right, reading.date_right) == (True, True, True), (
        reading.title, reading.author, reading.date)
