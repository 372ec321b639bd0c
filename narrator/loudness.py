"""Loudness statistics (ITU-R BS.1770): measured once per take, combined per episode without the audio.

A take's statistics are the loudness of its 400 ms gating blocks (100 ms apart) and its true peak.
An episode's integrated loudness is the gated mean over all its takes' blocks, so the audio stage
knows it from the statistics cached with the takes and never reads the episode again to measure it.
Blocks are measured within each take as if silence surrounded it; across a pause shorter than a
block this differs a little from measuring the joined audio, which is why the encoded result is
checked too. numpy only: the K-weighting filters run as an FFT convolution with their impulse
response (scipy's lfilter would be the only reason to install scipy).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from narrator.model import Level

if TYPE_CHECKING:
    import numpy as np

BLOCK_S = 0.4
STEP_S = 0.1
ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0
TRUE_PEAK_OVERSAMPLE = 4
CONVOLVE_SAMPLES = 1 << 17
"""FFT size for the K-weighting convolution (about 6 s at 22 kHz)."""
PEAK_FRAME = 256
PEAK_MARGIN = 64
"""Samples either side of a stretch searched for inter-sample peaks: the upsampling's edge effects stay there."""
IMPULSE_S = 0.25
"""Length of the K-weighting impulse response kept: its slowest part (the 38 Hz high-pass) has decayed
by far more than 16-bit resolution after a quarter of a second."""


def _biquad(b: tuple[float, float, float], a: tuple[float, float, float], signal: list[float]) -> list[float]:
    """A direct-form biquad over a short list (the impulse response is computed once per rate)."""
    out: list[float] = []
    x1 = x2 = y1 = y2 = 0.0
    for x in signal:
        y = b[0] * x + b[1] * x1 + b[2] * x2 - a[1] * y1 - a[2] * y2
        x2, x1, y2, y1 = x1, x, y1, y
        out.append(y)
    return out


