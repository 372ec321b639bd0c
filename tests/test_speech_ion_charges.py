"""An ion's charge: a superscript charge keeps its digit ("Fe³⁺" was "Fe plus", its three dropped) and stands apart
from a formula's count ("SO₄²⁻" is "SO4 2-", not "SO42-"); in English a negative charge is said "minus" after its
formula ("S.O four two minus"), a bare one where the sentence speaks of ions, and a hyphen held for the next word
("U- and V-shaped") or a formula's hyphen elsewhere is left."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable
from narrator.speech.normalise.tidy import tidy


@pytest.mark.parametrize(("written", "tidied"), [
    ("Fe³⁺ ions", "Fe3+ ions"),
    ("the SO₄²⁻ ion", "the SO4 2- ion"),
    ("Na⁺ and Cl⁻", "Na+ and Cl-"),
    ("O₂⁻ radicals", "O2- radicals"),
    ("8 m s⁻¹ and 10⁻¹⁹ J", "8 m s^-1 and 10^-19 J"),  # powers, not charges
])
def test_a_superscript_charge_keeps_its_digit(written: str, tidied: str) -> None:
    assert tidy(written) == tidied


@pytest.mark.parametrize(("written", "spoken"), [
    ("Iron is present as Fe³⁺ ions.", "Iron is present as Fe three plus ions."),
    ("Sea water holds SO₄²⁻ and Cl⁻ ions.", "Sea water holds S.O four two minus and Cl minus ions."),
    ("Runoff carries PO₄³⁻ into the lake.", "Runoff carries P.O four three minus into the lake."),
    ("High Cl- and HCO3- levels upset the electrolyte.",
     "High Cl minus and H.C.O three minus levels upset the electrolyte."),
    ("O₂⁻ radicals form in the cell.", "O two minus radicals form in the cell."),
])
def test_a_negative_charge_is_said(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The U- and V-shaped ions differ.", "The U- and V-shaped ions differ."),  # a hyphen held for the next word
    ("US- and EU-based firms", "U.S- and E.U-based firms"),  # no ions spoken of
    ("The Cl- reading was high.", "The Cl- reading was high."),  # no ions spoken of: left as it was
    ("Pre- and post-war prices", "Pre- and post-war prices"),
])
def test_a_hyphen_that_is_no_charge_is_left(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


def test_other_languages_keep_the_charges_digit() -> None:
    assert speakable("Fe³⁺", "de") == "Fe3+"


def test_the_charge_rules_stay_linear() -> None:
    check_linear("Cl- ", read=lambda text: speakable(text + " ions", "en"))
    check_linear("SO4 2- ", read=lambda text: speakable(text, "en"))
    check_linear("Fe³⁺", read=lambda text: speakable(text, "en"))
