"""A ninth sweep of sentences in German, French, Spanish, Italian and Portuguese (h166), in genres the first eight used
least: property listings, job adverts, recipes, car adverts, shop prices, elections, cycling and motor racing, school
marks, train notices, health, calendars and history; and "left", the forms earlier sweeps left (a place after "nur"
and "als", "le 49.3", a Roman numeral of one letter before its noun, a hotel's stars, "mar.-dom. 9-19", "fasce 6-9",
"magnitudo 4.2", a masculine one) written anew (tests/fixtures/speech/languages_sweep9.tsv, each row read in its
language column's tag). As first written, narrator read 92 of its 175 rows right: de 19/34, fr 19/35, es 20/35, it
18/37, pt 16/34; by genre property 10/15, jobs 8/15, recipe 9/15, motoring 5/15, prices 5/15, election 10/10, racing
8/10, school 7/10, train 11/15, health 10/15, calendar 5/10, history 4/10, left 0/20 (108 with the readings added after
listening and the five rows written anew, see the fixture's header). Now 172. The classes fixed are below, each with
what it must leave alone; what is left is in _KNOWN_MISSES."""

from __future__ import annotations

from sweeps import LANGUAGES, Sweep, hostile_tests, rule_tests, sweep_tests, voice_tests

# "Se requiere experiencia mín. de 2 años." is read since h175 (a shortened adjective agrees with its noun), and so
# are "Die NK betragen 180 € mtl., die Kaution 3 MM." and "Baujahr 1972, EG, ca. 95 m² Wfl." (a listing's letters
# near a listing's signs).
_KNOWN_MISSES: dict[str, str] = {}


_GENRES = {"property", "jobs", "recipe", "motoring", "prices", "election", "racing", "school", "train", "health",
           "calendar", "history", "left"}
SWEEP = Sweep("languages_sweep9.tsv", _KNOWN_MISSES, form=str, tagged=True, least=170, languages=LANGUAGES,
              styles=_GENRES, only=True)
globals().update(sweep_tests(SWEEP))

