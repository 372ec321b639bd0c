"""Eighteen texts of the classes own_text37 left (tests/fixtures/own_text38, issue #10), their expectations written
before they first ran: short page dumps with a menu on top and a copyright or cookie line under them (a village hall's
news, a fell running club's appeal) and a cake's note that opens on its ingredients; forum threads whose poster stands
over their rank and count of posts, a reply under the first post (an allotment forum, a canal boat forum) and a single
post; photo and status pages with no heading under a site's name the footer shows again (Fernloft, Mossgate) and a
bee group's letter signed with its name; models and patterns under their maker's handle over "Download" or "Print"
(Thingiverse, MakerWorld) and a pattern whose category stands there; reviews signed with a first name, an initial and
a town (Checkatrade, a trusted traders' site) and a review by two writers; ticket pages with the event's day over its
venue and no hour (Ticketline, a theatre) and a walk's note dated on its day.

FIRST READING: 5 of 18 right; the tuned two thirds 3 of 12, the kept third (checkatrade_review, makerworld_model,
own_baking_note, pattern_download_page, theatre_listing, trustedtraders_review) 2 of 6. One expectation was brought to
the house's form: a forum post's "Thanks in advance." under its question is left out, as a sign-off. The tuned misses
by class: a forum poster's handle over their rank and count named no writer (three); a site's name over its menu, alone
again in the footer, titled a post with no heading (two); a fell club's page with a three-entry menu and a footer was
read whole (one); a story's last line over the footer's "© 2026 Holmbridge Village Hall" was taken for a photo's
caption over its credit, and lost (one); a maker's handle over "Download All Files" named no writer (one); a ticket
page's day over its venue and "Tickets", no hour, dated the page (one).

After the rules: 18 of 18; tuned 12 of 12, kept third 6 of 6. The kept third's four misses were of the classes the
rules were written for: a maker's handle over "Print" (makerworld_model), a theatre's day over its venue and "Book
tickets" (theatre_listing), and two reviews signed "Reviewed by Martin K, Knaresborough" / "Review by Priya S, Otley"
whose town was read as a second writer and whose title was the site's menu or the trade's name, not the review's own
heading. The tuned part held only the reviewers' near miss (two full names): the two review rules were written from
own_text37's ratedpeople_review, a known miss there, and the class tests below. The rules also read own_text37's
mse_forum_post, printables_model, songkick_concert, ratedpeople_review and gransnet_thread."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.bylines import authors_from, before_next_post
from narrator.clean.inserts import _DATED_RIGHTS, is_caption
from narrator.clean.lines import Line, make_line
from narrator.clean.pagedates import _TICKETS, dates_an_event
from narrator.clean.pagedump import _FOOTER
from narrator.clean.textmeta import _MAKERS_BUTTON, _POST_COUNT, _REVIEW_BY, _review_heading
from tests.own_text4 import dump_tests, expectations, kept, pasted, read_or_refuse
from tests.sweeps import check_linear

FIXTURES = Path(__file__).parent / "fixtures" / "own_text38"
TEXTS = sorted(expectations(FIXTURES))

# Texts still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {}

globals().update(dump_tests(TEXTS, _STILL_WRONG, FIXTURES))


def _lines(texts: list[str]) -> list[Line]:
    return [make_line(i, text, i) for i, text in enumerate(texts)]


_STORY = ("{title}\nThe hall's boiler was replaced in the autumn, after forty winters of service and three repairs.\n"
          "The new one heats the main hall in half an hour, so the Tuesday club can start at ten again.\n"
          "{last}\n")
_LAST = "The old boiler went for scrap, and the money paid for a new urn."


# --- a short page dump: a menu on the first lines and a footer's rights or cookies under the story ------------------

@pytest.mark.parametrize(("menu", "footer", "dump"), [
    ("News\nRaces\nResults\n", "This site uses cookies to count visits.\nCopyright Calder Fell Runners 2026\n", True),
    ("Home\nHire\nEvents\nContact\n", "© 2026 Holmbridge Village Hall\nAll rights reserved\n", True),
    ("About\nServices\nBlog\n", "All rights reserved.\n", True),
    ("Home\nWhat's on\nHire us\n", "Privacy\n© Marsden Mechanics 2026\n", True),
    ("Shop\nJournal\nAbout\n", "Copyright 2026 Bramblecote\n", True),
    # guards: a menu alone, no footer; a list of ingredients under no title
    ("News\nRaces\nResults\n", "", False),
    ("Eggs\nFlour\nButter\n", "", False),
])
def test_a_menu_over_a_footer_is_a_page(menu: str, footer: str, dump: bool) -> None:
    """A fell club's page, "News" / "Races" / "Results" / "Kit" over its appeal and "Copyright Calder Fell Runners
    2026" under it, was read whole, its menu and footer as the writer's."""
    texts = kept(pasted(menu + _STORY.format(title="The new boiler", last=_LAST) + footer, "page.txt"))
    entries = menu.split("\n")[1:-1]  # (the first line may title a text)
    assert all((entry not in texts) is dump for entry in entries)
    assert _LAST in texts


