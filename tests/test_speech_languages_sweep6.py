"""A sixth sweep of sentences in German, French, Spanish, Italian and Portuguese (h139), in genres the first five did
not use: tax and pension letters, hospital discharge notes, football transfers, stock markets, church, school and
town notices, addresses and telephone numbers; and "left", the forms the fifth sweep left (a quarter "au T3", a
district "20e arr.", a share "las 2/3 partes") written anew (tests/fixtures/speech/languages_sweep6.tsv, each row read
in its language column's tag). As first written, narrator read 103 of its 170 rows right: de 20/34, fr 20/34, es
22/34, it 22/34, pt 19/34 (114 with the readings added after listening, see the fixture's header); by genre tax
23/28, hospital 8/28, transfer 22/27, markets 23/27, notices 14/25, address 12/25, left 1/10. Now 169. The classes
fixed are below, each with what it must leave alone; what is left is in _KNOWN_MISSES."""

from __future__ import annotations

import pytest
from sweeps import LANGUAGES, Sweep, hostile_tests, sweep_tests, voice_tests

from narrator.speech import speakable

# "Der Solidaritätszuschlag beträgt 5,5 % der ESt." is read since h149 (a tax by its letters, "ESt", "USt", "KiSt").
_KNOWN_MISSES: dict[str, str] = {}


SWEEP = Sweep("languages_sweep6.tsv", _KNOWN_MISSES, form=str, tagged=True, least=170, languages=LANGUAGES,
              styles={"tax", "hospital", "transfer", "markets", "notices", "address", "left"}, only=True)
