"""An eighth sweep of sentences in German, French, Spanish, Italian and Portuguese (h158), in genres the first seven
used least or not at all: obituaries, parliament and votes, tourism, transport strikes and timetables, science and
weather warnings, football tables; and "left", the forms earlier sweeps left (a place before a stop or a noun, a
clock's colon set apart, a lap's thousandths, a bare "1" before a noun) written anew
(tests/fixtures/speech/languages_sweep8.tsv, each row read in its language column's tag). As first written, narrator
read 115 of its 171 rows right: de 21/35, fr 25/34, es 24/34, it 18/34, pt 27/34; by genre obituary 21/25, parliament
21/25, tourism 14/25, transport 20/25, science 16/25, football 17/25, left 6/21 (118 with the readings added after
listening, see the fixture's header). Now 171 (the eight left are read since h166). The classes fixed are below,
each with what it must leave alone; what is left is in _KNOWN_MISSES."""

from __future__ import annotations

from sweeps import LANGUAGES, Sweep, hostile_tests, rule_tests, sweep_tests, voice_tests

# Its eight known misses are read since h166 (languages_sweep9): a place after "nur" and "als" by the subject's
# pronoun, "le 49.3" as data, a Roman numeral before a noun that counts in them, a hotel's stars before tidying,
# a span of days with a dash and the hours after it, a band of clock hours, a magnitude's decimal point.
_KNOWN_MISSES: dict[str, str] = {}


SWEEP = Sweep("languages_sweep8.tsv", _KNOWN_MISSES, form=str, tagged=True, least=170, languages=LANGUAGES,
              styles={"obituary", "parliament", "tourism", "transport", "science", "football", "left"}, only=True)
globals().update(sweep_tests(SWEEP))

