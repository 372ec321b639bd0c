"""HTML pages of our own from twenty-four platforms and page kinds the earlier sets lacked (tests/fixtures/pages26,
issue #10): Campaign Monitor's web version, CourtListener's opinion, an investor-relations earnings release, the Federal
Register, Freshdesk's solution article, a Goodreads review, a governor's remarks, a Gumroad post, a Project Gutenberg
essay, HyperKitty's archived message, an itch.io devlog, Jimdo's blog, Springshare's LibGuides, Odoo's blog, Redmine's
news, a Royal Road chapter, Semafor's sectioned article, the Stanford Encyclopedia of Philosophy, Sitefinity's news, a
sourcehut list message, Svbtle, a Threads post, a Trac wiki page and Wikisource. Each page's title, author, date and
lines were written down before the cleaner first ran on it; every third page (earnings_release, goodreads_review,
gutenberg_essay, jimdo_blog, redmine_news, sep_entry, svbtle_post, wikisource_text) was kept aside while the rules were
written.

FIRST READING: 6 of 16 tuning pages right (73 of 77 lines read, 9 lines of clutter; 2 titles, 3 authors, 1 date and 1
standfirst wrong), 3 of 8 aside (32 of 32 lines, 13 of clutter; 1 title, 5 authors and 1 date wrong). The tuning
misses by class: a line for copiers hidden by a class of the page's own <style> (Royal Road), with its writer only in
Open Graph's "books:author"; a headline set as a <div> (no <h1>) over its subtitle, the author a name beside a picture
(Odoo); a help centre's stamp "Modified on: Thu, 19 Nov, 2026 at 3:12 PM" read and its day not taken (Freshdesk); a
letter's preheader read first (Campaign Monitor); a case's name with its law report as the title (CourtListener); a
list archive's message typed in a <pre>, read as one block with its signature, its sender and subject unread
(sourcehut); a box of replies under their count (HyperKitty); a box's title bar over its content part lost
(LibGuides); a document's details box and the site's legal status (Federal Register) and a reply on a social post
(Threads). After their rules the tuning pages read 14 of 16 (77 of 77 lines, 4 of clutter, every title, author, date
and standfirst right). pages25's left classes were taken up too (an email's one-cell button, a farewell before the
name, a notice's reference over its stamp's label, a debate's volume line and its last short contribution).

The kept third, read once then: still 3 of 8 (32 of 32 lines, 13 of clutter; 1 title, 5 authors, 1 date wrong); its
failing pages' names, and the counts above, had been seen in a run on the base code. Studied after: Dublin Core's
creator as a catalogue gives it ("Tarrow, Agnes, 1871-1944"), a headline in capitals its dc.title gives in mixed case,
Project Gutenberg's notices and a transcriber's note, an encyclopedia's end matter ("Academic Tools", "Other Internet
Resources"), a library's banner that the work is in the public domain. 5 of 8 now (32 of 32 lines, 1 of clutter; 3
authors, 1 date wrong); left, see _KNOWN.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from sweeps import check_linear

from narrator.clean.comments import drop_reply_boxes
from narrator.clean.html import _is_stamp_line
from narrator.clean.htmlauthors import _CATALOGUED
from narrator.clean.htmlparse import parse_html
from narrator.clean.htmltitle import _without_law_report
from narrator.clean.listarchive import _SENT_BY
from narrator.clean.notices import PUBLIC_DOMAIN_NOTICE, is_licence_notice
from narrator.clean.rescue import rescue_paragraphs
from narrator.clean.signoffs import is_sign_off
from narrator.clean.stylesheets import drop_stylesheet_hidden_lines, hidden_classes
from narrator.clean.templates import drop_email_furniture
from narrator.model import Block, BlockKind
from tests.pages6 import check_reading, page_names, read_page
from tests.pages6 import clean_page as _clean

FIXTURES = Path(__file__).parent / "fixtures" / "pages26"
PAGES = page_names(FIXTURES)

_NETS = ("A net is torn in a dozen ways, and each way wants its own cure, and the first thing to learn is where the "
         "sound knots are.")
_GAUGE = "The mesh gauge beside the needle was a strip of boxwood cut in the winter before they married."
_HARBOUR = "The men at the harbour who were quick at the work broke the rule to save a minute, and paid for it later."
_STORY = [_NETS, _GAUGE, _HARBOUR]
_BODY = "".join(f"<p>{line}</p>" for line in _STORY)


def _page(inside: str, title: str = "On mending nets - Harbour Notes", head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{inside}</body></html>"


# --- a serial's chapter typed as a book: its writer in "books:author" -------------------------------------------

@pytest.mark.parametrize(("head", "author"), [
    ("<meta property='books:author' content='lowtidewriter'>", "lowtidewriter"),
    # guards: a profile's address (as Open Graph's book often gives it); the page's author named first
    ("<meta property='books:author' content='https://example.org/profile/40411'>", ""),
    ("<meta name='author' content='Ann Lee'><meta property='books:author' content='lowtidewriter'>", "Ann Lee"),
])
def test_a_books_author_is_the_byline(head: str, author: str) -> None:
    """Royal Road types a chapter as Open Graph's book and names its writer only as "books:author" and in a heading
    ("by lowtidewriter"): no author was found."""
    assert _clean(_page(f"<main><h1>On mending nets</h1>{_BODY}</main>", head=head)).meta.byline == author


# --- a line the page's own stylesheet hides -------------------------------------------------------------------------

@pytest.mark.parametrize(("css", "classes"), [
    (".cjY3{display:none;speak:never;}", {"cjY3"}),
    (".a { display : none !important }", {"a"}),
    # guards: hidden on paper or a phone only; more than one selector or a tag's; a rule that also styles it
    ("@media print { .a { display: none } }", set()),
    (".a, .b { display: none }", set()),
    ("p.a { display: none }", set()),
    (".a { display: none; color: red }", set()),
    (".a { display: block }", set()),
])
def test_a_stylesheets_hidden_classes(css: str, classes: set[str]) -> None:
    assert hidden_classes(css) == classes


@pytest.mark.parametrize(("css", "kept"), [
    (".cjY3{display:none}", [_NETS, _HARBOUR]),
    # guards: no rule hides it; the rule hides it on paper only
    (".cjY3{color:red}", [_NETS, "Copied lines are reported.", _HARBOUR]),
    ("@media print{.cjY3{display:none}}", [_NETS, "Copied lines are reported.", _HARBOUR]),
])
def test_a_line_hidden_by_the_stylesheet_is_not_read(css: str, kept: list[str]) -> None:
    """Royal Road sets a line for copiers among a chapter's paragraphs under a class its <style> hides
    ("Unauthorized duplication: this narrative has been taken without consent."): read as a paragraph of the story."""
    page = (f"<html><head><style>{css}</style></head><body><main><p>{_NETS}</p><p class='cjY3'>Copied lines are "
            f"reported.</p><p>{_HARBOUR}</p></main></body></html>")
    root = parse_html(page)
    drop_stylesheet_hidden_lines(root)
    assert [" ".join(p.text_content().split()) for p in root.iter("p")] == kept


def test_a_hidden_class_that_holds_the_article_is_read() -> None:
    """guard: paragraphs a script shows (a "show more" box), most of the page's prose, are kept."""
    hidden = "".join(f"<p class='more'>{line}</p>" for line in _STORY)
    root = parse_html(f"<html><head><style>.more{{display:none}}</style></head><body><p>{_GAUGE}</p>{hidden}"
                      "</body></html>")
    drop_stylesheet_hidden_lines(root)
    assert len(list(root.iter("p"))) == 4


