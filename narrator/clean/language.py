"""The language of an article: guessed from its words (py3langid) when it declares none, and checked when it does."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any

from narrator.clean.lines import STOP_WORDS
from narrator.clean.standards import SHTOKAVIAN, one_language, standard
from narrator.config import LANGUAGE_CODES, CleanSettings, language_tag, primary_language
from narrator.model import Block, BlockKind, Format

log = logging.getLogger(__name__)

FALLBACK = "en"
"""Said of an article too short or too mixed to tell."""
SAMPLE_CHARS = 1000
"""The opening of a page dump is enough to tell whether it is English (plainly_not_english)."""
ARTICLE_SAMPLE_CHARS = 3000
"""Taken from the whole article, in pieces from its start, middle and end: a long quotation in another language at
the top (an interview's first answer, a foreign mayor's words) does not decide the language of the rest."""
SAMPLE_PIECES = 3
FOREIGN_BLOCK_WORDS = 30
"""A paragraph this long with almost no English stop words is in another language: the article is not plainly
English by its stop words alone, and the identifier is asked."""
FOREIGN_STOP_RATIO = 0.1
FOREIGN_BLOCK_CHARS = 400
MIN_CHARS = 40
MIN_CONFIDENCE = 0.8
ENGLISH_STOP_RATIO = 0.3
"""English prose has 0.35-0.5 of its words in our English stop list; other languages under 0.1."""
CLEAR_CHARS = 200
"""Below this much text a page's declared language is trusted whatever the words seem to say."""
CLEAR_CONFIDENCE = 0.99
"""How sure the identifier must be before the text overrules what the page declares."""
SHORT_CHARS = 80
"""Down to this much text (two sentences) the words may overrule the page, when two tests agree."""
SHORT_FOREIGN_MIN_WORDS = 8
"""Below SHORT_CHARS, a text declared English with this many words and almost none of them in our English stop list
(under FOREIGN_STOP_RATIO), which the identifier takes for another language (NAME_FREE_CONFIDENCE: it is less sure of
so few words), is that language: the stop list is a second witness, for English is told by it without the model (a
template's "en" over "Ufficio chiuso per inventario da lunedì 3 a venerdì 7 marzo. Riapriamo sabato.", whose "a" is
English's one). The identifier said "en" of every short English notice we tried, stop words or none."""
NAME_FREE_CONFIDENCE = 0.9
"""How sure the identifier must be of a text's words without its names ("Bayern Munich beat Borussia Dortmund"
says as much German as English) when the whole text left it in doubt."""
NAME_FREE_MIN_WORDS = 6
NAME_FREE_ENGLISH_STOP_RATIO = 0.2
"""English words without the names are at least this share stop words (0.5 in our sports briefs)."""
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
SOFTWARE_DEFAULT_TAGS = frozenset({"en-us"})
"""What software declares when nobody chose (WordPress's locale, og:locale in plugins, servers' Content-Language):
another region of the same language declared elsewhere on the page is the site's own choice and wins."""
# Spellings only one side of the Atlantic writes, as the starts of lower-case words (capitalised ones are names: Pearl
# Harbor, the Labour Party). -ise and -ize are left out: British writers use both (Oxford spelling).
BRITISH_SPELLINGS = ("colour", "favour", "honour", "labour", "neighbour", "behaviour", "harbour", "flavour", "humour",
                     "rumour", "endeavour", "savour", "centre", "theatre", "litre", "metre", "fibre", "travelled",
                     "travelling", "cancelled", "cancelling", "modelling", "labelled", "labelling", "jeweller",
                     "jewellery", "defence", "offence", "licence", "cheque", "tyre", "aluminium", "manoeuvr",
                     "paediatr", "anaesthe", "mould", "plough", "sceptic", "pyjama", "programme", "skilful")
# Not "labor", "honor", "humor": the starts of laboratory, and of honorary and humorous, which Britain writes too.
AMERICAN_SPELLINGS = ("color", "favor", "honored", "labored", "neighbor", "behavior", "harbor", "flavor", "rumor",
                      "endeavor", "savor", "center", "theater", "fiber", "traveled", "traveling", "canceled",
                      "canceling", "modeling", "labeled", "labeling", "jeweler", "jewelry", "defense", "offense",
                      "aluminum", "maneuver", "pediatr", "anesthe", "mold", "plow", "skeptic", "pajama", "skillful")
