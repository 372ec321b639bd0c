"""The fourteenth segmentation sweep: paragraphs of our own in genres the first thirteen sweeps had least
(tests/fixtures/speech/segment_sweep14.tsv: scientific abstracts, patents, Bible and classical citations, sports reports
with initials and clubs, court reports, company names with their suffixes, academic titles and post-nominals, addresses
and directions, times and eras, quotes and ellipses that end sentences, numbered and lettered lists, emoji and web
addresses at the end, recipes, chemistry), each written as the sentences a reader cuts it into, before narrator read
them (five rows rewritten for repeating earlier sets' sentences, four after the first run, one, an era's, after the
rules; each read right as written and as rewritten). FIRST READING: 144 of 154 paragraphs cut exactly right (of the two
thirds worked on 96 of 103, of the third held aside, every third row, 48 of 51): chemistry 8 of 11, titles 9 of 11,
citations, courts, companies, addresses and eras 10 of 11 each, the other seven genres all right. Now 152 (worked 103 of
103, held aside 49 of 51: read once after the rules; its two misses are the known misses, classes no worked row had).

The classes fixed (trade_forms.py, short_runs.py, streets.py, single_letters.py, segment.py): a pronoun of a whole or
of none opens a sentence after a company's suffix or a post-nominal as a quantity's word does ("Amazon.com Inc. All
three fell", "C.B.E. Nobody called him"), where "U.S. All-Star" names; a classical work whose short form is a name or a
word ("Ann.", "Hist.", "Met.") holds on to a book and its line only ("Ann. 15.44"), where "I met Ann. 15 came" ends; a
city's quarter written with stops holds on to its street's type ("Pennsylvania Ave. N.W.") and after it a common word
in capitals opens a sentence ("N.W. Visitors enter"), where a city goes on; a century's "c." after its ordinal ends
before a capital that is not its era ("the 8th c. Only one copy", "the 5th c. BC"); a reagent's strength holds on to
its formula ("dil. NaOH", and in the held-aside third "conc. HCl"); a weight's "wt." in small letters holds on to its
figure ("mol. wt. 180.16").

Left, with its class (both held aside, no worked row of either): a court's circuit before its year in a citation's
bracket ("(9th Cir. 1997)"), and an office's "Sec." after "Hon." before a name ("Hon. Sec. Mary Doyle")."""

from __future__ import annotations

import pytest
from sweeps import check_linear, check_segment_sweep, first, segment_cases

from narrator.speech.segment import sentences

# Rows the rules still cut otherwise (the row's first sentence -> the class and the module).
_KNOWN_MISSES: dict[str, str] = {
    "See Smith v. Jones, 123 F.3d 456 (9th Cir. 1997).": "a court's circuit before its year inside a citation's"
                                                         " bracket ('(9th Cir. 1997)') ends there: 'Cir.' is no"
                                                         " short form the stop's rules know (held aside, no rule;"
                                                         " narrator/speech/segment.py)",
    "Hon. Sec. Mary Doyle read the minutes.": "an office's 'Sec.' after 'Hon.' before a name ('Hon. Sec. Mary Doyle')"
                                              " is cut as a section's label that ends before a word (held aside,"
                                              " no rule; narrator/speech/segment.py)",
}
_EARLIER = first("segment_sweep", 13)


@pytest.mark.parametrize("said", segment_cases("segment_sweep14.tsv", _KNOWN_MISSES))
def test_a_paragraph_is_cut_as_a_reader_cuts_it(said: list[str]) -> None:
    assert sentences(" ".join(said)) == said


def test_the_sweep_is_its_own() -> None:
    """Its rows name only themselves as misses, and repeat no paragraph of the earlier sweeps."""
    check_segment_sweep("segment_sweep14.tsv", _KNOWN_MISSES, _EARLIER)


@pytest.mark.parametrize(("written", "said"), [
    # a pronoun of a whole or of none opens a sentence after a company's suffix or a post-nominal; a hyphen names
    ("It holds Apple Inc. All three fell.", ["It holds Apple Inc.", "All three fell."]),
    ("He signed it J. Carter, C.B.E. Nobody minded.", ["He signed it J. Carter, C.B.E.", "Nobody minded."]),
    ("She left Acme Ltd. Everyone cheered.", ["She left Acme Ltd.", "Everyone cheered."]),
    ("The U.S. All-Star team won.", ["The U.S. All-Star team won."]),
    # a classical work whose short form is a name holds on to its book and line only
    ("See Tac. Ann. 15.44. It is short.", ["See Tac. Ann. 15.44.", "It is short."]),
    ("I met Ann. 15 people came.", ["I met Ann.", "15 people came."]),
    ("I met Ann. 15.5% of us came.", ["I met Ann.", "15.5% of us came."]),
    # a city's quarter with stops holds on to its street; after it a common word opens, a city goes on
    ("It is at 9 Elm Ave. N.W. Buses stop there.", ["It is at 9 Elm Ave. N.W.", "Buses stop there."]),
    ("Write to 9 Elm Ave. N.W. Washington, D.C.", ["Write to 9 Elm Ave. N.W. Washington, D.C."]),
    ("It is at 4 Park Rd. S.E. It is near.", ["It is at 4 Park Rd. S.E.", "It is near."]),
    # a century's "c." after its ordinal ends before a capital, not before its era
    ("It was built in the 12th c. Only the tower stands.", ["It was built in the 12th c.", "Only the tower stands."]),
    ("It dates from the 5th c. BC and is Greek.", ["It dates from the 5th c. BC and is Greek."]),
    ("He was born c. 1340 in London.", ["He was born c. 1340 in London."]),
    # a reagent's strength holds on to its formula; before a word that opens a sentence it ends
    ("Add dil. HCl dropwise.", ["Add dil. HCl dropwise."]),
    ("Use satd. NaCl to wash it.", ["Use satd. NaCl to wash it."]),
    ("The acid was dil. The base was not.", ["The acid was dil.", "The base was not."]),
    # a weight's label in small letters holds on to its figure
    ("It has a mol. wt. 342.3 and melts.", ["It has a mol. wt. 342.3 and melts."]),
    ("Net wt. 250 g. Store cool.", ["Net wt. 250 g.", "Store cool."]),
])
def test_each_class_and_its_look_alikes(written: str, said: list[str]) -> None:
    assert sentences(written) == said


@pytest.mark.parametrize(("form", "count"), [
    ("Apple Inc. All ", 4_000),  # pronouns of a whole
    ("Ann. 15.44 ", 4_000),  # a classical work's book and line
    ("Ann. 15 ", 4_000),  # the name
    ("1 Elm Ave. N.W. Bus ", 4_000),  # a dotted quarter
    ("N.W. N.W. ", 4_000),  # quarters with no street
    ("the 8th c. Only ", 4_000),  # a century
    ("dil. HCl ", 4_000),  # a reagent's strength
    ("mol. wt. 1 ", 4_000),  # a weight's label
])
def test_the_new_classes_stay_linear(form: str, count: int) -> None:
    """Four times the text costs about four times as long."""
    sentences(form * 10)  # rules compiled before the timing
    check_linear(form, count, read=sentences, ratio=8)
