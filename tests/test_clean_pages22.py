"""HTML pages of our own from twenty platforms and page features the earlier sets lacked (tests/fixtures/pages22,
issue #10). Each page's title, author, date and lines were written down before the cleaner first ran on it (first
score: 10 of 20 pages right, 100 of 106 lines read, eight lines of clutter read; now 19 of 20): an event's fields in
a sidebar, two posters' lines, teaser cards as <article>, a footer in the article's kind of box, a blog's note on
views and a site's review process, a textbook box's title and Tilda's blocks were the misses; a tweet's
picture link in the text was kept as a convention. Two more pages were written after the rules, near the forms that
failed (after_*): a forum thread of short replies read right at once; an event whose calendar plugin sets each value
in a list of one, and marks the venue as an organisation's card, lost its fields and named the venue its author."""

from __future__ import annotations

from pathlib import Path

import pytest
from sweeps import check_linear

from narrator.clean.cards import cards_as_boxes
from narrator.clean.htmlparse import parse_html
from narrator.clean.recordfields import join_event_fields
from narrator.clean.rescue import rescue_paragraphs
from narrator.clean.sections import admonition_titles_as_headings, builder_blocks_as_markup
from narrator.model import Block, BlockKind
from tests.pages6 import check_reading, page_names, read_page
from tests.pages6 import clean_page as _clean
from tests.pages6 import page_lines as _read

FIXTURES = Path(__file__).parent / "fixtures" / "pages22"
PAGES = page_names(FIXTURES)

_FERRY = ("For thirty summers Alan Cragg has rowed walkers across the mouth of the Lune, from the point to the salt "
          "marsh on the far bank.")
_LAST = "He will make his last crossing on Sunday, and the parish has found nobody to take over the licence."
_DETOUR = "Walkers who want to cross after Sunday will have to go round by the bridge at Lancaster, eleven miles."
_STORY = [_FERRY, _LAST, _DETOUR]
_BODY = "".join(f"<p>{line}</p>" for line in _STORY)


# --- an event's fields beside its description -----------------------------------------------------------------------

_EVENT = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Event\"}</script>"
_FIELDS = ("<div class='tribe-events-meta-group'><h3>Date</h3><p>Sunday 3 May 2026, 4.30am</p><h3>Venue</h3><p>The "
           "ferry steps, Sunderland Point</p><h3>Cost</h3><p>£6, members free</p><a href='/x.ics'>+ iCal Export</a>"
           "</div>")
_READ_FIELDS = ["Date: Sunday 3 May 2026, 4.30am", "Venue: The ferry steps, Sunderland Point", "Cost: £6, members free"]


def _event(inside: str, beside: str, head: str = _EVENT) -> str:
    return (f"<html><head><title>Last crossing</title>{head}</head><body><main><div class='col'><article><h1>Last "
            f"crossing</h1>{inside}</article></div><aside class='col-side'>{beside}</aside></main></body></html>")


@pytest.mark.parametrize(("page", "read"), [
    (_event(_BODY, _FIELDS), [*_READ_FIELDS, *_STORY]),
    (_event("<header><p class='kicker'>Walks</p></header>" + _BODY, _FIELDS), [*_READ_FIELDS, *_STORY]),
    # guards: the box inside the article stays where it is set; a page that declares no event
    (_event(f"<p>{_FERRY}</p><p>{_LAST}</p>{_FIELDS}<p>{_DETOUR}</p>", ""), [_FERRY, _LAST, *_READ_FIELDS, _DETOUR]),
    (_event(_BODY, _FIELDS, head=""), _STORY),
])
def test_an_events_fields_beside_its_article_are_read_before_its_description(page: str, read: list[str]) -> None:
    """The Events Calendar sets an event's description in the <article> and its date, venue and cost in a sidebar
    beside it: the extractor read the article alone, and the event's facts were lost."""
    assert _read(page) == read


_MEC = ("<div class='mec-event-meta'><div><h3>Date</h3><dl><dd>Sunday 3 May 2026</dd></dl></div><div><h3>Time</h3>"
        "<dl><dd>4:30 am - 7:00 am</dd></dl></div>{more}</div>")
_VENUE = "<div><h3>Venue</h3><dl><dd>The ferry steps</dd></dl></div>"


def test_an_events_value_in_a_list_of_one_is_read_as_its_field() -> None:
    """Modern Events Calendar sets each value in a list of one ('<h3>Time</h3><dl><dd>1:00 pm - 4:00 pm</dd></dl>'):
    the fields were lost beside the description."""
    assert [line for line in _read(_event(_BODY, _MEC.format(more=_VENUE))) if line not in _STORY] == [
        "Date: Sunday 3 May 2026", "Time: 4:30 am - 7:00 am", "Venue: The ferry steps"]


