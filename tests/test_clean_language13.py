"""The language decision on pages of kinds the twelve sets before did not try (h175): Swiss German written with "ss"
for "ß" under a Swiss template's French, European Portuguese under a template's "pt-BR", an English article quoting
long French passages (in blockquotes, in plain paragraphs, as plain text), an English article under a German title
with no declaration, a Catalan note as plain text, a Luxembourgish notice and a Romansh one, which narrator has no
rules for. A listener wants the language the article's own words are in: "ss" is still German, a quotation is its
speaker's, a title alone does not make an English story German, Catalan is neither Spanish nor French, and
Luxembourgish is named as what it is: narrator then says so twice, that it has no reading rules for 'lb' (numbers and
dates are left to the voice) and that no voice here speaks it, with what to install. Every page is our own, its
expected language, region and warning written before narrator first read it: it decided 17 of the 18 cases and both
regions right at the first reading (the eleven first written all right); the Romansh page declaring nothing is left,
below. clean/language.py is unchanged: these pages hold what it does."""

from __future__ import annotations

import pytest

from narrator.model import Format
from tests.languages import decided, decision_tests
from tests.test_clean_language7 import page

SWISS_SS = (
    "<p>Die Stadt Zürich schliesst die Strasse zwischen dem Hauptbahnhof und dem Central ab Montag für drei Wochen. "
    "Grund sind grosse Arbeiten an den Tramgleisen, die seit Jahren erneuert werden müssen. Fussgänger und Velofahrer "
    "werden über die Bahnhofbrücke umgeleitet.</p>"
    "<p>Die Verkehrsbetriebe setzen Ersatzbusse ein, die im Zehnminutentakt fahren. Wer mit dem Auto unterwegs ist, "
    "soll die Innenstadt möglichst meiden, heisst es in der Mitteilung der Stadt.</p>")
PORTUGAL = (
    "<p>A CP anunciou que os comboios entre Lisboa e o Porto vão circular com atrasos durante o fim de semana, devido "
    "a obras na linha do Norte. Os passageiros podem consultar os horários no ecrã das estações ou no telemóvel.</p>"
    "<p>Para quem viaja de autocarro, a empresa reforçou as ligações entre Coimbra e Aveiro. A equipa de apoio estará "
    "nas estações para ajudar os utilizadores, e os bilhetes já comprados continuam válidos.</p>")
ENGLISH_WITH_FRENCH_BLOCKQUOTES = (
    "<p>The mayor of Lyon spoke for nearly an hour on Tuesday evening, and her opening words set the tone for the rest "
    "of the debate about the city's new tram line.</p>"
    "<blockquote>Nous avons attendu trop longtemps. Les habitants des quartiers de l'est méritent les mêmes "
    "transports que ceux du centre, et nous allons commencer les travaux dès le printemps prochain, quoi qu'en disent "
    "nos adversaires.</blockquote>"
    "<p>Opposition councillors were not convinced. One of them read out a long passage from the city's own report, "
    "which they said showed that the costs had been badly underestimated.</p>"
    "<blockquote>Le coût total du projet pourrait dépasser de quarante pour cent les estimations initiales, en raison "
    "de la hausse des prix des matériaux et des retards accumulés pendant la phase d'études.</blockquote>"
    "<p>The council will vote on the budget next month.</p>")
ENGLISH_WITH_FRENCH_PARAGRAPHS = (
    "<p>The mayor of Lyon spoke for nearly an hour on Tuesday evening, and her opening words set the tone for the rest "
    "of the debate about the city's new tram line, which has been promised for more than ten years.</p>"
    "<p>« Nous avons attendu trop longtemps. Les habitants des quartiers de l'est méritent les mêmes transports que "
    "ceux du centre, et nous allons commencer les travaux dès le printemps prochain. »</p>"
    "<p>Opposition councillors were not convinced, and they said that the city's own figures showed the costs had been "
    "badly underestimated from the start. The council will vote on the budget next month, after a public hearing.</p>")
ENGLISH_BODY = (
    "<p>Thirty years after the fall of the Berlin Wall, the two halves of the country still differ in wages, in "
    "pensions and in how people vote. Economists say the gap has narrowed, but it has not closed.</p>"
    "<p>In the eastern states, average pay is still about a fifth lower than in the west, and young people continue "
    "to move to cities such as Munich and Hamburg in search of better jobs.</p>")
GERMAN_TITLE = "Wiedervereinigung: Dreißig Jahre danach"
CATALAN = (
    "L'Ajuntament de Girona tancarà la piscina municipal durant tot el mes d'agost per fer-hi obres de millora. "
    "Els usuaris podran utilitzar les instal·lacions del barri de Montilivi, que allargaran l'horari d'obertura fins "
    "a les deu del vespre.\n\n"
    "Segons el regidor d'Esports, les obres costaran uns dos-cents mil euros i permetran canviar el sistema de "
    "calefacció de l'aigua, que tenia més de vint anys.\n")
LUXEMBOURGISH = (
    "<p>D'Gemeng Esch-Uelzecht informéiert, datt d'Schwämm vum nächste Méindeg u fir zwou Wochen zou ass. Et ginn "
    "Aarbechten um Daach an an de Kabinne gemaach, déi scho laang geplangt waren.</p>"
    "<p>Wärend där Zäit kënnen d'Schoulklassen an d'Veräiner d'Schwämm an der Nopeschgemeng notzen. D'Bussen fueren "
    "wéi gewinnt, an d'Bierger gi gebieden, sech op der Internetsäit vun der Gemeng ze informéieren.</p>")
