"""A mass before a plural noun it sizes, binoculars' magnification by aperture standing alone, a race's split in
minutes and tenths of seconds before 'split', a currency written as letters before its amount, a chase's total and
wickets beside the balls it had to spare, and a span of money before a sign written after it, before a noun, in
sentence context (tests/fixtures/speech/speech_left58c.tsv): classes earlier sets left ('28g loads', 'the women's 540
kg titles', '8x42', 'Tk 1,200', 'India reached 277-4 with 11 balls to spare'). Six classes, 49 rows of our own, each
with near misses that must stay as they are ('250g mushrooms', 'lost 6 kg', '3x4 is twelve', 'a 55:45 split', 'Tcl/Tk
8.6', '11 Ks', 'reached 212-4 in the committee vote', '40 ₪ to 60 ₪'), every reading written before the normaliser was
run on them.

FIRST READING (at the branch point) 22 of 49 lenient (22 relaxed): tuned 15 of 33, kept 7 of 16 (every third row,
index % 3 == 2, kept aside and scored as a number only). By class, tuned and kept: a mass before what it sizes 3/7
and 2/3, binoculars 2/5 and 2/3, a split 2/6 and 0/2, letters before an amount 2/6 and 0/3, a chase 1/4 and 1/3, a span
of money before its sign 5/5 and 2/2 (read already: no rule). No row was re-written.

The rules were written from the classes the brief named and from examples of our own (below: 28 examples of the classes
and 13 near misses), before this set was written, and the set was scored on them once: tuned 15 -> 33 of 33, kept 7 ->
16 of 16. So the set is a check of the rules on sentences they were not written from, not a tuning set; the kept third
says no more than the rest. The rules: a weight before what is made, sold or contested by it ("loads", "cartridges",
"bullets", "loaves", "bars", "coins", "titles", "classes", "divisions") sizes it, in the singular (units._CONTAINERS),
and a size paired with the next by "and" keeps it when each has its own "the" ("the men's 640 kg and the women's 540 kg
titles"); a power of 4 to 25 by an aperture of 20 to 99 is a glass's "by" wherever it stands (dimensions._DIMENSIONS);
minutes and two-digit seconds in tenths before "split" are a time, not a share (arithmetic._TIMED_SPLIT); "Tk", "Ks",
"Nu.", "TSh" and "USh" before an amount are the taka, the kyat, the ngultrum and Tanzania's and Uganda's shillings,
written as their codes (facts.LETTERS_BEFORE_AMOUNT, money._LETTERS_BEFORE), not after a stroke nor, the taka's, before
a toolkit's version ("Tcl/Tk 8.6", "Tk 9"); and a chase's "balls to spare" or "balls remaining" is a word of cricket
(facts.CRICKET_WORDS). The earlier sets' rows '28g loads', 'the women's 540 kg titles' (articles42), '8x42', 'Tk 1,200'
(unit_tokens50) and 'India reached 277-4 with 11 balls to spare' (prose_sweep45) were read after they had been read.
One reading of the benchmark's text changed, judged better: a French listing's "série, 10x26" (ten episodes of
twenty-six minutes) is "ten by twenty six", as the trade says it, where it was "ten x twenty six".

Left, with their reasons: a bowler's figures after a possessive with no word of cricket near ("Broad's 8-15 at Trent
Bridge", prose_sweep45): a ground's name is the only sign, and grounds and bridges are other things' names too ("Trent
Bridge" is a bridge, "Lord's" the Lord's), while a possessive before a pair is as often a span ("the group's 8-15 age
band"). A span of money before a sign written after it, before a noun ("a 50-80 ₪ dinner"), was read already at the
branch point (its seven rows here pass with no rule).

Compared as the thirty-second set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {}

SWEEP = Sweep("speech_left58c.tsv", _KNOWN, form=lenient, tagged=True, least=49, styles=6, only=True, each=7,
              any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class, with examples of our own and what only looks like one (left as it was).
_READ = [
    # a weight before what is made, sold or contested by it (units._CONTAINERS, units._PAIRED_SIZE)
    ("en", "Cartridges were capped at 36g loads.", "Cartridges were capped at thirty six gram loads."),
    ("en", "The shop sells 28g cartridges only.", "The shop sells twenty eight gram cartridges only."),
    ("en", "Bakers sold 800g loaves all day.", "Bakers sold eight hundred gram loaves all day."),
    ("en", "The mint sells 1 oz coins and 100g bars.", "The mint sells one ounce coins and one hundred gram bars."),
    ("en", "She fought in the 57kg class.", "She fought in the fifty seven kilogram class."),
    ("en", "He shot 150 gr bullets.", "He shot one hundred and fifty grain bullets."),
    ("en", "The men's 600 kg and the women's 480 kg titles went north.",
     "The men's six hundred kilogram and the women's four hundred and eighty kilogram titles went north."),
    ("en", "She entered the junior 57 kg and the senior 63 kg classes.",
     "She entered the junior fifty seven kilogram and the senior sixty three kilogram classes."),
    # binoculars' or a scope's magnification by aperture, standing alone (dimensions._DIMENSIONS)
    ("en", "I use 8x42.", "I use eight by forty two."),
    ("en", "Buy 8x30 or 10x50?", "Buy eight by thirty or ten by fifty?"),
    ("en", "20x80 is heavy for a tripod head.", "twenty by eighty is heavy for a tripod head."),
    ("en", "Mine were 7x35, cheap and bright.", "Mine were seven by thirty five, cheap and bright."),
    # minutes and seconds in tenths before "split" (arithmetic._TIMED_SPLIT)
    ("en", "She ran a 1:52.4 split.", "She ran a one minute fifty two point four seconds split."),
    ("en", "Her 2:11.8 split won it.", "Her two minutes eleven point eight seconds split won it."),
    ("en", "A 3:59.9 split is rare.", "A three minutes fifty nine point nine seconds split is rare."),
    ("en", "They posted a 1:30.25 split.", "They posted a one minute thirty point two five seconds split."),
    # a currency's letters before its amount (facts.LETTERS_BEFORE_AMOUNT)
    ("en", "We paid Tk 1,200 for it.", "We paid one thousand two hundred taka for it."),
    ("en", "a Tk 500 fare", "a five hundred taka fare"),
    ("en", "Tk500 a kilo", "five hundred taka a kilo"),
    ("en", "Tk 1.2bn was spent.", "one point two billion taka was spent."),
    ("en", "It costs Ks 5,000.", "It costs five thousand kyat."),
    ("en", "Nu. 300 per night", "three hundred ngultrum per night"),
    ("en", "The fare is TSh 20,000.", "The fare is twenty thousand Tanzanian shillings."),
    ("en", "USh 50,000 a month", "fifty thousand Ugandan shillings a month"),
    # a chase's total and wickets beside the balls it had to spare (facts.CRICKET_WORDS)
    ("en", "Kent reached 181-6 with two balls remaining.",
     "Kent reached one hundred eighty one for six with two balls remaining."),
    ("en", "Surrey got there at 160-3 with 14 deliveries to spare.",
     "Surrey got there at one hundred sixty for three with fourteen deliveries to spare."),
    ("en", "Otago made 199-9 with one ball remaining.",
     "Otago made one hundred ninety nine for nine with one ball remaining."),
    ("en", "The Stars were 150-5 with 20 balls to spare.",
     "The Stars were one hundred fifty for five with twenty balls to spare."),
]
_LEFT = [
    # an amount of a food weighed out is no size of it, and a weight lost is an amount
    ("en", "Add 500g potatoes and 200g pasta shells.",
     "Add five hundred grams potatoes and two hundred grams pasta shells."),
    ("en", "Feed 2kg pellets a day.", "Feed two kilograms pellets a day."),
    ("en", "He lost 6 kg and the women's team lost 4 kg in May.",
     "He lost six kilograms and the women's team lost four kilograms in May."),
    # a product or a score of small numbers keeps its "x"
    ("en", "Multiply 3x4 to get 12.", "Multiply three x four to get twelve."),
    ("en", "He scored 2x8 on the test.", "He scored two x eight on the test."),
    # a share without a time's tenths, and a scale with one, stay ratios
    ("en", "a 60:40 split", "a sixty to forty split"),
    ("en", "a 1:2.5 split", "a one to two point five split"),
    ("en", "a 1:43.5 scale model", "a one to forty three point five scale model"),
    # the toolkit's version and a pitcher's strikeouts are no taka or kyat
    ("en", "Tk 8.6 ships with Python.", "Tk eight point six ships with Python."),
    ("en", "Tk 9 is out.", "Tk nine is out."),
    ("en", "He struck out 12 Ks.", "He struck out twelve Ks."),
    # a vote's tally with no word of cricket, and balls left in a bucket with no score
    ("en", "The motion reached 277-4 in the vote.",
     "The motion reached two hundred seventy seven to four in the vote."),
    ("en", "She had three balls left in the bucket.", "She had three balls left in the bucket."),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "28g loads ", "the men's 640 kg and the women's 540 kg titles ", "and the x's 5 kg ", "8x42 ", "8x42x",
    "1:52.4 split ", "1:52.4 ", "Tk 1,200 ", "Tk 8.6 ", "/Tk 9 ", "Nu. 300 ", "Ks 5 ", "277-4 with 11 balls to spare ",
    "balls to spare ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))