def test_an_events_value_in_a_list_of_terms_is_no_field() -> None:
    """Guard: a value of two terms is a record's list, not a field's value: the box stays as set."""
    root = parse_html(_event(_BODY, _MEC.format(more=_VENUE).replace("<dl><dd>4:30", "<dl><dt>From</dt><dd>4:30")))
    join_event_fields(root)
    assert root.find(".//ul") is None


def _organiser(card: str) -> str:
    page = (f"<html><head><title>Repair Café</title>{_EVENT}</head><body><main><article><h1>Repair Café</h1>{_BODY}"
            f"</article><aside><h3>Organiser</h3>{card}</aside></main></body></html>")
    return _clean(page).meta.byline


@pytest.mark.parametrize(("card", "byline"), [
    ("<dl><dd class='author fn org'>Kirkstall Community Centre, Morris Lane</dd></dl>", ""),
    # guard: a person's card of the same class is a byline
    ("<p class='author vcard'><span class='fn'>Ruth Ambler</span></p>", "Ruth Ambler"),
])
def test_an_organisations_card_is_no_byline(card: str, byline: str) -> None:
    """An events plugin marks its venue as an organisation's card ('<dd class="author fn org">'): the extractor's
    author search took its "author" class, and the venue was said as the page's writers."""
    assert _organiser(card) == byline


def test_an_events_fields_beside_two_articles_stay_as_set() -> None:
    root = parse_html(_event(_BODY, _FIELDS).replace("</article>", "</article><article><p>Other.</p></article>"))
    join_event_fields(root)
    assert [element.tag for element in root.find(".//aside")] == ["ul"]


# --- a byline's day and section set beside the poster ---------------------------------------------------------------

def _posted(line: str) -> str:
    page = (f"<html><head><title>Rewilding the pits</title></head><body><main><div class='header'><h1>Rewilding the "
            f"pits</h1><div class='meta'>{line}</div></div>{_BODY}</main></body></html>")
    return _clean(page).meta.byline


@pytest.mark.parametrize(("line", "byline"), [
    ("<p>Posted by <a href='/blog/?author=14'>Imogen Hart</a> on <time>27 April 2026</time></p>", "Imogen Hart"),
    ("Written by Imogen Hart on April 27, 2026", "Imogen Hart"),
    ("September 10, 2026 / <a href='/c/news'>News</a> / by <a href='/author/meera'>Meera Shah</a>", "Meera Shah"),
    # guards: one word is no person's name; "on" a place, not a day; two posters named among the parts
    ("Posted by Admin on 27 April 2026", ""),
    ("Posted by Imogen Hart on Shap Fell", ""),
    ("News / by Meera Shah / by Ann Lee", ""),
])
def test_a_posters_line_with_its_day_names_the_author(line: str, byline: str) -> None:
    """Wagtail's blog sets "Posted by Imogen Hart on 27 April 2026" under the headline, a WordPress builder's theme
    "September 10, 2026 / News / by Meera Shah": the post was read with no author."""
    assert _posted(line) == byline


# --- teaser cards marked as articles --------------------------------------------------------------------------------

def _card(title: str, summary: str, linked: str = "card") -> str:
    if linked == "card":
        return f"<article class='card'><a href='/x'><h3>{title}</h3><p>{summary}</p></a></article>"
    return f"<article class='card'><h3><a href='/x'>{title}</a></h3><p>{summary}</p></article>"


_CARDS = [("Market traders win fight over rents", "The council will freeze stall fees until 2028."),
          ("Dairy takes on twelve new staff", "Demand for its blue cheese has doubled since the spring.")]


@pytest.mark.parametrize("linked", ["card", "heading"])
def test_teaser_cards_beside_a_story_in_no_article_are_not_read(linked: str) -> None:
    """A local paper set its story in a <div> and "More from ..." under it as <article> cards: the first card's
    headline and summary were read before the story."""
    cards = "".join(_card(title, summary, linked) for title, summary in _CARDS)
    page = (f"<html><head><title>The last ferryman</title></head><body><main><div class='story'><h1>The last ferryman"
            f"</h1>{_BODY}</div><section><h2>More from us</h2>{cards}</section></main></body></html>")
    assert _read(page) == _STORY


@pytest.mark.parametrize(("articles", "kept"), [
    ("".join(_card(title, summary) for title, summary in _CARDS), 0),
    # guards: one card alone (a short post under its permalink); posts of more words; headings that are no links
    (_card(*_CARDS[0]), 1),
    ("".join(f"<article><h2><a href='/p'>Post</a></h2>{_BODY}</article>" for _ in range(2)), 2),
    ("".join(f"<article><h3>{title}</h3><p>{summary}</p></article>" for title, summary in _CARDS), 2),
])
def test_only_two_or_more_short_linked_articles_are_cards(articles: str, kept: int) -> None:
    root = parse_html(f"<html><body><main>{articles}</main></body></html>")
    cards_as_boxes(root)
    assert len(root.findall(".//article")) == kept


