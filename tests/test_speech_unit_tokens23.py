"""A twenty-third author's short items in six of the twelve unit categories (date, time, ordinal, roman, electronic
and telephone; h195's twenty-second set takes the other six), out of context as NeMo's test files give them
(tests/fixtures/speech/unit_tokens23.tsv: shipping schedules' ETA and ETD, school terms and timetables, TV listings,
appointment letters, trains with platforms, gates and boarding, tide tables, sunrise and sunset, shift rotas, court
listings, opening hours across midnight, time zones written many ways, syslog, Apache and RFC 2822 dates, fiscal years,
quarters and halves, academic years, Japanese and Chinese era years, popes, kings and ships, films and games, clock
faces, outlines and statutes, anniversaries, floors, streets, peers and regiments, superscript ordinals, e-mail plus
tags, Windows and Unix paths, URLs with ports and queries, hashtags, IPv4, IPv6, MAC addresses, versions, and
telephones of India, Japan, South Africa, Mexico, Nigeria, Ireland, New Zealand and Singapore with toll-free, short and
emergency codes): a twenty-third estimate of the unit score on text nobody here tuned for. 438 were written; 149
repeated the earlier sets and were dropped before any run.

FIRST READING 203 of 289 (70.2%) relaxed and 242 (83.7%) lenient: date 44/51, time 23/48, ordinal 43/49, roman 36/44,
electronic 20/48, telephone 37/49 relaxed; date 45/51, time 44/48, ordinal 44/49, roman 36/44, electronic 36/48,
telephone 37/49 lenient. The relaxed misses past the lenient ones are the house's 'a m' and initialisms run together.
After the first reading 18 rows gained a form of what they already said, never a misread (the house's 'o' for a
nought, an initialism's letters run together, 'eh' for the letter A, an international number's bracketed trunk zero
left unsaid), and one a reading first left out (a season's two clipped years said as a pair).

Every third row (the rows at places 2, 5, 8, ...) was kept aside while the first rules were written: it read 79 of
96 lenient before and 80 after (its misses were listed once, after the first rules; no rule was written for one of
them, but the brief's left forms held one of its classes, a stamp's seconds before Zulu's "Z"); the tuned two thirds
168 of 193 before and 174 after. After h196's rules: 225 (77.9%) relaxed and 254 (87.9%) lenient (the base 218 and
247 on the same readings). The 35 left (36 by this test's stricter form: a hashtag's split letters) are the known
misses below, each with its class's reason; h205's rules read five more ('© MMXXVII', 'fd00::/8', '[::1]:8080',
'a4-5e-60-e8-1f-0b', 'C:/Windows/System32'), 30 left.
Compared as the nineteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together.
"Appt 09:40" was read after it had been read: an appointment's short form is among the notices' short words
(facts.NOTICE_FORMS)."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

_AMBIGUOUS_GROUPS = ("two groups of four digits with no label, no plus and no leading zero are two counts, a score or"
                     " a catalogue's numbers as often as a number to dial")
_LINK = "the house says 'a link' for a web address with a path after a short host or a query: a choice, not a misread"
_BORN = ("'b.' and 'm.' before a bare year at a line's head are an outline's items as often (records.py reads them"
         " with a register's bound or 'd.')")
# Items read wrongly out of context and left: each needs context the item does not give, or is another's module.
_KNOWN = {
    "[06/Dec/2026:10:22:07 +0000]": ("a web server's log stamp in brackets, its parts joined by slashes and colons,"
                                     " is a log's line: read in a log's context, not alone"),
    "b. 1952": _BORN,
    "m. 1978": _BORN,
    "d. 1 Jan 1901": ("'d.' before a full date at a line's head is died; records.py reads it before a bare year only,"
                      " an outline's 'd.' item being as likely before a date"),
    "1400L": "four digits and a capital L are litres as often as an aviator's local time",
    "30th fl": "'fl' after an ordinal without its stop is a fluid's or a word's start as often; '30th fl.' is read",
    "Shamrock V": "a lone V after a name that is no ruler's or series' is a letter as often",
    "IIII": "four I's alone are a clock face's four, and a list's marks or a label as often",
    "10.1.1.1:53": "the house reads an address's numbers digit by digit ('one zero'), a choice",
    "bit.ly/3xYz": _LINK,
    "https://example.co.za/?ref=tw": _LINK,
    "news@bbc.co.uk?subject=hi": "an address with a mail link's query is a link's; the query's signs are kept",
    "D:\\data\\2026\\q3.csv": "a year as a path's folder is read digit by digit with the path's numbers, a choice",
    "v2.0.0+build.5": "a version's build metadata after a plus is a sum's or a tag's as often",
    "9123 4567": _AMBIGUOUS_GROUPS,
    "6221 1234": _AMBIGUOUS_GROUPS,
    "55 5123 4567": _AMBIGUOUS_GROUPS,
    "6123 4567 ext 12": _AMBIGUOUS_GROUPS,
    "0800 1111": ("after a freephone's code four digits that are also a 24-hour time ('1111') are a timetable's two"
                  " times as often ('0800 1111')"),
    "1850 20 30 40": "a year and three tens ('1850 20 30 40') are a list of numbers as often as Ireland's lo-call",
    "SMS 'HELP' to 60099": "a short code after a quoted keyword: the text-to rule reads one bare word only",
    "999/112": "two emergency numbers joined by a slash are a fraction's or a score's as often",
    "Mk.VI": "a mark's numeral glued to its stop is a code's as often; 'Mk. VI' and 'Mk VI' are read",
    "#LDNmarathon": "a hashtag's capitals glued to a word ('LDNmarathon') are split after the word's first capital",
    "HKLM\\Software": "a registry's hive before a backslash: a Windows path without a drive's letter",
    "M:\\Finance\\FY27": "'FY27' in a path is read as a path's letters and digits, not a fiscal year",
}

SWEEP = Sweep("unit_tokens23.tsv", _KNOWN, form=lenient, least=280, styles=6, only=True, each=40,
              earlier=first("unit_tokens", 21), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # a small numeral after a chapter's, a part's or a book's short form (h196, romans.py)
    ("Pt. vi", "Part six"),
    ("Ch. xii", "Chapter twelve"),
    ("see bk. iv", "see book four"),
    ("CH. xii", "Chapter twelve"),
    ("Bk. mi", "Bk. mi"),  # guard: no numeral
    ("Pt. il", "Pt. il"),  # guard: no valid numeral
    # a part, a schedule or a chapter and its letter (h196, romans.py)
    ("Part IIB", "Part two B"),
    ("Part IA and Part IB", "Part one Eh and Part one B"),
    ("Schedule IIIB", "Schedule three B"),
    ("Part ID number", "Part I.D number"),  # guard: an identifier
    ("Part IIAB", "Part I.I.A.B"),  # guard: two letters
    # an ordinal's floor after a hyphen, an anniversary's capital (h196, words.py)
    ("14th-fl.", "fourteenth-floor."),
    ("a 3rd-fl. office", "a third-floor office"),
    ("25th Wedding Anniv.", "twenty fifth Wedding Anniversary."),
    ("the 3rd-fl", "the third-fl"),  # guard: no stop
    # an international number with its area code in brackets (h196, telephones.py)
    ("+52 (81) 8123-4567", "plus five two, eight one, eight one two three, four five six seven"),
    ("+44 (20) 7946 0018", "plus four four, two zero, seven nine four six, zero zero one eight"),
    ("+44 (0)20 7946 0018", "plus four four, two zero, seven nine four six, zero zero one eight"),
    ("+10 (20) 30 40", "plus ten (twenty) thirty forty"),  # guard: too few digits to dial
    ("+2 (3) 4", "plus two (three) four"),  # guard
])
def test_numerals_ordinals_and_numbers_to_dial(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a form's label that opens the text or a sentence, glued to its number by a colon (h196, citations.py)
    ("Age:25", "Age: twenty five"),
    ("Name: Ann. Height:180", "Name: Ann. Height: one hundred eighty"),
    ("as the study found:23", "as the study found:"),  # guard: a flattened footnote still
    # a time with seconds before Zulu's letter (h196, clock.py)
    ("10:22:07Z", "ten twenty two and seven seconds Zulu"),
    ("1:23:45Z", "one hour twenty three minutes and forty five seconds Zulu"),  # guard: an hour of one digit
    ("10:22:07", "ten hours twenty two minutes and seven seconds"),  # guard: no zone
    # a year and three digits before a maker's word for what it sells (h196, numericdates.py)
    ("the 2019-200 range", "the twenty nineteen to two hundred range"),
    ("a 2020-150 series", "a twenty twenty to one hundred fifty series"),
    ("2026-340", "day three hundred forty of twenty twenty six"),  # guard: the ordinal date still
    # a span of pence or cents with the letter at both ends (h196, money.py)
    ("5p–10p", "five to ten pence"),
    ("a 20c-50c rise", "a twenty to fifty cents rise"),
    ("480p-720p", "four hundred eighty p-seven twenty p"),  # guard: a video's lines
    ("Figure 3c-4c", "Figure three c-four cents"),  # guard: a label's
    # two weekdays with their days joined by a dash (h196, weekdays.py)
    ("Sat 12th–Sun 13th", "Saturday the twelfth to Sunday the thirteenth"),
    ("Friday 4th - Sunday 6th", "Friday the fourth to Sunday the sixth"),
    ("Sat 12th–Sun", "Sat twelfth-Sun"),  # guard: no day after the second
    # an emergency number before where it is dialled (h196, telephones.py, facts.EMERGENCY_REGIONS)
    ("112 (EU)", "one one two (E.U)"),
    ("Dial 999 (UK) now", "Dial nine nine nine (U.K) now"),
    ("911 (US), 000 (Australia)", "nine one one (U.S), zero zero zero (Australia)"),
    ("Porsche 911 (USA)", "Porsche nine eleven (U.S.A)"),  # guard: a car's name
    ("Seats: 112 (EU)", "Seats: one hundred twelve (E.U)"),  # guard: a count after its label
    # stoppage time with the mark before the sign (h196, sports.py)
    ("45'+2", "forty five plus two'"),
    ("in the 90'+3.", "in the third minute of stoppage time."),
    ("the 12'+3", "the twelve'+three"),  # guard: no half's end
])
def test_labels_stamps_spans_and_services(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("lead", "token"), [
    ("", "Age:25 "),
    ("", "10:22:07Z "),
    ("", "the 2019-200 range "),
    ("", "5p-10p "),
    ("", "Sat 12th-Sun 13th "),
    ("", "112 (EU) "),
    ("", "45'+2 "),
    ("", "Pt. vi "),
    ("", "Part IIA "),
    ("", "Part I "),
    ("", "14th-fl. "),
    ("", "+52 (81) 8123-4567 "),
    ("", "+52 (81) "),
    ("", "(81) 8123 "),
])
def test_the_new_rules_stay_linear(lead: str, token: str) -> None:
    check_linear(token, read=lambda text: speakable(lead + text, "en"))
