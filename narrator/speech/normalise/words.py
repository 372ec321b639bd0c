"""English abbreviations, titles, Roman numerals, acronyms, symbols and citation marks."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.facts import INITIALISMS_AFTER_THE
from narrator.speech.normalise.util import padded, word_set
from narrator.speech.normalise.vocabulary import is_common_word

_CITATION = re.compile(
    r"\s?\[(?:\d+(?:\s?[,–-]\s?\d+)*|(?:note|nb|n)\s?\d+|edit|citation needed|clarification needed|"
    r"who\?|when\?|which\?|by whom\?|according to whom\?|dubious[^\]]{0,40}|page needed|failed verification|"
    r"better source needed|verification needed|unreliable source\??|not in citation given|sic)\]"
    # A footnote letter, [a]: lower case and not glued to a word ("[T]he" is the writer's change to a quote).
    r"|\s?\[(?-i:[a-z])\](?![^\W\d_])",
    re.IGNORECASE,
)
# Letters a writer changed in a quote, read as the word they make: "[T]he" -> "The".
_EDITED_LETTERS = re.compile(r"\[([^\W\d_]{1,3})\](?=[^\W\d_])|(?<=[^\W\d_])\[([^\W\d_]{1,3})\]")
# Abbreviations that are unambiguous wherever they appear (case-sensitive, with their full stop).
_FIXED = {
    "Mr.": "Mister", "Mrs.": "Missus", "Ms.": "Miz", "Prof.": "Professor", "Gen.": "General",
    "Lt.": "Lieutenant", "Col.": "Colonel", "Capt.": "Captain", "Sgt.": "Sergeant", "Cpl.": "Corporal",
    "Adm.": "Admiral", "Maj.": "Major", "Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor",
    "Pres.": "President", "Rev.": "Reverend", "Hon.": "Honorable", "Supt.": "Superintendent",
    "Jr.": "Junior", "Sr.": "Senior", "Mt.": "Mount", "Ft.": "Fort", "Ave.": "Avenue", "Blvd.": "Boulevard",
    "Rd.": "Road", "Hwy.": "Highway", "Dept.": "Department", "Univ.": "University", "Corp.": "Corporation",
    "Ltd.": "Limited", "approx.": "approximately", "Approx.": "Approximately", "vs.": "versus", "vs": "versus",
    "etc.": "et cetera", "e.g.": "for example", "E.g.": "For example", "i.e.": "that is", "I.e.": "That is",
    "a.k.a.": "also known as", "cf.": "compare", "ca.": "circa", "et al.": "et al", "Ph.D.": "P.H.D.",
    "Ph.D": "P.H.D.", "PhD": "P.H.D.", "Mr": "Mister", "Mrs": "Missus", "Dr": "Doctor", "Fig.": "Figure",
    "fig.": "figure", "Jan.": "January", "Feb.": "February", "Mar.": "March", "Apr.": "April",
    "Jun.": "June", "Jul.": "July", "Aug.": "August", "Sep.": "September", "Sept.": "September",
    "Oct.": "October", "Nov.": "November", "Dec.": "December", "Ltd": "Limited",
    "Dept": "Department", "dept": "department", "ltd": "limited", "Vol.": "Volume", "vol.": "volume",
    "pp.": "pages", "Messrs.": "Messieurs", "OK": "okay", "Bros.": "Brothers", "Bros": "Brothers",
    "yrs": "years", "Yrs": "Years", "yrs.": "years", "govt": "government", "Govt": "Government",
}
_FIXED_WORDS = "|".join(re.escape(k) for k in sorted(_FIXED, key=len, reverse=True))
_ABBREVIATION = re.compile(
    rf"(?<![A-Za-z.])(?:{_FIXED_WORDS})(?=[\s,;:)\"'\d]|$)"
)
_NUMBER_SIGN = re.compile(r"(?<![\w.])(?:(No|no|Nos|nos|NO)\.|(No|NO)\b)(?=\s?\d)")
# A reference abbreviation before its number, written small or without its stop: "vol 2", "Fig 3", "ch. 4".
_BEFORE_NUMBER = re.compile(r"\b(?<!\.)(vol|Vol|VOL|fig|Fig|FIG|ch|Ch|pp|Pp)(?:\.\s?|\s)(?=\d)")
_BEFORE_NUMBER_WORDS = {"vol": "volume", "fig": "figure", "ch": "chapter", "pp": "pages"}
_SAINT_STREET = re.compile(r"(?<![\w.])(St|Dr)\.(?=\s|$|[,;:)])")
# Before a name a title needs no stop and may be written small ("St Andrew's", "mr Smith", "Mt Eden"); a street's
# "St" was read by the address rules before this.
_TITLE_BEFORE_NAME = re.compile(
    r"(?<![\w.])(St|Mt|mr|mrs|ms|dr|st|mt)\.?(?=\s[A-Z](?:[a-z]|\s|'s\b)|\sand\s(?:mrs|mr|ms|dr)\.?\s[A-Z][a-z])"
)
_TITLES = {"st": "Saint", "mt": "Mount", "mr": "Mister", "mrs": "Missus", "ms": "Miz", "dr": "Doctor"}
# After a name: "James Smith jr", "Maxwell Madison Sr", "Warner bros"; the stop-ended forms are in _FIXED.
_SUFFIX_AFTER_NAME = re.compile(r"(?:(?<=[a-z] )|(?<=[a-z], ))(?:jr|sr|Jr|Sr|bros)(?![\w.])")
_SUFFIXES = {"jr": "Junior", "sr": "Senior", "bros": "Brothers"}
_MAY_BE_SUFFIX = re.compile(r"[jsJS]r\b|bros\b")
_CAPITAL_NEXT = re.compile(r"\s+[\"']?[A-Z]")
_CAPITAL_WORD_BEFORE = re.compile(r"(?:[A-Z][a-z]+|\d\w*)\s+$")
_LEGAL_V = re.compile(r"\b([A-Z][\w'.]*)\s+v\.?\s+(?=[A-Z])")

# Roman numerals: after these words any numeral (even "I") is a number.
_COUNTERS = (
    "Chapter|CHAPTER|Part|PART|Book|BOOK|Volume|VOLUME|Vol\\.|Act|ACT|Scene|Section|Article|Title|Phase|"
    "Class|Type|Stage|Level|Canto|Psalm|Appendix|Annex|Round|War|WAR|Bowl|Tier|Grade|Division|Schedule"
)
_REGNAL = (
    "Henry|Henri|Rameses|Ramses|Edward|Elizabeth|George|William|Charles|James|Richard|Louis|Mary|Anne|Victoria|John|Paul|Pius|"
    "Leo|Benedict|Gregory|Innocent|Clement|Boniface|Urban|Alexander|Nicholas|Peter|Frederick|Philip|Ferdinand|"
    "Francis|Joseph|Ivan|Catherine|Constantine|Otto|Ludwig|Gustav|Christian|Carl|Olaf|Haakon|Harald|Rama|"
    "Mohammed|Muhammad|Juan|Carlos|Felipe|Alfonso|Victor|Napoleon|Umberto|Pedro|Manuel|Sigismund|Wilhelm|"
    "Casimir|Stanislaus|Bolesław|Władysław|Vladimir|Sobhuza|Mswati|Hassan|Abdullah|Hussein|Rainier|Albert|"
    "Baldwin|Leopold|Willem|Margrethe|Beatrix|Edmund|Harold|Stephen|Malcolm|David|Robert|Kamehameha|Ramesses|"
    "Sixtus|Valentinian|Rudolph|Rudolf|Theodosius|Justinian|Ptolemy|Antiochus|Amenhotep|Thutmose|Darius|Xerxes|"
    "Cyrus|Artaxerxes|Tiglath|Shalmaneser|Sennacherib|Seleucus|Leo|Marcus|Ferdinando|Cosimo|Lorenzo|Pius|"
    "Conrad|Lothair|Pepin|Hugh|Odo|Raymond|Roger|Tancred|Bohemond|Amadeus|Humbert|Emmanuel|Vittorio|Amadeo|"
    "Sancho|Ramiro|Jaime|Afonso|Sebastian|Canute|Cnut|Sweyn|Eric|Erik|Magnus|Valdemar|Waldemar|Oscar|Gustavus|"
    "Gustaf|Matthias|Maximilian|Wenceslaus|Ottokar|Bela|Ladislaus|Andrew|Mieszko|Boleslaw|Alexis|Michael|"
    "Basil|Romanos|Andronikos|Alexios|Isaac|Theodore|Simeon|Boris|Dmitri|Vasily|Feodor|Mehmed|Murad|Selim|"
    "Suleiman|Bayezid|Ahmed|Mustafa|Seti|Senusret|Sesostris|Sargon|Ashurnasirpal|Esarhaddon|Nebuchadnezzar|"
    "Honorius|Celestine|Adrian|Hadrian|Callixtus|Julius|Marcellus|Paschal|Eugene|Eugenius|Martin|Lucius|"
    "Anastasius|Felix|Sergius|Jadwiga|Christina|Ulrika|Isabella|Juana|Maria|Louise|Wilhelmina|Juliana"
)
# Before a name these titles make its numeral a monarch's, whatever the name: "King Charles I. Leaving".
_ROYAL_TITLE_BEFORE = re.compile(
    r"\b(?:King|Queen|Emperor|Empress|Pope|Tsar|Czar|Tsarina|Kaiser|Sultan|Shah|Pharaoh|Prince|Princess|Duke|"
    r"Duchess|Count|Countess|Earl|Emir|Caliph|Khan|Grand Duke|Saint|St\.?)\s+$"
)
# Numbered books of the Bible: "II Corinthians", "1 Samuel" are the second and the first.
_MAY_BE_BOOK = re.compile(
    r"(?:Samuel|Kings|Chronicles|Corinthians|Thessalonians|Timothy|Peter|John|Maccabees|Esdras)\b"
)
_NUMBERED_BOOK = re.compile(
    r"(?<![\w.,])(III|II|I|[123])\s+(?=(?:Samuel|Chronicles|Corinthians|Thessalonians|Timothy|Maccabees|Esdras)\b)"
    r"|(?<![\w.,])(III|II)\s+(?=(?:Kings|Peter|John)\b)"
)
_BOOK_ORDINALS = {"I": "First", "1": "First", "II": "Second", "2": "Second", "III": "Third", "3": "Third"}
_ROMAN = r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_COUNTER_WORDS = frozenset(_COUNTERS.replace("\\", "").split("|"))
_REGNAL_NAMES = frozenset(_REGNAL.split("|"))
# One scan finds every capitalised word followed by a numeral; the word decides how it is read.
_ROMAN_AFTER_WORD = re.compile(rf"\b([A-Z][a-z]+\.?|[A-Z]{{2,}})\s+({_ROMAN})\b(?!['’](?!s\b)|\w|-\w)(?!\.\w)")
# A numbered heading: "II. Effects", "VII.--Treatment". A single letter followed by another initial is a name
# ("C. S. Lewis", "V. S. Naipaul"), and a lone L, C, D or M heads an outline's lettered item, not a number.
_ROMAN_HEADING = re.compile(rf"^(?![LCDM][.:]|[IVX]\.\s?[A-Z]\.)({_ROMAN})(?=[.:](?:\s|-))")
# A book's chapter heading: "XII OF CHASTITY", "[VIII] Then Last Of All" (numerals of I, V and X only, two or
# more): before a word in capitals, or in brackets. "IV Drip" and "XX Century" stay as written.
_IVX_NUMERAL = r"(?=[IVX]{2,}\b)(?:IX|IV|V?I{0,3}|X{1,3}(?:IX|IV|V?I{0,3}))"
# A section's numeral after a dash that ends the line: "FRIED PERCH--II", "--IV."
_ROMAN_AFTER_DASH = re.compile(rf"(?<=--)\s?({_IVX_NUMERAL})(?=\.?$)")
_ROMAN_CHAPTER = re.compile(rf"^(?:\[({_IVX_NUMERAL})\](?=\s+[A-Z])|({_IVX_NUMERAL})(?=\s+[A-Z]{{2,}}\b))")
_LOWER_COUNTERS = "type|phase|stage|class|grade|level|category|chapter|part|volume|book|act|section|article"
# After a lower-case counter "I" stays a pronoun ("the part I played").
_ROMAN_LOWER = re.compile(rf"\b({_LOWER_COUNTERS})\s+((?!I\b){_ROMAN})\b(?!['’\w-])(?!\.\w)")
_IVX_ONLY = re.compile(r"[IVX]+")
_LETTERED = frozenset("LCDM")
_ROMAN_CANDIDATE = re.compile(r"\b(?:[IVXLCDM]{2,}|[IVXLCDM])\b")
_DIGIT = re.compile(r"\d")
# A lone "X" is more likely the platform than ten: single letters count only with a full stop ("V.").
_ROMAN_ALONE = re.compile(rf"^(\W*)((?=[IVXLCDM]{{2,}}\b|[IVX]\.){_ROMAN})(\W*)$")
_INITIAL_AFTER = re.compile(r"\s?\.\s*[A-Z]")
_PRONOUN_AFTER = re.compile(r"\s(?:(?!of\b)[a-z]|I\b)")
_MAY_BE_LOWER_COUNTER = re.compile(rf"\b(?:{_LOWER_COUNTERS})\s+[IVXLCDM]")
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}

# Acronyms said as words rather than spelled.
_SAID = word_set(
"NATO NASA UNESCO UNICEF NAFTA OPEC AIDS FIFA UEFA COVID NASDAQ ASEAN FEMA OSHA LIDAR RADAR LASER SCUBA "
    "SWAT SARS MERS CERN DARPA ISIS INTERPOL EFTA ANZAC NIMBY GIF JPEG PIN ZIP TESOL MENSA MOMA IKEA LEGO "
    "ABBA SONAR POTUS FLOTUS SCOTUS QANTAS UNITA WASP OFCOM OFSTED NICE ACAS BAFTA HAMAS FRELIMO ECOWAS "
    "MERCOSUR CARICOM APEC OECD ISO LAN WAN RAM ROM SIM VIN DIN MIDI CAPTCHA WYSIWYG"
) - {"OECD"}
# Capitalised words that are plain English, not acronyms (headlines and headings in capitals).
_PLAIN = word_set(
    "A I AM AN AS AT BE BY DO GO HE IF IN IS IT ME MY NO OF ON OR SO TO UP WE OH HI ALL AND ARE BUT CAN "
    "FOR HAS HER HIM HIS HOW ITS MAY NEW NOT NOW OLD ONE OUR OUT SEE SHE THE TOO TWO WAS WAY WHO WHY YES "
    "YOU ACT BOOK PART NOTE NEWS LIVE WAR THIS THAT WITH FROM WHAT WHEN WILL BEEN HAVE THEY WERE YOUR "
    "MORE MOST SOME THAN THEN THEM INTO OVER ONLY ALSO BACK JUST LIKE MAKE TAKE TIME YEAR DAY BIG END "
    "BEST FREE HELP HOME LAST LOVE NEXT OPEN READ SALE STOP TEXT WORLD ABOUT AFTER FIRST GREAT NEVER "
    "THERE THEIR THESE THOSE WHICH WHERE WHILE STILL UPDATE BREAKING CHAPTER WARNING"
)
# Capitals that other rules write (times, zones, web addresses) and that engines spell unaided: kept joined,
# so that a second pass leaves them alone. Every other acronym is dotted, which every engine spells.
_KEPT_JOINED = word_set("AM PM EST EDT CST CDT MST MDT PST PDT AEST BST CET CEST UTC GMT HTTP HTTPS WWW FTP")
_AFTER_DOT_WORD = re.compile(r"\bdot $")
# After a word, "A" before a small word is the letter ("Plan A failed"); after a colon or a bracket it is the
# article that opens a clause ("Syntax: A generative introduction", "(5) A part of it"), unless it ends one.
_LETTER_A = re.compile(r"(?<=[\w,] )A(?=$|[,;:!?)\"']|\.(?!\w)|\s+[a-z\d])|(?<=[;:)] )A(?=$|[,;:!?)\"']|\.(?!\w))")
_DOTTED_INNER = re.compile(r"(?<![\w.])((?:[A-Z]\.)+[A-Z])\.(?=\s+\S)")
# Not "I.", more often the pronoun, unless another initial stands beside it ("I. M. Pei", "V. I. Lenin").
_INITIAL_INNER = re.compile(r"(?<![\w.'])([A-HJ-Z]|I(?=\.\s+[A-Z]\.)|(?<=\b[A-Z]\.\s)I)\.(?=\s+[A-Z])")
# consonant-vowel-consonant or vowel-consonant-vowel: the shape of a pronounceable word
_SYLLABLE = re.compile(r"[^AEIOU][AEIOU]+[^AEIOU]|[AEIOU][^AEIOU][AEIOU]")
_HASH_NUMBER = re.compile(r"#(?=\s?\d)")
_AMPERSAND = re.compile(r"\s?&\s?")
_HASHTAG = re.compile(r"(?<![^\s(\[])#(?=[A-Za-z])")
_HANDLE = re.compile(r"(?<![^\s(\[])@(?=\w)")
# Capitals joined to a word or a number by a hyphen are still an acronym: "HIV-positive", "DSM-5", "RT-PCR".
_ACRONYM = re.compile(r"(?<![\w'@#/.])([A-Z]{2,6})(s?)(?![\w']|\.\w)")
# Small letters before capitals: "dsDNA", "fMRI", "iOS", "cDNAs" (one or two of them: "macOS" is a word and letters).
_MIXED_CASE = re.compile(r"(?<![\w'@#/.-])([a-z]{1,2}[A-Z]{2,5})(s?)(?![\w'-]|\.\w)")
_MAY_BE_MIXED_CASE = re.compile(r"[a-z][A-Z][A-Z]")
# In a line of capitals, "A" before a word is the article: "A FAMILY AFFAIR", "OPPOSE A SADNESS".
_ARTICLE_IN_CAPITALS = re.compile(r"(?:^|(?<=[^a-z] ))A(?= [A-Z]{2,}\b)")
_VOWEL = re.compile(r"[AEIOUY]")
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]")
_TITLES_IN_CAPITALS = word_set("MR MRS MS DR ST MT JR SR")
_SHOUTING = re.compile(r"(?<![\w'])[A-Z]{2,}(?:s\b|\b)")
_WORD = re.compile(r"\b[A-Za-z]{2,}\b")
# Symbols that become words go first, so that "+" sees the word before it ("°+" -> "degrees plus").
_SYMBOLS: list[tuple[str, re.Pattern[str], str]] = [
    ("°", re.compile(r"\s?°"), " degrees"),
    ("%", re.compile(r"%"), " percent"),
    ("§", re.compile(r"§§\s?"), "sections "),
    ("§", re.compile(r"§\s?"), "section "),
    ("¶", re.compile(r"¶\s?"), "paragraph "),
    ("~", re.compile(r"(?<=\s)~(?=\s?\w)"), "about "),
    ("×", re.compile(r"\s×\s"), " times "),
    ("=", re.compile(r"\s=\s"), " equals "),
    ("@", re.compile(r"\s@\s"), " at "),
    ("+", re.compile(r"(?<=[\w+])\+(?=[\s+]|$)"), " plus"),
    ("+", re.compile(r"\s\+\s"), " plus "),
]
# "w/o", "w/", "N/A" and a choice between words ("and/or", "Increases/decreases"): voices say "slash".
# Run last, after numbers have become words, so that a second reading finds nothing to change.
_SLASHES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?<![\w/])[wW]/[oO](?![\w/])"), "without"),
    (re.compile(r"(?<![\w/])[wW]/(?=\s)"), "with"),
    (re.compile(r"(?<![\w/])N/A(?![\w/])"), "not applicable"),
    (re.compile(r"(?<![\w/])([Aa]nd)/or(?![\w/])"), r"\1 or"),
    (re.compile(r"(?<![/\w.])([A-Za-z][a-z]{1,20})/([a-z]{2,20})(?![\w/])"), r"\1 or \2"),
]
# In code-point order; lower case has two sigmas (final and medial), upper case a gap in their place.
_GREEK_NAMES = [
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
    "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
]
_GREEK = {chr(0x3B1 + i): name for i, name in enumerate(_GREEK_NAMES)}
_GREEK.update({chr(0x391 + i): name for i, name in enumerate(_GREEK_NAMES) if i != 17})
_GREEK_LETTER = re.compile(r"(?<![^\W\d_])[\u0391-\u03a9\u03b1-\u03c9](?![^\W\d_])")


def citations(text: str) -> str:
    """Drop footnote and citation marks ([1], [12-14], [a], [citation needed]) and a quote's edit marks ("[T]he")."""
    if "[" not in text:
        return text
    # After the citations: "wall[a]" is a footnote, "walk[ed]" an edit.
    return _EDITED_LETTERS.sub(lambda m: m.group(1) or m.group(2), _CITATION.sub("", text))


