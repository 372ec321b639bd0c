"""The intro's date when the article gives less or more than one day: a month and year ("2026-03"), or a range of days
(the ISO interval "2026-03-03/2026-03-05"), in our own examples."""

from __future__ import annotations

import pytest

from narrator.config import SpeechSettings
from narrator.model import Block, BlockKind, Document, Metadata
from narrator.speech import script


def _byline(published: str, language: str, date_order: str = "auto") -> str:
    """What the intro says after the title: the byline sentence and the date's."""
    meta = Metadata(title="Harbour works begin", authors=("Ann Lee",), published=published, language=language)
    document = Document(origin="harbour.md", meta=meta, source_hash="0" * 64,
                        blocks=(Block(BlockKind.PARAGRAPH, "Cranes arrived at the quay this week."),))
    segments = script(document, SpeechSettings(date_order=date_order)).segments
    return next(segment.text for segment in segments if segment.text.startswith(("By ", "Von ", "Par ", "Autor")))


@pytest.mark.parametrize(("published", "language", "said"), [
    ("2026-03", "en-us", "By Ann Lee. Published March twenty twenty six."),
    ("2026-03", "en-gb", "By Ann Lee. Published March twenty twenty six."),
    ("2025-11", "en", "By Ann Lee. Published November twenty twenty five."),
    # where a day's preposition would be wrong before a month ("am März", "le mars")
    ("2026-03", "de", "Von Ann Lee. Veröffentlicht im März 2026."),  # a German year left to the voice
    ("2026-03", "fr", "Par Ann Lee. Publié en mars 2026."),
])
def test_a_month_and_year_is_said_as_one(published: str, language: str, said: str) -> None:
    assert _byline(published, language) == said


def test_a_month_is_left_unsaid_where_its_name_would_be_in_a_date_s_case() -> None:
    """Polish names a date's month in the genitive ("marca"): a month alone would be said in the wrong case."""
    assert _byline("2026-03", "pl") == "Autor: Ann Lee."


@pytest.mark.parametrize(("published", "language", "said"), [
    ("2026-03-03/2026-03-05", "en-us", "By Ann Lee. Published March third to fifth, twenty twenty six."),
    ("2026-03-03/2026-03-05", "en-gb", "By Ann Lee. Published the third to the fifth of March twenty twenty six."),
    ("2026-03-30/2026-04-02", "en-us",
     "By Ann Lee. Published March thirtieth, twenty twenty six to April second, twenty twenty six."),
    # a language with no words for a range here says the day it began
    ("2026-03-03/2026-03-05", "fr", "Par Ann Lee. Publié le 3 mars 2026."),
])
def test_a_range_of_days_is_said_from_its_first_to_its_last(published: str, language: str, said: str) -> None:
    assert _byline(published, language) == said


@pytest.mark.parametrize("published", ["2026-13", "2026-03-05/2026-13-01", "March 2026", "2026"])
def test_what_is_no_date_is_not_said(published: str) -> None:
    assert _byline(published, "en-us") == "By Ann Lee."
