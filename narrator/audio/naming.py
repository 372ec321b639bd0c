"""File names and GUIDs: a slug from the title, a content hash, a GUID stable per article."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from pathlib import Path

from narrator.config import AudioSettings
from narrator.model import Script, VoiceProfile

MAX_SLUG = 60
GUID_PREFIX = "urn:narrator:"


def slugify(title: str) -> str:
    """ASCII, lowercase, hyphen-separated, at most 60 characters, never empty."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        cut = slug[:MAX_SLUG]
        # Cut on a word boundary when one is near, so slugs do not end mid-word.
        slug = cut.rsplit("-", 1)[0] if "-" in cut[MAX_SLUG // 2 :] else cut
    return slug.strip("-") or "episode"


def episode_file(script: Script, profile: VoiceProfile, settings: AudioSettings, revision: str = "") -> str:
    """The MP3's name, <slug>-<hash>.mp3: known before any synthesis, so unchanged work can be skipped."""
    return f"{slugify(script.meta.title)}-{render_hash(script, profile, settings, revision)}.mp3"


def render_hash(script: Script, profile: VoiceProfile, settings: AudioSettings, revision: str = "") -> str:
    """First 10 hex of sha256 over what is heard: spoken texts, pauses, the voice (and the revision of its
    files, when they are the user's) and the mastering."""
    material: dict[str, object] = {
        "segments": [[segment.text, segment.pause_after_ms] for segment in script.segments],
        "profile": [profile.name, profile.engine, profile.voice, profile.rate],
        # Mastering settings change the file too; podcast apps cache by URL, so they rename it.
        "audio": [settings.sample_rate, settings.bitrate, settings.loudness_lufs, settings.true_peak_db],
    }
    if revision:  # only then: the names of episodes made with installed voices stay as they were
        material["voice_files"] = revision
    blob = json.dumps(material, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:10]


def guid_key(url: str | None, origin: str, title: str) -> str:
    """What identifies an article: its URL, else its file's absolute path, else (stdin) its title."""
    if url:
        return url.strip()
    if origin == "-":
        # Every stdin article has the same origin; the title tells them apart.
        return "stdin:" + title.strip()
    path = Path(origin)
    # The same file named from another folder ("a.md" vs "./docs/a.md") is the same article.
    return str(path.resolve()) if path.exists() else origin.strip()


def episode_guid(url: str | None, origin: str, title: str = "") -> str:
    """urn:narrator: + first 32 hex of sha256(guid_key): the same for every render of an article."""
    # A file name that is not UTF-8 reaches us with surrogate escapes ("caf\udce9.md"); it still names one file.
    return GUID_PREFIX + hashlib.sha256(guid_key(url, origin, title).encode("utf-8", "surrogatepass")).hexdigest()[:32]
