"""Rules the eleventh sweep asked for (h49, issue #10), each from examples of our own: a forecast's row of signs, the
rooms that are no forecast, a wind's bearing, two school years, a slot's lanes, two days in a row before their month,
"w/e" and the year 2000 written "00"."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "language", "spoken"), [
    # a number in words after a temperature is the row's next figure, not a noun it describes ("degree")
    ("Sat 14°C 9°C 20%", "en-GB", "Saturday fourteen degrees Celsius nine degrees Celsius twenty percent"),
    ("Max 12°C 40% rain", "en-GB", "Max twelve degrees Celsius forty percent rain"),
    ("Highs of 9°C 60 per cent cloud", "en-AU", "Highs of nine degrees Celsius sixty per cent cloud"),
    # a chance of rain after a pair is a forecast's only after a day or nothing
    ("Flats 3C 4C 25% sold", "en-GB", "Flats three C four C twenty five percent sold"),
    ("Tonight 6C 2C 70%", "en-GB", "Tonight six degrees Celsius two degrees Celsius seventy percent"),
    ("10C 4C 60%", "en-GB", "ten degrees Celsius four degrees Celsius sixty percent"),
    # a wind's bearing and its speed
    ("Wind 310/08 knots at the field.", "en", "Wind three one zero at eight knots at the field."),
    ("Surface wind 045/20kt.", "en-AU", "Surface wind zero four five at twenty knots."),
    # two school years in a row; other pairs left
    ("Open to Y9/10 pupils.", "en-GB", "Open to years nine and ten pupils."),
    ("Yrs 5/6 swim on Friday.", "en-AU", "Years five and six swim on Friday."),
    ("Then Years 9/10 sit it.", "en-GB", "Then Years nine and ten sit it."),
    # a slot's lanes
    ("Two PCIe 5.0 x16 slots.", "en", "Two PCIe five point zero by sixteen slots."),
    ("An M.2 drive on PCIe x2.", "en", "An M.2 drive on PCIe by two."),
    # two days in a row before their month's name, in any order of the region; a half is left
    ("The fair is on the 20/21 June.", "en-NZ", "The fair is on the twentieth and the twenty first of June."),
    ("Races on 30/31 May.", "en", "Races on the thirtieth and the thirty first of May."),
    ("Talks on 1/2 October.", "en-IE", "Talks on the first and the second of October."),
    # the week a figure ends
    ("Figures for w/e 5/6.", "en-GB", "Figures for week ending the fifth of June."),
    # the year 2000 in two digits
    ("Signed on 3/4/00.", "en-GB", "Signed on the third of April two thousand."),
    # a rating after a verb of getting; a share of a vote stays a fraction
    ("The pub gets 3/5 from the panel.", "en-GB", "The pub gets three out of five from the panel."),
    ("The film earned 8/10 from critics.", "en", "The film earned eight out of ten from critics."),
    ("He got 2/5 of the seats.", "en", "He got two fifths of the seats."),
    # odds before favourites, plural
    ("Munster are 8/11 favourites.", "en-IE", "Munster are eight to eleven favourites."),
    # a salt, an acid, a hydroxide without a count
    ("Dissolve the KBr in water.", "en", "Dissolve the K.B.R in water."),
    ("Rinse off the NaOH first.", "en", "Rinse off the N.A.O.H first."),
    ("A drop of AgCl formed.", "en", "A drop of A.G.C.L formed."),
    # a time with a stop after "at", before a day of the month read as "the second of ..."; seconds still a measure
    ("The ferry sails at 07.45 on 2 March.", "en-IE", "The ferry sails at seven forty five on the second of March."),
    ("Gates close at 08.30 sharp.", "en-GB", "Gates close at eight thirty sharp."),
    ("Shares closed at 08.30 pence.", "en-GB", "Shares closed at zero eight point three zero pence."),
    ("The lap took 1.45 seconds at 10.30 today.", "en-GB",
     "The lap took one point four five seconds at ten point three zero today."),
])
def test_h49_rules(written: str, language: str, spoken: str) -> None:
    assert speakable(written, language) == spoken
