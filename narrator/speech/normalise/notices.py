"""The short forms of the notices a paper prints in columns of their own, said as a reader says them: church notices'
styles ("The Ven.", "Rt Revd", "Ps 23", "St Mary w. St John"), a wine list's "Ch. Margaux" and "1er Cru", a results
table's "Rd. 7", a tide table's "HW 06:14" and a shipping report's "occ.", an election's "Con hold" and "(Lab)"."""

from __future__ import annotations

import re

from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import CRU_RANKS, PARTY_NAMES, TIDE_WATERS
from narrator.speech.normalise.util import among_words, first_letters

# "The Ven. Sarah Hall", "the Ven Dr Tom Ash": an archdeacon's style after "the" and before a name.
_VENERABLE = compiled(r"(?<=\b[Tt]he )Ven\.?\s(?=(?:Dr\.?\s|Canon\s)?[A-Z][a-z])")
# "The Rt Revd Anne Cole", "Rt Hon": the bishop's and the counsellor's "Right" written without its stop
# (citations.py reads "Rt." with its stop).
_RIGHT = compiled(r"\bRt\s(?=(?:Revd|Rev|Hon)\b)")
# "Ch. Margaux", "Ch. d'Yquem": a château before its name; before a number "Ch." is a chapter, which is left.
_CHATEAU = compiled(r"(?<![\w.])Ch\.\s(?=(?:d['’])?[A-Z][a-z])")
# "Rd. 7: Hale beat Moss": a round's number opening a results line; after a name "Smith Rd." is a road.
_ROUND = compiled(r"^Rd\.\s(?=\d{1,2}\b)")
# "Ps 23", "Pss 120-134": a psalm's number in a notice of readings (with its stop citations.py reads it).
_PSALM = compiled(r"(?<![\w.])(Pss?)\s(?=\d{1,3}\b)")
# "St Mary w. St John": a united parish's "with" between two saints' names.
_WITH = compiled(r"(?<=[a-z] )w\.\s(?=St\.?\s[A-Z])")
# "occ. poor later": a forecast's "occasionally" before its word.
_OCCASIONALLY = compiled(r"(?<![\w.])occ\.\s(?=[a-z])")
# "HW 06:14", "LW springs", "either side of HW", "Next HW Avonmouth 19:47": high and low water before a time (a port
# between), before springs or neaps, or after "of": "HW" alone may be a hardware's or a housework's.
# A dotted time after them is the tide's ("HW Dover 11.02", a colon for the clock's rule).
_WATER = compiled(r"\b(HW|LW)\b(?:(\s(?:[A-Z][a-z]+\s)?\d{1,2})[:.]([0-5]\d)\b|(?=\s(?:springs|neaps)\b))"
                  r"|(?<=\bof )(HW|LW)\b")
# "(b. Cork 1901)": born in a place, then the year (citations and dates read "b. 1901" with no place between).
_BORN_IN = compiled(r"(?<=\()b\.\s(?=[A-Z][a-z]+,?\s\d{4}\b)")
# "Chablis 1er Cru", "4ème Cru Classé": a growth's rank before "Cru", said in French.
_CRU = compiled(r"(?<![\w.])([1-5])(?:er|e|ème|eme)\s(?=Cru\b)")
# A party's short name where an election's result shows it: before "hold" or "gain", after "gain from" and in a
# swing's "from Lab to Con", in brackets after a candidate ("Smith (Lab)"), before a count of seats ("Con 312 (-53)").
# "Con" and "Lab" are words and rooms elsewhere ("Lab 3"), so a sign of a result must stand in the sentence.
_PARTY = "|".join(PARTY_NAMES)
_PARTY_SAID = compiled(rf"\b({_PARTY})(?=\s(?:hold|gain)\b)|(?<=\bfrom )({_PARTY})\b|(?<=\bto )({_PARTY})\b"
                       rf"|(?<=\()({_PARTY})(?=\))|\b({_PARTY})(?=\s\d[\d,]*\s\()|(?<=% )({_PARTY})(?=\sto\b)")
_RESULT_SIGN = compiled(rf"\b(?i:hold|gain|swing|majority|seats|votes|turnout|elected|ward)\b|\((?:{_PARTY})\)\s\d")
_FIRST_LOOK = first_letters([*PARTY_NAMES, *TIDE_WATERS, "Ven", "Rt", "Ch", "Rd", "Ps", "Pss", "occ", "Cru", "b"])


def _party(match: re.Match[str]) -> str:
    """A party's short name said in full."""
    return PARTY_NAMES[next(group for group in match.groups() if group)]


def _water(match: re.Match[str]) -> str:
    """"HW 06.14" -> "high water 06:14"."""
    said = TIDE_WATERS[match.group(1) or match.group(4)]
    return f"{said}{match.group(2)}:{match.group(3)}" if match.group(2) else said


def short_forms(text: str) -> str:
    """Say the short forms of church, wine, results, tide and election notices where their column shows."""
    if not among_words(_FIRST_LOOK, text) and " w. " not in text:
        return text
    if "Ven" in text:
        text = _VENERABLE.sub("Venerable ", text)
    if "Rt " in text:
        text = _RIGHT.sub("Right ", text)
    if "Ch. " in text:
        text = _CHATEAU.sub("Chateau ", text)
    if text.startswith("Rd. "):
        text = _ROUND.sub("Round ", text)
    if "Ps" in text:
        text = _PSALM.sub(lambda m: "Psalms " if m.group(1) == "Pss" else "Psalm ", text)
    if " w. " in text:
        text = _WITH.sub("with ", text)
    if "occ. " in text:
        text = _OCCASIONALLY.sub("occasionally ", text)
    if "W" in text:
        text = _WATER.sub(_water, text)
    if "(b. " in text:
        text = _BORN_IN.sub("born ", text)
    if "Cru" in text:
        text = _CRU.sub(lambda m: CRU_RANKS[m.group(1)] + " ", text)
    if _RESULT_SIGN.search(text):
        text = _PARTY_SAID.sub(_party, text)
    return text
