"""An eighteenth sweep of sentences in German, French, Spanish, Italian and Portuguese, in fourteen genres the seventeen
before drew on least or not at all: cinema box office, league tables and transfer fees, heat waves, labour, vote
results, building and homes, rail delays and strikes, harvests, court rulings, medicine, pensions, tourism, energy
prices and university fees (tests/fixtures/speech/languages_sweep18.tsv, each row read in its language column's tag).
As first written, 2 rows repeated an earlier sweep's input; before a first reading that counts, both were written anew
in the same genres.
FIRST READING, before any rule: narrator read 164 of the 180 rows; the tuned two thirds 108 of 120, the third kept aside
(every third row, index % 3 == 2) 56 of 60. A form a newsreader gives as well was added to the tuned part's rows after
it, the cents said with their name ("un euro e 15", "4 reais e 46 centavos"): then 166, the tuned part 110. Read once
after the rules, two of the kept third's four misses were that form too ("21 reais e 40 centavos"); with it added to
them, the kept third was 58 of 60 before the rules as after. Now 178 of 180: de 35/36, fr 35/36, es 36/36, it 36/36,
pt 36/36; the tuned two thirds 120 of 120, the kept third 58 of 60: none of the rules below reached it. The classes
fixed are below, each with what it must leave alone; what is left is in _KNOWN_MISSES.
Its two known misses, both of the kept third, read since the nineteenth sweep's rules for their classes (a ratio after
the word that names it, "Torverhältnis von 18:25"; millions of tonnes after a number, "12,4 Mt"): 180 of 180."""

from __future__ import annotations

import pytest
from sweeps import LANGUAGES, Sweep, check_linear, rule_tests, sweep_tests

from narrator import speakable

_KNOWN_MISSES: dict[str, str] = {}
_GENRES = {"cinema", "league", "heat", "labour", "vote", "building", "rail", "harvest", "legal", "medicine", "pension",
           "tourism", "energy", "fees"}
SWEEP = Sweep("languages_sweep18.tsv", _KNOWN_MISSES, form=str, tagged=True, least=180, languages=LANGUAGES,
              styles=_GENRES, only=True)
globals().update(sweep_tests(SWEEP))

