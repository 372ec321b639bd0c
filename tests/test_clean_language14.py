"""The language decision on pages of kinds the thirteen sets before did not try (h186): a Galician notice (neither
Spanish nor Portuguese, which it sits between), an Austrian German one ("Jänner", "heuer", "Feber") declared "de-AT",
a Quebec French one declared "fr-CA", a Brazilian one declared plain "pt", a page declared "en" whose body is Spanish, a
bilingual Canadian page whose English and French paragraphs alternate, a Dutch notice narrator has no rules for, and
an Esperanto one. A listener wants the language the article's words are in, named as what it is (Galician is not
read with Spanish rules and named Spanish; Dutch and Esperanto are named, and narrator says it has no reading rules or
voice for them); where a page is in two languages by halves, its declaration stands, for nothing in its words overrules
it. Every page is our own, its expected language, region and warning written before narrator first read it: it
decided 19 of the 21 cases, all four regions and the three warnings right at the first reading (the fourteen first
written all right); the two it did not are left, below. clean/language.py is unchanged: these pages hold what it
does."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.model import Format
from tests.languages import decided, decision_tests, no_rules_said
from tests.test_clean_language7 import page

GALICIAN = (
    "<p>O Concello de Santiago de Compostela pechará a piscina municipal durante todo o mes de agosto para facer "
    "obras de mellora. Os usuarios poderán utilizar as instalacións do barrio de Conxo, que ampliarán o horario de "
    "apertura ata as dez da noite.</p>"
    "<p>Segundo a concelleira de Deportes, as obras custarán uns douscentos mil euros e permitirán cambiar o sistema "
    "de quecemento da auga, que tiña máis de vinte anos. A piscina volverá abrir as súas portas en setembro.</p>")
AUSTRIAN = (
    "<p>Die Stadt Wien sperrt ab Jänner die Mariahilfer Straße für den Autoverkehr. Heuer sollen noch die Pläne für "
    "die neuen Radwege fertig werden, sagte die Stadträtin am Dienstag im Rathaus.</p>"
    "<p>Die Wiener Linien setzen zusätzliche Busse ein, und wer ein Parkpickerl hat, kann weiterhin in den "
    "Seitengassen parken. Die Bauarbeiten dauern voraussichtlich bis Feber, danach wird die Straße als "
    "Begegnungszone eröffnet.</p>")
QUEBEC = (
    "<p>La Ville de Montréal fermera le pont Jacques-Cartier à la circulation automobile pendant la fin de semaine. "
    "Les automobilistes sont invités à utiliser le pont Champlain ou le métro, et les cyclistes pourront traverser "
    "sur la piste multifonctionnelle.</p>"
    "<p>Selon la mairesse, les travaux permettront de remplacer l'asphalte de la chaussée, qui date de plus de vingt "
    "ans. Les dépanneurs et les commerces du quartier resteront ouverts.</p>")
BRAZIL = (
    "<p>A Prefeitura de São Paulo anunciou que as linhas de ônibus da zona leste vão operar com horários reduzidos no "
    "fim de semana, por causa de obras no metrô. Os passageiros podem consultar os horários pelo celular ou nos "
    "pontos de ônibus.</p>"
    "<p>Quem vai de trem deve comprar o bilhete com antecedência, e a equipe de atendimento estará nas estações para "
    "ajudar os usuários durante todo o sábado e o domingo.</p>")
SPANISH = (
    "<p>El Ayuntamiento de Sevilla cerrará la piscina municipal durante todo el mes de agosto para realizar obras de "
    "mejora. Los usuarios podrán utilizar las instalaciones del barrio de Triana, que ampliarán su horario hasta las "
    "diez de la noche.</p>"
    "<p>Según el concejal de Deportes, las obras costarán unos doscientos mil euros y permitirán cambiar el sistema "
    "de calefacción del agua, que tenía más de veinte años.</p>")
BILINGUAL = (
    "<p>The City of Ottawa will close the Mackenzie King Bridge to cars this weekend for repairs to the road "
    "surface.</p>"
    "<p>La Ville d'Ottawa fermera le pont Mackenzie King aux voitures cette fin de semaine pour réparer la "
    "chaussée.</p>"
    "<p>Cyclists and pedestrians will still be able to cross, and buses will be rerouted along Laurier Avenue.</p>"
    "<p>Les cyclistes et les piétons pourront toujours traverser, et les autobus seront détournés par l'avenue "
    "Laurier.</p>")
DUTCH = (
    "<p>De gemeente Utrecht sluit het zwembad in de wijk Overvecht vanaf maandag voor drie weken. Er worden "
    "werkzaamheden aan het dak en de kleedkamers uitgevoerd, die al lang gepland waren.</p>"
    "<p>In die tijd kunnen scholen en verenigingen gebruikmaken van het zwembad in de buurgemeente. De bussen rijden "
    "zoals gewoonlijk, en inwoners worden gevraagd de website van de gemeente te raadplegen.</p>")
GALICIAN_SHORT = "<p>O Concello pechará a piscina municipal durante o mes de agosto para facer obras de mellora.</p>"
ESPERANTO = (
    "<p>La urbo Zagrebo fermos la publikan naĝejon dum du semajnoj, ĉar oni riparos la tegmenton kaj la "
    "vestejojn.</p>"
    "<p>Dum tiu tempo la lernejoj kaj la kluboj povos uzi la naĝejon de la najbara urbo. La busoj veturos kiel "
    "kutime, kaj la loĝantoj estas petataj legi la retpaĝon de la urbo por pliaj informoj.</p>")


def text(title: str, body: str) -> bytes:
    """The page's words as a plain text file: its title, then its paragraphs."""
    return (title + "\n\n" + body.replace("<p>", "").replace("</p>", "\n\n")).encode()


