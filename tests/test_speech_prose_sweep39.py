"""A thirty-ninth author's sweep (issue #10): kinds of text the sweeps had drawn on least (obituaries, court reports,
weather warnings, tech product launches, science press releases, property market reports, agricultural shows, tennis
and golf results, cricket scorecards, election results, charity fundraising, travel deals, car reviews, local history
features, fuel prices, census figures), written with their readings before narrator read any of them
(tests/fixtures/speech/prose_sweep39.tsv, each read in its style column's language tag). First reading 212 of 224
(94.6%). Of the 12 misses, 3 were the house's own form of what the row says ('Mr' left for the voice, 1; 'a thousand'
after the article where the row said 'a one thousand', 2), added as alternatives; 9 misread: five classes read by the
rules below (a length's square after 'per' with no number, 'per km²'; a noun in '-ss' after a size, '3nm process';
a match's sets in a row with no verb of winning near, 'came through 7-6 (7-3) 3-6 6-4', two rows; a whole number and
a half glued to pence, '62½p'; old money's shillings and pence alone without a stop, 'A guinea, 21s', 'cost 4d', two
rows), and two in the kept third. Every third row (index % 3 == 2, 74 rows) was kept aside: 71 at the first reading,
72 with the house's forms, 72 after the rules; the other 150: 141, 143 with the house's forms, 150 after the rules. The
kept third did not move: neither of its misses is of a class the tuned part's misses showed. Compared as the
benchmark's relaxed score compares (case and punctuation aside), with the sweeps' folding.
'Scorecard: Stokes 155*, Duckett 78, Root 46.' (the kept third's) read after it had been read, by a later rule that
takes a scorecard's word for cricket (facts.CRICKET_WORDS), written from examples of its own
(tests/test_speech_units_electronic_left.py)."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, relaxed, rule_tests, sweep_tests

# What is left, each with its class, the module whose rules would read it, and why no rule of this sweep reads it.
_KNOWN_MISSES: dict[str, str] = {
    "The scans were taken at 3 T on a research scanner.": (
        "a magnet's field strength, a spaced capital 'T' after a number, 'three tesla' to a radiologist, keeps its"
        " letter (narrator/speech/normalise/ambiguousunits.py); seen only in the kept third"),
}


SWEEP = Sweep("prose_sweep39.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=220, styles=2)
globals().update(sweep_tests(SWEEP))


# Each class the sweep's rules read, by its examples of our own, and beside them what only looks like it, left.
_READ = [
    # a length's square or cube named with no number after "per" (unitsalone.py)
    ("en-gb", "The borough has 15,695 people per km².",
     "The borough has fifteen thousand six hundred and ninety five people per square kilometre."),
    ("en-gb", "Office rents reached £60 a year per ft².", "Office rents reached sixty pounds a year per square foot."),
    ("en-us", "Steel weighs about 7.85 grams per cm³.",
     "Steel weighs about seven point eight five grams per cubic centimeter."),
    ("en-gb", "Yields are given in kilograms per m2.", "Yields are given in kilograms per square metre."),
    ("en-us", "The county has fewer than 10 residents per mi².",
     "The county has fewer than ten residents per square mile."),
    # a noun in "-ss" after a size it is described by, singular as every such noun is (amounts.py)
    ("en-us", "Apple's chips use TSMC's second-generation 3nm process.",
     "Apple's chips use T.S.M.C.'s second-generation three nanometer process."),
    ("en-us", "The panel is 6mm glass.", "The panel is six millimeter glass."),
    ("en-us", "Newer phones use 0.5mm glass on the back.",
     "Newer phones use zero point five millimeter glass on the back."),
    ("en-us", "The lathe turns 8mm brass into screws.", "The lathe turns eight millimeter brass into screws."),
    ("en-us", "Samsung moved its Exynos line to 4nm process.",
     "Samsung moved its Exynos line to four nanometer process."),
    # a match's sets in a row, three or two with a tiebreak's points, with no verb of winning near (sports.py)
    ("en-gb", "Draper came through 7-6 (7-3) 3-6 6-4 in Queen's Club.",
     "Draper came through seven six (seven three) three six six four in Queen's Club."),
    ("en-gb", "She came through 6-3 3-6 6-4 in Rome.", "She came through six three three six six four in Rome."),
    ("en-us", "Sabalenka saw off Keys 7-6 (7-4), 6-2 in the semis.",
     "Sabalenka saw off Keys seven six (seven four), six two in the semis."),
    ("en-gb", "Murray went down 4-6 6-3 6-7 (7-9) 7-6 (7-5) 4-6 in Paris.",
     "Murray went down four six six three six seven (seven nine) seven six (seven five) four six in Paris."),
    ("en-us", "Shelton got past Paul 6-4, 6-7 (3), 7-5 on Tuesday.",
     "Shelton got past Paul six four, six seven (three), seven five on Tuesday."),
    # a whole number and a half or a quarter glued to pence, cents or percent (fractions.py)
    ("en-gb", "A 2½p stamp was issued in 1971.", "A two and a half pence stamp was issued in nineteen seventy one."),
    ("en-gb", "Wages then were about 62½p an hour.", "Wages then were about sixty two and a half pence an hour."),
    ("en-gb", "Gilts paid 3 1/2% a year.", "Gilts paid three and a half percent a year."),
    ("en-us", "Bananas were 7¼c a pound.", "Bananas were seven and a quarter cents a pound."),
    ("en-gb", "The base rate was 5 3/4% in 2007.",
     "The base rate was five and three quarters percent in two thousand and seven."),
    # old money's shillings or pence alone without a stop, an old coin named near or a price before (history.py)
    ("en-gb", "A guinea, 21s, was a month's wage for a farm labourer.",
     "A guinea, twenty one shillings, was a month's wage for a farm labourer."),
    ("en-gb", "A florin was worth 2s in old money.", "A florin was worth two shillings in old money."),
    ("en-gb", "A shilling was 12d, and 20s made a pound.",
     "A shilling was twelve pence, and twenty shillings made a pound."),
    ("en-gb", "He bought a 10s note with his sixpence savings.",
     "He bought a ten shilling note with his sixpence savings."),
    ("en-gb", "Milk cost 3d a pint, and bread 4d.", "Milk cost threepence a pint, and bread fourpence."),
    ("en-gb", "The tram fare was 2d each way.", "The tram fare was twopence each way."),
]
_LEFT = [
    # a capital letter and a number are a chip or a car, no unit
    ("en-gb", "Each team gets one M2 per season.", "Each team gets one M two per season."),
    ("en-gb", "Apple charged more per M2 chip.", "Apple charged more per M two chip."),
    # across and gross are no nouns described
    ("en-us", "The lake is 3km across.", "The lake is three kilometers across."),
    ("en-us", "It weighs 10kg gross.", "It weighs ten kilograms gross."),
    # ages and spans of two, no run of three sets
    ("en-gb", "Classes for ages 5-6, 6-7 and 7-8.", "Classes for ages five to six, six to seven and seven to eight."),
    ("en-gb", "Ages 3-5, 5-7 and 7-11 welcome.", "Ages three to five, five to seven and seven to eleven welcome."),
    # a mixed number before a unit or a word
    ("en-gb", "Drive 2 1/2 km to the farm.", "Drive two and a half kilometres to the farm."),
    ("en-gb", "Shares rose 2 3/4 points.", "Shares rose two and three quarters points."),
    # a decade of life, a lap's seconds, dimensions, a race's seconds
    ("en-gb", "In her 20s she collected old florins.", "In her twenties she collected old florins."),
    ("en-gb", "The lap took 21s.", "The lap took twenty one seconds."),
    ("en-gb", "The game is in 2d and 3d.", "The game is in two d and three d."),
    ("en-gb", "He ran 58s to win the florin race.", "He ran fifty eight seconds to win the florin race."),
]


globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", ["people per km2 ", "per m^3.", "6-4 ", "7-6 (5) 6-4 ", "6-7 (three), ",
                                   "2 1/2p ", "1 3/4% ", "a guinea 1s ", "cost 1d ", "her 2s ", "10mm glass "])
def test_the_new_rules_stay_linear(token: str) -> None:
    # a run of each rule's own shape, unterminated: four times the text must cost about four times the time
    check_linear(token)
