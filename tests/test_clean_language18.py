"""The language decision on pages of kinds the seventeen sets before did not try, or tried in other words (h225): a
long English article a template declares "de", an Italian one declared "en"; an English article quoting a French
grower in French (declared "en", declaring nothing, and as Markdown); a Swiss page in German with a shorter French
half (declaring nothing, and declared "fr-CH"); a Belgian page in Dutch and French (declared "nl-BE", "fr-BE", and
declaring nothing); short notices (German under "en", English under "fr", a French plain text declaring nothing);
bodies under menus in another language (German under a French menu declared "fr", English under an Italian menu
declared "it", Spanish under an English menu declaring nothing); pages with hreflang alternates (German declared
"de", French declaring nothing, Italian declared "en"); and a Dutch page declaring nothing. A listener wants the
language the article's words are in; a declaration the words plainly overrule is warned of; a page in two languages
side by side keeps its declaration; a page's alternates name other pages, not this one. Every page is our own, its
expected language, region and warning written before narrator first read it.
FIRST READING: of the 20 cases first written narrator decided 19 right, with the Belgian region, and gave all seven
warnings owed; the tuned two thirds 13 of 14, the third kept aside (every third case) 6 of 6. The one it did not: the
Swiss page whose French part is a summary of a quarter of its words, declared "fr-CH", read as German with a warning,
where we had written "fr": narrator was right (a page is read as bilingual, its declaration standing, where the
declared language's paragraphs are 30% of it, language.MIXED_SHARE; a summary under that share does not make the
article French, and a listener would hear German read with French rules), and the expectation is corrected. A page of
two even halves under "fr-CH" was added after it as its other side (read right: French, "fr-ch", no warning). Now all
21; the kept third, read once at the end, 7 of 7 (the added case falls in its places). clean/language.py is
unchanged: these pages hold what it does."""

from __future__ import annotations

import pytest

from narrator.model import Format
from tests.languages import decided, decision_tests
from tests.test_clean_language7 import page

ENGLISH = (
    "<p>The ferry company has cut the winter timetable to the islands from four sailings a day to two, blaming the "
    "rising price of fuel and a shortage of trained crew. The first boat will now leave the harbour at half past "
    "seven in the morning and the last will return just after five in the afternoon.</p>"
    "<p>Shopkeepers on the islands say the change will make it almost impossible to get fresh food delivered, and "
    "parents worry about the children who travel to the secondary school on the mainland every day. The council has "
    "asked the company to keep a third sailing on Fridays at least until the end of March.</p>")
ITALIAN = (
    "<p>Il Comune di Ferrara ha deciso di chiudere per due mesi l'acquedotto del quartiere nord, per sostituire le "
    "vecchie tubature in ghisa che negli ultimi anni si sono rotte più volte. Durante i lavori l'acqua arriverà "
    "con autobotti che sosteranno in tre piazze del quartiere.</p>"
    "<p>Secondo l'assessore ai lavori pubblici, l'intervento costerà circa due milioni di euro e sarà pagato in "
    "parte dalla Regione. I residenti chiedono che le famiglie con anziani e bambini piccoli ricevano l'acqua "
    "direttamente a casa.</p>")
ENGLISH_QUOTING_FRENCH = (
    "<p>In the village of Cairanne, the growers' cooperative has finished a harvest that began three weeks earlier "
    "than usual after the hottest summer on record. The grapes were small but very sweet, and the cellar master "
    "expects a strong red wine with a great deal of alcohol.</p>"
    "<blockquote>Nous avons commencé les vendanges à la fin du mois d'août, ce que mon grand-père n'aurait jamais "
    "imaginé. Il faudra planter d'autres cépages si les étés continuent comme ça.</blockquote>"
    "<p>The cooperative has already started trials with grape varieties from Greece and southern Italy, which need "
    "less water and keep their acidity in the heat. The first bottles from those vines will not be ready for "
    "another five years.</p>")
