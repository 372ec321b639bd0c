"""German: ordinals, abbreviations, units, decades, spans, telephone numbers, clock times with "Uhr", euros.

espeak-ng's German voice (and the German Piper voices, which phonemise through it) says German numbers well, so
only what it misreads is rewritten: "am 3. Oktober" (it said "drei" and ended the sentence), "z. B." and "Dr."
(letters, each followed by a sentence break), "14:30 Uhr" ("vierzehn Uhr dreißig Uhr"), "1.234,50 €" ("... Komma
fünf null Euro"), "12.03.2024" ("zwölf Punkt null drei Punkt ..."), years ("eintausend neunhundert ..."), "Karl III."
("römisch drei"), "2:1" and "21:00" ("zwei eins", "einundzwanzig Uhr null null").
"""

from __future__ import annotations

import re

from num2words import num2words

from narrator.speech.normalise.derulers import FIFTH_OR_TENTH, roman, word_before
from narrator.speech.normalise.europe import Words, magnitude_point, month_and_year, shared_forms, spaced_clock
from narrator.speech.normalise.indefinite import AGREEMENTS, counted_one
from narrator.speech.normalise.options import ReadingOptions
from narrator.speech.normalise.rates import rates, sides
from narrator.speech.normalise.romans import roman_value
from narrator.speech.normalise.util import (
    DECIMAL_SECONDS,
    KM_BEFORE,
    ROMAN_AFTER_WORD,
    SCORE,
    among_words,
    currencies_in_words,
    ends_text,
    energy_units_alone,
    first_letters,
    fractions_in_words,
    halves_of_units,
    has_digit,
    months_after_a_day,
    stoppage_time,
    telephone_numbers,
    units_after_a_scale,
    units_in_full,
    written_forms,
)

# "5 h Gehzeit", "nach 3 h", "4,5 h bis zum Gipfel": hours taken, shortened to "h" after the number (espeak-ng said the
# letter, "fünf ha"); not a clock's hour after "um", "ab", "bis" or "gegen" ("um 15 h"), nor "km/h" (a speed).
_HOURS_SHORT = re.compile(r"(?<![\w.,:/])(?<!\bum )(?<!\bab )(?<!\bbis )(?<!\bgegen )(\d{1,3}(?:,\d{1,2})?) ?h"
                          r"(?![\w/'’]|\.\d)")
_HOUR_WORD = first_letters(("h",))
# "4 h 32 min 10 s", "2 h 05 min": a race's or a walk's time in hours, minutes and seconds apart, the minutes' "min"
# and the seconds' "s" read after the hours (by now "4 Stunden"; espeak-ng said "min" and the letter). "min" alone
# stays as it is (it may be a minimum), and so does "s" after anything but such minutes.
_MINUTES_AFTER_HOURS = re.compile(r"(?:(?<=\d Stunden )|(?<=\d Stunde ))(?<!,\d Stunden )(\d{1,2}) ?min\b(?![.\w]\w)"
                                  r"(?: (\d{1,2}) ?s\b(?![.\w]\w|['’]))?")
# "mit 64 m²", "nach 12 km", "aus 10 m Höhe": a unit of the metre's or the litre's family after a preposition that takes
# the dative, in the dative plural ("mit 64 Quadratmetern"; the units are said in the nominative, "Quadratmeter").
# One is singular ("mit 1 Meter"); the other units' dative plural is their plural ("mit 5 Kilogramm", "mit 8 Knoten").
# A rate is said as the house says it ("mit 50 Kilometer pro Stunde").
_DATIVE_PLURAL = re.compile(r"\b((?:[Mm]it|[Nn]ach|[Vv]on|[Bb]ei|[Aa]us) "
                            r"(?:(?:rund|etwa|knapp|fast|gut|über|circa|zirka) )?(?!1 )\d+(?:[.,]\d+)* )"
                            r"((?:[A-Z][a-zäöü]*)?(?:meter|liter)|Meter|Liter)(?![\w-]| pro | je )")
_DATIVE_LEADS = first_letters(("mit", "Mit", "nach", "Nach", "von", "Von", "bei", "Bei", "aus", "Aus"))
_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember")
# "KW 49", "KW49": a calendar week by its number, as fairs, deliveries and rotas name it (espeak-ng spelled "K W");
# the kilowatt is written "kW".
_CALENDAR_WEEK = re.compile(r"\bKW ?(?=(?:[1-9]|[1-4]\d|5[0-3])(?![\d,.]\d|\w))")
# "beim GP von Mexiko": a Grand Prix by its letters after a dative article, before the place it is run in.
_GRAND_PRIX = re.compile(r"\b(beim|im|vom|zum) GP(?= von )")
# "wurde er nur 6.", "lief sie als 2. über die Ziellinie": a place in a race or a table after "nur" or "als", said as
# the placed one ("nur Sechster", "als Zweite"), its ending by the subject's pronoun in the sentence ("er": "-r";
# "sie": none). Only after a verb of finishing in the same sentence, and only where one pronoun tells the gender: a
# name's gender is unknown, and "Sie wurde am Montag 7." is an age (no "nur" nor "als").
_PLACE = re.compile(r"\b(nur|als) ([1-9]\d?)\.(?=\s*$|\s+[a-zäöü]|[,;)])")
_FINISHED = re.compile(r"\b(?:wurden?|wird|werden|kam|kamen|lief|liefen|landete|landeten|fuhr|fuhren|ging|gingen|"
                       r"beendete|beendeten|belegte|belegten|schloss|schlossen)\b")
_SUBJECT = re.compile(r"\b([Ee]r|[Ss]ie)\b")
# With no pronoun, a subject opening the sentence with its article and a verb in the singular tells the gender ("Der
# Titelverteidiger wurde nur 7.": "Siebter"; "Die Mannschaft": "Siebte"; "Das Team": "Siebtes"); a name does not.
_ARTICLE_SUBJECT = re.compile(r"^(Der|Die|Das) [A-ZÄÖÜ]\w* (?:\w+ ){0,3}?(?:wurde|wird|kam|lief|landete|fuhr|ging|"
                              r"beendete|belegte|schloss)\b")
_ARTICLE_ENDING = {"Der": "r", "Die": "", "Das": "s"}
_FIRST_REGISTRATION = re.compile(r"\bEZ(?= (?:0[1-9]|1[0-2])/(?:19|20)\d\d\b)")
# "EZ 03/2019", "TÜV bis 10/2026"; "3. XII. 1848", a Roman month, for the date rules (europe.py)
_MONTH_YEAR = month_and_year(_MONTHS, "{month} {year}", "{day}. {month} {year}")
_SHORT_MONTHS = {"Jan.": "Januar", "Feb.": "Februar", "Mär.": "März", "Apr.": "April", "Jun.": "Juni", "Jul.": "Juli",
                 "Aug.": "August", "Sep.": "September", "Sept.": "September", "Okt.": "Oktober", "Nov.": "November",
                 "Dez.": "Dezember"}
# "im Okt.", "seit Sept.", "Ende Jan.": a month shortened after a word that leads to one, with no day before it.
_SHORT_MONTH = months_after_a_day({short[:-1]: month for short, month in _SHORT_MONTHS.items()},
                                  r"(?<=\b[Ii]m )|(?<=\b[Ss]eit )|(?<=\bbis )|(?<=\b[Aa]b )|(?<=\bAnfang )"
                                  r"|(?<=\bMitte )|(?<=\bEnde )")
_MONTH_ALT = "|".join([*(re.escape(short) for short in _SHORT_MONTHS), *_MONTHS])
# "am 3. Oktober", "vom 3. bis 5. Mai", "Berlin, 3. Okt. 2023": a day's ordinal before its month.
# "am 3./4. Mai": two days with a slash between them are both ("am dritten und vierten Mai"; "3./vierter" before), and
# so are two with "und" or "oder" ("am 3. und 4. Mai": "3. und vierter" before).
_DAY = re.compile(rf"(?<![\w.])(\d{{1,2}})\.(?:(?:\s?(bis|-|–|/)\s?|\s(und|oder)\s)(\d{{1,2}})\.)?\s?({_MONTH_ALT})"
                  r"(?!\w)")
# "im 19. Jahrhundert", "zum 3. Mal", "der 2. Weltkrieg", "der 1. FC Köln": an ordinal between an article and a noun.
# and after "jeder" or "dieser", declined as the article is: "jeder 3. Zug", "jede 5. Frau", "jedes 10. Kind" ("jeder
# dritte Zug"; the voice said "drei" and ended the sentence at the stop), "an jedem 2. Tag" ("zweiten").
# Two ordinals sharing the noun are both read, with one ending: "in der 12. und 88. Minute", "aus dem 11. oder 12.
# Jahrhundert" (the first was left as written).
_ARTICLE_ORDINAL = re.compile(
    r"\b([Aa]m|[Ii]m|[Vv]om|[Zz]um|[Bb]eim|[Dd]em|[Dd]en|[Dd]er|[Dd]ie|[Dd]as|[Dd]es|[Zz]ur|[Jj]ede[rsmn]?"
    r"|[Dd]iese[rsmn]?)\s(\d{1,3})\.\s(?:(und|oder|bis)\s(\d{1,3})\.\s)?"
    r"(?=[A-ZÄÖÜ])"
)
# The ending an ordinal takes after these words: "am dritten", "der dritte"; with none, "dritter Oktober".
_WEAK_N = frozenset({"am", "im", "vom", "zum", "beim", "dem", "den", "des", "zur", "bis", "seit", "ab"})
_WEAK = frozenset({"der", "die", "das"})
# Words opening a sentence before "der" that are no noun: adverbs, conjunctions, pronouns and the verbs that open a
# question or a condition ("Heute der 3. Tag", "Dann der 2. Versuch", "Bleibt der 1. Platz?").
_OPENERS_NOT_NOUNS = frozenset({"heute", "gestern", "morgen", "jetzt", "nun", "dann", "danach", "zuletzt", "endlich",
                                "erst", "schon", "noch", "auch", "nur", "da", "so", "hier", "dort", "damals", "bald",
                                "später", "zuerst", "zunächst", "anschließend", "außerdem", "zudem", "dazu", "dabei",
                                "darauf", "daher", "deshalb", "trotzdem", "doch", "aber", "und", "oder", "denn",
                                "sondern", "als", "wenn", "weil", "dass", "ob", "wie", "wo", "was", "wer", "wann",
                                "warum", "wobei", "sobald", "nachdem", "bevor", "immerhin", "vorerst", "wieder",
                                "plötzlich", "schließlich", "letztlich", "damit", "somit", "also", "dennoch",
                                "jedoch", "allerdings", "bereits", "sogar", "eben", "gerade", "vielleicht", "wohl",
                                "bisher", "derzeit", "aktuell", "inzwischen", "mittlerweile", "insgesamt",
                                "stattdessen", "dafür", "vorher", "nachher", "überhaupt", "es", "er", "sie", "das",
                                "dies", "dieses", "jenes", "man", "ist", "war", "wird", "wurde", "hat", "hatte",
                                "bleibt", "blieb", "kommt", "kam", "folgt", "folgte", "gilt", "steht", "stand",
                                "geht", "ging", "beginnt", "begann", "endet", "läuft", "lief", "fehlt", "gewinnt",
                                "gewann", "holt", "holte", "spielt", "findet", "gibt", "gab", "sind", "waren",
                                "werden", "wurden"})
