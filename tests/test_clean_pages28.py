"""HTML pages of our own from twenty-four platforms and page kinds the earlier sets lacked (tests/fixtures/pages28,
issue #10): a WordPress post on Avada, a parish newsletter on Beaver Builder, a New Zealand minister's release, a
university's news on Cascade, a town's CivicPlus news flash, a union branch's CiviCRM mailing, a Dotclear post, a
regional paper's story on Escenic, a Docsy blog post, a Just the Docs page, a Khoros community blog, a listmonk
archive, a LocalGov Drupal council's news, an mdBook chapter, a Movable Type entry, a MyBB thread, a Nextra blog
post, a Pika post, a police force's press release, a Quintype story, a ReadMe docs page, a Serendipity entry, an
ABlog post on the PyData Sphinx theme and a Strikingly blog post. Each page's title, author, date and lines were
written down before the cleaner first ran on it; every third page (beehive_release, civicrm_union_mailing,
hugo_docsy_blog, listmonk_archive, movabletype_entry, pika_post, readme_docs_page, strikingly_blog) was kept aside
while the rules were written.

FIRST READING: 11 of 16 tuning pages right (82 of 82 lines read, 3 lines of clutter; 1 title, 2 authors, 1 date and
1 standfirst wrong), 7 of 8 aside (43 of 45 lines, no clutter). The tuning misses by class: a summary classed
"leadtext" under the headline read as the first paragraph (Escenic); a poster's rank under the name run into the
byline ("Ellie W Community Manager", Khoros) and a box of comments its class names after the platform's prefix
("lia-component-comments") read as the post's last paragraphs; a book's name in an <h1> of its menu bar taken for
the title over the chapter's own <h1> (mdBook); a meta line giving the day then the writer's name alone between
bullets with no spaces (Nextra); a post's day only in a sidebar card (ABlog).

After the rules the tuning pages read 15 of 16 (82 of 82 lines, no clutter; 1 date wrong).

The kept third, read once then: 7 of 8 (43 of 45 lines, no clutter), as at the first reading. Studied after: a union
mailing's close "In solidarity," over the branch secretary's name, dropped with the name. 8 of 8 now.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sweeps import check_linear

from narrator.clean.comments import (
    _COMMENTS_HEAD,
    _COMMENTS_SUFFIX,
    _RANK_CLASS,
    drop_role_badges,
    drop_suffix_named_comments,
)
from narrator.clean.htmlauthors import _dated_name
from narrator.clean.htmlparse import parse_html
from narrator.clean.signoffs import is_sign_off
from narrator.clean.standfirst import _DEK_HINT
from tests.pages6 import check_reading, page_names, read_page
from tests.pages6 import clean_page as _clean

FIXTURES = Path(__file__).parent / "fixtures" / "pages28"
PAGES = page_names(FIXTURES)

_KILN = ("Everything made in the studio goes into the kiln twice, and people on our classes often ask why, when one "
         "firing would save a day.")
_BISQUE = ("The first firing takes the dry clay to about a thousand degrees and turns it into something hard but "
           "still porous, like a flowerpot.")
_GLAZE = "The second firing goes hotter still and melts the glaze into glass, and by then the pot has shrunk once."
_STORY = [_KILN, _BISQUE, _GLAZE]
_BODY = "".join(f"<p>{line}</p>" for line in _STORY)


def _page(inside: str, title: str = "Why we fire our kilns twice - Saltmarsh Pottery", head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{inside}</body></html>"


# --- a summary classed "leadtext" -------------------------------------------------------------------------------

@pytest.mark.parametrize(("lead_class", "standfirst"), [
    ("article-leadtext", "Beginners lose fewer pots when every piece is fired twice."),
    ("lead-text", "Beginners lose fewer pots when every piece is fired twice."),
    # guard: a class that only opens on the word ("leader", a leader's box)
    ("leader", None),
])
def test_a_summary_classed_leadtext_is_the_standfirst(lead_class: str, standfirst: str | None) -> None:
    """Escenic sets a story's summary as '<p class="article-leadtext">' under the headline: read as the first
    paragraph."""
    page = _page(f"<article><header><h1>Why we fire our kilns twice</h1><p class='{lead_class}'>Beginners lose fewer "
                 f"pots when every piece is fired twice.</p></header><div class='bodytext'>{_BODY}</div></article>")
    assert _clean(page).meta.standfirst == standfirst


def test_leadtext_is_a_dek_hint() -> None:
    assert [bool(_DEK_HINT.search(name)) for name in ("article-leadtext", "lead_text", "leadtext", "leader")] == [
        True, True, True, False]


# --- a poster's rank under the name ---------------------------------------------------------------------------

@pytest.mark.parametrize(("rank", "author"), [
    ("<div class='lia-message-author-rank'>Community Manager</div>", "Rosa Lindqvist"),
    ("<span class='user-rank'>Super User</span>", "Rosa Lindqvist"),
])
def test_a_posters_rank_is_not_the_byline(rank: str, author: str) -> None:
    """Khoros sets a poster's rank under the name ("Community Manager"): the byline read "Ellie W Community
    Manager"."""
    card = (f"<div class='author'><span class='UserName'><a href='/user/rosa'>Rosa Lindqvist</a></span>{rank}</div>")
    page = _page(f"<main><h1>Why we fire our kilns twice</h1>{card}{_BODY}</main>")
    assert _clean(page).meta.byline == author