@pytest.mark.parametrize(("footer", "caption"), [
    ("© 2026 Holmbridge Village Hall", False),
    ("© 2025 Calder Fell Runners", False),
    ("© 1998 Bramblecote Crafts", False),
    # guards: a photo's credit with no year; a dated credit over more of the story
    ("© Getty Images", True),
])
def test_the_footers_rights_are_no_photos_credit(footer: str, caption: bool) -> None:
    """A village hall's news ended "We still meet on Wednesdays ..." right over "© 2026 Holmbridge Village Hall": the
    story's last line was taken for a photo's caption over its credit, and lost."""
    lines = [make_line(i, text, 0) for i, text in enumerate(
        ["The hall", "We meet on Wednesdays from two until four.", footer, "All rights reserved"])]
    assert is_caption(lines, 1) is caption


def test_a_dated_credit_mid_story_still_credits_its_caption() -> None:
    lines = [make_line(i, text, 0) for i, text in enumerate(
        ["The hall", "The new boiler in the cellar.", "© 2026 Ann Lee", "It heats the hall fast.",
         "The club starts at ten.", "The urn is new.", "Teas are a pound."])]
    assert is_caption(lines, 1)


# --- a forum poster's handle over their rank and count of posts; a reply under the first post ----------------------

_THREAD = ("Forum\nGallery\nSign in\nRegister\nPruning an old Bramley in December\n{handle}\n{rank}\n{count}\n"
           "3 December 2026 at 7:12PM\n"
           "The Bramley at the end of our plot has not been pruned for years and the middle is a tangle.\n"
           "I plan to take out no more than a quarter this winter, starting with the dead wood.\n"
           "Is December too early, or should I wait for a dry spell in January?\nQuote\nReply\n")


@pytest.mark.parametrize(("handle", "rank", "count", "authors"), [
    ("meadowsweet", "Senior Member", "Posts: 2,114", ("meadowsweet",)),
    ("quernstone", "Regular", "Posts: 431", ("quernstone",)),
    ("threadbare_pat", "Newbie", "Posts: 3", ("threadbare_pat",)),
    ("oldroots77", "Forumite", "Posts 88", ("oldroots77",)),
    ("Helen Price", "Moderator", "Posts: 12,040", ("Helen Price",)),
    # guards: a count with no number; a rank that is a sentence
    ("meadowsweet", "Senior Member", "Posts: many", ()),
    ("meadowsweet", "She has grown apples for years.", "Posts: 214", ()),
])
def test_a_handle_over_its_rank_and_count_names_the_poster(handle: str, rank: str, count: str,
                                                            authors: tuple[str, ...]) -> None:
    """An allotment forum's "meadowsweet" / "Senior Member" / "Posts: 2,114" over the first post named no writer."""
    text = _THREAD.format(handle=handle, rank=rank, count=count)
    assert pasted(text, "thread.txt").meta.authors == authors


@pytest.mark.parametrize(("reply", "cut"), [
    ("Pearlygates Fri 04-Dec-26 10:30:05", True),
    ("knitwit_jo Sat 05-Dec-26 09:01:12", True),
    ("MorwennaB · 04/12/2026 11:02", True),
    # guards: a line of the post that names a day; a notice's closing time
    ("The baby is due on Fri 04-Dec-26, they say.", False),
    ("Closes Fri 04-Dec-26 17:00", False),
])
def test_a_reply_under_the_first_post_ends_it(reply: str, cut: bool) -> None:
    """A Gransnet thread's second poster's "Pearlygates Fri 04-Dec-26 10:30:05" and her reply were read with the first
    post."""
    lines = _lines(["Knitting for the new baby", "Hedgerowgran Fri 04-Dec-26 10:12:44", "I have knitted eleven.",
                    "My husband says stop.", reply, "Knit bigger ones!"])
    assert (before_next_post(lines, 2, 5) == 3) is cut


