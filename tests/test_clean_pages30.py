"""HTML pages of our own from twenty-four platforms and page kinds the earlier sets lacked (tests/fixtures/pages30,
issue #10): a BigCommerce shop's blog post, a Blogger post in the Emporio theme, a Bolt CMS entry, a Brevo newsletter's
web copy, a Conde Nast (Verso) story, an engineering blog on Next.js with Contentful, a django CMS (newsblog) news
item, a Dotdash Meredith article, a FluxBB topic, a Kadence WordPress post, a Magento shop's Magefan blog post, a
Magnolia CMS press release, an NGO's report page, a university's news on Omni CMS, a council's news on OpenCities, an
Orchard Core blog post, a Payload CMS post, a SITE123 blog post, a Softr blog post, a Strapi blog on Astro, a SvelteKit
paper with Sanity, a Typedream page, a parliament committee's news and a post in the WordPress.com Reader; and two pages
of kinds left over from the last set: a forum whose posts are each an <article> in a table cell, and a byline whose
writer's job title stands in an element of its own. Each page's title, author, date and lines were written down before
the cleaner first ran on it; every third platform page (bolt_cms_entry, contentful_nextjs_article, fluxbb_topic,
magnolia_news, opencities_council_news, site123_blog, sveltekit_sanity_post, wpcom_reader_view) was kept aside while
the rules were written; the two pages of left-over kinds are in the tuned part.

FIRST READING: 6 of 18 tuning pages right (96 of 99 lines read, 12 lines of clutter; 3 authors, 1 date and 1 title
wrong), 6 of 8 aside (38 of 39 lines, 3 lines of clutter; 1 author and 1 title wrong). The tuning misses by class: a
thread whose posts are <article>s in table rows read its first post twice, the board's menu between (the table-cell
forum); a shop blog's headline classed "blog-title" inside its <article> taken for the site's name (BigCommerce); a
writer's closing paragraph ending "we would love to hear from you" dropped with its heading (Strapi on Astro); a lead
under an <article>'s <h2>, on a page with no <h1>, lost (django CMS); a sources box behind its "Article Sources" button
read (Dotdash Meredith); a newsletter box whose button a component's class names ("BaseButton") read (Conde Nast); a
cookie notice in a box classed "cookie" read (Magento); a newsletter's button table read (Brevo); "Journal · Published
Nov 4, 2026" read and no date (Typedream); authors in "<dt>Authors</dt>", in "<div class='author'><span
class='name'>", and beside an avatar, not found (an NGO report, Strapi, Softr); a shop's info box with no link read
(Kadence).

After the rules the tuning pages read 16 of 18 (99 of 99 lines, 2 lines of clutter, 1 author wrong).

The kept third, read once then: 6 of 8 (38 of 39 lines, 3 lines of clutter; 1 author and 1 title wrong), as at the
first reading: the rules did not reach it. Its misses are of other classes (FluxBB's title and its short last reply,
the WordPress.com Reader's blog name taken for the writer).

The byline with the writer's job title in an element of its own read right at the first reading (its name and title
in elements of their own classes, "author-name" and "author-job"); pages29's Naviga story, whose title element follows
"By Marcus Bell" in a "byline" span, still runs them together.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sweeps import check_linear

from narrator.clean.consentbanners import drop_cookie_notices
from narrator.clean.html import _SECTION_BEFORE, _is_stamp_line
from narrator.clean.htmlauthors import _author_classed_name, _labelled_author
from narrator.clean.htmlparse import parse_html
from narrator.clean.lines import is_cta, words_of
from narrator.clean.platforms import drop_sources_boxes, table_posts_as_thread
from narrator.clean.templates import _BUTTON_CLASS, drop_asking_boxes, drop_email_buttons
from tests.pages6 import check_reading, clean_page, page_lines, page_names, read_page

FIXTURES = Path(__file__).parent / "fixtures" / "pages30"
PAGES = page_names(FIXTURES)


def _page(inside: str, title: str = "Sourdough starter smells of nail varnish - Home Bakers") -> str:
    return f"<html><head><title>{title}</title></head><body>{inside}</body></html>"


# --- a thread whose posts are <article>s in the rows of one table -------------------------------------------------

_ASK = "My starter smells of nail varnish this morning. Have I killed it?"
_ANSWER = ("It is not dead, just hungry. Pour off the grey liquid, keep a spoonful and feed it twice a day for a few "
           "days; it should smell sour and yeasty again by the weekend.")
_THANKS = "Two days of feeding and it doubled in four hours. Thank you, it smells like bread again."
_LONG_ASK = ("I have a 1963 frame stripped to bare metal, and the local powder coater will do it for forty pounds, but "
             "everyone on the old bike groups seems to say it should be painted instead. Is there a real reason for "
             "that, or is it just tradition handed down from people who never tried powder?")
_MENU = ("<table class='header'><tr><td><a href='/'>Home Bakers</a></td><td><a href='/faq'>FAQ</a> | <a href='/s'>"
         "Search</a></td></tr></table>")


def _row(poster: str, post: str, box: str = "<article class='post-text'>{}</article>") -> str:
    return (f"<tr><td class='author'><b>{poster}</b><br>Posts: 12</td><td class='post'><div class='head'>21 Nov 2026"
            f"</div>{box.format(post)}</td></tr>")


@pytest.mark.parametrize(("thread", "posts"), [
    # the first post short: the rest of the page was read after it, the first post twice
    (_MENU + "<table>" + "".join(_row(who, f"<p>{text}</p>") for who, text in (
        ("crumb", _ASK), ("marguerite", _ANSWER), ("crumb", _THANKS))) + "</table>", [_ASK, _ANSWER, _THANKS]),
    # the first post long: the replies were lost
    ("<table><tbody>" + "".join(_row(who, f"<p>{text}</p>", "<article>{}</article>") for who, text in (
        ("fenland", _LONG_ASK), ("ken", _ANSWER))) + "</tbody></table>", [_LONG_ASK, _ANSWER]),
    # the post a box or two inside its cell, a spacer row between the posts
    ("<table>" + _row("crumb", f"<p>{_ASK}</p>", "<div class='wrap'><article class='message'>{}</article></div>")
     + "<tr><td colspan='2'><hr></td></tr>"
     + _row("marguerite", f"<p>{_ANSWER}</p>", "<div class='wrap'><article class='message'>{}</article></div>")
     + "</table>", [_ASK, _ANSWER]),
    # a post of two paragraphs
    ("<table>" + _row("crumb", f"<p>{_ASK}</p><p>{_THANKS}</p>") + _row("marguerite", f"<p>{_ANSWER}</p>")
     + "</table>", [_ASK, _THANKS, _ANSWER]),
])
def test_a_threads_posts_in_table_rows_are_all_read_in_order(thread: str, posts: list[str]) -> None:
    """A board sets each post in a table row, its text an <article> in the cell beside the poster's panel: the
    extractor read the first <article> alone, and when it was short the page's text again after it (the first post
    twice, the board's menu between)."""
    assert page_lines(_page(f"<h1>Sourdough starter smells of nail varnish</h1>{thread}")) == posts


