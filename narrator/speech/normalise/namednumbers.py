"""Names whose numbers are said their own way: models ("A380", "Porsche 911", "RTX 4090", "i7-8700K"), codes ("ab9453",
"B4068", "CVE-2024-3094", "HTTP 404"), bills ("H.R. 3684"), catalogues ("BWV 1007"), barcodes, lineages and
standards ("BA.2.86", "H.264", "802.11ac"), episodes ("S03E07"), teams ("the 49ers"), tyres ("225/45 R17") and a
model's plural ("F-16s")."""

from __future__ import annotations

import re

from narrator.speech.normalise import aviation, capitals, cards, chemistry, numbers, places, romans, versions
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    CROSSWORD_WORDS,
    CURRENCIES,
    MODEL_MAKERS,
    MONEY_SIGNS,
    PROCESSOR_WORDS,
    VINTAGE_PROCESSORS,
)
from narrator.speech.normalise.util import among_known_words, among_words, char_classes, padded, word_set

# A web server's status code is said in pairs: "HTTP 404", "a 503 error", "404 page" ("four o four").
_STATUS_CODE = compiled(  # led by the digit, so that the scan runs in C
    r"[1-5](?:(?<=\bHTTP [1-5])|(?<=\b[Ee]rror [1-5])|(?<=\bERROR [1-5])|(?<=\bstatus [1-5]))\d\d\b(?![.,]\d)"
    rf"|[45](?<![\w.,{MONEY_SIGNS}-][45])0\d(?=\s(?:errors?|pages?|status|response|code)\b)"
)
# One stands apart in every status code's match (a word boundary before it, a space or a boundary after it): a first
# look among util.letter_words, one set test where seven substrings cost a scan each.
_STATUS_WORDS = word_set("HTTP Error error ERROR status errors page pages response code")
# A series' season and episode: "S03E07" is "season three episode seven"; and "007" is "double o seven".
_EPISODE = compiled(r"\bS(\d{1,2})E(\d{1,3})\b")
# "(S6, Ep 3)", "S2 E4": a listing's season written apart from its episode ("S six, Episode three" it was); an
# "S" and a number before anything but an episode is a size's, a road's or a model's.
_SEASON_BEFORE_EPISODE = compiled(r"(?<![\w-])S(\d{1,2})(,?)\s(?:Ep\.?|EP|ep\.?|E|Episode|episode)\s?(\d{1,3})\b")
_DOUBLE_O = compiled(rf"0(?<![\w.,{MONEY_SIGNS}]0)07(?![\w.,]\d|\w)")
# A vulnerability's identifier: "CVE-2024-3094" is "C V E twenty twenty four thirty ninety four".
_CVE = compiled(r"\bCVE-(\d{4})-(\d{4,7})\b")
# A bill in Congress: "H.R. 3684" is "H R thirty six eighty four"; a resolution's kind is said in full.
# "the bill, S. 1234": a Senate bill (an "S." elsewhere may be an initial).
_BILL = compiled(r"\b(H\.\s?R\.|H\.\s?Res\.|S\.\s?Res\.|H\.\s?J\.\s?Res\.|S\.\s?J\.\s?Res\."
                   r"|(?:(?<=[Bb]ill )|(?<=[Bb]ill, )|(?<=\bpassed )|(?<=\bSenate )|(?<=\bintroduced )"
                   r"|(?<=\bsponsored )|(?<=\bvote on ))S\.)\s?(\d{1,4})\b(?![.,]\d)")  # "The Senate passed S. 1234"
_BILL_KINDS = {"S": "S", "HR": "H.R", "HRes": "House Resolution", "SRes": "Senate Resolution",
               "HJRes": "House Joint Resolution", "SJRes": "Senate Joint Resolution"}
