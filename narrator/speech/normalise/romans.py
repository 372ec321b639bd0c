"""English Roman numerals: counted ("Chapter IV"), regnal ("Henry VIII"), headings ("II. Effects") and
numbered books ("II Corinthians")."""

from __future__ import annotations

import itertools
import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    ABBREVIATED_COUNTERS,
    BIBLE_BOOKS,
    NUMBERED_KINDS,
    NUMBERED_SERIES,
    REGNAL_LIMITS,
    REGNAL_NAME_ENDINGS,
)
from narrator.speech.normalise.util import among_known_words, among_words, char_classes, sentence_stop, word_set

# Roman numerals: after these words any numeral (even "I") is a number.
_COUNTERS = (
    "Chapter|CHAPTER|Part|PART|Book|BOOK|Volume|VOLUME|Vol\\.|Act|ACT|Scene|Section|Article|Title|Phase|"
    "Class|Type|Stage|Level|Canto|Psalm|Appendix|Annex|Round|War|WAR|Bowl|Tier|Grade|Division|Schedule|Episode|"
    # a catalogue's lots and a book's plates, tables and figures are numbered, in numerals of any letters ("Lot
    # XLII", "Plate LXXX", "Table XLI" were spelled: a numeral with an L or a C is read after a counter only)
    "Lot|Plate|Table|Figure|Fig\\."
    # a poem's sonnets and odes, a work's tomes and a manuscript's folios are numbered so too ("Sonnet CXVI" was
    # spelled, "C.X.V.I")
    "|Sonnet|Ode|Tome|Folio"
)
_REGNAL = (
    "Henry|Henri|Rameses|Ramses|Edward|Elizabeth|George|William|Charles|James|Richard|Louis|Mary|Anne|Victoria|John|Paul|Pius|"
    "Leo|Benedict|Gregory|Innocent|Clement|Boniface|Urban|Alexander|Nicholas|Peter|Frederick|Philip|Ferdinand|"
    "Francis|Joseph|Ivan|Catherine|Constantine|Otto|Ludwig|Gustav|Christian|Carl|Olaf|Olav|Haakon|Harald|Rama|"
    "Mohammed|Muhammad|Juan|Carlos|Felipe|Alfonso|Victor|Napoleon|Umberto|Pedro|Manuel|Sigismund|Wilhelm|"
    "Casimir|Stanislaus|Bolesław|Władysław|Vladimir|Sobhuza|Mswati|Letsie|Moshoeshoe|Selassie|Menelik|Frederik|"
    "Norodom|Hassan|Abdullah|Hussein|Rainier|Albert|"
    "Baldwin|Leopold|Willem|Margrethe|Beatrix|Edmund|Harold|Stephen|Malcolm|David|Robert|Kamehameha|Ramesses|"
    "Sixtus|Valentinian|Rudolph|Rudolf|Theodosius|Justinian|Ptolemy|Antiochus|Amenhotep|Thutmose|Darius|Xerxes|"
    "Cyrus|Artaxerxes|Tiglath|Shalmaneser|Sennacherib|Seleucus|Leo|Marcus|Ferdinando|Cosimo|Lorenzo|Pius|"
    "Conrad|Lothair|Pepin|Hugh|Odo|Raymond|Roger|Tancred|Bohemond|Amadeus|Humbert|Emmanuel|Vittorio|Amadeo|"
    "Sancho|Ramiro|Jaime|Afonso|Sebastian|Canute|Cnut|Sweyn|Eric|Erik|Magnus|Valdemar|Waldemar|Oscar|Gustavus|"
    "Gustaf|Matthias|Maximilian|Wenceslaus|Ottokar|Bela|Ladislaus|Andrew|Mieszko|Boleslaw|Alexis|Michael|"
    "Basil|Romanos|Andronikos|Alexios|Isaac|Theodore|Simeon|Boris|Dmitri|Vasily|Feodor|Mehmed|Murad|Selim|"
    "Suleiman|Bayezid|Ahmed|Mustafa|Seti|Senusret|Sesostris|Sargon|Ashurnasirpal|Esarhaddon|Nebuchadnezzar|"
    "Honorius|Celestine|Adrian|Hadrian|Callixtus|Julius|Marcellus|Paschal|Eugene|Eugenius|Martin|Lucius|"
    "Anastasius|Felix|Sergius|Jadwiga|Christina|Ulrika|Isabella|Juana|Maria|Louise|Wilhelmina|Juliana|"
    "Cleopatra|Arsinoe|Berenice"  # the Ptolemies' queens ("Cleopatra VII" was "Cleopatra seven")
    # the pharaohs of the Middle Kingdom and the Late Period, the Hittite and Sasanian kings and the popes no
    # line above holds ("Amenemhat III" was "Amenemhat three")
    "|Amenemhat|Sobekhotep|Mentuhotep|Neferhotep|Intef|Ahmose|Psamtik|Nectanebo|Osorkon|Takelot|Sheshonq|Merneptah"
    "|Suppiluliuma|Mursili|Hattusili|Tudhaliya|Shapur|Khosrow|Bahram|Ardashir|Yazdegerd|Sylvester|Damasus|Sixtus"
    # the pharaohs' names in the Greek forms museums and older books use ("Tuthmosis III" was "Tuthmosis three")
    "|Tuthmosis|Thutmosis|Amenophis|Sethos|Psammetichus|Nekau|Necho"
    # the names written with their own accents ("Napoléon III" was "Napoléon three")
    "|Napoléon|Frédéric|Léopold|Béla|Ludvík|Jérôme"
    # the German forms of emperors' and kings' names, the Old English kings and the Herods of Judea ("Friedrich III"
    # and "Æthelred II" were "Friedrich three", "Æthelred two")
    "|Friedrich|Heinrich|Konrad|Karl|Ruprecht|Æthelred|Aethelred|Ethelred|Æthelwulf|Æthelbald|Æthelberht|Eadred"
    "|Eadwig|Edgar|Herod|Agrippa"
    # the names in the forms of the rulers' own languages, as histories of Iberia, Poland, Bohemia, Hungary, Russia,
    # the Ottomans, the Caucasus, Ethiopia, Numidia and Tahiti give them ("Fernando VII", "Kazimierz III", "Süleyman I",
    # "Tewodros II", "Pōmare IV" were "Fernando seven", "Kazimierz three", "Süleyman I", "Tewodros two", "Pōmare I.V")
    "|Fernando|João|Joao|Dinis|Duarte|Sebastião|Enrique|Isabel|Urraca|Kazimierz|Stanisław|Stanislaw|Zygmunt"
    "|Przemysł|Leszek|Václav|Vaclav|Přemysl|Otakar|István|Istvan|András|Lajos|Mátyás|Géza|Kálmán|Pyotr|Aleksandr"
    "|Nikolai|Fyodor|Süleyman|Suleyman|Mahmud|Osman|Orhan|Abdülhamid|Abdulhamid|Abdülmecid|Mehmet|Murat|Bagrat"
    "|Giorgi|Tigranes|Tigran|Artashes|Ashot|Vakhtang|Erekle|Tewodros|Yohannes|Iyasu|Juba|Pōmare|Pomare|Tupou"
    "|Philippe|Guillaume|Carlo|Federico|Håkon|Knud"
    # the kings of Belgium, Iraq, Egypt, Libya and Albania of the last century and Poland's Jans ("Baudouin I",
    # "Faisal II", "Fuad I", "Jan III Sobieski" were "Baudouin I", "Faisal two", "Fuad I", "Jan three")
    "|Baudouin|Faisal|Feisal|Ghazi|Fuad|Farouk|Farooq|Idris|Zog|Jan"
    # the Old Kingdom's pharaohs, the Hellenistic kings of Pergamon, Bithynia and Cappadocia, and the kings of Buganda,
    # Rwanda and Burundi ("Pepi II", "Eumenes II", "Mutesa II" were "Pepi two", "Eumenes two", "Mutesa two")
    "|Pepi|Merenre|Neferirkare|Eumenes|Attalus|Nicomedes|Prusias|Ariarathes|Ariobarzanes|Mutesa|Mwanga|Kigeli"
    "|Mwambutsa|Mibambwe|Ntare"
    # Romania's kings, whose names are given names too ("Carol II", "Mihai I" were "Carol two", "Mihai I"): the
    # numeral's reach in facts.REGNAL_LIMITS, the pronoun's "I" after them as after any name
    "|Carol|Mihai"
)
# Before a name these titles make its numeral a monarch's, whatever the name: "Queen Mary I. Her reign".
_ROYAL_TITLE_BEFORE = compiled(
    r"\b(?:King|Queen|Emperor|Empress|Pope|Tsar|Czar|Tsarina|Kaiser|Sultan|Shah|Pharaoh|Prince|Princess|Duke|"
    r"Duchess|Count|Countess|Earl|Emir|Caliph|Khan|Grand Duke|Saint|St\.?"
    # a church's patriarchs and catholicoi and the titled rulers of Nigeria, Ethiopia and India, whose names no list
    # of kings holds ("Patriarch Daniel I", "Catholicos Aram I", "Oba Ewuare II" were "Daniel I", "Aram I", "two")
    r"|Patriarch|Catholicos|Oba|Ooni|Negus|Maharaja|Maharajah|Maharana|Raja|Rajah|Nawab|Nizam)\s+$"
)
# a church's title one to three names before the numeral ("Patriarch Ignatius Aphrem II", "Catholicos Baselios
# Marthoma Mathews III"), and the Church of the East's "Mar" before its name ("Mar Awa III", "Mar Dinkha IV": March's
# short form is never followed by a name and a numeral); "two" and "three" they were
_CHURCH_TITLE_BEFORE = compiled(r"\b(?:Patriarch|Catholicos|Abuna|Mar)\s+(?:[A-Z][\w'’-]+\s+){0,3}$")
# a title held in succession and numbered as a reign is, with no name between ("the Aga Khan IV", "Dalai Lama XIV",
# "Panchen Lama X" were "four", "fourteen" and "X")
_HELD_TITLE_WORDS = frozenset({"Khan", "Lama"})
_HELD_TITLE_BEFORE = compiled(r"\b(?:Aga|Dalai|Panchen)\s$")
# Numbered books of the Bible: "II Corinthians", "1 Samuel" are the second and the first.
_BOOK_NAMES = word_set("Samuel Kings Chronicles Corinthians Thessalonians Timothy Peter John Maccabees Esdras")
_NUMBERED_BOOK = compiled(
    r"(?<![\w.,])(III|II|I|[123])\s+(?=(?:Samuel|Chronicles|Corinthians|Thessalonians|Timothy|Maccabees|Esdras)\b)"
    r"|(?<![\w.,])(III|II|I|[123])\s+(?=(?:Kings|Peter|John)\s\d{1,3}:\d)"  # "1 John 4:8": with its verse
    r"|(?<![\w.,])(III|II)\s+(?=(?:Kings|Peter|John)\b)"
)
# A book's abbreviation only before a chapter and a verse: "Rev. 3:20" (but "Rev. Smith"), "Col. 3:16" (but "Col.
# Mustard").
_BOOK_ABBREVIATION = compiled(
    r"\b(" + "|".join(sorted(BIBLE_BOOKS, key=len, reverse=True)) + r")\.?\s?(?=\d{1,3}:\d{1,3}(?!\d))")
