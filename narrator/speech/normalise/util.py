"""Small helpers shared by the rule modules."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from narrator.speech.normalise.deferred import compiled


def padded(match: re.Match[str], words: str) -> str:
    """Return words with a space on each side where the match touches a letter or digit."""
    text, start, end = match.string, match.start(), match.end()
    left = " " if start > 0 and text[start - 1].isalnum() else ""
    right = " " if end < len(text) and text[end].isalnum() else ""
    return left + words + right


def final_stop(match: re.Match[str]) -> str:
    """"." when the match ended the text with a stop ("5 p.m.", "Mon.-Sat."): the stop also ended the sentence."""
    return "." if match.group(0).endswith(".") and match.end() == len(match.string) else ""


# After a written form's stop, a capital starts a new sentence, unless it is a day, a month or a time zone, which
# follow times and dates inside a sentence ("at 5 p.m. Friday", "6 p.m. Eastern").
_NEW_SENTENCE = compiled(
    r"\s+[\"“'(]?(?!(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August"
    r"|September|October|November|December|Eastern|Pacific|Central|Mountain|Atlantic|Alaska|Hawaii"
    r"|[ECMPA][SD]?T|GMT|UTC|BST|CET|CEST)\b)[A-Z]"
)


_CLOSING = frozenset("\"”'’)]")
_CLOSINGS = compiled("[\"”'’)\\]]+")


def sentence_stop(match: re.Match[str]) -> str:
    """"." when the match ends with a stop that also ends the sentence: the text's end, or a new sentence after.

    "3 Feb. Then we left": the month's stop is the sentence's, or the voice runs on into the next one.
    """
    if not match.group(0).endswith("."):
        return ""
    end = match.end()
    # '"at 4.30pm." Then': a quote or a bracket closes after the stop, which still ends the sentence (it was lost)
    closing = _CLOSINGS.match(match.string, end) if end < len(match.string) and match.string[end] in _CLOSING else None
    end = closing.end() if closing else end
    return "." if end == len(match.string) or _NEW_SENTENCE.match(match.string, end) else ""


def near(pattern: re.Pattern[str], match: re.Match[str], reach: int = 200) -> bool:
    """True when pattern occurs within reach of the match: a look at its sentence, never the whole text (a look at
    the whole text for every match would be quadratic)."""
    return pattern.search(match.string, max(0, match.start() - reach), match.end() + reach) is not None


_LONGER_WORD = compiled(r"\b[A-Za-z][a-z]{2,}\b|\b[A-Z]{3,}\b")


def in_title_case(text: str) -> bool:
    """True for a short line whose longer words nearly all begin with a capital: a headline in title case ("Tesla
    Recalls 2M Cars", "Why A 4-Day Week Works"); a paragraph is never one."""
    if len(text) > 300:
        return False
    longer = _LONGER_WORD.findall(text)
    return len(longer) >= 3 and sum(word[0].isupper() for word in longer) * 10 >= len(longer) * 8


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a long literal, as a set (tables read better as prose)."""
    return frozenset(text.split())


_BLANK_TO_END = compiled(r"\s*$")
# "5 km/h" in the languages that write it so; each says it in its own words.
KM_PER_HOUR = re.compile(r"(?<=\d)\s?km/h\b")
# "1.234,50 €", "3,50 euros": an amount with a decimal comma and two digits of cents (German, Spanish, Italian and
# Portuguese group thousands with a stop).
EUROS_WITH_CENTS = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})*|\d+),(\d{2})\s?(?:€|euros?\b)")


def ends_text(match: re.Match[str]) -> bool:
    """True when nothing but white space follows the match (looked at from its end, never copying the rest)."""
    return _BLANK_TO_END.match(match.string, match.end()) is not None


_Trie = dict[str, "_Trie"]


def alternation(words: Iterable[str]) -> str:
    """A pattern matching any of words as the longest-first alternation of them does, factored by their letters
    ("km|kg|k" -> "k(?:m|g|)"): the engine tries each alternative in turn, and a unit met after a number was looked
    for among 191. Not for a case-insensitive pattern (two branches could then match, in another order)."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}  # a word ends here

    def branch(node: _Trie) -> str:
        # a longer word before the one ending here, as the longest-first alternation tries them
        longer = [re.escape(character) + branch(rest) for character, rest in node.items() if character]
        if len(longer) == 1 and "" not in node:
            return longer[0]
        return "(?:" + "|".join(longer) + ("|" if "" in node else "") + ")" if longer else ""

    return branch(trie)


def written_forms(table: Iterable[str]) -> re.Pattern[str]:
    """A pattern for a table's written forms (abbreviations), longest first, standing apart from other words."""
    forms = "|".join(re.escape(form) for form in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{forms})(?!\w)")


# "endete 2:1", "gagne 3:0", "Maßstab 1:5": a score or a ratio, said with the language's word for "to" (a clock
# time has two digits after its colon).
SCORE = re.compile(r"(?<![\w.:,])(\d{1,2}):(\d)(?![\d:])")
# "21:00", "9:05": a clock time, which espeak-ng reads digit group by digit group in every language but English
# ("veintiuno cero cero", "neun Uhr null fünf"); each language says it its own way. Not a time with seconds, nor a
# stage's gap signed with its plus ("+0:45", europe.py's).
CLOCK_COLON = re.compile(r"(?<![\w.:,+])([01]?\d|2[0-4]):([0-5]\d)(?![\d:]|[.,]\d)")
# "Louis XIV", "Jean-Paul II", "Karl III.", "Kapitel IV": a numeral of two letters or more (of I, V and X: "XL" is a
# size, "CV" a résumé) after a word, which espeak-ng reads "quatorze romain", "römisch drei" or as the word "vi".
# Group 1 the word before, 2 the numeral, 3 its stop (German writes a ruler's ordinal with one).
ROMAN_AFTER_WORD = re.compile(
    r"\b([^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)?)\s+(X{0,3}(?:IX|IV|V?I{0,3}))(?<=[IVX]{2})(\.?)(?![\w'’-])")
# "12/03/2024": a date in numbers, day first, as French, Spanish, Italian and Portuguese write it.
DAY_MONTH_YEAR = re.compile(r"(?<![\w/.,])(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])/(\d{4})(?![\w/]|[.,]\d)")
# "30-6-2026": the same with hyphens, a year of this or the last two centuries after them (no postcode, telephone or
# span has a day, a month and such a year); read where "-18", "-19" or "-20" is in the text.
DAY_MONTH_YEAR_DASHED = re.compile(r"(?<![\w/.,-])(0?[1-9]|[12]\d|3[01])-(0?[1-9]|1[0-2])-((?:1[89]|20)\d\d)"
                                   r"(?![\w/-]|[.,]\d)")


def has_dashed_year(text: str) -> bool:
    """Whether a year of DAY_MONTH_YEAR_DASHED may be in the text: its first look."""
    return "-20" in text or "-19" in text or "-18" in text


def date_in_words(months: tuple[str, ...], template: str, first: str) -> Callable[[re.Match[str]], str]:
    """A DAY_MONTH_YEAR reading: template with {day}, {month} and {year} ("{day} de {month} de {year}"); the first
    of the month is said as the language says it ("1er", "primo", "primeiro")."""

    def said(match: re.Match[str]) -> str:
        day = int(match.group(1))
        return template.format(day=first if day == 1 else day, month=months[int(match.group(2)) - 1],
                               year=match.group(3))

    return said


_ONE_DAY_MONTH = compiled(r"(?<![\w/.,])(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])(?![\w/]|[.,]\d)")
_DAY_MONTH = _ONE_DAY_MONTH.pattern  # inside a run: its groups come after the run's two, which are all it reads


def days_and_months(leads: str, conjunction: str, months: tuple[str, ...], template: str,
                    first: str, singular: Iterable[str] = (), day_word: str = "") -> Callable[[str], str]:
    """A reader of dates of a day and a month ("le 25/11", "les 25/11, 30/11 et 02/12", "el 3/05"), after the
    words that lead a date in the language (espeak-ng said "vingt-cinq onze", the slash unheard). A fraction
    reads the same ("les 3/4 des votants"), so a run is a date only when one of its days could be no month
    (over twelve) or a number is written with its zero ("1/05"), and never before "of". After one of singular (leads
    in small letters: "il", "el", "le", "dia"), a single pair whose first number is over one is a date too: a
    fraction of more than one part takes the plural ("i 3/4", "los 2/3"), so "il 3/7" is the third of July; but not
    halves, thirds and quarters ("le 3/4" may be rugby's three-quarter or music's time, and is left). After day_word
    (the word "day": "dia 1/7"), any pair is one."""
    run = re.compile(rf"(?<!\w)((?:{leads})\s+)({_DAY_MONTH}(?:\s*(?:,|\s{conjunction})\s*{_DAY_MONTH})*)"
                     r"(?!\s+(?:de|des|du|d'|del|della|dei|degli|delle|do|da|dos|das)\b)", re.IGNORECASE)
    singulars = frozenset(singular)

    def said(match: re.Match[str]) -> str:
        day = int(match.group(1))
        return template.format(day=first if day == 1 else day, month=months[int(match.group(2)) - 1])

    def read(match: re.Match[str]) -> str:
        dates = list(_ONE_DAY_MONTH.finditer(match.group(2)))
        lead = match.group(1).strip().lower()
        day, month = (int(part) for part in dates[0].groups()) if len(dates) == 1 else (0, 0)
        one_of_many = len(dates) == 1 and (lead == day_word or (lead in singulars and day > 1
                                                                and not day < month <= 4))
        if not one_of_many and not any(int(d.group(1)) > 12 or d.group(1).startswith("0") or d.group(2).startswith("0")
                                       for d in dates):
            return match.group(0)
        return match.group(1) + _ONE_DAY_MONTH.sub(said, match.group(2))

    return lambda text: run.sub(read, text) if "/" in text else text


# A capital opening the next sentence after a weekday's stop, which is also the sentence's.
NEXT_CAPITAL = re.compile(r"\s+[A-ZÁÉÍÓÚÑÀÈÌÒÙÂÊÔÃÕÇ¿¡]")


def weekdays_before_a_day(names: dict[str, str], articles: tuple[str, ...] = (),
                          plural_after: tuple[str, ...] = ()) -> Callable[[str], str]:
    """A reader of a weekday's abbreviation before the day's number ("mar. 12", "lun. 5 de junio", "seg., dia 5"):
    its name from names (keys in small letters, without the stop); espeak-ng said the syllable ("mar" is the sea).
    After one of articles, the words that lead to a day ("del sáb.", "no dom., às 16h"), opening a sentence too ("Le
    lun. de Pâques"), a weekday written small needs no number after it (in the plural after one of plural_after, "los
    dom.": a name in -s is both); "mar" is left there, the sea's word too ("cerca del mar.")."""
    alternatives = "|".join(sorted(names, key=len, reverse=True))
    # (a year after it is no day's: "il 3 mar. 2026" is March's)
    pattern = re.compile(rf"\b((?i:{alternatives}))\.(?=,?\s+(?:\d(?!\d\d\d)|dia\b))")
    unambiguous = "|".join(sorted((name for name in names if name != "mar"), key=len, reverse=True))
    leads = "|".join(f"(?<=\\b{word} )" for article in articles for word in (article, article.capitalize()))
    after_article = re.compile(rf"(?:{leads})({unambiguous})\.(?=[\s,;:)]|$)") if articles else None  # "del sáb.:"

    def said(match: re.Match[str]) -> str:
        name = names[match.group(1).lower()]
        return name.capitalize() if match.group(1)[0].isupper() else name

    def said_after(match: re.Match[str]) -> str:
        name = names[match.group(1)]
        # after a plural article, every such day ("los dom.": "los domingos"; "los lunes" is both)
        if not name.endswith("s") and any(match.string.endswith(f"{article} ", 0, match.start())
                                          for article in plural_after):
            name += "s"
        # the sentence's stop stays, at the text's end and before a capital opening the next ("los sáb. Abierto")
        return name + ("." if ends_text(match) or NEXT_CAPITAL.match(match.string, match.end()) else "")

    def rule(text: str) -> str:
        if "." not in text:
            return text
        text = pattern.sub(said, text)
        return after_article.sub(said_after, text) if after_article is not None else text

    return rule


def weekdays_every(plurals: dict[str, str], leads: tuple[str, ...], joint: str) -> Callable[[str], str]:
    """A reader of weekdays shortened after a plural article, each of them every such day ("los miér. y sáb." -> "los
    miércoles y sábados", "às ter. e qui." -> "às terças e quintas"): plurals maps each short form as written ("miér.",
    "2.as") to the plural said; the days after the first are joined by a comma or joint. After no such article a day
    is one day ("el sáb."), the weekdays' other rules'."""
    day = "|".join(re.escape(short) for short in sorted(plurals, key=len, reverse=True))
    heads = "|".join(lead for word in leads for lead in (word, word.capitalize()))
    pattern = re.compile(rf"\b((?:{heads}) )((?:{day})(?:(?:, | {joint} )(?:{day}))*)(?!\w)")
    one = re.compile(day)

    def said(match: re.Match[str]) -> str:
        days = one.sub(lambda m: plurals[m.group(0)], match.group(2))
        # the sentence's stop stays, at the text's end and before a capital opening the next
        stop = match.group(2).endswith(".") and (ends_text(match) or NEXT_CAPITAL.match(match.string, match.end()))
        return match.group(1) + days + ("." if stop else "")

    return lambda text: pattern.sub(said, text)


def halves_of_units(halves: dict[str, str]) -> Callable[[str], str]:
    """A reader of half a unit written as a fraction ("1/2 l", "1/2 xíc."): halves maps each unit as written to the
    language's words for half of it ("medio litro", "meia xícara"); the unit rules read "1/2 litros", a plural."""
    alternatives = "|".join(re.escape(unit) for unit in sorted(halves, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w/.,])1/2 ({alternatives})(?![\w/])")
    return lambda text: pattern.sub(lambda m: halves[m.group(1)], text) if "1/2 " in text else text


def euros_per_unit(units: dict[str, str], template: str) -> Callable[[str], str]:
    """A reader of whole euros before a unit ("150 €/MWh", espeak-ng: "euro barre M W H"): template has {amount},
    {euros} ("euro" for none or one, else "euros") and {unit}, the unit's name from units. Euros with cents are the
    language's other rule's."""
    alternatives = "|".join(re.escape(symbol) for symbol in sorted(units, key=len, reverse=True))
    # Not from inside a number's groups ("123 123 123 ..."): from each of them the scan ran to the last (see
    # units_in_full), 2.2 s for 40 kB.
    # A tenth is read here too ("14,2 €/m²"), two decimals being cents, and so is a tariff's price to three or four
    # places ("0,152 €/kWh", "0,1658 €/kWh": left to the voice as "euro barre" before).
    pattern = re.compile(rf"(?<![\w.,])(?<!\d[\u00a0\u202f ])(\d{{1,3}}(?:[.\u00a0\u202f ]\d{{3}})+|\d+)"
                         rf"(,\d(?!\d)|,\d{{3,4}}(?!\d))?"
                         rf"\s?€\s?/\s?({alternatives})(?![\w/])")

    def said(match: re.Match[str]) -> str:
        whole, tenth, unit = match.groups()
        return template.format(amount=whole + (tenth or ""), unit=units[unit],
                               euros="euro" if whole in ("0", "1") and not tenth else "euros") + (
            "." if unit.endswith(".") and ends_text(match) else "")  # "850 €/hab.": the sentence's stop too

    return lambda text: pattern.sub(said, text) if "€" in text and "/" in text else text


# "10-15", "3-1", "2019-2020": a span or a score joined by a dash (espeak-ng read the Portuguese "3-1" as "three
# minus one"); not a chain of them (a date, a code), nor a local telephone number ("555-1234").
# "10,2 s", "9,58 s": seconds after a number with a decimal comma, in the languages that write one (espeak-ng said
# the letter; "s" alone may be an abbreviation, "s." in German "siehe"; the French "5,4 s'est" is a pronoun's).
DECIMAL_SECONDS = re.compile(r"(?<![\w.,])(\d{1,3},\d{1,3})\s?s\b(?![.\w]\w|['’])")
SPAN_DASH = re.compile(r"(?<![\w.,/-])(\d{1,4})\s?[-–]\s?(\d{1,4})(?![\d,./]\d|[\w/-])")


def months_after_a_day(months: dict[str, str], after: str, words_too: Iterable[str] = (),
                       capital_ends: bool = False) -> Callable[[str], str]:
    """A rule saying a month shortened with its stop in full where a day comes before it ("3 oct. 2024" ->
    "3 octobre 2024"; espeak-ng stops at the stop as at a sentence's end); after: look-behinds for what precedes.
    Those of words_too are words as well ("in 3 set.": tennis sets), read only where more of the sentence follows.
    capital_ends: the language writes its nouns in lower case, so a capital after the stop opens a sentence ("en sept.
    Puis"), and the stop stays."""
    # Before a comma, a colon and at the text's end too ("fino al 6 gen., ad es.", "4 dic.: ruota", "du 3 au 5
    # févr."), where the stop is also the sentence's and stays.
    pattern = re.compile(rf"(?:{after})({'|'.join(sorted(months, key=len, reverse=True))})\.(?=[\s,;:)]|$)")
    words = frozenset(words_too)

    def said(match: re.Match[str]) -> str:
        # (after a hyphen, "mi-sept.", it is the month's alone)
        if match.group(1) in words and match.string[match.start() - 1:match.start()] != "-" and (
                ends_text(match) or match.string[match.end():match.end() + 1] in ",;:)"):
            return match.group(0)
        return months[match.group(1)] + ("." if ends_text(match) or (capital_ends and NEXT_CAPITAL.match(
            match.string, match.end())) else "")

    return lambda text: pattern.sub(said, text) if "." in text else text


def span_joined_by(word: str) -> Callable[[re.Match[str]], str]:
    """A SPAN_DASH reading that joins the two numbers with word ("10 a 15"); "555-1234" is a telephone number."""

    def joined(match: re.Match[str]) -> str:
        first, last = match.groups()
        return match.group(0) if len(first) == 3 and len(last) == 4 else f"{first} {word} {last}"

    return joined


# Not from inside a number's groups ("1 234 567": from each group a scan runs to the last), but after a formula's
# digit, which is no number's first group: "CO2 139 g/km", "PM10 45 µg/m3" (a look-behind at a digit and a space
# only, which few places have).
NOT_IN_GROUPS = (r"(?:(?<!\d[\u00a0\u202f ])|(?<=[^\W\d_]\d[\u00a0\u202f ])"
                 r"|(?<=[^\W\d_]\d\d[\u00a0\u202f ]))")


def units_in_full(table: dict[str, tuple[str, str]], singular_below: float = 1.0) -> Callable[[str], str]:
    """A rule that writes each unit of table after a number as its (singular, plural) name: "200 km" -> "200
    kilómetros". The singular is for one, or for anything below singular_below (French: "1,5 kilomètre")."""
    alternatives = "|".join(re.escape(symbol) for symbol in sorted(table, key=len, reverse=True))
    # Superscript powers are digits by now (tidy runs first: "m²" is "m2"). Not before an apostrophe ("3 l'ont" is
    # not three litres). Not from inside a number's groups ("1 234 567"): from each of them the scan ran to the
    # last, 21 s for 80 kB.
    pattern = re.compile(rf"(?<![\w.,]){NOT_IN_GROUPS}(\d+(?:[.\u00a0\u202f ]\d{{3}})*(?:,\d+)?)\s?"
                         rf"({alternatives})(?![\w/'\u2019])")

    def said(match: re.Match[str]) -> str:
        singular, plural = table[match.group(2)]
        value = float(re.sub(r"[.\u00a0\u202f ]", "", match.group(1)).replace(",", "."))
        # a unit shortened with a stop ("10,92 Sek.") keeps it where it also ends the sentence
        stop = "." if match.group(2).endswith(".") and ends_text(match) else ""
        return f"{match.group(1)} {singular if value == 1 or value < singular_below else plural}{stop}"

    return lambda text: pattern.sub(said, text)


def rulers_by_ordinal(language: str, counters: frozenset[str], queens: frozenset[str]) -> Callable[
        [re.Match[str]], str]:
    """A ROMAN_AFTER_WORD reading for Spanish and Portuguese: "Felipe VI" -> "Felipe sexto" (a ruler to the tenth by
    the ordinal, a queen's feminine: her name ends in "a" or is one of queens), "Alfonso XIII" -> "Alfonso 13", and
    after one of counters ("capítulo IV") a number; after any other word the numeral is left."""

    def said(match: re.Match[str]) -> str:
        # imported here: romans imports this module, and num2words only where a numeral is
        from num2words import num2words

        from narrator.speech.normalise.romans import roman_value

        word, numeral, stop = match.groups()
        if not (word[0].isupper() or word.lower() in counters):
            return match.group(0)
        value = roman_value(numeral)
        if value > 10 or not word[0].isupper():
            return f"{word} {value}{stop}"  # rulers after the tenth, chapters and centuries are counted
        ordinal = str(num2words(value, lang=language, to="ordinal"))
        if word.endswith("a") or word in queens:
            ordinal = ordinal[:-1] + "a"
        return f"{word} {ordinal}{stop}"

    return said


# "2º trimestre", "1.ª edição": an ordinal with its indicator, which tidy has folded to a small "o" or "a" (espeak-ng
# reads "2º" itself, but "2o" as "dois o").
ORDINAL_INDICATOR = re.compile(r"(?<![\w.,])(\d{1,3})\.?([oa])(?=[\s,.;:)]|$)")


_NEXT_SMALL_WORD = compiled(r"\s+([a-záéíóúñ]+)")


# The small words after which "primero" and "tercero" keep their ending: no noun follows ("es 1.º con 45 puntos").
_NOT_A_NOUN = frozenset({"de", "del", "y", "o", "a", "en", "e", "u", "al", "con", "por", "para", "sin", "que", "tras",
                         "ante", "entre", "hasta", "desde", "según", "como", "sobre"})


def ordinal_with_indicator(language: str) -> Callable[[re.Match[str]], str]:
    """An ORDINAL_INDICATOR reading in language: the ordinal, masculine or feminine as its indicator says."""

    def said(match: re.Match[str]) -> str:
        from num2words import num2words  # only where an indicator is: most text holds none

        word = str(num2words(int(match.group(1)), lang=language, to="ordinal"))
        if language == "es" and word.startswith("décimo") and word != "décimo":
            word = "decimo" + word[6:].lstrip()  # "15.ª": "decimoquinta", one word ("décimo quinta" it was)
        if match.group(2) == "a":
            # each part agrees ("21.ª": "vigésima primera")
            return " ".join(part[:-1] + "a" if part.endswith("o") else part for part in word.split())
        if language == "es" and word.endswith(("primero", "tercero")):
            after = _NEXT_SMALL_WORD.match(match.string, match.end())
            if after is not None and after.group(1) not in _NOT_A_NOUN:
                return word[:-1]  # "el 3.º puesto": "tercer" before its noun
        return word

    return said


# "-5 °C", "un -0,3 %": a minus before a number standing apart, which the French and Spanish voices drop ("cinq
# degrés"); not a dash between numbers ("10-15") or in a word ("Covid-19").
MINUS = re.compile(r"(?<![^\s(\[])-(?=\d)")


def fractions_in_words(names: tuple[tuple[str, str], ...], one: str, before: str,
                       not_after: Iterable[str] = ()) -> Callable[[str], str]:
    """A reader of a small fraction ("2/3 der Stimmen", "soit 1/3 des sondés") where before (a look-ahead: the
    language's "of") follows it: names are the (singular, plural) names of halves to tenths ("" for one a language
    does not say so), one the word for one before them. espeak-ng said "deux trois", "dos barra tres". Not after
    the words of not_after, which lead to a date as well ("le 3/4": the third of April; left to the voice)."""
    articles = "".join(rf"(?<!\b{word} )(?<!\b{word.capitalize()} )" for word in not_after)
    pattern = re.compile(rf"(?<![\w/.,-]){articles}([1-9])/([2-9]|10)(?![\w/]|[.,]\d)(?={before})")

    def said(match: re.Match[str]) -> str:
        numerator, denominator = int(match.group(1)), int(match.group(2))
        singular, plural = names[denominator - 2]
        if numerator >= denominator or not singular:
            return match.group(0)
        return f"{one} {singular}" if numerator == 1 else f"{numerator} {plural}"

    return lambda text: pattern.sub(said, text) if "/" in text else text


# An amount: groups of thousands (after a stop or a space), or digits; then a decimal comma.
_AMOUNT = r"\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


def currencies_in_words(names: dict[str, tuple[str, str]], scales: str, of: str,
                        singular_below: float = 1.0, thousands: str = "") -> Callable[[str], str]:
    """A reader of an amount with a currency's code or sign before or after it ("120.000 CHF", "CHF 1,04", "US$ 5
    bilhões", "1.050 €"), a scale (one of scales, an alternation) between: the amount, the scale, of (the language's
    "of" before the currency, "" for none) and the currency's (singular, plural) name. espeak-ng spelled the codes
    ("tse ha ef") and said "US$" "U S cifrão"; names holds a sign where the voice says it in the singular only.
    thousands is the language's word for them ("mil"), a scale said with no "of" ("320 mil €": "320 mil euros")."""
    if thousands:
        scales = f"{scales}|{thousands}"  # last: "mil millones" is tried first
    codes = "|".join(re.escape(code) for code in sorted(names, key=len, reverse=True))
    # Not from inside a number's groups (see units_in_full), but a whole of one or two digits before its decimals is no
    # group of thousands: "le SP95-E10 1,759 €", "le E85 0,799 €" are prices after a grade ending in a digit.
    after = (rf"(?<![\w.,])(?:(?<!\d[\u00a0\u202f ])|(?=\d\d?,\d))({_AMOUNT})(?:\s({scales}))?\s?({codes})"
             r"(?![\w/])")
    before = rf"(?<![\w$])({codes})\s?({_AMOUNT})(?![\d/])(?:\s({scales})(?!\w))?"
    pattern = re.compile(f"{after}|{before}")

    def said(match: re.Match[str]) -> str:
        amount, scale, code = match.group(1, 2, 3) if match.group(1) else match.group(5, 6, 4)
        value = float(re.sub(r"[.\u00a0\u202f ]", "", amount).replace(",", "."))
        singular, plural = names[code]
        name = singular if not scale and (value == 1 or value < singular_below) else plural
        return f"{amount} {scale} {'' if scale == thousands else of}{name}" if scale else f"{amount} {name}"

    return lambda text: pattern.sub(said, text) if any(code in text for code in names) else text


def telephone_numbers(plus: str, area: str) -> Callable[[str], str]:
    """A reader of a telephone number led by a country code, its area code in brackets (area: a pattern) or a 0
    ("+49 30 12345678", "(11) 91234-5678", "0800 123 456"), digit by digit: espeak-ng read its groups as one number
    ("zwölf Millionen ...", "milleduecentotrentaquattro"). Eight digits at least; plus is the word for "+"."""
    pattern = re.compile(rf"(?<![\w.,+/-])(?:\+\d{{1,3}}[ \u00a0]?|{area}[ \u00a0]?|0\d{{1,4}}[ /-]?)\d{{2,8}}"
                         r"(?:[ \u00a0/-]\d{2,8}){0,4}(?![\w/-]|[.,]\d)")

    def said(match: re.Match[str]) -> str:
        digits = [character for character in match.group(0) if character.isdigit()]
        if len(digits) < 8:
            return match.group(0)
        return (f"{plus} " if match.group(0).startswith("+") else "") + " ".join(digits)

    return lambda text: pattern.sub(said, text) if "0" in text or "+" in text or "(" in text else text


# "2 h 05 min 37 s": whole seconds after minutes (espeak-ng said the letter).
SECONDS_AFTER_MINUTES = re.compile(r"(?<=\bmin )(\d{1,2})\s?s\b(?![.\w]\w)")


# Energy's units, named with no number after an article or "per" ("le prix du kWh", "0,20 € le kWh"): never words.
ENERGY_UNITS = ("kWh", "MWh", "GWh", "TWh")


def energy_units_alone(units: Mapping[str, tuple[str, str]], before: str) -> Callable[[str], str]:
    """An energy unit named with no number, after one of the words before (an alternation: the language's articles
    and "per"), said by its singular name in the language's table of units ("du kWh" -> "du kilowattheure"; espeak-ng
    spelled the letters); after a number, or before a slash, the unit rules read it."""
    names = {symbol: units[symbol][0] for symbol in ENERGY_UNITS if symbol in units}
    pattern = re.compile(rf"\b((?i:{before})) ({'|'.join(names)})(?![\w/])")
    return lambda text: (pattern.sub(lambda m: f"{m.group(1)} {names[m.group(2)]}", text) if "Wh" in text
                         else text)


def seconds_before_a_gap(words: str, second: tuple[str, str]) -> Callable[[str], str]:
    """Whole seconds before a word that says whom or what they are behind ("à 38 s du vainqueur", "23 s de
    vantagem": espeak-ng said the letter), words an alternation that brings its own ends ("du\\b|d'"); a stop after
    the "s" ("p. 38 s." is "and the following") or no such word leaves it."""
    pattern = re.compile(rf"(?<![\w.,])(\d{{1,3}}) s(?= (?:{words}))")

    def said(match: re.Match[str]) -> str:
        return f"{match.group(1)} {second[match.group(1) != '1']}"

    return lambda text: pattern.sub(said, text) if " s " in text else text


# Facts about a text that many rules' first looks ask. A rule hands its text on unchanged when it finds nothing (a
# sub without a match returns the very string it was given), so the next rule most often asks about the same string:
# each fact is kept for the last text it was worked out for and found again by identity (a dict's look-up compares the
# very string first), one scan serving every rule until one of them changes the text. (A tuple or an entry is
# swapped in whole: threads at worst work a fact out twice.)
# ASCII capitals to "A", small letters to "a", digits to "0" and spaces (any \s) to " ", other ASCII as it is; beyond
# ASCII a digit is "0", a space " " and any other character "?", one character a character, so that neighbours stay
# neighbours. The classes are a str, not bytes: "0a" in a str is a plain substring search, where bytes' "in" first
# tries the operand as an integer and raises and clears a TypeError each time (~110 ns, some 60 looks a sentence).
_OTHER_SPACES = bytes([9, 10, 11, 12, 13, 28, 29, 30, 31])  # str.isspace() in ASCII, as "\s" is, but " "
_CLASSES = bytes.maketrans(bytes(range(65, 91)) + bytes(range(97, 123)) + bytes(range(48, 58)) + _OTHER_SPACES,
                           b"A" * 26 + b"a" * 26 + b"0" * 10 + b" " * len(_OTHER_SPACES))
_DIGIT_OR_SPACE_BEYOND_ASCII = re.compile(r"[^\x00-\x7f](?<=[\d\s])")


# A needle led by a small letter ("a. 0", "aAA") is a slow look in the classes: CPython's substring search (3.11)
# compares the needle's last character first and, where it differs, jumps past the next character only if that one is
# nowhere in the needle; the next is nearly always a small letter, so the search steps one character at a time
# (150-300 ns a sentence). Asked first, a part of the needle without the small letter (". 0", "AA") jumps by its
# length and is rarely there: `". 0" in classes and "a. 0" in classes` answers as the one look, in half the time.
# (Read backwards, the classes would cost a copy and a call a text: more than the looks they spare.)


def _classes(text: str) -> str:
    """The text's characters by class, "Dr. McEwan, 3rd" -> "Aa. AaAaaa, 0aa": a class-led first look is a substring
    test in it ("[A-Z][A-Z]" is "AA", "[A-Z]\\d{4}" "A0000"), at memchr speed where the class costs a scan of 1-2
    us a sentence."""
    # "?" for each character beyond ASCII
    classes = text.encode("ascii", "replace").translate(_CLASSES).decode("ascii")
    if not text.isascii() and _DIGIT_OR_SPACE_BEYOND_ASCII.search(text):  # rare: a character at a time
        classes = "".join(chr(_CLASSES[ord(c)]) if c < "\x80" else "0" if c.isdecimal() else " " if c.isspace()
                          else "?" for c in text)
    return classes


class _LastText(dict[str, Any]):
    """One fact about the last text asked about, worked out by its fact on a miss. Asked through the dict's own
    look-up, a C call (~0.1 us less than a Python function's, where a rule asks some forty times a sentence); the
    text's hash is kept on the string, and one text at a time is kept, as the passes ask about the text they hold."""

    def __init__(self, fact: Callable[[str], Any]) -> None:
        super().__init__()
        self._fact = fact

    def __missing__(self, text: str) -> Any:
        self.clear()  # (threads at worst work a fact out twice: the answer is the text's own)
        found = self[text] = self._fact(text)
        return found


# char_classes(text): the text's characters by class (_classes), kept for the last text.
char_classes: Callable[[str], str] = _LastText(_classes).__getitem__
# has_digit(text): True when text holds a digit (any \d, as the rules' patterns mean it), the rules' most asked fact.
has_digit: Callable[[str], bool] = _LastText(lambda text: "0" in char_classes(text)).__getitem__


_LETTERS_ONLY = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))
_last_words: tuple[str, frozenset[str]] = ("", frozenset())