def _saint_or_street(match: re.Match[str]) -> str:
    """St. before a name is Saint and after one is Street (Dr.: Doctor and Drive)."""
    before = match.string[max(0, match.start() - 40) : match.start()]
    capital_next = _CAPITAL_NEXT.match(match.string, match.end()) is not None
    after_name = _CAPITAL_WORD_BEFORE.search(before) is not None
    titles = ("Saint", "Street") if match.group(1) == "St" else ("Doctor", "Drive")
    return titles[1] if after_name and not capital_next else titles[0]


def abbreviations(text: str) -> str:
    """Expand titles and abbreviations that a voice would otherwise read letter by letter or not at all."""
    if ("No" in text or "no" in text or "NO" in text) and _DIGIT.search(text):
        text = _NUMBER_SIGN.sub(lambda m: "numbers" if (m.group(1) or "").lower() == "nos" else "number", text)
    if "St." in text or "Dr." in text:
        text = _SAINT_STREET.sub(_saint_or_street, text)
    if " " in text:
        text = _TITLE_BEFORE_NAME.sub(lambda m: _TITLES[m.group(1).lower()], text)
        if "r" in text and _MAY_BE_SUFFIX.search(text):
            text = _SUFFIX_AFTER_NAME.sub(_suffix, text)
    if _DIGIT.search(text):
        text = _BEFORE_NUMBER.sub(_before_number, text)
    if " v " in text or " v. " in text:
        text = _LEGAL_V.sub(r"\1 versus ", text)
    text = _ABBREVIATION.sub(_expand, text)
    return text


