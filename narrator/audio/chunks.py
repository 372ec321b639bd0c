"""Encode an episode while it is assembled, in chunks of about a minute, each cached by what it holds.

A chunk is a run of whole takes with their pauses, mastered and encoded on its own into bare MP3
frames; the episode's MP3 is the chunks' frames one after another. Chunks end in a pause, so the
encoder's silent lead-in and padding at their edges fall in silence, and the time they add is
counted exactly (every frame is parsed), so transcripts and chapters stay exact. A chunk is cached
under the hash of its PCM and its mastering, so an edited sentence re-encodes one chunk, and a run
killed mid-episode resumes from the chunks it finished.

The gain is chosen before the first chunk is encoded: the gain that last took this voice to the
target, else one estimated from the first minute's statistics. The chunks are measured as they are
written (the first one decoded too, see _EncoderLoss, unless what the encoder takes from this voice is known on
this machine already); when the episode misses the target, every chunk is encoded again from a spool file of the
assembled PCM (on disk, never in memory), with the gain corrected by the miss.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import tempfile
import threading
from bisect import bisect_right
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from narrator.audio.assemble import Piece
from narrator.audio.master import COMPRESSOR, FrameCount, Measured, count_frames, encode
from narrator.config import AudioSettings
from narrator.errors import AudioError
from narrator.files import atomic_path, write_text
from narrator.loudness import integrated
from narrator.model import Level

log = logging.getLogger(__name__)

CHUNK_VERSION = "1"
CHUNK_S = 30.0
"""Audio a chunk holds at least: an edit re-encodes about twice this; shorter chunks cost more ffmpeg starts.
A minute was tried: a sentence inserted mid-article then moved the boundaries of the six chunks after it
(the first take past the minimum that hashes to a cut comes earlier), 7 chunks re-encoded and 12% of the cold
run against 3 chunks and 7% at 30 s."""
MAX_CHUNK_S = 120.0
"""Audio a chunk holds at most."""
CUT_ONE_IN = 3
"""Past CHUNK_S, a chunk ends after a take whose text hashes to 0 modulo this. Cutting by content, not by
length, keeps the boundaries after an edited sentence where they were, so later chunks stay cached."""
ESTIMATE_S = 60.0
"""Without a gain recorded for the voice, the statistics of this much audio set the first one."""
CHAIN_GAIN_DB = 6.0
"""Gain beyond (target - input loudness) that makes up what compressor, limiter and encoder take: 5.9 to 6.3 dB
on espeak over eight of our articles, 6.8 to 8.3 dB on piper (its peaks stand further out); the first chunk
encoded corrects the rest (see _check_gain), and the gain that reached the target is recorded per voice."""
ENDING_TAKES = 4
"""The takes voiced at once at the end of an episode (synthesise's look-ahead): from the one before them on, what
is placed is cut into a chunk (once it and what is still to come each hold FLUSH_S), so that it is encoded while the
rest are voiced, not after: on the seed page the encoding left after the last take fell from 0.17 s to 0.11 s.
Decided by the takes and texts alone, never by timing, so that a re-run cuts the same chunks and finds them cached."""
FLUSH_S = 8.0
"""Audio an ending chunk holds at least."""
PROBES = 3
"""Encodes of the first chunk, at most, to find the gain for the rest."""
PROBE_TOLERANCE_LU = 0.25
"""Once correcting, the first chunk is encoded again until the episode looks set to land this close."""
TRIGGER_LU = 0.75
"""The first chunk corrects the gain only when the episode looks set to miss by more than this. A first chunk
foretells its episode to about half a LU (the seed page's first minute is 0.5 LU quieter than the rest), so
a smaller miss is left to the final check; a recorded gain also stays, with the chunks cached at it (an edit)."""
FIRST_SLOPE = 0.5
"""LU the episode gains per dB of gain near the target, until measured: the compressor takes part of each dB
(piper: 0.36 and 0.38 on two of our articles; a slope of 1 under-corrected, so most misses cost two encodes)."""
ENCODER_DELAY = 1105
"""Samples before a chunk's audio in its decoded frames: LAME's 576 and the decoder's 529."""
ENCODING_WHILE_VOICED = 1
"""Chunks encoded at once while synthesis goes on: a second pair of ffmpeg processes raised the peak memory of a
20,000-word espeak episode from 260 to 305 MB."""


@dataclass(frozen=True)
class _EncoderLoss:
    """How the MP3 of one chunk measured against the mastered PCM the encoder took: the same for every chunk of
    an episode (0.43-0.46 LU less on piper and espeak at 32 to 128 kbit/s, chunk after chunk), so one decoded chunk
    tells it for the rest, which then run one ffmpeg instead of two: 0.24 s of CPU a 30 s chunk against 0.31 s
    (0.18 s once the PCM's peak was its sample peak)."""

    loudness_lu: float
    peak_db: float
    """The PCM's sample peak over the MP3's true peak (0.3-0.4 dB on piper and espeak at 96 kbit/s)."""

    @staticmethod
    def of(measured: Measured) -> _EncoderLoss | None:
        """What the decoded MP3 lost, when the encode decoded it and both sides hold sound."""
        if measured.decoded is None:
            return None
        before, after = integrated(measured.mastered.blocks), integrated(measured.decoded.blocks)
        peaks = (measured.mastered.true_peak_db, measured.decoded.true_peak_db)
        if not all(math.isfinite(value) for value in (before, after, *peaks)):
            return None
        return _EncoderLoss(before - after, peaks[0] - peaks[1])

    def as_json(self) -> dict[str, float]:
        """The loss as its record keeps it."""
        return {"loudness_lu": self.loudness_lu, "peak_db": self.peak_db}

    @staticmethod
    def from_json(fields: object) -> _EncoderLoss | None:
        """A loss from its record; None when the record is not one."""
        if not isinstance(fields, dict):
            return None
        values = [fields.get("loudness_lu"), fields.get("peak_db")]
        if not all(isinstance(value, (int, float)) and math.isfinite(value) for value in values):
            return None
        return _EncoderLoss(float(values[0]), float(values[1]))  # type: ignore[arg-type]

    def applied(self, mastered: Level) -> Level:
        """The statistics the MP3 of this mastered PCM would show."""
        return Level(blocks=tuple(round(block - self.loudness_lu, 2) for block in mastered.blocks),
                     true_peak_db=mastered.true_peak_db - self.peak_db)


@dataclass(frozen=True)
class Chunk:
    """One encoded chunk: its MP3 frames on disk and the decoded result's statistics."""

    mp3: Path
    level: Level
    frames: FrameCount
    source_start: int
    """Its first frame in the assembled episode (at the assembly rate)."""
    gain_db: float | None = None
    """The gain it was mastered at."""


@dataclass(frozen=True)
class _Span:
    """Where a chunk's PCM sits in the spool file and in the assembled episode."""

    offset: int
    length: int
    source_start: int
    blocks: tuple[float, ...] = ()
    """The gating blocks of its takes (their statistics)."""


@dataclass(frozen=True)
class Encoded:
    """An episode's chunks, in order, and how loud the result is."""

    chunks: tuple[Chunk, ...]
    gain_db: float | None
    lufs: float
    true_peak_db: float
    sample_rate: int
    """The output rate (the chunks' frames decode at it)."""
    source_rate: int

    def mp3_time(self, seconds: float) -> float:
        """Where a moment of the assembled episode is heard in the MP3 (each chunk adds its lead-in)."""
        starts = [chunk.source_start / self.source_rate for chunk in self.chunks]
        index = max(bisect_right(starts, seconds + 1e-9) - 1, 0)
        before = sum(chunk.frames.frames * chunk.frames.samples_per_frame for chunk in self.chunks[:index])
        return (before + ENCODER_DELAY) / self.sample_rate + seconds - starts[index]

    @property
    def duration_s(self) -> float:
        """Length of the joined MP3."""
        return sum(c.frames.frames * c.frames.samples_per_frame for c in self.chunks) / self.sample_rate


def gain_key(voice: str, settings: AudioSettings) -> str:
    """What a recorded gain belongs to: the voice and the mastering settings."""
    return "|".join([voice, f"{settings.loudness_lufs:g}", f"{settings.true_peak_db:g}", settings.bitrate,
                     str(settings.sample_rate), COMPRESSOR])


def recorded_gain(cache_dir: Path | None, key: str) -> float | None:
    """The gain that last took this voice to the target, if one was recorded."""
    if cache_dir is None:
        return None
    try:
        value = json.loads((cache_dir / "gains.json").read_text(encoding="utf-8")).get(key)
    except (OSError, ValueError, AttributeError):
        return None
    return float(value) if isinstance(value, (int, float)) else None


def record_gain(cache_dir: Path | None, key: str, gain_db: float | None) -> None:
    """Remember the gain that took this voice to the target (a lost record only costs a re-encode)."""
    if cache_dir is None or gain_db is None or recorded_gain(cache_dir, key) == gain_db:
        return
    path = cache_dir / "gains.json"
    try:
        gains = json.loads(path.read_text(encoding="utf-8"))
        gains = gains if isinstance(gains, dict) else {}
    except (OSError, ValueError):
        gains = {}
    gains[key] = gain_db
    try:
        write_text(path, json.dumps(gains, indent=1, sort_keys=True))
    except OSError as exc:
        log.warning("could not record the voice's gain in %s (%s)", path, exc)


LOSSES_FILE = "encoder-losses.json"
"""Beside the user's other caches: what the encoder takes from each voice, learnt from a decoded chunk once per
machine (its ffmpeg) and mastering settings, so that later episodes run one ffmpeg per chunk from the first on: a
decoding ffmpeg costs 0.1 s of CPU to start and 0.08 s to decode and measure a 30 s chunk, while the voice speaks."""


def loss_key(gain: str, encoder: str) -> str:
    """What a recorded loss belongs to: the voice and mastering settings (a gain_key) and the encoder itself."""
    return f"{gain}|{encoder}"


def recorded_loss(folder: Path | None, key: str) -> _EncoderLoss | None:
    """What the encoder took from this voice when last measured, if it was recorded in folder."""
    if folder is None:
        return None
    try:
        record = json.loads((folder / LOSSES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError, RuntimeError):  # RuntimeError: no home folder to expand "~" to
        return None
    return _EncoderLoss.from_json(record.get(key)) if isinstance(record, dict) else None


def record_loss(folder: Path | None, key: str, loss: _EncoderLoss | None) -> None:
    """Remember what the encoder took from this voice (a lost record only costs decoding a chunk again)."""
    if folder is None or loss is None or recorded_loss(folder, key) == loss:
        return
    path = folder / LOSSES_FILE
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        record = record if isinstance(record, dict) else {}
    except (OSError, ValueError):
        record = {}
    record[key] = loss.as_json()
    try:
        write_text(path, json.dumps(record, indent=1, sort_keys=True))
    except (OSError, RuntimeError) as exc:
        log.debug("could not record the encoder's loss in %s (%s)", path, exc)


class ChunkEncoder:
    """Takes placed pieces in order, cuts them into chunks and encodes each on a thread of its own."""

    def __init__(self, settings: AudioSettings, cache_dir: Path | None, origin: str, gain_db: float | None,
                 loss: _EncoderLoss | None = None) -> None:
        self.settings = settings
        self.cache_dir = cache_dir
        self.origin = origin
        self.gain_db = gain_db
        self.gain_known = gain_db is not None
        self.source_rate = 0
        self.blocks: list[float] = []
        self.true_peak_db = -math.inf
        # Unlinked at once: gone with the process, even on kill -9. Closed in __exit__.
        self._spool = tempfile.TemporaryFile(prefix="narrator-episode-")  # noqa: SIM115
        self._spool_size = 0
        self._scratch = tempfile.TemporaryDirectory(prefix="narrator-chunks-")
        self._pieces: list[Piece] = []
        self._spans: list[_Span] = []
        self._futures: list[Future[Chunk]] = []
        self._pool = ThreadPoolExecutor(2, thread_name_prefix="narrator-encode")
        # Queuing a chunk never waits (the consumer must go on asking for takes); the slots bound the ffmpeg
        # pairs running at once instead.
        self._slots = threading.Semaphore(ENCODING_WHILE_VOICED)
        self._widened = False
        self._gain_settled = threading.Event()
        self._loss = loss
        """Recorded for the voice, else learnt from the first chunk this encoder decodes; until then each encode
        decodes its MP3 too."""
        self.slope = FIRST_SLOPE
        """LU per dB near the target for this episode: the first chunk's, once it was encoded twice."""

    @property
    def loss(self) -> _EncoderLoss | None:
        """What the encoder takes from this voice, once known (recorded, or learnt from a decoded chunk)."""
        return self._loss

    def __enter__(self) -> ChunkEncoder:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._gain_settled.set()  # no chunk waits for a first one that will not come
        for future in self._futures:
            future.cancel()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._spool.close()
        self._scratch.cleanup()

    def add(self, piece: Piece, source_rate: int) -> None:
        """Queue a placed take; a chunk is cut and handed to the encoder once it holds CHUNK_S or more."""
        self.source_rate = source_rate
        self.blocks.extend(piece.level.blocks)
        self.true_peak_db = max(self.true_peak_db, piece.level.true_peak_db)
        self._pieces.append(piece)
        held_s = sum(len(p.pcm) for p in self._pieces) / (source_rate * 2)
        if (held_s >= CHUNK_S and piece.fingerprint % CUT_ONE_IN == 0) or held_s >= MAX_CHUNK_S:
            self._cut()

    def _cut(self, submit: bool = True) -> None:
        """Spool the queued pieces as one chunk and (unless told not to) start encoding what is ready."""
        if not self._pieces:
            return
        pcm = b"".join(piece.pcm for piece in self._pieces)
        os.pwrite(self._spool.fileno(), pcm, self._spool_size)
        blocks = tuple(block for piece in self._pieces for block in piece.level.blocks)
        self._spans.append(_Span(self._spool_size, len(pcm), self._pieces[0].start_frame, blocks))
        self._spool_size += len(pcm)
        self._pieces.clear()
        if not self.gain_known and self._spool_size >= ESTIMATE_S * self.source_rate * 2:
            self._estimate_gain()
        if self.gain_known and submit:
            self._submit()

    def _estimate_gain(self) -> None:
        """The first gain from the statistics so far: None (no mastering) while all is silent."""
        measured = integrated(self.blocks)
        self.gain_db = round(self.settings.loudness_lufs - measured + CHAIN_GAIN_DB, 2) if math.isfinite(measured) \
            else None
        self.gain_known = True

    def _submit(self) -> None:
        """Queue every spooled chunk not yet queued for the encoder threads (the chunk's PCM waits on disk);
        raise at once what an encode already failed with, rather than after the rest is voiced."""
        for future in self._futures:
            if future.done() and future.exception() is not None:
                future.result()
        for span in self._spans[len(self._futures):]:
            self._futures.append(self._pool.submit(self._encode_in_turn, span))

    def _encode_in_turn(self, span: _Span) -> Chunk:
        """_encode once a slot is free (one chunk at a time while synthesis goes on, two once it is over), at
        the gain of that moment: the episode's first chunk settles the gain, the others wait for it first."""
        first = span.offset == 0
        if not first:
            self._gain_settled.wait()  # holding no slot: the first chunk needs one
        with self._slots:
            if not first:
                return self._encode(span, self.gain_db)
            try:
                chunk = self._encode(span, self.gain_db)
                self._check_gain(span, chunk)
                return chunk
            finally:
                self._gain_settled.set()

    def _check_gain(self, span: _Span, chunk: Chunk) -> None:
        """Set the gain for the chunks still to come by what the first one measured once encoded.

        The gain was a guess (another article's, or the statistics plus CHAIN_GAIN_DB), and what the
        compressor takes depends on the article: on piper, 6.8 to 8.3 dB over eight of ours. When the episode
        looks set to miss, the first chunk is encoded again at corrected gains (the slope measured from the
        last two), so that a miss costs a chunk or two, not the whole episode over again.
        """
        if chunk.gain_db is None:
            return
        source, so_far = integrated(span.blocks), integrated(list(self.blocks))  # a copy: takes keep coming
        if not (math.isfinite(source) and math.isfinite(so_far)):
            return
        tried = [(chunk.gain_db, integrated(chunk.level.blocks))]
        tolerance = TRIGGER_LU
        for _ in range(PROBES):
            rate = slope(tried)
            # The takes placed after this chunk move the result by how much louder or quieter they are.
            miss = self.settings.loudness_lufs - (tried[-1][1] + rate * (so_far - source))
            if not math.isfinite(miss) or abs(miss) <= tolerance:
                break
            tolerance = PROBE_TOLERANCE_LU  # once correcting, aim as close as for an estimate
            gain = round(tried[-1][0] + miss / rate, 2)
            tried.append((gain, integrated(self._encode(span, gain).level.blocks)))
        if len(tried) >= 2:
            self.slope = slope(tried)
        if tried[-1][0] != chunk.gain_db:
            log.debug("%s: first chunk at %s dB measured %s; the rest at %.2f dB", self.origin, chunk.gain_db,
                      [round(lufs, 2) for _, lufs in tried], tried[-1][0])
        self.gain_db = tried[-1][0]

    def _widen(self) -> None:
        """Synthesis is (nearly) over: let two chunks encode at once, one per core."""
        if not self._widened:
            self._widened = True
            for _ in range(2 - ENCODING_WHILE_VOICED):
                self._slots.release()

    def flush(self, to_come_s: float) -> None:
        """Cut a chunk here and start encoding it (see ENDING_TAKES), unless it or the audio still to come (an
        estimate) is short: a short rest is better encoded with the takes before it, in finish's two halves, than
        alone after them."""
        if min(sum(len(piece.pcm) for piece in self._pieces) / (self.source_rate * 2), to_come_s) < FLUSH_S:
            return  # a few seconds encode in no time at the end; an ffmpeg pair costs 0.1 s of CPU to start
        self._cut(submit=False)
        if not self.gain_known and self._spans:
            self._estimate_gain()  # an article under ESTIMATE_S: all but its last takes is enough to go on
        if self.gain_known:
            self._submit()

    def finish(self) -> Encoded:
        """Encode what is left (in two chunks, one per core, when it holds twice FLUSH_S: synthesis is over); the
        result and its loudness."""
        held = [len(piece.pcm) for piece in self._pieces]
        if len(held) >= 2 and sum(held) >= 2 * FLUSH_S * self.source_rate * 2:
            split = min(range(1, len(held)), key=lambda i: abs(2 * sum(held[:i]) - sum(held)))  # halves, nearly
            rest = self._pieces[split:]
            self._pieces = self._pieces[:split]
            self._cut(submit=False)
            self._pieces = rest
        self._cut(submit=False)
        if not self.gain_known:
            self._estimate_gain()
        self._widen()
        self._submit()
        chunks = [future.result() for future in self._futures]
        # The first chunk at the gain it settled is cached already; any other encoded before it settled, again.
        stale = [index for index, chunk in enumerate(chunks) if chunk.gain_db != self.gain_db]
        encoded = self._pool.map(lambda index: self._encode(self._spans[index], self.gain_db), stale)
        for index, chunk in zip(stale, encoded, strict=True):
            chunks[index] = chunk
        return self._result(chunks, self.gain_db)

    def again(self, gain_db: float | None) -> Encoded:
        """Encode every chunk again from the spool with another gain (two at once: synthesis is over)."""
        chunks = list(self._pool.map(lambda span: self._encode(span, gain_db), self._spans))  # its two threads
        return self._result(chunks, gain_db)

    def _result(self, chunks: list[Chunk], gain_db: float | None) -> Encoded:
        blocks = [block for chunk in chunks for block in chunk.level.blocks]
        return Encoded(chunks=tuple(chunks), gain_db=gain_db, lufs=integrated(blocks),
                       true_peak_db=max((c.level.true_peak_db for c in chunks), default=-math.inf),
                       sample_rate=self.settings.sample_rate, source_rate=self.source_rate)

    def _encode(self, span: _Span, gain_db: float | None) -> Chunk:
        """One chunk from the cache, or mastered and encoded now (and cached)."""
        pcm = os.pread(self._spool.fileno(), span.length, span.offset)
        key = hashlib.sha256("\x1f".join([
            CHUNK_VERSION, str(self.source_rate), "none" if gain_db is None else f"{gain_db:.2f}",
            gain_key("", self.settings)]).encode("utf-8") + pcm).hexdigest()
        folder = self.cache_dir / key[:2] if self.cache_dir is not None else Path(self._scratch.name)
        mp3, stats = folder / f"{key}.mp3", folder / f"{key}.chunk.json"
        cached = _read_chunk(mp3, stats, span.source_start, gain_db)
        if cached is not None:
            return cached
        with atomic_path(mp3) as part:
            level = self._measured(encode(pcm, self.source_rate, gain_db, self.settings, part, self.origin,
                                          self._loss is None))
            frames = count_frames(part.read_bytes(), self.origin)
            self._check_length(frames, span)
        # The statistics last: a chunk counts as cached only when both files are whole.
        write_text(stats, json.dumps({"blocks": level.blocks, "true_peak_db": level.true_peak_db,
                                      "frames": frames.frames, "samples_per_frame": frames.samples_per_frame}))
        return Chunk(mp3=mp3, level=level, frames=frames, source_start=span.source_start, gain_db=gain_db)

    def _measured(self, measured: Measured) -> Level:
        """The MP3's statistics: decoded (and the encoder's loss learnt from them), or the PCM's less that loss."""
        if measured.decoded is not None:
            self._loss = self._loss or _EncoderLoss.of(measured)
            return measured.decoded
        assert self._loss is not None  # an encode decodes until the loss is known
        return self._loss.applied(measured.mastered)

    def _check_length(self, frames: FrameCount, span: _Span) -> None:
        """Refuse a chunk shorter than its audio: ffmpeg's tee muxer exits 0 when a full disk cut the file."""
        heard = frames.frames * frames.samples_per_frame
        expected = span.length // 2 * self.settings.sample_rate // self.source_rate
        if heard < expected:
            raise AudioError(f"the encoder wrote {heard / self.settings.sample_rate:.1f} s of "
                             f"{expected / self.settings.sample_rate:.1f} s of audio", origin=self.origin,
                             hint="check free disk space and run again; finished parts are kept")


def _read_chunk(mp3: Path, stats: Path, source_start: int, gain_db: float | None) -> Chunk | None:
    """A cached chunk when its statistics (written last) and its MP3 are both there."""
    try:
        fields = json.loads(stats.read_text(encoding="utf-8"))
        level = Level(blocks=tuple(fields["blocks"]), true_peak_db=float(fields["true_peak_db"]))
        frames = FrameCount(int(fields["frames"]), int(fields["samples_per_frame"]))
        if not mp3.is_file():
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Chunk(mp3=mp3, level=level, frames=frames, source_start=source_start, gain_db=gain_db)


def frames_of(chunks: tuple[Chunk, ...]) -> Iterator[bytes]:
    """The chunks' MP3 bytes in order, a chunk at a time."""
    for chunk in chunks:
        yield chunk.mp3.read_bytes()


def slope(tried: list[tuple[float, float]], first: float = 1.0) -> float:
    """LU gained per dB of gain: first at first, then as the last two encodes showed (less where the compressor
    works harder)."""
    if len(tried) < 2 or tried[-1][0] == tried[-2][0]:
        return first
    (gain_before, lufs_before), (gain, lufs) = tried[-2], tried[-1]
    return min(1.0, max(0.2, (lufs - lufs_before) / (gain - gain_before)))
