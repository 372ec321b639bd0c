"""HTML pages of our own from fourteen platforms the earlier sets lacked (tests/fixtures/pages37, issue #10): a
printmaker's Adobe Portfolio project, a school's Apptegy news, a beekeepers' Asgaros forum topic, an Automad blog post,
a district council's Contensis news, a FanFiction chapter, a borough council's GOSS page, a Hive blog post, a HubPages
article, a Labrador CMS news article, a Lektor blog post, a Nabble forum post, a Pico CMS page and a WoltLab thread; and
fifteen pages of the five classes the last round left, two of each in other markup and other words and a near miss that
must be kept: forum posts set bare in boxes of no class (Forumotion's, MyBB's; a village hall's notices set bare is
the near miss); a forum's poster line carrying a weekday ("by annw » Tue Mar 03, 2026 9:14 pm", phpBB's; PunBB's
"Topic by wren_h »"; "by Monday Okafor » Tue Mar 03, 2026", a name that opens on a weekday, is the near miss); a
portal's own name as its meta author (XOOPS's, PHP-Nuke's; a personal blog named for its writer is the near miss); a
site's name as a post's title (Pixelfed's embed, Vernissage's; an allotment society's home page titled by its name is
the near miss); a holiday let's facts set out chip by chip (Vrbo's, a cottage agency's; a travel article's "The
farmhouse sleeps 6 in 3 bedrooms" is the near miss). Each page's title, author, date and lines were written down before
the cleaner first ran on it; every third platform page in name order (asgaros_forum_topic, fanfiction_chapter,
hubpages_article, nabble_forum_post) was kept aside while the rules were written, scored as a number only; the fifteen
pages of the classes are in the tuned part.

FIRST READING: platforms tuned 10 of 10 right (30 of 30 lines, no clutter), kept aside 1 of 4 (15 of 15 lines, 1 line
of clutter); classes 6 of 15 (44 of 50 lines, 6 lines of clutter). One row was written again in the house's form after
the first run: the Pixelfed caption's lines parted by single breaks are one paragraph, its tags at its end read with it
(as pages15's mastodon_thread reads "... got it changed. #ferries"), heard the same. The misses by class: a Forumotion
topic's replies lost (their text bare in boxes of no class); PunBB's "Topic by wren_h »" named "wren_h »"; XOOPS's and
PHP-Nuke's site named as the author, XOOPS's "Site - News - Story" titled by the site; a Pixelfed embed not read at all
(its one paragraph ended on its tags, no stop) and a Vernissage post titled "Vernissage"; a cottage agency's chips
("Sleeps 6", "3 bedrooms") read; and, left (below), four misses of other classes.

AFTER THE RULES: platforms tuned 10 of 10, classes 10 of 15 (48 of 50 lines, 2 lines of clutter), kept aside 1 of 4
as at the first reading (15 of 15 lines, 1 line of clutter). Read once at the end, the kept misses are of classes no
rule here touched: a forum plugin's topic titled by the CMS page's own heading ("Forum"), a chapter titled with its
site's suffix of its kind, a writer's bio line under the byline taken for the standfirst. The rules read right three
earlier known misses: pages35's xoops_news and forumotion_topic (kept aside there), and pages36's
postline_forumotion_topic.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from narrator.clean.bylines import _FORUM_POSTER, authors_from
from narrator.clean.common import _SENTENCE_END, comparable
from narrator.clean.html import _FIRST_SENTENCE
from narrator.clean.lines import make_line
from narrator.clean.rescue import _bare_posts_as_paragraphs
from narrator.clean.stayfacts import _STAY_FACT, drop_stay_facts
from narrator.errors import NarratorError
from narrator.model import Block, BlockKind
from tests.pages6 import check_reading, clean_page, page_names, read_page
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "pages37"
PAGES = page_names(FIXTURES)

_STORY = ["The band rang its first quarter peal on the new tenor bell on Sunday afternoon, in forty-seven minutes.",
          "The tenor was recast at the foundry in the spring and rehung in October, a full note deeper than before."]
_PARAGRAPHS = "".join(f"<p>{text}</p>" for text in _STORY)


def _said(page: str) -> list[str]:
    return [block.text for block in clean_page(page).blocks]


# --- a forum's poster line: its handle, the guillemet or a weekday, and its stamp -------------------------------------

@pytest.mark.parametrize(("line", "names"), [
    ("by annw » Tue Mar 03, 2026 9:14 pm", ("annw",)),
    ("Topic by wren_h »", ("wren_h",)),
    ("Reply by spokes_and_tea » Thu 3 Dec 2026, 08:15", ("spokes_and_tea",)),
    ("Post by kettle_kate › Wed Dec 02, 2026 7:31 am", ("kettle_kate",)),
    ("by marsh_pete Tue 1 Dec 2026 - 9:14", ("marsh_pete",)),
    ("by Ann » Sat Nov 28, 2026 5:41 pm", ("Ann",)),
    # near misses: a name that opens on a weekday; two names; a story's sentences; a deadline
    ("by Monday Okafor » Tue Mar 03, 2026", ("Monday Okafor",)),
    ("by Monday Okafor", ("Monday Okafor",)),
    ("by Ann Lee Tue 1 Dec 2026", ("Ann Lee",)),
    ("by Monday 30 November 2026 the first ice had formed along the reeds.", ()),
    ("by the river Mon 30 Nov 2026", ()),
    ("by the way » and then some", ()),
    ("Friday Letter: 14 March 2025", ()),
])
def test_a_forums_poster_line_names_the_poster_alone(line: str, names: tuple[str, ...]) -> None:
    """phpBB's "by annw » Tue Mar 03, 2026 9:14 pm" named "annw » Tue"; PunBB's "Topic by wren_h »" (its stamp in a box
    of its own) "wren_h »"."""
    assert authors_from(make_line(0, line, 0)) == names


# --- a portal's own name as its meta author ---------------------------------------------------------------------------

def _portal(author: str, title: str, logo: str = "", poster: str = "") -> str:
    brand = f"<a href='/'><img src='/logo.png' alt='{logo}'></a>" if logo else ""
    return (f"<html><head><title>{title}</title><meta name='author' content='{author}'></head><body><div id='header'>"
            f"{brand}</div><div class='item'><div class='itemInfo'>{poster}</div><div class='itemText'>{_PARAGRAPHS}"
            "</div></div></body></html>")


@pytest.mark.parametrize(("page", "byline"), [
    (_portal("Fenwick Bell Ringers", "Fenwick Bell Ringers - News - Quarter peal", "Fenwick Bell Ringers",
             "<span class='itemPoster'>Posted by <a>Joan Marsh</a></span> <span>on 2026/11/20 19:15:00</span>"),
     "Joan Marsh"),
    (_portal("Otterburn Walking Club", "Otterburn Walking Club - Winter walks"), ""),
    (_portal("Harbour Players", "Spring play cast announced | Harbour Players"), ""),
    (_portal("Dunmore Rowing Club", "Regatta results", "Dunmore Rowing Club"), ""),
    # near misses: a personal site named for its writer; a writer who is not the site
    (_portal("Ruth Okafor", "Knitting a gansey | Ruth Okafor", "Ruth Okafor"), "Ruth Okafor"),
    (_portal("Tom Hart", "A walk on the fell - Tom Hart"), "Tom Hart"),
    (_portal("Zhang Wei", "A walk on the fell - Zhang Wei"), "Zhang Wei"),
    (_portal("Joan Marsh", "Quarter peal - Fenwick Bell Ringers", "Fenwick Bell Ringers"), "Joan Marsh"),
])
def test_a_portals_own_name_is_no_byline(page: str, byline: str) -> None:
    """XOOPS's meta author "Porthallow Lifeboat Guild" (its logo's alt text, its <title>'s last part) was the byline."""
    assert clean_page(page).meta.byline == byline


