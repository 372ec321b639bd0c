"""HTML pages of our own for the classes pages35 left (tests/fixtures/pages36, issue #10), two or three pages of each in
other platforms' markup and other words, and a near miss of each where the same shape is the article's own: forum
topics laid out in tables (phpBB 2's "forumline", SMF 1.1's nested tables, YaBB's rows; a travel diary laid out in a
table is the near miss); a thread's last reply of a few words (phpBB 3's and MyBB's; a recipe ending "Done." is the
near miss); a post's head line "by NAME DAY DATE TIME" (Forumotion's, phpBB 3's; a story's sentence opening "by
Monday 30 November 2026" is the near miss); a <title> of the post and its writer about a colon (Known's, a
micro-blog's; a review titled "Ruth Calder: a life in wood engravings" by another writer is the near miss); a
subtitle under the headline (Ghost's excerpt, Substack's subtitle; an article's first section heading is the near
miss); a sidebar's calendar (Dotclear's, WordPress's; a school letter's "Calendar" section is the near miss). Each
page's title, author, date and lines were written down before the cleaner first ran on it; every third page in name
order (calendar_wordpress_post, postline_pond_article, shortreply_recipe_article, subtitle_substack_post,
tables_smf11_topic, titled_known_post) was kept aside while the rules were written, scored as a number only.

FIRST READING: tuned 6 of 13 right (40 of 50 lines, 33 lines of clutter), kept aside 4 of 6 (19 of 19 lines, 8 lines of
clutter). Two pages' markup was mended after the first run, never their expectations: the two phpBB 3 topics closed each
post's box one level short, so every post stood inside the one before. One row was written again in the house's form:
MyBB's first post of two paragraphs parted by one double break, the second of four words ("Have I killed it?"), is one
paragraph as the cleaner reads such a post (breaks.py), heard the same.

AFTER THE RULES: tuned 11 of 13 (47 of 49 lines, no clutter), kept aside 6 of 6 (19 of 19 lines, no clutter). The rules
read right five earlier known misses: pages35's smf_radio_topic, shortreply_yabb_thread, serendipity_village_entry, and
(kept aside there) known_post and plume_article; pages35's forumotion_topic no longer reads its first post's head line
(its replies are still lost, as this set's Forumotion page's are: left, below).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import narrator.clean.htmltitle as htmltitle_module
from narrator.clean.html import _FORUM_STAMP, _is_forum_stamp
from narrator.clean.lines import is_cta, make_line, words_of
from narrator.clean.notices import FORUM_STATE
from narrator.clean.rescue import _same_kind, _short_reply
from tests.pages6 import check_reading, clean_page, page_names, read_page
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "pages36"
PAGES = page_names(FIXTURES)


def _said(page: str) -> list[str]:
    return [block.text for block in clean_page(page).blocks]


# --- a post's head line: its poster and its stamp ---------------------------------------------------------------------

@pytest.mark.parametrize(("line", "head"), [
    ("by beckside_ann Mon 30 Nov 2026 9:14 pm", True),
    ("by marsh_pete Tue 1 Dec 2026 - 9:14", True),
    ("Postby wheelie_bin » Mon 30 Nov 2026 9:14 pm", True),
    ("Post by spoke_sue » Wed Dec 02, 2026 7:31 am", True),
    ("by Ann Ward, 3 March 2025 at 10:42", True),
    ("By Tom » Sat Nov 28, 2026 5:41 pm", True),
    # near misses: a story's sentences opening on "by" and a day; a deadline; a byline with no stamp
    ("by Monday 30 November 2026 the first ice had formed along the reeds.", False),
    ("By 30 Nov 2026 9:14 pm", False),
    ("by the river Mon 30 Nov 2026", False),
    ("By Ann Ward", False),
    ("by the time we got to 3 March 2025 at 10:42 it rained", False),
])
def test_a_posts_head_line_of_its_poster_and_stamp_is_not_read(line: str, head: bool) -> None:
    """Forumotion's and phpBB's "by beckside_ann Mon 30 Nov 2026 - 8:15" was read over each post."""
    assert is_cta(line, words_of(line)) is head


# --- an old forum's stamp over each post ------------------------------------------------------------------------------

_TOPIC = "Woodworm in the loft beams"


@pytest.mark.parametrize(("line", "stamp"), [
    ("« on: October 14, 2026, 07:22:10 PM »", True),
    ("« Reply #1 on: Nov 20th, 2026 at 7:15am »", True),
    ("Woodworm in the loft beams « on: Nov 19th, 2026 at 8:30pm »", True),
    ("Re: Woodworm in the loft beams « Reply #2 on: Nov 21st, 2026 at 6:40pm »", True),
    ("Posted: Sat Nov 28, 2026 5:41 pm Post subject: Woodworm in the loft beams", True),
    ("Posted: Sun Dec 06, 2026 6:15 pm Post subject:", True),
    # near misses: no day in the guillemets; another subject before the stamp; a label and no stamp
    ("« on: the river at night » was the title she gave it.", False),
    ("Deathwatch beetle « Reply #3 on: Nov 22nd, 2026 at 9:00am »", False),
    ("Posted: a letter to the council, about the beams", False),
])
def test_an_old_forums_stamp_over_a_post_is_not_read(line: str, stamp: bool) -> None:
    """SMF 1.1's and YaBB's "« Reply #1 on: ... »" and phpBB 2's "Posted: ... Post subject: ..." were read."""
    assert _is_forum_stamp(line, "woodworm in the loft beams") is stamp