SWISS_GERMAN_FRENCH = (
    "<p>Der Kanton Neuenburg und die Stadt Biel wollen den Bielersee bis zum Sommer von altem Fischereimaterial "
    "befreien. Taucherinnen und Taucher haben in den letzten Wochen mehr als zwei Tonnen Netze, Leinen und Reusen "
    "vom Grund geholt, die seit Jahrzehnten dort lagen und Fische und Vögel gefährden.</p>"
    "<p>Die Arbeiten werden von Freiwilligen unterstützt, die jeden Samstag am Ufer sortieren, was geborgen wurde. "
    "Die Gemeinden übernehmen die Kosten für die Entsorgung, die Fischer stellen ihre Boote zur Verfügung.</p>"
    "<p>Le canton de Neuchâtel et la ville de Bienne veulent débarrasser le lac des vieux filets de pêche d'ici "
    "l'été. Des bénévoles trient chaque samedi le matériel récupéré.</p>")
SWISS_GERMAN_FRENCH_EVEN = (
    "<p>Die Stadt Freiburg öffnet ab dem ersten Juni die neue Fussgängerbrücke über die Saane. Sie verbindet die "
    "Altstadt mit dem Quartier Neuveville und ersetzt die alte Holzbrücke, die im letzten Winter gesperrt werden "
    "musste.</p>"
    "<p>La ville de Fribourg ouvre dès le premier juin la nouvelle passerelle piétonne sur la Sarine. Elle relie la "
    "vieille ville au quartier de la Neuveville et remplace l'ancien pont de bois, fermé l'hiver dernier.</p>")
BELGIAN_DUTCH_FRENCH = (
    "<p>De MIVB legt vanaf maandag een nieuwe tramlijn aan tussen het Noordstation en de Heizel. De werken duren "
    "ongeveer achttien maanden en de buurtbewoners krijgen elke maand een brief met de planning van de volgende "
    "weken, zodat ze weten welke straten afgesloten zijn.</p>"
    "<p>La STIB construit à partir de lundi une nouvelle ligne de tram entre la gare du Nord et le Heysel. Les "
    "travaux dureront environ dix-huit mois et les riverains recevront chaque mois une lettre.</p>")
DUTCH = (
    "<p>De gemeente Utrecht gaat volgend jaar alle fietsenstallingen in het centrum uitbreiden, omdat er op drukke "
    "dagen geen plek meer is voor de duizenden fietsen van reizigers en studenten. Bij het station komen drieduizend "
    "nieuwe plaatsen onder de grond.</p>"
    "<p>Volgens de wethouder kost het plan ongeveer twaalf miljoen euro. Fietsen die langer dan vier weken in een "
    "stalling staan, worden voortaan weggehaald en naar een depot aan de rand van de stad gebracht.</p>")
GERMAN = (
    "<p>Das Hallenbad im Stadtteil Wiesenfeld wird ab Oktober für ein Jahr geschlossen, weil das Dach und die "
    "Lüftung erneuert werden müssen. Die Schulen weichen in dieser Zeit in das Bad der Nachbargemeinde aus, die "
    "Vereine bekommen zusätzliche Zeiten im Freibad, solange das Wetter es zulässt.</p>"
    "<p>Der Stadtrat hat für die Sanierung rund sechs Millionen Euro bereitgestellt. Die Schwimmmeister werden in "
    "der Zwischenzeit in anderen städtischen Einrichtungen beschäftigt.</p>")
SPANISH = (
    "<p>El Ayuntamiento de Valladolid cambiará a partir del lunes el recorrido de cuatro líneas de autobús que "
    "atraviesan el centro, para poder cerrar al tráfico la calle Santiago durante las obras de la red de agua. Las "
    "paradas provisionales estarán señalizadas con carteles amarillos.</p>"
    "<p>La concejala de Movilidad pidió paciencia a los vecinos y aseguró que los trabajos terminarán antes de la "
    "Semana Santa, cuando la ciudad recibe a miles de visitantes.</p>")
