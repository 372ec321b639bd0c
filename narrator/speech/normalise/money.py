"""English money: a sign, a code or a currency's name with its amount (or a range), pence and cents."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.amounts import (
    LABEL_BEFORE,
    NOT_COUNTED,
    NUM,
    SPELLED_SCALES,
    UNIT_ALT,
    a_hundred,
    amount,
    describes_a_noun,
)
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    CLOTTING_WORDS,
    CODES_ONLY_BEFORE,
    COUNTED_NOUNS,
    CURRENCIES,
    DECIMAL_MAJORS,
    DECIMAL_MINORS,
    DONG_SCALES,
    FREIGHT_UNITS,
    FUNDED_NOUNS,
    LETTERS_BEFORE_AMOUNT,
    MONEY_CUES,
    MONEY_SIGNS,
    PER_THINGS_SHORT,
    PERIODS,
    POWERS,
    PRICED_BY,
    PRICED_BY_THEIR_AMOUNT,
    SCALES,
    SIGNS_AFTER_AMOUNT,
    TAX_BASES,
    TAXES,
    UNCOINED_MAJORS,
    UNITS,
    WORD_CODES_AFTER_AMOUNT,
    WORD_CURRENCY_CODES,
    WORD_CURRENCY_PLACES,
)
from narrator.speech.normalise.scales import SCALED_UNIT_NEXT
from narrator.speech.normalise.util import alternation, among_known_words, char_classes, near, padded, sentence_stop

# the codes in letters; ether's "Ξ", a letter, is a sign (facts.MONEY_SIGNS) and read as the signs are
_LETTER_CODES = [k for k in CURRENCIES if k.isalpha() and k not in MONEY_SIGNS]
_SYMBOLS = "|".join(sorted((re.escape(k) for k in CURRENCIES if k not in _LETTER_CODES), key=len, reverse=True))
_CODES = "|".join(_LETTER_CODES)
# A scale word may follow a hyphen ("a $5-million deal"); a letter scale may stand after a space ("US$2 bn", "¥30 b"),
# but not before "&" or a hyphen ("$5 T-shirts"),
# unless the hyphen opens the second amount of a span ("$100k-$150k"), a rate ("£200k-a-week") or a participle
# ("£45m-rated"); and a ledger's "b/f" after a sum is brought forward ("£2,310.55 b/f": "billion pounds/f" it was).
_PARTICIPLE = r"[a-z]{2,}ed\b"  # "rated", "valued", "funded": what an amount joined to it describes
_SCALE = (
    rf"(?:[\s-]?({SPELLED_SCALES})\b|\s?(k|K|m|mn|M|mln|bn|bln|Bn|BN|b|B|trn|tn|T)\b"
    rf"(?![&'’]|(?<=b)/f\b|-(?![{MONEY_SIGNS}\d]|an?-|{_PARTICIPLE})))"
)
# A look ahead for a sign's or a code's first character first: most positions fail there, before the look behind and
# the alternations ($4.5 billion, £3.2bn, EUR 300 million in a sentence: 4.7 -> 3.0 us).
_MONEY_LEAD = "(?=[" + "".join(sorted({re.escape(key[0]) for key in CURRENCIES})) + "])"
_MONEY = compiled(
    rf"{_MONEY_LEAD}(?<![\w{MONEY_SIGNS}])(?:({_SYMBOLS})\s?|\b({_CODES})\s?)(-?{NUM}){_SCALE}?"
    rf"(?:\s?(?:-|to)\s?(?:{_SYMBOLS})?({NUM}){_SCALE}?)?"
    # "/mo." takes its full stop only mid-sentence: "$5/mo." at the end keeps the sentence's own.
    rf"(?:\s?(?:/|per\s)\s?(?:(?i:((?:yr|mo|wk|hr)\.(?=\s+[a-z])|(?:yr|year|y|mo|month|wk|week|day|d|hr|h|hour|nt|night)\b))"
    # "$4/kg": a price per unit of measure; "$1.50/gallon", "$30/person": per a thing named in full.
    rf"|((?:{UNIT_ALT})(?:[23](?!\d))?)(?![\w°/])|(?<=/)([a-z]{{3,15}}|sh|{'|'.join(FREIGHT_UNITS)})\b(?![/'’-])))?"
    # "£30,000 pa", "£800 pcm", "£550 pm", "£120 p.w.", "€150pn": a salary, a rent or a room as British listings
    # give it ("pm" without stops: "p.m." after an amount is left)
    r"(?:\s?(pa|p\.a\.|pcm|pm|pw|p\.w\.|pn|pppn|p/m|p/w|e/w)(?![\w/]|\.\w)|\s(ea)\b\.?)?"
)
# "₹1.5 cr", "Rs 500 cr", "Rs 3.5L", "₹10 lakh cr": Indian papers shorten crore and lakh after a rupee amount (only
# there: "$5 L" is no lakh); after a span of them too, "Rs 10–12 cr", "₹2-3 L" ("ten rupees to twelve rupees cr" it
# was).
_INDIAN_SCALE = compiled(r"((?:₹|\bRs\.?|\bINR)\s?" + NUM + r"(?:(?:\s?[–-]\s?|\sto\s)(?:₹|Rs\.?\s?)?"
                         + NUM + r")?\s?(?:lakh\s)?)(cr|Cr|crs|L|lac|lacs)\b(?!['’-])")
_INDIAN_SCALES = {"cr": "crore", "Cr": "crore", "crs": "crore", "L": "lakh", "lac": "lakh", "lacs": "lakh"}
# "a £899 fee", "a £18m deal": the article written for the sign is said before the amount's first sound, "an
# eight hundred..." ("a eight hundred" it was), as fractions.an_before_vowel_numbers says "an eighth share".
_A_BEFORE_VOWEL_AMOUNT = compiled(r"(?:(?<=^)[Aa]|(?<=\s)a)(?= (?:eigh|elev))")
# and "an £0.50 fee", "an $100 deposit": the article written for the sign ("an" for "pound" or "euro" as some writers
# say it) is said "a" before an amount said with a consonant, "a fifty penny fee" ("an fifty penny fee" it was).
_AN_BEFORE_SIGN = compiled(rf"(?<!\w)[Aa]n [{MONEY_SIGNS}]")
_AN_BEFORE_CONSONANT_AMOUNT = compiled(
    r"(?:(?<=^A)|(?<=\s[Aa]))n(?= (?:one|two|three|four|five|six|seven|nine|ten|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|ninety|hundred|thousand|million|billion)\b)")
# "£9.35 inc VAT", "£12.99 ex VAT": a price's tax basis shortened after it, said in full (facts.TAX_BASES).
_TAX_BASIS = compiled(rf"(?<=\d)\s({'|'.join(TAX_BASES)})\.?\s(?=(?:{'|'.join(re.escape(t) for t in TAXES)})\b)")
_RENT_PERIODS = {"pa": "a year", "pcm": "a month", "pm": "a month", "pw": "a week", "pn": "a night",
                 "pppn": "per person per night",
                 # a rent's or a subscription's period with a stroke, "£45 p/m", and a bet's stake "each way",
                 # "£2 e/w" (both went to the voice as written)
                 "p/m": "a month", "p/w": "a week", "e/w": "each way"}
# "R50,000", "R1.2bn", "R2.5 million", "R2.3-billion", "R18.90": South African rand, where the amount could be
# nothing else (grouped digits, a scale, or cents: no road, rating or version has two decimals); a bare "R2" or "R 5"
# may be anything.
_RAND = compiled(r"R(?<![\w$.,]R)(?=\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?(?:bn|m|k\b|[\s-](?:million|billion)\b)"
                 r"|\d+\.\d\d(?![\d.]))")
# ... and at both ends of a span, "R2,000–R5,000": the second code goes, and the span is read as one of rand
_RAND_AGAIN = compiled(r"(?<=\d)([–-])ZAR (?=\d)")
# "cost R 350", "paid R 1 500": the rand spaced from its amount, only after a word of money before it in the sentence
# (or standing alone, a price's cell): "the R 44" is a road, "R 2" a rating. And glued to it after such a word,
# "Tickets cost R250", "fined R5 000" ("R two fifty" it was): "the R250" is a road, "an R2 of 0.8" a statistic.
_RAND_AMOUNT = r"(\d{1,3}(?: \d{3})+|\d{1,3}(?:,\d{3})+|\d+)(\.\d\d)?(?![\w,.]\d|\w)"
_SPACED_RAND = compiled(r"(?<![\w$.,])R( )" + _RAND_AMOUNT)
# ... and a span with the rand's letter at both ends, "cost R50–R100" (its dash read "to" by then), "from R15 to R20":
# the second amount is the rand's too ("fifty rand to R one hundred" it was)
# (led by its letter: the scan for it runs in C)
_GLUED_RAND = compiled(r"R(?<![\w$.,]R)()" + _RAND_AMOUNT + r"(?:([–-]| to )R" + _RAND_AMOUNT + ")?")
_MONEY_CUE_BEFORE = compiled(rf"\b(?i:{'|'.join(sorted(MONEY_CUES))})\b[^.;:\d]{{0,14}}$")
# a glued amount's cue right before it, or with a word of how much between ("cost R250", "fined just R80"): "cost us a
# new R2 chip" names a part
_MONEY_CUE_JUST_BEFORE = compiled(rf"\b(?i:{'|'.join(sorted(MONEY_CUES))}|was|is|of|for|at|and)\s"
                                  r"(?:(?:just|only|about|around|roughly|nearly|almost|over|under|up to|from|of"
                                  r"|at)\s)?$")
# "₫1.5 tỷ", "₫25 triệu": the dong with a Vietnamese scale word after its amount, the English one ("one dong fifty hao
# tỷ" it was)
_DONG_SCALED = compiled(rf"(₫ ?\d+(?:\.\d+)?) ({'|'.join(DONG_SCALES)})(?!\w)")
# "INR 2.5" on a lab report is the international normalised ratio, a small number with one decimal ("I N R two point
# five"), and so is any "INR" in a sentence of the clinic (facts.CLOTTING_WORDS); a scale, paise or a word of money
# make it rupees ("INR 2.5 crore", "costs INR 450").
_INR_AMOUNT = compiled(r"(?<![\w$.,])INR (?=(\d[\d,]*(?:\.\d+)?)"
                       r"(\s?(?:crore|cr|lakh|lac|L|million|billion|bn|m|k)\b)?)")
_SMALL_RATIO = compiled(r"\d(?:\.\d)?")
_CLOTTING = compiled(rf"\b(?i:{'|'.join(sorted(CLOTTING_WORDS))})\b")
# "N2.5trn", "N450 billion", "N5,000": Nigeria's naira written with a plain "N" (for "₦"), where the amount could be
# nothing else (a scale or grouped digits: "N2" is nitrogen, "N95" a mask).
_NAIRA = compiled(r"N(?<![\w$.,]N)(?=\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?(?:bn|trn|tn|m)\b"
                  r"|\d+(?:\.\d+)?\s(?:million|billion|trillion)\b)")
# "€3.5bn-plus": a scale against the amount, then a hyphen to a word; parted by a space, the amount is read with
# its scale ("$5 T-shirts" keeps its hyphen: the letter there is no scale). "£5.5m-a-year" keeps its hyphens: the
# amount describes what follows ("a five point five million pound a year deal"), as "£45m-rated" does.
_SCALE_HYPHEN = compiled(rf"([{MONEY_SIGNS}]\s?\d[\d.,]*)(k|m|mn|bn|trn|tn|K|M|B|T)-(?=[a-z])(?!an?-|{_PARTICIPLE})")
# "€2,50", "3,99 €": a decimal comma, as much of Europe writes prices in euros; two digits after it are cents,
# never the thousands of "€2,500".
# "€1,5 million": one digit after the comma too, before a scale's word (no thousands are written so).
_DECIMAL_COMMA = compiled(r"(?<=€)(\s?\d{1,3}),(\d{2}(?![\d,]|\.\d)|\d(?=\s(?:million|billion|trillion|mn|bn|mln)\b))"
                          r"|(?<![\w.,])(\d{1,3}),(\d{2})(?=\s?€)")
# and in Brazil's reais, which write a decimal comma always ("R$ 59,90"; "fifty nine reais,90" it was).
_REAIS_DECIMAL_COMMA = compiled(r"(?<=R\$)(\s?\d{1,3}),(\d{2}(?![\d,]|\.\d)|\d(?=\s(?:million|billion|trillion)\b))")
# "2.50 dollars", "3.99 euros": a price written with the currency's name, read as the sign's would be ("two point five
# zero" it was); "pounds" may weigh.
_DECIMAL_BEFORE_NAME = compiled(r"(?<![\w.,$€£])(\d{1,3}(?:,\d{3})*|\d+)\.(\d{2})\s(dollars|euros)\b")
# Words that stand apart in every match of their rule: a first look among util.letter_words where they are at hand.
_CURRENCY_NAMES = frozenset({"dollars", "euros"})
_NAME_SIGNS = {"dollars": "$", "euros": "€"}
# "1.200 €", "12.500,50 €": where the sign follows the amount, as in Europe, a stop between groups of three is a
# thousands' ("one euro twenty cents" it was), as its comma is the cents'.
_STOPPED_GROUPS = compiled(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")
_TRAILING_SYMBOL = compiled(  # "1,45 €/L", "50,000₫"
    rf"(?<![\w.,])({NUM})\s?([{re.escape(SIGNS_AFTER_AMOUNT)}])(?:/({UNIT_ALT})(?![\w°/]))?(?!\w)")
# "50p", "99c": pence and cents written against an amount under a pound or a dollar ("1080p" is a video's lines).
_MAY_BE_SMALL_CHANGE = compiled(r"\d[pc]\b")
# "145.9p a litre", "52.95p": pence with a decimal, as fuel and its duty are priced (a video's "720p" has none).
# "7p/kWh", "59c/lb": per a unit. "Shares rose to 1,234p": a share's price in pence, its thousands marked.
# Also before a hyphened rate they head, "a 10p-a-minute fare", "the 5p-per-bag charge", "a 20c-a-gallon rise" ("ten
# p-a-minute" it was): "-a-", "-an-" or "-per-" before a word; "a 50p-piece" and "10p-10p" are left.
_SMALL_CHANGE = compiled(  # not "8K/30p", nor a colour's "#09c"
    rf"(?<![\w.,{MONEY_SIGNS}/#])(\d{{1,3}}(?:,\d{{3}})?(?:\.\d{{1,2}})?)([pc])\b"
    rf"(?![\w'’]|-(?!(?:a|an|per)-[a-z])|\.\w)(?:/({UNIT_ALT})(?![\w°/]))?")
# A video's lines, not pence: "720p" ("345p" is a share price in pence).
_VIDEO_LINES = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})  # "1,440p" too
# but pence after a price's or a share's words: "a target price of 360p", "shares at 480p each", "an offer of
# 720p a share" ("three sixty p" it was); "streams at 720p" and "a 1080p screen" stay lines.
_PENCE_BEFORE = compiled(r"\b(?:price|prices|priced|shares?|valued|offer|bid|target)\b(?:\s+[a-z]+)?"
                         r"\s+(?:of|at|to|from)\s+$")
# and the price ends there or goes on with what it is per ("the price of 720p TVs" names the sets).
_PENCE_AFTER = compiled(r"\s*(?:[.,;:)]|$)|\s(?:each|a share|per share|apiece|and|or|to|from|in|on|at|by|after|with)\b")
# "£9.99pp": a price per person (a number's "pp" alone is pages or percentage points, words.py).
# also after what the price is, one word of a booking's ("£35 deposit pp", "£12 supplement pp").
_PER_PERSON = compiled(rf"([{MONEY_SIGNS}]\s?\d[\d,]*(?:\.\d+)?(?:k|m|bn)?"
                       r"(?: (?:deposit|supplement|surcharge|extra|discount|single supplement))?)\s?pp\b(?!\.?\s?\d)")
# "20 EUR", "5 million USD": a code after the amount.
_CODES_AFTER = "|".join(k for k in _LETTER_CODES if k not in CODES_ONLY_BEFORE)
_TRAILING_CODE = compiled(rf"(?<![\w.,{MONEY_SIGNS}])({NUM})(?:\s({SPELLED_SCALES}))?\s({_CODES_AFTER})\b(?!['’-])")
# "1/4 BTC", "1/2 EUR", "3/4 USD": a proper fraction of one currency's unit, "one quarter of a bitcoin" (the
# code's rule read the denominator alone, "one/four bitcoin", and the stroke became "or"). Led by the digit.
_FRACTION_CODE = compiled(rf"(\d)(?<![\w.,/]\d)/(\d{{1,2}})\s({_CODES_AFTER})\b(?![/'’-])")
# "8.3 mn people", "40bn": a scale that is no unit of measure ("m" alone may be meters, "b" bits or a label).
_BARE_SCALE = compiled(rf"(?<![\w.,])({NUM})\s?(bn|bln|trn|tn|mln|mn)\b")
_BARE_SCALE_WORDS = frozenset({"bn", "bln", "trn", "tn", "mln", "mn"})
_MONEY_SIGN = compiled(f"[{MONEY_SIGNS}]")
# looser than the rules (no boundary before): a first look; the crown's "kr" has its own, behind a substring test (here
# it would be one more branch tried at every position of most sentences)
_LOOKED_CODES = [code for code in _CODES.split("|") if code != "kr"]
# factored by their letters (util.alternation): each capital tried every code in turn
_MAY_BE_CODE = compiled(rf"(?:{alternation(_LOOKED_CODES)})(?:\b|(?=\d))")
_MAY_BE_CROWNS = compiled(r"\bkr(?:\b|(?=\d))")
# "Tk 1,200", "Ks5,000", "Nu. 300": the letters before a digit, not after a stroke ("Tcl/Tk 8.6") or a letter
_LETTERS_BEFORE = compiled(rf"(?<![\w/.])(?:{'|'.join(re.escape(letters) for letters in LETTERS_BEFORE_AMOUNT)})"
                           r"\s?(?=\d)")
# a toolkit's version after "Tk" ("Tk 8.6", "Tk 9"): no price in taka is under ten unscaled
_VERSION_AFTER = compiled(rf"\d(?:\.\d{{1,2}})?(?![\d.,])(?!{_SCALE})")
_CODE_SMALL_LEADS = frozenset(code[0] for code in _LOOKED_CODES if not code.isupper())  # "Rs", "KSh", "zł"
# "the NZ$ rose", "against the US$": a dollar named by its country's letters with no amount after it.
_DOLLARS_BY_COUNTRY = "|".join(re.escape(k) for k in CURRENCIES if k.endswith("$") and k[:-1].isalpha())
_DOLLAR_ALONE = compiled(rf"(?<![\w$])(?:{_DOLLARS_BY_COUNTRY})(?!\s?[\d$])")
# "45p in the £", "the $ rose", "against the €": a currency's sign with no amount after it, named as the currency.
_SIGN_ALONE = compiled(r"[$£€¥₹](?<=\b[Tt]he [$£€¥₹])(?![\w$£€¥₹]|\s?[\d.,]\d|\s?\d)")  # led by the class: in C
# "the €/£ rate", "the $/¥ pair": two signs joined by a slash with no amount by them, a rate's pair named by its
# currencies, as "EUR/USD" is ("euro/£" it was, the second sign left to the voice).
_SIGN_PAIR = compiled(r"[$£€¥₹](?<![\w$£€¥₹][$£€¥₹])/([$£€¥₹])(?![\w$£€¥₹]|\s?[\d.,]?\d)")  # led by the class: in C


def _money_words(value: str, names: tuple[str, str, str, str], scale: str | None, singular: bool = False) -> str:
    """"$20.50" -> "twenty dollars fifty cents"; "$2.5 million" -> "two point five million dollars".

    singular: the amount describes a noun ("a $5 bill"), so every unit is said in the singular.
    """
    major, majors, minor, minors = names
    if singular:
        majors, minors = major, minor
    plain = value.lstrip("-").replace(",", "")
    sign = "minus " if value.startswith("-") else ""
    whole, _, cents = plain.partition(".")
    if scale:
        return f"{sign}{amount(plain)} {scale} {majors}"
    if len(cents) > 2 and set(cents[2:]) == {"0"}:
        cents = cents[:2]
    if major in DECIMAL_MAJORS:  # a dinar's thousandths: said as decimals, without the zeros that pad them to three
        cents = cents.rstrip("0")
    # a coin's decimals are fractions of it, not hundredths in satoshis: "BTC 0.5" is "zero point five bitcoin"; so
    # are a dinar's thousandths
    coin = minor in DECIMAL_MINORS or major in DECIMAL_MAJORS or major in UNCOINED_MAJORS
    if len(cents) > 2 or (cents and not whole and len(cents) != 2) or (cents and coin):
        whole_words = numbers.cardinal_with_and(int(whole or "0")) + " " if whole or coin else ""
        return f"{sign}{whole_words}point {numbers.digits(cents)} {majors}"
    whole_value = int(whole or "0")
    cent_value = int(cents.ljust(2, "0")) if cents else 0
    parts = []
    if whole_value or not cent_value:
        parts.append(f"{numbers.cardinal_with_and(whole_value)} {major if whole_value == 1 else majors}")
    if cent_value and singular and whole_value and minor == "penny":
        # "a £2.50 booking fee" is "a two pound fifty booking fee": pence after pounds before a noun are not named
        # ("two pound fifty penny" it was); a cent is, as the sweeps' rows say it ("a six euro fifty cent croque")
        parts.append(numbers.cardinal(cent_value))
    elif cent_value:
        parts.append(f"{numbers.cardinal(cent_value)} {minor if cent_value == 1 else minors}")
    return sign + " ".join(parts)


def _scale(match: re.Match[str], first: int) -> str | None:
    """The scale word from groups first (spelled) or first + 1 (abbreviated)."""
    word = match.group(first) or match.group(first + 1)
    return SCALES[word] if word else None


# "a $100-a-night room", "a £30-a-head dinner": a price per something, hyphened before the noun it describes.
# "a $5-a-day habit", "a £5.5m-a-year deal": an amount at a rate before a noun describes it ("he earns $5-a-day" and
# "$5-a-day in tips" are amounts).
# "the £45m-rated striker", "a $2bn-valued firm": an amount joined to a participle describes the noun after it.
_PARTICIPLE_JOINED = compiled(f"-{_PARTICIPLE}")
_A_RATE_AFTER = compiled(
    r"-an?-[a-z]+[ -](?!(?i:in|on|at|to|for|from|and|or|but|of|by|with|as|than|the|a|an|is|was|are|were|that)\b)"
    r"[a-zA-Z]"
)


# "$5m to 20 staff", "$2.1bn to 1.3 million people": after "to", an amount before a counted noun is whom the money
# goes to, not the top of a range ("one point three million dollars people" before).
_TO_A_COUNT = compiled(r"\s?to\s?(?=[\d.,]+(?:\s?(?:k|m|bn|million|billion))?\s+[a-z]+\b)")
_NOUN_NEXT = compiled(r"\s+([a-z]+)\b")
_CURRENCY_WORDS = frozenset(names[1].split()[-1] for names in CURRENCIES.values()) | {"cents", "pence"}


def _to_a_count(match: re.Match[str]) -> int | None:
    """Where the first amount of a money span ends when its "to" leads to a count of people or things, else None."""
    if not match.group(6) or match.lastindex is None or match.lastindex > 8:
        return None
    first_end = max(match.end(i) for i in (3, 4, 5) if match.group(i))
    if not _TO_A_COUNT.match(match.string, first_end):
        return None
    noun = _NOUN_NEXT.match(match.string, match.end())
    if noun is None or noun.group(1) in NOT_COUNTED or noun.group(1) in _CURRENCY_WORDS:
        return None
    word = noun.group(1)
    return first_end if word in COUNTED_NOUNS or (word.endswith("s") and not word.endswith("ss")) else None


# "£2 coin", "£20 notes", "the £1 coin-operated lockers": the money a coin or a note is worth names it, with no
# article before it, and is said in the singular ("two pound coin"); "bills" may be what the money pays ("£150 bills").
_COIN_OR_NOTE_AFTER = compiled(r"\s(?:coins?|notes?|banknotes?|bill)\b|\scoin-op")  # a "bill" too ("$5 bill")


# "passes $1.8 billion budget", "agrees £40m fee": a sum with its scale before what it names, with no article before it
# as a headline writes it (facts.FUNDED_NOUNS; "a $2bn deal" was read singular, "$2bn deal" plural). A scale, or a
# sum in thousands ("reopens after £250,000 refurbishment", "lands £5,000 grant"), is wanted: "paid $25 fee" may be
# "paid $25 (in) fees" cut short, but no one writes "raised $300 million" or "£186,000" and then a noun it is not.
# One word may name what is funded before it ("£2.5m roads plan", "$2 billion transit plan"), a word of grammar not.
def _funded_noun_after(nouns: frozenset[str]) -> re.Pattern[str]:
    """The pattern of one of these nouns after a sum, with a word before it that may name what is funded."""
    return compiled(
        r"\s(?:(?!(?:to|in|on|for|of|a|an|the|and|or|from|with|by|at|as|per|each|its|their|his|her|this|that|last"
        r"|next|over|under|above|below|within|off|short|more|less|into|onto|after|before|since|until|towards?)\b)"
        rf"[a-z]{{3,15}}\s)?(?:{'|'.join(sorted(nouns))})\b(?![\w'’-])")


_FUNDED_NOUN_AFTER = _funded_noun_after(FUNDED_NOUNS)
# A funding round is raised in millions, written with its scale; after a sum in thousands a "round" is a fare's trip
# ("averaging $1,050 round trip").
_THOUSANDS_FUNDED_AFTER = _funded_noun_after(FUNDED_NOUNS - {"round"})


# "for every £1 raised", "each $1 invested", "20p in every £1": one of a currency after a word that shares or rates by
# it is the currency's name alone, as said ("every one pound" it was); "he paid £1" keeps its "one".
_SHARED_BY_BEFORE = compiled(r"\b(?i:every|each|per)\s$")


def _in_thousands(value: str) -> bool:
    """Whether a sum written in digits is a thousand or more ("186,000", "2500"): big enough to name what it funds."""
    whole = value.partition(".")[0].replace(",", "")
    return len(whole) >= 4


# A currency's code that is also a word or a language ("PEN", "TRY", "PHP", "COP": facts.WORD_CURRENCY_CODES) before
# an amount, or a span of two, read as money only where the amount or the sentence prices: a price's cents, a scale
# ("GEL 1.5m", "QR2.5bn"), thousands in groups ("COP 120,000"), what it is priced by after it ("RON 45 a night"), a
# word of price near ("costs PEN 35"), or another currency ("TRY 250, about USD 8"); "TRY 3 times", "PHP 8", "a PEN 2
# nib", "RON 95-98" and "COP 28" are left. Joined to its amount, only a scale or thousands say so ("COP28" is left).
_WHOLE_AMOUNT = r"(\d{1,3}(?:,\d{3})+|\d{1,7})"
_WORD_CODE_AMOUNT = compiled(rf"\b({'|'.join(WORD_CURRENCY_CODES)})( ?){_WHOLE_AMOUNT}(?:(\.\d\d)|(\.\d{{1,2}})? ?"
                             r"(bn|m|tn|million|billion|trillion)\b|[–-]" + _WHOLE_AMOUNT + r")?(?![\w,.]\d|\w)")
# and three of them after an amount, where the phrase ends or a rate follows ("Entry: 15 GEL.", "50,000 COP a night")
_AMOUNT_WORD_CODE = compiled(rf"(?<![\w.,]){_WHOLE_AMOUNT}(\.\d\d)? ({'|'.join(WORD_CODES_AFTER_AMOUNT)})"
                             r"(?=[.,;:!?)]?$|[.,;:!?)] |(?: (?:an?|per|each) )(?!\w+\w\d))")
_PRICE_TALK = compiled(rf"\b(?i:{'|'.join(sorted(MONEY_CUES))})\b|[{MONEY_SIGNS}]|\b(?:{_CODES})\b")
_PRICE_WORD_BEFORE = compiled(rf"\b(?i:{'|'.join(sorted(MONEY_CUES))}):? $")
_PRICED_BY_AFTER = compiled(rf" (?:an?|per|each) (?:{'|'.join(sorted(PRICED_BY))})\b")


_CODE_PLACES = {code: compiled(rf"\b(?:{'|'.join(places.split())})\b") for code, places in WORD_CURRENCY_PLACES.items()}


def _word_code_amount(match: re.Match[str]) -> str:
    """"costs PEN 35" -> "costs thirty five soles", "COP 120,000" -> "one hundred twenty thousand Colombian pesos";
    the code and its number as written where nothing prices."""
    code, joined = match.group(1), not match.group(2)
    whole, cents, scale, upper = match.group(3), match.group(4), match.group(6), match.group(7)
    shown = bool(scale or "," in whole or "," in (upper or ""))  # the amount's own look says money
    if joined and not shown:
        return match.group(0)
    priced_near = (_PRICE_WORD_BEFORE.search(match.string, max(0, match.start() - 16), match.start()) is not None
                   if code in PRICED_BY_THEIR_AMOUNT else near(_PRICE_TALK, match, 80))
    if not (shown or cents or priced_near or _PRICED_BY_AFTER.match(match.string, match.end()) is not None
            or (len(whole) > 1 and near(_CODE_PLACES[code], match, 120))):
        return match.group(0)
    names, singular = WORD_CURRENCY_CODES[code], describes_a_noun(match)
    if scale:
        return padded(match, _money_words(whole + (match.group(5) or ""), names, SCALES[scale], singular))
    spoken = _money_words(whole + (cents or ""), names, None, singular)
    if upper:
        spoken += " to " + _money_words(upper, names, None, singular)
    return padded(match, spoken)


def _amount_word_code(match: re.Match[str]) -> str:
    """"Entry: 15 GEL." -> "Entry: fifteen lari."; "2 AMD GPUs" is left (the pattern asks for the phrase's end)."""
    return padded(match, _money_words(match.group(1) + (match.group(2) or ""), WORD_CURRENCY_CODES[match.group(3)],
                                      None))


def word_codes(text: str) -> str:
    """"PEN 45", "TRY 500", "PHP 299" where the sentence prices: soles, lira and pesos. Its caller (money) asks its
    first look: three capitals, a space and a digit in the classes, then the codes themselves (the pattern's scan of
    every text with a code of capitals before a number, "NHS 111", "ISO 9001", cost 0.2% of a pass)."""
    return _WORD_CODE_AMOUNT.sub(_word_code_amount, text)


def word_codes_after(text: str) -> str:
    """"Entry: 15 GEL." -> "Entry: fifteen lari.": the codes that are words, after an amount that ends its phrase."""
    return _AMOUNT_WORD_CODE.sub(_amount_word_code, text)


def _letters_before(match: re.Match[str]) -> str:
    """"Tk 1,200" -> "BDT 1,200", unless the letters are the toolkit's before its version ("Tk 8.6")."""
    letters = match.group(0).rstrip()
    if letters == "Tk" and _VERSION_AFTER.match(match.string, match.end()) is not None:
        return match.group(0)
    return LETTERS_BEFORE_AMOUNT[letters] + " "


def _money(match: re.Match[str]) -> str:
    first_end = _to_a_count(match)
    if first_end is not None:  # said as the first amount alone; the count after "to" is read as a count
        first = match.re.match(match.string[:first_end], match.start())
        if first is not None:
            return _money(first) + match.string[first_end:match.end()]
    names = CURRENCIES[match.group(1) or match.group(2)]
    value, scale, upper, upper_scale = match.group(3), _scale(match, 4), match.group(6), _scale(match, 7)
    singular = (describes_a_noun(match) or _A_RATE_AFTER.match(match.string, match.end()) is not None
                or _PARTICIPLE_JOINED.match(match.string, match.end()) is not None
                or (not scale and _COIN_OR_NOTE_AFTER.match(match.string, match.end()) is not None)
                or (bool(scale or upper_scale) and _FUNDED_NOUN_AFTER.match(match.string, match.end()) is not None)
                or (_in_thousands(upper or value)
                    and _THOUSANDS_FUNDED_AFTER.match(match.string, match.end()) is not None))
    if upper and upper_scale and not scale:
        # "$1.5-2bn", "HK$3 to HK$4 billion": the scale and the currency are said once, after the range.
        plain = value.replace(",", "")
        plain = plain.rstrip("0").rstrip(".") if "." in plain else plain  # "5.50 million" is 5.5 million
        spoken = amount(plain) + " to " + _money_words(upper, names, upper_scale, singular)
    elif (value == "1" and not scale and not upper
          and _SHARED_BY_BEFORE.search(match.string, max(0, match.start() - 6), match.start())):
        spoken = names[0]
    else:
        spoken = _money_words(value, names, scale, singular)
        if upper:
            spoken += " to " + _money_words(upper, names, upper_scale or scale, singular)
    if match.group(9):
        spoken += " per " + PERIODS[match.group(9).rstrip(".").lower()]
    elif match.group(10):
        unit = match.group(10)
        if unit not in UNITS:  # "€3,000/m2": per square meter
            unit, power = unit[:-1], POWERS[unit[-1]]
            spoken += f" per {power} {UNITS[unit][0]}"
        else:
            spoken += " per " + UNITS[unit][0]
    elif match.group(11):
        spoken += " per " + PER_THINGS_SHORT.get(match.group(11), match.group(11))  # "$34/sh", "€12/btl"
    if match.group(12):
        spoken += " " + _RENT_PERIODS[match.group(12).replace(".", "")] + sentence_stop(match)
    elif match.group(13):
        spoken += " each" + sentence_stop(match)  # "$35 ea."
    return padded(match, a_hundred(match, spoken) if singular else spoken)


def _trailing_symbol(match: re.Match[str]) -> str:
    """"5€" -> "five euros"; "1.5¢" -> "one point five cents" (a cent has no smaller unit)."""
    value, symbol, unit = match.group(1), match.group(2), match.group(3)
    if _STOPPED_GROUPS.fullmatch(value):  # "1.200 €": a sign after the amount writes its thousands with stops
        value = value.replace(".", "")
    per = f" per {UNITS[unit][0]}" if unit else ""
    if symbol == "¢":  # "a 99¢ coffee", "25¢ stamps": singular before what it prices, as "a 20c coin" is
        singular = value == "1" or (not per and (describes_a_noun(match) or _COIN_OR_NOTE_AFTER.match(
            match.string, match.end()) is not None))
        return padded(match, amount(value) + (" cent" if singular else " cents") + per)
    return padded(match, _money_words(value, CURRENCIES[symbol], None) + per)


def _trailing_code(match: re.Match[str]) -> str:
    scale = SCALES[match.group(2)] if match.group(2) else None
    return padded(match, _money_words(match.group(1), CURRENCIES[match.group(3)], scale))


def _fraction_code(match: re.Match[str]) -> str:
    """"1/4 BTC" -> "one quarter of a bitcoin", "3/4 USD" -> "three quarters of a U.S dollar"; "3/2 EUR" is left."""
    top, bottom = int(match.group(1)), int(match.group(2))
    if not 0 < top < bottom:
        return match.group(0)
    major = CURRENCIES[match.group(3)][0]
    if describes_a_noun(match):  # "a 1/4 INR coin": "a one quarter rupee coin"
        return f"{numbers.fraction(None, top, bottom)} {major}"
    article = "an" if major[:1] in "AEIOaio" else "a"  # "of an Indian rupee"; "of a euro", "of a U.S dollar"
    return f"{numbers.fraction(None, top, bottom)} of {article} {major}"


# A class of service, named by its rank before "class" ("a 2nd Class 87p", "first class 95p"): what follows is its
# price, no label of the class, as with a hyphen ("second-class 87p") it was already.
_CLASS_OF_SERVICE = compiled(r"\b(?i:first|second|third|1st|2nd|3rd) (?i:class) $")


# A bicycle tyre's width, its millimetres followed by a "c" (the French rim size's letter): "28c tyres", "clearance for
# 32–40c" ("twenty eight cents tyres" it was); said as the cyclist says it, "twenty eight c".
_TYRE_TALK = compiled(r"\b(?i:tyres?|tires?|clearance|rims?|wheels?|wheelsets?|gravel|bikes?|bicycles?|cycling)\b")


def _small_change(match: re.Match[str]) -> str:
    """"50p" -> "fifty pence", "1p" -> "one penny", "99c" -> "ninety nine cents"; "Figure 3c" is a label."""
    if LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start()) and not _CLASS_OF_SERVICE.search(
            match.string, max(0, match.start() - 13), match.start()):
        return match.group(0)
    value, letter, per = match.groups()
    if value.replace(",", "") in _VIDEO_LINES and letter == "p" and not per and not (_PENCE_BEFORE.search(
            match.string, max(0, match.start() - 32), match.start()) and _PENCE_AFTER.match(match.string, match.end())):
        if len(value) == 3:  # "720p" is "seven twenty p", as "1080p" is "ten eighty p"
            return padded(match, f"{numbers.number(value[0])} {numbers.number(value[1:])} p")
        return match.group(0)
    if letter == "c" and not per and 18 <= int(value.partition(".")[0].replace(",", "")) <= 65 and near(
            _TYRE_TALK, match, 60):
        return padded(match, f"{amount(value)} c")  # "28c tyres", "25–30c tires": a tyre's width in millimetres
    one, many = ("penny", "pence") if letter == "p" else ("cent", "cents")
    per_unit = f" per {UNITS[per][0]}" if per else ""
    # "a 20c coin", "50c pieces": cents before what they name are said singular, as dollars are; "a 20p coin" keeps
    # its "pence", as Britain says it
    singular = value == "1" or (letter != "p" and not per and (
        describes_a_noun(match) or _COIN_OR_NOTE_AFTER.match(match.string, match.end()) is not None))
    return padded(match, f"{amount(value)} {one if singular else many}{per_unit}")


