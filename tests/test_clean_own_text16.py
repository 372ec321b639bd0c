"""Twenty-five texts of the text path's left classes and new forms (issue #10, h94's wave): a debate's record, a
judgment's header, a channel copy of two messages, an FAQ whose lead says "send us a message", a link aggregator's
item, a Lemmy and a kbin post, a release's commit list, a funeral notice, a masthead, show notes' chapters, hashtags, a
Mastodon thread, a Goodreads review, a classified ad, a church bulletin, a school newsletter, a status page's incident,
an Etsy listing, a Strava activity and a writer's own notes (tests/fixtures/own_text16), their expectations written
before they first ran; the harness is own_text4's."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.clean.lines import make_line
from tests.own_text4 import dump_tests, expectations, kept, pasted, report

FIXTURES = Path(__file__).parent / "fixtures" / "own_text16"
DUMPS = sorted(expectations(FIXTURES))

# Dumps still read wrong, each with what is wrong: a strict xfail, so one that starts to pass fails until moved out.
_STILL_WRONG: dict[str, str] = {}


globals().update(dump_tests(DUMPS, _STILL_WRONG, FIXTURES))


# --- each class, on small texts of our own -------------------------------------------------------------------------

_RECORD = """Hansard
Volume 712: debated on Monday 9 February 2026
Harbour Dredging
Column 88
4.15 pm
{speaker}
The harbour has silted so badly that the lifeboat cannot launch at low tide, and fishermen lose two hours a day.
{clerk}
The Minister for Ports (Ruth Evans)
I will ask the harbour authority to bring the dredging forward to the spring.
"""


@pytest.mark.parametrize(("speaker", "clerk"), [
    ("Owen Price (Pembroke Coast) (PC)", "Hon. Members: Hear, hear."),
    ("Mrs Ann Lee (Fishguard) (Lab/Co-op)", "4.21 pm"),
    ("Mr Price", "Column 89"),
])
def test_a_debates_record_reads_its_speeches_only(speaker: str, clerk: str) -> None:
    document = pasted(_RECORD.format(speaker=speaker, clerk=clerk))
    assert (document.meta.title, document.meta.authors, document.meta.published) == (
        "Harbour Dredging", (), "2026-02-09")
    assert kept(document) == ["The harbour has silted so badly that the lifeboat cannot launch at low tide, and "
                              "fishermen lose two hours a day.",
                              "I will ask the harbour authority to bring the dredging forward to the spring."]


@pytest.mark.parametrize("text", [
    # a writer's own text that names a column and a time on lines of their own: no record's volume, no debate
    "Cash book\nColumn 3\nThe totals in column three did not add up.\nWe checked every receipt twice.\n",
    "Bell ringing\nColumn 4\nWe rang the bells for an hour on Sunday.\nMr Price\nHe rang the tenor bell.\n",
])
def test_a_text_that_is_no_record_keeps_its_lines(text: str) -> None:
    lines = kept(pasted(text))
    assert "Column 3" in lines or ("Column 4" in lines and "Mr Price" in lines)


@pytest.mark.parametrize("stamps", [("Ann Lee — Today at 9:02 AM", "Tom Hart — Today at 9:10 AM"),
                                    ("Ann — 03/03/2026 7:45 PM", "Tom — 03/03/2026 7:52 PM")])
def test_two_messages_with_the_apps_stamps_are_a_channel_copy(stamps: tuple[str, str]) -> None:
    text = f"{stamps[0]}\nThe hall is booked for Thursday at seven.\n{stamps[1]}\nThanks, I will bring the urn.\n"
    assert kept(pasted(text)) == ["The hall is booked for Thursday at seven.", "Thanks, I will bring the urn."]


def test_a_writers_log_of_two_stamped_lines_is_read() -> None:
    """"Ann 9:14 AM" over a line, twice: the guard of stamps.py, a writer's own log, every line read."""
    text = ("Flood log\nAnn 9:14 AM\nWent down to the river to see the flood.\nTom 9:40 AM\n"
            "The water is over the path.\n")
    assert {"Ann 9:14 AM", "Tom 9:40 AM"} <= set(kept(pasted(text)))


@pytest.mark.parametrize("line", [
    "Yes. If a plant arrives damaged, send us a photo within seven days and we will replace it or refund you.",
    "If your parcel has not arrived after ten days, send us the order number and we will trace it.",
    "She would send us a postcard from every town on the tour.",
])
def test_send_us_inside_an_answers_sentence_is_no_prompt(line: str) -> None:
    assert not make_line(0, line, 0).cta


@pytest.mark.parametrize("line", ["Send us your photos of the snow.", "Got a story? Send us an email.",
                                  "Can't find your answer? Send us a message and we'll reply within a day.",
                                  "Please send us your stories."])
def test_send_us_opening_its_sentence_is_a_prompt(line: str) -> None:
    assert make_line(0, line, 0).cta


_DAY = "{head}\n3 March 2026\n\nThe river rose overnight, and the lower streets flooded.\n\nSchools stayed shut.\n"


@pytest.mark.parametrize(("head", "title", "authors"), [
    ("Rural Post Offices", "Rural Post Offices", ()),
    ("Village Bus Services", "Village Bus Services", ()),
    ("Ann Lee", "Page", ("Ann Lee",)),  # guards: a given name over the day is the writer's
    ("Dr Omar Haddad", "Page", ("Dr Omar Haddad",)),
])
def test_words_over_the_day_opening_on_no_given_name_are_the_title(
        head: str, title: str, authors: tuple[str, ...]) -> None:
    meta = pasted(_DAY.format(head=head)).meta
    assert (meta.title, meta.authors, meta.published) == (title, authors, "2026-03-03")


