"""The speech rules' substring gates, line by line: how often each `"needle" in text` runs on the instructions
benchmark's text, and how many characters it is asked to look through, to find which first looks a change added.

Run: .venv/bin/python benchmarks/gates.py [--text sentences|articles] [--tree PATH] [--base PATH] [--top N]

A rule's first look ("/" in text, "0a" in char_classes(text)) runs on every sentence that reaches it, where its
pattern runs on one in a hundred; a round's new gates cost more than its new patterns (note53: +1.17M of +2.79M
instructions a pass went to substring tests). callgrind sees only the C function they share, so this counts them by
their source line instead, with a trace of the bytecode: deterministic, as instructions.py is, but by line.

Measured under callgrind (3.11, a 78-character text): a one-character test costs ~250 instructions with its
bytecode whatever the text (a memchr is the least of it), a two-character one ~600 where it is not found; a set's
"in" ~190. So a gate's cost is mostly how many tests a sentence runs ("tests"), and "chars" (the haystacks' lengths
summed) adds for the longer needles. Keeping a class needle's answer for the last text (as has_digit is kept) was
tried for "0a", "0A" and "AA": a sentences pass cost 1.2% more, as the text changes between asks and each miss is a
Python call. With --base, the two trees' counts are compared by file and needle (lines move between trees). Not part
of `make bench`: a traced pass takes a few seconds.
"""

from __future__ import annotations

import argparse
import dis
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

HERE = Path(__file__).resolve().parent
_CONTAINS = dis.opmap["CONTAINS_OP"]
Key = tuple[str, int, str, str]  # file, line, needle, the haystack's name


def _needles(code: CodeType) -> dict[int, tuple[str, str]]:
    """Each substring test of code by its offset: the constant needle and what it is looked for in (a local's name,
    or the function whose result it is, "char_classes()")."""
    found: dict[int, tuple[str, str]] = {}
    instructions = list(dis.get_instructions(code))
    for at, instruction in enumerate(instructions):
        if instruction.opcode != _CONTAINS or at < 2:
            continue
        # back from the test to where its right operand began: the instructions before it that leave one item more
        begins, depth, called = at - 1, 0, ""
        while begins > 0:
            step = instructions[begins]
            if step.opname == "LOAD_GLOBAL" or step.opname in ("LOAD_ATTR", "LOAD_METHOD"):
                called = str(step.argval)
            depth += dis.stack_effect(step.opcode, step.arg if step.opcode >= dis.HAVE_ARGUMENT else None,
                                      jump=False)
            if depth >= 1:
                break
            begins -= 1
        needle, haystack = instructions[begins - 1], instructions[at - 1]
        if haystack.opname == "LOAD_CONST" and not isinstance(haystack.argval, str):
            continue  # a constant set's or tuple's "in": a hash or a few comparisons, no search
        if needle.opname == "LOAD_CONST" and isinstance(needle.argval, str):
            found[instruction.offset] = (needle.argval, str(haystack.argval) if begins == at - 1
                                         else f"{called}()")
    return found


def _child(name: str, out: str) -> None:
    """Trace one warmed pass of the text's sentences through the normaliser; write each test's counts to out."""
    sys.path.insert(0, str(HERE))
    from instructions import _text

    from narrator.speech import speakable
    from narrator.speech.segment import sentences

    work = [sentence for block in _text(name).split("\n") if block.strip() for sentence in sentences(block)]
    for sentence in work:  # warmed: the patterns compiled and the caches filled, as instructions.py's pass
        speakable(sentence)
    by_code: dict[CodeType, dict[int, tuple[str, str]]] = {}
    tests: Counter[Key] = Counter()
    chars: Counter[Key] = Counter()

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        """Count each substring test of the speech stage's code as its opcode runs."""
        code = frame.f_code
        if event == "call":
            if os.sep + "speech" + os.sep not in code.co_filename:
                return None
            frame.f_trace_opcodes = True
            return trace
        if event == "opcode":
            needles = by_code.get(code)
            if needles is None:
                needles = by_code[code] = _needles(code)
            test = needles.get(frame.f_lasti)
            if test is not None:
                # a call's result (char_classes(text)) is taken to be a str as long as the text it is asked of
                haystack = frame.f_locals.get(test[1] if not test[1].endswith(")") else "text")
                if test[1].endswith(")") or isinstance(haystack, str):  # a local set's "in" is no search
                    key = (code.co_filename.rsplit("narrator" + os.sep, 1)[-1], frame.f_lineno or 0, *test)
                    tests[key] += 1
                    chars[key] += len(haystack) if isinstance(haystack, str) else 0
        return trace

    sys.settrace(trace)
    try:
        for sentence in work:
            speakable(sentence)
    finally:
        sys.settrace(None)
    rows = [[*key, tests[key], chars[key]] for key in tests]
    Path(out).write_text(json.dumps({"sentences": len(work), "rows": rows}), encoding="utf-8")