FRENCH = (
    "<p>La ville de Rennes va planter cette année plus de trois mille arbres dans les cours d'école et le long des "
    "boulevards, pour faire baisser la température pendant les vagues de chaleur. Les élèves participeront aux "
    "plantations avec leurs enseignants au printemps.</p>"
    "<p>Selon l'adjointe chargée de l'environnement, le programme coûtera environ deux millions d'euros sur cinq "
    "ans. Les habitants pourront aussi proposer des rues à végétaliser sur le site de la mairie.</p>")
SHORT_GERMAN = "<p>Wegen Bauarbeiten bleibt unsere Filiale am Montag geschlossen. Wir bitten um Verständnis.</p>"
SHORT_ENGLISH = ("<p>Our shop will be closed on Monday because of building work next door. Thank you for your "
                 "patience.</p>")
VERY_SHORT_FRENCH = "Fermeture exceptionnelle de la mairie le lundi 12 mai.\n"
FRENCH_MENU = ("<nav><ul><li>Accueil</li><li>Actualités</li><li>Sports</li><li>Culture</li><li>Météo</li>"
               "<li>Contact</li></ul></nav>")
ITALIAN_MENU = ("<nav><ul><li>Prima pagina</li><li>Cronaca</li><li>Politica</li><li>Sport</li><li>Spettacoli</li>"
                "<li>Abbonati</li></ul></nav>")
ENGLISH_NAV = ("<nav><ul><li>Home</li><li>World</li><li>Politics</li><li>Sport</li><li>Opinion</li><li>Sign in</li>"
               "</ul></nav>")


def alternates(lang: str, body: str, title: str, languages: tuple[str, ...]) -> bytes:
    """An HTML page declaring lang (none when empty), whose head links its translations by hreflang."""
    declared = f' lang="{lang}"' if lang else ""
    links = "".join(f"<link rel='alternate' hreflang='{code}' href='https://example.org/{code}/article'>"
                    for code in languages)
    return (f"<!doctype html><html{declared}><head><meta charset='utf-8'><title>{title}</title>{links}</head><body>"
            f"<article><h1>{title}</h1>{body}</article></body></html>").encode()


