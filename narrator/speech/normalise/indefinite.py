"""A bare "1" before a feminine noun, said as the language's indefinite article in the noun's gender ("1 botella" ->
"una botella", "1 Flasche" -> "eine Flasche", "1 ora" -> "un'ora"): espeak-ng says the number ("uno", "eins", "un",
"um"), which agrees with no feminine noun. The gender is told by the noun's ending only where endings tell it
(Spanish, Italian and Portuguese "-a", French "-tion", German "-ung", ...), with the common exceptions as data; a
"1" that labels the word before it ("línea 1", "Gleis 1 Richtung") is left as written.

A masculine noun takes the article too where the voice's number is no article: Spanish and Italian "uno" is the
number said alone ("1 euro" was "uno euro", said "un euro"), German "eins" ("eins Euro": "einen Euro" after a verb
that takes the accusative, "einem" after a preposition of the dative). Spanish and Italian nouns in "-o" are told by
their ending (with the exceptions as data), others and the German ones by a table of the nouns counted most (units,
money, time). French "un" and Portuguese "um" are the voice's own, and the Italian "uno" before "s" and a consonant
("uno studente") is right as the voice says it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# A bare one before a word: not a decimal's or a group's digit ("0,1 kg", "2.1 Liter"), a date's, a score's ("2:1"),
# a code's ("A-1"), a sign's ("+1"). The word before it is read from the text (its label check).
_ONE = re.compile(r"(?<![\w.,:/+'’-])1 ([^\W\d_]{3,})\b(?![-'’]\w)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W{0,2}$")
# A one that ends a score or a span ("3 a 1 sabato", "2 zu 1 Niederlage"): no article.
_SCORE_BEFORE = re.compile(r"\d (?:a|y|e|o|al|zu|à|bis)\s$")


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
    masculine: str = ""
    """The masculine indefinite article ("un", "ein"), where the voice's "1" before a noun is no article; empty
    where it is."""
    masculine_ending: str = ""
    """The ending that tells a masculine noun ("o"), empty where none does."""
    not_masculine: frozenset[str] = frozenset()
    """Words with that ending that are no masculine noun ("foto", "como"), in small letters."""
    masculine_nouns: frozenset[str] = frozenset()
    """Masculine (or neuter) nouns counted often whose ending does not tell ("mes", "Euro"), in small letters."""
    accusative: frozenset[str] = frozenset()
    """German: the nouns of masculine_nouns that are masculine ("euro"), said "einen" after accusative_after."""
    accusative_after: frozenset[str] = frozenset()
    """German: verbs and prepositions (small letters) after which a masculine noun is in the accusative."""


def _feminine(noun: str, agreement: Agreement) -> bool:
    """The noun's ending says it is feminine, and it is none of the exceptions."""
    lowered = noun.lower()
    if lowered in agreement.not_feminine or (agreement.capital and not noun[0].isupper()):
        return False
    if agreement.capital and lowered.startswith("ge") and lowered.endswith("e"):
        return False  # "Gebäude", "Gemüse": neuter collectives
    return lowered.endswith(agreement.endings) and not lowered.endswith(("ista", "cida"))  # both genders


# Definite articles: a one after them is a number ("il 1 secondo tempo", "der 1 Tag"), never the indefinite article.
_DEFINITE = frozenset({"il", "lo", "el", "le", "los", "o", "os", "der", "die", "das", "den",
                       "dem", "des"})
# Words after which a one is a sum's or a difference's ("45 plus 1 Minute": the minute of stoppage time).
_SUMS = frozenset({"plus", "minus", "más", "menos", "più", "meno", "mais", "moins"})


