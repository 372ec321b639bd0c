"""Read one source spec (a path, an http(s) URL or "-") into a Source."""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

from narrator.config import IngestSettings
from narrator.errors import InputError
from narrator.ingest.web import fetch, is_url, read_limited, too_large
from narrator.model import Format, Source

log = logging.getLogger(__name__)

_SUFFIX_FORMATS = {
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".mhtml": Format.HTML,  # a page saved whole in one file; clean takes the page out
    ".mht": Format.HTML,
    ".webarchive": Format.HTML,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".mdown": Format.MARKDOWN,
    ".mkd": Format.MARKDOWN,
    ".mmd": Format.MARKDOWN,  # MultiMarkdown's: its metadata lines are no Markdown sign to tell it by
    ".rmd": Format.MARKDOWN,  # R Markdown and Quarto: a report's prose around its code
    ".qmd": Format.MARKDOWN,
    ".mdx": Format.MARKDOWN,  # Docusaurus' and Astro's: Markdown with components, whose code clean leaves out
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
}


_LOOKS_LIKE_ADDRESS = re.compile(r"^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(/|$)", re.I)


def not_found(spec: str) -> InputError:
    """The one message for a source that is neither a file nor a folder (a web address gets its scheme)."""
    named_file = "/" not in spec and format_for_suffix(spec) is not Format.AUTO  # "a.md", not Moldova
    if _LOOKS_LIKE_ADDRESS.match(spec) and not named_file:
        hint = f"did you mean https://{spec} ? a web address needs its https:// or http://"
    else:
        hint = "check the path, or quote a URL in full"
    return InputError("file not found", origin=spec, hint=hint)


def format_for_suffix(name: str) -> Format:
    """The Format a file name's extension suggests (AUTO when it suggests nothing)."""
    return _SUFFIX_FORMATS.get(Path(name).suffix.lower(), Format.AUTO)


def ingest(spec: str, settings: IngestSettings, public_only: bool = False) -> Source:
    """Read a file path, an http(s) URL or "-" (stdin) into a Source.

    public_only: the URL came from a server on a public address (a feed's link), so it may lead only to public
    addresses (unless ingest.allow_private_addresses).
    """
    if spec == "-":
        return Source(origin="-", data=read_limited(sys.stdin.buffer, "-", settings.max_bytes))
    if is_url(spec):
        return fetch(spec, settings, public_only=public_only)
    return read_file(spec, settings)


def read_file(spec: str, settings: IngestSettings) -> Source:
    """Read a local file with the size cap, turning OS errors into InputError."""
    path = Path(spec).expanduser()
    if not path.exists():
        raise not_found(spec)
    if path.is_dir():
        raise InputError(
            "is a folder, not a file", origin=spec, hint="pass the folder to narrate, which reads its articles"
        )
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            raise too_large(spec, f"{size:,} bytes, the limit is {settings.max_bytes:,}")
        with path.open("rb") as handle:
            data = read_limited(handle, spec, settings.max_bytes)
    except PermissionError as exc:
        raise InputError("permission denied", origin=spec, hint="check the file's permissions") from exc
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", origin=spec, hint="check the file") from exc
    log.debug("read %s bytes from %s", len(data), spec)
    return Source(origin=spec, data=data, format_hint=format_for_suffix(path.name))
