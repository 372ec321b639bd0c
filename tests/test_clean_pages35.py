"""HTML pages of our own from fourteen platforms the earlier sets lacked (tests/fixtures/pages35, issue #10): a potter's
Cargo page, a model railway club's e107 news, a Forumotion topic, a tearoom's GetSimple page, a Kajabi blog post, a
Known post, a Mezzanine blog post, a Ning blog post, a Plume article, a PmWiki page, a twinning association's SPIP
article, a Tiki blog post, a wpForo topic and a lifeboat guild's XOOPS news; and ten pages of the classes the last sets
left, two of each, in other markup and other words: PunBB topics (1.2's and 1.4's markup) with their board's description
and "Powered by PunBB"; SMF topics (2.1's boxes and 1.1's tables) with their posters' ranks and counts and a last reply
of four words; threads whose last reply is short, in YaBB's and UBB.threads' tables; Serendipity entries bylined in
their footers ("Posted by Ann Ward in Village life at 10:42"); FlatPress entries bylined "Posted by Aoife Lynch in
Walks, Winter". Each page's title, author, date and lines were written down before the cleaner first ran on it; every
third platform page in name order (forumotion_topic, known_post, plume_article, tiki_blog_post) was kept aside while the
rules were written, scored as a number only; the ten pages of left classes are in the tuned part.

FIRST READING: platforms tuned 6 of 10 right (35 of 35 lines, 2 lines of clutter; 2 authors and 1 title wrong), kept
aside 1 of 4 (11 of 14 lines); left classes 0 of 10 (31 of 36 lines, 27 lines of clutter; 3 titles and 4 authors wrong).
After the first run the scoring of five pages was made stricter, never easier: lines read as the cleaner renders them
("Home > News > ...", a table's cells run together, "Logged.") were written into their not_read and not_within, as a
listener hears them; the first reading above is scored with them. The misses by class: a byline "Posted by NAME in
CATEGORY" taken with its category (FlatPress, Serendipity: three pages), or not found where no element's class calls it
a byline (Serendipity's footer, e107's "Posted by ... on Tuesday 03 November 2026", Mezzanine's "Posted by: Mary Brook 3
weeks, 2 days ago": four pages); Serendipity's day heading "Saturday, October 17. 2026" no day; "Powered by PunBB,
supported by ..." read; a PunBB board's description read (1.2's box "brdtitle"); a forum's <h1> of its name taken for
the headline (SMF's "forumtitle", PunBB 1.2's "Board / Topic"); SMF's head lines ("Topic: ... (Read 214 times)",
"Started by hilltop_jo, November 30, 2026, ..."); an SMF 2.1 topic's last reply of four words lost (its text five boxes
under the post it is one of); a trail line ending on the title and a day line whose name was taken out as the byline
("Wednesday 18 November 2026, by", SPIP); a post's subject and stamp over each reply ("Re: Ewe lame on a back foot
11/27/26 08:15 PM"); a <title> "Story - News - Site" titled "Story - News" (XOOPS); and, left (below), topics laid out
in tables (SMF 1.1, YaBB), a sidebar's calendar and a site named as its meta author.

AFTER THE RULES: platforms tuned 9 of 10 (35 of 35 lines, no clutter; XOOPS's author left), left classes 7 of 10 (32 of
36 lines, 17 lines of clutter, all on the two table topics and the calendar); the kept third 1 of 4, as at the first
reading (11 of 14 lines). Read once at the end, its misses are of classes no rule here touched: a Forumotion topic's
replies lost and its first post's head line read, a Known post's <title> "Post: Writer" taken whole, a Plume article's
subtitle lost. The rules read right six earlier known misses: pages33's punbb_topic (kept aside there), pages34's
punbb_bees_topic, punbb_allotment_topic (kept aside there), serendipity_entry, smf_topic and smf_bike_topic (kept aside
there: a poster's card of a rank and "Posts: 12" between the posts); pages33's flatpress_entry now gives its author.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

import narrator.clean.html as html_module
from narrator.clean.bylines import authors_from
from narrator.clean.common import parse_date
from narrator.clean.htmlauthors import _POSTED_LINE, _posted_by_line
from narrator.clean.lines import is_cta, make_line, words_of
from narrator.clean.notices import FORUM_STATE, SOFTWARE_CREDIT
from tests.pages6 import check_reading, clean_page, page_names, read_page
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "pages35"
PAGES = page_names(FIXTURES)


def _said(page: str) -> list[str]:
    return [block.text for block in clean_page(page).blocks]


# --- a byline naming the post's category after its poster -------------------------------------------------------------

@pytest.mark.parametrize(("line", "names"), [
    ("Posted by Ann Ward in Village life at 10:42", ("Ann Ward",)),
    ("Posted by Colm Brennan in Outings", ("Colm Brennan",)),
    ("Posted by Aoife Lynch in Walks, Winter", ("Aoife Lynch",)),
    ("by Priya Nair in Recipes, Baking", ("Priya Nair",)),
    ("Posted by Derek Mills in Hall news at 18:20 | Comments (0)", ("Derek Mills",)),
    ("By Tom Hart in London", ("Tom Hart",)),
    # near misses: a name's own particle; names that open on "In"
    ("By Sophie in 't Veld", ("Sophie in 't Veld",)),
    ("By Jo Inglis and Sam Inman", ("Jo Inglis", "Sam Inman")),
])
def test_a_bylines_category_after_in_is_no_part_of_the_name(line: str, names: tuple[str, ...]) -> None:
    """FlatPress's "Posted by Colm Brennan in Outings" was bylined "Colm Brennan in Outings"."""
    assert authors_from(make_line(0, line, 0)) == names


