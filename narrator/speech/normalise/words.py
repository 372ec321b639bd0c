"""English abbreviations, titles, symbols, slashes and citation marks (see capitals.py and romans.py too)."""

from __future__ import annotations

import re
from collections.abc import Callable

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    CRICKET_WORDS,
    CURRENCIES,
    GREEK_LETTERS,
    JOINED_ROLES,
    KEY_NAMES,
    MONEY_SIGNS,
    PAIR_NOUNS,
    RARE_FORMS,
    REGISTERED_NOUNS,
    SIGN_IN_NAMES,
    SIGN_IN_SECRETS,
    SOCIAL_NETWORKS,
    STAGE_DIRECTION_LEADS,
    STAGE_DIRECTION_TAILS,
    STAGE_DIRECTIONS,
)
from narrator.speech.normalise.util import (
    alternation,
    among_forms,
    among_known_words,
    among_words,
    char_classes,
    final_stop,
    first_letters,
    form_heads,
    has_digit,
    near,
    padded,
    sentence_stop,
    word_set,
)
from narrator.speech.normalise.vocabulary import is_common_word

# A year in brackets is no footnote: it dates a law report ("R v Smith [2019] UKSC 12", "[1932] AC 562"); nor is a
# number after "at" or "para": a judgment's paragraph ("[2019] UKSC 41 at [23]", "para [12]").
_CITATION = compiled(
    r"(?<!\bat)(?<!\bat )(?<!\bpara)(?<!\bpara )(?<!\bparas)(?<!\bparas )"
    r"\s?\[(?:(?!(?:18|19|20)\d\d\])\d+(?:\s?[,–-]\s?\d+)*|(?:note|nb|n)\s?\d+|edit|citation needed"
    r"|clarification needed|"
    r"who\?|when\?|which\?|by whom\?|according to whom\?|dubious[^\]]{0,40}|page needed|failed verification|"
    r"better source needed|verification needed|unreliable source\??|not in citation given|sic)\]"
    # A footnote letter, [a]: lower case and not glued to a word ("[T]he" is the writer's change to a quote).
    r"|\s?\[(?-i:[a-z])\](?![^\W\d_])",
    re.IGNORECASE,
)
# A superscript footnote number that lost its formatting: against a word's stop, comma or colon, and followed by a
# space ("seconds.23 If", "alerts,22 and"). Starting only at a word's start keeps the scan linear.
_FOOTNOTE_NUMBER = compiled(r"\b([A-Za-z]+[a-z])([.,;:][\"”’']?)(\d{1,3})(?=\s|$)")
# A first look where a digit is, led by the marks' class (a letter before one is looked for behind it): led by the
# letters' class, a candidate stood at most positions of every sentence (29 -> ~10 ns a character).
_MAY_BE_GLUED_NUMBER = compiled(r"[.,;:](?<=[A-Za-z][.,;:])[\"”’']?\d")
_PRE_RELEASES = word_set("alpha beta rc pre dev")
_SMALL_WORD_NEXT = compiled(r"\s+[a-z]")
# A currency's letters before its amount ("Rs.500 a month", "the Rs.5 coin"): the amount, no footnote's number.
_MONEY_LETTERS = frozenset(code.rstrip(".") for code in CURRENCIES if code.rstrip(".").isalpha())
_REFERENCE_WORDS = word_set(
    "p pp pg pgs vol vols fig figs ch chap no nos art sec sect para pt eq ed edn ver rev op ex item tab"
)
# A numbered reference cited in brackets after the word that cites it ("as shown in [3]", "Ref. [12]", "see [4, 5]"):
# the number is what is cited, no footnote's mark, and is read without its brackets.
_CITED = compiled(r"\b((?i:in|see|and|or|of|from|by|cf\.|refs?\.|also|to|with) )\[(\d{1,3}(?:\s?[,–-]\s?\d{1,3})*)\]"
                  r"(?![\w\[])")
_GLUED_YEAR = compiled(r",(?<=[A-Za-z],)(?=\d{4}(?![\d,]))")  # led by the comma: scanned in C

