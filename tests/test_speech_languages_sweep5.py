"""A fifth sweep of sentences in German, French, Spanish, Italian and Portuguese (h127), in genres the first four did
not use: history, technology, energy, aviation, farming and the economy; and the forms the fourth sweep left ("left":
an ad's rooms and a report's pages after "p.", horsepower ending a sentence, a share after a plural article, a
surface's sides with "x") written anew (tests/fixtures/speech/languages_sweep5.tsv, each row read in its language
column's tag). As first written, narrator read 110 of its 181 rows right: de 21/36, fr 23/38, es 22/37, it 20/35, pt
24/35 (114 with the six readings added after listening, see the fixture's header); by genre history 28/35, technology
0/26, energy 20/30, aviation 29/29, farming 16/25, economy 17/25, left 0/11. Now 180. The classes fixed are below,
each with what it must leave alone; what is left is in _KNOWN_MISSES (the quarter 'au T3', its last, is read since
h139)."""

from __future__ import annotations

import pytest
from sweeps import LANGUAGES, Sweep, hostile_tests, sweep_tests, voice_tests

from narrator.speech import speakable

# "Le PIB a progressé de 0,2 % au T3." is read since h139 (a quarter after "au", a flat after "un" and "le").
_KNOWN_MISSES: dict[str, str] = {}


SWEEP = Sweep("languages_sweep5.tsv", _KNOWN_MISSES, form=str, tagged=True, least=170, languages=LANGUAGES,
              styles={"history", "technology", "energy", "aviation", "farming", "economy", "left"}, only=True)
globals().update(sweep_tests(SWEEP))


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # a device's and a grid's units after a number (espeak-ng spelled them: "ge be", "ha zet", "ve")
    ("de", "Mit 16 GB, 2,4 GHz und 20 W.", "Mit 16 Gigabyte, 2,4 Gigahertz und 20 Watt."),
    ("fr", "Avec 64 Go, 1 Gbit/s et 2 GWh.", "Avec 64 gigaoctets, 1 gigabit par seconde et 2 gigawattheures."),
    ("es", "Con 1 TB, 50 Hz y 3.000 mAh.", "Con 1 terabyte, 50 hercios y 3.000 miliamperios hora."),
    ("it", "Con 4 GB e 300 Mbps.", "Con 4 gigabyte e 300 megabit al secondo."),
    ("pt", "Com 1 W e 2 TWh.", "Com 1 watt e 2 terawatts-hora."),
    # a symbol with no number before it, or inside a word, is left
    ("de", "Der GB-Anteil und die W-Frage.", "Der GB-Anteil und die W-Frage."),
    ("es", "El W de la lista y el GB inglés.", "El W de la lista y el GB inglés."),
])
def test_units_of_devices_and_grids(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # one unit per another, and a counted noun per hectare; a capitalised noun (a German noun, a name) is left
    ("de", "Sie ernten 8 t/ha und zahlen 30 ct/kWh.", "Sie ernten 8 Tonnen pro Hektar und zahlen 30 Cent pro "
     "Kilowattstunde."),
    ("de", "Es sind 2 Kühe/ha und 1 t/ha.", "Es sind 2 Kühe/ha und eine Tonne pro Hektar."),
    ("fr", "Un rendement de 1 q/ha, puis 80 q/ha.", "Un rendement de 1 quintal à l'hectare, puis 80 quintaux à "
     "l'hectare."),
    ("es", "Se cosechan 900 kg/ha.", "Se cosechan 900 kilos por hectárea."),
    ("it", "Rende 1,5 t/ha.", "Rende 1,5 tonnellate per ettaro."),
    ("pt", "Colheu 70 sacas/ha e 3 t/ha.", "Colheu 70 sacas por hectare e 3 toneladas por hectare."),
    ("pt", "A taxa é de 2 pessoas/dia.", "A taxa é de 2 pessoas por dia."),  # per a day too (h166), not a hectare
])
def test_rates(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # a surface's sides before a length, in the language's "by" (espeak-ng said "x", "xis", "equis")
    ("de", "Ein Beet von 2 x 5 m und 1,5x2 m.", "Ein Beet von 2 mal 5 Meter und 1,5 mal 2 Meter."),
    ("fr", "Une dalle de 3 x 4 x 0,2 m.", "Une dalle de 3 par 4 par 0,2 mètre."),
    ("es", "Un salón de 5 x 6 metros.", "Un salón de 5 por 6 metros."),
    ("it", "Un box di 3x5 m.", "Un box di 3 per 5 metri."),
    # a product, a matrix, a count of times: the "x" stays
    ("de", "Die 3x4-Matrix und 3 x 4 = 12.", "Die 3x4-Matrix und 3 x 4 = 12."),
    ("es", "Son 2 x 3 = 6.", "Son 2 x 3 = 6."),
    ("pt", "Sabe que 3 x 4 é 12.", "Sabe que 3 x 4 é 12."),
])
def test_sides(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # history's era after a year ("n", "avenue J", "a", "a ci")
    ("de", "Um 50 v. Chr. und 800 n.Chr.", "Um 50 vor Christus und 800 nach Christus."),
    ("fr", "Au Ier siècle apr. J.-C., Lutèce grandit.", "Au premier siècle après Jésus-Christ, Lutèce grandit."),
    ("es", "Del 200 a.C. al 100 d. C., Hispania cambió.", "Del 200 antes de Cristo al 100 después de Cristo, Hispania "
     "cambió."),
    ("it", "Dal 27 a. C. al 14 d.C. regnò Augusto.", "Dal 27 avanti Cristo al 14 dopo Cristo regnò Augusto."),
    ("fr", "Il habite 3 av. Foch.", "Il habite 3 avenue Foch."),  # an avenue stays one
    # the fifth and the tenth after a ruler's name; other names and an initial's stop are left
    ("es", "Pío X murió y Felipe V reinó.", "Pío décimo murió y Felipe quinto reinó."),
    ("es", "Malcolm X habló; la Generación X y el Grupo V.", "Malcolm X habló; la Generación X y el Grupo V."),
    ("es", "Lo firmó Carlos V.", "Lo firmó Carlos V."),
    # and in the other languages, each in its own way (German writes the ruler's stop)
    ("de", "Karl V. dankte ab; unter Pius X. auch.", "Karl der Fünfte dankte ab; unter Pius dem Zehnten auch."),
    ("de", "Malcolm X sprach, die Formel V fuhr.", "Malcolm X sprach, die Formel V fuhr."),
    ("fr", "Charles V régna; Malcolm X et la génération X.", "Charles 5 régna; Malcolm X et la génération X."),
    ("it", "Carlo V di Spagna e Pio X, non la Fiat X.", "Carlo quinto di Spagna e Pio decimo, non la Fiat X."),
    ("pt", "D. João V reinou; a geração X não.", "Dom João quinto reinou; a geração X não."),
])
def test_history(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # a month shortened after a word that leads to one, with no day
    ("de", "Seit Okt. gilt das, bis Dez. auch.", "Seit Oktober gilt das, bis Dezember auch."),
    ("fr", "Il part en sept. pour Lyon, fin janv. aussi.", "Il part en septembre pour Lyon, fin janvier aussi."),
    ("fr", "Il a coupé le gâteau en sept.", "Il a coupé le gâteau en sept."),  # seven, at the sentence's end
    ("it", "Entro dic. e a ott.", "Entro dicembre e a ottobre."),
    # an amount under a euro or a real is said in its cents
    ("de", "Er zahlt 0,05 €/kWh.", "Er zahlt 5 Cent pro Kilowattstunde."),
    ("fr", "Un timbre à 0,01 € et 1,50 €.", "Un timbre à 1 centime et 1 euro 50."),
    ("es", "Un chicle de 0,01 € y otro de 0,50 €/kg.", "Un chicle de un céntimo y otro de 50 céntimos por kilo."),
    ("it", "Costa 0,01 € e 0,90 €/l.", "Costa un centesimo e 90 centesimi al litro."),
    ("pt", "Custa R$ 0,01 e R$ 1,50.", "Custa 1 centavo e 1 real e 50 centavos."),
    ("fr", "Il vaut 0,00 €.", "Il vaut 0 euro."),
    # a share after a plural article ("tres barra cuatro", "trois quatre"); after a singular one it may be a date
    ("es", "Las 2/3 de las plazas y el 2/3.", "Las 2 tercios de las plazas y el 2/3."),
    ("fr", "Les 2/3 du budget.", "Les 2 tiers du budget."),
])
def test_months_cents_and_shares(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # "p." after a number: rooms after the home an ad describes, else pages; before a number, one page
    ("Studio 1 p., maison 6 p. avec jardin.", "Studio 1 pièce, maison 6 pièces avec jardin."),
    ("Un guide de 240 p. et voir p. 12.", "Un guide de 240 pages et voir page 12."),
    # horsepower ending a sentence where it speaks of a car; an ad's bedrooms are no horsepower (read since sweep 14)
    ("Le moteur fait 110 ch.", "Le moteur fait 110 chevaux."),
    ("Le T3, 2 ch. et la voiture.", "Le T3, 2 chambres et la voiture."),
    ("Un F2 avec 1 ch.", "Un F2 avec 1 chambre."),
])
def test_french_ads_and_references(written: str, spoken: str) -> None:
    assert speakable(written, "fr") == spoken


