"""Where formulas written in TeX stand in a text: the marks the Markdown reader keeps and the speech stage reads.

A formula stands between \\( \\) or $ $ inside a sentence, and between \\[ \\], $$ $$ or an equation environment on its
own. Shared by two stages (clean's Markdown reader must keep a formula from Markdown's emphasis and escapes, speech
reads it), so both see the same spans: prices ("$5 to $10"), shell variables and prose between stray marks are none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["LONGEST_FORMULA", "formulas_in"]

# Where formulas start; each is closed by its own mark, at most LONGEST_FORMULA characters on (further, the text
# is left as written). Closing marks are found with str.find and remembered, so that text full of opening marks
# with no closing one is scanned once, not from every opening mark.
LONGEST_FORMULA = 2000
_OPENING = re.compile(
    r"\\\(|\\\[|(?<!\$)\$\$(?!\$)|\\begin\{(equation|align|gather|multline|eqnarray|displaymath|math)(\*?)\}"
    r"|(?<![\w$\\])\$(?=[^\s$])")
_NEVER = 1 << 62  # where a closing mark that the text does not hold would be
_CLOSING = {"\\(": "\\)", "\\[": "\\]", "$$": "$$"}
# A formula between $ and $ follows pandoc's rule, which keeps prices apart: the opening $ is followed by a
# non-space, the closing one follows a non-space and is not followed by a digit ("$5 to $10" is money).
_DOLLAR = re.compile(r"\$(?P<dollar>(?:\\.|[^$\\\n]){1,300}?)(?<=[^\s\\])\$(?![\d$])")
# Four words in a row (outside \text{}) are prose, not TeX: formulas write one letter a symbol.
_PROSE = re.compile(r"(?<![\\\w])[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){3}(?!\w)")
_TEXT_ARGUMENT = re.compile(r"\\(?:text|mbox|textrm|mathrm|operatorname)\*?\{[^{}]*\}")
_MATH_SIGNS = re.compile(r"[\\^_{}=<>]")
_SHORT_SYMBOL = re.compile(r"[A-Za-z](?:'|_?\d)?")  # "$x$", "$n$", "$x'$", "$x_1$"


def _is_formula(content: str) -> bool:
    """Whether what stands between single dollars is a formula rather than prices or a shell's variables."""
    return bool(_MATH_SIGNS.search(content)) or _SHORT_SYMBOL.fullmatch(content) is not None


def _is_prose(content: str) -> bool:
    """Whether a span holds running words outside \\text{}: prose between two stray marks ("$$$. The ... $$")."""
    return _PROSE.search(_TEXT_ARGUMENT.sub(" ", content)) is not None


def formulas_in(text: str) -> Iterator[tuple[int, int, str]]:
    """Each formula of a text: where it starts and ends, and its TeX."""
    position = 0
    next_closing: dict[str, int] = {}
    while opening := _OPENING.search(text, position):
        mark, start = opening.group(0), opening.end()
        if mark == "$":
            dollar = _DOLLAR.match(text, opening.start())
            if dollar and _is_formula(dollar.group("dollar")) and not _is_prose(dollar.group("dollar")):
                yield dollar.start(), dollar.end(), dollar.group("dollar")
                position = dollar.end()
            else:
                position = start
            continue
        closer = _CLOSING.get(mark) or f"\\end{{{opening.group(1)}{opening.group(2)}}}"
        end = next_closing.get(closer, -1)
        if end < start:
            found = text.find(closer, start)
            end = next_closing[closer] = found if found >= 0 else _NEVER
        if start < end <= start + LONGEST_FORMULA and not _is_prose(text[start:end]):
            yield opening.start(), end + len(closer), text[start:end]
            position = end + len(closer)
        else:
            position = start
