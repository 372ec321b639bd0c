"""A second sweep of news sentences in German, French, Spanish, Italian and Portuguese (h81): money with codes and
short scales, percentages and ranges, dates and spans, clock times, ordinals, units, telephone numbers,
abbreviations before numbers, centuries in Roman numerals, decades, scores, fractions, years and counts
(tests/fixtures/speech/languages_sweep2.tsv, each row read in its language column's tag). Before these rules the
sweep read 192 of 206 rows as written and 199 as espeak-ng's voices said them; now 205. The classes fixed are below,
the sweep's and those found listening past it, each with what it must leave alone; the readings left to the voice are
checked against its phonemes."""

from __future__ import annotations

import pytest
from sweeps import LANGUAGES, Sweep, hostile_tests, needs_espeak, phonemes, sweep_tests, voice_tests

from narrator.speech import speakable

# "Er kam als 3. ins Ziel." is read since h166 (a place after "als" by the subject's pronoun: "als Dritter").
_KNOWN_MISSES: dict[str, str] = {}


SWEEP = Sweep("languages_sweep2.tsv", _KNOWN_MISSES, form=str, tagged=True, least=200, languages=LANGUAGES)
globals().update(sweep_tests(SWEEP))


@pytest.mark.parametrize(("written", "spoken"), [
    # two days with a slash ("3./vierter Mai")
    ("Das Fest ist am 3./4. Mai.", "Das Fest ist am dritten und vierten Mai."),
    ("Vom 3. bis 5. März.", "Vom dritten bis fünften März."),
    # "der" after a preposition is dative ("in der zweite Bundesliga")
    ("Er spielt in der 2. Bundesliga.", "Er spielt in der zweiten Bundesliga."),
    ("Mit der 3. Dosis und für die 2. Runde.", "Mit der dritten Dosis und für die zweite Runde."),
    ("Der 2. Weltkrieg endete.", "Der zweite Weltkrieg endete."),  # nominative
    # a date with a space after each stop, with its year
    ("Er wurde am 3. 10. 1990 geboren.", "Er wurde am dritten Oktober neunzehnhundertneunzig geboren."),
    ("Am 3. 10. kam er.", "Am 3. 10. kam er."),  # no year, no proof
    ("Kapitel 3. 10. 2000 Menschen.", "Kapitel 3. 10. 2000 Menschen."),  # a list of numbers
    # what a car uses over a hundred kilometres ("6 l/100 Kilometer")
    ("Er verbraucht 6 l/100 km, sie 18 kWh/100km.",
     "Er verbraucht 6 Liter auf 100 Kilometer, sie 18 Kilowattstunden auf 100 Kilometer."),
    ("Das sind 6 l.", "Das sind 6 Liter."),
    # a road's kilometre before its number ("ka em"); a length after a number keeps its unit's reading
    ("Die A7 ist zwischen km 120 und km 135 gesperrt.",
     "Die A7 ist zwischen Kilometer 120 und Kilometer 135 gesperrt."),
    ("Er lief 3 km 200 m.", "Er lief 3 Kilometer 200 Meter."),
])
def test_german(written: str, spoken: str) -> None:
    assert speakable(written, "de") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # two weekdays' abbreviations as a span, without a day's number ("lun", "ven": syllables)
    ("Ouvert de 9h à 18h30, du lun. au ven.", "Ouvert de 9 heures à 18 heures 30, du lundi au vendredi."),
    ("Ouvert lun.-ven. Fermé le dim.", "Ouvert du lundi au vendredi. Fermé le dimanche."),  # after "le" (h93)
    ("Le mar. 12 mars.", "Le mardi 12 mars."),
    # a unit after "du", "le", "au" or "par" with no number ("du M deux")
    ("Le prix du m² atteint 10 500 €.", "Le prix du mètre carré atteint 10 500 euros."),
    ("Il a 3 m2 et 5 m3 par m3.", "Il a 3 mètres carrés et 5 mètres cubes par mètre cube."),
    # a law's number after "numéro", its year first ("2024 à 123")
    ("La loi n° 2024-123 du 5 mars 2024.", "La loi numéro 2024 tiret 123 du 5 mars 2024."),
    ("Le n° 12-14 reste.", "Le numéro 12 à 14 reste."),  # house numbers: a span
    ("L'article L. 123-4 du Code et l'art. R. 4127-1.", "L'article L 123 tiret 4 du Code et l'article R 4127 tiret 1."),
    # "2d" and "2de" are the second ("deux d"); "2D" is a dimension
    ("Il a été élu au 2d tour, la 2de fois, en 2D.", "Il a été élu au second tour, la seconde fois, en 2D."),
    # a road's kilometre before its number
    ("Accident au km 30 de l'A7, il a fait 3 km 200.", "Accident au kilomètre 30 de l'A7, il a fait 3 kilomètres 200."),
    # an abbreviation before a number ("art" and a sentence break)
    ("Voir les arts. 3 et 4, chap. 2, al.3.", "Voir les articles 3 et 4, chapitre 2, alinéa 3."),
    ("Le vol. 2 paraît.", "Le volume 2 paraît."),
    ("C'est de l'art. Puis il part.", "C'est de l'art. Puis il part."),  # the word ending a sentence
    ("Le vol. Il a eu lieu.", "Le vol. Il a eu lieu."),
    # a number led by 0 in groups of three, which the voice joined ("zéro milliard huit cents millions ...")
    ("Appelez le 0800 123 456.", "Appelez le 0800, 123, 456."),
    ("Appelez le 01 42 76 40 40.", "Appelez le 01 42 76 40 40."),  # pairs: said one by one already
    ("Il y a 0 100 200 300 400 500.", "Il y a 0 100 200 300 400 500."),  # too long for a telephone number
    ("Le salaire est de 1 850 € net.", "Le salaire est de 1 850 euros net."),  # a count, no 0 before it
])
def test_french(written: str, spoken: str) -> None:
    assert speakable(written, "fr") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a place with the degree sign after the verb that gives it ("tre gradi")
    ("Si è classificata 5° nella gara.", "Si è classificata quinta nella gara."),
    ("Sono arrivati 2° e 3°.", "Sono arrivati secondi e 3°."),
    ("La temperatura è salita a 38° oggi.", "La temperatura è salita a 38° oggi."),  # degrees
    ("È arrivato 3°C più caldo.", "È arrivato 3 gradi più caldo."),
    # hours with their "h" apart ("acca"), a minute's zero, whole seconds after minutes
    ("Aperto 24 h su 24.", "Aperto 24 ore su 24."),
    ("Corre in 1 h 59 min 40 s.", "Corre in un'ora 59 minuti 40 secondi."),
    ("Pesa 5 hg.", "Pesa 5 hg."),  # no hour
    # a scale's stop that also ends the sentence
    ("La manovra vale 3,5 mld. Poi il resto.", "La manovra vale 3,5 miliardi. Poi il resto."),
    ("Vale 3,5 mld. di euro e 200 mln.", "Vale 3,5 miliardi di euro e 200 milioni."),
    # weekdays as a span, a unit with no number before it
    ("Aperto dal lun. al ven. dalle 9 alle 18.", "Aperto dal lunedì al venerdì dalle 9 alle 18."),
    ("Il prezzo al m² è salito, 3.000 euro al mq.", "Il prezzo al metro quadrato è salito, 3.000 euro al metro "
     "quadrato."),
    ("Ha 3 m2.", "Ha 3 metri quadrati."),
    # an act's number and year after "D.P.R." and "l." ("barra"), a road's kilometre
    ("Il D.P.R. 445/2000 e la l. 241/1990.", "Il D.P.R. 445 del 2000 e la legge 241 del 1990."),
    ("Incidente al km 30 della A1.", "Incidente al chilometro 30 della A1."),
])
def test_italian(written: str, spoken: str) -> None:
    assert speakable(written, "it") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a score written with "x" ("xis") after a word of winning, losing or drawing, or between two names
    ("Venceu por 2x1 e depois empatou em 1 X 1!", "Venceu por 2 a 1 e depois empatou em 1 a 1!"),
    ("O Brasil venceu a Argentina por 3 x 1 no Mineirão.", "O Brasil venceu a Argentina por 3 a 1 no Mineirão."),
    ("Flamengo 3 x 0 Vasco, no Maracanã.", "Flamengo 3 a 0 Vasco, no Maracanã."),
    # sides before a length are "por" (the voice said "xis"; h127); ratios and sums keep their "x"
    ("O revezamento 4 x 100 m.", "O revezamento 4 por 100 metros."),
    ("Uma sala de 3 x 4 metros.", "Uma sala de 3 por 4 metros."),
    ("Perdeu a sala de 3 x 4 m.", "Perdeu a sala de 3 por 4 metros."),
    ("Sabe-se que 2 x 2 = 4.", "Sabe-se que 2 x 2 = 4."),
    ("Usou 3 x 2 peças.", "Usou 3 x 2 peças."),
    # weekdays as a span, a unit with no number, a sign after "de" with no amount, a law's number and year
    ("Aberto de seg. a sex. das 9h às 18h.", "Aberto de segunda-feira a sexta-feira das 9 horas às 18 horas."),
    ("O preço do m² subiu 5%.", "O preço do metro quadrado subiu 5%."),
    ("Captou 2 bilhões de US$, e mais.", "Captou 2 bilhões de dólares, e mais."),
    ("O prêmio é de US$ 1 milhão.", "O prêmio é de 1 milhão de dólares."),  # an amount after it
    ("A Lei 14.133/2021 e a Lei nº 8.666/1993.", "A Lei 14.133 de 2021 e a Lei número 8.666 de 1993."),
    ("A casa 3/2021 no 12/03/2024.", "A casa 3/2021 no 12 de março de 2024."),  # no law before it
    # the first after a name ("i"), the century shortened
    ("D. Pedro I governou o Brasil.", "Dom Pedro primeiro governou o Brasil."),
    ("Fase I do plano.", "Fase 1 do plano."),
    ("No séc. XIX a cidade cresceu.", "No século 19 a cidade cresceu."),
    # the ordinal's sign written for degrees where the clause speaks of heat; a road's kilometre
    ("A temperatura chegou a 38º.", "A temperatura chegou a 38 graus."),
    ("Ficou em 2º.", "Ficou em segundo."),
    ("A BR-101 está interditada no km 230.", "A BR-101 está interditada no quilômetro 230."),
    ("Andou 3 km 200 m.", "Andou 3 quilômetros 200 metros."),
])
def test_portuguese(written: str, spoken: str) -> None:
    assert speakable(written, "pt") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Abierto de lun. a vie. de 9 a 14 h.", "Abierto de lunes a viernes de 9 a 14 horas."),
    ("El precio del m² subió y cuesta 3.000 € el m2.", "El precio del metro cuadrado subió y cuesta 3.000 euros el "
     "metro cuadrado."),
    ("Vendió por 2.500 millones de $. Luego más.", "Vendió por 2.500 millones de dólares. Luego más."),
    ("Cambio de $ 5 hoy.", "Cambio de 5 dólares hoy."),  # an amount after the sign
    ("La Ley 3/2024, de 12 de marzo, y el Real Decreto 463/2020.",
     "La Ley 3 de 2024, de 12 de marzo, y el Real Decreto 463 de 2020."),
    ("Juan Carlos I abdicó en 2014; Isabel I, reina.", "Juan Carlos primero abdicó en 2014; Isabel primera, reina."),
    ("Fase I del plan.", "Fase 1 del plan."),
    ("Carlos I. García firmó.", "Carlos I. García firmó."),  # an initial
    # the ordinal's sign written for degrees where the clause speaks of heat ("trigésimo octavo")
    ("La máxima será de 38º y hará 40º a la sombra.", "La máxima será de 38 grados y hará 40 grados a la sombra."),
    ("Con calor, quedó 3º en la general.", "Con calor, quedó tercero en la general."),  # another clause: a place
    ("El 2.º piso.", "El segundo piso."),
    ("Hubo un accidente en el km 30 de la A-6.", "Hubo un accidente en el kilómetro 30 de la A-6."),
])
def test_spanish(written: str, spoken: str) -> None:
    assert speakable(written, "es") == spoken


