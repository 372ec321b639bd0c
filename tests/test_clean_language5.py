"""A language and its region named in another language ("Sprache: Englisch (Vereinigtes Königreich)", "Langue :
anglais (Canada)"), in a plain text's own field and in a notes app's metadata. Every text here is our own."""

from __future__ import annotations

import pytest

from narrator.clean import clean
from narrator.clean.language import declared_tag
from narrator.config import CleanSettings
from narrator.model import Format, Source

ENGLISH = ("The harbour wall was finished on Friday, two weeks before the spring tides came in, and it cost less "
           "than the council had feared when the work began last autumn.\n\nThe fishermen helped to pay for it, "
           "and the school children painted the new railings in the colours of the island's flag.\n")


@pytest.mark.parametrize(("line", "language"), [
    ("Sprache: Englisch (Vereinigtes Königreich)", "en-gb"),
    ("Langue : anglais (Canada)", "en-ca"),
    ("Idioma: inglés (Estados Unidos)", "en-us"),
    ("Taal: Engels (Australië)", "en"),  # a region it cannot name: the language alone
    ("Language: English (New Zealand)", "en-nz"),
])
def test_a_texts_language_field_in_another_language_gives_the_region(line: str, language: str) -> None:
    text = f"The harbour wall\n\n{line}\n\n{ENGLISH}"
    document = clean(Source("wall.txt", text.encode(), Format.TEXT), CleanSettings())
    assert document.meta.language == language
    assert line not in " ".join(block.text for block in document.blocks)


def test_a_field_naming_no_language_is_a_line_of_the_text() -> None:
    text = f"Tutorial\n\nSprache: Go\n\n{ENGLISH}"
    document = clean(Source("go.txt", text.encode(), Format.TEXT), CleanSettings())
    assert "Sprache: Go" in " ".join(block.text for block in document.blocks)


@pytest.mark.parametrize(("written", "tag"), [
    ("English (UK)", "en-gb"), ("Deutsch (Österreich)", "de-at"), ("français (Suisse)", "fr-ch"),
    ("Englisch", "en"), ("de_AT", "de-at"), ("Klingon (Qo'noS)", ""),
])
def test_a_declared_name_and_region_is_a_tag(written: str, tag: str) -> None:
    assert declared_tag(written) == tag


def test_multimarkdown_language_named_with_its_region() -> None:
    text = f"Title: The harbour wall\nAuthor: Mia Chen\nLanguage: English (UK)\n\n{ENGLISH.replace('colours', 'paint')}"
    assert clean(Source("wall.md", text.encode(), Format.MARKDOWN), CleanSettings()).meta.language == "en-gb"
