"""The rules the seventh sweep (news desks' sentences) asked for, each on examples of our own, not the sweep's rows."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("Roadworks run from 2200 Fri to 0500 Mon.",
     "Roadworks run from twenty two hundred Friday to o five hundred Monday."),
    ("The line is closed between 0030 and 0545.", "The line is closed between zero zero thirty and o five forty five."),
    ("The 0648 Bristol Temple Meads to Cardiff is cancelled.",
     "The o six forty eight Bristol Temple Meads to Cardiff is cancelled."),
    ("The 0915 from York is running late.", "The o nine fifteen from York is running late."),
    ("The bridge shuts until 19:30 Sat.", "The bridge shuts until nineteen thirty Saturday."),
])
def test_a_24_hour_time_in_a_timetable_or_a_span(written: str, spoken: str) -> None:
    """A zero-led time before where a service runs from or to was a house number ("zero six four eight"), the far end
    of a span of times was digits, and a weekday's short form after a 24-hour time was left ("Fri")."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Calls to 0800 numbers are free.", "Calls to zero eight zero zero numbers are free."),
    ("Visitors rose from 1990 to 2000.", "Visitors rose from nineteen ninety to two thousand."),
    ("The shop is at 1500 Harbor Avenue.", "The shop is at fifteen hundred Harbor Avenue."),
])
def test_what_is_no_24_hour_time_stays(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The concert begins at 20h45.", "The concert begins at twenty forty five."),
    ("The museum is open from 9h30 until 17h00.", "The museum is open from nine thirty until seventeen o'clock."),
    ("Her flight took 3h40.", "Her flight took three hours forty minutes."),
    ("After 1h15 of talks they broke off.", "After one hour fifteen minutes of talks they broke off."),
])
def test_an_hour_and_minutes_parted_by_h(written: str, spoken: str) -> None:
    """At a sentence's end the hours and minutes were left ("three h forty"); after a word that asks for a time they
    were a length of time ("at twenty hours forty five minutes")."""
    assert speakable(written) == spoken