# Each class read as our examples say (language, written, reading), and what only looks like it left as it is.
_READ = [
    # a month and a year with a slash, the month in two digits (a car's registration, an inspection, a contract)
    ("de", "EZ 07/2021, HU neu bis 11/2027.", "Erstzulassung Juli 2021, HU neu bis November 2027."),
    ("fr", "Mise en circulation 11/2018.", "Mise en circulation novembre 2018."),
    ("it", "Scadenza 09/2027.", "Scadenza settembre 2027."),
    ("pt", "Validade 05/2028.", "Validade maio de 2028."),
    # hours a week after a slash
    ("de", "Teilzeit, 20 Std./Woche; 25 km/h.", "Teilzeit, 20 Stunden pro Woche; 25 Kilometer pro Stunde."),
    ("fr", "Temps partiel, 24 h/semaine.", "Temps partiel, 24 heures par semaine."),
    ("it", "Part time 20 h/settimana.", "Part time 20 ore a settimana."),
    ("pt", "Part-time, 20 h/semana.", "Part-time, 20 horas por semana."),
    # an engine's size before its code or fuel
    ("de", "Audi A4 2.0 TDI, Skoda 1.4 TSI.", "Audi A4 2,0 TDI, Skoda 1,4 TSI."),
    ("it", "Punto 1.3 Multijet, Yaris 1.5 ibrido.", "Punto 1,3 Multijet, Yaris 1,5 ibrido."),
    # a hotel's stars, read before tidying drops them; a German compound's
    ("de", "Hotel 4*, Sieger 3*-Hotel.", "Hotel 4 Sterne, Sieger 3-Sterne-Hotel."),
    ("fr", "Hôtel 2* et un camping 4*.", "Hôtel 2 étoiles et un camping 4 étoiles."),
    ("es", "Hotel 1* en el centro.", "Hotel una estrella en el centro."),
    ("pt", "Pousada 3*, perto do mar.", "Pousada 3 estrelas, perto do mar."),
    # a magnitude's decimal point
    ("fr", "Séisme de magnitude 5.6.", "Séisme de magnitude 5,6."),
    ("es", "Un terremoto de magnitud 6.1.", "Un terremoto de magnitud 6,1."),
    ("de", "Ein Beben der Magnitude 5.8.", "Ein Beben der Magnitude 5,8."),
    # a fuel's price per litre with three decimals
    ("fr", "Le gazole à 1,789 €/l.", "Le gazole à 1,789 euros par litre."),
    ("it", "Gasolio self a 1,749 €/l.", "Gasolio self a 1,749 euro al litro."),
    # a span of days with a dash, and the span of hours after it or after a band's word
    ("es", "Abierto lun.-sáb. 9-14 h, dom. 10-13 h.", "Abierto de lunes a sábado de 9 a 14 horas, domingo de 10 a 13 "
     "horas."),
    ("it", "Aperto lun.-ven. 8-18, sab. 9-12.", "Aperto da lunedì a venerdì dalle 8 alle 18, sabato dalle 9 alle 12."),
    ("fr", "Ouvert lun.-ven. 9 h-12 h.", "Ouvert du lundi au vendredi de 9 heures à 12 heures."),
    ("pt", "Aberto seg.-sáb. 9h-19h.", "Aberto de segunda-feira a sábado das 9 às 19 horas."),
    ("it", "Sciopero nelle fasce 9-17 e 21-24.", "Sciopero nelle fasce dalle 9 alle 17 e dalle 21 alle 24."),
    # a German place after "nur" or "als", by the subject's pronoun
    ("de", "Er lief als 3. ein. Sie kam als 2. ins Ziel.", "Er lief als Dritter ein. Sie kam als Zweite ins Ziel."),
    # a masculine one before its noun: Spanish and Italian "un", German "ein", "einen" and "einem"; an opening capital
    ("es", "Cuesta 1 euro, 1 kilo y 1 año; por 1 día.", "Cuesta un euro, un kilo y un año; por un día."),
    ("it", "Costa 1 euro, 1 anno e 1 chilo.", "Costa un euro, un anno e un chilo."),
    ("de", "Kostet 1 Euro, für 1 Tag, mit 1 Liter.", "Kostet einen Euro, für einen Tag, mit einem Liter."),
    ("de", "1 Prise Salz genügt.", "Eine Prise Salz genügt."),
    # Italian Roman numerals before a noun counted in them, and the century after "sec."
    ("it", "Nel XX secolo e nella XVIII legislatura; il sec. XVI.", "Nel ventesimo secolo e nella diciottesima "
     "legislatura; il sedicesimo secolo."),
    ("it", "La X edizione, la VII giornata.", "La decima edizione, la settima giornata."),
    # a weekday before a day and month; an offer's "2x1"; a clock with a point after "las"
    ("es", "Plazo: hasta el lun. 14/12.", "Plazo: hasta el lunes 14 de diciembre."),
    ("es", "Oferta 3x2 en pañales; un 4x4.", "Oferta 3 por 2 en pañales; un 4 por 4."),
    ("es", "A las 9.30 llega el tren.", "A las 9 y 30 llega el tren."),
    # a Grand Prix, a rent's charges, a week, an article of the Constitution
    ("fr", "au GP de France, le GP d'Australie.", "au Grand Prix de France, le Grand Prix d'Australie."),
    ("de", "Verstappen siegte beim GP von Brasilien.", "Verstappen siegte beim Großen Preis von Brasilien."),
    ("fr", "950 € CC, 800 € HC.", "950 euros charges comprises, 800 euros hors charges."),
    ("fr", "Livraison sem. 12.", "Livraison semaine 12."),
    ("fr", "le 49.3, au 47.1.", "le quarante-neuf trois, au quarante-sept un."),
    # Portuguese: a day, a shortened month and a year; spoons; minutes before more; a dose per day; a mark
    ("pt", "Início a 1 mar. 2027.", "Início a 1 de março de 2027."),
    ("pt", "Junte 1 c. de sopa e 2 c. de chá.", "Junte uma colher de sopa e 2 colheres de chá."),
    ("pt", "O táxi demorou 15 min. na chegada.", "O táxi demorou 15 minutos na chegada."),
    ("pt", "Dose: 2 g/dia.", "Dose: 2 gramas por dia."),
    ("pt", "Nota 15/20.", "Nota 15 em 20."),
    # Italian: half before a noun, a mileage, marks out of ten and a hundred
    ("it", "Servono 1/2 bicchiere e 1/2 cipolla.", "Servono mezzo bicchiere e mezza cipolla."),
    ("it", "Auto con km 120.000.", "Auto con chilometri 120.000."),
    ("it", "Voto 7/10 e 95/100.", "Voto 7 su 10 e 95 su 100."),
    # German listings and notices: a calendar week, a platform, "between", "monthly"
    ("de", "Die Messe in KW 3; Termine KW 12.", "Die Messe in Kalenderwoche 3; Termine Kalenderwoche 12."),
    ("de", "Kabel: Gl. 3, zw. Köln und Bonn; mtl. 20 €.", "Kabel: Gleis 3, zwischen Köln und Bonn; monatlich 20 Euro."),
    # a plus standing apart between an amount and what is added
    ("fr", "Loyer 720 €/mois + 60 € de charges.", "Loyer 720 euros par mois plus 60 euros de charges."),
    ("pt", "Salário de R$ 2.000 + comissões.", "Salário de 2.000 reais mais comissões."),
]
_LEFT = [
    # a law's or a file's number and year; a month without its zero
    ("es", "La Ley 10/2020 y el Real Decreto 02/2021.", "La Ley 10 de 2020 y el Real Decreto 02 de 2021."),
    ("fr", "La loi n° 09/2020.", "La loi numéro 09/2020."),
    ("pt", "A casa 3/2021.", "A casa 3/2021."),
    ("de", "Gesetz 12/2020 und Az. 04/2019.", "Gesetz 12/2020 und Aktenzeichen 04/2019."),
    # a version or a date is no engine; a product's star, a score after a day, a plus in a name or a sum without spaces
    ("fr", "le 1.5 est paru.", "le 1.5 est paru."),
    ("es", "la versión 1.0.", "la versión 1.0."),
    ("de", "Version 2.0 und am 1.6. frei.", "Version 2.0 und am ersten Juni frei."),
    ("fr", "2*3 = 6.", "2*3 = 6."),
    ("es", "3 * 4 es 12.", "3 * 4 es 12."),
    ("it", "domenica 2-1.", "domenica 2 a 1."),
    ("pt", "C++ e 3+4.", "C++ e 3+4."),
    ("fr", "version 5.6.", "version 5.6."),
    # a place with no pronoun to tell the gender, or two; before a capital (a month may follow)
    ("de", "Müller wurde nur 5. Er sagte, sie wurde nur 3.", "Müller wurde nur 5. Er sagte, sie wurde nur 3."),
    # no article: a percentage's one, a share's, a score's; Italian "uno" before s and a consonant, feminine "-o"
    ("es", "1 por ciento; 1 de cada 3; ganó 3 a 1 el domingo.", "1 por ciento; 1 de cada 3; ganó 3 a 1 el domingo."),
    ("it", "1 studente, 1 zaino, 1 foto, 1 mano; vinto 2 a 1 sabato.", "1 studente, 1 zaino, 1 foto, 1 mano; vinto 2 a "
     "1 sabato."),
    ("de", "Gleis 1 Richtung Bonn; 1 Uhr.", "Gleis 1 Richtung Bonn; 1 Uhr."),
    # a month after a one is a date's first day ("el 1 enero"), no masculine noun counted
    ("es", "Desde el 1 enero hasta el 1 marzo.", "Desde el 1 enero hasta el 1 marzo."),
    ("it", "Dal 1 gennaio al 1 maggio; 1 ottobre.", "Dal 1 gennaio al 1 maggio; 1 ottobre."),
    # a lone "I" is the plural article; a pope's numeral is the rulers' rule's
    ("it", "I secoli bui; Pio XII e il X Municipio.", "I secoli bui; Pio XII e il X Municipio."),
    # a share of ten, a half before "of", a road's kilometre post, a kilowatt, a Samsung
    ("it", "1/10 del totale; 1/2 dei voti; al km 45.", "un decimo del totale; un mezzo dei voti; al chilometro 45."),
    ("de", "50 kW und KW-Zahl.", "50 Kilowatt und KW-Zahl."),
    ("fr", "Samsung S23, la S4.", "Samsung S23, la S4."),
    ("fr", "CC de l'État; en 49.3 kg.", "CC de l'État; en 49.3 kg."),
]
globals().update(rule_tests(_READ, _LEFT))

