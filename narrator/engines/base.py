"""The Engine protocol, shared helpers, and the name-to-class registry."""

from __future__ import annotations

import hashlib
import io
import logging
import os
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import ClassVar, Protocol, runtime_checkable

from narrator.errors import ConfigError, EngineError
from narrator.model import Audio, Voice

log = logging.getLogger(__name__)


@runtime_checkable
class Engine(Protocol):
    """A local text-to-speech engine: voices in, mono PCM out."""

    name: ClassVar[str]
    max_chars: ClassVar[int]

    def voices(self) -> list[Voice]:
        """The voices this engine offers on this machine."""
        ...

    def synthesise(self, text: str, voice: Voice, rate: float = 1.0) -> Audio:
        """Speak text with voice at rate (1.0 = the voice's normal speed)."""
        ...


class EngineUnavailable(EngineError):
    """The engine cannot run here; the message says what to install (a set-up problem: exit 2)."""

    exit_code = 2


@dataclass(frozen=True)
class Parts:
    """A text's speech in pieces that may be voiced on any thread, in any order, and how they join in order.

    An engine that splits text itself (Piper voices it a sentence at a time) offers its pieces through a method
    `parts(text, voice, rate)`; synthesis then voices the pieces of several segments side by side, so that both
    cores stay busy to the end of an article instead of one voicing its last long paragraph alone.
    """

    pieces: tuple[Callable[[], Audio], ...]
    join: Callable[[Sequence[Audio]], Audio]
    sizes: tuple[int, ...] = ()
    """How long each piece takes to voice, roughly (any unit): the longest are voiced first, so that the last
    pieces of an article are short and the cores finish together. Empty: in order."""


def parts_of(engine: Engine, text: str, voice: Voice, rate: float = 1.0) -> Parts:
    """The engine's own pieces of text when it offers them, else the whole text as one piece."""
    split = getattr(engine, "parts", None)
    if callable(split):
        parts: Parts = split(text, voice, rate)
        return parts
    return Parts((partial(engine.synthesise, text, voice, rate),), _only)


def _only(audios: Sequence[Audio]) -> Audio:
    """The one piece of a text voiced whole."""
    return audios[0]


LOADER_THREAD = "narrator-load-voice"
"""The name of a thread that loads a voice ahead of need: a process may end without waiting for it."""


def preload(engine: Engine, voice: str) -> None:
    """Let the engine start loading voice in the background, if it can (engines need not offer this)."""
    start = getattr(engine, "preload", None)
    if callable(start):
        start(voice)


def files_of(engine: Engine, voice: str) -> tuple[Path, ...]:
    """The files a voice is made of, for a machine that lacks them (a Dask worker); () when the voice comes
    with the engine wherever it is installed, or the engine keeps no voice in files."""
    files = getattr(engine, "files_of", None)
    return tuple(files(voice)) if callable(files) else ()


REVISION_SAMPLE = 1 << 20
"""Bytes read from each end of a voice file for its revision."""


def revision_of(paths: tuple[Path, ...]) -> str:
    """A short digest of a voice's files: a model replaced under the same name changes it.

    Size and the first and last MiB of each file, not the whole: reading a 60 MB model on every run would cost
    more than the check is worth, and retrained weights differ throughout. Not the modification time either:
    a Dask worker's copy of the voice must give the same revision as the client's.
    """
    stamps = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue  # a missing file is reported when the voice loads
        stamps.append((str(path), stat.st_size, stat.st_mtime_ns))
    key = tuple(stamps)
    if key not in _revisions:  # engines list their voices for every article: each file is read once
        _revisions[key] = _sampled_digest(paths) if paths else ""
    return _revisions[key]


_revisions: dict[tuple[tuple[str, int, int], ...], str] = {}


