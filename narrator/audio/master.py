"""Master and encode with ffmpeg: one gain for the whole episode, a true-peak limiter, then MP3.

Pass 1 measures the episode's integrated loudness and true peak (EBU R128, ffmpeg's ebur128); one
gain then takes the whole episode to the target. When that gain would push true peaks over the
ceiling, a 4x oversampled lookahead limiter follows it, and since limiting costs loudness the gain
is found by a short secant search on cheap measure-only passes. The final pass encodes; the decoded
MP3 is measured, and if the encoder took more than the tolerance the gain is corrected once.
ffmpeg's loudnorm was tried first: its linear mode refuses speech whose peaks are high, and its
dynamic fallback landed 1 LU short on synthetic voices.
"""

from __future__ import annotations

import logging
import math
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from narrator.config import AudioSettings
from narrator.errors import AudioError
from narrator.model import Audio

log = logging.getLogger(__name__)

TRUE_PEAK_MARGIN_DB = 0.5
"""MP3 encoding can raise true peaks a little; the limiter aims this far under the ceiling."""
OVERSAMPLE = 4
"""The limiter runs at 4x the rate so that it catches inter-sample (true) peaks."""
SILENCE_LUFS = -70.0
TOLERANCE_LU = 0.3
"""Re-encode with a corrected gain when the result misses the target by more than this."""
ENCODER_LOSS_LU = 0.4
"""MP3 at speech bitrates measures about this much quieter than its input (0.4-0.5 LU measured on
piper and espeak at 96 kbit/s); the search aims this much higher so one encode usually suffices."""
SEARCH_STEPS = 4
"""Measure-only passes at most; episodes settle in two or three (the limiter's curve is smooth)."""
SEARCH_TOLERANCE_LU = 0.2
FIRST_SLOPE = 0.7
"""LU gained per dB once limiting 6-10 dB of synthetic speech: a better first guess than 1."""
MAX_GAIN_DB = 40.0
"""Beyond this the input is essentially silence with noise; do not blow it up further."""
_INTEGRATED = re.compile(r"Integrated loudness:\s*I:\s*(-?inf|-?[\d.]+) LUFS")
_TRUE_PEAK = re.compile(r"True peak:\s*Peak:\s*(-?inf|-?[\d.]+) dBFS")
_MEASURE = "ebur128=framelog=verbose"
"""framelog=verbose keeps the per-100 ms lines out of the info log; the summary stays."""
_MEASURE_PEAK = "ebur128=peak=true:framelog=verbose"


@dataclass(frozen=True)
class Loudness:
    """Integrated loudness (LUFS) and true peak (dBTP) of a whole episode."""

    integrated: float
    true_peak: float

    @property
    def silent(self) -> bool:
        """True when there is nothing to normalise (pure silence)."""
        return not math.isfinite(self.integrated) or self.integrated <= SILENCE_LUFS


def ffmpeg_path() -> str:
    """The ffmpeg executable, or an AudioError that says how to install it."""
    path = shutil.which("ffmpeg")
    if path is None:
        raise AudioError("ffmpeg is not installed", hint="install it: sudo apt-get install ffmpeg")
    return path


def _run(args: list[str], pcm: bytes, origin: str) -> str:
    """Run ffmpeg reading raw PCM on stdin; return its stderr (where ebur128 reports)."""
    command = [ffmpeg_path(), "-hide_banner", "-nostats", *args]
    try:
        done = subprocess.run(command, input=pcm, capture_output=True, check=False)
    except OSError as exc:
        raise AudioError(f"could not run ffmpeg ({exc})", origin=origin,
                         hint="check the ffmpeg install: sudo apt-get install ffmpeg") from exc
    stderr = done.stderr.decode("utf-8", "replace")
    if done.returncode != 0:
        tail = " | ".join(stderr.strip().splitlines()[-3:])
        raise AudioError(f"ffmpeg failed: {tail}", origin=origin, hint="report this with the article")
    return stderr


def _raw_input(audio: Audio) -> list[str]:
    return ["-f", "s16le", "-ar", str(audio.sample_rate), "-ac", "1", "-i", "pipe:0"]


def resample(audio: Audio, sample_rate: int, origin: str) -> Audio:
    """Convert a take to another sample rate with ffmpeg's band-limited resampler."""
    args = [*_raw_input(audio), "-ar", str(sample_rate), "-f", "s16le", "-"]
    command = [ffmpeg_path(), "-hide_banner", "-nostats", "-loglevel", "error", *args]
    done = subprocess.run(command, input=audio.pcm, capture_output=True, check=False)
    if done.returncode != 0:
        raise AudioError(f"ffmpeg could not resample a take: {done.stderr.decode(errors='replace')[-200:]}",
                         origin=origin, hint="report this with the article")
    return Audio(done.stdout, sample_rate)


def _summary_value(pattern: re.Pattern[str], stderr: str, origin: str) -> float:
    """One number from the summary that ffmpeg's ebur128 filter prints at the end."""
    found = pattern.search(stderr[stderr.rfind("Summary:"):])
    if found is None:
        raise AudioError("ffmpeg printed no loudness measurement", origin=origin,
                         hint="ffmpeg 4.2 or newer is needed")
    return float(found.group(1))


def measure(audio: Audio, origin: str) -> Loudness:
    """Pass 1: the whole episode's integrated loudness and true peak."""
    stderr = _run([*_raw_input(audio), "-af", _MEASURE_PEAK, "-f", "null", "-"], audio.pcm, origin)
    return Loudness(_summary_value(_INTEGRATED, stderr, origin), _summary_value(_TRUE_PEAK, stderr, origin))


