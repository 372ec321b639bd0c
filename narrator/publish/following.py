"""Article feeds in the catalog: which are followed, the validators to ask whether each changed, and which of
their items were narrated (or passed over on a first run), so unchanged items are never fetched again."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from narrator.model import Feed, FeedItem
from narrator.publish import catalog

log = logging.getLogger(__name__)

NARRATED = "narrated"
PASSED = "passed"
"""Older than the newest --limit items when the feed was first read: never narrated."""


@dataclass(frozen=True)
class FeedState:
    """What the catalog remembers of one feed."""

    url: str
    title: str | None
    followed: bool
    etag: str | None
    last_modified: str | None
    items: dict[str, str]
    """Item key (GUID, else link) -> the updated date it had when narrated or passed over."""
    language: str = ""
    """The language its articles are read in, chosen when following it (`follow --language`); "" for their own."""

    @property
    def first_read(self) -> bool:
        """Never read before: a first run narrates only the newest items."""
        return not self.items


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def follow(output_dir: Path, url: str, title: str, language: str | None = None) -> bool:
    """Remember url as followed, its articles read in language ("" for their own; None leaves it as it was); False
    when it already was followed."""
    with catalog.connect(output_dir) as conn:
        row = conn.execute("SELECT followed FROM feeds WHERE url = ?", (url,)).fetchone()
        if row is None:
            conn.execute("INSERT INTO feeds (url, followed, title, added_at) VALUES (?, 1, ?, ?)", (url, title, _now()))
        else:
            conn.execute("UPDATE feeds SET followed = 1, title = ? WHERE url = ?", (title, url))
        if language is not None:
            conn.execute("UPDATE feeds SET language = ? WHERE url = ?", (language or None, url))
    return row is None or not row["followed"]


def unfollow(output_dir: Path, url: str) -> bool:
    """Stop following url (its narrated items stay remembered, so following it again narrates none twice; the
    language chosen for it is forgotten, so following it again reads its articles in their own unless told); False
    when it was not followed."""
    with catalog.connect(output_dir) as conn:
        changed = conn.execute("UPDATE feeds SET followed = 0, language = NULL WHERE url = ? AND followed = 1",
                               (url,)).rowcount
    return bool(changed)


def followed(output_dir: Path) -> list[FeedState]:
    """The followed feeds, in the order they were followed."""
    if not catalog.catalog_path(output_dir).exists():
        return []
    with catalog.connect(output_dir) as conn:
        urls = [row["url"] for row in conn.execute("SELECT url FROM feeds WHERE followed = 1 ORDER BY added_at, url")]
    return [feed_state(output_dir, url) for url in urls]


def feed_state(output_dir: Path, url: str) -> FeedState:
    """What the catalog remembers of url (nothing, for a feed never read)."""
    with catalog.connect(output_dir) as conn:
        row = conn.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone()
        items = {r["item_key"]: r["updated"] for r in conn.execute(
            "SELECT item_key, updated FROM feed_items WHERE feed_url = ?", (url,))}
    if row is None:
        return FeedState(url, None, False, None, None, items)
    return FeedState(url, row["title"], bool(row["followed"]), row["etag"], row["last_modified"], items,
                     row["language"] or "")


def remember(output_dir: Path, feed: Feed, narrated: Iterable[FeedItem], passed: Iterable[FeedItem],
             complete: bool) -> None:
    """Record items narrated or passed over; keep the feed's validators only when nothing is left to do."""
    now = _now()
    rows = [(feed.url, item.key, item.updated, NARRATED, now) for item in narrated]
    rows += [(feed.url, item.key, item.updated, PASSED, now) for item in passed]
    # Without validators the next run reads the whole feed, and so retries an item that failed this time.
    etag, modified = (feed.etag, feed.last_modified) if complete else (None, None)
    with catalog.connect(output_dir) as conn:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany("INSERT OR REPLACE INTO feed_items VALUES (?, ?, ?, ?, ?)", rows)
            conn.execute("INSERT OR IGNORE INTO feeds (url, followed, added_at) VALUES (?, 0, ?)", (feed.url, now))
            conn.execute("UPDATE feeds SET title = COALESCE(?, title), etag = ?, last_modified = ?, checked_at = ? "
                         "WHERE url = ?", (feed.title or None, etag, modified, now, feed.url))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
