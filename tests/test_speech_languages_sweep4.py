"""A fourth sweep of sentences in German, French, Spanish, Italian and Portuguese (h107), in genres the first three did
not use: transport and timetables, elections and polls, health and pharmacy, property and rentals, science and space,
motoring, tourism and opening hours; and the forms the third sweep left ("left": stoppage time, a unit inside a German
compound, a sign after its amount, a day and month with a slash after an article) written anew
(tests/fixtures/speech/languages_sweep4.tsv, each row read in its language column's tag). As first written, narrator
read 109 of its 167 rows right (118 with the nine readings added after listening): de 20/35, fr 24/34, es 26/33, it
24/33, pt 24/32; by genre transport 20/20, elections 17/20, health 11/20, property 18/20, science 16/20, motoring
13/20, tourism 16/20, left 7/27. Now 166. The classes fixed are below, each with what it must leave alone; what is left
is in _KNOWN_MISSES."""

from __future__ import annotations

import pytest
from sweeps import LANGUAGES, Sweep, hostile_tests, sweep_tests, voice_tests

from narrator.speech import speakable

_KNOWN_MISSES: dict[str, str] = {}  # "Maison 5 p." is read since h127 (rooms after the home an ad describes)


_GENRES = {"transport", "election", "health", "property", "science", "motoring", "tourism", "left"}
SWEEP = Sweep("languages_sweep4.tsv", _KNOWN_MISSES, form=str, tagged=True, least=150, languages=LANGUAGES,
              styles=_GENRES, only=True)
