"""A twenty-second author's short items in six of the twelve unit categories (cardinal, decimal, money, measure,
fraction and range), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens22.tsv:
construction and trades, brewing and wine, astronomy, oceanography and weather, medicine doses, lab chemistry, farming,
energy markets, telecoms, photography, typography, textiles, railways, cycling, shipping freight, crypto, auctions and
collecting, loans, sport statistics, music, and fractions in recipes and carpentry, the kinds of text the first
twenty-one sets drew on least): a twenty-second estimate of the unit score on text nobody here tuned for. 380 were
written; 63 repeated the earlier sets and were dropped before any run, 317 in all.

FIRST READING 291 of 317 (91.8%) relaxed and 295 (93.1%) lenient: cardinal 50/50, decimal 44/46, money 49/52, measure
67/75, fraction 40/42, range 41/52 relaxed; cardinal 50/50, decimal 46/46, money 50/52, measure 67/75, fraction 40/42,
range 42/52 lenient. The misreads by class: a span before a currency's code or sign written after it ('1–2 BTC' was
'one two bitcoin', '10–20 €' 'ten twenty euros'); small angles ('arcsec', 'arcmin') and a dose by weight ('IU/kg')
left as written; the Czech crown's sign ('Kč'); a board an inch thick ('4/4 oak'); a focal length before its aperture
said in the plural ('fifty millimeters f one point eight'); a spaced 't' before a load's word ('25 t axle load'); a
rider's 'FTP 280 W'; a star's kelvin and a barometer's millibars out of context; a type's points; a shelf's price per
an amount ('£3.99/100g', 'pence or one hundred g').

Every third row (105) was kept aside: 97 of them lenient at the first reading, 198 of the other 212. After h195's rules
(the classes below): 306 (96.5%) lenient and 302 (95.3%) relaxed on the readings as first written; tuned two thirds 198
-> 208, kept third 97 -> 98. With 4 house forms added after the first reading, each what the row already said, never a
misread ('one one hundredth millimeter', the American form of 1/100; a span of money with the currency said at both
ends, in three rows, two of them the kept third's): 310 (97.8%) lenient and 306 (96.5%) relaxed, tuned 210, kept 100;
by category, lenient: cardinal 50/50, decimal 46/46, money 51/52, measure 72/75, fraction 42/42, range 49/52. The
listing of misses showed the kept third once, after the rules for the other two thirds were written; two rules were
written after it: the tonnes' singular before a load's word ('20–25 t axle loads', a kept row, read so since) and the
shelf's price per an amount ('£3.99/100g', a kept row, read rightly now in a form the row did not write).
The earlier sets' left amount forms read by class here: '32 A RCDs' (a unit before a circuit part's letters) and
'−2 pp swing' (points before the change they size, 'percentage points swing' it was, and 'a 3 pp swing' 'pages'). Left,
each with its reason: '2x11' (sets, a size or a product: no load, no noun), '2.5 oz lead' and '3 1/2 lb chicken' (a
weight before stuff or before the thing it sizes: h184's guards), '1/4 odds' (each-way terms or odds-on: no places
given), bare odds '15/2' and '13/8' (dates as often), '1 pt. Guinness' (a pint or a point before a name), '16A' (a
seat, a bus, a flat or amps), '5 gr' (grains or grams), 'Kt/V' (one trade's term), '48K' (thousands or a memory's
kilobytes), 'Pts: 89' (points or patients), '36 exp.' (exposures or expenses), '0.1–1 M' (molar only before a
solution's word: M is millions), '5f', 'F4-5' and 'OR 85' (h184's reasons), poker's '1.5m/3m' (meters or millions:
no table's words) and 'the $50 in-app' (a hyphened noun left out after it).
Compared as the fourteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is read in a form the
# row did not write.
_KNOWN = {
    "1013 mb": ("a small 'mb' after a number is a megabyte as often as a millibar; millibars are read where the"
                " weather is spoken of (inferredunits.millibars)"),
    "9–12 pt": "a span of pints or of type's points: the item gives no word of either",
    "18–20 °C ferment": ("read as a size before the noun ('eighteen to twenty degree Celsius ferment'), a reading if"
                         " not the row's; 'ferment' is a verb as often"),
    "US$3.75": ("read 'three U.S dollars seventy five cents', a right reading the row wrote only with 'and' before the"
                " cents, which the sweep's compare keeps (the benchmark's lenient form folds it)"),
    "£3.99/100g": ("read 'three pounds ninety nine pence per one hundred grams' since h195's rule, a right reading in a"
                   " combination the row did not write ('pence' with 'one hundred')"),
}

SWEEP = Sweep("unit_tokens22.tsv", _KNOWN, form=lenient, least=250, styles=6, only=True, each=40,
              earlier=first("unit_tokens", 21), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # a span before a currency's code or sign written after its second end (h195, money.py)
    ("1–2 BTC", "one to two bitcoin"),
    ("0.1–0.5 BTC", "zero point one to zero point five bitcoin"),
    ("10–20 €", "ten to twenty euros"),
    ("5-10 USD", "five to ten U.S dollars"),
    ("1-2 million USD", "one to two million U.S dollars"),
    ("100–200 CHF a night", "one hundred to two hundred Swiss francs a night"),
    ("5-3 EUR", "five three euros"),  # guard: a span that runs down, a score's
    ("0.1–0.5 EUR", "zero point one fifty cents"),  # guard: below one in a currency with cents, left as before
    ("1–2 bitcoin", "one to two bitcoin"),  # guard: the name written out, as before
    # a shelf's price per an amount of the goods (h195, money.py)
    ("£3.99/100g", "three pounds ninety nine pence per one hundred grams"),
    ("$2.50/100ml", "two dollars fifty cents per one hundred milliliters"),
    ("£3.99/kg", "three pounds ninety nine pence per kilogram"),  # guard: as before
    ("£5/10 tickets", "five pounds or ten tickets"),  # guard: no unit after the second number
    # small angles, doses by weight, the Czech crown's sign (h195, facts.py)
    ("0.5 arcsec", "zero point five arcseconds"),
    ("30 arcmin", "thirty arcminutes"),
    ("2 IU/kg", "two I.U per kilogram"),
    ("50–100 IU/kg", "fifty to one hundred I.U per kilogram"),
    ("250 Kč", "two hundred and fifty koruna"),
    # a board an inch thick (h195, fractions.py)
    ("4/4 oak", "four quarter oak"),
    ("4/4 walnut boards", "four quarter walnut boards"),
    ("in 4/4 time", "in four four time"),  # guard: a metre
    ("8/4 walnut", "eight quarter walnut"),  # guard: as before
])
def test_spans_of_money_prices_and_tables(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a focal length before its aperture, the lens's size (h195, units.py)
    ("50mm f/1.8", "fifty millimeter f one point eight"),
    ("24-70mm f/2.8", "twenty four to seventy millimeter f two point eight"),
    ("10 mm for", "ten millimeters for"),  # guard: no aperture
    ("50mm lenses", "fifty millimeter lenses"),  # guard: as before
    # a spaced "t" before what bears or limits a load (h195, units.py)
    ("25 t axle load", "twenty five tonne axle load"),
    ("a 40 t truck", "a forty tonne truck"),
    ("the 44 t limit", "the forty four tonne limit"),
    ("Load 5 t of gravel", "Load five tonnes of gravel"),  # guard: an amount of stuff
    ("Grade 3 t shirts", "Grade three t shirts"),  # guard: no load's word
    # a rider's FTP before watts (h195, units.py)
    ("FTP 280 W", "FTP two hundred and eighty watts"),
    ("an FTP of 280 W", "an FTP of two hundred and eighty watts"),
    ("100 W Main St", "one hundred West Main Street"),  # guard: a street
    # points before the change or the gap they size, signed or not (h195, percent.py)
    ("−2 pp swing", "minus two percentage point swing"),
    ("a 3 pp lead", "a three percentage point lead"),
    ("a 1.5 pp rise", "a one point five percentage point rise"),
    ("±3 pp", "plus or minus three percentage points"),  # guard: as before
    ("12 pp", "twelve pages"),  # guard: a book's
    ("see 12 pp.", "see twelve pages."),  # guard
    # a unit before a circuit part's letters (h195, units.py)
    ("32 A RCDs", "thirty two amp R.C.D.'s"),
    ("12 V LEDs", "twelve volt L.E.D.'s"),
    ("fit 3 RCDs", "fit three R.C.D.'s"),  # guard: a count
])
def test_lenses_loads_riders_and_parts(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("lead", "token"), [
    ("", "1–2 BTC "),
    ("", "10–20 € "),
    ("", "£3.99/100g "),
    ("", "4/4 oak "),
    ("", "50mm f/1.8 "),
    ("", "25 t axle "),
    ("FTP ", "280 W "),
    ("", "32 A RCDs "),
    ("", "2 IU/kg "),
    ("", "3 pp swing "),
    ("", "-2 pp swing "),
])
def test_the_new_rules_stay_linear(lead: str, token: str) -> None:
    check_linear(token, read=lambda text: speakable(lead + text, "en"))