# --- forum topics laid out in tables ----------------------------------------------------------------------------------

_REPLIES = ["There are small round holes in two of the purlins in our loft, and a heap of dust under one of them.",
            "Fresh dust is pale and gritty like sand, and fresh holes have sharp edges. Look again in May.",
            "Paper down. Will report in May."]


def _table_topic(cards: list[str], replies: list[str] = _REPLIES) -> str:
    rows = "".join(
        f"<tr><td class='windowbg' width='140' valign='top'>{card}</td><td class='windowbg' valign='top'>"
        + (f"<div class='small'><b>{'Re: ' if k else ''}{_TOPIC}</b> &laquo; on: Nov {19 + k}th, 2026 at "
           f"8:30pm &raquo;</div><hr>")
        + f"<div class='message'>{text}</div></td></tr>"
        for k, (card, text) in enumerate(zip(cards, replies, strict=True)))
    return (f"<html><head><title>{_TOPIC}</title></head><body><div id='header'><h1>Old House Owners</h1></div>"
            f"<div class='navbox'><a href='/'>Old House Owners</a> &rsaquo; <a href='/b'>Timber</a> &rsaquo; {_TOPIC}"
            f"</div><table class='bordercolor'>{rows}</table></body></html>")


@pytest.mark.parametrize("cards", [
    ["<b>lathandplaster</b><br><span>Full Member<br>Offline<br><br>Posts: 118</span>",
     "<b>oak_pegs</b><br><span>YaBB Moderator<br>Offline<br><br>Posts: 5602</span>",
     "<b>lathandplaster</b><br><span>Full Member<br>Offline<br><br>Posts: 119</span>"],
    ["<span class='name'><b>dunkeld_dai</b></span><br><span class='postdetails'>Regular<br><br>Joined: 11 Apr 2019<br>"
     "Posts: 96<br>Location: Otley</span>",
     "<span class='name'><b>lady_of_the_stream</b></span><br><span class='postdetails'>Moderator<br><br>Joined: 02 Jun "
     "2008<br>Posts: 4,411</span>", "<b>dunkeld_dai</b><br>Regular<br>Posts: 97"],
    ["<b><a href='/p/52'>bakelite_bill</a></b><div class='smalltext'>Sr. Member<br><img alt='*'><br>Posts: 142</div>",
     "<b><a href='/p/9'>capacitor_kate</a></b><div class='smalltext'>Global Moderator<br>Hero Member<br>Messages: 5,061"
     "</div>", "<b><a href='/p/52'>bakelite_bill</a></b><div class='smalltext'>Sr. Member<br>Posts: 143</div>"],
])
def test_a_topic_in_a_table_reads_each_post_once_and_no_card(cards: list[str]) -> None:
    """YaBB's rows of a poster's cell ("kestrel<br>Junior Member<br>Offline<br>Posts: 23") beside a post's cell lost
    every post and read the cells run together ("kestrelJunior MemberOfflinePosts: 23")."""
    document = clean_page(_table_topic(cards))
    said = [block.text for block in document.blocks]
    assert said == _REPLIES, said
    assert document.meta.title == _TOPIC