def letter_words(text: str) -> frozenset[str]:
    """The runs of ASCII letters in text, "Dr. O'Neil's 3rd" -> {"Dr", "O", "Neil", "s", "rd"}: a written form that
    must stand apart from other letters on both sides (a title, an abbreviation) can only be in the text where its
    first run of letters is among these, a look at a set where a long alternation scans every position."""
    global _last_words
    last = _last_words
    if last[0] is text:
        return last[1]
    found = frozenset(text.encode("ascii", "replace").translate(_LETTERS_ONLY).decode("ascii").split())
    _last_words = (text, found)
    return found


_LETTER_RUN = re.compile(r"[A-Za-z]+")


def first_letters(forms: Iterable[str]) -> frozenset[str] | None:
    """The first run of letters of each form, what letter_words must hold for one of them to stand in a text (a
    form led by a stop or a sign still has its run); None when a form has no letter, and no set can stand for it."""
    runs = [_LETTER_RUN.search(form) for form in forms]
    return None if None in runs else frozenset(run.group(0) for run in runs if run)


# The words a first look asks about, and the runs sets that asked. A text's letter_words hold some twenty words, and a
# set test against them walks them all (0.1-0.2 us, some thirty tests a sentence: a tenth of the normaliser's time);
# the text's words that any look asks about are one or two, and a test against them costs a lookup or two. A runs set
# is added the first time it asks (its words to _ASKED_WORDS, which only grows, then the set to _asked_runs), and a
# text's asked words are kept with the runs sets they answer for: a set asked about later is added, and the text's
# words worked out again. (Threads at worst add a set twice; a text's words never answer for a set they were not
# worked out for.) The words are kept as ASCII bytes, as a text's letter runs are split from its bytes: a run is
# decoded only where it is asked about (one or two a text), not each of the text's ten or twenty (-0.4 us a text).
_ASKED_WORDS: set[bytes] = set()
_asked_runs: frozenset[frozenset[str]] = frozenset()
_NO_WORDS: frozenset[str] = frozenset()
_last_asked: tuple[str, frozenset[str] | set[str], frozenset[frozenset[str]]] = ("", _NO_WORDS, frozenset())


