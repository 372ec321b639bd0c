"""Formulas written in TeX, read the way a teacher reads them aloud (English).

Blogs and papers write formulas in TeX between \\( \\) or $ $ inside a sentence and between \\[ \\], $$ $$ or an
equation environment on their own; narrator's HTML reader turns MathJax, KaTeX and MathML renderings into the same
form. A formula is parsed (groups, scripts, fractions, roots, fences, environments) and said in words: "\\frac{1}{n}
\\sum_{i=1}^{n} x_i" is "one over n times the sum from i equals one to n of x sub i". Its words are tables in facts.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from narrator.formula_marks import formulas_in
from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    BIG_OPERATORS,
    GREEK_LETTERS,
    LIMIT_OPERATORS,
    MATH_ACCENTS,
    MATH_FUNCTIONS,
    MATH_WORDS,
    NUMBER_SETS,
)
from narrator.speech.normalise.util import padded

__all__ = ["formula_spans", "formulas", "loose_symbols", "say_tex"]

_TOKEN = compiled(r"\\[A-Za-z]+\*?|\\.|\d+(?:\.\d+)?|\.\d+|''?|\s+|.", re.S)
# Letters read as the function of what follows them in brackets ("f(x)" is "f of x"); any other letter before
# brackets multiplies them ("a(b + c)").
_FUNCTION_LETTERS = frozenset("fghFGHPEpqLNRSuvwxyzTV")
_SPACES = frozenset({"\\,", "\\;", "\\:", "\\!", "\\ ", "\\quad", "\\qquad", "~", "\\enspace", "\\thinspace"})
_IGNORED = frozenset({"\\displaystyle", "\\textstyle", "\\scriptstyle", "\\limits", "\\nolimits", "\\nonumber",
                      "\\notag", "\\big", "\\Big", "\\bigg", "\\Bigg", "\\bigl", "\\bigr", "\\Bigl", "\\Bigr",
                      "\\biggl", "\\biggr", "\\middle", "&", "\\relax", "\\mathstrut"})
_SKIP_ARGUMENT = frozenset({"\\label", "\\tag", "\\hspace", "\\vspace", "\\color", "\\phantom", "\\hphantom",
                            "\\vphantom", "\\ref", "\\eqref"})
_FONTS = frozenset({"\\mathbf", "\\mathit", "\\mathcal", "\\mathsf", "\\mathtt", "\\mathfrak", "\\boldsymbol",
                    "\\bm", "\\mathscr", "\\mathrm", "\\textbf", "\\textit", "\\emph", "\\pmb"})
_TEXTS = frozenset({"\\text", "\\textrm", "\\mbox", "\\textnormal", "\\textsf", "\\texttt", "\\operatorname",
                    "\\operatorname*"})
_FRACTIONS = frozenset({"\\frac", "\\dfrac", "\\tfrac", "\\cfrac"})
_OPENERS = {"(": ")", "[": "]", "\\{": "\\}", "\\lbrace": "\\rbrace", "\\langle": "\\rangle", "|": "|",
            "\\|": "\\|", "\\lvert": "\\rvert", "\\lVert": "\\rVert", "\\lfloor": "\\rfloor", "\\lceil": "\\rceil"}
_CLOSERS = {closer: opener for opener, closer in _OPENERS.items()}
_DENOMINATORS = {2: ("half", "halves"), 4: ("quarter", "quarters")}
MAX_DEPTH = 50  # nesting deeper than any formula a person writes; a hostile page's thousand braces stop here


@dataclass
class _Node:
    """One part of a formula: a symbol, a group, a command with arguments, fenced part or environment."""

    kind: str  # "sym", "group", "cmd", "fence", "env", "text"
    text: str = ""
    parts: list[_Node] = field(default_factory=list)
    args: list[_Node] = field(default_factory=list)
    sub: _Node | None = None
    sup: _Node | None = None
    rows: list[list[_Node]] = field(default_factory=list)


class _Parser:
    """A recursive parser of TeX maths, forgiving: what it does not know it keeps as a symbol."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = [(m.group(0), m.end()) for m in _TOKEN.finditer(source) if not m.group(0).isspace()]
        self.closed = _closed_fences([token for token, _ in self.tokens])
        self.at = 0
        self.depth = 0

    def peek(self) -> str | None:
        """The next token, or None at the end."""
        return self.tokens[self.at][0] if self.at < len(self.tokens) else None

    def take(self) -> str:
        """The next token, consumed ("" past the end: broken TeX is read as far as it goes)."""
        if self.at >= len(self.tokens):
            return ""
        token = self.tokens[self.at][0]
        self.at += 1
        return token

    def sequence(self, stops: frozenset[str]) -> list[_Node]:
        """Atoms with their scripts up to a stop token (not consumed) or the end."""
        nodes: list[_Node] = []
        self.depth += 1
        while (token := self.peek()) is not None and token not in stops:
            if self.depth > MAX_DEPTH:
                self.at = len(self.tokens)
                break
            node = self.atom()
            if node is None:
                continue
            while (token := self.peek()) in ("^", "_", "'", "''"):
                self.take()
                if token in ("'", "''"):
                    node.sup = _Node("sym", token)
                elif token == "^":
                    node.sup = self.argument()
                else:
                    node.sub = self.argument()
            nodes.append(node)
        self.depth -= 1
        return nodes

    def argument(self) -> _Node:
        """A command's or script's argument: a braced group or one token (with its own arguments)."""
        if self.peek() == "{":
            self.take()
            parts = self.sequence(frozenset({"}"}))
            if self.peek() == "}":
                self.take()
            return _Node("group", parts=parts)
        if self.peek() is None:
            return _Node("group")
        return self.atom() or _Node("group")

    def raw_argument(self) -> str:
        """A braced argument as written (\\text{...}); the tokens inside are skipped."""
        if self.peek() != "{":
            return self.take() if self.peek() is not None else ""
        start = self.tokens[self.at][1]
        level = 0
        while self.peek() is not None:
            token = self.take()
            level += (token == "{") - (token == "}")
            if level == 0:
                return self.source[start:self.tokens[self.at - 1][1] - 1]
        return self.source[start:]

    def atom(self) -> _Node | None:
        """One atom; None for what is not said (spacing, sizing)."""
        token = self.take()
        if token == "{":
            parts = self.sequence(frozenset({"}"}))
            if self.peek() == "}":
                self.take()
            return _Node("group", parts=parts)
        if token == "}" or token in _IGNORED:
            return None
        if token in _SPACES:
            return _Node("sym", ",") if token in ("\\quad", "\\qquad") else None
        if token == "\\left":
            opener = self.take() if self.peek() is not None else "."
            parts = self.sequence(frozenset({"\\right"}))
            if self.peek() == "\\right":
                self.take()
                if self.peek() is not None:
                    self.take()  # the closing bracket, whichever it is
            return _Node("fence", opener, parts=parts)
        if token in _OPENERS and self.at - 1 in self.closed:
            closer = _OPENERS[token]
            parts = self.sequence(frozenset({closer}))
            if self.peek() == closer:
                self.take()
            return _Node("fence", token, parts=parts)
        if token == "\\begin":
            return self.environment(self.raw_argument())
        if token in _FRACTIONS or token in ("\\binom", "\\dbinom", "\\tbinom", "\\overset", "\\underset",
                                            "\\stackrel"):
            return _Node("cmd", token, args=[self.argument(), self.argument()])
        if token == "\\sqrt":
            index = None
            if self.peek() == "[":
                self.take()
                index = _Node("group", parts=self.sequence(frozenset({"]"})))
                if self.peek() == "]":
                    self.take()
            return _Node("cmd", token, args=[self.argument()] + ([index] if index is not None else []))
        if token in ("\\xrightarrow", "\\xleftarrow", "\\xRightarrow"):
            if self.peek() == "[":
                self.take()
                self.sequence(frozenset({"]"}))
                if self.peek() == "]":
                    self.take()
            return _Node("cmd", token, args=[self.argument()])
        if token in _TEXTS:
            return _Node("text", self.raw_argument())
        if token in _SKIP_ARGUMENT:
            self.raw_argument()
            return None
        if token == "\\textcolor":
            self.raw_argument()
            return self.argument()
        if token in _FONTS or token == "\\mathbb" or token == "\\vec" or token == "\\overrightarrow" \
                or token[1:] in MATH_ACCENTS or token in ("\\underbrace", "\\overbrace", "\\cancel", "\\boxed",
                                                          "\\pmod", "\\bmod"):
            return _Node("cmd", token, args=[self.argument()])
        return _Node("sym", token)

    def environment(self, name: str) -> _Node:
        """A matrix, cases or aligned environment: rows of cells."""
        rows: list[list[_Node]] = []
        cells: list[_Node] = []
        stops = frozenset({"&", "\\\\", "\\end", "\\cr"})
        if name in ("array", "tabular") and self.peek() == "{":
            self.raw_argument()  # the column spec
        while True:
            cells.append(_Node("group", parts=self.sequence(stops)))
            token = self.take() if self.peek() is not None else "\\end"
            if token == "&":
                continue
            rows.append(cells)
            cells = []
            if token == "\\end":
                self.raw_argument()
                break
        if rows and all(not cell.parts for cell in rows[-1]):
            rows.pop()  # a trailing \\ before \end
        return _Node("env", name.rstrip("*"), rows=rows)


