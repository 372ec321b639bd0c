"""HTML pages of our own from fourteen platforms the earlier sets lacked (tests/fixtures/pages33, issue #10): a
b2evolution post, a Chyrp Lite post, a village hall's news on CMS Made Simple, a FlatPress entry, an HTMLy post, a town
council's article on Joomla 5 (Cassiopeia), a ferry company's news on MODX, a Mozello blog post, a Nibbleblog post, a
Pixpa blog post, a PluXml article, a PunBB topic, an Ucraft blog post and a choir's news on Yola; and seven pages of the
classes the last sets left, each an example of our own: two bbPress topics (one led by its topic in a list of its own,
one in a theme's "entry-content" box with its posts' text bare), a ProBoards thread, a Kunena topic under its posts'
ages, a FluxBB topic closed by a short reply, and a Mobirise and a Nicepage page whose sections are each a box. Each
page's title, author, date and lines were written down before the cleaner first ran on it; every third platform page in
name order (cmsms_news, joomla5_cassiopeia_article, nibbleblog_post, punbb_topic) was kept aside while the rules were
written; the seven pages of left classes are in the tuned part.

FIRST READING: 10 of 17 tuning pages right (58 of 68 lines read, 7 lines of clutter; 1 title and 1 date wrong), 2 of 4
aside (14 of 14 lines, 3 lines of clutter). By part: platforms 7 of 10, left classes 3 of 7 (the Kunena topic, the
FluxBB topic and the Nicepage page read right). The tuning misses by class: a bbPress topic's posts lost (all of them
where the theme's "entry-content" box holds the forum: the extractor drops a box named a reply's, "bbp-reply-content",
and the topic's own post, whose box is named its author's, "topic-author"; the last where they stand in <p>s), and its
count line ("Viewing 2 posts - 1 through 2 (of 2 total)"), its summary line and "You must be logged in to reply to this
topic." read once they were not; a ProBoards post's text bare in its box, the whole thread lost; a Mobirise section's
own subheading lost (each box nested alike in its own section, no two sharing a parent or grandparent); a blog's day
heading over its entry's title read (FlatPress's <h3 class="date">); and, left (below), a category label with a space
before its colon (PluXml) and a Yola page titled by its menu's name.

Looking into the left classes, pages30's fluxbb_topic (kept aside there) showed where a FluxBB topic's last reply goes:
its box's class is its own only by its place ("blockpost rowodd" after "blockpost rowodd firstpost" and "blockpost
roweven"), so a reply that says "you" and ends on its "Quote" link was taken for a box of one kind asking the reader.

After the rules the tuning pages read 15 of 17 (68 of 68 lines, 2 lines of clutter): platforms 8 of 10, left classes 7
of 7. The kept third: 2 of 4 (14 of 14 lines, 3 lines of clutter), as at the first reading; its misses are of classes no
rule here touched (a category label line, "Category: Hall news"; a PunBB board's description and its replies' "Re:"
subjects). They were seen once, early, in a test run's output before the rules were written, and no rule was written for
them. The rules read right seven earlier known misses: pages29's proboards_thread, pages30's fluxbb_topic (kept aside
there), pages31's bbpress_topic (kept aside there) and proboards_board_thread (with a last rule, written after the kept
third was scored: a board's greeting to a guest, "Hello Guest! Welcome to the forum. Please register to take part.", is
a forum's line about its page), pages32's bbpress_club_topic, mobirise_cafe_page and nicepage_club_page (kept aside
there); pages31's mobirise_page and pages32's sections_box_article now miss less.

Later, pages34's rules read yola_page (a page titled by its menu's entry takes its story's heading, and the bold day
under it; a name's line saying it is a registered charity is a notice) and bring punbb_topic its title (a forum's
<title> before its trail), so its replies' "Re:" subjects go.

Later still, pages35's rules read punbb_topic (a board's motto its markup names, "brd-desc") and flatpress_entry's
author ("Posted by Colm Brennan in Outings": the category after "in" is no part of the name; its expectations now give
the author), and own_text37's rule for a post's filing alone on its line ("Classified in : News - Tags : kettles",
"Category: Hall news") reads pluxml_article and cmsms_news.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sweeps import check_linear

from narrator.clean.breaks import bare_text_as_paragraphs
from narrator.clean.htmlparse import parse_html
from narrator.clean.lines import is_cta, words_of
from narrator.clean.notices import FORUM_STATE
from narrator.clean.templates import _PLACE_WORD
from tests.pages6 import check_reading, clean_page, page_names, read_page

FIXTURES = Path(__file__).parent / "fixtures" / "pages33"
PAGES = page_names(FIXTURES)


def _page(inside: str, title: str = "Frost on the inside of the windows") -> str:
    return f"<html><head><title>{title} - Board</title></head><body>{inside}</body></html>"


def _said(page: str) -> str:
    return "\n".join(block.text for block in clean_page(page).blocks)


# --- a forum's list of posts whose text box is named a reply's, or holds its text bare --------------------------------

_POSTS = [
    ("Nell Price", "Every morning this week there has been frost on the inside of the bedroom windows, and the sills "
                   "are wet by breakfast. The heating is on a timer."),
    ("Amos Clay", "That is condensation freezing. Open the trickle vents at the top of the frames and keep a little "
                  "heat on overnight; a cold room holds less water before it runs."),
    ("Nell Price", "Trickle vents open, and no frost this morning. Thank you!"),
]


def _bbpress(bare: bool, wrapper: str = "entry-content", lead: bool = False) -> str:
    def post(number: int, name: str, text: str) -> str:
        body = text if bare else f"<p>{text}</p>"
        kind = "topic-author post-{n} topic type-topic" if number == 0 else "post-{n} reply type-reply"
        return (f"<div id='post-{number}' class='bbp-reply-header'><div class='bbp-meta'><span "
                f"class='bbp-reply-post-date'>2 January 2027 at 7:{10 + number} am</span><a href='#post-{number}' "
                f"class='bbp-reply-permalink'>#{number}</a></div></div><div class='loop-item-{number} "
                f"{kind.format(n=number)}'><div class='bbp-reply-author'><a class='bbp-author-link'><span "
                f"class='bbp-author-name'>{name}</span></a><div class='bbp-author-role'>Participant</div></div><div "
                f"class='bbp-reply-content'>{body}</div></div>")
    labels = "<div class='bbp-reply-author'>Author</div><div class='bbp-reply-content'>Posts</div>"
    posts = "".join(post(k, name, text) for k, (name, text) in enumerate(_POSTS))
    return _page(f"<main><div class='{wrapper}'><h1>Frost on the inside of the windows</h1><div id='bbpress-forums'>"
                 f"<div class='bbp-pagination-count'>Viewing 3 posts - 1 through 3 (of 3 total)</div><ul "
                 f"class='forums bbp-replies'><li class='bbp-header'>{labels}</li><li class='bbp-body'>{posts}</li>"
                 f"<li class='bbp-footer'>{labels}</li></ul><div class='bbp-template-notice'><ul><li>You must be "
                 f"logged in to reply to this topic.</li></ul></div></div></div></main>")


@pytest.mark.parametrize(("bare", "wrapper"), [
    (True, "entry-content clear"),
    (False, "entry-content"),
    (True, "site-main"),
    (False, "content-area"),
])
def test_a_bbpress_topics_posts_are_read(bare: bool, wrapper: str) -> None:
    """A bbPress topic sets its posts in one item of the replies' <ul>, each post's text in a box named
    "bbp-reply-content", bare or in <p>s: the extractor drops a box named a reply's, and the topic's post, whose box is
    named its author's ("topic-author"), with it."""
    said = _said(_bbpress(bare, wrapper))
    assert all(text in said for _, text in _POSTS), said
    assert "Viewing 3 posts" not in said and "You must be logged in" not in said
    assert "Amos Clay" not in said and "Participant" not in said and "\nPosts\n" not in f"\n{said}\n"


