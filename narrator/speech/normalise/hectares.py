"""Hectares written "ha" after a number, where "ha" is also a verb: Italian's and Spanish's "has".

"Il 2024 ha visto", "Nel 2023 ha vinto", "fundado en 1902 ha ganado": a year before the verb read as land ("ettari",
"hectáreas"). The verb is followed by its past participle (masculine singular, in -o: "visto", "ganado"), an
article or an adverb; hectares by "di"/"de", a comma, a plural adjective ("coltivati", "cultivadas"), the end.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The number before "ha", as units_in_full reads one ("1.200", "1 200", "2,5"), not from inside a number's groups;
# looked for in the few characters before each "ha" standing alone (the verb is in every other sentence).
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])(?<!\d[\u00a0\u202f ])(\d+(?:[.\u00a0\u202f ]\d{3})*(?:,\d+)?)\s?\Z")
_LOOK_BACK = 40


def hectares(singular: str, plural: str, verb_next: str) -> Callable[[str], str]:
    """A rule that says "25 ha" as hectares, unless the next word (verb_next, an alternation) shows the verb."""
    # "ha" first: a literal the search skips to
    # nor by a number: "Il Chianti 2019 ha 13,5% vol." has it (hectares are counted once, "25 ha")
    pattern = re.compile(rf"ha(?![\w/'\u2019])(?!\s(?:(?:[^\W\d_]+[oò]|{verb_next})\b|\d))")

    def said(match: re.Match[str]) -> str:
        start = match.start()
        if not start or not (match.string[start - 1].isdigit() or match.string[start - 2:start - 1].isdigit()):
            return "ha"
        window = max(0, start - _LOOK_BACK)
        number = _NUMBER_BEFORE.search(match.string, window, start)
        if number is None or number.start() == window > 0:
            return "ha"  # a number longer than the look back is no count of hectares ("ha" is left)
        value = float(re.sub(r"[.\u00a0\u202f ]", "", number.group(1)).replace(",", "."))
        return (" " if match.string[start - 1].isdigit() else "") + (singular if value == 1 else plural)

    return lambda text: pattern.sub(said, text) if "ha" in text else text
