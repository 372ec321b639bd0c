"""English money, percentages and measures: a number (or a range) with its unit."""

from __future__ import annotations

import re
from collections.abc import Callable

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    BITS_PER_SECOND,
    CLOTTING_WORDS,
    CODES_ONLY_BEFORE,
    COUNTED_NOUNS,
    COUNTED_SHORT_NOUNS,
    CURRENCIES,
    ELEMENTS,
    FOOTBALL_WORDS,
    FUNDED_NOUNS,
    LENGTH_BEFORE_METER,
    LENGTHS,
    LIFTS,
    METRE_COMPOUNDS,
    MONEY_CUES,
    MONEY_SIGNS,
    NUTRIENTS,
    PARLIAMENT_WORDS,
    PERIODS,
    POWERS,
    SAME_QUANTITY,
    SCALES,
    SCREEN_NOUNS,
    UNITS,
    US_SPELLING_REGIONS,
)
from narrator.speech.normalise.util import (
    alternation,
    among_known_words,
    among_words,
    char_classes,
    first_letters,
    in_title_case,
    near,
    padded,
    sentence_stop,
    word_set,
)
from narrator.speech.normalise.vocabulary import is_common_word

NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"

_SYMBOLS = "|".join(sorted((re.escape(k) for k in CURRENCIES if not k.isalpha()), key=len, reverse=True))
_SPELLED_SCALES = "|".join(sorted((k for k in SCALES if len(k) > 3), key=len, reverse=True))  # "lakh crore" first
_CODES = "|".join(k for k in CURRENCIES if k.isalpha())
_UNIT_ALT = alternation(UNITS)
# A scale word may follow a hyphen ("a $5-million deal"); a letter scale may stand after a space ("US$2 bn", "¥30 b"),
# but not before "&" or a hyphen ("$5 T-shirts"),
# unless the hyphen opens the second amount of a span ("$100k-$150k"), a rate ("£200k-a-week") or a participle
# ("£45m-rated").
_PARTICIPLE = r"[a-z]{2,}ed\b"  # "rated", "valued", "funded": what an amount joined to it describes
_SCALE = (
    rf"(?:[\s-]?({_SPELLED_SCALES})\b|\s?(k|K|m|mn|M|mln|bn|bln|Bn|BN|b|B|trn|tn|T)\b"
    rf"(?![&'’]|-(?![{MONEY_SIGNS}\d]|an?-|{_PARTICIPLE})))"
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
    rf"|((?:{_UNIT_ALT})(?:[23](?!\d))?)(?![\w°/])|(?<=/)([a-z]{{3,15}}|sh)\b(?![/'’-])))?"
    # "£30,000 pa", "£800 pcm", "£550 pm", "£120 p.w.", "€150pn": a salary, a rent or a room as British listings
    # give it ("pm" without stops: "p.m." after an amount is left)
    r"(?:\s?(pa|p\.a\.|pcm|pm|pw|p\.w\.|pn|pppn)(?![\w/]|\.\w)|\s(ea)\b\.?)?"
)
# "₹1.5 cr", "Rs 500 cr", "Rs 3.5L", "₹10 lakh cr": Indian papers shorten crore and lakh after a rupee amount (only
# there: "$5 L" is no lakh).
_INDIAN_SCALE = compiled(r"((?:₹|\bRs\.?|\bINR)\s?" + NUM + r"\s?(?:lakh\s)?)(cr|Cr|crs|L|lac|lacs)\b(?!['’-])")
_INDIAN_SCALES = {"cr": "crore", "Cr": "crore", "crs": "crore", "L": "lakh", "lac": "lakh", "lacs": "lakh"}
_RENT_PERIODS = {"pa": "a year", "pcm": "a month", "pm": "a month", "pw": "a week", "pn": "a night",
                 "pppn": "per person per night"}
# "R50,000", "R1.2bn", "R2.5 million", "R2.3-billion", "R18.90": South African rand, where the amount could be
# nothing else (grouped digits, a scale, or cents: no road, rating or version has two decimals); a bare "R2" or "R 5"
# may be anything.
_RAND = compiled(r"R(?<![\w$.,]R)(?=\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?(?:bn|m|k\b|[\s-](?:million|billion)\b)"
                 r"|\d+\.\d\d(?![\d.]))")
# "cost R 350", "paid R 1 500": the rand spaced from its amount, only after a word of money before it in the sentence
# (or standing alone, a price's cell): "the R 44" is a road, "R 2" a rating.
_SPACED_RAND = compiled(r"(?<![\w$.,])R (\d{1,3}(?: \d{3})+|\d{1,3}(?:,\d{3})+|\d+)(\.\d\d)?(?![\w,.]\d|\w)")
_MONEY_CUE_BEFORE = compiled(rf"\b(?i:{'|'.join(sorted(MONEY_CUES))})\b[^.;:\d]{{0,14}}$")
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
# "2.50 dollars", "3.99 euros": a price written with the currency's name, read as the sign's would be ("two point five
# zero" it was); "pounds" may weigh.
_DECIMAL_BEFORE_NAME = compiled(r"(?<![\w.,$€£])(\d{1,3}(?:,\d{3})*|\d+)\.(\d{2})\s(dollars|euros)\b")
# Words that stand apart in every match of their rule: a first look among util.letter_words where they are at hand.
_CURRENCY_NAMES = frozenset({"dollars", "euros"})
_CALIBRE_WORDS = frozenset({"cal", "caliber", "calibre", "Magnum", "Special", "ACP", "rifle", "rifles", "pistol",
                            "pistols", "revolver", "handgun", "round", "rounds", "ammo", "ammunition", "LR"})
_SPOON_WORDS = frozenset({"tsp", "tbsp", "Tbsp", "TBSP", "tbs", "Tbs", "Tsp"})
_DEGREE_WORDS = frozenset({"degree", "degrees"})
_SQUARE_WORDS = frozenset({"sq", "cu", "fl"})
_CUP_WORD = frozenset({"c"})
_NAME_SIGNS = {"dollars": "$", "euros": "€"}
_TRAILING_SYMBOL = compiled(rf"(?<![\w.,])({NUM})\s?(€|£|¢|\$)(?:/({_UNIT_ALT})(?![\w°/]))?(?!\w)")  # "1,45 €/L"
# "50p", "99c": pence and cents written against an amount under a pound or a dollar ("1080p" is a video's lines).
_MAY_BE_SMALL_CHANGE = compiled(r"\d[pc]\b")
# "145.9p a litre", "52.95p": pence with a decimal, as fuel and its duty are priced (a video's "720p" has none).
# "7p/kWh", "59c/lb": per a unit. "Shares rose to 1,234p": a share's price in pence, its thousands marked.
_SMALL_CHANGE = compiled(  # not "8K/30p"
    rf"(?<![\w.,{MONEY_SIGNS}/])(\d{{1,3}}(?:,\d{{3}})?(?:\.\d{{1,2}})?)([pc])\b(?![\w'’-]|\.\w)(?:/({_UNIT_ALT})(?![\w°/]))?")
# A video's lines, not pence: "720p" ("345p" is a share price in pence).
_VIDEO_LINES = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})  # "1,440p" too
# "£9.99pp": a price per person (a number's "pp" alone is pages or percentage points, words.py).
_PER_PERSON = compiled(rf"([{MONEY_SIGNS}]\s?\d[\d,]*(?:\.\d+)?(?:k|m|bn)?)\s?pp\b")
# "20 EUR", "5 million USD": a code after the amount.
_CODES_AFTER = "|".join(k for k in CURRENCIES if k.isalpha() and k not in CODES_ONLY_BEFORE)
_TRAILING_CODE = compiled(rf"(?<![\w.,{MONEY_SIGNS}])({NUM})(?:\s({_SPELLED_SCALES}))?\s({_CODES_AFTER})\b(?!['’-])")
# "8.3 mn people", "40bn": a scale that is no unit of measure ("m" alone may be meters, "b" bits or a label).
_BARE_SCALE = compiled(rf"(?<![\w.,])({NUM})\s?(bn|bln|trn|tn|mln|mn)\b")
_BARE_SCALE_WORDS = frozenset({"bn", "bln", "trn", "tn", "mln", "mn"})
# "1.2pc" is the British press's percent, written against the number ("10 pc" may be computers); parted from a
# decimal too ("2.5 pc": no count of computers or pieces has a fraction).
# "0.5% pa": a rate a year, as British fees and savings give it (with the stops, "p.a." is read as an abbreviation).
_PERCENT = compiled(rf"(?<![\w.,])(-?{NUM})(?:\s?(?:-|to)\s?({NUM}))?(\s?%|\s?per ?cent\b|\s?pct\b|pc\b"
                    r"|(?:(?<=\.\d)|(?<=\.\d\d)|(?<=\.\d\d\d))\spc\b)(\spa\b(?![\w'’/-]|\.\w))?")
# A first look, led by the digit and scanned in C: "per" alone is in "paper", "super" and "operation".
_MAY_BE_PERCENT = compiled(r"\d\s?(?:%|per ?cent|pct|pc)")

# Units also written in capitals or mixed case ("12KG", "1 mbps").
_FOLDED = {"kg", "km", "mph", "kbps", "mbps", "gbps", "khz", "mhz", "ghz", "kwh", "cm", "mm", "lbs", "kmh", "kph",
           "gb", "tb"}
# Where a small form is a unit of its own it is the one meant ("100MM OF RAIN" is millimeters, not "mM", millimolar).
_FOLDED_UNITS = {k.lower(): v for k, v in UNITS.items()
                 if k.lower() in _FOLDED and (k.islower() or k.lower() not in UNITS)}
# "8gb ram", "a 2tb drive": a device's memory or storage written in lower case is bytes, never bits ("mb" is
# millibars where weather is spoken of, and otherwise left).
_FOLDED_UNITS |= {"gb": UNITS["GB"], "tb": UNITS["TB"]}
# A single letter is a unit only right after the number, or after a space when it cannot be a word.
_FRACTION = compiled(r"(?:(\d{1,3})[ -])?(\d{1,3})/(\d{1,3})")
# "1 1/2", "1-3/4" (a whole and its part, numbers.MIXED_HYPHEN: never a span "one to three quarters"), "3/4", "12.5"
_AMOUNT = rf"(?:(?:\d{{1,3}} |\d{{1,3}}{numbers.MIXED_HYPHEN})?\d{{1,3}}/\d{{1,3}}|{NUM})"
_PERIOD_ALT = "|".join(sorted(PERIODS, key=len, reverse=True))
_MEASURE = compiled(  # the look ahead for the amount's first character first: most positions fail there
    rf"(?=[-.\d])(?<![\w.,/])(-?{_AMOUNT})(?:\s?(?:-|to)\s?({_AMOUNT}))?"
    # "40 million kg": a scale word between the number and its unit.
    # "100+ mph", "10+km": "or more" written as a plus between the number and its unit
    rf"(?:\s({_SPELLED_SCALES}))?(\+?\s?-?\s?)"
    rf"(?:({_UNIT_ALT})|((?i:{'|'.join(_FOLDED)})))([23](?!\d))?"
    # "20 g/day", "9.8 m/s2", "5 kg/m3", "4 g/24 h": per a unit, a powered one, or a count of them
    # "10 mg/kg/day": and then per a period
    rf"(?:/(\d{{1,3}}\s?(?={_UNIT_ALT}|{_PERIOD_ALT}))?({_UNIT_ALT}|{_PERIOD_ALT})([23](?!\d))?"
    rf"(?:/({_PERIOD_ALT})(?![\w°/]))?)?(?![\w°/])"
    # "5 ft. tall": an abbreviation's stop inside a sentence
    r"(?:\.(?=\s+[a-z]))?"
)
# "4x6 m", "12 x 9 ft", "a 50 x 75 tent", "1920×1080": dimensions, said with "by". Without a unit the "x" is a
# size only when typeset as one, spaced on both sides or as "×": "2x8" may be a score or a product, and
# "Windows 10 x64" is no size. A product followed by an equals sign ("3 x 4 = 12") is left to the arithmetic rule.
# At most four sizes, and none after them: an unbounded chain ("2x 2x 2x ... champion") was scanned to its end from
# every number in it (3,000 links took 2 s, 30,000 took 222).
_DIMENSIONS = compiled(
    rf"(?<![\w.,=])(?<![x×]\s)({NUM})(?:(?:\s?×\s?|\sx\s){NUM}){{1,3}}(?!\s?[x×]\s?\d)(?![\w.,]?\d|\w|\s?=)"
    rf"|(?<![\w.,])(?<![x×]\s)({NUM})(?:\s?[x×]\s?{NUM}){{1,3}}(?!\s?[x×]\s?\d)(?=\s?-?(?:{_UNIT_ALT})(?![\w°/]))"
    # "2x4 lumber", "a 3x3 grid", "1920x1080 pixels": whole numbers against an "x", before the noun they size
    # ("0x1F" is hex; "scored 2x8 on the test" may be a product)
    r"|(?<![\w.,])(?!0x)\d{1,4}x\d{1,4}"
    r"(?=\s(?!(?:on|in|at|of|to|for|and|or|is|was|are|were|with|by|from|as|than|then|so|but)\b)[a-z]|-[a-z])"
    # "the 4x4 was", "a 4x4.": after an article, a size names the thing (a car, a grid) whatever follows
    r"|(?:(?<=\b[Tt]he )|(?<=\b[Aa] )|(?<=\b[Aa]n ))(?!0x)\d{1,2}x\d{1,2}(?![\w.,]?\d|\w|\s?=)"
    # "2x4s", "4x4s": a size's plural names the things of that size (timber, cars)
    r"|(?<![\w.,])(?!0x)\d{1,2}x\d{1,2}s\b(?!['’])"
    # "The screen is 1920x1080.", "at 3840 x 2160, 60 Hz": three or four digits on each side are a picture's or a
    # sheet's size wherever they stand; nobody writes a product of such numbers so
    r"|(?<![\w.,])[1-9]\d{2,3}(?:x|\sx\s)[1-9]\d{2,3}(?![\w.,]?\d|\w|\s?[x×=])"
)
# "2.5 cm x 3 cm", "10 ft × 12 ft": sizes with the unit on each, said with "by".
_SIZES_WITH_UNITS = compiled(
    rf"(?<![\w.,])({NUM}\s?(?:{_UNIT_ALT}))(?:\sx\s|\s?×\s?)(?={NUM}\s?(?:{_UNIT_ALT})(?![\w°/]))"
)
# "2560x1440", "1280 x 720", "a 1200 x 800 board": a size of four digits is said in pairs, as a screen's is, and a
# three-digit one beside it too ("twenty five sixty by fourteen forty"); read apart, the second took a year's
# reading after "by" and the first none ("two thousand five hundred sixty by fourteen forty").
_LARGE_SIZES = compiled(r"(\d{4})\s?[x×]\s?(\d{3,4})|(\d{3})\s?[x×]\s?(\d{4})")
# "1 x 400g tin", "1 x 500ml carton", "1 x 100g skein": a recipe's or a pattern's one container of a size, no
# product ("one times").
_CONTAINER_AFTER = compiled(r"\s(?:cans?|tins?|jars?|packs?|packets?|bottles?|bags?|cartons?|tubs?|pots?|box(?:es)?"
                            r"|sachets?|pouch(?:es)?|blocks?|punnets?|bars?"
                            # a pattern's yarn and thread: "1 x 100g skein", "1 x 50g ball"
                            r"|skeins?|balls?|hanks?|cones?|reels?|spools?|rolls?|tubes?)\b")
_ONE_OF = compiled(r"1\s?[x×]\s?[\d.,]+")  # "6 x 330ml cans" stays a count times an amount
_COMPOUND_AFTER = compiled(r"-[a-z]")
# Words of electricity ("V" and "W" only as capitals: "Smith v Jones" is a case).
_ELECTRIC = compiled(r"\b(?:(?i:volts?|watts?|amps?|amperes?|charg\w*|current|fuses?|batter(?:y|ies)|cables?|circuits?"
                     r"|breakers?|sockets?|plugs?|power\w*|supply|adapters?|output|input|rated|loads?|wir(?:e|es|ing)"
                     r"|electric\w*|motors?|draws?|drawing|drew)|V|W|USB|mAh|kW|kWh)\b")  # "draws 144A at peak"
# "5 min read", "a 3 min walk", "5 min setup": a span of time before what lasts it describes it.
_LASTING_AFTER = compiled(r"\s(?:read|listen|watch|walk|drive|ride|cycle|journey|commute|setup|wait|delay|break|call"
                          r"|flight|trip|video|clip|film|episode|session|workout|interval|warm-up|cooldown|nap)\b")
_TIME_UNITS = frozenset({"s", "sec", "min", "h", "hr"})  # written singular: "10 mins walk" is ten minutes' walk
# "the 3hr 30min pacers", "a 1h 45m flight": hours, then minutes against their number and the noun both describe.
_MINUTES_THEN_NOUN = compiled(r"\s\d{1,2}(?:min|m)\s+(?![a-z]+ly\b)[a-z]{3,}\b")
# "1.2m units", "50k people", "1.5M users", "100K followers", "2.5B people": against the number and before a plural
# count noun, "m" and "k" are a million and a thousand, not meters ("5 m forwards" and "a 5m wall" are lengths).
_SCALE_BEFORE_COUNT = compiled(  # "500M+ downloads", "15T tokens", "100k GPUs"
    rf"(?<![\w.,{MONEY_SIGNS}-])({NUM})([mkMKBT])(\+?)\s+((?:[A-Z]{{2,5}}\s)?(?:[a-z]+|[A-Z]{{2,5}}s|[A-Z][a-z]{{2,}}s"
    rf"|i[A-Z][a-z]+s))\b(?!['’-])"
)
# "The toll passed 1.1M.", "sales hit 2.5B last year", "it sold 150K.", "rose by 256K in May", "Population: 8.3M
# (2023 est.)": a decimal or a whole number of two or three digits against a capital scale letter at a clause's end,
# before a bracketed aside (not a bracketed number: "the 2.5B (7B) model" names models) or before a preposition
# or, for millions and billions, before a word in lower case ("a 4.5K run" is a race); after a name the letter is
# part of it ("Llama 2.5B model").
_SCALE_AT_END = compiled(  # led by a digit, scanned for in C; _scale_at_end tells the whole numbers apart
    rf"(\d(?<![\w.,{MONEY_SIGNS}-]\d)\d{{0,2}}(?:\.\d{{1,2}})?)(?:([MKBkm])(?=[,;:!?)]|\.(?:\s|$)|$"
    r"|\s\((?!\d{1,3}(?:\.\d+)?[MKBkm]?\))|\s(?:in|on|at|to|from"
    r"|for|since|over|last|this|after|before|during|a|an|the|today|now|yesterday|alone|overall|annually|worldwide"
    r"|nationwide|globally|between|by|until|against|compared|and|or)\b)|([MB])(?=\s[a-zA-Z]))"
)
# "The population is now 1.2m.", "from 1.2m in 1990": a small "m" is a million where the sentence counts people or
# things and speaks of no length ("she cleared 2.05m in Rome", "waves of 3.5m at times" are meters).
_COUNTING = compiled(
    r"\b(?i:population|people|residents|inhabitants|citizens|viewers|viewing|audiences?|users|visitors|customers"
    r"|subscribers|members|followers|downloads|listeners|readers|voters|votes|passengers|tourists|fans|jobs|homes"
    r"|households|workers|employees|migrants|refugees|patients|students|pupils|children|cases|deaths|doses|copies"
    r"|tickets|streams|views|signatures|applications|claimants|unemployed|births|subscriptions|accounts|vehicles"
    r"|waiting|lists?|backlog|appointments|operations|prescriptions|journeys|trips|flights|calls|orders|shipments"
    r"|sales|units|shares|barrels|claims|arrests|crimes|offences|offenses|incidents|complaints|bookings|installs"
    r"|plays|likes|clicks|searches|posts|messages|emails|homeless|adults|pensioners|guests|unemploy\w*|jobless"
    r"|employment|workforce|payrolls|nurses|doctors|teachers|attendances|admissions|referrals|visits|ballots"
    r"|respondents|participants|recipients|borrowers|savers|investors|shareholders|consumers|motorists|drivers"
    r"|commuters|smokers)\b"
)
# "fell by 120k to 1.3m", "from $5bn to 1.2m": another amount in thousands or millions nearby makes a bare "m" one.
_ANOTHER_SCALE = compiled(r"\d\s?(?:k|K|bn|mn)\b|\b(?:thousand|million|billion)\b")
# "raised 40m in 2020", "a deal worth 40m", "earns 5m a year": money talk, where a bare "m" is a million.
_MONEY_TALK = compiled(
    r"\b(?i:revenues?|profits?|turnover|earn\w*|raised|rais(?:e|es|ing)|funding|fundraising|invest\w*|budgets?"
    r"|salar(?:y|ies)|wages?|fees?|valu(?:e|ed|ing|ation)|worth|cost(?:s|ing)?|paid|pays?|spen[dt]\w*|loss(?:es)?"
    r"|debts?|deals?|bids?|prize|bonus(?:es)?|income|sales|takings|grants?|fines?|fined|compensation|payouts?"
    r"|donat\w*|bailout|subsid\w*|pounds|dollars|euros)\b"
)
_LENGTHY = compiled(
    r"\b(?i:tall|high|height|long|length|wide|width|deep|depth|jump\w*|vault\w*|thr[eo]w\w*|metres?|meters?|waves?"
    r"|distance|altitude|sea level|drop\w*|climb\w*|swim\w*|race|sprint\w*|hurdles|ran|run|dash|relay|freestyle"
    r"|breaststroke|backstroke|butterfly|cleared|leap\w*|span\w*|wall|tower|building|elevation"
    r"|pace|intervals?|laps?|reps)\b"  # a runner's session: "6 x 800m at 5k pace" (h60: "eight hundred million")
)
_MAY_BE_SCALE = compiled(r"\d[MKBkm]")  # a first look for _SCALE_AT_END, in C
# "4.2m postal votes", "3m new homes", "50k extra jobs": a word that describes the counted noun after it; a size's
# word ("a 3m high wall", "100m freestyle swimmers", "2m square tiles") makes the letter a length.
_COUNTED_NEXT = compiled(r"\s([a-z]+)\b(?!['’-])")
_MEASURING = word_set("square cubic thick tall high long wide deep")
# "ran the 10K.", "won a 100M.": a whole number and a letter after an article name a race or a thing.
_ARTICLE_JUST_BEFORE = compiled(r"\b(?:[Tt]he|[Aa]n?)\s$")
_A_JUST_BEFORE = compiled(r"\b[Aa]n?\s$")
# "the last 10K", "her first 5K": a race or its stretch after a word of which one (not "the last 10K followers", which
# is no clause's end)
_STRETCH_BEFORE = compiled(r"\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Mm]y|[Tt]heir|[Oo]ur|[Yy]our)\s"
                           r"(?:last|final|first|opening|closing|second|next|whole|fast|hilly|flat)\s$")
_THING_VERB_AFTER = compiled(r"\s(?:is|was|feels|looks|focuses|handles)\s"
                             r"(?!(?:forecast|expected|predicted|likely|due)\b)")  # "the 10mm is forecast": rain
_SIZE_BEFORE = compiled(r"\b[Ss]ize\s(?:is\s|was\s|of\s)?$")
_SENTENCE_END_NEXT = compiled(r"\s*(?:[.;:!?)\]]|$)")  # not a comma: "a 300ppi, 7in screen" lists sizes
# "I ran 10k.": kilometres where the sentence speaks of running, walking or riding.
_DISTANCE_WORDS = compiled(r"\b(?:[Rr]an|[Rr]un\w*|[Rr]ac(?:e|ed|es|ing)|[Mm]arathon\w*|[Jj]og\w*|[Ww]alk\w*"
                             r"|[Hh]ik\w*|[Cc]ycl\w*|[Rr]ode|[Rr]id(?:e|es|ing)|[Ss]wim\w*|parkrun)\b")
_SCALES = {"m": "million", "M": "million", "k": "thousand", "K": "thousand", "B": "billion", "T": "trillion"}
# "10k-20k", "30-40k", "50k–60k fans": a span of thousands, the second with its "k" (a lone "5k" may be a race; the
# hyphen between them was lost, "ten k twenty k").
_THOUSANDS_SPAN = compiled(
    rf"(\d(?<![\w.,{MONEY_SIGNS}-]\d)\d{{0,2}}(?:\.\d)?)([kK]?)\s?[-–]\s?(\d{{1,3}}(?:\.\d)?)[kK](?![\w'’-]|\.\w)")
# "1,234 cases per 100k", "one in 10k": the base of a rate ("a 5K" alone may be a race or a screen).
_RATE_BASE = compiled(r"\b((?:per|[1Oo]ne in|1 in)\s)(\d{1,3})([kKM])(?![\w'’-])")
_NOT_COUNTED = word_set(
    "across less unless plus minus this its has was is as thus always towards afterwards besides diabetes"
    # a race's distance: "the 100m hurdles", "400m runners", "the 4 by 400m relays"
    " hurdles heats finals semifinals runners sprinters swimmers hurdlers relays races medals medley"
    # things of a length: "400m intervals", "two 40m masts", "50m lengths", "3m walls"
    " intervals lengths laps reps sprints masts poles pools lanes walls ropes cables pipes towers fences boats yachts"
    # the rest of a runner's or a swimmer's session: "10 x 400m repeats", "6 x 100m strides" (h91: "four hundred
    # million repeats" it was)
    " repeats repetitions strides splits efforts"
    # where, not what: "25m outdoors"
    " outdoors indoors"
)
# "Stage 4B tumours", "Llama 70B models": after a capitalised name a capital is part of the name, said as a letter
# (a common word opening the sentence is no name: "About 2.5B people").
_NAME_BEFORE = compiled(r"(^|[.!?]\s+)?\b([A-Z][\w-]*)\s$")
_MODEL_BEFORE = compiled(r"\b[A-Z][a-z]+ \d{1,2} $")  # "Ultra 9 ", "Ryzen 7 ": a product line's name and tier
_UNIT_AFTER = compiled(rf"\s?-?({_UNIT_ALT})(?![\w°/])")
_SIZE_UNITS = LENGTHS | {"in", "in.", "inch", "inches", "feet", "foot", "ft.", "px", "yds", "\"", "'"}
_MAY_BE_DIMENSIONS = compiled(r"\d\s?[x×]\s?[\d.]")
_BY = compiled(r"\s?[x×]\s?")
# "381/km2", "300 people/km2": a count per a unit.
_PER_UNIT = compiled(rf"(?<![\w.,])({NUM})(\s[a-z]{{3,}})?\s?/\s?({_UNIT_ALT})([23](?!\d))?(?![\w°/])")
_MONEY_SIGN = compiled(f"[{MONEY_SIGNS}]")
_MAY_BE_CODE = compiled(rf"(?:{_CODES})(?:\b|(?=\d))")  # looser than the rules (no boundary before): a first look
_CODE_SMALL_LEADS = frozenset(code[0] for code in _CODES.split("|") if not code.isupper())  # "Rs", "KSh", "zł"
_MAY_BE_MEASURE = compiled(r"\d\+?\s?[-/]?\s?[A-Za-z°μΩÅ]")
# What _MEASURE must find wherever it matches: a unit after a number's last digit (or its scale's word), then a
# power, a stroke or no letter. Led by the digit, the scan runs in C; _MEASURE, led by its look behind, enters the
# matcher at every position (17 us a sentence, for one sentence in a hundred read). After the digit a look ahead for
# what may come next (a space, a sign, a unit's first character, in its case or, for the folded units, any case),
# where the scale's words and the units' alternations were tried at every digit (3.7 -> 2.7 us a call).
_UNIT_FIRSTS = "".join(sorted({re.escape(unit[0]) for unit in UNITS}))
_FOLDED_FIRSTS = "".join(sorted({re.escape(unit[0]) for unit in _FOLDED}))
_MAY_BE_UNIT = compiled(rf"\d(?=[-+\s{_UNIT_FIRSTS}]|(?i:[{_FOLDED_FIRSTS}]))"
                        rf"(?:\s(?:{_SPELLED_SCALES}))?\+?\s?-?\s?(?:{_UNIT_ALT}|(?i:{'|'.join(_FOLDED)}))"
                        r"(?:[23](?!\d))?(?![\w°])")
_CLOSING = compiled(r"\s*[)\],;]")
# After a space these may be a letter, an initial or a word ("Grade 3 A", "3 t", "3 MP seats" of members of
# parliament); metres, grams and litres are common enough after a number to be read as units.
# "3,500 ha of forest", "200 ha.", "40 Mt of CO2": hectares or tonnes before "of" or at a sentence's end (the laugh
# comes twice: "ha ha").
_BULK_UNITS = frozenset({"ha", "ac", "t", "kt", "Mt", "mol"})  # "2 mol of H2O"
_BULK_NEXT = compiled(r"\s(?:of|under|were|was|burned|burnt)\b|\.(?:\s|$)|$")
_SPAN_BEFORE = compiled(r"\b(?:in|for|within|every|after|over|than|per|last|next|past|up to)\s+$")
# "gusted to 61 kt at the airport", "15 kt gusting 28 kt": a spaced "kt" is knots where the sentence speaks of wind
# or sailing (else it may be carats or kilotonnes).
_WIND_TALK = compiled(r"\b(?i:winds?|gust\w*|breeze|squalls?|hurricane|typhoon|cyclone|storm|gale\w*|sail\w*"
                      r"|airspeed|headwinds?|tailwinds?|crosswinds?)\b")
# "48 TDs" in a sentence of a parliament's and none of football's: Ireland's members of the Dáil, left to be spelled.
_PARLIAMENT_TALK = compiled(rf"\b(?:{'|'.join(sorted(PARLIAMENT_WORDS))})\b")
_FOOTBALL_TALK = compiled(rf"\b(?:{'|'.join(sorted(FOOTBALL_WORDS))})\b")
_AMBIGUOUS_AFTER_SPACE = {"t", "A", "V", "W", "cal", "ha", "ac", "kt", "h", "MP", "N", "J", "Pa", "Mt", "mol", "ly"}
# "6.4bn km", "40mn kg", "2.5m km2", "20k km": a scale's abbreviation against the number, then a unit of length,
# mass, volume, area or energy (two units in a row never read as one: the letter is the scale).
_SCALED_UNITS = sorted(
    {u for same in SAME_QUANTITY[:3] for u in same if len(u) >= 2 and u not in ("in", "in.")}
    | {"t", "ha", "ac", "acre", "sq km", "sq mi", "sq ft", "sq m", "kWh", "MWh", "GWh", "TWh", "bbl", "bu",
       "light years", "light-years", "light year", "light-year"},  # "2.5m light years": a galaxy's distance
    key=len, reverse=True)
_SCALED_UNIT_NEXT = compiled(rf"\s(?:{'|'.join(re.escape(u) for u in _SCALED_UNITS)})(?:[23](?!\d))?(?![\w°])")
_SCALE_BEFORE_UNIT = compiled(
    rf"(?<![\w.,{MONEY_SIGNS}-])({NUM})(bn|bln|mn|mln|trn|tn|[kmbBMT])(?={_SCALED_UNIT_NEXT.pattern})")
# "The low is 980mb": millibars, an air pressure (870 to 1090) in talk of the weather; elsewhere "mb" is left.
_MILLIBARS = compiled(r"(?<![\w.,])(\d{3,4})\s?mb\b(?![\w'’])")
_PRESSURE_TALK = compiled(r"\b(?i:pressure|lows?|highs?|depression|storm|hurricane|typhoon|cyclone|baromet\w*"
                          r"|isobars?|weather|forecast\w*|gale\w*)\b")
# "a .45 caliber pistol", "a .22 cal. rifle", "the .308": a gun's calibre in hundredths or thousandths of an inch, said
# as a number ("forty five caliber", "three o eight"), never "point four five calorie"; so before a cartridge's name
# or the gun ("a .44 Magnum", "the .38 Special", "a .22 rifle").
_CALIBRE = compiled(r"\.(?<![\w.,]\.)(\d{2,3})\s?(cal\b(?:\.(?=\s[a-z]))?|caliber|calibre"
                    r"|(?<=\s)(?:Magnum|Special|ACP|LR|rifles?|pistols?|revolver|handgun|rounds?|ammo|ammunition))(?!\w)")
_CALIBRE_SAID = {"cal": "caliber", "cal.": "caliber"}  # the word after it said as written, but the short "cal"
# "spun at 12,000 x g", "500 ×g": a centrifuge's force in times gravity's, "times g" ("x g" it was).
_TIMES_G = compiled(r"(?<=\d)\s?[x×]\s?(?=g\b(?![.,]\d))")
# "a 12 V battery", "a 100 W bulb", "a 13 A fuse", "500 J of energy": a spaced volt, watt, amp or joule before what
# draws, holds or delivers it ("100 W Main St" is a street, "Grade 3 A students" a letter).
_ELECTRIC_UNITS = frozenset("VWAJ")
# "The chip draws 15 W", "it consumes 250 W": watts after a verb that draws or makes power ("100 W Main St" is a
# street).
_POWER_DRAWN = compiled(r"\b(?:draws?|drawing|drew|consum\w+|uses|using|used|rated at|outputs?|delivers?|pulls?"
                          r"|generat\w+|produc\w+|TDP of|power of"
                          # a rider's power: "cycle at 200 W", "averaged 250 W for an hour" (h91)
                          r"|(?:[Cc]ycl(?:e|ed|ing)|[Rr]id(?:e|es|ing)|[Pp]edal\w*|[Hh]old\w*|[Ss]ustain\w*) at"
                          r"|[Aa]verag(?:e|es|ed|ing))\s+(?:up to\s+|about\s+|around\s+)?$"
                          r"|\d\sW\b[^.;]{0,30}\b(?:and|or|to|versus|vs\.?)\s+$")  # "15 W at idle and 250 W"
_ELECTRIC_NEXT = compiled(
    r"\s(?:batter(?:y|ies)|bulbs?|outlets?|sockets?|fuses?|chargers?|charging|adapt[eo]rs?|motors?|power|supply"
    r"|supplies|systems?|circuits?|LEDs?|lamps?|heaters?|panels?|cells?|plugs?|cables?|output|input|rail|grid"
    r"|breakers?|transformers?|inverters?|amplifiers?|speakers?|lights?|appliances?|mains|electricity"
    # an appliance rated by its power: "an 800 W microwave", "a 2,000 W kettle" (h91: "eight hundred W" it was)
    r"|microwaves?|kettles?|toasters?|blenders?|hair ?dryers?|hairdryers?|vacuums?|hoovers?|ovens?|hobs?|irons?"
    r"|fans?|fridges?|freezers?|dehumidifiers?|air fryers?|grills?|space heaters?|floodlights?|spotlights?"
    r"|of (?:energy|power|electricity|work|heat))\b")
