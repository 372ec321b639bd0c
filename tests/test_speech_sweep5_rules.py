"""Rules written for what the fifth sweep found misread (tests/fixtures/speech/unit_tokens5.tsv, prose_sweep5.tsv:
web posts, reviews, messages, manuals, spec sheets and reports), each checked on examples of our own, not the sweep's
rows; and what each rule must leave as it was."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    # a charity's registered number and a shop's SKU are codes, said digit by digit
    ("SKU 4401729 is out of stock.", "S.K.U four four zero one seven two nine is out of stock."),
    ("Registered charity no. 2045511.", "Registered charity number two zero four five five one one."),
    ("Charity number 1170324 (England).", "Charity number one one seven zero three two four (England)."),
    # a post's and a message's short forms
    ("I left early b/c it rained.", "I left early because it rained."),
    ("Got it, thx, see you soon.", "Got it, thanks, see you soon."),
    ("Party for our 10th anniv. on Friday.", "Party for our tenth anniversary on Friday."),
    # a week commencing a date whose day is two words once said
    ("Collections resume w/c 23 Dec.", "Collections resume week commencing the twenty third of December."),
    # a forum's board and user
    ("Posted on r/london by u/tfl_fan yesterday.", "Posted on r slash london by u slash tfl_fan yesterday."),
    # a review's marks out of ten or five, after a comma at the end or before "would"
    ("Decent battery, 7/10.", "Decent battery, seven out of ten."),
    ("Fantastic, 10/10!", "Fantastic, ten out of ten!"),
    ("Honestly 9/10 would go back.", "Honestly nine out of ten would go back."),
])
def test_sweep5_misreads(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The shaft turns at 3000 r/min.", "The shaft turns at three thousand r/min."),  # a rate, not a board
    ("Our r/t fare was $300.", "Our round trip fare was three hundred dollars."),
    ("The party is on Saturday, 7/10.", "The party is on Saturday, July tenth."),  # a date after a weekday
    ("Add 3/10 of the stock.", "Add three tenths of the stock."),
    ("Invoice no. 88213 is attached.", "Invoice number eighty eight thousand two hundred thirteen is attached."),
])
def test_sweep5_rules_leave_these(written: str, spoken: str) -> None:
    assert speakable(written) == spoken
