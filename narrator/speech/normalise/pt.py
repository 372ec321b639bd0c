"""Portuguese: titles and abbreviations, clock times ("14h30"), km/h, reais and euros with their cents.

espeak-ng's Portuguese voice says Portuguese numbers well; these are what it misread: "Sr. Silva" ("S R" and a
sentence break), "Sra. Costa", "Dr." (a break after it), "14h30" ("catorze agá trinta"), "5 km/h" ("ka eme agá"),
"R$ 1.234,50" ("... vírgula cinquenta"), "3-1" ("três menos um"), "João VI" (the word "vi"), "200 km", "21:00",
"2º" (folded to "2o"), "R$ 3,5 bi", "12/03/2024".
"""

from __future__ import annotations

import re

from narrator.speech.normalise.europe import Words, hours_after_days, month_and_year, shared_forms, spaced_clock
from narrator.speech.normalise.indefinite import AGREEMENTS, counted_one, feminine_before
from narrator.speech.normalise.movements import movements_by_number
from narrator.speech.normalise.options import ReadingOptions
from narrator.speech.normalise.rates import rates, sides
from narrator.speech.normalise.saints import portuguese_saint, saints
from narrator.speech.normalise.util import (
    DAY_MONTH_YEAR,
    DAY_MONTH_YEAR_DASHED,
    DECIMAL_SECONDS,
    DEGREES_AS_ORDINAL,
    EUROS_WITH_CENTS,
    KM_BEFORE,
    KM_PER_HOUR,
    NEXT_CAPITAL,
    ORDINAL_INDICATOR,
    ROMAN_AFTER_WORD,
    SCORE,
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
    months_after_a_day,
    ordinal_with_indicator,
    rulers_by_ordinal,
    seconds_before_a_gap,
    span_joined_by,
    stoppage_time,
    telephone_numbers,
    units_after_a_scale,
    units_in_full,
    weekdays_before_a_day,
    weekdays_every,
    weekdays_in_a_span,
    written_forms,
)

_ABBREVIATIONS = {
    "Sr.": "senhor", "Sra.": "senhora", "Srta.": "senhorita", "Srs.": "senhores", "Sras.": "senhoras",
    "Dr.": "doutor", "Dra.": "doutora", "Prof.": "professor", "Profa.": "professora", "Av.": "avenida",
    "av.": "avenida", "pág.": "página", "p. ex.": "por exemplo", "V. Exa.": "Vossa Excelência",
    "aprox.": "aproximadamente", "Aprox.": "Aproximadamente", "art.": "artigo", "arts.": "artigos",
    "n.º": "número", "n.o": "número",  # "n.o": tidy has folded the indicator
    "op.": "opus",  # a work's number ("op. 9"), only before it
    "Dr.ª": "doutora", "Dr.a": "doutora", "Prof.ª": "professora", "Prof.a": "professora",  # Portugal's feminine titles
    # recipes and small ads
    "xíc.": "xícara", "xícs.": "xícaras", "colh.": "colher", "apto.": "apartamento", "Apto.": "Apartamento",
    "tel.": "telefone", "Tel.": "Telefone", "c/": "com", "s/": "sem",  # a hotel's "quarto c/ vista"
    "máx.": "máximo", "mín.": "mínimo",  # a leaflet's dose
    "Máx.": "Máximo", "Mín.": "Mínimo",  # opening a notice's sentence before its number ("Máx. 2 volumes")
    "q.b.": "quanto baste", "q. b.": "quanto baste",  # a recipe's "as much as it takes"
    # history's era ("14 d.C.": espeak-ng said "dê cê")
    "a.C.": "antes de Cristo", "a. C.": "antes de Cristo", "d.C.": "depois de Cristo", "d. C.": "depois de Cristo",
    "Cia.": "Companhia", "Ltda.": "Limitada",  # a firm's name ("Souza & Cia.", "Irmãos Lopes Ltda.")
}
# A firm's name ends sentences as often: its stop stays before a capital too ("Ltda. A empresa").
_MAY_END = frozenset({"Cia.", "Ltda."})
# After a number only: a table's points, a rate's percentage points ("60 pts", "0,5 p.p."); elsewhere letters.
# And a listing's bedrooms, an exam's marks out of twenty ("17,8 val."), a report's inhabitants ("100 mil hab.").
# A leaflet's tablets and capsules ("1 cp de 8/8 h", "2 cáps."), the one said by _ONE.
_AFTER_NUMBER = re.compile(r"(?:(?<=\d )|(?<=\d mil ))(pts|p\.p\.|dorm\.|val\.|hab\.|cp\b\.?|comp\.|c[aá]ps\.)(?!\w)")
_COUNTED = {"dorm.": ("dormitório", "dormitórios"), "val.": ("valor", "valores"), "hab.": ("habitante", "habitantes"),
            "cp": ("comprimido", "comprimidos"), "cp.": ("comprimido", "comprimidos"),
            "comp.": ("comprimido", "comprimidos"), "cáps.": ("cápsula", "cápsulas"), "caps.": ("cápsula", "cápsulas")}
# "(m/f)": a job advert's two sexes in their brackets (the voice said "eme barra efe").
_SEXES = re.compile(r"(?<=\()([mM]/[fF]|[fF]/[mM])(?=\))")
# "1.200 € x 14 meses": a year's pay in twelve to fourteen months, "vezes" (elsewhere "2 x 1" is a score).
_TIMES_MONTHS = re.compile(r"(?<=\s)x(?= 1[2-4] meses\b)")
# "de 3.ª a dom.", "2.ª a 6.ª": weekdays by their ordinals in a span (tidy has folded the indicator: "3.a"), as
# Portugal writes opening hours ("terceira a dom." before); "2.ª feira" alone is the ordinal rules'.
_ORDINAL_WEEKDAYS = re.compile(r"(?<![\w.])([2-6])\.?a a (?:([2-6])\.?a(?![\w-]| ?feira)|(s[áa]b|dom)(\.?))")
_ORDINAL_WEEKDAY_NAMES = {"2": "segunda-feira", "3": "terça-feira", "4": "quarta-feira", "5": "quinta-feira",
                          "6": "sexta-feira", "sáb": "sábado", "sab": "sábado", "dom": "domingo"}
