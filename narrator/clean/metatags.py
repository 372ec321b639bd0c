"""A page's <meta> tags as its metadata reads them, and how large a page may be before nothing but its JSON-LD and
meta tags is searched."""

from __future__ import annotations

import html
import itertools
from typing import Any

from narrator.clean.common import squash

# trafilatura's author search and htmldate take seconds on pages with a hundred thousand elements; pages with
# more than this (no real article page comes near it) are not searched, their JSON-LD and meta tags still read.
MAX_SEARCHED_ELEMENTS = 30_000


def meta_tags(root: Any) -> dict[str, str]:
    """<meta> contents by property, name or itemprop (lower-cased), first non-empty one winning."""
    found: dict[str, str] = {}
    for element in root.iter("meta"):
        content = (element.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (element.get(attr) or "").strip().lower()
            if key and key not in found:
                found[key] = squash(html.unescape(content))  # some CMSs escape entities twice
    return found


def first_meta(metas: dict[str, str], *keys: str) -> str | None:
    """Content of the first <meta> whose property or name is one of keys."""
    for key in keys:
        if value := metas.get(key.lower()):
            return value
    return None


def too_many_elements(root: Any, limit: int = MAX_SEARCHED_ELEMENTS) -> bool:
    """True when the tree has more than limit elements (counting stops there)."""
    return next(itertools.islice(root.iter(), limit, None), None) is not None
