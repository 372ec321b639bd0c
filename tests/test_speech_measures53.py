"""Measures and prices whose shape the rules half knew: an ore's grade as a percentage before its metal, a span of
two measures around a spaced dash, a type's size over its leading, the yards after a racecard's furlongs, a cent's
price before what it buys, a ration per head per day, Europe's dash for no cents and its stops between thousands
before a trailing euro sign, and Swiss francs as German writes them. Written from examples of our own, each class
with near misses that keep their reading."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("The ore grades 1.2% Cu.", "The ore grades one point two percent copper."),
    ("It returned 14 m at 0.62% Cu from 120 m.",
     "It returned fourteen meters at zero point six two percent copper from one hundred and twenty meters."),
    ("The nickel zone runs 2.4% Ni and 0.15% Co.",
     "The nickel zone runs two point four percent nickel and zero point one five percent cobalt."),
    ("Hole 7 cut 3.1% Zn, 1.4% Pb and 22 g/t Ag over 8 m.",
     "Hole seven cut three point one percent zinc, one point four percent lead and twenty two grams per tonne silver"
     " over eight meters."),
    ("The resource holds 0.8% CuEq.", "The resource holds zero point eight percent copper equivalent."),
    ("Members get a 5% Co-op discount.", "Members get a five percent Co-op discount."),  # a shop, no metal
    ("The 4% Pb-free solder.", "The four percent Pb-free solder."),
])
def test_an_ores_grade_as_a_percentage_names_its_metal(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Waves of 2 m – 3 m are expected.", "Waves of two meters to three meters are expected."),
    ("Waves of 2m – 3m are expected.", "Waves of two meters to three meters are expected."),
    ("Weights of 5 kg — 10 kg.", "Weights of five kilograms to ten kilograms."),
    ("Sizes run 10 mm - 20 mm.", "Sizes run ten millimeters to twenty millimeters."),
    ("Lay 1,500 m – 2,000 m of cable.",
     "Lay one thousand five hundred meters to two thousand meters of cable."),
    ("Paris – 5 km – Lyon.", "Paris - five kilometers - Lyon."),  # one measure between two places
    ("It weighed 10 kg - 2 kg of it water.", "It weighed ten kilograms - two kilograms of it water."),  # falls
    ("Waves of 2 m–3 m are expected.", "Waves of two meters to three meters are expected."),  # unspaced, as before
])
def test_a_spaced_dash_between_rising_measures_is_a_span(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Set the type in 10/12 pt Garamond.", "Set the type in ten on twelve point Garamond."),
    ("The body text is 9/11pt.", "The body text is nine on eleven point."),
    ("Use 12/14 pt for headings.", "Use twelve on fourteen point for headings."),
    ("Captions are 8/9.5 pt.", "Captions are eight on nine point five point."),
    ("Set in 10/12 point Baskerville.", "Set in ten on twelve point Baskerville."),
    ("On 12/14 the point was made.", "On December fourteenth the point was made."),  # a date, no size
    ("The poll moved 3/4 pt.", "The poll moved three quarters pint."),  # a fraction below a type's size: not ours
])
def test_a_types_size_over_its_leading_is_said_on(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The course is 1m 4f 6y on good ground.", "The course is one mile four furlongs six yards on good ground."),
    ("She won over 2m 1f 110y at Cheltenham.",
     "She won over two miles one furlong one hundred ten yards at Cheltenham."),
    ("The race is run over 7f 213y.", "The race is run over seven furlongs two hundred thirteen yards."),
    ("The 1m 7f 209y handicap was abandoned.",
     "The one mile seven furlongs two hundred nine yards handicap was abandoned."),
    ("He was beaten over 5f 1y.", "He was beaten over five furlongs one yard."),
    ("A 4f 2y old.", "A four f two y old."),  # no race, no furlongs: left
])
def test_a_racecards_yards_follow_its_furlongs(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("A 99¢ coffee is a bargain.", "A ninety nine cent coffee is a bargain."),
    ("The 25¢ stamp went up.", "The twenty five cent stamp went up."),
    ("She found 50¢ coins in the jar.", "She found fifty cent coins in the jar."),
    ("The 5¢ deposit on bottles.", "The five cent deposit on bottles."),
    ("Coffee is 99¢ a cup.", "Coffee is ninety nine cents a cup."),
    ("It costs 75¢ per pound.", "It costs seventy five cents per pound."),
    ("Pay 99¢ for the app.", "Pay ninety nine cents for the app."),
])
def test_a_cents_price_before_what_it_buys_is_singular(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Pigs gain 0.8 kg/head/day.", "Pigs gain zero point eight kilograms per head per day."),
    ("Hens eat 120 g/bird/day.", "Hens eat one hundred and twenty grams per bird per day."),
    ("Allow 50 L/person/day for washing.", "Allow fifty liters per person per day for washing."),
    ("The breed averages 30 L/cow/day.", "The breed averages thirty liters per cow per day."),
    ("The ration is 2.5 kg/ewe/day.", "The ration is two point five kilograms per ewe per day."),
    ("Give 10 mg/kg/day in two doses.", "Give ten milligrams per kilogram per day in two doses."),
    ("Use 380 kcal/cup.", "Use three hundred and eighty kilocalories per cup."),
])
def test_a_ration_per_head_per_day(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Pogačar è 3° nella generale.", "Pogačar è terzo nella generale."),
    ("Chiude 5° nella classifica generale.", "Chiude quinto nella classifica generale."),
    ("Il Torino è 4° in classifica con 40 punti.", "Il Torino è quarto in classifica con 40 punti."),
    ("Termina 2° a 3 secondi.", "Termina secondo a 3 secondi."),
    ("Domani 30° nella pianura.", "Domani 30° nella pianura."),  # heat
    ("Fa 38° in città.", "Fa 38° in città."),
])
def test_an_italian_rank_in_a_standing_is_an_ordinal(written: str, spoken: str) -> None:
    assert speakable(written, "it") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("It costs CHF 20.–.", "It costs twenty Swiss francs."),
    ("The menu costs €29,-.", "The menu costs twenty nine euros."),
    ("Lunch was 250,- Kč.", "Lunch was two hundred and fifty koruna."),
    ("It costs Rs.150/- only.", "It costs one hundred and fifty rupees only."),  # as before
    ("A room is 1.200,- € a month.", "A room is one thousand two hundred euros a month."),
    ("The vote was 3.- no.", "The vote was three.- no."),  # no currency beside it
    ("Pages 12.-15 are missing.", "Pages twelve.-fifteen are missing."),
])
def test_a_dash_for_no_cents_is_not_said(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("A room is 1.200 € a month.", "A room is one thousand two hundred euros a month."),
    ("A room is 1.200,00 € a month.", "A room is one thousand two hundred euros a month."),
    ("It costs 1.000.000 ₫.", "It costs one million dong."),
    ("It is 1,45 €/L.", "It is one euro forty five cents per liter."),  # a comma's cents, as before
    ("It is 1.25 €.", "It is one euro twenty five cents."),  # two digits after the stop: cents
    ("It is 1.5€.", "It is one euro fifty cents."),
])
def test_stops_between_thousands_before_a_trailing_sign(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Der Eintritt kostet CHF 20.–.", "Der Eintritt kostet 20 Franken."),
    ("Der Eintritt kostet CHF 12.50.", "Der Eintritt kostet 12 Franken 50."),
    ("Der Eintritt kostet Fr. 12.50.", "Der Eintritt kostet 12 Franken 50."),
    ("Der Kaffee kostet Fr. 4.80 im Bahnhof.", "Der Kaffee kostet 4 Franken 80 im Bahnhof."),
    ("Das Velo kostet SFr. 1'250.–.", "Das Velo kostet 1250 Franken."),
    ("Es kostet 1,04 CHF.", "Es kostet 1,04 Franken."),  # as before
    ("Das Konzert ist am Fr. 20. Mai.", "Das Konzert ist am Freitag zwanzigsten Mai."),  # a weekday
    ("Am Fr. 20.05. ist zu.", "Am Freitag zwanzigsten Mai ist zu."),  # a date, not twenty francs five
])
def test_swiss_francs_in_german(written: str, spoken: str) -> None:
    assert speakable(written, "de") == spoken


@pytest.mark.parametrize("token", ["1% Cu ", "2 m – 3 m – ", "9/11 pt/", "furlongs 6y ", "a 9¢ ", "5 kg/head/day/",
                                   "€1,- ", "1.200.200 €", "1.2,- 1 "])
def test_the_rules_stay_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "en"))


@pytest.mark.parametrize("token", ["Fr. 1.– ", "CHF 1'000'000", "Fr. 12.05."])
def test_the_german_rule_stays_linear(token: str) -> None:
    check_linear(token, read=lambda text: speakable(text, "de"))
