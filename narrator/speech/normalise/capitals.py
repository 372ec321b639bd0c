"""English capitals: acronyms spelled or said, capitals for emphasis, lines in capitals, and the letter A."""

from __future__ import annotations

import re

from narrator.speech.normalise import aviation
from narrator.speech.normalise.cards import lettered_hand
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    BASEBALL_WORDS,
    DEGREES_IN_MIXED_CASE,
    ENDINGS_OF_NO_WORD,
    INITIALISMS_AFTER_THE,
    LETTER_LABELS,
    MODEL_RAILWAY_WORDS,
    NOUNS_AFTER_INITIALISMS,
    NOUNS_AFTER_IT,
    OLYMPIC_CODES,
    RANKS_BEFORE_INITIALS,
    SAID_BESIDE,
    SMALL_INITIALISMS,
    TIME_ZONES,
    TITLES_BEFORE_INITIALS,
    WORD_AFTER_A_LETTER,
    WORD_FINAL_PAIRS,
    WORD_FINAL_TRIPLES,
    WORD_INITIAL_PAIRS,
    WORD_INITIAL_TRIPLES,
)
from narrator.speech.normalise.util import among_known_words, among_words, char_classes, in_title_case, near, word_set
from narrator.speech.normalise.vocabulary import is_common_word

# A home run's "HR" after a small word or a number, where baseball's words stand in the sentence (facts.BASEBALL_WORDS):
# "a HR in the 7th inning", "his 40th HR", "a solo HR off the pitcher" ("a H.R" it was, where no box score's other
# counts stood by it); "H.R. 4521" (a House bill), "the HR team" and "HR will call" (no baseball word) stay spelled.
_BASEBALL_TALK = compiled(rf"\b(?:{'|'.join(sorted(BASEBALL_WORDS, key=len, reverse=True))})\b")
_SMALL_WORD_BEFORE = compiled(r"[a-z\d]\s$")
# the words beside which "OO" is a model railway's scale ("OO gauge", "OO scale", "an OO layout")
_MODEL_RAILWAY_TALK = compiled(r"\b(?i:" + "|".join(sorted(MODEL_RAILWAY_WORDS)) + r")\b")
_AN_DOUBLE_O = compiled(r"\b([Aa])n double O\b")
# A numeral the Roman numeral rules left ("XIV" with nothing to say what it counts) is no acronym.
_IVX_ONLY = compiled(r"[IVX]+")
# Acronyms said as words rather than spelled.
_SAID = word_set(
"NATO NASA UNESCO UNICEF NAFTA OPEC AIDS FIFA UEFA COVID NASDAQ ASEAN FEMA OSHA LIDAR RADAR LASER SCUBA "
    "SWAT SARS MERS CERN DARPA ISIS INTERPOL EFTA ANZAC NIMBY GIF JPEG PIN ZIP TESOL MENSA MOMA IKEA LEGO "
    "ABBA SONAR POTUS FLOTUS SCOTUS QANTAS UNITA WASP OFCOM OFSTED NICE ACAS BAFTA HAMAS FRELIMO ECOWAS "
    "MERCOSUR CARICOM APEC OECD ISO LAN WAN RAM ROM SIM VIN DIN MIDI CAPTCHA WYSIWYG FOMO YOLO BRICS ASOS COP PAC NOAA"
    " TED IMP CAMHS"
) - {"OECD"}
# Capitalised words that are plain English, not acronyms (headlines and headings in capitals).
_PLAIN = word_set(
    "A I AM AN AS AT BE BY DO GO HE IF IN IS IT ME MY NO OF ON OR SO TO UP WE OH HI ALL AND ARE BUT CAN "
    "FOR HAS HER HIM HIS HOW ITS MAY NEW NOT NOW OLD ONE OUR OUT SEE SHE THE TOO TWO WAS WAY WHO WHY YES "
    "YOU ACT BOOK PART NOTE NEWS LIVE WAR THIS THAT WITH FROM WHAT WHEN WILL BEEN HAVE THEY WERE YOUR "
    "MORE MOST SOME THAN THEN THEM INTO OVER ONLY ALSO BACK JUST LIKE MAKE TAKE TIME YEAR DAY BIG END "
    "BEST FREE HELP HOME LAST LOVE NEXT OPEN READ SALE STOP TEXT WORLD ABOUT AFTER FIRST GREAT NEVER "
    "THERE THEIR THESE THOSE WHICH WHERE WHILE STILL UPDATE BREAKING CHAPTER WARNING MAX"
)
# Capitals that other rules write (times, zones, web addresses) and that engines spell unaided: kept joined,
# so that a second pass leaves them alone. Every other acronym is dotted, which every engine spells. The zones that
# hold a vowel ("UTC", "EST", "CET") are spelled unaided too: espeak-ng, Piper's phonemiser, gives "EST" and "E.S.T"
# the same phonemes (checked with `espeak-ng -x`), so their dots would change only the text, not what is heard.
_KEPT_JOINED = word_set("AM PM EST EDT CST CDT MST MDT PST PDT BST CET UTC GMT HTTP HTTPS WWW FTP")
_AFTER_DOT_WORD = compiled(r"\bdot $")
# After a word, "A" before a small word is the letter ("Plan A failed"); after a colon or a bracket it is the
# article that opens a clause ("Tides: A short history", "(2) A second rope"), unless it ends one.
# ... and a label at the start: an interview's answer ("A: We expect..."), an option ("A) Paris").
# Led by the "A", which the engine skips to, its look behinds after it: led by them, every position of every text with
# " A" in it was tried four times (20 us a long sentence).
_LETTER_A = compiled(r"A(?:(?<=[\w,] A)(?=$|[,;:!?)\"']|\.(?!\w)|\s+[a-z\d])|(?<=[;:)] A)(?=$|[,;:!?)\"']|\.(?!\w))"
                     r"|(?<=^A)(?=[:)]\s)|(?<=[.?!] A)(?=:\s)"  # "Q: Does it work? A: Yes."
                     # "A and E waits rose" ("A&E"): a sentence's "A" before "and" and a capital is no article
                     r"|(?:(?<=^A)|(?<=[.?!] A))(?=\sand\s[A-Z]\b))")
