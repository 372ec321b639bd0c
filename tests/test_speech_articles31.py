"""Fourteen whole articles of our own (issue #10), of kinds nobody had read end to end (an air show, bathing water
results, a climbing World Cup, a retailer's administration, a dog show, a drug seizure, a fishing quota deal, a heritage
railway's reopening, a giant pumpkin weigh-off, recycling rates, a sheepdog trial, a telescope's first images, a whale
stranding and a woodland planting survey), through `narrator preview --json`: the intro, the chapters, and every
sentence of the body said once, in order, as a newsreader would say it.

Each article's .json was written before the article was first read by narrator.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.speech.normalise import ReadingOptions, normalise
from tests.articles import HOUSE_SOUNDS, Articles, KnownMisses, standard_tests
from tests.sweeps import check_linear

ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles31", HOUSE_SOUNDS)
BRITISH = ReadingOptions(date_order="dmy")

globals().update(standard_tests(ARTICLES, KnownMisses()))


# The classes the tuned two thirds' misses belonged to, each with examples of our own, and beside them what read right
# before and must stay so (guards).
@pytest.mark.parametrize(("written", "said"), [
    ("Most were planted at 2,000 trees per ha.", "Most were planted at two thousand trees per hectare."),
    ("Yields of 8 tonnes per ha are common on the plain.", "Yields of eight tonnes per hectare are common on the"
     " plain."),
    ("The grant is £300 a ha for ten years.", "The grant is three hundred pounds a hectare for ten years."),
    ("Land is measured in ha, not acres.", "Land is measured in ha, not acres."),  # guard: "in" only before a unit
    ("He tried not to laugh and said ha ha.", "He tried not to laugh and said ha ha."),  # guard: laughter
    ("We need to ha ha our way through it.", "We need to ha ha our way through it."),  # guard
    ("The farm covers 40 ha.", "The farm covers forty hectares."),  # guard: after a number
])
def test_a_hectare_named_with_no_number(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("The line's star is No. 4472, built in 1923.", "The line's star is number forty four seventy two, built in"
     " nineteen twenty three."),
    ("No. 6233 hauled the first train.", "number sixty two thirty three hauled the first train."),
    ("Bus no. 1905 was late again.", "Bus number nineteen o five was late again."),
    ("Engine No. 1000 is in the museum.", "Engine number one thousand is in the museum."),  # a round thousand
    ("She wore No. 10 for Wales.", "She wore number ten for Wales."),  # guard: fewer digits
    ("No. 1,250 was the last.", "number one thousand two hundred fifty was the last."),  # guard: a count's comma
    ("Case No. 1:23-cv-04567 was filed.", "Case number one, twenty three, C.V, zero four five six seven was"
     " filed."),  # guard: a docket's number, read by its own rule
])
def test_four_digits_after_a_number_sign_are_said_in_pairs(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said
