"""Minutes and seconds told by the words around them (a swim's, a gap's, a marathon's, a launch's), a service number
after its words, and a floor's, an arrondissement's and a place's short forms after an ordinal."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "said"), [
    # minutes and seconds after a word that takes a span, where the minutes pass a clock's hours (a score it was)
    ("The Hawks held the ball for 33:12 in all.", "The Hawks held the ball for thirty three minutes twelve seconds in"
     " all."),
    ("They had possession for 31:40 against 28:20.", "They had possession for thirty one minutes forty seconds"
     " against twenty eight minutes twenty seconds."),
    ("after a swim of 47:30, she", "after a swim of forty seven minutes thirty seconds, she"),
    ("a bike split of 58:02 was the best", "a bike split of fifty eight minutes two seconds was the best"),
    ("the swim, which she covered in 52:14, was", "the swim, which she covered in fifty two minutes fourteen seconds,"
     " was"),
    ("She spent 1:58 in the first transition.", "She spent one minute fifty eight seconds in the first transition."),
    ("He took 2:40 to change.", "He took two minutes forty seconds to change."),
    # a gap in minutes and seconds before the words of one
    ("came out of the water 1:12 behind the leader", "came out of the water one minute twelve seconds behind the"
     " leader"),
    ("She finished 2:05 ahead of Keller.", "She finished two minutes five seconds ahead of Keller."),
    ("He was 0:45 down at the turn.", "He was forty five seconds down at the turn."),  # read before: a zero's
    # a marathon's time in hours and minutes before its noun
    ("after a 3:05 marathon, she", "after a three hour five minute marathon, she"),
    ("a 2:59 marathon is a fine goal", "a two hour fifty nine minute marathon is a fine goal"),
    ("ran a 1:45 half marathon", "ran a one hour forty five minute half marathon"),
    # two paces joined by "and" before their unit, both said as the second is
    ("somewhere between 4:30 and 5:30 per km.", "somewhere between four minutes thirty seconds and five minutes"
     " thirty seconds per kilometer."),
    ("between 8:00 and 9:15 per mile", "between eight minutes and nine minutes fifteen seconds per mile"),
    # a launch's count up, as its count down is read
    ("Max Q came at T+1:12 into the flight.", "Max Q came at T plus one minute and twelve seconds into the flight."),
    ("at T+0:45 the engines", "at T plus forty five seconds the engines"),
    ("T minus 4:30 and counting", "T minus four minutes and thirty seconds and counting"),  # read before
])
def test_minutes_and_seconds_by_their_words(written: str, said: str) -> None:
    assert speakable(written) == said


@pytest.mark.parametrize(("written", "said"), [
    # guards: a time of day, a train, a verse, a score, a ratio
    ("Kick-off at 3:05 on Saturday.", "Kick-off at three o five on Saturday."),
    ("I took the 4:30 from Leeds.", "I took the four thirty from Leeds."),
    ("John 3:16 is read.", "John three sixteen is read."),
    ("They won 3:1 at home.", "They won three to one at home."),
    pytest.param("Germany beat France 32:28.", "Germany beat France thirty two to twenty eight.",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a score after a country's name is read as a chapter and verse ('thirty two twenty eight'):"
                     " clock.py's _NAME_BEFORE takes any capitalised word for a book's name"))),
    ("She spent 4:30 to 5:00 at the gym.", "She spent four thirty to five o'clock at the gym."),
    ("a 3:05 start for the marathon", "a three o five start for the marathon"),
    ("a 9:15 marathon start", "a nine fifteen marathon start"),
    ("the 7:15 behind the school bus", "the seven fifteen behind the school bus"),
    ("between 4:30 and 5:30 on weekdays", "between four thirty and five thirty on weekdays"),
    ("The swim of 2024 was cold.", "The swim of twenty twenty four was cold."),
])
def test_times_and_scores_beside_those_words_stay(written: str, said: str) -> None:
    assert speakable(written) == said


@pytest.mark.parametrize(("written", "said"), [
    # a service number after "in an emergency" is dialled, digit by digit
    ("Ring 101 or, in an emergency, 999.", "Ring one zero one or, in an emergency, nine nine nine."),
    ("In an emergency, 999 is the number.", "In an emergency, nine nine nine is the number."),
    ("in an emergency dial 112", "in an emergency dial one one two"),
    # guards: a count
    ("In an emergency, 999 days of food", "In an emergency, nine hundred ninety nine days of food"),
    ("Of the 999 calls made in an emergency, most", "Of the nine nine nine calls made in an emergency, most"),
])
def test_a_service_number_after_its_words(written: str, said: str) -> None:
    assert speakable(written) == said


@pytest.mark.parametrize(("written", "said"), [
    ("Our office is on the 2nd Fl of the tower.", "Our office is on the second Floor of the tower."),
    ("the 3rd Fl. lobby", "the third Floor lobby"),
    ("a flat in the 14th arr. of Paris", "a flat in the fourteenth arrondissement of Paris"),
    ("Paris 6th arr.", "Paris sixth arrondissement."),
    ("She finished 3rd pl. in the final.", "She finished third place in the final."),
    ("took 2nd pl. overall", "took second place overall"),
    # guards
    ("the 2nd flight", "the second flight"),
    ("the 2nd arrival", "the second arrival"),
    ("a 1st Fl Lt", "a first Fl Lt"),
])
def test_short_forms_after_an_ordinal(written: str, said: str) -> None:
    assert speakable(written) == said


@pytest.mark.parametrize("token", ["held the ball for 33:12 ", "1:12 behind ", "a 3:05 marathon ", "T+1:12 ",
                                   "between 4:30 and 5:30 per km ", "in an emergency, 999 ", "2nd Fl "])
def test_these_rules_stay_linear(token: str) -> None:
    check_linear(token)
