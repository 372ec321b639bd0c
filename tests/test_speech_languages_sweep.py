"""A sweep of news-style sentences in German, French, Spanish, Italian and Portuguese: what espeak-ng's voice for
each language misread, by class (minus signs, fractions, currency codes, telephone numbers, dates before a comma,
abbreviations before a number, times taken, ordinals), and what each rule must leave alone."""

from __future__ import annotations

import pytest
from sweeps import check_fast

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    # a date in numbers without its year before a comma, a semicolon or a bracket ("sechsundzwanzig Punkt neunte")
    ("Die Wahl ist am 26.9., die Auszählung am 27.9.; dann Koalition.",
     "Die Wahl ist am sechsundzwanzigsten September, die Auszählung am siebenundzwanzigsten September; dann "
     "Koalition."),
    ("Der Termin (14.11.) steht.", "Der Termin (vierzehnter November) steht."),
    ("Am Di., 3.12., tagt der Rat.", "Am Dienstag, dritten Dezember, tagt der Rat."),
    ("Er sprach in Raum 3.12, dann ging er.", "Er sprach in Raum 3.12, dann ging er."),  # a room, no date
    # a telephone number without "Tel." before it (its groups were said as one number, "zwölf Millionen ...")
    ("Bitte rufen Sie unter 0800 123 456 an.", "Bitte rufen Sie unter 0 8 0 0 1 2 3 4 5 6 an."),
    ("Die Hotline ist unter +49 30 12345678 erreichbar.",
     "Die Hotline ist unter plus 4 9 3 0 1 2 3 4 5 6 7 8 erreichbar."),
    ("Rufen Sie 030/9876543 oder (089) 123 45 67 an.",
     "Rufen Sie 0 3 0 9 8 7 6 5 4 3 oder 0 8 9 1 2 3 4 5 6 7 an."),
    ("Es kamen 2019 insgesamt 1500 Menschen, 2024 nur 800.",
     "Es kamen 2019 insgesamt 1500 Menschen, 2024 nur 800."),  # years and counts, no telephone
    # a fraction before what it is a part of ("zwei drei")
    ("Mehr als 2/3 der Abgeordneten stimmten zu.", "Mehr als 2 Drittel der Abgeordneten stimmten zu."),
    ("Eine 2/3-Mehrheit ist nötig, 1/4 aller Stimmen fehlt.",
     "Eine 2 Drittel-Mehrheit ist nötig, ein Viertel aller Stimmen fehlt."),
    ("Das Urteil (Az. 20/1234) und die Saison 2023/24.", "Das Urteil (Aktenzeichen 20/1234) und die Saison 2023/24."),
    # a currency's code, which espeak-ng spelled ("tse ha ef")
    ("Er verdient 120.000 CHF, sie 1,04 CHF mehr.", "Er verdient 120.000 Franken, sie 1,04 Franken mehr."),
    ("Der Fonds verwaltet 350 Mio. CHF, der andere CHF 2,5 Mrd.",
     "Der Fonds verwaltet 350 Millionen Franken, der andere 2,5 Milliarden Franken."),
    ("Das kostet 30 USD.", "Das kostet 30 US-Dollar."),
    # abbreviations before a number ("Art" and a sentence break), others espeak-ng spelled or broke a sentence after
    ("Nach Art. 3 GG und Kap. 4, Ziff. 2 in Bd. 7 gilt das.",
     "Nach Artikel 3 GG und Kapitel 4, Ziffer 2 in Band 7 gilt das."),
    ("Das ist eine neue Art. Dann kam sie.", "Das ist eine neue Art. Dann kam sie."),  # a word ending a sentence
    ("Es gab 3 Tote u. 12 Verletzte, der Täter ist geb. in Köln.",
     "Es gab 3 Tote und 12 Verletzte, der Täter ist geboren in Köln."),
    ("Rund 80 Mio Euro, das sind 3 Mrd Euro (S. 5 ff.).",
     "Rund 80 Millionen Euro, das sind 3 Milliarden Euro (Seite 5 fortfolgende)."),
    # a time taken, not a clock ("zwei Uhr fünf Uhr siebenunddreißig")
    ("Er gewann den Marathon in 2:05:37 Stunden.", "Er gewann den Marathon in 2 Stunden 5 Minuten 37 Sekunden."),
    ("Sie lief 3:45 Minuten, Start war um 14:30:00 Uhr.",
     "Sie lief 3 Minuten 45, Start war um 14:30:00 Uhr."),
    # rain per square metre ("L M zwei")
    ("Es fielen 20 l/m² Regen.", "Es fielen 20 Liter pro Quadratmeter Regen."),
])
def test_german(written: str, spoken: str) -> None:
    assert speakable(written, "de") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a minus before a number, which the voice dropped ("cinq degrés")
    ("Il faisait -12 °C à Moscou.", "Il faisait moins 12 degrés Celsius à Moscou."),
    ("Le PIB a reculé de -0,2 % au trimestre.", "Le PIB a reculé de moins 0,2 % au trimestre."),
    ("L'écart est passé à -5 points (contre -3).", "L'écart est passé à moins 5 points (contre moins 3)."),
    ("Le Covid-19 et le score de 3-1.", "Le Covid-19 et le score de 3 à 1."),  # no minus inside a word or a span
    # a fraction before "of" ("un trois", "deux trois")
    ("Un tiers, soit 1/3 des sondés, approuve.", "Un tiers, soit un tiers des sondés, approuve."),
    ("Plus de 2/3 des élus et près de 1/4 d'entre eux.", "Plus de 2 tiers des élus et près d'un quart d'entre eux."),
    ("Le rendez-vous du 3/4 à 20h.", "Le rendez-vous du 3/4 à 20 heures."),  # the third of April, perhaps
    # the first and the second, feminine or plural ("un re", "deux n d"), and plural ordinals
    ("La 1re ministre, arrivée 1ère, et la 2nde guerre.", "La première ministre, arrivée première, et la seconde "
     "guerre."),
    ("Il finit 2nd, devant les 3es du groupe.", "Il finit second, devant les troisièmes du groupe."),
    ("Les élèves des 1res années.", "Les élèves des premières années."),
    # currency codes (spelled), whole euros (the sign said "əʁo") and billions shortened without their sign
    ("Le franc vaut 1,04 CHF, soit 200 USD les cent.", "Le franc vaut 1,04 franc suisse, soit 200 dollars les cent."),
    ("Le salaire est de 2 000 € brut.", "Le salaire est de 2 000 euros brut."),
    ("Le budget atteint 3,5 Mds d'euros.", "Le budget atteint 3,5 milliards d'euros."),
    # a century and inhabitants shortened, whole seconds after minutes
    ("Au XIXe s., la ville comptait 10 000 hab.", "Au dix-neuvième siècle, la ville comptait 10 000 habitants."),
    ("La densité est de 120 hab./km².", "La densité est de 120 habitants par kilomètre carré."),
    ("Il a couru en 2 h 05 min 37 s.", "Il a couru en 2 heures 5 minutes 37 secondes."),
    # a unit's letter before an apostrophe is an elided word ("3 l'ont" is not three litres)
    ("Sur 5 candidats, 3 l'ont emporté ; il a bu 3 l d'eau.",
     "Sur 5 candidats, 3 l'ont emporté ; il a bu 3 litres d'eau."),
])
def test_french(written: str, spoken: str) -> None:
    assert speakable(written, "fr") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a minus before a number, which the voice dropped
    ("Las temperaturas bajarán a -5 °C.", "Las temperaturas bajarán a menos 5 grados."),
    ("Subieron un 0,5 % y cayeron un -0,3 % interanual.", "Subieron un 0,5 % y cayeron un menos 0,3 % interanual."),
    ("El índice cayó -1,2 puntos.", "El índice cayó menos 1,2 puntos."),
    # hours with their "h" apart ("diez hache")
    ("La reunión es a las 10 h y la tienda abre de 8 a 20 h.",
     "La reunión es a las 10 horas y la tienda abre de 8 a 20 horas."),
    ("Corrió en 2 h 05 min 37 s.", "Corrió en 2 horas 5 minutos 37 segundos."),
    ("Pesa 1 ha y mide 3 hm.", "Pesa una hectárea y mide 3 hm."),  # no hour
    # a fraction before "of" ("uno barra tres")
    ("Es decir, 1/3 de los encuestados y 2/3 del total.", "Es decir, un tercio de los encuestados y 2 tercios del "
     "total."),
    ("los 3/4 de la población", "los 3 cuartos de la población"),  # a plural article leads a share, not a date (h127)
    # currency codes (spelled) and signs said in the singular whatever the amount ("mil cincuenta euro")
    ("El alquiler pasó de 800 a 1.050 €.", "El alquiler pasó de 800 a 1.050 euros."),
    ("El franco vale 1,04 CHF y la acción 123,45 $.", "El franco vale 1,04 francos suizos y la acción 123,45 "
     "dólares."),
    ("Invirtió US$ 5 millones y 1 €.", "Invirtió 5 millones de dólares y un euro."),  # "uno euro" (h166)
    # millions of euros in thousands, abbreviations (the syllable, then a break), a century shortened
    ("El Gobierno prevé 100.000 M€ de inversión.", "El Gobierno prevé 100.000 millones de euros de inversión."),
    ("Vive en la av. de Mayo; lo vieron 2,5 mill. de personas (pág. 3 y ss.).",
     "Vive en la avenida de Mayo; lo vieron 2,5 millones de personas (página 3 y siguientes)."),
    ("Carlos III reinó en el s. XVIII.", "Carlos tercero reinó en el siglo 18."),
    # rain per square metre ("ele barra eme dos")
    ("Cayeron 20 l/m² de lluvia.", "Cayeron 20 litros por metro cuadrado de lluvia."),
])
def test_spanish(written: str, spoken: str) -> None:
    assert speakable(written, "es") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # the degree sign written for an ordinal's ("due gradi turno") after an article or before a month
    ("È stata eletta al 2° turno, il 1° maggio.", "È stata eletta al secondo turno, il primo maggio."),
    ("Era il 125° anniversario, nel 3° trimestre.", "Era il centoventicinquesimo anniversario, nel terzo trimestre."),
    ("Fino a 38° all'ombra, il 40° C non arriva.", "Fino a 38° all'ombra, il 40° C non arriva."),  # degrees
    # a telephone number ("milleduecentotrentaquattro")
    ("Chiamare lo 06 1234 5678 o il +39 333 123 4567.",
     "Chiamare lo 0 6 1 2 3 4 5 6 7 8 o il più 3 9 3 3 3 1 2 3 4 5 6 7."),
    ("Dal 2019 al 2024 e dal 01/05/2024.", "Dal 2019 al 2024 e dal primo maggio 2024."),  # years and a date
    # a fraction before "of", currency codes, abbreviations, billions of euros
    ("Ovvero 2/3 degli elettori e i 3/4 dei posti.", "Ovvero 2 terzi degli elettori e i 3 quarti dei posti."),
    ("Il franco vale 1,04 CHF.", "Il franco vale 1,04 franchi svizzeri."),
    ("Secondo l'art. 5, l'azienda ha ca. 500 dipendenti.", "Secondo l'articolo 5, l'azienda ha circa 500 dipendenti."),
    ("Il governo prevede 100 mld € di investimenti.", "Il governo prevede 100 miliardi di euro di investimenti."),
])
def test_italian(written: str, spoken: str) -> None:
    assert speakable(written, "it") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # dollars written "US$" ("U S cifrão"), currency codes, euros said in the singular whatever the amount
    ("O Banco Central vendeu US$ 5 bilhões e a ação fechou a US$ 123,45.",
     "O Banco Central vendeu 5 bilhões de dólares e a ação fechou a 123,45 dólares."),
    ("Captou US$ 2,5 bi.", "Captou 2,5 bilhões de dólares."),
    ("A renda passou para 1.050 € e o franco vale 1,04 CHF.",
     "A renda passou para 1.050 euros e o franco vale 1,04 francos suíços."),
    ("O gasóleo custa 1,89 €/l.", "O gasóleo custa 1 euro e 89 cêntimos por litro."),  # the euro's cent (h149)
    ("A Câmara investe 2,5 M€ nas escolas.", "A Câmara investe 2,5 milhões de euros nas escolas."),
    # a telephone number ("noventa e um mil ... menos cinco mil ...")
    ("Ligue para o (11) 91234-5678 ou (21) 2345-6789.",
     "Ligue para o 1 1 9 1 2 3 4 5 6 7 8 ou 2 1 2 3 4 5 6 7 8 9."),
    ("O placar foi 3-1 (em 2024).", "O placar foi 3 a 1 (em 2024)."),  # a score and a year
    # a fraction before "of"
    ("Ou seja, 2/3 dos deputados e 1/4 das vagas.", "Ou seja, 2 terços dos deputados e um quarto das vagas."),
    ("em 3/4 dos casos", "em 3/4 dos casos"),  # after a word that leads a date: left to the voice
    # "D." before a name (read as the numeral, "quinhentos"), abbreviations before a number
    ("D. João VI chegou em 1808 e D. Maria II reinou.", "Dom João sexto chegou em 1808 e Dona Maria segunda reinou."),
    ("José D. Silva assinou.", "José D. Silva assinou."),  # an initial
    ("Segundo o art. 5, no n.º 12.", "Segundo o artigo 5, no número 12."),
])
def test_portuguese(written: str, spoken: str) -> None:
    assert speakable(written, "pt") == spoken


# Text built to be slow for a rule that scans back or ahead at every start: each new rule must stay linear.
_HOSTILE = [
    "0" * 20000, "0 " * 20000, "1/" * 20000, "+1 " * 20000, "-1" * 20000, " -1" * 20000, "1 000 " * 20000,
    "CHF 1 " * 10000, "1 CHF " * 10000, "(0" * 20000, "0/0 " * 20000, "2:05:" * 20000, "1° " * 20000,
    "D. " * 20000, "1re " * 20000, "12.3., " * 10000,
]


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "pt"])
def test_the_new_rules_stay_fast_on_hostile_text(language: str) -> None:
    check_fast(_HOSTILE, language)
