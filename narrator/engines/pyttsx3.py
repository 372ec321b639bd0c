"""pyttsx3: the platform's own voices (SAPI5, NSSpeechSynthesizer, espeak-ng on Linux), made dependable.

pyttsx3's save_to_file is unreliable on Linux: it can write nothing, or drop text. So each segment
goes alone to a child process (killed and restarted on a timeout), and every file it writes is
checked (exists, decodes, lasts long enough for its words); a bad take is retried once.
"""

from __future__ import annotations

import json
import logging
import os
import select
import subprocess
import sys
import tempfile
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
    """The platform voices through pyttsx3, one segment per request to an isolated worker."""

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
        self._worker: subprocess.Popen[str] | None = None
        self._voices: list[Voice] | None = None
        self._tmp = Path(tempfile.mkdtemp(prefix="narrator-pyttsx3-"))

    def _start(self) -> subprocess.Popen[str]:
        """Start (or return the running) worker process."""
        if self._worker is None or self._worker.poll() is not None:
            self._worker = subprocess.Popen(
                [sys.executable, "-m", "narrator.engines._pyttsx3_worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                encoding="utf-8",
            )
        return self._worker

    def _stop(self) -> None:
        """Kill the worker; the next request starts a fresh one."""
        if self._worker is not None:
            self._worker.kill()
            self._worker.wait()
            self._worker = None

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        """Send one request and wait for its answer, killing the worker if it hangs."""
        worker = self._start()
        assert worker.stdin is not None and worker.stdout is not None
        try:
            worker.stdin.write(json.dumps(request) + "\n")
            worker.stdin.flush()
        except BrokenPipeError as exc:
            self._stop()
            raise EngineError("the pyttsx3 worker died", hint="run `narrator voices` to check") from exc
        ready, _, _ = select.select([worker.stdout], [], [], self.timeout_s)
        line = worker.stdout.readline() if ready else ""
        if not line:
            self._stop()
            raise EngineError(f"pyttsx3 gave no answer within {self.timeout_s:.0f} s")
        answer: dict[str, Any] = json.loads(line)
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
            path = self._tmp / f"take-{os.getpid()}-{attempt}.wav"
            path.unlink(missing_ok=True)
            try:
                answer = self._ask(
                    {"text": text, "voice": voice.id, "rate": BASE_WPM * rate, "path": str(path)}
                )
                if not answer.get("ok"):
                    raise EngineError(answer.get("error", "unknown failure"))
                audio = _checked(path, text, rate)
                path.unlink(missing_ok=True)
                return audio
            except EngineError as exc:
                problem = exc.reason
                log.warning("pyttsx3 take %d failed (%s)%s", attempt, problem, "; retrying" * (attempt == 1))
        raise EngineError(
            f"pyttsx3 failed twice on {text[:50]!r}: {problem}",
            hint="try the piper or espeak voice (--voice default or --voice espeak)",
        )

    def __del__(self) -> None:
        self._stop()


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