def _entry(footer: str, day: str = "<h3 class='serendipity_date'>Saturday, October 17. 2026</h3>") -> str:
    text = "".join(f"<p>{p}</p>" for p in (
        "The footpath along the mill race reopened on Thursday after eight months behind fences.",
        "The new bridge is a foot higher than the old one and has a handrail on both sides."))
    return (f"<html><head><title>The footpath is open again</title></head><body><div id='mainpane'>{day}<h4>The "
            f"footpath is open again</h4><div class='entry_body'>{text}</div><div class='entryFooter'>{footer}</div>"
            f"</div></body></html>")


@pytest.mark.parametrize(("footer", "names"), [
    ("Posted by <a href='/authors/1'>Ann Ward</a> in <a href='/c/1'>Village life</a> at <a href='/a/2'>10:42</a>",
     ["Ann Ward"]),
    ("Posted by <a href='/authors/3'>Tariq Bashir</a> in <a>Hound care</a>, <a>Appeals</a> at <a>16:05</a><br><a>"
     "Comment (1)</a>", ["Tariq Bashir"]),
    ("Posted by <a href='/user.php?id.4'>Ruth Okafor</a> on Tuesday 03 November 2026 - 19:20:45", ["Ruth Okafor"]),
    ("Posted by: <a href='/blog/author/mbrook/'>Mary Brook</a> 3 weeks, 2 days ago", ["Mary Brook"]),
    ("Posted by Gwen Price an hour ago", ["Gwen Price"]),
    # near misses: an account, no person; a name with no time, day or age after it; "on" and no day
    ("Posted by admin in News at 10:42", []),
    ("Posted by Ann Ward", []),
    ("Posted by Ann Ward on the village noticeboard", []),
])
def test_a_posts_line_names_its_poster_before_its_category_and_time(footer: str, names: list[str]) -> None:
    """Serendipity's footer "Posted by Derek Mills in Hall news at 18:20", e107's "Posted by ... on <day>" and
    Mezzanine's "Posted by: ... 3 weeks, 2 days ago" gave their pages no author."""
    assert _posted_by_line(lxml_html.fromstring(_entry(footer))) == names


@pytest.mark.parametrize(("text", "day"), [
    ("Saturday, October 17. 2026", "2026-10-17"),
    ("Monday, November 30. 2026", "2026-11-30"),
    ("Dec 1. 2026", "2026-12-01"),
    ("October 17, 2026", "2026-10-17"),
    # near misses: a number after a month's day and a stop, not a year; no month at all
    ("March 3. 12 people came to the meeting.", None),
    ("Chapter 17. 2026 plans", None),
])
def test_a_day_with_a_stop_after_it_is_a_day(text: str, day: str | None) -> None:
    """Serendipity's day heading "Monday, November 30. 2026" gave its page no day, and was read."""
    assert parse_date(text) == day