def _asked_words(runs: frozenset[str], text: str) -> frozenset[str] | set[str]:
    """The text's letter_words that a first look asks about (runs among the looks, added if it is new)."""
    global _asked_runs, _last_asked
    if runs not in _asked_runs:
        # a word beyond ASCII gets a "?", which no run of the text's letters holds: never found, as never among them
        _ASKED_WORDS.update(word.encode("ascii", "replace") for word in runs)
        _asked_runs = _asked_runs | {runs}
    asked = _asked_runs  # read before the words: each set in it has its words in _ASKED_WORDS already
    hits = _ASKED_WORDS.intersection(text.encode("ascii", "replace").translate(_LETTERS_ONLY).split())
    found = set(map(bytes.decode, hits)) if hits else _NO_WORDS  # ASCII: decoded as UTF-8, a call less
    _last_asked = (text, found, asked)  # never changed once made: a set, not copied into a frozenset
    return found


def among_words(runs: frozenset[str] | None, text: str) -> bool:
    """True when one of runs is among the text's letter_words, or runs is None (a form without letters: look)."""
    last = _last_asked
    if last[0] is text and runs in last[2]:  # the answer most asked first (None is in no set of runs)
        # most texts hold none of the asked words: answered by identity, where the set test cost a method's call
        return last[1] is not _NO_WORDS and not runs.isdisjoint(last[1])
    if runs is None:
        return True
    return not runs.isdisjoint(_asked_words(runs, text))


