"""A twenty-second sweep of sentences in German, French, Spanish, Italian and Portuguese, in ten genres whose own words
the twenty-one before drew on least: recycling and waste, stage and concert listings, real estate prices, mobile phone
tariffs, medicine doses, car tests, league tables, household budgets, birth and wedding announcements and local council
decisions; and "left", the twenty-first sweep's known misses written anew as classes with examples of our own
(tests/fixtures/speech/languages_sweep22.tsv, each row read in its language column's tag; the "left" rows are all in
the tuned two thirds).
FIRST READING, before any rule: narrator read 78 of the 120 rows; the tuned two thirds 48 of 80, the third kept aside
(every third row, index % 3 == 2) 30 of 40. Forms the voice says as a reader does were then added to seven of the tuned
part's rows ("32 %", which espeak-ng says "pour cent", "por ciento", "por cento"; the Italian "€", which it says "euro";
"a las 9 y 15" with no "horas"; "12 euros e 99 cêntimos"), and after the rules one more ("Tomar 1 comprimido", the
voice's "um"): the tuned part read 55 before the rules. Two rows of the kept third that repeated an earlier sweep's
were written anew with other numbers. Read once after the rules, four of the kept third's ten misses were forms of
that kind ("72,4%", "9%", "le 1er mardi", which espeak-ng says "premier", "a las 20 y 30"); with them added, the rows
as they are now read 89 before the rules (the tuned part 55, the kept third 34 of 40) and 113 after: de 22/24, fr
23/24, es 22/24, it 24/24, pt 22/24; the tuned two thirds 79 of 80, the kept third 34 of 40, unmoved by the rules: its
six misses are of classes the tuned part did not show (a council vote's "abst." in three languages, a German unit's
dative plural after "mit", the Spanish "miér." and Portuguese weekdays made plural after "às"). The classes fixed are
below, each with what it must leave alone; what is left is in _KNOWN_MISSES."""

from __future__ import annotations

import re

import pytest
from sweeps import LANGUAGES, Sweep, check_linear, relaxed, rule_tests, sweep_tests

from narrator import speakable

# (The seven known misses left here, two prices sharing one sign, a vote's "abst.", a unit's dative plural after "mit",
# "miér." and Portuguese weekdays made plural after "às", are read now: the twenty-third sweep wrote each as a class.)
_KNOWN_MISSES: dict[str, str] = {}
_GENRES = {"recycling", "stage", "realestate", "mobile", "doses", "cartest", "sportstable", "budget", "announcements",
           "council", "left"}
SWEEP = Sweep("languages_sweep22.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=120, languages=LANGUAGES,
              styles=_GENRES, only=True)
globals().update(sweep_tests(SWEEP))