# "ab9453", "x123456": small letters glued to four digits or more are a code (a one-time password, a reference, a
# user name), its digits said one by one.
_SMALL_CODE = compiled(r"(?<![\w.@/-])([a-z]{1,4})(\d{4,8})(?![\w@-]|\.\w)")
# "A380", "Z390", "F-150", "SR388": one or two capitals before three digits name a model or a road, its number
# said in pairs.
_MODEL = compiled(
    r"([A-Z])(?<![\w.-][A-Z])([A-Z]?)-?(\d{3})(?:/(\d{1,4})(?![\w/]))?(?=[a-z]*(?![\w]|[.,]\d|\s\d))"
    r"(?!\s(?:million|billion|bn|m|k)\b)"
)
# "B4068", "M1911": a capital and four digits are a code (a road, a model), said in pairs like a year.
_CAPITAL_FOUR = compiled(r"\b([A-Z])([1-9]\d{3})\b(?![.,]\d|[-/])")
_MAY_BE_CAPITAL_FOUR = "A0000"  # [A-Z]\d{4} in util.char_classes: a first look
# "Blink-182", "Tu-160", "Windows-365": a name and three digits joined by a hyphen, said in pairs as names are.
_NAMED_NUMBER = compiled(r"\b([A-Z][a-z]+)-(\d{3})\b(?![.,]\d|[-/])")
_MAY_BE_NAMED_NUMBER = "a-000"  # [a-z]-\d\d\d in util.char_classes: a first look (a look behind leads the rule)
# A composer's catalogue number, said as a flight's: "BWV 1007" is "ten o seven", "K. 525" "five twenty five".
# a run of them, "BWV 1007-1012", said with "to" (it lost it: "ten o seven ten twelve").
_CATALOGUE = compiled(r"\b(BWV|HWV|TWV|RV|KV|K\.|Hob\.|WoO)(\s?)(\d{3,4})(?:[-–](\d{3,4}))?\b(?![.,]\d|[-–]\d)")
# Haydn's works by Hoboken's group and number, "Hob. XVI:52", "Hob. I:104": "Hoboken sixteen fifty two" (the
# numeral and the colon went to the voice: "Hob. sixteen:fifty two").
_HOBOKEN = compiled(r"\bHob\.\s?([IVX]{1,6})(?::\s?|/)(\d{1,3})([a-z]?)\b(?![.,:]\d)")
# A barcode in its printed groups: a UPC's "0 41220 98765 3" (one, five, five, one), an EAN's "5 012345 678900" (one,
# six, six). Its digits are read one by one, as a number's groups never are.
_BARCODE = compiled(r"(?<![\d,.])\d (?:\d{5} \d{5} \d|\d{6} \d{6})(?![\d]|[.,]\d)")
# Schubert's works by Deutsch's number ("D. 960", "D 821"): said as a catalogue's, where Schubert is named (elsewhere
# "D. 960" may be an initial before a count).
_DEUTSCH = compiled(r"\bD\.?\s(\d{1,3})\b(?![.,]\d)")
# "Porsche 911", "Peugeot 208", "Nissan 350Z": a maker's three-digit model, said in pairs ("a Fiat 500" is "five
# hundred" that way too).
_MAKER_MODEL = compiled(
    rf"\b({'|'.join(sorted(MODEL_MAKERS))})\s(\d{{3}})([A-Z]{{0,3}})\b(?![.,]\d|\s(?:million|billion|bn|m|k)\b)"
)
# The maker named first, its model later in the sentence after an article and a word maybe ("Porsche said the new
# 911 would", "Porsche unveiled a hybrid 911"): said in pairs too; not before a plural or an amount's word ("Airbus
# said the 350 passengers", "the 500 million").
_MAKER_NAMED = compiled(rf"\b(?:{'|'.join(sorted(MODEL_MAKERS))})\b")
_LATER_MODEL = compiled(r"\b((?:the|a|an|its|their)\s(?:[a-z]+\s)?)([1-9]\d{2})\b(?![.,]\d|[-/%]|\s(?:[a-z]+s"
                        r"|million|billion|bn|m|k|per|percent|of|to|and|or|times|people|staff|crew|aircraft|feet"
                        r"|horsepower|miles|km|kg|hp|bhp|cc)\b)")
