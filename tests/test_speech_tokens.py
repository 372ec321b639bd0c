"""Short tokens and phrases of the unit classes (numbers, dates, times, measures...), each class with our own
examples: the isolated forms real text holds, not corpus rows."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("1 1/8", "one and an eighth"),
    ("2 1/11", "two and an eleventh"),
    ("3 1/18 miles", "three and an eighteenth miles"),
    ("a 1/8 share", "an eighth share"),
    ("A 1/8 cut", "An eighth cut"),
    ("1 1/3", "one and a third"),
])
def test_an_eighth_or_an_eleventh_takes_an(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("XXth century", "twentieth century"),
    ("the XIXth century", "the nineteenth century"),
    ("XVIth-century art", "sixteenth-century art"),
    ("the IIIrd Reich", "the third Reich"),
    ("the XXIst century", "the twenty first century"),
    ("Louis XIVth", "Louis the fourteenth"),
])
def test_a_roman_numeral_with_an_ordinal_ending_is_the_ordinal(written: str, spoken: str) -> None:
    assert speakable(written) == spoken