def test_no_posters_header_over_the_body_cuts_nothing() -> None:
    lines = _lines(["Knitting", "By Ann Lee", "I have knitted eleven.", "My husband says stop.",
                    "Pearlygates Fri 04-Dec-26 10:30:05", "Knit bigger ones!"])
    assert before_next_post(lines, 2, 5) == 5


# --- a site's name over its menu and alone again in the footer titles no post -------------------------------------

_POST = ("{name}\nExplore\nUpload\nSign in\nkitewatcher_tom\n"
         "A red kite turning over the ridge above the reservoir, with the last of the sun on its tail.\n"
         "There were four of them working the slope, and this one came low enough to see its eye.\n"
         "12 favourites\n{footer}\nAbout · Help · Terms\n")


@pytest.mark.parametrize(("name", "footer", "title"), [
    ("Fernloft", "Fernloft", "Kite photo"),
    ("Mossgate", "Mossgate", "Kite photo"),
    ("Shutterling", "Shutterling", "Kite photo"),
    ("Wild Lens", "Wild Lens", "Kite photo"),
    # guards: a first line the footer does not repeat; the footer's name within a longer line
    ("Fernloft", "Privacy", "Fernloft"),
    ("Fernloft", "Fernloft Ltd", "Fernloft"),
])
def test_a_sites_name_in_its_footer_titles_nothing(name: str, footer: str, title: str) -> None:
    """A photo page with no heading under "Fernloft" and its menu, "Fernloft" again in the footer: the site's name
    titled it."""
    assert pasted(_POST.format(name=name, footer=footer), "kite_photo.txt").meta.title == title


def test_a_groups_letter_signed_with_its_name_keeps_it_for_title() -> None:
    text = ("Lindley Bee Group\nThe hives are wrapped for winter, and every colony is heavy with stores.\n"
            "We meet again on the second Tuesday in January at the church hall.\nLindley Bee Group\n")
    assert pasted(text, "letter.txt").meta.title == "Lindley Bee Group"


# --- a maker's handle under the work's name, over its buttons -------------------------------------------------------

_MODEL = ("Models\nContests\nLog in\nCable clip for a desk edge\n{handle}\n{button}\nLike\nSummary\n"
          "I was tired of the charger cables sliding off the back of my desk every time I stood up.\n"
          "This clip pushes onto a desk edge up to 25 mm thick and holds three cables side by side.\nComments\n")


@pytest.mark.parametrize(("handle", "button", "authors"), [
    ("deskgnome", "Download All Files", ("deskgnome",)),
    ("gardenprints_uk", "Print", ("gardenprints_uk",)),
    ("Ffion_makes", "Download", ("Ffion_makes",)),
    ("bench42", "Remix", ("bench42",)),
    # guards: a category under the name; a handle over no button
    ("Christmas", "Download", ()),
    ("deskgnome", "Summary", ()),
])
def test_a_makers_handle_over_the_buttons_names_the_maker(handle: str, button: str, authors: tuple[str, ...]) -> None:
    """A Thingiverse model's "deskgnome" over "Download All Files" named no writer."""
    assert pasted(_MODEL.format(handle=handle, button=button), "model.txt").meta.authors == authors


# --- a reviewer's first name, initial and town ----------------------------------------------------------------------

@pytest.mark.parametrize(("byline", "authors"), [
    ("Review by Sheila D, Sleights", ("Sheila D",)),
    ("Reviewed by Martin K, Knaresborough", ("Martin K",)),
    ("Review by Tom H., Whitby", ("Tom H",)),
    ("Reviewed by Gwen T, Bala", ("Gwen T",)),
    ("Review by Jo K, Stoke-on-Trent", ("Jo K",)),
    # guards: two reviewers with their initials; two full names; a full name and a second full name
    ("Review by Sheila D, Tom H", ("Sheila D", "Tom H")),
    ("Review by Ann Lee and Bob Hart", ("Ann Lee", "Bob Hart")),
    ("By Sheila D, Ann Lee", ("Sheila D", "Ann Lee")),
])
def test_a_reviewers_town_is_no_second_writer(byline: str, authors: tuple[str, ...]) -> None:
    """A Rated People review's "Review by Sheila D, Sleights" named the town a writer too."""
    assert authors_from(make_line(0, byline, 0)) == authors