_MAY_BE_VERSE = compiled(r"\d:\d")
# A numbered book shortened after its number and before a chapter alone ("1 Cor. 13", "2 Tim. 3", "I Sam. 17"), as old
# sermons and commentaries cite it: its stop and its number make it a book.
# a book's abbreviation with its stop before a chapter in numerals of two letters or more, in capitals or small,
# as older commentaries and sermons cite it ("Ps. xxiii", "Gen. iv", "Rev. ii": "Reverend ii" and "General Iv" went
# to the voice); one letter after the stop is an initial ("Rev. I. Smith", "Gen. V. Kuznetsov").
_BOOK_ROMAN_CHAPTER = compiled(
    r"\b(" + "|".join(sorted(BIBLE_BOOKS, key=len, reverse=True)) + r")\. ([IVXLC]{2,7}|[ivxlc]{2,7})\b(?![.'’-]\w)")
_BOOK_ABBREVIATIONS = frozenset(BIBLE_BOOKS)  # each stands apart before its stop: a first look among letter_words
_NUMBERED_BOOK_SHORT = compiled(r"(?<![\w.,])(III|II|I|[123]) (Sam|Kgs|Chr|Chron|Cor|Thess|Tim|Pet)\. (?=\d)")
_NUMBERED_SHORT_NAMES = frozenset({"Sam", "Kgs", "Chr", "Chron", "Cor", "Thess", "Tim", "Pet"})
# numbered_books' five rules each name a book standing apart (its name, short form or abbreviation): one set look
# first, where the needles (". ", a stop before a digit) and the names' own look cost some 800 instructions a text
_BOOK_RUNS = _BOOK_NAMES | frozenset(BIBLE_BOOKS) | _NUMBERED_SHORT_NAMES
_BOOK_ORDINALS = {"I": "First", "1": "First", "II": "Second", "2": "Second", "III": "Third", "3": "Third",
                  "1st": "First", "2nd": "Second", "3rd": "Third"}
# a numbered book shortened after its number written as an ordinal ("1st Cor.", "2nd Kgs", as a parish
# magazine's lectionary prints them): said as the book ("first Cor." and "second Kgs" went to the voice), with its stop,
# a chapter after it or nothing (the "1st Pet shop" is left). Its stop kept only where a sentence ends there.
_ORDINAL_BOOK_SHORT = compiled(r"(?<![\w.,])(1st|2nd|3rd) (Sam|Kgs|Chr|Chron|Cor|Thess|Tim|Pet)\b"
                               r"(\.(?!['’-]?\w)|(?=\s\d|\s*$))")
_SENTENCE_ENDS = compiled(r"\s*$|\s+[A-Z\"“]")
_ROMAN = r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
# an army's corps, numbered in numerals ("XXX Corps", "VII Corps": "thirty corps", as soldiers say them; "XXX"
# went to the voice spelled); "I Corps" is left, Vietnam's "eye corps" as often as the first. After "the" the
# leftover rule says the ordinal ("the XI Corps": "the eleventh").
_CORPS = compiled(r"(?<![\w.'’-])(?<!the )(?<!The )(?!I )(" + _ROMAN + r")(?= Corps\b)")
# a British school's forms, the Lower and Upper Sixth (and Fifth, Fourth) as the school writes them ("Lower VI",
# "Upper V"): said as ordinals, as the school says them ("Lower six" it was).
_SCHOOL_FORM = compiled(r"\b(Lower|Upper|LOWER|UPPER) (VI|V|IV)\b(?!['’\w-]|\.\w)")
_FORM_ORDINALS = {"VI": "Sixth", "V": "Fifth", "IV": "Fourth"}
_COUNTER_WORDS = frozenset(_COUNTERS.replace("\\", "").split("|"))
_REGNAL_NAMES = frozenset(_REGNAL.split("|"))
# a month's short form that is a king's name too: its "I" is the pronoun as often ("since Jan I have"), left
_MONTH_TOO = frozenset({"Jan"})
# After a person's title a numeral of two letters is a surname: "President Xi", written "President XI" in capitals.
_PERSONAL_TITLES = word_set("President Premier Chairman Mr Mrs Ms Leader Minister Secretary General Senator Governor")
# One scan finds every capitalised word followed by a numeral; the word decides how it is read.
# Led by the word's capital, the word boundary as a look behind after it: scanned for in C. Its small letters
# take Central Europe's and the macron's too ("Bolesław III", "Pōmare IV" were "Bolesław three", "Pōmare I.V").
_ROMAN_AFTER_WORD = compiled(rf"([A-Z](?<!\w[A-Z])(?:[a-zß-öø-ÿā-ž]+\.?|[A-Z]+))\s+({_ROMAN})\b"
                             r"(?!['’](?!s\b)|\w|-\w)(?!\.\w)")
