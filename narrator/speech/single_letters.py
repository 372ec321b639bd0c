"""A single capital's or small letter's stop: an initial before a surname ("James T. Kirk") ends no sentence, where a
label's, a list's, a compass point's or a unit's letter ("Plan B. It worked", "in the N. Drier later", "for 48 h.
Cultures") may; whether it does, which segment.py asks before it cuts there."""

from __future__ import annotations

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import word_set
from narrator.speech.normalise.vocabulary import frequency
from narrator.speech.openers import STARTERS, is_common_capitalised, plural_clause_follows
from narrator.speech.trade_forms import step_follows

# Words before a Roman "I" that end a sentence ("her copy of Vol. I. I was hooked", "after World War I. I was born"),
# where after any other word "I." is an initial ("J. I. Packer").
_NUMBERED_BEFORE_I = compiled(r"(\w+)\.?\s+I\.$")
# A small numeral after such a label ends before a capital too ("Act II, Sc. i. A street", "ch. v. The"): no initial is
# written small.
_SMALL_NUMBERED = compiled(r"(\w+)\.?\s+[ivx]\.$")
_LABELS_BEFORE_I = word_set("vol volume book bk part pt chap chapter ch act sc war phase series season tier type")
# A label's letter ends its sentence before a common word in capitals ("i.e. Group A. Controls received a placebo",
# "Vaccines protect against hepatitis B. Coverage is high", "from Gate D. Boarding closes"): a label is no given name,
# so the letter after it is no initial before a surname ("John A. Smith"); a surname that is no common word keeps the
# letter an initial ("Group A. Smith" is left whole, as before).
_LABELS_BEFORE_LETTER = word_set(
    "group plan type class grade option cohort arm gate terminal platform appendix annex exhibit schedule category "
    "phase section part block zone team level tier stage vitamin hepatitis row wing ward pier "
    # a record's grades and bands, after their label's colon too ("Grade: A. Comment: good", "EPC: C. Council Tax
    # Band: D. Viewing by appointment"): the letter was taken for an initial and the record's lines ran on
    "epc band rating answer"
)
_WORD_BEFORE_LETTER = compiled(r"(\w+)(:?)\s+[A-Z]\.$")
# After a grade's label and its colon the letter is the record's value, never an initial ("Council Tax Band: D. Viewing
# strictly by appointment", "Grade: B. Jenkins marked it"): it ends its sentence before any word in capitals, rare
# ones too, where a roster's "Team: J. Smith" names a person and a label without its colon ("Group A. Smith") is left.
_GRADE_LABELS = word_set("epc band rating answer grade")
# The last of a list of letters ("Options are A, B or C. Most chose B"): a list of letters names no one, so the last is
# no initial before a surname. Single letters only, each set apart by a comma or by the "or" or "and" before the last;
# or the last of a range of them ("homes in Bands A to C. Most pay less").
_LETTER_LIST = compiled(r"(?<![\w.])[A-Z](?:,\s[A-Z])*,?\s(?:or|and|to)\s[A-Z]\.$")
# After a label's or a list's letter, "A" and a space is the article opening the next sentence ("Plan B. A new plan was
# made", "in Bands A to C. A Band B home pays more"): a second initial has its stop ("J. A. Smith").
_ARTICLE_A = "A "
# A letter after a slash is half of a pair of letters ("F/T.", "P/T.", "N/A."), no initial before a surname, and a
# letter's stop before a closing quote closes the quotation ("The letter ended: 'Yours, J.' No surname"): no surname
# follows outside the quote. Before a capital each ends its sentence, where the small ad's next line and the narration
# ran on.
_SLASH = "/"
# A compass point's letter after "the" ("heavy in the N. Drier later", "snow in the far N. Roads are icy") ends its
# sentence before a word in everyday use, where before a region's word it names a place ("the S. Pacific", "the N.
# Pole", "the N. Yorkshire moors"): the regions' names are rarer words than a forecast's (the frequent ones listed).
_THE_POINT = compiled(r"\bthe\s+(?:far\s+)?[NSEW]\.$")
# A forecast's label after a compass point, a weekday's or an area's short form and its colon ("in the N. Mon.:",
# "in the S. Outlook:"): the label opens the next line of the forecast whatever its word.
_LABEL_COLONS = (".:", ":")
_AFTER_POINT = word_set("pacific atlantic pole sea coast coasts island islands shore side end bank country america "
                        "england london scotland yorkshire")