# "The outlet supplies 220 V at 50 Hz", "each panel makes 400 W and the farm 5 MW": a spaced volt, watt or amp in a
# sentence about electricity, told by its words or by another electrical unit near it.
_ELECTRIC_TALK = compiled(
    r"\b(?:volts?|voltage|watts?|wattage|amps?|amperes?|amperage|current(?= of\b)|electric\w*|batter(?:y|ies)|chargers?"
    r"|charging|outlets?|sockets?|mains|grid|circuits?|fuses?|plugs?|bulbs?|inverters?|transformers?|solar"
    r"|(?:power|supply|supplies|output|input)\b(?! of attorney)|[kMG]W|[kMG]Wh|Wh|Hz|kHz|kVA|mAh?|kV|AC|DC)\b")
_NAME_NEXT = compiled(r"\s[A-Z][a-z]")  # "100 W Main St", "3 A Smith Ave": a street's point or an initial
# "rated at 3.3 V.", "a 1.5 A", "220 V": a spaced volt, or a watt or an amp after a decimal, that ends its clause is
# the unit; so is a whole number's watts or amps written alone, as a table's cell ("100 W"); "Hwy 101 W" is a label.
_CLAUSE_END_NEXT = compiled(r"\s*(?:[.,;:!?)\]]|$)")
# A recipe's cup written "c." after an amount and before what is measured: "1/2 c. sugar", "2 c. flour".
_RECIPE_CUP = compiled(r"(\d(?<![\w.,/]\d)\d?(?: \d/\d)?|\d(?<![\w.,/]\d)/\d)\s?c\.(?=\s[a-z])")
# "a 3,000-sq-ft home": square feet or meters hyphened before the noun they measure.
_HYPHENED_SQUARE = compiled(r"(?<=\d)-sq\.?-(ft|m)\b")
# "120 sq. ft.", "3.4 cu.ft.", "12 fl. oz.": the stop of "sq.", "cu." or "fl." would end the measure.
_SQUARE_STOP = compiled(r"(?<=\d)(\s?)(sq|cu|fl)\.\s?(?=(?:ft|mi|km|m|in|yd|oz)\b)")
# "6 ft 2 in tall": feet and inches; a spaced "in" only where it cannot be the preposition ("2in" always is inches).
# The feet's unit stands apart (a digit or a space before it, a stop or a space after): among util.letter_words.
_FOOT_WORDS = frozenset({"ft", "feet", "foot"})
_FEET_AND_INCHES = compiled(  # led by the digit, its look behind after it: scanned in C
    r"(\d(?<![\w.,]\d)\d?)\s?(?:ft|feet|foot)\.?\s(\d{1,2})(?:in\b\.?(?!\w)|\s?in(?:ches|ch)?\b\.?"
    r"(?=\s*$|[,;:)!?]|\.\s|\s(?:tall|high|long|wide|deep|across|and|by|x)\b))"  # "10 ft 6 in by 9 ft"
)
# "250g/9oz", "500ml/2 cups", "2.5cm/1in", "180°C/350°F": one amount given two ways, said with "or" (each side is
# then read as a measure); "5 mg/kg" and "4 g/24 h" are per.
_QUANTITY_OF = {unit: index for index, same in enumerate(SAME_QUANTITY) for unit in same} | {
    "in": 0, "cup": 2, "cups": 2, "pint": 2, "pints": 2}
_SAME_ALT = "|".join(re.escape(u) for u in sorted({u for same in SAME_QUANTITY for u in same}, key=len, reverse=True))
_EQUIVALENT = compiled(
    # the second amount may be a fraction: "300ml/½ pint" (tidied to "1/2"), "30g/1 1/2oz"
    rf"(?<=\d)(\s?)({_SAME_ALT})\s?/\s?(?=(?:\d[\d,]*(?:\.\d+)?|\d{{1,2}}/\d{{1,2}}|\d\s\d/\d)"
    rf"\s?({_SAME_ALT}|in|cups?|pints?)(?!\w|/(?!\d)))")
_MAY_BE_EQUIVALENT = compiled(r"[a-zA-Z°]\s?/\s?\d")
# "the NZ$ rose", "against the US$": a dollar named by its country's letters with no amount after it.
_DOLLARS_BY_COUNTRY = "|".join(re.escape(k) for k in CURRENCIES if k.endswith("$") and k[:-1].isalpha())
_DOLLAR_ALONE = compiled(rf"(?<![\w$])(?:{_DOLLARS_BY_COUNTRY})(?!\s?[\d$])")
# "45p in the £", "the $ rose", "against the €": a currency's sign with no amount after it, named as the currency.
_SIGN_ALONE = compiled(r"[$£€¥₹](?<=\b[Tt]he [$£€¥₹])(?![\w$£€¥₹]|\s?[\d.,]\d|\s?\d)")  # led by the class: in C
# "4bd/3ba", "3 bed / 2.5 bath": a listing's bedrooms and bathrooms.
_BEDS_BATHS = compiled(
    r"(\d(?<![\w.,]\d)\d?)\s?(?:bd|bds|bed|beds|br|BR|bdrm|bdrms)\s?/\s?(\d)(\.5)?\s?(?:ba|BA|bath|baths)\b")
# "2x HDMI ports", "4x AA batteries": a count in a product's specification, said as the number alone.
_COUNT_OF_PARTS = compiled(r"(?<![\w.,])(\d{1,2})x(?=\s(?!(?:EBITDA|EBIT|ARR|FCF|EPS|NAV)\b)[A-Z]{2,})")
# "3in of rain", "a 2-3in layer": "in" against a number is inches (parted by a space it is the preposition, but for
# one before a closing bracket, "12.7 mm (0.5 in)", a conversion, or before the adjective of a size that ends its
# clause, "12 in wide", "24 in long, 10 in deep": the preposition takes a noun there, "2 in high demand").
_SIZE_ADJECTIVES = r"(?:wide|long|tall|high|deep|thick|across)(?=\s?[.,;:)!?]|$|\s(?:and|or|by|x)\s)"
_GLUED_INCHES = compiled(
    rf"(?<![\w.,/])({NUM})(?:\s?-\s?({NUM}))?(?:in|\sin(?=\)|\s{_SIZE_ADJECTIVES}))\b(?![\w'’-])")
_MAY_BE_GLUED_INCHES = compiled(rf"\din\b|\d in(?:\)|\s{_SIZE_ADJECTIVES})")
# "what's 50kg in lbs?", "measured in mm", "cheaper per kg": a unit named with no number, after a word that asks for
# one. Single letters, "ft" ("in Ft. Worth") and the byte sizes ("born in GB") are left alone.
_NAMED_UNITS = ("lbs", "lb", "kg", "km", "cm", "mm", "ml", "mL", "mph", "kph", "km/h", "oz", "mg", "kWh", "MWh",
                "kcal", "hp", "psi", "Hz", "kHz", "MHz", "GHz", "kW", "MW", "GW", "dB", "mmHg", "ppm", "Gbps", "Mbps",
                "°C", "°F", "sq ft", "sq m", "sq mi", "sq km")  # "sales per sq ft"
_UNIT_ALONE = compiled(
    r"\b(in|into|to|per)\s(" + "|".join(re.escape(unit) for unit in sorted(_NAMED_UNITS, key=len, reverse=True))
    + r")(?=[,;:!?)]|\.(?:\s|$)|$|\s(?!\d))"
)
# "given in mol/L", "measured in mg/dL": a rate of two units named with no number, after "in"; said as the rate
# is after a number ("moles per litre"), where it was left as written. The second is one a rate divides by (h74).
_RATE_ALONE = compiled(r"\b(in|into) ([a-zµμ][A-Za-z]{0,3})/(L|l|mL|ml|dL|dl|kg|g|mol|s|h|min|m3|cm3)"
                       r"(?=[,;:!?)]|\.(?:\s|$)|$|\s(?!\d))")
_NAMED_UNITS_FIRST = first_letters(_NAMED_UNITS)  # a first look among util.letter_words ("°C": "C")
# "14st 3lb": stones and pounds, a British body weight (a lone "14st" may be a misspelt ordinal).
_STONES = compiled(r"(?<![\w.,])(\d{1,2})\s?st\s?(\d{1,2})\s?lbs?\b\.?")
# "weighs 14st", "she lost 3st": stones alone, where the words just before speak of a body's weight.
_LONE_STONES = compiled(r"(?<![\w.,])(\d{1,2})\s?st\b\.?(?![\w'’])")
_WEIGHT_BEFORE = compiled(r"(?i:\bweigh\w*|\bweight|\blost|\blos(?:e|es|ing)|\bshed\w*|\bgain\w*|\bput on"
                          r"|\bpiled on|\bscales?)\b(?:\W+\w+){0,3}?\W+$")
# "45C", "-5F": a temperature written without its degree sign, only where the sentence speaks of temperature or
# the value is below zero ("seat 12F", "flat 3C" are places).
_BARE_DEGREES = compiled(rf"(?<![\w.,])(-?{NUM})(?:\s?(?:-|to)\s?(-?{NUM}))?([CF])\b(?![\w'’&-])")
_WARMTH = compiled(
    r"(?i:temperatures?|temps?|degrees|heat|heatwave|highs?|lows?|warm\w*|cold\w*|hot\w*|cool\w*|freez\w*|frost\w*"
    r"|mercury|thermometers?|thermostats?|ovens?|bak(?:e|es|ed|ing)|roast\w*|weather|forecast\w*|fever|boil\w*"
    r"|thaw\w*|warming|climate|chill\w*|humid\w*|scorch\w*|swelter\w*|air[- ]?condition\w*|shade|sunshine|sunny"
    r"|mild|balmy|muggy|icy|outside|inside|indoors|outdoors|overnight|preheat\w*|reheat\w*|cook\w*|grill\w*"
    r"|simmer\w*"
    # a forecast's lines: "showers, max 14C, winds SW 15mph"
    r"|showers?|rain\w*|drizzle|snow\w*|sleet|fog\w*|cloud\w*|winds?|max|maximum|min|minimum"
    # a recipe's oven, given as a gas mark too: "200C/180C fan/gas 6"
    r"|gas(?:\smark)?\s\d)\b"
)
# "the 1.5C target", "a 2C rise": what a temperature names right after it, in talk of the climate; a fan oven's
# setting ("180C fan").
_WARMTH_NEXT = compiled(r"(?:of\s)?(?:warming|rise|increase|target|limit|threshold|goal|cap|ceiling|hotter|warmer"
                          r"|cooler|colder|above pre-?industrial|fan)\b")
# "a rise of 1.5C", "it hit 40C", "soared to 38C": a figure that rises, falls or peaks, in words of a temperature's
# (the sentence need not say "temperature" or "warm"), of two digits or a decimal.
_CHANGE_BEFORE = compiled(
    r"\b(?:(?:rise|rises|increase|increases|jump|drop|fall|change)\s+of|hit|hits|hitting|reached|reaches|reaching"
    r"|topped|tops|(?:peaked|peaks|peaking)\s+at|(?:soared|soars|plunged|plunges|dropped|drops|fell|falls|climbed"
    r"|climbs|rose|rises)\s+to)\s+$")
# "4.2s", "9.58 s": seconds after a decimal ("30s" is a decade, "in 2s and 3s" a count of twos).
# One cheap scan says which of the rules below may apply: its last character names the rule.
_MAY_BE_IN_CONTEXT = compiled(r"\d(?:\s?st|[CF]|\s?s|x|[mkMKBT](?=\+?\s[a-zA-Z]))(?!\w)")
_DECIMAL_SECONDS = compiled(r"(?<![\w.,])(\d+\.\d+)\s?s\b(?![\w'’])")
# "2.5x faster", "25x earnings", "grew 10x.": a multiple, before a word in lower case or at a clause's end ("2x4"
# and "3x3" are sizes, "2x + 1" algebra). After "a" or "the" it names a kind and keeps its "x", as it is said: "a 30x
# zoom", "a 10x engineer" (comparisons are still multiples: "a 2x faster chip").
_MULTIPLIER = compiled(
    rf"(?<![\w.,])({NUM})(?:x?\s?(?:-|to)\s?({NUM}))?x"  # "1-2x", "3x-5x"
    # a valuation's base in capitals is a multiple too ("12x EBITDA"); "2x HDMI ports" is a count
    r"(?=\s[a-z]|\s(?:EBITDA|EBIT|ARR|FCF|EPS|NAV|P/E)\b|[,;:!?)]|\.(?:\s|$)|$)"
)
# "the dose was doubled x2", "zoom ×10", "(x3)": a multiplier written before its number, as on a label. Twenty at
# most: "x64" and "x86" are processors; after "the" or "a" it names a model ("the X2").
_TIMES_BEFORE = compiled(r"(?:(?<=\s)(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?<!\b[Aa]n\s)|(?<=^)|(?<=\())"
                           r"[x×]((?:1?[1-9]|10|20)(?:\.\d)?)(?![\w.,]?\d|\w)")
# "12 x bicep curls", "4 x AA batteries", "1 x Dress": a count of things written with "x", said as the count ("3 x
# faster" is a multiple, "three times"; "2 x 500 mg" a product: a number follows).
# "at ×40", "a ×10 loupe", "×400": the sign "×" before a number is a magnification at any power (it names no model,
# as "the X2" does, nor a processor, as "x64"): "times forty" ("×forty" it was).
_SIGN_TIMES_BEFORE = compiled(r"(?:(?<=\s)|(?<=^)|(?<=\())×(\d{1,4}(?:\.\d)?)(?![\w.,]?\d|\w)")
# '#8 x 1-1/4" screws', "#10 x 3in": a screw's gauge by its length, "number eight by", never a count "times" one.
_SCREW_GAUGE = compiled(r"(?<![\w#])(#\d{1,2})\s?[x×]\s?(?=\d)")
_COUNT_X = compiled(r"(?<![\w.,])(\d{1,3})\s[x×]\s(?=[A-Za-z])")
_MAY_BE_TIMES_BEFORE = compiled(r"x[1-9]")  # led by a literal: found in C ("×" is looked for apart)
# "5 x £20" once money is words ("5 x twenty pounds"): a count times an amount, no count of things ("2 x HDMI").
_AMOUNT_SAID_AFTER = compiled(r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty"
                              r"|a hundred|a thousand)\b")
_KIND_BEFORE = compiled(r"(?:^|(?<=\s))(?:[Aa]n?|[Tt]he)\s+$")
_COMPARATIVE_AFTER = compiled(
    r"\s(?:more|less|fewer|as|faster|slower|bigger|larger|smaller|higher|lower|greater|better|worse|cheaper|longer"
    r"|shorter|stronger|weaker|heavier|lighter|quicker|over)\b"
)
# "a 2x All-Star", "3x NBA champion": a count of titles, said "two time".
_TIMES_TITLE = compiled(
    r"(?<![\w.,])(\d{1,2})x(?=\s+(?:[\w-]+\s+)?(?:champions?|winners?|finalists?|medall?ists?|All-Stars?|"
    r"Olympians?|Pro Bowlers?|MVPs?|All-Pros?|nominees?|[Gg]rand [Ss]lam)\b)"
)
# "ran 5km in 19'30\"", "1'52\"": minutes and seconds as athletics and swimming write them (inches stop at 11, so
# 12 to 59 after the mark are seconds).
_MINUTES_SECONDS_MARKS = compiled(r"(?<![\w.'])(\d{1,2})'\s?(1[2-9]|[2-5]\d)(?:\"|'')(?!\w)")
# 6'2" -> six feet two inches
_FEET_INCHES = compiled(r"(?<![\w.])(\d)'\s?(\d{1,2})(?:\"|'')(?!\w)")
# "I'm 5'4 and 120lbs", "he's 6'1, 190": a person's height written without the inches' mark, four to seven feet and
# up to eleven inches ("five'four" it was); a room's size ("8'6 x 6'3") is read before.
_BARE_HEIGHT = compiled(r"(?<![\w.'’])([4-7])'(\d|1[01])(?![\w'’\"./-]|\s?[x×])")
# "13'9\" x 11'10\"", "12' x 10'6\"", "8'6 x 6'3": a room's size as estate agents give it, feet and inches each way,
# said "thirteen foot nine by eleven foot ten".
_ROOM_SIDE = r"(\d{1,2})'(?:\s?(\d{1,2})(?:\"|'')?)?"
_ROOM_SIZE = compiled(rf"(?<![\w.'\"]){_ROOM_SIDE}\s?[x×]\s?{_ROOM_SIDE}(?![\w'\"])")
# "a 5' x 8' rug": sizes in feet marks are sizes in feet ("5 x 8 ft"), read by the dimension rule.
_MARKED_SIZES = compiled(r"(?<![\w.'])(\d{1,3})'\s?([x×])\s?(\d{1,3})'(?![\w'])")
# A lone mark after a number: "6' tall", "a 6' fence", "a 65\" TV", "10\" long". A straight quote after a number
# closes a quotation as often ("the \"top 10\" list"), so it is inches only when the quotes before it are paired,
# and feet only before a size's word or a noun the amount describes ("he's 6'" may be a quote's end).
_MARKED = r"(?:\d{1,2} )?\d{1,2}/\d{1,2}|\d{1,3}(?:\.\d{1,2})?"  # "6", "2.5", "3/4", "1 1/2"
_MARK_RANGE = r"(?:(\d{1,3}(?:\.\d{1,2})?)%s?\s?[-–]\s?)?"  # "18-24\"", "6\"-8\"": a range of inches
_FOOT_RANGE, _INCH_RANGE = _MARK_RANGE % "'", _MARK_RANGE % '"'
_FOOT_MARK = compiled(rf"(?<![\w.'’/-]){_FOOT_RANGE}({_MARKED})'(?![\w'’])")
_INCH_MARK = compiled(rf"(?<![\w.\"/-]){_INCH_RANGE}({_MARKED})\"(?![\w\"])")
_QUOTE = compiled(r'(?<!\d)"')
_NAME_AFTER = compiled(r"\s[A-Z][A-Za-z]+")
_THE_JUST_BEFORE = compiled(r"\b[Tt]he\s$")
_MAY_BE_MARK = compiled(r"\d['\"]")
_SIZE_WORD_AFTER = compiled(r"\s(?:tall|high|long|wide|deep|across|thick|square)\b")
# "a 27\" 4K monitor", "a 14\" 2.8K OLED display": a screen's size, then its specification, then the noun it sizes.
_SPEC_THEN_NOUN = compiled(r"(?:\s(?:\d{1,2}(?:\.\d)?K|[A-Z]{2,5})){1,3}\s([a-z]{3,})\b")
# "a 65\" QLED TV", "Samsung 55\" OLED": a screen's kind in capitals after its size (no determiner need come before);
# a kind of screen named alone, even at a clause's end ("55\" TV", "Display: 6.1\" OLED, 120Hz").
_SCREEN_KIND_AFTER = compiled(r"\s(?:[A-Z]{2,5}\s(?!(?:and|or|but)\b)[\w]|(?:TVs?|OLED|QLED|AMOLED|LCD|LED|IPS)\b)")
_COMPOUND_WORD_AFTER = compiled(r"\s[a-z]{2,12}-[a-z]{2,12}(?=\s)")
_PLURAL_AFTER = compiled(
    r"\s(?!(?:is|was|has|does|as|us|this|its|his|hers|yours|ours|theirs|thus|plus|less|unless|across|always|perhaps"
    r"|besides|towards|afterwards|sometimes|whereas)\b)[a-z]{2,}[^s\W]s\b")