def test_one_count_of_posts_in_a_table_is_the_tables_own() -> None:
    """A near miss: a single cell saying "Posts: 3" (a club's table of its noticeboards) is no poster's card."""
    page = ("<html><head><title>Noticeboards</title></head><body><article><h1>Noticeboards</h1><p>The club keeps three "
            "noticeboards in the village, and the committee checks each one every Friday evening.</p><table><tr><td>"
            "Church gate</td><td>Posts: 3</td></tr><tr><td>Shop window</td><td>Cards and flyers</td></tr></table><p>Ask"
            " the secretary before you pin anything larger than a postcard to any of them, please.</p></article></body>"
            "</html>")
    assert any("Posts: 3" in line for line in _said(page))


@pytest.mark.parametrize(("title", "headline"), [
    ("Wharfedale Anglers :: View topic - Grayling on the fly in December", "Grayling on the fly in December"),
    ("Lakeland Cycle Club • View topic - Chain slipping on the smallest sprocket",
     "Chain slipping on the smallest sprocket"),
    ("Old House Owners :: View thread - Woodworm in the loft beams", "Woodworm in the loft beams"),
    # a near miss: a headline about viewing
    ("How to view topic maps in the new atlas - Map Room", "How to view topic maps in the new atlas"),
])
def test_an_old_forums_title_names_its_view_before_the_topic(title: str, headline: str) -> None:
    """phpBB 2's <title> "Site :: View topic - Topic" titled its topic "Site :: View topic"."""
    page = (f"<html><head><title>{title}</title></head><body><div><p>{_REPLIES[0]}</p><p>{_REPLIES[1]}</p></div>"
            f"</body></html>")
    assert clean_page(page).meta.title == headline


# --- a thread's reply of a few words ----------------------------------------------------------------------------------

_OPENING = ["Our laser printer goes to sleep after ten minutes and then ignores everything we send it.<br><br>It is on "
            "the home network by wifi, in the back bedroom. Any ideas from anyone here?",
            "Give the printer a fixed address in the router's settings. When it wakes it asks for a new one, and the "
            "computer goes on looking for it at the old address."]


def _prosilver(replies: list[str], shades: tuple[str, str] = ("bg2", "bg1")) -> str:
    posts = "".join(f"<div id='p{k}' class='post has-profile {shades[k % 2]}'><div class='inner'><dl "
                    f"class='postprofile'><dt><a href='/u{k}'>member{k}</a></dt></dl><div class='postbody'><div>"
                    f"<h3>Re: Printer</h3><p class='author'>by <strong>member{k}</strong> &raquo; Thu 3 Dec 2026 "
                    f"{k + 4}:20 pm</p><div class='content'>{text}</div></div></div></div></div>"
                    for k, text in enumerate(replies))
    return (f"<html><head><title>Printer will not wake</title></head><body><div id='page-body'>{posts}</div>"
            f"<div id='page-footer'>Powered by phpBB</div></body></html>")


@pytest.mark.parametrize("last", ["Done. Works now.", "Sorted, thanks!", "Fixed. Cheers!", "Paper down.",
                                  "That was it. Thank you."])
def test_a_threads_reply_of_a_few_words_is_read(last: str) -> None:
    """phpBB 3's last reply "Done. Works now." was lost: too short for prose, its post's head line kept beside it."""
    said = _said(_prosilver([*_OPENING, last]))
    assert last in said, said


def test_a_reply_in_rows_of_one_shade_is_read() -> None:
    """The same, the posts' boxes of one class with no shade ("windowbg", "windowbg2" are one kind too)."""
    said = _said(_prosilver([*_OPENING, "Done. Works now."], shades=("windowbg", "windowbg2")))
    assert "Done. Works now." in said, said


@pytest.mark.parametrize(("line", "reply"), [
    ("Done. Works now.", True), ("Sorted, thanks!", True), ("Vent fitted. Patch drying.", True),
    # near misses: a button's word; a lower-case fragment; a line of more words than a reply of a few
    ("Reply", False), ("and then some.", False),
    ("It is hungry, not dead, and that smell is the yeast running out of food to eat.", False),
])
def test_a_short_reply_is_a_few_words_ending_on_a_stop(line: str, reply: bool) -> None:
    assert _short_reply(make_line(0, line, 0)) is reply


