"""HTML pages of our own from twenty-one platforms and page features the earlier sets lacked (tests/fixtures/pages23,
issue #10). Each page's title, author, date and lines were written down before the cleaner first ran on it; every third
page (docusaurus, listen_ads, noscript, readmore, slideshow, chirpy, umbraco) was kept aside while the rules were
written. First score: 9 of 14 tuning pages right (54 of 54 lines read, three lines of clutter), 5 of 7 aside (31 of 35
lines, one of clutter). The tuning pages' misses: a print page's byline broken from its day by <br>, a Kickstarter
update's poster under the project's creator, Plone's login as the author, Liferay's "Was this helpful?" and an endless
page's next story. After their rules the pages aside still read 5 of 7; their two misses (a slide counter's BEM class,
a post's licence line) were then mended too: 14 of 14 and 7 of 7 now. Beside them, an event's date and time alone at
the article's head, which the tool-link trim dropped (pages22's calendar plugin with no venue). Three pages were written
after the rules, near the forms that failed (after_*): an endless WordPress page read right at once; a print page's
byline element of three lines named the writer with her post ("Jo Ames Health Reporter"), mended; a help centre's
instruction opening "Send us a reading from the app" was lost as the page's ask to write in, left then, mended in
round 47 (h194): a "Send us" sentence that goes on to what is then done for the reader ("..., and your next bill will
be corrected") is a service's step, no ask (notices.asks_to_be_sent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sweeps import check_linear

from narrator.clean.figures import figures_as_paragraphs
from narrator.clean.htmlparse import parse_html
from narrator.clean.prune import drop_boilerplate_blocks
from narrator.clean.rescue import rescue_paragraphs
from narrator.clean.widgets import drop_feedback_questions, drop_licence_notes
from narrator.model import Block, BlockKind, Metadata
from narrator.speech import speakable
from tests.pages6 import check_reading, page_names, read_page
from tests.pages6 import clean_page as _clean
from tests.pages6 import page_lines as _read

FIXTURES = Path(__file__).parent / "fixtures" / "pages23"
PAGES = page_names(FIXTURES)

_WEIR = ("The weir at Hampton Loade was built in 1790 to hold water for a forge, and the forge has been gone for more "
         "than a century.")
_FISH = "The Environment Agency wants to take it out so that salmon can reach the spawning gravels upstream."
_VOTE = "The parish council will vote on the plan at its meeting on Thursday, after a walk along the bank."
_STORY = [_WEIR, _FISH, _VOTE]
_BODY = "".join(f"<p>{line}</p>" for line in _STORY)


# --- a byline's lines broken apart under the headline ---------------------------------------------------------------

def _under_headline(line: str) -> str:
    page = (f"<html><head><title>Print: The weir</title></head><body><div class='print'><h1>The weir</h1>"
            f"<div class='print-meta'>{line}</div><div class='print-body'>{_BODY}</div></div></body></html>")
    return _clean(page).meta.byline


@pytest.mark.parametrize(("line", "byline"), [
    ("By Kate Nicholson<br>Published: Monday, 12 October 2026", "Kate Nicholson"),
    ("Published: Monday, 12 October 2026<br>By Kate Nicholson", "Kate Nicholson"),
    # guards: no line names a writer; a line of a sentence; a byline run over a line's break ("By Kate<br>Nicholson")
    ("Published: Monday, 12 October 2026<br>Updated: Tuesday, 13 October 2026", ""),
    ("The weir at Hampton Loade<br>Published: Monday, 12 October 2026", ""),
    ("By Kate<br>Nicholson", ""),
])
def test_a_byline_broken_from_its_day_names_the_author(line: str, byline: str) -> None:
    """A newspaper's print page sets "By Kate Nicholson<br>Published: Monday, 12 October 2026" under the headline: its
    text ran together ("By Kate NicholsonPublished: ...") and named nobody."""
    assert _under_headline(line) == byline


def _byline_box(lines: str) -> str:
    page = (f"<html><head><title>The weir</title></head><body><article><h1>The weir</h1><p class='print-byline'>"
            f"{lines}</p>{_BODY}</article></body></html>")
    return _clean(page).meta.byline


@pytest.mark.parametrize(("lines", "byline"), [
    ("By Jo Ames<br>Health Reporter<br>3 March 2026", "Jo Ames"),
    ("By Jo Ames and Ravi Patel<br>3 March 2026", "Jo Ames and Ravi Patel"),
    # guards: a byline of one line; a first line that opens on no "by" (read whole, as before)
    ("By Jo Ames", "Jo Ames"),
    ("Jo Ames<br>3 March 2026", "Jo Ames"),
])
def test_a_byline_elements_first_line_names_the_writer(lines: str, byline: str) -> None:
    """A print page's byline element breaks the writer, her post and the day with <br>: the post ran into the name
    ("Jo Ames Health Reporter")."""
    assert _byline_box(lines) == byline


# --- a post's poster under a project's creator ----------------------------------------------------------------------

def _update(header: str, post_header: str, article: bool = True) -> str:
    tag = "article" if article else "div"
    return (f"<html><head><title>Update #14</title></head><body><div id='content'><div class='project'>{header}</div>"
            f"<div class='col'><{tag} class='post'><div class='post-header'><h1>The first boxes have left</h1>"
            f"{post_header}</div><div class='body'>{_BODY}</div></{tag}></div></div></body></html>")


_CREATOR = "<p class='creator'>by <a href='/profile/saltmarsh'>Saltmarsh Games</a></p>"
_POSTER = "<div><a href='/profile/saltmarsh'>Rosa Penhale</a><span>Creator</span></div>"


@pytest.mark.parametrize(("page", "byline"), [
    (_update(_CREATOR, _POSTER), "Rosa Penhale"),
    # guards: the creator alone, over the post; no <article> to say whose the post is (the first link, as before)
    (_update(_CREATOR, ""), "Saltmarsh Games"),
    (_update(_CREATOR, _POSTER, article=False), "Saltmarsh Games"),
])
def test_a_poster_linked_in_the_posts_own_article_is_its_author(page: str, byline: str) -> None:
    """Kickstarter names the project's creator over an update ("by Saltmarsh Games") and the update's poster in its
    own header: the creator was said as the update's writer."""
    assert _clean(page).meta.byline == byline


