"""Place takes one after another at one sample rate: their PCM with pauses, chapter marks and cue times.

Joining is plain byte work on 16-bit PCM, so every frame is accounted for and cue times are exact.
pydub was used at first; its millisecond-based fades dropped a frame per take, and its resampler
interpolates linearly (aliases that colour the loudness measurement). Takes are placed as they
arrive; nothing here holds more than the take in hand.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from dataclasses import dataclass

from narrator.audio.master import resample
from narrator.errors import AudioError
from narrator.loudness import measure
from narrator.model import Chapter, Cue, Level, Take

SAMPLE_WIDTH = 2
FADE_S = 0.004
"""Fade at each take's edges: removes clicks where a take starts or ends off zero."""


@dataclass(frozen=True)
class Piece:
    """One placed take: its faded PCM followed by its pause, at the episode's assembly rate."""

    pcm: bytes
    level: Level
    start_frame: int
    """Where the piece starts in the assembled episode."""
    fingerprint: int
    """A number fixed by the segment's text and pause: where chunks may end, so that edits move no boundary."""


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


def _cue_text(display: str, text: str) -> str:
    """The written form when there is one, on one line."""
    return " ".join((display or text).split())


class Assembler:
    """Places takes in order: the first take's rate is the episode's (others are resampled to it)."""

    def __init__(self, origin: str, title: str) -> None:
        self.origin = origin
        self.title = title
        self.sample_rate = 0
        self.frames = 0
        self.chapters: list[Chapter] = []
        self.cues: list[Cue] = []
        """Chapter and cue times in the assembled episode, in seconds."""

    def place(self, take: Take) -> Piece:
        """The take's PCM (faded, at the episode rate) and its pause; records its chapter and cue."""
        audio, level = take.audio, take.level
        if audio.sample_rate <= 0:
            raise AudioError(f"a take has sample rate {audio.sample_rate}", origin=self.origin,
                             hint="the engine produced bad audio; try another voice")
        if not self.sample_rate:
            self.sample_rate = audio.sample_rate
        elif audio.sample_rate != self.sample_rate:
            audio = resample(audio, self.sample_rate, self.origin)  # rare: engines keep one rate per voice
        if level is None:
            level = measure(audio.pcm, audio.sample_rate)
        segment, rate = take.segment, self.sample_rate
        title = segment.chapter or self.title
        if not self.chapters or self.chapters[-1].title != title:
            self.chapters.append(Chapter(title=title, start_s=self.frames / rate))
        pcm = faded(audio.pcm[: len(audio.pcm) - len(audio.pcm) % SAMPLE_WIDTH], round(FADE_S * rate))
        start = self.frames
        spoken_end = start + len(pcm) // SAMPLE_WIDTH
        self.cues.append(Cue(start_s=start / rate, end_s=spoken_end / rate,
                             text=_cue_text(segment.display, segment.text), sentences=segment.sentences))
        pause_frames = round(max(segment.pause_after_ms, 0) * rate / 1000)
        self.frames = spoken_end + pause_frames
        fingerprint = zlib.crc32(f"{segment.text}\x1f{segment.pause_after_ms}".encode())
        return Piece(pcm=pcm + bytes(pause_frames * SAMPLE_WIDTH), level=level, start_frame=start,
                     fingerprint=fingerprint)
