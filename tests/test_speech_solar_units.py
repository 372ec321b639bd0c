"""Astronomy's units of the Sun and the Earth after a number: "1.4 M☉" solar masses (the Sun's sign was dropped with
the emoji, leaving "one point four M"), "M⊙" as it is often typed, "R⊕" Earth radii; the sign alone is still dropped."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("The neutron star has 1.4 M☉.", "The neutron star has one point four solar masses."),
    ("It weighs about 4 million M⊙.", "It weighs about four million solar masses."),
    ("The star shines at 10 L☉.", "The star shines at ten solar luminosities."),
    ("A giant of 20 R☉ swelled.", "A giant of twenty solar radii swelled."),
    ("The planet has 5 M⊕.", "The planet has five Earth masses."),
])
def test_solar_and_earth_units_are_said(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


def test_the_suns_sign_alone_is_dropped() -> None:
    assert speakable("Weather: ☉ sunny", "en") == "Weather: sunny"


def test_the_solar_sign_stays_linear() -> None:
    check_linear("M☉", read=lambda text: speakable(text, "en"))
