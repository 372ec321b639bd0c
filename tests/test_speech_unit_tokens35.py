"""A thirty-fifth author's short items in six of the twelve unit categories (cardinal, decimal, money, measure,
fraction and range), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens35.tsv:
astronomy, audio gear, photography, tyres, bicycles, fishing, horticulture, water utilities, air quality, real estate,
salaries, crypto, stock indices, inflation and rates, insurance, shipping, medicine, sports, cooking, betting odds,
currencies by code and sign, mixed numbers and ranges with words, the kinds of text the first thirty-three sets drew
on least): a thirty-fifth estimate of the unit score on text nobody here tuned for. 419 were written; 96 repeated
the earlier sets and were dropped before any run, 323 in all.

FIRST READING 279 of 323 (86.4%) relaxed and 303 (93.8%) lenient (the benchmark's relaxed_form and lenient_form):
cardinal 44/47, decimal 39/44, money 43/49, measure 65/83, fraction 41/42, range 47/58 relaxed; cardinal 45/47,
decimal 44/44, money 47/49, measure 73/83, fraction 41/42, range 53/58 lenient. Most relaxed-only misses are the
house's "hundred and fifty" against rows written "hundred fifty", and letters said apart ("p m ten"). Every third row
(index % 3 == 2, 107 rows) was kept aside: 96 of them lenient at the first reading, 207 of the other 216.
After the first reading two rows were given forms the house says and an earlier set accepts ('a seven dollar twenty
five cent minimum wage', and a span of tonnages said 'deadweight' alone, as the thirteenth set accepts '180,000 dwt'),
and two the spellings this file's comparison needs for what the benchmark's lenient form already took ('two o five'
for a tyre's '205', 'kp' run together): 283 relaxed, 305 lenient, the other two thirds 209 of 216, the kept third 96
of 107 (lenient).
The misreads of the tuned two thirds by class: ether's sign read as the Greek letter ('Ξ2.5', 'xi two point five'); a
rate per head and per day left as written ('150 L/person/day'); megalitres a day in capitals ('ML/d'); a soil's or a
water's conductivity ('mS/cm'); a tyre's load index and speed letter alone before 'tyre' read as volts ('a 91V tyre');
'ML' alone after a decimal; a cassette's span of teeth ('11–34T').

After the rules below, written from the misses of the tuned two thirds only (40 examples of the classes, 16 of them
near-misses that must not change): tuned 209 -> 214 of 216, kept third 96 -> 97 of 107 (the kept row that moved,
'120 ML/d', is the class of the tuned '100–150 ML/d'; the kept third's other misses are other classes: a chain of
rates per unit per unit ('70 km/s/Mpc', '90 dB/W/m'), 'Mgal/d', a zone's letter read as the aircraft's 'Eh', a
gearing's glued 'x', 'mb' out of context, 'pp' read as pages, and three read in forms the rows did not write); the
thirty-third set's '30 L/cow/day', left there, is read now by the same rule. 286 (88.5%) relaxed, 311 (96.3%)
lenient; by category, lenient: cardinal 46/47, decimal 44/44, money 49/49, measure 76/83, fraction 41/42, range 55/58.
Left, each with its reason in the table below. Compared as the fourteenth set compares: case and punctuation ignored,
a number's "and" folded and an initialism's letters run together.
'70 km/s/Mpc', '90 dB/W/m' and '40 Mgal/d' (the kept third's) read after they had been read, by a later rule for a rate
per a unit per a unit and a later unit in the table (million gallons), written from examples of their own
(tests/test_speech_units_electronic_left.py). '300 ML' alone is now millilitres (a label's), its guard changed."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is read in a form the
# row did not write.
_KNOWN: dict[str, str] = {
    "1.2 ML": ("megalitres in capitals after a decimal, or a label's or a syringe's millilitres ('0.5 ML'): left, as"
               " the thirty-first set left '300 ML'; in a rate ('ML/d') they are read"),
    "11–34T": ("a cassette's span of teeth, 'eleven thirty four', as a rider says it, with its 'T' a letter; a 'T'"
               " after a span is also tonnes ('a 20-30T crane'): left"),
    "USDA zone 8a": "a hardiness zone's letter read as the aircraft's 'Eh', the kept third's",
    "53x11": "a gear by its cog written with a glued 'x', said 'x', the kept third's",
    "a 155 km/h serve": ("read 'a hundred and fifty five kilometer per hour serve', a form the row did not write (it"
                         " wrote 'one hundred'), the kept third's"),
    "940 mb": "millibars, read where weather is spoken of; out of context 'mb' may be megabits: left, the kept third's",
    "a 1/10 scale": "read 'a tenth scale', a form the row did not write, the kept third's",
    "3–4 pp": "percentage points read as pages, a citation's 'pp'; context decides, the kept third's",
    "US$40–50": ("read 'forty U.S dollars to fifty U.S dollars', a form the row did not write (the currency said once),"
                 " the kept third's"),
}

# The thirty-fourth set (date, time, ordinal, roman, electronic, telephone) was written beside this one, at the same
# time: no item is in both; the earlier sets are the first thirty-three.
SWEEP = Sweep("unit_tokens35.tsv", _KNOWN, form=lenient, least=320, styles=6, only=True, each=28,
              earlier=first("unit_tokens", 33), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # ether's sign before an amount, its decimals said as decimals, as a bitcoin's are (facts.CURRENCIES,
    # facts.DECIMAL_MINORS)
    ("Ξ1.5", "one point five ether"),
    ("a Ξ0.08 mint", "a zero point zero eight ether mint"),
    ("Ξ12", "twelve ether"),
    ("paid Ξ 3.25", "paid three point two five ether"),
    ("Ξ1,250", "one thousand two hundred and fifty ether"),
    ("the Ξ baryon", "the xi baryon"),  # guard: the Greek letter with no amount, as before
    ("ΞΑΝΘΗ 5", "ΞΑΝΘΗ five"),  # guard: a Greek word, as before
    ("₿0.5", "zero point five bitcoin"),  # guard: as before
    # a rate per head and per a period after it (units._PER_THING)
    ("30 L/cow/day", "thirty liters per cow per day"),
    ("2 kg/head/day", "two kilograms per head per day"),
    ("5 g/bird/wk", "five grams per bird per week"),
    ("40 mL/pupil/day", "forty milliliters per pupil per day"),
    ("3 kWh/household/day", "three kilowatt hours per household per day"),
    ("10 mg/kg/day", "ten milligrams per kilogram per day"),  # guard: per a unit, then a period, as before
    ("5 km/day", "five kilometers per day"),  # guard: as before
    ("380 kcal/cup", "three hundred and eighty kilocalories per cup"),  # guard: per a thing alone, as before
    # megalitres a day or a year, as a water utility writes them (facts.UNITS)
    ("120 ML/d", "one hundred and twenty megaliters per day"),
    ("45 Ml/d", "forty five megaliters per day"),
    ("100–150 ML/d", "one hundred to one hundred and fifty megaliters per day"),
    ("300 GL/yr", "three hundred gigaliters per year"),
    ("a 20 ML/day plant", "a twenty megaliter per day plant"),
    ("300 ML", "three hundred milliliters"),  # a label's millilitres, where no dam's or river's water is near
    ("ML 4.2", "M.L four point two"),  # guard: a quake's local magnitude, as before
    ("5 mL/d", "five milliliters per day"),  # guard: millilitres, as before
    # a soil's, a nutrient solution's or a water's conductivity (facts.UNITS)
    ("1.8 mS/cm", "one point eight millisiemens per centimeter"),
    ("450 µS/cm", "four hundred and fifty microsiemens per centimeter"),
    ("4 dS/m", "four decisiemens per meter"),
    ("0.8–1.2 mS/cm", "zero point eight to one point two millisiemens per centimeter"),
    ("an EC of 2.2 mS/cm", "an E.C of two point two millisiemens per centimeter"),
    ("5 ms", "five milliseconds"),  # guard: milliseconds, as before
    ("20 mS", "twenty mS"),  # guard: no conductivity without its centimetre, as before
    # a tyre's load index and speed letter alone before the tyre (namednumbers.tyre_ratings)
    ("a 91V tyre", "a ninety one V tyre"),
    ("four 94W tires", "four ninety four W tires"),
    ("a 100Y Tire", "a one hundred Y Tire"),
    ("two 88H tyres", "two eighty eight H tyres"),
    ("a 12V tyre inflator", "a twelve volt tyre inflator"),  # guard: a tool's volts, as before
    ("a 120W tyre warmer", "a hundred and twenty watt tyre warmer"),  # guard: a tool's watts, as before
    ("a 91V tyre pump", "a ninety one volt tyre pump"),  # guard: a pump's volts, as before
    ("94V", "ninety four volts"),  # guard: no tyre after it, as before
    ("a 130V tyre", "a hundred and thirty volt tyre"),  # guard: past any load index, as before
])
def test_the_classes_of_the_tuned_misses(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("token", "after"), [
    ("Ξ1 ", ""),
    ("Ξ", "1"),
    ("1 L/cow/day ", ""),
    ("1 L/cow/", ""),
    ("1 ML/d ", ""),
    ("1 mS/cm ", ""),
    ("91V ", "tyre"),
    ("91V tyre ", ""),
])
def test_the_new_rules_stay_linear(token: str, after: str) -> None:
    check_linear(token, read=lambda text: speakable(text + after, "en"))
