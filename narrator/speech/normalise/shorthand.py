"""A trade's shorthand, said as its people say it: a runway's side, a squawk code, a knitting pattern's stitches, a
spot's length in seconds, a match's games ("Bo3"), a forecast's nautical miles, a size in inches written "in" after a
space and a quasar's number in the Third Cambridge catalogue."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    DOSING_AFTER_A_DOSE,
    DOSING_ALWAYS,
    MESSAGE_SHORTHAND,
    MESSAGE_SHORTHAND_NAMES,
    MESSAGE_SHORTHAND_SMALL_ONLY,
    OLYMPIC_CODES,
    SYMPTOMS,
)
from narrator.speech.normalise.util import (
    alternation,
    among_known_words,
    among_words,
    char_classes,
    first_letters,
    has_digit,
    padded,
    word_set,
)

# "runway 27L", "runways 09L and 27R", "RWY 22C": a runway's side is said after its digits one by one, as the tower
# says them ("two seven left"), where the letter was spelled ("twenty seven L"); a run of runways after the word takes
# each its side (a runway with no side keeps the house's count: "runway 27" is "runway twenty seven").
_RUNWAYS = compiled(r"\b(?:[Rr]unways?|RWY|Rwy|RW) \d{1,2}[LRC]?(?:(?:,? (?:and|or) |, ?|/)\d{1,2}[LRC]?){0,8}\b")
# a runway named by its side after the verb that uses it, the word "runway" left out ("landed on 27L", "took off
# from 09R"): its side tells it from a count ("landed on 27 acres"), and its digits are the tower's too.
_LANDING_WORDS = word_set("landed landing lands took takes taking lined lining departed departing")
_LANDED_RUNWAY = compiled(r"\b(?:landed|landing|lands|took off|takes off|taking off|lined up|lining up|departed"
                          r"|departing) (?:on|from) \d{1,2}[LRC]\b(?![\w'’-])")
# "Bo3", "a BO5 final", "the Bo7 series": a match or series of so many games, as esports and snooker brackets write
# it, "best of three" ("Bo three" it was); the count is odd, so that one side wins ("BO2" and "Bo Derek" are left).
_BEST_OF = compiled(r"B(?<![\w'’.-]B)[Oo]([13579])(?![\w'’-])")
_BEST_OF_WORDS = frozenset({"Bo", "BO"})  # its letters, a first look among the text's words
_SIDE = compiled(r"(\d{1,2})([LRC])\b")
_SIDES = {"L": "left", "R": "right", "C": "center"}
# "squawk 7700", "squawking 7500": a transponder's code, four digits of 0-7, said digit by digit as pilots say it
# ("seven thousand seven hundred" it was).
# and after the transponder set to it, "set their transponder to 7700", "a transponder code of 7500" (a count
# it was); "7700 transponders were sold" has no word between to make it a code.
_SQUAWK = compiled(r"\b([Ss]quawk(?:s|ed|ing)?(?: code)?|[Tt]ransponders?(?: code)?(?: set)?(?: to| on| of| reading))"
                   r" ([0-7]{4})\b(?! times\b)")
# "a 30s spot", "a 6s bumper ad", "per 15s slot": an advert's length in seconds before what is sold; an article or
# "per" before it, since "the 60s ad" may be the sixties' (read as the decade it was: "a thirties spot").
_SPOT_SECONDS = compiled(
    r"(?<![\w.,])((?:[Aa]n?|per|each) )(\d{1,3})s(?= (?:(?:TV|radio|video|cinema|online|pre-roll) )?"
    r"(?:spots?|ads?|adverts?|advertisements?|commercials?|bumpers?|promos?|trailers?|teasers?|stings?|idents?"
    r"|slots?|clips?)\b)")
_OTHER_SPOT = compiled(r"(?<![\w.,])((?:[Aa]n?|per|each|the) )(\d{1,3})s(?= ones?\b)")
_SPOT_WORDS = word_set("spot spots ad ads advert adverts advertisement advertisements commercial commercials bumper "
                       "bumpers promo promos trailer trailers teaser teasers sting stings ident idents slot slots clip "
                       "clips")
# A knitting pattern's steps: "K2tog", "p2tog" (knit or purl two together), and a run of knits and purls, "k2, p2",
# "k1 p1", "K2, P2": each letter said as its stitch, where it was spelled ("k two, p two"); a run of two or more
# holding both letters, so that "K2" the mountain stays.
_TOGETHER = compiled(r"\b([KkPp])(\d{1,2})tog\b")
# A run's length is bounded (a row's steps are few), so that a long run is matched in pieces: an unbounded repeat of
# an alternation kept a backtracking state per step and grew 12 times over a run 4 times longer.
_KNIT_PURL = compiled(r"(?<![\w-])[KkPp]\d{1,2}(?:(?:, ?| )[KkPp]\d{1,2}){1,24}(?![\w-])")
_KNIT_PURL_RUNS = ("0, a0", "0 a0", "0,a0", "0, A0", "0 A0", "0,A0")  # a digit, then the next stitch
_STITCH = compiled(r"([KkPp])(\d{1,2})")
_STITCHES = {"k": "knit", "p": "purl", "sl": "slip"}
# "ssk", "psso", "kfb": a pattern's stitches named by their initials in small letters, spelled as knitters say them
# (said as a word, "ssk" was a syllable); none is an English word.
_STITCH_INITIALS = compiled(r"(?<![\w'’.-])(ssk|sssk|psso|p2sso|kfb|pfb|skpo)(?![\w'’-])")
# "k1" alone ("Slip 1, k1, psso"): one stitch is a knit or a purl where the sentence is a pattern's (a run of both is
# read by _KNIT_PURL anywhere).
# and "sl1", a slipped stitch ("Row 3: sl1, k2tog, psso"; "sl one" it was); "k 18 sts", a knit with its count
# apart before the stitches it counts ("Pick up and k 18 sts").
_ONE_STITCH = compiled(r"(?<![\w-])(k|p|sl)(\d{1,2})(?![\w-])|(?<![\w'’.-])(k)(?= \d{1,3} sts?\b)")
_MAY_BE_STITCH = compiled(r"[kpl]\d")  # a first look, led by a class: scanned in C
# "tbl" in a pattern's sentence: through the back loop ("P2tog tbl", "k1 tbl"), as knitters say it.
_BACK_LOOP = compiled(r"(?<![\w'’.-])tbl(?![\w'’-])")
_BACK_LOOP_WORDS = frozenset({"tbl"})  # a first look among the text's words, at hand from the trade words' look
# (and the initials as they are spelled by then, "P.S.S.O", so that "k2, sl1, k1, psso" is a pattern's row)
_PATTERN = compiled(r"\b(?:ssk|sssk|psso|kfb|pfb|skpo|tog|sts|stitch\w*|knit\w*|purl\w*|[Ss]lip|S\.S\.K|P\.S\.S\.O"
                    r"|K\.F\.B|S\.K\.P\.O)\b")
# "51 (56, 61) cm", "88 (96, 104) sts": a pattern's sizes, the first and the others in brackets, before their unit or
# their stitches: said as a list, "fifty one, fifty six, sixty one centimetres" (the unit was left as letters).
_SIZE_LIST = compiled(r"(?<![\w.,])(\d{1,4}(?:\.\d{1,2})?) \((\d{1,4}(?:\.\d{1,2})?(?:, ?\d{1,4}(?:\.\d{1,2})?){1,6})\)"
                      r"(?= (?:sts|stitches|rows|rounds|cm|mm|in|inches|m|g|yds|yards|grams)\b)")
# "96 sts", "22 sts and 30 rows": stitches counted; "st st" (stocking stitch).
_STS = compiled(r"(?<=\d) sts\b")
# "16d nails", "8d galvanized nails": a nail's size in pennies, as a carpenter says it ("sixteen d" it was); only
# before nails, since "3d" and "16d" are also a third and a sixteenth, a film's dimensions or old pence.
_PENNY_NAILS = compiled(r"(?<![\w.])(\d{1,2})d(?= (?:(?:common|box|finish|finishing|galvani[sz]ed|casing|sinker"
                        r"|spiral|ring-shank|framing|stainless|coated|steel|duplex|cut) ){0,2}nails?\b)")
# "a 10-10-10 fertiliser", "20-20-20 plant food", "an NPK of 5-10-5": a feed's nitrogen, phosphate and potash, said as
# three numbers ("the tenth of October ten" it was); only before a feed's word or after "NPK".
_FEED_RATIO = compiled(r"(?<![\w.,/-])(\d{1,2})-(\d{1,2})-(\d{1,2})(?![\w/-]|[.,]\d)"
                       r"(?=(?: [a-z]+){0,2} (?:fertili[sz]ers?|feeds?|plant food|granules|mix)\b)"
                       r"|(?<=NPK )(\d{1,2})-(\d{1,2})-(\d{1,2})\b|(?<=NPK of )(\d{1,2})-(\d{1,2})-(\d{1,2})\b")
_FEED_WORDS = ("fertili", "feed", "plant food", "granules", "mix", "NPK")
# "Rnd 2:", "Rnds 3-5": a pattern's round (knitting in the round), never an English word ("Rnd two" it was).
_ROUND = compiled(r"\b([Rr])nd(s?)(?= \d)")
_ST_ST = compiled(r"\bst st\b")
# a pattern's other short forms, as knitters say them (they went to the voice as "rep", "foll", "st" and the
# month "December first st"): a named stitch ("garter st", "moss st"), "foll" (following, no English word), "alt"
# before a row, "rep" before what is repeated, and "dec"/"inc" before a count of stitches; each only in a sentence
# with a digit that speaks of rows, rounds or stitches (_KNITTING_CONTEXT_WORDS), so that "Rep Jordan", "Dec 1" and
# "alt-right" keep theirs.
_NAMED_STITCH = compiled(r"\b(garter|moss|seed|stocking|stockinette|rib|cable|slip|basket|double moss|linen) st\b")
_KNITTING_FORMS = compiled(r"(?<![\w'’.-])(?:(foll)|(alt)(?= (?:rows?|rnds?|rounds?)\b)"
                           r"|([Rr]ep)(?= (?:rows?|rnds?|rounds?|from|to|last|these|this|the last|until|between|patt"
                           r"|\d|\*)\b)"
                           r"|([Dd]ec|[Ii]nc) (\d{1,2}) (sts?)\b)(?![\w'’-])")
# "Rep from * to end", "rep from * 3 times more": a pattern's repeat from its star (the star was dropped, and
# "Rep" went to the voice); the star marks where the repeat begins, and knitters call it so.
_FROM_STAR = compiled(r"\b([Rr])ep(?:eat)? from \*(?= |,|;|$)")
# "Inc 1 in every 4th st", "dec 1 in each st": an increase or a decrease spread over the stitches, its own sign
# of knitting (the stitch after "every" or "each"), where no other word of the craft stands in the line.
_EVERY_STITCH = compiled(r"\b([Dd]ec|[Ii]nc) (\d{1,2}) (in|into) (every|each|the next|next) "
                         r"((?:\d{1,2}(?:st|nd|rd|th) )?)st\b(?![\w'’-])")
_KNITTING_FORM_WORDS = word_set("foll alt rep Rep dec Dec inc Inc st")  # first looks among the text's words
_KNITTING_CONTEXT_WORDS = word_set("row rows rnd rnds sts stitch stitches knit knitting purl needle needles yarn patt")
_KNITTING_WORDS = {"foll": "following", "alt": "alternate", "rep": "repeat", "dec": "decrease", "inc": "increase"}
# "Visibility 2 nm", "visibility 1 to 3 nm", "0.5 nm off the coast": at sea "nm" is the nautical mile, which the
# unit table reads as the nanometre (a chip's "5 nm process" keeps it).
_SEA_MILES = compiled(
    r"\b([Vv]isibility,? (?:(?:of|to|below|under|about|around|reduced to|down to|locally|occasionally|at times) ){0,3})"
    r"(\d{1,3}(?:\.\d{1,2})?)((?: ?(?:to|or|-|–) ?\d{1,3}(?:\.\d{1,2})?)?) ?nm\b"
    r"|(?<![\w.,])(\d{1,3}(?:\.\d{1,2})?) ?nm(?= (?:off|offshore|out to sea)\b)"
    # a race's or a passage's length before it, a modifier ("a 9nm course", "the 30 nm passage"): one mile; and a
    # pilot's approach, "a 5 nm final", "the 10 nm arc" ("five nanometer final" it was)
    r"|(?<![\w.,])(\d{1,3}(?:\.\d{1,2})?) ?nm(?= (?:courses?|races?|passages?|legs?|beats?|crossings?|voyages?"
    r"|sails?|arcs?)\b| final(?: approach)?(?=[.,;:!?)]|$| (?:for|to|at|on|into|onto|runway|RWY)\b))")
# "measures 8 in from the edge", "a 1/4 in seam": "in" after a space is the preposition but after a measuring verb,
# or between "a" and a noun after a fraction of an inch's halves to sixty-fourths (not "1/4 in the poll", nor a bond's
# "rose 7/32 in price").
_MEASURED_INCHES = compiled(
    r"\b(measur(?:es|ed|ing|e) (?:about |around |roughly |approximately |just |nearly |almost |over |under )?"
    r"\d{1,3}(?:\.\d{1,2})?) in\b(?! (?:length|width|height|depth|diameter|circumference|total|all|each)\b)(?![\w'’-])")
_FRACTION_INCH = compiled(
    r"(?<=\b[Aa] )((?:\d{1,2}[ -])?[1-9]\d?/(?:2|4|8|16|32|64)) in(?= (?!(?:the|a|an|this|that|these|those|his|her|its"
    r"|their|our|my|your|each|every|all|total|favou?r|one|two|three|four|five|six|seven|eight|nine|ten)\b)[a-z])")
# "2 3/4 in thick", "18 in apart", "6 in deep in fall", "2-3 in of mulch", "1 in per week", "16 in o.c.": "in" after a
# number is a preposition ("3 in 10", "2 in deep trouble"), but before a size's word that ends its phrase, or before
# "of", "per" or "on center" (which never follow the preposition), it is the inch ("eighteen in apart" it was);
# never after money ("$2.53 in per-share earnings").
_INCH_NUMBER = r"\d{1,3}(?:\.\d{1,2})?(?:[ -]\d{1,2}/\d{1,2})?|\d{1,2}/\d{1,2}"
_INCHES_BEFORE_SIZE = compiled(
    rf"(?<![\w.,/$£€¥-])((?:(?:{_INCH_NUMBER})(?:-|–| to ))?({_INCH_NUMBER})) in"
    r"(?= (?:(?:thick|deep|wide|long|tall|high|across|apart|square)(?=[.,;:!?)]|$| (?:and|or|by|x|in|at|on|with|to"
    r"|for|when|after|before|of)\b)|(?:of|per|on cent(?:er|re))\b(?!-)|o\.c\.|OC\b))")
# "a clearance of 0.002 in", "3/4-1 in": a decimal's or a fraction's "in" closing the sentence is the inch (it was left
# the word); a whole number's is left ("let 2 in", "fit 5 in"), as is money's ("$2.53 in").
# (a thou's "0.002" too; an inch is cut in halves to sixty-fourths, never thirds: "2/3 in" is left)
_END_INCH_FRACTION = r"\d{1,2}/(?:2|4|8|16|32|64)"
_END_INCH_NUMBER = rf"\d{{1,3}}(?:\.\d{{1,4}})?(?:[ -]{_END_INCH_FRACTION})?|{_END_INCH_FRACTION}"
_INCHES_AT_END = compiled(
    rf"(?<![\w.,/$£€¥-])((?:(?:{_END_INCH_NUMBER})(?:-|–| to ))?({_END_INCH_NUMBER})) in(?=[.)]?$)")
# its first look, led by " in " (a literal the engine looks for at memchr speed)
_MAY_BE_INCHES = compiled(r" in (?:thick|deep|wide|long|tall|high|across|apart|square|of|per|o\.c|on cent|OC)")

# A prescription's label: "1 tablet bid", "500 mg tid", "2 puffs prn", "10 units SC", "50 micrograms od": the Latin
# shorthand said in words (facts.DOSING_*), as a pharmacist reads the label ("bid" was the word, "P.O" spelled).
# "bid", "od" and the capitals only straight after a dose (and its route), so that "a bid for the house" stays.
# Led by the shorthand's first letter, the look behind after it (led by the look behind, every position was tried).
_DOSING = compiled("(" + "|".join(f"{written[0]}(?<![\\w./-]{written[0]}){written[1:]}"
                                  for written in sorted(DOSING_ALWAYS, key=len, reverse=True)) + r")(?![\w/-]|\.\w)")
_AFTER_A_DOSE = compiled(
    r"(\d\s?(?:mg|mcg|µg|g|mL|ml|micrograms?|milligrams?|grams?|units?|IU|tablets?|tabs?|capsules?|caps?|puffs?"
    r"|mg/kg)\s)(?:(PO|po|SC|SQ|IM|IV|orally|by mouth)\s)?"
    rf"({'|'.join(sorted(DOSING_AFTER_A_DOSE, key=len, reverse=True))})(?![\w/-]|\.\w)")
# "Take 2 tabs", "Give 1 cap": a tablet or a capsule counted after a verb of dosing ("2 tabs open" is a browser's).
_TABS = compiled(r"\b((?:[Tt]ake|[Gg]ive|[Ss]wallow|[Cc]hew|[Dd]issolve) \d{1,2}) (tab|cap)(s?)\b(?![\w.'’-])")
_TABS_SAID = {"tab": "tablet", "cap": "capsule"}
# The words that lead _trade_words' rules: the label's shorthand, "tab" and "cap", "nail" and "Rnd".
_TRADE_WORDS = (frozenset(DOSING_ALWAYS) | frozenset(DOSING_AFTER_A_DOSE)
                | word_set("tab tabs cap caps nail nails Rnd Rnds rnd rnds"))
_WORD_NEXT = compiled(r" ([a-z]+)\b")

# "3C 273", "3C 48": the Third Cambridge catalogue's radio sources, said "three C two seven three" as astronomers say
# them (a count it was: "two hundred and seventy three"); only where the sentence speaks of the sky, since "3C" is
# also three degrees.
_THIRD_CAMBRIDGE = compiled(r"(?<![\w.,])3C ?(\d{1,3})(?![\w]|[.,]\d)")
_SKY = compiled(r"\b(?:quasars?|galax(?:y|ies)|blazars?|radio (?:sources?|galax)|nebulae?|telescopes?|astronomers?)\b")

# A post's shorthand quoted in the news ("tbh", "IMO the refs", "Btw,"): said as the words it stands for. Written small
# it is the shorthand wherever it stands apart; in capitals or with one capital only where a comma, the sentence's end
# or a clause's first word follows, so that "IMO rules" and "the IMO said" (the maritime body) keep their letters.
_MESSAGE_FORMS = frozenset(  # a first look among util.letter_words
    set(MESSAGE_SHORTHAND)
    | {form.upper() for form in MESSAGE_SHORTHAND
       if form not in MESSAGE_SHORTHAND_SMALL_ONLY and form.upper() not in OLYMPIC_CODES}  # "(IRL)" is Ireland
    | {form.capitalize() for form in MESSAGE_SHORTHAND
       if form not in MESSAGE_SHORTHAND_SMALL_ONLY and form.capitalize() not in MESSAGE_SHORTHAND_NAMES})
_MESSAGE = compiled(rf"(?<![\w.@#/'’&-])(?:{alternation(_MESSAGE_FORMS)})(?![\w@/'’&-]|\.\w)")
# Every set shorthand's first looks ask about, asked once: where none of its words is in the text (nearly every
# sentence), each look below is answered by the text being the one asked (a rule that changed it made a new string),
# where each set's own look costs a call (~1,000 instructions, four a sentence with a digit).
_SHORTHAND_WORDS = (_TRADE_WORDS | _MESSAGE_FORMS | _KNITTING_FORM_WORDS | _SPOT_WORDS | _LANDING_WORDS
                    | _BACK_LOOP_WORDS | _BEST_OF_WORDS)
# The stitches' initials and "st st" stand apart in every match: their runs of letters ("p2sso" is "p" and "sso"),
# one set look where the needles below ("st st", "sso", "fb", "ssk") cost three or four scans of every text (a look of
# its own: "st" is in every ordinal, which would open the sets' looks above to a third of sentences).
_STITCH_RUNS = first_letters(["ssk", "sssk", "psso", "p2sso", "kfb", "pfb", "skpo", "st st"])
# What shows a form in capitals stands for a clause: a stop or a comma after it, or a clause's first word (a noun after
# it makes it a name's: "IMO rules").
_CLAUSE_NEXT = compiled(r"\s*(?:[,;:!?…)\"”’]|\.(?!\w)|$)|\s+(?:the|this|that|these|those|it|it's|its|I|I'm|you|he|she"
                        r"|we|they|there|nobody|everyone|everybody|no|not|my|your|his|her|our|their|a|an|what|why|how|who"
                        r"|where|when|whether|if)\b")
# After one of these a form names a thing ("the imo number", "according to IMO"): small, its letters are spelled.
_NOUN_BEFORE = word_set("the The a A an An this This that That its Its his His her Her their Their our Our your Your "
                        "my My")
_NAME_BEFORE = _NOUN_BEFORE | word_set("of at from by to with for in on")
_LAST_WORD = compiled(r"(\w+) $")
# A web address is words by now ("smh.com.au": "smh dot com dot AU"): its pieces keep their letters.
_ADDRESS_WORDS = word_set("dot slash colon at underscore dash")
_ADDRESS_AFTER = compiled(r" (?:dot|at \w{1,30}(?: \w{1,30}){0,3} dot) ")  # "tbh at mail dot com": a mailbox's name
_OPENS = compiled(r"(?:^|[.!?:\"“] )$")  # the form opens the text or a sentence: its words take the capital


def _message_shorthand(match: re.Match[str]) -> str:
    """"tbh" -> "to be honest", "IMO the refs" -> "in my opinion the refs"; "the imo number" -> "the I.M.O number"."""
    form, text = match.group(), match.string
    before = _LAST_WORD.search(text, max(0, match.start() - 12), match.start())
    word_before = before.group(1) if before else ""
    if word_before in _ADDRESS_WORDS or _ADDRESS_AFTER.match(text, match.end()):
        return form
    if form.islower():
        if word_before.isdigit():  # "5 dm": a unit's
            return form
        return ".".join(form.upper()) if word_before in _NOUN_BEFORE else MESSAGE_SHORTHAND[form]
    if word_before in _NAME_BEFORE or text[match.start() - 1:match.start()] == "(" or not _CLAUSE_NEXT.match(
            text, match.end()):  # "(SMH)" after a name is a paper's
        return form
    said = MESSAGE_SHORTHAND[form.lower()]
    return said[:1].upper() + said[1:] if _OPENS.search(text, max(0, match.start() - 3), match.start()) else said


def _runways(match: re.Match[str]) -> str:
    """"runway 27L" -> "runway two seven left"."""
    return _SIDE.sub(lambda side: f"{numbers.digits(side.group(1))} {_SIDES[side.group(2)]}", match.group(0))


def _knit_purl(match: re.Match[str]) -> str:
    """"k2, p2" -> "knit 2, purl 2", where the run holds both stitches."""
    run = match.group(0)
    if not ({"k", "K"} & set(run) and {"p", "P"} & set(run)):
        return run
    return _STITCH.sub(lambda stitch: f"{_STITCHES[stitch.group(1).lower()]} {stitch.group(2)}", run)


def _sea_miles(match: re.Match[str]) -> str:
    """"Visibility 2 nm" -> "Visibility 2 nautical miles" (one is a mile)."""
    if match.group(5) is not None:
        return padded(match, f"{match.group(5)} nautical mile")
    if match.group(4) is not None:
        value, spoken = match.group(4), match.group(4)
    else:
        value, spoken = match.group(3) or match.group(2), match.group(1) + match.group(2) + match.group(3)
    return padded(match, f"{spoken} nautical {'mile' if value == '1' else 'miles'}")


def _inches_before_size(match: re.Match[str]) -> str:
    """"18 in apart" -> "18 inches apart"; one inch, or a part of one, is singular ("1 in per week")."""
    last = match.group(2)
    one = last == "1" or ("/" in last and " " not in last and "-" not in last and match.group(1) == last)
    return f"{match.group(1)} {'inch' if one else 'inches'}"


def _dosing(match: re.Match[str]) -> str:
    """"prn" -> "as needed", "prn pain" -> "as needed for pain"."""
    said = DOSING_ALWAYS[match.group(1)]
    if said == "as needed":
        symptom = _WORD_NEXT.match(match.string, match.end())
        if symptom is not None and symptom.group(1) in SYMPTOMS:
            said += " for"
    return said


def _after_a_dose(match: re.Match[str]) -> str:
    """"500 mg bid" -> "500 mg twice a day", "1 capsule PO daily" -> "1 capsule by mouth daily"."""
    dose, route, written = match.groups()
    route_said = f"{DOSING_AFTER_A_DOSE.get(route, route)} " if route else ""
    said = DOSING_AFTER_A_DOSE[written]
    if said == "as needed":
        symptom = _WORD_NEXT.match(match.string, match.end())
        if symptom is not None and symptom.group(1) in SYMPTOMS:
            said += " for"
    return f"{dose}{route_said}{said}"


def _trade_words(text: str) -> str:
    """A label's doses ("bid", "prn", "2 tabs"), a nail's pennies ("16d nails") and a pattern's rounds ("Rnd 2")."""
    text = _DOSING.sub(_dosing, text)
    if has_digit(text):
        text = _TABS.sub(lambda m: f"{m.group(1)} {_TABS_SAID[m.group(2)]}{m.group(3)}", text)
        text = _AFTER_A_DOSE.sub(_after_a_dose, text)
        text = _PENNY_NAILS.sub(r"\1 penny", text)
        text = _ROUND.sub(lambda m: f"{m.group(1)}ound{m.group(2)}", text)
    return text