def _whole_amount_mark(match: re.Match[str]) -> str:
    """"Rs.150/-" -> "Rs.150", "€29,-" -> "€29" (a dash after a stop or a comma only beside a currency)."""
    text = match.string
    if match.group(1) == "/-" or _CURRENCY_AFTER.match(text, match.end()) or _CURRENCY_BEFORE.search(
            text, max(0, match.start() - 24), match.start()):
        return ""
    return match.group(0)


# "¥150/$", "€0.92/$": an exchange rate, so much to the dollar.
_PER_CURRENCY = compiled(rf"(?<=\d)/([{MONEY_SIGNS}])(?=[\s,.;:)]|$)")
# "$0.01/1K tokens", "$5/1M words": a price per a thousand or a million of something.
_PER_SCALE = compiled(r"(?<=\d)/1?([kKmMB])(?=\s[a-z])")


# "Rs.150/-", "Rs 500/- only": South Asia's mark that an amount is whole, never said.
# Central Europe's and Switzerland's dash for no cents is the same mark ("€29,-", "CHF 20.–", "250,- Kč": it was
# read ",-" after the amount's words).
# Only beside a currency's sign or code: "The vote was 3.- no" is no price.
_WHOLE_AMOUNT_MARK = compiled(r"(?<=\d)(/-|[.,][-–]{1,2})(?=[\s.,;:)]|$)")
_MAY_BE_HYPHEN_MARK = compiled(r"-(?<=\d[/.,]-)")
_MAY_BE_DASH_MARK = compiled(r"–(?<=\d[.,]–)")
_CURRENCY_BEFORE = compiled(rf"(?:[{MONEY_SIGNS}]|\b[A-Z]{{3}}|\bS?Fr\.|\bRs\.?)\s?\d[\d.,'’ ]*\Z")
_CURRENCY_AFTER = compiled(rf"\s?(?:[{MONEY_SIGNS}]|[A-Z]{{3}}\b|Kč|zł|kr\b|Ft\b)")


