"""A forty-third author's sweep (issue #10): fifteen kinds of news and features the sweeps had drawn on least (cricket
scorecards, tennis and golf scores, horse racing, stock market reports, currency markets, a house price index, planning
applications, rail fares and timetable changes, science press releases, census and crime statistics, space launches,
theatre and gig reviews, farming prices, fishing quotas, university rankings), written with their readings before
narrator read any of them (tests/fixtures/speech/prose_sweep43.tsv, each read in its style column's language tag).
First reading 192 of 210 (91.4%), relaxed and lenient alike. Of the 14 misses in the two thirds the rules were written
from, 6 were the house's own form of what the row says, added as alternatives ('seven to five' for a set's '7-5', 'euro
U.S dollar' for 'EUR/USD', 'eighteen rand ninety two cents', 'EST' and 'GMT' said as written and 'fourteen o seven',
a letter A said 'Eh' in 'Pad 39A' and 'A*AA', 'AAA' spelled); 5 misread, read by the rules below, one class each: a
day's play stopped, resumed or closed by its number as talk of cricket ('Rain ended play ... on 203-4', 'closed day
three on 61/2': 'to four' and 'sixty one halves'); a bet of several legs as talk of betting ('a £5 double at 6/4 and
9/4': 'six quarters'); two currency signs joined by a slash ('the €/£ rate': 'euro/£'); and the verb that counts a
group before a scale's 'm' ('the over-65s now number 11.1m': 'metres'). Every third row (index % 3 == 2, 70 rows) was
kept aside: 66 of 70 at the first reading and 66 after the rules; the other 140: 126, 132 with the house's forms, 137
after the rules. The kept third did not move: its four misses are of classes the tuned part did not show (a golf
score's minus sign before 'under', a yen rate's decimals, a review's stars before a sentence's 'A', a rating's '4/5'
after another). Two rows of the two thirds that earlier sweeps had written word for word were replaced by new ones of
their kind, each read right before and after. Compared as the benchmark's relaxed score compares (case and punctuation
aside), with the sweeps' folding.

Read after it had been read (by a later sweep's rules, tests/test_speech_left56b.py): the kept third's four ('Scheffler
is -12 under through 54 holes.', 'The dollar rose to ¥151.20, a three-month high.', '★★★★☆ A gripping revival at the
Donmar.', 'We gave the album 3.5/5 and the show 4/5.') and 'Trains will run every 15 mins, up from 4 tph.'.
Read after it had been read (by a later sweep's rules, tests/test_speech_left58.py): 'Fishing effort in ICES area
VIIa is limited to 25 days at sea.', a numeral glued to a fishing area's letter, 'seven A' (its row given the house's
'Eh' for the letter A, as the eleventh unit set's 'Type Ia' has it)."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, relaxed, rule_tests, sweep_tests

# What is left, each with its class, the module whose rules would read it, and why no rule of this sweep reads it.
_KNOWN_MISSES: dict[str, str] = {
    "The minimum landing size for lobster is 87mm carapace length.":
        "a measure after 'is' before the dimension it gives, said in the singular as a describing measure is "
        "('eighty seven millimetre carapace length'; units.py): 'the walls are 12mm plasterboard' wants the singular",
}


SWEEP = Sweep("prose_sweep43.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=210, styles=2)
globals().update(sweep_tests(SWEEP))


# Each class the sweep's rules read, by its examples of our own, and beside them what only looks like it, left.
_READ = [
    # a day's play stopped, ended or resumed, or a day closed by its number: talk of cricket, so that a total and its
    # wickets are "for" them (sports.py)
    ("en-gb", "Bad light stopped play with Essex on 187-5.",
     "Bad light stopped play with Essex on one hundred and eighty seven for five."),
    ("en-gb", "Rain ended play early, with Kent 98-3.",
     "Rain ended play early, with Kent ninety eight for three."),
    ("en-gb", "Yorkshire closed day two on 156/4.",
     "Yorkshire closed day two on one hundred and fifty six for four."),
    ("en-gb", "Warwickshire ended day 1 on 301-7, a lead of 44.",
     "Warwickshire ended day one on three hundred and one for seven, a lead of forty four."),
    ("en-gb", "Play resumed after tea with Durham on 77/2.",
     "Play resumed after tea with Durham on seventy seven for two."),
    ("en-gb", "Hampshire resumed day four on 240-6 needing 112.",
     "Hampshire resumed day four on two hundred and forty for six needing one hundred and twelve."),
    # a bet of several legs, by its stake, its kind or its price after "at": talk of betting, so that a price is a
    # price (facts.py's betting words)
    ("en-gb", "A £10 double at 5/2 and 7/4 paid £97.50.",
     "A ten pound double at five to two and seven to four paid ninety seven pounds fifty pence."),
    ("en-gb", "A £2 treble at 3/1, 5/2 and 11/4 returned £148.",
     "A two pound treble at three to one, five to two and eleven to four returned one hundred and forty eight "
     "pounds."),
    ("en-gb", "His win double at 4/1 and 6/1 landed.",
     "His win double at four to one and six to one landed."),
    ("en-gb", "A double at 13/8 and 15/8 paid well.",
     "A double at thirteen to eight and fifteen to eight paid well."),
    ("en-gb", "A lucky 15 at 9/2 and 7/2 won.",
     "A lucky fifteen at nine to two and seven to two won."),
    # two currency signs joined by a slash, no amount by them: a rate's pair, said by the currencies' names (money.py)
    ("en-gb", "The €/£ rate has barely moved since March.",
     "The euro pound rate has barely moved since March."),
    ("en-gb", "The £/$ rate hit a two-year high.",
     "The pound dollar rate hit a two-year high."),
    ("en-us", "Traders watched the $/¥ pair closely.",
     "Traders watched the dollar yen pair closely."),
    ("en-gb", "The €/$ exchange rate fell.",
     "The euro dollar exchange rate fell."),
    # the verb that counts a group, a hedge maybe between, before a scale's small "m": a million (scales.py)
    ("en-gb", "Britain's Muslims number 3.9m.",
     "Britain's Muslims number three point nine million."),
    ("en-gb", "Catholics in England number about 4.2m, the church says.",
     "Catholics in England number about four point two million, the church says."),
    ("en-gb", "The over-80s numbered 3.4m in 2021.",
     "The over-eighties numbered three point four million in twenty twenty one."),
    ("en-gb", "Welsh speakers numbered nearly 1.5m at the census.",
     "Welsh speakers numbered nearly one point five million at the census."),
]
_LEFT = [
    # a tennis score where rain stopped play, and a date by the office's "close of play"
    ("en-gb", "Rain stopped play at Wimbledon with Sinner 5-4 up.",
     "Rain stopped play at Wimbledon with Sinner five four up."),
    ("en-gb", "By close of play on 14/10 the board had agreed.",
     "By close of play on the fourteenth of October the board had agreed."),
    # a player's double faults and a footballer's double, each before a date
    ("en-gb", "She hit 2 double faults on 12/3 against Keys.",
     "She hit two double faults on the twelfth of March against Keys."),
    ("en-gb", "He scored a double on 12/3 against Leeds.",
     "He scored a double on the twelfth of March against Leeds."),
    # signs with their amounts, and a sign over a unit
    ("en-gb", "It cost £5/$6 at the time.",
     "It cost five pounds or six dollars at the time."),
    ("en-gb", "Prices rose to €5/kg.",
     "Prices rose to five euros per kilogram."),
    # a length measured or topped: meters still
    ("en-gb", "The jump measured 2.5m.",
     "The jump measured two point five metres."),
    ("en-gb", "Waves topped 3.5m at times.",
     "Waves topped three point five metres at times."),
]


globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", ["stopped play 187-5 ", "closed day two on 61/2 ", "£5 double at 6/4 and ",
                                   "win treble at 3/1, ", "€/£/$/", "the €/£ ", "number 3.9m, ",
                                   "numbered about 1.2m "])
def test_the_new_rules_stay_linear(token: str) -> None:
    # a run of each rule's own shape, unterminated: four times the text must cost about four times the time
    check_linear(token)
