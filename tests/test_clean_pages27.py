"""HTML pages of our own from twenty-four platforms and page kinds the earlier sets lacked (tests/fixtures/pages27,
issue #10): a Canvas course announcement, a charity's research report, a Duda blog post, the European Parliament's
press release, a Finalsite school's news post, a fire service's incident report, a GitLab release, a Google Groups
conversation, a GovDelivery bulletin, a Help Scout docs article, a HEY World post, a hospital's news on Optimizely, a
Gazette notice, a museum's blog on dotCMS, a trade union's statement on NationBuilder, a Nikola post, a ProcessWire
blog, a learned society's news, a SportsEngine match report, a Starlight docs page, a supreme court's press summary,
a Textpattern article, a Vanilla forum discussion and a Village Media local story. Each page's title, author, date
and lines were written down before the cleaner first ran on it; every third page (duda_blog, fire_incident_report,
govdelivery_bulletin, hospital_news_optimizely, nationbuilder_statement, society_news, supreme_court_summary,
villagemedia_story) was kept aside while the rules were written.

FIRST READING: 7 of 16 tuning pages right (74 of 80 lines read, 10 lines of clutter; 1 title, 5 authors, 1 date and 1
standfirst wrong), 4 of 8 aside (38 of 38 lines, 8 of clutter; 1 title, 1 date and 1 standfirst wrong). The tuning
misses by class: a forum's first post in a list item with no heading in it (Vanilla's "MessageList", the thread's
<h1> over the list), read as one item with its poster's name run in, and the post's text lost; a poster's role
badges beside the name in the byline ("Author" | "Teacher": "Nkechi Adeyemi Author and Teacher"); an initial's stop
dropped by the author search ("Mrs H Brennan"); a dated byline naming where the post is filed ("Posted 14 November
2026 by Tom Ashworth in Mammals, Wetlands": no author); a message signed with the given name of an author whose name
opens on a title ("Nkechi" under "Dr. Nkechi Adeyemi", dropped as a widget's word); a quoted message whose mail
program's line is the quotation's own first line, and a list's footer with no link, on why you got the message
(Google Groups); an admonition set as an <aside> its title labels, dropped with the sidebars (Starlight); a release
page declared by its tag and path, its name in its first <h2> (GitLab); a title in an <h2> classed "fsTitle", the
summary under it not taken for the standfirst (Finalsite); a parliament's boxes of procedure fields after the text.

Three authors' expectations were written without the title the page gives ("H. Brennan", "Nkechi Adeyemi", "Dana
Whitfield"); the earlier sets keep it ("Mrs J. Okonkwo", "The Revd Mary Dunn"), and the three were corrected to "Mrs
H. Brennan", "Dr. Nkechi Adeyemi" and "Coach Dana Whitfield" after the first reading (counted wrong in it). The
Vanilla thread's two replies had been written down as clutter; the earlier sets read a short post's replies as its
discussion (pages20's Discourse, pages25's SMF), and they were taken off the clutter list.

After the rules the tuning pages read 14 of 16 (80 of 80 lines, 4 of clutter; 1 author and 1 date wrong).

The kept third, read once then: 4 of 8 (38 of 38 lines, 8 of clutter; 1 title, 1 date and 1 standfirst wrong), as at
the first reading. Studied after: a court's press summary's note that it is no part of the decision, and a second
headline its class calls the intro (Village Media). 5 of 8 now (38 of 38 lines, 6 of clutter; 1 title and 1 date
wrong); left, see _KNOWN.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sweeps import check_linear

from narrator.clean.htmlauthors import _FILED_IN, _with_stops
from narrator.clean.htmlparse import parse_html
from narrator.clean.listarchive import drop_quoted_messages
from narrator.clean.notices import DISCLAIMER
from narrator.clean.platforms import _MESSAGE_BOX, release_heading
from narrator.clean.prune import _signed_with_given_name
from narrator.clean.standfirst import _INTRO_HEADING
from narrator.clean.templates import drop_email_furniture
from tests.pages6 import check_reading, page_names, read_page
from tests.pages6 import clean_page as _clean

FIXTURES = Path(__file__).parent / "fixtures" / "pages27"
PAGES = page_names(FIXTURES)

_OVEN = ("The bread oven at the old bakehouse was last lit in 1956, and last Saturday, after two years of work by the "
         "volunteers, it baked bread again.")
_DOME = ("The oven is a brick dome about two metres across, heated by burning faggots of wood inside it and then "
         "raking out the ashes.")
_FLOOR = "A retired bricklayer rebuilt the floor with bricks from a demolished chapel in the next village."
_STORY = [_OVEN, _DOME, _FLOOR]
_BODY = "".join(f"<p>{line}</p>" for line in _STORY)


def _page(inside: str, title: str = "Restoring a bread oven - Village Society", head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{inside}</body></html>"


# --- a forum's first post in a list item with no heading in it -------------------------------------------------

def _thread(box: str, poster: str = "<span class='Author'><a href='/profile/jo'>jo_k</a></span><time "
            "datetime='2026-11-10'>November 10</time>") -> str:
    text = "<br><br>".join(_STORY)
    return _page(f"<main><h1>Restoring a bread oven</h1><ul class='MessageList'><li class='Item'>{poster}"
                 f"<div class='{box}'>{text}</div></li></ul></main>", "Restoring a bread oven - Forum")


@pytest.mark.parametrize(("box", "poster", "read"), [
    ("Message userContent", None, _STORY),
    ("post-body", None, _STORY),
    # guards: a box of no message's name; an item that says neither who posted nor when
    ("text", None, None),
    ("Message", "<span>jo_k</span>", None),
])
def test_a_posts_message_box_in_a_list_is_read_as_the_post(box: str, poster: str | None,
                                                          read: list[str] | None) -> None:
    """Vanilla heads a thread with an <h1> over its "MessageList" and sets the first post in a list item, its text in
    "Message userContent" parted by blank lines: read as one item of a list with the poster's name run in
    ("lockkeeper_joMemberAfter last winter's ..."), and the post lost."""
    page = _thread(box) if poster is None else _thread(box, poster)
    blocks = [b.text for b in _clean(page).blocks]
    if read is None:
        assert blocks != read
    else:
        assert blocks == read


def test_a_message_box_is_named_by_whole_words() -> None:
    assert [bool(_MESSAGE_BOX.search(name)) for name in ("Message userContent", "post-content", "messages-nav",
                                                         "usercontentful")] == [True, True, False, False]


# --- a poster's role badges beside the name -----------------------------------------------------------------------

@pytest.mark.parametrize(("badges", "author"), [
    ("<span class='author-role'>Author</span> | <span class='author-role'>Teacher</span>", "Dr. Nkechi Adeyemi"),
    ("<span class='role'>Instructor</span>", "Dr. Nkechi Adeyemi"),
    # guard: a badge of no role's word (as before, read with the name)
    ("<span class='author-role'>Head of Geography</span>", ""),
])
def test_role_badges_are_not_the_bylines(badges: str, author: str) -> None:
    """Canvas sets a poster's roles beside their name ("Author" | "Teacher"): the byline read "Nkechi Adeyemi
    Author and Teacher"."""
    card = f"<div class='discussion-author-name'><span class='author-name'>Dr. Nkechi Adeyemi</span>{badges}</div>"
    byline = _clean(_page(f"<main>{card}<h1>Restoring a bread oven</h1>{_BODY}</main>")).meta.byline
    assert byline == author or (not author and byline != "Dr. Nkechi Adeyemi")


