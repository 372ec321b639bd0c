"""A Roman numeral glued to a division's letter, a dotted 24-hour time before 'hrs', a dotted time after an event's
noun and 'at', a finishing time after 'in' whose minutes no clock has, a port of four digits after an IP address, and
a fraction's glyph before 'in' and what the inch sizes, in sentence context (tests/fixtures/speech/speech_left58.tsv):
classes the forty-eighth and forty-ninth unit sets, the sport set and the left sets of the fifty-seventh round left
('Stratum IIc', 'Type IIR mask', '10.30 hrs', 'Fireworks at 7.45', 'the second race at 2.30', 'in 28:41',
'192.0.2.1:8080', '2¼ in gauge'). Six classes, 49 rows of our own, each with near misses that must stay as they are
('Type II diabetes', 'Phase III ended', 'took 2.5 hrs', 'lasts 7.5 hrs', 'Shares at 4.50', 'Pints at 3.80', 'leaves
Blyth at 23:45', 'open at 19:30 in the main hall', 'Port 8080 was closed on 192.0.2.7', 'At 10:45 the server at
10.0.0.3', 'scored 2½ in the first test', 'was 7½ in May'), every reading written before the normaliser was run on
them.

FIRST READING 24 of 49 lenient (24 relaxed): tuned 17 of 33, kept 7 of 16 (every third row, index % 3 == 2, kept
aside and scored as a number only). By class, tuned and kept: a numeral glued to a division's letter 3/6 and 1/3, a
dotted time before 'hrs' 4/6 and 2/2, a dotted time after an event and 'at' 1/5 and 1/3, a finishing time after 'in'
3/5 and 1/3, a port after an IP address 2/6 and 0/2, a fraction before 'in' and a noun 4/5 and 2/3. No row was
re-written: every miss was one a listener hears as wrong ('Type I.I.R', 'Stratum IIc' left, 'fourteen point four five
hours', 'three point four zero' for a race's time, 'thirty one to twelve' for a runner's, 'colon eight thousand eighty',
'one and a quarter in gauge').

After the rules below, written from the tuned two thirds' misses, one a class, each with examples of its class of our
own and what only looks like it (below: 25 examples of the six classes and 12 near misses): tuned 17 -> 33 of 33; kept 7
-> 16 of 16 (relaxed the same), with the rules written before the kept third's misses were read. The kept rows are of
the same six classes as the tuned ones (the brief named the classes), so the kept third moving with them says the
rules read their class beyond the rows they were written from, not that an unseen class was read. The rules: a
division's numeral glued to its small letter, a to h, after a stratum's, a layer's, a zone's, an area's, a level's, a
tier's, a band's, a group's, a unit's or a sector's noun (a capital A or B after a numeral of two letters or more),
and a mask's 'Type IIR', are said as a sub-stage is, 'two C' (romans._LETTERED_DIVISION; asked where the numerals'
classes hold a numeral glued to a letter and the provisions' look finds one on the text); a dotted time of two
digits for the hour before 'hrs', or before 'hours' after a word that asks for a time, is the clock's ('hours of'
keeps a length: dotted._DOTTED_HRS); an event's noun just before 'at' (facts.EVENTS_AT: a race, fireworks, a quiz,
bingo, a parade, a church's services ...; not a match, a game or a session, whose odds and prices are named so)
sets the dotted time after it as a schedule's verb does; minutes from 25 to 59 and seconds after 'in' are a length
of time, not a score, out of talk of ratios (clock._minutes_after_in); an IP address's port of three digits or more
is said digit by digit, as a server's name's is; and a fraction's inch before 'in' sizes a gauge, a bore, a hole,
strips, boards, cubes, slices, pieces, tiles and seams too (facts.INCH_SIZED_NOUNS).
'Type IIR mask' and 'Fireworks at 7.45' (unit_tokens48), '10.30 hrs', '192.0.2.1:8080', '2¼ in gauge' and 'Stratum IIc'
(unit_tokens49), 'The second race at 2.30 is the feature.' (left57b), 'First home was D. Lowe (Morpeth) in 28:41, a
course record.' (sport57) and 'Fishing effort in ICES area VIIa ...' (prose_sweep43, its row given the house's 'Eh'
for the letter A) were read after they had been read.

A second round of 16 rows (its '# second round' line), two classes more written after the first six's rules and before
any rule of their own: a span after a code an airline also has ('LH 5–10', 'BA 100–200', 'VS 30–40': the airline's rule
took a span's first number for a flight and dropped its dash) and a span of a school's key stages or years after the
code's glued number ('KS1–2', 'Y7–9': "K.S one-two", the dash unsaid). FIRST READING 6 of 16 lenient (tuned 5 of 11,
kept 1 of 5; by class, tuned and kept: code span 3/5 and 1/3, stage span 2/6 and 0/2). After the rules (an airline's
code and number are no flight before a dash and a digit; 'KS' or 'Y' glued to a number, a dash and a later stage or
year, four at most after it and 13 at most, are said "to"; 7 examples of the classes and 4 near misses below): tuned 11
of 11, kept 5 of 5, lenient; 'KS1–2' (unit_tokens48) was read after it had been read. Relaxed, the house's "K.S", "L.H"
and "B.A" run their letters together where the rows spelled them apart ("k s"): 2 of the 16 rows relaxed, a form and
not a misread.
All 65 rows: first reading 30 lenient (tuned 22 of 44, kept 8 of 21), after the rules 65 (tuned 44, kept 21).
Compared as the thirty-second set compares: case and punctuation ignored, a number's "and" folded and an
initialism's letters run together."""

