"""A dotted clock time in a listing or a programme, after a future "will ... at", and after a schedule's verb and "at"
beside another number's measure or price, and a review's mark in brackets after its stars, in sentence context
(tests/fixtures/speech/speech_spot57.tsv): classes found reading everyday sentences (parish notices, society minutes,
service sheets, programmes, reviews). Four classes, 41 rows of our own, each class with near misses that must stay as
they are (a race's seconds, an index's points, prices in a list; a bid raised "to", a level's "peak at" and "trade
at"; prices that start at an amount, a market's close, a time's own unit; a share of a cast in brackets after
"stars"), every reading written before the normaliser was run on them.

FIRST READING 11 of 41 lenient and relaxed: tuned 8 of 28, kept 3 of 13 (every third row, index % 3 == 2, kept
aside). One tuned near miss was re-written before any rule, for a miss of another class than its own ("The path of 3 km
starts ...": "three kilometer", a measure's singular after "of"); re-written "The 3 km path starts ...", it read right
as it was, so counted the first reading is 12 of 41: tuned 9 of 28, kept 3 of 13. By class, tuned and kept: listing
2/8 and 1/3, future 2/7 and 1/4, beside 2/7 and 1/3, rating 3/6 and 0/3.

After the rules below, written from the tuned two thirds' misses, one a class, each with examples of its class of our
own and what only looks like it (below: 22 examples of the classes and 10 near misses): 39 of 41, lenient and relaxed.
Tuned 9 -> 28 of 28; kept 3 -> 11 of 13. The rules: the dotted times after a listing's heading of times and its
colon ("Service times:", "Programme:", "Agenda:"), beside another time with its half of the day ("8am Matins; 11.15
Family Service"), or beside a weekday's name opening an item ("Sat 6.00 (Vigil), Sun 9.00 and 11.00", whose "Sat" and
"Sun" are now weekdays too) are the clock's, out of talk of prices, measures, levels and movements, and so is the
dotted time after a game's start called by its name ("eyes down 7.45", "Tee-off 10.20", a class the lead's own
reading showed and our set had no row of); a future's "will"
or "shall" before "at" in the same clause names a time, unless a verb of level follows it ("will peak at"); a
schedule's verb before "at" keeps its time beside another number's unit or sign ("The fun run (6.2 miles) starts at
10.15"); a mark in brackets after stars is out of its total ("★★★★ (4/5)": "four out of five").
The kept third's misses, read once at the end: two of the beside class, each with its time read right. One was the
house's form against the row's spelling ("three pounds fifty pence"), added to the row; the other is a measure's
singular after "of" ("The walk of 5 km begins ...": "five kilometer"), the class the re-written tuned row showed, left
(_KNOWN). So counted: 40 of 41, tuned 28 of 28, kept 12 of 13; the kept third moved 3 -> 12, all four of its classes
being the tuned part's. The walk's "of 5 km" was read after it had been read, by a later sweep's rule
(tests/test_speech_left58b.py: a way's or a change's extent after "of" is plural, whatever follows).
Compared as the thirty-second set compares: case and punctuation ignored, a number's "and" folded and an
initialism's letters run together.
"""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, lenient, rule_tests, sweep_tests

from narrator.speech import speakable
from narrator.speech.normalise import dotted

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {}

