"""The language decision on pages of kinds the twenty-five sets before did not try: Galician and Valencian under
Spanish templates, Romansh under an Italian one and Ladin under a German one, Luxembourgish and Alsatian under French
ones, a Portuguese page declared "es", an Italian page quoting Latin verse at length, a Spanish page quoting English
song lyrics, an English page quoting a French minister at length, a page whose language is declared only in a meta
tag, pages declared "und" (undetermined) and "mul" (several languages), and an English blog under a German theme whose
interface lines are German. A listener wants the language the article's own words are in; a declaration the words
plainly overrule is warned of; where the identifier has no model of the page's language (it knows no Romansh, Ladin or
Alsatian), its nearest kin is no evidence against a declaration of that kin. Every page is our own, its expected
language and warning written before narrator first read it.
FIRST READING: 12 of the 14 cases right, language and warning: the tuned two thirds 9 of 10, the third kept aside
(every third case, index % 3 == 2) 3 of 4. The tuned miss: Ladin under a German template was left German, unwarned:
the identifier, which knows no Ladin, spread its belief among Romance languages (Ligurian 0.72, Occitan 0.13,
Extremaduran 0.07, Venetian 0.03...), none plain, German none of it. Its class, a Romance language the identifier
knows none of under a declaration of no Romance language, is read by language.ROMANCE_READINGS (the Romance reading
with the most of the belief, warned of), with five examples of our own and three near misses below. Now 13 of 14
(tuned 10 of 10, kept 3 of 4): the kept third did not move, its one miss of another class. Read once at the end: the
Alsatian page under "fr" was left French (Luxembourgish 0.95, German 0.01: none plain enough), as last set's Alsatian
page was taken for Luxembourgish; left in KNOWN."""

from __future__ import annotations

import pytest

from narrator.model import Format
from tests.languages import decided, decision_tests
from tests.test_clean_language7 import page
from tests.test_clean_language25 import FRIULIAN, LOW_GERMAN, PICARD, SCOTS

GALICIAN = (
    "<p>A Xunta de Galicia presentou onte o novo plan de transporte público para as comarcas do interior. Segundo a "
    "conselleira, os autobuses pasarán a ter frecuencias cada hora nos días laborables e haberá liñas novas entre as "
    "vilas máis pequenas.</p>"
    "<p>O plan inclúe tamén billetes gratuítos para a mocidade e para as persoas maiores de sesenta e cinco anos. As "
    "primeiras liñas comezarán a funcionar en setembro, e o resto chegará antes de que remate o ano.</p>")
VALENCIAN = (
    "<p>L'Ajuntament de València ha anunciat que el pròxim any s'obrirà una nova biblioteca al barri del Cabanyal. "
    "Tindrà més de deu mil llibres i una sala per als xiquets, i estarà oberta també els dissabtes de vesprada.</p>"
    "<p>Segons l'alcaldessa, el projecte costarà al voltant de tres milions d'euros i les obres començaran en "
    "primavera. Els veïns poden enviar propostes per al nom de la biblioteca fins a la fi del mes que ve.</p>")
ROMANSH = (
    "<p>La vischnanca da Cuira ha communitgà ch'ella vegnia ad avrir l'onn proxim ina nova biblioteca en il center da "
    "la citad. La biblioteca vegn ad avair dapli che diesch milli cudeschs ed era ina stanza per ils uffants.</p>"
    "<p>Tenor il president communal custa il project var trais milliuns francs, e las lavurs cumenzan la primavaira. "
    "Las abitantas ed ils abitants pon trametter propostas per il num da la biblioteca fin la fin dal mais.</p>")
LADIN = (
    "<p>La Chemun de Urtijëi à dat a cunëscer che l ann che vën vëniral giaurì na biblioteca nueva tl zënter dl paesc. "
    "La biblioteca à da avëi plu de diesc milia libri y n luech per i mutons.</p>"
    "<p>Aldò dl ambolt custe l proiet plu o manco trëi milions de euro, y i lëures scumencia d'aisciuda. La jënt possa "
    "mandé pruposc per l inom dla biblioteca enchin ala fin dl mëns.</p>")
LUXEMBOURGISH = (
    "<p>D'Gemeng Esch-Uelzecht huet ugekënnegt, datt d'nächst Joer eng nei Bibliothéik am Stadzentrum opgemaach gëtt. "
    "Do sollen méi wéi zéngdausend Bicher stoen, an et gëtt och e Sall fir d'Kanner.</p>"
    "<p>Laut dem Buergermeeschter kascht de Projet ongeféier dräi Milliounen Euro, an d'Aarbechten fänken am Fréijoer "
    "un. D'Awunner kënne bis Enn vum Mount Virschléi fir den Numm vun der Bibliothéik schécken.</p>")
