"""Script -> Takes: voice segments in parallel, in order, reusing cached takes, and check what the engine returns."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import logging
import os
import struct
import threading
import wave
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from narrator.config import SynthSettings, primary_language
from narrator.engines.base import Engine, Parts, audio_from_wav, parts_of
from narrator.errors import EngineError
from narrator.files import write_bytes
from narrator.loudness import measure
from narrator.model import Audio, Level, Progress, Script, Segment, Take, Takes, Voice, VoiceProfile

log = logging.getLogger(__name__)

CACHE_VERSION = "1"
MIN_SECONDS_PER_WORD = 0.08  # the fastest voices at rate 2 still take longer than this per word
LEVEL_CHUNK = b"nlvl"
"""RIFF chunk id of the loudness statistics stored in a cached take's file, after its audio."""
LOOKAHEAD = 2
"""Segments submitted per thread ahead of the one being read."""

OnProgress = Callable[[Progress], None]
# Latin America's Spanish ("es-419") is espeak-ng's own tag; Piper's voices for it are Mexico's.
PREFERRED_REGION = {"en": "en-us", "pt": "pt-br", "es": "es", "fr": "fr-fr", "de": "de", "es-419": "es-mx"}


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
    # Without a region, the most widely understood one: "en" articles get a US voice, not Caribbean.
    preferred = PREFERRED_REGION.get(wanted, wanted)
    same_language = [v for v in voices if primary_language(v.language) == primary_language(language)]
    if same_language:
        return min(same_language, key=lambda v: (_tag(v.language) != wanted, _tag(v.language) != preferred,
                                                 len(v.language)))
    if not voices:
        raise EngineError(f"engine {engine.name} offers no voices", hint="check its installation")
    return voices[0]


def warn_if_foreign(voice: Voice, title: str, language: str, engine: Engine | None = None) -> None:
    """Warn when the voice speaks another language than the article (it would read it with the wrong sounds),
    saying what would read it right: a voice of the same engine that speaks it, or how to add one."""
    article, speaks = _tag(language).split("-")[0], _tag(voice.language).split("-")[0]
    if not speaks or primary_language(article) == primary_language(speaks):
        return
    same = [v for v in engine.voices() if primary_language(v.language) == primary_language(article)] \
        if engine is not None else []
    if engine is not None and same:
        how = f'a profile with engine = "{engine.name}" and voice = "{same[0].id}" reads it'
    else:
        how = (f"no voice here speaks {article!r}: put a Piper voice for it (NAME.onnx and NAME.onnx.json) in a "
               f'folder that voices_dirs lists, and a profile with engine = "piper" and voice = "NAME"; or, at once, '
               f"--voice platform, whose voice is the platform's own in the article's language where it has one "
               f"(espeak-ng's on Linux)")
    log.warning("%s: the article is in %r but voice %s speaks %r; %s (narrate with --voice PROFILE; "
                "`narrator voices` lists them)", title, article, voice.id, speaks, how)


def _tag(language: str) -> str:
    """A language tag in one spelling: "en_US" -> "en-us"."""
    return language.lower().replace("_", "-")


def _cache_file(cache_dir: Path, engine: Engine, voice: Voice, rate: float, text: str) -> Path:
    """Where the take for this exact text, voice and rate is kept."""
    # The revision only where an engine gives one, so that the takes of other engines stay valid.
    parts = [CACHE_VERSION, engine.name, voice.id, *([voice.revision] if voice.revision else []), f"{rate:.3f}", text]
    key = "\x1f".join(parts)
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    return cache_dir / digest[:2] / f"{digest}.wav"


def _read_cached(path: Path) -> tuple[Audio, Level | None] | None:
    """A cached take and its statistics, or None when absent or unreadable (it is then made again)."""
    try:
        data = path.read_bytes()
        return audio_from_wav(data, str(path)), _level_chunk(data)
    except (OSError, EngineError):
        return None


