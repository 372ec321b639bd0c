"""The episode catalog: one SQLite file (output/catalog.sqlite), one row per GUID."""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from narrator.errors import PublishError
from narrator.model import SIDECAR_SUFFIXES, Chapter, Cue, Episode, xml_text

log = logging.getLogger(__name__)

CATALOG_NAME = "catalog.sqlite"
EPISODES_DIR = "episodes"
SCHEMA_VERSION = 4

_SCHEMA_V1 = """
CREATE TABLE episodes (
    guid TEXT PRIMARY KEY,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    authors TEXT NOT NULL,
    published TEXT,
    language TEXT NOT NULL,
    url TEXT,
    image TEXT,
    description TEXT,
    file TEXT NOT NULL,
    duration_s REAL NOT NULL,
    size_bytes INTEGER NOT NULL,
    chapters TEXT NOT NULL,
    cues TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    voice TEXT NOT NULL,
    loudness_lufs REAL,
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX episodes_source_hash ON episodes (source_hash);
"""

# Version 2: what was sent where (the deploy manifest), and the article feeds read or followed.
_SCHEMA_V2 = """
CREATE TABLE deployed (
    target TEXT NOT NULL,
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (target, path)
);
CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    followed INTEGER NOT NULL,
    title TEXT,
    etag TEXT,
    last_modified TEXT,
    added_at TEXT NOT NULL,
    checked_at TEXT
);
CREATE TABLE feed_items (
    feed_url TEXT NOT NULL,
    item_key TEXT NOT NULL,
    updated TEXT NOT NULL,
    state TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_url, item_key)
);
"""
# Version 3: the render key, so that an unchanged article is skipped without being read again.
_SCHEMA_V3 = """
ALTER TABLE episodes ADD COLUMN render_key TEXT;
"""
# Version 4: the language a followed feed's articles are read in, chosen when following it (NULL: their own).
_SCHEMA_V4 = """
ALTER TABLE feeds ADD COLUMN language TEXT;
"""
_MIGRATIONS = {1: _SCHEMA_V1, 2: _SCHEMA_V2, 3: _SCHEMA_V3, 4: _SCHEMA_V4}
"""The statements that bring a catalog from the version before to this one."""


@dataclass(frozen=True)
class EpisodeRecord:
    """One catalogued episode: what the feed and the site need, and what the pipeline checks to skip."""

    guid: str
    slug: str
    title: str
    authors: tuple[str, ...]
    published: str | None
    language: str
    url: str | None
    image: str | None
    description: str | None
    file: str
    """The MP3's name inside output/episodes/."""
    duration_s: float
    size_bytes: int
    chapters: tuple[Chapter, ...]
    cues: tuple[Cue, ...]
    source_hash: str
    voice: str
    loudness_lufs: float | None
    added_at: str
    """When the GUID was first recorded (ISO 8601 UTC); the publication date when the article has none."""
    updated_at: str
    render_key: str | None = None
    """What the pipeline rendered this from (source and settings hashed): equal next time means unchanged."""

    @property
    def stem(self) -> str:
        """The file name without .mp3: sidecars are <stem>.vtt and so on."""
        return self.file.removesuffix(".mp3")


