"""South Africa's rand written against its amount with no sign of money in its own shape ("R250", "R5 000") is read as
the rand right after a word of money ("Tickets cost R250" -> "two hundred and fifty rand"; "R two fifty" it was), as
the spaced "cost R 350" was; a road, a rating, a part or a statistic keeps its letter. Written from examples of our
own."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("Tickets cost R350 at the door.", "Tickets cost three hundred and fifty rand at the door."),
    ("Entry costs R80 for adults.", "Entry costs eighty rand for adults."),
    ("The fine was R5 000 for each offence.", "The fine was five thousand rand for each offence."),
    ("He paid just R1 200 for the bike.", "He paid just one thousand two hundred rand for the bike."),
    ("Take the R250 towards Glenties.", "Take the R two fifty towards Glenties."),  # a road
    ("It cost us a new R2 chip.", "It cost us a new R two chip."),  # a part
    ("The ticket price includes the R18 rating.", "The ticket price includes the R eighteen rating."),
    ("The model had an R2 of 0.84.", "The model had an R two of zero point eight four."),  # a statistic
])
def test_a_glued_rand_after_a_word_of_money_is_read(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize("token", ["cost R1 ", "R1 000 ", "paid R"])
def test_the_rule_stays_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))