def _labels(before: re.Match[str], agreement: Agreement) -> bool:
    """The word before the one is one it labels ("línea 1"), or a capitalised word that does not open the sentence
    ("Gleis 1 Richtung Mainz", "Fórmula 1 temporada"; but "Nur 1 Stunde", "Compró 1 botella")."""
    word = before.group(1)
    if "," in before.group(0) or ";" in before.group(0):
        return False  # "Am Freitag, 1 Tag später": a clause's end between them, no label
    if word.lower() in agreement.labels or word.lower() in _SUMS:
        return True
    if word[0].isupper():  # "Fórmula 1", "Rai 1", "Gleis 1": a name's or a noun's number, unless it opens the sentence
        opening = before.string[max(0, before.start() - 8):before.start()].rstrip()  # a window: linear on long text
        return bool(opening) and not opening.endswith((".", "!", "?", ":", "(", "„", '"'))
    return False


def _masculine(noun: str, agreement: Agreement) -> bool:
    """The noun is masculine (or neuter) by its ending or the table, and its article is no number the voice says."""
    lowered = noun.lower()
    if not agreement.masculine or (agreement.capital and not noun[0].isupper()):
        return False
    if lowered in agreement.masculine_nouns:
        return True
    if not agreement.masculine_ending or lowered in agreement.not_masculine:
        return False
    # Italian "uno studente", "uno zaino", "uno psicologo": the voice's "uno" is the article there
    return lowered.endswith(agreement.masculine_ending) and not (
        agreement.before_vowel and (lowered[0] in "zxy" or lowered[:2] in ("gn", "ps", "pn")
                                    or (lowered[0] == "s" and lowered[1] not in "aeiouàèéìòù")))


# Words between a verb and its one that leave the noun's case as the verb makes it ("kostet nur 1 Euro").
_ADVERBS = frozenset({"nur", "noch", "etwa", "rund", "knapp", "lediglich", "fast", "genau", "mindestens", "höchstens",
                      "ca", "circa", "zirka", "bloß", "gerade", "mal", "schon", "auch", "jeweils", "je"})
_TWO_WORDS_BEFORE = re.compile(r"([^\W\d_]+)\W{1,2}([^\W\d_]+)\W{0,2}$")


# A count joined to the one by "und" ("mit 6 Siegen und 1 Remis"): the preposition before the first count governs both.
_JOINED_COUNT = re.compile(r"([^\W\d_]+) \d+(?:,\d+)? [A-ZÄÖÜ][^\W\d_]* (?:und|oder|sowie) $")


def _governing(match: re.Match[str], word: str, agreement: Agreement) -> str:
    """The word whose case the noun takes: the one before it, or, after "und" joining two counts, the preposition
    before the first ("mit 6 Siegen und 1 Remis" -> "mit")."""
    if not agreement.capital or word not in ("und", "oder", "sowie"):
        return word
    joined = _JOINED_COUNT.search(match.string, max(0, match.start() - 40), match.start())
    return joined.group(1).lower() if joined else word


def _masculine_article(match: re.Match[str], word: str, agreement: Agreement) -> str:
    """The masculine article the noun takes after the word before it (German's case: "mit einem", "kostet einen")."""
    if not agreement.capital:
        return agreement.masculine
    word = _governing(match, word, agreement)
    if word in agreement.dative_after:
        return "einem"
    if word in _ADVERBS:  # the verb before the adverb
        two = _TWO_WORDS_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
        word = two.group(1).lower() if two else word
    if match.group(1).lower() in agreement.accusative and word in agreement.accusative_after:
        return "einen"
    return agreement.masculine


_SENTENCE_END = re.compile(r"(?:[^\W\d_]{4}\.|[!?¡¿])\s*$")  # not an abbreviation's stop ("ca. 1", "Nr. 1")


def _opens(match: re.Match[str]) -> bool:
    """The one opens the text or a sentence in it: its article takes a capital ("1 Prise Salz" -> "Eine Prise")."""
    return match.start() == 0 or bool(_SENTENCE_END.search(match.string, max(0, match.start() - 7), match.start()))


