"""Master and encode with ffmpeg: one gain per episode, gentle compression, a true-peak limiter, then MP3.

The gain takes the episode to the target loudness; a compressor then evens out the syllables that
stand far above the rest (Piper's peaks sit about 21 dB over its loudness), so the limiter after it
has little left to do: with the limiter alone, 16% (piper) and 20% (espeak) of the seed page's 50 ms
windows were cut by more than 3 dB; after the compressor, 0.04% and 0%. A peak-sensing compressor was
kept over RMS ones: RMS detection needed 4 dB more gain for the same peaks, which is audible squashing.

An episode is encoded in chunks (see chunks.py); the encoder measures the mastered PCM as it takes
it, and the first chunk's MP3 is also decoded and measured as it is written (ffmpeg's tee muxer hands
it to a second ffmpeg on the other core), which tells what the encoder takes away from every chunk:
the episode's true result is known without reading it again. ffmpeg's loudnorm was tried first: its linear mode refuses
speech whose peaks are high, and its dynamic fallback landed 1 LU short on synthetic voices.
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
from narrator.model import Audio, Level

log = logging.getLogger(__name__)

TRUE_PEAK_MARGIN_DB = 0.5
"""MP3 encoding can raise true peaks a little; the limiter aims this far under the ceiling."""
OVERSAMPLE = 2
"""The limiter runs at 2x the source rate so that it catches inter-sample (true) peaks: 4x cost
0.15 s a minute more and left the same true peaks (0.1 dB) on espeak and piper episodes."""
COMPRESSOR = "acompressor=threshold=0.35:ratio=3:attack=1:release=60:knee=4:detection=peak"
"""Gentle: 3:1 above -9 dBFS with a soft knee, on peaks, quick to let go; the episode needs 4 dB more gain
than with the limiter alone. Attack 1 ms and release 60 ms left the limiter 0.04% of piper's windows to cut
by more than 3 dB, against 1.1% with 2 ms and 80 ms (seed page, at the gain that reaches -16 LUFS)."""
LAME_QUALITY = 7
"""LAME's algorithm quality (0 best and slowest, 9 worst; ffmpeg leaves LAME's 3). At the 64-128 kbit/s of mono
speech, 7 decoded as close to the source as 3 (signal-to-noise 25.7 dB against 25.4 dB on the seed page at
96 kbit/s) in 57% of the encoder's time (0.28 s of CPU against 0.49 s for 130 s of audio)."""
_MOMENTARY = re.compile(r"\bM:\s*(-inf|-?[\d.]+)")
_TRUE_PEAK = re.compile(r"Peak:\s*(-inf|-?[\d.]+) dBFS")


def ffmpeg_path() -> str:
    """The ffmpeg executable, or an AudioError that says how to install it."""
    path = shutil.which("ffmpeg")
    if path is None:
        raise AudioError("ffmpeg is not installed", hint="install it: sudo apt-get install ffmpeg")
    return path


def encoder_identity() -> str:
    """The ffmpeg in use, by path, size and time: an upgrade of it is another encoder (a library upgraded on its
    own is not seen, and its loss is then checked only by the episode's final loudness check)."""
    path = ffmpeg_path()
    try:
        stat = os.stat(path)
    except OSError:
        return path
    return f"{path}:{stat.st_size}:{stat.st_mtime_ns}"


def _command(args: list[str]) -> list[str]:
    return [ffmpeg_path(), "-hide_banner", "-nostats", *args]


def _not_started(exc: OSError, origin: str) -> AudioError:
    return AudioError(f"could not run ffmpeg ({exc})", origin=origin,
                      hint="check the ffmpeg install: sudo apt-get install ffmpeg")


def _checked(returncode: int, stderr_bytes: bytes, origin: str) -> str:
    """ffmpeg's stderr (where ebur128 reports), or an AudioError quoting its last lines."""
    stderr = stderr_bytes.decode("utf-8", "replace")
    if returncode != 0:
        tail = " | ".join(stderr.strip().splitlines()[-3:]) or f"killed (exit {returncode})"
        raise AudioError(f"ffmpeg failed: {tail}", origin=origin,
                         hint="check free disk space; if it happens again, report it with the article")
    return stderr


