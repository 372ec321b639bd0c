"""Italian and Portuguese rules: what espeak-ng's voices for them misread (titles, abbreviations, km/h, money)."""

from __future__ import annotations

import pytest

from narrator.speech import speakable
from narrator.speech.segment import sentences


@pytest.mark.parametrize(("written", "spoken"), [
    ("Il sig. Rossi e la sig.ra Bianchi hanno pagato 3,50 €.",
     "Il signor Rossi e la signora Bianchi hanno pagato 3 euro e 50."),
    ("Il Dott. Verdi guidava a 50 km/h, p. es. in città.",
     "Il Dottor Verdi guidava a 50 chilometri orari, per esempio in città."),
    ("Abita al n. 5, ecc. Poi partì.", "Abita al numero 5, eccetera. Poi partì."),
])
def test_italian_rules(written: str, spoken: str) -> None:
    assert speakable(written, "it") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("O Sr. Silva e a Sra. Costa chegaram às 14h30.", "O senhor Silva e a senhora Costa chegaram às 14 horas e 30."),
    ("Custou R$ 1.234,50.", "Custou 1.234 reais e 50 centavos."),
    ("O Dr. Souza dirigia a 60 km/h.", "O doutor Souza dirigia a 60 quilômetros por hora."),
])
def test_portuguese_rules(written: str, spoken: str) -> None:
    assert speakable(written, "pt") == spoken


@pytest.mark.parametrize("written", ["Il sig. Rossi arrivò.", "Il Dott. Verdi arrivò.", "A Sra. Costa chegou."])
def test_an_italian_or_portuguese_title_ends_no_sentence(written: str) -> None:
    assert sentences(written) == [written]


def test_an_english_on_still_ends_a_sentence() -> None:
    assert sentences("The lights were on. Then they went out.") == ["The lights were on.", "Then they went out."]


@pytest.mark.parametrize(("written", "language", "spoken"), [
    # espeak-ng: "ventuno e zero zero", "vinte e um zero zero", "dois um"
    ("La Juve ha vinto 2:1 alle 21:00 o alle 9:05.", "it", "La Juve ha vinto 2 a 1 alle 21 o alle 9 e 5."),
    ("O Benfica venceu 2:1 às 21:00.", "pt", "O Benfica venceu 2 a 1 às 21 horas."),
])
def test_a_clock_time_and_a_score_with_a_colon(written: str, language: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


def test_a_portuguese_rulers_numeral() -> None:
    # espeak-ng read "VI" as the word "vi"
    assert speakable("Dom João VI e Bento XVI.", "pt") == "Dom João sexto e Bento 16."


@pytest.mark.parametrize(("written", "language", "spoken"), [
    ("È arrivato il 01/05/2024.", "it", "È arrivato il primo maggio 2024."),
    ("Chegou em 12/03/2024.", "pt", "Chegou em 12 de março de 2024."),
])
def test_a_date_in_numbers(written: str, language: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("written", "language", "spoken"), [
    # espeak-ng: "três menos um" (a minus), "cappa emme"
    ("O Benfica venceu por 3-1 a 200 km, com 25 °C.", "pt",
     "O Benfica venceu por 3 a 1 a 200 quilômetros, com 25 graus Celsius."),
    ("Ha vinto 3-1 a 200 km, 1 kg, 25 °C.", "it", "Ha vinto 3 a 1 a 200 chilometri, un chilo, 25 gradi."),
])
def test_units_spans_and_scores(written: str, language: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # espeak-ng: "sette punto quarantacinque", "emme elle di", "barra elle"
    ("Il treno parte alle 7.45, il governo ha stanziato 3,5 mld di euro.",
     "Il treno parte alle 7 e 45, il governo ha stanziato 3,5 miliardi di euro."),
    ("La benzina costa 1,95 €/l, l'indice è a 33.512 punti.",
     "La benzina costa un euro e 95 al litro, l'indice è a 33.512 punti."),
])
def test_italian_clock_scales_and_prices_per_unit(written: str, spoken: str) -> None:
    assert speakable(written, "it") == spoken


@pytest.mark.parametrize(("written", "language", "spoken"), [
    # "3 reais,5 bilhões", "centavos/l" and "dois o" before
    ("O governo anunciou R$ 3,5 bilhões e a Petrobras lucrou R$ 28,7 bi.", "pt",
     "O governo anunciou 3,5 bilhões de reais e a Petrobras lucrou 28,7 bilhões de reais."),
    ("A gasolina custa R$ 5,89/l no 2º trimestre.", "pt",
     "A gasolina custa 5 reais e 89 centavos por litro no segundo trimestre."),
    ("La 2ª edizione, il 3º posto.", "it", "La seconda edizione, il terzo posto."),
])
def test_scaled_reais_prices_per_unit_and_ordinal_indicators(written: str, language: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("written", "language", "spoken"), [
    ("Il concerto è il 25/11 alle 21.", "it", "Il concerto è il 25 novembre alle 21."),
    ("O jogo é no dia 25/11 e 30/11.", "pt", "O jogo é no dia 25 de novembro e 30 de novembro."),
    ("em 3/4 dos casos", "pt", "em 3/4 dos casos"),  # three quarters
])
def test_a_day_and_a_month_in_numbers_after_the_words_that_lead_a_date(written: str, language: str,
                                                                      spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("written", "language", "spoken"), [
    ("un film di 90 min", "it", "un film di 90 minuti"),
    ("corri 10km em 50min", "pt", "corri 10 quilômetros em 50 minutos"),
])
def test_minutes_in_full(written: str, language: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("written", "language", "spoken"), [
    ("Il prezzo sale a 150 €/MWh.", "it", "Il prezzo sale a 150 euro al megawattora."),
    ("Il treno delle 8.15 è in ritardo.", "it", "Il treno delle 8 e 15 è in ritardo."),
    ("delle 1.500 famiglie", "it", "delle 1.500 famiglie"),  # thousands
    ("Il decreto (d.l. n. 34/2020) e il d.lgs. 81/2008", "it",
     "Il decreto (decreto legge numero 34 del 2020) e il decreto legislativo 81 del 2008"),
    ("O preço sobe para 150 €/MWh.", "pt", "O preço sobe para 150 euros por megawatt-hora."),
    ("A reunião é na seg., dia 5.", "pt", "A reunião é na segunda-feira, dia 5."),
])
def test_euros_per_unit_clock_times_acts_and_weekdays(written: str, language: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("written", "language", "spoken"), [
    ("Il 3 ott. 2024 alle 14:30.", "it", "Il 3 ottobre 2024 alle 14 e 30."),
    ("Ha corso i 100 m in 10,2 s.", "it", "Ha corso i 100 metri in 10,2 secondi."),
    ("Em 3 de out. de 2024, às 14h30.", "pt", "Em 3 de outubro de 2024, às 14 horas e 30."),
    ("Correu os 100 m em 10,2 s.", "pt", "Correu os 100 metros em 10,2 segundos."),
    ("Aprox. 200 convidados.", "pt", "Aproximadamente 200 convidados."),
])
def test_shortened_months_and_seconds_after_a_decimal_comma(written: str, language: str, spoken: str) -> None:
    """"ott." and "out." made espeak-ng stop as at a sentence's end; "10,2 s" ended with the letter."""
    assert speakable(written, language) == spoken
