"""A fourteenth sweep of sentences in German, French, Spanish, Italian and Portuguese (h214), in the genres the
thirteen before drew on least or in forms they did not write: court reports, weather warnings with times and wind
forces, transport strikes and timetables, recipes, real estate, car tests, elections, sport (stages, tennis sets, lap
times, a match's minutes), bank rates, lottery draws, TV listings, telephone numbers and postcodes, dates with Roman
months, centuries, and ordinals each country's way; and "left", the forms sweep 13 left written anew
(tests/fixtures/speech/languages_sweep14.tsv, each row read in its language column's tag). FIRST READING, before any
rule and as the rows were first written: narrator read 118 of its 175 rows right: de 22/36, fr 23/37, es 27/34, it
24/34, pt 22/34; the third kept aside (every third row) 42 of 58, the rest 76 of 117. Most of the misses were
readings the rows had not listed though the voice says them right (a percent sign, "-9 Grad Celsius", "1er"): with
the readings added after listening (see the fixture's header) main reads 155 (de 28/36, fr 31/37, es 33/34, it 31/34,
pt 32/34; the kept third 55 of 58, 52 without the three readings added after reading it; the rest 100 of 117). Now
174: de 35/36, fr 37/37, es 34/34, it 34/34, pt 34/34; the tuned two thirds 117 of 117, the kept third 52 of 58 when
it was first read after the rules (held out, no change) and 57 now: three readings it showed were added after
listening (the Spanish "siglo 16" and the Portuguese "século 12", said as the words; the Italian "€"), and two
classes were fixed after reading it (a price after a fuel grade ending in a digit, "le E85 0,799 €", the form sweep
13 left; a German ordinal after "der" after a noun, genitive: "die Bergwertung der 1. Kategorie").
The classes fixed are below, each with what it must leave alone; what is left is in _KNOWN_MISSES. Sweep 13's French
"4/5" after "Risque" and its "SP95-E10 1,759 €" are read now too."""

from __future__ import annotations

from sweeps import LANGUAGES, Sweep, hostile_tests, rule_tests, sweep_tests

_KNOWN_MISSES = {
    "Sie wurde 1. im Slalom und 3. in der Abfahrt.": "a place after 'wurde' ('Erste', 'Dritte') takes the subject's "
                                                    "gender, which a pronoun alone does not give; the date rules "
                                                    "leave a number and its stop before 'im' (kept third)",
}
_GENRES = {"court", "weather", "transport", "recipe", "property", "car", "election", "sport", "bank", "lottery", "tv",
           "phone", "calendar", "left"}
SWEEP = Sweep("languages_sweep14.tsv", _KNOWN_MISSES, form=str, tagged=True, least=174, languages=LANGUAGES,
              styles=_GENRES, only=True)
globals().update(sweep_tests(SWEEP))