# Each class read as our examples say (language, written, reading), and what only looks like it left as it is.
_READ = [
    # a table's signed difference in the language's "plus" (espeak-ng said nothing, or switched to English)
    ("de", "Tordifferenz: +7, Bilanz (+3).", "Tordifferenz: plus 7, Bilanz (plus 3)."),
    ("fr", "Une différence de +5 en fin de saison.", "Une différence de plus 5 en fin de saison."),
    ("it", "Differenza reti +4, punti 30.", "Differenza reti più 4, punti 30."),
    ("pt", "Saldo de +15.", "Saldo de mais 15."),
    ("fr", "Il finit +1'05'' derrière.", "Il finit plus 1 minute 5 secondes derrière."),
    # a clock's colon set apart, after a word that asks for a time or before the hour's word
    ("de", "Treffpunkt ab 18 : 45 Uhr.", "Treffpunkt ab 18 Uhr 45."),
    ("fr", "Ouverture à 9 : 30.", "Ouverture à 9 heures 30."),
    ("pt", "Abre às 8 : 00.", "Abre às 8 horas."),
    ("it", "Dalle 10 : 30.", "Dalle 10 e 30."),
    # a lap's thousandths after its seconds
    ("de", "Bestzeit 1'31''204.", "Bestzeit eine Minute, 31 Sekunden und 204 Tausendstel."),
    ("fr", "En 1'29''050.", "En une minute, 29 secondes et 50 millièmes."),
    ("pt", "Fez 1'30''999.", "Fez 1 minuto, 30 segundos e 999 milésimos."),
    # units of air tests and space, a hotel's board and room, heights, stations, a cup tie's ending, members
    ("de", "Ozon 120 µg/m³, Stickstoff 40 µg.", "Ozon 120 Mikrogramm pro Kubikmeter, Stickstoff 40 Mikrogramm."),
    ("fr", "Soit 1,5 UA, puis 5 UA.", "Soit 1,5 unité astronomique, puis 5 unités astronomiques."),
    ("es", "A 11 km/s.", "A 11 kilómetros por segundo."),
    ("de", "Zimmer im EZ oder DZ, mit ÜF, 59 € p. P.; HP ist eine Marke.", "Zimmer im Einzelzimmer oder Doppelzimmer, "
     "mit Übernachtung mit Frühstück, 59 Euro pro Person; HP ist eine Marke."),
    ("de", "Endstand 2:2 n. V., dann 4:3 i. E.; Termine n. V.", "Endstand 2 zu 2 nach Verlängerung, dann 4 zu 3 im "
     "Elfmeterschießen; Termine n. V."),
    ("de", "Der Gipfel liegt 2.962 m ü. NN, Zermatt 1.608 m ü. M.", "Der Gipfel liegt 2.962 Meter über Normalnull, "
     "Zermatt 1.608 Meter über Meer."),
    ("de", "Ankunft Berlin Hbf um 9 Uhr.", "Ankunft Berlin Hauptbahnhof um 9 Uhr."),
    ("de", "Es stimmten 300 Abg. zu; Abg. Müller nicht.", "Es stimmten 300 Abgeordnete zu; Abg. Müller nicht."),
    ("es", "Semana en MP, 3 noches con MP; el MP3 y el MP de Vox.", "Semana en media pensión, 3 noches con media "
     "pensión; el MP3 y el MP de Vox."),
    ("es", "Desde 300 € p.p. y una subida de 0,5 p.p.",  # percentage points after a bare number since h186
     "Desde 300 euros por persona y una subida de 0,5 puntos porcentuales."),
    ("es", "En el min. 45 y 90 min. en total.", "En el minuto 45 y 90 minutos en total."),
    ("es", "María López (D.E.P.), Q.E.P.D.", "María López (descanse en paz), que en paz descanse."),
    ("fr", "Chambre avec PDJ, 80 € par pers., 6 pers. au maximum.", "Chambre avec petit-déjeuner, 80 euros par "
     "personne, 6 personnes au maximum."),
    ("fr", "En ½ pension ou 1/2 sachet.", "En demi-pension ou un demi-sachet."),
    ("it", "A 1.200 m s.l.m., art. 3 Cost. e Hotel Cost.", "A 1.200 metri sul livello del mare, articolo 3 della "
     "Costituzione e Hotel Cost."),
    ("it", "Ogni 10', al 23' e 30' dopo.", "Ogni 10 minuti, al ventitreesimo e 30' dopo."),
    ("it", "Al 45'+2 il pareggio.", "Al quarantacinquesimo più 2 il pareggio."),
    ("pt", "Quarto c/ varanda, s/ vista; de 2.ª a 6.ª e de 3.ª a sáb.", "Quarto com varanda, sem vista; de "
     "segunda-feira a sexta-feira e de terça-feira a sábado."),
    ("pt", "São 2 mil milhões de km e 3 de km.", "São 2 mil milhões de quilômetros e 3 de km."),
    # German ordinals after "mein", "dein", "kein"; a life's dates after its signs
    ("de", "Mein 1. Buch, dein 3. Versuch, keine 4. Welle.", "Mein erstes Buch, dein dritter Versuch, keine vierte "
     "Welle."),
    ("de", "Anna († 2019) und Paul (* 1950); 3 * 4 = 12.", "Anna (gestorben 2019) und Paul (geboren "
     "neunzehnhundertfünfzig); 3 * 4 = 12."),
    ("de", "Ludwig (* 5. Mai 1901 in Ulm).", "Ludwig (geboren am fünften Mai neunzehnhunderteins in Ulm)."),
    # a bare one before a feminine noun is the article; a masculine one, a label's, an unknown gender are left
    ("es", "Queda 1 semana y 1 plaza libre; la línea 1 cerrada; 1 día, 1 problema.", "Queda una semana y una plaza "
     "libre; la línea 1 cerrada; un día, un problema."),  # masculine too since h166 ("uno día")
    ("it", "Manca 1 settimana, 1 ora e 1 problema; binario 1 partenza; 1 milione.", "Manca una settimana, un'ora e un "
     "problema; binario 1 partenza; un milione."),
    ("pt", "Falta 1 semana e 1 vaga; 1 dia, 1 mapa, 1 grama; plataforma 1 saída.", "Falta uma semana e uma vaga; 1 "
     "dia, 1 mapa, 1 grama; plataforma 1 saída."),
    ("fr", "Il reste 1 semaine, 1 question; page 1 ligne.", "Il reste une semaine, une question; page 1 ligne."),
    ("de", "Noch 1 Woche, in 1 Stunde, mit 1 Tablette; 1 Ende, 1 Käse; Gleis 1 Richtung Köln.", "Noch eine Woche, in "
     "einer Stunde, mit einer Tablette; 1 Ende, 1 Käse; Gleis 1 Richtung Köln."),
]
_LEFT = [
    # a telephone number's country code, a sum, a product, a plus after a number
    ("es", "Llame al +34 91 123 45 67.", "Llame al +34 91 123 45 67."),
    ("de", "Es gilt 3+4 und C++, Kinder 6+.", "Es gilt 3+4 und C++, Kinder 6+."),
    # odds, scales and a score with the colon set apart; a time with seconds
    ("de", "Quote 1 : 14 und Maßstab 1 : 50; Ergebnis 2 : 15.", "Quote 1 zu 14 und Maßstab 1 zu 50; Ergebnis 2 zu 15."),
    ("es", "La proporción es 3 : 45 y 12 : 30 : 15.", "La proporción es 3 : 45 y 12 : 30 : 15."),
    # two digits after the seconds' mark are no thousandths: hundredths, said as written since h175
    ("es", "Marcó 1'29''70.", "Marcó un minuto 29 segundos 70."),
    # a maker's letters, a form's; "n. V." without a score; an ordinal at the end of a longer word
    ("de", "Die HP-Aktie und das EZ-Formular.", "Die HP-Aktie und das EZ-Formular."),
    ("de", "Der Stein 2. Wahl, Verein 3. Liga.", "Der Stein 2. Wahl, Verein 3. Liga."),
    ("pt", "A 2.ª feira e a 3.ª etapa.", "A segunda feira e a terceira etapa."),
    # a one that is a decimal's, after "plus", before a plural
    ("de", "Nach 1,5 Stunden und 2 Flaschen, 10 plus 1 Minute.", "Nach 1,5 Stunden und 2 Flaschen, 10 plus 1 Minute."),
]
globals().update(rule_tests(_READ, _LEFT))