# "Mrs A. Hale", "Cllr A Patel": after a title, a lone "A" before a surname (maybe another initial between) is an
# initial, the letter (espeak-ng said the article).
_INITIAL_A = compiled(rf"\b({'|'.join(sorted(TITLES_BEFORE_INITIALS))}) A\.?(?=\s(?:[A-Z]\.?\s)*[A-Z][a-z])")
# "Mrs E. A. Morgan", "R. A. Fisher": a stopped "A" after another stopped initial, before a surname (maybe more initials
# between), is a middle initial, the letter ("E A Morgan" the voice said, the article); "Band B. A new band" and "in
# section C. A Smith" hold no stop after the "A", and are left. So is a stopped "A" opening a name's initials, after
# a word in lower case or none ("the food writer A. J. Pennington", "by A. A. Milne", "A. N. Other": "A J Pennington"
# the voice read with the article's schwa): a stopped "A" before another stopped initial is no article. After a
# capitalised word it is left: a label's letter ends its sentence ("Plan A. A. B. Smith disagreed"), and a title's
# initial letter_a reads. At most three initials more: a run of "A. A. A. " with no surname after it is scanned a
# bounded way from each "A", not to its end.
# Led by the letter, so that the engine scans for it in C; what stands before it is looked at after.
_STOPPED_INITIAL_A = compiled(r"A(?<![\w.]A)\.(?=\s((?:[A-Z]\.\s){0,3})[A-Z][a-z])")  # bounded: linear
_WORD_BEFORE_INITIAL = compiled(r"(\S+) $")  # searched in a bounded window before the "A"
# A gene's name before the words that name it so, maybe with its allele between ("the APOE epsilon four gene variant",
# "BRAF mutations", "APOE e4 carriers"): spelled, as geneticists say it, however many vowels it holds.
_GENE_AFTER = compiled(r"\s(?:(?:epsilon|e|ε)\s?(?:\d|two|three|four)\s)?(?:genes?|variants?|alleles?|mutations?"
                       r"|mutants?|genotypes?|carriers?)\b")
# "A-weighted", "A-list", "A-levels": a lone capital A hyphened to a word is the letter (the article it was).
_A_HYPHENED = compiled(r"(?<![\w.&'’-])A(?=-[a-z]{3,}\b)")
# a word spelled out letter by letter, "B-A-N-A-N-A", "P-A-R-K": three or more lone capitals joined by hyphens, each
# said as its letter, so every "A" among them is the letter ("B-A-N-A-N-Eh" it was, only the last one said so).
# "USB-A" and "A-levels" are not runs of lone letters (the connector and the grade are said so by the rules below).
_SPELLED_OUT = compiled(r"(?<![\w.&'’-])[A-Z](?:-[A-Z]){2,}(?![\w'’-])")
_LETTER_A_IN_BRACKETS = compiled(r"(?<!\w)\(a\)")
# a connector's or a type's letter after an initialism's hyphen ("USB-A", "HDMI-A"; spelled "U.S.B-A" by now):
# the letter, where the voice said the article ("USB-C" says its letter already).
_CONNECTOR_A = compiled(r"(?<=[A-Z]-)A(?![\w'’-]|\.\w)")
# (led by its first capital, the look behind after it, which the engine scans for in C: led by the look behind, it was
# tried at every position)
_DOTTED_INNER = compiled(r"([A-Z](?<![\w.][A-Z])\.(?:[A-Z]\.)*[A-Z])\.(?=\s+\S)")
# Not "I.", more often the pronoun, unless another initial stands beside it ("I. M. Pei", "V. I. Lenin").
_INITIAL_INNER = compiled(r"(?<![\w.'])([A-HJ-Z]|I(?=\.\s+[A-Z]\.)|(?<=\b[A-Z]\.\s)I)\.(?=\s+[A-Z])")
# consonant-vowel-consonant or vowel-consonant-vowel: the shape of a pronounceable word
# ("ABBY", "ANDY": a final Y after a vowel and a consonant or two is a vowel too)
_SYLLABLE = compiled(r"[^AEIOU][AEIOU]+[^AEIOU]|[AEIOU][^AEIOU][AEIOU]|[AEIOU][^AEIOUY]{1,2}Y$")
# Capitals joined to a word or a number by a hyphen are still an acronym: "HIV-positive", "DSM-5", "RT-PCR".
# A possessive is said with the word: espeak-ng, and Piper with it, drop the "'s" of a word in capitals it reads as a
# word ("NATO's chief" was "NATO chief"), so a said acronym is written as a name ("Nato's").
# Led by the capital, its look behind after it: the engine scans for a capital in C (led by the look behind, it was
# entered at every position).
# a poker hand's offsuit "o" after its two ranks, "AKo" (cards.py), is met here, where no other word ends so.
_ACRONYM = compiled(r"([A-Z](?<![\w'@#/.][A-Z])[A-Z]{1,5})(s?|['’]s|o)(?![\w'’]|\.\w)")
# Small letters before capitals: "dsDNA", "fMRI", "iOS", "cDNAs" (one or two of them: "macOS" is a word and letters).
_MIXED_CASE = compiled(r"(?<![\w'@#/.-])([a-z]{1,2}[A-Z]{2,5})(s?)(?![\w'-]|\.\w)")
# A capital, a small letter and a capital: "MoD", "DfE", "MoU", "BoE" are initialisms, spelled ("the MoD" was "mod");
# their possessive too, "the MoD's plan" (left whole, the voice said "mod's").
_SMALL_INSIDE = compiled(r"(?<![\w'@#/.-])([A-Z][a-z][A-Z])(s?|['’]s)(?![\w'’-]|\.\w)")
_SMALL_INSIDE_SAID = frozenset({"GaN", "WoW"})  # gallium nitride chargers, a game: said as words
# and gigabit Ethernet, a port's or a card's network ("two 10GbE ports", "a 2.5GbE socket": "ten G.B.E" it was), said
# in its words as the trade says it
_SMALL_INSIDE_WORDS = {"GbE": "gigabit Ethernet"}
# In a line of capitals, "A" before a word is the article: "A NIGHT AT SEA", "THEY SAILED A BOAT"; in a headline, before
# an amount or a quote too ("WE NEED A 5-YEAR PLAN", "A $5 FEE", "A # 2 PENCIL", "A 'SMART' HOME").
_ARTICLE_IN_CAPITALS = compiled(r"(?:^|(?<=[^a-z] ))A(?= [A-Z]{2,}\b)")
_ARTICLE_IN_HEADLINE = compiled(r"(?:^|(?<=[^a-z] ))A(?= (?:[A-Z]{2,}\b|[\d$£€¥#\"“‘']))")
# ... except after what names a letter ("VITAMIN A DEFICIENCY", "GATE A 12", "CLASS A DRUGS") or after "an" ("AN A IN
# MATHS"), where it is the letter. Before a word, not after a label that is as often a verb ("PLAN A TRIP", "STAND A
# CHANCE", "SCHEDULE A VISIT"): there it stays the article, though "PLAN A FAILED" is the letter.
_WORD_BEFORE = compiled(r"([A-Za-z]+)\s$")
_LETTER_TO = compiled(r"(?<![\w.'])[A-Z]\s$")  # a range's first letter before its "to": no initial is joined by "to"
_LABELS_ALSO_VERBS = word_set("plan stand schedule block level row")
# In title case, after a word, before an amount: "Why A 4-Day Week Works", "How To Get A $500 Bonus".
# A capital A after a number and before a breaker's or a residual-current device's initials is the amps that rate it
# ("20 A MCB"), never the article a headline's "12 A NIGHT" is.
_AMPS_RATING = compiled(r"\d A (?:MCB|RCBO|RCD)[sS]?\b")
_ARTICLE_BEFORE_AMOUNT = compiled(r"A(?<=[A-Za-z] A)(?= [\d$£€¥#])")
_VOWEL = compiled(r"[AEIOUY]")
_TITLES_IN_CAPITALS = word_set("MR MRS MS DR ST MT JR SR")
# Of those, the ones espeak-ng spells in capitals (it says "MR", "MRS" and "ST" as the words); "MS" may be the disease.
_TITLES_SPELLED = {"DR": "Doctor", "MT": "Mount", "JR": "Junior", "SR": "Senior"}
# "IT was", "IT is": the pronoun in capitals (a lead-in or a shout), which engines spell as information technology.
_VERB_AFTER_IT = compiled(r"\s+(?:is|was|has|had|will|would|can|could|may|might|must|should|does|did|seems|seemed"
                            r"|looks|looked|means|meant|matters|mattered|isn't|wasn't|doesn't|didn't|won't)\b")