@pytest.mark.parametrize("table", [
    # guards: one <article> in a layout table's cell; a table of teasers, each headed by its link; posts whose text
    # stands bare in boxes (the extractor runs such a cell into one line with the post's date)
    f"<table><tr><td><article><p>{_LONG_ASK}</p></article></td><td>Menu</td></tr></table>",
    "<table>" + "".join(f"<tr><td><article><h3><a href='/{n}'>Story {n}</a></h3><p>{_ANSWER}</p></article></td></tr>"
                        for n in range(3)) + "</table>",
    "<table>" + _row("crumb", f"<div>{_ASK}</div>", "<article>{}</article>")
    + _row("marguerite", f"<div>{_ANSWER}</div>", "<article>{}</article>") + "</table>",
])
def test_other_articles_in_tables_stay(table: str) -> None:
    root = parse_html(_page(table))
    before = len(root.findall(".//article"))
    table_posts_as_thread(root)
    assert len(root.findall(".//article")) == before


def test_many_posts_stay_linear() -> None:
    check_linear(_row("crumb", f"<p>{_ASK}</p>"), small=50,
                 read=lambda text: table_posts_as_thread(parse_html(_page(f"<table>{text}</table>"))))


# --- a post's headline classed as a blog's title, inside the post's <article> ------------------------------------

_BODY = ("<p>Every batch starts the night before, when forty undyed skeins go into a tub of warm water with a splash "
         "of wool wash.</p><p>In the morning the skeins are squeezed out and laid in shallow trays, six to a tray, "
         "and the dye is poured on by hand.</p>")


