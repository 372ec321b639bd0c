"""HTML pages of our own of the classes pages33 left (tests/fixtures/pages34, issue #10), each page's title, author,
date and lines written down before the cleaner first ran on it: a Dotclear post and a Serendipity entry with label
lines spaced before their colon ("Category : Village news", "Filed under : Hall news"), the Dotclear post's text holding
a near miss ("Question : why lay a hedge at all? ..."); two PunBB topics with their board's description and their
replies' "Re:" subjects; two SMF topics closed by a reply of a few words ("Vent fitted. Patch drying."); a Webnode page
and a Jimdo blog post titled by their menu's entry ("News - Dale Bell Ringers") with their day in a bold line under the
story's <h2>. Every third page in name order (punbb_allotment_topic, smf_bike_topic) was kept aside.

FIRST READING: tuning pages 1 of 6 right (dotclear_post; its label lines and the near miss were read right already),
kept third 0 of 2. The tuned misses by class: a page titled by its menu's entry ("News", "Blog") and its day not found
(two); a PunBB topic titled "Topic — Section" (the <title>'s trail, "Topic — Section — Board", trimmed of its last part
only), so its replies' "Re:" subjects, which repeat the title, were read, and its board's description and "Powered by
PunBB" read; a Serendipity entry's author ("Posted by Derek Mills in Hall news at 18:20", in its footer) and its day
("Monday, November 30. 2026") not found; an SMF poster's rank ("Full Member") read. The threads' short last replies were
read right (the class stands as pages33's ProBoards xfail has it: a page whose end the extractor judges badly).

After the rules: tuning pages 3 of 6 (the two site builders' pages; the PunBB topic's title and "Re:" subjects right,
its board's description and "Powered by PunBB" still read), kept third 0 of 2, as at the first reading, though its
PunBB topic's title and "Re:" subjects now read right; read once at the end, its misses are of the classes the
tuned part left (a board's description, an SMF poster's rank). Taking out SMF's card of rank and count under the
poster's name ("user_info") read both SMF pages' ranks right, but lost smf_topic's last reply of four words ("Vent
fitted. Patch drying.": the extractor judges a short paragraph by its neighbours), so it was not landed. The rules read
pages33's yola_page (its title, its day and its charity line) and bring pages33's punbb_topic its title.

Later, pages35's rules read punbb_bees_topic and punbb_allotment_topic (a board's motto its markup names, "brd-desc";
"Powered by PunBB" a credit of the site's software) and serendipity_entry (its footer's "Posted by Derek Mills in Hall
news at 18:20" names its writer; "Monday, November 30. 2026" is a day), and smf_topic and smf_bike_topic (a poster's
card of a few words an item, one a count of posts, is not read; the short last reply is kept: a reply is looked for as
an item up to six boxes above its text).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from narrator.clean.htmldates import _strong_day_under_heading
from narrator.clean.lines import is_cta, words_of
from narrator.clean.notices import REGISTRATION
from tests.pages6 import check_reading, clean_page, page_names, read_page
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "pages34"
PAGES = page_names(FIXTURES)

_TEXT = ["The ringers will ring a quarter peal on Christmas morning, for the first time since the bells were rehung.",
         "The new frame was paid for by the village's own appeal, which raised twelve thousand pounds in two years.",
         "Anyone who would like to learn is welcome at practice on Thursday evenings."]


def _builder(menu: str, entries: list[str], heading: str, day: str, site: str = "Dale Bell Ringers") -> str:
    links = "".join(f"<li><a href='/{e.lower()}'>{e}</a></li>" for e in entries)
    text = "".join(f"<p>{p}</p>" for p in _TEXT)
    return (f"<html><head><title>{menu} - {site}</title></head><body><div class='head'><div class='logo'>"
            f"<a href='/'>{site}</a></div><ul class='menu'>{links}</ul></div><div class='content'><h2>{heading}</h2>"
            f"<p><strong>{day}</strong></p>{text}</div><div class='foot'><p>Made with a site builder</p></div>"
            f"</body></html>")


@pytest.mark.parametrize(("menu", "entries", "heading", "title"), [
    ("News", ["Home", "News", "Join us"], "A quarter peal for Christmas morning",
     "A quarter peal for Christmas morning"),
    ("Blog", ["Home", "Blog", "Contact"], "Winter exhibition opens at the library", "Winter exhibition opens at the "
                                                                                      "library"),
    ("Latest news", ["Home", "Latest news"], "Bells rung for the new year", "Bells rung for the new year"),
    # guards: a <title> naming no entry of the menu; a heading of two words
    ("Christmas morning", ["Home", "News"], "A quarter peal for Christmas morning", "Christmas morning"),
    ("News", ["Home", "News"], "Our news", "News"),
])
def test_a_page_titled_by_its_menu_entry_takes_its_heading(menu: str, entries: list[str], heading: str,
                                                           title: str) -> None:
    """A Yola page titled "News - Harbour Choir", the menu's "News" over the story's <h2>, was titled "News"."""
    assert clean_page(_builder(menu, entries, heading, "12 December 2026")).meta.title == title


@pytest.mark.parametrize(("day", "found"), [
    ("12 December 2026", "2026-12-12"),
    ("3 Dec 2026", "2026-12-03"),
    ("November 1, 2026", "2026-11-01"),
    # guards: a bold lead sentence; a bold line that is no day
    ("The bells were rehung in 2025 after a year away.", None),
    ("Practice on Thursdays", None),
])
def test_a_bold_day_under_the_heading_dates_the_page(day: str, found: str | None) -> None:
    """Yola's "<h2>...</h2><p><strong>1 November 2026</strong></p>" gave the page no day."""
    root = lxml_html.fromstring(_builder("News", ["Home", "News"], "A quarter peal for Christmas morning", day))
    assert _strong_day_under_heading(root) == found


