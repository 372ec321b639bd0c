"""The premises the normaliser's speed rests on: each shortcut answers as the slower look it stands for.

A first look (a gate) that said "no" where its rule could match would change a reading silently; these tests hold
each shared shortcut to the plain computation it replaced, on random text and on the orders of asking that could
leave a kept fact stale.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from narrator.speech.normalise import util
from narrator.speech.normalise.util import among_forms, among_known_words, among_words, form_heads

_WORDS = ["Dr", "Mr", "St", "a", "I", "No", "no", "km", "ft", "Jan", "Mon", "the", "of", "v", "vs", "ed", "pp", "iv",
          "XIV", "Co", "Inc", "Ltd", "mph", "feat", "x", "Q"]
_TEXTS = st.lists(st.sampled_from([*_WORDS, " ", ".", ",", "-", "'", "3", "12", "é", "(", ")", "/"]),
                  max_size=16).map("".join)
_RUNS = st.frozensets(st.sampled_from(_WORDS), min_size=1, max_size=5)


def _words_of(text: str) -> frozenset[str]:
    """The text's runs of ASCII letters, worked out the slow way."""
    return frozenset(re.findall(r"[A-Za-z]+", text))


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.lists(_RUNS, min_size=1, max_size=6))
def test_a_look_among_words_answers_as_the_text_words_do(text: str, asked: list[frozenset[str]]) -> None:
    # each set asked about for the first time after the text's words were worked out for the sets before it
    # (a new set's words must be added, and the text's words worked out again)
    for runs in asked:
        expected = not runs.isdisjoint(_words_of(text))
        assert among_words(runs, text) == expected, (runs, text)
        assert among_known_words(runs, text) == expected, (runs, text)  # the words are at hand now


@settings(max_examples=200, deadline=None)
@given(_TEXTS, _TEXTS, _RUNS)
def test_a_known_look_is_true_where_the_words_are_not_at_hand(first: str, second: str, runs: frozenset[str]) -> None:
    among_words(frozenset({"Dr"}), first)
    if second is not first:
        assert among_known_words(runs, second)  # not worked out for this text: the rule looks for itself
    assert among_known_words(None, first) and among_words(None, first)


def test_a_set_never_asked_about_is_answered_after_many_were() -> None:
    text = "Dr. Okoro met Mr Smith at 3 St. Mary's Rd"
    assert among_words(frozenset({"Mr"}), text)
    fresh = frozenset({"Okoro"})  # not among any rule's words: added when first asked
    assert fresh not in util._asked_runs
    assert among_known_words(fresh, text) and among_words(fresh, text)
    assert not among_words(frozenset({"Okorafor"}), text)


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.lists(st.sampled_from(["Mr", "St.", "a.k.a.", "I.e.", "Co.", "ft", "v."]), min_size=1, max_size=4))
def test_a_look_among_forms_answers_as_the_forms_do(text: str, forms: list[str]) -> None:
    heads = form_heads(forms)
    assert heads is not None
    words = _words_of(text)
    expected = any(re.match(r"[A-Za-z]+", form)[0] in words and form[:len(re.match(r"[A-Za-z]+", form)[0]) + 1] in text
                   for form in forms)
    assert among_forms(heads, text) == expected


def test_the_symbols_first_look_names_each_symbols_first_character() -> None:
    # signs.symbols asks for these characters (and "-pt" after its hyphen) before its loop: a symbol added to the
    # table with another first character would be skipped until the look names it
    from narrator.speech.normalise import signs

    assert {symbol[0] for symbol, _ in signs._SYMBOL_RUNS} <= set("%$~=@+-")
    assert [symbol for symbol, _ in signs._SYMBOL_RUNS if symbol[0] == "-"] == ["-pt"]


_MARKED = st.lists(st.sampled_from(["a", "Z", "é", "ß", ".", ",", ";", ":", '"', "”", "’", "'", "3", "٣", " ", "_"]),
                   max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(_MARKED)
def test_a_glued_numbers_shape_is_in_the_classes_wherever_it_is_in_the_text(text: str) -> None:
    # citations.marks asks the shape in util.char_classes before the pattern: never "no" where the pattern matches
    from narrator.speech.normalise import citations

    if citations._MAY_BE_GLUED_NUMBER.search(text):
        assert citations._GLUED_NUMBER_SHAPE.search(util.char_classes(text)), text


_NUMERALISH = st.lists(st.sampled_from(["I", "V", "X", "L", "C", "D", "M", "B", "th", "st", "nd", "rd", "a", "b", "c",
                                        "-", " ", ".", "?", "é", "ß", "_", "3", "٣", "'"]), max_size=10).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_NUMERALISH, st.integers(min_value=0, max_value=3))
