"""One source as a job: read and checked against earlier renders on the client, narrated wherever it runs
(run_job: clean, speech, synthesise, audio), and kept on the client (files written, catalog updated)."""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from narrator import audio, files, ingest, publish
from narrator.config import CleanSettings, Settings, SpeechSettings
from narrator.engines import get_engine
from narrator.errors import ConfigError, InputError, NarratorError
from narrator.model import SIDECAR_SUFFIXES, Document, FeedItem, Script, Source
from narrator.pipeline.batch import Job, Made, Outcome, Voicing
from narrator.pipeline.budget import bounded
from narrator.pipeline.failures import CURRENT_SOURCE, failure, unexpected
from narrator.pipeline.voices import preload_voice, speech_slice
from narrator.synthesise import OnProgress, synthesise

log = logging.getLogger(__name__)


Spec = str | Source | FeedItem
"""A source to read (path, URL, "-"), one already read, or a feed's item (its article, else its page)."""


def origin_of(spec: Spec) -> str:
    """The name a source is known by in every message."""
    if isinstance(spec, FeedItem):
        return spec.article.origin if spec.article is not None else spec.link or spec.key
    return spec if isinstance(spec, str) else spec.origin


def source_of(spec: Spec, settings: Settings) -> Source:
    """The source's bytes: read now, unless already read; a feed item's page only where its feed allows."""
    if isinstance(spec, Source):
        return spec
    if isinstance(spec, FeedItem):
        if spec.article is not None:
            return spec.article
        if spec.link is None:
            raise InputError("the feed item has neither an article nor a link", origin=spec.key,
                             hint="nothing to narrate: the feed must give its items a link")
        return ingest.ingest(spec.link, settings.ingest, public_only=spec.public_only)
    return ingest.ingest(spec, settings.ingest)


def read(spec: Spec, settings: Settings) -> Document:
    """Ingest (unless already read) and clean one source."""
    from narrator import clean  # see _script_of

    source = source_of(spec, settings)
    return bounded(source.origin, settings.clean.max_seconds, clean.clean, source, settings.clean)


def run_job(job: Job, on_progress: OnProgress | None = None) -> Made:
    """Narrate one prepared source wherever this runs; errors become the source's failure, never escape."""
    spec = job.source.origin
    token = CURRENT_SOURCE.set(spec)
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="narrator-") as work:
            return _render(job, Path(work), on_progress, started)
    except NarratorError as exc:
        log.debug("%s failed", spec, exc_info=True)
        return Made(failure(spec, exc, started))
    except Exception as exc:  # the source is the unit of failure: one bad article never stops the batch
        return Made(unexpected(spec, exc, started))
    finally:
        CURRENT_SOURCE.reset(token)


def _render(job: Job, work: Path, on_progress: OnProgress | None, started: float) -> Made:
    """run_job's work: clean, script, synthesise and produce the episode, unless it is already on disk."""
    spec, profile = job.source.origin, job.voicing.profile
    engine = get_engine(profile.engine, job.settings.voices_dirs)
    preload_voice(profile, engine)  # the voice loads on the other core while the article is cleaned
    speaking = _speech_settings(job, engine.max_chars, work / "lexicons")
    script = bounded(spec, job.settings.clean.max_seconds, _script_of, job.source, job.settings.clean, speaking)
    expected = audio.episode_file(script, profile, job.settings.audio, job.voicing.revision)
    if expected in job.done_files:
        return Made(Outcome(spec, mp3=Path(expected), skipped=True, seconds=time.perf_counter() - started))
    synth, episodes_dir = job.settings.synth, job.settings.output_dir / "episodes"
    if not job.shared_disk:
        synth, episodes_dir = replace(synth, cache_dir=WORKER_CACHE.expanduser()), work / "episodes"
    takes = synthesise(script, engine, profile, synth, on_progress)
    episode = audio.produce(takes, job.settings.audio, episodes_dir, synth.cache_dir, machine_cache())
    outcome = Outcome(spec, episode=episode, mp3=episode.mp3, seconds=time.perf_counter() - started)
    return Made(outcome, () if job.shared_disk else _episode_files(episode.mp3))


