"""Mirror the output folder to static hosting through fsspec: file://, sftp:// and s3://, the feed last.

Only what changed is sent: the catalog keeps a manifest per target of each file's size and sha256 as sent.
Audio and sidecars go first and feed.xml and index.html last, so a listener never sees a feed that points
at a file not there yet; files a re-render replaced are deleted remotely only after the new feed is up.
The catalog, the cache and temporary files never leave the machine.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from narrator.config import PublishSettings
from narrator.errors import ConfigError, PublishError
from narrator.publish import catalog

log = logging.getLogger(__name__)

LAST = ("feed.xml", "index.html")
"""Sent after everything else, in this order: they point at the other files."""
TIMEOUT_S = 30.0
"""Seconds to wait for a server to connect or answer."""
_SCHEMES = ("file", "sftp", "s3")


@dataclass(frozen=True)
class DeployReport:
    """What one deploy did."""

    target: str
    sent: tuple[str, ...]
    """Paths relative to the output folder, in the order they were sent."""
    deleted: tuple[str, ...]
    unchanged: int
    bytes_sent: int


@dataclass(frozen=True)
class _Sent:
    """A manifest row: what the target holds at path, as sent from here."""

    size: int
    sha256: str
    mtime_ns: int


OnSending = Callable[[str, int, int], None]
"""Told each file as its upload starts: its path in the show, its number, and how many are to be sent."""


def deploy(output_dir: Path, target: str, settings: PublishSettings, on_sending: OnSending | None = None
           ) -> DeployReport:
    """Send what changed in output_dir to target, feed last, then delete files no longer published."""
    target = target.rstrip("/")
    local = local_files(output_dir)
    fs, root = _open(target, output_dir, settings)
    manifest = _manifest(output_dir, target)
    remote = _remote_sizes(fs, root, target)
    todo: list[tuple[str, _Sent]] = []
    for rel, path in local.items():
        sent = manifest.get(rel)
        current = _current(path, sent)
        if sent is not None and sent.sha256 == current.sha256 and remote.get(rel) == current.size:
            if sent != current:
                _remember(output_dir, target, rel, current)  # touched but unchanged: not hashed again
            continue
        todo.append((rel, current))
    todo.sort(key=lambda item: (LAST.index(item[0]) if item[0] in LAST else -1, item[0]))
    uploader = _Uploader(fs, root, target, len(todo))
    for number, (rel, entry) in enumerate(todo, 1):
        if on_sending is not None:
            on_sending(rel, number, len(todo))
        uploader.send(local[rel], rel, number)
        _remember(output_dir, target, rel, entry)
    deleted = _delete_unpublished(fs, root, target, output_dir, [rel for rel in manifest if rel not in local])
    log.info("%s: sent %d files, deleted %d, %d unchanged", target, len(todo), len(deleted), len(local) - len(todo))
    return DeployReport(target=target, sent=tuple(rel for rel, _ in todo), deleted=tuple(deleted),
                        unchanged=len(local) - len(todo), bytes_sent=sum(entry.size for _, entry in todo))


def local_files(output_dir: Path) -> dict[str, Path]:
    """The files of the show: everything but the catalog and hidden files (.cache/, *.part), by relative path."""
    found: dict[str, Path] = {}
    for path in sorted(output_dir.rglob("*")) if output_dir.is_dir() else []:
        rel = path.relative_to(output_dir).as_posix()
        if not path.is_file() or any(part.startswith(".") for part in rel.split("/")):
            continue
        if rel.startswith(catalog.CATALOG_NAME) or rel.endswith(".part"):
            continue
        found[rel] = path
    return found


def content_type(name: str) -> str:
    """The Content-Type a podcast app expects for this file."""
    from narrator.publish.server import CONTENT_TYPES  # see narrator.publish.__getattr__

    suffix = Path(name).suffix.lower()
    return CONTENT_TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"


def _current(path: Path, sent: _Sent | None) -> _Sent:
    """The file's size, hash and mtime; the hash is taken from the manifest when size and mtime match."""
    stat = path.stat()
    if sent is not None and sent.size == stat.st_size and sent.mtime_ns == stat.st_mtime_ns:
        return sent
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return _Sent(stat.st_size, digest.hexdigest(), stat.st_mtime_ns)


def _open(target: str, output_dir: Path, settings: PublishSettings) -> tuple[Any, str]:
    """The fsspec filesystem for target and the root path inside it."""
    parts = urlsplit(target)
    if parts.scheme not in _SCHEMES:
        raise ConfigError(f"cannot deploy to {parts.scheme or 'a plain path'}", origin=target,
                          hint="use file:///path, sftp://user@host/path or s3://bucket/prefix")
    if parts.scheme == "file":
        return _open_local(target, output_dir)
    if parts.scheme == "sftp":
        from narrator.publish.sftp import open_sftp

        return open_sftp(target, TIMEOUT_S)
    return _open_s3(target, settings)


def _open_local(target: str, output_dir: Path) -> tuple[Any, str]:
    """A local folder (a mounted share, a web server's document root on this machine)."""
    from fsspec.implementations.local import LocalFileSystem

    root = Path(urlsplit(target).path)
    if root.resolve() == output_dir.resolve() or output_dir.resolve() in root.resolve().parents:
        raise ConfigError("the target is inside the output folder", origin=target,
                          hint="deploy to a folder outside the output folder")
    return LocalFileSystem(), root.as_posix().rstrip("/")


