"""The page forms left from the rounds before (issue #10), each on small texts of our own: an outlet after the
writer's name, and the classes fixed below it."""

from __future__ import annotations

import pytest

from narrator.clean import CleanSettings, Format, Source, clean
from narrator.clean.common import split_authors
from narrator.model import Document
from tests.own_text4 import kept, pasted


def _html(page: str, name: str = "page.html") -> Document:
    return clean(Source(name, page.encode(), Format.HTML), CleanSettings())



@pytest.mark.parametrize(("byline", "authors"), [
    ("By PETER HOLM FOR WEEKENDPOST", ("Peter Holm",)),
    ("By Peter Holm for The Coast Gazette", ("Peter Holm",)),
    ("By PETER HOLM FOR COAST-NEWS.COM", ("Peter Holm",)),
    ("By Ruth Ann Lowe for Reuters and Sam Ode", ("Ruth Ann Lowe", "Sam Ode")),
    ("By Ada For", ("Ada For",)),
])
def test_the_outlet_a_writer_filed_for_is_no_part_of_the_name(byline: str, authors: tuple[str, ...]) -> None:
    """"By JOHN SMITH FOR MAILONLINE" gave the author "John Smith For Mailonline": the outlet after "for" is where the
    story ran. A name of one word before it is left whole."""
    assert split_authors(byline) == authors


def test_a_posts_two_paragraphs_parted_by_one_double_break_are_two() -> None:
    """A forum post's box of text parted once by <br><br> was read as one paragraph: breaks.py wanted two double
    breaks. Sentences of prose on both sides of the one are enough; a label beside it is not."""
    from lxml import html as lxml_html

    from narrator.clean.breaks import double_breaks_as_paragraphs

    post = ("<div>The gate at the bottom of our garden sticks every winter, and this year it will not shut at all."
            "<br><br>I have planed the edge twice already. Is the post moving, or is it the hinges?</div>")
    root = lxml_html.fragment_fromstring(post)
    double_breaks_as_paragraphs(root)
    assert [p.text_content() for p in root.findall("p")] == [
        "The gate at the bottom of our garden sticks every winter, and this year it will not shut at all.",
        "I have planed the edge twice already. Is the post moving, or is it the hinges?"]
    for markup in ("<div>The gate at the bottom of our garden sticks every winter, and it will not shut.<br><br>"
                   "Posted by Tom</div>",
                   "<div>Gate<br><br>The post is moving, and so are the hinges on it now.</div>"):
        root = lxml_html.fragment_fromstring(markup)
        before = lxml_html.tostring(root)
        double_breaks_as_paragraphs(root)
        assert lxml_html.tostring(root) == before, markup


@pytest.mark.parametrize("line", [
    "You can subscribe by email or by phone. If you subscribe before 31 March, the permit costs £40.",
    "You can subscribe to the collection at any time. Subscriptions started after 1 July cost £20 for the year.",
])
def test_a_services_facts_told_to_the_reader_are_read(line: str) -> None:
    """"You can subscribe online at any time. If you subscribe after 1 June, the price is reduced to £35" was left out
    as a prompt for its two "subscribe"s: statements with a date or a price, none speaking for the page nor opening
    on a prompt's verb, tell the reader how a service works."""
    from narrator.clean.lines import is_cta, words_of

    assert not is_cta(line, words_of(line))


@pytest.mark.parametrize("line", [
    "You can unsubscribe at any time. Your email is safe with the subscription service and never sold.",
    "Get the best stories in your inbox. You can unsubscribe at any time, 7 days a week.",
    "Join 20,000 readers. You can subscribe to our newsletter and unsubscribe at any time.",
])
def test_a_forms_lines_about_subscribing_are_still_a_prompt(line: str) -> None:
    """No fact, a prompt's verb first, or the page's own words ("our newsletter"): a subscription box's lines."""
    from narrator.clean.lines import is_cta, words_of

    assert is_cta(line, words_of(line))


_LETTERS = """The Dale Courier
News
Sport
Letters
What's on
Your letters
Save the village library
Our library is the only place in the village where children can do their homework with a quiet table and the internet.
Closing it to save a few thousand pounds a year is a false economy, and the council should think again.
Ann Brook, Upper Dale
{second}
Thanks to whoever found my purse on the bus last Tuesday and handed it in with every penny still inside it.
{signer}
{box}
Most popular
Road closed for repairs
"""
_BOX = ("Send us your letters\nLetters may be edited for length, and must give the writer's name and address.\n"
        "Email: letters@dalecourier.example")