def among_known_words(runs: frozenset[str] | None, text: str) -> bool:
    """among_words where the text's letter_words are at hand (worked out for this very text by a rule before), and
    True where they are not (or runs is None): a first look for a rule whose own looks cost less than working the
    words out (~2.5 us)."""
    if runs is None:
        return True
    last = _last_asked
    if last[0] is not text:
        return True
    if runs in last[2]:  # as among_words: no word asked about in the text, answered by identity
        return last[1] is not _NO_WORDS and not runs.isdisjoint(last[1])
    return not runs.isdisjoint(_asked_words(runs, text))


FormHeads = tuple[frozenset[str], dict[str, frozenset[str]]]


def form_heads(forms: Iterable[str]) -> FormHeads | None:
    """The forms' first runs of letters, and each run mapped to the beginnings of the forms it leads, through the
    character after the run ("a.k.a." -> "a": "a.", "Mr" -> "Mr": "Mr"); None when a form has no letter. For
    among_forms (the runs as a set of their own: a dict's keys are a slower set to test against)."""
    heads: dict[str, set[str]] = {}
    for form in forms:
        run = _LETTER_RUN.search(form)
        if run is None:
            return None
        heads.setdefault(run.group(0), set()).add(form[:run.end() + 1])
    return frozenset(heads), {run: frozenset(beginnings) for run, beginnings in heads.items()}


