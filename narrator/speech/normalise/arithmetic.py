"""Arithmetic in prose: sums with their operators ("5 - 3 = 2"), products, powers ("10^5", "x^2"), plus and minus
signs before numbers, a number over a variable ("1/n"), an index's base ("(2015=100)") and a ratio ("a 3:2 ratio")."""

from __future__ import annotations

import re

from narrator.speech.normalise import amounts, numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import GREEK_LETTERS, MONEY_SIGNS
from narrator.speech.normalise.util import among_words, padded

NUM = amounts.NUM

# At most a dozen operations: a sum is short, and an unbounded chain that ends without "=" made every number in it
# a new start of a scan to its end (20,000 "3 x" before a stray "= 1" took 34 s).
# "(2015=100)": an index's base, a year and the value it is set to, written without spaces ("=" was left, "twenty
# fifteen=one hundred"); spaced, it is read as the statement it is.
_INDEX_BASE = compiled(r"\((\d{4})=(100|1000|1)\)")
_ARITHMETIC = compiled(rf"(?<![\w.,-])-?{NUM}(?:\s?[-+*×x/]\s?{NUM}){{1,12}}\s?=\s?-?{NUM}(?![\w.,]\d)")
_OPERATOR = compiled(r"(?<=\d)\s?([-+*×x/=])\s?(?=[-\d.])")
_OPERATORS = {"-": "minus", "+": "plus", "*": "times", "×": "times", "x": "times", "/": "divided by", "=": "equals"}
# "2+3", "x+2" in algebra, and a day or an hour counted from a capital's ("D+1", "H+6")
_PLUS = compiled(r"(?:(?<=\d)|(?<=(?<![\w.'])[a-zA-Z]))\s?\+\s?(?=\d)")
# "a 3:2 ratio", "on a 1:50 scale": two numbers in proportion, said with "to" (not a clock time or a verse).
# a model's scale with a decimal ("1:43.5 scale") or before its gauge ("1:76 OO gauge", "1:43.5 O gauge"), which
# was a race's time ("one minute forty three point five seconds").
_RATIO = compiled(r"(?<![\w:.])(\d{1,3})\s?:\s?(\d{1,5}(?:\.\d{1,2})?)(?![\d.])"
                  r"(?=\s+(?:ratio|scale|aspect|odds|split|majority|(?:[A-Z]{1,2}\d?\s)?gauge)\b)")
# ... and after the word, "a ratio of 1:2.5", "a longer ratio, say 1:2.5" (a decimal's second number was left
# beside the colon: "one:two point five"; a whole one was a clock's "one to two")
_RATIO_NAMED = compiled(r"\b(ratios?(?:\s(?:of|is|was))?(?:,?\s(?:say|about|around|roughly|nearly|typically|usually))?"
                        r",?\s)(\d{1,3})\s?:\s?(\d{1,5}(?:\.\d{1,2})?)(?![\d:]|[.,]\d)")
# a first look among letter_words
_RATIO_WORDS = frozenset({"ratio", "scale", "aspect", "odds", "split", "majority", "gauge"})
# "a 1:52.4 split", "his 0:58.3 split": minutes and seconds in tenths before "split" are a rower's or a runner's time
# (clock._LAP), not a share ("one to fifty two point four" it was); a share's second number is no two-digit second
# with a tenth ("a 60:40 split", "a 1:2.5 split")
_TIMED_SPLIT = compiled(r"[0-5]\d\.\d{1,2}\s+split\b")
_NEGATIVE = compiled(r"(?:(?<=^)|(?<=[\s(\[]))-(?=\.?\d)")
# "-$500": minus, before money is words
_NEGATIVE_MONEY = compiled(rf"-(?:(?<=^-)|(?<=[\s(\[]-))(?=[{MONEY_SIGNS}]\d)")
# "+3.5%", and a gain in money, "+$1.50", "+£5" (the sign was left before the money's words)
_POSITIVE = compiled(rf"(?:(?<=^)|(?<=[\s(\[]))\+(?=\.?\d|[{MONEY_SIGNS}]\d)")
# "10^5", "2^-3": a power; a letter's after a count too ("5A^2", "3x²": "five A squared"), whose power was left as
# "A^two" and said "caret".
# A Greek letter's name is a variable too: "λ²" is "lambda squared".
_POWER = compiled(r"((?<![\w.])\d+(?:\.\d+)?|(?<![A-Za-z_.])[A-Za-z]|\b(?:" + "|".join(GREEK_LETTERS) + r"))"
                  r"\s?\^\s?(-)?(\d+)(?!\w|\.\d)")
# "5 * 3": times, between numbers as written.
_TIMES = compiled(r"(?<=\d)\s?\*\s?(?=\d)")