@cache
def _k_weighting(sample_rate: int) -> np.ndarray:
    """The K-weighting impulse response at sample_rate (the BS.1770 filters, as libebur128 derives them)."""
    import numpy as np  # see measure

    k = math.tan(math.pi * 1681.974450955533 / sample_rate)
    q = 0.7071752369554196
    vh = 10 ** (3.999843853973347 / 20)
    vb = vh ** 0.4996667741545416
    a0 = 1 + k / q + k * k
    shelf_b = ((vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0)
    shelf_a = (1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0)
    k = math.tan(math.pi * 38.13547087602444 / sample_rate)
    q = 0.5003270373238773
    a0 = 1 + k / q + k * k
    high_pass_a = (1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0)
    impulse = [1.0] + [0.0] * (round(IMPULSE_S * sample_rate) - 1)
    return np.array(_biquad((1.0, -2.0, 1.0), high_pass_a, _biquad(shelf_b, shelf_a, impulse)), dtype=np.float32)


@cache
def _response(sample_rate: int, size: int) -> np.ndarray:
    """The K-weighting's spectrum for FFTs of size (once per rate: a take's own FFTs were a sixth more with it)."""
    import numpy as np  # see measure

    return np.fft.rfft(_k_weighting(sample_rate), size)


def _fft_size(length: int) -> int:
    return 1 << max(length - 1, 1).bit_length()


def _k_weighted(samples: np.ndarray, sample_rate: int) -> np.ndarray:
    """samples through the K-weighting filters: FFT convolution a few seconds at a time (overlap-add), so a
    long take never needs more than a few MB of spectra."""
    import numpy as np  # see measure

    impulse = _k_weighting(sample_rate)
    size = _fft_size(max(CONVOLVE_SAMPLES, 2 * impulse.size))
    stride = size - impulse.size + 1
    response = _response(sample_rate, size)
    out = np.zeros(samples.size + impulse.size - 1, dtype=np.float32)
    for start in range(0, samples.size, stride):
        piece = samples[start: start + stride]
        convolved = np.fft.irfft(np.fft.rfft(piece, size) * response, size)[: piece.size + impulse.size - 1]
        out[start: start + convolved.size] += convolved
    return out


def measure(pcm: bytes, sample_rate: int) -> Level:
    """The gating blocks and true peak of mono 16-bit little-endian PCM."""
    # numpy costs 50-70 ms to import, which every start paid before the voice could begin to load (loading a
    # piper voice imports it anyway, on its own thread) and which `narrator --help` never needs.
    import numpy as np

    # float32 halves the memory and time of the FFTs; the blocks are summed in float64 below.
    samples = np.frombuffer(pcm[: len(pcm) - len(pcm) % 2], dtype="<i2").astype(np.float32) / np.float32(32768)
    if not samples.size or not np.any(samples):
        return Level(blocks=(), true_peak_db=-math.inf)
    weighted = _k_weighted(samples, sample_rate)
    step, block = round(STEP_S * sample_rate), round(BLOCK_S * sample_rate)
    # Blocks that start up to 300 ms before the take and end up to 300 ms after it, silence around it:
    # the energy of each 100 ms step, then of each four steps in a row.
    lead = block - step
    steps = -(-(lead + weighted.size) // step) + block // step
    padded = np.zeros(steps * step, dtype=np.float32)
    padded[lead: lead + weighted.size] = weighted
    step_energy = (padded.reshape(steps, step).astype(np.float64) ** 2).sum(axis=1)
    count = -(-(samples.size + lead) // step)
    mean_square = sum(step_energy[offset: offset + count] for offset in range(block // step)) / block
    with np.errstate(divide="ignore"):
        loudness = -0.691 + 10 * np.log10(mean_square)
    blocks = tuple(round(float(value), 2) for value in loudness if value > ABSOLUTE_GATE_LUFS)
    return Level(blocks=blocks, true_peak_db=_true_peak_db(samples))


def _true_peak_db(samples: np.ndarray) -> float:
    """The peak of the signal oversampled 4x, looked for only where the samples come within 3 dB of their peak.

    Oversampling the whole take cost five times the rest of the measurement; an inter-sample peak
    sits next to a large sample, so short stretches around the loudest samples are enough.
    """
    import numpy as np  # see measure

    count = -(-samples.size // PEAK_FRAME)
    padded = np.pad(samples, (PEAK_MARGIN, count * PEAK_FRAME - samples.size + PEAK_MARGIN))
    frame_peaks = np.abs(padded[PEAK_MARGIN: PEAK_MARGIN + count * PEAK_FRAME]).reshape(count, PEAK_FRAME).max(axis=1)
    loudest = float(frame_peaks.max())
    if loudest <= 0:
        return -math.inf
    candidates = np.flatnonzero(frame_peaks >= loudest * 10 ** (-3 / 20))
    span = PEAK_FRAME + 2 * PEAK_MARGIN
    windows = padded[candidates[:, None] * PEAK_FRAME + np.arange(span)]
    upsampled = np.fft.irfft(np.fft.rfft(windows, axis=1), span * TRUE_PEAK_OVERSAMPLE, axis=1)
    inner = upsampled[:, PEAK_MARGIN * TRUE_PEAK_OVERSAMPLE: (PEAK_MARGIN + PEAK_FRAME) * TRUE_PEAK_OVERSAMPLE]
    peak = max(loudest, float(np.max(np.abs(inner))) * TRUE_PEAK_OVERSAMPLE)
    return 20 * math.log10(peak)


def integrated(blocks: Iterable[float]) -> float:
    """Integrated loudness (LUFS) of gating blocks: absolute gate, then the relative gate 10 LU down."""
    import numpy as np  # see measure

    values = np.fromiter(blocks, dtype=np.float64)
    values = values[values > ABSOLUTE_GATE_LUFS]
    if not values.size:
        return -math.inf
    power = 10 ** ((values + 0.691) / 10)
    relative = -0.691 + 10 * math.log10(float(power.mean())) + RELATIVE_GATE_LU
    kept = power[values > relative]
    return -0.691 + 10 * math.log10(float(kept.mean()))