SWEEP = Sweep("speech_spot57.tsv", _KNOWN, form=lenient, least=41, styles=4, only=True, each=9, any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # a listing's dotted times after its heading of times, beside a time with its half of the day, or beside a
    # weekday's name opening an item (dotted._listed_times; weekdays._WEEKDAY_BEFORE_HOURS)
    ("en", 'Timetable: 6.15 warm-up, 6.40 heats, 7.55 finals.',
     'Timetable: six fifteen warm-up, six forty heats, seven fifty five finals.'),
    ("en", 'Running order: 8.10 Support, 9.05 Headliner.', 'Running order: eight ten Support, nine o five Headliner.'),
    ("en", 'Itinerary: Mon 9.30 coach, Tue 8.45 ferry.',
     'Itinerary: Monday nine thirty coach, Tuesday eight forty five ferry.'),
    ("en", 'Breakfast 7am; 12.45 Lunch; 6.30 Supper.',
     'Breakfast seven AM; twelve forty five Lunch; six thirty Supper.'),
    ("en", 'Confession times: Sat 11.30 and 5.15.', 'Confession times: Saturday eleven thirty and five fifteen.'),
    ("en", 'Opening hours: Monday 9.30, Friday 10.00.', "Opening hours: Monday nine thirty, Friday ten o'clock."),
    # a game's start called by its name before a dotted time (dotted._TIME_LABEL_BEFORE)
    ("en", 'Eyes down 8.15 every Tuesday.', 'Eyes down eight fifteen every Tuesday.'),
    ("en", 'Tee-off 10.20 for the seniors.', 'Tee-off ten twenty for the seniors.'),
    ("en", 'First tee 9.40 on Saturday.', 'First tee nine forty on Saturday.'),
    ("en", 'Tip-off 7.35 at the arena.', 'Tip-off seven thirty five at the arena.'),
    # a future's "will" or "shall" before "at" in the same clause (dotted._FUTURE_AT_BEFORE)
    ("en", 'The lecture will be given at 5.45 in Room 2.', 'The lecture will be given at five forty five in Room two.'),
    ("en", 'Prizes will be presented at 4.15.', 'Prizes will be presented at four fifteen.'),
    ("en", "We'll gather at 10.20 by the gate.", "We'll gather at ten twenty by the gate."),
    ("en", 'The service of thanksgiving shall take place at 11.30.',
     'The service of thanksgiving shall take place at eleven thirty.'),
    # a schedule's verb and "at" beside another number's measure or price (dotted._prices_or_measures_near)
    ("en", 'The 10 km route opens at 7.30.', 'The ten kilometer route opens at seven thirty.'),
    ("en", 'Tickets £12; the concert starts at 7.45.',
     'Tickets twelve pounds; the concert starts at seven forty five.'),
    ("en", 'The 3.5 mile trail walk leaves at 9.15.', 'The three point five mile trail walk leaves at nine fifteen.'),
    ("en", 'The swim (1.9 km) begins at 6.50.', 'The swim (one point nine kilometers) begins at six fifty.'),
    # a review's mark in brackets after its stars (fractions._STARS_BEFORE)
    ("en", 'Verdict: ★★ (2/5)', 'Verdict: two stars (two out of five)'),
    ("en", '★★★★★ (10/10) Simply glorious.', 'five stars (ten out of ten) Simply glorious.'),
    ("en", 'The curry gets three stars (3/5).', 'The curry gets three stars (three out of five).'),
    ("en", 'Four stars (8/10) for the cast.', 'Four stars (eight out of ten) for the cast.'),
]
_LEFT = [
    ("en", 'Agenda: the budget of 4.50 was agreed.', 'Agenda: the budget of four point five zero was agreed.'),
    ("en", 'By 9am the rate was 4.35.', 'By nine AM the rate was four point three five.'),
    ("en", 'At 8am sterling stood at 1.25.', 'At eight AM sterling stood at one point two five.'),
    ("en", 'By Friday 1.25 had become 1.45.', 'By Friday one point two five had become one point four five.'),
    ("en", 'Inflation will settle at 3.15 next year.', 'Inflation will settle at three point one five next year.'),
    ("en", 'The course starts at 2.35 miles.', 'The course starts at two point three five miles.'),
    ("en", 'Up 2%, the shares close at 3.15.', 'Up two percent, the shares close at three point one five.'),
    ("en", 'Four stars (4/5 of the votes) went to her.', 'Four stars (four fifths of the votes) went to her.'),
    ("en", 'After tee-off 2.35 km of rough lay ahead.',
     'After tee-off two point three five kilometers of rough lay ahead.'),
    ("en", 'The tip-off 1.25 points up was theirs.', 'The tip-off one point two five points up was theirs.'),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "starts at 1.30 ", "will a at 1.30 ", "will be ", "times: 1.30 ", "1am 1.30 ", ", Sunday 1.30 ", "stood at 1.30 ",
    "Sat 1.30 a ", "Sat 1.30 km ", "★ (1/5) ", "stars (1/5) ", "Programme: 1.30, ", ": ", "day 1.30 ",
    "eyes down 1.30 ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))


def test_a_listing_of_many_days_and_times_stays_linear() -> None:
    """Each time was looked against every weekday's slot in the text: ten times the CPU for four times the listing
    (0.16 s -> 1.69 s at 26 and 104 KB), under the general ratio above; now a halving search among the slots."""
    check_linear("Sunday 9.00, ", small=2000, read=lambda text: dotted._listed_times(text, False), ratio=8)