@pytest.mark.parametrize("signer", ["Tom and Rose Hale, Low Dale", "Sam Pike, Dale End"])
def test_a_letters_pages_box_is_not_read_and_its_last_letters_signer_is(signer: str) -> None:
    """The paper's box under the letters ("Write to us", its rules, then the address to write to) was read as the
    last letter's end: a heading asking readers to write in with an address under it closes the letters. The last
    letter's signer ("Peter and Jean Ross, Westbury"), signed as a letter above it is, is read."""
    texts = kept(pasted(_LETTERS.format(second="A kind stranger", signer=signer, box=_BOX), "letters.txt"))
    assert texts[-2:] == [_LETTERS.splitlines()[11], signer]
    assert not {"Send us your letters", _BOX.splitlines()[1]} & set(texts)


def test_a_heading_asking_readers_to_write_without_an_address_is_read() -> None:
    """No address under it: "Write to us" over the writer's own lines is no box of the page."""
    box = "Write to us\nThe club meets on Thursdays at the hall, and new members are always welcome to come along."
    texts = kept(pasted(_LETTERS.format(second="A kind stranger", signer="Sam Pike, Dale End", box=box),
                         "letters.txt"))
    assert box.splitlines()[1] in texts


_MATCH = """Millbrook Athletic
Home
Fixtures
Results
Tickets
Millbrook 2-0 Castle Vale: Two in two minutes settle it
22 February 2025
Millbrook beat Castle Vale for the first time in six years, with both goals coming early in the second half.
Jack Ames scored from close range after 52 minutes, and Leo Tan volleyed in a second two minutes later.
Castle Vale hit the bar late on, but the home side held on for a win that lifts them to fourth in the table.
{sheets}
Share this report
Next match
Buy tickets
"""


@pytest.mark.parametrize("sheets", [
    "Millbrook: Hart, Ames, Cole, Tan, Reed, Shaw, Lowe. Subs: Day, Finch.",
    "Millbrook: Hart, Ames, Cole, Tan, Reed, Shaw, Lowe.\nCastle Vale: Ross, Webb, Lane (Fox 70), Day, Hill, Marsh.",
])
def test_a_match_reports_team_sheets_are_read(sheets: str) -> None:
    """"Harfield: Cole, Evans, Patel, ..." under the last paragraph was lost as a line of no prose: a side the
    headline names, a colon and five names or more is the report's team sheet, and the other side's under it."""
    texts = kept(pasted(_MATCH.format(sheets=sheets), "match.txt"))
    assert texts[-len(sheets.splitlines()):] == sheets.splitlines()


def test_a_line_of_names_under_a_story_that_names_no_side_is_not_read() -> None:
    """A sponsor's list of names under a story is the page's: its label is no side the headline names."""
    page = _MATCH.format(sheets="Our partners: Hill, Ames & Co, Reed Motors, Shaw Print, Lowe Farms, Day Travel.")
    assert not any(text.startswith("Our partners") for text in kept(pasted(page, "match.txt")))


_NEWSLETTER = """Elm Vale Rowing Club
Home
About the club
Join
News
Contact
Club bulletin - March 2025
Hello everyone,
The new boat arrived on Saturday, and twelve of us carried it down to the water before breakfast to try it out.
Spring regatta
Entries for the spring regatta close on 20 March. Please tell the captain by then if you want a seat in a crew.
{tail}
With best wishes,
Ruth Kay
Club secretary
Previous bulletins
{footer}
"""


@pytest.mark.parametrize("footer", ["© 2025 Elm Vale Rowing Club", "Copyright Elm Vale Rowing Club 2025. Site by "
                                    "ClubPages"])
def test_a_sites_name_over_its_menu_that_owns_the_copyright_is_no_title(footer: str) -> None:
    """"St Anne's Primary School" opening the dump was taken for the page's <title>: the copyright line under the
    body names it, so it is the site's; the newsletter's own line over the greeting is the title."""
    document = pasted(_NEWSLETTER.format(tail="Dates to remember\n21 March: AGM, 7pm in the boathouse", footer=footer),
                     "bulletin.txt")
    assert document.meta.title == "Club bulletin - March 2025"


