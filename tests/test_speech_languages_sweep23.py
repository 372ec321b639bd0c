"""A twenty-third sweep of sentences in German, French, Spanish, Italian and Portuguese, in twelve genres whose own
words the twenty-two before drew on least: sports results, stock markets, property listings, school and university,
medicine leaflets, sailing, wine, car adverts, history dates, radio and TV schedules, rail timetables and parliament
votes; and "left", the twenty-second sweep's known misses written anew as classes with examples of our own
(tests/fixtures/speech/languages_sweep23.tsv, each row read in its language column's tag; the "left" rows are all in
the tuned two thirds).
FIRST READING, before any rule: narrator read 110 of the 160 rows (relaxed and lenient alike); the tuned part 68 of
107, the third kept aside (every third row, index % 3 == 2) 42 of 53. Forms the voice says as a reader does were then
added to nine of the tuned part's rows ("−2,3 %", which espeak-ng says "minus ... Prozent"; "13,5 % volume"; "siglo 12"
and "século 12", which it says "doce" and "doze"; the Italian "€"): the tuned part read 73 before the rules. Read once
after the rules, six of the kept third's nine misses were forms of that kind ("0,8 %", "52,3 %", "% volume", "%
volumen", "14 euro e 20", "chilometro 0"); with them added, the rows as they are now read 121 before the rules (the
tuned part 73, the kept third 48 of 53) and 156 after: de 32/34, fr 31/32, es 32/32, it 30/31, pt 31/31; the tuned two
thirds 106 of 107, the kept third 50 of 53. The kept third moved by the two rows of knots ("8 kn", "20 kn"), a class the
tuned part showed; its three misses left are of classes the tuned part did not show (a race time in hours, minutes and
seconds in two forms, tablets per day after a slash). One row that repeated an earlier sweep's was written anew with
other numbers. The seven known misses of the twenty-second sweep read now. The classes fixed are below, each with what
it must leave alone; what is left is in _KNOWN_MISSES."""

from __future__ import annotations

import re

import pytest
from sweeps import LANGUAGES, Sweep, check_linear, relaxed, rule_tests, sweep_tests

from narrator import speakable

# (Its four known misses, a German ordinal after a bare "in", two race times in hours, minutes and seconds and tablets
# per day after a slash, are read since the twenty-fourth sweep wrote their classes anew.)
_KNOWN_MISSES: dict[str, str] = {}
_GENRES = {"sportsresults", "markets", "property", "school", "leaflets", "sailing", "wine", "caradverts", "history",
           "broadcast", "rail", "parliament", "left"}
SWEEP = Sweep("languages_sweep23.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=160, languages=LANGUAGES,
              styles=_GENRES, only=True)
globals().update(sweep_tests(SWEEP))