def among_forms(heads: FormHeads | None, text: str) -> bool:
    """True when one of the forms of heads may stand in text: its first run is among the text's letter_words and its
    beginning is in the text. A form led by a common word ("a.k.a.", "I.e.") is looked for only where its stop is,
    where the run alone ("a") let the rule scan four sentences in ten for nothing."""
    if heads is None:
        return True
    runs, beginnings = heads
    last = _last_asked
    found = last[1] if last[0] is text and runs in last[2] else _asked_words(runs, text)
    if runs.isdisjoint(found):
        return False
    return any(beginning in text for run in runs & found for beginning in beginnings[run])


_SPAN_JOINT = re.compile(r"\.(?:\s?[-–]|\s(?:a|al|au|à|ao|e|et|y)\s)")


def weekdays_in_a_span(names: dict[str, str], dash_word: str, from_word: str = "") -> Callable[[str], str]:
    """A reader of two weekdays' abbreviations joined as a span, with no day's number after them ("du lun. au ven.",
    "de lun. a vie.", "lun.-ven."): their names from names (keys in small letters, without the stop), a dash said as
    dash_word, and from_word before a span with a dash where the word before is not already it ("ouvert du mardi au
    dimanche", after a comma too: "tel. 06 1234, lun.-ven."); espeak-ng said the syllables ("lun", "vie"). The last
    stop stays where it also ends the sentence."""
    alternatives = "|".join(sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.])((?i:{alternatives}))\.(\s?[-–]\s?|\s(?:a|al|au|à|ao|e|et|y)\s)"
                         rf"((?i:{alternatives}))\.(\s*$|\s+(?=[A-ZÀ-Ý]))?")

    def said(match: re.Match[str]) -> str:
        first, joint, last, end = match.groups()
        name = names[first.lower()]
        dashed = joint.strip() in ("-", "–")
        spoken = (name.capitalize() if first[0].isupper() else name) + (
            f" {dash_word} " if dashed else joint) + names[last.lower()]
        if dashed and from_word and match.start() > 0 and not match.string[:match.start()].rstrip().endswith(
                (f" {from_word}", "(", ":")):
            spoken = f"{from_word} {spoken}"
        return spoken + ("." + end if end is not None else "")

    # a stop before a joint is rare: looking for one first spares most text the pattern (a tenth of a language's time)
    return lambda text: pattern.sub(said, text) if "." in text and _SPAN_JOINT.search(text) else text


