"""HTML pages of our own from twenty-four platforms and page kinds the earlier sets lacked (tests/fixtures/pages25,
issue #10): Buy Me a Coffee, Carrd, cohost, Find Case Law's judgment, docsify, EIN Presswire, GeneratePress, Hansard,
Hugo's Stack theme, Jekyll's Minimal Mistakes, a local radio station's news, MailerLite's web copy, NodeBB, Outline, a
police appeal, PressReader, a food recall notice, Publii, Simple Machines Forum, Steam's news, a rail operator's
engineering works, a weather warning, Wiki.js and Zola's tabi theme. Each page's title, author, date and lines were
written down before the cleaner first ran on it; every third page (cohost, einpresswire, hugo_stack, mailerlite,
police_appeal, publii, transit_service_alert, zola_tabi) was kept aside while the rules were written.

FIRST READING: 8 of 16 tuning pages right (79 of 95 lines read, 6 lines of clutter; 1 title wrong), 4 of 8 aside (42 of
42 lines, 7 of clutter, 1 standfirst wrong). The tuning misses by class: a forum's posts typed by schema.org microdata
in a list (NodeBB), each read as one item, its paragraphs run together, with the thread's counts ("3 Posts 3 Posters 214
Views") and its poster's name given as a <meta> ("fernwright wrote on" for the byline); a judgment's numbered paragraphs
in lists that go on from one section to the next (<li value="3">: "3." read); a recall notice's record of fields (<dl>)
read a label a line ("Product:" / "Hartwell's Oat Crunch Bars") and its value taken for the standfirst, and its header
box, a label before the <h1>, read as one paragraph with the headline; a store's <title> naming the game first and the
site last around the headline; a contents box of bare links (no list) under its title; a warning's section of what to do
ended by a button to advice, dropped as a call to action; a charity's registration line under the page; a BBCode post's
headings (<div class="bb_h2">) and a list's last item the extractor left out. After their rules the tuning pages read 14
of 16 (91 of 95 lines, 1 of clutter); left (see _KNOWN), a debate's speakers, its last short contribution and its
sitting's line, and a wiki's summary under a headline set as a <div>. Since pages26 only the speakers are left (a
convention to choose); the wiki's summary, the recall's "FSA-PRIN-44-2026 Last updated:" and the email's button below
are read right.

One of my fixtures' expectations was mended after the rules: the recall notice's risk statement, written down as a line
alone, is read with its label ("Risk statement: This product contains peanuts..."), as a definition list is now read; it
is asked for within the text. The kept third, read once then, still 4 of 8 (42 of 42 lines, 7 of clutter, 1 standfirst
lost); its failing pages' names, not their lines, had been seen in a run of this test on the base code. Studied after: a
contents list linked by the page's whole address (Zola's tabi), a distributor's "as is" disclaimer (EIN Presswire), a
letter's sender over the line on why it came (MailerLite), a title set as an <h2 class="article-title"> over its
subtitle (Hugo's Stack); and a fixture error of mine: a release's distributor in its dateline ("/EINPresswire.com/") is
kept by the clean stage and dropped by the speech stage's dateline rule, as PR Newswire's is. 7 of 8 now; left, an
email's button drawn as a table of one cell (read right since pages26).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sweeps import check_linear

from narrator.clean.extract import _blocks_from_xml
from narrator.clean.htmlparse import parse_html
from narrator.clean.lines import is_cta, words_of
from narrator.clean.notices import is_count_line, is_registration
from narrator.clean.platforms import posts_out_of_lists
from narrator.clean.rescue import restore_structure
from narrator.clean.sections import bbcode_headings_as_headings
from narrator.clean.templates import drop_asking_boxes, drop_contents_titles, drop_email_furniture
from narrator.clean.widgets import drop_step_numbers
from narrator.model import Block, BlockKind
from tests.pages6 import check_reading, page_names, read_page
from tests.pages6 import clean_page as _clean

FIXTURES = Path(__file__).parent / "fixtures" / "pages25"
PAGES = page_names(FIXTURES)

_KILN = ("The kiln at Brede was fired for the last time in 1968, and the chamber has been full of swallows' nests "
         "every summer since then.")
_ARCH = "The arch over the firebox was rebuilt this spring with bricks from the same works that made the originals."
_OPEN = "Visitors can look inside on the first Sunday of each month, when the trust opens the yard to the public."
_STORY = [_KILN, _ARCH, _OPEN]
_BODY = "".join(f"<p>{line}</p>" for line in _STORY)


def _page(inside: str, title: str = "The kiln at Brede - Brick Notes", head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{inside}</body></html>"


# --- a thread's posts typed by microdata in a list ------------------------------------------------------------------

def _thread(kind: str, second: str = "<p>Feed it more flour.</p><p>Or keep it somewhere cooler.</p>") -> str:
    posts = [f"<p>{_KILN}</p><p>{_ARCH}</p>", second]
    items = "".join(f"<li {kind}><a class='username' href='/u/{n}'>user{n}</a><div class='content'>{post}</div></li>"
                    for n, post in enumerate(posts))
    return f"<html><body><ul class='posts'>{items}</ul></body></html>"


@pytest.mark.parametrize(("kind", "posts"), [
    ("itemscope itemtype='https://schema.org/Comment'", True),
    ("itemscope itemtype='https://schema.org/DiscussionForumPosting'", True),
    # guards: an item typed as something else (a product's list); an untyped item (a loose list's, as before)
    ("itemscope itemtype='https://schema.org/Product'", False),
    ("class='post'", False),
])
def test_a_list_of_typed_posts_is_read_as_posts(kind: str, posts: bool) -> None:
    """NodeBB sets a thread's posts as <li itemtype="https://schema.org/Comment">, none headed: each post was read as
    one item of a list, its paragraphs run together, and a line was lost."""
    root = parse_html(_thread(kind))
    posts_out_of_lists(root)
    assert (root.find(".//ul") is None) is posts


def test_a_thread_of_typed_posts_reads_each_paragraph() -> None:
    texts = [b.text for b in _clean(_page(_thread("itemscope itemtype='https://schema.org/Comment'"))).blocks]
    assert texts[:2] == [_KILN, _ARCH]


# --- a thread's counts ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "counts"), [
    ("3 Posts 3 Posters 214 Views", True),
    ("Sourdough3Posts3Posters214Views", True),
    ("12 replies · 4 likes", True),
    ("Rye starter too runny Sourdough 11 Posts 620 Views", True),
    ("1.2k views 40 comments", True),
    # guards: a sentence that counts; one count; counts inside a longer line that goes on; a recipe's amounts
    ("12 members voted; 3 votes were lost.", False),
    ("214 Views", False),
    ("We had 3 posts and 214 views in the first week of the new forum", False),
    ("2 eggs 3 cups flour", False),
])
def test_a_threads_counts_are_not_read(line: str, counts: bool) -> None:
    """NodeBB sets a thread's counts as badges run together ("Sourdough3Posts3Posters214Views"), read over the first
    post; and a listed thread's line ends on them."""
    assert is_count_line(line, len(line.split())) is counts


