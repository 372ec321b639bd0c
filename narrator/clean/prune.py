"""Structure-aware rules around trafilatura: what never belongs in a narration."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Any

from narrator.clean.common import comparable
from narrator.errors import ConfigError
from narrator.model import Block, BlockKind, Metadata

log = logging.getLogger(__name__)

# Elements whose content is never article prose: figures and captions, embedded media, forms.
_NEVER_READ = "//figure | //figcaption | //button | //noscript | //iframe | //video | //audio | //svg"
# Some sites wrap the whole page in one <form>; only small forms are sign-up and search boxes.
_SMALL_FORM_CHARS = 600


def select(root: Any, selector: str) -> list[Any]:
    """Elements matching a user's CSS selector."""
    from lxml.cssselect import CSSSelector, SelectorError

    try:
        return list(CSSSelector(selector)(root))
    except SelectorError as exc:
        raise ConfigError(
            f"exclude_selectors: {selector!r} is not a valid CSS selector ({exc})", hint="fix narrator.toml"
        ) from exc


def _remove(element: Any) -> None:
    """Remove element from the tree but keep its tail text."""
    parent = element.getparent()
    if parent is not None:
        element.drop_tree()


def prune_tree(root: Any, exclude_selectors: Iterable[str]) -> None:
    """Remove user-excluded elements, figures, captions, forms and media from the page tree."""
    for selector in exclude_selectors:
        for element in select(root, selector):
            _remove(element)
    for element in root.xpath(_NEVER_READ):
        _remove(element)
    for form in root.xpath("//form"):
        if len(form.text_content()) < _SMALL_FORM_CHARS:
            _remove(form)


def drop_boilerplate_blocks(blocks: list[Block], meta: Metadata) -> list[Block]:
    """Drop blocks that repeat the title, and trailing headings with nothing after them."""
    title = comparable(meta.title)
    kept = [b for b in blocks if not (b.kind is BlockKind.HEADING and comparable(b.text) == title)]
    while kept and kept[-1].kind is BlockKind.HEADING:
        kept.pop()
    return kept


_ = re
