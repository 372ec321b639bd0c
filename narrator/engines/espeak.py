"""espeak-ng called directly: fast, robotic, the fallback when nothing else works."""

from __future__ import annotations

import shutil
import subprocess
from typing import ClassVar

from narrator.engines.base import EngineUnavailable, audio_from_wav, silence
from narrator.errors import EngineError
from narrator.model import Audio, Voice

DEFAULT_WPM = 165
SAMPLE_RATE = 22_050


class EspeakEngine:
    """espeak-ng through its command line, one process per segment."""

    name: ClassVar[str] = "espeak"
    max_chars: ClassVar[int] = 1000

    def __init__(self) -> None:
        binary = shutil.which("espeak-ng")
        if binary is None:
            raise EngineUnavailable(
                "espeak-ng is not installed", hint="install it: sudo apt-get install espeak-ng"
            )
        self.binary = binary
        self._voices: list[Voice] | None = None

    def voices(self) -> list[Voice]:
        """The espeak-ng voices (language codes), read once."""
        if self._voices is None:
            try:
                out = subprocess.run(
                    [self.binary, "--voices"], capture_output=True, text=True, timeout=30, check=False
                ).stdout
            except (OSError, subprocess.TimeoutExpired) as exc:
                raise EngineUnavailable(f"espeak-ng did not list its voices ({exc})",
                                        hint="reinstall it: sudo apt-get install --reinstall espeak-ng") from exc
            voices: list[Voice] = []
            for line in out.splitlines()[1:]:
                parts = line.split()
                if len(parts) >= 5:
                    # Voices can share a language ("yue": Cantonese, and Cantonese as Jyutping); the first keeps
                    # the language as its id, the others are named by their voice file, which -v takes as well.
                    taken = any(voice.id == parts[1] for voice in voices)
                    voice_id = parts[4] if taken else parts[1]
                    voices.append(Voice(id=voice_id, name=parts[3], language=parts[1], engine=self.name))
            self._voices = voices
        return self._voices

    def synthesise(self, text: str, voice: Voice, rate: float = 1.0) -> Audio:
        """Speak text through espeak-ng; text goes on stdin so nothing is read as an option."""
        if not text.strip():
            return silence(SAMPLE_RATE)
        wpm = str(max(80, min(450, round(DEFAULT_WPM * rate))))
        try:
            result = subprocess.run(
                [self.binary, "-b", "1", "--stdout", "-v", voice.id, "-s", wpm],
                input=text.encode("utf-8"),
                capture_output=True,
                timeout=120,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise EngineError("espeak-ng did not finish within 120 s", origin=text[:40],
                              hint="lower speech.max_chars in narrator.toml, or try another voice") from exc
        except OSError as exc:
            raise EngineUnavailable(f"espeak-ng could not be run ({exc})", origin=text[:40],
                                    hint="reinstall it: sudo apt-get install --reinstall espeak-ng") from exc
        if result.returncode != 0 or not result.stdout:
            message = result.stderr.decode("utf-8", "replace").strip() or f"exit {result.returncode}"
            raise EngineError(f"espeak-ng failed: {message}", hint=f"check voice {voice.id!r}")
        return audio_from_wav(result.stdout, origin="espeak-ng")
