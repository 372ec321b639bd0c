"""A survey of every compiled pattern of narrator's clean and speech stages, timed on runs of the characters its
repeats can eat: where a pattern's time grows much faster than its text, a page built of that run may be slow.

Run: .venv/bin/python benchmarks/patterns.py [--workers N] [--out FILE] [--only MODULE]

Every module of narrator.clean and narrator.speech is imported and each `re.Pattern` found: module globals, class
attributes, patterns held in tuples, lists and dicts at module level, and the speech rules' deferred patterns. Each
pattern's parse (`re._parser`) gives its repeats and the characters they take; runs of those characters (and always
spaces, tabs, newlines, NBSP, digits, letters, stops and dashes) are timed at 2,000 characters, alone, before a
character nothing takes, and after the pattern's own opening literal, with the methods the code calls it with
(`search`, `match`, or `finditer` for sub, findall, split and finditer; all three where no call is found). The
slowest inputs are timed again at 500, 2,000 and 8,000 characters; a pattern whose time grows x12 or more for x4 the
text is flagged. Whether a document reaches a flagged pattern depends on where it is called (on what text, after
what squashing): that is for a reader to judge, and `reach.py` tries whole documents. Each pattern is timed in a
forked worker under a CPU timer, so one that never ends is reported, not waited on. Not part of `make bench`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import multiprocessing
import os
import pkgutil
import re
import re._constants as sre
import re._parser as sre_parse
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
SCREEN = 2_000
SIZES = (500, 2_000, 8_000)
SLOW_S = 0.0005
"""A screen time above this (a linear pass over 2,000 characters takes tens of microseconds) is timed at each size."""
GROWTH = 12.0
"""x4 the text: about x4 the time when linear, x16 when quadratic."""
CALL_LIMIT_S = 10.0
"""CPU seconds one call may take before it is stopped and reported as over the limit."""
ALWAYS = (" ", "\t", "\n", "\u00a0", "1", "a", "A", ".", "-")
STRANGER = "\u2603"
"""A character no rule takes: put after a run, it makes a match fail at the run's end and backtrack."""
CALLS = {"search": "search", "match": "match", "fullmatch": "match", "sub": "finditer", "subn": "finditer",
         "findall": "finditer", "finditer": "finditer", "split": "finditer"}
PACKAGES = ("narrator.clean", "narrator.speech")


@dataclass
class Found:
    """One compiled pattern and where it lives."""

    module: str
    name: str
    pattern: re.Pattern[Any]
    methods: tuple[str, ...] = ()


@dataclass
class Timed:
    """A pattern's survey: its worst input at the screen and, when slow, at each size."""

    module: str
    name: str
    source: str
    methods: list[str]
    screen_s: float = 0.0
    worst: str = ""
    sizes: dict[int, float] = field(default_factory=dict)
    growth: float = 0.0
    over_limit: bool = False
    error: str = ""


class _OverLimit(BaseException):
    """Raised in a call by the CPU timer's handler."""


def _stop(signum: int, frame: FrameType | None) -> None:
    raise _OverLimit


def _modules(only: str | None) -> Iterator[ModuleType]:
    """Every module of the clean and speech packages (or the one asked for), imported."""
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        names = [package_name] + [info.name for info in pkgutil.walk_packages(package.__path__, package_name + ".")]
        for name in names:
            if only and not name.startswith(only):
                continue
            try:
                yield importlib.import_module(name)
            except Exception as error:  # a module that cannot load is reported
                print(f"cannot import {name}: {error}", file=sys.stderr)


def _as_pattern(value: object) -> re.Pattern[Any] | None:
    """The compiled pattern a value is or stands for (the speech rules compile theirs at first use)."""
    if isinstance(value, re.Pattern):
        return value
    source = getattr(type(value), "__name__", "") == "_Deferred" and value.__dict__.get("_source")
    return re.compile(*source) if source else None