# an Old English king's name led by its "Æ" ("Æthelred II" was "Æthelred two"), which the scan above, led by the
# capitals A to Z, does not find: its own pattern, asked only where an "Æ" is.
_OLD_ENGLISH_ROMAN = compiled(rf"(?<!\w)(Æ[a-z]+)\s+({_ROMAN})\b(?!['’](?!s\b)|\w|-\w)(?!\.\w)")
# "WrestleMania XLII", the one camel-cased name of NUMBERED_SERIES, which the pattern above does not find (its
# word's capitals): its numeral a count ("X.L.I.I" it was). Its own pattern, asked where the name is: an alternative
# in the one above cost every sentence a scan at each position.
_WRESTLEMANIA = compiled(rf"(?<!\w)(WrestleMania)\s+((?=[IVXL]{{2,}}\b){_ROMAN})\b(?!['’](?!s\b)|\w|-\w)(?!\.\w)")
# A numbered heading: "II. Effects", "VII.--Treatment". A single letter followed by another initial is a name
# ("C. S. Lewis", "V. S. Naipaul"), and a lone L, C, D or M heads an outline's lettered item, not a number.
_ROMAN_HEADING = compiled(rf"^(?![LCDM][.:]|[IVX]\.\s?[A-Z]\.)({_ROMAN})(?=[.:](?:\s|-))")
# A book's chapter heading: "XII OF CHASTITY", "[VIII] Then Last Of All" (numerals of I, V and X only, two or
# more): before a word in capitals, or in brackets. "IV Drip" stays as written.
_IVX_NUMERAL = r"(?=[IVX]{2,}\b)(?:IX|IV|V?I{0,3}|X{1,3}(?:IX|IV|V?I{0,3}))"
# A section's numeral after a dash that ends the line: "THE MILL--III", "--IV."
_ROMAN_AFTER_DASH = compiled(rf"(?<=--)\s?({_IVX_NUMERAL})(?=\.?$)")
_ROMAN_CHAPTER = compiled(rf"^(?:\[({_IVX_NUMERAL})\](?=\s+[A-Z])|({_IVX_NUMERAL})(?=\s+[A-Z]{{2,}}\b))")
_LOWER_COUNTERS = "type|phase|stage|class|grade|level|category|chapter|part|volume|book|act|section|article"
# After a lower-case counter "I" stays a pronoun ("the part I played").
_ROMAN_LOWER = compiled(rf"\b({_LOWER_COUNTERS})\s+((?!I\b){_ROMAN})\b(?!['’\w-])(?!\.\w)")
_IVX_ONLY = compiled(r"[IVX]+")
_LETTERED = frozenset("LCDM")
# A year in numerals, as films' credits and monuments give it: "MMXXIV", "MCMXCIX" (four letters or more, led by M).
_ROMAN_YEAR = compiled(
    r"M(?<![\w'’-]M)(?=[MDCLXVI]{3})M{0,2}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\b(?![-'’]\w)"
)
# numerals spanned or paired after a plural counter ("Chapters IV–VI", "Vols. I–III", "chs. IV-VI", "Parts I
# and II"; "Chapters I.V-VI" and "Parts I and two" it was), and a small "ch." before one ("ch. IV"): each numeral said,
# the span's dash "to", the shortened counter in full. "I" after a plural counter is a number ("Parts I and II").
_PLURAL_COUNTERS = {"Chapters": "Chapters", "Parts": "Parts", "Volumes": "Volumes", "Vols.": "Volumes",
                    "vols.": "volumes", "Books": "Books", "Acts": "Acts", "Sections": "Sections",
                    "Articles": "Articles", "Chs.": "Chapters", "chs.": "chapters", "Cantos": "Cantos",
                    "Plates": "Plates", "Stages": "Stages", "Phases": "Phases", "Types": "Types", "Classes": "Classes",
                    "Grades": "Grades", "Titles": "Titles",
                    # a singular counter's short form before a span names as many ("Ch. XIX–XXI", "Bk. II-IV")
                    "Ch.": "Chapters", "Vol.": "Volumes", "Pt.": "Parts", "Bk.": "Books",
                    # a statute's and a treaty's short forms, plural or singular, before a span ("Arts. III–V")
                    "Arts.": "Articles", "Art.": "Articles", "Secs.": "Sections", "Pts.": "Parts", "Bks.": "Books"}
# "WW I", "WW II" spaced, "WWI-era", "WW II-style" before a hyphened word, and a third one feared, "WWIII": a world
# war's number ("W.W two", "W.W.I-era" and "W.W.I.I.I" they were).
_WORLD_WAR = compiled(r"\bWW ?(I{1,3})(?:(-)(?=[a-z])|\b(?![-'’]\w))")
_WAR_NUMBERS = {"I": "One", "II": "Two", "III": "Three"}


def _world_war(match: re.Match[str]) -> str:
    """"WW II" -> "World War Two", "WWI-era" -> "World War One era"."""
    return "World War " + _WAR_NUMBERS[match.group(1)] + (" " if match.group(2) else "")


# numerals of I, V, X and L only, none a lone L: "Parts C and D", "the ch. CD" are letters
_COUNTED_ROMAN = r"(?=[IVXL])(?!L\b)(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
# a counter's small short form and its stop before a numeral, as statutes, treaties and footnotes cite them ("ch. IV",
# "art. IV", "sec. IX", "pt. III": "art. I.V" and "sec. I.V" went to the voice): the counter in full, the numeral said
_SMALL_SHORT_COUNTERS = {"ch": "chapter", "art": "article", "sec": "section", "sect": "section", "pt": "part",
                         "bk": "book", "vol": "volume", "cl": "clause", "sch": "schedule"}
_COUNTED_NUMERALS = compiled(
    rf"(?<![\w.])({'|'.join(re.escape(word) for word in _PLURAL_COUNTERS)})\s({_COUNTED_ROMAN})"
    rf"(\s?[-–]\s?|\s(?:to|and|or|&)\s)({_COUNTED_ROMAN})\b(?![\w'’-]|\.\w)"
    rf"|(?<![\w.])({'|'.join(_SMALL_SHORT_COUNTERS)})\.\s((?!I\b){_COUNTED_ROMAN})\b(?![\w'’-]|\.\w)")
# a first look among letter_words
_COUNTED_FIRST = frozenset(word.rstrip(".") for word in _PLURAL_COUNTERS) | frozenset(_SMALL_SHORT_COUNTERS)
# a ruler's numeral before a hyphened "era", "style" or "period" ("Edward VII-era", "a Louis XIV-style
# chair"): the ruler's ordinal, the hyphen a space ("Edward seven-era" it was).
# two rulers' numerals after one name, spanned or paired ("George I–IV", "Elizabeth I and II", "Henry VII and
# VIII"; "George I-IV" and "Elizabeth the first and two" it were): both ordinals, "the" before each. A second "I" after
# "and" is the pronoun ("Henry V and I went"), and a numeral past the name's last king a letter: left.
_REGNAL_PAIR = compiled(rf"\b({_REGNAL})\s({_ROMAN})(\s?[-–]\s?|\s(?:and|or|&)\s)({_ROMAN})\b(?![\w'’-]|\.\w)")
_REGNAL_BEFORE_ERA = compiled(rf"\b({_REGNAL})\s({_ROMAN})-(era|style|period|vintage)\b")


def _regnal_pair(match: re.Match[str]) -> str:
    """"George I–IV" -> "George the first to the fourth", "Elizabeth I and II" -> "... the first and the second"."""
    name, first, joint, last = match.groups()
    if not first or not last or (last == "I" and joint.strip() not in "-–"):
        return match.group(0)
    limit = REGNAL_LIMITS.get(name, 1000)
    values = roman_value(first), roman_value(last)
    if max(values) > limit or (values[0] >= values[1] and joint.strip() in "-–"):
        return match.group(0)
    joint = " to " if joint.strip() in "-–" else joint
    return f"{name} the {numbers.ordinal(values[0])}{joint}the {numbers.ordinal(values[1])}"

