"""A spaced "s" after a number and before a word of a margin or of time passing is seconds: race and match reports
("finished 12 s clear", "0.4 s off the pace", "with 5 s left"), while a letter after a number elsewhere is left."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("She finished 12 s clear of the field.", "She finished twelve seconds clear of the field."),
    ("He was 3 s behind at the bell.", "He was three seconds behind at the bell."),
    ("Hamilton was 0.4 s off the pace in practice.", "Hamilton was zero point four seconds off the pace in practice."),
    ("The gates opened and 20 s later it surged.", "The gates opened and twenty seconds later it surged."),
    ("He scored with 1 s left on the clock.", "He scored with one second left on the clock."),
    ("The two cars crossed 0.15 s apart.", "The two cars crossed zero point one five seconds apart."),
    ("Her split was 1.2 s faster than in the heats.", "Her split was one point two seconds faster than in the heats."),
])
def test_seconds_before_a_margin_are_said(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The 1960 s later saw a boom.", "The nineteen sixties later saw a boom."),  # a decade's "s", four digits
    ("Grade 3 s are kept apart.", "Grade three s are kept apart."),  # a letter before a word no margin
    ("Row 12 s, seat 4.", "Row twelve s, seat four."),
])
def test_a_letter_after_a_number_elsewhere_is_left(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


def test_the_margins_rule_stays_linear() -> None:
    check_linear("1 s behind ", read=lambda text: speakable(text, "en"))
    check_linear("1.1 s 1 s ", read=lambda text: speakable(text, "en"))
