"""HTML pages of our own from twenty-four platforms and page kinds the earlier sets lacked (tests/fixtures/pages29,
issue #10): a regional paper's story on Atex Polopoly, a Bludit post, a Constant Contact campaign's web copy, a water
district's news on DNN with EasyDNNnews, a Document360 help article, a football club's news, a GoDaddy site builder's
blog post, a GovCMS (CivicTheme) media release, a Higher Logic community blog, a Hostinger site builder's blog post, a
council's news on Jadu, a JNews WordPress post, a company's news on Kentico, a Listed post, a regional paper's story on
Naviga, an October CMS (RainLab) post, a ProBoards thread, a ServiceNow knowledge article, a university's news on
Squiz Matrix, a Statamic journal entry, a Superdesk Publisher story, a Drupal Thunder article, a UN meetings coverage
release and a Webnode blog post. Each page's title, author, date and lines were written down before the cleaner first
ran on it; every third page (constant_contact_campaign, football_club_news, higher_logic_blog, jnews_wp_post,
naviga_regional_story, servicenow_kb_article, superdesk_publisher_story, webnode_blog) was kept aside while the rules
were written.

FIRST READING: 11 of 16 tuning pages right (77 of 79 lines read, 2 lines of clutter; 3 authors and 2 dates wrong), 5 of
8 aside (41 of 41 lines, 1 line of clutter; 2 authors wrong). The tuning misses by class: a byline box setting the day
in an element of its own beside the name, run into it ("Aoife Brennan Sun, 22 Nov and 2026 - 18:40", Atex); the day a
newspaper's top bar shows it is read taken for the story's (Atex); a site builder's post naming its date and poster only
in elements its test hooks name ("data-aid='BLOG_POST_DATE'"), the site's name its meta author (GoDaddy); a credit
"Words by Liam O'Connor" not taken for the byline (Statamic); a box asking the reader to book, its heading and pitch in
one cell and its button in the next, read as the post's last lines (Hostinger); a forum's reply in an <article> of its
own inside a table cell lost (ProBoards).

After the rules the tuning pages read 15 of 16 (77 of 79 lines, no clutter).

The kept third, read once then: 6 of 8 (41 of 41 lines, 1 line of clutter). The byline rule read the Higher Logic
blog's "Dana Whitfield" over "11-17-2026 09:14" right; not the Naviga story's writer's post run into the name ("Marcus
Bell Staff Writer", an element its class names "byline-title"), nor a newsletter's issue line under its heading.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sweeps import check_linear

from narrator.clean.bylines import authors_from
from narrator.clean.htmlauthors import _AUTHOR_LABEL, _CREDITED, _DAY_CLASS, _byline_names, _labelled_author
from narrator.clean.htmldates import _TODAY_BARS, _todays_dates
from narrator.clean.htmlparse import parse_html
from narrator.clean.lines import make_line
from narrator.clean.templates import drop_asking_boxes
from tests.pages6 import check_reading, page_names, read_page
from tests.pages6 import clean_page as _clean

FIXTURES = Path(__file__).parent / "fixtures" / "pages29"
PAGES = page_names(FIXTURES)

_LOCK = ("The lock keeper at Hatton opened the top gate at seven, as he has every morning for thirty years, and the "
         "first boat of the day slid in out of the mist.")
_FLIGHT = ("There are twenty-one locks in the flight, and a boat that works them without help takes most of a "
           "morning to climb the hill into Warwick.")
_PADDLES = ("Volunteers now stand at the busiest locks on summer weekends, winding paddles for crews who have never "
            "been through a lock before.")
_BODY = "".join(f"<p>{line}</p>" for line in (_LOCK, _FLIGHT, _PADDLES))


def _page(inside: str, title: str = "A morning on the Hatton flight - Canal Times", head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{inside}</body></html>"


def _root(inside: str) -> object:
    return parse_html(f"<html><body>{inside}</body></html>")


# --- a byline box setting the day in an element of its own -----------------------------------------------------

@pytest.mark.parametrize(("byline", "names"), [
    ("<div class='p-byline-wrap'><span class='p-byline'>Aoife Brennan</span><span class='p-dateline'>Sun, 22 Nov, "
     "2026 - 18:40</span></div>", ["Aoife Brennan"]),
    ("<p class='byline'>By <a href='/a/tom'>Tom Ryder</a> <time>14 March 2026</time></p>", ["Tom Ryder"]),
    ("<div class='byline-box'><span>Ines Duarte</span><span class='post-date'>2026-03-04</span></div>",
     ["Ines Duarte"]),
    ("<div class='byline'><a href='/people/ann'>Ann Lee</a><span id='stamp-time'>11-17-2026 09:14</span></div>",
     ["Ann Lee"]),
    # the day parts the names from what follows it (a count of comments, an editor's link)
    ("<div class='byline'>By Ann Lee <span class='date'>4 December 2026, 3:51 pm</span><span class='comments'><a "
     "href='#c'>7</a></span><span class='edit'><a href='/wp-admin/post.php'>Edit</a></span></div>", ["Ann Lee"]),
    # the day between the verb and "by" ("Posted Oct 20, 2026 by Rhoda Quist") parts nothing: the line is read whole
    ("<div class='topic-byline'>Posted <time datetime='2026-10-20'>Oct 20, 2026</time> by <a href='/u/rq'>"
     "Rhoda Quist</a></div>", ["Rhoda Quist"]),
    # (split into its names later, as a byline without "By" is)
    ("<div class='byline'><span>Ann Lee and Bo Chan</span><span class='date'>2026-12-04</span></div>",
     ["Ann Lee and Bo Chan"]),
])
def test_a_bylines_day_in_an_element_of_its_own_is_no_name(byline: str, names: list[str]) -> None:
    """Atex's byline box sets the name and the day in spans of their own: its text ran the two together and the day's
    commas parted it into more names ("Aoife Brennan Sun", "22 Nov and 2026 - 18:40")."""
    assert _byline_names(_root(byline)) == names


@pytest.mark.parametrize(("byline", "names"), [
    # guards: an element its class names a date that holds names, not a day; one that holds more than a day
    ("<div class='byline'><span class='dateline'>By Ann Lee and Bo Chan</span></div>", ["Ann Lee", "Bo Chan"]),
    ("<div class='byline'><span class='date'>Ann Lee, 4 December 2026</span></div>", ["Ann Lee"]),
])
def test_an_element_named_for_a_date_that_holds_names_stays(byline: str, names: list[str]) -> None:
    assert _byline_names(_root(byline)) == names


def test_a_day_class_names_a_date_or_a_time() -> None:
    assert [bool(_DAY_CLASS.search(name)) for name in (
        "p-dateline", "byline-date", "post_date", "timestamp", "date", "update", "timetable", "candidates")] == [
        True, True, True, True, True, False, False, False]


# --- the day a newspaper's top bar shows it is read -------------------------------------------------------------

_STORY = (f"<article><h1>A morning on the Hatton flight</h1><div class='meta'><span class='dateline'>Sun, 22 Nov, "
          f"2026 - 18:40</span></div>{_BODY}</article>")


@pytest.mark.parametrize("bar", [
    "<div class='p-topbar'><span class='p-topbar-date'>Monday, 23 November 2026</span><a href='/e'>ePaper</a></div>",
    "<div class='jeg_topbar'><div class='jeg_nav_item jeg_top_date'>Monday, November 23, 2026</div></div>",
    "<div class='header-top'><span>23/11/2026</span><span>Cloudy, 8°C</span></div>",
    "<div id='today'>Mon 23 Nov 2026</div>",
])
def test_the_day_a_top_bar_shows_is_not_the_storys(bar: str) -> None:
    """Atex's top bar shows the day the page is read ("Monday, 23 November 2026") above the masthead: htmldate and the
    date elements took it, the first date on the page, for the story's."""
    assert (_clean(_page(bar + _STORY)).meta.published or "")[:10] == "2026-11-22"


