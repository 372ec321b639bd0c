"""English abbreviations and titles said in full: "Prof.", "e.g.", "Lt Col", "vol 2", "(b. 1950)", "2nd ed.", "Co.
Durham" (see capitals.py, citations.py, romans.py, signs.py and slashes.py too)."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    CHANGE_WORDS,
    CRICKET_SIDES,
    NOTICE_FORMS,
    RARE_FORMS,
    RATE_WORDS,
    RECORDINGS,
    REGISTERED_NOUNS,
)
from narrator.speech.normalise.racecards import BEATEN_WORDS, kick_off_or_knockout, racecards_and_maps
from narrator.speech.normalise.titles import (
    CAPITAL_WORD_BEFORE,
    FORMATION_WORDS,
    OPENS_SENTENCE,
    SUFFIX_FORMS,
    TITLE_OR_RANK,
    army_units,
    formations,
    house_style,
    name_suffixes,
    saints_and_streets,
    sisters,
    squadrons,
    titles_and_ranks,
)
from narrator.speech.normalise.util import (
    alternation,
    among_forms,
    among_known_words,
    among_words,
    char_classes,
    form_heads,
    has_digit,
    near,
    sentence_stop,
    word_set,
)
from narrator.speech.normalise.vocabulary import is_common_word

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
    "Cllrs": "Councillors", "Cllrs.": "Councillors",  # "apologies from Cllrs Hale and Ward"
    # titles in the plural before the names they share ("Sens. Warren and Sanders"; the segmenter holds them to their
    # names): capitalised and stopped only, as the singulars, so a gym's "10 reps." is left alone
    "Sens.": "Senators", "Reps.": "Representatives", "Drs.": "Doctors", "Profs.": "Professors",
    "Govs.": "Governors", "Attys.": "Attorneys",
    "Amb.": "Ambassador", "Atty.": "Attorney", "Sec. of": "Secretary of", "Secy.": "Secretary",  # "Sec. of State"
    # a club's or a society's officers, honorary (unpaid), not honourable: "the Hon. Sec. replied", "Hon. Treasurer"
    "Hon. Sec.": "Honorary Secretary", "Hon. Secretary": "Honorary Secretary", "Hon. Treas.": "Honorary Treasurer",
    "Hon. Treasurer": "Honorary Treasurer", "Hon. Sec": "Honorary Secretary",
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
    # a bank's core capital, "Common Equity Tier 1": its letters spelled (as "CET", a time zone, they were left)
    "CET1": "C.E.T one",
    "YoY": "year on year", "y/y": "year on year", "QoQ": "quarter on quarter",
    "WWI": "World War One", "WWII": "World War Two", "WW1": "World War One", "WW2": "World War Two",
    "q/q": "quarter on quarter", "m/m": "month on month", "y-o-y": "year on year", "q-o-q": "quarter on quarter",
    "m-o-m": "month on month", "MoM": "month on month", "yr": "year", "yr.": "year", "w/w": "week on week",
    "hrs": "hours", "b'day": "birthday",  # a sign's and a message's ("visiting hrs 2-4pm", "18th b'day")
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
    # an emeritus professor's title, German and Austrian style ("Prof. em. Dr. Ute Lang"): "em." was said with
    # its stop, a sentence's fall after "Professor"
    "Prof. em.": "Professor emeritus",
    "Prof. Em.": "Professor Emeritus",  # in capitals too, British style ("Prof. Em. Jones"; "em." was said)
    # a film's credit, "Dir. Greta Gerwig": a director before the name only (it was left "Dir.", its stop a fall)
    "Dir.": "Director",
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
    "Anniv.": "Anniversary",  # a title's capital too ("25th Wedding Anniv.")
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
    # short forms the segmenter holds inside their sentence, said with the stop (a fall and a pause mid-name) or
    # spelled: French and Spanish titles in English prose ("Mme. Leclerc", "Sra. López"), a church's saints ("Sts.
    # Peter and Paul"), a letter's enclosures ("Encl. 2 copies"), an estate's "Ind. Est." (the titles and the saints
    # only before a name: _BEFORE_NAME_ONLY)
    "Mme.": "Madame", "Mmes.": "Mesdames", "Mlle.": "Mademoiselle", "Sra.": "Señora", "Srta.": "Señorita",
    "Sts.": "Saints", "Encl.": "Enclosure", "Encls.": "Enclosures", "encl.": "enclosure",
    "Ind. Est.": "Industrial Estate",
    # an industrial park or centre, its second word in full ("Unit 6, Riverside Ind. Park": "Ind." was the
    # Roman numeral's "first", and the segmenter cut after it)
    "Ind. Park": "Industrial Park", "Ind. Estate": "Industrial Estate", "Ind. Centre": "Industrial Centre",
    **RARE_FORMS,
    **NOTICE_FORMS,
}
_FIXED.update(_RARE)  # _expand reads both
# The table's pairs of capitalised short forms said as one ("Ind. Est.", "Assoc. Prof."), whose first stop the
# segmenter holds: cut there, "Bay Ind." was a sentence and "Est., Hull." another. At a sentence's end the pair
# keeps its stop (_MAY_END_SENTENCE): "Hale Ind. Est. Then turn left" ran on.
SHORT_PAIRS = frozenset(tuple(form[:-1].split(". ")) for form in _FIXED
                        if form[:1].isupper() and form.endswith(".") and form.count(" ") == 1 and ". " in form)
# And the pairs whose second word is written in full ("Ind. Park", "Ed. Note"): the first stop holds before it.
WORD_PAIRS = frozenset(tuple(form.split(". ")) for form in _FIXED
                       if form[:1].isupper() and form.count(" ") == 1 and form.split(". ")[-1].isalpha()
                       and form.split(". ")[-1][0].isupper() and ". " in form)
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
# Both tables' runs, one look before their two (exact, as titles.TITLE_OR_RANK is: the first table's rule changes
# nothing where its run is not in the text).
_ABBREVIATION_RUNS = None if _FIXED_HEADS is None or _RARE_HEADS is None else _FIXED_HEADS[0] | _RARE_HEADS[0]
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
# The times are words by then ("Dep. o six forty five"). Before a place's capitalised words and its time, the bus
# departs and arrives ("Dep. Leeds 09.15, Arr. York 09.40"), as _TIMETABLE_VERBS says the small forms.
_TIMETABLE_WORD = compiled(r"\b(Dep|Arr)\.(?=\s?\d|\s(?:o|zero|one|two|three|four|five|six|seven|eight|nine|ten"
                           r"|eleven|twelve|\w+teen|twenty)\b|( (?:[A-Z][\w'’]*\.? ){1,4}(?:\d|(?:o|oh|one|two"
                           r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)\b)))")
_TIMETABLE_WORDS = {"Dep": "Departure", "Arr": "Arrival"}
_TIMETABLE_PLACE_WORDS = {"Dep": "Departs", "Arr": "Arrives at"}
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
     "max.", "agg.", "dept.", "depts.", "dep.", "arr.", "Ind. Est.", "Stn."}
)
# titles said in full only before the name they go with: "Elm and Oak Sts." at a sentence's end are streets.
_BEFORE_NAME_ONLY = frozenset({"Mme.", "Mmes.", "Mlle.", "Sra.", "Srta.", "Sts.", "Dir."})
# A ledger's and a ticket's forms said only after a sum, by then in words ("one thousand pounds c/f", "fifteen pounds
# adv"), or a ledger's balance ("Balance b/f"): elsewhere "b/f" may be a boyfriend, "adv" an adverb.
_AFTER_A_SUM_ONLY = frozenset({"b/f", "c/f", "adv", "otd"})
_SUM_BEFORE = compiled(r"(?:pounds|pence|dollars|euros|cents|\d|(?<![A-Za-z])p|[Bb]alance) ?$")
# A secretary's "Sec." after "the" ("the Sec. read the minutes") or before a name ("Sec. Ann Moss"), read as a
# name's title is.
_OFFICER_AFTER_THE = frozenset({"Sec."})
_THE_BEFORE = compiled(r"\b[Tt]he $")
# "Bus 12 dep. Market Sq 08.10, arr. Royal Infirmary 08.45": a timetable's "dep." and "arr." before a place's
# capitalised words and its time (in words by then) say the bus departs and arrives, with no stop ("departure. High
# Street" it was, a sentence's fall before the place).
_TIMETABLE_VERBS = {"dep.": "departs", "arr.": "arrives at"}
_PLACE_AND_TIME_NEXT = compiled(r" (?:[A-Z][\w'’]*\.? ){1,4}(?:\d|(?:o|oh|one|two|three|four|five|six|seven|eight"
                                r"|nine|ten|eleven|twelve|noon|midnight)\b)")
# A name's particle may come first ("Mme. de Staël", "Sra. de la Cruz", "Mme. d'Épinay").
_NAME_NEXT = compiled(r" (?:(?:de|du|des|del|la|le|van|von) |d['’])*[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]")
# a firm of brothers before the rest of its name ("Brown Bros. Harriman", "the Bros. Grimm"): the stop ends a
# sentence only before a common word ("Warner Bros. Then we left"); the segmenter has held the rest.
_BROTHERS = "Bros."
_NEXT_WORD = compiled(r"\s+[\"“']?([A-Za-z]+)")
# "The Sr. Director", "Jr. Analyst Dana Lee": a rank before a title, after an article or opening the text, ends no
# sentence (after a name it may: "by John Hale Jr. The next").
_RANKS_BEFORE_TITLES = frozenset({"Jr.", "Sr."})
_RANK_BEFORE = compiled(r"(?:^|\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) )$")
# Not "Bros. Ltd", nor a lettered avenue ("Ave. B in Manhattan").
_NEW_SENTENCE = compiled(r"\s+[\"“']?(?!(?:Ltd|Inc|Co|Corp|Plc|PLC|LLC|LLP)\b|[B-HJ-Z](?![\w.'’]))[A-Z]")
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
# "No. 5643", "no. 4472": four digits after the sign name a thing (a locomotive, a bus, a case), said in pairs as a
# year is ("number fifty six forty three"), never counted ("five thousand six hundred and forty three").
_NUMBER_SIGN_FOUR = compiled(r"(?<![\w.])(?:No|no)\.\s?([1-9]\d{3})\b(?![.,]\d|[-/:%\u2013])")
# "the No. 672 bus", "a no. 148 bus": three digits after the sign before "bus" are the bus's route, said digit by digit
# as its riders say it, a zero as "oh" ("number six hundred and seventy two bus" it was); a round hundred ("the No. 100
# bus") is said as a number, and a count of buses has no sign ("672 buses").
_NUMBER_SIGN_ROUTE = compiled(r"(?<![\w.])(?:No|no)\.\s?([1-9]\d\d)(?<!00) bus\b")
# "the Class 165 units", "a Class 158 train": a train's class of three digits before the stock it names is said digit by
# digit, as railwaymen say it ("Class one hundred and sixty five units" it was); a class ending in a zero is said
# otherwise ("Class 800", "the 150s": "eight hundred", "one fifty"), and is left, as is a school's "Class 3 pupils".
_TRAIN_CLASS = compiled(r"(?<=\bClass )([1-9]\d[1-9])(?=\s(?:units?|trains?|locomotives?|locos?|diesels?|DMUs?"
                        r"|EMUs?|sets?|multiple units?|Sprinters?|Pacers?|Turbostars?|Voyagers?)\b)")
_CLASS_WORDS = frozenset({"Class"})  # stands apart in every match: looked for among the words at hand
# ... but not after a word that labels a code ("Order no. 4471", "Invoice no. 4521", "Acc. no. 1204"), read by the
# rules of codes and accessions.
_CODE_LABEL_BEFORE = compiled(r"\b(?i:part|model|serial|item|order|product|invoice|policy|account|ref|reference"
                              r"|catalogue|catalog|lot|batch|ticket|licen[cs]e|registration|reg|acc)\.?\s$")
# "Part No. AB-123", "Serial no. X9": after a word that labels a code, the code's letters may come first (and other
# rules have said its digits already).
# A parcel's, a booking's, a claim's or a member's code is labelled so too ("Tracking no. JD0146", "Booking no. XK7P2Q",
# "Claim No. HX-2231": "Tracking no. J.D ..." it was, "no" said as the word).
_LABELLED_NUMBER_SIGN = compiled(r"\b((?i:part|model|serial|item|order|product|invoice|policy|account|ref|reference"
                                 r"|catalogue|catalog|lot|batch|ticket|licen[cs]e|registration|reg|tracking|booking"
                                 r"|confirmation|customer|membership|member|consignment|claim|receipt|transaction"
                                 r"|voucher|permit)\s)"
                                 r"(?:No|no|NO)\.(?=\s?[A-Z](?![a-z]))")
# a museum's or a library's "Acc. no. 1987.45" (its accession number): "Acc." before the number's sign only, since
# alone it is as often an account.
_ACCESSION = compiled(r"\bAcc\.(?=\s(?:[Nn]o\.|[Nn]umber)\s?\d)")
# "beat the Celtics 108-104 in OT", "Knicks 108 Celtics 104 (OT)": after a game's score, overtime ("O.T" it was; "in
# OT" alone may be occupational therapy).
_OVERTIME = compiled(r"(?<=\d)(\s(?:in|after)\s|\s\()OT\b(?=\)|[\s.,;:!?]|$)")
# With a result's "bt" with no score ("Djokovic bt. Alcaraz") and "incl." closing its sentence: looked for in one set.
_CARD_AND_MAP_WORDS = frozenset({"ref", "fav", "favs", "bt", "incl"}) | BEATEN_WORDS
# "Yes 1,617,989; No 2,001,926", "Yes: 52%, No: 48%": after "Yes", "No" before a number is a vote's other side.
_YES_BEFORE = compiled(r"\b(?:Yes|YES):?\s?\d")
_NUMBER_SIGN_WORDS = frozenset({"No", "no", "NO"})  # each stands apart in every match: a look among the words at hand
# A reference abbreviation before its number, written small or without its stop: "vol 2", "Fig 3", "ch. 4".
# A page is "p." or "pg." only with its stop: a bare "p" or "pg" before a number may be anything.
_STOP_OR_SPACE = ("vol", "Vol", "VOL", "fig", "Fig", "FIG", "ch", "Ch", "pp", "Pp", "apt", "Apt", "APT", "ep", "Ep",
                  "Rm", "Sec", "para", "Para", "paras", "Paras", "figs", "Figs", "Pt", "reg", "Reg", "regs",
                  "Regs", "plat", "Plat", "cl", "Cl", "Prop",  # "Prop 13", "Prop. 47": a ballot's proposition
                  "wk", "Wk", "wks", "Wks",  # "wk 32", "Wk. 6": a week of the year or of a season
                  "vols", "Vols",
                  "col", "cols",  # Hansard's and a newspaper's "vol 676, col 45" (a capital "Col." is a colonel)
                  "Cols")  # "Cols 201-4 record it": colonels are named, never numbered
# A reference's notes, tables, supplements and schedules with their stop: "fn. 12", "tab. 3", "Ref. 12", "Refs. 4-6",
# "Suppl. 4", "Sch. 2" (without it, "ref 12" and "tab 3" may be anything).
_STOP_ONLY = ("p", "pg", "pgs", "sec", "secs", "Secs", "Op", "op", "rev", "Art", "art", "s", "ss", "eq", "Eq", "eqs",
              "Eqs", "prop",  # a theorem's "prop. 3"
              "Opp",  # opuses
              "fn", "fns", "tab", "Tab", "ref", "Ref", "refs", "Refs", "suppl", "Suppl", "Sch",
              "opt", "Opt")  # a phone menu's "press opt. 3" (without its stop, "opt" is the verb)
# Led by the words' first letters (derived, so a new word cannot be missed): scanned in C, not at every boundary; and
# first looked for among util.letter_words (each word stands between a boundary and a stop or a space).
_BEFORE_NUMBER_FORMS = frozenset(_STOP_OR_SPACE + _STOP_ONLY)
_BEFORE_NUMBER = compiled(
    rf"(?=[{''.join(sorted({w[0] for w in _STOP_OR_SPACE + _STOP_ONLY}))}])\b(?<!\.)"
    rf"(?:({'|'.join(_STOP_OR_SPACE)})(?:\.\s?|\s)|({'|'.join(_STOP_ONLY)})\.\s?)(?=\d)"
)
# "a s106 agreement", "an s21 notice", "the council's s114 notice": a statute's section glued to its small "s" before
# the instrument or duty it names, as planning, housing and council pages write it ("a s one hundred and six
# agreement" it was); "an s3 bucket" and "the s2 model" keep their letter (a capital "S106" is a code's, read before).
_SECTION_NOUNS = (r"agreements?|notices?|obligations?|contributions?|monies|money|funding|payments?|offences?"
                  r"|offenses?|powers?|orders?|applications?|inquir(?:y|ies)|investigations?|assessments?|duty|duties"
                  r"|appeals?|certificates?|licen[cs]es?|warrants?|claims?|hearings?|requests?")
_GLUED_SECTION = compiled(rf"s(?<![\w.'’/-]s)(?=\d{{1,3}}[A-Z]?\s(?:{_SECTION_NOUNS})\b)")  # led by its "s"
_EQUATION_BRACKET = compiled(r"\b([Ee]qs?)\.\s?(?=\(\d)")  # "Eq. (3)": an equation's number in brackets
# A book's edition after its ordinal ("3rd ed.", "2nd edn."; a building's floor: "14th fl.", "14th-fl."), its
# editor in brackets ("Smith (ed.)"), who edited, translated or reprinted it ("Ed. by", "trans. by", "Repr. 1970"),
# when its author flourished ("fl. 1650"; or a decade, "fl. 1650s", in its words by now), and the pages after
# a page ("pp. 12f.", "p. 3ff." once "pages 12f.").
_EDITION = compiled(  # led by a look ahead for its forms' first letters: the engine fails at once elsewhere
    r"(?=[EeTtRrfp])(?:(?<=\d(?:st|nd|rd|th)[ -])(edn?\.|edn\b(?!['’-])|fl\.)|(?<=\()([Ee]d)\.(?=\))"
    r"|\b([Tt]rans|[Ee]d|[Rr]epr)\.(?=\sby\b)"
    r"|\b([Rr]epr)\.(?=\s(?:in\s)?\d{4}\b)|\b(fl)\.\s?(?=(?:c\.\s?|ca\.\s?|circa\s)?(?:\d{3,4}\b"
    r"|(?:[a-z]+\s){1,3}(?:tens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|hundreds)\b))"
    r"|\b(pages?\s\d+)\s?(ff?)\.(?=[\s,;:)]|$))"
)
_EDITION_WORDS = word_set("ed edn Ed Trans trans Repr repr fl f ff")  # each stands apart in every match
_CREDITS = {"trans": "translated", "ed": "edited", "repr": "reprinted"}
# A song's credits: "Drake feat. Rihanna", "(ft. Dua Lipa)", "prod. by Metro Boomin" (after a number "ft." is feet).
_FEATURING = compiled(r"(?<![\d\w])(?<!\d )(?:feat\.|ft\.)(?=\s[A-Z])|\bprod\.(?=\sby\b)")
_FEATURING_WORDS = word_set("feat ft prod")  # each stands apart in every match
# "feat." credits a guest after a name, a title's closing quote or bracket, a comma or a recording's noun ("Drake
# feat. Rihanna", "a remix feat. DJ Shadow"); after a word in small letters that is none it is the noun ("no easy feat.
# While it is true": "featuring While" it was, its stop lost).
_WORD_BEFORE_FEAT = compiled(r"(\S+)\s+$")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "such", "what"})
# "Maj. 12,345", "Lab maj. 13,000": an election result's majority, a count (before a name "Maj." is a major).
_MAJORITY = compiled(r"\b([Mm])aj\.?\s?(?=\d)")
_BEFORE_NUMBER_WORDS = {
    "vol": "volume", "fig": "figure", "ch": "chapter", "pp": "pages", "p": "page", "pg": "page", "pgs": "pages",
    "apt": "apartment", "ep": "episode", "rm": "room", "sec": "section", "secs": "sections", "op": "opus",
    "opp": "opuses",  # "Chopin's Opp. 10 and 25", capitalised only (a small "opp." is "opposite")
    "rev": "revised",
    "art": "article", "s": "section", "ss": "sections", "eq": "equation", "eqs": "equations",
    "para": "paragraph", "paras": "paragraphs", "figs": "figures", "pt": "part", "reg": "regulation",
    "regs": "regulations", "plat": "platform", "cl": "clause", "prop": "proposition", "wk": "week", "wks": "weeks",
    "vols": "volumes", "fn": "footnote", "fns": "footnotes", "tab": "table", "ref": "reference", "refs": "references",
    "suppl": "supplement", "sch": "schedule", "col": "column", "cols": "columns",
    "opt": "option",  # a phone menu's choice, "Press opt. 3" ("opt." was said with its stop, a sentence's fall)
}
# Read with their number, so a sentence is not cut between them (segment: "See para. 12" is one sentence).
REFERENCE_WORDS = frozenset(_BEFORE_NUMBER_WORDS)
# A life's or a reign's dates in brackets or after a comma: "(b. 1950)", "(d. 2001)", "(r. 1509-1547)", and a
# founding "est. 1887" or a "pop. 12,000": the abbreviation said in full before the year or the count.
# (Dates are words by now: "(b. 3 May 1950)" is "(b. the third of May ...".)
# After "who" too ("his wife, who d. 2019"), after a year and a spaced dash ("(b. 1412 – d. 1431)": a life's end),
# and before the place and then the year ("(b. Vienna, 1935; d. Leeds, 2024)"). A year reckoned, "Ellen Ward, b.
# about 1852, who", as a family tree gives it ("B about" it was).
_LIFE_DATES = compiled(
    r"(?:(?<=\()|(?<=[,;]\s)|(?<=\bwho\s)|(?<=\d\d\d\s[-–—]\s)|(?<=[a-z]\s[-–—]\s))(b|d|r|fl|dep)\.\s?"
    r"(?=(?:circa\s|c\.\s?|ca\.\s?|about\s)?\d{3,4}\b"
    r"|the\s[a-z]+\s(?:[a-z]+\s)?of\s"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s\d{3,4}\b)"
)
# "Born 3 Feb 1931 – d. 24 Nov 2026", "(b. 12 May 1940 – d. 2 Jan 2026)": a life's end after a dash whose birth's date
# is in words by now ("nineteen thirty one – d."), the birth named before it ("d." it was, a letter after a dash: "a –
# d. 3 marks" stays).
_BIRTH_NAMED = compiled(r"\b(?:b\.|[Bb]orn\b)")
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
# (nor a time's or a comparison's word: "fell 4 pp compared with 2019", "widened by 3 pp this quarter" are points)
_NOUN_NEXT = compiled(
    r"\s+(?!(?:of|in|on|to|from|and|or|at|since|over|than|for|the|a|an|as|but|while|after|before|behind|ahead"
    r"|this|that|these|those|last|next|each|every|compared|against|across|among|overall|year|today|yesterday)\b)"
    r"[a-z]+\b"
)
_PERCENTAGE = compiled(r"(?=[%p])(?:%|\bper ?cent|\bpercentage\b)")  # led as _EDITION is
# a rate's or a share's word in the sentence makes a number's "pp" percentage points too (RATE_WORDS)
_RATE_WORD = compiled(r"\b(?:" + "|".join(sorted(RATE_WORDS)) + r")\b", re.IGNORECASE)
# a word of change right before the number, or before its "by" (CHANGE_WORDS), or before a span it ends ("gained 2–3
# pp"): asked of the few characters before it
_CHANGE_BEFORE = compiled(r"\b(?:" + "|".join(sorted(CHANGE_WORDS)) + r")\s(?:by\s)?"
                          r"(?:\d{1,3}(?:\.\d{1,2})?\s?[-–]\s?)?\Z", re.IGNORECASE)
# "pub." only as a reference gives it, after a comma or a bracket ("went to the pub. 5 of us" is the inn).
# "a Cat 4 hurricane", "Cat 5", "Cat 4 Hurricane Helene": a storm's category.
# an ambulance service's "Cat 2 calls", "Cat 1 patients" too; "a Cat 6 cable", "Cat 5e" are left.
# a cycling race's climb too, "a Cat 1 climb of 9.9km", "two Cat 3 ascents" (its "cat one" was the animal).
_STORM_CATEGORY = compiled(r"\bCat\.?\s?(?=[1-5]\b(?:\s(?i:hurricane|storm|cyclone|typhoon)|(?=[,.;:)]|$)"
                           r"|\s(?:calls?|patients?|incidents?|responses?|ambulances?|climbs?|ascents?)\b))")
# and "Estd. 1886", "Estd 1902": established's short form, with or without its stop, before a year only (before a
# count, "estd. 2,000", it may be an estimate).
_FOUNDED = compiled(r"\b([Ee]st|[Pp]op|(?:(?<=, )|(?<=\())[Pp]ub)\.\s?(?=\d|in\s\d)"  # "was est. in 1890"
                    r"|\b([Ee]std)\.?\s?(?=(?:in\s)?(?:1[0-9]{3}|20[0-9]{2})\b(?![.,]\d))")
# "est." before anything but a year is an estimate: "(EPA est.)", "an est. 2,000 people", "est. $5m".
_ESTIMATED = compiled(r"\b(?<!Ind\. )([Ee])st\.(?!\s?(?:in\s)?(?:1[0-9]{3}|20[0-9]{2})\b)(?=\s|\)|,|;|$)")
# a candidate's "(Ind.)" in an election's results ("Hale (Ind.) took the seat"), where talk of a vote or another
# party's bracket stands in the sentence: the stop kept "Ind" from notices.py's parties and the Roman ordinals read it
# "first." (a cricketer's "Kohli (Ind.)" is India's, and left).
_INDEPENDENT = compiled(r"(?<=[a-z] \()Ind\.(?=\))")
_ELECTION_TALK = compiled(r"\((?:Lab|Con|LD|Lib Dem|Green|SNP|Dem|Rep|D|R)\.?\)|\b(?i:votes?|voted|ward|seats?|council"
                          r"|councillors?|elected|election|candidates?|ballot|majority|hold|gain|poll|mayor)\b")
# A cricketer's country in its bracket, in talk of runs and wickets: India's ("first." it was, as a Roman ordinal).
_CRICKET_TALK = compiled(r"\b(?:made \d|runs?\b|wickets?\b|not out\b|innings\b|overs?\b|bowled\b|Tests?\b|ODIs?\b|T20)")
# A cricket side shortened with a stop before its total and wickets or "all out" ("Ind. 287/6 beat Aus. 270 all out"):
# its name, as a scorecard's head says it ("Ind." was "first." as a Roman ordinal); sports.py has said a slashed total
# by then ("two hundred eighty seven for six").
_SIDE_WORDS = frozenset(side for side in CRICKET_SIDES if not side.isupper())  # "Ind", "Aus", not "NZ"
_SIDE_BEFORE_TOTAL = compiled(rf"\b({'|'.join(sorted(_SIDE_WORDS))})\.(?= \d{{2,3}}(?:[/-]\d{{1,2}}\b| all out\b)"
                              r"| [a-z ]{3,40}? for (?:one|two|three|four|five|six|seven|eight|nine|ten)\b)")
_ESTIMATED_WORDS = frozenset({"Est", "est"})  # each stands apart in every match: a look among the words at hand
_FOUNDED_WORDS = {"est": "established", "estd": "established", "pop": "population", "pub": "published"}
# "2d Dist.", "103rd Cong., 2nd Sess.": a court's district, a Congress and its session after their ordinal.
_AFTER_ORDINAL = compiled(r"(?<=[\dIVX](?:st|nd|rd|th) )"
                          r"(?:(Dist|Sess|Cong|rev\. ed|rev|impr|Cl|gen|Gen|arr|pl|gr|Amend|ser|pr|sem|pers)\.(?!\w)"
                          r"|(pctl|pct|Amdt|Sqn|St|ptg|Bt|Abn|Sgt|Fl|Cdo|wkt)\b(\.?)(?![\w'’-])"
                          r"(?!\s(?:Div|Inf|Armd|Cav|Arty|Lt|Off)\b)"
                          r"|(Sun|Sat|Mon|Fri)(?:\b|\.)(?= (?:of|in) (?:the|each|every) (?:month|quarter|term|year)\b"
                          r"|(?<=\.) (?:of|in|after|before) [A-Z]\w))")
# "the 95th pctl", "the 3rd rev. of the plan", "617 Sqn" and "the 3rd Sqn", "11th St Station": after a number
# a percentile's, a revision's, a squadron's and a street's short forms (before a capital "St" was "Saint", and "rev."
# before a number is "revised" still); "Sqn" after a count too ("43 Sqn", "No. 617 Sqn"); and a day of the month's
# week, "the 1st Sun of each month" (a lone "Sun" is the star or the paper; weekdays.py reads "Tues", "Wed", "Thurs").
# a book's printing, "the 3rd impr." (an impression), after its ordinal as a bookseller's catalogue writes it.
# and the short forms a catalogue, a peerage or an army writes after an ordinal: "the 2nd ptg" (a book's
# printing), "Sir John Hale, 1st Bt" (a baronet), "the 101st Abn" (airborne; with its division after it titles.py's
# reads both), "a 1st Sgt" (a rank: before a name "Sgt" alone was read), and, with their stops only, "a 1st Cl. stamp",
# "the 2nd gen. model" (without the stop "Cl" and "gen" are as often a word's start or a name).
# a building's floor, "the 2nd Fl" (not before "Lt": a flight lieutenant), and with their stops only a Paris
# arrondissement, "the 14th arr." ("arrival" it was), and a finisher's place, "3rd pl." ("pl" alone is a plural's).
_AFTER_ORDINAL_WORDS = {"Dist": "District", "Sess": "Session", "Cong": "Congress", "rev": "revision",
                        "impr": "impression", "pctl": "percentile", "Sqn": "Squadron", "St": "Street",
                        "ptg": "printing", "Bt": "Baronet", "Abn": "Airborne", "Sgt": "Sergeant", "Cl": "Class",
                        "gen": "generation", "Fl": "Floor", "arr": "arrondissement", "pl": "place"}
# a school's grade, an amendment, a series, a revised edition and a commando after their ordinal, as a school
# report, a law review, a bookseller and an army list write them ("8th gr.", "the 2nd Amend.", "3rd ser.", "2nd rev.
# ed.", "3 Cdo Bde" after "3rd"): with their stops only, but the commando's (no word is "Cdo").
_AFTER_ORDINAL_WORDS.update({"gr": "grade", "Amend": "Amendment", "ser": "series", "rev. ed": "revised edition",
                             "Cdo": "Commando"})
# a percentile's, an amendment's and a printing's shorter forms ("the 50th pct", "the 19th Amdt", "1st pr.": no
# count is a 50th percent), and a church's Sunday with its stop before its season ("2nd Sun. of Advent", "3rd Sun.
# after Trinity"; a capital's word after it), and "the 1st Sun. of the month" as without its stop.
_AFTER_ORDINAL_WORDS.update({"pct": "percentile", "Amdt": "Amendment", "pr": "printing"})
# a device's generation with a capital ("the 5th Gen.": "fifth General." it was; a general's rank is "Gen." before
# a name, never after an ordinal), a term's semester ("2nd sem."), a grammar's person ("3rd pers.") and a scorecard's
# wicket ("6th wkt", "the 4th-wkt stand" not: a hyphen is no space), each after its ordinal.
_AFTER_ORDINAL_WORDS.update({"Gen": "generation", "sem": "semester", "pers": "person", "wkt": "wicket"})
_MAT_WORDS = frozenset({"mat", "mats"})  # the first looks of the two rules below: sets tested among the words at hand
_MAG_WORDS = frozenset({"mag", "Mag"})
# "Wed and Sat mat", "the Sat mat": a matinee after its day (a lone "Sat" is as often the verb; before "mat" it is
# the day, capitalised); the day said in full, as weekdays.py says it.
_MATINEE = compiled(r"\b(Mon|Tues?|Wed|Thurs?|Fri|Sat|Sun)(?:day|nesday|urday|sday|rsday)?\.? (mat)(s?)\b(?![\w'’-])")
_MATINEE_DAYS = {"Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday", "Thur": "Thursday",
                 "Thurs": "Thursday", "Fri": "Friday", "Sat": "Saturday", "Sun": "Sunday"}
_MATINEE_FIRST = frozenset(_MATINEE_DAYS) | frozenset(_MATINEE_DAYS.values())  # each day stands apart: a first look
# a British school's year group glued to its letter, "Y7 and Y8", "Y10 pupils", "Y11s": "Year 7", beside another
# or before the school's words ("Y2K", "the Y8 chip" and a lone "Y6" are left).
_SCHOOL_YEAR = compiled(r"(?<![\w.@#/-])Y([1-9]|1[0-3])(s?)\b(?![\w'’-]|\.\d)"
                        r"(?=(?:,? (?:and|or|to) Y\d)|\s(?:pupils?|students?|class(?:es)?|mocks?|parents?|trips?"
                        r"|residential|exams?|options|tutors?|groups?|children|girls|boys|teams?)\b)"
                        r"|(?<=Y\d and )Y([1-9]|1[0-3])\b(?![\w'’-]|\.\d)"
                        r"|(?<=Y\d\d and )Y([1-9]|1[0-3])\b(?![\w'’-]|\.\d)")
# an astronomer's "mag 4", "at mag −2.7", a quake's "a mag 5.2": the magnitude before its number (a sign maybe).
_MAG = compiled(r"\b([Mm])ag\.? ?(?=[-−+]?\d|minus |plus )")
_AFTER_ORDINAL_FIRST = frozenset(_AFTER_ORDINAL_WORDS) | {"Sun", "Sat", "Mon", "Fri"}
# an ordinal in Roman capitals, as Indian colleges write a year or a semester ("IInd sem.", "Ist yr"), before
# the same short forms: the first twelve, each one word among util.letter_words (a set look, no scan).
_ROMAN_ORDINAL_WORDS = frozenset(
    numeral + {"I": "st", "II": "nd", "III": "rd"}.get(numeral, "th")
    for numeral in ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"))
# "Mk 48", "Mk IV", "Mk. 2": a design's mark before its number.
_MARK = compiled(r"\bMk\.?\s?(?=\d|[IVX]{1,4}\b)")
# The five sets that abbreviations asks about of nearly every text, their words rare: their union asked once first
#, each set then answered by the text being the one asked where none of the words is in it (a rule that changed
# the text made a new string, asked again). The cricket sides' short forms too (asked of every text). Not the
# reference forms', asked only where a digit is: their "s" and "p" are in most texts.
_SET_LOOKS_RUNS = None if TITLE_OR_RANK is None else (
    _NUMBER_SIGN_WORDS | TITLE_OR_RANK | FORMATION_WORDS | SUFFIX_FORMS | _CARD_AND_MAP_WORDS | _SIDE_WORDS)
# the name before "v" is a word's length at most: unbounded, each capital of a long run of them ("Mr.Mr.Mr...",
# a fuzzed page's, with a " v " elsewhere) scanned to the run's end and back (20,000 of them: 11 s, x4 a doubling);
# only where it starts moves, and the reading with it never: the match keeps its name as written
_LEGAL_V = compiled(r"\b([A-Z][\w'.]{0,40})\s+v\.?\s+(?=[A-Z])")
_V_WORD = frozenset({"v"})  # the "v" stands apart in every match: looked for among the words where they are at hand
# The words of the later rules whose first looks are substrings a scan each ("hon", "sem.", " mat", "(Ind.)", "st.",
# "a." in the classes, " v", "onc": some 3,000 instructions a sentence): each rule's match holds one of them standing
# apart, so one set look first answers for all of them where the text is the one asked (as _SET_LOOKS_RUNS does).
_LATER_RUNS = (_LIFE_FIRST | {"Dep"} | _EDITION_WORDS | _FEATURING_WORDS | _V_WORD | _CONCESSION_WORDS
               | _ESTIMATED_WORDS | frozenset(_FOUNDED_WORDS) | {"Est", "Estd", "Pop", "Pub"} | _MAT_WORDS
               | {"estdin", "Estdin"}  # "estdin 1890": _FOUNDED's "in" may follow "estd" with no space
               | _ROMAN_ORDINAL_WORDS | {"Ind", "Hon", "hon"} | _CLASS_WORDS)


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


def _number_sign_four(match: re.Match[str]) -> str:
    """"No. 5643" -> "number fifty six forty three"; after a code's label ("Order no. 4471") left to its rules."""
    if _CODE_LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start()):
        return match.group(0)
    return "number " + numbers.year(int(match.group(1)))