@pytest.mark.parametrize(("page", "title"), [
    ("<title>Fiddle Hill Yarns - How we dye a batch of sock yarn</title><article class='blog'><header><h1 "
     "class='blog-title'>How we dye a batch of sock yarn</h1></header>{body}</article>",
     "How we dye a batch of sock yarn"),
    ("<title>Harbour Books | Ten novels set on islands</title><main><article><h1 class='blog_title'>Ten novels set on "
     "islands</h1>{body}</article></main>", "Ten novels set on islands"),
    ("<title>Why the ferry was late - Quay Notes</title><article class='post'><h1 class='site-title'>Why the ferry was "
     "late</h1>{body}</article>", "Why the ferry was late"),
    ("<title>Kiln Shed: The first salt firing</title><div class='wrap'><article><h1 class='blogname'>The first salt "
     "firing</h1>{body}</article></div>", "The first salt firing"),
    # guards: a blog's name in its header, its class the site's, over the post's own heading; one linked home
    ("<title>Quay Notes - Why the ferry was late</title><header><h1 class='blog-title'>Quay Notes</h1></header>"
     "<article><h2>Why the ferry was late</h2>{body}</article>", "Why the ferry was late"),
    ("<title>Quay Notes - Why the ferry was late</title><div class='top'><h1 class='site-title'><a href='/'>Quay "
     "Notes</a></h1></div><article><h2 class='entry-title'>Why the ferry was late</h2>{body}</article>",
     "Why the ferry was late"),
])
def test_a_posts_headline_in_its_article_is_the_title_whatever_its_class(page: str, title: str) -> None:
    """BigCommerce sets a blog post's headline as "<h1 class='blog-title'>" inside the post's <article>: the class was
    taken for the site's name, and the <title>'s other part, the shop's name, became the headline."""
    head, _, body = page.partition("</title>")
    document = clean_page(f"<html><head>{head}</title></head><body>{body.format(body=_BODY)}</body></html>")
    assert document.meta.title == title


# --- a writer's paragraph that ends on an invitation ---------------------------------------------------------------

@pytest.mark.parametrize(("line", "prompt"), [
    ("None of it would happen without the fourteen volunteers who give up a Saturday afternoon each month. If you can "
     "sew, solder or simply make a good cup of tea, we would love to hear from you.", False),
    ("The library will stay open late on Thursdays through the winter, and the reading group meets there at seven in "
     "the small room upstairs. If you have a book the group should read, we would love to hear from you.", False),
    ("The bakery's ovens were built in 1921 and still burn wood, and on Saturdays they bake twice as many loaves as "
     "on weekdays. Send us your own photographs of the old bakery.", False),
    ("The choir has sung at the harvest festival for ninety years and will do so again this October in the old barn "
     "by the church. Send us your memories of past festivals.", False),
    # guards: the ask is the line (one long sentence, or sentences that all ask); an ask that points to an account
    ("Our bakers start at four every morning so that the first loaves are out of the oven by seven, and on Saturdays "
     "they bake twice as many. You can follow the bakery on Instagram to see what comes out.", True),
    ("Ann Lee's book about the lighthouses of the west coast, Lamps on the Rock, is out now from Harbour Press in "
     "paperback. Follow her on Bluesky for news of her talks.", True),
    ("The society has met in the upstairs room of the Anchor since 1952, and new members are always welcome at the "
     "monthly meetings. If you have old photographs of the town, let us know at photos@anchorsociety.example.", True),
    # or whose other sentences are prompts too
    ("Sign up for our newsletter to get the next story first! And if you have a correction or a memory of the light "
     "at Skerra or any of the other lamps on the coast, we would love to hear from you.", True),
    ("Follow us on Twitter, Facebook and Instagram for news of the season, and we would love to hear from you about "
     "what you would like to see at the festival next year, so do get in touch with the team.", True),
    ("We would love to hear what you think of the new site and the new look of the newsletter this spring. Tag us on "
     "Instagram with a photo of your garden and we will share the best ones with all our readers.", True),
])
def test_a_long_line_is_a_prompt_only_when_its_asks_are_most_of_it(line: str, prompt: bool) -> None:
    """A repair cafe's post ends on a section thanking its volunteers and asking for more ("we would love to hear from
    you"): the ask's words were enough to drop the whole paragraph, and its heading with it."""
    assert is_cta(line, words_of(line)) is prompt


