"""Where a batch's jobs run: here, in a local process pool, or on a Dask cluster, through one task function.

What a job carries (the source's bytes, the resolved voice) and what it sends back (the outcome and, from a
worker without the client's disk, the episode's files) are defined here too, so that the rest of the pipeline
composes the stages and this module only moves jobs, results and progress between processes.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import importlib
import logging
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from narrator import __version__, files
from narrator.config import Settings
from narrator.errors import ConfigError
from narrator.model import Episode, Progress, Source, VoiceProfile

if TYPE_CHECKING:
    from concurrent.futures import Future

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10
"""How long to wait for a Dask scheduler before saying it cannot be reached."""
WORKER_VOICES = Path("~/.cache/narrator/voices")
"""Where a Dask worker keeps the voice files a client sent (its own home)."""
PROGRESS_EVERY_S = 0.25
"""A worker sends an article's progress at most this often (and always its last segment)."""


@dataclass(frozen=True)
class Outcome:
    """What happened to one source in a batch."""

    origin: str
    episode: Episode | None = None
    error: str | None = None
    mp3: Path | None = None
    skipped: bool = False
    seconds: float = 0.0
    traceback: str = ""
    """For an error outside the NarratorError family (a bug), its traceback as text: it comes back from a
    worker process with the outcome, and the client logs it once."""


@dataclass(frozen=True)
class Voicing:
    """A batch's voice, resolved once on the client: the profile and its lexicons' contents."""

    profile: VoiceProfile
    lexicons: tuple[tuple[str, bytes], ...]
    """Every lexicon in the order applied (settings first, then the profile's): its path here and its bytes."""
    fingerprint: str
    """sha256 over all but the source that shapes the render: narrator's version, the profile, the voice's
    revision, the lexicons' contents and the clean, speech and audio settings."""
    revision: str = ""
    """The voice's files' revision (engines.revision_of), "" for a voice installed with its engine."""
    version: str = __version__
    """The client's narrator: a worker running another one would render something else under this key."""


@dataclass(frozen=True)
class Job:
    """One source as a task: everything needed to narrate it, so a worker needs nothing from the client's disk."""

    source: Source
    settings: Settings
    voicing: Voicing
    render_key: str
    """What the catalog remembers of this render: the same key next time means nothing changed."""
    done_files: frozenset[str]
    """Catalogued MP3s of these source bytes on the client's disk: a render that names one is skipped."""
    shared_disk: bool = True
    """True for this machine's processes: write into the output folder and use its take cache. False (Dask):
    render into a temporary folder, keep takes in the worker's own cache and send the files back."""


@dataclass(frozen=True)
class Made:
    """What a job sends back: its outcome and, from a worker with its own disk, the episode's files."""

    outcome: Outcome
    files: tuple[tuple[str, bytes], ...] = ()
    """(file name, bytes): the transcripts and chapters first, the MP3 last."""


class Watcher:
    """Hears how a batch goes; the CLI's display is one. Called from the client's threads, never a worker's."""

    def started(self, total: int) -> None:
        """The batch holds total sources."""

    def progress(self, origin: str, progress: Progress) -> None:
        """How far the narration of one source has got."""

    def finished(self, outcome: Outcome) -> None:
        """One source is done, skipped or failed."""

    def log(self, origin: str, level: int, logger: str, message: str) -> None:
        """A line logged by a worker process: logged here, naming its source once."""
        named = message if message.startswith(f"{origin}:") else f"{origin}: {message}"
        logging.getLogger(logger).log(level, "%s", named)


Task = Callable[[Job, Callable[[Progress], None] | None], Made]
"""The one task function every way of running uses (jobs.run_job)."""


