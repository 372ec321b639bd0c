"""Titles in the plural before the names they share ("Sens. Warren and Sanders", "Drs. Ng and Lee") reached the voice
as written, "Sens." said as "sense", though their singulars ("Sen.", "Dr.") were read; the segmenter already holds
them to their names (h140)."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "said"), [
    ("Sens. Warren and Sanders voted no.", "Senators Warren and Sanders voted no."),
    ("Reps. Ocasio-Cortez and Massie spoke first.", "Representatives Ocasio-Cortez and Massie spoke first."),
    ("Drs. Ng and Lee wrote the paper.", "Doctors Ng and Lee wrote the paper."),
    ("Profs. Smith and Jones agreed.", "Professors Smith and Jones agreed."),
    ("Govs. Hochul and Murphy met in Albany.", "Governors Hochul and Murphy met in Albany."),
    ("Attys. Ruiz and Cole filed the motion.", "Attorneys Ruiz and Cole filed the motion."),
])
def test_a_plural_title_before_names_is_said_in_full(written: str, said: str) -> None:
    assert speakable(written, "en") == said


@pytest.mark.parametrize(("written", "said"), [
    ("Do three sets of ten reps. Rest between them.", "Do three sets of ten reps. Rest between them."),
    ("Sen. Warren voted no.", "Senator Warren voted no."),
    ("The Sens won in overtime.", "The Sens won in overtime."),  # the hockey team's nickname, no stop
])
def test_a_gym_s_reps_and_the_singular_are_read_as_before(written: str, said: str) -> None:
    assert speakable(written, "en") == said
