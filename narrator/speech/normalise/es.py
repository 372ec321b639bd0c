"""Spanish: titles and abbreviations, km/h, euros with their cents, and hours written with "h".

espeak-ng's Spanish voice says Spanish numbers well; these are what it misread: "Sra. López" (a sentence break after
the title), "EE. UU." ("e e, u u"), "p. ej." ("pe ej"), "n.º 5" ("ene o cinco"), "5 km/h" ("ka eme barra ache"),
"1.234,50 €" ("... coma cincuenta euro"), "14:30 h" ("... ache"), "21:00" ("veintiuno cero cero"), "Felipe VI" (the
word "vi"), "200 km" ("ka eme"), "3-1" ("tres uno"), "2ª" (folded to "2a"), "12/03/2024", "3,5 M€", "art. 155".
"""

from __future__ import annotations

import re

from narrator.speech.normalise.europe import Words, hours_after_days, month_and_year, shared_forms, spaced_clock
from narrator.speech.normalise.hectares import hectares
from narrator.speech.normalise.indefinite import AGREEMENTS, counted_one, feminine, feminine_before
from narrator.speech.normalise.movements import movements_by_number
from narrator.speech.normalise.options import ReadingOptions
from narrator.speech.normalise.rates import rates, sides
from narrator.speech.normalise.romans import roman_value
from narrator.speech.normalise.saints import saints, spanish_saint
from narrator.speech.normalise.seasons import season_said
from narrator.speech.normalise.util import (
    CLOCK_COLON,
    DAY_MONTH_YEAR,
    DAY_MONTH_YEAR_DASHED,
    DECIMAL_SECONDS,
    DEGREES_AS_ORDINAL,
    EUROS_WITH_CENTS,
    KM_BEFORE,
    KM_PER_HOUR,
    MINUS,
    NEXT_CAPITAL,
    ORDINAL_INDICATOR,
    ROMAN_AFTER_WORD,
    SCORE,
    SECONDS_AFTER_MINUTES,
    SPAN_DASH,
    among_words,
    currencies_in_words,
    date_in_words,
    days_and_months,
    degrees_where_hot,
    ends_text,
    energy_units_alone,
    euros_per_unit,
    first_letters,
    fractions_in_words,
    halves_of_units,
    has_dashed_year,
    has_digit,
    kilometre_posts,
    ordinal_with_indicator,
    rulers_by_ordinal,
    seconds_before_a_gap,
    span_joined_by,
    stoppage_time,
    units_after_a_scale,
    units_in_full,
    weekdays_before_a_day,
    weekdays_every,
    weekdays_in_a_span,
    written_forms,
)