def counted_one(agreement: Agreement) -> Callable[[str], str]:
    """The rule that says a bare "1" before a feminine noun (and a masculine one, where the language's voice needs
    it) as the language's article."""

    def said(match: re.Match[str]) -> str:
        noun = match.group(1)
        feminine = _feminine(noun, agreement)
        if not feminine and not _masculine(noun, agreement):
            return match.group(0)
        before = _WORD_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
        word = before.group(1).lower() if before else ""
        scored = _SCORE_BEFORE.search(match.string, max(0, match.start() - 8), match.start())
        if scored or (before and _labels(before, agreement)) or word in _DEFINITE:
            return match.group(0)
        if not feminine:
            article = _masculine_article(match, word, agreement)
        elif agreement.before_vowel and noun[0].lower() in "aeiouàèéìòù":
            return f"{agreement.before_vowel.capitalize() if _opens(match) else agreement.before_vowel}{noun}"
        else:
            dative = _governing(match, word, agreement) in agreement.dative_after
            article = agreement.dative if dative else agreement.article
        return f"{article.capitalize() if _opens(match) else article} {noun}"

    return lambda text: _ONE.sub(said, text) if "1 " in text else text


# The noun just before an abbreviation that agrees with it ("experiencia mín."), apart from it by one space.
_NOUN_BEFORE = re.compile(r"([^\W\d_]{3,}) $")


def feminine(noun: str, language: str) -> bool:
    """The noun (singular) is feminine by its ending in language ("hora", "semana"; not "día")."""
    return _feminine(noun, AGREEMENTS[language])


def feminine_before(text: str, start: int, language: str) -> bool:
    """The word before position start (one space apart) is a feminine noun by its ending: an adjective shortened
    after it agrees ("experiencia mín." -> "mínima", "dose máx." -> "máxima")."""
    before = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and _feminine(before.group(1), AGREEMENTS[language])


def _words(text: str) -> frozenset[str]:
    """A table's words, written apart by spaces."""
    return frozenset(text.split())


# Masculine nouns in "-a" the three languages share, from Greek and elsewhere ("el problema", "il sistema").
_GREEK = "problema sistema programa tema clima idioma planeta poema dilema drama esquema diploma aroma fantasma " \
         "pijama telegrama panorama teorema enigma dogma prisma trauma karma lema emblema mapa papa cometa poeta"