@dataclass(frozen=True)
class Mastering:
    """One gain for the whole episode, and whether a true-peak limiter must follow it."""

    gain_db: float
    limit: bool

    @classmethod
    def for_gain(cls, gain_db: float, measured: Loudness, settings: AudioSettings) -> Mastering:
        """Limit only when the gain would push the measured true peak over the ceiling."""
        return cls(gain_db, measured.true_peak + gain_db > _ceiling(settings))


def _ceiling(settings: AudioSettings) -> float:
    return settings.true_peak_db - TRUE_PEAK_MARGIN_DB


def mastering_filter(mastering: Mastering, source_rate: int, output_rate: int, settings: AudioSettings) -> str:
    """ffmpeg filters: gain, then (if needed) a limiter at 4x the source rate, then the output rate."""
    steps = [f"volume={mastering.gain_db:.2f}dB"]
    if mastering.limit:
        # 4x the source rate is enough to see true peaks: the takes hold nothing above their Nyquist.
        steps += [f"aresample={source_rate * OVERSAMPLE}",
                  f"alimiter=limit={10 ** (_ceiling(settings) / 20):.4f}:attack=5:release=50"
                  ":level=false:latency=true"]
    steps.append(f"aresample={output_rate}")
    return ",".join(steps)


def _loudness_after(audio: Audio, mastering: Mastering, settings: AudioSettings, origin: str) -> float:
    """Integrated loudness after gain and limiter, at the source rate and without encoding (cheap)."""
    chain = mastering_filter(mastering, audio.sample_rate, audio.sample_rate, settings) + "," + _MEASURE
    stderr = _run([*_raw_input(audio), "-af", chain, "-f", "null", "-"], audio.pcm, origin)
    return _summary_value(_INTEGRATED, stderr, origin)


def _secant(gain: float, lufs: float, previous: tuple[float, float] | None, slope: float) -> float:
    """LU gained per dB of gain: 1 without limiting, less once the limiter shaves more peaks."""
    if previous is None or gain == previous[0]:
        return slope
    return min(1.0, max(0.2, (lufs - previous[1]) / (gain - previous[0])))


def search_gain(audio: Audio, measured: Loudness, settings: AudioSettings, origin: str) -> tuple[Mastering, float]:
    """The gain that reaches the target once the limiter has shaved the peaks, and the last slope."""
    target = settings.loudness_lufs + ENCODER_LOSS_LU
    mastering = Mastering.for_gain(target - measured.integrated, measured, settings)
    if not mastering.limit:
        return mastering, 1.0  # a plain gain: every dB is a LU
    slope, previous = FIRST_SLOPE, None
    for _ in range(SEARCH_STEPS):
        lufs = _loudness_after(audio, mastering, settings, origin)
        slope = _secant(mastering.gain_db, lufs, previous, slope)
        if abs(target - lufs) <= SEARCH_TOLERANCE_LU or mastering.gain_db >= MAX_GAIN_DB:
            break
        log.debug("%s: gain %.2f dB gives %.2f LUFS", origin, mastering.gain_db, lufs)
        previous = (mastering.gain_db, lufs)
        gain = min(mastering.gain_db + (target - lufs) / slope, MAX_GAIN_DB)
        mastering = Mastering.for_gain(gain, measured, settings)
    return mastering, slope


def _encode(audio: Audio, mastering: Mastering, settings: AudioSettings, target: Path, origin: str) -> float:
    """Filter and encode mono MP3 to target; return the decoded MP3's integrated loudness.

    The encoder drops some high-frequency energy (0.2-0.5 LU at 96 kbit/s on synthetic voices), so
    the loudness that counts is the decoded file's, not the filter chain's.
    """
    args = [
        *_raw_input(audio), "-af", mastering_filter(mastering, audio.sample_rate, settings.sample_rate, settings),
        "-ac", "1", "-ar", str(settings.sample_rate), "-c:a", "libmp3lame", "-b:a", settings.bitrate,
        # Tags are written by mutagen afterwards; keep ffmpeg's own ID3 out.
        "-map_metadata", "-1", "-id3v2_version", "0", "-write_id3v1", "0",
        "-f", "mp3", "-y", str(target),
    ]
    _run(args, audio.pcm, origin)
    stderr = _run(["-i", str(target), "-af", _MEASURE, "-f", "null", "-"], b"", origin)
    return _summary_value(_INTEGRATED, stderr, origin)


def master_to_mp3(audio: Audio, settings: AudioSettings, target: Path, origin: str) -> float | None:
    """Normalise the whole episode to the target loudness, encode mono MP3; return output LUFS."""
    measured = measure(audio, origin)
    if measured.silent:
        log.warning("%s: the episode is silent; it is encoded without loudness normalisation", origin)
        _encode(audio, Mastering(0.0, limit=False), settings, target, origin)
        return None
    mastering, slope = search_gain(audio, measured, settings, origin)
    lufs = _encode(audio, mastering, settings, target, origin)
    miss = settings.loudness_lufs - lufs
    if abs(miss) > TOLERANCE_LU:
        # What the encoder took is made up once, at the slope the search ended on.
        mastering = Mastering.for_gain(mastering.gain_db + miss / slope, measured, settings)
        lufs = _encode(audio, mastering, settings, target, origin)
    log.debug("%s: loudness %.1f -> %.1f LUFS (gain %.1f dB, limiter %s)", origin, measured.integrated,
              lufs, mastering.gain_db, "on" if mastering.limit else "off")
    return lufs
