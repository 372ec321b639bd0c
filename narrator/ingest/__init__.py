"""Where bytes come from: files, stdin, http(s) with limits, article feeds."""

from __future__ import annotations

from narrator.ingest.expand import expand
from narrator.ingest.feeds import read_feed
from narrator.ingest.read import ingest

__all__ = ["expand", "ingest", "read_feed"]
