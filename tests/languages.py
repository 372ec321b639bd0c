"""Reading our own pages for their language (tests/fixtures/lang3, lang4): the document and whether narrator warned
that a declared language was overruled."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from narrator.clean import clean
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