def _before_number(match: re.Match[str]) -> str:
    """"vol 2" -> "volume 2", "Fig 3" -> "Figure 3"."""
    word = _BEFORE_NUMBER_WORDS[match.group(1).lower()]
    return (word.capitalize() if match.group(1)[0].isupper() else word) + " "


def _suffix(match: re.Match[str]) -> str:
    """"jr" after a capitalised name is Junior, "sr" Senior, "bros" Brothers."""
    before = match.string[: match.start()].rstrip(" ,")
    start = before.rfind(" ") + 1
    name = before[start:]
    if not name[:1].isupper() or (start == 0 and is_common_word(name)):
        return match.group(0)  # "The jr team": a common word that opens the sentence is no name
    return _SUFFIXES[match.group(0).lower()]


def _expand(match: re.Match[str]) -> str:
    """The full form of an abbreviation; one that ends the text keeps its full stop as the sentence's."""
    written = match.group(0)
    spoken = _FIXED[written]
    return spoken + "." if written.endswith(".") and match.end() == len(match.string) else spoken


def roman_value(numeral: str) -> int:
    """The value of a valid Roman numeral."""
    total = 0
    for index, letter in enumerate(numeral):
        value = _ROMAN_VALUES[letter]
        following = _ROMAN_VALUES[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


def numbered_books(text: str) -> str:
    """"II Corinthians" -> "Second Corinthians", "1 Samuel" -> "First Samuel", before numbers become words."""
    if _MAY_BE_BOOK.search(text):
        return _NUMBERED_BOOK.sub(lambda m: _BOOK_ORDINALS[m.group(1) or m.group(2)] + " ", text)
    return text


def romans(text: str) -> str:
    """Read Roman numerals in titles and names: "Chapter IV", "Henry VIII", "World War II"."""
    if not _ROMAN_CANDIDATE.search(text):
        return text
    alone = _ROMAN_ALONE.match(text)
    if alone:  # a heading that is only a numeral: "XVIII.", "[III]"
        return alone.group(1) + numbers.cardinal(roman_value(alone.group(2))) + alone.group(3)
    text = _ROMAN_HEADING.sub(lambda m: numbers.cardinal(roman_value(m.group(1))), text)
    if _IVX_ONLY.match(text.lstrip("[")):
        text = _ROMAN_CHAPTER.sub(lambda m: numbers.cardinal(roman_value(m.group(1) or m.group(2))), text)
    if "--" in text:
        text = _ROMAN_AFTER_DASH.sub(lambda m: numbers.cardinal(roman_value(m.group(1))), text)
    text = _ROMAN_AFTER_WORD.sub(_roman_after_word, text)
    if _MAY_BE_LOWER_COUNTER.search(text):
        text = _ROMAN_LOWER.sub(lambda m: f"{m.group(1)} {numbers.cardinal(roman_value(m.group(2)))}", text)
    return text


def _roman_after_word(match: re.Match[str]) -> str:
    """Read a numeral after a counter ("Chapter IV"), a monarch ("Henry VIII") or another name ("Apollo XI")."""
    word, numeral = match.group(1), match.group(2)
    name = word.capitalize()
    if word in _COUNTER_WORDS or name in _COUNTER_WORDS:
        if numeral in _LETTERED:
            return match.group(0)  # "Section C", "Type D", "Appendix L": a lettered item, not 100, 500 or 50
        return f"{word} {numbers.cardinal(roman_value(numeral))}"
    after = match.string[match.end() : match.end() + 8]
    titled = _ROYAL_TITLE_BEFORE.search(match.string, max(0, match.start() - 12), match.start()) is not None
    if (name in _REGNAL_NAMES or titled) and _is_regnal_numeral(numeral, after, titled):
        return f"{word} the {numbers.ordinal(roman_value(numeral))}"
    if len(numeral) >= 2 and _IVX_ONLY.fullmatch(numeral):
        return f"{word} {numbers.cardinal(roman_value(numeral))}"
    return match.group(0)


def _is_regnal_numeral(numeral: str, after: str, titled: bool = False) -> bool:
    """False for an initial ("Robert L. Wilson", "Edward M. Scott") or the pronoun ("Charles I was").

    After a royal title a numeral with a stop is no initial ("King Charles I. Leaving").
    """
    if len(numeral) == 1 and (numeral in "LCDM" or (not titled and _INITIAL_AFTER.match(after))):
        return False
    return not (numeral == "I" and _PRONOUN_AFTER.match(after))


def _emphasis(match: re.Match[str]) -> str | None:
    """A common word in capitals ("We WILL win", "GET OUT"), in lower case: engines spell some capitals ("YES")."""
    word, plural = match.group(1), match.group(2)
    if len(word) < 3 or word in _KEPT_JOINED or word in _SAID:
        return None
    if word in INITIALISMS_AFTER_THE and match.string[max(0, match.start() - 4) : match.start()].lower() == "the ":
        return None  # "the WHO", "the SAT": the organisation or the test
    if word in _PLAIN or is_common_word(word):
        return word.lower() + plural
    return None


def _acronym(match: re.Match[str]) -> str:
    word, plural = match.group(1), match.group(2)
    if word in _PLAIN and len(word) < 3:
        return match.group(0)
    if word in _SAID:
        return word.capitalize() + plural
    if word in _KEPT_JOINED or _AFTER_DOT_WORD.search(match.string, max(0, match.start() - 4), match.start()):
        return match.group(0)  # a zone, a scheme or a country domain ("dot UK") that engines spell unaided
    emphasis = _emphasis(match)
    if emphasis is not None:
        return emphasis
    if _IVX_ONLY.fullmatch(word) or (len(word) >= 4 and _SYLLABLE.search(word)):
        # A numeral out of context, or a long word in capitals ("REWARD", "CABLE LENGTH"): an engine reads
        # it better than letters would. Long acronyms rarely hold a syllable ("HTML", "NCAA", "USDA", "ACLU").
        return match.group(0)
    return spelled(word, plural=bool(plural))


def spelled(word: str, plural: bool = False) -> str:
    """"FBI" -> "F.B.I": engines spell dotted letters one by one, even an "A" ("A.A.R")."""
    dotted = ".".join(word.upper())
    return dotted + ".'s" if plural else dotted


def letter_a(text: str) -> str:
    """The letter A inside a sentence ("Plan A failed", "Texas A and M") is written "Eh".

    espeak-ng and Piper read a lone capital "A" as the article (a schwa); "Eh" they say as the letter.
    Before a capitalised word it stays: that is the article in a title ("Life Is A Highway").
    """
    return _LETTER_A.sub("Eh", text) if " A" in text else text


def inner_full_stops(text: str) -> str:
    """Drop the full stop of an initial or a dotted acronym inside a sentence ("James T. Kirk", "U.S. Army").

    Piper and espeak-ng end a sentence at such a stop before a capital, and pause there.
    """
    if "." not in text:
        return text
    text = _DOTTED_INNER.sub(r"\1", text)
    return _INITIAL_INNER.sub(r"\1", text)


def in_capitals(text: str) -> bool:
    """True for a line written mostly in capitals ("KIT CARSON, COLORADO TERRITORY"): judged before numbers
    become words, which would outnumber its capitals."""
    if not _TWO_CAPITALS.search(text) or not _SHOUTING.search(text):
        return False
    shouted = len(_SHOUTING.findall(text))
    return shouted >= 3 and shouted * 2 > len(_WORD.findall(text))


def _headline_word(match: re.Match[str]) -> str:
    """In a headline in capitals a word is a word; one with no vowel ("TNT BUILDS LEAD") is still letters."""
    emphasis = _emphasis(match)
    if emphasis is not None:
        return emphasis
    word = match.group(1)
    if not _VOWEL.search(word) and word not in _KEPT_JOINED and word not in _TITLES_IN_CAPITALS:
        return spelled(word, plural=bool(match.group(2)))
    return match.group(0)


def acronyms(text: str, headline: bool | None = None) -> str:
    """Spell acronyms letter by letter ("FBI" -> "F.B.I.") or say the known ones as words ("NATO").

    headline: whether the line is written in capitals (see in_capitals), when known from the written text.
    """
    if _MAY_BE_MIXED_CASE.search(text):
        text = _MIXED_CASE.sub(lambda m: spelled(m.group(1), plural=bool(m.group(2))), text)
    if not _TWO_CAPITALS.search(text) or not _SHOUTING.search(text):
        return text
    if in_capitals(text) if headline is None else headline:
        # A headline in capitals: its words are words, not acronyms; the common ones are written small.
        return _ACRONYM.sub(_headline_word, text)
    return _ACRONYM.sub(_acronym, text)


def articles_in_capitals(text: str) -> str:
    """"A" before a word in capitals is the article ("48 A FAMILY AFFAIR"), before numbers become words."""
    if " A " in text or text.startswith("A "):
        return _ARTICLE_IN_CAPITALS.sub("a", text)
    return text


def signs(text: str) -> str:
    """"#1" -> "number 1", "@name" -> "at name", "&" -> "and", before digits and capitals become words."""
    if "&" in text:
        text = _AMPERSAND.sub(" and ", text)
    if "#" in text:
        text = _HASHTAG.sub("hashtag ", _HASH_NUMBER.sub("number ", text))
    return _HANDLE.sub("at ", text) if "@" in text else text


def slashes(text: str) -> str:
    """Read the slashes a voice would say aloud as words: "w/o", "N/A", "high/low"."""
    if "/" in text:
        for pattern, words in _SLASHES:
            text = pattern.sub(words, text)
    return text


def symbols(text: str) -> str:
    """Say the symbols a voice would skip or misread: & + # @ = % °."""
    for symbol, pattern, words in _SYMBOLS:
        if symbol in text:
            text = pattern.sub(words, text)
    if not text.isascii():
        text = _GREEK_LETTER.sub(lambda m: padded(m, _GREEK.get(m.group(0), m.group(0))), text)
    return text
