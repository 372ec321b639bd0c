"""A thirty-sixth author's sweep (issue #10): kinds of text the sweeps had drawn on least (central bank and bond
market reports, pharmaceutical trial results, sports transfers and contracts, weather and climate records, court
sentencing, census and polling, shipping and logistics, energy prices, space missions, university rankings, music
charts, elections abroad, school inspection reports, aviation incidents, public health advice, local council budgets),
written with their readings before narrator read any of them (tests/fixtures/speech/prose_sweep36.tsv, each read in
its style column's language tag). First reading 211 of 224 (94.2%): central banks 14/14, trials 13/14, transfers
14/14, weather 13/14, sentencing 13/14, polling 14/14, shipping 14/14, energy 11/14, space 14/14, rankings 13/14,
charts 14/14, elections 14/14, inspections 14/14, aviation 11/14, public health 13/14, council budgets 12/14. Of the
13 misses, 10 were the house's own form of what the row says (cents and pence after dollars and pounds, 6; 'a
hundred', 1; 'Eh' for the letter A, 2; 'o' for 'oh', 1), added as alternatives; 3 misread: a measure before "short
of" said in the singular, a service number before a helpline's name said as a count, an airliner's type number with
its possessive said as a count. Every third row (index % 3 == 2, 74 rows) was kept aside: 71 at the first reading,
73 with the house's forms, 73 after the rules; the other 150: 140, 148 with the house's forms, 150 after the rules.
Compared as the benchmark's relaxed score compares (case and punctuation aside), with the sweeps' folding."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, relaxed, rule_tests, sweep_tests

# What is left, each with its class, the module whose rules would read it, and why no rule of this sweep reads it.
_KNOWN_MISSES: dict[str, str] = {
    "The 777's RAT deployed after both engines lost thrust.": (
        "an airliner's type number with its possessive and no maker named, 'the 777's', is read as a count, 'seven"
        " hundred and seventy seven's' (narrator/speech/normalise/namednumbers.py); seen only in the kept third, so"
        " no rule of this sweep was written for it"),
}


SWEEP = Sweep("prose_sweep36.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=220, styles=2)
globals().update(sweep_tests(SWEEP))


# Each class the sweep's rules read, by its examples of our own, and beside them what only looks like it, left.
_READ = [
    # a measure before a margin's word and "of", or a clause's end, is how far: plural (amounts.py)
    ("en-gb", "It ended 2 km short of the goal.", "It ended two kilometres short of the goal."),
    ("en-gb", "He finished 3 km clear of the field.", "He finished three kilometres clear of the field."),
    ("en-gb", "It stopped 5 km shy of the top.", "It stopped five kilometres shy of the top."),
    ("en-gb", "The putt stopped 3ft short.", "The putt stopped three feet short."),
    ("en-gb", "It fell 20 m short, then rose.", "It fell twenty metres short, then rose."),
    ("en-gb", "They were 400 km adrift of the pack.", "They were four hundred kilometres adrift of the pack."),
    ("en-us", "The jet landed 1,000 ft short of the runway.",
     "The jet landed one thousand feet short of the runway."),
    # a service number before a helpline's name, up to three words in capitals (telephones.py)
    ("en-gb", "Ring the 111 Mental Health Helpline.", "Ring the one one one Mental Health Helpline."),
    ("en-us", "The 988 Lifeline took calls.", "The nine eight eight Lifeline took calls."),
    ("en-us", "Text the 988 Crisis & Support Lifeline.", "Text the nine eight eight Crisis and Support Lifeline."),
    ("en-gb", "The 101 Police Hotline is busy.", "The one zero one Police Hotline is busy."),
]
_LEFT = [
    ("en-gb", "The 50m short course pool.", "The fifty metre short course pool."),
    ("en-gb", "A 10 km short route.", "A ten kilometre short route."),
    ("en-gb", "A 30 ft clear height.", "A thirty foot clear height."),
    ("en-gb", "The 2 mi clear road.", "The two mile clear road."),
    ("en-us", "She bought 111 Blue Line tickets.", "She bought one hundred eleven Blue Line tickets."),
    ("en-us", "The 911 Carrera is fast.", "The nine hundred eleven Carrera is fast."),
    ("en-us", "We took 112 Great Western trains.", "We took one hundred twelve Great Western trains."),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", ["2 km short ", "3 m clear of ", "5 km shy  of ", "2 mi adrift", "30 ft short. ",
                                   "the 988 ", "the 988 Crisis ", "988 Aa Bb Cc Dd ", "111 Mental & Health & ",
                                   "101 Police Hot "])
def test_the_new_rules_stay_linear(token: str) -> None:
    # a run of each rule's own shape, unterminated: four times the text must cost about four times the time
    check_linear(token)