def _script_of(source: Source, cleaning: CleanSettings, speaking: SpeechSettings) -> Script:
    """What is said of a source: its article found, then written for the voice (the bounded part of a job)."""
    # Imported here, not with the pipeline: the speech rules take 0.1 s to import (their patterns compile), which
    # a narration then spends while its voice loads, and which a run of unchanged articles never needs. The
    # cleaner's rules likewise (0.03 s): imported with the pipeline, they held back the start of the voice's load.
    from narrator import clean, speech

    return speech.script(clean.clean(source, cleaning), speaking)


def machine_cache() -> Path | None:
    """The user's cache (XDG_CACHE_HOME, else ~/.cache)/narrator: what holds on this machine whatever the output
    folder (what the encoder takes from a voice); None without a home folder."""
    try:
        return files.user_cache()
    except RuntimeError:  # no home folder to expand "~" to
        return None


WORKER_CACHE = Path("~/.cache/narrator/takes")
"""Where a worker without the client's disk keeps its takes (its own home), so retries and re-runs reuse them."""


def _speech_settings(job: Job, max_chars: int, lexicon_dir: Path) -> SpeechSettings:
    """The speech slice for the job's voice, its lexicons written from the bytes the client sent."""
    paths = []
    for index, (name, data) in enumerate(job.voicing.lexicons):
        path = lexicon_dir / str(index) / Path(name).name
        files.write_bytes(path, data)
        paths.append(path)
    return speech_slice(job.settings.speech, job.voicing.profile, max_chars, tuple(paths))


def _episode_files(mp3: Path) -> tuple[tuple[str, bytes], ...]:
    """The episode's files as (name, bytes), sidecars first so that the MP3 is written last."""
    sidecars = [audio.sidecar(mp3, suffix) for suffix in SIDECAR_SUFFIXES]
    return tuple((path.name, path.read_bytes()) for path in [*sidecars, mp3] if path.is_file())


class _Renders:
    """What the catalog knows of earlier renders whose MP3 is still on disk, read once per batch."""

    def __init__(self, output_dir: Path) -> None:
        self.by_key: dict[str, str] = {}
        self.by_source: dict[str, set[str]] = {}
        for render in publish.renders(output_dir):
            if (output_dir / "episodes" / render.file).is_file():
                if render.render_key:
                    self.by_key[render.render_key] = render.file
                self.by_source.setdefault(render.source_hash, set()).add(render.file)


def render_key(source: Source, voice: Voicing, *item: str) -> str:
    """sha256 over the source (what it is, its bytes), the voice and what a feed item's clean settings hold of its
    own (item): equal keys render identically."""
    # A web page is what its URL names; a file, its absolute path (the same file from another folder).
    named = source.url or source.origin
    identity = named if named == "-" or "://" in named else str(Path(named).resolve())
    material = [identity, str(source.format_hint), source.charset, source.url,
                hashlib.sha256(source.data).hexdigest(), voice.fingerprint]
    material += item  # none but for feed items: the keys of every other source stay as they were
    return hashlib.sha256(json.dumps(material).encode("utf-8")).hexdigest()


def prepare(spec: Spec, settings: Settings, voice: Voicing, renders: _Renders) -> Job | Outcome:
    """Read a source on the client into a Job, or its outcome when it is unchanged or cannot be read."""
    origin = origin_of(spec)
    token = CURRENT_SOURCE.set(origin)
    started = time.perf_counter()
    try:
        source = source_of(spec, settings)
    except NarratorError as exc:
        return failure(origin, exc, started)
    except Exception as exc:  # the source is the unit of failure, from its first byte
        return unexpected(origin, exc, started)
    finally:
        CURRENT_SOURCE.reset(token)
    settings = _feed_item_settings(spec, settings)
    key = render_key(source, voice, *([repr(settings.clean)] if isinstance(spec, FeedItem) else []))
    unchanged = renders.by_key.get(key)
    if unchanged is not None:
        mp3 = settings.output_dir / "episodes" / unchanged
        return Outcome(origin, mp3=mp3, skipped=True, seconds=time.perf_counter() - started)
    # The catalog's source_hash is this same sha256 of the bytes (clean computes it).
    done = frozenset(renders.by_source.get(hashlib.sha256(source.data).hexdigest(), ()))
    return Job(source, settings, voice, key, done)


