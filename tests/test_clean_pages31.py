"""HTML pages of our own from twenty-four platforms the earlier sets lacked (tests/fixtures/pages31, issue #10): an
AstroPaper blog post, a Backdrop CMS post, a bbPress topic, a story on Clay, an EmailOctopus newsletter's web copy, a
regional paper on Glide, a gov.ie press release, an IONOS MyWebsite blog post, a university's news on Jahia, a Kunena
topic, a Mobirise page, a tourist board's news on Neos, a Nuxt Content post, a Pimcore press release, a PrestaShop
shop's SmartBlog post, a prose.sh post, a Retype docs page, a Scribbles post, a Showit blog post, a museum's magazine
on Sulu, a Super.so page, a WonderCMS page, an XWiki page and a Zoho Sites blog post; and eight pages of kinds left
over from the last sets, each an example of our own: a shop's box among a post's paragraphs that links nowhere
(spectra_infobox_post), a writer beside a round picture with no class naming an author's (tailwind_avatar_byline), a
FluxBB topic (fluxbb_board_topic), the WordPress.com Reader's view of a post (wpcom_reader_post), a byline's name and
the writer's post in elements of their own (byline_then_job_title), a ProBoards thread (proboards_board_thread), a
place's page with its counters and buttons (place_page_counters) and a score's page credited to its arranger
(score_page_arranger). Each page's title, author, date and lines were written down before the cleaner first ran on
it; every third platform page in name order (bbpress_topic, glide_publishing_story, jahia_news, neos_cms_news,
prestashop_smartblog_post, scribbles_post, super_so_page, zoho_sites_blog) was kept aside while the rules were
written, and scored only as a number until they were; the eight left-over pages are in the tuned part.

FIRST READING: 12 of 24 tuning pages right (109 of 116 lines read, 17 lines of clutter; 4 authors, 2 dates and 1 title
wrong), 6 of 8 aside (29 of 34 lines, 3 lines of clutter). The tuning misses by class: a byline box of the name ("By
Adaeze Obi") and the writer's post in elements of their own, run together; a credit's label and colon before the
name ("Text: Maren Holt") read as the name's first word; a blog's name linked to its home page taken for the writer
over the writer's own author-classed link (the Reader); a writer beside a round picture, the post's day under the
name, no class naming an author's; a page's day after a label of its own ("Published", "Uploaded") in the next
element, not found; a board's <title> parting the topic with a slash ("Topic / Board", "Topic (Page 1) / Forum /
Board") over the board's <h1> taken for the title, then each reply's "Re:" subject read; a post's signature classed
"postsignature" read; "You are not logged in." read; a board's motto beside its name in the top box read; a kicker
right over the headline ("Behind the scenes") read; and, left (below), a Kunena poster's profile box, a ProBoards
post's bare text, a Mobirise section's own subheading, a web copy's sign-off, a score page's "Description" heading and
its list of parts.

One expectation was brought to the house's form after the first run: a press release's "Notes to editors" and what
is under it are the press office's, not read (pages26's sitefinity_news, pages27's society_news); on that form the
first reading was 13 of 24 tuning pages.

After the rules the tuning pages read 19 of 24 (109 of 114 lines, 12 lines of clutter; every author, date and title
right). The kept third, read once then: 6 of 8 (29 of 34 lines, 3 lines of clutter), as at the first reading: the
rules did not reach it. Its misses are of other classes (a bbPress topic's posts all lost, its list of replies not
taken for a thread; a Notion callout that asks read). The rules read right three earlier known misses: pages29's
naviga_regional_story (the byline's post apart), pages30's softr_blog_post (the round picture) and wpcom_reader_view
(the blog's home link); pages30's fluxbb_topic now has its title and loses only its last reply. The Kadence-like
shop box of our own (spectra_infobox_post) read right at the first reading, as pages30's kadence_wp_post still does
not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sweeps import check_linear

from narrator.clean.comments import drop_poster_furniture
from narrator.clean.htmlauthors import (
    _SITE_ROOT,
    _by_name_alone,
    _dated_name_beside_picture,
    _person_over_site_link,
    _without_credit_label,
)
from narrator.clean.htmldates import _labelled_day
from narrator.clean.htmlparse import parse_html
from narrator.clean.htmltitle import _NAME_AFTER, _PAGE_MARK
from narrator.clean.lines import is_cta, words_of
from narrator.clean.mottos import drop_kickers, drop_site_mottos
from tests.pages6 import check_reading, clean_page, page_names, read_page

FIXTURES = Path(__file__).parent / "fixtures" / "pages31"
PAGES = page_names(FIXTURES)

_BODY = ("<p>The weir at Hollin Bridge was rebuilt in 1840 and has held back the river ever since, through floods that "
         "took out two bridges further down.</p><p>This winter a crack opened along its crest, and the trust that "
         "looks after it has three months to find the money to mend it before the spring floods.</p>")


def _page(inside: str, title: str = "The weir at Hollin Bridge") -> str:
    return f"<html><head><title>{title}</title></head><body>{inside}</body></html>"


# --- a byline's name and the writer's post in elements of their own --------------------------------------------------

@pytest.mark.parametrize(("box", "names"), [
    ("<div class='story-byline'><span class='byline-name'>By Adaeze Obi</span><span class='byline-role'>"
     "Transportation Reporter</span></div>", ("Adaeze Obi",)),
    ("<div class='article-byline'><span class='byline'>By Rhys Pugh</span><span class='byline-title'>Staff Writer"
     "</span></div>", ("Rhys Pugh",)),
    ("<p class='byline'><span>By Hanna Berg</span><em>Health Correspondent, Oslo</em></p>", ("Hanna Berg",)),
    ("<div class='byline'><span>by Ines Carvalho</span> <span>Chief Political Correspondent</span> <time "
     "datetime='2026-11-02'>Nov 2, 2026</time></div>", ("Ines Carvalho",)),
    # guards: the next element names a second writer; "By" alone in its element, the name in the next
    ("<div class='byline'><span>By Ann Lee</span> <span>and Bo Chan</span></div>", ("Ann Lee", "Bo Chan")),
    ("<div class='byline'><span>By</span> <a href='/staff/ann-lee'>Ann Lee</a></div>", ("Ann Lee",)),
])
def test_a_bylines_name_apart_from_the_writers_post_is_the_writer(box: str, names: tuple[str, ...]) -> None:
    """A regional paper sets "By Adaeze Obi" and "Transportation Reporter" in elements of their own in its byline box:
    the box's text ran them together, and the post was said as part of the name."""
    document = clean_page(_page(f"<article><h1>The weir at Hollin Bridge</h1>{box}{_BODY}</article>"))
    assert document.meta.authors == names


