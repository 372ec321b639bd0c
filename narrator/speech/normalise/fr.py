"""French: titles and abbreviations, ordinals ("2e", "XIXe siècle"), clock times ("14h30"), km/h, euros.

espeak-ng's French voice says French numbers well; these are what it misread: "M. Dupont" (the letter, then a
sentence break), "le 2e étage" ("deux e"), "le XIXe siècle" ("ixe"), "14h30" ("quatorze ache trente"), "5 km/h"
("kilomètre ache"), "3,50 €" ("trois virgule cinquante euros"), "n° 5" ("N cinq"), "Louis XIV" ("quatorze
romain"), "12/03/2024" (the digits and slashes), "200 km" and "3 m" (letters), "1,5 Md€", "21:00" ("zéro zéro").
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
from narrator.speech.normalise.indefinite import AGREEMENTS, counted_one
from narrator.speech.normalise.movements import movements_by_number
from narrator.speech.normalise.options import ReadingOptions
from narrator.speech.normalise.rates import rates, sides
from narrator.speech.normalise.romans import roman_value
from narrator.speech.normalise.util import (
    DAY_MONTH_YEAR,
    DAY_MONTH_YEAR_DASHED,
    DECIMAL_SECONDS,
    KM_BEFORE,
    KM_PER_HOUR,
    MINUS,
    NEXT_CAPITAL,
    ROMAN_AFTER_WORD,
    SCORE,
    SECONDS_AFTER_MINUTES,
    SPAN_DASH,
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
    seconds_before_a_gap,
    span_joined_by,
    stoppage_time,
    units_after_a_scale,
    units_in_full,
    weekdays_before_a_day,
    weekdays_in_a_span,
)

_TITLES = {"M.": "Monsieur", "MM.": "Messieurs", "Mme": "Madame", "Mmes": "Mesdames", "Mlle": "Mademoiselle",
           "Mlles": "Mesdemoiselles", "Dr": "Docteur", "Dr.": "Docteur", "Pr": "Professeur", "Me": "Maître"}
# Before a capitalised name only: "M. Dupont", "Mme Martin" ("Me" is otherwise the pronoun's capital).
_TITLE = re.compile(r"(?<![\w.])(MM\.|M\.|Mmes|Mme|Mlles|Mlle|Dr\.?|Pr|Me)\s(?=[A-ZÀ-Ý][a-zà-ÿ])")
_ABBREVIATIONS = {"n°": "numéro", "N°": "numéro", "nº": "numéro", "cf.": "voir", "p.": "page", "env.": "environ",
                  "Env.": "Environ", "av.": "avenue", "bd": "boulevard", "bd.": "boulevard", "Tél.": "Téléphone",
                  "tél.": "téléphone", "Bât.": "Bâtiment", "bât.": "bâtiment",  # an address's building
                  "PDJ": "petit-déjeuner",  # a hotel's breakfast
                  "JORF": "Journal officiel",  # the gazette laws are published in
                  # a listing's lift and a car's registration, before a comma as often as a word
                  "asc.": "ascenseur", "immat.": "immatriculation"}
_ABBREVIATION = re.compile(r"(?<![\w.])(n°|N°|nº|cf\.|[eE]nv\.|av\.|bd\.?|[tT]él\.|[bB]ât\.)(?=\s)"
                           r"|(?<![\w.])(PDJ|JORF|asc\.|immat\.)(?![\w-])|(?<![\w.])(p\.)\s?(?=\d)")
_PER_PERSON = re.compile(r"(?<=\bpar )pers\.")
# After a number only, as scores, recipes and small ads shorten them ("45 pts", "3 c. à s.", "6 pers.", "3 j./sem.");
# elsewhere "pts" is letters and "pers." a word's start. "c. à s." is the soup spoon, "c. à c." the coffee spoon.
_AFTER_A_NUMBER = {"pts": "points", "pers.": "personnes", "c. à s.": "cuillères à soupe", "sem.": "semaines",
                   "pb": "points de base", "bpm": "battements par minute",  # a discharge note's weeks and pulse
                   "c. à c.": "cuillères à café", "j./sem.": "jours par semaine", "h/sem.": "heures par semaine",
                   "j.": "jours", "j": "jours",  # a treatment's days ("pendant 5 j.", "après 5 j d'hospitalisation")
                   "gél.": "gélules"}  # a leaflet's capsules ("boîte de 30 gél.")
# A day's "j" alone before "de", a preposition, a pause or the end ("34 j en moyenne"; "3 j'ai" is no day).
_AFTER_NUMBER = re.compile(r"(?<=\d )(pts|pers\.|c\. à [sc]\.|[jh]\./sem\.|j\.|sem\.|pb|bpm|gél\.|"
                           r"j(?=\sd(?:e\s|['’])|\s(?:en|par|pour|sur|après|avant)\b|[,;)]|\s*$))"
                           r"(?!\w)")
_ONE_OF = {"cuillères à soupe": "cuillère à soupe", "cuillères à café": "cuillère à café", "jours": "jour",
           "semaines": "semaine", "points de base": "point de base", "gélules": "gélule"}
# "au T3", "du T1 2024": a quarter after the article a date takes; "un T3", "le T3" and "le loyer du T3" (with no
# year after it) are a flat of three rooms.
_QUARTER = re.compile(r"\b([Aa]u) T([1-4])(?![\w-])|\b(du) T([1-4])(?= (?:19|20)\d\d\b)")
_QUARTERS = ("premier", "deuxième", "troisième", "quatrième")
# "Paris 20e arr.", "3e ét.": a district and a floor after their ordinal (espeak-ng said "arr" and stopped as at a
# sentence's end).
_AFTER_AN_ORDINAL = {"arr.": "arrondissement", "ét.": "étage"}
_DISTRICT = re.compile(r"(?:(?<=\de )|(?<=\der ))(arr\.|ét\.)")
# "St-Pierre", "Ste-Anne": a saint's name joined to its title, as towns and churches write it ("esse té").
_SAINT = re.compile(r"\bSt(e?)-(?=[A-ZÀ-Ý])")
# "130/80 mmHg": a blood pressure, the upper "sur" the lower ("barre" and the letters before).
_BLOOD_PRESSURE = re.compile(r"(?<![\w.,/])(\d{2,3})/(\d{2,3})\s?mmHg\b")
_HALVES = halves_of_units({"pension": "demi-pension",  # a hotel's half board ("en ½ pension")
                           "cuillères à café": "une demi-cuillère à café", "cuillères à soupe": "une demi-cuillère à "
                           "soupe", "l": "un demi-litre", "kg": "un demi-kilo", "h": "une demi-heure",
                           # a leaflet's half a tablet, a glass, a sachet
                           "comprimé": "un demi-comprimé", "verre": "un demi-verre", "sachet": "un demi-sachet",
                           "gélule": "une demi-gélule", "cuillère": "une demi-cuillère"})
# "à déb.": an ad's price open to offers.
_TO_BE_DISCUSSED = re.compile(r"(?<=\bà )déb\.")
# Before a number only: "l'art. 49", "chap. 3", "vol. 2", "al. 4" (espeak-ng said "art" and ended the sentence);
# elsewhere "art." is the word ending a sentence ("C'est de l'art. Puis ...").
_BEFORE_A_NUMBER = {"art.": "article", "arts.": "articles", "Art.": "Article", "chap.": "chapitre",
                    "vol.": "volume", "al.": "alinéa", "th.": "thermostat", "esc.": "escalier",
                    "op.": "opus"}  # a work's ("op. 9", where "op. cit." is a citation's)
_BEFORE_NUMBER = re.compile(r"(?<![\w.])(arts?\.|Art\.|chap\.|vol\.|al\.|th\.|esc\.|op\.)\s?(?=\d|[LRD]\.?\s?\d)")
# "en cat. A", "cat. B", "cat. 3": a category by its letter or its number (a jobseeker's, a driving licence's, a
# hotel's); espeak-ng said "cat" and ended the sentence. Before anything else "cat." is left.
_CATEGORY = re.compile(r"(?<![\w.])([Cc])at\.\s(?=[A-Z0-9]\b|\d)")
# "au N.-E. de Nice", "S.-O.": a point of the compass by its initials with their stops (espeak-ng said the letters).
_COMPASS = re.compile(r"(?<![\w.])([NS])\.-([EO])\.")
_COMPASS_WORDS = {"N": "nord", "S": "sud", "E": "est", "O": "ouest"}
# "0 800 123 456", "0800 123 456": a number led by 0 in groups, one of three digits or more, which espeak-ng joins
# into one ("zéro milliard huit cents millions ..."); with a comma between its groups each is said alone, as French
# says a telephone number. Groups of two ("01 42 76 40 40") it says one by one already, and are left.
_GROUPED_NUMBER = re.compile(r"(?<![\w.,+/-])0\d{0,3}(?: \d{2,4}){2,4}(?![\w/-]|[.,]\d| \d)")
# A month shortened with its stop after the day ("le 3 oct. 2024", "1er janv."): "sept." alone is seven.
_SHORT_MONTHS = {"janv": "janvier", "févr": "février", "avr": "avril", "juil": "juillet", "sept": "septembre",
                 "oct": "octobre", "nov": "novembre", "déc": "décembre"}
_SHORT_MONTH = months_after_a_day(_SHORT_MONTHS, r"(?<=\d )|(?<=1er )", capital_ends=True)
# "en oct.", "fin janv.": a month shortened after a word that leads to one, with no day; "coupé en sept." is seven.
_SHORT_MONTH_AFTER_WORD = months_after_a_day(_SHORT_MONTHS, r"(?<=\b[Ee]n )|(?<=\b[Dd]ébut )|(?<=\b[Ff]in )"
                                             r"|(?<=\bmi-)", words_too=("sept",), capital_ends=True)
# "1 cp 3 fois/j": a leaflet's tablets after their count, and its times a day ("cp" after a number only: "en CP" is a
# school year; espeak-ng said the letters and "barre j").
_TABLETS = re.compile(r"(?<![\w.,])(\d{1,2}) cp(?=[\s,;)]|\.?$)")
# "2 fois / jour", "1 fois/sem.": times a period, the slash set apart or not.
_TIMES_A_DAY = re.compile(r"(?<=\d )fois ?/ ?(j(?:our)?|semaine|sem\.|mois|an)(?!\w)")
_PERIODS = {"j": "jour", "jour": "jour", "semaine": "semaine", "sem.": "semaine", "mois": "mois", "an": "an"}
# "coupé en sept. morceaux": "sept" before a plural noun is the number, its stop a slip ("en sept. dernier", "en sept.
# les travaux" are the month's: an adjective or an article follows).
_SEVEN_BEFORE_PLURAL = re.compile(r"(?<=\ben )sept\.(?= ([a-zà-ÿ]{3,}[sx])\b)")
_NOT_PLURAL_NOUNS = frozenset({"les", "des", "ses", "ces", "mes", "tes", "nos", "vos", "leurs", "plus", "puis", "dans",
                               "sous", "vers", "sans", "chez", "après", "depuis", "alors", "mais", "très", "lors",
                               "jamais", "toujours", "pas", "ils", "elles", "nous", "vous", "aux", "tous", "toutes"})
# "52 av. J.-C.", "au IIe siècle apr. J.-C.": history's era ("avenue J", before).
_ERA = re.compile(r"(?<![\w.])(av|apr)\.\s?J\.-C\.")
_ERAS = {"av": "avant Jésus-Christ", "apr": "après Jésus-Christ"}
# "p." after a number: an ad's rooms after the home it describes ("Appartement 3 p."), else a document's pages ("un
# rapport de 40 p."; before a number it is one page, "p. 12").
_PAGES_OR_ROOMS = re.compile(r"(?<![\w.,])(\d{1,4}) p\.(?!\w)")
_HOME_BEFORE = re.compile(r"\b(?:[Mm]aison|[Aa]ppartement|[Aa]ppart\.|[Ss]tudio|[Vv]illa|[Dd]uplex|[Ll]oft|[Pp]avillon"
                          r"|[Ff]ermette|[Tt]\d)\W{1,3}$")
# "2e", "3ème", "21e": an ordinal; "XIXe siècle": a century in Roman numerals ("1er" espeak-ng says).
_ORDINAL = re.compile(
    r"(?<![\w.,])(\d{1,4}|[IVXLC]{2,7}|[IVXLC](?=e\s(?:siècle|millénaire|arrondissement|République)\b))"
    r"(?:e|è|ème|eme)(?![\w])"
)  # a single capital before "e" is a word ("Le", "Ce", "De") unless a century or a republic follows
# "1re", "1ères", "2nd", "2nde": the first and the second, feminine or plural (espeak-ng: "un re", "deux n d").
_FIRST_SECOND = re.compile(r"(?<![\w.,])(?:1(re|ère|res|ères)|2(nd|nde|nds|ndes|d|de|ds|des))(?!\w)")  # "au 2d tour"
# "les 2es", "les 3èmes": an ordinal in the plural.
_PLURAL_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,4})(?:es|èmes|emes)(?!\w)")
# "au XIXe s.", "10 000 hab.", "120 hab./km²": century and inhabitants shortened after what they count.
# "950 € CC", "720 € HC": a rent with or without its charges, as French listings write it after the amount; a
# price without or with its taxes ("120 € HT", "144 € TTC").
_CHARGES = re.compile(r"(?<=€ )(CC|HC|HT|TTC)\b")
_CHARGES_SAID = {"CC": "charges comprises", "HC": "hors charges", "HT": "hors taxes", "TTC": "toutes taxes comprises"}
# "JORF n°0123", "n°12": the number's sign glued to its number ("N zéro cent vingt-trois" before).
_NUMBER_GLUED = re.compile(r"(?<![\w.])(?:n°|N°|nº)(?=\d)")
# "à la 45e+2": stoppage time after the half's last minute as an ordinal ("quarante-cinquième+2" before).
_ORDINAL_STOPPAGE = re.compile(r"(?<![\w.,])(45|90|105|120)e\+(?=\d{1,2}(?!\d))")
# "au GP de Monaco": a Grand Prix by its letters before the place it is run in.
_GRAND_PRIX = re.compile(r"\bGP(?= d(?:e |u |es |['’]))")
# "sem. 49": a week by its number, as deliveries and rotas write it ("S49" may be a car's or a phone's name).
_WEEK = re.compile(r"(?<![\w.])sem\.\s?(?=(?:[1-9]|[1-4]\d|5[0-3])(?![\d,.]\d|\w))")
# "le 49.3", "au 49.3": the articles of the Constitution the news names by number and paragraph, said as the French
# say them ("quarante-neuf trois"; a point elsewhere in French text is no decimal's). Facts, as data.
_NAMED_ARTICLES = {"49.3": "quarante-neuf trois", "47.1": "quarante-sept un", "44.3": "quarante-quatre trois"}
_NAMED_ARTICLE = re.compile(r"(?<=\b(?:le|au|du|un|ce) )(49\.3|47\.1|44\.3)(?![\d.,]\d|\w)")
_CENTURY_SHORT = re.compile(r"(?:(?<=ième )|(?<=\bpremier ))s\.")  # "IVe s.", "Ier s. av. J.-C."
_INHABITANTS = re.compile(r"(?<=\d )(?<![^\W\d_]\d )hab\.(/km2)?")  # not after "m2" (_LIVING_AREA)
# "120 m² hab.": a house's living area, "habitables" after the square metres (the voice heard "habitants").
_LIVING_AREA = re.compile(r"(?<=m2 )hab\.")
# "42 € par hab.", "1 200 euros par hab.": a price per inhabitant after its "par" (a budget's, a tax's).
_PER_INHABITANT = re.compile(r"(?:(?<=\d[ \u00a0]€)|(?<=euros)|(?<=\d euro)) par hab\.(?!\w)")
# "2 ans d'expérience min.", "âge min.": a minimum after its noun, not after a number (minutes) nor before one.
_MINIMUM = re.compile(r"(?<=[^\W\d_]{3} )min\.(?!\s?\d|\w)")
# "25 min. de marche": minutes' stop mid-sentence, which the unit's name would keep ("25 minutes. de marche").
_MINUTES_STOP = re.compile(r"(?<=\d )min\.(?= [a-zà-ÿ])")
# "3,5 Mds d'euros": billions shortened before what they count.
_BILLIONS = re.compile(r"(?<=\d )(Mds?|Mrds?)(?= d['’]| de )")
# "14h30", "14 h 30", "9h": hours and minutes.
# (the space after "h" is the minutes' alone: "à 17 h : 39 %" keeps the colon's)
_CLOCK = re.compile(r"(?<![\w.,:])([01]?\d|2[0-4])(?:\s?h(?:\s?([0-5]\d))?(?![\w/])|:([0-5]\d)(?![\d:]|[.,]\d))")
# "1,5 Md€", "300 M€", "50 k€": amounts in millions and billions of euros, as budgets write them.
_SCALED_EUROS = re.compile(r"(?<![\w.,])(?<!\d[\u00a0\u202f ])(\d{1,3}(?:[\u00a0\u202f ]\d{3})+|\d+(?:,\d+)?)"
                           r"\s?(Mds?|Mrds?|M|k)\s?€")  # "3 000 Md€": the whole grouped number
_SCALES = {"Md": "milliard", "Mds": "milliard", "Mrd": "milliard", "Mrds": "milliard", "M": "million"}
# "1,85 €/l": a price per unit.
_PER_UNIT = re.compile(r"(?:(?<=euro)|(?<=centime))s?( \d+)?\s?/\s?"
                       r"(l|hl|kg|m2|m3|ha|h|km|kWh|MWh|mois|an|jour|personne|q|t)(?!\w)")
# ("195 €/t": a harvest's price per tonne, in all five languages)
# and a wine's per hectolitre, a lease's per hectare, water's per cubic metre, a grain's per quintal ("95 €/hl")
_PER_UNITS = {"t": "tonne", "q": "quintal", "hl": "hectolitre", "ha": "hectare", "m3": "mètre cube",
              "l": "litre", "kg": "kilo", "m2": "mètre carré", "h": "heure", "km": "kilomètre",
              "kWh": "kilowattheure", "MWh": "mégawattheure", "mois": "mois", "an": "an", "jour": "jour",
              "semaine": "semaine", "nuit": "nuit",
              "hab.": "habitant"}  # a budget's or a debt's per inhabitant ("1 250 €/hab.")
_EUROS_PER_UNIT = euros_per_unit(_PER_UNITS, "{amount} {euros} par {unit}")
_WEEKDAY_NAMES = {"lun": "lundi", "mar": "mardi", "mer": "mercredi", "jeu": "jeudi", "ven": "vendredi",
                  "sam": "samedi", "dim": "dimanche"}
# After "un" too ("tombe un lun."); "mar." after "un" is Tuesday ("mars" takes no "un"), read by _A_TUESDAY.
_WEEKDAY_BEFORE_DAY = weekdays_before_a_day(_WEEKDAY_NAMES, ("le", "du", "au", "dès", "chaque", "un"))
_A_TUESDAY = re.compile(r"(?<=\b[Uu]n )mar\.(?=[\s,;:)]|$)")
_WEEKDAY_SPAN = weekdays_in_a_span(_WEEKDAY_NAMES, "au", "du")  # "du lun. au ven.", "lun.-ven."
# "dim. à 15 h", "sam. à midi": a weekday before its time (after a day's number, "3 mar. à 20 h", it may be March).
_WEEKDAY_BEFORE_TIME = re.compile(r"(?<![\w.])(?<!\d )(lun|mar|mer|jeu|ven|sam|dim)\.(?= à (?:\d|midi\b|minuit\b))")
_DAY_HOURS = hours_after_days(tuple(_WEEKDAY_NAMES.values()), "de {a} heures à {b} heures", "et")
# "le prix du m²", "par m³": a unit after a word that leads to it, with no number before it ("du M deux").
# "ouvert 24h/24", "7 j/7": round the clock and every day of the week, as notices write it (the voice said the
# stroke); the same number on both sides of it.
_ROUND_THE_CLOCK = re.compile(r"(?<![\w.,/])(?:24 ?h ?/ ?24|7 ?j ?/ ?7)(?![\w/]|[.,]\d)")
_MOST = most_said("maximum")  # "max. 3 nuits", "8 personnes max." (europe.py)
_UNIT_ALONE = re.compile(r"(?:(?<=\bdu )|(?<=\ble )|(?<=\bau )|(?<=\bpar ))(m2|m3|km2)\b")
_UNITS_ALONE = {"m2": "mètre carré", "m3": "mètre cube", "km2": "kilomètre carré"}
# "la loi n° 2024-123", "l'article L. 123-4": after "numéro" (a year first: "n° 12-14" may be a range) or a code's
# letter a dash joins the parts of a number ("2024 à 123" before), said "tiret" as French reads a legal reference.
# A code's article is one number in parts ("l'article 222-7 du Code pénal"): after "article" written singular, not
# "articles 3-5", a span.
_NUMBERED_DASH = re.compile(r"(?<=numéro )((?:19|20)\d\d)-(?=\d)|(?<=\barticle )(?:([LRD])\.?\s?)?(\d+)-(?=\d)")
# "3,50 €", "1 234,50 €": euros, then the cents as French says them.
_EUROS = re.compile(r"(?<![\w.,])(?<!\d[  ])(\d{1,3}(?:[  ]\d{3})*|\d+),(\d{2})\s?(?:€|euros?\b)")


_KM_POSTS = kilometre_posts("kilomètre", "kilomètres", ("les", "Les", "aux", "des"))  # "entre les km 45 et 52"


# "à 38 s du vainqueur", "12 s d'avance": a gap's whole seconds before whom or what it is behind or ahead of.
_GAP_SECONDS = seconds_before_a_gap(r"du\b|des?\b|d['’]|sur\b", ("seconde", "secondes"))


def _french_ordinal(value: int) -> str:
    """80 -> "quatre-vingtième", 200 -> "deux centième": num2words keeps the cardinal's plural "s" of "quatre-vingts"
    and "deux cents" before the ending ("quatre-vingtsième"), where French drops it."""
    return str(num2words(value, lang="fr", to="ordinal")).replace("tsième", "tième")


def _ordinal(match: re.Match[str]) -> str:
    """"2e" -> "deuxième", "XIXe" -> "dix-neuvième"."""
    written = match.group(1)
    value = int(written) if written.isdigit() else roman_value(written)
    if not value or value == 1:
        return match.group(0)  # "1e" is rare and "premier" or "première"; espeak-ng says "1er" itself
    return _french_ordinal(value)


def _after_number(match: re.Match[str]) -> str:
    """"45 pts" -> "45 points", "1 c. à s." -> "1 cuillère à soupe"; a stop that ends the text stays."""
    written = match.group(1)
    spoken = _AFTER_A_NUMBER[written]
    if match.string[max(0, match.start() - 3):match.start()] in (" 1 ", "1 ") or match.start() == 2:
        spoken = _ONE_OF.get(spoken, spoken)
    return spoken + ("." if written.endswith(".") and ends_text(match) else "")


def _grouped_number(match: re.Match[str]) -> str:
    """"0 800 123 456" -> "0, 800, 123, 456" where a group would join the next into thousands."""
    groups = match.group(0).split(" ")
    return ", ".join(groups) if any(len(group) >= 3 for group in groups[1:]) else match.group(0)


def _scaled_euros(match: re.Match[str]) -> str:
    """"1,5 Md€" -> "1,5 milliard d'euros", "300 M€" -> "300 millions d'euros", "50 k€" -> "50 mille euros"."""
    amount, scale = match.groups()
    if scale == "k":
        return f"{amount} mille euros"
    # French: "1,5 milliard", "2 milliards", "3 000 milliards"
    plural = "s" if float(re.sub(r"[\u00a0\u202f ]", "", amount).replace(",", ".")) >= 2 else ""
    return f"{amount} {_SCALES[scale]}{plural} d'euros"


def _clock(match: re.Match[str]) -> str:
    """"14h30" and "14:30" -> "14 heures 30"."""
    hours, minutes = int(match.group(1)), match.group(2) or match.group(3)
    spoken = f"{hours} heure{'s' if hours > 1 else ''}"
    return spoken + (f" {int(minutes)}" if minutes and int(minutes) else "")


# A numeral counts after these words written small ("le chapitre III"); after a capitalised name it is a ruler's.
_COUNTERS = frozenset({"chapitre", "tome", "acte", "titre", "livre", "partie", "volume", "scène", "article"})
# "François Ier", "Élisabeth Ire": the first.
_FIRST = re.compile(r"(?<=[^\W\d_] )I(er|re)\b")


def _roman(match: re.Match[str]) -> str:
    """"Louis XIV" -> "Louis 14" (espeak-ng said "quatorze romain"), "le chapitre III" -> "le chapitre 3"."""
    word, numeral, stop = match.groups()
    if not (word[0].isupper() or word.lower() in _COUNTERS):
        return match.group(0)
    return f"{word} {roman_value(numeral)}{stop}"


# "Charles V", "Pie X": the fifth and the tenth, one letter, after a name rulers bear (ROMAN_AFTER_WORD wants two
# letters: "Malcolm X", "la génération X" are left; espeak-ng said "vé", "iks").
_RULER_NAMES = ("Charles", "Louis", "Henri", "Philippe", "Jean", "François", "Pie", "Léon", "Grégoire", "Clément",
                "Paul", "Benoît", "Édouard", "Guillaume", "Frédéric", "Ferdinand", "Alphonse", "Pierre", "Sixte",
                "Urbain", "Innocent", "Boniface", "Nicolas", "Alexandre", "Ramsès", "Constantin", "Christian",
                "Gustave", "Georges")
_FIFTH_OR_TENTH = re.compile(rf"\b({'|'.join(_RULER_NAMES)})\s+([VX])()(?=\s+[a-zà-ÿ]|[,;:)]|$)")

_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin",
           "juillet", "août", "septembre", "octobre", "novembre", "décembre")

# a month and a year, "03/2019"; a date with a Roman month, "12.XII.1789" (europe.py)
_MONTH_YEAR = month_and_year(_MONTHS, "{month} {year}", "{day} {month} {year}")
_DATE = date_in_words(_MONTHS, "{day} {month} {year}", "1er")
_DAYS_AND_MONTHS = days_and_months("le|les|du|au|dès le|depuis le|jusqu'au", "et", _MONTHS, "{day} {month}", "1er",
                                   ("le", "du", "au", "dès le", "depuis le", "jusqu'au"))


# Units after a number, said in full (espeak-ng spelled most: "200 km" was "ka eme", "3 m" a letter).
_UNITS = {
    "UI": ("unité internationale", "unités internationales"),  # a dose ("1 000 UI de vitamine D")
    "min": ("minute", "minutes"),
    # a wind's or a boat's speed ("rafales à 35 nds", "30 kn")
    "kn": ("nœud", "nœuds"), "nds": ("nœud", "nœuds"),
    "km": ("kilomètre", "kilomètres"), "m": ("mètre", "mètres"), "cm": ("centimètre", "centimètres"),
    # a probe's, a wind's or a particle's speed ("28 km/s", "12 m/s")
    "km/s": ("kilomètre par seconde", "kilomètres par seconde"), "m/s": ("mètre par seconde", "mètres par seconde"),
    "mm": ("millimètre", "millimètres"), "kg": ("kilo", "kilos"), "g": ("gramme", "grammes"),
    "cl": ("centilitre", "centilitres"), "dl": ("décilitre", "décilitres"),
    "hl": ("hectolitre", "hectolitres"),  # a harvest's wine ("36 millions de hl")
    "mg": ("milligramme", "milligrammes"), "l": ("litre", "litres"), "ml": ("millilitre", "millilitres"),
    "ha": ("hectare", "hectares"), "t": ("tonne", "tonnes"),
    # a harvest's, a mine's or a country's emissions in millions of tonnes ("34,9 Mt de blé"); after no number "Mt"
    # is a mount's ("le Mt Blanc") and is left
    "Mt": ("million de tonnes", "millions de tonnes"),
    "km2": ("kilomètre carré", "kilomètres carrés"),
    "m2": ("mètre carré", "mètres carrés"), "m3": ("mètre cube", "mètres cubes"),
    "UA": ("unité astronomique", "unités astronomiques"),  # a distance in space
    # an air or a water test's micrograms ("65 µg/m³": tidy has made the micro sign a mu, the cube a digit)
    "μg/m3": ("microgramme par mètre cube", "microgrammes par mètre cube"), "μg": ("microgramme", "microgrammes"),
    # a river's flow, a particle's size, a label's energy, a camera's sensor ("1 800 m³/s", "2,5 µm", "450 kcal",
    # "45 Mpx"; the voice said "m trois barre s", "mu m", the letters)
    "m3/s": ("mètre cube par seconde", "mètres cubes par seconde"), "μm": ("micromètre", "micromètres"),
    "kcal": ("kilocalorie", "kilocalories"), "Mpx": ("mégapixel", "mégapixels"), "Mpix": ("mégapixel", "mégapixels"),
    "kWh": ("kilowattheure", "kilowattheures"), "kW": ("kilowatt", "kilowatts"), "MW": ("mégawatt", "mégawatts"),
    "GW": ("gigawatt", "gigawatts"), "°C": ("degré Celsius", "degrés Celsius"),
    # a device's and a grid's: memory, frequency, power, charge, energy, bandwidth
    "Go": ("gigaoctet", "gigaoctets"), "Mo": ("mégaoctet", "mégaoctets"), "To": ("téraoctet", "téraoctets"),
    "GHz": ("gigahertz", "gigahertz"), "MHz": ("mégahertz", "mégahertz"), "Hz": ("hertz", "hertz"),
    "W": ("watt", "watts"), "kWc": ("kilowatt-crête", "kilowatts-crête"), "MWc": ("mégawatt-crête", "mégawatts-crête"),
    "mAh": ("milliampère-heure", "milliampères-heures"), "Wh": ("wattheure", "wattheures"),
    "MWh": ("mégawattheure", "mégawattheures"), "GWh": ("gigawattheure", "gigawattheures"),
    "TWh": ("térawattheure", "térawattheures"), "Mbit/s": ("mégabit par seconde", "mégabits par seconde"),
    "Gbit/s": ("gigabit par seconde", "gigabits par seconde"), "Mb/s": ("mégabit par seconde", "mégabits par seconde"),
    "Gb/s": ("gigabit par seconde", "gigabits par seconde"),
    "l/m2": ("litre par mètre carré", "litres par mètre carré"),  # a storm's rain, as the other tables have it
    # a mass spread over a square metre (a lawn's seed, a paper's weight: "30 g/m²"), a film's frames a second
    "g/m2": ("gramme par mètre carré", "grammes par mètre carré"),
    "kg/m2": ("kilogramme par mètre carré", "kilogrammes par mètre carré"),
    "fps": ("image par seconde", "images par seconde"),
    "cts": ("centime", "centimes"),  # a price's change ("4 cts": espeak-ng spelled it)
    # a download's speed ("20 Mo/s": espeak-ng said "mégaoctets barre s")
    "ko/s": ("kilooctet par seconde", "kilooctets par seconde"),
    "Mo/s": ("mégaoctet par seconde", "mégaoctets par seconde"),
    "Go/s": ("gigaoctet par seconde", "gigaoctets par seconde"),
}
_UNITS_IN_FULL = units_in_full(_UNITS, singular_below=2)
# "75 q/ha", "45 hl/ha": a yield "à l'hectare"; "20 ct/kWh": a price per unit. "3x4 m": a surface's sides.
_RATES = rates({**_UNITS, "q": ("quintal", "quintaux"), "hl": ("hectolitre", "hectolitres"),
                "ct": ("centime", "centimes"), "c€": ("centime d'euro", "centimes d'euro")},
               {"ha": "à l'hectare", "kWh": "par kilowattheure", "MWh": "par mégawattheure", "l": "par litre",
                "dl": "par décilitre", "dL": "par décilitre",  # "1,26 g/l": a blood test's
                "jour": "par jour", "j": "par jour", "semaine": "par semaine"},  # "3 gélules/jour", "4 jours/semaine"
               singular_below=2)
_SIDES = sides("par", "mètres?|centimètres?|millimètres?|kilomètres?")
# "Une citadine de 75 ch.": horsepower ending the sentence where it speaks of a car ("2 ch." alone is a bedroom).
_HORSEPOWER_AT_END = re.compile(r"(?<=\d )ch\.(?=\s*$)")
# "Peugeot 208, 32 000 km, 100 ch.": two or three digits before it are a car's horsepower wherever the sentence ends (a
# flat's bedrooms are a digit), in an advert that names no car's word.
_POWER_AT_END = re.compile(r"(?<![\w.,])(\d{2,3}) ch\.(?=\s*$)")
_CAR = re.compile(r"(?i:voiture|citadine|berline|moteur|véhicule|break|coupé|cabriolet|SUV|auto\b|tracteur|moto\b)")
# "5,2 l/100 km": what a car uses, "aux 100 kilomètres"; "3 g/jour", "120 g/km", "CO2/km": a dose or an emission per a
# day or a kilometre (espeak-ng said "barre"); "130 ch": a car's horsepower ("ch." with a stop is an ad's bedroom).
_PER_100_KM = re.compile(r"(?<=\d)\s?(l|kWh)\s?/\s?100\s?km\b")
_CONSUMED = {"l": "litres", "kWh": "kilowattheures"}
_PER_DAY_OR_KM = re.compile(r"(?<![\w.,])(\d+(?:,\d+)?)\s?(mg|g|kg|l)\s?/\s?(jour|j|km)(?![\w/])|\b(CO2)/km\b")
_PER = {"jour": "jour", "j": "jour", "km": "kilomètre"}
_HORSEPOWER = re.compile(r"(?<=\d )ch(?![\w.])")
# "Maison 5 pièces, 4 ch., terrain", "T4, 3 ch. et un bureau": an ad's bedrooms, one digit before "ch." with its stop
# (a car's horsepower has more digits and no stop, "130 ch"; "75 ch." ending a sentence about a car is read before).
_BEDROOMS = re.compile(r"(?<![\w.,])([1-9]) ch\.(?=[,;)]| (?:et|dont|avec|\+) |\s*$)")
# "7 CV fiscaux": a car's fiscal horsepower, its taxed power ("CV" alone after a number elsewhere is a count of CVs).
_FISCAL = re.compile(r"(?<=\d )CV(?= fiscaux\b)")
# "6,4 Md km": billions of a unit, "milliards de kilomètres" (units_in_full wants the number just before the unit).
# A unit said with a vowel takes the elided "d'" ("36 millions d'hl", "1,2 million d’ha").
_UNITS_AFTER_A_SCALE = units_after_a_scale(_UNITS, ("millions", "milliards", "million", "milliard"),
                                           "de |d'|d’")  # "3 milliards de km"
_BILLIONS_OF_UNITS = re.compile(r"(?<=\d )(?:Mds?|Mrds?) (km|t|m3|kWh|l)\b")
_STOPPAGE_TIME = stoppage_time("plus")
_SPAN = span_joined_by("à")
# "soit 1/3 des sondés", "plus de 2/3 des votants": a fraction before "of" ("un trois", "deux trois" before).
_FRACTIONS = fractions_in_words(
    (("demi", "demis"), ("tiers", "tiers"), ("quart", "quarts"), ("cinquième", "cinquièmes"),
     ("sixième", "sixièmes"), ("septième", "septièmes"), ("huitième", "huitièmes"), ("neuvième", "neuvièmes"),
     ("dixième", "dixièmes")), "un", r"\s(?:de|des|du|d['’])", ("le", "du", "au"))  # "les 3/4 des": a share
_OF_ONE_PART = re.compile(r"\b([dD])e un (?=(?:demi|tiers|quart|\w+ième)\b)")  # "près de 1/4": "d'un quart"
# "1,04 CHF", "200 USD": a currency's code (espeak-ng spelled it); "2 000 €", whose sign the voice said "əʁo".
# "1,08 $", "78,50 $": the dollar's sign, after the amount as French writes it, unsaid by the voice.
_CURRENCIES = currencies_in_words({"CHF": ("franc suisse", "francs suisses"), "USD": ("dollar", "dollars"),
                                   "GBP": ("livre sterling", "livres sterling"), "US$": ("dollar", "dollars"),
                                   "$": ("dollar", "dollars")}, "millions|milliards", "de ", singular_below=2)
# A job advert's and a school's forms: "technicien H/F" (both sexes: espeak-ng said "ache barre èf"), "bac+5" (five
# years after the baccalaureate: "bac" and then nothing for the sign), "mention TB" (a pass with distinction, by its
# initials), "16/20" (a mark out of twenty), "1'12''" (a race's gap), "35 h" (a week's hours), "0,8 ‰".
# "(h/f)" in small letters only in its brackets, where nothing else is written so.
_SEXES = re.compile(r"(?<![\w/])(H/F|F/H)(?![\w/])|(?<=\()(h/f|f/h)(?=\))")
# "les - de 26 ans", "+ de 300 personnes": a sign for "moins" or "plus" before "de" and a number, after a plural
# article, "pour" or a bracket, or opening the text (elsewhere a dash before "de 10 h à 18 h" sets a span apart).
_MORE_OR_LESS = re.compile(r"(?:(?<=\bles )|(?<=\baux )|(?<=\bdes )|(?<=\bpour )|(?<=\()|^)([+\-–]) (?=de \d)")
_BAC_PLUS = re.compile(r"\b([Bb]ac) ?\+ ?(\d)\b")
# "2 Mt Ventoux", "au 14 Mt Aiguille", "du Mt Blanc": "Mt" before a name is a mount's "Mont" (the voice spelled it),
# also after a number, where the units' table read megatonnes ("34,9 Mt de blé", "4 Mt CO2": no name follows).
_MOUNT = re.compile(r"(?<![\w.])Mt(?= [A-ZÀ-Ý][a-zà-ÿ])")
# "un immeuble R+5": a building's ground floor and the floors above it, as permits write it ("R plus 5"; the voice
# said nothing for the sign).
_FLOORS = re.compile(r"(?<![\w+])R\+(\d{1,2})\b")
_MENTION = re.compile(r"\b([Mm]ention) (TB|AB)\b")
_MENTIONS = {"TB": "très bien", "AB": "assez bien"}
_SHARED = shared_forms(Words(("minute", "minutes"), ("seconde", "secondes"), "heures", "pour mille", scales="20",
                             over="sur", plus="plus", thousandths=" et {} millièmes", a_week="par semaine",
                             per_litre="euros par litre", hour=("heure", "heures"),
                             by_volume="% volume", power="puissance {}|moins", and_a_half="{} et demi",
                             rated="notes?|notée?s?|risque|niveau|indice|évaluée?s?", one="une",
                             degrees=("degré", "degrés"), both_prices="et", low_to_high="à",
                             abstained=("abst", "abstention", "abstentions")))
_SPACED_CLOCK = spaced_clock("à|vers|dès|de|jusqu'à|À|Vers|Dès|De", "h|heures")
_MOVEMENTS = movements_by_number("fr")  # a programme's "II. Adagio"
_ONE = counted_one(AGREEMENTS["fr"])  # "1 botella" -> "una botella" (indefinite.py)
_WHOLE_EUROS = currencies_in_words({"€": ("euro", "euros")}, "(?!)", "", singular_below=2)


def _euros(match: re.Match[str]) -> str:
    """"3,50 €" -> "3 euros 50"; "0,25 €" -> "25 centimes", as French says an amount under a euro."""
    whole, cents = match.group(1), int(match.group(2))
    if whole == "0" and cents:
        return f"{cents} centime{'' if cents == 1 else 's'}"
    return f"{whole} euro{'' if whole in ('0', '1') else 's'}" + (f" {cents}" if cents else "")


def _pages_or_rooms(match: re.Match[str]) -> str:
    """"Maison 5 p." -> "Maison 5 pièces", "un rapport de 40 p." -> "40 pages"; the stop that ends the text stays."""
    number = match.group(1)
    home = _HOME_BEFORE.search(match.string, max(0, match.start() - 16), match.start())
    word = ("pièce" if home else "page") + ("" if number in ("0", "1") else "s")
    return f"{number} {word}" + ("." if ends_text(match) else "")


def _first_second(match: re.Match[str]) -> str:
    """"1re" -> "première", "2nde" -> "seconde", "1ères" -> "premières"."""
    first, second = match.groups()
    if first:
        return "première" + ("s" if first.endswith("s") else "")
    return "second" + ("e" if "e" in second else "") + ("s" if second.endswith("s") else "")


def _plural_ordinal(match: re.Match[str]) -> str:
    """"2es" -> "deuxièmes"."""
    value = int(match.group(1))
    return match.group(0) if value < 2 else _french_ordinal(value) + "s"


# "le prix du kWh", "0,20 € le kWh": an energy unit named with no number.
_ENERGY_ALONE = energy_units_alone(_UNITS, r"le|du|au|par|chaque|un")


def normalise(text: str, options: ReadingOptions) -> str:
    """The French rules, each only where its sign is (options are the English rules'; none applies here yet)."""
    text = _ENERGY_ALONE(text)
    text = _MOVEMENTS(_SPACED_CLOCK(text))  # before the clock rules; "II. Adagio" before the numerals'
    text = _MONTH_YEAR(text)  # "03/2019": before the dates' and fractions' slashes
    if "n mar." in text:
        text = _A_TUESDAY.sub(lambda m: "mardi" + ("." if ends_text(m) else ""), text)
    # "150 €/MWh", "lun.-ven.", "mar. 12": a span first, whose "au dim." is no day after an article alone
    text = _DAY_HOURS(_WEEKDAY_BEFORE_DAY(_WEEKDAY_SPAN(_EUROS_PER_UNIT(text))))
    if ". à" in text:  # after the span, whose last day may stand before the time ("du mer. au sam. à 20 h")
        text = _WEEKDAY_BEFORE_TIME.sub(lambda m: _WEEKDAY_NAMES[m.group(1)], text)
    if " cp" in text or "fois" in text:
        text = _TABLETS.sub(lambda m: "un comprimé" if m.group(1) == "1" else f"{m.group(1)} comprimés", text)
        text = _TIMES_A_DAY.sub(lambda m: f"fois par {_PERIODS[m.group(1)]}" + (
            "." if m.group(1) == "sem." and ends_text(m) else ""), text)
    if "n°" in text or "N°" in text or "nº" in text:
        text = _NUMBER_GLUED.sub("numéro ", text)
    if "e+" in text:
        text = _ORDINAL_STOPPAGE.sub(r"\1e plus ", text)
    text = _MOST(text)
    if " CC" in text or " HC" in text or " HT" in text or " TTC" in text:
        text = _CHARGES.sub(lambda m: _CHARGES_SAID[m.group(1)], text)
    if "GP " in text:
        text = _GRAND_PRIX.sub("Grand Prix", text)
    if "sem." in text:
        text = _WEEK.sub("semaine ", text)
    if "9.3" in text or "7.1" in text or "4.3" in text:
        text = _NAMED_ARTICLE.sub(lambda m: _NAMED_ARTICLES[m.group(1)], text)
    if "/" in text:
        text = _DAYS_AND_MONTHS(DAY_MONTH_YEAR.sub(_DATE, text))
        if "/24" in text or "/7" in text or "/ " in text:
            text = _ROUND_THE_CLOCK.sub(lambda m: "24 heures sur 24" if m.group(0)[0] == "2" else "7 jours sur 7", text)
    if has_dashed_year(text):  # "30-6-2026"
        text = DAY_MONTH_YEAR_DASHED.sub(_DATE, text)
    if "I" in text or "V" in text or "X" in text:
        text = _FIRST.sub(lambda m: "premier" if m.group(1) == "er" else "première", text)
        text = ROMAN_AFTER_WORD.sub(_roman, text)
        if " V" in text or " X" in text:
            text = _FIFTH_OR_TENTH.sub(_roman, text)
    if "M" in text or "D" in text or "P" in text:
        text = _TITLE.sub(lambda m: _TITLES[m.group(1)] + " ", text)
    text = _SHORT_MONTH(text)
    if "J.-C." in text:
        text = _ERA.sub(lambda m: _ERAS[m.group(1)] + ("." if ends_text(m) else ""), text)
    if " p." in text:
        text = _PAGES_OR_ROOMS.sub(_pages_or_rooms, text)
    if "par pers." in text:  # a price per person ("549 € par pers."); after a number, people ("6 pers.")
        text = _PER_PERSON.sub(lambda m: "personne" + ("." if ends_text(m) else ""), text)
    if "°" in text or "º" in text or "." in text or "bd" in text or "PDJ" in text or "JORF" in text:
        text = _ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group(1) or m.group(2) or m.group(3)]
                                 + (" " if m.group(3) else "") + ("." if m.group(2) and m.group(2)[-1] == "."
                                                                  and ends_text(m) else ""), text)
        if "min." in text:
            text = _MINUTES_STOP.sub("min", _MINIMUM.sub(lambda m: "minimum" + ("." if ends_text(m) else ""), text))
        if "." in text:
            text = _BEFORE_NUMBER.sub(lambda m: _BEFORE_A_NUMBER[m.group(1)] + " ", text)
            if "à déb." in text:
                text = _TO_BE_DISCUSSED.sub(lambda m: "débattre" + ("." if ends_text(m) else ""), text)
            if "at. " in text:
                text = _CATEGORY.sub(lambda m: "catégorie " if m.group(1) == "c" else "Catégorie ", text)
            if ".-" in text:
                text = _COMPASS.sub(lambda m: f"{_COMPASS_WORDS[m.group(1)]}-{_COMPASS_WORDS[m.group(2)]}"
                                    + ("." if ends_text(m) else ""), text)
    if "u T" in text:  # "au T3", "du T1"
        text = _QUARTER.sub(lambda m: f"{m.group(1) or m.group(3)} {_QUARTERS[int(m.group(2) or m.group(4)) - 1]} "
                            "trimestre", text)
    if "arr." in text or "ét." in text:
        text = _DISTRICT.sub(lambda m: _AFTER_AN_ORDINAL[m.group(1)] + ("." if ends_text(m) else ""), text)
    if "St-" in text or "Ste-" in text:
        text = _SAINT.sub(lambda m: "Sainte-" if m.group(1) else "Saint-", text)
    if "mmHg" in text:
        text = _BLOOD_PRESSURE.sub(r"\1 sur \2 millimètres de mercure", text)
    if "pts" in text or "pers." in text or "c. à " in text or "/sem." in text or " j." in text or " j d" in text \
            or " j " in text or " j," in text or text.endswith(" j") or " sem." in text or "pb" in text \
            or "bpm" in text or "gél." in text:
        text = _AFTER_NUMBER.sub(_after_number, text)
    if "0" in text:
        text = _GROUPED_NUMBER.sub(_grouped_number, text)
    if "e" in text:
        text = _ORDINAL.sub(_ordinal, text)
        if "es" in text:
            text = _PLURAL_ORDINAL.sub(_plural_ordinal, text)
        if "1" in text or "2n" in text or "2d" in text:
            text = _FIRST_SECOND.sub(_first_second, text)
    if "s." in text or "hab." in text:
        if "m2 hab." in text:
            text = _LIVING_AREA.sub("habitables", text)
        if "par hab." in text:
            text = _PER_INHABITANT.sub(lambda m: " par habitant" + (
                "." if ends_text(m) or NEXT_CAPITAL.match(m.string, m.end()) else ""), text)
        text = _INHABITANTS.sub(lambda m: "habitants" + (" par kilomètre carré" if m.group(1) else "")
                                + ("." if ends_text(m) else ""),
                                _CENTURY_SHORT.sub(lambda m: "siècle" + ("." if ends_text(m) else ""), text))
    if "Md" in text or "Mrd" in text:
        text = _BILLIONS_OF_UNITS.sub(lambda m: f"milliards de {_UNITS[m.group(1)][1]}", text)
        text = _BILLIONS.sub(lambda m: "milliard" if m.group(1) in ("Md", "Mrd") else "milliards", text)
    if "." in text and any(f"{short}." in text for short in _SHORT_MONTHS):
        if "n sept. " in text:
            text = _SEVEN_BEFORE_PLURAL.sub(lambda m: m.group(0) if m.group(1) in _NOT_PLURAL_NOUNS else "sept", text)
        text = _SHORT_MONTH_AFTER_WORD(text)
    text = _SHARED(text)
    if "H" in text or "(h/f)" in text or "(f/h)" in text:
        text = _SEXES.sub(lambda m: "homme ou femme" if (m.group(1) or m.group(2)).upper() == "H/F" else
                          "femme ou homme", text)
    if "+" in text and "ac" in text:
        text = _BAC_PLUS.sub(r"\1 plus \2", text)
    if "R+" in text:
        text = _FLOORS.sub(r"R plus \1", text)
    if "ention" in text:
        text = _MENTION.sub(lambda m: f"{m.group(1)} {_MENTIONS[m.group(2)]}", text)
    if "h" in text or ":" in text:
        text = KM_PER_HOUR.sub(" kilomètres heure", _CLOCK.sub(_clock, text))
    if "€" in text or "euro" in text:
        text = _SCALED_EUROS.sub(_scaled_euros, text)
        text = _EUROS.sub(_euros, text)
        if "/" in text:
            text = _PER_UNIT.sub(lambda m: f"{m.group(0)[0] if m.group(0)[0] == 's' else ''}{m.group(1) or ''} par "
                                 f"{_PER_UNITS.get(m.group(2), m.group(2))}", text)
    if ":" in text:
        text = SCORE.sub(r"\1 à \2", text)  # "2:1": a score
    if "-" in text or "–" in text:
        if "numéro" in text or "article" in text:
            text = _NUMBERED_DASH.sub(lambda m: f"{m.group(1)} tiret " if m.group(1) else
                                      f"{m.group(2) + ' ' if m.group(2) else ''}{m.group(3)} tiret ", text)
        text = MINUS.sub("moins ", SPAN_DASH.sub(_SPAN, text))  # "10-15", "3-1", "-5 °C"
    if " s" in text:
        text = _GAP_SECONDS(SECONDS_AFTER_MINUTES.sub(r"\1 secondes", DECIMAL_SECONDS.sub(r"\1 secondes", text)))
    if "km " in text:
        text = KM_BEFORE.sub(_KM_POSTS, text)
    if "m2" in text or "m3" in text:
        text = _UNIT_ALONE.sub(lambda m: _UNITS_ALONE[m.group(1)], text)
    if "/" in text:
        if "/100" in text:
            text = _PER_100_KM.sub(lambda m: f" {_CONSUMED[m.group(1)]} aux 100 kilomètres", text)
        text = _PER_DAY_OR_KM.sub(lambda m: "CO2 par kilomètre" if m.group(4) else
                                  f"{m.group(1)} {_UNITS[m.group(2)][m.group(1) not in ('0', '1')]} par "
                                  f"{_PER[m.group(3)]}", text)
    if " CV fiscaux" in text:
        text = _FISCAL.sub("chevaux", text)
    if " ch" in text:
        text = _HORSEPOWER.sub("chevaux", text)
        if _CAR.search(text):
            text = _HORSEPOWER_AT_END.sub("chevaux.", text)
        elif text.endswith(" ch."):
            text = _POWER_AT_END.sub(r"\1 chevaux.", text)
        if " ch." in text:
            text = _BEDROOMS.sub(lambda m: f"{m.group(1)} chambre{'' if m.group(1) == '1' else 's'}"
                                 + ("." if ends_text(m) else ""), text)
    if "- de " in text or "+ de " in text or "– de " in text:
        text = _MORE_OR_LESS.sub(lambda m: ("plus " if m.group(1) == "+" else "moins ").capitalize() if m.start() == 0
                                 else "plus " if m.group(1) == "+" else "moins ", text)
    if "+" in text:
        text = _STOPPAGE_TIME(text)
    if "Mt " in text:
        text = _MOUNT.sub("Mont", text)
    text = _FRACTIONS(_UNITS_AFTER_A_SCALE(_UNITS_IN_FULL(_SIDES(_RATES(_HALVES(text))))))
    if "e un " in text:
        text = _OF_ONE_PART.sub(r"\1'un ", text)
    return _ONE(_WHOLE_EUROS(_CURRENCIES(text)))