CASES = [
    # (name, data, kind, language, warned)
    # Galician: neither Spanish nor Portuguese, declaring nothing, as text, and under a Spanish template
    ("gl-declaring-none", page("", GALICIAN, "A piscina pecha en agosto"), Format.HTML, "gl", False),
    ("gl-text", text("A piscina pecha en agosto", GALICIAN), Format.TEXT, "gl", False),
    ("gl-declaring-es", page("es", GALICIAN, "A piscina pecha en agosto"), Format.HTML, "gl", True),
    # Austrian German declared so, and declaring nothing: German
    ("de-at-declaring-de-at", page("de-AT", AUSTRIAN, "Mariahilfer Straße ab Jänner autofrei"), Format.HTML, "de",
     False),
    ("de-at-declaring-none", page("", AUSTRIAN, "Mariahilfer Straße ab Jänner autofrei"), Format.HTML, "de", False),
    # Quebec French declared "fr-CA": French, no warning
    ("fr-ca-declaring-fr-ca", page("fr-CA", QUEBEC, "Le pont Jacques-Cartier fermé"), Format.HTML, "fr", False),
    # a Brazilian page declared plain "pt": Portuguese, no warning (its region is the words', below)
    ("pt-br-declaring-pt", page("pt", BRAZIL, "Ônibus com horário reduzido"), Format.HTML, "pt", False),
    # a page declared "en" whose body is Spanish: Spanish, with a warning
    ("es-declaring-en", page("en", SPANISH, "La piscina cierra en agosto"), Format.HTML, "es", True),
    # a bilingual Canadian page, paragraphs alternating: its declaration stands either way
    ("en-fr-alternating-declaring-en", page("en", BILINGUAL, "Mackenzie King Bridge closed / Pont fermé"),
     Format.HTML, "en", False),
    ("en-fr-alternating-declaring-fr-ca", page("fr-CA", BILINGUAL, "Mackenzie King Bridge closed / Pont fermé"),
     Format.HTML, "fr", False),
    # Dutch, which narrator has no rules for: named as what it is, declaring nothing and under a German template
    ("nl-declaring-none", page("", DUTCH, "Zwembad Overvecht dicht"), Format.HTML, "nl", False),
    ("nl-declaring-de", page("de", DUTCH, "Zwembad Overvecht dicht"), Format.HTML, "nl", True),
    # Esperanto, declaring nothing and as text
    ("eo-declaring-none", page("", ESPERANTO, "Naĝejo fermita"), Format.HTML, "eo", False),
    ("eo-text", text("Naĝejo fermita", ESPERANTO), Format.TEXT, "eo", False),
    # written after the first fourteen: a short Galician notice under a Spanish template and alone, the long one
    # under a Portuguese template, the bilingual page declaring nothing, WordPress's "en-US" over Spanish, and Dutch
    # and Esperanto under a template's English
    ("gl-short-declaring-es", page("es", GALICIAN_SHORT, "Piscina pechada"), Format.HTML, "gl", True),
    ("gl-short-declaring-none", page("", GALICIAN_SHORT, "Piscina pechada"), Format.HTML, "gl", False),
    ("gl-declaring-pt", page("pt", GALICIAN, "A piscina pecha en agosto"), Format.HTML, "gl", True),
    ("en-fr-alternating-declaring-none", page("", BILINGUAL, "Mackenzie King Bridge closed / Pont fermé"),
     Format.HTML, "en", False),
    ("es-declaring-en-us", page("en-US", SPANISH, "La piscina cierra en agosto"), Format.HTML, "es", True),
    ("nl-declaring-en", page("en", DUTCH, "Zwembad Overvecht dicht"), Format.HTML, "nl", True),
    ("eo-declaring-en", page("en", ESPERANTO, "Naĝejo fermita"), Format.HTML, "eo", True),
]
# What narrator does not decide right yet; strict, so that one that starts to pass becomes a test.
KNOWN = {
    "gl-short-declaring-es": "one sentence of Galician is too little for the identifier to be sure of against a "
                             "declaration (below CLEAR_CONFIDENCE), and the declared Spanish stands, as "
                             "clean_language2's short pages do: left for too little evidence to overrule it safely",
    "en-fr-alternating-declaring-none": "paragraphs alternating by halves and no declaration: the identifier's "
                                        "belief over the whole sample leans French (its paragraphs are the longer), "
                                        "where the first paragraph and the title say English; a page in two "
                                        "languages is told only against a declaration (_in_two_languages): left",
}


