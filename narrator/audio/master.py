"""Master and encode with ffmpeg: one gain for the whole episode, a true-peak limiter, then MP3.

Pass 1 measures the episode's integrated loudness and true peak (EBU R128, ffmpeg's ebur128).
Pass 2 applies the single gain that reaches the target, limits true peaks (4x oversampled
lookahead limiter) only when that gain pushes them over the ceiling, encodes, and measures the
decoded MP3; when limiting or the encoder cost loudness, the gain is corrected and pass 2 rerun.
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
LIMITER_RETRIES = 3
MAX_GAIN_DB = 40.0
_INTEGRATED = re.compile(r"Integrated loudness:\s*I:\s*(-?inf|-?[\d.]+) LUFS")
_TRUE_PEAK = re.compile(r"True peak:\s*Peak:\s*(-?inf|-?[\d.]+) dBFS")
_MEASURE = "ebur128=peak=true:framelog=verbose"
"""framelog=verbose keeps the per-100 ms lines out of the info log; the summary stays."""


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


def parse_ebur128(stderr: str, origin: str) -> Loudness:
    """Read the summary that ffmpeg's ebur128 filter prints at the end."""
    summary = stderr[stderr.rfind("Summary:"):]
    integrated, peak = _INTEGRATED.search(summary), _TRUE_PEAK.search(summary)
    if integrated is None or peak is None:
        raise AudioError("ffmpeg printed no loudness measurement", origin=origin,
                         hint="ffmpeg 4.2 or newer is needed")
    return Loudness(float(integrated.group(1)), float(peak.group(1)))


def measure(audio: Audio, origin: str) -> Loudness:
    """Pass 1: the whole episode's integrated loudness and true peak."""
    stderr = _run([*_raw_input(audio), "-af", _MEASURE, "-f", "null", "-"], audio.pcm, origin)
    return parse_ebur128(stderr, origin)


def mastering_filter(gain_db: float, peak_db: float, settings: AudioSettings) -> str:
    """The gain for the whole episode, and a true-peak limiter only when that gain needs one."""
    rate = settings.sample_rate
    ceiling = settings.true_peak_db - TRUE_PEAK_MARGIN_DB
    steps = [f"aresample={rate}", f"volume={gain_db:.2f}dB"]
    if peak_db + gain_db > ceiling:
        limit = 10 ** (ceiling / 20)
        steps += [f"aresample={rate * OVERSAMPLE}",
                  f"alimiter=limit={limit:.4f}:attack=5:release=50:level=false:latency=true",
                  f"aresample={rate}"]
    return ",".join(steps)


def _encode(audio: Audio, audio_filter: str, settings: AudioSettings, target: Path, origin: str) -> Loudness:
    """Pass 2: filter and encode mono MP3 to target; then measure the decoded MP3.

    The encoder drops some high-frequency energy (0.2-0.5 LU at 96 kbit/s on synthetic voices), so
    the loudness that counts is the decoded file's, not the filter chain's.
    """
    args = [
        *_raw_input(audio), "-af", audio_filter,
        "-ac", "1", "-ar", str(settings.sample_rate), "-c:a", "libmp3lame", "-b:a", settings.bitrate,
        # Tags are written by mutagen afterwards; keep ffmpeg's own ID3 out.
        "-map_metadata", "-1", "-id3v2_version", "0", "-write_id3v1", "0",
        "-f", "mp3", "-y", str(target),
    ]
    _run(args, audio.pcm, origin)
    stderr = _run(["-i", str(target), "-af", _MEASURE, "-f", "null", "-"], b"", origin)
    return parse_ebur128(stderr, origin)


def master_to_mp3(audio: Audio, settings: AudioSettings, target: Path, origin: str) -> float | None:
    """Normalise the whole episode to the target loudness, encode mono MP3; return output LUFS."""
    measured = measure(audio, origin)
    if measured.silent:
        log.warning("%s: the episode is silent; it is encoded without loudness normalisation", origin)
        _encode(audio, f"aresample={settings.sample_rate}", settings, target, origin)
        return None
    gain = settings.loudness_lufs - measured.integrated
    slope = 1.0  # LU gained per dB; below 1 once the limiter starts eating peaks
    previous: tuple[float, float] | None = None
    for _ in range(1 + LIMITER_RETRIES):
        audio_filter = mastering_filter(gain, measured.true_peak, settings)
        result = _encode(audio, audio_filter, settings, target, origin)
        shortfall = settings.loudness_lufs - result.integrated
        if abs(shortfall) <= TOLERANCE_LU or gain >= MAX_GAIN_DB:
            break
        log.debug("%s: gain %.2f dB gave %.2f LUFS", origin, gain, result.integrated)
        if previous is not None and gain != previous[0]:
            # Secant step: limiting and the encoder cost loudness, so more gain is needed than the miss.
            slope = min(1.0, max(0.2, (result.integrated - previous[1]) / (gain - previous[0])))
        previous = (gain, result.integrated)
        gain = min(gain + shortfall / slope, MAX_GAIN_DB)
    log.debug("%s: loudness %.1f -> %.1f LUFS, true peak %.1f -> %.1f dBTP (gain %.1f dB)", origin,
              measured.integrated, result.integrated, measured.true_peak, result.true_peak, gain)
    return result.integrated
