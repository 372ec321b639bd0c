"""Episode -> the catalog, feed.xml, index.html, and a server for podcast apps.

- ``record`` upserts an episode by GUID in output/catalog.sqlite; when a re-render changed the MP3's
  name, the old MP3 and its transcripts are deleted once the new row is committed.
- ``find`` answers "is this article already done?" (source hash, voice) before any synthesis.
- ``cover`` writes output/cover.jpg (publish.image converted, or made from the title) for feed and MP3s.
- ``publish`` rebuilds cover.jpg, feed.xml and index.html from the catalog, each replaced in one rename; an
  episode whose MP3 was deleted by hand is dropped from the catalog then (one warning, not one per run).
- ``remove`` takes an episode out of the catalog and deletes its files.
- ``check`` lists what podcast directories would object to in the published show.
- ``serve`` serves the output folder with podcast content types and HTTP Range support.
- ``follow``, ``followed``, ``feed_state`` and ``remember_feed`` keep the article feeds read or followed, and
  which of their items were narrated, in the catalog.
- ``deploy`` mirrors the output folder to static hosting (file://, sftp://, s3://): what changed, feed last.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from narrator.config import PublishSettings
from narrator.errors import PublishError
from narrator.model import Episode
from narrator.publish import catalog
from narrator.publish.artwork import write_cover
from narrator.publish.catalog import EpisodeRecord, Render, catalog_path, remember_render, renders
from narrator.publish.deploy import DeployReport, OnSending, deploy
from narrator.publish.feed import write_feed
from narrator.publish.following import FeedState, feed_state, follow, followed, unfollow
from narrator.publish.following import remember as remember_feed
from narrator.publish.readiness import Finding, blocking, check
from narrator.publish.site import write_site

if TYPE_CHECKING:
    from narrator.publish.server import make_server, serve

__all__ = [
    "DeployReport", "EpisodeRecord", "FeedState", "Finding", "OnSending", "Render", "blocking", "catalog_path",
    "check", "cover", "deploy", "episodes", "feed_state", "find", "find_by_source", "follow", "followed",
    "make_server", "publish", "record", "remember_feed", "remember_render", "remove", "renders", "serve", "unfollow",
]

log = logging.getLogger(__name__)


def __getattr__(name: str) -> Any:
    """make_server and serve, imported on first use: the server module's http.server costs 15 ms to import at
    every start, and only `narrator serve` needs it."""
    if name in ("make_server", "serve"):
        from narrator.publish import server

        return getattr(server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def record(episode: Episode, settings: PublishSettings, output_dir: Path, render_key: str | None = None) -> None:
    """Add or update the episode in the catalog; delete files a re-render replaced, after the commit.

    render_key is what the pipeline rendered it from: the same key next time means the article is unchanged.
    """
    orphan = catalog.upsert(output_dir, episode, render_key)
    if orphan is not None:
        log.info("%s: replaced %s with %s", episode.guid, orphan, episode.mp3.name)
        catalog.remove_files(output_dir, orphan)


def find(output_dir: Path, guid: str) -> EpisodeRecord | None:
    """The catalogued episode with this GUID (with its source_hash and voice), or None."""
    return catalog.find(output_dir, guid)


def find_by_source(output_dir: Path, source_hash: str) -> list[EpisodeRecord]:
    """Catalogued episodes made from these exact source bytes."""
    return catalog.find_by_source(output_dir, source_hash)


def episodes(output_dir: Path) -> list[EpisodeRecord]:
    """Every catalogued episode, newest first."""
    return catalog.episodes(output_dir)


def remove(output_dir: Path, guid: str) -> None:
    """Take an episode out of the catalog and delete its MP3 and sidecars (publish then rebuilds the feed)."""
    file = catalog.delete(output_dir, guid)
    if file is not None:
        catalog.remove_files(output_dir, file)


def _on_disk(record: EpisodeRecord, output_dir: Path) -> bool:
    """An episode whose MP3 was deleted by hand leaves the catalog, once: listeners would get a 404."""
    if (output_dir / catalog.EPISODES_DIR / record.file).is_file():
        return True
    log.warning("%s was deleted; episode %r is taken out of the catalog and feed (narrate the article again "
                "to bring it back)", record.file, record.title)
    remove(output_dir, record.guid)
    return False


def cover(settings: PublishSettings, output_dir: Path) -> bytes:
    """Write output/cover.jpg (the user's image converted, or one made from the title); return its bytes.

    Empty when publish.image is a URL: that image is named in the feed as it is and not embedded.
    """
    path = write_cover(settings, output_dir)
    return path.read_bytes() if path is not None else b""


def publish(output_dir: Path, settings: PublishSettings) -> list[Path]:
    """Rebuild cover.jpg, feed.xml and index.html from the settings and the catalog; return the files written."""
    records = [r for r in catalog.episodes(output_dir) if _on_disk(r, output_dir)]
    artwork = write_cover(settings, output_dir)
    try:
        written = [write_feed(records, settings, output_dir), write_site(records, settings, output_dir)]
    except OSError as exc:
        raise PublishError(f"cannot write the feed or site ({exc})", origin=str(output_dir),
                           hint="check free space and permissions; the previous files are intact") from exc
    log.info("published %d episodes to %s", len(records), output_dir)
    return [artwork, *written] if artwork is not None else written