# --- the site's software credited in its foot -------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "credit"), [
    ("Powered by PunBB", True),
    ("Proudly powered by e107", True),
    ("Powered by SMF 1.1.21 | SMF © 2015, Simple Machines", True),
    ("Powered by PunBB, supported by Informer Technologies, Inc.", True),
    ("Powered by FlatPress. Feeds: RSS | Atom", True),
    ("Powered by wpForo version 2.4.1", True),
    ("Powered by Mezzanine and Django", True),
    # near misses: a story's sentences
    ("Powered by a new engine, the boat reached Ely by noon.", False),
    ("Powered by Rolls-Royce engines, the Spitfire climbed faster than anything the Luftwaffe flew.", False),
    ("Powered by Greenpeace, the campaign spread to forty countries.", False),
    ("Powered by solar panels and a small wind turbine.", False),
    ("Powered by RateFinder.com", False),  # a partner's calculator in the story's box, named by its domain
])
def test_a_line_crediting_the_sites_software_is_a_notice(line: str, credit: bool) -> None:
    """"Powered by PunBB" closing a PunBB topic was read after its last reply."""
    assert is_cta(line, words_of(line)) is credit


# --- a board's motto beside its name ----------------------------------------------------------------------------------

_POSTS = ("I lifted the back of my hive today and it felt much lighter than in October, so I fed it.",
          "Feed now if it feels light. A block of fondant over the crown board will do no harm at all.")


def _board(head: str, title: str = "Hefting the hive in December") -> str:
    posts = "".join(f"<div class='post'><div class='entry-content'><p>{p}</p></div></div>" for p in _POSTS)
    return (f"<html><head><title>{title}</title></head><body>{head}<div class='main-content'>{posts}</div></body>"
            f"</html>")


@pytest.mark.parametrize(("head", "motto"), [
    ("<div id='brd-head'><p id='brd-title'><a href='/'>Dales Beekeepers</a></p><p id='brd-desc'>Hives, honey and the "
     "weather</p></div>", "Hives, honey and the weather"),
    ("<div id='brd-head'><p id='brd-access'><a href='#main'>Skip to forum content</a></p><p id='brd-title'><a "
     "href='/'>Fenland Wheelers</a></p><p id='brd-desc'>Flat roads, long skies and a headwind either way</p></div>",
     "Flat roads, long skies and a headwind either way"),
    ("<div id='brdtitle' class='inbox'><h1><span>Wessex Singers</span></h1><p><span>Rehearsals, concerts and the "
     "music between</span></p></div>", "Rehearsals, concerts and the music between"),
    ("<header><p class='site-title'><a href='/'>Marsh Diary</a></p><p class='site-description'>Notes from the "
     "edge of the fen</p></header>", "Notes from the edge of the fen"),
])
def test_a_boards_motto_beside_its_name_is_not_read(head: str, motto: str) -> None:
    """PunBB's "<p id='brd-desc'>Hives, honey and the weather</p>" was read among the topic's posts."""
    said = _said(_board(head))
    assert motto not in said and all(p in said for p in _POSTS), said


def test_a_posts_own_description_is_read() -> None:
    """A near miss: a post's description in its <article>, however it is named, is the post's."""
    page = ("<html><head><title>Hefting the hive</title></head><body><article><h1>Hefting the hive</h1><p "
            "class='blog-description'>Why a light hive in December needs feeding now.</p>"
            + "".join(f"<p>{p}</p>" for p in _POSTS) + "</article></body></html>")
    document = clean_page(page)
    assert "Why a light hive in December needs feeding now." in [*[b.text for b in document.blocks],
                                                                  document.meta.standfirst]


# --- a forum's name as its <h1> --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "title", "headline"), [
    ("<h1 class='forumtitle'><a id='top' href='/index.php'>Grow Your Own Forum</a></h1>",
     "Leeks bolting in the first year", "Leeks bolting in the first year"),
    ("<div id='brdtitle'><h1><span>Wessex Singers</span></h1><p><span>Rehearsals and concerts</span></p></div>"
     "<h3>Concert dress for the carol service</h3>", "Wessex Singers / Concert dress for the carol service",
     "Concert dress for the carol service"),
    ("<div class='board-title'><h1>Dales Beekeepers</h1><p>Hives and honey</p></div>",
     "Hefting the hive in December", "Hefting the hive in December"),
    # a near miss: a topic's own heading named for the forum's topic
    ("<h1 class='forum-topic-title'>Hefting the hive in December</h1>", "Dales Beekeepers",
     "Hefting the hive in December"),
])
def test_a_forums_name_heading_is_not_the_headline(head: str, title: str, headline: str) -> None:
    """SMF's "<h1 class='forumtitle'>" and PunBB 1.2's "<div id='brdtitle'><h1>" titled their topics by the board."""
    assert clean_page(_board(head, title)).meta.title == headline