def _regnal_before_era(match: re.Match[str]) -> str:
    """"Edward VII-era" -> "Edward the seventh era"; past the name's last numeral (a surname's letter), as written."""
    value = roman_value(match.group(2))
    if value > REGNAL_LIMITS.get(match.group(1), 1000):
        return match.group(0)
    return f"{match.group(1)} the {numbers.ordinal(value)} {match.group(3)}"
_ROMAN_CANDIDATE = compiled(r"[IVXLCDM](?<!\w[IVXLCDM])[IVXLCDM]*\b")  # led by the class: scanned in C
# A lone "X" is more likely the platform than ten: single letters count only with a full stop ("V.").
_ROMAN_ALONE = compiled(rf"^(\W*)((?=[IVXLCDM]{{2,}}\b|[IVX]\.){_ROMAN})(\W*)$")
_INITIAL_AFTER = compiled(r"\s?\.\s*[A-Z]")
_PRONOUN_AFTER = compiled(r"\s(?:[a-z]|I\b)")
# Words that cannot follow the pronoun "I" (a verb does): "Charles I and Anne", "under Charles I the court".
_NOT_AFTER_PRONOUN = compiled(r"\s(?:of|and|or|the|his|her|its|their|who|whose|whom)\b")
# A name that opens a clause ("that Charles I died", "Charles I was") or follows a preposition ("under Charles I")
# is the subject or the object there, so an "I" after it is the king's numeral; the pronoun follows a verb's
# object ("I told Charles I would come", "When I met Charles I was young").
_NAME_OPENS_CLAUSE = compiled(
    r"(?:^[\"'(]?|\b(?i:that|when|while|as|because|since|after|before|until|till|if|though|although|whether|"
    r"than|of|by|under|against|during)\s+)$"
)
# "In 1066, William I was crowned", "Later, Edward I conquered Wales", "In 1927 Fuad I opened": a name after a
# sentence's opening phrase of time (a preposition or an adverb of time first, then its comma or a year, in words by
# now) opens its clause as the sentence's first word does, so an "I" after it is the king's; not before a verb only
# the pronoun takes ("Later, Henry I think went home"), nor after a greeting's comma ("Thanks, Henry I owe you").
_TIME_OPENER_BEFORE = compiled(
    r"(?:^[\"'(]?|[.;:!?]\s+)(?:In|By|After|Before|During|From|Under|Until|Since|Later|Then|Soon|Eventually"
    r"|Meanwhile|Afterwards|Finally|Born|Crowned|Aged|Within|Following)\b[^,.;:!?]{0,48}"
    r"(?:,\s+|\b(?:hundred|thousand|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|oh|o)\s+)$")
_PRONOUN_VERB_AFTER = compiled(r"\s(?:think|know|guess|suppose|mean|believe|hope|reckon|feel|say|said|am|will|would"
                               r"|can|could|should|must|might|shall|do|did)\b")
# "Carol I think you are right", "Michael I know": a verb in the present that a king's name would take with an "s"
# after an untitled name and "I" makes the "I" the pronoun, the name a listener addressed ("Carol the first think" it
# was); a king's "I" is followed by the past in a history ("Carol I thought").
_PRONOUN_PRESENT_AFTER = compiled(r"\s(?:think|know|guess|suppose|mean|believe|hope|reckon|feel|am|agree|promise"
                                  r"|swear|wish|bet)\b")
# A name joined by a hyphen before a numeral is a ruler's, as the kings of Assyria and Egypt are written
# ("Tiglath-Pileser III", "Shamshi-Adad V"); and so is a numeral followed by the ruler's domain
# ("Guy XIII, Count of Laval", "Amadeus VI of Savoy").
_HYPHENATED_NAME_BEFORE = compiled(r"\b[A-Z][a-z]+-$")
# "Henry Ford II", "Martin Luther King III", "John D. Rockefeller IV": after a given name and a surname, II to V are
# a generation, said as a monarch's ("the Second"); "Final Fantasy VII" and "Grand Theft Auto V" stay numbers.
_GIVEN_NAME_BEFORE = compiled(rf"\b(?:{_REGNAL})\s(?:(?:[A-Z]\.|[A-Z][a-z]+)\s){{0,2}}$")
_GENERATIONS = frozenset({"II", "III", "IV", "V"})
_DOMAIN_AFTER = compiled(
    r"\s?,?\s+(?:(?:Count|Countess|Duke|Duchess|King|Queen|Prince|Princess|Earl|Emperor|Empress|Margrave|"
    r"Landgrave|Elector|Baron|Marquis|Marquess|Lord|Lady|Sultan|Shah|Khan|Pharaoh)\s+)?of\s+[A-Z]"
)
# "the XIX century": a numeral before a century is its ordinal, as "19th century" is ("XX Century" may be a name).
_CENTURY_NUMERAL = rf"(?=[IVXL]{{2,}}\b|[VX]\b){_ROMAN}"
_CENTURY = compiled(
    rf"\b({_CENTURY_NUMERAL})(?:(\s*(?:and|or|to|[-–])\s*)({_CENTURY_NUMERAL}))?\s+"
    r"(?=(?:[Cc]entury|[Cc]enturies)\b)"
)
_MAY_BE_CENTURY = compiled(r"[IVX] [Cc]entur")
# "the XXth century", "XIXth-century", "the IIIrd Reich": a numeral with an ordinal's ending is that ordinal.
_ROMAN_ORDINAL = compiled(rf"\b(?=[IVXLC]+(?:st|nd|rd|th)\b)({_ROMAN})(?:st|nd|rd|th)\b")
_MAY_BE_ROMAN_ORDINAL = compiled(r"[IVXLC](?:th|st|nd|rd)\b")
# Either of _MAY_BE_ROMAN_ORDINAL and _ROMAN_CANDIDATE, in one scan for their class: most texts hold neither.
_MAY_BE_ROMAN = compiled(r"[IVXLCDM](?:(?<=[IVXLC])(?:th|st|nd|rd)\b|(?<!\w[IVXLCDM])[IVXLCDM]*\b)")
# "stage IIIB", "a Phase IIb trial", "Type Ia supernovae", "class IC drugs": a numeral and a sub-stage's letter, said
# "three B" (spelled "I.I.I.B" before).
_SUBSTAGE = compiled(r"\b((?i:stage|phase|grade|type|class)\s)(IX|IV|V?I{1,3}|V|X)([A-Da-d])\b(?![\w'’-]|\.\w)")
# a statute's or a code's section, article or title and its letter, with a hyphen maybe ("Section IIIA", "Title
# IV-E", "Article XVB": "I.V.B" and "I.V-E" went to the voice). Its own rule and first look ("ion I", "tle I", "cle
# I"), so that the sub-stages' rule, which "when I" and "as I" set off, stays as cheap as it was.
_LETTERED_PROVISION = compiled(r"\b((?:[Ss]ection|[Aa]rticle|[Tt]itle|SECTION|ARTICLE|TITLE)\s)"
                               r"(X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})-?([A-H])\b(?![\w'’-]|\.\w)")
# a part, a schedule or a chapter of an act or a course and its letter ("Part IIA", "Schedule IB", Cambridge's
# "Part IA"; "I.I.A" it was), its letter A to C only ("Part ID" is a part's identifier as often); small too, as
# a syllabus prints it ("Part IIIa").
_LETTERED_PART = compiled(r"\b((?:Part|PART|Schedule|Chapter)\s)(X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})-?([A-Ca-c])\b"
                          r"(?![\w'’-]|\.\w)")
