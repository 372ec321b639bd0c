"""Forms the German, French, Spanish, Italian and Portuguese rules share, each said in the language's own words: a
race's gap in primes ("1'23''"), hours of work past a day's twenty-four ("40 h semanales"), a mark out of its scale
("16/20"), a job's two genders in one word ("cameriere/a"), a span of thousands ("28.000-32.000 €") and per mille
("1,8 ‰"), a table's signed difference ("+12") and a clock written with its colon set apart ("um 14 : 30 Uhr"). Each
language module builds the rule from here with its words (shared_forms, spaced_clock): one call a sentence, each form
behind its own first look."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from narrator.speech.normalise.util import NEXT_CAPITAL, ends_text

# "1'23''", "+1'05''", "2′30″" (tidy has made the primes apostrophes and quotes): a gap or a time taken in minutes
# and seconds, as cycling and motor racing write them (espeak-ng said "eins dreiundzwanzig" and dropped the marks).
# Both marks are wanted: "al 23'" alone is a football match's minute. Three digits glued after the seconds' mark
# ("1'29''708", a qualifying lap's thousandths) are thousandths, said after the seconds where a language has the word.
_GAP = re.compile(r"(?<![\w.,'])(\d{1,2})'\s?([0-5]\d)(?:''|\")(\d{2,3})?(?![\w'\"])")
# "10\"92", "53''47": a sprint's or a slalom run's seconds with their hundredths glued after the seconds' mark (the
# voice said "dix quatre-vingt-douze"); "à 12''" a gap in seconds alone after the gap's "to". A mark alone elsewhere
# is an inch's ("écran 27''") and is left.
_SECONDS_HUNDREDTHS = re.compile(r"(?<![\w.,'])(\d{1,2})(?:''|\")(\d\d)(?![\w'\"])")
_SECONDS_ALONE = re.compile(r"(?<![\w.,'])(?<=\b[aà] )(\d{1,2})(?:''|\")(?![\w'\"])")
# "avec 12'' d'avance", "con 8'' di vantaggio", "12'' de ventaja", "mit 9'' Vorsprung": seconds alone before the word
# for a lead, a lag or a gap, whatever stands before them (a screen's inches have no lead).
_SECONDS_BEFORE_GAP = re.compile(
    r"(?<![\w.,'])(\d{1,3})(?:''|\")(?= (?:d['’]avance|de retard|d['’]écart|di vantaggio|di ritardo|di distacco"
    r"|de ventaja|de retraso|de diferencia|de vantagem|de atraso|de diferença|Vorsprung|Rückstand)\b)")
# "la fuga tenía 3' de ventaja", "il gruppo è a 2'": a gap in minutes alone, its mark single (the voice said nothing for
# it). After an article it is a match's minute ("al 23'", "en el 78'", "à la 23'") and is left; before a digit it is
# a height's feet and inches.
_MINUTES_ALONE = re.compile(r"(?<![\w.,'’])(\d{1,2})'(?![\w'’\"]|\s?\d)")
# ("al 23' e 30'": both are minutes of the match)
_MINUTE_ARTICLE = re.compile(r"(?i:\b(?:el|al|del|la|le|il|lo|l|o|os|ao|aos|no|na|do|da|au|du|min|minuto|minute|"
                             r"minutes|minuti|minutos)\.?\s?['’]?\s?|\d['’] (?:e|y|et|ed|o|ou)\s)$")
# "+0:45", "+1:12": a gap behind the leader in minutes and seconds with a colon, signed with its plus, as stage results
# and ski standings write it (the clock rules read "+0 Uhr 45"); the plus is said, the minutes only when there are
# some. Hours ("+1:02:33") are the race hours' rule's.
_SIGNED_GAP = re.compile(r"(?<![\w+])\+(\d{1,2}):([0-5]\d)(?![\d:]|[.,]\d)")
# "98 ° Oechsle", "22°Brix", "13,5 ° Baumé": a must's sugar on a winemaker's scale, its degree sign apart from or
# glued to the scale's name (the sign reached the voice as written; only German's "°Oe" was read).
_DEGREE_SCALE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{1,2})?)\s?°\s?(Oechsle|Öchsle|Brix|Baumé|Babo|Plato|KMW)\b")
# "1:45,32", "1:45,32 Min.": a ski run's or a race's minutes, seconds and hundredths (the voice said "eins
# fünfundvierzig Komma ..."); a clock has no decimals after its minutes. "2:08:15": a marathon's hours, minutes and
# seconds, its hour of one digit and no clock's word before or after it ("às 9:15:30" is left to the clock rules).
_RACE_TIME = re.compile(r"(?<![\w.:,])(\d{1,2}):([0-5]\d,\d{1,3})(?![\d,:]|\.\d)(\s?(?:[Mm]in\.|[Mm]in\b|Minuten\b))?")
_RACE_HOURS = re.compile(r"(?<![\w.:,])(?<!(?i:à) )(?<!(?i:às) )(?<!(?i:as) )(?<!(?i:las) )(?<!(?i:alle) )"
                         r"(?<!(?i:ore) )(?<!(?i:um) )"
                         r"([1-9]):([0-5]\d):([0-5]\d)(?![\d:]|[.,]\d|\s?(?:h|Uhr|horas|heures|ore)\b)")
# "2h09min44s", "2h04m12s": a race's hours, minutes and seconds written glued with their letters, as Portuguese and
# Spanish results write them (the voice said "dois agá zero nove min"), where the language has words for a race's
# hours. So are the hours glued before a gap's primes, as Italian results write them ("4h32'10\"": the voice said
# "quattro acca"; tidy has made the primes apostrophes and quotes).
_GLUED_RACE_HOURS = re.compile(r"(?<![\w.,])([1-9])h([0-5]\d)"
                               r"(?:(?:min|m)([0-5]\d)s\b|'([0-5]\d)(?:''|\")(?![\w'\"]))")
# "Tordifferenz +12", "diferencia de goles de +9", "(+3)": a difference signed with a plus, said with the language's
# "plus" (espeak-ng said nothing, or switched to English). Not a telephone number's country code ("+49 30 1234567",
# "+4930...", "+33-1"), which goes on with more digits; not a gap in primes ("+1'05''") nor a stoppage time ("90+3",
# "45.+1").
_SIGNED = re.compile(r"(?<![\w+'’.])\+(?=\d{1,3}(?:,\d{1,2})?(?![\d'’\"″:/]|[.,]\d|\s?[-–(]|\s\d))")
# "um 14 : 30 Uhr", "à 18 : 30", "a las 10 : 15": a clock time whose colon is set apart (a form typed on phones), closed
# up for the language's clock rules where a word before it asks for a time or its hour's word follows. Elsewhere
# "1 : 14" may be odds or a scale, and is left to the ratio rules.
_SPACED_CLOCK = r"\b((?:{at}) )?(?<![\d.,:])([01]?\d|2[0-3]) : ([0-5]\d)(?![\d:]|[.,]\d)( ?(?:{after})\b)?"
# "40 h", "35 h par semaine", "40h semanais": hours past a day's twenty-four are a length (a week's work, a course's),
# never a clock's (espeak-ng said the letter); hours up to twenty-four are each language's clock rules'.
_LONG_HOURS = re.compile(r"(?<![\w.,:])(2[5-9]|[3-9]\d|[1-9]\d\d)\s?h\b(?![/.'’]\w)")
# "28.000-32.000 €", "45.000–55.000": a span of amounts in thousands (a salary's, a price's), said with the
# language's "to" (espeak-ng said "minus"); the spans rules of each language take numbers of four digits at most.
_THOUSANDS_SPAN = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+)\s?[–-]\s?(\d{1,3}(?:\.\d{3})+)(?![\d,.]\d|[\w-])")
# "16/20", "28/30", "110/110": a mark over the scale a country marks on (French twenty, Italian thirty and a degree's
# hundred and ten), never above it; "3/20" of a budget and "12/30" are shares and dates only where the scale is none.
_MARK = r"(?<![\w.,/])(\d{1,3}(?:,\d{1,2})?)/({scales})(?![\w/]|[.,]\d)"
# "8,7/10", "4,5/5": a rating or a mark with decimals out of five or ten, as reviews and schools write it, in every
# language with a word for "out of" (the voice said "barra"); a decimal is no date's day ("4/5" may be the fourth of
# May, and is left).
_RATING = re.compile(r"(?<![\w.,/])(\d{1,2},\d{1,2})/(5|10)(?![\w/]|[.,]\d)")
# "4/5", "3/5", "8/10": a whole mark or a risk's level out of five or ten, where a word for a mark or a risk leads to it
# in its clause ("la note de 4/5", "Risque d'avalanches marqué, 3/5"); elsewhere a whole number over five is a date's
# ("le 4/5", read by the date rules) or a fraction's ("4/5 des votants").
_WHOLE_RATING = re.compile(r"(?<![\w.,/])(\d{1,2})/(5|10)(?![\w/]|[.,]\d)")
# "force 9 Bft", "Windstärke 8 bis 9 Bft": the Beaufort scale's wind force after its number (espeak-ng spelled it).
_BEAUFORT = re.compile(r"(?<=\d)\s?Bft\b")
# "cameriere/a", "camarero/a", "interesados/as": a word and its feminine ending after a slash, as job adverts write
# both genders in one (espeak-ng said "barra a"). A word in -o or -e gives way to -a; a word in a consonant takes it
# ("profesor/a"); the plural likewise ("-os/as").
_BOTH_GENDERS = re.compile(r"(?<![./])\b([^\W\d_]{3,}?)([oe]?)(s?)/(a)(s?)\b(?!/)")  # not a link's "ejemplo.com/a"
# "1,8 ‰", "0,5‰": per mille after a number (espeak-ng said nothing for the sign).
_PER_MILLE = re.compile(r"(?<=\d)\s?‰")
# "35 h/semaine", "39 Std./Woche", "40 h/semana": hours a week, as job adverts write them (espeak-ng said the slash,
# and the hours' rules leave an "h" glued to a slash alone). Only hours before a week's word: "km/h" is a speed.
_HOURS_A_WEEK = re.compile(r"(?<![\w.,])(\d{1,2}(?:,\d)?)\s?(?:h|Std\.|Stunden)\s?/\s?"
                           r"(?:Woche|Wo(\.)|semaine|sem(\.)|semana|settimana|sett(\.))(?!\w)")
# "magnitude 4.2", "magnitudo 3.8", "Magnitude 5.1": a quake's magnitude as the seismic institutes write it, with a
# decimal point where the language writes a comma (the point is a thousands' stop or a date's there, and the voice
# said "4 2" or a date). After the scale's word alone: "Stärke 4.2" may be a date.
_MAGNITUDE = re.compile(r"(?<![\w.])([Mm]agnitud[eo]?(?: de| di| da)?) (\d)\.(\d)(?!\d|[.,]\d)")
# "13,5 % vol.", "12,5% vol": a wine's or a spirit's alcohol by volume, as labels write it (the voice said "vol" as a
# word, or "volt"); after a number's percent sign only.
_BY_VOLUME = re.compile(r"(?<=\d)\s?%\s?[Vv]ol(\.?)(?!\w)")
# "03/2019", "10/2026": a month and a year, as a car's first registration, an inspection's due date or a contract's
# start is written; the month said by its name (espeak-ng said "drei durch zweitausendneunzehn"). The month in two
# digits (never above twelve) and a year of this century or the last; not a date's end ("12/03/2019"), nor a law's
# or a file's number and year ("Ley 3/2024", "Lei n.º 10/2021", "Az. 12/2020"), whose number has no zero before it
# or follows its word.
_MONTH_YEAR = re.compile(r"(?<![\w./,-])(0[1-9]|1[0-2])/((?:19|20)\d\d)(?![\w/]|[.,]\d)")
# "3. XII. 1848", "12.XII.1789", "3-XII-1812", "5.X.1910": a date whose month is a Roman numeral, as archives, old
# documents and some letters write it, said with the month's name (the voice said the numeral as a number, the
# numeral rules as a ruler's ordinal, or the date was left as written). The day, the month and a year of four digits
# are all wanted: a Roman numeral after a number alone ("3. XII. Kapitel", "Tafel 2.IV") is no month.
_ROMAN_MONTH_DATE = re.compile(r"(?<![\w.,/-])(0?[1-9]|[12]\d|3[01])(?:\. ?|-|/)(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
                               r"(?:\. ?|-|/)((?:1[0-9]|20)\d\d)(?![\w-]|[.,]\d)")
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_NUMBERED = re.compile(r"(?:\b(?:[Ll]ey|[Ll]ei|[Ll]oi|[Ll]egge|[Dd]ecreto|[Dd]écret|[Gg]esetz|[Dd]irectiva|"
                       r"[Dd]irettiva|"
                       r"[Rr]eglamento|[Rr]egolamento|[Rr]esolución|[Rr]esolução|[Cc]ircolare|[Cc]ircular|[Cc]asa|"
                       r"[Pp]rocesso|[Pp]roceso|[Ss]entenza|[Ss]entencia|[Aa]córdão|Az|DL|RD|BOE|Nr|No|[Nn][º°o]|n\.º|"
                       r"n\.o|n|núm|num|numéro|número|numero|Nummer)\.?\s?)$")
# "1.6 TDI", "1.5 BlueHDi", "1.2 benzina": an engine's size in litres with a point, as car adverts write it before
# the engine's code or fuel, said as the decimal it is ("1,6"); elsewhere "1.6" may be a date or a version.
_ENGINE = re.compile(r"(?<![\w.,])([1-6])\.(\d)(?= ?(?:TDI|TSI|TFSI|TDCi|dCi|HDi|BlueHDi|e-HDi|CDI|CDTI|CRDi|JTD|JTDm|"
                     r"MultiJet|Multijet|PureTech|EcoBoost|TCe|GTI|GTD|TDi|Turbo|turbo|benzina|diesel|Diesel|gasolina|"
                     r"gasóleo|essence|Benziner|Hybrid|hybrid|ibrido|híbrido|hybride|V6|V8)\b)")
# "720 €/mois + 60 €", "R$ 3.500 + VR": a plus standing apart between an amount and what is added to it, said in the
# language's word (espeak-ng said nothing for it).
_SPACED_PLUS = re.compile(r"(?<=[\w€$£%)]) \+ (?=[\w€$£(])")
# "1,879 €/l": a fuel's price per litre in euros with three decimals, as pumps and price lists show it (the euro
# rules take cents, two decimals, and left the signs to the voice).
_FUEL_PRICE = re.compile(r"(?<![\w.,])(\d{1,2},\d{3})\s?€\s?/\s?l(?![\w/])")
# "Hotel 4*", "albergo 3*", "un 5* en la playa": a hotel's stars after a single digit, said before tidying drops the
# star (a footnote's elsewhere). Not a product ("3 * 4", "5*3"), a cricket score of more digits, a keypad's ("*123#").
# In a German compound the stars are its first part ("3*-Hotel": "3-Sterne-Hotel").
_HOTEL_STARS = re.compile(r"(?<![\w.,*+/-])([1-7])\*(?![\w*]|\s?[\d*=x×+]|-(?![A-ZÄÖÜ]))(-)?")
# "10^-6", "10^9" (tidy has made the superscript a caret): a power of a number, as science news writes an order of
# magnitude, said with the language's words (the voice said "zehn sechs", dropping the sign and the power).
_POWER = re.compile(r"(?<![\w.,^])(\d{1,3}(?:,\d{1,3})?)\^(-?)(\d{1,3})(?![\d^,.]\d|\d)")
# "x^2", "s^-1", "cm^-3": a letter's or a unit symbol's power, as tidy writes a superscript after letters ("x²",
# "8 m s⁻¹"), said with the language's power word ("s puissance moins 1", "x hoch 2"); the caret was left for the voice
# to name.
_SYMBOL_POWER = re.compile(r"(?<![\w^])([A-Za-z\u00b5\u03bc]{1,3})\^(-?)(\d{1,2})(?![\d^]|[.,]\d)")
# "7½", "7 1/2" (tidy has made the half a fraction): a whole and a half, as a school's mark or a recipe's count writes
# it (the voice said "sette uno barra due", or the rules "7 mezzo"). Where the language's half agrees with a noun after
# it ("2 horas y media"), only before a pause or a preposition, where nothing agrees.
_AND_A_HALF = re.compile(r"(?<![\w.,/])(\d{1,2}) 1/2(?![\w/]|[.,]\d)")
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)!?]|$|(?:in|en|em|a|à|di|de|da|do|su|sur|dans|per|para|por|nel|nella|no|na|"
                            r"und|et|y|e|ou|o)\b)")
# "Karten zu 25/18 €", "billets à 12/8 €": two prices of one ticket (full and reduced) sharing the sign after the
# second, said with the language's "and" (the voice said "25 Schrägstrich 18"). Not a fraction of a euro ("1/2 €").
_TWO_PRICES = re.compile(r"(?<![\w.,/])([2-9]|[1-9]\d{1,3})/([1-9]\d{0,3})(?=\s?€)")
# "Estimation : 800/1 200 €", "Schätzpreis 1.500/2.000 €", "Stima: 1.000/1.500 €": an auction's estimate, its low and
# high figures apart by a stroke before the sign, said with the language's "to" (the voice said the stroke). The low
# below the high, and an estimate's word before them in the clause or a high of thousands written in groups: two
# prices of a ticket ("25/18 €", "10/15 €") have neither, and are said with "and" below. A figure starts no later
# than its first group ("1 234 234 ... €/l" is tried once, not at each group).
_ESTIMATE = re.compile(r"(?<![\w.,/])(?<!\d[.  ])([1-9]\d{0,2}(?:[.  ]\d{3})*)/([1-9]\d{0,2}(?:[.  ]\d{3})*)(?=\s?€)")
_ESTIMATE_WORD = re.compile(r"(?i:estimation|estimée?s?|schätz\w*|geschätzt\w*|taxe|stim[ae]|stimat[oia]|estimaci[óo]n"
                            r"|estimad[oa]s?|estimativa|avalia[çc][ãa]o|valutazione|valoraci[óo]n)\b[^.;!?]*$")
# "2 Enth.", "3 abst.", "2 ast.": a council vote's abstentions shortened after their number (the voice said the letters
# and stopped at the stop).
_ABSTAINED = r"(?<![\w.,])(\d{{1,4}}) {short}\.(?![\w.])"
_STAR_WORDS = {"de": ("Stern", "Sterne"), "fr": ("étoile", "étoiles"), "es": ("estrella", "estrellas"),
               "it": ("stella", "stelle"), "pt": ("estrela", "estrelas")}


@dataclass(frozen=True)
class Words:
    """A language's words for the shared forms; a form whose words are empty is not read in that language."""

    minute: tuple[str, str]
    """Minute, singular and plural ("1'23''")."""
    second: tuple[str, str]
    """Second, singular and plural."""
    hours: str
    """Hours, plural ("40 h")."""
    per_mille: str
    """Per mille ("‰")."""
    joint: str = " "
    """What joins the minutes to the seconds (" y ", " e ", or a space)."""
    to: str = ""
    """The word of a span ("a", "bis"), for spans of thousands written with a stop ("28.000-32.000")."""
    either: str = ""
    """The word for "or", for a word and its feminine after a slash ("camarero/a")."""
    scales: str = ""
    """The scales marks are out of ("20", "30|110"), for a mark over its scale ("16/20")."""
    over: str = ""
    """The word between a mark and its scale ("sur", "su"), for those scales and for a rating with decimals out of five
    or ten ("8,7/10")."""
    plus: str = ""
    """The word for a plus before a signed difference ("+12")."""
    thousandths: str = ""
    """Thousandths of a second after a gap's seconds ("1'29''708"), {} for their number (" y {} milésimas")."""
    a_week: str = ""
    """Hours a week ("35 h/semaine"): the words after the hours ("par semaine"), empty where the language's rules
    read them."""
    per_litre: str = ""
    """Euros per litre after a fuel's price ("euro al litro"), empty where the language's rules read it."""
    by_volume: str = ""
    """A percentage of alcohol by volume ("13,5 % vol."), what follows the number ("% volume", "Volumenprozent")."""
    minutes_alone: bool = False
    """A gap in minutes alone ("3'") is read, after no article (see _MINUTES_ALONE)."""
    hour: tuple[str, str] = ("", "")
    """Hour, singular and plural, for a race's hours, minutes and seconds ("2:08:15"); empty where the language's
    rules read them."""
    power: str = ""
    """A power of a number ("10^-6"), {} for the power ("hoch {}"), and the word for its minus after a bar
    ("hoch {}|minus"); empty where it is not read."""
    rated: str = ""
    """The words (an alternation) that, earlier in a clause, make a whole number out of five or ten a mark ("la note
    de 4/5"); empty where none is read."""
    one: str = ""
    """One before a minute and a second ("eine", "une"), for a signed gap ("+1:05"): after its plus the rule that
    agrees a one with its noun does not reach it."""
    degrees: tuple[str, str] = ("", "")
    """Degree, singular and plural, for a must's sugar on its scale ("98 ° Oechsle"); empty where it is not read."""
    and_a_half: str = ""
    """A whole and a half ("7 1/2"), {} for the whole ("{} e mezzo"), read only where no noun follows (the half
    agrees with one: "2 horas y media"); empty where it is not read."""
    both_prices: str = ""
    """The word joining two prices that share one sign ("25/18 €": "und"); empty where it is not read."""
    low_to_high: str = ""
    """The word between an estimate's low and high figures ("800/1 200 €": "à"); empty where it is not read."""
    abstained: tuple[str, str, str] = ("", "", "")
    """A vote's abstentions shortened after their number ("2 Enth."): the short form without its stop, the word in
    the singular and in the plural; empty where it is not read."""


