"""Turn folders and globs into a stable list of source specs."""

from __future__ import annotations

import glob
from collections.abc import Sequence
from pathlib import Path

from narrator.errors import InputError
from narrator.ingest.read import not_found
from narrator.ingest.web import is_url

ARTICLE_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".html", ".htm"})
_GLOB_CHARS = frozenset("*?[")


def _folder_articles(folder: Path) -> list[str]:
    """Article files under folder, recursively, hidden folders skipped, sorted by path."""
    found = [
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    ]
    return [str(path) for path in sorted(found)]


def expand(specs: Sequence[str]) -> list[str]:
    """Expand folders and globs into source specs; URLs and "-" pass through unchanged."""
    result: list[str] = []
    for spec in specs:
        if spec == "-" or is_url(spec):
            matches = [spec]
        elif Path(spec).expanduser().is_dir():
            matches = _folder_articles(Path(spec).expanduser())
        elif Path(spec).expanduser().exists():
            matches = [spec]
        elif _GLOB_CHARS & set(spec):
            matches = []
            for hit in sorted(glob.glob(str(Path(spec).expanduser()), recursive=True)):
                matches.extend(_folder_articles(Path(hit)) if Path(hit).is_dir() else [hit])
        else:
            raise not_found(spec)
        if not matches:
            raise InputError(
                "matches no article files", origin=spec, hint="check the path; folders are searched for "
                + ", ".join(sorted(ARTICLE_SUFFIXES))
            )
        result.extend(m for m in matches if m not in result)
    return result