def markdown(text: str, title: str) -> bytes:
    """A Markdown file with no front matter and no declaration, a blockquote kept as one."""
    text = text.replace("<blockquote>", "<p>> ").replace("</blockquote>", "</p>")
    paragraphs = [part.removeprefix("<p>") for part in text.split("</p>") if part]
    return (f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n").encode()


CASES = [
    # (name, data, kind, language, warned)
    # a long English article a template declares "de"; a long Italian one declared "en": the words, warned
    ("en-declaring-de", page("de", ENGLISH, "Fewer ferries this winter"), Format.HTML, "en", True),
    ("it-declaring-en", page("en", ITALIAN, "Acquedotto chiuso per due mesi"), Format.HTML, "it", True),
    # an English article quoting a French grower in French: English, declared, declaring nothing, as Markdown
    ("en-quoting-french-declaring-en", page("en", ENGLISH_QUOTING_FRENCH, "An early harvest"), Format.HTML, "en",
     False),
    ("en-quoting-french-declaring-none", page("", ENGLISH_QUOTING_FRENCH, "An early harvest"), Format.HTML, "en",
     False),
    ("en-quoting-french-markdown", markdown(ENGLISH_QUOTING_FRENCH, "An early harvest"), Format.MARKDOWN, "en", False),
    # a Swiss page in German with a French summary (a quarter of its words): German when nothing is declared, and
    # under "fr-CH" too, warned (the summary is under the share that makes a page bilingual; first written "fr", see
    # above); a page of two even halves keeps its "fr-CH"
    ("ch-de-fr-declaring-none", page("", SWISS_GERMAN_FRENCH, "Netze aus dem Bielersee"), Format.HTML, "de", False),
    ("ch-de-fr-declaring-fr-ch", page("fr-CH", SWISS_GERMAN_FRENCH, "Des filets sortis du lac"), Format.HTML, "de",
     True),
    # a Belgian page in Dutch and French: either declaration stands; undeclared, the longer Dutch half
    ("be-nl-fr-declaring-nl-be", page("nl-BE", BELGIAN_DUTCH_FRENCH, "Nieuwe tramlijn"), Format.HTML, "nl", False),
    ("be-nl-fr-declaring-fr-be", page("fr-BE", BELGIAN_DUTCH_FRENCH, "Nouvelle ligne de tram"), Format.HTML, "fr",
     False),
    ("be-nl-fr-declaring-none", page("", BELGIAN_DUTCH_FRENCH, "Nieuwe tramlijn"), Format.HTML, "nl", False),
    # short notices: German under a template's "en", English under "fr" (over eighty characters each), and a French
    # plain text of one line declaring nothing
    ("de-short-notice-declaring-en", page("en", SHORT_GERMAN, "Filiale geschlossen"), Format.HTML, "de", True),
    ("en-short-notice-declaring-fr", page("fr", SHORT_ENGLISH, "Closed on Monday"), Format.HTML, "en", True),
    ("fr-one-line-text", VERY_SHORT_FRENCH.encode(), Format.TEXT, "fr", False),
    # a body under a menu in another language: the body's, warned where the declaration is the menu's
    ("de-under-french-menu-declaring-fr", page("fr", GERMAN, "Hallenbad schließt", FRENCH_MENU), Format.HTML, "de",
     True),
    ("en-under-italian-menu-declaring-it", page("it", ENGLISH, "Fewer ferries this winter", ITALIAN_MENU),
     Format.HTML, "en", True),
    ("es-under-english-nav-declaring-none", page("", SPANISH, "Cambios en los autobuses", ENGLISH_NAV), Format.HTML,
     "es", False),
    # hreflang alternates name the page's translations, not its language
    ("de-with-alternates-declaring-de", alternates("de", GERMAN, "Hallenbad schließt", ("en", "fr", "it")),
     Format.HTML, "de", False),
    ("fr-with-alternates-declaring-none", alternates("", FRENCH, "Trois mille arbres", ("en", "de", "fr")),
     Format.HTML, "fr", False),
    ("it-with-alternates-declaring-en", alternates("en", ITALIAN, "Acquedotto chiuso", ("en", "it")), Format.HTML,
     "it", True),
    # a Dutch page declaring nothing: Dutch, which narrator names though it has no reading rules for it
    ("nl-declaring-none", page("", DUTCH, "Meer plek voor fietsen"), Format.HTML, "nl", False),
    # (written after the first reading, the other side of the Swiss summary: two even halves under "fr-CH")
    ("ch-de-fr-even-declaring-fr-ch", page("fr-CH", SWISS_GERMAN_FRENCH_EVEN, "Nouvelle passerelle"), Format.HTML,
     "fr", False),
]
# What narrator does not decide right yet; strict, so that one that starts to pass becomes a test.
KNOWN: dict[str, str] = {}


# The tests every file of cases runs (tests/languages.py).
globals().update(decision_tests(CASES, KNOWN))


@pytest.mark.parametrize(("name", "data", "tag"), [
    # the declared region stays with the language it is declared for
    ("ch-de-fr-even-declaring-fr-ch", page("fr-CH", SWISS_GERMAN_FRENCH_EVEN, "Nouvelle passerelle"), "fr-ch"),
    ("be-nl-fr-declaring-nl-be", page("nl-BE", BELGIAN_DUTCH_FRENCH, "Nieuwe tramlijn"), "nl-be"),
])
def test_the_region_is_kept_or_found(name: str, data: bytes, tag: str, caplog: pytest.LogCaptureFixture) -> None:
    found, _ = decided(data, caplog)
    assert found == tag, f"{name} is read as {found!r}"
