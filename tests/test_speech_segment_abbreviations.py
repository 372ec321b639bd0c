"""Where an abbreviation's stop ends a sentence: not before the number it holds on to ("Rs. 500", "para. 12", "ext.
204"), which is read with it ("five hundred rupees"); but at a sentence's end before a word that opens the next ("et al.
The results"), where a run-on sentence lost its pause. Our own examples of each class."""

from __future__ import annotations

import pytest

from narrator.config import SpeechSettings
from narrator.model import Block, BlockKind, Document, Metadata
from narrator.speech import script
from narrator.speech.segment import sentences


@pytest.mark.parametrize("written", [
    "He paid Rs. 500 for the ticket.",
    "Quote Ref. 4471 when you call.",
    "Call Tel. 020 7946 0000 or ext. 204 after noon.",
    "See para. 12 of the ruling.",
    "Under cl. 4 the tenant pays.",
    "The tenant may leave under Sch. 2 of the Act.",
    "The figures are in Suppl. 3 and Tab. 2 of the paper.",
])
def test_an_abbreviation_before_its_number_ends_no_sentence(written: str) -> None:
    assert sentences(written) == [written]


@pytest.mark.parametrize(("written", "said"), [
    ("Prices were quoted in Rs. The dollar was not used.", ["Prices were quoted in Rs.", "The dollar was not used."]),
    ("He lost the ref. Then he lost the match.", ["He lost the ref.", "Then he lost the match."]),
])
def test_before_a_word_it_may_end_one(written: str, said: list[str]) -> None:
    assert sentences(written) == said


def test_the_amount_is_said_whole() -> None:
    meta = Metadata(title="Fares", language="en-in")
    document = Document(origin="fares.md", meta=meta, source_hash="0" * 64,
                        blocks=(Block(BlockKind.PARAGRAPH, "The fine is Rs. 2,000, and the ticket Rs. 50."),))
    said = [segment.text for segment in script(document, SpeechSettings(intro=False, outro=False)).segments]
    assert said == ["The fine is two thousand rupees, and the ticket fifty rupees."]


@pytest.mark.parametrize(("written", "said"), [
    ("The method was described by Okafor et al. The results held.",
     ["The method was described by Okafor et al.", "The results held."]),
    ("The trial was run by Lee et al. In 2020 it ended.", ["The trial was run by Lee et al.", "In 2020 it ended."]),
    ("He lives on Baker St. The house is old.", ["He lives on Baker St.", "The house is old."]),
    ("The fence is 5 ft. It needs to be taller.", ["The fence is 5 ft.", "It needs to be taller."]),
    ("She joined in Sept. The classes began a week later.",
     ["She joined in Sept.", "The classes began a week later."]),
])
def test_an_abbreviation_at_a_sentence_s_end_ends_it_before_a_word_that_opens_one(written: str,
                                                                                  said: list[str]) -> None:
    assert sentences(written) == said


@pytest.mark.parametrize("written", [
    "See Okafor et al. Nature 12 for the method.",
    "They moved to St. Louis and then to Ft. Worth.",
    "The remix of Drake ft. The Weeknd topped the chart.",
    "The vote is on Sept. Fourth Street's future.",
    "It opened on Jan. 3 to crowds.",
])
def test_before_a_name_or_a_number_it_does_not(written: str) -> None:
    assert sentences(written) == [written]


@pytest.mark.parametrize(("written", "said"), [
    ("Tickets are on sale at lyceum.org.uk. Doors open at 7pm.",
     ["Tickets are on sale at lyceum.org.uk.", "Doors open at 7pm."]),
    ("Book at www.example.com. Prices start at £5.", ["Book at www.example.com.", "Prices start at £5."]),
    ("Email press@northbank.co.uk. Calls are not returned.",
     ["Email press@northbank.co.uk.", "Calls are not returned."]),
    ("The file is report.pdf. Open it now.", ["The file is report.pdf.", "Open it now."]),
])
def test_a_web_address_or_a_file_s_name_at_a_sentence_s_end_ends_it(written: str, said: list[str]) -> None:
    """Its dots are no initialism's ("U.S. Army"), which may run on into a name."""
    assert sentences(written) == said


@pytest.mark.parametrize("written", [
    "They met the U.S. Army chief and left.",
    # a town's dotted state inside a sentence ends it before a capital since h140 ("She moved to Washington, D.C. Last
    # year she moved back." is two, in test_speech_segment_sweep5); where the town opens a name, it does not
    "The Washington, D.C. Metro is busy.",
])
def test_an_initialism_s_stop_before_a_name_still_ends_none(written: str) -> None:
    assert sentences(written) == [written]


@pytest.mark.parametrize(("written", "said"), [
    ("Few had heard of hepatitis C. The virus was found in 1989.",
     ["Few had heard of hepatitis C.", "The virus was found in 1989."]),
    ("They fell back on Plan B. It worked.", ["They fell back on Plan B.", "It worked."]),
    ("Most adults lack vitamin D. In winter the gap widens.",
     ["Most adults lack vitamin D.", "In winter the gap widens."]),
])
def test_a_letter_at_a_sentence_s_end_ends_it_before_a_word_that_opens_one(written: str, said: list[str]) -> None:
    assert sentences(written) == said


@pytest.mark.parametrize("written", [
    "The report by J. A. Okafor was long.",
    "It was written by Ann B. Lee and Tom C. Hale.",
    "Ask John F. Kennedy's nephew.",
])
def test_an_initial_before_a_name_still_ends_none(written: str) -> None:
    assert sentences(written) == [written]


def test_nor_in_a_line_of_capitals() -> None:
    assert sentences("LETTERS FROM J. AND M. LEE, 1901") == ["LETTERS FROM J. AND M. LEE, 1901"]