def _knitting_form(match: re.Match[str]) -> str:
    """"foll" -> "following", "Rep" -> "Repeat", "dec 1 st" -> "decrease 1 stitch", as written capitalised."""
    foll, alt, rep, counted, count, stitches = match.groups()
    if counted:
        word = _KNITTING_WORDS[counted.lower()]
        plural = "es" if stitches == "sts" else ""
        return f"{word.capitalize() if counted[0].isupper() else word} {count} stitch{plural}"
    written = foll or alt or rep
    word = _KNITTING_WORDS[written.lower()]
    return word.capitalize() if written[0].isupper() else word


def _every_stitch(match: re.Match[str]) -> str:
    """"Inc 1 in every 4th st" -> "Increase 1 in every 4th stitch", as written capitalised."""
    counted, count, into, every, ordinal = match.groups()
    word = _KNITTING_WORDS[counted.lower()]
    return f"{word.capitalize() if counted[0].isupper() else word} {count} {into} {every} {ordinal}stitch"


def _knitting(text: str) -> str:
    """A pattern's short forms in the words knitters say ("garter st" -> "garter stitch", "foll" -> "following")."""
    if " st" in text:
        text = _NAMED_STITCH.sub(r"\1 stitch", text)
    return _KNITTING_FORMS.sub(_knitting_form, text)