globals().update(sweep_tests(SWEEP))


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # stoppage time after a word for the minute, or after the last minute of a half; a sum is left
    ("de", "Tor in Minute 12+1.", "Tor in Minute 12 plus 1."),
    ("fr", "But à la 45+2 et à la minute 90+6.", "But à la 45 plus 2 et à la minute 90 plus 6."),
    ("es", "Marcó en el 120+1 de la prórroga.", "Marcó en el 120 más 1 de la prórroga."),
    # (a minute's prime after "al" is the match's minute, an ordinal, with its stoppage time after it: sweep8)
    ("it", "Gol al minuto 90+3 e al 45'+1.", "Gol al minuto 90 più 3 e al quarantacinquesimo più 1."),
    ("pt", "Marcou aos 90+2.", "Marcou aos 90 mais 2."),
    ("de", "Es gilt 2+2=4 und 90+5=95, ab 6+ Jahren.", "Es gilt 2+2=4 und 90+5=95, ab 6+ Jahren."),
    ("es", "Ganó 2+2 y el 45+2 = 47.", "Ganó 2+2 y el 45+2 = 47."),
    ("it", "Il codice 12+3 e la somma 7+1.", "Il codice 12+3 e la somma 7+1."),
])
def test_stoppage_time(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a unit inside a compound, between its number and its noun; an ad's rooms and balcony
    ("Der 1-l-Krug und die 10-km-Runde.", "Der 1-Liter-Krug und die 10-Kilometer-Runde."),
    ("Ein 7,5-t-Lkw.", "Ein 7,5-Tonnen-Lkw."),
    ("Helle 4-Zi.-Whg., Blk., 2 Zi. frei.", "Helle 4-Zimmer-Wohnung, Balkon, 2 Zimmer frei."),
    ("Das 2-Euro-Stück und der 3-D-Film.", "Das 2-Euro-Stück und der 3-D-Film."),  # no unit inside
    ("Der 100-Meter-Lauf.", "Der 100-Meter-Lauf."),
    # a unit after a scale word; a count after one is left
    ("Sie flog 3 Millionen km, 3 Millionen Kinder sahen zu.", "Sie flog 3 Millionen Kilometer, 3 Millionen Kinder "
     "sahen zu."),
    # a leaflet's and a museum's abbreviations, how many times a day, a rental deposit
    ("Max Frisch nahm max. 2x tägl. eine; Erw. zahlen 9 €, erm. 5 €.",
     "Max Frisch nahm maximal 2 mal täglich eine; Erwachsene zahlen 9 Euro, ermäßigt 5 Euro."),
    ("Die 3x4-Matrix, 3 MM Kaution.", "Die 3x4-Matrix, 3 Monatsmieten Kaution."),
    # a change signed with a plus; a telephone's country code is the telephone rule's
    ("Die SPD liegt bei 24 % (+3), die FDP +0,5.", "Die SPD liegt bei 24 % (plus 3), die FDP plus 0,5."),
    ("Rufen Sie +49 30 1234567 an.", "Rufen Sie plus 4 9 3 0 1 2 3 4 5 6 7 an."),
    # from standstill to a hundred; a score led by 0 is left
    ("In 6 s von 0-100 km/h, sie verloren 0-3.", "In 6 s von 0 bis 100 Kilometer pro Stunde, sie verloren 0-3."),
    # blood pressure with its unit only
    ("Werte von 120/80 mmHg, Seite 140/90.", "Werte von 120 zu 80 Millimeter Quecksilbersäule, Seite 140/90."),
    # a shortened month or unit ending the sentence keeps the sentence's stop
    ("Vom 2. bis 4. Okt.", "Vom zweiten bis vierten Oktober."),
    ("Sie lief 10,2 Sek.", "Sie lief 10,2 Sekunden."),
])
def test_german(written: str, spoken: str) -> None:
    assert speakable(written, "de") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # the dollar's sign after the amount
    ("Le baril vaut 1 $ puis 80,25 $ et 3 millions $.",
     "Le baril vaut 1 dollar puis 80,25 dollars et 3 millions de dollars."),
    # a treatment's days, a dose per day, an emission per kilometre, a car's horsepower and consumption
    ("Pendant 1 j. puis 10 j., 2 g/j et 1 g/jour.", "Pendant 1 jour puis 10 jours, 2 grammes par jour et 1 gramme "
     "par jour."),
    ("Elle fait 95 g/km de CO2/km, 4,5 l/100 km et 90 ch au total.",
     "Elle fait 95 grammes par kilomètre de CO2 par kilomètre, 4,5 litres aux 100 kilomètres et 90 chevaux au total."),
    ("La voiture a 90 ch.", "La voiture a 90 chevaux."),  # where the sentence speaks of a car (h127)
    # an initial, an ad's bedrooms (read since sweep 14, h214)
    ("J. Dupont loue un T3, 2 ch.", "J. Dupont loue un T3, 2 chambres."),
    # billions of a unit
    ("Elle a parcouru 3 Mds de km et 2 Md t.", "Elle a parcouru 3 milliards de kilomètres et 2 milliards de tonnes."),
    # a weekday span after "du", a date after a singular article; common fractions are left
    ("Ouvert du mer. au sam., fermé le 24/12 et le 5/8.", "Ouvert du mercredi au samedi, fermé le 24 décembre et le "
     "5 août."),
    ("Le 3/4 centre et les 3/4 des élus.", "Le 3/4 centre et les 3 quarts des élus."),  # a share after "les" (h127)
])
def test_french(written: str, spoken: str) -> None:
    assert speakable(written, "fr") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Cita el 5/3 y el día 1/7; del 9/4 al 10/4.", "Cita el 5 de marzo y el día 1 de julio; del 9 de abril al 10 de "
     "abril."),
    ("El 1/2 y los 2/3 de los votos.", "El 1/2 y los 2 tercios de los votos."),  # a share after "los" (h127)
    # rooms in an ad, inhabitants in the news; between, nothing tells
    ("Piso de 2 hab., 1 hab. libre; pueblo de 12.000 hab. y otro de 500 hab.",
     "Piso de 2 habitaciones, una habitación libre; pueblo de 12.000 habitantes y otro de 500 hab."),
    ("Dosis máx. 2 g; mín. 5 pts.", "Dosis máxima 2 gramos; mínimo 5 puntos."),  # "la dosis": máxima since h175
    ("Son 3 millones de personas y 2 mil km.", "Son 3 millones de personas y 2 mil kilómetros."),
    ("Un coche de 90 CV que gasta 6 l/100 km.", "Un coche de 90 caballos que gasta 6 litros a los 100 kilómetros."),
    ("Abre el dom. y los sáb.; cierra los lun.", "Abre el domingo y los sábados; cierra los lunes."),
])
def test_spanish(written: str, spoken: str) -> None:
    assert speakable(written, "es") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Consegna il 3/7, entro il 28/2, dal 5/6.", "Consegna il 3 luglio, entro il 28 febbraio, dal 5 giugno."),
    ("Il 3/4 e i 2/3 dei voti, il 1/3.", "Il 3/4 e i 2 terzi dei voti, il 1/3."),  # fractions
    ("Al 12' e al 90'.", "Al dodicesimo e al novantesimo."),
    ("Nel '68 e l'anno '45.", "Nel '68 e l'anno '45."),  # a year shortened, no minute
    ("Max Verstappen, max 2 g per 5 gg.", "Max Verstappen, massimo 2 grammi per 5 giorni."),
    ("Un'auto da 75 CV che fa 4 l/100 km.", "Un'auto da 75 cavalli che fa 4 litri ogni 100 chilometri."),
    ("Costa 3 $ e 1,5 miliardi $.", "Costa 3 dollari e 1,5 miliardi di dollari."),
    ("Dista 3 milioni di km, 1° gen. chiuso.", "Dista 3 milioni di chilometri, primo gennaio chiuso."),
])
def test_italian(written: str, spoken: str) -> None:
    assert speakable(written, "it") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Prova no dia 1/7 e no 3/9; o 3/4 e os 2/3 dos votos.",
     "Prova no dia primeiro de julho e no 3 de setembro; o 3/4 e os 2 terços dos votos."),
    ("O câmbio fechou a 5,12 R$ e 1 R$.", "O câmbio fechou a 5 reais e 12 centavos e 1 real."),
    ("Motor de 80 cv, faz 12 km/l; a CV-1 é outra.", "Motor de 80 cavalos, faz 12 quilômetros por litro; a CV-1 é "
     "outra."),
    ("São 3 mil pessoas e 2 mil km, dose máx. de 1 g.", "São 3 mil pessoas e 2 mil quilômetros, dose máxima de 1 "
     "grama."),  # "a dose": máxima since h175
])
def test_portuguese(written: str, spoken: str) -> None:
    assert speakable(written, "pt") == spoken


