"""Italian: titles and abbreviations, km/h, euros with their cents.

espeak-ng's Italian voice says Italian numbers well; these are what it misread: "sig. Rossi" and "Dott. Verdi" (a
sentence break after the title), "sig.ra" ("sig ra"), "n. 5" (a letter and a break), "ecc." ("ecc"), "p. es."
("pi es"), "5 km/h" ("cappa emme barra acca"), "3,50 €" ("tre virgola cinquanta euro").
"""

from __future__ import annotations

import re

from narrator.speech.normalise.options import ReadingOptions

_ABBREVIATIONS = {
    "sig.": "signor", "Sig.": "Signor", "sig.ra": "signora", "Sig.ra": "Signora", "sig.na": "signorina",
    "Sig.na": "Signorina", "dott.": "dottor", "Dott.": "Dottor", "dott.ssa": "dottoressa", "Dott.ssa": "Dottoressa",
    "prof.": "professor", "Prof.": "Professor", "prof.ssa": "professoressa", "Prof.ssa": "Professoressa",
    "avv.": "avvocato", "Avv.": "Avvocato", "ing.": "ingegner", "Ing.": "Ingegner", "on.": "onorevole",
    "On.": "Onorevole", "ecc.": "eccetera", "p. es.": "per esempio", "ad es.": "ad esempio", "n.": "numero",
    "pag.": "pagina", "pagg.": "pagine", "tel.": "telefono", "Tel.": "Telefono", "c.a.": "corrente anno",
}
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(k) for k in sorted(_ABBREVIATIONS, key=len, reverse=True)) + r")(?!\w)"
)
_MAY_END = frozenset({"ecc."})
_SPEED = re.compile(r"(?<=\d)\s?km/h\b")
# "3,50 €", "1.234,50 euro": euros, and then the cents ("tre euro e cinquanta").
_EUROS = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})*|\d+),(\d{2})\s?(?:€|euro\b)")


def _abbreviation(match: re.Match[str]) -> str:
    """The word an abbreviation stands for; "n." only before a number; at the text's end it keeps its stop."""
    written = match.group(0)
    if written == "n." and not re.match(r"\s?\d", match.string[match.end():]):
        return written
    ends = match.end() >= len(match.string.rstrip()) or (
        written in _MAY_END and re.match(r"\s+[A-ZÀ-Ý]", match.string[match.end():]) is not None)
    return _ABBREVIATIONS[written] + ("." if ends else "")


def normalise(text: str, options: ReadingOptions) -> str:
    """The Italian rules, each only where its sign is (options are the English rules'; none applies here yet)."""
    if "." in text:
        text = _ABBREVIATION.sub(_abbreviation, text)
    if "km/h" in text:
        text = _SPEED.sub(" chilometri orari", text)
    if "€" in text or "euro" in text:
        text = _EUROS.sub(lambda m: f"{m.group(1)} euro e {int(m.group(2))}" if int(m.group(2)) else
                          f"{m.group(1)} euro", text)
    return text