# Each class read as our examples say (language, written, reading), and what only looks like it left as it is.
_READ = [
    # a price per unit of another measure than the tonne: a harvest's decitonne or quintal, a wine's hectolitre, a
    # lease's hectare, water's cubic metre, a piece, a sack of coffee, an arroba or a head of cattle
    ("de", "Raps notiert bei 45,80 €/dt frei Erfasser.", "Raps notiert bei 45 Euro 80 pro Dezitonne frei Erfasser."),
    ("de", "Fassbier kostet den Wirt 260 €/hl.", "Fassbier kostet den Wirt 260 Euro pro Hektoliter."),
    ("de", "Wasser kostet in der Stadt 2,15 €/m³.", "Wasser kostet in der Stadt 2 Euro 15 pro Kubikmeter."),
    ("de", "Die Prämie beträgt 150 €/ha Blühfläche.", "Die Prämie beträgt 150 Euro pro Hektar Blühfläche."),
    ("fr", "Le blé se paie 19,50 €/q à la coopérative.", "Le blé se paie 19 euros 50 par quintal à la coopérative."),
    ("fr", "Le bordeaux en vrac vaut 1 200 €/hl.", "Le bordeaux en vrac vaut 1 200 euros par hectolitre."),
    ("es", "La uva tinta se paga a 60 €/hl de mosto.", "La uva tinta se paga a 60 euros por hectolitro de mosto."),
    ("es", "El gas cuesta 1,20 €/m³ en la tarifa regulada.",
     "El gas cuesta un euro con 20 por metro cúbico en la tarifa regulada."),
    ("it", "Il Lambrusco in cisterna vale 95 €/hl.", "Il Lambrusco in cisterna vale 95 euro all'ettolitro."),
    ("it", "Il mais nazionale quota 22,50 €/q a Bologna.",
     "Il mais nazionale quota 22 euro e 50 al quintale a Bologna."),
    ("pt", "A saca de soja fechou a R$ 128/sc em Sorriso.", "A saca de soja fechou a 128 reais por saca em Sorriso."),
    ("pt", "A arroba da vaca gorda saiu a R$ 290/@.", "A arroba da vaca gorda saiu a 290 reais por arroba."),
    ("pt", "O bezerro foi vendido a R$ 2.400/cabeça no leilão.",
     "O bezerro foi vendido a 2.400 reais por cabeça no leilão."),
    ("pt", "A água custa 1,50 €/m³ no concelho.", "A água custa 1 euro e 50 cêntimos por metro cúbico no concelho."),
    ("pt", "Ele pagou R$ 50/hora.", "Ele pagou 50 reais por hora."),
    # German: a noun opening the sentence before a genitive "der" and an ordinal ("der fünften Klasse")
    ("de", "Sieger der 4. Etappe wurde Pogačar.", "Sieger der vierten Etappe wurde Pogačar."),
    ("de", "Auftakt der 2. Runde ist am Samstag.", "Auftakt der zweiten Runde ist am Samstag."),
    ("de", "Ergebnisse der 3. Liga im Überblick.", "Ergebnisse der dritten Liga im Überblick."),
    ("de", "Gewinner der 1. Runde stehen fest.", "Gewinner der ersten Runde stehen fest."),
    ("de", "Bewohner der 3. Etage müssen raus.", "Bewohner der dritten Etage müssen raus."),
    # German: "1" before a masculine amount after "auf" (an amount reached: accusative) and "ab" (a threshold: dative)
    ("de", "Ab 1 € im Monat gibt es das Abo.", "Ab einem Euro im Monat gibt es das Abo."),
    ("de", "Der Preis fiel auf 1 Dollar.", "Der Preis fiel auf einen Dollar."),
    ("de", "Ab 1 Jahr dürfen Kinder mitfahren.", "Ab einem Jahr dürfen Kinder mitfahren."),
    ("de", "Der Zuschlag wurde auf 1 Cent je Liter gesenkt.", "Der Zuschlag wurde auf einen Cent je Liter gesenkt."),
    ("de", "Der Schweinepreis fällt auf 1,80 €/kg.", "Der Schweinepreis fällt auf einen Euro 80 pro Kilogramm."),
    # Spanish and Portuguese: a leaflet's tablets and capsules after their number, one in the singular
    ("es", "Tomar 2 comp. al día.", "Tomar 2 comprimidos al día."),
    ("es", "Tomar 1 cáps. en ayunas.", "Tomar una cápsula en ayunas."),
    ("es", "Tome 3 cáps. diarias con agua.", "Tome 3 cápsulas diarias con agua."),
    ("es", "Tomar 1 comp.", "Tomar un comprimido."),
    ("pt", "Tomar 2 cp ao deitar.", "Tomar 2 comprimidos ao deitar."),
    ("pt", "Tome 1 cáps. em jejum.", "Tome uma cápsula em jejum."),
    ("pt", "Tomar 2 comp. por dia.", "Tomar 2 comprimidos por dia."),
    # French: a weekday shortened before its time, after "à"
    ("fr", "Ouvert sam. à 14 h.", "Ouvert samedi à 14 heures."),
    ("fr", "Concert dim. à 17 h à l'église.", "Concert dimanche à 17 heures à l'église."),
    ("fr", "Le match a lieu ven. à 20 h 45.", "Le match a lieu vendredi à 20 heures 45."),
    ("fr", "Fermé sam. à midi.", "Fermé samedi à midi."),
    # Italian: a rank in a table before its points' "a quota"
    ("it", "La Roma è 3° a quota 60.", "La Roma è terza a quota 60."),
    ("it", "La Lazio è 6° a quota 52 punti.", "La Lazio è sesta a quota 52 punti."),
    ("it", "Il Napoli, 2° a quota 70, insegue.", "Il Napoli, secondo a quota 70, insegue."),
]
_LEFT = [
    # a price per hour, and a unit's letters after the slash that are the start of a word
    ("de", "Das Parken kostet 2 €/h.", "Das Parken kostet 2 Euro pro Stunde."),
    ("fr", "Le parking coûte 2 €/h.", "Le parking coûte 2 euros par heure."),
    ("es", "El kilo cuesta 3 €/hache.", "El kilo cuesta 3 €/hache."),
    # words opening a sentence before "der" that are no noun, and a question
    ("de", "Gestern der 2. Sieg.", "Gestern der zweite Sieg."),
    ("de", "Endlich der 1. Titel!", "Endlich der erste Titel!"),
    ("de", "Zuletzt der 5. Platz.", "Zuletzt der fünfte Platz."),
    ("de", "Kommt der 2. Lockdown?", "Kommt der zweite Lockdown?"),
    ("de", "Heute, der 3. Tag.", "Heute, der dritte Tag."),
    # a neuter amount after "auf", a label's one, and a one after "auf" that follows the amount
    ("de", "Die Miete wird auf 1 Jahr befristet.", "Die Miete wird auf ein Jahr befristet."),
    ("de", "Er fährt auf 1 Gleis.", "Er fährt auf 1 Gleis."),
    ("de", "Er zahlt 1 € auf das Konto ein.", "Er zahlt einen Euro auf das Konto ein."),
    # the letters of a tablet with no number before them, and a code's capitals
    ("es", "Lo compró en la comp. de al lado.", "Lo compró en la comp. de al lado."),
    ("pt", "O CP 150 chegou.", "O CP 150 chegou."),
    # a day's number before "mar." (March's), and a chapter before "à"
    ("fr", "Le 3 mar. à 20 h.", "Le 3 mar. à 20 heures."),
    ("fr", "Voir le chap. à 3 pages.", "Voir le chap. à 3 pages."),
    # degrees at a height
    ("it", "La temperatura è 5° a quota 1500 metri.", "La temperatura è 5° a quota 1500 metri."),
    ("it", "Ci sono 5° a quota 80 m.", "Ci sono 5° a quota 80 metri."),
]
globals().update(rule_tests(_READ, _LEFT))


# Each new pattern's worst run (repeats of the characters it eats) stays linear.
_RUNS = [
    ("de", "1 €/dt "), ("de", "Kinder der 1. "), ("de", "auf 1 € "), ("fr", "1 €/q "), ("es", "1 €/ud "),
    ("it", "1 €/hl "), ("pt", "R$ 1/@ "), ("pt", "1 reais/saca "),
    ("es", "1 comp. "), ("pt", "1 cp "), ("pt", "1 cáps. "), ("fr", "dim. à 1 "), ("it", "è 1° a quota 1 "),
]


@pytest.mark.parametrize(("language", "token"), _RUNS)
def test_the_new_rules_stay_linear(language: str, token: str) -> None:
    check_linear(token, 300, lambda text: speakable(text, language))


def test_the_known_misses_are_rows_of_the_sweep() -> None:
    assert set(_KNOWN_MISSES) <= {row[1] for row in SWEEP.rows()}
    assert all(re.search(r"\w", reason) for reason in _KNOWN_MISSES.values())
