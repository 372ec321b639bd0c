"""The language decision on pages of kinds the sixteen sets before did not try (h214): a page declared "en" whose body
is Portuguese under English navigation; a German article quoting an English executive at length (declared "de",
declaring nothing, under a template's "en"); a page in Catalan and Spanish side by side; a Swiss page declared
"de-CH" with a shorter French paragraph; an Italian page declaring "IT-it"; an XHTML page declaring only xml:lang;
a page declaring two languages in its content-language pragma ("de, en"); a Markdown file and a plain text that
declare nothing; pages mostly numbers (a results table) under a declaration; and short notices, the form
test_clean_language16 left (an Italian one under eighty characters under "en"). A listener wants the language the
article's words are in; a declaration the words plainly overrule is warned of; a page in two languages side by side
keeps its declaration; a table's few words do not overrule one. Every page is our own, its expected language,
region and warning written before narrator first read it.
FIRST READING: of the 19 cases first written narrator decided 16 right, with both regions, and gave three of the
four warnings owed (Portuguese under "en", the German article under "en", Spanish under xml:lang="fr"). The three
it did not: the pragma "de, en" over English, read as a declaration of German and warned of (a list names the page's
audiences, as the server's header does: it is read as no declaration now); the short Italian notice under "en",
which stayed English; and a short English notice of 85 characters under "it", read as English with a warning, where
we had written "it": narrator was right (at 80 characters two tests may overrule a page) and the expectation is
corrected. The Italian notice as first written was 81 characters, over the limit it was written to test: it was cut
to 78 ("Riapriamo sabato."), and a 78-character English one under "it" added (its first reading right: the page's
"it" stands); the 78-character Italian stayed English at its first reading too. Now all 22 cases: under an English
declaration, a short text with almost no English stop word, which the identifier takes for another language, is
that language, warned (language.SHORT_FOREIGN_MIN_WORDS); the last two cases are its guards, added after it."""

from __future__ import annotations

import pytest

from narrator.model import Format
from tests.languages import decided, decision_tests
from tests.test_clean_language7 import page

ENGLISH_NAV = ("<nav><ul><li>Home</li><li>News</li><li>Sport</li><li>Business</li><li>Weather</li>"
               "<li>Subscribe</li></ul></nav>")
PORTUGUESE = (
    "<p>A Câmara Municipal de Braga vai fechar a estação de autocarros durante três semanas a partir de segunda-feira, "
    "para obras de requalificação da cobertura e das casas de banho. Os passageiros vão ser encaminhados para um "
    "terminal provisório junto ao estádio.</p>"
    "<p>Segundo o vereador da mobilidade, a empreitada custa cerca de um milhão de euros e inclui também um novo "
    "sistema de informação ao público, com ecrãs em todas as plataformas. Os horários dos comboios para o Porto não "
    "sofrem alterações.</p>")
GERMAN_QUOTING_ENGLISH = (
    "<p>Der Chef des britischen Batterieherstellers war am Dienstag in Magdeburg, um über die geplante Fabrik zu "
    "sprechen. Vor dem Rathaus demonstrierten etwa zweihundert Menschen gegen den hohen Wasserverbrauch des Werks, "
    "das Gespräch mit dem Oberbürgermeister begann deshalb mit einer Stunde Verspätung.</p>"
    "<blockquote>We have looked very carefully at the water question, and we are convinced that the plant can run "
    "without putting any pressure on the region's supply. We will recycle most of what we use, and we will publish "
    "the figures every year so that everybody can check them.</blockquote>"
    "<p>Die Stadtverwaltung will die Zahlen nun von einem unabhängigen Gutachter prüfen lassen. Eine Entscheidung "
    "über die Baugenehmigung soll im Frühjahr fallen, wenn der Stadtrat wieder zusammentritt.</p>")
CATALAN_SPANISH = (
    "<p>L'Ajuntament de Girona tancarà la piscina municipal de Palau durant tot el mes d'agost per fer obres al "
    "sostre i als vestidors. Els usuaris podran fer servir les instal·lacions de Santa Eugènia, que allargaran "
    "l'horari fins a les deu del vespre.</p>"
    "<p>El Ayuntamiento de Girona cerrará la piscina municipal de Palau durante todo el mes de agosto para hacer "
    "obras en el techo y en los vestuarios. Los usuarios podrán utilizar las instalaciones de Santa Eugènia, que "
    "alargarán el horario hasta las diez de la noche.</p>")
