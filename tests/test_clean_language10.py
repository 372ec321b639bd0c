"""The language decision on pages of kinds the ninth set did not try (h149): a Canadian page in French and English
paragraph by paragraph (declared either way), an English story whose people speak in Spanish quotes, a page declaring
"en" whose whole body is Spanish, a Portuguese notice of thirty words under a template's "en" and as plain text, and
recipes that are mostly numbers and units (an Italian one declaring "en", a French one as plain text with no
declaration). A listener wants the language the words are in, a bilingual page read in the language it declares (both
are its own), and a story's quotations left to the story's language. Every page is our own, its expected language and
warning written before narrator first read it: narrator decided the first 10 right at the first reading, and 13 of
the 16 with the six written after them to try harder. It read a Portuguese notice of 22 words under a template's
"en" as English (the identifier gave Portuguese 0.92 and Galician, its kin, the rest: a Galician share now counts as
Portuguese's where Portuguese comes first), and an English story opening with a Spanish quotation longer than its own
two sentences as Spanish (a quotation is now left out of the decision where the article's own words are enough to
tell), with or without a declaration. A Galician text, a page that is nothing but a quotation, are the guards."""

from __future__ import annotations

from narrator.model import Format
from tests.languages import decision_tests
from tests.test_clean_language7 import page

CANADIAN_FRENCH = (
    "<p>La Ville de Moncton procédera au déneigement des rues du centre-ville dans la nuit de mardi à mercredi. Les "
    "automobilistes sont priés de ne pas stationner dans la rue entre minuit et sept heures du matin.</p>")
CANADIAN_ENGLISH = (
    "<p>The City of Moncton will clear the snow from downtown streets overnight from Tuesday to Wednesday. Drivers "
    "are asked not to park on the street between midnight and seven in the morning.</p>")
CANADIAN_FRENCH_MORE = (
    "<p>Les véhicules laissés dans la rue seront remorqués aux frais de leur propriétaire. Pour tout renseignement, "
    "communiquez avec le service des travaux publics pendant les heures d'ouverture.</p>")
CANADIAN_ENGLISH_MORE = (
    "<p>Vehicles left on the street will be towed at the owner's expense. For more information, please contact the "
    "public works department during office hours.</p>")
ENGLISH_WITH_SPANISH_QUOTES = (
    "<p>The fishermen of Vigo were back at the harbour on Monday, a week after the storm that sank three of their "
    "boats, and most of them said they would go out again as soon as the insurers paid.</p>"
    "<p>“No tenemos otra cosa, el mar es lo único que sabemos hacer”, said Manuel Otero, who has fished the estuary "
    "for forty years. His son, who lost his boat, was less certain about the future of the family business.</p>"
    "<p>“Mi padre no va a dejarlo nunca, pero yo no sé si quiero seguir”, he said, looking at the empty berth where "
    "his boat used to be moored.</p><p>The regional government has promised emergency loans, but the money is not "
    "expected to arrive before the end of the summer, and several families have already left for the city.</p>")
SPANISH_BODY = (
    "<p>El Ayuntamiento de Zaragoza ha aprobado este martes el presupuesto del próximo año, que incluye una partida "
    "para renovar el alumbrado de los barrios del sur y ampliar el horario de las bibliotecas municipales.</p>"
    "<p>La oposición votó en contra porque considera que el gasto en transporte público es insuficiente y que las "
    "tarifas del tranvía deberían bajar para los jóvenes y los jubilados.</p>")
PORTUGUESE_NOTICE = ("<p>Informamos os utentes que o centro de saúde estará encerrado na próxima segunda-feira, dia "
                     "feriado. As consultas marcadas serão remarcadas pelos serviços, que entrarão em contacto com "
                     "cada utente.</p>")
ITALIAN_RECIPE = (
    "<p>Ingredienti per quattro persone:</p><ul><li>400 g di farina 00</li><li>4 uova</li><li>200 g di ricotta</li>"
    "<li>50 g di parmigiano grattugiato</li><li>1 pizzico di sale</li><li>noce moscata q.b.</li></ul>"
    "<p>Impastate la farina con le uova fino a ottenere un impasto liscio, copritelo e lasciatelo riposare mezz'ora. "
    "Stendete la sfoglia sottile e farcitela con la ricotta.</p>")
FRENCH_RECIPE_TEXT = (
    "Crêpes\n\n250 g de farine\n4 œufs\n50 cl de lait\n1 pincée de sel\n30 g de beurre fondu\n\n"
    "Mélangez la farine et le sel, puis ajoutez les œufs et le lait petit à petit en fouettant. Laissez reposer la "
    "pâte une heure avant de la cuire dans une poêle bien chaude.\n")