# A graphics card's four digits are said in pairs, like a year: "RTX 4090" is "forty ninety", "GTX 1080" "ten eighty".
# "Core i9-14900K", "i7-8700K", "i5-12400F": a processor's model after its tier, said as its maker says it ("i nine
# fourteen nine hundred K", "i seven eighty seven hundred K").
_PROCESSOR = compiled(r"\b(i[3579])-([1-9]\d{3,4})([A-Z]{0,2}\d?)\b(?!['’-])")
_GRAPHICS_CARD = compiled(r"\b(RTX|GTX|RX)\s?([1-9]\d{3})(?![\d,.]\d|\w)")
# A processor's or a card's four digits before its suffix are said in pairs too: "Ryzen 9 7950X", "7900 XTX",
# "5800X3D", "8845HS" ("K" is left out: "a 2700K bulb" is a colour's temperature).
_CHIP = compiled(rf"([1-9])(?<![\w.,{MONEY_SIGNS}-][1-9])(\d{{3}})(X3D|XTX|XT|X|HX|HS|U|\sXTX|\sXT)\b(?![-'’]|\.\w)")
# an old microprocessor by its number (facts.VINTAGE_PROCESSORS): glued to its variant ("486DX2", "386SX")
# anywhere, alone after an article where the sentence speaks of chips ("The 6502 ran at 1MHz"; "6502 people" and
# "had 486 staff and 80 MHz radios" are counts).
_VINTAGE_CHIP = compiled(rf"(?<![\w.,{MONEY_SIGNS}-])({'|'.join(sorted(VINTAGE_PROCESSORS, key=len, reverse=True))})"
                         r"(DX[24]?|SX)?\b(?![.,]\d|[-/])")
# a first look among the text's runs of letters ("8-bit" is the run "bit" there)
_PROCESSOR_FIRST = frozenset(word for word in PROCESSOR_WORDS if word.isalpha()) | {"bit"}
_NAMED_CHIP_BEFORE = compiled(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat) $")
_PROCESSOR_TALK = compiled(rf"(?<![A-Za-z-])(?:{'|'.join(sorted(re.escape(w) for w in PROCESSOR_WORDS))})(?![\w-])")
# One first look for a chip's suffix or a small code, led by the digit (scanned in C).
_MAY_BE_CHIP_OR_CODE = compiled(r"\d(?:X|HX|HS|U|\sXT|(?<=[a-z]\d)\d{3})")
# "a 2700K bulb", "5000K daylight LEDs": a light's colour temperature, in kelvin.
_KELVIN = compiled(rf"([1-9])(?<![\w.,{MONEY_SIGNS}-][1-9])(\d{{3}})\s?K"
                     r"(?=\s(?:bulbs?|LEDs?|lights?|lamps?|lighting|colou?r|temperature|white|daylight|panels?)\b)")
# "the 49ers", "the 76ers": a team named for a number, said "forty niners", "seventy sixers".
# and one thing so named by a number ending in nine, "a 29er" (a bike's wheel), "the 49er" (a dinghy): "twenty
# niner" ("twenty nine er" it was); others are left ("1er cru" is French, "10er" a German tenner).
_NUMBER_ERS = compiled(r"(\d(?<![\w.,]\d)\d{0,2})(ers|(?<=\d9)er)\b")
# The four sets names_with_numbers asks about, their words rare: their union asked once first, each set then
# answered by the text being the one asked where none of the words is in it (a rule that changed it made a new string).
_SET_LOOKS_RUNS = MODEL_MAKERS | _PROCESSOR_FIRST | _STATUS_WORDS | CROSSWORD_WORDS
_ERS_WORD = frozenset({"ers", "er"})  # after its digits and before a boundary: a word of util.letter_words
# "BA.2.86", "XBB.1.5", "JN.1", "ID.3": a lineage's or a model's letters and numbers, as they are said: "X B B one
# point five" (the stop after the letters is not said).
_LINEAGE = compiled(r"([A-Z](?<![\w.][A-Z])[A-Z]{1,2})\.(\d{1,3}(?:\.\d{1,3}){0,3})(?![\w]|\.\d)")
# "H.264", "G.711", "V.90": a standard's letter and its number, said in pairs.
_STANDARD = compiled(r"([A-Z])(?<![\w.][A-Z])\.(\d{2,3})(?![\w]|[.,]\d)")
# A first look for a lineage or a standard, [A-Z]\.\d in util.char_classes (a full stop is in every sentence).
_MAY_BE_STANDARD = "A.0"
# "802.11ac", "802.3": IEEE networking standards, said "eight o two dot eleven A C" ("ac" is no acre here).
_IEEE = compiled(r"8(?<![\w.]8)02\.(\d{1,2})([a-z]{1,2})?\b")


