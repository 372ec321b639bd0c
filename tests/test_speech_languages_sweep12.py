"""A twelfth sweep of sentences in German, French, Spanish, Italian and Portuguese (h197), in the genres the eleven
before drew on least: weather warnings, train strikes and timetables, transfer fees, court reports, pharmacy leaflets,
tax deadlines, wine labels, mountain huts, election turnout, rents per square metre, lottery results, cycling stages,
concert programmes, company results, car registrations and speed limits, telephone numbers and opening hours, and
dates with weekdays and centuries in Roman (tests/fixtures/speech/languages_sweep12.tsv, each row read in its
language column's tag). FIRST READING, before any rule: narrator read 132 of its 178 rows right: de 25/36, fr 26/35,
es 26/37, it 27/35, pt 28/35 (136 with the four readings added after listening, see the fixture's header); the third
kept aside (every third row) read 44 of 59, the rest 88 of 119. Now 167: de 34/36, fr 32/35, es 36/37, it 32/35,
pt 33/35; the tuned two thirds 117 of 119, the kept third 47 of 59 when it was first read after the rules (held out)
and 50 now: three classes it showed were fixed after reading it (a stop before a colon, "vom Sa.", "mi-sept.",
German "1 Tbl."). The classes fixed are below, each with what it must leave alone; what is left is in _KNOWN_MISSES.
h203 read eight more of the forms left here (tests/test_speech_languages_left47.py): 175 now. The forms earlier
sweeps left are read too: "CO₂ 139 g/km" (a number after a formula's digit, every language), "2
1/2 horas", "13,2/14", "2. Platz". h206 read the Primitiva's "C: 9, R: 3" (tests/test_speech_languages_sweep13.py): 176
now."""

from __future__ import annotations

from sweeps import LANGUAGES, Sweep, hostile_tests, rule_tests, sweep_tests, voice_tests

_KNOWN_MISSES = {
    "Le taux d'abstention atteint 52,5 % au 1er tour.": "read '1er tour', which the voice says 'premier' (the same "
                                                        "phonemes, tested in test_speech_languages_left47.py): left "
                                                        "written, as every French rule leaves '1er'; the row's "
                                                        "readings, written first, list only the word (kept third)",
    "Résultats du Loto du lundi 1er déc. : 5, 12, 23, 34, 41, n° chance 7.": "read 'lundi 1er décembre', which the "
                                                                             "voice says 'premier'; the readings list "
                                                                             "only the word (kept third)",
}
_GENRES = {"weather", "rail", "transfer", "court", "pharmacy", "tax", "wine", "mountain", "turnout", "rent", "lottery",
           "cycling", "concert", "results", "motoring", "phone", "dates", "school"}
SWEEP = Sweep("languages_sweep12.tsv", _KNOWN_MISSES, form=str, tagged=True, least=175, languages=LANGUAGES,
              styles=_GENRES, only=True)
globals().update(sweep_tests(SWEEP))

