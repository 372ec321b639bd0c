"""Italian: titles and abbreviations, km/h, euros with their cents.

espeak-ng's Italian voice says Italian numbers well; these are what it misread: "sig. Rossi" and "Dott. Verdi" (a
sentence break after the title), "sig.ra" ("sig ra"), "n. 5" (a letter and a break), "ecc." ("ecc"), "p. es."
("pi es"), "5 km/h" ("cappa emme barra acca"), "3,50 €" ("tre virgola cinquanta euro"), "alle 7.45" ("sette punto
quarantacinque"), "21:00", "200 km", "3-1", "3,5 mld", "2ª", "12/03/2024".
"""

from __future__ import annotations

import re

from num2words import num2words

from narrator.speech.normalise.europe import (
    Words,
    hours_after_days,
    month_and_year,
    most_said,
    shared_forms,
    spaced_clock,
)
from narrator.speech.normalise.hectares import hectares
from narrator.speech.normalise.indefinite import AGREEMENTS, counted_one
from narrator.speech.normalise.movements import movements_by_number
from narrator.speech.normalise.options import ReadingOptions
from narrator.speech.normalise.rates import rates, sides
from narrator.speech.normalise.romans import roman_value
from narrator.speech.normalise.saints import italian_saint, saints
from narrator.speech.normalise.seasons import season_said
from narrator.speech.normalise.util import (
    CLOCK_COLON,
    DAY_MONTH_YEAR,
    DAY_MONTH_YEAR_DASHED,
    DECIMAL_SECONDS,
    EUROS_WITH_CENTS,
    KM_BEFORE,
    KM_PER_HOUR,
    ORDINAL_INDICATOR,
    SCORE,
    SECONDS_AFTER_MINUTES,
    SPAN_DASH,
    char_classes,
    currencies_in_words,
    date_in_words,
    days_and_months,
    ends_text,
    energy_units_alone,
    euros_per_unit,
    fractions_in_words,
    halves_of_units,
    has_dashed_year,
    kilometre_posts,
    months_after_a_day,
    ordinal_with_indicator,
    seconds_before_a_gap,
    span_joined_by,
    stoppage_time,
    telephone_numbers,
    units_after_a_scale,
    units_in_full,
    weekdays_before_a_day,
    weekdays_in_a_span,
    written_forms,
)

_ABBREVIATIONS = {
    "sig.": "signor", "Sig.": "Signor", "sig.ra": "signora", "Sig.ra": "Signora", "sig.na": "signorina",
    "Sig.na": "Signorina", "dott.": "dottor", "Dott.": "Dottor", "dott.ssa": "dottoressa", "Dott.ssa": "Dottoressa",
    "prof.": "professor", "Prof.": "Professor", "prof.ssa": "professoressa", "Prof.ssa": "Professoressa",
    "avv.": "avvocato", "Avv.": "Avvocato", "ing.": "ingegner", "Ing.": "Ingegner", "on.": "onorevole",
    "On.": "Onorevole", "ecc.": "eccetera", "p. es.": "per esempio", "ad es.": "ad esempio", "n.": "numero",
    "pag.": "pagina", "pagg.": "pagine", "tel.": "telefono", "Tel.": "Telefono", "c.a.": "corrente anno",
    "d.l.": "decreto legge", "d.lgs.": "decreto legislativo", "art.": "articolo", "artt.": "articoli",
    "Art.": "Articolo",
    "ca.": "circa", "int.": "interno", "Int.": "Interno",  # an address's flat, and its street
    "op.": "opus",  # a work's number ("op. 8"), only before it
    "a.a.": "anno accademico", "A.A.": "Anno accademico",  # a university's year ("l'a.a. 2026/27")
    "s.l.m.": "sul livello del mare",  # a refuge's height ("2.450 m s.l.m.")
    "q.b.": "quanto basta", "q. b.": "quanto basta",  # a recipe's salt
    "C.so": "Corso", "c.so": "corso", "P.za": "Piazza", "p.za": "piazza",
    # history's era ("44 a.C.": espeak-ng said "a ci")
    "a.C.": "avanti Cristo", "a. C.": "avanti Cristo", "d.C.": "dopo Cristo", "d. C.": "dopo Cristo",
    # laws, codes and the gazette they are published in; a train's platform; a price's tax
    "D.Lgs.": "decreto legislativo", "D.lgs.": "decreto legislativo", "D.L.": "decreto legge",
    "G.U.": "Gazzetta Ufficiale", "c.p.": "codice penale", "c.p.p.": "codice di procedura penale",
    "c.c.": "codice civile", "bin.": "binario", "IVA incl.": "IVA inclusa", "incl.": "incluso",
    # listings and job adverts: a surface's commercial metres, a flat's shared costs, a contract's term, weekly hours
    "mq comm.": "mq commerciali", "spese cond.": "spese condominiali", "tempo det.": "tempo determinato",
    "tempo indet.": "tempo indeterminato", "h sett.": "ore settimanali", "ore sett.": "ore settimanali",
    # a court's decision before its number ("sent. n. 1234", "ord. 45/2025")
    "sent.": "sentenza", "ord.": "ordinanza",
}
# After a number only: a table's points, a spread's basis points, a recipe's people ("50 pt", "150 p.b.", "4 pers."),
# the points with their stop too ("51 pt. dopo la 21ª": the stop stays only where the sentence ends).
_AFTER_A_NUMBER = {"pt": "punti", "pti": "punti", "pt.": "punti", "pti.": "punti", "p.b.": "punti base",
                   "pb": "punti base", "pers.": "persone",
                   "h/sett.": "ore a settimana", "h/settimana": "ore a settimana", "gg.": "giorni", "gg": "giorni",
                   "CV": "cavalli", "bpm": "battiti al minuto", "cp": "compresse",  # a leaflet's days and tablets
                   "cpr": "compresse", "gtt": "gocce"}  # and its drops
_AFTER_NUMBER = re.compile(r"(?<=\d )(pti?\.?|p\.b\.|pb|pers\.|h/sett(?:\.|imana)|gg\.?|CV|bpm|cpr?|gtt)(?![\w/])")
_ONE_TABLET = re.compile(r"(?<![\w.,])1 (compress|gocc)e\b")
# "nel 2° trim.": a quarter shortened after its ordinal (by now a word: "secondo trim.").
_QUARTER_SHORT = re.compile(r"\b(primo|secondo|terzo|quarto) trim\.")
# "tra 2 sett.": weeks after "in so many" ("il 2 sett." stays a date: September).
_WEEKS = re.compile(r"\b((?:[Tt]ra|[Ff]ra|[Dd]opo|[Pp]er|[Ee]ntro) \d{1,2}) sett\.")
# "la chiesa di S. Marco", "via S. Stefano", "la S. Messa": a saint after a church's name, a feast's or a street's.
_SAINT = saints("(?:chiesa|parrocchia|basilica|cattedrale|santuario|oratorio|convento|festa|ospedale|piazza|via|corso"
                "|viale|largo)(?: di| dei| della| del)?", italian_saint)
