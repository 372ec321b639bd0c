"""A sweep of English news in domains not tuned for before (sport, markets, medicine, law and politics, technology,
recipes, travel): what was misread, by class, and what each rule must leave alone."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    # a politician's party and state after a comma at the end of a sentence (was left "R-Ky.")
    ("The bill was backed by Sen. Mitch McConnell, R-Ky.",
     "The bill was backed by Senator Mitch McConnell, Republican of Kentucky."),
    ("It was opposed by Sen. Ted Cruz, R-Texas. Cruz said so.",
     "It was opposed by Senator Ted Cruz, Republican of Texas. Cruz said so."),
    ("It was opposed by Rep. Alexandria Ocasio-Cortez, D-N.Y. She spoke.",
     "It was opposed by Representative Alexandria Ocasio-Cortez, Democrat of New York. She spoke."),
    ("Sen. Elizabeth Warren, D-Mass., criticized it.",
     "Senator Elizabeth Warren, Democrat of Massachusetts, criticized it."),
    ("The vote split along lines, D-Mass. was a swing.", "The vote split along lines, D-Mass. was a swing."),
    ("He said it was the B, D-Day.", "He said it was the B, D-Day."),
])
def test_party_and_state_ending_a_sentence(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken
