"""A tariff's price per unit to three or four decimal places, in the languages that write a decimal comma ("0,152
€/kWh" -> "0,152 euros por kilovatio hora"; left as "€/kWh" before, which the voice said "euro barre" or spelled), as
whole euros and a tenth were read; two decimals stay cents. Written from examples of our own."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("language", "written", "spoken"), [
    ("es", "La luz costará 0,152 €/kWh el lunes.", "La luz costará 0,152 euros por kilovatio hora el lunes."),
    ("es", "El gas sube a 0,0893 €/kWh.", "El gas sube a 0,0893 euros por kilovatio hora."),
    ("pt", "O preço desce para 0,1658 €/kWh.", "O preço desce para 0,1658 euros por quilowatt-hora."),
    ("fr", "Le tarif passe à 0,2516 €/kWh.", "Le tarif passe à 0,2516 euros par kilowattheure."),
    ("it", "Il prezzo è di 0,132 €/kWh.", "Il prezzo è di 0,132 euro al chilowattora."),
    ("es", "El kilo de tomates vale 1,25 €/kg.", "El kilo de tomates vale un euro con 25 por kilo."),  # the cents rule
    ("es", "La luz costará 0,15 €/kWh.", "La luz costará 15 céntimos por kilovatio hora."),
    ("es", "Pagó 0,15234 €/kWh.", "Pagó 0,15234 €/kWh."),  # five places: no tariff writes them; left
])
def test_a_tariffs_price_to_three_or_four_places_is_said(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


def test_the_rule_stays_linear() -> None:
    check_linear("0,152 €/kWh ", read=lambda text: speakable(text, "es"))
