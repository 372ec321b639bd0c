"""Takes -> Episode: assemble and master the takes, encode the MP3, tag it, write transcripts.

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
import time
from pathlib import Path

from narrator.audio.assemble import Assembly, assemble
from narrator.audio.master import ffmpeg_path, master_to_mp3
from narrator.audio.naming import episode_file, episode_guid, slugify
from narrator.audio.tags import TagInfo, write_tags
from narrator.audio.transcripts import sidecar, write_transcripts
from narrator.config import AudioSettings
from narrator.files import atomic_path
from narrator.model import Episode, Takes

__all__ = [
    "Assembly", "assemble", "episode_file", "episode_guid", "produce", "sidecar", "slugify",
]

log = logging.getLogger(__name__)


def _voice_label(takes: Takes) -> str:
    """Profile, engine and the voice that spoke: "platform (pyttsx3:gmw/en-us)", never "auto"."""
    profile = takes.profile
    return f"{profile.name} ({profile.engine}:{takes.voice.id if takes.voice else profile.voice})"


def produce(takes: Takes, settings: AudioSettings, episodes_dir: Path) -> Episode:
    """Assemble, master (per episode), encode, tag and transcribe takes into episodes_dir."""
    ffmpeg_path()  # fail before any work when ffmpeg is missing
    script = takes.script
    started = time.perf_counter()
    joined = assemble(takes)
    duration_s = joined.audio.duration_s
    slug = slugify(script.meta.title)
    mp3 = episodes_dir / episode_file(script, takes.profile, settings)
    # Sidecars first: an MP3 on disk always has its transcripts beside it.
    rerender = mp3.exists()
    sidecars = write_transcripts(mp3, joined.cues, joined.chapters)
    try:
        with atomic_path(mp3) as tmp:
            loudness = master_to_mp3(joined.audio, settings, tmp, script.origin)
            write_tags(tmp, script.meta, joined.chapters, TagInfo(_voice_label(takes), duration_s, settings.cover))
    except BaseException:
        if not rerender:  # no MP3 came of it: leave no transcripts without one
            for path in sidecars:
                path.unlink(missing_ok=True)
        raise
    log.info("%s: %.1f s episode written to %s in %.1f s", script.origin, duration_s, mp3,
             time.perf_counter() - started)
    return Episode(
        guid=episode_guid(script.meta.url, script.origin, script.meta.title),
        slug=slug,
        meta=script.meta,
        mp3=mp3,
        duration_s=duration_s,
        size_bytes=mp3.stat().st_size,
        chapters=joined.chapters,
        cues=joined.cues,
        source_hash=script.source_hash,
        voice=_voice_label(takes),
        loudness_lufs=loudness,
    )
