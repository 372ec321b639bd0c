"""Turn folders and globs into a stable list of source specs, each file once."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from narrator.errors import InputError
from narrator.ingest.read import not_found
from narrator.ingest.web import is_url

ARTICLE_SUFFIXES = frozenset(
    {".md", ".mdx", ".markdown", ".mdown", ".mkd", ".mmd", ".txt", ".html", ".htm", ".mhtml", ".mht", ".webarchive",
     ".qmd", ".rmd",  # R Markdown's and Quarto's reports and posts: Markdown whose code chunks clean leaves out
     ".docx", ".docm", ".odt", ".fodt", ".rtf", ".eml", ".pdf", ".epub",
     ".org"}  # Emacs' Org files: clean reads them as the Markdown they are close to
)
_GLOB_CHARS = frozenset("*?[")


def _hidden(path: Path, base: Path) -> bool:
    """True when a part of path below base starts with a dot (.git, .cache, .drafts)."""
    return any(part.startswith(".") for part in path.relative_to(base).parts)


def _folder_articles(folder: Path) -> list[str]:
    """Article files under folder, recursively, hidden folders skipped, sorted by path.

    pathlib does not enter symlinked folders, so a link back up the tree cannot make the walk endless.
    """
    found = [
        path
        for path in folder.rglob("*")
        if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file() and not _hidden(path, folder)
    ]
    return [str(path) for path in sorted(found)]


def _glob(pattern: str) -> list[Path]:
    """What a glob matches, sorted; like the shell's, but symlinked folders are never entered by "**".

    glob.glob follows them, and two links back up a tree made "dir/**" run for ever.
    """
    parts = Path(pattern).expanduser().parts
    first = next(index for index, part in enumerate(parts) if _GLOB_CHARS & set(part))
    base = Path(*parts[:first]) if first else Path()
    return sorted(hit for hit in base.glob("/".join(parts[first:])) if not _hidden(hit, base))


def _glob_articles(pattern: str) -> list[str]:
    """The article files a glob names, folders it matches searched; a folder inside one already searched is not."""
    matches: list[str] = []
    searched: set[Path] = set()
    for hit in _glob(pattern):
        if not hit.is_dir():
            matches.append(str(hit))
        elif not searched.intersection(hit.parents):  # sorted: a folder comes before what is inside it
            searched.add(hit)
            matches.extend(_folder_articles(hit))
    return matches


def _identity(spec: str) -> str | tuple[int, int]:
    """What makes two specs the same source: the file they name (device and inode, through symlinks), else the spec."""
    if spec == "-" or is_url(spec):
        return spec
    try:
        status = os.stat(os.path.expanduser(spec))
    except OSError:
        return spec
    return status.st_dev, status.st_ino


def expand(specs: Sequence[str]) -> list[str]:
    """Expand folders and globs into source specs, each file once; URLs and "-" pass through unchanged."""
    result: list[str] = []
    seen: set[str | tuple[int, int]] = set()
    for spec in specs:
        if spec == "-" or is_url(spec):
            matches = [spec]
        elif Path(spec).expanduser().is_dir():
            matches = _folder_articles(Path(spec).expanduser())
        elif Path(spec).expanduser().exists():
            matches = [spec]
        elif _GLOB_CHARS & set(spec):
            matches = _glob_articles(spec)
        else:
            raise not_found(spec)
        if not matches:
            raise InputError(
                "matches no article files", origin=spec, hint="check the path; folders are searched for "
                + ", ".join(sorted(ARTICLE_SUFFIXES))
            )
        for match in matches:
            if (identity := _identity(match)) not in seen:
                seen.add(identity)
                result.append(match)
    return result