BRITISH_MIN_WORDS = 3
"""British spellings ("colourful", "favourite", "centres"), and no American one, that tell an English
text written in Britain (or Ireland, Australia, New Zealand: their dates too are day first) under a software's default
en-US."""
# Words only Portugal or only Brazil writes, whole and in small letters (a prefix would not do: "equipa" starts
# "equipamento", which both write). The voice differs by region as much as the words do.
PORTUGAL_WORDS = re.compile(
    r"\b(?:comboios?|autocarros?|equipas?|telemóve(?:l|is)|ecrãs?|pequeno-almoço|frigoríficos?|casas? de banho"
    r"|quilómetros?|facto|contactos?|registos?|guarda-redes|económic[oa]s?|académic[oa]s?|fenómenos?|género"
    r"|bebés?|receção|ficheiros?|utilizador(?:es|a|as)?|desportos?|desportiv[oa]s?|cami(?:ão|ões)|chávenas?)\b")
# Brazil's too: a city's "prefeitura" and "prefeito" (Portugal's is a "câmara" and its "presidente"); a phone's
# "aplicativo" (Portugal's "aplicação"), "esporte" ("desporto"), "caminhão" ("camião"), "xícara" ("chávena").
BRAZIL_WORDS = re.compile(
    r"\b(?:ônibus|celular(?:es)?|banheiros?|café da manhã|geladeiras?|quilômetros?|econômic[oa]s?|acadêmic[oa]s?"
    r"|fenômenos?|gênero|registros?|goleiros?|bebês?|recepção|trens?|equipes?|usuári[oa]s?|time"
    r"|prefeituras?|prefeit[oa]s?|aplicativos?|esportes?|esportiv[oa]s?|caminh(?:ão|ões)|xícaras?)\b")
# Brazil's money ("R$ 6,00"): the real is Brazil's alone, and counts with its words; but a Lisbon paper quotes it too
# (still writing "equipa" and "facto"), so it does not keep Portugal's words from choosing Portugal.
BRAZIL_MONEY = re.compile(r"\bR\$")
# "você", the reader addressed as Brazil's papers and notices address them ("Se você mora em Belo Horizonte"): Portugal
# writes it too, less, and mostly in quotation, so it counts with Brazil's words as the real does, and does not keep
# Portugal's words from choosing Portugal.
BRAZIL_ADDRESS = re.compile(r"\b[Vv]ocês?\b")
REGION_MIN_WORDS = 3
"""Words of one region, and none of the other, that tell a Portuguese text's region over its declaration's (a
template's pt-BR on a Lisbon paper's page) or where it declares none."""
MIXED_SHARE = 0.3
"""A page whose paragraphs are this share (by characters) plainly in its declared language is in two languages (Welsh
and English, paragraph by paragraph): the other does not overrule the declaration."""


# A two-letter language tag, with its region ("en", "en-GB", "pt_BR"); a variant after it is dropped ("de-1996"), and
# so is a script between them ("pt-Latn-BR", "zh-Hant-TW"): the region after it still chooses the voice (the tag had
# been read as "pt", a European voice for a page that said Brazil).
# A region may be a UN area's three digits ("es-419", Latin America's Spanish; it was dropped to "es").
_TAG = re.compile(r"^([a-zA-Z]{2})(?:[-_][a-zA-Z]{4}(?![a-zA-Z]))?(?:[-_]([a-zA-Z]{2}|\d{3})(?![a-zA-Z0-9]))?"
                  r"(?![a-zA-Z])")
