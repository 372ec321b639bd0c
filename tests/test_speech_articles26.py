"""Fourteen whole articles of our own (h188, issue #10), of kinds nobody had read end to end.
"""

from __future__ import annotations

from pathlib import Path

from tests.articles import HOUSE_SOUNDS, Articles, KnownMisses, standard_tests

ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles26", HOUSE_SOUNDS)

_ELSEWHERE: dict[tuple[str, int], str] = {}
_ENDED_ELSEWHERE: dict[tuple[str, int], str] = {}

globals().update(standard_tests(ARTICLES, KnownMisses(sentences=_ELSEWHERE, ended=_ENDED_ELSEWHERE)))