# "1,3 mil milhões de km": kilometres after a scale and "de" (units_after_a_scale wants them without "de").
_KM_AFTER_SCALE_OF = re.compile(r"\b(milhões|bilhões|milhares|mil) de km\b")
# "no 3.º trim.": a quarter shortened after its ordinal (by now a word: "terceiro trim.").
_QUARTER_SHORT = re.compile(r"\b(primeiro|segundo|terceiro|quarto) trim\.")
# "o art. 78.º": an article of a law from the tenth on is said by its number ("artigo setenta e oito"), to the ninth
# by its ordinal ("artigo quinto"), as Portuguese and Brazilian drafting rules say ("septuagésimo oitavo" before).
_ARTICLE_FROM_TENTH = re.compile(r"\b(?:[Aa]rtigos?|[Aa]rts?\.) \d{1,4}\.?[ºo](?:(?:, | e | a )\d{1,4}\.?[ºo])*"
                                 r"(?=[\s,.;:)]|$)")
_ARTICLE_NUMBER = re.compile(r"(\d{2,4})\.?[ºo]")
# "Paciente de 72 a., internado": a discharge note's age in years.
_AGE_IN_YEARS = re.compile(r"(?<=\bde )(\d{1,3}) a\.(?=,|\s(?!m\.)[a-záéíóúãõç])")  # "de 9 a. m." is the morning
# "120/80 mmHg": a blood pressure, the upper "por" the lower (a Brazilian doctor's "doze por oito").
_BLOOD_PRESSURE = re.compile(r"(?<![\w.,/])(\d{2,3})/(\d{2,3})\s?mmHg\b")
_PULSE = re.compile(r"(?<=\d )bpm\b")
# "a igreja de S. Pedro": a saint after a church's name, a feast's or a street's.
_SAINT = saints("(?:igreja|paróquia|capela|basílica|catedral|santuário|festas?|hospital|largo|rua|praça|avenida)"
                "(?: de| do| da| dos)?", portuguese_saint)
# "2.º esq.", "3.º dto.": a flat's side after its floor, as Lisbon's addresses write it.
_SIDE = re.compile(r"(?<=o )(esq|dto|dt)\.(?=[\s,;]|$)")
_SIDES_OF_A_FLOOR = {"esq": "esquerdo", "dto": "direito", "dt": "direito"}
# "de 6/6 h": a dose every so many hours ("seis barra seis" before).
_EVERY_HOURS = re.compile(r"\bde (\d{1,2}) ?/ ?(\d{1,2}) ?h(?:oras)?\b")  # "de 8/8 horas" too
# "de 20/12 a 3/1": a span of two days of months (a fraction's "de 1/2 a 3/4" has no day over twelve).
_DAY_SPAN = re.compile(r"(\d{1,2})/(\d{1,2}) (a|e) (\d{1,2})/(\d{1,2})(?![\w/]|[.,]\d)")  # after _SPAN_LEADS
_SPAN_LEADS = ("de ", "De ", "entre ", "Entre ")
# "dom. às 10h": a weekday before a time.
_WEEKDAY_BEFORE_TIME = re.compile(r"\b(seg|ter|qua|qui|sex|sáb|dom)\.(?= às\b)")
# "até às 18h de qui.", "Chave de sex.:": a weekday shortened after "de" where the sentence ends or a colon follows;
# "de seg." is "segurança" as often ("curso de seg."), and is read only after a time ("às 18h de seg."), as is one
# before a comma ("entre as 6h e as 18h de qua., com rajadas") or a span's other end ("entre as 0h de seg. e as 24h
# de qua.", "das 22h de sex. até às 6h de seg.").
_WEEKDAY_AFTER_DE = re.compile(r"(?<= de )(seg|ter|qua|qui|sex|sáb|dom)\.(?=:|\s*$|[,;]| (?:e|a|até) )")
_TIME_BEFORE_DE = re.compile(r"(?:\dh|\dh[0-5]\d|\bhoras) de $")
# "1100-148 Lisboa": a Portuguese postcode before its town ("mil e cem menos cento e quarenta e oito" before).
_POSTCODE = re.compile(r"(\d{4})-(\d{3})(?= [A-ZÁÉÍÓÚ])")  # standing alone: _postcode
_HALVES = halves_of_units({"l": "meio litro", "kg": "meio quilo", "km": "meio quilômetro", "h": "meia hora",
                           "xícara": "meia xícara", "colher": "meia colher"})
# "3x por semana", "2x ao dia": times a week or a day (espeak-ng: "três xis").
_TIMES_PER = re.compile(r"(?<![\w.,])(\d{1,2}) ?x (?=(?:por|ao|na|a cada) (?:semana|dia|mês|ano)\b)")
# "2x/dia", "3x/semana": the same with a slash for "por" ("dois xis barra dia").
_TIMES_SLASH = re.compile(r"(?<![\w.,])(\d{1,2}) ?x ?/ ?(?=(?:semana|dia|mês|ano)\b)")
# A month shortened with its stop after the day ("3 de out. de 2024").
_SHORT_MONTHS = {"jan": "janeiro", "fev": "fevereiro", "mar": "março", "abr": "abril", "mai": "maio", "jun": "junho",
                 "jul": "julho", "ago": "agosto", "set": "setembro", "out": "outubro", "nov": "novembro",
                 "dez": "dezembro"}
_SHORT_MONTH = months_after_a_day(_SHORT_MONTHS, r"(?<=\d de )", capital_ends=True)
# "4 jan. 2027": a day, its month shortened and a year without the "de"s Portuguese says between them (espeak-ng stopped
# at the stop as at a sentence's end).
_DAY_SHORT_MONTH_YEAR = re.compile(rf"(?<![\w.,])(\d{{1,2}}) ({'|'.join(_SHORT_MONTHS)})\. ((?:19|20)\d\d)\b")
# "de 20 dez. a 4 jan.", "termina a 28 fev.": a month shortened right after the day, the "de" between them unwritten
# (and "dez" alone is the number ten): the day and its "de", then the month as after one.
_DAY_BEFORE_SHORT_MONTH = re.compile(rf"(?<![\w.,])(?<!\d )([1-9]|[12]\d|3[01]) "
                                     rf"(?=(?:{'|'.join(_SHORT_MONTHS)})\.(?:[\s,;:)]|$))")
