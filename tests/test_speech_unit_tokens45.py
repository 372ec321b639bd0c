"""A forty-fifth author's short items in six of the twelve unit categories (cardinal, decimal, money, measure,
fraction and range), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens45.tsv:
astronomy, geology and earthquakes, oceanography, brewing, textiles, woodworking, jewellery, pharmacy, agriculture,
shipping, aviation, data, statistics, betting odds, percentage points, negative temperatures, money in currencies the
earlier sets used least and prices per unit, the kinds of text the first forty-three sets drew on least): a
forty-fifth estimate of the unit score on text nobody here tuned for. 413 were written; 112 repeated the earlier sets
and were dropped before any run, and 25 more to keep the six categories at 46 rows each, 276 in all.

FIRST READING 246 of 276 (89.1%) relaxed and 257 (93.1%) lenient (the benchmark's relaxed_form and lenient_form):
the tuned two thirds 173 of 184 lenient, the kept third (index % 3 == 2, 92 rows) 84 of 92. By category, lenient:
cardinal 46/46, decimal 46/46, fraction 43/46, measure 45/46, money 36/46, range 41/46. The relaxed-only misses are
the house's "hundred and" against rows written without it, and "Mw" said as one word against "m w".
The misreads of the tuned two thirds by class: a currency's sign the table lacked ('₾20': "₾twenty"); a fraction
before "ct", which only a decimal's carats were ('1/2 ct': "one half ct"); odds before "joint-fav" with its hyphen
('9/4 joint-fav': "nine quarters joint-fav"); a whole number's "pp" read as pages where points were meant ('3 pp',
'2–3 pp'; out of context both are pages as much as points, left below, and a rule written for the context that tells,
a word of change before the number); and six currency codes that are words or other abbreviations, left below as the
house leaves them on purpose (facts.py: "COP 28", "RON 95", "GEL", "MAD", "QR", "Ft").

After the rules below, written from the tuned two thirds' misses only (35 examples of the four classes, 13 of them
near-misses that must not change): tuned 173 -> 176 of 184, kept third 84 -> 85 of 92 (its '¾ ct', a fraction's
carats, moved with the class). 250 (90.6%) relaxed, 261 (94.6%) lenient; by category, lenient: cardinal 46/46,
decimal 46/46, fraction 46/46, measure 45/46, money 37/46, range 41/46. The kept third's other misses are of classes
the tuned part did not show, or showed only where the house leaves them: three currency codes that are words ('COP
4.5m', 'RON 800m', 'AMD 5,000'), the forint's 'Ft' after a span, pebibytes after a span, a span's 'pp' after a word
of change ('up 1.5–2pp': the rule asks of the word before the last number only) and a quake's magnitude as a span.
Read after it had been read (by a later sweep's rules, tests/test_speech_left56b.py): '1–2 PiB' and 'up 1.5–2pp'."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is read in a form the
# row did not write.
_KNOWN: dict[str, str] = {
    "GEL 50": "Georgia's lari by its code: 'GEL' is a word, left out of the codes on purpose",
    "120 MAD": "Morocco's dirham's code after the amount: 'mad' is a word there, read as money only before it",
    # "COP 50,000", "RON 1,200", "COP 4.5m", "RON 800m" and "AMD 5,000" read after they had been read: a word's code
    # before thousands in groups or a scale is money (tests/test_speech_unit_tokens47.py)
    "QR 50": "the Qatari riyal's short form: 'QR' is as often a code's, left as letters",
    "2,000 Ft": "Hungary's forint's 'Ft' after a number is feet in a title's capitals as much as forints",
    "3 pp": "a whole number's 'pp' alone is a book's pages as much as percentage points, out of context",
    "2–3 pp": "a span's 'pp' alone is pages as much as percentage points, out of context",
    # the kept third's, read once the rules were written
    "1,500–2,000 Ft": "Hungary's forint's 'Ft' after a span: feet, as after one number",
    "M4.5–5.0": "a quake's magnitude as a span: 'M' is read as a magnitude before one number only",
}

# The forty-fourth set is written beside this one; the earlier sets are the first forty-three.
SWEEP = Sweep("unit_tokens45.tsv", _KNOWN, form=lenient, least=270, styles=6, only=True, each=46,
              earlier=first("unit_tokens", 43), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))

# The classes of the tuned misses, each with examples of our own beyond the set's row, and what only looks like one.
globals().update(rule_tests(read=[
    # a currency's sign the table lacked, before its amount or after it (facts.CURRENCIES, SIGNS_AFTER_AMOUNT)
    ("en", "₼15.50", "fifteen manats fifty qapik"),
    ("en", "₮5,000", "five thousand tugriks"),
    ("en", "₲50,000", "fifty thousand guaranis"),
    ("en", "֏2,000", "two thousand drams"),
    ("en", "a ₾5 fee", "a five lari fee"),
    ("en", "₾2.5m", "two point five million lari"),
    ("en", "500 ₸ a night", "five hundred tenge a night"),
    ("en", "15 ₼", "fifteen manats"),
    # odds before a shared favourite written with a hyphen (racecards._FAVOURITE)
    ("en", "the 5/1 Joint-fav", "the five to one joint favourite"),
    ("en", "7/2 joint-favs", "seven to two joint favourites"),
    ("en", "evens joint-fav", "evens joint favourite"),
    # a fraction before "ct" is carats, a gem's weight (units._FRACTION_CARATS)
    ("en", "a 1/4 ct ring", "a quarter carat ring"),
    ("en", "¼ct", "one quarter carat"),
    ("en", "1 1/2 ct", "one and a half carats"),
    ("en", "1½ ct", "one and a half carats"),
    ("en", "a 1/3 ct. stone", "a third carat stone"),
    ("en", "2/3 ct each", "two thirds carat each"),
    # a whole number's "pp" after a word of change is percentage points (words._CHANGE_BEFORE)
    ("en", "Labour is up 4 pp", "Labour is up four percentage points"),
    ("en", "fell by 2 pp", "fell by two percentage points"),
    ("en", "the party slipped 1 pp", "the party slipped one percentage point"),
    ("en", "the Greens gained 3 pp", "the Greens gained three percentage points"),
    ("en", "Down 6 pp on May", "Down six percentage points on May"),
], left=[
    ("en", "the ₾ sign", "the ₾ sign"),  # no amount, as before
    ("en", "₸ and ₾", "₸ and ₾"),
    ("en", "a joint-fav pick", "a joint-fav pick"),  # no price before it, as before
    ("en", "my joint-fav band", "my joint-fav band"),
    ("en", "5/1 ct", "five over one ct"),  # a whole's "part" over one is no fraction of a carat
    ("en", "1/2 cup", "one half cup"),  # another unit, as before
    ("en", "12 ct", "twelve ct"),  # a whole number's "ct" is a count, as before
    ("en", "1/2 CT", "one half C.T"),  # capitals, as before
    ("en", "runs 45 pp", "runs forty five pages"),  # a book's pages, as before
    ("en", "see 12 pp", "see twelve pages"),
    ("en", "set up 12 pp of notes", "set up twelve pages of notes"),  # pages of something, after a word of change
    ("en", "a 300 pp novel", "a three hundred pages novel"),
    ("en", "3 pp", "three pages"),  # alone, as before
]))


@pytest.mark.parametrize(("token", "after"), [
    ("1/2 ", "ct"),  # the fraction's carats: fractions and spaces, then the unit
    ("1 1/2", " ct"),
    ("½", " ct"),
    ("up ", "3 pp"),  # the word of change before the pages
    ("9/4 joint-", "fav"),
    ("₾", "20"),
])
def test_the_new_rules_stay_linear(token: str, after: str) -> None:
    check_linear(token, read=lambda text: speakable(text + after, "en"))
