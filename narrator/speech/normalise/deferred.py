"""Regular expressions compiled when first used: an article meets a fifth of the rules' 570, and compiling all of
them cost 0.15 s of every start, before the first sentence could be voiced."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any, cast

_METHODS = ("sub", "subn", "search", "match", "fullmatch", "finditer", "findall", "split")


class _Deferred:
    """Stands for a compiled pattern until its first use, which compiles it and puts the pattern itself in its
    place among the module's names: from then on the rules call the pattern, at no cost. Where it is held elsewhere
    (a table, another module's import), the pattern's own methods, kept in this object, hide the ones below."""

    def __init__(self, pattern: str, flags: int, module: dict[str, Any]) -> None:
        self._source = (pattern, flags)
        self._module = module

    def _compiled(self) -> re.Pattern[str]:
        """Compile, keep the pattern's methods and put it in this object's place in its module (two threads may both
        get here: they set the same things)."""
        pattern = re.compile(*self._source)
        self.__dict__.update({name: getattr(pattern, name) for name in _METHODS}, _pattern=pattern)
        for name, value in list(self._module.items()):
            if value is self:
                self._module[name] = pattern
        return pattern

    def _method(self, name: str) -> Callable[..., Any]:
        return cast("Callable[..., Any]", getattr(self.__dict__.get("_pattern") or self._compiled(), name))

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self._method("sub")(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self._method("subn")(*args, **kwargs)

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self._method("search")(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self._method("match")(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self._method("fullmatch")(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[re.Match[str]]:
        return cast("Iterator[re.Match[str]]", self._method("finditer")(*args, **kwargs))

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self._method("findall")(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self._method("split")(*args, **kwargs)

    @property
    def pattern(self) -> str:
        """The source, as re.Pattern has it (patterns are built from others' sources without compiling them)."""
        return self._source[0]

    @property
    def flags(self) -> int:
        return (self.__dict__.get("_pattern") or self._compiled()).flags

    @property
    def groups(self) -> int:
        return (self.__dict__.get("_pattern") or self._compiled()).groups

    @property
    def groupindex(self) -> Any:
        return (self.__dict__.get("_pattern") or self._compiled()).groupindex

    def __repr__(self) -> str:
        return f"compiled({self._source[0]!r})"


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile for a module's own patterns, put off until the pattern is first used (a match's .re is the
    compiled pattern, not this). Not for a pattern other modules import by name: their copy of the name could not
    be replaced, and every call through it would cost 7% more (util's shared patterns are compiled at once)."""
    return cast("re.Pattern[str]", _Deferred(pattern, flags, sys._getframe(1).f_globals))
