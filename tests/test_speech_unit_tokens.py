"""Short items of our own in the twelve unit categories, out of context as NeMo's test files give them: a check of
the unit rules on text they were not written for (tests/fixtures/speech/unit_tokens.tsv, 280 items). A row passes
when our reading equals one of its accepted readings, ignoring case and punctuation, as the benchmark's relaxed
score does."""

from __future__ import annotations

from sweeps import Sweep, lenient, sweep_tests

# Items read wrongly out of context and left: each needs context the item does not give.
_KNOWN = {
    "12 in": "'in' after a number is a preposition more often than inches, unless a bracket or a size word follows",
    "2x": "'two times' only before a comparative or at a verb's end ('2x faster', 'grew 10x'), as in sentences",
    "4 kw": "a lower-case 'kw' alone is as often a keyword as kilowatts; 'kW' and 'kWh' are read",
    "911": "an emergency number is read digit by digit after 'call' or 'dial'; alone it is a count",
}


SWEEP = Sweep("unit_tokens.tsv", _KNOWN, form=lenient, least=280, styles=12, only=True, each=9, earlier=())
globals().update(sweep_tests(SWEEP, checks="test_every_category_has_items", each_row="test_item"))
