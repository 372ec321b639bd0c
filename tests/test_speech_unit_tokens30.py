"""A thirtieth author's short items in six of the twelve unit categories (date, time, ordinal, roman, electronic and
telephone), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens30.tsv: transport
timetables and departure boards ('dep 07:42', 'ETA 0745', 'last train 00:34'), clinic letters and dosing times ('dose
at 0800 & 2000', 'q6h PRN'), court listings ('Court 3, 10:00am', 'adjourned to 19/11'), fixtures abroad with their
zones ('KO 20:45 CET', '14:00 JST'), radio and television schedules, logs and timestamps (ISO 8601 with offsets,
'[09:14:02]', Unix times), software versions and builds ('v3.14.2-rc1', 'build 2026.03.14.1'), file paths, rotated
logs, handles, mail and web addresses in ads, short, chat and meeting links, calendar invitations ('DTSTART
20270115', 'Meeting ID: 812 3456 7890'), historical eras ('c. 3100 BC', '200 BC–AD 200', 'b. 1412 – d. 1431'),
regnal and papal numbers, yachts' names, sequels, shared places ('=5th'), ranks ('Sgt 1st Class') and telephones of
twenty-odd countries with extensions, freephone, toll-free and vanity numbers): a thirtieth estimate of the unit score
on text nobody here tuned for. 513 were written; 178 repeated the earlier sets and were dropped before any run, and the
35 last written past each category's share were left out, 300 in all (time and electronic 65 each).

FIRST READING 222 of 300 (74.0%) relaxed and 266 (88.7%) lenient (the benchmark's forms, relaxed_form and
lenient_form): date 42/45, time 37/65, ordinal 37/40, roman 36/40, electronic 26/65, telephone 44/45 relaxed; date
42/45, time 57/65, ordinal 37/40, roman 36/40, electronic 50/65, telephone 44/45 lenient (by this file's form, 262).
The relaxed misses past the lenient ones are the house's capitals ('PM', 'UTC') against the rows' spelled letters.

Every third row (the rows at places 2, 5, 8, ...) was kept aside while the rules were written; its misses were listed
once, after the rules, and no rule was written for them. After the first reading 7 rows gained a form of what they
already said, never a misread: an initialism's letters run together beside another's ('pm aedt', 'pm pst'), a US
toll-free '800' said 'eight hundred', digits said one by one in a domain or a file's name ('wedding two zero two seven
dot com', 'errors dash two zero two six ...'), 'jpeg' for '.JPG' and a pre-release's 'beta two'; three of them are the
kept third's, given their forms after that third was read. By this file's form the kept third read 90 of 100 before
the rules and 91 after (the one that moved, '12:00:00-08:00', is of the offset's class the tuned part fixed); the tuned
two thirds 179 of 200 before and 188 after (both counted on the set as it stands).
After the rules written for it: 235 (78.3%) relaxed and 281 (93.7%) lenient: date 43/45, time 40/65, ordinal 39/40,
roman 36/40, electronic 32/65, telephone 45/45 relaxed; date 43/45, time 61/65, ordinal 39/40, roman 36/40, electronic
57/65, telephone 45/45 lenient (before them, on the set as it stands: 227 relaxed, 271 lenient). The 21 left are the
known misses below, each with its class's reason.
A rule that said a name in code with its underscores ('user underscore id') was written and taken out: it changed 147
readings of articles' code ('lower_bound', 'status_code'), which the voice already says as the words with a pause
(espeak-ng), for the worse.
Later the lead let a setting's name stand right before its seconds ("timeout 30s", "sleep 5s";
tests/test_speech_settings_seconds.py), after this set's kept row 'timeout 30s' had been read: not an unseen result.
Compared as the nineteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together.
In the fifty-second round the lead's countries' endings (tests/test_speech_country_domains.py) read
'linktr.ee/bandname', left here, after it had been read: no unseen result.
'20260314' and 'DTSTART 20270115' read after they had been read, by a later rule for a date's eight digits run together
(numericdates.compact_dates), written from examples of its own.
'#StPatricksDay' (a kept row) read after it had been read, by a later rule that parts a tag's two opening letters
from the capitalised word after them unless they are a name's particle ('Mc', 'Le'), written from examples of its own
(test_speech_units_electronic_left55.py)."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

_COMPACT_DATE = ("eight digits with no separator are a count or an order's number as often as a compact date; a"
                 " calendar file's property name before them is no prose's label")
_UNDERSCORE = ("a name in code joined by underscores is left: the voice says the sign as a pause ('lower_bound' is"
               " 'lower bound'), and 'underscore' said in articles' code read worse (147 readings)")
_PROPER_NAME_NUMERAL = ("a ruler's name the regnal table lacks before a numeral ('VI' said 'six'), or a lone 'I' after"
                        " a name, which is the pronoun as often")
# Items read wrongly out of context and left: each needs context the item does not give, or is another's module.
_KNOWN: dict[str, str] = {
    "listed 10.30": ("a dotted time with no half of the day or timetable word is a decimal or a price as often"
                     " ('listed 10.30')"),
    "connection 0:48": "'0:48' is a clip's or a race's forty eight seconds as often as a connection's minutes",
    "Platform 4 – 17:52": ("a spaced dash between a number and a clock time is a span as often ('4 – 5:30'); the kept"
                           " third's"),
    "2nd Ave Subway": ("a capitalised word after a street's short type is a name's next word as often (the rule leaves"
                       " 'St Andrew' to be a saint's)"),
    "Mithridates VI": _PROPER_NAME_NUMERAL,
    "Mansa Musa I": _PROPER_NAME_NUMERAL,
    "qr.page/g/7Yk2": "'.page' is a newer suffix the address rule does not take before a path",
    "u/throwaway_2026": _UNDERSCORE,
    "user_id=1029": _UNDERSCORE,
    "ERR_CONNECTION_REFUSED": _UNDERSCORE,
    "kernel 6.8.0-45-generic": ("a version's build number and flavour after hyphens: the hyphens are dropped ('zero"
                                " forty five generic')"),
    "./run.sh --dry-run": ("a script's long option is left as written; two hyphens before a word are prose's dash as"
                           " often"),
    "zoom.us/j/98765432100": ("a meeting's link with a long number is taken for a code's and said 'a link', the"
                              " house's choice for links that hold codes"),
    "@DublinBus": ("a place's name run into a word in a handle: the handle rule parts common English words only, and"
                   " 'Dublin' is none"),
}

SWEEP = Sweep("unit_tokens30.tsv", _KNOWN, form=lenient, least=290, styles=6, only=True, each=40,
              earlier=first("unit_tokens", 29), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # a clock time glued to its offset from UTC (numericdates.py)
    ("09:30:00+05:30", "nine thirty UTC plus five thirty"),
    ("14:05+01:00", "fourteen o five UTC plus one"),
    ("23:59:59−05:00", "twenty three fifty nine and fifty nine seconds UTC minus five"),
    ("09:30-10:30", "nine thirty to ten thirty"),  # guard: a span, no seconds before the hyphen
    # four digits after an estimated time of arrival or departure (hundreds.py)
    ("ETA 0745", "E.T.A o seven forty five"),
    ("ETD 2215", "E.T.D twenty two fifteen"),
    ("ETA 2030", "E.T.A twenty thirty"),  # guard: a year's as often
    ("PETA 1200", "PETA twelve hundred"),  # guard: no label
    # a second 24-hour time joined to a first led by a zero (hundreds.py)
    ("dose at 0800 & 2000", "dose at o eight hundred and twenty hundred"),
    ("take at 0600 and 1800 daily", "take at o six hundred and eighteen hundred daily"),
    ("at 0800 and 2000 people came", "at o eight hundred and two thousand people came"),  # guard: a count
])
def test_offsets_and_twenty_four_hour_times(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a colour's hexadecimal characters after its hash (signs.py)
    ("#FA8072", "hash F Eh eight zero seven two"),
    ("colour #1a2b3c", "colour hash one a two b three c"),
    ("#BADBED", "hashtag BADBED"),  # guard: no digit, a tag
    ("#123456", "number one hundred twenty three thousand four hundred fifty six"),  # guard: no letter
    # a rotated log's number after its file's extension (electronic.py, citations.py)
    ("app.log.1", "app dot log dot one"),
    ("It was in the catalog.1 Then", "It was in the catalog. Then"),  # guard: a footnote's number, as before
    # a compatible release's pin (signs.py)
    ("~=1.4", "tilde equals one point four"),
    ("requests~=2.31", "requests tilde equals two point three one"),
    ("x ~= y", "x ~= y"),  # guard: no version
])
def test_colours_logs_and_pins(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a life's end after its birth and a spaced dash (words.py, records.py)
    ("b. 1412 – d. 1431", "born fourteen twelve - died fourteen thirty one"),
    ("Joan (1412 – d. 1431)", "Joan (fourteen twelve - died fourteen thirty one)"),
    ("b. 1412", "b. fourteen twelve"),  # guard: an outline's item as often, as before
    ("score 3 - d. 1999", "score three - d. nineteen ninety nine"),  # guard: no year before the dash
    # a place shared, its sign before the ordinal (sports.py)
    ("=5th", "equal fifth"),
    ("(=12th)", "(equal twelfth)"),
    ("a=5th", "a equals fifth"),  # guard: glued to a name
    # a rank before its class (titles.py)
    ("Sgt 1st Class", "Sergeant first Class"),
    ("Sgt 1st", "Sgt first"),  # guard: no class
])
def test_lives_places_and_ranks(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize("token", [
    "09:30:00+05:30 ", "09:30:00+", "00:00:00-0", "ETA 0745 ", "ETA 0", "at 0800 & 2000 ", "at 0800 & ", "#FA8072 ",
    "#FA807", "app.log.1 ", "a.log.", "b. 1412 – d. 1431 ", "1412 – d. ", "=5th ", "=5", "Sgt 1st Class ", "~=1.4 ",
    "~=1.",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))