def _level_chunk(wav: bytes) -> Level | None:
    """The statistics kept in the take's own file (a RIFF chunk after the audio that WAV readers skip)."""
    position = 12
    while position + 8 <= len(wav):
        name, size = wav[position: position + 4], struct.unpack_from("<I", wav, position + 4)[0]
        if name == LEVEL_CHUNK:
            try:
                fields = json.loads(wav[position + 8: position + 8 + size])
                return Level(blocks=tuple(fields["blocks"]), true_peak_db=float(fields["true_peak_db"]))
            except (ValueError, KeyError, TypeError):
                return None
        position += 8 + size + size % 2
    return None


def _write_cached(path: Path, audio: Audio, level: Level) -> None:
    """Store a take and its statistics in one file, atomically: a killed run never leaves half a take."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(audio.sample_rate)
        wav.writeframes(audio.pcm)
    stats = json.dumps({"blocks": level.blocks, "true_peak_db": level.true_peak_db}).encode("utf-8")
    stats += b" " * (len(stats) % 2)
    data = bytearray(buffer.getvalue() + LEVEL_CHUNK + struct.pack("<I", len(stats)) + stats)
    struct.pack_into("<I", data, 4, len(data) - 8)  # the RIFF size covers the new chunk
    try:
        write_bytes(path, bytes(data))
    except OSError as exc:
        raise EngineError(f"could not store a take in the cache ({exc.strerror or exc})", origin=str(path),
                          hint="free some disk space, or point synth.cache_dir at a disk with room") from exc


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


def _threads(settings: SynthSettings) -> int:
    """Segments voiced at once: the setting, or one per CPU core this process may use."""
    if settings.threads > 0:
        return settings.threads
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def synthesise(
    script: Script,
    engine: Engine,
    profile: VoiceProfile,
    settings: SynthSettings,
    on_progress: OnProgress | None = None,
) -> Takes:
    """Voice each segment of script (from the cache where possible) as a stream of takes in order.

    The voice is chosen now, so a wrong voice fails at once; the takes are made while they are read,
    several segments at a time, and the threads stop when the reader closes the stream.
    """
    voice = choose_voice(engine, profile, script.meta.language)
    warn_if_foreign(voice, script.meta.title, script.meta.language, engine)
    voicing = _Voicing(engine, voice, profile.rate, settings.cache_dir)
    takes = _in_order(script, voicing, _threads(settings), on_progress)
    return Takes(script=script, takes=takes, profile=profile, voice=voice)


@dataclass(frozen=True)
class _Voicing:
    """How one segment becomes a take: the engine, voice, rate and the take cache."""

    engine: Engine
    voice: Voice
    rate: float
    cache_dir: Path

    def start(self, segment: Segment, pool: ThreadPoolExecutor) -> _Voiced:
        """The segment's take from the cache, or its pieces handed to the pool to be voiced."""
        path = _cache_file(self.cache_dir, self.engine, self.voice, self.rate, segment.text)
        cached = _read_cached(path)
        if cached is not None:
            audio, level = cached
            if level is not None:
                return _Voiced.done(Take(segment=segment, audio=audio, level=level))
            # A take cached before statistics were: measure it once, keep them.
            return _Voiced.done(self._kept(segment, audio, path))
        parts = parts_of(self.engine, segment.text, self.voice, self.rate)
        return _Voiced(parts, partial(self._made, segment, path), pool)

    def _made(self, segment: Segment, path: Path, audio: Audio) -> Take:
        """A take just voiced: checked, measured and cached."""
        _check(audio, segment.text, self.engine)
        return self._kept(segment, audio, path)

    @staticmethod
    def _kept(segment: Segment, audio: Audio, path: Path) -> Take:
        """The take with its statistics, which are cached with it."""
        level = measure(audio.pcm, audio.sample_rate)
        _write_cached(path, audio, level)
        return Take(segment=segment, audio=audio, level=level)


