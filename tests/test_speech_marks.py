"""A design's mark: "Mk" before its number is "Mark", spaced or run in ("Mk 48", "Mk4", "MkIV")."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("The Supra MkIV sold out.", "The Supra Mark four sold out."),
    ("A MkII Jaguar was parked outside.", "A Mark two Jaguar was parked outside."),
    ("The Golf Mk4 is a classic.", "The Golf Mark four is a classic."),
    ("The Mk IV tank rolled in.", "The Mark four tank rolled in."),
    # Not a mark: a word that starts with the letters.
    ("The MkDocs site was rebuilt.", "The MkDocs site was rebuilt."),
])
def test_a_mark_run_into_its_numeral(written: str, spoken: str) -> None:
    assert speakable(written) == spoken