_SHOUTING = compiled(r"[A-Z](?<![\w'][A-Z])[A-Z]+(?:s\b|\b)")  # led by the capital: scanned in C
_CAPITALS_TO_READ = compiled(r"[A-Z](?<![\w'][A-Z])[A-Z]+(?:[so]\b|\b)")  # ... and a poker hand's "AKo"
_WORD = compiled(r"\b[A-Za-z]{2,}\b")
_NEXT_WORD = compiled(r"\s+([a-z]+)")
_THE_BEFORE = compiled(r"\b[Tt]he\s$")
_NEXT_WORD_ANY_CASE = compiled(r"\s+([A-Za-z]+)")
# "the WHO", "her SAT", "a 1400 SAT": a word or a score that only a name or a test can follow ("people WHO vote").
# Numbers are words by now: "a 1400 SAT" reads "a fourteen hundred SAT" here ("one" is left out: "the one WHO knows").
# "the IMF and WHO", "NATO, WHO": an initialism in a list of them.
_INITIALISM_LISTED_BEFORE = compiled(r"\b[A-Z]{2,}(?:'s)?(?:\s(?:and|or|&)|,)\s$")
_OWNER_BEFORE = compiled(r"(?:\b(?i:the|his|her|their|my|your|our)|\d|(?:hundred|thousand|ty|teen|two|three"
                           r"|four|five|six|seven|eight|nine|ten|eleven|twelve))\s$")


# "the VET said", "our VET", "the farm's VET bill": vocational education and training's initials in capitals after
# "the" or an owner are a vet, written in capitals for emphasis or by habit, unless what the training gives follows
# ("a VET course", "the VET sector", "VET qualifications" stay letters).
_VET_OWNER_BEFORE = compiled(r"(?:\b(?i:the|his|her|their|my|your|our|local)|[a-z]['’]s)\s$")
_TRAINING_AFTER = word_set("course courses qualification qualifications sector provider providers system training "
                           "student students learner learners programme programmes program programs diploma "
                           "certificate certificates funding policy reform teacher teachers trainer trainers college "
                           "colleges pathway pathways")


# "DOS" beside a price is a show's day ("£12 in advance, £15 DOS", "Adv £10 / DOS £12": the voice spelled it, the
# system's name); the prices are words by now ("fifteen pounds DOS"). "DOS games", "boot into DOS" stay letters.
_OPENS_A_SENTENCE = compiled(r"(?:^|[.!?]\s)$")
_CURRENCY_WORDS = r"(?:pounds?|dollars?|euros?|pence|cents?|quid|bucks)"
_PRICE_BEFORE = compiled(rf"\b{_CURRENCY_WORDS}\s$")
_PRICE_AFTER = compiled(r":?\s(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
                        r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
                        rf"|seventy|eighty|ninety|hundred|thousand|point|and)\s){{1,6}}{_CURRENCY_WORDS}\b")


def _day_of_show(match: re.Match[str]) -> bool:
    """True where "DOS" stands beside a price: "fifteen pounds DOS", "DOS: twelve dollars"."""
    return bool(_PRICE_BEFORE.search(match.string, max(0, match.start() - 9), match.start())
                or _PRICE_AFTER.match(match.string, match.end()))


