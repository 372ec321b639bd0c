"""The short words of a club's minutes and of a parish's, a surgery's or a venue's notices, and Britain's street types
after a street's name, in sentence context (tests/fixtures/speech/speech_notices57.tsv): classes found reading
everyday sentences (parish notices, society minutes, timetables, club notices). Three classes, 30 rows of our own,
each class with near misses that must stay as they are (seconds' "sec" after a number and a section's "Sec." before
one; "sat" the verb and a timetable's "dep." before a noun; chlorine's "Cl", a grade's "Gr." and a pack's "pk"), every
reading written before the normaliser was run on them.

FIRST READING 9 of 30, lenient and relaxed: tuned 6 of 20, kept 3 of 10 (every third row, index % 3 == 2, kept
aside). By class, tuned and kept: minutes 1/7 and 1/3, notices 3/7 and 1/3, streets 2/6 and 1/4. No row was re-written
in the house's forms.

After the rules below, written from the tuned two thirds' misses, one a class, each with examples of its class of our
own and what only looks like it (below: 17 examples of the classes and 11 near misses): 30 of 30, lenient and relaxed.
Tuned 6 -> 20 of 20; kept 3 -> 10 of 10. The kept rows are of the same three classes as the tuned ones (the brief named
the classes), so the kept third moving with them says the rules read their class beyond the rows they were written
from, not that an unseen class was read. The rules: the short words of minutes and notices are a table of their own
(facts.NOTICE_FORMS, among the abbreviations' rare forms): "mtg", "Chmn", "Treas.", "Apols.", "Xmas", "appts", "Stn"
wherever they stand; a secretary's "Sec." after "the" or before a name; a ledger's "b/f" and "c/f" and a ticket's "adv"
and "otd" after a sum (and the money rule no longer takes the "b" of "b/f" for billions); a timetable's "dep." and
"arr." before a place and its time "departs" and "arrives at", with no stop; a weekday's short form with its stop after
"for" as after "on" and "next". Britain's street types are in facts.STREET_TYPES beside the USPS forms ("Pk", "Gdns",
"Pde", "Terr", "Bldgs", "Cl", "Gr", "Wy", "Mws", "Wlk", "Ind Est"), read after a street's name only.
Compared as the thirty-second set compares: case and punctuation ignored, a number's "and" folded and an
initialism's letters run together.
"""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {}

SWEEP = Sweep("speech_notices57.tsv", _KNOWN, form=lenient, least=30, styles=3, only=True, each=10, any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # the short words of minutes and notices (facts.NOTICE_FORMS, words._notice_form)
    ("en", 'The Mtg will be held in the church hall.', 'The Meeting will be held in the church hall.'),
    ("en", 'Minutes of the AGM: Apols. from Ravi Shah.', 'Minutes of the A.G.M: Apologies from Ravi Shah.'),
    ("en", 'The Chmn thanked the Treas. for her report.', 'The Chairman thanked the Treasurer for her report.'),
    ("en", 'Letters to the Sec. should reach him by Friday.',
     'Letters to the Secretary should reach him by Friday.'),
    ("en", 'Balance c/f £86.20.', 'Balance carried forward eighty six pounds twenty pence.'),
    ("en", 'Total £2,310.55 b/f.', 'Total two thousand three hundred and ten pounds fifty five pence brought forward.'),
    ("en", 'Tickets £8 adv, £10 otd.', 'Tickets eight pounds in advance, ten pounds on the door.'),
    ("en", 'Please book appts at reception.', 'Please book appointments at reception.'),
    ("en", 'Trains leave Norwich Stn hourly.', 'Trains leave Norwich Station hourly.'),
    ("en", 'Dep. Leeds 09.15, arr. York 09.40.', 'Departs Leeds nine fifteen, arrives at York nine forty.'),
    ("en", 'Bring a plate for Fri. night.', 'Bring a plate for Friday night.'),
    ("en", 'The Xmas fair raises funds.', 'The Christmas fair raises funds.'),
    # Britain's street types after a street's name (facts.STREET_TYPES)
    ("en", 'Enter via Brook Pk, then Cedar Gdns.', 'Enter via Brook Park, then Cedar Gardens.'),
    ("en", 'Unit 12, Hampton Ind Est, Swindon.', 'Unit twelve, Hampton Industrial Estate, Swindon.'),
    ("en", 'Flat 2, 7 Oak Cl.', 'Flat two, seven Oak Close.'),
    ("en", 'Orchard Wlk and Church Mws are shut.', 'Orchard Walk and Church Mews are shut.'),
    ("en", 'The shop on Station Pde has closed.', 'The shop on Station Parade has closed.'),
]
_LEFT = [
    ("en", 'Rest 45 sec between sets.', 'Rest forty five seconds between sets.'),
    ("en", 'Read Sec. 3 before signing.', 'Read Section three before signing.'),
    ("en", 'Her b/f is coming to the party.', 'Her b/f is coming to the party.'),
    ("en", 'Please arrive 20 mins before dep. Boarding closes early.',
     'Please arrive twenty minutes before departure. Boarding closes early.'),
    ("en", 'Dep. Sheriff Tom Hale spoke.', 'Dep. Sheriff Tom Hale spoke.'),
    ("en", 'Dep. 09.15, Arr. 11.40.', 'Departure nine fifteen, Arrival eleven forty.'),
    ("en", 'Raised £3bn/year.', 'Raised three billion pounds per year.'),
    # a paper's name before a new sentence ("The Sun. edition" is the Sunday edition: a weekday after "the" and before
    # a small word is a day, by the weekdays' rule another branch brought the same round)
    ("en", 'I read it in the Sun. It said so.', 'I read it in the Sun. It said so.'),
    ("en", 'The chemist added Cl- ions.', 'The chemist added Cl minus ions.'),
    ("en", 'A 12 pk of cola costs £6.', 'A twelve pk of cola costs six pounds.'),
    ("en", 'Send it 2nd Cl. to save money.', 'Send it second Class to save money.'),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "the Sec. ", "£1 b/f ", "£1 adv ", "dep. A 1 ", "Dep. A 1 ", "for Sat. ", "Aa Gdns ", "Aa Ind Est ", "£1 b ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))
