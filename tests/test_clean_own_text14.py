"""Thirty texts of new forms (issue #10, h77's wave): users' own texts with a date or byline line under the title, a
title in capitals, one sentence, a numbered list; chat, reader and email exports, a debate's record, a judgment, a
press release, show notes, a sermon and a speech, a recipe; a newsletter post, a blog post, a professional network's
article, a forum's post, a link site's item and an encyclopedia's page as copied (tests/fixtures/own_text14), their
expectations written before they first ran; the harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.stamps import without_stamps
from tests.own_text4 import dump_tests, expectations, kept, pasted, report

FIXTURES = Path(__file__).parent / "fixtures" / "own_text14"
DUMPS = sorted(expectations(FIXTURES))

# Dumps still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {
    "speech_transcript": "'[Applause]' is read: own_text's d_applause reads a transcript's '(Applause)' as a line",
}


globals().update(dump_tests(DUMPS, _STILL_WRONG, FIXTURES))


# --- each class, on small texts of our own -------------------------------------------------------------------------

_DATED = """The orchard in winter
{under}

Every February we prune the old apple trees, cutting out the crossing branches so that light reaches the middle.

It is cold work, but the trees fruit better for it, and the cut wood goes to the stove in the shed.
"""


@pytest.mark.parametrize(("under", "published"), [("March 2026", "2026-03"), ("Sept. 2025", "2025-09"),
                                                  ("Spring 2026", None), ("Winter 2025/26", None)])
def test_a_month_or_season_under_the_title_dates_it_and_is_not_read(under: str, published: str | None) -> None:
    """A month or a season and its year alone under the title: when the writer wrote, not a line of the text."""
    document = pasted(_DATED.format(under=under))
    assert (document.meta.title, document.meta.published) == ("The orchard in winter", published)
    assert kept(document)[0].startswith("Every February")


def test_a_month_opening_a_diarys_entry_is_still_read() -> None:
    """A month over the lines of its own group opens a diary's entry: read, as each later month is."""
    text = ("Seed diary\n\nMarch 2026\nSowed the tomatoes indoors.\nPricked out the peppers.\n\n"
            "April 2026\nPlanted the potatoes.\nSowed the carrots under fleece.\n")
    assert "March 2026" in kept(pasted(text))


def test_a_sentence_naming_a_season_is_read() -> None:
    document = pasted(_DATED.format(under="Spring 2026 was the wettest anyone in the village can remember."))
    assert kept(document)[0].startswith("Spring 2026 was")


@pytest.mark.parametrize("byline", ["By Priya Shah, March 2026", "By Priya Shah | March 2026"])
def test_a_byline_dated_by_its_month_names_one_writer(byline: str) -> None:
    """"By Priya Shah, March 2026": the month dates the text; it is no second writer."""
    meta = pasted(_DATED.format(under=byline)).meta
    assert (meta.authors, meta.published) == (("Priya Shah",), "2026-03")


def test_two_writers_on_a_byline_are_both_named() -> None:
    assert pasted(_DATED.format(under="By Priya Shah, Ann Lee")).meta.authors == ("Priya Shah", "Ann Lee")


@pytest.mark.parametrize("name", ["Rev. Ann Lee", "Revd Ann Lee", "Dr Omar Haddad", "Cllr Ruth Evans"])
def test_a_name_after_a_title_over_the_day_is_the_byline(name: str) -> None:
    """A minister's or an officer's title before the name ("Rev. Ann Lee") over the day: the byline, as signed."""
    meta = pasted(_DATED.format(under=f"{name}\nSunday 1 March 2026")).meta
    assert (meta.authors, meta.published) == ((name,), "2026-03-01")


def test_a_name_alone_over_paragraphs_is_still_read() -> None:
    """Without a day or a label under it, a name under the title is read (a heading, or the text's first line)."""
    assert kept(pasted(_DATED.format(under="\nTom Hart")))[0] == "Tom Hart"


def test_a_speechs_label_is_not_read_and_its_speaker_is_the_author() -> None:
    document = pasted(_DATED.format(under="Amara Quinn\nCheck against delivery"))
    assert document.meta.authors == ("Amara Quinn",) and kept(document)[0].startswith("Every February")


def test_a_sentence_on_checking_delivery_is_read() -> None:
    line = "Please check against delivery notes before you sign for any parcel."
    assert line in kept(pasted(_DATED.format(under=f"\n{line}")))


@pytest.mark.parametrize("mark", ["---------- Forwarded message ---------", "Begin forwarded message:",
                                  "-----Original Message-----"])
def test_a_forwarded_mails_header_names_it(mark: str) -> None:
    """A mail client's mark over the header it forwards: the header still gives the subject, sender and day."""
    text = (f"{mark}\nFrom: Ann Lee <ann.lee@example.org>\nDate: Tue, 3 Mar 2026 at 09:14\n"
            "Subject: Change to the bin collections\nTo: Residents <residents@example.org>\n\n"
            "The council has written to say that the green bins will be collected every other Tuesday.\n")
    document = pasted(text)
    meta = document.meta
    assert (meta.title, meta.authors, meta.published) == ("Change to the bin collections", ("Ann Lee",), "2026-03-03")
    assert not any(mark in text for text in kept(document))


_NOTE = """Garden jobs for March

Sow the broad beans in the cold frame once the soil has warmed up a little.
Mulch the roses with the manure from the stables on Mill Lane.
{last}
"""


