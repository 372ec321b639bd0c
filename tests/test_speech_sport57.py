"""A race's finishing time in a results list, a race's distance before its verb, a match report's short words and
baseball's "HR", in sentence context (tests/fixtures/speech/speech_sport57.tsv): classes found reading sports results
and club notices. Four classes, 39 rows of our own, each class with near misses that must stay as they are (a score
after a team's bracket and a ratio; money in thousands; a height's "HT" and a writing or a sheep's pen; a House bill
and human resources), every reading written before the normaliser was run on them.

FIRST READING 24 of 39 lenient (16 relaxed): tuned 16 of 26, kept 8 of 13 (every third row, index % 3 == 2, kept
aside). By class, tuned and kept: results time 5/7 and 2/3, race distance 6/7 and 3/3, match report 2/6 and 1/4,
baseball 3/6 and 2/3. One kept row was given a form it lacked when the kept third's misses were read at the end, no
change of reading: a category's "(U15)" said "under fifteen" beside a time said in minutes and seconds. One tuned row
that an earlier sweep had written ("She ran the 5K ...") was replaced by another of its class, read right before the
rules as the first was.

After the rules below, written from the tuned two thirds' misses, one a class, each with examples of its class of our
own and what only looks like it (below: 16 examples of the classes and 8 near misses): 38 of 39 lenient (29 relaxed:
the rest are initialisms run together or spelled, "rc", "am", "hr", which the lenient form compares run together).
Tuned 16 -> 26 of 26; kept 8 -> 12 of 13. The kept rows are of the same four classes as the tuned ones (the brief
named the classes), so the kept third moving with them says the rules read their class beyond the rows they were
written from. The one miss left is a kept row (below). The rules: minutes and seconds after a runner's club or
category in brackets, or after the runner's name, in a sentence that reads as a results list (a place before a
runner's initials, an age category, a results word) are a finishing time, never a score or a clock; "10k" or "5K"
after an article or a possessive, before a race's verb ("starts", "begins", "loops"), is the race, never ten
thousand counted; a match report's "HT" and "FT" before a score or a results line or in brackets after a score,
"Att" before a count, "aet" after a score, "(og)" after a scorer, "pen" after a scorer's minute are said as words;
"HR" after a small word or a number, where baseball's words stand, is a home run.
Compared as the thirty-second set compares: case and punctuation ignored, a number's "and" folded and an
initialism's letters run together.
Read after it had been read (by a later sweep's rules, tests/test_speech_left58.py): 'First home was D. Lowe
(Morpeth) in 28:41, a course record.', minutes past 24 and seconds after 'in'.
"""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {}

SWEEP = Sweep("speech_sport57.tsv", _KNOWN, form=lenient, least=39, styles=4, only=True, each=9, any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # a finishing time after a runner's club, category or name in a results list (clock._RESULTS_LIST)
    ("en", '2nd K. Osei (Gateshead Harriers) 29:58.',
     'second K Osei (Gateshead Harriers) twenty nine minutes fifty eight seconds.'),
    ("en", 'Results: 1st M. Doyle 17:21, 2nd F. Grant 17:40.',
     'Results: first M Doyle seventeen minutes twenty one seconds, second F Grant seventeen minutes forty seconds.'),
    ("en", 'First woman home was H. Reed (F45) 22:09.',
     'First woman home was H Reed (F forty five) twenty two minutes nine seconds.'),
    ("en", 'Course record for T. Nash (Morpeth AC) 24:33.',
     'Course record for T Nash (Morpeth A.C) twenty four minutes thirty three seconds.'),
    # a race's distance after an article, before its verb (scales._RACE_NAMED_BEFORE, facts.RACE_VERBS)
    ("en", 'The 5k begins at the pier.', 'The five k begins at the pier.'),
    ("en", "Sunday's 10K finishes on the prom.", "Sunday's ten K finishes on the prom."),
    ("en", 'Our 5K loops the lake twice.', 'Our five K loops the lake twice.'),
    ("en", 'The 10k passes the castle at halfway.', 'The ten k passes the castle at halfway.'),
    # a match report's short words (sports.match_report_words)
    ("en", 'HT: 2-1.', 'half-time: two to one.'),
    ("en", 'FT: Rovers 3 Town 1.', 'full-time: Rovers three Town one.'),
    ("en", 'Att: 15,077.', 'Attendance: fifteen thousand seventy seven.'),
    ("en", 'City won 2-1 (aet).', 'City won two to one (after extra time).'),
    ("en", 'Goals: Mills (og) 30, Hart 75 pen.', 'Goals: Mills (own goal) thirty, Hart seventy five penalty.'),
    # a home run where baseball's words stand (sports._HOME_RUN, facts.BASEBALL_WORDS)
    ("en", 'The slugger hit a HR in the 2nd inning.', 'The slugger hit a home run in the second inning.'),
    ("en", 'A solo HR off the pitcher tied it.', 'A solo home run off the pitcher tied it.'),
    ("en", 'It was his 30th HR and 90th RBI.', 'It was his thirtieth home run and ninetieth R.B.I.'),
]
_LEFT = [
    ("en", 'City (3rd) 2:1 United at home.', 'City (third) two to one United at home.'),
    ("en", 'Dilute the squash (cordial) 5:1 with water.', 'Dilute the squash (cordial) five to one with water.'),
    ("en", 'The 10k goes to the food bank.', 'The ten thousand goes to the food bank.'),
    ("en", 'A £5k grant starts the fund.', 'A five thousand pound grant starts the fund.'),
    ("en", 'HT 172cm, WT 70kg.', 'H.T one hundred and seventy two centimeters, W.T seventy kilograms.'),
    ("en", 'He signed with a fountain pen.', 'He signed with a fountain pen.'),
    ("en", 'The HR team meets at 9am.', 'The H.R team meets at nine AM.'),
    ("en", 'H.R. 2617 passed in 2022.', 'H.R twenty six seventeen passed in twenty twenty two.'),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "1st A (B) 1:11 ", "(M50) 11:11 ", "the 10k starts ", "HT 1-1 ", "FT: A 1 B 1 ", "1 (HT) ", "Att: 1,111 ",
    "1 aet ", "A (og) 1 ", "A 1 pen ", "a HR inning ", "a HR ", "A 1:11 ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))
