"""The rules the seventh sweep (news desks' sentences) asked for, each on examples of our own, not the sweep's rows."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("Roadworks run from 2200 Fri to 0500 Mon.",
     "Roadworks run from twenty two hundred Friday to o five hundred Monday."),
    ("The line is closed between 0030 and 0545.", "The line is closed between o o thirty and o five forty five."),
    ("The 0648 Bristol Temple Meads to Cardiff is cancelled.",
     "The o six forty eight Bristol Temple Meads to Cardiff is cancelled."),
    ("The 0915 from York is running late.", "The o nine fifteen from York is running late."),
    ("The bridge shuts until 19:30 Sat.", "The bridge shuts until nineteen thirty Saturday."),
])
def test_a_24_hour_time_in_a_timetable_or_a_span(written: str, spoken: str) -> None:
    """A zero-led time before where a service runs from or to was a house number ("zero six four eight"), the far end
    of a span of times was digits, and a weekday's short form after a 24-hour time was left ("Fri")."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Calls to 0800 numbers are free.", "Calls to zero eight zero zero numbers are free."),
    ("Visitors rose from 1990 to 2000.", "Visitors rose from nineteen ninety to two thousand."),
    ("The shop is at 1500 Harbor Avenue.", "The shop is at fifteen hundred Harbor Avenue."),
])
def test_what_is_no_24_hour_time_stays(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The concert begins at 20h45.", "The concert begins at twenty forty five."),
    ("The museum is open from 9h30 until 17h00.", "The museum is open from nine thirty until seventeen hundred."),
    ("Her flight took 3h40.", "Her flight took three hours forty minutes."),
    ("After 1h15 of talks they broke off.", "After one hour fifteen minutes of talks they broke off."),
])
def test_an_hour_and_minutes_parted_by_h(written: str, spoken: str) -> None:
    """At a sentence's end the hours and minutes were left ("three h forty"); after a word that asks for a time they
    were a length of time ("at twenty hours forty five minutes")."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a verb of rating and what it rates
    ("Critics rated the album 9/10.", "Critics rated the album nine out of ten."),
    ("We gave our stay 4/5.", "We gave our stay four out of five."),
    ("Give them 1/2 a cup each.", "Give them half a cup each."),
    # a horse's price, and a span of prices
    ("The filly is 12/1 for the race.", "The filly is twelve to one for the race."),
    ("His horse went from 16/1 to 25/1 overnight.",
     "His horse went from sixteen to one to twenty five to one overnight."),
    # runs for wickets in a named over
    ("Pakistan were 19/3 in the fifth over.", "Pakistan were nineteen for three in the fifth over."),
    # a sum's fractions after its verb
    ("Subtract 17/6 from 4.", "Subtract seventeen sixths from four."),
])
def test_a_number_over_a_number_in_the_words_of_its_kind(written: str, spoken: str) -> None:
    """Marks after a verb of rating and its object were a fraction ("nine tenths"); a horse's price, runs for wickets
    in the fifth over and a sum's fraction were dates or fractions."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Put it in your diary for 14/2.", "Put it in your diary for the fourteenth of February."),
    ("Term runs from 15/9 to 20/12.", "Term runs from the fifteenth of September to the twentieth of December."),
    ("The fair is open 15/1 to 20/1 only.",
     "The fair is open the fifteenth of January to the twentieth of January only."),
])
def test_dates_stay_dates(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Police said a reported $3m was taken.", "Police said a reported three million dollars was taken."),
    ("An estimated £40k has been raised.", "An estimated forty thousand pounds has been raised."),
    ("An estimated £40k appeal was launched.", "An estimated forty thousand pound appeal was launched."),
])
def test_an_amount_after_an_article_before_a_verb(written: str, spoken: str) -> None:
    """After "a reported" or "an estimated" an amount before a verb is what is spoken of, said in the plural ("three
    million dollar was taken" before)."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Insulin comes in 3ml pens.", "Insulin comes in three milliliter pens."),
    ("Use 25mcg patches at first.", "Use twenty five microgram patches at first."),
    ("The phone supports 67W charging.", "The phone supports sixty seven watt charging."),
    ("About 2.5m new voters registered.", "About two point five million new voters registered."),
    ("Some 1.4m eligible borrowers applied.", "Some one point four million eligible borrowers applied."),
])
def test_a_size_or_a_count_before_what_it_describes(written: str, spoken: str) -> None:
    """A drug's amount before what holds it and a power before "charging" were said in the plural ("three
    milliliters pens", "sixty seven watts charging"); a count in millions before a describing word and borrowers was
    meters."""
    assert speakable(written) == spoken



def test_inches_of_mercury() -> None:
    """An American barometer's reading was left as letters ("twenty nine point one inHg")."""
    assert speakable("Pressure dropped to 29.1 inHg overnight.") == (
        "Pressure dropped to twenty nine point one inches of mercury overnight.")


