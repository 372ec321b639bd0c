"""A bare "1" before a feminine noun, said as the language's indefinite article in the noun's gender ("1 botella" ->
"una botella", "1 Flasche" -> "eine Flasche", "1 ora" -> "un'ora"): espeak-ng says the number ("uno", "eins", "un",
"um"), which agrees with no feminine noun. The gender is told by the noun's ending only where endings tell it
(Spanish, Italian and Portuguese "-a", French "-tion", German "-ung", ...), with the common exceptions as data; a
noun whose ending does not tell, a masculine one (the voice's "un", "um" agree with it), and a "1" that labels the
word before it ("línea 1", "Gleis 1 Richtung") are left as written."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# A bare one before a word: not a decimal's or a group's digit ("0,1 kg", "2.1 Liter"), a date's, a score's ("2:1"),
# a code's ("A-1"), a sign's ("+1"). The word before it is read from the text (its label check).
_ONE = re.compile(r"(?<![\w.,:/+'’-])1 ([^\W\d_]{3,})\b(?![-'’]\w)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W{0,2}$")


@dataclass(frozen=True)
class Agreement:
    """What a language's feminine "one" is, and how a feminine noun is told by its ending."""

    article: str
    """The feminine indefinite article ("una", "eine")."""
    endings: tuple[str, ...]
    """Endings of feminine nouns."""
    not_feminine: frozenset[str]
    """Nouns with such an ending that are not feminine, in small letters ("día", "problema", "Käse")."""
    labels: frozenset[str]
    """Words a "1" after them labels ("línea 1 cerrada", "fase 1"), in small letters."""
    capital: bool = False
    """Nouns are capitalised (German): the noun must be, and a capitalised word before the one is a label."""
    before_vowel: str = ""
    """The article elided before a vowel (Italian "un'ora"); empty where it is not."""
    dative: str = ""
    """The article after a preposition that governs the dative (German "mit einer"), and those prepositions."""
    dative_after: frozenset[str] = frozenset()
    """Prepositions (small letters) after which the dative article is said."""


def _feminine(noun: str, agreement: Agreement) -> bool:
    """The noun's ending says it is feminine, and it is none of the exceptions."""
    lowered = noun.lower()
    if lowered in agreement.not_feminine or (agreement.capital and not noun[0].isupper()):
        return False
    if agreement.capital and lowered.startswith("ge") and lowered.endswith("e"):
        return False  # "Gebäude", "Gemüse": neuter collectives
    return lowered.endswith(agreement.endings) and not lowered.endswith(("ista", "cida"))  # both genders


# Words after which a one is a sum's or a difference's ("45 plus 1 Minute": the minute of stoppage time).
_SUMS = frozenset({"plus", "minus", "más", "menos", "più", "meno", "mais", "moins"})


def _labels(before: re.Match[str], agreement: Agreement) -> bool:
    """The word before the one is one it labels ("línea 1"), or a capitalised word that does not open the sentence
    ("Gleis 1 Richtung Mainz", "Fórmula 1 temporada"; but "Nur 1 Stunde", "Compró 1 botella")."""
    word = before.group(1)
    if word.lower() in agreement.labels or word.lower() in _SUMS:
        return True
    if word[0].isupper():  # "Fórmula 1", "Rai 1", "Gleis 1": a name's or a noun's number, unless it opens the sentence
        opening = before.string[max(0, before.start() - 8):before.start()].rstrip()  # a window: linear on long text
        return bool(opening) and not opening.endswith((".", "!", "?", ":", "(", "„", '"'))
    return False


def counted_one(agreement: Agreement) -> Callable[[str], str]:
    """The rule that says a bare "1" before a feminine noun as the language's article."""

    def said(match: re.Match[str]) -> str:
        noun = match.group(1)
        if not _feminine(noun, agreement):
            return match.group(0)
        before = _WORD_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
        word = before.group(1).lower() if before else ""
        if before and _labels(before, agreement):
            return match.group(0)
        if agreement.before_vowel and noun[0].lower() in "aeiouàèéìòù":
            return f"{agreement.before_vowel}{noun}"
        return f"{agreement.dative if word in agreement.dative_after else agreement.article} {noun}"

    return lambda text: _ONE.sub(said, text) if "1 " in text else text


