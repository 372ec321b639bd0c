"""The composition root: the only module that calls the stages, one after another, for each source."""

from __future__ import annotations

import contextlib
import contextvars
import errno
import hashlib
import json
import logging
import socket
import tempfile
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from narrator import __version__, audio, batch, clean, files, ingest, publish, speech
from narrator.batch import Job, Made, Outcome, Voicing, Watcher
from narrator.config import PublishSettings, Settings, SpeechSettings
from narrator.engines import Engine, engine_names, get_engine, probe
from narrator.errors import ConfigError, EngineError, InputError, NarratorError
from narrator.model import SIDECAR_SUFFIXES, Document, Feed, FeedItem, Script, Source, VoiceProfile
from narrator.profiles import available, lexicon_paths, load_profile, parse_profile
from narrator.synthesise import OnProgress, choose_voice, synthesise, warn_if_foreign

__all__ = ["BatchResult", "Job", "Made", "Outcome", "Voicing", "Watcher", "narrate", "run_job"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BatchResult:
    """Every source's outcome."""

    outcomes: tuple[Outcome, ...]
    deployed: publish.DeployReport | None = None
    """What went to publish.deploy_to at the end, when it is set and the deploy succeeded."""

    @property
    def failures(self) -> tuple[Outcome, ...]:
        """The sources that could not be narrated."""
        return tuple(o for o in self.outcomes if o.error is not None)


OnOutcome = Callable[[Outcome], None]


def speech_settings(settings: Settings, profile: VoiceProfile, max_chars: int) -> SpeechSettings:
    """The speech slice for one voice, its lexicons read where the settings and the profile name them."""
    return _speech_slice(settings.speech, profile, max_chars, _lexicon_files(settings, profile))


def _lexicon_files(settings: Settings, profile: VoiceProfile) -> tuple[Path, ...]:
    """The lexicons a voice reads: those speech.lexicons names, then the profile's own."""
    return settings.speech.lexicons + lexicon_paths(profile, settings.voices_dirs)


def _speech_slice(speech: SpeechSettings, profile: VoiceProfile, max_chars: int,
                  lexicons: tuple[Path, ...]) -> SpeechSettings:
    """The speech slice for one voice: its pauses, its lexicons and its engine's segment limit."""
    return replace(speech, max_chars=min(speech.max_chars, max_chars), pauses=profile.pauses, lexicons=lexicons)


Spec = str | Source
"""A source to read (path, URL, "-"), or one already read (an article a feed carries)."""


def origin_of(spec: Spec) -> str:
    """The name a source is known by in every message."""
    return spec if isinstance(spec, str) else spec.origin


def read(spec: Spec, settings: Settings) -> Document:
    """Ingest (unless already read) and clean one source."""
    source = spec if isinstance(spec, Source) else ingest.ingest(spec, settings.ingest)
    return clean.clean(source, settings.clean)


def _failure(spec: str, exc: NarratorError, started: float | None = None) -> Outcome:
    """A failed source; the message always starts with the source, whatever the error named."""
    message = str(exc) if exc.origin == spec else f"{spec}: {exc}"
    seconds = time.perf_counter() - started if started is not None else 0.0
    return Outcome(spec, error=message, seconds=seconds)


CURRENT_SOURCE: contextvars.ContextVar[str] = contextvars.ContextVar("narrator_source", default="")
"""The source being worked on, so that a warning from any stage can say which article it is about."""


class SourceFilter(logging.Filter):
    """Give every log record a `source` field: "<source>: " while a source is being narrated, else ""."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Add the field, unless the message already starts with the source; never drop a record."""
        source = CURRENT_SOURCE.get()
        named = bool(source) and not record.getMessage().startswith(f"{source}:")
        record.source = f"{source}: " if named else ""
        return True


BUG_HINT = "this is a bug in narrator: please report it with the output of -v"


def _unexpected(spec: str, exc: Exception, started: float | None = None) -> Outcome:
    """A source that raised outside the NarratorError family: its failure line, the traceback for -v."""
    log.info("%s: unexpected error", spec, exc_info=exc)
    seconds = time.perf_counter() - started if started is not None else 0.0
    return Outcome(spec, error=f"{spec}: unexpected {type(exc).__name__}: {exc} ({BUG_HINT})", seconds=seconds)


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
        return Made(_failure(spec, exc, started))
    except Exception as exc:  # the source is the unit of failure: one bad article never stops the batch
        return Made(_unexpected(spec, exc, started))
    finally:
        CURRENT_SOURCE.reset(token)


def _render(job: Job, work: Path, on_progress: OnProgress | None, started: float) -> Made:
    """run_job's work: clean, script, synthesise and produce the episode, unless it is already on disk."""
    spec, profile = job.source.origin, job.voicing.profile
    engine = get_engine(profile.engine)
    document = clean.clean(job.source, job.settings.clean)
    script = speech.script(document, _speech_settings(job, engine.max_chars, work / "lexicons"))
    expected = audio.episode_file(script, profile, job.settings.audio)
    if expected in job.done_files:
        return Made(Outcome(spec, mp3=Path(expected), skipped=True, seconds=time.perf_counter() - started))
    synth, episodes_dir = job.settings.synth, job.settings.output_dir / "episodes"
    if not job.shared_disk:
        synth, episodes_dir = replace(synth, cache_dir=WORKER_CACHE.expanduser()), work / "episodes"
    takes = synthesise(script, engine, profile, synth, on_progress)
    episode = audio.produce(takes, job.settings.audio, episodes_dir, synth.cache_dir)
    outcome = Outcome(spec, episode=episode, mp3=episode.mp3, seconds=time.perf_counter() - started)
    return Made(outcome, () if job.shared_disk else _episode_files(episode.mp3))


WORKER_CACHE = Path("~/.cache/narrator/takes")
"""Where a worker without the client's disk keeps its takes (its own home), so retries and re-runs reuse them."""


def _speech_settings(job: Job, max_chars: int, lexicon_dir: Path) -> SpeechSettings:
    """The speech slice for the job's voice, its lexicons written from the bytes the client sent."""
    paths = []
    for index, (name, data) in enumerate(job.voicing.lexicons):
        path = lexicon_dir / str(index) / Path(name).name
        files.write_bytes(path, data)
        paths.append(path)
    return _speech_slice(job.settings.speech, job.voicing.profile, max_chars, tuple(paths))


def _episode_files(mp3: Path) -> tuple[tuple[str, bytes], ...]:
    """The episode's files as (name, bytes), sidecars first so that the MP3 is written last."""
    sidecars = [audio.sidecar(mp3, suffix) for suffix in SIDECAR_SUFFIXES]
    return tuple((path.name, path.read_bytes()) for path in [*sidecars, mp3] if path.is_file())


def check_voice(settings: Settings) -> VoiceProfile:
    """Resolve the chosen profile and make sure its engine, voice and lexicons exist here, before any work."""
    profile = load_profile(settings.voice, settings.voices_dirs)
    _check_profile(profile, get_engine(profile.engine), settings)
    return profile


def _check_profile(profile: VoiceProfile, engine: Engine, settings: Settings) -> None:
    """Raise ConfigError when the profile's voice or a lexicon is missing on this machine."""
    lexicon_paths(profile, settings.voices_dirs)
    if profile.voice == "auto" or any(profile.voice in (v.id, v.name) for v in engine.voices()):
        return
    hint = f"choose one of the {engine.name} voices that `narrator voices` lists"
    if engine.name == "piper":
        hint += f", or put {profile.voice}.onnx and {profile.voice}.onnx.json in voices/"
    raise ConfigError(f"{engine.name} has no voice {profile.voice!r} on this machine",
                      origin=str(profile.path or profile.name), hint=hint)


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
    material = [
        __version__,
        repr(replace(profile, path=None, description="")),
        [[Path(name).name, hashlib.sha256(data).hexdigest()] for name, data in lexicons],
        repr(settings.clean),
        repr(replace(settings.speech, lexicons=())),
        repr(settings.audio),
    ]
    fingerprint = hashlib.sha256(json.dumps(material).encode("utf-8")).hexdigest()
    return Voicing(profile, tuple(lexicons), fingerprint)


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


def render_key(source: Source, voice: Voicing) -> str:
    """sha256 over the source (what it is, its bytes) and the voice: equal keys render identically."""
    # A web page is what its URL names; a file, its absolute path (the same file from another folder).
    named = source.url or source.origin
    identity = named if named == "-" or "://" in named else str(Path(named).resolve())
    material = [identity, str(source.format_hint), source.charset, source.url,
                hashlib.sha256(source.data).hexdigest(), voice.fingerprint]
    return hashlib.sha256(json.dumps(material).encode("utf-8")).hexdigest()


def prepare(spec: Spec, settings: Settings, voice: Voicing, renders: _Renders) -> Job | Outcome:
    """Read a source on the client into a Job, or its outcome when it is unchanged or cannot be read."""
    origin = origin_of(spec)
    token = CURRENT_SOURCE.set(origin)
    started = time.perf_counter()
    try:
        source = spec if isinstance(spec, Source) else ingest.ingest(spec, settings.ingest)
    except NarratorError as exc:
        return _failure(origin, exc, started)
    except Exception as exc:  # the source is the unit of failure, from its first byte
        return _unexpected(origin, exc, started)
    finally:
        CURRENT_SOURCE.reset(token)
    key = render_key(source, voice)
    unchanged = renders.by_key.get(key)
    if unchanged is not None:
        mp3 = settings.output_dir / "episodes" / unchanged
        return Outcome(origin, mp3=mp3, skipped=True, seconds=time.perf_counter() - started)
    # The catalog's source_hash is this same sha256 of the bytes (clean computes it).
    done = frozenset(renders.by_source.get(hashlib.sha256(source.data).hexdigest(), ()))
    return Job(source, settings, voice, key, done)


def keep(made: Made, job: Job, settings: Settings) -> Outcome:
    """Put what a job made into the output folder and the catalog; the outcome says what really happened."""
    try:
        return _keep(made, job, settings)
    except NarratorError as exc:
        return _failure(made.outcome.origin, exc)
    except OSError as exc:
        error = NarratorError(f"cannot write the episode ({exc})", hint="check free space and permissions")
        return _failure(made.outcome.origin, error)
    except Exception as exc:  # the source is the unit of failure, here too
        return _unexpected(made.outcome.origin, exc)


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
            failed.append(_failure(spec, exc))
            continue
        expanded.extend(found if found == [spec] else _outside(found, settings.output_dir))
    if not expanded and not failed:
        raise ConfigError("nothing to narrate", hint="name a file, a folder, a URL, - for stdin, or --feed URL")
    return list(dict.fromkeys(expanded)), failed


def _outside(found: list[str], output_dir: Path) -> list[str]:
    """What a folder or glob found, less narrator's own output (`narrate .` read output/index.html as an article)."""
    own = output_dir.resolve()
    return [path for path in found if not Path(path).resolve().is_relative_to(own)]


@dataclass(frozen=True)
class FeedPlan:
    """What one run does with one feed: the items to narrate now, and those passed over for good."""

    feed: Feed
    todo: tuple[FeedItem, ...]
    passed: tuple[FeedItem, ...] = ()
    """Older than the newest --limit items on the feed's first read: remembered, never narrated."""
    left: int = 0
    """New items beyond --limit on a later run: narrated by the next runs."""

    @property
    def specs(self) -> list[Spec]:
        """What each item is narrated from: the article the feed carries, else its page's URL."""
        return [_item_spec(item) for item in self.todo]


def _item_spec(item: FeedItem) -> Spec:
    """The article a feed item carries, else its link as ingest gave it (str() would drop a str subclass)."""
    if item.article is not None:
        return item.article
    assert item.link is not None  # plan_feed keeps only items with an article or a link
    return item.link


def plan_feed(url: str, settings: Settings) -> FeedPlan:
    """Read a feed (only if it changed) and choose its new or updated items, the newest first, up to the limit."""
    state = publish.feed_state(settings.output_dir, url)
    feed = ingest.read_feed(url, settings.ingest, state.etag, state.last_modified)
    # Unchanged items (same GUID or link, same updated date) are known without fetching their pages.
    new = [i for i in feed.items if state.items.get(i.key) != i.updated and (i.article or i.link)]
    limit = settings.ingest.feed_limit
    plan = FeedPlan(feed, tuple(new[:limit]), tuple(new[limit:]) if state.first_read else (),
                    0 if state.first_read else len(new[limit:]))
    log.info("%s: %s; %d to narrate, %d older passed over, %d left for the next run", url,
             "not modified" if feed.not_modified else f"{len(feed.items)} items", len(plan.todo),
             len(plan.passed), plan.left)
    return plan


def plan_feeds(feeds: Iterable[str], settings: Settings) -> tuple[list[FeedPlan], list[Outcome]]:
    """Plan every feed; a feed that cannot be read fails alone."""
    plans: list[FeedPlan] = []
    failed: list[Outcome] = []
    for url in dict.fromkeys(feeds):
        token = CURRENT_SOURCE.set(url)
        try:
            plans.append(plan_feed(url, settings))
        except NarratorError as exc:
            failed.append(_failure(url, exc))
        except Exception as exc:  # a feed is a source too: it fails alone
            failed.append(_unexpected(url, exc))
        finally:
            CURRENT_SOURCE.reset(token)
    return plans, failed


def remember_feeds(plans: Iterable[FeedPlan], outcomes: Iterable[Outcome], settings: Settings) -> None:
    """Record each feed's items that were narrated (or found unchanged); failed ones are tried again next run."""
    succeeded = {o.origin for o in outcomes if o.error is None}
    for plan in plans:
        done = [item for item, spec in zip(plan.todo, plan.specs, strict=True) if origin_of(spec) in succeeded]
        complete = len(done) == len(plan.todo) and not plan.left
        publish.remember_feed(settings.output_dir, plan.feed, done, plan.passed, complete)


def _prepared(todo: list[Spec], settings: Settings, voice: Voicing) -> tuple[list[Job], list[Outcome]]:
    """Every source read into a Job (web pages fetched a few at a time), or its outcome."""
    renders = _Renders(settings.output_dir)
    with ThreadPoolExecutor(FETCHES_AT_ONCE) as fetchers:
        prepared = list(fetchers.map(lambda spec: prepare(spec, settings, voice, renders), todo))
    return [p for p in prepared if isinstance(p, Job)], [p for p in prepared if isinstance(p, Outcome)]


FETCHES_AT_ONCE = 4
"""Sources read at the same time while a batch is prepared: web pages are slow to arrive, not to read."""


def narrate(
    specs: Iterable[str],
    settings: Settings,
    feeds: Iterable[str] = (),
    scheduler: str | None = None,
    on_outcome: OnOutcome | None = None,
    watch: Watcher | None = None,
) -> BatchResult:
    """Narrate every source, record each episode in the catalog, then rebuild feed and site once.

    The client reads the sources and keeps what comes back; the narration itself runs here, in a local
    process pool (settings.workers) or on a Dask cluster (scheduler), always through run_job. watch hears
    the number of sources, each article's progress and each outcome (as on_outcome does).
    """
    profile = check_voice(settings)
    # Every MP3 embeds the show's cover; workers get its bytes, they share no disk with this process.
    cover = publish.cover(settings.publish, settings.output_dir)
    settings = replace(settings, audio=replace(settings.audio, cover=cover))
    voice = voicing(settings, profile)
    # The take cache is written atomically too: its shards ("ab/") hold a killed run's parts as well.
    for folder in (settings.output_dir, settings.output_dir / "episodes", *settings.synth.cache_dir.glob("??")):
        if files.remove_stale_parts(folder):
            log.info("removed files left half-written by a killed run in %s", folder)
    plans, failed = plan_feeds(feeds, settings)
    todo: list[Spec] = [spec for plan in plans for spec in plan.specs]
    if specs or not feeds:
        found, unreadable = sources(specs, settings)
        todo, failed = list(dict.fromkeys([*todo, *found])), failed + unreadable
    watcher = watch or Watcher()
    watcher.started(len(todo) + len(failed))
    outcomes: list[Outcome] = []

    def finished(outcome: Outcome) -> None:
        outcomes.append(outcome)
        watcher.finished(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    jobs, done = _prepared(todo, settings, voice)
    for outcome in failed + done:
        finished(outcome)
    if scheduler:
        jobs = [replace(job, shared_disk=False) for job in jobs]
    by_origin = {job.source.origin: job for job in jobs}
    level = logging.getLogger("narrator").getEffectiveLevel()
    for made in batch.run(run_job, jobs, settings.workers, scheduler, watcher, log_level=level):
        finished(keep(made, by_origin[made.outcome.origin], settings))
    remember_feeds(plans, outcomes, settings)
    publish.publish(settings.output_dir, settings.publish)
    warn_if_not_ready(settings)
    return deploy_at_end(BatchResult(outcomes=tuple(outcomes)), settings)


def preview(spec: str, settings: Settings) -> tuple[Document, Script]:
    """What would be read and said for one source, without any audio."""
    token = CURRENT_SOURCE.set(spec)
    try:
        profile = load_profile(settings.voice, settings.voices_dirs)
        document = read(spec, settings)
        try:
            engine = get_engine(profile.engine)
            max_chars = engine.max_chars
            warn_if_foreign(choose_voice(engine, profile, document.meta.language), document.meta.title,
                            document.meta.language)
        except EngineError:
            max_chars = settings.speech.max_chars  # preview still works where the engine is missing
        return document, speech.script(document, speech_settings(settings, profile, max_chars))
    finally:
        CURRENT_SOURCE.reset(token)


def preview_json(document: Document, script: Script) -> dict[str, Any]:
    """The preview as the JSON shape in DESIGN.md."""
    meta = document.meta
    return {
        "title": meta.title,
        "byline": meta.byline,
        "published": meta.published,
        "language": meta.language,
        "url": meta.url,
        "standfirst": meta.standfirst,
        "body": [{"kind": str(b.kind), "text": b.text} for b in document.blocks],
        "segments": [
            {"text": s.text, "pause_ms": s.pause_after_ms, "chapter": s.chapter} for s in script.segments
        ],
    }


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
        usable, why = probe(name)
        rows.append(VoiceRow("engine", name, usable, why, engine=name))
        engine = engines[name] = get_engine(name) if usable else None
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
            get_engine(profile.engine)  # raises why: unknown or not installed
            raise ConfigError(f"engine {profile.engine} is not usable")
        _check_profile(profile, engine, settings)
    except NarratorError as exc:
        return VoiceRow("profile", name, False, exc.reason + (f" ({exc.hint})" if exc.hint else ""),
                        engine=profile.engine)
    return VoiceRow("profile", name, True, f"{profile.voice}: {profile.description}", engine=profile.engine)


def follow(url: str, settings: Settings) -> tuple[Feed, bool]:
    """Read the feed at url once (it must be one) and remember it as followed; whether it is new."""
    feed = ingest.read_feed(url, settings.ingest)
    return feed, publish.follow(settings.output_dir, url, feed.title)


def followed(settings: Settings) -> list[publish.FeedState]:
    """The feeds followed in this output folder."""
    return publish.followed(settings.output_dir)


def unfollow(url: str, settings: Settings) -> bool:
    """Stop following url; False when it was not followed."""
    return publish.unfollow(settings.output_dir, url)


def update(settings: Settings, scheduler: str | None = None, on_outcome: OnOutcome | None = None,
           watch: Watcher | None = None) -> BatchResult:
    """Narrate what is new in every followed feed, publish, and deploy when publish.deploy_to is set."""
    feeds = [state.url for state in publish.followed(settings.output_dir)]
    if not feeds:
        raise ConfigError(f"no feeds are followed in {settings.output_dir}",
                          hint="follow one first: narrator follow https://example.org/feed.xml")
    return narrate((), settings, feeds=feeds, scheduler=scheduler, on_outcome=on_outcome, watch=watch)


def republish(settings: Settings) -> list[Path]:
    """Rebuild feed and site from the catalog of an existing output folder."""
    _require_output(settings.output_dir)
    written = publish.publish(settings.output_dir, settings.publish)
    warn_if_not_ready(settings)
    return written


def check(settings: Settings) -> list[publish.Finding]:
    """What podcast directories would object to in the published show, blocking findings first."""
    return publish.check(settings.publish, settings.output_dir)


def for_this_machine(settings: Settings) -> bool:
    """Whether the show is still the local one `narrator serve` plays: the default base_url, deployed nowhere."""
    return settings.publish.base_url == PublishSettings.base_url and not settings.publish.deploy_to


def warn_if_not_ready(settings: Settings) -> None:
    """One warning, after publishing, when a directory would refuse the show; the run itself goes on.

    A show still for this machine only is not warned about: it is not meant for directories yet, and a
    warning on every first run would teach newcomers to skip warnings. `narrator check` still says it all.
    """
    problems = publish.blocking(check(settings))
    if not problems:
        return
    listed = "; ".join(finding.problem for finding in problems)
    if for_this_machine(settings):
        log.info("podcast directories would refuse this show: %s", listed)
        return
    log.warning("podcast directories would refuse this show: %s (`narrator check` says how to fix each)", listed)


def deploy(settings: Settings, target: str | None = None,
           on_sending: publish.OnSending | None = None) -> publish.DeployReport:
    """Mirror the output folder to target (default: publish.deploy_to), the feed last."""
    target = target or settings.publish.deploy_to
    if not target:
        raise ConfigError("nowhere to deploy to", hint="give --to URL or set publish.deploy_to in narrator.toml")
    _require_output(settings.output_dir)
    return publish.deploy(settings.output_dir, target, settings.publish, on_sending)


def deploy_at_end(result: BatchResult, settings: Settings) -> BatchResult:
    """Deploy when publish.deploy_to is set, at the end of a run; a failure joins the failed sources."""
    target = settings.publish.deploy_to
    if not target:
        return result
    try:
        return replace(result, deployed=deploy(settings, target))
    except NarratorError as exc:
        return replace(result, outcomes=(*result.outcomes, _failure(target, exc)))


def remove(spec: str, settings: Settings) -> publish.EpisodeRecord:
    """Take the episode made from a source (or with a GUID) out of the catalog, delete its files, republish."""
    _require_output(settings.output_dir)
    record = _find_episode(spec, settings)
    publish.remove(settings.output_dir, record.guid)
    publish.publish(settings.output_dir, settings.publish)
    return record


def _find_episode(spec: str, settings: Settings) -> publish.EpisodeRecord:
    """The catalogued episode a GUID, an MP3's name, an article URL or a source names."""
    records = publish.episodes(settings.output_dir)
    guids = {audio.episode_guid(spec, spec), audio.episode_guid(None, spec)}
    for record in records:
        if spec in (record.guid, record.file, record.url) or record.guid in guids:
            return record
    with contextlib.suppress(NarratorError):  # a source named another way: its page may say its address
        meta = read(spec, settings).meta
        guid = audio.episode_guid(meta.url, spec, meta.title)
        for record in records:
            if record.guid == guid:
                return record
    raise InputError(f"no episode in {settings.output_dir} was made from it", origin=spec,
                     hint="name the source as it was narrated, the MP3's name, or the GUID from feed.xml")


def _require_output(output_dir: Path) -> None:
    """Refuse a folder narrate never wrote to (a typo would serve 404s or publish an empty show)."""
    if not publish.catalog_path(output_dir).is_file():
        raise ConfigError(f"no narrator output in {output_dir}",
                          hint="name the folder `narrator narrate` wrote to with --output, or narrate something first")


def serve(settings: Settings, host: str, port: int, on_ready: Callable[[str], None] | None = None) -> None:
    """Serve the output folder until interrupted; with the default base_url, feed and page point here."""
    _require_output(settings.output_dir)
    try:
        server = publish.make_server(settings.output_dir, host, port)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ConfigError(f"port {port} on {host} is already in use",
                              hint=f"stop the other server, or choose another port: --port {port + 1}") from exc
        raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror or exc})",
                          hint="check --host and --port") from exc
    try:
        address = f"http://{_reachable(host)}:{server.server_address[1]}/"
        if settings.publish.base_url == PublishSettings.base_url:
            # Links in the feed and page must reach this server, whatever port it was given.
            publish.publish(settings.output_dir, replace(settings.publish, base_url=address))
        if on_ready is not None:
            on_ready(address)
        server.serve_forever()
    finally:
        server.server_close()


def _reachable(host: str) -> str:
    """The name clients use for a listening address: the machine's name for "every interface"."""
    if host in {"", "0.0.0.0", "::"}:
        return socket.getfqdn()
    return f"[{host}]" if ":" in host else host
