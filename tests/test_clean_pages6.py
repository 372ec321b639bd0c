"""HTML pages of our own from the templates users bring (tests/fixtures/pages6): every paragraph of the article is
read, none of the template's clutter. Each page's title, the lines it must read and those it must not were written
down before the cleaner first ran on it; the classes fixed here are tested on small pages written for each."""

from __future__ import annotations

import pytest

from narrator.clean import clean
from narrator.clean.htmlparse import parse_html
from narrator.clean.rescue import restore_entry_headings
from narrator.config import CleanSettings
from narrator.model import Block, BlockKind, Format, Source
from tests.pages6 import FIXTURES, PAGES, check_reading, read_page


def _read(page: str) -> list[str]:
    return [b.text for b in clean(Source("page.html", page.encode(), Format.HTML), CleanSettings()).blocks]


def _article(body: str, title: str = "A day out") -> str:
    return (f"<!doctype html><html><head><title>{title} | The Example</title></head><body><header><a href='/'>The "
            f"Example</a><nav><a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header><main><article>"
            f"<h1>{title}</h1>{body}</article></main><footer><p>&copy; The Example</p></footer></body></html>")


# --- a photo essay: its captions are the article -------------------------------------------------------------------

_CAPTION = ("the old mill stood empty for thirty years before the village bought it back, and the wheel turns again "
            "every Sunday in summer")


@pytest.mark.parametrize("caption", [
    "<figcaption>Picture {n}: {text}.</figcaption>",
    "<figcaption><p>Picture {n}: {text}.</p></figcaption>",
    "<figcaption><span class='count'>{n} / 4</span> <p>Picture {n}: {text}.</p>"
    "<span class='credit'>Photograph: Ann Lee</span></figcaption>",
    "<figcaption>{n} of 4 Picture {n}: {text}. <span class='photo-credit'>Photo: Ann Lee</span></figcaption>",
])
def test_a_photo_essays_captions_are_read_a_paragraph_each(caption: str) -> None:
    """Where the captions are the article, the extractor ran them into one paragraph with the headline ("Mill Mill
    reopens. Picture 1: ... Picture 2: ...") or left them out; their counters and credits are no part of them."""
    slides = "".join(f"<figure><img src='{n}.jpg' alt=''>{caption.format(n=n, text=_CAPTION)}</figure>"
                     for n in range(1, 5))
    lines = _read(_article(f"<p>The mill reopens.</p>{slides}", "Mill"))
    assert lines == ["The mill reopens.", *(f"Picture {n}: {_CAPTION}." for n in range(1, 5))]


def test_an_articles_own_few_photos_keep_their_captions_out() -> None:
    body = ("<p>The council voted on Monday to close the old bridge to cars from next month for repairs.</p>"
            "<figure><img src='b.jpg'><figcaption>The bridge in 1950</figcaption></figure>"
            "<p>Repairs will take a month, and buses will use the new road while the work goes on.</p>")
    assert _read(_article(body, "Bridge")) == [
        "The council voted on Monday to close the old bridge to cars from next month for repairs.",
        "Repairs will take a month, and buses will use the new road while the work goes on."]


# --- a heading's permalink ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("anchor", [
    '<a class="headerlink" href="#turning-it-on" title="Permalink to this heading">¶</a>',
    '<a class="anchor" href="#turning-it-on" aria-hidden="false">#</a>',
    '<a href="#turning-it-on">§</a>',
])
def test_a_headings_permalink_is_not_read(anchor: str) -> None:
    """Documentation sites end each heading with a link to itself: "Turning it on¶" was read ("Turning it
    onparagraph"), and the title too."""
    page = (f"<html><head><title>Turning it on - Docs</title></head><body><main><h1>Setup{anchor}</h1><p>Plug the "
            f"box into the wall socket and wait for the light.</p><h2>Turning it on{anchor}</h2><p>Hold the button "
            f"for two seconds until it turns green.</p></main></body></html>")
    document = clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())
    assert document.meta.title == "Setup"
    assert [b.text for b in document.blocks] == [
        "Plug the box into the wall socket and wait for the light.", "Turning it on",
        "Hold the button for two seconds until it turns green."]