def _feed_item_settings(spec: Spec, settings: Settings) -> Settings:
    """The settings to clean a feed item with: its feed's language is the article's where its page declares none;
    the language chosen for its feed (follow --language) is forced, unless this run forces one (--language)."""
    if not isinstance(spec, FeedItem):
        return settings
    clean = replace(settings.clean, feed_language=spec.language)
    if spec.chosen_language and clean.force_language in ("", "auto"):
        clean = replace(clean, force_language=spec.chosen_language)
    return replace(settings, clean=clean)


def keep(made: Made, job: Job, settings: Settings) -> Outcome:
    """Put what a job made into the output folder and the catalog; the outcome says what really happened."""
    try:
        return _keep(made, job, settings)
    except NarratorError as exc:
        return failure(made.outcome.origin, exc)
    except OSError as exc:
        error = NarratorError(f"cannot write the episode ({exc})", hint="check free space and permissions")
        return failure(made.outcome.origin, error)
    except Exception as exc:  # the source is the unit of failure, here too
        return unexpected(made.outcome.origin, exc)


def _keep(made: Made, job: Job, settings: Settings) -> Outcome:
    """keep's work: the files are written (the MP3 last) before the catalog records them."""
    outcome, episodes_dir = made.outcome, settings.output_dir / "episodes"
    if outcome.skipped and outcome.mp3 is not None:
        publish.remember_render(settings.output_dir, outcome.mp3.name, job.render_key)
        return replace(outcome, mp3=episodes_dir / outcome.mp3.name)
    if outcome.episode is None:
        return outcome
    for name, data in made.files:
        files.write_bytes(episodes_dir / name, data)
    meta = outcome.episode.meta
    # The GUID is the client's to give: a worker cannot resolve the client's relative paths.
    episode = replace(outcome.episode, mp3=episodes_dir / outcome.episode.mp3.name,
                      guid=audio.episode_guid(meta.url, outcome.origin, meta.title))
    publish.record(episode, settings.publish, settings.output_dir, render_key=job.render_key)
    return replace(outcome, episode=episode, mp3=episode.mp3)


def sources(specs: Iterable[str], settings: Settings) -> tuple[list[str], list[Outcome]]:
    """Expand folders and globs into sources; a spec that fails becomes an outcome."""
    expanded: list[str] = []
    failed: list[Outcome] = []
    for spec in specs:
        try:
            found = ingest.expand([spec])
        except NarratorError as exc:
            failed.append(failure(spec, exc))
            continue
        expanded.extend(found if found == [spec] else _outside(found, settings.output_dir))
    if not expanded and not failed:
        raise ConfigError("nothing to narrate", hint="name a file, a folder, a URL, - for stdin, or --feed URL")
    return list(dict.fromkeys(expanded)), failed


def _outside(found: list[str], output_dir: Path) -> list[str]:
    """What a folder or glob found, less narrator's own output (`narrate .` read output/index.html as an article)."""
    own = output_dir.resolve()
    return [path for path in found if not Path(path).resolve().is_relative_to(own)]


def prepare_all(todo: list[Spec], settings: Settings, voice: Voicing) -> tuple[list[Job], list[Outcome]]:
    """Every source read into a Job (web pages fetched a few at a time), or its outcome."""
    renders = _Renders(settings.output_dir)
    with ThreadPoolExecutor(FETCHES_AT_ONCE) as fetchers:
        prepared = list(fetchers.map(lambda spec: prepare(spec, settings, voice, renders), todo))
    return [p for p in prepared if isinstance(p, Job)], [p for p in prepared if isinstance(p, Outcome)]


FETCHES_AT_ONCE = 4
"""Sources read at the same time while a batch is prepared: web pages are slow to arrive, not to read."""