# "2 c. de sopa", "1 c. de chá": spoons after a number, as recipes shorten them.
_SPOONS = re.compile(r"(?<![\w.,])(\d+) c\. (?=de (?:sopa|chá|café|sobremesa)\b)")
# "20 min. na Linha": minutes shortened before more of the sentence: the stop is no sentence's end.
_MINUTES_STOP = re.compile(r"(?<=\d )min\.(?=\s+[a-zà-ú])")
# "na sem. 49": a week by its number.
_WEEK_BEFORE = re.compile(r"(?<![\w.])sem\.\s?(?=\d{1,2}\b)")
# "5,2 l/100 km": a car's consumption.
_PER_100_KM = re.compile(r"(?<=\d)\s?(l|kWh)\s?/\s?100\s?km\b")
_CONSUMED = {"l": "litros", "kWh": "quilowatts-hora"}
# "até dez. de 2028", "em jan.": a month shortened after a word that leads to one, with no day before it. After "em"
# "mar" may be the sea's word ("em mar aberto"), so there the words are months only before more of the sentence;
# after "até" and "desde" they are months at the end too ("no trimestre até out.").
_SHORT_MONTH_AFTER_WORD = months_after_a_day(_SHORT_MONTHS, r"(?<=\b[Ee]m )", words_too=("mar", "set", "out"),
                                             capital_ends=True)
_SHORT_MONTH_AFTER_UNTIL = months_after_a_day(_SHORT_MONTHS, r"(?<=\b[Aa]té )|(?<=\b[Dd]esde )", capital_ends=True)
_ABBREVIATION = written_forms(_ABBREVIATIONS)
# "14h30", "14h", "9 h 15": hours, then minutes.
_CLOCK = re.compile(r"(?<![\w.,:])([01]?\d|2[0-4])(?:\s?h\s?([0-5]\d)?(?![\w/])|:([0-5]\d)(?![\d:]|[.,]\d))")
# "R$ 1.234,50", "1.234,50 €": reais or euros, then the cents ("mil ... reais e cinquenta centavos").
_REAIS = re.compile(r"R\$\s?(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d{2}))?(?![\d,.]\d)")
# "R$ 3,5 bilhões", "R$ 28,7 bi": a scale after the amount; the currency is said after it, "de reais".
_SCALED_REAIS = re.compile(r"R\$\s?(\d+(?:,\d+)?)\s?(bilhões|bilhão|milhões|milhão|bi|mi|tri|trilhões|trilhão|mil)\b")
_SCALES = {"bi": "bilhões", "mi": "milhões", "tri": "trilhões"}
# "5,40 R$": the sign after the amount, as a rate is sometimes written (the voice left the sign unsaid).
_REAIS_AFTER = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d{2}))?\s?R\$(?![\w$])")
# "120 cv", "14 km/l": a car's horsepower and how far it goes on a litre (espeak-ng spelled them).
_HORSEPOWER = re.compile(r"(?<=\d )cv\b")
_KM_PER_LITRE = re.compile(r"(?<=\d)\s?km/l\b")
_STOPPAGE_TIME = stoppage_time("mais")
# "2,5 M€": millions of euros, as budgets write them.
_MILLIONS_OF_EUROS = re.compile(r"(?<![\w.,])(\d+(?:,\d+)?(?: mil)?)\s?M€")  # "16,6 mil M€": thousands of millions
# "D. João VI", "D. Maria II": "Dom" or "Dona" before a name ("D." was read as the numeral, "quinhentos").
_DOM = re.compile(r"(?<![\w.])D\.\s(?=([A-ZÁÉÍÓÚ][a-záéíóúãõç]+))")
_NAME_BEFORE = re.compile(r"[A-ZÁÉÍÓÚ]\w*\s$")
_TELEPHONE = telephone_numbers("mais", r"\(\d{2}\)")  # "(11) 91234-5678": "noventa e um mil ... menos ..." before
# "2/3 dos deputados": a fraction before "of" ("dois três" before).
_FRACTIONS = fractions_in_words(
    (("meio", "meios"), ("terço", "terços"), ("quarto", "quartos"), ("quinto", "quintos"), ("sexto", "sextos"),
     ("sétimo", "sétimos"), ("oitavo", "oitavos"), ("nono", "nonos"), ("décimo", "décimos")),
    "um", r"\s(?:de|do|da|dos|das)\b", ("o", "no", "do", "dia", "em", "até", "desde"))
# "US$ 5 bilhões", "1,04 CHF", "1.050 €": a currency's code or sign (espeak-ng: "U S cifrão", "tse a ge a efe", and
# "euro" whatever the amount).
_CURRENCIES = currencies_in_words({
    "US$": ("dólar", "dólares"), "USD": ("dólar", "dólares"), "CHF": ("franco suíço", "francos suíços"),
    "GBP": ("libra", "libras"), "€": ("euro", "euros"),
}, "mil milhões|milhões|milhão|bilhões|bilhão|trilhões|trilhão|bi|mi|tri", "de ", thousands="mil")
# "O jogo terminou 2 x 1", "Flamengo 3 x 0 Vasco": a score written with "x" (espeak-ng said "xis"), after a word of
# winning, losing or drawing, or between two names; "4 x 100 m", "uma sala de 3 x 4", "tela 16 x 9" and "2 x 2 = 4"
# are dimensions, ratios and sums.
_SCORE_X = re.compile(
    r"(\b(?i:venc|perd|termin|empat|ganh|bat|golead|placar|derrota|vitória)\w*(?:\s[^\s\d]+){0,3}\s)"
    r"(\d{1,2}) ?[xX×] ?(\d{1,2})(?![\w.,]\d|\w|\s?(?:[mck]?m\b|metros?\b|[=*+×]))"
    r"|(\b[A-ZÀ-Ý][\w-]+\s)(\d{1,2}) ?[xX×] ?(\d{1,2})(?=\s[A-ZÀ-Ý])"
)
_SHORT_SCALE = re.compile(r"(?<=\d )(bi|mi|tri)(?= de )")
# A race's gap ("1'23''"), a week's hours ("40h semanais"), "1,9 ‰", a salary's span ("3.000-4.000 €") and a job
# advert's two genders ("empregado/a"): see europe.py.
_SHARED = shared_forms(Words(("minuto", "minutos"), ("segundo", "segundos"), "horas", "por mil", " e ", to="a",
                             either="ou", scales="20", over="em", plus="mais", thousandths=" e {} milésimos",
                             a_week="por semana", per_litre="euros por litro", hour=("hora", "horas"),
                             by_volume="% volume",
                             power="elevado a {}|menos", and_a_half="{} e meio", minutes_alone=True,
                             one="um", degrees=("grau", "graus"), both_prices="e", low_to_high="a",
                             abstained=("abst", "abstenção", "abstenções")))