@pytest.mark.parametrize(("written", "spoken"), [
    ("It is a 27in 4K monitor.", "It is a twenty seven inch four K monitor."),
    ("Pack a 65W 3-port charger.", "Pack a sixty five watt three port charger."),
    ("Food (8/10), service (6/10).", "Food (eight out of ten), service (six out of ten)."),
    ("Add salt (1/10 of a teaspoon).", "Add salt (one tenth of a teaspoon)."),
])
def test_a_size_before_another_and_marks_in_brackets(written: str, spoken: str) -> None:
    """A size before another size and the noun both describe was said plural ("twenty seven inches four K monitor");
    marks out of ten alone in brackets were tenths."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("She has 31 HRs and 12 SBs.", "She has thirty one home runs and twelve stolen bases."),
    ("She has 88 RBIs.", "She has eighty eight R.B.I.'s."),  # said as letters
    ("He ran for 2 TDs and threw 1 INT.", "He ran for two touchdowns and threw one interception."),  # a box score
    ("Two HRs staff left.", "Two H.R.'s staff left."),
])
def test_a_season_total_after_a_count(written: str, spoken: str) -> None:
    """A box score's plural after a count was spelled ("thirty one H.R.'s"); without a number it stays letters."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Kits range from 64GB-512GB.", "Kits range from sixty four gigabytes to five hundred and twelve gigabytes."),
    ("Walks of 800m-3km are planned.", "Walks of eight hundred meters to three kilometers are planned."),
    ("Jail: 2y 4m; fine: £500.", "Jail: two years four months; fine: five hundred pounds."),
    ("Fri: 16C, cloudy. Sat: 18C, sunny.",
     "Friday: sixteen degrees Celsius, cloudy. Saturday: eighteen degrees Celsius, sunny."),
    ("Votes cast: Yes 40,112; No 38,906.",
     "Votes cast: Yes forty thousand one hundred twelve; No thirty eight thousand nine hundred six."),
])
def test_the_forms_of_tables_and_results_lines(written: str, spoken: str) -> None:
    """Two sizes of one quantity joined by a dash kept it unsaid ("sixty four gigabytes-five hundred twelve"), years
    and months were "two y four meters", a forecast's days opening their entries were left ("Fri"), and a vote's
    "No" was "number"."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Sun: the star we orbit.", "Sun: the star we orbit."),
    ("Yes, No 10 said so.", "Yes, number ten said so."),
    ("A 5kg-10m rope.", "A five kilograms-ten meter rope."),  # two quantities: no span
])
def test_what_those_forms_leave(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The Bruins won 4-3 in OT.", "The Bruins won four to three in overtime."),
    ("Lakers 121 Suns 119 (OT)", "Lakers one hundred twenty one Suns one hundred nineteen (overtime)"),
    ("She trained in OT for years.", "She trained in O.T for years."),
    ("Room 5 OT is closed.", "Room five O.T is closed."),
])
def test_overtime_after_a_score(written: str, spoken: str) -> None:
    """"in OT" after a game's score was spelled ("in O.T"); elsewhere it may be occupational therapy."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Join the 4hr 15min group.", "Join the four hour fifteen minute group."),
    ("It took 4hr 15min in all.", "It took four hours fifteen minutes in all."),
])
def test_hours_and_minutes_before_what_they_describe(written: str, spoken: str) -> None:
    """The hours before minutes and a noun were said plural ("the four hours fifteen minute group")."""
    assert speakable(written) == spoken
