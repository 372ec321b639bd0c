"""The language decision on pages of kinds the tenth set did not try (h158): Swiss and Austrian German with their own
words ("Velo", "parkieren", "Jänner", "Paradeiser"), a Catalan page (declared Catalan, and under a Spanish template),
an Italian page with a note in Romansh, a Brazilian page under a template's "pt-PT", a French shop whose products have
English names, and a Spanish page whose title is English. A listener wants the language the words are in: a regional
German is German, Catalan is not Spanish, a short note in another tongue and a page's product names or title in
English do not change the article's language. Every page is our own, its expected language and warning written before
narrator first read it: it decided all 14 right at the first reading, and the region too (a Brazilian page under
"pt-PT" is read as Brazilian, without a warning, as the language stands)."""

from __future__ import annotations

import pytest

from narrator.model import Format
from tests.languages import decided, decision_tests
from tests.test_clean_language7 import page

SWISS = (
    "<p>Ab Montag wird die Bahnhofstrasse in Winterthur für den Veloverkehr umgebaut. Wer mit dem Auto kommt, kann im "
    "Parkhaus am Rand der Altstadt parkieren; das Trottoir bleibt während der Bauzeit offen.</p>"
    "<p>Die Stadt rechnet mit Kosten von rund vier Millionen Franken. Das Billett für den Bus in die Innenstadt ist in "
    "den ersten beiden Wochen gratis, und am Samstag gibt es auf dem Platz ein Znüni für alle Anwohnerinnen.</p>")
AUSTRIAN = (
    "Im Jänner beginnen an den Wiener Gymnasien die Vorbereitungen auf die Matura. Viele Schülerinnen nützen die "
    "Ferien, um zu lernen, und die Stadt bietet kostenlose Kurse in den Bezirken an.\n\n"
    "Am Naschmarkt sind die Paradeiser und Erdäpfel heuer teurer als im Vorjahr. Die Standler klagen über die "
    "Hitze im Sommer, die einen Teil der Ernte vernichtet hat.\n")
CATALAN = (
    "<p>L'Ajuntament de Girona ha aprovat aquest dimarts el pressupost de l'any vinent, que inclou una partida per "
    "renovar l'enllumenat dels barris del sud i ampliar l'horari de les biblioteques municipals.</p>"
    "<p>L'oposició hi ha votat en contra perquè considera que la despesa en transport públic és insuficient i que "
    "les tarifes de l'autobús haurien de baixar per als joves i els jubilats.</p>")
ITALIAN_WITH_ROMANSH = (
    "<p>Il comune di Poschiavo ha presentato ieri sera il nuovo piano per il trasporto pubblico in valle, che prevede "
    "corse più frequenti verso Tirano e un collegamento diretto con la stazione della Ferrovia retica.</p>"
    "<p><i>Nota in rumantsch: Il plan vegn preschentà er en las vischnancas da la Val Müstair.</i></p>"
    "<p>I lavori inizieranno in primavera e dovrebbero concludersi entro la fine dell'anno, secondo quanto ha "
    "dichiarato il sindaco durante l'assemblea pubblica nella sala del consiglio.</p>")
BRAZILIAN = (
    "<p>A prefeitura de Belo Horizonte anunciou nesta segunda-feira que o ônibus da linha que atende o bairro vai "
    "ganhar mais horários a partir do mês que vem. Segundo a secretaria, a mudança atende a um pedido antigo dos "
    "moradores.</p><p>A passagem continua custando o mesmo valor, e os usuários poderão pagar com o celular na "
    "catraca. A empresa disse que a frota também vai ser renovada até o fim do ano.</p>")
FRENCH_SHOP = (
    "<p>Notre sélection de la semaine : le Smart Home Hub Pro, le Wireless Charging Pad et le Noise Cancelling "
    "Headphones Max sont en promotion jusqu'à dimanche.</p><ul><li>Smart Home Hub Pro – Starter Kit</li>"
    "<li>Wireless Charging Pad – Fast Charge Edition</li><li>Noise Cancelling Headphones Max – Midnight Blue</li>"
    "</ul><p>La livraison est offerte dès cinquante euros d'achat, et vous pouvez retourner vos articles pendant "
    "trente jours sans frais.</p>")