def test_a_numerals_shape_holds_wherever_its_look_matches(text: str, start: int) -> None:
    # romans asks each look from where its shape first holds in _numeral_classes: every match starts where it holds
    from narrator.speech.normalise import romans

    classes = romans._numeral_classes(text)
    assert len(classes) == len(text)
    for look, shape in ((romans._MAY_BE_ROMAN, romans._MAY_BE_ROMAN_SHAPE),
                        (romans._MAY_BE_LETTERED_PROVISION, romans._LETTERED_PROVISION_SHAPE),
                        (romans._MAY_BE_ANNOUNCED, romans._ANNOUNCED_SHAPE)):
        for match in look.finditer(text, start):
            assert shape.match(classes, match.start()), (text, look.pattern, match)


_MEASURED = st.lists(st.sampled_from(["3", "٣", "+", " ", "\u00a0", "-", "/", "k", "M", "°", "μ", "é", "x"]),
                     max_size=8).map("".join)


@settings(max_examples=500, deadline=None)
@given(_MEASURED)
def test_a_measures_shape_holds_wherever_its_look_matches(text: str) -> None:
    # units.measures asks its look from where the shape first holds in util.char_classes
    from narrator.speech.normalise import units

    for match in units._MAY_BE_MEASURE.finditer(text):
        assert units._MEASURE_SHAPE.match(util.char_classes(text), match.start()), (text, match)


_PORTED = st.lists(st.sampled_from([":", " ", "(", "a", "3", "44", "٣", ".", ",", "\t"]), max_size=12).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_PORTED)
def test_a_lone_ports_pattern_led_by_its_colon_matches_as_the_look_behind_led_one(text: str) -> None:
    # netnames._LONE_PORT is led by its colon, the character before it asked behind it: the same matches
    from narrator.speech.normalise import netnames

    before = re.compile(r"(?<![^\s(]):(?<!\d :)(\d{3,5})(?![\w:]|[.,]\d)")
    assert [m.span(1) for m in netnames._LONE_PORT.finditer(text)] == [m.span(1) for m in before.finditer(text)]
    assert [m.span() for m in netnames._LONE_PORT.finditer(text)] == [m.span() for m in before.finditer(text)]


def test_a_word_beyond_ascii_is_never_among_a_texts_letter_runs() -> None:
    # the asked words are kept as ASCII bytes ("café" as b"caf?"): a word no text's letter runs can hold stays unfound,
    # as it was among the runs themselves ("caf" is a run of "café"), and the ASCII words beside it are found
    text = "Le café au lait"
    assert not among_words(frozenset({"café"}), text)
    assert among_words(frozenset({"café", "lait"}), text)
    assert among_words(frozenset({"caf"}), text)


_DATED = st.lists(st.sampled_from(["3", "12", "٣", "st", "TH", "th", " ", "\u00a0", "\t", "of", "May", "Jun", "June",
                                   "ſept", "SEPT", "dec.", "a", "x", ",", ".", "-", "$1.01", "é"]),
                  max_size=10).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_DATED)
def test_a_day_before_its_months_shape_holds_wherever_the_pattern_matches(text: str) -> None:
    # dates._month_dates asks the look in util.char_classes before the digit-led pattern: never "no" where it matches
    from narrator.speech.normalise import dates

    if dates._DAY_MONTH.search(text):
        assert dates._may_be_day_month(util.char_classes(text)), text


_CAPITALISED = st.lists(st.sampled_from(["A", "B", "NATO", "FBI", "IT", "AKo", "LEDs", "Q", "s", "o", "a", "x", "É",
                                         "'", "’", "@", ".", " ", "-", "3", "SAT"]), max_size=10).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_CAPITALISED)
def test_each_capitals_pattern_matches_from_two_capitals_side_by_side(text: str) -> None:
    # capitals asks _SHOUTING and _CAPITALS_TO_READ from the first "AA" of util.char_classes (and counts _SHOUTING's
    # matches from its first): every match of each starts at one
    from narrator.speech.normalise import capitals

    classes = util.char_classes(text)
    for pattern in (capitals._SHOUTING, capitals._CAPITALS_TO_READ, capitals._ACRONYM):
        for match in pattern.finditer(text):
            assert classes.startswith("AA", match.start()), (text, pattern.pattern, match)
        first = pattern.search(text, max(0, classes.find("AA")))
        if first is not None:
            assert pattern.findall(text, first.start()) == pattern.findall(text), (text, pattern.pattern)