# --- an initial's stop kept ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("texts", "words", "name"), [
    ({"Posted by Mrs H. Brennan, Head of Computing"}, ["Mrs", "H", "Brennan"], "Mrs H. Brennan"),
    ({"By Dr. Ann B. Lee"}, ["Dr", "Ann", "B", "Lee"], "Dr. Ann B. Lee"),
    # guards: the page writes no stops; a longer word after the letters ("H Brennans")
    ({"Posted by Mrs H Brennan"}, ["Mrs", "H", "Brennan"], "Mrs H Brennan"),
    ({"Posted by Mrs H. Brennans"}, ["Mrs", "H", "Brennan"], None),
])
def test_a_names_stops_are_kept_as_the_page_writes_them(texts: set[str], words: list[str], name: str | None) -> None:
    """Finalsite's "Posted by Mrs H. Brennan, Head of Computing": the author search gave "Mrs H Brennan"."""
    assert _with_stops(texts, words) == name


# --- a dated byline naming where the post is filed -------------------------------------------------------------

@pytest.mark.parametrize(("line", "author"), [
    ("Posted 14 November 2026 by <a href='/a/tom'>Tom Ashworth</a> in <a href='/c/m'>Mammals</a>, <a href='/c/w'>"
     "Wetlands</a>", "Tom Ashworth"),
    ("Posted on 3 May 2026 by Ann Lee in News", "Ann Lee"),
    # guard: a place in words, no category's capital (as before, no author)
    ("Posted 14 November 2026 by Tom Ashworth in the garden", ""),
])
def test_a_dated_bylines_categories_are_not_the_name(line: str, author: str) -> None:
    """ProcessWire's blog profile writes "Posted 14 November 2026 by Tom Ashworth in Mammals, Wetlands" under the
    headline: no author was found."""
    page = _page(f"<div id='content'><h1>Restoring a bread oven</h1><p class='post-info'>{line}</p>{_BODY}</div>")
    assert _clean(page).meta.byline == author