def _alternation(words: frozenset[str]) -> str:
    """The words as a regular expression's alternatives, longest first (util.alternation is not for a pattern
    without case)."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# A transcript's stage direction, the only thing in its brackets: dropped with the space before it, or after it when
# it opens the text ("[Applause] Thank you", "were [inaudible] and", "a chef. [Laughter]"). A time the typist noted
# may follow ("[inaudible 00:14:32]").
_DIRECTION = (rf"(?:(?:{_alternation(STAGE_DIRECTION_LEADS)})\s)?(?:{_alternation(STAGE_DIRECTIONS)})"
              rf"(?:\s(?:and|&)\s(?:{_alternation(STAGE_DIRECTIONS)}))?(?:\s(?:{_alternation(STAGE_DIRECTION_TAILS)}))?"
              r"\.?(?:\s\d{1,2}:\d\d(?::\d\d)?)?")
# In brackets, only a capital's ("(Laughter)", TED's style): "the (music) budget", "press (pause)" are prose.
_BRACKETED_DIRECTION = rf"(?:\[{_DIRECTION}\]|\((?-i:(?=[A-Z])){_DIRECTION}\))"
_STAGE_DIRECTION = compiled(rf"^\s*{_BRACKETED_DIRECTION}\s*|\s*{_BRACKETED_DIRECTION}", re.IGNORECASE)
# Led by its bracket, which the engine skips to: the gate, where the spaces before would be tried at every position.
_STAGE_DIRECTION_ALONE = compiled(_BRACKETED_DIRECTION, re.IGNORECASE)
# Letters a writer changed in a quote, read as the word they make: "[T]he" -> "The".
_EDITED_LETTERS = compiled(r"\[([^\W\d_]{1,3})\](?=[^\W\d_])|(?<=[^\W\d_])\[([^\W\d_]{1,3})\]")
# Abbreviations that are unambiguous wherever they appear (case-sensitive, with their full stop).
# "Mr", "Mrs" and "Dr" before a name are left abbreviated, only without their stop: espeak-ng (the phonemizer of
# Piper, espeak and pyttsx3 on Linux) says them exactly as "Mister", "Misses" and "Doctor", the captions keep the
# writer's form, and the stop would end a sentence after the title. "Ms" and "Messrs" it spells or garbles, so
# those are written out (tests/test_speech_classes.py checks both against espeak-ng).
_FIXED = {
    "Mr.": "Mr", "Mrs.": "Mrs", "Ms.": "Miz", "Prof.": "Professor", "Gen.": "General",
    "Lt.": "Lieutenant", "Col.": "Colonel", "Capt.": "Captain", "Sgt.": "Sergeant", "Cpl.": "Corporal",
    "Adm.": "Admiral", "Maj.": "Major", "Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor",
    "Pres.": "President", "Rev.": "Reverend", "Hon.": "Honorable", "Supt.": "Superintendent",
    "Det.": "Detective", "Insp.": "Inspector", "Cmdr.": "Commander", "Ald.": "Alderman", "Cllr": "Councillor",
    "Cllr.": "Councillor", "Pvt.": "Private", "Spc.": "Specialist", "Brig.": "Brigadier", "Msgr.": "Monsignor",
    "Amb.": "Ambassador", "Atty.": "Attorney", "Sec. of": "Secretary of", "Secy.": "Secretary",  # "Sec. of State"
    "Jr.": "Junior", "Sr.": "Senior", "Mt.": "Mount", "Ft.": "Fort", "Ave.": "Avenue", "Blvd.": "Boulevard",
    "Stn.": "Station", "Rd.": "Road", "Hwy.": "Highway", "Dept.": "Department", "Univ.": "University",
    "Corp.": "Corporation",
    "Ltd.": "Limited", "approx.": "approximately", "Approx.": "Approximately", "vs.": "versus", "vs": "versus",
    "etc.": "et cetera", "e.g.": "for example", "E.g.": "For example", "i.e.": "that is", "I.e.": "That is",
    "a.k.a.": "also known as", "cf.": "compare", "ca.": "circa", "et al.": "et al", "Ph.D.": "P.H.D",
    "Ph.D": "P.H.D", "PhD": "P.H.D", "Fig.": "Figure",
    # degrees in a biography, spelled as their capitals are ("BSc" was said as one syllable)
    "BSc": "B.S.C", "MSc": "M.S.C", "BSc.": "B.S.C", "MSc.": "M.S.C", "BEng": "B.Eng", "MEng": "M.Eng",
    "MPhil": "M.Phil", "DPhil": "D.Phil", "Hons": "Honours",  # "a BA (Hons)"
    "fig.": "figure", "Jan.": "January", "Feb.": "February", "Mar.": "March", "Apr.": "April",
    "Jun.": "June", "Jul.": "July", "Aug.": "August", "Sep.": "September", "Sept.": "September",
    "Oct.": "October", "Nov.": "November", "Dec.": "December", "Ltd": "Limited",
    "Dept": "Department", "dept": "department", "dept.": "department", "depts.": "departments",
    "Depts.": "Departments", "Appx.": "Appendix", "appx.": "appendix", "ltd": "limited", "Vol.": "Volume",
    "vol.": "volume",
    "pp.": "pages", "Messrs.": "Messieurs", "OK": "okay", "Bros.": "Brothers", "Bros": "Brothers",
    "yrs": "years", "Yrs": "Years", "yrs.": "years", "govt": "government", "Govt": "Government",
    "incl.": "including", "Incl.": "Including", "excl.": "excluding", "Excl.": "Excluding", "pts": "points",
    "inc.": "including", "exc.": "excluding",  # "£1,299 inc. VAT" (the company's "Inc." keeps its capital)
    "IPv4": "I P v four", "IPv6": "I P v six", "Bldg.": "Building", "HbA1c": "H.B.A one C",
    "Qtr": "Quarter", "qtr": "quarter", "Qty": "Quantity", "qty": "quantity", "Qty.": "Quantity", "qty.": "quantity",
    "Nikkei 225": "Nikkei two twenty five", "FTSE": "Footsie", "mkt": "market",
    "YoY": "year on year", "y/y": "year on year", "QoQ": "quarter on quarter",
    "WWI": "World War One", "WWII": "World War Two", "WW1": "World War One", "WW2": "World War Two",
    "q/q": "quarter on quarter", "m/m": "month on month", "y-o-y": "year on year", "q-o-q": "quarter on quarter",
    "m-o-m": "month on month", "MoM": "month on month", "yr": "year", "yr.": "year", "w/w": "week on week",
    # Institutions' short forms in names and headlines ("Natl. Guard", "Intl. flights", "Assn. of Realtors").
    "Intl.": "International", "intl.": "international", "Natl.": "National", "natl.": "national",
    "Govt.": "Government", "govt.": "government", "Assn.": "Association", "assn.": "association",
    "Mgmt.": "Management", "mgmt.": "management", "Mgmt": "Management", "mgmt": "management",
    "Avg.": "Average", "avg.": "average", "Avg": "Average",
    "avg": "average",  # "a 30-day avg of 900k": no word but the average's
    "approx": "approximately", "Approx": "Approximately",
    "Admin.": "Administration",
    "Assoc. Prof.": "Associate Professor", "Asst. Prof.": "Assistant Professor", "Asst.": "Assistant",
    "Cmte.": "Committee", "Cttee": "Committee", "Co.": "Co", "Inc.": "Inc", "Para.": "Paragraph", "para.": "paragraph",
    "paras.": "paragraphs", "ret.": "retired", "Ret.": "Retired",
    "p.a.": "a year", "yoy": "year on year",  # "4% p.a.", "3.4% yoy"
    "Snr": "Senior", "Jnr": "Junior", "aka": "also known as",  # "John Smith Snr", "Eminem aka Slim Shady"
}
# Forms seldom met, whose first letters ("t", "b", ".") would have the look ahead of _ABBREVIATION stop at most
# positions of every text: each is first looked for as it is written, in C.
_RARE = {
    "Y/Y": "year on year", "Q/Q": "quarter on quarter", "YOY": "year on year",
    # A prescription's Latin shorthand, dotted and in small letters ("10 mg b.i.d."): the capitals and undotted
    # forms are words ("BID", "bid").
    "q.d.": "once a day", "b.i.d.": "twice a day", "t.i.d.": "three times a day", "q.i.d.": "four times a day",
    "p.r.n.": "as needed", "q.h.s.": "at bedtime", "p.o.": "by mouth", "max.": "maximum",
    ".NET": "dot net", "ASP.NET": "A S P dot net",  # the voice dropped the stop: "net"
    "Utd": "United", "agg.": "aggregate",  # a football club's "Man Utd", a tie's "(4-2 agg.)"
    "over/under": "over-under",  # a betting line, not a choice ("over or under")
    # listings, fares and rates: "£450 rtn", "20+ mins", "1,200 sqft", "£25 psf", "£900 PCM", "Tel. 0123" (their
    # first letters, "t", "s", "m", would have the common forms' look ahead stop at most positions)
    "rtn": "return", "mins": "minutes", "sqft": "square feet", "psf": "per square foot", "PCM": "a month",
    "Tel.": "Telephone", "tel.": "telephone",
    # a letter's and a reference's: "John Smith, Esq.", "(eds.)", "viz. the harbour" (the voice said "esk", "eds")
    "Esq.": "Esquire", "eds.": "editors", "Eds.": "Editors", "viz.": "namely",
    # a classified ad's price terms: "£250 ono", "$200 OBO" (the voice said "ono", "O B O")
    "ono": "or near offer", "o.n.o.": "or near offer", "OBO": "or best offer", "obo": "or best offer",
    "o.b.o.": "or best offer",
    # a message's and a forum post's: "ok thx", "pls RT", "10th anniv.", "2nd flr" (the voice said "thix", "flur")
    "thx": "thanks", "Thx": "Thanks", "pls": "please", "Pls": "Please", "anniv.": "anniversary", "flr": "floor",
    # a timetable's and a booking's: "40 mins before dep.", "arr. 11:40" (the voice said "dep", "ar"); the capital
    # "Dep." is left, a deputy's title as often ("Dep. Sheriff")
    "dep.": "departure", "arr.": "arrival",
    # an old letter's closing and its clergy ("your obedt. servt.", "the Bp. of London", "the Revd. Gilbert White"),
    # a reference work's "s.v.", "q.v.", "abbr." and "esp.", and a note's "Cf." (the voice said them as letters)
    "obedt.": "obedient", "obdt.": "obedient", "obt.": "obedient", "servt.": "servant", "ob't": "obedient",
    "serv't": "servant", "Bp.": "Bishop",
    "Abp.": "Archbishop", "Revd.": "Reverend", "Revd": "Reverend", "s.v.": "sub verbo", "q.v.": "which see",
    "abbr.": "abbreviation", "esp.": "especially", "Cf.": "Compare",
    # a press release's and a recipe's short forms with no number to size ("the mktg. team", "tbsp. and tsp. measures":
    # after a number the units read them), and a correction's "Ed. note" (the voice said "mick-tig", "tee-bee-ess-pee")
    "mktg.": "marketing", "Mktg.": "Marketing", "mktg": "marketing", "Mktg": "Marketing", "tbsp.": "tablespoon",
    "tsp.": "teaspoon", "Ed. note": "Editor's note", "Ed. Note": "Editor's Note", "Ed.'s note": "Editor's note",
    **RARE_FORMS,
}
_FIXED.update(_RARE)  # _expand reads both
# American headline forms with an apostrophe for the letters left out ("gov't", "Nat'l Guard"), in capitals too.
_CLIPPED = {"gov't": "government", "int'l": "international", "nat'l": "national", "dep't": "department",
            "ass'n": "association", "att'y": "attorney"}
_CLIPPED_WORD = compiled(r"\b(?i:gov't|int'l|nat'l|dep't|ass'n|att'y)\b")
_MAY_BE_CLIPPED = compiled(r"'(?<=[vtps]')[tlny]\b")  # led by the apostrophe, skipped to
_FIXED_WORDS = alternation(set(_FIXED) - set(_RARE))
# First looks among the text's letter_words: a form stands apart from letters on both sides, so its first run of
# letters is one of them ("Assoc. Prof.": "Assoc", ".NET": "NET"). One set look each, where the alternations, even
# led by a look ahead for the first letters, scanned most positions of every text (5-6 us a sentence of the two).
# And the beginning of each form through the character after that run, looked for where the run is ("a" leads
# "a.k.a.", "I" "I.e."): util.among_forms.
_FIXED_HEADS = form_heads(set(_FIXED) - set(_RARE))
_RARE_HEADS = form_heads(_RARE)
# A form without its stop may end a sentence ("up 5% YoY."): the stop is left to be the sentence's.
# The look ahead for a first letter lets most positions fail before the look behind and the long alternation (over
# the NeMo sentences 10.4 ms instead of 17.1).
_FIXED_FIRST = "[" + "".join(sorted({re.escape(k[0]) for k in set(_FIXED) - set(_RARE)})) + "]"
_ABBREVIATION_AFTER = r"(?=[\s,;:)\"'\d]|\.(?=\s+[A-Z]|\s*$)|$)"
_ABBREVIATION = compiled(rf"(?={_FIXED_FIRST})(?<![A-Za-z.])(?:{_FIXED_WORDS}){_ABBREVIATION_AFTER}")
_RARE_WORDS = "|".join(re.escape(k) for k in sorted(_RARE, key=len, reverse=True))
_RARE_ABBREVIATION = compiled(rf"(?<![A-Za-z.])(?:{_RARE_WORDS}){_ABBREVIATION_AFTER}")
# A timetable's capital "Dep." and "Arr." before their times ("Dep. 06:45, Arr. 09:10"): elsewhere "Dep." is as often
# a deputy's title ("Dep. Sheriff"), and left.
# The times are words by then ("Dep. o six forty five").
_TIMETABLE_WORD = compiled(r"\b(Dep|Arr)\.(?=\s?\d|\s(?:o|zero|one|two|three|four|five|six|seven|eight|nine|ten"
                           r"|eleven|twelve|\w+teen|twenty)\b)")
_TIMETABLE_WORDS = {"Dep": "Departure", "Arr": "Arrival"}
_REGISTERED = compiled(rf"\bRegd?\.(?=\s(?:{'|'.join(sorted(REGISTERED_NOUNS))})\b)")
# A listing's reduced price, "£12/£10 conc.", "conc. £8", "£6 concs": concessions beside a price (a chemist's
# "conc. HCl" is concentrated, and left).
# Money is words by then ("ten pounds conc."); a stop that may end the sentence is left to be the sentence's.
_CONCESSIONS = compiled(r"(?:(?<=pounds )|(?<=pence )|(?<=dollars )|(?<=euros )|(?<=rand ))concs?"
                        r"(?:\.(?=[,;:)]| [a-z]))?(?=[\s,.;:)]|$)"
                        r"|\b[Cc]oncs?\.?(?=(?: [a-z]+){1,4} (?:pounds?|pence|dollars?|euros?|rand)\b)")
_TIMETABLE_FIRST = frozenset(_TIMETABLE_WORDS)  # a first look among util.letter_words
_CONCESSION_WORDS = frozenset({"conc", "concs", "Conc", "Concs"})  # a first look among util.letter_words
# Abbreviations that often end a sentence with their stop ("pears, etc. Then we left"): before a capital, the stop
# stays, or the voice would run on into the next sentence. Titles and "Mt." come before names, and keep none.
_MAY_END_SENTENCE = frozenset(
    {"etc.", "Ltd.", "Bros.", "Jr.", "Sr.", "Ave.", "Blvd.", "Rd.", "Corp.", "yr.", "yrs.", "et al.", "Jan.", "Feb.",
     "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "avg.", "govt.", "mgmt.",
     "Admin.", "Co.", "Inc.", "q.d.", "b.i.d.", "t.i.d.", "q.i.d.", "p.r.n.", "q.h.s.", "p.o.",
     "max.", "agg.", "dept.", "depts.", "dep.", "arr."}
)
# "The Sr. Director", "Jr. Analyst Dana Lee": a rank before a title, after an article or opening the text, ends no
# sentence (after a name it may: "by John Hale Jr. The next").
_RANKS_BEFORE_TITLES = frozenset({"Jr.", "Sr."})
_RANK_BEFORE = compiled(r"(?:^|\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) )$")
# Not "Bros. Ltd", nor a lettered avenue ("Ave. B in Manhattan").
_NEW_SENTENCE = compiled(r"\s+[\"“']?(?!(?:Ltd|Inc|Co|Corp|Plc|PLC|LLC|LLP)\b|[B-HJ-Z](?![\w.'’]))[A-Z]")
# "Ctrl+C", "Cmd+Shift+4", "Alt+F4": keys joined by "+", one of them a modifier.
_KEY_ALT = "|".join(re.escape(key) for key in sorted(KEY_NAMES, key=len, reverse=True))
_SHORTCUT = compiled(
    rf"(?<![\w+])(?:Ctrl|Cmd|Alt|Shift|Opt|Option|Win|Fn|Control|Command)(?:\+(?:{_KEY_ALT}|F\d{{1,2}}|[A-Z0-9]))+"
    r"(?![\w+])"
)
_KEY = compiled(r"\+?(\+$|[^+]+)")  # "Ctrl++": the last "+" is a key
# "in Co. Durham", "from Co. Cork": after a word that leads to a place, "Co." before a name is a county.
_COUNTY = compiled(
    r"(?:(?<=\bin )|(?<=\bof )|(?<=\bto )|(?<=\bat )|(?<=\bfor )|(?<=\bfrom )|(?<=\bnear )|(?<=\bacross )|^)"
    r"Co\.(?=\s[A-Z][a-z])"
)
# An age written short: "17-yr-old", "2-yr-olds", "a 3yo colt", "aged 17 y/o" ("year-old" or "years old").
_SHORT_AGE = compiled(r"(\d)(?:(-?)(?:yrs?|y/o|y\.o\.|yo)(-olds?)?(?![\w/])|(\s)(?:y/o|y\.o\.|yo)(?![\w/]))")
_MAY_BE_SHORT_AGE = compiled(r"\d[-\s]?y")
# "N° 5", "n° 12": the numero typed with a degree sign ("N degrees five" it was).
_NUMBER_SIGN = compiled(r"(?=[Nn])(?<![\w.])(?:(No|no|Nos|nos|NO)\.|(No|NO|Nos)\b|[Nn]°)(?=\s?\d)")
# "Part No. AB-123", "Serial no. X9": after a word that labels a code, the code's letters may come first (and other
# rules have said its digits already).
_LABELLED_NUMBER_SIGN = compiled(r"\b((?i:part|model|serial|item|order|product|invoice|policy|account|ref|reference"
                                 r"|catalogue|catalog|lot|batch|ticket|licen[cs]e|registration|reg)\s)"
                                 r"(?:No|no|NO)\.(?=\s?[A-Z](?![a-z]))")
# "beat the Celtics 108-104 in OT", "Knicks 108 Celtics 104 (OT)": after a game's score, overtime ("O.T" it was; "in
# OT" alone may be occupational therapy).
_OVERTIME = compiled(r"(?<=\d)(\s(?:in|after)\s|\s\()OT\b(?=\)|[\s.,;:!?]|$)")
# "Yes 1,617,989; No 2,001,926", "Yes: 52%, No: 48%": after "Yes", "No" before a number is a vote's other side.
_YES_BEFORE = compiled(r"\b(?:Yes|YES):?\s?\d")
_NUMBER_SIGN_WORDS = frozenset({"No", "no", "NO"})  # each stands apart in every match: a look among the words at hand
# The top grade of British exams ("three A*s", "A*AA") and the search algorithm ("A* search") alike: "A star".
_A_STAR = compiled(r"(?<![\w*])A\*(s\b|(?=A|[^\w*]|$))")
# A British listed building's grade: "Grade II*" is "Grade two star", between Grade I and Grade II.
_GRADE_STAR = compiled(r"\b(Grade|grade) II\*(?![\w*])")
# A batter's score with a star, in a sentence about cricket: "Smith 87*", "Root (112*)" are "not out" (the star was
# dropped as a footnote's mark).
_NOT_OUT = compiled(r"(?<![\w.,$£€*])(\d{1,3})\*(?![\w*])")
_CRICKET_TALK = compiled(rf"\b(?:{CRICKET_WORDS})\b")
# "Go to Settings > General > About", "open File > Save As": a path through an app's menus, a pause between its steps
# (as a breadcrumb's "›" is); one step only after a word that leads into a menu ("Revenue > Costs" compares).
_MENU_STEP = compiled(r"(?<=[A-Za-z]{2}) > (?=[A-Z])")
_MENU_PATH = compiled(r"[A-Za-z]{2} > [A-Z][\w&'-]*(?: [\w&'-]+){0,3} > [A-Z]")
_MENU_LEAD = compiled(r"\b(?i:go to|goes to|going to|open|opening|tap|tapping|click|clicking|select|selecting|choose"
                      r"|choosing|head to|head into|navigate to|via|under|in)\s+(?:the\s+)?[A-Z][\w&'-]*"
                      r"(?: (?:&|[A-Z][\w&'-]*)){0,3} > [A-Z]")
# A credit rating or a grade a notch down, "BBB-", "AA-", "a B- average": "minus" (the voice left the dash unsaid). Led
# by the dash, so that the scan runs in C; not a word's first half before "and"/"or" ("A- and B-list stars").
_NOTCH_DOWN = compiled(r"-(?:(?<=(?<![\w.&-])[ABC]-)|(?<=(?<![\w.&-])(?:AA|BB|CC)-)|(?<=(?<![\w.&-])(?:AAA|BBB|CCC)-))"
                       r"(?=[\s,;:!?)]|\.(?:\s|$)|$)(?!\s(?:\d|(?:and|or|to|through|&)\s[A-Z]{1,3}-))")
# Where a sentence speaks of blood, "O-" and "AB+" are groups: "O negative", "AB positive".
_BLOOD_GROUP = compiled(r"(?<![\w.&+-])(AB|A|B|O)([+-])(?=[\s,;:!?)]|\.(?:\s|$)|$)")
_BLOOD_SIGNS = {"+": " positive", "-": " negative"}
# A reference abbreviation before its number, written small or without its stop: "vol 2", "Fig 3", "ch. 4".
# A page is "p." or "pg." only with its stop: a bare "p" or "pg" before a number may be anything.
_STOP_OR_SPACE = ("vol", "Vol", "VOL", "fig", "Fig", "FIG", "ch", "Ch", "pp", "Pp", "apt", "Apt", "APT", "ep", "Ep",
                  "Rm", "Sec", "para", "Para", "paras", "Paras", "figs", "Figs", "Pt", "reg", "Reg", "regs",
                  "Regs", "plat", "Plat", "cl", "Cl", "Prop",  # "Prop 13", "Prop. 47": a ballot's proposition
                  "wk", "Wk", "wks", "Wks",  # "wk 32", "Wk. 6": a week of the year or of a season
                  "vols", "Vols",
                  "col", "cols")  # Hansard's and a newspaper's "vol 676, col 45" (a capital "Col." is a colonel)
# A reference's notes, tables, supplements and schedules with their stop: "fn. 12", "tab. 3", "Ref. 12", "Refs. 4-6",
# "Suppl. 4", "Sch. 2" (without it, "ref 12" and "tab 3" may be anything).
_STOP_ONLY = ("p", "pg", "pgs", "sec", "secs", "Secs", "Op", "op", "rev", "Art", "art", "s", "ss", "eq", "Eq", "eqs",
              "Eqs", "prop",  # a theorem's "prop. 3"
              "fn", "fns", "tab", "Tab", "ref", "Ref", "refs", "Refs", "suppl", "Suppl", "Sch")
# Led by the words' first letters (derived, so a new word cannot be missed): scanned in C, not at every boundary; and
# first looked for among util.letter_words (each word stands between a boundary and a stop or a space).
_BEFORE_NUMBER_FORMS = frozenset(_STOP_OR_SPACE + _STOP_ONLY)
_BEFORE_NUMBER = compiled(
    rf"(?=[{''.join(sorted({w[0] for w in _STOP_OR_SPACE + _STOP_ONLY}))}])\b(?<!\.)"
    rf"(?:({'|'.join(_STOP_OR_SPACE)})(?:\.\s?|\s)|({'|'.join(_STOP_ONLY)})\.\s?)(?=\d)"
)
_EQUATION_BRACKET = compiled(r"\b([Ee]qs?)\.\s?(?=\(\d)")  # "Eq. (3)": an equation's number in brackets
# A book's edition after its ordinal ("3rd ed.", "2nd edn."; a building's floor: "14th fl."), its editor in brackets
# ("Smith (ed.)"), who edited, translated or reprinted it ("Ed. by", "trans. by", "Repr. 1970"), when its author
# flourished ("fl. 1650"), and the pages after a page ("pp. 12f.", "p. 3ff." once "pages 12f.").
_EDITION = compiled(  # led by a look ahead for its forms' first letters: the engine fails at once elsewhere
    r"(?=[EeTtRrfp])(?:(?<=\d(?:st|nd|rd|th) )(edn?\.|edn\b(?!['’-])|fl\.)|(?<=\()([Ee]d)\.(?=\))"
    r"|\b([Tt]rans|[Ee]d|[Rr]epr)\.(?=\sby\b)"
    r"|\b([Rr]epr)\.(?=\s(?:in\s)?\d{4}\b)|\b(fl)\.\s?(?=(?:c\.\s?|ca\.\s?|circa\s)?\d{3,4}\b)"
    r"|\b(pages?\s\d+)\s?(ff?)\.(?=[\s,;:)]|$))"
)
_EDITION_WORDS = word_set("ed edn Ed Trans trans Repr repr fl f ff")  # each stands apart in every match
_CREDITS = {"trans": "translated", "ed": "edited", "repr": "reprinted"}
# A song's credits: "Drake feat. Rihanna", "(ft. Dua Lipa)", "prod. by Metro Boomin" (after a number "ft." is feet).
_FEATURING = compiled(r"(?<![\d\w])(?<!\d )(?:feat\.|ft\.)(?=\s[A-Z])|\bprod\.(?=\sby\b)")
_FEATURING_WORDS = word_set("feat ft prod")  # each stands apart in every match
# "Maj. 12,345", "Lab maj. 13,000": an election result's majority, a count (before a name "Maj." is a major).
_MAJORITY = compiled(r"\b([Mm])aj\.?\s?(?=\d)")
_BEFORE_NUMBER_WORDS = {
    "vol": "volume", "fig": "figure", "ch": "chapter", "pp": "pages", "p": "page", "pg": "page", "pgs": "pages",
    "apt": "apartment", "ep": "episode", "rm": "room", "sec": "section", "secs": "sections", "op": "opus",
    "rev": "revised",
    "art": "article", "s": "section", "ss": "sections", "eq": "equation", "eqs": "equations",
    "para": "paragraph", "paras": "paragraphs", "figs": "figures", "pt": "part", "reg": "regulation",
    "regs": "regulations", "plat": "platform", "cl": "clause", "prop": "proposition", "wk": "week", "wks": "weeks",
    "vols": "volumes", "fn": "footnote", "fns": "footnotes", "tab": "table", "ref": "reference", "refs": "references",
    "suppl": "supplement", "sch": "schedule", "col": "column", "cols": "columns",
}
# Read with their number, so a sentence is not cut between them (segment: "See para. 12" is one sentence).
REFERENCE_WORDS = frozenset(_BEFORE_NUMBER_WORDS)
# A life's or a reign's dates in brackets or after a comma: "(b. 1950)", "(d. 2001)", "(r. 1509-1547)", and a
# founding "est. 1887" or a "pop. 12,000": the abbreviation said in full before the year or the count.
# (Dates are words by now: "(b. 3 May 1950)" is "(b. the third of May ...".)
# After "who" too ("his wife, who d. 2019"), and before the place and then the year ("(b. Vienna, 1935; d. Leeds,
# 2024)").
_LIFE_DATES = compiled(
    r"(?:(?<=\()|(?<=[,;]\s)|(?<=\bwho\s))(b|d|r|fl|dep)\.\s?(?=(?:circa\s|c\.\s?|ca\.\s?)?\d{3,4}\b"
    r"|the\s[a-z]+\s(?:[a-z]+\s)?of\s"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s\d{3,4}\b)"
)
_LIFE_WORDS = {"b": "born", "d": "died", "r": "reigned", "fl": "flourished", "dep": "departed"}
# "dep." is a life's end only after its birth ("b. 1898, dep. 1971": departed); else a timetable's ("York, dep. 1945").
_BORN_BEFORE = compiled(r"\b(?:b\.|born)\s?(?:c\.\s?)?\d{3,4}\b")
# How far back a birth is looked for: a life's brackets ("(b. Vienna, 1898; dep. 1971)"), not the whole text, which
# made a text of many "dep." and no birth quadratic (x15 time at x4 the text).
_LIFE_SPAN_CHARS = 80
_LIFE_FIRST = frozenset(_LIFE_WORDS)  # a first look among letter_words: each stands between "(" or " " and "."
# "dep. 3 mins late", "dep. on time": the verb, "departed", before how late or early a service left (its minutes
# maybe in words by then: "dep. three minutes late").
_DEPARTED = compiled(r"ep\.(?<=\b[Dd]ep\.)(?=\s(?:(?:\d+|[a-z]+(?:\s[a-z]+)?)\s?(?:mins?|minutes?|hrs?|hours?)\s)?"
                     r"(?:late|early|on time)\b)")  # led by "ep.", scanned for in C
# "pp" after a number: percentage points beside a percentage or after a decimal ("a 3.4 pp lead", "fell 5 pp to
# 40%"), else a book's pages ("320 pp."). Its stop stays where it also ends the sentence.
_PP_AFTER_NUMBER = compiled(r"(\d+(?:\.\d+)?)(\s?)pp(?:(\.)(?=\s+[\"“'(]?[A-Z]|\s*$)|\.)?(?![\w.])")
# A quake's magnitude as seismologists write it ("an M6.8 quake", "M 7.1"), only where the text speaks of quakes.
_MAGNITUDE = compiled(
    r"(?<![\w.])(?:([Aa])n )?M ?"
    r"(?=\d\.\d(?![\w.]|\.\d)|\d(?:\.\d)?\s(?:earthquake|quake|temblor|aftershock|tremor)s?\b)"
)
_MAY_BE_MAGNITUDE = compiled(r"M ?\d")
_QUAKE = compiled(r"(?i:quake|temblor|aftershock|seismic|tremor|richter)")
_NOUN_NEXT = compiled(
    r"\s+(?!(?:of|in|on|to|from|and|or|at|since|over|than|for|the|a|an|as|but|while|after|before|behind|ahead)\b)"
    r"[a-z]+\b"
)
_PERCENTAGE = compiled(r"(?=[%p])(?:%|\bper ?cent|\bpercentage\b)")  # led as _EDITION is
# "pub." only as a reference gives it, after a comma or a bracket ("went to the pub. 5 of us" is the inn).
# "a Cat 4 hurricane", "Cat 5", "Cat 4 Hurricane Helene": a storm's category.
_STORM_CATEGORY = compiled(r"\bCat\.?\s?(?=[1-5]\b(?:\s(?i:hurricane|storm|cyclone|typhoon)|(?=[,.;:)]|$)))")
_FOUNDED = compiled(r"\b([Ee]st|[Pp]op|(?:(?<=, )|(?<=\())[Pp]ub)\.\s?(?=\d|in\s\d)")  # "was est. in 1890"
# "est." before anything but a year is an estimate: "(EPA est.)", "an est. 2,000 people", "est. $5m".
_ESTIMATED = compiled(r"\b([Ee])st\.(?!\s?(?:in\s)?(?:1[0-9]{3}|20[0-9]{2})\b)(?=\s|\)|,|;|$)")
_ESTIMATED_WORDS = frozenset({"Est", "est"})  # each stands apart in every match: a look among the words at hand
_FOUNDED_WORDS = {"est": "established", "pop": "population", "pub": "published"}
_SAINT_STREET = compiled(r"(St|Dr)(?<![\w.]..)\.(?=\s|$|[,;:)])")  # led by its letters, the look behind after them
# Before a name a title needs no stop and may be written small ("St Andrew's", "mr Smith", "Mt Eden"); a street's
# "St" was read by the address rules before this.
_TITLE_BEFORE_NAME = compiled(
    # led by the first letters, scanned for in C, before the look behind at every position
    r"(?=[SMFmds])(?<![\w.])(St|Mt|Ms|Fr|mr|mrs|ms|dr|st|mt)\.?(?=\s[A-Z](?:[a-z]|\s|'s\b)|\sand\s(?:mrs|mr|ms|dr)\.?\s[A-Z][a-z])"
)
# The pattern's titles, each between a non-word and a stop or a space: a first look among the text's letter_words.
_TITLE_FORMS = frozenset({"St", "Mt", "Ms", "Fr", "mr", "mrs", "ms", "dr", "st", "mt"})
# Ranks and offices without their stop, as British papers write them: "Prof Jane Smith", "Lt Col John Smith", "Det
# Insp Jane Tennison", "the Rt Hon Keir Starmer". Only before a name (a capital and a small letter: "Gen Z" is a
# generation) or another such title; "Ch", "Rt" and "Con" only in the pairs they make.
_RANKS = {
    "Prof": "Professor", "Lt": "Lieutenant", "Col": "Colonel", "Capt": "Captain", "Sgt": "Sergeant",
    "Cpl": "Corporal", "Adm": "Admiral", "Maj": "Major", "Gen": "General", "Sen": "Senator", "Rep": "Representative",
    "Gov": "Governor", "Rev": "Reverend", "Supt": "Superintendent", "Det": "Detective", "Insp": "Inspector",
    "Cmdr": "Commander", "Brig": "Brigadier", "Pte": "Private", "Ch Supt": "Chief Superintendent",
    "Ch Insp": "Chief Inspector", "Det Con": "Detective Constable", "Rt Hon": "Right Honourable",
    "Rt Rev": "Right Reverend", "Flt Lt": "Flight Lieutenant", "Wg Cdr": "Wing Commander", "Sqn Ldr": "Squadron Leader",
    "Gp Capt": "Group Captain", "L/Cpl": "Lance Corporal", "Cdr": "Commander",
}
_RANK_ALT = "|".join(sorted(_RANKS, key=len, reverse=True))
_RANK_BEFORE_NAME = compiled(rf"(?<![\w.&'’-])({_RANK_ALT})(?=\s+(?:[A-Z][a-z]|(?:{_RANK_ALT})\s))")
_RANK_FIRST = first_letters(_RANKS)  # a first look among the text's letter_words ("Ch Supt": "Ch", "L/Cpl": "L")
# A unit of an army: "2nd Bn The Parachute Regiment", "16 Air Assault Bde", "the Royal Welsh Regt".
_ARMY_UNIT = compiled(r"(?<=\d(?:st|nd|rd|th) )Bn\b|\b(?:Bde|Regt)\b(?!['’-])")
_ARMY_UNITS = {"Bn": "Battalion", "Bde": "Brigade", "Regt": "Regiment", "Div": "Division", "Inf": "Infantry",
               "Armd": "Armoured", "Cav": "Cavalry", "Mech": "Mechanised", "Abn": "Airborne", "Mtn": "Mountain",
               "Arty": "Artillery"}
# "3rd Inf Div", "10th Mountain Div", "1st Armd Div", "7th Cav": a formation's number, its arm and its size, each
# shortened (the arm's word may be a name: "Mountain", "Marine").
_FORMATION = compiled(r"(?<=\d(?:st|nd|rd|th) )(?:(?:Inf|Armd|Cav|Mech|Abn|Mtn|[A-Z][a-z]+) ){0,2}"
                      r"(?:Div|Inf|Armd|Cav|Arty)\b(?!['’-])")
_FORMATION_WORD = compiled(r"\b(?:Inf|Armd|Cav|Mech|Div|Abn|Mtn|Arty)\b")
_FORMATION_WORDS = frozenset({"Div", "Inf", "Armd", "Cav", "Arty"})  # every match's last word stands apart
# "2d Dist.", "103rd Cong., 2nd Sess.": a court's district, a Congress and its session after their ordinal.
_AFTER_ORDINAL = compiled(r"(?<=\d(?:st|nd|rd|th) )(Dist|Sess|Cong)\.")
_AFTER_ORDINAL_WORDS = {"Dist": "District", "Sess": "Session", "Cong": "Congress"}
_AFTER_ORDINAL_FIRST = frozenset(_AFTER_ORDINAL_WORDS)
# "Mk 48", "Mk IV", "Mk. 2": a design's mark before its number.
_MARK = compiled(r"\bMk\.?\s?(?=\d|[IVX]{1,4}\b)")
# "2d Cir.", "3d ed.", "103d Cong., 2d Sess.": American law's older ordinals, a "d" after a 2 or a 3; and a law
# report's series after its name ("123 F.3d 456", "F. Supp. 2d", "So. 2d"), said as "second" and "third".
_OLD_ORDINAL = compiled(r"(?<![\w.,])(\d*[23])d(?=\s(?:Cir|Dist|Sess|Cong|ed|edn|Dep't|App)\b)")
_REPORTER_SERIES = compiled(r"\b(F|P|A|So|Supp|N\.[EW]|S\.[EW])\.\s?([23])d\b")
_TITLES = {"st": "Saint", "mt": "Mount", "mr": "Mr", "mrs": "Mrs", "ms": "Miz", "dr": "Dr", "fr": "Father"}
# After a name: "James Smith jr", "Maxwell Madison Sr", "Hollis bros"; the stop-ended forms are in _FIXED.
_SUFFIX_AFTER_NAME = compiled(r"(?:(?<=[a-z] )|(?<=[a-z], ))(?:jr|sr|Jr|Sr|bros)\.?(?![\w.])")
_SUFFIXES = {"jr": "Junior", "sr": "Senior", "bros": "Brothers"}
_SUFFIX_FORMS = frozenset({"jr", "sr", "Jr", "Sr", "bros"})  # the pattern's forms, a first look among letter_words
_CAPITAL_NEXT = compiled(r"\s+[\"']?[A-Z]")
_CAPITAL_WORD_BEFORE = compiled(r"(?:[A-Z][a-z]+(?:['’]s)?|\d\w*)\s+$")  # "St. James's St.": a name's too
# After a street's name, "St." before a word that opens a sentence and names no saint is the street's, and its stop
# the sentence's ("They met on Elm St. Later they left"; "Jill St. John" is a name).
_OPENS_SENTENCE = compiled(
    r"\s+(?:The|A|An|It|Its|He|His|She|Her|They|Their|We|Our|I|You|Your|This|That|These|Those|There|Then|Later|But"
    r"|And|So|Yet|On|In|At|After|Before|When|While|If|As|Police|Officials|Residents|Neighbors|Neighbours)\b"
)
_LEGAL_V = compiled(r"\b([A-Z][\w'.]*)\s+v\.?\s+(?=[A-Z])")
_V_WORD = frozenset({"v"})  # the "v" stands apart in every match: looked for among the words where they are at hand

# "#100DaysOfCode", "#2024Election": digits run into a word are a tag ("#1", "#5B" and "#3rd" are numbers).
_DIGITS_LEAD_TAG = r"\d+(?:[A-Z][a-z]|[a-z]{3})"
_HASH_NUMBER = compiled(rf"#(?=\s?\d)(?!{_DIGITS_LEAD_TAG})")
_AMPERSAND = compiled(r"\s?&&?\s?")  # "cd src && make": a shell's "and" too
# "AT&T", "P&G", "R&D": capitals joined by "&" are letters, even where they spell a word ("AT").
_LETTERS_AND = compiled(r"(?<![\w&])([A-Z]{1,3})&([A-Z]{1,3})(?![\w&])")
# A note or a key: "C#", "F♯ minor", "E♭", "Bb major"; and the languages named after the note ("C#", "F#").
_SHARP = compiled(r"([A-G])(?<![\w#][A-G])[#♯](?![\w#])")  # led by the class: scanned in C
_FLAT_WORDS = ("major", "minor", "maj", "min", "flat", "clarinet", "trumpet", "tuba")
_MAY_BE_FLAT = compiled(rf"[A-G]b\s(?:{'|'.join(_FLAT_WORDS)})")
_FLAT = compiled(rf"([A-G])(?<![\w#][A-G])(?:♭|b(?=\s(?:{'|'.join(_FLAT_WORDS)})\b))(?![\w#])")
_HASHTAG = compiled(rf"(?<![^\s(\[])#((?:[A-Za-z]|{_DIGITS_LEAD_TAG})\w*)")
# "#BlackLivesMatter" is three words run together; "#iPhone" and "#McLaren" are one. An initialism may end the tag
# or open it ("#SaveOurNHS", "#NHSHeroes"), and digits may lead it ("#100DaysOfCode").
_RUN_TOGETHER = compiled(
    r"(?<=[a-z]{2})(?=[A-Z][a-z]|[A-Z]{2,}\d*$)|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})|(?<=\d)(?=[A-Za-z])")
_SHORT_WORD_RUN = compiled(r"\b([A-Z][a-z])(?=[A-Z][a-z])")
# "the #MeToo hashtag": the sign is not said again where the text names the tag.
_TAG_NAMED = compiled(r"\s+(?:hash-?)?tags?\b")
_TAG_NAMED_BEFORE = compiled(r"\b(?:hash-?)?tags?\s+$", re.I)  # "the hashtag #MeToo"
# "r/AskReddit", "u/spez": a forum's board and its user, said with their slash ("r/min" after a number is a rate's,
# "r/t" and "w/o" are too short to be names).
_FORUM_NAME = compiled(r"(?<![\w./])(?<!\d\s)([ru])/([A-Za-z][A-Za-z0-9_]{2,20})(?![\w/])")
_HANDLE = compiled(r"(?<![^\s(\[])@(\w+)")  # "@jack_dorsey": its underscores are said, as an address's are
# A handle in brackets after a name ("County Power (@CountyPower)", "Jane Doe (@jdoe)"): the name said it already;
# before an embedded post's date (by now words: "March third", "the nineteenth of"), a pause.
_HANDLE_AFTER_NAME = compiled(r"(?<=[\w.])\s?\(@\w{1,30}\)(?=(\s(?:[A-Z]|the\s))?)")
# Symbols that become words go first, so that "+" sees the word before it ("°+" -> "degrees plus").
# Signs that become words, the ASCII ones after "#" and "@" are read (so that "+" sees the word before it: "°+" is
# "degrees plus"), the others before, since their words can leave a "#" or "@" standing apart ("÷#A", "@§").
_SIGNS_FIRST: list[tuple[str, re.Pattern[str], str]] = [
    ("°", re.compile(r"\s?°\s?C\b"), " degrees Celsius"),  # a scale named alone: "where °C and °F meet"
    ("°", re.compile(r"\s?°\s?F\b"), " degrees Fahrenheit"),
    ("°", re.compile(r"\s?°"), " degrees"),
    ("±", re.compile(r"(?<=[^\s(\[])\s?±\s?"), " plus or minus "),  # "67.5 ± 8.2 years"
    ("±", re.compile(r"±\s?"), "plus or minus "),  # "±5%", "(±3.5)"
    ("§", re.compile(r"§§\s?"), "sections "),
    ("§", re.compile(r"§\s?"), "section "),
    ("¶", re.compile(r"¶\s?"), "paragraph "),
    ("×", re.compile(r"\s×\s"), " times "),
    ("‰", re.compile(r"\s?‰"), " per mille"),
    ("→", re.compile(r"\s?→\s?"), " to "),  # "3 → 7", "London → Paris"
    ("÷", re.compile(r"\s?÷\s?"), " divided by "),
    ("√", re.compile(r"√\s?"), "the square root of "),
    ("∞", re.compile(r"∞"), "infinity"),
    # A dagger marks a note or a death; its date is read plainly. A double dagger marks a second note.
    ("†", re.compile(r"(?<=[(\[])†\s?|\s?†(?=\s|$)|†\s?"), ""),
    ("‡", re.compile(r"\s?‡(?=[\s.,;:!?)]|$)|‡\s?"), ""),
]
# A review's ticks and crosses after a feature ("Water resistance ✓, headphone jack ✗"): whether it has it. A tick
# before an item is a list's bullet, and goes unsaid with the emoji (tidy.py), as do "✅" and "❌", a post's pictures.
# Only where an item ends (a comma, a stop, a bar or the line's end): within a sentence the mark is a picture.
_TICK = compiled(r"(?<=[\w)])\s?[✓✔☑](?=\s*(?:[,;.|)]|$))")
_CROSS = compiled(r"(?<=[\w)])\s?[✗✘](?=\s*(?:[,;.|)]|$))")
# "A -> B", "2020 --> 2024": an arrow typed in ASCII, read as "→" is.
_TYPED_ARROW = compiled(r"(?<=[\w)])\s?-{1,2}>\s?(?=[\w($])")
_SYMBOLS: list[tuple[str, re.Pattern[str], str]] = [
    ("%", re.compile(r"%"), " percent"),
    ("-pt", re.compile(r"(?<=\d)-pt\b(?!\.\w)"), " point"),  # "a 2-pt race"
    ("$", re.compile(r"\$(?<![\w$]\$)(?=[A-Z]{1,5}\b)"), ""),  # a ticker's cashtag: "$TSLA" is the ticker alone
    ("+/-", re.compile(r"(?:(?<=\s)|^)\+/-\s?(?=\.?\d)|\s\+/-\s"), " plus or minus "),  # not "C+/-"
    ("~", re.compile(rf"(?:(?<=[\s(])|^)~(?=\s?[\w{MONEY_SIGNS}])"), "about "),
    ("=", re.compile(r"\s=\s"), " equals "),
    ("=", re.compile(r"(?<=\b[A-Za-z])\s?=\s?(?=-?\.?\d)"), " equals "),  # a statistic: "n=2,000", "P=.01"
    ("@", re.compile(r"(?:^|\s)@\s"), " at "),
    ("+", re.compile(r"(?<=[A-Za-z])\+\+(?=\d{2}\b)"), " plus plus "),  # a language's standard: "C++20"
    ("+", re.compile(r"(?<=[\w+])\+(?=[\s+,.;:!?)]|$)"), " plus"),  # "C++", "Disney+,"
    ("+", re.compile(r"\s\+\s"), " plus "),
    ("+", re.compile(r"(?<=\s)\+(?=[,.;:!?)])"), "plus"),  # "Disney +, Hulu"
    ("+", re.compile(r"(?<=[(\"“])\+\s?(?=[A-Za-z])"), "plus "),  # "£20 (+ fees)", "(+VAT)"
]
# A comparison before an amount: "<5%", "> $1m", "≥ 18", "≈3 km"; read before the amount becomes words.
_HEART = compiled(r"(?<=\bI )<3(?=\s|$)")  # "I <3 NY": the heart is said as it is meant
# A statistic's letter may stand against its sign: "p<.001", "n>50".
_COMPARISON = compiled(rf"(?:(?<=[\s(])|^|(?<=(?<![\w.])[A-Za-z]))(<=|>=|[<>≤≥≈~])\s?(?=[{MONEY_SIGNS}-]?\.?\d)")
_COMPARISONS = {"<": "less than", "<=": "at most", ">": "more than", ">=": "at least", "≤": "at most",
                "≥": "at least", "≈": "about", "~": "about"}
_MAY_BE_COMPARISON = compiled(r"[<>≤≥≈~]")
# "w/o", "w/", "N/A" and a choice between words ("and/or", "Increases/decreases"): voices say "slash".
# Run last, after numbers have become words, so that a second reading finds nothing to change.
_SPANS = {"hr": "hour", "hrs": "hour", "mo": "month", "wk": "week", "min": "minute", "hour": "hour", "day": "day",
          "night": "night", "week": "week", "month": "month", "year": "year", "person": "person", "head": "head",
          "serving": "serving"}
_SLASHES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"(?<![\w/])[wW]/[oO](?![\w/])"), "without"),
    (re.compile(r"(?<![\w/])[wW]/(?=\s)"), "with"),
    (re.compile(r"(?<![\w/])N/A(?![\w/])"), "not applicable"),
    (re.compile(r"(?<![\w/])[rR]/[tT](?![\w/])"), "round trip"),  # a fare "r/t"
    (re.compile(r"(?<![\w/])[cC]/[oO](?![\w/])"), "care of"),  # an address "c/o"
    (re.compile(r"(?<![\w/])[bB]/[cC](?![\w/])"), "because"),  # a post's "b/c" ("returned it b/c it broke")
    # "w/c 3 June", "w/e 7 June": a week named by its first or last day, before that date (once words)
    (re.compile(r"(?<![\w/])[wW]/([cCeE])(?=\s+(?:the\s+(?:\w+\s+){1,2}of\s|January|February|March|April|May|June|July"
                r"|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"),
     lambda m: "week commencing" if m.group(1) in "cC" else "week ending"),
    (re.compile(r"(?<![\w/])([Aa]nd)/or(?![\w/])"), r"\1 or"),
    # A ratio of a debt, a price or a value to what it is measured by: "debt/GDP", "net debt/EBITDA", "EV/EBITDA" are
    # said with "to" ("debt or GDP", "E.V, EBITDA" they were).
    (re.compile(r"(?<![\w/])([Dd]ebt|[Pp]rice|[Ll]oan|EV|[Dd]ividend)/(GDP|EBITDA|EBIT|[Ee]quity|[Ee]arnings|[Bb]ook"
                r"|[Ss]ales|[Vv]alue|[Dd]eposits?|[Ii]ncome|[Rr]evenue)(?![\w/])"), r"\1 to \2"),
    # Capitals on both sides are letters, said without the slash: "AC/DC", "TCP/IP", "P/E".
    (re.compile(r"(?<![\w/])([A-Z]{1,5})/([A-Z]{1,5})(?![\w/])"), r"\1 \2"),
    # "cups/day", "visits/month": a count in a span of time or for each one, not a choice ("day/night" is one)
    (re.compile(r"(?<![/\w.])([A-Za-z][a-z]{1,20}s)/(day|week|month|year|hour|minute|night|person|head|serving)"
                r"(?![\w/])"), r"\1 per \2"),
    # "Cost/hr", "fee/mo", "Salary/year" (its "yr" said before), "4/day", "price/person": a span of time or a head
    # after a word that names no span is "per" ("day/night", "Year/Month" are two choices)
    (re.compile(r"(?<![/\w.])(?!(?i:day|night|week|month|year|hour|minute|morning|evening|date|time)\b)"
                r"([A-Za-z][a-z]{1,20})/(hrs?|mo|wk|min|hour|day|night|week|month|year|person|head|serving)(?![\w/])"),
     lambda m: f"{m.group(1)} per {_SPANS[m.group(2)]}"),
    # "155p/litre", "28p/unit" (the amount said before): a price for each one, never a choice ("pence or litre")
    (re.compile(r"(?<![/\w.])(pence|pounds?|dollars?|euros?|cents?|yen|rupees?|francs?)/(?!(?:zero|one|two|three|four"
                r"|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\b)([a-z]{2,20})(?![\w/])"),
     r"\1 per \2"),  # "$5/$6" is one price or another
    # "the autumn/winter collection", "spring/summer 2026": a fashion season is both seasons, said one after the other
    # ("autumn or winter" it was, h91); so are the jobs one person holds ("writer/director", facts.JOINED_ROLES)
    (re.compile(r"(?<![/\w.])((?i:spring|summer|autumn|fall|winter))/((?i:spring|summer|autumn|fall|winter))(?![\w/])"),
     r"\1 \2"),
    (re.compile(rf"(?<![/\w.])((?i:{'|'.join(sorted(JOINED_ROLES))}))/((?i:{'|'.join(sorted(JOINED_ROLES))}))(?![\w/])"),
     r"\1 \2"),
    # "username/password": what a sign-in asks for is typed both, so "and" (facts.SIGN_IN_NAMES); "each
    # mentor/mentee pair": a pair before what the two form together is one thing (facts.PAIR_NOUNS), said as one
    (re.compile(rf"(?<![/\w.])((?i:{'|'.join(sorted(SIGN_IN_NAMES))}))/((?i:{'|'.join(sorted(SIGN_IN_SECRETS))}))"
                r"(?![\w/])"), r"\1 and \2"),
    (re.compile(rf"(?<![/\w.])([A-Za-z][a-z]{{1,20}})/([a-z]{{2,20}})(?=\s(?:{'|'.join(sorted(PAIR_NOUNS))})\b)"),
     r"\1 \2"),
    (re.compile(r"(?<![/\w.])([A-Za-z][a-z]{1,20})/([a-z]{2,20})(?![\w/])"), r"\1 or \2"),
    # "Monday/Tuesday", "Israel/Palestine", a photo's "REUTERS/Brendan McDermid", "Beck/AFP/Getty": capitalised words
    # joined by slashes are said with a pause ("or" may misstate them)
    (re.compile(r"(?<![/\w.])[A-Z][A-Za-z]{1,20}(?:/[A-Z][A-Za-z]{1,20})+(?![\w/])"),
     lambda m: m.group(0).replace("/", ", ")),
]
# In code-point order, with final sigma (lower case) and a gap (upper case) where sigma's second form stands.
_GREEK_NAMES = [*GREEK_LETTERS[:18], *GREEK_LETTERS[17:]]
_GREEK = {chr(0x3B1 + i): name for i, name in enumerate(_GREEK_NAMES)}
_GREEK.update({chr(0x391 + i): name for i, name in enumerate(_GREEK_NAMES) if i != 17})
# Led by the Greek letter, the look behind after it: scanned for in C (led by the look behind, every position).
_GREEK_LETTER = compiled(r"[\u0391-\u03a9\u03b1-\u03c9](?<![^\W\d_][\u0391-\u03a9\u03b1-\u03c9])(?![^\W\d_])")
# "1/λ", "2/ω": a number over a Greek variable, in a formula (the slash was said "or" among the symbols' words).
_OVER_GREEK = compiled(r"(?<![\w/.,])(\d+)/(?=[\u03b1-\u03c9](?![^\W\d_]))")


def citations(text: str) -> str:
    """Drop footnote and citation marks ([1], [12-14], [a], [citation needed], "seconds.23 If"), a transcript's stage
    directions ("[Applause]", "(Laughter)") and a quote's edit
    marks ("[T]he"); a year glued to the word before it by a comma gets its space ("Policy,1990"); American law's
    older ordinals ("2d Cir.") and a law report's series ("F.3d") are said before a street's rule takes "Cir."."""
    if "2d" in text or "3d" in text:  # each rule's series or ordinal holds one
        text = _OLD_ORDINAL.sub(lambda m: m.group(1) + ("nd" if m.group(1)[-1] == "2" else "rd"), text)
        text = _REPORTER_SERIES.sub(lambda m: f"{m.group(1)} {'second' if m.group(2) == '2' else 'third'}", text)
    if (("," in text or "." in text or ";" in text or ":" in text) and has_digit(text)
            and _MAY_BE_GLUED_NUMBER.search(text)):
        text = _GLUED_YEAR.sub(", ", _FOOTNOTE_NUMBER.sub(_footnote_number, text))
    if ("[" in text or "(" in text) and _STAGE_DIRECTION_ALONE.search(text):
        text = _STAGE_DIRECTION.sub("", text)
    if "[" not in text:
        return text
    if " [" in text:
        text = _CITED.sub(r"\1\2", text)
    # After the citations: "wall[a]" is a footnote, "walk[ed]" an edit.
    return _EDITED_LETTERS.sub(lambda m: m.group(1) or m.group(2), _CITATION.sub("", text))


def _footnote_number(match: re.Match[str]) -> str:
    """"seconds.23" -> "seconds.": a superscript footnote number flattened against its word's punctuation."""
    if match.group(1).lower() in _REFERENCE_WORDS or match.group(1) in _MONEY_LETTERS:
        return match.group(0)  # "pp.45", "vol.2", "Rs.500": the number the word refers to or prices
    if match.group(2) == ":" and match.string[match.start() - 1:match.start()] == ".":
        return match.group(0)  # "example.com:80": a port after an address's last label, read by the address rules
    if match.group(2) in (".", ":") and _SMALL_WORD_NEXT.match(match.string, match.end()):
        # a stop before a footnote's number ends a sentence, which a small letter does not open: "Ep.5 airs", "the
        # Mk.2 model", "Age:25 years" name the number (it was dropped), which is parted from the label to be read
        return match.group(1) + (": " if match.group(2) == ":" else " ") + match.group(3)
    if (match.group(2) == "." and match.group(1) in _PRE_RELEASES
            and match.string[match.start() - 1:match.start()] == "-"):
        return match.group(0)  # "3.0.0-beta.2": a pre-release's number
    return match.group(1) + match.group(2)