# --- a login declared as the writer ---------------------------------------------------------------------------------

def _plone(creator: str, byline: str) -> str:
    return (f"<html><head><title>The weir</title><meta name='DC.creator' content='{creator}'></head><body><article>"
            f"<h1>The weir</h1><div class='documentByLine'>{byline}</div>{_BODY}</article></body></html>")


@pytest.mark.parametrize(("page", "byline"), [
    (_plone("mfraser", "by <a href='/author/mfraser'>Moira Fraser</a> — published 27 March 2026"), "Moira Fraser"),
    (_plone("m.fraser", "by <a href='/author/m.fraser/'>Moira Fraser</a>"), "Moira Fraser"),
    # guards: the link shows the login itself; a link to another login's page; a declared name is no login
    (_plone("mfraser", "by <a href='/author/mfraser'>mfraser</a>"), "mfraser"),
    (_plone("mfraser", "by <a href='/author/mfraser2'>Moira Fraser</a>"), "mfraser"),
    (_plone("Ann Lee", "by <a href='/author/ann'>Moira Fraser</a>"), "Ann Lee"),
])
def test_a_declared_login_is_said_as_the_name_its_byline_links(page: str, byline: str) -> None:
    """Plone declares its writer by login (DC.creator "mfraser") and links the byline's name to the login's page: the
    login was said as the writer's name."""
    assert _clean(page).meta.byline == byline


# --- a ratings box's question with no noun --------------------------------------------------------------------------

@pytest.mark.parametrize(("box", "dropped"), [
    ("<div class='ratings'><span>Was this helpful?</span><button>Yes</button><button>No</button></div>", True),
    ("<fieldset><legend>Was this useful?</legend><a href='?y'>Yes</a><a href='?n'>No</a></fieldset>", True),
    # guards: the question in a sentence of the story; beside a link of more words than an answer's
    ("<p>She asked the room, <span>was this helpful?</span> and nobody answered.</p>", False),
    ("<div><span>Was this helpful?</span><a href='/x'>Read the whole report on the weir here</a></div>", False),
])
def test_a_ratings_question_with_no_noun_is_not_read(box: str, dropped: bool) -> None:
    """Liferay's ratings ask "Was this helpful?" with no noun, in a <span> beside the buttons: it was read after the
    story."""
    root = parse_html(f"<html><body><article>{_BODY}{box}</article></body></html>")
    drop_feedback_questions(root)
    assert ("as this" not in root.find(".//article").text_content()) is dropped