def _processor(match: re.Match[str]) -> str:
    """"i9-14900K" -> "i nine fourteen nine hundred K"; "i7-8700K" -> "i seven eighty seven hundred K"."""
    tier, model, suffix = match.groups()
    if len(model) == 4:
        number = places.house_number(model)  # in pairs: "eighty seven hundred", "ten o five"
    else:  # the generation, then the model's number: "fourteen" "nine hundred"
        number = f"{numbers.cardinal(int(model[:2]))} {numbers.in_pairs(model[2:])}"
    return padded(match, f"i {numbers.cardinal(int(tier[1]))} {number}" + (f" {suffix}" if suffix else ""))


def _vintage_chip(match: re.Match[str], talk: bool) -> str:
    """"6502" -> "sixty five o two" where chips are spoken of (talk), "486DX2" -> "four eighty six DX2" anywhere."""
    if not match.group(2) and (not talk or _NAMED_CHIP_BEFORE.search(match.string, max(0, match.start() - 6),
                                                                       match.start()) is None):
        return match.group(0)
    return padded(match, VINTAGE_PROCESSORS[match.group(1)] + (f" {match.group(2)}" if match.group(2) else ""))


def names_with_numbers(text: str) -> str:
    """Versions, teams, lineages, standards, bills and models: names whose numbers are said their own way."""
    if "-" in text and "Aa-0" in char_classes(text):  # before a name's number is said in pairs
        text = chemistry.isotopes(text)
    text = versions.versions(text)
    # the ending stands apart after its digits; "er" in most texts, so the singular's nine is asked with it
    if among_known_words(_ERS_WORD, text) and ("ers" in text or "9er" in text):
        text = _NUMBER_ERS.sub(_number_ers, text)
    if _MAY_BE_STANDARD in char_classes(text):
        text = _STANDARD.sub(_standard, _LINEAGE.sub(_lineage, text))
    if "8" in text and "802." in text:
        text = _IEEE.sub(lambda m: f"eight o two dot {numbers.cardinal(int(m.group(1)))}"
                                   + (" " + ".".join(m.group(2).upper()) if m.group(2) else ""), text)
    if ("R" in text and ("Res." in text or "R." in text)) or ("S" in text and " S. " in text):
        text = _BILL.sub(_bill, text)
    if "7" in text:
        text = aviation.jetliners(text)
    if (("D" in text and "Dash " in text) or ("R" in text and "ATR " in text)) and "0-" in char_classes(text):
        text = aviation.turboprops(text)
    plain = None if among_words(_SET_LOOKS_RUNS, text) else text  # the text that holds none of the four sets' words
    if text is not plain and among_words(MODEL_MAKERS, text):  # each stands apart before its number
        text = _MAKER_MODEL.sub(lambda m: f"{m.group(1)} {numbers.in_pairs(m.group(2))}"
                                          + (f" {m.group(3)}" if m.group(3) else ""), text)
        text = _models_named_later(text)
    text = aviation.flights(text)
    # one character first where each needle holds it (a memchr, where each needle costs a scan)
    if ("V" in text and ("WV" in text or "RV" in text or "KV" in text)) or ("K" in text and "K." in text) or (
            "H" in text and "Hob." in text) or ("W" in text and "WoO" in text):
        text = _CATALOGUE.sub(_catalogue, text)
        if "Hob." in text:
            text = _HOBOKEN.sub(_hoboken, text)
    if "0 00000 00000 0" in char_classes(text) or "0 000000 000000" in char_classes(text):
        text = _BARCODE.sub(lambda m: numbers.digits(m.group(0)), text)
    if "Schubert" in text and "D" in text:
        text = _DEUTSCH.sub(lambda m: f"D {catalogue_number(m.group(1))}", text)
    if "i" in text and "-" in text and "a0-0" in char_classes(text):  # "i7-8": the tier's digit, a hyphen, a digit
        text = _PROCESSOR.sub(_processor, text)
    if "X" in text and ("TX" in text or "RX" in text):
        text = _GRAPHICS_CARD.sub(lambda m: f"{m.group(1)} {numbers.year(int(m.group(2)))}", text)
    # the variant's capitals, or a chip's words among the text's (a set look), before a scan
    glued = "X" in text and ("DX" in text or "SX" in text)
    if glued or (text is not plain and among_words(_PROCESSOR_FIRST, text)):
        talk = _PROCESSOR_TALK.search(text) is not None
        if glued or talk:
            text = _VINTAGE_CHIP.sub(lambda m: _vintage_chip(m, talk), text)
    classes = char_classes(text)
    if "0A" in classes and text is not plain and among_words(CROSSWORD_WORDS, text):  # "12A and 14D are anagrams"
        text = capitals.crossword_lights(text)
    chip_or_code = (("0A" in classes or ("0000" in classes and "a0000" in classes) or ("X" in text and "XT" in text))
                    and _MAY_BE_CHIP_OR_CODE.search(text) is not None)
    if chip_or_code:
        text = _CHIP.sub(lambda m: padded(m, f"{numbers.year(int(m.group(1) + m.group(2)))} {m.group(3).strip()}"),
                         text)
    if "K" in text and "K " in text:
        text = _KELVIN.sub(lambda m: padded(m, f"{numbers.cardinal(int(m.group(1) + m.group(2)))} kelvin"), text)
    if "S" in text and (" E" in text or " e" in text) and "A0" in char_classes(text):  # "S6, Ep 3"
        text = _SEASON_BEFORE_EPISODE.sub(lambda m: f"season {numbers.cardinal(int(m.group(1)))}{m.group(2)} episode "
                                                    f"{numbers.cardinal(int(m.group(3)))}", text)
    if "E" in text and "S" in text:
        text = _EPISODE.sub(lambda m: f"season {numbers.cardinal(int(m.group(1)))} episode "
                                      f"{numbers.cardinal(int(m.group(2)))}", text)
    if "7" in text and "007" in text:
        text = _DOUBLE_O.sub("double o seven", text)
    if "V" in text and "CVE-" in text:
        text = _CVE.sub(lambda m: padded(m, f"C.V.E {numbers.year(int(m.group(1)))} "
                                            f"{places.house_number(m.group(2))}"), text)
    if text is not plain and among_words(_STATUS_WORDS, text):
        text = _STATUS_CODE.sub(lambda m: padded(m, numbers.in_pairs(m.group(0))), text)
    if chip_or_code:
        text = _SMALL_CODE.sub(lambda m: padded(m, f"{m.group(1)} {numbers.digits(m.group(2))}"), text)
    if _MAY_BE_CAPITAL_FOUR in char_classes(text):
        text = _CAPITAL_FOUR.sub(_capital_four, text)
    if "-000" in char_classes(text) and _MAY_BE_NAMED_NUMBER in char_classes(text):  # "-000" first: see char_classes
        text = _NAMED_NUMBER.sub(lambda m: f"{m.group(1)} {numbers.in_pairs(m.group(2))}", text)
    # a capital, maybe another and a hyphen, then three digits
    return _MODEL.sub(_model, text) if "A000" in char_classes(text) or "A-000" in char_classes(text) else text