_COLUMNS = tuple(f.name for f in fields(EpisodeRecord))
"""The table's columns: EpisodeRecord's fields, in order."""
_UPSERT = (
    f"INSERT OR REPLACE INTO episodes ({', '.join(_COLUMNS)}) VALUES ({', '.join(':' + c for c in _COLUMNS)})"
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def catalog_path(output_dir: Path) -> Path:
    """Where the catalog of output_dir lives."""
    return output_dir / CATALOG_NAME


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Create or upgrade the schema in place; refuse a catalog written by a newer narrator."""
    if _version(conn) == SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")  # another process may be creating it at the same moment
    try:
        version = _version(conn)
        if version > SCHEMA_VERSION:
            raise PublishError(f"catalog schema {version} is newer than this narrator's ({SCHEMA_VERSION})",
                               origin=str(path), hint="upgrade narrator")
        for step in range(version + 1, SCHEMA_VERSION + 1):
            for statement in filter(str.strip, _MIGRATIONS[step].split(";")):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


@contextlib.contextmanager
def connect(output_dir: Path) -> Iterator[sqlite3.Connection]:
    """Open (creating if needed) the catalog; autocommit mode, transactions are explicit."""
    path = catalog_path(output_dir)
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise PublishError(f"cannot open the catalog ({exc})", origin=str(path),
                           hint="check that the output folder is writable") from exc
    try:
        conn.row_factory = sqlite3.Row
        _migrate(conn, path)
        yield conn
    except sqlite3.DatabaseError as exc:
        raise PublishError(f"catalog error ({exc})", origin=str(path),
                           hint="restore it, or delete it and narrate again") from exc
    finally:
        conn.close()


def _row(episode: Episode, file: str, added_at: str, now: str, render_key: str | None) -> dict[str, Any]:
    meta = episode.meta
    return {
        "guid": episode.guid, "slug": episode.slug, "title": meta.title,
        "authors": json.dumps(list(meta.authors), ensure_ascii=False), "published": meta.published,
        "language": meta.language, "url": meta.url, "image": meta.image, "description": meta.description,
        "file": file, "duration_s": episode.duration_s, "size_bytes": episode.size_bytes,
        "chapters": json.dumps([[c.title, c.start_s] for c in episode.chapters], ensure_ascii=False),
        "cues": json.dumps([[c.start_s, c.end_s, c.text] for c in episode.cues], ensure_ascii=False),
        "source_hash": episode.source_hash, "voice": episode.voice, "loudness_lufs": episode.loudness_lufs,
        "added_at": added_at, "updated_at": now, "render_key": render_key,
    }


def _record(row: sqlite3.Row) -> EpisodeRecord:
    # Text is cleaned on the way out as well as in: a catalog written before Documents were cleaned may hold
    # control characters, and one such row must not break every later feed.
    values: dict[str, Any] = {key: xml_text(v) if isinstance(v, str) else v for key, v in dict(row).items()}
    values["authors"] = tuple(xml_text(name) for name in json.loads(values["authors"]))
    values["chapters"] = tuple(Chapter(xml_text(title), start) for title, start in json.loads(values["chapters"]))
    values["cues"] = tuple(Cue(start, end, xml_text(text)) for start, end, text in json.loads(values["cues"]))
    return EpisodeRecord(**values)


def _episode_file(episode: Episode, output_dir: Path) -> str:
    """The MP3's name, checked to be inside output_dir/episodes where the feed points, and to be there."""
    episodes_dir = (output_dir / EPISODES_DIR).resolve()
    if episode.mp3.resolve().parent != episodes_dir:
        raise PublishError(f"episode file is not in {episodes_dir}", origin=str(episode.mp3),
                           hint="write episodes to the output folder's episodes/")
    # Recording an MP3 that is not there would delete the render it replaces and leave the feed with neither.
    if not (episodes_dir / episode.mp3.name).is_file():
        raise PublishError(f"episode file is missing from {episodes_dir}", origin=str(episode.mp3),
                           hint="narrate the article again; the earlier episode is kept")
    return episode.mp3.name


def upsert(output_dir: Path, episode: Episode, render_key: str | None = None) -> str | None:
    """Insert or update the episode by GUID in one transaction; return a file name no longer used."""
    file = _episode_file(episode, output_dir)
    with connect(output_dir) as conn:
        conn.execute("BEGIN IMMEDIATE")  # take the write lock now: parallel workers record too
        try:
            query = "SELECT file, added_at FROM episodes WHERE guid = ?"
            old = conn.execute(query, (episode.guid,)).fetchone()
            now = _now()
            row = _row(episode, file, old["added_at"] if old else now, now, render_key)
            conn.execute(_UPSERT, row)
            orphan = old["file"] if old and old["file"] != file else None
            if orphan and conn.execute("SELECT 1 FROM episodes WHERE file = ?", (orphan,)).fetchone():
                orphan = None  # another article renders to the same file; keep it
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return orphan


def delete(output_dir: Path, guid: str) -> str | None:
    """Take the episode with this GUID out of the catalog; return its file name when no other episode uses it."""
    with connect(output_dir) as conn:
        conn.execute("BEGIN IMMEDIATE")
        try:
            row = conn.execute("SELECT file FROM episodes WHERE guid = ?", (guid,)).fetchone()
            conn.execute("DELETE FROM episodes WHERE guid = ?", (guid,))
            shared = row and conn.execute("SELECT 1 FROM episodes WHERE file = ?", (row["file"],)).fetchone()
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return None if row is None or shared else str(row["file"])


def remove_files(output_dir: Path, file: str) -> None:
    """Delete an MP3 that no episode uses any more, and its sidecars."""
    stem = file.removesuffix(".mp3")
    for name in (file, *(stem + suffix for suffix in SIDECAR_SUFFIXES)):
        path = output_dir / EPISODES_DIR / name
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("%s: could not delete the replaced file (%s)", path, exc)


@dataclass(frozen=True)
class Render:
    """What the pipeline needs to skip an unchanged article: a catalogued file and what it was made from."""

    file: str
    source_hash: str
    render_key: str | None


def renders(output_dir: Path) -> list[Render]:
    """Every catalogued episode's file, source hash and render key, in one query."""
    if not catalog_path(output_dir).exists():
        return []
    with connect(output_dir) as conn:
        rows = conn.execute("SELECT file, source_hash, render_key FROM episodes").fetchall()
    return [Render(row["file"], row["source_hash"], row["render_key"]) for row in rows]


def remember_render(output_dir: Path, file: str, render_key: str) -> None:
    """Note that the episodes in file were found unchanged under render_key, to be skipped sooner next time."""
    with connect(output_dir) as conn:
        conn.execute("UPDATE episodes SET render_key = ? WHERE file = ?", (render_key, file))


def find(output_dir: Path, guid: str) -> EpisodeRecord | None:
    """The catalogued episode with this GUID, or None."""
    if not catalog_path(output_dir).exists():
        return None
    with connect(output_dir) as conn:
        row = conn.execute("SELECT * FROM episodes WHERE guid = ?", (guid,)).fetchone()
    return _record(row) if row else None


def find_by_source(output_dir: Path, source_hash: str) -> list[EpisodeRecord]:
    """Episodes made from source bytes with this sha256."""
    if not catalog_path(output_dir).exists():
        return []
    with connect(output_dir) as conn:
        rows = conn.execute("SELECT * FROM episodes WHERE source_hash = ?", (source_hash,)).fetchall()
    return [_record(row) for row in rows]


def episodes(output_dir: Path) -> list[EpisodeRecord]:
    """Every episode, newest first (publication date, else when first recorded)."""
    if not catalog_path(output_dir).exists():
        return []
    with connect(output_dir) as conn:
        rows = conn.execute(
            "SELECT * FROM episodes ORDER BY COALESCE(published, added_at) DESC, added_at DESC, guid"
        ).fetchall()
    return [_record(row) for row in rows]
