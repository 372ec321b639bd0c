"""A seventh sweep of sentences in German, French, Spanish, Italian and Portuguese (h149), in genres the first six used
least: cycling and motor racing, pharmacy leaflets, job adverts, university notices, lotteries and crime reports; and
"left", the forms the second and sixth sweeps left ("der ESt", "als 5.", "bis 6.1." mid-text, a euro's cents for
Portugal) written anew (tests/fixtures/speech/languages_sweep7.tsv, each row read in its language column's tag). As
first written, narrator read 123 of its 172 rows right: de 22/36, fr 25/34, es 28/34, it 19/34, pt 29/34 (133 with the
readings added after listening, see the fixture's header); by genre racing 24/30, pharmacy 21/30, jobs 17/30,
university 23/30, lottery 17/20, crime 17/20, left 4/12. Now 171. The classes fixed are below, each with what it must
leave alone; what is left is in _KNOWN_MISSES."""

from __future__ import annotations

import pytest
from sweeps import LANGUAGES, Sweep, hostile_tests, sweep_tests, voice_tests

from narrator.speech import speakable

# "Der Titelverteidiger wurde nur 7." is read since h175 (with no pronoun, the subject's article and a singular verb
# tell the placed one's gender: "nur Siebter").
_KNOWN_MISSES: dict[str, str] = {}


SWEEP = Sweep("languages_sweep7.tsv", _KNOWN_MISSES, form=str, tagged=True, least=170, languages=LANGUAGES,
              styles={"racing", "pharmacy", "jobs", "university", "lottery", "crime", "left"}, only=True)
