"""A fortieth author's sweep (issue #10): kinds of text the sweeps had drawn on least (aviation incidents, shipping and
ports, university rankings and admissions, earnings reports, music charts and streaming, film reviews, theatre and
opera listings, science and space, public health, transport fares, gaming, crime statistics, horse racing, sailing and
rowing results, farming prices, architecture and planning), written with their readings before narrator read any of
them (tests/fixtures/speech/prose_sweep40.tsv, each read in its style column's language tag). First reading 212 of 224
(94.6%). Of the 12 misses, 4 were the house's own form of what the row says ('Eh' for a lone capital A said as its
letter: 'A320', 'A-level', 'A&E', '12A'), added as alternatives; 8 misread: five classes read by the rules below (a
band of ages whose first age has one digit, '5–15s'; a span after a label of an area or a band with a capitalised
word after it, taken for a score between two sides, 'Zone 1–6 Travelcard'; a count in digits before the price of each
thing counted, '200 £10 tickets', which was also said 'two hundred and ten'; an odds-on price after 'at' in talk of
betting, 'at 4/6,'; the weight of what is printed or pressed on, 'on 180g vinyl'), and three in the kept third. Every
third row (index % 3 == 2, 74 rows) was kept aside: 70 at the first reading, 71 with the house's forms, 71 after the
rules; the other 150: 142, 145 with the house's forms, 150 after the rules. The kept third did not move: none of its
misses is of a class the tuned part's misses showed. Compared as the benchmark's relaxed score compares (case and
punctuation aside), with the sweeps' folding. Two rows first written met an earlier sweep's word for word and were
given other numbers after the first reading (a game's sales, a star's temperature); both read right before and after.
Read after it had been read: the kept 'Felixstowe handled 3.8m TEU' (millions of containers), by a rule for a scale
letter before a freight unit written later from examples of our own (test_speech_shared_money54.py); no unseen
reading."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, relaxed, rule_tests, sweep_tests

# What is left, each with its class, the module whose rules would read it, and why no rule of this sweep reads it.
_KNOWN_MISSES: dict[str, str] = {
    "The cruise ship's 5,200 passengers spent an estimated £1.1m ashore.": (
        "a sum before an adverb of place ('£1.1m ashore') is taken to describe it and said in the singular"
        " (narrator/speech/normalise/amounts.py, NOT_SIZED); seen only in the kept third"),
    "Performances are Tues–Sat at 8, with matinees Sun at 2.": (
        "a weekday's short name that is also a word ('Sun') is left as written after a plural noun"
        " (narrator/speech/normalise/weekdays.py); seen only in the kept third"),
}


SWEEP = Sweep("prose_sweep40.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=220, styles=2)
globals().update(sweep_tests(SWEEP))


# Each class the sweep's rules read, by its examples of our own, and beside them what only looks like it, left.
_READ = [
    # a band of ages whose first age has one digit, the band's plural (plurals.py)
    ("en-gb", "The 5-11s swim first on Saturdays.", "The five to elevens swim first on Saturdays."),
    ("en-gb", "Classes for the 2-10s start in May.", "Classes for the two to tens start in May."),
    ("en-gb", "Tickets for 4–16s cost less.", "Tickets for four to sixteens cost less."),
    ("en-gb", "The 8-12s club meets on Fridays.", "The eight to twelves club meets on Fridays."),
    ("en-us", "Camps for 6-14s fill up fast.", "Camps for six to fourteens fill up fast."),
    # a span after a label of an area or a band, a capitalised word after it: no score between sides (facts.py)
    ("en-gb", "The Zones 2-6 Travelcard costs less.", "The Zones two to six Travelcard costs less."),
    ("en-gb", "Tier 2-3 Areas Face New Rules", "Tier two to three Areas Face New Rules"),
    ("en-gb", "Terminals 2-5 Parking is full.", "Terminals two to five Parking is full."),
    ("en-gb", "Berths 7-9 Cargo Handling resumes today.", "Berths seven to nine Cargo Handling resumes today."),
    ("en-gb", "Bands 5-6 Nurses get a rise.", "Bands five to six Nurses get a rise."),
    # a count in digits before the price or the size of each thing counted: singular, and no "and" joining the two
    # numbers into one (amounts.py, regional.py)
    ("en-gb", "There are 200 £10 tickets left.", "There are two hundred ten pound tickets left."),
    ("en-gb", "He placed 10 £2 bets.", "He placed ten two pound bets."),
    ("en-gb", "They drank 3 £6 pints each.", "They drank three six pound pints each."),
    ("en-gb", "We sold 1,000 £5 tickets.", "We sold one thousand five pound tickets."),
    ("en-us", "She bought 4 $25 vouchers.", "She bought four twenty five dollar vouchers."),
    ("en-gb", "We sold 300 10kg sacks.", "We sold three hundred ten kilogram sacks."),
    ("en-gb", "The 300 15-year-olds sat the test.", "The three hundred fifteen year-olds sat the test."),
    # an odds-on price after "at" in talk of betting, ending its phrase (fractions.py)
    ("en-gb", "The favourite went off at 8/11 and won.", "The favourite went off at eight to eleven and won."),
    ("en-gb", "Backed at 4/5, she won by a neck.", "Backed at four to five, she won by a neck."),
    ("en-gb", "The colt, at 2/7, won at a canter.", "The colt, at two to seven, won at a canter."),
    ("en-gb", "The gelding was sent off at 1/3 and won.", "The gelding was sent off at one to three and won."),
    ("en-gb", "The odds-on favourite, at 8/13, fell at the last.",
     "The odds-on favourite, at eight to thirteen, fell at the last."),
    # the weight of what is printed or pressed on, a paper's grammage or a record's weight (units.py)
    ("en-gb", "It comes on 140g vinyl.", "It comes on one hundred and forty gram vinyl."),
    ("en-gb", "Print the form on 120g paper.", "Print the form on one hundred and twenty gram paper."),
    ("en-gb", "Invitations come on 350g card.", "Invitations come on three hundred and fifty gram card."),
    ("en-gb", "It came on 180g coloured vinyl.", "It came on one hundred and eighty gram coloured vinyl."),
    ("en-us", "Menus are printed on 300g cardstock.", "Menus are printed on three hundred gram cardstock."),
]
_LEFT = [
    # a model's plural and a span of ages with no plural
    ("en-gb", "He owns two F-16s.", "He owns two F sixteen's."),
    ("en-gb", "Pupils aged 5-11 go free.", "Pupils aged five to eleven go free."),
    # a score between two sides' names
    ("en-gb", "Spurs 2-1 Arsenal.", "Spurs two one Arsenal."),
    ("en-gb", "Leeds 3-0 Hull.", "Leeds three nil Hull."),
    # a year before a sum and a verb; a number of its own after a round one
    ("en-gb", "In 2019 £5 buys less.", "In twenty nineteen five pounds buys less."),
    ("en-gb", "It cost £310 and 300 people came.",
     "It cost three hundred and ten pounds and three hundred people came."),
    # a share before what it is a share of, in talk of horses or not
    ("en-gb", "The horse ran at 1/2 speed.", "The horse ran at one half speed."),
    ("en-gb", "The tank was at 4/5 capacity.", "The tank was at four fifths capacity."),
    # a weight of stuff measured out, not what anything is printed on
    ("en-gb", "Add 300g paper to the compost.", "Add three hundred grams paper to the compost."),
    ("en-gb", "Sprinkle on 20g sugar.", "Sprinkle on twenty grams sugar."),
]


globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", ["the 5-15s ", "Zone 1-6 Travelcard ", "200 £10 tickets ", "300 10kg sacks ",
                                   "horse at 4/6, ", "on 180g vinyl ", "1 2 3 £4 "])
def test_the_new_rules_stay_linear(token: str) -> None:
    # a run of each rule's own shape, unterminated: four times the text must cost about four times the time
    check_linear(token)