def test_a_first_line_the_copyright_does_not_name_is_still_the_pages_title() -> None:
    """The copyright naming someone else ("© 2025 ClubPages") is no evidence: the first line stays the <title>."""
    page = _NEWSLETTER.format(tail="Dates to remember\n21 March: AGM, 7pm in the boathouse", footer="© 2025 ClubPages")
    assert pasted(page, "bulletin.txt").meta.title == "Elm Vale Rowing Club"


@pytest.mark.parametrize("tail", ["Dates to remember\n21 March: AGM, 7pm in the boathouse\n4 April: Spring regatta",
                                  "Dates to remember\n21 March: AGM in the boathouse"])
def test_a_short_list_and_its_heading_over_a_letters_close_are_read(tail: str) -> None:
    """"Dates for your diary" and two dated entries between the last paragraph and "With best wishes," were lost,
    and the close with them: short lines of no prose, but the letter's, where a close under them ends it."""
    texts = kept(pasted(_NEWSLETTER.format(tail=tail, footer="© 2025 Elm Vale Rowing Club"), "bulletin.txt"))
    assert texts[-len(tail.splitlines()) - 3:] == [*tail.splitlines(), "With best wishes,", "Ruth Kay",
                                                   "Club secretary"]


def test_a_pages_buttons_over_a_sign_off_are_not_read() -> None:
    """A button among the lines (a page's "Share") is no part of the letter: nothing of them is read."""
    texts = kept(pasted(_NEWSLETTER.format(tail="Share this page\nDates to remember", footer="© 2025 Elm"),
                         "bulletin.txt"))
    assert "Share this page" not in texts


_RELEASE = """Skip to content
Sign in
Sign up
harbourlabs / knotter
Code
Issues 14
Releases
{name}
Latest
@ola-berg ola-berg released this
12 Mar 2025
{name}
9f3c2d1
Knotter 3.1 is a small release, and most of the work in it went into how rope files are read.
{section}
Rope files now use the new YAML format; run knotter upgrade to convert old files.
Older files still open, but the program warns you about each knot it could not place on the rope.
Thanks to everyone who sent us their broken files over the winter.
Assets 2
Source code (zip)
"""


@pytest.mark.parametrize("name", ["v3.1.0", "Knotter 3.1"])
def test_a_releases_name_shown_twice_over_its_notes_is_the_title(name: str) -> None:
    """"v2.0.0" over the line of who released it and when, and again under it: a name with a figure too short for a
    headline, shown twice right above the body, is the page's title (the file's name was)."""
    document = pasted(_RELEASE.format(name=name, section="Upgrading"), "release.txt")
    assert (document.meta.title, document.meta.published) == (name, "2025-03-12")


def test_a_subheading_over_a_technical_sentence_is_read() -> None:
    """"Breaking changes" over a sentence of few stop words ("Station files now use the new JSON format; run tidekit
    migrate ...") was lost: a sentence of ten words or more with prose under it is a section's first line."""
    texts = kept(pasted(_RELEASE.format(name="v3.1.0", section="Upgrading from 2.x"), "release.txt"))
    assert texts[:3] == _RELEASE.format(name="v3.1.0", section="Upgrading from 2.x").splitlines()[13:16]


_WORD_DOC = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><title>Report</title></head>
<body lang=EN-GB><div class=WordSection1>
<h1>Why the parish hall roof needs replacing this year</h1>
<p class=MsoNormal><i>{credit}</i></p>
<p class=MsoNormal>The roof over the parish hall has leaked in four places since the storms of last November, and the
patch repairs made in the spring have not held through the summer rain.</p>
<p class=MsoNormal>A builder who surveyed it in June found that most of the slates are loose and the battens under
them are rotten, so another repair would only buy a year at most.</p>
<p class=MsoNormal>We recommend that the council asks for three quotes for a new roof before the end of October.</p>
</div></body></html>"""


@pytest.mark.parametrize(("credit", "author"), [
    ("Prepared by Ruth Kay for the parish council, May 2025", "Ruth Kay"),
    ("Compiled by Tom A. Hale", "Tom A. Hale"),
    ("Prepared by the finance committee, May 2025", ""),
])
def test_a_documents_credit_line_under_its_title_names_its_author(credit: str, author: str) -> None:
    """A Word document's "Prepared by Sanjay Mehta for the governors, March 2024" under its title gave no author: the
    credit's verb and a person's name are the byline; a committee is no person."""
    assert _html(_WORD_DOC.format(credit=credit), "report.html").meta.byline == author


@pytest.mark.parametrize("signature", ["Ruth Kay, Clerk", "Ruth Kay, Parish Clerk"])
def test_a_reports_signature_by_its_author_is_read(signature: str) -> None:
    """"Judith Marsh, Secretary" under a Word report by Judith Marsh was dropped with the page's short lines at the
    end: the author's name with their post, under the last paragraph, signs the report."""
    page = _WORD_DOC.format(credit="Prepared by Ruth Kay for the parish council, May 2025").replace(
        "</div></body>", f"<p class=MsoNormal><i>{signature}</i></p>\n</div></body>")
    assert kept(_html(page, "report.html"))[-1] == signature


