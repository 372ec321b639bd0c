"""Master and encode in this process: one gain per episode, gentle compression, a true-peak limiter, then MP3.

The gain takes the episode to the target loudness; a compressor then evens out the syllables that
stand far above the rest (Piper's peaks sit about 21 dB over its loudness), so the limiter after it
has little left to do: with the limiter alone, 16% (piper) and 20% (espeak) of the seed page's 50 ms
windows were cut by more than 3 dB; after the compressor, 0.04% and 0%. A peak-sensing compressor was
kept over RMS ones: RMS detection needed 4 dB more gain for the same peaks, which is audible squashing.

The filters are ffmpeg's own (libavfilter, through PyAV) and the encoder is LAME (through lameenc), both
run in this process on the chunk's PCM: an ffmpeg process for each chunk (and a second one decoding the
first) cost 0.20-0.29 s of CPU for 30 s of piper against 0.12-0.14 s here, with the same mastered samples
and the same frames (2026-12-02). PyAV's own LAME was not taken: its build encoded 30 s in 0.175 s of CPU
against lameenc's 0.057 s. The mastered PCM is measured as it leaves the filters, and the first chunk's MP3
is also decoded and measured, which tells what the encoder takes away from every chunk (chunks.py): the
episode's true result is known without reading it again. ffmpeg's loudnorm was tried first: its linear
mode refuses speech whose peaks are high, and its dynamic fallback landed 1 LU short on synthetic voices.
"""

from __future__ import annotations

import io
import logging
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, cast

from narrator.config import AudioSettings
from narrator.errors import AudioError
from narrator.model import Audio, Level

if TYPE_CHECKING:
    from av.audio.frame import AudioFrame
    from av.filter import Graph

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
"""LAME's algorithm quality (0 best and slowest, 9 worst; LAME's default is 3). At the 64-128 kbit/s of mono
speech, 7 decoded as close to the source as 3 (signal-to-noise 25.7 dB against 25.4 dB on the seed page at
96 kbit/s) in 57% of the encoder's time (0.28 s of CPU against 0.49 s for 130 s of audio)."""
PUSH_SAMPLES = 1 << 15
"""Samples handed to the filters at a time: a chunk's PCM goes through the filters and the encoder in frames, and
only its MP3 is held whole (a 120 s chunk measured with numpy at once had peaked at 119 MB)."""


def _libraries() -> tuple[ModuleType, ModuleType]:
    """PyAV and lameenc, or an AudioError that says how to install them."""
    try:
        import av
        import lameenc
    except ImportError as exc:
        raise AudioError(f"the audio libraries are missing ({exc.name} is not installed)",
                         hint="install them again: pip install av lameenc (make setup does it for a checkout)") from exc
    return av, lameenc


def check_libraries() -> None:
    """Fail before any work when the encoder's libraries are missing."""
    _libraries()


_FAILURES = (RuntimeError, ValueError)
"""What lameenc raises, and PyAV for arguments it refuses (PyAV's FFmpegError is added where it is imported)."""


_AS_PCM = "aformat=sample_fmts=s16:channel_layouts=mono"
_MEASURE_PCM = "ebur128=metadata=1:peak=sample"
"""The mastered PCM's sample peak is its peak at the output rate: its true peak cost more and the first chunk's
decoded MP3, measured for its true peak, tells how far the two stand apart (see chunks._EncoderLoss)."""
_MEASURE = "ebur128=metadata=1:peak=true"


def _failed(what: str, exc: Exception, origin: str) -> AudioError:
    return AudioError(f"{what} failed: {exc}", origin=origin, hint="report this with the article")


def _graph(library: ModuleType, source_rate: int, source_format: str, chain: list[str]) -> Graph:
    """ffmpeg filters in this process: mono frames of source_format in, through chain, to a sink."""
    graph: Graph = library.filter.Graph()
    # One thread per graph: two chunks are filtered at once on two threads, and a graph's own threads
    # then fought them (two 30 s chunks took 0.21 s side by side with the default, 0.08 s with one).
    graph.threads = 1
    nodes = [graph.add_abuffer(sample_rate=source_rate, format=source_format, layout="mono",
                               time_base=Fraction(1, source_rate))]
    for spec in chain:
        name, _, args = spec.partition("=")
        nodes.append(graph.add(name, args or None))
    nodes.append(graph.add("abuffersink"))
    graph.link_nodes(*nodes).configure()
    return graph


def _run(library: ModuleType, graph: Graph, frames: Iterable[AudioFrame],
         take: Callable[[AudioFrame], None]) -> None:
    """Push frames through graph, handing each frame that comes out to take as soon as it is ready."""
    for frame in [*frames, None]:
        graph.push(frame)
        while True:
            try:
                out = graph.pull()
            except (library.BlockingIOError, library.EOFError):
                break
            take(cast("AudioFrame", out))


def _pcm_frames(library: ModuleType, pcm: bytes, sample_rate: int) -> Iterator[AudioFrame]:
    """Mono 16-bit PCM as frames of PUSH_SAMPLES."""
    import numpy as np

    samples = np.frombuffer(pcm[: len(pcm) - len(pcm) % 2], dtype="<i2")
    for start in range(0, samples.size, PUSH_SAMPLES):
        frame: AudioFrame = library.AudioFrame.from_ndarray(samples[start: start + PUSH_SAMPLES].reshape(1, -1),
                                                            format="s16", layout="mono")
        frame.sample_rate, frame.pts, frame.time_base = sample_rate, start, Fraction(1, sample_rate)
        yield frame


def _pcm_of(frame: AudioFrame) -> bytes:
    """A mono s16 frame's samples."""
    return bytes(frame.to_ndarray().tobytes())