@pytest.mark.parametrize(("page", "aside"), [
    ("<div class='topbar'><span>Monday, 23 November 2026</span></div>" + _STORY, 1),
    # guards: a bar of top stories (its days are theirs); a bar under the headline; a day of more than a day's words
    ("<div class='top-stories'><span>Monday, 23 November 2026</span></div>" + _STORY, 0),
    (_STORY + "<div class='topbar'><span>Monday, 23 November 2026</span></div>", 0),
    ("<div class='topbar'><span>Tickets for the gala on Monday, 23 November 2026 on sale now</span></div>" + _STORY,
     0),
])
def test_only_a_day_alone_in_a_top_bar_above_the_headline_is_set_aside(page: str, aside: int) -> None:
    assert len(_todays_dates(_root(page))) == aside


# --- a site builder's post naming its date and poster by test hooks ---------------------------------------------

_HOOKED = ("<div data-aid='BLOG_POST_AUTHOR_DATE'><p data-aid='BLOG_POST_AUTHOR'>Posted by Gemma Holt</p><p>/</p>"
           "<p data-aid='BLOG_POST_DATE'>December 1, 2026</p></div>")
_SITE = "<meta name='author' content='Saltway Boatyard'><meta property='og:site_name' content='Saltway Boatyard'>"


def test_a_site_builders_post_names_its_poster_over_the_sites_name() -> None:
    """GoDaddy's site builder marks a blog post's parts by "data-aid" hooks, no class, and gives the site's name as
    its meta author: the site was read as the writer and no date was found."""
    meta = _clean(_page(f"<main><h1>A morning on the Hatton flight</h1>{_HOOKED}{_BODY}</main>", head=_SITE)).meta
    assert (meta.byline, (meta.published or "")[:10]) == ("Gemma Holt", "2026-12-01")


