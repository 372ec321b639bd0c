"""An eleventh sweep of sentences in German, French, Spanish, Italian and Portuguese (h186), in the genres the brief
named: property listings, job adverts, recipes, election results, car adverts, history, ordinals and dates in letters,
cycling and motor sport, money at scale, public health, school grades and science news
(tests/fixtures/speech/languages_sweep11.tsv, each row read in its language column's tag). As first written, narrator
read 117 of its first 170 rows right: de 19/34, fr 24/34, es 28/34, it 22/34, pt 24/34; by genre property 7/15, jobs
7/15, recipe 10/15, election 13/15, motoring 9/15, history 10/15, dates 14/15, racing 10/14, money 12/15, health 10/15,
school 8/12, science 7/9 (125 with the readings added after listening, see the fixture's header); now 168 (170 since
sweep 12, h197, read its two left forms). The third kept aside (every third row) read 40 of 56 at first and 56 now, the
rest 77 of 114 and 112; but the aside rows' misses were read while the rules were written, so thirty more rows were
written after the rules as a held-out check: 29 of 30 read at first (main reads 18), all 30 now. The classes fixed are
below, each with what it must leave alone; what is left is in _KNOWN_MISSES. The forms earlier sweeps left are read too
("1 sobre", "a 16-18 °C", "Analisi I", a weekday's stop before a new sentence, the Italian "IVA"), with their guards in
_READ and _LEFT."""

from __future__ import annotations

from sweeps import LANGUAGES, Sweep, hostile_tests, rule_tests, sweep_tests, voice_tests

# (its two left forms, "CO₂ 139 g/km" and "13,2/14", are read since sweep 12, h197)
_KNOWN_MISSES: dict[str, str] = {}
_GENRES = {"property", "jobs", "recipe", "election", "motoring", "history", "dates", "racing", "money", "health",
           "school", "science"}
SWEEP = Sweep("languages_sweep11.tsv", _KNOWN_MISSES, form=str, tagged=True, least=200, languages=LANGUAGES,
              styles=_GENRES, only=True)
globals().update(sweep_tests(SWEEP))

