"""A thirty-third author's short items in six of the twelve unit categories (cardinal, decimal, money, measure,
fraction and range), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens33.tsv).

(Docstring to be completed with the figures.)"""

from __future__ import annotations

from sweeps import UNIT_SET_TESTS, Sweep, first, lenient, sweep_tests

# Items read wrongly out of context and left: each needs context the item does not give, or is read in a form the
# row did not write.
_KNOWN: dict[str, str] = {
    "a /24 subnet": "a network's prefix length after a space, its slash left ('a /twenty four subnet')",
    "5x5": "sets and repetitions said 'five x five', the kept third's",
    "Ø12.5": "the diameter sign before a number left as written",
    "EUR/USD 1.0850": "a currency pair said with full names ('euro U.S dollar'), the kept third's",
    "GBP/USD 1.2710": "a currency pair said with full names ('pound U.S dollar')",
    "USD/JPY 151.30": "a currency pair said with full names ('U.S dollar yen')",
    "1 USD = 83.2 INR": "a rate's decimal read as rupees and paise, the kept third's",
    "a 99¢ store": "cents before the noun they price said in the plural, the kept third's",
    "kr 450": "'kr' before an amount left as written",
    "CZK 250": "'korunas', a plural the row did not write, the kept third's",
    "2.5 vols CO2": "'vols' after a number left as written",
    "14.5 oz selvedge": "a unit before the noun it sizes said in the plural ('ounces selvedge')",
    "a 5 nm final": "'nm' on an approach is nautical miles, elsewhere nanometres",
    "2 LU/ha": "livestock units, a unit no table names",
    "30 L/cow/day": "a rate per head per day no rule reads, the kept third's",
    "12 ka": "thousands of years ('ka'), a unit no table names",
    "50 mGal": "milligals, a unit no table names, the kept third's",
    "400 dbar": "decibars, a unit no table names",
    "a 1,200 W sprint": "a spaced watt before a noun left as 'W', the kept third's",
    "NP 265 W": "a spaced watt after an initialism's number left as 'W'",
    "10/12 pt": "type size over leading read as a fraction of a pint, the kept third's",
    "80 lb cover": "a paper's weight before its grade said in the plural ('pounds cover')",
    "12 kNm": "kilonewton metres, a unit no table names",
    "0.6 W/mK": "watts per metre kelvin, a unit no table names",
    "+0/-0.2 mm": "a one-sided tolerance read as shillings ('zero shillings')",
    "0.002 in": "inches written 'in' after a decimal at the end, left as the word",
    "Ø 25 mm": "the diameter sign before a number left as written, the kept third's",
    "a 1:72 kit": "a model's scale with more than 59 after the colon, the colon left",
    "1:40 fall": "a drain's fall read as a time ('one forty fall')",
    "a 3/5 vote": "a fraction of a vote said 'three out of five', the kept third's",
    "in 6/8": "a time signature after 'in' read as a fraction ('six eighths')",
    "2 m – 3 m": "a spaced dash between two measures left, the kept third's",
    "FL300–FL350": "a span of flight levels said 'three zero zero to three five zero', the kept third's",
    "1.07–1.09 USD": "a span of decimal rates before a code, its second end read as dollars and cents",
    "3/4–1 in": "inches written 'in' after a span at the end, left as the word, the kept third's",
    "2.4–2.8 vols": "'vols' after a span left as written",
}

# The thirty-second set (date, time, ordinal, roman, electronic, telephone) was written beside this one, at the same
# time: no item is in both; the earlier sets are the first thirty-one.
SWEEP = Sweep("unit_tokens33.tsv", _KNOWN, form=lenient, least=320, styles=6, only=True, each=28,
              earlier=first("unit_tokens", 31), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))
