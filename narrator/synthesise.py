"""Script -> Takes: voice every segment, reusing cached takes, and check what the engine returns."""

from __future__ import annotations

import hashlib
import io
import logging
import wave
from collections.abc import Callable
from pathlib import Path

from narrator.config import SynthSettings
from narrator.engines.base import Engine, audio_from_wav
from narrator.errors import EngineError
from narrator.files import write_bytes
from narrator.model import Audio, Progress, Script, Take, Takes, Voice, VoiceProfile

log = logging.getLogger(__name__)

CACHE_VERSION = "1"
MIN_SECONDS_PER_WORD = 0.08  # the fastest voices at rate 2 still take longer than this per word

OnProgress = Callable[[Progress], None]
PREFERRED_REGION = {"en": "en-us", "pt": "pt-br", "es": "es", "fr": "fr-fr", "de": "de"}


def choose_voice(engine: Engine, profile: VoiceProfile, language: str) -> Voice:
    """The profile's voice, or for "auto" the first voice speaking the article's language."""
    voices = engine.voices()
    if profile.voice != "auto":
        for voice in voices:
            if profile.voice in (voice.id, voice.name):
                return voice
        raise EngineError(
            f"voice {profile.voice!r} not offered by engine {engine.name}",
            origin=str(profile.path or profile.name),
            hint="see `narrator voices` for the voices this machine has",
        )
    wanted = _tag(language)
    primary = wanted.split("-")[0]
    # Without a region, the most widely understood one: "en" articles get a US voice, not Caribbean.
    preferred = PREFERRED_REGION.get(wanted, wanted)
    same_language = [v for v in voices if _tag(v.language).split("-")[0] == primary]
    if same_language:
        return min(same_language, key=lambda v: (_tag(v.language) != wanted, _tag(v.language) != preferred,
                                                 len(v.language)))
    if not voices:
        raise EngineError(f"engine {engine.name} offers no voices", hint="check its installation")
    return voices[0]


def warn_if_foreign(voice: Voice, title: str, language: str) -> None:
    """Warn when the voice speaks another language than the article (it would read it with the wrong sounds)."""
    article, speaks = _tag(language).split("-")[0], _tag(voice.language).split("-")[0]
    if speaks and article != speaks:
        log.warning("%s: the article is in %r but voice %s speaks %r; use a voice profile for %r "
                    "(`narrator voices` lists them)", title, article, voice.id, speaks, article)


def _tag(language: str) -> str:
    """A language tag in one spelling: "en_US" -> "en-us"."""
    return language.lower().replace("_", "-")


def _cache_file(cache_dir: Path, engine: Engine, voice: Voice, rate: float, text: str) -> Path:
    """Where the take for this exact text, voice and rate is kept."""
    key = "\x1f".join([CACHE_VERSION, engine.name, voice.id, f"{rate:.3f}", text])
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    return cache_dir / digest[:2] / f"{digest}.wav"


def _read_cached(path: Path) -> Audio | None:
    """A cached take, or None when absent or unreadable (it is then made again)."""
    try:
        return audio_from_wav(path.read_bytes(), str(path))
    except (OSError, EngineError):
        return None


def _write_cached(path: Path, audio: Audio) -> None:
    """Store a take atomically so a killed run never leaves a truncated cache entry."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(audio.sample_rate)
        wav.writeframes(audio.pcm)
    write_bytes(path, buffer.getvalue())


def _check(audio: Audio, text: str, engine: Engine) -> None:
    """Refuse a take that is empty or far too short for its words."""
    words = len(text.split())
    if audio.sample_rate <= 0:
        raise EngineError(f"{engine.name} returned audio without a sample rate", origin=text[:60],
                          hint="the engine is broken or misconfigured; check `narrator voices` or try another voice")
    if words and audio.duration_s < words * MIN_SECONDS_PER_WORD:
        raise EngineError(
            f"{engine.name} returned {audio.duration_s:.2f} s of audio for {words} words",
            origin=text[:60],
            hint="the engine dropped text; try another voice",
        )


def synthesise(
    script: Script,
    engine: Engine,
    profile: VoiceProfile,
    settings: SynthSettings,
    on_progress: OnProgress | None = None,
) -> Takes:
    """Voice each segment of script (from the cache where possible)."""
    voice = choose_voice(engine, profile, script.meta.language)
    warn_if_foreign(voice, script.meta.title, script.meta.language)
    takes: list[Take] = []
    total = len(script.segments)
    made_s = 0.0
    for index, segment in enumerate(script.segments, start=1):
        path = _cache_file(settings.cache_dir, engine, voice, profile.rate, segment.text)
        audio = _read_cached(path)
        if audio is None:
            audio = engine.synthesise(segment.text, voice, profile.rate)
            _check(audio, segment.text, engine)
            _write_cached(path, audio)
        takes.append(Take(segment=segment, audio=audio))
        made_s += audio.duration_s
        if on_progress is not None:
            on_progress(Progress(index, total, made_s))
    return Takes(script=script, takes=tuple(takes), profile=profile, voice=voice)