# "en el km 30", "au km 30", "zwischen km 120": a road's kilometre post before its number, which the voices read as
# letters ("ka eme"); "3 km 200 m" is a length.
KM_BEFORE = re.compile(r"(?<!\d )(?<![\w.,])km(?=\s\d)")


def kilometre_posts(singular: str, plural: str, articles: tuple[str, ...]) -> Callable[[re.Match[str]], str]:
    """The word for KM_BEFORE's kilometre post, plural after one of the plural articles ("entre los km 23 y 28": "los
    kilómetros"; "el km 23", "zwischen km 120": one)."""
    after = tuple(f" {article} " for article in articles)
    return lambda match: plural if match.string.endswith(after, 0, match.start()) else singular


# "La máxima será de 38º", "A temperatura chegou a 38º": the ordinal's sign written for degrees (tidy has folded it
# to "o"; espeak-ng said "trigésimo octavo"). What stands before it is the callback's to see (faster).
DEGREES_AS_ORDINAL = re.compile(r"(\d{1,2}(?:,\d)?)o(?=[\s,.;:)]|$)")


def degrees_where_hot(heat: re.Pattern[str], shade: re.Pattern[str], degrees: str) -> Callable[[re.Match[str]], str]:
    """DEGREES_AS_ORDINAL's "38o" -> "38 grados" where its clause speaks of heat before it (`heat`) or of shade after
    it (`shade`); else the ordinal is left to ORDINAL_INDICATOR ("quedó 2º", "ficou em 2º")."""

    def said(match: re.Match[str]) -> str:
        before = match.string[match.start() - 1] if match.start() else ""
        if before.isalnum() or (before and before in ".,_"):
            return match.group(0)  # inside a word or a number: "138o", "A3o"
        reach = max(0, match.start() - 80)  # the clause's heat, not another's: back to its comma, 80 at most
        clause = max(match.string.rfind(mark, reach, match.start()) for mark in ",;:")
        if heat.search(match.string, max(reach, clause), match.start()) or shade.match(match.string, match.end()):
            return f"{match.group(1)} {degrees}"
        return match.group(0)

    return said