def run(task: Task, jobs: list[Job], workers: int, scheduler: str | None, watch: Watcher,
        log_level: int = logging.WARNING, voice_files: tuple[tuple[str, bytes], ...] = ()) -> Iterator[Made]:
    """Run every job (on Dask, in a process pool, or here one after another), yielding results as they finish.

    Workers send their progress, and what they log at log_level or above, to watch. voice_files, the files
    of a voice the Dask workers may not have, are sent to each worker once.
    """
    if scheduler:
        yield from _on_dask(task, jobs, scheduler, watch, log_level, voice_files)
    elif workers > 1 and len(jobs) > 1:
        yield from _in_pool(task, jobs, workers, watch, log_level)
    else:
        for job in jobs:
            origin = job.source.origin
            yield task(job, lambda progress, origin=origin: watch.progress(origin, progress))  # type: ignore[misc]


def _lost(job: Job, exc: BaseException) -> Made:
    """The outcome of a job whose worker died or could not run it: reported, never silently dropped."""
    origin = job.source.origin
    error = f"{origin}: the worker running it failed ({type(exc).__name__}: {exc}); narrate it again"
    return Made(Outcome(origin, error=error))


def _results(futures: dict[Any, Job], completed: Iterable[Any]) -> Iterator[Made]:
    """Each future's Made as it completes; one whose worker was lost becomes that source's failure."""
    for future in completed:
        try:
            made = future.result()
        except Exception as exc:  # a dead worker or a broken pool: only this source fails
            made = _lost(futures[future], exc)
        yield made


# Events sent from a worker to the client: ["progress", origin, done, total, audio_s] or
# ["log", origin, level, logger, message]; lists of plain values, as Dask's event log needs.
Event = list[Any]


def deliver(event: Event, watch: Watcher) -> None:
    """Hand one worker event to the watcher."""
    if event[0] == "progress":
        watch.progress(str(event[1]), Progress(int(event[2]), int(event[3]), float(event[4])))
    elif event[0] == "log":
        watch.log(str(event[1]), int(event[2]), str(event[3]), str(event[4]))


class _Sender:
    """A worker-side progress callback: sends at most every PROGRESS_EVERY_S, and always the last segment."""

    def __init__(self, send: Callable[[Event], None], origin: str) -> None:
        self.send, self.origin, self.last = send, origin, 0.0

    def __call__(self, progress: Progress) -> None:
        now = time.monotonic()
        if now - self.last >= PROGRESS_EVERY_S or progress.segments_done >= progress.segments_total:
            self.last = now
            self.send(["progress", self.origin, progress.segments_done, progress.segments_total,
                       progress.audio_seconds])


class _ForwardLogs(logging.Handler):
    """In a worker: send what is logged while one job runs (in its thread) to the client."""

    def __init__(self, send: Callable[[Event], None], origin: str, level: int) -> None:
        super().__init__(level)
        self.send, self.origin, self.thread = send, origin, threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.send(["log", self.origin, record.levelno, record.name, record.getMessage()])


def _forwarding(task: Task, job: Job, send: Callable[[Event], None], level: int) -> Made:
    """Run task in a worker, sending its progress and its log lines at level or above to the client."""
    handler = _ForwardLogs(send, job.source.origin, level)
    root, ours = logging.getLogger(), logging.getLogger("narrator")
    previous = ours.level
    ours.setLevel(level)  # a worker process logs what the client shows (-v), no more
    root.addHandler(handler)
    try:
        return task(job, _Sender(send, job.source.origin))
    finally:
        root.removeHandler(handler)
        ours.setLevel(previous)


_pool_events: Any = None
"""In a pool process: the queue its events go to (given once, when the process starts)."""
_pool_cover = b""
"""In a pool process: the show's cover, given once, not with every job (185 KB for the one made from the title)."""
_pool_scratch = ""
"""In a pool process: the folder all its temporary files go in, removed however the process ends."""


_STOPS = (signal.SIGTERM, signal.SIGINT)
"""The signals that stop a pool process."""