# --- a box that asks: a heading, a line or two, and a button or a form -------------------------------------------

_STORY = ("<p>The choir sang at the harbour on Sunday for the first time since the storm, and a crowd of two hundred "
          "came to listen.</p><p>They raised four hundred pounds for the lifeboat station, which lost its roof.</p>")
_STORY_LINES = ["The choir sang at the harbour on Sunday for the first time since the storm, and a crowd of two "
                "hundred came to listen.", "They raised four hundred pounds for the lifeboat station, which lost "
                "its roof."]


@pytest.mark.parametrize("box", [
    "<div class='promo'><h3>Feeling inspired?</h3><p>Take on a challenge of your own for the station. We will send "
    "you a pack and a T-shirt.</p><a class='button' href='/go'>Start today</a></div>",
    "<aside><h3>Keep the choir singing</h3><p>If you enjoyed this, you can help for the price of a coffee a month."
    "</p><p><a href='/help'>Become a friend</a></p></aside>",
    "<div class='card'><h2>Get the next story by email</h2><p>One letter a month. Nothing else.</p><form><input "
    "type='email'><button>Go</button></form></div>",
])
def test_a_box_asking_for_the_readers_action_is_not_read(box: str) -> None:
    """A heading, a line of promotion and a button: "Feeling inspired?" and its pitch were read as the article's."""
    assert _read(_article(_STORY + box, "Choir")) == _STORY_LINES


def test_a_section_of_the_article_ending_on_a_link_is_read() -> None:
    section = ("<div><h3>Where to hear them</h3><p>The choir sings at the harbour every first Sunday of the month at "
               "noon, whatever the weather.</p><p><a href='/map'>Harbour map</a></p></div>")
    assert _read(_article(_STORY + section, "Choir"))[:4] == [*_STORY_LINES, "Where to hear them", (
        "The choir sings at the harbour every first Sunday of the month at noon, whatever the weather.")]


# --- an email's own furniture: a newsletter read from its web copy -------------------------------------------------


def test_a_newsletters_email_furniture_is_not_read() -> None:
    """A campaign's web copy: "View this email in your browser" over it, and under it why you got it, the sender's
    address and how to unsubscribe, each read as the letter's."""
    page = ("<html><head><title>Choir News - May</title></head><body><table><tr><td>Rehearsals move to Tuesdays</td>"
            "<td><a href='https://mail.example/archive/42'>View this email in your browser</a></td></tr><tr><td>"
            "<h1>May News</h1><p>Dear singers,</p><p>From June we rehearse on Tuesdays at seven, in the church hall "
            "as before. The car park will be open until ten.</p><p>Our summer concert is on 12 July, and tickets go on "
            "sale next week at the library.</p></td></tr><tr><td><em>Copyright &copy; 2025 Harbour Choir, All rights "
            "reserved.</em><br>You are receiving this email because you sing with us.<br><strong>Our mailing address "
            "is:</strong><br>Harbour Choir, 3 Quay Street<br>Want to change how you receive these emails?<br>You can "
            "<a href='https://mail.example/profile'>update your preferences</a> or <a href='https://mail.example/"
            "unsubscribe?u=1'>unsubscribe from this list</a>.</td></tr></table></body></html>")
    assert _read(page) == ["Dear singers,", "From June we rehearse on Tuesdays at seven, in the church hall as "
                           "before. The car park will be open until ten.", "Our summer concert is on 12 July, and "
                           "tickets go on sale next week at the library."]


# --- entries of their own: a live blog's, a thread's ---------------------------------------------------------------

_ENTRIES = [("Bridge reopens", "The old bridge reopened to traffic at noon after three weeks of repairs."),
            ("Queues at the lights", "Drivers report long queues at the lights on Mill Road as the diversion ends."),
            ("Buses back to normal", "The 12 and 14 buses are running their usual routes again this afternoon."),
            ("Council thanks residents", "The council leader thanked residents for their patience during the work.")]