def test_a_list_of_a_forums_topics_stays_a_list() -> None:
    """A near miss: a forum's list of topics (bbPress's "bbp-topics"), each item a link and its counts, holds no
    reply's box, and is not taken for posts."""
    items = "".join(f"<li class='bbp-body'><ul class='topic'><li class='bbp-topic-title'><a href='/t/{k}'>{title}</a>"
                    f"</li><li class='bbp-topic-reply-count'>{k}</li></ul></li>"
                    for k, title in enumerate(("Leaky gutters", "Frost on the glass", "Damp in the loft")))
    page = _page(f"<main><div class='entry-content'><h1>Our house</h1><p>We bought the house in March and have spent "
                 f"the year finding out what is wrong with it, one room at a time, with help from the forum.</p><p>"
                 f"The list below is the threads we started.</p><ul class='bbp-topics'>{items}</ul></div></main>")
    said = _said(page)
    assert "We bought the house in March" in said


# --- a post's text bare in its box in a table's rows (ProBoards) ------------------------------------------------------

def _proboards(messages: list[str]) -> str:
    rows = "".join(f"<tr class='post item'><td class='left-panel'><div class='mini-profile'><a class='user-link'>"
                   f"member{k}</a><div class='info'>Member<br>Posts: {k + 3}</div></div></td><td class='content-cell'>"
                   f"<div class='content-head'><span class='date'>Jan 2, 2027 10:0{k}:00 GMT</span></div><article><div "
                   f"class='message'>{message}</div></article></td></tr>" for k, message in enumerate(messages))
    return _page(f"<div class='container posts'><div class='title-bar'><h2>Frost on the inside of the windows</h2>"
                 f"</div><table class='list'>{rows}</table></div><div id='footer'>Powered by ProBoards</div>")


