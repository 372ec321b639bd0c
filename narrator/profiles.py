"""Voice profiles: voices/<name>.toml names an engine, a voice, a rate, pauses and lexicons."""

from __future__ import annotations

import tomllib
from dataclasses import fields
from pathlib import Path
from typing import Any

from narrator.errors import ConfigError
from narrator.model import PauseSettings, VoiceProfile

PROFILE_KEYS = {"description", "engine", "voice", "rate", "pauses", "lexicons"}


def available(dirs: tuple[Path, ...]) -> dict[str, Path]:
    """Profile name -> file, the first folder in dirs winning."""
    found: dict[str, Path] = {}
    for folder in dirs:
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
            found.setdefault(path.stem, path)
    return found


def load_profile(name: str, dirs: tuple[Path, ...]) -> VoiceProfile:
    """Load the profile called name, or say which ones exist."""
    profiles = available(dirs)
    path = profiles.get(name)
    if path is None:
        known = ", ".join(sorted(profiles)) or "none (is the voices/ folder missing?)"
        raise ConfigError(f"unknown voice {name!r}", hint=f"choose one of: {known}; see `narrator voices`")
    return parse_profile(path)


def parse_profile(path: Path) -> VoiceProfile:
    """Read one profile file, checking its keys and types."""
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            f"voice profile is not valid TOML ({exc})", origin=str(path), hint="fix the file"
        ) from exc
    unknown = set(data) - PROFILE_KEYS
    if unknown or "engine" not in data or "voice" not in data:
        raise ConfigError(
            "voice profile needs `engine` and `voice`" + (f"; unknown keys {sorted(unknown)}" if unknown else ""),
            origin=str(path),
            hint="valid keys: " + ", ".join(sorted(PROFILE_KEYS)),
        )
    pause_keys = {f.name for f in fields(PauseSettings)}
    pauses = data.get("pauses", {})
    if not isinstance(pauses, dict) or set(pauses) - pause_keys:
        raise ConfigError("bad [pauses] table", origin=str(path), hint="keys: " + ", ".join(sorted(pause_keys)))
    rate = float(data.get("rate", 1.0))
    if not 0.25 <= rate <= 4.0:
        raise ConfigError(f"rate {rate} is out of range", origin=str(path), hint="use 0.25 to 4.0")
    return VoiceProfile(
        name=path.stem,
        engine=str(data["engine"]),
        voice=str(data["voice"]),
        rate=rate,
        pauses=PauseSettings(**{k: int(v) for k, v in pauses.items()}),
        lexicons=tuple(str(x) for x in data.get("lexicons", [])),
        description=str(data.get("description", "")),
        path=path,
    )


def lexicon_paths(profile: VoiceProfile, dirs: tuple[Path, ...]) -> tuple[Path, ...]:
    """Resolve the profile's lexicon names to voices/lexicon/<name>.toml files."""
    paths = []
    for name in profile.lexicons:
        candidates = [d / "lexicon" / f"{name}.toml" for d in dirs] + [Path(name)]
        match = next((p for p in candidates if p.is_file()), None)
        if match is None:
            raise ConfigError(
                f"lexicon {name!r} not found",
                origin=str(profile.path or profile.name),
                hint="put it in voices/lexicon/<name>.toml",
            )
        paths.append(match)
    return tuple(paths)