# "KSh.200", "Rp.5000", "USD.40": a currency's letters with a stop against the amount; the stop is the abbreviation's,
# no decimal point ("KSh.200" was "twenty cents").
_CODE_LETTERS = "|".join(sorted(_LETTER_CODES, key=len, reverse=True))
_CODE_STOP = compiled(rf"(?<![\w.])({_CODE_LETTERS})\.(?=[0-9])")
_MAY_BE_CODE_STOP = compiled(r"\.[0-9](?<=[^\W\d_]\.[0-9])")  # led by the stop: scanned in C


# "10-15k people", "5-10m users", "2-3bn": a span whose scale is written once, after its second end, which is said
# with "to" (was "ten-fifteen k", "five to ten meter users", "two three billion"); "m" and "k" only before a plural
# noun, as the scale after one number is ("5-10m tall" is a length).
_SCALED_SPAN = compiled(rf"(\d(?<![\w.,{MONEY_SIGNS}-]\d)[\d,]*(?:\.\d+)?)\s?[-–]\s?"  # led by a digit: in C
                        rf"(?={NUM}(?:(?:bn|bln|mn|mln)\b|[mkKMB]\+?\s+([a-z]+)\b(?!['’-])))")


# "1–2 BTC", "0.1–0.5 EUR", "10-20 €": a span before the code or the sign written after its second end, said
# with "to" ("one two bitcoin", "zero point one fifty cents" it was); a span that runs down is left. Any sign its
# country writes after the amount ("50,000–80,000₫", "20–30 ₾", "100–150 ₺": "fifty thousand eighty thousand dong"
# it was, the dash unsaid).
_SPAN_BEFORE_CODE = compiled(rf"(\d(?<![\w.,{MONEY_SIGNS}-]\d)[\d,]*(?:\.\d+)?)\s?[-–]\s?"  # led by a digit: in C
                             rf"(?=({NUM})(?:\s(?:{SPELLED_SCALES}))?(?:\s({_CODES_AFTER})\b(?!['’-])"
                             rf"|\s?([{SIGNS_AFTER_AMOUNT}])(?!\w)))")


