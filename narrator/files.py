"""Atomic file writing shared by every stage that writes: nothing is ever left half-written; and the user's cache."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


def user_cache() -> Path:
    """narrator's folder in the user's cache (XDG_CACHE_HOME, else ~/.cache): what holds on this machine whatever
    the output folder (prepared voices, covers once made, what the encoder takes from a voice). Raises RuntimeError
    when there is no home folder to expand "~" to."""
    return Path(os.environ.get("XDG_CACHE_HOME") or "~/.cache").expanduser() / "narrator"


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside target; on success it replaces target in one rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    # The pid in the name lets a later run tell a killed writer's leftovers from a live one's.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    """Whether a process with this pid runs on this machine."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_parts(folder: Path) -> int:
    """Delete the temporary files that killed writers left in folder; return how many."""
    removed = 0
    for part in folder.glob(".*.part") if folder.is_dir() else []:
        fields = part.name.split(".")
        pid = next((int(f) for f in reversed(fields[:-2]) if f.isdigit()), None)
        if pid is not None and not _alive(pid):
            part.unlink(missing_ok=True)
            removed += 1
    return removed


def write_bytes(target: Path, data: bytes) -> None:
    """Write data to target atomically."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text(target: Path, text: str) -> None:
    """Write UTF-8 text to target atomically."""
    write_bytes(target, text.encode("utf-8"))