ALSATIAN = (
    "<p>Ìn Colmar hàn d'Winzer dìs Johr fréjer àgfànge z'lase, wil's im Summer so heiss gsìì ìsch. D'Triewel sìn klei, "
    "àwer sehr süess, ùn dr Wìì wùrd güet, säje d'Litt vùm Wiibauverband.</p>"
    "<p>Àm Sùnntig gìtt's ùff'm Màrtplàtz a grossi Fescht mìt Müsik, Flammeküeche ùn nejem Wìì. D'Kìnder kenne "
    "Triewel treppe, ùn àm Owe spìelt a Kàpell üss Mìlhüse.</p>")
PORTUGUESE = (
    "<p>A Câmara Municipal do Porto anunciou ontem que vai abrir uma nova biblioteca na zona oriental da cidade. O "
    "edifício terá mais de dez mil livros, uma sala para as crianças e um auditório para sessões de leitura.</p>"
    "<p>Segundo o presidente da câmara, a obra vai custar cerca de três milhões de euros e deverá começar na "
    "primavera. Os moradores podem enviar sugestões para o nome da biblioteca até ao fim do mês.</p>")
ITALIAN_QUOTING_LATIN = (
    "<p>Il professore ha aperto la lezione leggendo ad alta voce un passo delle Georgiche, che gli studenti del liceo "
    "stanno traducendo da settimane. Secondo lui, nessun testo racconta meglio il rapporto tra l'uomo e la terra.</p>"
    "<blockquote><p>Nec vero terrae ferre omnes omnia possunt. Hic segetes, illic veniunt felicius uvae, arborei fetus "
    "alibi atque iniussa virescunt gramina. Nonne vides, croceos ut Tmolus odores, India mittit ebur, molles sua tura "
    "Sabaei? Continuo has leges aeternaque foedera certis imposuit natura locis.</p></blockquote>"
    "<p>Dopo la lettura, la classe ha discusso a lungo del significato di quei versi e di come la campagna italiana "
    "sia cambiata negli ultimi duemila anni. Il prossimo incontro sarà dedicato alle Bucoliche.</p>")
SPANISH_WITH_ENGLISH_LYRICS = (
    "<p>La banda madrileña cerró su gira el sábado con un concierto ante más de diez mil personas. El momento más "
    "emocionante llegó al final, cuando el cantante pidió al público que cantara con él la canción que les dio a "
    "conocer.</p>"
    "<blockquote><p>I've been walking down this empty road for miles, counting every light that flickers in the rain, "
    "and every time I think that I am home, the morning comes and takes me back again.</p></blockquote>"
    "<p>El grupo, que canta casi siempre en inglés, anunció que se tomará un descanso de un año para grabar su próximo "
    "disco. Los seguidores podrán verlos de nuevo en los festivales del próximo verano.</p>")
ENGLISH_QUOTING_FRENCH = (
    "<p>The French minister for culture visited the new museum in Lyon on Tuesday and spoke at length about the "
    "importance of regional collections. Her speech, delivered in the main hall, was warmly received by local "
    "artists.</p>"
    "<blockquote><p>Nous avons voulu que ce musée appartienne d'abord aux habitants de la région. Les collections qui "
    "dormaient dans les réserves depuis des décennies seront enfin montrées au public, et chaque école pourra venir "
    "gratuitement découvrir les œuvres de ses propres peintres et sculpteurs.</p></blockquote>"
    "<p>The museum opens to the public next month. Entry will be free for the first weekend, and the curators plan a "
    "series of evening talks about the painters whose work has been brought out of storage.</p>")
FRENCH = (
    "<p>La mairie de Rennes a annoncé mardi l'ouverture d'une nouvelle piscine municipale dans le quartier de "
    "Villejean. Le bassin de cinquante mètres accueillera les clubs de la ville ainsi que les écoles du secteur.</p>"
    "<p>Selon l'adjoint aux sports, les travaux ont coûté près de douze millions d'euros et ont duré deux ans. Les "
    "habitants pourront découvrir l'équipement lors d'une journée portes ouvertes le premier samedi du mois "
    "prochain.</p>")