# --- a Person's name as a <meta> in the byline ---------------------------------------------------------------------

@pytest.mark.parametrize(("byline", "author"), [
    ("<div itemprop='author' itemscope itemtype='https://schema.org/Person'><meta itemprop='name' content='fernwright'>"
     "<a href='/u/fernwright'>fernwright</a> <span>wrote on</span> <a class='timeago' title='x'></a></div>",
     "fernwright"),
    # guards: the name as text (as before); a <meta> with no name in it
    ("<div itemprop='author'><span itemprop='name'>Ann Lee</span> wrote on</div>", "Ann Lee"),
    ("<div itemprop='author'><meta itemprop='name' content=''>By Ann Lee</div>", "Ann Lee"),
])
def test_a_persons_name_given_as_a_meta_is_the_byline(byline: str, author: str) -> None:
    """NodeBB gives the poster's name as <meta itemprop="name" content="fernwright"> inside the byline, beside "wrote
    on": the byline was read as "fernwright wrote on"."""
    assert _clean(_page(f"<h1>The kiln at Brede</h1>{byline}{_BODY}")).meta.byline == author


# --- a judgment's numbered paragraphs going on from list to list ---------------------------------------------------

def _numbered(value: str, number: str) -> str:
    item = f"<li{value}><span class='number'>{number}</span> {_ARCH}</li>"
    return f"<html><body><ol><li><span>1.</span> {_KILN}</li></ol><h3>The law</h3><ol>{item}</ol></body></html>"