# --- a stamp line after its section's name ---------------------------------------------------------------------

@pytest.mark.parametrize(("line", "stamp"), [
    ("Journal · Published Nov 4, 2026", True),
    ("News | Posted 4 May 2026", True),
    ("Press release · Published 12 Nov 2026", True),
    ("Blog — Updated March 3, 2026 at 9:00", True),
    # guards: more than a section's name before the separator; a sentence after the label
    ("Why we moved our studio | Published Nov 4, 2026", False),
    ("Journal · Published by the society since 1921", False),
])
def test_a_stamp_after_its_sections_name_is_a_stamp(line: str, stamp: bool) -> None:
    """Typedream's page sets "Journal · Published Nov 4, 2026" over the headline: it was read as the first line, and
    the page had no date."""
    assert _is_stamp_line(line) is stamp


def test_a_section_and_stamp_line_dates_the_page() -> None:
    page = (f"<html><head><title>What I learned</title></head><body><div><p>Journal · Published Nov 4, 2026</p><h1>"
            f"What I learned</h1>{_BODY}</div></body></html>")
    document = clean_page(page)
    assert (document.meta.published or "")[:10] == "2026-11-04"
    assert "Journal · Published Nov 4, 2026" not in [b.text for b in document.blocks]


# --- a report's authors in its list of details ---------------------------------------------------------------------

@pytest.mark.parametrize(("details", "names"), [
    ("<dl><dt>Published</dt><dd>18 November 2026</dd><dt>Authors</dt><dd>Tom Asante</dd></dl>", ["Tom Asante"]),
    ("<dl><dt>Author</dt><dd>Leila Farouk</dd></dl>", ["Leila Farouk"]),
    ("<table><tr><th>Authors</th><td>Ines Duarte</td></tr></table>", ["Ines Duarte"]),
    ("<p><span class='label'>Authors:</span> <span>Ann Lee</span></p>", ["Ann Lee"]),
    # guards: a team's name; a heading over a sentence
    ("<dl><dt>Authors</dt><dd>Research and Policy Team</dd></dl>", []),
    ("<h3>Authors</h3><p>We thank the families who took part.</p>", []),
])
def test_the_authors_label_names_the_writer(details: str, names: list[str]) -> None:
    """An NGO's report page lists its details as terms ("<dt>Authors</dt><dd>Tom Asante</dd>"): only "Author" was a
    label, and the report had no author."""
    assert _labelled_author(parse_html(f"<html><body><main>{details}</main></body></html>")) == names


# --- a box of the article's sources behind a button ---------------------------------------------------------------

_NOTE = "<p>The Ledger requires writers to use primary sources to support their work.</p>"


@pytest.mark.parametrize(("box", "dropped"), [
    (f"<div class='article-sources'><button>Article Sources</button><div class='content'>{_NOTE}<ol><li>Energy "
     "Regulator. Understanding Your Energy Bill.</li></ol></div></div>", True),
    ("<section class='refs'><button aria-expanded='false'>Sources</button><ol><li>County records, 1851.</li><li>"
     "Parish registers.</li></ol></section>", True),
    ("<div><button type='button'>References (3)</button><ul><li>Smith, 2020.</li><li>Jones, 2021.</li><li>Lee, "
     "2022.</li></ul></div>", True),
    (f"<div class='citations'><button>Show citations</button><div hidden>{_NOTE}</div></div>", True),
    # guards: the button not first in its box (a toolbar of buttons); a box that holds the article; another button
    (f"<div class='tools'><button>Share</button><button>Sources</button>{_NOTE}</div>", False),
    (f"<div><button>Sources</button>{_BODY * 12}</div>", False),
    (f"<div><button>Show comments</button>{_NOTE}</div>", False),
])
def test_a_sources_box_behind_its_button_is_not_read(box: str, dropped: bool) -> None:
    """Dotdash Meredith ends an article on "Article Sources", a button over the site's note on sourcing and the list:
    with the button left out, the note and the list were read as the article's last lines."""
    root = parse_html(f"<html><body><article>{_BODY}</article><div id='around'>{box}</div></body></html>")
    drop_sources_boxes(root)
    around = root.get_element_by_id("around")
    assert (len(around) == 0) is dropped


