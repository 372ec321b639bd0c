"""Round 52's speed pass: each first look answers True wherever the rules behind it match (a look that answered False
there would change a reading silently), on random text built from the forms the rules read and their neighbours."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from narrator.speech.normalise import capitals, titles, words
from narrator.speech.normalise.util import among_words

_FORM_TEXTS = st.lists(st.sampled_from(
    [" ", " ", " ", ".", ",", ";", "(", ")", "'", "’", "-", "_", "é", "1", "3", "1898", "in 1890", "3 mins", "2nd ",
     "Rt", "Right", "Hon", "hon", "Members", "friend", "b.", "d.", "r.", "fl.", "dep.", "Dep.", "who", "late",
     "ed.", "Ed.", "edn", "Trans.", "trans.", "by", "Repr.", "repr.", "pages 12", "page 3", "f.", "ff.", "feat.",
     "ft.", "prod.", "Drake", "Rihanna", "v", "v.", "Smith", "Jones", "conc", "concs", "Conc.", "pounds", "euros",
     "est.", "Est.", "estd", "Estd", "pop.", "Pop.", "pub.", "Sat", "Saturday", "Wed", "Sun", "mat", "mats",
     "(Ind.)", "Ind.", "Hale", "seat", "votes", "lbw", "Lbw", "rsvp", "Rsvp", "diy", "DIY", "x", "A", "ab"]),
    max_size=14).map("".join)


@settings(max_examples=1500, deadline=None)
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