@pytest.mark.parametrize(("title", "logo", "headline"), [
    ("Fenwick Bell Ringers - News - Quarter peal for the new tenor", "Fenwick Bell Ringers",
     "Quarter peal for the new tenor"),
    ("Dunmore Rowing Club :: Regatta results", "Dunmore Rowing Club", "Regatta results"),
    ("Harbour Players | Spring play cast announced", "Harbour Players", "Spring play cast announced"),
    # a near miss: the site's name last
    ("Quarter peal for the new tenor - Fenwick Bell Ringers", "Fenwick Bell Ringers", "Quarter peal for the new tenor"),
])
def test_a_title_opening_on_the_logos_name_gives_its_last_part(title: str, logo: str, headline: str) -> None:
    """XOOPS's <title> "Site - News - Story", no heading, was titled by the site's name."""
    assert clean_page(_portal("", title, logo)).meta.title == headline


# --- a social post titled by its site's name --------------------------------------------------------------------------

def _photo_post(site: str, caption: str, follow: str = "<a href='/u/fernbank'>Follow</a>", heading: str = "") -> str:
    return (f"<html><head><title>{site}</title><meta property='og:site_name' content='{site}'></head><body>"
            f"<div class='card'><div class='card-header'><a href='/u/fernbank'>fernbank</a> {follow}</div>{heading}"
            f"<div class='card-body'><p>{caption}</p></div></div></body></html>")