def _number_sign_route(match: re.Match[str]) -> str:
    """"No. 672 bus" -> "number six seven two bus", "No. 205 bus" -> "number two oh five bus"."""
    return f"number {numbers.digits(match.group(1)).replace('zero', 'oh')} bus"


def _number_sign(match: re.Match[str]) -> str:
    """"No. 5" -> "number 5", "Nos 3" -> "numbers 3"; a vote's "No" after its "Yes" stays."""
    if match.group(2) in ("No", "NO") and _YES_BEFORE.search(match.string, max(0, match.start() - 200), match.start()):
        return match.group(0)
    return "numbers" if (match.group(1) or match.group(2) or "").lower() == "nos" else "number"


# "Ch 4, 10.15": "Ch" before a channel's number in a listing (its time after it, or words of broadcasting near) is a
# channel, not a chapter. The hour may be words by now ("Ch 5, nine thirty PM").
_CHANNEL_AFTER = compiled(r"\d{1,3}(?:,|\sat|\sfrom)\s(?:\d{1,2}(?:[.:]\d\d|\s?[ap]m\b)|(?:[a-z]+\s){1,3}[AP]M\b)")
_BROADCAST = compiled(r"\b(?:TV|BBC|ITV|Sky|channel|documentary|programme|program|film|repeats?|broadcast\w*|airs|aired"
                      r"|listings?|tune in|viewers|episode|series"
                      r"|VHF|UHF|radio|listen on|call on)\b")  # a marine or a walkie-talkie's channel