# Languages as writers name them in front matter and documents: in English, in their own words, in the other
# languages narrator reads (a German writer's "Sprache: Englisch"), by ISO 639-2 code.
LANGUAGE_NAMES = {
    "en": ("english", "eng", "englisch", "anglais", "inglés", "ingles", "inglese", "inglês", "engels"),
    "de": ("german", "deutsch", "deu", "ger", "allemand", "alemán", "aleman", "tedesco", "alemão", "duits"),
    "fr": ("french", "français", "francais", "fra", "fre", "französisch", "francés", "frances", "francese",
           "francês", "frans"),
    "es": ("spanish", "español", "espanol", "castellano", "spa", "spanisch", "espagnol", "spagnolo", "espanhol",
           "spaans"),
    "it": ("italian", "italiano", "ita", "italienisch", "italien", "italiaans"),
    "pt": ("portuguese", "português", "portugues", "por", "portugiesisch", "portugais", "portugués", "portoghese",
           "portugees"),
    "nl": ("dutch", "nederlands", "nld", "dut", "niederländisch", "néerlandais", "neerlandés", "olandese"),
    "pl": ("polish", "polski", "pol"),
    "sv": ("swedish", "svenska", "swe"),
    "ru": ("russian", "русский", "rus"),
    "ja": ("japanese", "日本語", "jpn"),
    "zh": ("chinese", "中文", "zho", "chi"),
}
_CODE_OF_NAME = {name: code for code, names in LANGUAGE_NAMES.items() for name in names}


# A plain text's own "Language: English (UK)" line near its top (Project Gutenberg's header writes one), its field
# named in the languages narrator reads ("Sprache: Englisch (Vereinigtes Königreich)", "Langue : anglais (Canada)").
LANGUAGE_FIELDS = ("language", "sprache", "langue", "idioma", "lingua", "língua", "taal", "język", "språk")
_LANGUAGE_LINE = re.compile(rf"^[ \t]*(?:{'|'.join(LANGUAGE_FIELDS)})[ \t]*:[ \t]*([^\n]{{2,50}}?)[ \t\r]*$",
                            re.I | re.M)
_NAME_AND_REGION = re.compile(r"([^()]+?)[ \t]*(?:\([ \t]*([^()]{2,30}?)[ \t]*\))?")
HEAD_LINES = 12
"""How near its top a text's "Language:" line must be to be the text's own, not a line of its body."""
REGION_NAMES = {"uk": "gb", "united kingdom": "gb", "britain": "gb", "great britain": "gb", "us": "us", "usa": "us",
                "united states": "us", "australia": "au", "canada": "ca", "new zealand": "nz", "ireland": "ie",
                "india": "in", "south africa": "za", "brazil": "br", "portugal": "pt", "switzerland": "ch",
                "austria": "at", "germany": "de", "france": "fr", "belgium": "be", "mexico": "mx", "spain": "es",
                # as German, French, Spanish, Italian, Portuguese and Dutch writers name them
                "vereinigtes königreich": "gb", "großbritannien": "gb", "grossbritannien": "gb", "royaume-uni": "gb",
                "reino unido": "gb", "regno unito": "gb", "verenigd koninkrijk": "gb", "vereinigte staaten": "us",
                "états-unis": "us", "etats-unis": "us", "estados unidos": "us", "stati uniti": "us",
                "verenigde staten": "us", "kanada": "ca", "australien": "au", "australie": "au", "neuseeland": "nz",
                "nouvelle-zélande": "nz", "irland": "ie", "irlande": "ie", "irlanda": "ie", "indien": "in",
                "inde": "in", "südafrika": "za", "afrique du sud": "za", "österreich": "at", "autriche": "at",
                "schweiz": "ch", "suisse": "ch", "svizzera": "ch", "suiza": "ch", "deutschland": "de",
                "allemagne": "de", "alemania": "de", "frankreich": "fr", "francia": "fr", "belgien": "be",
                "belgique": "be", "bélgica": "be", "spanien": "es", "espagne": "es", "españa": "es", "spagna": "es",
                "mexiko": "mx", "mexique": "mx", "méxico": "mx", "brasilien": "br", "brésil": "br", "brasil": "br",
                "brasile": "br", "luxemburg": "lu", "luxembourg": "lu", "argentinien": "ar", "argentine": "ar",
                "argentina": "ar", "kolumbien": "co", "colombie": "co", "colombia": "co"}


