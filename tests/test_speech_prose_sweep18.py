"""An eighteenth author's sweep (issue #10, h69): times of day as timetables, listings and notices print them (24-hour
times on the hour and just past midnight, a timetable's dotted times, seconds and their look-alikes, zones after a
time, a day range's second day), each read in its article's language tag and compared with case and punctuation
dropped after the sweeps' folding (tests/fixtures/speech/prose_sweep18.tsv)."""

from __future__ import annotations

import pytest
from sweeps import Sweep, relaxed, sweep_tests

from narrator.speech import speakable

_DEGREE = ("a degree's class ('2:2') alone, beside no word of a degree, is a ratio: 'with a 2:2' may be a"
           " draw's score (clock.py)")
# What the sweep found misread and left, each with the class no general rule reads yet.
_KNOWN_MISSES: dict[str, str] = {
    "She left with a 2:2 and went into teaching.": _DEGREE,
}


SWEEP = Sweep("prose_sweep18.tsv", _KNOWN_MISSES, form=relaxed, tagged=True)
globals().update(sweep_tests(SWEEP, checks="test_the_sweep_is_new"))


# A 24-hour time on the hour past noon is said in hundreds; one led by a zero too beside such a time; the first
# minutes after midnight after a word that asks for a time are told from midnight; the rest as before.
_TWENTY_FOUR_HOUR = [
    ("en-gb", "Shops shut at 20:00.", "Shops shut at twenty hundred."),
    ("en-gb", "The road reopens 13:00 Sunday.", "The road reopens thirteen hundred Sunday."),
    ("en-gb", "Lifts run 07:00-19:00 daily.", "Lifts run o seven hundred to nineteen hundred daily."),
    ("en-gb", "Lifts run 19:00-07:00 nightly.", "Lifts run nineteen hundred to o seven hundred nightly."),
    ("en-gb", "Quiet hours begin after 00:05.", "Quiet hours begin after five minutes past midnight."),
    ("en-gb", "Pools open 10:00-16:00.", "Pools open ten hundred to sixteen hundred."),
    ("en-gb", "Doors open at 06:00.", "Doors open at six o'clock."),
    ("en-gb", "Doors open at 11:00 and 12:00.", "Doors open at eleven o'clock and twelve o'clock."),
    ("en-gb", "It ends at 00:00.", "It ends at midnight."),
    ("en-gb", "It ends at 24:00.", "It ends at midnight."),
    ("en-gb", "It opened at 00:45.", "It opened at twelve forty five AM."),
]


@pytest.mark.parametrize(("language", "written", "reading"), _TWENTY_FOUR_HOUR)
def test_a_24_hour_time_on_the_hour(language: str, written: str, reading: str) -> None:
    assert speakable(written, language) == reading


# Seconds on a clock after a word that asks for a time, with an hour of two digits; a race's time stays a length.
_SECONDS = [
    ("en-gb", "The vote closes at 21:30:15.", "The vote closes at twenty one thirty and fifteen seconds."),
    ("en-gb", "She ran 10:12:09 in all.", "She ran ten hours twelve minutes and nine seconds in all."),
    ("en-gb", "Entries close 23:59:59 on Sunday.",
     "Entries close twenty three fifty nine and fifty nine seconds on Sunday."),
    ("en-gb", "It took 23:59:59 on the bike.",
     "It took twenty three hours fifty nine minutes and fifty nine seconds on the bike."),
    ("en-gb", "Event occurs at 0:02:01.", "Event occurs at two minutes and one second."),  # an hour of one digit
]


@pytest.mark.parametrize(("language", "written", "reading"), _SECONDS)
def test_a_clock_with_seconds(language: str, written: str, reading: str) -> None:
    assert speakable(written, language) == reading


# A timetable's dotted time after its word for leaving or arriving is a clock time; a measure or a share is not.
_TIMETABLE = [
    ("en-gb", "Depart 07.05, arrive 09.40.", "Depart seven o five, arrive nine forty."),
    ("en-gb", "ARR 23.15 Glasgow.", "arrival twenty three fifteen Glasgow."),
    ("en-gb", "dep 0945 arr 1130.", "departure o nine forty five arrival eleven thirty."),
    ("en-gb", "The train departing 16.48 to Bath.", "The train departing sixteen forty eight to Bath."),
    ("en-gb", "Departure 14.05 m from the line.", "Departure fourteen point zero five metres from the line."),
    ("en-gb", "Departures rose 14.05%.", "Departures rose fourteen point zero five percent."),
    ("en-gb", "Arrivals 12.50 per day.", "Arrivals twelve point five zero per day."),
]


@pytest.mark.parametrize(("language", "written", "reading"), _TIMETABLE)
def test_a_timetable_s_dotted_time(language: str, written: str, reading: str) -> None:
    assert speakable(written, language) == reading


# A US zone of two letters after a time is said by its name; the three-letter ones, and a zone word after no time, as
# before.
_ZONES = [
    ("en-us", "Doors open at 6pm PT.", "Doors open at six PM Pacific Time."),
    ("en-us", "The call is at 16:30 CT.", "The call is at sixteen thirty Central Time."),
    ("en-us", "Lunch is 12:15 p.m. MT/11:15 a.m. PT.",
     "Lunch is twelve fifteen PM Mountain Time, eleven fifteen AM Pacific Time."),
    ("en-us", "It airs at 8 p.m. PDT.", "It airs at eight PM PDT."),
    ("en-us", "The ET team met at 4 p.m. EST.", "The E.T team met at four PM EST."),
]


@pytest.mark.parametrize(("language", "written", "reading"), _ZONES)
def test_a_zone_after_a_time(language: str, written: str, reading: str) -> None:
    assert speakable(written, language) == reading


# A month's day joined by a word to a later day: both ordinals; a count after the second, or a later day first, not.
_DAY_RANGES = [
    ("en-us", "Early voting runs April 8 to 19.", "Early voting runs April eighth to nineteenth."),
    ("en-us", "Hearings run Jan 6 thru 9, 2027.", "Hearings run January sixth thru ninth, twenty twenty seven."),
    ("en-us", "The pop-up is open July 2 until 4 in Austin.", "The pop-up is open July second until fourth in Austin."),
    ("en-us", "On June 1 to 5 people came.", "On June first to five people came."),
    ("en-us", "Rates fell March 5 to 3 percent.", "Rates fell March fifth to three percent."),
]


@pytest.mark.parametrize(("language", "written", "reading"), _DAY_RANGES)
def test_a_day_range_s_second_day(language: str, written: str, reading: str) -> None:
    assert speakable(written, language) == reading


# The two upper classes of a British degree named together, or one beside a word of a next degree; a score is not.
_DEGREE_CLASSES = [
    ("en-gb", "Firms ask for a 2:1 or 2:2 at least.", "Firms ask for a two one or two two at least."),
    ("en-gb", "After a 2:2 she took an MSc.", "After a two two she took an M.S.C."),
    ("en-gb", "They drew 2:2 with Spurs.", "They drew two to two with Spurs."),
    ("en-gb", "Rovers won 2:1 and then lost 1:2.", "Rovers won two to one and then lost one to two."),
]


@pytest.mark.parametrize(("language", "written", "reading"), _DEGREE_CLASSES)
def test_a_degree_s_class(language: str, written: str, reading: str) -> None:
    assert speakable(written, language) == reading