globals().update(sweep_tests(SWEEP))


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # a race's gap in minutes and seconds, both marks written (espeak-ng said the bare numbers)
    ("de", "Er lag 2'05'' zurück, sie 1'00''.", "Er lag 2 Minuten 5 Sekunden zurück, sie eine Minute."),
    ("fr", "Il finit à 3'01\".", "Il finit à 3 minutes une seconde."),  # "une" since h175
    ("es", "A 1'30'' del líder.", "A un minuto y 30 segundos del líder."),
    ("pt", "A 2'10'' do líder.", "A 2 minutos e 10 segundos do líder."),
    # a match's minute; thousandths after the seconds (read since sweep8); a height in feet and inches, a lone
    # seconds' mark: left
    ("it", "Al 23' segna; 1'29''708 in qualifica; 12'' dopo.", "Al ventitreesimo segna; un minuto, 29 secondi e 708 "
     "millesimi in qualifica; 12'' dopo."),
    ("fr", "Il mesure 6'2''.", "Il mesure 6'2''."),
])
def test_gaps_in_primes(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # hours past a day's twenty-four are how long (espeak-ng said the letter); a clock's hours are the clock rules'
    ("fr", "Une garde à vue de 48 h, puis 35 h par semaine ; rendez-vous à 14 h.",
     "Une garde à vue de 48 heures, puis 35 heures par semaine ; rendez-vous à 14 heures."),
    ("es", "Son 37,5 h no, 40 h semanales.", "Son 37,5 h no, 40 horas semanales."),
    ("it", "Corso di 120 h.", "Corso di 120 ore."),
    ("pt", "Das 9h às 18h, 44h semanais.", "Das 9 horas às 18 horas, 44 horas semanais."),
    ("de", "Es sind 39 h die Woche.", "Es sind 39 Stunden die Woche."),
    # a year before "h", and "h" inside a unit, are left
    ("es", "En 2024 h. y 30 h/semana.", "En 2024 h. y 30 horas por semana."),
])
def test_hours_of_work(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # a mark over its scale: French twenty, Italian thirty and a degree's hundred and ten ("barra", "seize vingt")
    ("fr", "Il a eu 14,5/20 puis 20/20.", "Il a eu 14,5 sur 20 puis 20 sur 20."),
    ("it", "Voto 30/30 e lode, laurea con 110/110.", "Voto 30 su 30 e lode, laurea con 110 su 110."),
    # above the scale, a date, another scale: left
    ("fr", "Un 21/20 et le 16/10.", "Un 21/20 et le 16 octobre."),
    ("it", "Un 31/30 e il 2023/30.", "Un 31/30 e il 2023/30."),
])
def test_marks(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # a job advert's two genders in one word, in the language's "or"
    ("es", "Se busca camarero/a, profesor/a e interesados/as.",
     "Se busca camarero o camarera, profesor o profesora e interesados o interesadas."),
    ("it", "Cercasi commesso/a.", "Cercasi commesso o commessa."),
    ("pt", "Precisa-se de empregado/a.", "Precisa-se de empregado ou empregada."),
    # a short word, a plural against a singular, a word ending in another vowel, a unit: left
    ("es", "Y/a, niños/a, la casa/a, km/as y www.ejemplo.com/a.", "Y/a, niños/a, la casa/a, km/as y "
     "www.ejemplo.com/a."),
    # German's sexes by their letters, in the advert's order; a letter twice is none
    ("de", "Koch (w/m/d) und Fahrer (m/w/x); m/m/w.", "Koch (weiblich, männlich, divers) und Fahrer (männlich, "
     "weiblich, divers); m/m/w."),
    # French's "H/F", "bac+5", "mention TB"
    ("fr", "Vendeur F/H, bac +3, mention AB.", "Vendeur femme ou homme, bac plus 3, mention assez bien."),
])
def test_job_adverts(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # per mille after a number (espeak-ng said nothing for the sign)
    ("de", "Mit 0,5 ‰ am Steuer.", "Mit 0,5 Promille am Steuer."),
    ("fr", "Un taux de 2‰.", "Un taux de 2 pour mille."),
    ("it", "Un tasso dell'1,5 ‰.", "Un tasso dell'1,5 per mille."),
    # a span of thousands ("minus"); a telephone number's groups are left
    ("de", "Gehalt 45.000–55.000 €.", "Gehalt 45.000 bis 55.000 Euro."),
    ("es", "De 1.000-2.000 € y el 91-123.456.", "De 1.000 a 2.000 euros y el 91-123.456."),
    ("pt", "Entre 3.000-4.500 €.", "Entre 3.000 a 4.500 euros."),
    # a unit after a decimal below one is plural in Spanish and Italian; Portuguese says it in the singular below two
    ("es", "Dio 0,5 g/l y 0,75 km.", "Dio 0,5 gramos por litro y 0,75 kilómetros."),
    ("it", "Sono 0,8 km.", "Sono 0,8 chilometri."),
    ("pt", "São 0,8 km.", "São 0,8 quilômetro."),
    # the euro's cents are cêntimos in Portuguese, the real's centavos
    ("pt", "Custa 0,45 €, 2,10 €/kg e R$ 0,45.", "Custa 45 cêntimos, 2 euros e 10 cêntimos por quilo e 45 centavos."),
])
def test_leaflets_and_money(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("language", "written", "spoken"), [
    # a leaflet's tablets, drops, capsules and halves
    ("it", "1 cpr al dì, 2 cpr la sera, 1 gtt e 5 gtt.", "Una compressa al dì, 2 compresse la sera, una goccia e 5 "
     "gocce."),
    ("fr", "Prendre 1/2 sachet ou 2 gél.", "Prendre un demi-sachet ou 2 gélules."),
    ("es", "Tomar 1/2 comprimido.", "Tomar medio comprimido."),
    ("pt", "Tomar 3x/semana.", "Tomar 3 vezes por semana."),
    # a university's year and place; a place after a present verb ("due gradi"); degrees after "a" are left
    ("it", "L'a.a. inizia; chiude 2°, termina 5° e sale a 30°.", "L'anno accademico inizia; chiude secondo, termina "
     "quinto e sale a 30°."),
    # a download's speed
    ("fr", "À 5 Go/s.", "À 5 gigaoctets par seconde."),
    ("es", "A 1 GB/s.", "A 1 gigabyte por segundo."),
])
def test_leaflets_schools_and_disks(language: str, written: str, spoken: str) -> None:
    assert speakable(written, language) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # taxes by their letters; the act ("EStG") and an ID's compound are left
    ("Die ESt und die KiSt; das EStG, die USt-IdNr.", "Die Einkommensteuer und die Kirchensteuer; das EStG, die "
     "USt-IdNr."),
    # a semester, the short forms only before their year; the SS-Division is left
    ("Im WS 2026/27 und SS 26, das WS und die SS-Division; SoSe.", "Im Wintersemester 2026/27 und Sommersemester 26, "
     "das WS und die SS-Division; Sommersemester."),
    # an ordinal after the indefinite article takes its ending; after "ein" the noun's gender
    ("Ein 2. Versuch, ein 3. Mal, eine 4. Chance, einen 5. Platz.", "Ein zweiter Versuch, ein drittes Mal, eine vierte "
     "Chance, einen fünften Platz."),
    ("Der Verein 3. Liga.", "Der Verein 3. Liga."),  # the end of a longer word is no article
    # pieces after a count, Sankt before a name and after a postcode
    ("Er kaufte 6 St. Eier in St. Pauli.", "Er kaufte 6 Stück Eier in Sankt Pauli."),
    ("Bahnhofstrasse 5, 9000 St. Gallen.", "Bahnhofstrasse 5, 9000 Sankt Gallen."),
    # an age after "ab" and "unter" in the dative
    ("Ab 12 J., unter 3 J., 40 J. alt.", "Ab 12 Jahren, unter 3 Jahren, 40 Jahre alt."),
    # a date's and a scale's stop kept before a word that opens a sentence; before a noun it is the date's alone
    ("Bis 6.1. Dann kommt 1 Mio. Die Frist; am 6.1. Sternsinger.", "Bis sechsten Januar. Dann kommt 1 Millionen. Die "
     "Frist; am sechsten Januar Sternsinger."),
    # odds and ratios with the colon set apart; a clock's after "um" is a clock (since sweep8)
    ("Chance 1 : 140, Maßstab 1 : 25.000, um 14 : 30 Uhr.", "Chance 1 zu 140, Maßstab 1 zu 25.000, um 14 Uhr 30."),
])
def test_german_letters_ordinals_and_stops(written: str, spoken: str) -> None:
    assert speakable(written, "de") == spoken


