"""A thirty-eighth author's sweep (issue #10): kinds of text the sweeps had drawn on least (council meeting minutes,
lifeboat and coastguard call-outs, livestock market reports, horse racing, boxing and MMA, esports, concert and book
reviews, planning applications, health advice, crime statistics, transport disruption notices, school newsletters,
fashion, mining and commodities, aviation incident reports, lottery and quiz shows), written with their readings
before narrator read any of them (tests/fixtures/speech/prose_sweep38.tsv, each read in its style column's language
tag). First reading 205 of 224 (91.5%). Of the 19 misses, 8 were the house's own form of what the row says ('live
weight' and 'dead weight' as two words, 2; a planning reference's parts read without their slashes, 2; 'o' for 'oh',
1; 'S.A.T.'s' spelled, 1; 'megatonnes' for 'Mt', 1; a registration's 'G-' before its spelled letters, 1), added as
alternatives, with 'Eh' for a road's letter A beside a misread; 11 misread: six classes read by the rules below (a
statute's section glued to a small 's', a junction on an A-road, a spaced 'kt' among a vessel's or an aircraft's
speeds, a match's 'Bo3', a US date after a deadline's 'by', a race's price after 'won the 3.15 at Cheltenham at'),
a player's kills, deaths and assists read as a date, and four in the kept third. Every third row (index % 3 == 2, 74
rows) was kept aside: 69 at the first reading, 70 with the house's forms, 70 after the rules; the other 150: 136, 143
with the house's forms, 149 after the rules. The kept third did not move: none of its misses is of a class the tuned
part's misses showed. Compared as the benchmark's relaxed score compares (case and punctuation aside), with the
sweeps' folding. In the fifty-third round the lead's rules from examples of its own
(tests/test_speech_measures53.py: a racecard's yards after its furlongs, an ore's grade as a percentage before its
metal) read two kept rows, the Derby's '1m 4f 6y' and '0.62% Cu', after they had been read: 72 of 74 kept, none of
them unseen."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, relaxed, rule_tests, sweep_tests

# What is left, each with its class, the module whose rules would read it, and why no rule of this sweep reads it.
_KNOWN_MISSES: dict[str, str] = {
    "Fury-Usyk II takes place in Riyadh on 21 December.": (
        "a rematch's numeral after two fighters' hyphened names is read as a king's, 'the second', where the bill says"
        " 'two' (narrator/speech/normalise/romans.py); seen only in the kept third"),
    "T1 beat Gen.G in the LCK final, with Faker going 8/1/12 in game 4.": (
        "a player's kills, deaths and assists, three slashed numbers, are read as a date with its year left a count,"
        " 'August first twelve' (narrator/speech/normalise/numericdates.py); one row of its class, and a date's shape"
        " is the far commoner reading of 'd/d/dd'"),
    "The L train will not run between 8 Av and Bedford Av this weekend.": (
        "a numbered avenue shortened 'Av' after a bare number, 'Eighth Avenue' to a New Yorker, keeps 'eight Av'"
        " (narrator/speech/normalise/places.py); seen only in the kept third"),
}


SWEEP = Sweep("prose_sweep38.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=220, styles=2)
globals().update(sweep_tests(SWEEP))


# Each class the sweep's rules read, by its examples of our own, and beside them what only looks like it, left.
_READ = [
    # a statute's section glued to a small "s" before the instrument or duty it names (words.py)
    ("en-gb", "The council issued a s114 notice last week.",
     "The council issued a section one hundred and fourteen notice last week."),
    ("en-gb", "Landlords can serve an s21 notice with two months' warning.",
     "Landlords can serve a section twenty one notice with two months' warning."),
    ("en-gb", "The developer paid £2m in s106 contributions.",
     "The developer paid two million pounds in section one hundred and six contributions."),
    ("en-gb", "Police can use s60 powers for 24 hours.", "Police can use section sixty powers for twenty four hours."),
    ("en-us", "The board signed a s38 agreement for the new road.",
     "The board signed a section thirty eight agreement for the new road."),
    # a junction's "J" after a word of place, on a British A-road named with its article (places.py)
    ("en-gb", "Traffic is queuing on the A1 between J5 and J6.",
     "Traffic is queuing on the Eh one between junction five and junction six."),
    ("en-gb", "The A3 is shut at J10 after a crash.", "The Eh three is shut at junction ten after a crash."),
    ("en-gb", "Roadworks on the A38 from J2 to J3 will last until May.",
     "Roadworks on the Eh thirty eight from junction two to junction three will last until May."),
    ("en-gb", "The A40 eastbound is slow approaching J1.", "The Eh forty eastbound is slow approaching junction one."),
    # a spaced "kt" among a vessel's or an aircraft's speeds, no blast spoken of (ambiguousunits.py)
    ("en-gb", "The ferry made 18 kt across the strait.", "The ferry made eighteen knots across the strait."),
    ("en-us", "Groundspeed fell to 140 kt on final.", "Groundspeed fell to one hundred forty knots on final."),
    ("en-gb", "The frigate can make 30 kt in a heavy swell.", "The frigate can make thirty knots in a heavy swell."),
    ("en-us", "The jet touched down at 165 kt on the wet runway.",
     "The jet touched down at one hundred sixty five knots on the wet runway."),
    ("en-us", "The trawler was doing 9 kt when it struck the rocks.",
     "The trawler was doing nine knots when it struck the rocks."),
    # a match or series of an odd number of games, "Bo3" (shorthand.py)
    ("en-gb", "The grand final is a BO5.", "The grand final is a best of five."),
    ("en-us", "They lost the Bo7 series in six games.", "They lost the best of seven series in six games."),
    ("en-gb", "Every round is Bo1 until the playoffs.", "Every round is best of one until the playoffs."),
    ("en-us", "The semis are Bo3 and the final is Bo5.", "The semis are best of three and the final is best of five."),
    # a month and a day after a deadline's "by", what is handed in before it (numericdates.py)
    ("en-us", "Register by 10/1 to vote in the primary.", "Register by October first to vote in the primary."),
    ("en-us", "Sign up by 2/3 for the spring class.", "Sign up by February third for the spring class."),
    ("en-us", "Please return the permission slip by 4/9.", "Please return the permission slip by April ninth."),
    ("en-us", "Entries must be received by 11/5.", "Entries must be received by November fifth."),
    # a price against after "at" at a clause's end, the race won named between the verb and it (sports.py)
    ("en-gb", "She landed the opener at Ascot at 11/4, her third winner of the day.",
     "She landed the opener at Ascot at eleven to four, her third winner of the day."),
    ("en-gb", "Kauto Star took the 2.40 at Kempton at 7/2.",
     "Kauto Star took the two forty at Kempton at seven to two."),
    ("en-gb", "The grey won the novice chase at Sandown at 9/2 on Saturday.",
     "The grey won the novice chase at Sandown at nine to two on Saturday."),
    ("en-gb", "Our nap won the 1.50 at Newbury at 13/8.", "Our nap won the one fifty at Newbury at thirteen to eight."),
]
_LEFT = [
    ("en-gb", "Data sits in an s3 bucket.", "Data sits in an s three bucket."),
    ("en-gb", "The s2 model ships in May.", "The s two model ships in May."),
    ("en-gb", "Print it on an A4 sheet near J5.", "Print it on an Eh four sheet near J five."),
    ("en-gb", "Apple's A14 chip beat the J21 board.", "Apple's Eh fourteen chip beat the J twenty one board."),
    ("en-gb", "The 15 kt warhead was tested in 1998.", "The fifteen kt warhead was tested in nineteen ninety eight."),
    ("en-us", "Ships carried a 100 kt bomb.", "Ships carried a one hundred kt bomb."),
    ("en-us", "BO2 groups end in draws.", "B.O two groups end in draws."),
    ("en-us", "Bo Derek starred in 10.", "Bo Derek starred in ten."),
    ("en-us", "Costs were cut by 1/3.", "Costs were cut by one third."),
    ("en-us", "The return fell by 1/4 last year.", "The return fell by one quarter last year."),
    ("en-gb", "The store took the loss at 1/4.", "The store took the loss at one quarter."),
    ("en-gb", "They won the game at 3/2 speed.", "They won the game at three halves speed."),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", ["a s1 ", "an s12 the ", "the A1 at J1 ", "the A1 J", "the ferry 1 kt ",
                                   "speed 1 kt bomb ", "Bo1 ", "BO3BO", "due the slip x by 1/2 ", "return by 1/",
                                   "won the at 5/2 ", "won at at 9/4 "])
def test_the_new_rules_stay_linear(token: str) -> None:
    # a run of each rule's own shape, unterminated: four times the text must cost about four times the time
    check_linear(token)
