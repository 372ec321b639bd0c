"""Round 52's speed pass: each first look answers True wherever the rules behind it match (a look that answered False
there would change a reading silently), on random text built from the forms the rules read and their neighbours."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from narrator.speech.normalise import (
    capitals,
    clock,
    maths,
    money,
    places,
    romans,
    shorthand,
    signs,
    slashes,
    telephones,
    titles,
    words,
)
from narrator.speech.normalise.tidy import separators
from narrator.speech.normalise.util import among_words, char_classes

_FORM_TEXTS = st.lists(st.sampled_from(
    [" ", " ", " ", ".", ",", ";", "(", ")", "'", "’", "-", "_", "é", "1", "3", "1898", "in 1890", "3 mins", "2nd ",
     "Rt", "Right", "Hon", "hon", "Members", "friend", "b.", "d.", "r.", "fl.", "dep.", "Dep.", "who", "late",
     "ed.", "Ed.", "edn", "Trans.", "trans.", "by", "Repr.", "repr.", "pages 12", "page 3", "f.", "ff.", "feat.",
     "ft.", "prod.", "Drake", "Rihanna", "v", "v.", "Smith", "Jones", "conc", "concs", "Conc.", "pounds", "euros",
     "est.", "Est.", "estd", "Estd", "pop.", "Pop.", "pub.", "Sat", "Saturday", "Wed", "Sun", "mat", "mats",
     "(Ind.)", "Ind.", "Hale", "seat", "votes", "lbw", "Lbw", "rsvp", "Rsvp", "diy", "DIY", "x", "A", "ab"]),
    max_size=14).map("".join)


@settings(max_examples=600, deadline=None)
@given(_FORM_TEXTS)
@example("the Rt Hon Member and the hon. friend")
@example("Mozart (b. 1756, d. 1791), fl. 1650, who dep. 1971")
@example("York, dep. 3 mins late; dep. on time")
@example("2nd edn 1872, (Ed.), Trans. by Pope, repr. 1970, pages 12ff., page 3f.")
@example("Drake feat. Rihanna (ft. Dua Lipa), prod. by Metro")
@example("Roe v. Wade, Smith v Jones")
@example("5 pounds concs. and Conc. two adult pounds")
@example("est. 1890, Estd 1901, pop. 4,000, (pub. 1999), an est. 2,000 people")
@example("Wed and Sat mat, the Saturday mats")
@example("Hale (Ind.) took the seat")
@example("out lbw, rsvp by Friday, a diy job, Lbw appeals")
def test_the_later_rules_of_abbreviations_each_hold_a_word_of_their_set_look(text: str) -> None:
    # abbreviations asks among_words(_LATER_RUNS) once, and each rule below only where the text holds one of them
    looked = among_words(words._LATER_RUNS, text)
    for pattern in (titles._HOUSE_STYLE, words._LIFE_DATES, words._DEPARTED, words._EDITION, words._FEATURING,
                    words._LEGAL_V, words._CONCESSIONS, words._ESTIMATED, words._FOUNDED, words._MATINEE,
                    words._INDEPENDENT):
        assert looked or pattern.search(text) is None, (pattern.pattern, text)
    # and the small initialisms' rule in acronyms, behind a look among its forms
    assert among_words(capitals._SMALL_INITIALISM_RUNS, text) or capitals._SMALL_INITIALISM.search(text) is None


def test_the_set_looks_hold_the_sets_their_rules_asked_before() -> None:
    # the semester's ordinals were asked by their own set look, behind "sem."; the life's, the edition's and the
    # featuring's sets are kept whole in the union
    for kept in (words._ROMAN_ORDINAL_WORDS, words._LIFE_FIRST, words._EDITION_WORDS, words._FEATURING_WORDS,
                 words._V_WORD, words._CONCESSION_WORDS, words._ESTIMATED_WORDS, words._MAT_WORDS):
        assert kept <= words._LATER_RUNS
    assert all(re.fullmatch(r"[A-Za-z]+", run) for run in words._LATER_RUNS | capitals._SMALL_INITIALISM_RUNS)


def test_abbreviations_still_read_the_later_forms() -> None:
    said = words.abbreviations("Mozart (b. 1756), the Rt Hon Member, Wed and Sat mat, est. 1890, Smith v Jones")
    assert "born" in said and "Right Honourable" in said and "matinee" in said and "established" in said
    assert "versus" in said


_SHAPE_TEXTS = st.lists(st.sampled_from(
    [" ", " ", " ", ".", ",", ":", "(", ")", "'", "-", "/", "_", "é", "1", "2", "3", "12", "5:3", "13", "2nd ", "I ",
     "II ", "III ", "st st", "st", "k2tog", "ssk", "sssk", "psso", "p2sso", "kfb", "pfb", "skpo", "k1", "N", "S", "E",
     "W", "NE", "SSW", "WNW", "NNE", "Ne", "of", " of ", "km ", "mi ", "the ", "corner", "Asia", "becoming ", "to the ",
     "15 knots", "20 mph", "30-40 kt", "Samuel", "Kings", "John", "Peter", "Cor", "Cor.", "Kgs", "Sam.", "Ps", "Ps.",
     "xxiii", "XIV", "Matt", "Matt.", "Gen", "Rev.", "Col.", "Mustard", "A", "ab", "x"]), max_size=14).map("".join)


@settings(max_examples=600, deadline=None)
@given(_SHAPE_TEXTS)
@example("Cast on, k2tog, ssk, sl1 k1 psso, p2sso and kfb, 10 rows in st st")
@example("35 km SW of Leeds, the NE corner, becoming SE later, moving NNE, winds NNE 15 knots, SW 20-30 mph")
@example("Matt. 5:3, Ps. xxiii, 1 Cor. 13, I Sam. 17, 2nd Kgs, 1st Cor., II Corinthians, 1 John 4:8, II Kings")
def test_the_set_looks_of_stitches_points_and_books_hold_where_their_rules_match(text: str) -> None:
    gates = [
        (shorthand._ST_ST, among_words(shorthand._STITCH_RUNS, text)),
        (shorthand._STITCH_INITIALS, among_words(shorthand._STITCH_RUNS, text)),
        (places._POINT_OF, among_words(places._POINT_RUNS, text)),
        (places._REGION_OR_COURSE, among_words(places._POINT_RUNS, text)),
        (places._POINT_BEFORE_SPEED, among_words(places._POINT_RUNS, text)),
        (romans._BOOK_ABBREVIATION, among_words(romans._BOOK_RUNS, text)),
        (romans._BOOK_ROMAN_CHAPTER, among_words(romans._BOOK_RUNS, text)),
        (romans._NUMBERED_BOOK_SHORT, among_words(romans._BOOK_RUNS, text)),
        (romans._ORDINAL_BOOK_SHORT, among_words(romans._BOOK_RUNS, text)),
        (romans._NUMBERED_BOOK, among_words(romans._BOOK_RUNS, text)),
    ]
    for pattern, looked in gates:
        assert looked or pattern.search(text) is None, (pattern.pattern, text)


def _dotfile_look_before(text: str) -> bool:
    classes = char_classes(text)
    return (" ." in classes and (" .A" in classes or " .a" in classes)) or classes[:2] in (".a", ".A")


def _dotfile_look_now(text: str) -> bool:
    classes = char_classes(text)
    return (" ." in classes[:-1] and (" .A" in classes or " .a" in classes)) or classes[:2] in (".a", ".A")


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from([" ", ".", " .", "a", "B", "1", "é", "\t", "\u00a0", ".env", " .bashrc", "x ."]),
                max_size=12).map("".join))
@example("a tokenised stop .")
@example(".bashrc and .env")
def test_the_dotfile_look_without_the_last_character_answers_as_before(text: str) -> None:
    assert _dotfile_look_now(text) == _dotfile_look_before(text)


_SIGN_TEXTS = st.lists(st.sampled_from(
    [" ", " ", ".", ",", "(", ")", "(a)", "-", "A-", "-A", "A", " A ", "A.", "#", "#31#", "*", "*#06#", "%", "$", "NZ$",
     "€", "~", "=", "@", "+", "-pt", "/", "and/or", "EUR/USD", "|", " | ", "·", " • ", "α", "×", "±", "T", "ET", "noon",
     "midnight", "at noon ET", "1", "5", "a", "b", "x", "é"]), max_size=12).map("".join)


@settings(max_examples=600, deadline=None)
@given(_SIGN_TEXTS)
@example("Dial *#06# or #31#, 50% off, $5, ~3, x=1, @home, 2+2, a 3-pt shot, α/β, EUR/USD, Plan A, (a) go, A-list")
@example("News | Sport · Weather • Travel, at noon ET and midnight PT")
def test_the_looks_asked_before_the_calls_hold_wherever_the_call_changes_the_text(text: str) -> None:
    # each rule called only where its look holds: where the look fails, the rule hands the text back as it was
    looks = [
        (telephones.keypad_codes, "#" in text),
        (signs.symbols, "%" in text or "$" in text or "~" in text or "=" in text or "@" in text or "+" in text
         or "-" in text or not text.isascii()),
        (maths.loose_symbols, not text.isascii()),
        (slashes.slashes, "/" in text),
        (separators, "|" in text or "·" in text or "•" in text),
        (money.currencies_alone, "$" in text or "/" in text or not text.isascii()),
        (capitals.letter_a, "A" in text or "(" in text or "-" in text),
        (clock.noon_zones, "T" in text),
    ]
    for rule, looked in looks:
        assert looked or rule(text) == text, (rule.__name__, text)