_REVIEW = ("Find a tradesperson\nGet quotes\nLog in\nCoastline Roofing\n4.9 (63 reviews)\n{byline}\n"
           "Posted 2 December 2026\n{heading}\n"
           "They came the day after the storm to put a tarpaulin over the chimney, and came back to do the work.\n"
           "The price was what they quoted, and they cleared every bit of old mortar off the garden.\n"
           "Was this review helpful?\n")


@pytest.mark.parametrize(("byline", "heading"), [
    ("Review by Sheila D, Sleights", "Chimney repointed and flashing replaced"),
    ("Reviewed by Martin K, Knaresborough", "New boiler fitted in a day"),
    ("Review by Priya S, Otley", "Oak crowned without a fuss"),
    ("Reviewed by Gwen T, Bala", "Septic tank emptied and the lid mended"),
])
def test_a_reviews_own_heading_under_its_reviewer_titles_it(byline: str, heading: str) -> None:
    """Rated People's review: its heading under "Review by Sheila D, Sleights" and its day; the site's menu over both
    ("Find a tradesperson") titled it."""
    assert pasted(_REVIEW.format(byline=byline, heading=heading), "review.txt").meta.title == heading


@pytest.mark.parametrize(("byline", "heading"), [
    ("By Sheila Dale", "Chimney repointed and flashing replaced"),  # a writer's byline, no review's
    ("Review by Sheila D, Sleights", "They came the day after the storm."),  # the review's first sentence
])
def test_no_reviews_heading_without_a_reviewer_and_a_heading(byline: str, heading: str) -> None:
    lines = _lines(["Coastline Roofing", byline, "Posted 2 December 2026", heading, "They did the work well."])
    assert _review_heading(lines, 1, 4) is None


# --- an event's day over its venue and its ticket button, no hour -------------------------------------------------

@pytest.mark.parametrize(("day", "venue", "button", "event"), [
    ("Friday 18 December 2026", "The Glasshouse, Gateshead", "Tickets", True),
    ("Thu 10 Dec 2026", "Stahl Theatre, Oundle", "Book tickets", True),
    ("Saturday 12 December 2026", "Howard Assembly Room, Leeds", "Buy tickets", True),
    ("Sun 3 Jan 2027", "Memorial Hall, Hebden Bridge", "Get tickets", True),
    # guards: a walk's day over its story; a day over its venue and a sentence
    ("Saturday 5 December 2026", "We set off from the station at nine.", "Tickets", False),
    ("Friday 18 December 2026", "The Glasshouse, Gateshead", "We had a lovely night.", False),
])
def test_an_events_day_over_its_venue_and_tickets_is_the_events(day: str, venue: str, button: str, event: bool) -> None:
    """A Songkick concert's "Saturday 12 December 2026" / "Howard Assembly Room, Leeds" / "Buy tickets" dated the
    page."""
    assert dates_an_event(_lines(["The Furrow Collective", day, venue, button, "About"]), 1) is event


def test_the_new_patterns_stay_linear() -> None:
    check_linear("buy ", small=300, read=lambda text: _TICKETS.match(text + "x"))
    check_linear("posts ", small=300, read=lambda text: _POST_COUNT.match(text + "1x"))
    check_linear("download ", small=300, read=lambda text: _MAKERS_BUTTON.match(text + "x"))
    check_linear("uses ", small=300, read=lambda text: _FOOTER.search(text + "x"))
    check_linear("© 20", small=300, read=lambda text: _DATED_RIGHTS.match(text))
    check_linear("review ", small=300, read=lambda text: _REVIEW_BY.match(text + "x"))
    check_linear("Ab-c", small=300, read=lambda text: authors_from(make_line(0, "Review by Sheila D, " + text + "!",
                                                                             0)))
    check_linear("Home\n", small=200, read=lambda text: read_or_refuse(
        text + "A line of the story here.\n© 2026 Hall\n"))
