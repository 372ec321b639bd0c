"""A street's "St." and "Dr." after its name, a saint's "St." before one, a country's "U.S." after "the" and a
city's quarter after its street: whether the stop ends a sentence, which segment.py asks before it cuts there."""

from __future__ import annotations

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import word_set
from narrator.speech.openers import (
    STARTERS,
    is_common_capitalised,
    plural_clause_follows,
    plural_opens_sentence,
    verb_follows,
)
from narrator.speech.trade_forms import NO_SURNAME

# A street's "St." after its name ("Main St.", "12th St.") and a country's initialism after "the" ("the U.S.", "the
# U.K.") end a sentence before a common noun's plural in capitals ("on Main St. Riders who board", "in the U.S. Schools
# there"): no saint is called "Riders" and no body "the U.S. Schools", where before a saint's or a body's name ("Main
# St. Mary's", "the U.S. Army") they do not. Left whole, the next sentence was read on with the street's "Saint".
_STREET_BEFORE = compiled(r"(?:\b[A-Z][a-z]+|\d+(?:st|nd|rd|th))\s+St\.$")
_COUNTRY_AFTER_THE = compiled(r"\bthe\s+(?:U\.S|U\.K|U\.N|E\.U)\.$")
# Names before a saint's ("Mount St. Helens", "Port St. Johns", "Bury St. Edmunds"), where "St." is Saint, and a word
# that opens a sentence before one ("In St. James the crowds", "Near St. Pancras"), which no street is called.
_BEFORE_SAINT = word_set("mount mt fort ft port bury great little sault to from near of by via for with")
# A street's "St." ends its sentence before a common noun that opens a clause, a noun then its verb ("The parade closes
# Main St. Traffic will be diverted", "on Elm St. Parking is banned"): no saint is called "Traffic", and a saint's name
# is no common word ("Main St. Louis", "St. Paul"), or is one with its possessive ("Elm St. Mark's"). Left whole, the
# next sentence was read on with the street's "Saint". Not before a building named for the street ("the Main St.
# Station is closed"), and after a capitalised preposition "St." is Saint ("Outside St. Mark stands a cross").
_NAMED_PLACES = word_set(
    "station bridge school market church library hall tower park garden theatre cinema hotel pub bar cafe diner "
    "bakery store shop mall depot garage clinic surgery hospital bank house building centre center studio gallery "
    "chapel baptist methodist mission post office stop pier wharf"
)
# A name then a verb of speaking after a street's "St." opens a sentence ("on Elm St. Mark said hello"): a saint is not
# said to speak in the present of a street's sentence, where "Main St. Louis was waiting" is left whole, as before.
_SAID = compiled(r"\s+(?:said|says|asked|asks|told|tells|added|replied|wrote|shouted|called)\b")
# Directions and notices go on from a street with a verb that asks ("Meet at the corner of Queen St. Bring a torch",
# "on Elm St. Turn left at the lights"): a verb of those that directions use, then the word it takes. No saint is
# called "Bring", and a building named for the street ("Main St. Station") is no verb.
_ASKING_VERBS = word_set("bring take turn follow park call ask look head walk keep go meet enter ring knock wait come "
                         "use avoid allow expect leave")
_ASKED = compiled(r"\s+(?:a|an|the|your|our|it|us|me|them|left|right|up|down|back|in|out|ahead|straight)\b")
_BEFORE_SAINT_TOO = word_set("outside inside behind beside opposite past beyond around into under")
# People named by what they do, in the plural, then their verb, after a street's "St." open a sentence ("the queue
# reached High St. Valuers saw 900 items", "on Fore St. Stallholders reported"), rarer words than the common plurals
# plural_opens_sentence knows: no saint is called "Valuers", and a verb follows, as an everyday past often irregular.
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians")
_PEOPLE_DID = compiled(r"\s+(?:saw|found|made|took|sold|gave|kept|met|brought|got|spent|paid|won|lost|heard|built"
                       r"|bought|held|led|stood|said|told)\b")
# A house's number before a street's name shows its "Dr." is the drive's, no doctor's ("They live at 12 Oak Dr. The
# house is blue", "14 Bay View Dr. Roads were closed"): it ends its sentence before a word that opens one or a word in
# everyday use, not before a unit's word that goes on with the address ("12 Oak Dr. Suite 5") nor a town's name. Not
# after a year, before a doctor's title ("In 2019 Chief Dr. Green said").
_HOUSE_BEFORE_DRIVE = compiled(r"(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d{1,5}[A-Za-z]?\s+(?:[A-Z][a-z]+\s+){1,3}Dr\.$")
# A street's name before a drive's "Dr." ("at Lincoln Dr. Roads reopen"), where after a small word the title is a
# doctor's ("Dr. Fields and Dr. Banks were there").
_STREET_BEFORE_DRIVE = compiled(r"\b[A-Z][a-z]+\s+Dr\.$")
_UNIT_WORDS = word_set("suite unit apt apartment floor building room flat lot box north south east west")
# A quarter of a city after its street's type ("1600 Pennsylvania Ave. NW", "Park Rd. SE"): cut, it was a sentence.
QUADRANTS = frozenset({"NW", "NE", "SW", "SE"})
# Written with stops too ("1200 Pennsylvania Ave. N.W."): after it, the address ends before a common word in capitals
# ("Ave. N.W. Visitors enter from the side"), where a city's name goes on ("Ave. N.W. Washington, D.C.").
_DOTTED_QUADRANT = compiled(r"\s[NS]\.[EW]\.")
_STREET_AND_QUADRANT = compiled(r"\b[A-Z][a-z]{1,5}\.\s[NS]\.[EW]\.$")