_SPACED_CLOCK = spaced_clock("às|das|pelas|as|Às|Das|Pelas", "h|horas")
_MOVEMENTS = movements_by_number("pt")  # a programme's "II. Adagio"
_ONE = counted_one(AGREEMENTS["pt"])  # "1 garrafa" -> "uma garrafa" (indefinite.py)


_ONE_POINT = re.compile(r"(?<![\d.,])(?:1|0,\d+|1,\d+) $")


# "entre os km 40 e 52": the posts after a plural article
_KM_POSTS = kilometre_posts("quilômetro", "quilômetros", ("os", "Os", "dos", "nos", "aos", "pelos"))


# "23 s de vantagem", "a 12 s do líder": a gap's whole seconds before whom or what it is behind or ahead of; and
# whole seconds after minutes, here already words when they come ("1 min 2 s": "1 minuto 2 s" before).
_GAP_SECONDS = seconds_before_a_gap(r"d[oa]s?\b|de\b|sobre\b", ("segundo", "segundos"))
_SECONDS_AFTER_MINUTES = re.compile(r"(?:(?<=\bmin )|(?<=\bminuto )|(?<=\bminutos ))(\d{1,2})\s?s\b(?![.\w]\w)")


def _seconds(match: re.Match[str]) -> str:
    """Whole seconds in words, one of them singular."""
    return f"{match.group(1)} segundo{'' if match.group(1) == '1' else 's'}"


def _after_number(match: re.Match[str]) -> str:
    """"60 pts" -> "60 pontos", "0,5 p.p." -> "0,5 ponto percentual" (under two, Portuguese says it in the singular)."""
    one = _ONE_POINT.search(match.string, max(0, match.start() - 8), match.start()) is not None
    if match.group(1) == "pts":
        return "ponto" if one else "pontos"
    if match.group(1) in _COUNTED:
        return _COUNTED[match.group(1)][not one or "," in match.string[max(0, match.start() - 5):match.start()]] + (
            "." if match.group(1).endswith(".") and ends_text(match) else "")
    return ("ponto percentual" if one else "pontos percentuais") + ("." if ends_text(match) else "")


def _dom(match: re.Match[str]) -> str:
    """"D. João" -> "Dom João", "D. Maria" -> "Dona Maria"; an initial after a name ("José D. Silva") is left."""
    if _NAME_BEFORE.search(match.string, max(0, match.start() - 30), match.start()):
        return match.group(0)
    return "Dona " if match.group(1).endswith("a") else "Dom "
# "R$ 5,89/l": a price per unit.
_PER_UNIT = re.compile(r"(?:(?<=centavos)|(?<=cêntimos)|(?<=reais)|(?<=euros))\s?/\s?"
                       r"(l|hl|kg|m2|m3|ha|h|km|kWh|MWh|mês|ano|dia|semana|hora|noite|pessoa|saca|sc|cabeça|t|@)(?!\w)")
# A wine's per hectolitre, a lease's per hectare, water's per cubic metre; coffee's per sack, cattle's per arroba
# and per head ("R$ 1.450/saca", "R$ 310/@").
_PER_UNITS = {"t": "tonelada", "hl": "hectolitro", "ha": "hectare", "m3": "metro cúbico", "saca": "saca",
              "sc": "saca", "@": "arroba", "cabeça": "cabeça",
              "l": "litro", "kg": "quilo", "m2": "metro quadrado", "h": "hora", "km": "quilômetro",
              "kWh": "quilowatt-hora", "MWh": "megawatt-hora", "mês": "mês", "ano": "ano", "dia": "dia",
              "semana": "semana", "noite": "noite",
              "hab.": "habitante"}  # a budget's or a debt's per inhabitant ("300 €/hab.")
_EUROS_PER_UNIT = euros_per_unit(_PER_UNITS, "{amount} {euros} por {unit}")
_WEEKDAY_NAMES = {"seg": "segunda-feira", "ter": "terça-feira", "qua": "quarta-feira", "qui": "quinta-feira",
                  "sex": "sexta-feira", "sáb": "sábado", "sab": "sábado", "dom": "domingo"}
_WEEKDAY_BEFORE_DAY = weekdays_before_a_day(_WEEKDAY_NAMES, ("no", "na", "do", "da", "ao", "nos", "aos", "até", "um",
                                                            "uma"))  # "calha a um sáb."
_WEEKDAY_SPAN = weekdays_in_a_span(_WEEKDAY_NAMES, "a", "de")  # "de seg. a sex.", "seg.-sex."
# "às ter. e qui.", "aos sáb.", "às 2.as e 4.as": every such day, each of a chain after "às", "aos", "nas" or "nos"
# ("às terça-feira e quinta-feira" before); the days in "-feira" said short ("às terças"), as a reader says them.
_EVERY_WEEKDAY = weekdays_every({**{f"{short}.": name.split("-")[0] + "s" for short, name in _WEEKDAY_NAMES.items()},
                                 **{f"{number}.as": day for number, day in
                                    (("2", "segundas"), ("3", "terças"), ("4", "quartas"), ("5", "quintas"),
                                     ("6", "sextas"))}}, ("às", "aos", "nas", "nos"), "e")