SWISS_WITH_FRENCH = (
    "<p>Die Gemeinde Biel erneuert ab Montag die Unterführung beim Bahnhof. Während sechs Wochen wird der Durchgang "
    "für Fussgänger und Velofahrer gesperrt, eine provisorische Passerelle führt über die Gleise. Die Arbeiten "
    "kosten rund zwei Millionen Franken und sollen vor den Sommerferien abgeschlossen sein.</p>"
    "<p>Die Stadt bittet die Anwohnerinnen und Anwohner um Verständnis für den Lärm in der Nacht, weil gewisse "
    "Arbeiten nur ausserhalb des Bahnbetriebs möglich sind. Informationen gibt es am Schalter im Stadthaus.</p>"
    "<p>La commune de Bienne rénove dès lundi le passage sous-voies de la gare. Une passerelle provisoire permet de "
    "traverser les voies pendant six semaines.</p>")
ITALIAN = (
    "<p>Il Comune di Verona chiuderà la biblioteca civica per tutto il mese di luglio per rifare l'impianto "
    "elettrico e le sale di lettura. I prestiti saranno garantiti dalla sede di Borgo Trento, che allungherà "
    "l'orario fino alle otto di sera.</p>"
    "<p>Secondo l'assessora alla Cultura, i lavori costeranno circa trecentomila euro e permetteranno anche di "
    "aprire una nuova sala per i ragazzi al piano terra.</p>")
FRENCH = (
    "<p>La métropole de Lille fermera la médiathèque Jean Lévy pendant tout le mois de juillet pour refaire "
    "l'installation électrique et les salles de lecture. Les lecteurs pourront emprunter des livres à la médiathèque "
    "de Fives, qui élargira ses horaires jusqu'à vingt heures.</p>"
    "<p>Selon l'adjoint chargé de la culture, les travaux coûteront environ quatre cent mille euros et permettront "
    "d'ouvrir une salle pour les adolescents au rez-de-chaussée.</p>")
SPANISH = (
    "<p>El Ayuntamiento de Zaragoza cerrará la biblioteca de Torrero durante todo el mes de julio para renovar la "
    "instalación eléctrica y las salas de lectura. Los préstamos se harán en la biblioteca del Actur, que ampliará "
    "su horario hasta las ocho de la tarde.</p>"
    "<p>Según la concejala de Cultura, las obras costarán unos trescientos mil euros y permitirán abrir una sala "
    "juvenil en la planta baja.</p>")
GERMAN = (
    "<p>Die Stadt Kassel schließt die Stadtbibliothek im Juli für vier Wochen, um die Elektrik und die Lesesäle zu "
    "erneuern. Ausleihen ist in dieser Zeit in der Zweigstelle Wilhelmshöhe möglich, die bis zwanzig Uhr geöffnet "
    "hat.</p>"
    "<p>Nach Angaben der Kulturdezernentin kosten die Arbeiten rund dreihunderttausend Euro. Im Erdgeschoss soll "
    "außerdem ein neuer Raum für Jugendliche entstehen.</p>")
ENGLISH = (
    "<p>The city council will close the central library for the whole of July to replace the wiring and refurbish "
    "the reading rooms. Books can be borrowed from the branch in the old market hall, which will stay open until "
    "eight in the evening.</p>"
    "<p>According to the councillor for culture, the work will cost about three hundred thousand pounds and will "
    "also make room for a new space for teenagers on the ground floor.</p>")
