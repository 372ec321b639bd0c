"""Formulas written in TeX are read as a person reads them aloud; prices and shell variables are not formulas."""

from __future__ import annotations

import pytest

from narrator.speech import speakable
from narrator.speech.normalise.maths import say_tex
from narrator.speech.segment import clauses, sentences


@pytest.mark.parametrize(("tex", "spoken"), [
    # letters, numbers, operators and relations; a capital is not heard, "a" is said as the letter
    ("E = mc^2", "e equals m c squared"),
    ("a + b \\ne c", "Eh plus b is not equal to c"),
    ("x \\le 0.5", "x is less than or equal to zero point five"),
    ("\\alpha \\approx \\Delta", "alpha is approximately delta"),
    # scripts: squares, cubes, ordinals, letters, long exponents, primes, inverse, transpose, degrees
    ("r^3 + x^4 + y^n", "r cubed plus x to the fourth plus y to the n"),
    ("e^{i\\pi} + 1 = 0", "e to the power of i pi, plus one equals zero"),
    ("x_{n+1} = x_n'", "x sub n plus one equals x sub n prime"),
    ("A^{-1} A^T B^{\\mathsf{T}}", "Eh inverse Eh transpose b transpose"),
    ("90^\\circ", "ninety degrees"),
    # fractions: common ones by name, short ones "over", long ones by numerator and denominator
    ("\\frac{3}{4} + \\frac{1}{2} + \\frac{2}{3}", "three quarters plus one half plus two thirds"),
    ("\\frac{dy}{dx}", "d y over d x"),
    ("\\frac{1}{\\sqrt{2}}", "one over the square root of two"),
    ("\\frac{a+b}{2}", "the fraction with numerator Eh plus b, and denominator two"),
    # roots
    ("\\sqrt{2} \\sqrt[3]{x} \\sqrt{x+1}", "the square root of two the cube root of x the square root of x plus one"),
    # big operators and limits
    ("\\sum_{i=1}^{n} x_i", "the sum from i equals one to n of x sub i"),
    ("\\int_0^\\infty f(x)\\,dx", "the integral from zero to infinity of f of x d x"),
    ("\\lim_{x \\to 0} g(x)", "the limit as x goes to zero of g of x"),
    ("\\lim_{n \\to \\infty} (1 + \\frac{1}{n})^n",
     "the limit as n goes to infinity of the quantity one plus one over n, to the n"),
    ("\\max_{k} s_k", "the maximum over k of s sub k"),
    ("\\lambda_{\\max} \\le \\lambda_{\\min}", "lambda sub max is less than or equal to lambda sub min"),
    # functions and brackets: applied, multiplied, grouped, absolute value, norm, sets
    ("\\sin^2\\theta + \\log_2 n", "the sine squared of theta plus the log base two of n"),
    ("P(A \\mid B)", "p of Eh such that b"),
    ("2(x + 1)", "two times the quantity x plus one"),
    ("(a + b)^2", "the quantity Eh plus b, squared"),
    ("|x| + \\|v\\|", "the absolute value of x plus the norm of v"),
    ("x \\in \\mathbb{R}", "x is in the real numbers"),
    ("\\{x : x > 0\\}", "the set x such that x is greater than zero"),
    # accents, fonts, text, named operators
    ("\\bar{x} \\hat{\\theta} \\vec{v}", "x bar theta hat vector v"),
    ("\\mathcal{N}(0, 1)", "n of zero, one"),
    ("X \\sim \\mathcal{N}(0, 1)", "x is distributed as n of zero, one"),
    ("K \\sim \\text{Poisson}(\\lambda), f \\sim g", "k is distributed as Poisson of lambda, f is similar to g"),
    ("\\operatorname{Var}(X) \\text{ for all } n", "the variance of x for all n"),
    ("n! \\binom{n}{k}", "n factorial n choose k"),
    # environments
    ("\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "the matrix with rows: one, two; three, four"),
    ("\\begin{cases} x & x \\ge 0 \\\\ -x & \\text{otherwise} \\end{cases}",
     "x, if x is greater than or equal to zero; minus x, otherwise"),
])
def test_tex_is_said_in_words(tex: str, spoken: str) -> None:
    assert say_tex(tex) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Einstein wrote $E = mc^2$ in 1905.", "Einstein wrote e equals m c squared in nineteen o five."),
    ("The mean \\(\\mu\\) is known.", "The mean mu is known."),
    ("We get \\[ \\int_0^1 x\\,dx = \\frac{1}{2} \\]", "We get the integral from zero to one of x d x equals one half"),
    ("So $$a^2 + b^2 = c^2$$ holds.", "So Eh squared plus b squared equals c squared holds."),
    ("\\begin{equation} y = kx \\end{equation}", "y equals k x"),
    ("For $n$ items and $x_1$ first.", "For n items and x sub one first."),
])
def test_formulas_in_sentences_are_read(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # pandoc's rule keeps prices apart: a closing dollar follows a non-space and is not followed by a digit
    ("Tickets cost between $5 and $10.", "Tickets cost between five dollars and ten dollars."),
    ("It was $5-$10 a head.", "It was five dollars to ten dollars a head."),
    ("Prices were $3, $4 and $5 in turn.", "Prices were three dollars, four dollars and five dollars in turn."),
    # a span with no sign of maths in it is not a formula, nor running words between stray marks
    ("Echo $PATH:$HOME twice.", None),
    ("Tools cost $$$. The main appeal is that you have the tools, some SQL and a task_list already, $$ saved.",
     None),
    ("An opening mark \\( that is never closed, and $$ saved.",
     "An opening mark \\( that is never closed, and $$ saved."),
])
def test_money_and_shell_variables_are_not_formulas(written: str, spoken: str | None) -> None:
    said = speakable(written)
    if spoken is not None:
        assert said == spoken
    assert "such that" not in said and " sub " not in said and "path" not in said.lower().split("echo")[0]
    assert "saved" not in written or said.endswith("saved.")


