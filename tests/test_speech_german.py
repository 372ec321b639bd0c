"""German rules: what espeak-ng's German voice misreads (ordinal dates, abbreviations, "Uhr", euros)."""

from __future__ import annotations

import pytest

from narrator.config import SpeechSettings
from narrator.model import Block, BlockKind, Document, Metadata
from narrator.speech import script, speakable
from narrator.speech.segment import sentences


@pytest.mark.parametrize(("written", "spoken"), [
    # a day's ordinal before its month, its ending set by the word before it
    ("Am 3. Oktober 2023 stiegen die Preise.", "Am dritten Oktober 2023 stiegen die Preise."),
    ("Vom 3. bis 5. Mai tagt der Rat.", "Vom dritten bis fünften Mai tagt der Rat."),
    ("Berlin, 3. Okt. 2023", "Berlin, dritter Oktober 2023"),
    # an ordinal between an article and a noun
    ("Im 19. Jahrhundert war das anders.", "Im neunzehnten Jahrhundert war das anders."),
    ("Der 2. Weltkrieg endete 1945.", "Der zweite Weltkrieg endete neunzehnhundertfünfundvierzig."),
    ("Zum 3. Mal gewann er.", "Zum dritten Mal gewann er."),
    # abbreviations espeak-ng spells and breaks the sentence after
    ("Das ist z. B. gut, d. h. sehr gut, u. a. wegen Nr. 5.",
     "Das ist zum Beispiel gut, das heißt sehr gut, unter anderem wegen Nummer 5."),
    ("Dr. Müller und Prof. Weber kamen.", "Doktor Müller und Professor Weber kamen."),
    ("Er wohnt in der Hauptstr. 5 in St. Gallen.", "Er wohnt in der Hauptstraße 5 in Sankt Gallen."),
    ("Äpfel, Birnen usw. Dann gingen wir.", "Äpfel, Birnen und so weiter. Dann gingen wir."),
    # "Uhr" between hours and minutes; euros with their cents after them
    ("Um 14:30 Uhr begann es, um 9.00 Uhr endete es.", "Um 14 Uhr 30 begann es, um 9 Uhr endete es."),
    ("Es kostet 1.234,50 € bzw. 5 Mio. Euro.", "Es kostet 1.234 Euro 50 beziehungsweise 5 Millionen Euro."),
    ("Er wurde 3. Dann ging er.", "Er wurde 3. Dann ging er."),  # a number that ends a sentence
    ("Der 1. FC Köln gewann.", "Der erste FC Köln gewann."),
    ("Am Mittwoch, 15. Mai 2024, gab es 3,2 Mrd. € für u. a. Familien.",
     "Am Mittwoch, fünfzehnten Mai 2024, gab es 3,2 Milliarden Euro für unter anderem Familien."),
    # units said in full, decades as years, spans with "bis", weekday spans, telephone numbers digit by digit
    ("Er fuhr mit 50 km/h in eine 80 m² Wohnung.",
     "Er fuhr mit 50 Kilometer pro Stunde in eine 80 Quadratmeter Wohnung."),
    ("Bei 30 °C braucht man 3,5 l Wasser und 1 t Eis.",
     "Bei 30 Grad Celsius braucht man 3,5 Liter Wasser und eine Tonne Eis."),
    ("Die 1990er Jahre waren anders.", "Die neunzehnhundertneunziger Jahre waren anders."),
    ("Geöffnet Mo.–Fr. 9–17 Uhr.", "Geöffnet Montag bis Freitag 9 bis 17 Uhr."),
    ("Tel. 030 1234567", "Telefon 0 3 0 1 2 3 4 5 6 7"),
    # a date in numbers; a year of the second millennium as one number (espeak-ng: "eintausend neunhundert ...")
    ("Scholz traf am 12.03.2024 ein, der Vertrag vom 03.10.90 gilt.",
     "Scholz traf am zwölften März 2024 ein, der Vertrag vom dritten Oktober neunzehnhundertneunzig gilt."),
    ("Er wurde 1949 geboren, die Mauer fiel 1989.",
     "Er wurde neunzehnhundertneunundvierzig geboren, die Mauer fiel neunzehnhundertneunundachtzig."),
    ("Goethe (1749–1832) lebte in Weimar.",
     "Goethe (siebzehnhundertneunundvierzig bis achtzehnhundertzweiunddreißig) lebte in Weimar."),
    ("Es kamen 1500 Menschen, seit 2001 jedes Jahr.", "Es kamen 1500 Menschen, seit 2001 jedes Jahr."),  # a count
    ("Bereits 1992 hatte es gestreikt, auf 1500 km.", "Bereits neunzehnhundertzweiundneunzig hatte es gestreikt, auf "
     "1500 Kilometer."),
    ("Version 3.12.1 ist da.", "Version 3.12.1 ist da."),
    # a score, a clock without "Uhr", a price per unit, cents alone
    ("Das Spiel endete 2:1, Anpfiff um 20:45.", "Das Spiel endete 2 zu 1, Anpfiff um 20 Uhr 45."),
    # Roman numerals: espeak-ng said "römisch drei"
    ("Karl III. ist König, Papst Benedikt XVI. trat zurück.",
     "Karl der Dritte ist König, Papst Benedikt der Sechzehnte trat zurück."),
    ("Im XIX. Jahrhundert, in Kapitel IV.", "Im neunzehnten Jahrhundert, in Kapitel 4."),
    ("Die Miete beträgt 12,50 €/m², Strom 0,35 €/kWh.",
     "Die Miete beträgt 12 Euro 50 pro Quadratmeter, Strom 35 Cent pro Kilowattstunde."),
])
def test_german_rules(written: str, spoken: str) -> None:
    assert speakable(written, "de") == spoken


