"""pyttsx3: the platform's own voices (SAPI5, NSSpeechSynthesizer, espeak-ng on Linux), made dependable.

pyttsx3's save_to_file is unreliable on Linux: it can write nothing, or drop text. So each segment
goes alone to a fresh child process (killed on a timeout), and every file it writes is
checked (exists, decodes, lasts long enough for its words); a bad take is retried once.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import weakref
from pathlib import Path
from typing import Any, ClassVar

from narrator.engines.base import EngineUnavailable, audio_from_wav, silence
from narrator.errors import EngineError
from narrator.model import Audio, Voice

log = logging.getLogger(__name__)

BASE_WPM = 175
MIN_SECONDS_PER_WORD = 0.12  # espeak at 175 wpm says a word in about 0.34 s; far less means lost text
SAMPLE_RATE = 22_050


class Pyttsx3Engine:
    """The platform voices through pyttsx3, each segment voiced by a fresh, isolated worker process."""

    name: ClassVar[str] = "pyttsx3"
    max_chars: ClassVar[int] = 300
    timeout_s: ClassVar[float] = 60.0

    def __init__(self) -> None:
        try:
            import pyttsx3  # noqa: F401
        except ImportError as exc:
            raise EngineUnavailable("pyttsx3 is not installed", hint="pip install pyttsx3") from exc
        if sys.platform.startswith("linux") and not _espeak_library_present():
            raise EngineUnavailable(
                "pyttsx3 needs the espeak-ng library on Linux", hint="sudo apt-get install espeak-ng"
            )
        self._voices: list[Voice] | None = None
        self._tmp = Path(tempfile.mkdtemp(prefix="narrator-pyttsx3-"))
        self._counter = itertools.count()
        # finalize, not __del__: it also runs at interpreter exit, while modules still exist.
        weakref.finalize(self, shutil.rmtree, self._tmp, True)

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        """Run one request in a fresh worker process, killed if it hangs.

        A fresh process per segment costs about 0.1 s and removes the driver's state between
        segments: a long-lived pyttsx3 engine was seen writing one request's audio with the previous
        request's settings.
        """
        try:
            run = subprocess.run(
                [sys.executable, "-m", "narrator.engines._pyttsx3_worker"],
                input=json.dumps(request) + "\n",
                capture_output=True,
                text=True,
                encoding="utf-8",
                timeout=self.timeout_s,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise EngineError(f"pyttsx3 gave no answer within {self.timeout_s:.0f} s") from exc
        line = run.stdout.strip().splitlines()[-1:] if run.stdout.strip() else []
        if not line:
            detail = run.stderr.strip().splitlines()[-1:] or [f"exit {run.returncode}"]
            raise EngineError(f"the pyttsx3 worker failed ({detail[0]})", hint="run `narrator voices` to check")
        answer: dict[str, Any] = json.loads(line[0])
        return answer

    def voices(self) -> list[Voice]:
        """The platform's voices, asked once."""
        if self._voices is None:
            answer = self._ask({"list": True})
            self._voices = [
                Voice(
                    id=v["id"],
                    name=v["name"],
                    language=(v["languages"] or [""])[0],
                    engine=self.name,
                )
                for v in answer.get("voices", [])
            ]
        return self._voices

    def synthesise(self, text: str, voice: Voice, rate: float = 1.0) -> Audio:
        """Speak one segment, checking the file and retrying once."""
        if not text.strip():
            return silence(SAMPLE_RATE)
        problem = ""
        for attempt in (1, 2):
            path = self._tmp / f"take-{os.getpid()}-{next(self._counter)}.wav"
            try:
                answer = self._ask(
                    {"text": text, "voice": voice.id, "rate": BASE_WPM * rate, "path": str(path)}
                )
                if not answer.get("ok"):
                    raise EngineError(answer.get("error", "unknown failure"))
                return _checked(path, text, rate)
            except EngineError as exc:
                problem = exc.reason
                log.warning("pyttsx3 take %d failed (%s)%s", attempt, problem, "; retrying" * (attempt == 1))
            finally:
                path.unlink(missing_ok=True)
        raise EngineError(
            f"pyttsx3 failed twice on {text[:50]!r}: {problem}",
            hint="try the piper or espeak voice (--voice default or --voice espeak)",
        )


def _checked(path: Path, text: str, rate: float) -> Audio:
    """Read a file the worker wrote and make sure it holds all of text."""
    if not path.is_file() or path.stat().st_size <= 44:
        raise EngineError("pyttsx3 wrote no audio")
    audio = audio_from_wav(path.read_bytes(), origin=str(path))
    words = len(text.split())
    expected = words * MIN_SECONDS_PER_WORD / max(rate, 0.1)
    if audio.duration_s < expected:
        raise EngineError(f"pyttsx3 audio lasts {audio.duration_s:.2f} s, too short for {words} words")
    return audio


def _espeak_library_present() -> bool:
    """pyttsx3's Linux driver loads libespeak-ng through ctypes."""
    import ctypes.util

    return ctypes.util.find_library("espeak-ng") is not None or ctypes.util.find_library("espeak") is not None
