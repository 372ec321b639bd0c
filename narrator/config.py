"""Settings resolved once: packaged defaults < narrator.toml < NARRATOR_* environment < CLI flags."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any

from narrator.errors import ConfigError
from narrator.model import Format, PauseSettings

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class IngestSettings:
    """How sources are fetched."""

    timeout_s: float = 20.0
    """Seconds to wait for a web server before giving up."""
    max_bytes: int = 25_000_000
    """Largest page or file read; larger inputs are refused."""
    max_redirects: int = 5
    """HTTP redirects followed before giving up."""
    user_agent: str = "narrator/0.1 (+https://github.com/narrator-podcast/narrator)"
    """Sent with every request."""


@dataclass(frozen=True)
class CleanSettings:
    """How an article is found in a page."""

    format: Format = Format.AUTO
    """auto detects by content; html, markdown or text force a reader."""
    exclude_selectors: tuple[str, ...] = ()
    """CSS selectors of HTML elements never read."""
    exclude_lines: tuple[str, ...] = ()
    """Regular expressions: lines of text matching any are never read."""
    code_blocks: str = "skip"
    """skip or announce code blocks in Markdown."""


@dataclass(frozen=True)
class SpeechSettings:
    """How text is turned into speakable segments."""

    max_chars: int = 400
    """Longest segment; the chosen engine lowers it to its own limit."""
    pauses: PauseSettings = field(default_factory=PauseSettings)
    """Pauses by structure; the voice profile sets them."""
    lexicons: tuple[Path, ...] = ()
    """Lexicon files applied after normalisation, in order."""
    intro: bool = True
    """Say title, byline and date first."""
    outro: bool = True
    """End with the synthetic-voice disclosure."""
    disclosure: str = "This article was read by a synthetic voice."
    """Spoken at the end (podcast platforms require AI voices to be disclosed)."""
    urls: str = "say"
    """say URLs and e-mail addresses, or replace them with "link"."""
    date_order: str = "mdy"
    """How to read numeric dates such as 04/11/2024: mdy or dmy."""


@dataclass(frozen=True)
class SynthSettings:
    """How segments are voiced."""

    cache_dir: Path = Path("output/.cache")
    """Synthesised segments by content hash."""


@dataclass(frozen=True)
class AudioSettings:
    """How takes become an episode."""

    sample_rate: int = 44_100
    """Output sample rate in Hz."""
    bitrate: str = "96k"
    """MP3 bitrate (mono speech)."""
    loudness_lufs: float = -16.0
    """Integrated loudness target (podcast standard for mono/stereo speech)."""
    true_peak_db: float = -1.0
    """Ceiling for true peaks."""


@dataclass(frozen=True)
class PublishSettings:
    """What the feed and site say about the show."""

    title: str = "narrator"
    description: str = "Articles read aloud by narrator."
    author: str = "narrator"
    email: str = ""
    base_url: str = "http://127.0.0.1:8000/"
    """Where output/ is served; enclosure and page links start with it."""
    language: str = "en"
    category: str = "News"
    explicit: bool = False
    image: str = ""


@dataclass(frozen=True)
class Settings:
    """Everything resolved once; each stage receives its slice."""

    output_dir: Path = Path("output")
    voice: str = "default"
    workers: int = 1
    voices_dirs: tuple[Path, ...] = (Path("voices"), PROJECT_ROOT / "voices")
    ingest: IngestSettings = field(default_factory=IngestSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    speech: SpeechSettings = field(default_factory=SpeechSettings)
    synth: SynthSettings = field(default_factory=SynthSettings)
    audio: AudioSettings = field(default_factory=AudioSettings)
    publish: PublishSettings = field(default_factory=PublishSettings)


def _coerce(value: Any, current: Any, name: str) -> Any:
    """Convert a TOML or environment value to the type of the default it replaces."""
    try:
        if isinstance(current, bool):
            if isinstance(value, str):
                return value.strip().lower() in {"1", "true", "yes", "on"}
            return bool(value)
        if isinstance(current, Format):
            return Format(str(value).lower())
        if isinstance(current, Path):
            return Path(value)
        if isinstance(current, tuple):
            items = value.split(",") if isinstance(value, str) else list(value)
            return tuple(Path(i) if current and isinstance(current[0], Path) else i for i in items)
        if isinstance(current, (int, float, str)):
            return type(current)(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name}={value!r} is not valid ({exc})", hint="fix the value") from exc
    return value


def _merge(obj: Any, values: Mapping[str, Any], prefix: str = "") -> Any:
    """Return a copy of dataclass obj with values (nested mappings for slices) applied."""
    known = {f.name: f for f in fields(obj)}
    changes: dict[str, Any] = {}
    for key, value in values.items():
        name = key.replace("-", "_")
        if name not in known:
            raise ConfigError(
                f"unknown setting {prefix}{key}",
                hint="valid here: " + ", ".join(sorted(known)),
            )
        current = getattr(obj, name)
        if is_dataclass(current) and isinstance(value, Mapping):
            changes[name] = _merge(current, value, f"{prefix}{name}.")
        else:
            changes[name] = _coerce(value, current, prefix + name)
    return replace(obj, **changes)


def _from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    """NARRATOR_VOICE=x, NARRATOR_AUDIO__BITRATE=128k -> nested mapping."""
    values: dict[str, Any] = {}
    for key, value in environ.items():
        if not key.startswith("NARRATOR_") or key == "NARRATOR_CONFIG":
            continue
        path = key[len("NARRATOR_"):].lower().split("__")
        node = values
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = value
    return values


def load_settings(
    config_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Resolve Settings from defaults, narrator.toml, NARRATOR_* variables and CLI overrides."""
    environ = os.environ if environ is None else environ
    settings = Settings()
    path = config_file or Path(environ.get("NARRATOR_CONFIG", "narrator.toml"))
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"not valid TOML: {exc}", origin=str(path), hint="fix the file") from exc
        settings = _merge(settings, data)
    elif config_file is not None:
        raise ConfigError("config file not found", origin=str(config_file), hint="check the path")
    settings = _merge(settings, _from_env(environ))
    settings = _merge(settings, {k: v for k, v in (overrides or {}).items() if v is not None})
    assert isinstance(settings, Settings)
    if "synth" not in (overrides or {}) and settings.synth.cache_dir == SynthSettings.cache_dir:
        settings = replace(settings, synth=replace(settings.synth, cache_dir=settings.output_dir / ".cache"))
    _check_choices(settings)
    return settings


# Settings that take one of a few words; anything else would be ignored silently by the stage reading it.
_CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("clean", "code_blocks"): ("skip", "announce"),
    ("speech", "urls"): ("say", "link"),
    ("speech", "date_order"): ("mdy", "dmy"),
}


def _check_choices(settings: Settings) -> None:
    """Refuse a word the stages do not know (a ConfigError naming the setting and its choices)."""
    for (section, name), allowed in _CHOICES.items():
        value = getattr(getattr(settings, section), name)
        if value not in allowed:
            raise ConfigError(f"setting {section}.{name}={value!r} is not one of {', '.join(allowed)}",
                              hint=f"set {section}.{name} to one of: {', '.join(allowed)}")