def test_a_pages_short_line_under_a_report_is_no_signature() -> None:
    """Only the author's own name and post sign: the page's short line ("Share, Print") is dropped as before."""
    page = _WORD_DOC.format(credit="Prepared by Ruth Kay for the parish council, May 2025").replace(
        "</div></body>", "<p class=MsoNormal><i>Share, Print</i></p>\n</div></body>")
    assert kept(_html(page, "report.html"))[-1] != "Share, Print"


_STORY = ("<h1>Ferry timetable changes from April</h1>{line}<p>The ferry to the island will run every two hours from "
          "the first of April, and the last crossing of the day will leave the harbour at half past nine.</p><p>The "
          "operator says fewer people travel in the evenings, and that the change will keep the fares as they are."
          "</p><p>Residents can give their views at the harbour office until the end of the month.</p>")


@pytest.mark.parametrize("site", ["archive.ph", "archive.today"])
def test_a_web_archives_capture_is_dated_by_the_page_not_the_capture(site: str) -> None:
    """archive.today marks up the day it captured a page as its publication ("article:published_time"), and prints it
    over the copy: the day the captured page gives itself ("Published 6 February 2024") is the date."""
    page = (f'<html><head><meta property="og:site_name" content="{site}"/><meta property="article:published_time" '
            'content="2025-03-20T09:12:00Z"/><meta name="description" content="archived 20 Mar 2025 09:12:00 UTC"/>'
            '<title>Ferry timetable changes from April</title></head><body><div id="HEADER"><span>20 Mar 2025 09:12:00 '
            'UTC</span><a href="#">history</a></div><div id="CONTENT"><div class="html1">'
            + _STORY.format(line="<p>Published 11 March 2025</p>") + "</div></div></body></html>")
    assert _html(page, "capture.html").meta.published == "2025-03-11"


def test_a_pages_own_published_time_is_still_its_date() -> None:
    """A page that is no archive's keeps the date it marks up."""
    page = ('<html><head><meta property="og:site_name" content="Island News"/><meta property="article:published_time" '
            'content="2025-03-20T09:12:00Z"/></head><body>' + _STORY.format(line="<p>Published 11 March 2025</p>")
            + "</body></html>")
    assert _html(page, "story.html").meta.published == "2025-03-20"


def test_a_wikis_meta_line_dates_the_page_not_its_exports_footer() -> None:
    """A Confluence export says "Created by ..., last modified by ... on Feb 19, 2024" under the title and "Document
    generated by Confluence on Mar 04, 2024" in its footer: the footer's day was the date."""
    page = ('<html><head><title>Ferry timetable changes from April</title></head><body><div id="content">'
            '<div class="page-metadata">Created by <span class="author">Ola Berg</span>, last modified by '
            '<span class="editor">Sam Pike</span> on Mar 11, 2025</div><div id="main-content">'
            + _STORY.format(line="") + '</div></div><div id="footer"><p>Document generated by Confluence on '
            "Mar 20, 2025 10:02</p></div></body></html>")
    assert _html(page, "wiki.html").meta.published == "2025-03-11"