_HOLY_MASS = re.compile(r"(?<![\w.])S\. (?=Messa\b)")
# "stagione 2023/24": a season of two years ("barra" before), said as two numbers.
_SEASON = re.compile(r"((?:19|20)\d\d)/(\d\d)(?![\w/-]|[.,]\d)")  # what stands before it: season_said
# "130/80 mmHg": a blood pressure, the upper "su" the lower.
_BLOOD_PRESSURE = re.compile(r"(?<![\w.,/])(\d{2,3})/(\d{2,3})\s?mmHg\b")
# "aperto h24", "H24", "24h/24": round the clock, as notices write it (the voice said "acca ventiquattro").
_ROUND_THE_CLOCK = re.compile(r"(?<![\w.,/])(?:[hH]24|24 ?h ?/ ?24)(?![\w/]|[.,]\d)")
_MOST = most_said("massimo")  # "max 3 g", "6 persone max." (europe.py)
# "al 45'": the minute written with a prime, said as the ordinal ("al quarantacinquesimo").
# "al 45°+2", "nel 90°+4": stoppage time after the half's last minute written as an ordinal with the degree sign
# ("quarantacinquesimo+2" it was): the ordinal, then "più" the minutes added, where no sum follows.
_DEGREE_STOPPAGE = re.compile(r"(?<![\w.,])(45|90|105|120)°\+(\d{1,2})(?![\d+]|[.,]\d|\w|\s?=)")
_MINUTE_PRIME = re.compile(r"(?:(?<=\bal )|(?<=\bAl ))(\d{1,3})['’′](?:\+(\d{1,2}))?(?![\w'’′])")
# "ogni 15'": minutes after "every" (a timetable's; "al 23'" is a match's minute, an ordinal).
_EVERY_MINUTES = re.compile(r"(?<=\b[Oo]gni )(\d{1,3})['’′](?![\w'’′])")
# "art. 94 Cost.": the constitution after an article's number (espeak-ng said "cost").
_CONSTITUTION = re.compile(r"(?<=\d )Cost\.")
# "Hotel 4*", "albergo 3* superior": a hotel's stars (espeak-ng said nothing for the sign).
_STARS = re.compile(r"\b((?i:hotel|albergo|resort|agriturismo) )([1-5])\*(?![\w*])")
# "5 l/100 km": what a car uses, "ogni 100 chilometri" (espeak-ng said "barra").
_PER_100_KM = re.compile(r"(?<=\d)\s?(l|kWh)\s?/\s?100\s?km\b")
_CONSUMED = {"l": "litri", "kWh": "chilowattora"}
_STOPPAGE_TIME = stoppage_time("più")
_HALVES = halves_of_units({"pensione": "mezza pensione",  # a hotel's half board ("in ½ pensione")
                           "l": "mezzo litro", "kg": "mezzo chilo", "km": "mezzo chilometro", "m": "mezzo metro",
                           "h": "mezz'ora"})
# "un 35enne", "una 40enne": an age written with its ending, said as one word ("trentacinquenne").
_AGED = re.compile(r"(?<![\w.,])(\d{2})enn(e|i)\b")
# A month shortened with its stop after the day ("il 3 ott. 2024"); "mar." may be martedì and is left alone.
_SHORT_MONTHS = {"gen": "gennaio", "feb": "febbraio", "apr": "aprile", "mag": "maggio", "giu": "giugno",
                 "lug": "luglio", "ago": "agosto", "set": "settembre", "sett": "settembre", "ott": "ottobre",
                 "nov": "novembre", "dic": "dicembre", "genn": "gennaio"}
_SHORT_MONTH = months_after_a_day(_SHORT_MONTHS, r"(?<=\d )|(?<=\d° )", words_too=("set",),
                                  capital_ends=True)  # "il 1° gen."
# "a ott.", "entro dic.": a month shortened after a word that leads to one, with no day before it.
_SHORT_MONTH_AFTER_WORD = months_after_a_day(_SHORT_MONTHS, r"(?<=\b[Aa] )|(?<=\b[Aa]d )|(?<=\b[Ee]ntro )"
                                             r"|(?<=\b[Dd]a )|(?<=\b[Ff]ino a )|(?<=\bdi )", words_too=("set",),
                                             capital_ends=True)
_ABBREVIATION = written_forms(_ABBREVIATIONS)
# "la legge n. 190/2012", "il d.l. 34/2020": an act's number and its year, "numero 190 del 2012" (espeak-ng: "barra").
# "il D.P.R. 445/2000": the letters are the voice's to spell.
_ACT_NUMBER = re.compile(r"\b((?:numero|legge|decreto|legislativo|dpr|DPR|D\.P\.R\.|d\.P\.R\.)\s)(\d{1,5})/"
                         r"((?:19|20)\d\d)\b(?![/\d])")
# "la l. 241/1990": the law shortened before its number and year (elsewhere "l." is a litre or an initial).
_LAW_SHORT = re.compile(r"(?<![\w.])[lL]\.\s(?=\d{1,5}/(?:19|20)\d\d\b)")
# "arrestato dai CC": the carabinieri by their letters after an article of the plural (elsewhere "CC" is a copy's or
# a cubic centimetre's).
_CARABINIERI = re.compile(r"\b((?:dai|dei|ai|i|coi|agli|dagli|degli|I) )CC\b(?![\w-])")
# "lun-ven 9-13": a span of weekdays without their stops before the hours, as shop doors write it.
_UNDOTTED_DAYS = re.compile(r"\b(lun|mar|mer|gio|ven|sab|dom)-(lun|mar|mer|gio|ven|sab|dom)(?= \d)")
_CODES = frozenset({"c.p.", "c.c.", "c.p.p."})
_MAY_END = frozenset({"ecc.", "incl.", "IVA incl.", "c.p.", "c.c.", "c.p.p."})  # they end sentences as often
# "int. 5": a flat's number ("interno"); elsewhere "int." is a word's start
_BEFORE_NUMBER_ONLY = frozenset({"n.", "int.", "Int.", "op."})
_NEW_SENTENCE = re.compile(r"\s+[A-ZÀ-Ý]")
_NUMBER_NEXT = re.compile(r"\s?\d")
# "sent. n. 1234", "ord. 45/2025": a decision only before its number, "n." or not ("sent." ends an English quote)
_BEFORE_CITED_NUMBER = frozenset({"sent.", "ord."})
_CITED_NUMBER_NEXT = re.compile(r"\s?(?:n\.\s?)?\d")


_KM_POSTS = kilometre_posts("chilometro", "chilometri", ("i", "ai", "dei"))  # "tra i km 12 e 15"


# "a 38 s dal vincitore", "12 s di vantaggio": a gap's whole seconds before whom or what it is behind or ahead of.
_GAP_SECONDS = seconds_before_a_gap(r"dal(?:la|l['’])?\b|da\b|di\b|su(?:l|lla)?\b", ("secondo", "secondi"))


