"""A fifty-first author's short items in all twelve unit categories, out of context as NeMo's test files give them
(tests/fixtures/speech/unit_tokens51.tsv), weighted to the categories whose first readings were weakest (electronic
41, time 35, telephone 32, measure 31, money 29, date 23, the other six 11 to 16 each) and drawn from documents people
read at work that the earlier sets drew on least: IT tickets and change notices ("INC0012345", "CHG0034567", "port
8443/tcp", "ETA 0930Z"), shift rotas and timesheets ("06:00-14:00", "OT x1.5", "28 days + BH"), invoices and purchase
orders ("Qty 12 @ £4.99", "PO 45001234", "balance b/f £1,024.17"), lab reports ("n = 42", "r = 0.83"), safety data
sheets ("flash point -43 °C", "H225"), manuals and spec sheets ("M6 x 20", "Ø 12 mm", "IP65", "0.5-1.5 Nm"), court
and legal citations ("[2026] EWHC 123 (KB)", "s. 3(1)(b)"), meeting minutes ("the 14th AGM", "Item 7.3"), HR letters
("Grade 6, point 23", "£32,916 p.a.") and logistics ("Pallet 2/14", "Bay 4"), with their telephone numbers and
extensions, e-mail and web addresses, and dates in every written form. 356 were written; 83 repeated the first
forty-nine sets (case ignored) and were dropped before any run, 273 in all.

FIRST READING, as the rows were first written: 218 (79.9%) relaxed and 252 (92.3%) lenient of 273 (the benchmark's
relaxed_form and lenient_form), 252 as this file compares. By category, relaxed/lenient: cardinal 14/14, date 22/22,
decimal 12/12, electronic 22/34, fraction 12/12, measure 29/29, money 18/26, ordinal 15/15, range 15/16, roman 11/11,
telephone 30/31, time 18/30 (of 15, 23, 12, 41, 13, 31, 29, 15, 16, 11, 32, 35). Every third row (index % 3 == 2, 91
rows) was kept aside: 71 relaxed and 88 lenient of them; of the other 182, 147 relaxed and 164 lenient.

Seven tuned rows were mended before any rule was written: two whose readings were written as a choice inside a choice
and so held no reading that could match ("unit price €0.85", "£0.45"), and five re-written in the house's forms, none a
reading a listener would hear as wrong: a clock's hour as "o'clock" ("02:00–04:00 UTC", "T 08:00 local"), a unit
before its noun said singular ("a 205 litre drum", "a 1.2k dollar fee") and an address's parts digit by digit ("one
zero dot two ..."). The relaxed-only misses are all the house's forms against the rows' spelling: an initialism's
letters run together or a clock's "AM" ("UTC", "NHS", "nine AM"), "and" after a hundred.

The misreads of the tuned two thirds, by class: a telephone number after "SMS" whose first group was taken for a short
code and the rest counted ('SMS 07700 900 250': "... nine hundred two hundred fifty"); a numbered piece of a
consignment or a set before its count, read as a date or a fraction ('Pallet 2/14': "Pallet February fourteenth");
a port's protocol after its number, its slash read as a choice ('port 8443/tcp': "... or tcp"); a purchase order's
number counted ('PO 45001234': "forty five million ..."); a ticket's key of five digits or more after its project's
capitals and a hyphen counted ('SR-20931': "twenty thousand nine hundred thirty one"). After the five rules below
(written from the tuned part's misses before the kept third's misses were read; 29 examples of the five classes, 9
of them near misses that must not change): tuned 171 -> 176 of 182 lenient (151 -> 156 relaxed), kept 88 -> 88 of 91
(71 -> 71 relaxed): the kept misses are of classes the tuned part did not show (below). 264 of 273 as this file
compares, 227 (83.2%) relaxed and 264 (96.7%) lenient; by category, relaxed/lenient: cardinal 14/14, date 22/22,
decimal 12/12, electronic 25/38, fraction 13/13, measure 29/30, money 21/29, ordinal 15/15, range 15/16, roman 11/11,
telephone 31/32, time 19/32. No reading of the benchmark's text changed."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, is the house's reading in a
# form the row did not write, or is of a class no rule reads yet.
_KNOWN: dict[str, str] = {
    "0715 start": "four digits led by a nought before a word are read digit by digit: a clock's time needs context",
    "Max 40 °C ambient": "a unit before an adjective is said singular, as before a noun ('forty degree Celsius')",
    "RFC 7231": "a standard's number after 'RFC' is counted ('seven thousand two hundred thirty one')",
    "Rev. 3": "'Rev.' before a number is said 'Reverend': a revision's or Revelation's needs context",
    "logged 23:47:12": "a clock's time with seconds out of context is read as a duration ('twenty three hours ...')",
    "w/e 06/12/26": "a numeric date's order (day first here) needs context; the setting reads the month first",
    # the kept third's, of classes the tuned part did not show
    "ETD 1745L": "a clock's four digits glued to 'L' (local time) are counted and the 'L' read as litres",
    "Inv. #2026-0117": "'Inv.' is left as written, not said 'invoice'",
    "api/v2/orders": "a path's slashes between words are read 'or' ('api or version two or orders')",
}

SWEEP = Sweep("unit_tokens51.tsv", _KNOWN, form=lenient, least=260, styles=12, only=True, each=11,
              earlier=first("unit_tokens", 49), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # a telephone number to text after "SMS": its groups read as the number's, its first no short code
    # (telephones._SHORT_CODE)
    ("SMS 07700 900 250", "S.M.S zero seven seven zero zero, nine zero zero, two five zero"),
    ("SMS: 0113 496 0999", "S.M.S: zero one one three, four nine six, zero nine nine nine"),
    ("Text or SMS 01632 960 417 for help.",
     "Text or S.M.S zero one six three two, nine six zero, four one seven for help."),
    ("SMS 60060", "S.M.S six zero zero six zero"),  # guard: a short code alone, keyed as before
    ("SMS 500 messages", "S.M.S five hundred messages"),  # guard: a count before its noun, as before
    # a numbered piece of a consignment or a set before its count, "two of fourteen" (facts.SERIES_PLACES)
    ("Pallet 2/14", "Pallet two of fourteen"),
    ("Box 3/12 arrived.", "Box three of twelve arrived."),
    ("Parcel 1/2", "Parcel one of two"),
    ("Disc 2/2", "Disc two of two"),
    ("Crate 11/24", "Crate eleven of twenty four"),
    ("Delivered 2/14", "Delivered February fourteenth"),  # guard: no piece named before it, a date as before
    ("a 3/4 inch box", "a three quarters inch box"),  # guard: the piece's word after, a fraction as before
    # a port's number and its protocol, the slash said (slashes._port_protocol)
    ("port 8443/tcp", "port eight four four three slash T.C.P"),
    ("53/udp open", "fifty three slash U.D.P open"),
    ("Allow 22/tcp and 443/tcp.", "Allow twenty two slash T.C.P and four hundred forty three slash T.C.P."),
    ("port 5060/sctp", "port five zero six zero slash S.C.T.P"),
    ("tcp/udp", "tcp or udp"),  # guard: no number before it, a choice as before
    ("TCP/IP", "T.C.P I.P"),  # guard: capitals on both sides, as before
    # a purchase order's number after "PO", keyed (facts.CODE_LABELS), and a capital label's "number" before its code
    ("PO 45001234", "P.O four five zero zero one two three four"),
    ("PO# 778812", "P.O number seven seven eight eight one two"),
    ("PO number 4500012", "P.O number four five zero zero zero one two"),
    ("ID number 45001234", "I.D number four five zero zero one two three four"),
    ("PO Box 1234", "P.O Box twelve thirty four"),  # guard: a box's number, the box between, as before
    # a ticket's key: capitals, a hyphen and five digits or more, the digits keyed (telephones._HYPHENED_KEY)
    ("SR-20931", "S.R two zero nine three one"),
    ("DEV-88412 is fixed.", "D.E.V eight eight four one two is fixed."),
    ("See JIRA-104233.", "See JIRA one zero four two three three."),
    ("Ticket HR-55120 raised", "Ticket H.R five five one two zero raised"),
    ("COVID-19", "Covid nineteen"),  # guard: two digits, a name's number, as before
    ("ISO-27001", "Iso twenty seven thousand one"),  # guard: a standard's number, as before
])
def test_the_classes_of_the_tuned_misses(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("token", "after"), [
    ("SMS 07700 ", "900 250"),
    ("Pallet 2/14 ", "Box 3/12"),
    ("8443/tcp ", "53/udp"),
    ("/tcp", " 22/tcp"),
    ("PO 4500 ", "1234"),
    ("AB-12345-", "SR-20931"),
    ("SR-", "20931"),
])
def test_the_new_rules_stay_linear(token: str, after: str) -> None:
    check_linear(token, read=lambda text: speakable(text + after, "en"))