_FORWARD = """<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"><title>Fwd: Choir practice
moves to Wednesdays</title></head><body><div dir="auto">
<div><b>From: </b>Ann Lowe &lt;ann.lowe@mail.example&gt;</div>
<div><b>Subject: </b>Fwd: Choir practice moves to Wednesdays</div>
<div><b>Date: </b>3 March 2025 at 09:02:11 GMT</div>
<div><b>To: </b>Tom Lowe &lt;tom@mail.example&gt;</div>
<br>{note}
<div><br><blockquote type="cite"><div>Begin forwarded message:</div><br><div><b>From: </b>Sara Pike
&lt;sara@choir.example&gt;</div><div><b>Subject: </b>Choir practice moves to Wednesdays</div><div><b>Date: </b>2 March
2025 at 18:40:00 GMT</div><br><div><div dir="ltr"><div>Dear all,</div><div><br></div><div>From next week choir practice
moves from Tuesday to Wednesday evenings, because the hall is being used for a keep-fit class on Tuesdays.</div>
<div><br></div><div>We will still start at half past seven and finish by nine, and the first practice on the new
night is on the twelfth.</div><div><br></div><div>Sara</div></div></div></blockquote></div></div></body></html>"""


@pytest.mark.parametrize("note", ["<div>Is this the one you wanted to join?</div>",
                                  "<div>See below.</div><div>We could share a lift on Wednesdays.</div>"])
def test_a_forwarders_own_lines_over_the_forwarded_message_are_read(note: str) -> None:
    """Apple Mail's forward: the sender's own line over "Begin forwarded message:" was lost, the extractor keeping the
    forwarded message's box alone. The few lines above it, its header taken out, open the reading."""
    from lxml import html as lxml_html

    lines = [element.text_content() for element in lxml_html.fragment_fromstring(note, create_parent="div")]
    texts = kept(_html(_FORWARD.format(note=note), "forward.html"))
    assert texts[:len(lines) + 1] == [*lines, "Dear all,"]
    assert not any("mail.example" in text or "Begin forwarded" in text for text in texts)


def test_a_web_archives_bar_over_a_short_capture_is_not_read() -> None:
    """archive.today's bar over its copy ("webpage capture", "Saved from", the capture's time) was read over a short
    post: a web archive's page drops its own box before the one holding the copy."""
    page = ('<html><head><meta property="og:site_name" content="archive.today"/><title>Ferry timetable changes from '
            'April</title></head><body><center><div id="HEADER"><table><tr><td><a href="#"><div>archive</div><div>'
            '.today</div><div>webpage capture</div></a></td><td><table><tr><td>Saved from</td><td><a href="#">history'
            '</a></td></tr><tr><td></td><td><span>20 Mar 2025 09:12:00 UTC</span></td></tr></table></td><td><a '
            'href="#">All snapshots</a><span> from host </span><b>www.islandnews.example</b></td></tr></table></div>'
            '</center><div id="CONTENT"><div class="html1"><div><a href="#">Island News</a> <a href="#">About</a>'
            '</div><div>' + _STORY.format(line="<p>Published 11 March 2025</p>") + "</div></div></div></body></html>")
    texts = kept(_html(page, "capture.html"))
    assert texts[0].startswith("The ferry to the island") and not any("capture" in text for text in texts)


_PAGE_OF_LETTERS = """The Dale Courier
News
Sport
Letters
{name}
{first}
Our library is the only place in the village where children can do their homework with a quiet table and the internet.
Ann Brook, Upper Dale
Thanks to the stranger on the morning bus
Thanks to whoever found my purse on the bus last Tuesday and handed it in with every penny still inside it.
Sam Pike, Dale End
Most popular
Road closed for repairs
"""


@pytest.mark.parametrize("name", ["Your letters: 3 March 2025", "Readers write: March 3, 2025"])
def test_a_pages_name_and_day_after_a_colon_is_the_title(name: str) -> None:
    """"Your letters: 14 February 2025" was no page's name for want of a third word before the day, and the paper's
    name at the top was the title: before a colon two words will do."""
    document = pasted(_PAGE_OF_LETTERS.format(name=name, first="Save the village library"), "letters.txt")
    assert (document.meta.title, document.meta.published) == (name, "2025-03-03")


@pytest.mark.parametrize("stamp", ["Last updated: 3 March 2025", "Published on: 3 March 2025"])
def test_a_stamp_before_a_colon_is_no_pages_name(stamp: str) -> None:
    """"Last updated: 3 March 2025" is a stamp, not the page's name and day."""
    assert pasted(_PAGE_OF_LETTERS.format(name=stamp, first="Save the village library"),
                 "letters.txt").meta.title != stamp


def test_the_first_letters_heading_naming_a_place_is_read() -> None:
    """"Keep the crossing guard at Church Lane" over the first letter was lost: a section's name was plain words of a
    few, and this one names a place and runs to seven, as the next letter's heading does."""
    first = "Keep the bus stop at Dale End open"
    texts = kept(pasted(_PAGE_OF_LETTERS.format(name="Your letters: 3 March 2025", first=first), "letters.txt"))
    assert texts[0] == first