# --- a message signed with the given name of an author with a title -----------------------------------------

@pytest.mark.parametrize(("text", "authors", "signed"), [
    ("Nkechi", ("Dr. Nkechi Adeyemi",), True),
    ("Helen", ("Mrs Helen Marsh",), True),
    # guards: the surname; a title alone before one name
    ("Adeyemi", ("Dr. Nkechi Adeyemi",), False),
    ("Nkechi", ("Dr. Nkechi",), False),
])
def test_a_given_name_after_a_title_signs_the_message(text: str, authors: tuple[str, ...], signed: bool) -> None:
    """A Canvas announcement by "Dr. Nkechi Adeyemi" signed "Nkechi": the title was taken for the given name, and the
    close dropped as a widget's word."""
    assert _signed_with_given_name(text, authors) is signed


# --- a quotation that opens on its mail program's line; a list's footer on why you got it -------------------

@pytest.mark.parametrize(("quote", "kept"), [
    ("<blockquote>On Sun, 8 Nov 2026 at 20:11, Dev Raman wrote:<br>&gt; Shall we?</blockquote>", False),
    # guards: no clock (a story's quotation); the line not over a break
    ("<blockquote>On Friday the minister wrote:<br>We shall not return.</blockquote>", True),
    ("<blockquote>On Sun, 8 Nov 2026 at 20:11, Dev Raman wrote: <b>Shall we?</b></blockquote>", True),
])
def test_a_quotation_opening_on_its_mail_programs_line_is_not_read(quote: str, kept: bool) -> None:
    """Google Groups sets the message a reply quotes in a <blockquote> that opens on "On Sun, 8 Nov 2026 at 20:11, Dev
    Raman wrote:": read as the reply's last paragraph."""
    root = parse_html(f"<html><body><div>{_BODY}{quote}</div></body></html>")
    drop_quoted_messages(root)
    assert ("Shall we?" in root.text_content() or "not return" in root.text_content()) is kept


@pytest.mark.parametrize(("footer", "kept"), [
    ("<div>--<br>You received this message because you are subscribed to the Google Groups \"Walkers\" group.<br>To "
     "unsubscribe from this group, send an email to walkers+unsubscribe@groups.example.</div>", False),
    ("<p>You are receiving this email because you signed up at our shop.</p>", False),
    # guards: the words inside a sentence of the text; a long paragraph that opens on them
    ("<p>Some said: you received this message because you asked for it.</p>", True),
    (f"<p>You received this message because you asked for it. {_OVEN} {_DOME} {_FLOOR} {_OVEN} {_DOME}</p>", True),
])
def test_a_lists_footer_on_why_you_got_it_is_not_read(footer: str, kept: bool) -> None:
    """Google Groups' footer under a message has no link to unsubscribe by, only an address to write to: "-- You
    received this message because you are subscribed to the Google Groups ..." was read as its last paragraph."""
    root = parse_html(f"<html><body><div>{_BODY}{footer}</div></body></html>")
    drop_email_furniture(root)
    assert ("because you" in root.text_content()) is kept


# --- an admonition set as an <aside> its title labels ---------------------------------------------------------