# --- a headline set as a <div>, its subtitle under it ----------------------------------------------------------

@pytest.mark.parametrize(("headline", "under", "standfirst"), [
    ("<div id='o_wblog_post_name'>On mending nets</div>",
     "<div id='o_wblog_post_subtitle'>A grandmother's rule for torn nets, and what it saves.</div>",
     "A grandmother's rule for torn nets, and what it saves."),
    ("<div class='headline grey--text'>On mending nets</div>",
     "<div class='caption grey--text'>Who mends, when, and what to do with a rotten mesh</div>",
     "Who mends, when, and what to do with a rotten mesh"),
    # guards: a caption not right under the headline; a box not named the headline; the headline's text not the title
    ("<div class='headline'>On mending nets</div>",
     "<div><span>x</span></div><div class='caption'>Who mends, when, and what to do with a rotten mesh</div>", None),
    ("<div class='banner'>On mending nets</div>",
     "<div class='caption'>Who mends, when, and what to do with a rotten mesh</div>", None),
    ("<div class='headline'>Harbour Notes</div>",
     "<div class='caption'>Who mends, when, and what to do with a rotten mesh</div>", None),
])
def test_a_headline_set_as_a_div_has_its_standfirst(headline: str, under: str, standfirst: str | None) -> None:
    """Odoo's blog and Wiki.js set the title as a <div> (no <h1>) with its summary in the <div> under it, Wiki.js's
    classed "caption": the summary was looked for under an <h1> only."""
    head = ("<meta property='og:title' content='On mending nets'>"
            f"<meta name='description' content='{standfirst or 'x'}'>")
    page = _page(f"<header>{headline}{under}</header><main>{_BODY}</main>", head=head)
    assert _clean(page).meta.standfirst == standfirst


