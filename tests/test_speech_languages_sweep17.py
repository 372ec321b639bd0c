"""A seventeenth sweep of sentences in German, French, Spanish, Italian and Portuguese, in fourteen genres the sixteen
before drew on least or not at all: public transport fares, school holidays and exam dates, tax returns, rents per m²,
car sales, ski resorts, wildfires, hospital waiting lists, minimum wages, Tour, Giro and Vuelta stages, bank interest
rates, wine and its vintages, museum hours and lotteries (tests/fixtures/speech/languages_sweep17.tsv, each row read
in its language column's tag).
As first written, 2 of the 180 rows repeated an earlier sweep's input and 35 more were near copies of earlier rows (the
same sentence with another number); before a first reading that counts, all 37 were written anew in the same genres.
FIRST READING, before any rule: narrator read 167 of the 180 rows; the tuned two thirds 113 of 120, the third kept
aside (every third row) 54 of 60. One reading was added after it, a form German gives as well: "bis zu 9 Monaten"
(after "bis zu" the dative is as standard as the accusative): then 168, kept 55 of 60. Now 177 of 180: de 35/36,
fr 36/36, es 35/36, it 35/36, pt 36/36; the tuned two thirds 120 of 120, the kept third 57 of 60, read once after the
rules: the euro sign before an Italian amount, written for the tuned part's four rows, read the kept third's two. Its
three misses are of classes the rules did not touch (a weekday opening a clause after a comma, a Spanish weekday after
"los", "5+1" in a lottery). The classes fixed are below, each with what it must leave alone; what is left is in
_KNOWN_MISSES. Since the nineteenth sweep (test_speech_languages_sweep19), whose rules were written for these classes
from examples of its own, a German weekday with its stop before a lower-case word ("Mo. bleibt") and an Italian digit
glued to another by a plus ("5 più 1") are read: 179 of 180, the kept third 59 of 60."""

from __future__ import annotations

import pytest
from sweeps import LANGUAGES, Sweep, check_linear, rule_tests, sweep_tests

from narrator import speakable

# (Its last known miss, "los mar." on Tuesdays after a plural article, is read now: the twenty-third sweep read a chain
# of weekdays shortened after "los" as a class, 180 of 180.)
_KNOWN_MISSES: dict[str, str] = {}
_GENRES = {"fares", "holiday", "tax", "rent", "car", "ski", "wildfire", "hospital", "wage", "cycling", "bank", "wine",
           "museum", "lottery"}
SWEEP = Sweep("languages_sweep17.tsv", _KNOWN_MISSES, form=str, tagged=True, least=180, languages=LANGUAGES,
              styles=_GENRES, only=True)
globals().update(sweep_tests(SWEEP))