@pytest.mark.parametrize(("value", "number", "read"), [
    (" value='2'", "2.", _ARCH),
    (" value=' 7 '", "7.", _ARCH),
    # guards: a number that is not the item's (as before, it stays); a value of no number; a value too long to be one
    (" value='3'", "2.", f"2. {_ARCH}"),
    (" value='²'", "2.", f"2. {_ARCH}"),
    (" value='" + "9" * 5000 + "'", "2.", f"2. {_ARCH}"),
])
def test_an_items_value_numbers_it(value: str, number: str, read: str) -> None:
    """A judgment's paragraphs are numbered through the text in an <ol> per section, each item's number in a <span>
    and its value set (<li value="3">): the number was read from the second list on ("3. A way is deemed...")."""
    root = parse_html(_numbered(value, number))
    drop_step_numbers(root)
    assert " ".join(root.findall(".//ol")[1].text_content().split()) == read


# --- a record of fields -------------------------------------------------------------------------------------------

def _xml(inside: str) -> list[str]:
    from lxml import etree
    return [b.text for b in _blocks_from_xml(etree.fromstring(f"<main>{inside}</main>"))]


@pytest.mark.parametrize(("xml", "read"), [
    ("<list rend='dl'><item rend='dt-1'>Product:</item><item rend='dd-1'>Oat bars</item><item rend='dt-2'>Risk"
     "</item><item rend='dd-2'>It contains peanuts.</item></list>",
     ["Product: Oat bars", "Risk: It contains peanuts."]),
    # guards: a term with two values (the second a line of its own); a term with no value; a list of items
    ("<list rend='dl'><item rend='dt-1'>Sizes</item><item rend='dd-1'>Small</item><item rend='dd-1'>Large</item>"
     "</list>", ["Sizes: Small", "Large"]),
    ("<list rend='dl'><item rend='dt-1'>Notes</item><item rend='dt-2'>Sizes</item></list>", ["Notes", "Sizes"]),
    ("<list rend='ul'><item>Oat bars</item><item>Peanuts</item></list>", ["Oat bars", "Peanuts"]),
])
def test_a_term_is_read_with_its_value(xml: str, read: list[str]) -> None:
    """A recall notice's summary is a <dl> ("Product:" / "Hartwell's Oat Crunch Bars"): each label was read as a line
    of its own, and the short values were dropped as furniture."""
    assert _xml(xml) == read


@pytest.mark.parametrize(("xml", "read"), [
    ("<p>Allergy Alert <head rend='h1'>Oat bars recalled</head> FSA-PRIN-44</p>", ["Allergy Alert", "Oat bars recalled",
                                                                                   "FSA-PRIN-44"]),
    ("<p><head rend='h1'>Oat bars recalled</head></p>", ["Oat bars recalled"]),
    # guards: a paragraph with no heading in it, its line break a space; a card's lesser heading (run in, as before)
    ("<p>Allergy<lb/>Alert</p>", ["Allergy Alert"]),
    ("<p>Ann Lee <head rend='h3'>Ann Lee</head></p>", ["Ann Lee Ann Lee"]),
])
def test_a_heading_inside_a_paragraph_is_set_apart(xml: str, read: list[str]) -> None:
    """A recall notice opens its header box on a label before the <h1> ("Allergy Alert"): the extractor read the box
    as one paragraph with the headline inside it."""
    assert _xml(xml) == read