def test_a_lone_by_element_is_taken_only_before_another_part() -> None:
    root = parse_html(_page("<div class='byline'><span>By Ann Lee</span></div>"))
    assert _by_name_alone(root.find(".//div")) is None


# --- a credit's label and colon before the writer's name ------------------------------------------------------------

@pytest.mark.parametrize(("credit", "said", "name"), [
    ("<span class='article__author'>Text: Maren Holt</span>", "Text Maren Holt", "Maren Holt"),
    ("<p class='author'>Words: Jonas Berg</p>", "Words Jonas Berg", "Jonas Berg"),
    ("<div><span>Story:</span> <span>Ana Ruiz</span></div>", "Story Ana Ruiz", "Ana Ruiz"),
    ("<span>Reporting: Kwame Boateng</span>", "Reporting Kwame Boateng", "Kwame Boateng"),
    # guards: no colon in the page; a label that credits no writing
    ("<span class='author'>Story Musgrave Jones</span>", "Story Musgrave Jones", "Story Musgrave Jones"),
    ("<span class='author'>Photos: Lena Park</span>", "Photos Lena Park", "Photos Lena Park"),
])
def test_the_label_the_search_ran_into_the_name_is_taken_off(credit: str, said: str, name: str) -> None:
    """A museum's magazine credits its writer as "Text: Maren Holt": the search dropped the colon, and "Text Maren
    Holt" was said as the writer."""
    assert _without_credit_label(parse_html(_page(f"<article>{credit}{_BODY}</article>")), said) == name


# --- a blog's name linked home beside its writer's name, both classed as the author's ------------------------------

