"""The rules asked for by what the seventh sweep (news desks' sentences) left, each on examples of our own."""

from __future__ import annotations

import pytest

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("He dialled 999.", "He dialled nine nine nine."),
    ("She rang 999 at once.", "She rang nine nine nine at once."),
    ("Phone 111 for advice.", "Phone one one one for advice."),
    ("They phoned 101 and waited.", "They phoned one zero one and waited."),
    ("Dialling 112 from abroad is free.", "Dialling one one two from abroad is free."),
    # a count after the same verbs stays a count
    ("The bell rang 101 times.", "The bell rang one hundred one times."),
    ("He phoned 300 people.", "He phoned three hundred people."),
])
def test_a_number_dialled_in_any_tense_is_said_digit_by_digit(written: str, spoken: str) -> None:
    """Only the stems' regular tenses were known ("called", "texted"): "dialled 999" was "nine hundred ninety nine"."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("A&E staff walked out.", "Eh and E staff walked out."),
    ("Beds ran short. A&E closed at noon.", "Beds ran short. Eh and E closed at noon."),
    ("A and B both failed.", "Eh and B both failed."),
    # the article before "and" with no letter after it stays
    ("A and then another.", "A and then another."),
])
def test_a_sentence_opening_with_the_letter_a_and_another_letter(written: str, spoken: str) -> None:
    """espeak-ng says a sentence's first "A" in "A and E" as the article, a schwa ("a# and 'i:"); "Eh" it says as
    the letter ("'eI and 'i:"), as it already did inside a sentence."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Gates close 15 mins before dep.", "Gates close fifteen minutes before departure."),
    ("Boarding ends 20 mins before dep. Seats are free.",
     "Boarding ends twenty minutes before departure. Seats are free."),
    ("The coach is dep. 07:10, arr. 09:55.", "The coach is departure seven ten, arrival nine fifty five."),
])
def test_a_timetables_departure_and_arrival(written: str, spoken: str) -> None:
    """"dep." and "arr." were left as written, which the voice says "dep" and "ar"."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Root 112* steadied the innings.", "Root one hundred twelve not out steadied the innings."),
    ("Kent 301/6 (Bell 88*, Crawley 41) at stumps.",
     "Kent three hundred one for six (Bell eighty eight not out, Crawley forty one) at stumps."),
    # with no word of cricket near, a star after a number is a footnote's mark
    ("Prices rose 12* in May.", "Prices rose twelve in May."),
])
def test_a_batters_star_is_not_out(written: str, spoken: str) -> None:
    """The star was dropped as a footnote's mark ("Root one hundred twelve steadied")."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Judge ended with 58 HR and 130 RBI.", "Judge ended with fifty eight home runs and one hundred thirty R.B.I."),
    ("Allen threw 3 TD and 1 INT.", "Allen threw three touchdowns and one interception."),
    ("Acuna had 41 HR, 73 SB.", "Acuna had forty one home runs, seventy three stolen bases."),
    # alone, "HR" after a count may be hours, and stays spelled
    ("The desk is staffed 24 HR a day.", "The desk is staffed twenty four H.R a day."),
])
def test_a_box_scores_capitals_after_counts(written: str, spoken: str) -> None:
    """Each was spelled as an initialism ("fifty eight H.R")."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The Bears are 4-9 this season.", "The Bears are four and nine this season."),
    ("Miami finished with an 11-6 record.", "Miami finished with an eleven and six record."),
    ("The Sooners improved to 6-1 with the win.", "The Sooners improved to six and one with the win."),
    ("Denver are 7-0 at home.", "Denver are seven and oh at home."),
    # a span stays a span
    ("Rates fell to 4-5 in May.", "Rates fell to four to five in May."),
    ("Lows of 3-7 are expected overnight.", "Lows of three to seven are expected overnight."),
])
def test_a_teams_wins_and_losses(written: str, spoken: str) -> None:
    """A team's record was read as a span ("four to nine this season")."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Voting ends at 2200 Thursday.", "Voting ends at twenty two hundred Thursday."),
    ("Polls open at 2130 Wednesday.", "Polls open at twenty one thirty Wednesday."),
    # read so before by other rules, and kept
    ("The curfew lasts until 1900 Sat.", "The curfew lasts until nineteen hundred Saturday."),
    ("Doors open at 1830 tonight.", "Doors open at eighteen thirty tonight."),
    # four digits after "in" before a day are no time the rule reads
    ("A crowd of 1500 Sunday worshippers came.", "A crowd of fifteen hundred Sunday worshippers came."),
])
def test_a_24_hour_time_before_a_day(written: str, spoken: str) -> None:
    """Four digits without a zero after "at" and before a day were a count ("two thousand two hundred Thursday")."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("She booked a 2h 15m flight.", "She booked a two hour fifteen minute flight."),
    ("It was an 11h 30m shift.", "It was an eleven hour thirty minute shift."),
    # not before a noun, the units stay plural
    ("The drive took 2h 15m in all.", "The drive took two hours fifteen minutes in all."),
    ("The 1h 20m was dull.", "The one hour twenty minutes was dull."),
])
def test_a_length_in_hours_and_minutes_before_its_noun(written: str, spoken: str) -> None:
    """Between the article and its noun the units were plural ("a two hours fifteen minutes flight")."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The fair runs 14/3 to 18/3.", "The fair runs the fourteenth of March to the eighteenth of March."),
    ("The exhibition runs 21/6.", "The exhibition runs the twenty first of June."),
    # runs the noun, counted, is still cricket's
    ("Kent were 145/6, with Bell on 60 runs.", "Kent were one hundred forty five for six, with Bell on sixty runs."),
])
def test_runs_the_verb_is_no_cricket(written: str, spoken: str) -> None:
    """"runs" the verb counted as a word of cricket, so a day and month were runs for wickets or a fraction
    ("fourteen for three to eighteen thirds")."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The 27/8 deadline was missed.", "The twenty seventh of August deadline was missed."),
    ("After the 14/2 vote, they met.", "After the fourteenth of February vote, they met."),
])
def test_a_day_and_month_after_the(written: str, spoken: str) -> None:
    """The date's own "the" was said after the sentence's ("The the twenty seventh of August")."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Its twin 2.5K displays are bright.", "Its twin two point five K displays are bright."),
    ("The Ryzen 9 950K runs cool.", "The Ryzen nine nine hundred fifty K runs cool."),
    # thousands stay thousands
    ("The clip drew 2.5K views.", "The clip drew two point five thousand views."),
    ("They hired 950K workers.", "They hired nine hundred fifty thousand workers."),
])
def test_a_k_that_is_no_thousand(written: str, spoken: str) -> None:
    """A screen's resolution with a decimal and a processor's model after its line's tier were read as thousands."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Lyon made 64* off 41 balls.", "Lyon made sixty four not out off forty one balls."),
    ("The Knicks are 0-4 to open the season.", "The Knicks are oh and four to open the season."),
    ("Gauff won 6-3 7-5 on Sunday.", "Gauff won six three seven five on Sunday."),
    ("Dep. 07:20, Arr. 10:05.", "Departure seven twenty, Arrival ten o five."),
    ("Dep. Chief Smith resigned.", "Dep. Chief Smith resigned."),  # a deputy's title, left
    ("The bar serves food until 2230.", "The bar serves food until twenty two thirty."),
    ("Shares rose to 2230 points until noon.", "Shares rose to two thousand two hundred thirty points until noon."),
    ("Emissions must fall by 2100.", "Emissions must fall by twenty one hundred."),
])
def test_what_the_eighth_sweep_asked_for(written: str, spoken: str) -> None:
    """A star's "not out" with "off N balls" the only word of cricket; a record "to open the season"; tennis sets
    parted by a space (were spans); a capital "Dep." before a time; an evening's 24-hour time after "until" (was
    "two thousand two hundred thirty")."""
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Ring 111 for advice, or 999 in an emergency.", "Ring one one one for advice, or nine nine nine in an emergency."),
    ("Dial 112 if you can, or 911 otherwise.", "Dial one one two if you can, or nine one one otherwise."),
    # only in the sentence that calls
    ("Call 999 now. Sales rose 4%, or 250.", "Call nine nine nine now. Sales rose four percent, or two hundred fifty."),
])
def test_the_other_number_to_call(written: str, spoken: str) -> None:
    """A second number to call after ", or", away from the verb that calls, was a count ("nine hundred ninety nine")."""
    assert speakable(written) == spoken