def test_many_sources_boxes_stay_linear() -> None:
    check_linear("<div><button>Sources</button>", small=100,
                 read=lambda text: drop_sources_boxes(parse_html(f"<html><body>{text}x</body></html>")))


# --- an asking box whose button a component's class names --------------------------------------------------------

@pytest.mark.parametrize(("box", "dropped"), [
    ("<div class='ConsumerMarketingUnitContent'><h3>Sign up for our daily newsletter</h3><p>The best recipes, kitchen "
     "advice and deals, delivered every morning.</p><a class='BaseButton' href='/newsletter/daily'>Sign up</a></div>",
     True),
    ("<aside class='PromoBox'><h4>Get the weekend edition</h4><p>Long reads and puzzles, every Saturday.</p><a "
     "class='PromoBox__ctaButton' href='/weekend'>Get it free</a></aside>", True),
    ("<div class='sc-9x2 Unit'><h3>Join the supporters' club</h3><p>Members get early tickets.</p><a class='sc-1x2y3 "
     "ButtonPrimary' href='/club'>Join</a></div>", True),
    ("<section class='AppPromo'><h2>Try the app</h2><p>Read offline on the train.</p><a class='PrimaryBtn' "
     "href='/app'>Download</a></section>", True),
    # guards: a box that tells more; a class whose word only looks like the button's
    ("<div class='Unit'><h3>The history of the flight</h3><p>Built in 1799.</p><a class='BaseButton' "
     "href='/history'>Read more</a></div>", False),
    ("<div class='Unit'><h3>The history of the flight</h3><p>Built in 1799.</p><a class='Buttonhole' "
     "href='/history'>The lock keepers</a></div>", False),
])
def test_an_asking_box_whose_button_a_components_class_names_is_not_read(box: str, dropped: bool) -> None:
    """Conde Nast's story sets a newsletter's box among its paragraphs, its button "<a class='BaseButton'>": a class
    named in a component's words was no button's, and the box's heading and pitch were read."""
    root = parse_html(f"<html><body><article>{_BODY}{box}</article></body></html>")
    drop_asking_boxes(root)
    assert ("newsletter" not in root.text_content() and "Get the weekend" not in root.text_content()
            and "supporters" not in root.text_content() and "Try the app" not in root.text_content()
            and "history of the flight" not in root.text_content()) is dropped


# --- a summary under an article's <h2>, on a page with no <h1> ----------------------------------------------------

_SUMMARY = "After two years of building work, researchers can once again see original documents on site."
_STORY = ("<p>The archive's new reading room opened to the public on Monday, two years after the old one closed when "
          "a leaking roof put the collections at risk.</p><p>The room has space for twenty-four researchers at a time, "
          "twice as many as before, and every desk has a book rest, a power socket and a light that does not warm the "
          "paper beneath it.</p><p>Documents are now brought up from the strongrooms by a small lift rather than "
          "carried up two flights of stairs, which the archivists say will mean fewer delays.</p><p>Visits still need "
          "to be booked at least three working days ahead, so that staff can fetch the documents in advance.</p>")