def _abbreviation(match: re.Match[str]) -> str:
    """The word an abbreviation stands for; "n." only before a number; at the text's end it keeps its stop."""
    written = match.group(0)
    if written in _BEFORE_NUMBER_ONLY and not _NUMBER_NEXT.match(match.string, match.end()):
        return written
    if written in _BEFORE_CITED_NUMBER and not _CITED_NUMBER_NEXT.match(match.string, match.end()):
        return written
    ends = ends_text(match) or (written in _MAY_END and _NEW_SENTENCE.match(match.string, match.end()) is not None)
    said = _ABBREVIATIONS[written]
    if written in _CODES and match.string[max(0, match.start() - 2):match.start()][:1].isdigit():
        said = f"del {said}"  # "art. 640 c.p.": the article "del codice penale"
    return said + ("." if ends else "")


_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
           "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre")

# a month and a year, "03/2019"; a date with a Roman month, "12.XII.1870" (europe.py)
_MONTH_YEAR = month_and_year(_MONTHS, "{month} {year}", "{day} {month} {year}")
_DATE = date_in_words(_MONTHS, "{day} {month} {year}", "primo")
_DAYS_AND_MONTHS = days_and_months("il|lo|dal|al|del|entro il|fino al", "e", _MONTHS, "{day} {month}", "primo",
                                   ("il", "dal", "al", "del", "entro il", "fino al"))


# "Carlo V", "Pio X", "Umberto I", "Paolo VI": the first, the fifth, the sixth and the tenth after a name kings and
# popes bear (espeak-ng said "vu", "ics", "i", "vi"; the other numerals it says as ordinals itself: "Vittorio Emanuele
# II"). "Malcolm X" is left, and so is a plural article before its plural noun after a name ("Carlo I ragazzi").
_RULER_NAMES = ("Carlo", "Luigi", "Enrico", "Filippo", "Giovanni", "Pio", "Leone", "Gregorio", "Clemente", "Paolo",
                "Benedetto", "Edoardo", "Guglielmo", "Federico", "Ferdinando", "Alfonso", "Pietro", "Sisto", "Urbano",
                "Innocenzo", "Bonifacio", "Niccolò", "Alessandro", "Ramses", "Costantino", "Giorgio", "Gustavo",
                "Umberto", "Napoleone", "Francesco", "Ottone", "Leopoldo", "Giacomo", "Riccardo", "Massimiliano")
# "XV secolo", "nella V legislatura", "la XX edizione": a Roman numeral before a noun that counts in them, said as its
# ordinal in the noun's gender ("quindicesimo", "quinta"); "sec. XIX" is the century after its shortened word, "XVI
# sec." before it. A lone "I" is the plural article ("I secoli bui"), and is left.
_ROMAN_BEFORE_NOUN = re.compile(r"\b([IVXLC]{2,7}|[VXL]) ((?:secol[oi]|millennio|legislatura|legislature|edizione|"
                                r"congresso|municipio|giornata|dinastia|circoscrizione|Repubblica|Reich|Mostra|mostra|"
                                r"Festival|festival|convegno|rapporto|Giro|Sinodo|sinodo|Concilio|concilio)\b|sec\.)")
# "costruita nel XVI secolo e ampliata nel XVIII": a century's numeral after "nel", "dal", "al" or "del" where the
# sentence has named a century (by now "sedicesimo secolo"), its ordinal too.
_CENTURY_AGAIN = re.compile(r"(?<![\w'’])(nel|dal|al|del) ((?=[XVI])X{0,2}(?:IX|IV|V?I{0,3}))(?![\w'’])")
_CENTURY_AFTER = re.compile(r"\bsec\. ((?=[CLXVI])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\b")
_VALID_ROMAN = re.compile(r"C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_FEMININE_COUNTED = frozenset({"legislatura", "legislature", "edizione", "giornata", "dinastia", "circoscrizione",
                               "Repubblica", "Mostra", "mostra"})
# "km 45.000": an advert's mileage, in thousands after the kilometres' symbol (a road's post "al km 45" is one).
_MILEAGE = re.compile(r"(?<![\w.,])([Kk])m(?= \d{1,3}(?:\.\d{3})+(?!\d|,\d))")  # "Km 98.000" opening a line
# "1/2 bicchiere", "1/2 cipolla": half before a noun, "mezzo" or "mezza" by the noun's ending ("un mezzo" before).
_HALF_BEFORE = re.compile(r"(?<![\w.,/])1/2 (?=([a-zà-ù]{3,})\b)")
# "3½ ore", "2 1/2 chili": a whole and a half before its noun, "3 ore e mezzo" as Italian says it ("3 mezzo ore"
# before: the half alone took the half's rule).
_WHOLE_AND_HALF = re.compile(r"(?<![\w.,/])(\d{1,2}) 1/2 ([a-zà-ù]{3,})\b(?!['’])")
_NO_NOUN = frozenset({"dei", "del", "della", "delle", "degli", "dello", "per", "con", "tra", "fra", "circa"})
# "Analisi I", "Fisica II": a university course's part after its subject, said as the number it is ("Analisi uno";
# a ruler's "Vittorio Emanuele II" is the voice's "secondo"). The subjects as data.
_COURSE_PART = re.compile(r"\b(Analisi|Fisica|Chimica|Geometria|Matematica|Algebra|Statistica|Informatica|Economia"
                          r"|Meccanica|Biologia|Anatomia|Fisiologia|Biochimica|Elettrotecnica|Elettronica|Termodinamica"
                          r"|Microeconomia|Macroeconomia|Ragioneria|Contabilità) (I{1,3})\b(?![\w'’.])")
_COURSE_NUMBERS = {"I": "uno", "II": "due", "III": "tre"}
# "IVA": the tax is said as a word ("iva"); the voice spelled the capitals ("i vu a").
_VAT = re.compile(r"\bIVA\b")
_FIFTH_OR_TENTH = re.compile(rf"\b({'|'.join(_RULER_NAMES)})\s+([VX]|VI|I(?!\s+[a-zà-ù]{{3,}}i\b))"
                             r"(?=\s+[a-zà-ù]|[,;:)]|$)")
_RULERS_ORDINALS = {"I": "primo", "V": "quinto", "VI": "sesto", "X": "decimo"}