_EVERY_WEEKDAY_LEADS = first_letters(("às", "aos", "nas", "nos", "Às", "Aos", "Nas", "Nos"))
# "aos dom. e feriados": every such day after a plural article ("aos domingo" before); the weekdays in "-feira" are
# left to the rule above ("segundas-feiras" is not a plural its names make).
_EVERY_WEEKEND_DAY = re.compile(r"\b((?:aos|nos|os|Aos|Nos) )(sáb|sab|dom)\.(?=[\s,;)]|$)")
# "do CP", "o DR n.º 45": the penal code and the gazette by their letters after an article (elsewhere other letters).
_CODE_LETTERS = re.compile(r"\b((?:do|no|o) )CP\b(?![\w-])|\bDR(?= n\.[ºo] ?\d| número)")
_DAY_HOURS = hours_after_days((*_WEEKDAY_NAMES.values(), "sexta", "segunda"), "das {a} às {b} horas", "e")
# "o preço do m²": a unit after a word that leads to it, with no number before it ("eme dois").
_UNIT_ALONE = re.compile(r"(?:(?<=\bdo )|(?<=\bo )|(?<=\bpor )|(?<=\bcada ))(m2|m3|km2|kWh|MWh)\b")
_UNITS_ALONE = {"m2": "metro quadrado", "m3": "metro cúbico", "km2": "quilômetro quadrado", "kWh": "quilowatt-hora",
                "MWh": "megawatt-hora"}  # "80 centavos por kWh": a tariff's unit
# "milhões de US$", "bilhões de R$": a currency's sign after "de", with no amount after it.
_SIGN_AFTER_OF = re.compile(r"(?<=\bde )(US\$|R\$|€)(?=[.,;:)]|$|\s+(?!\d))")
_SIGNS = {"US$": "dólares", "R$": "reais", "€": "euros"}
# "a Lei 14.133/2021", "o Decreto 10.024/2019": a law's number and its year, "14.133 de 2021" ("barra").
# "nº" is "no" by now (tidy folds the indicator): after a law's name it is "número" ("Lei nº 8.666/1993").
_ACT_NUMBER = re.compile(r"\b((?:[Ll]ei|[Dd]ecreto|[Cc]omplementar|[Mm]edida [Pp]rovisória|MP|PEC|PL)\s)(n\.?o\s)?"
                         r"(\d{1,2}(?:\.\d{3})?|\d{1,4})/((?:19|20)\d\d)\b(?![/\d])")
# "D. Pedro I", "Pedro I governou": the first after a capitalised name ("i" before); see es.py.
_FIRST_RULER = re.compile(r"\b([A-ZÁÉÍÓÚ][a-záéíóúãõç]+)\s+(I)()(?=\s+[a-záéíóúãõç]|[,;:)]|$)")
# "D. João V", "Pio X": the fifth and the tenth, one letter, after a name kings and popes bear ("Malcolm X", "a
# geração X" are left; espeak-ng said "vê", "xis"); see es.py.
_RULER_NAMES = ("Carlos", "Filipe", "Fernando", "Afonso", "Henrique", "João", "Pedro", "Jaime", "Luís", "Pio", "Paulo",
                "Gregório", "Bento", "Leão", "Clemente", "Jorge", "Eduardo", "Guilherme", "Frederico", "Sisto",
                "Urbano", "Inocêncio", "Bonifácio", "Alexandre", "Ramsés", "Constantino", "Manuel", "Sancho", "Dinis")
_FIFTH_OR_TENTH = re.compile(rf"\b({'|'.join(_RULER_NAMES)})\s+([VX])()(?=\s+[a-záéíóúãõç]|[,;:)]|$)")
_NUMBERED = frozenset({"fase", "grupo", "nível", "tipo", "anexo", "série", "copa", "divisão", "categoria", "parte",
                       "título", "capítulo", "tomo", "livro", "ato", "volume", "século", "artigo", "guerra"})
# "séc. XIX": the century shortened before its numeral.
_CENTURY_SHORT = re.compile(r"(?<![\w.])séc\.\s(?=[XVI]+\b)")


_ONLY_BEFORE_NUMBER = frozenset({"op.", "Máx.", "Mín."})


def _abbreviation(match: re.Match[str]) -> str:
    """The word an abbreviation stands for, an adjective in its noun's gender; at the text's end it keeps its stop."""
    if match.group(0) in _ONLY_BEFORE_NUMBER and not match.string[match.end():match.end() + 2].strip()[:1].isdigit():
        return match.group(0)  # "op. cit." is a citation's; "Máx." and "Mín." are said before a number only
    said = _ABBREVIATIONS[match.group(0)]
    if match.group(0) in ("máx.", "mín.") and feminine_before(match.string, match.start(), "pt"):
        said = said[:-1] + "a"  # "experiência mín." -> "mínima": the adjective agrees with its noun
    ends = ends_text(match) or (match.group(0) in _MAY_END and NEXT_CAPITAL.match(match.string, match.end()))
    return said + ("." if ends else "")


def _money(match: re.Match[str], currency: str) -> str:
    """"1.234,50" -> "1.234 reais e 50 centavos", "0,80 €" -> "80 cêntimos": the real's cent is a centavo, the euro's a
    cêntimo, as Portugal (whose money the euro is) and the euro's own Portuguese name say."""
    whole, cents = match.group(1), match.group(2)
    cent = "cêntimo" if currency.startswith("euro") else "centavo"
    if whole == "0" and cents and int(cents):
        return f"{int(cents)} {cent}{'' if int(cents) == 1 else 's'}"  # "R$ 0,80": an amount under a real
    spoken = f"{whole} {currency}"
    return spoken + (f" e {int(cents)} {cent}s" if cents and int(cents) else "")


# A numeral counts after these words written small ("o capítulo IV"); after a capitalised name it is a ruler's.
_COUNTERS = frozenset({"capítulo", "tomo", "ato", "título", "livro", "parte", "volume", "século", "artigo"})
_QUEENS = frozenset({"Isabel", "Beatriz", "Leonor"})  # queens whose names do not end in "a"


_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho",
           "julho", "agosto", "setembro", "outubro", "novembro", "dezembro")

# a month and a year, "03/2019"; a date with a Roman month, "5.X.1910" (europe.py)
_MONTH_YEAR = month_and_year(_MONTHS, "{month} de {year}", "{day} de {month} de {year}")
_DATE = date_in_words(_MONTHS, "{day} de {month} de {year}", "primeiro")
_DAYS_AND_MONTHS = days_and_months("o|os|do|no|dia|em|até|desde", "e", _MONTHS, "{day} de {month}", "primeiro",
                                   ("o", "do", "no"), "dia")


