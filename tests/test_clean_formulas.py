"""Formulas on pages and in Markdown reach speech once, as TeX between \\( \\) or \\[ \\], whatever drew them."""

from __future__ import annotations

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.model import Document, Format, Source
from narrator.speech import speakable

_LEAD = ("<p>The central limit theorem is one of the most surprising results in mathematics, and it explains why"
         " so many measurements in nature cluster around an average value.</p>")
_TAIL = ("<p>That is why heights, test scores and measurement errors all look alike when you plot enough of them,"
         " and why statisticians lean on the bell curve in their daily work.</p>")


def _page(formula_html: str) -> str:
    return (f"<html><head><title>Bell curves</title></head><body><article><h1>Bell curves</h1>{_LEAD}"
            f"<p>Each term has mean {formula_html} and the average tends to the mean.</p>{_TAIL}"
            "</article></body></html>")


def _clean(text: str, name: str = "page.html", hint: Format = Format.AUTO) -> Document:
    return clean(Source(origin=name, data=text.encode(), format_hint=hint), CleanSettings())


def _sentence(document: Document) -> str:
    return next(b.text for b in document.blocks if b.text.startswith("Each term"))


# KaTeX: MathML with the TeX as an annotation, beside a drawing of spans (hidden from screen readers, or not)
_KATEX = ('<span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML">'
          '<semantics><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow>'
          '<annotation encoding="application/x-tex">x^2</annotation></semantics></math></span>'
          '<span class="katex-html"><span class="base"><span class="mord mathnormal">x</span>'
          '<span class="msupsub"><span class="mord mtight">2</span></span></span></span></span>')
# MathJax 3: a drawing in custom elements and MathML for screen readers, without TeX
_MATHJAX3 = ('<mjx-container class="MathJax" jax="CHTML"><mjx-math class="MJX-TEX" aria-hidden="true"><mjx-msup>'
             '<mjx-mi><mjx-c class="mjx-c1D465"></mjx-c></mjx-mi><mjx-mn><mjx-c class="mjx-c32"></mjx-c></mjx-mn>'
             '</mjx-msup></mjx-math><mjx-assistive-mml unselectable="on" display="inline">'
             '<math xmlns="http://www.w3.org/1998/Math/MathML"><msup><mi>x</mi><mn>2</mn></msup></math>'
             '</mjx-assistive-mml></mjx-container>')
# MathJax 2: the TeX in a script, with a preview and a drawing beside it
_MATHJAX2 = ('<span class="MathJax_Preview">x2</span><span class="MathJax" id="MathJax-Element-1-Frame">'
             '<nobr><span class="math"><span class="mi">x</span><span class="mn">2</span></span></nobr>'
             '<span class="MJX_Assistive_MathML"><math><msup><mi>x</mi><mn>2</mn></msup></math></span></span>'
             '<script type="math/tex" id="MathJax-Element-1">x^2</script>')
# Wikipedia: MathML with alttext, hidden, and a picture of the formula with the TeX as its alt text
_WIKIPEDIA = ('<span class="mwe-math-element"><span class="mwe-math-mathml-inline mwe-math-mathml-a11y" '
              'style="display: none;"><math alttext="{\\displaystyle x^{2}}"><semantics><mrow><msup><mi>x</mi>'
              '<mn>2</mn></msup></mrow></semantics></math></span><img src="x.svg" '
              'class="mwe-math-fallback-image-inline" alt="{\\displaystyle x^{2}}"></span>')
# Plain MathML, as a publisher writes it
_MATHML = '<math><mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mn>2</mn></mfrac></math>'


def test_each_drawing_of_a_formula_is_read_once_as_its_tex() -> None:
    for html in (_KATEX, _MATHJAX3, _MATHJAX2, _WIKIPEDIA):
        sentence = _sentence(_clean(_page(html)))
        assert speakable(sentence) == "Each term has mean x squared and the average tends to the mean.", html


def test_mathml_without_tex_is_written_as_tex() -> None:
    sentence = _sentence(_clean(_page(_MATHML)))
    assert sentence == "Each term has mean \\(\\frac{a + b}{2}\\) and the average tends to the mean."
    assert speakable(sentence).startswith(
        "Each term has mean the fraction with numerator Eh plus b, and denominator two and")


def test_display_formulas_stand_apart() -> None:
    display = ('<span class="katex-display"><span class="katex"><span class="katex-mathml"><math display="block">'
               '<semantics><mi>y</mi><annotation encoding="application/x-tex">y = kx</annotation></semantics>'
               '</math></span></span></span>')
    sentence = _sentence(_clean(_page(display)))
    assert "\\[y = kx\\]" in sentence
    assert "y equals k x" in speakable(sentence)


def test_markdown_keeps_formulas_from_emphasis_and_escapes() -> None:
    text = ("# Sample means\n\nThe mean is $\\bar{x}_n = \\frac{1}{n}\\sum_{i=1}^{n} x_i$ and $a_i * b_i$ holds, "
            "as does \\(x_1 + x_2\\). Prices stay: $5 and $10.\n\n$$\ny = kx\n$$\n\nThat is all.\n")
    document = _clean(text, "means.md")
    spoken = [speakable(block.text) for block in document.blocks]
    assert spoken[0] == (
        "The mean is x bar sub n equals one over n times the sum from i equals one to n of x sub i and Eh sub i"
        " times b sub i holds, as does x sub one plus x sub two. Prices stay: five dollars and ten dollars.")
    assert spoken[1] == "y equals k x"
    assert spoken[2] == "That is all."


def test_markdown_dollars_are_money_unless_they_hold_maths() -> None:
    text = ("# Prices\n\nTickets cost $5-$10 and parking $3/$4 an hour, or $5 and $6 for students; the US$5 fee"
            " and $HOME/$USER stay as they are. A formula $x_1 + y$ inside a sentence, and \\[ z^2 \\] inline.\n\n"
            "Code `$a_b$` is code.\n")
    spoken = speakable(_clean(text, "prices.md").blocks[0].text)
    assert spoken.startswith("Tickets cost five dollars to ten dollars and parking three dollars or four dollars an"
                             " hour, or five dollars and six dollars for students; the five U.S dollar fee")
    assert "x sub one plus y inside a sentence, and z squared inline." in spoken


def test_thousands_of_formulas_in_one_paragraph_clean_quickly() -> None:
    import time

    many = "<math><msup><mi>x</mi><mn>2</mn></msup></math> and " * 20000
    started = time.process_time()
    sentence = _sentence(_clean(_page(many)))
    assert sentence.count("\\(x^{2}\\)") == 20000
    # one pass per paragraph: 0.8 s here; removing each formula on its own took 4 s, leaving spans 18 s
    assert time.process_time() - started < 10


def test_marking_formulas_in_markdown_is_linear() -> None:
    import time

    from narrator.clean.markdown import _formulas_marked

    started = time.process_time()
    assert _formulas_marked("`" * 300_000 + " $x$").endswith("\\(x\\)")
    # 0.01 s here; a code-span pattern with no bound on its backticks took time in their number squared (1.0 s at
    # 100,000)
    assert time.process_time() - started < 5