def _models_named_later(text: str) -> str:
    """A maker's model after its name earlier in the sentence: "Porsche unveiled a hybrid 911" -> "nine eleven"."""
    maker = _MAKER_NAMED.search(text)
    if maker is None:
        return text
    # a sentence at a time is read (narrator.speech.segment): the rest of the text is the maker's sentence
    return text[:maker.end()] + _LATER_MODEL.sub(lambda m: m.group(1) + numbers.in_pairs(m.group(2)),
                                                 text[maker.end():])


def _catalogue(match: re.Match[str]) -> str:
    """"BWV 1007" -> "BWV ten o seven", "BWV 1007-1012" -> "BWV ten o seven to ten twelve"."""
    said = f"{match.group(1)} {catalogue_number(match.group(3))}"
    return padded(match, f"{said} to {catalogue_number(match.group(4))}" if match.group(4) else said)


def _hoboken(match: re.Match[str]) -> str:
    """"Hob. XVI:52" -> "Hoboken sixteen fifty two"."""
    said = f"Hoboken {numbers.cardinal(romans.roman_value(match.group(1)))} {numbers.cardinal(int(match.group(2)))}"
    return padded(match, f"{said} {match.group(3).upper()}" if match.group(3) else said)


def catalogue_number(digits: str) -> str:
    """"1007" -> "ten o seven", "1048" -> "ten forty eight", "525" -> "five twenty five": in pairs."""
    if len(digits) == 4 and digits[0] != "0" and digits[2:] != "00":
        return f"{numbers.cardinal(int(digits[:2]))} {numbers.two_digit_year(digits[2:])}"
    return numbers.in_pairs(digits)


