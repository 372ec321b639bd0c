"""A fifteenth sweep of sentences in German, French, Spanish, Italian and Portuguese (h225), in the genres the
fourteen before drew on least: parliament debates, pharmacy leaflets, football transfer fees, ski reports, wine and
harvest reports, tax deadlines, fuel prices, museum hours and prices, school calendars, handball and tennis, housing
rents, European elections, heat-wave warnings and train strikes; and "left", the form sweep 14 left (a place after
"wurde") written anew (tests/fixtures/speech/languages_sweep15.tsv, each row read in its language column's tag).
FIRST READING, before any rule: narrator read 149 of the 177 rows as first written; six of them repeated an earlier
sweep's input and were written anew, two mistyped readings were corrected and the Italian "€" its voice says "euro"
added (see the fixture's header): then 154 of 177, de 28/36, fr 31/35, es 33/36, it 30/35, pt 32/35; the third kept
aside (every third row) 48 of 59, the rest 106 of 118. One reading was added after reading the kept third ("6 reais e
29 centavos"): with it main reads 155, the kept third 49. Now 167: de 32/36, fr 33/35, es 36/36, it 32/35, pt 34/35;
the tuned two thirds 118 of 118, the kept third 48 of 59 when it was read once after the rules, as before them (no
row of it fixed: one, "gewannen 34:29 (17:13)", now reads its first score but not the half-time score in brackets),
and 49 with the reading added after reading it. One kept row's reading was seen before the rules, in a probe of
German scores; no rule was written for what it alone showed (the half-time score in brackets is left). The classes
fixed are below, each with what it must leave alone; what is left is in _KNOWN_MISSES. Since the seventeenth sweep
(test_speech_languages_sweep17), hectolitres are in the French, Spanish, Italian and Portuguese unit tables and a
French scale word takes its unit after an elided "d'": three kept rows read ("47 mln di hl", "6,5 milhões de hl",
"36,2 millions d'hl"), 170 in all, the kept third 52 of 59 (with the reading added after reading it; 49 before).
Since the nineteenth sweep (test_speech_languages_sweep19) a German weekday with its stop before any lower-case word
is the day: "Mo. geschlossen" reads, 171, the kept third 53 of 59; and a ratio after "Verhältnis" is said with "zu"
("Im Verhältnis 25 zu 75", below, left as written before)."""

from __future__ import annotations

from sweeps import LANGUAGES, Sweep, hostile_tests, rule_tests, sweep_tests

_KEPT = "(kept third)"
_KNOWN_MISSES = {
    "Der Gesetzentwurf (Drs. 20/1234) wurde in 2. und 3. Lesung verabschiedet.":
        f"a parliament's printed paper 'Drs.' is in no table, and two ordinals joined by 'und' after 'in' with no "
        f"article are left as numbers {_KEPT}",
    "Die Füchse Berlin gewannen 34:29 (17:13) gegen Kiel.":
        f"the half-time score in brackets after the score is read as a clock time {_KEPT}",
    "Er wurde 2. im Riesenslalom.":
        "a place after 'wurde' ('Zweiter') takes the subject's gender; the date rules leave a number and its stop "
        "before 'im' (sweep 14's class, written anew)",
    "Vigilance rouge canicule : jusqu'à 41 °C à Nîmes mar. après-midi.":
        f"a weekday shortened before a part of the day ('mar. après-midi') is read in Italian only {_KEPT}",
    "Biglietto intero 25 €, ridotto 2 €, gratis la 1ª dom. del mese.":
        f"'1ª' becomes 'prima' after the weekday rules have run, which read 'la prima dom.' only when written so "
        f"{_KEPT}",
    "Sinner vince il suo 3° Slam.":
        f"an ordinal written with the degree sign before a capitalised noun ('3° Slam') is left {_KEPT}",
}
_GENRES = {"parliament", "pharmacy", "transfer", "ski", "wine", "tax", "fuel", "museum", "school", "sport", "rent",
           "euelection", "heat", "strike", "left"}
SWEEP = Sweep("languages_sweep15.tsv", _KNOWN_MISSES, form=str, tagged=True, least=177, languages=LANGUAGES,
              styles=_GENRES, only=True)
globals().update(sweep_tests(SWEEP))