def _emphasis(match: re.Match[str]) -> str | None:
    """A common word in capitals ("We WILL win", "GET OUT"), in lower case: engines spell some capitals ("YES")."""
    word, plural = match.group(1), match.group(2) == "s"
    if len(word) < 3 or word in _KEPT_JOINED or word in _SAID or plural:
        return None  # "LEDs", "PINs": capitals with a small plural "s" are an initialism's plural, never a shout
    if word in INITIALISMS_AFTER_THE and (_OWNER_BEFORE.search(match.string, max(0, match.start() - 9), match.start())
                                          or _noun_after(match) or _INITIALISM_LISTED_BEFORE.search(
                                              match.string, max(0, match.start() - 14), match.start())):
        return None  # "the WHO", "her SAT", "a 1400 SAT", "SAT scores": the organisation or the test
    if word in _PLAIN or is_common_word(word):
        return word.lower() + match.group(2)  # "the BOSS's": a possessive keeps its "'s"; a plural never gets here
    return None


def _noun_after(match: re.Match[str], nouns: frozenset[str] = NOUNS_AFTER_INITIALISMS) -> bool:
    """True when a noun an initialism names comes next: "WHO guidelines", "SAT scores"."""
    after = _NEXT_WORD.match(match.string, match.end())
    return after is not None and after.group(1) in nouns


def _acronym(match: re.Match[str]) -> str:
    word, ending = match.group(1), match.group(2)
    if ending == "o":  # "AKo": a poker hand's two cards, offsuit, where the game is near; else left as it was
        return lettered_hand(word, match, suited=False) or match.group(0)
    if ending == "s" and len(word) == 2:
        hand = lettered_hand(word, match)  # "AKs": a poker hand's two cards, suited (cards.py), where the game is near
        if hand is not None:
            return hand
    if word in _PLAIN and len(word) < 3:
        if word == "IT" and not ending and _noun_after(match, NOUNS_AFTER_IT):
            return "I.T"  # "IT support": information technology
        if word == "IT" and not ending and _VERB_AFTER_IT.match(match.string, match.end()):
            return "It"
        if word == "OR" and not ending and _THE_BEFORE.search(match.string, max(0, match.start() - 4), match.start()):
            return "O.R"  # "rushed to the OR", "the OR was 1.8": an operating room, an odds ratio ("cash OR card")
        return match.group(0)
    if word == "HR" and ending in ("", "s") and _SMALL_WORD_BEFORE.search(
            match.string, max(0, match.start() - 2), match.start()) and near(_BASEBALL_TALK, match, 160):
        return "home runs" if ending else "home run"
    if word == "OO" and not ending and near(_MODEL_RAILWAY_TALK, match, 80):
        return "double O"  # "OO gauge", "OO9": a model railway's scale, as modellers say it
    if word == "VET" and not ending and _VET_OWNER_BEFORE.search(
            match.string, max(0, match.start() - 12), match.start()) and not _noun_after(match, _TRAINING_AFTER):
        return "vet"  # "the VET said": a vet (_VET_OWNER_BEFORE)
    if word == "DOS" and not ending and _day_of_show(match):
        return "Day of show" if _OPENS_A_SENTENCE.search(match.string, max(0, match.start() - 2), match.start()) \
            else "day of show"
    if word in _SAID or (word in SAID_BESIDE and _said_beside(match, SAID_BESIDE[word])):
        return word.capitalize() + ending
    if word in _KEPT_JOINED or _AFTER_DOT_WORD.search(match.string, max(0, match.start() - 4), match.start()):
        return match.group(0)  # a zone, a scheme or a country domain ("dot UK") that engines spell unaided
    emphasis = _emphasis(match)
    if emphasis is not None:
        return emphasis
    if word in TIME_ZONES:
        return spelled(word, plural=bool(ending))  # "AEST", "CEST": engines read these as words ("east", "sest")
    if len(word) >= 4 and not ending and _GENE_AFTER.match(match.string, match.end()):
        return spelled(word)  # "APOE", "BRAF": a gene's name, which geneticists spell (said as a word)
    if _IVX_ONLY.fullmatch(word) or (len(word) >= 4 and _SYLLABLE.search(word) and _may_end_a_word(word)
                                     and _may_begin_a_word(word) and _clusters_of_a_word(word)
                                     and not (not ending and _post_nominal(match))):
        # A numeral out of context, or a long word in capitals ("REWARD", "CABLE LENGTH"): an engine reads
        # it better than letters would. Long acronyms rarely hold a syllable ("HTML", "NCAA", "USDA", "ACLU").
        return word.capitalize() + ending if len(ending) == 2 else match.group(0)
    if len(ending) == 2 and word[-1] in "SXZ":
        return match.group(0)  # "NHS's": engines say its "-es" raw; dotted ("N.H.S.'s") they lose it
    return spelled(word, plural=bool(ending))


def _said_beside(match: re.Match[str], words: frozenset[str]) -> bool:
    """True when a word just before or after the capitals shows the sense said as a word: "a cash ISA", "ISA rates"."""
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 20), match.start())
    after = _NEXT_WORD_ANY_CASE.match(match.string, match.end())
    return any(found is not None and found.group(1).lower() in words for found in (before, after))


def _may_end_a_word(word: str) -> bool:
    """False for capitals ending in two consonants no English word ends with: "NEJM", "NAACP". A doubled one is one
    sound ("STOXX"), and a final "R" may be said "-er" ("VSEPR", "vesper"); nor for those ending as no word does
    ("RAIB", "MAIB")."""
    last = word[-2:]
    return (last[0] in "AEIOUY" or last[1] in "AEIOUYR" or last[0] == last[1] or last in WORD_FINAL_PAIRS) \
        and not word.endswith(ENDINGS_OF_NO_WORD)


_OPENING_CONSONANTS = compiled(r"[^AEIOUY]*")
_CLOSING_CONSONANTS = compiled(r"[^AEIOUYW]*$")