@pytest.mark.parametrize(("header", "names", "person"), [
    ("<div class='reader-author-link'><a href='https://benchnotebook.example'>The Bench Notebook</a></div><span "
     "class='post-author'><a class='reader-author-link' href='/read/feeds/2044'>Hannah Voss</a></span>",
     ["The Bench Notebook"], ["Hannah Voss"]),
    ("<a class='author-site' href='https://fellsandbecks.example/'>Fells and Becks</a><span class='author'>Ewan "
     "Dalby</span>", ["Fells", "Becks"], ["Ewan Dalby"]),
    ("<a class='blog-author' href='/'>Quay Notes</a> <span class='author-name'>Mari Lewis</span>", ["Quay Notes"],
     ["Mari Lewis"]),
    ("<p class='author'><a href='https://marshdiary.example/index'>Marsh Diary</a></p><p class='author'>Tom "
     "Ashworth</p>", ["Tom Ashworth"], []),
    # guards: a writer's own site linked from their name, no other author; the link leads to a page of the site
    ("<span class='author'><a href='https://annlee.example/'>Ann Lee</a></span>", ["Ann Lee"], []),
    ("<a class='author' href='/about'>Quay Notes</a><span class='author-name'>Mari Lewis</span>", ["Quay Notes"],
     []),
])
def test_a_name_linked_to_a_sites_home_gives_way_to_the_writers(header: str, names: list[str],
                                                                person: list[str]) -> None:
    """The WordPress.com Reader classes the followed blog's link and the writer's alike ("reader-author-link"): the
    blog's name, first, was said as the writer."""
    assert _person_over_site_link(parse_html(_page(f"<article>{header}{_BODY}</article>")), names) == person


# --- a writer beside a round picture, the day under the name ------------------------------------------------------

@pytest.mark.parametrize(("meta", "names"), [
    ("<div class='flex items-center gap-3'><img class='h-10 w-10 rounded-full' src='/t.jpg' alt=''><div><p>Tomasz "
     "Nowak</p><p><time datetime='2026-11-21'>Nov 21, 2026</time> · 4 min read</p></div></div>", ["Tomasz Nowak"]),
    ("<div class='meta'><img class='rounded-circle' src='/a.jpg' alt='' width='40'><div><span class='fw-bold'>Joy "
     "Amadi</span><span>Nov 19, 2026 · 4 min read</span></div></div>", ["Joy Amadi"]),
    ("<div><img class='avatar' src='/b.png'><div><strong>Leila Farouk</strong><br><small>3 March 2026</small></div>"
     "</div>", ["Leila Farouk"]),
    ("<div class='post-meta'><img class='img rounded-full' src='/c.png' alt='Ola'><span><b>Ola Nordmann</b> "
     "<span>12.10.2026</span></span></div>", ["Ola Nordmann"]),
    # guards: a team card, the writer's post and no day; a comment's picture and day
    ("<div><img class='rounded-full' src='/d.png'><div><p>Sam Okoro</p><p>Head of Sales</p></div></div>", []),
    ("<div class='comment'><img class='avatar' src='/e.png'><div><p>Ann Lee</p><p>Nov 2, 2026</p></div></div>", []),
])
def test_a_name_beside_a_round_picture_over_the_day_is_the_writer(meta: str, names: list[str]) -> None:
    """A site builder's post sets a round picture and, beside it, the writer's name over the day, no class naming an
    author's: the page had no author (Softr, a Tailwind blog)."""
    assert _dated_name_beside_picture(parse_html(_page(f"<main><h1>The weir</h1>{meta}{_BODY}</main>"))) == names


# --- a page's day after a label in an element of its own ------------------------------------------------------------

@pytest.mark.parametrize(("details", "day"), [
    ("<div class='credits'><span class='label'>Published</span><span>October 12, 2026</span></div>", "2026-10-12"),
    ("<ul><li><span>Pages</span><span>2</span></li><li><span>Uploaded</span><span>Nov 26, 2026</span></li></ul>",
     "2026-11-26"),
    ("<dl><dt>Date published:</dt><dd>3 March 2026</dd></dl>", "2026-03-03"),
    ("<table><tr><th>Posted on</th><td>14 February 2026</td></tr></table>", "2026-02-14"),
    # guards: a label of another day; the label's element holding more than the label
    ("<dl><dt>Closing date</dt><dd>3 March 2026</dd></dl>", None),
    ("<p><b>Published</b> <span>by the society</span></p><span>3 March 2026</span>", None),
])
def test_a_day_after_its_publication_label_dates_the_page(details: str, day: str | None) -> None:
    """A place's page and a score's page show their day under "Published" and "Uploaded", in elements no class names
    a date's: neither page had a date."""
    assert _labelled_day(parse_html(_page(f"<main>{_BODY}{details}</main>"))) == day