def declared_tag(written: str) -> str:
    """A declared language as a lower-case tag ("de_DE" -> "de-de", "German" -> "de"), "" when it names none."""
    written = written.strip()
    if found := _TAG.match(written):
        # A code ISO 639 does not have names no language ("xx", a template's "ec-gb" typo): trusted, it left the
        # article with no reading rules at all and a warning that suggested --language with the same bad code.
        language, region = found.group(1).lower(), found.group(2)
        if language not in LANGUAGE_CODES:
            return ""
        return f"{language}-{region.lower()}" if region else language
    if "(" in written:  # "English (UK)", "Deutsch (Österreich)": a name and its region, as Word's menus say them
        return _named_tag(written)
    return _CODE_OF_NAME.get(written.lower(), "")


def _named_tag(written: str) -> str:
    """A language named with its region as a tag ("English (UK)" -> "en-gb", "en-GB" -> "en-gb"), "" when none."""
    found = _NAME_AND_REGION.fullmatch(written.strip())
    language = declared_tag(found.group(1)) if found and "(" not in found.group(1) else ""
    if primary_language(language) not in LANGUAGE_CODES:  # "Language: Go" heads a programming tutorial
        return ""
    if found is None or not found.group(2):
        return language
    region = found.group(2).lower()
    region = REGION_NAMES.get(region, region if len(region) == 2 and region.isalpha() else "")
    return language.partition("-")[0] + "-" + region if region else language


def language_line(text: str) -> tuple[str, str]:
    """A plain text's own "Language: ..." line near its top as a tag, and the text without that line; ("", text)
    when it has none that names a language."""
    head_end = 0
    for _ in range(HEAD_LINES):
        head_end = text.find("\n", head_end) + 1
        if head_end == 0:
            head_end = len(text)
            break
    found = _LANGUAGE_LINE.search(text, 0, head_end)
    tag = _named_tag(found.group(1)) if found else ""
    if found is None or not tag:
        return "", text
    return tag, text[:found.start()] + text[found.end() + 1:]


@functools.cache
def _identifier() -> Any:
    """py3langid's model, loaded once (about 0.7 s) and only for articles that need it."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _prose(blocks: Iterable[Block]) -> list[str]:
    """The texts of the blocks, code left out, and quotations too where the article's own words are enough to tell (a
    story in English that opens with a long quotation in Spanish is in English: the quotation is its subject's)."""
    texts = [b for b in blocks if b.kind is not BlockKind.CODE]
    own = [b.text for b in texts if b.kind is not BlockKind.QUOTE]
    return own if len(own) < len(texts) and sum(map(len, own)) >= SHORT_CHARS else [b.text for b in texts]


def _sample(texts: list[str]) -> str:
    """The prose whole when short, else pieces of it from its start, middle and end."""
    whole = " ".join(texts)
    if len(whole) <= ARTICLE_SAMPLE_CHARS:
        return whole
    piece = ARTICLE_SAMPLE_CHARS // SAMPLE_PIECES
    starts = [round(n * (len(whole) - piece) / (SAMPLE_PIECES - 1)) for n in range(SAMPLE_PIECES)]
    return " ".join(whole[start:start + piece] for start in starts)


def _stop_ratio(words: list[str]) -> float:
    """The share of the words in our English stop list (as lines.make_line counts it, without its other measures)."""
    return sum(1 for word in words if word.lower() in STOP_WORDS) / len(words) if words else 0.0


def _has_foreign_paragraph(texts: list[str]) -> bool:
    """True when a long paragraph has almost no English stop words (a passage in another language)."""
    for text in texts:
        words = _WORDS.findall(text, 0, FOREIGN_BLOCK_CHARS)  # its opening shows a passage's language
        if len(words) >= FOREIGN_BLOCK_WORDS and _stop_ratio(words) < FOREIGN_STOP_RATIO:
            return True
    return False


def _identify(sample: str, confidence_needed: float, texts: list[str] | None = None) -> str | None:
    """The language code of a sample when the evidence is strong enough, else None."""
    if _stop_ratio(_WORDS.findall(sample)) >= ENGLISH_STOP_RATIO and not _has_foreign_paragraph(texts or []):
        return "en"  # plainly English: no need to load the model (0.7 s a process)
    found = _classified(sample)
    return found[0] if found is not None and found[1] >= confidence_needed else None


