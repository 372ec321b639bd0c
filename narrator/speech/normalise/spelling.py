"""British spellings said the American way, for US English voices ("theatre" -> "theater").

Only what the voice says changes; the transcript keeps the writer's spelling. A word is respelled by a
suffix rule, and only when the English word list (pyspellchecker's, which is American) knows the American
form of its stem better than the British one: "organised" becomes "organized", while "advertise",
"synagogue" and "timbre" stay as they are.
"""

from __future__ import annotations

import functools
import re

from narrator.speech.normalise.vocabulary import frequency

# (British suffix, American suffix, the endings either may carry: "-s", "-ed", "-ation"...). The word list decides
# between the two whole words ("organised", "organized"); a rare word it knows in neither form ("crystalliser")
# is decided by its bare forms ("crystallise", "crystallize"), except for "-ell-" ("compelled" is no "compeled").
SUFFIX_RULES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("our", "or", ("", "s", "ed", "ing", "ite", "ites", "able", "ably", "er", "ers", "al", "ally", "hood",
                   "hoods", "less", "ful", "ist", "ists", "ism", "ization", "isation")),
    ("ise", "ize", ("", "s", "d", "r", "rs")),
    ("is", "iz", ("ing", "ation", "ations", "ational")),
    ("yse", "yze", ("", "s", "d", "r", "rs")),
    ("ys", "yz", ("ing",)),
    ("tre", "ter", ("", "s")),
    ("tred", "tered", ("",)),
    ("ogue", "og", ("", "s")),
    ("ence", "ense", ("", "s")),
    ("ell", "el", ("ed", "ing", "er", "ers", "or", "ors")),
)
# Words a rule would turn into another word: "four" is not "for", "scouring" not "scoring", "timbre" not "timber".
NEVER = frozenset({"four", "tour", "tours", "toured", "touring", "pour", "pours", "poured", "pouring", "hour", "hours",
                   "your", "yours", "sour", "soured", "flour", "dour", "scour", "scoured", "scours", "scouring",
                   "scourer", "scourers", "amour", "amours", "timbre", "prise", "prised", "prises", "chartres"})


def _endings(upper: bool) -> str:
    """The endings of SUFFIX_RULES as one pattern that fails on a word's first wrong letter ("our(?:s|ed)?|...")."""
    parts = []
    for british, _, endings in SUFFIX_RULES:
        after = "|".join(sorted((ending for ending in endings if ending), key=len, reverse=True))
        optional = "?" if "" in endings else ""
        parts.append(british + (f"(?:{after}){optional}" if after else ""))
    pattern = "|".join(parts)
    return pattern.upper() if upper else pattern


# A word that may be British: one of the endings above. Case-sensitive alternatives, since an IGNORECASE search
# is five times slower here.
_CANDIDATE = re.compile(rf"\b(?:[A-Za-z]{{2,}}(?:{_endings(False)})|[A-Z]{{2,}}(?:{_endings(True)}))\b")
# The same without word starts, to rule out most text quickly (finding where a word starts is the slow part).
_MAY_BE_BRITISH = re.compile(rf"[A-Za-z]{{2}}(?:{_endings(False)}|{_endings(True)})\b")


@functools.lru_cache(maxsize=4096)
def _american(word: str) -> str | None:
    """The American spelling of a lower-case word, or None when it is spelled the same."""
    if word in NEVER:
        return None
    for british, american, endings in SUFFIX_RULES:
        for ending in endings:
            if not word.endswith(british + ending) or len(word) - len(british + ending) < 2:
                continue
            stem = word[: len(word) - len(british + ending)]
            spelled = stem + american + ending
            known, known_british = frequency(spelled), frequency(word)
            if known or known_british or british == "ell":
                return spelled if known > known_british else None
            # Neither form is in the list ("crystalliser"): the bare forms decide ("crystallise", "crystallize").
            base_british = stem + british + ("e" if british in ("is", "ys") else "")
            base_american = stem + american + ("e" if american in ("iz", "yz") else "")
            return spelled if frequency(base_american) > frequency(base_british) else None
    return None


def _respell(match: re.Match[str]) -> str:
    written = match.group(0)
    american = _american(written.lower())
    if american is None:
        return written
    if written.isupper():
        return american.upper()
    return american.capitalize() if written[0].isupper() else american


def american(text: str) -> str:
    """Respell British words the American way: "the centre's colours" -> "the center's colors"."""
    return _CANDIDATE.sub(_respell, text) if _MAY_BE_BRITISH.search(text) else text