class _Voiced:
    """A segment's take on its way: its pieces voiced on the pool; the thread that voices the last one joins,
    checks, measures and caches the take, so a take is cached whole even when nobody reads it any more."""

    def __init__(self, parts: Parts | None, finish: Callable[[Audio], Take] | None,
                 pool: ThreadPoolExecutor | None) -> None:
        self.take: Future[Take] = Future()
        self._parts = parts
        self._finish = finish
        self._lock = threading.Lock()
        self._audio: list[Audio | None] = []
        self._left = 0
        self._pieces: list[Future[Audio]] = []
        if parts is None or pool is None:
            return
        if not parts.pieces:  # nothing to voice: the take is its (silent) join, checked now
            self._complete([])
            return
        count = len(parts.pieces)
        self._audio = [None] * count
        self._left = count
        order = sorted(range(count), key=lambda index: -parts.sizes[index]) if len(parts.sizes) == count \
            else range(count)
        submitted = {index: pool.submit(parts.pieces[index]) for index in order}
        self._pieces = list(submitted.values())
        for index, piece in submitted.items():
            piece.add_done_callback(partial(self._voiced, index))

    @classmethod
    def done(cls, take: Take) -> _Voiced:
        """A take there already (from the cache)."""
        voiced = cls(None, None, None)
        voiced.take.set_result(take)
        return voiced

    def _voiced(self, index: int, piece: Future[Audio]) -> None:
        """One piece is done: keep it, and once all are, make the take (or fail it with the first error)."""
        if piece.cancelled():
            return
        error = piece.exception()
        with self._lock:
            if self.take.done():
                return
            if error is not None:
                self.take.set_exception(error)
            else:
                self._audio[index] = piece.result()
                self._left -= 1
                if self._left:
                    return
        if error is not None:
            self.cancel()
        else:
            self._complete([audio for audio in self._audio if audio is not None])
        # Each piece's future holds this object (its callback) and this object held the futures: without the cycle
        # broken, a take's audio waited for the garbage collector (30 MB more at the peak of a 2-hour episode).
        self._pieces, self._audio = [], []

    def _complete(self, pieces: list[Audio]) -> None:
        assert self._parts is not None and self._finish is not None
        try:
            self.take.set_result(self._finish(self._parts.join(pieces)))
        except BaseException as exc:  # handed to whoever reads the take
            self.take.set_exception(exc)

    def cancel(self) -> None:
        """Drop the pieces not yet started (those being voiced finish; the take is then not made)."""
        for piece in self._pieces:
            piece.cancel()


def _in_order(script: Script, voicing: _Voicing, threads: int, on_progress: OnProgress | None) -> Iterator[Take]:
    """Voice segments on a few threads, a bounded distance ahead, and yield their takes in script order.

    Piper sessions run one intra-op thread each, so two sentences at once use both cores better than
    one sentence on two threads; the pieces of the segments ahead are voiced side by side. The
    look-ahead bounds memory: at most twice as many takes as threads wait to be read.
    """
    segments = script.segments
    ahead = LOOKAHEAD * threads
    order = iter(_submission_order(segments, ahead))
    total, made_s = len(segments), 0.0
    with ThreadPoolExecutor(threads, thread_name_prefix="narrator-synthesise") as pool:
        voiced: dict[int, _Voiced] = {}
        try:
            for index in itertools.islice(order, ahead):
                voiced[index] = voicing.start(segments[index], pool)
            for done in range(total):
                take = voiced.pop(done).take.result()
                for index in itertools.islice(order, 1):
                    voiced[index] = voicing.start(segments[index], pool)
                made_s += take.audio.duration_s
                if on_progress is not None:
                    on_progress(Progress(done + 1, total, made_s))
                yield take
        finally:
            # On an error, Ctrl-C or a closed stream: drop what has not started; the pool then waits
            # for the pieces being voiced, and a take whose pieces all were is cached whole.
            for pending in voiced.values():
                pending.cancel()


def _submission_order(segments: tuple[Segment, ...], ending: int) -> list[int]:
    """Script order, except the last `ending` segments, longest first: the threads then finish together,
    on short segments, instead of one core waiting while the other voices a long one (the look-ahead
    is `ending` long, so every segment is still asked for before it is read)."""
    head = max(len(segments) - ending, 0)
    return [*range(head), *sorted(range(head, len(segments)), key=lambda index: -len(segments[index].text))]