# Units after a number, said in full (espeak-ng spelled most: "200 km" was "ka eme", "3 m" a letter).
_UNITS = {
    "UI": ("unità internazionale", "unità internazionali"),  # a dose ("25.000 UI di vitamina D")
    "min": ("minuto", "minuti"),
    "kn": ("nodo", "nodi"),  # a wind's or a boat's speed ("raffiche fino a 35 kn")
    "km": ("chilometro", "chilometri"), "m": ("metro", "metri"), "cm": ("centimetro", "centimetri"),
    "mm": ("millimetro", "millimetri"), "kg": ("chilo", "chili"), "g": ("grammo", "grammi"),
    "mg": ("milligrammo", "milligrammi"), "l": ("litro", "litri"), "ml": ("millilitro", "millilitri"),
    "cl": ("centilitro", "centilitri"),  # a bottle's ("75 cl")
    "hl": ("ettolitro", "ettolitri"),  # a harvest's wine or oil ("45 milioni di hl")
    "ha": ("ettaro", "ettari"), "t": ("tonnellata", "tonnellate"),
    "km2": ("chilometro quadrato", "chilometri quadrati"),
    "m2": ("metro quadrato", "metri quadrati"), "m3": ("metro cubo", "metri cubi"),
    # an air or a water test's micrograms ("50 µg/m³": tidy has made the micro sign a mu, the cube a digit)
    "μg/m3": ("microgrammo per metro cubo", "microgrammi per metro cubo"), "μg": ("microgrammo", "microgrammi"),
    # a river's flow, a particle's size, a label's energy, a camera's sensor ("9.000 m³/s", "2,5 µm", "380 kcal",
    # "26 MP"; the voice said "m tre barra s", "mu m", the letters)
    "m3/s": ("metro cubo al secondo", "metri cubi al secondo"), "μm": ("micrometro", "micrometri"),
    "kcal": ("chilocaloria", "chilocalorie"), "MP": ("megapixel", "megapixel"), "Mpx": ("megapixel", "megapixel"),
    "min.": ("minuto", "minuti"),  # its stop goes with it ("60 min. sulla linea")
    "kWh": ("chilowattora", "chilowattora"), "kW": ("chilowatt", "chilowatt"), "MW": ("megawatt", "megawatt"),
    "GW": ("gigawatt", "gigawatt"), "°C": ("grado", "gradi"), "mq": ("metro quadrato", "metri quadrati"),
    # a device's and a grid's: memory, frequency, power, charge, energy, bandwidth
    "GB": ("gigabyte", "gigabyte"), "MB": ("megabyte", "megabyte"), "TB": ("terabyte", "terabyte"),
    "GHz": ("gigahertz", "gigahertz"), "MHz": ("megahertz", "megahertz"), "Hz": ("hertz", "hertz"),
    "W": ("watt", "watt"), "mAh": ("milliampereora", "milliampereora"), "Wh": ("wattora", "wattora"),
    "MWh": ("megawattora", "megawattora"), "GWh": ("gigawattora", "gigawattora"), "TWh": ("terawattora", "terawattora"),
    "Mbit/s": ("megabit al secondo", "megabit al secondo"), "Gbit/s": ("gigabit al secondo", "gigabit al secondo"),
    "Mbps": ("megabit al secondo", "megabit al secondo"), "Gbps": ("gigabit al secondo", "gigabit al secondo"),
    # as the German and French tables have them: a probe's or a wind's speed, a storm's rain, a solar plant's peak
    # power, a line's and a disk's rates (the voice spelled them)
    "km/s": ("chilometro al secondo", "chilometri al secondo"), "m/s": ("metro al secondo", "metri al secondo"),
    "l/m2": ("litro per metro quadrato", "litri per metro quadrato"),
    # a mass spread over a square metre (a lawn's seed, a paper's weight: "30 g/m²"), a film's frames a second
    "g/m2": ("grammo per metro quadrato", "grammi per metro quadrato"),
    "kg/m2": ("chilo per metro quadrato", "chili per metro quadrato"),
    "fps": ("fotogramma al secondo", "fotogrammi al secondo"),
    "kWp": ("chilowatt di picco", "chilowatt di picco"), "MWp": ("megawatt di picco", "megawatt di picco"),
    "Mb/s": ("megabit al secondo", "megabit al secondo"), "MB/s": ("megabyte al secondo", "megabyte al secondo"),
}
# A unit after a decimal is plural, below one too ("0,5 litri"): only one itself is singular.
_UNITS_IN_FULL = units_in_full({symbol: names for symbol, names in _UNITS.items() if symbol != "ha"}, singular_below=0)
# "25 ha di vigneto", but "il 2024 ha visto": the verb after a year ("duemilaventiquattro ettari visto" before).
_HECTARES = hectares("ettaro", "ettari", r"un[ao]?|il|la|lo|le|gli|i|l['’]|già|anche|sempre|ancora|mai|appena|più"
                     r"|bisogno|ragione|torto")
# "6 t/ha", "90 q/ha": a yield per hectare; "3x4 m": a surface's sides.
_RATES = rates({**_UNITS, "q": ("quintale", "quintali")},
               {"ha": "per ettaro", "kWh": "per chilowattora", "MWh": "per megawattora", "dl": "per decilitro",
                "dL": "per decilitro", "l": "per litro",
                "km": "per chilometro",
                # a leaflet's dose ("3 compresse/giorno", the Latin "1 compressa/die"), a week's days
                # ("6 giorni/settimana")
                "giorno": "al giorno", "die": "al giorno", "settimana": "a settimana"},
               singular_below=0)  # "10,2 g/dl": a blood test's
_SIDES = sides("per", "metr[io]|centimetr[io]|millimetr[io]|chilometr[io]")
_ORDINAL_WITH_INDICATOR = ordinal_with_indicator("it")
_SPAN = span_joined_by("a")
# A race's gap ("1'40''"), a week's hours ("40 h settimanali"), "1,2 ‰", a salary's span ("30.000-35.000 €"), a job
# advert's two genders ("cameriere/a") and an exam's mark out of thirty or a degree's out of a hundred and ten
# ("28/30", "110/110"): see europe.py.
_SHARED = shared_forms(Words(("minuto", "minuti"), ("secondo", "secondi"), "ore", "per mille", " e ", to="a",
                             either="o", scales="10|30|100|110", over="su", plus="più", thousandths=" e {} millesimi",
                             a_week="a settimana", per_litre="euro al litro", hour=("ora", "ore"),
                             by_volume="% volume", power="alla {}|meno", and_a_half="{} e mezzo", minutes_alone=True,
                             one="un", degrees=("grado", "gradi"), both_prices="e", low_to_high="a",
                             abstained=("ast", "astenuto", "astenuti")))
_SPACED_CLOCK = spaced_clock("alle|dalle|ore|le|Alle|Dalle|Ore", "h")
_MOVEMENTS = movements_by_number("it")  # a programme's "II. Adagio"
_ONE = counted_one(AGREEMENTS["it"])  # "1 botella" -> "una botella" (indefinite.py)


# "alle 7.45", "dalle 9.30": Italian writes the clock with a stop; after a word that leads to a time it is one.
_DOTTED_CLOCK = re.compile(
    r"\b((?:alle|dalle|delle|le|ore|entro le|verso le|fino alle)\s)([01]?\d|2[0-4])\.([0-5]\d)(?!\d|[.,]\d)")
