"""A sentence may open with an amount's sign ("£25 could keep a fridge running"): its stop before the sign ends the
sentence before it, so that each is its own sentence (and caption), not one run on into the next. Our own
examples (h71, found in articles14's charity appeal)."""

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


def test_each_is_its_own_caption() -> None:
    meta = Metadata(title="Appeal", language="en-gb")
    block = Block(BlockKind.PARAGRAPH, "Ten pounds buys a week of food. £25 keeps the fridge on.")
    document = Document(origin="appeal.txt", meta=meta, source_hash="0" * 64, blocks=(block,))
    [said] = script(document, SpeechSettings(intro=False, outro=False)).segments
    assert [sentence.display for sentence in said.sentences] == ["Ten pounds buys a week of food.",
                                                                 "£25 keeps the fridge on."]