# --- a board's topic over its name in a slashed <title> ------------------------------------------------------------

_POST = ("<div class='blockpost'><h2><span>#1 2026-11-20 08:12:44</span></h2><div class='postright'><h3>{subject}</h3>"
         "<div class='postmsg'>{body}</div></div></div>")


@pytest.mark.parametrize(("title", "topic"), [
    ("Sourdough rye will not rise / Rye Bakers", "Sourdough rye will not rise"),
    ("Clock loses ten minutes a day (Page 1) / Movements and repairs / Longcase Clock Forum",
     "Clock loses ten minutes a day"),
    ("Which wax for an oak floor? / Finishes / Wood Workers' Board", "Which wax for an oak floor?"),
    ("Leaking sink trap - Plumbing Help", "Leaking sink trap"),
])
def test_a_boards_slashed_title_gives_the_topic_over_its_name(title: str, topic: str) -> None:
    """FluxBB titles a topic's page "Topic / Forum / Board" and sets the board's name as the page's <h1>: the name was
    said as the title, and each reply's "Re: Topic" read."""
    board = title.rsplit(" / ", 1)[-1] if " / " in title else title.rsplit(" - ", 1)[-1]
    posts = _POST.format(subject=topic, body=_BODY) + _POST.format(
        subject=f"Re: {topic}", body="<p>Thank you all, the new spring fixed it and it keeps time again.</p>")
    document = clean_page(_page(f"<div id='brdtitle'><h1><a href='index.php'>{board}</a></h1></div>{posts}", title))
    assert document.meta.title == topic
    assert f"Re: {topic}" not in [block.text for block in document.blocks]


def test_a_slashed_title_whose_h1_is_the_headline_stays() -> None:
    page = _page(f"<article><h1>Either / Or</h1>{_BODY}</article>", "Either / Or")
    assert clean_page(page).meta.title == "Either / Or"


# --- a board's signature, its word to a visitor, its motto ---------------------------------------------------------

@pytest.mark.parametrize(("post", "kept"), [
    ("<div class='postsignature postmsg'><hr><p>A loaf a day keeps the supermarket away.</p></div>", False),
    ("<div class='post-signature'><p>Gas Safe registered.</p></div>", False),
    # guard: a class that only holds the word
    ("<div class='signatures-count'><p>4,812 people have signed.</p></div>", True),
])
def test_a_posts_signature_box_is_not_read(post: str, kept: bool) -> None:
    root = parse_html(_page(f"<div class='postright'><p>The new spring fixed it.</p>{post}</div>"))
    drop_poster_furniture(root)
    assert ("signed" in root.text_content() or "Gas" in root.text_content() or "loaf" in root.text_content()) is kept


@pytest.mark.parametrize(("line", "interface"), [
    ("You are not logged in.", True),
    ("You are logged in as ann_lee.", True),
    ("You are now logged out.", True),
    # guard: a sentence of a story that says so
    ("You are not logged in to the council's system, the clerk told her, so the records could not be changed.",
     False),
])
def test_a_boards_word_to_its_visitor_is_not_read(line: str, interface: bool) -> None:
    assert is_cta(line, words_of(line)) is interface


@pytest.mark.parametrize(("top", "kept"), [
    ("<div id='brdtitle'><h1><a href='index.php'>Rye Bakers</a></h1><div id='brddesc'><p>Heavy bread for light "
     "hearts.</p></div></div>", False),
    ("<div class='branding'><h1><a href='https://quaynotes.example/'>Quay Notes</a></h1><p>Ferries, tides and "
     "harbour gossip</p></div>", False),
    ("<div><h1><a href='/'>Kiln Shed</a></h1><span>A potter's year</span></div>", False),
    # guards: the box holds more; the line links on; the heading links to a page of the site
    ("<div><h1><a href='/'>Kiln Shed</a></h1><p>A potter's year</p><p>Since 2019</p></div>", True),
    ("<div><h1><a href='/'>Kiln Shed</a></h1><p>A potter's year, <a href='/about'>about us</a></p></div>", True),
    ("<div><h1><a href='/news/kiln'>The first salt firing</a></h1><p>A potter's year</p></div>", True),
])
def test_a_sites_motto_beside_its_name_is_not_read(top: str, kept: bool) -> None:
    root = parse_html(_page(top + _BODY))
    drop_site_mottos(root)
    assert ("potter's year" in root.text_content() or "hearts" in root.text_content()
            or "gossip" in root.text_content()) is kept