# --- an author shown by a picture, the name beside it -----------------------------------------------------------

@pytest.mark.parametrize(("card", "author"), [
    ("<div class='o_wblog_author_avatar'><img src='a.png'></div><div><span>Connor Mehta</span><small>October 21, "
     "2026</small></div>", "Connor Mehta"),
    # guards: the box shows no picture; the name beside is no name
    ("<div class='author-avatar'></div><div><span>Connor Mehta</span></div>", ""),
    ("<div class='author-avatar'><img src='a.png'></div><div><span>Read more posts</span></div>", ""),
])
def test_the_name_beside_an_authors_picture_is_the_byline(card: str, author: str) -> None:
    """Odoo shows a post's author as a picture classed "o_wblog_author_avatar" and the name beside it over the day:
    no author was found."""
    assert _clean(_page(f"<main><h1>On mending nets</h1>{card}{_BODY}</main>")).meta.byline == author


# --- a help centre's stamp line: its day the page's --------------------------------------------------------------

@pytest.mark.parametrize(("stamp", "first", "date"), [
    ("<p class='help-text'>Modified on: Thu, 19 Nov, 2026 at 3:12 PM</p>", _NETS, "2026-11-19"),
    ("<p>Updated on Sat 3 Oct 2026</p>", _NETS, "2026-10-03"),
    # guards: a sentence that says when (read, no stamp); a stamp under three paragraphs (read as before, no day)
    ("<p>Published on Sat, the notice was withdrawn at 9:00 on 3 Oct 2026.</p>",
     "Published on Sat, the notice was withdrawn at 9:00 on 3 Oct 2026.", None),
])
def test_a_stamp_line_is_not_read_and_dates_the_page(stamp: str, first: str, date: str | None) -> None:
    """Freshdesk sets an article's only date as "Modified on: Thu, 19 Nov, 2026 at 3:12 PM" over it, in an element no
    class names a date's: read as the first line ("Thu," was no stamp word), and the page had no date."""
    document = _clean(_page(f"<main><h1>On mending nets</h1>{stamp}{_BODY}</main>"))
    assert (document.blocks[0].text, (document.meta.published or "")[:10] or None) == (first, date)


def test_a_stamp_line_far_down_gives_no_day() -> None:
    page = _page(f"<main><h1>On mending nets</h1>{_BODY}<p>{_GAUGE} Again.</p><p>Modified on: 19 Nov 2026</p></main>")
    assert _clean(page).meta.published is None