RESULTS_DE = (
    "<p>Ergebnisse des 14. Spieltags:</p>"
    "<table><tr><td>Bayern</td><td>3:1</td><td>Mainz</td></tr><tr><td>Köln</td><td>0:0</td><td>Bochum</td></tr>"
    "<tr><td>Leipzig</td><td>2:2</td><td>Freiburg</td></tr><tr><td>Bremen</td><td>1:4</td><td>Dortmund</td></tr>"
    "<tr><td>Hoffenheim</td><td>2:0</td><td>Augsburg</td></tr><tr><td>Stuttgart</td><td>1:1</td><td>Union</td></tr>"
    "</table>"
    "<table><tr><td>1.</td><td>Bayern</td><td>14</td><td>37</td><td>41:12</td></tr>"
    "<tr><td>2.</td><td>Leverkusen</td><td>14</td><td>33</td><td>35:14</td></tr>"
    "<tr><td>3.</td><td>Leipzig</td><td>14</td><td>28</td><td>30:18</td></tr>"
    "<tr><td>4.</td><td>Dortmund</td><td>14</td><td>26</td><td>29:20</td></tr></table>")
RESULTS_EN = (
    "<p>Results of the 14th round:</p>"
    "<table><tr><td>Arsenal</td><td>3-1</td><td>Everton</td></tr><tr><td>Leeds</td><td>0-0</td><td>Burnley</td></tr>"
    "<tr><td>Chelsea</td><td>2-2</td><td>Fulham</td></tr><tr><td>Wolves</td><td>1-4</td><td>Liverpool</td></tr>"
    "<tr><td>Brentford</td><td>2-0</td><td>Brighton</td></tr></table>"
    "<table><tr><td>1</td><td>Arsenal</td><td>14</td><td>35</td><td>+21</td></tr>"
    "<tr><td>2</td><td>Liverpool</td><td>14</td><td>32</td><td>+18</td></tr>"
    "<tr><td>3</td><td>Chelsea</td><td>14</td><td>27</td><td>+9</td></tr></table>")
SHORT_ITALIAN = "<p>Ufficio chiuso per inventario da lunedì 3 a venerdì 7 marzo. Riapriamo sabato.</p>"
SHORT_ENGLISH = "<p>Office closed for stocktaking from Monday 3 to Friday 7 March. We reopen on Saturday.</p>"
SHORTER_ENGLISH = "<p>Office shut for stocktaking from Monday 3 to Friday 7 March. Back on Saturday.</p>"
SHORT_ENGLISH_HEADLINES = "<p>Heavy snowfall expected tonight, roads closed, schools shut, trains cancelled.</p>"


def xhtml(lang: str, body: str, title: str) -> bytes:
    """An XHTML page declaring its language only in xml:lang."""
    return (f"<?xml version='1.0' encoding='utf-8'?><html xmlns='http://www.w3.org/1999/xhtml' xml:lang='{lang}'>"
            f"<head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body>"
            f"</html>").encode()


def pragma(languages: str, body: str, title: str) -> bytes:
    """A page declaring its languages only in <meta http-equiv="content-language">."""
    return (f"<!doctype html><html><head><meta charset='utf-8'><meta http-equiv='content-language' "
            f"content='{languages}'><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article>"
            f"</body></html>").encode()


