"""Shared fixtures: user data in a temp dir, installed plugins kept out, engines probed once."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from narrator.engines import engine_names, probe

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Keep the user's narrator.toml and NARRATOR_* variables out of every test."""
    for key in list(os.environ):
        if key.startswith("NARRATOR_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("NARRATOR_CONFIG", str(tmp_path / "no-such-narrator.toml"))
    yield


@pytest.fixture(scope="session")
def engine_status() -> dict[str, tuple[bool, str]]:
    """Whether each registered engine runs on this machine, and why not."""
    return {name: probe(name) for name in engine_names()}
