"""The fourteenth segmentation sweep (h230): paragraphs of our own in genres the first thirteen sweeps had least
(tests/fixtures/speech/segment_sweep14.tsv: scientific abstracts, patents, Bible and classical citations, sports reports
with initials and clubs, court reports, company names with their suffixes, academic titles and post-nominals, addresses
and directions, times and eras, quotes and ellipses that end sentences, numbered and lettered lists, emoji and web
addresses at the end, recipes, chemistry), each written as the sentences a reader cuts it into, before narrator read
them. FIRST READING: 144 of 154 paragraphs cut exactly right (of the two thirds worked on 96 of 103, of the third held
aside, every third row, 48 of 51): chemistry 8 of 11, titles 9 of 11, citations, courts, companies, addresses and eras
10 of 11 each, the other seven genres all right."""

from __future__ import annotations

import pytest
from sweeps import check_segment_sweep, first, segment_cases

from narrator.speech.segment import sentences

# Rows the rules still cut otherwise (the row's first sentence -> the class and the module).
_KNOWN_MISSES: dict[str, str] = {
    "Tacitus tells the story at Ann. 15.44.": "first reading",
    "See Smith v. Jones, 123 F.3d 456 (9th Cir. 1997).": "first reading",
    "The fund holds stakes in Alphabet Inc., Meta Platforms Inc. and Amazon.com Inc.": "first reading",
    "He signed himself A. B. Carter, C.B.E.": "first reading",
    "Hon. Sec. Mary Doyle read the minutes.": "first reading",
    "The office is at 1200 Pennsylvania Ave. N.W.": "first reading",
    "The poem was written in the 8th c.": "first reading",
    "Add 10 mL of conc. HCl slowly.": "first reading",
    "The compound (mol. wt. 180.16) is glucose.": "first reading",
    "Use dil. NaOH to neutralise the acid.": "first reading",
}
_EARLIER = first("segment_sweep", 13)


@pytest.mark.parametrize("said", segment_cases("segment_sweep14.tsv", _KNOWN_MISSES))
def test_a_paragraph_is_cut_as_a_reader_cuts_it(said: list[str]) -> None:
    assert sentences(" ".join(said)) == said


def test_the_sweep_is_its_own() -> None:
    """Its rows name only themselves as misses, and repeat no paragraph of the earlier sweeps."""
    check_segment_sweep("segment_sweep14.tsv", _KNOWN_MISSES, _EARLIER)
