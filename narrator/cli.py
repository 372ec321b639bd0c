"""The command line: parse, build Settings once, call the pipeline, turn NarratorError into one line."""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import functools
import json
import logging
import os
import signal
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from narrator import __version__, pipeline
from narrator.config import Settings, language_tag, load_settings
from narrator.engines.base import LOADER_THREAD
from narrator.errors import NarratorError
from narrator.model import Progress as ArticleProgress
from narrator.pipeline import feeds, show
from narrator.pipeline.batch import Outcome, Watcher
from narrator.pipeline.failures import SourceFilter
from narrator.pipeline.voices import voices_report

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

F = TypeVar("F", bound=Callable[..., Any])


@functools.cache
def _err() -> Console:
    """The console of the progress displays, on stderr; rich is imported only when a display may be shown (it took
    0.02 s before a narration could start loading its voice, for runs that show none: --json, --quiet)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _live(disable: bool, articles: bool = True) -> contextlib.AbstractContextManager[Progress | None]:
    """A live progress display on stderr (for articles: with the audio made and the time left; else the time
    taken), or None when disable is set or stderr is no terminal (make, cron, a pipe: there a display cannot
    redraw, and on stopping it left a blank line)."""
    if disable:
        return contextlib.nullcontext()
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.progress import Progress as Live

    console = _err()
    if not console.is_terminal:
        return contextlib.nullcontext()
    ends = (TextColumn("{task.fields[audio]}"), TimeRemainingColumn()) if articles else (TimeElapsedColumn(),)
    return Live(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), *ends, console=console,
                transient=True)


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    """Resolve Settings once from the config file, environment and these flags."""
    config = ctx.obj.get("config") if ctx.obj else None
    return load_settings(config_file=config, overrides=overrides)


def _fail(exc: NarratorError) -> None:
    """Print one line and leave with the error's exit code."""
    click.echo(f"error: {exc}", err=True)
    sys.exit(exc.exit_code)


def handle_errors(func: F) -> F:
    """Turn the NarratorError family into one line and an exit code, in one place; a run cut short ends quietly
    here (click would print "Aborted!" above the line that says how to go on)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NarratorError as exc:
            _fail(exc)
        except KeyboardInterrupt:
            raise click.exceptions.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def output_option(func: F) -> F:
    """The shared --output DIR option."""
    return click.option(
        "--output", "-o", "output_dir", type=click.Path(file_okay=False, path_type=Path),
        help="Output folder for episodes, feed and site [default: output].",
    )(func)


def _language_tag(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--language's value when it is a language tag or auto, else a usage error that says what to write."""
    if value is None or value.strip().lower() == "auto" or language_tag(value) is not None:
        return value
    raise click.BadParameter(f"{value!r} is not a language tag: write one such as de, nl, pt-BR or zh-Hant (BCP 47), "
                             "or auto")


def language_option(func: F) -> F:
    """The shared --language TAG option: every article read in that language, whatever it declares."""
    return click.option(
        "--language", metavar="TAG", callback=_language_tag,
        help="Read every article in this language (a BCP 47 tag: de, nl, pt-BR), whatever it declares; "
             "a text plainly in another is warned of [default: auto: a followed feed's `follow --language`, else "
             "the one the article (or its feed) declares, else clean.language, else the one its words are in].",
    )(func)


def _clean_flags(fmt: str | None, language: str | None) -> dict[str, str] | None:
    """The clean settings the flags set, None when they set none."""
    flags = {key: value for key, value in (("format", fmt), ("force_language", language)) if value is not None}
    return flags or None


def limit_option(func: F) -> F:
    """The shared --limit N option for article feeds."""
    return click.option(
        "--limit", type=click.IntRange(1, 10_000), metavar="N",
        help="New feed items narrated per feed and run, newest first [default: 10; ingest.feed_limit].",
    )(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="narrator")
@click.option("--config", type=click.Path(dir_okay=False, path_type=Path),
              help="Settings file [default: ./narrator.toml if present].")