# --- a letter's preheader -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("box", "read"), [
    ("<div class='preheader'><div class='snippet'><p>Tickets for 12 December are on sale now</p></div></div>", False),
    ("<span class='mcnPreviewText'>Tickets for 12 December are on sale now</span>", False),
    # guards: a class that only contains the word; a box too long to be a preheader
    ("<div class='previewer'><p>Tickets for 12 December are on sale now</p></div>", True),
    (f"<div class='preheader'><p>Tickets for 12 December are on sale now. {_NETS} {_GAUGE}</p></div>", True),
])
def test_a_letters_preheader_is_not_read(box: str, read: bool) -> None:
    """Campaign Monitor's web copy sets the line an inbox shows beside the subject at the top, in a box classed
    "preheader": read as the letter's first line."""
    page = _page(f"<table><tr><td>{box}<h1>On mending nets</h1>{_BODY}<p><a href='https://x.example/unsubscribe'>"
                 "Unsubscribe</a></p></td></tr></table>")
    texts = " ".join(b.text for b in _clean(page).blocks)
    assert ("Tickets for 12 December" in texts) is read


# --- a case's name with its law report ----------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "name", "headline"), [
    ("State v. Ruiz-Alder, 2026 Ore. App. 612", "State v. Ruiz-Alder", "State v. Ruiz-Alder"),
    ("Roe v. Wade, 410 U.S. 113", "Roe v. Wade", "Roe v. Wade"),
    ("R v Hale [2024] EWCA Crim 12", "R v Hale", "R v Hale"),
    # guards: no citation_title; the rest no law report; the name not the title's start
    ("State v. Ruiz-Alder, 2026 Ore. App. 612", "", "State v. Ruiz-Alder, 2026 Ore. App. 612"),
    ("State v. Ruiz-Alder, a ruling on trespass", "State v. Ruiz-Alder", "State v. Ruiz-Alder, a ruling on trespass"),
    ("Appeal in State v. Ruiz-Alder, 2026 Ore. App. 612", "State v. Ruiz-Alder",
     "Appeal in State v. Ruiz-Alder, 2026 Ore. App. 612"),
])
def test_a_cases_law_report_is_not_its_headline(title: str, name: str, headline: str) -> None:
    """CourtListener's og:title gives the case's name with its law report ("State v. Ruiz-Alder, 2026 Ore. App. 612")
    and its citation_title the name alone: the reference was read as part of the title."""
    head = f"<meta property='og:title' content='{title}'>" + (
        f"<meta name='citation_title' content='{name}'>" if name else "")
    assert _clean(_page(f"<main><h2>{name or 'x'}</h2>{_BODY}</main>", title, head)).meta.title == headline


# --- a list archive's message typed in a <pre> ------------------------------------------------------------------

_MESSAGE = (f"Hi all,\n\n{_NETS.replace(' cure,', chr(10) + 'cure,')}\n\n{_GAUGE}\n\n{_HARBOUR}\n\n-- \nJoss Maxted\n"
            "https://jm.example")


@pytest.mark.parametrize(("kind", "read"), [
    ("message-body", ["Hi all,", _NETS, _GAUGE, _HARBOUR]),
    ("email-text", ["Hi all,", _NETS, _GAUGE, _HARBOUR]),
    # guard: a <pre> of code (read as before, a block of its own)
    ("language-text", None),
])
def test_a_messages_pre_is_read_in_paragraphs(kind: str, read: list[str] | None) -> None:
    """sourcehut's list archive sets a message as typed, in a <pre class="message-body">: read as one block, its
    paragraphs run together and its signature after them; the sender, "From Joss Maxted to ~jmaxted/list", was not
    the byline, and the subject kept its list's tag ("[ANNOUNCE]")."""
    page = _page(f"<h3 class='subject'>[ANNOUNCE] On mending nets</h3><small>From <a href='/~jm'>Joss Maxted</a> to "
                 f"<a href='/l'>~jm/announce</a> 17 days ago</small><pre class='{kind}'>{_MESSAGE}</pre>",
                 "[ANNOUNCE] On mending nets - lists")
    document = _clean(page)
    if read is None:
        assert "Joss Maxted" in " ".join(b.text for b in document.blocks)
        return
    assert ([b.text for b in document.blocks], document.meta.title, document.meta.byline) == (
        read, "On mending nets", "Joss Maxted")