@pytest.mark.parametrize("last", ["Edited 3 Mar 2026", "Last edited 09:14", "Labels: garden",
                                  "Edited 3 Mar 2026\nLabels: garden, jobs"])
def test_a_notes_apps_closing_fields_are_not_read(last: str) -> None:
    assert kept(pasted(_NOTE.format(last=last)))[-1].startswith("Mulch the roses")


@pytest.mark.parametrize("last", ["Edited by Ann Lee.", "Labels: the seed packets have faded, so write new ones."])
def test_a_writers_last_line_on_editing_or_labels_is_read(last: str) -> None:
    assert kept(pasted(_NOTE.format(last=last)))[-1] == last


def test_a_notes_field_inside_the_text_is_read() -> None:
    text = _NOTE.format(last="Labels: garden\nCut back the grasses before the new shoots come through.")
    assert "Labels: garden" in kept(pasted(text))


_CHANNEL = """{stamp_a}
The compost delivery is coming on Saturday morning, so we need three people with wheelbarrows from nine.
:seedling: 3  :raised_hands: 2
{stamp_b}
I can do nine until eleven, and I will bring the big barrow from the shed. (edited)
3 replies
{stamp_c}
Count me in too, I will bring gloves for anyone who forgets theirs.
Message #garden-volunteers
"""
_MESSAGES = ["The compost delivery is coming on Saturday morning, so we need three people with wheelbarrows from nine.",
             "I can do nine until eleven, and I will bring the big barrow from the shed.",
             "Count me in too, I will bring gloves for anyone who forgets theirs."]


@pytest.mark.parametrize("stamps", [("Ann Lee  9:02 AM", "Tom Hart  9:15 AM", "Priya Shah  9:40 AM"),
                                    ("Ann Lee — Today at 9:02 AM", "Tom Hart — Today at 9:10 AM",
                                     "Priya Shah — Yesterday at 21:40"),
                                    ("ann.lee  09:02", "tom_hart  09:15", "priya  09:40")])
def test_a_channel_copy_is_read_as_its_messages(stamps: tuple[str, str, str]) -> None:
    """A channel's copy: each sender and time over the message, the app's reactions, marks and message box between:
    the messages are read, without "(edited)"."""
    text = _CHANNEL.format(stamp_a=stamps[0], stamp_b=stamps[1], stamp_c=stamps[2])
    assert kept(pasted(text, "channel.txt")) == _MESSAGES


def test_two_timed_lines_are_no_channel_copy() -> None:
    """Two names and times ("Ann Lee  9:02 AM") may be a writer's own log: under three, every line is read."""
    text = "Ann Lee  9:02 AM\nThe hall is open.\n3 replies\nTom Hart  9:15 AM\nThanks, I will bring the urn.\n"
    assert "3 replies" in kept(pasted(text, "log.txt"))


def test_a_blogs_comments_under_their_days_and_times_are_no_channel_copy() -> None:
    """"22 July 2026 at 16:25" over each comment is a day and a clock, no sender: the comments are not a channel's."""
    comments = [line for n in range(3) for line in (f"2{n}. Juli 2026 at 16:2{n}", "Lovely walk, thank you.",
                                                     f"Today at 9:0{n}", "Thanks!")]
    assert without_stamps([comments]) == [comments]


_CLIPPINGS = """The Winter Harbour (Mara Quinn)
- Your Highlight on page 12 | Location 180-182 | Added on Thursday, 3 December 2026 21:14:05

The harbour froze only once in living memory, and the old men still argue about which year it was.
==========
The Winter Harbour (Mara Quinn)
- Your Highlight on page 40 | Location 611-613 | Added on Thursday, 3 December 2026 21:30:12

She kept the lamp lit every night, not because ships still came, but because her mother had.
==========
"""


def test_a_kindles_clippings_are_read_as_the_books_highlights() -> None:
    document = pasted(_CLIPPINGS, "My Clippings.txt")
    assert (document.meta.title, document.meta.authors) == ("The Winter Harbour", ("Mara Quinn",))
    assert kept(document) == ["The harbour froze only once in living memory, and the old men still argue about "
                              "which year it was.", "She kept the lamp lit every night, not because ships still "
                              "came, but because her mother had."]


def test_a_row_of_equals_signs_in_a_writers_text_is_left_alone() -> None:
    text = "Results\n\nThe first heat was won by Ann Lee (Fenwick).\n==========\nThe final was rained off.\n"
    assert kept(pasted(text))[-1] == "The final was rained off."


_ENCYCLOPEDIA = """Jump to navigation
Jump to search
Fenwick Castle
From Wikipedia, the free encyclopedia
Fenwick Castle is a ruined castle near the village of Fenwick in Northumberland. It was built in the 13th century.
Contents
1 History
2 Architecture
3 References
{heading}
The castle was besieged twice in the fourteenth century and was left to fall into ruin after 1600.
Architecture[edit]
Only the gatehouse and part of the curtain wall still stand, to a height of about twelve metres.
References[edit]
Categories: Castles in Northumberland
"""


def test_the_first_heading_under_a_table_of_contents_is_read() -> None:
    """The contents are not read; the first section's heading under them, which they list, is."""
    texts = kept(pasted(_ENCYCLOPEDIA.format(heading="History[edit]")))
    assert "History" in texts and "1 History" not in texts and "Contents" not in texts


def test_a_line_under_the_contents_that_they_do_not_list_is_no_heading() -> None:
    assert "Early days" not in kept(pasted(_ENCYCLOPEDIA.format(heading="Early days")))


if __name__ == "__main__":
    report(FIXTURES)