@click.option("--verbose", "-v", count=True, help="More log output (-vv for debug).")
@click.pass_context
def main(ctx: click.Context, config: Path | None, verbose: int) -> None:
    """narrator: articles in, a podcast out, voiced on this machine."""
    ctx.ensure_object(dict)
    ctx.obj["config"] = config
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=max(level, logging.DEBUG), format="%(levelname)s %(name)s: %(source)s%(message)s")
    for handler in logging.getLogger().handlers:  # warnings say which article they are about
        handler.addFilter(SourceFilter())


@contextlib.contextmanager
def _only_errors(quiet: bool) -> Iterator[None]:
    """With --quiet, log only errors: warnings are for runs someone watches."""
    root = logging.getLogger()
    previous = root.level
    if quiet:
        root.setLevel(logging.ERROR)
    try:
        yield
    finally:
        root.setLevel(previous)


def _summary(result: pipeline.BatchResult, quiet: bool) -> None:
    """The end-of-run summary: counts, then each failure with its reason."""
    made = sum(1 for o in result.outcomes if o.episode is not None)
    skipped = sum(1 for o in result.outcomes if o.skipped)
    failed = result.failures
    if not quiet:
        # Only feeds can leave a run with nothing to do: every item was narrated before (or the feed said 304).
        counts = f"{made} narrated, {skipped} unchanged, {len(failed)} failed"
        click.echo(counts if result.outcomes else "nothing new in the feeds", err=True)
    for outcome in failed:
        click.echo(f"failed: {outcome.error}", err=True)
    if result.deployed is not None and not quiet:
        _deployed(result.deployed)


@main.command()
@click.argument("sources", nargs=-1)
@click.option("--voice", help="Voice profile from voices/ [default: default]; see `narrator voices`.")
@output_option
@click.option("--workers", type=click.IntRange(1, 64), help="Articles narrated in parallel [default: 1].")
@click.option("--scheduler", metavar="ADDRESS", help="Run the batch on a Dask cluster (tcp://host:8786).")
@click.option("--feed", "feeds", multiple=True, metavar="URL",
              help="Narrate what is new in a blog's feed (the newest --limit items the first time).")
@limit_option
@click.option("--format", "fmt", type=click.Choice(["auto", "html", "markdown", "text"]),
              help="Read every source as this format [default: auto].")
@language_option
@click.option("--quiet", "-q", is_flag=True, help="Print only failures.")
@click.option("--json", "as_json", is_flag=True, help="Print the outcome of each source as JSON.")
@click.pass_context
@handle_errors
def narrate(ctx: click.Context, sources: tuple[str, ...], voice: str | None, output_dir: Path | None,
            workers: int | None, scheduler: str | None, feeds: tuple[str, ...], limit: int | None, fmt: str | None,
            language: str | None, quiet: bool, as_json: bool) -> None:
    """Narrate SOURCES (files, folders, globs, URLs, - for stdin) into episodes and the feed."""
    settings = _settings(ctx, voice=voice, output_dir=output_dir, workers=workers, clean=_clean_flags(fmt, language),
                         ingest={"feed_limit": limit} if limit else None)
    _run_batch(lambda watch: pipeline.narrate(sources, settings, feeds=feeds, scheduler=scheduler, watch=watch),
               quiet, as_json)


def _run_batch(batch: Callable[[Watcher], pipeline.BatchResult], quiet: bool, as_json: bool) -> None:
    """Run a batch on the progress display with a line per article, print the summary, exit 1 if any failed."""
    silent = quiet or as_json
    with _only_errors(quiet), _live(disable=silent) as bar, \
            _logs_above_the_display():
        result = batch(_Display(bar, say_episodes=not silent))
    if as_json:
        click.echo(json.dumps([_outcome_json(o) for o in result.outcomes], indent=2))
    _summary(result, quiet)
    sys.exit(1 if result.failures else 0)