# What the voice must say of a reading (language, written, what a reader says).
_SAID = [
    # what the sweep leaves to the voice, because it says it right
    ("it", "Biglietto intero 16 €, ridotto 2 €.", "Biglietto intero 16 euro, ridotto 2 euro."),
    ("fr", "Au 1er tour.", "Au premier tour."),
    # and what the rules give it: "+2,1" was English "plus", "0–100" "null hundert"
    ("de", "Die Wahlbeteiligung lag bei 76,4 % (+2,1).", "Die Wahlbeteiligung lag bei 76,4 % (plus 2,1)."),
    ("de", "Er schafft 0–100 km/h.", "Er schafft 0 bis 100 Kilometer pro Stunde."),
]
globals().update(voice_tests(_SAID))
# Text built to be slow for a rule that scans back or ahead at every start: each rule of this sweep must stay linear.
_HOSTILE = {
    "de": ["90+" * 10000, "Minute 90+3 " * 5000, "1-m-" * 10000, "3 Millionen " * 10000, "(+" * 10000, "0-100 " * 5000,
           "3x " * 10000],
    "fr": ["1,08 $ " * 10000, "3 g/j " * 10000, "le 3/7 " * 10000, "3 Md " * 10000, "du mar. au " * 5000],
    "es": ["minuto 90+" * 5000, "el 3/9 " * 10000, "3 hab. " * 10000, "2 mil " * 10000, "los dom. " * 10000],
    "it": ["al 45'+" * 5000, "il 12/4 " * 10000, "3 miliardi di " * 10000, "max " * 10000],
    "pt": ["5,40 R$ " * 10000, "dia 10/7 " * 10000, "45 mil " * 10000, "3 cv " * 10000, "aos 45+" * 5000],
}
globals().update(hostile_tests(_HOSTILE))