_PREPOSITIONS = frozenset({"in", "an", "auf", "aus", "bei", "mit", "nach", "seit", "von", "zu", "unter", "über", "vor",
                           "hinter", "neben", "zwischen", "während", "wegen", "trotz", "gegenüber", "außer"})
_WEEKDAY_NAMES = frozenset(
    {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"}
)
# Abbreviations with their stops, and the words they stand for.
_ABBREVIATIONS = {
    "z. B.": "zum Beispiel", "z.B.": "zum Beispiel", "d. h.": "das heißt", "d.h.": "das heißt",
    "u. a.": "unter anderem", "u.a.": "unter anderem", "v. a.": "vor allem", "u. U.": "unter Umständen",
    "o. ä.": "oder ähnliches", "s. o.": "siehe oben", "s. u.": "siehe unten", "bzw.": "beziehungsweise",
    "ca.": "circa", "Ca.": "Circa", "Nr.": "Nummer", "Mio.": "Millionen", "Mrd.": "Milliarden", "Tsd.": "Tausend",
    "usw.": "und so weiter", "etc.": "et cetera", "ggf.": "gegebenenfalls", "evtl.": "eventuell",
    "vgl.": "vergleiche", "bspw.": "beispielsweise", "inkl.": "inklusive", "Jh.": "Jahrhundert",
    "Dr.": "Doktor", "Prof.": "Professor", "Abs.": "Absatz", "Str.": "Straße", "Tel.": "Telefon",
    "Hr.": "Herr", "Std.": "Stunden", "Min.": "Minuten", "MwSt.": "Mehrwertsteuer",
    "Ziff.": "Ziffer", "geb.": "geboren", "gest.": "gestorben", "Hrsg.": "Herausgeber", "Jg.": "Jahrgang",
    "Abb.": "Abbildung", "Tab.": "Tabelle", "zzgl.": "zuzüglich", "insg.": "insgesamt", "mind.": "mindestens",
    "u.": "und", "gem.": "gemäß", "lt.": "laut",
    # classified ads and police reports
    "rd.": "rund", "Bj.": "Baujahr", "Whg.": "Wohnung", "Zi.": "Zimmer", "Blk.": "Balkon",
    "mtl.": "monatlich", "tgl.": "täglich", "Wfl.": "Wohnfläche", "Nfl.": "Nutzfläche", "Grdst.": "Grundstück",
    # train notices: a platform, a stretch between two stations
    "Gl.": "Gleis", "zw.": "zwischen",
    # package leaflets, museum prices
    "max.": "maximal", "tägl.": "täglich",
    "Max.": "Maximal",  # opening the sentence before a number only ("Max. 3x tägl."): elsewhere "Max" is a name
    "wöchentl.": "wöchentlich", "monatl.": "monatlich", "jährl.": "jährlich", "Erw.": "Erwachsene", "erm.": "ermäßigt",
    # history's era ("9 n. Chr.": espeak-ng said "n" and ended the sentence at "Chr.")
    # travel: a price per person, a height above the sea ("m ü. NN", the Swiss "m ü. M."), a main station
    "p. P.": "pro Person", "p.P.": "pro Person", "ü. NN": "über Normalnull", "ü.NN": "über Normalnull",
    "ü. M.": "über Meer", "ü.M.": "über Meer", "ü. d. M.": "über dem Meeresspiegel", "Hbf.": "Hauptbahnhof",
    "Hbf": "Hauptbahnhof",
    "n. Chr.": "nach Christus", "n.Chr.": "nach Christus", "v. Chr.": "vor Christus", "v.Chr.": "vor Christus",
    # court and law: a file's reference, the federal gazette and its part; a bank's rate a year; a lecture's start
    "Az.": "Aktenzeichen", "BGBl.": "Bundesgesetzblatt", "BGBl. I": "Bundesgesetzblatt Teil 1",
    "BGBl. II": "Bundesgesetzblatt Teil 2", "p. a.": "pro Jahr", "p.a.": "pro Jahr", "c.t.": "cum tempore",
    "% eff.": "% effektiv",  # a loan's rate ("der eff. Jahreszins" wants the adjective's ending: left)
    "c. t.": "cum tempore", "s.t.": "sine tempore", "s. t.": "sine tempore",
    # a recipe's pinch, a car's combined consumption, a health report's inhabitants
    "Msp.": "Messerspitze", "komb.": "kombiniert", "Einw.": "Einwohner",
}
_ABBREVIATION = written_forms(_ABBREVIATIONS)
# Those that end a sentence as often as not keep their stop there ("... Äpfel, Birnen usw. Dann").
_MAY_END = frozenset({"usw.", "etc."})  # "u. a. Familien": German nouns are capitalised, so a capital proves nothing
# A scale or a unit after a number ends a sentence as often as not: its stop stays before a word that opens one
# ("1 : 140 Mio. Es ...").
_ENDS_A_COUNT = frozenset({"Mio.", "Mrd.", "Tsd.", "Std.", "Min."})
_ONE_OF = {"Std.": "Stunde", "Min.": "Minute", "Tbl.": "Tablette", "Mon.": "Monat", "J.": "Jahr",
           "Wo.": "Woche"}  # their singular after a bare one
_BARE_ONE = re.compile(r"(?<![\d.,])1 $")
# "in der 60. Min.", "in der 2. Std.": one of them after an ordinal, which counts the one ("sechzigsten Minuten"
# before); its singular is written in before the ordinal rules, which then read "der 60. Minute".
_ORDINAL_ONE_OF = re.compile(r"(?<![\w.,])(\d{1,3}\. )(Std\.|Min\.|Tbl\.|Mon\.|J\.|Wo\.)(?= [a-zäöüß]|[,;)]|$)")
_NEW_SENTENCE = re.compile(r"\s+[A-ZÄÖÜ„\"]")
# Before a number only: "Art. 3 GG", "Kap. 4", "Bd. 2" (elsewhere "Art." is a word ending a sentence); after one,
# "Mio" and "Mrd" written without their stop, and "f." and "ff." ("S. 3 ff.").
_BEFORE_A_NUMBER = {"Art.": "Artikel", "Kap.": "Kapitel", "Bd.": "Band", "Rn.": "Randnummer", "op.": "Opus",
                    "Kl.": "Klasse"}  # a school's year ("ab Kl. 7")
_BEFORE_NUMBER = re.compile(r"(?<![\w.])(Art\.|Kap\.|Bd\.|Rn\.|op\.|Kl\.)\s?(?=\d)")  # a work's ("op. 57")
# "§ 212 StGB", "§§ 211, 212": the sign before a law's number, and an ad's asking price ("VB 8.500 €"), only before a
# number (espeak-ng said "Paragrafenzeichen", "fau be").
_SIGNED_NUMBER = re.compile(r"(?<![\w.])(§§|§|VB)\s?(?=\d)")
_SIGNED = {"§§": "Paragrafen", "§": "Paragraf", "VB": "Verhandlungsbasis"}
# "8.900 € VB": the asking price's basis after the amount too; "Kaution 3 KM": a deposit in cold rents (elsewhere
# "3 KM" is a distance written in capitals).
_ASKING_AFTER = re.compile(r"(?<=€ )VB(?![\w-])")
_COLD_RENTS = re.compile(r"(?<=Kaution )([1-6]) KM(?![\w-])")
# "1. Hand", "aus 2. Hand": a car's owners, a fixed phrase with the feminine ordinal and no article (the voice said
# "eins Hand").
# After "aus", "von", "in", "mit" the dative ("aus erster Hand").
_HAND = re.compile(r"(?<![\w.,])((?i:aus|von|in|mit) )?([1-3])\. Hand\b")
_HANDS = {"1": "erste", "2": "zweite", "3": "dritte"}
# "Ober-/Unterhitze", "Vor-/Nachname": two compounds sharing their last part, the first cut at a hyphen before the
# slash (the voice said "Schrägstrich"); said with "und" as one reads it out.
_SHARED_PART = re.compile(r"(?<=[a-zäöüß])-/(?=[A-ZÄÖÜ][a-zäöüß])")
# "eine 2-", "Note 3+": a school mark with its sign, said "minus" and "plus" (the voice said nothing for either);
# only after "eine" or "Note" and before a pause ("eine 2-Zimmer-Wohnung" is a compound).
_MARK_SIGN = re.compile(r"\b((?:[Ee]ine|Note) [1-6])([+-])(?=[\s,.;)]|$)")
# After a number only: a recipe's spoons ("2 EL", "1 TL"), an age, points and people as reports shorten them ("35 J.
# alt", "34 Pkt.", "4 Pers."); elsewhere "EL" and "J." are names and initials.
_AFTER_A_NUMBER = {"Mio": "Millionen", "Mrd": "Milliarden", "f.": "folgende", "ff.": "fortfolgende",
                   "EL": "Esslöffel", "TL": "Teelöffel", "J.": "Jahre", "Pkt.": "Punkte", "Pers.": "Personen",
                   "MM": "Monatsmieten",  # a rental ad's deposit ("Kaution 3 MM")
                   "Wo.": "Wochen", "Bp.": "Basispunkte",  # a discharge letter's weeks, a bond's basis points
                   # a pack's pieces ("20 St. Tabletten": "Sankt" before a name, never after a number)
                   "St.": "Stück",
                   "Abg.": "Abgeordnete",  # a vote's members ("365 Abg."; "Abg. Müller" is one, left)
                   # a leaflet's tablets (a day's), a wine's or a loan's months
                   "Tbl./Tag": "Tabletten pro Tag", "Tbl.": "Tabletten", "Mon.": "Monate",
                   # an election's percentage points, a debt's trillions ("Bio." alone may end a sentence on food)
                   "Pp.": "Prozentpunkte", "Bio.": "Billionen", "Hm": "Höhenmeter"}  # a climb's metres
# Half a spoon, a litre, an hour as recipes write it ("1/2 TL": "eins zwei"), in the nominative of an ingredient list.
_HALVES = halves_of_units({"TL": "ein halber Teelöffel", "EL": "ein halber Esslöffel", "l": "ein halber Liter",
                           "kg": "ein halbes Kilo", "Std.": "eine halbe Stunde", "h": "eine halbe Stunde"})
_AFTER_MARKS = (" EL", " TL", " J.", " Pkt.", " Pers.", " MM", " Wo.", " Bp.", " St.", " Abg.", " Tbl.", " Mon.",
                " Pp.", " Bio.", " Hm")
_AFTER_NUMBER = re.compile(r"(?<=\d )(Mio|Mrd|ff?\.|EL|TL|J\.|Pkt\.|Pers\.|MM|Wo\.|Bp\.|St\.|Abg\.|Tbl\./Tag|Tbl\.|"
                           r"Mon\.|Pp\.|Bio\.|Hm)(?![\w-])")
# "3:3 n. V.", "5:4 i. E.": how a cup tie was decided, after its score ("n. V." is elsewhere "nach Vereinbarung").
_AFTER_SCORE = re.compile(r"(?<=\d:\d )(n\. ?V\.|n\. ?E\.|i\. ?E\.)(?!\w)")
_DECIDED = {"nV": "nach Verlängerung", "nE": "nach Elfmeterschießen", "iE": "im Elfmeterschießen"}
# "(* 12.3.1941, † 1.12.2026)", "† 2026": a life's dates after the signs of birth and death (espeak-ng said "Stern"
# and nothing); "am" before a day, for the date rules' dative. A star elsewhere ("4*-Hotel", a footnote's) is left.
_LIFE_SIGN = re.compile(r"(?<![\w*])(?<!\d )([*†])\s?"  # not a product's star ("5 * 3")
                        r"(?:(?=\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ]))()|(?=(?:1[5-9]|20)\d\d\b))")
_LIFE_WORDS = {"*": "geboren", "†": "gestorben"}
# "eine Woche HP im DZ", "mit VP ab 89 € p. P.": a hotel's board and room after a word that asks for one, where the
# sentence also names a room or a price per person (elsewhere "HP" is a maker, "EZ" letters).
_BOARD = re.compile(r"\b((?:mit|inkl\.|inklusive|Wochen?|Nächte|Nacht|Tage|ohne|oder|und|im|ins|in|pro|als|ab) )"
                    r"(HP|VP|ÜF|DZ|EZ)(?![\w-])")
# "DZ mit Frühstück ab 129 €", "EZ ab 79 €": a room opening a hotel's line, before what it comes with or its price.
_ROOM_OPENING = re.compile(r"(?:^|(?<=[.!?;:] ))(DZ|EZ)(?= (?:mit|ab|inkl\.|inklusive|für|zu) )")
_BOARDS = {"HP": "Halbpension", "VP": "Vollpension", "ÜF": "Übernachtung mit Frühstück", "DZ": "Doppelzimmer",
           "EZ": "Einzelzimmer"}
# "im 2. OG", "im EG": a floor after its ordinal, and the ground floor after "im" ("o ge" before); a listing's "82 m²,
# 2. OG," with no word before the ordinal is its floor named, "zweites Obergeschoss".
_FLOOR = re.compile(r"(?<=ten )OG\b(?!-)|(?<=\bim )EG\b(?!-)|(?<![\w.,])([1-9]|1\d)\. OG\b(?!-)")
# "140/90 mmHg": blood pressure, the upper over the lower ("hundertvierzig durch neunzig m m H g" before).
_BLOOD_PRESSURE = re.compile(r"(?<![\w.,/])(\d{2,3})/(\d{2,3})\s?mmHg\b")  # "2 EL-Plätze": the league
# "Hauptstr. 5": a street name ending in "str." before its number; "auf 3 km der Hauptstr.", "in der Bahnhofstr., wo":
# one ending its clause, its stop also the sentence's where it ends the text (three letters at least before "str.",
# the last no "i": "Registr.", "Ministr." are other words).
_STREET = re.compile(r"(?<=[a-zäöüß])str\.(?=\s\d)|(?<=[a-zäöüß]{2}[a-hj-zäöüß])str\.(?=\s*$|[,;)])")
# "St. Pauli", "St. Gallen": Sankt before a name; after a count it is pieces ("20 St. Tabletten"), but after a
# postcode a town again ("9000 St. Gallen").
_SAINT = re.compile(r"(?<![\w.])(?:(?<!\d )|(?<=\d{4} ))St\.\s(?=[A-ZÄÖÜ])")
# "am 12.03.2024", "bis 1.10.": a date in numbers, said with its month's name ("zwölf Punkt null drei" before).
_NUMERIC_DATE = re.compile(r"(?<![\w.,])(\d{1,2})\.(\d{1,2})\.(?:(\d{4}|\d{2})(?![\d.,]\d|\w)|(?=[\s,;:)]|$))")
# "am 3. 10. 1990": the same with a space after each stop, as Duden writes it; only with its year, which proves it.
# "vom 23.12.–2.1.": two dates joined by a dash, "bis" ("23.12.-zweiter Januar" before).
_DATE_SPAN = re.compile(r"(?<![\w.,])(\d{1,2}\.\d{1,2}\.(?:\d{4})?)\s?[–-]\s?(?=\d{1,2}\.\d{1,2}\.)")
# "Ibuprofen 400 mg 1-0-1": a medication plan's morning, noon, evening (and night) doses, said one by one ("eins
# minus null minus eins" before); only small doses, three or four of them.
_DOSING = re.compile(r"([0-3])-([0-3])-([0-3])(?:-([0-3]))?(?![\w/-]|[.,]\d)")  # standing alone: _doses
# "Hauptstr. 12a, 10115 Berlin": a postcode between a street's number (or a post box's) and its town at the line's
# end, said digit by digit ("zehntausendeinhundertfünfzehn" before); "es waren 9000, heuer 12000 Besucher." is a count.
_POSTCODE = re.compile(r", (\d{5}) (?=[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?(?:[.;)]|\s*$))")
_ADDRESS_BEFORE = re.compile(r"(?:[A-ZÄÖÜ][\wäöüß.-]*\s\d{1,4}\s?[a-z]?|Postfach[\d ]+)\Z")
_SPACED_DATE = re.compile(r"(?<![\w.,])(\d{1,2})\. (\d{1,2})\. (\d{4})(?![\d.,]\d|\w)")
# A year of the second millennium: espeak-ng says "eintausend neunhundert ..."; a German says "neunzehnhundert ...".
# Where a year is sure: after a word that leads to one, in brackets, opening the sentence, before a word in small
# letters ("1949 geboren", "Bereits 1992 hatte": a count is followed by its noun, which German writes with a capital,
# "1500 Menschen", and units are words with capitals by now, "1500 Kilometer").
_YEAR = re.compile(
    r"(\b(?:im|Im|seit|Seit|bis|von|Von|ab|Ab|vor|Vor|nach|Nach|um|zwischen|Anfang|Ende|Mitte|Sommer|Winter"
    r"|Herbst|Frühjahr|Frühling|Jahr|Jahre|Jahres|und|oder|Januar|Februar|März|April|Mai|Juni|Juli|August"
    r"|September|Oktober|November|Dezember)\s|[(–-]|^)(1[1-9]\d\d)(?![\d.,]\d|\w)"
    r"|(?<![\w.,/-])(1[1-9]\d\d)(?=\s[a-zäöüß]|[.;!?)](?!\d))"  # not a file number's "20/1234)"
)
# "Seite 1234.", "Flug LH 1234 nach": a page's, a file's or a flight's number, no year.
_NUMBERED_NOT_A_YEAR = re.compile(r"(?:\b(?:Seite|Seiten|Satz|Nummer|Randnummer|Aktenzeichen|Flug|Zug|Linie|Gleis)"
                                  r"|\b[A-Z]{2,3})\s$")
# "12,50 €/m²": a price per unit ("Euro 50/m2" was read "Euro fünfzig M zwei").
# "12,82 €/Std.": "Std." is "Stunden" by now (the abbreviations run before the euros), and per hour is one.
# "4.200 € brutto/Monat": a pay's gross or net per a period too; "22 € pro m²", "je qm": the unit after its word.
_PER_UNIT = re.compile(
    r"(?:(?<=Euro|Cent)|(?<=Euro brutto)|(?<=Euro netto))"
    r"( \d+)?(\s?/\s?| pro | je )"
    r"(m2|m3|qm|kg|l|hl|km|ha|h|Std\.|Stunden|kWh|MWh|Monat|Jahr|Tag|Stück|Person|Einwohner|dt|t)(?!\w)")
# A harvest's price per decitonne, a wine's per hectolitre, a lease's per hectare, water's per cubic metre.
_PER_UNITS = {"t": "Tonne", "dt": "Dezitonne", "hl": "Hektoliter", "ha": "Hektar", "m3": "Kubikmeter",
              "m2": "Quadratmeter", "qm": "Quadratmeter", "kg": "Kilogramm", "l": "Liter",
              "km": "Kilometer",
              "h": "Stunde", "Std.": "Stunde", "Stunden": "Stunde", "kWh": "Kilowattstunde", "MWh": "Megawattstunde"}
# "Pro m² braucht man 8 Fliesen", "Kosten je m³ Wasser", "Einwohner pro km²": a unit after "pro" or "je" with no
# number before it (tidy has made the superscript a digit), said by its name (the voice said "m zwei"); after an
# amount of euros _PER_UNIT reads it. Single letters ("pro t", "je l") may be anything and are left.
_UNIT_ALONE = re.compile(r"\b([Pp]ro|[Jj]e) (km2|cm2|mm2|m2|cm3|m3|qm|kg|km|ha|hl)(?![\w/])")
_UNIT_ALONE_NAMES = {**_PER_UNITS, "km2": "Quadratkilometer", "cm2": "Quadratzentimeter", "mm2": "Quadratmillimeter",
                     "cm3": "Kubikzentimeter"}
_UNIT_ALONE_LEADS = first_letters(("pro", "Pro", "je", "Je"))
# "S. 12": a page; after a paragraph's or an article's number, its sentence ("§ 5 Abs. 2 S. 1": "Satz").
_PAGE = re.compile(r"(?<![\w.])S\.\s?(?=\d)")
_CLAUSE_BEFORE = re.compile(r"(?:Abs\.|Absatz|Art\.|Artikel|§)\s?\d{1,4}[a-z]?\s$")
# "14:30 Uhr", "14.30 Uhr", "9:00 Uhr", "um 14:30": hours and minutes said around "Uhr".
# "von 14.30 bis 18 Uhr": the first of two hours, whose "Uhr" the second carries.
_CLOCK = re.compile(r"(?<![\w.:,])([01]?\d|2[0-4])(?:[:.]([0-5]\d)(?:\s?Uhr\b|(?= bis \d{1,2}(?:[.:]\d\d)? Uhr\b))"
                    r"|:([0-5]\d)(?![\d:]|[.,]\d)(?:\s?Uhr\b)?)")
# "1.234,50 €", "5 €", "€ 5", "5,- €", "3 Mio. €": an amount in euros; cents after a decimal comma.
_EUROS_AFTER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+|-))?\s?(?:(Millionen|Milliarden|Billionen|Tausend)\s)?(€|Euro\b)"
)
_EUROS_BEFORE = re.compile(r"€\s?(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+|-))?")


