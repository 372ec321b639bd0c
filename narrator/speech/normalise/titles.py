"""A person's titles, ranks and suffixes and an army's units said in full: "St." as Saint or Street, "Prof Jane Smith",
"Lt Col", "the Rt Hon Member", "2nd Bn", "3rd Inf Div", "617 Sqn", "John Hale jr", "Sr Agnes" (moved from words.py,
whose abbreviations() calls these in the order they ran there)."""

from __future__ import annotations

import re

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import SENIOR_TITLE_WORDS
from narrator.speech.normalise.util import among_known_words, among_words, final_stop, first_letters, sentence_stop
from narrator.speech.normalise.vocabulary import is_common_word

_SAINT_STREET = compiled(r"(St|Dr)(?<![\w.]..)\.(?=\s|$|[,;:)])")  # led by its letters, the look behind after them
# Before a name a title needs no stop and may be written small ("St Andrew's", "mr Smith", "Mt Eden"); a street's
# "St" was read by the address rules before this.
_TITLE_BEFORE_NAME = compiled(
    # led by the first letters, scanned for in C, before the look behind at every position
    r"(?=[SMFmds])(?<![\w.])(?<!\d(?:st|nd|rd|th) )"  # after an ordinal "St" is a street's ("11th St Station")
    r"(St|Mt|Ms|Fr|mr|mrs|ms|dr|st|mt)\.?(?=\s[A-Z](?:[a-z]|\s|'s\b)|\sand\s(?:mrs|mr|ms|dr)\.?\s[A-Z][a-z])"
)
# The pattern's titles, each between a non-word and a stop or a space: a first look among the text's letter_words.
_TITLE_FORMS = frozenset({"St", "Mt", "Ms", "Fr", "mr", "mrs", "ms", "dr", "st", "mt"})
# Ranks and offices without their stop, as British papers write them: "Prof Jane Smith", "Lt Col John Smith", "Det
# Insp Jane Tennison", "the Rt Hon Keir Starmer". Only before a name (a capital and a small letter: "Gen Z" is a
# generation) or another such title; "Ch", "Rt" and "Con" only in the pairs they make.
_RANKS = {
    "Prof": "Professor", "Lt": "Lieutenant", "Col": "Colonel", "Capt": "Captain", "Sgt": "Sergeant",
    "Cpl": "Corporal", "Adm": "Admiral", "Maj": "Major", "Gen": "General", "Sen": "Senator", "Rep": "Representative",
    "Gov": "Governor", "Rev": "Reverend", "Supt": "Superintendent", "Det": "Detective", "Insp": "Inspector",
    "Cmdr": "Commander", "Brig": "Brigadier", "Pte": "Private", "Ch Supt": "Chief Superintendent",
    "Ch Insp": "Chief Inspector", "Det Con": "Detective Constable", "Rt Hon": "Right Honourable",
    "Rt Rev": "Right Reverend", "Flt Lt": "Flight Lieutenant", "Wg Cdr": "Wing Commander", "Sqn Ldr": "Squadron Leader",
    "Gp Capt": "Group Captain", "L/Cpl": "Lance Corporal", "Cdr": "Commander",
    "HHJ": "His Honour Judge",  # a circuit judge in a court report, "HHJ Rebecca Thornton" (it was spelled)
}
_RANK_ALT = "|".join(sorted(_RANKS, key=len, reverse=True))
# and before a class of the rank, "Sgt 1st Class" (Sergeant First Class, "Sgt first Class" it was); and before a name's
# stopped initials, "Insp P. Dodd", "Cpl J. R. Smith" (as a police or a forces page writes a rank: "Insp" it was), but
# not a generation's letter, "Gen Z. Then" (a general's initial is never X, Y or Z).
_RANK_BEFORE_NAME = compiled(rf"(?<![\w.&'’-])({_RANK_ALT})(?=\s+(?:[A-Z][a-z]|(?:{_RANK_ALT})\s"
                             r"|(?:[1-3](?:st|nd|rd)|first|second|third)\s[Cc]lass\b"
                             r"|(?:(?<!Gen)\s|(?<=\s)(?=[A-W]))[A-Z]\.\s?(?:[A-Z]\.\s?)*[A-Z][a-z]))")
