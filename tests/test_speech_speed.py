"""The normaliser's first looks: each cheap test that gates a rule must hold wherever the rule could match.

A first look that missed a text the rule would have read would change a reading silently, so every gate is checked
against its rule's own pattern (or the first look it replaced) on random text built from the rules' trigger
characters, digits of several scripts, spaces of several kinds and the words the rules look for.
"""

from __future__ import annotations

import importlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from narrator.speech import speakable
from narrator.speech.normalise import (
    capitals,
    clock,
    dates,
    electronic,
    en,
    maths,
    numbers,
    places,
    romans,
    units,
    words,
)
from narrator.speech.normalise.util import among_words, char_classes, first_letters, has_digit, letter_words

tidy = importlib.import_module("narrator.speech.normalise.tidy")  # the package's "tidy" is the function

_PIECES = [
    # trigger characters and marks
    *"$%/:@#&+°£€¥.,;:'\"()[]-–—=*^_!?<>|~",
    # spaces of several kinds, and characters beyond ASCII: letters, digits of other scripts (\d holds them), a
    # Kelvin sign and a long s (which case-blind classes match)
    " ", " ", " ", "\t", "\n", "\u00a0", "\u2009", "é", "ß", "\u212a", "\u017f", "٣", "５", "߁", "½", "’", "“",
    # letters, digits and runs of them
    *"aAbBcCdDeEfFiIlLmMnNoOrRsStTuUvVwWxXyYzZ0123456789",
    "e I", "e V", "s I", "2nd", "3rd", "1st", "4th", "XIV", "XXth", "IIIB", "v2", "1.2", "1.2.3", "100", "2024",
    "12345", "0x", "A320", "BA123", "M2", "i7-", "K ", "F-16", "HS2", "NO2", "90'", "10^", "e5",
    # words the gated rules look for
    *sorted(words._TITLE_FORMS), *sorted(words._RANKS), *sorted(words._SUFFIX_FORMS), *sorted(words._LIFE_WORDS),
    *sorted(words._FIXED)[::3], *sorted(words._RARE), "Samuel", "Kings", "John", "stage", "type", "wind", "gusts",
    "breeze", "blowing", "from the", "Smith", "Jane", "the", "and", "St.", "Dr.", "example.com", "www", "who",
    "Vienna, ",
    # times, measures, money, places and numbers in their written forms
    "ft", "feet", "in", "h", "m", "s", "pm", "AM", "a.m.", "pc", "pct", "per cent", "BC", "A.D", "CE", "GMT", "train",
    "The ", "Street", "Road", "Avenue", "Way", "Route", "Hwy", "US", "I-", "12:30", "10.30", "1,50,000", "1.234,56",
    "1 000", "1\u202f000", "6.02e23", "SW1A 1AA", "NY 10001", "+44", "555-1234", "(555) ", "12345678901234567890",
    "MO", "ON", "Ill.", "Calif.", "IND.", "Pa.", "Ave", "Rd", "Blvd", "NW", "SE", "N", "II", "III", "lbs", "kg", "°C",
    "km/h", "sq ft", "per", "into", "to", "U.S.", "J. ", "T. Kirk", ", ", "June", "Oct", "'22", "vol", "Vol.", "pp.",
    "Art.", "18K", "ct", "gold", "diamonds", "Porsche", "911", "Call", "calling", "CALLed", "NHS", "999", "hours",
    "1430h", "section 12.3", "£", "3,4", "≠", "∑", "√", "∞", "×", "A:", "A)", " A ", "Q: ", "? A: ", "Plan A", "10-12",
    "12 - 34", "1h30", "5 ft 10", "-3", " -.5", "2024-12-31T23:59",
    "PMID", "PMC", "S2CID",
    "Mon.", "Tues.", "Thurs", "Sat", "on ", " of", "gov't", "int'l",
    "ID", "I.D.", "PIN", "account no", "Card ending in", "ref", "access code", "is", ":",
    "in [", "Ref. [", "1]", "edn.", "Trans.", "repr.", "fl.", "pages ", "ff.", " by", "pm ", "9am ", "p.m. ", "Fri",
    " until ", "KSh.", "Rs.", "Rp", "zł.", "/-", "k people", "bn", "m users", "c.", "c.£", "ca ", "N°", "pp. ", "iv",
    "-xii", "the $", "The €", "0830", "-1730", "10p", "w/c", "60Hz", "240V", "kW", "band E. ", "since ", "Oct",
    "mid-", "Sept", "present", "Present", "now", "today", "—", "1990", "1-", "1/2", "3/16",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join) | st.text(max_size=40)