def _short_age(match: re.Match[str]) -> str:
    """"17-yr-old" -> "17-year-old", "3yo" -> "3-year-old", "17 y/o" -> "17 years old"; "a 40-yr career" is left to
    the units."""
    digit, _hyphen, olds, space = match.groups()
    if space:
        return f"{digit} years old"
    if olds:
        return f"{digit}-year{olds}"
    if "yr" in match.group(0):
        return match.group(0)  # "a 40-yr career", "5 yrs": a span of years
    return f"{digit}-year-old"


def _saint_or_street(match: re.Match[str]) -> str:
    """St. before a name is Saint and after one is Street (Dr.: the title, without its stop, and Drive)."""
    before = match.string[max(0, match.start() - 40) : match.start()]
    capital_next = _CAPITAL_NEXT.match(match.string, match.end()) is not None
    after_name = _CAPITAL_WORD_BEFORE.search(before) is not None
    titles = ("Saint", "Street") if match.group(1) == "St" else ("Dr", "Drive")
    if after_name and capital_next and _OPENS_SENTENCE.match(match.string, match.end()):
        return titles[1] + "."
    # a stop that ended the text also ended the sentence
    return (titles[1] if after_name and not capital_next else titles[0]) + final_stop(match)


def _number_sign(match: re.Match[str]) -> str:
    """"No. 5" -> "number 5", "Nos 3" -> "numbers 3"; a vote's "No" after its "Yes" stays."""
    if match.group(2) in ("No", "NO") and _YES_BEFORE.search(match.string, max(0, match.start() - 200), match.start()):
        return match.group(0)
    return "numbers" if (match.group(1) or match.group(2) or "").lower() == "nos" else "number"


