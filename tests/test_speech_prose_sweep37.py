"""A thirty-seventh author's sweep (issue #10): kinds of text the sweeps had drawn on least (obituaries, recipes, car
reviews, phone and laptop reviews, stock market reports, tech earnings, football match reports, cricket, golf,
athletics and tennis results, court reports with citations, science press releases, air travel, weather forecasts,
charity appeals, video games, crime and police reports, job adverts and pay), written with their readings before
narrator read any of them (tests/fixtures/speech/prose_sweep37.tsv, each read in its style column's language tag).
First reading 204 of 224 (91.1%). Of the 20 misses, 15 were the house's own form of what the row says ('a hundred',
3; 'o' for 'oh', 6; 'Dr' left abbreviated, 1; 'Footsie' with 'zero', 1; a flight number and an index's number said in
pairs, 2; 'the third and the fourth of March', 1; pence after pounds with 'and over', 1), added as alternatives; 5
misread: a licence plate of digits and capitals run together read as a count, a decimal multiplier falling to another
said 'x', a match minute with its mark before a verb said as a bare count, and two in the kept third (a slash between
two words after a measure, a police reference with its year after a slash, both said 'or'). Every third row (index %
3 == 2, 74 rows) was kept aside: 70 at the first reading, 72 with the house's forms, 72 after the rules; the other
150: 134, 147 with the house's forms, 150 after the rules. Later the lead wrote a rule for a labelled reference's
two slashed numbers (tests/test_speech_two_part_references.py) after this kept row had been read, which reads it
(223): not an unseen result. Compared as the benchmark's relaxed score compares (case and
punctuation aside), with the sweeps' folding."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, relaxed, rule_tests, sweep_tests

# What is left, each with its class, the module whose rules would read it, and why no rule of this sweep reads it.
_KNOWN_MISSES: dict[str, str] = {
    "Fuel economy is rated at 28/36 mpg city/highway.": (
        "a slash between two words after a measure, 'city/highway', is read as 'or'; the two figures it pairs say"
        " each of them, 'city, highway' (narrator/speech/normalise/slashes.py); seen only in the kept third"),
}


SWEEP = Sweep("prose_sweep37.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=220, styles=2)
globals().update(sweep_tests(SWEEP))


# Each class the sweep's rules read, by its examples of our own, and beside them what only looks like it, left.
_READ = [
    # a vehicle's plate after its label, capitals and digits mixed, character by character (telephones.py)
    ("en-us", "Police traced plate number 4XYZ921 to a rental firm.",
     "Police traced plate number four X Y Z nine two one to a rental firm."),
    ("en-gb", "The van, reg KM19 ZTR, was found burnt out.",
     "The van, registration K M one nine Z T R, was found burnt out."),
    ("en-us", "Its license plate read JRT-5521.", "Its license plate read J R T five five two one."),
    ("en-gb", "A car with registration number LB07 HXA was seized.",
     "A car with registration number L B zero seven H X Eh was seized."),
    # a decimal multiplier falling to another keeps "times" on both (dimensions.py)
    ("en-gb", "The boost falls from 1.5x to 1.2x next season.",
     "The boost falls from one point five times to one point two times next season."),
    ("en-us", "Valuations dropped from 12.5x to 9x earnings.",
     "Valuations dropped from twelve point five times to nine times earnings."),
    # a match minute with its mark before a verb of the past, a word of the match near (sports.py)
    ("en-gb", "Saka's header in the 71' levelled the tie.",
     "Saka's header in the seventy first minute levelled the tie."),
    ("en-gb", "The penalty in the 90+2' won it for Spurs.",
     "The penalty in the second minute of stoppage time won it for Spurs."),
]
_LEFT = [
    ("en-gb", "Plate 12C shows the nave.", "Plate twelve C shows the nave."),
    ("en-us", "Plates 4 and 5 show the ruins.", "Plates four and five show the ruins."),
    ("en-gb", "A grey van, reg AB CDE, was seen.", "A grey van, reg A.B C.D.E, was seen."),
    ("en-gb", "The plate 2024 Q3 report is out.", "The plate twenty twenty four Q three report is out."),
    ("en-us", "A fence in the 6' marked zone.", "A fence in the six foot marked zone."),
    ("en-us", "It rose from 2x to 3x.", "It rose from two to three times."),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", ["plate AB12 ", "reg A1A1A1A1", "plate number 1A 1A ", "from 2.5x to 2.5x to ",
                                   "the 89' sealed ", "the 9' the 9' goal "])
def test_the_new_rules_stay_linear(token: str) -> None:
    # a run of each rule's own shape, unterminated: four times the text must cost about four times the time
    check_linear(token)