# --- replies under a heading that counts them -------------------------------------------------------------------

@pytest.mark.parametrize(("box", "dropped"), [
    ("<div class='thread-replies'><h2><span>3</span> replies</h2><div class='email'><p>+1, it bit me too.</p></div>"
     "</div>", True),
    ("<section class='replies'><h3>Replies (2)</h3><p>+1, it bit me too.</p></section>", True),
    # guards: a box so named under another heading; a heading that counts but no box so named
    ("<div class='thread-replies'><h2>What we did next</h2><p>+1, it bit me too.</p></div>", False),
    ("<div class='thread'><h2>3 replies</h2><p>+1, it bit me too.</p></div>", False),
])
def test_a_box_of_counted_replies_is_not_read(box: str, dropped: bool) -> None:
    """HyperKitty sets the replies to an archived message under it, in "<div class='thread-replies'><h2>3 replies":
    the first reply was read as the message's last paragraph."""
    root = parse_html(f"<html><body><main><h1>On mending nets</h1>{_BODY}{box}</main></body></html>")
    drop_reply_boxes(root)
    assert ("bit me too" not in root.text_content()) is dropped


def test_replies_that_are_the_page_are_read() -> None:
    """guard: a thread page whose replies hold most of its prose keeps them."""
    replies = "".join(f"<p>{line}</p>" for line in _STORY)
    root = parse_html(f"<html><body><p>Short post.</p><div class='replies'><h2>3 replies</h2>{replies}</div>"
                      "</body></html>")
    drop_reply_boxes(root)
    assert _HARBOUR in root.text_content()


# --- a box's title bar over its content part -------------------------------------------------------------------

def _boxes(bar: str, clear: str = "<div class='clearfix'></div>") -> str:
    box = ("<div class='s-lg-box'><div class='s-lib-box-title'>{bar}</div><div class='s-lib-box-content'><div>"
           "{clear}<div class='rich'><p>{a}</p><p>{b}</p></div></div></div></div>")
    return (box.format(bar=bar.format("Newspapers on film"), clear=clear, a=_NETS, b=_GAUGE)
            + box.format(bar=bar.format("Searching online"), clear=clear, a=_HARBOUR, b=_ARCH))


_ARCH = "The arch over the firebox was rebuilt this spring with bricks from the same works that made the originals."


@pytest.mark.parametrize(("bar", "read"), [
    ("<h2>{}</h2>", ["Newspapers on film", _NETS, _GAUGE, "Searching online", _HARBOUR, _ARCH]),
    # guards: a bar of a heading and more (a link beside it, as before); a bar of no heading
    ("<h2>{}</h2><a href='/edit'>Edit box</a>", [_NETS, _GAUGE, _HARBOUR, _ARCH]),
    ("<span>{}</span>", [_NETS, _GAUGE, _HARBOUR, _ARCH]),
])
def test_a_boxs_title_bar_is_read_over_its_text(bar: str, read: list[str]) -> None:
    """LibGuides sets each box as a title bar ("<div class='s-lib-box-title'><h2>") over its content part, the
    paragraphs three levels down after an empty clearing <div>: every box's title was lost."""
    page = _page(f"<div id='col'><h1>On mending nets</h1>{_boxes(bar)}</div><div id='side'><p>Ines</p></div>")
    assert [b.text for b in _clean(page).blocks] == read


def test_a_bar_over_a_box_that_opens_on_a_heading_is_not_read() -> None:
    """guard: GitHub's "README" bar over a README that opens on its own heading stays out."""
    page = _page("<div class='Box'><div class='Box-header'><h2>README</h2></div><div class='Box-body'><article>"
                 f"<h1>On mending nets</h1>{_BODY}</article></div></div>")
    assert "README" not in [b.text for b in _clean(page).blocks]


# --- (pages25's left classes) an email's one-cell button; a farewell before the name; a notice's reference over its
# stamp's label; a debate's volume line and its last short contribution

