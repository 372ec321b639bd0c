"""A food label's capital "Cal" (a kilocalorie) after a count of a hundred or more is calories, as a spaced "cal" is;
after a calibre's stop it is the calibre ("a .50 Cal rifle"), and below a hundred, spaced, it is left (a calibre's
"50 Cal" as often)."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("Each bar has 100 Cal.", "Each bar has one hundred calories."),
    ("Aim for 2,000 Cal a day.", "Aim for two thousand calories a day."),
    ("A 250Cal snack", "A two hundred and fifty calorie snack"),
    ("He bought a .50 Cal rifle.", "He bought a fifty caliber rifle."),
    ("Stanford 24, Cal 17", "Stanford twenty four, Cal seventeen"),  # the university's team
    ("a 50 Cal machine gun", "a fifty Cal machine gun"),  # a calibre as often: left
])
def test_a_labels_capital_cal_is_read(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


def test_the_calories_rule_stays_linear() -> None:
    check_linear("100 Cal ", read=lambda text: speakable(text, "en"))
