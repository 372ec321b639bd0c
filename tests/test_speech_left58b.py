"""Capitals with vowels that are a fellow's or a member's letters or a body's initials, a squadron's number before its
place in brackets, a British number of a six-figure area code, a unit after "of" before a verb, a network's speed
glued to "GbE", a match report's dotted "a.e.t." and "o.g.", and a show's day "DOS" beside its price, in sentence
context (tests/fixtures/speech/speech_left58b.tsv): classes the forty-first articles, the forty-fourth prose sweep and
the fifty-seventh spot set left ("(SWASFT)", "FRICS", "2280 (Wantage) Sqn", "015242 71845", "The walk of 5 km begins",
"2.5GbE") and the lead's "holds the DRCOG", "qualified MBChB". Seven classes, 58 rows of our own, each with near misses
that must stay as they are ("Inspectors from Ofsted and UNESCO", "A spokesman for DEFRA", "We met 40 (or so) cadets",
"The trust had 12 wards and 40250 staff", "A 10 km run starts", "The file is 10 GB", "Staff arrive at 8 a.m.", "He
still plays DOS games"), every reading written before the normaliser was run on them.

FIRST READING 17 of 58, initialisms' letters kept apart (14 of 58 relaxed, 23 of 58 lenient, which runs a spelled
initialism's letters together and so cannot tell "F.R.I.C.S" from "FRICS"): tuned 12 of 39, kept 5 of 19 (every third
row, index % 3 == 2, kept aside and scored as a number only). By class, tuned and kept: capitals with vowels 1/6 and
1/3, squadron 2/6 and 0/2, six-figure code 1/5 and 1/3, unit after "of" 4/6 and 1/3, GbE 1/5 and 1/3, dotted match
words 2/6 and 0/2, DOS 1/5 and 1/3. One row was re-written after the first run, the house's form and not a change of
reading: a title's "Dr", which the house leaves to the voice, was given beside "doctor".

After the rules below, written from the tuned two thirds' misses, one a class, each with examples of its class of our
own and what only looks like it (below: 25 examples of the classes and 12 near misses): tuned 12 -> 39 of 39; kept 5 ->
17 of 19, the rules written before the kept third's misses were read (lenient 39 of 39 and 17 of 19; relaxed, which runs
a spelled initialism's letters together where the rows keep them apart, 32 and 14). The kept rows are of the same seven
classes as the tuned ones (the brief named them), so the kept third moving says the rules read their class beyond the
rows they were written from, not that an unseen class was read. Its two misses left (_KNOWN) are one shape the tuned
rows did not hold: an own goal's "o.g." in a sentence with no digit, which the match report's rules never see (they are
asked only where a digit stands, and a look of their own would be asked of every sentence). One of the two was seen
before the rules were done, by a slip (a debugging run on a sentence of the same shape printed it); no rule was written
or changed for it.

The rules: capitals of five letters or more that open with three consonants no word opens with, nor a letter before
a word's opening ("DRCOG", "FRCOG"; "JSTOR" stays a word), or that end with three consonants no word ends with
("SWASFT", "NUHFT"), are spelled (facts.WORD_INITIAL_TRIPLES, WORD_FINAL_TRIPLES; "CAMHS" is said, as its services
say it: capitals._SAID); a fellow's, a member's or an associate's letters, five or more led by "F", "M" or "A", after
a person's name and ending there or in a list, are spelled ("Ian Shaw, FRICS", not a photo's credit, "Ann
Lee/MAGNUM"); degrees' letters in mixed case with a surgeon's "Ch" are spelled (facts.DEGREES_IN_MIXED_CASE:
"MBChB", "BChD"); "Sqn" after a number and its place in brackets is "Squadron"; a six-figure British code led by "01"
before five figures, bare or in brackets, is said digit by digit; a way's or a change's extent after "of" ("walk",
"rise", "climb"...) is plural before a word in "-s", which is its verb ("a box of 10 mm screws" still sizes them);
"GbE" is "gigabit Ethernet"; "a.e.t." after a score is "after extra time", and "o.g." after a player's possessive,
"an", or in brackets after a name is "own goal" ("the beer's o.g. is 1.048" is brewing's, left); "DOS" beside a price
is "day of show". "(SWASFT)", "FRICS", "2280 (Wantage) Sqn" and "015242 71845" (articles 41), "The walk of 5 km
begins" (spot set 57) and "The router's 2.5GbE port" (prose sweep 44) were read after they had been read.
"Sec. of State", also named, was read already ("Secretary of State": words._FIXED), and had no row.
Compared with an initialism's letters kept apart ("F.R.I.C.S" is not "FRICS"), case and punctuation ignored and a
number's "and" folded."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, letters_kept, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {
    "Hale's o.g. gave United the lead.": "an own goal's dotted 'o.g.' in a sentence with no digit: the match report's "
                                         "rules are asked only where a digit stands (narrator/speech/normalise/en.py), "
                                         "and a look of their own would be asked of every sentence",
    "An o.g. by the keeper settled it.": "an own goal's dotted 'o.g.' in a sentence with no digit, as above",
}

SWEEP = Sweep("speech_left58b.tsv", _KNOWN, form=letters_kept, tagged=True, least=58, styles=7, only=True, each=8,
              any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # capitals whose consonants no word holds, a fellow's letters after a name, a degree's (capitals._acronym)
    ("en", "The plans were drawn by Alan Reid, FRIBA, in 1990.",
     "The plans were drawn by Alan Reid, F.R.I.B.A, in nineteen ninety."),
    ("en", "A survey by Carl Moss, MRICS and a valuer, followed.",
     "A survey by Carl Moss, M.R.I.C.S and a valuer, followed."),
    ("en", "Milton Keynes University Hospital (MKUHFT) said so.",
     "Milton Keynes University Hospital (M.K.U.H.F.T) said so."),
    ("en", "She holds the FRCOG and the MRCOG.", "She holds the F.R.C.O.G and the M.R.C.O.G."),
    ("en", "He is MBChB, and she is BChD.", "He is M.B.C.H.B, and she is B.C.H.D."),
    ("en", "She trained at Oxford, BMBCh 2011.", "She trained at Oxford, B.M.B.C.H twenty eleven."),
    ("en", "The MNRAS paper was cited.", "The M.N.R.A.S paper was cited."),
    # "Sqn" after a number and its place in brackets (titles._SQUADRON)
    ("en", "Cadets of 2475 (Barnet) Sqn flew.",
     "Cadets of two thousand four hundred seventy five (Barnet) Squadron flew."),
    ("en", "The trophy went to 1836 (Ripon) Sqn.", "The trophy went to eighteen thirty six (Ripon) Squadron."),
    # a six-figure British code before five figures (telephones._ZERO_LED, _ZERO_LED_BRACKETED)
    ("en", "Call 015396 20123 today.", "Call zero one five three nine six, two zero one two three today."),
    ("en", "Call (016974) 78901 now.", "Call zero one six nine seven four, seven eight nine zero one now."),
    ("en", "Ring 013397 55123 or 017684 86789.", "Ring zero one three three nine seven, five five one two three or"
     " zero one seven six eight four, eight six seven eight nine."),
    # an extent after "of" before its verb (amounts.EXTENT_NOUNS)
    ("en", "A fall of 20 mm shows on the gauge.", "A fall of twenty millimeters shows on the gauge."),
    ("en", "The trek of 12 mi follows the river.", "The trek of twelve miles follows the river."),
    ("en", "A walk of 5km begins here.", "A walk of five kilometers begins here."),
    # gigabit Ethernet (capitals._SMALL_INSIDE_WORDS)
    ("en", "Two 100GbE links and a 10 GbE port.",
     "Two one hundred gigabit Ethernet links and a ten gigabit Ethernet port."),
    ("en", "A GbE port is enough.", "A gigabit Ethernet port is enough."),
    ("en", "The NAS offers 2.5 GbE networking.", "The N.A.S offers two point five gigabit Ethernet networking."),
    # a match report's dotted words (sports._AFTER_EXTRA_TIME, _OWN_GOAL_DOTTED)
    ("en", "The final finished 0-0 a.e.t. Then penalties.", "The final finished nil nil after extra time. Then"
     " penalties."),
    ("en", "Leeds won 4-3 (a.e.t.) in Cardiff.", "Leeds won four to three (after extra time) in Cardiff."),
    ("en", "Brown's o.g. in the 80th minute.", "Brown's own goal in the eightieth minute."),
    ("en", "Goals: Smith (o.g.) 23, Jones 70.", "Goals: Smith (own goal) twenty three, Jones seventy."),
    # a show's day beside its price (capitals._day_of_show)
    ("en", "Tickets $10 DOS.", "Tickets ten dollars day of show."),
    ("en", "DOS: £8 at the gate.", "Day of show: eight pounds at the gate."),
    ("en", "Tickets £15 adv / £18 DOS.", "Tickets fifteen pounds in advance, eighteen pounds day of show."),
]
_LEFT = [
    # a photo's credit after a name is an agency, not a fellow's letters; acronyms said as words stay words
    ("en", "Photo by Ann Lee/MAGNUM.", "Photo by Ann Lee, MAGNUM."),
    ("en", "She chairs CAMHS and JSTOR.", "She chairs Camhs and JSTOR."),
    ("en", "The EU's SWIFT system and NASDAQ and UNICEF and CERN.",
     "The E.U.'s swift system and Nasdaq and Unicef and Cern."),
    # "Sqn" in a bracket with no number before it, and a squadron leader's rank
    ("en", "The cup (Sqn) final was held.", "The cup (Sqn) final was held."),
    ("en", "Sqn Ldr Hale flew with 43 Sqn.", "Squadron Leader Hale flew with forty three Squadron."),
    # a five-figure code before six figures stays parted where it was
    ("en", "Call 01539 620123 to book.", "Call zero one five three nine, six two zero one two three to book."),
    # a box's things sized after "of", and a size before its noun
    ("en", "A box of 10 mm screws sits on the bench.", "A box of ten millimeter screws sits on the bench."),
    ("en", "A 5 km walk begins.", "A five kilometer walk begins."),
    # other initialisms with a small letter inside stay spelled
    ("en", "The MoD and DfE replied.", "The M.O.D and D.F.E replied."),
    # brewing's original gravity before its figure
    ("en", "The beer's o.g. is 1.048 before it ferments.",
     "The beer's o.g. is one point zero four eight before it ferments."),
    # the operating system with no price beside it
    ("en", "He ran DOS 6 on a 486 in 1994.", "He ran D.O.S six on a four hundred eighty six in nineteen ninety four."),
    ("en", "The DOS prompt cost us 2 hours.", "The D.O.S prompt cost us two hours."),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "Ann Lee, FRICS, ", "DRCOG ", "SWASFT ", "MBChB ", "1 (A) Sqn ", "(Ab Cd) Sqn ", "015242 71845 ", "(016974) 78901 ",
    "a walk of 5 km begins ", "walks of ", "2.5GbE ", "2-1 a.e.t. ", "Hale's o.g. ", "(o.g.) 1 ", "an o.g. ",
    "£15 DOS ", "DOS: ", "DOS one one one ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))
