"""French and Spanish rules: what espeak-ng's voices for them misread (titles, ordinals, hours, km/h, euros)."""

from __future__ import annotations

import pytest

from narrator.speech import speakable
from narrator.speech.segment import sentences


@pytest.mark.parametrize(("written", "spoken"), [
    ("M. Dupont et Mme Martin sont arrivés à 14h30.", "Monsieur Dupont et Madame Martin sont arrivés à 14 heures 30."),
    ("Le n° 5 habite au 2e étage.", "Le numéro 5 habite au deuxième étage."),  # "Le" is no Roman numeral
    ("Au XIXe siècle, on roulait à 5 km/h.", "Au dix-neuvième siècle, on roulait à 5 kilomètres heure."),
    ("La Ve République.", "La cinquième République."),
    ("Le billet coûte 1 234,50 € (cf. p. 12).", "Le billet coûte 1 234 euros 50 (voir page 12)."),
    ("Je suis content. Me voilà.", "Je suis content. Me voilà."),  # the pronoun, no title
])
def test_french_rules(written: str, spoken: str) -> None:
    assert speakable(written, "fr") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("El Sr. García y la Sra. López llegaron a las 14:30 h.",
     "El señor García y la señora López llegaron a las 14 y 30."),
    ("En EE. UU. cuesta 1.234,50 €, p. ej. en Texas.",
     "En Estados Unidos cuesta 1.234 euros con 50, por ejemplo en Texas."),
    ("Vive en el n.º 5 de la Avda. Sol.", "Vive en el número 5 de la avenida Sol."),
    ("Iba a 5 km/h, etc. Luego paró.", "Iba a 5 kilómetros por hora, etcétera. Luego paró."),
    ("La letra D. es bonita.", "La letra D. es bonita."),  # "D." is "don" only before a name
])
def test_spanish_rules(written: str, spoken: str) -> None:
    assert speakable(written, "es") == spoken


@pytest.mark.parametrize("written", ["La Sra. López llegó.", "En EE. UU. cuesta más."])
def test_a_spanish_title_or_abbreviation_ends_no_sentence(written: str) -> None:
    assert sentences(written) == [written]