# Units after a number, said in full (espeak-ng spells them: "50 km/h" was "fünfzig k m h"); singular and plural.
_UNITS = {
    # a dose in international units ("800 I.E. Vitamin D", "1000 IE"; espeak-ng said the letters)
    "I.E.": ("Internationale Einheit", "Internationale Einheiten"),
    "IE": ("Internationale Einheit", "Internationale Einheiten"),
    "km/h": ("Kilometer pro Stunde", "Kilometer pro Stunde"), "m/s": ("Meter pro Sekunde", "Meter pro Sekunde"),
    "km/s": ("Kilometer pro Sekunde", "Kilometer pro Sekunde"),  # a probe's speed ("17 km/s")
    # superscripts are digits by now ("m²" -> "m2": tidy runs first)
    "km2": ("Quadratkilometer", "Quadratkilometer"), "m2": ("Quadratmeter", "Quadratmeter"),
    "m3": ("Kubikmeter", "Kubikmeter"),
    # an air or a water test's micrograms ("48 µg/m³": tidy has made the micro sign a mu, the cube a digit)
    "μg/m3": ("Mikrogramm pro Kubikmeter", "Mikrogramm pro Kubikmeter"), "μg": ("Mikrogramm", "Mikrogramm"),
    # a river's flow, a particle's size, a camera's sensor ("2.300 m³/s", "2,5 µm", "24 MP"; the voice said "m drei
    # Schrägstrich s", "mü m", "M P")
    "m3/s": ("Kubikmeter pro Sekunde", "Kubikmeter pro Sekunde"), "μm": ("Mikrometer", "Mikrometer"),
    "MP": ("Megapixel", "Megapixel"),
    "qm": ("Quadratmeter", "Quadratmeter"), "km": ("Kilometer", "Kilometer"),
    "cm": ("Zentimeter", "Zentimeter"), "mm": ("Millimeter", "Millimeter"), "m": ("Meter", "Meter"),
    "kg": ("Kilogramm", "Kilogramm"), "mg": ("Milligramm", "Milligramm"), "g": ("Gramm", "Gramm"),
    "t": ("Tonne", "Tonnen"), "l": ("Liter", "Liter"), "ml": ("Milliliter", "Milliliter"), "ha": ("Hektar", "Hektar"),
    "cl": ("Zentiliter", "Zentiliter"),  # a bottle's ("70 cl")
    "kWh": ("Kilowattstunde", "Kilowattstunden"), "kW": ("Kilowatt", "Kilowatt"), "MW": ("Megawatt", "Megawatt"),
    "GW": ("Gigawatt", "Gigawatt"), "PS": ("PS", "PS"), "°C": ("Grad Celsius", "Grad Celsius"),
    "l/m2": ("Liter pro Quadratmeter", "Liter pro Quadratmeter"),
    # a mass spread over a square metre (a lawn's seed, a paper's weight: "30 g/m²"), a film's frames a second
    "g/m2": ("Gramm pro Quadratmeter", "Gramm pro Quadratmeter"),
    "kg/m2": ("Kilogramm pro Quadratmeter", "Kilogramm pro Quadratmeter"),
    "fps": ("Bild pro Sekunde", "Bilder pro Sekunde"),
    "l/qm": ("Liter pro Quadratmeter", "Liter pro Quadratmeter"),  # a forecast's rain ("40 l/qm")
    "kJ": ("Kilojoule", "Kilojoule"), "kcal": ("Kilokalorie", "Kilokalorien"),  # a label's energy
    "Std.": ("Stunde", "Stunden"), "Min.": ("Minute", "Minuten"), "Sek.": ("Sekunde", "Sekunden"),
    "Sem.": ("Semester", "Semester"),  # a course's length ("dauert 2 Sem.")
    # a device's and a grid's: memory, frequency, power, charge, energy, bandwidth; a price in cents
    "GB": ("Gigabyte", "Gigabyte"), "MB": ("Megabyte", "Megabyte"), "TB": ("Terabyte", "Terabyte"),
    "GHz": ("Gigahertz", "Gigahertz"), "MHz": ("Megahertz", "Megahertz"), "Hz": ("Hertz", "Hertz"),
    "W": ("Watt", "Watt"), "kWp": ("Kilowatt Peak", "Kilowatt Peak"), "MWp": ("Megawatt Peak", "Megawatt Peak"),
    "mAh": ("Milliamperestunde", "Milliamperestunden"),
    "Wh": ("Wattstunde", "Wattstunden"), "MWh": ("Megawattstunde", "Megawattstunden"),
    "GWh": ("Gigawattstunde", "Gigawattstunden"), "TWh": ("Terawattstunde", "Terawattstunden"),
    "Mbit/s": ("Megabit pro Sekunde", "Megabit pro Sekunde"), "Gbit/s": ("Gigabit pro Sekunde", "Gigabit pro Sekunde"),
    "Mbps": ("Megabit pro Sekunde", "Megabit pro Sekunde"), "ct": ("Cent", "Cent"),
    "Mb/s": ("Megabit pro Sekunde", "Megabit pro Sekunde"), "MB/s": ("Megabyte pro Sekunde", "Megabyte pro Sekunde"),
    "hl": ("Hektoliter", "Hektoliter"),  # a vineyard's yield ("85 hl/ha")
    "°Oe": ("Grad Öchsle", "Grad Öchsle"),  # a must's weight at the harvest ("98 °Oe")
    "/min": ("pro Minute", "pro Minute"),  # a pulse ("Puls 72/min")
    "kn": ("Knoten", "Knoten"),  # a wind's or a boat's speed ("in Böen 30 kn")
}
_UNITS_IN_FULL = units_in_full(_UNITS)
# "3 Tabletten/Tag", "4 Tage/Woche": a capitalised noun counted per day or per week, a leaflet's dose or a timetable's
# days (the voice said "Schrägstrich"); before other units it may be a name's and is left ("2 Kühe/ha").
_COUNTED_PER_DAY = r"[A-ZÄÖÜ][a-zäöüß]{2,}(?=\s?/\s?(?:Tag|Woche)(?![\w/]))"
# "7,5 t/ha", "32 ct/kWh": one unit per another; "3x4 m": a surface's sides ("drei x vier"). A harvest's decitonnes
# and their older name ("72 dt/ha", "55 dz/ha") only before a rate: "dt." alone is "deutsch".
_RATES = rates({**_UNITS, "dt": ("Dezitonne", "Dezitonnen"), "dz": ("Doppelzentner", "Doppelzentner")},
               {"ha": "pro Hektar", "kWh": "pro Kilowattstunde", "MWh": "pro Megawattstunde", "kg": "pro Kilogramm",
                "l": "pro Liter", "dl": "pro Deziliter", "dL": "pro Deziliter",
                "km": "pro Kilometer",  # a car's emission ("139 g/km")
                "Tag": "pro Tag", "Woche": "pro Woche"},  # a leaflet's dose, a timetable's days ("3 Tabletten/Tag")
               nouns=_COUNTED_PER_DAY)