# "KO" (h57): a fixture list's kick-off before its hour ("KO 3pm", "(KO 7.45pm)", "KO: 19:45"); a boxer's knockout
# after "by", "a", "via" or a round's ordinal, or before "in round"/"win"/"victory"; "KOs" after a count are
# knockouts ("25 KOs"). Elsewhere it is left to the capitals ("K.O" it was, in every sense).
# By now a time may be words: "KO seven forty five PM".
_KICK_OFF = compiled(r"\bKO\b(?=:?\s(?:\d{1,2}(?:[.:]\d\d)?(?:\s?[ap]m\b|\b)|(?:one|two|three|four|five|six|seven|eight"
                     r"|nine|ten|eleven|twelve|\w+teen|twenty|noon|midday)\b))")
_KNOCKOUT = compiled(r"\b((?:by|via|[Aa]|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}"
                     r"(?:st|nd|rd|th))[- ]round)\s)KO\b(?!['’-]\w)"
                     r"|\b()KO(?=\s(?:in (?:the |round )|win\b|victory\b|punch\b|blow\b|loss\b|defeat\b))")
_KNOCKOUTS = compiled(r"(?<=\d )KOs\b|\b((?:by|with|of|and|[Aa]ll|more|his|her|their)\s)KOs\b")
# "Ch 4, 10.15": "Ch" before a channel's number in a listing (its time after it, or words of broadcasting near) is a
# channel, not a chapter (h57). The hour may be words by now ("Ch 5, nine thirty PM").
_CHANNEL_AFTER = compiled(r"\d{1,3}(?:,|\sat|\sfrom)\s(?:\d{1,2}(?:[.:]\d\d|\s?[ap]m\b)|(?:[a-z]+\s){1,3}[AP]M\b)")
_BROADCAST = compiled(r"\b(?:TV|BBC|ITV|Sky|channel|documentary|programme|program|film|repeats?|broadcast\w*|airs|aired"
                      r"|listings?|tune in|viewers|episode|series)\b")