# a dig's, a fishery's or a map's division and its small letter, a to h ("Stratum IIc", "Layer IVb", "ICES area VIIg",
# "Zone IIIa": left as written; "Xi" is a name), said as a sub-stage is; a capital A or B only after a
# numeral of two letters or more ("Level IA", "Zone IIC" may be codes' capitals); and a surgical mask's splash-resistant
# type "IIR" ("I.I.R" it was). Asked only where the provisions' first look finds a numeral glued to a letter.
_LETTERED_DIVISION = compiled(
    r"\b((?i:strat(?:um|a)|layers?|zones?|areas?|levels?|tiers?|horizons?|bands?|groups?|units?|sectors?|divisions?"
    r"|subareas?|sub-areas?)\s)(X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})([a-h]|(?<=[IVX]{2})[AB])\b(?![\w'’-]|\.\w)"
    r"|\b((?i:type|class)\s)(II|III)(R)\b(?![\w'’-]|\.\w)")
# the words of _LETTERED_DIVISION, in small letters: the word before a numeral is looked up here first
_DIVISION_WORDS = word_set(
    "stratum strata layer layers zone zones area areas level levels tier tiers horizon horizons band bands group groups"
    " unit units sector sectors division divisions subarea subareas sub-area sub-areas type class")
# "stage IIA or IIB": a second sub-stage joined to a first one that was read
_NEXT_SUBSTAGE = compiled(r"(?<= [A-D] )((?:or|and|to|vs\.?|versus)\s)(IX|IV|V?I{1,3}|V|X)([A-Da-d])\b(?![\w'’-]|\.\w)")
# A first look, every counter above ending in "e" or "s"; led by the literal "e ", which the engine skips to, where
# the class "[a-z]" first was tried at every letter (2.7 -> 0.6 us a sentence).
_MAY_BE_SUBSTAGE = compiled(r"e [IVX](?<=[a-z]e [IVX])")
# "Section IIIA", "Title IV-E", "Article XVB": a numeral's capital, then a letter or a hyphen after the numeral,
# led by the class of the letters a numeral ends in, which the engine scans for in C; and a division's letters
# ("Stratum IIc", "area VIIg", "Type IIR": _LETTERED_DIVISION), asked in the same look
_MAY_BE_LETTERED_PROVISION = compiled(r"[IVX]-?[A-HRa-h]\b")
# The numerals' first looks asked first in a copy of the text one character a character (_numeral_classes): a
# numeral's capital is "R", other capitals "A", the small letters of an ordinal's endings themselves and the others
# "a", a digit or "_" "0", a hyphen itself, a character beyond ASCII (or "?") "?" and any other " ". A look led by a
# class of capitals costs the engine ~55 instructions a character it scans; led by the literal "R", its shape is
# skipped to, and the look itself is asked from where its shape first holds (no match starts before it: each shape
# holds wherever its look matches, "?" standing for a word's character or not). The copy costs three calls.
_NUMERAL_CLASSES = bytes(
    ord("R") if chr(c) in "IVXLCDM" else ord("A") if chr(c).isupper() and c < 128 and chr(c).isalpha()
    else c if chr(c) in "tsnrhd-?" else ord("a") if chr(c).islower() and c < 128 and chr(c).isalpha()
    else ord("0") if chr(c) in "0123456789_" else ord(" ") for c in range(256))
_WORD_CLASS = "RAatsnrhd0"  # the copy's characters that stand for a word's
_MAY_BE_ROMAN_SHAPE = compiled(rf"R(?:(?:th|st|nd|rd)(?![{_WORD_CLASS}])|(?<![{_WORD_CLASS}]R)R*(?![{_WORD_CLASS}]))")
# "C" and "D" of [A-H] are numerals' "R"; a division's small "d" and "h" are themselves ("IId" "RRd", "VIIh" "RRRh")
_LETTERED_PROVISION_SHAPE = compiled(rf"R-?[AaRdh](?![{_WORD_CLASS}])")
_ANNOUNCED_SHAPE = compiled(r"RR")


def _numeral_classes(text: str) -> str:
    """The text's characters as the numerals' first looks ask them, "XIVth C. (2)" -> "RRRth R  (0)"."""
    return text.encode("ascii", "replace").translate(_NUMERAL_CLASSES).decode("ascii")


_MAY_BE_LOWER_COUNTER = compiled(rf"\b(?:{_LOWER_COUNTERS})\s+[IVXLCDM]")
_LOWER_COUNTER_WORDS = frozenset(_LOWER_COUNTERS.split("|"))  # each stands apart: a first look among letter_words
# Small numerals: a scene, a preface's page or a clause ("Act II, Scene iii", "page xiv", "clause (iv)"), two
# letters or more ("Part i" and "part v" may be words or letters).
# and a natural history's or a report's plates, tables and figures ("shown on plate vii", "Table iv lists"): no
# word of two small numeral letters follows them ("plate xi" is no word).
_SMALL_LABELS = ("scene|act|chapter|book|part|volume|vol|canto|appendix|section|article|clause|stanza|page|pp?"
                 "|pages|paragraph|para|note|item|plate|plates|pl|table|tables|tab|fig|figs|figure|figures"
                 "|folio|folios|fol|sonnet|ode"  # a manuscript's leaves, a poem's number ("Folio xxvii")
                 "|ch|pt|bk")  # a chapter's, a part's and a book's short forms too ("Ch. xii", "Pt. vi")
_LABELLED_SMALL = compiled(rf"(?<![\w.])((?i:{_SMALL_LABELS})\.?\s)([ivxl]{{2,6}})\b(?![\w'’-]|\.\w)")
_MAY_BE_LABELLED_SMALL = compiled(r" [ivxl]{2,6}\b")
# Every run of two to six of "ivxl", which a small numeral is among util.letter_words (its space before, its word
# boundary after: it stands apart): one set test before the scan, led by a space, that stops at every word (~0.3 us a
# sentence, for a numeral in one sentence in a thousand), where the words are at hand. 5,456 short strings.
_SMALL_NUMERAL_RUNS = frozenset(
    "".join(letters) for size in range(2, 7) for letters in itertools.product("ivxl", repeat=size))
_BRACKETED_SMALL = compiled(r"\(([ivx]{2,5})\)")
# "viii + 312 pp.", "x + 96 pages": a book's front matter counted in small numerals before its pages, as a
# catalogue or a review gives its length; only before a count of pages ("x + 96 = 100" is a sum). By now the sum's
# sign and the count are words ("viii plus three hundred and twelve pages").
_FRONT_MATTER = compiled(r"(?<![\w.])([ivxl]{1,6}) plus (?=(?:[a-z]+[ -]){1,8}pages\b)")
# "pp. iv–xii", "pages v-x": a span of a preface's pages (tidied to a hyphen), each end a numeral.
_LABELLED_SMALL_SPAN = compiled(rf"(?<![\w.])((?i:{_SMALL_LABELS})\.?\s)([ivxl]{{1,6}})\s?-\s?([ivxl]{{1,6}})\b"
                                r"(?![\w'’-]|\.\w)")
_MAY_BE_SMALL_SPAN = compiled(r" [ivxl]{1,6}\s?-\s?[ivxl]")
_VALID_ROMAN = compiled(_ROMAN)
# an outline's place, a numeral, a capital, a number and a small letter, stopped between ("II.B.", "I.A.2",
# "IV.B.3.a": left as written, or "I.A" read as initials): said in turn. A numeral of one letter only with the number
# after it ("V.I. Lenin", "I.V. fluids" are initials); and a labelled small numeral before its letter ("section ii.b").
_OUTLINE = compiled(r"(?<![\w.])(X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})\.([A-Z])(?:\.(\d{1,2})(?:\.([a-z]))?)?\.?"
                    r"(?![\w'’-]|\.\w)")