@pytest.mark.parametrize(("button", "read"), [
    ("<table><tr><td bgcolor='#6b8e23'><a href='https://x.example/rules'>Read the site rules</a></td></tr></table>",
     False),
    ("<table><tr><td style='background:#6b8e23'><a href='/rules'>Rules</a></td></tr></table>", False),
    # guards: a cell with words beside its link; a table of two rows; an uncoloured cell (a layout's, as before)
    ("<table><tr><td bgcolor='#eee'>Please <a href='/rules'>Read the site rules</a> before Saturday.</td></tr></table>",
     True),
    ("<table><tr><td bgcolor='#eee'><a href='/rules'>Read the site rules</a></td></tr><tr><td>More</td></tr></table>",
     True),
])
def test_an_emails_one_cell_button_is_not_read(button: str, read: bool) -> None:
    """MailerLite draws a letter's button as a coloured table of one cell around a link ("Read the site rules"): read
    as the letter's last line."""
    root = parse_html(f"<html><body><table><tr><td><p>{_NETS}</p>{button}</td></tr></table></body></html>")
    drop_email_furniture(root)
    assert ("Read the site rules" in root.text_content() or ">Rules<" in etree.tostring(root, encoding=str)) is read


@pytest.mark.parametrize(("text", "signs_off"), [
    ("See you on the plots, Ruth Akers, secretary", True),
    ("See you next week,", True),
    # guards: a farewell running on in a sentence; "see you" with no comma
    ("See you on the plots, where the frost has already taken the dahlias.", False),
    ("See you on the plots", False),
])
def test_a_farewell_before_the_name_signs_off(text: str, signs_off: bool) -> None:
    """MailerLite's letter closes "See you on the plots, Ruth Akers, secretary": left last once the button under it
    went, it was dropped as the tail's widget line."""
    assert is_sign_off(text) is signs_off


@pytest.mark.parametrize(("line", "stamp"), [
    ("FSA-PRIN-44-2026 Last updated:", True),
    ("Last updated:", True),
    # guards: a reference of no digit; words before the label
    ("FSA-PRIN Last updated:", False),
    ("The page was last updated:", False),
])
def test_a_notices_reference_over_its_stamps_label_is_a_stamp(line: str, stamp: bool) -> None:
    """A recall's reference and its stamp, each a paragraph of its header ("FSA-PRIN-44-2026" / "Last updated:
    <time>"), were read run together, the day left out with its <time>."""
    assert _is_stamp_line(line) is stamp


def _debate(last: str, kind: str = "debate-item") -> str:
    items = [f"<p>{_NETS}</p><p>{_GAUGE}</p>", "<p>Will the hon. Lady give way?</p>", f"<p>{last}</p>"]
    boxes = "".join(f"<div class='{kind}'><div class='content'>{item}</div></div>" for item in items)
    return _page(f"<div class='sitting'><p>Volume 771: debated on Tuesday 10 November 2026</p></div>{boxes}",
                 "Rural Bus Services - Hansard")


@pytest.mark.parametrize(("items", "kind", "speaker", "read"), [
    (["<p>Will the hon. Lady give way?</p>", "<p>I will give way briefly.</p>"], "debate-item", "Sarah Quill",
     ["Will the hon. Lady give way?", "I will give way briefly."]),
    # guards: a short line in the last item's own box (a sign-off's place); items of no class; an item of its line
    # alone (a status page's updates: "Thanks for reading." after them is a sign-off, pages24)
    (["<p>Will the hon. Lady give way?</p><p>Thanks for reading.</p>"], "debate-item", "Sarah Quill",
     ["Will the hon. Lady give way?"]),
    (["<p>Will the hon. Lady give way?</p>", "<p>I will give way briefly.</p>"], "", "Sarah Quill",
     ["Will the hon. Lady give way?"]),
    (["<p>Will the hon. Lady give way?</p>", "<p>I will give way briefly.</p>"], "debate-item", "",
     ["Will the hon. Lady give way?"]),
])
def test_a_debates_last_short_contribution_is_read(items: list[str], kind: str, speaker: str,
                                                   read: list[str]) -> None:
    """Hansard's last contribution, one short sentence in a box of its own under its speaker ("Sarah Quill" / "I will
    give way briefly."), was lost: a short sentence after the kept ones was read only between them."""
    boxes = "".join(f"<div class='{kind}'><a href='/m/1'>{speaker}</a><div class='content'>{item}</div></div>"
                    for item in [f"<p>{_NETS}</p><p>{_GAUGE}</p>", *items])
    root = parse_html(f"<html><body><main>{boxes}</main></body></html>")
    blocks = [Block(BlockKind.PARAGRAPH, _NETS), Block(BlockKind.PARAGRAPH, _GAUGE)]
    assert [b.text for b in rescue_paragraphs(root, blocks)] == [_NETS, _GAUGE, *read]