def _raw_input(sample_rate: int) -> list[str]:
    return ["-f", "s16le", "-ar", str(sample_rate), "-ac", "1", "-i", "pipe:0"]


def resample(audio: Audio, sample_rate: int, origin: str) -> Audio:
    """Convert a take to another sample rate with ffmpeg's band-limited resampler."""
    args = ["-loglevel", "error", *_raw_input(audio.sample_rate), "-ar", str(sample_rate), "-f", "s16le", "-"]
    try:
        done = subprocess.run(_command(args), input=audio.pcm, capture_output=True, check=False)
    except OSError as exc:
        raise _not_started(exc, origin) from exc
    _checked(done.returncode, done.stderr, origin)
    return Audio(done.stdout, sample_rate)


def ceiling_db(settings: AudioSettings) -> float:
    """Where the limiter holds true peaks: under the ceiling by the encoder's margin."""
    return settings.true_peak_db - TRUE_PEAK_MARGIN_DB


def mastering_filter(gain_db: float, source_rate: int, settings: AudioSettings) -> str:
    """ffmpeg filters: gain, compressor, a limiter at 2x the source rate, then the output rate."""
    limit = 10 ** (ceiling_db(settings) / 20)
    return ",".join([
        f"volume={gain_db:.2f}dB",
        COMPRESSOR,
        # Oversampling the source is enough to see true peaks: the takes hold nothing above their Nyquist.
        f"aresample={source_rate * OVERSAMPLE}",
        f"alimiter=limit={limit:.4f}:attack=5:release=50:level=false:latency=true",
        f"aresample={settings.sample_rate}",
    ])


def _tee_target(target: Path) -> str:
    """The MP3 file as a slave of ffmpeg's tee muxer, escaped for its list syntax."""
    path = "".join("\\" + char if char in "\\'|[]" else char for char in str(target))
    return f"[f=mp3:id3v2_version=0:write_id3v1=0:write_xing=0]{path}"


# No ID3 and no Xing frame: chunks are joined frame by frame and tagged once by mutagen.
_BARE_MP3 = ["-id3v2_version", "0", "-write_id3v1", "0", "-write_xing", "0"]
# framelog=info: one line per 100 ms with the 400 ms (momentary) loudness, the gating blocks. The decoded MP3's
# peak is its true peak; the mastered PCM's, its sample peak at the output rate: true peak there (4x oversampled)
# cost 0.06 s of CPU a 30 s chunk, 0.30 s against 0.24 s, and the first chunk's decoded MP3 tells how far the two
# stand apart (see chunks._EncoderLoss).
_MEASURE = "ebur128=peak=true:framelog=info"
_MEASURE_PCM = "ebur128=peak=sample:framelog=info"


@dataclass(frozen=True)
class Measured:
    """What an encode measured: the mastered PCM as it entered the encoder, and the decoded MP3 when asked."""

    mastered: Level
    """Its true_peak_db is the sample peak at the output rate."""
    decoded: Level | None