@pytest.mark.parametrize("messages", [
    pytest.param(["Frost on the inside of the bedroom windows again this morning, and the sills are wet by "
                  "breakfast.<br><br>Is it the double glazing failing, or something we are doing?", "It is "
                  "condensation freezing. Open the trickle vents and keep the room a little warmer overnight.",
                  "Vents open. Dry today."],
                 marks=pytest.mark.xfail(strict=True, reason="left: a thread's last reply of a few words lost to the "
                                         "extractor's fallback (justext's classes judge a short paragraph by its "
                                         "neighbours, and the page's end is a bad one)")),
    ["Frost on the inside of the bedroom windows again this morning, and the sills are wet by breakfast.<br><br>Is "
     "it the double glazing failing, or something we are doing?", "It is condensation freezing. Open the trickle "
     "vents and keep the room a little warmer overnight.", "Vents open since Monday, and the glass has stayed dry."],
    ["The window over the sink drips onto the draining board every winter morning.", "Keep the blind up at night; "
     "a blind holds the cold against the glass.<br><br>And wipe the frame dry, or the putty goes."],
    ["Our kitchen window streams every morning when the kettle goes on.", "An extractor fan over the hob, and a lid "
     "on the pans. Ours stopped in a week.<br><br>Wipe the glass with a squeegee until then, or the frames rot."],
])
def test_a_posts_bare_text_in_a_table_is_read(messages: list[str]) -> None:
    """ProBoards sets each post's text bare in a box of an <article> in a table's row, parted by <br><br>: the
    replies were lost, or run into one line with the post's date and its poster's rank."""
    said = _said(_proboards(messages))
    for message in messages:
        for paragraph in message.split("<br><br>"):
            assert paragraph in said.split("\n"), said
    assert "Posts: 3" not in said and "GMT" not in said


def test_a_table_of_headed_teasers_stays_as_it_is() -> None:
    """A near miss: a table of teasers, each an <article> headed by its link, is no thread."""
    rows = "".join(f"<tr><td><article><h3><a href='/s/{k}'>{title}</a></h3><div class='message'>{line}</div></article>"
                   f"</td></tr>" for k, (title, line) in enumerate((("Frost inside", "Why glass gets cold"),
                                                                  ("Damp walls", "Where the water comes from"))))
    page = _page(f"<main><h1>Frost on the inside of the windows</h1><p>Frost forms on the inside of a window when the "
                 f"glass is colder than freezing and the air in the room is damp enough to leave water on it.</p><p>"
                 f"Warmth, air and less steam are the cures, in that order of cost.</p><table>{rows}</table></main>")
    said = _said(page)
    assert "Warmth, air and less steam" in said and "Why glass gets cold" not in said.split("\n")


# --- a thread's last post, its class its own only by its place among the posts ----------------------------------------

