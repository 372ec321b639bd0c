"""Property tests of the normaliser: it never raises, is idempotent, reads every number it covers, drops no word."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from narrator import speakable
from narrator.config import SpeechSettings
from narrator.model import Block, BlockKind, Document, Metadata
from narrator.speech import script
from narrator.speech.normalise.facts import MESSAGE_SHORTHAND, UNITS
from narrator.speech.normalise.words import _FIXED

# Derandomised: the same examples on every run, so CI never fails on a case nobody changed code for.
FAST = settings(max_examples=300, deadline=None, derandomize=True)

# Pieces of text that rules cover: after normalisation none of their digits may remain.
_covered = st.one_of(
    st.integers(0, 10**9).map(str),
    st.integers(0, 10**6).map(lambda n: f"{n:,}"),
    st.tuples(st.integers(0, 9999), st.integers(0, 999)).map(lambda t: f"{t[0]}.{t[1]}"),
    st.integers(1, 999).map(lambda n: f"${n}"),
    st.tuples(st.integers(1, 999), st.integers(0, 99)).map(lambda t: f"£{t[0]}.{t[1]:02d}"),
    st.integers(0, 100).map(lambda n: f"{n}%"),
    st.integers(1, 500).map(lambda n: f"{n} km"),
    st.integers(1, 9999).map(lambda n: f"{n}th" if n % 100 in (11, 12, 13) or n % 10 > 3 or n % 10 == 0 else f"{n}"),
    st.tuples(st.integers(1, 12), st.integers(1, 28), st.integers(1900, 2099)).map(lambda t: f"{t[0]}/{t[1]}/{t[2]}"),
    st.tuples(st.integers(1900, 2099), st.integers(1, 12), st.integers(1, 28)).map(
        lambda t: f"{t[0]}-{t[1]:02d}-{t[2]:02d}"
    ),
    st.tuples(st.integers(1, 12), st.integers(0, 59)).map(lambda t: f"{t[0]}:{t[1]:02d} pm"),
    st.tuples(st.integers(1990, 2020), st.integers(2021, 2030)).map(lambda t: f"{t[0]}-{t[1]}"),
    st.integers(1, 20).map(lambda n: f"{n}/{n + 1}"),
    st.sampled_from(["January", "Feb.", "Oct.", "March"]).flatmap(
        lambda m: st.integers(1, 28).map(lambda d: f"{m} {d}, 2023")
    ),
    st.integers(0, 9).map(lambda n: f"the 19{n}0s"),
)
# Plain lower-case words that no rule touches.
_ABBREVIATIONS = {"etc", "vs", "no", "ca", "cf", "pp", "vol", "fig", "dept", "ltd", "approx", "yrs", "govt", "qtr",
                  "mkt", "yr", "pts", "incl", "excl", "avg", "natl", "intl", "assn", "mgmt", "rtn", "mins", "yoy",
                  "sqft", "psf", "para", "paras", "figs", "reg", "regs", "plat", "aka"}
# and every lower-case word the abbreviation table writes out ("qty" -> "quantity"): kept by hand, the list went stale
# and the search failed only when it happened on one
_ABBREVIATIONS |= {form.rstrip(".") for form in _FIXED if form.rstrip(".").isalpha() and form.islower()}
_ABBREVIATIONS |= set(MESSAGE_SHORTHAND)  # a post's shorthand ("tbh", "imo") is said as its words
# and a knitting pattern's stitches by their initials, spelled as knitters say them (shorthand.py: "skpo" is no word)
_ABBREVIATIONS |= {"ssk", "sssk", "psso", "kfb", "pfb", "skpo"}
# Words a neighbouring number makes part of a reading ("5 mph", "3 billion", "the 4th of"): rules touch them.
_NUMBER_WORDS = {"mph", "kph", "kmh", "kwh", "lbs", "min", "sec", "hrs", "cal", "kcal", "psi", "ppm", "mbps", "kbps",
                 "gbps", "khz", "mhz", "ghz", "thousand", "million", "billion", "trillion", "mln", "percent",
                 "per", "the", "and", "of", "to", "est", "edt", "pst", "pdt", "cst", "cdt", "mst", "mdt", "gmt", "utc"}
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_plain_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9).filter(
    lambda w: w not in _ABBREVIATIONS and w not in _NUMBER_WORDS and w not in UNITS and not w.startswith(_MONTH_STEMS)
)  # a unit's letters after a number ("0 yds") are read as its name
_separator = st.sampled_from([" ", ", ", ". ", "; ", " - ", " (", ") ", ' "', '" ', "! ", "? "])
_sentence = st.lists(st.one_of(_plain_word, _covered, _plain_word), min_size=1, max_size=12).flatmap(
    lambda parts: st.lists(_separator, min_size=len(parts), max_size=len(parts)).map(
        lambda seps: "".join(p + s for p, s in zip(parts, seps, strict=True))
    )
)
_DIGIT = re.compile(r"\d")


@FAST
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    assert isinstance(speakable(text), str)


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]), max_size=80))
@example("9 CM2 of foil")  # found by fuzzing (round 46): a unit in capitals with a power raised a TypeError
@example("the 09 KM2 \u200b m\u00b2 is")
@example("\\(\u00b2\\) and \\(x\u00b2\\)")  # found by fuzzing (round 47): a superscript digit alone in inline maths
def test_never_raises_on_symbols_and_digits(text: str) -> None:
    speakable(text)


@pytest.mark.parametrize(("written", "said"), [
    ("9 CM2 of foil", "nine C.M two of foil"),  # a unit in capitals with a power is a code ("CM2", a class)
    ("a 40 m2 flat", "a forty square meter flat"),  # a symbol's own case is raised to its power
    ("12 KG bags", "twelve kilogram bags"),  # and a unit in capitals with no power is read
])
def test_a_unit_in_capitals_with_a_power_is_a_code(written: str, said: str) -> None:
    assert speakable(written) == said


@FAST
@given(_sentence)
def test_idempotent(text: str) -> None:
    once = speakable(text)
    assert speakable(once) == once


@FAST
@given(st.text(max_size=60))
@example("It was 5°* today, N°*")  # found by hypothesis: a mark after a degree sign was said on the second reading
def test_idempotent_on_any_text(text: str) -> None:
    once = speakable(text)
    assert speakable(once) == once


@FAST
@given(_sentence)
def test_no_digit_left_where_a_rule_covers_it(text: str) -> None:
    assert not _DIGIT.search(speakable(text)), text


_tagged = st.lists(st.one_of(_plain_word.map(lambda w: (w, True)), _covered.map(lambda c: (c, False))),
                   min_size=1, max_size=12)


@FAST
@given(_tagged, st.data())
def test_no_untouched_word_dropped(parts: list[tuple[str, bool]], data: st.DataObject) -> None:
    seps = data.draw(st.lists(_separator, min_size=len(parts), max_size=len(parts)))
    text = "".join(part + sep for (part, _), sep in zip(parts, seps, strict=True))
    spoken = [token.strip(".,;:!?()\"'-") for token in speakable(text).split()]
    position = 0
    for word, plain in parts:
        if not plain:
            continue
        assert word in spoken[position:], (word, text, spoken)
        position = spoken.index(word, position) + 1


@FAST
@given(st.lists(_plain_word, min_size=1, max_size=15))
def test_plain_words_pass_through_in_order(words: list[str]) -> None:
    text = " ".join(words) + "."
    assert speakable(text) == text


_paragraph = st.lists(_sentence, min_size=1, max_size=8).map(lambda parts: " ".join(p.strip() for p in parts))


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(_paragraph, min_size=1, max_size=4), st.integers(20, 400))
def test_segments_fit_max_chars_and_keep_every_word(paragraphs: list[str], max_chars: int) -> None:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text) for text in paragraphs)
    document = Document("p", Metadata(title="T"), blocks, "0")
    segments = script(document, SpeechSettings(max_chars=max_chars, intro=False, outro=False)).segments
    for segment in segments:
        # a single word longer than max_chars cannot be split without splitting the word
        assert len(segment.text) <= max_chars or " " not in segment.text
        assert segment.text.strip() and segment.display.strip()
    # Splitting a long sentence at a clause may change how a number next to the split is read ("0 - 0"),
    # but every plain word of the article must be said, in order.
    plain = set(re.findall(r"\b[a-z]{3,}\b", " ".join(paragraphs))) - _NUMBER_WORDS - _ABBREVIATIONS
    said = [w.strip(".,;:!?()\"'") for s in segments for w in s.text.split()]
    written = [w.strip(".,;:!?()\"'") for p in paragraphs for w in speakable(p).split()]
    assert [w for w in said if w in plain] == [w for w in written if w in plain]


# Pieces of TeX, broken or not: a formula's reader must read whatever a page holds, never raise.
_TEX_PIECES = st.sampled_from([
    "\\frac", "\\sqrt", "{", "}", "^", "_", "(", ")", "[", "]", "|", "\\|", "\\left", "\\right", "\\left.",
    "\\begin{matrix}", "\\end{matrix}", "\\begin{cases}", "\\end{cases}", "\\begin", "\\end", "&", "\\\\", "x", "2",
    "22", "1.5", "A", "f", "\\sum", "\\int", "\\lim", "\\max", "\\to", "\\text{", "\\mathbb", "\\mathcal", "\\bar",
    "\\sin", "=", "+", "-", "\\alpha", "'", "''", "\\{", "\\}", "\\operatorname", "\\xrightarrow", "\\sim", ".", ",",
    " ", "$", "$$", "\\(", "\\)", "\\[", "\\]", "∑", "≠", "\\", "\\textcolor", "\\label", "\\binom", "~",
])


@FAST
@given(st.lists(_TEX_PIECES, min_size=1, max_size=50).map("".join))
def test_formulas_of_any_shape_are_read_without_raising(tex: str) -> None:
    said = speakable(f"We have \\({tex}\\) here and ${tex}$ there.")
    assert isinstance(said, str) and "We have" in said