SPANISH_WITH_ENGLISH_TITLE = (
    "<p>El festival de cine de San Sebastián ha anunciado hoy las películas que competirán por la Concha de Oro en su "
    "próxima edición, entre ellas tres producciones latinoamericanas y dos debuts de directoras españolas.</p>"
    "<p>La organización espera superar las cifras de asistencia del año pasado y ha ampliado el número de salas "
    "en el centro de la ciudad.</p>")
CATALAN_SHORT = ("<p>L'Ajuntament informa que la piscina municipal romandrà tancada dilluns per obres. Les activitats "
                 "programades es faran a l'escola del barri.</p>")
SWISS_GREETING = ("Grüezi mitenand!\n\nDer Gemeinderat von Uster hat beschlossen, das Hallenbad im Sommer zu sanieren. "
                  "Während der Arbeiten bleibt das Bad geschlossen; die Schwimmkurse finden im Freibad statt. Die "
                  "Kosten von zwei Millionen Franken übernimmt zum grössten Teil der Kanton.\n")

CASES = [
    # (name, data, kind, language, warned)
    # a regional German with its own words is German, declared by its region or not at all
    ("de-ch-declaring-de-ch", page("de-CH", SWISS, "Velos statt Autos"), Format.HTML, "de", False),
    ("de-ch-declaring-none", page("", SWISS, "Velos statt Autos"), Format.HTML, "de", False),
    ("de-at-text", ("Matura im Jänner\n\n" + AUSTRIAN).encode(), Format.TEXT, "de", False),
    # Catalan is Catalan, declared so, or under a Spanish template (then with a warning)
    ("ca-declaring-ca", page("ca", CATALAN, "Pressupost municipal"), Format.HTML, "ca", False),
    ("ca-declaring-es", page("es", CATALAN, "Pressupost municipal"), Format.HTML, "ca", True),
    # a note in Romansh inside an Italian article leaves it Italian
    ("it-with-a-romansh-note-declaring-it", page("it", ITALIAN_WITH_ROMANSH, "Trasporto in valle"), Format.HTML, "it",
     False),
    # Brazilian under a template's "pt-PT" is still Portuguese: the language stands, no warning
    ("pt-br-declaring-pt-pt", page("pt-PT", BRAZILIAN, "Mais horários de ônibus"), Format.HTML, "pt", False),
    # a French shop's products with English names, and a Spanish page under an English title
    ("fr-shop-with-english-products-declaring-fr", page("fr", FRENCH_SHOP, "Smart Deals Week"), Format.HTML, "fr",
     False),
    ("fr-shop-with-english-products-declaring-none", page("", FRENCH_SHOP, "Smart Deals Week"), Format.HTML, "fr",
     False),
    ("es-with-an-english-title-declaring-es", page("es", SPANISH_WITH_ENGLISH_TITLE, "Film Festival Line-Up Revealed"),
     Format.HTML, "es", False),
    # written after the first eleven: a short Catalan notice under "es", Catalan as plain text, a Swiss text opening
    # with a greeting in dialect
    ("ca-short-notice-declaring-es", page("es", CATALAN_SHORT, "Avís"), Format.HTML, "ca", True),
    ("ca-text", ("Pressupost municipal\n\n" + CATALAN.replace("<p>", "").replace("</p>", "\n\n")).encode(),
     Format.TEXT, "ca", False),
    ("de-ch-text-with-a-greeting-in-dialect", SWISS_GREETING.encode(), Format.TEXT, "de", False),
    ("es-with-an-english-title-declaring-en", page("en", SPANISH_WITH_ENGLISH_TITLE, "Film Festival Line-Up Revealed"),
     Format.HTML, "es", True),
]
# What narrator does not decide right yet; strict, so that one that starts to pass becomes a test.
KNOWN: dict[str, str] = {}


# The tests every file of cases runs (tests/languages.py).
globals().update(decision_tests(CASES, KNOWN))


@pytest.mark.parametrize(("data", "language"), [
    # the region the words are in, where the voice has it: a Brazilian page under "pt-PT", a Swiss one declared so
    (page("pt-PT", BRAZILIAN, "Mais horários de ônibus"), "pt-br"),
    (page("de-CH", SWISS, "Velos statt Autos"), "de-ch"),
])
def test_the_region_is_the_words_where_they_tell_it(data: bytes, language: str,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    assert decided(data, caplog) == (language, False)