def test_formulas_are_not_split_into_sentences_or_clauses() -> None:
    text = "The rule is \\(x = 1. Y, z\\) here. Then it ends."
    assert sentences(text) == ["The rule is \\(x = 1. Y, z\\) here.", "Then it ends."]
    assert clauses("First, \\(f(x, y) = x; y\\), then done") == ["First,", "\\(f(x, y) = x; y\\),", "then done"]


def test_broken_and_hostile_tex_never_raises() -> None:
    for tex in ("\\frac{1}", "x^", "{{{{", "}}}", "\\left( x", "\\begin{matrix} 1 & 2", "\\sqrt[3", "|x",
                "\\text{unclosed", "_^_^", "{" * 5000 + "x" + "}" * 5000):
        assert isinstance(say_tex(tex), str)


@pytest.mark.parametrize(("written", "spoken"), [
    ("If x ≠ y and c ≤ d then x ∈ S.", "If x is not equal to y and c is less than or equal to d then x is in S."),
    ("Since ∀x ∃y, f∘g is defined.", "Since for all x there exists y, f composed with g is defined."),
    ("It is ∑ x over all terms, and ∛8 is 2.", "It is the sum of x over all terms, and the cube root of eight is two."),
    ("It tends to ∞ slowly.", "It tends to infinity slowly."),
    # beside numbers the rules of old keep their words
    ("Scores ≥ 90 and ≤ 100 pass.", "Scores at least ninety and at most one hundred pass."),
    # alone, or between a menu's items, a symbol is a page's furniture
    ("≡ Menu", "≡ Menu"),
    ("Home ⋅ News ⋅ Sport", "Home ⋅ News ⋅ Sport"),
])
def test_maths_symbols_in_prose_are_read_between_what_they_join(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


def test_opening_marks_without_closing_ones_are_scanned_once() -> None:
    import time

    from narrator.speech.normalise.maths import formulas

    started = time.process_time()
    for text in ("\\(" * 200_000, "\\[ " * 130_000, "\\begin{equation} x " * 20_000):
        assert formulas(text) == text
    # 0.3 s here; scanning to the end from every opening mark took 4.4 s for a quarter of the first text
    assert time.process_time() - started < 10