def encode(pcm: bytes, source_rate: int, gain_db: float | None, settings: AudioSettings, target: Path,
           origin: str, decode: bool = True) -> Measured:
    """Master and encode mono PCM to an MP3 stream at target, measuring the mastered PCM on its way in.

    gain_db None encodes without mastering (a silent episode). The encoder takes some loudness away
    (0.4-0.5 LU on piper and espeak, at 32 to 128 kbit/s alike), so the loudness that counts is the
    decoded file's: with decode, a second ffmpeg decodes and measures the MP3 while the first writes it.
    Without, the one ffmpeg is all (chunks.py applies what a decoded chunk showed to the others).
    """
    chain = "anull" if gain_db is None else mastering_filter(gain_db, source_rate, settings)
    graph = f"[0:a]{chain},asplit=2[encode][measure];[measure]{_MEASURE_PCM}[measured]"
    output = ["-f", "tee", f"{_tee_target(target)}|[f=mp3]pipe:1"] if decode else ["-f", "mp3", *_BARE_MP3, str(target)]
    encoder = _command([  # -y: the target is a part file made for it
        "-y", *_raw_input(source_rate), "-filter_complex", graph,
        "-map", "[encode]", "-ac", "1", "-ar", str(settings.sample_rate), "-c:a", "libmp3lame", "-b:a",
        settings.bitrate, "-compression_level", str(LAME_QUALITY), "-map_metadata", "-1", *output,
        "-map", "[measured]", "-f", "null", "-",
    ])
    if not decode:
        try:
            done = subprocess.run(encoder, input=pcm, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        except OSError as exc:
            raise _not_started(exc, origin) from exc
        return Measured(_level(_checked(done.returncode, done.stderr, origin), origin), None)
    verify = _command(["-loglevel", "info", "-f", "mp3", "-i", "pipe:0", "-af", _MEASURE, "-f", "null", "-"])
    encoder_log, verify_log = _piped(encoder, verify, pcm, origin)
    return Measured(_level(encoder_log, origin), _level(verify_log, origin))


def _level(stderr: str, origin: str) -> Level:
    """The gating blocks and true peak that ebur128 printed (its last summary: ffmpeg may build a graph twice)."""
    peaks = _TRUE_PEAK.findall(stderr)
    if not peaks:
        raise AudioError("ffmpeg printed no loudness measurement", origin=origin, hint="ffmpeg 4.2 or newer is needed")
    blocks = tuple(float(value) for value in _MOMENTARY.findall(stderr) if value != "-inf" and float(value) > -70)
    return Level(blocks=blocks, true_peak_db=-math.inf if peaks[-1] == "-inf" else float(peaks[-1]))


def _piped(first: list[str], second: list[str], pcm: bytes, origin: str) -> tuple[str, str]:
    """Run first with pcm on stdin and its stdout into second, side by side; return both stderrs."""
    between_out, between_in = os.pipe()
    # Files, not pipes, for stderr: nobody reads them until the processes have finished.
    with tempfile.TemporaryFile() as first_log, tempfile.TemporaryFile() as second_log:
        try:
            receiving = subprocess.Popen(second, stdin=between_out, stdout=subprocess.DEVNULL, stderr=second_log)
            try:
                sending = subprocess.Popen(first, stdin=subprocess.PIPE, stdout=between_in, stderr=first_log)
            except OSError:
                receiving.kill()
                receiving.wait()
                raise
        except OSError as exc:
            raise _not_started(exc, origin) from exc
        finally:  # the children hold their own ends: the second sees EOF when the first exits
            os.close(between_out)
            os.close(between_in)
        with receiving, sending:
            try:
                sending.communicate(pcm)
                receiving.wait()
            except BaseException:  # Ctrl-C or an error here: leave no ffmpeg running
                for process in (sending, receiving):
                    process.kill()
                raise
        first_log.seek(0)
        first_err = _checked(sending.returncode, first_log.read(), origin)
        second_log.seek(0)
        return first_err, _checked(receiving.returncode, second_log.read(), origin)


@dataclass(frozen=True)
class FrameCount:
    """How many MPEG audio frames a stream holds, and the samples each frame decodes to."""

    frames: int
    samples_per_frame: int


_BITRATES = {
    3: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),  # MPEG-1 layer III
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),  # MPEG-2 and 2.5 layer III
}
_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def count_frames(data: bytes, origin: str) -> FrameCount:
    """Walk the frame headers of a bare layer III stream (no tags): its frame count and frame size."""
    position = frames = 0
    samples_per_frame = 1152
    while position + 4 <= len(data):
        header = int.from_bytes(data[position: position + 4], "big")
        version, layer = (header >> 19) & 3, (header >> 17) & 3
        bitrate_index, rate_index = (header >> 12) & 15, (header >> 10) & 3
        if header >> 21 != 0x7FF or layer != 1 or version == 1 or bitrate_index in (0, 15) or rate_index == 3:
            raise AudioError(f"the encoder wrote a broken MP3 stream at byte {position}", origin=origin,
                             hint="report this with the article")
        bitrate = _BITRATES[3 if version == 3 else 2][bitrate_index] * 1000
        samples_per_frame = 1152 if version == 3 else 576
        position += samples_per_frame // 8 * bitrate // _RATES[version][rate_index] + ((header >> 9) & 1)
        frames += 1
    return FrameCount(frames, samples_per_frame)