@pytest.mark.parametrize("entry", [
    "<div class='entry'><h3 class='entry-title'>{title}</h3><div class='entry-body'><p>{text}</p></div></div>",
    "<div class='entry'><time>10:4{n}</time><h3>{title}</h3><div class='entry-body'><p>{text}</p></div></div>",
    "<article class='post'><h2>{title}</h2><div><div class='text'><p>{text}</p></div></div></article>",
])
def test_each_entrys_heading_over_its_body_is_read(entry: str) -> None:
    """A heading beside the box of its entry's text, in entries of one kind: the extractor kept the first entry's
    heading, or none, and the listener heard the updates run together."""
    body = "".join(entry.format(title=title, text=text, n=n) for n, (title, text) in enumerate(_ENTRIES))
    stamped = "<time>" in entry  # a live blog's times go before its headings (prune._live_entry_times)
    lines = [line for n, (title, text) in enumerate(_ENTRIES) for line in (
        f"10:4{n}: {title}" if stamped else title, text)]
    assert _read(_article(f"<div class='entries'>{body}</div>", "Bridge live")) == lines


@pytest.mark.parametrize(("entries", "kind", "restored"), [(3, "post", True), (2, "post", False), (3, "", False)])
def test_only_entries_of_one_kind_get_their_headings_back(entries: int, kind: str, restored: bool) -> None:
    """Two boxes, or boxes of no class, are no run of entries: a heading over the article's one body box (a kicker,
    a section's name) is not read as an entry's."""
    body = "".join(f"<div class='{kind}'><h4>{title}</h4><div class='body'><p>{text}</p></div></div>"
                   for title, text in _ENTRIES[:entries])
    root = parse_html(f"<html><body><main>{body}</main></body></html>")
    blocks = [Block(BlockKind.PARAGRAPH, text) for _, text in _ENTRIES[:entries]]
    headings = [b.text for b in restore_entry_headings(root, blocks) if b.kind is BlockKind.HEADING]
    assert headings == ([title for title, _ in _ENTRIES[:entries]] if restored else [])


# --- an AMP page's ads ----------------------------------------------------------------------------------------------


def test_an_amp_pages_ad_and_its_fallback_are_not_read() -> None:
    """<amp-ad> holds a placeholder and a fallback to show while the ad loads or when it fails: "Ad failed to load"
    was read between the article's paragraphs."""
    ad = ("<amp-ad width='300' height='250' type='doubleclick'><div placeholder>Loading</div><div fallback>Sorry, "
          "the advert could not be shown</div></amp-ad>")
    more = "The station hopes to have a new roof before the winter, and the choir will sing again in May."
    assert _read(_article(f"{_STORY}{ad}<p>{more}</p>", "Choir")) == [*_STORY_LINES, more]


# --- a thread: posts in boxes of one kind -------------------------------------------------------------------------

_POSTS = ["My apple tree has brown spots on every leaf this year.<br><br>It is about ten years old and was fine until "
          "the wet spring. Should I be worried about it?",
          "That sounds like scab. Rake up the fallen leaves and burn them, and prune for air in the winter.<br><br>It "
          "looks bad, but the fruit is still fine to eat.",
          "Thanks, I will rake them up this weekend."]


def _thread(signature: str = "") -> str:
    """A forum's thread: each post a box of one class, its text in a box of its own, a signature under some."""
    posts = "".join(f"<div class='post'><div class='inner'><dl class='profile'><dt><a href='/u/{n}'>member{n}</a></dt>"
                    f"<dd>Posts: {n + 3}</dd></dl><div class='postbody'><h3><a href='#p{n}'>Re: Brown spots</a></h3>"
                    f"<p class='author'>by member{n} &raquo; Sat Nov 02, 2024 9:1{n} pm</p><div class='content'>{text}"
                    f"</div>{signature if n == 0 else ''}</div></div></div>" for n, text in enumerate(_POSTS))
    return (f"<html><head><title>Brown spots on apple leaves - Fruit - Garden Forum</title></head><body><div "
            f"class='topic'><h2>Brown spots on apple leaves</h2>{posts}</div></body></html>")