def shorthand(text: str) -> str:
    """A trade's shorthand in the words its people say, before numbers and units are read."""
    # each rule behind a first look at the text or its classes of characters ("0" a digit, "a" a small letter, "A" a
    # capital): the rules' own scans cost 2-5 us a paragraph each, and nearly every text holds none of these forms
    # first, while the text's words are at hand (worked out by a rule before, for this very text): a look at a set,
    # where the substring looks for a dose's units cost 4 us a text with a digit
    plain = None if among_words(_SHORTHAND_WORDS, text) else text  # the text that holds none of the sets' words
    if text is not plain and among_words(_TRADE_WORDS, text):
        text = _trade_words(text)
    if text is not plain and among_words(_MESSAGE_FORMS, text):
        text = _MESSAGE.sub(_message_shorthand, text)
    stitches = None if among_words(_STITCH_RUNS, text) else text  # the text that holds none of the stitches' words
    if text is not stitches and "st st" in text:
        text = _ST_ST.sub("stocking stitch", text)
    # substring looks (the "k" by memchr first): the scan is rarely run
    if text is not stitches and (("k" in text and ("ssk" in text or "skpo" in text)) or "sso" in text or "fb" in text):
        text = _STITCH_INITIALS.sub(lambda m: ".".join(m.group(1).upper()), text)
    if "*" in text and "ep" in text:
        text = _FROM_STAR.sub(lambda m: ("Repeat" if m.group(1) == "R" else "repeat") + " from star", text)
    if not has_digit(text):
        return text
    if text is not plain and among_words(_KNITTING_FORM_WORDS, text):
        if among_words(_KNITTING_CONTEXT_WORDS, text):  # a pattern's row holds its counts: looked for in text with a
            text = _knitting(text)  # digit only, two looks at sets
        elif " st" in text and ("every " in text or "each " in text or "next " in text):
            text = _EVERY_STITCH.sub(_every_stitch, text)
    classes = char_classes(text)
    if "unway" in text or ("R" in text and ("RW" in text or "Rwy" in text)):
        text = _RUNWAYS.sub(_runways, text)
    if "0A" in classes and text is not plain and among_known_words(_LANDING_WORDS, text) and (
            " on " in text or " from " in text):
        text = _LANDED_RUNWAY.sub(_runways, text)
    if ("q" in text and "quawk" in text) or "ransp" in text:
        text = _SQUAWK.sub(lambda m: f"{m.group(1)} {numbers.digits(m.group(2))}", text)
    if "0a " in classes and text is not plain and among_words(_SPOT_WORDS, text):
        text = _SPOT_SECONDS.sub(r"\1\2 second", text)
        if " second " in text and "s one" in text:  # "A 60s spot costs more than a 30s one": the other spot
            text = _OTHER_SPOT.sub(r"\1\2 second", text)
    if text is not plain and among_words(_BEST_OF_WORDS, text):
        text = _BEST_OF.sub(r"best of \1", text)
    if "tog" in text:
        text = _TOGETHER.sub(lambda m: f"{_STITCHES[m.group(1).lower()]} {m.group(2)} together", text)
    if ("a0" in classes or "A0" in classes) and any(run in classes for run in _KNIT_PURL_RUNS):
        text = _KNIT_PURL.sub(_knit_purl, text)
    if (("a0" in classes and _MAY_BE_STITCH.search(text)) or ("k" in text and " k " in text and " sts" in text)) and (
            _PATTERN.search(text)):
        text = _ONE_STITCH.sub(lambda m: f"{_STITCHES[m.group(1)]} {m.group(2)}" if m.group(1) else "knit", text)
    if text is not plain and among_known_words(_BACK_LOOP_WORDS, text) and "tbl" in text and _PATTERN.search(text):
        text = _BACK_LOOP.sub("through the back loop", text)
    if ")" in text and ") " in text and "0, 0" in classes:
        text = _SIZE_LIST.sub(r"\1, \2", text)
    if "-" in text and "0-0" in classes and any(word in text for word in _FEED_WORDS):
        text = _FEED_RATIO.sub(lambda m: " ".join(part for part in m.groups() if part), text)
    if " sts" in text:
        text = _STS.sub(" stitches", text)
    if "nm" in text and ("nm " in text or "nm." in text or "nm," in text or text.endswith("nm")):
        text = _SEA_MILES.sub(_sea_miles, text)
    if "easur" in text:
        text = _MEASURED_INCHES.sub(r"\1 inches", text)
    if "0 aa a" in classes and _MAY_BE_INCHES.search(text):
        text = _INCHES_BEFORE_SIZE.sub(_inches_before_size, text)
    if text.endswith((" in", " in.", " in)")):
        text = _INCHES_AT_END.sub(lambda m: _inches_before_size(m) if "." in m.group(1) or "/" in m.group(1)
                                  else m.group(0), text)
    if "/" in text and "0 aa a" in char_classes(text):
        text = _FRACTION_INCH.sub(r"\1 inch", text)
    if "C" in text and "3C" in text and _SKY.search(text):
        text = _THIRD_CAMBRIDGE.sub(lambda m: padded(m, f"three C {numbers.digits(m.group(1))}"), text)
    return text