# Languages the identifier splits its belief with, kin of one narrator reads whose words they share: thirty words of
# Portuguese are "pt" 0.92 and Galician 0.07, never English. Where the one narrator reads comes first, its kin's share
# is its own (a text in Galician itself, first in the ranking, is left as it is).
# Serbian, Croatian and Bosnian are one language's three standards, each the others' kin, told apart by their words
# (standards.py).
KIN = {"pt": frozenset({"gl"}), "es": frozenset({"gl", "an", "ast"}), "de": frozenset({"lb"}),
       **{code: SHTOKAVIAN - {code} for code in SHTOKAVIAN}}


# Romance languages the identifier knows, each with the one narrator reads it nearest to (the reading of its country):
# a text in a Romance language it knows none of (Ladin, Romansh, Friulian) spreads its belief among them ("lij"
# 0.72, "oc" 0.13, "ext" 0.07 for Ladin), no one plain, yet all of it Romance. Under a declaration of no Romance
# language (a South Tyrol site's "de") that is plain enough: the words are not the declared language's, and the
# reading with the most of the belief reads them. Under a Romance declaration the kin's belief says nothing
# (_unjudged: Sardinian under "it" is left as declared).
# (the French creoles of Guadeloupe and Guiana, "gcf" and "gcr", take a share of most Romance texts)
ROMANCE_READINGS = {"it": "it", "lij": "it", "vec": "it", "fr": "fr", "wa": "fr", "oc": "fr", "gcf": "fr", "gcr": "fr",
                    "es": "es", "an": "es", "ext": "es", "ca": "es", "pt": "pt", "gl": "pt"}
ROMANCE_RANKS = 10
"""The identifier's first so many languages are weighed: the rest share a thousandth."""


def _romance_reading(blocks: list[Block], declared: str) -> str | None:
    """The Romance language narrator reads a text in, where the identifier's belief is all but wholly Romance
    (CLEAR_CONFIDENCE), shared among languages none of which is plain, and the declared language is none of them;
    else None."""
    if primary_language(declared) in ROMANCE_READINGS:
        return None
    sample = _sample(_prose(blocks))
    if len(sample) < CLEAR_CHARS:
        return None
    try:
        ranked = _identifier().rank(sample)[:ROMANCE_RANKS]
    except ImportError:  # said once by _classified
        return None
    shares: dict[str, float] = {}
    for code, share in ranked:
        if str(code) in ROMANCE_READINGS:
            reading = ROMANCE_READINGS[str(code)]
            shares[reading] = shares.get(reading, 0.0) + float(share)
    if sum(shares.values()) < CLEAR_CONFIDENCE:
        return None
    return max(shares, key=lambda reading: shares[reading])


def _classified(sample: str) -> tuple[str, float] | None:
    """The identifier's language and confidence (with its kin's, see KIN), or None where py3langid is missing (said
    once in the log)."""
    try:
        ranked = _identifier().rank(sample)
    except ImportError:  # a dependency, but a broken install should not stop the narration
        log.warning("py3langid is not installed; assuming %s (run: make setup)", FALLBACK)
        return None
    code = str(ranked[0][0])
    kin = KIN.get(code, frozenset())
    confidence = float(ranked[0][1]) + sum(float(share) for other, share in ranked[1:4] if other in kin)
    return standard(sample, code) if code in SHTOKAVIAN else code, confidence


def _short_sample_language(sample: str) -> str | None:
    """The language of a short sample (two or three sentences) when the identifier is sure and, for English, our
    stop words agree: either alone errs on so few words ("Was ist das? Es ist so, wie man will" is a third English
    stop words)."""
    found = _classified(sample)
    if found is None or found[1] < CLEAR_CONFIDENCE:
        return None
    if found[0] == "en" and _stop_ratio(_WORDS.findall(sample)) < ENGLISH_STOP_RATIO:
        return None
    return found[0]


def _short_foreign_language(blocks: Iterable[Block]) -> str | None:
    """The language of a short text (under SHORT_CHARS) that is plainly not English: almost no word of it in our
    English stop list, and the identifier leaning to another language; None otherwise."""
    sample = _sample(_prose(blocks))
    words = _WORDS.findall(sample)
    if not MIN_CHARS <= len(sample) < SHORT_CHARS or len(words) < SHORT_FOREIGN_MIN_WORDS \
            or _stop_ratio(words) >= FOREIGN_STOP_RATIO:
        return None
    found = _classified(sample)
    return found[0] if found is not None and found[0] != "en" and found[1] >= NAME_FREE_CONFIDENCE else None


