"""Shared fixtures: user data in a temp dir, installed plugins kept out, engines probed once."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# The shared test helpers hold most of the checks: have pytest rewrite their asserts too, so a failing check shows
# its values rather than a bare AssertionError. Some are imported as "tests.x", some as "x"; both names are listed.
_HELPERS = ("articles", "documents", "documents2", "feedrules", "languages", "media", "opendocuments", "own_text4",
            "pages6", "sent", "sweeps")
pytest.register_assert_rewrite(*_HELPERS, *(f"tests.{name}" for name in _HELPERS))

from narrator.engines import engine_names, probe  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def _session_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One user cache for the whole run: the voice is prepared once (about 2 s), and the user's own ~/.cache is
    never written by a test (covers, the encoder's losses)."""
    return tmp_path_factory.mktemp("xdg-cache")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _session_cache: Path) -> Iterator[None]:
    """Keep the user's narrator.toml, NARRATOR_* variables and cache out of every test."""
    for key in list(os.environ):
        if key.startswith("NARRATOR_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("NARRATOR_CONFIG", str(tmp_path / "no-such-narrator.toml"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(_session_cache))
    yield


@pytest.fixture(scope="session")
def engine_status() -> dict[str, tuple[bool, str]]:
    """Whether each registered engine runs on this machine, and why not."""
    return {name: probe(name) for name in engine_names()}