def _closed_fences(tokens: list[str]) -> set[int]:
    """Where the brackets that are closed within their group open, found in one pass ("[0, 1)" is no fence)."""
    closed: set[int] = set()
    frames: list[dict[str, list[int]]] = [{}]
    for index, token in enumerate(tokens):
        if token == "{":
            frames.append({})
        elif token == "}":
            if len(frames) > 1:
                frames.pop()
        elif token in _CLOSERS and frames[-1].get(_CLOSERS[token]):
            closed.add(frames[-1][_CLOSERS[token]].pop())
        elif token in _OPENERS:
            frames[-1].setdefault(token, []).append(index)
    return closed


def _letter(token: str) -> str:
    """A variable's letter as a voice should say it: lower case (a capital is not heard, and a capital alone may be
    taken for a numeral or an initial), "a" as the letter."""
    return "Eh" if token in ("a", "A") else token.lower()


def _greek(token: str) -> str | None:
    """The name of a Greek letter written as a command or a character."""
    name = token[1:].lower().removeprefix("var") if token.startswith("\\") else None
    if name is not None:
        return name if name in GREEK_LETTERS else None
    if len(token) != 1:
        return None
    code = ord(token)
    if 0x3B1 <= code <= 0x3C9:
        return GREEK_LETTERS[code - 0x3B1 - (code > 0x3C2)] if code != 0x3C2 else "sigma"
    if 0x391 <= code <= 0x3A9 and code != 0x3A2:
        return GREEK_LETTERS[code - 0x391 - (code > 0x3A2)]
    return None


