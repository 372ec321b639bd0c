"""A tenth sweep of sentences in German, French, Spanish, Italian and Portuguese (h175), in genres the first nine used
least: weather reports, football results and tables, stock markets, court and police news, legal references, opening
hours, medicine leaflets, wine labels, ski and track timing, travel, bank and tax, university, ages and anniversaries;
and "left", the forms earlier sweeps left ("NK" and "EG" in a listing, a one after a comma, "mín." and "máx." agreeing
with their noun, the Italian "1 secondo", a place) written anew (tests/fixtures/speech/languages_sweep10.tsv, each row
read in its language column's tag). As first written, narrator read 111 of its 180 rows right: de 17/39, fr 28/37, es
28/36, it 17/35, pt 21/33; by genre weather 11/15, football 12/15, markets 12/15, court 9/13, legal 7/14, hours 8/15,
medicine 9/15, wine 4/12, timing 6/13, travel 8/10, bank 6/10, university 7/10, age 10/10, left 2/13 (120 with the
readings added after listening, see the fixture's header). Now 177; 180 since h186's sweep11, which read the three
it left. Sweep7's and sweep9's four known misses are read too. The classes fixed are below, each with what it must
leave alone; what is left is in _KNOWN_MISSES."""

from __future__ import annotations

from sweeps import LANGUAGES, Sweep, hostile_tests, rule_tests, sweep_tests, voice_tests

_KNOWN_MISSES = {
}


_GENRES = {"weather", "football", "markets", "court", "legal", "hours", "medicine", "wine", "timing", "travel", "bank",
           "university", "age", "left"}
SWEEP = Sweep("languages_sweep10.tsv", _KNOWN_MISSES, form=str, tagged=True, least=175, languages=LANGUAGES,
              styles=_GENRES, only=True)
globals().update(sweep_tests(SWEEP))