# Units after a number, said in full (espeak-ng spelled most: "200 km" was "ka eme", "3 m" a letter).
_UNITS = {
    "UI": ("unidade internacional", "unidades internacionais"),  # a dose ("2.000 UI de vitamina D")
    "min": ("minuto", "minutos"),
    "kn": ("nó", "nós"),  # a wind's or a boat's speed ("rajadas de 30 kn")
    "km": ("quilômetro", "quilômetros"), "m": ("metro", "metros"), "cm": ("centímetro", "centímetros"),
    "mm": ("milímetro", "milímetros"), "kg": ("quilo", "quilos"), "g": ("grama", "gramas"),
    "mg": ("miligrama", "miligramas"), "l": ("litro", "litros"), "ml": ("mililitro", "mililitros"),
    "cl": ("centilitro", "centilitros"),  # a bottle's ("75 cl")
    "hl": ("hectolitro", "hectolitros"),  # a harvest's wine or oil ("1,2 milhões de hl")
    "ha": ("hectare", "hectares"), "t": ("tonelada", "toneladas"),
    "km2": ("quilômetro quadrado", "quilômetros quadrados"),
    "m2": ("metro quadrado", "metros quadrados"), "m3": ("metro cúbico", "metros cúbicos"),
    # an air or a water test's micrograms ("40 µg/m³": tidy has made the micro sign a mu, the cube a digit)
    "μg/m3": ("micrograma por metro cúbico", "microgramas por metro cúbico"), "μg": ("micrograma", "microgramas"),
    # a river's flow, a particle's size, a label's energy, a camera's sensor ("8.000 m³/s", "2,5 µm", "320 kcal",
    # "45 MP"; the voice said "m três barra s", "mu m", the letters)
    "m3/s": ("metro cúbico por segundo", "metros cúbicos por segundo"), "μm": ("micrômetro", "micrômetros"),
    "kcal": ("quilocaloria", "quilocalorias"), "MP": ("megapixel", "megapixels"), "Mpx": ("megapixel", "megapixels"),
    "kWh": ("quilowatt-hora", "quilowatts-hora"), "kW": ("quilowatt", "quilowatts"), "MW": ("megawatt", "megawatts"),
    "GW": ("gigawatt", "gigawatts"), "°C": ("grau Celsius", "graus Celsius"),
    # a device's and a grid's: memory, frequency, power, charge, energy, bandwidth
    "GB": ("gigabyte", "gigabytes"), "MB": ("megabyte", "megabytes"), "TB": ("terabyte", "terabytes"),
    "GHz": ("gigahertz", "gigahertz"), "MHz": ("megahertz", "megahertz"), "Hz": ("hertz", "hertz"),
    "W": ("watt", "watts"), "mAh": ("miliampere-hora", "miliamperes-hora"), "Wh": ("watt-hora", "watts-hora"),
    "MWh": ("megawatt-hora", "megawatts-hora"), "GWh": ("gigawatt-hora", "gigawatts-hora"),
    "TWh": ("terawatt-hora", "terawatts-hora"), "Mbps": ("megabit por segundo", "megabits por segundo"),
    "Gbps": ("gigabit por segundo", "gigabits por segundo"), "Mbit/s": ("megabit por segundo", "megabits por segundo"),
    "Gbit/s": ("gigabit por segundo", "gigabits por segundo"),
    # as the German and French tables have them: a probe's or a wind's speed, a storm's rain, a solar plant's peak
    # power, a line's and a disk's rates (the voice spelled them)
    "km/s": ("quilômetro por segundo", "quilômetros por segundo"), "m/s": ("metro por segundo", "metros por segundo"),
    "l/m2": ("litro por metro quadrado", "litros por metro quadrado"),
    # a mass spread over a square metre (a lawn's seed, a paper's weight: "30 g/m²"), a film's frames a second
    "g/m2": ("grama por metro quadrado", "gramas por metro quadrado"),
    "kg/m2": ("quilo por metro quadrado", "quilos por metro quadrado"),
    "fps": ("imagem por segundo", "imagens por segundo"),
    "kWp": ("quilowatt-pico", "quilowatts-pico"), "MWp": ("megawatt-pico", "megawatts-pico"),
    "Mb/s": ("megabit por segundo", "megabits por segundo"), "MB/s": ("megabyte por segundo", "megabytes por segundo"),
}
_UNITS_IN_FULL = units_in_full(_UNITS)
# "60 sacas/ha", "8 t/ha": a yield per hectare, the sacks shortened too ("62 sc/ha", only before a rate); "3x4 m": a
# surface's sides.
_RATES = rates({**_UNITS, "sc": ("saca", "sacas")},
               {"ha": "por hectare", "kWh": "por quilowatt-hora", "MWh": "por megawatt-hora",
                "dl": "por decilitro", "dL": "por decilitro", "l": "por litro",  # "110 mg/dL": a blood test's
                "dia": "por dia", "semana": "por semana",  # a leaflet's dose ("4 g/dia"), a week's ("7 dias/semana")
                "km": "por quilômetro"})  # a car's emission ("105 g/km")
_SIDES = sides("por", "metros?|centímetros?|milímetros?|quilômetros?|quilómetros?")
# "90 mil km", "24 bilhões de km": a unit after a scale word, which units_in_full does not reach.
_UNITS_AFTER_A_SCALE = units_after_a_scale(_UNITS, ("mil", "milhões", "milhão", "bilhões", "bilhão"), "de ")
_RULERS = rulers_by_ordinal("pt", _COUNTERS, _QUEENS)
_ORDINAL_WITH_INDICATOR = ordinal_with_indicator("pt")
_SPAN = span_joined_by("a")


# "A temperatura chegou a 38º": degrees where the clause speaks of heat before the sign or of shade after it.
_HEAT = re.compile(r"(?i:temperatura|máxima|mínima|termômetro|termómetro|termômetros|graus|calor|frio|onda de)")
_SHADE = re.compile(r"\s(?:à sombra|de máxima|de mínima)\b")
_DEGREES_IN_HEAT = degrees_where_hot(_HEAT, _SHADE, "graus")


