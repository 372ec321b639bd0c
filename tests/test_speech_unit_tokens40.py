"""A fortieth author's short items in six of the twelve unit categories (date, time, ordinal, roman, electronic and
telephone), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens40.tsv: court listings
and hearing times, parliamentary sittings, exam timetables, ferry sailings, radio schedules, doors and curfews,
medication schedules, prayer and service times, shifts, durations in ISO form, recurring meetings, fiscal quarters and
weeks, eras and other calendars, feast days of other faiths, patriarchs, catholicoi and other titled rulers, ships,
horses, sequels and games, package version ranges, container images, drive letters and network shares, links with
queries and fragments, e-mail addresses with plus tags, cloud regions and instance types, shell commands, and
telephones of countries the earlier sets drew on least, Irish numbers, freephone, premium and short codes): a
fortieth estimate of the unit score on text nobody here tuned for. 425 were written; 143 repeated the first
thirty-nine sets (case ignored) and were dropped before any run, and the 14 last written past the time, electronic and
roman shares were left out, 268 in all (time 60, electronic 60).

FIRST READING 227 of 268 (84.7%) relaxed and 239 (89.2%) lenient (the benchmark's relaxed_form and lenient_form):
date 33/39, time 48/60, ordinal 36/36, roman 24/36, electronic 49/60, telephone 37/37 relaxed; date 38/39, time
54/60, ordinal 36/36, roman 24/36, electronic 50/60, telephone 37/37 lenient. Every third row (index % 3 == 2, 89
rows) was kept aside: 79 of them lenient at the first reading, 160 of the other 179.

Four rows of the tuned part were then given forms they lacked, none a change of reading: a network's first octet
said digit by digit ('10.0.0.0/16', '10.10.0.1/32'), as the earlier sets accept for an address's octets; a build's
number after its word with the stop unsaid ('v10.1.0+build.7', "plus build seven"); and a zone's letter 'a' said as
the letter's name ('eu-central-1a', "one Eh"), as the earlier sets accept. So counted, the first reading is 231
relaxed and 243 lenient (tuned 164 of 179, kept 79 of 89).

After the rules below, written from the tuned two thirds' misses before the kept third's were read: 247 (92.2%)
relaxed and 259 (96.6%) lenient: date 34/39, time 52/60, ordinal 36/36, roman 34/36, electronic 54/60, telephone
37/37 relaxed; date 39/39, time 58/60, ordinal 36/36, roman 34/36, electronic 55/60, telephone 37/37 lenient.
Tuned 164 -> 177 of 179; kept 79 -> 82 of 89: the kept rows that moved are of the tuned class of titled rulers
('Patriarch Athenagoras I', 'Patriarch Theophilos III', 'Aga Khan V'); the kept misses left are the same class reached
only in part (a title two names before the numeral, the Church of the East's 'Mar'), the documentation domain's
'.example' the tuned part met once, a time after a label no list holds, a pin's wildcard and an instance's size.
The rules: a patriarch's, a catholicos's and a traditional ruler's title before a name ("Patriarch Daniel I",
"Catholicos Karekin II", "Oba Ewuare II") and a title held in succession ("Aga Khan IV", "Dalai Lama XIV") make the
numeral a reign's; an exam's and a court's timetable is talk of the clock for a dotted span ("Paper 2, 9.00–10.45");
a whole hour to a dotted time is a span of the clock in such talk ("surgery 8–11.30 Sat"); a dotted time before
"sharp" or an invitation's "for" ("8.00 sharp", "9.45 for 10"); a version range's bars and tilde ("^1.2 || ~2.0");
a cloud zone's letter after its region ("us-west-2b"); and a weekday before a date whose day and month could be either
way round settles the order by the one that falls on it ("Thurs 10/12/26"). Each with examples of its class of our
own and what only looks like it (below): 47 examples of the classes, 19 of them near-misses that must not change.
Compared as the nineteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together.

Seven of the known misses were read after they had been read, by a later set's rules written for their classes
(tests/test_speech_left55.py): "last sailing 21.40" (a timetable's first, last or next of what runs to the clock),
"Patriarch Ignatius Aphrem II" and "Mar Awa III" (a church's title names before the numeral), "shop.example/search?
q=tea&page=2" and "exam-board.example/results#paper-2" (the endings set aside for examples), "pandas==2.2.*" (a pin's
wildcard) and "c6g.2xlarge" (an instance's size led by its multiple)."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, or is another class's.
_KNOWN: dict[str, str] = {
    "06:00, 14:00, 22:00": ("a list of 24-hour times on the hour: the first, led by its zero, is said 'six o'clock'"
                            " and the others 'fourteen hundred', each a reading, where the row asks for one form"
                            " throughout"),
    "booking.example/?ref=radio4": ("a page's address with only a referrer's query after it is said 'a link', as"
                                    " 'booking.com/?ref=radio4' is: the house's choice for a tracking link"),
}

SWEEP = Sweep("unit_tokens40.tsv", _KNOWN, form=lenient, least=260, styles=6, only=True, each=36,
              earlier=first("unit_tokens", 39), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # a patriarch's, a catholicos's or a traditional ruler's title before a name; a title held in succession (romans.py)
    ("en", "Patriarch Pavle II", "Patriarch Pavle the second"),
    ("en", "Catholicos Garegin I", "Catholicos Garegin the first"),
    ("en", "Oba Akenzua II", "Oba Akenzua the second"),
    ("en", "Raja Rajendra I", "Raja Rajendra the first"),
    ("en", "the Aga Khan III", "the Aga Khan the third"),
    ("en", "Panchen Lama X", "Panchen Lama the tenth"),
    # an exam's and a court's timetable is talk of the clock for a dotted span (dotted.py)
    ("en", "Maths exam 13.30–15.00", "Maths exam thirteen thirty to fifteen hundred"),
    ("en", "Hearing 10.00–12.30", "Hearing ten o'clock to twelve thirty"),
    ("en", "Chemistry paper 2.15–3.45", "Chemistry paper two fifteen to three forty five"),
    # a whole hour to a dotted time, in talk of the clock or of what keeps hours (dotted.py)
    ("en", "Surgery 8–11.30", "Surgery eight to eleven thirty"),
    ("en", "open 9–5.30 Sat", "open nine to five thirty Sat"),
    ("en", "Lunch 12–2.30", "Lunch twelve to two thirty"),
    ("en", "library 9-7.45", "library nine to seven forty five"),
    # a dotted time before "sharp", or an invitation's time to arrive before the time things begin (dotted.py)
    ("en", "Meet 6.45 sharp", "Meet six forty five sharp"),
    ("en", "starts 7.30 sharp", "starts seven thirty sharp"),
    ("en", "Drinks 6.30 for 7", "Drinks six thirty for seven"),
    ("en", "dinner 7.15 for 7.45pm", "dinner seven fifteen for seven forty five PM"),
    # a version range's bars, and a tilde in such a range (coderefs.py)
    ("en", "^2.0.0 || ^3.0.0", "caret two point zero point zero or caret three point zero point zero"),
    ("en", "~1.4 || ~1.5", "tilde one point four or tilde one point five"),
    ("en", ">=1.2 <2 || ^3.1", "at least one point two less than two or caret three point one"),
    ("en", "1.x || 2.x", "one point x or two point x"),
    # a weekday before a date whose day and month could be either way round: the order falling on it (numericdates.py)
    ("en", "Tues 8/12/26", "Tuesday the eighth of December twenty six"),
    ("en", "Friday 11/12/2026", "Friday the eleventh of December twenty twenty six"),
    ("en", "Sat 3/10/2026", "Saturday the third of October twenty twenty six"),
    ("en-gb", "Wednesday 3/4/2026", "Wednesday March fourth twenty twenty six"),
    # a cloud zone's letter after its region's number (netnames.py)
    ("en", "us-west-2b", "U.S west two B"),
    ("en", "ap-northeast-1c in Tokyo", "A.P northeast one C in Tokyo"),
    ("en", "Launch it in us-east-1a and us-east-1b.", "Launch it in U.S east one Eh and U.S east one B."),
]
_LEFT = [
    ("en", "Imran Khan II", "Imran Khan two"),
    ("en", "Lama IV", "Lama four"),
    ("en", "Tell Patriarch Daniel I said hello", "Tell Patriarch Daniel I said hello"),
    ("en", "paper 2.10–3.00 mm thick", "paper two point one to three millimeters thick"),
    ("en", "Exam scores 2.50–3.75", "Exam scores two point five zero to three point seven five"),
    ("en", "pH 6–7.5", "pH six to seven point five"),
    ("en", "the ratio 2–3.25", "the ratio two to three point two five"),
    ("en", "grew 2–3.50%", "grew two to three point five percent"),
    ("en", "8–11.30 kg", "eight to eleven point three kilograms"),
    ("en", "2.50 for 3", "two point five zero for three"),
    ("en", "sold 2.30 for 3 tickets", "sold two point three zero for three tickets"),
    ("en", "a || b", "a || b"),
    ("en", "~2.0 kg", "about two point zero kilograms"),
    ("en", "cond1 || cond2", "cond one || cond two"),
    ("en", "us-based-1a", "us-based one Eh"),
    ("en", "Monday 5/6/2026", "Monday May sixth twenty twenty six"),  # neither order falls on a Monday
    ("en", "Thursday 7/1/2027", "Thursday July first twenty twenty seven"),  # both fall on a Thursday
    ("en", "on 10/12/26", "on October twelfth twenty six"),
    ("en", "eu-west-1ab", "eu-west one ab"),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "Patriarch Ab II ", "Aga Khan IV ", "Surgery 8–11.30 ", "1-1.11 ", "7.30 for 8 ", "1.15 for 1.30 ", "8.00 sharp ",
    "^1.2 || ~2.0 ", "1 || ", "~1.1 ", "us-west-2b ", "eu-west-1", "Thurs 10/12/26 ", "Monday 1/1/26 ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))