@pytest.mark.parametrize(("article", "standfirst"), [
    (f"<article class='article'><h2>New reading room opens</h2><p class='lead'><p>{_SUMMARY}</p></p><p "
     f"class='article-meta'><span class='article-author'>by <a href='/a/gp'>Gwilym Parry</a></span> · <time "
     f"datetime='2026-11-16'>Nov. 16, 2026</time></p><div class='article-content'>{_STORY}</div></article>",
     _SUMMARY),
    (f"<article><h2>New reading room opens</h2><p>{_SUMMARY}</p><p class='byline'>By Ann Lee</p><div "
     f"class='article-content'>{_STORY}</div></article>", _SUMMARY),
    (f"<article><header><h2>New reading room opens</h2><p>{_SUMMARY}</p></header><div class='entry-content'>{_STORY}"
     f"</div></article>", _SUMMARY),
    (f"<main><article class='news'><h2 class='heading'>New reading room opens</h2><p>{_SUMMARY}</p><time "
     f"datetime='2026-11-16'>16 November 2026</time><div class='post-content'>{_STORY}</div></article></main>",
     _SUMMARY),
    # guards: the body's first paragraph under the heading, no byline under it; an <article>'s <h2> that is not the
    # title (a teaser beside the story)
    (f"<article><h2>New reading room opens</h2>{_STORY}<p>{_SUMMARY}</p></article>", None),
    (f"<div class='story'><h3>New reading room opens</h3><p>{_SUMMARY}</p><p class='byline'>By Ann Lee</p>{_STORY}"
     f"</div><article><h2>Roof repairs complete</h2><p>{_SUMMARY}</p><p class='byline'>By Bo Chan</p></article>",
     None),
])
def test_a_summary_under_an_articles_h2_is_said_first(article: str, standfirst: str | None) -> None:
    """django CMS's news item titles its article with an <h2> (no <h1>) over its lead ("<p class='lead'>" around
    the editor's <p>) and its byline: the extractor kept the article's content box alone, and the lead was lost."""
    page = f"<html><head><title>New reading room opens - Archives</title></head><body>{article}</body></html>"
    document = clean_page(page)
    said = ([document.meta.standfirst] if document.meta.standfirst else []) + [b.text for b in document.blocks]
    if standfirst is None:
        assert document.meta.standfirst is None
    else:  # said first and once: as the standfirst, or as the body's first line where the extractor kept it
        assert (said[0], said.count(standfirst)) == (standfirst, 1)


# --- the writer's name alone in an element of the article classed as its author's ----------------------------------

@pytest.mark.parametrize(("box", "names"), [
    ("<div class='title'><h1>A year of the repair cafe</h1><div class='author'><span class='name'>Grace Oduya</span>"
     "</div></div>", ["Grace Oduya"]),
    ("<h1>A year of the repair cafe</h1><p class='post-author'>Ines Duarte</p>", ["Ines Duarte"]),
    ("<h1>A year of the repair cafe</h1><span class='article-author'><a href='/people/tom'>Tom Hale</a></span>",
     ["Tom Hale"]),
    ("<header><h1>A year of the repair cafe</h1><div class='meta Author-name'>Ann Lee</div></header>", ["Ann Lee"]),
    # guards: a box of more than the name; a desk's one word; an author's element outside the article (a sidebar)
    ("<h1>A year of the repair cafe</h1><div class='author'>About the author: Ann Lee writes on repair.</div>", []),
    ("<h1>A year of the repair cafe</h1><div class='author'>Staff</div>", []),
])
def test_a_name_alone_in_the_articles_author_element_names_the_writer(box: str, names: list[str]) -> None:
    """An Astro blog fed by Strapi sets "<div class='author'><span class='name'>Grace Oduya</span></div>" in the
    headline's box: trafilatura's search leaves out what the title's box holds, and the post had no author."""
    root = parse_html(f"<html><body><article>{box}{_BODY}</article></body></html>")
    assert _author_classed_name(root) == names


@pytest.mark.parametrize("page", [
    # an author's element outside the article (a sidebar); a comment's poster, the comment an <article> in a list
    f"<aside><div class='author'>Ann Lee</div></aside><article><h1>T</h1>{_BODY}</article>",
    f"<div class='post'><h1>T</h1>{_BODY}</div><ol class='comment-list'><li><article class='comment'><header><span "
    f"class='author'>Bo Chan</span></header><p>Lovely.</p></article></li></ol>",
    f"<div class='post'><h1>T</h1>{_BODY}</div><section id='comments'><article><span class='author'>Bo Chan</span>"
    f"<p>Lovely.</p></article></section>",
])
def test_an_author_element_outside_the_article_names_no_one(page: str) -> None:
    assert _author_classed_name(parse_html(f"<html><body>{page}</body></html>")) == []


# --- a cookie notice in a box its class names a cookie's ---------------------------------------------------------