def _kick_off_or_knockout(text: str) -> str:
    """"KO 3pm" -> "kick-off 3pm", "by KO" -> "by knockout", "25 KOs" -> "25 knockouts"."""
    text = _KICK_OFF.sub("kick-off", text)
    text = _KNOCKOUT.sub(lambda m: (m.group(1) or "") + "knockout", text)
    return _KNOCKOUTS.sub(lambda m: (m.group(1) or "") + "knockouts", text) if "KOs" in text else text


def abbreviations(text: str) -> str:
    """Expand titles and abbreviations that a voice would otherwise read letter by letter or not at all."""
    # a digit first: the signs' letters are in most texts ("not", "known"); the age's in many ("you", "year")
    if has_digit(text) and ("No" in text or "no" in text or "NO" in text or "N°" in text or "n°" in text):
        text = _NUMBER_SIGN.sub(_number_sign, text)
    if among_known_words(_NUMBER_SIGN_WORDS, text) and ("o." in text or "O." in text):
        text = _LABELLED_NUMBER_SIGN.sub(r"\1number", text)
    if ("S" in text and "St." in text) or ("D" in text and "Dr." in text):  # each capital first: a memchr
        text = _SAINT_STREET.sub(_saint_or_street, text)
    if has_digit(text) and "y" in text and ("yo" in text or "yr" in text or "y/o" in text or "y.o." in text) and (
            _MAY_BE_SHORT_AGE.search(text)):
        text = _SHORT_AGE.sub(_short_age, text)
    if "C" in text:  # both needles hold it: a memchr first
        if "Cat" in text:
            text = _STORM_CATEGORY.sub("Category ", text)
        if "Co." in text:
            text = _COUNTY.sub("County", text)
    if " " in text:
        if among_words(_TITLE_FORMS, text):
            text = _TITLE_BEFORE_NAME.sub(lambda m: _TITLES[m.group(1).lower()], text)
        if among_words(_RANK_FIRST, text):
            text = _RANK_BEFORE_NAME.sub(lambda m: _RANKS[m.group(1)], text)
        if ("B" in text and ("Bn" in text or "Bde" in text)) or ("R" in text and "Regt" in text):
            text = _ARMY_UNIT.sub(lambda m: _ARMY_UNITS[m.group(0)], text)
        if among_known_words(_AFTER_ORDINAL_FIRST, text) and ("Dist." in text or "Sess." in text or "Cong." in text):
            text = _AFTER_ORDINAL.sub(lambda m: _AFTER_ORDINAL_WORDS[m.group(1)] + sentence_stop(m), text)
        if among_known_words(_FORMATION_WORDS, text) and ("Div" in text or "Inf" in text or "Armd" in text
                                                          or "Cav" in text or "Arty" in text):
            text = _FORMATION.sub(lambda m: _FORMATION_WORD.sub(lambda w: _ARMY_UNITS[w.group(0)], m.group(0)), text)
        if "Mk" in text:  # "MkIV" and "Mk4" are one word each: the pattern itself tells
            text = _MARK.sub("Mark ", text)

        if among_words(_SUFFIX_FORMS, text):
            text = _SUFFIX_AFTER_NAME.sub(_suffix, text)
    if among_known_words(_ESTIMATED_WORDS, text) and "st." in text:
        text = _ESTIMATED.sub(lambda m: m.group(1) + "stimated", text)
    if "KO" in text:
        text = _kick_off_or_knockout(text)
    if has_digit(text):
        if among_words(_BEFORE_NUMBER_FORMS, text):
            text = _BEFORE_NUMBER.sub(_before_number, text)
        if "j" in text and "aj" in text:
            text = _MAJORITY.sub(lambda m: m.group(1) + "ajority ", text)
        if "q" in text and "q." in text:
            text = _EQUATION_BRACKET.sub(_before_number, text)
        if "pp" in text:
            points = _PERCENTAGE.search(text) is not None  # once: each match looking again would be quadratic
            text = _PP_AFTER_NUMBER.sub(lambda m: _points_or_pages(m, points), text)
        if "M" in text and _MAY_BE_MAGNITUDE.search(text) and _QUAKE.search(text):  # cheapest looks first
            text = _MAGNITUDE.sub(lambda m: (m.group(1) + " " if m.group(1) else "") + "magnitude ", text)
        if "st." in text or "op." in text or "ub." in text:
            text = _FOUNDED.sub(_founded, text)
        if "OT" in text:
            text = _OVERTIME.sub(r"\1overtime", text)
    # A life's word, an edition's and a song's credit each end in a letter and a stop: one look for the two in the
    # text's char_classes, where the ten substrings below cost a scan each (a letter before a stop is in a third of
    # sentences: most end a word with their stop only where they are not tokenised).
    classes = char_classes(text)
    if "a." in classes or "A." in classes or "edn" in text:  # "6th edn 1872": an edition's form without its stop
        if among_words(_LIFE_FIRST, text):
            text = _LIFE_DATES.sub(_life_word, text)
        if "ep." in text:
            text = _DEPARTED.sub("eparted", text)
        # each form stands apart in every match: looked for among the words, at hand from the look above, before
        # its needles are scanned for
        if among_known_words(_EDITION_WORDS, text) and (
                "ed." in text or "Ed." in text or "edn" in text or "rans." in text or "epr." in text or "fl." in text
                or ("f." in text and "page" in text)):
            text = _EDITION.sub(_edition, text)
        if among_known_words(_FEATURING_WORDS, text) and ("feat." in text or "ft." in text or "prod." in text):
            text = _FEATURING.sub(lambda m: "produced" if m.group(0) == "prod." else "featuring", text)
    if among_known_words(_V_WORD, text) and (" v " in text or " v. " in text):
        text = _LEGAL_V.sub(r"\1 versus ", text)
    if "'" in text and _MAY_BE_CLIPPED.search(text):
        text = _CLIPPED_WORD.sub(_unclipped, text)
    if "onc" in text and among_words(_CONCESSION_WORDS, text):  # "once", "concern": a set look, not the pattern
        text = _CONCESSIONS.sub(lambda m: "Concessions" if m.group(0)[0] == "C" else "concessions", text)
    if among_known_words(_TIMETABLE_FIRST, text) and ("Dep." in text or "Arr." in text):
        text = _TIMETABLE_WORD.sub(lambda m: _TIMETABLE_WORDS[m.group(1)], text)
    if "Reg" in text and ("Reg." in text or "Regd." in text):
        text = _REGISTERED.sub("Registered", text)
    if among_forms(_FIXED_HEADS, text):
        text = _ABBREVIATION.sub(_expand, text)
    if among_forms(_RARE_HEADS, text):
        text = _RARE_ABBREVIATION.sub(_expand, text)
    return text


