"""A thirty-sixth author's short items in six of the twelve unit categories (date, time, ordinal, roman, electronic and
telephone), out of context as NeMo's test files give them (tests/fixtures/speech/unit_tokens36.tsv: airline schedules
and gate changes, hospital appointment letters, bus timetables, astronomical events in UT, sports split times and lap
records, TV listings across zones, contract deadlines, historical dates with BC, BCE, circa and floruit, academic terms
and centuries, councils, dynasties and storms, kings, popes and princes in the forms of their own languages, clauses and
chapters, version strings and package pins, SSH and git addresses, IPv4 and IPv6 with ports and prefixes, MAC
addresses, environment variables, keyboard shortcuts with the Mac's symbols, emoji shortcodes, hashtags and handles,
extensions, helplines and emergency numbers, and telephones of forty-odd countries none of the earlier sets dialled): a
thirty-sixth estimate of the unit score on text nobody here tuned for. 452 were written; 117 repeated the first
thirty-five sets (case ignored) and were dropped, and the 35 last written past each category's share were left out,
300 in all (time and electronic 65 each).

FIRST READING 228 of 300 (76.0%) relaxed and 251 (83.7%) lenient (the benchmark's relaxed_form and lenient_form):
date 45/45, time 41/65, ordinal 40/40, roman 21/40, electronic 40/65, telephone 41/45 relaxed; date 45/45, time 61/65,
ordinal 40/40, roman 21/40, electronic 43/65, telephone 41/45 lenient (by this file's form, 246). Every third row
(index % 3 == 2, 100 rows) was kept aside: 80 of them read at the first reading by this file's form, 166 of the other
200.

Twenty-three rows were then mended, none of them a misread given its reading, each to a form the earlier sets' rows
accept: 'pm' run together before a zone's letters ('pm b s t', as the fifteenth set's '7.30pm BST' has it; eleven
rows), an IPv4 address's parts said digit by digit and its port as a number ('one zero dot eight', 'colon five
thousand four hundred thirty two'; four rows), a release candidate's number without its stop ('r c one'; two rows),
'eh' for a hexadecimal 'A' and a MAC address's pairs without their colons (three rows), a flight's number in pairs
('two eighty seven', as the prose sweeps' 'Flight BA 283' is) and 'mailto' said without its colon. On the set as it
stands the first reading is 238 relaxed and 259 lenient (259 by this file's form: tuned 172 of 200, kept 87 of 100).

After the rules below, written from the tuned two thirds' misses before the kept third's were read: 264 (88.0%)
relaxed and 285 (95.0%) lenient: date 45/45, time 46/65, ordinal 40/40, roman 37/40, electronic 51/65, telephone 45/45
relaxed; date 45/45, time 64/65, ordinal 40/40, roman 37/40, electronic 54/65, telephone 45/45 lenient (285 by this
file's form). Tuned 172 -> 194 of 200; kept 87 -> 91 of 100: 'Isabel II', 'Nikolai II' and 'Philippe VI' (rulers'
names of the class the tuned part showed; the first two were seen read wrong while the rule was written) and '⌘K' (the
Mac's symbols, whose reading was seen too). The kept third's other misses are other classes (an assignment's '=' in
an environment variable and a pin, a pre-release's and a build's number said without its stop) or names the rulers'
list still lacks ('Jan', 'Baudouin', 'Jayavarman').
The rules: rulers' names in the forms of their own languages, and the scan for a name before a numeral taking Central
Europe's letters and the macron ('Kazimierz III', 'Bolesław III', 'Süleyman I', 'Tewodros II', 'Pōmare IV'), a
counter's small short form before a numeral ('art. IV', 'sec. XIV'), the Mac's modifier keys by their symbols ('⌘K',
'⇧⌘4'), an international number whose area code keeps its zero ('+39 0471 123456', '+378 0549 123456') and the
places dialled with five digits in one group ('+677 21234'), a plane's words for landing and boarding before a dotted
time ('lands 22.35 local'), a Python package's pre-release glued to its version ('3.11.0b2', '1.4.2.dev3'), a MAC
address in three dotted groups of four ('3c22.fb1a.9e04') and a dotted time's span to a whole hour across noon
('Outpatients 8.30–5'); each with examples of its class of our own and what only looks like it (below).
Compared as the nineteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's
letters run together.
'Jan III Sobieski', 'Baudouin I', 'Jayavarman VII', 'NODE_ENV=production' and 'PYTHONPATH=.' (the kept third's) and
'export PATH=$PATH:~/bin', '${HOME}/.config' and 'pkg:npm/left-pad@1.3.0' (the tuned part's) read after they had been
read, by later rules for rulers' names (added to the list, and the kings' '-varman'), a variable set in capitals, a
shell's variable and a package's address, written from examples of their own (tests/test_speech_code_and_names_left.py);
and 'docker run -p 8080:80' (the tuned part's) by a later rule for a container's ports after '-p'.
A pre-release's stop is still unsaid ('beta three'), as the house says a release candidate's ('r c one'): those rows
stay known misses by the stop their readings say."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

_RULER_NAME = ("a ruler's name the list of rulers does not hold: a capitalised name before a numeral is a model's, a"
               " sequel's or a person's initial as often")
_STOP_UNSAID = ("a pre-release's and a build's number is said without the stop before it ('beta three', 'build five'),"
                " as a release candidate's is; the row says the stop")
_ASSIGNED = ("an assignment's '=' in a shell's variable or a package's pin is left unsaid: 'equals' is said only in a"
             " query or after a comparison's sign")
# Items read wrongly out of context and left: each needs context the item does not give, or is another class's.
_KNOWN: dict[str, str] = {
    "7h45": ("an hour of one digit glued to its minutes by 'h' is a length as often as a clock's time ('1h30 of"
             " footage'): read as a length"),
    "1.2.3+build.5": _STOP_UNSAID,
    "2.0.0-beta.3": _STOP_UNSAID,
    "1.0.0-rc.2+sha.5114f85": "a build's metadata that holds a hash: the hash is left glued after its 'sha'",
    "conda install numpy=1.26": _ASSIGNED,
    ":+1:": "an emoji's shortcode of a sign and a digit: its plus is dropped between the colons",
}

SWEEP = Sweep("unit_tokens36.tsv", _KNOWN, form=lenient, least=300, styles=6, only=True, each=40,
              earlier=first("unit_tokens", 35), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))

# Each class of the tuned part's misses, with examples of our own and what only looks like one (left as it was).
_READ = [
    # rulers' names in the forms of their own languages, with Central Europe's letters and the macron (romans.py)
    ("en", "Przemysł II", "Przemysł the second"),
    ("en", "Václav IV ruled", "Václav the fourth ruled"),
    ("en", "Abdülhamid II", "Abdülhamid the second"),
    ("en", "Giorgi XII", "Giorgi the twelfth"),
    ("en", "Yohannes IV", "Yohannes the fourth"),
    ("en", "Tupou VI", "Tupou the sixth"),
    ("en", "Zygmunt III Waza", "Zygmunt the third Waza"),
    # a counter's small short form and its stop before a numeral (romans.py)
    ("en", "under art. IX of the treaty", "under article nine of the treaty"),
    ("en", "sec. XIV", "section fourteen"),
    ("en", "pt. III", "part three"),
    ("en", "vol. XII", "volume twelve"),
    ("en", "cl. IV", "clause four"),
    ("en", "bk. II", "book two"),
    # the Mac's modifier keys by their symbols (signs.py)
    ("en", "press ⌘Q to quit", "press Command Q to quit"),
    ("en", "⌥⇧K", "Option Shift K"),
    ("en", "⌘⇧P opens it", "Command Shift P opens it"),
    ("en", "⌃⌘F", "Control Command F"),
    ("en", "⌘+Option+Esc", "Command Option Escape"),
    # an international number whose area code keeps its zero (telephones.py)
    ("en", "+39 0471 123456", "plus three nine, zero four seven one, one two three four five six"),
    ("en", "+39 055 1234567", "plus three nine, zero five five, one two three four five six seven"),
    ("en", "+378 0549 888777", "plus three seven eight, zero five four nine, eight eight eight seven seven seven"),
    # a place dialled with five digits or four, in one group after its code (telephones.py, facts.SHORT_NUMBER_CODES)
    ("en", "+677 24567", "plus six seven seven, two four five six seven"),
    ("en", "+683 4002", "plus six eight three, four zero zero two"),
    ("en", "call +686 75012 now", "call plus six eight six, seven five zero one two now"),
    ("en", "+678 23456.", "plus six seven eight, two three four five six."),
    # a plane's words for landing and boarding before a dotted time (dotted.py)
    ("en", "the flight lands 06.50 tomorrow", "the flight lands six fifty tomorrow"),
    ("en", "Landing 13.05", "Landing thirteen o five"),
    ("en", "boards 9.40 at gate 12", "boards nine forty at gate twelve"),
    ("en", "BOARDING 21.15", "BOARDING twenty one fifteen"),
    # a Python package's pre-release, development and post release glued to its version (versions.py)
    ("en", "Python 3.13.0a4", "Python three point thirteen point zero Eh four"),
    ("en", "3.12.0rc1", "three point twelve point zero R.C one"),
    ("en", "2.1.0b3 is out", "two point one point zero B three is out"),
    ("en", "1.4.2.dev3", "one point four point two dev three"),
    ("en", "0.9.1.post2", "zero point nine point one post two"),
    # a MAC address in three dotted groups of four (telephones.py)
    ("en", "port 0050.56c0.0008 is up",
     "port zero zero five zero dot five six C zero dot zero zero zero eight is up"),
    ("en", "mac 001b.63ff.fe01", "mac zero zero one B dot six three F F dot F E zero one"),
    ("en", "switch 00d0.2bff.7c11", "switch zero zero D zero dot two B F F dot seven C one one"),
    # a dotted time's span to a whole hour across noon (dotted.py)
    ("en", "Surgery 9.30–4", "Surgery nine thirty to four"),
    ("en", "open Mon-Fri 10.15-3", "open Monday to Friday ten fifteen to three"),
    ("en", "Clinic 11.45–2 daily", "Clinic eleven forty five to two daily"),
]
_LEFT = [
    ("en", "Stanisław I. Nowak", "Stanisław I. Nowak"),
    ("en", "Süleyman Demirel", "Süleyman Demirel"),
    ("en", "Juba is far", "Juba is far"),
    ("en", "the art. I love", "the art. I love"),
    ("en", "sec. I", "sec. I"),
    ("en", "⌘, opens settings", "⌘, opens settings"),
    ("en", "the ⌘ key", "the ⌘ key"),
    ("en", "call 0471 123456", "call zero four seven one, one two three four five six"),
    ("en", "+39 06 1234 5678", "plus three nine, zero six, one two three four, five six seven eight"),
    ("en", "+444 12345", "plus four hundred forty four twelve thousand three hundred forty five"),
    ("en", "+677 2", "plus six hundred seventy seven two"),
    ("en", "lands 22.35 kg", "lands twenty two point three five kilograms"),
    ("en", "boarding 10.25 passengers", "boarding ten point two five passengers"),
    ("en", "the 2.3.4b clade", "the two point three.4b clade"),
    ("en", "12.1.4a5b", "twelve point one.4a five b"),
    ("en", "aabb.ccdd.eeff", "aabb.ccdd.eeff"),
    ("en", "2024.1012.3301",
     "two thousand twenty four point one thousand twelve point three thousand three hundred one"),
    ("en", "prices 2.50-3", "prices two point five zero to three"),
    ("en", "scored 8.75-9 overall", "scored eight point seven five to nine overall"),
    ("en", "open 8.30-0", "open eight point three zero to zero"),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "Bolesław III ", "Pōmare IV ", "ł ", "art. IV ", "sec. ", "⌘K ", "⌘⌘", "⌥+", "+39 0471 123456 ", "+677 21234 ",
    "+677 ", "lands 22.35 ", "boarding 9.40 ", "3.11.0b2 ", "1.4.2.dev3 ", "0.0.0", "3c22.fb1a.9e04 ", "a1b2.",
    "Surgery 8.30–5 ", "8.30–",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))
