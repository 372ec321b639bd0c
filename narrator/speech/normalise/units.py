"""English money, percentages and measures: a number (or a range) with its unit."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.util import padded

NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
# symbol or code -> (singular, plural, minor singular, minor plural)
_CURRENCIES: dict[str, tuple[str, str, str, str]] = {
    "$": ("dollar", "dollars", "cent", "cents"),
    "US$": ("US dollar", "US dollars", "cent", "cents"),
    "USD": ("US dollar", "US dollars", "cent", "cents"),
    "A$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "AUD": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "C$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "CAD": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "NZ$": ("New Zealand dollar", "New Zealand dollars", "cent", "cents"),
    "HK$": ("Hong Kong dollar", "Hong Kong dollars", "cent", "cents"),
    "£": ("pound", "pounds", "penny", "pence"),
    "GBP": ("pound", "pounds", "penny", "pence"),
    "€": ("euro", "euros", "cent", "cents"),
    "EUR": ("euro", "euros", "cent", "cents"),
    "¥": ("yen", "yen", "sen", "sen"),
    "JPY": ("yen", "yen", "sen", "sen"),
    "₹": ("rupee", "rupees", "paisa", "paise"),
    "INR": ("rupee", "rupees", "paisa", "paise"),
    "₩": ("won", "won", "jeon", "jeon"),
    "CHF": ("Swiss franc", "Swiss francs", "centime", "centimes"),
    "₽": ("rouble", "roubles", "kopek", "kopeks"),
    "₿": ("bitcoin", "bitcoins", "satoshi", "satoshis"),
}
_SCALES = {
    "thousand": "thousand", "k": "thousand", "K": "thousand",
    "million": "million", "m": "million", "mn": "million", "M": "million", "mln": "million",
    "billion": "billion", "bn": "billion", "b": "billion", "B": "billion",
    "trillion": "trillion", "tn": "trillion", "T": "trillion", "tr": "trillion",
}
_PERIODS = {"yr": "year", "year": "year", "y": "year", "mo": "month", "month": "month", "wk": "week",
            "week": "week", "day": "day", "d": "day", "hr": "hour", "h": "hour", "hour": "hour"}

_SYMBOLS = "|".join(sorted((re.escape(k) for k in _CURRENCIES if not k.isalpha()), key=len, reverse=True))
_CODES = "|".join(k for k in _CURRENCIES if k.isalpha())
_SCALE = r"(?:\s?(thousand|million|billion|trillion)\b|(k|K|m|mn|M|mln|bn|b|B|tn|T)\b)"
_MONEY = re.compile(
    rf"(?<![\w$£€¥₹₩])(?:({_SYMBOLS})\s?|\b({_CODES})\s?)(-?{NUM}){_SCALE}?"
    rf"(?:\s?(?:-|to)\s?(?:{_SYMBOLS})?({NUM}){_SCALE}?)?"
    # "/mo." takes its full stop only mid-sentence: "$5/mo." at the end keeps the sentence's own.
    rf"(?:\s?(?:/|per\s)\s?(?i:((?:yr|mo|wk|hr)\.(?=\s+[a-z])|(?:yr|year|y|mo|month|wk|week|day|d|hr|h|hour)\b)))?"
)
_TRAILING_SYMBOL = re.compile(rf"(?<![\w.,])({NUM})\s?(€|£)(?!\w)")
_BARE_SCALE = re.compile(rf"(?<![\w.,])({NUM})\s?(bn|tn|mln)\b")
_PERCENT = re.compile(rf"(?<![\w.,])(-?{NUM})(?:\s?(?:-|to)\s?({NUM}))?\s?(%|per ?cent\b)")

# unit -> (singular, plural); the key is matched case-sensitively unless listed in _FOLDED.
_UNITS: dict[str, tuple[str, str]] = {
    "mm": ("millimeter", "millimeters"), "cm": ("centimeter", "centimeters"), "m": ("meter", "meters"),
    "km": ("kilometer", "kilometers"), "mi": ("mile", "miles"), "ft": ("foot", "feet"), "yd": ("yard", "yards"),
    "mg": ("milligram", "milligrams"), "g": ("gram", "grams"), "kg": ("kilogram", "kilograms"),
    "t": ("tonne", "tonnes"), "lb": ("pound", "pounds"), "lbs": ("pound", "pounds"), "oz": ("ounce", "ounces"),
    "ml": ("milliliter", "milliliters"), "mL": ("milliliter", "milliliters"), "l": ("liter", "liters"),
    "L": ("liter", "liters"), "cl": ("centiliter", "centiliters"), "gal": ("gallon", "gallons"),
    "km2": ("square kilometer", "square kilometers"), "m2": ("square meter", "square meters"),
    "sq ft": ("square foot", "square feet"), "sq mi": ("square mile", "square miles"),
    "sq km": ("square kilometer", "square kilometers"), "sq m": ("square meter", "square meters"),
    "sq in": ("square inch", "square inches"), "sq yd": ("square yard", "square yards"), "ha": ("hectare", "hectares"),
    "m3": ("cubic meter", "cubic meters"), "cc": ("cubic centimeter", "cubic centimeters"),
    "mph": ("mile per hour", "miles per hour"), "km/h": ("kilometer per hour", "kilometers per hour"),
    "kmh": ("kilometer per hour", "kilometers per hour"), "kph": ("kilometer per hour", "kilometers per hour"),
    "m/s": ("meter per second", "meters per second"),
    "ms": ("millisecond", "milliseconds"), "sec": ("second", "seconds"), "min": ("minute", "minutes"),
    "mins": ("minute", "minutes"), "secs": ("second", "seconds"),
    "hrs": ("hour", "hours"), "hr": ("hour", "hours"),
    "°C": ("degree Celsius", "degrees Celsius"), "°F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "° C": ("degree Celsius", "degrees Celsius"), "° F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "°": ("degree", "degrees"),
    "Hz": ("hertz", "hertz"), "kHz": ("kilohertz", "kilohertz"), "MHz": ("megahertz", "megahertz"),
    "GHz": ("gigahertz", "gigahertz"), "W": ("watt", "watts"), "kW": ("kilowatt", "kilowatts"),
    "MW": ("megawatt", "megawatts"), "GW": ("gigawatt", "gigawatts"), "kWh": ("kilowatt hour", "kilowatt hours"),
    "MWh": ("megawatt hour", "megawatt hours"), "GWh": ("gigawatt hour", "gigawatt hours"),
    "TWh": ("terawatt hour", "terawatt hours"), "V": ("volt", "volts"), "kV": ("kilovolt", "kilovolts"),
    "mAh": ("milliamp hour", "milliamp hours"), "A": ("amp", "amps"),
    "KB": ("kilobyte", "kilobytes"), "kB": ("kilobyte", "kilobytes"), "MB": ("megabyte", "megabytes"),
    "GB": ("gigabyte", "gigabytes"), "TB": ("terabyte", "terabytes"), "PB": ("petabyte", "petabytes"),
    "kbps": ("kilobit per second", "kilobits per second"), "Mbps": ("megabit per second", "megabits per second"),
    "Gbps": ("gigabit per second", "gigabits per second"), "Mb/s": ("megabit per second", "megabits per second"),
    "dB": ("decibel", "decibels"), "kcal": ("kilocalorie", "kilocalories"), "cal": ("calorie", "calories"),
    "mmHg": ("millimeter of mercury", "millimeters of mercury"), "ppm": ("part per million", "parts per million"),
    "nm": ("nanometer", "nanometers"), "μm": ("micrometer", "micrometers"), "μg": ("microgram", "micrograms"),
    "kt": ("knot", "knots"), "psi": ("P S I", "P S I"),
}
# Units also written in capitals or mixed case ("12KG", "1 mbps").
_FOLDED = {"kg", "km", "mph", "kbps", "mbps", "gbps", "khz", "mhz", "ghz", "kwh", "cm", "mm", "lbs", "kmh", "kph"}
_FOLDED_UNITS = {k.lower(): v for k, v in _UNITS.items() if k.lower() in _FOLDED}
# A single letter is a unit only right after the number, or after a space when it cannot be a word.
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_FRACTION = re.compile(r"(?:(\d{1,3}) )?(\d{1,3})/(\d{1,3})")
_MEASURE = re.compile(
    rf"(?<![\w.,/])(-?(?:(?:\d{{1,3}} )?\d{{1,3}}/\d{{1,3}}|{NUM}))(?:\s?(?:-|to)\s?({NUM}))?(\s?-?\s?)"
    rf"(?:({_UNIT_ALT})|((?i:{'|'.join(_FOLDED)})))"
    rf"(?:/({_UNIT_ALT}|s|h))?(?![\w°/])"
)
_PER_UNIT = re.compile(rf"(?<![\w.,])({NUM})\s?/\s?({_UNIT_ALT})(?![\w°/])")
_MAY_BE_MONEY = re.compile(rf"[$£€¥₹₩₽₿]|\b(?:{_CODES})\b")
_MAY_BE_MEASURE = re.compile(r"\d\s?-?\s?[A-Za-z°μ]")
_CLOSING = re.compile(r"\s*[)\],;]")
# After a space these may be a letter, an initial or a word ("Grade 3 A", "3 t"); metres, grams and litres are
# common enough after a number to be read as units.
_AMBIGUOUS_AFTER_SPACE = {"t", "A", "V", "W", "cal", "ha", "kt"}
# 6'2" -> six feet two inches
_FEET_INCHES = re.compile(r"(?<![\w.])(\d)'\s?(\d{1,2})(?:\"|'')(?!\w)")


def _amount(text: str, british: bool = False) -> str:
    """A number as said before a unit: negative numbers get "minus", fractions their denominators."""
    if text.startswith("-"):
        return "minus " + _amount(text[1:], british)
    if british and text.replace(",", "").isdigit():
        return numbers.cardinal_with_and(int(text.replace(",", "")))
    found = _FRACTION.fullmatch(text)
    if found:
        whole = int(found.group(1)) if found.group(1) else None
        return numbers.fraction(whole, int(found.group(2)), int(found.group(3)))
    return numbers.number(text.replace(",", "") if "." in text else text)


def _is_one(text: str) -> bool:
    """True when a unit after this amount is singular (1, or a proper fraction such as 1/2)."""
    found = _FRACTION.fullmatch(text)
    if found:
        return not found.group(1) and int(found.group(2)) < int(found.group(3))
    return text.lstrip("-") == "1"


def _money_words(value: str, names: tuple[str, str, str, str], scale: str | None) -> str:
    """"$20.50" -> "twenty dollars and fifty cents"; "$2.5 million" -> "two point five million dollars"."""
    major, majors, minor, minors = names
    plain = value.lstrip("-").replace(",", "")
    sign = "minus " if value.startswith("-") else ""
    whole, _, cents = plain.partition(".")
    if scale:
        return f"{sign}{_amount(plain)} {scale} {majors}"
    if len(cents) > 2 and set(cents[2:]) == {"0"}:
        cents = cents[:2]
    if len(cents) > 2 or (cents and not whole and len(cents) != 2):
        whole_words = numbers.cardinal_with_and(int(whole)) + " " if whole else ""
        return f"{sign}{whole_words}point {numbers.digits(cents)} {majors}"
    whole_value = int(whole or "0")
    cent_value = int(cents.ljust(2, "0")) if cents else 0
    parts = []
    if whole_value or not cent_value:
        parts.append(f"{numbers.cardinal_with_and(whole_value)} {major if whole_value == 1 else majors}")
    if cent_value:
        parts.append(f"{numbers.cardinal(cent_value)} {minor if cent_value == 1 else minors}")
    return sign + " ".join(parts)


def _scale(match: re.Match[str], first: int) -> str | None:
    """The scale word from groups first (spelled) or first + 1 (abbreviated)."""
    word = match.group(first) or match.group(first + 1)
    return _SCALES[word] if word else None


def _money(match: re.Match[str]) -> str:
    names = _CURRENCIES[match.group(1) or match.group(2)]
    value, scale, upper, upper_scale = match.group(3), _scale(match, 4), match.group(6), _scale(match, 7)
    if upper and upper_scale and not scale:
        # "$1.5-2bn", "HK$3 to HK$4 billion": the scale and the currency are said once, after the range.
        plain = value.replace(",", "")
        plain = plain.rstrip("0").rstrip(".") if "." in plain else plain  # "5.50 million" is 5.5 million
        spoken = _amount(plain) + " to " + _money_words(upper, names, upper_scale)
    else:
        spoken = _money_words(value, names, scale)
        if upper:
            spoken += " to " + _money_words(upper, names, upper_scale or scale)
    if match.group(9):
        spoken += " per " + _PERIODS[match.group(9).rstrip(".").lower()]
    return padded(match, spoken)


def money(text: str) -> str:
    """Read amounts of money and bare "bn"/"mln" scales."""
    if _MAY_BE_MONEY.search(text):
        text = _MONEY.sub(_money, text)
        text = _TRAILING_SYMBOL.sub(lambda m: padded(m, _money_words(m.group(1), _CURRENCIES[m.group(2)], None)), text)
    if "bn" in text or "tn" in text or "mln" in text:
        text = _BARE_SCALE.sub(lambda m: padded(m, f"{_amount(m.group(1))} {_SCALES[m.group(2)]}"), text)
    return text


def _percent(match: re.Match[str]) -> str:
    spoken = _amount(match.group(1))
    if match.group(2):
        spoken += " to " + _amount(match.group(2))
    return padded(match, spoken + " percent")


def percentages(text: str) -> str:
    """Read "12.5%" and "10-15 %"."""
    return _PERCENT.sub(_percent, text) if "%" in text or "per" in text else text


def _measure(match: re.Match[str]) -> str:
    value, upper, gap, unit, folded, per = match.groups()
    closing = _CLOSING.match(match.string, match.end()) is not None
    if unit in _AMBIGUOUS_AFTER_SPACE and gap.strip(" ") == "" and gap and not upper and not closing:
        return match.group(0)  # "5 m" or "3 A" could be anything; "5m", "5-m" and "(69 ha)" are measures
    singular, plural = _UNITS[unit] if unit else _FOLDED_UNITS[folded.lower()]
    last = upper or value
    adjective = "-" in gap  # "a 7.2-millimeter bullet"
    name = singular if adjective or _is_one(last) else plural
    spoken = _amount(value, True) + (" to " + _amount(upper, True) if upper else "") + " " + name
    if per:
        per_name = {"s": "second", "h": "hour"}.get(per) or _UNITS[per][0]
        spoken += " per " + per_name
    return padded(match, spoken)


def _per_unit(match: re.Match[str]) -> str:
    return padded(match, f"{_amount(match.group(1))} per {_UNITS[match.group(2)][0]}")


def measures(text: str) -> str:
    """Read a number or a range with a unit of measure ("12kg", "10-15 km", "1°C", "381/km2")."""
    if "'" in text:
        text = _FEET_INCHES.sub(lambda m: padded(m, f"{_amount(m.group(1))} feet {_amount(m.group(2))} inches"), text)
    if not _MAY_BE_MEASURE.search(text):
        return text
    text = _MEASURE.sub(_measure, text)
    return _PER_UNIT.sub(_per_unit, text) if "/" in text else text
