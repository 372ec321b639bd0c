"""Takes -> Episode: assemble, master and encode the takes as they come, tag the MP3, write transcripts.

File names and GUIDs:
- ``<slug>-<hash>.mp3``: the slug comes from the title; the hash (10 hex of sha256) covers what is
  heard (spoken texts, pauses, the voice profile and the mastering settings), so a re-rendered
  episode gets a new URL and podcast apps download it again.
- GUID ``urn:narrator:<32 hex>``: sha256 of the article URL; without one, of the source file's
  absolute path (of the title for stdin), so it stays the same however often the article is
  re-rendered or from which folder it is named.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from narrator.audio.assemble import Assembler
from narrator.audio.chunks import (
    ENDING_TAKES,
    ChunkEncoder,
    Encoded,
    frames_of,
    gain_key,
    loss_key,
    record_gain,
    record_loss,
    recorded_gain,
    recorded_loss,
    slope,
)
from narrator.audio.master import encoder_identity, ffmpeg_path
from narrator.audio.naming import episode_file, episode_guid, slugify
from narrator.audio.tags import TagInfo, write_tags
from narrator.audio.transcripts import sidecar, write_transcripts
from narrator.config import AudioSettings
from narrator.errors import AudioError
from narrator.files import atomic_path
from narrator.loudness import integrated
from narrator.model import Chapter, Cue, Episode, Script, Take, Takes

__all__ = ["episode_file", "episode_guid", "produce", "sidecar", "slugify"]

log = logging.getLogger(__name__)

TOLERANCE_LU = 0.3
"""Encode again with a corrected gain when the episode misses the target by more than this."""
RETRIES = 3
"""Corrected encodes at most: one is usually enough (near the target a dB of gain is nearly a LU)."""


def _voice_label(takes: Takes) -> str:
    """Profile, engine and the voice that spoke: "platform (pyttsx3:gmw/en-us)", never "auto"."""
    profile = takes.profile
    return f"{profile.name} ({profile.engine}:{takes.voice.id if takes.voice else profile.voice})"


@dataclass(frozen=True)
class _Rendered:
    """The encoded chunks with the chapters and cues timed as the MP3 plays them."""

    encoded: Encoded
    chapters: tuple[Chapter, ...]
    cues: tuple[Cue, ...]


def produce(takes: Takes, settings: AudioSettings, episodes_dir: Path, cache_dir: Path | None = None,
            machine_dir: Path | None = None) -> Episode:
    """Assemble, master (per episode), encode, tag and transcribe takes into episodes_dir.

    takes.takes may be a stream: it is read once, take by take, and closed here whatever happens.
    cache_dir keeps encoded chunks and the gain each voice needs; without it nothing is reused. machine_dir
    keeps what this machine's encoder takes from each voice, for every output folder (see chunks.LOSSES_FILE).
    """
    script = takes.script
    try:
        ffmpeg_path()  # fail before any work when ffmpeg is missing
        started = time.perf_counter()
        mp3 = episodes_dir / episode_file(script, takes.profile, settings, takes.voice.revision if takes.voice else "")
        key = gain_key(f"{takes.profile.engine}:{takes.profile.voice}:{takes.profile.rate:g}", settings)
        losses = loss_key(key, encoder_identity()) if machine_dir is not None else ""
        with ChunkEncoder(settings, cache_dir, script.origin, recorded_gain(cache_dir, key),
                          recorded_loss(machine_dir, losses)) as encoder:
            rendered = _render(takes, settings, encoder)
            record_gain(cache_dir, key, rendered.encoded.gain_db)
            record_loss(machine_dir, losses, encoder.loss)
            _write(mp3, rendered, script, TagInfo(_voice_label(takes), rendered.encoded.duration_s, settings.cover))
    except OSError as exc:
        raise _disk_error(exc, script.origin) from exc
    finally:
        _close(takes.takes)
    encoded = rendered.encoded
    log.info("%.1f s episode written to %s in %.1f s", encoded.duration_s, mp3, time.perf_counter() - started)
    return Episode(
        guid=episode_guid(script.meta.url, script.origin, script.meta.title),
        slug=slugify(script.meta.title),
        meta=script.meta,
        mp3=mp3,
        duration_s=encoded.duration_s,
        size_bytes=mp3.stat().st_size,
        chapters=rendered.chapters,
        cues=rendered.cues,
        source_hash=script.source_hash,
        voice=_voice_label(takes),
        loudness_lufs=encoded.lufs if encoded.gain_db is not None else None,
    )


def _render(takes: Takes, settings: AudioSettings, encoder: ChunkEncoder) -> _Rendered:
    """Place, chunk and encode the takes as they come; encode again if the result misses the target."""
    script = takes.script
    assembler = Assembler(script.origin, script.meta.title)
    ending = len(script.segments) - 1 - ENDING_TAKES
    chars, said = sum(len(segment.text) for segment in script.segments), 0
    for index, take in enumerate(takes.takes):
        encoder.add(assembler.place(take), assembler.sample_rate)
        said += len(take.segment.text)
        if index >= ending:  # every take after it is being voiced now: encode what is placed while they are
            seconds_per_char = assembler.frames / max(assembler.sample_rate, 1) / max(said, 1)
            encoder.flush(to_come_s=(chars - said) * seconds_per_char)
    if not assembler.cues:
        raise AudioError("nothing to narrate: there are no takes", origin=script.origin,
                         hint="check that the article has text")
    encoded = encoder.finish()
    source_lufs = integrated(encoder.blocks)
    tried: list[tuple[float, float]] = []
    for _ in range(RETRIES):
        if not math.isfinite(source_lufs):
            log.warning("%s: the episode is silent; it is encoded without loudness normalisation", script.origin)
            break
        miss = settings.loudness_lufs - encoded.lufs
        if encoded.gain_db is not None and abs(miss) <= TOLERANCE_LU:
            break
        if encoded.gain_db is None:
            gain = settings.loudness_lufs - source_lufs
        else:
            tried.append((encoded.gain_db, encoded.lufs))
            gain = encoded.gain_db + miss / slope(tried, first=encoder.slope)
        log.debug("%s: %.2f LUFS at gain %s; encoding again at %.2f dB", script.origin, encoded.lufs,
                  encoded.gain_db, gain)
        encoded = encoder.again(round(gain, 2))
    log.debug("%s: loudness %.1f -> %.1f LUFS, true peak %.1f dBTP (gain %s dB)", script.origin, source_lufs,
              encoded.lufs, encoded.true_peak_db, encoded.gain_db)
    chapters = tuple(Chapter(c.title, encoded.mp3_time(c.start_s)) for c in assembler.chapters)
    # replace() keeps each cue's sentences for the captions.
    cues = tuple(replace(c, start_s=encoded.mp3_time(c.start_s),
                         end_s=encoded.mp3_time(c.start_s) + c.end_s - c.start_s) for c in assembler.cues)
    return _Rendered(encoded, chapters, cues)


def _write(mp3: Path, rendered: _Rendered, script: Script, tag: TagInfo) -> None:
    """Transcripts, then the MP3 (the chunks' frames and the tag) in one rename; no partial files left."""
    rerender = mp3.exists()
    # Sidecars first: an MP3 on disk always has its transcripts beside it.
    sidecars: list[Path] = []
    try:
        sidecars = write_transcripts(mp3, rendered.cues, rendered.chapters)
        with atomic_path(mp3) as tmp:
            with tmp.open("wb") as out:
                for data in frames_of(rendered.encoded.chunks):
                    out.write(data)
            write_tags(tmp, script.meta, rendered.chapters, tag)
    except BaseException:
        if not rerender:  # no MP3 came of it: leave no transcripts without one
            for path in sidecars:
                path.unlink(missing_ok=True)
        raise


def _close(takes: Iterable[Take]) -> None:
    """Close a stream of takes, so that synthesis stops and its threads end."""
    close = getattr(takes, "close", None)
    if callable(close):
        close()


def _disk_error(exc: OSError, origin: str) -> AudioError:
    """A failed write as the one-line error the user can act on."""
    return AudioError(f"could not write the episode ({exc.strerror or exc})", origin=origin,
                      hint="free some disk space (or check permissions) and run again; finished parts are kept")
