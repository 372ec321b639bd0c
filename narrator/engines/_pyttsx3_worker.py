"""A child process that owns one pyttsx3 engine and answers one request per line.

Runs isolated so that pyttsx3's espeak driver (which can hang, write nothing or print
"Audio saved to ...") never touches the main process. Protocol: one JSON object a line
in ({"text", "voice", "rate", "path"} or {"list": true}), one JSON object a line out.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

MAX_ROUNDS = 5


def _private_stdout() -> Any:
    """Keep the real stdout for replies and send everything else printed to /dev/null."""
    reply = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
    return reply


def _has_audio(path: str) -> bool:
    """The file exists and holds more than a WAV header."""
    return os.path.exists(path) and os.path.getsize(path) > 44


def _save(engine: Any, request: dict[str, Any]) -> None:
    """Save one segment, running the driver again while it writes nothing or an empty file.

    pyttsx3's espeak driver may write a header with no audio; each further runAndWait synthesises the pending
    text again, once the take before it has ended.
    """
    _synchronised()  # the driver's own start-up settings are through before ours are made
    engine.setProperty("voice", request["voice"])
    engine.setProperty("rate", int(request["rate"]))
    _synchronised()
    engine.save_to_file(request["text"], request["path"])
    for _ in range(MAX_ROUNDS):
        engine.runAndWait()
        _synchronised()
        if _has_audio(request["path"]):
            return
        if os.path.exists(request["path"]):
            os.unlink(request["path"])
        time.sleep(0.02)


def _synchronised() -> None:
    """Wait until espeak-ng has finished the take. pyttsx3's Linux driver returns from runAndWait while espeak-ng
    still speaks in its own thread (the file is written when it ends): looked at too soon, the file was missing,
    and running the driver again restarted the take halfway, which then came out cut short (3.86 s of 4.38 s, in
    one run of four takes in 25 on a busy machine). Other platforms' drivers finish within runAndWait."""
    if not sys.platform.startswith("linux"):
        return
    try:
        from pyttsx3.drivers import _espeak
    except (ImportError, OSError):
        return
    _espeak.Synchronize()


def _warm_up(engine: Any) -> None:
    """Say nothing once before the first request, so that the driver's own start-up settings (200 words a minute)
    cannot still be in force for the first take. The engine test saw two takes asked at one rate come out 0.52 s
    apart, about once in a hundred and fifty runs; which take was off is not known."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="narrator-pyttsx3-warm-") as folder:
        try:
            engine.save_to_file(".", os.path.join(folder, "warm.wav"))
            engine.runAndWait()
            _synchronised()
        except Exception:  # a driver that cannot warm up will say so on the first real request
            return


def main() -> None:
    """Serve requests from stdin until it closes."""
    reply = _private_stdout()
    import pyttsx3

    engine = pyttsx3.init()
    _warm_up(engine)
    for line in sys.stdin:
        request = json.loads(line)
        try:
            if request.get("list"):
                voices = [
                    {"id": v.id, "name": v.name, "languages": [str(x) for x in (v.languages or [])]}
                    for v in engine.getProperty("voices")
                ]
                answer: dict[str, Any] = {"ok": True, "voices": voices}
            else:
                _save(engine, request)
                answer = {"ok": True}
        except Exception as exc:
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        reply.write(json.dumps(answer) + "\n")


if __name__ == "__main__":
    main()