globals().update(sweep_tests(SWEEP))


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # "ha" after a number is hectares, unless the verb's participle, article or adverb follows ("ettari visto")
    ("it", "Il 2024 ha visto crescere il Pil e nel 2023 ha la stessa storia.",
     "Il 2024 ha visto crescere il Pil e nel 2023 ha la stessa storia."),
    ("it", "L'azienda ha 25 ha di vigneto, 1 ha a ulivo e 3 ha coltivati.",
     "L'azienda ha 25 ettari di vigneto, un ettaro a ulivo e 3 ettari coltivati."),
    ("es", "El club, fundado en 1902 ha ganado 36 ligas.", "El club, fundado en 1902 ha ganado 36 ligas."),
    ("es", "Tiene 40 ha de olivar y 1 ha cultivada; son 2.500 ha.",
     "Tiene 40 hectáreas de olivar y una hectárea cultivada; son 2.500 hectáreas."),
])
def test_hectares_and_the_verb(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # a quarter after the article a period takes; a flat of three rooms ("un T3", "le loyer du T3"), a terminal
    # ("la T4") are left
    ("fr", "Le PIB du T1 2024 et le loyer du T3 ; au T2, un T3 et le T3.",
     "Le PIB du premier trimestre 2024 et le loyer du T3 ; au deuxième trimestre, un T3 et le T3."),
    ("es", "La T4 de Barajas y en el T2.", "La T4 de Barajas y en el segundo trimestre."),
    ("it", "Nel 3° trim. e nel 4° trim.", "Nel terzo trimestre e nel quarto trimestre."),
    ("pt", "No 1.º trim. cresceu.", "No primeiro trimestre cresceu."),
    # a district and a floor after their ordinal; "arr." before a time (an arrival) is left
    ("fr", "L'arr. 14 h et le 3e arr. ; 3e ét.", "L'arr. 14 heures et le troisième arrondissement ; troisième étage."),
    # a share of parts, said with the feminine ordinal; a numerator over its denominator is no share
    ("es", "Las 3/4 partes y las 3/2 partes.", "Las 3 cuartas partes y las 3/2 partes."),
    # a law's article from the tenth on by its number, to the ninth by its ordinal
    ("pt", "O art. 5.º e os arts. 10.º e 11.º, e o artigo 1.º.",
     "O artigo quinto e os artigos 10 e 11, e o artigo primeiro."),
    # a season of two years; two years not one after the other are a span
    ("es", "La temporada 2023-24 y los años 2023-25.", "La temporada 2023 24 y los años 2023 a 25."),
    ("it", "Le stagioni 2024/25 e 2024/26.", "Le stagioni 2024 25 e 2024/26."),
])
def test_quarters_districts_shares_articles_and_seasons(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # a blood pressure, a pulse, a blood test's units per volume, a dose's weeks and tablets, an age in years
    ("fr", "TA 12/8, 2 sem. puis 1 sem., 72 bpm, 1 g/l, 5 j d'arrêt ; 5 j'ai.",
     "TA 12/8, 2 semaines puis une semaine, 72 battements par minute, 1 gramme par litre, 5 jours d'arrêt ; 5 j'ai."),
    ("de", "Puls 60/min, 3 Wo. und 10 Bp., 2,1 mg/dl.",
     "Puls 60 pro Minute, 3 Wochen und 10 Basispunkte, 2,1 Milligramm pro Deziliter."),
    ("es", "Un niño de 5 a. de edad, 50 a. C. y 1.800 kcal/día.",
     "Un niño de 5 años de edad, 50 antes de Cristo y 1.800 kilocalorías al día."),
    ("es", "Abierto de 9 a. m. a 2 p. m.", "Abierto de 9 a. m. a 2 p. m."),  # the morning, not years
    ("it", "Il 2 sett. e fra 1 sett.; 1 cp e 2 cp; 60 bpm.",
     "Il 2 settembre e fra una settimana; una compressa e 2 compresse; 60 battiti al minuto."),
    ("pt", "PA 140/90 mmHg, de 8/8 h e de 8/6 h; de 50 a. C.",
     "PA 140 por 90 milímetros de mercúrio, de 8 em 8 horas e de 8/6 horas; de 50 antes de Cristo."),
    # a medication plan's doses; a formation and a score are left
    ("de", "1-0-1 und 1-1-1-1, die 4-3-3-Formation und 2-1.", "1 0 1 und 1 1 1 1, die 4-3-3-Formation und 2 bis 1."),
])
def test_discharge_notes(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # a saint after a church's, a feast's or a street's name, by the name's gender and first letter; an initial is left
    ("it", "Via S. Stefano, chiesa di S. Antonio, festa di S. Chiara, la S. Messa; S. Rossi ha detto.",
     "Via Santo Stefano, chiesa di Sant'Antonio, festa di Santa Chiara, la Santa Messa; S. Rossi ha detto."),
    ("es", "La iglesia de S. Domingo, la calle de S. Ana; S. Pérez dijo.",
     "La iglesia de Santo Domingo, la calle de Santa Ana; S. Pérez dijo."),
    ("pt", "A igreja de S. António, a rua de S. Bento; S. Silva disse.",
     "A igreja de Santo António, a rua de São Bento; S. Silva disse."),
    ("fr", "St-Étienne, Ste-Anne et ST-2.", "Saint-Étienne, Sainte-Anne et ST-2."),
    # a flat's floor and door; the ordinal before any other noun keeps its short form
    ("es", "C/ Luna, 1.º dcha., y el 3.º puesto.", "calle Luna, primero derecha, y el tercer puesto."),
    ("pt", "o 3.º dto. e 1.º esq.", "o terceiro direito e primeiro esquerdo."),
    ("fr", "Bât. C, esc. 4.", "Bâtiment C, escalier 4."),
    ("it", "Int. 5 e l'int. della casa.", "Interno 5 e l'int. della casa."),
    # a postcode between a comma and its town, digit by digit (German) or as two numbers (Portuguese); a count is left
    ("de", "Es kamen 50667 Menschen, 10115 Berliner zogen weg; Weg 3, 80331 München.",
     "Es kamen 50667 Menschen, 10115 Berliner zogen weg; Weg 3, 8 0 3 3 1 München."),
    ("de", "Es waren 9000, 12000 Besucher.", "Es waren 9000, 12000 Besucher."),
    ("pt", "1000-200 Lisboa e 1990-2000.", "1000 200 Lisboa e 1990 a 2000."),
])
def test_churches_and_addresses(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # dates: a span of two written with a dash, and a date's stop that ends the text
    ("de", "Vom 3.10.–5.10. und bis 6.1.", "Vom dritten Oktober bis fünften Oktober und bis sechsten Januar."),
    ("pt", "De 20/12 a 3/1, entre 2/1 e 15/1; de 1/2 a 3/4 xícara.",
     "De 20 de dezembro a 3 de janeiro, entre 2 de janeiro e 15 de janeiro; de 1/2 a 3/4 xícara."),
    # a month after a word that leads to one; "o mar." is the sea
    ("pt", "Até mar. de 2025 e o mar. Até set. de 2026.", "Até março de 2025 e o mar. Até setembro de 2026."),
    # a weekday before a time, and weekdays by their initials
    ("pt", "Missa qua. às 9h.", "Missa quarta-feira às 9 horas."),
    ("es", "Abierto L-S; L-1 no.", "Abierto lunes a sábado; L-1 no."),
])
def test_notices(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


# What the voice must say of a reading (language, written, what a reader says).
_SAID = [
    # what the sweep leaves to the voice, because it says it right
    ("es", "Llame al +34 93 123 45 67.", "Llame al más 34 93 123 45 67."),
    ("fr", "Collecte le 1er mardi.", "Collecte le premier mardi."),
    ("it", "Corso Vittorio Emanuele II.", "Corso Vittorio Emanuele secondo."),
    # and what the rules give it: "2023/24" was "barra", "1100-148" "menos", "S. José" a letter
    ("it", "Nella stagione 2023/24.", "Nella stagione 2023 24."),
    ("pt", "Código postal 1100-148 Lisboa.", "Código postal 1100 148 Lisboa."),
    ("es", "La parroquia de S. José.", "La parroquia de San José."),
]
globals().update(voice_tests(_SAID))
# Text built to be slow for a rule that scans back or ahead at every start: each rule of this sweep must stay linear.
_HOSTILE = {
    "de": ["1-0-" * 10000, "1.1.–" * 10000, ", 12345 " * 10000, "im 2. OG " * 5000, "3 Wo. " * 10000],
    "fr": ["au T3 " * 10000, "3e arr. " * 10000, "St-" * 10000, "5 j " * 10000, "12/8 mmHg " * 5000],
    "es": ["2023-24-" * 10000, "las 2/3 partes " * 5000, "de S. " * 10000, "L-V-" * 10000, "1.º izda. " * 5000],
    "it": ["2024 ha " * 10000, "2024/25/" * 10000, "via S. " * 10000, "tra 2 sett. " * 5000, "int. " * 10000],
    "pt": ["art. 10.º e " * 5000, "de 6/6 h " * 5000, "de 20/12 a " * 10000, "1100-148 " * 10000, "3.º esq. " * 5000],
}
globals().update(hostile_tests(_HOSTILE))
