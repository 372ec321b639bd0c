"""What a page's own stylesheet hides: a line set among the text's paragraphs under a class its <style> never shows
(Royal Road's "Unauthorized duplication: this narrative has been taken without consent", put in for copiers)."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from narrator.clean.common import squash

# A rule of the page's top level (not inside "@media print { }": a class hidden on paper or on a phone is shown here)
# whose selector is one class and whose body hides it and nothing else ("display:none", perhaps "speak:never" too).
_ONE_CLASS = re.compile(r"\.(-?[A-Za-z_][\w-]{0,80})")
_HIDES = re.compile(r"(?:display\s*:\s*none|speak\s*:\s*(?:never|none))\s*(?:!\s*important\s*)?")
_BRACES = re.compile(r"[{}]")
# A first look, before the walk: a rule of one class opening on what hides it.
_ONE_CLASS_HIDDEN = re.compile(r"\.[\w-]+\s*\{\s*(?:display|speak)\s*:\s*n")
_STYLES = etree.XPath("//style")
# A hidden line is read no more than this share of the page's paragraphs' text: more, and the hidden part is the
# article a script shows (a "show more" box, a tab), not a line for copiers.
HIDDEN_SHARE = 0.3
MAX_STYLE_CHARS = 200_000


def hidden_classes(css: str) -> set[str]:
    """The classes a stylesheet hides by a top-level rule of their own (".x{display:none}"), in one walk of its
    braces."""
    found: set[str] = set()
    depth, start, selector = 0, 0, ""
    for brace in _BRACES.finditer(css[:MAX_STYLE_CHARS]):
        if brace.group() == "{":
            if depth == 0:
                selector = css[start:brace.start()].strip()
            depth += 1
            start = brace.end()
        else:
            depth = max(depth - 1, 0)
            if depth == 0:
                body = css[start:brace.start()]
                declarations = [part.strip() for part in body.split(";") if part.strip()]
                named = _ONE_CLASS.fullmatch(selector)
                if named and declarations and all(_HIDES.fullmatch(part) for part in declarations) and (
                        "display" in body):
                    found.add(named.group(1))
            start = brace.end()
    return found


def drop_stylesheet_hidden_lines(root: Any) -> None:
    """Take out a paragraph among the text's paragraphs that a class of the page's own stylesheet hides; not when
    the hidden ones hold much of the page's prose."""
    classes: set[str] = set()
    for style in _STYLES(root):
        css = style.text or ""
        if "none" in css and _ONE_CLASS_HIDDEN.search(css, 0, MAX_STYLE_CHARS):
            classes |= hidden_classes(css)
    if not classes:
        return
    hidden = [p for p in root.iter("p") if classes & set((p.get("class") or "").split()) and _among_paragraphs(p)]
    prose = sum(len(p.text_content()) for p in root.iter("p"))
    if hidden and sum(len(p.text_content()) for p in hidden) <= HIDDEN_SHARE * prose:
        for p in hidden:
            p.drop_tree()


def _among_paragraphs(p: Any) -> bool:
    """A paragraph with a paragraph of text beside it, before or after: a line set in the text."""
    return any(sibling is not None and sibling.tag == "p" and squash(sibling.text_content())
               for sibling in (p.getprevious(), p.getnext()))