class _Display(Watcher):
    """The batch on one display: articles done of total, and for each article being narrated its segments
    done of total, the audio made so far and the time left. Events come from the pipeline's threads. Without a
    display (bar None) only the episodes are said, when say_episodes is set."""

    def __init__(self, bar: Progress | None, say_episodes: bool) -> None:
        self.bar, self.say_episodes = bar, say_episodes
        self.batch = bar.add_task("articles", total=None, audio="") if bar is not None else None
        self.rows: dict[str, TaskID] = {}
        self.done: set[str] = set()
        self.lock = threading.Lock()

    def started(self, total: int) -> None:
        """The number of articles is known."""
        if self.bar is not None and self.batch is not None:
            self.bar.update(self.batch, total=total)

    def progress(self, origin: str, progress: ArticleProgress) -> None:
        """Show how far one article has got (a late event for a finished article is ignored)."""
        if self.bar is None:
            return
        with self.lock:
            if origin in self.done:
                return
            row = self.rows.get(origin)
            if row is None:
                name = origin if len(origin) <= 40 else "..." + origin[-37:]
                row = self.rows[origin] = self.bar.add_task(name, total=progress.segments_total, audio="")
            self.bar.update(row, completed=progress.segments_done, total=progress.segments_total,
                            audio=f"{progress.audio_seconds:.0f} s audio")

    def finished(self, outcome: Outcome) -> None:
        """Count the article, drop its row and say where its episode is."""
        if self.bar is not None and self.batch is not None:
            with self.lock:
                self.done.add(outcome.origin)
                row = self.rows.pop(outcome.origin, None)
                if row is not None:
                    self.bar.remove_task(row)
                self.bar.advance(self.batch)
        if outcome.mp3 is not None and self.say_episodes:
            state = f"{outcome.episode.duration_s:.0f} s" if outcome.episode else "unchanged"
            click.echo(f"{outcome.origin} -> {outcome.mp3} ({state})", err=True)


@contextlib.contextmanager
def _logs_above_the_display() -> Iterator[None]:
    """Log lines go through the display's stderr (printed above it) instead of through the middle of it."""
    original = sys.stderr
    handlers = [h for h in logging.getLogger().handlers
                      if isinstance(h, logging.StreamHandler) and h.stream in (sys.__stderr__, original)]
    before = [h.stream for h in handlers]
    for handler in handlers:
        handler.setStream(sys.stderr)  # inside the display, sys.stderr is rich's proxy
    try:
        yield
    finally:
        for handler, stream in zip(handlers, before, strict=True):
            handler.setStream(stream)


def _outcome_json(outcome: Outcome) -> dict[str, Any]:
    """One source's outcome for --json."""
    episode = outcome.episode
    return {
        "source": outcome.origin,
        "ok": outcome.error is None,
        "error": outcome.error,
        "skipped": outcome.skipped,
        "mp3": str(outcome.mp3) if outcome.mp3 else None,
        "guid": episode.guid if episode else None,
        "duration_s": round(episode.duration_s, 2) if episode else None,
        "seconds": round(outcome.seconds, 2),
    }


@main.command()
@click.argument("urls", nargs=-1, metavar="[URL]...")
@output_option
@click.option("--language", metavar="TAG", callback=_language_tag,
              help="Read these feeds' articles in this language (a BCP 47 tag: de, nl, pt-BR), whatever they "
                   "declare, in every `update`; auto: their own again [default: as before, else auto].")