def _held(name: str, value: object, depth: int = 0) -> Iterator[tuple[str, re.Pattern[Any]]]:
    """The patterns a module-level value is or holds in its tuples, lists and dicts (a few levels down)."""
    pattern = _as_pattern(value)
    if pattern is not None:
        yield name, pattern
    elif depth < 3 and isinstance(value, (tuple, list)):
        for index, item in enumerate(value):
            yield from _held(f"{name}[{index}]", item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for index, (key, item) in enumerate(value.items()):
            yield from _held(f"{name}[{key!r}]" if isinstance(key, str) else f"{name}[#{index}]", item, depth + 1)
            yield from _held(f"{name}[key {index}]", key, depth + 1)


def _call_index(sources: str) -> dict[str, set[str]]:
    """Each name's methods as the code calls them (`NAME.search(`), over all of narrator's source."""
    index: dict[str, set[str]] = {}
    for name, method in re.findall(r"\b(\w+)\.(\w+)\(", sources):
        if method in CALLS:
            index.setdefault(name, set()).add(CALLS[method])
    return index


def _calls(index: dict[str, set[str]], name: str) -> tuple[str, ...]:
    """How the code calls a pattern of this name: the survey's methods, all three where no call is found."""
    bare = name.split("[", 1)[0].rsplit(".", 1)[-1]
    return tuple(sorted(index.get(bare, ()))) or ("finditer", "match", "search")


def collect(only: str | None) -> list[Found]:
    """Every distinct compiled pattern, named where it is defined (else where it is first found)."""
    paths = (HERE.parent / "narrator").rglob("*.py")
    index = _call_index("\n".join(path.read_text(encoding="utf-8") for path in paths))
    found: dict[tuple[object, int], Found] = {}
    for module in _modules(only):
        text = Path(module.__file__ or "").read_text(encoding="utf-8") if module.__file__ else ""
        places: list[tuple[str, object]] = list(vars(module).items())
        for cls_name, cls in vars(module).items():
            if isinstance(cls, type) and cls.__module__ == module.__name__:
                places += [(f"{cls_name}.{attr}", value) for attr, value in vars(cls).items()]
        for name, value in places:
            for label, pattern in _held(name, value):
                key = (pattern.pattern, pattern.flags)
                top = label.split("[", 1)[0].split(".", 1)[0]
                defined = re.search(rf"^\s*{re.escape(top)}\s*(:[^=\n]*)?=", text, re.MULTILINE) is not None
                if key not in found or (defined and found[key].module != module.__name__ and "." not in label):
                    found[key] = Found(module.__name__, label, pattern, _calls(index, label))
    return list(found.values())


def _representatives(items: list[tuple[Any, Any]]) -> set[str]:
    """Characters a character class takes: one of each range, category and literal."""
    chars: set[str] = set()
    negate = bool(items) and items[0][0] is sre.NEGATE
    category = {sre.CATEGORY_DIGIT: "1", sre.CATEGORY_SPACE: " ", sre.CATEGORY_WORD: "a",
                sre.CATEGORY_NOT_DIGIT: "a", sre.CATEGORY_NOT_SPACE: "a", sre.CATEGORY_NOT_WORD: " ."}
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE:
            chars.update({chr(av[0]), chr(av[1]), chr((av[0] + av[1]) // 2)})
        elif op is sre.CATEGORY:
            chars.update(category.get(av, ""))
    if negate:
        return {char for char in (*ALWAYS, ",", "'", "/") if char not in chars}
    return chars


def _chars(sub: Any) -> set[str]:
    """Every character a part of a pattern can take (its literals, classes and any-character)."""
    chars: set[str] = set()
    for op, av in sub.data if hasattr(sub, "data") else sub:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.NOT_LITERAL:
            chars.update(char for char in "a .1" if ord(char) != av)
        elif op is sre.ANY:
            chars.update("a .")
        elif op is sre.IN:
            chars |= _representatives(av)
        for part in _parts(op, av):
            chars |= _chars(part)
    return chars


def _parts(op: Any, av: Any) -> list[Any]:
    """The sub-patterns an operation holds."""
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return [av[2]]
    if op is sre.SUBPATTERN:
        return [av[3]]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [av[1]]
    if op is sre.ATOMIC_GROUP:
        return [av]
    if op is sre.BRANCH:
        return list(av[1])
    if op is sre.GROUPREF_EXISTS:
        return [part for part in av[1:] if part is not None]
    return []


def _literal(sub: Any) -> str | None:
    """The text a part of a pattern matches when it is literals alone, else None."""
    data = sub.data if hasattr(sub, "data") else sub
    if all(op is sre.LITERAL for op, _ in data):
        return "".join(chr(av) for _, av in data)
    return None


def _runs_in(sub: Any, runs: set[str]) -> None:
    """Runs each repeat of a part of a pattern can eat: its characters one by one, its literal body, a word's
    character beside each of its marks."""
    for op, av in sub.data if hasattr(sub, "data") else sub:
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[1] > 1:
            chars = _chars(av[2])
            runs.update(chars)
            body = _literal(av[2])
            if body and 1 < len(body) <= 8:
                runs.add(body)
            marks = sorted(char for char in chars if not char.isalnum())[:6]
            words = [char for char in ("a", "A", "1") if char in chars]
            runs.update(word + mark for word in words[:2] for mark in marks if mark != word)
        for part in _parts(op, av):
            _runs_in(part, runs)


def _opening(parsed: Any) -> str:
    """The literal text a pattern opens with (after anchors), to put before a run."""
    text = ""
    for op, av in parsed.data:
        if op is sre.AT and not text:
            continue
        if op is not sre.LITERAL:
            break
        text += chr(av)
    return text


def inputs(pattern: re.Pattern[Any]) -> list[tuple[str, str, str]]:
    """(run, before, after) for each input to try: every run alone, before a stranger, after the opening."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags) if isinstance(pattern.pattern, str) else None
    runs = set(ALWAYS)
    opening = ""
    if parsed is not None:
        _runs_in(parsed, runs)
        opening = _opening(parsed)
    cases = []
    for run in sorted(runs):
        cases += [(run, "", ""), (run, "", STRANGER)]
        if opening:
            cases.append((run, opening, STRANGER))
    return cases


def _text(pattern: re.Pattern[Any], case: tuple[str, str, str], size: int) -> Any:
    """The input of a case at the size asked for (bytes for a bytes pattern)."""
    run, before, after = case
    text = before + run * (size // len(run)) + after
    return text.encode("utf-8", "replace") if isinstance(pattern.pattern, bytes) else text


def _call(pattern: re.Pattern[Any], method: str, text: Any) -> float:
    """CPU seconds of one call (finditer run to its end); CALL_LIMIT_S and over when stopped by the timer."""
    # The thread's clock: this machine's process clock stands still while an ITIMER_VIRTUAL timer is armed.
    started = time.thread_time()
    signal.setitimer(signal.ITIMER_VIRTUAL, CALL_LIMIT_S)
    try:
        if method == "finditer":
            for _ in pattern.finditer(text):
                pass
        else:
            getattr(pattern, method)(text)
    except _OverLimit:
        return max(time.thread_time() - started, CALL_LIMIT_S)
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    return time.thread_time() - started


def _best(pattern: re.Pattern[Any], method: str, text: Any) -> float:
    """The least of three calls' CPU time (one call when it is long enough not to be noise)."""
    first = _call(pattern, method, text)
    if first > 0.2:
        return first
    return min(first, _call(pattern, method, text), _call(pattern, method, text))


def survey(found: Found) -> Timed:
    """Time one pattern: every input at the screen size, then its three slowest at each size."""
    # The timer's signal is SIGVTALRM (ITIMER_VIRTUAL); left to its default it would end the worker.
    signal.signal(signal.SIGVTALRM, _stop)
    pattern = found.pattern
    timed = Timed(found.module, found.name, str(pattern.pattern)[:300], list(found.methods))
    try:
        screened = sorted(((_call(pattern, method, _text(pattern, case, SCREEN)), method, case)
                           for case in inputs(pattern) for method in found.methods), key=lambda row: -row[0])
    except Exception as error:  # a pattern the parse or a call refuses
        timed.error = f"{type(error).__name__}: {error}"
        return timed
    timed.screen_s = screened[0][0]
    timed.worst = f"{screened[0][1]} {screened[0][2]!r}"
    if timed.screen_s < SLOW_S:
        return timed
    for _, method, case in screened[:3]:
        sizes = {}
        for size in SIZES:
            sizes[size] = _best(pattern, method, _text(pattern, case, size))
            if sizes[size] >= CALL_LIMIT_S:
                timed.over_limit = True
                break
        growth = sizes.get(8_000, CALL_LIMIT_S) / max(sizes[2_000], 1e-5)
        if growth > timed.growth or not timed.sizes:
            timed.growth, timed.sizes, timed.worst = growth, sizes, f"{method} {case!r}"
    return timed


def main() -> int:
    """Survey every pattern in forked workers and print the flagged ones."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, help="write every pattern's survey here as JSON")
    parser.add_argument("--only", help="survey the modules whose name starts with this (narrator.clean.bylines)")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent))
    found = collect(args.only)
    started = time.process_time()
    context = multiprocessing.get_context("fork")  # the workers inherit the patterns found, compiled once
    with context.Pool(args.workers, maxtasksperchild=200) as pool:
        results = list(pool.imap_unordered(survey, found, chunksize=4))
    children = sum(os.times()[2:4])  # the workers', counted once the pool has ended them
    flagged = sorted((row for row in results if row.growth >= GROWTH or row.over_limit), key=lambda row: -row.growth)
    print(f"patterns surveyed: {len(results)}, CPU {children + time.process_time() - started:.0f} s, "
          f"timed at each size: {sum(1 for row in results if row.sizes)}, flagged: {len(flagged)}")
    for row in (row for row in results if row.error):
        print(f"  error {row.module} {row.name}: {row.error}")
    for row in flagged:
        times = " / ".join(f"{seconds * 1000:.1f}" for seconds in row.sizes.values())
        limit = " (over the limit)" if row.over_limit else ""
        print(f"x{row.growth:5.1f}{limit} {row.module} {row.name} [{','.join(row.methods)}] {row.worst[:80]}: "
              f"{times} ms at {'/'.join(str(size) for size in row.sizes)}")
    if args.out:
        args.out.write_text(json.dumps([asdict(row) for row in results], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
