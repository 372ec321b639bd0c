"""A thirty-eighth author's short items in six of the twelve unit categories (date, time, ordinal, roman, electronic and
telephone), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens38.tsv: school and
university terms, religious festivals and feast days, tide tables and the shipping forecast, fixture lists and
kick-off times, flight status boards, opening hours on shop doors, festival stage times, TV schedules across zones,
stock exchange hours, hotel check-in and check-out, release dates and financial years, git and CI logs, web addresses
of charities and councils, event handles and hashtags, helplines and extensions, and telephones of Africa, Asia and
Latin America): a thirty-eighth estimate of the unit score on text nobody here tuned for. 321 were written; 87
repeated the first thirty-seven sets (case ignored) and were dropped before any run, and the 14 last written past the
roman and ordinal shares were left out, 220 in all (time 51, electronic 47).

FIRST READING 199 of 220 (90.5%) relaxed and 205 (93.2%) lenient (the benchmark's relaxed_form and lenient_form):
date 31/31, time 46/51, ordinal 28/28, roman 26/30, electronic 36/47, telephone 32/33 relaxed; date 31/31, time
48/51, ordinal 28/28, roman 26/30, electronic 40/47, telephone 32/33 lenient (204 by this file's form). Every third
row (index % 3 == 2, 73 rows) was kept aside: 66 of them read at the first reading by this file's form, 138 of the
other 147.

Two rows were then mended, neither a misread given its reading: a shell variable's name said without its underscore
('$GITHUB_SHA', as the thirty-sixth set's 'DATABASE_URL' accepts) and a tag's 'v' said 'version' (as this set's other
versions accept; this row is of the kept third, and its reading was seen before it was mended). On the set as it
stands the first reading is 201 relaxed and 207 lenient (206 by this file's form: tuned 139 of 147, kept 67 of 73).

After the rules below, written from the tuned two thirds' misses before the kept third's were read: 205 (93.2%)
relaxed and 211 (95.9%) lenient: date 31/31, time 47/51, ordinal 28/28, roman 26/30, electronic 41/47, telephone
32/33 relaxed; date 31/31, time 49/51, ordinal 28/28, roman 26/30, electronic 45/47, telephone 32/33 lenient (210 by
this file's form). Tuned 139 -> 143 of 147; kept 67 -> 67 of 73: the kept third's misses are other classes (a
four-digit time after a label no list names, a French hour said 'o'clock', a hashtag's glued words, a workflow's
action) or rulers' names the list still lacks ('Farouk I', 'Fuad I').
The rules: a command's long option opening the text ('--no-cache'), git's short options and the branch after '-b',
'-c' or '-d' ('git checkout -b fix/login'), a festival's running order as talk of the clock for a dotted span ('Stage B
20.10–21.00'), no dotted span of the clock before a measure's unit ('a surgery of 2.10–3.00 m', which was read
"three o'clock m"), and a calendar version after a version's word ('build 2026.03.1', read as a date); each with
examples of its class of our own and what only looks like it (below).
Compared as the nineteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together.

Read after the set was written, by rules of another author written the same round from examples of their own classes
(test_speech_code_and_names_left.py), and so no unseen reading of this set: the rulers 'Zog I' (tuned), 'Farouk I' and
'Fuad I' (kept), by the list of rulers that gained them; and 'git -C repo status', which this file kept as a thing
only like git's options, is said 'git dash C repo status' by the shell's short options, as a command's options are.
'ends 23h00' (a kept row) read after it had been read, by a later rule for French-style hours in English text, written
from examples of its own (tests/test_speech_units_electronic_left55.py): an hour after noon on the hour is 'twenty three
hundred'. 'Metal Gear Solid V' (a tuned row) read after it had been read, by 'Solid' and 'Quest' added to the series
numbered in Roman numerals (facts.NUMBERED_SERIES), with examples of its own ('Dragon Quest V'): a word added to a
list, and so no unseen reading. '#EdFringe' (a kept row) read after it had been read, by a tag's two opening letters
parted from the capitalised word after them unless they are a name's particle, a rule written from examples of its own
('#KyDerby', '#EdTech') after this set's row was seen."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

_RULER_NAME = ("a ruler's name the list of rulers does not hold: a capitalised name before a numeral is a model's, a"
               " sequel's or a person's initial as often")
# Items read wrongly out of context and left: each needs context the item does not give, or is another class's.
_KNOWN: dict[str, str] = {
    "Shipping Forecast 0520": ("four digits after a label no list of the clock's labels holds are a code's or a"
                               " count's as often: said digit by digit"),
    "actions/checkout@v4": ("a workflow's action by its owner, name and tag: the slash is read 'or' and the '@' left"
                            " glued to the tag"),
    "release/2026.4": ("a branch's kind before a version's number: the number is read before the slash, and the"
                       " slash is then read 'or' between two words"),
    "x4521": "an extension's 'x' with no number before it is a code's letter as often: read as a letter",
}

SWEEP = Sweep("unit_tokens38.tsv", _KNOWN, form=lenient, least=220, styles=6, only=True, each=28,
              earlier=first("unit_tokens", 37), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # a command's long option opening the text, as a list's item or a table's cell gives it (en.py, electronic.py)
    ("en", "--force-with-lease", "dash dash force-with-lease"),
    ("en", "--output=episode.mp3 writes it", "dash dash output equals episode dot mp three writes it"),
    ("en", "--dry-run first, then the real run", "dash dash dry-run first, then the real run"),
    ("en", "--max-count=5", "dash dash max-count equals five"),
    # git's short options, and the branch after "-b", "-c" or "-d" with its slashes (electronic.py)
    ("en", "git switch -c feature/dark-mode now", "git switch dash c feature slash dark-mode now"),
    ("en", "run git log -p to see it", "run git log dash p to see it"),
    ("en", "git branch -D old/topic", "git branch dash D old slash topic"),
    ("en", "git commit -a", "git commit dash a"),
    # a festival's running order is talk of the clock for a dotted span (dotted.py)
    ("en", "Main Stage 19.45–20.45", "Main Stage nineteen forty five to twenty forty five"),
    ("en", "Doors 18.30–23.00", "Doors eighteen thirty to twenty three hundred"),
    ("en", "the headliners 21.10-22.40", "the headliners twenty one ten to twenty two forty"),
    ("en", "Acoustic Stage 14.15-15.00", "Acoustic Stage fourteen fifteen to fifteen hundred"),
    # no dotted span of the clock before a measure's unit (dotted.py)
    ("en", "a surgery of 2.10–3.00 m", "a surgery of two point one to three meters"),
    ("en", "the stage of 2.10–3.00 kg", "the stage of two point one to three kilograms"),
    # a calendar version after a version's word (numericdates.py)
    ("en", "version 2024.10.3", "version twenty twenty four point ten point three"),
    ("en", "firmware 2025.1.2", "firmware twenty twenty five point one point two"),
    ("en", "build 2026.03.1 is out", "build twenty twenty six point zero three point one is out"),
    ("en", "Release 2026.11.2", "Release twenty twenty six point eleven point two"),
]
_LEFT = [
    ("en", "--then he left", "--then he left"),
    ("en", "-- a pause", "-- a pause"),
    ("en", "legit checkout -b fix/login", "legit checkout -b fix or login"),
    ("en", "stage 1.25-1.50%", "stage one point two five to one point five percent"),
    ("en", "on 2026.03.1", "on March first twenty twenty six"),
    ("en", "released 2026-03-01", "released March first twenty twenty six"),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "--a-b ", "--", "git log -p ", "git checkout -b a/b/c ", "git a -", "Stage 20.10–21.00 m ", "20.10–21.00 ",
    "build 2026.03.1 ", "2026.03.1.",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))
