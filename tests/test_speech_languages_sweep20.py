"""A twentieth sweep of sentences in German, French, Spanish, Italian and Portuguese, in twelve genres the nineteen
before drew on least: consumer prices and inflation, rail and air passenger rights, school calendars, motorsport,
football statistics, property listings, health insurance, carnival, mountain huts and hiking, space, banking and
obituaries; and "left", the nineteenth sweep's known misses, each written anew as a class with examples of our own
(tests/fixtures/speech/languages_sweep20.tsv, each row read in its language column's tag; the "left" rows are all in
the tuned two thirds).
FIRST READING, before any rule: narrator read 135 of the 156 rows; the tuned two thirds 89 of 104, the third kept aside
(every third row, index % 3 == 2) 46 of 52. Forms the voice says as a reader does were added to four of the tuned
part's rows after it: a year after "geboren" said as a year ("neunzehnhundertachtunddreißig", two rows) and the
Italian "un euro e 30", and the match's minutes as the voice says them, "aos 34' e aos 71'" (the eleventh
sweep leaves "aos 23'" so): then 139, the tuned part 93. Read once after the rules, two of the kept third's misses were
forms of that kind, the German "einen Euro 89" and the French "lundi 1er septembre" (espeak-ng says "premier"); with
them added, the kept third was 48 of 52 before the rules. Now 153 of 156: de 29/30, fr 32/32, es 32/32, it 29/30,
pt 31/32; the tuned two thirds 104 of 104, the kept third 49 of 52 (the Spanish month shortened after the day reached
it, "al 9 mar."; the speed in km/s, written for German and French, did not reach the Italian and Portuguese rows).
The three known misses of the nineteenth sweep read now. The classes fixed are below, each with what it must leave
alone; what is left is in _KNOWN_MISSES."""

from __future__ import annotations

import pytest
from sweeps import LANGUAGES, Sweep, check_linear, rule_tests, sweep_tests

from narrator import speakable

# (its three known misses read since the twenty-first sweep's rules: two ordinals sharing a noun, the speed in km/s in
# the Italian and Portuguese tables)
_KNOWN_MISSES: dict[str, str] = {}
_GENRES = {"inflation", "passengers", "schoolyear", "motorsport", "football", "listings", "healthins", "carnival",
           "hiking", "space", "banking", "obituary", "left"}
SWEEP = Sweep("languages_sweep20.tsv", _KNOWN_MISSES, form=str, tagged=True, least=156, languages=LANGUAGES,
              styles=_GENRES, only=True)
globals().update(sweep_tests(SWEEP))