# Each class read as our examples say (language, written, reading), and what only looks like it left as it is.
_READ = [
    # German listings, adverts and reports: a deposit in cold rents, the asking price's basis after the amount, a
    # car's owners (dative after "aus"), two compounds sharing their last part, percentage points and trillions, a
    # school mark's sign, a minute of a race, a pinch, combined consumption, inhabitants, pay per a period, a power,
    # an emission per kilometre
    ("de", "Golf aus 1. Hand, Kaution 2 KM, Preis 9.990 € VB.",
     "Golf aus erster Hand, Kaution 2 Kaltmieten, Preis 9.990 Euro Verhandlungsbasis."),
    ("de", "Opel Astra, 2. Hand, Vor-/Nachname und Ein-/Ausgang.",
     "Opel Astra, zweite Hand, Vor- und Nachname und Ein- und Ausgang."),
    ("de", "Die Grünen verlieren 2,1 Pp.; Schulden 2,5 Bio. Euro.",
     "Die Grünen verlieren 2,1 Prozentpunkte; Schulden 2,5 Billionen Euro."),
    ("de", "Er bekam eine 1-, sie eine 4+ und die Note 2-.",
     "Er bekam eine 1 minus, sie eine 4 plus und die Note 2 minus."),
    ("de", "Sie lief 1:05 Min., er 3:12 Min.", "Sie lief eine Minute 05, er 3 Minuten 12."),
    ("de", "Verbrauch komb. 4,9 l; 1 Msp. Salz; 900 Einw.",
     "Verbrauch kombiniert 4,9 Liter; eine Messerspitze Salz; 900 Einwohner."),
    ("de", "Man gebe 1 EL Honig dazu.", "Man gebe einen Esslöffel Honig dazu."),
    ("de", "Zutaten: 1 TL Salz, 1 EL Butter.", "Zutaten: ein Teelöffel Salz, ein Esslöffel Butter."),
    ("de", "Mit 1 EL Öl beträufeln.", "Mit einem Esslöffel Öl beträufeln."),
    ("de", "Gehalt 3.100 € netto/Monat, 50.000 € brutto/Jahr.",
     "Gehalt 3.100 Euro netto pro Monat, 50.000 Euro brutto pro Jahr."),
    ("de", "Bonus: 13. Monatsgehalt, 2. Quartal, 3. Tor in Folge.",
     "Bonus: dreizehntes Monatsgehalt, zweites Quartal, drittes Tor in Folge."),
    ("de", "Etwa 10⁻³ und 10⁹; er stößt 120 g/km aus.",
     "Etwa 10 hoch minus 3 und 10 hoch 9; er stößt 120 Gramm pro Kilometer aus."),
    # French: a lift, a registration, both sexes in small letters in their brackets, a minimum after its noun and
    # minutes' stop mid-sentence, "une" before nouns in "-ée", fiscal horsepower, billions of a grouped number, a
    # living area, a power, a whole and a half
    ("fr", "Appartement sans asc., 1re immat. 2019, (f/h) et (H/F).",
     "Appartement sans ascenseur, première immatriculation 2019, (femme ou homme) et (homme ou femme)."),
    ("fr", "Âge min. : 18 ans ; 25 min. de marche ; taille min.",
     "Âge minimum : 18 ans ; 25 minutes de marche ; taille minimum."),
    ("fr", "1 poignée de riz, 1 année, 1 gousse d'ail.", "Une poignée de riz, une année, une gousse d'ail."),
    ("fr", "9 CV fiscaux, 2 500 Md€ et 1,5 Md€.",
     "9 chevaux fiscaux, 2 500 milliards d'euros et 1,5 milliard d'euros."),
    ("fr", "90 m² hab. pour 10 000 hab.", "90 mètres carrés habitables pour 10 000 habitants."),
    ("fr", "Soit 10⁻⁹ ; il a eu 12½.", "Soit 10 puissance moins 9 ; il a eu 12 et demi."),
    # Spanish: bedrooms, percentage points after a bare number, every so many hours, net pay per year, a gap of
    # minutes alone, a whole and a half, a power
    ("es", "Piso de 3 dorm., sube 2 p.p.; c/8 h; 2.100 € netos/año.",
     "Piso de 3 dormitorios, sube 2 puntos porcentuales; cada 8 horas; 2.100 euros netos al año."),
    ("es", "La fuga llegó con 5' de ventaja.", "La fuga llegó con 5 minutos de ventaja."),
    ("es", "Un 8½ y 10⁻³.", "Un 8 y medio y 10 elevado a menos 3."),
    # Italian: a listing's and an advert's shortenings, the degree sign for an ordinal before a noun it counts, a
    # mileage opening a line, a measure's span after "per" or "a" and a span of years kept with their dash, a whole
    # and a half, a power, minutes alone
    ("it", "Villa 200 mq comm., spese cond. 90 €, contratto a tempo indet., 36 ore sett.",
     "Villa 200 metri quadrati commerciali, spese condominiali 90 €, contratto a tempo indeterminato, 36 ore "
     "settimanali."),
    ("it", "Al 3° piano, 1° posto.", "Al terzo piano, primo posto."),
    ("it", "Km 120.000, tagliandata.", "Chilometri 120.000, tagliandata."),
    ("it", "Cuocere per 10-12 minuti; servire a 8-10 °C; guerra (1939-1945).",
     "Cuocere per 10-12 minuti; servire a 8-10 gradi; guerra (1939-1945)."),
    ("it", "Voto 8½, 3½ ore, 10⁻⁶.", "Voto 8 e mezzo, 3 ore e mezzo, 10 alla meno 6."),
    ("it", "Il gruppo è a 4', Ganna a 1' dal leader.", "Il gruppo è a 4 minuti, Ganna a un minuto dal leader."),
    # Portuguese: bedrooms, marks, inhabitants after "mil", both sexes in brackets, a year's pay in months, thousands
    # of millions of euros, minutes alone, a whole and a half, a power
    ("pt", "T3, 3 dorm.; 18 val.; 500 mil hab.; 1 dorm.",
     "T3, 3 dormitórios; 18 valores; 500 mil habitantes; 1 dormitório."),
    ("pt", "Procura-se motorista (M/F), 1.500 € x 14 meses.",
     "Procura-se motorista (masculino ou feminino), 1.500 euros vezes 14 meses."),
    ("pt", "3,2 mil M€; a fuga tinha 2' de vantagem.", "3,2 mil milhões de euros; a fuga tinha 2 minutos de vantagem."),
    ("pt", "7½ e 10^-9.", "7 e meio e 10 elevado a menos 9."),
    # the forms earlier sweeps left: one sachet ("un sobre"), a course's part ("Analisi uno"), the tax said as a
    # word ("Iva"), a weekday's stop that is also the sentence's before a capital
    ("es", "Tomar 1 sobre cada 12 h. Disolver 1 sobre en agua.",
     "Tomar un sobre cada 12 horas. Disolver un sobre en agua."),
    ("it", "Esami di Fisica II e Analisi I; prezzo IVA incl.",
     "Esami di Fisica due e Analisi uno; prezzo Iva inclusa."),
    ("es", "Abierto los sáb. Cerrado los dom.", "Abierto los sábados. Cerrado los domingos."),
    ("pt", "Fechado aos dom. Abre às 9h.", "Fechado aos domingos. Abre às 9 horas."),
]
_LEFT = [
    # "KM" without a deposit is a distance; "Bio." without a number is food; a mark's sign only after "eine" or
    # "Note" and before a pause
    ("de", "Ein 5 KM Lauf; das ist Bio.", "Ein 5 KM Lauf; das ist Bio."),
    ("de", "Eine 2-Zimmer-Wohnung, Note 1-2.", "Eine 2-Zimmer-Wohnung, Note 1 bis 2."),
    # an ordinal with no article before a noun whose gender its ending does not tell, or after a word ("2. Platz" is
    # read since sweep 12, h197: a masculine noun of a short table)
    ("de", "Platz 3, 2. Platz für Bayern; Montag, 1. Mai; 1. FC Köln.",
     "Platz 3, zweiter Platz für Bayern; Montag, erster Mai; 1. FC Köln."),
    # "min." before a number; a CV that is a résumé; masculine nouns in "-ée"; a half before a noun it agrees with
    ("fr", "Expérience min. 3 ans ; un CV de 2 pages.", "Expérience min. 3 ans ; un CV de 2 pages."),
    ("fr", "1 musée, 1 lycée.", "1 musée, 1 lycée."),
    ("fr", "Il faut 2 1/2 heures.", "Il faut 2 1/2 heures."),
    # a street's "C/" before a name; a price per person after the euro; a match's minute after an article
    ("es", "C/ Mayor 3; desde 99 € p.p.; gol en el 23' y en el 45'.",
     "calle Mayor 3; desde 99 euros por persona; gol en el 23' y en el 45'."),
    ("es", "Tardó 2½ horas.", "Tardó 2 horas y media."),  # read since sweep 12 (h197)
    # heat in degrees; a score's span; a month's day; two minutes of a match
    ("it", "A 38° all'ombra, il 1° maggio.", "A 38° all'ombra, il primo maggio."),
    ("it", "Vince per 3-1; a 2-3.", "Vince per 3 a 1; a 2 a 3."),
    ("it", "Gol al 23' e 30'.", "Gol al ventitreesimo e 30'."),
    # a score with "x"; a match's minute after "aos"
    ("pt", "Benfica 2 x 1 Porto; golo aos 23'.", "Benfica 2 a 1 Porto; golo aos 23'."),
    # "1 sobre 10" is a ratio; a ruler's numeral is the voice's; a weekday before a small word keeps no stop
    ("es", "Uno sobre diez: 1 sobre 10; 1 sobre el total.", "Uno sobre diez: 1 sobre 10; 1 sobre el total."),
    ("it", "Vittorio Emanuele II e Analisi matematica.", "Vittorio Emanuele II e Analisi matematica."),
    ("es", "Abierto los sáb. y festivos.", "Abierto los sábados y festivos."),
]
globals().update(rule_tests(_READ, _LEFT))

