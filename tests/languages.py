"""Reading our own pages for their language (tests/fixtures/lang3, lang4): the document and whether narrator warned
that a declared language was overruled."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from narrator.clean import clean
from narrator.cli import main
from narrator.config import CleanSettings
from narrator.model import Document, Format, Source

WARNING = "declares its language"
"""What the warning says when the text overrules a declared language."""


def read_declared(path: Path, caplog: pytest.LogCaptureFixture, header: str = "", feed: str = "",
                  forced: str = "") -> tuple[Document, bool]:
    """The file cleaned (with header as its HTTP Content-Language, from a feed declaring feed, with --language
    forced), and whether narrator warned that a declared language was overruled."""
    hint = {".html": Format.HTML, ".md": Format.MARKDOWN}.get(path.suffix, Format.AUTO)
    source = Source(str(path), path.read_bytes(), hint, language=header)
    with caplog.at_level(logging.WARNING, logger="narrator.clean.language"):
        document = clean(source, CleanSettings(feed_language=feed, force_language=forced))
    return document, any(WARNING in r.getMessage() for r in caplog.records)


def decided(data: bytes, caplog: pytest.LogCaptureFixture, origin: str = "page.html",
            kind: Format = Format.HTML) -> tuple[str, bool]:
    """The language narrator reads the page in, and whether it warned that the declaration was overruled."""
    with caplog.at_level(logging.WARNING, logger="narrator.clean.language"):
        document = clean(Source(origin, data, kind), CleanSettings())
    return document.meta.language, any(WARNING in r.getMessage() for r in caplog.records)


def no_rules_said(data: bytes, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> list[str]:
    """What `narrator preview` warns of a page whose language has no reading rules (it must exit 0)."""
    path = tmp_path / "page.html"
    path.write_bytes(data)
    with caplog.at_level(logging.WARNING):
        result = CliRunner().invoke(main, ["preview", str(path), "--json"])
    assert result.exit_code == 0, result.output
    return [record.getMessage() for record in caplog.records if "no reading rules" in record.getMessage()]


def decision_tests(cases: list[tuple[str, bytes, Format, str, bool]],
                   known: dict[str, str]) -> dict[str, Callable[..., None]]:
    """The tests a file of language-decision cases runs, by name, for its module's globals: each case's language and
    warning (those in known as strict xfails), and known naming only cases."""
    params: list[Any] = [pytest.param(*case, id=case[0], marks=[pytest.mark.xfail(strict=True, reason=known[case[0]])]
                                      if case[0] in known else []) for case in cases]

    @pytest.mark.parametrize(("name", "data", "kind", "language", "warned"), params)
    def test_the_words_decide_where_they_can(name: str, data: bytes, kind: Format, language: str, warned: bool,
                                             caplog: pytest.LogCaptureFixture) -> None:
        origin = {Format.HTML: "page.html", Format.TEXT: "note.txt", Format.MARKDOWN: "note.md"}[kind]
        found, warning = decided(data, caplog, origin, kind)
        assert (found.split("-")[0], warning) == (language, warned)

    def test_every_known_failure_names_a_case() -> None:
        assert set(known) <= {case[0] for case in cases}

    return {"test_the_words_decide_where_they_can": test_the_words_decide_where_they_can,
            "test_every_known_failure_names_a_case": test_every_known_failure_names_a_case}
