"""Thirteen whole articles of our own (h170, issue #10), of kinds nobody had read end to end (a Crown Court report,
an energy bills explainer, a chess tournament, a cricket scorecard, a satellite launch, a gardening column, a cycling
stage, a bank's results, a military history, a pharmacy leaflet, a games review, a council tax budget and a storm
warning), through `narrator preview --json`: the intro, the chapters, and every sentence of the body said once, in
order, as a newsreader would say it.
"""

from __future__ import annotations

from pathlib import Path

from tests.articles import HOUSE_SOUNDS, Articles, KnownMisses, standard_tests

ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles24", HOUSE_SOUNDS)

globals().update(standard_tests(ARTICLES, KnownMisses()))