@pytest.mark.parametrize(("aside", "read"), [
    ("<aside aria-label='Caution' class='starlight-aside'><p>Caution</p><div><p>Pages that show a name must not be "
     "cached.</p></div></aside>", True),
    ("<aside aria-label='Tip'><p>tip</p><p>Pages that show a name must not be cached.</p></aside>", True),
    # guards: a label that is not its first words (a sidebar's); an aside of one part
    ("<aside aria-label='Related'><p>Caution</p><p>Pages that show a name must not be cached.</p></aside>", False),
    ("<aside aria-label='Caution'><p>Pages that show a name must not be cached.</p></aside>", False),
])
def test_an_admonition_set_as_an_aside_is_read(aside: str, read: bool) -> None:
    """Starlight sets a docs page's admonition as '<aside aria-label="Caution"><p>Caution</p><div><p>...': dropped
    as a sidebar, the advice was lost."""
    page = _page(f"<main><h1>Restoring a bread oven</h1><p>{_OVEN}</p>{aside}<p>{_DOME}</p></main>")
    texts = [b.text for b in _clean(page).blocks]
    assert ("Pages that show a name must not be cached." in texts) is read


# --- a release page declared by its tag and path --------------------------------------------------------------

@pytest.mark.parametrize(("declared", "title"), [
    ("v3.2.0 · Releases · tidewater / tidewater · GitLab", "Tidewater 3.2"),
    ("1.4 · Releases · ann/tide · Code", "Tidewater 3.2"),
    # guards: no tag first; no repository's path
    ("Releases · tidewater / tidewater · GitLab", None),
    ("v3.2.0 · Releases · GitLab", None),
])
def test_a_release_pages_title_is_its_first_heading(declared: str, title: str | None) -> None:
    """GitLab titles a release page "v3.2.0 · Releases · tidewater / tidewater · GitLab", with no <h1>, the release's
    name "Tidewater 3.2" in an <h2>: the tag and the trail were read as the title."""
    assert release_heading(declared, ["Tidewater 3.2", "Highlights"]) == title


def test_a_release_page_reads_its_heading_as_the_title() -> None:
    page = _page(f"<main><h2>Tidewater 3.2</h2>{_BODY}<h3>Upgrading</h3><p>{_FLOOR} Again.</p></main>",
                 "v3.2.0 · Releases · tidewater / tidewater · GitLab")
    assert _clean(page).meta.title == "Tidewater 3.2"


# --- a title in an <h2> its class names a title, the summary under it ----------------------------------------

@pytest.mark.parametrize(("h2_class", "standfirst"), [
    ("fsTitle", "Volunteers have brought the old bread oven back into use after seventy years."),
    ("entry-title", "Volunteers have brought the old bread oven back into use after seventy years."),
    # guard: a heading of no title's class (as before, read in the body)
    ("big", None),
])
def test_a_summary_under_a_title_set_as_an_h2_is_the_standfirst(h2_class: str, standfirst: str | None) -> None:
    """Finalsite sets a news post's title as <h2 class="fsTitle"> (no <h1>) over its summary "fsSummary": the
    summary, the page's description too, was read as the first paragraph."""
    summary = "Volunteers have brought the old bread oven back into use after seventy years."
    head = f"<meta name='description' content='{summary}'>"
    page = _page(f"<main><article><h2 class='{h2_class}'>Restoring a bread oven</h2><div class='fsSummary'><p>"
                 f"{summary}</p></div><div class='fsBody'>{_BODY}</div></article></main>", head=head)
    assert _clean(page).meta.standfirst == standfirst


# --- (studied after the kept third was read) a court's summary's note on itself; a second headline classed intro

@pytest.mark.parametrize(("line", "read"), [
    ("This summary is provided to help in understanding the Court's decision. It does not form part of the reasons "
     "for the decision. The full judgment of the Court is the only authoritative document.", False),
    # guard: a sentence of the text on what forms part of a decision
    ("The tenancy does form part of the decision, the court said.", True),
])
def test_a_summarys_note_on_itself_is_not_read(line: str, read: bool) -> None:
    """A supreme court's press summary closes "This summary is provided to help in understanding the Court's decision.
    It does not form part of the reasons for the decision. ...": read as its last paragraph."""
    page = _page(f"<main><h1>Restoring a bread oven</h1>{_BODY}<p>{line}</p></main>")
    assert (line in [b.text for b in _clean(page).blocks]) is read