@pytest.mark.parametrize(("fields", "standfirst"), [
    ("<dl><dt>Risk statement:</dt><dd>This product contains peanuts which are not mentioned on the label, and is a "
     "possible health risk for anyone with an allergy to peanuts.</dd></dl>", None),
    # guard: a value labelled as the summary
    ("<dl><dt>Summary</dt><dd>This product contains peanuts which are not mentioned on the label, and is a possible "
     "health risk for anyone with an allergy to peanuts.</dd></dl>",
     "This product contains peanuts which are not mentioned on the label, and is a possible health risk for anyone "
     "with an allergy to peanuts."),
])
def test_a_fields_value_is_no_standfirst(fields: str, standfirst: str | None) -> None:
    """A recall notice's "Risk statement:" under its headline was taken for the standfirst, and read twice."""
    head = ("<meta name='description' content='This product contains peanuts which are not mentioned on the label, and "
            "is a possible health risk for anyone with an allergy to peanuts.'>")
    page = _page(f"<main><h1>Oat bars recalled</h1>{fields}{_BODY}</main>", "Oat bars recalled", head)
    assert _clean(page).meta.standfirst == standfirst


# --- a store's title around the headline ------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "h1", "headline"), [
    ("Lantern Keeper - Update 1.4: The Harbour - Steam News", "Update 1.4: The Harbour", "Update 1.4: The Harbour"),
    ("Quiet Orbit | Forty metres from the orchard | Blog", "Forty metres from the orchard",
     "Forty metres from the orchard"),
    # guards: a one-word heading in the middle (a section's name); the headline first, as before
    ("Arsenal - Football - Sport News", "Football", "Arsenal - Football"),
    ("Update 1.4: The Harbour - Steam News", "Update 1.4: The Harbour", "Update 1.4: The Harbour"),
])
def test_a_headline_between_the_titles_parts_is_the_title(title: str, h1: str, headline: str) -> None:
    """Steam's news page's og:title names the game first and the site last ("Lantern Keeper - Update 1.4: The Harbour
    - Steam News"): all of it was read as the title."""
    head = f"<meta property='og:title' content='{title}'>"
    assert _clean(_page(f"<h1>{h1}</h1>{_BODY}", title, head)).meta.title == headline


# --- a contents box of bare links -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("box", "dropped"), [
    ("<div class='toc'><div class='overline'>Table of Contents</div><a href='#a'>The rota</a><a href='#b'>Swaps</a>"
     "</div>", True),
    ("<nav><span>On this page</span><a href='#a'>The rota</a><a href='#b'>Swaps</a></nav>", True),
    # guards: one link; links to other pages; a title of many words; text beside the links
    ("<div><div>Table of Contents</div><a href='#a'>The rota</a></div>", False),
    ("<div><div>Table of Contents</div><a href='/a'>The rota</a><a href='/b'>Swaps</a></div>", False),
    ("<div><div>The rota is pinned inside the greenhouse door</div><a href='#a'>The rota</a><a href='#b'>Swaps</a>"
     "</div>", False),
    ("<div><div>Table of Contents</div>see <a href='#a'>The rota</a><a href='#b'>Swaps</a></div>", False),
])
def test_the_title_of_a_contents_box_of_bare_links_is_not_read(box: str, dropped: bool) -> None:
    """Wiki.js sets its contents box as a title over bare links ("Table of Contents" / "The rota" / "Swaps"), in no
    list: the links were left out and the title read over the page."""
    root = parse_html(f"<html><body>{box}<main>{_BODY}</main></body></html>")
    title = root.find(".//body")[0][0]
    drop_contents_titles(root)
    assert (title.getparent() is None) is dropped


# --- a section of what to do, ended by a link to advice ---------------------------------------------------------