def _has_side_stop(text: str) -> bool:
    """Whether a cricket side's short form stands before a stop and a space ("Ind. 287"): the three letters before
    each ". " looked up, where a substring look for each side cost eight scans of the sentence."""
    at = text.find(". ")
    while at >= 0:
        if text[max(0, at - 3):at] in _SIDE_WORDS:
            return True
        at = text.find(". ", at + 2)
    return False


def abbreviations(text: str) -> str:
    """Expand titles and abbreviations that a voice would otherwise read letter by letter or not at all."""
    # a digit first: the signs' letters are in most texts ("not", "known"); the age's in many ("you", "year")
    if has_digit(text) and (("N" in text and ("No" in text or "NO" in text or "N°" in text)) or "no" in text
                            or ("°" in text and "n°" in text)):
        if "o." in text:
            if "bus" in text:
                text = _NUMBER_SIGN_ROUTE.sub(_number_sign_route, text)
            text = _NUMBER_SIGN_FOUR.sub(_number_sign_four, text)
        text = _NUMBER_SIGN.sub(_number_sign, text)
    plain = None if among_words(_SET_LOOKS_RUNS, text) else text  # the text that holds none of the five sets' words
    later = None if among_words(_LATER_RUNS, text) else text  # the text that holds none of the later rules' words
    if text is not plain and among_known_words(_NUMBER_SIGN_WORDS, text) and ("o." in text or "O." in text):
        text = _LABELLED_NUMBER_SIGN.sub(r"\1number", text)
    # after the number's sign, read just above: "Acc. number 4471"
    if text is not later and has_digit(text) and among_known_words(_CLASS_WORDS, text):
        text = _TRAIN_CLASS.sub(lambda match: numbers.digits(match.group(1)).replace("zero", "oh"), text)
    if "A" in text and "Acc." in text and has_digit(text):
        text = _ACCESSION.sub("Accession", text)
    if ("S" in text and "St." in text) or ("D" in text and "Dr." in text):  # each capital first: a memchr
        text = saints_and_streets(text)
    if has_digit(text) and "y" in text and ("yo" in text or "yr" in text or "y/o" in text or "y.o." in text) and (
            _MAY_BE_SHORT_AGE.search(text)):
        text = _SHORT_AGE.sub(_short_age, text)
    if "C" in text:  # both needles hold it: a memchr first
        if "Cat" in text:
            text = _STORM_CATEGORY.sub("Category ", text)
        if "Co." in text:
            text = _COUNTY.sub("County", text)
    if " " in text:
        if text is not plain and among_words(TITLE_OR_RANK, text):  # one set look for the two rules, which are rare
            text = titles_and_ranks(text)
        if text is not later and (("H" in text and "Hon" in text) or "hon" in text):
            text = house_style(text)
        if ("B" in text and ("Bn" in text or "Bde" in text)) or ("R" in text and "Regt" in text):
            text = army_units(text)
        # an ordinal and a space first, in the classes (the words after it are in many texts: "St ", "Mon ")
        # or a semester's ordinal in Roman capitals ("IInd sem."), a word among the text's words
        if (((has_digit(text) and "0aa " in char_classes(text))
             or (text is not later and "sem." in text and among_words(_ROMAN_ORDINAL_WORDS, text)))
                and among_known_words(_AFTER_ORDINAL_FIRST, text) and (
                "Dist." in text or "Sess." in text or "Cong." in text or "rev." in text or "pct" in text
                or "impr." in text or "Sqn" in text or "St " in text or "Sun " in text or "Sat " in text
                or "Mon " in text or "Fri " in text or "ptg" in text or "Bt" in text or "Abn" in text or "Sgt" in text
                or "Cl." in text or "gen." in text or "Fl" in text or "arr." in text or "pl." in text or "gr." in text
                or "Amend." in text or "ser." in text or "Cdo" in text or "Amdt" in text or "pr." in text
                or "Sun." in text or "Gen." in text or "sem." in text or "pers." in text or "wkt" in text) and (
                (has_digit(text) and "0aa " in char_classes(text)) or among_words(_ROMAN_ORDINAL_WORDS, text))):
            text = _AFTER_ORDINAL.sub(_after_ordinal, text)
        if "q" in text and "Sqn" in text:  # the needle first, its "q" by memchr: one scan, not a call
            text = squadrons(text)
        if (text is not later and " mat" in text and among_known_words(_MAT_WORDS, text)
                and among_words(_MATINEE_FIRST, text)):
            text = _MATINEE.sub(lambda m: f"{_MATINEE_DAYS[m.group(1)]} matinee{m.group(3)}", text)
        if text is not plain and among_known_words(FORMATION_WORDS, text) and (
                "Div" in text or "Inf" in text or "Armd" in text or "Cav" in text or "Arty" in text):
            text = formations(text)
        if "M" in text and "Mk" in text:  # "MkIV" and "Mk4" are one word each: the pattern itself tells
            text = _MARK.sub("Mark ", text)

        if text is not plain and among_words(SUFFIX_FORMS, text):
            text = name_suffixes(text)
        if "S" in text and "Sr" in text:
            text = sisters(text)
    if text is not later and "(Ind.)" in text:
        if _ELECTION_TALK.search(text):
            text = _INDEPENDENT.sub("Independent", text)
        elif _CRICKET_TALK.search(text):
            text = _INDEPENDENT.sub("India", text)  # "Kohli (Ind.) made 80", "Bumrah (Ind.) took 5 wickets"
    if text is not plain and among_known_words(_SIDE_WORDS, text) and _has_side_stop(text):
        text = _SIDE_BEFORE_TOTAL.sub(lambda m: CRICKET_SIDES[m.group(1)], text)
    if text is not later and "st." in text and among_known_words(_ESTIMATED_WORDS, text):
        text = _ESTIMATED.sub(lambda m: m.group(1) + "stimated", text)
    if "K" in text and "KO" in text:
        text = kick_off_or_knockout(text)
    if text is not plain and among_words(_CARD_AND_MAP_WORDS, text):  # one set look for the three rules below
        text = racecards_and_maps(text)
    if has_digit(text):
        if among_words(_BEFORE_NUMBER_FORMS, text):  # a glued "s106" is among them by its "s"
            if "a0" in char_classes(text):
                text = _GLUED_SECTION.sub("section ", text)
            text = _BEFORE_NUMBER.sub(_before_number, text)
            if "ef. " in text:
                text = _REF_BEFORE_CODE.sub(r"\1eference ", text)
            if "n section" in text or "n Section" in text:
                text = _AN_SECTION.sub(r"\1", text)
        if "j" in text and "aj" in text:
            text = _MAJORITY.sub(lambda m: m.group(1) + "ajority ", text)
        if "q" in text and "q." in text:
            text = _EQUATION_BRACKET.sub(_before_number, text)
        if "pp" in text:
            points = _PERCENTAGE.search(text) is not None  # once: each match looking again would be quadratic
            text = _PP_AFTER_NUMBER.sub(lambda m: _points_or_pages(m, points), text)
        if "Y" in text and "A0" in char_classes(text):
            text = _SCHOOL_YEAR.sub(_school_year, text)
        if among_known_words(_MAG_WORDS, text) and ("mag" in text or "Mag" in text):
            text = _MAG.sub(lambda m: m.group(1) + "agnitude ", text)
        if "M" in text and _MAY_BE_MAGNITUDE.search(text) and _QUAKE.search(text):  # cheapest looks first
            text = _MAGNITUDE.sub(lambda m: (m.group(1) + " " if m.group(1) else "") + "magnitude ", text)
        if text is not later and ("st." in text or "op." in text or "ub." in text or "std" in text):
            text = _FOUNDED.sub(_founded, text)
        if "OT" in text:
            text = _OVERTIME.sub(r"\1overtime", text)
    # A life's word, an edition's and a song's credit each end in a letter and a stop: one look for the two in the
    # text's char_classes, where the ten substrings below cost a scan each (a letter before a stop is in a third of
    # sentences: most end a word with their stop only where they are not tokenised). "6th edn 1872": an edition's form
    # without its stop.
    if text is not later and ("a." in (classes := char_classes(text)) or "A." in classes or "edn" in text):
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
            text = _FEATURING.sub(_featuring, text)
    if text is not later and " v" in text and among_known_words(_V_WORD, text) and (" v " in text or " v. " in text):
        text = _LEGAL_V.sub(r"\1 versus ", text)
    if "'" in text and _MAY_BE_CLIPPED.search(text):
        text = _CLIPPED_WORD.sub(_unclipped, text)
    # "once", "concern": a set look, not the pattern
    if text is not later and "onc" in text and among_words(_CONCESSION_WORDS, text):
        text = _CONCESSIONS.sub(lambda m: "Concessions" if m.group(0)[0] == "C" else "concessions", text)
    if (("D" in text and "Dep." in text) or ("A" in text and "Arr." in text)) and among_known_words(
            _TIMETABLE_FIRST, text):
        text = _TIMETABLE_WORD.sub(
            lambda m: (_TIMETABLE_PLACE_WORDS if m.group(2) else _TIMETABLE_WORDS)[m.group(1)], text)
    if "R" in text and ("Reg." in text or "Regd." in text):
        text = _REGISTERED.sub("Registered", text)
    if among_words(_ABBREVIATION_RUNS, text):  # one set look for the two tables' first looks
        if among_forms(_FIXED_HEADS, text):
            text = _ABBREVIATION.sub(_expand, text)
        if among_forms(_RARE_HEADS, text):
            text = _RARE_ABBREVIATION.sub(_expand, text)
    return text