# the Commons' courtesies, "the Hon Member for Bath", "the Rt Hon gentleman", "my hon. Friend": "Hon" before
# the member, friend, gentleman or lady it styles is "Honourable" (it was left "Hon"; ranks take "Rt Hon" only before
# a name). "Hon Sec" (honorary) and "Hon" as a name are before no such word and stay.
_HOUSE_STYLE = compiled(r"(?<![\w.])(?:(Rt|Right|right)\.? )?([Hh]on)\.?(?= (?:and (?:[Ll]earned|[Gg]allant) )?"
                        r"(?:[Mm]embers?|[Ff]riends?|[Gg]entlem[ae]n|[Ll]ady|[Ll]adies|[Gg]entlewoman)\b)")
_RANK_FIRST = first_letters(_RANKS)  # a first look among the text's letter_words ("Ch Supt": "Ch", "L/Cpl": "L")
# The titles' and the ranks' runs, one look before the two rules' own (None, a look that always passes, where a rank
# has no letter). Exact: where neither set's run is in the text, the titles' rule changes nothing, and the ranks' look
# asks about the same text.
TITLE_OR_RANK = None if _RANK_FIRST is None else _TITLE_FORMS | _RANK_FIRST
# A unit of an army: "2nd Bn The Parachute Regiment", "16 Air Assault Bde", "the Royal Welsh Regt".
# with its stop too, "the 1st Bn. Royal Irish Rifles" ("Battalion. Royal" it was, a sentence's fall inside the
# name): a battalion's stop is dropped but at the text's end (its regiment's name follows it, "2nd Bn. The Parachute
# Regiment"); a brigade's or a regiment's kept where it ends the sentence.
_ARMY_UNIT = compiled(r"(?<=\d(?:st|nd|rd|th) )Bn\b\.?|\b(?:Bde|Regt)\b(?!['’-])\.?")
_ARMY_UNITS = {"Bn": "Battalion", "Bde": "Brigade", "Regt": "Regiment", "Div": "Division", "Inf": "Infantry",
               "Armd": "Armoured", "Cav": "Cavalry", "Mech": "Mechanised", "Abn": "Airborne", "Mtn": "Mountain",
               "Arty": "Artillery"}
# "3rd Inf Div", "10th Mountain Div", "1st Armd Div", "7th Cav": a formation's number, its arm and its size, each
# shortened (the arm's word may be a name: "Mountain", "Marine").
# with their stops too, "the 101st Abn. Div.", "5th Inf. Div." (the first stop was taken for the sentence's end,
# "Infantry. Div."): the stops inside are dropped, the last kept only where it ends the sentence.
_FORMATION = compiled(r"(?<=\d(?:st|nd|rd|th) )(?:(?:Inf|Armd|Cav|Mech|Abn|Mtn|[A-Z][a-z]+)\.? ){0,2}"
                      r"(?:Div|Inf|Armd|Cav|Arty)\b\.?(?!['’-]|\w)")
