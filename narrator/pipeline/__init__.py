"""The composition root: narrate a batch, update followed feeds, preview one source.

The stages are called from this package and from nowhere else: here (the batch), jobs.py (one source: read,
narrate, keep), feeds.py (which feed items to narrate and what to remember), show.py (the published show:
rebuild, check, deploy, remove, serve); voices.py resolves the voice first, batch.py runs jobs here, in a
process pool or on Dask, and failures.py words what went wrong.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from narrator import files, publish
from narrator.config import Settings
from narrator.engines import get_engine
from narrator.errors import ConfigError, EngineError, NarratorError
from narrator.model import Document, Script
from narrator.pipeline import batch
from narrator.pipeline.batch import Outcome, Watcher
from narrator.pipeline.budget import reading_budget
from narrator.pipeline.failures import CURRENT_SOURCE, failure, log_traceback
from narrator.pipeline.feeds import FeedPlan, plan_feeds, remember_feeds
from narrator.pipeline.jobs import Spec, keep, prepare_all, run_job, source_of, sources
from narrator.pipeline.show import deploy, warn_if_not_ready
from narrator.pipeline.voices import check_voice, preload_voice, speech_settings, voice_files, voicing
from narrator.profiles import load_profile
from narrator.synthesise import choose_voice, warn_if_foreign

__all__ = ["BatchResult", "OnOutcome", "Preview", "narrate", "preview", "preview_json", "update"]

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
    if not scheduler and settings.workers <= 1:  # voiced in this process: it loads while the sources are read
        preload_voice(profile, get_engine(profile.engine, settings.voices_dirs))
    # Every MP3 embeds the show's cover; workers get its bytes, they share no disk with this process.
    cover = publish.cover(settings.publish, settings.output_dir)
    settings = replace(settings, audio=replace(settings.audio, cover=cover))
    voice = voicing(settings, profile)
    _remove_half_written(settings)
    plans, todo, failed = _gather(specs, feeds, settings)
    watcher = watch or Watcher()
    watcher.started(len(todo) + len(failed))
    outcomes: list[Outcome] = []

    def finished(outcome: Outcome) -> None:
        log_traceback(outcome)
        outcomes.append(outcome)
        watcher.finished(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    jobs, done = prepare_all(todo, settings, voice)
    for outcome in failed + done:
        finished(outcome)
    if scheduler:
        jobs = [replace(job, shared_disk=False) for job in jobs]
    by_origin = {job.source.origin: job for job in jobs}
    level = logging.getLogger("narrator").getEffectiveLevel()
    shipped = voice_files(profile, settings) if scheduler and jobs else ()
    for made in batch.run(run_job, jobs, settings.workers, scheduler, watcher, log_level=level, voice_files=shipped):
        finished(keep(made, by_origin[made.outcome.origin], settings))
    remember_feeds(plans, outcomes, settings)
    publish.publish(settings.output_dir, settings.publish)
    warn_if_not_ready(settings)
    return deploy_at_end(BatchResult(outcomes=tuple(outcomes)), settings)


def _remove_half_written(settings: Settings) -> None:
    """Remove the files a killed run left half-written in the output folder and the take cache."""
    # The take cache is written atomically too: its shards ("ab/") hold a killed run's parts as well.
    for folder in (settings.output_dir, settings.output_dir / "episodes", *settings.synth.cache_dir.glob("??")):
        if files.remove_stale_parts(folder):
            log.info("removed files left half-written by a killed run in %s", folder)


def _gather(specs: Iterable[str], feeds: Iterable[str],
            settings: Settings) -> tuple[list[FeedPlan], list[Spec], list[Outcome]]:
    """The feeds' plans, every source to narrate (feed items first) and the sources or feeds that failed already."""
    plans, failed = plan_feeds(feeds, settings)
    todo: list[Spec] = [item for plan in plans for item in plan.todo]
    if specs or not feeds:
        found, unreadable = sources(specs, settings)
        todo, failed = list(dict.fromkeys([*todo, *found])), failed + unreadable
    return plans, todo, failed


@dataclass(frozen=True)
class Preview:
    """What preview shows of one source: the article read, how it is said, and the source's lines left out."""

    document: Document
    script: Script
    left_out: tuple[str, ...]
    """Lines of the source (a page's blocks, a text's lines) that nothing read says: clutter, or a rule's mistake."""


def preview(spec: str, settings: Settings) -> Preview:
    """What would be read and said for one source, without any audio."""
    from narrator import clean, speech  # see jobs._script_of

    token = CURRENT_SOURCE.set(spec)
    try:
        profile = load_profile(settings.voice, settings.voices_dirs)
        source = source_of(spec, settings)
        limit = settings.clean.max_seconds
        with reading_budget(source.origin, limit):
            document = clean.clean(source, settings.clean)
        try:
            engine = get_engine(profile.engine, settings.voices_dirs)
            max_chars = engine.max_chars
            warn_if_foreign(choose_voice(engine, profile, document.meta.language), document.meta.title,
                            document.meta.language, engine)
        except EngineError:
            max_chars = settings.speech.max_chars  # preview still works where the engine is missing
        with reading_budget(source.origin, limit):  # the voice's load between the two is not the page's
            script = speech.script(document, speech_settings(settings, profile, max_chars))
            left_out = clean.left_out(source, document, settings.clean)
        return Preview(document, script, left_out)
    finally:
        CURRENT_SOURCE.reset(token)


def preview_json(preview: Preview) -> dict[str, Any]:
    """The preview as the JSON shape in DESIGN.md, with the lines left out."""
    meta = preview.document.meta
    return {
        "title": meta.title,
        "byline": meta.byline,
        "published": meta.published,
        "language": meta.language,
        "url": meta.url,
        "standfirst": meta.standfirst,
        "body": [{"kind": str(b.kind), "text": b.text} for b in preview.document.blocks],
        "segments": [
            {"text": s.text, "pause_ms": s.pause_after_ms, "chapter": s.chapter} for s in preview.script.segments
        ],
        "left_out": list(preview.left_out),
    }


def update(settings: Settings, scheduler: str | None = None, on_outcome: OnOutcome | None = None,
           watch: Watcher | None = None) -> BatchResult:
    """Narrate what is new in every followed feed, publish, and deploy when publish.deploy_to is set."""
    feeds = [state.url for state in publish.followed(settings.output_dir)]
    if not feeds:
        raise ConfigError(f"no feeds are followed in {settings.output_dir}",
                          hint="follow one first: narrator follow https://example.org/feed.xml")
    return narrate((), settings, feeds=feeds, scheduler=scheduler, on_outcome=on_outcome, watch=watch)


def deploy_at_end(result: BatchResult, settings: Settings) -> BatchResult:
    """Deploy when publish.deploy_to is set, at the end of a run; a failure joins the failed sources."""
    target = settings.publish.deploy_to
    if not target:
        return result
    try:
        return replace(result, deployed=deploy(settings, target))
    except NarratorError as exc:
        return replace(result, outcomes=(*result.outcomes, failure(target, exc)))
