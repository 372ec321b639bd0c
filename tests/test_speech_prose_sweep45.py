"""A forty-fifth author's sweep (issue #10): fifteen kinds of news and features the sweeps had drawn on least (business
results, central banks and markets, farming news, fishing and marine, house prices and mortgages, cricket scorecards in
prose, rugby and golf, music and gigs, film and television, gaming, crime statistics, climate and energy, local
councils, aviation news, genealogy and history), written with their readings before narrator read any of them
(tests/fixtures/speech/prose_sweep45.tsv, each read in its style column's language tag). First reading 195 of 210
(92.9%) relaxed, 194 lenient. Of the 7 misses in the two thirds the rules were written from, 2 were the house's own form
of what the row says, added as alternatives ('Footsie' for the FTSE, and 'one dollar nineteen cent consensus', money
before the noun it sizes); 5 misread, 4 read by the rules below, three classes: a scorecard's dismissals written into
prose ('Root c Smith b Jones 67', 'lbw b Starc': 'c Smith b Jones'); a side's second innings after '&' ('Australia 356 &
88-2': 'eighty eight to two', a span); grams of carbon dioxide per a unit of energy ('400 gCO2/kWh': 'G.C.O two/kWh').
One is left (below). Every third row (index % 3 == 2, 70 rows) was kept aside: 62 of 70 at the first reading, 63 after
the rules (a dismissal, 'st Carey b Lyon', of the class the tuned part showed); the other 140: 133, 135 with the house's
forms, 139 after the rules. The kept third's misses, read once after the rules: 6 were the house's forms ('five point
two five to five point five percent', 'Nikkei two twenty five', 'one hundred and sixty five pounds to one hundred and
seventy pounds per tonne', 'two fifteen' for '02:15', 'seven eighty seven nine', 'seven thirty seven MAX nine'), added
afterwards as alternatives (69 of 70 with them), and one misread, left below. Compared as the benchmark's relaxed score
compares (case and punctuation aside), with the sweeps' folding. Four rows found written word for word by earlier sweeps
were replaced by new ones of their kind before the first reading.

Heard but not scored: 'a COP of 3.5' (a heat pump's coefficient of performance) is read 'Cop', a word, where the relaxed
form folds the spelled 'C.O.P' to the same letters; 'COP28' is said as a word, and a rule for one would misread the
other.

'Set 276 to win, India reached 277-4 with 11 balls to spare.' was read after it had been read, by a later set's rule
taking a chase's balls to spare as a word of cricket (tests/test_speech_left58c.py)."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, relaxed, rule_tests, sweep_tests

# What is left, each with its class, the module whose rules would read it, and why no rule of this sweep reads it.
_KNOWN_MISSES: dict[str, str] = {
    "Broad's 8-15 at Trent Bridge remains the stuff of legend.":
        "a bowler's figures after his name's possessive with no word of cricket in the sentence, only a ground's name "
        "(sports.py reads wickets for runs near a word of cricket): 'eight to fifteen', a span; a possessive before a "
        "pair is as often a span ('the group's 8-15 age band'), and grounds are places of other games too",
}


SWEEP = Sweep("prose_sweep45.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=210, styles=2)
globals().update(sweep_tests(SWEEP))


# Each class the sweep's rules read, by its examples of our own, and beside them what only looks like it, left.
_READ = [
    # a scorecard's dismissal written into prose: caught, stumped, lbw, caught and bowled, bowled (sports.py)
    ("en-gb", "Smith c Carey b Cummins 44 was the top score.",
     "Smith caught Carey bowled Cummins forty four was the top score."),
    ("en-gb", "Labuschagne lbw b Anderson 9.", "Labuschagne L.B.W bowled Anderson nine."),
    ("en-gb", "Brook st Rizwan b Shadab 31 ended the stand.",
     "Brook stumped Rizwan bowled Shadab thirty one ended the stand."),
    ("en-gb", "Kohli c & b Ashwin 18.", "Kohli caught and bowled Ashwin eighteen."),
    ("en-gb", "Duckett b Starc 2, Pope b Hazlewood 11.", "Duckett bowled Starc two, Pope bowled Hazlewood eleven."),
    ("en-us", "Williamson c Jos Buttler b Wood 77 in the final.",
     "Williamson caught Jos Buttler bowled Wood seventy seven in the final."),
    # a side's two innings, the second open: runs "for" the wickets down (sports.py)
    ("en-gb", "India 180 & 95-3 at stumps.", "India one hundred and eighty and ninety five for three at stumps."),
    ("en-gb", "Sussex 98 & 301-9 won the game.",
     "Sussex ninety eight and three hundred and one for nine won the game."),
    ("en-gb", "New Zealand 402 & 111-2 drew with England.",
     "New Zealand four hundred and two and one hundred and eleven for two drew with England."),
    ("en-gb", "Somerset 156 & 42-1, needing 250 more.",
     "Somerset one hundred and fifty six and forty two for one, needing two hundred and fifty more."),
    # grams or kilograms of carbon dioxide (or its equivalent), alone or per a distance or a unit of energy (facts.py)
    ("en-gb", "New cars must average 95 gCO2/km.", "New cars must average ninety five grams of C.O two per kilometre."),
    ("en-gb", "The grid ran at 140 gCO2e/kWh on Sunday.",
     "The grid ran at one hundred and forty grams of C.O two equivalent per kilowatt hour on Sunday."),
    ("en-gb", "A return flight adds 310 kgCO2e per seat.",
     "A return flight adds three hundred and ten kilograms of C.O two equivalent per seat."),
    ("en-us", "Heat pumps emit 0.05 kgCO2/kWh.",
     "Heat pumps emit zero point zero five kilograms of C.O two per kilowatt hour."),
    ("en-gb", "A tree absorbs about 22 kgCO2 a year.", "A tree absorbs about twenty two kilograms of C.O two a year."),
]
_LEFT = [
    # a "b." that is a birth, with a year after it and no bowler; letters in a list of options, no names
    ("en-gb", "Ann Lee (b. 1871) was a weaver.", "Ann Lee (born eighteen seventy one) was a weaver."),
    ("en-gb", "Options a, b and c were put to the vote.", "Options a, b and c were put to the vote."),
    # rooms and routes joined by "&": a first number under forty, and a rising span no innings writes
    ("en-gb", "Rooms 12 & 14-16 are free.", "Rooms twelve and fourteen to sixteen are free."),
    ("en-gb", "Route 66 & 101-105 are closed.",
     "Route sixty six and one hundred and one to one hundred and five are closed."),
    # the gas named with no number before it, and grams of it written apart
    ("en-gb", "The gCO2 figure is low.", "The G.C.O two figure is low."),
    ("en-gb", "CO2 output fell by 3 g a day.", "C.O two output fell by three grams a day."),
]


globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", ["c Smith b Jones 1 ", "Root b Starc 12 ", "c Smith ", "lbw b ", "b Jones ",
                                   "Kent 356 & 88-2 ", "356 & ", "400 gCO2/kWh "])
def test_the_new_rules_stay_linear(token: str) -> None:
    # a run of each rule's own shape, unterminated: four times the text must cost about four times the time
    check_linear(token)
