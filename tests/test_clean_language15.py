"""The language decision on pages of kinds the fourteen sets before did not try, and the ones they left (h197): a
Galician notice of a new kind under a Spanish template, and alone; a page with no declared language whose menu and
summary are English and whose article is French; a Quebec French page declaring nothing; a Catalan one declared "es",
and declaring nothing; a Swiss German one ("schliesst", "Strasse", "gemäss": no ß) declared "de-CH", and declaring
nothing; a Portuguese page declared "en"; an English page declared "fr" under a French menu; and Luxembourgish and
Romansh, for which narrator has no rules. A listener wants the language the article's words are in, named as what it
is; a declaration the words plainly overrule is warned of; where narrator has no reading rules it says so once, and
numbers and dates are left to the voice. Every page is our own, its expected language, region and warning written
before narrator first read it. FIRST READING: narrator decided 12 of the 14 cases right, and all five warnings it
owed: Galician, Catalan and Luxembourgish are named and overrule a neighbour's template with a warning, the French
article under an English menu and summary is French, Swiss German without ß is German ("de-ch" where it is
declared); the two it does not are Romansh's, left below (py3langid has no Romansh: undeclared it is taken for
Occitan, and under "de-CH" the declaration stands). clean/language.py is unchanged: these pages hold what it does."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.model import Format
from tests.languages import decided, decision_tests, no_rules_said
from tests.test_clean_language7 import page

GALICIAN = (
    "<p>A Xunta de Galicia anunciou onte que a biblioteca pública de Lugo abrirá tamén os domingos pola mañá a partir "
    "de xaneiro. Os veciños levaban moito tempo pedindo un horario máis amplo, sobre todo os estudantes que preparan "
    "oposicións.</p>"
    "<p>Segundo a conselleira de Cultura, a ampliación custará uns cincuenta mil euros ao ano e permitirá contratar "
    "dúas persoas máis. A biblioteca tamén vai renovar a sala infantil e mercar novos ordenadores.</p>")
FRENCH_UNDER_ENGLISH = (
    "<p>Les bibliothèques de la Ville de Moncton resteront ouvertes le dimanche après-midi à partir du mois de "
    "janvier, a annoncé mardi le conseil municipal. Les usagers pourront emprunter des livres et utiliser les "
    "ordinateurs de midi à cinq heures.</p>"
    "<p>Selon la conseillère responsable de la culture, le nouvel horaire coûtera environ quarante mille dollars par "
    "année, et deux personnes de plus seront embauchées pour accueillir le public.</p>")
ENGLISH_MENU_AND_SUMMARY = ("<nav><ul><li>Home</li><li>News</li><li>Français</li><li>Contact us</li></ul></nav>"
                            "<p class='summary'>Summary: Moncton libraries will open on Sunday afternoons.</p>")
QUEBEC = (
    "<p>Les résidents du Plateau-Mont-Royal devront déplacer leur char avant sept heures demain matin, car la Ville "
    "commence le déneigement des rues. Les remorqueuses passeront dès le début de l'avant-midi, et les contraventions "
    "seront salées.</p>"
    "<p>La mairesse de l'arrondissement a rappelé que les stationnements incitatifs du métro sont gratuits pendant "
    "les opérations. Les dépanneurs du secteur resteront ouverts toute la fin de semaine.</p>")
CATALAN = (
    "<p>L'Ajuntament de Girona tancarà la piscina municipal durant tot el mes d'agost per fer-hi obres de millora. "
    "Els usuaris podran fer servir les instal·lacions del barri de Santa Eugènia, que allargaran l'horari fins a les "
    "deu de la nit.</p>"
    "<p>Segons la regidora d'Esports, les obres costaran uns dos-cents mil euros i permetran canviar el sistema "
    "d'escalfament de l'aigua, que tenia més de vint anys. La piscina tornarà a obrir les portes al setembre.</p>")
SWISS = (
    "<p>Die Stadt Zürich schliesst ab nächster Woche die Quaibrücke für den Autoverkehr. Während der Bauarbeiten, "
    "die voraussichtlich bis Ende März dauern, fahren die Trams weiterhin, die Velofahrer müssen jedoch einen Umweg "
    "über die Bahnhofstrasse in Kauf nehmen.</p>"
    "<p>Der Stadtrat rechnet mit Kosten von rund zwölf Millionen Franken. Gemäss der Medienmitteilung sollen die "
    "Anwohner regelmässig über den Stand der Arbeiten informiert werden; grössere Behinderungen seien vor allem an "
    "den Wochenenden zu erwarten.</p>")
PORTUGUESE = (
    "<p>A Câmara Municipal do Porto vai fechar a piscina municipal durante todo o mês de agosto para fazer obras de "
    "melhoria. Os utentes poderão usar as instalações do bairro de Campanhã, que vão alargar o horário até às dez da "
    "noite.</p>"
    "<p>Segundo a vereadora do Desporto, as obras vão custar cerca de duzentos mil euros e permitirão mudar o sistema "
    "de aquecimento da água, que tinha mais de vinte anos.</p>")
ENGLISH = (
    "<p>The town council of Bath voted on Tuesday to close the old swimming baths for the whole of August, so that "
    "the roof and the changing rooms can be repaired before the winter. Swimmers will be able to use the pool at the "
    "university, which has agreed to open its doors to the public until ten o'clock at night.</p>"
    "<p>According to the councillor in charge of leisure, the work will cost about two hundred thousand pounds, and "
    "the baths will open again at the start of September.</p>")
FRENCH_MENU = "<nav><ul><li>Accueil</li><li>Actualités</li><li>Sports</li><li>Nous contacter</li></ul></nav>"
LUXEMBOURGISH = (
    "<p>D'Stad Lëtzebuerg mécht ab nächster Woch d'Schwämm zu Bouneweg fir dräi Wochen zou. Et gi Reparaturen um "
    "Daach an an de Kabinne gemaach, déi scho laang geplangt waren.</p>"
    "<p>An där Zäit kënnen d'Schoulen an d'Veräiner d'Schwämm an der Nopeschgemeng benotzen. D'Bussen fuere wéi "
    "gewinnt, an d'Awunner gi gebieden, de Site vun der Gemeng ze consultéieren.</p>")
ROMANSH = (
    "<p>La vischnanca da Cuira serra a partir da lindesdi la piscina publica per trais emnas. Ins renovescha il tetg "
    "e las cabinas, quai ch'era planisà gia daditg.</p>"
    "<p>Durant quest temp pon las scolas e las uniuns duvrar la piscina da la vischnanca vischina. Ils autos da posta "
    "circuleschan sco usità, e la populaziun vegn supplitgada da consultar la pagina d'internet da la vischnanca.</p>")

CASES = [
    # (name, data, kind, language, warned)
    # Galician of a new kind (a library's hours) under a Spanish template, and declaring nothing
    ("gl-library-declaring-es", page("es", GALICIAN, "A biblioteca abre os domingos"), Format.HTML, "gl", True),
    ("gl-library-declaring-none", page("", GALICIAN, "A biblioteca abre os domingos"), Format.HTML, "gl", False),
    # a page in two languages by its chrome, declaring nothing: an English menu and summary, a French article
    ("fr-under-english-menu-declaring-none", page("", FRENCH_UNDER_ENGLISH, "Les bibliothèques ouvertes le dimanche",
                                                  ENGLISH_MENU_AND_SUMMARY), Format.HTML, "fr", False),
    # Quebec French declaring nothing: French (its region is no declaration's, below)
    ("fr-ca-declaring-none", page("", QUEBEC, "Déneigement sur le Plateau"), Format.HTML, "fr", False),
    # Catalan declared "es" (a Spanish CMS's default), and declaring nothing: Catalan, warned under "es"
    ("ca-declaring-es", page("es", CATALAN, "La piscina tanca a l'agost"), Format.HTML, "ca", True),
    ("ca-declaring-none", page("", CATALAN, "La piscina tanca a l'agost"), Format.HTML, "ca", False),
    # Swiss German without ß, declared "de-CH" and declaring nothing: German
    ("de-ch-declaring-de-ch", page("de-CH", SWISS, "Quaibrücke gesperrt"), Format.HTML, "de", False),
    ("de-ch-declaring-none", page("", SWISS, "Quaibrücke gesperrt"), Format.HTML, "de", False),
    # Portuguese declared "en"; English declared "fr" under a French menu: the words, warned
    ("pt-declaring-en", page("en", PORTUGUESE, "Piscina fecha em agosto"), Format.HTML, "pt", True),
    ("en-declaring-fr-under-french-menu", page("fr", ENGLISH, "Bath's old baths to close", FRENCH_MENU), Format.HTML,
     "en", True),
    # Luxembourgish and Romansh, which narrator has no rules for: named as what they are, declaring nothing and under
    # the template of the language they live beside
    ("lb-declaring-none", page("", LUXEMBOURGISH, "Schwämm zou"), Format.HTML, "lb", False),
    ("lb-declaring-de", page("de", LUXEMBOURGISH, "Schwämm zou"), Format.HTML, "lb", True),
    ("rm-declaring-none", page("", ROMANSH, "Piscina serrada"), Format.HTML, "rm", False),
    ("rm-declaring-de-ch", page("de-CH", ROMANSH, "Piscina serrada"), Format.HTML, "rm", True),
]
# What narrator does not decide right yet; strict, so that one that starts to pass becomes a test.
KNOWN = {
    "rm-declaring-none": "py3langid knows no Romansh (rm), and its nearest, Occitan ('oc'), wins: narrator reads it "
                         "as 'oc', with no rules, says so once and leaves numbers and dates to the voice; telling "
                         "Romansh needs a model or a word list of it: left",
    "rm-declaring-de-ch": "no Romansh in the identifier, and its belief in Occitan is not plain enough to overrule a "
                          "declaration: the declared 'de-ch' stands, and German rules and a German voice read it; "
                          "left for the same reason",
}


# The tests every file of cases runs (tests/languages.py).
globals().update(decision_tests(CASES, KNOWN))


@pytest.mark.parametrize(("name", "data", "tag"), [
    # the declared region stands where the words agree; nothing declares Quebec's, and no rule tells it by words
    # (only Portuguese and British English have such), so the French is plain "fr"
    ("de-ch-declaring-de-ch", page("de-CH", SWISS, "Quaibrücke gesperrt"), "de-ch"),
    ("de-ch-declaring-none", page("", SWISS, "Quaibrücke gesperrt"), "de"),
    ("fr-ca-declaring-none", page("", QUEBEC, "Déneigement sur le Plateau"), "fr"),
])
def test_the_region_is_only_a_declarations(name: str, data: bytes, tag: str, caplog: pytest.LogCaptureFixture) -> None:
    found, _ = decided(data, caplog)
    assert found == tag, f"{name} is read as {found!r}"


@pytest.mark.parametrize(("name", "data", "language"), [
    ("lb-declaring-none", page("", LUXEMBOURGISH, "Schwämm zou"), "lb"),
    ("ca-declaring-none", page("", CATALAN, "La piscina tanca a l'agost"), "ca"),
    ("gl-library-declaring-es", page("es", GALICIAN, "A biblioteca abre os domingos"), "gl"),
])
def test_a_language_without_rules_is_named_when_it_is_read(name: str, data: bytes, language: str, tmp_path: Path,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    # the listener is told which language has no reading rules, and that numbers and dates are left to the voice
    said = no_rules_said(data, tmp_path, caplog)
    assert len(said) == 1 and repr(language) in said[0] and "left to the voice" in said[0], said