def test_a_debates_volume_line_is_not_read_and_dates_it() -> None:
    """Hansard's "Volume 771: debated on Tuesday 10 November 2026" over the debate was read as its first line."""
    document = _clean(_debate("I will give way briefly."))
    assert (document.blocks[0].text, document.meta.published) == (_NETS, "2026-11-10")


# --- (studied after the kept third was read) a catalogue's creator; a title page's capitals; an e-book's notices; an
# encyclopedia's end matter

@pytest.mark.parametrize(("creator", "author"), [
    ("Tarrow, Agnes, 1871-1944", "Agnes Tarrow"),
    ("Okafor, Miriam", "Miriam Okafor"),
    ("Van Dyke, Ann Marie, 1902-", "Ann Marie Van Dyke"),
    # guards: a name given first already; two people's names (as before, each read)
    ("Miriam Okafor", "Miriam Okafor"),
    ("Lee Ann, Raj Patel", "Lee Ann and Raj Patel"),
])
def test_a_catalogued_creator_is_said_given_name_first(creator: str, author: str) -> None:
    """Project Gutenberg and the Stanford Encyclopedia give the writer as a library catalogues them, in Dublin Core's
    creator ("Tarrow, Agnes, 1871-1944"): read as two authors, "Tarrow, Agnes and 1871-1944"."""
    head = f"<meta name='dc.creator' content='{creator}'>"
    assert _clean(_page(f"<main><h1>On mending nets</h1>{_BODY}</main>", head=head)).meta.byline == author


@pytest.mark.parametrize(("h1", "declared", "title"), [
    ("ON MENDING NETS", "On Mending Nets", "On Mending Nets"),
    # guards: a declared title that is another; a headline not in capitals
    ("ON MENDING NETS", "On Mending Ropes", "ON MENDING NETS"),
    ("On mending nets", "On Mending Nets", "On mending nets"),
])
def test_a_headline_in_capitals_is_said_as_declared(h1: str, declared: str, title: str) -> None:
    """A Project Gutenberg book sets its title page's headline in capitals ("ON MENDING NETS"), its Dublin Core title
    in mixed case: the capitals were the title."""
    head = f"<meta name='dc.title' content='{declared}'>"
    assert _clean(_page(f"<main><h1>{h1}</h1>{_BODY}</main>", "x", head)).meta.title == title


def test_an_ebooks_notices_are_not_read() -> None:
    """Project Gutenberg's header of the ebook's fields, its licence, and a transcriber's note were read around the
    work ("Release date: September 14, 2026 [eBook #78112]")."""
    page = _page("<section class='pg-boilerplate pgheader'><p>Release date: September 14, 2026 [eBook #78112]</p>"
                 "</section><div class='transnote'><p>Transcriber's Note: Obvious errors have been corrected.</p></div>"
                 f"<h1>On mending nets</h1><div class='chapter'>{_BODY}</div><section class='pg-boilerplate'><p>The "
                 "full licence follows here and runs on for a long time.</p></section>"
                 # guard: a class that only contains the word
                 "<div class='transnotes-box'><p>Kept: a box of another name.</p></div>")
    assert [b.text for b in _clean(page).blocks] == [*_STORY, "Kept: a box of another name."]