def _pool_start(events: Any, parent: int, cover: bytes = b"") -> None:
    """Initialise a pool process: remember the event queue and the show's cover, and stop cleanly when told to or
    orphaned."""
    global _pool_events, _pool_cover, _pool_scratch
    _pool_events, _pool_cover = events, cover
    # A stop comes at any moment, also between a job making a temporary folder and handing it to what removes it
    # on the way out (1 run in 150 of kill -9 on narrator left one). So the process keeps them all in a folder of
    # its own and removes that as it ends. Made while the stop signals are still held: nothing can come between.
    _pool_scratch = tempfile.mkdtemp(prefix="narrator-pool-")
    tempfile.tempdir = _pool_scratch
    atexit.register(shutil.rmtree, _pool_scratch, True)  # the pool shut down as usual
    # Stopped (the pool is shut down, or narrator was), unwind so the job's temporary folders and ffmpeg go too.
    # Ctrl-C in a terminal reaches every process of the group: a pool process stops on it as on SIGTERM. The process
    # started with both held (see _stops_held): one that came while Python started is handled now.
    for stop in _STOPS:
        signal.signal(stop, _exit_on_signal)
    sys.unraisablehook = _quiet_stops(sys.unraisablehook)
    _watch_stops()
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)
    _die_with(parent)


def _watch_stops() -> None:
    """End this pool process at a stop signal between jobs even when its main thread is blocked in a call.

    Python runs a handler only when the main thread next runs Python code: a stop that came just before it blocked
    (waiting for the next job, which may never come) was handled only when that call returned (2 runs in 80 of the
    Ctrl-C test under load: the process waited a minute, narrator was gone). Python writes every signal it handles
    to the wakeup file at once, from whichever thread took it; this thread reads it and ends the process itself.
    """
    read, write = os.pipe()
    os.set_blocking(write, False)
    signal.set_wakeup_fd(write, warn_on_full_buffer=False)
    threading.Thread(target=_stop_watcher, args=(read,), name="narrator-stop-watch", daemon=True).start()


def _stop_watcher(read: int) -> None:
    """Wait on the wakeup file: between jobs a stop ends the process here; in a job, the handler unwinds it, and
    the process ends after STOP_UNWIND_S even if the handler never gets to run (the job blocked in a call)."""
    while signums := os.read(read, 64):
        stops = [signum for signum in signums if signum in _STOPS]
        if stops and not _in_job:
            _end(128 + stops[0])
        if stops:
            _end_after_unwinding(128 + stops[0])


@contextlib.contextmanager
def _stops_held() -> Iterator[None]:
    """Hold the stop signals while pool processes are started, and act on one that came meanwhile at the end.

    The mask is held in this thread, which the processes inherit: one stopped while Python started in it printed a
    KeyboardInterrupt's traceback from deep in an import. The handlers are held too: a thread the mask does not
    cover (a library's own native thread) still takes the signal, and Python then raised KeyboardInterrupt here, in
    the middle of writing a new process its start-up data, which then failed on half of it ("EOFError: Ran out of
    input", a traceback; 1 run in 9 of the Ctrl-C test).
    """
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    came: list[int] = []
    main = threading.current_thread() is threading.main_thread()  # only the main thread may set handlers
    handlers = {stop: signal.signal(stop, lambda signum, frame: came.append(signum)) for stop in _STOPS} if main else {}
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        yield
    finally:
        for stop, handler in handlers.items():
            signal.signal(stop, handler)
        signal.pthread_sigmask(signal.SIG_SETMASK, held)  # a Ctrl-C that came to this thread is raised here
        for signum in dict.fromkeys(came):
            signal.raise_signal(signum)  # and one that came to another thread, with the handler it was meant for


def _ignore_stop(signum: int, frame: object) -> None:
    """A stop that comes while one is handled: the first is enough (SIG_IGN instead made Python print "Signal 15
    ignored due to race condition" for a SIGTERM already on its way)."""


_in_job = False
"""In a pool process: True while a job runs, which a stop signal unwinds; between jobs there is nothing to undo."""

STOP_UNWIND_S = 5.0
"""How long a stopped pool process may take to unwind its job before it ends regardless."""