def shared_forms(words: Words) -> Callable[[str], str]:
    """The rule that reads the shared forms in a language's words, each behind its own first look."""
    marks = re.compile(_MARK.replace("{scales}", words.scales)) if words.scales else None
    rated = re.compile(rf"(?i:\b(?:{words.rated})\b)[^.;!?]*$") if words.rated else None
    needles = tuple(f"/{scale}" for scale in words.scales.split("|")) if words.scales else ()
    short = words.abstained[0]
    abstained = re.compile(_ABSTAINED.format(short=re.escape(short))) if short else None

    def estimate(match: re.Match[str]) -> str:
        low, high = (int(re.sub(r"\D", "", figure)) for figure in match.groups())
        if low >= high or not (_ESTIMATE_WORD.search(match.string, max(0, match.start() - 80), match.start())
                               or (high >= 1000 and not match.group(2).isdigit())):
            return match.group(0)
        return f"{match.group(1)} {words.low_to_high} {match.group(2)}"

    def gap(match: re.Match[str]) -> str:
        minutes, seconds, thousandths = int(match.group(1)), int(match.group(2)), match.group(3)
        spoken = f"{minutes} {words.minute[minutes != 1]}"
        if thousandths and len(thousandths) == 2:  # "1'52''31": hundredths, said after the seconds as written
            return f"{spoken} {seconds} {words.second[seconds != 1]} {thousandths}"
        if thousandths:  # "1 minuto, 29 segundos y 708 milésimas": the last part takes the "and"
            if not words.thousandths:
                return match.group(0)
            return (f"{spoken}, {seconds} {words.second[seconds != 1]}"
                    + words.thousandths.replace("{}", str(int(thousandths))))
        return spoken + (f"{words.joint}{seconds} {words.second[seconds != 1]}" if seconds else "")

    def race(match: re.Match[str]) -> str:
        minutes, seconds, unit = int(match.group(1)), match.group(2), match.group(3)
        spoken = f"{minutes} {words.minute[minutes != 1]} {seconds}"
        return spoken + (f" {words.second[1]}" if unit else "") + ("." if unit and unit.endswith(".") and
                                                                    ends_text(match) else "")

    def race_hours(match: re.Match[str]) -> str:
        hours, minutes, seconds = (int(part) for part in match.groups() if part is not None)
        return (f"{hours} {words.hour[hours != 1]} {minutes} {words.minute[minutes != 1]}{words.joint}{seconds} "
                f"{words.second[seconds != 1]}")

    def mark(match: re.Match[str]) -> str:
        said, scale = match.groups()
        if float(said.replace(",", ".")) > int(scale) or (said == "1" and scale in ("10", "100")):
            return match.group(0)  # above the scale, or a tenth's or a hundredth's fraction ("1/10 del budget")
        return f"{said} {words.over} {scale}"

    def whole_mark(match: re.Match[str]) -> str:
        if rated is None or match.string.startswith(" des ", match.end()) or not rated.search(
                match.string, max(0, match.start() - 48), match.start()):
            return match.group(0)  # "4/5 des élèves": a share, whatever is marked before it
        return mark(match)

    def both(match: re.Match[str]) -> str:
        stem, vowel, plural, feminine, feminine_plural = match.groups()
        if plural != feminine_plural or (not vowel and stem[-1] in "aeiouáéíóúàèìòù"):
            return match.group(0)  # "niños/a", "casa/a": no word and its ending
        return f"{stem}{vowel}{plural} {words.either} {stem}{feminine}{feminine_plural}"

    def minutes_alone(match: re.Match[str]) -> str:
        start = match.start()
        if _MINUTE_ARTICLE.search(match.string, max(0, start - 10), start):
            return match.group(0)  # "al 23'": a match's minute
        return f"{match.group(1)} {words.minute[match.group(1) != '1']}"

    def half(match: re.Match[str]) -> str:
        if not _NO_NOUN_AFTER.match(match.string, match.end()):
            return match.group(0)
        return words.and_a_half.replace("{}", match.group(1))

    def signed_gap(match: re.Match[str]) -> str:
        minutes, seconds = int(match.group(1)), int(match.group(2))
        said = f"{counted(seconds)} {words.second[seconds != 1]}"
        if not minutes:
            return f"{words.plus} {said}"
        return (f"{words.plus} {counted(minutes)} {words.minute[minutes != 1]}"
                + (f"{words.joint}{said}" if seconds else ""))

    def abstentions(match: re.Match[str]) -> str:
        return (f"{match.group(1)} {words.abstained[1 + (match.group(1) != '1')]}"
                + ("." if ends_text(match) or NEXT_CAPITAL.match(match.string, match.end()) else ""))

    def counted(number: int) -> str:
        return words.one if number == 1 and words.one else str(number)

    def degrees(match: re.Match[str]) -> str:
        return f"{match.group(1)} {words.degrees[match.group(1) != '1']} {match.group(2)}"

    def rule(text: str) -> str:
        if words.degrees[0] and "°" in text:
            text = _DEGREE_SCALE.sub(degrees, text)
        if words.power and "^" in text:
            said, minus = words.power.split("|")
            text = _POWER.sub(lambda m: f"{m.group(1)} " + said.replace("{}", (f"{minus} " if m.group(2) else "")
                                                                          + m.group(3)), text)
            if "^" in text:
                text = _SYMBOL_POWER.sub(lambda m: f"{m.group(1)} " + said.replace(
                    "{}", (f"{minus} " if m.group(2) else "") + m.group(3)), text)
        if words.and_a_half and " 1/2" in text:
            text = _AND_A_HALF.sub(half, text)
        if "''" in text or '"' in text:
            text = _SECONDS_BEFORE_GAP.sub(lambda m: f"{m.group(1)} {words.second[m.group(1) != '1']}", text)
            text = _SECONDS_ALONE.sub(lambda m: f"{m.group(1)} {words.second[m.group(1) != '1']}",
                                      _SECONDS_HUNDREDTHS.sub(lambda m: f"{int(m.group(1))} {words.second[1]} "
                                                              f"{m.group(2)}", _GAP.sub(gap, text)))
        if words.minutes_alone and "'" in text:
            text = _MINUTES_ALONE.sub(minutes_alone, text)
        if ":" in text:
            if "," in text:
                text = _RACE_TIME.sub(race, text)
            if words.hour[0]:
                text = _RACE_HOURS.sub(race_hours, text)
        if words.hour[0] and ("h0" in text or "h1" in text or "h2" in text or "h3" in text or "h4" in text
                              or "h5" in text):
            text = _GLUED_RACE_HOURS.sub(race_hours, text)
        # (an "or" of plain looks: a loop over the ten digits' looks cost as much again)
        if " h" in text or "0h" in text or "5h" in text or "2h" in text or "3h" in text or "4h" in text \
                or "6h" in text or "8h" in text or "1h" in text or "7h" in text or "9h" in text:
            text = _LONG_HOURS.sub(rf"\1 {words.hours}", text)
        if words.plus and "+" in text:
            if ":" in text:
                text = _SIGNED_GAP.sub(signed_gap, text)
            text = _SIGNED.sub(f"{words.plus} ", text)
            if " + " in text:
                text = _SPACED_PLUS.sub(f" {words.plus} ", text)
        if words.by_volume and ("vol" in text or "Vol" in text):
            text = _BY_VOLUME.sub(lambda m: f" {words.by_volume}" + ("." if m.group(1) and ends_text(m) else ""), text)
        if "Bft" in text:
            text = _BEAUFORT.sub(" Beaufort", text)
        if abstained is not None and short + "." in text:
            text = abstained.sub(abstentions, text)
        if words.both_prices and "€" in text and "/" in text:
            if words.low_to_high:
                text = _ESTIMATE.sub(estimate, text)
            text = _TWO_PRICES.sub(rf"\1 {words.both_prices} \2", text)
        if "‰" in text:
            text = _PER_MILLE.sub(f" {words.per_mille}", text)
        if "." in text:  # (the five languages' text only: no English sentence pays for it)
            text = _ENGINE.sub(r"\1,\2", text)
        if words.per_litre and "€" in text:
            text = _FUEL_PRICE.sub(rf"\1 {words.per_litre}", text)
        text = magnitude_point(text)
        if words.to and "." in text and ("-" in text or "–" in text):
            text = _THOUSANDS_SPAN.sub(rf"\1 {words.to} \2", text)
        if "/" in text:
            if words.a_week and ("h/" in text or "h /" in text or "./" in text or "n/" in text):
                text = _HOURS_A_WEEK.sub(lambda m: f"{m.group(1)} {words.hours} {words.a_week}" + (
                    "." if m.group(m.lastindex or 1) == "." and ends_text(m) else ""), text)
            if words.either and "/a" in text:
                text = _BOTH_GENDERS.sub(both, text)
            if words.over and ("/1" in text or "/5" in text):
                text = _RATING.sub(mark, text)
                if rated is not None:
                    text = _WHOLE_RATING.sub(whole_mark, text)
            if marks is not None and any(map(text.__contains__, needles)):
                text = marks.sub(mark, text)
        return text

    return rule