_SIDES = sides("mal", "Meter|Zentimeter|Millimeter|Kilometer")
# "24 Mrd. km" (by now "24 Milliarden km"): a unit after a scale word, which units_in_full does not reach.
_UNITS_AFTER_A_SCALE = units_after_a_scale(_UNITS, ("Tausend", "Millionen", "Milliarden"))
# "100-m-Lauf", "50-km-Strecke", "2-t-Lkw": a unit inside a compound, between its number and its noun (espeak-ng said
# the letter); "Tonnen" after any number but one, as compounds say it ("2-Tonnen-Lkw").
_UNIT_IN_COMPOUND = re.compile(r"(?<![\w.,])(\d+(?:,\d+)?)-(km|m|cm|mm|kg|g|t|l|ml|ha|kW|kWh|MW)-(?=[A-ZÄÖÜ])")
# "3x tägl.", "2 x pro Woche": how many times, before a word of frequency ("drei x" before).
_TIMES = re.compile(r"(?<![\w.,])(\d{1,2}) ?x(?=\s(?:tägl|tgl\.|wöchentl|monatl|jährl|pro\b|am\b|im\b|die Woche"
                    r"|in der))")
# "(+2,1)", "+3 %": a change signed with a plus (espeak-ng switched to English for "plus"); a decimal comma, a percent
# or a closing bracket after it says it is no telephone number's country code.
_PLUS = re.compile(r"(?<![\w+])\+(?=\d{1,3},\d|\d{1,3}\s?(?:%|\)|Prozent|Punkt))")
# "0–100 km/h": a car's acceleration from standstill, a span ("null Strich hundert"); elsewhere 0 leads a code.
_FROM_STANDSTILL = re.compile(r"(?<![\w.,-])0\s?[–-]\s?100(?=\s?km/h)")
_STOPPAGE_TIME = stoppage_time("plus")
# "6 l/100 km", "18 kWh/100 km": what a car uses over a hundred kilometres ("6 l/100 Kilometer" before).
_PER_100_KM = re.compile(r"(?<=\d)\s?(l|kWh)\s?/\s?100\s?km\b")
_CONSUMED = {"l": "Liter", "kWh": "Kilowattstunden"}
# "320 kJ/100 ml", "12 g/100 g": a nutrition label's amount per hundred millilitres or grams.
_PER_100 = re.compile(r"(?<=[a-zA-Z])\s?/\s?100\s?(ml|g)\b")
# "die 1990er Jahre": a decade said as its year ("neunzehnhundertneunziger", not "eintausend neunhundert ...").
_DECADE = re.compile(r"(?<![\w.,])(1[0-9]\d0|20[0-9]0)er")
# "9–17 Uhr", "5-7 Tage", "2019–2020": a span of numbers is "bis"; a number led by 0 is a code.
_SPAN = re.compile(r"(?<![\w.,\d-])([1-9]\d{0,3})\s?[–-]\s?([1-9]\d{0,3})(?![\d,.]\d|[\w-])")
# "Mo.–Fr.": a span of weekdays.
_WEEKDAYS = {"Mo": "Montag", "Di": "Dienstag", "Mi": "Mittwoch", "Do": "Donnerstag", "Fr": "Freitag", "Sa": "Samstag",
             "So": "Sonntag"}
_WEEKDAY_SPAN = re.compile(r"\b(Mo|Di|Mi|Do|Fr|Sa|So)\.?\s?[–-]\s?(Mo|Di|Mi|Do|Fr|Sa|So)\b\.?")
# "am Mi. beraten", "für Mo. zum Streik", "Sa. 10 bis 14 Uhr": one weekday with its stop, after a word that asks for a
# day or before a time (espeak-ng said "Mi" as the syllable), or after another and "und" ("Sa. und So."), or before
# "bis" or "ab" and a time or a weekday ("Do., 10.12.", "Di. und Do.", "Do. bis 20 Uhr", "Do. bis Sa."). Its stop
# stays where it also ends the sentence. Before a part of the day said as an adverb ("bis Mi. früh", "Fr. abends"),
# which no sentence opens with, it is the day too; and before any lower-case word ("nur Mo. bleibt es zu", "Di. und
# Do. geschlossen", "Sa. ab 9 Uhr"), which no sentence opens with either, or before a day's name for closing ("Mo.
# Ruhetag", "Mo. und Di. Ruhetag"), said without the stop. After "und" only when a weekday is before it ("Ich und So.
# weiter" is no Sunday).
_ONE_WEEKDAY = re.compile(
    r"(?:(?<=\bam )|(?<=\bAm )|(?<=\bab )|(?<=\bAb )|(?<=\bbis )|(?<=\bBis )|(?<=\bjeden )|(?<=\bvom )|(?<=\bfür )"
    r"|(?<=\b(?:Mo|Di|Mi|Do|Fr|Sa)\. und ))"
    r"(Mo|Di|Mi|Do|Fr|Sa|So)\.(\s*$|\s+(?=[A-ZÄÖÜ]))?"
    # (a lower-case word after it holds "und", "bis", "ab" and the parts of the day said as adverbs)
    r"|(?<!\bund )\b(Mo|Di|Mi|Do|Fr|Sa|So)\.(?=,?\s\d| [a-zäöüß]| (?:Ruhetag|Schließtag|Markttag))")