# The tests every file of cases runs (tests/languages.py).
globals().update(decision_tests(CASES, KNOWN))


@pytest.mark.parametrize(("name", "data", "region"), [
    # the declared region stands where the words agree; Brazil's words (ônibus, celular, equipe, trem) under plain "pt"
    ("de-at-declaring-de-at", page("de-AT", AUSTRIAN, "Mariahilfer Straße ab Jänner autofrei"), "at"),
    ("fr-ca-declaring-fr-ca", page("fr-CA", QUEBEC, "Le pont Jacques-Cartier fermé"), "ca"),
    ("pt-br-declaring-pt", page("pt", BRAZIL, "Ônibus com horário reduzido"), "br"),
    ("pt-br-declaring-pt-pt", page("pt-PT", BRAZIL, "Ônibus com horário reduzido"), "br"),
])
def test_the_region_is_the_words_or_the_declarations(name: str, data: bytes, region: str,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    found, _ = decided(data, caplog)
    assert found.partition("-")[2] == region, f"{name} is read as {found!r}"


@pytest.mark.parametrize(("name", "data", "language"), [
    ("nl-declaring-none", page("", DUTCH, "Zwembad Overvecht dicht"), "nl"),
    ("eo-declaring-none", page("", ESPERANTO, "Naĝejo fermita"), "eo"),
    ("gl-declaring-none", page("", GALICIAN, "A piscina pecha en agosto"), "gl"),
])
def test_a_language_without_rules_is_named_when_it_is_read(name: str, data: bytes, language: str, tmp_path: Path,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    # the listener is told which language has no reading rules, and that numbers and dates are left to the voice
    said = no_rules_said(data, tmp_path, caplog)
    assert len(said) == 1 and repr(language) in said[0] and "left to the voice" in said[0], said