# --- a footer's line in a box named as the article's ---------------------------------------------------------------

def _boxed(footer: str) -> str:
    boxes = "".join(f"<div class='component rich-text'><div class='component-content'><p>{line}</p></div></div>"
                    for line in _STORY)
    return (f"<html><head><title>The last ferryman</title></head><body><main><h1>The last ferryman</h1>{boxes}</main>"
            f"{footer}</body></html>")


_COMPANY = "Northvale Energy plc is registered in England and Wales, company number 04123987."


@pytest.mark.parametrize(("footer", "read"), [
    (f"<footer class='component footer'><div class='component-content'><p>{_COMPANY}</p></div></footer>", _STORY),
    (f"<div role='contentinfo'><div class='component-content'><p>{_COMPANY}</p></div></div>", _STORY),
    # guard: the same box outside any footer is the article's own, and read
    (f"<div class='component rich-text'><div class='component-content'><p>{_COMPANY}</p></div></div>",
     [*_STORY, _COMPANY]),
])
def test_a_footers_line_in_the_articles_kind_of_box_is_not_read(footer: str, read: list[str]) -> None:
    """Sitecore names every box "component-content", the footer's too: the company's registration line in the footer
    was read after the story as one of its boxes."""
    assert _read(_boxed(footer)) == read


# --- a blog's notes under every post --------------------------------------------------------------------------------

def _closing(line: str) -> list[str]:
    page = (f"<html><head><title>The last ferryman</title></head><body><article><h1>The last ferryman</h1>{_BODY}"
            f"{line}</article></body></html>")
    return _read(page)[len(_STORY):]


@pytest.mark.parametrize(("line", "read"), [
    ("<p><em>Note: This article gives the views of the author, not the position of the Lune Blog, nor of the "
     "university.</em></p>", False),
    ("<p>This post represents the views of the authors and not those of the Lune Trust.</p>", False),
    ("<h2>How we reviewed this article:</h2><p>Our experts continually monitor the health and wellness space, and we "
     "update our articles when new information becomes available.</p>", False),
    # guards: a sentence of the story on views; a review's own section on how it was tested
    ("<p>This article gives the views of three ferrymen who worked the estuary before him, and of their families.</p>",
     True),
    ("<h2>How we tested</h2><p>We crossed the estuary six times at different states of the tide, in the same boat.</p>",
     True),
])
def test_a_blogs_note_on_views_and_a_sites_review_process_are_not_read(line: str, read: bool) -> None:
    """An academic blog ends every post on "Note: This article gives the views of the author, not the position of
    ...", a health site on "How we reviewed this article:" and its process: both were read as the story's end."""
    assert bool(_closing(line)) is read


# --- a box's title in a header of its own; a site builder's heading block -------------------------------------------

def _box_title(box: str) -> list[str]:
    root = parse_html(f"<html><body><article>{_BODY}{box}</article></body></html>")
    admonition_titles_as_headings(root)
    return [h.text for h in root.iter("h6")]


@pytest.mark.parametrize(("box", "titles"), [
    ("<div class='textbox textbox--key-takeaways'><header class='textbox__header'><p class='textbox__title'>Key "
     "Takeaways</p></header><div class='textbox__content'><ul><li>Ice deforms.</li></ul></div></div>",
     ["Key Takeaways"]),
    # guards: a header of a sentence; a header with a link; a header over more than one part
    ("<div class='textbox'><header><p>The box says what the chapter teaches.</p></header><div><p>x</p></div></div>",
     []),
    ("<div class='textbox'><header><a href='/k'>Key Takeaways</a></header><div><p>x</p></div></div>", []),
    ("<div class='textbox'><header><p>Key Takeaways</p></header><div><p>x</p></div><div><p>y</p></div></div>", []),
])
def test_a_textbooks_box_title_in_its_header_is_its_heading(box: str, titles: list[str]) -> None:
    """Pressbooks sets a box's title ("Learning Objectives") in a <header> of the box: the extractor dropped it as a
    page's header, and the box's points were read with no title."""
    assert _box_title(box) == titles


def _tilda(records: list[str]) -> str:
    recs = "".join(f"<div class='r t-rec'><div class='t-container'><div class='t-col'>{r}</div></div></div>"
                   for r in records)
    return (f"<html><head><title>The last ferryman</title></head><body><div id='allrecords' class='t-records'>{recs}"
            f"</div></body></html>")