def _span_before_code(match: re.Match[str]) -> str:
    """"1–2 BTC" -> "1 to 2 BTC"; "5-3 EUR" (a span that runs down, a score's) is left, and so is a span below one of
    a currency with cents ("0.1–0.5 EUR": its second end is said in cents, its first would not be)."""
    low, high = match.group(1).replace(",", ""), match.group(2).replace(",", "")
    below_one = float(high) < 1 and CURRENCIES[match.group(3) or match.group(4)][2] not in DECIMAL_MINORS
    return match.group(1) + " to " if float(low) < float(high) and not below_one else match.group(0)


# "£3.99/100g", "$2.50/100ml": a shelf's price per an amount of the goods, "per" ("pence or one hundred g" it was)
_PRICE_PER_AMOUNT = compiled(rf"([{MONEY_SIGNS}]\s?\d[\d,]*(?:\.\d+)?)/(?=\d{{1,4}}\s?(?:{UNIT_ALT})(?![\w°/]))")


# "5-10p", "10-20c": a span of pence or cents with the sign once, after its second end (was "five ten pence").
# or at both ends, "5p–10p", "20c-50c" ("five p-ten pence" it was), each end of two digits at most (a video's
# "480p-720p" are lines).
_SMALL_CHANGE_SPAN = compiled(
    rf"(\d(?<![\w.,{MONEY_SIGNS}-]\d)\d{{0,2}})\s?[-–]\s?(?=\d{{1,3}}(?:\.\d{{1,2}})?[pc]\b(?![\w'’-]|\.\w))"
    rf"|(\d(?<![\w.,{MONEY_SIGNS}-]\d)\d?)([pc])[-–](?=\d\d?\3\b(?![\w'’-]|\.\w))")


