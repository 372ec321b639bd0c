"""Master and encode with ffmpeg: one gain for the whole episode, a true-peak limiter, then MP3.

Pass 1 measures the episode's integrated loudness and true peak (EBU R128, ffmpeg's ebur128). When
the gain to the target keeps true peaks under the ceiling, that gain is all. Otherwise a lookahead
limiter follows a gain chosen to overshoot the target a little (limiting costs loudness), one
measure-only pass finds what the limiter left, and a trim after the limiter takes the episode down
to the target: a trim of 0 dB or less keeps peaks under the ceiling and is exact, so the search
rarely needs a second pass. The encode is measured as it is written (a second ffmpeg decodes the
MP3 in parallel) and redone once if the encoder took more than the tolerance.
ffmpeg's loudnorm was tried first: its linear mode refuses speech whose peaks are high, and its
dynamic fallback landed 1 LU short on synthetic voices.
"""

from __future__ import annotations

import logging
import math
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from narrator.config import AudioSettings
from narrator.errors import AudioError
from narrator.model import Audio

log = logging.getLogger(__name__)

TRUE_PEAK_MARGIN_DB = 0.5
"""MP3 encoding can raise true peaks a little; the limiter aims this far under the ceiling."""
OVERSAMPLE = 2
"""The encode's limiter runs at 2x the source rate so that it catches inter-sample (true) peaks: 4x
cost 0.15 s a minute more and left the same true peaks (0.1 dB) on espeak and piper episodes."""
PEAK_OVERSAMPLE = 4
"""Pass 1 takes the sample peak at 4x the source rate as the true peak."""
SILENCE_LUFS = -70.0
TOLERANCE_LU = 0.3
"""Re-encode with a corrected gain when the result misses the target by more than this."""
ENCODER_LOSS_LU = 0.5
"""MP3 at speech bitrates measures about this much quieter than its input (0.5-0.55 LU measured on
piper and espeak at 96 kbit/s); the search aims this much higher so one encode usually suffices."""
LIMIT_COST = 0.55
"""dB of extra gain per dB that peaks would pass the ceiling, to make up what the limiter takes:
0.31-0.56 measured on espeak and piper episodes. The high end overshoots, and the trim removes that."""
SEARCH_STEPS = 4
"""Measure-only passes at most; episodes settle in one (the limiter's curve is smooth)."""
UNDERSHOOT_LU = 0.15
"""A search pass this close under the target is taken as it is (a trim above 0 dB would lift peaks)."""
OVERSHOOT_LU = 1.5
"""A search pass further over the target than this steps back: it would limit harder than needed."""
FIRST_SLOPE = 0.5
"""LU gained per dB once limiting 6-10 dB of synthetic speech (0.45-0.55 measured)."""
MAX_GAIN_DB = 40.0
"""Beyond this the input is essentially silence with noise; do not blow it up further."""
_INTEGRATED = re.compile(r"Integrated loudness:\s*I:\s*(-?inf|-?[\d.]+) LUFS")
_TRUE_PEAK = re.compile(r"Peak level dB:\s*(-?inf|-?[\d.]+)")
_MEASURE = "ebur128=framelog=verbose"
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


def _command(args: list[str]) -> list[str]:
    return [ffmpeg_path(), "-hide_banner", "-nostats", *args]


def _not_started(exc: OSError, origin: str) -> AudioError:
    return AudioError(f"could not run ffmpeg ({exc})", origin=origin,
                      hint="check the ffmpeg install: sudo apt-get install ffmpeg")


def _checked(returncode: int, stderr_bytes: bytes, origin: str) -> str:
    """ffmpeg's stderr (where ebur128 reports), or an AudioError quoting its last lines."""
    stderr = stderr_bytes.decode("utf-8", "replace")
    if returncode != 0:
        tail = " | ".join(stderr.strip().splitlines()[-3:])
        raise AudioError(f"ffmpeg failed: {tail}", origin=origin, hint="report this with the article")
    return stderr


def _run_output(args: list[str], pcm: bytes, origin: str) -> tuple[bytes, str]:
    """Run ffmpeg reading raw PCM on stdin; return what it wrote to stdout, and its stderr."""
    try:
        done = subprocess.run(_command(args), input=pcm, capture_output=True, check=False)
    except OSError as exc:
        raise _not_started(exc, origin) from exc
    return done.stdout, _checked(done.returncode, done.stderr, origin)


def _run(args: list[str], pcm: bytes, origin: str) -> str:
    """Run ffmpeg reading raw PCM on stdin; return its stderr (where ebur128 reports)."""
    return _run_output(args, pcm, origin)[1]