# --- an endless page's next story -----------------------------------------------------------------------------------

_NEXT = ["Leyburn's market hall will reopen in September after a two-year repair of its roof and clock tower.",
         "The hall closed in 2024 when a surveyor found rot in the main beams of the roof."]


def _story(lines: list[str], head: str = "<h2>x</h2>") -> str:
    return f"<article class='a'>{head}<div class='body'>" + "".join(f"<p>{line}</p>" for line in lines) + \
        "</div></article>"


def _rescued(page: str) -> list[str]:
    root = parse_html(f"<html><body>{page}</body></html>")
    return [b.text for b in rescue_paragraphs(root, [Block(BlockKind.PARAGRAPH, line) for line in _STORY[:2]])]


@pytest.mark.parametrize(("page", "read"), [
    (_story(_STORY) + _story(_NEXT), _STORY),
    ("<div class='item'>" + _story(_STORY) + "</div><div class='item'>" + _story(_NEXT) + "</div>", _STORY),
    # guards: a story in no <article> rescues its boxes as before; the kept paragraphs in two <article>s (a live
    # page's entries); a post embedded in the story's own <article>
    ("<div class='s'><div class='body'>" + _BODY + "</div><div class='body'><p>" + _NEXT[0] + "</p></div></div>",
     [*_STORY, _NEXT[0]]),
    (_story(_STORY[:1]) + _story(_STORY[1:]), _STORY),
    (f"<article class='a'><div class='body'>{_BODY}</div><article class='embed'><div class='body'><p>{_NEXT[0]}</p>"
     "</div></article></article>", [*_STORY, _NEXT[0]]),
])
def test_an_endless_pages_next_story_is_not_rescued_into_the_first(page: str, read: list[str]) -> None:
    """An endless page appends the next story under the first, an <article> of the same boxes: its paragraphs were
    rescued into the first story as its own."""
    assert _rescued(page) == read


# --- an event's date and time alone ---------------------------------------------------------------------------------

_EVENT = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Event\"}</script>"
_MEC = ("<div class='mec-event-meta'><div><h3>Date</h3><dl><dd>Thursday 9 July 2026</dd></dl></div><div><h3>Time</h3>"
        "<dl><dd>6:30 pm - 8:00 pm</dd></dl></div></div>")


def test_an_events_date_and_time_alone_are_read() -> None:
    """A calendar plugin's event with only a date and a time beside its description: the two fields, short lines at
    the article's head, were trimmed as a page's tool links ("Print", "Share")."""
    page = (f"<html><head><title>Weir walk</title>{_EVENT}</head><body><main><article><h1>Weir walk</h1>{_BODY}"
            f"</article><aside>{_MEC}</aside></main></body></html>")
    assert _read(page) == ["Date: Thursday 9 July 2026", "Time: 6:30 pm - 8:00 pm", *_STORY]


@pytest.mark.parametrize(("head", "kept"), [
    (["Date: Thursday 9 July 2026", "Time: 6:30 pm"], True),
    # guards: tool links; one field among tools; a label no event's; fields with no figure
    (["Print", "Share"], False),
    (["Date: Thursday 9 July 2026", "Share"], False),
    (["Filed: 9 July 2026", "Desk: 2"], False),
    (["Date: soon", "Time: evening"], False),
])
def test_only_an_events_fields_at_the_head_are_kept(head: list[str], kept: bool) -> None:
    blocks = [*(Block(BlockKind.LIST_ITEM, line) for line in head), *(Block(BlockKind.PARAGRAPH, s) for s in _STORY)]
    assert ([b.text for b in drop_boilerplate_blocks(blocks, Metadata(title="Weir walk"))][:len(head)] == head) is kept


# --- a slide's counter classed by BEM; a post's licence line --------------------------------------------------------

def _slides(count_class: str) -> list[str]:
    slides = "".join(f"<li><figure><img src='/{n}.jpg'><figcaption><span class='{count_class}'>{n} of 3</span>"
                     f"<span class='slide__caption'>{line}</span></figcaption></figure></li>"
                     for n, line in enumerate(_STORY, 1))
    root = parse_html(f"<html><body><article><p>{_VOTE}</p><ul class='track'>{slides}</ul></article></body></html>")
    figures_as_paragraphs(root)
    return [p.text_content() for p in root.iter("p")][1:]