def spaced_clock(at: str, after: str) -> Callable[[str], str]:
    """The rule that closes up a clock's colon set apart ("14 : 30" -> "14:30") after one of the words in at (an
    alternation: "um|ab|bis") or before one in after ("Uhr"), for the language's clock rules to read."""
    pattern = re.compile(_SPACED_CLOCK.replace("{at}", at).replace("{after}", after))

    def closed(match: re.Match[str]) -> str:
        before, hours, minutes, hour_word = match.groups()
        if not (before or hour_word):
            return match.group(0)
        return f"{before or ''}{hours}:{minutes}{hour_word or ''}"

    return lambda text: pattern.sub(closed, text) if " : " in text else text


def magnitude_point(text: str) -> str:
    """A quake's magnitude with the language's decimal comma ("magnitudo 4.2" -> "magnitudo 4,2")."""
    return _MAGNITUDE.sub(r"\1 \2,\3", text) if "agnitud" in text else text


def month_and_year(months: tuple[str, ...], form: str, dated: str = "") -> Callable[[str], str]:
    """The rule that says a month and a year with a slash ("03/2019") by the month's name, in form ("{month} de
    {year}"), and a date whose month is a Roman numeral ("3.XII.1848") in dated ("{day} de {month} de {year}")."""
    def said(match: re.Match[str]) -> str:
        if _NUMBERED.search(match.string, max(0, match.start() - 12), match.start()):
            return match.group(0)
        return form.replace("{month}", months[int(match.group(1)) - 1]).replace("{year}", match.group(2))

    def roman(match: re.Match[str]) -> str:
        day, month, year = match.groups()
        return (dated.replace("{day}", str(int(day))).replace("{month}", months[_ROMAN_MONTHS.index(month)])
                .replace("{year}", year))

    def rule(text: str) -> str:
        if "/19" in text or "/20" in text:
            text = _MONTH_YEAR.sub(said, text)
        # (a Roman month ends in one of three letters before its separator: plain looks first)
        if dated and ("I." in text or "V." in text or "X." in text or "I-" in text or "V-" in text or "X-" in text
                      or "I/" in text or "V/" in text or "X/" in text):
            text = _ROMAN_MONTH_DATE.sub(roman, text)
        return text

    return rule


