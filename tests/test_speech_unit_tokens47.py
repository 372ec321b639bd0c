"""A forty-seventh author's short items in six of the twelve unit categories (cardinal, decimal, money, measure,
fraction and range), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens47.tsv: plumbing
and heating, cycling and running, sailing, photography, audio, cooking by weight and volume, paint and DIY, hydrology,
electricity bills, fuel, medicine doses, finance, census and land, and money in the currencies whose codes are also
words, left by the forty-fifth set: COP, RON, GEL, AMD, MAD, QR and the forint's "Ft", with and without a price's word
beside them; the kinds of text the first forty-six sets drew on least): a forty-seventh estimate of the unit score on
text nobody here tuned for. 338 were written; 72 repeated the earlier sets (case ignored) and were dropped before any
run, 266 in all.

FIRST READING 233 of 266 (87.6%) relaxed and 241 (90.6%) lenient (the benchmark's relaxed_form and lenient_form). Every
third row (index % 3 == 2, 88 rows) was kept aside: 80 of them lenient at the first reading, 161 of the other 178. By
category, lenient: cardinal 45/45, decimal 40/40, fraction 41/41, measure 46/47, money 33/49, range 36/44. The
relaxed-only misses are the house's "hundred and" against rows written without it, and "Iso" said as a word.
Four rows were given the house's forms they lacked, none a change of reading: "revolution per minute" before the noun
a rate describes ('a 92 rpm cadence'), a money span's code said at both ends ('MAD 50–100'), "iso" as a word ('ISO
200–3200'), and, in the kept third once its misses were read, a pace's minutes and seconds said as such ('4:50–5:10/km':
"four minutes fifty seconds to ..."). So counted, the first reading is 237 relaxed and 244 lenient: tuned 163 of 178,
kept 81 of 88.
The misreads of the tuned two thirds by class: a currency's code that is also a word, a summit's, an octane's or a
chipmaker's, before an amount whose own look says money ('COP 120,000', 'RON 3.2bn', 'GEL 1.5m', 'QR2.5bn') or before
what it is priced by ('RON 45 a night', 'GEL 120 per person', 'AMD 800 per ride'); three of those codes after an
amount that ends its phrase ('35 GEL', '3,000 AMD'); a peso's sign led by its country's letters ('COL$50,000': "C.O.L$
fifty thousand"); and four left (below).

After the rules below, written from the tuned two thirds' misses only (40 examples of the three classes, 15 of them
near-misses that must not change): tuned 163 -> 174 of 178, kept third 81 -> 85 of 88 (its 'a COP 9,000 taxi', 'AMD
15,000', 'QR 1,500' and 'COP 5,000–8,000' moved with the class of the tuned 'COP 120,000'). 250 (94.0%) relaxed, 259
(97.4%) lenient; by category, lenient: cardinal 45/45, decimal 40/40, fraction 41/41, measure 47/47, money 46/49,
range 40/44. The forty-fifth set's 'COP 50,000', 'RON 1,200', 'COP 4.5m', 'RON 800m' and 'AMD 5,000' and the
thirty-seventh's 'COP 80,000' read with them. The kept third's misses left: the forint's 'Ft' after an amount (feet,
as the house reads it), a span of crores ('Rs 10–12 cr': "ten rupees to twelve rupees cr") and a span after 'GEL'
with nothing that prices it.
Read after it had been read (by a later sweep's rules, tests/test_speech_left57c.py): 'Rs 10–12 cr', a span of rupees
before a shortened crore or lakh, read as one amount's is."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is read in a form the
# row did not write.
_KNOWN: dict[str, str] = {
    "Ft 1,200": "the forint's 'Ft' before its amount: rare in print, and a look for 'Ft' would be asked of most text",
    "a 990 Ft ticket": "the forint's 'Ft' after a number is feet in a title's capitals as much as forints",
    "QR 100–200": "Qatar's riyal by 'QR' before a span with nothing that prices it: an airline's flights as much",
    "RON 50–80": "Romania's lei by 'RON' before a span with nothing that prices it: a petrol's octanes ('RON 95–98')",
    # the kept third's, read once the rules were written
    "5,000 Ft": "the forint's 'Ft' after a number: feet, as the house reads it",
    "GEL 20–30": "Georgia's lari by 'GEL' before a span with nothing that prices it, left as a word's code",
}

# The earlier sets are the first forty-six.
SWEEP = Sweep("unit_tokens47.tsv", _KNOWN, form=lenient, least=260, styles=6, only=True, each=40,
              earlier=first("unit_tokens", 46), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))

# The classes of the tuned misses, each with examples of our own beyond the set's rows, and what only looks like one.
globals().update(rule_tests(read=[
    # a code that is also a word before an amount that shows money: thousands in groups, a scale, cents, a rate after,
    # a price's word just before, a place near (money.word_codes, facts.WORD_CURRENCY_CODES)
    ("en", "COP 250,000", "two hundred and fifty thousand Colombian pesos"),
    ("en", "a room at COP 180,000 a night", "a room at one hundred and eighty thousand Colombian pesos a night"),
    ("en", "RON 2.4bn", "two point four billion lei"),
    ("en", "RON 75 per person", "seventy five lei per person"),
    ("en", "GEL 3.5m", "three point five million lari"),
    ("en", "fare: GEL 2", "fare: two lari"),
    ("en", "AMD 12,000", "twelve thousand drams"),
    ("en", "AMD 1.2bn", "one point two billion drams"),
    ("en", "Tickets cost AMD 3,500", "Tickets cost three thousand five hundred drams"),
    ("en", "QR1.8bn", "one point eight billion Qatari riyals"),
    ("en", "QR 12,500", "twelve thousand five hundred Qatari riyals"),
    ("en", "a QR 250m contract", "a two hundred fifty million Qatari riyal contract"),
    ("en", "In Yerevan, lunch was AMD 4500", "In Yerevan, lunch was four thousand five hundred drams"),
    ("en", "COP 3,000–5,000", "three thousand Colombian pesos to five thousand Colombian pesos"),
    # three of those codes after an amount that ends its phrase or is priced by something (money.word_codes_after)
    ("en", "Entry: 15 GEL.", "Entry: fifteen lari."),
    ("en", "80,000 COP a night", "eighty thousand Colombian pesos a night"),
    ("en", "Tickets are 3,000 AMD, cash only", "Tickets are three thousand drams, cash only"),
    ("en", "a bus ride is 2 GEL", "a bus ride is two lari"),
    ("en", "20 GEL per person", "twenty lari per person"),
    # a peso's or a dollar's sign led by its country's letters (facts.CURRENCIES)
    ("en", "RD$1,500", "one thousand five hundred Dominican pesos"),
    ("en", "J$2,000", "two thousand Jamaican dollars"),
    ("en", "TT$45.50", "forty five Trinidad and Tobago dollars fifty cents"),
    ("en", "EC$120", "one hundred and twenty East Caribbean dollars"),
    ("en", "a J$500 note", "a five hundred Jamaican dollar note"),
    ("en", "FJ$20", "twenty Fijian dollars"),
], left=[
    ("en", "COP 28", "Cop twenty eight"),  # a climate summit, as before
    ("en", "COP28", "C.O.P twenty eight"),
    ("en", "RON 95", "R.O.N ninety five"),  # a petrol's octane, as before
    ("en", "RON 95–98", "R.O.N ninety five to ninety eight"),
    ("en", "RON 95 costs £1.45/L", "R.O.N ninety five costs one pound forty five pence per liter"),  # a price near
    ("en", "AMD 7 chips at $300", "A.M.D seven chips at three hundred dollars"),  # a chipmaker beside a price
    ("en", "AMD 7 processors", "A.M.D seven processors"),
    ("en", "QR 817", "Q.R eight seventeen"),  # an airline's flight, as before
    ("en", "95 RON", "ninety five R.O.N"),  # an octane after its number, as before
    ("en", "2 AMD GPUs", "two A.M.D G.P.U.'s"),  # a chipmaker's parts after the code
    ("en", "8 AMD cores", "eight A.M.D cores"),
    ("en", "GEL 50", "G.E.L fifty"),  # nothing prices it, as before
    ("en", "the PHP 8 release", "the P.H.P eight release"),
    ("en", "$50", "fifty dollars"),  # the signs the table had, as before
    ("en", "C$45", "forty five Canadian dollars"),
]))


@pytest.mark.parametrize(("token", "after"), [
    ("COP 1", "2,000"),  # the code before digits: the amount's pattern, its groups and its span
    ("COP 1,000", "–5,000"),
    ("QR1", ".5bn"),  # joined to its digits
    ("5", " GEL."),  # the amount before a code after it
    ("1,000 ", "COP a night"),
    ("RD$", "1,500"),
])
def test_the_new_rules_stay_linear(token: str, after: str) -> None:
    check_linear(token, read=lambda text: speakable(text + after, "en"))
