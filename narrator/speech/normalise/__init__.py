"""Text normalisation: the written form of a string to the form a voice should say.

Unicode is tidied for every language; the rules for numbers, dates, abbreviations and so on
are per language, and text in a language without rules passes through otherwise untouched.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import lru_cache

from narrator.speech.normalise import coderefs, en, maths, regional, spellings
from narrator.speech.normalise.europe import hotel_stars
from narrator.speech.normalise.options import ReadingOptions
from narrator.speech.normalise.tidy import separators, tidy

__all__ = ["ReadingOptions", "formulas_in_words", "normalise", "tidy"]

Rules = Callable[[str, ReadingOptions], str]

# English is read at once; the other languages' rules are imported when a text first needs them: their tables and
# expressions cost 0.05-0.08 s of every start, before the first sentence can be voiced.
_LANGUAGES = frozenset({"en", "de", "fr", "es", "it", "pt"})


# Formulas are read before the text is tidied: tidying drops the carets, stars and underscores prose has no use for.
_FORMULAS: dict[str, Callable[[str], str]] = {"en": maths.formulas}

_DEFAULT_OPTIONS = ReadingOptions()


@lru_cache(maxsize=64)
def _primary(language: str) -> str:
    """The primary language of a BCP 47 tag ("en-GB", "en_US" -> "en")."""
    return language.replace("_", "-").split("-")[0].lower()


def has_rules(language: str) -> bool:
    """True when numbers, dates, units and abbreviations are read by narrator's rules in this language."""
    return _primary(language) in _LANGUAGES


@lru_cache(maxsize=16)
def _rules_for(language: str) -> Rules | None:
    """The rules for a BCP 47 tag ("en", "en-GB", "en_US"), or None."""
    primary = _primary(language)
    if primary == "en":
        return en.normalise
    if primary not in _LANGUAGES:
        return None
    rules: Rules = importlib.import_module(f"narrator.speech.normalise.{primary}").normalise
    return rules


# An emoji that stands for a word is named before tidying drops every emoji (the names are English).
_EMOJI_NAMES: dict[str, Callable[[str], str]] = {"en": en.emoji_words}


def formulas_in_words(text: str, language: str = "en") -> str:
    """The text with its formulas in words and the rest as written: what a transcript shows (TeX is no reading)."""
    formulas = _FORMULAS.get(_primary(language))
    # a formula is marked by a backslash or stands between two dollars: a price's one dollar ("$25 million") is none
    return formulas(text) if formulas and ("\\" in text or text.count("$") > 1) else text


def normalise(text: str, language: str = "en", options: ReadingOptions | None = None) -> str:
    """Return the spoken form of text in the given language."""
    rules = _rules_for(language)
    if "\\" in text or "$" in text:  # formulas_in_words' first looks, before the call (most text has neither)
        text = formulas_in_words(text, language)
    if not text.isascii():
        names = _EMOJI_NAMES.get(_primary(language))
        text = names(text) if names else text
    if language != "en" and "*" in text:  # a hotel's "4*" before tidying drops the star (europe.py)
        text = hotel_stars(text, _primary(language))
    if "^" in text and rules is en.normalise:  # a revision's caret ("HEAD^"), before tidy drops it as a stray mark
        text = coderefs.carets(text)
    if "|" in text and "||" in text and rules is en.normalise:  # a version range's bars, before tidy
        text = coderefs.version_ranges(text)
    text = tidy(text)
    if rules is None or not text:
        return text
    if language != "en" and rules is en.normalise:  # a tag with a region: its own forms of money, times, numbers
        text = regional.forms(text, language)
    if options is None:
        options = _default_options(language)
    elif options.date_order == "auto":
        options = regional.resolved(options, language)
    # a symbol beside a bar became words ("÷| 0" -> "divided by | zero"): the bar between words is now a separator
    spoken = rules(text, options)
    if "|" in spoken or "·" in spoken or "•" in spoken:  # separators' first looks, before the call
        spoken = separators(spoken)
    if language != "en" and rules is en.normalise and (region := regional.region_of(language)):
        if spellings.spells_metre(region):  # a British page's units in British spelling
            spoken = spellings.british_spellings(spoken)
        # a region says "and" inside every number, or inside none (money and measures as its counts)
        if regional.says_and(language):
            return regional.numbers_with_and(spoken, text)
        return regional.numbers_without_and(spoken)
    return spoken


@lru_cache(maxsize=64)
def _default_options(language: str) -> ReadingOptions:
    """The default options with the date order the tag's region gives: cached by the tag alone, since hashing the
    options on every sentence (for regional.resolved's cache) cost 0.5% of the normaliser's time."""
    return regional.resolved(_DEFAULT_OPTIONS, language)