SWISS_SS_SHORT = ("<p>Die Strasse beim Central bleibt ab Montag drei Wochen gesperrt, Fussgänger werden über die "
                  "Bahnhofbrücke umgeleitet.</p>")
ROMANSH = (
    "<p>La vischnanca da Mustér infurmescha ch'il bogn public resta serrà durant duas emnas. Ils lavurs vegnan fatgs "
    "vi dal tetg e vi da las cabinas, quai ch'era planisà gia daditg.</p>"
    "<p>Durant quest temp pon las scolas e las uniuns duvrar il bogn da la vischnanca vischina. Ils autos da posta "
    "van sco adina, e la populaziun vegn supplitgada da s'infurmar sin la pagina d'internet da la vischnanca.</p>")

CASES = [
    # (name, data, kind, language, warned)
    # Swiss German written with "ss" for "ß", under a Swiss site's French template, and declaring nothing
    ("de-ch-ss-declaring-fr-ch", page("fr-CH", SWISS_SS, "Strasse beim Central gesperrt"), Format.HTML, "de", True),
    ("de-ch-ss-declaring-none", page("", SWISS_SS, "Strasse beim Central gesperrt"), Format.HTML, "de", False),
    # European Portuguese under a template's Brazil: Portuguese, no warning (its region is the words', below)
    ("pt-pt-declaring-pt-br", page("pt-BR", PORTUGAL, "Obras na linha do Norte"), Format.HTML, "pt", False),
    # an English article quoting long French passages: a quotation is its speaker's language, not the article's
    ("en-quoting-french-blockquotes-declaring-en", page("en", ENGLISH_WITH_FRENCH_BLOCKQUOTES, "Lyon's tram fight"),
     Format.HTML, "en", False),
    ("en-quoting-french-blockquotes-declaring-fr", page("fr", ENGLISH_WITH_FRENCH_BLOCKQUOTES, "Lyon's tram fight"),
     Format.HTML, "en", True),
    ("en-quoting-french-paragraphs-declaring-en", page("en", ENGLISH_WITH_FRENCH_PARAGRAPHS, "Lyon's tram fight"),
     Format.HTML, "en", False),
    # an English story under a German title, with no declaration: the body decides
    ("en-body-under-german-title-declaring-none", page("", ENGLISH_BODY, GERMAN_TITLE), Format.HTML, "en", False),
    ("en-body-under-german-title-text", (GERMAN_TITLE + "\n\n" + ENGLISH_BODY.replace("<p>", "").replace(
        "</p>", "\n\n")).encode(), Format.TEXT, "en", False),
    # a Catalan note as plain text: neither Spanish nor French
    ("ca-text", ("Piscina tancada a l'agost\n\n" + CATALAN).encode(), Format.TEXT, "ca", False),
    # a Luxembourgish notice, declaring nothing and under a template's French: named as what it is
    ("lb-declaring-none", page("", LUXEMBOURGISH, "Schwämm zou"), Format.HTML, "lb", False),
    ("lb-declaring-fr", page("fr", LUXEMBOURGISH, "Schwämm zou"), Format.HTML, "lb", True),
    # written after the first eleven: a short Swiss notice under the French template; a Romansh notice, which the
    # identifier has no model of, declared so (its declaration stands) and declaring nothing; the English article
    # with French quotations as plain text
    ("de-ch-ss-short-declaring-fr-ch", page("fr-CH", SWISS_SS_SHORT, "Strasse gesperrt"), Format.HTML, "de", True),
    ("rm-declaring-rm", page("rm", ROMANSH, "Bogn serrà"), Format.HTML, "rm", False),
    ("rm-declaring-none", page("", ROMANSH, "Bogn serrà"), Format.HTML, "rm", False),
    ("en-quoting-french-text", ("Lyon's tram fight\n\n" + ENGLISH_WITH_FRENCH_PARAGRAPHS.replace("<p>", "").replace(
        "</p>", "\n\n")).encode(), Format.TEXT, "en", False),
]
# What narrator does not decide right yet; strict, so that one that starts to pass becomes a test.
KNOWN = {
    "rm-declaring-none": "py3langid has no model of Romansh and names it Occitan ('oc'); narrator has rules and voices "
                         "for neither, so the listener hears the same, but the warning names the wrong language: left",
}


# The tests every file of cases runs (tests/languages.py).
globals().update(decision_tests(CASES, KNOWN))


@pytest.mark.parametrize(("name", "data", "region"), [
    # Portugal's words (comboios, autocarro, equipa, telemóvel, ecrã) under a template's "pt-BR": Portugal's voice
    ("pt-pt-declaring-pt-br", page("pt-BR", PORTUGAL, "Obras na linha do Norte"), "pt"),
    ("pt-pt-declaring-none", page("", PORTUGAL, "Obras na linha do Norte"), "pt"),
])
def test_the_words_decide_the_region(name: str, data: bytes, region: str, caplog: pytest.LogCaptureFixture) -> None:
    found, _ = decided(data, caplog)
    assert found.partition("-")[2] == region, f"{name} is read as {found!r}"
