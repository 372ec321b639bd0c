"""A sweep of the unit categories (cardinal, ordinal, decimal, money, date, time, measure, roman, electronic,
telephone, fraction, range) on sentences of our own, written for no rule: what was misread, by class, and what each
rule must leave alone. The whole sweep, each sentence with what a careful newsreader says, is in
tests/fixtures/speech/unseen_sweep.tsv."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    # a grouped round number's plural (was "ten thousand s")
    ("Thousands, even 10,000s, came.", "Thousands, even tens of thousands, came."),
    ("The 100,000s of refugees.", "The hundreds of thousands of refugees."),
    ("It drew 1,000,000s of views.", "It drew millions of views."),
    ("Crowds in the 1,000s gathered.", "Crowds in the thousands gathered."),
    # an age group written apart from "over", or a pollster's band of ages (was "sixty five s")
    ("Over 65s qualify for a free pass.", "Over sixty fives qualify for a free pass."),
    ("Most 18-24s agree, as do the 35-44s.", "Most eighteen to twenty fours agree, as do the thirty five to forty fours."),
    ("Music of the 60-70s.", "Music of the sixties to seventies."),
    # left as they were: a century, a decade, a band the wrong way round
    ("The 1000s saw change.", "The one thousands saw change."),
    ("In the 1990s.", "In the nineteen nineties."),
])
def test_plural_numbers(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a span or a pair of rooms, each said as a room is (was "one o one one hundred five")
    ("Rooms 101-105 are on the first floor.", "Rooms one o one to one o five are on the first floor."),
    ("Suite 201–203 is let.", "Suite two o one to two o three is let."),
    ("Rooms 101 and 102 face the sea.", "Rooms one o one and one o two face the sea."),
    ("Room 101 is scary.", "Room one o one is scary."),
    ("Room 12-14 is shut.", "Room twelve to fourteen is shut."),
])
def test_room_spans(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # thousands grouped with apostrophes, the Swiss way (was "one'zero zero zero'zero zero zero")
    ("The 1'000'000 mark was passed.", "The one million mark was passed."),
    ("It costs CHF 12'500.50.", "It costs twelve thousand five hundred Swiss francs fifty centimes."),
    ("A fee of 2’400 francs.", "A fee of two thousand four hundred francs."),
    # feet and inches are no thousands
    ("He is 5'11\" tall.", "He is five feet eleven inches tall."),
])
def test_apostrophe_thousands(written: str, spoken: str) -> None:
    assert speakable(written) == spoken
