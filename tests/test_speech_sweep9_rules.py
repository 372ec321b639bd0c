"""The rules the ninth sweep (issue #10) asked for, each from examples of our own, and each rule's first look checked
against its pattern on random text as tests/test_speech_speed.py checks the others."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from narrator.speech import speakable
from narrator.speech.normalise import (
    aviation,
    chess,
    forecasts,
    markets,
    namednumbers,
    places,
    references,
    sports,
    telephones,
    versions,
    words,
)
from narrator.speech.normalise.util import among_words, char_classes


@pytest.mark.parametrize(("written", "spoken"), [
    # a timetable's "dep" and "arr" without their stops, and a time before "dep."
    ("Leeds dep 0815, York arr 0902.", "Leeds departure o eight fifteen, York arrival o nine o two."),
    ("The 0648 arr. from Hull was late.", "The o six forty eight arrival from Hull was late."),
    # "dep." after a birth is a life's end
    ("Anne Hale, b. 1902, dep. 1989.", "Anne Hale, born nineteen o two, departed nineteen eighty nine."),
    ("Anne Hale (b. 1902; dep. 1989)", "Anne Hale (born nineteen o two; departed nineteen eighty nine)"),
    # a wire's ticker in brackets is not said
    ("Shell (SHEL.L) and Sony (6758.T) both fell.", "Shell and Sony both fell."),
    ("Nvidia <NVDA.O> hit a record.", "Nvidia hit a record."),
    # a results line's "bt"
    ("Swiatek bt Gauff 6-2 6-1.", "Swiatek beat Gauff six two six one."),
    # an emergency number after a call verb, and before "non-emergency"
    ("Dialling 999 gets you the police.", "Dialling nine nine nine gets you the police."),
    ("Use the 101 non-emergency number.", "Use the one zero one non-emergency number."),
    # a flight level
    ("The plane levelled off at FL 370.", "The plane levelled off at flight level three seven zero."),
    # chess moves after a move's number
    ("After 1. d4 Nf6 2. c4 e6, White castled.",
     "After one d four knight f six two c four e six, White castled."),
    ("He found 27...Rxe3+ and won.", "He found twenty seven rook takes e three check and won."),
    ("He lost after 19. Nxe5?? at once.", "He lost after nineteen knight takes e five at once."),
    ("It went 15. O-O Bxh2+ 16. Kxh2.",
     "It went fifteen castles kingside bishop takes h two check sixteen king takes h two."),
    # an isotope by its element's two-letter symbol
    ("Traces of Cs-134 and Sr-89 were found.",
     "Traces of caesium one thirty four and strontium eighty nine were found."),
    ("Am-241 is used in smoke alarms.", "Americium two forty one is used in smoke alarms."),
    # the Psalms' abbreviation before a psalm's number alone, Schubert's catalogue, a wind's bearing, a file system
    ("They sang Ps. 121 at the end.", "They sang Psalm one hundred twenty one at the end."),
    ("Schubert's Quintet, D. 956, closed the night.", "Schubert's Quintet, D nine fifty six, closed the night."),
    ("Winds 310 at 25 knots gusting 40.", "Winds three one zero at twenty five knots gusting forty."),
    ("Format the disk as ext3 first.", "Format the disk as ext three first."),
    # a timetable's "dep." before how late the service left
    ("The 1742 to York dep. 12 mins late.", "The seventeen forty two to York departed twelve minutes late."),
    ("Ada Lee, b. 1931, dep. 2014.", "Ada Lee, born nineteen thirty one, departed twenty fourteen."),
    # a procedure rule after "r.", a memory's speed, a time signature where the sentence speaks of music
    ("The judge relied on r. 31.6 alone.", "The judge relied on rule thirty one point six alone."),
    ("The kit takes DDR4-3200 sticks.", "The kit takes D.D.R four three thousand two hundred sticks."),
    ("The waltz drifts from 3/4 to 2/4.", "The waltz drifts from three four to two four."),
    # a forecast table's row
    ("Fri 18C 11C 10%", "Friday eighteen degrees Celsius eleven degrees Celsius ten percent"),
    ("Sun 1C -1C", "Sunday one degree Celsius minus one degree Celsius"),
    # a maker's model later in its sentence
    ("Ferrari unveiled the updated 296 in Maranello.", "Ferrari unveiled the updated two ninety six in Maranello."),
    ("Porsche said its new 718 will be electric.", "Porsche said its new seven eighteen will be electric."),
])
def test_the_forms_read(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("She dialled 999 times before giving up.", "She dialled nine hundred ninety nine times before giving up."),
    ("The York, dep. 1945 service.", "The York, departure nineteen forty five service."),
    ("He lives in the U.S. now.", "He lives in the U.S now."),
    ("Tampa, FL 33602", "Tampa, Florida, three three six zero two"),
    ("Add the bt and mix.", "Add the bt and mix."),
    ("See step 3. a4 paper is best.", "See step three. a four paper is best."),
    ("Is it 3. d4? No.", "Is it three. d four? No."),
    ("The Be-200 and an Mi-8 landed.", "The Be two hundred and an Mi eight landed."),
    ("Rev. 21 people came, and Gen. 3 Division.", "Reverend twenty one people came, and General three Division."),
    ("Room D. 210 is free.", "Room D. two hundred ten is free."),
    ("Call 555-0199 ext4 for help.", "Call five five five, zero one nine nine extension four for help."),
    ("Leeds dep 2014, arr 2131.", "Leeds departure twenty fourteen, arrival twenty one thirty one."),
    ("Henry III (r. 1216-72) was king.", "Henry the third (reigned twelve sixteen to seventy two) was king."),
    ("He ate 3/4 of the birthday cake.", "He ate three quarters of the birthday cake."),
    ("Seats 12C 14C are free.", "Seats twelve C fourteen C are free."),
    ("Airbus said the 350 passengers were safe.", "Airbus said the three hundred fifty passengers were safe."),
    ("Volvo's profit rose to 625 the year after.", "Volvo's profit rose to six hundred twenty five the year after."),
])
def test_the_forms_left_alone(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


_PIECES = [*"().<>-,;. ", "VOD", "AAPL", "7203", ".L", ".O", ".HK", "bt", "Sinner", " bt ", "FL", "FL350", "FL 090",
           "101", "112", "999", "11 ", "01 ", "non-emergency", "line", "calls", "1.", "34...", "e4", "Nf3",
           "Qxf2+", "O-O", "??", "!", "?!", "Pu-239", "Cs", "-137", "Sr-", "90", "Tc-99m", "٣", "a", "A", "Z",
           "0", "9", "x",
           "\u00a0", "Ps.", "Pss. ", "119", "Schubert", "D. ", "D 9", "Wind ", "winds: ", "270", " at 1", "dep. ",
           "Dep.", " mins ", "late", "on time", "ext", "4", "r. ", "31.6", "(2)", "DDR5", "LPDDR5X-", "6000", "Porsche",
           "Xbox", "the new ", "911", "12C", " 7C", "-2C", "Mon ", " 40%"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join) | st.text(max_size=40)


def _found(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("Vodafone (VOD.L) rose, Toyota (7203.T) fell, <AAPL.O>")
@example("Sinner bt Zverev; (1) bt Alcaraz")
@example("at FL350 and FL 090")
@example("the 101 non-emergency line, 112 calls")
@example("911\xa0non-emergency")
@example("1. e4 e5 2. Nf3, 34...Qxf2+, 12.O-O; Pu-239, Cs-١٣٧ and Tc-99m")
def test_each_first_look_holds_where_its_rule_matches(text: str) -> None:
    gates = [
        (markets._TICKER, (")" in text or ">" in text) and _found(markets._MAY_BE_TICKER, text)),
        (sports._BEAT, " bt " in text),
        (aviation._FLIGHT_LEVEL, "FL" in text),
        (chess._CHESS_RUN, "0." in char_classes(text) and any(
            shape in char_classes(text) for shape in ("0. a", "0.a", "0. A", "0.A", "0..."))
         and _found(chess._MAY_BE_MOVE, text)),
        (re.compile(r"[A-Z][a-z]-\d"), "Aa-0" in char_classes(text)),
        (namednumbers._DEUTSCH, "D" in text),
        (references._RULE, "r." in text),
        (versions._MEMORY_SPEED, "DDR" in text),
        (namednumbers._MAKER_NAMED, among_words(namednumbers.MODEL_MAKERS, text)),
        (forecasts._TEMPERATURE_PAIR, "C" in text and _found(forecasts._MAY_BE_TEMPERATURE_PAIR, text)),
        (places._WIND_BEARING, among_words(places._WIND_WORDS, text) and _found(places._MAY_BE_WIND, text)
         and "ind" in text),
        (references._PSALM, "Ps" in text),
        (words._DEPARTED, "ep." in text and ("a." in char_classes(text) or "A." in char_classes(text))),
        (telephones._SERVICE_NUMBER, "00 " in char_classes(text) and (
            "11 " in text or "99 " in text or "12 " in text or "88 " in text or "01 " in text)),
    ]
    for pattern, gate in gates:
        assert gate or not _found(pattern, text), pattern.pattern
