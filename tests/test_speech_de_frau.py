"""German "Fr.": after a preposition and before a name it is "Frau" ("für Fr. Schmidt" was "für Freitag. Schmidt", with
a stop that ended the sentence before the name; "an Fr. Meier" was left), and a weekday before a time of the day keeps
no stop ("bis Fr. Abend" -> "bis Freitag Abend"). A weekday after "am", "ab" or in a list of weekdays stays one.
Written from examples of our own."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("Der Preis geht für Fr. Schmidt an die Schule.", "Der Preis geht für Frau Schmidt an die Schule."),
    ("Ein Gespräch mit Fr. Dr. Müller.", "Ein Gespräch mit Frau Doktor Müller."),
    ("Danke an Fr. Meier und Hr. Braun.", "Danke an Frau Meier und Herr Braun."),
    ("Danke an Fr. Meier und Fr. Braun.", "Danke an Frau Meier und Frau Braun."),
    ("Die Straße ist bis Fr. Abend gesperrt.", "Die Straße ist bis Freitag Abend gesperrt."),
    ("Bis Fr. Nachmittag bleibt es trocken.", "Bis Freitag Nachmittag bleibt es trocken."),
    # weekdays
    ("Geöffnet ab Fr. 18 Uhr.", "Geöffnet ab Freitag 18 Uhr."),
    ("Am Fr. kommt der Techniker.", "Am Freitag kommt der Techniker."),
    ("Wir kommen am Fr. Dann sehen wir weiter.", "Wir kommen am Freitag. Dann sehen wir weiter."),
    ("Geöffnet Mo. und Fr. Ruhetag.", "Geöffnet Montag und Freitag Ruhetag."),  # no name, a weekday, no stop
])
def test_fr_is_frau_before_a_name_and_friday_before_a_time_of_day(written: str, spoken: str) -> None:
    assert speakable(written, "de") == spoken


def test_the_rule_stays_linear() -> None:
    check_linear("für Fr. Meier ", read=lambda text: speakable(text, "de"))