def _life_word(match: re.Match[str]) -> str:
    """The word a life's abbreviation stands for ("b." -> "born "); "dep." only after a birth, else as written."""
    word = match.group(1)
    birth_from = max(0, match.start() - _LIFE_SPAN_CHARS)
    if word == "dep" and not _BORN_BEFORE.search(match.string, birth_from, match.start()):
        return match.group(0)
    return _LIFE_WORDS[word] + " "


def _edition(match: re.Match[str]) -> str:
    """"2nd ed." -> "2nd edition", "(ed.)" -> "(editor)", "Trans. by" -> "Translated by", "Repr. 1970" -> "Reprinted
    1970", "fl. 1650" -> "flourished 1650", "pages 12f." -> "pages 12 and following"."""
    edition, editor, credit, reprint, flourished, pages, _following = match.groups()
    if edition:
        return ("floor" if edition == "fl." else "edition") + sentence_stop(match)  # "the 14th fl."
    if editor:
        return "editor"
    if credit or reprint:
        written = credit or reprint
        word = _CREDITS[written.lower()]
        return word.capitalize() if written[0].isupper() else word
    if flourished:
        return "flourished "
    return f"{pages} and following" + sentence_stop(match)


def _points_or_pages(match: re.Match[str], beside_a_percentage: bool) -> str:
    """"3.4 pp" -> "3.4 percentage points" beside a percentage or after a decimal; "320 pp." -> "320 pages"."""
    value, space, stop = match.group(1), match.group(2), match.group(3) or ""
    if "." in value or beside_a_percentage:
        describes = not stop and _NOUN_NEXT.match(match.string, match.end()) is not None  # "a 3 pp lead"
        return f"{value} percentage {'point' if value == '1' or describes else 'points'}{stop}"
    return f"{value}{space or ' '}{'page' if value == '1' else 'pages'}{stop}"