def _is_simple(node: _Node) -> bool:
    """A single symbol, number or letter, perhaps in a font or with an accent ("\\mathsf{T}", "\\bar{x}", "\\sqrt{2}"):
    said without words to mark where it ends."""
    if node.kind == "group":
        return len(node.parts) == 1 and _is_simple(node.parts[0])
    if node.kind == "cmd" and len(node.args) == 1 and node.sub is None and node.sup is None \
            and (node.text in _FONTS or node.text == "\\sqrt" or node.text[1:] in MATH_ACCENTS):
        return _is_simple(node.args[0])
    return node.kind in ("sym", "text") and node.sub is None and node.sup is None


def _is_short(node: _Node) -> bool:
    """A fraction's part said without naming it: a symbol or a product of up to three ("d y", "2 a", "\\pi r")."""
    parts = node.parts if node.kind == "group" else [node]
    return len(parts) <= 3 and all(_is_simple(part) or (part.kind == "sym" and part.sub is None)
                                   for part in parts) \
        and not any(part.kind == "sym" and part.text in MATH_WORDS for part in parts)


def _integer(node: _Node) -> int | None:
    """The value of a node that is a plain whole number."""
    if node.kind == "group" and len(node.parts) == 1:
        return _integer(node.parts[0])
    if node.kind == "sym" and node.text.isdigit() and node.sub is None and node.sup is None:
        return int(node.text)
    return None


def _plain_text(node: _Node) -> str | None:
    """The letters of a node written as a name (\\mathrm{Var}, \\text{max}), or None."""
    if node.kind == "text":
        return node.text.strip()
    if node.kind == "group" and node.parts and all(p.kind == "sym" and p.text.isalpha() and len(p.text) == 1
                                                   and p.sub is None and p.sup is None for p in node.parts):
        return "".join(p.text for p in node.parts)
    return None


