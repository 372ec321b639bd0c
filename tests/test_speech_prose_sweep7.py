"""A seventh author's sweep of whole news sentences from the desks no sweep wrote for as a desk (issue #10): markets,
weather, sport, health, technology, courts, transport, elections, property and crime
(tests/fixtures/speech/prose_sweep7.tsv, each sentence with what a careful newsreader says). Compared as the earlier
sweeps compare: a number's "and" and an initialism's stops folded."""

from __future__ import annotations

from sweeps import Sweep, first, sweep_tests

# What the sweep found misread and left, each needing context or knowledge no general rule has.
_KNOWN_MISSES = {
    "The pound was flat at $1.2701 (GBP=D3).": "a wire's ticker code: its '=' is left unsaid",
    "Aberdeen 9/4, Glasgow 11/6, London 15/8.":
        "a forecast table's highs over lows need the table's heading; read as fractions and a date",
    "Guide: £550,000-£600,000. EPC: C. Tenure: Freehold.":
        "a single capital's stop is taken for an initial's, so the sentence runs on ('C Tenure')",
}


_STYLES = {"markets", "weather", "sport", "health", "tech", "courts", "transport", "election", "property", "crime"}
SWEEP = Sweep("prose_sweep7.tsv", _KNOWN_MISSES, least=400, styles=_STYLES, only=True, earlier=first("prose_sweep", 6))
globals().update(sweep_tests(SWEEP))
