"""benchmarks/gates.py finds each substring test of a function by its bytecode: the needle and what it is asked of."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import gates


def _shape(text: str) -> str:
    return text


def _rule(text: str, classes: str) -> bool:
    """Five substring tests and two that are not (a set's, a variable needle's)."""
    word = "x"
    return ("ab" in text and "/" in classes and "0a" in _shape(text) and "q" in text.lower()
            and "z" not in text and "a" in {"a"} and word in text)


def test_each_constant_needle_is_found_with_its_haystack() -> None:
    found = sorted(gates._needles(_rule.__code__).values())
    assert found == [("/", "classes"), ("0a", "_shape()"), ("ab", "text"), ("q", "lower()"), ("z", "text")]


def test_a_traced_pass_counts_the_tests_of_the_speech_stage(tmp_path: Path) -> None:
    out = tmp_path / "gates.json"
    gates._child("sentences", str(out))

    counted = json.loads(out.read_text(encoding="utf-8"))
    assert counted["sentences"] > 100
    rows = counted["rows"]
    # every sentence reaches the normaliser's last look for doubled spaces: counted once a sentence, with its length
    doubled = [row for row in rows if row[0].endswith("en.py") and row[2] == "  " and row[3] == "text"]
    assert doubled and doubled[0][4] == counted["sentences"] and doubled[0][5] > 30 * counted["sentences"]