# Each class read as our examples say (language, written, reading), and what only looks like it left as it is.
_READ = [
    # "máx." and "mín." agree with a feminine noun before them ("experiencia mínima", "dose máxima")
    ("es", "Con experiencia mín. de 2 años y un plazo mín. de 5 días.",
     "Con experiencia mínima de 2 años y un plazo mínimo de 5 días."),
    ("es", "La dosis máx. es 4 g; la velocidad máx., 120.", "La dosis máxima es 4 gramos; la velocidad máxima, 120."),
    ("pt", "Idade mín. de 18 anos, valor máx. de 50 €.", "Idade mínima de 18 anos, valor máximo de 50 euros."),
    # a race's time: hundredths after the seconds' mark, seconds alone after "à", decimal seconds after the minutes'
    # colon, a marathon's hours
    ("fr", "Il signe 1'52''31 et finit à 12'' du vainqueur.",
     "Il signe une minute 52 secondes 31 et finit à 12 secondes du vainqueur."),
    ("fr", "Elle court en 10\"92.", "Elle court en 10 secondes 92."),
    ("it", "Chiude in 1'12\"45.", "Chiude in un minuto 12 secondi 45."),
    ("de", "Sie fuhr 1:45,32 Min., er 2:01,5.", "Sie fuhr eine Minute 45,32 Sekunden, er 2 Minuten 01,5."),
    ("es", "Bajó en 1:45,32.", "Bajó en un minuto 45,32."),
    ("pt", "Correu em 2:08:15.", "Correu em 2 horas 8 minutos e 15 segundos."),
    ("it", "Ha chiuso in 2:10:05.", "Ha chiuso in 2 ore 10 minuti e 5 secondi."),
    # alcohol by volume on a label, and a bottle's centilitres
    ("de", "Rum, 40 % Vol., 70 cl.", "Rum, 40 Volumenprozent, 70 Zentiliter."),
    ("fr", "Un rosé à 12,5 % vol.", "Un rosé à 12,5 % volume."),
    ("es", "Un cava de 11,5 % vol. y 75 cl.", "Un cava de 11,5 % volumen y 75 centilitros."),
    ("it", "Prosecco 11% vol, 75 cl.", "Prosecco 11 % volume, 75 centilitri."),
    ("pt", "Vinho verde, 10 % vol.", "Vinho verde, 10 % volume."),
    # German courts, laws and leaflets
    ("de", "Az. 5 U 12/24; BGBl. II S. 7.", "Aktenzeichen 5 U 12/24; Bundesgesetzblatt Teil 2 Seite 7."),
    ("de", "Nach Art. 5 Abs. 3 S. 2 GG und § 8 S. 1.", "Nach Artikel 5 Absatz 3 Satz 2 GG und Paragraf 8 Satz 1."),
    ("de", "Zinsen 2 % p. a.; 3 Tbl./Tag; 12 Mon. Laufzeit.",
     "Zinsen 2 % pro Jahr; 3 Tabletten pro Tag; 12 Monate Laufzeit."),
    ("de", "Seminar Mi 16–18 Uhr s.t., Sa 9.30–12 Uhr.",
     "Seminar Mittwoch 16 bis 18 Uhr sine tempore, Samstag 9 Uhr 30 bis 12 Uhr."),
    ("de", "Es regnete 25 l/qm; 1.500 kJ/100 g; Öl bei 90 US-$.",
     "Es regnete 25 Liter pro Quadratmeter; 1.500 Kilojoule pro 100 Gramm; Öl bei 90 US-Dollar."),
    ("de", "Platz 3 mit 52:31 Toren; 3 x wöchentl.", "Platz 3 mit 52 zu 31 Toren; 3 mal wöchentlich."),
    ("de", "Warmmiete 900 €, NK 150 €, EG rechts.", "Warmmiete 900 Euro, Nebenkosten 150 Euro, Erdgeschoss rechts."),
    ("de", "Flug EW 582 ab T1, Gate A 12.", "Flug EW 582 ab Terminal 1, Gate A 12."),
    ("de", "Lies Seite 1234. Flug LH 1780 nach Bonn.", "Lies Seite 1234. Flug LH 1780 nach Bonn."),
    ("de", "Am Montag, 1 Tag nach der Wahl.", "Am Montag, ein Tag nach der Wahl."),
    # a place with no pronoun: the subject's article and a singular verb tell its gender (sweep7's miss)
    ("de", "Die Staffel wurde am Ende nur 4.", "Die Staffel wurde am Ende nur Vierte."),
    ("de", "Das Team kam als 2. ins Ziel.", "Das Team kam als Zweites ins Ziel."),
    # French: taxes, the gazette, a glued number sign, stoppage after an ordinal minute, "une" before feminine nouns
    ("fr", "Total 80 € HT, 96 € TTC.", "Total 80 euros hors taxes, 96 euros toutes taxes comprises."),
    ("fr", "Paru au JORF n°12.", "Paru au Journal officiel numéro 12."),
    ("fr", "Égalisation à la 90e+4.", "Égalisation à la quatre-vingt-dixième plus 4."),
    ("fr", "Il reste 1 minute; 1 fois par jour, 1 gélule.", "Il reste une minute; une fois par jour, une gélule."),
    # Italian: laws, codes, the gazette, the carabinieri, a platform, undotted weekday spans
    ("it", "Il D.Lgs. 50/2016 e la L. 190/2012, in G.U. n. 5.",
     "Il decreto legislativo 50 del 2016 e la legge 190 del 2012, in Gazzetta Ufficiale numero 5."),
    ("it", "Art. 575 c.p.; fermato dai CC; binario: bin. 3.",
     "Articolo 575 del codice penale; fermato dai carabinieri; binario: binario 3."),
    ("it", "Aperto mar-sab 10-19.", "Aperto da martedì a sabato dalle 10 alle 19."),
    ("it", "In 1 secondo è finita.", "In un secondo è finita."),
    # Spanish and Portuguese: the penal code, the gazette, weekend days after a plural article, weekdays, clocks
    ("es", "Según el art. 138 del CP.", "Según el artículo 138 del Código Penal."),
    ("pt", "Nos termos do CP e do DR n.º 12.", "Nos termos do Código Penal e do Diário da República número 12."),
    ("pt", "Fechado aos sáb. e aos dom.", "Fechado aos sábados e aos domingos."),
    ("es", "De 9.00 a 13.30 h, vie. por la tarde no.", "De 9 a 13 y 30, viernes por la tarde no."),
    ("es", "Total: 30 € IVA incl.", "Total: 30 euros IVA incluido."),
]
_LEFT = [
    # a masculine noun, or no noun, before the abbreviation; a clause's start after "y"
    ("es", "El peso máx. es 5; y mín. 2.", "El peso máximo es 5; y mínimo 2."),
    # a minute without its seconds' mark is a match's minute; an inch's mark alone; a clock with seconds after "às"
    ("fr", "Écran 27'' et but à la 23'.", "Écran 27'' et but à la 23'."),
    ("pt", "Às 9:15:30 partiu.", "Às 9:15:30 partiu."),
    ("it", "Alle 9:15:30 è partito.", "Alle 9:15:30 è partito."),
    ("es", "A las 9:05 y 2:1.", "A las 9 y 5 y 2 a 1."),
    # a percentage that is no alcohol's; "Vol." before a number is a volume
    ("fr", "Une hausse de 12 %. Vol. 2 paru.", "Une hausse de 12 %. Vol. 2 paru."),
    # "S." before a page elsewhere; "die EG", the Community; "NK" with no listing's sign; "T2" with no flight
    ("de", "Siehe S. 12 und Art. 3.", "Siehe Seite 12 und Artikel 3."),
    ("de", "Die EG wurde gegründet; die NK steigen.", "Die EG wurde gegründet; die NK steigen."),
    ("de", "Ein T2 ab T1.", "Ein T2 ab T1."),
    ("de", "So 10 Uhr geht es los; 3 x 4 m.", "So 10 Uhr geht es los; 3 mal 4 Meter."),
    # goals only before their word; a score and a clock stay theirs
    ("de", "Es stand 2:1, um 14:30 Uhr.", "Es stand 2 zu 1, um 14 Uhr 30."),
    # a plural verb or a name tells no gender; a date after the verb is the date rules'
    ("de", "Die Bayern wurden nur 5. Die Wahl wurde am 7. Mai vertagt.",
     "Die Bayern wurden nur 5. Die Wahl wurde am siebten Mai vertagt."),
    # a one after a definite article or a label is no article
    ("it", "Il 1 secondo tempo; binario 1 secondo.", "Il 1 secondo tempo; binario 1 secondo."),
    ("de", "Gleis 1 Richtung Köln.", "Gleis 1 Richtung Köln."),
    # "CC" after a number; "CP" before a postcode; "DR" alone
    ("it", "Ha 125 CC di cilindrata.", "Ha 125 CC di cilindrata."),
    ("es", "El CP 28001 es de Madrid.", "El CP 28001 es de Madrid."),
    ("pt", "O DR Silva chegou.", "O DR Silva chegou."),
    # a stoppage time only after a half's last minute
    ("fr", "La 3e+4 n'est rien.", "La troisième+4 n'est rien."),
]
globals().update(rule_tests(_READ, _LEFT))