def _fluxbb(last: str, classes: tuple[str, str, str]) -> str:
    texts = ("My kitchen clock gains five minutes a week since I moved it to the wall by the oven. Could the heat be "
             "doing it?", "It could. Warmth thins the oil and makes the balance spring weaker. Try it on a cooler "
             "wall for a week and see what you find.", last)
    posts = "".join(f"<div id='p{k}' class='{kind}'><h2><span><span class='conr'>#{k + 1}</span> <a href='#p{k}'>"
                    f"2027-01-0{k + 2} 10:00:00</a></span></h2><div class='box'><div class='inbox'><div "
                    f"class='postbody'><div class='postleft'><dl><dt><strong>member{k}</strong></dt></dl></div><div "
                    f"class='postright'>"
                    f"<h3>Re: Clock gains time by the oven</h3><div class='postmsg'><p>{text}</p></div></div></div>"
                    f"</div><div class='inbox'><div class='postfoot'><ul><li class='postquote'><a "
                    f"href='post.php?tid=9&amp;qid={k}'>Quote</a></li></ul></div></div></div></div>"
                    for k, (kind, text) in enumerate(zip(classes, texts, strict=True)))
    return _page(f"<div id='punviewtopic'><div id='brdmain'>{posts}</div></div>", "Clock gains time by the oven")


@pytest.mark.parametrize(("last", "classes"), [
    ("You were right. On the cool wall it lost nothing in a week, so the oven it was.",
     ("blockpost rowodd firstpost", "blockpost roweven", "blockpost rowodd")),
    ("Your idea worked: a week on the hall wall and it is spot on.",
     ("blockpost rowodd firstpost blockpost1", "blockpost roweven blockpost2", "blockpost rowodd blockpost3")),
    ("Thank you, you have saved me a trip to the repairer.",
     ("post post-1 first", "post post-2 even", "post post-3 odd last")),
])
def test_a_threads_last_post_is_read(last: str, classes: tuple[str, str, str]) -> None:
    """A FluxBB topic's last post has a class of its own only by its place ("blockpost rowodd" after "blockpost rowodd
    firstpost" and "blockpost roweven"): it was taken for a box of one kind that asks the reader (it says "you" and
    ends on its "Quote" link), and lost."""
    assert last in _said(_fluxbb(last, classes))


@pytest.mark.parametrize(("box", "kept"), [
    # a near miss: a box of its own kind by its name, not its place, that asks the reader, after the article's boxes
    ("<div class='signup-box'><h3>Get our next post</h3><p>One email a month. You can leave whenever you like.</p>"
     "<a class='button' href='/subscribe'>Subscribe</a></div>", False),
    ("<div class='blockpost rowodd cta-3'><h3>Join the club</h3><p>Members get a free clock check every year, and "
     "you can bring a friend.</p><a class='btn' href='/join'>Join today</a></div>", False),
])
def test_a_box_asking_the_reader_after_the_articles_boxes_still_goes(box: str, kept: bool) -> None:
    paragraphs = "".join(f"<div class='blockpost row{parity}'><p>{text}</p></div>" for parity, text in (
        ("odd", "The clock museum in the old mill reopens this weekend after a winter of repairs to its roof and its "
                "two tower clocks."), ("even", "Both tower clocks strike again, and the smaller was found to be "
                                                "losing a minute a day, now put right.")))
    said = _said(_page(f"<main><h1>The clock museum reopens</h1>{paragraphs}{box}</main>"))
    assert ("Join the club" in said or "Get our next post" in said) is kept


# --- a section box's own subheading, each box nested alike in its own section ----------------------------------------

_STORY = [
    (None, ["The orchard on Ferry Lane was planted in 1911 and had not been pruned for forty years when the parish "
            "took it on.", "Most of the trees were still alive, though two had fallen in the storms of 2024."]),
    ("Learning to prune", ["A volunteer from the county orchard group showed us how to take out the dead wood first, "
                           "then the branches that cross, and to stop before a third of the tree is gone."]),
    ("The first harvest", ["In October we picked eleven varieties, three of which nobody could name, and pressed two "
                           "hundred litres of juice in the church hall.", "The unnamed apples went to the county "
                           "museum, which thinks one of them may be a lost local variety."]),
]