def _first_ruler(match: re.Match[str]) -> str:
    """"Pedro I" -> "Pedro primeiro", "Fase I" -> "Fase 1"."""
    return f"{match.group(1)} 1" if match.group(1).lower() in _NUMBERED else _RULERS(match)


def _ordinal_weekdays(match: re.Match[str]) -> str:
    """"3.a a dom." -> "terça-feira a domingo": a span of weekdays by their ordinals; a stop ending the text stays."""
    first, last, named, stop = match.groups()
    spoken = f"{_ORDINAL_WEEKDAY_NAMES[first]} a {_ORDINAL_WEEKDAY_NAMES[last or named.lower()]}"
    return spoken + ("." if stop and ends_text(match) else "")


def _weekday_after_de(match: re.Match[str]) -> str:
    """"de qui." -> "de quinta-feira", its stop kept at the text's end; "de seg.", and one before a comma or a span's
    other end, only after a time."""
    after_time = _TIME_BEFORE_DE.search(match.string, max(0, match.start() - 10), match.start())
    guarded = match.group(1) == "seg" or match.string.startswith((",", ";", " e ", " a ", " até "), match.end())
    if guarded and not after_time:
        return match.group(0)
    return _WEEKDAY_NAMES[match.group(1)] + ("." if ends_text(match) else "")


# "o preço do kWh", "por kWh": an energy unit named with no number.
_ENERGY_ALONE = energy_units_alone(_UNITS, r"o|do|ao|por|cada|um")