def _small_change_span(match: re.Match[str]) -> str:
    """"5-10p" -> "5 to 10p", "5p-10p" -> "5 to 10p"; a label's "Figure 3c-4c" as written."""
    if match.group(1) is not None:
        return match.group(1) + " to "
    if LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start()):
        return match.group(0)
    return match.group(2) + " to "


def _scaled_span(match: re.Match[str]) -> str:
    """"10-15k people" -> "10 to 15k people": the span's dash said "to", where the second end is read with its scale."""
    noun = match.group(2)
    if noun is not None and (noun in NOT_COUNTED or not (noun.endswith("s") or noun in COUNTED_NOUNS)):
        return match.group(0)  # "5-10m tall", "3-4k km": a measure's span
    return match.group(1) + " to "


def glued_rand(text: str) -> str:
    """"Tickets cost R250" -> "Tickets cost ZAR 250" (read as the rand later), before a name's number is said in pairs
    ("R two fifty")."""
    return _GLUED_RAND.sub(_spaced_rand, text)


def _spaced_rand(match: re.Match[str]) -> str:
    """"cost R 350" -> "cost ZAR 350" (read as the rand by the codes' rule); "the R 44" is left a road's letter."""
    spaced, amount, cents = match.group(1, 2, 3)
    whole = spaced and match.start() == 0 and match.end() == len(match.string.rstrip(" ."))
    if not whole and not _MONEY_CUE_BEFORE.search(match.string, max(0, match.start() - 40), match.start()):
        return match.group(0)
    if not spaced and not _MONEY_CUE_JUST_BEFORE.search(match.string, max(0, match.start() - 30), match.start()):
        return match.group(0)
    spoken = f"ZAR {amount.replace(' ', ',')}{cents or ''}"
    if match.re is _GLUED_RAND and match.group(4):  # "R50–R100" -> "ZAR 50–100", read as a span of rand
        return f"{spoken}{match.group(4)}{match.group(5).replace(' ', ',')}{match.group(6) or ''}"
    return spoken