# --- a kicker right over the headline ------------------------------------------------------------------------------

@pytest.mark.parametrize(("header", "kept"), [
    ("<p class='article__overline'>Behind the scenes</p><h1>The weir at Hollin Bridge</h1>", False),
    ("<span class='eyebrow'>Heritage</span><h1>The weir at Hollin Bridge</h1>", False),
    ("<div class='kicker'><strong>Rivers &amp; Weirs</strong></div><h1>The weir at Hollin Bridge</h1>", False),
    ("<p>Case study 4</p><h1>The weir at Hollin Bridge</h1>", False),
    # guards: a sentence over the headline; a label set apart by more text; a heading in the site's header
    ("<p>It cracked.</p><h1>The weir at Hollin Bridge</h1>", True),
    ("<p>Behind the scenes</p><p>x</p>text<h1>The weir at Hollin Bridge</h1>", True),
])
def test_a_label_right_over_the_headline_is_not_read(header: str, kept: bool) -> None:
    """A museum's magazine sets "Behind the scenes" right over its headline: it was read as the first line."""
    root = parse_html(_page(f"<article>{header}{_BODY}</article>"))
    said = root.text_content()
    drop_kickers(root)
    label = next(w for w in ("Behind the scenes", "Heritage", "Rivers & Weirs", "Case study 4", "It cracked.")
                 if w in said)
    assert (label in root.text_content()) is kept


# --- the new patterns stay linear on their worst runs -----------------------------------------------------------------

def test_the_new_patterns_stay_linear() -> None:
    check_linear(" /", small=2000, read=lambda text: clean_page(_page(f"<h1>a</h1>{_BODY}", f"x{text} / a")))
    check_linear("Text: ", small=500,
                 read=lambda text: _without_credit_label(parse_html(_page(f"<p>{text}</p>")), "Text Ann Lee"))
    check_linear("you are ", small=500, read=lambda text: is_cta(text, words_of(text)))
    check_linear(" (page 1)", small=500, read=lambda text: _PAGE_MARK.search(text + "x"))
    check_linear(" / a", small=500, read=lambda text: _NAME_AFTER.fullmatch(text + "x"))
    check_linear("https://a", small=500, read=lambda text: _SITE_ROOT.match(text + "/x"))
    check_linear("<div><h1><a href='/'>x</a></h1><p>y</p></div>", small=200,
                 read=lambda text: drop_site_mottos(parse_html(_page(text))))


_KNOWN: dict[str, str] = {
    "kunena_topic": "a Kunena post's age over it ('2 years 1 month ago') read (its poster's box of name, rank and "
                    "counts, '<ul class=\"profilebox\">', and its thank-you line not read since pages32)",
    # proboards_board_thread reads right since pages33 (platforms.table_posts_as_thread: its posts' bare text;
    # notices.FORUM_STATE: the board's greeting to a guest)
    "mobirise_page": "the closing call to come along ('Come along to any Tuesday rehearsal at 7.30pm in the Methodist "
                     "hall.') read: each section is a box of its own and nothing parts the article's from the page's "
                     "(the section's own subheading, 'It is harder at first', read since pages33)",
    "score_page_arranger": "a score's 'Description' heading over its text and its list of parts ('Parts' / '1' / "
                           "'Guitar') read",
    # bbpress_topic reads right since pages33 (platforms.posts_out_of_lists: a bbPress list of posts; notices.
    # is_forum_state: its count line and its word to a visitor)
    # emailoctopus_webversion and super_so_page read right since pages32 (prune._signs_off: a close with its wish run
    # into the name over a <br>; platforms.drop_closing_callouts: a callout closing the article that asks)
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)