# "ha preso 6+, in greco 7-": a school mark with its sign before a pause, said "più" and "meno" (the voice said
# nothing for either), in a sentence about marks only (elsewhere "3-" and "6+" are a score's or an age's).
_MARK_SIGN = re.compile(r"(?<![\w.,+-])(10|[1-9])([+-])(?=[\s,.;)]|$)")
_ABOUT_MARKS = ("voto", "voti", "Voto", "Voti", "compit", "Compit", "interrogazion", "verific", "pagell", "scrutin")
# "3,5 mld di euro", "200 mln", "1,5 mln, 82 mila": the scales as budgets abbreviate them, before a pause too.
_SCALE = re.compile(r"(?<=\d)\s?(mld|mln)(\.?)(?=[\s,;:)]|$)")
_SCALES = {"mld": "miliardi", "mln": "milioni"}
_SCALE_OF_EUROS = re.compile(r"(?:(?<=miliardi)|(?<=milioni))\s?€(?![\w/])")  # "100 mld €": "di euro"
# "€ 35 mila": thousands by their word after the sign, the euro said after them with no "di" ("35 euro mila" before;
# "35 mila €" the voice says right, as it says "35 €").
_THOUSANDS_OF_EUROS = re.compile(r"(?<![\w$])€\s?(\d{1,3}(?:,\d+)?) mila\b")
# "€ 1.200", "€ 2,50", "€ 1,5 milioni": the euro sign before the amount, as Italian prices and salaries are often
# written (the voice said "euro" first, then the number, or nothing for the sign); said after it, as "25 €" is. A
# price with more decimals ("€ 0,152") and a rate ("€ 5/kg") are left to their rules; a span of thousands, which the
# shared rules have read by then, gives its first amount the word ("€ 28.000-32.000": "28.000 euro a 32.000").
_EUROS_BEFORE_A_SCALE = re.compile(r"(?<![\w$])€\s?(\d{1,3}(?:,\d+)?) (milioni|miliardi)\b")
_EUROS_BEFORE = re.compile(r"(?<![\w$])€\s?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{2}))?(?![.,]?\d|\s?[-–/])")
# "il 1° maggio", "al 2° turno", "nel 125° anniversario": the degree sign written for the ordinal's (espeak-ng said
# "gradi") after an article or before a month; "fino a 38°" keeps its degrees.
_DEGREE_ORDINAL = re.compile(
    r"(?:(?<=\b[Ii]l )|(?<=\b[Aa]l )|(?<=\bdel )|(?<=\bdal )|(?<=\b[Nn]el )|(?<=\bsul )|(?<=\bcol )|(?<=\b[Ll]o )"
    r"|(?<=\ballo )|(?<=\bdello )|(?<=\bnello )|(?<=\bsullo ))(\d{1,3})°(?![CF]\b|\s?[CF]\b)"
    r"|(?<![\w.,])(\d{1,2})°(?=\s(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre"
    r"|novembre|dicembre"
    # or before a masculine noun an ordinal counts ("2° piano", "3° posto": a floor, a place; "38° all'ombra" is heat)
    r"|piano|posto|anno|livello|turno|mandato|giorno|secolo|premio|tempo|gol|comma|capitolo|volume|classificato"
    r"|figlio|round|set|giro"
    # or a place in a standing ("è 3° nella generale", "5° in classifica", "9° con 40 punti", "4° a 2 punti dalla
    # vetta"): a table's rank, never heat
    # ("2° a quota 70": a table's points; "a quota 900 m" is a height)
    r"|nella\s(?:classifica|generale)|in\sclassifica|(?:con|a)\s\d{1,3}\spunti"
    r"|a\squota\s\d{1,2}(?![\d,.]?\d|\s?m\b|\s?metri\b))\b)")
# "La squadra è 7° in classifica", "La Lazio resta 9° con 40 punti": a standing's rank after "essere" (or "restare",
# "rimanere") whose sentence opens with a feminine article takes the feminine ending ("settima"; "settimo" it was, as
# after "Il Milan è"). A relative clause whose "che" is its subject, set apart by commas or not, leaves the subject
# as it is ("La squadra che ha vinto ieri è 4°", "La Lazio, che ha una partita in meno, è 6°": "quarta", "sesta");
# a "che" before an article or a name, or after a verb, brings another subject ("La Roma sa che il Napoli è 3°", "La
# notizia è che Lukaku è 2°"), and the masculine stays.
_SUBJECT_PART = r"(?:(?! che )[^,;:.!?])"
_FEMININE_SUBJECT = re.compile(
    rf"(?:La|Una) {_SUBJECT_PART}{{1,60}}"
    r"(?:(?<! è)(?<! era)(?<! sarà),? che (?!(?:il|lo|la|i|gli|le|un|uno|una) |l['’]|[A-ZÀ-Ý])"
    rf"{_SUBJECT_PART}{{1,60}},?)?"
    r" (?:è|era|sarà|resta|rimane) $")
# "arrivato 3° al traguardo", "si è classificata 5°": a place in a race after the verb that gives it (espeak-ng said
# "tre gradi"); the ending follows the verb's ("classificata" -> "quinta"). "salita a 38°" keeps its degrees.
_RANK_DEGREE = re.compile(
    r"\b((?:arrivat|classificat|piazzat|giunt|qualificat)([oaie])\s)(\d{1,3})°(?![CF]\b|\s?[CF]\b)")
# "chiude 2° a 3,2 s": a place after the present of a verb that gives it, said as the masculine ordinal; the verb may
# open the sentence ("Chiude 5° ...").
_RANK_AFTER_VERB = re.compile(r"\b((?:[Cc]hiude|[Tt]ermina|[Ff]inisce|[Aa]rriva|[Cc]onclude|[Gg]iunge)\s)(\d{1,2})°"
                              r"(?![CF]\b|\s?[CF]\b)")
# "in 2 h 08 min", "24 h su 24": hours with their "h" apart (espeak-ng said "acca"), and a minute's zero ("zero otto").
# "un 5+1 da 620 mila euro", "la laurea 3+2", "un contratto 4+4": one digit and another glued by a plus, a lottery's
# prize tier, a degree's years, a lease's terms, said "più" (the voice stressed it as no Italian does). A number of more
# digits on either side ("12+1", a telephone's "+39") is left.
_GLUED_PLUS = re.compile(r"(?<![\w.,+])(\d)\+(\d)(?![\w.,+])")
_HOURS_APART = re.compile(r"(?<![\w.,:])([01]?\d|2[0-4]) h\b(?![/.]\w)")
# "L'aliscafo impiega 1h15", "dura 2h30": hours and minutes glued to the hours' "h", how long a crossing or a film
# takes ("un'ora e 15"; the voice said "uno acca quindici"), as the Spanish and Portuguese rules read it. Italian writes
# a clock's time with a stop or a colon: after "alle", "dalle" or "ore" it is left; a race's primes are _SHARED's.
_HOURS_GLUED = re.compile(r"(?<![\w.,:'’])(?<!\balle )(?<!\bdalle )(?<!\bore )([1-9]|1\d)h([0-5]\d)(?![\w'’\"]|[.,]\d)")
_MINUTES_ZERO = re.compile(r"(?<![\w.,:])0(\d)(?=\s?min\b)")
# A mobile number ("333 1234567", "347 123 4567"): led by 3, with no 0 to tell it; Italian groups thousands with stops,
# so digits in these groups are no count ("trecentotrentatré un milione ..." before).
_MOBILE = re.compile(r"(?<![\w.,+/-])3\d\d ?(?:\d{6,7}|\d{3} \d{3,4})(?![\w/-]|[.,]\d| \d)")
_TELEPHONE = telephone_numbers("più", r"\(0\d{1,4}\)")  # "06 1234 5678": "milleduecentotrentaquattro" before
# "2/3 degli elettori": a fraction before "of" ("due barra tre" before).
_FRACTIONS = fractions_in_words(
    (("mezzo", "mezzi"), ("terzo", "terzi"), ("quarto", "quarti"), ("quinto", "quinti"), ("sesto", "sesti"),
     ("settimo", "settimi"), ("ottavo", "ottavi"), ("nono", "noni"), ("decimo", "decimi")),
    "un", r"\s(?:di|dei|degli|delle|del|dello|della|d['’])", ("il", "lo", "dal", "al", "del"))