# What the voice must say of a reading (language, written, what a reader says).
_SAID = [
    # what the sweep leaves to the voice, because it says it right
    ("fr", "Elle s'est éteinte le 1er décembre.", "Elle s'est éteinte le premier décembre."),
    ("de", "Eine Mehrheit von 2 Drittel.", "Eine Mehrheit von zwei Drittel."),
    # and what the rules give it: "1 Flasche" was "eins Flasche", "1 botella" "uno botella", "+12" nothing
    ("de", "Sie kaufte 1 Flasche.", "Sie kaufte eine Flasche."),
    ("es", "Compró 1 botella.", "Compró una botella."),
    ("it", "Differenza reti +4.", "Differenza reti più quattro."),
]
globals().update(voice_tests(_SAID))
# Text built to be slow for a rule that scans back or ahead at every start: each rule of this sweep must stay linear.
_HOSTILE = {
    "de": ["+1" * 20000, "um 1 : " * 8000, "1 Flasche " * 4000, "* 1." * 10000, "mit HP " * 6000],
    "fr": ["1 tasse " * 5000, "à 1 : 1" * 6000, "1'29''" * 6000 + "708", "par pers." * 4000],
    "es": ["1 botella " * 5000, "€ p.p." * 6000, "+9 " * 10000, "las 1 : 3" * 5000],
    "it": ["1 bottiglia " * 5000, "ogni 1'" * 6000, "al 90'+" * 6000, "Cost." * 8000],
    "pt": ["1 garrafa " * 5000, "3.a a " * 8000, "c/ " * 10000, "mil de km " * 4000],
}
globals().update(hostile_tests(_HOSTILE))
