"""A twenty-sixth author's short items in six of the twelve unit categories (cardinal, decimal, money, measure,
fraction and range), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens26.tsv: textiles
and knitting, photography, audio, printing and paper, medicine doses and results, lab science, beer and wine, energy
bills, shipping, agriculture, forestry, astronomy, geology, telecoms, retail offers, salaries, crypto, historic units
and money, and fractions and ranges in all of them, the kinds of text the first twenty-five sets drew on least): a
twenty-sixth estimate of the unit score on text nobody here tuned for. 393 were written; 81 repeated the earlier sets
and were dropped before any run, 312 in all.

FIRST READING 302 of 312 (96.8%) relaxed and 306 (98.1%) lenient: cardinal 56/56, decimal 53/53, money 53/58, measure
53/54, fraction 36/39, range 51/52 relaxed; cardinal 56/56, decimal 53/53, money 57/58, measure 53/54, fraction 36/39,
range 51/52 lenient. Every third row (104) was kept aside: 102 of them lenient at the first reading, 204 of the other
208. The misreads by class: a fraction before a currency's code ('1/4 BTC' was 'one or four bitcoin'); a lab's
dilution ('1/100 dilution', 'one one hundredth'); a span of labels opened by the letter A ('A5–A3' was 'Eh five-A
three'); timber's thousand board feet ('$800/MBF' left as written); a knitter's tension ('22 sts/10 cm' was 'stitches,
ten cm') and a fraction of an inch before needles ('3/8 in needles', 'in' the preposition), the last two the kept
third's. After the first reading the readings' expander was found to have written 'thousand and six hundred and' for
'thousand six hundred and' in 14 rows' British variants (fixed: relaxed 302 -> 305, never a lenient change), and one
house form was added, what the row already said ('BOGOF four pounds ninety nine pence'): 306 relaxed, 306 lenient.

After h212's rules (the classes below): tuned two thirds 204 -> 208, kept third 102 -> 102 on the rules written before
it was read, 104 after two more written once it had been read (its misses listed once, after the rules for the other
two thirds): 312 (100%) relaxed and lenient; by category, lenient: cardinal 56/56, decimal 53/53, money 58/58, measure
54/54, fraction 39/39, range 52/52.
The earlier sets' left amount forms read by class here: '5,778 K' (a spaced 'K' after thousands grouped with a comma
is kelvin, unless a plural follows or money is spoken of; the one kelvin the corpora hold is written so). Left, each
with its reason: '2x11' (sets, a size or a product: no load, no noun), '2.5 oz lead' and '3 1/2 lb chicken' (a weight
before stuff or before the thing it sizes), '1/4 odds' and '15/2' (no places given; a day and a month as often), '1
pt. Guinness' (a pint or a point before a name), '16A' (a seat, a bus, a flat or amps), '5 gr' (grains or grams),
'48K' (thousands or a memory's kilobytes), 'Pts: 89' and '36 exp.' (points or patients, exposures or expenses), '0.1–1
M' (molar only before a solution's word: '0.1–1 M users' are millions), '5f', 'F4-5' and 'OR 85' (h184's reasons),
'1.5m/3m' (meters or millions), '1013 mb' (millibars or megabytes) and '9–12 pt' (no word of pints or of type).
Compared as the fourteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is read in a form the
# row did not write.
_KNOWN: dict[str, str] = {
}

SWEEP = Sweep("unit_tokens26.tsv", _KNOWN, form=lenient, least=300, styles=6, only=True, each=39,
              earlier=first("unit_tokens", 25), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # a proper fraction of one currency's unit, before its code (h212, money.py)
    ("1/4 BTC", "one quarter of a bitcoin"),
    ("3/4 USD", "three quarters of a U.S dollar"),
    ("1/3 JPY", "one third of a yen"),
    ("a 1/4 INR coin", "a one quarter rupee coin"),  # before the noun it sizes
    ("3/2 EUR", "three or two euros"),  # guard: no proper fraction, as before
    ("12/4 USD", "twelve or four U.S dollars"),  # guard: as before
    ("20 EUR", "twenty euros"),  # guard: as before
    # a lab's dilution, one part in so many (h212, fractions.py)
    ("1/100 dilution", "one in one hundred dilution"),
    ("a 1/10 dilution", "a one in ten dilution"),
    ("diluted 1/50", "diluted one in fifty"),
    ("a dilution of 1/200", "a dilution of one in two hundred"),
    ("3/100 dilution", "three one hundredths dilution"),  # guard: one part only
    ("1/100 of the dose", "one one hundredth of the dose"),  # guard: a fraction
    ("1/2 diluted", "one half diluted"),  # guard: how much was diluted
    # a span of labels whose first opened the sentence as the letter A (h212, ranges.py)
    ("A5–A3", "Eh five to Eh three"),
    ("A4-A3 paper", "Eh four to Eh three paper"),
    ("the A1-A2 road", "the Eh one to Eh two road"),  # guard: as before
    ("B2-B3", "B two to B three"),  # guard: as before
    ("A38 closed", "Eh thirty eight closed"),  # guard: as before
    # timber's board feet, and a thousand or a million of them (h212, facts.UNITS)
    ("$800/MBF", "eight hundred dollars per thousand board feet"),
    ("$2.50/bd ft", "two dollars fifty cents per board foot"),
    ("12,000 bd ft", "twelve thousand board feet"),
    ("40 MMBF", "forty million board feet"),
    ("the MBF said", "the M.B.F said"),  # guard: no amount, initials
    # a spaced "K" after thousands grouped with a comma: kelvin (h212, inferredunits.py; an earlier set's left form)
    ("5,778 K", "five thousand seven hundred seventy eight kelvin"),
    ("a 2,700 K lamp", "a two thousand seven hundred kelvin lamp"),
    ("1,000 K users", "one thousand K users"),  # guard: before a plural
    ("revenue of 1,500 K", "revenue of one thousand five hundred K"),  # guard: money spoken of
    ("5,778K", "five thousand seven hundred seventy eight K"),  # guard: glued, as before
    ("300 K", "three hundred K"),  # guard: no heat spoken of, as before
])
def test_fractions_of_coins_dilutions_paper_spans_and_board_feet(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a count per so many of a unit, after the thing counted: a knitter's tension (h212, units.py; the kept third's)
    ("22 sts/10 cm", "twenty two stitches per ten centimeters"),
    ("28 rows/10cm", "twenty eight rows per ten centimeters"),
    ("5 deaths/100 km", "five deaths per one hundred kilometers"),
    ("300 people/km2", "three hundred people per square kilometer"),  # guard: as before
    ("20/10 m", "twenty tenths meters"),  # guard: nothing counted, as before
    ("1.5m/3m", "one point five meters or three meters"),  # guard: as before
    # a fraction of an inch before a knitter's needles or a crocheter's hook (h212, facts.INCH_SIZED_NOUNS; the kept
    # third's)
    ("3/8 in needles", "three eighths inch needles"),
    ("a 1/4 in hook", "a quarter inch hook"),
    ("1/4 in water", "one quarter in water"),  # guard: the preposition
    ("2 in needles", "two in needles"),  # guard: no fraction, as before
])
def test_tension_and_needles(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("lead", "token"), [
    ("", "1/4 BTC "),
    ("", "1/4 BT "),
    ("", "1/"),
    ("", "1/100 dilution "),
    ("", "1/100 dilu "),
    ("diluted ", "1/5 "),
    ("", "A5-A3 "),
    ("", "Eh5-"),
    ("", "5 bd ft "),
    ("", "1,000 K "),
    ("", "1,0 K "),
    ("", "22 sts/10 cm "),
    ("", "2 rows/1 "),
])
def test_the_new_rules_stay_linear(lead: str, token: str) -> None:
    check_linear(token, read=lambda text: speakable(lead + text, "en"))