# What the voice must say of a reading (language, written, what a reader says).
_SAID = [
    # what the sweep leaves to the voice, because it says it right
    ("it", "Le lezioni del II semestre.", "Le lezioni del secondo semestre."),
    ("it", "RAL tra 30.000 e 35.000 €.", "RAL tra 30.000 e 35.000 euro."),
    # and what the rules give it: "1'23''" was "uno ventitré", "‰" nothing, "m/w/d" letters and slashes
    ("es", "Ganó con 2'05'' de ventaja.", "Ganó con dos minutos y cinco segundos de ventaja."),
    ("de", "Er hatte 1,8 ‰.", "Er hatte 1,8 Promille."),
    ("de", "Koch (m/w/d).", "Koch (männlich, weiblich, divers)."),
]
globals().update(voice_tests(_SAID))
# Text built to be slow for a rule that scans back or ahead at every start: each rule of this sweep must stay linear.
_HOSTILE = {
    "de": ["1'2" * 10000, "1 : " * 10000, "m/w/" * 10000, "ein 3. " * 5000, "1.000-" * 10000],
    "fr": ["1'23'' " * 5000, "16/20/" * 10000, "40 h " * 10000, "H/F/" * 10000, "bac+" * 10000],
    "es": ["a" * 40000 + "/a", "camarero/a/" * 5000, "1.000.000-" * 5000, "40h" * 10000],
    "it": ["28/30/" * 10000, "chiude 2° " * 5000, "1 cpr " * 10000, "a.a. " * 10000],
    "pt": ["2x/" * 10000, "0,5‰ " * 10000, "0,80 € " * 10000, "empregado/" * 5000 + "a"],
}
globals().update(hostile_tests(_HOSTILE))
