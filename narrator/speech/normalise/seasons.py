"""A season of two years ("2023-24", "2023/24"), said as two numbers as the voice says them ("dos mil veintitrés
veinticuatro"), not as a span ("2023 a 24") nor with the slash said ("barra")."""

from __future__ import annotations

import re


def season_said(match: re.Match[str]) -> str:
    """"2023-24" -> "2023 24" where the second year follows the first and the pair stands alone; else as written."""
    first, second = match.group(1), match.group(2)
    start = match.start()
    if start and (match.string[start - 1].isalnum() or match.string[start - 1] in ".,/-"):
        return match.group(0)
    return f"{first} {second}" if int(second) == (int(first) + 1) % 100 else match.group(0)