# Each class read as our examples say (language, written, reading), and what only looks like it left as it is.
_READ = [
    # two prices of one ticket sharing the sign after the second
    ("de", "Eintritt 12/8 € an der Tageskasse.", "Eintritt 12 und 8 Euro an der Tageskasse."),
    ("de", "Sitzplätze kosten 45/38 €.", "Sitzplätze kosten 45 und 38 Euro."),
    ("fr", "Entrée 10/6 € pour l'exposition.", "Entrée 10 et 6 euros pour l'exposition."),
    ("es", "Abonos a 60/45 € para toda la temporada.", "Abonos a 60 y 45 euros para toda la temporada."),
    ("it", "Ingresso 9/6 € per la mostra.", "Ingresso 9 e 6 € per la mostra."),
    ("pt", "Entradas a 7/4 € no museu.", "Entradas a 7 e 4 euros no museu."),
    # a council vote's abstentions shortened after their number
    ("de", "Angenommen mit 20 Ja, 4 Nein und 1 Enth.", "Angenommen mit 20 Ja, 4 Nein und eine Enthaltung."),
    ("de", "Abgelehnt bei 3 Enth. und 9 Gegenstimmen.", "Abgelehnt bei 3 Enthaltungen und 9 Gegenstimmen."),
    ("fr", "Adopté à 30 voix pour et 5 abst. Le maire s'en félicite.",
     "Adopté à 30 voix pour et 5 abstentions. Le maire s'en félicite."),
    ("es", "Aprobado con 9 votos a favor y 4 abst.", "Aprobado con 9 votos a favor y 4 abstenciones."),
    ("it", "Respinta con 10 contrari e 1 ast.", "Respinta con 10 contrari e un astenuto."),
    ("pt", "Aprovado com 2 abst. e nenhum voto contra.", "Aprovado com 2 abstenções e nenhum voto contra."),
    # German: a unit of the metre's or the litre's family after a preposition of the dative, in the dative plural
    ("de", "Ein Turm von 120 m Höhe.", "Ein Turm von 120 Metern Höhe."),
    ("de", "Aus 10 m Entfernung traf er.", "Aus 10 Metern Entfernung traf er."),
    ("de", "Bei 30 m Tiefe wird es kalt.", "Bei 30 Metern Tiefe wird es kalt."),
    ("de", "Sie fuhr mit 1,5 l Wasser los.", "Sie fuhr mit 1,5 Litern Wasser los."),
    ("de", "Ein Haus mit rund 140 m² Wohnfläche.", "Ein Haus mit rund 140 Quadratmetern Wohnfläche."),
    ("de", "Nach 3 km bogen wir ab.", "Nach 3 Kilometern bogen wir ab."),
    # weekdays shortened after a plural article, each of a chain every such day
    ("es", "Abre los lun., miér. y vie.", "Abre los lunes, miércoles y viernes."),
    ("es", "Cerrado los dom. Abierto el sáb.", "Cerrado los domingos. Abierto el sábado."),
    ("es", "Los sáb. y dom. hay misa a las 12.", "Los sábados y domingos hay misa a las 12."),
    ("pt", "Aulas às seg., qua. e sex. de manhã.", "Aulas às segundas, quartas e sextas de manhã."),
    ("pt", "Às 3.as há feira no largo.", "Às terças há feira no largo."),
    ("pt", "O museu abre aos sáb. e dom.", "O museu abre aos sábados e domingos."),
    ("pt", "Há treinos nas 2.as e 5.as.", "Há treinos nas segundas e quintas."),
    # a price per inhabitant
    ("de", "Der Kreis zahlt 12,50 €/Einw.", "Der Kreis zahlt 12 Euro 50 pro Einwohner."),
    ("fr", "La commune investit 300 €/hab. par an.", "La commune investit 300 euros par habitant par an."),
    ("fr", "Soit 85 € par hab. Le budget est voté.", "Soit 85 euros par habitant. Le budget est voté."),
    ("es", "El ayuntamiento gasta 40 €/hab. en cultura.", "El ayuntamiento gasta 40 euros por habitante en cultura."),
    ("es", "Son 120 € por hab. y año.", "Son 120 euros por habitante y año."),
    ("it", "Il comune spende 75 €/ab. per i rifiuti.", "Il comune spende 75 euro per abitante per i rifiuti."),
    ("pt", "A autarquia gasta 25 €/hab. em desporto.", "A autarquia gasta 25 euros por habitante em desporto."),
    # a wind's or a boat's speed in knots
    ("de", "Böen bis 45 kn werden erwartet.", "Böen bis 45 Knoten werden erwartet."),
    ("fr", "Vent de nord-ouest 15 kn, rafales 25 nds.", "Vent de nord-ouest 15 nœuds, rafales 25 nœuds."),
    ("es", "El barco navega a 12 kn.", "El barco navega a 12 nudos."),
    ("it", "Vento da nord a 20 kn.", "Vento da nord a 20 nodi."),
    ("pt", "O navio seguia a 14 kn.", "O navio seguia a 14 nós."),
    # Italian and Spanish: "ha" between a number and a number is the verb
    ("it", "La squadra del 2021 ha 45 punti.", "La squadra del 2021 ha 45 punti."),
    ("it", "Il Barolo 2016 ha 14% vol.", "Il Barolo 2016 ha 14 % volume."),
    ("es", "El club fundado en 1902 ha 3 veces ganado la liga.", "El club fundado en 1902 ha 3 veces ganado la liga."),
    # French: a car's horsepower of two or three digits ending an advert that names no car
    ("fr", "Clio, essence, 2019, 90 ch.", "Clio, essence, 2019, 90 chevaux."),
    ("fr", "Golf 7 TDI, 150 000 km, 150 ch.", "Golf 7 TDI, 150 000 kilomètres, 150 chevaux."),
]
_LEFT = [
    ("de", "Das kostet 1/2 €.", "Das kostet 1/2 Euro."),
    ("de", "Karten zu 25,50/18 €.", "Karten zu 25,50/18 Euro."),
    ("fr", "Le 3/4 du budget.", "Le 3/4 du budget."),
    ("fr", "Il a parlé à 3 abstentionnistes.", "Il a parlé à 3 abstentionnistes."),
    ("it", "Leggi il cap. 3, ast. e note.", "Leggi il cap. 3, ast. e note."),
    ("de", "Mit 1 m Abstand.", "Mit einem Meter Abstand."),
    ("de", "Er sprang um 5 m weiter.", "Er sprang um 5 Meter weiter."),
    ("de", "Ein Paket mit 5 kg kostet 7 €.", "Ein Paket mit 5 Kilogramm kostet 7 Euro."),
    ("de", "Der Tank fasst 50 l.", "Der Tank fasst 50 Liter."),
    ("de", "Er fuhr mit 50 km/h.", "Er fuhr mit 50 Kilometer pro Stunde."),
    ("es", "el sáb. y dom.", "el sábado y domingo."),
    ("pt", "no sáb. e dom.", "no sábado e domingo."),
    ("es", "Un piso por hab. doble.", "Un piso por hab. doble."),
    ("fr", "Le kilo coûte 3 €/habit.", "Le kilo coûte 3 €/habit."),
    ("it", "Il podere di 25 ha, 3 case.", "Il podere di 25 ettari, 3 case."),
    ("es", "Una finca de 40 ha y 2 casas.", "Una finca de 40 hectáreas y 2 casas."),
    ("fr", "Maison 5 pièces, 3 ch.", "Maison 5 pièces, 3 chambres."),
]
globals().update(rule_tests(_READ, _LEFT))


# Each new pattern's worst run (repeats of the characters it eats) stays linear.
_RUNS = [
    ("de", "12/8 € "), ("fr", "1 abst. "), ("it", "2 ast. "), ("de", "2 Enth. "), ("de", "mit 1.1 m "),
    ("de", "mit 2,2,2 "), ("es", "los lun., "), ("es", "los lun. y "), ("pt", "às ter. e "), ("pt", "às 2.as, "),
    ("fr", "1 € par hab. "), ("es", "1 € por hab. "), ("fr", "10 ch. "), ("it", "1 ha 1 "), ("de", "1 €/Einw. "),
    ("fr", "1 €/hab. "), ("pt", "1 kn "),
]


@pytest.mark.parametrize(("language", "token"), _RUNS)
def test_the_new_rules_stay_linear(language: str, token: str) -> None:
    check_linear(token, 300, lambda text: speakable(text, language))


def test_the_known_misses_are_rows_of_the_sweep() -> None:
    assert set(_KNOWN_MISSES) <= {row[1] for row in SWEEP.rows()}
    assert all(re.search(r"\w", reason) for reason in _KNOWN_MISSES.values())
