"""Formulas on web pages, as the TeX the speech stage reads: \\( \\) inside a sentence, \\[ \\] on their own.

Pages show formulas through MathJax (2: a <script type="math/tex"> beside its rendering; 3 and 4: <mjx-container>
with hidden MathML for screen readers), KaTeX (MathML with the TeX as an annotation, beside a rendering of spans) or
plain MathML (Wikipedia: with the TeX as alttext). Left to the extractor, a rendering read as text ("E=mc2"), the
MathML was dropped with its words ("each with mean and variance ,"), or the same formula came twice. Each formula is
replaced by one text: its TeX where the page has it, else TeX written from its MathML.
"""

from __future__ import annotations

from typing import Any

# Classes and tags of what draws a formula (the drawing is left out: the formula's source is read instead).
_RENDERINGS = frozenset({"MathJax", "MathJax_Display", "MathJax_Preview", "MathJax_SVG", "MathJax_SVG_Display",
                         "MathJax_CHTML", "MJX_Assistive_MathML"})
_WRAPPER_MARKS = ("katex", "mwe-math", "MathJax", "MJX", "math-container", "arithmatex")
# MathML operators written as TeX commands; other characters (Greek, arrows, relations) are read by speech as they are.
_OPERATORS = {"\u2212": "-", "\u2061": "", "\u2062": "", "\u2063": ",", "\u2064": "+", "\u00a0": " ",
              "\u2211": "\\sum", "\u220f": "\\prod", "\u222b": "\\int", "\u222c": "\\iint", "\u222e": "\\oint",
              "\u00af": "\\bar", "\u203e": "\\bar", "^": "\\hat", "\u02c6": "\\hat", "~": "\\tilde",
              "\u02dc": "\\tilde", "\u2192": "\\vec", "\u20d7": "\\vec", "\u02d9": "\\dot", "\u00a8": "\\ddot",
              "{": "\\{", "}": "\\}", "\u2016": "\\|", "\u2225": "\\|"}
_ACCENTS = frozenset({"\\bar", "\\hat", "\\tilde", "\\vec", "\\dot", "\\ddot"})
_NAMED = frozenset({"lim", "max", "min", "sup", "inf", "sin", "cos", "tan", "log", "ln", "exp", "det", "Var",
                    "Cov", "Pr", "arg", "gcd", "dim", "ker", "deg"})
MAX_FORMULA_CHARS = 5000  # a formula longer than a page of TeX is not read out (a page's hidden data)


def _name(element: Any) -> str:
    """An element's tag without its namespace, in lower case."""
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1].lower()


def _children(element: Any) -> list[Any]:
    """The element children of an element."""
    return [child for child in element if isinstance(child.tag, str)]


def _braced(element: Any) -> str:
    """An element's TeX in braces."""
    return "{" + tex_from_mathml(element) + "}"


def tex_from_mathml(element: Any) -> str:
    """TeX for a MathML element, enough for a voice to read (layout and styling are not kept)."""
    name = _name(element)
    kids = _children(element)
    text = (element.text or "").strip()
    if name == "annotation" or name == "annotation-xml":
        return ""
    if name == "semantics":
        return tex_from_mathml(kids[0]) if kids else ""
    if name in ("mi", "mn", "mo", "mtext", "ms"):
        return _token(name, text)
    if name == "mspace":
        return " "
    if name == "mfrac" and len(kids) == 2:
        return f"\\frac{_braced(kids[0])}{_braced(kids[1])}"
    if name == "msqrt":
        return "\\sqrt{" + " ".join(tex_from_mathml(k) for k in kids) + "}"
    if name == "mroot" and len(kids) == 2:
        return f"\\sqrt[{tex_from_mathml(kids[1])}]{_braced(kids[0])}"
    if name in ("msup", "msub", "msubsup", "munder", "mover", "munderover") and kids:
        return _scripts(name, kids)
    if name == "mfenced":
        opener, closer = element.get("open", "("), element.get("close", ")")
        separator = (element.get("separators") or ",")[:1]
        return f"{_OPERATORS.get(opener, opener)}{separator.join(tex_from_mathml(k) for k in kids)}" \
               f"{_OPERATORS.get(closer, closer)}"
    if name == "mtable":
        rows = [" & ".join(tex_from_mathml(cell) for cell in _children(row)) for row in kids]
        return "\\begin{matrix}" + " \\\\ ".join(rows) + "\\end{matrix}"
    if name in ("mphantom", "none", "mprescripts"):
        return ""
    return " ".join(part for part in (tex_from_mathml(k) for k in kids) if part)