def _founded(match: re.Match[str]) -> str:
    """"est. 1887" -> "established 1887", "Pop. 12,000" -> "Population 12,000"."""
    word = _FOUNDED_WORDS[match.group(1).lower()]
    return (word.capitalize() if match.group(1)[0].isupper() else word) + " "


def labels_before_numbers(text: str) -> str:
    """"Art. 5" -> "article 5", "vol 2" -> "volume 2": for rules that read the number with what follows it
    ("Art. 5(1)(a)") before abbreviations are read."""
    return _BEFORE_NUMBER.sub(_before_number, text)


# Forms that are words too: after an article, the word's stop ends its sentence ("Close the tab. 3 remain", "I love
# the art. 5 of us came").
_ALSO_WORDS = frozenset({"tab", "art", "sec", "rev", "op", "prop", "ref", "refs"})
_ARTICLE_BEFORE = compiled(r"\b(?:[Tt]he|[Aa]n?)\s$")
# ... and after a word that takes the word as its object or describes it ("She taught art. 30 pupils came", "modern
# art. 12 of them"): a label is led by a preposition or a verb that cites it ("under art. 6", "breaches art. 8"), by
# a name ("TFEU art. 101"), a number or a mark, and none of these is a lower-case word outside the list below.
_WORD_BEFORE = compiled(r"(?<![\w.'’-])([a-z]+)\s$")
_LABEL_LEADS = word_set(
    "in under of see cf by to per and or with from at on also both into than within vs versus via incl including"
    " e.g i.e viz breach breaches breached breaching violate violates violated violating contrary pursuant cite"
    " cites cited citing invoke invokes invoked invoking amend amends amended amending apply applies applied as")


def _before_number(match: re.Match[str]) -> str:
    """"vol 2" -> "volume 2", "Fig 3" -> "Figure 3", "p. 45" -> "page 45"."""
    written = match.group(1) or match.group(2)
    if written.lower() in _ALSO_WORDS and _ARTICLE_BEFORE.search(match.string, max(0, match.start() - 4),
                                                                match.start()):
        return match.group(0)
    if written.lower() in _ALSO_WORDS and written[0].islower():
        before = _WORD_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
        if before is not None and before.group(1) not in _LABEL_LEADS:
            return match.group(0)
    if written == "Ch" and (_CHANNEL_AFTER.match(match.string, match.end())
                            or near(_BROADCAST, match, 60)):
        return "Channel "
    word = _BEFORE_NUMBER_WORDS[written.lower()]
    return (word.capitalize() if written[0].isupper() else word) + " "


def _suffix(match: re.Match[str]) -> str:
    """"jr" after a capitalised name is Junior, "sr" Senior, "bros" Brothers."""
    # the name and what ends the sentence before it, looked for near the match: the whole text before each one made a
    # text of 16,000 "Sr."s ten times slower than one of 4,000
    lead = max(0, match.start() - 80)
    before = match.string[lead: match.start()].rstrip(" ,")
    start = before.rfind(" ") + 1
    name = before[start:]
    opens = (start == 0 and lead == 0) or before[:start].rstrip().endswith((".", "!", "?", ":"))
    if not name[:1].isupper() or (opens and is_common_word(name)):
        return match.group(0)  # "The jr team": a common word that opens the sentence is no name
    written = match.group(0)
    if not written.endswith("."):
        return _SUFFIXES[written.lower()]
    # "Mabry, sr." that ends the sentence keeps its stop; "King, jr. spoke" was only shortened
    ends = match.end() == len(match.string) or _CAPITAL_NEXT.match(match.string, match.end()) is not None
    return _SUFFIXES[written[:-1].lower()] + ("." if ends else "")


def _unclipped(match: re.Match[str]) -> str:
    """"gov't" -> "government", "Nat'l" -> "National": the word in full, capitalised as written."""
    full = _CLIPPED[match.group(0).lower()]
    return full.capitalize() if match.group(0)[0].isupper() else full