# --- a forum topic's head lines ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "state"), [
    ("Topic: Valve radio hums when it warms up (Read 214 times)", True),
    ("Author Topic: Damp patch on the chimney breast (Read 85 times)", True),
    ("Started by hilltop_jo, November 30, 2026, 06:12:44 PM", True),
    ("Started by Ann Lee, 3 March 2025", True),
    # near misses: a history's sentence; a topic named in a sentence
    ("Started by Ann Lee, the garden club grew to 200 members in 2019.", False),
    ("Started by Tom Kerr, March 4, 2026 the appeal raised more than its target in a week.", False),
    ("Topic: why we lay hedges", False),
])
def test_a_forum_topics_head_lines_are_the_forums(line: str, state: bool) -> None:
    """SMF's "Topic: ... (Read 214 times)" and "Started by hilltop_jo, November 30, 2026, 06:12:44 PM" were read."""
    assert is_cta(line, words_of(line)) is state


# --- a thread's short last reply, its text deep in its post's boxes ---------------------------------------------------

def _smf(replies: list[str]) -> str:
    posts = "".join(f"<div class='windowbg' id='msg{k}'><div class='post_wrapper'><div class='poster'><h4><a>member{k}"
                    f"</a></h4></div><div class='postarea'><div class='keyinfo'><a>Re: Leeks</a></div><div "
                    f"class='post'><div class='inner'>{text}</div></div></div></div></div>"
                    for k, text in enumerate(replies))
    return (f"<html><head><title>Leeks bolting</title></head><body><div id='forumposts'>{posts}</div><div "
            f"id='footer'>SMF 2.1.4</div></body></html>")


_OPENING = ["Half my leeks have sent up flower stalks this autumn, six months after planting.<br><br>They were from "
            "seed I saved myself. Did I do something wrong?",
            "A cold snap early in the season makes leeks think a winter has passed, and they flower the next year. Buy "
            "fresh seed next spring and sow a fortnight later."]


@pytest.mark.parametrize("last", ["Fresh seed ordered. Thanks!", "That fixed it, thanks.", "Sorted, thank you all.",
                                  "Capacitors replaced. Hum gone."])
def test_a_threads_short_last_reply_is_read(last: str) -> None:
    """An SMF 2.1 topic's last reply of four words ("Fresh seed ordered. Thanks!") was lost: its text box stands five
    levels under the post it is one of."""
    said = _said(_smf([*_OPENING, last]))
    assert last in said, said


def test_a_posters_signature_under_a_short_reply_is_not_read() -> None:
    """A near miss: the poster's signature under each post, in a box of its own kind, is not a reply."""
    page = _smf([*_OPENING, "Fresh seed ordered. Thanks!"]).replace(
        "</div></div></div></div></div>", "</div></div><div class='signature'>Grow it, eat it, save the seed.</div>"
        "</div></div></div>")
    said = _said(page)
    assert "Fresh seed ordered. Thanks!" in said and "Grow it, eat it, save the seed." not in said, said


# --- a trail, a day line and a post's head over the story -----------------------------------------------------------

_STORY = ("Our hosts met the coach in the square at eight in the morning with coffee and a brass band, and the mayor "
          "gave a speech.", "On Saturday the two towns planted an oak in the park by the river, next to the one "
          "planted in 1974.")


def _story(head: str, title: str = "The twinning visit to Saint-Aubin") -> str:
    return (f"<html><head><title>{title}</title><meta property='article:published_time' content='2026-11-18'>"
            f"</head><body><div class='content'>{head}" + "".join(f"<p>{p}</p>" for p in _STORY)
            + "</div></body></html>")