# Each class read as our examples say (language, written, reading), and what only looks like it left as it is.
_READ = [
    # German: a time's unit shortened after an ordinal counts one ("in der sechzigsten Minute")
    ("de", "Das Tor fiel in der 88. Min. nach einer Ecke.", "Das Tor fiel in der achtundachtzigsten Minute nach einer "
                                                            "Ecke."),
    ("de", "In der 2. Std. wurde es ruhig.", "In der zweiten Stunde wurde es ruhig."),
    ("de", "Der Ausgleich fiel in der 90. Min.", "Der Ausgleich fiel in der neunzigsten Minute."),
    # German: a score after a word of a match's result, whatever its numbers
    ("de", "Beim 28:27 traf sie.", "Beim 28 zu 27 traf sie."),
    ("de", "Kiel verlor 25:30 in Flensburg.", "Kiel verlor 25 zu 30 in Flensburg."),
    ("de", "Das Spiel endete 24:24.", "Das Spiel endete 24 zu 24."),
    # German: a school's year before its number; a vineyard's hectolitres and a must's degrees
    ("de", "Ab Kl. 5 gibt es Englisch.", "Ab Klasse 5 gibt es Englisch."),
    ("de", "Geerntet wurden 120 hl Wein, 70 hl/ha.", "Geerntet wurden 120 Hektoliter Wein, 70 Hektoliter pro Hektar."),
    ("de", "Der Most hatte 92 °Oe.", "Der Most hatte 92 Grad Öchsle."),
    # French: cents shortened "cts"; a sign for "moins" or "plus" before "de" and a number
    ("fr", "Le gazole prend 3 cts en une semaine.", "Le gazole prend 3 centimes en une semaine."),
    ("fr", "Tarif réduit pour les - de 18 ans.", "Tarif réduit pour les moins de 18 ans."),
    ("fr", "+ de 2 000 spectateurs étaient là.", "Plus de 2 000 spectateurs étaient là."),
    ("fr", "Entrée libre (- de 12 ans).", "Entrée libre (moins de 12 ans)."),
    # Spanish: Tuesday shortened before a time or its closing; a law's closing provisions
    ("es", "La votación será el mar. a las 12:00.", "La votación será el martes a las 12 horas."),
    ("es", "Abre el mar. desde las 9.", "Abre el martes desde las 9."),
    ("es", "Lo prevé la disp. trans. 2.ª del real decreto.",
     "Lo prevé la disposición transitoria segunda del real decreto."),
    # a day, a month and a year with hyphens
    ("es", "Firmado el 15-3-2025 en Toledo.", "Firmado el 15 de marzo de 2025 en Toledo."),
    ("it", "Scade il 31-12-2026.", "Scade il 31 dicembre 2026."),
    ("pt", "Publicado a 2-5-2024.", "Publicado a 2 de maio de 2024."),
    ("fr", "Signé le 3-11-2025 à Lyon.", "Signé le 3 novembre 2025 à Lyon."),
    # Italian: a weekday shortened before a time or its closing
    ("it", "Consiglio comunale gio. alle 18.", "Consiglio comunale giovedì alle 18."),
    ("it", "Apertura ven. dalle 9 alle 13.", "Apertura venerdì dalle 9 alle 13."),
    ("it", "Museo aperto tutti i giorni, lun. chiuso.", "Museo aperto tutti i giorni, lunedì chiuso."),
    # Portuguese: a span of weekdays before a time, its last day no longer taken alone first
    ("pt", "Aberto de seg. a sex. às 9h.", "Aberto de segunda-feira a sexta-feira às 9 horas."),
]
_LEFT = [
    # a unit shortened after a cardinal or an adjective is plural
    ("de", "Die letzten Min. waren spannend.", "Die letzten Minuten waren spannend."),
    ("de", "Nach 90 Min. war Schluss.", "Nach 90 Minuten war Schluss."),
    # no word of a result before it: a time taken, a clock's time, a ratio
    ("de", "Sie lief die Strecke in 31:31.", "Sie lief die Strecke in 31:31."),
    ("de", "Der Zug um 17:13 fällt aus.", "Der Zug um 17 Uhr 13 fällt aus."),
    ("de", "Im Verhältnis 25:75 geteilt.", "Im Verhältnis 25 zu 75 geteilt."),  # (the ratio's rule, since sweep 19)
    # a dash setting a span apart, after no article
    ("fr", "Ouvert - de 10 h à 18 h.", "Ouvert - de 10 heures à 18 heures."),
    ("fr", "Lyon - de 3 à 5 buts par match.", "Lyon - de 3 à 5 buts par match."),
    # "mar." ending a sentence is the sea's; after a day's number it is March's
    ("es", "Paseamos junto al mar. A las 8 volvimos.", "Paseamos junto al mar. A las 8 volvimos."),
    ("es", "El 3 de mar. a las 10 abre.", "El 3 de marzo a las 10 abre."),
    ("it", "Il 3 mar. alle 10 apre.", "Il 3 marzo alle 10 apre."),
    ("it", "Il 15 di mar. alle ore 9 si vota.", "Il 15 di marzo alle ore 9 si vota."),
    # no day, no month, or no year of the last three centuries: no date
    ("es", "Llame al 91-12-2020 hoy.", "Llame al 91-12-2020 hoy."),
    ("es", "El código 12-13-2019 no vale.", "El código 12-13-2019 no vale."),
    ("es", "La temporada 2019-2020 fue larga.", "La temporada 2019 a 2020 fue larga."),
    ("pt", "Código postal 4049-001 Porto.", "Código postal 4049 001 Porto."),
]
globals().update(rule_tests(_READ, _LEFT))

# Text built to be slow for a rule that scans back or ahead at every start: each rule of this sweep must stay linear.
_HOSTILE = {
    "de": ["Beim 31:" * 8000, "beim 1:1 " * 6000, "3. Min. " * 8000, "9. J. " * 8000, "Kl. 7 " * 8000,
           "9 hl/" * 8000, "9 °Oe " * 8000],
    "fr": ["les - de 2 " * 6000, "- de " * 8000, "+ de 1" * 8000, "4 cts " * 8000, "1-1-2020-" * 6000],
    "es": ["mar. a las " * 6000, "1 mar. a la" * 6000, "30-6-20" * 8000, "disp. adic. " * 6000],
    "it": ["mer. alle " * 6000, "lun. chiuso " * 6000, "3 mar. alle " * 6000, "1-1-2020 " * 6000],
    "pt": ["qui. a sáb. às " * 5000, "sáb. às " * 6000, "2-5-20" * 8000],
}
globals().update(hostile_tests(_HOSTILE))
