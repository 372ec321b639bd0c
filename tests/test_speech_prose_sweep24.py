"""A twenty-fourth author's sweep (issue #10, h91): new contexts of the classes the last round left misread (a count
times a pack, powered units, a fee's money before its noun, an appliance's watts, fractions before a noun or a unit,
chess, rates per hectare, words joined by a slash, a scale in a headline, a pattern's shorthand twice, titles in
capitals) and five fields narrator had little of: pharmacy labels, car reviews, gardening, fitness and home improvement
(tests/fixtures/speech/prose_sweep24.tsv, each read in its style column's language tag), with near misses that keep
their reading. Compared as the benchmark's relaxed score compares (case and punctuation aside), with the sweeps'
folding."""

from __future__ import annotations

import re

import pytest
from sweeps import FIXTURES, check_new_rows, check_row, folded, sweep_rows

from narrator.speech import speakable

_ROWS = sweep_rows(FIXTURES / "prose_sweep24.tsv")
_PUNCT = re.compile(r"[^\w\s]|_")
_SLASH_PAIR = ("two nouns joined by a slash are a choice ('buyer/seller', 'yes/no') and said 'or' (words.py); which"
               " pair is one thing ('a student/teacher pair', 'username/password') only the sense tells")
# What is left, each with its class and why no general rule reads it yet.
_KNOWN_MISSES: dict[str, str] = {
    "He answered 1.d4 with Nf6.": ("a piece's move standing alone ('Nf6') is read only inside a run of moves, which the"
                                   " dispatch's one chess call sees (en.py's normalise is h89's this round)"),
    "Each student/teacher pair met weekly.": _SLASH_PAIR,
    "Enter your username/password.": _SLASH_PAIR,
    "Dec 1 st each end: k1, ssk, k to last 3 sts, k2tog, k1.": (
        "'Dec' before a number is December to the dates' rule (dates.py, h92's this round), which runs after the"
        " pattern's shorthand but knows no stitches; 'k' alone before 'to' is left too"),
    "Curl 25 lb dumbbells for 12 reps.": ("a unit before a plural noun keeps its plural: '25 lb potatoes' is"
                                          " twenty five pounds of potatoes, and only the noun tells which"),
    'Use #8 x 1-1/4" screws.': ("a screw's gauge by its length ('#8 x 1-1/4\"') is 'by', but 'x' before a measure"
                                " is 'times' where a count comes first ('2 x 50g balls', units.py's convention)"),
    "A £2.50 booking fee applies.": ("a sum with pence before a noun keeps its small unit, 'two pound fifty penny"
                                     " booking fee': dropping it ('a $69.99 annual fee') moved readings the sweeps'"
                                     " rows and articles give with 'cent' ('a six euro fifty cent croque monsieur')"),
    "The deck uses 5/4 boards.": ("lumber's 'five quarter' (a board's thickness in quarter inches) is no fraction's"
                                  " plural"),
}


def _relaxed(text: str) -> str:
    """Folded, lower case, punctuation dropped: the benchmark's relaxed form of a reading."""
    return " ".join(_PUNCT.sub(" ", folded(text).lower()).split())


def test_the_sweep_is_varied_and_new() -> None:
    tags = {tag for tag, _, _ in _ROWS}
    assert len(_ROWS) >= 200 and len(tags) >= 2
    earlier = tuple(path.name for path in sorted(FIXTURES.glob("*.tsv")) if path.name != "prose_sweep24.tsv")
    check_new_rows(_ROWS, earlier, _KNOWN_MISSES)


@pytest.mark.parametrize(("language", "written", "readings"), _ROWS,
                         ids=[f"{row[0]}-{i}" for i, row in enumerate(_ROWS)])
def test_sweep(language: str, written: str, readings: tuple[str, ...]) -> None:
    check_row(written, readings, _KNOWN_MISSES, form=_relaxed, language=language)


@pytest.mark.parametrize(("written", "spoken"), [
    # a prescription's shorthand after a dose, and the same letters elsewhere
    ("Take 2 tablets bd.", "Take two tablets twice a day."),
    ("Give 1 tab po nocte.", "Give one tablet by mouth at night."),
    ("Salbutamol 2 puffs PRN wheeze.", "Salbutamol two puffs as needed for wheeze."),
    ("The PO number is on the invoice.", "The P.O number is on the invoice."),
    ("He has 2 tabs open in his browser.", "He has two tabs open in his browser."),
    ("Their bid was rejected.", "Their bid was rejected."),
    # "in" after a number is the inch only before a size's word that ends its phrase, "of", "per" or "on center"
    ("The snow lay 8 in deep.", "The snow lay eight inches deep."),
    ("Three in deep trouble after storm", "Three in deep trouble after storm"),
    ("He scored 3 in 10 games.", "He scored three in ten games."),
    ("They waited 2 in long queues.", "They waited two in long queues."),
    # a runner's session is metres, a count of people millions
    ("Do 8 x 200m strides.", "Do eight by two hundred metre strides."),
    ("The country has 400m voters.", "The country has four hundred million voters."),
    # a spaced "W" is a watt before an appliance or a rider's effort, a direction before a street's name
    ("Buy a 1,000 W toaster.", "Buy a thousand watt toaster."),
    ("Meet me at 200 W Main St.", "Meet me at two hundred West Main Street."),
    # a scale's sum before what it names, and before a word of grammar or time
    ("Town approves £3m pool upgrade", "Town approves three million pound pool upgrade"),
    ("He raised $300 million last year.", "He raised three hundred million dollars last year."),
    # a pair of one person's jobs or a fashion season is said together, another pair is a choice
    ("She is a singer/songwriter.", "She is a singer songwriter."),
    ("The buyer/seller must sign.", "The buyer or seller must sign."),
    ("Answer yes/no.", "Answer yes or no."),
    # a joined numbered move is chess; a document's part is not
    ("Black replied 1.c5 at once.", "Black replied one c five at once."),
    ("Read chapter 3.b1 first.", "Read chapter three.b one first."),
    # half points out of games, and a half before a price
    ("He made 5½/9 in Wijk.", "He made five and a half out of nine in Wijk."),
    ("Only 1/2 of voters turned out.", "Only one half of voters turned out."),
    ("Adults pay full fare; children ½ fare.", "Adults pay full fare; children half fare."),
    # a feed's three numbers and a nail's pennies; a date and a film's dimensions stay
    ("Scatter a 6-4-6 feed in spring.", "Scatter a six four six feed in spring."),
    ("Drive 10d nails into the joist.", "Drive ten penny nails into the joist."),
    ("Rnd 4: k2tog around.", "Round four: knit two together around."),
    # a stretch held for seconds, a decade after a noun that holds nothing
    ("Hold the plank 45s, then rest.", "Hold the plank forty five seconds, then rest."),
    ("Music of the 60s came back.", "Music of the sixties came back."),
])
def test_new_classes_and_their_near_misses(written: str, spoken: str) -> None:
    assert speakable(written, "en-gb") == spoken
