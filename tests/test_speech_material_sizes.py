"""A size before the material a thing is made of describes the thing, and its unit is said in the singular ("15 mm
copper pipe" -> "fifteen millimeter copper pipe"; "millimeters" it was, the material's "-er" read as a
comparative's); a comparative after a measure keeps it plural. Written from examples of our own."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("Run 15 mm copper pipe to the boiler.", "Run fifteen millimeter copper pipe to the boiler."),
    ("Fit 10 mm rubber seals.", "Fit ten millimeter rubber seals."),
    ("Cut 2 m timber lengths for the frame.", "Cut two meter timber lengths for the frame."),
    ("The wall needs 12 mm plaster board.", "The wall needs twelve millimeter plaster board."),
    ("He ran 5 km further than her.", "He ran five kilometers further than her."),  # a comparative: plural
    ("She weighed 5 kg heavier.", "She weighed five kilograms heavier."),
])
def test_a_size_before_a_material_is_singular(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken
