"""What the encoder takes from a voice, learnt from one decoded chunk and kept per machine: later episodes of the
voice, in any output folder, run one ffmpeg per chunk from their first."""

from __future__ import annotations

import json
import shutil
import wave
from pathlib import Path
from typing import Any

import pytest
from media import loudness

from narrator.audio import chunks, produce
from narrator.config import AudioSettings
from narrator.model import Audio, Metadata, Script, Segment, Take, Takes, VoiceProfile

FIXTURES = Path(__file__).parent / "fixtures" / "audio"
SETTINGS = AudioSettings()
PROFILE = VoiceProfile(name="reader", engine="espeak", voice="en")

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg is not installed")


def recording(name: str) -> Audio:
    """A fixture recording (mono 16-bit)."""
    with wave.open(str(FIXTURES / name)) as handle:
        return Audio(handle.readframes(handle.getnframes()), handle.getframerate())


def episode_takes(order: tuple[str, ...], profile: VoiceProfile = PROFILE) -> Takes:
    """The fixture sentences in the given order, a little apart."""
    texts = {"intro.wav": "Welcome to the parish newsletter.", "body.wav": "The fete raised four hundred pounds.",
             "outro.wav": "This newsletter was read by a synthetic voice."}
    segments = tuple(Segment(texts[name], 400) for name in order)
    script = Script("newsletter.md", Metadata(title="Parish newsletter", language="en"), segments, "e" * 64)
    return Takes(script, tuple(Take(s, recording(n)) for s, n in zip(segments, order, strict=True)), profile)


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each chunk encode also decoded its MP3 (a second ffmpeg)."""
    seen: list[bool] = []
    real = chunks.encode

    def counting(*args: Any) -> Any:
        seen.append(bool(args[6]))
        return real(*args)

    monkeypatch.setattr(chunks, "encode", counting)
    return seen


def test_a_later_episode_of_the_voice_in_a_new_folder_decodes_nothing(tmp_path: Path, decodes: list[bool]) -> None:
    machine = tmp_path / "machine"
    produce(episode_takes(("intro.wav", "body.wav", "outro.wav")), SETTINGS, tmp_path / "a", tmp_path / "cache-a",
            machine)
    assert decodes.count(True) == 1, "the first episode decodes its first chunk, to learn the encoder's loss"
    assert (machine / chunks.LOSSES_FILE).is_file()
    decodes.clear()
    second = produce(episode_takes(("body.wav", "outro.wav", "intro.wav")), SETTINGS, tmp_path / "b",
                     tmp_path / "cache-b", machine)
    assert decodes and not any(decodes)
    integrated, peak = loudness(second.mp3)
    assert abs(integrated - SETTINGS.loudness_lufs) <= 0.5 and peak <= SETTINGS.true_peak_db
    assert second.loudness_lufs is not None and abs(second.loudness_lufs - integrated) <= 0.2


def test_other_mastering_settings_or_another_voice_learn_their_own(tmp_path: Path, decodes: list[bool]) -> None:
    machine = tmp_path / "machine"
    order = ("intro.wav", "body.wav", "outro.wav")
    produce(episode_takes(order), SETTINGS, tmp_path / "a", tmp_path / "cache-a", machine)
    produce(episode_takes(order), AudioSettings(bitrate="64k"), tmp_path / "b", tmp_path / "cache-b", machine)
    other = VoiceProfile(name="other", engine="espeak", voice="en-gb")
    produce(episode_takes(order, other), SETTINGS, tmp_path / "c", tmp_path / "cache-c", machine)
    assert decodes.count(True) == 3
    assert len(json.loads((machine / chunks.LOSSES_FILE).read_text(encoding="utf-8"))) == 3


@pytest.mark.parametrize("record", ["not json", '{"anything": 1}', "[1, 2]"])
def test_a_broken_record_costs_a_decode_and_is_written_again(tmp_path: Path, decodes: list[bool],
                                                               record: str) -> None:
    machine = tmp_path / "machine"
    machine.mkdir()
    (machine / chunks.LOSSES_FILE).write_text(record, encoding="utf-8")
    episode = produce(episode_takes(("intro.wav", "body.wav")), SETTINGS, tmp_path / "a", tmp_path / "cache",
                      machine)
    assert decodes.count(True) == 1 and episode.mp3.is_file()
    kept = json.loads((machine / chunks.LOSSES_FILE).read_text(encoding="utf-8"))
    assert any(isinstance(value, dict) and set(value) == {"loudness_lu", "peak_db"} for value in kept.values())


def test_a_narration_keeps_the_record_in_the_users_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from narrator.pipeline.jobs import machine_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert machine_cache() == tmp_path / "xdg" / "narrator"