def _title_block(text: str) -> str:
    return f"<div class='t-name t-name_xl' field='title'>{text}</div>"


def _text_block(lines: list[str]) -> str:
    return "<div class='t-text t-text_md' field='text'>" + "<br><br>".join(lines) + "</div>"


@pytest.mark.parametrize(("records", "read"), [
    ([_text_block([_FERRY, _LAST]), _title_block("After Sunday"), _text_block([_DETOUR])],
     [_FERRY, _LAST, "After Sunday", _DETOUR]),
    ([_text_block([_FERRY, _LAST]), _text_block([_DETOUR])], _STORY),
    ([_text_block([_FERRY, _LAST]), _title_block("After Sunday"), _text_block([_DETOUR, _DETOUR.replace("W", "Cycl")])],
     [_FERRY, _LAST, "After Sunday", _DETOUR, _DETOUR.replace("W", "Cycl")]),
])
def test_a_builders_blocks_are_read_as_they_show(records: list[str], read: list[str]) -> None:
    """Tilda sets a heading in a record of its own, a <div> of its title class between records of text, and a text
    block of one line with no <p>: the extractor left the heading and the line out."""
    assert _read(_tilda(records)) == read


@pytest.mark.parametrize(("block", "heading"), [
    (_title_block("After Sunday"), True),
    # guards: a title block of a sentence's length; a block of another kind; a title block that holds a link
    (_title_block(" ".join(["word"] * 13)), False),
    ("<div class='t-descr' field='descr'>After Sunday</div>", False),
    (_title_block("<a href='/x'>After Sunday</a>"), False),
])
def test_only_a_short_title_block_is_a_heading(block: str, heading: bool) -> None:
    root = parse_html(_tilda([_text_block([_FERRY]), block, _text_block([_DETOUR])]))
    builder_blocks_as_markup(root)
    assert (root.find(".//h2") is not None) is heading


# --- cost: each new look stays linear -------------------------------------------------------------------------------

@pytest.mark.parametrize("token", [_card(*_CARDS[0]), _card(*_CARDS[1], linked="heading"),
                                   "<article><h3>x</h3></article>"])
def test_many_cards_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: cards_as_boxes(parse_html(f"<html><body>{text}</body></html>")))


@pytest.mark.parametrize("token", [_title_block("x") + _text_block(["y"]), _text_block(["y", "z"]), _title_block("x")])
def test_many_builder_blocks_stay_linear(token: str) -> None:
    check_linear(f"<div class='r t-rec'>{token}</div>", read=lambda text: builder_blocks_as_markup(
        parse_html(f"<html><body>{text}</body></html>")))


def _rescued(text: str) -> object:
    root = parse_html(f"<html><body><main><div class='c'><p>{_FERRY}</p></div><div class='c'><p>{_LAST}</p></div>"
                      f"{text}</main></body></html>")
    return rescue_paragraphs(root, [Block(BlockKind.PARAGRAPH, _FERRY), Block(BlockKind.PARAGRAPH, _LAST)])


@pytest.mark.parametrize("token", ["<div class='c'>A reply of one line, set bare.</div>",
                                   "<footer><div class='c'><p>A line in the footer.</p></div></footer>",
                                   "<div class='c'><footer><div class='c'><p>Nested.</p></div></footer></div>"])
def test_many_boxes_to_rescue_stay_linear(token: str) -> None:
    check_linear(token, read=_rescued)


@pytest.mark.parametrize("token", ["<div class='textbox'><header><p>Key Takeaways</p></header><div><p>x</p></div>"
                                   "</div>", "<div class='textbox'><header><p>Key</p><p>Takeaways</p></header><div>"
                                   "</div></div>"])
def test_many_boxes_titled_in_headers_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: admonition_titles_as_headings(parse_html(
        f"<html><body>{text}</body></html>")))


def test_many_event_fields_beside_an_article_stay_linear() -> None:
    check_linear("<div><h3>Date</h3><p>Sunday</p><h3>Venue</h3><p>The steps</p></div>", read=lambda text: (
        join_event_fields(parse_html(_event(_BODY, text)))))


# --- the pages: known misses fail when they start to pass ----------------------------------------------------------

_KNOWN: dict[str, str] = {
    "embeds_tweet_video": "a convention, kept: the tweet's address of its picture ('pic.twitter.com/AbC123xyz') stays "
                          "in the text, where the extraction sets' pages keep it (taking it out cost the aeb set's "
                          "recall 0.001), and the speech stage says nothing for it: the listener hears the page as "
                          "written down (pinned by test_clean_pages23's "
                          "test_a_tweets_picture_address_is_kept_by_clean_and_said_as_nothing)",
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)
