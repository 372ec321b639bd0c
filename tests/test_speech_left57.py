"""A dotted 24-hour time before what runs to the clock with no 'the' before it, a file's mode after chmod or umask, a
phone menu's 'opt.' before its number and a king's name that is also a given name before his numeral, in sentence
context (tests/fixtures/speech/speech_left57.tsv): classes the forty-fourth and forty-sixth unit sets and the
forty-second left ('19.30 start', 'chmod 755', '01632 960 321 opt. 2', 'Carol II'). Four classes, 36 rows of our own,
each with near misses that must stay as they are ('a 12.50 bus fare', '5.40 from a standing start', '2.15 per cent at
the start', 'ran 755 times', 'After chmod, 644 files', '600 copies of the chmod guide', 'I opt to pay in 3 parts',
'Press 3', 'Carol, 2 sugars', 'Carol and I', 'Carol I think you are right'), every reading written before the
normaliser was run on them.

FIRST READING 13 of 36 lenient (13 relaxed): tuned 7 of 24, kept 6 of 12 (every third row, index % 3 == 2, kept
aside and scored as a number only). By class, tuned and kept: dotted time before an event 2/7 and 2/3, file mode 2/6
and 2/3, menu option 1/5 and 1/3, a king's given name 2/6 and 1/3. No row was re-written: the house's forms were
written as alternatives before the run ('oh seven forty' and 'seven forty', 'kick off' and 'kickoff').

After the rules below, written from the tuned two thirds' misses, one a class, each with examples of its class of our
own and what only looks like it (below: 22 examples of the classes and 11 near misses): tuned 7 -> 24 of 24; kept 6 ->
12 of 12, with the rules written before the kept third's misses were read. The kept rows are of the same four classes
as the tuned ones (the brief named the classes), so the kept third moving with them says the rules read their class
beyond the rows they were written from, not that an unseen class was read; and one kept row, 'Carol I think you are
right', was written as the trap the king's rule had to keep out of, and the pronoun's rule below was written for it
knowing it was there. The rules: a dotted time of the clock right before a start, a kick-off, a tee time, a
screening, a departure, an appointment and the like (dotted._EVENTS) is the clock's, not before a fare, a ticket or a
charge, nor where prices or measures are spoken of; three or four octal digits read as a bare number after 'chmod' or
'umask' (and their options) are said one by one; 'opt.' before a number is 'option' (words._STOP_ONLY: 'opt' without
its stop is the verb); 'Carol' and 'Mihai', Romania's kings, are names a numeral after is a ruler's
(facts.REGNAL_LIMITS: Carol to II, Mihai I only), and an untitled name's 'I' before a verb in the present ('think',
'know', 'hope') is the pronoun, the name one spoken to ('Michael I know it hurts' was 'Michael the first know').
'chmod 755' (unit_tokens44), '19.30 start' (unit_tokens46), '01632 960 321 opt. 2' (unit_tokens46) and 'Carol II'
(unit_tokens42) were read after they had been read. Compared as the thirty-second set compares: case and punctuation
ignored, a number's "and" folded and an initialism's letters run together."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {}

SWEEP = Sweep("speech_left57.tsv", _KNOWN, form=lenient, tagged=True, least=36, styles=4, only=True, each=8,
              any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # a dotted time right before what runs to the clock (dotted._DOTTED_BEFORE_EVENT)
    ("en", "Tickets are on sale for a 20.15 kick-off.", "Tickets are on sale for a twenty fifteen kick-off."),
    ("en", "Members can book 16.40 tee times.", "Members can book sixteen forty tee times."),
    ("en", "An 11.30 matinee was added.", "An eleven thirty matinee was added."),
    ("en", "Our 21.05 flight to Rome left late.", "Our twenty one o five flight to Rome left late."),
    ("en", "There is a 13.20 slot free on Friday.", "There is a thirteen twenty slot free on Friday."),
    ("en", "He missed his 9.40 appointment.", "He missed his nine forty appointment."),
    # a file's mode after chmod or umask (en._file_mode)
    ("en", "Type chmod 700 on the folder.", "Type chmod seven zero zero on the folder."),
    ("en", "She ran chmod -R 750 on the share.", "She ran chmod dash R seven five zero on the share."),
    ("en", "Set umask 077 for the service.", "Set umask zero seven seven for the service."),
    ("en", "Try sudo chmod 664 notes.txt now.", "Try sudo chmod six six four notes dot txt now."),
    ("en", "A chmod 0600 keeps it private.", "A chmod zero six zero zero keeps it private."),
    # "opt." before a phone menu's number (words._STOP_ONLY)
    ("en", "Dial in and press opt. 6 for help.", "Dial in and press option six for help."),
    ("en", "Choose opt. 7, then enter your code.", "Choose option seven, then enter your code."),
    ("en", "Opt. 1 is for new claims.", "Option one is for new claims."),
    ("en", "Select Opt. 8 for the front desk.", "Select Option eight for the front desk."),
    # a king's name that is also a given name (romans._REGNAL, facts.REGNAL_LIMITS, romans._PRONOUN_PRESENT_AFTER)
    ("en", "The reign of Carol II ended in 1940.", "The reign of Carol the second ended in nineteen forty."),
    ("en", "Carol I was crowned in 1881.", "Carol the first was crowned in eighteen eighty one."),
    ("en", "Mihai I died in Switzerland.", "Mihai the first died in Switzerland."),
    ("en", "Michael I know it hurts.", "Michael I know it hurts."),
    ("en", "Mihai I hope you slept well.", "Mihai I hope you slept well."),
    ("en", "After Carol I the crown passed on.", "After Carol the first the crown passed on."),
    ("en", "Michael I thought long about it.", "Michael the first thought long about it."),
]
_LEFT = [
    ("en", "There is a 12.50 service charge.", "There is a twelve point five zero service charge."),
    ("en", "A 1.25 start is rare in the odds.", "A one point two five start is rare in the odds."),
    ("en", "She clocked a 10.45 finish in the heat.", "She clocked a ten point four five finish in the heat."),
    ("en", "The book has 755 pages.", "The book has seven hundred fifty five pages."),
    ("en", "The chmod page got 644 views.", "The chmod page got six hundred forty four views."),
    ("en", "Run chmod 755 times? No.", "Run chmod seven five five times? No."),
    ("en", "Many opt. in", "Many opt. in"),
    ("en", "Press 4 for sales.", "Press four for sales."),
    ("en", "Carol, 3 of us are coming.", "Carol, three of us are coming."),
    ("en", "Carol V is not a king.", "Carol V is not a king."),
    ("en", "Carol I know you are there.", "Carol I know you are there."),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "a 19.30 start ", "1.30 tee time ", "0.00 kick-off ", "chmod 755 ", "chmod -R 7", "umask dash R 0",
    "opt. 3 ", "Carol II ", "Carol I think ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))