_CAPTION = ("Frost on the seed heads of the teasels by the canal this morning. The robins were already at them. "
            "Taken at eight, before the sun reached the towpath.")


@pytest.mark.parametrize(("page", "title"), [
    (_photo_post("Pixelfed", _CAPTION), "Frost on the seed heads of the teasels by the canal this morning."),
    (_photo_post("Vernissage", _CAPTION, "<button>Follow</button>"),
     "Frost on the seed heads of the teasels by the canal this morning."),
    (_photo_post("Fotoplace", f"{_CAPTION} #frost #canal"),
     "Frost on the seed heads of the teasels by the canal this morning."),
    # near misses: no poster to follow (a site's home page); a heading of its own
    (_photo_post("Ferndale Allotments", _CAPTION, ""), "Ferndale Allotments"),
    (_photo_post("Pixelfed", _CAPTION, heading="<h1>Teasels in frost</h1>"), "Teasels in frost"),
])
def test_a_post_titled_by_its_sites_name_takes_its_first_sentence(page: str, title: str) -> None:
    """Pixelfed's embed <title>Pixelfed</title> and Vernissage's titled a photo post by the site's name."""
    document = clean_page(page)
    assert document.meta.title == title
    assert any("robins" in block.text for block in document.blocks)


def test_a_caption_ending_on_its_tags_is_read() -> None:
    """Pixelfed's one paragraph ended on "#birds #heron", no stop: the page was no article at all."""
    page = _photo_post("Pixelfed", "A heron on the meadow at first light, still as a post.<br>It caught nothing while "
                                   "I watched.<br><a href='/t/birds'>#birds</a> <a href='/t/heron'>#heron</a>")
    assert clean_page(page).blocks


def test_a_line_of_tags_alone_is_no_article() -> None:
    """A near miss: a page of nothing but tags is still no article."""
    with pytest.raises(NarratorError):
        clean_page("<html><head><title>Tags</title></head><body><p>#birds #heron #estuary #winter</p></body></html>")


# --- a holiday let's facts chip by chip -------------------------------------------------------------------------------

def _blocks(texts: list[str]) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, text) for text in texts]


_DESCRIPTION = "The barn has a great arched doorway, now glazed, which fills the living room with light."


@pytest.mark.parametrize(("chips", "kept"), [
    (["Sleeps 6", "3 bedrooms", "2 bathrooms"], []),
    (["Ref: DFC2291", "Sleeps 4", "2 bedrooms", "1 shower room"], []),
    (["Property ID 4418207", "Sleeps 8", "4 bedrooms", "2 dogs welcome"], []),
    (["Sleeps 2", "1 bed", "1 bath"], []),
    # near misses: a sale's key features (no guests slept); a fact alone; a sentence that says them
    (["3 bedrooms", "2 bathrooms"], ["3 bedrooms", "2 bathrooms"]),
    (["Sleeps 6"], ["Sleeps 6"]),
    (["The farmhouse sleeps 6 in 3 bedrooms, and two dogs are welcome."],
     ["The farmhouse sleeps 6 in 3 bedrooms, and two dogs are welcome."]),
])
def test_a_lets_facts_chip_by_chip_are_not_read(chips: list[str], kept: list[str]) -> None:
    """A cottage agency's "Sleeps 6" / "3 bedrooms" / "2 bathrooms" / "2 dogs welcome" were read over the barn."""
    said = [block.text for block in drop_stay_facts(_blocks(["Curlew Barn", *chips, _DESCRIPTION]))]
    assert said == ["Curlew Barn", *kept, _DESCRIPTION]


