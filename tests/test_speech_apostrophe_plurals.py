"""A number's plural written with an apostrophe after a count ("two 6's", "three 100's", "ten 777's") or after
"in", "by" or "into" ("in 2's and 3's") is said as the plural without it ("two sixes"); a number's possessive after a
name or a year ("Channel 4's", "2023's budget") and a decade ("the 80's") keep their readings."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("She rolled two 6's in a row.", "She rolled two sixes in a row."),
    ("He has made three 100's this summer.", "He has made three hundreds this summer."),
    ("The airline flies ten 777's.", "The airline flies ten seven seventy sevens."),
    ("Both 747's were grounded.", "Both seven forty sevens were grounded."),
    ("Children learn to count in 2's and 3's.", "Children learn to count in twos and threes."),
    ("Count by 5’s to a hundred.", "Count by fives to a hundred."),
    ("Count by 10's to a hundred.", "Count by tens to a hundred."),
    ("He threw several 180's.", "He threw several one eighties."),
])
def test_a_counted_numbers_apostrophe_plural_is_said(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Channel 4's news led with it.", "Channel four's news led with it."),
    ("In 2023's budget the fund grew.", "In twenty twenty three's budget the fund grew."),
    ("Music of the 80's came back.", "Music of the eighties came back."),
    ("Formula 1's boss spoke.", "Formula one's boss spoke."),
])
def test_a_numbers_possessive_and_a_decade_are_kept(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


def test_the_apostrophe_plural_rule_stays_linear() -> None:
    check_linear("two 6's ", read=lambda text: speakable(text, "en"))
    check_linear("1 2 3'", read=lambda text: speakable(text, "en"))
