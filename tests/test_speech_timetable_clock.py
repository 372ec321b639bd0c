"""Four digits after a timetable's word for leaving or arriving are its 24-hour time, said as a guard says it."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "said"), [
    ("Dep. 0945, arr. 1210.", "Departure o nine forty five, arrival twelve ten."),
    ("Arr. 2140", "Arrival twenty one forty"),
    ("The sleeper departs 2315 and arrives 0750 at Inverness.",
     "The sleeper departs twenty three fifteen and arrives o seven fifty at Inverness."),
    ("Departure 1830 from platform 4.", "Departure eighteen thirty from platform four."),
])
def test_a_timetables_four_digits_are_its_time(written: str, said: str) -> None:
    assert speakable(written) == said


@pytest.mark.parametrize(("written", "kept"), [
    ("Arrivals rose to 2140 last year.", "two thousand one hundred forty"),  # no timetable's word before it
    ("Arrival 1230 people a day.", "one thousand two hundred thirty people"),  # a count before what it counts
    ("The flight departs 2500 miles from home.", "two thousand five hundred miles"),  # no hour of a clock
])
def test_other_numbers_after_those_words_stay_numbers(written: str, kept: str) -> None:
    assert kept in speakable(written)
