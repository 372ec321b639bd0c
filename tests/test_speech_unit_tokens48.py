"""A forty-eighth author's short items in all twelve unit categories, out of context as NeMo's test files give them
(tests/fixtures/speech/unit_tokens48.tsv), weighted to the categories whose first readings were weakest over the earlier
sets (electronic 43, time 36, telephone 35, measure 35, money 31, date 25, the other six 10 or 11 each) and drawn from
everyday documents the earlier sets drew on least: school letters and term dates ("INSET day Mon 4/1", "Yr 7", "KS2"),
parking notices and fines ("PCN £70 (£35 if paid within 14 days)"), bus and ferry timetables ("dep 07:52 arr 08:41"),
warranty cards and product labels ("230V~50Hz 1200W", "IPX7"), council tax bills ("Band D £2,171.69"), delivery and
tracking, prescriptions ("1 tab bd"), sports fixtures, event tickets, email footers and signatures, Wi-Fi cards,
recipes' oven lines and hotel confirmations: a forty-eighth estimate of the unit score on text nobody here tuned for.
309 were written; 40 repeated the first forty-six sets (case ignored) and were dropped before any run, 269 in all.

FIRST READING 215 of 269 (79.9%) relaxed and 259 (96.3%) lenient (the benchmark's relaxed_form and lenient_form), 257
as this file compares. By category, relaxed/lenient: cardinal 10/11, date 23/24, decimal 10/10, electronic 18/39,
fraction 10/10, measure 30/34, money 26/31, ordinal 11/11, range 10/10, roman 10/10, telephone 34/34, time 23/35 (of
11, 25, 10, 43, 10, 35, 31, 11, 11, 11, 35, 36). Every third row (index % 3 == 2, 89 rows) was kept aside: 87 of them
as this file compares (77 relaxed), 170 of the other 180 (138 relaxed). The relaxed-only misses (44) are all the
house's forms against the rows' spelling: "PM" and "AM" run together, an initialism's letters run together ("UK",
"WWW", "nhs", "sch"), "and" after a hundred; no row was re-written.

The misreads of the tuned two thirds by class (as this file compares): a dotted name's last part a number ('Skype:
jane.doe.88': "jane dot doe.", the number dropped as a footnote's mark); a code's label before "no." that the list of
labels lacked ('Tracking no. JD0146...': "Tracking no. J.D ..."); a span of two slashed dates whose one end's day over
twelve settles the order ('01/04/2026 – 31/03/2027': "January fourth ... to the thirty first of March"); a code of
capitals glued to seven digits after capitals and a hyphen, counted ('PCN-WK3419872': "three million ..."); a number
sign after a code's label taken for a hashtag ('Order #UK-552-91837'); a handle's word run into a closing initialism
('@CityFC_Tickets': "CityFC"); a measure before a spoonful said plural ('2 x 5ml spoonfuls': "milliliters
spoonfuls"); and four left (below).

After the rules below, written from the tuned two thirds' misses (the first two before the kept third's misses were
read, the other five after, none of the kept misses' classes; 47 examples of the seven classes, 19 of them
near-misses that must not change): tuned 170 -> 176 of 180 as this file compares (138 -> 144 relaxed, 172 -> 177
lenient), kept 87 -> 87 of 89 (77 relaxed, 87 lenient): the kept misses are of classes the tuned part did not show (a
Roman numeral glued to a letter, 'Type IIR mask'; a telephone's other last group after a slash, '01632 960 785 /
786'). 263 of 269 as this file compares, 221 (82.2%) relaxed and 264 (98.1%) lenient; by category, relaxed/lenient:
cardinal 10/11, date 24/25, decimal 10/10, electronic 22/42, fraction 10/10, measure 31/35, money 26/31, ordinal
11/11, range 10/10, roman 10/10, telephone 34/34, time 23/35. No reading of the benchmark's text changed. Compared
as the nineteenth set compares: case and punctuation ignored, a number's "and" folded and an initialism's letters
run together.
Read after it had been read (by a later sweep's rules, tests/test_speech_left57c.py): '01632 960 785 / 786', a
telephone's other last group after a slash, said digit by digit after "or".
Read after it had been read (by a later sweep's rules, tests/test_speech_left58.py): 'Type IIR mask', a surgical
mask's type said 'two R'; 'Fireworks at 7.45', a dotted time after an event's noun and 'at'; and 'KS1–2', a span of
key stages said 'to'."""

from __future__ import annotations

import pytest
from sweeps import UNIT_SET_TESTS, Sweep, check_linear, first, lenient, sweep_tests

from narrator.speech import speakable

# Items read wrongly out of context and left: each needs context the item does not give, is the house's reading in a
# form the row did not write, or is of a class no rule reads yet.
_KNOWN: dict[str, str] = {
    "x.com/CityFC": "a path's word run into a two-letter initialism ('CityFC'): no rule parts them",
    "Order #UK-552-91837": ("a code's groups of digits after its letters and hyphens are counted ('five fifty two"
                            " ninety one thousand ...'), not said digit by digit"),
}

# The sets written beside this one are not on main; the earlier sets are the first forty-six.
SWEEP = Sweep("unit_tokens48.tsv", _KNOWN, form=lenient, least=260, styles=12, only=True, each=10,
              earlier=first("unit_tokens", 46), any_case=True)
globals().update(sweep_tests(SWEEP, **UNIT_SET_TESTS))