# Each class read as our examples say (language, written, reading), and what only looks like it left as it is.
_READ = [
    # French: the ordinal of eighty and of the hundreds drops the cardinal's plural "s" before its ending
    ("fr", "Il a fini 80e de l'étape.", "Il a fini quatre-vingtième de l'étape."),
    ("fr", "Le 280e jour de l'année.", "Le deux cent quatre-vingtième jour de l'année."),
    ("fr", "La 200e représentation est complète.", "La deux centième représentation est complète."),
    ("fr", "Les 80es rugissants font peur.", "Les quatre-vingtièmes rugissants font peur."),
    ("fr", "Le 1080e abonné a gagné.", "Le mille quatre-vingtième abonné a gagné."),
    # Spanish: a Roman numeral after an article, a possessive or a demonstrative, before a recurring event's noun
    ("es", "La ciudad celebra su IV centenario.", "La ciudad celebra su cuarto centenario."),
    ("es", "Arranca la XV edición del certamen.", "Arranca la decimoquinta edición del certamen."),
    ("es", "El XXI congreso del sindicato.", "El vigésimo primer congreso del sindicato."),
    ("es", "Se celebra este III festival de jazz.", "Se celebra este tercer festival de jazz."),
    ("es", "La ONU abre su XXVIII cumbre del clima.", "La ONU abre su vigésima octava cumbre del clima."),
    # Spanish: a month shortened right after the day, its "de" said (and March's "mar." so)
    ("es", "Antonio murió el 3 nov. en Jaén.", "Antonio murió el 3 de noviembre en Jaén."),
    ("es", "Cierra del 22 dic. al 8 ene.", "Cierra del 22 de diciembre al 8 de enero."),
    ("es", "Nació el 9 mar. en Cádiz.", "Nació el 9 de marzo en Cádiz."),
    ("es", "Vence el 1 sept., lunes.", "Vence el 1 de septiembre, lunes."),
    ("es", "El plazo acaba el 30 abr. de 2026.", "El plazo acaba el 30 de abril de 2026."),
    # Portuguese: the same, "de" said between the day and its month
    ("pt", "A feira decorre de 5 jun. a 9 jul.", "A feira decorre de 5 de junho a 9 de julho."),
    ("pt", "Nasceu a 15 out. de 1950 em Braga.", "Nasceu a 15 de outubro de 1950 em Braga."),
    ("pt", "Chegou a 2 dez., uma terça.", "Chegou a 2 de dezembro, uma terça."),
    ("pt", "O prazo: 31 mar. Depois fecha.", "O prazo: 31 de março. Depois fecha."),
    # German and French: a speed in kilometres (or metres) a second
    ("de", "Die Erde kreist mit 30 km/s um die Sonne.", "Die Erde kreist mit 30 Kilometer pro Sekunde um die Sonne."),
    ("de", "Licht: 300.000 km/s.", "Licht: 300.000 Kilometer pro Sekunde."),
    ("fr", "La Terre file à 30 km/s.", "La Terre file à 30 kilomètres par seconde."),
    ("fr", "Le vent souffle à 12 m/s.", "Le vent souffle à 12 mètres par seconde."),
    ("fr", "Une vitesse de 1 km/s.", "Une vitesse de 1 kilomètre par seconde."),
    # German: hours taken, shortened to "h" after the number
    ("de", "Er braucht 4,5 h bis zum Gipfel.", "Er braucht 4,5 Stunden bis zum Gipfel."),
    ("de", "Nach 1 h war er oben.", "Nach einer Stunde war er oben."),
    ("de", "Die 24 h von Le Mans beginnen.", "Die 24 Stunden von Le Mans beginnen."),
    ("de", "Der Akku hält 10 h.", "Der Akku hält 10 Stunden."),
    # Italian: stoppage time after the half's last minute written as an ordinal with the degree sign
    ("it", "Gol di Lukaku nel 90°+4.", "Gol di Lukaku nel novantesimo più 4."),
    ("it", "Pareggio al 45°+1 su rigore.", "Pareggio al quarantacinquesimo più 1 su rigore."),
    ("it", "Espulso al 120°+2.", "Espulso al centoventesimo più 2."),
]
_LEFT = [
    # an ordinal of eighty-one, and eighty as a number
    ("fr", "Le 81e régiment défile.", "Le quatre-vingt-unième régiment défile."),
    ("fr", "Il a 80 ans.", "Il a 80 ans."),
    # a numeral before a noun that counts no event, and a ruler's
    ("es", "Inicia su II mandato.", "Inicia su II mandato."),
    ("es", "Felipe VI abrió el congreso.", "Felipe sexto abrió el congreso."),
    # a month already after its "de", Tuesday before a day, a number too large for a day
    ("es", "El 12 de nov. en Sevilla.", "El 12 de noviembre en Sevilla."),
    ("es", "Abre lun. 11 y mar. 12.", "Abre lunes 11 y martes 12."),
    # no stop after the month's letters, and a number too large for a day
    ("pt", "Ganhou por 3 set a 1.", "Ganhou por 3 set a 1."),
    ("pt", "São 45 dez. de mil.", "São 45 dez. de mil."),
    # a speed an hour
    ("de", "Tempo 30 km/h.", "Tempo 30 Kilometer pro Stunde."),
    ("fr", "Il roule à 50 km/h.", "Il roule à 50 kilomètres heure."),
    # a clock's hour, and a wage per hour
    ("de", "Geöffnet um 15 h.", "Geöffnet um 15 h."),
    ("de", "Der Lohn: 12 €/h.", "Der Lohn: 12 Euro pro Stunde."),
    # an ordinal with no plus, and a plus between other numbers
    ("it", "Al 30° giro.", "Al trentesimo giro."),
    ("it", "Servono 12+1 mesi.", "Servono 12+1 mesi."),
]
globals().update(rule_tests(_READ, _LEFT))

# Each new pattern's worst run (repeats of the characters it eats) stays linear.
_RUNS = [
    ("es", "su XX centenario "), ("es", "la XV "), ("es", "1 nov. "), ("es", "1 mar. "), ("es", "1 "),
    ("pt", "1 set. "), ("pt", "1 "), ("it", "45°+2 "), ("it", "45°+"),
    ("de", "1 h "), ("de", "1,1 h"), ("de", "1 km/s "), ("fr", "1 km/s "), ("fr", "80e "),
]


@pytest.mark.parametrize(("language", "token"), _RUNS)
def test_the_new_rules_stay_linear(language: str, token: str) -> None:
    check_linear(token, 300, lambda text: speakable(text, language))
