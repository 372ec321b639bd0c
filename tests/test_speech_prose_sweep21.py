"""A twenty-first author's sweep (issue #10, h75): dates, times, numbers, phone numbers, addresses and scores as people
write them (dotted times, countdowns, zones, listings; ISO weeks, quarters, centuries, ranges, numeric dates by region;
short codes and phone numbers; postcodes, units and PO boxes; scores, figures, degree classes; counts, ages and
decades), each read in its article's language tag and compared with case and punctuation dropped after the sweeps'
folding (tests/fixtures/speech/prose_sweep21.tsv)."""

from __future__ import annotations

import pytest
from sweeps import Sweep, relaxed, sweep_tests

from narrator.speech import speakable

# What the sweep found misread and left, each with the class no general rule reads yet. (h87 read the others: seconds
# after an imperative and a spot's "a 30s one", "texting GIVE to 70070", "Over-65s", "5s and 7s".)
_KNOWN_MISSES: dict[str, str] = {
    "Orders placed in W12 ship in April.": ("a bare 'W12' may be London's postcode district as well as an ISO week:"
                                            " only '2026-W14', with its year, is read as a week (periods.py)"),
}


SWEEP = Sweep("prose_sweep21.tsv", _KNOWN_MISSES, form=relaxed, tagged=True)
globals().update(sweep_tests(SWEEP, checks="test_the_sweep_is_new"))


# h75's rules, each with near misses that must not change: the first reading of each row below, before the rule, is
# in the comment where it changed.
_RULES = [
    # a ferry's sailing asks for a time after "at" ("eight point one five" before); a price after "closed" does not
    ("en-nz", "The ferry sails at 9.15 daily.", "The ferry sails at nine fifteen daily."),
    ("en-gb", "Shares in the ferry firm closed at 8.15.", "Shares in the ferry firm closed at eight point one five."),
    # a countdown's clock is minutes and seconds left ("T-minus ten o'clock" before)
    ("en-us", "We are at T-minus 5:00.", "We are at T minus five minutes."),
    ("en-us", "Hold at T minus 4:30.", "Hold at T minus four minutes and thirty seconds."),
    ("en-us", "The launch is at 10:00 tomorrow.", "The launch is at ten o'clock tomorrow."),
    # a bare hour before a span's end with its minutes and half of the day ("six nine thirty AM" before)
    ("en-gb", "Open 7-8.45pm on Fridays.", "Open seven to eight forty five PM on Fridays."),
    ("en-us", "Office hours are 9-11:30 a.m.", "Office hours are nine to eleven thirty AM."),
    ("en-gb", "They won 3-1 at 7.30pm.", "They won three one at seven thirty PM."),
    # what a clock shows, with seconds, is a time of day; a stopwatch's is a length
    ("en-gb", "His watch showed 23:59:58.", "His watch showed twenty three fifty nine and fifty eight seconds."),
    ("en-gb", "The stopwatch read 1:02:03.", "The stopwatch read one hour two minutes and three seconds."),
    # a US listing's weekday before its "8/7c" ("Thu eight, seven Central" before)
    ("en-us", "It airs Sun 9:30/8:30c on NBC.", "It airs Sunday nine thirty, eight thirty Central on N.B.C."),
    # a degree's class with its subject after "a ... in"; a score's "in" leads to a time or a place
    ("en-gb", "She has a 2:1 in economics.", "She has a two one in economics."),
    ("en-gb", "They drew a 2:2 in extra time.", "They drew a two to two in extra time."),
    ("en-gb", "It was a 2:1 in the derby.", "It was a two to one in the derby."),
    # a bowler's own figures after "were" ("four thirty fifths" before); sales figures stay a fraction
    ("en-gb", "Her figures were 3/21.", "Her figures were three for twenty one."),
    ("en-gb", "His best figures are 6/17 in Perth.", "His best figures are six for seventeen in Perth."),
    ("en-gb", "Sales figures were 3/4 of the target.", "Sales figures were three quarters of the target."),
    # a unit and house number slashed before a street ("three or forty five" before); a fraction after a verb stays
    ("en-au", "Flat 4/12 Park Avenue was sold.", "Flat four, twelve Park Avenue was sold."),
    ("en-au", "Rates rose 3/4 Main Street traders said.", "Rates rose three quarters Main Street traders said."),
    # an address's label before its number
    ("en-au", "Bldg 2 is shut.", "Building two is shut."),
    # a postcode's inward code spelled with its digit in words ("one litre X" before)
    ("en-gb", "Post it to Bath BA2 1LX.", "Post it to Bath B.A two, one L X."),
    # a Canadian province after its town with no comma ("ON" the word before)
    ("en-ca", "Write to Toronto ON M5V 3L9.", "Write to Toronto Ontario, M five V, three L nine."),
    ("en-ca", "The code is K1A 0B1.", "The code is K one Eh, zero B one."),
    # Europe's 116 numbers in Britain and Ireland; South Africa's space parts thousands
    ("en-ie", "Call 116 111 any time.", "Call one one six, one one one any time."),
    ("en-za", "The stadium holds 116 123 people.", "The stadium holds one hundred and sixteen thousand one hundred and"
                                                    " twenty three people."),
    # a town's four-digit postcode where the address ends; a year after a town goes on as a year
    ("en-nz", "It is at 4 Hill Rd, Hamilton 3204.", "It is at four Hill Road, Hamilton three two zero four."),
    ("en-nz", "The club on Main St, Springfield 2024 season opened.",
     "The club on Main Street, Springfield twenty twenty four season opened."),
    # India's PIN after a town; a count after a verb stays a count
    ("en-in", "Send it to Mumbai 400001.", "Send it to Mumbai four zero zero zero zero one."),
    ("en-in", "Mumbai had 250000 visitors.", "Mumbai had two hundred and fifty thousand visitors."),
]


@pytest.mark.parametrize(("language", "written", "reading"), _RULES)
def test_rule(language: str, written: str, reading: str) -> None:
    assert speakable(written, language) == reading
