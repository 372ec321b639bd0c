"""A twenty-ninth author's short items in six of the twelve unit categories (cardinal, decimal, money, measure,
fraction and range; the twenty-eighth set takes the other six), out of context as NeMo's test files give them
(tests/fixtures/speech/unit_tokens29.tsv: sailing and yachting, aviation's runways and fuel, tyre and bicycle sizes,
HVAC and plumbing, paint and DIY, mining and commodities, pharmacy, wine and beer, textiles, nutrition labels,
currencies of more countries (R, KSh, ₦, ₱, ₩, zł, Kč, CHF, NZ$, S$, RM, Rp, ₺, ₫, ฿), short scales (k, m, bn, tn,
lakh, crore, the Indian grouping), old and regional fractions, and ranges with the unit on one side or both, the kinds
of text the first twenty-seven sets drew on least): a twenty-ninth estimate of the unit score on text nobody here
tuned for. 348 were written; 86 repeated the earlier sets and were dropped before any run, 262 in all.

FIRST READING 225 of 262 (85.9%) relaxed and 241 (92.0%) lenient (the benchmark's relaxed_form and lenient_form):
cardinal 37/37, decimal 26/28, money 35/41, measure 61/82, fraction 31/31, range 35/43 relaxed; cardinal 37/37,
decimal 27/28, money 39/41, measure 71/82, fraction 31/31, range 36/43 lenient. The rows were written with the plain
'hundred fifty' forms only; the British 'hundred and fifty' forms, added to every reading by a mechanical expander
after the first reading, make it 235 (89.7%) relaxed (money 39/41, measure 67/82), no lenient change. The relaxed
misses past the lenient ones are then the house's letters run together (pH, Fe, Cu, tpd, bcm). Every third row
(index % 3 == 2, 87 rows) was kept aside: 81 of them lenient at the first reading, 160 of the other 175.
Eight house forms were added after the first reading, each a form the rows already accept elsewhere: a span's currency
or scale said at both ends ('eighty dollars to ninety dollars per barrel', four rows), or once at the end for a
multiplier ('two to three x', two rows), 'megatonnes' for 'Mt', and 'gram per square meter' before what it sizes for
'gsm': 243 relaxed, 249 (95.0%) lenient; kept third 83 of 87, the other two thirds 166 of 175.
The misreads by class: a spaced metric unit before a material or a measure's noun it sizes, plural ('15 mm copper',
'0.05 mm tolerance', '18 mm MDF', 'per 30 g serving'); a spaced 'x' before inches written with the mark, 'times' ('29 x
2.4"'); 'R' glued to a whole amount ('R250', 'R50-R100', rand or an Irish regional road); the dong's sign after its
amount ('50,000₫'); aviation's and a nav chart's capitals ('200 NM' nautical miles, '2,200 USG' US gallons); a knot
before a noun ('a 140 kt approach', 'kt' left); a food label's capital 'Cal'; 'gal' after 'US' ('1 US gal').

After the rules below, written from the misses of the tuned two thirds only: tuned 166 -> 172 of 175, kept
third 83 of 87 before and after (its four misses are other classes: a material after a metric unit, a portion after
a weight, 'Cal', rand glued to whole amounts); 249 relaxed, 255 (97.3%) lenient; by category, lenient: cardinal
37/37, decimal 27/28, money 40/41, measure 78/82, fraction 31/31, range 42/43. Left, each with its reason in the
table below: a metric unit before a material or a noun no table names (plural where the size describes it), 'R'
glued to a whole amount (rand or an Irish regional road) and a food label's capital 'Cal'.
A round later a food label's capital 'Cal' was added beside 'cal' from the lead's own examples
(tests/test_speech_food_calories.py), after this set's kept row '100 Cal' had been read: not an unseen result.
Compared as the fourteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is read in a form the
# row did not write.
_KNOWN: dict[str, str] = {
    "0.05 mm tolerance": "a spaced metric unit before a noun it sizes that no table names ('millimeters tolerance')",
    "18 mm MDF": "a spaced metric unit before a material it sizes, the kept third's ('millimeters M.D.F')",
    "per 30 g serving": "a spaced weight before the portion it sizes, the kept third's ('thirty grams serving')",
    "R250": "'R' glued to a whole amount: rand, an Irish regional road or a model ('R 250' is rand)",
    "R50-R100": "'R' glued to a whole amount on both sides of a span, the kept third's (rand or roads)",
}

SWEEP = Sweep("unit_tokens29.tsv", _KNOWN, form=lenient, least=250, styles=6, only=True, each=28,
              earlier=first("unit_tokens", 27), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # a money sign its country writes after the amount (money.py, facts.SIGNS_AFTER_AMOUNT)
    ("50,000₫", "fifty thousand dong"),
    ("300฿", "three hundred baht"),
    ("100 ₺", "one hundred lira"),
    ("50 ₪", "fifty shekels"),
    ("₫50,000", "fifty thousand dong"),  # guard: before, as before
    ("20€", "twenty euros"),  # guard: as before
    # US and imperial gallons, and a chart's nautical miles in capitals (facts.UNITS)
    ("2,200 USG", "two thousand two hundred U.S gallons"),
    ("1 US gal", "one U.S gallon"),
    ("5 imp gal", "five imperial gallons"),
    ("200 NM", "two hundred nautical miles"),
    ("a 12 NM limit", "a twelve nautical mile limit"),
    ("Albuquerque, NM", "Albuquerque, New Mexico"),  # guard: no amount, the state
    ("40 Nm", "forty newton meters"),  # guard: as before
    ("5 nm", "five nanometers"),  # guard: as before
    # a spaced "kt" where a flight's speeds are spoken of is knots (ambiguousunits.py)
    ("a 140 kt approach", "a hundred and forty knot approach"),
    ("landing at 130 kt", "landing at one hundred and thirty knots"),
    ("a 15 kt bomb", "a fifteen kt bomb"),  # guard: kilotonnes or knots, as before
    ("18 kt gold", "eighteen carat gold"),  # guard: as before
    # a count's "x" before a length said in words, a size's "by" (dimensions.py)
    ('29 x 2.4"', "twenty nine by two point four inches"),
    ('3 x 5" cards', "three by five inch cards"),
    ("5 x £20", "five times twenty pounds"),  # guard: money, as before
    ("3 x 45 seconds", "three times forty five seconds"),  # guard: a span, as before
    ("2 x HDMI", "two H.D.M.I"),  # guard: as before
])
def test_signs_after_gallons_nautical_miles_knots_and_sizes(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("lead", "token"), [
    ("", "50₫ "),
    ("", "5 ₫"),
    ("", "5 US gal "),
    ("", "5 US "),
    ("", "5 NM "),
    ("approach ", "5 kt "),
    ("", "2 x one "),
    ("", "2 x one point "),
])
def test_the_new_rules_stay_linear(lead: str, token: str) -> None:
    check_linear(token, read=lambda text: speakable(lead + text, "en"))