AGREEMENTS = {
    "es": Agreement(
        # "-sis": "la dosis", "la crisis", "la tesis" (the masculine few are exceptions below)
        "una", ("a", "ción", "sión", "xión", "gión", "nión", "dad", "tad", "tud", "umbre", "sis"),
        # and words in "-a" that are no nouns ("1 para cada uno")
        _words(f"{_GREEK} día síntoma crucigrama diagrama fotograma para contra hasta ahora nada toda otra cada esta "
               "esa nuestra vuestra alguna ninguna análisis énfasis paréntesis oasis chasis"),
        _words("línea andén número página capítulo fase planta puerta vía sala zona grupo nivel paso punto tomo "
               "volumen parte acto escena episodio puesto lugar división categoría jornada temporada etapa ronda pista "
               "terminal carril artículo apartado anexo tabla figura gráfico opción modelo versión serie bloque lote "
               "edición clase tipo nota top fórmula liga copa canal"),
        masculine="un", masculine_ending="o",
        # words in "-o" that are no masculine noun after a one ("1 como mucho", "1 de cada"): feminine ones and others
        # and the months: "el 1 enero" is a date's first day
        not_masculine=_words("foto moto mano radio libido como pero todo tanto mucho poco cuando cuanto cero medio "
                             "sólo solo mismo otro dentro fuera encima abajo arriba luego enero febrero marzo mayo "
                             "junio julio agosto septiembre setiembre octubre noviembre diciembre"),
        masculine_nouns=_words(f"{_GREEK} día mes país tren hotel millón billón par pie gol viaje coche paquete "
                               "jugador equipo cliente lugar dólar kilómetro fotograma "
                               # a result line's draw ("3 victorias y 1 empate": the voice said "uno empate")
                               "empate")),
    "it": Agreement(
        "una", ("a", "zione", "sione", "gione", "nione", "tà", "tù"),
        _words(f"{_GREEK} programma dramma telegramma diagramma fotogramma dilemma cinema pianeta collega sopra senza "
               "ancora contra tra fra alla della dalla nella sulla colla ogni prima"),
        _words("linea binario numero pagina capitolo fase piano porta via sala zona gruppo livello punto volume parte "
               "atto scena episodio posto serie categoria giornata stagione tappa turno pista terminal articolo comma "
               "allegato tabella figura opzione modello versione classe tipo nota formula lega coppa canale"),
        before_vowel="un'", masculine="un", masculine_ending="o",
        # nouns in "-o" that are feminine ("la foto", "la mano"), and words that are no noun after a one
        not_masculine=_words("foto moto mano radio auto eco dinamo biro libido come dopo verso fino tanto solo quanto "
                             "meno troppo poco molto primo sotto dentro fuori oltre circa gennaio febbraio "
                             "marzo maggio giugno luglio agosto"),  # and the months: "il 1 maggio" is a date's
        masculine_nouns=_words(f"{_GREEK} programma milione mese giorno paese treno hotel bicchiere cliente "
                               "dollaro chilometro fotogramma")),
    "pt": Agreement(
        "uma", ("a", "ção", "são", "dade", "agem", "dose"),
        _words(f"{_GREEK} grama quilograma miligrama micrograma dia personagem para contra sobra agora nada toda "
               "outra cada esta essa nossa numa duma"),
        _words("linha plataforma número página capítulo fase piso porta via sala zona grupo nível ponto volume parte "
               "ato cena episódio lugar série categoria jornada temporada etapa pista terminal artigo anexo tabela "
               "figura opção modelo versão classe tipo nota fórmula liga taça canal escalão")),
    "fr": Agreement(
        # and the feminine nouns counted most whose endings do not tell: time, doses, times ("1 minute", "1 fois")
        "une", ("tion", "sion", "ité", "ette", "euse", "esse", "asse", "ance", "ière", "ure", "elle", "uillère",
                "minute", "seconde", "semaine", "gélule", "capsule", "pilule", "ampoule", "dose", "goutte", "fois",
                # a recipe's pinch, handful, spoonful, a day, a year ("1 pincée", "1 poignée"); a clove, a sprout
                # ("1 gousse", "1 pousse": nouns in "-ousse" are feminine)
                "ée", "ousse"),
        _words("squelette mercure murmure parjure augure vermicelle violoncelle musée lycée trophée apogée mausolée "
               "caducée camée pygmée scarabée colisée"),
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
        # "ab einem Euro": "ab" before an amount is a threshold's, in the dative
        dative_after=_words("mit von nach zu aus bei seit vor in binnen innerhalb während außer gegenüber ab"),
        masculine="ein",
        # masculine and neuter nouns counted most; the masculine ones also in accusative
        masculine_nouns=_words("euro cent dollar franken pfund liter meter kilometer zentimeter millimeter kilogramm "
                               "kilo gramm grad prozent jahr monat tag kind mal stück glas ei paar zimmer bett punkt "
                               "platz tor spiel haus auto ticket buch los "
                               # a result line's draw, neuter ("mit 4 Siegen und 1 Remis": "einem Remis")
                               "remis unentschieden"),
        accusative=_words("euro cent dollar franken liter meter kilometer zentimeter millimeter grad monat tag punkt "
                          "platz"),
        accusative_after=_words("kostet kosten kostete kosteten beträgt betrug betragen zahlt zahlen zahlte spart "
                                "sparen verdient verdienen erhält bekommt gewinnt verliert für gegen durch ohne um pro "
                                # "steigt auf einen Euro", "auf einen Tag verkürzt": an amount reached, accusative
                                "über auf")),
}