# What the voice must say of a reading (language, written, what a reader says).
_SAID = [
    # what the sweep leaves to the voice, because it says it right (the readings added after listening)
    ("fr", "Louis XIV régna.", "Louis quatorze régna."),
    ("es", "Se construyó en el s. XV.", "Se construyó en el siglo quince."),
    ("pt", "Foi fundado no séc. XII.", "Foi fundado no século doze."),
    ("it", "Spese condominiali 80 € mensili.", "Spese condominiali 80 euro mensili."),
    # and what the rules give it: "1 euro" was "uno euro", "1 Euro" "eins Euro", "49.3" "quarante-neuf point trois"
    ("es", "Solo cuesta 1 euro.", "Solo cuesta un euro."),
    ("it", "Il biglietto costa 1 euro.", "Il biglietto costa un euro."),
    ("de", "Das Ticket kostet nur 1 €.", "Das Ticket kostet nur einen Euro."),
    ("fr", "Il a recouru au 49.3.", "Il a recouru au quarante-neuf trois."),
]
globals().update(voice_tests(_SAID))
# Text built to be slow for a rule that scans back or ahead at every start: each rule of this sweep must stay linear.
_HOSTILE = {
    "de": ["nur 6. " * 6000, "1 Euro " * 5000, "EZ 03/2019/" * 5000, "4*-" * 8000, "KW 1" * 8000,
           "Magnitude 4." * 5000],
    "fr": ["1.5 " * 8000, "magnitude 4.2." * 5000, "lun.-ven. 9 h-" * 4000, " + " * 10000, "1,789 €/" * 6000],
    "es": ["2x1x" * 8000, "las 9.3" * 6000, "viernes 11/" * 6000, "1 euro " * 5000, "mar.-dom. 1" * 5000],
    "it": ["XV " * 10000, "fascia 6-" * 6000, "1/2 " * 8000, "km 45.000." * 5000, "sec. X" * 6000],
    "pt": ["1 c. de " * 6000, "4 jan. " * 6000, "min. " * 8000, "sem. 4" * 8000, "40 h/" * 8000],
}
globals().update(hostile_tests(_HOSTILE))