# What the voice must say of a reading (language, written, what a reader says).
_SAID = [
    # what the sweep leaves to the voice, because it says it right (the readings added after listening)
    ("de", "Tiefstwerte von -8 Grad.", "Tiefstwerte von minus 8 Grad."),
    ("it", "Minime fino a -5 gradi.", "Minime fino a meno 5 gradi."),
    ("fr", "à 12 secondes du 1er.", "à 12 secondes du premier."),
    # and what the rules give it: "1 gélule" was "un gélule", "-1,2 %" stays the voice's "minus"
    ("fr", "Prendre 1 gélule.", "Prendre une gélule."),
    ("it", "In 1 secondo.", "In un secondo."),
]
globals().update(voice_tests(_SAID))
# Text built to be slow for a rule that scans back or ahead at every start: each rule of this sweep must stay linear.
_HOSTILE = {
    "de": ["1:45,3" * 6000, "Sa 1" * 8000, "14.30–" * 6000, "41:29 " * 6000, "EG NK Miete " * 4000,
           "von T1 Flug " * 4000, "Abs. 1 S. " * 5000, "% vol" * 8000],
    "fr": ["1'52''3" * 6000, "10\"9" * 8000, "à 12'' " * 6000, "n°0" * 8000, "45e+" * 8000],
    "es": ["experiencia mín. " * 5000, "10.00 a " * 6000, "del CP " * 6000, "2:08:1" * 6000],
    "it": ["dai CC " * 6000, "lun-ven " * 6000, "L. 241/" * 6000, "1'12\"4" * 6000],
    "pt": ["aos dom. " * 6000, "do CP DR n.º " * 5000, "dose máx. " * 6000, "9:15:3" * 6000],
}
globals().update(hostile_tests(_HOSTILE))