# "1,04 CHF", "200 USD": a currency's code, which espeak-ng spelled.
# "82,10 $": the dollar's sign after the amount, unsaid by the voice.
_CURRENCIES = currencies_in_words({"CHF": ("franco svizzero", "franchi svizzeri"), "USD": ("dollaro", "dollari"),
                                   "GBP": ("sterlina", "sterline"), "US$": ("dollaro", "dollari"),
                                   "$": ("dollaro", "dollari")}, "milioni|miliardi", "di ")
# "1,95 €/l": a price per unit.
_PER_UNIT = re.compile(r"(?:(?<=euro)|(?<=centesimi)|(?<=centesimo))( e \d+)?"
                       r"\s?/\s?(l|hl|kg|m2|m3|mq|ha|h|km|kWh|MWh|mese|anno|giorno|persona|q|t)(?!\w)")
# A grain's price per quintal, a wine's per hectolitre, a lease's per hectare, water's per cubic metre ("24 €/q").
_PER_UNITS = {"t": "alla tonnellata", "q": "al quintale", "hl": "all'ettolitro", "ha": "all'ettaro",
              "m3": "al metro cubo",
              "l": "al litro", "kg": "al chilo", "m2": "al metro quadrato", "mq": "al metro quadro", "h": "all'ora",
              "km": "al chilometro", "kWh": "al chilowattora", "mese": "al mese", "anno": "all'anno",
              "giorno": "al giorno", "persona": "a persona", "MWh": "al megawattora",
              "notte": "a notte",  # a hotel's night
              "ab.": "per abitante"}  # a budget's or a debt's per inhabitant ("120 €/ab.")
_EUROS_PER_UNIT = euros_per_unit(_PER_UNITS, "{amount} euro {unit}")
_WEEKDAY_NAMES = {"lun": "lunedì", "mar": "martedì", "mer": "mercoledì", "gio": "giovedì", "ven": "venerdì",
                  "sab": "sabato", "dom": "domenica"}
# After an ordinal of the month too ("la prima dom. del mese", "l'ultimo ven.").
_WEEKDAY_BEFORE_DAY = weekdays_before_a_day(_WEEKDAY_NAMES, ("il", "al", "dal", "del", "di", "ogni", "prima", "primo",
                                                            "ultima", "ultimo"))
_WEEKDAY_SPAN = weekdays_in_a_span(_WEEKDAY_NAMES, "a", "da")  # "dal lun. al ven.", "lun.-ven."
# "fasce garantite 6-9": a strike's guaranteed bands, their word between ("fasce d'età 6-9" are ages: no such word).
_DAY_HOURS = hours_after_days((*_WEEKDAY_NAMES.values(), "fascia", "fasce", "orario"), "dalle {a} alle {b}", "e",
                              "garantit[ae]|protett[ae]|di garanzia|continuato|mattina|pomeriggio|sera|orari[ae]",
                              minutes=True)  # "mar.-dom. 8.15-18.30"
# "il 3 mar. 2026", "entro il 15 di mar.": "mar." after a day of the month is March's (before a day it is martedì's,
# "mar. 12"; after "di" alone it is either, "cade di mar.", and is left).
_MARCH = re.compile(r"\b([1-9]|[12]\d|3[01])( di)? mar\.(?![\w-]|\s?\d{1,2}\b)")
# "dom. mattina", "sab. sera": a weekday shortened before a part of the day, with no number (espeak-ng said "dom").
_WEEKDAY_BEFORE_PART = re.compile(r"(?<![\w.])(lun|mar|mer|gio|ven|sab|dom)\.(?= (?:mattina|pomeriggio|sera|notte)\b)")
# "mer. alle ore 16", "ven. dalle 9", "lun. chiuso": one before a time or its closing, read after the spans ("mar. e
# gio. dalle 10" is theirs); "mar." after a day's number is March's, _MARCH's.
_WEEKDAY_BEFORE_TIME = re.compile(r"(?<![\w.])(?<!\d )(?<!\d di )(lun|mar|mer|gio|ven|sab|dom)\."
                                  r"(?= (?:alle|dalle|ore|chius[aoie])\b)")
# "23 mld di km" (by now "23 miliardi di km"): a unit after a scale word, which units_in_full does not reach.
_UNITS_AFTER_A_SCALE = units_after_a_scale(_UNITS, ("mila", "milioni", "miliardi"), "di ")
# "il prezzo al m²", "per m³": a unit after a word that leads to it, with no number before it ("emme due").
_UNIT_ALONE = re.compile(r"(?:(?<=\bal )|(?<=\bil )|(?<=\bper )|(?<=\bogni )|(?<=\bdel ))(m2|mq|m3|km2)\b")
_UNITS_ALONE = {"m2": "metro quadrato", "mq": "metro quadrato", "m3": "metro cubo", "km2": "chilometro quadrato"}


# "il prezzo del kWh", "per kWh": an energy unit named with no number.
_ENERGY_ALONE = energy_units_alone(_UNITS, r"il|del|al|per|ogni|un")


def _hours_glued(match: re.Match[str]) -> str:
    """"1h15" -> "un'ora e 15", "2h00" -> "2 ore"."""
    hours, minutes = match.group(1), int(match.group(2))
    said = "un'ora" if hours == "1" else f"{hours} ore"
    return said + (f" e {minutes}" if minutes else "")