# "seit Mo. gesperrt", "am kommenden Sa. wieder", "letzten Do., 9 Uhr": one weekday with its stop after "seit" or a
# word that says which week's day it is, before a lower-case word or a comma, or ending the text (espeak-ng said "Mo"
# as the syllable).
# Before a capital it may be "Frau" ("seit Fr. Müller die Leitung hat") or end a sentence, and is left.
# "für Fr. Schmidt", "mit Fr. Dr. Müller", "an Fr. Meier": "Fr." after a preposition and before a name is "Frau" (it was
# read "Freitag." with a stop before the name, or left to the voice); "bis Fr. Abend" is Friday evening, said without
# the stop that ended the sentence before "Abend". A weekday after "am", "ab", "bis", "vom", "jeden" stays a weekday.
_TIME_OF_DAY = ("Abend", "Morgen", "Mittag", "Nachmittag", "Vormittag", "Nacht")
_NO_STOP_BEFORE = (*_TIME_OF_DAY, "Ruhetag", "Schließtag", "Markttag")  # "bis Fr. Abend", "Di. Ruhetag"
_FRAU = re.compile(r"(?<!(?:Mo|Di|Mi|Do|Sa|So)\. )\b(an|mit|von|für|Für|bei|zu|durch|gegen|ohne|laut|sowie|und|wie|als)"
                   rf" Fr\.\s(?=(?:Dr\.\s|Prof\.\s)?[A-ZÄÖÜ][a-zäöüß]+\b)(?!(?:{'|'.join(_TIME_OF_DAY)})\b)")
_DAY_AFTER_SINCE = re.compile(
    r"(?:(?<=\bseit )|(?<=\bSeit )|(?<=\bkommenden )|(?<=\bkommendem )|(?<=\bnächsten )|(?<=\bletzten )"
    r"|(?<=\bvergangenen )|(?<=\bvergangenem ))(Mo|Di|Mi|Do|Fr|Sa|So)\.(?=,|\s+[a-zäöüß]|\s*$)")
_SINCE_WORDS = ("seit ", "Seit ", "kommende", "nächsten ", "letzten ", "vergangene")
# "Fr. 20.–", "CHF 12.50", "SFr. 1'250.–": Swiss francs as Switzerland writes them, cents after a point and a dash
# for none, said "20 Franken", "12 Franken 50" ("Freitag 20.-" and "12 Franken.50" they were). After "Fr." two digits
# up to twelve with a stop after them are a Friday's date ("Fr. 20.05."), and are left to the dates.
_SWISS_FRANCS = re.compile(r"(?<![\w.])(CHF|SFr\.|Fr\.)\s?(\d{1,3}(?:['’]\d{3})+|\d{1,7})\.(?:[-–]{1,2}|(\d{2})(?!\d))")
# "Sa 10–14 Uhr", "Di 14.30-16 Uhr": a weekday without its stop before a span of clock hours, as shop doors and
# timetables write it (espeak-ng said "sa", "di"); elsewhere "So" and "Do" are words.
_WEEKDAY_BEFORE_HOURS = re.compile(r"\b(Mo|Di|Mi|Do|Fr|Sa|So)(?= \d{1,2}(?:[.:][0-5]\d)?\s?[–-]\s?\d{1,2}"
                                   r"(?:[.:][0-5]\d)?\s?Uhr\b)")
# "14.30–16 Uhr", "9:30-12 Uhr": a span of clock times whose first has minutes and no "Uhr" of its own (it was read
# "14.30 bis 16 Uhr", a decimal): the first takes "Uhr" for the clock rules.
_CLOCK_SPAN = re.compile(r"(?<![\w.,:])([01]?\d|2[0-3])([.:][0-5]\d)\s?[–-]\s?"
                         r"(?=(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s?Uhr\b)")
# "15–19.30 Uhr", "8-12:30 Uhr": a span of hours whose second has minutes ("15-19 Uhr 30" it was, the voice saying
# the two numbers together): the first a whole hour, "bis" between.
_HOUR_TO_CLOCK = re.compile(r"(?<![\w.,:])([01]?\d|2[0-3])\s?[–-]\s?(?=(?:[01]?\d|2[0-4])[.:][0-5]\d\s?Uhr\b)")
# "mit 41:29 Toren", "63:58 Punkte": a table's goals or points for and against, said with "zu" (the clock and score
# rules leave numbers of two digits after the colon).
_GOALS = re.compile(r"(?<![\w.:,])(\d{1,3}):(\d{1,3})(?=\s(?:Toren?|Punkten?|Körben?)\b)")
# "ein Torverhältnis von 18:25", "Mischungsverhältnis 1:3", "Punkteverhältnis: 20:12": a ratio after the word that
# names it, whatever its numbers, before the clock's rule ("18 Uhr 25" it was).
_RATIO = re.compile(r"(?<=[Vv]erhältnis)(:? (?:von )?)(\d{1,3}):(\d{1,3})(?![\d:]|[.,]\d)")
# "zzgl. NK", "Lage: EG links": a rental listing's running costs and ground floor by their letters (espeak-ng spelled
# them), only in a sentence with a listing's signs (a rent, a deposit, rooms, a floor area); elsewhere "NK" and "EG"
# are other letters ("EG" the European Community's).
_LISTING_LETTERS = re.compile(r"(?<![\w-])(NK|EG)(?![\w-])")
_LISTING = re.compile(r"[Mm]iete|Kaution|kalt\b|warm\b|zzgl|zuzüglich|Zi\.|Zimmer|Wohnung|Whg|\bm2\b|Quadratmeter|Wfl")
# "startet von T2", "ab T1": an airport's terminal by its letter, after a word that leads to a place, in a sentence
# about a flight (elsewhere "T2" is a flat's or a tank's).
_TERMINAL = re.compile(r"\b((?:von|vom|ab|am|zum|im|in|an) )T([1-9])\b(?![\w-])")
_FLIGHT = re.compile(r"Flug|Gate|Flughafen|Abflug|Check-in")
# "Tel. 030 1234567", "Telefon: 0170-1234567": a telephone number, digit by digit.
_PHONE = re.compile(r"\b((?:Tel\.|Telefon|Fax|Mobil|Handy)[:.]?\s?)(\+?[\d][\d /-]{5,20}\d)")


# "telefonisch unter 030/1234567", "+49 30 12345678", "(089) 123 45 67": digit by digit, without "Tel." before it.
_TELEPHONE = telephone_numbers("plus", r"\(0\d{1,4}\)")
# "2/3 der Stimmen", "eine 2/3-Mehrheit", "3/4 Liter": a fraction before what it is a part of (halves take the noun's
# gender: "eine halbe Stunde", and are left).
_FRACTIONS = fractions_in_words(
    (("", ""), ("Drittel", "Drittel"), ("Viertel", "Viertel"), ("Fünftel", "Fünftel"), ("Sechstel", "Sechstel"),
     ("Siebtel", "Siebtel"), ("Achtel", "Achtel"), ("Neuntel", "Neuntel"), ("Zehntel", "Zehntel")),
    "ein", r"\s(?:der|des|aller|dieser|ihrer|seiner|unserer|[A-ZÄÖÜ])|-[A-ZÄÖÜ]")
# "1,04 CHF", "CHF 120.000", "5 Mio. USD": a currency's code (espeak-ng spelled it, "tse ha ef").
_CURRENCIES = currencies_in_words({"CHF": ("Franken", "Franken"), "USD": ("US-Dollar", "US-Dollar"),
                                   "US-$": ("US-Dollar", "US-Dollar"),  # a market report's oil price
                                   "GBP": ("Pfund", "Pfund")}, "Tausend|Millionen|Milliarden", "")
# A tax letter's taxes by their letters ("5,5 % der ESt": espeak-ng said "e es te"); "EStG", the act, is spelled.
_TAXES = {"ESt": "Einkommensteuer", "USt": "Umsatzsteuer", "LSt": "Lohnsteuer", "KSt": "Körperschaftsteuer",
          "GewSt": "Gewerbesteuer", "KiSt": "Kirchensteuer", "ErbSt": "Erbschaftsteuer", "GrESt": "Grunderwerbsteuer",
          "GrSt": "Grundsteuer"}
_TAX = re.compile(rf"(?<![\w.-])({'|'.join(_TAXES)})(?![\w-])")
# "im WS 2026/27", "im SoSe": a university's semester, the short "WS" and "SS" only before the year they name.
_SEMESTER = re.compile(r"\b(WiSe|SoSe)\b|\b(WS|SS)(?= (?:\d{4}|\d{2})(?:/\d{2,4})?(?![\w/]))")
_SEMESTERS = {"WiSe": "Wintersemester", "WS": "Wintersemester", "SoSe": "Sommersemester", "SS": "Sommersemester"}
# "Pflegefachkraft (m/w/d)": a job advert's sexes by their letters, said as words in the advert's order ("m
# Schrägstrich w ..."); "x" is the third, as "d" is.
_SEXES = re.compile(r"(?<![\w/])([mwd])/([mwd])(?:/([dx]))?(?![\w/])")
_SEX_WORDS = {"m": "männlich", "w": "weiblich", "d": "divers", "x": "divers"}
# "ein 13. Monatsgehalt", "eine 2. Chance", "einen 3. Platz": an ordinal after the indefinite article takes its ending
# (espeak-ng said "dreizehn" and ended the sentence at the stop); after "ein" the noun's gender decides, neuter by
# the compound's last part ("Monatsgehalt", "Mal"), else masculine ("ein zweiter Versuch"). "kein", "mein", "dein"
# and "sein" are declined as "ein" is ("kein 2. Versuch", "sein 3. Tor").
# (Led by its letters, not by a word's edge, so that the engine skips to them; the edge is _indefinite_ordinal's.)
_INDEFINITE_ORDINAL = re.compile(r"((?:[KkMmDdSs])?[Ee]in(?:e[nmr]?)?)\s(\d{1,3})\.\s(?=([A-ZÄÖÜ][\wäöüß-]*))")
# "Gehalt: 4.200 €, 13. Monatsgehalt", "2. Quartal:": an ordinal with no article before a neuter noun, opening a
# list's item (after a comma, a colon or the text's start), in the strong neuter ending ("dreizehntes"; the voice said
# "dreizehn"), and before a masculine one of _MASCULINE_ENDS in its own ("2. Platz": "zweiter"); others are left.
# A Roman one too ("Sinfonie Nr. 5, IV. Satz": espeak-ng said "römisch"), before those nouns only.
_LISTED_ORDINAL = re.compile(r"(?:^|(?<=, )|(?<=: ))(\d{1,3}|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\.\s"
                             r"(?=([A-ZÄÖÜ][\wäöüß-]*))")
_NEUTER_ENDS = ("mal", "gehalt", "jahr", "kind", "spiel", "tor", "mitglied", "semester", "haus", "land", "team",
                "rennen", "turnier", "ergebnis", "treffen", "amt", "album", "buch", "werk", "konzert", "chen", "lein",
                "ment", "nis", "tum", "gesetz", "paket", "quartal", "kapitel", "auto", "angebot", "projekt", "festival",
                "verfahren", "referendum", "stadion", "zimmer", "geschoss", "rad", "leben", "gericht", "jahrzehnt",
                "jahrhundert", "los", "ticket", "finale", "tor")