def _school_year(match: re.Match[str]) -> str:
    """"Y7" -> "Year 7", "Y11s" -> "Year 11s"."""
    return f"Year {match.group(1) or match.group(3) or match.group(4)}{match.group(2) or ''}"


def _after_ordinal(match: re.Match[str]) -> str:
    """"95th pctl" -> "95th percentile", "2nd rev." -> "2nd revision", "11th St" -> "11th Street"."""
    if match.group(1):
        return _AFTER_ORDINAL_WORDS[match.group(1)] + sentence_stop(match)
    if match.group(4):
        return _MATINEE_DAYS[match.group(4)]
    return _AFTER_ORDINAL_WORDS[match.group(2)] + (sentence_stop(match) if match.group(3) else "")


def _life_word(match: re.Match[str]) -> str:
    """The word a life's abbreviation stands for ("b." -> "born "); "dep." only after a birth, else as written."""
    word = match.group(1)
    birth_from = max(0, match.start() - _LIFE_SPAN_CHARS)
    before = match.string[max(0, match.start() - 4):match.start()]
    after_words_dash = len(before) == 4 and before[0].isalpha() and before[2] in "-–—"  # not after digits' dash
    if after_words_dash and (word != "d" or not _BIRTH_NAMED.search(match.string, birth_from, match.start())):
        return match.group(0)  # after a dash and a word: only a death, after its birth
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