def _arithmetic(match: re.Match[str]) -> str:
    return _OPERATOR.sub(lambda m: f" {_OPERATORS[m.group(1)]} ", match.group(0))


def _ratio(match: re.Match[str]) -> str:
    """"3:2" before "ratio" -> "three to two"."""
    if _TIMED_SPLIT.match(match.string, match.start(2)) is not None and int(match.group(1)) < 60:
        return match.group(0)
    return _ratio_said(match.group(1), match.group(2))


def _ratio_said(first: str, second: str) -> str:
    """"1", "2.5" -> "one to two point five"."""
    return f"{numbers.cardinal(int(first))} to {numbers.number(second)}"


def _power(match: re.Match[str]) -> str:
    """Read "10^5" as "ten to the power of five", "x^2" as "x squared" and "r^3" as "r cubed"."""
    base, minus, exponent = match.groups()
    spoken = numbers.number(base) if base[0].isdigit() else base
    if not minus and exponent in ("2", "3"):
        return padded(match, f"{spoken} {'squared' if exponent == '2' else 'cubed'}")
    return padded(match, f"{spoken} to the power of {'minus ' if minus else ''}{numbers.number(exponent)}")


# "1/n", "2/x": a number over a variable, in a formula.
_OVER_LETTER = compiled(r"(?<![\w/.,])(\d+)/([a-z])(?![\w/'’])")
# A caret tidy kept before a digit ("2^3"), left between the words of what was read when no power rule took it.
_CARET_LEFT = compiled(r"\s?\^\s?(?=[a-z])")


def sums(text: str) -> str:
    """"5 - 3 = 2" -> "5 minus 3 equals 2"; an index's base "(2015=100)" -> "(2015 equals 100)"."""
    text = _ARITHMETIC.sub(_arithmetic, text)
    if "=1" in text:
        text = _INDEX_BASE.sub(r"(\1 equals \2)", text)
    return text


def products(text: str) -> str:
    """"5 * 3" -> "5 times 3"."""
    return _TIMES.sub(" times ", text)


def powers(text: str) -> str:
    """"10^5" -> "ten to the power of five", "x^2" -> "x squared"."""
    return _POWER.sub(_power, text)


def plus_signs(text: str) -> str:
    """"2+3", "D+1" -> "2 plus 3", "D plus 1"."""
    return _PLUS.sub(" plus ", text)


def negatives(text: str) -> str:
    """"-5" -> "minus 5"."""
    return _NEGATIVE.sub("minus ", text)


def negative_money(text: str) -> str:
    """"-$500" -> "minus $500"."""
    return _NEGATIVE_MONEY.sub("minus ", text)


# two bounds of opposite sign across a slash, a watch's rate or a part's tolerance: "-4/+6 seconds a day" is
# "minus four to plus six", "+0.1/-0.05 mm" "plus 0.1, minus 0.05" (the sign after the slash was left, "four/+six").
# Led by the slash and its sign (a scan in C), the first number looked behind.
_SIGNED_BOUNDS = compiled(r"(?<![\w./])([-−+])(\d{1,4}(?:\.\d{1,4})?)/([-−+])(?=\d{1,4}(?:\.\d{1,4})?(?![\w/]|\.\d))")
_SIGN_WORDS = {"-": "minus", "−": "minus", "+": "plus"}


def _signed_bounds(match: re.Match[str]) -> str:
    """"-4/+" -> "minus 4 to plus ", "+0.1/-" -> "plus 0.1, minus "; two signs alike are left."""
    first, number, second = match.groups()
    if _SIGN_WORDS[first] == _SIGN_WORDS[second]:
        return match.group(0)
    joint = " to " if _SIGN_WORDS[first] == "minus" else ", "
    return f"{_SIGN_WORDS[first]} {number}{joint}{_SIGN_WORDS[second]} "


def positives(text: str) -> str:
    """"+3.5%" -> "plus 3.5%", "-4/+6" -> "minus 4 to plus 6"."""
    if "/" in text:
        text = _SIGNED_BOUNDS.sub(_signed_bounds, text)
    return _POSITIVE.sub("plus ", text)


def over_letters(text: str) -> str:
    """"1/n" -> "1 over n"."""
    return _OVER_LETTER.sub(r"\1 over \2", text)


def left_carets(text: str) -> str:
    """A caret left between words by a power no rule read: "to the power of"."""
    return _CARET_LEFT.sub(" to the power of ", text)


def ratios(text: str) -> str:
    """"a 3:2 ratio" -> "a three to two ratio"."""
    if not among_words(_RATIO_WORDS, text):
        return text
    text = _RATIO.sub(_ratio, text)
    if "atio" in text:
        text = _RATIO_NAMED.sub(lambda m: m.group(1) + _ratio_said(m.group(2), m.group(3)), text)
    return text