# "minuto 90+4", "Minute 45+2", "al 45'+1": stoppage time, added to a half's last minute (espeak-ng said "plus" in
# English, or nothing). A plus between numbers may be a sum, so only after a word for the minute, or where the first
# number ends a half of football (45, 90, 105, 120) and no sum follows ("90+5=95").
_STOPPAGE = compiled(r"(?<![\w.,+])(?:(?<=\b[Mm]inute )|(?<=\b[Mm]inuto )|(?<=\b[Mm]inuti )|(?<=\b[Mm]inutos )"
                     r"|(?<=\bmin\. )|(?<=\bmin )|(?=(?:45|90|105|120)\D))"
                     r"(\d{1,3})(?:\.|['’′])?\+(\d{1,2})(?![\d+]|[.,]\d|\w|\s?=)")


def stoppage_time(plus: str) -> Callable[[str], str]:
    """A reader of stoppage time: "90+4" -> "90 " + plus + " 4", said as the language says it ("más", "più")."""
    return lambda text: _STOPPAGE.sub(rf"\1 {plus} \2", text) if "+" in text else text


def units_after_a_scale(table: dict[str, tuple[str, str]], scales: tuple[str, ...],
                        of: str = "") -> Callable[[str], str]:
    """A reader of a unit of table after a number and a scale word (one of scales), of (the language's "of", a
    pattern) between them or not ("24 Milliarden km", "23 miliardi di km", "90 mil km"): the unit's plural name.
    units_in_full wants the number just before the unit, and espeak-ng spelled it."""
    alternatives = "|".join(re.escape(symbol) for symbol in sorted(table, key=len, reverse=True))
    words = "|".join(re.escape(scale) for scale in sorted(scales, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.,])(\d{{1,3}}(?:,\d+)?\s(?:{words})\s(?:{of})?)({alternatives})"
                         r"(?![\w/'\u2019])")

    def rule(text: str) -> str:
        if not any(f"{scale} " in text for scale in scales):  # a first look: most sentences name no scale
            return text
        return pattern.sub(lambda m: m.group(1) + table[m.group(2)][1], text)

    return rule
