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
    # a coin's or a note's worth names it
    ("He paid with £50 notes.", "He paid with fifty pound notes."),
    ("Bring £2 coin-op change.", "Bring two pound coin-op change."),
    # a device in "-er" and a kettle or a flask after a size written against its number
    ("65W charger included.", "sixty five watt charger included."),
    ("1.7L kettle, white.", "one point seven liter kettle, white."),
    ("Sold as a 2 pack of 500ml flasks.", "Sold as a two pack of five hundred milliliter flasks."),
    # a bare "C" before a fan oven's word or a gas mark is the oven's temperature
    ("Then 200C fan for 25 mins.", "Then two hundred degrees Celsius fan for twenty five minutes."),
    ("190C/170C fan/gas 5, 40 mins.",
     "one hundred ninety degrees Celsius or one hundred seventy degrees Celsius fan or gas five, forty minutes."),
    # a kind of screen after its size, alone or at a clause's end
    ("Wall-mounted 43\" TV, fully working.", "Wall-mounted forty three inch T.V, fully working."),
    ("Screen: 13.3\" LCD.", "Screen: thirteen point three inch L.C.D."),
    # an energy label's year
    ("Uses 148 kWh/annum.", "Uses one hundred and forty eight kilowatt hours per annum."),
    # a light-emitting diode after "the" or before its light
    ("The LED blinks twice.", "The L.E.D blinks twice."),
    ("Fit LED bulbs throughout.", "Fit L.E.D bulbs throughout."),
    ("It replaces the old LED panel.", "It replaces the old L.E.D panel."),
])
def test_sweep5_misreads(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The shaft turns at 3000 r/min.", "The shaft turns at three thousand r/min."),  # a rate, not a board
    ("Our r/t fare was $300.", "Our round trip fare was three hundred dollars."),
    ("The party is on Saturday, 7/10.", "The party is on Saturday, July tenth."),  # a date after a weekday
    ("Add 3/10 of the stock.", "Add three tenths of the stock."),
    ("It climbed 3km higher.", "It climbed three kilometers higher."),  # a comparison in "-er"
    ("It cost $2 billion.", "It cost two billion dollars."),
    ("Rent is £900 + £120 bills.", "Rent is nine hundred pounds plus one hundred and twenty pounds bills."),
    ("Invoice no. 88213 is attached.", "Invoice number eighty eight thousand two hundred thirteen is attached."),
    ("Sit in seat 12C, the fan is broken.", "Sit in seat twelve C, the fan is broken."),
    ("She LED the charge.", "She led the charge."),
])
def test_sweep5_rules_leave_these(written: str, spoken: str) -> None:
    assert speakable(written) == spoken