# Each class read as our examples say (language, written, reading), and what only looks like it left as it is.
_READ = [
    # a date whose month is a Roman numeral, with its day and a year of four digits, in each language's order
    ("de", "Der Brief wurde am 1.I.1800 geöffnet.", "Der Brief wurde am ersten Januar achtzehnhundert geöffnet."),
    ("fr", "La lettre est datée du 2.IV.1815 et du 30-XI-1830.",
     "La lettre est datée du 2 avril 1815 et du 30 novembre 1830."),
    ("es", "Firmado en Cádiz el 19-III-1812.", "Firmado en Cádiz el 19 de marzo de 1812."),
    ("it", "Atto rogato il 25.IV.1945 a Milano.", "Atto rogato il 25 aprile 1945 a Milano."),
    ("pt", "Decreto de 1.XII.1640.", "Decreto de 1 de dezembro de 1640."),
    # the Beaufort scale's force after its number
    ("de", "Auf der Ostsee Windstärke 7 Bft, in Böen 9 Bft.",
     "Auf der Ostsee Windstärke 7 Beaufort, in Böen 9 Beaufort."),
    ("es", "Viento de fuerza 6 Bft en el Estrecho.", "Viento de fuerza 6 Beaufort en el Estrecho."),
    ("pt", "Vento de força 8 Bft no mar.", "Vento de força 8 Beaufort no mar."),
    # French: a whole mark or a risk's level out of five or ten after a mark's or a risk's word in its clause; an ad's
    # bedrooms, one digit before "ch."
    ("fr", "Le restaurant obtient la note de 3/5 au guide.", "Le restaurant obtient la note de 3 sur 5 au guide."),
    ("fr", "Niveau de risque 2/5 ce matin.", "Niveau de risque 2 sur 5 ce matin."),
    ("fr", "Noté 8/10 par les lecteurs.", "Noté 8 sur 10 par les lecteurs."),
    ("fr", "Appartement T4, 3 ch., cuisine équipée, 2 ch. et un bureau.",
     "Appartement T4, 3 chambres, cuisine équipée, 2 chambres et un bureau."),
    ("fr", "Villa de 6 pièces dont 4 ch.", "Villa de 6 pièces dont 4 chambres."),
    # a price after a fuel grade ending in a digit
    ("fr", "Le gazole B7 1,659 €, le E10 1,729 €.", "Le gazole B7 1,659 euro, le E10 1,729 euro."),
    ("de", "Der Diesel B7 kostet 1,659 €, Super E5 1,779 €.", "Der Diesel B7 kostet 1,659 Euro, Super E5 1,779 Euro."),
    # German: a weekday after "für"; a listing's floor with no word before its ordinal; a loan's effective rate
    ("de", "Die Gewerkschaft streikt für Di. im Nahverkehr.", "Die Gewerkschaft streikt für Dienstag im Nahverkehr."),
    ("de", "Büro, 120 m², 3. OG, Aufzug.", "Büro, 120 Quadratmeter, drittes Obergeschoss, Aufzug."),
    ("de", "Das Darlehen kostet 4,1 % eff. bei 10 Jahren.", "Das Darlehen kostet 4,1 % effektiv bei 10 Jahren."),
    # German: an ordinal after "der" after a noun is genitive ("der zweiten")
    ("de", "Das Ende der 2. Halbzeit kam spät.", "Das Ende der zweiten Halbzeit kam spät."),
    ("de", "Die Siegerin der 5. Etappe heißt Lisa.", "Die Siegerin der fünften Etappe heißt Lisa."),
    # Italian: "mar." after a day of the month is March
    ("it", "Il concorso scade il 31 mar. 2027.", "Il concorso scade il 31 marzo 2027."),
    ("it", "Iscrizioni fino al 20 di mar.", "Iscrizioni fino al 20 di marzo."),
    # Spanish likewise after a day and "de" (added after the sweep: the same class)
    ("es", "El plazo acaba el 15 de mar.", "El plazo acaba el 15 de marzo."),
    ("es", "El 3 de mar. de 2026 empieza.", "El 3 de marzo de 2026 empieza."),
    # Portuguese: a weekday after a time and "de", before a comma or a semicolon
    ("pt", "O serviço fecha às 20h de sex., sem exceção.", "O serviço fecha às 20 horas de sexta-feira, sem exceção."),
    ("pt", "O voo parte às 7h15 de dom.; o regresso é na terça.",
     "O voo parte às 7 horas e 15 de domingo; o regresso é na terça."),
]
_LEFT = [
    # a Roman numeral after a number with no year is no month's
    ("de", "Tafel 2.IV zeigt es.", "Tafel 2.IV zeigt es."),
    # a whole number over five after "le" is a date; before "des", "du" or with no mark's word, a share
    ("fr", "Rendez-vous le 3/5 au gymnase.", "Rendez-vous le 3 mai au gymnase."),
    ("fr", "Les 3/5 des élèves ont réussi.", "Les 3 cinquièmes des élèves ont réussi."),
    ("fr", "La note reprend 4/5 des critères.", "La note reprend 4 cinquièmes des critères."),
    ("fr", "Il a lu 3/5 du livre.", "Il a lu 3 cinquièmes du livre."),
    # "ch." before another noun is no bedroom; horsepower of more digits, or ending a sentence about a car
    ("fr", "Un moteur de 150 ch, et 4 ch. de plus.", "Un moteur de 150 chevaux, et 4 ch. de plus."),
    ("fr", "Une citadine de 90 ch.", "Une citadine de 90 chevaux."),
    # an amount in groups of thousands is one amount
    ("fr", "Total : 12 345,67 € et 1 234 €.", "Total : 12 345 euros 67 et 1 234 euros."),
    # "eff." before a noun wants its ending; "So" without its stop is a word
    ("de", "Der eff. Jahreszins steigt.", "Der eff. Jahreszins steigt."),
    ("de", "Er kam so für So wie immer.", "Er kam so für So wie immer."),
    # "der" after a comma, a sentence's start or a verb is no genitive
    ("de", "Bayern, der 1. Verein der Liga, gewann.", "Bayern, der erste Verein der Liga, gewann."),
    ("de", "Heute der 3. Tag. Der 4. Lauf folgt.", "Heute der dritte Tag. Der vierte Lauf folgt."),
    ("de", "Dann kam der 2. Versuch.", "Dann kam der zweite Versuch."),
    # "di mar." after a verb is either; "mar." before a day is martedì
    ("it", "La festa cade di mar.", "La festa cade di mar."),
    ("it", "Aperto mar. 12 maggio.", "Aperto martedì 12 maggio."),
    ("es", "Abre el mar. 3 de marzo, con vistas al mar.", "Abre el martes 3 de marzo, con vistas al mar."),
    # "de seg." and a weekday before a comma with no time before them are other words
    ("pt", "Curso de seg., inscrições abertas.", "Curso de seg., inscrições abertas."),
    ("pt", "Um lugar de sex., claro.", "Um lugar de sex., claro."),
]
globals().update(rule_tests(_READ, _LEFT))

# Text built to be slow for a rule that scans back or ahead at every start: each rule of this sweep must stay linear.
_HOSTILE = {
    "de": ["3. XII. " * 6000, "1.I." * 8000, "9 Bft " * 8000, "für Mo. " * 6000, "2. OG " * 8000, "% eff. " * 8000,
           "E5 1,7 " * 8000, "Ende der 2. " * 6000],
    "fr": ["12.XII." * 8000, "note 4/5 " * 6000, "note " * 8000 + "4/5", "4/5 " * 8000, "4 ch. " * 8000,
           "E85 0,7 " * 8000],
    "es": ["3-XII-" * 8000, "6 Bft" * 8000, "1 de mar. " * 6000, "1 de mar. 2" * 6000],
    "it": ["12.XII." * 8000, "15 di mar. " * 6000, "1 mar. " * 8000],
    "pt": ["5.X." * 8000, "18h de qua., " * 6000, "de sex., " * 8000],
}
globals().update(hostile_tests(_HOSTILE))