def _raw_input(audio: Audio) -> list[str]:
    return ["-f", "s16le", "-ar", str(audio.sample_rate), "-ac", "1", "-i", "pipe:0"]


def resample(audio: Audio, sample_rate: int, origin: str) -> Audio:
    """Convert a take to another sample rate with ffmpeg's band-limited resampler."""
    args = ["-loglevel", "error", *_raw_input(audio), "-ar", str(sample_rate), "-f", "s16le", "-"]
    return Audio(_run_output(args, audio.pcm, origin)[0], sample_rate)


def _summary_value(pattern: re.Pattern[str], stderr: str, origin: str) -> float:
    """One number from the summary that ffmpeg's ebur128 (or astats) filter prints at the end."""
    # The last one: ffmpeg may configure a graph twice, and the first prints an empty summary.
    found = pattern.findall(stderr)
    if not found:
        raise AudioError("ffmpeg printed no loudness measurement", origin=origin,
                         hint="ffmpeg 4.2 or newer is needed")
    return float(found[-1])


def measure(audio: Audio, origin: str) -> Loudness:
    """Pass 1: the whole episode's integrated loudness and true peak."""
    # The sample peak at 4x is the true peak (within 0.05 dB on speech) at half the cost of
    # ebur128's own, which resamples to 192 kHz.
    graph = (f"asplit[loudness][peak];[loudness]{_MEASURE},anullsink;"
             f"[peak]aresample={audio.sample_rate * PEAK_OVERSAMPLE},"
             "astats=measure_overall=Peak_level:measure_perchannel=none")
    stderr = _run([*_raw_input(audio), "-filter_complex", graph, "-f", "null", "-"], audio.pcm, origin)
    return Loudness(_summary_value(_INTEGRATED, stderr, origin), _summary_value(_TRUE_PEAK, stderr, origin))


@dataclass(frozen=True)
class Mastering:
    """One gain for the whole episode; if needed a true-peak limiter, then a trim down to the target."""

    gain_db: float
    limit: bool
    trim_db: float = 0.0


def _ceiling(settings: AudioSettings) -> float:
    return settings.true_peak_db - TRUE_PEAK_MARGIN_DB


def mastering_filter(mastering: Mastering, source_rate: int, output_rate: int, settings: AudioSettings,
                     oversample: int = OVERSAMPLE) -> str:
    """ffmpeg filters: gain, then (if needed) a limiter at oversample x the source rate, the output rate, a trim."""
    steps = [f"volume={mastering.gain_db:.2f}dB"]
    if mastering.limit:
        if oversample > 1:
            # Oversampling the source is enough to see true peaks: the takes hold nothing above their Nyquist.
            steps.append(f"aresample={source_rate * oversample}")
        steps.append(f"alimiter=limit={10 ** (_ceiling(settings) / 20):.4f}:attack=5:release=50"
                     ":level=false:latency=true")
    steps.append(f"aresample={output_rate}")
    if mastering.limit:
        # After resampling: ffmpeg 5.1 fails to build aresample,alimiter,volume,aresample.
        steps.append(f"volume={mastering.trim_db:.2f}dB")
    return ",".join(steps)


def _loudness_after(audio: Audio, gain_db: float, settings: AudioSettings, origin: str) -> float:
    """Integrated loudness after gain and limiter, without oversampling or encoding (cheap).

    Oversampling changes which peaks the limiter sees, but not the loudness it leaves (identical to
    0.1 LU at 1x, 2x and 4x on espeak and piper), and costs half this pass's time.
    """
    limited = mastering_filter(Mastering(gain_db, limit=True), audio.sample_rate, audio.sample_rate, settings, 1)
    stderr = _run([*_raw_input(audio), "-af", f"{limited},{_MEASURE}", "-f", "null", "-"], audio.pcm, origin)
    return _summary_value(_INTEGRATED, stderr, origin)


def _secant(gain: float, lufs: float, previous: tuple[float, float] | None) -> float:
    """LU gained per dB of gain: 1 without limiting, less once the limiter shaves more peaks."""
    if previous is None or gain == previous[0]:
        return FIRST_SLOPE
    return min(1.0, max(0.2, (lufs - previous[1]) / (gain - previous[0])))