# --- forum posts set bare in boxes of no class ------------------------------------------------------------------------

_POSTS = ["Every time it rains hard a damp patch comes up on the chimney breast in the back bedroom.",
          "A capped chimney still needs air, and the damp air in the flue condenses on the cold brick.",
          "There is a brown ring, and the cap has no vent at all. I will get a vented one fitted."]


def _bare_topic(kind: str, opening: str = "<br><br>Where else could the water be getting in?") -> str:
    posts = "".join(f"<div class='post row{k % 2 + 1}'><div class='postprofile'><strong>poster{k}</strong><br>Posts: "
                     f"{k + 3}</div><div class='{kind}'><div>{text}{opening if k == 0 else ''}</div></div></div>"
                     for k, text in enumerate(_POSTS))
    return (f"<html><head><title>Damp patch on a chimney breast</title></head><body><div id='page-body'>{posts}</div>"
            "</body></html>")


@pytest.mark.parametrize(("kind", "opening"), [
    ("content", "<br><br>Where else could the water be getting in?"),
    ("post-content", "<br><br>Where else could the water be getting in?"),
    ("postbody-text", "<br><br>Where else could the water be getting in?"),
    ("content", " Where else could the water be getting in?"),
])
def test_posts_set_bare_in_boxes_of_no_class_are_each_read(kind: str, opening: str) -> None:
    """Forumotion's replies, their text bare in a <div> of no class in a box of the posts' kind, were lost: the
    extractor kept the first post's alone."""
    said = " ".join(_said(_bare_topic(kind, opening)))
    assert all(post in said for post in _POSTS), said


def test_a_sidebars_bare_box_is_not_read_with_the_posts() -> None:
    """A near miss: an article's paragraphs in a box of no class, a bare box of another kind beside it (a sidebar's
    note) is not the article's."""
    page = ("<html><head><title>The bells</title></head><body><div class='entry-content'><div>"
            f"{_PARAGRAPHS}</div></div><div class='widget'><div>Sign up to hear about practice nights and outings "
            "first, straight to your inbox every month.</div></div></body></html>")
    said = _said(page)
    assert said == _STORY, said


def test_the_new_patterns_stay_linear() -> None:
    check_linear("a", small=2000, read=lambda text: _FORUM_POSTER.match(f"by {text} » x"))
    check_linear("by a ", small=300, read=lambda text: _FORUM_POSTER.match(f"{text}»"))
    check_linear("sleeps 1 ", small=300, read=lambda text: _STAY_FACT.fullmatch(f"{text}x"))
    check_linear("a. ", small=300, read=lambda text: _FIRST_SENTENCE.match(text))
    check_linear(". #a", small=300, read=lambda text: _SENTENCE_END.search(f"{text} x"))


# Read right since by the rules of tests/test_clean_pages38.py: asgaros_forum_topic, fanfiction_chapter and
# hubpages_article (kept aside here), bareposts_notices_page, listing_cottage_page, sitename_phpnuke_story,
# weekday_phpbb_topic and weekday_punbb_topic.
_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)


def _open_bare_posts(posts: str) -> object:
    """A thread of bare posts in one holder opened into paragraphs (the first post is the one the extractor kept)."""
    root = lxml.html.fromstring(f'<html><body><div class="content">{posts}</div></body></html>')
    return _bare_posts_as_paragraphs(root, {comparable("Post a says hello."): 0}, [])


def test_a_thread_of_many_bare_posts_opens_in_linear_time() -> None:
    """Each post's box was found, filled in and taken out of its holder by a walk of the holder's children: a thread of
    16,000 posts took 13 s; the holder's children are now made again in one pass."""
    check_linear("<div>Post a says hello.<br><br>A second line.</div>", small=1000, read=_open_bare_posts, ratio=8)