from __future__ import annotations

import time

import pytest
from sweeps import Sweep, check_linear, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {}

SWEEP = Sweep("speech_left58.tsv", _KNOWN, form=lenient, tagged=True, least=65, styles=8, only=True, each=8,
              any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # a division's numeral glued to its letter (romans._LETTERED_DIVISION)
    ("en", "Finds from Layer IIIb were sieved.", "Finds from Layer three B were sieved."),
    ("en", "Boats in area VIIg need a licence.", "Boats in area seven G need a licence."),
    ("en", "The chalk of Zone IVa is softer.", "The chalk of Zone four Eh is softer."),
    ("en", "Group IIA metals react with water.", "Group two Eh metals react with water."),
    ("en", "Use a Type IIR mask near patients.", "Use a Type two R mask near patients."),
    ("en", "Tier IIb members pay less.", "Tier two B members pay less."),
    # a dotted 24-hour time before "hrs" (dotted._DOTTED_HRS)
    ("en", "Officers arrived at 02.40 hrs.", "Officers arrived at two forty hours."),
    ("en", "The road reopened by 16.20 hrs.", "The road reopened by sixteen twenty hours."),
    ("en", "Kick-off is 15.00 hrs.", "Kick-off is fifteen hundred hours."),
    ("en", "Report at 08.30 hours to the gate.", "Report at eight thirty hours to the gate."),
    # an event's noun before "at" and a dotted time (dotted._EVENT_AT_BEFORE, facts.EVENTS_AT)
    ("en", "A ceilidh at 8.30 ends the day.", "A ceilidh at eight thirty ends the day."),
    ("en", "The final race at 4.10 was delayed.", "The final race at four ten was delayed."),
    ("en", "Mass at 9.30 is in Latin.", "Mass at nine thirty is in Latin."),
    ("en", "The Christmas concert at 7.15 is free.", "The Christmas concert at seven fifteen is free."),
    ("en", "The lecture at 5.45 is full.", "The lecture at five forty five is full."),
    # minutes no clock has and seconds after "in" (clock._minutes_after_in)
    ("en", "Ellis came in 41:17, a minute down.", "Ellis came in forty one minutes seventeen seconds, a minute down."),
    ("en", "The first woman home was in 36:52.", "The first woman home was in thirty six minutes fifty two seconds."),
    ("en", "Our captain got round in 55:01.", "Our captain got round in fifty five minutes one second."),
    ("en", "She was home in 29:40 last year.", "She was home in twenty nine minutes forty seconds last year."),
    # a port of three digits or more after an IP address (telephones._ip)
    ("en", "Its admin page is 10.0.0.2:8443.",
     "Its admin page is one zero dot zero dot zero dot two colon eight four four three."),
    ("en", "Connect to 192.168.0.20:5432 for Postgres.", "Connect to one nine two dot one six eight dot zero dot two"
     " zero colon five four three two for Postgres."),
    ("en", "It binds 0.0.0.0:3000 by default.",
     "It binds zero dot zero dot zero dot zero colon three zero zero zero by default."),
    # a fraction's inch before what it sizes (facts.INCH_SIZED_NOUNS)
    ("en", "Sew with a 1½ in seam.", "Sew with a one and a half inch seam."),
    ("en", "Lay 2½ in boards on the joists.", "Lay two and a half inch boards on the joists."),
    ("en", "A 1¼ in hole takes the pipe.", "A one and a quarter inch hole takes the pipe."),
    ("en", "Slice the leeks into 1¼ in pieces.", "Slice the leeks into one and a quarter inch pieces."),
    # a span after a code an airline also has: no flight (aviation._AIRLINE_FLIGHT)
    ("en", "An LH 20–40 level is high.", "An L.H twenty to forty level is high."),
    ("en", "Aim for a TK 40–60 score.", "Aim for a T.K forty to sixty score."),
    ("en", "The AF 70–200 lens is sharp.", "The A.F seventy to two hundred lens is sharp."),
    # a span of school stages or years after the code's glued number (ranges._STAGE_SPAN)
    ("en", "Our KS2–3 club meets weekly.", "Our K.S two to three club meets weekly."),
    ("en", "Y7-8 pupils go first.", "Y seven to eight pupils go first."),
    ("en", "Books for Y12–13 are on loan.", "Books for Y twelve to thirteen are on loan."),
    ("en", "The KS4-5 fair is in June.", "The K.S four to five fair is in June."),
]
_LEFT = [
    # a name after a division's noun, and a numeral with no letter glued to it
    ("en", "The area Xi visited was poor.", "The area Xi visited was poor."),
    ("en", "Zone II is closed.", "Zone two is closed."),
    # a length of hours: "of" after it, and "hours" with no word asking for a time
    ("en", "He logged 12.50 hrs of flying.", "He logged twelve point five hours of flying."),
    ("en", "The job took 10.25 hours.", "The job took ten point two five hours."),
    # a price after what is no event
    ("en", "Fuel at 1.45 a litre is dear.", "Fuel at one point four five a litre is dear."),
    ("en", "Sterling at 1.27 fell again.", "Sterling at one point two seven fell again."),
    # a ratio after "in" in talk of mixing, and seconds past 59
    ("en", "Mix the paint in 30:45 parts.", "Mix the paint in thirty to forty five parts."),
    ("en", "Dilute it in 25:75 parts.", "Dilute it in twenty five to seventy five parts."),
    # a port of two digits stays a number; a count before an address is no port
    ("en", "Log in on 10.0.0.9:22 first.", "Log in on one zero dot zero dot zero dot nine colon twenty two first."),
    ("en", "Send 8080 units to 10.0.0.9.", "Send eight thousand eighty units to one zero dot zero dot zero dot nine."),
    # a fraction before "in" and what it is no inch of
    ("en", "She won 2½ in all.", "She won two and a half in all."),
    ("en", "Only 1½ in ten agreed.", "Only one and a half in ten agreed."),
    # an airline's code before one number is its flight
    ("en", "We took BA 117 to New York.", "We took B.A one seventeen to New York."),
    ("en", "EZY 8571 was delayed.", "E.Z.Y eighty five seventy one was delayed."),
    # a year's code before what runs backwards or past four years is no span of years (a room's, a result's code)
    ("en", "The Y5-2 result stood.", "The Y five-two result stood."),
    ("en", "Room Y3-18 is locked.", "Room Y three-eighteen is locked."),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "Layer IIc ", "area VIIa Type IIR ", "IIc ", "at 10.30 hrs ", "from 14.45 hours ", "10.30 hrs of ",
    "race at 3.40 ", "fireworks at ", "in 28:41 ", "mix in 30:45 ", "10.0.0.1:8080 ", "1¼ in gauge ",
    "BA 100–200 ", "BA 10-", "KS1–2 ", "Y7-8 ", "KS1-", "Y",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))


def test_event_times_stay_linear_on_four_times_the_text() -> None:
    # each dotted time after an event's "at" looks back a bounded way and then for prices near: 104 KB of them take
    # less than six times as long as 26 KB
    def seconds(size: int) -> float:
        text = "Bingo at 7.15 and the race at 3.40, " * (size // 36)
        started = time.perf_counter()
        speakable(text, "en")
        return time.perf_counter() - started

    assert seconds(104_000) < 6 * seconds(26_000)


def test_divisions_stay_linear_on_four_times_the_text() -> None:
    # a division's word is looked for just before each numeral glued to its letter, a loop over them: 104 KB of them
    # take less than six times as long as 26 KB
    def seconds(size: int) -> float:
        text = "Stratum IIc and area VIIa, " * (size // 27)
        started = time.perf_counter()
        speakable(text, "en")
        return time.perf_counter() - started

    assert seconds(104_000) < 6 * seconds(26_000)
