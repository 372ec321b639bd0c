"""The forms the twelfth languages sweep (tests/test_speech_languages_sweep12.py) left, each read as a class of text by
examples of our own, with what only looks like it (h203): a shortened month's stop before a capital in French, Italian
and Portuguese ("en sept. Puis": the stop ends the sentence too); a Roman ordinal opening a list's item before "Satz"
in German ("IV. Satz"), "Satz" a masculine noun ("2. Satz": "zweiter"), "3x tgl." ("3 mal täglich"); Italian bands
of hours with their word between ("fasce garantite 6-9"), a weekday shortened before a part of the day ("dom.
mattina"), a weekday span's "da" after a comma; a Portuguese weekday shortened after "de" where the sentence ends or a
colon follows ("de seg." only after a time: "curso de seg." is "segurança"); a French leaflet's "1 cp" and "3
fois/j". French "1er" is left written: every French rule leaves it, and the voice says it "premier" (tested below)."""

from __future__ import annotations

from sweeps import hostile_tests, rule_tests, voice_tests

_READ = [
    # a shortened month's stop before a capital is the sentence's too (the nouns of these languages are small)
    ("fr", "La réunion a eu lieu en sept. Puis le conseil a voté.",
     "La réunion a eu lieu en septembre. Puis le conseil a voté."),
    ("fr", "Le chantier a repris fin janv. Les riverains protestent.",
     "Le chantier a repris fin janvier. Les riverains protestent."),
    ("fr", "Ils partent le 12 oct. Mardi, tout est fermé.", "Ils partent le 12 octobre. Mardi, tout est fermé."),
    ("it", "Consegna entro dic. Poi si vedrà.", "Consegna entro dicembre. Poi si vedrà."),
    ("pt", "Obras até dez. Depois, a estrada abre.", "Obras até dezembro. Depois, a estrada abre."),
    # German: a Roman ordinal opening a list's item before a masculine noun; "Satz" is one; "tgl."
    ("de", "Beethoven, III. Satz: Scherzo.", "Beethoven, dritter Satz: Scherzo."),
    ("de", "Programm: II. Satz, dann Pause.", "Programm: zweiter Satz, dann Pause."),
    ("de", "Ergebnis: 3. Satz verloren.", "Ergebnis: dritter Satz verloren."),
    ("de", "Die Tabletten 2x tgl. einnehmen.", "Die Tabletten 2 mal täglich einnehmen."),
    ("de", "Geöffnet tgl. ab 9 Uhr.", "Geöffnet täglich ab 9 Uhr."),
    # Italian: a band's word before its hours, a weekday before a part of the day, a span's "da" after a comma
    ("it", "Restano le fasce protette 7-10 e 17-20.", "Restano le fasce protette dalle 7 alle 10 e dalle 17 alle 20."),
    ("it", "Chiuso dom. pomeriggio e lun. mattina.", "Chiuso domenica pomeriggio e lunedì mattina."),
    ("it", "Il mar. mattina è calmo.", "Il martedì mattina è calmo."),
    ("it", "Info al numero verde, mar.-sab. 10-18.", "Info al numero verde, da martedì a sabato dalle 10 alle 18."),
    # Portuguese: a weekday after "de" where the sentence ends or a colon follows; "seg." after a time
    ("pt", "Reunião marcada para as 10h de ter.", "Reunião marcada para as 10 horas de terça-feira."),
    ("pt", "Boletim de qua.: chuva forte.", "Boletim de quarta-feira: chuva forte."),
    ("pt", "Prazo até às 18h de seg.", "Prazo até às 18 horas de segunda-feira."),
    # French: a leaflet's tablets after their count, and its times a day
    ("fr", "Prendre 2 cp par jour, 1 cp le soir.", "Prendre 2 comprimés par jour, un comprimé le soir."),
    ("fr", "Posologie : 1 cp 3 fois/j.", "Posologie : un comprimé 3 fois par jour."),
]
_LEFT = [
    # a month's short form before a small letter goes on; German capitalises its nouns, so its stop is dropped
    ("fr", "Le 12 oct. à Lyon.", "Le 12 octobre à Lyon."),
    ("de", "Am 3. Jan. Beginn der Saison.", "Am dritten Januar Beginn der Saison."),
    # a name's initial after a comma, no valid numeral, and an "x" before no word of frequency
    ("de", "Müller, V. Schmidt und K. Meier.", "Müller, V. Schmidt und K. Meier."),
    ("de", "Bitte beachten: IIII. Satz.", "Bitte beachten: IIII. Satz."),
    ("de", "Sie hatte 3 x die Wahl.", "Sie hatte 3 x die Wahl."),
    # ages' bands have no such word between; a heading's colon and a bracket take no "da"
    ("it", "Bambini nelle fasce d'età 6-9 anni.", "Bambini nelle fasce d'età 6 a 9 anni."),
    ("it", "Orari: lun.-ven. 9-13.", "Orari: lunedì a venerdì dalle 9 alle 13."),
    ("it", "Aperto (lun.-ven.) tutto l'anno.", "Aperto (lunedì a venerdì) tutto l'anno."),
    # "de seg." with no time before is "segurança" as often; a weekday before more of the sentence is left
    ("pt", "Curso de seg. do trabalho.", "Curso de seg. do trabalho."),
    ("pt", "Equipamento de seg.", "Equipamento de seg."),
    ("pt", "Sorteio de sex. passada.", "Sorteio de sex. passada."),
    # "CP" the school year, in capitals or after no number
    ("fr", "Il redouble son CP cette année.", "Il redouble son CP cette année."),
    ("fr", "Sa classe de cp compte 20 élèves.", "Sa classe de cp compte 20 élèves."),
]
globals().update(rule_tests(_READ, _LEFT))

# "1er" is left written: the voice says it as the word (language, written, what a reader says).
_SAID = [
    ("fr", "Le 1er tour a lieu dimanche.", "Le premier tour a lieu dimanche."),
    ("fr", "Résultats du lundi 1er déc. : 5.", "Résultats du lundi premier décembre : 5."),
    ("de", "Mahler, IV. Satz.", "Mahler, vierter Satz."),
]
globals().update(voice_tests(_SAID))
# Text built to be slow for a rule that scans back or ahead at every start: each new rule must stay linear.
_HOSTILE = {
    "de": [", I. " * 8000, ", XI. Satz" * 6000, "3x tgl" * 8000],
    "fr": ["en sept. " * 6000, "1 cp " * 8000, "3 fois/" * 8000],
    "it": ["fasce garantite 6-" * 5000, "dom. " * 8000, ", lun.-" * 6000],
    "pt": ["de qui. " * 6000, "18h de seg" * 6000],
}
globals().update(hostile_tests(_HOSTILE))
