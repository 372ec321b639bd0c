"""Where a shortened weekday, a book of the Bible or a time's "p.m." ends a sentence (h80, issue #10): not a weekday
before its date or time ("Fri. 18 Dec.", "Mon. to Fri. 9am"), nor a book before its chapter and verse ("2 Cor. 4:7"),
which cut there were read apart ("Friday." then "the eighteenth of December"; "two Cor." then "four to seven"); but a
time's "p.m." before a word that is not its zone, day or month does ("at 7 p.m. Tickets are free"), where the next
sentence was run on. Our own examples of each class, with the near-misses that keep their reading."""

from __future__ import annotations

import pytest

from narrator.config import SpeechSettings
from narrator.model import Block, BlockKind, Document, Metadata
from narrator.speech import script
from narrator.speech.segment import sentences


@pytest.mark.parametrize("written", [
    "Term ends on Fri. 18 Dec. at 1.30pm.",
    "Doors open Sat. Dec. 5 at noon.",
    "The shop shuts on Wed. 3rd June for stocktaking.",
    "Open Mon. to Fri. 9am to 5pm.",
    "The clinic runs Tues. 10:30 to noon.",
    "Thurs. September 4 is the first day of term.",
])
def test_a_weekday_before_its_date_or_time_ends_no_sentence(written: str) -> None:
    assert sentences(written) == [written]


@pytest.mark.parametrize("written", [
    "Read 2 Cor. 4:7 aloud.",
    "See Matt. 5:14-16 and Rom. 8:28 for the light and the good.",
    "The text is Heb. 11:1 this week.",
])
def test_a_book_before_its_chapter_and_verse_ends_no_sentence(written: str) -> None:
    assert sentences(written) == [written]


@pytest.mark.parametrize(("written", "said"), [
    ("We met on Fri. The film was good.", ["We met on Fri.", "The film was good."]),
    ("The planets circle the Sun. 12 of them are known.", ["The planets circle the Sun.", "12 of them are known."]),
    ("He was born on a Sun. 5 days later he was baptised.",
     ["He was born on a Sun.", "5 days later he was baptised."]),
    ("They sat. 5 minutes passed.", ["They sat.", "5 minutes passed."]),
    ("Sat. 500 people came.", ["Sat.", "500 people came."]),
    ("She read Rom. Then she slept.", ["She read Rom.", "Then she slept."]),
])
def test_near_misses_still_end_where_they_did(written: str, said: list[str]) -> None:
    assert sentences(written) == said


@pytest.mark.parametrize(("written", "said"), [
    ("The talk begins at 7 p.m. Tickets are free.", ["The talk begins at 7 p.m.", "Tickets are free."]),
    ("Doors close at 11 p.m. Latecomers will not be admitted.",
     ["Doors close at 11 p.m.", "Latecomers will not be admitted."]),
    ("The gates open at 8.35 a.m. Breakfast is served until nine.",
     ["The gates open at 8.35 a.m.", "Breakfast is served until nine."]),
])
def test_a_time_s_pm_before_a_new_sentence_ends_it(written: str, said: list[str]) -> None:
    assert sentences(written) == said


@pytest.mark.parametrize("written", [
    "We meet at 5 p.m. Friday in the hall.",
    "Polls close at 8 p.m. ET in most states.",
    "Doors at 6 p.m. Eastern, 3 p.m. Pacific.",
    "From 8 a.m. to 8 p.m. Monday through Friday.",
    "It starts at 7 p.m. Dec. 3 at the hall.",
    "The bar is open until 11 p.m. Saturdays and Sundays.",
])
def test_before_its_zone_day_or_month_it_goes_on(written: str) -> None:
    assert sentences(written) == [written]


def _said(text: str) -> list[str]:
    """The body's segments as the engine receives them."""
    meta = Metadata(title="Notices", language="en-gb")
    document = Document(origin="notices.txt", meta=meta, source_hash="0" * 64,
                        blocks=(Block(BlockKind.PARAGRAPH, text),))
    return [segment.text for segment in script(document, SpeechSettings(intro=False, outro=False)).segments]


def test_the_date_and_the_verse_are_said_with_what_they_belong_to() -> None:
    said = " ".join(_said("Term ends on Fri. 18 Dec. at 1.30pm. Read 2 Cor. 4:7 before then."))
    assert "Friday the eighteenth of December" in said
    assert "Second Corinthians four seven" in said