# Each class read as our examples say (language, written, reading), and what only looks like it left as it is.
_READ = [
    # a harvest's yield per hectare in a farm's own unit: German decitonnes and their older name, Brazilian sacks
    ("de", "Die Gerste lieferte 68,5 dt/ha.", "Die Gerste lieferte 68,5 Dezitonnen pro Hektar."),
    ("de", "Auf guten Böden sind 1 dt/ha mehr drin.", "Auf guten Böden sind eine Dezitonne pro Hektar mehr drin."),
    ("de", "Der Mais kam auf 95 dz/ha im Mittel.", "Der Mais kam auf 95 Doppelzentner pro Hektar im Mittel."),
    ("pt", "A soja rendeu 62 sc/ha em Goiás.", "A soja rendeu 62 sacas por hectare em Goiás."),
    ("pt", "Foi colhida 1 sc/ha a mais.", "Foi colhida uma saca por hectare a mais."),
    # a dose in international units, in each language
    ("de", "Säuglinge bekommen täglich 400 I.E. Vitamin D.",
     "Säuglinge bekommen täglich 400 Internationale Einheiten Vitamin D."),
    ("de", "Die Tagesdosis liegt bei 1.000 IE.", "Die Tagesdosis liegt bei 1.000 Internationale Einheiten."),
    ("fr", "Une ampoule de 100 000 UI tous les trois mois.",
     "Une ampoule de 100 000 unités internationales tous les trois mois."),
    ("es", "Una sola dosis de 1 UI por kilo.", "Una sola dosis de una unidad internacional por kilo."),
    ("it", "Si assumono 1.000 UI al giorno.", "Si assumono 1.000 unità internazionali al giorno."),
    ("pt", "Tomar 2.000 UI por dia.", "Tomar 2.000 unidades internacionais por dia."),
    # a firm's name ending in its company or brothers, its stop kept where a sentence ends
    ("es", "La fábrica era de Pérez Hnos. y cerró en 1990.", "La fábrica era de Pérez Hermanos y cerró en 1990."),
    ("es", "El contrato fue para Gómez y Cía. La obra empieza hoy.",
     "El contrato fue para Gómez y Compañía. La obra empieza hoy."),
    ("pt", "A Irmãos Lopes Ltda. abriu falência.", "A Irmãos Lopes Limitada abriu falência."),
    ("pt", "O contrato foi com a Souza Ltda. A obra começa hoje.",
     "O contrato foi com a Souza Limitada. A obra começa hoje."),
    ("pt", "A loja é da Silva & Cia. desde 1950.", "A loja é da Silva & Companhia desde 1950."),
    # Italian: a table's points with their stop, in a sentence's middle and at its end
    ("it", "La Roma è a 38 pt. in classifica.", "La Roma è a 38 punti in classifica."),
    ("it", "Ora sono 2 pti. di distacco.", "Ora sono 2 punti di distacco."),
    ("it", "Il Milan ha 60 pt. La Juve ne ha 58.", "Il Milan ha 60 punti. La Juve ne ha 58."),
    # Italian: a court's decision shortened before its number
    ("it", "Con la sent. n. 512 del 2023 il Tar ha deciso.", "Con la sentenza numero 512 del 2023 il Tar ha deciso."),
    ("it", "La Consulta, sent. 242/2019, ha deciso.", "La Consulta, sentenza 242/2019, ha deciso."),
    ("it", "L'ord. n. 45 del tribunale è chiara.", "L'ordinanza numero 45 del tribunale è chiara."),
    # thousands by their word beside the euro's sign (or another's), said "mil euros", with no "de"
    ("pt", "Casa à venda por 250 mil €.", "Casa à venda por 250 mil euros."),
    ("pt", "Custa € 250 mil por ano.", "Custa 250 mil euros por ano."),
    ("pt", "Pagou US$ 20 mil ao clube.", "Pagou 20 mil dólares ao clube."),
    ("es", "El premio es de € 300 mil.", "El premio es de 300 mil euros."),
    ("es", "Un piso de 240 mil € en Vallecas.", "Un piso de 240 mil euros en Vallecas."),
    ("it", "Il premio vale € 250 mila.", "Il premio vale 250 mila euro."),
    ("it", "Uno stipendio di € 35 mila lordi.", "Uno stipendio di 35 mila euro lordi."),
    # Portuguese: a weekday after a time and "de" at a span's one end
    ("pt", "A greve vai das 22h de sex. até às 6h de seg.",
     "A greve vai das 22 horas de sexta-feira até às 6 horas de segunda-feira."),
    ("pt", "O trânsito fica cortado entre as 8h de ter. e as 20h de qui.",
     "O trânsito fica cortado entre as 8 horas de terça-feira e as 20 horas de quinta-feira."),
    ("pt", "A obra decorre das 21h de qua. a 5h de qui.",
     "A obra decorre das 21 horas de quarta-feira a 5 horas de quinta-feira."),
]
_LEFT = [
    # a farm's unit with no number, and "dt." as German's "deutsch"; sacks with no rate
    ("de", "Die Angabe erfolgt in dt/ha.", "Die Angabe erfolgt in dt/ha."),
    ("de", "Der Text ist in dt. Sprache.", "Der Text ist in dt. Sprache."),
    ("pt", "O produtor vendeu 500 sc de café.", "O produtor vendeu 500 sc de café."),
    # "UI" and "I.E." with no number: a screen's user interface, the unit named
    ("fr", "L'UI de l'application a changé.", "L'UI de l'application a changé."),
    ("it", "La nuova UI dell'app piace.", "La nuova UI dell'app piace."),
    ("de", "Die I.E. ist eine Maßeinheit.", "Die I.E. ist eine Maßeinheit."),
    # the agency in capitals, and a company written small and whole
    ("es", "La CIA. no respondió.", "La CIA. no respondió."),
    ("pt", "A CIA. não comentou.", "A CIA. não comentou."),
    ("es", "La cía de teatro actúa hoy.", "La cía de teatro actúa hoy."),
    # Italian: "sent." and "ord." with no number after them
    ("it", "He said the letter was sent.", "He said the letter was sent."),
    ("it", "In ord. alfabetico.", "In ord. alfabetico."),
    # thousands that are no amount of the sign; Italian's "mila €", which the voice says as it says "25 €"
    ("es", "Vinieron 2 mil personas y pagaron 5 €.", "Vinieron 2 mil personas y pagaron 5 euros."),
    ("it", "Un mutuo da 180 mila € in 30 anni.", "Un mutuo da 180 mila € in 30 anni."),
    # Portuguese: "de seg." with no time before it is "segurança" as often
    ("pt", "Tem um curso de seg. e higiene no trabalho.", "Tem um curso de seg. e higiene no trabalho."),
    ("pt", "O chefe de seg. e o diretor chegaram.", "O chefe de seg. e o diretor chegaram."),
]
globals().update(rule_tests(_READ, _LEFT))

# Each new pattern's worst run (repeats of the characters it eats) stays linear.
_RUNS = [
    ("de", "1 dt/"), ("de", "1 dz"), ("pt", "1 sc/"), ("de", "1 I.E."), ("de", "1 IE "), ("fr", "1 UI "),
    ("es", "Cía. "), ("es", "Hnos."), ("pt", "Ltda. "), ("pt", "Cia."), ("it", "1 pt. "), ("it", "1 pti."),
    ("it", "sent. "), ("it", "ord. n. "), ("pt", "1 mil €"), ("pt", "€ 1 mil "), ("es", "1 mil € "),
    ("it", "€ 1 mila "), ("it", "€1 mila"), ("pt", "às 1h de sex. e "), ("pt", "de qua. a "), ("pt", " de seg. até "),
]


@pytest.mark.parametrize(("language", "token"), _RUNS)
def test_the_new_rules_stay_linear(language: str, token: str) -> None:
    check_linear(token, 300, lambda text: speakable(text, language))
