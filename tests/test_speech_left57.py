"""A dotted 24-hour time before what runs to the clock with no 'the' before it, a file's mode after chmod or umask, a
phone menu's 'opt.' before its number, a king's name that is also a given name before his numeral, a service's number
after 'on' where a clause calls it, a short national number in two groups whose code does not end in 0, and a MAC
address of dotted digits beside its word, in sentence context (tests/fixtures/speech/speech_left57.tsv): classes the
forty-second, forty-fourth and forty-sixth unit sets left ('19.30 start', 'chmod 755', '01632 960 321 opt. 2', 'Carol
II', 'NHS 24 on 111', '0011.2233.4455'). Seven classes, 63 rows of our own, each with near misses that must stay as
they are ('a 12.50 bus fare', '5.40 from a standing start', 'ran 755 times', 'After chmod, 644 files', 'I opt to pay
in 3 parts', 'Carol, 2 sugars', 'Carol I think you are right', 'spent £4m on 111 beds', 'called on 111 families', 'The
shift ran 0845 1200', 'Version 2024.1108.0001', 'came from a Mac'), every reading written before the normaliser was
run on them. The last three classes' 27 rows were written after the first four's rules, before any rule of their own.

FIRST READING 24 of 63 lenient (24 relaxed): tuned 13 of 42, kept 11 of 21 (every third row, index % 3 == 2, kept
aside and scored as a number only). By class, tuned and kept: dotted time before an event 2/7 and 2/3, file mode 2/6
and 2/3, menu option 1/5 and 1/3, a king's given name 2/6 and 1/3, service number after 'on' 1/6 and 1/3, short
national number 3/6 and 3/3, dotted MAC of digits 2/6 and 1/3. Two rows were re-written after the first run, none a
change of reading: a near miss's reading had lost its last word ('Version ... shipped'), and a possessive before 'MAC'
was given the spelled initialism's form as well ('the switch's m a c address'), which the lenient form runs into the
's' before it.

After the rules below, written from the tuned two thirds' misses, one a class, each with examples of its class of our
own and what only looks like it (below: 32 examples of the classes and 16 near misses): tuned 13 -> 42 of 42; kept 11
-> 21 of 21, with the rules written before the kept third's misses were read. The kept rows are of the same seven
classes as the tuned ones (the brief named the classes), so the kept third moving with them says the rules read their
class beyond the rows they were written from, not that an unseen class was read; and one kept row, 'Carol I think you
are right', was written as the trap the king's rule had to keep out of, and the pronoun's rule below was written for it
knowing it was there. The rules: a dotted time of the clock right before a start, a kick-off, a tee time, a
screening, a departure, an appointment and the like (dotted._EVENTS) is the clock's, not before a fare, a ticket or a
charge, nor where prices or measures are spoken of; three or four octal digits read as a bare number after 'chmod' or
'umask' (and their options) are said one by one; 'opt.' before a number is 'option' (words._STOP_ONLY: 'opt' without
its stop is the verb); 'Carol' and 'Mihai', Romania's kings, are names a numeral after is a ruler's
(facts.REGNAL_LIMITS: Carol to II, Mihai I only), and an untitled name's 'I' before a verb in the present ('think',
'know', 'hope') is the pronoun, the name one spoken to ('Michael I know it hurts' was 'Michael the first know'); a
service's number (111, 999, 101...) after 'on' with a verb of calling or 'NHS' up to five words before it in its clause
is said digit by digit, unless a count's noun follows; the short non-geographic numbers' first look asked for the code's
last '0' ('0800 1111' was read, '0845 4647' and '0345 6789' were not): it asks for the space before the code's first
'0'; and a dotted address of digits only is a MAC address beside 'MAC', 'mac address' or 'hardware address'.
'chmod 755' and 'NHS 24 on 111' (unit_tokens44), '19.30 start' and '01632 960 321 opt. 2' (unit_tokens46) and 'Carol
II' (unit_tokens42) were read after they had been read. Compared as the thirty-second set compares: case and
punctuation ignored, a number's "and" folded and an initialism's letters run together."""

from __future__ import annotations

import pytest
from sweeps import Sweep, check_linear, lenient, rule_tests, sweep_tests

from narrator.speech import speakable

# Items read wrongly and left, each with its reason.
_KNOWN: dict[str, str] = {}

SWEEP = Sweep("speech_left57.tsv", _KNOWN, form=lenient, tagged=True, least=63, styles=7, only=True, each=8,
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
    # a service's number after "on" where a clause calls it (telephones._SERVICE_ON)
    ("en", "Ring NHS 24 on 111 today.", "Ring N.H.S twenty four on one one one today."),
    ("en", "Phone the non-emergency line on 101 now.", "Phone the non-emergency line on one zero one now."),
    ("en", "Dial emergency services on 112 when abroad.", "Dial emergency services on one one two when abroad."),
    ("en", "Call the crisis line on 988 at any time.", "Call the crisis line on nine eight eight at any time."),
    # a short national number in two groups, its code not ending in 0 (telephones._SHORT_NON_GEOGRAPHIC's look)
    ("en", "Call 0845 7070 for tickets.", "Call zero eight four five, seven zero seven zero for tickets."),
    ("en", "Ring us on 0345 1212 today.", "Ring us on zero three four five, one two one two today."),
    ("en", "Freephone 0808 4321 anytime.", "Freephone zero eight zero eight, four three two one anytime."),
    # a MAC address of dotted digits beside its word (telephones._MAC_WORD)
    ("en", "MAC 1234.5678.9012 was seen twice.",
     "M.A.C one two three four dot five six seven eight dot nine zero one two was seen twice."),
    ("en", "Its hardware address is 0090.2711.3344.",
     "Its hardware address is zero zero nine zero dot two seven one one dot three three four four."),
    ("en", "Block MAC address 0001.0203.0405 now.", "Block M.A.C address zero zero zero one dot zero two zero three dot"
     " zero four zero five now."),
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
    ("en", "The trust spent £2m on 101 nurses.", "The trust spent two million pounds on one hundred one nurses."),
    ("en", "Call me, I live on 999 acres.", "Call me, I live on nine hundred ninety nine acres."),
    ("en", "The 0845 7070 line is closed.", "The zero eight four five seven thousand seventy line is closed."),
    ("en", "Release 2023.0412.0001 is out.",
     "Release two thousand twenty three point zero four one two point zero zero zero one is out."),
    ("en", "Her Mac had 1200.3400.5600 in a cell.", "Her Mac had one thousand two hundred point three thousand four"
     " hundred point five thousand six hundred in a cell."),
]
globals().update(rule_tests(_READ, _LEFT))


@pytest.mark.parametrize("token", [
    "a 19.30 start ", "1.30 tee time ", "0.00 kick-off ", "chmod 755 ", "chmod -R 7", "umask dash R 0",
    "opt. 3 ", "Carol II ", "Carol I think ", "call a on 111 ", "NHS on ", "on 0845 1234 ", "MAC 0000.0000.0000 ",
    "0000.0000.0000 ",
])
def test_the_new_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))
