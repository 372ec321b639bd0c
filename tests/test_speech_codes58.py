"""Two airports' codes joined as a route, a thousand's "k" glued to a compound, and a team's games back and record in
brackets, in sentence context (tests/fixtures/speech/speech_codes58.tsv): classes found reading everyday sentences of
listings, orders and sport. Three classes, 30 rows of our own, each class with near misses that must stay as they are
(a currency pair and two broadcasters' codes; a screen's "4K-capable", a race's "5k-race", a measure's "10km-long";
memory's "16 GB of", a span of pages in brackets), every reading written before the normaliser was run on them.

FIRST READING 9 of 30 lenient and relaxed: tuned 6 of 20, kept 3 of 10 (every third row, index % 3 == 2, kept aside).
By class, tuned and kept: route 2/7 and 1/3 (its near misses), k-compound 2/7 and 1/3, standings 2/6 and 1/4.

After the rules below, written from the tuned two thirds' misses, one a class, each with examples of its class of our
own and what only looks like it: 30 of 30, lenient and relaxed. Tuned 6 -> 20 of 20; kept 3 -> 10 of 10. The rules:
three-letter codes joined by hyphens (or an en dash) where every code is an airport's (facts.AIRPORT_CODES) are a
route, each code spelled and "to" between them ("L.H.R-sin" it was, a code that is a word in capitals said as the
word); a whole or a one-decimal number glued to "k" and a hyphen before a word is so many thousand of it ("ten k-row"
it was), but not a screen's capital "K" below ten nor a race's distance before a runner's word; "GB" after a team's
plural name and its verb of standing, or before the place it trails ("of first place", "of the Orioles", "in the
Central"), is games back ("two gigabytes" it was), and "games" before "behind"; a record in brackets after "The" and a
team's plural name, before a verb of playing or standing ("have lost", "lead", "are 2 GB"), is wins and losses
("fifteen to four" it was).
Compared as the thirty-second set compares: case and punctuation ignored, a number's "and" folded and an
initialism's letters run together.
"""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {}

SWEEP = Sweep("speech_codes58.tsv", _KNOWN, form=lenient, least=30, styles=3, only=True, each=10, any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # airports' codes joined by hyphens: a route (aviation.routes)
    ("en", "Prices on the GLA-DUB hop rose.", "Prices on the G.L.A to D.U.B hop rose."),
    ("en", "They added an ORD-HNL nonstop last year.", "They added an O.R.D to H.N.L nonstop last year."),
    ("en", "Our LGW–TFS charter left late.", "Our L.G.W to T.F.S charter left late."),
    ("en", "Cheap seats on STN-KRK-WAW appear weekly.", "Cheap seats on S.T.N to K.R.K to W.A.W appear weekly."),
    ("en", "The FRA-BKK leg took eleven hours.", "The F.R.A to B.K.K leg took eleven hours."),
    ("en", "Book PER-DPS early.", "Book P.E.R to D.P.S early."),
    # a thousand's "k" glued to a compound's number (scales._K_COMPOUND)
    ("en", "a 15k-word thesis", "a fifteen thousand word thesis"),
    ("en", "a 30K-seat stadium", "a thirty thousand seat stadium"),
    ("en", "a 2.5k-word essay", "a two point five thousand word essay"),
    ("en", "an 80k-page archive", "an eighty thousand page archive"),
    ("en", "The club has a 75k-name mailing list.", "The club has a seventy five thousand name mailing list."),
    # a team's games back (standings.games_back), and its record in brackets before its verb (standings.is_record)
    ("en", "The Mariners are 5 GB behind the Astros.", "The Mariners are five games behind the Astros."),
    ("en", "The Twins sit 1 GB of the lead.", "The Twins sit one game back of the lead."),
    ("en", "Detroit is 3 GB in the AL Central.", "Detroit is three games back in the A.L Central."),
    ("en", "The Giants stood 8 GB at the break.", "The Giants stood eight games back at the break."),
    ("en", "The Jets (3-7) lost again.", "The Jets (three and seven) lost again."),
    ("en", "The Hawks (25-14) trail Boston by two.", "The Hawks (twenty five and fourteen) trail Boston by two."),
    ("en", "The Suns (30-11) have clinched a spot.", "The Suns (thirty and eleven) have clinched a spot."),
]
_LEFT = [
    # other codes joined by a hyphen: a currency pair, a union's names, an alliance and a body (no airport's)
    ("en", "The GBP-USD pair slid.", "The G.B.P-U.S.D pair slid."),
    ("en", "The AFL-CIO backed him.", "The A.F.L-C.I.O backed him."),
    # a screen's resolution in a capital "K" below ten, a race's distance before a runner's word, a unit's "km"
    ("en", "an 8K-ready screen", "an eight K-ready screen"),
    ("en", "the 10k-run route", "the ten k-run route"),
    ("en", "a 5km-wide crater", "a five kilometer-wide crater"),
    # memory's gigabytes before what they hold or a part; a label's span in brackets; "are" before no game's word
    ("en", "The phone ships with 12 GB of RAM.", "The phone ships with twelve gigabytes of Ram."),
    ("en", "The drive holds 500 GB behind a fast controller.",
     "The drive holds five hundred gigabytes behind a fast controller."),
    ("en", "Files (2-9) are read-only.", "Files (two to nine) are read-only."),
    ("en", "The Docs (3-4) are attached.", "The Docs (three to four) are attached."),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "LHR-", "LHR-SIN ", "ABC-", "1k-", "1k-ab ", "1K-ab-", "2 GB of the ", "The Cubs are 2 GB ", "The Cubs (1-2) ",
    "The Cubs (1-2) are ", ") are two games ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))