@pytest.mark.parametrize("written", [
    "Am 3. Oktober 2023 stiegen die Preise.", "Im 19. Jahrhundert war das anders.", "Berlin, 3. Okt. 2023",
    "Im XIX. Jahrhundert war das anders.",
    "Er wohnt in der Hauptstr. 5 in St. Gallen.", "Es kostet 5 Mio. Euro.",
])
def test_a_german_ordinal_or_abbreviation_ends_no_sentence(written: str) -> None:
    assert sentences(written) == [written]


def test_english_rules_do_not_read_german_and_german_rules_do_not_read_english() -> None:
    assert speakable("Am 3. Oktober", "en") != "Am dritten Oktober"
    assert speakable("On Oct. 3, 2023 it rained.", "de") == "On Oct. 3, 2023 it rained."


def test_the_german_intro_says_the_date_as_an_ordinal() -> None:
    meta = Metadata(title="Titel", authors=("Anna Berg",), published="2023-10-03", language="de")
    document = Document(origin="t.md", meta=meta, blocks=(Block(BlockKind.PARAGRAPH, "Es regnete."),),
                        source_hash="0" * 64)
    spoken = " ".join(segment.text for segment in script(document, SpeechSettings()).segments)
    assert "Veröffentlicht am dritten Oktober 2023." in spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Unter Ludwig XIV. blühte Frankreich.", "Unter Ludwig dem Vierzehnten blühte Frankreich."),  # dative
    ("Das Treffen mit Papst Benedikt XVI. war kurz.", "Das Treffen mit Papst Benedikt dem Sechzehnten war kurz."),
    ("Ein Brief für Friedrich II. kam an.", "Ein Brief für Friedrich den Zweiten kam an."),  # accusative
    ("Karl III. ist König.", "Karl der Dritte ist König."),
])
def test_a_rulers_ordinal_takes_the_case_its_preposition_gives(written: str, spoken: str) -> None:
    assert speakable(written, "de") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Der Entwurf (BT-Drs. 20/1234) wurde am Mi. beraten.", "Der Entwurf (BT-Drs. 20/1234) wurde am Mittwoch beraten."),
    ("Öffnungszeiten: Mo.–Fr. 9–18 Uhr, Sa. 10–14 Uhr.",
     "Öffnungszeiten: Montag bis Freitag 9 bis 18 Uhr, Samstag 10 bis 14 Uhr."),
    ("Wir sehen uns am Do. Danach reisen wir.", "Wir sehen uns am Donnerstag. Danach reisen wir."),
    ("So. Das war es.", "So. Das war es."),
    ("Das Buch kostet 24,99 € (inkl. MwSt.).", "Das Buch kostet 24 Euro 99 (inklusive Mehrwertsteuer)."),
])
def test_one_weekday_with_its_stop_a_file_number_and_vat(written: str, spoken: str) -> None:
    """espeak-ng said "Mi" and "Sa" as syllables, "MwSt." letter by letter, and "20/1234" ended in a year."""
    assert speakable(written, "de") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Die Sitzung beginnt im Raum 3.12.", "Die Sitzung beginnt im Raum 3.12."),  # was "dritter Dezember"
    ("Siehe Abschnitt 2.4. Dort steht es.", "Siehe Abschnitt 2.4. Dort steht es."),
    ("Am 3.12. beginnt der Markt.", "Am dritten Dezember beginnt der Markt."),
])
def test_a_room_or_a_section_in_parts_is_no_date(written: str, spoken: str) -> None:
    assert speakable(written, "de") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("Er lief die 100 m in 10,2 s.", "Er lief die 100 Meter in 10,2 Sekunden."),  # espeak-ng said the letter "s"
    ("Ca. 200 Gäste kamen.", "Circa 200 Gäste kamen."),  # "Ca." ended a sentence for the voice
])
def test_seconds_after_a_decimal_and_circa_capitalised(written: str, spoken: str) -> None:
    assert speakable(written, "de") == spoken
