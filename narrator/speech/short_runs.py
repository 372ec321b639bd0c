"""A run of short forms whose stops end nothing: a journal's title ("Mar. Ecol. Prog. Ser. 512"), a classical citation
("Hom. Il. 6.146", "Thuc. 2.40"), which segment.py asks about before it cuts at a capitalised short form's stop that
no rule of its own knows."""

from __future__ import annotations

from collections.abc import Collection

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import CLASSICAL_BOOK_ONLY, CLASSICAL_SHORT
from narrator.speech.normalise.util import word_set
from narrator.speech.normalise.vocabulary import frequency
from narrator.speech.normalise.words import SHORT_PAIRS

# A journal's title is a run of capitalised short forms, each no word ("J. Appl. Phys.", "Proc. Natl. Acad. Sci.",
# "Mar. Ecol. Prog. Ser. 512: 1-14"): cut at each stop, the title was read in pieces, each with a sentence's fall. A
# short form no word of the list (a name at a sentence's end is one more often: "Paris", "Leeds"), before another
# capitalised one with its stop; or, after one, before the run's volume and pages ("Ser. 512: 1-14", "Chem. 275
# (2000)", "Off. 1.22"), a number that no sentence opens with (a count before its noun: "Chen. 5 days later").
_WORD_COUNT = 200
# Short forms that open what follows a sentence's end ("in Kyiv. Gen. Lee arrived", "to Oslo. Oct. 5 was cold"), which
# no journal's title runs on into: with the labels before a number the caller passes ("Brill. Vol. 2 appeared").
_OPENERS = word_set("mr mrs ms mx dr prof gen lt col capt sgt cpl adm maj sen rep gov pres rev revd hon fr mt ft st "
                    "sts messrs mme mlle sr jr sra dra rt ven jan feb mar apr jun jul aug sep sept oct nov dec "
                    "mon tue tues wed thu thur thurs fri sat sun "
                    # a note's "Loc. cit." and "Op. cit." after "Ibid." ("Ibid. Loc. cit."): a note of its own
                    "loc op ibid")
_SHORT_BEFORE = compiled(r"(?<![\w.])[A-Z][a-z]{0,4}\.\s$")
_VOLUME = compiled(r"\s\d{1,4}(?:[.:]\d|\s?\(|,|:|\s?[-\u2013]\d)")
# A journal's "R." (Royal) between two of its short forms ("Proc. R. Soc. B", "J. R. Stat. Soc."), and its series'
# letter after them before the volume or a comma ("Proc. R. Soc. B, Vol. 281", "Phys. Rev. B 12", "J. Phys. A:
# Math."): cut there, "R. Soc." and "B, Vol. 281" were read as sentences. A letter before a word opens one ("A new").
_LETTER_THEN_SHORT = compiled(r"\s[A-Z]\.\s([A-Z][a-z]{1,4})\.\s")
_SERIES_LETTER = compiled(r"\s[A-Z](?:[,:]|\s\d)")
_BOOK_AND_LINE = compiled(r"\s\d{1,3}\.\d{1,4}(?![\d%])")  # "Ann. 15.44", not a share ("15.5%")


def holds_in_run(text: str, token_start: int, end: int, word: str, next_word: str, labels: Collection[str]) -> bool:
    """Whether the stop after the capitalised short form `word` (from token_start to the stop ending at `end`) holds in
    a run of short forms ("Ecol. Prog.", "Ser. 512:", "Hom. Il."); `labels` open a number ("Vol.", "No.")."""
    after = text.find(next_word, end) + len(next_word)
    lower = next_word.lower()
    next_short = next_word[:1].isupper() and text.startswith(".", after) and lower not in _OPENERS \
        and lower not in labels
    if (word, next_word) in SHORT_PAIRS and text.startswith(".", after):
        return True  # "Bay Ind. Est., Hull": a pair the normaliser says as one
    if word in CLASSICAL_BOOK_ONLY and next_word.isdigit():
        return _BOOK_AND_LINE.match(text, end) is not None  # "Ann. 15.44", but "I met Ann. 15 came"
    if word in CLASSICAL_SHORT:
        return next_word[:1].isdigit() or next_short  # "Thuc. 2.40", "Hom. Il.", "Cic. Off."
    rare = frequency(word.lower()) < _WORD_COUNT
    if rare and next_short and 1 < len(next_word) <= 5 and frequency(lower) < _WORD_COUNT:
        return True  # "Appl. Phys.", "Ecol. Prog."
    if rare and len(next_word) == 1 and (royal := _LETTER_THEN_SHORT.match(text, end)) is not None \
            and frequency(royal.group(1).lower()) < _WORD_COUNT:
        return True  # "Proc. R. Soc."
    before = _SHORT_BEFORE.search(text, max(0, token_start - 7), token_start)
    if before is None:
        return False
    short = text[before.start():before.end() - 2].lower()
    if short in _OPENERS or not (rare or frequency(short) < _WORD_COUNT):
        return False
    # "Prog. Ser. 512: 1-14", "Cic. Off. 1.22", "Acad. Sci. U.S.A."
    return _VOLUME.match(text, end) is not None or (next_short and len(next_word) == 1) \
        or (len(next_word) == 1 and _SERIES_LETTER.match(text, end) is not None)  # "Soc. B, Vol. 281"
