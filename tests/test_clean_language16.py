"""The language decision on pages of kinds the fifteen sets before did not try (h206): a Flemish notice under a Belgian
site's French template; a Brazilian page declared "pt-PT"; an English article quoting a French minister at length; a
German article under an English menu; a Spanish page a template declares "en"; Corsican (no model knows it) and
Occitan (no reading rules); a page whose <html lang> and og:locale disagree, each way; a Markdown file whose front
matter says "lang: en" over Italian; and a short Italian notice (few words to judge by) declared "en" and declaring
nothing. A listener wants the language the article's words are in, named as what it is; a declaration the words
plainly overrule is warned of; where narrator has no reading rules it says so once, and numbers and dates are left to
the voice. Every page is our own, its expected language, region and warning written before narrator first read it.
FIRST READING: narrator decided 13 of the 16 cases right, and gave five of the six warnings it owed: Flemish under
"fr", Occitan under "fr", Spanish under "en", French under an "en" whose og:locale says "fr_FR", and Italian under a
front matter's "en" are named and warned of; the Brazilian page is "pt-br" under "pt-PT"; the English article
quoting French at length and the German one under an English menu are English and German. The three it did not:
Corsican declaring nothing ("lij", Ligurian: py3langid knows no Corsican, left below); Corsican declared "co", which
it overruled with "lij" and a warning (the identifier's nearest kin is no evidence against a language it has no
model of: the declaration stands now, unless the words are plainly English); and the short Italian notice under "en", 79
characters, under the 80 a text needs to overrule its page (left below: one witness against a declaration over so few
words is not enough, as test_clean_language4 holds). Now 14 of 16, five of the six warnings owed; and a page declared
"co" whose words are plainly English is English, warned (added after the rule, as its guard). Since
test_clean_language17 (h214) the short Italian notice under "en" is Italian, warned: under an English declaration, a
short text with almost no English stop word is a second witness (language.SHORT_FOREIGN_MIN_WORDS)."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.model import Format
from tests.languages import decided, decision_tests, no_rules_said
from tests.test_clean_language7 import page

FLEMISH = (
    "<p>De gemeente Leuven sluit vanaf maandag het zwembad aan de Philipssite voor drie weken. Er worden herstellingen "
    "uitgevoerd aan het dak en aan de kleedkamers, die al lang gepland waren.</p>"
    "<p>In die periode kunnen de scholen en de sportclubs terecht in het zwembad van Heverlee. De bussen van De Lijn "
    "rijden zoals gewoonlijk, en de inwoners worden gevraagd de website van de stad te raadplegen voor de nieuwe "
    "openingsuren.</p>")
BRAZILIAN = (
    "<p>A prefeitura de São Paulo vai fechar a piscina do Ibirapuera durante todo o mês de julho para reformar o "
    "telhado. Os usuários vão poder usar o centro esportivo da Mooca, que vai ampliar o horário até as dez da noite. "
    "Você também pode pegar o ônibus gratuito que sai da estação de trem a cada meia hora.</p>"
    "<p>Segundo a secretária de Esportes, a obra vai custar cerca de dois milhões de reais, e o time de natação da "
    "cidade vai treinar no clube do bairro até agosto. A equipe pede que os moradores acompanhem as novidades pelo "
    "celular.</p>")
ENGLISH_QUOTING_FRENCH = (
    "<p>The French agriculture minister came to Brussels on Tuesday to defend the country's position on the trade "
    "agreement with South America. Farmers had blocked roads around the city since dawn, and the meeting started two "
    "hours late.</p>"
    "<blockquote>Nous ne signerons pas un accord qui met en danger nos éleveurs. La France a toujours défendu le "
    "commerce, mais pas à n'importe quel prix, et certainement pas au détriment de ceux qui nourrissent le pays "
    "chaque jour.</blockquote>"
    "<p>Other ministers were more cautious. Germany and Spain want the agreement signed before the summer, and the "
    "Commission says that the safeguards for farmers are already strong. A vote is expected in March, when the "
    "Council meets again.</p>")
GERMAN = (
    "<p>Die Stadtwerke Bremen erhöhen zum ersten Januar die Preise für Fernwärme. Ein Haushalt mit einem "
    "durchschnittlichen Verbrauch zahlt dann etwa zwölf Euro mehr im Monat, teilte das Unternehmen am Mittwoch mit.</p>"
    "<p>Als Grund nennen die Stadtwerke die gestiegenen Kosten für den Umbau der Netze. Verbraucherschützer "
    "kritisieren die Erhöhung und raten den Kunden, ihre Abrechnungen genau zu prüfen und im Zweifel Widerspruch "
    "einzulegen.</p>")
ENGLISH_NAV = ("<nav><ul><li>Home</li><li>About us</li><li>Services</li><li>Careers</li><li>Contact</li>"
               "<li>Sign in</li></ul></nav>")
SPANISH = (
    "<p>El Ayuntamiento de Valencia cerrará el polideportivo de Benimaclet durante todo el mes de agosto para "
    "cambiar el suelo de la pista y reparar los vestuarios. Los usuarios podrán utilizar las instalaciones del barrio "
    "de Orriols, que ampliarán su horario hasta las diez de la noche.</p>"
    "<p>Según la concejala de Deportes, las obras costarán unos ciento cincuenta mil euros y permitirán también "
    "mejorar el acceso para las personas con movilidad reducida.</p>")
CORSICAN = (
    "<p>A cumuna di Bastia chjuderà a piscina municipale per trè settimane à parte da luni. Seranu fatti travagli à u "
    "tettu è à i spugliatoghji, chì eranu previsti dapoi parechji anni.</p>"
    "<p>Duranti stu tempu, e scole è l'associi puderanu aduprà a piscina di a cumuna vicina. I bus circuleranu cum'è "
    "di solitu, è l'abitanti sò invitati à cunsultà u situ di a cumuna per sapè l'orarii novi.</p>")
OCCITAN = (
    "<p>La comuna de Tolosa barrarà la piscina municipala pendent tres setmanas a partir de diluns. I seràn faches "
    "de reparacions sul teulat e dins los vestiaris, que èran previstas dempuèi fòrça temps.</p>"
    "<p>Pendent aqueste temps, las escòlas e las associacions poiràn utilizar la piscina de la comuna vesina. Los "
    "autobusses rotlaràn coma de costuma, e los estatjants son convidats a consultar lo site de la comuna per "
    "conéisser los oraris novèls.</p>")
FRENCH = (
    "<p>La mairie de Rennes fermera la piscine Saint-Georges pendant tout le mois d'août pour rénover les bassins et "
    "les vestiaires. Les nageurs pourront se rendre à la piscine de Bréquigny, qui élargira ses horaires jusqu'à "
    "vingt-deux heures.</p>"
    "<p>Selon l'adjointe chargée des sports, les travaux coûteront environ trois cent mille euros et permettront "
    "aussi de réduire la consommation d'énergie du bâtiment, qui date des années vingt.</p>")
ITALIAN = (
    "Il Comune di Bologna chiuderà la piscina Stadio per tutto il mese di agosto per rifare la vasca e gli "
    "spogliatoi. Gli utenti potranno usare l'impianto di Borgo Panigale, che allungherà l'orario fino alle dieci di "
    "sera.\n\n"
    "Secondo l'assessora allo Sport, i lavori costeranno circa duecentomila euro e permetteranno anche di ridurre i "
    "consumi di energia dell'edificio.\n")
SHORT_ITALIAN = "<p>Chiuso per ferie dal 10 al 25 agosto. Riapriamo lunedì 26 con il solito orario.</p>"


def with_locale(lang: str, locale: str, body: str, title: str) -> bytes:
    """An HTML page declaring lang in <html> and locale in og:locale."""
    return (f"<!doctype html><html lang=\"{lang}\"><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='og:locale' content='{locale}'></head><body><article><h1>{title}</h1>{body}</article>"
            f"</body></html>").encode()


def front_matter(lang: str, title: str, text: str) -> bytes:
    """A Markdown file whose front matter says lang."""
    return f"---\ntitle: {title}\nlang: {lang}\n---\n\n# {title}\n\n{text}".encode()


CASES = [
    # (name, data, kind, language, warned)
    # Flemish under a Belgian site's French template: Dutch, warned
    ("nl-declaring-fr", page("fr", FLEMISH, "Zwembad drie weken dicht"), Format.HTML, "nl", True),
    # a Brazilian page declared pt-PT: Portuguese (its region by its words, below), no warning
    ("pt-br-declaring-pt-pt", page("pt-PT", BRAZILIAN, "Piscina do Ibirapuera fecha em julho"), Format.HTML, "pt",
     False),
    # an English article quoting a French minister at length: English, declared or not
    ("en-quoting-french-declaring-en", page("en", ENGLISH_QUOTING_FRENCH, "France digs in on trade deal"),
     Format.HTML, "en", False),
    ("en-quoting-french-declaring-none", page("", ENGLISH_QUOTING_FRENCH, "France digs in on trade deal"),
     Format.HTML, "en", False),
    # a German article under an English menu, declared and not
    ("de-under-english-nav-declaring-de", page("de", GERMAN, "Fernwärme wird teurer", ENGLISH_NAV), Format.HTML,
     "de", False),
    ("de-under-english-nav-declaring-none", page("", GERMAN, "Fernwärme wird teurer", ENGLISH_NAV), Format.HTML,
     "de", False),
    # a Spanish page a template declares "en": Spanish, warned
    ("es-declaring-en", page("en", SPANISH, "El polideportivo cierra en agosto"), Format.HTML, "es", True),
    # Corsican, which no model knows, declaring nothing and declared "co"; Occitan, which narrator has no rules for,
    # declaring nothing and under a French template
    ("co-declaring-none", page("", CORSICAN, "Piscina chjosa"), Format.HTML, "co", False),
    ("co-declaring-co", page("co", CORSICAN, "Piscina chjosa"), Format.HTML, "co", False),
    # (what the last must not change: a page declared in a language with no model, whose words are plainly English)
    ("en-declaring-co", page("co", ENGLISH_QUOTING_FRENCH, "France digs in on trade deal"), Format.HTML, "en", True),
    ("oc-declaring-none", page("", OCCITAN, "La piscina barrada"), Format.HTML, "oc", False),
    ("oc-declaring-fr", page("fr", OCCITAN, "La piscina barrada"), Format.HTML, "oc", True),
    # <html lang> and og:locale disagreeing: the one the words agree with
    ("fr-html-en-og-fr", with_locale("en", "fr_FR", FRENCH, "La piscine ferme en août"), Format.HTML, "fr", True),
    ("fr-html-fr-og-en-us", with_locale("fr", "en_US", FRENCH, "La piscine ferme en août"), Format.HTML, "fr",
     False),
    # a Markdown file whose front matter says "lang: en" over Italian
    ("it-markdown-front-matter-en", front_matter("en", "Piscina chiusa ad agosto", ITALIAN), Format.MARKDOWN, "it",
     True),
    # a short Italian notice: few words, but plainly Italian
    ("it-short-declaring-en", page("en", SHORT_ITALIAN, "Chiuso per ferie"), Format.HTML, "it", True),
    ("it-short-declaring-none", page("", SHORT_ITALIAN, "Chiuso per ferie"), Format.HTML, "it", False),
]
# What narrator does not decide right yet; strict, so that one that starts to pass becomes a test.
KNOWN = {
    "co-declaring-none": "py3langid knows no Corsican (co), and its nearest, Ligurian ('lij'), wins: narrator reads it "
                         "as 'lij', with no rules, says so once and leaves numbers and dates to the voice; telling "
                         "Corsican needs a model or a word list of it: left (declared 'co', it is read as 'co')",
}


# The tests every file of cases runs (tests/languages.py).
globals().update(decision_tests(CASES, KNOWN))


@pytest.mark.parametrize(("name", "data", "tag"), [
    # the words' region overrules the declared one for Portuguese ("você", "ônibus", "trem", "time", "celular")
    ("pt-br-declaring-pt-pt", page("pt-PT", BRAZILIAN, "Piscina do Ibirapuera fecha em julho"), "pt-br"),
])
def test_the_region_is_the_words(name: str, data: bytes, tag: str, caplog: pytest.LogCaptureFixture) -> None:
    found, _ = decided(data, caplog)
    assert found == tag, f"{name} is read as {found!r}"


@pytest.mark.parametrize(("name", "data", "language"), [
    ("nl-declaring-fr", page("fr", FLEMISH, "Zwembad drie weken dicht"), "nl"),
    ("oc-declaring-none", page("", OCCITAN, "La piscina barrada"), "oc"),
    ("co-declaring-co", page("co", CORSICAN, "Piscina chjosa"), "co"),
])
def test_a_language_without_rules_is_named_when_it_is_read(name: str, data: bytes, language: str, tmp_path: Path,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    # the listener is told which language has no reading rules, and that numbers and dates are left to the voice
    said = no_rules_said(data, tmp_path, caplog)
    assert len(said) == 1 and repr(language) in said[0] and "left to the voice" in said[0], said