@pytest.mark.parametrize(("stamp", "day"), [
    ("<p data-qa='blog-post-date'>Nov 10, 2026</p>", "2026-11-10"),
    ("<span data-hook='post-date'>10 November 2026</span>", "2026-11-10"),
    # guard: a hook that names no date (a menu's link to the timetable)
    ("<a data-qa='navigation-item-timetable'>Timetable for 10 November 2026</a>", ""),
])
def test_a_site_builders_date_hook_dates_the_post(stamp: str, day: str) -> None:
    page = _page(f"<main><h1>A morning on the Hatton flight</h1>{stamp}{_BODY}</main>")
    assert (_clean(page).meta.published or "")[:10] == day


@pytest.mark.parametrize(("line", "names"), [
    ("Posted by Gemma Holt / December 1, 2026", ("Gemma Holt",)),
    ("By Ann Lee / Features", ("Ann Lee",)),
    # guard: a slash with no spaces about it is no separator (a pair of names written as one)
    ("By Ann Lee and Bo Chan", ("Ann Lee", "Bo Chan")),
])
def test_a_spaced_slash_ends_a_bylines_names(line: str, names: tuple[str, ...]) -> None:
    assert authors_from(make_line(0, line, 0)) == names


# --- a credit naming the writer by their words ------------------------------------------------------------------

@pytest.mark.parametrize(("credit", "names"), [
    ("<span>Words by Liam O'Connor</span>", ["Liam O'Connor"]),
    ("<span>Text by Ines Duarte</span>", ["Ines Duarte"]),
    ("<p>Words and pictures by Tom Hale</p>", ["Tom Hale"]),
    ("<div>Story by Ann Lee</div>", ["Ann Lee"]),
    # guards: the words open a phrase, not a credit
    ("<span>Words by the sea</span>", []),
    ("<p>Story by story, the town rebuilt</p>", []),
])
def test_a_credit_by_the_writers_words_names_them(credit: str, names: list[str]) -> None:
    """Statamic's journal template writes "Words by Liam O'Connor" beside the day: no author was found."""
    assert _labelled_author(_root(f"<main><h1>A morning on the Hatton flight</h1><div>{credit}<time>5 November 2026"
                                  f"</time></div>{_BODY}</main>")) == names


def test_a_credited_page_names_its_writer() -> None:
    page = _page(f"<article><h1>A morning on the Hatton flight</h1><div><span>Words by Liam O'Connor</span><time "
                 f"datetime='2026-11-05'>5 November 2026</time></div>{_BODY}</article>")
    assert _clean(page).meta.byline == "Liam O'Connor"


# --- a box asking the reader to act, its button in the next cell -------------------------------------------------