@pytest.mark.parametrize(("head", "line", "read"), [
    ("<p class='arbo'><a href='/'>Home</a> &gt; <a href='/news'>News</a> &gt; <strong>The twinning visit to "
     "Saint-Aubin</strong></p>", "Home > News > The twinning visit to Saint-Aubin", False),
    ("<p class='trail'><a href='/'>Home</a> › <a href='/blog'>Blog</a> › The twinning visit to Saint-Aubin</p>",
     "Home › Blog › The twinning visit to Saint-Aubin", False),
    ("<p>Harwell Twinning » Visits » The twinning visit to Saint-Aubin.</p>",
     "Harwell Twinning » Visits » The twinning visit to Saint-Aubin.", False),
    ("<p class='info-publi'>Wednesday 18 November 2026, by</p>", "Wednesday 18 November 2026, by", False),
    ("<p>18 November 2026 by</p>", "18 November 2026 by", False),
    # near misses: a trail ending on another page's name; a sentence with ">" in it; another day's line
    ("<p><a href='/'>Home</a> &gt; <a href='/news'>News</a> &gt; Christmas market</p>", "Home > News > Christmas "
     "market", True),
    ("<p>Turnout was high: 412 > 380 > 305 over the three visits, the committee said.</p>",
     "Turnout was high: 412 > 380 > 305 over the three visits, the committee said.", True),
])
def test_a_trail_or_a_day_line_over_the_story_is_not_read(head: str, line: str, read: bool) -> None:
    """SPIP's trail "Home > News > <title>" and its day line, the writer's name taken out ("Wednesday 18 November
    2026, by"), were read as the story's first lines."""
    said = _said(_story(head))
    assert (line in said) is read and all(p in said for p in _STORY), said


@pytest.mark.parametrize(("line", "read"), [
    ("Re: Ewe lame on a back foot 11/27/26 08:15 PM", False),
    ("Ewe lame on a back foot 11/27/26 06:40 PM", False),
    ("Re: Ewe lame on a back foot 2026-11-28 09:02", False),
    # a near miss: a sentence that opens on the title's words
    ("Ewe lame on a back foot 3 times this year, and each time it was a thorn.", True),
])
def test_a_posts_subject_and_stamp_are_not_read(line: str, read: bool) -> None:
    """UBB.threads sets each post's subject and stamp over its text ("Re: Ewe lame on a back foot 11/27/26 08:15
    PM"): read over every reply."""
    head = "Re: Ewe lame on a back foot" if read else line  # a near miss is a post's own paragraph
    texts = [*_STORY, line] if read else list(_STORY)
    posts = "".join(f"<div class='post'><div class='subject'>{head if k else 'Ewe lame'}</div><div class='body'><p>{p}"
                    f"</p></div></div>" for k, p in enumerate(texts))
    said = _said(f"<html><head><title>Ewe lame on a back foot</title></head><body>{posts}</body></html>")
    assert (line in said) is read and all(p in said for p in _STORY), said


@pytest.mark.parametrize(("title", "headline"), [
    ("Lifeboat called out twice in one night - News - Porthallow Lifeboat Guild",
     "Lifeboat called out twice in one night"),
    ("Fire at the old mill - News - Brackley Echo", "Fire at the old mill"),
    ("Spring fair moves indoors | Blog | St Mary's Parish", "Spring fair moves indoors"),
    ("Bus times change in January – Announcements – Kirkby Council", "Bus times change in January"),
    # near misses: a headline whose words end on "News"; a section's name with more words
    ("Good News for the lido - Kirkby Council", "Good News for the lido"),
    ("Harbour Choir sings again - Events of 2026 - Harbour Choir", "Harbour Choir sings again - Events of 2026"),
])
def test_a_sections_name_between_the_headline_and_the_site_is_not_the_headlines(title: str, headline: str) -> None:
    """XOOPS titles its news "Story - News - Site": the story was titled "Story - News"."""
    page = (f"<html><head><title>{title}</title></head><body><div class='item'><p>{_STORY[0]}</p><p>{_STORY[1]}</p>"
            f"</div></body></html>")
    assert clean_page(page).meta.title == headline


