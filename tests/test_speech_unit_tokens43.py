"""A forty-third author's short items in six of the twelve unit categories (cardinal, decimal, money, measure,
fraction and range), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens43.tsv: cooking,
fitness, nutrition labels, home energy, electric cars, sailing, mountains, money in currencies the earlier sets drew
on least and with short scales, prices per unit, fractions in sizes and shares, ranges with units on both sides, and
approximate and bounded numbers, the kinds of text the first forty sets drew on least): a forty-third estimate of the
unit score on text nobody here tuned for. 332 were written; 91 repeated the earlier sets and were dropped before any
run, 241 in all.

FIRST READING 217 of 241 (90.0%) relaxed and 233 (96.7%) lenient (the benchmark's relaxed_form and lenient_form),
232 as this file compares (case and punctuation ignored, a number's "and" folded). Every third row (index % 3 == 2,
80 rows) was kept aside: 79 of them lenient at the first reading, 154 of the other 161. The relaxed-only misses are
all the house's "hundred and" against rows written without it ("one hundred and fifty kilowatts"), and one "an"
before a zero the benchmark's lenient form folds to "oh".
Four rows were given forms they lacked after the first reading, before any rule, none a change of reading: a range of
money with its code or sign written once is also said with it on both sides, as the set's '£25–£30' and '£2–£3 a pint'
accept ('€2–3/kg', 'NPR 200–300', 'GHS 50–80': "two hundred Nepalese rupees to three hundred Nepalese rupees"), and
'a 1,200 m climb', whose "a thousand" after its article had been written "a a thousand" by a slip of the script that
wrote the "a hundred" forms. So counted, the first reading is 221 relaxed and 237 lenient (236 as this file compares):
the other two thirds 157 of 161, the kept third 80 of 80.
The misreads of the tuned two thirds by class (as this file compares): how often, a multiple over a period after a
slash ('3–5×/week': "three-five x/week"); a recipe's spoon the table lacked ('2 dsp': "two dsp"); a decimal under one
after "an", whose article says its zero as "oh" ('an 0.8 multiplier': "an zero point eight"); and two left (below).

After the rules below, written from the misses of the tuned two thirds only (28 examples of the three classes, 8 of
them near-misses that must not change): tuned 156 -> 159 of 161, kept third 80 -> 80 of 80 (it had no miss left to
move). 224 (92.9%) relaxed, 239 (99.2%) lenient; by category, lenient: cardinal 38/38, decimal 42/42, fraction 35/36,
measure 40/41, money 49/49, range 35/35. The two rows left are in the table below. "a 9 in pie dish" read after it
had been read, by a later rule for a whole number of inches after "a" before a dish, a tin, a pan or a screen, written
for its class (tests/test_speech_left56.py)."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is read in a form the
# row did not write.
_KNOWN: dict[str, str] = {
    "8/15": "a month and a day as the US writes them as much as a fraction: 'August fifteenth' out of context",
}

# The sets written beside this one are not on main; the earlier sets are the first forty.
SWEEP = Sweep("unit_tokens43.tsv", _KNOWN, form=lenient, least=220, styles=6, only=True, each=30,
              earlier=first("unit_tokens", 40), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # how often: a multiple over a period after its slash (dimensions._TIMES_A_PERIOD)
    ("Stretch 2x/day", "Stretch two times a day"),
    ("3×/week", "three times a week"),
    ("1x/month", "once a month"),
    ("2-3x/wk", "two to three times a week"),
    ("Feed 4x/yr", "Feed four times a year"),
    ("10,000x/hr", "ten thousand times an hour"),
    ("Take 1×/day.", "Take once a day."),
    # how often alone: a multiple before a frequency, with nothing before it (dimensions._FREQUENCY_AFTER)
    ("3x a week", "three times a week"),
    ("2× daily", "two times daily"),
    ("4x per month", "four times per month"),
    ("3x/weekend", "three x/weekend"),  # guard: no period, as before
    ("the 3x/4x lenses", "the three x/four times lenses"),  # guard: no period after the slash, as before
    ("x/week", "x/week"),  # guard: no number, as before
    ("a 30x zoom", "a thirty x zoom"),  # guard: a kind after "a", as before
    # a recipe's spoons the table lacked: the dessertspoon, and spoons spelled longer or in the plural (facts.UNITS)
    ("1 dsp of honey", "one dessertspoon of honey"),
    ("1 dstspn oil", "one dessertspoon oil"),
    ("1 tblsp", "one tablespoon"),
    ("2 tbsps", "two tablespoons"),
    ("3 tsps salt", "three teaspoons salt"),
    ("1–2 dsp", "one to two dessertspoons"),
    ("2 DSP chips", "two D.S.P chips"),  # guard: a processor in capitals, as before
    ("the dsp", "the dsp"),  # guard: no number, as before
    # a decimal under one after "an": the writer's article says its zero as "oh" (en._AN_ZERO_POINT)
    ("an 0.5 mm nib", "an oh point five millimeter nib"),
    ("an 0.25% rise", "an oh point two five percent rise"),
    ("An 0.9 ratio is rare", "An oh point nine ratio is rare"),
    ("Human 0.5 and an 0.2", "Human zero point five and an oh point two"),
    ("a 0.5 mm nib", "a zero point five millimeter nib"),  # guard: "a" says "zero", as before
    ("in 0.5 seconds", "in zero point five seconds"),  # guard: no article, as before
])
def test_the_classes_of_the_tuned_misses(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("token", "after"), [
    ("1x/", "day"),
    ("1-", "1x/day"),
    ("1,000", "x/day"),
    ("1x a ", "week"),
    ("an 0.", "5"),
    ("an 0.5 ", ""),
])
def test_the_new_rules_stay_linear(token: str, after: str) -> None:
    check_linear(token, read=lambda text: speakable(text + after, "en"))