@pytest.mark.parametrize(("link", "dropped"), [
    ("Get advice on flooding", False),
    ("Advice for drivers", False),
    # guards: a button that asks (as before); advice in a box classed as a call to action
    ("Sign up for warnings", True),
])
def test_a_section_ended_by_a_link_to_advice_is_read(link: str, dropped: bool) -> None:
    """A weather warning's "What should I do?" section ends on a button, "Get advice on flooding": the section was
    dropped as a call to action."""
    box = (f"<section class='what-to-do'><h2>What should I do?</h2><p>Check if your property could be at risk of "
           f"flooding.</p><a class='btn' href='/advice'>{link}</a></section>")
    root = parse_html(f"<html><body><article>{_BODY}{box}</article></body></html>")
    drop_asking_boxes(root)
    assert ("What should I do" not in root.find(".//article").text_content()) is dropped


def test_a_call_to_action_box_to_advice_still_asks() -> None:
    box = ("<div class='cta-block'><h2>Worried about flooding?</h2><p>Our team can help you plan.</p>"
           "<a class='btn' href='/advice'>Get advice</a></div>")
    root = parse_html(f"<html><body><article>{_BODY}{box}</article></body></html>")
    drop_asking_boxes(root)
    assert "Worried" not in root.find(".//article").text_content()


# --- an organisation's registration ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "registration"), [
    ("Friends of Linthorpe Lido is a community group. Registered charity number 1190442.", True),
    ("Registered in England and Wales, company no. 01234567", True),
    ("Charity no. 1012345", True),
    ("Registered charity: SC012345", True),
    # guards: the number inside a sentence that goes on; a bus's number; a year; a short number
    ("The trust (registered charity 1190442) said it would appeal.", False),
    ("Northvale Energy plc is registered in England and Wales, company number 04123987.", False),
    ("The company number 10 bus runs hourly.", False),
    ("We raised money for charity in 2025", False),
    ("Company No. 123", False),
])
def test_an_organisations_registration_is_not_read(line: str, registration: bool) -> None:
    """A one-page site ends on "Friends of Linthorpe Lido is a community group. Registered charity number 1190442.":
    read after the campaign's last line."""
    assert is_registration(line, len(line.split())) is registration


def test_a_registration_line_under_the_story_is_not_read() -> None:
    line = "<p>Friends of Brede Kiln is a community group. Registered charity number 1190442.</p>"
    assert [b.text for b in _clean(_page(f"<main>{_BODY}{line}</main>")).blocks] == _STORY


# --- a BBCode post's headings, and a list's last items the extractor left out -------------------------------------

@pytest.mark.parametrize(("box", "tag"), [
    ("<div class='bb_h2'>Fixes</div>", "h2"),
    ("<div class='bb_h1 big'>Fixes</div>", "h2"),
    ("<div class='bb_h3'>Fixes</div>", "h3"),
    # guards: a rule's class, not a heading's; a box that holds more than a line
    ("<div class='bb_hr'>Fixes</div>", "div"),
    ("<div class='bb_h2'><p>Fixes</p><p>More</p></div>", "div"),
])
def test_a_bbcode_heading_is_a_heading(box: str, tag: str) -> None:
    """Steam's news sets a post's headings as '<div class="bb_h2">Fixes</div>': left out with the short lines around
    the post's text."""
    root = parse_html(f"<html><body>{box}</body></html>")
    bbcode_headings_as_headings(root)
    assert root.find(".//body")[0].tag == tag


_ITEMS = ["Fixed the lamp staying dark.", "Fixed the ferryman.", "Rain no longer falls indoors."]