def _sections(box: str, heading: str = "h3", close: str = "") -> str:
    parts = []
    for k, (title, paragraphs) in enumerate(_STORY):
        head = f"<{heading} class='section-subtitle display-5'>{title}</{heading}>" if title else ""
        text = "".join(f"<p class='section-text display-7'>{p}</p>" for p in paragraphs)
        parts.append(f"<section class='content{k} cid-{k}'><div class='container'><div class='row'><div "
                     f"class='{box}'>{head}{text}</div></div></div></section>")
    return _page(f"<section class='menu'><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></section><section "
                 f"class='header1'><div class='container'><h1>A year in the Ferry Lane orchard</h1></div></section>"
                 f"{''.join(parts)}{close}<section class='footer'><p>© 2027 Ferry Lane Orchard</p></section>",
                 "A year in the Ferry Lane orchard")


@pytest.mark.parametrize(("box", "heading"), [
    ("title col-md-12 col-lg-10", "h3"),
    ("col-12 col-lg-8 text-wrapper", "h4"),
    ("u-clearfix u-sheet u-sheet-1", "h2"),
])
def test_a_section_boxs_own_subheading_is_read(box: str, heading: str) -> None:
    """A site builder's page (Mobirise, Nicepage) sets each section in a box of its own, nested alike: the extractor
    reads the boxes' paragraphs and not their subheadings, and no two boxes shared a parent or a grandparent."""
    said = _said(_sections(box, heading)).split("\n")
    assert said.index("Learning to prune") < said.index(_STORY[1][1][0]), said
    assert said.index("The first harvest") < said.index(_STORY[2][1][0]), said


def test_a_closing_box_of_its_own_class_is_not_headed_in() -> None:
    """A near miss: the page's closing call, a box of a class of its own, heads no kept text of the article's."""
    close = ("<section class='cta'><div class='container'><div class='card-wrapper'><h3>Come and pick with us</h3><p>"
             "Picking days are every Saturday in October.</p><a class='btn' href='/join'>Find out more</a></div></div>"
             "</section>")
    said = _said(_sections("title col-md-12", "h3", close)).split("\n")
    assert "Learning to prune" in said and "Come and pick with us" not in said


def test_a_sidebars_widgets_are_not_headed_in() -> None:
    """A near miss: a sidebar's widgets are boxes of one class, each headed by its title over a line of its own: none
    of their lines is the article's, and no title is read."""
    widgets = "".join(f"<div class='widget'><h3>{title}</h3><p>{line}</p></div>" for title, line in (
        ("About us", "We look after the orchard on Ferry Lane."), ("Opening times", "Open daily from dawn to dusk.")))
    story = "".join(f"<p>{p}</p>" for _, paragraphs in _STORY for p in paragraphs)
    said = _said(_page(f"<main><article><h1>A year in the Ferry Lane orchard</h1>{story}</article></main><aside>"
                       f"{widgets}</aside>", "A year in the Ferry Lane orchard")).split("\n")
    assert "About us" not in said and "Opening times" not in said


# --- a blog's day heading over its entry's title ---------------------------------------------------------------------

_ENTRY = ("<p>The ferry ran late all week because of the fog, and on Thursday it did not run at all.</p><p>The "
          "harbour master says the new radar will be fitted before the winter, and the crossings should then run in "
          "all but the thickest weather.</p>")


@pytest.mark.parametrize("day", [
    "<h3 class='date'>Sunday, April 12, 2026</h3>",
    "<h2 class='date-header'><span>Tuesday, 3 March 2026</span></h2>",
    "<h2>12th April 2026</h2>",
    "<h4 class='day-date'>Mon 9 Nov 2026</h4>",
])
def test_a_blogs_day_heading_over_its_entry_is_not_read(day: str) -> None:
    """FlatPress heads each entry with its day (<h3 class="date">Sunday, April 12, 2026</h3>) over the entry's own
    title: it was read as the article's first heading."""
    date = {"Sunday": "2026-04-12", "Tuesday": "2026-03-03", "12th": "2026-04-12", "Mon": "2026-11-09"}
    iso = next(value for key, value in date.items() if key in day)
    page = _page(f"<main><div class='entry'>{day}<h1>Fog stops the ferry</h1><p class='date'>Posted by Ann Ward</p>"
                 f"<time datetime='{iso}'></time>{_ENTRY}</div></main>", "Fog stops the ferry")
    document = clean_page(page)
    assert (document.meta.published or "")[:10] == iso
    assert document.blocks[0].text.startswith("The ferry ran late"), [b.text for b in document.blocks]


