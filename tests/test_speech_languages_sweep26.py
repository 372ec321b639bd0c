"""A twenty-sixth sweep of sentences in German, French, Spanish, Italian and Portuguese, in twelve genres named for the
forms they test: stock market and company news, motoring, wine labels, pharmacy leaflets, housing, football league
tables, school and university grades, railway and strikes, history and anniversaries, TV and radio schedules, energy
bills and sport timing (several were drawn on before under other names, "motoring", "wine", "pharmacy"; these rows
write the forms the earlier sweeps wrote least: "Kurs-Gewinn-Verhältnis", "0-100 km/h en 6,8 s", "37,5 cl", "1-0-1",
"T3 de 68 m²", "3 amb.", "32ª giornata", "bac +5", "Gleis 4a", "Cercanías C-5", "il Quattrocento", "20h50",
"c€/kWh", "12''"); and "left", the twenty-fifth sweep's known misses written anew as classes with examples of our own
(tests/fixtures/speech/languages_sweep26.tsv, each row read in its language column's tag; 150 rows, 30 a language, 30
of them "left").
FIRST READING, before any rule: narrator read 111 of the 150 rows (relaxed and lenient alike); the tuned part 72 of
100, the third kept aside (every third row, index % 3 == 2) 39 of 50. Five rows were then given the form the voice
says as a reader does (German years spelled in "1914-1918", "18 euro e 40" in Italian, "14 euros e 20 cêntimos" and
"1 comprimido" in Portuguese, Italian's "1.000 a 1.500 €"): with them 115 before the rules (tuned 76, kept 39). After
the rules below, written from the tuned two thirds' misses, one a class, each with examples of our own and what only
looks like it: 146 of 150 (relaxed and lenient alike), the tuned part 98 of 100, the kept third 48 of 50. The kept
third moved by nine rows, all of classes the tuned part showed (a capital "Max."/"Máx." opening the sentence, "24h/24",
"h24", "fps", "g/m²", an estimate, "12''" before a gap's word); its two misses left are below. The twenty-fifth
sweep's eight known misses read now."""

from __future__ import annotations

import re

import pytest
from sweeps import LANGUAGES, Sweep, check_linear, cpu_seconds, relaxed, rule_tests, sweep_tests

from narrator import speakable

_KNOWN_MISSES: dict[str, str] = {
    "Max. 3x tägl. 1 Beutel einnehmen.": "a one before a masculine noun in the accusative ('einen Beutel'): German's "
                                         "one agrees in case and gender, which no rule reads before a bare noun yet",
    "Alquiler: 3 amb. con balcón, 65 m², 1.200 €/mes.": "'amb.', a River Plate listing's rooms ('ambientes'): one "
                                                        "row, and 'amb.' shortens 'ambulatorio' too",
    # the kept third's, read once after the rules
    "Cedió 12'' en la llegada.": "seconds alone with no word for a lead or a lag after them: elsewhere a mark alone is "
                                 "a screen's inches (kept third)",
    "Trilocale di 75 mq al piano 2°, con box auto.": "a floor's ordinal written with the degree sign after 'piano': no "
                                                     "rule reads '2°' as 'secondo' after a noun (kept third)",
}
_GENRES = {"stocks", "motoring", "winelabels", "leaflets", "housing", "leaguetables", "grades", "railstrikes",
           "anniversaries", "schedules", "energybills", "sporttiming", "left"}
SWEEP = Sweep("languages_sweep26.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=150, languages=LANGUAGES,
              styles=_GENRES, only=True)
globals().update(sweep_tests(SWEEP))

