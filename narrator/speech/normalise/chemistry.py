"""Chemistry's symbols said as a chemist reads them: an isotope by its element's name ("Pu-239": "plutonium two thirty
nine") and a formula's symbols spelled with their counts said ("H2SO4", "NaCl")."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import ELEMENTS, ISOTOPE_ELEMENTS

# "Pu-239", "Cs-137", "Sr-90": an isotope by its element's two-letter symbol and its mass number, said with the
# element's name ("plutonium two thirty nine"; the symbol was said as a word, "Pu").
# Led by the hyphen, the symbol looked behind (led by fifty symbols, the engine tried them at every word).
_ISOTOPE = compiled(r"-(?<=\b[A-Z][a-z]-)(\d{1,3})(m?)\b(?![.,]\d|-)")


def _formula(match: re.Match[str]) -> str:
    """"NO2" -> "N.O two", "H2SO4" -> "H two S.O four": the symbols spelled, the counts said."""
    written = match.group(1)
    parts = _SYMBOL.findall(written)
    if (len(parts) < 2 or not (any(count for _, count in parts) or _BARE_FORMULA.fullmatch(written))
            or any(symbol not in ELEMENTS for symbol, _ in parts)
            or len({symbol for symbol, _ in parts}) == 1  # "OO9", "NN2": one element is counted once ("O3")
            or "".join(symbol + count for symbol, count in parts) != written):
        return match.group(0)
    said, letters = [], ""
    for symbol, count in parts:
        letters += symbol.upper()
        if count:
            said += [".".join(letters), numbers.cardinal(int(count))]
            letters = ""
    return " ".join(said + ([".".join(letters)] if letters else []))


def isotopes(text: str) -> str:
    """"Pu-239" -> "plutonium two thirty nine": an element's name and its mass number, where the number can be one."""
    parts, last = [], 0
    for match in _ISOTOPE.finditer(text):
        start = match.start() - 2
        element = ISOTOPE_ELEMENTS.get(text[start:match.start()])
        mass = int(match.group(1))
        if element is None or not element[1] <= mass <= 3 * element[1] + 10:
            continue
        number = numbers.in_pairs(match.group(1)) if mass >= 100 else numbers.cardinal(mass)
        name = element[0].capitalize() if start == 0 else element[0]
        parts.append(f"{text[last:start]}{name} {number}{' m' if match.group(2) else ''}")  # "Tc-99m": metastable
        last = match.end()
    return "".join(parts) + text[last:] if parts else text


# "NO2", "SO2", "H2SO4", "CH4": two or more element symbols with a count after one of them ("NO" and "SO" were words).
_FORMULA = compiled(r"(?<![\w.-])((?:[A-Z][a-z]?\d{0,2}){2,6})(?![\w-]|\.\d)")
# a first look: a count after two symbols ("NO2", "NaCl2") or between two ("H2O")
_MAY_BE_FORMULA = compiled(r"[A-Z][a-z]?[A-Z][a-z]?\d|[A-Z]\d{1,2}[A-Z]")
# "NaCl", "KCl", "HBr", "NaOH": a salt, an acid or a hydroxide has no count to show it is a formula, but an element
# before a halogen's two letters (or "OH" after a two-letter metal) is one; spelled as the others (was left as
# written, said as a word). "OOH", "DOH" are capitals, never these.
_BARE_FORMULA = compiled(r"(?<![\w.-])((?:[A-Z][a-z]?)(?:Cl|Br)|[A-Z][a-z]OH)(?![\w-]|\.\d)")
# a first look led by the halogen's letters ("Clinton", "Britain" fail at once): scanned in C
_MAY_BE_BARE_FORMULA = compiled(r"(?:Cl|Br)(?<=[A-Za-z]..)|OH(?<=[a-z]OH)")
_SYMBOL = compiled(r"([A-Z][a-z]?)(\d{0,2})")


# "SO4 2-", "PO4 3-", "Cl- ions", "O2- radicals": an ion's negative charge after its formula, as tidy writes a
# superscript charge ("SO₄²⁻", "Cl⁻") and chemists in plain text, said "minus" (the hyphen reached the voice, which
# said nothing): a charge's digit set apart after a formula ending in a count, or a bare minus where the sentence
# speaks of ions ("US- and EU-based" is no anion). A positive charge's "+" is read as any plus is.
_NEGATIVE_CHARGE = compiled(r"-(?<=\w-)(?=[\s,.;:)]|$)")  # led by the hyphen: found at memchr speed
_CHARGED_FORMULA = compiled(r"(?:^|(?<=[\s(]))((?:[A-Z][a-z]?\d{0,2}){1,6})( [1-4])?$")
_SUSPENDED_AFTER = compiled(r" (?:and|or|to|nor|&) [\w]+-\w")  # "U- and V-shaped": a hyphen held for the next word
_ION_TALK = compiled(r"\b(?:ions?|anions?|cations?|ionic|charged?|electrolytes?|radicals?)\b")


def negative_charges(text: str) -> str:
    """"SO4 2-" -> "SO4 two minus", "Cl- ions" -> "Cl minus ions": an ion's negative charge said."""
    parts, last, ions = [], 0, None
    for match in _NEGATIVE_CHARGE.finditer(text):
        formula = _CHARGED_FORMULA.search(text, max(last, match.start() - 24), match.start())
        if formula is None:
            continue
        symbols, digit = formula.group(1), formula.group(2)
        if any(symbol not in ELEMENTS for symbol, _ in _SYMBOL.findall(symbols)):
            continue
        if digit and not symbols[-1].isdigit():
            continue  # "Fe 3-": a count's digit, not a charge's, is what sits against a formula
        if not digit:
            if _SUSPENDED_AFTER.match(text, match.end()):
                continue
            ions = ions if ions is not None else _ION_TALK.search(text) is not None
            if not ions:
                continue
        charge = f" {numbers.cardinal(int(digit))} minus" if digit else " minus"
        parts.append(text[last:formula.start(2) if digit else match.start()] + charge)
        last = match.end()
    return "".join(parts) + text[last:] if parts else text


def formulas(text: str) -> str:
    """"NO2" -> "N.O two", "H2SO4" -> "H two S.O four"."""
    if not _MAY_BE_FORMULA.search(text):
        return text
    return _FORMULA.sub(_formula, text)


def bare_formulas(text: str) -> str:
    """"NaCl" -> "N.A.C.L": a salt, an acid or a hydroxide without a count."""
    if not _MAY_BE_BARE_FORMULA.search(text):
        return text
    return _BARE_FORMULA.sub(_formula, text)