_MAY_BE_OUTLINE = compiled(r"[IVX]\.[A-Z](?:\.|\b)")  # led by the class: scanned in C
_LABELLED_SMALL_LETTER = compiled(rf"(?<![\w.])((?i:{_SMALL_LABELS})\.?\s)([ivx]{{1,4}})\.([a-z])\b(?![\w'’-]|\.\w)")
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def roman_value(numeral: str) -> int:
    """The value of a valid Roman numeral."""
    total = 0
    for index, letter in enumerate(numeral):
        value = _ROMAN_VALUES[letter]
        following = _ROMAN_VALUES[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


def _small(numeral: str) -> str | None:
    """The cardinal of a valid small numeral ("xiv" -> "fourteen"), else None."""
    upper = numeral.upper()
    return numbers.cardinal(roman_value(upper)) if _VALID_ROMAN.fullmatch(upper) else None


def small_numerals(text: str) -> str:
    """Read small numerals after a label or in brackets: "Scene iii" -> "Scene three", "(iv)" -> "(four)"."""
    if "(" in text:
        if "(i)" in text and "(ii)" in text:  # "(i) ... (ii) ...": a list numbered in numerals, its first one too
            text = text.replace("(i)", "(one)")
        text = _BRACKETED_SMALL.sub(lambda m: f"({_small(m.group(1)) or m.group(1)})", text)
    if " plus " in text and "pages" in text:
        text = _FRONT_MATTER.sub(lambda m: f"{_small(m.group(1)) or m.group(1)} plus ", text)
    if "-" in text and _MAY_BE_SMALL_SPAN.search(text):
        text = _LABELLED_SMALL_SPAN.sub(_small_span, text)
    if among_known_words(_SMALL_NUMERAL_RUNS, text) and _MAY_BE_LABELLED_SMALL.search(text):
        if "." in text:  # "section ii.b", a labelled numeral before its dotted letter
            text = _LABELLED_SMALL_LETTER.sub(
                lambda m: f"{m.group(1)}{numbers.cardinal(roman_value(m.group(2).upper()))} {m.group(3)}", text)
        text = _LABELLED_SMALL.sub(_labelled_small, text)
    return text


def _labelled_small(match: re.Match[str]) -> str:
    """"Scene iii" -> "Scene three", "Pt. vi" -> "Part six": a short label in full before the numeral it counts."""
    label, numeral = match.groups()
    said = _small(numeral)
    if said is None:
        return match.group(0)
    full = ABBREVIATED_COUNTERS.get(label.rstrip().capitalize())  # "Ch." and "ch." alike, in the label's case
    if full is not None:
        label = (full if label[0].isupper() else full.lower()) + " "
    return label + said


def _small_span(match: re.Match[str]) -> str:
    """"pages iv-xii" -> "pages four to twelve"; a span whose ends are not both numerals, as written."""
    first, last = _small(match.group(2)), _small(match.group(3))
    if first is None or last is None:
        return match.group(0)
    return f"{match.group(1)}{first} to {last}"


# espeak-ng (and Piper, which phonemises with it) says a numeral left in the text as "roman two", "roman eleven":
# every one of I, V and X (and XL) of two letters or more but "VI", "XL" and "XXX", which it spells.
_ANNOUNCED = compiled(
    r"(?<![\w.'’-])(?!VI\b|XL\b|XXX\b)(?=[IVXL]{2,}\b)(?:XL|X{0,3})(?:IX|IV|V?I{0,3})(?![\w'’]|-\d|\.\w)")
_MAY_BE_ANNOUNCED = compiled(r"[IVX][IVXL]")  # led by the class: scanned in C
_CHROMOSOME_AFTER = compiled(r"\s(?:and XY\s|or XY\s)?(?:chromosome|karyotype|male|female)")


def leftover_numerals(text: str) -> str:
    """A numeral no rule read, as a voice should say it: "the IV drip" -> "I.V" (intravenous), "XX chromosomes" ->
    "X.X", "the starting XI" -> "eleven"; never "roman eleven"."""
    shape = _ANNOUNCED_SHAPE.search(_numeral_classes(text))  # its shape first, as romans' first looks
    if shape is None or not _MAY_BE_ANNOUNCED.search(text, shape.start()):
        return text
    return _ANNOUNCED.sub(_leftover, text)


def _leftover(match: re.Match[str]) -> str:
    numeral = match.group(0)
    if numeral == "IV":
        return "I.V"
    if numeral == "XX" and _CHROMOSOME_AFTER.match(match.string, match.end()):
        return "X.X"
    if match.string.endswith("the ", 0, match.start()):  # "the XXI century", "in the XI Corps"
        return numbers.ordinal(roman_value(numeral))
    return numbers.cardinal(roman_value(numeral))


def numbered_books(text: str) -> str:
    """"II Corinthians" -> "Second Corinthians", "1 Samuel" -> "First Samuel", "Matt. 5:3" -> "Matthew 5:3", before
    numbers become words."""
    books = None if among_words(_BOOK_RUNS, text) else text  # the text that names no book (nearly every one)
    if text is not books and ":" in text and _MAY_BE_VERSE.search(text):
        text = _BOOK_ABBREVIATION.sub(lambda m: BIBLE_BOOKS[m.group(1)] + " ", text)
    if text is not books and ". " in text and among_words(_BOOK_ABBREVIATIONS, text):  # "Ps. xxiii"
        text = _BOOK_ROMAN_CHAPTER.sub(_book_roman_chapter, text)
    # "1 Cor. 13" (". 0" first: see util.char_classes)
    if (text is not books and "0" in char_classes(text) and ". 0" in char_classes(text) and "a. 0" in char_classes(text)
            and among_words(_NUMBERED_SHORT_NAMES, text)):
        text = _NUMBERED_BOOK_SHORT.sub(lambda m: f"{_BOOK_ORDINALS[m.group(1)]} {BIBLE_BOOKS[m.group(2)]} ", text)
    # an ordinal's digit and letters in the classes worked out just above (one look), then the books' short names
    if (text is not books and "0" in char_classes(text) and "0aa " in char_classes(text)
            and among_words(_NUMBERED_SHORT_NAMES, text)):
        text = _ORDINAL_BOOK_SHORT.sub(_ordinal_book_short, text)
    if text is not books and among_words(_BOOK_NAMES, text):  # each stands apart after its number: a look among words
        return _NUMBERED_BOOK.sub(lambda m: _BOOK_ORDINALS[m.group(1) or m.group(2) or m.group(3)] + " ", text)
    return text


def _ordinal_book_short(match: re.Match[str]) -> str:
    """"2nd Kgs" -> "Second Kings"; "1st Cor." at a sentence's end keeps its stop."""
    stop = match.group(3) if match.group(3) and _SENTENCE_ENDS.match(match.string, match.end()) else ""
    return f"{_BOOK_ORDINALS[match.group(1)]} {BIBLE_BOOKS[match.group(2)]}{stop}"


def _book_roman_chapter(match: re.Match[str]) -> str:
    """"Ps. xxiii" -> "Psalm twenty three"; as written where the letters are no numeral ("Gen. XIIX")."""
    numeral = match.group(2).upper()
    if not _VALID_ROMAN.fullmatch(numeral):
        return match.group(0)
    return f"{BIBLE_BOOKS[match.group(1)]} {numbers.cardinal(roman_value(numeral))}"


# a listed building's grade joined to "listed" by a hyphen ("Grade I-listed", "a Grade II*-listed barn": the
# numeral was left to be spelled, its hyphen barring the counter's rule); the star is said "star".
_LISTED_GRADE = compiled(r"\b([Gg]rade )(I{1,2})(\*?)-(listed)\b")


# a play's act and scene, the act's numeral in capitals and the scene's small after a stop, a line's number maybe
# after another ("Hamlet III.i", "Macbeth II.ii.60"), after its title's word or in brackets: no other numeral is
# written so (an initial's stop is followed by a capital, "V.I. Lenin"). It was left as written.
_ACT_SCENE = compiled(r"(?:(?<=[a-z] )|(?<=\())([IVX]{1,4})\.([ivx]{1,5})(?:\.(\d{1,4}))?\b(?![\w'’-]|\.\w)")


def _act_scene(match: re.Match[str]) -> str:
    """"III.i" -> "act three, scene one"; "II.ii.60" -> "act two, scene two, line sixty"."""
    act, scene = match.group(1), match.group(2).upper()
    title = match.string[max(0, match.start() - 24):match.start()].rstrip("( ").split()[-1:]
    if not (_VALID_ROMAN.fullmatch(act) and _VALID_ROMAN.fullmatch(scene)) or (
            title and not title[0].lstrip("([")[:1].isupper()):  # after its title's capital: "a VI.x" is no play's
        return match.group(0)
    line = f", line {numbers.cardinal(int(match.group(3)))}" if match.group(3) else ""
    return f"act {numbers.cardinal(roman_value(act))}, scene {numbers.cardinal(roman_value(scene))}{line}"


def _outline(match: re.Match[str]) -> str:
    """"IV.B.3.a" -> "four B three a": an outline's place; initials ("V.I.", "I.V.") as written."""
    numeral, letter, number, small = match.groups()
    if len(numeral) == 1 and not number:
        return match.group(0)
    words = [numbers.cardinal(roman_value(numeral)), letter]
    words += [numbers.cardinal(int(number))] if number else []
    words += [small] if small else []
    return " ".join(words) + sentence_stop(match)


def romans(text: str) -> str:
    """Read Roman numerals in titles and names: "Chapter IV", "Henry VIII", "World War II"."""
    if "W" in text and "WW" in text:  # the capital by memchr first: the needle of two costs a scan
        text = _WORLD_WAR.sub(_world_war, text)
    shaped, classes = "", ""  # the text whose _numeral_classes are at hand, and they
    if ("I" in text or "V" in text or "X" in text) and (
            (provision := _LETTERED_PROVISION_SHAPE.search(classes := _numeral_classes(text))) is not None
            and _MAY_BE_LETTERED_PROVISION.search(text, provision.start()) is not None):
        text = _LETTERED_PROVISION.sub(_substage, text)
        if "Part" in text or "PART" in text or "Schedule" in text or "Chapter" in text:
            text = _LETTERED_PART.sub(_substage, text)
        text = _divisions(text, provision.start())
    elif classes:
        shaped = text
    # a numeral's capitals first, a memchr each (a third of sentences hold none), then its shape in the classes
    maybe = False
    if "I" in text or "C" in text or "M" in text or "D" in text or "L" in text or "V" in text or "X" in text:
        roman = _MAY_BE_ROMAN_SHAPE.search(classes if shaped is text else _numeral_classes(text))
        maybe = roman is not None and _MAY_BE_ROMAN.search(text, roman.start()) is not None
    # a numeral, an act's numeral and its stop, then the classes' capital, stop and small letter: a first look
    if maybe and "." in text and ("I." in text or "V." in text or "X." in text) and "A.a" in char_classes(text):
        text = _ACT_SCENE.sub(_act_scene, text)
    if maybe and _MAY_BE_ROMAN_ORDINAL.search(text):
        text = _ROMAN_ORDINAL.sub(_roman_ordinal, text)
    # an outline's place, "IV.B.3.a" (left as written by every rule before), its numeral's stop first
    if maybe and "." in text and ("I." in text or "V." in text or "X." in text) and _MAY_BE_OUTLINE.search(text):
        text = _OUTLINE.sub(_outline, text)
    # a numeral's capital first (a memchr each), then the scan led by "e ", which stops at most words' ends, after its
    # three needles
    if ("I" in text or "V" in text or "X" in text) and (
            ((("I" in text and "e I" in text) or ("V" in text and "e V" in text) or ("X" in text and "e X" in text))
             and _MAY_BE_SUBSTAGE.search(text)) or ("I" in text and "s I" in text)):
        text = _SUBSTAGE.sub(_substage, text)
        if " or I" in text or " and I" in text or " to I" in text or " or V" in text or " and V" in text:
            text = _NEXT_SUBSTAGE.sub(_substage, text)
        maybe = True  # the text may have changed: looked at again below
    if not maybe or not _ROMAN_CANDIDATE.search(text):
        return text
    if among_words(_COUNTED_FIRST, text):
        text = _COUNTED_NUMERALS.sub(_counted_numerals, text)
    if ("-" in text or "–" in text or " and " in text or " or " in text or " & " in text) and among_words(
            _REGNAL_NAMES, text):
        text = _REGNAL_PAIR.sub(_regnal_pair, text)
    if "-" in text and ("-era" in text or "-style" in text or "-period" in text or "-vintage" in text):
        text = _REGNAL_BEFORE_ERA.sub(_regnal_before_era, text)
    if "-listed" in text:  # after the look for a numeral, which "I-listed" holds
        text = _LISTED_GRADE.sub(lambda m: f"{m.group(1)}{numbers.cardinal(len(m.group(2)))}"
                                           f"{' star' if m.group(3) else ''} {m.group(4)}", text)
    alone = _ROMAN_ALONE.match(text)
    if alone:  # a heading that is only a numeral: "XVIII.", "[III]"
        value = roman_value(alone.group(2))
        # alone, a numeral of four letters or more led by M is a year as in a sentence ("MCMXCIX" under a
        # title: "nineteen ninety nine", where "one thousand nine hundred ..." was said), as the rule below reads it
        numeral = alone.group(2)
        year = _ROMAN_YEAR.fullmatch(numeral) and (len(numeral) >= 5 or any(c in numeral for c in "XVI"))
        return alone.group(1) + (numbers.year(value) if year else numbers.cardinal(value)) + alone.group(3)
    text = _ROMAN_HEADING.sub(lambda m: numbers.cardinal(roman_value(m.group(1))), text)
    if _IVX_ONLY.match(text.lstrip("[")):
        text = _ROMAN_CHAPTER.sub(lambda m: numbers.cardinal(roman_value(m.group(1) or m.group(2))), text)
    if "--" in text:
        text = _ROMAN_AFTER_DASH.sub(lambda m: numbers.cardinal(roman_value(m.group(1))), text)
    if "entur" in text and _MAY_BE_CENTURY.search(text):
        text = _CENTURY.sub(_century, text)
    if "M" in text:  # "MCCC" without X, V or I may be an organisation's initials: five letters at least then
        text = _ROMAN_YEAR.sub(lambda m: numbers.year(roman_value(m.group(0)))
                               if len(m.group(0)) >= 5 or any(c in m.group(0) for c in "XVI") else m.group(0), text)
    if "er V" in text or "er IV" in text:
        text = _SCHOOL_FORM.sub(lambda m: f"{m.group(1)} {_FORM_ORDINALS[m.group(2)]}", text)
    if "Corps" in text:
        text = _CORPS.sub(lambda m: numbers.cardinal(roman_value(m.group(1))), text)
    if "W" in text and "WrestleM" in text:  # a needle ending in a capital: a jump
        text = _WRESTLEMANIA.sub(_roman_after_word, text)
    if "Æ" in text:
        text = _OLD_ENGLISH_ROMAN.sub(_roman_after_word, text)
    text = _ROMAN_AFTER_WORD.sub(_roman_after_word, text)
    if among_words(_LOWER_COUNTER_WORDS, text) and _MAY_BE_LOWER_COUNTER.search(text):
        text = _ROMAN_LOWER.sub(lambda m: f"{m.group(1)} {numbers.cardinal(roman_value(m.group(2)))}", text)
    return text


def _counted_numerals(match: re.Match[str]) -> str:
    """"Vols. I–III" -> "Volumes one to three", "ch. IV" -> "chapter four"."""
    if match.group(5):
        return f"{_SMALL_SHORT_COUNTERS[match.group(5)]} {numbers.cardinal(roman_value(match.group(6)))}"
    counter, first, joint, last = match.group(1, 2, 3, 4)
    if not first or not last:
        return match.group(0)  # the pattern's empty numeral
    joint = " to " if joint.strip() in "-–" else joint
    return (f"{_PLURAL_COUNTERS[counter]} {numbers.cardinal(roman_value(first))}{joint}"
            f"{numbers.cardinal(roman_value(last))}")

def _substage(match: re.Match[str]) -> str:
    """"stage IIIB" -> "stage three B", "Title IV-E" -> "Title four E"; the word before the numeral is kept."""
    return f"{match.group(1)}{numbers.cardinal(roman_value(match.group(2)))} {match.group(3).upper()}"


def _divisions(text: str, start: int) -> str:
    """"Stratum IIc" -> "Stratum two C" at each numeral the provisions' look finds from start: the word before the
    numeral is looked up among the divisions' words first, and only then is the pattern matched at that word (a
    search along a window before each look's find, its words in either case, cost an article in capitals, "MADRID",
    "ASIA", a scan at every character of every window)."""
    parts, last = [], 0
    for found in _MAY_BE_LETTERED_PROVISION.finditer(text, start):
        numeral = found.start()
        while numeral > 0 and text[numeral - 1] in "IVX":
            numeral -= 1
        if numeral < 2 or not text[numeral - 1].isspace():
            continue
        word_start = max(text.rfind(" ", 0, numeral - 1) + 1, last)
        word = text[word_start:numeral - 1].lstrip("([{\"'‘“")
        if word.lower() not in _DIVISION_WORDS:
            continue
        division = _LETTERED_DIVISION.match(text, numeral - 1 - len(word))
        if division is not None:
            parts += [text[last:division.start()], _division(division)]
            last = division.end()
    return "".join(parts) + text[last:] if parts else text


def _division(match: re.Match[str]) -> str:
    """"Stratum IIc" -> "Stratum two C", "Type IIR" -> "Type two R"."""
    word, numeral, letter = match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6)
    return f"{word}{numbers.cardinal(roman_value(numeral))} {letter.upper()}"