@pytest.mark.parametrize(("heading", "read"), [
    ("Academic Tools", False),
    ("Other Internet Resources", False),
    ("Related Entries", False),
    # guard: a section of the entry's own
    ("The Standing View", True),
])
def test_an_encyclopedias_end_matter_is_not_read(heading: str, read: bool) -> None:
    """The Stanford Encyclopedia of Philosophy ends an entry on "Academic Tools" and "Other Internet Resources" after
    its bibliography: read as its last sections."""
    page = _page(f"<main><h1>On mending nets</h1>{_BODY}<h2>{heading}</h2><p>How to cite this entry, and where to "
                 "find its enhanced bibliography at PhilPapers.</p></main>")
    assert any(b.text == heading for b in _clean(page).blocks) is read


@pytest.mark.parametrize(("line", "notice"), [
    ("This work was published before January 1, 1931, and is in the public domain worldwide because the author died "
     "at least 100 years ago.", True),
    ("This book is in the public domain in the United States.", True),
    # guards: a sentence on something else in the public domain; "this work" in a sentence of the story
    ("The photos on this page are in the public domain.", False),
    ("This work of hers is in the public domain now, and the family is glad.", False),
])
def test_a_librarys_public_domain_banner_is_not_read(line: str, notice: bool) -> None:
    """Wikisource's banner under a text on its copyright ("This work was published before January 1, 1931, and is in
    the public domain worldwide ...") was read as the work's last paragraph."""
    assert is_licence_notice(line, len(line.split())) is notice


# --- cost: each new look stays linear -------------------------------------------------------------------------------

def test_a_long_stylesheet_stays_linear() -> None:
    for token in (".a{display:none}", ".a-", "{", ".a{", "}"):
        check_linear(token, read=hidden_classes)


def test_long_titles_and_lines_stay_linear() -> None:
    check_linear("A1-", read=_is_stamp_line)
    check_linear("1 ", read=lambda text: _without_law_report(f"X v Y, {text}Z 1", {"citation_title": "X v Y"}))
    check_linear("From a ", read=lambda text: _SENT_BY.fullmatch(text))
    check_linear("Ab, ", read=lambda text: _CATALOGUED.fullmatch(text))
    check_linear("A", read=lambda text: _CATALOGUED.fullmatch(f"{text}, {text}, 1871-"))
    check_linear("this work was ", read=lambda text: PUBLIC_DOMAIN_NOTICE.match(f"{text}public domain"))


def test_many_boxes_stay_linear() -> None:
    check_linear("<div class='b'><div class='t'><h2>T</h2></div><div><div></div><div><p>x</p></div></div></div>",
                 small=300, read=lambda text: _clean(_page(f"<h1>T</h1>{text}<p>{_NETS}</p><p>{_GAUGE}</p>")))
    check_linear("<div class='debate-item'><div><p>Go on.</p></div></div>", small=300,
                 read=lambda text: _clean(_page(f"<h1>T</h1><div class='debate-item'><p>{_NETS}</p></div>{text}")))
    check_linear("<style>.c{display:none}</style><p class='c'>x</p><p>y</p>", small=300,
                 read=lambda text: drop_stylesheet_hidden_lines(parse_html(f"<html><body>{text}</body></html>")))


# --- the pages: known misses fail when they start to pass ----------------------------------------------------------

_KNOWN: dict[str, str] = {
    "federal_register_notice": "a document's details box beside the rule ('Document Details' over a <dl> of its "
                               "fields) and the site's 'Legal Status' note on itself are read: the box is classed "
                               "'doc-aside', and a record of fields is read elsewhere (a recall's summary)",
    "goodreads_review": "(kept third) a review's page: the book's author ('by Imogen Salter') taken for the writer of "
                        "the review, its day not found, and 'Tobias Crane's review' read",
    "svbtle_post": "(kept third) a one-writer blog named for its writer (og:site_name 'Marek Szulc') names no author: "
                   "a site's name shaped as a person's is no byline by itself",
    "threads_post": "a reply under the post, its handle run into its text ('beekeeper_ljmThis is the way.'), in boxes "
                    "no class names: read as the post's last paragraph",
    "wikisource_text": "(kept third) the writer in the header template's line ('Humber Sketches (1889) by Edwin "
                       "Carrick') is not found",
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)
