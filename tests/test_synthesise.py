"""Synthesis with a fake engine (fast): the take cache, output checks and voice choice."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest

from narrator.config import SynthSettings
from narrator.errors import EngineError
from narrator.model import Audio, Metadata, Progress, Script, Segment, Voice, VoiceProfile
from narrator.synthesise import choose_voice, synthesise

RATE = 16_000


class CountingEngine:
    """Speaks 0.3 s of a tone per word and counts its calls."""

    name: ClassVar[str] = "counting"
    max_chars: ClassVar[int] = 200

    def __init__(self, seconds_per_word: float = 0.3) -> None:
        self.calls: list[str] = []
        self.seconds_per_word = seconds_per_word

    def voices(self) -> list[Voice]:
        return [Voice("de-1", "German", "de", self.name), Voice("en-1", "English", "en-GB", self.name)]

    def synthesise(self, text: str, voice: Voice, rate: float = 1.0) -> Audio:
        self.calls.append(text)
        frames = int(len(text.split()) * self.seconds_per_word * RATE)
        return Audio(pcm=b"\x10\x20" * frames, sample_rate=RATE)


def _script(*texts: str) -> Script:
    segments = tuple(Segment(text=t, pause_after_ms=300, chapter="Intro") for t in texts)
    return Script(origin="a.md", meta=Metadata(title="A"), segments=segments, source_hash="x")


PROFILE = VoiceProfile(name="test", engine="counting", voice="auto")


def test_a_second_run_takes_every_segment_from_the_cache(tmp_path: Path) -> None:
    engine = CountingEngine()
    settings = SynthSettings(cache_dir=tmp_path)
    first = synthesise(_script("One two three.", "Four five."), engine, PROFILE, settings)
    again = synthesise(_script("One two three.", "Four five.", "Six."), engine, PROFILE, settings)
    assert engine.calls == ["One two three.", "Four five.", "Six."]
    assert [t.audio for t in again.takes[:2]] == [t.audio for t in first.takes]


def test_a_damaged_cache_entry_is_made_again(tmp_path: Path) -> None:
    engine = CountingEngine()
    settings = SynthSettings(cache_dir=tmp_path)
    synthesise(_script("One two three."), engine, PROFILE, settings)
    for entry in tmp_path.rglob("*.wav"):
        entry.write_bytes(b"RIFF broken")
    takes = synthesise(_script("One two three."), engine, PROFILE, settings)
    assert len(engine.calls) == 2
    assert takes.takes[0].audio.duration_s == pytest.approx(0.9, abs=0.01)


def test_a_take_too_short_for_its_words_is_refused(tmp_path: Path) -> None:
    engine = CountingEngine(seconds_per_word=0.01)
    with pytest.raises(EngineError, match=r"too short|dropped text|for \d+ words"):
        synthesise(_script("These six words came out too short."[:-6] + "."), engine, PROFILE,
                   SynthSettings(cache_dir=tmp_path))
    assert not list(tmp_path.rglob("*.wav")), "a bad take must not be cached"


def test_auto_voice_follows_the_article_language() -> None:
    engine = CountingEngine()
    assert choose_voice(engine, PROFILE, "en").id == "en-1"
    assert choose_voice(engine, PROFILE, "de").id == "de-1"


def test_a_named_voice_the_engine_lacks_is_an_error() -> None:
    profile = VoiceProfile(name="x", engine="counting", voice="fr-9")
    with pytest.raises(EngineError, match="fr-9"):
        choose_voice(CountingEngine(), profile, "en")


class ManyEnglishEngine(CountingEngine):
    """Offers English voices in several regions, the Caribbean one first (as espeak-ng lists them)."""

    def voices(self) -> list[Voice]:
        return [Voice("en-029", "Caribbean", "en-029"), Voice("en", "British", "en-gb"),
                Voice("en-us", "American", "en-us"), Voice("en-us-nyc", "New York", "en-us-nyc")]


@pytest.mark.parametrize(("language", "voice"), [("en", "en-us"), ("en-GB", "en"), ("en_US", "en-us")])
def test_auto_voice_prefers_the_exact_or_most_common_region(language: str, voice: str) -> None:
    assert choose_voice(ManyEnglishEngine(), PROFILE, language).id == voice


def test_a_voice_for_another_language_is_warned_about(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    german = Script(origin="a.md", meta=Metadata(title="Hafen", language="de"),
                    segments=(Segment(text="Eins zwei drei.", pause_after_ms=300),), source_hash="x")
    english_voice = VoiceProfile(name="en", engine="counting", voice="en-1")
    with caplog.at_level("WARNING"):
        synthesise(german, CountingEngine(), english_voice, SynthSettings(cache_dir=tmp_path))
    assert "in 'de' but voice en-1 speaks 'en'" in caplog.text
    caplog.clear()
    with caplog.at_level("WARNING"):
        synthesise(german, CountingEngine(), PROFILE, SynthSettings(cache_dir=tmp_path))
    assert "speaks" not in caplog.text  # "auto" found the German voice


def test_progress_reports_segments_and_audio_seconds_in_order(tmp_path: Path) -> None:
    heard: list[Progress] = []
    synthesise(_script("One two three.", "Four five."), CountingEngine(), PROFILE,
               SynthSettings(cache_dir=tmp_path), on_progress=heard.append)
    assert [(p.segments_done, p.segments_total) for p in heard] == [(1, 2), (2, 2)]
    assert [round(p.audio_seconds, 2) for p in heard] == [0.9, 1.5]