@pytest.mark.parametrize(("classes", "kind", "same"), [
    ("post has-profile bg1", "post has-profile bg2", True), ("windowbg2", "windowbg", True),
    ("post row1", "post row2", True), ("comment odd", "comment even", True),
    # near misses: another kind of box
    ("signature", "post", False), ("post bg1", "post sticky bg2", False),
])
def test_posts_shaded_in_turn_are_of_one_kind(classes: str, kind: str, same: bool) -> None:
    assert _same_kind(classes, kind) is same


# --- a <title> of the post and its writer about a colon ---------------------------------------------------------------

@pytest.mark.parametrize(("title", "heading", "headline"), [
    ("A hedgehog in the compost heap: Rhian Evans", "A hedgehog in the compost heap", "A hedgehog in the compost heap"),
    ("Rhian Evans: A hedgehog in the compost heap", "A hedgehog in the compost heap", "A hedgehog in the compost heap"),
    ("Frost on the allotment: Rhian Evans", "Frost on the allotment", "Frost on the allotment"),
    ("Rhian Evans: Notes from the allotment, week 12", "Notes from the allotment, week 12",
     "Notes from the allotment, week 12"),
    # near misses: the writer's title about herself, its heading the whole; a name that is not the writer's
    ("Rhian Evans: my year in hedgehogs", "Rhian Evans: my year in hedgehogs", "Rhian Evans: my year in hedgehogs"),
    ("Ruth Calder: a life in wood engravings", "Ruth Calder: a life in wood engravings",
     "Ruth Calder: a life in wood engravings"),
])
def test_a_titles_writer_after_a_colon_is_no_part_of_the_headline(title: str, heading: str, headline: str) -> None:
    """Known's <title> "The last swifts of the year: Owen Pryce" was taken whole, and its heading read too."""
    page = (f"<html><head><title>{title}</title><meta name='author' content='Rhian Evans'></head><body><article><h2>"
            f"{heading}</h2><p>{_REPLIES[0]}</p><p>{_REPLIES[1]}</p></article></body></html>")
    assert clean_page(page).meta.title == headline


# --- a subtitle under the headline ------------------------------------------------------------------------------------

_BODY = "".join(f"<p>{text}</p>" for text in _REPLIES[:2])


@pytest.mark.parametrize("head", [
    "<h1 class='gh-article-title'>The ferry timetable</h1><p class='gh-article-excerpt'>Three boats, two harbours and "
    "one engineer</p>",
    "<h1>The ferry timetable</h1><p class='post-summary'>Why the winter sailings keep moving</p>",
    "<h1>The ferry timetable</h1><p class='entry-subtitle'>Three boats and one engineer on the whole route</p>",
    "<h1 class='p-name'>The ferry timetable</h1><div class='article-info'><span class='author'>Published by <a>Hamish "
    "Laird</a></span> - <span class='date'>November 26, 2026</span></div><h2 class='p-summary'>Why the winter sailings "
    "keep moving</h2>",
])
def test_a_subtitle_under_the_headline_is_the_standfirst(head: str) -> None:
    """Ghost's "<p class='gh-article-excerpt'>" was read as the first paragraph, and Plume's "<h2 class='p-summary'>"
    after the byline lost."""
    page = (f"<html><head><title>The ferry timetable</title></head><body><article><header>{head}</header>{_BODY}"
            f"</article></body></html>")
    document = clean_page(page)
    said = [block.text for block in document.blocks]
    assert document.meta.standfirst and document.meta.standfirst not in said, (document.meta.standfirst, said)


def test_a_first_sections_heading_is_no_subtitle() -> None:
    """A near miss: the article's first section heading under its headline stays a heading of the body."""
    page = ("<html><head><title>Laying a hedge</title></head><body><article><h1>Laying a hedge</h1><h2>Cutting the "
            f"pleachers</h2>{_BODY}<h2>Stakes and binding</h2><p>{_REPLIES[0]}</p></article></body></html>")
    document = clean_page(page)
    assert "Cutting the pleachers" in [block.text for block in document.blocks] and not document.meta.standfirst