# What the voice must say of a reading (language, written, what a reader says).
_SAID = [
    # what the rules leave to the voice, because it says it right
    ("de", "Die Temperatur fiel auf -8 °C.", "Die Temperatur fiel auf minus 8 Grad Celsius."),
    ("de", "Die 20er Jahre waren wild.", "Die zwanziger Jahre waren wild."),
    ("it", "Fu costruito nel XVI secolo.", "Fu costruito nel sedicesimo secolo."),
    ("it", "Papa Pio XII morì nel 1958.", "Papa Pio dodicesimo morì nel 1958."),
    ("it", "A Milano si registrano -4 °C.", "A Milano si registrano meno 4 gradi."),
    ("es", "Nació en el siglo XIX.", "Nació en el siglo 19."),
    # and what the rules give it
    ("it", "È arrivato 3° al traguardo.", "È arrivato terzo al traguardo."),
    ("pt", "O jogo terminou 2 x 1.", "O jogo terminou 2 a 1."),
]
globals().update(voice_tests(_SAID))


@needs_espeak
def test_the_voice_says_a_french_toll_free_number_group_by_group() -> None:
    """Left as written, "0 800 123 456" was "zéro milliard huit cents millions ..."; now no group joins the next."""
    written = "Le numéro vert est le 0 800 123 456."
    assert "milj" in phonemes(written, "fr")
    ours = phonemes(speakable(written, "fr"), "fr")
    assert "milj" not in ours and " m'il" not in ours


