"""A thirteenth sweep of sentences in German, French, Spanish, Italian and Portuguese (h206), in the genres the twelve
before drew on least: parliamentary votes and quorums, stock market reports, hospital waiting times, ski reports,
marathon and swimming results, labour statistics, fuel prices, insurance claims, school marks, building permits,
museum hours and prices, road closures with kilometre posts, earthquakes, festivals over a month's end, public
holidays, pensions, league tables and hotel ratings, with percentages written each country's way
(tests/fixtures/speech/languages_sweep13.tsv, each row read in its language column's tag). FIRST READING, before any
rule: narrator read 157 of its 185 rows right: de 34/37, fr 27/37, es 35/37, it 29/37, pt 32/37 (161 with the four
readings added after listening, see the fixture's header); the third kept aside (every third row) read 55 of 61 (57
with those readings), the rest 102 of 124 (104). Now 182: de 37/37, fr 35/37, es 37/37, it 36/37, pt 37/37; the
tuned two thirds 123 of 124, the kept third 57 of 61 when it was first read after the rules (held out, no change) and
59 now: two classes it showed were fixed after reading it (a decimal before the French "s'est", read as seconds; a
building's "R+5"). The classes fixed are below, each with what it must leave alone; what is left is in _KNOWN_MISSES.
The forms earlier sweeps left are read too: the Primitiva's "C: 9, R: 3", the Italian "Fasce" opening a sentence,
"2 fois / jour", "coupé en sept. morceaux", and a German shortened month's stop before a word that opens a sentence
("am 3. Jan. Dann ..."; before a noun, "am 3. Jan. Beginn der Saison", it goes on). Two rows it left are read since
sweep 14 (h214): "Risque d'avalanche 4/5" (a whole mark after a risk's word) and "le SP95-E10 1,759 €"."""

from __future__ import annotations

from sweeps import LANGUAGES, Sweep, hostile_tests, rule_tests, sweep_tests

_KNOWN_MISSES = {
    "Il 2 giugno, Festa della Repubblica, cade di mar.": "Italian 'mar.' is both 'martedì' and 'marzo' (and the "
                                                         "sea's word): left after 'di' (kept third)",
}
_GENRES = {"vote", "markets", "hospital", "ski", "race", "labour", "fuel", "insurance", "school", "building", "museum",
           "roads", "quake", "festival", "holiday", "pension", "league", "hotel"}
SWEEP = Sweep("languages_sweep13.tsv", _KNOWN_MISSES, form=str, tagged=True, least=182, languages=LANGUAGES,
              styles=_GENRES, only=True)
globals().update(sweep_tests(SWEEP))

