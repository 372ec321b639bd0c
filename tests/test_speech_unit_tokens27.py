"""A twenty-seventh author's short items in six of the twelve unit categories (date, time, ordinal, roman, electronic
and telephone; h212's twenty-sixth set takes the other six), out of context as NeMo's test files give them
(tests/fixtures/speech/unit_tokens27.tsv: transport timetables and flight boards (dep and arr, a next day's '+1',
'every 15 min', 24-hour and 12-hour clocks side by side, gates and boarding), tide tables, school terms and half terms
('Autumn 2', 'wk beg 7/12', INSET days, semesters, India's 'IInd sem.'), legal citations, financial periods (Q3 FY27,
H1, 1H, 2H, 6M, YTD, FYE, CY, ex-div), software (release candidates, build numbers, KB articles, Ubuntu and Windows
releases, version pins and build metadata, ISO durations and stamps), web addresses (queries, ports, anchors,
localhost, file:// and ws://), mail headers, social handles and hashtags, hardware (part, stock and serial numbers,
hex), airline dates ('07JAN'), clock faces, outlines ('I.A.2', 'IV.B.3.a'), sports' ordinals ('1st & goal', '6th
wkt', '=4th'), floors ('12/F'), generations, ranks, Roman numerals of kings, popes, pharaohs, games and films, and
telephones of Australia, Japan, India, Mexico, South Africa, Nigeria, Ireland and the Netherlands with a bracketed
trunk zero, toll-free, premium and local-rate numbers, short codes and extensions): a twenty-seventh estimate of the
unit score on text nobody here tuned for. 465 were written; 169 repeated the earlier sets and were dropped before any
run, 296 in all.

FIRST READING 228 of 296 (77.0%) relaxed and 240 (81.1%) lenient (the benchmark's forms, ut.py): date 44/53, time
37/54, ordinal 37/48, roman 41/49, electronic 28/44, telephone 41/48 relaxed; date 44/53, time 48/54, ordinal 38/48,
roman 41/49, electronic 28/44, telephone 41/48 lenient. (The very first run, 215 and 224, found 33 rows whose nested
alternatives my writing tool had left unexpanded: expanded, no reading added.)

Every third row (the rows at places 2, 5, 8, ...) was kept aside while the rules were written; its misses were listed
once, after the rules, and no rule was written for them. Two of its rows were seen earlier, read while probing an
outline's and a span's rules ('I.A.2', 'Vols. IV–VI'), and its rows' written forms were in view when 'OTP' was made a
code's label for the tuned rows' '2FA code 482 913' (the kept 'OTP 604-219' is read by it). By ut.py's lenient form
the kept third read 81 of 98 before and 84 after; the tuned two thirds 162 of 198 before and 186 after (both counted
on the set as it stands, with the 17 forms added after the first reading).
After h213's rules: 260 (87.8%) relaxed and 270 (91.2%) lenient: date 49/53, time 41/54, ordinal 45/48, roman 48/49,
electronic 34/44, telephone 43/48 relaxed; date 49/53, time 51/54, ordinal 45/48, roman 48/49, electronic 34/44,
telephone 43/48 lenient (before them, on the set as it stands: 233 relaxed, 243 lenient). After the first reading
17 rows gained a form of what they already said, never a misread: a two-digit country code said as a number ('plus
forty four', 13 rows), a US toll-free 'eight hundred' (1), an address's digits one by one before a port said as a
number (1), an initialism's letters run together ('pm pst', 1) and a list's comma for a slash (1). The 26 left are
the known misses below, each with its class's reason.
Compared as the nineteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together.
In the fifty-second round the lead's command options (tests/test_speech_command_options.py) read
'./run.sh --port=8080' after it had been read: no unseen result. A later set of our own
(tests/test_speech_electronic_left56.py: a span of Zulu times with the zone on its second end) read '0600–1800Z' after
it had been read."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

_COMMAND_LINE = "a command line's options ('--port=8080', '-p 2222') are code in prose, left as written by the house"
_KEY_VALUE = "a query's or a key's '=' alone, without its address, is an equation's or a code's as often"
# Items read wrongly out of context and left: each needs context the item does not give, or is another's module.
_KNOWN: dict[str, str] = {
    "term ends 18.12.": ("a day and a month dotted with a closing stop and no weekday before them are a decimal's at"
                         " a sentence's end as often ('rose to 18.12.'); after a weekday they are read"),
    "b. 1990-02-14": ("'b.' before an ISO date with no bracket or comma before it is a letter's or a list's as often;"
                      " '(b. 1990)' is read"),
    "from 1.1.27": "a dotted day, month and two-digit year are a version's or a section's number as often ('1.1.27')",
    "Sem. 2, 2027": "a capital 'Sem.' before a number is a seminar's or a seminary's as often as a semester",
    "delayed 25'": "a prime after a count is feet or a minute's mark as often; a vocabulary's choice, not a time's",
    "0:45 (45 min)": "an hour's nought and minutes alone are minutes and seconds as often ('+2:14', a race's gap)",
    "2nd-in-cmd": "'cmd' is a command's short form the vocabulary lacks (a word rule's, not an ordinal's)",
    "3rd pers. sing.": "'sing.' after a grammar's person is a word rule's ('sing' is a verb); 'pers.' is read",
    "Saw X": "a lone X after a word that is no ruler's or series' name is a letter as often ('Shamrock V' likewise)",
    "S/N 4C1234-0987": ("a serial number's code of letters and digits with a hyphen: the code rules read digits only"
                        " or eight characters glued, and 'S/N' is two letters to the slashes' rule"),
    "P/N 74HC595": ("a part number's code glued of digits and letters ('74HC595') is read as numbers and letters;"
                    " its label 'P/N' likewise"),
    "bit.ly/3xYz9": "the house says 'a link' for a web address with a path after a short host: a choice",
    "#L42": "a hash before a letter and digits is a hashtag as often as a line's anchor ('#L42', '#G7')",
    "?utm_source=newsletter": _KEY_VALUE,
    "id=7f3c9a": _KEY_VALUE,
    "ssh -p 2222 me@host": _COMMAND_LINE,
    "3.12.0a1": "a pre-release's letter glued to a version's last part ('0a1') stops the version's rule",
    "app-v3.1.apk": "a file name's version is read with the name's dots ('v three dot one'), a choice of the house",
    "03 9600 1234 (Melb.)": "'Melb.' is a city's short form the vocabulary lacks (a word rule's, not a telephone's)",
    "0900-1234": ("four digits led by a zero, a hyphen and four more are a span of times as often ('0900-1700');"
                  " 'call 0900 1234' would tell"),
    "0800-0123": "four digits led by a zero, a hyphen and four more are a span of times as often (as '0900-1234')",
    "+31 800 022 4200": ("a country's code before a toll-free code without its zero ('800'): the groups' rule says it"
                         " as a number, 'eight hundred', as a US toll-free code is said"),
    "900 123 456": ("three bare groups, the first '900' with no zero or plus before it, are a count as often (Spain's"
                    " toll-free numbers)"),
}

SWEEP = Sweep("unit_tokens27.tsv", _KNOWN, form=lenient, least=280, styles=6, only=True, each=40,
              earlier=first("unit_tokens", 26), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # an airline's or a sailing list's day and month glued without a year (h213, dates.py)
    ("07JAN", "the seventh of January"),
    ("sailing 19DEC.", "sailing the nineteenth of December."),
    ("06JUN44", "the sixth of June forty four"),  # the year's form kept
    ("AB07JAN", "A.B zero seven J.A.N"),  # guard: a code's letters before it
    ("07JANUARY", "zero seven JANUARY"),  # guard: a word's capitals after it
    # a week named by its first day before a slashed date, day first (h213, numericdates.py)
    ("wk beg 7/12", "week beginning the seventh of December"),
    ("w/c 7/12", "week commencing the seventh of December"),
    ("w/b 7/12/26", "week beginning the seventh of December twenty six"),
    ("w/c 13/13", "w/c thirteen thirteen"),  # guard: no month
    ("w/e 7/12", "week ending July twelfth"),  # guard: a payslip's "w/e" keeps the reader's order
    # a weekday's short form before an ISO date (h213, numericdates.py)
    ("Tue 2026-12-08", "Tuesday December eighth twenty twenty six"),
    ("Sun 2026-13-45", "Sun twenty twenty six-thirteen-forty five"),  # guard: no month thirteen
    # a filing's months to date (h213, periods.py)
    ("9M 2026", "nine months twenty twenty six"),
    ("6M to 30/6/26", "six months to the thirtieth of June twenty six"),
    ("9M ended 30 Sept", "nine months ended the thirtieth of September"),
    ("3M 2026.", "three M twenty twenty six."),  # guard: the company
    ("6M to go", "six M to go"),  # guard: no date after "to"
    ("raised 9M 2026 euros", "raised nine M two thousand twenty six euros"),  # guard: a year that names no period
])
def test_dates_and_periods(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a timetable's next day glued to an arrival's clock (h213, clock.py)
    ("arr 09:15+1", "arrival nine fifteen plus one"),
    ("3:15+2.", "three fifteen plus two."),
    ("10:30+1.5", "ten thirty+one point five"),  # guard: a decimal after it
    ("1.25+1", "one point two five plus one"),  # guard: no clock (an addition, read as before)
    # the seconds after minutes, a lone "s" (h213, clock.py)
    ("4 min 30 s", "four minutes thirty seconds"),
    ("2 mins 5s", "two minutes five seconds"),
    ("1 min 1 s", "one minute one second"),
    ("admin 30 s", "admin thirty s"),  # guard: no count of minutes
    # a tide's offset with a colon, after the port's time too (h213, forecasts.py)
    ("HW Dover 06:12 +0:45", "high water Dover six twelve plus forty five minutes"),
    ("LW Dover -1:20", "L.W Dover minus one hour twenty"),
    ("score +0:45", "score +forty five seconds"),  # guard: no tide
])
def test_times(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a Hong Kong floor (h213, places.py)
    ("12/F", "twelfth floor"),
    ("5/F, Tower 2", "fifth floor, Tower two"),
    ("1/2/F", "one two F"),  # guard: a slashed run, a reference's (references.py), no floor
    ("25/Feb", "twenty five/Feb"),  # guard: a word after the slash
    # short forms after an ordinal, in digits or in Roman capitals (h213, words.py)
    ("the 3rd Gen. iPod", "the third generation iPod"),
    ("6th wkt", "sixth wicket"),
    ("2nd sem. exams", "second semester exams"),
    ("IInd sem.", "second semester."),
    ("Ist sem. results", "first semester results"),
    ("3rd pers. sing.", "third person sing."),
    ("Gen. Patton", "General Patton"),  # guard: a rank before a name
    ("First sem.", "First sem."),  # guard: no ordinal's digits or numeral
])
def test_floors_and_ordinals(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # an outline's place (h213, romans.py)
    ("II.B. Scope", "two B Scope"),
    ("IV.B.3.a applies", "four B three a applies"),
    ("III.C.4.", "three C four."),
    ("section ii.b", "section two b"),
    ("V.I. Lenin", "V.I Lenin"),  # guard: initials
    ("I.V. fluids", "I.V fluids"),  # guard: initials
    ("X.Y.Z.", "X.Y.Z."),  # guard: letters
    # a singular counter's short form before a span, rulers' names with accents, a category (h213, romans.py, facts.py)
    ("Ch. XIX–XXI", "Chapters nineteen to twenty one"),
    ("Bk. II-IV", "Books two to four"),
    ("Ch. IV", "Chapter four"),  # guard: no span
    ("Napoléon III", "Napoléon the third"),
    ("Léopold II", "Léopold the second"),
    ("Cat. V", "Category five"),
    ("a Cat. III approach", "a Category three approach"),
    ("Cat. No. 12", "Cat. number twelve"),  # guard: a catalogue's number
])
def test_numerals(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a package's version after "@" is no mail host (h213, electronic.py)
    ("node@20.11.1", "node at twenty point eleven point one"),
    ("react@18.2.0", "react at eighteen point two point zero"),
    ("ann@mail2.example.com", "ann at mail two dot example dot com"),  # guard: a host with letters
    # a version's build metadata (h213, versions.py, citations.py)
    ("v1.2.3+build.45", "version one point two point three plus build forty five"),
    ("1.0.0+exp.5 shipped", "one point zero point zero plus exp five shipped"),
    ("3+build.4", "three+build.4"),  # guard: no dotted version before it
    # a port alone (h213, netnames.py)
    (":443", "colon four four three"),
    ("port :8080", "port colon eight zero eight zero"),
    ("a 1 :100 scale", "a one to one hundred scale"),  # guard: after a number
    # a login's one-time code (h213, facts.CODE_LABELS, CODE_OWNERS)
    ("2FA code 482 913", "two F.A code four eight two, nine one three"),
    ("OTP 482913", "O.T.P four eight two nine one three"),
    ("the 2FA code", "the two F.A code"),  # guard: no code after it
    # a planning reference's label before it (h213, references.py; its parts without their slashes, h57's)
    ("ref. 26/01234/FUL", "reference twenty six zero one two three four F.U.L"),
    ("P/2024/0456", "P twenty twenty four zero four five six"),
    ("12/05/2024", "December fifth twenty twenty four"),  # guard: a date
    # a mark's number at a sentence's end (h213, citations.py)
    ("It was a Mk.2.", "It was a Mark two."),
    ("seconds.23 If", "seconds. If"),  # guard: a footnote's number
])
def test_codes_and_addresses(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a country's code in brackets with its plus (h213, telephones.py)
    ("Tel. (+34) 93 301 77 75", "Telephone plus three four, nine three, three zero one, seven seven, seven five"),
    ("(+1) 212 555 0100", "plus one, two one two, five five five, zero one zero zero"),
    ("scores (+3) 12 14", "scores (plus three) twelve fourteen"),  # guard: too few digits
    # a British freephone's eight digits after a word that calls it (h213, telephones.py)
    ("call 0800 1111 now.", "call zero eight zero zero, one one one one now."),
    ("Childline on 0800 1111.", "Childline on zero eight zero zero, one one one one."),
    ("in 0800 1200", "in zero eight zero zero twelve hundred"),  # guard: a timetable's two times
    # "fl." before a decade (h213, words.py)
    ("fl. 1650s", "flourished sixteen fifties"),
    ("fl. oz", "fl. oz"),  # guard
])
def test_numbers_to_dial_and_lives(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize("token", [
    "07JAN ", "arr 09:15+1 ", "12/F ", "5th Gen. ", "IInd sem. ", "wk beg 7/12 ", "w/c 7/1", "Tue 2026-12-08 ",
    "9M 2026 ", "6M to 3", "II.B. ", "IV.B.3.a ", "section ii.b ", "Ch. XIX–XXI ", "Napoléon III ", "node@20.1.1 ",
    "1.2.3+build.4 ", ":443 ", "2FA code 4821 ", "1/2/FUL ", "a Mk.2 ", "4 min 30 s ", "fl. 1650s ",
    "HW Dover +0:45 ", "(+34) 93 301 77 75 ", "call 0800 1111 ", "(+3", "I.V. ", "x+build.",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))