# What the voice must say of a reading (language, written, what a reader says).
_SAID = [
    # what the sweep leaves to the voice, because it says it right
    ("it", "Il Pil è cresciuto nel III trimestre.", "Il Pil è cresciuto nel terzo trimestre."),
    ("it", "Lo stipendio è di 1.700 € netti.", "Lo stipendio è di 1.700 euro netti."),
    ("it", "Produce 4.500 kWh l'anno.", "Produce 4.500 kilowattora l'anno."),
    # and what the rules give it: "3 x 4" was "três xis quatro", "Carlos V" "Carlos uve"
    ("pt", "Um quarto de 3x4 m.", "Um quarto de 3 por 4 metros."),
    ("es", "Carlos V abdicó.", "Carlos quinto abdicó."),
]
globals().update(voice_tests(_SAID))
# Text built to be slow for a rule that scans back or ahead at every start: each rule of this sweep must stay linear.
_HOSTILE = {
    "de": ["1 t/" * 10000, "3x4x" * 10000, "2 x " * 10000, "im Okt. " * 5000, "1.000 " * 10000 + "t/ha"],
    "fr": ["3 p. " * 10000, "av. J.-" * 10000, "en oct. " * 5000, "0,25 € " * 10000, "3 ch. " * 5000 + "voiture"],
    "es": ["Carlos V " * 10000, "los 2/3 " * 10000, "5 sacas/" * 10000, "1 x 2 x " * 10000],
    "it": ["a ott. " * 10000, "0,30 €/" * 10000, "3 q/h " * 10000],
    "pt": ["R$ 0,80 " * 10000, "por kWh " * 10000, "60 sacas " * 10000 + "/ha", "3 x " * 10000 + "m"],
}
globals().update(hostile_tests(_HOSTILE))
