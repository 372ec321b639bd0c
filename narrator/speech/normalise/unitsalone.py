"""Units named with no number ("in lbs" -> "in pounds", "per kg" -> "per kilogram", "in mol/L" -> "in moles per
liter"), a dollar named by its country's letters, a currency pair, and a span of clothes' sizes ("XS-XL" -> "XS to
XL"): moved out of units.py, which reads a unit after its number."""

from __future__ import annotations

import re

from narrator.speech.normalise import money
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import POWERS, UNITS
from narrator.speech.normalise.util import among_known_words, among_words, first_letters

# "what's 50kg in lbs?", "measured in mm", "cheaper per kg": a unit named with no number, after a word that asks for
# one. Single letters, "ft" ("in Ft. Worth") and the byte sizes ("born in GB") are left alone.
_NAMED_UNITS = ("lbs", "lb", "kg", "km", "cm", "mm", "ml", "mL", "mph", "kph", "km/h", "oz", "mg", "kWh", "MWh",
                "kcal", "hp", "psi", "Hz", "kHz", "MHz", "GHz", "kW", "MW", "GW", "dB", "mmHg", "ppm", "Gbps", "Mbps",
                "°C", "°F", "sq ft", "sq m", "sq mi", "sq km", "kWp", "ha")  # "sales per sq ft", "kWh per kWp"
# ("trees per ha", "£400 a ha": a hectare, after these two only; "to ha ha" is laughter)
# and "a" after a price, as "per" ("7p a kWh", "£1.20 a kg", "12 cents a kWh": "seven pence a kWh" went to the
# voice), once the price is words; "a" after anything else is the article ("rated a kW higher" is left).
_PRICE_A = "|".join(f"(?<={word} )" for word in ("pence", "penny", "cents", "cent", "dollars", "dollar", "pounds",
                                                  "pound", "euros", "euro", "yen", "rupees"))
# and after "every", "each" or "the" ("miles for every kWh", "multiply the kWh by the rate"), the unit counted
# or the amount of it; left after these are the symbols that are also a maker's letters, a name or a Greek letter
# ("the hp printer", "the MW of a crossword", "the psi function").
_COUNTED_UNITS = tuple(unit for unit in _NAMED_UNITS if unit not in ("hp", "oz", "MW", "GW", "psi", "ha"))
_UNIT_ALONE = compiled(
    rf"\b(in|into|to|per|(?:{_PRICE_A})a)\s("
    + "|".join(re.escape(unit) for unit in sorted(_NAMED_UNITS, key=len, reverse=True))
    + r")(?=[,;:!?)]|\.(?:\s|$)|$|\s(?!\d))"
    + r"|\b([Ee]very|[Ee]ach|[Tt]he)\s("
    + "|".join(re.escape(unit) for unit in sorted(_COUNTED_UNITS, key=len, reverse=True))
    + r")(?=[,;:!?)]|\.(?:\s|$)|$|\s(?!\d))"
)
# After "the", a unit is named in the singular before a noun it describes ("the kWh price", "the km marker"), else in
# the plural ("the kWh by the unit rate", "the kWh you use": an amount of them).
_AMOUNT_AFTER = compiled(r"(?:[,;:!?).]|$|\s(?:by|and|or|of|from|in|on|at|for|to|with|you|we|they|I|it|that|which"
                         r"|used|consumed|generated|saved|produced|sold|bought|were|are|have)\b)")
# "given in mol/L", "measured in mg/dL": a rate of two units named with no number, after "in"; said as the rate
# is after a number ("moles per litre"), where it was left as written. The second is one a rate divides by.
_RATE_ALONE = compiled(r"\b(in|into) ([a-zµμ][A-Za-z]{0,3})/(L|l|mL|ml|dL|dl|kg|g|mol|s|h|min|m3|cm3)"
                       r"(?=[,;:!?)]|\.(?:\s|$)|$|\s(?!\d))")