def test_a_diarys_days_each_heading_its_entry_stay() -> None:
    """A near miss: a diary whose days head its entries, the first the page's own day, reads each day."""
    page = _page("<main><article><h1>A week on the ferry</h1><time datetime='2026-04-12'></time><h2>Sunday, April 12, "
                 "2026</h2><p>The ferry ran late all morning because of the fog, and the cafe ran out of scones.</p>"
                 "<h2>Monday, April 13, 2026</h2><p>No fog today, and the crossing took twenty minutes, the quickest "
                 "of the year so far.</p></article></main>", "A week on the ferry")
    said = _said(page).split("\n")
    assert "Sunday, April 12, 2026" in said and "Monday, April 13, 2026" in said


def test_a_heading_with_more_than_its_day_stays() -> None:
    """A near miss: a heading that holds a day and more words is the article's."""
    page = _page(f"<main><article><h1>Fog stops the ferry</h1><time datetime='2026-04-12'></time><h2>April 12, 2026: "
                 f"the day the fog came</h2>{_ENTRY}</article></main>", "Fog stops the ferry")
    assert "April 12, 2026: the day the fog came" in _said(page).split("\n")


# --- a forum's lines about its page -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "forum"), [
    ("Viewing 3 posts - 1 through 3 (of 3 total)", True),
    ("Viewing 2 replies - 1 through 2 (of 2 total)", True),
    ("Viewing 15 topics - 1 through 15 (of 40 total)", True),
    ("Showing 1-10 of 24 replies", True),
    ("Displaying posts 1 to 20 of 35", True),
    ("This topic has 2 replies, 3 voices, and was last updated 5 days ago by Ray Dunn.", True),
    ("This topic contains 4 replies, has 3 voices, and was last updated by ann 2 months ago.", True),
    ("You must be logged in to reply to this topic.", True),
    ("You must log in or register to reply here.", True),
    ("You must be logged in to post a comment.", True),
    ("Hello Guest! Welcome to the forum. Please register to take part.", True),
    ("Welcome, Guest. Please login or register.", True),
    ("Hi Guest! Sign in to see the photo albums.", True),
    # guards: a story's sentences in the same words
    ("Viewing figures rose to 3 million through the summer.", False),
    ("Showing 3 of the 10 paintings to visitors for the first time, the museum opened on Friday.", False),
    ("This topic has 2 sides, and we have covered both.", False),
    ("You must be logged in to the council's portal to see your bill.", False),
    ("You must log in to reply to the council's consultation by Friday, when it closes for good after six weeks.",
     False),
    ("Hello guest speaker Amy Lowe, who will register the results at noon.", False),
    ("Welcome, guests: the festival opens at ten, and you can register at the gate on the day.", False),
])
def test_a_forums_line_about_its_page_is_not_read(line: str, forum: bool) -> None:
    """A bbPress topic reads "Viewing 3 posts - 1 through 3 (of 3 total)", over its posts and under them, and "You
    must be logged in to reply to this topic.": they were read once its posts were; so was a ProBoards board's greeting
    to a guest once its posts' bare text was."""
    assert is_cta(line, words_of(line)) is forum


def test_the_new_patterns_stay_linear() -> None:
    check_linear("Viewing 1 ", small=300, read=lambda text: FORUM_STATE.match(text + "x"))
    check_linear("1-", small=300, read=lambda text: FORUM_STATE.match("Showing " + text + "x"))
    check_linear("This topic has 1 replies ", small=200, read=lambda text: FORUM_STATE.match(text + "."))
    check_linear("hello guest, ", small=300, read=lambda text: FORUM_STATE.match(text + "x"))
    check_linear("Welcome guest. log in ", small=300, read=lambda text: FORUM_STATE.match(text + "."))
    check_linear("a-a", small=500, read=lambda text: _PLACE_WORD.sub("", f"blockpost {text}"))
    check_linear("Dry.<br><br>", small=300, read=lambda text: bare_text_as_paragraphs(_box(text)))


def _box(text: str) -> Any:
    return parse_html(_page(f"<div class='message'>{text}</div>")).find(".//div")


_KNOWN: dict[str, str] = {
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)