# Each class read as our examples say (language, written, reading), and what only looks like it left as it is.
_READ = [
    # a capital "Max." or "Máx." opening the sentence before a number (europe.most_said, de, es and pt tables)
    ("fr", "Entrée libre. Max. 2 billets par personne.", "Entrée libre. Maximum 2 billets par personne."),
    ("it", "Max. 5 articoli per cliente.", "Massimo 5 articoli per cliente."),
    ("de", "Hinweis: Max. 2 Personen im Aufzug.", "Hinweis: Maximal 2 Personen im Aufzug."),
    ("es", "Máx. 6 meses de garantía.", "Máximo 6 meses de garantía."),
    ("es", "Mín. 3 noches.", "Mínimo 3 noches."),
    ("pt", "Máx. 3 bagagens por pessoa.", "Máximo 3 bagagens por pessoa."),
    ("pt", "Mín. 2 noites.", "Mínimo 2 noites."),
    # round the clock and every day ("24h/24", "7 j/7", "h24")
    ("fr", "Accueil téléphonique 24 h/24.", "Accueil téléphonique 24 heures sur 24."),
    ("fr", "Le magasin est ouvert 7 j/7.", "Le magasin est ouvert 7 jours sur 7."),
    ("fr", "Ouvert 24h/24 et 7j/7 toute l'année.", "Ouvert 24 heures sur 24 et 7 jours sur 7 toute l'année."),
    ("it", "Assistenza clienti H24.", "Assistenza clienti 24 ore su 24."),
    ("it", "Il servizio è attivo 24h/24.", "Il servizio è attivo 24 ore su 24."),
    # a unit after "pro" or "je" with no number before it (de._UNIT_ALONE)
    ("de", "In Berlin leben 4.100 Einwohner pro km².", "In Berlin leben 4.100 Einwohner pro Quadratkilometer."),
    ("de", "Der Preis je kg ist gestiegen.", "Der Preis je Kilogramm ist gestiegen."),
    ("de", "Man braucht 3 kg pro m² Fläche.", "Man braucht 3 Kilogramm pro Quadratmeter Fläche."),
    ("de", "Die Dichte je km² sinkt.", "Die Dichte je Quadratkilometer sinkt."),
    # a mass per square metre, and frames per second, after a number (the five tables of units)
    ("de", "Papier mit 80 g/m².", "Papier mit 80 Gramm pro Quadratmeter."),
    ("fr", "Un papier de 120 g/m2.", "Un papier de 120 grammes par mètre carré."),
    ("es", "Un tejido de 1,2 kg/m².", "Un tejido de 1,2 kilos por metro cuadrado."),
    ("it", "Un solaio da 250 kg/m².", "Un solaio da 250 chili per metro quadrato."),
    ("pt", "Um papel de 90 g/m².", "Um papel de 90 gramas por metro quadrado."),
    ("de", "Die Kamera filmt mit 1 fps.", "Die Kamera filmt mit 1 Bild pro Sekunde."),
    ("fr", "La caméra filme à 25 fps.", "La caméra filme à 25 images par seconde."),
    ("es", "Graba a 1 fps.", "Graba a un fotograma por segundo."),
    ("it", "Gira a 1 fps.", "Gira a un fotogramma al secondo."),
    ("pt", "Grava a 1 fps.", "Grava a uma imagem por segundo."),
    # an auction's estimate, low and high apart by a stroke (europe._ESTIMATE)
    ("fr", "Un vase estimé 300/500 € chez Drouot.", "Un vase estimé 300 à 500 euros chez Drouot."),
    ("fr", "Lot 12 : 1 500/2 000 €.", "Lot 12 : 1 500 à 2 000 euros."),
    ("de", "Schätzung: 4.000/6.000 €.", "Schätzung: 4.000 bis 6.000 Euro."),
    ("es", "Valoración: 300/500 €.", "Valoración: 300 a 500 euros."),
    ("it", "Un quadro stimato 2.000/3.000 €.", "Un quadro stimato 2.000 a 3.000 €."),
    ("pt", "Estimativa: 1.500/2.000 €.", "Estimativa: 1.500 a 2.000 euros."),
    # seconds alone before the word for a lead or a lag (europe._SECONDS_BEFORE_GAP)
    ("fr", "Il compte 1'' de retard.", "Il compte une seconde de retard."),
    ("es", "Llegó con 14'' de ventaja.", "Llegó con 14 segundos de ventaja."),
    ("pt", "Terminou com 3'' de atraso.", "Terminou com 3 segundos de atraso."),
    ("de", "Er siegte mit 9'' Vorsprung.", "Er siegte mit 9 Sekunden Vorsprung."),
    ("it", "Chiude con 5'' di distacco.", "Chiude con 5 secondi di distacco."),
    # a whole mark out of ten after "un" or "nota de" (es._WHOLE_MARK)
    ("es", "Sacó un 7/10 en Física.", "Sacó un 7 sobre 10 en Física."),
    ("es", "La crítica le pone un 8/10.", "La crítica le pone un 8 sobre 10."),
    ("es", "Obtuvo una nota de 9/10 en el examen.", "Obtuvo una nota de 9 sobre 10 en el examen."),
    ("es", "Le dieron un 10/10.", "Le dieron un 10 sobre 10."),
]
_LEFT = [
    # "Max" a name: not opening the sentence, or with no stop
    ("fr", "Il est venu avec Max. 3 enfants jouaient.", "Il est venu avec Max. 3 enfants jouaient."),
    ("fr", "Max 3 fois champion, il revient.", "Max 3 fois champion, il revient."),
    ("de", "Der Hund heißt Max.", "Der Hund heißt Max."),
    # "Máx." with no number after it: a table's heading
    ("es", "Temperaturas: Máx. y Mín. del día.", "Temperaturas: Máx. y Mín. del día."),
    # a mark of 24 out of 24 and a page of a file: no hour's or day's letter
    ("fr", "Le score est de 24/24.", "Le score est de 24/24."),
    ("fr", "Page 7/7 du dossier.", "Page 7/7 du dossier."),
    ("it", "La linea H240 è chiusa.", "La linea H240 è chiusa."),
    # a firm's name in capitals after "Pro", and "pro" before no unit
    ("de", "Die Firma Pro KG aus Köln.", "Die Firma Pro KG aus Köln."),
    ("de", "Er ist pro Europa.", "Er ist pro Europa."),
    # a first-person shooter's letters, no number before them
    ("fr", "Les jeux FPS sont violents.", "Les jeux FPS sont violents."),
    # two prices of a ticket (the higher first, or no thousands and no estimate's word): "and", as before
    ("fr", "Les places à 10/15 € sont parties.", "Les places à 10 et 15 euros sont parties."),
    ("de", "Karten zu 25/18 € an der Abendkasse.", "Karten zu 25 und 18 Euro an der Abendkasse."),
    ("de", "Schätzpreis 2.000/1.500 €.", "Schätzpreis 2.000/1.500 Euro."),
    # a screen's inches: no lead or lag after them
    ("fr", "Un écran 27'' de qualité.", "Un écran 27'' de qualité."),
    ("it", "Un monitor da 24\" di qualità.", "Un monitor da 24\" di qualità."),
    # a date's day and month, and a mark above its scale
    ("es", "El 5/10 hay examen.", "El 5 de octubre hay examen."),
    ("es", "Un 15/10 no existe.", "Un 15/10 no existe."),
]
globals().update(rule_tests(_READ, _LEFT))