@pytest.mark.parametrize(("count_class", "read"), [
    ("slide__count", _STORY),
    ("gallery-count", _STORY),
    # guard: a class that holds the word within another ("account") is the caption's own
    ("slide__account", [f"{n} of 3{line}" for n, line in enumerate(_STORY, 1)]),
])
def test_a_slides_counter_classed_by_bem_is_not_read(count_class: str, read: list[str]) -> None:
    """A slideshow sets each slide's counter in a <span class="slide__count">: it ran into the caption ("1 of 4Horses
    are washed in the River Eden")."""
    assert _slides(count_class) == read


@pytest.mark.parametrize(("note", "dropped"), [
    ("<div class='license-wrapper'>This post is licensed under <a href='/cc'>CC BY 4.0</a> by the author.</div>", True),
    ("<p><small>This work is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License."
     "</small></p>", True),
    # guards: a story's sentence on a licence; a licence that is no content licence; the line inside a paragraph
    ("<p>The software is licensed under the GPL, so anyone may change it.</p>", False),
    ("<p>This site is licensed under the Licensing Act 2003 to sell alcohol.</p>", False),
    ("<p>The map on this page is ours. This post is licensed under CC BY 4.0 by the author.</p>", False),
])
def test_a_posts_licence_line_is_not_read(note: str, dropped: bool) -> None:
    """Chirpy ends every post on "This post is licensed under CC BY 4.0 by the author.": it was read as the post's
    last line."""
    root = parse_html(f"<html><body><article>{_BODY}{note}</article></body></html>")
    drop_licence_notes(root)
    assert ("icensed" not in root.find(".//article").text_content()) is dropped


# --- a convention pinned: a tweet's picture address -----------------------------------------------------------------

def test_a_tweets_picture_address_is_kept_by_clean_and_said_as_nothing() -> None:
    """pages22's embeds_tweet_video, a known convention: clean keeps the address of a tweet's picture in its line (the
    extraction sets' pages keep it), and the speech stage says nothing for it, so the listener hears the tweet's
    words alone."""
    line = "First swifts into the tower boxes tonight. Twenty years we've waited"
    page = (f"<html><head><title>Swifts</title></head><body><article><h1>Swifts</h1>{_BODY}<blockquote "
            f"class='twitter-tweet'><p>{line} <a href='https://t.co/x'>pic.twitter.com/AbC123xyz</a></p></blockquote>"
            f"</article></body></html>")
    kept = [text for text in _read(page) if "swifts" in text]
    assert kept == [f"{line} pic.twitter.com/AbC123xyz"] and [speakable(text, "en-gb") for text in kept] == [line]


# --- cost: each new look stays linear -------------------------------------------------------------------------------

def test_a_long_broken_line_under_the_headline_stays_linear() -> None:
    check_linear("Published: Monday<br>", read=lambda text: _under_headline(text))


@pytest.mark.parametrize("token", [_story(_NEXT), "<article><div class='body'><p>" + _NEXT[0] + "</p></div></article>"])
def test_many_next_stories_stay_linear(token: str) -> None:
    check_linear(token, small=300, read=lambda text: _rescued(_story(_STORY) + text))


@pytest.mark.parametrize("token", ["<span>Was this helpful?</span><button>Yes</button>",
                                   "<div><span>This post is licensed under CC BY 4.0 by the author.</span></div>",
                                   "<p>This work is licensed under CC " + "4." * 40 + "</p>"])
def test_many_ratings_and_licence_lines_stay_linear(token: str) -> None:
    def read(text: str) -> None:
        root = parse_html(f"<html><body>{text}</body></html>")
        drop_feedback_questions(root)
        drop_licence_notes(root)
    check_linear(token, read=read)


def test_many_field_lines_at_the_head_stay_linear() -> None:
    def read(text: str) -> object:
        blocks = [Block(BlockKind.LIST_ITEM, line) for line in text.splitlines()]
        return drop_boilerplate_blocks([*blocks, Block(BlockKind.PARAGRAPH, _WEIR)], Metadata(title="x"))
    check_linear("Date: 9 July\n", small=300, read=read)


# --- the pages: known misses fail when they start to pass ----------------------------------------------------------

_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)