@pytest.mark.parametrize(("written", "language", "spoken"), [
    # espeak-ng: "vingt et un heures zéro zéro", "veintiuno cero cero", "dos uno"
    ("Le PSG a gagné 3:0, coup d'envoi à 21:00 ou 9:05.", "fr",
     "Le PSG a gagné 3 à 0, coup d'envoi à 21 heures ou 9 heures 5."),
    ("El Madrid ganó 2:1 a las 21:00 h, o a las 9:05.", "es", "El Madrid ganó 2 a 1 a las 21 horas, o a las 9 y 5."),
])
def test_a_clock_time_and_a_score_with_a_colon(written: str, language: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("written", "language", "spoken"), [
    # espeak-ng: "Louis quatorze romain", "François i-er", the Spanish "Felipe vi" (the word)
    ("Louis XIV régna après Henri IV.", "fr", "Louis 14 régna après Henri 4."),
    ("François Ier et Élisabeth Ire.", "fr", "François premier et Élisabeth première."),
    ("Le chapitre III; son CV en taille XL.", "fr", "Le chapitre 3; son CV en taille XL."),
    ("Felipe VI y la reina Isabel II.", "es", "Felipe sexto y la reina Isabel segunda."),
    ("Alfonso XIII, el capítulo IV del siglo XX.", "es", "Alfonso 13, el capítulo 4 del siglo 20."),
])
def test_a_rulers_numeral_and_a_chapters(written: str, language: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("written", "language", "spoken"), [
    # espeak-ng: "douze zéro trois deux mille vingt-quatre", "un virgule cinq M D euro", "un euros"
    ("Macron est venu le 12/03/2024 et le 01/05/2024.", "fr", "Macron est venu le 12 mars 2024 et le 1er mai 2024."),
    ("Un budget de 1,5 Md€, puis 300 M€ et 50 k€.", "fr",
     "Un budget de 1,5 milliard d'euros, puis 300 millions d'euros et 50 mille euros."),
    ("Le gazole coûte 1,85 €/l, le pain 2,50 €.", "fr", "Le gazole coûte 1 euro 85 par litre, le pain 2 euros 50."),
    ("Llegó el 12/03/2024.", "es", "Llegó el 12 de marzo de 2024."),
])
def test_a_date_in_numbers_and_euros_in_budgets(written: str, language: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("written", "language", "spoken"), [
    # espeak-ng: "ka eme", "tres uno", "siete punto treinta", "el art" and a break
    ("Unos 200 km, 1 kg y 1,5 m² por 10-15 personas; ganó 3-1.", "es",
     "Unos 200 kilómetros, un kilo y 1,5 metros cuadrados por 10 a 15 personas; ganó 3 a 1."),
    ("El AVE sale a las 7.30 h; la obra cuesta 3,5 M€ según el art. 155.", "es",
     "El AVE sale a las 7 y 30; la obra cuesta 3,5 millones de euros según el artículo 155."),
    ("Il a couru 1,5 km puis 10 km par 35 °C, score 3-1.", "fr",
     "Il a couru 1,5 kilomètre puis 10 kilomètres par 35 degrés Celsius, score 3 à 1."),
    # a telephone number, a date ("Tel." said in full since h93's sweep)
    ("Tel. 555-1234, el 2024-03-12.", "es", "Teléfono 555-1234, el 2024-03-12."),
])
def test_units_spans_and_scores(written: str, language: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


def test_a_spanish_ordinal_indicator_is_said_with_its_gender() -> None:
    assert speakable("La 2ª edición del 1.º de mayo.", "es") == "La segunda edición del primero de mayo."


def test_a_spanish_first_or_third_before_its_noun_is_cut_short() -> None:
    assert speakable("El 3º puesto y el 1.º de mayo.", "es") == "El tercer puesto y el primero de mayo."


def test_a_spanish_first_written_short() -> None:
    assert speakable("El 1.er puesto y el 3er lugar.", "es") == "El primer puesto y el tercer lugar."


@pytest.mark.parametrize(("written", "language", "spoken"), [
    ("Il le rediffusera les 25/11, 30/11 et 02/12 prochains.", "fr",
     "Il le rediffusera les 25 novembre, 30 novembre et 2 décembre prochains."),  # was "vingt-cinq onze"
    ("Rendez-vous le 05/06 à Paris, ou le 1/05.", "fr", "Rendez-vous le 5 juin à Paris, ou le 1er mai."),
    # three quarters: after a plural article a fraction before "of" is a share, never a date (espeak-ng said "trois
    # quatre", "tres barra cuatro"; h127)
    ("Les 3/4 des votants ont dit oui.", "fr", "Les 3 quarts des votants ont dit oui."),
    ("le 3/4 à 20h", "fr", "le 3/4 à 20 heures"),  # the third of April or three quarters: left to the voice
    ("El concierto es el 25/11 y el 02/12.", "es", "El concierto es el 25 de noviembre y el 2 de diciembre."),
    ("los 3/4 de la población", "es", "los 3 cuartos de la población"),
])
def test_a_day_and_a_month_in_numbers_after_the_words_that_lead_a_date(written: str, language: str,
                                                                      spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("written", "language", "spoken"), [
    ("Braguino (documentaire, 50min, Arte)", "fr", "Braguino (documentaire, 50 minutes, Arte)"),  # was "cinquante main"
    ("courir 10 km en 1 min", "fr", "courir 10 kilomètres en une minute"),  # "une" since h175
    ("La película dura 2h30.", "es", "La película dura 2 horas y 30."),  # was "dos hache treinta"
    ("Abre a las 14h y cierra a la 1h05.", "es", "Abre a las 14 horas y cierra a la una hora y 5."),
])
def test_minutes_and_hours_glued_to_their_number(written: str, language: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("written", "language", "spoken"), [
    ("Le prix atteint 150 €/MWh.", "fr", "Le prix atteint 150 euros par mégawattheure."),
    ("El precio sube a 150 €/MWh.", "es", "El precio sube a 150 euros por megavatio hora."),  # was "euro barra M U B"
    ("La gasolina cuesta 1,65 €/l.", "es", "La gasolina cuesta un euro con 65 por litro."),  # was "1 euros con 65/l"
    ("La réunion aura lieu mar. 12 à 14 h 30.", "fr", "La réunion aura lieu mardi 12 à 14 heures 30."),
    ("Será el lun. 5 de junio.", "es", "Será el lunes 5 de junio."),
    ("El mar. Es azul.", "es", "El mar. Es azul."),  # the sea, before no day
])
def test_whole_euros_per_unit_and_a_weekday_before_its_day(written: str, language: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("written", "language", "spoken"), [
    ("Le 3 oct. 2024 à 14h30.", "fr", "Le 3 octobre 2024 à 14 heures 30."),
    ("Il a couru le 100 m en 10,2 s.", "fr", "Il a couru le 100 mètres en 10,2 secondes."),
    ("Env. 200 invités.", "fr", "Environ 200 invités."),
    ("Ils étaient sept. Ensuite ils partirent.", "fr", "Ils étaient sept. Ensuite ils partirent."),  # seven
    ("El 3 de oct. de 2024 a las 14:30 h.", "es", "El 3 de octubre de 2024 a las 14 y 30."),
    ("Corrió los 100 m en 10,2 s.", "es", "Corrió los 100 metros en 10,2 segundos."),
    ("Aprox. 200 invitados.", "es", "Aproximadamente 200 invitados."),
    ("Creció hasta 12,3 mil M€.", "es", "Creció hasta 12,3 mil millones de euros."),
])
def test_shortened_months_seconds_and_capitalised_abbreviations(written: str, language: str, spoken: str) -> None:
    """"oct." made espeak-ng stop as at a sentence's end, "10,2 s" ended with the letter, "Env." was not read."""
    assert speakable(written, language) == spoken