def _measure(tree: Path, name: str) -> dict[str, Any]:
    """A tree's counts, traced in a child process that imports that tree."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "gates.json"
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(tree))
        subprocess.run([sys.executable, __file__, "--child", name, "--out", str(out)], env=env, check=True)
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return result


def _by_needle(rows: list[list[Any]]) -> dict[tuple[str, str, str], tuple[int, int]]:
    """Counts summed by file, needle and haystack, the lines left out (they move from tree to tree)."""
    summed: dict[tuple[str, str, str], tuple[int, int]] = {}
    for file, _line, needle, haystack, tests, chars in rows:
        was = summed.get((file, needle, haystack), (0, 0))
        summed[(file, needle, haystack)] = (was[0] + tests, was[1] + chars)
    return summed


def _totals(rows: list[list[Any]]) -> str:
    """One line of totals: tests of one character and longer, and the characters the longer ones looked through."""
    single = sum(row[4] for row in rows if len(row[2]) == 1)
    longer = [row for row in rows if len(row[2]) > 1]
    return (f"{single:,} one-character tests, {sum(row[4] for row in longer):,} longer ones through"
            f" {sum(row[5] for row in longer):,} characters")


def main() -> int:
    """Print the gates of one tree, or the change between two."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", choices=("sentences", "articles"), default="sentences")
    parser.add_argument("--tree", type=Path, default=HERE.parent, help="the source tree to measure")
    parser.add_argument("--base", type=Path, help="a tree to compare with, by file and needle")
    parser.add_argument("--top", type=int, default=30, help="how many rows to print")
    parser.add_argument("--child", choices=("sentences", "articles"), help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.out)
        return 0
    head = _measure(args.tree.resolve(), args.text)
    print(f"{args.tree}: {head['sentences']} sentences; {_totals(head['rows'])}")
    if args.base is None:
        print("tests  chars  line: needle in haystack (longer needles, by characters looked through)")
        longer = sorted((row for row in head["rows"] if len(row[2]) > 1), key=lambda row: -row[5])
        for file, line, needle, haystack, tests, chars in longer[:args.top]:
            print(f"{tests:5d} {chars:6d}  {file}:{line}: {needle!r} in {haystack}")
        return 0
    base = _measure(args.base.resolve(), args.text)
    print(f"{args.base}: {base['sentences']} sentences; {_totals(base['rows'])}")
    before, after = _by_needle(base["rows"]), _by_needle(head["rows"])
    changed = [(key, before.get(key, (0, 0)), after.get(key, (0, 0))) for key in before.keys() | after.keys()]
    changed = [row for row in changed if row[1] != row[2]]
    changed.sort(key=lambda row: (-abs(row[2][0] - row[1][0]), row[0]))
    print("tests base -> tree (chars base -> tree)  file: needle in haystack")
    for (file, needle, haystack), (tests_before, chars_before), (tests_after, chars_after) in changed[:args.top]:
        print(f"{tests_after - tests_before:+6d} {tests_before:5d} -> {tests_after:5d} ({chars_before:6d} ->"
              f" {chars_after:6d})  {file}: {needle!r} in {haystack}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