def is_featuring(text: str, start: int) -> bool:
    """Whether the "feat." at `start` credits a guest ("Drake feat.", "a remix feat."), not the noun ("a feat.")."""
    before = _WORD_BEFORE_FEAT.search(text, max(0, start - 30), start)
    if before is None:
        return True  # "Feat. Rihanna" opening its text, "(feat. Elton John)"
    word = before.group(1)
    if word.lower() in _DETERMINERS:
        return False  # "The feat. Nobody"
    return not word.isalpha() or not word.islower() or word in RECORDINGS


def _featuring(match: re.Match[str]) -> str:
    """"prod. by" -> "produced by", "feat. Rihanna" -> "featuring Rihanna" where it credits a guest."""
    written = match.group(0)
    if written == "prod.":
        return "produced"
    return "featuring" if written == "ft." or is_featuring(match.string, match.start()) else written


_RATES_SPOKEN_OF: dict[str, bool] = {}


def _rate_spoken_of(text: str) -> bool:
    """Whether the sentence names a rate or a share (RATE_WORDS), asked once a sentence (the last one kept): each "pp"
    looking again would be quadratic."""
    if text not in _RATES_SPOKEN_OF:
        _RATES_SPOKEN_OF.clear()
        _RATES_SPOKEN_OF[text] = _RATE_WORD.search(text) is not None
    return _RATES_SPOKEN_OF[text]


