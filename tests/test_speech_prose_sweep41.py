"""A forty-first author's sweep (issue #10): kinds of text the sweeps had drawn on least (consumer advice and credit,
recalls and safety notices, courts in other countries, wildlife and conservation, transport strikes, exam results,
sports transfers, technology reviews, health studies, box office, weather records, local councils), written with their
readings before narrator read any of them (tests/fixtures/speech/prose_sweep41.tsv, each read in its style column's
language tag). First reading 164 of 168 (97.6%). Of the 4 misses, 2 were the house's own form of what the row says, and
a third partly so, added as alternatives ('one minute past midnight' for '00:01'; 'AM' and 'PM' for 'a.m.' and 'p.m.';
a grade string's letters said as letters, 'A.A.B' and 'Eh star A.A' for 'AAB' and 'A*AA'); 2 misread, one class each,
read by the rules below: a span of exam grades from A*, 'A*–C', said 'star-C'; and a North American toll-free number
after a word that calls it, '1-800-555-0199', its 800 said a digit at a time where the same number without the call
word is said 'eight hundred'. Every third row (index % 3 == 2, 56 rows) was kept aside: 55 at the first reading, 56
with the house's forms, 56 after the rules; the other 112: 109, 110 with the house's forms, 112 after the rules. The
kept third did not move by the rules: its one miss was the house's form of a grade string, of neither class the tuned
part's misses showed. Compared as the benchmark's relaxed score compares (case and punctuation aside), with the
sweeps' folding. Two rows first written met an earlier sweep's word for word and were given other numbers after the
first reading (a laptop's memory, a vaccine's efficacy); both read right before and after."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, relaxed, rule_tests, sweep_tests

# What is left, each with its class, the module whose rules would read it, and why no rule of this sweep reads it.
_KNOWN_MISSES: dict[str, str] = {}


SWEEP = Sweep("prose_sweep41.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=160, styles=2)
globals().update(sweep_tests(SWEEP))


# Each class the sweep's rules read, by its examples of our own, and beside them what only looks like it, left.
_READ = [
    # a span of exam grades from the starred top grade, its dash before one grade's letter (signs.py)
    ("en-gb", "Around 60% of entries were graded A*–B.",
     "Around sixty percent of entries were graded Eh star to B."),
    ("en-gb", "The share of A*-A grades fell to 27%.",
     "The share of Eh star to A grades fell to twenty seven percent."),
    ("en-gb", "Pupils got A*–E in most subjects.", "Pupils got Eh star to E in most subjects."),
    ("en-gb", "Grade A*-C passes rose by 2%.", "Grade Eh star to C passes rose by two percent."),
    ("en-gb", "She got A*–U grades.", "She got Eh star to U grades."),
    # a North American toll-free or premium number after a word that calls it: its 800 or 900 said as a number, as
    # the same number is said with no call word before it (regional.py)
    ("en-us", "Call 1-800-555-0123 for details.",
     "Call one, eight hundred, five five five, zero one two three for details."),
    ("en-us", "Phone 1-900-555-0187 to vote.",
     "Phone one, nine hundred, five five five, zero one eight seven to vote."),
    ("en-us", "Call 800-555-0111 today.", "Call eight hundred, five five five, zero one one one today."),
    ("en-us", "Call the helpline on 1 800 555 0177.",
     "Call the helpline on one, eight hundred, five five five, zero one seven seven."),
    ("en-gb", "Ring 1-800-555-0142 from the US.",
     "Ring one, eight hundred, five five five, zero one four two from the U.S."),
]
_LEFT = [
    # a starred grade's dash before a word, and grades in a list
    ("en-gb", "The A*-search variant is faster.", "The Eh star-search variant is faster."),
    ("en-gb", "He got an A*, a B and a C.", "He got an Eh star, a B and a C."),
    # the other toll-free codes, said a digit at a time, and a British freephone's and a London number's 0800
    ("en-us", "Call 1-888-555-0199 now.", "Call one, eight eight eight, five five five, zero one nine nine now."),
    ("en-us", "Call 1-855-555-0100 now.", "Call one, eight five five, five five five, zero one zero zero now."),
    ("en-gb", "Call 0800 555 0199 now.", "Call zero eight zero zero, five five five, zero one nine nine now."),
    ("en-gb", "Call 020 7946 0800 now.", "Call zero two zero, seven nine four six, zero eight zero zero now."),
]


globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", ["A*–C ", "A*-", "Call 1-800-555-0100 ", "Call 1 800 555 "])
def test_the_new_rules_stay_linear(token: str) -> None:
    # a run of each rule's own shape, unterminated: four times the text must cost about four times the time
    check_linear(token)