def hotel_stars(text: str, language: str) -> str:
    """A hotel's stars after its digit in the language's word ("Hotel 4*" -> "Hotel 4 stelle"), before tidying drops
    the star; text in another language is returned as it is."""
    words = _STAR_WORDS.get(language)
    if words is None or "*" not in text:
        return text
    return _HOTEL_STARS.sub(lambda m: f"{m.group(1)}-{words[1]}-" if m.group(2) and language == "de" else
                            f"{m.group(1)} {words[m.group(1) != '1']}{m.group(2) or ''}", text)


def _opening_hours(first: str, last: str) -> bool:
    """A span of hours a place opens or a band runs ("9-13", "18-21"), not a score after a day ("sabato 2-1")."""
    return int(first) < int(last) and (int(first) >= 5 or int(last) >= 10)


def hours_after_days(before: tuple[str, ...], form: str, joint: str, qualifiers: str = "",
                     minutes: bool = False) -> Callable[[str], str]:
    """The rule that says a span of clock hours after a day or a span of days ("martes a domingo 10-20 h") or a word
    for a band of hours ("fascia 6-9"), in words before (opening a sentence too: "Fasce orarie 6-9"), as the language
    says a span of the clock, in form ("dalle {a} alle {b}"); a second span after joint ("e") likewise. Elsewhere "6-9"
    is a span of counts ("6 a 9"). qualifiers: an alternation of words that may stand between ("fasce garantite
    6-9"), kept. minutes: the hours may carry their minutes after a stop or a colon ("8.15-18.30"), kept as written
    for the language's clock rules."""
    needles = tuple(dict.fromkeys(form_ for word in before for form_ in (word, word.capitalize())))
    words = "|".join(sorted((re.escape(form_) for form_ in needles), key=len, reverse=True))
    minute = r"(:00|[.:][0-5]\d)?" if minutes else r"(:00)?"
    hours = rf"([01]?\d|2[0-4]){minute} ?h? ?[-–] ?([01]?\d|2[0-4]){minute}(?: ?h\b)?(?![\w:.,]\d|\d|[-–/])"
    between = rf"((?: (?:{qualifiers}))?)" if qualifiers else "()"
    pattern = re.compile(rf"\b({words})\.?{between} {hours}(?: ({joint}) {hours})?")

    def clock(hour: str, minute: str | None) -> str:
        return str(int(hour)) + (minute if minute and minute != ":00" else "")

    def said(match: re.Match[str]) -> str:
        word, qualified, first, first_minute, last, last_minute, also, *second = match.groups()
        if not _opening_hours(first, last):
            return match.group(0)
        spoken = f"{word}{qualified} {form.format(a=clock(first, first_minute), b=clock(last, last_minute))}"
        if also and _opening_hours(second[0], second[2]):
            spoken += f" {also} {form.format(a=clock(second[0], second[1]), b=clock(second[2], second[3]))}"
        elif also:
            spoken += match.group(0)[match.group(0).index(f" {also} "):]
        return spoken

    return lambda text: pattern.sub(said, text) if ("-" in text or "–" in text) and any(
        map(text.__contains__, needles)) else text