def _open_s3(target: str, settings: PublishSettings) -> tuple[Any, str]:
    """An S3 bucket (or an S3-compatible store at publish.s3_endpoint_url); credentials the usual AWS way."""
    try:
        import s3fs
    except ImportError as exc:
        raise ConfigError("s3:// needs s3fs", origin=target, hint="pip install 'narrator-podcast[s3]'") from exc
    parts = urlsplit(target)
    if not parts.netloc:
        raise ConfigError("no bucket named", origin=target, hint="use s3://bucket/prefix")
    fs = s3fs.S3FileSystem(endpoint_url=settings.s3_endpoint_url or None, skip_instance_cache=True,
                           config_kwargs={"connect_timeout": TIMEOUT_S, "read_timeout": TIMEOUT_S,
                                          "retries": {"max_attempts": 2}})
    root = (parts.netloc + parts.path).rstrip("/")
    try:
        fs.ls(parts.netloc)
    except FileNotFoundError as exc:
        raise PublishError("the bucket does not exist", origin=target, hint="create it, or check its name") from exc
    except _transfer_errors() as exc:
        raise PublishError(f"cannot reach the bucket ({_why(exc)})", origin=target,
                           hint="check the credentials (AWS_PROFILE or AWS_ACCESS_KEY_ID) and "
                                "publish.s3_endpoint_url") from exc
    return fs, root


def _transfer_errors() -> tuple[type[BaseException], ...]:
    """What a failed connection or upload raises, from whichever client libraries are installed."""
    errors: list[type[BaseException]] = [OSError, EOFError]
    try:
        import paramiko

        errors.append(paramiko.SSHException)
    except ImportError:
        pass
    try:
        from botocore.exceptions import BotoCoreError, ClientError

        errors.extend([BotoCoreError, ClientError])
    except ImportError:
        pass
    return tuple(errors)


def _why(exc: BaseException) -> str:
    """A short reason for a transfer error: its message, else its type."""
    return str(exc).strip() or type(exc).__name__


def _remote_sizes(fs: Any, root: str, target: str) -> dict[str, int]:
    """What the target holds under root, by relative path: a file missing there is sent again."""
    try:
        found = fs.find(root, detail=True)
    except FileNotFoundError:
        return {}
    except _transfer_errors() as exc:
        raise PublishError(f"cannot list the target ({_why(exc)})", origin=target,
                           hint="check the address and your permissions there") from exc
    prefix = root.rstrip("/") + "/"
    return {name[len(prefix):]: int(info.get("size") or 0) for name, info in found.items()
            if name.startswith(prefix)}


@dataclass
class _Uploader:
    """Sends files to one target, remembering the folders it made there (each check costs round trips)."""

    fs: Any
    root: str
    target: str
    total: int
    made: set[str] = field(default_factory=set)

    def send(self, path: Path, rel: str, number: int) -> None:
        """Upload one file; on a filesystem, to a hidden part file renamed into place so no one reads half of it."""
        log.info("%s: sending %s (%d of %d)", self.target, rel, number, self.total)
        remote = f"{self.root}/{rel}"
        try:
            if "s3" in _protocols(self.fs):
                self.fs.put_file(str(path), remote, ContentType=content_type(rel))  # S3 replaces objects whole
                return
            parent, name = remote.rsplit("/", 1)
            if parent not in self.made:
                self.fs.makedirs(parent, exist_ok=True)
                self.made.add(parent)
            self.fs.put_file(str(path), f"{parent}/.{name}.part")
            self.fs.mv(f"{parent}/.{name}.part", remote)
        except _transfer_errors() as exc:
            raise PublishError(f"sending {rel} failed ({_why(exc)}); {number - 1} of {self.total} files were sent",
                               origin=self.target, hint="run it again: what was sent is not sent twice") from exc


def _protocols(fs: Any) -> tuple[str, ...]:
    """The fsspec protocol names of fs."""
    protocol = fs.protocol
    return (protocol,) if isinstance(protocol, str) else tuple(protocol)


def _delete_unpublished(fs: Any, root: str, target: str, output_dir: Path, stale: list[str]) -> list[str]:
    """Delete files this narrator sent that the show no longer has; a failure waits for the next run."""
    deleted = []
    for rel in sorted(stale):
        try:
            fs.rm_file(f"{root}/{rel}")
        except FileNotFoundError:
            pass
        except _transfer_errors() as exc:
            log.warning("%s: could not delete %s (%s); the next deploy tries again", target, rel, _why(exc))
            continue
        _forget(output_dir, target, rel)
        deleted.append(rel)
    return deleted


def _manifest(output_dir: Path, target: str) -> dict[str, _Sent]:
    """What the target holds, as this output folder sent it."""
    with catalog.connect(output_dir) as conn:
        rows = conn.execute("SELECT path, size, sha256, mtime_ns FROM deployed WHERE target = ?", (target,))
        return {row["path"]: _Sent(row["size"], row["sha256"], row["mtime_ns"]) for row in rows}


def _remember(output_dir: Path, target: str, rel: str, sent: _Sent) -> None:
    """Record one file as sent, at once: a run cut off later does not send it again."""
    _write(output_dir, "INSERT OR REPLACE INTO deployed VALUES (?, ?, ?, ?, ?, ?)",
           (target, rel, sent.size, sent.sha256, sent.mtime_ns, datetime.now(UTC).isoformat(timespec="seconds")))


def _forget(output_dir: Path, target: str, rel: str) -> None:
    """Drop a deleted file from the manifest."""
    _write(output_dir, "DELETE FROM deployed WHERE target = ? AND path = ?", (target, rel))


def _write(output_dir: Path, statement: str, values: tuple[object, ...]) -> None:
    """Run one statement in its own transaction."""
    with catalog.connect(output_dir) as conn:
        try:
            conn.execute(statement, values)
        except sqlite3.Error as exc:
            raise PublishError(f"cannot record the deploy ({exc})", origin=str(catalog.catalog_path(output_dir)),
                               hint="check that the output folder is writable") from exc