def markdown(text: str, title: str) -> bytes:
    """A Markdown file with no front matter and no declaration: its paragraphs without their tags."""
    paragraphs = [part.removeprefix("<p>") for part in text.split("</p>") if part]
    return (f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n").encode()


CASES = [
    # (name, data, kind, language, warned)
    # a page declared "en" whose body is Portuguese under English navigation: Portuguese, warned
    ("pt-declaring-en-under-english-nav", page("en", PORTUGUESE, "Estação de autocarros fecha", ENGLISH_NAV),
     Format.HTML, "pt", True),
    # a German article quoting an English executive at length: German, declared, declaring nothing, and under a
    # template's "en" (warned)
    ("de-quoting-english-declaring-de", page("de", GERMAN_QUOTING_ENGLISH, "Streit um das Wasser"), Format.HTML, "de",
     False),
    ("de-quoting-english-declaring-none", page("", GERMAN_QUOTING_ENGLISH, "Streit um das Wasser"), Format.HTML,
     "de", False),
    ("de-quoting-english-declaring-en", page("en", GERMAN_QUOTING_ENGLISH, "Streit um das Wasser"), Format.HTML, "de",
     True),
    # a bilingual page, Catalan and Spanish side by side: the declaration stands, either way
    ("ca-es-side-by-side-declaring-ca", page("ca", CATALAN_SPANISH, "La piscina de Palau tanca"), Format.HTML, "ca",
     False),
    ("ca-es-side-by-side-declaring-es", page("es", CATALAN_SPANISH, "La piscina de Palau cierra"), Format.HTML, "es",
     False),
    # a Swiss page declared de-CH with a shorter French paragraph: German (its region below)
    ("de-ch-with-french-declaring-de-ch", page("de-CH", SWISS_WITH_FRENCH, "Unterführung gesperrt"), Format.HTML,
     "de", False),
    # an Italian page declaring "IT-it" (the case wrong): Italian, no warning
    ("it-declaring-it-in-wrong-case", page("IT-it", ITALIAN, "Biblioteca chiusa a luglio"), Format.HTML, "it", False),
    # an XHTML page declaring only xml:lang: French, and Spanish under a wrong xml:lang="fr" (warned)
    ("fr-declaring-xml-lang-only", xhtml("fr", FRENCH, "La médiathèque ferme en juillet"), Format.HTML, "fr", False),
    ("es-declaring-xml-lang-fr", xhtml("fr", SPANISH, "La biblioteca cierra en julio"), Format.HTML, "es", True),
    # a page declaring two languages in the content-language pragma: the words decide, with no warning
    ("de-pragma-de-en", pragma("de, en", GERMAN, "Bibliothek schließt im Juli"), Format.HTML, "de", False),
    ("en-pragma-de-en", pragma("de, en", ENGLISH, "Library closes in July"), Format.HTML, "en", False),
    # a Markdown file with no declaration in Spanish; a plain text in French
    ("es-markdown-declaring-none", markdown(SPANISH, "La biblioteca cierra en julio"), Format.MARKDOWN, "es", False),
    ("fr-text-declaring-none", markdown(FRENCH, "La médiathèque ferme en juillet"), Format.TEXT, "fr", False),
    # pages mostly numbers (a results table): too few words to overrule what is declared, whichever it is
    ("results-de-declaring-de", page("de", RESULTS_DE, "Bundesliga, 14. Spieltag"), Format.HTML, "de", False),
    ("results-en-declaring-en", page("en", RESULTS_EN, "Premier League, round 14"), Format.HTML, "en", False),
    ("results-de-declaring-en", page("en", RESULTS_DE, "Bundesliga, 14. Spieltag"), Format.HTML, "en", False),
    # a short Italian notice (under eighty characters) under a template's "en", and a short English one under "it"
    ("it-short-notice-declaring-en", page("en", SHORT_ITALIAN, "Chiuso per inventario"), Format.HTML, "it", True),
    ("en-short-notice-declaring-it", page("it", SHORT_ENGLISH, "Closed for stocktaking"), Format.HTML, "en", True),
    ("en-shorter-notice-declaring-it", page("it", SHORTER_ENGLISH, "Closed for stocktaking"), Format.HTML, "it",
     False),
    # (what the short Italian's rule must not change: the same notice under a template's "de", where no stop list of
    # ours is a second witness; a short English text of headlines with no stop word under "en")
    ("it-short-notice-declaring-de", page("de", SHORT_ITALIAN, "Chiuso per inventario"), Format.HTML, "de", False),
    ("en-short-headlines-declaring-en", page("en", SHORT_ENGLISH_HEADLINES, "Snow tonight"), Format.HTML, "en",
     False),
]
# What narrator does not decide right yet; strict, so that one that starts to pass becomes a test.
KNOWN: dict[str, str] = {}


# The tests every file of cases runs (tests/languages.py).
globals().update(decision_tests(CASES, KNOWN))


@pytest.mark.parametrize(("name", "data", "tag"), [
    # the declared region stays with the language it is declared for
    ("de-ch-with-french-declaring-de-ch", page("de-CH", SWISS_WITH_FRENCH, "Unterführung gesperrt"), "de-ch"),
    # European Portuguese words ("autocarros", "casas de banho", "ecrãs", "comboios") give the region
    ("pt-declaring-en-under-english-nav", page("en", PORTUGUESE, "Estação de autocarros fecha", ENGLISH_NAV), "pt-pt"),
])
def test_the_region_is_kept_or_found(name: str, data: bytes, tag: str, caplog: pytest.LogCaptureFixture) -> None:
    found, _ = decided(data, caplog)
    assert found == tag, f"{name} is read as {found!r}"