# "max. 3 nuits", "max 3 g": a leaflet's or a notice's most before a number; "8 personnes max.", "10 kg max. par
# passager": after a count and its noun or unit. Small letters ("Max" is a name), or a capital with its stop opening
# the sentence before a number ("Max. 4 personnes par chambre", a notice's first word; a name opens no sentence with a
# stop after it); the stop goes with it where a small letter follows ("max. par"), and stays where it may end the
# sentence.
_MOST_BEFORE = re.compile(r"(?<![\w.])max\.?(?=\s\d)|(?:^|(?<=[.!?:;]\s))(Max)\.(?=\s\d)")
_MOST_AFTER = re.compile(r"(?<![\w.,])(\d+(?:,\d+)? (?:[^\W\d_]{1,20} )?)max(?:\.(?= [^\W\d_A-ZÀ-Þ])|(?![\w'’-]))")


def most_said(word: str) -> Callable[[str], str]:
    """A rule that says "max." before a number, or after a count and its noun, as word ("maximum", "massimo"); a
    capital "Max." opening the sentence, as the word with its capital."""
    capital = word[0].upper() + word[1:]

    def said(text: str) -> str:
        if "ax" not in text:  # one look for both "max" and "Max."
            return text
        return _MOST_AFTER.sub(rf"\g<1>{word}", _MOST_BEFORE.sub(lambda m: capital if m.group(1) else word, text))

    return said