@pytest.mark.parametrize(("card", "read"), [
    (["Full Member", "Posts: 142"], False),
    (["Sr. Member", "Posts: 388"], False),
    (["Global Moderator", "Hero Member", "Messages: 5,061"], False),
    (["Newbie", "Posts: 3"], False),
    # near misses: a post's own lists
    (["Posts: the oak ones cost four pounds each", "Rails: two to a bay"], True),
    (["Flour: 500", "Water: 350"], True),
])
def test_a_posters_card_between_posts_is_not_read(card: list[str], read: bool) -> None:
    """SMF's card under each poster's name ('<ul class="user_info"><li>Full Member</li><li>Posts: 12</li></ul>') was
    read between the posts."""
    items = "<ul class='user_info'>" + "".join(f"<li>{item}</li>" for item in card) + "</ul>"
    own = items if read else ""  # a near miss's list is in the post's own text, after its words
    posts = "".join(f"<div class='windowbg'><div class='poster'><h4>member{k}</h4>{'' if read else items}</div><div "
                    f"class='post'><div class='inner'><p>{text}</p>{own}</div></div></div>"
                    for k, text in enumerate(_OPENING))
    said = _said(f"<html><head><title>Leeks bolting</title></head><body><div id='forumposts'>{posts}</div></body>"
                 f"</html>")
    assert all(p.replace("<br><br>", " ").split(". ")[0] in " ".join(said) for p in _OPENING), said
    assert all((item in said) is read for item in card), said


def test_the_new_patterns_stay_linear() -> None:
    check_linear("Ann ", small=300, read=lambda text: authors_from(make_line(0, f"By {text}in Ann", 0)))
    check_linear("a in ", small=300, read=lambda text: _POSTED_LINE.match(f"Posted by {text}"))
    check_linear("Ab ", small=300, read=lambda text: SOFTWARE_CREDIT.match(f"Powered by {text}x y"))
    check_linear("a, ", small=300, read=lambda text: FORUM_STATE.match(f"Started by {text}"))
    check_linear("Topic: ", small=300, read=lambda text: FORUM_STATE.match(f"Topic: {text}(read 1 time"))
    check_linear("May 1. ", small=300, read=parse_date)
    check_linear(" > a", small=300, read=lambda text: _said(_story(f"<p>Home{text} > x</p>")))
    check_linear("Posts: ", small=300, read=lambda text: html_module._CARD_COUNT.match(f"Posts: {text}x"))
    check_linear(" 1", small=300, read=lambda text: _said(_story(f"<p>The twinning visit to Saint-Aubin{text}</p>")))


# forumotion_topic and xoops_news read right since pages37 (a forum's replies bare in boxes of no class; a portal's own
# name as its meta author)
_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)


@pytest.mark.parametrize("space", [" ", "\t", "\xa0"])
def test_a_trail_a_hanging_by_and_a_filing_line_stay_linear_in_a_long_run_of_spaces(space: str) -> None:
    # found by benchmarks/patterns.py: each pattern was tried from every place of a run of spaces not followed by its
    # mark, so a line of 8,000 spaces cost 0.3 s and four times as many sixteen times that
    from narrator.clean.headlineshape import _FIELD_JOIN

    check_linear(space, small=2000, read=lambda text: html_module._TRAIL_STEP.split(f"Home{text}x > News"))
    check_linear(space, small=2000, read=lambda text: html_module._HANGING_BY.search(f"Monday{text}x by"))
    check_linear(space, small=2000, read=lambda text: _FIELD_JOIN.split(f"Tags : a{text}x - Category : b"))


@pytest.mark.parametrize(("pattern", "text", "parts"), [
    ("trail", "Home > News  »  The twinning visit", ["Home", "News", "The twinning visit"]),
    ("trail", "Home >  > News", ["Home", "> News"]),
    ("field", "Classified in : News - Tags : kettles", ["Classified in : News", "Tags : kettles"]),
    ("field", "Category: Hall news  |  Tags: bar", ["Category: Hall news", "Tags: bar"]),
])
def test_the_linear_splits_part_lines_as_before(pattern: str, text: str, parts: list[str]) -> None:
    from narrator.clean.headlineshape import _FIELD_JOIN

    assert (html_module._TRAIL_STEP if pattern == "trail" else _FIELD_JOIN).split(text) == parts


def test_the_linear_hanging_by_finds_the_same_by() -> None:
    match = html_module._HANGING_BY.search("Wednesday 18 November 2026 , by")
    assert match is not None and match.start() == len("Wednesday 18 November 2026")