def _opens_as_a_word(consonants: str) -> bool:
    """True for the consonants an English word may open with: one, a pair ("BR", "ST", any before "H"), a triple."""
    return (len(consonants) < 2 or (len(consonants) == 2 and (consonants in WORD_INITIAL_PAIRS or consonants[1] == "H"))
            or consonants in WORD_INITIAL_TRIPLES)


def _clusters_of_a_word(word: str) -> bool:
    """False for capitals whose consonants no word holds: five or more opening with three of no word's opening, nor a
    letter before a word's ("DRCOG", "MRCOG"; "JSTOR" is "J" and "STOR"), or ending with three of no word's ending
    ("SWASFT", "NUHFT")."""
    opening = _OPENING_CONSONANTS.match(word)
    onset = opening.group(0) if opening else ""
    if len(word) >= 5 and not (_opens_as_a_word(onset) or _opens_as_a_word(onset[1:])):
        return False
    closing = _CLOSING_CONSONANTS.search(word)
    coda = closing.group(0) if closing else ""
    return len(coda) < 3 or coda[-3:] in WORD_FINAL_TRIPLES


# A person's name before the capitals (an initial or a name, then a surname, maybe a comma: "Mr A. D. Sinclair, FRICS",
# "Ian Shaw FRICS" ...), and after them what ends a list of post-nominal letters: a comma, a bracket, the sentence's
# end, "and" or another's capitals ("FRICS, said", "FRICS.", "MRICS and FRICS", "FRICS MCIArb").
_PERSON_BEFORE = compiled(r"(?:\b[A-Z]\.?|\b[A-Z][a-z]+)\s[A-Z][a-z'’-]+,?\s$")
_CREDIT_BEFORE = compiled(r"\b(?i:photo(?:graph)?|picture|image|credit|illustration)s?\b")
_LETTERS_END_AFTER = compiled(r"(?:[,;)]|\.?$|\.\s|\sand\s|\s[A-Z]{2,}\b)")


def _post_nominal(match: re.Match[str]) -> bool:
    """True for a fellow's, a member's or an associate's letters, five or more led by "F", "M" or "A" before a body's
    initials, after a person's name, that end there or in a list: "Ian Shaw, FRICS, said"; spelled, though their
    letters make a word ("frics" the voice said). A photo's credit, "James Martin/CNET", "/REUTERS", is no fellow's."""
    return (len(match.group(1)) >= 5 and match.group(1)[0] in "FMA"
            and bool(_PERSON_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
                     and _LETTERS_END_AFTER.match(match.string, match.end()))
            and not _CREDIT_BEFORE.search(match.string, max(0, match.start() - 60), match.start()))


def _may_begin_a_word(word: str) -> bool:
    """False for four capitals opening with two consonants no English word opens with ("RNIB", "HMIC", "LNER"),
    unless a letter is said before a word: a "J" or a "Q" before a consonant ("JSON", "JLAB", "QGIS"), five letters or
    more ("JSTOR", "VSEPR": a letter, then a word), or a format known so ("MPEG": WORD_AFTER_A_LETTER)."""
    return (len(word) != 4 or word[0] in "AEIOUYJQ" or word[1] in "AEIOUYH" or word[:2] in WORD_INITIAL_PAIRS
            or word in WORD_AFTER_A_LETTER)


def spelled(word: str, plural: bool = False) -> str:
    """"FBI" -> "F.B.I", "FBIs" and "FBI's" -> "F.B.I.'s": engines spell dotted letters one by one, even an "A"
    ("A.A.R"), and say "'s" after a stop ("E.U's" they read "E dot U's")."""
    dotted = ".".join(word.upper())
    return dotted + ".'s" if plural else dotted


# "A38 to close overnight", "A4 paper will do": a capital A glued to digits is a road's, a paper's or a grade's
# letter even where it opens the sentence (the article there, once the digits were read apart: "uh thirty eight");
# inside a sentence letter_a says it "Eh" already. "A 38-year-old" (spaced) is the article; three and four digits
# ("A380", "A3400") are a model's or a road's, which namednumbers says with "Eh". So is one opening a bracket
# ("the coast road (A39)", "paper (A4 size)", "the studio (A24)"; "A thirty nine" it was, the article).
_A_BEFORE_DIGITS = compiled(r"A(?=\d{1,2}\b)"  # led by the letter (a scan in C); where it opens is looked at after
                             # not a MAC address's first pair ("A4:5E:60:C2:1B:9F"), whose rule says it with the rest
                             r"(?!\d[:-][\dA-Fa-f]{2}[:-][\dA-Fa-f]{2}[:-])")


# a crossword's lights, "12A and 14D", "the anagram at 7D": a clue's number and its direction, across or down,
# where the sentence speaks of the puzzle (CROSSWORD_WORDS); elsewhere "7D" is a seat, a flat or a bra's size, "12A"
# a film's rating or a flat, and "23A and 7D cross at the E" is left for want of the puzzle's words.
_LIGHT = compiled(r"(?<![\w.#/-])(\d{1,2})([AD])(?![\w'’/-])")
_LIGHT_DIRECTIONS = {"A": "across", "D": "down"}
_LIGHT_LABEL_BEFORE = compiled(r"\b(?i:seat|flat|row|gate|room|apt|unit|block|bay|stand|berth|cabin|no\.?) $")


def crossword_lights(text: str) -> str:
    """"12A and 14D are anagrams" -> "12 across and 14 down are anagrams", where the puzzle is named (the caller has
    looked for a digit before a capital and for the puzzle's words among the text's: CROSSWORD_WORDS)."""
    return _LIGHT.sub(_light, text)


def _light(match: re.Match[str]) -> str:
    """"14D" -> "14 down"; "3D" (three dimensions) and a seat's or a flat's "Seat 14D" are left."""
    if match.group(2) == "D" and match.group(1) in ("2", "3", "4"):
        return match.group(0)
    if _LIGHT_LABEL_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
        return match.group(0)
    return f"{match.group(1)} {_LIGHT_DIRECTIONS[match.group(2)]}"


