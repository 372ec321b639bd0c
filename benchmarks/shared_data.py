"""Where the benchmarks find ../shared: beside the repository, or beside a folder of worktrees holding it."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((folder / "shared" for folder in ROOT.parents if (folder / "shared" / "corpora").is_dir()),
              ROOT.parent / "shared")
CORPORA = SHARED / "corpora"
SEED_PAGE = SHARED / "corpus" / "scraped-news-article.txt"