# Each class read as our examples say (language, written, reading), and what only looks like it left as it is.
_READ = [
    # German: one weekday with its stop before "bis" or "ab" and a time, or "bis" and another weekday
    ("de", "Die Bibliothek ist Mi. bis 19 Uhr offen, Sa. ab 10 Uhr.",
     "Die Bibliothek ist Mittwoch bis 19 Uhr offen, Samstag ab 10 Uhr."),
    ("de", "Sprechstunde Mo. bis Do. am Vormittag.", "Sprechstunde Montag bis Donnerstag am Vormittag."),
    # German: a shortened month's stop after a day is the sentence's before a word that opens one
    ("de", "Die Ferien enden am 7. Jan. Danach beginnt der Unterricht.",
     "Die Ferien enden am siebten Januar. Danach beginnt der Unterricht."),
    # a rating or a mark with decimals out of five or ten, in each language's word
    ("de", "Die Jury gab 9,5/10, das Publikum 4,5/5.", "Die Jury gab 9,5 von 10, das Publikum 4,5 von 5."),
    ("fr", "La note de 6,5/10 et 3,5/5.", "La note de 6,5 sur 10 et 3,5 sur 5."),
    ("it", "Recensioni: 8,5/10.", "Recensioni: 8,5 su 10."),
    ("pt", "Nota 4,5/5 e 8,5/10.", "Nota 4,5 em 5 e 8,5 em 10."),
    # French: days as "j" after a number, a category, the compass, a weekday after "Le" and "un", times a period with
    # the slash apart, "sept." before a plural noun, a building's floors
    ("fr", "Il faut compter 12 j de délai, puis 3 j.", "Il faut compter 12 jours de délai, puis 3 jours."),
    ("fr", "Les candidats en cat. B et en Cat. 3.", "Les candidats en catégorie B et en Catégorie 3."),
    ("fr", "Vent de N.-O. puis de S.-E.", "Vent de nord-ouest puis de sud-est."),
    ("fr", "Le dim. de Pentecôte, Le lun. suivant.", "Le dimanche de Pentecôte, Le lundi suivant."),
    ("fr", "La fête tombe un mar. en 2027.", "La fête tombe un mardi en 2027."),
    ("fr", "Prendre 1 fois / jour, puis 2 fois/sem.", "Prendre une fois par jour, puis 2 fois par semaine."),
    ("fr", "Il a coupé le pain en sept. tranches.", "Il a coupé le pain en sept tranches."),
    ("fr", "Un immeuble R+3 et un R+12.", "Un immeuble R plus 3 et un R plus 12."),
    # kilometre posts after a plural article
    ("fr", "Bouchons entre les km 12 et 18, au km 20.", "Bouchons entre les kilomètres 12 et 18, au kilomètre 20."),
    ("es", "Entre los km 4 y 9, y en el km 12.", "Entre los kilómetros 4 y 9, y en el kilómetro 12."),
    ("it", "Tra i km 40 e 45 e al km 50.", "Tra i chilometri 40 e 45 e al chilometro 50."),
    ("pt", "Entre os km 10 e 14 e nos km 30 a 32, ao km 5.",
     "Entre os quilômetros 10 e 14 e nos quilômetros 30 a 32, ao quilômetro 5."),
    # Spanish: money per a unit's word; a draw's letters; a race's time glued with its letters (Portuguese too)
    ("es", "El gasóleo sube 2 céntimos/litro y 5 euros/mes.",
     "El gasóleo sube 2 céntimos por litro y 5 euros por mes."),
    ("es", "Resultado del sorteo de la Bonoloto: 2, 9, 31; C: 17, R: 0.",
     "Resultado del sorteo de la Bonoloto: 2, 9, 31; complementario: 17, reintegro: 0."),
    ("es", "Terminó en 2h11m05s.", "Terminó en 2 horas 11 minutos y 5 segundos."),
    ("pt", "Venceu em 2h08min05s e ela em 2h25min10s.",
     "Venceu em 2 horas 8 minutos e 5 segundos e ela em 2 horas 25 minutos e 10 segundos."),
    # Italian: a scale before a pause, a school mark's sign, clock hours with minutes after weekdays, a band's word
    # opening the sentence, a weekday after an ordinal of the month
    ("it", "Sono 2,3 mln; e altri 4 mld.", "Sono 2,3 milioni; e altri 4 miliardi."),
    ("it", "Nella verifica ha preso 5-, all'interrogazione 8+.",
     "Nella verifica ha preso 5 meno, all'interrogazione 8 più."),
    ("it", "Voto in pagella: 9-.", "Voto in pagella: 9 meno."),
    ("it", "Aperto lun.-ven. 9.30-13.", "Aperto da lunedì a venerdì dalle 9 e 30 alle 13."),
    ("it", "Fasce orarie 7-10 e 17-20.", "Fasce orarie dalle 7 alle 10 e dalle 17 alle 20."),
    ("it", "Gratis l'ultima dom. del mese e il primo lun.", "Gratis l'ultima domenica del mese e il primo lunedì."),
    # Portuguese: a month after "até" or "desde" at a sentence's end, a weekday after "um" or "uma"
    ("pt", "Obras até set. e desde jan.", "Obras até setembro e desde janeiro."),
    ("pt", "Calha a um sáb. e a uma ter.", "Calha a um sábado e a uma terça-feira."),
]
_LEFT = [
    # "So" without its stop is a word; a noun after a month's stop goes on
    ("de", "Er kam so bis 20 Uhr.", "Er kam so bis 20 Uhr."),
    ("de", "Am 3. Jan. Beginn der Saison.", "Am dritten Januar Beginn der Saison."),
    # a whole number over five (a date's form), a mark over its scale, a scale of fifty
    ("de", "Am 4/5 und 12,5/10 und 3,5/50.", "Am 4/5 und 12,5/10 und 3,5/50."),
    # "j'ai" is no day, "chat." no category; "mar." after "le" is left, as sweep 3 says; the month after "en" before
    # an adjective or an article; a decimal before "s'est" is no time
    ("fr", "Il a 3 j'ai dit.", "Il a 3 j'ai dit."),
    ("fr", "C'est le chat. Puis il part.", "C'est le chat. Puis il part."),
    ("fr", "Le mar. est calme.", "Le mar. est calme."),
    ("fr", "Rentrée en sept. dernier, en sept. les cours.", "Rentrée en septembre dernier, en septembre les cours."),
    ("fr", "Le taux à 1,2 s'est maintenu et 9,8 s au chrono.",
     "Le taux à 1,2 s'est maintenu et 9,8 secondes au chrono."),
    # a group's letter with no draw named
    ("es", "El grupo C: 9 equipos, R: 3 plazas.", "El grupo C: 9 equipos, R: 3 plazas."),
    # a sign after a score's number where no mark is talked of; ages' bands; "mar." after "di"
    ("it", "Ha vinto 3-1 e i giovani 6+.", "Ha vinto 3 a 1 e i giovani 6+."),
    ("it", "Fasce d'età 6-9 anni.", "Fasce d'età 6 a 9 anni."),
    ("it", "Cade di mar.", "Cade di mar."),
    # a clock's hour and minutes glued is no race's
    ("pt", "Às 2h09 saiu.", "Às 2 horas e 9 saiu."),
]
globals().update(rule_tests(_READ, _LEFT))

# Text built to be slow for a rule that scans back or ahead at every start: each rule of this sweep must stay linear.
_HOSTILE = {
    "de": ["Do. bis " * 6000, "am 3. Jan. Dann " * 5000, "9,5/1" * 8000, "Mo. bis Di. " * 6000],
    "fr": ["3 j " * 8000, "cat. " * 8000, "N.-" * 8000, "un mar. " * 6000, "2 fois / " * 6000,
           "en sept. morceaux " * 5000, "R+" * 8000, "1,2 s'" * 6000, "les km 1 " * 6000, "6,5/1" * 8000],
    "es": ["sorteo C: 1, R: " * 5000, "céntimos/" * 8000, "2h09m1" * 8000, "los km 2 " * 6000],
    "it": ["compito 6+" * 6000, "voto 7- " * 6000, "1,5 mln," * 6000, "lun. 9.30-" * 6000, "Fasce " * 8000,
           "prima dom. " * 6000],
    "pt": ["2h09min4" * 8000, "até out. " * 6000, "um sáb. " * 6000, "4,5/5" * 6000, "os km 1 " * 6000],
}
globals().update(hostile_tests(_HOSTILE))
