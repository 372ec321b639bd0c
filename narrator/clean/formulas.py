"""Formulas on web pages, as the TeX the speech stage reads: \\( \\) inside a sentence, \\[ \\] on their own.

Pages show formulas through MathJax (2: a <script type="math/tex"> beside its rendering; 3 and 4: <mjx-container>
with hidden MathML for screen readers), KaTeX (MathML with the TeX as an annotation, beside a rendering of spans) or
plain MathML (Wikipedia: with the TeX as alttext). Left to the extractor, a rendering read as text ("E=mc2"), the
MathML was dropped with its words ("each with mean and variance ,"), or the same formula came twice. Each formula is
replaced by one text: its TeX where the page has it, else TeX written from its MathML. Word's equations (Office
Math), which mammoth drops with their words, are written as TeX the same way before mammoth reads the document.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

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


def _replace_all(replacements: dict[Any, str]) -> None:
    """Put each element's text where the element was (into the tail before it or its parent's text), each parent's
    children rebuilt once: removing thousands of formulas one by one from a paragraph took time in their number
    squared, and leaving them as elements slowed the extractor as much."""
    parents: dict[Any, None] = {}
    for element in replacements:
        parents.setdefault(element.getparent(), None)
    for parent in parents:
        if parent is None:
            continue
        kept: list[Any] = []
        pending: list[str] = [parent.text or ""]
        for child in list(parent):
            if child in replacements:
                pending.extend((replacements[child], child.tail or ""))
                continue
            _flush(parent, kept, pending)
            kept.append(child)
            pending = [child.tail or ""]
        _flush(parent, kept, pending)
        parent[:] = kept


def _flush(parent: Any, kept: list[Any], pending: list[str]) -> None:
    """Text gathered since the last kept child: that child's tail, or the parent's text."""
    text = "".join(pending) or None
    if kept:
        kept[-1].tail = text
    else:
        parent.text = text


def _delimited(tex: str, display: bool) -> str:
    """TeX between the delimiters speech reads."""
    return f" \\[{tex}\\] " if display else f"\\({tex}\\)"


def formulas_as_tex(root: Any) -> int:
    """Replace every formula in a page tree by its TeX; how many were found."""
    scripts = [s for s in root.iter("script") if (s.get("type") or "").lower().startswith("math/tex")]
    maths = list(root.iter("math", "{http://www.w3.org/1998/Math/MathML}math"))
    if not scripts and not maths:
        return 0
    replacements: dict[Any, str] = {}
    if scripts:  # MathJax 2 draws each formula beside its script: the drawing goes, the script is read
        for element in root.iter():
            if set((element.get("class") or "").split()) & _RENDERINGS and not _name(element).startswith("mjx-"):
                replacements[element] = ""
    for script in scripts:
        tex = (script.text or "").strip()
        display = "mode=display" in (script.get("type") or "").lower()
        replacements[script] = _delimited(tex, display) if tex and len(tex) <= MAX_FORMULA_CHARS else ""
    for math in maths:
        wrapper = math
        display = math.get("display") == "block"
        while _is_wrapper(wrapper.getparent()):
            wrapper = wrapper.getparent()
            display = display or "display" in (wrapper.get("class") or "").lower() or wrapper.get("display") == "true"
        if wrapper not in replacements:
            tex = _source(math)
            replacements[wrapper] = _delimited(tex, display) if tex and len(tex) <= MAX_FORMULA_CHARS else ""
    # an element inside another that is replaced goes with it
    outermost = {element: text for element, text in replacements.items()
                 if not any(ancestor in replacements for ancestor in element.iterancestors())}
    _replace_all(outermost)
    return len(scripts) + len(maths)


def _in_tree(element: Any, root: Any) -> bool:
    """Whether an element is still part of the tree (its wrapper may have gone with an earlier formula)."""
    while element is not None:
        if element is root:
            return True
        element = element.getparent()
    return False


# Word's equations (Office Math, OMML), written as TeX for the speech stage: mammoth drops them with their words.
_OMML = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_OMML_ACCENTS = {"\u0302": "\\hat", "^": "\\hat", "\u0303": "\\tilde", "~": "\\tilde", "\u0304": "\\bar",
                 "\u0305": "\\bar", "\u00af": "\\bar", "\u0307": "\\dot", "\u0308": "\\ddot", "\u20d7": "\\vec",
                 "\u2192": "\\vec"}
_OMML_BRACKETS = {"{": "\\{", "}": "\\}", "|": "|", "\u2016": "\\|", "\u230a": "\\lfloor", "\u230b": "\\rfloor",
                  "\u2308": "\\lceil", "\u2309": "\\rceil", "\u27e8": "\\langle", "\u27e9": "\\rangle", "": "."}


def _m(element: Any, name: str) -> Any | None:
    """The first OMML child of an element with a name."""
    return element.find(f"{{{_OMML}}}{name}")


def _property(element: Any, properties: str, name: str, default: str) -> str:
    """A character property of an OMML element (a bracket, an operator, an accent), or its default."""
    found = element.find(f"{{{_OMML}}}{properties}/{{{_OMML}}}{name}")
    return found.get(f"{{{_OMML}}}val", default) if found is not None else default


def _part(element: Any | None) -> str:
    """TeX of an OMML part (argument, numerator, script), in braces."""
    return "{" + (tex_from_omml(element) if element is not None else "") + "}"


def tex_from_omml(element: Any) -> str:
    """TeX for an OMML element, enough for a voice to read."""
    name = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
    if name == "r":
        return "".join(t.text or "" for t in element.iter(f"{{{_OMML}}}t", f"{{{_WORD}}}t")).replace("\u2212", "-")
    if name == "f":
        return f"\\frac{_part(_m(element, 'num'))}{_part(_m(element, 'den'))}"
    if name in ("sSup", "sSub", "sSubSup", "sPre"):
        base = _part(_m(element, "e"))
        sub, sup = _m(element, "sub"), _m(element, "sup")
        scripts = (f"_{_part(sub)}" if sub is not None else "") + (f"^{_part(sup)}" if sup is not None else "")
        return f"{{}}{scripts}{base}" if name == "sPre" else f"{base}{scripts}"
    if name == "rad":
        degree = _m(element, "deg")
        index = tex_from_omml(degree).strip() if degree is not None else ""
        return f"\\sqrt{'[' + index + ']' if index else ''}{_part(_m(element, 'e'))}"
    if name == "nary":
        operator = _property(element, "naryPr", "chr", "\u222b")
        sub, sup = _m(element, "sub"), _m(element, "sup")
        limits = (f"_{_part(sub)}" if sub is not None and len(sub) else "") + \
                 (f"^{_part(sup)}" if sup is not None and len(sup) else "")
        return f"{operator}{limits}{_part(_m(element, 'e'))}"
    if name == "d":
        opener = _property(element, "dPr", "begChr", "(")
        closer = _property(element, "dPr", "endChr", ")")
        separator = _property(element, "dPr", "sepChr", "|")
        inner = f" {separator} ".join(tex_from_omml(e) for e in element.findall(f"{{{_OMML}}}e"))
        return f"\\left{_OMML_BRACKETS.get(opener, opener)}{inner}\\right{_OMML_BRACKETS.get(closer, closer)}"
    if name == "func":
        function = tex_from_omml(_m(element, "fName")) if _m(element, "fName") is not None else ""
        plain = function.strip()
        head = f"\\operatorname{{{plain}}}" if plain.isalpha() else function
        return f"{head}{_part(_m(element, 'e'))}"
    if name == "acc":
        accent = _OMML_ACCENTS.get(_property(element, "accPr", "chr", "\u0302"), "\\hat")
        return accent + _part(_m(element, "e"))
    if name == "bar":
        below = _property(element, "barPr", "pos", "top") == "bot"
        return ("\\underline" if below else "\\overline") + _part(_m(element, "e"))
    if name in ("limLow", "limUpp"):
        base = tex_from_omml(_m(element, "e")) if _m(element, "e") is not None else ""
        base = f"\\operatorname{{{base.strip()}}}" if base.strip().isalpha() and len(base.strip()) > 1 else \
            "{" + base + "}"
        return f"{base}{'_' if name == 'limLow' else '^'}{_part(_m(element, 'lim'))}"
    if name == "m":
        rows = [" & ".join(tex_from_omml(e) for e in row.findall(f"{{{_OMML}}}e"))
                for row in element.findall(f"{{{_OMML}}}mr")]
        return "\\begin{matrix}" + " \\\\ ".join(rows) + "\\end{matrix}"
    if name == "eqArr":
        return "\\begin{aligned}" + " \\\\ ".join(tex_from_omml(e) for e in element.findall(f"{{{_OMML}}}e")) \
            + "\\end{aligned}"
    if name.endswith("Pr") or name in ("phant",) or not name:
        return ""
    return "".join(tex_from_omml(child) for child in element)


def word_equations_as_tex(document_xml: bytes) -> bytes | None:
    """A Word body with each equation replaced by a run holding its TeX (None when it holds no equation)."""
    if b"oMath" not in document_xml:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(document_xml, parser)
    equations = root.iter(f"{{{_OMML}}}oMathPara", f"{{{_OMML}}}oMath")
    found = False
    for equation in list(equations):
        parent = equation.getparent()
        if parent is None or not _in_tree(equation, root):
            continue
        display = equation.tag.endswith("oMathPara")
        parts = equation.findall(f"{{{_OMML}}}oMath") if display else [equation]
        tex = " \\\\ ".join(tex_from_omml(part).strip() for part in parts)
        run = etree.Element(f"{{{_WORD}}}r")
        text = etree.SubElement(run, f"{{{_WORD}}}t")
        text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        text.text = _delimited(tex, display).strip() if tex and len(tex) <= MAX_FORMULA_CHARS else ""
        run.tail = equation.tail
        parent.replace(equation, run)
        found = True
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) if found else None
