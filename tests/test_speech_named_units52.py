"""Units the facts table lacked, said by name after a count: a computer's flops past the teraflop, radioactivity's
becquerels and curies, an estate agent's "sqm", energy's tonnes of oil equivalent, a lens's line pairs per millimeter,
a lab's picomolar and femtomolar (a small "p" before a capital "M" is never a time), and a nutrition label's "Cal"
below a hundred where a serving follows it. Written from examples of our own, each class with a near miss."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("Aurora runs at 2 EFLOPS, its predecessor at 200 PFLOPS.",
     "Aurora runs at two exaflops, its predecessor at two hundred petaflops."),
    ("A phone GPU manages 900 GFLOPS.", "A phone G.P.U manages nine hundred gigaflops."),
    ("Milk measured 120 Bq/kg after the accident.",
     "Milk measured one hundred and twenty becquerels per kilogram after the accident."),
    ("Each patient received 740 MBq of the tracer.",
     "Each patient received seven hundred and forty megabecquerels of the tracer."),
    ("The source was rated 5 Ci.", "The source was rated five curies."),
    ("A 10 μCi check source.", "A ten microcurie check source."),
    ("The two-bed flat is 72 sqm.", "The two-bed flat is seventy two square meters."),
    ("Primary energy use was 210 Mtoe.",
     "Primary energy use was two hundred and ten million tonnes of oil equivalent."),
    ("Imports reached 850 ktoe.", "Imports reached eight hundred and fifty thousand tonnes of oil equivalent."),
    ("The lens managed 95 lp/mm wide open.", "The lens managed ninety five line pairs per millimeter wide open."),
])
def test_a_unit_of_science_or_trade_is_said_by_name(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The antibody bound at 20 pM.", "The antibody bound at twenty picomolar."),
    ("Binding ranged over 5-10 pM in the assay.", "Binding ranged over five to ten picomolar in the assay."),
    ("Detection down to 50 fM was reported.", "Detection down to fifty femtomolar was reported."),
    ("Doors open at 7 pm.", "Doors open at seven PM."),  # a time, in any of its cases
    ("Meet at 5 PM, or 6 p.m., or 9 Pm.", "Meet at five PM, or six PM, or nine PM."),
    ("Doors 7-11 pm.", "Doors seven to eleven PM."),
])
def test_a_small_p_before_a_capital_m_is_a_concentration(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("There are 90 Cal per serving.", "There are ninety calories per serving."),
    ("It has 45 cal from fat.", "It has forty five calories from fat."),
    ("Each biscuit is 45 Cal each.", "Each biscuit is forty five calories each."),
    ("No: 80 Cal per slice.", "No: eighty calories per slice."),
    ("He owns a 50 Cal.", "He owns a fifty Cal."),  # a calibre as often: left
    ("a 50 Cal machine gun", "a fifty Cal machine gun"),
])
def test_a_labels_calories_below_a_hundred_are_told_by_the_serving(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize("token", ["5 pM ", "5 pMpM ", "90 Cal per ", "9 Cal each 9 "])
def test_the_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))