def _standard(match: re.Match[str]) -> str:
    """"H.264" -> "H two sixty four"."""
    return padded(match, f"{match.group(1)} {numbers.in_pairs(match.group(2))}")


def _bill(match: re.Match[str]) -> str:
    """"H.R. 3684" -> "H.R thirty six eighty four", "S.J.Res. 7" -> "Senate Joint Resolution seven"."""
    kind = _BILL_KINDS[match.group(1).replace(".", "").replace(" ", "")]
    return padded(match, f"{kind} {places.house_number(match.group(2))}")


def _capital_four(match: re.Match[str]) -> str:
    """"B4068" -> "B forty sixty eight", "A3400" -> "Eh thirty four hundred" (the letter, also opening a sentence)."""
    letter = "Eh" if match.group(1) == "A" else match.group(1)
    return f"{letter} {numbers.year(int(match.group(2)))}"


def _model(match: re.Match[str]) -> str:
    """"A380" -> "Eh three eighty", "SR388" -> "S.R three eighty eight" (two letters dotted, to be spelled)."""
    if match.group(1) + match.group(2) in CURRENCIES:
        return match.group(0)  # "RM150" is an amount in ringgit, read by the money rule
    # a lone "A" is the letter, "Eh", also where it opens a sentence (letter_a, later, leaves that one the article)
    letters = match.group(1) + ("." + match.group(2) if match.group(2) else "")
    if letters == "A":
        letters = "Eh"
    spoken = f"{letters} {numbers.in_pairs(match.group(3))}"
    if match.group(4):  # "C-311/18": a case's number and its year
        spoken += f" slash {numbers.integer(match.group(4))}"
    return padded(match, spoken)


def _number_ers(match: re.Match[str]) -> str:
    """"49ers" -> "forty niners"."""
    spoken = numbers.cardinal(int(match.group(1)))
    return padded(match, spoken + ("r" if spoken.endswith("e") else "er") + match.group(2)[2:])


def _lineage(match: re.Match[str]) -> str:
    """"BA.2.86" -> "B.A two point eighty six" (letters dotted: the capitals rule spells them)."""
    return padded(match, ".".join(match.group(1)) + " " + " point ".join(
        numbers.integer(part) for part in match.group(2).split(".")))