def test_a_threads_short_last_post_is_read() -> None:
    """The extractor kept the first post and left out the others, boxes of the same kind; the rescue of boxes of the
    kept paragraphs' kind found the second post's paragraphs (its breaks made <p>s) and not the last post's one line,
    set bare in its box (rescue._bare_boxes_as_paragraphs)."""
    assert _read(_thread())[-1] == "Thanks, I will rake them up this weekend."


def test_a_threads_last_post_of_broken_lines_is_read() -> None:
    """A short reply of two lines the poster broke is read too."""
    lines = _read(_thread().replace("Thanks, I will rake them up this weekend.", "Thanks, I will<br>rake them up."))
    assert lines[-1] == "Thanks, I will rake them up."


def test_bare_boxes_of_another_kind_are_not_read() -> None:
    """Guard: a blog's comments set bare in boxes of their own kind stay out beside a post whose paragraphs are kept."""
    story = "".join(f"<div class='entry'><p>{text.split('<br>')[0]}</p><p>{text.split('<br>')[-1]}</p></div>"
                    for text in _POSTS[:2])
    comments = "".join(f"<div class='comment-body'>{line}</div>" for line in ("Great post, thanks for sharing it.",
                                                                            "I had the same spots on my pear tree."))
    page = (f"<html><head><title>Brown spots</title></head><body><main><h1>Brown spots</h1>{story}</main>"
            f"<section class='responses'>{comments}</section></body></html>")
    lines = _read(page)
    assert "My apple tree has brown spots on every leaf this year." in lines and not {
        "Great post, thanks for sharing it.", "I had the same spots on my pear tree."} & set(lines)


@pytest.mark.parametrize("signature", [
    "<div class='signature'>Retired orchard keeper. Advice given in good faith.</div>",
    "<aside class='message-signature'><div>Retired orchard keeper. Advice given in good faith.</div></aside>",
])
def test_a_posts_signature_is_not_read(signature: str) -> None:
    """A signature under a post ("Gas Safe registered. Advice given in good faith") was read as the post's words."""
    assert "Retired orchard keeper. Advice given in good faith." not in _read(_thread(signature))


def test_a_posters_card_is_not_read() -> None:
    """The card beside a post (name, rank, "Posts: 14203", "Joined: ...") was read as a list; the thread's page of
    our own (fixtures/pages6/forum.html) has one beside each post."""
    lines = _read((FIXTURES / "forum.html").read_text(encoding="utf-8"))
    assert not {"Moderator", "Posts: 14203", "Location: Stockport", "Posts: 3"} & set(lines)


# --- a contents box -----------------------------------------------------------------------------------------------

_SECTIONS = ("<h2 id='tools'>Tools</h2><p>You need a spade, a fork and a barrow for the compost, and an afternoon.</p>"
             "<h2 id='digging'>Digging</h2><p>Dig one trench at a time and fill it with the soil of the next one.</p>")
_SECTION_LINES = ["Tools", "You need a spade, a fork and a barrow for the compost, and an afternoon.", "Digging",
                  "Dig one trench at a time and fill it with the soil of the next one."]


@pytest.mark.parametrize("box", [
    "<div class='toc-container'><p class='toc-title'>Table of Contents</p><span><a href='#'>Toggle</a></span><nav><ul>"
    "<li><a href='#tools'>Tools</a></li><li><a href='#digging'>Digging</a></li></ul></nav></div>",
    "<div><strong>Contents</strong><ol><li><a href='#tools'>Tools</a></li><li><a href='#digging'>Digging</a></li>"
    "</ol></div>",
])
def test_a_contents_boxs_title_is_not_read(box: str) -> None:
    """A plugin's contents box lost its links to the extractor and kept its title: "Table of Contents" was read over
    the first section."""
    intro = "<p>Double digging a bed takes a day, and the bed stays good for ten years.</p>"
    assert _read(_article(intro + box + _SECTIONS, "Double digging")) == [
        "Double digging a bed takes a day, and the bed stays good for ten years.", *_SECTION_LINES]