# Verbs in "-s" an amount may be the subject of ("5 km remains unpaved", "10 W goes a long way"): not things it sizes.
_VERBS_AFTER_AN_AMOUNT = word_set(
    "remains seems means makes takes goes costs separates lies stands comes adds gives brings equals covers becomes "
    "feels looks sounds needs helps matters counts weighs lasts holds keeps gets puts sets leaves marks represents "
    "accounts amounts stretches extends reaches rises falls drops sits appears happens works"
    # what a reading tells: "above 7 mmol/l suggests diabetes", "a level over 40 mg indicates a leak"
    " suggests indicates implies confirms requires warrants qualifies defines"
    # what an engine or a plant does: "the 1.5T delivers 180hp", "10 MW generates enough for a town"
    " delivers produces generates develops"
)


# "a $2 billion deal", "a 15 km road": after "a" and before a noun, an amount describes the noun and its unit is
# singular, as in "a two billion dollar deal" and "a fifteen kilometer road". The words listed after the unit show
# it is not describing a noun ("a $5 or $10 fee", "a 100 m in ten seconds"). Words that describe the noun too may
# stand between "a" and the amount: "a four-year, $40 million contract", "a record $2bn fine".
_ARTICLE_BEFORE = compiled(
    r"(?:^|(?<=[\s(\"“]))[Aa]n?\s+(?:(?:[\w]+-[\w-]+|new|record|whopping|reported|estimated|proposed|planned"
    r"|additional|combined|hefty|massive|potential),?\s+){0,2}$"
)
_NOUN_AFTER = compiled(
    r"\s+(?!(?i:or|and|to|per|of|in|on|at|by|for|from|with|than|apiece|a|an|the|more|less|plus|minus)\b)"
    r"(?!(?i:each)\b(?!-))"  # "a £10 each" is a price each; "a £10 each-way bet" a bet's stake (h102)
    # a verb after the amount makes it the subject: "an estimated £250k was found", "a reported $5m has gone"
    r"(?!(?:is|was|were|are|has|had|have|will|would|could|can|may|might|must|should|went|goes)\b)"
    # another size may stand before the noun both describe: "a 6.7\" 120Hz display", "a 27in 4K monitor"
    r"(?:[a-zA-Z]|\d[\w.,\"-]*\s+[a-z])"
)
# After "the", "its" or "Europe's" the amount may be the subject instead ("the $5 million went to charity", "the
# 3 kg it lost"), so the next word must look like a singular noun: lower case, not a verb's past or "-s" form, a
# pronoun or a word of grammar.
_DETERMINER_BEFORE = compiled(
    r"(?:^|(?<=[\s(\"“]))(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Yy]our|[Ee]ach|[Ee]very"
    r"|(?!(?i:it|that|what|there|here|he|she|who|where|let)['’])\w+['’]s)\s+"
    # a superlative may stand between: "the best $699 phone", "its biggest £2bn deal"
    r"(?:(?:best|worst|latest|cheapest|biggest|largest|smallest|longest|highest|lowest|newest)\s+)?$"
)
# A count of the things the size describes ("two 8\" round tins", "several 10 km runs"): the noun after is plural.
_COUNT_BEFORE = compiled(r"(?:^|(?<=[\s(\"“]))(?i:two|three|four|five|six|seven|eight|nine|ten|both|several)\s+$")
_NOT_A_NOUN = word_set(
    "or and but nor to per of in on at by for from with than into onto over under about after before between "
    "through during each apiece a an the this that these those more less plus minus it he she they we you i "
    "who which what what's is was were are be been being will would could can may might must should shall "
    "has had have do did does went came left paid spent lost made won sold built kept got gave took brought "
    "bought stood fell rose grew meant became set cut put hit held ran began sent lent bent dealt "
    "away back north south east west further farther below above ahead behind apart now so then too alone only "
    "still yet already again ago later earlier here there overall instead extra altogether "
    "people everyone everybody nobody someone somebody anyone anybody many most some all both "
    # a clause goes on after the measure: "at 30,000ft when the engine failed", "50km since Monday"
    "when whenever while whilst whereas where wherever because since until till though although unless once "
    "just also even not never nearly almost today tonight yesterday tomorrow "
    # a comparison or a place goes on after the measure: "0.7°C relative to 1990", "2km across the bay"
    "relative respectively versus vs against across along around beyond within without via like near toward towards "
    "upon despite as if "
    # a number said in words is the next measure of a table's row, never what the size describes: "7°C 40%" is
    # "seven degrees Celsius forty percent" ("one" is left: "a 5m one" is a five meter one)
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand zero minus"
)
_RACES = word_set("hurdles heats finals semifinals semis relays")
# Things an amount of money prices or names, never verbs: "the £20 notes", "the $100 bills", "the €2 coins".
_PRICED_THINGS = word_set("notes bills coins banknotes tickets fines vouchers tokens stamps coupons bonds chips")
_WORD_AFTER = compiled(r"\s+([a-z]+)\b(?!['’-])")
_ENGINE_LAYOUT_AFTER = compiled(r"\s+(?:[VWI]\d{1,2}|flat-(?:four|six|twelve)|straight-six)\b")  # "V8", "I4", "W12"
_NAME_THEN_WORD = compiled(r"\s+[A-Z][\w-]{0,20}\s+([a-z]+)\b(?!['’-])")
# The leading sizes of dimensions already said with "by" ("a 12 by 9 ft room"), up to the article before them.
_SIZES_BEFORE = compiled(rf"(?:{NUM}(?:\s?(?:{_UNIT_ALT}))? by )+$")
# The sizes after one ("by 12 ft"), three at most: a long chain is not scanned again from each of its sizes.
_BY_SIZE_AFTER = compiled(rf"(?:\s+by\s+{NUM}(?:\s?(?:{_UNIT_ALT}))?(?![\w°/])){{1,3}}")
# One size given two ways ("a 20cm/8in tin" is by now "a 20cm or 8in tin"): both describe the noun after the second.
# Inches against their number are read before the other units: "a 20cm or eight inch tin".
_OR_SIZE_AFTER = compiled(rf"\s+or\s+(?:{NUM}\s?(?:{_UNIT_ALT}|in)(?![\w°/])|(?:[a-z]+\s){{1,4}}inch(?:es)?\b)")
_SIZE_OR_BEFORE = compiled(rf"{NUM}\s?(?:{_UNIT_ALT}) or $")


_ASIDE_AFTER = compiled(r"\s\((?=[^()]{1,30}\))[^()]*\)")
_AMOUNT_AND_BRACKET = compiled(r"\S+\s\($")


def _describes_a_noun(match: re.Match[str]) -> bool:
    """True when the amount stands between "a" (or "the", "its") and a noun: "a $5 bill", "the 15 km road"."""
    text = match.string
    before = text[max(0, match.start() - 48):match.start()]
    if before.endswith(" by "):  # "a 4 by 6 m rug": the sizes before the last describe the noun with it
        before = _SIZES_BEFORE.sub("", before)
    elif before.endswith(" or "):  # "a 20cm/8in tin", once "a 20cm or 8in tin": the size given the other way
        before = _SIZE_OR_BEFORE.sub("", before)
    end = match.end()
    later_size = _BY_SIZE_AFTER.match(text, end)
    if later_size is None:
        other_way = _OR_SIZE_AFTER.match(text, end)  # not inside a bracket: "a strip (2.5 cm / 1 in) wide"
        later_size = other_way if other_way is not None and not text.startswith(")", other_way.end()) else None
    if later_size is not None:  # "a 10 ft by 12 ft room": the first size describes the noun after the last
        end = later_size.end()
    # "a 23cm (9in) tin": the size in brackets, and the one before it, describe the noun after the bracket
    if before.endswith("(") and text.startswith(")", end):
        before, end = _AMOUNT_AND_BRACKET.sub("", before), end + 1
    else:
        aside = _ASIDE_AFTER.match(text, end)
        end = aside.end() if aside is not None else end
    if _ARTICLE_BEFORE.search(before):
        return _NOUN_AFTER.match(text, end) is not None
    if _COUNT_BEFORE.search(before):
        counted = _WORD_AFTER.match(text, end)
        return counted is not None and counted.group(1) not in _NOT_A_NOUN and not counted.group(1).endswith("ly")
    if not _DETERMINER_BEFORE.search(before):
        return False
    # "the £2.5bn HS2 contract", "the $5bn Apple deal": a name between the amount and the noun it describes
    if _ENGINE_LAYOUT_AFTER.match(text, end):
        return True  # "the 6.2L V8 makes 495hp": the engine the size names, whatever follows it
    word = _WORD_AFTER.match(text, end) or _NAME_THEN_WORD.match(text, end)
    if word is None:
        return False
    noun = word.group(1)
    # "-s" may be a verb ("the 3 kg weighs"), but not "-ss", "-us" or "-is" ("the $1.9 trillion stimulus"), nor a race
    # named by its distance ("the 400m hurdles", "the 100m heats")
    plural_or_verb = (noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and noun not in _RACES
                      and noun not in _PRICED_THINGS)
    if noun.endswith("ed") and noun not in _NOT_A_NOUN:  # "the 11.4 km elevated section": an adjective, then the noun
        after = _WORD_AFTER.match(text, word.end())
        return after is not None and _plain_singular_noun(after.group(1))
    return noun not in _NOT_A_NOUN and not plural_or_verb and not noun.endswith(("ed", "ly"))


def _plain_singular_noun(word: str) -> bool:
    """A word that can only be a singular noun here: no word of grammar, place or time, no "-s", "-ed" or "-ly"."""
    return (word not in _NOT_A_NOUN and word not in _NOT_SIZED and len(word) > 2
            and not word.endswith(("s", "ed", "ly")))


# Words after a size that say where or when, not what it sizes ("ran 5km yesterday", "a shop 2km away").
_NOT_SIZED = word_set(
    "yesterday today tonight tomorrow overnight away home ahead behind apart ago long wide high deep tall thick across "
    "below above further farther later earlier instead altogether total alone inland offshore north south east west "
    "up down out off back round around less more too so outside inside outdoors indoors underground underwater "
    "nearby abroad overhead upstream downstream uphill downhill everywhere "
    "northeast northwest southeast southwest northward southward eastward westward"  # "struck 10km NE of the city"
    " last next this every each"  # "it rose 5m last year": when, not what it sizes
    " continuous peak nominal sustained rms RMS"  # "delivers 5kW continuous, 10kW peak": a rating's kind (h60)
)


# Weights and volumes before a noun measure out that stuff ("120g flour", "250ml milk"), they do not describe it.
_AMOUNTS_OF_STUFF = SAME_QUANTITY[1] | SAME_QUANTITY[2]
# ... except before what holds the stuff: "10 kg bags", "2 l bottles", "5 mg doses" are ten kilogram bags, two liter
# bottles and five milligram doses.
_CONTAINERS = word_set(
    "bag bags sack sacks bottle bottles can cans jar jars tin tins pack packs packet packets box boxes tub tubs "
    "drum drums barrel barrels tank tanks jug jugs carton cartons cylinder cylinders bucket buckets keg kegs "
    "pouch pouches container containers canister canisters crate crates "
    # and what holds a drug's amount: "5 mg doses", "a 200 mg tablet", "0.25mg pens"
    "dose doses tablet tablets pill pills capsule capsules injection injections shot shots vial vials sachet sachets"
    " pen pens patch patches inhaler inhalers"
    # and what a kitchen's or a camper's volume sizes: "a 1.7L kettle", "a 500ml flask", "a 5 l saucepan"
    " kettle kettles flask flasks saucepan saucepans pot pots mug mugs thermos"
    # and what holds a yarn's or a thread's weight or length: "6 x 100g skeins", "50g balls", "a 500m cone" (h74)
    " ball balls skein skeins hank hanks cone cones reel reels spool spools"
    # and what a gym's weight names: "25 lb dumbbells", "45 lb plates", "a 16 kg kettlebell" (h102)
    " dumbbell dumbbells kettlebell kettlebells barbell barbells plate plates weight weights"
)


def _named_thing_after(match: re.Match[str]) -> bool:
    """"The 15kg Labrador", "the 10km Thames Path walk": after "the" a size before a name describes what it names."""
    return (_NAME_AFTER.match(match.string, match.end()) is not None
            and _THE_JUST_BEFORE.search(match.string, max(0, match.start() - 5), match.start()) is not None)


def _plural_noun_after(match: re.Match[str]) -> bool:
    """Things the size describes right after it: "25 yd lanes", "400 W panels", "30 mph winds" (a yard lane each)."""
    plural = _PLURAL_AFTER.match(match.string, match.end())
    if plural is None:  # "5mm double-pointed needles": a compound describing the things first (a millimetre each)
        compound = _COMPOUND_WORD_AFTER.match(match.string, match.end())
        plural = _PLURAL_AFTER.match(match.string, compound.end()) if compound is not None else None
    word = plural.group(0).strip() if plural is not None else ""
    # "3m upwards", "5 km sideways": a direction; "three times": how often
    return (bool(word) and word not in _VERBS_AFTER_AN_AMOUNT and word != "times" and word not in _NOT_SIZED
            and not word.endswith(("wards", "ways")))


def _minutes_then_noun(match: re.Match[str]) -> bool:
    """"3hr 30min pacers": minutes after the hours, then a noun the two describe (not "3hr 30min later")."""
    after = _MINUTES_THEN_NOUN.match(match.string, match.end())
    return after is not None and after.group(0).split()[-1] not in _NOT_A_NOUN | _NOT_SIZED


def _holder_after(match: re.Match[str]) -> bool:
    """A container right after a weight or volume: "10 kg bags", "a 2 l bottle" (sizes, not amounts of stuff)."""
    word = _WORD_AFTER.match(match.string, match.end())
    return word is not None and word.group(1) in _CONTAINERS


# Things named in "-er" that a size written against its number describes: "a 65W charger", "2000W heater" (other
# words in "-er" after a size are mostly comparisons: "5km further", "2m higher").
_DEVICES_IN_ER = word_set(
    "charger heater speaker adapter inverter amplifier blender mixer dryer cooker toaster router trimmer shaver "
    "grinder boiler freezer cleaner steamer fryer transformer burner subwoofer"
)


# What a power rating names in "-ing": "45W charging", "a 2kW heating element" (other words in "-ing" after a size
# are mostly what is done over it: "5km running").
_POWERED_IN_ING = word_set("charging heating cooling lighting")


# A lens's zoom between a size and the thing both describe: "10MP 3x telephoto" is a ten megapixel telephoto (its
# "3x" is words by then).
_ZOOM_THEN_WORD = compiled(r"\s+(?:\d{1,3}(?:\.\d)?[x×]|(?:one|two|three|four|five|six|seven|eight|nine|ten)"
                           r"(?: point [a-z]+)? times)\s+([a-z]+)\b(?!['’-])")