_FORMATION_WORD = compiled(r"\b(?:Inf|Armd|Cav|Mech|Div|Abn|Mtn|Arty)\b")
FORMATION_WORDS = frozenset({"Div", "Inf", "Armd", "Cav", "Arty"})  # every match's last word stands apart
_SQUADRON_WORDS = frozenset({"Sqn"})  # the first look of the rule below: a set tested among the words at hand
_SQUADRON = compiled(r"(?:(?<=\d )|(?<=\) ))Sqn\b\.?(?![\w'’-])")
# and after its number and its place in brackets, as the air cadets name theirs ("1475 (Dulwich) Sqn", "2428 (Biggin
# Hill) Sqn": "Sqn" was left to the voice); a bracket after no number ("the cup (Sqn) final") is left
_NUMBER_AND_PLACE_BEFORE = compiled(r"\d \([A-Z][A-Za-z'’. -]{0,30}\) $")
_TITLES = {"st": "Saint", "mt": "Mount", "mr": "Mr", "mrs": "Mrs", "ms": "Miz", "dr": "Dr", "fr": "Father"}
# After a name: "James Smith jr", "Maxwell Madison Sr", "Hollis bros"; the stop-ended forms are in words._FIXED.
_SUFFIX_AFTER_NAME = compiled(r"(?:(?<=[a-z] )|(?<=[a-z], ))(?:jr|sr|Jr|Sr|bros)\.?(?![\w.])")
_SUFFIXES = {"jr": "Junior", "sr": "Senior", "bros": "Brothers"}
SUFFIX_FORMS = frozenset({"jr", "sr", "Jr", "Sr", "bros"})  # the pattern's forms, a first look among letter_words
_CAPITAL_NEXT = compiled(r"\s+[\"']?[A-Z]")
CAPITAL_WORD_BEFORE = compiled(r"(?:[A-Z][a-z]+(?:['’]s)?|\d\w*)\s+$")  # "St. James's St.": a name's too
# After a street's name, "St." before a word that opens a sentence and names no saint is the street's, and its stop
# the sentence's ("They met on Elm St. Later they left"; "Jill St. John" is a name).
OPENS_SENTENCE = compiled(
    r"\s+(?:The|A|An|It|Its|He|His|She|Her|They|Their|We|Our|I|You|Your|This|That|These|Those|There|Then|Later|But"
    r"|And|So|Yet|On|In|At|After|Before|When|While|If|As|Police|Officials|Residents|Neighbors|Neighbours)\b"
)
# "Sr Agnes ran the school", "Sr. Mary Joseph": before a name, a nun's Sister ("Sr" went to the voice, and "Sr."
# was "Senior"); before a job's word ("Sr Vice President", "the Sr. Analyst", facts.SENIOR_TITLE_WORDS), after an
# article or a possessive ("our Sr Engineer") and after a name ("John Hale Sr", read above) it is Senior still.
_SISTER = compiled(r"(?<![\w.])Sr\.?(?= ([A-Z][a-z]+)\b(?![-'’]\w))")
_WORD_BEFORE_RANK = compiled(r"([\w'’]+),? $")
_ARTICLE_OR_POSSESSIVE = frozenset({"the", "The", "a", "A", "an", "An", "our", "Our", "its", "Its", "their", "Their",
                                    "his", "His", "her", "Her", "my", "My", "your", "Your", "new", "New", "as", "As"})


def saints_and_streets(text: str) -> str:
    """"St. Paul's" -> "Saint Paul's", "Elm St." -> "Elm Street", "Dr. Lee" -> "Dr Lee", "Oak Dr." -> "Oak Drive"."""
    return _SAINT_STREET.sub(_saint_or_street, text)


def titles_and_ranks(text: str) -> str:
    """Titles and ranks before a name ("Prof Jane Smith", "Lt Col") (the caller has found one's run: TITLE_OR_RANK)."""
    if among_words(_TITLE_FORMS, text):
        text = _TITLE_BEFORE_NAME.sub(lambda m: _TITLES[m.group(1).lower()], text)
    if among_words(_RANK_FIRST, text):
        text = _RANK_BEFORE_NAME.sub(lambda m: _RANKS[m.group(1)], text)
    return text


def house_style(text: str) -> str:
    """"the Rt Hon Member" -> "the Right Honourable Member" (the caller has found "Hon" or "hon")."""
    return _HOUSE_STYLE.sub(_house_style, text)


def army_units(text: str) -> str:
    """"2nd Bn" -> "2nd Battalion", "16 Air Assault Bde" -> "... Brigade" (the caller has found a unit's needle)."""
    return _ARMY_UNIT.sub(_army_unit, text)


def _army_unit(match: re.Match[str]) -> str:
    """"Bn." -> "Battalion" (its stop kept at the text's end), "Bde." -> "Brigade." where the sentence ends."""
    unit = match.group(0).rstrip(".")
    return _ARMY_UNITS[unit] + (final_stop(match) if unit == "Bn" else sentence_stop(match))


def _squadron(match: re.Match[str]) -> str:
    if match.string[match.start() - 2] == ")" and not _NUMBER_AND_PLACE_BEFORE.search(
            match.string, max(0, match.start() - 40), match.start()):
        return match.group(0)
    return "Squadron" + sentence_stop(match)


def squadrons(text: str) -> str:
    """"617 Sqn" -> "617 Squadron" (the caller has found "Sqn" in the text)."""
    if among_known_words(_SQUADRON_WORDS, text):
        text = _SQUADRON.sub(_squadron, text)
    return text