@click.pass_context
@handle_errors
def follow(ctx: click.Context, urls: tuple[str, ...], output_dir: Path | None, language: str | None) -> None:
    """Follow blogs' RSS or Atom feeds, for `narrator update`; without URL, list the feeds followed."""
    settings = _settings(ctx, output_dir=output_dir)
    if not urls:
        if language is not None:
            raise click.UsageError("--language is for the feeds named: narrator follow URL --language TAG")
        for state in feeds.followed(settings):
            read_in = f"  (read in {state.language})" if state.language else ""
            click.echo(f"{state.url}  {state.title or ''}".rstrip() + read_in)
        return
    chosen = None if language is None else language_tag(language) or ""  # auto: their own
    failed = 0
    for url in urls:
        try:
            feed, new = feeds.follow(url, settings, chosen)
        except NarratorError as exc:
            click.echo(f"error: {exc}", err=True)
            failed += 1
            continue
        kept = chosen if chosen is not None or new else next(
            (state.language for state in feeds.followed(settings) if state.url == url), "")
        read_in = f", read in {kept}" if kept else ", read in their own languages" if chosen == "" else ""
        # "the first time" is only true of a feed just followed: one followed before may have been updated already
        then = f"the newest {settings.ingest.feed_limit} the first time" if new else "what is new since the last update"
        click.echo(f"{'following' if new else 'already following'} {feed.title} ({url}): {len(feed.items)} items"
                   f"{read_in}; `narrator update` narrates {then}", err=True)
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("url")
@output_option
@click.pass_context
@handle_errors
def unfollow(ctx: click.Context, url: str, output_dir: Path | None) -> None:
    """Stop following a feed (its episodes stay)."""
    if not feeds.unfollow(url, _settings(ctx, output_dir=output_dir)):
        raise NarratorError("not followed", origin=url, hint="`narrator follow` lists the feeds followed")
    click.echo(f"no longer following {url}", err=True)


@main.command()
@click.option("--voice", help="Voice profile from voices/ [default: default]; see `narrator voices`.")
@output_option
@click.option("--workers", type=click.IntRange(1, 64), help="Articles narrated in parallel [default: 1].")
@click.option("--scheduler", metavar="ADDRESS", help="Run the batch on a Dask cluster (tcp://host:8786).")
@limit_option
@language_option
@click.option("--quiet", "-q", is_flag=True, help="Print only failures.")
@click.option("--json", "as_json", is_flag=True, help="Print the outcome of each article as JSON.")
@click.pass_context
@handle_errors
def update(ctx: click.Context, voice: str | None, output_dir: Path | None, workers: int | None,
           scheduler: str | None, limit: int | None, language: str | None, quiet: bool, as_json: bool) -> None:
    """Narrate what is new in every followed feed, publish, and deploy to publish.deploy_to: the cron line."""
    settings = _settings(ctx, voice=voice, output_dir=output_dir, workers=workers,
                         clean=_clean_flags(None, language), ingest={"feed_limit": limit} if limit else None)
    _run_batch(lambda watch: pipeline.update(settings, scheduler=scheduler, watch=watch), quiet, as_json)


@main.command()
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["auto", "html", "markdown", "text"]), default="auto",
              show_default=True, help="How to read SOURCE.")
@click.option("--voice", help="Voice profile whose lexicons and pauses to apply.")
@language_option
@click.option("--json", "as_json", is_flag=True, help="Print title, byline, body blocks and segments as JSON.")
@click.pass_context
@handle_errors
def preview(ctx: click.Context, source: str, fmt: str, voice: str | None, language: str | None, as_json: bool) -> None:
    """Show what would be read from SOURCE and how it would be said; no audio."""
    settings = _settings(ctx, voice=voice, clean=_clean_flags(fmt, language))
    shown = pipeline.preview(source, settings)
    if as_json:
        click.echo(json.dumps(pipeline.preview_json(shown), indent=2, ensure_ascii=False))
        return
    meta = shown.document.meta
    click.echo(f"Title:     {meta.title}")
    if meta.standfirst:
        click.echo(f"Summary:   {meta.standfirst}")
    click.echo(f"By:        {meta.byline or '-'}")
    click.echo(f"Published: {meta.published or '-'}")
    click.echo(f"Language:  {meta.language}")
    click.echo("")
    for block in shown.document.blocks:
        prefix = "#" * block.level + " " if block.kind == "heading" else ""
        click.echo(prefix + block.text + "\n")
    click.echo("--- spoken segments ---")
    for segment in shown.script.segments:
        click.echo(f"[{segment.pause_after_ms:>4} ms] {segment.text}")
    if shown.left_out:
        click.echo(f"--- left out: {len(shown.left_out)} lines of the source that are not read ---")
        for line in shown.left_out:
            click.echo(line if len(line) <= 120 else line[:117] + "...")