def search_gain(audio: Audio, measured: Loudness, target: float, settings: AudioSettings,
                origin: str) -> Mastering:
    """The gain that takes the episode to target, limited and trimmed when peaks would pass the ceiling."""
    plain = target - measured.integrated
    excess = measured.true_peak + plain - _ceiling(settings)
    if excess <= 0:
        return Mastering(plain, limit=False)  # a plain gain: every dB is a LU
    gain, lufs, previous = min(plain + LIMIT_COST * excess, MAX_GAIN_DB), target, None
    for _ in range(SEARCH_STEPS):
        lufs = _loudness_after(audio, gain, settings, origin)
        log.debug("%s: gain %.2f dB gives %.2f LUFS", origin, gain, lufs)
        if -UNDERSHOOT_LU <= lufs - target <= OVERSHOOT_LU or gain >= MAX_GAIN_DB:
            break
        slope = _secant(gain, lufs, previous)
        previous = (gain, lufs)
        # Aim a little over: the trim takes an overshoot off exactly, an undershoot costs a pass.
        gain = min(gain + (target + UNDERSHOOT_LU - lufs) / slope, MAX_GAIN_DB)
    return Mastering(gain, limit=True, trim_db=min(0.0, target - lufs))


def _tee_target(target: Path) -> str:
    """The MP3 file as a slave of ffmpeg's tee muxer, escaped for its list syntax."""
    path = "".join("\\" + char if char in "\\'|[]" else char for char in str(target))
    # Tags are written by mutagen afterwards; keep ffmpeg's own ID3 out.
    return f"[f=mp3:id3v2_version=0:write_id3v1=0]{path}"


def _encode(audio: Audio, mastering: Mastering, settings: AudioSettings, target: Path, origin: str) -> float:
    """Filter and encode mono MP3 to target; return the decoded MP3's integrated loudness.

    The encoder drops some high-frequency energy (0.4-0.5 LU at 96 kbit/s on synthetic voices), so
    the loudness that counts is the decoded file's, not the filter chain's. The tee muxer hands
    the MP3 to a second ffmpeg as it is written, which decodes and measures it on the other core.
    """
    encode = _command([
        *_raw_input(audio), "-af", mastering_filter(mastering, audio.sample_rate, settings.sample_rate, settings),
        "-map", "0:a", "-ac", "1", "-ar", str(settings.sample_rate), "-c:a", "libmp3lame",
        "-b:a", settings.bitrate, "-map_metadata", "-1",
        "-f", "tee", f"{_tee_target(target)}|[f=mp3]pipe:1",
    ])
    verify = _command(["-f", "mp3", "-i", "pipe:0", "-af", _MEASURE, "-f", "null", "-"])
    stderr = _piped(encode, verify, audio.pcm, origin)
    return _summary_value(_INTEGRATED, stderr, origin)


def _piped(first: list[str], second: list[str], pcm: bytes, origin: str) -> str:
    """Run first with pcm on stdin and its stdout into second, side by side; return second's stderr."""
    between_out, between_in = os.pipe()
    # A file, not a pipe, for the second's stderr: nobody reads it until the first has finished.
    with tempfile.TemporaryFile() as second_log:
        try:
            receiving = subprocess.Popen(second, stdin=between_out, stdout=subprocess.DEVNULL, stderr=second_log)
            try:
                sending = subprocess.Popen(first, stdin=subprocess.PIPE, stdout=between_in, stderr=subprocess.PIPE)
            except OSError:
                receiving.kill()
                raise
        except OSError as exc:
            raise _not_started(exc, origin) from exc
        finally:  # the children hold their own ends: the second sees EOF when the first exits
            os.close(between_out)
            os.close(between_in)
        with receiving, sending:
            first_err = sending.communicate(pcm)[1]
            receiving.wait()
        _checked(sending.returncode, first_err, origin)
        second_log.seek(0)
        return _checked(receiving.returncode, second_log.read(), origin)


def master_to_mp3(audio: Audio, settings: AudioSettings, target: Path, origin: str) -> float | None:
    """Normalise the whole episode to the target loudness, encode mono MP3; return output LUFS."""
    measured = measure(audio, origin)
    if measured.silent:
        log.warning("%s: the episode is silent; it is encoded without loudness normalisation", origin)
        _encode(audio, Mastering(0.0, limit=False), settings, target, origin)
        return None
    aim = settings.loudness_lufs + ENCODER_LOSS_LU
    mastering = search_gain(audio, measured, aim, settings, origin)
    lufs = _encode(audio, mastering, settings, target, origin)
    miss = settings.loudness_lufs - lufs
    if abs(miss) > TOLERANCE_LU:
        # The encoder took more (or less) than expected: aim again, once, by what it missed.
        mastering = search_gain(audio, measured, aim + miss, settings, origin)
        lufs = _encode(audio, mastering, settings, target, origin)
    log.debug("%s: loudness %.1f -> %.1f LUFS (gain %.2f dB, limiter %s, trim %.2f dB)", origin,
              measured.integrated, lufs, mastering.gain_db, "on" if mastering.limit else "off", mastering.trim_db)
    return lufs