# What the voice must say of a reading (language, written, what a reader says): the readings added after listening,
# and what the rules give it.
_SAID = [
    ("fr", "le 1er décembre", "le premier décembre"),
    ("it", "Luigi XIV visitò Roma.", "Luigi quattordicesimo visitò Roma."),
    ("it", "Affitto 900 €.", "Affitto 900 euro."),
    ("de", "Die Stadt wurde 1945 zerstört.", "Die Stadt wurde neunzehnhundertfünfundvierzig zerstört."),
    ("it", "Al 2° piano.", "Al secondo piano."),
    ("es", "Tenía 3' de ventaja.", "Tenía 3 minutos de ventaja."),
    ("it", "Prezzo IVA incl.", "Prezzo iva inclusa."),  # the voice spelled "IVA"
    ("es", "Tomar 1 sobre.", "Tomar un sobre."),
]
globals().update(voice_tests(_SAID))
# Text built to be slow for a rule that scans back or ahead at every start: each rule of this sweep must stay linear.
_HOSTILE = {
    "de": ["Kaution 1 KM " * 5000, "€ VB " * 6000, "aus 1. Hand " * 5000, "Ober-/" * 8000, "eine 2- " * 6000,
           "1 TL Salz " * 5000, "10^-" * 8000, "Euro brutto/" * 5000, "2,1 Pp. " * 6000],
    "fr": ["asc., " * 8000, "taille min. " * 6000, "25 min. de " * 6000, "3 000 " * 6000 + "Md€", "(h/f)" * 8000,
           "m2 hab. " * 6000, "12 1/2" * 6000, "1 pincée " * 6000],
    "es": ["3 dorm. " * 6000, "c/8 h " * 8000, "€ brutos/" * 6000, "tenía 3' " * 6000, "2 p.p. " * 6000],
    "it": ["2° piano " * 6000, "Km 1.000 " * 6000, "per 10-12 minuti " * 5000, "1939-1945 " * 6000, "3 1/2 ore " * 6000,
           "spese cond. " * 6000, "a 2' " * 8000],
    "pt": ["100 mil hab. " * 6000, "(m/f)" * 8000, "x 14 meses " * 6000, "16,6 mil M€ " * 5000, "4' de " * 8000],
}
globals().update(hostile_tests(_HOSTILE))