_QUESTION = """Skip to main content
Garden Answers
Questions
Ask Question
Why are my tomato leaves turning yellow from the bottom up?
Asked 3 days ago
Viewed 88 times
The lower leaves on all six of my tomato plants have gone yellow this week, and now the next ones up are turning too.
They are in grow bags in a greenhouse, and I water them every evening. Is this a disease, or am I overwatering?
tomatoes greenhouse
Share
Improve this question
asked Jul 2, 2025 at 19:40
firstyear_grower
{label}
It sounds like they are hungry, not ill. Grow bags run out of nitrogen by midsummer, so the plant robs its old leaves.
Feed them with a tomato feed once a week, and pick off the yellow leaves so the air can move round the stems.
Share
answered Jul 3, 2025 at 7:15
allotment_annie
Your Answer
Post Your Answer
"""


@pytest.mark.parametrize("label", ["Accepted answer", "Best answer"])
def test_a_questions_chosen_answer_is_read_without_a_count(label: str) -> None:
    """A Q&A page with no "2 Answers" line, only "Accepted answer" over the one chosen: the answer was lost."""
    texts = kept(pasted(_QUESTION.format(label=label), "question.txt"))
    assert texts == [*_QUESTION.splitlines()[7:9], *_QUESTION.splitlines()[15:17]]


@pytest.mark.parametrize("farewell", ["See you on the water,", "See you next week,"])
def test_a_list_then_a_farewell_close_a_letter(farewell: str) -> None:
    """A bulletin ending on a list of checks, then "See you on the road," and the name: the list and the close were
    lost, the farewell no sign-off the table knew. "See you" and a few words, alone over the name, is one."""
    tail = "Before the first outing, please check:\nYour buoyancy aid fits\nYour boat's drain plug is in"
    page = _NEWSLETTER.format(tail=tail, footer="© 2025 Elm Vale Rowing Club").replace("With best wishes,", farewell)
    texts = kept(pasted(page, "bulletin.txt"))
    assert texts[-6:] == [*tail.splitlines(), farewell, "Ruth Kay", "Club secretary"]


def test_see_you_in_a_sentence_is_no_sign_off() -> None:
    from narrator.clean.signoffs import is_sign_off

    assert is_sign_off("See you on the road,")
    assert not is_sign_off("See you on the road, and bring a pump.")
    assert not is_sign_off("See you on the road")


_REPORT = """Hillside Allotment Society
Home
News
Reports
Contact
Secretary's report for 2024
The society let every one of its 48 plots this year, and the waiting list has grown to 19 names.
The new water troughs were fitted in April, paid for by the plant sale and a grant from the parish council.
We thank everyone who came to the two work mornings, when the hedges and the main path were cleared.
{signed}
Back to reports
© 2025 Hillside Allotment Society
"""


@pytest.mark.parametrize("signed", ["Tom Hale, Secretary", "Ann Marie Cole, Parish Clerk"])
def test_a_reports_signature_with_an_office_is_read(signed: str) -> None:
    """"Mary Okoro, Treasurer" under a society's report was lost, the page naming no author to match it: a name and
    an office after a comma sign the report."""
    assert kept(pasted(_REPORT.format(signed=signed), "report.txt"))[-1] == signed


def test_a_name_and_a_town_under_a_report_is_no_office() -> None:
    assert kept(pasted(_REPORT.format(signed="Ann Brook, Upper Dale"), "report.txt"))[-1] != "Ann Brook, Upper Dale"


def test_a_releases_name_in_full_over_its_number_alone_is_the_title() -> None:
    """"Release 1.4.2" over "1.4.2", then who released it and when: the name in full is the title."""
    page = ("Skip to content\nProjects\nGroups\nSign in\nharbourlabs / knotter\nReleases\nRelease 3.1.0\n3.1.0\n"
            "Released 2025-03-12\nKnotter 3.1 is a small release, and most of the work in it went into how rope files "
            "are read.\nOlder files still open, but the program warns you about each knot it could not place.\n"
            "Thanks to everyone who sent us their broken files over the winter.\nAssets\nSource code (zip)\n")
    assert pasted(page, "release.txt").meta.title == "Release 3.1.0"
