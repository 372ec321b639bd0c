"""A page's state set by a script as a JavaScript literal (Nuxt 2's window.__NUXT__), read as data without running it.

Nuxt 2 writes its state as a function called on the values it shares, `window.__NUXT__=(function(a,b){return
{...}}("paragraph","heading"))`: JavaScript, not JSON (keys unquoted, values named by the function's parameters), so
a page whose article lives only there had no article.
"""

from __future__ import annotations

import json
import re
from typing import Any

# The literals a state is written in; anything else (a function, a `new Date(...)`) ends the reading.
_SPACE = re.compile(r"\s*")
_NAME = re.compile(r"[A-Za-z_$][\w$]*")
_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_CALLED = re.compile(r"window\.__NUXT__\s*=\s*\(?\s*function\s*\(([\w$,\s]*)\)\s*\{")
_CONSTANTS = {"true": True, "false": False, "null": None, "undefined": None, "!0": True, "!1": False, "void 0": None}
# A state is read to this depth at most: deeper is no story's data, and Python's stack stays whole.
MAX_DEPTH = 200


class _Unreadable(ValueError):
    """The script is not a literal this reader knows."""


class _Reader:
    """A recursive reader of a JavaScript literal from a position in the text, names looked up in `names`."""

    def __init__(self, text: str, names: dict[str, Any]) -> None:
        self.text, self.at, self.names = text, 0, names

    def skip(self) -> None:
        """Move past spaces."""
        self.at = _SPACE.match(self.text, self.at).end()  # type: ignore[union-attr]  # \s* always matches

    def take(self, sign: str) -> bool:
        """Move past `sign` if it comes next."""
        self.skip()
        if self.text.startswith(sign, self.at):
            self.at += len(sign)
            return True
        return False

    def value(self, depth: int = 0) -> Any:
        """The literal at the position."""
        self.skip()
        if depth > MAX_DEPTH or self.at >= len(self.text):
            raise _Unreadable("too deep or cut short")
        sign = self.text[self.at]
        if sign == "{":
            return self._object(depth)
        if sign == "[":
            return self._array(depth)
        if sign in "\"'":
            return self._string()
        for constant, meaning in _CONSTANTS.items():
            if self.text.startswith(constant, self.at) and not _NAME.match(self.text, self.at + len(constant)):
                self.at += len(constant)
                return meaning
        if number := _NUMBER.match(self.text, self.at):
            self.at = number.end()
            return float(number.group()) if any(c in number.group() for c in ".eE") else int(number.group())
        if name := _NAME.match(self.text, self.at):
            if name.group() not in self.names:
                raise _Unreadable(f"unknown name {name.group()}")
            self.at = name.end()
            return self.names[name.group()]
        raise _Unreadable(f"unexpected {sign!r}")

    def _object(self, depth: int) -> dict[str, Any]:
        self.at += 1
        result: dict[str, Any] = {}
        while not self.take("}"):
            self.skip()
            key = self._string() if self.text[self.at:self.at + 1] in ("'", '"') else self._name()
            if not self.take(":"):
                raise _Unreadable("no colon after a key")
            result[key] = self.value(depth + 1)
            if not self.take(",") and not self.take("}"):
                raise _Unreadable("no comma between members")
            elif self.text[self.at - 1] == "}":
                break
        return result

    def _array(self, depth: int) -> list[Any]:
        self.at += 1
        result: list[Any] = []
        while not self.take("]"):
            result.append(self.value(depth + 1))
            if not self.take(",") and not self.take("]"):
                raise _Unreadable("no comma between items")
            elif self.text[self.at - 1] == "]":
                break
        return result

    def _name(self) -> str:
        name = _NAME.match(self.text, self.at) or _NUMBER.match(self.text, self.at)
        if name is None:
            raise _Unreadable("no key")
        self.at = name.end()
        return name.group()

    def _string(self) -> str:
        quote, start = self.text[self.at], self.at + 1
        end = start
        while end < len(self.text) and self.text[end] != quote:
            end += 2 if self.text[end] == "\\" else 1
        if end >= len(self.text):
            raise _Unreadable("a string not closed")
        self.at = end + 1
        raw = self.text[start:end]
        if quote == "'":
            raw = raw.replace("\\'", "'").replace('"', '\\"')
        try:
            return str(json.loads(f'"{raw}"'))
        except ValueError:  # an escape JSON has not got ("\x41", "\/")
            return raw.replace("\\/", "/")


def _returned(reader: _Reader) -> Any:
    """The value a function's body returns: the assignments before its return ("b.name=\"Ann\";", which devalue
    writes for a value shared or nested in itself) made on the names first."""
    while not reader.take("return"):
        target: Any = reader.names.get(reader._name())
        key: Any = None
        while reader.take(".") or reader.take("["):
            if key is not None:
                target = target.get(key) if isinstance(target, dict) else None
            key = reader._name() if reader.text[reader.at - 1] == "." else reader.value()
            reader.take("]")
        if key is None or not reader.take("="):
            raise _Unreadable("a statement that is no assignment")
        value = reader.value()
        if isinstance(target, dict):
            target[str(key)] = value
        elif isinstance(target, list) and isinstance(key, int) and 0 <= key < len(target):
            target[key] = value
        reader.take(";")
    return reader.value()


def called_state(script: str) -> Any | None:
    """The data of a script that sets window.__NUXT__ by calling a function on its shared values, or None."""
    called = _CALLED.search(script)
    if called is None:
        return None
    params = [name.strip() for name in called.group(1).split(",") if name.strip()]
    body = script[called.end():]
    try:
        first = _Reader(body, {name: None for name in params})  # a first pass finds where the body ends
        _returned(first)
        first.take(";")
        if not (first.take("}") and (first.take("}(") or first.take("(") or (first.take(")") and first.take("(")))):
            return None
        args = _Reader(first.text[first.at:], {})
        values: list[Any] = []
        while not args.take(")"):
            values.append(args.value())
            args.take(",")
        return _returned(_Reader(body, dict(zip(params, values + [None] * len(params), strict=False))))
    except (_Unreadable, RecursionError, IndexError):
        return None
