"""The voice: a profile resolved and checked on this machine before any work, what it brings to every job
(its lexicons' bytes, a fingerprint of all that shapes a render), and the `narrator voices` report."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path

from narrator import __version__
from narrator.config import Settings, SpeechSettings
from narrator.engines import Engine, engine_names, files_of, get_engine, preload, probe, revision_of
from narrator.engines.piper import voices_dirs_named
from narrator.errors import ConfigError, NarratorError
from narrator.model import VoiceProfile
from narrator.pipeline.batch import Voicing
from narrator.profiles import available, lexicon_paths, load_profile, parse_profile


def speech_settings(settings: Settings, profile: VoiceProfile, max_chars: int) -> SpeechSettings:
    """The speech slice for one voice, its lexicons read where the settings and the profile name them."""
    return speech_slice(settings.speech, profile, max_chars, _lexicon_files(settings, profile))


def _lexicon_files(settings: Settings, profile: VoiceProfile) -> tuple[Path, ...]:
    """The lexicons a voice reads: those speech.lexicons names, then the profile's own."""
    return settings.speech.lexicons + lexicon_paths(profile, settings.voices_dirs)


def speech_slice(speech: SpeechSettings, profile: VoiceProfile, max_chars: int,
                 lexicons: tuple[Path, ...]) -> SpeechSettings:
    """The speech slice for one voice: its pauses, its lexicons and its engine's segment limit."""
    return replace(speech, max_chars=min(speech.max_chars, max_chars), pauses=profile.pauses, lexicons=lexicons)


def check_voice(settings: Settings) -> VoiceProfile:
    """Resolve the chosen profile and make sure its engine, voice and lexicons exist here, before any work."""
    profile = load_profile(settings.voice, settings.voices_dirs)
    _check_profile(profile, get_engine(profile.engine, settings.voices_dirs), settings)
    return profile


def preload_voice(profile: VoiceProfile, engine: Engine) -> None:
    """Start loading the profile's voice in this process, on a thread of its own, while other work goes on."""
    if profile.voice != "auto":  # "auto" is chosen by the article's language, known only once it is read
        preload(engine, profile.voice)


def _check_profile(profile: VoiceProfile, engine: Engine, settings: Settings) -> None:
    """Raise ConfigError when the profile's voice or a lexicon is missing on this machine."""
    lexicon_paths(profile, settings.voices_dirs)
    if profile.voice == "auto" or any(profile.voice in (v.id, v.name) for v in engine.voices()):
        return
    hint = f"choose one of the {engine.name} voices that `narrator voices` lists"
    if engine.name == "piper":
        hint += (f", or put {profile.voice}.onnx and {profile.voice}.onnx.json in "
                 + voices_dirs_named(settings.voices_dirs))
    raise ConfigError(f"{engine.name} has no voice {profile.voice!r} on this machine",
                      origin=str(profile.path or profile.name), hint=hint)


def voice_files(profile: VoiceProfile, settings: Settings) -> tuple[tuple[str, bytes], ...]:
    """The files of the profile's voice as (name, bytes), for Dask workers that lack them (a user's own Piper
    voice); () for a voice that is installed with its engine."""
    if profile.voice == "auto":
        return ()
    shipped = []
    for path in files_of(get_engine(profile.engine, settings.voices_dirs), profile.voice):
        try:
            shipped.append((path.name, path.read_bytes()))
        except OSError as exc:
            raise ConfigError(f"cannot read the voice's files ({exc.strerror or exc})", origin=str(path),
                              hint="check the voices dir's permissions") from exc
    return tuple(shipped)


def voicing(settings: Settings, profile: VoiceProfile | None = None) -> Voicing:
    """Resolve the batch's voice profile (unless given, checked) and read its lexicons, before any work starts."""
    profile = profile or check_voice(settings)
    lexicons = []
    for path in _lexicon_files(settings, profile):
        try:
            lexicons.append((str(path), path.read_bytes()))
        except OSError as exc:
            raise ConfigError(f"cannot read lexicon ({exc.strerror or exc})", origin=str(path),
                              hint="check the path in the voice profile or speech.lexicons") from exc
    # A model replaced under the same voice name renders again ("auto" is chosen per article, by language).
    engine = get_engine(profile.engine, settings.voices_dirs)
    revision = revision_of(files_of(engine, profile.voice)) if profile.voice != "auto" else ""
    material = [
        __version__,
        repr(replace(profile, path=None, description="")),
        revision,
        [[Path(name).name, hashlib.sha256(data).hexdigest()] for name, data in lexicons],
        repr(settings.clean),
        repr(replace(settings.speech, lexicons=())),
        repr(settings.audio),
    ]
    fingerprint = hashlib.sha256(json.dumps(material).encode("utf-8")).hexdigest()
    return Voicing(profile, tuple(lexicons), fingerprint, revision)


@dataclass(frozen=True)
class VoiceRow:
    """One line of `narrator voices`: an engine, one of its voices, or a profile; usable here or why not."""

    kind: str
    """engine, voice or profile."""
    name: str
    usable: bool
    detail: str
    engine: str = ""
    language: str = ""


def voices_report(settings: Settings) -> list[VoiceRow]:
    """Engines with their voices (id, language), then profiles, each with whether it is usable here."""
    rows = []
    engines: dict[str, Engine | None] = {}
    for name in engine_names():
        usable, why = probe(name, settings.voices_dirs)
        rows.append(VoiceRow("engine", name, usable, why, engine=name))
        engine = engines[name] = get_engine(name, settings.voices_dirs) if usable else None
        if engine is not None:
            rows += [VoiceRow("voice", v.id, True, v.name, engine=name, language=v.language) for v in engine.voices()]
    for name, path in sorted(available(settings.voices_dirs).items()):
        rows.append(_profile_row(name, path, engines, settings))
    return rows


def _profile_row(name: str, path: Path, engines: dict[str, Engine | None], settings: Settings) -> VoiceRow:
    """A profile's row: usable, or the reason it is not (bad file, engine, voice or lexicon)."""
    try:
        profile = parse_profile(path)
    except NarratorError as exc:
        return VoiceRow("profile", name, False, str(exc))
    engine = engines.get(profile.engine)
    try:
        if engine is None:
            get_engine(profile.engine, settings.voices_dirs)  # raises why: unknown or not installed
            raise ConfigError(f"engine {profile.engine} is not usable")
        _check_profile(profile, engine, settings)
    except NarratorError as exc:
        return VoiceRow("profile", name, False, exc.reason + (f" ({exc.hint})" if exc.hint else ""),
                        engine=profile.engine)
    return VoiceRow("profile", name, True, f"{profile.voice}: {profile.description}", engine=profile.engine)