_MAY_BE_MODEL_PLURAL = compiled(r"\ds\b")  # a first look, led by a digit
# "225/45 R17", "245/40R18": a tyre's width, profile and rim, said "two twenty five forty five R seventeen".
# and its load index and speed letter after it, "205/55 R16 91V", said as the number and the letter ("ninety one
# volts" it was).
_TYRE = compiled(r"(?<![\w/.,])(\d{3})/(\d{2})\s?(Z?R)\s?(\d{2})\b(?![.,]\d)"
                 r"(?: ([6-9]\d|1[0-2]\d)([H-Y])\b(?![.,]\d))?")
# ... and a load index and speed letter alone before the tyre they rate, "a 91V tyre", "four 94W tires" ("ninety one
# volt tyre" it was), but not a tool's volts or watts ("a 12V tyre inflator", "a 100W tyre warmer"): an index runs from
# 60 to 129 and a speed letter from H to Y.
# Led by the digit, the look behind after it: scanned for in C.
_TYRE_RATING = compiled(r"([6-9](?<![\w/.,][6-9])\d|1(?<![\w/.,]1)[0-2]\d)([H-Y])\s(?=[Tt](?:yres?|ires?)\b"
                        r"(?!\s(?:inflators?|pumps?|compressors?|warmers?|blankets?|heaters?|changers?|machines?"
                        r"|gauges?)\b))")
# "24 F-16s", "T-72s", "A320s", "PS5s": a model's plural, written against its number; as a possessive ("F-16's") the
# voice says the number's plural ("sixteens"), where the bare "s" was said as a letter ("F sixteen s").
# An age group's capitalised word is no model ("Over-65s", "Under-18s": "over sixty fives", read with the small ones).
_MODEL_PLURAL = compiled(r"\b(?!(?:Over|Under)-)([A-Z][A-Za-z]{0,3}-?\d{1,4})s\b(?!['’])")
# After a name and a space ("Pixel 8s", "Boeing 77s", "Under 21s"): a number of three digits at most said as a plural
# noun, "Pixel eights"; not a decade's ("In 80s London") nor a Boeing jetliner's, read in pairs before.
# Not a sentence's first word, which may be a verb before seconds ("Try 15s at f/8", "Rest 45s").
_NAMED_MODEL_PLURAL = compiled(r"([A-Z](?<=[\w,;:] [A-Z])[a-z]{2,11} )(?!\d0s|7[0-8]7s)(\d{1,3})s\b(?!['’])")


def model_plurals(text: str) -> str:
    """"24 F-16s" -> "24 F-16's", "Pixel 8s" -> "Pixel eights": a model's plural."""
    if not _MAY_BE_MODEL_PLURAL.search(text):
        return text
    text = _MODEL_PLURAL.sub(_model_plural, text)
    return _NAMED_MODEL_PLURAL.sub(lambda m: m.group(1) + numbers.plural(numbers.cardinal(int(m.group(2)))), text)


def _model_plural(match: re.Match[str]) -> str:
    """"F-16s" -> "F-16's"; a poker hand's rank and digit, "K9s" where the game is near, its cards (cards.py)."""
    model = match.group(1)
    if len(model) == 2 and model[1] in "23456789" and (hand := cards.lettered_hand(model, match)):
        return hand
    return f"{model}'s"


def tyre_ratings(text: str) -> str:
    """"a 91V tyre" -> "a ninety one V tyre": a tyre's load index and speed letter, not volts."""
    return _TYRE_RATING.sub(lambda m: f"{numbers.cardinal(int(m.group(1)))} {m.group(2)} ", text)


def tyres(text: str) -> str:
    """"225/45 R17" -> "two twenty five forty five R seventeen"."""
    return _TYRE.sub(lambda m: f"{numbers.in_pairs(m.group(1))} {numbers.cardinal(int(m.group(2)))} "
                               f"{' '.join(m.group(3))} {numbers.cardinal(int(m.group(4)))}"
                               + (f" {numbers.cardinal(int(m.group(5)))} {m.group(6)}" if m.group(5) else ""), text)