@main.command(name="publish")
@output_option
@click.option("--to", "target", metavar="URL",
              help="Mirror the show to file:///path, sftp://user@host[:port]/path or s3://bucket/prefix "
                   "[default: publish.deploy_to].")
@click.pass_context
@handle_errors
def publish_command(ctx: click.Context, output_dir: Path | None, target: str | None) -> None:
    """Rebuild the feed and the site from the catalog; with --to, send what changed to static hosting."""
    settings = _settings(ctx, output_dir=output_dir, publish={"deploy_to": target} if target else None)
    for path in show.republish(settings):
        click.echo(str(path))
    if show.for_this_machine(settings):
        click.echo(f"note: feed and page point at {settings.publish.base_url}, for `narrator serve` on this machine; "
                   "to publish the show for podcast apps, `narrator check` says what to set "
                   "(README: Publish, serve, remove)", err=True)
    if settings.publish.deploy_to:
        with _live(disable=False, articles=False) as bar:
            task = bar.add_task("comparing", total=None) if bar is not None else None

            def sending(name: str, number: int, total: int) -> None:
                if bar is not None and task is not None:
                    bar.update(task, description=f"sending {name}", completed=number - 1, total=total)

            report = show.deploy(settings, on_sending=sending)
        _deployed(report)


def _deployed(report: show.DeployReport) -> None:
    """One line on what a deploy did."""
    click.echo(f"{report.target}: {len(report.sent)} sent ({report.bytes_sent:,} bytes), "
               f"{len(report.deleted)} deleted, {report.unchanged} unchanged", err=True)


@main.command()
@click.argument("source")
@output_option
@click.pass_context
@handle_errors
def remove(ctx: click.Context, source: str, output_dir: Path | None) -> None:
    """Take an episode out of the feed and site and delete its files (SOURCE as narrated, or its GUID)."""
    record = show.remove(source, _settings(ctx, output_dir=output_dir))
    click.echo(f"removed {record.title!r} ({record.guid}, {record.file})")


@main.command()
@output_option
@click.pass_context
@handle_errors
def check(ctx: click.Context, output_dir: Path | None) -> None:
    """Check the show against what Apple Podcasts, Spotify and Podcast Index require (exit 1 if refused)."""
    findings = show.check(_settings(ctx, output_dir=output_dir))
    for finding in findings:
        click.echo(f"{'error' if finding.blocking else 'warning'}: {finding.problem}")
        click.echo(f"  fix: {finding.fix}")
    refused = sum(1 for finding in findings if finding.blocking)
    if refused:
        click.echo(f"{refused} problem{'s' if refused > 1 else ''} would stop a submission to podcast directories")
        sys.exit(1)
    click.echo("ready to submit to Apple Podcasts, Spotify and Podcast Index")


@main.command()
@output_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port.")
@click.pass_context
@handle_errors
def serve(ctx: click.Context, output_dir: Path | None, host: str, port: int) -> None:
    """Serve the output folder (feed, episodes, site) for podcast apps."""
    settings = _settings(ctx, output_dir=output_dir)
    served: list[str] = []

    def ready(address: str) -> None:
        served.append(address)
        click.echo(f"serving {settings.output_dir} at {address} (feed: {address}feed.xml; Ctrl-C stops)", err=True)

    try:
        show.serve(settings, host, port, on_ready=ready)
    except KeyboardInterrupt:
        feed = f"; the feed was at {served[0]}feed.xml" if served else ""
        click.echo(f"stopped serving {settings.output_dir}{feed}", err=True)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON: one object per engine, voice and profile.")