def _inr_amount(match: re.Match[str], clinic: bool) -> str:
    """"INR 2.5" beside a clinic's word or alone as a one-decimal value -> "I.N.R 2.5", the clotting ratio."""
    value, scale = match.group(1), match.group(2)
    if scale or _MONEY_CUE_BEFORE.search(match.string, max(0, match.start() - 40), match.start()):
        return match.group(0)
    small = _SMALL_RATIO.fullmatch(value) is not None
    if small or clinic:
        return "I.N.R "
    return match.group(0)


def money(text: str) -> str:
    """Read amounts of money and bare "bn"/"mln" scales."""
    if "₫" in text:  # "₫1.5 tỷ": a Vietnamese scale word after the dong's amount (a rare sign's memchr first)
        text = _DONG_SCALED.sub(lambda m: f"{m.group(1)} {DONG_SCALES[m.group(2)]}", text)
    if ("-" in text or "–" in text) and ("0a" in char_classes(text) or "0A" in char_classes(text)):
        text = _SCALED_SPAN.sub(_scaled_span, text)
        text = _SMALL_CHANGE_SPAN.sub(_small_change_span, text)
    # the dash first (a memchr each), then a look led by it, where five two-character needles scanned every text
    if ("-" in text and _MAY_BE_HYPHEN_MARK.search(text)) or ("–" in text and _MAY_BE_DASH_MARK.search(text)):
        text = _WHOLE_AMOUNT_MARK.sub(_whole_amount_mark, text)
    # a letter, a stop and a digit in ASCII text: a first look in the classes (".0" first: see util.char_classes)
    if "." in text and ((".0" in char_classes(text) and ("a.0" in char_classes(text) or "A.0" in char_classes(text)))
                        or not text.isascii()) and _MAY_BE_CODE_STOP.search(text):
        text = _CODE_STOP.sub(r"\1 ", text)
    if "/" in text:
        text = _PER_CURRENCY.sub(lambda m: " to the " + CURRENCIES[m.group(1)][0], text)
        # a pair before its rate ("EUR/USD 1.0842") is named before the codes' amounts are read, where the
        # second code took the rate for its amount ("E.U.R/one point zero eight four two U.S dollars")
        if "A/A" in char_classes(text):
            text = _PAIR_BEFORE_RATE.sub(_currency_pair, text)
        text = _PER_SCALE.sub(lambda m: " per " + SCALES[m.group(1)], text)
    if "R" in text:
        text, found = _RAND.subn("ZAR ", text)
        if found > 1:  # "R2,000–R5,000": one code for the span ("rand-five thousand" it was)
            text = _RAND_AGAIN.sub(r"\1", text)
        if "R " in text:
            text = _SPACED_RAND.sub(_spaced_rand, text)
        if "INR " in text:
            clinic = _CLOTTING.search(text) is not None  # once a text: each "INR" asks it
            text = _INR_AMOUNT.sub(lambda m: _inr_amount(m, clinic), text)
    if "N" in text and "A0" in char_classes(text):  # a capital against a digit: a first look in the classes
        text = _NAIRA.sub("NGN ", text)
    if "₹" in text or ("R" in text and ("Rs" in text or "INR" in text)):
        text = _INDIAN_SCALE.sub(lambda m: f"{m.group(1).rstrip()} {_INDIAN_SCALES[m.group(2)]}", text)
    if among_known_words(_CURRENCY_NAMES, text) and ("dollars" in text or "euros" in text):
        text = _DECIMAL_BEFORE_NAME.sub(lambda m: f"{_NAME_SIGNS[m.group(3)]}{m.group(1)}.{m.group(2)}", text)
    # a code that is a word, asked of the classes the codes' look below asks of the same text (worked out once); the
    # first look here, where a call of every text with a digit cost more than the look
    classes = char_classes(text)
    capitals = "AA" in classes  # asked once for the codes' look below too (a code it reads leaves it true, harmlessly)
    if capitals and ("AA 0" in classes or "AA0" in classes) and (
            "PEN" in text or "TRY" in text or "PHP" in text or "COP" in text or "RON" in text or "GEL" in text
            or "AMD" in text or "QR" in text):
        text = word_codes(text)
    if capitals and "0 AAA" in classes and ("GEL" in text or "COP" in text or "AMD" in text):
        text = word_codes_after(text)
    # a currency's letters before its amount, written as its code ("Tk 1,200" -> "BDT 1,200"), a capital's memchr first
    if (("T" in text and "Tk" in text) or ("K" in text and "Ks" in text) or (capitals and "Sh" in text)
            or ("N" in text and "Nu." in text)):
        text, found = _LETTERS_BEFORE.subn(_letters_before, text)
        capitals = capitals or found > 0
    # "$" is the one sign in ASCII: a substring test for most texts, where the class scanned them
    if ("$" in text if text.isascii() else _MONEY_SIGN.search(text)) or (
            # a code in capitals has two side by side; the others are led by these letters (_CODE_SMALL_LEADS)
            (capitals or "R" in text or "K" in text or "z" in text) and _MAY_BE_CODE.search(text)
    ) or ("kr" in text and _MAY_BE_CROWNS.search(text)):
        if "pp" in text:
            text = _PER_PERSON.sub(r"\1 per person", text)
        if "VAT" in text or "GST" in text or ("&" in text and "P&P" in text):
            text = _TAX_BASIS.sub(lambda m: f" {TAX_BASES[m.group(1)]} ", text)
        if "," in text:
            text = _DECIMAL_COMMA.sub(lambda m: f"{m.group(1) or m.group(3)}.{m.group(2) or m.group(4)}", text)
            if "R$" in text:
                text = _REAIS_DECIMAL_COMMA.sub(r"\1.\2", text)
        if "-" in text:
            text = _SCALE_HYPHEN.sub(r"\1\2 ", text)
        if "/" in text:
            text = _PRICE_PER_AMOUNT.sub(r"\1 per ", text)
        # "an" before a sign (a memchr each: most prices follow "a" or none), asked before the amounts are said
        an_before_sign = ("an " in text or "An " in text) and _AN_BEFORE_SIGN.search(text) is not None
        text = _MONEY.sub(_money, text)
        if ("eigh" in text or "elev" in text) and (
                "a eigh" in text or "a elev" in text or "A eigh" in text or "A elev" in text):
            text = _A_BEFORE_VOWEL_AMOUNT.sub("\\g<0>n", text)
        if an_before_sign:
            text = _AN_BEFORE_CONSONANT_AMOUNT.sub("", text)
        if "-" in text or "–" in text:
            text = _SPAN_BEFORE_CODE.sub(_span_before_code, text)
        text = _TRAILING_SYMBOL.sub(_trailing_symbol, text)
        if "/" in text:
            text = _FRACTION_CODE.sub(_fraction_code, text)
        text = _TRAILING_CODE.sub(_trailing_code, text)
    if "0a" in char_classes(text) and _MAY_BE_SMALL_CHANGE.search(text):  # a digit before a letter first
        text = _SMALL_CHANGE.sub(_small_change, text)
    # each scale stands apart, and holds one of the needles: its word first, where the words are at hand
    if among_known_words(_BARE_SCALE_WORDS, text) and (
            "bn" in text or "tn" in text or "trn" in text or "mn" in text or "ln" in text):  # "mln", "bln"
        text = _BARE_SCALE.sub(_bare_scale, text)
    return text