def _sampled_digest(paths: tuple[Path, ...]) -> str:
    """sha256 over each file's name, size and first and last REVISION_SAMPLE bytes, shortened."""
    digest = hashlib.sha256()
    for path in paths:
        try:
            with path.open("rb") as file:
                size = os.fstat(file.fileno()).st_size
                digest.update(f"{path.name}:{size}:".encode())
                digest.update(file.read(REVISION_SAMPLE))
                if size > 2 * REVISION_SAMPLE:
                    file.seek(-REVISION_SAMPLE, os.SEEK_END)
                digest.update(file.read(REVISION_SAMPLE))
        except OSError:
            continue
    return digest.hexdigest()[:16]


def silence(sample_rate: int) -> Audio:
    """Empty audio for text with nothing to say."""
    return Audio(pcm=b"", sample_rate=sample_rate)


def audio_from_wav(data: bytes, origin: str) -> Audio:
    """Decode a 16-bit WAV into mono Audio, downmixing if needed."""
    try:
        with wave.open(io.BytesIO(data)) as wav:
            channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
            frames = wav.readframes(wav.getnframes())
    except (wave.Error, EOFError) as exc:
        raise EngineError(f"engine wrote audio that does not decode ({exc})", origin=origin,
                          hint="try another voice; `narrator voices` lists them") from exc
    if width != 2:
        raise EngineError(f"engine wrote {8 * width}-bit audio, expected 16-bit", origin=origin,
                          hint="try another voice; `narrator voices` lists them")
    if channels != 1:
        import numpy as np

        samples = np.frombuffer(frames, dtype="<i2").reshape(-1, channels).mean(axis=1)
        frames = samples.astype("<i2").tobytes()
    return Audio(pcm=frames, sample_rate=rate)


def _builtin() -> dict[str, str]:
    """Built-in engines as name -> "module:Class" (also declared as entry points)."""
    return {
        "piper": "narrator.engines.piper:PiperEngine",
        "pyttsx3": "narrator.engines.pyttsx3:Pyttsx3Engine",
        "espeak": "narrator.engines.espeak:EspeakEngine",
    }


def engine_names() -> list[str]:
    """Every registered engine name: built-ins first, then plugins."""
    # importlib.metadata costs 12 ms to import (email with it) at every start; only plugin engines need it.
    from importlib.metadata import entry_points

    names = list(_builtin())
    for ep in entry_points(group="narrator.engines"):
        if ep.name not in names:
            names.append(ep.name)
    return names


_instances: dict[tuple[str, tuple[Path, ...] | None], Engine] = {}


def get_engine(name: str, voices_dirs: tuple[Path, ...] | None = None) -> Engine:
    """Create (once per process and voices_dirs) the engine called name; raises if unknown or not usable.

    An engine whose voices are files (its class sets `voice_files = True`) is created with voices_dirs, the
    folders settings.voices_dirs names, and finds its voices there; None leaves it its own default folders.
    """
    key = (name, voices_dirs)
    if key in _instances:
        return _instances[key]
    target = _builtin().get(name)
    cls: type[Engine]
    if target is not None:
        module_name, _, class_name = target.partition(":")
        module = __import__(module_name, fromlist=[class_name])
        cls = getattr(module, class_name)
    else:
        from importlib.metadata import entry_points  # see engine_names

        matches = [ep for ep in entry_points(group="narrator.engines") if ep.name == name]
        if not matches:
            raise ConfigError(
                f"unknown engine {name!r}", hint="choose one of: " + ", ".join(engine_names())
            )
        cls = matches[0].load()
    # Engines probe their tool when created and raise EngineUnavailable.
    reads_files = voices_dirs is not None and getattr(cls, "voice_files", False)
    engine = cls(voices_dirs) if reads_files else cls()  # type: ignore[call-arg]
    _instances[key] = engine
    return engine


def probe(name: str, voices_dirs: tuple[Path, ...] | None = None) -> tuple[bool, str]:
    """Whether engine name is usable here (with its voices in voices_dirs, for one that reads them), and why not."""
    try:
        engine = get_engine(name, voices_dirs)
        count = len(engine.voices())
    except EngineError as exc:
        return False, exc.reason + (f" ({exc.hint})" if exc.hint else "")
    except ConfigError as exc:
        return False, str(exc)
    return True, f"{count} voice(s)"