def letter_a_before_digits(text: str) -> str:
    """"A38 closed" -> "Eh38 closed": the letter opening a sentence before its number, before numbers are read."""
    return _A_BEFORE_DIGITS.sub(_opening_letter_a, text)


def _opening_letter_a(match: re.Match[str]) -> str:
    """"Eh" for an "A" opening the text, a sentence or a bracket; another is left."""
    start, text = match.start(), match.string
    opens = start == 0 or text[start - 1] == "(" or (text[start - 1] == " " and text[start - 2:start - 1] in ".!?"
                                                      and start >= 2)
    return "Eh" if opens else "A"


def letter_a(text: str) -> str:
    """The letter A inside a sentence ("Plan A failed", "Texas A and M") is written "Eh".

    espeak-ng and Piper read a lone capital "A" as the article (a schwa); "Eh" they say as the letter.
    Before a capitalised word it stays: that is the article in a title ("Life Is A Highway").
    """
    if "(" in text and "(a)" in text:  # "(a) stay, (b) go": a list's letter, which espeak-ng reads as the article
        text = _LETTER_A_IN_BRACKETS.sub("(Eh)", text)
    if "-" in text and "A-" in text:
        text = _SPELLED_OUT.sub(lambda match: match.group(0).replace("A", "Eh"), text)
        text = _A_HYPHENED.sub("Eh", text)
    if "-" in text and "-A" in text:
        text = _CONNECTOR_A.sub("Eh", text)
    if "A" not in text or not (" A" in text or text.startswith(("A:", "A)", "A and "))):
        return text
    if " A " in text or " A." in text:  # the initial, spaced or stopped: a first look
        text = _INITIAL_A.sub(r"\1 Eh", text)
    return _LETTER_A.sub("Eh", text)


# "along the R. Wharfe", "the banks of the R. Tweed": a river's stopped "R." after "the" and a word of place or
# passage, before its name, is the word, as "Mt." before one is Mount ("R Wharfe" the voice said, an initial); "R.
# Hill scored", "the R. Kelly trial" (no word of place before) keep the initial. Led by the letter: scanned in C.
_RIVER_R = compiled(r"R(?<=\b[Tt]he R)\.(?= [A-Z][a-z]+)")
_PLACE_BEFORE_THE = compiled(r"\b(?i:along|over|across|beside|by|into|up|down|on|near|above|below|past|beyond|under"
                             r"|cross|crosses|crossed|crossing|ford|forded|spans|spanned|spanning|follow|follows"
                             r"|followed|following|banks of|bank of|mouth of|source of|confluence of) [Tt]he $")


def _river_r(match: re.Match[str]) -> str:
    """"along the R. Wharfe" -> "along the River Wharfe"; after no word of place the initial is left."""
    if _PLACE_BEFORE_THE.search(match.string, max(0, match.start() - 20), match.start()):
        return "River"
    return match.group(0)


def inner_full_stops(text: str) -> str:
    """Drop the full stop of an initial or a dotted acronym inside a sentence ("James T. Kirk", "U.S. Army").

    Piper and espeak-ng end a sentence at such a stop before a capital, and pause there.
    """
    if "." not in text.rstrip()[:-1]:
        return text  # most sentences hold one stop, their last: both rules want a stop with text after it
    # first looks in char_classes: a dotted capital before another, a dotted capital before a space
    if "A.A." in char_classes(text):
        text = _DOTTED_INNER.sub(r"\1", text)
    if "A. " not in char_classes(text):
        return text
    if "R. " in text:  # a river's "R." before its name, said as the word
        text = _RIVER_R.sub(_river_r, text)
    if "A. " in text:  # an initial "A", first or middle, said as the letter before its stop is dropped
        text = _STOPPED_INITIAL_A.sub(_stopped_initial_a, text)
    return _INITIAL_INNER.sub(_initial, text)


def _stopped_initial_a(match: re.Match[str]) -> str:
    """"Mrs E. A. Morgan", "the writer A. J. Pennington" -> "Eh": a stopped "A" after another initial or a rank
    ("Sister A. Boateng"), or opening a run of them after a word in lower case, a sentence's end or none; after another
    capitalised word ("Plan A. A. B. Smith") it is left."""
    before = _WORD_BEFORE_INITIAL.search(match.string, max(0, match.start() - 24), match.start())
    word = before.group(1) if before else ""
    if len(word) == 2 and word[0].isupper() and word[1] == ".":
        return "Eh"  # a middle initial: "E. A. Morgan"
    if word in RANKS_BEFORE_INITIALS:
        return "Eh"  # after a rank or a calling written as a title is: "Sister A. K. Boateng", "Canon A. Reid"
    if not match.group(1) or (word[:1].isupper() and not word.endswith((".", "!", "?"))):
        return match.group(0)
    return "Eh"  # also after a sentence's end ("in London. A. J. Cronin wrote it")


def _initial(match: re.Match[str]) -> str:
    """"James T. Kirk" -> "James T Kirk"; a letter a word labels keeps a stop that ends its sentence ("council tax
    band E. Offers over ..." ran the two sentences together)."""
    word = _WORD_BEFORE.search(match.string, max(0, match.start() - 16), match.start())
    if word is not None and word.group(1).lower() in LETTER_LABELS:
        return match.group(0)
    if word is not None and word.group(1) == "to" and _LETTER_TO.search(match.string, max(0, word.start() - 3),
                                                                      word.start()):
        return match.group(0)  # "in Bands A to C. A Band B home": a range of letters ends its sentence
    return match.group(1)


