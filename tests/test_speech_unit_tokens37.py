"""A thirty-seventh author's short items in six of the twelve unit categories (cardinal, decimal, money, measure,
fraction and range), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens37.tsv:
aviation, diving, oil, gas, mining and energy, textiles, brewing and wine, pharmacy, electronics, computing, space,
agriculture, construction, running and swimming pace, currencies of countries the earlier sets named least with short
scales, prices with 'from', 'up to', 'c.' and 'approx.', fractions of recipes and carpentry, and ranges with 'to' and
dashes across units, the kinds of text the first thirty-five sets drew on least): a thirty-seventh estimate of the
unit score on text nobody here tuned for. 490 were written; 139 repeated the earlier sets and were dropped before any
run, 351 in all.

FIRST READING 288 of 351 (82.1%) relaxed and 323 (92.0%) lenient (the benchmark's relaxed_form and lenient_form):
cardinal 48/49, decimal 37/43, money 51/72, measure 67/90, fraction 42/42, range 43/55 relaxed; cardinal 48/49,
decimal 42/43, money 61/72, measure 81/90, fraction 42/42, range 49/55 lenient. Most relaxed-only misses are the
house's "hundred and fifty" against rows written "hundred fifty", and symbols said as one word ("pH", "Cd", "msw").
Every third row (index % 3 == 2, 117 rows) was kept aside: 107 of them lenient at the first reading, 216 of the other
234.
After the first reading, before any rule, eight rows were given forms the house says and earlier sets accept: 'eh' for
an airliner's letter A (the thirty-third set's 'an A320neo'), 'a hundred' and 'a thousand' after an article, a money
span's currency said at both ends (the earlier sets' '€20-30'), 'meter freestyle' for the race, 'Czech korunas', and
two spellings this file's comparison needs for what the benchmark's lenient form already took ('OpenGL', 'British
thermal units' with cents): 296 relaxed, 331 lenient; the other two thirds 223 of 234, the kept third 108 of 117.
The misreads of the tuned two thirds by class: a currency's code that no table named ('ARS 10,000'); an oil company's
barrels of oil equivalent a day ('boe/d'); a dose's units per a volume ('U/mL'); a spaced watt before a charging
standard ('65 W USB-C', left as a letter as a street's 'W' is); a rocket's tonnes to an orbit ('22 t to LEO'); codes
that are also words ('COP', 'RON', 'PEN'); a statute mile's 'SM', livestock units, and the rand's 'R' at both ends of a
span.

After the rules below, written from the misses of the tuned two thirds only (42 examples of the classes, 13 of them
near-misses that must not change): tuned 223 -> 228 of 234, kept third 108 -> 110 of 117 (the two kept rows that
moved, 'CLP 15,000' and 'QAR 5m', are the class of the tuned 'ARS 10,000'; the kept third's other misses are a watt
before a power supply's initials, 'a 450 W PSU', the class of the tuned '65 W USB-C' that the rule's list of
standards does not name, the letter A said 'Eh' twice, 'TRY' as a word, Vietnamese's 'tỷ', and two spans read in forms
the rows did not write). 303 (86.3%) relaxed, 338 (96.3%) lenient; by category, lenient: cardinal 49/49, decimal 42/43,
money 66/72, measure 87/90, fraction 42/42, range 52/55. Left, each with its reason in the table below. Compared as
the fourteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's letters run
together.

Read after it had been read: "2.4 LU/ha" (a tuned row), by a rule for livestock units written later from examples of
its own class (test_speech_units_electronic_left.py); it is no unseen reading.
'10 SM' (row 148, of the tuned part) read after it had been read, by statute miles after an amount in the table of
units, a rule written from examples of its own (test_speech_units_electronic_left55.py); no unseen reading either.
'₫1.5 tỷ' (row 134, of the kept third) read after it had been read, by a Vietnamese scale word after the dong's amount,
written from examples of its own (the same file); and 'a 450 W PSU' (row 197, kept), by watts before a power supply's
and a chip's initials (the same file)."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is read in a form the
# row did not write.
_KNOWN: dict[str, str] = {
    # "COP 80,000" read after it had been read: a word's code before thousands in groups is money
    # (tests/test_speech_unit_tokens47.py)
    "RON 250": "Romania's lei by a code that is also a petrol's octane ('RON 95'): left out of the currency table",
    "PEN 120": "Peru's soles by a code that is also a word before a number: left out of the currency table",
    "TRY 600": ("Turkey's lira by a code that is also a word in capitals: left out of the currency table, the kept"
                " third's"),
    "R50–R100": ("the rand's 'R' at both ends of a span; 'R50' alone is a road, a resistor or a rating and is left,"
                 " as the earlier sets left it"),
    "an A1c of 6.8": ("the letter A said 'Eh', the house's spelling for the voice, a form the row did not write, the"
                      " kept third's"),
    "a $10m Series A": ("the letter A said 'Eh', the house's spelling for the voice, a form the row did not write, the"
                        " kept third's"),
    "$70-80/bbl": ("read 'seventy dollars to eighty dollars per barrel', the house's span with its currency at both"
                   " ends, a form the row did not write: the kept third's"),
    "FL330–FL370": ("read 'flight level three three zero to three seven zero', the level said once, a form the row did"
                    " not write: the kept third's"),
}

# The thirty-sixth set (date, time, ordinal, roman, electronic, telephone) was written beside this one, at the same
# time: no item is in both; the earlier sets are the first thirty-five.
SWEEP = Sweep("unit_tokens37.tsv", _KNOWN, form=lenient, least=320, styles=6, only=True, each=28,
              earlier=first("unit_tokens", 35), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # a currency's code from Latin America, the Gulf, eastern Europe or Asia, before or after the amount
    # (facts.CURRENCIES)
    ("UYU 1,200", "one thousand two hundred Uruguayan pesos"),
    ("2,500 KZT", "two thousand five hundred tenge"),
    ("QAR 450", "four hundred and fifty Qatari riyals"),
    ("a BGN 40 fine", "a forty lev fine"),
    ("MMK 3,000", "three thousand kyat"),
    ("GTQ 75", "seventy five quetzales"),
    ("COP 28", "Cop twenty eight"),  # guard: a climate summit, as before
    ("RON 95", "R.O.N ninety five"),  # guard: a petrol's octane, as before
    ("PHP 8.2", "P.H.P eight point two"),  # guard: a language's version, as before
    # a dinar's or a rial's thousandths said as decimals (facts.DECIMAL_MAJORS)
    ("KWD 1.250", "one point two five Kuwaiti dinars"),
    ("BHD 0.500", "zero point five Bahraini dinars"),
    ("TND 12.5", "twelve point five Tunisian dinars"),
    ("OMR 3.000", "three Omani rials"),
    ("AED 12.50", "twelve dirhams fifty fils"),  # guard: a dirham's hundredths, as before
    ("$1.25", "one dollar twenty five cents"),  # guard: as before
    # barrels of oil equivalent, and barrels in the trade's thousands and millions (facts.UNITS)
    ("45 kboe/d", "forty five thousand barrels of oil equivalent per day"),
    ("320 MMboe", "three hundred and twenty million barrels of oil equivalent"),
    ("12 Mbbl", "twelve thousand barrels"),
    ("5,000 boe", "five thousand barrels of oil equivalent"),
    ("a 30,000 boepd field", "a thirty thousand barrel of oil equivalent per day field"),
    ("150 MMcf/d", "one hundred and fifty million cubic feet per day"),  # guard: as before
    ("the BOE 5", "the B.O.E five"),  # guard: a bank's initials, as before
    # an enzyme's or a dose's units per a volume, a mass or a period (facts.UNITS)
    ("ALT 45 U/L", "A.L.T forty five units per liter"),
    ("80 U/kg", "eighty units per kilogram"),
    ("2 U/h", "two units per hour"),
    ("5 mIU/mL", "five milli international units per milliliter"),
    ("4.2 mU/L", "four point two milliunits per liter"),
    ("3 U", "three U"),  # guard: a letter alone, as before
    ("the U/L ratio", "the U L ratio"),  # guard: no number before it, as before
    # a spaced watt before a charging standard (ambiguousunits._ELECTRIC_NEXT)
    ("a 100 W USB-C PD charger", "a hundred watt U.S.B-C P.D charger"),
    ("a 30 W GaN brick", "a thirty watt GaN brick"),
    ("15 W Qi charging", "fifteen watts Qi charging"),
    ("25 W PoE+", "twenty five watts P.O.E plus"),
    ("15 W MagSafe", "fifteen watts MagSafe"),
    ("100 W Main St", "one hundred West Main Street"),  # guard: a street's point, as before
    ("3 A Smith Ave", "three A Smith Avenue"),  # guard: an initial, as before
    # a rocket's tonnes to an orbit or as its payload (ambiguousunits._BULK_NEXT)
    ("8.3 t to GTO", "eight point three tonnes to G.T.O"),
    ("100 t to orbit", "one hundred tonnes to orbit"),
    ("27 t to low Earth orbit", "twenty seven tonnes to low Earth orbit"),
    ("a 150 t payload", "a hundred and fifty tonne payload"),
    ("the 3 t to go", "the three t to go"),  # guard: a letter before 'to', as before
    ("row 3 t to be", "row three t to be"),  # guard: as before
])
def test_the_classes_of_the_tuned_misses(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("token", "after"), [
    ("QAR 1 ", ""),
    ("KWD 1.250 ", ""),
    ("1 KZT ", ""),
    ("1 boe/d ", ""),
    ("1 MMboe ", ""),
    ("1 U/L ", ""),
    ("1 W USB-C ", ""),
    ("1 W ", "USB"),
    ("1 t to LEO ", ""),
    ("1 t to ", "orbit"),
])
def test_the_new_rules_stay_linear(token: str, after: str) -> None:
    check_linear(token, read=lambda text: speakable(text + after, "en"))
