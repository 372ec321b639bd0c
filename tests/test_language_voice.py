"""voice = "auto" finds a voice for the article's language under any of its tags (issue #10): Norwegian is "no" to
py3langid and to old pages, "nb" to espeak-ng; Hebrew and Indonesian keep their withdrawn codes on old pages."""

from __future__ import annotations

import logging

import pytest

from narrator.model import Voice, VoiceProfile
from narrator.synthesise import choose_voice, warn_if_foreign

AUTO = VoiceProfile(name="any", engine="listed", voice="auto")


class ListedEngine:
    """Voices as espeak-ng lists them: Afrikaans first, Norwegian as Bokmål."""

    name = "listed"
    max_chars = 400

    def voices(self) -> list[Voice]:
        return [Voice("af", "Afrikaans", "af"), Voice("en-us", "American", "en-us"), Voice("he", "Hebrew", "he"),
                Voice("id", "Indonesian", "id"), Voice("nb", "Norwegian Bokmål", "nb")]


@pytest.mark.parametrize(("language", "voice"), [("no", "nb"), ("nn", "nb"), ("no-NO", "nb"), ("nb", "nb"),
                                                 ("iw", "he"), ("in", "id")])
def test_auto_voice_speaks_the_language_under_any_of_its_tags(language: str, voice: str) -> None:
    assert choose_voice(ListedEngine(), AUTO, language).id == voice  # was "af": the first voice listed


def test_a_voice_of_the_same_language_under_another_tag_is_no_foreign_voice(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        warn_if_foreign(Voice("nb", "Norwegian Bokmål", "nb"), "Ferja", "no", ListedEngine())
    assert not caplog.records