# A wire story's dateline: the place in capitals opening the paragraph ("NEW YORK, Jan. 5 ...", "SAN JOSE,
# Calif.--", "WASHINGTON (AP) —", "LONDON —"), said as the place's name. After its comma comes a month, a state or a
# country; in brackets an agency; "FBI, CIA and NSA" or "UK (AP)"-like initials are no place.
_MONTH_START = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d"
_AGENCY = r"\((?:AP|Reuters|AFP|UPI|CNN|dpa|Bloomberg|[A-Z][\w ]{0,20}(?:NEWSWIRE|WIRE|Wire|News))\)"
_DATELINE = compiled(
    r"^((?:[A-Z][A-Z'’.-]*[A-Z.]\s){0,3}[A-Z][A-Z'’.-]*[A-Z])"
    rf"(?=,\s(?:{_MONTH_START}|(?:[A-Z][a-z]{{1,12}}\.?|[A-Z]\.[A-Z]\.)(?:,|\s?\(|\s?[—–]|\s?--|\s-\s))|\s?{_AGENCY}|\s?(?:[—–]|--)\s?[A-Z]"
    r"|\s-\s[A-Z])")
_PLACE_WORD = compiled(r"[A-Z]*[AEIOUY][A-Z]*")
_WORD_START = compiled(r"(?:^|(?<=[\s.-]))[a-z]")  # "WINSTON-SALEM" -> "Winston-Salem", "JAN'N" -> "Jan'n"
# A press release's distribution service in its dateline ("/PRNewswire/ --", "(GLOBE NEWSWIRE) --",
# "--(BUSINESS WIRE)--"): the service's credit, which no one reads aloud; one dash stays as the pause.
_WIRE_CREDIT = compiled(
    r"\s?(--)?(?:/[A-Za-z][\w .&-]{0,40}(?i:newswire|wire|PRWeb|CNW)[\w .&-]{0,30}/"
    r"|\((?i:[\w .&-]{0,30}(?:newswire|wire|PRWeb)[\w .&-]{0,20})\))(?=\s?(?:--|—|–|-\s))")


# A wire story's slug before its headline: "UPDATE 2-Oil falls", "REFILE-...", no one reads aloud; "EXCLUSIVE-U.S.
# weighs ..." keeps its label, said as a label ("Exclusive: U.S. weighs ...").
_WIRE_SLUG = compiled(r"^(?:UPDATE\s\d{1,2}|UPDATE|RPT|REFILE|CORRECTED|CORRECTED\s\d{1,2})-(?=\S)")
_WIRE_LABEL = compiled(r"^(EXCLUSIVE|ANALYSIS|INSIGHT|FACTBOX|EXPLAINER|COLUMN|BREAKINGVIEWS|WRAPUP)-(?=\S)")


def datelines(text: str) -> str:
    """"NEW YORK, Jan. 5, 2025 /PRNewswire/ -- Acme ..." -> "New York, Jan. 5, 2025 -- Acme ...": the place as a name,
    a distribution service's credit and a wire's slug ("UPDATE 2-") dropped. The place only where the paragraph goes
    on in ordinary case (a headline in capitals is read by its own rule)."""
    if "/" in text or "(" in text:
        text = _WIRE_CREDIT.sub("", text, count=1)
    if "-" in text[:20]:
        text = _WIRE_LABEL.sub(lambda m: m.group(1).capitalize() + ": ", _WIRE_SLUG.sub("", text, count=1), count=1)
    place = _DATELINE.match(text)
    if place is None or in_capitals(text) or len(place.group(1)) < 4:
        return text
    if not all(_PLACE_WORD.search(word) or word.endswith(".") for word in place.group(1).split()):
        return text  # a word without a vowel is initials ("NSA")
    return _WORD_START.sub(lambda m: m.group(0).upper(), place.group(1).lower()) + text[place.end():]


def in_capitals(text: str) -> bool:
    """True for a line written mostly in capitals ("OAK BAY, CALIFORNIA, March, 1902"): judged before numbers
    become words, which would outnumber its capitals."""
    # two capitals side by side: a first look, and the pattern asked from the first pair (its match starts at one),
    # its matches counted from the first
    if (pair := char_classes(text).find("AA")) < 0 or (first := _SHOUTING.search(text, pair)) is None:
        return False
    shouted = len(_SHOUTING.findall(text, first.start()))
    return shouted >= 3 and shouted * 2 > len(_WORD.findall(text))


def _headline_word(match: re.Match[str]) -> str:
    """In a headline in capitals a word is a word; one with no vowel ("MILLS HIT BY TNT BLAST") is still letters."""
    if match.group(2) == "o":
        return match.group(0)  # a poker hand's "AKo" (_acronym), left as it was
    emphasis = _emphasis(match)
    if emphasis is not None:
        return emphasis
    word = match.group(1)
    if word in _PLAIN and len(word) < 3 and word not in _KEPT_JOINED and not match.group(2):
        # "WHY IT MATTERS": the small words of a headline are words ("IT" engines spell), but "IT JOBS CUT" is letters
        after = _NEXT_WORD_ANY_CASE.match(match.string, match.end())
        if word == "IT" and after is not None and after.group(1).lower() in NOUNS_AFTER_IT:
            return "I.T"
        return word.lower()
    if word in _TITLES_SPELLED and not match.group(2) and _title_in_place(match):
        return _TITLES_SPELLED[word]  # "DR JANE SMITH", "KING JR": espeak-ng spells "DR" and "JR" in capitals
    if not _VOWEL.search(word) and word not in _KEPT_JOINED and word not in _TITLES_IN_CAPITALS:
        return spelled(word, plural=bool(match.group(2)))
    return match.group(0)


def _title_in_place(match: re.Match[str]) -> bool:
    """A title before a name ("DR JANE", "MT EVEREST"; not "DR CONGO") or a suffix after one ("KING JR")."""
    if match.group(1) in ("JR", "SR"):
        return match.start() > 0 and match.string[match.start() - 1] in " ,"
    after = _NEXT_WORD_ANY_CASE.match(match.string, match.end())
    return after is not None and after.group(1).upper() != "CONGO"