@pytest.mark.parametrize(("box", "dropped"), [
    ("<div class='block-layout'><div class='layout-element'><div class='text-box'><h3>Ready to try a class?</h3><p>"
     "Your first class is free. No experience needed.</p></div></div><div class='layout-element'><a "
     "class='grid-button' "
     "href='/book'>Book your free class</a></div></div>", True),
    ("<div class='row'><div class='col'><h2>Join the boat club</h2><p>Meet other crews on the first Sunday of the "
     "month.</p></div><div class='col'><a class='btn' href='/join'>Join now</a></div></div>", True),
    ("<section class='band'><div class='inner'><div class='copy'><h4>Hire a boat for a week</h4><p>Your crew, your "
     "pace.</p></div><a class='cta-button' href='/hire'>Check dates</a></div></section>", True),
    # guards: a product page's section, its heading a few wrappers down, speaking to "you" and ending on a link that
    # is no button by its class; a box that tells more; a box of the article's that opens on a paragraph; a long one
    ("<section id='tidy'><div class='container'><div class='copy'><h2>The history of the flight</h2><p>Pick the lock "
     "you like and follow its story.</p></div><div class='animation'><a role='button' href='#'>Replay</a></div></div>"
     "</section>", False),
    ("<div class='row'><div class='col'><h2>The history of the flight</h2><p>Built in 1799.</p></div><div "
     "class='col'><a class='btn' href='/history'>Read more</a></div></div>", False),
    ("<div class='row'><div class='col'><p>The flight was built in 1799.</p><h2>Join the boat club</h2></div><div "
     "class='col'><a class='btn' href='/join'>Join now</a></div></div>", False),
    (f"<div class='row'><div class='col'><h2>Join the boat club</h2>{_BODY}</div><div class='col'><a class='btn' "
     f"href='/join'>Join now</a></div></div>", False),
])
def test_an_asking_box_headed_a_few_wrappers_down_is_not_read(box: str, dropped: bool) -> None:
    """Hostinger's site builder sets a post's closing pitch as a heading and a line in one cell and a button in the
    next: "Ready to try a class?" and "Your first class is free." were read as the post's last lines."""
    root = _root(f"<article>{_BODY}</article>{box}")
    drop_asking_boxes(root)
    text = root.text_content()
    assert ("Join the boat club" not in text and "Ready to try" not in text and "Hire a boat" not in text
            and "The history" not in text and "built in 1799" not in text) is dropped


# --- cost: each new look stays linear ------------------------------------------------------------------------------

def test_new_patterns_stay_linear() -> None:
    check_linear("date-", read=lambda text: _DAY_CLASS.search(f"{text}x"))
    check_linear("words and pictures by ", read=lambda text: _CREDITED.match(f"{text}x"))
    check_linear(" / ", read=lambda text: authors_from(make_line(0, f"By Ann Lee{text}", 0)), small=20)


def test_many_boxes_stay_linear() -> None:
    check_linear("<span class='date'>1 May 2026</span>", small=100,
                 read=lambda text: _byline_names(_root(f"<div class='byline'>Ann Lee{text}</div>")))
    check_linear("<div class='topbar'><span>Monday, 23 November 2026</span></div>", small=100,
                 read=lambda text: _todays_dates(_root(f"{text}<h1>T</h1>")))
    check_linear("<div>", small=200, read=lambda text: drop_asking_boxes(_root(f"{text}<h2>Join</h2><a class='btn'>"
                                                                              f"Join now</a>")))
    check_linear("<span>Words by Ann Lee</span>", small=100, read=lambda text: _AUTHOR_LABEL(_root(text)))
    check_linear("<div class='top-bar'>", small=100, read=lambda text: _TODAY_BARS(_root(text)))


# --- the pages: known misses fail when they start to pass ----------------------------------------------------

_KNOWN: dict[str, str] = {
    # proboards_thread reads right since pages33 (platforms.table_posts_as_thread: a post's text bare in its box made
    # paragraphs)
    # naviga_regional_story reads right since pages31 (htmlauthors._by_name_alone)
    "constant_contact_campaign": "(kept aside) a newsletter's issue line under its heading ('Greenway Community "
                                 "Garden newsletter · November 2026') read as its first line",
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)
