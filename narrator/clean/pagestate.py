"""A page's JSON state (Next.js __NEXT_DATA__, Nuxt's payload and the like) searched for its article: a script-rendered
page keeps the story there, as HTML strings or as a CMS's typed blocks beside its title, and renders little or none
of it without JavaScript."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from narrator.clean.common import comparable, parse_published, squash
from narrator.clean.jsstate import called_state
from narrator.clean.lines import make_line
from narrator.clean.prose import is_prose

# A page's JSON state is searched for the article when it holds a string this long with this many paragraphs;
# a state larger than STATE_MAX_CHARS is not parsed.
STATE_MIN_CHARS = 1000
STATE_MAX_CHARS = 3_000_000
STATE_MIN_PARAGRAPHS = 3
STATE_CANDIDATES = 3
_STATE_PARAGRAPH = re.compile(r"<(?:p|br)\b", re.I)


# Nuxt 2's script opens on setting its state (a minifier may put a few statements before it).
NUXT_AT_CHARS = 200


def _states(root: Any) -> Iterator[Any]:
    """Each JSON state of a page of a size worth reading (Next.js __NEXT_DATA__ and the like), parsed."""
    for script in root.xpath("//script[@type='application/json']"):
        text = script.text or ""
        # Nuxt's payload is the page's data by its name, at any size: a short story's is under STATE_MIN_CHARS
        nuxt = script.get("id") == "__NUXT_DATA__" or script.get("data-nuxt-data") is not None
        if (nuxt or len(text) >= STATE_MIN_CHARS) and len(text) <= STATE_MAX_CHARS:
            try:
                state = json.loads(text)
            except (ValueError, RecursionError):
                continue
            yield _devalued(state) if nuxt and isinstance(state, list) else state
    for script in root.iter("script"):
        text = script.text or ""
        if ("__NUXT__" in text[:NUXT_AT_CHARS] and len(text) <= STATE_MAX_CHARS
                and (state := called_state(text)) is not None):
            yield state  # Nuxt 2's: a function called on the values it shares


# Nuxt 3's payload is devalue's flat array: an object's values and a list's items are indices into the array, and a
# reactive wrapper is a pair, ["ShallowReactive", 1]. Other typed pairs (a Date, a Set) are not text.
_DEVALUE_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef"})
DEVALUE_MAX_VALUES = 100_000  # what a payload may resolve to: references may share (or loop to) a value
# References nested this deep are no story's data: deeper, the resolving ran out of Python's stack, and the
# RecursionError made the whole page unreadable ("no article text found") though its article was in its markup.
DEVALUE_MAX_DEPTH = 200


def _devalued(flat: list[Any]) -> Any:
    """A Nuxt 3 payload (__NUXT_DATA__) resolved into the nested data it stands for."""
    budget = [DEVALUE_MAX_VALUES]

    def resolve(index: Any, seen: frozenset[int]) -> Any:
        if (not isinstance(index, int) or not 0 <= index < len(flat) or index in seen or budget[0] <= 0
                or len(seen) >= DEVALUE_MAX_DEPTH):
            return None
        budget[0] -= 1
        value, seen = flat[index], seen | {index}
        if isinstance(value, dict):
            return {key: resolve(member, seen) for key, member in value.items()}
        if isinstance(value, list) and value and isinstance(value[0], str):
            return resolve(value[1], seen) if value[0] in _DEVALUE_WRAPPERS and len(value) == 2 else None
        if isinstance(value, list):
            return [resolve(member, seen) for member in value]
        return value
    return resolve(0, frozenset())


# What a story's data calls its standfirst (not its "excerpt" or "description": a summary, or its first paragraph).
_STATE_STANDFIRST_KEYS = ("standfirst", "dek", "subtitle", "subheadline", "subheading")


# What a story's data calls the day it was published, first found first taken.
_STATE_DATE_KEYS = ("datePublished", "publishedAt", "published_at", "publishDate", "published", "firstPublished",
                    "date")


class StateStory(NamedTuple):
    """A story as a page's data holds it: its body as HTML, and its author, standfirst and date where it names them."""

    body: str
    author: str | None
    standfirst: str | None
    published: str | None