def quadrant_follows(text: str, end: int, next_word: str) -> bool:
    """Whether a city's quarter follows a street type's stop ("Ave. NW", "Ave. N.W.")."""
    return next_word in QUADRANTS or (next_word in ("N", "S") and _DOTTED_QUADRANT.match(text, end) is not None)


def quadrant_ends(text: str, end: int, next_word: str) -> bool:
    """Whether a dotted quarter after its street's type ends its sentence ("Ave. N.W. Visitors enter")."""
    return _STREET_AND_QUADRANT.search(text, max(0, end - 14), end) is not None \
        and (next_word.lower() in STARTERS or is_common_capitalised(text, end, next_word))


def opens_after_place(text: str, end: int, token: str, next_word: str) -> bool:
    """Whether a street's "St." or a country's "U.S." ends its sentence before a plural noun ("Main St. Riders")."""
    if token == "st":
        before = _STREET_BEFORE.search(text, max(0, end - 30), end)
        name = before.group(0).split()[0].lower() if before else ""
        if not name or name in _BEFORE_SAINT or name in STARTERS or name in _BEFORE_SAINT_TOO:
            return False
    elif not _COUNTRY_AFTER_THE.search(text, max(0, end - 12), end):
        return False
    return plural_opens_sentence(text, end, next_word) or (token == "st" and (
        _noun_then_verb(text, end, next_word) or _name_then_speech(text, end, next_word)
        or _directions_follow(text, end, next_word) or _people_then_verb(text, end, next_word)))


def _people_then_verb(text: str, end: int, next_word: str) -> bool:
    """Whether people named by what they do and their verb follow a street's "St." ("High St. Valuers saw")."""
    if not (next_word[1:].islower() and next_word.endswith(_PEOPLE_ENDINGS)) or next_word == "Peters":
        return False
    return verb_follows(text, end, next_word) \
        or _PEOPLE_DID.match(text, text.find(next_word, end) + len(next_word)) is not None


def _name_then_speech(text: str, end: int, next_word: str) -> bool:
    """Whether a name and a verb of speaking follow a street's "St." ("We met on Elm St. Mark said hello")."""
    return next_word[1:].islower() and _SAID.match(text, text.find(next_word, end) + len(next_word)) is not None


def _directions_follow(text: str, end: int, next_word: str) -> bool:
    """Whether a verb that asks and the word it takes follow a street's "St." ("Queen St. Bring a torch")."""
    return next_word.lower() in _ASKING_VERBS and next_word[1:].islower() \
        and _ASKED.match(text, text.find(next_word, end) + len(next_word)) is not None


def _noun_then_verb(text: str, end: int, next_word: str) -> bool:
    """Whether the words after a street's "St." are a common noun and its verb ("Main St. Traffic will be diverted")."""
    if next_word.lower() in _NAMED_PLACES or not is_common_capitalised(text, end, next_word):
        return False
    return verb_follows(text, end, next_word)


def drive_ends(text: str, end: int, next_word: str) -> bool | None:
    """Whether a drive's "Dr." ends its sentence ("at 12 Oak Dr. The house", "at Lincoln Dr. Roads reopen"), or None
    when the "Dr." is no drive's to these rules (a doctor's title, left to the rules after them)."""
    if _HOUSE_BEFORE_DRIVE.search(text, max(0, end - 40), end):
        return _ends_after_drive(text, end, next_word)
    if next_word in NO_SURNAME or (_STREET_BEFORE_DRIVE.search(text, max(0, end - 24), end)
                                   and plural_clause_follows(text, end, next_word)):
        return True  # "at Marine Dr. The beach", "at Lincoln Dr. Roads reopen": no doctor is called so
    return None


def _ends_after_drive(text: str, end: int, next_word: str) -> bool:
    """Whether a drive's "Dr." after a house's number ends its sentence ("at 12 Oak Dr. The house", "Roads close")."""
    lower = next_word.lower()
    return (lower in STARTERS and next_word[1:].islower()) or (
        lower not in _UNIT_WORDS and is_common_capitalised(text, end, next_word))