def formations(text: str) -> str:
    """"3rd Inf Div" -> "3rd Infantry Division" (the caller has found a formation's word among the words)."""
    return _FORMATION.sub(_formation, text)


def name_suffixes(text: str) -> str:
    """"John Hale jr" -> "John Hale Junior" (the caller has found a suffix among the words: SUFFIX_FORMS)."""
    return _SUFFIX_AFTER_NAME.sub(_suffix, text)


def sisters(text: str) -> str:
    """"Sr Agnes" -> "Sister Agnes" (the caller has found "Sr")."""
    return _SISTER.sub(_sister, text)


def _saint_or_street(match: re.Match[str]) -> str:
    """St. before a name is Saint and after one is Street (Dr.: the title, without its stop, and Drive)."""
    before = match.string[max(0, match.start() - 40) : match.start()]
    capital_next = _CAPITAL_NEXT.match(match.string, match.end()) is not None
    after_name = CAPITAL_WORD_BEFORE.search(before) is not None
    titles = ("Saint", "Street") if match.group(1) == "St" else ("Dr", "Drive")
    if after_name and capital_next and OPENS_SENTENCE.match(match.string, match.end()):
        return titles[1] + "."
    # a stop that ended the text also ended the sentence
    return (titles[1] if after_name and not capital_next else titles[0]) + final_stop(match)


def _formation(match: re.Match[str]) -> str:
    """"101st Abn. Div." -> "101st Airborne Division": each short word in full, its stops dropped but the sentence's."""
    said = _FORMATION_WORD.sub(lambda word: _ARMY_UNITS[word.group(0)], match.group(0).replace(".", ""))
    return said + sentence_stop(match)


def _suffix(match: re.Match[str]) -> str:
    """"jr" after a capitalised name is Junior, "sr" Senior, "bros" Brothers."""
    # the name and what ends the sentence before it, looked for near the match: the whole text before each one made a
    # text of 16,000 "Sr."s ten times slower than one of 4,000
    lead = max(0, match.start() - 80)
    before = match.string[lead: match.start()].rstrip(" ,")
    start = before.rfind(" ") + 1
    name = before[start:]
    opens = (start == 0 and lead == 0) or before[:start].rstrip().endswith((".", "!", "?", ":"))
    if not name[:1].isupper() or (opens and is_common_word(name)):
        return match.group(0)  # "The jr team": a common word that opens the sentence is no name
    written = match.group(0)
    if not written.endswith("."):
        return _SUFFIXES[written.lower()]
    # "Mabry, sr." that ends the sentence keeps its stop; "King, jr. spoke" was only shortened
    ends = match.end() == len(match.string) or _CAPITAL_NEXT.match(match.string, match.end()) is not None
    return _SUFFIXES[written[:-1].lower()] + ("." if ends else "")


def _sister(match: re.Match[str]) -> str:
    """"Sr Agnes" -> "Sister Agnes"; "Sr Director", "the Sr. Nurse" and "John Hale Sr" are left to be Senior."""
    if match.group(1) in SENIOR_TITLE_WORDS:
        return match.group(0)
    before = _WORD_BEFORE_RANK.search(match.string, max(0, match.start() - 24), match.start())
    if before is not None and (before.group(1) in _ARTICLE_OR_POSSESSIVE or (
            before.group(1)[:1].isupper() and not match.string[:before.start()].rstrip().endswith((".", "!", "?", ":"))
            and before.start() > 0)):
        return match.group(0)  # "our Sr Engineer", "Hale Sr Thomas": a rank, or a name's suffix
    return "Sister"


def _house_style(match: re.Match[str]) -> str:
    """"Rt Hon" -> "Right Honourable", "hon." -> "honourable", before the member or friend they style."""
    right, hon = match.group(1), match.group(2)
    if hon == "Hon" and not right and match.group(0).endswith("."):
        return match.group(0)  # "the Hon. Member": the stopped title's own table reads it ("Honorable"), as before
    said = "Honourable" if hon == "Hon" else "honourable"
    return f"{'Right' if right in ('Rt', 'Right') else 'right'} {said}" if right else said
