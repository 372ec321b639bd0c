"""A twentieth author's sweep (issue #10, h74): sentences from ten fields narrator had not been swept on (aviation,
software release notes, real estate, astronomy, the lab, music, shipping forecasts, knitting, receipts and
advertising), read in their language tag and compared with case and punctuation dropped after the sweeps' folding
(tests/fixtures/speech/prose_sweep20.tsv)."""

from __future__ import annotations

import pytest
from sweeps import Sweep, relaxed, sweep_tests

from narrator.speech import speakable

# What the sweep found misread and left, each with the class no general rule reads yet.
# (h157: 'Wind NW 4 or 5, veering N 6 later.' is read now: places.py's one-letter course after "veering")
_KNOWN_MISSES: dict[str, str] = {}


SWEEP = Sweep("prose_sweep20.tsv", _KNOWN_MISSES, form=relaxed, tagged=True)
globals().update(sweep_tests(SWEEP, checks="test_the_sweep_is_new"))


# A trade's shorthand (narrator/speech/normalise/shorthand.py), with look-alikes that keep their reading: a seat's
# letter, a count a parrot squawks, a decade's adverts, the mountain K2, a laser's nanometres and "in" as a preposition.
_SHORTHAND = [
    ("en-gb", "Runways 09L and 27R are open.", "Runways zero nine left and two seven right are open."),
    ("en-us", "Use runway 18C tonight.", "Use runway one eight center tonight."),
    ("en-gb", "Runway 27 is closed.", "Runway twenty seven is closed."),
    ("en-gb", "Seat 27L is a window seat.", "Seat twenty seven L is a window seat."),
    ("en-us", "Squawk 7500 means a hijack.", "Squawk seven five zero zero means a hijack."),
    ("en-us", "Parrots squawk 1000 times a day.", "Parrots squawk one thousand times a day."),
    ("en-us", "They ran a 15s promo on radio.", "They ran a fifteen second promo on radio."),
    ("en-us", "She loved the 80s ads.", "She loved the eighties ads."),
    ("en-gb", "Work k1, p1 to the end, then p2tog.", "Work knit one, purl one to the end, then purl two together."),
    ("en-gb", "K2 is the second-highest mountain.", "K two is the second-highest mountain."),
    ("en-gb", "Grades P2 and P3 were merged.", "Grades P two and P three were merged."),
    ("en-gb", "Pick up 40 sts and work in st st.", "Pick up forty stitches and work in stocking stitch."),
    ("en-gb", "Visibility 1 to 3 nm in rain.", "Visibility one to three nautical miles in rain."),
    ("en-gb", "The wreck lies 0.5 nm off the headland.",
     "The wreck lies zero point five nautical miles off the headland."),
    ("en-gb", "The laser emits at 532 nm.", "The laser emits at five hundred and thirty two nanometres."),
    ("en-gb", "Visibility 2 km in mist.", "Visibility two kilometres in mist."),
    ("en-gb", "The scarf measures 60 in from end to end.", "The scarf measures sixty inches from end to end."),
    ("en-gb", "Cut a 1/2 in strip of card.", "Cut a half inch strip of card."),
    ("en-gb", "Only 1/4 in the poll agreed.", "Only one quarter in the poll agreed."),
    ("en-us", "The bond rose 7/32 in price.", "The bond rose seven thirty seconds in price."),
    ("en-gb", "It rose 8 in every 10 years.", "It rose eight in every ten years."),
    ("en-gb", "The quasar 3C 48 was found first.", "The quasar three C four eight was found first."),
    ("en-gb", "Routes 3C 40 and 3D 41 run hourly.", "Routes three C forty and three D forty one run hourly."),
    ("en-us", "Levels are reported in mg/dL.", "Levels are reported in milligrams per deciliter."),
    ("en-gb", "Type it in and/or paste it.", "Type it in and or paste it."),
    ("en-gb", "Roll the dough into 20g balls.", "Roll the dough into twenty gram balls."),
    ("en-gb", "Add 50g flour.", "Add fifty grams flour."),
]


@pytest.mark.parametrize(("language", "written", "reading"), _SHORTHAND)
def test_a_trades_shorthand_is_said_in_its_words(language: str, written: str, reading: str) -> None:
    assert speakable(written, language) == reading