def _words(text: str) -> frozenset[str]:
    """A table's words, written apart by spaces."""
    return frozenset(text.split())


# Masculine nouns in "-a" the three languages share, from Greek and elsewhere ("el problema", "il sistema").
_GREEK = "problema sistema programa tema clima idioma planeta poema dilema drama esquema diploma aroma fantasma " \
         "pijama telegrama panorama teorema enigma dogma prisma trauma karma lema emblema mapa papa cometa poeta"
AGREEMENTS = {
    "es": Agreement(
        "una", ("a", "ción", "sión", "xión", "gión", "nión", "dad", "tad", "tud", "umbre"),
        # and words in "-a" that are no nouns ("1 para cada uno")
        _words(f"{_GREEK} día síntoma crucigrama diagrama para contra hasta ahora nada toda otra cada esta esa "
               "nuestra vuestra alguna ninguna"),
        _words("línea andén número página capítulo fase planta puerta vía sala zona grupo nivel paso punto tomo "
               "volumen parte acto escena episodio puesto lugar división categoría jornada temporada etapa ronda pista "
               "terminal carril artículo apartado anexo tabla figura gráfico opción modelo versión serie bloque lote "
               "edición clase tipo nota top fórmula liga copa canal")),
    "it": Agreement(
        "una", ("a", "zione", "sione", "gione", "nione", "tà", "tù"),
        _words(f"{_GREEK} programma dramma telegramma diagramma dilemma cinema pianeta collega sopra senza ancora "
               "contra tra fra alla della dalla nella sulla colla ogni prima"),
        _words("linea binario numero pagina capitolo fase piano porta via sala zona gruppo livello punto volume parte "
               "atto scena episodio posto serie categoria giornata stagione tappa turno pista terminal articolo comma "
               "allegato tabella figura opzione modello versione classe tipo nota formula lega coppa canale"),
        before_vowel="un'"),
    "pt": Agreement(
        "uma", ("a", "ção", "são", "dade", "agem"),
        _words(f"{_GREEK} grama quilograma miligrama micrograma dia personagem para contra sobra agora nada toda "
               "outra cada esta essa nossa numa duma"),
        _words("linha plataforma número página capítulo fase piso porta via sala zona grupo nível ponto volume parte "
               "ato cena episódio lugar série categoria jornada temporada etapa pista terminal artigo anexo tabela "
               "figura opção modelo versão classe tipo nota fórmula liga taça canal escalão")),
    "fr": Agreement(
        "une", ("tion", "sion", "ité", "ette", "euse", "esse", "asse", "ance", "ière", "ure", "elle"),
        _words("squelette mercure murmure parjure augure vermicelle violoncelle"),
        _words("ligne quai numéro page chapitre phase étage porte voie salle zone groupe niveau point tome volume "
               "partie acte scène épisode place série catégorie journée saison étape piste terminal article annexe "
               "tableau figure option modèle version classe type note formule ligue coupe chaîne division")),
    "de": Agreement(
        "eine", ("ung", "heit", "keit", "schaft", "tion", "tät", "erei", "llion", "e"),
        # masculine and neuter nouns in "-e": people and animals, and a few others ("der Käse", "das Ende")
        _words("käse name ende auge junge kunde kollege experte zeuge erbe gedanke glaube buchstabe friede wille "
               "interesse finale image prestige hase affe löwe franzose russe türke grieche schwede pole bote laie "
               "riese neffe kaffee tee see klee schnee knie"),
        _words("gleis platz seite linie kapitel artikel nummer absatz teil folge staffel band stufe klasse liga gruppe "
               "zone tor halle terminal ebene bahnsteig etappe runde spieltag level phase abschnitt szene akt tabelle "
               "abbildung anlage position rang kanal programm version modell typ block haus raum zimmer stock etage "
               "ausgang eingang tür"), capital=True, dative="einer",
        dative_after=_words("mit von nach zu aus bei seit vor in binnen innerhalb während außer gegenüber")),
}