class _PoolStopped(SystemExit):
    """A pool process was told to stop (SIGTERM, SIGINT): its job unwinds, then the process ends."""


def _exit_on_signal(signum: int, frame: object) -> None:
    """End this pool process: at once between jobs; in a job, once it has unwound (see _pool_task).

    Never by Python's usual exit: that waits for the event queue's writer thread, which waits for ever on the
    queue's lock when a sibling was stopped while writing (the CI run that hung after Ctrl-C for a minute).
    """
    if not _in_job:
        _end(128 + signum)
    # Linux may send the parent-death signal more than once (once per thread of narrator's that adopts the process
    # on the way), and Ctrl-C comes with SIGTERM from the pool: the first is enough, a second must not cut the
    # cleanup short. An unwinding that blocks (on an ffmpeg, on a lock) is cut short after STOP_UNWIND_S.
    for stop in _STOPS:
        signal.signal(stop, _ignore_stop)
    _end_after_unwinding(128 + signum)
    raise _PoolStopped(128 + signum)


def _quiet_stops(previous: Callable[[Any], object]) -> Callable[[Any], None]:
    """An unraisable-exception hook that says nothing of a stop.

    A stop that comes while Python runs a callback (an import's module lock, a finaliser) is raised there, where Python
    cannot raise it and prints "Exception ignored in ..." with its traceback instead (1 run in 60 of the Ctrl-C test).
    The stop is not lost: its unwinding timer is running and ends the process (see _exit_on_signal). Any other
    exception is the previous hook's to report."""

    def hook(unraisable: Any) -> None:
        if not isinstance(unraisable.exc_value, _PoolStopped):
            previous(unraisable)

    return hook


def _end_after_unwinding(code: int) -> None:
    """End this pool process after STOP_UNWIND_S, whether or not its job has unwound by then."""
    timer = threading.Timer(STOP_UNWIND_S, _end, (code,))
    timer.daemon = True
    timer.start()


def _end(code: int) -> NoReturn:
    """End this pool process now, with its temporary folder (see _pool_start)."""
    if _pool_scratch:
        shutil.rmtree(_pool_scratch, ignore_errors=True)
    os._exit(code)