_MASCULINE_ENDS = ("platz", "rang", "sieg", "versuch", "durchgang", "wahlgang", "spieltag", "titel", "stock", "satz")
# "in 2. Lesung", "in 2. und 3. Lesung", "aus 1. Ehe", "nach 2. Wahlgang": an ordinal after a preposition of the dative
# with no article, in the strong dative ("in zweiter Lesung", "nach zweitem Wahlgang"; the voice said "zwei" and ended
# the sentence at the stop), where the noun's gender shows in its end: feminine by _FEMININE_ENDS, else masculine or
# neuter by the lists above; before other words (a sentence after a number: "gewann mit 2. Die Fans ...") it is left.
_BARE_DATIVE_ORDINAL = re.compile(r"\b([Ii]n|[Aa]us|[Nn]ach|[Mm]it|[Vv]on|[Bb]ei)\s(\d{1,2})\.\s"
                                  r"(?:(und|oder|bis)\s(\d{1,2})\.\s)?(?=([A-ZÄÖÜ][a-zäöüß]+)\b)")
_BARE_DATIVE_LEADS = first_letters(("in", "In", "aus", "Aus", "nach", "Nach", "mit", "Mit", "von", "Von", "bei", "Bei"))
_FEMININE_ENDS = ("ung", "ion", "heit", "keit", "schaft", "tät", "anz", "enz", "ik", "ehe", "lage", "runde", "klasse",
                  "reihe", "linie", "stufe", "woche", "etappe", "hälfte", "zeit", "liga", "instanz", "ausgabe", "folge",
                  "staffel", "ebene", "wahl")
# "bis 6.1. Danach ...": a date's stop that is also the sentence's, where a word that opens sentences follows (German
# nouns are capitalised, so a capital alone proves nothing).
_OPENS_A_SENTENCE = re.compile(r"\s+(?:Danach|Dann|Anschließend|Zudem|Außerdem|Bitte|Die|Der|Das|Dies|Diese|Dieser"
                               r"|Wir|Ich|Er|Es|Man|Wer|Am|Im|Ab|Bis|Vom|Seit|In|Auch|Aber|Doch)\b")

# "1 : 140 Mio.", "Maßstab 1 : 25.000", "endete 2 : 1": a ratio, odds or a score with its colon set apart, which no
# clock writes ("eins" and a sentence's break before).
_SPACED_RATIO = re.compile(r"(?<![\w.,:])(\d{1,3}) : (?=\d{1,3}(?:\.\d{3})*(?!\d|[,.:]\d|\s?:|\s?Uhr\b))")
# A race's gap ("1'23''"), a week's hours ("39 h"), "1,8 ‰" and a salary's span ("45.000–55.000 €"): see europe.py.
_SHARED = shared_forms(Words(("Minute", "Minuten"), ("Sekunde", "Sekunden"), "Stunden", "Promille", to="bis",
                             over="von", plus="plus", thousandths=" und {} Tausendstel", a_week="pro Woche",
                             by_volume="Volumenprozent", power="hoch {}|minus", one="eine", degrees=("Grad", "Grad"),
                             both_prices="und", low_to_high="bis", abstained=("Enth", "Enthaltung", "Enthaltungen")))
_SPACED_CLOCK = spaced_clock("um|ab|bis|gegen|von|Um|Ab|Bis|Gegen|Von", "Uhr")
_ONE = counted_one(AGREEMENTS["de"])  # "1 botella" -> "una botella" (indefinite.py)
# "1 TL Salz zugeben", "Man nehme 1 EL Öl": one spoon in a recipe's sentence, the object of its verb of putting in
# ("einen Teelöffel"; the voice said "eins"); after "mit", "einem". In a list of ingredients, with no such verb, the
# nominative ("ein Teelöffel").
_ONE_SPOON = re.compile(r"(?<![\d.,])1 (?=(?:Tee|Ess)löffel\b)")
_PUTTING_IN = re.compile(r"\b(?:(?:zu|dazu|hinzu|hinein|unter|ein)?(?:geben|gibt|gebe|fügen|füge|rühren|rühre|heben)"
                         r"|nehmen|nehme|nimm|mischen|vermengen|verrühren|würzen|abschmecken|bestreuen|streuen)\b")
_WITH_BEFORE = re.compile(r"\b(?i:mit|von|aus|nach|zu|bei) $")
# "in 2:05:37 Stunden", "3:45 Minuten": a time taken, not a clock ("zwei Uhr fünf Uhr siebenunddreißig"); signed with
# its plus, a gap behind the winner ("+1:02:33": "plus eine Stunde 2 Minuten 33 Sekunden", the plus and "1" were left
# to the voice, which said "eins Stunde").
_HOURS_TAKEN = re.compile(r"(?<![\w.:,+])(\+)?(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:]|[.,]\d|\s?Uhr)"
                          r"(?:\s?(?:Stunden|h)\b)?")
# "beim 31:31", "gewann 34:29": a score after a word of a match's result, before the clock's rule ("beim 24 Uhr 24";
# "34:29" left as it was), whatever its numbers ("lief 31:31" is a time taken, "um 17:13" the clock's).
_RESULT_SCORE = re.compile(r"\b((?:[Bb]eim|[Zz]um|[Nn]ach dem|gewann|gewannen|gewinnt|siegte|siegten|verlor|verloren"
                           r"|unterlag|unterlagen|endete|Endstand) )(\d{1,2}):(\d{1,2})(?![\d:]|[.,]\d)")
_MINUTES_TAKEN = re.compile(r"(?<![\w.:,])(\d{1,2}):([0-5]\d)\s?Minuten\b")


def _minutes_and_seconds(match: re.Match[str]) -> str:
    """"05 min 12 s" (after hours) -> "5 Minuten 12 Sekunden"."""
    minutes, seconds = int(match.group(1)), match.group(2)
    said = "eine Minute" if minutes == 1 else f"{minutes} Minuten"
    if seconds is None:
        return said
    return f"{said} " + ("eine Sekunde" if int(seconds) == 1 else f"{int(seconds)} Sekunden")


def _street(match: re.Match[str]) -> str:
    """A street's "str." in full, its stop kept where it also ends the sentence."""
    return "straße." if ends_text(match) else "straße"


def _hours_taken(match: re.Match[str]) -> str:
    """"2:05:37 Stunden" -> "2 Stunden 5 Minuten 37 Sekunden"; "+1:02:33" -> "plus eine Stunde 2 Minuten ..."."""
    hours, minutes, seconds = (int(part) for part in match.groups()[1:])
    said = (f"{hours} Stunde{'' if hours == 1 else 'n'} {minutes} Minute{'' if minutes == 1 else 'n'} {seconds} "
            f"Sekunde{'' if seconds == 1 else 'n'}")
    if match.group(1):  # after "plus" the rule that agrees a one with its noun does not reach it; no hour, none said
        said = said.split(" ", 2)[2] if hours == 0 else said  # ("0 Stunden 12 Minuten ..." -> "12 Minuten ...")
        one = "einer" if _WITH_BEFORE.search(match.string, max(0, match.start() - 5), match.start()) else "eine"
        return "plus " + (one + said[1:] if said.startswith("1 ") else said)
    return said


# What a number in parts follows: a room, a section, a version ("Raum 3.12", "Abschnitt 2.4."), never a date.
_NUMBERED_BEFORE = re.compile(r"\b(?:Raum|Zimmer|Saal|Gleis|Kapitel|Abschnitt|Absatz|Ziffer|Tabelle|Abbildung|Abb\."
                              r"|Nr\.|Nummer|Version|Seite|Randnummer|Rn\.)\s$")


def _place(match: re.Match[str]) -> str:
    """"nur 6." -> "nur Sechster" after "er", "als 2." -> "als Zweite" after "sie"; left where the sentence does not
    tell its subject's gender or no verb of finishing comes before."""
    start = max(0, match.start() - 80)
    sentence = match.string[start:match.start()].rsplit(". ", 1)[-1]
    pronouns = {word.lower() for word in _SUBJECT.findall(sentence)}
    subject = _ARTICLE_SUBJECT.match(sentence.lstrip()) if not pronouns else None
    if (len(pronouns) != 1 and subject is None) or not _FINISHED.search(sentence):
        return match.group(0)
    place = str(num2words(int(match.group(2)), lang="de", to="ordinal")).capitalize()
    ending = _ARTICLE_ENDING[subject.group(1)] if subject else "r" if pronouns == {"er"} else ""
    return f"{match.group(1)} {place}{ending}" + ("." if ends_text(match) else "")


def _page_or_sentence(match: re.Match[str]) -> str:
    """"S. 12" -> "Seite 12"; after a paragraph's or an article's number, "Satz" ("Abs. 2 S. 1")."""
    return "Satz " if _CLAUSE_BEFORE.search(match.string, max(0, match.start() - 16), match.start()) else "Seite "