def _roman_ordinal(match: re.Match[str]) -> str:
    """"XXth" -> "twentieth"; after a monarch's name "the" too ("Louis XIVth" -> "Louis the fourteenth")."""
    value = roman_value(match.group(1))
    if match.group(0)[len(match.group(1)):] != _ordinal_ending(value):
        return match.group(0)  # "Ind", "Ind 2": an ending that is not the numeral's is a word's ("first" it was)
    before = match.string[max(0, match.start() - 16):match.start()].split()
    ruler = bool(before) and before[-1] in _REGNAL_NAMES
    return ("the " if ruler else "") + numbers.ordinal(value)


def _ordinal_ending(value: int) -> str:
    """The ending an ordinal of the value is written with: 1 "st", 2 "nd", 3 "rd", 11 to 13 and the rest "th"."""
    return "th" if value % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


def _century(match: re.Match[str]) -> str:
    """"XIX century" -> "nineteenth century", "XIX and XX centuries" -> "nineteenth and twentieth centuries"."""
    first, joint, second = match.groups()
    spoken = numbers.ordinal(roman_value(first))
    if second:
        spoken += (" to " if joint.strip() in "-–" else joint) + numbers.ordinal(roman_value(second))
    return spoken + " "


_LOWER_WORD_AFTER = compiled(r"\s[a-z]")
_ARTICLES = frozenset({"The", "the", "An", "an", "A"})