def _name_free_language(sample: str) -> str | None:
    """The language of a sample thick with names (a sports brief, a travel note), told from its words that start
    in lower case, when the identifier says the same of them and of the whole sample."""
    words = [word for word in _WORDS.findall(sample) if word[0].islower()]
    if len(words) < NAME_FREE_MIN_WORDS:
        return None
    whole, name_free = _classified(sample), _classified(" ".join(words))
    if whole is None or name_free is None or whole[0] != name_free[0] or name_free[1] < NAME_FREE_CONFIDENCE:
        return None
    if name_free[0] == "en" and _stop_ratio(words) < NAME_FREE_ENGLISH_STOP_RATIO:
        return None
    return name_free[0]


def plainly_not_english(text: str) -> bool:
    """True when the identifier is sure text is in another language (for a page whose stop words leave it in doubt:
    Portuguese has "a", "o" and "do" in our English list)."""
    found = _identify(text[:SAMPLE_CHARS], MIN_CONFIDENCE) if len(text) >= MIN_CHARS else None
    return found is not None and found != "en"


def guess_language(blocks: Iterable[Block], title: str = "") -> str:
    """The ISO 639-1 code of the language the blocks are written in, or FALLBACK when unsure. A short text's title
    is among its words: it is read out with them ("Abfahrten Hauptbahnhof" over a timetable of stations and times)."""
    texts = _prose(blocks)
    if title and sum(map(len, texts)) < CLEAR_CHARS:
        texts = [title, *texts]
    sample = _sample(texts)
    if len(sample) < MIN_CHARS:
        return FALLBACK
    return _identify(sample, MIN_CONFIDENCE, texts) or _name_free_language(sample) or FALLBACK


def _plain_language(blocks: Iterable[Block]) -> str | None:
    """The language the text is plainly in, None when it is short or its words leave it in doubt."""
    texts = _prose(blocks)
    sample = _sample(texts)
    if len(sample) < SHORT_CHARS:
        return None
    return (_identify(sample, CLEAR_CONFIDENCE, texts) if len(sample) >= CLEAR_CHARS
            else _short_sample_language(sample)) or _name_free_language(sample)


def _same_language(first: str, second: str) -> bool:
    """True when two tags name one language ("de-AT" and "de"; "nb" and "no")."""
    return primary_language(first) == primary_language(second)


# Formats whose declared language is checked against the text, and who declared it (for the warning): a page's lang
# may be its template's, and a blog's front matter its generator's ("lang: en" on every post). Issue #10: when they
# plainly disagree, trust the text, and warn; only --language (the user's own word) is never overruled.
FRONT_MATTER = "its front matter"
CHECKED_DECLARATIONS: dict[Format, str] = {Format.HTML: "the page", Format.MARKDOWN: FRONT_MATTER}


def check_declared(declared: str, blocks: Iterable[Block], by: str = "the page") -> str:
    """The declared language, unless the text is plainly in another: then that one, with a warning.

    Pages copied from a template keep its lang attribute ("de" on an English article), and rules for the
    wrong language read nothing right: digits reach the voice as digits. A blog's feed says the language its
    software was set up in (WordPress's en-US by default) as readily. by names who declared it, for the warning.
    """
    blocks = list(blocks)
    found = _plain_language(blocks)
    if found is None and _same_language(declared, "en"):  # (English only: our stop words are its second witness)
        found = _short_foreign_language(blocks)
    if found is None and primary_language(declared) not in ROMANCE_READINGS:
        found = _romance_reading(blocks, declared)
    if found is None or _same_language(found, declared) or _unjudged(declared, found) \
            or one_language(found, primary_language(declared)) or _in_two_languages(blocks, declared):
        return declared
    log.warning("%s declares its language as %r but its text is plainly %r; reading it as %r "
                "(to choose, give --language %s)", by, declared, found, found, declared)
    return found