def _state_date(item: dict[str, Any]) -> str | None:
    """The day (or month) a story's data says it was published."""
    return next((day for key in _STATE_DATE_KEYS if isinstance(item.get(key), str)
                 and (day := parse_published(item[key]))), None)


def titled_state_story(root: Any, title: str) -> StateStory | None:
    """A story's body kept in a page's JSON state as typed blocks beside its title (the page's own), as HTML, and the
    author and standfirst it names there: a page rendered by script shows only its menus and a "Loading" line
    without it."""
    for state in _states(root):
        stack: list[Any] = [state]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if comparable(str(item.get("title") or item.get("headline") or "")) == comparable(title):
                    for value in item.values():
                        if (body := _state_blocks_html(value)) is not None:
                            standfirst = next((squash(item[key]) for key in _STATE_STANDFIRST_KEYS
                                               if isinstance(item.get(key), str) and squash(item[key])), None)
                            return StateStory(body, _state_author(item.get("author")), standfirst,
                                               _state_date(item))
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return None


def _state_author(author: Any) -> str | None:
    """An author's name as a page's data holds it: a string, or an object with a name."""
    name = author.get("name") if isinstance(author, dict) else author
    return squash(name) if isinstance(name, str) and squash(name) else None


def state_articles(root: Any) -> list[str]:
    """Long HTML strings in a page's JSON state (Next.js __NEXT_DATA__ and the like), longest first.

    Script-rendered pages put the article there and render only part of it without JavaScript.
    """
    found: list[str] = []
    for state in _states(root):
        stack: list[Any] = [state]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
            elif (isinstance(item, str) and len(item) >= STATE_MIN_CHARS
                  and len(_STATE_PARAGRAPH.findall(item)) >= STATE_MIN_PARAGRAPHS):
                found.append(item)
    return sorted(found, key=len, reverse=True)[:STATE_CANDIDATES]


# A story's body as a list of typed blocks in a page's JSON state ({"type": "paragraph", "text": "..."}, or Portable
# Text's blocks of spans): the kinds of block read as a heading, and the keys that name a block's kind and hold its
# text.
_STATE_HEADING_TYPE = re.compile(r"(?i)head|title")
_STATE_HEADING_STYLE = re.compile(r"h[1-6]$")  # Portable Text's {"_type": "block", "style": "h2"}
_STATE_TYPE_KEYS = ("type", "_type", "__typename", "kind")
_STATE_TEXT_KEYS = ("text", "content", "value")


def _state_blocks_html(value: Any) -> str | None:
    """A list of typed text blocks (a story's body as a CMS stores it), or of its paragraphs' texts, as HTML; None for
    anything else."""
    if (isinstance(value, list) and len(value) >= STATE_MIN_PARAGRAPHS
            and all(isinstance(entry, str) and is_prose(make_line(0, entry, 0)) for entry in value)):
        return "".join(f"<p>{html.escape(squash(entry), quote=False)}</p>" for entry in value)
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        return None
    parts, paragraphs = [], 0
    for entry in value:
        kind = next((str(entry[key]) for key in _STATE_TYPE_KEYS if key in entry), None)
        text = next((entry[key] for key in _STATE_TEXT_KEYS if isinstance(entry.get(key), str)), None)
        if text is None and isinstance(children := entry.get("children"), list):  # Portable Text: the block's spans
            text = "".join(child["text"] for child in children if isinstance(child, dict)
                           and isinstance(child.get("text"), str)) or None
        if kind is None or text is None:
            continue
        text = html.escape(squash(text), quote=False)
        if _STATE_HEADING_TYPE.search(kind) or _STATE_HEADING_STYLE.match(str(entry.get("style", ""))):
            parts.append(f"<h2>{text}</h2>")
        else:
            parts.append(f"<p>{text}</p>")
            paragraphs += 1
    return "".join(parts) if paragraphs >= STATE_MIN_PARAGRAPHS else None