# --- a story's key points ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["Key points", "At a glance", "Key takeaways"])
def test_a_storys_key_points_are_read(label: str) -> None:
    """A list of a story's key points over its text, headed as such: the extractor left it out."""
    points = (f"<div class='key-points'><h2>{label}</h2><ul><li>The choir sang at the harbour for the first time "
              "since the storm</li><li>Four hundred pounds were raised for the lifeboat</li></ul></div>")
    lines = _read(_article(f"{points}<div class='article-body'>{_STORY}</div>", "Choir"))
    assert lines == [label, "The choir sang at the harbour for the first time since the storm",
                     "Four hundred pounds were raised for the lifeboat", *_STORY_LINES]


def test_a_list_of_links_under_a_summarys_heading_is_not_read() -> None:
    points = ("<div class='summary'><h2>Highlights</h2><ul><li><a href='/a'>Choir wins county prize</a></li><li><a "
              "href='/b'>Lifeboat station reopens</a></li></ul></div>")
    assert _read(_article(f"{points}<div class='article-body'>{_STORY}</div>", "Choir")) == _STORY_LINES


# --- a documentation page's edit link -----------------------------------------------------------------------------


@pytest.mark.parametrize("link", ["Edit this page", "Edit on GitHub", "Suggest an edit", "View page source"])
def test_a_docs_pages_edit_link_is_not_read(link: str) -> None:
    """"Edit this page", a link to the page's source at the top of a documentation page, was read as its first line."""
    page = (f"<html><head><title>Backups - Docs</title></head><body><main><article><a class='md-button' "
            f"href='https://git.example/docs/backup.md' title='{link}'>{link}</a><h1>Backups</h1>{_SECTIONS}"
            f"</article></main></body></html>")
    assert _read(page) == _SECTION_LINES


# --- titles ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("head", "body", "title"), [
    # A blog's name before a colon, the name its logo links home with.
    ("<title>Rook and Pawn: Why I gave up the Sicilian</title>",
     "<h1 class='title'><a href='https://rookandpawn.example/'>Rook and Pawn</a></h1><h3>Why I gave up the Sicilian"
     "</h3>", "Why I gave up the Sicilian"),
    # A forum's trail after the thread's title ("- Page 1 - Board - Site"), the thread's title heading the page.
    ("<title>Damp in the loft after rain - Page 2 - Roofing - Home Forums</title>",
     "<h2 class='topic-title'><a href='/t/1'>Damp in the loft after rain</a></h2>", "Damp in the loft after rain"),
    # A newsletter's issue: its date after a dash is no site's name.
    ("<meta property='og:title' content='Parish Bulletin - March 2025'><title>Parish Bulletin - March 2025</title>",
     "<h1>News for March</h1>", "Parish Bulletin - March 2025"),
    ("<meta property='og:title' content='Club Notes | 14 June 2025'><title>Club Notes | 14 June 2025</title>",
     "", "Club Notes | 14 June 2025"),
])
def test_a_title_without_its_sites_name_and_trail(head: str, body: str, title: str) -> None:
    page = (f"<html><head>{head}</head><body>{body}<main><p>The roof was mended on Friday by two men.</p></main>"
            "</body></html>")
    document = clean(Source("page.html", page.encode(), Format.HTML), CleanSettings())
    assert document.meta.title == title


# --- the pages: known misses fail when they start to pass ----------------------------------------------------------

_KNOWN: dict[str, str] = {
    # fresh_wp_toc reads right since h151 (templates._AUTHOR_BOX_CLASS)
    # listicle reads right since h160 (widgets.drop_write_in_requests)
    "wiki": "a convention, kept: a wiki's infobox (a table of the subject's facts beside the lead) is read row by row, "
            "as readability's set reads it and as every data table is; notes' marks ('[1]') stay for the speech "
            "stage to drop",
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name), _KNOWN)