def _unjudged(declared: str, found: str) -> bool:
    """True when the identifier has no model of the declared language (Corsican, Romansh) and the words are not
    plainly English: it names the nearest language it knows ("lij", Ligurian, for Corsican), which says nothing
    against the page's own word. English is told by our stop words, without the model."""
    return found != "en" and primary_language(declared) not in _identifier().nb_classes


def _seconded(declared: str, others: Sequence[str], blocks: list[Block]) -> str:
    """The declared language, unless another declaration of the page (og:locale, the server's) names the language
    its words lean to: then that one, with a warning. A template's lang="de" over a short English article is not
    overruled by words too few to be plain, but two witnesses agreeing are evidence enough."""
    rivals = [other for other in others if not _same_language(other, declared)]
    if not rivals:
        return declared  # asked only when declarations disagree: the identifier's model takes 0.35 s to load
    leaning = _leaning_language(blocks)
    if leaning is None or not any(_same_language(rival, leaning) for rival in rivals) \
            or _in_two_languages(blocks, declared):
        return declared
    log.warning("the page declares its language as %r but its words and another of its declarations say %r; "
                "reading it as %r (to choose, give --language %s)", declared, leaning, leaning, declared)
    return leaning


def _leaning_language(blocks: list[Block]) -> str | None:
    """The language the text's words lean to (as guess_language finds it), None when too short or mixed to tell."""
    texts = _prose(blocks)
    sample = _sample(texts)
    if len(sample) < MIN_CHARS:
        return None
    return _identify(sample, MIN_CONFIDENCE, texts) or _name_free_language(sample)


def _in_two_languages(blocks: list[Block], declared: str) -> bool:
    """True when a fair share of the paragraphs are plainly in the declared language (a page in two languages). A
    quotation is the speaker's language, not the page's: a German article quoting an English engineer at length is
    no page in two languages, and under a template's "en" it is German."""
    texts = _prose(blocks)
    total = sum(map(len, texts))
    in_declared = sum(len(block.text) for block in blocks if block.kind not in (BlockKind.QUOTE, BlockKind.CODE)
                      and (found := _plain_language([Block(BlockKind.PARAGRAPH, block.text)])) is not None
                      and _same_language(found, declared))
    return total > 0 and in_declared >= MIXED_SHARE * total


def header_tag(written: str) -> str:
    """The language an HTTP Content-Language header gives the page as a tag; "" when it names several (the audiences
    the page is for: "de, en") or none."""
    return "" if "," in written else declared_tag(written)


def _with_region(language: str, declared: Sequence[str]) -> str:
    """The language with the region the first declaration of it gives ("en" and og:locale "en_GB": "en-gb"); a
    software's default region (en-US) gives way to another one declared."""
    regional = [tag for tag in (language, *declared) if "-" in tag and _same_language(tag, language)]
    chosen = next((tag for tag in regional if tag not in SOFTWARE_DEFAULT_TAGS), regional[0] if regional else "")
    return language.partition("-")[0] + "-" + chosen.partition("-")[2] if chosen else language


def _spelled_british(blocks: list[Block]) -> bool:
    """True when the text has BRITISH_MIN_WORDS British spellings and no American one (counted where a word starts
    after a space: str.count is ten times quicker than finding the words, on every en-US page)."""
    text = " " + " ".join(_prose(blocks))
    british = sum(text.count(" " + start) for start in BRITISH_SPELLINGS)
    return british >= BRITISH_MIN_WORDS and not any(" " + start in text for start in AMERICAN_SPELLINGS)


def _portuguese_region(language: str, blocks: list[Block]) -> str:
    """pt-pt or pt-br where the words are plainly one region's and the tag names the other or none; else language."""
    text = " ".join(_prose(blocks))
    portugal, brazil = len(PORTUGAL_WORDS.findall(text)), len(BRAZIL_WORDS.findall(text))
    leaning = len(BRAZIL_MONEY.findall(text)) + len(BRAZIL_ADDRESS.findall(text))  # Brazil's, quoted in Portugal too
    region = "pt-pt" if portugal >= REGION_MIN_WORDS and not brazil else \
        "pt-br" if brazil + leaning >= REGION_MIN_WORDS and not portugal else language
    if region != language:
        log.info("the article declares its language as %r but its words are %r's; reading it as %r", language,
                 region.partition("-")[2].upper(), region)
    return region


