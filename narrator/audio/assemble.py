"""Join takes into one mono PCM track with pauses, and time its chapters and cues.

Joining is plain byte work on 16-bit PCM, so every frame is accounted for and cue times are exact.
pydub was used at first; its millisecond-based fades dropped a frame per take, and its resampler
interpolates linearly (aliases that colour the loudness measurement).
"""

from __future__ import annotations

import logging
import sys
from array import array
from collections import Counter
from dataclasses import dataclass

from narrator.audio.master import resample
from narrator.errors import AudioError
from narrator.model import Audio, Chapter, Cue, Takes

log = logging.getLogger(__name__)

SAMPLE_WIDTH = 2
FADE_S = 0.004
"""Fade at each take's edges: removes clicks where a take starts or ends off zero."""


@dataclass(frozen=True)
class Assembly:
    """The joined episode audio (mono int16) with chapter marks and transcript cues."""

    audio: Audio
    chapters: tuple[Chapter, ...]
    cues: tuple[Cue, ...]


def assembly_rate(takes: Takes) -> int:
    """The sample rate most takes share: the episode is joined at it and resampled once when mastered."""
    rates = Counter(take.audio.sample_rate for take in takes.takes)
    if min(rates) <= 0:
        raise AudioError(f"a take has sample rate {min(rates)}", origin=takes.script.origin,
                         hint="the engine produced bad audio; try another voice")
    return rates.most_common(1)[0][0]


def faded(pcm: bytes, ramp_frames: int) -> bytes:
    """Linear fade-in and fade-out over ramp_frames (at most a quarter of the take) at each end."""
    samples = array("h")
    samples.frombytes(pcm)
    if sys.byteorder == "big":
        samples.byteswap()  # the PCM is little-endian
    ramp = min(ramp_frames, len(samples) // 4)
    for index in range(ramp):
        factor = index / ramp
        samples[index] = round(samples[index] * factor)
        samples[-1 - index] = round(samples[-1 - index] * factor)
    if sys.byteorder == "big":
        samples.byteswap()
    return samples.tobytes()


def _prepared(audio: Audio, sample_rate: int, origin: str) -> bytes:
    """Return the take's PCM at sample_rate with short fades at both ends."""
    if audio.sample_rate != sample_rate:
        audio = resample(audio, sample_rate, origin)  # rare: engines keep one rate per voice
    pcm = audio.pcm[: len(audio.pcm) - len(audio.pcm) % SAMPLE_WIDTH]
    return faded(pcm, round(FADE_S * sample_rate))


def _cue_text(display: str, text: str) -> str:
    """The written form when there is one, on one line."""
    return " ".join((display or text).split())


def assemble(takes: Takes) -> Assembly:
    """Join the takes at one sample rate with their pauses, and record chapters and cues."""
    origin = takes.script.origin
    if not takes.takes:
        raise AudioError("nothing to narrate: there are no takes", origin=origin,
                         hint="check that the article has text")
    sample_rate = assembly_rate(takes)
    chunks: list[bytes] = []
    chapters: list[Chapter] = []
    cues: list[Cue] = []
    frames = 0
    for take in takes.takes:
        segment = take.segment
        title = segment.chapter or takes.script.meta.title
        if not chapters or chapters[-1].title != title:
            chapters.append(Chapter(title=title, start_s=frames / sample_rate))
        pcm = _prepared(take.audio, sample_rate, origin)
        start = frames
        frames += len(pcm) // SAMPLE_WIDTH
        chunks.append(pcm)
        cues.append(Cue(start_s=start / sample_rate, end_s=frames / sample_rate,
                        text=_cue_text(segment.display, segment.text)))
        pause_frames = round(max(segment.pause_after_ms, 0) * sample_rate / 1000)
        chunks.append(bytes(pause_frames * SAMPLE_WIDTH))
        frames += pause_frames
    log.debug("assembled %d takes into %.2f s", len(takes.takes), frames / sample_rate)
    return Assembly(Audio(b"".join(chunks), sample_rate), tuple(chapters), tuple(cues))
