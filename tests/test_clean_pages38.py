"""HTML pages of our own from fourteen platforms the earlier sets lacked (tests/fixtures/pages38, issue #10): a blogdown
post, a BookStack page, a church's ChurchSuite news, a potter's Kit letter, a Discuz! thread, a joiner's Duda blog post,
a school club's Google Sites page, a Gridsome post, a Hakyll post, a Hatena Blog entry, a Qiita article, a Teletype
post, a Typecho post and a museum's Wagtail news page; and twenty-four pages of the eight classes the last round left,
two of each in other markup and other words and a near miss that must be kept: a notice's short bold head dropped (a
parish council's notices, a school's bulletin; a sidebar's boxes "Next task", "Find us" the near miss); a listing's
section label read (a glamping site's "About this place", a villa agency's "Villa description"; a travel article's own
heading "The bothy"); a board's motto read (phpBB's, MyBB's; a post that opens on a short list); a post's own stamp not
read (FluxBB's, SMF 2.1's; a stamp with a <time> the near miss); a portal's stamp with its time after an at sign
(PostNuke's, Geeklog's; a meeting's day and hour in a sentence); a forum plugin's topic titled by the CMS page's heading
(wpForo's "Community", Kunena's "Forum"; a town council's page "Youth Forum"); a fiction archive's kind in the title
(FanFiction's ", a Sherlock Holmes fanfic", FictionPress's ", a fantasy fiction"; a blog's "Ropes and Nets, a family
history"); a writer's bio under the byline taken for the standfirst (Owlcation's, a WordPress theme's; a real
standfirst). Each page's title, author, date and lines were written down before the cleaner first ran on it; every third
platform page in name order (churchsuite_news, duda_blog_post, hakyll_post, teletype_post) was kept aside while the
rules were written, scored as a number only; the twenty-four pages of the classes are in the tuned part.

FIRST READING: platforms tuned 9 of 10 right (34 of 37 lines, no clutter), kept aside 3 of 4 (12 of 12 lines, no
clutter); classes 14 of 24 (64 of 66 lines, 6 lines of clutter). No row was written again: every miss is one a listener
hears. The misses by class: a parish council's two-word heads "Road closure", "Grit bins" lost (a paragraph of two words
is taken for a button); a glamping listing's "About this place" and a villa's "Villa description" read; Geeklog's
"Tuesday, December 01 2026 @ 09:15 AM GMT" no day; PostNuke's story titled "Harbour Radio Club :: New antenna up on the
clubhouse roof" (its logo links home as "index.php"); wpForo's topic titled "Community", Kunena's "Forum"; FanFiction's
and FictionPress's titles with ", a Sherlock Holmes fanfic", ", a fantasy fiction"; Owlcation's bio line the
standfirst. Four of the eight classes' pages read right at once: the boards' mottos, FluxBB's and SMF 2.1's stamps (in
forms htmldate reads), a WordPress header's bio (its class names the author), the school bulletin's heads (in <h4>s).
Left: a Discuz! thread's posts, in tables of their own, all but the first post's first line lost; a glamping listing's
"Things to know" list of rules.

AFTER THE RULES: platforms tuned 9 of 10 (the Discuz! thread left), classes 23 of 24 (66 of 66 lines, 3 lines of
clutter: the glamping listing's rules), kept aside 3 of 4 as at the first reading: read once at the end, its miss is
Hakyll's "Posted on November 28, 2026 by Tomasz Wilk" in a box no class names a byline's (no writer, no day), a class no
rule here touched. The rules read right eight earlier known misses: pages37's asgaros_forum_topic, fanfiction_chapter
and hubpages_article (kept aside there), bareposts_notices_page, listing_cottage_page, sitename_phpnuke_story,
weekday_phpbb_topic and weekday_punbb_topic; and left57's memberdate_smf_topic is dated now (its poster still not
named).
Since then the Hakyll post is read right by the rule of tests/test_clean_left58.py (a "Posted on <day> by <name>"
line in a box no class names).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.htmldates import _CLOCK_STAMP
from narrator.clean.htmltitle import _FICTION_KIND
from narrator.clean.prune import _notice_heads
from narrator.clean.standfirst import _NOT_DEK_HINT
from narrator.clean.stayfacts import _LISTING_LABEL, drop_listing_labels
from narrator.model import Block, BlockKind
from tests.pages6 import check_reading, clean_page, page_names, read_page
from tests.sweeps import check_linear, cpu_seconds

FIXTURES = Path(__file__).parent / "fixtures" / "pages38"
PAGES = page_names(FIXTURES)

_STORY = ["The band rang its first quarter peal on the new tenor bell on Sunday afternoon, in forty-seven minutes.",
          "The tenor was recast at the foundry in the spring and rehung in October, a full note deeper than before."]
_PARAGRAPHS = "".join(f"<p>{text}</p>" for text in _STORY)


def _said(page: str) -> list[str]:
    return [block.text for block in clean_page(page).blocks]


# --- a fiction archive's kind of work in the title --------------------------------------------------------------------

def _titled(title: str) -> str:
    return f"<html><head><title>{title}</title></head><body><div id='storytext'>{_PARAGRAPHS}</div></body></html>"


@pytest.mark.parametrize(("title", "headline"), [
    ("Frost on the Brass Chapter 2: The Watch-House, a Sherlock Holmes fanfic | FanFiction",
     "Frost on the Brass Chapter 2: The Watch-House"),
    ("Salt Roads Chapter 1: Low Water, a fantasy fiction | FictionPress", "Salt Roads Chapter 1: Low Water"),
    ("The Quiet Orbit, a Star Trek: The Next Generation fanfic | FanFiction", "The Quiet Orbit"),
    ("Snow Lanterns Chapter 7, an original fiction | FanFiction", "Snow Lanterns Chapter 7"),
    ("Ashes of Thedas, a Dragon Age fan fiction | FanFiction", "Ashes of Thedas"),
    ("Tidewater, a poetry fiction | FictionPress", "Tidewater"),
    # near misses: a title's own words after a comma; fiction named inside the title, not as its kind
    ("Ropes and Nets, a family history | Ann Trevail's Notebook", "Ropes and Nets, a family history"),
    ("Why I still write fan fiction | Ann Trevail's Notebook", "Why I still write fan fiction"),
    ("Notes on fiction, a talk at the library | Ann Trevail's Notebook", "Notes on fiction, a talk at the library"),
])
def test_a_fiction_archives_kind_is_not_the_title(title: str, headline: str) -> None:
    """FanFiction's <title> "The Lamplighter's Apprentice Chapter 3: The Bridge, an original fiction | FanFiction" was
    the title with ", an original fiction"."""
    assert clean_page(_titled(title)).meta.title == headline


# --- a forum plugin's topic in a CMS page -----------------------------------------------------------------------------

def _plugin_topic(entry: str, topic: str, title: str, menu: str = "") -> str:
    menu = menu or f"<nav><a href='/'>Home</a><a href='/{entry.lower()}/'>{entry}</a></nav>"
    return (f"<html><head><title>{title}</title></head><body><header>{menu}</header><main><article class='page'>"
            f"<h1 class='entry-title'>{entry}</h1><div class='entry-content'><div class='forum-wrap'>"
            f"<h1 class='topic-title'>{topic}</h1><div class='post'>{_PARAGRAPHS}</div></div></div></article></main>"
            "</body></html>")


_TOPIC = "New tenor bell rung in at last"


@pytest.mark.parametrize(("page", "title"), [
    (_plugin_topic("Forum", _TOPIC, f"{_TOPIC} – Forum – Fenwick Bell Ringers"), _TOPIC),
    (_plugin_topic("Community", _TOPIC, f"{_TOPIC} – Community – Fenwick Bell Ringers"), _TOPIC),
    (_plugin_topic("Forums", _TOPIC, f"Forums - {_TOPIC}"), _TOPIC),
    (_plugin_topic("Message board", _TOPIC, f"{_TOPIC} | Message board | Fenwick Bell Ringers",
                   "<ul><li><a href='/'>Home</a></li><li><a href='/board/'>Message board</a></li></ul>"), _TOPIC),
    (_plugin_topic("Discussion", "Quarter peal on Sunday: who is in?",
                   "Quarter peal on Sunday: who is in? - Discussion - Fenwick Bell Ringers"),
     "Quarter peal on Sunday: who is in?"),
    # near misses: the page's one heading is its title (a council's "Youth Forum" page); the first heading is no menu
    # entry but a headline of its own words, over a second story's heading
    ("<html><head><title>Youth Forum – Brackley Town Council</title></head><body><nav><a href='/youth-forum/'>Youth "
     f"Forum</a></nav><article><h1>Youth Forum</h1>{_PARAGRAPHS}</article></body></html>", "Youth Forum"),
    ("<html><head><title>Bells rung in – Fenwick Bell Ringers</title></head><body><nav><a href='/'>Home</a></nav>"
     f"<h1>Bells rung in</h1>{_PARAGRAPHS}<h1>Quarter peal for the new tenor</h1><p>Another story.</p></body></html>",
     "Bells rung in"),
])
def test_a_plugins_topic_under_the_pages_own_heading_is_the_title(page: str, title: str) -> None:
    """Asgaros's topic in a WordPress page was titled "Forum" (the page's <h1>), wpForo's "Community", Kunena's "Forum"
    (Joomla's page heading)."""
    assert clean_page(page).meta.title == title


# --- a writer's bio under the byline ----------------------------------------------------------------------------------

def _headed(kind: str, line: str) -> str:
    return ("<html><head><title>Quarter peal on the new tenor</title></head><body><article><header><h1>Quarter peal on "
            f"the new tenor</h1><div class='meta'><a href='/u/joan'>Joan Marsh</a><p class='{kind}'>{line}</p><time "
            f"datetime='2026-11-20'>20 November 2026</time></div></header><div class='body'>{_PARAGRAPHS}</div>"
            "</article></body></html>")


_BIO = "Joan has rung bells in Northumberland towers for thirty years and teaches the learners' band."


@pytest.mark.parametrize(("kind", "standfirst"), [
    ("meta-bio", None), ("contributor__bio", None), ("bio", None), ("writer-biography", None), ("byline-bios", None),
    # near misses: classes that name a summary, or only open on the letters
    ("standfirst", _BIO), ("biome-summary", _BIO),
])
def test_a_writers_bio_is_no_standfirst(kind: str, standfirst: str | None) -> None:
    """HubPages' "m-detail-header--meta-bio" ("Moira has kept worms in a shed in Lancashire for twelve years.") beside
    the byline was taken for the standfirst."""
    assert clean_page(_headed(kind, _BIO)).meta.standfirst == standfirst


# --- a post's stamp, a day and its clock time alone -------------------------------------------------------------------

def _stamped(stamp: str) -> str:
    return (f"<html><head><title>Quarter peal on the new tenor</title></head><body><div class='story'><h2>Quarter peal "
            f"on the new tenor</h2><div class='sub'>{stamp}</div>{_PARAGRAPHS}</div></body></html>")


@pytest.mark.parametrize(("stamp", "day"), [
    ("<font class='tiny'>Wednesday, November 25, 2026 @ 20:04:11 GMT</font>", "2026-11-25"),
    ("<ul class='info'><li>Tuesday, December 01 2026 @ 09:15 AM GMT</li><li>Views: 112</li></ul>", "2026-12-01"),
    ("<a class='permalink' href='/viewtopic.php?pid=7710#p7710'>Wed 2 Dec 2026, 18:40</a>", "2026-12-02"),
    ("&#171; <strong>on:</strong> Monday 30 November 2026, 08:12 &#187;", "2026-11-30"),
    ("<span>Sat 5 Dec 2026 at 10:02 pm</span>", "2026-12-05"),
    ("<span>« Reply #3 on: Thursday 3 December 2026, 21:47 »</span>", "2026-12-03"),
    # near misses: a day and hour inside a sentence, a member's card, a day with no clock time
    ("<p>The AGM is on Wednesday, January 13, 2027 @ 7:30 PM in the boathouse, with soup.</p>", None),
    ("<span>Registered: 2023-05-18</span><span>Posts: 57</span>", None),
    ("<span>Ringing times: Sunday 10:00, Thursday 19:30</span>", None),
])
def test_a_posts_stamp_of_a_day_and_its_time_dates_the_page(stamp: str, day: str | None) -> None:
    """PHP-Nuke's "Wednesday, November 25, 2026 @ 20:04:11 GMT", PunBB's "Wed 2 Dec 2026, 18:40" and SMF's "« on:
    Monday 30 November 2026, 08:12 »" stood in elements no class names a date's: no day was said."""
    assert clean_page(_stamped(stamp)).meta.published == day


# --- a notice's short head over its text ------------------------------------------------------------------------------

_NOTICES = ["The main hall is closed from 5 to 16 January while the new oak floor is laid by the contractors.",
            "A blue raincoat and a set of car keys were left after the fair, and both are in the kitchen cupboard.",
            "The New Year litter pick starts from the hall at ten on Saturday, and gloves and bags are provided."]


def _notices(heads: list[str], mark: str = "b") -> str:
    boxes = "".join(f"<div class='notice'><p><{mark}>{head}</{mark}></p><div>{text}</div></div>"
                    for head, text in zip(heads, _NOTICES, strict=False))
    return (f"<html><head><title>Village notices</title></head><body><main><h1>Village notices</h1>{boxes}</main>"
            "</body></html>")


@pytest.mark.parametrize(("heads", "mark"), [
    (["Hall closed", "Lost property", "Litter pick"], "b"),
    (["Road closure", "Grit bins"], "strong"),
    (["Floor works", "Found items", "Litter pick"], "span"),
    (["Hall closure", "Lost property"], "em"),
])
def test_notices_short_heads_are_read(heads: list[str], mark: str) -> None:
    """A parish council's notices' heads of two words ("Road closure", "Grit bins") were taken for buttons and lost."""
    said = _said(_notices(heads, mark))
    assert all(head in said for head in heads), said


@pytest.mark.parametrize("heads", [
    ["Read more", "Read more"],  # a prompt over each teaser: furniture
    ["Hall closed"],  # one head alone: no board of notices shows it a head
    ["Advertisement", "Advertisement", "Advertisement"],
])
def test_short_lines_that_are_no_notices_heads_are_dropped(heads: list[str]) -> None:
    said = _said(_notices(heads))
    assert not any(head in said for head in heads), said


@pytest.mark.parametrize("heads", [
    ["Nov 17, 2026 18:15:00 GMTQuote", "Nov 17, 2026 19:15:00 GMT"],  # a forum's post stamps over each post
    ["Sat 21 Nov 2026, 10:02 #1", "Sat 21 Nov 2026, 10:37 #2"],
    ["Posts: 3", "Posts: 4"],  # a poster's count over each post
])
def test_stamps_and_counts_over_posts_are_no_notices_heads(heads: list[str]) -> None:
    """Near misses: two words with figures between them are a stamp or a count, not a notice's head."""
    blocks = [Block(BlockKind.PARAGRAPH, text) for pair in zip(heads, _NOTICES, strict=False) for text in pair]
    assert _notice_heads(blocks, [block.text in heads for block in blocks]) == set()


def test_notices_heads_are_found_in_linear_time() -> None:
    """The heads are found in one pass over the blocks: a board of 4,000 notices costs four times one of 1,000."""
    box = "<div class='notice'><p><b>Lost property</b></p><div>" + _NOTICES[1] + "</div></div>"

    def read(boxes: str) -> object:
        return clean_page(f"<html><head><title>Notices</title></head><body><main>{boxes}</main></body></html>")

    short, long = cpu_seconds(read, box * 250), cpu_seconds(read, box * 1000)
    assert long < 6 * max(short, 0.005), (short, long)


# --- a listing's label over its description ---------------------------------------------------------------------------

def _blocks(*texts: tuple[BlockKind, str]) -> list[Block]:
    return [Block(kind, text) for kind, text in texts]


_BARN = "The barn has a great arched doorway, now glazed, which fills the living room with light from the fells."
H, P = BlockKind.HEADING, BlockKind.PARAGRAPH


@pytest.mark.parametrize(("label", "dropped"), [
    ("Property description", True), ("Villa description", True), ("About this place", True),
    ("About the accommodation", True), ("Cottage details", True), ("About this home", True),
    # near misses: a writer's own headings over a part of a story
    ("The bothy", False), ("Where to stay", False), ("About the author", False),
])
def test_a_listings_label_over_its_description_is_not_read(label: str, dropped: bool) -> None:
    """A cottage agency's "Property description" and a villa agency's "Villa description" were read over the let."""
    said = [b.text for b in drop_listing_labels(_blocks((H, "Curlew Barn"), (H, label), (P, _BARN)))]
    assert said == (["Curlew Barn", _BARN] if dropped else ["Curlew Barn", label, _BARN])


def test_a_label_over_no_description_is_left() -> None:
    """A near miss: a label with no paragraph under it (a tab's heading over a list) is left to the other rules."""
    blocks = _blocks((H, "Property description"), (BlockKind.LIST_ITEM, "Sleeps 4"))
    assert drop_listing_labels(blocks) == blocks


# --- a board's motto under its name in a box marked as the site's -----------------------------------------------------

def _board(box: str) -> str:
    return (f"<html><head><title>Quarter peal on the new tenor - Fenwick Ringers Forum</title></head><body>{box}"
            f"<div id='page-body'><h2 class='topic-title'>Quarter peal on the new tenor</h2><div class='post'>"
            f"{_PARAGRAPHS}</div></div></body></html>")


@pytest.mark.parametrize(("box", "motto"), [
    ("<div id='site-description'><a id='logo' href='./index.php'><span class='site_logo'></span></a><h1>Fenwick "
     "Ringers Forum</h1><p>Bells, ropes and Sunday service</p></div>", "Bells, ropes and Sunday service"),
    ("<div class='site-description'><h1>Fenwick Ringers Forum</h1><p>Towers, bands and outings</p><p class='skiplink'>"
     "<a href='#start'>Skip to content</a></p></div>", "Towers, bands and outings"),
    ("<div class='blog-tagline-box site-tagline'><a href='/'>Home</a><h1>Fenwick Ringers Forum</h1><span>Peals, "
     "practice and the odd outing</span></div>", "Peals, practice and the odd outing"),
    ("<header class='board-desc'><a href='/'>Home</a><h1>Fenwick Ringers Forum</h1><div>Ropes and rounds since 1998"
     "</div></header>", "Ropes and rounds since 1998"),
])
def test_a_boards_motto_under_its_name_is_not_read(box: str, motto: str) -> None:
    """phpBB's "<div id='site-description'>" held the logo's link, the board's <h1> and its motto ("Plots, pests and
    produce"): the motto was read as the topic's first line."""
    said = _said(_board(box))
    assert motto not in said and _STORY[0] in said, said


@pytest.mark.parametrize("kind", ["post-description", "entry-description"])
def test_a_posts_own_description_box_is_read(kind: str) -> None:
    """A near miss: a post's own box of its headline and its summary under it is the post's, not the site's motto."""
    summary = "Forty-seven minutes of changes on the recast bell, and the band's first peal together."
    document = clean_page("<html><head><title>Quarter peal on the new tenor</title></head><body><article>"
                          f"<div class='{kind}'><h1>Quarter peal on the new tenor</h1><p>{summary}</p></div>"
                          f"{_PARAGRAPHS}</article></body></html>")
    assert summary in [document.meta.standfirst, *(block.text for block in document.blocks)]


# --- a portal's logo linking home as "index.php" ----------------------------------------------------------------------

@pytest.mark.parametrize(("href", "title"), [
    ("index.php", "New antenna up on the clubhouse roof"),
    ("./index.php", "New antenna up on the clubhouse roof"),
    ("/index.php", "New antenna up on the clubhouse roof"),
    ("/index.html", "New antenna up on the clubhouse roof"),
    # near misses: a logo linking to another page is no home link; and a <title> that opens on the story anyway
    ("news.php", "Harbour Radio Club :: New antenna up on the clubhouse roof"),
])
def test_a_portals_logo_linking_to_its_front_script_names_the_site(href: str, title: str) -> None:
    """PostNuke's logo linked home as "index.php": its alt text was not known for the site's name, and the story was
    titled "Harbour Radio Club :: New antenna up on the clubhouse roof"."""
    page = (f"<html><head><title>Harbour Radio Club :: New antenna up on the clubhouse roof</title></head><body><a "
            f"href='{href}'><img src='logo.gif' alt='Harbour Radio Club'></a><div class='story'>{_PARAGRAPHS}</div>"
            "</body></html>")
    assert clean_page(page).meta.title == title


def test_the_new_patterns_stay_linear() -> None:
    check_linear("a ", small=300, read=lambda text: _FICTION_KIND.search(f"Story, {text}x"))
    check_linear(", a b", small=300, read=lambda text: _FICTION_KIND.search(f"{text} fanficx"))
    check_linear("1 2026 ", small=300, read=lambda text: _CLOCK_STAMP.match(f"{text}@ 1:00x"))
    check_linear("about this ", small=300, read=lambda text: _LISTING_LABEL.fullmatch(f"{text}x"))
    check_linear("bio-", small=300, read=lambda text: _NOT_DEK_HINT.search(f"a{text}x".replace("bio-", "bi-")))


_KNOWN: dict[str, str] = {
    "discuz_thread": "each post in a table of its own (Discuz!'s 't_f' cells): the extractor keeps the first post's "
                     "first line with the thread's counts, and the rest of the posts are lost",
    "sectionlabel_glamping_listing": "(of another class) the listing's 'Things to know' list of its rules ('Check-in "
                                     "from 3pm', 'No pets') is read",
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)