@pytest.mark.parametrize(("badge", "dropped"), [
    ("<div class='lia-message-author-rank'>Community Manager</div>", True),
    # guards: a rank's class over a long text (a box about the poster, not a badge); a class that names no rank
    ("<div class='author-rank'>Rosa has run the evening classes in the old chapel since it opened.</div>", False),
    ("<div class='page-rank'>Community Manager</div>", False),
])
def test_a_rank_badge_is_a_few_words_its_class_names(badge: str, dropped: bool) -> None:
    root = parse_html(f"<html><body><div>{badge}</div>{_BODY}</body></html>")
    drop_role_badges(root)
    assert ("Community Manager" not in root.text_content() and "Rosa has run" not in root.text_content()) is dropped


def test_a_rank_is_named_by_its_class() -> None:
    assert [bool(_RANK_CLASS.search(name)) for name in (
        "lia-message-author-rank lia-component-author-rank", "user-rank", "lia-user-rank-Community-Manager",
        "ranking", "page-rank")] == [True, True, False, False, False]


# --- a box of comments its class names after a prefix ---------------------------------------------------------

_COMMENT = ("<div class='message'><span><a href='/user/ruth'>ruth_k</a></span><p>We did the same with our kiln last "
            "year and lost far fewer pots.</p></div>")


@pytest.mark.parametrize(("box", "kept"), [
    (f"<div class='lia-component-comments'><h2>2 Comments</h2>{_COMMENT}</div>", False),
    (f"<section id='post-comments'><h3>Comments (1)</h3>{_COMMENT}</section>", False),
    # guards: a heading that says more than the comments; a class that names no comments box
    (f"<div class='lia-component-comments'><h2>What readers asked us</h2>{_COMMENT}</div>", True),
    (f"<div class='commentsfeed'><h2>2 Comments</h2>{_COMMENT}</div>", True),
    # a wrapper of the post and its comments, opening on the post's paragraphs
    (f"<div class='post-with-comments'>{_BODY}<h2>2 Comments</h2>{_COMMENT}</div>", True),
])
def test_a_comments_box_named_after_a_prefix_is_not_read(box: str, kept: bool) -> None:
    """Khoros sets a blog article's comments in "<div class='lia-component-comments'>" under "2 Comments": the
    extractor drops only a box whose class starts with "comment", and the comments were read as the post's last
    paragraphs."""
    root = parse_html(f"<html><body><article>{_BODY}</article>{box}</body></html>")
    drop_suffix_named_comments(root)
    assert ("lost far fewer pots" in root.text_content()) is kept


def test_a_comments_heading_names_or_counts_them() -> None:
    headings = ("2 Comments", "Comments (12)", "Comment", "1,204 comments", "Comments are closed")
    assert [bool(_COMMENTS_HEAD.fullmatch(text)) for text in headings] == [True, True, True, True, False]
    assert [bool(_COMMENTS_SUFFIX.search(name)) for name in ("lia-component-comments", "x post_comments", "comments",
                                                            "-comments", "post-comments-list")] == [
        True, True, False, False, False]


# --- a book's name in an <h1> over the chapter's own -----------------------------------------------------------

