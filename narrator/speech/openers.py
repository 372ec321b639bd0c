"""What shows a new sentence opens after a short form's stop (a word that opens sentences, a common word in capitals,
a common noun's plural and its verb), which segment.py and streets.py ask before they cut at a stop that may be a
short form's."""

from __future__ import annotations

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import word_set
from narrator.speech.normalise.vocabulary import frequency, is_common_word

STARTERS = word_set(
    "the a an in on at it he she they we i this that these those but and or so yet if when while "
    "there here his her their our its as after before since then however meanwhile "
    # a request opens a sentence ("cc: HR Dept. Please keep this letter"), and no name or title is "Please"
    "please"
)
# A notice's line that tells its reader where to send or ask, a plural and the word that points ("...to the R.N.L.I.
# Enquiries to J. Smith & Sons", "Ltd. Donations may be sent"): after a short form it opens a sentence, where no body
# is named "the R.N.L.I. Enquiries" and the plural is too rare for the count below.
_NOTICE_HEADS = word_set("enquiries inquiries donations applications nominations entries submissions bookings replies "
                         "tributes")
_NOTICE_POINTS = compiled(r"\s+(?:to|from|may|should|can|welcome|via|c/o)\b")
# Plurals that name a body or a place after the initialism or the street ("the U.S. Marines", "the U.S. Customs and
# Border Protection", "the U.K. Athletics", "the Main St. Apartments"), never a sentence's opening noun there.
_NAMED_PLURALS = word_set(
    "news customs securities forces marines marshals treasuries attorneys airways athletics courts states islands "
    "olympics nationals championships games open apartments gardens studios lofts flats towers heights mews offices "
    "shops stores baths rooms commons lights cellars"
)
# How often (in the word list) a plural and its singular must occur to count as a common noun: "Riders" (4,721) does,
# a place's saint does not ("Andrews" 346, "Johns" 741).
_PLURAL_COUNT = 1_000
# A name that goes on after its plural ("U.S. Securities and Exchange", "U.S. News & World Report").
_NAME_GOES_ON = compiled(r"\s+(?:and|&|of|[A-Z])")
# A common noun's plural and a verb that only a plural takes after a letter ("made by Hale J. Costs were reserved",
# "Lord Reed P. Judges are"): a judge's letter after the surname, no initial before one. A surname that is a plural
# ("John A. Banks was") takes a singular verb and keeps its initial.
_PLURAL_VERB = compiled(r"\s+(?:are|were|have|remain|follow|reopen|stay)\b")
# A verb after a common noun that opens a clause ("Main St. Traffic will be diverted", "Add 2 tbsp. Stir well" is no
# verb, "200 lbs. Jones is lighter" is one): an auxiliary, a common irregular past or a regular form.
_CLAUSE_VERB = compiled(r"\s+(?:is|are|was|were|will|would|can|could|may|might|must|shall|should|has|have|had|does|did"
                        r"|began|came|fell|grew|ran|rose|went|[a-z]{2,}ed|[a-z]{2,}[^s'\u2019\W]s)\b")


def plural_opens_sentence(text: str, end: int, next_word: str) -> bool:
    """Whether the capitalised word after "Main St." or "the U.S." is a common noun's plural that opens a sentence."""
    lower = next_word.lower()
    if not (next_word[1:].islower() and lower.endswith("s") and not lower.endswith("ss")) or lower in _NAMED_PLURALS:
        return False
    if lower.endswith("ies"):
        singular = frequency(lower[:-3] + "y")  # "Libraries"
    elif lower.endswith(("ses", "xes", "zes", "ches", "shes")):
        singular = max(frequency(lower[:-1]), frequency(lower[:-2]))  # "Buses", "Churches"; "Houses"
    else:
        singular = frequency(lower[:-1])  # "Riders"; not "James" as "jam"
    if frequency(lower) < _PLURAL_COUNT or singular < _PLURAL_COUNT:
        return False
    after = text.find(next_word, end) + len(next_word)
    return _NAME_GOES_ON.match(text, after) is None


def is_common_capitalised(text: str, end: int, next_word: str) -> bool:
    """Whether the word after the stop is a common word with a capital only, and no short form ("Mar. Ecol.")."""
    if not (next_word[1:].islower() and is_common_word(next_word)):
        return False
    after = text.find(next_word, end) + len(next_word)
    return not text.startswith(".", after)


def plural_clause_follows(text: str, end: int, next_word: str) -> bool:
    """Whether a common plural noun and a plural verb follow the letter ("made by Hale J. Costs were reserved")."""
    if not plural_opens_sentence(text, end, next_word):
        return False
    return _PLURAL_VERB.match(text, text.find(next_word, end) + len(next_word)) is not None


def verb_follows(text: str, end: int, next_word: str) -> bool:
    """Whether a verb follows the word after the stop ending at `end` ("Traffic will", "Jones is")."""
    return _CLAUSE_VERB.match(text, text.find(next_word, end) + len(next_word)) is not None


def notice_line_opens(text: str, end: int, next_word: str) -> bool:
    """Whether a notice's line opens after the stop ("the R.N.L.I. Enquiries to J. Smith"): its plural, then "to"."""
    return next_word.lower() in _NOTICE_HEADS \
        and _NOTICE_POINTS.match(text, text.find(next_word, end) + len(next_word)) is not None