@pytest.mark.parametrize(("read", "items", "restored"), [
    ([0, 1], "".join(f"<li>{item}</li>" for item in _ITEMS), [*_ITEMS]),
    # guards: an item missing between read ones (its place unknown, as before); a list of links
    ([0, 2], "".join(f"<li>{item}</li>" for item in _ITEMS), [_ITEMS[0], _ITEMS[2]]),
    ([0, 1], "".join(f"<li><a href='/{n}'>{item}</a></li>" for n, item in enumerate(_ITEMS)), _ITEMS[:2]),
])
def test_a_lists_last_items_left_out_are_read(read: list[int], items: str, restored: list[str]) -> None:
    """Steam's news post's list of fixes between two paragraphs lost its last item ("Rain no longer falls indoors."):
    the extractor kept the rest."""
    root = parse_html(f"<html><body><div><p>{_KILN}</p><p>{_ARCH}</p><ul>{items}</ul><p>{_OPEN}</p></div>"
                      "</body></html>")
    blocks = [Block(BlockKind.PARAGRAPH, _KILN), Block(BlockKind.PARAGRAPH, _ARCH),
              *(Block(BlockKind.LIST_ITEM, _ITEMS[n]) for n in read), Block(BlockKind.PARAGRAPH, _OPEN)]
    assert [b.text for b in restore_structure(root, blocks)] == [_KILN, _ARCH, *restored, _OPEN]


# --- (studied after the kept third was read) contents links by the page's whole address; a distributor's "as is";
# a letter's sender over the line on why it came; a title set as an <h2>

def _contents(hrefs: list[str]) -> str:
    links = "".join(f"<li><a href='{href}'>Part {n}</a></li>" for n, href in enumerate(hrefs))
    return f"<details class='toc'><summary>Table of Contents</summary><div><ul>{links}</ul></div></details>"


@pytest.mark.parametrize(("hrefs", "dropped"), [
    (["https://site.example/blog/post/#one", "https://site.example/blog/post/#two"], True),
    (["#one", "#two"], True),
    # guards: links to two pages' sections; a link to a page with no section
    (["https://site.example/a/#one", "https://site.example/b/#two"], False),
    (["https://site.example/blog/post/#one", "https://site.example/blog/other/"], False),
])
def test_a_contents_list_by_the_pages_address_is_a_contents_list(hrefs: list[str], dropped: bool) -> None:
    """Zola's tabi links its contents by the page's whole address ("https://.../fourteen-days/#what-i-missed"): the
    title "Table of Contents" was read as the article's first heading."""
    root = parse_html(f"<html><body><article>{_contents(hrefs)}{_BODY}</article></body></html>")
    drop_contents_titles(root)
    assert (root.find(".//summary") is None) is dropped


@pytest.mark.parametrize(("line", "notice"), [
    ('EIN Presswire provides this news content "as is" without warranty of any kind.', True),
    ("The wire provides this content as is, without warranty.", True),
    # guards: a sentence of the story on a warranty; "as is" said of a thing
    ("The dealer sold the car as is, without warranty, and the court said that was lawful.", False),
    ("He provides this service as it is needed, without charge.", False),
])
def test_a_distributors_as_is_notice_is_not_read(line: str, notice: bool) -> None:
    """EIN Presswire ends its release on its legal disclaimer: read, with the contact box above it."""
    assert is_cta(line, words_of(line)) is notice


@pytest.mark.parametrize(("above", "read"), [
    ("<p>Ferry Lane Allotments Association<br>Ferry Lane, Wivenhoe, Essex</p>", []),
    # guards: a sentence above the line on why (the letter's own); a line not right over it
    ("<p>We meet at the hut on Saturday.</p>", ["We meet at the hut on Saturday."]),
    ("<p>Ruth Akers</p><p>We meet at the hut on Saturday.</p>", ["Ruth Akers", "We meet at the hut on Saturday."]),
])
def test_a_letters_sender_over_the_line_on_why_is_not_read(above: str, read: list[str]) -> None:
    """MailerLite's web copy sets the sender's name and address over "You received this email because...": read as
    the letter's last line."""
    footer = (f"<td>{above}<p>You received this email because you hold a plot.</p><p><a href='https://x.example/"
              "unsubscribe'>Unsubscribe</a></p></td>")
    root = parse_html(f"<html><body><table><tr>{footer}</tr></table></body></html>")
    drop_email_furniture(root)
    assert [" ".join(p.text_content().split()) for p in root.iter("p")] == read


