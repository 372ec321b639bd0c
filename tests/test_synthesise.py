"""Synthesis with a fake engine (fast): the take cache, output checks and voice choice."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Generator, Sequence
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

import pytest

from narrator.config import SynthSettings
from narrator.engines.base import Parts
from narrator.errors import EngineError
from narrator.model import Audio, Metadata, Progress, Script, Segment, Take, Voice, VoiceProfile
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


def voiced(script: Script, engine: CountingEngine, settings: SynthSettings, **kwargs: Any) -> list[Take]:
    """Every take of script, read from the stream synthesise returns."""
    return list(synthesise(script, engine, PROFILE, settings, **kwargs).takes)


def test_a_second_run_takes_every_segment_from_the_cache(tmp_path: Path) -> None:
    engine = CountingEngine()
    settings = SynthSettings(cache_dir=tmp_path)
    first = voiced(_script("One two three.", "Four five."), engine, settings)
    again = voiced(_script("One two three.", "Four five.", "Six."), engine, settings)
    assert sorted(engine.calls) == sorted(["One two three.", "Four five.", "Six."])
    assert [t.audio for t in again[:2]] == [t.audio for t in first]
    assert [t.level for t in again[:2]] == [t.level for t in first], "statistics are cached with the take"


def test_a_damaged_cache_entry_is_made_again(tmp_path: Path) -> None:
    engine = CountingEngine()
    settings = SynthSettings(cache_dir=tmp_path)
    voiced(_script("One two three."), engine, settings)
    for entry in tmp_path.rglob("*.wav"):
        entry.write_bytes(b"RIFF broken")
    takes = voiced(_script("One two three."), engine, settings)
    assert len(engine.calls) == 2
    assert takes[0].audio.duration_s == pytest.approx(0.9, abs=0.01)


def test_a_take_too_short_for_its_words_is_refused(tmp_path: Path) -> None:
    engine = CountingEngine(seconds_per_word=0.01)
    with pytest.raises(EngineError, match=r"too short|dropped text|for \d+ words"):
        voiced(_script("These six words came out too short."[:-6] + "."), engine, SynthSettings(cache_dir=tmp_path))
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
    voiced(_script("One two three.", "Four five."), CountingEngine(), SynthSettings(cache_dir=tmp_path),
           on_progress=heard.append)
    assert [(p.segments_done, p.segments_total) for p in heard] == [(1, 2), (2, 2)]
    assert [round(p.audio_seconds, 2) for p in heard] == [0.9, 1.5]


class SlowEngine(CountingEngine):
    """Takes longer on short texts, so parallel takes finish out of order; records how many run at once."""

    def __init__(self, fail_on: str = "") -> None:
        super().__init__()
        self.running = 0
        self.most_at_once = 0
        self.lock = threading.Lock()
        self.fail_on = fail_on

    def synthesise(self, text: str, voice: Voice, rate: float = 1.0) -> Audio:
        with self.lock:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            time.sleep(0.3 / len(text.split()))
            if text == self.fail_on:
                raise EngineError("the engine choked", origin=text)
            return super().synthesise(text, voice, rate)
        finally:
            with self.lock:
                self.running -= 1


WORDS = [" ".join(["word"] * count) + "." for count in (5, 1, 4, 2, 3, 1, 6, 2)]


def test_segments_are_voiced_in_parallel_and_handed_on_in_order(tmp_path: Path) -> None:
    engine = SlowEngine()
    takes = voiced(_script(*WORDS), engine, SynthSettings(cache_dir=tmp_path, threads=3))
    assert [t.segment.text for t in takes] == WORDS
    assert [round(t.audio.duration_s, 2) for t in takes] == [round(0.3 * len(w.split()), 2) for w in WORDS]
    assert engine.most_at_once == 3
    assert all(t.level is not None and t.level.blocks for t in takes)


def test_a_closed_stream_stops_synthesis(tmp_path: Path) -> None:
    engine = SlowEngine()
    stream = synthesise(_script(*WORDS), engine, PROFILE, SynthSettings(cache_dir=tmp_path, threads=2)).takes
    assert isinstance(stream, Generator)
    next(stream)
    stream.close()
    made = len(engine.calls)
    assert made < len(WORDS)
    time.sleep(0.2)
    assert len(engine.calls) == made, "nothing is voiced after the stream is closed"
    assert engine.running == 0


def test_a_take_the_engine_fails_on_keeps_the_others_and_the_next_run_resumes(tmp_path: Path) -> None:
    settings = SynthSettings(cache_dir=tmp_path, threads=2)
    failing = SlowEngine(fail_on=WORDS[3])
    with pytest.raises(EngineError, match="choked"):
        voiced(_script(*WORDS), failing, settings)
    made_before = set(failing.calls)
    assert WORDS[0] in made_before and WORDS[3] not in made_before
    engine = SlowEngine()
    takes = voiced(_script(*WORDS), engine, settings)
    assert [t.segment.text for t in takes] == WORDS
    assert not set(engine.calls) & made_before, "takes made before the failure come from the cache"
    assert not list(tmp_path.rglob("*.part"))


class SentenceEngine(SlowEngine):
    """Offers its sentences as pieces (as Piper does): sentence i of a text sounds as the sample value i + 1."""

    def parts(self, text: str, voice: Voice, rate: float = 1.0) -> Parts:
        sentences = [s for s in text.split(". ") if s]
        return Parts(tuple(partial(self._sentence, number, s) for number, s in enumerate(sentences)), self._join)

    def _sentence(self, number: int, sentence: str) -> Audio:
        heard = self.synthesise(sentence, Voice("en-1", "English", "en-GB", self.name))
        return Audio(pcm=(number + 1).to_bytes(2, "little") * (len(heard.pcm) // 2), sample_rate=RATE)

    @staticmethod
    def _join(pieces: Sequence[Audio]) -> Audio:
        return Audio(pcm=b"".join(piece.pcm for piece in pieces), sample_rate=RATE)


LONG = "One two three four. Five. Six seven. Eight nine ten. Eleven. Twelve thirteen"


def test_the_sentences_of_one_segment_are_voiced_side_by_side_and_joined_in_order(tmp_path: Path) -> None:
    engine = SentenceEngine()
    takes = voiced(_script(LONG, "Fourteen."), engine, SynthSettings(cache_dir=tmp_path, threads=3))
    assert engine.most_at_once == 3, "one segment's sentences keep every thread busy"
    samples = takes[0].audio.pcm[::2]
    assert [key for key, _ in itertools.groupby(samples)] == [1, 2, 3, 4, 5, 6]
    assert takes[0].audio.duration_s == pytest.approx(0.3 * 13, abs=0.01)
    assert [t.segment.text for t in takes] == [LONG, "Fourteen."]
    cached = voiced(_script(LONG, "Fourteen."), SentenceEngine(), SynthSettings(cache_dir=tmp_path))
    assert cached[0].audio == takes[0].audio, "the joined take is cached whole"


def test_a_sentence_the_engine_fails_on_fails_its_take_and_no_half_take_is_cached(tmp_path: Path) -> None:
    engine = SentenceEngine(fail_on="Six seven")
    with pytest.raises(EngineError, match="choked"):
        voiced(_script(LONG), engine, SynthSettings(cache_dir=tmp_path, threads=2))
    assert not list(tmp_path.rglob("*.wav"))
    assert engine.running == 0


class SizedSentenceEngine(SentenceEngine):
    """SentenceEngine that also says how long each sentence is."""

    def parts(self, text: str, voice: Voice, rate: float = 1.0) -> Parts:
        parts = super().parts(text, voice, rate)
        return Parts(parts.pieces, parts.join, sizes=tuple(len(s.split()) for s in text.split(". ") if s))


def test_the_longest_sentences_are_voiced_first_so_the_last_ones_are_short(tmp_path: Path) -> None:
    engine = SizedSentenceEngine()
    takes = voiced(_script(LONG), engine, SynthSettings(cache_dir=tmp_path, threads=1))
    assert engine.calls == ["One two three four", "Eight nine ten", "Six seven", "Twelve thirteen", "Five", "Eleven"]
    samples = takes[0].audio.pcm[::2]
    assert [key for key, _ in itertools.groupby(samples)] == [1, 2, 3, 4, 5, 6], "joined in the text's order"


@pytest.mark.parametrize("engine", [SlowEngine(), SentenceEngine()], ids=["whole", "sentences"])
def test_a_take_once_read_and_dropped_is_freed_without_the_garbage_collector(
        tmp_path: Path, engine: CountingEngine) -> None:
    """Long episodes hold only the takes ahead in memory: nothing keeps a read take alive in a reference cycle."""
    import gc
    import weakref

    gc.disable()
    try:
        freed = [weakref.ref(take.audio) for take in voiced_stream(_script(LONG, *WORDS), engine, tmp_path)]
        assert [ref() is None for ref in freed] == [True] * (len(WORDS) + 1)
    finally:
        gc.enable()


def voiced_stream(script: Script, engine: CountingEngine, cache_dir: Path) -> Generator[Take, None, None]:
    """The takes of script as synthesise streams them, two threads voicing."""
    yield from synthesise(script, engine, PROFILE, SynthSettings(cache_dir=cache_dir, threads=2)).takes