# --- a sidebar's calendar ---------------------------------------------------------------------------------------------

def _grid(month: str) -> str:
    days = "".join(f"<td>{day}</td>" + ("</tr><tr>" if day % 7 == 0 else "") for day in range(1, 31))
    return f"<table><caption>{month}</caption><tr><th>M</th><th>T</th><th>W</th></tr><tr>{days}</tr></table>"


@pytest.mark.parametrize("box", [
    f"<section class='widget widget_calendar'><h2 class='widget-title'>Calendar</h2>{_grid('December 2026')}</section>",
    "<div class='serendipitySideBarItem container_serendipity_calendar_plugin'><h3>Calendar</h3><table class="
    "'serendipity_calendar'><tr><td>October '26</td></tr></table></div>",
    f"<div class='calendar'><h2>Calendar</h2>{_grid('« November 2026 »')}</div>",
    f"<div id='bCalendar'><h3>Archives</h3>{_grid('Nov 2026')}<a href='/2026/10'>&lt;&lt; Oct</a></div>",
])
def test_a_sidebars_calendar_is_not_read(box: str) -> None:
    """Serendipity's calendar box ("Calendar", "October '26") was read after the entry."""
    page = (f"<html><head><title>The pond freezes</title></head><body><article><h1>The pond freezes</h1>{_BODY}"
            f"</article><aside>{box}</aside></body></html>")
    said = _said(page)
    assert not any("Calendar" in line or "2026" in line or "'26" in line for line in said[2:]), said


def test_an_events_calendar_is_read() -> None:
    """A near miss: a calendar box that says what happens on its days is the page's own."""
    box = ("<div class='events-calendar'><table><tr><td>3 December</td><td>Carol singing on the green</td></tr><tr><td>"
           "10 December</td><td>Quiz night in the village hall</td></tr></table></div>")
    page = (f"<html><head><title>December in the village</title></head><body><article><h1>December in the village</h1>"
            f"{_BODY}{box}</article></body></html>")
    assert any("Quiz night" in line for line in _said(page))


def test_the_new_patterns_stay_linear() -> None:
    check_linear("by a ", small=300, read=lambda text: FORUM_STATE.match(f"by {text}Mon 1 Dec 2026 9:"))
    check_linear("Mon 1 Dec 2026 ", small=300, read=lambda text: FORUM_STATE.match(f"by ann {text}x"))
    check_linear("a « ", small=300, read=lambda text: _FORUM_STAMP.fullmatch(f"{text}« on: x"))
    check_linear("Posted: a ", small=300, read=lambda text: _FORUM_STAMP.fullmatch(f"Posted: {text}post subject:"))
    check_linear(" view topic - ", small=300, read=lambda text: htmltitle_module._VIEWED_TOPIC.search(f"a{text}"))
    check_linear("a > ", small=300, read=htmltitle_module._TRAIL_SPLIT.split)


# postline_forumotion_topic reads right since pages37 (a forum's replies bare in boxes of no class)
_KNOWN: dict[str, str] = {
    "shortreply_mybb_thread": "its last reply ('Sorted, thanks!') lost: every post's text stands bare in its box, no "
                              "<p>, and the rescue finds no paragraph kept to tell it the posts' box",
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)


def test_a_trail_split_and_an_alternating_class_stay_linear() -> None:
    # found by benchmarks/patterns.py: each was tried from every place of a long run (of spaces, of digits before a
    # letter), so four times the run cost sixteen times as much
    from narrator.clean.htmltitle import _TRAIL_SPLIT
    from narrator.clean.rescue import _ALTERNATING

    check_linear("\n", small=2000, read=lambda text: _TRAIL_SPLIT.split(f"Board{text}x > Topic"))
    check_linear("1", small=2000, read=lambda text: _ALTERNATING.sub("", f"bg{text}x"))
    assert _TRAIL_SPLIT.split("Forum  »  Sheep -> Ewe lame") == ["Forum", "Sheep", "Ewe lame"]
    assert [_ALTERNATING.sub("", name) for name in ("bg12", "windowbg2", "odd", "post", "h2o")] == [
        "bg", "windowbg", "", "post", "h2o"]