def _bare_scale(match: re.Match[str]) -> str:
    """"40bn" -> "forty billion"; before a unit ("6.4bn km") the number is left for the measure rule to read."""
    if SCALED_UNIT_NEXT.match(match.string, match.end()):
        return f"{match.group(1)} {SCALES[match.group(2)]}"
    return padded(match, f"{amount(match.group(1))} {SCALES[match.group(2)]}")


# A currency pair as traders write it ("EUR/USD", "USD/JPY"): said by its currencies' names, "euro US dollar".
_PAIR_CODES = "|".join(k for k in CURRENCIES if len(k) == 3 and k.isalpha() and k.isupper())
_CURRENCY_PAIR = compiled(rf"\b({_PAIR_CODES})/({_PAIR_CODES})\b")
# a pair before its rate ("EUR/USD 1.0842", "GBP/USD at 1.27"); a pair alone is named with the currencies alone
_PAIR_BEFORE_RATE = compiled(rf"\b({_PAIR_CODES})/({_PAIR_CODES})\b(?=\s(?:at\s)?\d)")


def currencies_alone(text: str) -> str:
    """A currency named with no amount: "the NZ$ rose", "against the €", a pair "EUR/USD"."""
    if "$" in text:
        text = _DOLLAR_ALONE.sub(lambda m: CURRENCIES[m.group(0)][0], text)
    if "/" in text and ("$" in text or not text.isascii()):  # a pair first, before its first sign is named alone
        text = _SIGN_PAIR.sub(lambda m: f"{CURRENCIES[m.group(0)[0]][0]} {CURRENCIES[m.group(1)][0]}", text)
    if ("$" in text or not text.isascii()) and ("the " in text or "The " in text):  # the sign (a memchr) first
        text = _SIGN_ALONE.sub(lambda m: CURRENCIES[m.group(0)][0], text)
    if "/" in text:
        text = _CURRENCY_PAIR.sub(_currency_pair, text)
    return text


def _currency_pair(match: re.Match[str]) -> str:
    """"EUR/USD" -> "euro US dollar": a pair by its currencies' names."""
    return f"{CURRENCIES[match.group(1)][0]} {CURRENCIES[match.group(2)][0]}"
