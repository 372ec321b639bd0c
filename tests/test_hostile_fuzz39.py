"""Escapes found by fuzzing round 39's new code paths (h117): repeated tokens of the round's segmenter rules (notes
glued to a stop, bullets, "St." chains, labels' letters, short months, item labels), random mixes of the round's
sweep tokens under eight language tags through `speakable` and `sentences`, and damaged copies of the round's
documents through `clean`. Each case failed on the round's start; the normaliser must never raise, and clean must
raise only NarratorError."""

from __future__ import annotations

import pytest

from narrator import speakable
from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.model import Source
from narrator.speech import segment
from tests.test_hostile import working_within

# Repeated tokens whose time through the segmenter grew faster than their length (x4 the text, over x6 the time).
_QUADRATIC_CUTS = [
    # a note's mark glued to a stop ("end.[3] Next") was read from every stop on: a stop inside each bracket read all
    # the brackets after it before finding no space (16,000 "[.]" 6.4 s, x16 at x4); a stop is followed by a few notes
    pytest.param("[.]" * 16_000, id="stops-inside-notes"),
    pytest.param("[!]" * 16_000, id="exclamations-inside-notes"),
    # a run of marks was read again from each of its marks (16,000 "!" 5.8 s, x15 at x4): a mark after a mark is
    # read with the run its first one opens
    pytest.param("!" * 16_000, id="run-of-exclamations"),
    pytest.param("." * 16_000, id="run-of-stops"),
    pytest.param("?!" * 8_000, id="run-of-mixed-marks"),
]


@pytest.mark.parametrize("text", _QUADRATIC_CUTS)
def test_fuzzed_repeated_marks_are_cut_in_linear_time(text: str) -> None:
    """A text of many copies of one mark or note is cut into sentences in time linear in its length."""
    with working_within(1.0):
        segment.sentences(text)


# Guards: the cuts the two rules above make stay as they were.
_CUTS_KEPT = [
    pytest.param("Wait!?! Then it rained.", ["Wait!?!", "Then it rained."], id="mixed-run-ends"),
    pytest.param("It ended\u2026. Then rain.", ["It ended\u2026.", "Then rain."], id="ellipsis-then-stop"),
    pytest.param("Really?\u2026 No.", ["Really?\u2026", "No."], id="mark-then-ellipsis"),
    pytest.param("as shown.[1][2][3][4] Next came", ["as shown.[1][2][3][4]", "Next came"], id="four-notes"),
    pytest.param("the end.\u00b9\u00b2\u00b3 Next", ["the end.\u00b9\u00b2\u00b3", "Next"], id="note-123"),
]


@pytest.mark.parametrize(("text", "cut"), _CUTS_KEPT)
def test_marks_and_notes_still_end_their_sentences(text: str, cut: list[str]) -> None:
    """A run of marks and a stop's notes still end the sentence as a reader ends it."""
    assert segment.sentences(text) == cut


# (written, language, what a listener hears): each raised out of speakable before its fix.
_SPEECH_ESCAPES = [
    # a pressure in millimetres of mercury with a half: the blood pressure's "120/80 mmHg" rule read the mixed
    # number's "14 1/2" as one number over another, "14 1" over "2" (ValueError out of int)
    pytest.param("14 \u00bd mmHg", "en-GB", "fourteen and a half millimetres of mercury", id="mercury-and-a-half"),
    pytest.param("It fell by 2 \u00bd mmHg.", "en-GB", "It fell by two and a half millimetres of mercury.",
                 id="mercury-fell-by-a-half"),
    # guard: a blood pressure is still one number over the other
    pytest.param("120/80 mmHg", "en-GB", "one hundred and twenty over eighty millimetres of mercury",
                 id="blood-pressure-guard"),
]


@pytest.mark.parametrize(("written", "language", "spoken"), _SPEECH_ESCAPES)
def test_fuzzed_speech_escapes_read_without_raising(written: str, language: str, spoken: str) -> None:
    """A fuzzed string that raised is now read, and read as a listener would hear it."""
    assert speakable(written, language) == spoken
    assert segment.sentences(written)


_ORG_BODY = "The island ferry runs again from Monday, after a winter of repairs to its hull and engines.\n\n" * 5


def _org(head: str) -> tuple[str, tuple[str, ...], str | None, str]:
    """An Org file's title, authors, date and text heard, cleaned."""
    document = clean(Source("ferry.org", (head + "\n\n" + _ORG_BODY).encode()), CleanSettings())
    return document.meta.title, document.meta.authors, document.meta.published, \
        " ".join(block.text for block in document.blocks)


def test_an_org_headline_with_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    """A headline's tags (":ferry:") were looked for from every space of a run before a colon, in time square in the
    run's length: 64,000 spaces took 2.4 s (x16 at x4)."""
    with working_within(1.0):
        _org("#+TITLE: The ferry\n\n* Notes" + " " * 64_000 + ":x")


def test_org_keywords_with_long_runs_of_spaces_are_read_in_linear_time() -> None:
    """A keyword's value was cleared of a date's weekday ("<2026-03-03 Tue>") by a pattern tried from every space of
    a run: 300 lines of 2,000 spaces took 6.7 s."""
    with working_within(1.0):
        _org("#+TITLE: The ferry\n" + ("#+AUTHOR: Ann" + " " * 1_990 + "Lee\n") * 300)


def test_org_tags_and_a_dates_weekday_are_still_left_unsaid() -> None:
    """Guard: a headline's tags and a date's weekday, however spaced, are still not heard."""
    title, authors, published, heard = _org("#+TITLE: The ferry\n#+AUTHOR: Ann Lee\n#+DATE: <2026-03-03   Tue>\n\n"
                                            "* The first winter      :ferry:draft:")
    assert (title, authors, published) == ("The ferry", ("Ann Lee",), "2026-03-03")
    assert "The first winter" in heard and "ferry:" not in heard and "draft" not in heard