def _singular_noun_after(match: re.Match[str]) -> bool:
    """A singular noun right after a size written against its number: "a 5,000mAh battery", "65W charger"; on spec
    sheets the size describes the thing ("5,000mAh battery" is a five thousand milliamp hour battery)."""
    word = _ZOOM_THEN_WORD.match(match.string, match.end()) or _WORD_AFTER.match(match.string, match.end())
    if word is None:
        return False
    noun = word.group(1)
    if noun not in _NOT_A_NOUN and noun.endswith(("ed", "less")):  # "45W wired charging", "15W wireless charging"
        powered = _WORD_AFTER.match(match.string, word.end())
        if powered is not None and powered.group(1) in _POWERED_IN_ING:
            return True
    return noun in _DEVICES_IN_ER or noun in _POWERED_IN_ING or (noun not in _NOT_A_NOUN and noun not in _NOT_SIZED
                                      and not noun.endswith(("s", "ed", "ly", "er", "ing")) and len(noun) > 2)


_ONE_SCALE = compiled(r"one (?=(?:hundred|thousand|million|billion|trillion)\b)")
# "a 1/4 acre plot": after "a", one part of a whole is "a quarter", as "a 1/2 cup" is "a half cup".
_ONE_PART = compiled(r"one (?=(?:half|third|quarter|fifth|sixth|eighth|tenth|sixteenth)\b)")


def _a_hundred(match: re.Match[str], spoken: str) -> str:
    """After "a", "one hundred" is "hundred": "a $100 bill" is "a hundred dollar bill", as "a 1,000 km trip" is
    "a thousand kilometer trip"."""
    if spoken.startswith("one ") and _ARTICLE_BEFORE.search(match.string, max(0, match.start() - 4), match.start()):
        if _ONE_PART.match(spoken):
            return spoken[4:]
        return _ONE_SCALE.sub("", spoken, count=1) if _ONE_SCALE.match(spoken) else spoken
    return spoken


def _amount(text: str, british: bool = False) -> str:
    """A number as said before a unit: negative numbers get "minus", fractions their denominators."""
    if text.startswith("-"):
        return "minus " + _amount(text[1:], british)
    if british and text.replace(",", "").isdigit():
        return numbers.cardinal_with_and(int(text.replace(",", "")))
    found = _FRACTION.fullmatch(text)
    if found:
        whole = int(found.group(1)) if found.group(1) else None
        return numbers.fraction(whole, int(found.group(2)), int(found.group(3)))
    if "." in text:
        units, _, places = text.replace(",", "").partition(".")
        if len(places) >= 2 and places.endswith("0"):  # "3.50p", "5.80m": the zeros a price or a mark keeps are
            places = places.rstrip("0")                 # not said ("three point five pence"); "2.0L" keeps its one
            return numbers.number(f"{units}.{places}" if places else units)
        return numbers.number(f"{units}.{places}")
    return numbers.number(text)


_ONE = compiled(r"1(?:\.00+)?")


def _is_one(text: str) -> bool:
    """True when a unit after this amount is singular (1, or a proper fraction such as 1/2)."""
    found = _FRACTION.fullmatch(text)
    if found:
        return not found.group(1) and int(found.group(2)) < int(found.group(3))
    # "1.00 g/cm³": its zeros are not said ("one", as a mark's "70.00m" is "seventy"), so its unit is one's ("one
    # grams" it was)
    return _ONE.fullmatch(text.lstrip("-")) is not None


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
        return f"{sign}{_amount(plain)} {scale} {majors}"
    if len(cents) > 2 and set(cents[2:]) == {"0"}:
        cents = cents[:2]
    # a bitcoin's decimals are fractions of it, not hundredths in satoshis: "BTC 0.5" is "zero point five bitcoin"
    if len(cents) > 2 or (cents and not whole and len(cents) != 2) or (cents and minor == "satoshi"):
        whole_words = numbers.cardinal_with_and(int(whole or "0")) + " " if whole or minor == "satoshi" else ""
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
    if noun is None or noun.group(1) in _NOT_COUNTED or noun.group(1) in _CURRENCY_WORDS:
        return None
    word = noun.group(1)
    return first_end if word in COUNTED_NOUNS or (word.endswith("s") and not word.endswith("ss")) else None


# "£2 coin", "£20 notes", "the £1 coin-operated lockers": the money a coin or a note is worth names it, with no
# article before it, and is said in the singular ("two pound coin"); "bills" may be what the money pays ("£150 bills").
_COIN_OR_NOTE_AFTER = compiled(r"\s(?:coins?|notes?|banknotes?|bill)\b|\scoin-op")  # a "bill" too (h68: "$5 bill")


# "passes $1.8 billion budget", "agrees £40m fee": a sum with its scale before what it names, with no article before it
# as a headline writes it (facts.FUNDED_NOUNS; "a $2bn deal" was read singular, "$2bn deal" plural). A scale is
# wanted: "paid $25 fee" may be "paid $25 (in) fees" cut short, but no one writes "raised $300 million" and a noun.
# One word may name what is funded before it ("£2.5m roads plan", "$2 billion transit plan"), a word of grammar not.
_FUNDED_NOUN_AFTER = compiled(
    r"\s(?:(?!(?:to|in|on|for|of|a|an|the|and|or|from|with|by|at|as|per|each|its|their|his|her|this|that|last|next"
    r"|over|under|above|below|within|off|short|more|less|into|onto|after|before|since|until)\b)"
    rf"[a-z]{{3,15}}\s)?(?:{'|'.join(sorted(FUNDED_NOUNS))})\b(?![\w'’-])")


def _money(match: re.Match[str]) -> str:
    first_end = _to_a_count(match)
    if first_end is not None:  # said as the first amount alone; the count after "to" is read as a count
        first = match.re.match(match.string[:first_end], match.start())
        if first is not None:
            return _money(first) + match.string[first_end:match.end()]
    names = CURRENCIES[match.group(1) or match.group(2)]
    value, scale, upper, upper_scale = match.group(3), _scale(match, 4), match.group(6), _scale(match, 7)
    singular = (_describes_a_noun(match) or _A_RATE_AFTER.match(match.string, match.end()) is not None
                or _PARTICIPLE_JOINED.match(match.string, match.end()) is not None
                or (not scale and _COIN_OR_NOTE_AFTER.match(match.string, match.end()) is not None)
                or (bool(scale or upper_scale) and _FUNDED_NOUN_AFTER.match(match.string, match.end()) is not None))
    if upper and upper_scale and not scale:
        # "$1.5-2bn", "HK$3 to HK$4 billion": the scale and the currency are said once, after the range.
        plain = value.replace(",", "")
        plain = plain.rstrip("0").rstrip(".") if "." in plain else plain  # "5.50 million" is 5.5 million
        spoken = _amount(plain) + " to " + _money_words(upper, names, upper_scale, singular)
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
        spoken += " per " + ("share" if match.group(11) == "sh" else match.group(11))  # "$34/sh"
    if match.group(12):
        spoken += " " + _RENT_PERIODS[match.group(12).replace(".", "")] + sentence_stop(match)
    elif match.group(13):
        spoken += " each" + sentence_stop(match)  # "$35 ea."
    return padded(match, _a_hundred(match, spoken) if singular else spoken)


def _trailing_symbol(match: re.Match[str]) -> str:
    """"5€" -> "five euros"; "1.5¢" -> "one point five cents" (a cent has no smaller unit)."""
    value, symbol, unit = match.group(1), match.group(2), match.group(3)
    per = f" per {UNITS[unit][0]}" if unit else ""
    if symbol == "¢":
        return padded(match, _amount(value) + (" cent" if value == "1" else " cents") + per)
    return padded(match, _money_words(value, CURRENCIES[symbol], None) + per)


def _trailing_code(match: re.Match[str]) -> str:
    scale = SCALES[match.group(2)] if match.group(2) else None
    return padded(match, _money_words(match.group(1), CURRENCIES[match.group(3)], scale))


def _small_change(match: re.Match[str]) -> str:
    """"50p" -> "fifty pence", "1p" -> "one penny", "99c" -> "ninety nine cents"; "Figure 3c" is a label."""
    if _LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start()):
        return match.group(0)
    value, letter, per = match.groups()
    if value.replace(",", "") in _VIDEO_LINES and letter == "p" and not per:
        if len(value) == 3:  # "720p" is "seven twenty p", as "1080p" is "ten eighty p"
            return padded(match, f"{numbers.number(value[0])} {numbers.number(value[1:])} p")
        return match.group(0)
    one, many = ("penny", "pence") if letter == "p" else ("cent", "cents")
    per_unit = f" per {UNITS[per][0]}" if per else ""
    # "a 20c coin", "50c pieces": cents before what they name are said singular, as dollars are; "a 20p coin" keeps
    # its "pence", as Britain says it
    singular = value == "1" or (letter != "p" and not per and (
        _describes_a_noun(match) or _COIN_OR_NOTE_AFTER.match(match.string, match.end()) is not None))
    return padded(match, f"{_amount(value)} {one if singular else many}{per_unit}")


# "¥150/$", "€0.92/$": an exchange rate, so much to the dollar.
_PER_CURRENCY = compiled(rf"(?<=\d)/([{MONEY_SIGNS}])(?=[\s,.;:)]|$)")
# "$0.01/1K tokens", "$5/1M words": a price per a thousand or a million of something.
_PER_SCALE = compiled(r"(?<=\d)/1?([kKmMB])(?=\s[a-z])")


# "Rs.150/-", "Rs 500/- only": South Asia's mark that an amount is whole, never said.
_WHOLE_AMOUNT_MARK = compiled(r"(?<=\d)/-(?=[\s.,;:)]|$)")


# "KSh.200", "Rp.5000", "USD.40": a currency's letters with a stop against the amount; the stop is the abbreviation's,
# no decimal point ("KSh.200" was "twenty cents").
_CODE_LETTERS = "|".join(sorted((code for code in CURRENCIES if code.isalpha()), key=len, reverse=True))
_CODE_STOP = compiled(rf"(?<![\w.])({_CODE_LETTERS})\.(?=[0-9])")
_MAY_BE_CODE_STOP = compiled(r"\.[0-9](?<=[^\W\d_]\.[0-9])")  # led by the stop: scanned in C


# "10-15k people", "5-10m users", "2-3bn": a span whose scale is written once, after its second end, which is said
# with "to" (was "ten-fifteen k", "five to ten meter users", "two three billion"); "m" and "k" only before a plural
# noun, as the scale after one number is ("5-10m tall" is a length).
_SCALED_SPAN = compiled(rf"(\d(?<![\w.,{MONEY_SIGNS}-]\d)[\d,]*(?:\.\d+)?)\s?[-–]\s?"  # led by a digit: in C
                        rf"(?={NUM}(?:(?:bn|bln|mn|mln)\b|[mkKMB]\+?\s+([a-z]+)\b(?!['’-])))")


# "5-10p", "10-20c": a span of pence or cents with the sign once, after its second end (was "five ten pence").
_SMALL_CHANGE_SPAN = compiled(
    rf"(\d(?<![\w.,{MONEY_SIGNS}-]\d)\d{{0,2}})\s?[-–]\s?(?=\d{{1,3}}(?:\.\d{{1,2}})?[pc]\b(?![\w'’-]|\.\w))")


def _scaled_span(match: re.Match[str]) -> str:
    """"10-15k people" -> "10 to 15k people": the span's dash said "to", where the second end is read with its scale."""
    noun = match.group(2)
    if noun is not None and (noun in _NOT_COUNTED or not (noun.endswith("s") or noun in COUNTED_NOUNS)):
        return match.group(0)  # "5-10m tall", "3-4k km": a measure's span
    return match.group(1) + " to "


def _spaced_rand(match: re.Match[str]) -> str:
    """"cost R 350" -> "cost ZAR 350" (read as the rand by the codes' rule); "the R 44" is left a road's letter."""
    whole = match.start() == 0 and match.end() == len(match.string.rstrip(" ."))
    if not whole and not _MONEY_CUE_BEFORE.search(match.string, max(0, match.start() - 40), match.start()):
        return match.group(0)
    return f"ZAR {match.group(1).replace(' ', ',')}{match.group(2) or ''}"


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
    if ("-" in text or "–" in text) and ("0a" in char_classes(text) or "0A" in char_classes(text)):
        text = _SCALED_SPAN.sub(_scaled_span, text)
        text = _SMALL_CHANGE_SPAN.sub(r"\1 to ", text)
    if "/" in text and "/-" in text:
        text = _WHOLE_AMOUNT_MARK.sub("", text)
    if "." in text and ("a.0" in char_classes(text) or "A.0" in char_classes(text) or not text.isascii()) and (
            _MAY_BE_CODE_STOP.search(text)):  # a letter, a stop and a digit in ASCII text: a first look in the classes
        text = _CODE_STOP.sub(r"\1 ", text)
    if "/" in text:
        text = _PER_CURRENCY.sub(lambda m: " to the " + CURRENCIES[m.group(1)][0], text)
        text = _PER_SCALE.sub(lambda m: " per " + SCALES[m.group(1)], text)
    if "R" in text:
        text = _RAND.sub("ZAR ", text)
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
    # "$" is the one sign in ASCII: a substring test for most texts, where the class scanned them
    if ("$" in text if text.isascii() else _MONEY_SIGN.search(text)) or (
            # a code in capitals has two side by side; the others are led by these letters (_CODE_SMALL_LEADS)
            ("AA" in char_classes(text) or "R" in text or "K" in text or "z" in text) and _MAY_BE_CODE.search(text)):
        if "pp" in text:
            text = _PER_PERSON.sub(r"\1 per person", text)
        if "," in text:
            text = _DECIMAL_COMMA.sub(lambda m: f"{m.group(1) or m.group(3)}.{m.group(2) or m.group(4)}", text)
        if "-" in text:
            text = _SCALE_HYPHEN.sub(r"\1\2 ", text)
        text = _MONEY.sub(_money, text)
        text = _TRAILING_SYMBOL.sub(_trailing_symbol, text)
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
    if _SCALED_UNIT_NEXT.match(match.string, match.end()):
        return f"{match.group(1)} {SCALES[match.group(2)]}"
    return padded(match, f"{_amount(match.group(1))} {SCALES[match.group(2)]}")


# "5%-6%", "20°C–30°C": a range whose unit is written on both ends, said once ("five to six percent"); the dash after
# the first sign is no minus.
_SYMBOL_RANGE = compiled(rf"(?<![\w.,])({NUM})\s?(%|°[CF]?)(?:[-–]|\s[-–]\s)(?={NUM}\s?\2(?![\w°]))")


def _descending(match: re.Match[str]) -> bool:
    """True when a span's first number (group 1) is larger than its last (group 2): in "fell from 12% in 1990 to
    5%" the "1990 to 5%" is a year and an amount, not a span, and in "from 3 in 1990 to 2.5 kg" the same."""
    first, last = match.group(1), match.group(2)
    if not last:  # no span (and no second group to slice up to: its start is -1, the whole rest of the text)
        return False
    joined_by_to = match.string.find("to", match.end(1), match.start(2)) >= 0
    if not joined_by_to or first.startswith("-") or last.startswith("-"):
        return False  # "-5 to -10C" falls as it should; "10-5 kg" is written as a span, whatever it means
    try:
        return float(first.replace(",", "")) > float(last.replace(",", ""))
    except ValueError:  # "1 1/2 to 2 cups"
        return False


def _from_last(match: re.Match[str], rule: re.Pattern[str], read: Callable[[re.Match[str]], str]) -> str:
    """The match read from its last number on; the words before it are left to the rules after (a year, a count)."""
    again = rule.match(match.string, match.start(2))
    if again is None or again.end() != match.end():
        return match.group(0)
    return match.string[match.start():match.start(2)] + read(again)


def _percent(match: re.Match[str]) -> str:
    if _descending(match):
        return _from_last(match, _PERCENT, _percent)
    spoken = _amount(match.group(1))
    if match.group(2):
        spoken += " to " + _amount(match.group(2))
    # "per cent" stays as the writer put it: a voice says the same words either way
    spoken += " per cent" if match.group(3).lstrip().startswith("per ") else " percent"
    return padded(match, spoken + (" a year" if match.group(4) else ""))


# "2,5 %", "7,2%": a decimal comma before the percent sign, as much of Europe writes a rate (thousands take three
# digits after their comma).
_DECIMAL_COMMA_PERCENT = compiled(r"(?<![\w.,])(\d{1,3}),(\d{1,2})(?=\s?%)")


def percentages(text: str) -> str:
    """Read "12.5%", "10-15 %" and "5%-6%"."""
    if "," in text and "%" in text:
        text = _DECIMAL_COMMA_PERCENT.sub(r"\1.\2", text)
    if "%" in text or "°" in text:
        text = _SYMBOL_RANGE.sub(r"\1-", text)
    if not ("%" in text or "pc" in text or "per" in text):  # in each of its forms ("pct", "per cent"): a first look
        return text
    return _PERCENT.sub(_percent, text) if _MAY_BE_PERCENT.search(text) else text


