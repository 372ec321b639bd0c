"""A thirty-third author's sweep (issue #10, h138): kinds of text the sweeps had drawn on least (estate agents'
listings, restaurant reviews and menus, motoring reviews, running plans, knitting and sewing patterns, tide tables and
sailing notices, council minutes, TV listings, betting odds, horoscopes, chess and bridge columns, museum labels, beer
and wine notes, legal small print, airline baggage rules, pet care) and last round's left classes in sentences of our
own. First reading 184 of 222 (82.9%); 194 with the house's forms added as alternatives, 215 after the rules, 216
on main with h137's nights ("7 nts") (tests/fixtures/speech/prose_sweep33.tsv, each read in its style column's
language tag). Compared as the benchmark's relaxed score compares (case and punctuation aside), with the sweeps'
folding."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, relaxed, rule_tests, sweep_tests

# What is left, each with its class, the module whose rules would read it, and why no rule of this sweep reads it.
_DIMENSIONS = "narrator/speech/normalise/dimensions.py (h137's unit modules)"
_KNOWN_MISSES: dict[str, str] = {
    'Carry-on max: 22" x 14" x 9".': f"sides in inch marks parted by 'x' are 'by', as '55 x 40 x 20 cm' is"
                                     f" ({_DIMENSIONS})",
    "Acc. no. 1923.45.7.": ("a museum's accession number, its year and its parts after 'Acc. no.', is no version and no"
                            " decimal; no rule knows the label (narrator/speech/normalise/versions.py would hold it)"),
}


SWEEP = Sweep("prose_sweep33.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=220, styles=2)
globals().update(sweep_tests(SWEEP))


# Each class the sweep's rules read, by its examples of our own, and beside them what only looks like it, left.
_READ = [
    # a scorecard's marks out of the same total after their labels (fractions.py)
    ("en-gb", "Food 8/10, service 7/10, value 9/10.", "Food eight out of ten, service seven out of ten, value nine out"
                                                       " of ten."),
    ("en-gb", "Plot 7/10; acting 8/10.", "Plot seven out of ten; acting eight out of ten."),
    # a game of guesses' tries out of six, its puzzle's number before them (fractions.py, facts.GUESS_GAMES)
    ("en-gb", "Wordle 1,204 5/6.", "Wordle one thousand two hundred and four, five out of six."),
    ("en-gb", "Today's Wordle took me 4/6.", "Today's Wordle took me four out of six."),
    # a listing's part in brackets opening the text
    ("en-gb", "(1/6) The detectives reopen a cold case.", "(one of six) The detectives reopen a cold case."),
    # cards and bridge (cards.py)
    ("en-gb", "West led the ♥K.", "West led the king of hearts."),
    ("en-gb", "North bid 4♠ and made 11 tricks.", "North bid four spades and made eleven tricks."),
    ("en-gb", "She opened 1♣ and partner bid 1♥.", "She opened one club and partner bid one heart."),
    ("en-gb", "He held K♠ and 7♦.", "He held king of spades and seven of diamonds."),
    ("en-gb", "South opened 1NT (15-17).", "South opened one no trump (fifteen to seventeen)."),
    ("en-gb", "Dealer South, N-S vulnerable.", "Dealer South, North-South vulnerable."),
    # councillors, a radio's channel, a nun (words.py)
    ("en-gb", "Apologies were received from Cllrs Hale and Ward.", "Apologies were received from Councillors Hale and"
                                                                   " Ward."),
    ("en-gb", "Keep clear and listen on VHF Ch 16.", "Keep clear and listen on V.H.F Channel sixteen."),
    ("en-gb", "Sr Agnes ran the convent school.", "Sister Agnes ran the convent school."),
    ("en-gb", "Sr. Mary Joseph taught maths.", "Sister Mary Joseph taught maths."),
    # a listing's season apart from its episode (namednumbers.py)
    ("en-gb", "BBC One, 9pm: Line of Duty (S6, Ep 3).", "B.B.C One, nine PM: Line of Duty (season six, episode"
                                                        " three)."),
    ("en-gb", "Catch S2 E4 tonight.", "Catch season two episode four tonight."),
    # a road's letter opening a bracket (capitals.py)
    ("en-gb", "Turn left onto the coast road (A39).", "Turn left onto the coast road (Eh thirty nine)."),
    ("en-gb", "The studio (A24) won.", "The studio (Eh twenty four) won."),
    # a team's record in brackets before its fixture (sports.py)
    ("en-us", "The Bears (4-9) host Detroit on Sunday.", "The Bears (four and nine) host Detroit on Sunday."),
    ("en-us", "The Giants (6-7) visit Dallas.", "The Giants (six and seven) visit Dallas."),
    ("en-us", "He faced the Giants (3-4) and won.", "He faced the Giants (three and four) and won."),  # after it
    # a release by its year and month near its name or before "LTS" (versions.py)
    ("en-gb", "Ubuntu issued fixes for its 24.04 and 26.04 releases.", "Ubuntu issued fixes for its twenty four oh"
                                                                       " four and twenty six oh four releases."),
    ("en-gb", "Most servers run 22.04 LTS.", "Most servers run twenty two oh four L.T.S."),
    # a bare grid reference in a square of the National Grid (places.py)
    ("en-gb", "The trig point is at SD 806 741.", "The trig point is at S.D eight zero six, seven four one."),
    ("en-gb", "The cairn is at NY 342 151.", "The cairn is at N.Y three four two, one five one."),
    # a double award's grades (ranges.py)
    ("en-gb", "Combined Science: 7-6.", "Combined Science: seven six."),
    ("en-gb", "Science: 6-6.", "Science: six six."),
    # an emergency number texted (electronic.py)
    ("en-gb", "In an emergency, send a text to 112.", "In an emergency, send a text to one one two."),
    ("en-gb", "Reply STOP to 999.", "Reply stop to nine nine nine."),
    # a handle of initials run into a word (signs.py, facts.HANDLE_INITIALISMS)
    ("en-gb", "Follow @bbcweather and @nhsengland.", "Follow at B.B.C weather and at N.H.S england."),
    # a tide's time from a standard port's (forecasts.py)
    ("en-gb", "Low water Dover -0140.", "Low water Dover minus one hour forty."),
    ("en-gb", "HW Dover +0015 at the bar.", "H.W Dover plus fifteen minutes at the bar."),
    # a knitting pattern's short forms (shorthand.py)
    ("en-gb", "Rep rows 1-4 until work measures 20cm.", "Repeat rows one to four until work measures twenty"
                                                        " centimetres."),
    ("en-gb", "Dec 1 st at each end of every foll 4th row.", "Decrease one stitch at each end of every following fourth"
                                                             " row."),
    ("en-gb", "Work 3 rows in garter st.", "Work three rows in garter stitch."),
]
_LEFT = [
    ("en-gb", "Add 1/5, then 2/5.", "Add one fifth, then two fifths."),  # a step's verb is no label
    ("en-gb", "He ate 3/10 and she ate 4/10 of it.", "He ate three tenths and she ate four tenths of it."),
    ("en-gb", "Wordle players: 2/3 of them cheat.", "Wordle players: two thirds of them cheat."),
    ("en-gb", "(1/2) cup of sugar.", "(one half) cup of sugar."),  # a share before a small word
    ("en-gb", "The N-S bond is weak.", "The N-S bond is weak."),  # nitrogen and sulphur
    ("en-gb", "Read Ch 12 tonight.", "Read Chapter twelve tonight."),
    ("en-gb", "He is Sr Vice President of sales.", "He is Sr Vice President of sales."),  # a job's rank
    ("en-gb", "Our Sr Engineer left.", "Our Sr Engineer left."),
    ("en-gb", "Maxwell Madison Sr spoke.", "Maxwell Madison Senior spoke."),  # a name's suffix
    ("en-gb", "The S6 is a fast car.", "The S six is a fast car."),
    ("en-gb", "He wrote Part (B2) later.", "He wrote Part (B two) later."),
    ("en-us", "Chapters (4-9) cover the war.", "Chapters (four to nine) cover the war."),  # no fixture's verb
    ("en-us", "Pages (4-9) play a part.", "Pages (four to nine) play a part."),  # a label's span
    ("en-gb", "She visited the Beatles (1962-70) exhibit.", "She visited the Beatles (nineteen sixty two to seventy)"
                                                            " exhibit."),
    ("en-gb", "Users should upgrade to 24.04.", "Users should upgrade to twenty four point zero four."),  # no name
    ("en-gb", "Ubuntu servers used 12.04 GB of disk.", "Ubuntu servers used twelve point zero four gigabytes of"
                                                       " disk."),  # a unit after it
    ("en-gb", "He won 123 456 votes.", "He won one hundred and twenty three thousand four hundred and fifty six"
                                       " votes."),
    ("en-gb", "Room SH 609 is shut.", "Room S.H six hundred and nine is shut."),
    ("en-gb", "Science 1-2 is on Monday.", "Science one to two is on Monday."),  # no colon, no double award
    ("en-gb", "She sent a text to 111 people.", "She sent a text to one hundred and eleven people."),
    ("en-gb", "Add 999 to 1.", "Add nine hundred and ninety nine to one."),
    ("en-gb", "Follow @abcdef and @btsport.", "Follow at abcdef and at B.T sport."),  # "def" is no word
    ("en-gb", "The water fell -0140 overnight.", "The water fell minus zero one four zero overnight."),  # no tide
    ("en-gb", "Rep Jim Jordan spoke on Dec 1.", "Representative Jim Jordan spoke on December first."),
    ("en-gb", "Press alt then tab.", "Press alt then tab."),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", ["Food 8/10, ", "x 7/10; ", "Wordle 12 5/6 ", "Wordle ", "(1/6) A ", "♥K ", "4♠ bid ",
                                   "♠AKJQT98765432 ", "1NT ", "N-S vulnerable ", "Sr Agnes ", "Sr ", "S6, Ep 3 ",
                                   "(A39) ", "The Bears (4-9) host ", "Ubuntu 24.04 and ", "22.04 LTS ",
                                   "SD 806 741 ", "SD 806 ", "Science: 6-6 ", "text to 999 ", "Reply STOP to 112 ",
                                   "@bbcweather ", "HW Dover -0140 ", "Rep rows 1 foll alt row garter st ",
                                   "dec 1 st "])
def test_the_new_rules_stay_linear(token: str) -> None:
    # a run of each rule's own shape, unterminated: four times the text must cost about four times the time
    check_linear(token)
