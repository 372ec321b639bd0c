"""A temperature's bare "C" or "F" is degrees by its own form, without a word of warmth nearby: a decimal ("the old
record of 38.7C, set in Cambridge", "beating it by 0.6C"), which no seat, grade or flat has, and a figure given with
its conversion in brackets ("134F (56.7C)"). A record story says "degrees" once and then the bare figures; they were
read "thirty eight point seven C" (articles21's heat_record)."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "said"), [
    ("The old record of 38.7C, set in Cambridge, fell at noon.",
     "The old record of thirty eight point seven degrees Celsius, set in Cambridge, fell at noon."),
    ("It beat the mark from 2022 by 0.6C.",
     "It beat the mark from twenty twenty two by zero point six degrees Celsius."),
    ("Europe's highest reading is 48.8C.", "Europe's highest reading is forty eight point eight degrees Celsius."),
    ("The world record of 134F (56.7C) still stands.",
     "The world record of one hundred and thirty four degrees Fahrenheit (fifty six point seven degrees Celsius) "
     "still stands."),
    ("Death Valley logged 54C (129F) that day.",
     "Death Valley logged fifty four degrees Celsius (one hundred and twenty nine degrees Fahrenheit) that day."),
    ("A day above 40C is now expected every few years.",
     "A day above forty degrees Celsius is now expected every few years."),  # above or below a figure: a threshold
    ("Nights below 10C are rarer.", "Nights below ten degrees Celsius are rarer."),
    ("Readings of -3.5C were logged in Braemar.",
     "Readings of minus three point five degrees Celsius were logged in Braemar."),
])
def test_a_decimal_or_a_converted_figure_is_degrees(written: str, said: str) -> None:
    assert speakable(written, "en-GB") == said


@pytest.mark.parametrize(("written", "said"), [
    ("Flat 2.5C is empty.", "Flat two point five C is empty."),  # a place's label before it
    ("Charge the battery at 0.5C until it is full.", "Charge the battery at zero point five C until it is full."),
    ("She sat in Row 134F.", "She sat in Row one hundred and thirty four F."),  # a seat: no decimal, no conversion
    ("Room 12C (Block B) is locked.", "Room twelve C (Block B) is locked."),  # brackets, but no temperature in them
    ("The flat above 3C is let.", "The flat above three C is let."),  # one digit above: a flat's number
])
def test_a_place_a_seat_or_a_charge_rate_is_left(written: str, said: str) -> None:
    assert speakable(written, "en-GB") == said