def normalise(text: str, options: ReadingOptions) -> str:
    """The Italian rules, each only where its sign is (options are the English rules'; none applies here yet)."""
    text = _ENERGY_ALONE(text)
    text = _MOVEMENTS(_SPACED_CLOCK(text))  # before the clock rules; "II. Adagio" before the numerals'
    text = _MONTH_YEAR(text)  # "03/2019": before the dates' and fractions' slashes
    if ("+" in text or "-" in text) and any(word in text for word in _ABOUT_MARKS):
        text = _MARK_SIGN.sub(lambda m: f"{m.group(1)} {'più' if m.group(2) == '+' else 'meno'}", text)
    if "sett." in text:  # before the months: after "tra" it is weeks
        text = _WEEKS.sub(lambda m: f"{m.group(1)} settiman{'a' if m.group(1).endswith(' 1') else 'e'}"
                          + ("." if ends_text(m) else ""), text)
    text = _SHORT_MONTH(text)
    if " I" in text:
        text = _COURSE_PART.sub(lambda m: f"{m.group(1)} {_COURSE_NUMBERS[m.group(2)]}", text)
    if " V" in text or " X" in text or " I" in text:
        text = _FIFTH_OR_TENTH.sub(lambda m: f"{m.group(1)} {_RULERS_ORDINALS[m.group(2)]}", text)
    if "I " in text or "V " in text or "X " in text or "L " in text or "sec." in text:
        text = _ROMAN_BEFORE_NOUN.sub(_roman_before_noun, text)
        if "sec." in text:
            text = _CENTURY_AFTER.sub(lambda m: f"{_roman_ordinal(m.group(1), 'secolo')} secolo", text)
        if "secolo" in text:
            text = _CENTURY_AGAIN.sub(lambda m: f"{m.group(1)} {_roman_ordinal(m.group(2), 'secolo')}"
                                      if len(m.group(2)) > 1 else m.group(0), text)
    if " s" in text:  # "in 10,2 s", "1 h 59 min 40 s": seconds (espeak-ng said the letter)
        text = _GAP_SECONDS(SECONDS_AFTER_MINUTES.sub(r"\1 secondi", DECIMAL_SECONDS.sub(r"\1 secondi", text)))
    # the span first: its last day before hours ("mar.-dom. 10-20 h") is no date
    if "-" in text:
        text = _UNDOTTED_DAYS.sub(lambda m: f"da {_WEEKDAY_NAMES[m.group(1)]} a {_WEEKDAY_NAMES[m.group(2)]}", text)
    if "." in text and ("mattina" in text or "sera" in text or "pomeriggio" in text or "notte" in text):
        text = _WEEKDAY_BEFORE_PART.sub(lambda m: _WEEKDAY_NAMES[m.group(1)], text)
    if " mar." in text:
        text = _MARCH.sub(lambda m: f"{m.group(1)}{m.group(2) or ''} marzo" + ("." if ends_text(m) else ""), text)
    text = _DAY_HOURS(_WEEKDAY_BEFORE_DAY(_WEEKDAY_SPAN(_EUROS_PER_UNIT(text))))  # "150 €/MWh", "mar. 12", "lun.-ven."
    if ". alle" in text or ". dalle" in text or ". ore" in text or ". chius" in text:
        text = _WEEKDAY_BEFORE_TIME.sub(lambda m: _WEEKDAY_NAMES[m.group(1)], text)
    if " CC" in text:
        text = _CARABINIERI.sub(r"\1carabinieri", text)
    if "24" in text:
        text = _ROUND_THE_CLOCK.sub("24 ore su 24", text)
    if "/" in text:
        text = _SEASON.sub(season_said, text)
        text = _DAYS_AND_MONTHS(DAY_MONTH_YEAR.sub(_DATE, text))
    if has_dashed_year(text):  # "30-6-2026"
        text = DAY_MONTH_YEAR_DASHED.sub(_DATE, text)
    if "S. " in text:
        text = _SAINT(_HOLY_MASS.sub("Santa ", text))
    if "." in text:
        text = _ABBREVIATION.sub(_abbreviation, text)
        if any(f"{short}." in text for short in _SHORT_MONTHS):
            text = _SHORT_MONTH_AFTER_WORD(text)
    if "/" in text:
        text = _ACT_NUMBER.sub(r"\1\2 del \3", _LAW_SHORT.sub("legge ", text))
    if "." in text:
        text = _DOTTED_CLOCK.sub(lambda m: f"{m.group(1)}{int(m.group(2))}" + (
            f" e {int(m.group(3))}" if int(m.group(3)) else ""), text)
    if "mld" in text or "mln" in text:
        text = _SCALE.sub(_scale, text)
        text = _SCALE_OF_EUROS.sub(" di euro", text)
    if "°" in text:
        if "°+" in text:
            text = _DEGREE_STOPPAGE.sub(lambda m: f"{num2words(int(m.group(1)), lang='it', to='ordinal')} più "
                                        f"{m.group(2)}", text)
        text = _RANK_DEGREE.sub(_rank_degree, _DEGREE_ORDINAL.sub(_degree_ordinal, text))
        text = _RANK_AFTER_VERB.sub(lambda m: m.group(1) + str(num2words(int(m.group(2)), lang="it", to="ordinal")),
                                    text)
    if "+" in text:
        text = _GLUED_PLUS.sub(r"\1 più \2", text)
    text = _SHARED(text)
    if "0a00" in char_classes(text):  # a digit glued before "h" and two digits (its first look)
        text = _HOURS_GLUED.sub(_hours_glued, text)
    if " h" in text:
        text = _HOURS_APART.sub(lambda m: f"{int(m.group(1))} or{'a' if m.group(1) == '1' else 'e'}",
                                _MINUTES_ZERO.sub(r"\1", text))
    if "km/h" in text:
        text = KM_PER_HOUR.sub(" chilometri orari", text)
    if "€" in text or "euro" in text:
        if "mila" in text:
            text = _THOUSANDS_OF_EUROS.sub(r"\1 mila euro", text)
        if "€ " in text or "€1" in text or "€2" in text or "€3" in text or "€4" in text or "€5" in text or (
                "€6" in text or "€7" in text or "€8" in text or "€9" in text or "€0" in text):
            text = _EUROS_BEFORE.sub(_euros_before, _EUROS_BEFORE_A_SCALE.sub(r"\1 \2 di euro", text))
        # "tre euro e cinquanta"
        text = EUROS_WITH_CENTS.sub(_euros, text)
        if "/" in text:
            text = _PER_UNIT.sub(lambda m: f"{m.group(1) or ''} {_PER_UNITS[m.group(2)]}", text)
    if ":" in text:
        text = CLOCK_COLON.sub(lambda m: str(int(m.group(1))) if m.group(2) == "00" else
                               f"{int(m.group(1))} e {int(m.group(2))}", text)  # "alle 21:00", "9:05"
        text = SCORE.sub(r"\1 a \2", text)  # "2:1": a score
    text = _TELEPHONE(text)  # before the spans: "06-1234-5678" is no span
    if "3" in text:
        text = _MOBILE.sub(lambda m: " ".join(ch for ch in m.group(0) if ch.isdigit()), text)
    if "-" in text or "–" in text:
        text = SPAN_DASH.sub(_span, text)  # "10-15", "3-1"
    text = ORDINAL_INDICATOR.sub(_ORDINAL_WITH_INDICATOR, text)  # "2º", "1.ª"
    if "km " in text or "Km " in text:
        text = KM_BEFORE.sub(_KM_POSTS, _MILEAGE.sub(lambda m: "Chilometri" if m.group(1) == "K" else "chilometri",
                                                       text))
    if "m2" in text or "m3" in text or "mq" in text:
        text = _UNIT_ALONE.sub(lambda m: _UNITS_ALONE[m.group(1)], text)
    if "'" in text or "’" in text or "′" in text:  # before the stoppage time: "al 90'+2" is "novantesimo più 2"
        text = _MINUTE_PRIME.sub(lambda m: str(num2words(int(m.group(1)), lang="it", to="ordinal"))
                                 + (f" più {m.group(2)}" if m.group(2) else ""), text)
        if "gni " in text:
            text = _EVERY_MINUTES.sub(lambda m: f"{m.group(1)} minut{'o' if m.group(1) == '1' else 'i'}", text)
    if "+" in text:
        text = _STOPPAGE_TIME(text)
    if "Cost." in text:
        text = _CONSTITUTION.sub(lambda m: "della Costituzione" + ("." if ends_text(m) else ""), text)
    if "*" in text:
        text = _STARS.sub(lambda m: f"{m.group(1)}{m.group(2)} stell{'a' if m.group(2) == '1' else 'e'}", text)
    text = _MOST(text)
    if "/100" in text:
        text = _PER_100_KM.sub(lambda m: f" {_CONSUMED[m.group(1)]} ogni 100 chilometri", text)
    if "p" in text or "/sett" in text or "gg" in text or "CV" in text or "gtt" in text:  # "pt", "bpm", "cp"
        # the stop stays where the sentence ends: the text's, or before a capital ("60 pt. La Juve")
        text = _AFTER_NUMBER.sub(lambda m: _AFTER_A_NUMBER[m.group(1)] + ("." if m.group(1)[-1] == "." and (
            ends_text(m) or _NEW_SENTENCE.match(m.string, m.end())) else ""), text)
    if "enn" in text:
        text = _AGED.sub(_aged, text)
    if "mmHg" in text:
        text = _BLOOD_PRESSURE.sub(r"\1 su \2 millimetri di mercurio", text)
    if " trim." in text:
        text = _QUARTER_SHORT.sub(lambda m: f"{m.group(1)} trimestre" + ("." if ends_text(m) else ""), text)
    if "1 compresse" in text or "1 gocce" in text:
        text = _ONE_TABLET.sub(lambda m: f"1 {m.group(1)}{'a' if m.group(1) == 'compress' else 'ia'}", text)
    if "1/2 " in text:
        if " 1/2 " in text:
            text = _WHOLE_AND_HALF.sub(lambda m: m.group(0) if m.group(2) in _NO_NOUN else
                                       f"{m.group(1)} {m.group(2)} e mezzo", text)
        text = _HALF_BEFORE.sub(lambda m: m.group(0) if m.group(1) in _NO_NOUN else "mezza " if m.group(1).endswith(
            "a") else "mezzo ", text)
    if "IVA" in text:  # after the abbreviations ("IVA incl.")
        text = _VAT.sub("Iva", text)
    return _ONE(_CURRENCIES(_FRACTIONS(_UNITS_AFTER_A_SCALE(_HECTARES(_UNITS_IN_FULL(_SIDES(_RATES(_HALVES(text)))))))))