def test_a_bold_day_inside_a_sentence_is_no_stamp() -> None:
    """A near miss: a paragraph of a sentence with a bold day in it is the text's own."""
    page = ("<html><body><h2>A quarter peal for Christmas morning</h2><p>The peal is on <strong>25 December 2026"
            "</strong>, before the service.</p></body></html>")
    assert _strong_day_under_heading(lxml_html.fromstring(page)) is None


def _punbb(title: str, trail: list[str]) -> str:
    crumbs = "".join(f"<span class='crumb'><a href='/{k}'>{name}</a></span>" for k, name in enumerate(trail))
    posts = "".join(f"<div class='post'><h4 class='entry-title'>{'Re: ' if k else ''}Hefting the hive in December</h4>"
                    f"<div class='entry-content'><p>{text}</p></div></div>" for k, text in enumerate((
                        "I lifted the back of my hive today and it felt much lighter than in October.",
                        "Feed now if it feels light. A block of fondant over the crown board will do no harm.",
                        "Fondant on this afternoon. They were clustered right under the hole.")))
    return (f"<html><head><title>{title}</title></head><body><div id='brd-crumbs-top' class='crumbs'><p>{crumbs}"
            f"</p></div><div class='main-content'>{posts}</div></body></html>")


@pytest.mark.parametrize(("title", "trail", "read"), [
    ("Hefting the hive in December — Winter care — Dales Beekeepers", ["Dales Beekeepers", "Winter care",
                                                                       "Hefting the hive in December"],
     "Hefting the hive in December"),
    ("Hefting the hive in December - Winter care - Dales Beekeepers", ["Dales Beekeepers", "Winter care"],
     "Hefting the hive in December"),
    # a guard: the <title>'s middle part is no link of the trail
    ("Hefting the hive in December — in a cold snap — Dales Beekeepers", ["Dales Beekeepers", "Winter care"],
     "Hefting the hive in December — in a cold snap"),
])
def test_a_forums_title_before_its_trail_is_the_topic(title: str, trail: list[str], read: str) -> None:
    """A PunBB topic's <title> runs "Topic — Section — Board": it was titled "Topic — Section", and its replies'
    "Re: Topic" subjects, then no repeat of the title, were read."""
    document = clean_page(_punbb(title, trail))
    assert document.meta.title == read
    said = [block.text for block in document.blocks]
    assert ("Re: Hefting the hive in December" in said) is (read != "Hefting the hive in December"), said


@pytest.mark.parametrize(("line", "notice"), [
    ("Harbour Choir is a registered charity, number 1120000.", True),
    ("The Friends of Hollins Park is a registered charity, no. 1190442", True),
    ("Kirkby Camera Club is a registered charity number 1012345.", True),
    # guards: a sentence about a charity; a firm's registration in a story's sentence
    ("The money goes to Harbour Trust, which is a registered charity, number 1120000.", False),
    ("Last year the fund, which is a registered charity, gave 1200000.", False),
    ("Northvale Energy plc is registered in England and Wales, company number 04123987.", False),
])
def test_a_name_saying_it_is_a_registered_charity_is_a_notice(line: str, notice: bool) -> None:
    """A Yola page's footer, "Harbour Choir is a registered charity, number 1120000.", was read after the story."""
    assert is_cta(line, words_of(line)) is notice


def test_the_new_patterns_stay_linear() -> None:
    check_linear("Ab ", small=300, read=lambda text: REGISTRATION.search(f"{text}is a registered charityx"))
    check_linear("a ", small=300, read=lambda text: REGISTRATION.search(f"A {text}is a registered charity, no 1x"))


_KNOWN: dict[str, str] = {
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_read_as_its_author_expected(name: str) -> None:
    check_reading(read_page(name, FIXTURES), _KNOWN)