def _token(name: str, text: str) -> str:
    """A MathML token: an identifier, number, operator or text."""
    if name in ("mtext", "ms"):
        return f"\\text{{{text}}}" if text else ""
    if name == "mi" and len(text) > 1:
        return f"\\{text}" if text in _NAMED else f"\\text{{{text}}}"
    return _OPERATORS.get(text, text)


def _scripts(name: str, kids: list[Any]) -> str:
    """Sub- and superscripts, limits under and over, and accents."""
    base = tex_from_mathml(kids[0])
    if name == "mover" and len(kids) == 2:
        accent = tex_from_mathml(kids[1]).strip()
        if accent in _ACCENTS:
            return f"{accent}{_braced(kids[0])}"
    if name == "munder" and len(kids) == 2 and tex_from_mathml(kids[1]).strip() == "_":
        return f"\\underline{_braced(kids[0])}"
    base = base if len(base) == 1 or (base.startswith("\\") and base[1:].isalpha()) else "{" + base + "}"
    if name in ("msup", "mover"):
        return f"{base}^{_braced(kids[1])}" if len(kids) > 1 else base
    if name in ("msub", "munder"):
        return f"{base}_{_braced(kids[1])}" if len(kids) > 1 else base
    if len(kids) > 2:
        return f"{base}_{_braced(kids[1])}^{_braced(kids[2])}"
    return base


def _unwrapped(tex: str) -> str:
    """TeX without the "{\\displaystyle ...}" Wikipedia wraps every formula in (it says nothing)."""
    tex = tex.strip()
    if tex.startswith("{\\displaystyle") and tex.endswith("}"):
        return tex[len("{\\displaystyle"):-1].strip()
    return tex


def _source(math: Any) -> str:
    """The TeX of a <math> element: its TeX annotation, its alttext, or TeX written from its MathML."""
    for node in math.iter():
        if _name(node) == "annotation" and (node.get("encoding") or "").lower() in ("application/x-tex", "tex",
                                                                                   "latex", "text/x-tex"):
            return _unwrapped(node.text or "")
    alt = (math.get("alttext") or "").strip()
    return _unwrapped(alt) if alt else tex_from_mathml(math).strip()


def _is_wrapper(element: Any) -> bool:
    """Whether an element only draws or holds a formula (KaTeX's, MathJax's, Wikipedia's spans)."""
    if element is None:
        return False
    if _name(element).startswith("mjx-"):
        return True
    classes = element.get("class") or ""
    return any(mark in classes for mark in _WRAPPER_MARKS)


def _replace(element: Any, text: str) -> None:
    """Put text where an element was (into its previous sibling's tail or its parent's text)."""
    parent = element.getparent()
    if parent is None:
        return
    text = text + (element.tail or "")
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(element)


def _delimited(tex: str, display: bool) -> str:
    """TeX between the delimiters speech reads."""
    return f" \\[{tex}\\] " if display else f"\\({tex}\\)"


def formulas_as_tex(root: Any) -> int:
    """Replace every formula in a page tree by its TeX; how many were found."""
    scripts = [s for s in root.iter("script") if (s.get("type") or "").lower().startswith("math/tex")]
    maths = [m for m in root.iter() if _name(m) == "math"]
    if not scripts and not maths:
        return 0
    if scripts:  # MathJax 2 draws each formula beside its script: the drawing goes, the script is read
        for element in list(root.iter()):
            if set((element.get("class") or "").split()) & _RENDERINGS and not _name(element).startswith("mjx-"):
                _replace(element, "")
    count = 0
    for script in scripts:
        if script.getparent() is None:
            continue
        tex = (script.text or "").strip()
        display = "mode=display" in (script.get("type") or "").lower()
        _replace(script, _delimited(tex, display) if tex and len(tex) <= MAX_FORMULA_CHARS else "")
        count += 1
    for math in maths:
        if math.getparent() is None or not _in_tree(math, root):
            continue
        tex = _source(math)
        wrapper = math
        display = math.get("display") == "block"
        while _is_wrapper(wrapper.getparent()):
            wrapper = wrapper.getparent()
            display = display or "display" in (wrapper.get("class") or "").lower() or wrapper.get("display") == "true"
        _replace(wrapper, _delimited(tex, display) if tex and len(tex) <= MAX_FORMULA_CHARS else "")
        count += 1
    return count


def _in_tree(element: Any, root: Any) -> bool:
    """Whether an element is still part of the tree (its wrapper may have gone with an earlier formula)."""
    while element is not None:
        if element is root:
            return True
        element = element.getparent()
    return False