_POINT_WORD_COUNT = 500
# A unit's symbol of one letter after its number ("grown for 48 h.", "weigh out 250 g.", "at 300 K.", "to 180 °C.")
# ends a sentence before a capital as "20 min." does; after a number no initial stands there. A day's "d" too ("watered
# every 2 d.").
_NUMBER_AND_SYMBOL = compiled(r"\d\s?(?:°[CFK]|[hgmsld]|[KL])\.$")
# A century's "c." after its ordinal ("written in the 8th c.") ends a sentence before a capital as the century's number
# would, where its era goes on ("the 8th c. BC", "5th c. A.D.").
_ORDINAL_BEFORE = compiled(r"\d(?:st|nd|rd|th)\sc\.$")
_ERAS_AFTER = frozenset({"BC", "AD", "BCE", "CE", "B", "A", "C"})
# The closing quotes a letter's stop may stand before (as segment.py's).
_QUOTES_CLOSED = "\"'\u201d\u2019\u00bb"


def letter_ends_sentence(text: str, end: int, letter: str, next_word: str) -> bool:
    """Whether the stop after a single letter ends a sentence: an initial, as in "James T. Kirk", does not; a letter
    before a word that opens one ("hepatitis C. The virus", "Plan B. It worked") does, which no name is (nor a second
    initial: "J. A. Okafor"); not in a line of capitals ("PROFESSORS H. AND T. OFFER")."""
    if letter == "I" and next_word == "I":
        label = _NUMBERED_BEFORE_I.search(text, max(0, end - 16), end)
        return label is not None and label.group(1).lower() in _LABELS_BEFORE_I  # "Vol. I. I was hooked"
    if letter in "ivx" and next_word[:1].isupper():
        label = _SMALL_NUMBERED.search(text, max(0, end - 16), end)
        if label is not None and label.group(1).lower() in _LABELS_BEFORE_I:
            return True  # "Sc. i. A street"
    if text[end - 3:end - 2] == _SLASH or (end < len(text) and text[end] in _QUOTES_CLOSED):
        return True  # "F/T. Exp. req.", "'Yours, J.' No surname"
    if _NUMBER_AND_SYMBOL.search(text, max(0, end - 8), end):
        # "for 48 h. Cultures", but "Part 2 s. 12" is a section; "to 200 °C. 2. Grease" is a list's next step
        return not next_word[:1].isdigit() or (letter != "s" and step_follows(text, end))
    if next_word[1:].islower() and next_word.lower() in STARTERS:
        return True
    if letter == "c" and next_word[:1].isupper() and _ORDINAL_BEFORE.search(text, max(0, end - 10), end):
        return next_word not in _ERAS_AFTER  # "in the 8th c. Only one copy", but "the 8th c. BC"
    if not (next_word[:1].isupper() and letter.isupper()):
        return False
    return _letter_ends_label(text, end, next_word) or _letter_ends_list(text, end, next_word) \
        or _compass_point_ends(text, end, letter, next_word) or plural_clause_follows(text, end, next_word)


def _letter_ends_label(text: str, end: int, next_word: str) -> bool:
    """Whether a label's capital letter ends its sentence before a common word ("Group A. Controls received")."""
    label = _WORD_BEFORE_LETTER.search(text, max(0, end - 24), end)
    if label is None or (word := label.group(1).lower()) not in _LABELS_BEFORE_LETTER:
        return False
    # a grade's letter before a word in capitals ("Council Tax Band E. EPC Rating D."): no surname is an initialism
    return (word in _GRADE_LABELS and (label.group(2) == ":" or (len(next_word) > 1 and next_word.isupper()))) \
        or _opens_after_letter(text, end, next_word)


def _letter_ends_list(text: str, end: int, next_word: str) -> bool:
    """Whether a letter closing a list of letters ends its sentence before a common word ("A, B or C. Most chose B")."""
    return _LETTER_LIST.search(text, max(0, end - 40), end) is not None and _opens_after_letter(text, end, next_word)


def _opens_after_letter(text: str, end: int, next_word: str) -> bool:
    """Whether the word after a label's or a list's letter opens a sentence: a common word in capitals ("Controls") or
    the article "A" ("Plan B. A new plan")."""
    if next_word == "A":
        return text.startswith(_ARTICLE_A, text.find("A", end))
    return is_common_capitalised(text, end, next_word)


def _compass_point_ends(text: str, end: int, letter: str, next_word: str) -> bool:
    """Whether a compass point's letter after "the" ends its sentence ("heavy in the N. Drier later")."""
    lower = next_word.lower()
    if letter not in "NSEW" or not next_word[1:].islower() or lower in _AFTER_POINT \
            or _THE_POINT.search(text, max(0, end - 12), end) is None:
        return False
    after = text.find(next_word, end) + len(next_word)
    if text.startswith(_LABEL_COLONS, after):
        return True  # "showers, heavy in the N. Mon.: frost early": a forecast's next label, its day's or its area's
    return frequency(lower) >= _POINT_WORD_COUNT and not text.startswith(".", after)
