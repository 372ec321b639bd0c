"""A sentence may open with a sign before its first word: an amount's ("£25 could keep a fridge running"), a number's
("-5C was the low", "#1 was Spain") or Spanish's opening question and exclamation marks ("¿Por qué?"). The stop before
the sign ends the sentence before it, so that each is its own sentence (and caption), not one run on into the next.
Our own examples (h71; the first found in articles14's charity appeal)."""

from __future__ import annotations

import pytest

from narrator.config import SpeechSettings
from narrator.model import Block, BlockKind, Document, Metadata
from narrator.speech import script
from narrator.speech.segment import sentences


@pytest.mark.parametrize(("written", "said"), [
    ("Ten pounds buys a week of food. £25 keeps the fridge on.",
     ["Ten pounds buys a week of food.", "£25 keeps the fridge on."]),
    ("The stadium took four years to build. $40 million of it was public money.",
     ["The stadium took four years to build.", "$40 million of it was public money."]),
    ("Tickets sold out in an hour! €5 of each goes to the club.",
     ["Tickets sold out in an hour!", "€5 of each goes to the club."]),
    ("The council agreed the plan. “£3m is a lot,” one member said.",
     ["The council agreed the plan.", "“£3m is a lot,” one member said."]),
    ("The night was cold. -5C was the low at Braemar.", ["The night was cold.", "-5C was the low at Braemar."]),
    ("Prices rose again. +3% is the forecast.", ["Prices rose again.", "+3% is the forecast."]),
    ("They were seeded second. #1 was Spain.", ["They were seeded second.", "#1 was Spain."]),
    ("Stocks fell. ~200 firms lost value.", ["Stocks fell.", "~200 firms lost value."]),
])
def test_a_sentence_may_open_with_an_amount(written: str, said: list[str]) -> None:
    assert sentences(written) == said


@pytest.mark.parametrize("written", [
    "The bill came to approx. £40 for two.",
    "It was priced at U.S. $12 a share.",
    "The new model costs $899 (orig. $1,099) at most stores.",
    "The scheme will cost an est. £4bn over a decade.",
])
def test_nor_after_an_abbreviation_that_holds_on_to_it(written: str) -> None:
    assert sentences(written) == [written]


@pytest.mark.parametrize("written", [
    "The fence is high. - It needs paint.",  # a spaced dash stays with the clause it opens
    "He wrote to her. #thanks was all she said.",  # a sign of a number only before a digit
])
def test_a_sign_before_no_number_ends_no_sentence(written: str) -> None:
    assert sentences(written) == [written]


@pytest.mark.parametrize(("written", "said"), [
    ("Llegó tarde a la reunión. ¿Por qué no avisó? Nadie lo sabe.",
     ["Llegó tarde a la reunión.", "¿Por qué no avisó?", "Nadie lo sabe."]),
    ("Ganó el partido. ¡Qué alegría! Todos cantaron.", ["Ganó el partido.", "¡Qué alegría!", "Todos cantaron."]),
])
def test_a_spanish_question_or_exclamation_opens_its_own_sentence(written: str, said: list[str]) -> None:
    assert sentences(written) == said


def test_each_is_its_own_caption() -> None:
    meta = Metadata(title="Appeal", language="en-gb")
    block = Block(BlockKind.PARAGRAPH, "Ten pounds buys a week of food. £25 keeps the fridge on.")
    document = Document(origin="appeal.txt", meta=meta, source_hash="0" * 64, blocks=(block,))
    [said] = script(document, SpeechSettings(intro=False, outro=False)).segments
    assert [sentence.display for sentence in said.sentences] == ["Ten pounds buys a week of food.",
                                                                 "£25 keeps the fridge on."]