def normalise(text: str, options: ReadingOptions) -> str:
    """The Portuguese rules, each only where its sign is (options are the English rules'; none applies here yet)."""
    text = _ENERGY_ALONE(text)
    text = _MOVEMENTS(_SPACED_CLOCK(text))  # before the clock rules; "II. Adagio" before the numerals'
    text = _MONTH_YEAR(text)  # "03/2019": before the dates' and fractions' slashes
    if "." in text and any(f"{short}." in text for short in _SHORT_MONTHS):
        text = _DAY_SHORT_MONTH_YEAR.sub(lambda m: f"{m.group(1)} de {_SHORT_MONTHS[m.group(2)]} de {m.group(3)}", text)
        text = _SHORT_MONTH(_DAY_BEFORE_SHORT_MONTH.sub(r"\1 de ", text))
        text = _SHORT_MONTH_AFTER_UNTIL(_SHORT_MONTH_AFTER_WORD(text))
    if "/" in text:
        text = _DAY_SPAN.sub(_day_span, text)
        if " h" in text:
            text = _EVERY_HOURS.sub(lambda m: f"de {m.group(1)} em {m.group(2)} horas" if m.group(1) == m.group(2)
                                    else m.group(0), text)
    if among_words(_EVERY_WEEKDAY_LEADS, text):
        text = _EVERY_WEEKDAY(text)
    if "os " in text and ("dom." in text or "sáb." in text or "sab." in text):
        text = _EVERY_WEEKEND_DAY.sub(lambda m: f"{m.group(1)}{_WEEKDAY_NAMES[m.group(2)]}s" + (
            "." if ends_text(m) or NEXT_CAPITAL.match(m.string, m.end()) else ""), text)  # "aos dom. Abre"
    if "CP" in text or "DR " in text:
        text = _CODE_LETTERS.sub(lambda m: f"{m.group(1)}Código Penal" if m.group(1) else "Diário da República", text)
    if "de " in text and "." in text:
        text = _WEEKDAY_AFTER_DE.sub(_weekday_after_de, text)
    if "S. " in text:
        text = _SAINT(text)
    if "-" in text:
        text = _POSTCODE.sub(_postcode, text)
    if " s" in text:
        text = _GAP_SECONDS(_SECONDS_AFTER_MINUTES.sub(_seconds, DECIMAL_SECONDS.sub(r"\1 segundos", text)))
    # the span first: its last day before hours ("mar.-dom. 10-20 h") is no date
    text = _DAY_HOURS(_WEEKDAY_BEFORE_DAY(_WEEKDAY_SPAN(_EUROS_PER_UNIT(text))))  # "150 €/MWh", "mar. 12", "seg.-sex."
    if ". às" in text:  # after the span, whose last day may stand before the time ("de qui. a sáb. às 11h")
        text = _WEEKDAY_BEFORE_TIME.sub(lambda m: _WEEKDAY_NAMES[m.group(1)], text)
    if "/" in text:
        text = _DAYS_AND_MONTHS(DAY_MONTH_YEAR.sub(_DATE, _ACT_NUMBER.sub(
            lambda m: f"{m.group(1)}{'número ' if m.group(2) else ''}{m.group(3)} de {m.group(4)}", text)))
    if has_dashed_year(text):  # "30-6-2026"
        text = DAY_MONTH_YEAR_DASHED.sub(_DATE, text)
    if "séc." in text:
        text = _CENTURY_SHORT.sub("século ", text)
    if "D." in text:
        text = _DOM.sub(_dom, text)
    if "I" in text or "V" in text or "X" in text:
        text = ROMAN_AFTER_WORD.sub(_RULERS, text)
        if " I" in text:
            text = _FIRST_RULER.sub(_first_ruler, text)
        if " V" in text or " X" in text:
            text = _FIFTH_OR_TENTH.sub(_RULERS, text)
    if "a a " in text:
        text = _ORDINAL_WEEKDAYS.sub(_ordinal_weekdays, text)
    if "." in text or "/" in text:
        if "c. de " in text:
            text = _SPOONS.sub(lambda m: "uma colher " if m.group(1) == "1" else f"{m.group(1)} colheres ", text)
        if "min." in text:
            text = _MINUTES_STOP.sub("min", text)
        if "sem." in text:
            text = _WEEK_BEFORE.sub("semana ", text)
        if "/100" in text:
            text = _PER_100_KM.sub(lambda m: f" {_CONSUMED[m.group(1)]} aos 100 quilômetros", text)
        text = _ABBREVIATION.sub(_abbreviation, text)
    if " de km" in text:
        text = _KM_AFTER_SCALE_OF.sub(r"\1 de quilômetros", text)
    if "R$" in text:
        text = _SCALED_REAIS.sub(lambda m: f"{m.group(1)} mil reais" if m.group(2) == "mil" else  # no "de" after mil
                                 f"{m.group(1)} {_SCALES.get(m.group(2), m.group(2))} de reais", text)
        text = _REAIS.sub(lambda m: _money(m, "reais" if m.group(1) != "1" else "real"), text)
        text = _REAIS_AFTER.sub(lambda m: _money(m, "reais" if m.group(1) != "1" else "real"), text)
    if "€" in text or "euro" in text:
        text = _MILLIONS_OF_EUROS.sub(lambda m: f"{m.group(1)} {'milhão' if m.group(1) == '1' else 'milhões'} de euros",
                                      text)
        text = EUROS_WITH_CENTS.sub(lambda m: _money(m, "euro" if m.group(1) == "1" else "euros"), text)
    text = _SHARED(text)
    if "h" in text or ":" in text:  # "14h30", "14:30"
        text = KM_PER_HOUR.sub(" quilômetros por hora", _CLOCK.sub(
            lambda m: f"{int(m.group(1))} hora{'s' if int(m.group(1)) != 1 else ''}"
            + (f" e {int(minutes)}" if (minutes := m.group(2) or m.group(3)) and int(minutes) else ""), text))
    if ":" in text:
        text = SCORE.sub(r"\1 a \2", text)  # "2:1": a score
    if "x" in text or "X" in text or "×" in text:
        text = _SCORE_X.sub(
            lambda m: f"{m.group(1)}{m.group(2)} a {m.group(3)}" if m.group(1) else
            f"{m.group(4)}{m.group(5)} a {m.group(6)}", text)
    text = _TELEPHONE(text)  # before the spans: "(11) 1234-5678" is no span
    if "-" in text or "–" in text:
        text = SPAN_DASH.sub(_SPAN, text)  # "10-15", "3-1"
    if "/" in text:
        text = _PER_UNIT.sub(lambda m: f" por {_PER_UNITS.get(m.group(1), m.group(1))}", text)
    if "o" in text:
        text = DEGREES_AS_ORDINAL.sub(_DEGREES_IN_HEAT, text)
    if "rt." in text or "rtigo" in text:  # "art.", "Arts.", "artigo"
        text = _ARTICLE_FROM_TENTH.sub(lambda m: _ARTICLE_NUMBER.sub(r"\1", m.group(0)), text)
    if " a." in text:
        text = _AGE_IN_YEARS.sub(r"\1 anos", text)
    if "mmHg" in text:
        text = _BLOOD_PRESSURE.sub(r"\1 por \2 milímetros de mercúrio", text)
    if "bpm" in text:
        text = _PULSE.sub("batimentos por minuto", text)
    text = ORDINAL_INDICATOR.sub(_ORDINAL_WITH_INDICATOR, text)  # "2º", "1.ª"
    if "esq." in text or "dt" in text:
        text = _SIDE.sub(lambda m: _SIDES_OF_A_FLOOR[m.group(1)] + ("." if ends_text(m) else ""), text)
    if " trim." in text:
        text = _QUARTER_SHORT.sub(lambda m: f"{m.group(1)} trimestre" + ("." if ends_text(m) else ""), text)
    if "km " in text:
        text = KM_BEFORE.sub(_KM_POSTS, text)
    if "m2" in text or "m3" in text or "Wh" in text:
        text = _UNIT_ALONE.sub(lambda m: _UNITS_ALONE[m.group(1)], text)
    if "de " in text and ("$" in text or "€" in text):
        text = _SIGN_AFTER_OF.sub(lambda m: _SIGNS[m.group(1)], text)
    if has_digit(text) and ("pts" in text or "p.p." in text or "dorm." in text or "val." in text or "hab." in text
                            or " cp" in text or "comp." in text or "ps." in text):
        text = _AFTER_NUMBER.sub(_after_number, text)
    if "/f)" in text or "/F)" in text or "/m)" in text or "/M)" in text:
        text = _SEXES.sub(lambda m: "masculino ou feminino" if m.group(1)[0] in "mM" else "feminino ou masculino", text)
    if " x 1" in text:
        text = _TIMES_MONTHS.sub("vezes", text)
    if "x/" in text or "x /" in text:
        text = _TIMES_SLASH.sub(lambda m: f"{m.group(1)} {'vez' if m.group(1) == '1' else 'vezes'} por ", text)
    if "x " in text:
        text = _TIMES_PER.sub(lambda m: f"{m.group(1)} {'vez' if m.group(1) == '1' else 'vezes'} ", text)
    if "+" in text:
        text = _STOPPAGE_TIME(text)
    if "cv" in text:
        text = _HORSEPOWER.sub("cavalos", text)
    if "km/l" in text:
        text = _KM_PER_LITRE.sub(" quilômetros por litro", text)
    text = _CURRENCIES(_FRACTIONS(_UNITS_AFTER_A_SCALE(_UNITS_IN_FULL(_SIDES(_RATES(_HALVES(text)))))))
    return _ONE(_SHORT_SCALE.sub(lambda m: _SCALES[m.group(1)], text) if " de " in text else text)


def _day_span(match: re.Match[str]) -> str:
    """"de 20/12 a 3/1" -> "de 20 de dezembro a 3 de janeiro", after "de" or "entre", where a day is over twelve and
    both are dates."""
    day, month, joint, last_day, last_month = match.groups()
    days, months = (int(day), int(last_day)), (int(month), int(last_month))
    if not match.string.endswith(_SPAN_LEADS, max(0, match.start() - 6), match.start()) or max(days) <= 12 \
            or not all(1 <= d <= 31 for d in days) or not all(1 <= m <= 12 for m in months):
        return match.group(0)
    return f"{days[0]} de {_MONTHS[months[0] - 1]} {joint} {days[1]} de {_MONTHS[months[1] - 1]}"


def _postcode(match: re.Match[str]) -> str:
    """"1100-148 Lisboa" -> "1100 148 Lisboa", the two numbers said apart; a number's end ("21100-148") is left."""
    start = match.start()
    if start and (match.string[start - 1].isalnum() or match.string[start - 1] in ".,-"):
        return match.group(0)
    return f"{match.group(1)} {match.group(2)}"