# Each new pattern's worst run (repeats of the characters it eats) stays linear.
_RUNS = [
    ("fr", "Max. 1 "), ("de", "Max. 1 "), ("es", "Máx. 1 "), ("pt", "Máx. 1 "), ("fr", "24h/24 "), ("fr", "7 j/7 "),
    ("it", "h24 "), ("de", "pro m2 "), ("de", "Pro "), ("fr", "1/1 200 € "), ("fr", "estimation 1/2 000 € "),
    ("fr", "estimation "), ("es", "un 1/10 "), ("it", "1'' di vantaggio "), ("de", "1 g/m² "), ("it", "1 fps "),
]


@pytest.mark.parametrize(("language", "token"), _RUNS)
def test_the_new_rules_stay_linear(language: str, token: str) -> None:
    check_linear(token, 300, lambda text: speakable(text, language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_estimate_is_looked_for_once_in_a_long_number_in_groups(language: str) -> None:
    # an estimate's figure tried at each group of "1 234 234 ..." scanned to the last: four times the groups cost
    # sixteen times as much
    def text(groups: int) -> str:
        return "1" + " 234" * groups + " people, 5 €/l"

    short, long = (min(cpu_seconds(lambda t: speakable(t, language), text(groups)) for _ in range(2))
                   for groups in (2_000, 8_000))
    assert long < 6 * max(short, 0.005), (short, long)


def test_the_known_misses_are_rows_of_the_sweep() -> None:
    assert set(_KNOWN_MISSES) <= {row[1] for row in SWEEP.rows()}
    assert all(re.search(r"\w", reason) for reason in _KNOWN_MISSES.values())