# Text built to be slow for a rule that scans back or ahead at every start: each rule of this sweep must stay linear.
_HOSTILE = {
    "fr": ["lun.-" * 10000, "0 800 " * 10000, "numéro 2024-" * 5000, "du m2 " * 10000, "art. " * 10000,
           "article L. 123-" * 5000, "au 2d " * 10000, "au km 3 " * 5000],
    "es": ["lun. a " * 10000, "de US$ " * 10000, "Ley 3/2024 " * 5000, "Carlos I, " * 10000, "calor 38º " * 5000,
           "38º " * 10000, "el km 3 " * 5000],
    "it": ["arrivato 3° " * 5000, "2 h 08 min " * 5000, "3,5 mld. " * 10000, "dal lun. al " * 5000,
           "la l. 241/1990 " * 5000, "D.P.R. 4/2000 " * 5000],
    "pt": ["venceu 2 x " * 5000, "Flamengo 2 x 1 " * 5000, "Lei 8.666/1993 " * 5000, "Pedro I " * 10000,
           "calor 38º " * 5000, "no km 3 " * 5000],
    "de": ["3./" * 10000, "3. 10. " * 5000, "in der 2. " * 5000, "6 l/100 km " * 5000],
}
globals().update(hostile_tests(_HOSTILE))