@pytest.mark.parametrize(("written", "spoken"), [
    # a dotted name's last part a number of up to three digits: its stop said, no footnote's mark
    # (citations._footnote_number)
    ("Skype: jane.doe.88", "Skype: jane dot doe dot eighty eight"),
    ("tom.smith.12", "tom dot smith dot twelve"),
    ("IG: ella.rose.07", "I.G: ella dot rose dot zero seven"),
    ("my login is sam.jones.99", "my login is sam dot jones dot ninety nine"),
    ("as the study showed.23 Then it rose.", "as the study showed. Then it rose."),  # guard: a footnote, as before
    ("rates fell sharply.12 The bank said so.", "rates fell sharply. The bank said so."),  # guard: as before
    ("the U.S. economy.4 It grew.", "the U.S economy. It grew."),  # guard: as before
    # a parcel's, a booking's or a member's code after its label's "no." (words._LABELLED_NUMBER_SIGN)
    ("Tracking no. JD0146", "Tracking number J.D zero one four six"),
    ("Booking no. XK7P2Q", "Booking number X.K seven P two Q"),
    ("Membership no. AB12", "Membership number A.B twelve"),
    ("Customer no. C0049", "Customer number C zero zero four nine"),
    ("Order no. AB12", "Order number A.B twelve"),  # as before
    ("Say no. Then go.", "Say no. Then go."),  # guard: no label, as before
    ("There was no. Tracking no. It failed.", "There was no. Tracking no. It failed."),  # guard: a word, as before
    # a span of two slashed dates, one end's day over twelve settling both ends' order
    # (numericdates._numeric_date_range)
    ("01/04/2026 – 31/03/2027",
     "the first of April twenty twenty six to the thirty first of March twenty twenty seven"),
    ("From 01/04/2026 to 31/03/2027",
     "From the first of April twenty twenty six to the thirty first of March twenty twenty seven"),
    ("05/06/2026 - 17/06/2026", "the fifth of June twenty twenty six to the seventeenth of June twenty twenty six"),
    ("valid 02/03/2026 until 28/02/2027",
     "valid the second of March twenty twenty six until the twenty eighth of February twenty twenty seven"),
    ("01/15/2024 - 03/01/2024", "January fifteenth twenty twenty four to March first twenty twenty four"),
    ("01/04/2026 - 02/04/2026", "January fourth twenty twenty six to February fourth twenty twenty six"),  # guard
    ("12/13/2026 - 14/12/2026",  # guard: the ends disagree, each read on its own, as before
     "December thirteenth twenty twenty six to the fourteenth of December twenty twenty six"),
    ("2024-01-15 to 2024-03-31", "January fifteenth twenty twenty four to March thirty first twenty twenty four"),
    # a code of capitals glued to five digits or more after capitals and a hyphen (telephones._IDENTIFIER)
    ("Ref: PCN-WK3419872", "Ref: P.C.N-W.K three four one nine eight seven two"),
    ("Claim GB-HX7712345", "Claim G.B-H.X seven seven one two three four five"),
    ("PCN-AB12345678", "P.C.N-A.B one two three four five six seven eight"),
    ("re-AB1234567", "re-A.B one million two hundred thirty four thousand five hundred sixty seven"),  # guard
    ("MOT-2026-00417", "M.O.T twenty twenty six-zero zero four one seven"),  # guard: as before
    ("COVID-19", "Covid nineteen"),  # guard: as before
    # a number sign after a code's label before a code of capitals and digits (signs._hashtag)
    ("Order #AB123", "Order number A.B one twenty three"),
    ("Ref #XK7P2Q", "Ref number X.K seven P two Q"),
    ("Invoice #INV-0042", "Invoice number I.N.V zero zero four two"),
    ("Vote #GE2024", "Vote hashtag G.E twenty twenty four"),  # guard: no label, a tag as before
    ("#UK2026", "hashtag U.K twenty twenty six"),  # guard: as before
    ("my order #BlackFriday", "my order hashtag Black Friday"),  # guard: a tag of words, as before
    # a handle's word before an initialism closing it (signs._WORD_THEN_INITIALS)
    ("@CityFC_Tickets", "at City F.C underscore Tickets"),
    ("@CityFC", "at City F.C"),
    ("@NetflixUK", "at Netflix U.K"),
    ("@SonyUK_Help", "at Sony U.K underscore Help"),
    ("@BBCNews", "at B.B.C News"),  # guard: as before
    ("@SpaceX", "at Space X"),  # guard: one capital, as before
    ("@jack_dorsey", "at jack underscore dorsey"),  # guard: as before
    # a measure before what measures a liquid medicine out (units._CONTAINERS)
    ("Take 2 x 5ml spoonfuls 4 times a day", "Take two times five milliliter spoonfuls four times a day"),
    ("a 5 ml syringe", "a five milliliter syringe"),
    ("a 2.5ml spoonful", "a two point five milliliter spoonful"),
    ("1ml dropper", "one milliliter dropper"),
    ("take 5ml twice", "take five milliliters twice"),  # guard: as before
    ("5ml of water", "five milliliters of water"),  # guard: as before
])
def test_the_classes_of_the_tuned_misses(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("token", "after"), [
    ("ab.cd.12 ", "x"),
    ("ab.", "cd.12"),
    ("Tracking no. ", "JD0146"),
    ("01/04/2026 - ", "31/03/2027"),
    ("AB-", "CD1234567"),
    ("Order #", "AB123"),
    ("@CityFC", "UK"),
    ("5ml ", "spoonfuls"),
])
def test_the_new_rules_stay_linear(token: str, after: str) -> None:
    check_linear(token, read=lambda text: speakable(text + after, "en"))