def _points_or_pages(match: re.Match[str], beside_a_percentage: bool) -> str:
    """"3.4 pp" -> "3.4 percentage points" beside a percentage, after a decimal or where a rate is spoken of
    ("unemployment rose 1 pp"); "320 pp." -> "320 pages"."""
    value, space, stop = match.group(1), match.group(2), match.group(3) or ""
    if ("." in value or beside_a_percentage or _rate_spoken_of(match.string)
            or (_CHANGE_BEFORE.search(match.string, max(0, match.start() - 22), match.start())
                and not match.string.startswith(" of ", match.end()))):  # "wrote up 30 pp of notes": pages
        describes = not stop and _NOUN_NEXT.match(match.string, match.end()) is not None  # "a 3 pp lead"
        return f"{value} percentage {'point' if value == '1' or describes else 'points'}{stop}"
    return f"{value}{space or ' '}{'page' if value == '1' else 'pages'}{stop}"


def _founded(match: re.Match[str]) -> str:
    """"est. 1887" -> "established 1887", "Pop. 12,000" -> "Population 12,000"."""
    written = match.group(1) or match.group(2)
    word = _FOUNDED_WORDS[written.lower()]
    return (word.capitalize() if written[0].isupper() else word) + " "


def labels_before_numbers(text: str) -> str:
    """"Art. 5" -> "article 5", "vol 2" -> "volume 2": for rules that read the number with what follows it
    ("Art. 5(1)(a)") before abbreviations are read."""
    return _BEFORE_NUMBER.sub(_before_number, text)


