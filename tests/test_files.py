"""Atomic writes: a failed or killed writer never leaves a half-written file in place."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from narrator.files import atomic_path, remove_stale_parts, write_text


def test_a_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "feed.xml"
    write_text(target, "old")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_a_killed_writers_leftovers_are_removed_and_a_live_ones_kept(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    stale = tmp_path / f".episode.mp3.{dead.stdout.strip()}.abc123.part"
    live = tmp_path / f".feed.xml.{os.getpid()}.def456.part"
    stale.write_bytes(b"half")
    live.write_bytes(b"in progress")
    assert remove_stale_parts(tmp_path) == 1
    assert not stale.exists() and live.exists()