# "Flat 5A", "Gate 12A", "Platform 9A": after a word that names a place or a part, a number with a capital letter
# against it is a label, not amps or volts.
_LABEL_BEFORE = compiled(
    # a word joined by a hyphen to the one before is no label but an adjective: "a 3-phase 400V supply"
    r"\b(?<!-)(?i:flat|apt|apartment|room|rm|gate|platform|suite|unit|seat|row|route|rte|bus|building|bldg|block|floor"
    r"|level|studio|house|terminal|exit|pier|berth|bay|stand|hall|ward|lot|plot|box|locker|cabin|court|track|form"
    r"|grade|class|page|chapter|section|figure|fig|table|exhibit|appendix|no|number|stage|type|phase|tier|step"
    r"|article|art|part|clause|schedule|title|item|highway|hwy|interstate|zone|sector|wing|pad|runway|hangar|dock"
    r"|complex|rule|regulation|reg|paragraph|para|annex|version|model|channel|ch|line|lane|road|street|st)s?\.?\s+$"
    # "Seats 14A and 14C": the plural names as well; "Rule 144A", "Model 3S"
    # "LC-39A", "SR-71A": capitals and a hyphen before the number make it a code
    r"|(?<![\w-])[A-Z]{1,4}-$"
)
# What follows a hyphened letter that names, not measures: "133-A were", "Form 1040-A by", "370-A of", "30-A." A unit
# joined by a hyphen describes the noun after it ("a 15-A breaker", "a 9-V battery").
_NOT_A_NOUN_NEXT = compiled(
    r"\s*(?:[.,;:!?)\]]|$)|\s+(?:of|is|was|were|are|has|had|have|will|would|can|could|by|in|on|at|to|for|and|or"
    r"|from|with|as|that|which)\b"
)


_FILM_RATING_AROUND = compiled(r"\(12A\)|[Rr]ated 12A|12A (?:film|certificate|rating|classification)")


def _is_label(match: re.Match[str], unit: str, gap: str) -> bool:
    """A number with one capital against it after a label word ("Flat 5A", "Apt. 133-A"), or hyphened to it before
    no noun ("133-A were evacuated"): the letter is part of a name."""
    if gap not in ("", "-") or len(unit) != 1 or not unit.isupper():
        return False
    if gap and _NOT_A_NOUN_NEXT.match(match.string, match.end()) is not None:
        return True
    if unit == "A" and match.group(0).startswith("12A") and _FILM_RATING_AROUND.search(
            match.string, max(0, match.start() - 9), min(len(match.string), match.end() + 13)):
        return True  # "Dune: Part Two (12A)", "rated 12A": a British film's certificate, not twelve amps
    return _LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start()) is not None


def _electric_at_clause_end(match: re.Match[str], value: str, unit: str) -> bool:
    """"220 V", "3.3 V.", "a 1.5 A": volts or a decimal's watts or amps at a clause's end; "100 W" alone."""
    if not _CLAUSE_END_NEXT.match(match.string, match.end()):
        return False
    if _LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start()):
        return False
    alone = not match.string[:match.start()].strip() and not match.string[match.end():].strip(" .")
    return unit == "V" or "." in value or alone


def _measure(match: re.Match[str]) -> str:
    if _descending(match):
        return _from_last(match, _MEASURE, _measure)
    value, upper, scale, gap, unit, folded, power, per_count, per, per_power, then_per = match.groups()
    plus = " plus" if gap.startswith("+") else ""  # "100+ mph": "one hundred plus miles per hour"
    gap = gap.lstrip("+")
    closing = _CLOSING.match(match.string, match.end()) is not None
    if unit and not (upper or scale or power or per) and _is_label(match, unit, gap):
        return match.group(0)
    # "0.25 ha", "3.5 t": a unit in lower case after a decimal (the words "ha" and "t" do not follow one)
    plainly_a_unit = "." in value and bool(unit) and unit.islower()
    if unit == "h" and (_SPAN_BEFORE.search(match.string, max(0, match.start() - 10), match.start())
                        or _CLAUSE_END_NEXT.match(match.string, match.end())):
        plainly_a_unit = True  # "in 24 h", "every 6 h", "a half-life of about 12 h.": a span of hours
    if unit in _BULK_UNITS and _BULK_NEXT.match(match.string, match.end()):
        plainly_a_unit = True  # "3,500 ha of forest", "they planted 200 ha."
    if unit == "kt" and near(_WIND_TALK, match, 80):
        plainly_a_unit = True
    if unit in _ELECTRIC_UNITS and gap == " " and (_ELECTRIC_NEXT.match(match.string, match.end()) or (
            unit == "W" and _POWER_DRAWN.search(match.string, max(0, match.start() - 50), match.start())) or (
            unit != "J" and near(_ELECTRIC_TALK, match, 80) and not _NAME_NEXT.match(match.string, match.end())
            and not _LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start()))):
        plainly_a_unit = True
    # "220 V" at a clause's end; "a 2,000 cal diet", "500 cal": calories ("a .45 cal" is a calibre)
    if (unit in ("V", "W", "A") and gap == " " and _electric_at_clause_end(match, value, unit)) or (
            unit == "cal" and value[:1].isdigit() and float(value.replace(",", "")) >= 100):
        plainly_a_unit = True
    if (unit in _AMBIGUOUS_AFTER_SPACE and gap.strip(" ") == "" and gap
            and not (upper or scale or closing or per or plainly_a_unit)):
        return match.group(0)  # "5 m" or "3 A" could be anything; "5m", "5-m", "(69 ha)" and "5 W/m2" are measures
    if unit == "TDs" and near(_PARLIAMENT_TALK, match, 120) and not near(_FOOTBALL_TALK, match, 120):
        return match.group(0)
    if unit == "ac" and not gap:
        return match.group(0)  # "802.11ac", "801.11ac": a standard; acres are written apart ("0.3 ac")
    if unit == "A" and not (per or plainly_a_unit or near(_ELECTRIC, match, 80)):
        return match.group(0)  # "seat 2A", "the 12A bus": amps only where the sentence speaks of electricity
    if unit in ("N", "W") and not gap and _SIZE_BEFORE.search(match.string, max(0, match.start() - 10),
                                                                  match.start()):
        return match.group(0)  # "a size 8.5W", "size 7.5N": a shoe's width (wide or narrow), a letter
    if unit == "N" and not (upper or scale or per or "." in value):
        return match.group(0)  # "the 6N" is the Six Nations; newtons come with a decimal or per ("9.8 N", "N/m2")
    if power and unit not in LENGTHS and not (power == "2" and "/" in unit):
        return match.group(0)  # "kg2" is a code, not a power
    singular, plural = UNITS[unit] if unit else _FOLDED_UNITS[folded.lower()]
    if unit == "bps" and len(value.replace(",", "").partition(".")[0]) >= 4:
        singular, plural = BITS_PER_SECOND  # "9600 bps": a line's speed, not basis points
    last = upper or value
    named = _WORD_AFTER.match(match.string, match.end())
    if named is not None and not (power or per or (unit or "").endswith(".")) and named.group(1) in (singular, plural):
        # "60° degrees Fahrenheit": the unit's name follows its symbol, so the name is said once, as written
        spoken = _amount(value, True) + (" to " + _amount(upper, True) if upper else "")
        return padded(match, f"{spoken} {scale}" if scale else spoken)
    # "a 7.2-millimeter bullet", "a 15 km road", "a 5m-long boat"
    adjective = ("-" in gap or _describes_a_noun(match) or _COMPOUND_AFTER.match(match.string, match.end()) is not None
                 or (unit in _TIME_UNITS and _LASTING_AFTER.match(match.string, match.end()) is not None)
                 or (unit in ("h", "hr") and not gap and _minutes_then_noun(match))
                 or _named_thing_after(match)
                 or (not gap and not per and unit not in _AMOUNTS_OF_STUFF and _singular_noun_after(match))
                 or (not scale and unit not in _AMOUNTS_OF_STUFF and _plural_noun_after(match))
                 or (unit in _AMOUNTS_OF_STUFF and _holder_after(match))
                 # "frames like a 75mm.", "I bought a 2kg.": after "a" at a clause's end the noun is left out, and
                 # the size still describes it
                 or (_A_JUST_BEFORE.search(match.string, max(0, match.start() - 4), match.start()) is not None
                     and not upper and _SENTENCE_END_NEXT.match(match.string, match.end()) is not None)
                 # "The 85mm is sharp": a thing named by its size, the subject of "is" (h57: "millimeters" it was)
                 or (not (upper or per or scale) and unit not in _AMOUNTS_OF_STUFF
                     and _THE_JUST_BEFORE.search(match.string, max(0, match.start() - 4), match.start()) is not None
                     and _THING_VERB_AFTER.match(match.string, match.end()) is not None))
    if adjective and unit in _TEMPERATURE_SIGNS and _FAN_OVEN.match(match.string, match.end()):
        adjective = False  # "180°C fan": a fan oven's setting, said as the temperature ("degrees"), not "a ... fan"
    # "a 120mg/5ml liquid": a rate of two amounts names each with its own count, so neither is made singular by the
    # noun after (h72: "milligram per five millilitres", one of each)
    counted_per = bool(per_count) and int(per_count) != 1
    name = singular if (adjective and not counted_per) or (_is_one(last) and not scale) else plural
    if power:
        name = f"{name} squared" if "/" in unit else f"{POWERS[power]} {name}"  # "m/s2", "km2"
    if unit == "mmHg" and "/" in value:  # "120/80 mmHg": a blood pressure, one number over the other
        spoken = " to ".join(" over ".join(_amount(part, True) for part in reading.split("/"))
                             for reading in (value, upper) if reading)  # "from 140/90 to 128/82 mmHg": both
    else:
        spoken = _amount(value, True) + (" to " + _amount(upper, True) if upper else "") + plus
    spoken += f" {scale} {name}" if scale else f" {name}"
    if per:
        count = int(per_count) if per_count else 1
        per_name = PERIODS[per] if per in PERIODS else UNITS[per][0]
        plural = per_name + "s" if per in PERIODS else UNITS[per][1]
        if per_power and per in LENGTHS:  # "5 kg/m3": per cubic meter
            per_name = f"{POWERS[per_power]} {per_name}"
        elif per_power:
            per_name += " squared" if per_power == "2" else " cubed"  # "9.8 m/s2": meters per second squared
        spoken += " per " + (f"{numbers.cardinal(count)} {plural}" if count != 1 else per_name)
        if then_per:
            spoken += " per " + PERIODS[then_per]
    if unit and unit.endswith("."):
        spoken += sentence_stop(match)  # "3 in." that ended the sentence
    return padded(match, _a_hundred(match, spoken) if adjective else spoken)


_TEMPERATURE_SIGNS = frozenset({"°C", "°F", "° C", "° F"})
_FAN_OVEN = compiled(r"\s(?:fan|Fan)\b")


def _feet_and_inches(match: re.Match[str]) -> str:
    """"6 ft 2 in" -> "six feet two inches", "a 6ft 2in door" -> "a six foot two inch door" (the stop of "in."
    that ended the text is kept)."""
    inches, singular = int(match.group(2)), _describes_a_noun(match)
    feet = "foot" if singular else "feet"
    spoken = f"{_amount(match.group(1))} {feet} {_amount(match.group(2))} inch{'' if inches == 1 or singular else 'es'}"
    return spoken + ("." if match.group(0).endswith(".") and match.end() == len(match.string) else "")


_ACRONYMS_AFTER = compiled(r"\s[A-Z]{2,5}s\b")  # "65in TVs", "27in LCDs"


def _glued_inches(match: re.Match[str]) -> str:
    """"3in" -> "three inches", "a 2-3in layer" -> "a two to three inch layer"."""
    value, upper = match.groups()
    # "20in alloys", "65in TVs": a size before the things it sizes
    singular = _describes_a_noun(match) or _is_one(upper or value) or _plural_noun_after(match) or (
        _ACRONYMS_AFTER.match(match.string, match.end()) is not None)
    spoken = _amount(value) + (" to " + _amount(upper) if upper else "")
    return padded(match, f"{spoken} {'inch' if singular else 'inches'}")


def _bare_degrees(match: re.Match[str]) -> str:
    """"45C" -> "forty five degrees Celsius" where the sentence is about temperature."""
    if _descending(match):
        return _from_last(match, _BARE_DEGREES, _bare_degrees)
    value, upper, letter = match.groups()
    sentence_before = match.string[max(0, match.start() - 60):match.start()].rpartition(". ")[2]
    sentence_after = match.string[match.end():match.end() + 60].partition(". ")[0]
    if not (value.startswith("-") or _WARMTH.search(sentence_before) or _WARMTH.search(sentence_after)
            or _WARMTH_NEXT.match(sentence_after.lstrip())
            or ((len(value) >= 2 or upper) and _CHANGE_BEFORE.search(  # "hit 3C" may be a seat or a grade
                match.string, max(0, match.start() - 24), match.start()))):
        return match.group(0)
    if not value.startswith("-") and _LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start()):
        return match.group(0)  # "Flat 3C was cold": a place
    spoken = _amount(value) + (" to " + _amount(upper) if upper else "")
    degrees = "degree" if _is_one(upper or value) or _describes_a_noun(match) else "degrees"  # "a 2C rise"
    return padded(match, f"{spoken} {degrees} {'Celsius' if letter == 'C' else 'Fahrenheit'}")


def _multiplier(match: re.Match[str]) -> str:
    """"2.5x faster" -> "two point five times faster", "1-2x as" -> "one to two times as"."""
    if _descending(match):
        return _from_last(match, _MULTIPLIER, _multiplier)
    before = match.string[max(0, match.start() - 8):match.start()]
    as_written = match.group(0)
    if match.group(2):  # "a 3-4x rise": kept as written, the span is still said with "to" ("three-four x" it was)
        as_written = padded(match, f"{_amount(match.group(1))} to {_amount(match.group(2))} x")
    if _KIND_BEFORE.search(before) and not _COMPARATIVE_AFTER.match(match.string, match.end()):
        return as_written
    if not before.strip() and _COMPARATIVE_AFTER.match(match.string, match.end()) is None:
        return as_written  # "4.4x" alone, a table's cell or a label: said as written
    upper = " to " + _amount(match.group(2)) if match.group(2) else ""
    return padded(match, f"{_amount(match.group(1))}{upper} times")


# "260m tall", "a 40m long hull": a length in meters, given with its size's word, near another bare "m".
_SIZED_METERS = compiled(r"\d\s?m\s(?:tall|high|long|wide|deep|across)\b")


def _scale_before_count(match: re.Match[str]) -> str:
    """"1.2m units" -> "one point two million units"; "a 5m wall" stays a measure."""
    letter, plus, noun = match.group(2), match.group(3), match.group(4)
    if letter == "m" and near(_SIZED_METERS, match, 80) and not near(_COUNTING, match, 80):
        return match.group(0)  # "260m tall with 107m blades": where meters were just given, a bare "m" is meters
    # the counted noun is the last word: after an initialism ("1.5M VPN users") it may be a verb ("800m PB is")
    counted = noun.rsplit(" ", 1)[-1]
    uncounted = counted in _NOT_COUNTED or counted.endswith(("wards", "ways")) or not (
        counted.endswith("s") or counted in COUNTED_NOUNS or counted in COUNTED_SHORT_NOUNS)
    if uncounted and not _counted_after_a_describing_word(match):
        return match.group(0)
    if letter == "T" and noun in _VERBS_AFTER_AN_AMOUNT:
        return match.group(0)  # "the 2.0T makes 300hp": an engine (a turbo) before a verb, not trillions counted
    if noun[0].isupper() and _ARTICLE_JUST_BEFORE.search(match.string, max(0, match.start() - 4), match.start()):
        return match.group(0)  # "the 5m Olympics pool": a name the size describes ("Some 2m Britons" are counted)
    if letter == "T" and noun[0].isupper():  # "5T SUVs" may weigh five tonnes
        return match.group(0)
    if letter.isupper() and (_after_name(match, letter) or _LABEL_BEFORE.search(
            match.string, max(0, match.start() - 14), match.start())):
        return match.group(0)
    if letter == "K" and match.group(1).isdigit() and int(match.group(1)) < 10:
        return match.group(0)  # "4K textures", "8K video": a screen's resolution ("5K runners": a race)
    if letter == "K" and "." in match.group(1) and float(match.group(1)) < 10 and noun in SCREEN_NOUNS:
        return match.group(0)  # "two 2.2K screens": a resolution too
    if letter == "K" and match.group(1).isdigit() and _MODEL_BEFORE.search(
            match.string, max(0, match.start() - 16), match.start()):
        return match.group(0)  # "the Core Ultra 9 285K boosts": a processor's model after its line's name and tier
    return padded(match, f"{_amount(match.group(1))} {_SCALES[letter]}{' plus' if plus else ''} {noun}")


def _counted_after_a_describing_word(match: re.Match[str]) -> bool:
    """"4.2m postal votes", "50k new jobs": a lower-case word, then a noun that is counted, after "m", "k" or "K"."""
    describing = match.group(4)
    if match.group(2) not in "mkK" or not describing.islower() or describing in _MEASURING \
            or _LENGTHY.fullmatch(describing) or describing in _NOT_COUNTED:
        return False
    counted = _COUNTED_NEXT.match(match.string, match.end())
    return counted is not None and (_COUNTING.fullmatch(counted.group(1)) is not None
                                    or counted.group(1) in COUNTED_NOUNS)