# Each class read as our examples say (language, written, reading), and what only looks like it left as it is.
_READ = [
    # Italian: the euro sign before the amount, as prices and salaries are written; with cents, under a euro, with a
    # scale after it, and with no space
    ("it", "Biglietto intero € 12, ridotto € 7.", "Biglietto intero 12 euro, ridotto 7 euro."),
    ("it", "Affitto € 1.350 al mese, spese escluse.", "Affitto 1.350 euro al mese, spese escluse."),
    ("it", "Il menù del giorno costa € 14,50.", "Il menù del giorno costa 14 euro e 50."),
    ("it", "Un espresso al bar costa € 0,90.", "Un espresso al bar costa 90 centesimi."),
    ("it", "Il bando vale € 2,5 mln per i comuni.", "Il bando vale 2,5 milioni di euro per i comuni."),
    ("it", "Stipendio da €1.800 a €2.100 netti.", "Stipendio da 1.800 euro a 2.100 euro netti."),
    # German: a weekday with its stop after "seit" or a word that says which week's
    ("de", "Die Brücke ist seit Di. gesperrt.", "Die Brücke ist seit Dienstag gesperrt."),
    ("de", "Seit Mi. gilt die neue Regel.", "Seit Mittwoch gilt die neue Regel."),
    ("de", "Er fehlt seit Fr., sagt seine Mutter.", "Er fehlt seit Freitag, sagt seine Mutter."),
    ("de", "Die Halle öffnet am kommenden Sa. wieder.", "Die Halle öffnet am kommenden Samstag wieder."),
    ("de", "Die Frist lief letzten Do. ab.", "Die Frist lief letzten Donnerstag ab."),
    ("de", "Er schläft seit So.", "Er schläft seit Sonntag."),
    # hectolitres after a number or a scale word, in the languages that had no name for them
    ("pt", "A cooperativa vendeu 4.500 hl de tinto.", "A cooperativa vendeu 4.500 hectolitros de tinto."),
    ("pt", "A Itália deve produzir 41 milhões de hl este ano.",
     "A Itália deve produzir 41 milhões de hectolitros este ano."),
    ("es", "La bodega embotella 800 hl al año.", "La bodega embotella 800 hectolitros al año."),
    ("es", "España produjo 31 millones de hl de vino.", "España produjo 31 millones de hectolitros de vino."),
    ("it", "La cantina ha imbottigliato 1 hl di passito.", "La cantina ha imbottigliato un ettolitro di passito."),
    ("fr", "Le domaine produit 900 hl de blanc par an.", "Le domaine produit 900 hectolitres de blanc par an."),
    # French: a unit after a scale word and an elided "d'"
    ("fr", "Le feu a détruit 1,2 million d'ha de forêt.", "Le feu a détruit 1,2 million d'hectares de forêt."),
    ("fr", "La Champagne a expédié 2 millions d'hl de vin clair.",
     "La Champagne a expédié 2 millions d'hectolitres de vin clair."),
    ("fr", "La Russie a semé 3 millions d'ha de blé de moins.",
     "La Russie a semé 3 millions d'hectares de blé de moins."),
    ("fr", "Le Languedoc a produit 12 millions d’hl.", "Le Languedoc a produit 12 millions d'hectolitres."),
]
_LEFT = [
    # Italian: a sign with no amount, a price with more decimals, a rate and a sign after the amount
    ("it", "Il prezzo in €/kWh sale.", "Il prezzo in €/kWh sale."),
    ("it", "Il Pun vale € 0,152 al kWh.", "Il Pun vale € 0,152 al chilowattora."),
    ("it", "Le pesche a € 3/kg.", "Le pesche a € 3/kg."),
    ("it", "Ridotto 25 €.", "Ridotto 25 €."),
    # German: "Fr." before a capital may be "Frau", and a weekday before a capital may end a sentence
    ("de", "Seit Fr. Müller die Leitung hat, läuft es.", "Seit Fr. Müller die Leitung hat, läuft es."),
    ("de", "Er wartet seit Sa. Dann kam der Bus.", "Er wartet seit Sa. Dann kam der Bus."),
    # "hl" as a code in capitals, or with no number before it
    ("pt", "O HL 300 chegou.", "O HL 300 chegou."),
    ("es", "La sigla hl aparece en la etiqueta.", "La sigla hl aparece en la etiqueta."),
    # French: a word after a scale word and "d'" that is no unit
    ("fr", "La ville compte 2 millions d'habitants.", "La ville compte 2 millions d'habitants."),
    ("fr", "Le loto verse 1 million d'euros.", "Le loto verse 1 million d'euros."),
]
globals().update(rule_tests(_READ, _LEFT))

# Each new pattern's worst run (repeats of the characters it eats) stays linear.
_RUNS = [
    ("it", "€ 1.000"), ("it", "€1,50 "), ("it", "€ 1,5 milioni "), ("it", "€ 1"), ("it", "€ "),
    ("de", "seit Mo. "), ("de", "kommenden Sa., "), ("de", "seit Mo.  "), ("pt", "1 milhões de hl "),
    ("es", "1 hl "), ("fr", "1 million d'ha "), ("fr", "1 millions d'"),
]


@pytest.mark.parametrize(("language", "token"), _RUNS)
def test_the_new_rules_stay_linear(language: str, token: str) -> None:
    check_linear(token, 300, lambda text: speakable(text, language))