def _roman_ordinal(numeral: str, noun: str) -> str:
    """The ordinal of a Roman numeral in the noun's gender ("XV", "secolo" -> "quindicesimo")."""
    spoken = str(num2words(roman_value(numeral), lang="it", to="ordinal"))
    return spoken[:-1] + "a" if noun in _FEMININE_COUNTED else spoken


def _roman_before_noun(match: re.Match[str]) -> str:
    """"XV secolo" -> "quindicesimo secolo"; a numeral that is no Roman number ("IIV") is left."""
    numeral, noun = match.groups()
    if not _VALID_ROMAN.fullmatch(numeral):
        return match.group(0)
    if noun == "sec.":
        return f"{_roman_ordinal(numeral, 'secolo')} secolo" + ("." if ends_text(match) else "")
    return f"{_roman_ordinal(numeral, noun)} {noun}"


def _euros(match: re.Match[str]) -> str:
    """"3,50 €" -> "3 euro e 50"; "0,30 €" -> "30 centesimi", as Italian says an amount under a euro."""
    whole, cents = match.group(1), int(match.group(2))
    if whole == "0" and cents:
        return f"{cents} centesim{'o' if cents == 1 else 'i'}"
    return f"{whole} euro" + (f" e {cents}" if cents else "")


def _euros_before(match: re.Match[str]) -> str:
    """"€ 1.200" -> "1.200 euro", "€ 2,50" -> "2 euro e 50", as the amount with its sign after it is said."""
    whole, cents = match.groups()
    if whole == "0" and cents and int(cents):
        return f"{int(cents)} centesim{'o' if cents == '01' else 'i'}"
    return f"{whole} euro" + (f" e {int(cents)}" if cents and int(cents) else "")


def _aged(match: re.Match[str]) -> str:
    """"35enne" -> "trentacinquenne": the number's last vowel gives way to the ending ("ventitré" keeps its e)."""
    number = str(num2words(int(match.group(1)), lang="it"))
    stem = number[:-1] + "e" if number.endswith("é") else number[:-1]
    return f"{stem}enn{match.group(2)}"


# "Servire a 16-18 °C", "per 25-30 min.": a span of a measure after "a" or "per", which Italian says with its dash
# ("a sedici diciotto"; "a 16 a 18" before); "(1915-1918)", a span of years, likewise ("1915 a 1918" before). A score
# ("per 3-1", "vince 2-0") keeps its "a".
_SPAN_PREPOSITION = re.compile(r"\b(?:a|per|circa)\s$")
_MEASURE_AFTER = re.compile(r"\s?(?:°|gradi\b|minuti\b|min\b|ore\b|giorni\b|anni\b|mesi\b|settimane\b|euro\b|€|"
                            r"cm\b|mm\b|km\b|kg\b|g\b|m\b|metri\b|chili\b|litri\b|l\b)")


def _span(match: re.Match[str]) -> str:
    """"10-15" -> "10 a 15"; a measure's span after "a" or "per", and a span of years, keep their dash."""
    first, last = match.groups()
    if (len(first) == len(last) == 4 and 1000 <= int(first) < int(last) <= 2100) or (
            int(first) < int(last) and _SPAN_PREPOSITION.search(match.string, max(0, match.start() - 6), match.start())
            and _MEASURE_AFTER.match(match.string, match.end())):
        return f"{first}-{last}"
    return _SPAN(match)


def _degree_ordinal(match: re.Match[str]) -> str:
    """"1°" -> "primo", "125°" -> "centoventicinquesimo"; "La Roma è 5°" -> "quinta"."""
    from num2words import num2words  # only where such an ordinal is

    said = str(num2words(int(match.group(1) or match.group(2)), lang="it", to="ordinal"))
    if match.group(2):
        text, start = match.string, match.start()
        near = max(0, start - 150)  # (a subject and its clause are at most 130 characters: no scan of a long text)
        opening = max(text.rfind(". ", near, start), text.rfind("! ", near, start), text.rfind("? ", near, start)) + 2
        opening = opening if opening > 1 else near  # (the text's start, or too far, when no sentence ends between)
        if _FEMININE_SUBJECT.fullmatch(text, opening, start):
            return said[:-1] + "a"
    return said


def _scale(match: re.Match[str]) -> str:
    """"3,5 mld" -> "3,5 miliardi"; the stop stays where it also ends the sentence ("vale 3,5 mld. Poi")."""
    scale, stop = match.groups()
    ends = stop and (ends_text(match) or _NEW_SENTENCE.match(match.string, match.end()) is not None)
    return " " + _SCALES[scale] + ("." if ends else "")


def _rank_degree(match: re.Match[str]) -> str:
    """"arrivato 3°" -> "arrivato terzo", "classificata 5°" -> "classificata quinta"."""
    from num2words import num2words  # only where such an ordinal is

    ordinal = str(num2words(int(match.group(3)), lang="it", to="ordinal"))
    return match.group(1) + ordinal[:-1] + match.group(2) if match.group(2) != "o" else match.group(1) + ordinal