def _scale_at_end(match: re.Match[str]) -> str:
    """"1.1M." -> "one point one million."; after a name the letter is the name's ("Llama 2.5B model")."""
    number = match.group(1)
    # "earns 5m a year": in money talk a single digit before "m" is millions too ("a 5m wall" is a length)
    money = match.group(2) == "m" and near(_MONEY_TALK, match, 100) and not near(_LENGTHY, match, 100)
    if "." not in number and (match.group(3) or (len(number) < 2 and not money) or number[0] == "0"):
        return match.group(0)  # a whole number only of two or three digits, and only at a clause's end
    if "." not in number and match.group(2) == "B" and match.string[match.end():match.end() + 1] == " ":
        return match.group(0)  # "Windows 95B in use": before a preposition, billions want a decimal
    if _after_name(match, match.group(2) or match.group(3)) or ("." not in number and (
            _ARTICLE_JUST_BEFORE.search(match.string, max(0, match.start() - 4), match.start())
            or _LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start()))):
        return match.group(0)  # "the 10K", "seat 12B": a race, a place
    if match.group(2) in ("k", "K") and "." not in number and _STRETCH_BEFORE.search(
            match.string, max(0, match.start() - 24), match.start()):
        return match.group(0)  # "the last 10K,": a race's stretch
    if match.group(2) in ("k", "K") and near(_DISTANCE_WORDS, match, 100):
        return match.group(0)  # "I ran 10k.": a distance
    if match.group(2) == "m" and not money and (
            not (near(_COUNTING, match, 100) or near(_ANOTHER_SCALE, match, 60)) or near(_LENGTHY, match, 100)):
        return match.group(0)  # meters, read by the measure rule
    return padded(match, f"{_amount(number)} {_SCALES[match.group(2) or match.group(3)]}")


def _after_name(match: re.Match[str], letter: str) -> bool:
    """True when a capitalised name stands before the match; a common word that opens a sentence is none, nor is one
    in capitals ("WAITING LIST HITS 7.8M": a headline's words)."""
    name = _NAME_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
    if name is None:
        return False
    word = name.group(2)
    if (name.group(1) is not None or (len(word) > 1 and word.isupper())) and is_common_word(word):
        return False
    # "Tesla Recalls 2M Cars": in a headline in title case every word is capitalised; a name's letter after a number
    # is a model's size in billions ("Llama 70B"), seldom millions or thousands.
    return not (letter in ("M", "K") and in_title_case(match.string))


def _millibars(match: re.Match[str]) -> str:
    """"980mb" -> "nine hundred eighty millibars" where the sentence speaks of the weather."""
    if not (870 <= int(match.group(1)) <= 1090 and near(_PRESSURE_TALK, match, 100)):
        return match.group(0)
    return padded(match, f"{_amount(match.group(1))} millibars")


def _lone_stones(match: re.Match[str]) -> str:
    """"weighs 14st" -> "weighs fourteen stone"; elsewhere "14st" is left (a misspelt ordinal, a code)."""
    if not _WEIGHT_BEFORE.search(match.string, max(0, match.start() - 40), match.start()):
        return match.group(0)
    return padded(match, f"{_amount(match.group(1))} stone" + sentence_stop(match))


_SIGN_AFTER_NUMBER = compiled(r"(?<=\d)×(?!\s?\d|\.\d)")


# "heated to 350 K", "it melts at 273.15 K": a capital K after a number is kelvin where the sentence speaks of heat or
# cold (elsewhere it is thousands, a grade or a letter: "50 K a year").
# Spaced, or after a decimal ("a 4K TV" is a screen's).
_KELVIN_AMOUNT = compiled(r"(\d(?<![\w.,$£€¥₹-]\d)(?:[\d,]*\d)?(?:\.\d+)?)"  # "28," is no amount: it ends on a digit
                          r"(?:\s|(?<=\.\d)|(?<=\.\d\d))K\b(?![\w'’-]|\.\w)")
_HEAT_TALK = compiled(r"\b(?i:heat\w*|cool\w*|temperatures?|melt\w*|boil\w*|freez\w*|froze|superconduct\w*"
                      r"|cryogenic|kelvin|thermal|anneal\w*|absolute zero)\b")


def _kelvin(match: re.Match[str]) -> str:
    """"350 K" -> "three hundred fifty kelvin" where the sentence speaks of heat or cold, and not of money."""
    if not near(_HEAT_TALK, match, 100) or near(_MONEY_TALK, match, 100):
        return match.group(0)  # "heating bills rose 50 K": thousands, where money is spoken of
    return padded(match, f"{_amount(match.group(1))} kelvin")


def _in_context(text: str) -> str:
    """Units known by their context: stones, temperatures without "°", seconds after a decimal, multipliers."""
    found = {m.group(0)[-1] for m in _MAY_BE_IN_CONTEXT.finditer(text)}
    classes = char_classes(text)  # a digit before a letter, and a dash (or a character beyond ASCII) before a digit
    if ("0a" in classes or "0A" in classes) and ("-0" in classes or "?0" in classes or "- 0" in classes
                                                 or "? 0" in classes):
        text = _THOUSANDS_SPAN.sub(lambda m: f"{_amount(m.group(1))}{' thousand' if m.group(2) else ''} to "
                                             f"{_amount(m.group(3))} thousand", text)
    if not found.isdisjoint("mkMKBT"):
        text = _SCALE_BEFORE_COUNT.sub(_scale_before_count, text)
    if ("0A" in char_classes(text) or "0a" in char_classes(text)) and _MAY_BE_SCALE.search(text):
        text = _SCALE_AT_END.sub(_scale_at_end, text)
    if "per " in text or "ne in " in text or "1 in " in text:
        text = _RATE_BASE.sub(lambda m: f"{m.group(1)}{_amount(m.group(2))} {_SCALES[m.group(3)]}", text)
    if "t" in found:
        text = _STONES.sub(lambda m: padded(m, f"{_amount(m.group(1))} stone {_amount(m.group(2))} pounds"
                                               + sentence_stop(m)), text)
        text = _LONE_STONES.sub(_lone_stones, text)
    if "C" in found or "F" in found:
        text = _BARE_DEGREES.sub(_bare_degrees, text)
    if "0 A" in char_classes(text) or "0A" in char_classes(text):  # a digit before a capital: a first look
        text = _KELVIN_AMOUNT.sub(_kelvin, text)
    if "s" in found:
        text = _DECIMAL_SECONDS.sub(lambda m: padded(m, f"{_amount(m.group(1))} seconds"), text)
        text = _GLUED_SECONDS.sub(_glued_seconds, text)
    if "x" in found:  # titles first: "3x NBA champion" is "three time", "2x HDMI ports" a count
        text = _TIMES_TITLE.sub(lambda m: padded(m, f"{_amount(m.group(1))} time"), text)
        text = _MULTIPLIER.sub(_multiplier, _COUNT_OF_PARTS.sub(lambda m: _amount(m.group(1)), text))
    return text


def _minutes_seconds_marks(match: re.Match[str]) -> str:
    """"19'30\"" -> "nineteen minutes thirty seconds"."""
    minutes = "minute" if match.group(1) == "1" else "minutes"
    return padded(match, f"{_amount(match.group(1))} {minutes} {_amount(match.group(2))} seconds")


def _room_size(match: re.Match[str]) -> str:
    """"13'9\" x 11'10\"" -> "thirteen foot nine by eleven foot ten"; feet alone on both sides are left to the
    dimension rule ("5' x 8'" is "five by eight feet")."""
    feet, inches, other_feet, other_inches = match.groups()
    if not (inches or other_inches):
        return match.group(0)
    if not int(inches or 0) and not int(other_inches or 0):  # "12'0\" x 10'0\"": twelve by ten feet
        return padded(match, f"{_amount(feet)} by {_amount(other_feet)} feet")
    sides = [f"{_amount(f)} foot" + (f" {_amount(i)}" if i and int(i) else "")  # "19'0\"": nineteen foot
             for f, i in ((feet, inches), (other_feet, other_inches))]
    return padded(match, " by ".join(sides))


def _feet_inches(match: re.Match[str]) -> str:
    """6'1" -> "six feet one inch"; before the noun it describes, as a height is said: "a 6'8" forward" -> "a six
    foot eight forward"."""
    if not int(match.group(2)):  # "6'0\"": six feet, no inches said
        return padded(match, f"{_amount(match.group(1))} {'foot' if _describes_a_noun(match) else 'feet'}")
    if _describes_a_noun(match):
        return padded(match, f"{_amount(match.group(1))} foot {_amount(match.group(2))}")
    inches = "inch" if match.group(2) == "1" else "inches"
    return padded(match, f"{_amount(match.group(1))} feet {_amount(match.group(2))} {inches}")


def _spec_then_noun(match: re.Match[str]) -> bool:
    """A screen's specification between its size and a noun: "27\" 4K monitor", "14\" 2.8K OLED display"."""
    spec = _SPEC_THEN_NOUN.match(match.string, match.end())
    return spec is not None and spec.group(1) not in _NOT_A_NOUN


def _dosing_interval(match: re.Match[str]) -> str:
    """"q8h" -> "every eight hours", "q4-6h" -> "every four to six hours"."""
    low, high = match.group(1), match.group(2)
    spoken = f"{_amount(low)} to {_amount(high)} hours" if high else (
        "hour" if low == "1" else f"{_amount(low)} hours")
    return padded(match, f"every {spoken}")


def _mark(match: re.Match[str], names: tuple[str, str]) -> str:
    """A number with a foot or inch mark, said with its unit; a quote's closing mark is left alone."""
    singular = _describes_a_noun(match)
    # the quotes of the last few sentences tell whether this one closes a quotation (all before would be quadratic)
    quotes = len(_QUOTE.findall(match.string, max(0, match.start() - 400), match.start()))  # inch marks are none
    if not singular and names[0] == "inch" and not quotes % 2:  # "the 14\" MacBook Pro": a size before a name
        singular = (_NAME_AFTER.match(match.string, match.end()) is not None
                    and _DETERMINER_BEFORE.search(match.string, max(0, match.start() - 12), match.start()) is not None
                    ) or _singular_noun_after(match) or _spec_then_noun(match)  # "6.1\" display" on a spec sheet
        # "26\"-29\" wheels", "65\" QLED": a size before the things it sizes, or before a screen's kind
        singular = singular or bool(_PLURAL_AFTER.match(match.string, match.end())
                                    or _SCREEN_KIND_AFTER.match(match.string, match.end()))
    if (names[0] == "foot" and not singular and _PLURAL_AFTER.match(match.string, match.end())
            and not match.string.endswith(("'", "‘"), 0, match.start())):
        singular = True  # "with 8' ceilings": a size before the things it sizes ("she said '8' times" is quoted)
    if names[0] == "foot" and not (singular or _SIZE_WORD_AFTER.match(match.string, match.end())):
        return match.group(0)
    if names[0] == "inch" and quotes % 2 and not singular:
        return match.group(0)
    lower, value = match.group(1), match.group(2)
    if lower and "/" in value and " " not in value:  # "1-1/2\"": a carpenter's one and a half inches ("10-15 1/8\""
        lower, value = None, f"{lower} {value}"  # is a range whose upper end has its own whole number)
    name = names[0] if singular or (_is_one(value) and not lower) else names[1]
    return padded(match, (f"{_amount(lower)} to " if lower else "") + f"{_amount(value)} {name}")


def _dimensions(match: re.Match[str]) -> str:
    """"4x6" -> "4 by 6": the numbers and any unit after them are read by the rules that follow. Before a unit of
    anything but length ("2 x 500 mg tablets", "6 x 330ml cans") it is a count times an amount."""
    if match.group(0).endswith("s"):  # "2x4s": "two by fours"
        first, _, second = match.group(0)[:-1].partition("x")
        return f"{numbers.cardinal(int(first))} by {numbers.plural(numbers.cardinal(int(second)))}"
    unit = _UNIT_AFTER.match(match.string, match.end())
    if unit is not None and unit.group(1) not in _SIZE_UNITS:
        if _CONTAINER_AFTER.match(match.string, unit.end()) and _ONE_OF.fullmatch(match.group(0)):
            return _BY.sub(" ", match.group(0))  # "1 x 400g tin": "one four hundred gram tin"
        return _BY.sub(" times ", match.group(0))
    large = _LARGE_SIZES.fullmatch(match.group(0)) if unit is None else None  # a unit is read from the digits after
    if large is not None:
        return padded(match, " by ".join(numbers.year(int(side)) if len(side) == 4 else numbers.in_pairs(side)
                                         for side in large.groups() if side))
    return _BY.sub(" by ", match.group(0))


def _per_unit(match: re.Match[str]) -> str:
    """"381/km2" -> "three hundred eighty one per square kilometer", "300 people/km2" -> "... people per ..."."""
    counted, unit, power = match.group(2) or "", match.group(3), match.group(4)
    if power and unit not in LENGTHS:
        return match.group(0)
    name = (POWERS[power] + " " if power else "") + UNITS[unit][0]
    return padded(match, f"{_amount(match.group(1))}{counted} per {name}")


# A currency pair as traders write it ("EUR/USD", "USD/JPY"): said by its currencies' names, "euro US dollar".
_PAIR_CODES = "|".join(k for k in CURRENCIES if len(k) == 3 and k.isalpha() and k.isupper())
_CURRENCY_PAIR = compiled(rf"\b({_PAIR_CODES})/({_PAIR_CODES})\b")


def _rate_alone(match: re.Match[str]) -> str:
    """"in mol/L" -> "in moles per liter"; left as written unless both units are known."""
    top, bottom = UNITS.get(match.group(2)), UNITS.get(match.group(3))
    if top is None or bottom is None:
        return match.group(0)
    return f"{match.group(1)} {top[1]} per {bottom[0]}"


def units_alone(text: str) -> str:
    """A unit with no number after "in", "to" or "per": "in lbs" -> "in pounds", "per kg" -> "per kilogram"; a
    dollar named by its country's letters with no amount: "the NZ$ rose" -> "the New Zealand dollar rose"; a
    currency pair: "EUR/USD" -> "euro US dollar"; a span of clothes' sizes: "XS-XL" -> "XS to XL"."""
    if "X" in text and ("-" in text or "–" in text) and ("XL" in text or "XS" in text):
        text = _SIZE_SPAN.sub(_size_span, text)
    if (among_known_words(_NAMED_UNITS_FIRST, text) and (" in " in text or " to " in text or " per " in text)
            and among_words(_NAMED_UNITS_FIRST, text)):
        text = _UNIT_ALONE.sub(lambda m: f"{m.group(1)} {UNITS[m.group(2)][0 if m.group(1) == 'per' else 1]}", text)
    if "/" in text and " in" in text:
        text = _RATE_ALONE.sub(_rate_alone, text)
    if "$" in text:
        text = _DOLLAR_ALONE.sub(lambda m: CURRENCIES[m.group(0)][0], text)
    if ("$" in text or not text.isascii()) and ("the " in text or "The " in text):  # the sign (a memchr) first
        text = _SIGN_ALONE.sub(lambda m: CURRENCIES[m.group(0)][0], text)
    if "/" in text:
        text = _CURRENCY_PAIR.sub(lambda m: f"{CURRENCIES[m.group(1)][0]} {CURRENCIES[m.group(2)][0]}", text)
    return text


# "3,4 km", "1,5 kg": a decimal comma as much of Europe writes it, before a unit (a comma between thousands takes
# three digits; "sizes 2,3,4 km" is a list).
_DECIMAL_COMMA_UNIT = compiled(rf"(?<![\w.,])(\d{{1,3}}),(\d{{1,2}})(?=\s?(?:{_UNIT_ALT})(?![\w°/,]))")
_MAY_BE_COMMA_DECIMAL = compiled(r"\d,\d\d?(?![\d,])")


# "Bake for 45 min–1 hr", "12 months-3 years": a span of time whose ends take different units, said with "to" (the
# dash was not said: "forty five minutes-one hour").
# "q8h", "q4-6h", "q12hrs": a prescription's interval, every so many hours.
_DOSING_INTERVAL = compiled(r"q(?<![\w.]q)(\d{1,2})(?:\s?[-–]\s?(\d{1,2}))?\s?(?:h|hr|hrs|hourly)(?![\w])")
_TIME_SPAN = compiled(r"(?<=\d)(\s?(?:mins?|hrs?|h|secs?|minutes?|hours?|days?|wks?|weeks?|mos?|mths?|months?|yrs?"
                      r"|years?))\s?[-–]\s?(?=\d[\d.,]*\s?(?:mins?|hrs?|h|secs?|minutes?|hours?|days?|wks?|weeks?|mos?"
                      r"|mths?|months?|yrs?|years?)\b)")  # "6mo-5yrs", "2 wks-3 mths": a child's ages, a wait
_MAY_BE_TIME_SPAN = compiled(r"[-–](?:(?<=[a-z][-–])|(?<=[a-z]\s[-–]))\s?\d")  # led by the dash
# "128GB-1TB", "500m-2km", "5kg-10kg": a span whose ends both carry a unit, each against its number, of one quantity,
# said with "to" (the dash was not said: "one hundred twenty eight gigabytes-one terabyte").
_UNIT_SPAN = compiled(rf"(?<=\d)({_SAME_ALT})[-–](?=\d[\d,]*(?:\.\d+)?({_SAME_ALT})(?![\w°/]))")
_MAY_BE_UNIT_SPAN = compiled(r"[-–](?<=[A-Za-z][-–])\d")  # led by the dash
# "the 4x100", "the 4 x 400 relay": a relay's legs, "four by one hundred" ("four x one hundred" it was before "in").
_RELAY = compiled(r"(?<![\w.,])4\s?[x×]\s?(?=(?:50|100|200|400|800|1500)(?:m\b|\b)(?![.,]\d|\s?[=x×*+-]))")
# "a 1.5T MRI scanner", "a 3 T magnet": a magnet's field in teslas ("one point five T" it was; "15T tokens" are
# trillions).
_TESLA = compiled(r"(?<![\w.,])(\d{1,2}(?:\.\d{1,2})?)\s?T(?=\s(?:f?MRI|MR|magnets?|scanners?|magnetic)\b)")
# "over 1m 4f", "4m 2½f" (by now "4m 2 1/2f"), "1m2f": a race's distance in miles and furlongs, as racecards write it
# ("one meter four f" it was); a lone "6f" is left, as hex or a grade may be written so.
_MILES_FURLONGS = compiled(r"(?<![\w.,])(\d{1,2})m\s?(\d)( 1/2)?f\b(?![.,]\d)")
_MAY_BE_FURLONGS = compiled(r"\dm\s?\d")  # a first look, led by a digit: scanned in C