def _region_by_spelling(language: str, blocks: list[Block]) -> str:
    """en-gb for English declared as a software's default en-US whose words are spelled British (WordPress says
    en-US for every blog whose owner never changed it): the text decides, as it does the language. Portuguese takes
    its region from its words likewise (_portuguese_region)."""
    if primary_language(language) == "pt":
        return _portuguese_region(language, blocks)
    if language not in SOFTWARE_DEFAULT_TAGS or not _spelled_british(blocks):
        return language
    log.info("the article declares its language as %r but is spelled British; reading it as 'en-gb'", language)
    return "en-gb"


def _chosen_tag(written: str) -> str:
    """A language the user set (config checked it) as a tag, an ISO 639-2 code as its two letters ("deu" -> "de")."""
    tag = language_tag(written) or written.strip().lower()
    primary, dash, rest = tag.partition("-")
    return (_CODE_OF_NAME.get(primary, primary) if len(primary) == 3 else primary) + dash + rest


def _default(setting: str, blocks: list[Block]) -> str:
    """clean.language for an article that gives none, unless its text is plainly another language (then that)."""
    tag = _chosen_tag(setting)
    found = _plain_language(blocks)
    if found is None or _same_language(found, tag):
        return tag
    log.warning("the article gives no language and clean.language is %r, but its text is plainly %r; reading it "
                "as %r (to read it as %r all the same, narrate with --language %s)", tag, found, found, tag, tag)
    return found


def _forced(setting: str, declared: str, blocks: list[Block], checked: bool, region_from: Sequence[str] = ()) -> str:
    """The language the user forced (--language), with a warning when the text is plainly another; not looked for
    where the writer's own word (front matter, a document's metadata) agrees: the identifier's model takes 0.35 s to
    load. A language forced without a region ("en") keeps the region the article declares for it ("en-GB"): the user
    chose the language, not the dialect; "en-us" forces both."""
    tag = _chosen_tag(setting)
    if "-" not in tag:
        tag = _region_by_spelling(_with_region(tag, [declared, *region_from]), blocks)
    if not checked and declared and _same_language(declared, tag):
        return tag
    found = _plain_language(blocks)
    if found is not None and not _same_language(found, tag):
        log.warning("reading it as %r, as --language (clean.force_language) says, but its text is plainly %r: "
                    "%r rules and voices will misread it", tag, found, tag)
    return tag


def decide_language(declared: str, blocks: list[Block], checked: bool, settings: CleanSettings | None = None,
                    also: Sequence[str] = (), header: str = "", by: str = "the page", title: str = "") -> str:
    """The language to read an article in, first found of: the one the user forces (--language); the one it declares
    (checked against its text when checked is set: a page's lang may be its template's); the one its server declares
    (header, Content-Language), then its feed (checked likewise); clean.language (checked likewise); the one its words
    are in (title among them when the text is short). Its region is the first one declared for that language: by the
    article, also (the page's less trusted declarations, most trusted first), the server or the feed. by names who
    declared it, for the warning."""
    settings = settings or CleanSettings()
    tag = declared_tag(declared)
    server, feed = header_tag(header), declared_tag(settings.feed_language)
    region_from = [found for found in (*map(declared_tag, also), server, feed) if found]
    if settings.force_language not in ("", "auto"):
        # --language agreeing with front matter is the user and the writer saying one thing: not looked into (the
        # identifier's model takes 0.35 s to load); a page's lang agreeing may still be its template's
        return _forced(settings.force_language, tag, blocks, checked and by != FRONT_MATTER, region_from)
    if declared.strip() and not tag:
        log.warning("the article gives its language as %r, which is no language narrator knows; telling it from "
                    "its words (write a code such as 'en' or 'de')", declared)
    if tag:
        language = _seconded(check_declared(tag, blocks, by), region_from, blocks) if checked else tag
    elif server:
        language = check_declared(server, blocks, by="its server (Content-Language)")
    elif feed:
        language = check_declared(feed, blocks, by="its feed")
    elif settings.language != "auto":
        return _default(settings.language, blocks)  # the user's choice, region and all
    else:
        language = guess_language(blocks, title)
    return _region_by_spelling(_with_region(language, region_from), blocks)