# Forms that are words too: after an article, the word's stop ends its sentence ("Close the tab. 3 remain", "I love
# the art. 5 of us came").
# "an s.47 assault", "an s.18 charge": the article written for the letter's name ("ess") goes before the word
# it stands for, which takes "a" ("an section forty seven" it was); no English says "an section".
_AN_SECTION = compiled(r"\b([Aa])n(?= [Ss]ections?\b)")
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
# ... and a reference, besides, by a verb that quotes it or a possessive that owns it ("quoting ref. 4527", "our ref.
# 2027/118", "your ref. 551"): "ref" it was. "Art." after a possessive is still the word ("gave his life to his art.
# 30 years on"), and "ref." after "the" the referee.
_REFERENCE_LEADS = word_set("quote quotes quoted quoting our your their my his her its")
# ... and so before a code led by capitals with a figure in it ("quoting ref. PROW/DO/0412", "our ref. AB123"), as a
# council's or a firm's notice gives one: "ref" it was, said as the word.
_REF_BEFORE_CODE = compiled(r"\b((?i:quot(?:e|es|ed|ing)|our|your|their|my|his|her|its)\s[Rr])ef\.\s"
                            r"(?=[A-Z][A-Z/-]{0,15}\d)")


def _before_number(match: re.Match[str]) -> str:
    """"vol 2" -> "volume 2", "Fig 3" -> "Figure 3", "p. 45" -> "page 45"."""
    written = match.group(1) or match.group(2)
    if written.lower() in _ALSO_WORDS and _ARTICLE_BEFORE.search(match.string, max(0, match.start() - 4),
                                                                match.start()):
        return match.group(0)
    if written.lower() in _ALSO_WORDS and written[0].islower():
        before = _WORD_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
        if before is not None and before.group(1) not in _LABEL_LEADS and not (
                written in ("ref", "refs") and before.group(1) in _REFERENCE_LEADS):
            return match.group(0)
    if written == "Ch" and (_CHANNEL_AFTER.match(match.string, match.end())
                            or near(_BROADCAST, match, 60)):
        return "Channel "
    word = _BEFORE_NUMBER_WORDS[written.lower()]
    return (word.capitalize() if written[0].isupper() else word) + " "


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
    if written in _RANKS_STOPPED and _ends_a_name(match):
        return written  # "on the South Col. The other two": a name's last word ends the sentence, no rank
    if written in _LABEL_OR_WORD and not _LABELLED.match(match.string, match.end()):
        return written  # "an old fig." ends its sentence: the fruit (the label "fig. 3" has its number after)
    if written in _BEFORE_NAME_ONLY and not _NAME_NEXT.match(match.string, match.end()):
        return written
    if written in _NOTICE_CONDITIONS:
        return _notice_form(match, written, spoken)
    if written == _BROTHERS and match.end() < len(match.string):
        after = _NEXT_WORD.match(match.string, match.end())
        if after is not None and after.group(1)[0].isupper() and not is_common_word(after.group(1)):
            return spoken  # "Brown Bros. Harriman": the firm's name goes on
    if written.endswith(".") and (match.end() == len(match.string) or (
            written in _MAY_END_SENTENCE and _NEW_SENTENCE.match(match.string, match.end())
            and not _rank_before_title(match))):
        return spoken + "."
    return spoken