def _miles_furlongs(match: re.Match[str]) -> str:
    """"1m 4f" -> "one mile four furlongs", "4m 2 1/2f" -> "four miles two and a half furlongs"."""
    miles, furlongs, half = int(match.group(1)), int(match.group(2)), match.group(3)
    return (f"{numbers.cardinal(miles)} {'mile' if miles == 1 else 'miles'} {numbers.cardinal(furlongs)}"
            f"{' and a half' if half else ''} {'furlong' if furlongs == 1 and not half else 'furlongs'}")


# "Sizes XS-XL", "S–XXL", "M-3XL": a span of clothes' sizes, smaller to larger, said with "to" (one end has an X:
# "S-M" and "L-S" may be anything).
_SIZE_ORDER = ("XXS", "XS", "S", "M", "L", "XL", "XXL", "2XL", "XXXL", "3XL", "4XL", "5XL")
_SIZE_SPAN = compiled(r"(?<![\w.-])(?=[2-5]?X|[SML]\s?[-–]\s?[2-5]?X)"  # an X's at one end, as the gate needs
                      r"(XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)\s?[-–]\s?(XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)\b(?![-'’]|\.\w)")


def _size_span(match: re.Match[str]) -> str:
    """"XS-XL" -> "XS to XL" where the sizes run up and one of them is an X's."""
    low, high = match.groups()
    if "X" not in low + high or _SIZE_ORDER.index(low) >= _SIZE_ORDER.index(high):
        return match.group(0)
    return f"{low} to {high}"


# "a 1 M solution", "0.1 M HCl", "with 2 M NaOH": a lab's concentration in moles a litre, "molar", where a capital M
# after a number is otherwise millions: only before a solution's word or a chemical formula (two elements at least,
# one of them with a small letter or a count: "NaCl", "H2SO4", not "US").
_ELEMENT = "(?:" + "|".join(sorted(ELEMENTS, key=len, reverse=True)) + r")\d*"
_MOLAR = compiled(r"(?<![\w.,$€£¥])(\d{1,2}(?:\.\d{1,3})?|\.\d{1,3}) M(?=\s(?:(?:aqueous|solutions?|stocks?|buffers?"
                  rf"|EDTA|Tris|urea|acid)\b|(?=\S*[a-z\d]){_ELEMENT}(?:{_ELEMENT}){{1,5}}\b))")
# "1 heaped tsp", "2 level tbsp": a recipe's spoon after the word that says how full it is (left "tsp" before).
_SPOON_AFTER_FULLNESS = compiled(r"(?=\d)(?<![\w.,/])(\d{1,2}(?: \d/\d)?|\d/\d)(\s(?:heaped|heaping|level|rounded|scant"
                                 r"|generous|good)\s)(tsp|tbsp|Tbsp|TBSP|tbs|Tbs|Tsp)\b\.?")
# "375 degrees F", "-5 degrees C": a scale's letter after the word "degrees", said as its name ("degrees F" it was).
_DEGREES_SCALE = compiled(r"(?<=\d)(\s?degrees?\s)([CF])\b(?![\w'’&-]|\.\w|\s(?:and|or|to)\s[A-Z]\b)")
_SCALE_NAMES = {"C": "Celsius", "F": "Fahrenheit"}


def _spoon_after_fullness(match: re.Match[str]) -> str:
    """"1 heaped tsp" -> "1 heaped teaspoon", "2 level tbsp" -> "2 level tablespoons"."""
    amount, fullness, unit = match.groups()
    singular, plural = UNITS[unit]
    return amount + fullness + (singular if _is_one(amount) or "/" in amount[:3] else plural)


# "a 12V/2A charger", "5V/2.4A": a supply's volts and amps, one after the other ("per two amps" it was).
_VOLTS_AMPS = compiled(r"(?<![\w.,])(\d{1,3}(?:\.\d{1,2})?)\s?V\s?/\s?(\d{1,2}(?:\.\d{1,2})?)\s?A\b(?![\w/-])")


def _volts_amps(match: re.Match[str]) -> str:
    """"12V/2A charger" -> "twelve volt two amp charger", "5V/2A." -> "five volts, two amps."."""
    volts, amps = match.groups()
    word = _WORD_AFTER.match(match.string, match.end())
    if word is not None and word.group(1) not in _NOT_A_NOUN and word.group(1) not in _NOT_SIZED and word.group(
            1) not in ("max", "min", "maximum", "minimum") and not word.group(1).endswith(("ly", "ed")):
        return padded(match, f"{_amount(volts)} volt {_amount(amps)} amp")
    return padded(match, f"{_amount(volts)} volt{'' if _is_one(volts) else 's'}, "
                         f"{_amount(amps)} amp{'' if _is_one(amps) else 's'}")


# "180/160°C", "Roast at 220/200°C fan", "gas 6/200°C": two settings (or a gas mark and a temperature) with the degree
# written once, after the second; said with "or", never as a fraction ("one hundred eighty one hundred sixtieths").
# A one-digit second side is a fraction's ("1/2°C" is half a degree). The mains' and a device's settings are given so
# too: "50/60Hz", "110/240V", "100/200W" (was "fifty sixtieths hertz").
_TWO_TEMPERATURES = compiled(  # led by a digit: scanned in C
    r"(\d(?<![\w.,/]\d)[\d,]*(?:\.\d+)?)\s?/\s?(?=\d{2}[\d,]*(?:\.\d+)?\s?(?:°\s?[CF]|k?Hz|k?V|k?W)\b)")
# "a 1.5m-year-old fossil", "the 4.5bn-year-old Earth": an age in millions or billions of years, no meters.
_SCALED_AGE = compiled(rf"(?<![\w.,])({NUM})(m|mn|bn|k)(?=-years?-old\b)")


def measures(text: str) -> str:
    """Read a number or a range with a unit of measure ("12kg", "10-15 km", "1°C", "381/km2")."""
    if "/" in text and ("°" in text or "Hz" in text or "V" in text or "W" in text):
        text = _TWO_TEMPERATURES.sub(r"\1 or ", text)
    # A multi-character needle costs a scan of ~60 ns in a sentence, one character a memchr of ~15: where every
    # needle of a look holds one character, that character is looked for first.
    if "V" in text and ("V/" in text or "V /" in text):
        text = _VOLTS_AMPS.sub(_volts_amps, text)
    if "/ha" in text or "/ac" in text:
        text = _NUTRIENT_RATE.sub(lambda m: f"{m.group(1)} of {NUTRIENTS[m.group(2)]} per "
                                            f"{'hectare' if m.group(3) == 'ha' else 'acre'}", text)
    if "-" in text and "-year" in text:
        text = _SCALED_AGE.sub(lambda m: f"{m.group(1)} {SCALES[m.group(2)]}", text)
    if "," in text and "0,0" in char_classes(text) and _MAY_BE_COMMA_DECIMAL.search(text):
        text = _DECIMAL_COMMA_UNIT.sub(r"\1.\2", text)
    if "/" in text and ("b" in text or "BA" in text):
        text = _BEDS_BATHS.sub(lambda m: padded(m, f"{_amount(m.group(1))} bed, {_amount(m.group(2))}"
                                                   f"{' and a half' if m.group(3) else ''} bath"), text)
    # a stop and two digits: _CALIBRE is led by its look behind; its word stands apart
    if among_known_words(_CALIBRE_WORDS, text):  # the rule is led by its stop: no first look of its own
        text = _CALIBRE.sub(lambda m: padded(
            m, f"{numbers.in_pairs(m.group(1))} {_CALIBRE_SAID.get(m.group(2), m.group(2))}"), text)
    if "/" in text and _MAY_BE_EQUIVALENT.search(text):
        text = _EQUIVALENT.sub(lambda m: m.group(1) + m.group(2) + (
            " or " if _QUANTITY_OF[m.group(2)] == _QUANTITY_OF[m.group(3)] else "/"), text)
    if ("-" in text or "–" in text) and _MAY_BE_TIME_SPAN.search(text):
        text = _TIME_SPAN.sub(r"\1 to ", text)
    if ("-" in text or "–" in text) and _MAY_BE_UNIT_SPAN.search(text):
        text = _UNIT_SPAN.sub(lambda m: m.group(1) + " to " if _QUANTITY_OF[m.group(1)] == _QUANTITY_OF[m.group(2)]
                              else m.group(0), text)
    if "q" in text and "a0" in char_classes(text):
        text = _DOSING_INTERVAL.sub(_dosing_interval, text)
    if ("x" in text or "×" in text) and ("4x" in text or "4 x" in text or "4×" in text or "4 ×" in text):
        text = _RELAY.sub("4 by ", text)
    if " M " in text:
        text = _MOLAR.sub(r"\1 molar", text)
    if "f" in text and _MAY_BE_FURLONGS.search(text):
        text = _MILES_FURLONGS.sub(_miles_furlongs, text)
    if "T" in text and "T " in text and ("MR" in text or "magnet" in text or "scanner" in text):
        text = _TESLA.sub(r"\1 tesla", text)
    if among_known_words(_SPOON_WORDS, text) and ("sp" in text or "bs" in text or ("B" in text and "BSP" in text)):
        text = _SPOON_AFTER_FULLNESS.sub(_spoon_after_fullness, text)
    if among_known_words(_DEGREE_WORDS, text) and "degree" in text:
        text = _DEGREES_SCALE.sub(lambda m: m.group(1) + _SCALE_NAMES[m.group(2)], text)
    if "-" in text and "-sq" in text:
        text = _HYPHENED_SQUARE.sub(lambda m: " square foot" if m.group(1) == "ft" else " square meter", text)
    if among_known_words(_SQUARE_WORDS, text) and (("q" in text and "sq." in text) or "cu." in text or "fl." in text):
        text = _SQUARE_STOP.sub(r"\1\2 ", text)
    if among_known_words(_CUP_WORD, text) and "c." in text and (" c." in text or "c. " in text):
        text = _RECIPE_CUP.sub(lambda m: m.group(1) + (" cup" if _is_one(m.group(1)) or m.group(1)[1:2] == "/"
                                                       else " cups"), text)
    if "in" in text:
        classes = char_classes(text)  # a digit before "ft", and a word before a space and a digit: a first look
        if (("0a" in classes or "0 a" in classes) and ("a 0" in classes or "a. 0" in classes)
                and among_words(_FOOT_WORDS, text)):
            text = _FEET_AND_INCHES.sub(lambda m: padded(m, _feet_and_inches(m)), text)
        classes = char_classes(text)
        if ("0a" in classes or "0 aa)" in classes or "0 aa a" in classes) and _MAY_BE_GLUED_INCHES.search(text):
            text = _GLUED_INCHES.sub(_glued_inches, text)
    if "#" in text and ("x" in text or "×" in text):
        text = _SCREW_GAUGE.sub(r"\1 by ", text)
    if "'" in text and _MAY_BE_MARK.search(text):
        text = _ROOM_SIZE.sub(_room_size, text)
        text = _MINUTES_SECONDS_MARKS.sub(_minutes_seconds_marks, text)
        text = _FOOT_MARK.sub(lambda m: _mark(m, ("foot", "feet")), _MARKED_SIZES.sub(
            r"\1 \2 \3 ft", _FEET_INCHES.sub(_feet_inches, text)))
        text = _BARE_HEIGHT.sub(lambda m: padded(m, f"{_amount(m.group(1))} feet {_amount(m.group(2))}"), text)
    if '"' in text and _MAY_BE_MARK.search(text):
        text = _INCH_MARK.sub(lambda m: _mark(m, ("inch", "inches")), text)
    if ("x" in text or "×" in text) and _MAY_BE_DIMENSIONS.search(text):
        text = _SETS_BY_REPS.sub(r"\1\2 by \3", text)
        text = _DIMENSIONS.sub(_dimensions, text)
    if "x g" in text or "xg" in text or "×" in text:
        text = _TIMES_G.sub(" times ", text)
    if ("x" in text and " x " in text) or "×" in text:
        text = _SIZES_WITH_UNITS.sub(r"\1 by ", text)
    if ("x" in text and " x " in text) or ("×" in text and " × " in text):
        text = _COUNT_X.sub(lambda m: m.group(1) + (" times " if _COMPARATIVE_AFTER.match(m.string, m.end() - 1)
                                                     or _AMOUNT_SAID_AFTER.match(m.string, m.end()) else " "), text)
    if ("x" in text and _MAY_BE_TIMES_BEFORE.search(text)) or "×" in text:
        text = _TIMES_BEFORE.sub(lambda m: padded(m, f"times {_amount(m.group(1))}"), text)
    if "×" in text:
        text = _SIGN_TIMES_BEFORE.sub(lambda m: padded(m, f"times {_amount(m.group(1))}"), text)
        text = _SIGN_AFTER_NUMBER.sub("x", text)  # "rose 5×.", "2× as many": the sign read as the letter is
    if not _MAY_BE_MEASURE.search(text):
        return text
    if "0a" in char_classes(text) or "0A" in char_classes(text):  # a scale's letter against a number first
        text = _SCALE_BEFORE_UNIT.sub(lambda m: f"{m.group(1)} {SCALES[m.group(2)]}", text)
    if "mb" in text:
        text = _MILLIBARS.sub(_millibars, text)
    text = _in_context(text)
    if _MAY_BE_UNIT.search(text):
        text = _MEASURE.sub(_measure, text)
    return _PER_UNIT.sub(_per_unit, text) if "/" in text else text


# "meter", "kilometers", "milliliter": the units this module names, in the American spelling the house reads in; a
# bare "meter" only after a number or "per", so that a gas meter stays one.
_AMERICAN_SPELLING = compiled(r"\b(kilo|centi|milli|micro|nano|deci|hecto)?(met|lit)er(s?)\b")
_WORD_BEFORE = compiled(r"(\w+)[\s-]+$")


def spells_metre(region: str) -> bool:
    """True when an English region writes "metre" and "litre": all but the United States and the Philippines."""
    return bool(region) and region not in US_SPELLING_REGIONS


def british_spellings(spoken: str) -> str:
    """"eight hundred meter final" -> "eight hundred metre final", "liters" -> "litres", in text already read; a gas
    or parking "meter" is left."""
    if "meter" not in spoken and "liter" not in spoken:  # the cheap gate: most sentences hold neither
        return spoken

    def said(match: re.Match[str]) -> str:
        prefix, stem, plural = match.group(1) or "", match.group(2), match.group(3)
        if not prefix and stem == "met":
            before = _WORD_BEFORE.search(spoken, max(0, match.start() - 16), match.start())
            if before is None or (before.group(1) not in LENGTH_BEFORE_METER
                                  and before.group(1) not in METRE_COMPOUNDS):
                return match.group(0)
        return f"{prefix}{stem}re{plural}"

    return _AMERICAN_SPELLING.sub(said, spoken)


# "out in 28s", "a 12s delay": two digits that end in no nought are no decade, and an "s" glued to them is seconds
# ("twenty eight s" it was); after a capitalised name they are a model's plural ("Pixel 8s", "the Boeing 77s").
_GLUED_SECONDS = compiled(r"(?<![\w.,'’/-])([1-9][1-9])s\b(?!['’])")
_LOWER_WORD_NEXT = compiled(r"\s(?!(?:and|or|of|to|in|on|at|for|with|then)\b)[a-z]")


def _glued_seconds(match: re.Match[str]) -> str:
    """"28s" -> "twenty eight seconds"; between "a" and its noun, "second" ("a twelve second delay")."""
    name = _NAME_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
    if name is not None and not name.group(1):
        return match.group(0)
    singular = (_A_JUST_BEFORE.search(match.string, max(0, match.start() - 4), match.start()) is not None
                and _LOWER_WORD_NEXT.match(match.string, match.end()) is not None)
    return padded(match, f"{_amount(match.group(1))} {'second' if singular else 'seconds'}")


# "120 kg N/ha", "40 kg P2O5/ha": a mass of a nutrient for each hectare or acre, "of nitrogen per hectare" ("N/ha" was
# left as written).
_NUTRIENT_RATE = compiled(rf"(\d\s?(?:kg|t|g|lbs?|units))\s({'|'.join(sorted(NUTRIENTS, key=len, reverse=True))})"
                          r"/(ha|ac)\b")


# "Squat 5x5", "Bench 3 x 10 at 60kg": sets by reps after a lift's name, said "by" as a coach says them ("five x
# five" it was: a bare "5x5" may be a score or a product, and is left elsewhere).
_SETS_BY_REPS = compiled(rf"\b((?i:{'|'.join(sorted(LIFTS))})\s)(\d{{1,2}})\s?[x×]\s?(\d{{1,2}})(?![\w.,]?\d|\s?[x×=])")