GERMAN = (
    "<p>Die Stadt Freiburg will bis zum Jahr 2030 alle Schulen mit Solaranlagen ausstatten. Der Gemeinderat hat am "
    "Donnerstag einen entsprechenden Beschluss gefasst, die ersten Anlagen sollen schon im kommenden Sommer in Betrieb "
    "gehen.</p>"
    "<p>Nach Angaben der Verwaltung kostet das Programm rund acht Millionen Euro. Ein Teil des Geldes kommt aus einem "
    "Förderprogramm des Landes, den Rest zahlt die Stadt aus eigenen Mitteln.</p>")
SPANISH = (
    "<p>El Ayuntamiento de Sevilla ha aprobado un plan para plantar cinco mil árboles en los barrios con menos sombra "
    "de la ciudad. Las primeras plantaciones empezarán en noviembre, cuando bajen las temperaturas.</p>"
    "<p>Según la concejala de Medio Ambiente, el objetivo es reducir el calor en las calles durante los meses de "
    "verano. Los vecinos podrán proponer en qué plazas y avenidas quieren los nuevos árboles.</p>")
ENGLISH_BLOG = (
    "<p>Last weekend I finally walked the old railway path from Bath to Bristol, something I had been meaning to do "
    "since we moved here two years ago. The path is flat, well kept and busy with cyclists, but early on a Sunday "
    "morning it was almost empty.</p>"
    "<p>Halfway along there is a small café in an old station building, where I stopped for tea and a slice of cake. "
    "If you go, take a picnic and start early: by noon the path was crowded with families and the café had run out of "
    "scones.</p>")
GERMAN_THEME_MENU = ("<nav><ul><li><a href='/'>Startseite</a></li><li><a href='/ueber-mich'>Über mich</a></li>"
                     "<li><a href='/kategorien'>Kategorien</a></li><li><a href='/kontakt'>Kontakt</a></li></ul></nav>")
GERMAN_THEME_LINES = ("<p>Veröffentlicht von Anna am 3. Mai 2025</p><p>Teilen mit:</p><p>Gefällt mir Wird geladen …</p>"
                      "<h3>Kommentar verfassen</h3>")


def meta_only(language: str, body: str, title: str) -> bytes:
    """An HTML page with no lang on <html>, its language given only by a Content-Language meta tag."""
    return (f"<!doctype html><html><head><meta charset='utf-8'><meta http-equiv='Content-Language' "
            f"content='{language}'><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article>"
            "</body></html>").encode()


def german_theme(body: str, title: str) -> bytes:
    """A blog page declaring "de" with a German theme's menu before the article and its interface lines after it."""
    return (f"<!doctype html><html lang='de'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"{GERMAN_THEME_MENU}<article><h1>{title}</h1>{body}<footer>{GERMAN_THEME_LINES}</footer></article>"
            "</body></html>").encode()


