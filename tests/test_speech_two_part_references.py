"""A reference of two slashed numbers after its label ("crime reference 2314/24", "ref. 4471/25", "incident number
0456/12") says its slash, its second part a year where it has four digits and else digit by digit, as the first part
is read after such a label: it was read as a choice ("two three one four or twenty four"); a score, a fraction and a
date without such a label are left to their rules."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("Call 101 quoting crime reference 2314/24.", "Call one zero one quoting crime reference two three one four slash "
                                                  "two four."),
    ("Quote ref. 4471/25 when you call.", "Quote reference four four seven one slash two five when you call."),
    ("Case number 1234/2025 was heard.", "Case number twelve thirty four slash twenty twenty five was heard."),
    ("Give the incident number 0456/12 to staff.", "Give the incident number zero four five six slash one two to "
                                                   "staff."),
])
def test_a_labelled_references_slash_is_said(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("He scored 28/36 on the test.", "He scored twenty eight out of thirty six on the test."),
    ("Reference 3/4 of the cases.", "Reference three quarters of the cases."),  # one digit: a fraction
])
def test_a_slash_without_a_references_label_is_left(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


def test_the_references_rule_stays_linear() -> None:
    check_linear("ref 12/12/", read=lambda text: speakable(text, "en"))
    check_linear("reference 1234/", read=lambda text: speakable(text, "en"))