_JUDGMENT = """Neutral Citation Number: [2026] EWCA Civ 88
Case No: CA-2025-001204
IN THE COURT OF APPEAL (CIVIL DIVISION)
Date: 12/01/2026
Before:
LORD JUSTICE PRICE
Between:
{parties}
Mr Tom Hart (instructed by Lee & Co) for the Appellant
Approved Judgment
1. The appeal concerns a boundary hedge between two farms, which each side says the other must cut.
2. For the reasons below, the appeal is dismissed.
"""


@pytest.mark.parametrize(("parties", "title"), [
    ("ANN LEE\nAppellant\n- and -\nTOM HART\nRespondent", "Ann Lee v Tom Hart"),
    ("Lee Farms Ltd\nAppellant\nand\nHart Estates Ltd\nRespondent", "Lee Farms Ltd v Hart Estates Ltd"),
    ("Lee Farms Ltd v Hart Estates Ltd", "Lee Farms Ltd v Hart Estates Ltd"),
])
def test_a_judgments_header_is_its_parties_and_its_date(parties: str, title: str) -> None:
    document = pasted(_JUDGMENT.format(parties=parties))
    assert (document.meta.title, document.meta.published) == (title, "2026-01-12")
    assert kept(document) == ["1. The appeal concerns a boundary hedge between two farms, which each side says the "
                              "other must cut.", "2. For the reasons below, the appeal is dismissed."]


def test_a_text_opening_on_a_case_number_without_parties_is_read() -> None:
    """A writer's note that opens on its case number, with no "Between:": no judgment's header, every line read."""
    text = "Case No: 4471\nThe boiler was replaced on Tuesday.\nThe engineer will come back in a month.\n"
    assert kept(pasted(text))[-2:] == ["The boiler was replaced on Tuesday.", "The engineer will come back in a month."]


_PAPER = "THE VALLEY TIMES\n{bar}\nFlood barrier opens\n{by}\nThe new flood barrier on the river opened this " \
         "morning after two years of work.\nIt cost four million pounds.\n"


def test_a_bar_of_sections_over_a_headline_and_byline_is_the_pages() -> None:
    document = pasted(_PAPER.format(bar="News | Sport | Farming | Jobs", by="By Tom Hart"))
    assert (document.meta.title, document.meta.authors) == ("Flood barrier opens", ("Tom Hart",))
    assert kept(document)[0].startswith("The new flood barrier")


@pytest.mark.parametrize("text", [
    "Kit list\nTent | Stove | Map | Torch\nWe packed the night before and were on the road by six.\nIt rained.\n",
    "Driving rota\nMon | Tue | Wed | Thu\nAnn drives on Monday and Tom on Tuesday, and we share the rest.\n",
])
def test_a_writers_own_line_of_pipes_is_read(text: str) -> None:
    """No byline under it: a list's heading line of the writer's, read."""
    assert text.split("\n")[1] in kept(pasted(text))


def test_a_name_over_the_years_of_a_life_is_the_notices_title() -> None:
    text = ("Hill & Sons Funeral Directors\nHome\nObituaries\nContact\nJohn Arthur Price\n1938 – 2026\n"
            "John Arthur Price, of Builth Wells, died peacefully on 1 March 2026, aged 87.\n"
            "He farmed at Cefn for sixty years and sang in the chapel choir.\n"
            "Share this obituary\nSign the guestbook\n")
    assert pasted(text).meta.title == "John Arthur Price"


def test_a_site_name_run_into_its_menu_bar_is_no_title() -> None:
    """A table row copied whole: the site's name and its login run into the bar of links, over the item's title."""
    text = ("Hacker News new | past | comments | ask | show | jobs | submit login\n"
            "The village that bought its pub (example.com)\n"
            "61 points by ann_l 2 hours ago | hide | past | favorite | 12 comments\n"
            "tom_h 1 hour ago | next [–]\n"
            "Ours did the same in 2019, and the pub now hosts the post office two mornings a week.\nreply\n")
    assert pasted(text).meta.title == "The village that bought its pub"


@pytest.mark.parametrize("season", ["Spring 2026", "Summer Term 2026", "Autumn 2025"])
def test_a_newsletters_season_stays_in_its_title(season: str) -> None:
    text = (f"Ysgol Bryn Newsletter – {season}\nDear parents and carers,\nThe choir sang at the county festival "
            "and came second.\n")
    assert pasted(text).meta.title == f"Ysgol Bryn Newsletter – {season}"


@pytest.mark.parametrize(("last", "authors"), [
    ("Mrs Carys Lloyd\nHeadteacher", ("Mrs Carys Lloyd",)),
    ("Owen Price\nChair of Governors", ("Owen Price",)),
    ("Thank you all\nHeadteacher", ()),  # guard: no name over the office
    ("Mrs Carys Lloyd\nSee you in April", ()),  # guard: no office under the name
])
def test_a_name_over_an_office_closing_the_text_signs_it(last: str, authors: tuple[str, ...]) -> None:
    text = f"Spring news\nThe choir sang at the county festival and came second.\nThe fair raised £400.\n{last}\n"
    document = pasted(text)
    assert document.meta.authors == authors and kept(document)[-1] == last.split("\n")[-1]


if __name__ == "__main__":
    report(FIXTURES)