def _roman_after_word(match: re.Match[str]) -> str:
    """Read a numeral after a counter ("Chapter IV"), a monarch ("Henry VIII") or another name ("Apollo XI")."""
    word, numeral = match.group(1), match.group(2)
    name = word.capitalize()
    if name.rstrip(".") in _PERSONAL_TITLES and len(numeral) == 2:
        return f"{word} {numeral.capitalize()}"
    # "Ch. XII" -> "Chapter twelve"; "I met Art. I liked him": a name's stop, then the pronoun before its verb
    if word in ABBREVIATED_COUNTERS and numeral not in _LETTERED and not (
            numeral == "I" and _PRONOUN_AFTER.match(match.string, match.end())):
        return f"{ABBREVIATED_COUNTERS[word]} {numbers.cardinal(roman_value(numeral))}"
    if word in _COUNTER_WORDS or name in _COUNTER_WORDS:
        if numeral in _LETTERED:
            return match.group(0)  # "Section C", "Type D", "Appendix L": a lettered item, not 100, 500 or 50
        return f"{word} {numbers.cardinal(roman_value(numeral))}"
    text, start, end = match.string, match.start(), match.end()
    after = text[end : end + 8]
    title = (_ROYAL_TITLE_BEFORE.search(text, max(0, start - 12), start)
             or _CHURCH_TITLE_BEFORE.search(text, max(0, start - 64), start))
    titled = title is not None
    if not titled and roman_value(numeral) > REGNAL_LIMITS.get(name, 1000):
        return match.group(0)  # "Malcolm X": past the last numeral the name took, a surname's letter
    if numeral == "I" and name in _MONTH_TOO:
        return match.group(0)
    ruler = (titled or name in _REGNAL_NAMES or name.endswith(REGNAL_NAME_ENDINGS)
             or (word in _HELD_TITLE_WORDS and _HELD_TITLE_BEFORE.search(text, max(0, start - 8), start) is not None)
             or _DOMAIN_AFTER.match(text, end) is not None
             or _HYPHENATED_NAME_BEFORE.search(text, max(0, start - 24), start) is not None
             or (numeral in _GENERATIONS and _GIVEN_NAME_BEFORE.search(text, max(0, start - 40), start) is not None))
    # "King Charles I was executed", "Portraits of Queen Elizabeth I are rare": the title opens the clause
    opening = title.start() if title is not None else start
    opens_clause = numeral == "I" and ((_NAME_OPENS_CLAUSE.search(text, max(0, opening - 12), opening) is not None
                                        and not (opening == start and _PRONOUN_PRESENT_AFTER.match(text, end))) or (
        _TIME_OPENER_BEFORE.search(text, max(0, opening - 64), opening) is not None
        and not _PRONOUN_VERB_AFTER.match(text, end)))
    if ruler and _is_regnal_numeral(numeral, after, titled, opens_clause):
        return f"{word} the {numbers.ordinal(roman_value(numeral))}"
    if numeral in ("V", "X") and (word in NUMBERED_SERIES or word in NUMBERED_KINDS):
        return f"{word} {numbers.cardinal(roman_value(numeral))}"  # "a Saturn V's", "Final Fantasy X"
    if word in NUMBERED_SERIES and len(numeral) >= 2 and numeral[-1] in "IVXL" and not _IVX_ONLY.fullmatch(numeral):
        # a numeral with its L after a name numbered so ("WrestleMania XLII", "Apollo XL"): spelled it was, as
        # "XL" (extra large) and "LC" after any other name are
        return f"{word} {numbers.cardinal(roman_value(numeral))}"
    if len(numeral) >= 2 and _IVX_ONLY.fullmatch(numeral):
        if numeral == "IV" and word in _ARTICLES and _LOWER_WORD_AFTER.match(text, end):
            return match.group(0)  # "The IV drip", "An IV line": intravenous, said as letters by leftover_numerals
        if word == "The":  # "The XIX Olympic Winter Games", "The IX Corps": the nineteenth, the ninth
            return f"{word} {numbers.ordinal(roman_value(numeral))}"
        return f"{word} {numbers.cardinal(roman_value(numeral))}"
    return match.group(0)


def _is_regnal_numeral(numeral: str, after: str, titled: bool = False, opens_clause: bool = False) -> bool:
    """False for an initial ("Robert L. Wilson", "Edward M. Scott") or the pronoun ("I told Charles I was").

    After a royal title a numeral with a stop is no initial ("Queen Mary I. Her reign").
    """
    if len(numeral) == 1 and (numeral in "LCDM" or (not titled and _INITIAL_AFTER.match(after))):
        return False
    if numeral != "I" or not _PRONOUN_AFTER.match(after):
        return True
    return opens_clause or _NOT_AFTER_PRONOUN.match(after) is not None