# "Anna Berg (SWE)": a country's Olympic code in brackets after a name of two capitalised words that are not common
# words (a results table's athlete) is the country; after "the National Health Service" the brackets hold its
# initials, which the table does not list.
_BRACKETED_CODE = compiled(r"(?<=[a-z] \()([A-Z]{3})(?=\))")
_NAME_BEFORE = compiled(r"(?<![\w'’-])([A-Z][a-z'’-]+) ([A-Z][a-z'’-]+) \($")


def _olympic_code(match: re.Match[str]) -> str:
    """"Anna Berg (SWE)" -> "Anna Berg (Sweden)"; other capitals in brackets as written."""
    country = OLYMPIC_CODES.get(match.group(1))
    name = _NAME_BEFORE.search(match.string, max(0, match.start() - 60), match.start())
    if country is None or name is None or any(is_common_word(word.lower()) for word in name.groups()):
        return match.group(0)
    return country


# "out lbw", "rsvp by Friday", "a diy job": an initialism written small is spelled as in capitals (the voice said
# "lbw" as a word); a first capital only at a sentence's start ("Lbw appeals").
# each form stands apart in every match: a look among the text's words where they are at hand (nearly always, in
# acronyms), where the needles of the three forms cost a scan each of every text
_SMALL_INITIALISM_RUNS = SMALL_INITIALISMS | {word.capitalize() for word in SMALL_INITIALISMS}
_SMALL_INITIALISM_FORMS = "|".join(sorted(_SMALL_INITIALISM_RUNS))
_SMALL_INITIALISM = compiled(rf"(?<![\w'’@#./-])(?:{_SMALL_INITIALISM_FORMS})(?![\w'’@-]|\.\w)")


_DEGREE = compiled(rf"(?<![\w'’.-])(?:{'|'.join(sorted(DEGREES_IN_MIXED_CASE, key=len, reverse=True))})(?![\w'’-])")


def _small_inside(match: re.Match[str]) -> str:
    """"MoD" -> "M.o.D", spelled; "GaN" said; "GbE" in its words."""
    word = match.group(1)
    if word in _SMALL_INSIDE_SAID:
        return match.group(0)
    if word in _SMALL_INSIDE_WORDS and not match.group(2):
        return _SMALL_INSIDE_WORDS[word]
    return spelled(word, plural=bool(match.group(2)))


def acronyms(text: str, headline: bool | None = None) -> str:
    """Spell acronyms letter by letter ("FBI" -> "F.B.I.") or say the known ones as words ("NATO").

    headline: whether the line is written in capitals (see in_capitals), when known from the written text.
    """
    if (among_known_words(_SMALL_INITIALISM_RUNS, text) and ("bw" in text or "svp" in text or "iy" in text)
            and _SMALL_INITIALISM.search(text)):
        text = _SMALL_INITIALISM.sub(lambda m: spelled(m.group(0).upper()), text)
    # First looks at the letters' cases, substring tests where each class scanned the text (1-3 us a sentence):
    # a small letter before two capitals, a small letter between two.
    if "AA" in char_classes(text) and "aAA" in char_classes(text):  # "AA" first: see util.char_classes
        text = _MIXED_CASE.sub(lambda m: spelled(m.group(1), plural=bool(m.group(2))), text)
    if "AaA" in char_classes(text):
        text = _SMALL_INSIDE.sub(_small_inside, text)
    # two capitals side by side: a first look, and the pattern asked from the first pair (its match starts at one)
    if (pair := char_classes(text).find("AA")) < 0:
        return text
    # "MBChB", "BChD": a degree's letters, spelled; their "Ch" first (a short scan), the words after it: by now the
    # text has been rewritten, and its words are worked out again (5-10K instructions a text with capitals)
    if "Ch" in text and among_words(DEGREES_IN_MIXED_CASE, text):
        text = _DEGREE.sub(lambda m: spelled(m.group(0)), text)
    if not _CAPITALS_TO_READ.search(text, pair):
        return text
    if " (" in text and "a (AAA)" in char_classes(text):
        text = _BRACKETED_CODE.sub(_olympic_code, text)
    if in_capitals(text) if headline is None else headline:
        # A headline in capitals: its words are words, not acronyms; the common ones are written small.
        return _ACRONYM.sub(_headline_word, text)
    if "-" in text or "–" in text:  # a route's hyphen or en dash, a memchr before the route's look in the classes
        text = aviation.routes(text)
    text = _ACRONYM.sub(_acronym, text)
    if "n double O" in text:  # "an OO gauge layout", the article written for "oh oh": "a double O gauge layout"
        text = _AN_DOUBLE_O.sub(r"\1 double O", text)
    return text


def articles_in_capitals(text: str, headline: bool = False) -> str:
    """"A" before a word in capitals is the article ("12 A NIGHT AT SEA"), and in a headline before an amount ("WON
    A 3-1 VICTORY", "Why A 4-Day Week Works"), unless it names a letter ("PLAN A FAILED"): judged before numbers
    become words."""
    if " A " in text or text.startswith("A "):
        text = (_ARTICLE_IN_HEADLINE if headline else _ARTICLE_IN_CAPITALS).sub(
            lambda match: _article_or_letter(match, headline), text)
        if not headline and " A " in text and _ARTICLE_BEFORE_AMOUNT.search(text) and in_title_case(text):
            text = _ARTICLE_BEFORE_AMOUNT.sub(lambda match: _article_or_letter(match, headline), text)
    return text


def _article_or_letter(match: re.Match[str], headline: bool) -> str:
    """The article "a", or the letter after a letter's label or "an" (written "Eh" in a headline, where the letter
    rule would take a capitalised word after it for a title's article)."""
    if _AMPS_RATING.match(match.string, match.start() - 2 if match.start() >= 2 else 0):
        return "A"  # "a 20 A MCB", "32 A RCBOs": amps before the breaker they rate, left to the measure rules
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 16), match.start())
    if before is None:
        return "a"
    label = before.group(1).lower()
    if label == "an" or (label in LETTER_LABELS and (
            label not in _LABELS_ALSO_VERBS or not match.string[match.end() + 1:match.end() + 2].isalpha())):
        return "Eh" if headline else "A"
    return "a"