# "people per km²", "rent per m2", "grams per cm³": a length's square or cube named with no number after "per" (tidy.py
# has made the superscript a digit), said as after a number ("square kilometre"; "km two" it was). Lower case only:
# "per M2" may be a chip or a motorway. Led by the word, scanned in C; a word ending in "per" ("Casper") is left.
_POWERED_ALONE = compiled(r"per\s(km|cm|mm|m|ft|mi|yd)\^?([23])(?=[,;:!?)]|\.(?:\s|$)|$|\s(?!\d))")
_NAMED_UNITS_FIRST = first_letters(_NAMED_UNITS)  # a first look among util.letter_words ("°C": "C")


# "Sizes XS-XL", "S–XXL", "M-3XL": a span of clothes' sizes, smaller to larger, said with "to" (one end has an X:
# "S-M" and "L-S" may be anything).
_SIZE_ORDER = ("XXS", "XS", "S", "M", "L", "XL", "XXL", "2XL", "XXXL", "3XL", "4XL", "5XL")
_SIZE_SPAN = compiled(r"(?<![\w.-])(?=[2-5]?X|[SML]\s?[-–]\s?[2-5]?X)"  # an X's at one end, as the gate needs
                      r"(XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)\s?[-–]\s?(XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)\b(?![-'’]|\.\w)")


def _powered_alone(match: re.Match[str]) -> str:
    """"per km2" -> "per square kilometer"; "Casper m2" is left."""
    if match.start() and (match.string[match.start() - 1].isalnum() or match.string[match.start() - 1] == "_"):
        return match.group(0)
    return f"per {POWERS[match.group(2)]} {UNITS[match.group(1)][0]}"


def _size_span(match: re.Match[str]) -> str:
    """"XS-XL" -> "XS to XL" where the sizes run up and one of them is an X's."""
    low, high = match.groups()
    if "X" not in low + high or _SIZE_ORDER.index(low) >= _SIZE_ORDER.index(high):
        return match.group(0)
    return f"{low} to {high}"


def _rate_alone(match: re.Match[str]) -> str:
    """"in mol/L" -> "in moles per liter"; left as written unless both units are known."""
    top, bottom = UNITS.get(match.group(2)), UNITS.get(match.group(3))
    if top is None or bottom is None:
        return match.group(0)
    return f"{match.group(1)} {top[1]} per {bottom[0]}"


def _unit_alone(match: re.Match[str]) -> str:
    """"in kg" -> "in kilograms", "per kg" -> "per kilogram", "every kWh" -> "every kilowatt hour"."""
    if match.group(1) is not None:
        if match.group(2) == "ha" and match.group(1) not in ("per", "a"):
            return match.group(0)  # "in ha", "to ha ha": laughter as often as land
        return f"{match.group(1)} {UNITS[match.group(2)][1 if match.group(1)[0] in 'it' else 0]}"
    word, unit = match.group(3), match.group(4)
    plural = word in ("the", "The") and _AMOUNT_AFTER.match(match.string, match.end()) is not None
    return f"{word} {UNITS[unit][1 if plural else 0]}"


def units_alone(text: str) -> str:
    """A unit with no number after "in", "to" or "per": "in lbs" -> "in pounds", "per kg" -> "per kilogram"; a
    dollar named by its country's letters with no amount: "the NZ$ rose" -> "the New Zealand dollar rose"; a
    currency pair: "EUR/USD" -> "euro US dollar"; a span of clothes' sizes: "XS-XL" -> "XS to XL"."""
    if "X" in text and ("-" in text or "–" in text) and ("XL" in text or "XS" in text):
        text = _SIZE_SPAN.sub(_size_span, text)
    if (among_known_words(_NAMED_UNITS_FIRST, text) and (" in " in text or " to " in text or " per " in text
                                                          or " a " in text or "he " in text or "ery " in text
                                                          or "ach " in text)
            and among_words(_NAMED_UNITS_FIRST, text)):
        text = _UNIT_ALONE.sub(_unit_alone, text)
    if ("2" in text or "3" in text) and "per " in text:  # the power's digit first (a memchr each)
        text = _POWERED_ALONE.sub(_powered_alone, text)
    if "/" in text and " in" in text:
        text = _RATE_ALONE.sub(_rate_alone, text)
    if "$" in text or "/" in text or not text.isascii():  # currencies_alone's first looks, before the call
        text = money.currencies_alone(text)
    return text
