"""A forty-fourth author's sweep (issue #10): fifteen kinds of news and features the sweeps had drawn on least (court
reports, weather forecasts, traffic and travel, election results, obituaries, motoring reviews, tech reviews, gardening
columns, charity appeals, health news, education, rail transport, property, F1 and motorsport, space and astronomy),
written with their readings before narrator read any of them (tests/fixtures/speech/prose_sweep44.tsv, each read in its
style column's language tag). First reading 182 of 210 (86.7%) relaxed, 180 lenient. Of the 18 misses in the two
thirds the rules were written from, 13 were the house's own form of what the row says, added as alternatives (a letter
A said 'Eh' in 'A1(M)', 'A14', 'A&E' and 'A-level'; a 24-hour clock said as one, 'sixteen o five' and 'twenty three
thirty'; 'o' for a zero in '501(c)(3)'; 'zero' for 'nought'; 'a month' for 'pcm'; 'three bed' for '3BR'; 'out of'
for a lap's '44/57'; a slash between two sizes said 'or', as the house says it between amounts; 'pH' as written), and
one more row gained 'northwest' beside a miss of its own; 5 misread, read by the rules below, one class each but the
party's two: a motorway opening a bulletin's line before a span of junctions ('M25 J10-J11 anticlockwise': 'J ten to J
eleven'); a lone compass letter before a wind's speed in talk of wind ('Winds will be W 20-30mph': 'W twenty'); a
party's short name before 'maj.' and in a swing's 'from Con to Lab' whatever follows ('Lab maj. 3,117', 'to Lab would
be needed': 'Lab'); a car's economy 'combined' after a hedge's article ('an EPA-estimated 41 mpg combined': 'mile per
gallon', as if it described a noun). Every third row (index % 3 == 2, 70 rows) was kept aside: 60 of 70 at the first
reading and 60 after the rules; the other 140: 122, 134 with the house's forms, 139 after the rules. The kept third did
not move: its misses, read once after the rules, were of classes the tuned part did not show; 8 of its 10 were the
house's forms ('o six hundred' and 'eighteen hundred', 'Eh three o three', 'B forty o nine', 'Liberal Democrat' for
'LD', 'pounds forty pence', 'seven o five', 'a thousand two hundred pound', 'a month' for 'pcm'), added afterwards as
alternatives (68 of 70 with them), and two misread, left below. Compared as the benchmark's relaxed score compares
(case and punctuation aside), with the sweeps' folding. Five rows found written word for word by earlier sweeps (four
of the two thirds, one kept) were replaced by new ones of their kind, each read right before and after the rules, as
the five they replaced were.

Heard but not scored: 'LNER's Class 800 Azumas' is read 'Lner's', an initialism with a possessive opening the
sentence taken for a word in capitals (the relaxed form folds the spelled 'L.N.E.R's' to the same letters).
Read after they had been read (by a later sweep's rules, tests/test_speech_left57c.py): 'a 27in 4K IPS panel', a size
before a second size and a panel's initialism, and '700 ly away', light years before a word of distance; and (by
tests/test_speech_left58b.py's rules) 'The router's 2.5GbE port', a network's speed glued to 'GbE', said in its
words."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, relaxed, rule_tests, sweep_tests

# What is left, each with its class, the module whose rules would read it, and why no rule of this sweep reads it.
_KNOWN_MISSES: dict[str, str] = {}


SWEEP = Sweep("prose_sweep44.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=210, styles=2)
globals().update(sweep_tests(SWEEP))


# Each class the sweep's rules read, by its examples of our own, and beside them what only looks like it, left.
_READ = [
    # a traffic bulletin's line opened by its motorway, then a span of junctions or a junction after a word of place:
    # junctions, as after " M6" inside a sentence (places.py)
    ("en-gb", "M6 J16-J17 closed southbound after a crash.",
     "M six junction sixteen to junction seventeen closed southbound after a crash."),
    ("en-gb", "M62 J22–J24 eastbound: 40-minute delays.",
     "M sixty two junction twenty two to junction twenty four eastbound: forty minute delays."),
    ("en-gb", "M1 southbound between J13 and J12: one lane shut.",
     "M one southbound between junction thirteen and junction twelve: one lane shut."),
    ("en-gb", "M4 J1-J3: overnight closures all week.",
     "M four junction one to junction three: overnight closures all week."),
    # a lone compass letter before a wind's speed, in a sentence that speaks of wind: the point (places.py)
    ("en-gb", "Winds tomorrow E 10-15mph, falling light by evening.",
     "Winds tomorrow east ten to fifteen miles per hour, falling light by evening."),
    ("en-gb", "The wind will be N 20 knots at first.",
     "The wind will be north twenty knots at first."),
    ("en-gb", "Winds on Saturday: S 25mph, gusting 45mph.",
     "Winds on Saturday: south twenty five miles per hour, gusting forty five miles per hour."),
    ("en-gb", "Expect winds of E 15 km/h in the afternoon.",
     "Expect winds of east fifteen kilometres per hour in the afternoon."),
    # a party's short name before "maj." or "majority" and a number, opening a result (notices.py)
    ("en-gb", "Con maj. 412.", "Conservative majority four hundred and twelve."),
    ("en-gb", "LD majority 2,004 on a 55% turnout.",
     "Liberal Democrat majority two thousand and four on a fifty five percent turnout."),
    ("en-gb", "Result: Lab maj. 9,876.", "Result: Labour majority nine thousand eight hundred and seventy six."),
    # a swing's pair of parties, "from Con to Lab", both said whatever follows (notices.py)
    ("en-gb", "The seat fell on a swing from Lab to Con of 6.2%.",
     "The seat fell on a swing from Labour to Conservative of six point two percent."),
    ("en-gb", "It was a swing from Con to LD that few predicted.",
     "It was a swing from Conservative to Liberal Democrat that few predicted."),
    # a car's economy "combined" (over the test's cycles) after a hedge: what was measured, in the plural (units.py)
    ("en-gb", "It returns an official 52.3mpg combined.",
     "It returns an official fifty two point three miles per gallon combined."),
    ("en-us", "Expect an estimated 30 mpg combined.", "Expect an estimated thirty miles per gallon combined."),
    ("en-gb", "It returns 44.8mpg combined.", "It returns forty four point eight miles per gallon combined."),
]
_LEFT = [
    # junctions with no motorway named, and a "J" that is a name's
    ("en-gb", "J10-J11 of the league table were tight.", "J ten to J eleven of the league table were tight."),
    ("en-gb", "Mum said J2 was fine.", "Mum said J two was fine."),
    # a letter before a speed after a capitalised word (a route's), and a letter before a height near a wind farm
    ("en-gb", "In high winds, Route S 40mph limits apply.", "In high winds, Route S forty mile per hour limits apply."),
    ("en-gb", "The wind farm at Site E 30m high was approved.",
     "The wind farm at Site E thirty metres high was approved."),
    # labs numbered, and a lab's majority after an article
    ("en-gb", "Votes were counted as staff moved from Lab 2 to Lab 4.",
     "Votes were counted as staff moved from Lab two to Lab four."),
    ("en-gb", "The Lab majority view was clear, the seats said.", "The Lab majority view was clear, the seats said."),
    # an economy that describes the noun after it, and a weight combined
    ("en-gb", "A 41mpg combined figure is rare.", "A forty one mile per gallon combined figure is rare."),
    ("en-gb", "Its 2kg combined weight is low.", "Its two kilogram combined weight is low."),
]


globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", ["M6 J1-J2 ", "winds W 20mph ", "W 20 knots ", "from Con to Lab ",
                                   "Lab maj. 3 ", "an estimated 41 mpg combined "])
def test_the_new_rules_stay_linear(token: str) -> None:
    # a run of each rule's own shape, unterminated: four times the text must cost about four times the time
    check_linear(token)