class _Reader:
    """Say a parsed formula in words."""

    def sequence(self, nodes: list[_Node]) -> str:
        """Atoms one after another, functions applied to what follows them."""
        words: list[str] = []
        index = 0
        while index < len(nodes):
            node = nodes[index]
            following = nodes[index + 1] if index + 1 < len(nodes) else None
            previous = nodes[index - 1] if index else None
            if previous is not None and not (previous.kind == "sym" and self._is_operator(previous)) \
                    and not (words and words[-1].endswith(" of")) and (
                    (previous.kind == "cmd" and previous.text in _FRACTIONS
                     and not (node.kind == "sym" and self._is_operator(node)))
                    or (node.kind == "fence" and node.text == "(")):
                words.append("times")  # "one over n times the sum", "two times the quantity x plus one"
            name = self._function_name(node)
            if name is not None:
                takes = following is not None and not (following.kind == "sym" and self._is_operator(following))
                words.append(self._function(node, name, following if takes else None))
                index += 2 if takes else 1
                continue
            if (following is not None and following.kind == "fence" and following.text in ("(", "[")
                    and node.sup is None and node.sub is None and self._names_function(node)):
                words.append(f"{self.atom(node)} of {self.sequence(following.parts)}")
                self._after_fence(following, words)
                index += 2
                continue
            if following is None and node.kind == "sym" and node.text[1:] in LIMIT_OPERATORS and node.sub is None:
                words.append(node.text[1:])  # a label, "\\lambda_{\\max}": "lambda sub max"
            elif node.kind == "sym" and node.text in ("\\sim", "\u223c") and self._names_distribution(nodes, index + 1):
                words.append("is distributed as")  # "X \\sim \\mathcal{N}(0, 1)", "K \\sim \\text{Poisson}(\\lambda)"
            else:
                words.append(self.atom(node))
            index += 1
        return " ".join(word for word in words if word)

    def _names_distribution(self, nodes: list[_Node], index: int) -> bool:
        """Whether what follows a tilde is a distribution: a name or a capital in a font, then its parameters."""
        if index >= len(nodes):
            return False
        name, after = nodes[index], nodes[index + 1] if index + 1 < len(nodes) else None
        named = name.kind == "text" or (name.kind == "cmd" and name.text in _FONTS) \
            or (name.kind == "sym" and len(name.text) == 1 and name.text.isupper())
        return named and after is not None and after.kind == "fence" and after.text == "("

    @staticmethod
    def _names_function(node: _Node) -> bool:
        """Whether a letter before brackets is a function's name ("f(x)", "P(A)", "\\mathcal{N}(0, 1)")."""
        if node.kind == "cmd" and node.text in _FONTS and node.args:
            inner = node.args[0].parts[0] if node.args[0].kind == "group" and len(node.args[0].parts) == 1 \
                else node.args[0]
            return inner.kind == "sym" and len(inner.text) == 1 and inner.text.isalpha()
        if node.kind == "text":
            return node.text.strip().isalpha()  # a named distribution or operator: "\\text{Poisson}(\\lambda)"
        return node.kind == "sym" and (node.text in _FUNCTION_LETTERS or _greek(node.text) is not None)

    @staticmethod
    def _is_operator(node: _Node) -> bool:
        """Whether a symbol is an operator or relation rather than something to apply a function to."""
        return node.text in MATH_WORDS or node.text in (",", ";", ".")

    def _function_name(self, node: _Node) -> str | None:
        """The spoken name of a function (\\sin, \\log, \\operatorname{Var}), or None."""
        if node.kind == "sym" and node.text.startswith("\\") and node.text[1:] in MATH_FUNCTIONS:
            return MATH_FUNCTIONS[node.text[1:]]
        if node.kind == "text" and node.text.strip() in MATH_FUNCTIONS:
            return MATH_FUNCTIONS[node.text.strip()]
        return None

    def _function(self, node: _Node, name: str, argument: _Node | None) -> str:
        """ "the sine of x", "the log base two of n", "sine squared of x"."""
        spoken = name
        if node.sub is not None and name == "log":
            spoken += f" base {self.atom(node.sub)}"
        if node.sup is not None:
            spoken += " " + self._power(node.sup, node)
        if argument is None or (argument.kind == "sym" and self._is_operator(argument)):
            return f"the {spoken}"
        inner = self.sequence(argument.parts) if argument.kind == "fence" and argument.text == "(" \
            else self.atom(argument)
        return f"the {spoken} of {inner}"

    def _after_fence(self, fence: _Node, words: list[str]) -> None:
        """Scripts written on a closing bracket."""
        if fence.sup is not None:
            words.append(self._power(fence.sup, fence))
        if fence.sub is not None:
            words.append(f"sub {self.atom(fence.sub)}")

    def atom(self, node: _Node) -> str:
        """An atom with its scripts."""
        if (node.kind == "sym" and node.text.startswith("\\") and node.text[1:] in BIG_OPERATORS) \
                or (node.kind == "sym" and node.text in BIG_OPERATORS):
            return self._big_operator(node, BIG_OPERATORS.get(node.text[1:]) or BIG_OPERATORS[node.text])
        plain = _plain_text(node) if node.kind == "text" else None
        limit = node.text[1:] if node.kind == "sym" and node.text.startswith("\\") else (plain or "")
        if limit in LIMIT_OPERATORS:
            spoken = f"the {LIMIT_OPERATORS[limit]}"
            if node.sub is not None:
                spoken += (" as " if limit == "lim" else " over ") + self.atom(node.sub)
            return spoken + " of"
        base = self.base(node)
        if node.sub is not None:
            base += f" sub {self.atom(node.sub)}"
        if node.sup is not None:
            base += " " + self._power(node.sup, node)
        return base

    def _big_operator(self, node: _Node, name: str) -> str:
        """ "the sum from i equals one to n of"."""
        spoken = f"the {name}"
        if node.sub is not None and node.sup is not None:
            spoken += f" from {self.atom(node.sub)} to {self.atom(node.sup)}"
        elif node.sub is not None:
            spoken += f" over {self.atom(node.sub)}"
        return spoken + " of"

    def _power(self, sup: _Node, base: _Node) -> str:
        """A superscript: "squared", "cubed", "prime", "transpose", "to the fourth", "to the power of n plus one"."""
        if sup.kind == "sym" and sup.text in ("'", "''", "\\prime"):
            return MATH_WORDS[sup.text]
        value = _integer(sup)
        inner = sup.parts[0] if sup.kind == "group" and len(sup.parts) == 1 else sup
        if inner.kind == "cmd" and inner.text in _FONTS and inner.args:  # "A^{\\mathsf{T}}" is "A^T"
            font = inner.args[0]
            inner = font.parts[0] if font.kind == "group" and len(font.parts) == 1 else font
        if value == 2:
            return "squared"
        if value == 3:
            return "cubed"
        if inner.kind == "sym" and inner.text in ("\\circ", "\u2218", "o"):
            return "degrees"
        if inner.kind == "sym" and inner.text in ("*", "\\ast", "\\star"):
            return "star"
        if inner.kind == "sym" and inner.text == "\\dagger":
            return "dagger"
        if inner.kind == "sym" and inner.text == "T" and base.kind == "sym" and base.text.isupper():
            return "transpose"
        spoken = self.atom(sup) if sup.kind != "group" else self.sequence(sup.parts)
        if spoken == "minus one" and base.kind == "sym" and (base.text.isupper() or self._function_name(base)):
            return "inverse"
        if value is not None and 4 <= value <= 20:
            return f"to the {numbers.ordinal(value)}"
        if _is_simple(sup):
            return f"to the {spoken}"
        return f"to the power of {spoken},"

    def base(self, node: _Node) -> str:
        """What an atom says before its scripts."""
        kind, text = node.kind, node.text
        if kind == "group":
            return self.sequence(node.parts)
        if kind == "text":
            return text.strip()
        if kind == "fence":
            return self._fence(node)
        if kind == "env":
            return self._environment(node)
        if kind == "cmd":
            return self._command(node)
        return self._symbol(text)

    def _symbol(self, text: str) -> str:
        """A single symbol: a number, a letter, an operator, a Greek letter."""
        # a digit of ASCII: "²" is a digit to str.isdigit and none to int() ("\\(²\\)" raised ValueError, fuzzing)
        if (text[0].isascii() and text[0].isdigit()) or (text[0] == "." and len(text) > 1):
            return numbers.decimal(text) if "." in text else numbers.integer(text)
        if len(text) == 1 and text.isascii() and text.isalpha():
            return _letter(text)
        if text in MATH_WORDS:
            return MATH_WORDS[text]
        greek = _greek(text) if (text.startswith("\\") or len(text) == 1) else None
        if greek is not None:
            return greek
        if text in (",", ";"):
            return text
        if text.startswith("\\") and text[1:].isalpha():
            return MATH_FUNCTIONS.get(text[1:], text[1:])
        if text.startswith("\\"):
            return ""  # an escaped brace or a spacing command we do not know
        return text if text.isalnum() else ""

    def _fence(self, node: _Node) -> str:
        """Brackets: bars are an absolute value, braces a set, other brackets group what they hold."""
        opener = node.text
        inner = self.sequence(node.parts)
        if opener in ("|", "\\lvert"):
            words = f"the absolute value of {inner}"
        elif opener in ("\\|", "\\lVert"):
            words = f"the norm of {inner}"
        elif opener in ("\\{", "\\lbrace"):
            words = f"the set {inner}"
        elif opener == "\\lfloor":
            words = f"the floor of {inner}"
        elif opener == "\\lceil":
            words = f"the ceiling of {inner}"
        elif node.sup is not None or any(p.kind == "sym" and p.text in MATH_WORDS for p in node.parts):
            words = f"the quantity {inner}"
        else:
            words = inner
        return words + ("," if node.sup is not None else "")

    def _command(self, node: _Node) -> str:
        """A command with arguments: fractions, roots, accents, fonts, arrows."""
        name, args = node.text, node.args
        if name in _FRACTIONS:
            return self._fraction(args[0], args[1])
        if name in ("\\binom", "\\dbinom", "\\tbinom"):
            return f"{self.atom(args[0])} choose {self.atom(args[1])}"
        if name == "\\sqrt":
            return self._root(args[0], args[1] if len(args) > 1 else None)
        if name in ("\\xrightarrow", "\\xRightarrow"):
            return f"goes, by {self.atom(args[0])}, to"
        if name == "\\xleftarrow":
            return "gets"
        if name in ("\\overset", "\\underset", "\\stackrel"):
            return self.atom(args[1])
        if name == "\\mathbb":
            letters = _plain_text(args[0]) or ""
            return NUMBER_SETS.get(letters, self.atom(args[0]))
        if name in ("\\vec", "\\overrightarrow"):
            return f"vector {self.atom(args[0])}"
        if name[1:] in MATH_ACCENTS:
            return f"{self.atom(args[0])} {MATH_ACCENTS[name[1:]]}"
        if name in ("\\pmod", "\\bmod"):
            return f"modulo {self.atom(args[0])}"
        if name in _FONTS:
            word = _plain_text(args[0])
            if word and len(word) > 1:
                return MATH_FUNCTIONS.get(word, word)
        return self.atom(args[0]) if args else ""

    def _fraction(self, numerator: _Node, denominator: _Node) -> str:
        """ "one half", "two thirds", "a over b", or with numerator and denominator named when either is long."""
        top, bottom = _integer(numerator), _integer(denominator)
        if top is not None and bottom is not None and 2 <= bottom <= 10 and 0 < top < 100:
            if bottom in _DENOMINATORS:
                part = _DENOMINATORS[bottom][top != 1]
            else:
                part = numbers.ordinal(bottom) + ("s" if top != 1 else "")
            return f"{numbers.cardinal(top)} {part}"
        said_top = self.atom(numerator) if numerator.kind != "group" else self.sequence(numerator.parts)
        said_bottom = self.atom(denominator) if denominator.kind != "group" else self.sequence(denominator.parts)
        if _is_short(numerator) and _is_short(denominator):
            return f"{said_top} over {said_bottom}"
        return f"the fraction with numerator {said_top}, and denominator {said_bottom},"

    def _root(self, radicand: _Node, index: _Node | None) -> str:
        """ "the square root of x", "the cube root of", "the n th root of"."""
        which = "square"
        if index is not None:
            degree = _integer(index)
            which = "cube" if degree == 3 else numbers.ordinal(degree) if degree else f"{self.atom(index)} th"
        said = self.atom(radicand) if radicand.kind != "group" else self.sequence(radicand.parts)
        return f"the {which} root of {said}" + ("" if _is_simple(radicand) else ",")

    def _environment(self, node: _Node) -> str:
        """Matrices row by row, cases with their conditions, aligned equations one after another."""
        rows = [[self.sequence(cell.parts) for cell in row] for row in node.rows]
        if node.text.endswith("matrix") or node.text == "array":
            said = "; ".join(", ".join(cell for cell in row if cell) for row in rows)
            lead = "the determinant of the matrix" if node.text.startswith("v") else "the matrix"
            return f"{lead} with rows: {said};"
        if node.text in ("cases", "dcases"):
            parts = []
            for row in rows:
                value, condition = row[0], " ".join(row[1:]).strip()
                if condition and not condition.startswith(("if", "when", "otherwise", "for")):
                    condition = "if " + condition
                parts.append(f"{value}, {condition}".strip(", "))
            return "; ".join(parts) + ";"
        return "; ".join(" ".join(cell for cell in row if cell) for row in rows)