@pytest.mark.parametrize(("title", "read"), [
    ("Firing - The Potter's Handbook", "Firing"),
    # guard: a <title> that names neither way round (as before, the first <h1>)
    ("The Potter's Handbook", "The Potter's Handbook"),
])
def test_a_books_name_over_its_chapters_heading_is_not_the_title(title: str, read: str) -> None:
    """mdBook sets the book's name in its menu bar as '<h1 class="menu-title">' over each chapter's own <h1>, the
    <title> 'Where settings come from - The Quayside Guide': the book's name was read as the title."""
    page = _page(f"<div class='menu-bar'><h1 class='menu-title'>The Potter's Handbook</h1></div><main><h1>Firing</h1>"
                 f"{_BODY}</main>", title)
    assert _clean(page).meta.title == read


# --- a meta line giving the day, then a name alone ------------------------------------------------------------

@pytest.mark.parametrize(("line", "name"), [
    ("November 14, 2026•Tom Ryder•#testing#python", ["Tom Ryder"]),
    ("14 November 2026 · Ann Lee", ["Ann Lee"]),
    # guards: a place after the day; a section's name; no day first
    ("14 November 2026 · Bristol Harbour", []),
    ("14 November 2026 · Release Notes", []),
    ("Tom Ryder · #testing", []),
])
def test_a_name_alone_after_the_day_is_the_author(line: str, name: list[str]) -> None:
    """Nextra's blog theme writes "November 14, 2026 • Tom Ryder • #testing" under the headline, its bullets in spans
    of their own: no author was found."""
    assert _dated_name(line) == name


def test_a_dated_meta_line_names_the_author_on_a_page() -> None:
    meta = ("<div><time datetime='2026-11-14'>November 14, 2026</time><span>•</span>Tom Ryder<span>•</span>"
            "<a href='/tags/kilns'>#kilns</a></div>")
    assert _clean(_page(f"<article><h1>Why we fire our kilns twice</h1>{meta}{_BODY}</article>")).meta.byline == (
        "Tom Ryder")


# --- (studied after the kept third was read) a union's close ---------------------------------------------------

@pytest.mark.parametrize(("text", "close"), [
    ("In solidarity,", True),
    ("In solidarity, Sam Okoro", True),
    ("Every blessing,", True),
    # guard: a sentence that opens on the words
    ("In solidarity with the strikers, the branch gave two hundred pounds.", False),
])
def test_a_unions_close_is_a_sign_off(text: str, close: bool) -> None:
    """A union branch's mailing closes "In solidarity,<br>Sam Okoro<br>Branch Secretary": dropped, name and all."""
    assert is_sign_off(text) is close


# --- cost: each new look stays linear --------------------------------------------------------------------------

def test_new_patterns_stay_linear() -> None:
    check_linear("a-", read=lambda text: _COMMENTS_SUFFIX.search(f" {text}x"))
    check_linear("a-comments", read=lambda text: _COMMENTS_SUFFIX.search(f" {text}x"))
    check_linear("1", read=lambda text: _COMMENTS_HEAD.fullmatch(f"{text} commentsx"))
    check_linear("user-rank-", read=lambda text: _RANK_CLASS.search(f"{text}x"))
    check_linear("lead-", read=lambda text: _DEK_HINT.search(f"{text}x"))
    check_linear("•", read=lambda text: _dated_name(f"14 November 2026{text}Tom Ryder"))
    check_linear(" · ", read=lambda text: _dated_name(f"14 November 2026{text}"))


def test_many_boxes_stay_linear() -> None:
    check_linear("<div class='x-comments'><h2>2 Comments</h2><p>y</p></div>", small=300,
                 read=lambda text: drop_suffix_named_comments(parse_html(f"<html><body>{text}</body></html>")))
    check_linear("<div class='x'><h1>T</h1><div class='author-rank'>Rank</div></div>", small=200,
                 read=lambda text: _clean(_page(f"{text}<p>{_KILN}</p>")))


# --- the pages: known misses fail when they start to pass ----------------------------------------------------

_KNOWN: dict[str, str] = {
    "sphinx_ablog_post": "a post's day only in ABlog's sidebar card ('09 November 2026' in a list item beside "
                         "'Author: Ines Duarte'), which no class names a date, beside the 'Recent Posts' box's days: "
                         "no general sign parts the post's own card from a listing's",
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)