PORTUGUESE_SHORT_NOTICE = ("<p>Informamos os utentes que o centro de saúde estará encerrado na próxima segunda-feira, "
                           "dia feriado. As consultas marcadas serão remarcadas.</p>")
SPANISH_QUOTE_FIRST = (
    "<blockquote><p>“No tenemos otra cosa, el mar es lo único que sabemos hacer, y si no salimos a pescar no comemos; "
    "así ha sido siempre en esta familia y así seguirá siendo mientras yo viva”, dijo el viejo pescador.</p>"
    "</blockquote><p>Manuel Otero has fished the estuary for forty years. He said the storm was the worst he had "
    "seen.</p>")
SPANISH_QUOTE_ONLY = ("<blockquote><p>“No tenemos otra cosa, el mar es lo único que sabemos hacer, y si no salimos a "
                      "pescar no comemos”, dijo el viejo pescador.</p></blockquote>")
GALICIAN = ("O concello de Vigo informa que a biblioteca municipal permanecerá pechada o vindeiro luns por mor das "
            "obras no tellado. Os préstamos poderán devolverse na caixa situada á entrada do edificio.")

CASES = [
    # (name, data, kind, language, warned)
    # two languages paragraph by paragraph: the declared one is the page's own, whichever comes first
    ("fr-en-bilingual-declaring-fr-ca",
     page("fr-CA", CANADIAN_FRENCH + CANADIAN_ENGLISH + CANADIAN_FRENCH_MORE + CANADIAN_ENGLISH_MORE,
          "Déneigement / Snow removal"), Format.HTML, "fr", False),
    ("en-fr-bilingual-declaring-en-ca",
     page("en-CA", CANADIAN_ENGLISH + CANADIAN_FRENCH + CANADIAN_ENGLISH_MORE + CANADIAN_FRENCH_MORE,
          "Snow removal / Déneigement"), Format.HTML, "en", False),
    # a story in English whose people speak Spanish: the story's language, with or without a declaration
    ("en-story-with-spanish-quotes-declaring-en", page("en", ENGLISH_WITH_SPANISH_QUOTES, "Back to sea"),
     Format.HTML, "en", False),
    ("en-story-with-spanish-quotes-declaring-none", page("", ENGLISH_WITH_SPANISH_QUOTES, "Back to sea"),
     Format.HTML, "en", False),
    # a template's "en" over a Spanish body: the words, and a warning
    ("es-body-declaring-en", page("en", SPANISH_BODY, "Presupuesto municipal"), Format.HTML, "es", True),
    # thirty words of Portuguese under a template's "en", and as plain text
    ("pt-notice-declaring-en", page("en", PORTUGUESE_NOTICE, "Aviso"), Format.HTML, "pt", True),
    ("pt-notice-text", ("Aviso\n\n" + PORTUGUESE_NOTICE[3:-4] + "\n").encode(), Format.TEXT, "pt", False),
    # recipes of numbers and units with a few sentences of method: the method's words decide
    ("it-recipe-declaring-it", page("it", ITALIAN_RECIPE, "Ravioli di ricotta"), Format.HTML, "it", False),
    ("it-recipe-declaring-en", page("en", ITALIAN_RECIPE, "Ravioli di ricotta"), Format.HTML, "it", True),
    ("fr-recipe-text", FRENCH_RECIPE_TEXT.encode(), Format.TEXT, "fr", False),
    # written after the first ten: twenty-two words of Portuguese, which the identifier shares with Galician
    ("pt-short-notice-declaring-en", page("en", PORTUGUESE_SHORT_NOTICE, "Aviso"), Format.HTML, "pt", True),
    # a Galician text is Galician (first in the ranking), declared Spanish or not
    ("gl-text", GALICIAN.encode(), Format.TEXT, "gl", False),
    ("gl-declaring-es", page("es", f"<p>{GALICIAN}</p>", "Biblioteca"), Format.HTML, "gl", True),
    # a long quotation in Spanish opening an English story: the story's own words decide
    ("en-story-opening-with-a-spanish-quote", page("", SPANISH_QUOTE_FIRST, "The storm"), Format.HTML, "en", False),
    ("en-story-opening-with-a-spanish-quote-declaring-es", page("es", SPANISH_QUOTE_FIRST, "The storm"), Format.HTML,
     "en", True),
    # a page that is nothing but a quotation is in the quotation's language
    ("es-quotation-only-declaring-en", page("en", SPANISH_QUOTE_ONLY, "El mar"), Format.HTML, "es", True),
]
# What narrator does not decide right yet; strict, so that one that starts to pass becomes a test.
KNOWN: dict[str, str] = {}


# The tests every file of cases runs (tests/languages.py).
globals().update(decision_tests(CASES, KNOWN))