class _Meter:
    """The 400 ms loudness every 100 ms and the peak that ffmpeg's ebur128 filter (metadata=1) writes on the
    frames it passes: the same figures as a meter reading the file, taken as the audio goes by."""

    def __init__(self) -> None:
        self.blocks: list[float] = []
        self.peak = 0.0

    def read(self, frame: AudioFrame) -> None:
        """Note what ebur128 wrote on this frame (one per 100 ms)."""
        found = frame.metadata
        momentary = float(found.get("lavfi.r128.M", "-inf"))
        if momentary > -70:  # under the absolute gate, and ebur128's -120.7 for blocks not yet whole
            self.blocks.append(round(momentary, 2))
        self.peak = max(self.peak, float(found.get("lavfi.r128.true_peak", found.get("lavfi.r128.sample_peak", 0))))

    def level(self) -> Level:
        return Level(blocks=tuple(self.blocks), true_peak_db=20 * math.log10(self.peak) if self.peak > 0 else -math.inf)


def resample(audio: Audio, sample_rate: int, origin: str) -> Audio:
    """Convert a take to another sample rate with ffmpeg's band-limited resampler."""
    av, _ = _libraries()
    out = bytearray()
    try:
        graph = _graph(av, audio.sample_rate, "s16", [f"aresample={sample_rate}", _AS_PCM])
        _run(av, graph, _pcm_frames(av, audio.pcm, audio.sample_rate), lambda frame: out.extend(_pcm_of(frame)))
    except (av.FFmpegError, *_FAILURES) as exc:
        raise _failed("the resampler", exc, origin) from exc
    return Audio(bytes(out), sample_rate)


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


def kbps(bitrate: str) -> int:
    """A bitrate setting ("96k", "96000", "0.096M") in kbit/s, as LAME takes it."""
    text = bitrate.strip()
    scale = {"k": 1_000, "M": 1_000_000}.get(text[-1:], 1)
    return round(float(text.rstrip("kM")) * scale / 1000)


@dataclass(frozen=True)
class Measured:
    """What an encode measured: the mastered PCM as it entered the encoder, and the decoded MP3 when asked."""

    mastered: Level
    """Its true_peak_db is the sample peak at the output rate."""
    decoded: Level | None


class Mp3Encoder:
    """LAME, taking mono 16-bit PCM at the output rate a frame at a time: bare MP3 frames, no Xing frame, no tags."""

    def __init__(self, settings: AudioSettings, origin: str) -> None:
        _, lameenc = _libraries()
        self.origin = origin
        self._lame = lameenc.Encoder()
        self._lame.set_channels(1)
        self._lame.set_in_sample_rate(settings.sample_rate)
        self._lame.set_out_sample_rate(settings.sample_rate)
        self._lame.set_bit_rate(kbps(settings.bitrate))
        self._lame.set_quality(LAME_QUALITY)
        self.mp3 = bytearray()

    def add(self, pcm: bytes) -> None:
        """Encode more samples."""
        self.mp3 += self._lame.encode(pcm)

    def finish(self) -> bytes:
        """The whole stream, with the frames LAME still held."""
        self.mp3 += self._lame.flush()
        return bytes(self.mp3)


def encode(pcm: bytes, source_rate: int, gain_db: float | None, settings: AudioSettings, target: Path,
           origin: str, decode: bool = True) -> Measured:
    """Master and encode mono PCM to a bare MP3 stream at target (chunks are joined frame by frame and tagged
    once by mutagen), measuring the mastered PCM on its way into the encoder.

    gain_db None encodes without mastering (a silent episode). The encoder takes some loudness away
    (0.4-0.5 LU on piper and espeak, at 32 to 128 kbit/s alike), so the loudness that counts is the
    decoded file's: with decode, the MP3 is decoded and measured too (chunks.py applies what a decoded chunk
    showed to the others). Nothing is held whole but the MP3: the PCM goes through a frame at a time.
    """
    av, _ = _libraries()
    chain = [f"aresample={settings.sample_rate}"] if gain_db is None else \
        mastering_filter(gain_db, source_rate, settings).split(",")
    meter = _Meter()
    try:
        encoder = Mp3Encoder(settings, origin)

        def take(frame: AudioFrame) -> None:
            meter.read(frame)
            encoder.add(_pcm_of(frame))

        graph = _graph(av, source_rate, "s16", [*chain, _MEASURE_PCM, _AS_PCM])
        _run(av, graph, _pcm_frames(av, pcm, source_rate), take)
        mp3 = encoder.finish()
    except (av.FFmpegError, *_FAILURES) as exc:
        raise _failed("the encoder", exc, origin) from exc
    target.write_bytes(mp3)  # an OSError (a full disk) is reported as one by the audio stage
    return Measured(meter.level(), _decoded_level(av, mp3, settings.sample_rate, origin) if decode else None)


def _decoded_level(av: ModuleType, mp3: bytes, sample_rate: int, origin: str) -> Level:
    """An MP3 stream decoded by ffmpeg's decoder and measured for loudness and true peak, in this process."""
    meter = _Meter()
    try:
        with av.open(io.BytesIO(mp3), format="mp3") as container:
            graph = _graph(av, sample_rate, "fltp", [_MEASURE])
            _run(av, graph, _restamped(container.decode(audio=0), sample_rate), meter.read)
    except (av.FFmpegError, *_FAILURES) as exc:
        raise _failed("decoding the encoded chunk", exc, origin) from exc
    return meter.level()


def _restamped(frames: Iterator[AudioFrame], sample_rate: int) -> Iterator[AudioFrame]:
    """Decoded frames timed in samples from zero, as the graph's source expects them."""
    position = 0
    for frame in frames:
        frame.pts, frame.time_base = position, Fraction(1, sample_rate)
        position += frame.samples
        yield frame


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