# A label that is a word too ("fig."): the label only before what it labels, a number or a figure's letter and number.
_LABEL_OR_WORD = frozenset({"fig."})
_LABELLED = compiled(r"\s?(?:\(?\d|[A-Z]?\d|[IVX]+\b|[A-Za-z]\b(?!['’]))")


def _expand(match: re.Match[str]) -> str:
    """The full form of an abbreviation; one that ends the text, or a sentence, keeps its stop as the sentence's."""
    written = match.group(0)
    spoken = _FIXED[written]
    if written in _LABEL_OR_WORD and not _LABELLED.match(match.string, match.end()):
        return written  # "an old fig." ends its sentence: the fruit (the label "fig. 3" has its number after)
    if written.endswith(".") and (match.end() == len(match.string) or (
            written in _MAY_END_SENTENCE and _NEW_SENTENCE.match(match.string, match.end())
            and not _rank_before_title(match))):
        return spoken + "."
    return spoken


def _rank_before_title(match: re.Match[str]) -> bool:
    """"The Sr. Director": a rank after an article, or opening the text, before a capital is a title's, not a name's."""
    return match.group(0) in _RANKS_BEFORE_TITLES and _RANK_BEFORE.search(
        match.string, max(0, match.start() - 8), match.start()) is not None


def _letters_and(match: re.Match[str]) -> str:
    """"AT&T" -> "A.T and T": dotted, as the acronym rules write letters to be spelled."""
    return " and ".join(".".join(part) for part in match.groups())


# "★★★★☆": a rating, so many stars out of the run's length.
_STAR_RATING = compiled("([\u2605]+)([\u2606]*)")
# "4.8★", "4.5 ★": an average rating, the star its unit.
_RATED_STARS = compiled("(?<=\\d)\\s?\u2605(?![\u2605\u2606])")


def _stars(match: re.Match[str]) -> str:
    """"★★★★☆" -> "four out of five stars", "★★★" -> "three stars"."""
    full, total = len(match.group(1)), len(match.group(0))
    said = numbers.cardinal(full) + (f" out of {numbers.cardinal(total)}" if total > full else "")
    return padded(match, said + (" star" if full == 1 and total == 1 else " stars"))


def _shortcut(match: re.Match[str]) -> str:
    """"Ctrl+Alt+Del" -> "Control Alt Delete": a chord of keys, each said by its name."""
    return " ".join(KEY_NAMES.get(key, key) for key in _KEY.findall(match.group(0)))


def ticks(text: str) -> str:
    """"Water resistance ✓, jack ✗" -> "Water resistance yes, jack no": read before tidying drops the marks."""
    if "✓" in text or "✔" in text or "☑" in text:
        text = _TICK.sub(" yes", text)
    if "✗" in text or "✘" in text:
        text = _CROSS.sub(" no", text)
    return text


def signs(text: str) -> str:
    """"#1" -> "number 1", "@name" -> "at name", "&" -> "and", "A*" -> "A star", before digits and capitals become
    words."""
    if not text.isascii():
        if "\u2605" in text:
            text = _STAR_RATING.sub(_stars, _RATED_STARS.sub(" stars", text))
        for symbol, pattern, words in _SIGNS_FIRST:
            if symbol in text:
                text = pattern.sub(words, text)
    if "-" in text and "->" in text:
        text = _TYPED_ARROW.sub(" to ", text)
    if "/" in text and ("r/" in text or "u/" in text):
        text = _FORUM_NAME.sub(r"\1 slash \2", text)
    if "*" in text and "A*" in text:
        text = _A_STAR.sub(lambda m: padded(m, f"A star{m.group(1)}"), text)
    if "*" in text and "II*" in text:
        text = _GRADE_STAR.sub(r"\1 two star", text)
    if "*" in text and "0*" in char_classes(text):
        text = _NOT_OUT.sub(lambda m: m.group(1) + " not out" if near(_CRICKET_TALK, m) else m.group(0), text)
    if ("-" in text or "+" in text) and ("lood" in text or "donor" in text):  # one character first: memchr speed
        text = _BLOOD_GROUP.sub(lambda m: m.group(1) + _BLOOD_SIGNS[m.group(2)], text)
    if "-" in text and ("A-" in text or "B-" in text or "C-" in text):
        text = _NOTCH_DOWN.sub(" minus", text)
    if ">" in text and " > " in text and (_MENU_PATH.search(text) or _MENU_LEAD.search(text)):
        text = _MENU_STEP.sub(", ", text)
    if "+" in text:
        text = _SHORTCUT.sub(_shortcut, text)
    if "&" in text:
        text = _AMPERSAND.sub(" and ", _LETTERS_AND.sub(_letters_and, text))
    if "#" in text or "♯" in text:
        text = _SHARP.sub(r"\1 sharp", text)
    if "♭" in text or ("b " in text and _MAY_BE_FLAT.search(text)):
        text = _FLAT.sub(r"\1 flat", text)
    if "#" in text:
        text = _HASHTAG.sub(_hashtag, _HASH_NUMBER.sub("number ", text))
    if "@" in text and "(@" in text:
        text = _HANDLE_AFTER_NAME.sub(_handle_after_name, text)
    return _HANDLE.sub(_handle, text) if "@" in text else text


# In a handle, capitals run together before a capitalised word are an initialism and a word: "BBCNews" is "BBC News",
# "NASAWebb" "NASA Webb" (it was said as one word).
_INITIALS_THEN_WORD = compiled(r"(?<=[A-Z]{2})(?=[A-Z][a-z])")


def _handle(match: re.Match[str]) -> str:
    """"@jack_dorsey" -> "at jack underscore dorsey", "@BBCNews" -> "at BBC News"."""
    return "at " + _INITIALS_THEN_WORD.sub(" ", match.group(1)).replace("_", " underscore ")


_WORD_JUST_BEFORE = compiled(r"(\w+)\s?$")


def _handle_after_name(match: re.Match[str]) -> str:
    """"County Power (@CountyPower)" -> "County Power": the handle repeats the name (before an embedded post's date, a
    pause); after a network's name ("on X (@example)") it is the account, and stays to be read."""
    network = _WORD_JUST_BEFORE.search(match.string, max(0, match.start() - 12), match.start())
    if network is not None and network.group(1) in SOCIAL_NETWORKS:
        return match.group(0)
    return "," if match.group(1) else ""


def _short_words_apart(word: str) -> str:
    """"WeAre" -> "We Are", "ItNow" -> "It Now": a two-letter word run into the next; "McLaren" stays."""
    parts = []
    while (run := _SHORT_WORD_RUN.match(word)) is not None and is_common_word(run.group(1)):
        parts.append(run.group(1))
        word = word[2:]
    return " ".join([*parts, word])


def _hashtag(match: re.Match[str]) -> str:
    """"#BlackLivesMatter" -> "hashtag Black Lives Matter"."""
    words = _RUN_TOGETHER.sub(" ", match.group(1))
    if _SHORT_WORD_RUN.search(words):  # "#MethWeAreOnIt": "We", "On" are words too ("McLaren" keeps its "Mc")
        words = " ".join(_short_words_apart(word) for word in words.split())
    named = _TAG_NAMED.match(match.string, match.end()) or _TAG_NAMED_BEFORE.search(
        match.string, max(0, match.start() - 12), match.start())
    return words if named else "hashtag " + words


# "tidepool<3.2", "numpy>=1.26": a version pin, the sign glued to a package's name and its version (h57; the "<" was
# left, "tidepool<three point two").
_PIN = compiled(r"(?<=[a-z][a-z])(<=|>=|<|>)(?=\d+(?:\.\d+)*(?![\w.]|\.\w))")
_PINS = {"<": " less than ", "<=": " at most ", ">": " more than ", ">=": " at least "}


def comparison_words(sign: str) -> str:
    """A comparison's sign in words: "<" -> "less than", ">=" -> "at least"."""
    return _COMPARISONS[sign]


def comparisons(text: str) -> str:
    """"<5%" -> "less than 5%", "≥ 18" -> "at least 18": the sign said before the amount is read."""
    # "<", ">" and "~" are the signs in ASCII: substring tests for most texts, where the class scanned them
    if ("<" in text or ">" in text or "~" in text) if text.isascii() else _MAY_BE_COMPARISON.search(text):
        if "<3" in text:
            text = _HEART.sub("love", text)
        text = _PIN.sub(lambda m: _PINS[m.group(1)], text)
        return _COMPARISON.sub(lambda m: (" " if m.start() and m.string[m.start() - 1].isalpha() else "")
                               + _COMPARISONS[m.group(1)] + " ", text)
    return text


# "10/10 would recommend", "Tastes like the old one, 8/10.", "5/5!": a review's verdict, marks out of ten or five
# that lead to "would", or follow a comma and end the text or its sentence. After a weekday or a month's
# name the same marks are a date ("Friday, 8/10.").
_VERDICT = compiled(r"(?<![\w./-])(10|\d)/(10|5)(?=(,?\s+would\b)|[.!]*\s*$|[.!]+\s+[A-Z])")
_DAY_OR_MONTH_BEFORE = compiled(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                                r"[a-z]*\.?,\s$")


def verdicts(text: str) -> str:
    """"10/10 would recommend" -> "10 out of 10 would recommend": a review's marks, not tenths nor a date."""
    if "/" in text and ("/10" in text or "/5" in text):
        return _VERDICT.sub(_verdict, text)
    return text


def _verdict(match: re.Match[str]) -> str:
    top, bottom, would = match.groups()
    before = match.string[max(0, match.start() - 16):match.start()]
    if int(top) > int(bottom) or not (would or before.endswith(", ")) or _DAY_OR_MONTH_BEFORE.search(before):
        return match.group(0)
    return f"{top} out of {bottom}"


def slashes(text: str) -> str:
    """Read the slashes a voice would say aloud as words: "w/o", "N/A", "high/low"."""
    if "/" in text:
        for pattern, words in _SLASHES:
            text = pattern.sub(words, text)
    return text


def _symbol_runs(table: list[tuple[str, re.Pattern[str], str]]) -> list[tuple[str, list[tuple[re.Pattern[str], str]]]]:
    """The table's rules in order, those for one symbol standing next to each other grouped under it."""
    runs: list[tuple[str, list[tuple[re.Pattern[str], str]]]] = []
    for symbol, pattern, words in table:
        if runs and runs[-1][0] == symbol:
            runs[-1][1].append((pattern, words))
        else:
            runs.append((symbol, [(pattern, words)]))
    return runs


# One look for each symbol, where each rule looked for it again (every rule of a run needs its symbol): 8 looks a
# sentence where there were 13.
_SYMBOL_RUNS = _symbol_runs(_SYMBOLS)


def symbols(text: str) -> str:
    """Say the symbols a voice would skip or misread: & + # @ = % ° ±."""
    if "/" in text and not text.isascii():
        text = _OVER_GREEK.sub(r"\1 over ", text)
    for symbol, rules in _SYMBOL_RUNS:
        if symbol in text:
            for pattern, words in rules:
                text = pattern.sub(words, text)
    if not text.isascii():
        text = _GREEK_LETTER.sub(lambda m: padded(m, _GREEK.get(m.group(0), m.group(0))), text)
    return text