_NOTICE_CONDITIONS = _AFTER_A_SUM_ONLY | _OFFICER_AFTER_THE | frozenset(_TIMETABLE_VERBS)


def _notice_form(match: re.Match[str], written: str, spoken: str) -> str:
    """A notice's short form said where its place shows it: a sum's "c/f", the secretary's "Sec.", a timetable's "dep."
    before a place and its time (elsewhere "departure", its stop a sentence's where one may follow)."""
    start, end, text = match.start(), match.end(), match.string
    if written in _AFTER_A_SUM_ONLY:
        return spoken if _SUM_BEFORE.search(text, max(0, start - 10), start) else written
    if written in _OFFICER_AFTER_THE:
        if _THE_BEFORE.search(text, max(0, start - 4), start):
            return spoken + ("." if end == len(text) or _NEW_SENTENCE.match(text, end) else "")
        return spoken if _NAME_NEXT.match(text, end) else written
    if _PLACE_AND_TIME_NEXT.match(text, end):
        return _TIMETABLE_VERBS[written]
    return spoken + ("." if end == len(text) or _NEW_SENTENCE.match(text, end) else "")


# a rank's short form after a capitalised word and before a word that opens a sentence is a name's last word
# and the sentence's stop: "from Camp IV on the South Col. The other two turned back" ("South Colonel The other two"
# it was, one sentence). A rank goes before a name, never after one and before "The" ("Lt. Col. The Lord" has a stop
# before it; "said Col. Smith" a small word).
_RANKS_STOPPED = frozenset({"Col.", "Gen.", "Capt.", "Maj.", "Lt.", "Sgt.", "Cpl.", "Adm.", "Brig.", "Cmdr.", "Pvt.",
                            "Det.", "Insp.", "Supt."})


def _ends_a_name(match: re.Match[str]) -> bool:
    """True for a rank's form after a capitalised word and before a word that opens a sentence."""
    start = match.start()
    return (CAPITAL_WORD_BEFORE.search(match.string, max(0, start - 30), start) is not None
            and OPENS_SENTENCE.match(match.string, match.end()) is not None)


def _rank_before_title(match: re.Match[str]) -> bool:
    """"The Sr. Director": a rank after an article, or opening the text, before a capital is a title's, not a name's."""
    return match.group(0) in _RANKS_BEFORE_TITLES and _RANK_BEFORE.search(
        match.string, max(0, match.start() - 8), match.start()) is not None