CASES = [
    # (name, data, kind, language, warned); expectations written before narrator read the pages
    # Galician under a Spanish template: the identifier knows Galician ("gl"), warned
    ("gl-declaring-es", page("es", GALICIAN, "Novas liñas de autobús no interior"), Format.HTML, "gl", True),
    # Valencian under a Spanish template: Catalan ("ca"), warned
    ("ca-valencian-declaring-es", page("es", VALENCIAN, "Una biblioteca nova al Cabanyal"), Format.HTML, "ca", True),
    # Romansh under an Italian template: no model knows Romansh, its Italian kin's declaration stands
    ("rm-declaring-it", page("it", ROMANSH, "Ina nova biblioteca a Cuira"), Format.HTML, "it", False),
    # Ladin under a German template (a South Tyrol site): no model knows Ladin, but its words are plainly Italian's
    # kin, not German's: Italian, warned
    ("lld-declaring-de", page("de", LADIN, "Na biblioteca nueva a Urtijëi"), Format.HTML, "it", True),
    # Luxembourgish under a French template: the identifier knows it ("lb"), warned
    ("lb-declaring-fr", page("fr", LUXEMBOURGISH, "Eng nei Bibliothéik zu Esch"), Format.HTML, "lb", True),
    # Alsatian under a French template: plainly German's kin, not French's: German, warned
    ("gsw-declaring-fr", page("fr", ALSATIAN, "D'Wììlas ìn Colmar"), Format.HTML, "de", True),
    # a Portuguese page declared Spanish: Portuguese, warned
    ("pt-declaring-es", page("es", PORTUGUESE, "Uma nova biblioteca no Porto"), Format.HTML, "pt", True),
    # an Italian page quoting Latin verse at length, declared Italian: Italian, no warning
    ("it-quoting-latin-declaring-it", page("it", ITALIAN_QUOTING_LATIN, "Le Georgiche in classe"), Format.HTML, "it",
     False),
    # a Spanish page quoting English song lyrics, declared Spanish: Spanish, no warning
    ("es-with-english-lyrics-declaring-es", page("es", SPANISH_WITH_ENGLISH_LYRICS, "Fin de gira en Madrid"),
     Format.HTML, "es", False),
    # an English page quoting a French minister at length, declared English: English, no warning
    ("en-quoting-french-declaring-en", page("en", ENGLISH_QUOTING_FRENCH, "A new museum for Lyon"), Format.HTML, "en",
     False),
    # a French page whose language is declared only in a Content-Language meta tag: French, no warning
    ("fr-declared-in-a-meta-tag", meta_only("fr", FRENCH, "Une piscine pour Villejean"), Format.HTML, "fr", False),
    # a German page declared "und" (undetermined): nothing declared, German guessed, no warning
    ("de-declaring-und", page("und", GERMAN, "Solaranlagen für Freiburgs Schulen"), Format.HTML, "de", False),
    # a Spanish page declared "mul" (several languages): nothing one declared, Spanish guessed, no warning
    ("es-declaring-mul", page("mul", SPANISH, "Cinco mil árboles para Sevilla"), Format.HTML, "es", False),
    # an English blog under a German theme (lang="de", German menu and interface lines): English, warned
    ("en-blog-under-a-german-theme", german_theme(ENGLISH_BLOG, "Bath to Bristol on foot"), Format.HTML, "en", True),
]
# What narrator does not decide right yet; strict, so that one that starts to pass becomes a test.
KNOWN: dict[str, str] = {
    "gsw-declaring-fr": "Alsatian is taken for Luxembourgish (0.95, German 0.01), no language plain enough to overrule "
                        "the French template, as last set's Alsatian page was (kept third)",
}

# The tests every file of cases runs (tests/languages.py).
globals().update(decision_tests(CASES, KNOWN))

LADIN_BADIA = (
    "<p>L Comun de Badia à dé dant che al vëgn davert l ann che vëgn n museum nü dl lëgn te zënter dl paîsc. Al gnarà "
    "metü fora plü de mile ogeć, y al sarà ince na sala por i mitans dles scores.</p>"
    "<p>Aladô dl ombolt cost le proiet debota dui miliuns de euro, y i laurs scomencia d'aisciöda. La jënt po mandè "
    "pro proposć por le inom dl museum cina ala fin dl mëns.</p>")

# The class the tuned part's one miss showed: a Romance language the identifier knows none of, its belief spread
# among Romance languages, under a declaration of no Romance language; read as the Romance reading with the most of
# the belief, and warned of (language.ROMANCE_READINGS). Our examples, and what only looks like it: a regional
# language under its own kin's declaration, Romance or Germanic, is left as declared.
_ROMANCE_UNDER_ANOTHER = [
    ("rm-declaring-de", page("de", ROMANSH, "Ina nova biblioteca a Cuira"), "it", True),
    ("fur-declaring-de", page("de", FRIULIAN, "Une biblioteche gnove a Udin"), "it", True),
    ("lld-declaring-en", page("en", LADIN, "Na biblioteca nueva a Urtijëi"), "it", True),
    ("lld-badia-declaring-de", page("de", LADIN_BADIA, "N museum nü a Badia"), "it", True),
    ("rm-declaring-en-gb", page("en-GB", ROMANSH, "Ina nova biblioteca a Cuira"), "it", True),
    # near misses: each under its own kin's declaration, where the identifier's nearest kin says nothing against it
    ("pcd-declaring-fr", page("fr", PICARD, "Eune nouvelle bibliothèque à Saint-Leu"), "fr", False),
    ("nds-declaring-de", page("de", LOW_GERMAN, "En nee Bökeree för Husum"), "de", False),
    ("sco-declaring-en", page("en", SCOTS, "A new library for Dundee"), "en", False),
]


@pytest.mark.parametrize(("name", "data", "language", "warned"), _ROMANCE_UNDER_ANOTHER,
                         ids=[case[0] for case in _ROMANCE_UNDER_ANOTHER])
def test_a_romance_text_under_another_family_is_read_by_its_kin(name: str, data: bytes, language: str, warned: bool,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    found, warning = decided(data, caplog)
    assert (found.split("-")[0], warning) == (language, warned), name