def _die_with(parent: int) -> None:
    """Have Linux send this pool process SIGTERM when narrator dies, even by kill -9.

    Orphaned, a pool process waited for work on its queue for ever, a loaded voice (200-500 MB) and all.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
    if os.getppid() != parent:  # narrator died before the request was made
        os.kill(os.getpid(), signal.SIGTERM)


def _pool_task(task: Task, job: Job, level: int, covered: bool = False) -> Made:
    """A job in a pool process (covered: sent without the show's cover, which this process holds); told to stop,
    the process ends once the job has unwound.

    The pool would catch the stop, send it back to a narrator that may be gone, and wait for the next job for ever.
    """
    global _in_job
    if covered:
        job = _with_cover(job, _pool_cover)
    try:
        _in_job = True  # inside the try: a stop that comes before it ends the process at once
        return _forwarding(task, job, _pool_events.put, level)
    except _PoolStopped as stop:
        _end(stop.code if isinstance(stop.code, int) else 1)
    finally:
        _in_job = False


def _in_pool(task: Task, jobs: list[Job], workers: int, watch: Watcher, level: int) -> Iterator[Made]:
    """Run jobs in a local process pool; a thread here hands their events to the watcher.

    A pool process that dies (the OOM killer, a crashing engine) breaks the whole pool: the articles it
    took down are narrated once more in a new pool, and reported as failed only if that breaks too.
    """
    # multiprocessing and the process pool cost 6 ms to import at every start; most runs use neither.
    from concurrent.futures.process import BrokenProcessPool
    from multiprocessing import get_context

    # spawn, not fork: onnxruntime and espeak hold threads that a fork would copy half-way.
    context = get_context("spawn")
    lost: list[Job] = []
    for made, job in _one_pool(task, jobs, workers, context, watch, level):
        if made is None:
            lost.append(job)
        else:
            yield made
    if lost:
        log.warning("a worker process died; narrating %d article(s) again", len(lost))
        for made, job in _one_pool(task, lost, workers, context, watch, level):
            yield made or _lost(job, BrokenProcessPool("a worker process died twice"))


def _one_pool(task: Task, jobs: list[Job], workers: int, context: Any, watch: Watcher,
              level: int) -> Iterator[tuple[Made | None, Job]]:
    """Each job's result from one process pool, or None for a job the pool lost when a process died.

    Each pool has its own event queue: a process killed while writing to one leaves its lock held for good.
    """
    from concurrent.futures import ProcessPoolExecutor, as_completed  # see _in_pool
    from concurrent.futures.process import BrokenProcessPool

    events = context.Queue()
    events.cancel_join_thread()  # never wait at exit for a queue that a dead process may have locked
    drained = threading.Event()
    drain = threading.Thread(target=_drain, args=(events, watch, drained), name="narrator-events", daemon=True)
    with _stops_held():  # the thread keeps the mask it starts with: a Ctrl-C is never delivered to it (see below)
        drain.start()
    # The show's cover goes to each process once: in every job it made each 190 KB, where 5 KB do for an article.
    cover = jobs[0].settings.audio.cover
    pool = ProcessPoolExecutor(min(workers, len(jobs)), mp_context=context, initializer=_pool_start,
                               initargs=(events, os.getpid(), cover))
    broken = False
    try:
        futures: dict[Future[Made], Job] = {}
        # The pool starts its processes as jobs are submitted, writing each its start-up data (the cover too) through
        # a pipe; a Ctrl-C raised in the middle of that write left the process reading half of it ("EOFError: Ran
        # out of input", a traceback). The stop signals are held here, and in every thread started meanwhile (the
        # pool's manager), so that none of them takes the signal and has it raised here while the write goes on.
        with _stops_held():
            for job in jobs:
                covered = bool(cover) and job.settings.audio.cover == cover
                futures[pool.submit(_pool_task, task, _without_cover(job) if covered else job, level, covered)] = job
        for future in as_completed(futures):
            try:
                yield future.result(), futures[future]
            except BrokenProcessPool:
                broken = True
                yield None, futures[future]
            except Exception as exc:  # the job could not be run or sent back: only this source fails
                yield _lost(futures[future], exc), futures[future]
    except BaseException:  # Ctrl-C, or the batch abandoned: stop now, start nothing more
        # A pool process would run the article already queued to it to the end; files are written
        # atomically, so stopping them loses only unfinished work (finished takes stay cached).
        broken = True
        raise
    finally:
        if broken:
            _stop_all(list((getattr(pool, "_processes", None) or {}).values()))
        pool.shutdown(wait=True, cancel_futures=True)
        drained.set()
        drain.join(timeout=5)


def _stop_all(processes: list[Any]) -> None:
    """Stop a pool's processes: SIGTERM, time to unwind, then SIGKILL for any still there.

    The pool's own shutdown waits for every process without a limit, and its queue's writer thread for the
    processes to read the rest of a job larger than the pipe (a long article), which a stopped process never will.
    """
    for process in processes:
        process.terminate()
    deadline = time.monotonic() + STOP_UNWIND_S + 1
    for process in processes:
        process.join(timeout=max(deadline - time.monotonic(), 0))
        if process.is_alive():
            process.kill()
            process.join(timeout=1)


def _drain(events: Any, watch: Watcher, drained: threading.Event) -> None:
    """Deliver events from the pool until it is shut down and nothing is left to read.

    Never stopped by a message through the queue: a process killed while writing to it may hold its lock.
    """
    from queue import Empty

    while True:
        try:
            event = events.get(timeout=0.1)
        except Empty:
            if drained.is_set():
                return
            continue
        except Exception as exc:  # a message cut short by a killed writer: nothing after it can be trusted
            log.debug("stopped reading the pool's events: %r", exc)
            return
        deliver(event, watch)


def _dask_task(task: Task, job: Job, topic: str, level: int, voice_files: tuple[tuple[str, bytes], ...],
               cover: bytes = b"") -> Made:
    """A job on a Dask worker: its events go to the client through the scheduler's event log. cover, the show's
    artwork, comes apart from the job (see _on_dask)."""
    from distributed import get_worker

    refused = same_version(job)
    if refused is not None:
        return refused
    if cover:
        job = _with_cover(job, cover)
    if voice_files:  # the client's voices dirs are on the client's disk: the voice is looked for where it was put
        job = replace(job, settings=replace(job.settings, voices_dirs=(_install(voice_files),)))
    worker = get_worker()
    return _forwarding(task, job, lambda event: worker.log_event(topic, event), level)


def _with_cover(job: Job, cover: bytes) -> Job:
    """The job with this artwork for the show's cover."""
    return replace(job, settings=replace(job.settings, audio=replace(job.settings.audio, cover=cover)))


def _without_cover(job: Job) -> Job:
    """The job without the show's artwork, which travels to each process or worker once, not with every job."""
    return _with_cover(job, b"")


def _install(voice_files: tuple[tuple[str, bytes], ...]) -> Path:
    """Put a voice's files in this worker's own folder for them (once per voice and contents); the folder."""
    digest = hashlib.sha256(b"".join(name.encode("utf-8") + b"\0" + data for name, data in voice_files))
    folder = WORKER_VOICES.expanduser() / digest.hexdigest()[:24]
    for name, data in voice_files:
        path = folder / Path(name).name
        if not path.is_file() or path.stat().st_size != len(data):
            files.write_bytes(path, data)  # atomic: a worker killed mid-write leaves no half a model
    return folder


def same_version(job: Job) -> Made | None:
    """None when this process runs the client's narrator; else the job's failure, saying what to install."""
    if job.voicing.version == __version__:
        return None
    origin = job.source.origin
    error = (f"{origin}: a Dask worker runs narrator {__version__}, this machine {job.voicing.version} "
             f"(install narrator-podcast[dask]=={job.voicing.version} on every worker)")
    return Made(Outcome(origin, error=error))


def _on_dask(task: Task, jobs: list[Job], address: str, watch: Watcher, level: int,
             voice_files: tuple[tuple[str, bytes], ...]) -> Iterator[Made]:
    """Run jobs on a Dask cluster; a job whose worker dies is run again elsewhere by the scheduler."""
    try:
        distributed = importlib.import_module("distributed")  # the optional extra; untyped, hence Any
    except ImportError as exc:
        raise ConfigError("--scheduler needs Dask", hint="pip install 'narrator-podcast[dask]'") from exc
    try:
        client = distributed.Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler ({exc})", origin=address,
                          hint="start `dask scheduler` there, or check the address (tcp://host:8786)") from exc
    topic = f"narrator-{uuid.uuid4().hex}"
    with client:
        client.subscribe_topic(topic, lambda event: deliver(event[1], watch))
        # A voice's files (60 MB for a Piper voice) go to each worker once, not with every job.
        shipped = client.scatter([voice_files], broadcast=True)[0] if voice_files else ()
        # So does the show's cover (185 KB for the one made from the title): in every job, the scheduler held it
        # once per article waiting, 190 MB for a thousand.
        covers = {cover: client.scatter([cover], broadcast=True)[0]
                  for cover in {job.settings.audio.cover for job in jobs} if cover}
        futures = {client.submit(_dask_task, task, _without_cover(job), topic, level, shipped,
                                 covers.get(job.settings.audio.cover, b""), pure=False): job for job in jobs}
        try:
            yield from _results(futures, distributed.as_completed(futures, loop=client.loop))
        except BaseException:  # Ctrl-C, or the batch abandoned: the cluster drops what is left
            client.cancel(list(futures))
            raise
        client.unsubscribe_topic(topic)