def say_tex(source: str) -> str:
    """The words for one formula in TeX."""
    parser = _Parser(source)
    nodes = parser.sequence(frozenset())
    spoken = _Reader().sequence(nodes)
    spoken = re.sub(r"\s+([,;:])", r"\1", spoken)
    spoken = re.sub(r"([,;])(?:\s*[,;])+", r"\1", spoken)
    return re.sub(r"\s+", " ", spoken).strip(" ,;")


def formula_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where the formulas of a text are (start, end), so that a sentence is not split inside one."""
    if "\\" not in text and text.count("$") < 2:  # a formula is marked by a backslash or stands between two dollars
        return
    for start, end, _ in formulas_in(text):
        yield start, end


def formulas(text: str) -> str:
    """Every formula in a text in words, set apart from the words beside it."""
    if "\\" not in text and text.count("$") < 2:  # a price's one dollar ("$25 million") marks none
        return text
    pieces: list[str] = []
    position = 0
    for start, end, source in formulas_in(text):
        pieces.append(text[position:start])
        before = " " if start > 0 and not text[start - 1].isspace() else ""
        after = " " if end < len(text) and text[end].isalnum() else ""
        pieces.append(f"{before}{say_tex(source)}{after}")
        position = end
    if not pieces:
        return text
    pieces.append(text[position:])
    return "".join(pieces)


# Maths symbols written in prose outside a formula ("if a ≠ b", "∀x ∃y", "∑ x"), read after the rules that say them
# their own way beside numbers ("≥ 2" is "at least two", "√2" "the square root of two"). Only between or before what
# they apply to: alone they are a page's furniture ("≡ Menu", "∼ ∼ ∼"). Dots and arrows are not here: "…" ends prose,
# "→" is read as "to" elsewhere, and "⋅" parts menu items and bylines ("Home ⋅ News", "By Ann ⋅ May 3").
_LOOSE_WORDS = {symbol: words for symbol, words in MATH_WORDS.items()
                if len(symbol) == 1 and ord(symbol) >= 0x2200 and symbol not in "\u2026\u2192\u22c5"}
_BEFORE = {symbol: f"the {name} of" for symbol, name in BIG_OPERATORS.items() if len(symbol) == 1}
_BEFORE.update({"\u221a": "the square root of", "\u221b": "the cube root of", "\u221c": "the fourth root of",
                "\u2200": "for all", "\u2203": "there exists", "\u2202": "partial", "\u2207": "del"})
for _symbol in _BEFORE:
    _LOOSE_WORDS.pop(_symbol, None)
_LOOSE_WORDS["\u221e"] = "infinity"
_LOOSE_WORDS.update(_BEFORE)
_OPERAND_BEFORE = r"(?<=[^\W_)\]])"
_OPERAND_AFTER = r"(?=\s?[^\W_(\[])"
_INFIX = "".join(sorted(set(_LOOSE_WORDS) - set(_BEFORE) - {"\u221e"}))
_LOOSE = compiled(
    rf"{_OPERAND_BEFORE}\s?[{_INFIX}]\s?{_OPERAND_AFTER}"  # between two operands
    rf"|[{''.join(sorted(_BEFORE))}]{_OPERAND_AFTER}"  # before its operand
    rf"|(?<=[^\W_]\s)\u221e|\u221e(?=\s[^\W_])")  # infinity beside a word


# A first look for the symbols alone, a charset scanned in C: the pattern, led by look behinds, tried every position
# of every text beyond ASCII (20 us a sentence of article text).
_MAY_BE_LOOSE = compiled("[" + "".join(re.escape(symbol) for symbol in sorted(_LOOSE_WORDS)) + "]")


def loose_symbols(text: str) -> str:
    """Maths symbols in prose in words."""
    if text.isascii() or not _MAY_BE_LOOSE.search(text):
        return text
    return _LOOSE.sub(lambda m: padded(m, _LOOSE_WORDS[m.group(0).strip()]), text)
