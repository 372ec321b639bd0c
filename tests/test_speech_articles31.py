"""Fourteen whole articles of our own (issue #10), of kinds nobody had read end to end (an air show, bathing water
results, a climbing World Cup, a retailer's administration, a dog show, a drug seizure, a fishing quota deal, a heritage
railway's reopening, a giant pumpkin weigh-off, recycling rates, a sheepdog trial, a telescope's first images, a whale
stranding and a woodland planting survey), through `narrator preview --json`: the intro, the chapters, and every
sentence of the body said once, in order, as a newsreader would say it.

Each article's .json was written before the article was first read by narrator.
"""

from __future__ import annotations

from pathlib import Path

from tests.articles import HOUSE_SOUNDS, Articles, KnownMisses, standard_tests

ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles31", HOUSE_SOUNDS)

globals().update(standard_tests(ARTICLES, KnownMisses()))