def _found(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_char_classes_answer_as_the_classes_do(text: str) -> None:
    classes = char_classes(text)
    assert len(classes) == len(text)
    for pattern, shape in ((r"\d", b"0"), (r"[A-Z][A-Z]", b"AA"), (r"[a-z][A-Z][A-Z]", b"aAA"),
                           (r"[A-Z][a-z][A-Z]", b"AaA"), (r"[A-Z]\d{4}", b"A0000"), (r"[a-z]-\d\d\d", b"a-000"),
                           (r"[A-Z][A-Z]\d{3}", b"AA000"), (r"\d'", b"0'"), (r"[A-Z]\.\d", b"A.0")):
        assert (re.search(pattern, text) is not None) == (shape in classes), (pattern, text)
    assert has_digit(text) == (re.search(r"\d", text) is not None)
    assert (re.search(r"\s", text) is not None) == (b" " in classes)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_letter_words_hold_every_form_that_stands_apart(text: str) -> None:
    found = letter_words(text)
    for run in re.findall(r"(?<![A-Za-z])[A-Za-z]+(?![A-Za-z])", text):
        assert run in found


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_each_first_look_holds_where_its_rule_matches(text: str) -> None:
    # words: the forms' first runs of letters
    gates = [
        (words._ABBREVIATION, among_words(words._FIXED_FIRST_RUNS, text)),
        (words._RARE_ABBREVIATION, among_words(words._RARE_FIRST_RUNS, text)),
        (words._TITLE_BEFORE_NAME, among_words(words._TITLE_FORMS, text)),
        (words._RANK_BEFORE_NAME, among_words(words._RANK_FIRST, text)),
        (words._SUFFIX_AFTER_NAME, among_words(words._SUFFIX_FORMS, text)),
        (words._LIFE_DATES, among_words(words._LIFE_FIRST, text)),
        (words._FOOTNOTE_NUMBER, has_digit(text)),
        # capitals
        (capitals._MIXED_CASE, b"aAA" in char_classes(text)),
        (capitals._SMALL_INSIDE, b"AaA" in char_classes(text)),
        # romans, electronic, places: first looks led by a literal, or behind substrings
        (romans._SUBSTAGE, _found(romans._MAY_BE_SUBSTAGE, text) or "s I" in text),
        (re.compile(r"[a-z]e [IVX]"), _found(romans._MAY_BE_SUBSTAGE, text)),
        (re.compile(r"\w\.[A-Za-z]{2}"), _found(electronic._MAY_BE_DOMAIN, text)),
        (places._WIND, "ind" in text or "ust" in text or "reeze" in text or "lowing" in text or "rom the" in text),
        # en: names with numbers and the numbers' own first looks
        (en._MAY_BE_VERSION, b"0.0" in char_classes(text)),
        (en._MAY_BE_SOFTWARE, b"a 0" in char_classes(text) or b"A 0" in char_classes(text)),
        (en._MAY_BE_AIRLINE, b"A 00" in char_classes(text) or b"0 00" in char_classes(text)),
        (en._MAY_BE_CHIP_OR_CODE, b"0A" in char_classes(text) or b"a0000" in char_classes(text) or "XT" in text),
        (en._MODEL, b"A000" in char_classes(text) or b"A-000" in char_classes(text)),
        (en._MAY_BE_MODEL_PLURAL, b"0a" in char_classes(text)),
        (en._MAY_BE_FORMULA, b"A0" in char_classes(text) or b"a0" in char_classes(text)),
        (en._MAY_BE_ORDINAL, b"0aa" in char_classes(text) or b"0AA" in char_classes(text)),
        (en._STANDARD, en._MAY_BE_STANDARD in char_classes(text)),
        (en._LINEAGE, en._MAY_BE_STANDARD in char_classes(text)),
        (en._GLUED_FLIGHT, en._MAY_BE_GLUED_FLIGHT in char_classes(text)),
        (en._CAPITAL_FOUR, en._MAY_BE_CAPITAL_FOUR in char_classes(text)),
        (en._NAMED_NUMBER, en._MAY_BE_NAMED_NUMBER in char_classes(text)),
        (en._MATCH_MINUTE, en._MAY_BE_MINUTE in char_classes(text)),
        # clock
        (clock._DURATION, any(shape in char_classes(text) for shape in (b"0a0", b"0 a0", b"0a 0", b"0 a 0"))),
        (clock._MAY_BE_MINUTES_SECONDS, b"0a" in char_classes(text)),
        (clock._MAY_BE_HOURS, b"00" in char_classes(text)),
        (clock._MAY_BE_HALF_DAY, any(shape in char_classes(text) for shape in (b"0a", b"0A", b"0 a", b"0 A"))),
        (clock._DOTTED_24, b"0.00" in char_classes(text)),
        (clock._DOTTED_TIMETABLE, b"0.00" in char_classes(text)),
        (clock._DOTTED_AFTER_TIME_WORD, b"0.00" in char_classes(text)),
        # numbers
        (numbers._INDIAN_GROUPS, b"0,00,000" in char_classes(text)),
        (numbers._LONG_RUN, char_classes(text).count(b"0") > numbers.LONGEST_NUMBER),
        (numbers._STOPPED_THOUSANDS, b"0.000," in char_classes(text)),
        (numbers._MAY_BE_SPACED, b"0 000" in char_classes(text)),
        (numbers._SCIENTIFIC, b"0a" in char_classes(text) or b"0A" in char_classes(text)),
        # dates
        (dates._MAY_BE_NUMERIC_DATE, any(shape in char_classes(text) for shape in (b"0-0", b"0/0", b"0.0"))),
        (dates._MAY_BE_ORDINAL, b"0aa" in char_classes(text)),
        (dates._MAY_BE_ERA, b"AA" in char_classes(text) or b"A.A" in char_classes(text)),
        (dates._MAY_BE_PLURAL_NUMBER, b"0a" in char_classes(text)),
        # units
        (units._MAY_BE_SMALL_CHANGE, b"0a" in char_classes(text)),
        (units._MAY_BE_PERCENT, "%" in text or "pc" in text or "per" in text),
        (units._MAY_BE_SCALE, b"0A" in char_classes(text) or b"0a" in char_classes(text)),
        (units._MAY_BE_COMMA_DECIMAL, b"0,0" in char_classes(text)),
        (units._MAY_BE_GLUED_INCHES, b"0a" in char_classes(text) or b"0 aa)" in char_classes(text)
         or b"0 aa a" in char_classes(text)),
        (units._FEET_AND_INCHES, (b"0a" in char_classes(text) or b"0 a" in char_classes(text))
         and (b"a 0" in char_classes(text) or b"a. 0" in char_classes(text))),
        (en._NEGATIVE, b"-0" in char_classes(text) or b"-.0" in char_classes(text)),
        (dates._TIMESTAMP, b"00-00A00:" in char_classes(text)),
        # places and phones
        (places._HOUSE, among_words(places._FULL_TYPE_FIRST, text)),
        (places._STATE, among_words(places._STATE_FIRST, text)),
        (places._STREET, among_words(places._STREET_TYPE_FIRST, text)),
        (places._REGION_OR_COURSE, b"AA" in char_classes(text)),
        (romans._NUMBERED_BOOK, among_words(romans._BOOK_NAMES, text)),
        (units._UNIT_ALONE, among_words(units._NAMED_UNITS_FIRST, text)),
        (capitals._DOTTED_INNER, b"A.A." in char_classes(text)),
        (maths._LOOSE, _found(maths._MAY_BE_LOOSE, text)),
        (re.compile(r"[A-Za-z][.,;:][\"”’']?\d"), _found(words._MAY_BE_GLUED_NUMBER, text)),
        (units._SCALE_BEFORE_UNIT, b"0a" in char_classes(text) or b"0A" in char_classes(text)),
        (re.compile(r"[NSEW] of\b"), _found(places._MAY_BE_POINT_OF, text)),
        (re.compile(r"[vtps]'[tlny]\b"), _found(words._MAY_BE_CLIPPED, text)),
        (electronic._REFERENCE_ID, among_words(electronic._REFERENCE_FIRST, text)),
        (dates._MAY_BE_SHORT_WEEKDAY, among_words(dates._SHORT_WEEKDAYS, text)),
        (places._HOUSE_SPAN, among_words(places._FULL_TYPE_FIRST, text)
         or among_words(places._STREET_TYPE_FIRST, text)),
        (dates._MONTH_YEAR, b" 0000" in char_classes(text) or b" '00" in char_classes(text)),
        (words._BEFORE_NUMBER, among_words(words._BEFORE_NUMBER_FORMS, text)),
        (en._CARAT, among_words(en._CARAT_AFTER, text)),
        (re.compile(r"[a-z] \d{1,3}\.\d"), any(shape in char_classes(text) for shape in en._PROVISION_SHAPES)),
        (en._MAY_BE_LISTED, b"0,0" in char_classes(text)),
        (en._MAKER_MODEL, among_words(en.MODEL_MAKERS, text)),
        (units._MONEY_SIGN, "$" in text or not text.isascii()),
        (words._MAY_BE_COMPARISON, "<" in text or ">" in text or "~" in text or not text.isascii()),
        (electronic._CALL, among_words(electronic._CALL_WORDS, text)),
        (electronic._CODE, among_words(electronic._CODE_FIRST, text) or "I.D" in text),
        (words._CITED, " [" in text),
        (units._TWO_TEMPERATURES, "/" in text and ("°" in text or "Hz" in text or "V" in text or "W" in text)),
        (units._CODE_STOP, "." in text and (b"a.0" in char_classes(text) or b"A.0" in char_classes(text)
                                            or not text.isascii()) and _found(units._MAY_BE_CODE_STOP, text)),
        (units._WHOLE_AMOUNT_MARK, "/-" in text),
        (units._SCALED_SPAN, ("-" in text or "–" in text) and (b"0a" in char_classes(text)
                                                              or b"0A" in char_classes(text))),
        (dates._CIRCA, "c." in text or "ca " in text),
        (dates._YEAR_TO_NOW, ("resent" in text or "now" in text or "today" in text)
         and ("-" in text or "–" in text or "—" in text)),
        (dates._MONTH_AFTER_TIME_WORD, among_words(dates._MAY_BE_SHORT_MONTH, text)),
        (clock._FOUR_DIGIT_SPAN, ("-" in text or "–" in text) and _found(clock._MAY_BE_FOUR_DIGIT_SPAN, text)),
        (units._SMALL_CHANGE_SPAN, ("-" in text or "–" in text) and b"0a" in char_classes(text)),
        (romans._LABELLED_SMALL_SPAN, "-" in text and _found(romans._MAY_BE_SMALL_SPAN, text)),
        (units._SIGN_ALONE, ("the " in text or "The " in text) and ("$" in text or not text.isascii())),
        (words._NUMBER_SIGN, "No" in text or "no" in text or "NO" in text or "N°" in text or "n°" in text),
        (dates._WEEKDAY_AFTER_TIME, among_words(dates._SHORT_WEEKDAYS, text)
         and _found(dates._MAY_BE_WEEKDAY_AFTER_TIME, text)),
        (words._EDITION, "ed." in text or "Ed." in text or "edn." in text or "rans." in text or "epr." in text
         or "fl." in text or ("f." in text and "page" in text)),
        (clock._MAY_BE_HOURS, any(shape in char_classes(text) for shape in (b"00a", b"00 a", b"00 A"))),
        (capitals._INITIAL_INNER, b"A. " in char_classes(text)),
        (places._ROUTE, among_words(places._ROUTE_FIRST, text)),
        (places._MAY_BE_ZIP, b"AA 00000" in char_classes(text)),
        (places._MAY_BE_POSTCODE, b"0 0AA" in char_classes(text) or b"0A 0AA" in char_classes(text)),
        (electronic._MAY_BE_PHONE, b"+0" in char_classes(text) or b"0.0" in char_classes(text) or (
            any(pair in char_classes(text) for pair in (b"00 ", b"00.", b"00)", b"00-"))
            and any(pair in char_classes(text) for pair in (b" 00", b".00", b")00", b"-00")))),
    ]
    for pattern, gate in gates:
        assert gate or not _found(pattern, text), (pattern.pattern[:60], text)
    # an unrolled first look answers as the loop over the month's stems did
    stems = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    lower = text.lower()
    looped = any(stem in lower for stem in stems) and dates._MONTH_WORD.search(lower) is not None
    assert dates._names_a_month(text) == looped
    assert b"0A" in char_classes(text) or b"0a" in char_classes(text) or not _found(dates._MAY_BE_PERIOD, text)
    # a rule led by its literal now: the same readings as led by its look behinds
    letter_a = re.compile(r"(?<=[\w,] )A(?=$|[,;:!?)\"']|\.(?!\w)|\s+[a-z\d])|(?<=[;:)] )A(?=$|[,;:!?)\"']|\.(?!\w))"
                          r"|^A(?=[:)]\s)|(?<=[.?!] )A(?=:\s)")
    assert capitals._LETTER_A.sub("Eh", text) == letter_a.sub("Eh", text)
    # tidy: a text needs its spaces put back only where the first look says so
    assert ("  " in text or not text.isprintable()) or not re.search(r"[^\S ]|  ", text)
    assert tidy._single_spaced(text) == re.sub(r"\s+", " ", text).strip()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["$", "$$", "\\(", "\\)", "x", "2", " ", "^", "=", "\\begin{equation}", "a b"]),
                max_size=12).map("".join))
def test_formulas_need_a_backslash_or_two_dollars(text: str) -> None:
    from narrator.formula_marks import formulas_in

    assert "\\" in text or text.count("$") > 1 or not list(formulas_in(text))


def test_first_letters_of_forms() -> None:
    assert first_letters(["Assoc. Prof.", ".NET", "L/Cpl", "WW1"]) == {"Assoc", "NET", "L", "WW"}
    assert first_letters(["Dr", "24/7"]) is None  # a form without a letter: no set stands for it
    assert among_words(None, "24/7")


@settings(max_examples=150, deadline=None)
@given(_TEXTS, _TEXTS)
def test_a_reading_does_not_hang_on_the_text_read_before(first: str, second: str) -> None:
    # the facts are kept for the last text asked about: reading another text between must change nothing
    alone = speakable(second)
    speakable(first)
    assert speakable(second) == alone
    assert speakable(first + "") == speakable(first)