@pytest.mark.parametrize(("box", "dropped"), [
    ("<div class='message global cookie' id='notice-cookie-block'><p><strong>We use cookies to make your experience "
     "better.</strong></p><p>To comply with the new e-Privacy directive, we need to ask for your consent.</p><button>"
     "<span>Allow Cookies</span></button></div>", True),
    ("<div id='cookie-layer'><p>This website uses cookies to offer you the best possible service.</p><a class='btn' "
     "href='#'>OK</a></div>", True),
    ("<section class='cookieBanner'><p>Cookies help us run the shop.</p><button>Accept all</button><button>Manage "
     "preferences</button></section>", True),
    ("<aside class='site-cookie-notice'><p>We bake our own cookies, the digital kind too.</p><a href='#'>Got it</a>"
     "</aside>", True),
    # guards: a recipe's box of cookies (no button to accept); a box so named that holds far more than a notice
    ("<div class='cookie-recipe'><p>Cream the butter and sugar, then fold in the flour.</p><a href='/print'>Print "
     "the recipe</a></div>", False),
    (f"<div class='cookies'>{_STORY * 3}<button>OK</button></div>", False),
])
def test_a_cookie_notice_in_its_named_box_is_not_read(box: str, dropped: bool) -> None:
    """Magento's shop sets its cookie notice in '<div class="message global cookie">' with an "Allow Cookies" button:
    the extractor kept it, and its two sentences opened the blog post."""
    root = parse_html(f"<html><body><div id='around'>{box}</div><article>{_BODY}</article></body></html>")
    drop_cookie_notices(root)
    assert (len(root.get_element_by_id("around")) == 0) is dropped


def test_many_cookie_boxes_stay_linear() -> None:
    check_linear("<div class='cookie'>", small=200, read=lambda text: drop_cookie_notices(
        parse_html(f"<html><body>{text}<button>OK</button></body></html>")))


# --- a newsletter's button, a small table of its own --------------------------------------------------------------

_LETTER = f"<table><tr><td>{_BODY}</td></tr></table>"


@pytest.mark.parametrize(("button", "dropped"), [
    ("<table class='rnb-btn-col-content'><tbody><tr><td><a href='/regatta'>Enter the Christmas regatta</a></td></tr>"
     "</tbody></table>", True),
    ("<table class='mcnButtonContentContainer'><tr><td class='mcnButtonContent'><a class='mcnButton' href='/r'>Read "
     "the report</a></td></tr></table>", True),
    ("<table class='es-button-border'><tr><td><a class='es-button' href='/book'>Book a place</a></td></tr></table>",
     True),
    ("<table role='presentation'><tr><td class='button-td'><a href='/give'>Donate today</a></td></tr></table>", True),
    # guards: a table so named whose text is more than its link; a long link, a sentence of the letter's own
    ("<table class='button-legend'><tr><td>Press the red button to start the pump, then <a href='/pump'>read on</a>."
     "</td></tr></table>", False),
    ("<table class='btn'><tr><td><a href='/r'>Read the full report on the council's own website</a></td></tr></table>",
     False),
])
def test_a_newsletters_button_table_is_not_read(button: str, dropped: bool) -> None:
    """Brevo sets a newsletter's button as a table of its own ("rnb-btn-col-content") around one link: "Enter the
    Christmas regatta" was read as the letter's last line."""
    root = parse_html(f"<html><body>{_LETTER}<div id='around'>{button}</div></body></html>")
    drop_email_buttons(root)
    assert (len(root.get_element_by_id("around")) == 0) is dropped


def test_many_button_links_stay_linear() -> None:
    check_linear("<a href='/x'>Go</a> ", small=200, read=lambda text: drop_email_buttons(
        parse_html(f"<html><body><table class='btn'><tr><td>{text}</td></tr></table></body></html>")))


def test_new_line_patterns_stay_linear() -> None:
    check_linear("a · ", read=lambda text: _is_stamp_line(f"{text}Published 4 May 2026"))
    check_linear("Ab ", read=lambda text: _SECTION_BEFORE.match(f"{text}x"))
    check_linear("aButton", read=lambda text: _BUTTON_CLASS.search(f"{text}x"))
    check_linear("we would love to hear. ", small=20,
                 read=lambda text: is_cta(f"We went. {text}", words_of(f"We went. {text}")))


# --- the pages: known misses fail when they start to pass ----------------------------------------------------

_KNOWN: dict[str, str] = {
    "kadence_wp_post": "a shop's box among the post's paragraphs (Kadence's info box: 'Buy our beef', a line, a "
                       "'learn more' span and no link) read: with no link nor button there is no evidence it asks",
    # fluxbb_topic reads right since pages33 (templates._kind: a box's place in its class, "rowodd", "firstpost", is
    # not its kind, and its last post, "You were right. ...", is no box asking the reader)
    # softr_blog_post and wpcom_reader_view read right since pages31 (htmlauthors._dated_name_beside_picture,
    # htmlauthors._person_over_site_link)
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)