def _listing_letters(text: str) -> str:
    """"NK" -> "Nebenkosten", "EG" -> "Erdgeschoss" near a listing's signs; elsewhere as written."""
    def said(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        if (match.group(1) == "EG" and match.string[max(0, start - 4):start] in ("die ", "Die ", "der ", "Der ")) or \
                not _LISTING.search(
                match.string, max(0, start - 60), end + 60):
            return match.group(0)  # "die EG": the Community; no listing's sign near it
        return "Nebenkosten" if match.group(1) == "NK" else "Erdgeschoss"

    return _LISTING_LETTERS.sub(said, text)


def _postcode(match: re.Match[str]) -> str:
    """", 10115 Berlin" -> ", 1 0 1 1 5 Berlin" after a street's number or a post box; else as written."""
    if _ADDRESS_BEFORE.search(match.string, max(0, match.start() - 40), match.start()) is None:
        return match.group(0)
    return ", " + " ".join(match.group(1)) + " "


def _doses(match: re.Match[str]) -> str:
    """"1-0-1" -> "1 0 1", a plan's doses standing alone; inside a longer run ("21-0-1", "4-1-0-1") it is left."""
    start = match.start()
    if start and (match.string[start - 1].isalnum() or match.string[start - 1] in ".,/-"):
        return match.group(0)
    return " ".join(dose for dose in match.groups() if dose)


def _numeric_date(match: re.Match[str]) -> str:
    """"am 12.03.2024" -> "am zwölften März 2024" (the year said as one: see _YEAR)."""
    day, month, year = int(match.group(1)), int(match.group(2)), match.group(3)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group(0)
    if not year and _NUMBERED_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
        return match.group(0)  # "im Raum 3.12.", "Kapitel 2.4": a number in parts, which espeak-ng says with "Punkt"
    spoken = f"{_ordinal(match.group(1), _ending_before(match))} {_MONTHS[month - 1]}"
    # "bis 6.1." ending the text or before a word that opens a sentence: its stop is the sentence's too
    ends = ends_text(match) or _OPENS_A_SENTENCE.match(match.string, match.end()) is not None
    return spoken + (f" {_year(year)}" if year else "." if ends else "")


def _spaced_date(match: re.Match[str]) -> str:
    """"am 3. 10. 1990" as "am 3.10.1990"; after "Kapitel" or "Nr." the numbers are a list, and are left."""
    if _NUMBERED_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
        return match.group(0)
    return _numeric_date(match)


def _year_of(match: re.Match[str]) -> str:
    """A _YEAR match said as a year, unless a page's, a file's or a flight's word or code stands before it."""
    if match.group(3) and _NUMBERED_NOT_A_YEAR.search(match.string, max(0, match.start() - 14), match.start()):
        return match.group(0)
    return (match.group(1) or "") + _year(match.group(2) or match.group(3))


def _year(written: str) -> str:
    """"1998" -> "neunzehnhundertachtundneunzig"; written short, "24" is 2024 and "90" 1990."""
    value = int(written) if len(written) == 4 else (2000 if int(written) <= 30 else 1900) + int(written)
    return str(num2words(value, lang="de", to="year")) if 1100 <= value <= 1999 else str(value)


def _ordinal(number: str, ending: str) -> str:
    """3 -> "dritte" + ending ("n", "r" or "")."""
    return str(num2words(int(number), lang="de", to="ordinal")) + ending


def _ending_before(match: re.Match[str]) -> str:
    """The ending a day's ordinal takes after the word before it: "am dritten", "der dritte", "dritter"."""
    before, start = word_before(match.string, match.start())
    if before in _WEEKDAY_NAMES:  # "am Mittwoch, 15. Mai": the day takes the ending the article gives the weekday
        before, start = word_before(match.string, start)
    if before[:4] in ("jede", "dies") and len(before) <= 6:  # "jeder 3. Mai", "jeden 1. Januar", "diesen 5. Mai"
        return "n" if before[-1] in "mn" else ""
    return "n" if before in _WEAK_N else "" if before in _WEAK else "r"


def _day(match: re.Match[str]) -> str:
    """"am 3. Oktober" -> "am dritten Oktober", "vom 3. bis 5. Mai" -> "vom dritten bis fünften Mai"."""
    first, joint, word, last, month = match.groups()
    ending = _ending_before(match)
    if not 1 <= int(first) <= 31 or (last and not 1 <= int(last) <= 31):
        return match.group(0)
    spoken = _ordinal(first, ending)
    if last:
        joined = word or ("und" if joint == "/" else "bis")
        spoken += f" {joined} " + _ordinal(last, "n" if ending == "n" else ending)
    # a shortened month ending the sentence keeps the sentence's stop ("bis 4. Sept.", "am 3. Jan. Dann ..."); before
    # a noun it goes on ("am 3. Jan. Beginn der Saison": German nouns are capitalised, so a capital proves nothing)
    ends = month.endswith(".") and (ends_text(match) or _OPENS_A_SENTENCE.match(match.string, match.end()) is not None)
    return f"{spoken} {_SHORT_MONTHS.get(month, month)}" + ("." if ends else "")


def _article_ordinal(match: re.Match[str]) -> str:
    """"im 19. Jahrhundert" -> "im neunzehnten Jahrhundert"."""
    article = match.group(1)
    ending = "" if article.lower() in _WEAK else "n"
    if article[1:4] in ("ede", "ies"):  # "jeder dritte", "jedem dritten": the article's own ending decides
        ending = "n" if article[-1] in "mn" or (
            article[-1] == "r" and word_before(match.string, match.start())[0] in _PREPOSITIONS) else ""
    word, start = word_before(match.string, match.start())
    if article == "der" and (word in _PREPOSITIONS or _noun_before_genitive(match, word, start)):
        # "in der 2. Liga", "mit der 3. Dosis": "der" after a preposition is dative ("zweiten"); after a noun it is
        # genitive ("die Bergwertung der 1. Kategorie", "das Ende der 2. Halbzeit")
        ending = "n"
    joint, last = match.group(3, 4)
    return f"{article} {_ordinal(match.group(2), ending)} " + (f"{joint} {_ordinal(last, ending)} " if last else "")


def _noun_before_genitive(match: re.Match[str], word: str, start: int) -> bool:
    """The capitalised word before "der" is a noun whose genitive it opens ("das Ende der 2. Halbzeit"), no comma
    between; opening the sentence, unless it is a word that opens sentences and is no noun ("Heute der 3. Tag", "Ist
    der 2. Platz sicher?"): "Kinder der 5. Klasse haben frei", "Start der 3. Etappe"."""
    if not word or not match.string[start].isupper() or match.string[start + len(word)] == ",":
        return False
    if start and match.string[start - 1] not in ".!?:":
        return True
    return word not in _OPENERS_NOT_NOUNS and "?" not in match.string[match.end():match.end() + 80]


def _indefinite_ordinal(match: re.Match[str]) -> str:
    """"ein 13. Monatsgehalt" -> "ein dreizehntes Monatsgehalt", "einen 3. Platz" -> "einen dritten Platz"; the end of
    a longer word ("Verein 3. Liga", "kein") is left."""
    article, number, noun = match.groups()
    if match.start() and match.string[match.start() - 1].isalnum():
        return match.group(0)
    declined = article.lower()[-4:].lstrip("kmds")  # "keinen" -> "einen"
    if declined == "ein":
        ending = "s" if noun.lower().endswith(_NEUTER_ENDS) else "r"
    else:
        ending = "" if declined == "eine" else "n"
    return f"{article} {_ordinal(number, ending)} "


def _bare_dative_ordinal(match: re.Match[str]) -> str:
    """"in 2. und 3. Lesung" -> "in zweiter und dritter Lesung", "nach 2. Wahlgang" -> "nach zweitem Wahlgang"."""
    preposition, number, joint, last, noun = match.groups()
    noun = noun.lower()
    ending = "r" if noun.endswith(_FEMININE_ENDS) else "m" if noun.endswith(_MASCULINE_ENDS + _NEUTER_ENDS) else ""
    if not ending:
        return match.group(0)
    said = f"{preposition} {_ordinal(number, ending)} "
    return said + (f"{joint} {_ordinal(last, ending)} " if last else "")


def _listed_ordinal(match: re.Match[str]) -> str:
    """"13. Monatsgehalt" -> "dreizehntes Monatsgehalt", "IV. Satz" -> "vierter Satz"; before other nouns, left."""
    number, noun = match.group(1), match.group(2).lower()
    ending = "s" if noun.endswith(_NEUTER_ENDS) else "r" if noun.endswith(_MASCULINE_ENDS) else ""
    if not ending:
        return match.group(0)
    return f"{_ordinal(number if number.isdigit() else str(roman_value(number)), ending)} "


def _one_weekday(match: re.Match[str]) -> str:
    """"am Fr." -> "am Freitag", "am Fr. Die" -> "am Freitag. Die" (the stop may end the sentence); not before a time of
    the day ("bis Fr. Abend" -> "bis Freitag Abend")."""
    day, gap = _WEEKDAYS[match.group(1) or match.group(3)], match.group(2)
    if gap is None:
        return day
    if gap.strip() == "" and match.string.startswith(_NO_STOP_BEFORE, match.end()):
        return day + gap
    return f"{day}.{gap}"


def _sexes(match: re.Match[str]) -> str:
    """"m/w/d" -> "männlich, weiblich, divers"; a letter twice ("m/m") is no advert's."""
    letters = [letter for letter in match.groups() if letter]
    if len({_SEX_WORDS[letter] for letter in letters}) != len(letters):
        return match.group(0)
    return ", ".join(_SEX_WORDS[letter] for letter in letters)


# "Max. 3x tägl.", "Hinweis: Max. 2 Personen": the capital "Max." opening the sentence, a number after it.
_MOST_OPENING = re.compile(r"(?:^|(?<=[.!?:;]\s))Max\.(?=\s\d)")


def _abbreviation(match: re.Match[str]) -> str:
    """The words an abbreviation stands for; one that ends the sentence keeps its stop."""
    written = match.group(0)
    if written == "Max." and not _MOST_OPENING.match(match.string, match.start()):
        return written  # a name ("mit Max. Dann")
    spoken = _ABBREVIATIONS[written]
    if written in _ONE_OF and _BARE_ONE.search(match.string, max(0, match.start() - 4), match.start()):
        spoken = _ONE_OF[written]  # "1 Std.": one hour, not "1 Stunden"
    ends = ends_text(match) or (written in _MAY_END and _NEW_SENTENCE.match(match.string, match.end()) is not None) or (
        written in _ENDS_A_COUNT and _OPENS_A_SENTENCE.match(match.string, match.end()) is not None)
    return spoken + ("." if ends else "")


# A dative preposition and a number before a plural in -e: "mit 34 Punkten", "von 30 Jahren" (the voice says the
# ending the table's word has), and the second count it governs ("zu 3 Jahren und 6 Mon.": "Monaten").
_DATIVE_COUNT = re.compile(r"\b(?i:mit|von|aus|bei|nach|seit|zu|vor|ab|unter) [\d.,]+ "
                           r"(?:[^\W\d_]+\.? (?:und|oder) [\d.,]+ )?$")


def _after_number(match: re.Match[str]) -> str:
    """The word a number's abbreviation stands for, in the dative after "mit", "von"; its stop kept at the end."""
    written = match.group(1)
    spoken = _AFTER_A_NUMBER[written]
    if written in _ONE_OF and _BARE_ONE.search(match.string, max(0, match.start() - 4), match.start()):
        return _ONE_OF[written] + ("." if ends_text(match) else "")  # "1 Tbl.": one tablet, not "1 Tabletten"
    if spoken.endswith("e") and _DATIVE_COUNT.search(match.string, max(0, match.start() - 40), match.start()):
        spoken += "n"
    return spoken + ("." if written.endswith(".") and ends_text(match) else "")


def _one_spoon(match: re.Match[str], putting_in: bool) -> str:
    """"1 " before a spoon -> "einen " in a text that puts it in, "einem " after "mit", else "ein "."""
    if _WITH_BEFORE.search(match.string, max(0, match.start() - 5), match.start()):
        return "einem "
    return "einen " if putting_in else "ein "


def _euros(match: re.Match[str]) -> str:
    """"1.234,50 €" -> "1.234 Euro 50" (the voice says the rest): cents after "Euro", as Germans say them."""
    whole, cents = match.group(1), match.group(2)
    scale = match.group(3) if match.re is _EUROS_AFTER else None
    if scale or (cents and len(cents) != 2 and cents != "-"):  # "3,2 Milliarden €": a decimal, said by the voice
        amount = f"{whole},{cents}" if cents and cents != "-" else whole
        return " ".join(part for part in (amount, scale, "Euro") if part)
    if whole == "0" and cents and cents.isdigit() and int(cents):
        return f"{int(cents)} Cent"  # "0,35 €"
    spoken = whole + " Euro"
    if cents and cents not in ("-", "00"):
        spoken += f" {int(cents)}"
    return spoken


# "der Preis pro kWh", "die kWh kostet": an energy unit named with no number.
_ENERGY_ALONE = energy_units_alone(_UNITS, r"pro|je|die|der|eine|jede")


def _swiss_francs(match: re.Match[str]) -> str:
    """"Fr. 20.–" -> "20 Franken", "CHF 12.50" -> "12 Franken 50"; "Fr. 20.05." (a Friday's date) is left."""
    sign, whole, cents = match.groups()
    if cents is not None and sign == "Fr." and match.string.startswith(".", match.end()) and int(cents) <= 12:
        return match.group(0)
    whole = whole.replace("'", "").replace("’", "")
    return f"{whole} Franken" + (f" {int(cents)}" if cents not in (None, "00") else "")


def normalise(text: str, options: ReadingOptions) -> str:
    """The German rules, each only where its sign is (options are the English rules'; none applies here yet)."""
    if "Fr" in text or "CHF" in text:  # before "Fr." is a weekday, and "CHF 12" is read without its decimals
        text = _SWISS_FRANCS.sub(_swiss_francs, text)
    text = _ENERGY_ALONE(text)
    text = _SPACED_CLOCK(text)  # before the clock rules
    if "EZ " in text:  # a car's first registration before its month, not a hotel's single room
        text = _FIRST_REGISTRATION.sub("Erstzulassung", text)
    text = magnitude_point(_MONTH_YEAR(text))  # "03/2019", "Magnitude 5.8.": before the dates and fractions
    if "KW" in text:
        text = _CALENDAR_WEEK.sub("Kalenderwoche ", text)
    if "nur " in text or "als " in text:  # a place before the dates read "6." (a date's day)
        text = _PLACE.sub(_place, text)
    if "GP " in text:
        text = _GRAND_PRIX.sub(r"\1 Großen Preis", text)
    if "I" in text or "V" in text or "X" in text:
        text = ROMAN_AFTER_WORD.sub(roman, text)
        if " V." in text or " X." in text:
            text = FIFTH_OR_TENTH.sub(roman, text)
    if "-" in text or "–" in text:
        text = _WEEKDAY_SPAN.sub(lambda m: f"{_WEEKDAYS[m.group(1)]} bis {_WEEKDAYS[m.group(2)]}", text)
        if "Uhr" in text:
            text = _CLOCK_SPAN.sub(r"\1\2 Uhr bis ", _WEEKDAY_BEFORE_HOURS.sub(lambda m: _WEEKDAYS[m.group(1)], text))
            text = _HOUR_TO_CLOCK.sub(r"\1 bis ", text)
    if "†" in text or "*" in text:
        text = _LIFE_SIGN.sub(lambda m: _LIFE_WORDS[m.group(1)] + (" " if m.group(2) is None else " am "), text)
    if "." in text:  # a weekday first: it sets the ending of the date after it ("am Di., 14.11.": "vierzehnten")
        if ". Hand" in text:
            text = _HAND.sub(lambda m: f"{m.group(1) or ''}{_HANDS[m.group(2)]}{'r' if m.group(1) else ''} Hand", text)
        if "Fr. " in text:
            text = _FRAU.sub(r"\1 Frau ", text)
        text = _ONE_WEEKDAY.sub(_one_weekday, text)
        if any(word in text for word in _SINCE_WORDS):
            text = _DAY_AFTER_SINCE.sub(lambda m: _WEEKDAYS[m.group(1)] + ("." if ends_text(m) else ""), text)
        if any(month in text for month in _MONTHS) or any(short in text for short in _SHORT_MONTHS):
            text = _SHORT_MONTH(_DAY.sub(_day, text))
        if ".–" in text or ".-" in text or ". –" in text:
            text = _DATE_SPAN.sub(r"\1 bis ", text)
        text = _NUMERIC_DATE.sub(_numeric_date, _SPACED_DATE.sub(_spaced_date, text))
        if "Min." in text or "Std." in text or "Tbl." in text or "Mon." in text or "J." in text or "Wo." in text:
            text = _ORDINAL_ONE_OF.sub(lambda m: m.group(1) + _ONE_OF[m.group(2)] + ("." if ends_text(m) else ""),
                                       text)
        text = _ARTICLE_ORDINAL.sub(_article_ordinal, text)
        if "ein" in text or "Ein" in text:
            text = _INDEFINITE_ORDINAL.sub(_indefinite_ordinal, text)
        if ". " in text:
            text = _LISTED_ORDINAL.sub(_listed_ordinal, text)
            if among_words(_BARE_DATIVE_LEADS, text):
                text = _BARE_DATIVE_ORDINAL.sub(_bare_dative_ordinal, text)
        if ":" in text and (" n." in text or " i." in text):
            text = _AFTER_SCORE.sub(lambda m: _DECIDED[m.group(1)[0] + m.group(1)[-2]]  # its two letters
                                    + ("." if ends_text(m) else ""), text)
        text = _PAGE.sub(_page_or_sentence, _SAINT.sub("Sankt ", _STREET.sub(_street, text)))
        text = _ABBREVIATION.sub(_abbreviation, text)
        text = _BEFORE_NUMBER.sub(lambda m: _BEFORE_A_NUMBER[m.group(1)] + " ", text)
    if ("DZ" in text or "EZ" in text or "pro Person" in text) and ("P" in text or "Z" in text or "ÜF" in text):
        text = _ROOM_OPENING.sub(lambda m: _BOARDS[m.group(1)],
                                 _BOARD.sub(lambda m: m.group(1) + _BOARDS[m.group(2)], text))
    text = _HALVES(text)
    if "Mio" in text or "Mrd" in text or "f." in text or any(short in text for short in _AFTER_MARKS):
        text = _AFTER_NUMBER.sub(_after_number, text)
    if "St " in text or "St." in text or "St," in text or "St)" in text or "St;" in text:  # "der ESt", "ESt."
        text = _TAX.sub(lambda m: _TAXES[m.group(1)], text)
    if "WS" in text or "SS" in text or "WiSe" in text or "SoSe" in text:
        text = _SEMESTER.sub(lambda m: _SEMESTERS[m.group(1) or m.group(2)], text)
    if "/w" in text or "/m" in text:
        text = _SEXES.sub(_sexes, text)
    text = _SHARED(text)
    if "§" in text or "VB" in text:
        text = _ASKING_AFTER.sub("Verhandlungsbasis", _SIGNED_NUMBER.sub(lambda m: _SIGNED[m.group(1)] + " ", text))
    if "KM" in text:
        text = _COLD_RENTS.sub(r"\1 Kaltmieten", text)
    if "-/" in text:
        text = _SHARED_PART.sub("- und ", text)
    if ("+" in text or "-" in text) and ("ine " in text or "Note " in text):
        text = _MARK_SIGN.sub(lambda m: f"{m.group(1)} {'plus' if m.group(2) == '+' else 'minus'}", text)
    if "Tel" in text or "Fax" in text or "Mobil" in text or "Handy" in text:
        text = _PHONE.sub(lambda m: m.group(1) + " ".join(ch for ch in m.group(2) if ch.isdigit() or ch == "+")
                          .replace("+", "plus"), text)
    text = _FRACTIONS(_TELEPHONE(text))
    if "er" in text:
        text = _DECADE.sub(lambda m: str(num2words(int(m.group(1)), lang="de", to="year")) + "er", text)
    if "-0-" in text or "-1-" in text or "-2-" in text or "-3-" in text:  # a plan's middle dose
        text = _DOSING.sub(_doses, text)
    if "-" in text or "–" in text:
        text = _SPAN.sub(r"\1 bis \2", text)
        if "-" in text:
            text = _UNIT_IN_COMPOUND.sub(lambda m: f"{m.group(1)}-{_UNITS[m.group(2)][m.group(1) != '1']}-", text)
        if "0" in text:
            text = _FROM_STANDSTILL.sub("0 bis 100", text)
    if "+" in text:
        text = _PLUS.sub("plus ", _STOPPAGE_TIME(text))
    if "mmHg" in text:
        text = _BLOOD_PRESSURE.sub(r"\1 zu \2 Millimeter Quecksilbersäule", text)
    if ", " in text:
        text = _POSTCODE.sub(_postcode, text)
    if "OG" in text or "EG" in text:
        text = _FLOOR.sub(lambda m: f"{num2words(int(m.group(1)), lang='de', to='ordinal')}s Obergeschoss"
                          if m.group(1) else "Obergeschoss" if m.group(0) == "OG" else "Erdgeschoss", text)
    if "NK" in text or "EG" in text:
        text = _listing_letters(text)
    if " T" in text and _FLIGHT.search(text):
        text = _TERMINAL.sub(r"\1Terminal \2", text)
    if "x " in text:
        text = _TIMES.sub(r"\1 mal", text)
    if "/100" in text:
        text = _PER_100_KM.sub(lambda m: f" {_CONSUMED[m.group(1)]} auf 100 Kilometer", text)
        text = _PER_100.sub(lambda m: f" pro 100 {'Milliliter' if m.group(1) == 'ml' else 'Gramm'}", text)
    if "km " in text:
        text = KM_BEFORE.sub("Kilometer", text)
    text = _UNITS_AFTER_A_SCALE(_UNITS_IN_FULL(_SIDES(_RATES(text))))
    if ("eter" in text or "iter" in text) and among_words(_DATIVE_LEADS, text):
        text = _DATIVE_PLURAL.sub(r"\1\2n", text)
    if has_digit(text) and among_words(_HOUR_WORD, text):  # "5 h Gehzeit": after the rates' "12 €/h"
        text = _HOURS_SHORT.sub(lambda m: f"{m.group(1)} Stunde{'' if m.group(1) == '1' else 'n'}", text)
        if "min" in text:
            text = _MINUTES_AFTER_HOURS.sub(_minutes_and_seconds, text)
    if " s" in text:  # "in 10,2 s": seconds after a decimal (espeak-ng said the letter)
        text = DECIMAL_SECONDS.sub(r"\1 Sekunden", text)
    if ":" in text:
        if "hältnis" in text:
            text = _RATIO.sub(r"\1\2 zu \3", text)
        text = _RESULT_SCORE.sub(r"\1\2 zu \3", text)
        text = _MINUTES_TAKEN.sub(lambda m: f"{m.group(1)} Minute{'' if m.group(1) == '1' else 'n'} {m.group(2)}",
                                  _HOURS_TAKEN.sub(_hours_taken, text))
    if "Uhr" in text or ":" in text:  # "14:30 Uhr", "14.30 Uhr", "um 14:30"
        text = _CLOCK.sub(lambda m: f"{int(m.group(1))} Uhr" + (f" {int(minutes)}" if int(
            minutes := m.group(2) or m.group(3)) else ""), text)
    if "€" in text or "Euro" in text:
        text = _EUROS_BEFORE.sub(_euros, _EUROS_AFTER.sub(_euros, text))
        if "/" in text or "pro " in text or "je " in text:
            text = _PER_UNIT.sub(lambda m: f"{m.group(1) or ''} {m.group(2).strip(' /') or 'pro'} "
                                           f"{_PER_UNITS.get(m.group(3), m.group(3))}", text)
    text = _CURRENCIES(text)
    if among_words(_UNIT_ALONE_LEADS, text):
        text = _UNIT_ALONE.sub(lambda m: f"{m.group(1)} {_UNIT_ALONE_NAMES[m.group(2)]}", text)
    if ":" in text:
        text = SCORE.sub(r"\1 zu \2", _GOALS.sub(r"\1 zu \2", text))
        if " : " in text:
            text = _SPACED_RATIO.sub(r"\1 zu ", text)
    if "1" in text:
        text = _YEAR.sub(_year_of, text)
    if "1 Teelöffel" in text or "1 Esslöffel" in text:
        putting_in = _PUTTING_IN.search(text) is not None  # once a text: a list of many spoons stays linear
        text = _ONE_SPOON.sub(lambda m: _one_spoon(m, putting_in), text)
    return _ONE(text)