@pytest.mark.parametrize(("heading", "standfirst"), [
    ("<h2 class='details-intro'>Volunteers relight the oven after seventy years</h2>",
     "Volunteers relight the oven after seventy years"),
    # guards: a paragraph so classed (a lead in bold may be); a class that only contains the word
    ("<p class='details-intro'>Volunteers relight the oven after seventy years</p>", None),
    ("<h2 class='introduction'>Volunteers relight the oven after seventy years</h2>", None),
])
def test_a_second_headline_classed_intro_is_the_standfirst(heading: str, standfirst: str | None) -> None:
    """Village Media sets a story's subtitle as "<h2 class='details-intro'>" under its headline: read as a heading."""
    page = _page(f"<main><h1>Restoring a bread oven</h1>{heading}{_BODY}</main>")
    assert _clean(page).meta.standfirst == standfirst


# --- cost: each new look stays linear --------------------------------------------------------------------------

def test_new_patterns_stay_linear() -> None:
    check_linear("Mrs H ", read=lambda text: _with_stops({text}, ["Mrs", "H", "Brennan"]))
    check_linear("H", read=lambda text: _with_stops({text}, ["H", "H", "Brennan"]))
    check_linear(" in A", read=lambda text: _FILED_IN.search(text))
    check_linear(" in Ab, ", read=lambda text: _FILED_IN.search(f"{text}x"))
    check_linear("1.", read=lambda text: release_heading(f"v{text} · a / b", ["T"]))
    check_linear("v1 · ", read=lambda text: release_heading(text, ["T"]))
    check_linear("message ", read=lambda text: _MESSAGE_BOX.search(f"{text}x"))
    check_linear("does not form part of the ", read=lambda text: DISCLAIMER.search(text))
    check_linear("intro-", read=lambda text: _INTRO_HEADING.search(f"{text}x"))


def test_many_boxes_stay_linear() -> None:
    check_linear("<li><time>1</time><div class='Message'>x<br><br>y</div><ul><li>z</li></ul></li>", small=300,
                 read=lambda text: _clean(_page(f"<h1>T</h1><ul>{text}</ul><p>{_OVEN}</p>")))
    check_linear("<aside aria-label='Tip'><p>Tip</p><p>x</p></aside>", small=300,
                 read=lambda text: _clean(_page(f"<h1>T</h1>{text}<p>{_OVEN}</p>")))
    check_linear("<div>You received this message because you are here.</div>", small=300,
                 read=lambda text: drop_email_furniture(parse_html(f"<html><body>{text}</body></html>")))
    check_linear("<blockquote>On Sun 1 at 20:11, X wrote:<br>&gt; y</blockquote>", small=300,
                 read=lambda text: drop_quoted_messages(parse_html(f"<html><body>{text}</body></html>")))


# --- the pages: known misses fail when they start to pass ----------------------------------------------------

_KNOWN: dict[str, str] = {
    "europarl_press_release": "a parliament's boxes of fields after the text ('Procedure details' over 'Procedure "
                              "file' / '2026/0114(COD)', 'Product information' over 'Ref.:') are read: a museum's "
                              "object fields after its description are read (pages20), and a box of its own is no "
                              "sure sign",
    "fire_incident_report": "(kept third) an incident's table of fields over its report ('Incident number' / "
                            "'2611-0482', 'Date' / 'Sunday 22 November 2026') is read as lines and gives no day, and "
                            "a safety box after the report ('Farm fire safety', its line and its link) is read",
    "google_groups_message": "a conversation's message header (the sender as an <h3>, the day in a span's title) "
                             "gives no author or day, and the reply under the message is read: no general sign parts "
                             "a list's conversation from a forum's thread, whose replies are read",
    "govdelivery_bulletin": "(kept third) a bulletin's banner, a coloured one-cell table over the headline ('Public "
                            "Works Update'), is read as its first line",
    "supreme_court_summary": "(kept third) og:title's short name ('Halloran v Kestrel Housing Association') is the "
                             "title where the page's <h1> gives the parties' parts ('Halloran (Appellant) v ...'), "
                             "which is read as a heading: the short name may well be the better title to hear",
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)