# Each class read as our examples say (language, written, reading), and what only looks like it left as it is.
_READ = [
    # a number after a formula's digit takes its unit, in every language; per kilometre in Spanish and Portuguese
    ("de", "Er stößt CO₂ 95 g/km und NO2 12 mg/km aus.",
     "Er stößt CO2 95 Gramm pro Kilometer und NO2 12 Milligramm pro Kilometer aus."),
    ("fr", "Soit CO₂ 101 g/km.", "Soit CO2 101 grammes par kilomètre."),
    ("es", "Emite 99 g/km de CO₂ y PM10 30 µg/m³.",
     "Emite 99 gramos por kilómetro de CO2 y PM10 30 microgramos por metro cúbico."),
    ("it", "CO₂ 140 g/km.", "CO2 140 grammi per chilometro."),
    ("pt", "CO₂ 1 g/km e 130 g/km.", "CO2 1 grama por quilômetro e 130 gramas por quilômetro."),
    # a work's opus number
    ("de", "Brahms op. 77 und op.98.", "Brahms Opus 77 und Opus 98."),
    ("fr", "Sonate op. 31 n° 2.", "Sonate opus 31 numéro 2."),
    ("es", "Cuarteto op. 18.", "Cuarteto opus 18."),
    ("it", "Sonata op. 27.", "Sonata opus 27."),
    ("pt", "Estudo op. 10.", "Estudo opus 10."),
    # a price per unit with a tenth, the Italian "mq", the German unit after "pro" or "je"
    ("es", "A 9,5 €/m² y 12 €/m².", "A 9,5 euros por metro cuadrado y 12 euros por metro cuadrado."),
    ("it", "Canone 18,5 €/mq o 18,50 €/mq.", "Canone 18,5 euro al metro quadro o 18 euro e 50 al metro quadro."),
    ("de", "Miete 15 € pro m², Strom 30 Cent je kWh.",
     "Miete 15 Euro pro Quadratmeter, Strom 30 Cent je Kilowattstunde."),
    # Spanish: a whole and a half before a plural noun in its gender, a mark with decimals out of its scale, a
    # quarter written after its number, two centuries, "incl." after a plural, an ordinal past ten
    ("es", "Dura 3 1/2 semanas y 2½ años.", "Dura 3 semanas y media y 2 años y medio."),
    ("es", "Sacó 11,8/14 y un 6,5/10.", "Sacó 11,8 sobre 14 y un 6,5 sobre 10."),
    ("es", "El beneficio del 2T creció; los siglos XVI y XVII.",
     "El beneficio del segundo trimestre creció; los siglos 16 y 17."),
    ("es", "Precio 90 €, tasas incl.; gastos incl.", "Precio 90 euros, tasas incluidas; gastos incluidos."),
    ("es", "La 12.ª edición, el 13.º puesto y la 21.ª vuelta.",
     "La decimosegunda edición, el decimotercer puesto y la vigésima primera vuelta."),
    # German: a masculine noun's ordinal opening a list's item, climbing metres, a second count in the dative, two
    # weekdays, a dotted hour before "bis", one tablet
    ("de", "Ergebnis: 3. Rang, 1. Sieg.", "Ergebnis: dritter Rang, erster Sieg."),
    ("de", "Tour: 900 Hm; Strafe: zu 2 J. und 3 Mon.; Di. und Fr.",
     "Tour: 900 Höhenmeter; Strafe: zu 2 Jahren und 3 Monaten; Dienstag und Freitag."),
    ("de", "Geöffnet von 9.30 bis 12 Uhr; 1 Tbl. am Morgen.",
     "Geöffnet von 9 Uhr 30 bis 12 Uhr; eine Tablette am Morgen."),
    # French: a colon's space after the hour; Italian centuries; Portuguese hours spelled out
    ("fr", "Rendez-vous à 9 h : entrée libre.", "Rendez-vous à 9 heures : entrée libre."),
    ("it", "Fondata nel XII sec. e rifatta nel XIV.", "Fondata nel dodicesimo secolo e rifatta nel quattordicesimo."),
    ("pt", "Tomar de 6/6 horas.", "Tomar de 6 em 6 horas."),
    # a programme's movement numbered in Roman before its name
    ("es", "Vivaldi: Invierno, II. Largo.", "Vivaldi: Invierno, dos. Largo."),
    ("pt", "Chopin: Sonata n.º 2, III. Marcha fúnebre.", "Chopin: Sonata número 2, três. Marcha fúnebre."),
    # a stop before a colon
    ("it", "Sorteggio di ven. 5 dic.: esito", "Sorteggio di venerdì 5 dicembre: esito"),
    ("fr", "Fermé de mi-sept. à mi-oct.", "Fermé de mi-septembre à mi-octobre."),
]
_LEFT = [
    # a number's next group is no formula's ("1 234 g/km" is read whole); a formula with no unit after
    ("fr", "Soit 1 234 g/km et CO2 12.", "Soit 1 234 grammes par kilomètre et CO2 12."),
    # "op." before no number is a citation's
    ("es", "Véase op. cit., pág. 4.", "Véase op. cit., página 4."),
    ("it", "Vedi op. cit.", "Vedi op. cit."),
    # cents are the euro rule's; a price per month is no unit
    ("de", "Es kostet 5 € pro Monat.", "Es kostet 5 Euro pro Monat."),
    # a half before "más" or a singular noun; a mark over its scale; "3T" after no article; one century
    ("es", "Son 2 1/2 más; 15,5/10; un 3T; el siglo V y X.", "Son 2 1/2 más; 15,5/10; un 3T; el siglo V y X."),
    # an ordinal before a noun of neither table; a Roman numeral after a ruler's name
    ("de", "Endstand: 2. Wahl.", "Endstand: 2. Wahl."),
    ("es", "Felipe II. Después reinó su hijo.", "Felipe segundo. Después reinó su hijo."),
    ("es", "Capítulo, II. Historia.", "Capítulo, II. Historia."),
    # a Roman numeral after "nel" where no century is named
    ("it", "Arrivò nel XX.", "Arrivò nel XX."),
    # "sept." after "en" ending a sentence is seven as often
    ("fr", "Il en a vendu sept.", "Il en a vendu sept."),
]
globals().update(rule_tests(_READ, _LEFT))

# What the voice must say of a reading (language, written, what a reader says).
_SAID = [
    ("es", "Dura 2 1/2 horas.", "Dura dos horas y media."),
    ("es", "La 15.ª etapa.", "La decimoquinta etapa."),
    ("de", "2. Platz für Bayern.", "Zweiter Platz für Bayern."),
    ("fr", "Nocturne op. 9.", "Nocturne opus neuf."),
]
globals().update(voice_tests(_SAID))
# Text built to be slow for a rule that scans back or ahead at every start: each rule of this sweep must stay linear.
_HOSTILE = {
    "de": ["CO2 1 " * 8000, "Euro pro " * 6000, "zu 3 J. und " * 5000, ", 2. Platz" * 6000, "op. " * 8000,
           "14.30 bis " * 6000, "1 Tbl. " * 6000, "Di. und " * 6000],
    "fr": ["CO2 1 " * 8000, "17 h : " * 6000, "op. 1" * 8000, "mi-sept. " * 6000, ", II. " * 8000],
    "es": ["2 1/2 " * 8000, "12,4/1" * 8000, "siglos 1 y " * 6000, "del 3T " * 6000, "gastos incl. " * 6000,
           "1,5 €/" * 6000, ", II. " * 8000, "15.ª " * 6000],
    "it": ["nel XV " * 6000, "XVI sec. " * 6000, "1,5 €/mq " * 6000, ", I. " * 8000],
    "pt": ["de 8/8 " * 6000, "CO2 1 g/" * 6000, ", I. " * 8000, "no sáb.: " * 6000],
}
globals().update(hostile_tests(_HOSTILE))
