"""A number to call in brackets, round tens of seconds beside a setting's name of time, and a timetable's "dep" and
"arr" before a clock time with its colon, in sentence context (tests/fixtures/speech/speech_spot58.tsv): classes found
reading everyday sentences (club ride and walk sheets, surgery notices, release notes, travel itineraries). Three
classes, 30 rows of our own, each class with near misses that must stay as they are (a measure, a span of years, a
decimal in brackets; decades owned or dated, "her 30s", "the 1980s and 90s"; a clock time with no timetable's word, a
pirate's "Arr"), every reading written before the normaliser was run on them.

FIRST READING 9 of 30 lenient and relaxed: tuned 7 of 20, kept 2 of 10 (every third row, index % 3 == 2, kept aside).
By class, tuned and kept: bracketed 3/7 and 0/3, seconds 1/7 and 2/3, timetable 3/6 and 0/4 (every near miss read
right; every class row missed but one, an international number after its plus, read right as it was).

After the rules below, written from the tuned two thirds' misses, one a class, each with examples of its class of our
own and what only looks like it (below: 15 examples of the classes and 10 near misses): 30 of 30, lenient and relaxed.
Tuned 7 -> 20 of 20; kept 2 -> 10 of 10. One tuned row was given the house's form before it passed: a timetable's
"+1" after an arrival is said "plus one" (clock._NEXT_DAY's choice), where the row had written "the next day" or
"plus one day". The rules: a number to call in brackets is read as it is bare ("(07700 900461)": "nine hundred
thousand four hundred sixty one" it was), the opening bracket no longer barring the British, Irish, American, free and
paired shapes; round tens glued to their "s" within a few words of a setting's name of time (facts.TIME_SETTINGS:
timeout, delay, interval, TTL, expiry, limit...) and at a clause's end are seconds, the old value and the new ("30s (was
10s)": "thirties (was tens)" it was, two tens on a line being taken for decades), unless a decade is owned or dated
nearby; a timetable's "dep" and "arr" before a clock time with a colon are "departure" and "arrival", as before a
dotted time or four digits.
The kept third's misses at the first reading, read once at the end: three bracketed numbers, one setting's seconds and
four timetable times, all of the tuned part's classes; the kept third moved 2 -> 10.
Compared as the thirty-second set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together.
"""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {}

SWEEP = Sweep("speech_spot58.tsv", _KNOWN, form=lenient, least=30, styles=3, only=True, each=10, any_case=True)
globals().update(sweep_tests(SWEEP))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # a number to call in brackets, read as it is bare (telephones: the opening bracket no longer bars its shapes)
    ("en", 'Treasurer: Ken (01865 270000)', 'Treasurer: Ken (zero one eight six five, two seven zero zero zero zero)'),
    ("en", 'Lost property (02 9876 5432) in Sydney.',
     'Lost property (zero two, nine eight seven six, five four three two) in Sydney.'),
    ("en", 'The kit man (555-0142) has the keys.', 'The kit man (five five five, zero one four two) has the keys.'),
    ("en", 'Coach hire (0800 11 22 33) is booked.',
     'Coach hire (zero eight zero zero, one one, two two, three three) is booked.'),
    ("en", 'Box office (1800 123 456)', 'Box office (one eight zero zero, one two three, four five six)'),
    ("en", 'Secretary Ann (212 555 0176)', 'Secretary Ann (two one two, five five five, zero one seven six)'),
    # round tens of seconds near a setting's name of time (eras._setting_seconds, facts.TIME_SETTINGS)
    ("en", 'The keepalive is 20s and the retry backoff 40s.',
     'The keepalive is twenty seconds and the retry backoff forty seconds.'),
    ("en", 'Token expiry: 90s (formerly 30s).', 'Token expiry: ninety seconds (formerly thirty seconds).'),
    ("en", 'The refresh timer was raised from 20s to 50s in this release.',
     'The refresh timer was raised from twenty seconds to fifty seconds in this release.'),
    ("en", 'Time limit 40s per question, 60s for the final.',
     'Time limit forty seconds per question, sixty seconds for the final.'),
    ("en", 'The idle timeout is 30s, not 60s.', 'The idle timeout is thirty seconds, not sixty seconds.'),
    # a timetable's "dep" and "arr" before a clock time with its colon (clock._TIMETABLE_CLOCK)
    ("en", 'Bus dep 08:05, arr 09:50.', 'Bus departure eight o five, arrival nine fifty.'),
    ("en", 'Dep 16:20 Gatwick, Arr 19:05 Faro.', 'Departure sixteen twenty Gatwick, Arrival nineteen o five Faro.'),
    ("en", 'ARR 22:35 (local)', 'arrival twenty two thirty five (local)'),
    ("en", 'Night train dep. 23:10, arr. 06:55',
     'Night train departure twenty three ten, arrival six fifty five'),
]
_LEFT = [
    # numbers in brackets that are no number to call: a range of words, a count, a measure
    ("en", 'Essays (200-300 words) are due.', 'Essays (two hundred to three hundred words) are due.'),
    ("en", 'Turnout (1,500 people) was high.', 'Turnout (one thousand five hundred people) was high.'),
    ("en", 'The gap (0.25 in) closed.', 'The gap (zero point two five inches) closed.'),
    # a span of years in brackets, the shape of a local number's three and four digits but its second led by no zero
    ("en", "Rollo's line (911-1204) ruled Normandy.",
     "Rollo's line (nine hundred eleven to twelve o four) ruled Normandy."),
    # decades: no setting's name of time near them, or owned by "his" beside one, or describing a noun after it
    ("en", 'Songs of the 50s and 60s played all night.', 'Songs of the fifties and sixties played all night.'),
    ("en", 'His delay in his 40s and 50s was a mystery.', 'His delay in his forties and fifties was a mystery.'),
    ("en", 'A limit on 80s tracks.', 'A limit on eighties tracks.'),
    # "dep" before a number that is no clock time, and "arr" and "dep" parted from the time by other words
    ("en", 'Dep 3 (Sales) met at 10:00.', "Dep three (Sales) met at ten o'clock."),
    ("en", 'The arr/dep board froze at 14:10.', 'The arr or dep board froze at fourteen ten.'),
    ("en", 'Check-in 10:30, boarding 11:05.', 'Check-in ten thirty, boarding eleven o five.'),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "(01632 960845) ", "(555-0142) ", "(911-1204) ", "(0800 11 22 33) ", "(0", "timeout 30s (was 10s) ", "30s, ",
    "the 30s ", "timeout ", "dep 11:20 ", "dep ", "arr 1:20+1 ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))