_SUBTITLE = "A kiln fired again after fifty cold years, and what it made."


@pytest.mark.parametrize(("kind", "standfirst"), [
    ("article-title", _SUBTITLE),
    ("post-title", _SUBTITLE),
    # an <h2> no class names the title, the first of its <article> and showing the title, is the headline too
    # (pages30: django CMS titles its news item so): the subtitle the body leaves out is its standfirst, not lost
    ("section", _SUBTITLE),
])
def test_a_title_set_as_an_h2_has_its_standfirst(kind: str, standfirst: str | None) -> None:
    """Hugo's Stack theme sets the title as "<h2 class='article-title'>" and its subtitle under it, beside teasers'
    <h2>s of the same class: no <h1>, so no standfirst was looked for."""
    page = (f"<html><head><title>The kiln at Brede</title><meta property='og:title' content='The kiln at Brede'></head>"
            f"<body><article><header><div class='article-details'><h2 class='{kind}'><a href='/p/kiln/'>The kiln at "
            f"Brede</a></h2><h3 class='article-subtitle'>{_SUBTITLE}</h3><footer><time>Oct 03, 2026</time></footer>"
            f"</div></header><section class='article-content'>{_BODY}</section></article><aside class='related'><h2>"
            "Related content</h2><article><h2 class='article-title'>An end-fed antenna</h2></article></aside></body>"
            "</html>")
    assert _clean(page).meta.standfirst == standfirst


# --- cost: each new look stays linear -------------------------------------------------------------------------------

@pytest.mark.parametrize("token", ["1 posts ", "1posts", "1 ", "Registered charity 1 ", "company no. 1 "])
def test_a_long_count_like_line_stays_linear(token: str) -> None:
    check_linear(token, read=lambda text: (is_count_line(text, 3), is_registration(text, 3)))


def test_many_typed_posts_stay_linear() -> None:
    def read(text: str) -> None:
        posts_out_of_lists(parse_html(f"<html><body><ul>{text}</ul></body></html>"))
    check_linear("<li itemtype='https://schema.org/Comment'><span class='user'>a</span><p>x</p></li>", small=300,
                 read=read)


def test_many_bare_contents_links_stay_linear() -> None:
    def read(text: str) -> None:
        drop_contents_titles(parse_html(f"<html><body>{text}</body></html>"))
    check_linear("<div><div>Contents</div><a href='#a'>A</a><a href='#b'>B</a></div>", small=300, read=read)


def test_many_numbered_items_stay_linear() -> None:
    def read(text: str) -> None:
        drop_step_numbers(parse_html(f"<html><body><ol>{text}</ol></body></html>"))
    check_linear("<li value='3'><span>3.</span> x</li>", small=300, read=read)


def test_many_terms_and_headed_paragraphs_stay_linear() -> None:
    check_linear("<item rend='dt-1'>a</item><item rend='dd-1'>b</item>", small=300,
                 read=lambda text: _xml(f"<list rend='dl'>{text}</list>"))
    check_linear("a <head rend='h2'>b</head> c", small=300, read=lambda text: _xml(f"<p>{text}</p>"))


def test_a_title_of_many_parts_stays_linear() -> None:
    check_linear("Game - ", small=300, read=lambda text: _clean(_page(f"<h1>Update one</h1>{_BODY}",
                                                                      f"{text}Update one - Steam News")))


# --- the pages: known misses fail when they start to pass ----------------------------------------------------------

_KNOWN: dict[str, str] = {
    "hansard_debate": "a debate's speakers, each named in a link box over their contribution, are not read: the text "
                      "path's record of a debate (proceedings.py) leaves a speaker's name out as the record's "
                      "furniture, and this page was written down with them read; one convention is to be chosen (its "
                      "last short contribution and its volume line are read right since pages26)",
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)