@click.pass_context
@handle_errors
def voices(ctx: click.Context, as_json: bool) -> None:
    """List engines with their voices (id, language) and voice profiles, usable here or why not."""
    rows = voices_report(_settings(ctx))
    if as_json:
        click.echo(json.dumps([dataclasses.asdict(row) for row in rows], indent=2))
        return
    for kind, heading in (("engine", "Engines and their voices (id, language):"), ("profile", "Voice profiles:")):
        click.echo(heading)
        for row in (r for r in rows if r.kind == kind):
            click.echo(f"  {row.name:<10} {'yes' if row.usable else 'no ':<4} {row.detail}")
            spoken = [f"{v.name}\0({v.language})" if v.language != v.name else v.name  # \0: not split
                      for v in rows if v.kind == "voice" and v.engine == row.name and kind == "engine"]
            if spoken:
                click.echo(textwrap.fill(", ".join(spoken), width=100, initial_indent=" " * 13,
                                         subsequent_indent=" " * 13, break_on_hyphens=False).replace("\0", " "))
    click.echo("Choose a profile with --voice NAME; a profile names its engine's voice by id.")


_stopped_by: int | None = None
"""The signal (Ctrl-C's SIGINT, SIGTERM, SIGHUP) that asked this run to stop, once one has."""


def _stop_like_ctrl_c(signum: int, frame: object) -> None:
    """Unwind as Ctrl-C does, so pool processes, encoders and temporary folders are stopped and removed.

    By default SIGTERM (kill, timeout, systemd, a cancelled CI job) ends Python at once: its pool processes were
    left waiting for work for ever, holding a loaded voice each, and its temporary folders stayed behind.
    """
    global _stopped_by
    _stopped_by = signum
    signal.signal(signum, signal.SIG_DFL)  # a second one ends the process at once
    raise KeyboardInterrupt


def run() -> NoReturn:
    """The console script: the command, then an exit that skips the interpreter's teardown once nothing is left to do.

    Tearing down the modules and objects of a run that loaded a Piper voice took 0.14-0.22 s after the last file
    was written (four runs on the seed page), against 0.06 s for os._exit: the process's end frees that memory anyway.
    """
    # numpy's OpenBLAS starts a thread per core when numpy loads, which spins before it sleeps: 1% of a narration's
    # CPU (0.09 s on the seed page), on the core loading the voice. Nothing here multiplies matrices with it.
    # Set before numpy loads (it loads lazily, once an article is measured or a voice loaded).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    for stop in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(stop) is not signal.SIG_IGN:  # nohup, or a shell's background job: left ignored
            signal.signal(stop, _stop_like_ctrl_c)
    try:
        main()
    except SystemExit as exc:
        _leave(exc.code)
    _leave(0)  # click always ends with SystemExit; this is for a main that returns


def _leave(code: object) -> NoReturn:
    """Exit with code, quickly when only this thread is left: exit handlers run and streams are flushed first."""
    if isinstance(code, str):
        click.echo(code, err=True)
    status = code if isinstance(code, int) else 0 if code is None else 1
    if _stopped_by is not None and status:  # cut short; a command that stops on it (serve) ends as it says
        _end_by_signal(_stopped_by)
    others = [t for t in threading.enumerate()  # a voice still loading is not needed now
              if t is not threading.main_thread() and not t.daemon and t.name != LOADER_THREAD]
    if others or "distributed" in sys.modules:  # work still running, or Dask's own shutdown: the usual way
        sys.exit(status)
    atexit._run_exitfuncs()  # logging's flush, temporary folders' finalizers
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a reader that went away, or a closed stream
            stream.flush()
    os._exit(status)


def _end_by_signal(signum: int) -> NoReturn:
    """End by the signal that cut the run short, once it has unwound: the shell or service manager then sees why."""
    name = "Ctrl-C" if signum == signal.SIGINT else signal.Signals(signum).name
    click.echo(f"stopped by {name}; run the same command again to go on (finished work is kept)", err=True)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os.kill(os.getpid(), signum)  # its handler is the default again
    os._exit(128 + signum)  # not reached


if __name__ == "__main__":
    run()