_ABBREVIATIONS = {
    "Sr.": "señor", "Sra.": "señora", "Srta.": "señorita", "Sres.": "señores", "Dr.": "doctor", "Dra.": "doctora",
    "D.": "don", "Dña.": "doña", "Ud.": "usted", "Uds.": "ustedes", "Vd.": "usted", "Vds.": "ustedes",
    # "n.º" is "n.o" by now (tidy folds the ordinal indicator)
    "EE. UU.": "Estados Unidos", "EE.UU.": "Estados Unidos", "p. ej.": "por ejemplo", "n.º": "número", "n.o": "número",
    "núm.": "número", "pág.": "página", "págs.": "páginas", "etc.": "etcétera", "aprox.": "aproximadamente",
    "Avda.": "avenida", "avda.": "avenida", "av.": "avenida", "Av.": "avenida", "c/": "calle", "C/": "calle",
    "art.": "artículo",
    "arts.": "artículos", "mill.": "millones", "bill.": "billones", "ss.": "siguientes",
    # history's era ("753 a. C.": "a" and a sentence's end at "C.")
    "a. C.": "antes de Cristo", "a.C.": "antes de Cristo", "d. C.": "después de Cristo", "d.C.": "después de Cristo",
    "Aprox.": "Aproximadamente", "máx.": "máximo", "mín.": "mínimo",  # a leaflet's dose, a forecast's
    "Máx.": "Máximo", "Mín.": "Mínimo",  # opening a notice's sentence before its number ("Máx. 2 personas")
    # recipes, results and ads: spoons, points, a telephone, a teacher before his name
    "cda.": "cucharada", "cdas.": "cucharadas", "cdta.": "cucharadita", "cdtas.": "cucharaditas", "ptos.": "puntos",
    "Tel.": "Teléfono", "Tlf.": "Teléfono", "Prof.": "profesor", "Profa.": "profesora",
    "izda.": "izquierda", "dcha.": "derecha",  # a flat's door ("3.º izda.")
    "D.E.P.": "descanse en paz", "Q.E.P.D.": "que en paz descanse", "q.e.p.d.": "que en paz descanse",  # obituaries
    # months shortened with their stop ("el 3 de oct. de 2024"); "mar." may be martes, and is left to the weekdays
    "ene.": "enero", "feb.": "febrero", "abr.": "abril", "jun.": "junio", "jul.": "julio", "ago.": "agosto",
    "sept.": "septiembre", "sep.": "septiembre", "oct.": "octubre", "nov.": "noviembre", "dic.": "diciembre",
    # weekdays shortened before a word ("sáb. hasta las 14 h"; "mar." is left to the weekdays' rules: March too)
    "lun.": "lunes", "mié.": "miércoles", "miér.": "miércoles",
    "jue.": "jueves", "vie.": "viernes", "sáb.": "sábado", "dom.": "domingo",
    "IVA incl.": "IVA incluido", "incl.": "incluido",  # a price's tax
    "op.": "opus",  # a work's number ("op. 92"), only before it
    # a road's kilometre post ("en el p.k. 23 de la A-6"), only before its number
    "p.k.": "punto kilométrico", "P.K.": "punto kilométrico", "p. k.": "punto kilométrico",
    # a law's closing provisions, as the BOE cites them ("la disp. adic. 3.ª")
    "disp. adic.": "disposición adicional", "disp. trans.": "disposición transitoria",
    "disp. derog.": "disposición derogatoria", "disp. final": "disposición final",
    "Cía.": "Compañía", "Hnos.": "Hermanos",  # a firm's name ("Martín y Cía.", "Gómez Hnos.")
}
_ABBREVIATION = written_forms(_ABBREVIATIONS)
# "D." is "don" only before a name ("D. Juan"); elsewhere it is an initial.
_ONLY_BEFORE_NAME = frozenset({"D.", "Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "Prof.", "Profa."})
_NUMBER_NEXT = re.compile(r"\s?\d")
_ONLY_BEFORE_NUMBER = frozenset({"op.", "p.k.", "P.K.", "p. k.", "Máx.", "Mín."})
# Adjectives shortened after their noun, said in its gender ("temperatura máx.": "máxima").
_AGREEING = frozenset({"máx.", "mín."})
# After a number only: "25 p. b." (basis points, as markets write them), "4 pers."; elsewhere a letter and a word.
_AFTER_A_NUMBER = {"lpm": "latidos por minuto",  # a discharge note's pulse
                   "p. b.": "puntos básicos", "p.b.": "puntos básicos", "pb": "puntos básicos", "pers.": "personas",
                   "h/semana": "horas por semana", "h/sem.": "horas por semana", "pts.": "puntos", "pts": "puntos",
                   "CV": "caballos",  # a poll's points, a car's horsepower
                   # an election's percentage points (after the euro's sign, a price per person: _PER_PERSON), a
                   # listing's bedrooms
                   "p.p.": "puntos porcentuales", "p. p.": "puntos porcentuales", "dorm.": "dormitorios",
                   # a leaflet's tablets and capsules ("1 comp. cada 8 h": "un comprimido", the one said by _ONE)
                   "comp.": "comprimidos", "cáps.": "cápsulas", "caps.": "cápsulas"}
_AFTER_NUMBER = re.compile(r"(?<=\d )(p\. ?b\.|p\. ?p\.|pb|pers\.|h/sem(?:\.|ana)|pts\.?|CV|lpm|dorm\."
                           r"|comp\.|c[aá]ps\.)(?![\w/])")
_DOSE_FORMS = frozenset({"comprimidos", "cápsulas"})
_BARE_ONE_BEFORE = re.compile(r"(?<![\w.,])1 $")
# "Tomar 1 sobre cada 12 h": one sachet, "un sobre"; before a number "1 sobre 10" is a ratio, and is left.
_ONE_SACHET = re.compile(r"(?<![\w.,:/+'’-])1 sobre\b(?!\s?\d| (?:el|la|los|las|un|una|mil)\b)")
# "c/12 h", "c/8 h": every so many hours, as a leaflet writes it ("c/" before a name is a street's).
_EVERY = re.compile(r"(?<![\w/])c/\s?(?=\d{1,2}\s?h\b)")
# "1.800 € brutos/mes": a pay's gross or net per a period, "al mes" (the voice said "barra").
_PAY_PER = re.compile(r"(?:(?<=€ )|(?<=euros ))(brutos|netos)\s?/\s?(mes|año)\b")
# "7 noches en MP", "499 € p.p.": a hotel's half board after "en" or "con", and a price per person after the euro's
# sign (elsewhere "p.p." is a rate's percentage points, "MP" letters); "en el min. 78", a match's minute.
_HALF_BOARD = re.compile(r"\b((?i:en|con) )MP\b(?![\w-])")
_PER_PERSON = re.compile(r"(?<=€ )p\. ?p\.(?!\w)")
_MINUTE_BEFORE = re.compile(r"(?<![\w.])min\.(?= \d)")
# "en el T3", "del T1": a quarter after the article a period takes ("la T4" is an airport's terminal).
_QUARTER = re.compile(r"\b(en el|del) (?:T([1-4])|([1-4])T)(?![\w-])")  # "del 3T" as well
# "temporada 2023-24": a season of two years, which the voice says as written ("2023 a 24" before, a span).
_SEASON = re.compile(r"((?:19|20)\d\d)-(\d\d)(?![\w/-]|[.,]\d)")  # what stands before it: season_said
# "3.º izda.": a floor before its door, "tercero" ("tercer" is said before a masculine noun only).
_FLOOR = re.compile(r"(?<![\w.,])([13])\.?o(?= (?:izquierda|derecha|izda\.|dcha\.))")
# "L-V", "L a V": the weekdays by their initials, in a timetable ("ele guion uve" before).
_WEEKDAY_LETTERS = re.compile(r"\bL(?:-| a )([VSD])\b(?!-)")
_WEEKDAY_LETTER = {"V": "viernes", "S": "sábado", "D": "domingo"}
# "la parroquia de S. José": a saint after a church's name, a feast's or a street's.
_SAINT = saints("(?:iglesia|parroquia|ermita|basílica|catedral|capilla|colegio|convento|monasterio|hospital|fiestas?"
                "|calle|plaza|avenida) de", spanish_saint)
_QUARTERS = ("primer", "segundo", "tercer", "cuarto")
# "2 1/2 horas", "3½ semanas" (tidy has made the half a fraction): a whole and a half before a plural noun, said after
# it, the half in its gender ("2 horas y media", "3 años y medio"; the voice said "dos un medio horas").
_WHOLE_AND_HALF = re.compile(r"(?<![\w.,/])(\d{1,2}) 1/2 ([a-záéíóúñ]{3,}s)\b")
_NOT_COUNTED = frozenset({"más", "menos", "los", "las", "unos", "unas", "sus", "mis", "tus", "veces", "tres", "seis"})
# "12,45/14", "7,5/10": a mark with decimals out of a whole ("sobre 14"); a decimal is no day, nor a season's year.
_MARK_OUT_OF = re.compile(r"(?<![\w.,/])(\d{1,2},\d{1,3})/(\d{1,2})(?![\w/]|[.,]\d)")
# "Sacó un 7/10", "le pone un 8/10", "una nota de 9/10": a whole mark out of ten after the article a mark is said with
# ("un siete") or after "nota de"; elsewhere "5/10" is a date's ("el 5/10") or a share's, and is left.
_WHOLE_MARK = re.compile(r"(?:(?<=\bun )|(?<=\bnota de ))(10|\d)/10(?![\w/]|[.,]\d)")
# "las 2/3 partes": a share of parts, said with the ordinal ("las dos terceras partes"; "dos barra tres" before).
_SHARE_OF_PARTS = re.compile(r"(?<![\w.,/])([2-9])/([3-9]|10) partes\b")
_PARTS = {3: "terceras", 4: "cuartas", 5: "quintas", 6: "sextas", 7: "séptimas", 8: "octavas", 9: "novenas",
          10: "décimas"}
# "Paciente de 67 a. que", "de 72 a.,": a discharge note's age in years ("a" and a stop before).
_AGE_IN_YEARS = re.compile(r"(?<=\bde )(\d{1,3}) a\.(?=,|\s(?!m\.)[a-záéíóúñ])")  # "de 9 a. m." is the morning
# "140/90 mmHg": a blood pressure, the upper "sobre" the lower.
_BLOOD_PRESSURE = re.compile(r"(?<![\w.,/])(\d{2,3})/(\d{2,3})\s?mmHg\b")
# "3 hab." in an ad is rooms (a flat has a few), "10.000 hab." in the news inhabitants; between, nothing tells.
_PER_INHABITANT = re.compile(r"(?:(?<=\d €)|(?<=euros)) por hab\.(?!\w)")
_HAB = re.compile(r"(?<![\w.,])(\d|\d{1,3}(?:\.\d{3})+)\shab\.(?!\w)")
_HALVES = halves_of_units({"pensión": "media pensión",  # a hotel's half board ("en 1/2 pensión")
                           "l": "medio litro", "kg": "medio kilo", "km": "medio kilómetro", "h": "media hora",
                           "taza": "media taza", "cucharadita": "media cucharadita", "cucharada": "media cucharada",
                           # a leaflet's half a tablet, a glass, a sachet
                           "comprimido": "medio comprimido", "vaso": "medio vaso", "sobre": "medio sobre",
                           "cápsula": "media cápsula", "pastilla": "media pastilla"})
_NAME_AFTER = re.compile(r"\s[A-ZÁÉÍÓÚÑ]")
_MAY_END = frozenset({"etc.", "EE. UU.", "EE.UU.", "IVA incl.", "incl.", "lun.", "mié.", "miér.", "jue.", "vie.",
                      "sáb.", "dom.", "Cía.", "Hnos."})
_NEW_SENTENCE = re.compile(r"\s+[A-ZÁÉÍÓÚÑ¿¡]")
# "a las 7.30 h": a clock time written with a stop, which the "h" after it tells from a decimal.
# "a las 17.45", "desde las 8.30": a clock written with a point after "las", which asks for a time (before an "h"
# the point is _DOTTED_CLOCK's); said as the colon's clock ("17 y 45").
_DOTTED_AFTER_LAS = re.compile(r"(?<=\blas )([01]?\d|2[0-4])\.([0-5]\d)(?!\d|[.,]\d)")
# "2x1", "3x2": an offer's "two for one" (and a car's "4x4"), said with "por"; before a length's unit it is a surface
# (_SIDES).
_FOR_ONE = re.compile(r"(?<![\w.,])([1-9])x([1-9])(?![\w.,]\d|\w|\s?(?:m|cm|km|mm|metros|cm2|m2)\b)")
# "de 10.00 a 20.00 h": the first of a span of clock times, whose hours' mark comes after the last ("10.00 a" before).
_DOTTED_CLOCK_SPAN = re.compile(r"(?<![\w.,:])([01]?\d|2[0-4])\.([0-5]\d)(?= a (?:[01]?\d|2[0-4])[.:][0-5]\d\s?h\b)")
# "el art. 242 del CP": the penal code by its letters after "del" (elsewhere "CP" is a postcode's).
_PENAL_CODE = re.compile(r"\b(del|el|al) CP\b(?![\w-])")
_DOTTED_CLOCK = re.compile(r"(?<![\w.,:])([01]?\d|2[0-4])\.([0-5]\d)(?=\s?h\b)")
# "3,5 M€", "200 mill. €": millions of euros, as budgets write them.
_MILLIONS_OF_EUROS = re.compile(  # "12,3 mil M€", "100.000 M€"
    r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?(?:\smil)?)\s?(?:M|mill\.)\s?€")
# "14:30 h", "9.00 h": the "h" after a clock time is not said.
_HOURS_MARK = re.compile(r"(?<=\d[:.]\d\d)\s?h\b")
# "La película dura 2h30", "a las 14h": hours against their "h" (espeak-ng said "dos hache treinta").
_HOURS_GLUED = re.compile(r"(?<![\w.,:])([01]?\d|2[0-4])h([0-5]\d)?(?![\w/])")
# "a las 10 h", "de 8 a 20 h", "2 h 05 min": hours with their "h" apart (espeak-ng said "diez hache"); a minute's zero.
_HOURS_APART = re.compile(r"(?<![\w.,:])([01]?\d|2[0-4]) h\b(?![/.]\w)")
_MINUTES_ZERO = re.compile(r"(?<![\w.,:])0(\d)(?=\s?min\b)")
# "el s. XVIII": the century shortened before its numeral.
_CENTURY_SHORT = re.compile(r"(?<![\w.])s\.\s(?=[XVI]+\b)")


_KM_POSTS = kilometre_posts("kilómetro", "kilómetros", ("los", "Los"))  # "entre los km 23 y 28"


# "a 38 s del ganador", "12 s de ventaja": a gap's whole seconds before whom or what it is behind or ahead of.
_GAP_SECONDS = seconds_before_a_gap(r"del\b|de\b|sobre\b|respecto\b", ("segundo", "segundos"))


# A month shortened right after the day ("el 3 nov.", "del 22 dic. al 8 ene."): the "de" between them is said.
_MONTHS_SHORT = frozenset({"ene.", "feb.", "abr.", "jun.", "jul.", "ago.", "sept.", "sep.", "oct.", "nov.", "dic."})
_DAY_BEFORE = re.compile(r"(?<![\w.,])(?<!\d )(?:[1-9]|[12]\d|3[01]) $")


def _after_a_number(match: re.Match[str]) -> str:
    """"4 pers." -> "4 personas", "1 comp." -> "1 comprimido" (a tablet or a capsule after one, in the singular); at
    the text's end the stop stays."""
    said = _AFTER_A_NUMBER[match.group(1)]
    if said in _DOSE_FORMS and _BARE_ONE_BEFORE.search(match.string, max(0, match.start() - 3), match.start()):
        said = said[:-1]
    return said + ("." if match.group(1)[-1] == "." and ends_text(match) else "")


def _abbreviation(match: re.Match[str]) -> str:
    """The word an abbreviation stands for; at the text's end or before a new sentence it keeps its stop."""
    written = match.group(0)
    if written in _ONLY_BEFORE_NAME and not _NAME_AFTER.match(match.string, match.end()):
        return written
    if written in _ONLY_BEFORE_NUMBER and not _NUMBER_NEXT.match(match.string, match.end()):
        return written  # "op. cit." is a citation's
    ends = ends_text(match) or (written in _MAY_END and _NEW_SENTENCE.match(match.string, match.end()) is not None)
    said = _ABBREVIATIONS[written]
    if written in _MONTHS_SHORT and _DAY_BEFORE.search(match.string, max(0, match.start() - 4), match.start()):
        said = "de " + said  # "el 3 nov." -> "el 3 de noviembre": the day's "de", unwritten
    if written in _AGREEING and feminine_before(match.string, match.start(), "es"):
        said = said[:-1] + "a"  # "experiencia mín." -> "mínima": the adjective agrees with its noun
    elif written == "incl." and (noun := match.string[max(0, match.start() - 20):match.start()].split()[-1:]):
        # "gastos incl.", "tasas incl.": after a plural noun, in its number and gender
        if noun[0].endswith("os") or noun[0].endswith("es"):
            said = "incluidos"
        elif noun[0].endswith("as"):
            said = "incluidas"
    return said + ("." if ends and written.endswith(".") else "")


# A numeral counts after these words written small ("el capítulo IV"); after a capitalised name it is a ruler's.
_COUNTERS = frozenset({"capítulo", "tomo", "acto", "título", "libro", "parte", "volumen", "siglo", "artículo",
                       "siglos"})
# "su VIII centenario", "la XV edición", "el XXI congreso": a Roman numeral after an article, a possessive or a
# demonstrative and before a noun that counts a recurring event is its ordinal, agreeing with the noun ("su segundo
# centenario", "la decimoquinta edición", "el vigésimo primer congreso"); the noun's gender is its column here.
_EVENTS = {"m": ("centenario", "aniversario", "congreso", "festival", "certamen", "encuentro", "concilio", "campeonato",
                 "salón", "foro", "simposio", "torneo", "plan", "milenario", "sínodo", "concurso"),
           "f": ("edición", "asamblea", "jornada", "cumbre", "conferencia", "bienal", "feria", "legislatura",
                 "olimpiada", "gala", "semana", "muestra", "reunión", "convención", "cruzada")}
_EVENT_GENDER = {noun: gender for gender, nouns in _EVENTS.items() for noun in nouns}
_EVENT_WORDS = first_letters(_EVENT_GENDER)
_ROMAN_BEFORE_EVENT = re.compile(
    r"\b((?i:su|sus|nuestro|nuestra|el|la|del|al|este|esta|ese|esa|aquel|aquella)\s+)(X{0,3}(?:IX|IV|V?I{0,3}))"
    rf"(?<=[IVX])(?=\s+({'|'.join(sorted(_EVENT_GENDER, key=len, reverse=True))})\b)")
_UNITS_ORDINAL = ("", "primer", "segundo", "tercer", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno")
_TENS_ORDINAL = ("", "décimo", "vigésimo", "trigésimo")


def _event_ordinal(match: re.Match[str]) -> str:
    """"su VIII centenario" -> "su octavo centenario", "la XII edición" -> "la decimosegunda edición"."""
    tens, units = divmod(roman_value(match.group(2)), 10)
    if tens == 1 and units:
        said = "decimo" + _UNITS_ORDINAL[units]  # "decimotercer", "decimoquinto"
    else:
        said = " ".join(word for word in (_TENS_ORDINAL[tens], _UNITS_ORDINAL[units]) if word)
    if _EVENT_GENDER[match.group(3)] == "f":
        said = " ".join(word[:-1] + "a" if word.endswith("o") else word + "a" for word in said.split())
    return match.group(1) + said


# "los siglos XIII y XV": the second of two centuries, counted as the first is ("siglos 13 y 15").
_SECOND_CENTURY = re.compile(r"(?<=\bsiglos )(\d{1,2} (?:y|e|o|al|a) )(X{0,2}(?:IX|IV|V?I{0,3}|X))\b")
_QUEENS = frozenset({"Isabel", "Leonor", "Beatriz"})  # queens whose names do not end in "a"


_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio",
           "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre")

# a month and a year, "03/2019"; a date with a Roman month, "3-XII-1812" (europe.py)
_MONTH_YEAR = month_and_year(_MONTHS, "{month} de {year}", "{day} de {month} de {year}")
_DATE = date_in_words(_MONTHS, "{day} de {month} de {year}", "1")
# after a weekday too, a single day and month ("hasta el vie. 11/12", by now "viernes 11/12": a deadline's)
_WEEKDAYS_LEADING = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_DAYS_AND_MONTHS = days_and_months(f"el|los|del|al|desde el|hasta el|día|{'|'.join(_WEEKDAYS_LEADING)}", "y", _MONTHS,
                                   "{day} de {month}", "1",
                                   ("el", "del", "al", "desde el", "hasta el", *_WEEKDAYS_LEADING), "día")


# Units after a number, said in full (espeak-ng spelled most: "200 km" was "ka eme", "3 m" a letter).
_UNITS = {
    "UI": ("unidad internacional", "unidades internacionales"),  # a dose ("1.000 UI de vitamina D")
    "min": ("minuto", "minutos"),
    "kn": ("nudo", "nudos"),  # a wind's or a boat's speed ("rachas de 35 kn")
    "km": ("kilómetro", "kilómetros"), "m": ("metro", "metros"), "cm": ("centímetro", "centímetros"),
    "mm": ("milímetro", "milímetros"), "kg": ("kilo", "kilos"), "g": ("gramo", "gramos"),
    "mg": ("miligramo", "miligramos"), "l": ("litro", "litros"), "ml": ("mililitro", "mililitros"),
    "cl": ("centilitro", "centilitros"),  # a bottle's ("75 cl")
    "hl": ("hectolitro", "hectolitros"),  # a harvest's wine or oil ("2 millones de hl")
    "ha": ("hectárea", "hectáreas"), "t": ("tonelada", "toneladas"),
    "km2": ("kilómetro cuadrado", "kilómetros cuadrados"),
    "m2": ("metro cuadrado", "metros cuadrados"), "m3": ("metro cúbico", "metros cúbicos"),
    # an air or a water test's micrograms ("35 µg/m³": tidy has made the micro sign a mu, the cube a digit)
    "μg/m3": ("microgramo por metro cúbico", "microgramos por metro cúbico"), "μg": ("microgramo", "microgramos"),
    # a river's flow, a particle's size, a label's energy, a camera's sensor ("2.500 m³/s", "10 µm", "250 kcal",
    # "61 Mpx"; the voice said "m tres barra s", "mu m", the letters)
    "m3/s": ("metro cúbico por segundo", "metros cúbicos por segundo"), "μm": ("micrómetro", "micrómetros"),
    "kcal": ("kilocaloría", "kilocalorías"), "Mpx": ("megapíxel", "megapíxeles"), "MP": ("megapíxel", "megapíxeles"),
    "km/s": ("kilómetro por segundo", "kilómetros por segundo"),  # a probe's speed
    "min.": ("minuto", "minutos"),  # its stop goes with it ("40 min. en la R2")
    "kWh": ("kilovatio hora", "kilovatios hora"), "kW": ("kilovatio", "kilovatios"), "MW": ("megavatio", "megavatios"),
    "GW": ("gigavatio", "gigavatios"), "°C": ("grado", "grados"),
    "l/m2": ("litro por metro cuadrado", "litros por metro cuadrado"),
    # a mass spread over a square metre (a lawn's seed, a paper's weight: "30 g/m²"), a film's frames a second
    "g/m2": ("gramo por metro cuadrado", "gramos por metro cuadrado"),
    "kg/m2": ("kilo por metro cuadrado", "kilos por metro cuadrado"),
    "fps": ("fotograma por segundo", "fotogramas por segundo"),
    # a device's and a grid's: memory, frequency, power, charge, energy, bandwidth
    "GB": ("gigabyte", "gigabytes"), "MB": ("megabyte", "megabytes"), "TB": ("terabyte", "terabytes"),
    "GHz": ("gigahercio", "gigahercios"), "MHz": ("megahercio", "megahercios"), "Hz": ("hercio", "hercios"),
    "W": ("vatio", "vatios"), "mAh": ("miliamperio hora", "miliamperios hora"), "Wh": ("vatio hora", "vatios hora"),
    "MWh": ("megavatio hora", "megavatios hora"), "GWh": ("gigavatio hora", "gigavatios hora"),
    "TWh": ("teravatio hora", "teravatios hora"), "Mbps": ("megabit por segundo", "megabits por segundo"),
    "Gbps": ("gigabit por segundo", "gigabits por segundo"), "Mbit/s": ("megabit por segundo", "megabits por segundo"),
    "Gbit/s": ("gigabit por segundo", "gigabits por segundo"),
    # a disk's and a download's speed ("100 MB/s": espeak-ng said "eme be barra ese")
    "kB/s": ("kilobyte por segundo", "kilobytes por segundo"),
    "MB/s": ("megabyte por segundo", "megabytes por segundo"),
    "GB/s": ("gigabyte por segundo", "gigabytes por segundo"),
    # as the German and French tables have them: a wind's speed, a solar plant's peak power, a line's bit rate
    "m/s": ("metro por segundo", "metros por segundo"),
    "kWp": ("kilovatio pico", "kilovatios pico"), "MWp": ("megavatio pico", "megavatios pico"),
    "Mb/s": ("megabit por segundo", "megabits por segundo"),
}
# A unit after a decimal is plural, below one too ("0,75 miligramos", "0,5 litros"): only one itself is singular.
_UNITS_IN_FULL = units_in_full({symbol: names for symbol, names in _UNITS.items() if symbol != "ha"}, singular_below=0)
# "40 ha de olivar", but "fundado en 1902 ha ganado": the verb after a year ("hectáreas ganado" before).
_HECTARES = hectares("hectárea", "hectáreas", r"un[ao]?|el|la|los|las|lo|le|les|ya|también|sido|habido")
# "3.500 kg/ha", "300 MWh/año": one unit per another; "3x4 m": a surface's sides.
_RATES = rates({**_UNITS, "kcal": ("kilocaloría", "kilocalorías")},
               {"ha": "por hectárea", "kWh": "por kilovatio hora", "MWh": "por megavatio hora", "día": "al día",
                "dl": "por decilitro", "dL": "por decilitro", "l": "por litro",  # a diet's, a blood test's
                "km": "por kilómetro",  # a car's emission ("118 g/km")
                "semana": "a la semana"}, singular_below=0)  # a week's days ("5 días/semana")
_SIDES = sides("por", "metros?|centímetros?|milímetros?|kilómetros?")
# A race's gap ("1'05''"), a week's hours ("40 h semanales"), "1,2 ‰", a salary's span ("28.000-32.000 €") and a job
# advert's two genders ("camarero/a"): see europe.py.
_SHARED = shared_forms(Words(("minuto", "minutos"), ("segundo", "segundos"), "horas", "por mil", " y ", to="a",
                             either="o", plus="más", thousandths=" y {} milésimas", per_litre="euros por litro",
                             hour=("hora", "horas"), by_volume="% volumen",
                             power="elevado a {}|menos", and_a_half="{} y medio", minutes_alone=True,
                             one="un", degrees=("grado", "grados"), both_prices="y", low_to_high="a",
                             abstained=("abst", "abstención", "abstenciones")))
_SPACED_CLOCK = spaced_clock("las|la|Las|La", "h|horas")
_MOVEMENTS = movements_by_number("es")  # a programme's "II. Adagio"
_ONE = counted_one(AGREEMENTS["es"])  # "1 botella" -> "una botella" (indefinite.py)
# "13.000 millones de km", "60 mil km": a unit after a scale word, which units_in_full does not reach.
_UNITS_AFTER_A_SCALE = units_after_a_scale(_UNITS, ("mil", "millones", "millón"), "de ")
# "4,8 l/100 km": what a car uses, "a los 100 kilómetros" (espeak-ng said "barra").
_PER_100_KM = re.compile(r"(?<=\d)\s?(l|kWh)\s?/\s?100\s?km\b")
_CONSUMED = {"l": "litros", "kWh": "kilovatios hora"}
_STOPPAGE_TIME = stoppage_time("más")
# "el 1.er puesto", "3er lugar": the first and the third cut short before their noun (espeak-ng: "uno er").
_SHORT_ORDINAL = re.compile(r"(?<![\w.,])([13])\.?er\b")
_RULERS = rulers_by_ordinal("es", _COUNTERS, _QUEENS)
_ORDINAL_WITH_INDICATOR = ordinal_with_indicator("es")
# "150 €/MWh", "1,20 €/l": a price per unit.
# A wine's per hectolitre, a lease's per hectare, concrete's per cubic metre, a piece's per unit ("3 €/ud.").
_PER_UNITS = {"t": "tonelada", "hl": "hectolitro", "ha": "hectárea", "m3": "metro cúbico", "ud": "unidad",
              "l": "litro", "kg": "kilo", "m2": "metro cuadrado", "h": "hora", "km": "kilómetro",
              "kWh": "kilovatio hora", "MWh": "megavatio hora", "mes": "mes", "año": "año", "día": "día",
              "semana": "semana", "noche": "noche", "litro": "litro", "kilo": "kilo", "hora": "hora",
              "hab.": "habitante"}  # a budget's or a debt's per inhabitant ("850 €/hab.")
_EUROS_PER_UNIT = euros_per_unit(_PER_UNITS, "{amount} {euros} por {unit}")
_WEEKDAY_NAMES = {"lun": "lunes", "mar": "martes", "mié": "miércoles", "mie": "miércoles", "miér": "miércoles",
                  "jue": "jueves",
                  "vie": "viernes", "sáb": "sábado", "sab": "sábado", "dom": "domingo"}
# "el 3 de mar. de 2026", "hasta el 15 de mar.", "al 9 mar.": "mar." after a day of the month, with or without its
# "de", is March's (before a day it is martes's, "mar. 12", and is left to the weekdays' rules).
_MARCH = re.compile(r"(?:\b([1-9]|[12]\d|3[01]) de|(?<![\w.,])(?<!\d )([1-9]|[12]\d|3[01])) mar\."
                    r"(?![\w-]|\s?\d{1,2}\b)")
# "el mar. a las 16:00", "mar. cerrado": Tuesday shortened before a time or its closing, with no number (espeak-ng said
# "mar", the sea's word; the other weekdays are _ABBREVIATIONS'); after a day's number it is March's, _MARCH's.
_TUESDAY_BEFORE_TIME = re.compile(r"(?<![\w.])(?<!\d )(?<!\d de )mar\.(?= (?:a las?|desde las?|cerrado)\b)")
_WEEKDAY_BEFORE_DAY = weekdays_before_a_day(_WEEKDAY_NAMES, ("el", "del", "al", "los", "cada"), ("los",))
_WEEKDAY_SPAN = weekdays_in_a_span(_WEEKDAY_NAMES, "a", "de")  # "de lun. a vie.", "lun.-vie."
# "los miér. y sáb.", "los mar., jue. y dom.": every such day, each of a chain after "los" ("los martes y domingo").
_EVERY_WEEKDAY = weekdays_every({f"{short}.": name if name.endswith("s") else name + "s"
                                 for short, name in _WEEKDAY_NAMES.items()}, ("los",), "y")
_EVERY_WEEKDAY_LEADS = first_letters(("los", "Los"))
_DAY_HOURS = hours_after_days(tuple(_WEEKDAY_NAMES.values()), "de {a} a {b} horas", "y")  # (europe.py)
# "el precio del m²": a unit after a word that leads to it, with no number before it ("del eme dos").
_UNIT_ALONE = re.compile(r"(?:(?<=\bdel )|(?<=\bel )|(?<=\bpor )|(?<=\bcada ))(m2|m3|km2)\b")
_UNITS_ALONE = {"m2": "metro cuadrado", "m3": "metro cúbico", "km2": "kilómetro cuadrado"}
# "1,5 millones de US$", "2.500 millones de $": a currency's sign after "de", with no amount after it.
_SIGN_AFTER_OF = re.compile(r"(?<=\bde )(US\$|\$|€|£)(?=[.,;:)]|$|\s+(?!\d))")
_SIGNS = {"US$": "dólares", "$": "dólares", "€": "euros", "£": "libras"}
# "la Ley 3/2024", "el Real Decreto 463/2020": a law's number and its year, "3 de 2024" ("tres barra ...").
_ACT_NUMBER = re.compile(r"\b((?:[Ll]ey|[Dd]ecreto|[Dd]ecreto-ley|[Oo]rgánica|[Oo]rden|[Rr]esolución|[Ss]entencia)"
                         r"\s(?:[A-Z]{1,4}\s)?)(\d{1,4})/((?:19|20)\d\d)\b(?![/\d])")
# "Juan Carlos I abdicó", "Isabel I, reina": the first, after a capitalised name ("i" before); the other numerals are
# ROMAN_AFTER_WORD's, which leaves one letter alone. A capital or a stop after it may be an initial, and is left.
_FIRST_RULER = re.compile(r"\b([A-ZÁÉÍÓÚ][a-záéíóúñ]+)\s+(I)()(?=\s+[a-záéíóúñ]|[,;:)]|$)")
# "Carlos V abdicó", "Alfonso X el Sabio": the fifth and the tenth, one letter too, after a name kings and popes bear
# ("Malcolm X", "la Generación X", "Fórmula V" are left).
_RULER_NAMES = ("Carlos", "Felipe", "Fernando", "Alfonso", "Enrique", "Juan", "Pedro", "Jaime", "Luis", "Pío", "Pablo",
                "Gregorio", "Benedicto", "León", "Clemente", "Sancho", "Ramiro", "Jorge", "Eduardo", "Guillermo",
                "Federico", "Gustavo", "Sixto", "Urbano", "Inocencio", "Bonifacio", "Martín", "Alejandro", "Nicolás",
                "Ramsés", "Amenhotep", "Constantino", "Teodosio", "Cristián")
_FIFTH_OR_TENTH = re.compile(rf"\b({'|'.join(_RULER_NAMES)})\s+([VX])()(?=\s+[a-záéíóúñ]|[,;:)]|$)")
# "...; C: 9, R: 3": a draw's complementary number and refund by their letters, as the Primitiva's and the
# Bonoloto's results write them (the voice said "ce" and "erre"); only in a sentence naming a draw, with both.
_DRAW_LETTERS = re.compile(r"(?<![\w.])([CR]): (?=\d{1,2}\b)")
_DRAW_WORDS = ("Primitiva", "Bonoloto", "sorteo", "Sorteo", "combinación ganadora", "Combinación ganadora")
# "1,65 €/l", "3 céntimos/litro": money per a unit, by its symbol or its word.
_PER_UNIT = re.compile(r"(euros?(?: con \d+)?|céntimos?)\s?/\s?"
                       r"(l|hl|kg|m2|m3|ha|h|km|kWh|MWh|litro|kilo|hora|mes|día|semana|ud|t)(?![\w/])")
_SPAN = span_joined_by("a")
# "1/3 de los encuestados": a fraction before "of" ("uno barra tres" before).
_FRACTIONS = fractions_in_words(
    (("medio", "medios"), ("tercio", "tercios"), ("cuarto", "cuartos"), ("quinto", "quintos"), ("sexto", "sextos"),
     ("séptimo", "séptimos"), ("octavo", "octavos"), ("noveno", "novenos"), ("décimo", "décimos")),
    "un", r"\s(?:de|del)\b", ("el", "del", "al"))  # "los 2/3 de": a share; "el 1/2" may be a date
# "1,04 CHF", "US$ 5 millones", "1.050 €": a currency's code (spelled by espeak-ng), or a sign it says in the
# singular whatever the amount ("mil cincuenta euro").
_CURRENCIES = currencies_in_words({
    "CHF": ("franco suizo", "francos suizos"), "USD": ("dólar", "dólares"), "GBP": ("libra", "libras"),
    "US$": ("dólar", "dólares"), "$": ("dólar", "dólares"), "€": ("euro", "euros"), "£": ("libra", "libras"),
}, "millones|millón|mil millones", "de ", thousands="mil")


# Words a numeral counts after even with a capital ("Fase I", "Grupo I"): the number, not a ruler's ordinal.
_NUMBERED = frozenset({"fase", "grupo", "nivel", "tipo", "anexo", "liga", "copa", "división", "categoría", "parte",
                       "título", "capítulo", "tomo", "libro", "acto", "volumen", "siglo", "artículo", "guerra"})


def _first_ruler(match: re.Match[str]) -> str:
    """"Juan Carlos I" -> "Juan Carlos primero", "Fase I" -> "Fase 1"."""
    return f"{match.group(1)} 1" if match.group(1).lower() in _NUMBERED else _RULERS(match)


# "La máxima será de 38º", "42º a la sombra": degrees where the clause speaks of heat before the sign or of
# shade after it.
_HEAT = re.compile(r"(?i:temperatura|máxima|mínima|termómetro|termómetros|grados|calor|frío|ola de)")
_SHADE = re.compile(r"\s(?:a la sombra|de máxima|de mínima)\b")
_DEGREES_IN_HEAT = degrees_where_hot(_HEAT, _SHADE, "grados")


# "el precio del kWh", "por kWh": an energy unit named with no number.
_ENERGY_ALONE = energy_units_alone(_UNITS, r"el|del|al|por|cada|un")


def normalise(text: str, options: ReadingOptions) -> str:
    """The Spanish rules, each only where its sign is (options are the English rules'; none applies here yet)."""
    text = _ENERGY_ALONE(text)
    text = _MOVEMENTS(_SPACED_CLOCK(text))  # before the clock rules; "II. Adagio" before the numerals'
    text = _MONTH_YEAR(text)  # "03/2019": before the dates' and fractions' slashes
    if "C: " in text and "R: " in text and any(word in text for word in _DRAW_WORDS):
        text = _DRAW_LETTERS.sub(lambda m: "complementario: " if m.group(1) == "C" else "reintegro: ", text)
    # the span first: its last day before hours ("mar.-dom. 10-20 h") is no date
    march = "mar." in text
    if march and has_digit(text):  # "el 3 de mar.", "el 9 mar."
        text = _MARCH.sub(lambda m: f"{m.group(1) or m.group(2)} de marzo" + ("." if ends_text(m) else ""), text)
    if among_words(_EVERY_WEEKDAY_LEADS, text):
        text = _EVERY_WEEKDAY(text)
    text = _DAY_HOURS(_WEEKDAY_BEFORE_DAY(_WEEKDAY_SPAN(_EUROS_PER_UNIT(text))))  # "150 €/MWh", "mar. 12", "lun.-vie."
    if march and "mar. " in text:
        text = _TUESDAY_BEFORE_TIME.sub("martes", text)
    if "/" in text:
        text = _DAYS_AND_MONTHS(DAY_MONTH_YEAR.sub(_DATE, _ACT_NUMBER.sub(r"\1\2 de \3", text)))
    if has_dashed_year(text):  # "30-6-2026"
        text = DAY_MONTH_YEAR_DASHED.sub(_DATE, text)
    if "s." in text:
        text = _CENTURY_SHORT.sub("siglo ", text)
    if "I" in text or "V" in text or "X" in text:
        if among_words(_EVENT_WORDS, text):
            text = _ROMAN_BEFORE_EVENT.sub(_event_ordinal, text)
        text = ROMAN_AFTER_WORD.sub(_RULERS, text)
        if " I" in text:
            text = _FIRST_RULER.sub(_first_ruler, text)
        if " V" in text or " X" in text:
            text = _FIFTH_OR_TENTH.sub(_RULERS, text)
        if "siglos " in text:
            text = _SECOND_CENTURY.sub(lambda m: f"{m.group(1)}{roman_value(m.group(2))}" if m.group(2) else
                                       m.group(0), text)
    if "M" in text or "mill." in text:
        text = _MILLIONS_OF_EUROS.sub(
            lambda m: f"{m.group(1)} {'millón' if m.group(1) == '1' else 'millones'} de euros", text)
    if "MP" in text:
        text = _HALF_BOARD.sub(r"\1media pensión", text)
    if "€ p" in text:
        text = _PER_PERSON.sub(lambda m: "por persona" + ("." if ends_text(m) else ""), text)
    if "min. " in text:
        text = _MINUTE_BEFORE.sub("minuto", text)
    if "c/" in text:
        text = _EVERY.sub("cada ", text)
    if "." in text or "º" in text or "c/" in text:
        text = _ABBREVIATION.sub(_abbreviation, text)
        if "hab." in text:
            if "por hab." in text:  # "1.900 € por hab.": a price per inhabitant
                text = _PER_INHABITANT.sub(lambda m: " por habitante" + (
                    "." if ends_text(m) or NEXT_CAPITAL.match(m.string, m.end()) else ""), text)
            text = _HAB.sub(lambda m: m.group(1) + (" habitantes" if "." in m.group(1) else " habitación"
                                                    if m.group(1) == "1" else " habitaciones")
                            + ("." if ends_text(m) else ""), text)
        if "p" in text or "h/sem" in text or "dorm." in text:
            text = _AFTER_NUMBER.sub(_after_a_number, text)
    text = _SAINT(text)
    if " CP" in text:
        text = _PENAL_CODE.sub(r"\1 Código Penal", text)
    if "L-" in text or "L a " in text:
        text = _WEEKDAY_LETTERS.sub(lambda m: f"lunes a {_WEEKDAY_LETTER[m.group(1)]}", text)
    if "l T" in text or "T " in text:  # "en el T3", "del T1", "del 3T"
        text = _QUARTER.sub(lambda m: f"{m.group(1)} {_QUARTERS[int(m.group(2) or m.group(3)) - 1]} trimestre", text)
    if " partes" in text:
        text = _SHARE_OF_PARTS.sub(_share_of_parts, text)
    if " 1/2 " in text:
        text = _WHOLE_AND_HALF.sub(_whole_and_half, text)
    if "/" in text and "," in text:
        text = _MARK_OUT_OF.sub(_mark_out_of, text)
    if "/10" in text:
        text = _WHOLE_MARK.sub(r"\1 sobre 10", text)
    if " a." in text:
        text = _AGE_IN_YEARS.sub(r"\1 años", text)
    if "mmHg" in text:
        text = _BLOOD_PRESSURE.sub(r"\1 sobre \2 milímetros de mercurio", text)
    if "km/h" in text:
        text = KM_PER_HOUR.sub(" kilómetros por hora", text)
    if "€" in text or "euro" in text or "céntimos/" in text:
        # the cents "con" the euros, as Spanish says them
        text = EUROS_WITH_CENTS.sub(_euros, text)
        if "/" in text:  # "1,65 €/l": per a unit, after the cents
            text = _PER_UNIT.sub(lambda m: f"{m.group(1)} por {_PER_UNITS[m.group(2)]}", text)
            if "brutos/" in text or "netos/" in text or "brutos /" in text:
                text = _PAY_PER.sub(r"\1 al \2", text)
    if "h" in text:
        if ".00 a " in text or ".30 a " in text or ".15 a " in text or ".45 a " in text:
            text = _DOTTED_CLOCK_SPAN.sub(lambda m: m.group(1) if m.group(2) == "00" else f"{m.group(1)} y "
                                          f"{int(m.group(2))}", text)
        text = _HOURS_MARK.sub("", _DOTTED_CLOCK.sub(r"\1:\2", text))
        text = _HOURS_GLUED.sub(lambda m: f"{int(m.group(1))} hora{'' if m.group(1) == '1' else 's'}"
                                + (f" y {int(m.group(2))}" if m.group(2) and int(m.group(2)) else ""), text)
        text = _HOURS_APART.sub(lambda m: f"{int(m.group(1))} hora{'' if m.group(1) == '1' else 's'}",
                                _MINUTES_ZERO.sub(r"\1", text))
    if "las " in text and "." in text:
        text = _DOTTED_AFTER_LAS.sub(r"\1:\2", text)
    if "x" in text:
        text = _FOR_ONE.sub(r"\1 por \2", text)
    if ":" in text:
        text = CLOCK_COLON.sub(lambda m: f"{int(m.group(1))} horas" if m.group(2) == "00" else
                               f"{int(m.group(1))} y {int(m.group(2))}", text)  # "21:00", "9:05"
        text = SCORE.sub(r"\1 a \2", text)  # "2:1": a score
    text = _SHARED(text)
    if "-" in text:
        text = _SEASON.sub(season_said, text)
    if "-" in text or "–" in text:
        text = MINUS.sub("menos ", SPAN_DASH.sub(_SPAN, text))  # "10-15", "3-1", "-5 °C"
    if " s" in text:
        text = _GAP_SECONDS(SECONDS_AFTER_MINUTES.sub(r"\1 segundos", DECIMAL_SECONDS.sub(r"\1 segundos", text)))
    if "o" in text:
        text = DEGREES_AS_ORDINAL.sub(_DEGREES_IN_HEAT, text)
    if "izq" in text or "dch" in text or "derecha" in text:
        text = _FLOOR.sub(lambda m: "primero" if m.group(1) == "1" else "tercero", text)
    text = ORDINAL_INDICATOR.sub(_ORDINAL_WITH_INDICATOR, text)  # "2º", "1.ª"
    if "km " in text:
        text = KM_BEFORE.sub(_KM_POSTS, text)
    if "er" in text:
        text = _SHORT_ORDINAL.sub(lambda m: "primer" if m.group(1) == "1" else "tercer", text)  # "1.er puesto"
    if "m2" in text or "m3" in text:
        text = _UNIT_ALONE.sub(lambda m: _UNITS_ALONE[m.group(1)], text)
    if "de " in text and ("$" in text or "€" in text or "£" in text):
        text = _SIGN_AFTER_OF.sub(lambda m: _SIGNS[m.group(1)], text)
    if "CV" in text or "lpm" in text:
        text = _AFTER_NUMBER.sub(lambda m: _AFTER_A_NUMBER[m.group(1)], text)
    if "/100" in text:
        text = _PER_100_KM.sub(lambda m: f" {_CONSUMED[m.group(1)]} a los 100 kilómetros", text)
    if "+" in text:
        text = _STOPPAGE_TIME(text)
    text = _CURRENCIES(_FRACTIONS(_UNITS_AFTER_A_SCALE(_HECTARES(_UNITS_IN_FULL(_SIDES(_RATES(_HALVES(text))))))))
    if "1 sobre" in text:  # after the rates: "1 sobre/día" is "1 sobre al día" by then
        text = _ONE_SACHET.sub(lambda m: "Un sobre" if m.start() == 0 else "un sobre", text)
    return _ONE(text)


def _whole_and_half(match: re.Match[str]) -> str:
    """"2 1/2 horas" -> "2 horas y media": the half after its noun, in the noun's gender."""
    whole, noun = match.groups()
    if noun in _NOT_COUNTED:
        return match.group(0)
    singular = noun[:-2] if noun.endswith("es") and noun[-3] not in "aeiouáéíóú" else noun[:-1]
    return f"{whole} {noun} y {'media' if feminine(singular, 'es') else 'medio'}"


def _mark_out_of(match: re.Match[str]) -> str:
    """"12,45/14" -> "12,45 sobre 14"; a mark over its scale is none and is left."""
    mark, scale = match.groups()
    return f"{mark} sobre {scale}" if float(mark.replace(",", ".")) <= int(scale) else match.group(0)


def _share_of_parts(match: re.Match[str]) -> str:
    """"2/3 partes" -> "2 terceras partes"; a numerator not under its denominator is no share and is left."""
    numerator, denominator = int(match.group(1)), int(match.group(2))
    return f"{numerator} {_PARTS[denominator]} partes" if numerator < denominator else match.group(0)


def _euros(match: re.Match[str]) -> str:
    """"3,50 €" -> "3 euros con 50", the cents "con" the euros; "0,15 €" -> "15 céntimos", an amount under a euro."""
    whole, cents = match.group(1), int(match.group(2))
    if whole == "0" and cents:
        return f"{cents} céntimo{'' if cents == 1 else 's'}"
    return f"{whole} euro{'' if whole == '1' else 's'}" + (f" con {cents}" if cents else "")
