"""A forty-sixth author's short items in all twelve unit categories, out of context as NeMo's test files give them
(tests/fixtures/speech/unit_tokens46.tsv), weighted to the categories whose misses were most common over the earlier
sets (electronic 50, telephone 35, measure 35, time 35, date 30, the other seven 10 each) and drawn from the text kinds
the earlier sets drew on least: trades' invoices, sort codes and IBANs, charities' appeals, lettings (pcm, floor areas,
room sizes), classified ads ("ONO", "ovno"), transport (bus routes, headcodes, platforms, tickets), home networks and
devices (router addresses, ports, SSIDs, MAC addresses, firmware, chargers), social handles and hashtags with digits,
telephone numbers as ordinary people write them (dots, odd spaces, "x" and "ext.", "(0)"), dates as they write them
("Weds 9th", "the 3rd of Jan", "NYE") and times on posters ("7:30ish", "from 10 'til late", "noon-4"): a forty-sixth
estimate of the unit score on text nobody here tuned for. 318 were written; 53 repeated the earlier sets (case ignored;
the forty-fourth and forty-fifth, written beside this one, were asked too) and were dropped before any run, and the 10
last written past each category's share were left out, 255 in all.

FIRST READING 199 of 255 (78.0%) relaxed and 226 (88.6%) lenient (the benchmark's relaxed_form and lenient_form), 223
as this file compares. By category, relaxed/lenient: cardinal 7/7, date 28/28, decimal 10/10, electronic 30/38,
fraction 9/9, measure 30/34, money 8/10, ordinal 10/10, range 10/10, roman 10/10, telephone 29/29, time 18/31 (of 10,
30, 10, 50, 10, 35, 10, 10, 10, 10, 35, 35). Every third row (index % 3 == 2, 85 rows) was kept aside: 76 of them
as this file compares at the first reading, 147 of the other 170. The relaxed-only misses are the house's forms
against the rows' spelling: "PM" and "AM" run together, "and" after a hundred, initialisms run together ("HTTP").
Thirteen rows were then given the house's forms they lacked, none a change of reading: the letter A said "Eh" ('route
7A', 'headcode 1A23', 'Platform 4a'), a two-digit year said as written ('12.10.26', 'Valid until 31/03/27': "twenty
six"), an IP address's first part said digit by digit ('10.0.0.138': "one zero dot ..."), an initialism said as a word
before spelled letters ('SSID: VM8823412', 'IBAN GB33 ...', 'USB-C PD 65W'), a version's stops and dash not said
('v1.0.7-beta.2': "version one point zero point seven beta two"), "one half" ('½ day closing') and a MAC address's
groups parted by pauses, not "colon". So counted, the first reading is 210 relaxed and 235 lenient (234 as this file
compares): tuned 153 of 170, kept 81 of 85.

The misreads of the tuned two thirds by class (as this file compares): a reference's number sign before digits, a dash
and a group led by a zero, read as a span of 24-hour times and the sign as a hashtag ('Inv. #2026-0412': "hashtag
twenty twenty six to o four twelve"); a dotted time made rough by "-ish" ('3.30-ish': "three point three zero ish"); a
day's opening hours on a 24-hour face with no word of the clock ('10.00-16.00': "ten point zero zero to ..."); a
British number parted by stops or in odd groups ('07700.900.321', '077 00 900 222', '07700 9001 23'); amps after a
figure of volts glued to its "V" ('12V 2A': "two Eh"); a MAC address opening with "A" and a digit ('A4:5E:...': "Eh
four:five E:sixty"); a lock's or a device's code said as counts ('HomeKit code 123-45-678'); and eight left (below).

After the rules below, written from the tuned two thirds' misses before the kept third's were read (54 examples of the
eight classes, 21 of them near-misses that must not change): tuned 153 -> 162 of 170, kept 81 -> 82 of 85: the kept row
that moved is of a tuned class ('020.7946.0958', a British number parted by stops); the kept misses left are of
classes the tuned part did not show (a dotted time before "start" with no "the", a handle with a stop and digits) or
one it left (a name of words joined by underscores alone). 220 (86.3%) relaxed, 245 (96.1%) lenient; by category,
relaxed/lenient: cardinal 10/10, date 30/30, decimal 10/10, electronic 37/43, fraction 10/10, measure 31/35, money
8/10, ordinal 10/10, range 10/10, roman 10/10, telephone 33/33, time 21/34. No reading of the benchmark's text
changed. Compared as the nineteenth set compares: case and punctuation ignored, a number's "and" folded and an
initialism's letters run together. "19.30 start" and "01632 960 321 opt. 2" read after they had been read, by later
rules for a dotted time before what runs to the clock and a phone menu's "opt." (tests/test_speech_left57.py)."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, is the house's reading in a
# form the row did not write, or is of a class no rule reads yet.
_KNOWN: dict[str, str] = {
    "TP-Link_5G_A3F1": ("a network's name of words joined by underscores, alone: a name with no words of prose around"
                        " it is taken for a line of a code listing, whose underscores are not said"),
    "Cafe_Guest_5G": ("a network's name of words joined by underscores, alone: a name with no words of prose around it"
                      " is taken for a line of a code listing, whose underscores are not said"),
    "admin/admin123": "a user's name and a password parted by a slash: the slash between words is 'or'",
    "@_mia.2004": "a handle with a stop and digits after it: no domain's ending follows, and the stop is left unsaid",
    "#5aday": "a hashtag's words run together in small letters after its digit: no rule knows where 'a' and 'day' part",
    "justgiving.com/page/ann-smith-10k": ("a page's name in a link: its digits said one by one, as a path's are ('one"
                                          " zero k', not 'ten k')"),
    "rightmove.co.uk/properties/148213": "a link with a long number in its path is said 'a link', as the house does",
    "https://wa.me/447700900123": "a link with a long number in its path is said 'a link', as the house does",
    "x214": "an extension's 'x' alone with no number to call before it: a model's name as often ('the x214')",
}

# The sets written beside this one are not on main; the earlier sets are the first forty-three.
SWEEP = Sweep("unit_tokens46.tsv", _KNOWN, form=lenient, least=250, styles=12, only=True, each=10,
              earlier=first("unit_tokens", 43), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # a reference's number sign before a span of four digits: a number, not two 24-hour times
    # (hundreds._FOUR_DIGIT_SPAN)
    ("#2026-0412", "number twenty twenty six, zero four one two"),
    ("Invoice #1830-0045", "Invoice number eighteen thirty, zero zero four five"),
    ("Order #2215-0007", "Order number two thousand two hundred fifteen, zero zero zero seven"),
    ("job #1730-0800", "job number seventeen thirty, zero eight zero zero"),
    ("0830-1730", "o eight thirty to seventeen thirty"),  # guard: no sign, a span of the clock as before
    ("shift 2200-0600", "shift twenty two hundred to o six hundred"),  # guard: as before
    # a dotted time made rough by "ish" (dotted._ROUGH_DOTTED)
    ("7.30ish", "seven thirty ish"),
    ("3.30-ish", "three thirty-ish"),
    ("4.15-ish", "four fifteen-ish"),
    ("10.45ish", "ten forty five ish"),
    ("18.30-ish", "eighteen thirty-ish"),
    ("2.75ish", "two point seven five ish"),  # guard: no minute of the clock, as before
    ("£4.50ish", "four pounds fifty pence ish"),  # guard: money, as before
    ("shares at 4.50ish", "shares at four point five zero ish"),  # guard: talk of prices, as before
    # a day's hours on a 24-hour face, on the quarter hours, past noon at the end (dotted._twenty_four_hour_span)
    ("10.00-16.00", "ten hundred to sixteen hundred"),
    ("9.00-17.30", "nine o'clock to seventeen thirty"),
    ("10.30–14.00", "ten thirty to fourteen hundred"),
    ("11.45-13.15", "eleven forty five to thirteen fifteen"),
    ("2.00-3.50", "two point zero zero to three point five zero"),  # guard: ends before noon, as before
    ("1.00-15.00", "one point zero zero to fifteen point zero zero"),  # guard: opens before five, as before
    ("10.20-13.40", "ten point two zero to thirteen point four zero"),  # guard: not on the quarters, as before
    ("12.50-14.75", "twelve point five zero to fourteen point seven five"),  # guard: no minute, as before
    # a British number parted by stops (telephones._ZERO_LED_DOTTED)
    ("07700.900.321", "zero seven seven zero zero, nine zero zero, three two one"),
    ("020.7946.0958", "zero two zero, seven nine four six, zero nine five eight"),
    ("0117.496.0123", "zero one one seven, four nine six, zero one two three"),
    ("01632.960.123", "zero one six three two, nine six zero, one two three"),
    ("1.234.567", "one million two hundred thirty four thousand five hundred sixty seven"),  # guard: as before
    ("01.02.2026", "the first of February twenty twenty six"),  # guard: a date, as before
    ("v0.123.456", "version zero point one hundred twenty three point four hundred fifty six"),  # guard: as before
    # ... and in odd groups, eleven digits with a group of two among them (telephones._ZERO_LED_ODD_GROUPS)
    ("077 00 900 222", "zero seven seven, zero zero, nine zero zero, two two two"),
    ("07700 9001 23", "zero seven seven zero zero, nine zero zero one, two three"),
    ("0117 49 60 123", "zero one one seven, four nine, six zero, one two three"),
    ("03 11 24 35 41", "zero three eleven twenty four thirty five forty one"),  # guard: a lottery's pairs, as before
    ("0800 11 11", "zero eight zero zero, one one, one one"),  # guard: eight digits in pairs, as before
    # amps after a figure of volts glued to its "V" (ambiguousunits._ELECTRIC)
    ("12V 2A", "twelve volts two amps"),
    ("5V 3A", "five volts three amps"),
    ("20V 3.25A", "twenty volts three point two five amps"),
    ("9V 1A adapter", "nine volts one amp adapter"),
    ("5V/2A", "five volts, two amps"),
    ("seat 2A", "seat two Eh"),  # guard: no volts, as before
    ("the 12A bus", "the twelve Eh bus"),  # guard: as before
    # a MAC address opening with "A" and a digit (capitals._A_BEFORE_DIGITS)
    ("A4:5E:60:C2:1B:9F", "A four, five E, six zero, C two, one B, nine F"),
    ("A0:B1:C2:D3:E4:F5", "A zero, B one, C two, D three, E four, F five"),
    ("A8:66:7F:01:23:45", "A eight, six six, seven F, zero one, two three, four five"),
    ("A4 paper", "Eh four paper"),  # guard: as before
    ("A1: the road north", "Eh one: the road north"),  # guard: as before
    # a lock's, a gate's or a device's code, said a digit at a time (facts.CODE_OWNERS)
    ("HomeKit code 123-45-678", "HomeKit code one two three, four five, six seven eight"),
    ("door code 4821", "door code four eight two one"),
    ("pairing code 482 913", "pairing code four eight two, nine one three"),
    ("Gate code: 1970", "Gate code: one nine seven zero"),
    ("alarm code 2580", "alarm code two five eight zero"),
    ("the door 4", "the door four"),  # guard: no code, as before
    ("gate 12", "gate twelve"),  # guard: as before
    ("entry fee 25", "entry fee twenty five"),  # guard: as before
])
def test_the_classes_of_the_tuned_misses(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("token", "after"), [
    ("#2026-", "0412"),
    ("7.30-", "ish"),
    ("10.00-", "16.00"),
    ("0", "7700.900.321"),
    ("077 ", "00 900 222"),
    ("12V ", "2A"),
    ("A4:", "5E:60:C2:1B:9F"),
    ("door code ", "4821"),
])
def test_the_new_rules_stay_linear(token: str, after: str) -> None:
    check_linear(token, read=lambda text: speakable(text + after, "en"))
