"""Sentence boundaries and grouping of sentences into segments no longer than an engine accepts."""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterator

from narrator.speech import record_forms as records
from narrator.speech.asides import inside_aside, quote_goes_on
from narrator.speech.breaks import glued_dashes, hesitation, suspense
from narrator.speech.credits import credit_holds
from narrator.speech.normalise.citations import LABELS
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    GIVEN_NAME_SHORT,
    INGREDIENT_ORIGINS,
    KITCHEN_MEASURES,
    MONEY_SIGNS,
    STREET_TYPES,
)
from narrator.speech.normalise.maths import formula_spans
from narrator.speech.normalise.util import word_set
from narrator.speech.normalise.vocabulary import is_common_word
from narrator.speech.normalise.words import REFERENCE_WORDS, WORD_PAIRS
from narrator.speech.openers import (
    STARTERS,
    is_common_capitalised,
    notice_line_opens,
    plural_clause_follows,
    plural_opens_sentence,
    verb_follows,
)
from narrator.speech.posts import emoji_marks, has_emoji, hashtag_runs, is_hashtag, smiley_marks
from narrator.speech.run_in_items import bullet_items, opens_line, rating_marks
from narrator.speech.short_runs import holds_in_run
from narrator.speech.single_letters import letter_ends_sentence
from narrator.speech.speech_tags import is_speech_tag
from narrator.speech.streets import drive_ends, opens_after_place, quadrant_ends, quadrant_follows
from narrator.speech.trade_forms import (
    DOSES,
    EXAMPLE_ENDS,
    PER_PERIOD,
    PLURAL_TITLES,
    QUANTIFIERS,
    STRENGTHS,
    TITLES_BEFORE_NAMES,
    UNIT_ARMS,
    after_amount,
    in_number_series,
    is_for_example,
    is_venerable,
    state_after_place,
)
from narrator.speech.verses_and_days import holds_on_to_date_or_verse

# Capitalised short forms before the names or units they qualify, which end a sentence only before a word that opens
# one: titles in the plural ("Reps. Ocasio-Cortez and Massie"), an army unit's arm ("7th Armd. Div."), a church's or a
# college's title ("Msgr. Walsh", "Assoc. Prof."), "Ven." after "the" ("the Ven. Bede"), and a château's or a show
# animal's "Ch." ("Ch. Margaux", "a standard poodle, Ch. Tallis Moonlight"). One set, so that most stops cost one look.
_BEFORE_NAMES = PLURAL_TITLES | UNIT_ARMS | TITLES_BEFORE_NAMES | {"Ven", "Ch"}
# A title after "a" or "an" is a noun, the rank a person holds ("By 1945 he was a Sgt. He never spoke of it"): before a
# word that opens a sentence it ends its own, where "Sgt. Lee" and "the Rev. John Hale" hold on to the name.
_A_BEFORE_TITLE = compiled(r"\ban?\s$", re.IGNORECASE)
# So is a rank a promotion reaches ("She was promoted to Prof. The post had been vacant", "he rose to Maj. It was"),
# where "as Capt. He Wei" and "to Dr. Lee" hold on to the name.
_RANK_REACHED = compiled(r"\b(?:promoted|appointed|elevated|raised|demoted|reduced|rose|risen|made up)\sto\s$")
# Words that end in a full stop without ending a sentence when a capital or a digit follows.
_NEVER_FINAL = word_set(
    "mr mrs ms mx dr prof gen lt col capt sgt cpl adm maj sen rep gov pres rev hon fr mt ft "
    "ed eds approx ca cf vs v e.g i.e a.k.a "
    "messrs mme mlle gov univ supt det insp cmdr ald cllr "
    # a letter's enclosures before what they list ("Encl. CV and references")
    "encl encls "
    # a supplement's label before the label it qualifies ("Suppl. Table S2", "Suppl. Fig. 4")
    "suppl "
    "natl intl assn "
    # a style before a title ("The Rt. Hon. Member"), "viz." before what it names ("viz. Kent and Essex")
    "rt revd viz "
    # German: "5 Mio. Euro", "bzw. die", "Hr. Meier"
    "mio mrd tsd bzw vgl ggf evtl bspw inkl hr jh okt mär dez "
    # Spanish titles before a name: "Sra. López", "Dña. Ana"
    "sra srta sres dra dña ud uds vd vds avda ee "
    # Italian and Portuguese titles: "Sig. Rossi", "Dott. Verdi", "Sra. Costa"
    "sig dott avv ing profa sras srs "
    # ranks of soldiers and police before a name ("Pvt. Ryan", "Pte. Evans", "Brig. Gen. Shaw", "Cpt. Reyes",
    # "Ofc. Marsh", "Dep. Cole"), a retired officer's "(ret.)" before it, and a suite's or a female saint's "Ste."
    # ("Ste. 200", "Ste. Anne"): none ends a sentence, and cut there the name was read alone as a sentence
    "pvt pte pfc spc brig cpt cdr ofc dep ret ste "
    # an attorney's title before a name ("Atty. Gen. Garland"): "atty" is no word
    "atty "
    # in small letters only (_SMALL_NEVER_FINAL below): "esp. Joan", "Prof. em. Dr. Beck"
    "esp em"
)
# Short forms in small letters that hold before a capital as the never-final ones do, where in capitals they are other
# words that may end a sentence ("He claims ESP. Nobody believes him"): "especially" before what it singles out
# ("pray for the sick, esp. Joan"), and an emeritus's "em." after "Prof." ("Prof. em. Dr. Beck"; a printer's "1 em.
# The" ends).
_SMALL_NEVER_FINAL = frozenset({"esp", "em"})
# After "Prof." an emeritus's "em." holds in capitals too ("Prof. Em. Jones spoke"), where "1 Em. The" has no title.
_EMERITUS_AFTER = "Prof. "
# These only hold on to a number: "No. 5", "p. 12", but "he shook his head no. Then ..."; with the references the
# normaliser reads before their number ("para. 12", "Sch. 2"), an amount's rupees ("Rs. 500") and a telephone's
# "Tel." and "ext.": cut from its number, each was read alone ("The fine is Rs. two thousand").
# A founding's "Est. 1920" and the labels the citations read before their number ("bk. 3", "nn. 8-9") too.
# An average's and a maximum's short forms before their figure ("(avg. 8.1%)", "max. 40 guests"), which the normaliser
# says in full: cut there, "eight point one percent)" was read as a sentence of its own.
# A highway's, a route's, a flat's and a floor's short forms before their number ("Hwy. 1", "Rte. 66", "Apt. 4B",
# "Fl. 3") and a passage's verses ("vv. 3-5"); Spanish "aprox.", "núm." and "pág." as English "approx.", "no." and "p."
# ("aprox. 300", "núm. 12", "pág. 34"): cut there, the number was read as a new sentence.
# A manuscript's leaf and a subsection ("Fol. 12r", "sub-s. (2)") and a model's mark ("Mk. 2", "Mk. IX"): cut there, the
# leaf, the subsection or the model was read alone ("twelve r is damaged").
# A club's "Utd." before its score in a results line ("Leeds Utd. 2, Hull 1"): cut there, "two." was read alone.
# A building's and an exhibit's short forms before their number or letter ("Bldg. 7, Rm. 312", "Exh. B", "Exh. 4").
# A catalogue's reprint before its year ("(London, n.d.). Repr. 1990"), no word (a series' "Ser." is a journal's run's).
# A weight's label before its figure in small letters too ("mol. wt. 180.16", "net wt. 500 g"): "wt" is no word.
_BEFORE_NUMBER = (word_set("no nos nr abs rs tel ext est avg max hwy rte apt fl vv aprox núm pág págs "
                           "fol fols sub-s sub-ss mk utd bldg exh exhs repr wt")
                  | REFERENCE_WORDS
                  | {label.lower() for label in LABELS})
# Of those, an exhibit and a schedule are lettered too ("Exh. B", "Sched. A"): a capital letter alone after them is the
# label's, where "I" is the pronoun ("the sched. I kept").
_BEFORE_LETTER = frozenset({"exh", "exhs", "sched"})
# A model's or a part's code after "no." ("Model no. HX-200", "Part No. AB12"): letters, then its digits. Cut there,
# the code was read as a sentence of its own.
_CODE_AFTER = compiled(r"\s+[A-Z]{1,4}-?\d")
# A label's code of capitals and digits ("Suppl. Fig. S4", "Table A1", a car's "reg. AB12 CDE"): after a capitalised
# label, or one that is no word ("reg."), it is the label's, where after a word ("modern art. F1 is") it may open a
# sentence. Cut there, the code was read as a sentence of its own.
_LABEL_CODE = compiled(r"\s+[A-Z]{1,3}\d{1,4}[a-z]?\b")
# A small ad's telephone before the name to ask for and the number ("Tel. Ruth on 01234 567890", "Tel. Mike 07700
# 900123"): cut there, the name was read as a sentence's opening; "I rang the tel. Ruth answered" has no number.
_NAME_AND_NUMBER = compiled(r"\s+[A-Z][a-z]+(?:\s(?:on|at))?\s+\+?\d")
# Of those, the ones numbered in Roman numerals too ("Chap. VII", "Vol. IV", "Sc. ii"), which the normaliser reads so.
_BEFORE_NUMERAL = word_set("chap ch vol bk pt sc act mk")
_ROMAN = compiled(r"[IVXLC]+|[ivxlc]+")
# A German ordinal is a number with a stop: "am 3. Oktober", "im 19. Jahrhundert" end no sentence.
_MONTHS_AFTER_ORDINAL = word_set(
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember "
    "Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez"
)
_ARTICLES_BEFORE_ORDINAL = word_set("am im vom zum beim dem den der die das des zur bis seit ab")
_WORD_BEFORE_NUMBER = compiled(r"(\w+)\s+\d{1,3}\.$")
# A chess move's number before a piece's move ("1. e4 c5 2. Nf3 d6"): no sentence opens with "Nf3", and cut there the
# run of moves was read in two halves, "two." alone and "Nf three" as letters (the normaliser reads a whole run).
_PIECE_MOVE = compiled(r"[KQRBN][a-h]?[1-8]?x?[a-h][1-8]")
# After a volume's or a part's short form, "I" is the pronoun, not the numeral, before a verb that only a person takes
# ("Vol. I think", "I'm") or that a reader says of a book ("the second vol. I liked it"): cut there, it is "volume" and
# a new sentence, where "Vol. I of the series" and "Vol. I is darker" hold on to their numeral.
_PRONOUN_VERBS = word_set(
    "am have do don't think like love want know hope feel need wish mean guess suppose "
    "liked loved enjoyed hated bought thought felt wanted preferred"
)
_WORD_AFTER_I = compiled(r"I(?:(['\u2019](?:m|ve|d|ll))|\s+([a-z']+))")
_WORD_BEFORE_NUMERAL = compiled(r"(\w+)\s+[IVX]{2,7}\.$")
# "et al." before a common word in capitals ends its sentence ("that of Lowry et al. Minor changes are noted"): no
# author is called "Minor"; before a journal's title and its volume ("et al. Nature 12") it goes on, as before.
_ET_AL = compiled(r"\bet\s+al\.$")
_NUMBER_NEXT = compiled(r"\s+\d")
# A chart's doses and a rent's period close their amount, in small letters: one set, one look. A result's "after extra
# time" and a batsman's "not out" close their score ("won 2-1 a.e.t. Rangers had", "Root 112 n.o. Stokes 54"), where
# "Rangers" or a name, no word that opens a sentence, kept the next sentence on.
_CLOSE_AMOUNT = DOSES | PER_PERIOD | {"a.e.t", "n.o"}
# A cricket side's declaration after its total and wickets ("England 320-6 dec. India 198 all out"), no December.
_DECLARED = compiled(r"\d[-/]\d{1,2}\s$")
# A time after an article qualifies the noun after it ("preside at the 10 a.m. Eucharist", "a 7 p.m. start"): it ends
# no sentence before it, where "at 7 p.m. Tickets are free" does.
_ARTICLE_AND_TIME = compiled(r"\b(?:the|a|an)\s\d{1,2}(?:[.:]\d\d)?\s?$", re.IGNORECASE)
# A bracket of one short form, a country's or a party's ("Sinner (Ita.) 6-4", "Hale (Ind.) 412 votes"): no sentence
# ends inside it; a stage direction's word is longer ("(Applause.) Thank you").
_BRACKET_SHORT = 4
# A weight's pounds before its ounces ("1 lb. 4 oz. minced beef"), which go on with it as an hour's minutes do.
_POUNDS = frozenset({"lb", "lbs"})
_OUNCES_AFTER = compiled(r"\s\d{1,2}\s?oz\b")
# After these a new sentence may start; only a function word after them is taken as a start.
_MAYBE_FINAL = word_set(
    "inc ltd co corp jr sr u.s u.k u.n e.u a.m p.m d.c n.y usw "
    # which end a sentence as often ("by Lee et al. The", "on Baker St. The", "in Sept. The"), and before a name or a
    # number do not ("et al. Nature 12", "St. Louis", "Sept. 3")
    "al st jan feb mar apr jun jul aug sep sept oct nov dec "
    # "incl." before what it includes ("incl. VAT"), which ends a sentence only before a word that opens one, or after
    # what it includes, a small ad's "bills incl." (_INCLUDED_BEFORE)
    "incl "
    # a department before its name or "of" goes on ("Dept. of Health", "Dept. Head Jo Lee"); after it, at a letter's
    # copy line, before a word that opens a sentence it ends ("cc: HR Dept. Please keep this"), where it ran on
    "dept "
    # a company's brothers before its name goes on ("Brown Bros. Harriman"), after it ends ("the Marx Bros. Their")
    "bros"
)
# A programme's credit line, a noun or a participle, "by" and a name ("wardrobe dept. Wigs by Sam Cole", "Hale & Co.
# Photographs by Ann Lee"), opens a sentence after a short form that may end one: no name reads "Wigs by".
_CREDIT_LINE = compiled(r"\s+[A-Z][a-z]+\s+by\s+[A-Z]")
_BY = " by "  # a first look after the next word, before the pattern
# A small ad's "incl." after what it includes ("all bills incl. Suit student", "rent \u00a3500 all incl. No pets"):
# "included", which closes its line as a price's period does; before a capital the next line opens.
# Only after "all" or "all bills": after a noun alone it may go on to what it includes ("Fees incl. Tuition are due",
# "Bills incl. Gas and water").
_INCLUDED_BEFORE = compiled(r"\ball\s(?:bills\s)?incl\.$", re.IGNORECASE)
# A body's dotted initialism after "the" ends its sentence before a common noun's plural and its verb, as "the U.S."
# does ("held by the F.B.I. Agents said nothing"): no body is called "the F.B.I. Agents", where a body's part in the
# singular, a named plural or a programme's name ("the R.A.F. Regiment", "the U.S. Marines", "the L.E.A.N. Ads
# program") goes on.
_INITIALISM_AFTER_THE = compiled(r"\bthe\s+(?:[A-Z]\.){2,5}$")
# A month's short form ends its sentence before a common word in capitals when a date's word or number comes before it
# ("The report is due in Sept. Staff have been told", "by 14 Nov. Agreed by all", "the 3rd of Nov. Snow is forecast"),
# where before only a word that opens a sentence cut there: the next sentence ran on. Before a number it holds on to its
# date ("Oct. 12"), and before a word that is no common one it is left (a journal's "Mar. Ecol.", a name).
_MONTHS_SHORT = word_set("jan feb mar apr jun jul aug sep sept oct nov dec")
# A date alone after a preposition that opens its sentence ("On 3 Feb. I was kept waiting", "By 12 Mar. We must",
# "In Sept. I moved"): no sentence is a preposition and a date, so the month's stop ends nothing before the subject
# that follows, where it was cut as a date that ends a sentence ("I saw her on 3 Feb. I was glad" still ends).
_DATE_OPENS = compiled(r"(?:^|[.!?][\"'\u201d\u2019)]?\s+)(?:On|By|From|Until|Till|Since|Before|After|In)\s+"
                       r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$")
# A month's range counts as a date's word too ("The tour runs May\u2013Sept. Book early").
_DATE_BEFORE_MONTH = compiled(r"(?:(?:\b(?:in|of|by|since|until|till|from|to|through|early|late|mid|last|next|this|each"
                              r"|every)|\d(?:st|nd|rd|th)?)\s+"
                              r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s?[\u2013-]\s?)$",
                              re.IGNORECASE)
# A company's suffix ends a sentence before a common noun's plural in capitals ("a stake in Acme Corp. Shares rose",
# "backed by Hooli Inc. Shareholders approved it") when a small word shows the piece before it is a sentence, not a
# name that opens one ("Hooli Inc. Shareholders approved", a headline's subject). Before a word that opens a sentence
# they end it as "Ltd." always did ("Soylent Corp. Its founder"); before a title or a name they do not ("Acme Corp.
# Chief Executive Jane Roe").
_COMPANIES = word_set("inc ltd co corp")
# A name's suffix ends a sentence before a common noun's plural and its verb as a company's does ("the speech was given
# by Martin Luther King Jr. Thousands listened"), where before a day named for him ("King Jr. Day is") it goes on.
_SUFFIXES = frozenset({"jr", "sr"})
_COMPANY_IN_SENTENCE = compiled(r"\b[a-z]+\s+(?:[A-Z][\w&'\u2019.-]*\s+){1,4}[A-Z][a-z]{1,3}\.$")
# "Arts." before their numbers, as "Art." (the word "arts" in small letters ends a sentence: "the arts. 5 of us"), and
# "Sect." as "Sec." ("See Sect. 3.2"; "He left the sect. 12 followed him" ends); a chart's temperature, weight and
# height ("Temp. 38.2 °C", "Wt. 82 kg"), where "I am a temp. 5 of us were hired" ends. A small ad's hours as its label
# before their span ("Hrs. 6-9 a.m."), where a duration's "3 hrs. 5 of us stayed" is written small. A recipe's time to
# prepare and a statute's schedule ("Prep. 15 mins.", "Sched. 2, para. 4"), where "I did my prep. 5 of us" ends. A
# court's number ("Hearing at Ct. 3"), where a carat's "18 ct. 5 rings" is written small.
_CAPITALISED_BEFORE_NUMBER = frozenset({"Arts", "Sect", "Temp", "Wt", "Ht", "Hrs", "Prep", "Sched", "Ct"})
# A credit before the name it credits, after a comma or a bracket ("Virgil, trans. John Dryden", "(illus. Ann Bell)"):
# elsewhere "trans." may be a word at a sentence's end ("She is trans. Nobody minded"). A film's director too, and at
# the head of a review's credits, where the credit opens its sentence ("Dir. Greta Gerwig.", "(dir. Aaron Nee)"): cut
# there, the credit was read alone and the name as a sentence of its own; "the dir. Then" after a word ends.
_CREDITS = word_set("trans transl illus dir arr")
_CREDIT_AFTER = compiled(r"(?:^|,|\(|;|[.!?]\s)\s?[A-Za-z]+\.$")
# Credits before a guest, a referee's name or a first performance's date (credits.py).
_CREDIT_WORDS = frozenset({"feat", "ref", "perf"})
# "temp. Henry VII": in a king's time, before a name and its numeral (as citations.py reads it); "I am a temp." ends.
_KING_AFTER_TEMP = compiled(r"\s+[A-Z][a-z]+\.?\s[IVX]+\b")
# A given name's short form before its surname ("Thos. Paine", "Wm. Penn"), which the normaliser says in full: its stop
# ends a sentence only before a word that opens one. "Alex" and "Josh" are not in the table: they are names in their
# own right, and "I called Alex. Sarah answered." is two sentences far more often than "Alex. Pope" is one.
_GIVEN_NAMES = frozenset(GIVEN_NAME_SHORT)
# An era after its year ends a sentence before a capital as a year does ("in 44 B.C. Caesar died"); before its year
# ("A.D. 900") it holds on to it.
# French writes its era after "av." or "apr." ("vers 50 av. J.-C. Elle devint romaine"), which hold on to it.
_ERAS = word_set("b.c a.d b.c.e c.e j.-c")
_NUMBER_BEFORE_ERA = compiled(r"\d\s?(?:[A-Za-z.]{2,6}|(?:av|apr)\.\s?J\.-C\.)$")
_ERA_AFTER = compiled(r"\s+J\.-C\.")
# A list's closing "etc." before a capital ends its sentence ("flour, eggs, milk, etc. Mix them well"): the list it
# closes ends there, and no name follows it within a sentence.
_CLOSES_LIST = word_set("etc")
# A statistic's spread after its mean ("mean \u00b1 s.d. Each test", "\u00b1 s.e.m. Values") closes its sentence as
# "etc." does: nothing is named after it. In small letters only: "S.E. Asia" is a compass point's.
_SPREADS = frozenset({"s.d", "s.e", "s.e.m"})
# A numbered item's label opening its paragraph or a sentence holds on to the item's title, as an item's number does
# ("Item 4. Apologies", "Step 2. Mix the dough", "Question 3. Why?"): minutes and guides head their items so, and cut
# there the label was a sentence of its own. Not "Part" or "Round", which end sentences ("They lost in Round 3.").
# A subitem's number too ("Item 4.2. The treasurer presented", "Item 6.1. Planning"), as minutes number them.
# A question's number in a list of them ("Q1. What is the scheme for?", "Q12. Who can apply?") as "Question 1." is.
_ITEM_LABEL = compiled(r"\s*(?:(?:Item|Step|Question|Rule|Motion|Exercise|Task|Lesson|Agenda item)\s|Q)\d{1,3}"
                       r"(?:\.\d{1,3}){0,2}[a-z]?")
_ITEM_LABEL_CHARS = 22
# An item's number opening its paragraph or a sentence, or after a colon ("1. Preheat the oven", "Steps: 1. Mix"):
# cut there, the number was read alone as a sentence ("one.").
_AFTER_COLON = compiled(r":\s+\(?\d{1,2}$")
# After a time's "a.m." or "p.m." a capitalised word goes on with the time when it is the time's zone, day or month
# ("5 p.m. Eastern", "p.m. ET", "p.m. Friday", "p.m. Dec. 3"); any other ends the sentence ("at 7 p.m. Tickets are
# free"), which before was run on into the next and lost its pause.
_AFTER_TIME = word_set(
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays "
    "sundays mon tue tues wed weds thu thur thurs fri sat sun today tonight tomorrow yesterday "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "eastern central mountain pacific atlantic alaska hawaii greenwich local"
)
_TIME_ZONE_CODE = compiled(r"[A-Z]{2,4}")
# A city's quarter written with stops ("Ave. N.W."), asked after its street's type (streets.py).
_QUADRANTS_DOTTED = frozenset({"n.w", "n.e", "s.w", "s.e"})
# Feet after a number, which end a sentence as a measure does ("5 ft. It"), square or cubic ones too ("1,200 sq. ft.
# The kitchen"); else Fort or featuring ("Ft. Worth", "Drake ft. The Weeknd"), which never do.
_FEET = compiled(r"\d\s?(?:(?:sq|cu)\.?\s?)?ft\.$")
# A web address's or a file's name, its last part a word of two letters or more ("example.com", "report.pdf"); an
# initialism's parts are single letters ("u.s", "ph.d").
_DOTTED_NAME = compiled(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}")
# A sentence ends at . ! ? or an ellipsis, after any closing quotes and brackets (straight or curly),
# before a space and a capital (of any cased script) or a digit, possibly behind opening quotes and an amount's or a
# number's sign ("food. £25 could keep"): without the sign, its sentence was run on from the one before (one caption).
_CLOSERS = "\"'\u201d\u2019\u00bb)\\]"
_OPENERS = "\"'\u201c\u2018\u00ab(\\[\u00bf\u00a1"  # Spanish opens a question or exclamation with "\u00bf", "\u00a1"
_MONEY_OPENERS = MONEY_SIGNS.replace("\u00a2", "")  # a cent sign follows its amount ("50\u00a2")
_NUMBER_SIGNS = "+#~\u2212-"  # before a digit only ("-5C was the low", "#1 was Spain"); the hyphen last, no range
_SIGNS = _MONEY_OPENERS + _NUMBER_SIGNS
# A note's mark glued to the stop it follows ("the end.[3] Next", "the end.\u00b3 Next", "[citation needed]", "*", a
# dagger) goes with the sentence it annotates: before, the stop was not followed by a space, and the next sentence ran
# on into it without a pause. A bracket glued to the stop, opening with no space and twenty characters at most, so that
# a bracket set apart ("done. [See below] Then") stays a bracket.
# A number in round brackets glued to the stop is a note's too ("people.(2) By 1900"): a bracket that opens a sentence
# is set apart by a space.
_NOTE = r"\[[^\[\]\s][^\[\]]{0,19}\]|\(\d{1,3}\)|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079*\u2020\u2021]"
_NOTE_ENDS = "])*\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079\u2020\u2021"
# A stop carries a few notes at most ("[1][2]", a superscript "\u00b9\u00b2\u00b3"): read without a bound, a stop inside
# each of a run of brackets ("[.][.][.]") read all the brackets after it, in time square in their number.
_NOTES_MOST = 8
# The mark and its closers, before any note: matched from the candidate's start, once.
_MARK_AND_CLOSERS = compiled(rf"[.!?\u2026]+[{_CLOSERS}]*")
# Led by one class of the marks, then the alternatives "...", "\u2026" and "[.!?]+" in that order (the rest of each
# after the mark read): the engine scans for a mark in C, where three alternatives entered it at every position. A
# stop, question or exclamation mark after one of them starts nothing: the run's first mark reads every end the later
# ones could, and tried again from each of them a run of marks ("!!!!") was read in time square in its length.
_CANDIDATE = compiled(rf"[.!?\u2026](?<![.!?][.!?])(?:(?<=\.)\.\.|(?<=\u2026)|(?<=[.!?])[.!?]*)[{_CLOSERS}]*"
                      rf"(?:{_NOTE}){{0,{_NOTES_MOST}}}(?=\s+[{_OPENERS}]*[{_SIGNS}]?(\w+))")
# A line of dialogue broken off by a dash before its closing quote ends where the next quote opens ("'I was only
# trying to\u2014' 'Enough,' she said"): no stop marks it, and it ran on into the reply.
# Before the next sentence's capital too ("'Wait\u2014' The door slammed"), where a speech tag goes on with it ("'I was
# only\u2014' Tom said").
_BROKEN_OFF = compiled(r"(?:\u2014|\u2013|--)[\"\u201d'\u2019](?=\s+[\"\u201c'\u2018]?(\w+))")
# A transcript's labels of question and answer open their lines ("Q. Where were you? A. At home."): the letter's stop
# ends nothing, where before "A." was cut off alone before a word that opens a sentence ("A. It was dark").
# A letter's postscripts and a note's "N.B." open theirs too ("P.S. The cat is fine", "P.P.S. I almost forgot", "N.B.
# The office is shut"): cut there, the label was read alone as a sentence.
_TRANSCRIPT_LABELS = frozenset({"Q", "A", "P.S", "P.P.S", "PS", "PPS", "N.B", "NB"})
# A list's item in brackets after a stop opens a sentence though its letter is small ("rent. (b) The landlord"), and so
# does one with its closing bracket only ("simple. a) Be kind. b) Be brief."), which ran the items into one.
_ENUMERATOR = compiled(r"[a-h]|[ivx]{1,4}")
# A bracket after a short form's stop whose own stop stands outside it ("Mean age was 54.3 yrs. (SD 8.1). Most were",
# "made in the U.S. (see Fig. 2), then") is an aside of the sentence the short form is in: a bracket that opens a
# sentence of its own holds its stop inside ("(Applause.)"). Cut there, the aside was read as a sentence of its own.
_BRACKET_THEN_STOP = compiled(r"\s\([^()]{1,60}\)[.,;:]")
_LAST_TOKEN = compiled(r"([\w.'\u2019-]+)\.$")


def _last_token(text: str, end: int) -> re.Match[str] | None:
    """_LAST_TOKEN in the 40 characters before end, searched from the last space among them: no token holds a space,
    and from the window's start the pattern was tried, and backtracked, at each of its 40 positions."""
    start = max(0, end - 40)
    return _LAST_TOKEN.search(text, max(start, text.rfind(" ", start, end) + 1), end)
# A wire story's dateline, "ST. PAUL, Minn. (AP) \u2014 Snow fell": its state's stop, before the agency's credit in
# brackets and a dash, ends no sentence. Cut there, the place was read apart from its credit ("S.T PAUL").
_DATELINE_CREDIT = compiled(r"\s+\([^()\s][^()]{0,30}\)\s*[\u2014\u2013-]")
_DATELINE_CHARS = 60  # a dateline opens its paragraph: a place, a state and a credit
# A dotted run of small letters before a stop ("a.m.", "u.k.", "i.e."): in a block without capitals it holds, as it
# does before any small word elsewhere ("it was 3 a.m. when i woke" is one sentence).
_SMALL_DOTTED = compiled(r"(?<![\w.])(?:[a-z]\.)+[a-z]\Z")
# After clause punctuation, and before a spaced dash, which stays with the clause it opens: a dash cut off alone
# would be no words, and dropped with the pause it asks for.
_CLAUSE = compiled(r"(?<=[,;:])\s+|\s+(?=-\s)")


def _german_ordinal(text: str, end: int, token: str, next_word: str) -> bool:
    """True for "3." before a month's name, or after an article and before a noun ("im 19. Jahrhundert")."""
    if not (token.isdigit() and len(token) <= 3):
        return False
    if next_word in _MONTHS_AFTER_ORDINAL:
        return True
    before = _WORD_BEFORE_NUMBER.search(text, max(0, end - 20), end)
    return before is not None and before.group(1).lower() in _ARTICLES_BEFORE_ORDINAL and next_word[:1].isupper()


def _month_ends_sentence(text: str, token_start: int, end: int, next_word: str) -> bool:
    """Whether a month's short form after a date's word ends its sentence before a common word ("in Sept. Staff") or
    a rarer word and its verb ("in Oct. Economists had expected"): a date's month holds on to numbers only, and a
    journal's title after it ("Mar. Ecol. Prog.") has no verb."""
    return _DATE_BEFORE_MONTH.search(text, max(0, token_start - 12), token_start) is not None \
        and next_word.lower() not in _AFTER_TIME and (is_common_capitalised(text, end, next_word) or (
            next_word[1:].islower() and verb_follows(text, end, next_word)))


def _is_pronoun_i(text: str, end: int, next_word: str) -> bool:
    """Whether the "I" after a numbered label's stop is the pronoun ("vol. I liked it", "Vol. I'm"), not a numeral."""
    if next_word != "I":
        return False
    after = _WORD_AFTER_I.match(text, text.find("I", end))
    return after is not None and (after.group(1) is not None or after.group(2) in _PRONOUN_VERBS)


# A person's title after a measure opens the next sentence ("the marrow weighed 48 lb. Mrs Long's jam sold"): no
# ingredient is called so. Not "Dr" ("2 pts. Dr Pepper") nor "Lady" ("1 lb. Lady Grey tea").
_TITLES_AFTER_MEASURE = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Revd", "Rev", "Cllr", "Sir", "Dame"})


def _opens_after_measure(text: str, end: int, next_word: str) -> bool:
    """Whether a kitchen measure after its amount ends its sentence: before a word that opens one, the next step's
    everyday verb ("Add 2 tbsp. Stir well") or a name and its verb ("200 lbs. Jones is lighter"), not a name that
    qualifies the ingredient ("1 tbsp. Dijon mustard", "1 pt. Guinness and", "Greek yoghurt"), or a box score's next
    label and its colon ("Curry: 35 pts. Thompson: 22 reb.")."""
    lower = next_word.lower()
    if lower in STARTERS or next_word in _TITLES_AFTER_MEASURE \
            or (lower not in INGREDIENT_ORIGINS and is_common_capitalised(text, end, next_word)) \
            or text.startswith(":", text.find(next_word, end) + len(next_word)):
        return True
    return verb_follows(text, end, next_word)


def _ends_after_et_al(text: str, end: int, next_word: str) -> bool:
    """Whether "et al." ends its sentence before a common word in capitals ("Lowry et al. Minor changes are") or a
    name and its verb ("by Lee et al. Kim found"), not before a journal's title and its volume ("et al. Nature 12") or
    a name alone."""
    if _ET_AL.search(text, max(0, end - 8), end) is None:
        return False
    after = text.find(next_word, end) + len(next_word)
    if not is_common_capitalised(text, end, next_word):
        # "et al." goes on in small letters, a year or a journal's title: a name and its verb open the next sentence
        return next_word[1:].islower() and records.verb_follows(text, after)
    return _NUMBER_NEXT.match(text, after) is None


def _is_boundary(text: str, end: int, mark: str, next_word: str) -> bool:
    """Decide whether the full stop ending at `end` ends a sentence."""
    if not mark.startswith(".") or mark.startswith("..."):
        # "1, 2, 3 … 10" holds, and so does a quoted hesitation before its tag ("'Well... I suppose so,' he said") and
        # a pause for suspense before a name ("First prize went to… Maria!")
        return mark[0] not in ".\u2026" or not (in_number_series(text, end, next_word) or quote_goes_on(text, end)
                                                 or suspense(text, end, next_word)
                                                 or hesitation(text, end, next_word))
    token_match = _last_token(text, end)
    token = token_match.group(1).lower() if token_match else ""
    if text.startswith("(", end + 1) and token_match and _BRACKET_THEN_STOP.match(text, end) is not None \
            and not any(ch.isdigit() for ch in token) and not is_common_word(token_match.group(1)):
        return False  # "aged 54.3 yrs. (SD 8.1). Most", "in the U.S. (see Fig. 2)."
    if len(token) == 1 and token.isalpha() and token_match:
        return letter_ends_sentence(text, end, token_match.group(1), next_word)
    if any(ch.isdigit() for ch in token):
        if token.isdigit() and len(token) <= 3 and _PIECE_MOVE.fullmatch(next_word):
            return False  # "2. Nf3": a move's number
        if token.isdigit() and len(token) <= 2 and records.in_item_run(text, end):
            return False  # "1. Lyles 9.79, 2. Thompson": the run's next item
        return not _german_ordinal(text, end, token, next_word)  # "rose 82.3. Again", "in 2020. Then"
    if token in KITCHEN_MEASURES:
        if token in _POUNDS and next_word[:1].isdigit() and _OUNCES_AFTER.match(text, end) is not None:
            return False  # "1 lb. 4 oz. minced beef"
        if token_match and token_match.group(1).islower() and next_word[:1].isupper() \
                and after_amount(text, token_match.start()):
            return _opens_after_measure(text, end, next_word)  # "1 tbsp. Dijon mustard", but "Add 2 tbsp. Stir well"
    if token_match and ((word := token_match.group(1)) in records.RECORD_WORDS
                        or next_word in records.TRAILING_SUFFIXES):
        if word in records.DURATIONS and after_amount(text, token_match.start()):
            return not (next_word[:1].isdigit() and records.duration_part_follows(text, end))  # "1 hr. Slice"
        if word == "min" and next_word[:1].isdigit():
            return False  # "cloudy, min. 3C": a minimum before its figure, no minutes after an amount
        if records.holds_on(text, end, word, next_word, next_word.lower() in STARTERS):
            return False  # "bt. Alcaraz", "Att. 73,500", "Pat. No. 7", "Pty. Ltd.", "7th cent. AD", "Dr. med. Ito"
    if next_word == "J" and _ERA_AFTER.match(text, end):
        return False  # "50 av. J.-C.": the era after its "av."
    if next_word[:1] in "NS" and token_match and token_match.group(1) in STREET_TYPES \
            and quadrant_follows(text, end, next_word):
        return False  # "1600 Pennsylvania Ave. NW", "Ave. N.W."
    if token in _QUADRANTS_DOTTED and next_word[:1].isupper() and quadrant_ends(text, end, next_word):
        return True  # "Ave. N.W. Visitors enter", but "Ave. N.W. Washington"
    if len(token) >= 2 and not token.strip("ivx") and next_word[:1].isupper():
        before = _WORD_BEFORE_NUMERAL.search(text, max(0, end - 24), end)
        if before is not None and before.group(1).lower() in _ARTICLES_BEFORE_ORDINAL:
            return False  # "im XIX. Jahrhundert": a Roman ordinal after an article
    if token == "ft" and _FEET.search(text, max(0, end - 12), end) and (next_word.lower() in STARTERS or (
            plural_opens_sentence(text, end, next_word) and verb_follows(text, end, next_word))):
        return True  # "The fence is 5 ft. It needs", "1,450 sq. ft. Plans are": a measure at a sentence's end
    if token_match and holds_on_to_date_or_verse(text, end, token_match):
        return False
    if token in _CREDIT_WORDS and token_match \
            and (held := credit_holds(text, token_match.start(), end, token_match.group(1), next_word,
                                      next_word.lower() in STARTERS)) is not None:
        return not held  # "a remix feat. DJ Shadow", "Ref. M. Oliver", "First perf. 12 Nov. 1891"
    if token_match and token_match.group(1) in _GIVEN_NAMES:
        return next_word.lower() in STARTERS  # "Thos. Paine", but "a letter from Thos. Then I left."
    if token == "dr" and (drive := drive_ends(text, end, next_word)) is not None:
        return drive  # "at 12 Oak Dr. The house", "at Lincoln Dr. Roads reopen": a drive's, no doctor's
    if token_match and token_match.group(1) in STRENGTHS:
        return next_word.lower() in STARTERS  # "conc. HCl", "dil. NaOH", but "it was dil. The"
    if token_match and token_match.group(1) in _BEFORE_NAMES and (
            token_match.group(1) != "Ven" or is_venerable(text, token_match.start(), end, next_word)):
        return next_word.lower() in STARTERS  # "Reps. Ocasio-Cortez and Massie", "7th Armd. Div.", "the Ven. Bede"
    if token in _NEVER_FINAL:
        if token_match and next_word.lower() in STARTERS \
                and (_A_BEFORE_TITLE.search(text, max(0, token_match.start() - 4), token_match.start())
                     or _RANK_REACHED.search(text, max(0, token_match.start() - 13), token_match.start())):
            return True  # "he was a Sgt. He never spoke", "promoted to Prof. The", but "Sgt. Lee", "as Capt. He Wei"
        if token not in _SMALL_NEVER_FINAL or (token_match and (
                text.endswith(_EMERITUS_AFTER, 0, token_match.start()) if token == "em"
                else token_match.group(1).islower())):
            return False  # "Mr. Smith", "esp. Joan", "Prof. em. Dr." (not "He claims ESP. Nobody", "1 em. The")
    elif token in EXAMPLE_ENDS and is_for_example(text, end):
        return False
    if token in _CREDITS and _CREDIT_AFTER.search(text, max(0, end - 12), end):
        return next_word.lower() in STARTERS
    if token == "temp" and _KING_AFTER_TEMP.match(text, end):
        return False
    # "Nr. 5", "Hauptstr. 5", "Arts. 5 and 6"
    if token in _BEFORE_NUMBER or token.endswith("str") \
            or (token_match and token_match.group(1) in _CAPITALISED_BEFORE_NUMBER):
        if token in _BEFORE_NUMERAL and _ROMAN.fullmatch(next_word) and not _is_pronoun_i(text, end, next_word):
            return False  # "Chap. VII begins"
        if token_match and token_match.group(1) == "Pt" and next_word[:1].isupper():
            # a patient's or a point's name ("Pt. Jones was seen", "Pt. Reyes") or a part's letter ("Pt. A"), where a
            # word that opens a sentence, or the pronoun "I" (the numeral is held above), ends it
            return next_word != "A" and next_word.lower() in STARTERS
        return not (next_word[:1].isdigit() or (token == "no" and _CODE_AFTER.match(text, end) is not None)
                    or (token_match and not next_word.isalpha() and _LABEL_CODE.match(text, end) is not None
                        and (token_match.group(1)[0].isupper() or not is_common_word(token)))
                    or (token == "tel" and _NAME_AND_NUMBER.match(text, end) is not None)
                    or (token in _BEFORE_LETTER and len(next_word) == 1 and next_word != "I"))
    if token in _CLOSES_LIST or (token_match and token_match.group(1) in _SPREADS):
        return True
    if token in _ERAS and _NUMBER_BEFORE_ERA.search(text, max(0, end - 14), end):
        return not next_word[:1].isdigit()  # "in 44 B.C. Caesar died"
    if _DOTTED_NAME.fullmatch(token):
        return True  # "at lyceum.org.uk. Doors open": a web address or a file's name, no initialism ("U.S. Army")
    if token in ("a.m", "p.m"):
        if token_match and _ARTICLE_AND_TIME.search(text, max(0, token_match.start() - 12), token_match.start()):
            return next_word.lower() in STARTERS  # "at the 10 a.m. Eucharist", but "the 10 a.m. The"
        return next_word.lower() not in _AFTER_TIME and not _TIME_ZONE_CODE.fullmatch(next_word) \
            and not next_word[:1].isdigit()
    if token in ("st", "u.s", "u.k", "u.n", "e.u") and next_word[:1].isupper() \
            and opens_after_place(text, end, token, next_word):
        return True
    if token in _COMPANIES and token_match and records.names_company_again(text, token_match.start(), next_word):
        return True  # "Its parent is Orbis Inc. Orbis is based"
    if token in _COMPANIES and next_word[:1].isupper() and _COMPANY_IN_SENTENCE.search(text, max(0, end - 60), end) \
            and (plural_opens_sentence(text, end, next_word) or (
                is_common_capitalised(text, end, next_word) and verb_follows(text, end, next_word))):
        return True  # "a stake in Acme Corp. Shares rose", "went to Balfour Beatty Ltd. Work begins"
    if token in _MONTHS_SHORT and token_match and next_word[:1].isupper():
        if _DATE_OPENS.search(text, max(0, token_match.start() - 30), token_match.start()) is not None:
            return False  # "On 3 Feb. I was kept waiting", "On 9 Oct. We left"
        if _month_ends_sentence(text, token_match.start(), end, next_word):
            return True  # "The report is due in Sept. Staff have been told"
    if token in _CLOSE_AMOUNT and token_match and token_match.group(1).islower():
        return not next_word[:1].isdigit()  # "500 mg b.i.d. Recheck in 3 months", "\u00a3250 p.a. Ground rent"
    if "." in token and next_word[:1].isupper() and state_after_place(text, end):
        return True  # "in Washington, D.C. Polls close at 8"
    if token in _MAYBE_FINAL or (len(token) > 2 and "." in token):
        if token == "al" and next_word[:1].isupper() and _ends_after_et_al(text, end, next_word):
            return True  # "the method of Lowry et al. Minor changes", but "Smith et al. Nature 12"
        if token in _SUFFIXES and next_word[:1].isupper() and token_match and (
                (plural_opens_sentence(text, end, next_word) and verb_follows(text, end, next_word))
                or text[max(0, token_match.start() - 24):token_match.start()].split()[-1:] == [next_word]):
            return True  # "given by Martin Luther King Jr. Thousands listened", "Henry Ford Jr. Ford later sold it"
        if token == "incl" and next_word[:1].isupper() \
                and _INCLUDED_BEFORE.search(text, max(0, end - 20), end) is not None:
            return True  # "Room in shared house, all bills incl. Suit student", but "\u00a350 incl. VAT"
        if token == "dec" and token_match \
                and _DECLARED.search(text, max(0, token_match.start() - 6), token_match.start()):
            return True  # "England 320-6 dec. India 198 all out"
        # a word that opens a sentence, a quantity's ("Acme S.A. Each is"), or a plural noun and its verb ("per Lewison
        # L.J. Costs were reserved")
        lower = next_word.lower()
        return lower in STARTERS or (lower in QUANTIFIERS and not text.startswith("-", end + 1 + len(next_word))) \
            or plural_clause_follows(text, end, next_word) \
            or (text.startswith(_BY, end + 1 + len(next_word)) and _CREDIT_LINE.match(text, end) is not None) \
            or notice_line_opens(text, end, next_word) or (
            "." in token and next_word[:1].isupper()  # "the F.B.I. Agents said"
            and _INITIALISM_AFTER_THE.search(text, max(0, end - 16), end) is not None
            and plural_opens_sentence(text, end, next_word) and verb_follows(text, end, next_word))
    if token_match and len(token) <= 5 and word[0].isupper():  # (word: the token as written, bound above)
        if text.startswith(")", end) and len(word) <= _BRACKET_SHORT and text[token_match.start() - 1] == "(":
            return False  # "Sinner (Ita.) 6-4": a bracket of one short form
        if (word, next_word) in WORD_PAIRS:
            return False  # "Riverside Ind. Park": a pair said as one
        # a first look: a number after it, a short form's stop before it, or a stop after the next word
        if next_word[:1].isdigit() or text.startswith(". ", token_match.start() - 2) \
                or text.startswith(".", end + 1 + len(next_word)):
            return not holds_in_run(text, token_match.start(), end, word, next_word, _BEFORE_NUMBER)
    return True


def _ends_before_signed(text: str, end: int, mark: str, sign: str, next_word: str) -> bool | None:
    """Whether the stop ending at `end` may end a sentence before a signed number ("food. £25", "cold. -5C"): after a
    number or an everyday word, not an abbreviation unknown to the rules ("Orig. $1,599", "est. £4bn"), which holds on
    to its amount; and a number's sign only before a digit ("-5C", not "#thanks"). None where it ends one whatever
    the stop's rules say: a month's short form before a price ("MOT Aug. £4,995"), which is no day of the month."""
    if (sign in _NUMBER_SIGNS and not next_word[0].isdigit()) or is_hashtag(sign, next_word):
        return False  # "cold. -5C", but "#thanks", and "today! #10years" (a hashtag trails its sentence)
    if mark != ".":
        return True
    token_match = _last_token(text, end)
    token = token_match.group(1) if token_match else ""
    if sign in _MONEY_OPENERS and token.lower() in _MONTHS_SHORT:
        return None
    return any(ch.isdigit() for ch in token) or is_common_word(token)


def _is_item_number(text: str, start: int, stop: int) -> bool:
    """Whether the stop at `stop` follows an item's number that opens the piece ("1. Mix"), six characters at most."""
    return text[start:stop].strip(" (").isdigit() and len(text[start:stop].strip(" (")) <= 2


def _is_item_label(text: str, start: int, stop: int) -> bool:
    """Whether the stop at `stop` follows a numbered item's label that opens the piece ("Item 4. Apologies")."""
    return _ITEM_LABEL.fullmatch(text, start, stop) is not None


def _marks(text: str) -> Iterator[re.Match[str]]:
    """The marks that may end a sentence, in order: stops, question and exclamation marks, ellipses, smileys, emoji,
    a broken-off line's dash, a post's hashtags after its mark and a mark before a rating's stars."""
    # Most text has none of the rarer marks: a first look in C for each (ASCII has no emoji, and a substring test beats
    # a pattern), and a merge only with those found, since merging costs a call per stop.
    rare: list[re.Match[str]] = []
    if ":" in text or ";" in text or "<" in text:  # its marks first: memchrs
        rare.extend(smiley_marks(text))
    if not text.isascii() and has_emoji(text):
        rare.extend(emoji_marks(text))
        rare.extend(rating_marks(text))  # "brilliant. ★★★★☆": a star is an emoji's character
    if "\u2014" in text or "\u2013" in text or ("-" in text and "--" in text):  # the hyphen by memchr first
        rare.extend(_BROKEN_OFF.finditer(text))
        rare.extend(glued_dashes(text))
    if "#" in text:
        rare.extend(hashtag_runs(text))
    # Every candidate has a space and a word after its mark, so a mark that ends the block starts none: most blocks are
    # one sentence with no other mark, and four memchrs over the rest spare the pattern's scan of a class at every
    # character (its costliest, ~0.6 us a block).
    body = text[:-1]
    stops = "." in body or "?" in body or "!" in body or "\u2026" in body
    if not rare:
        return _CANDIDATE.finditer(text) if stops else iter(rare)
    rare.sort(key=lambda match: match.start())
    if not stops:
        return iter(rare)
    return heapq.merge(_CANDIDATE.finditer(text), rare, key=lambda match: match.start())


def _is_enumerator(text: str, match: re.Match[str], next_word: str) -> bool:
    """Whether the small word after a mark is a list's letter or numeral in brackets ("(b)", "(ii)", "b)")."""
    before = text[match.start(1) - 1]
    return (before == "(" or before.isspace()) and text.startswith(")", match.end(1)) \
        and _ENUMERATOR.fullmatch(next_word) is not None


def _is_transcript_label(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether the stop follows a transcript's "Q" or "A" that opens the piece ("Q. Where were you?"), six characters
    at most."""
    return text[start:match.start()].strip() in _TRANSCRIPT_LABELS


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether a position falls inside one of the spans (in order, not overlapping)."""
    index = bisect.bisect_left(spans, (position, position)) - 1
    return index >= 0 and spans[index][0] < position < spans[index][1]


def sentences(text: str) -> list[str]:
    """Split a block of written text into sentences (never inside a formula)."""
    items = bullet_items(text) or records.run_in_lines(text)
    if items is not None:
        return [piece for item in items for piece in sentences(item)]
    pieces: list[str] = []
    start = 0
    formulas = list(formula_spans(text))
    brackets = "(" in text or "[" in text  # a first look in C: most paragraphs have no aside
    # A quotation in brackets is asked at its stops too ('the tweet ("Roads are gritted. Stay home.") was mocked'): a
    # quoted aside holds whole sentences, which an aside of the writer's own rarely does inside its sentence.
    quoted = brackets and ('("' in text or "(\u201c" in text)
    # A block with no capital at all is a chat's ("lol ok. see you at 6."): its sentences open in small letters. Asked
    # once, and only at a mark before a small word, which most blocks never reach.
    small: bool | None = None
    for match in _marks(text):
        if formulas and _inside(formulas, match.start()):
            continue
        next_word = match.group(1)
        if not (next_word[0].isupper() or next_word[0].isdigit() or _is_enumerator(text, match, next_word)
                or opens_line(text, match.start(1), next_word)):
            if small is None:
                small = text.islower()
            if not ((small and match.group(0)[0] in ".?!" and not match.group(0).startswith("..")
                     and not (text[match.start() - 2:match.start() - 1] == "."  # "a.m": a stop two before
                              and _SMALL_DOTTED.search(text[max(0, match.start() - 12):match.start()]) is not None))
                    or (len(next_word) <= 4 and records.opens_item(text, match.start(1), next_word))):
                continue
        if start == 0 and match.end() <= _DATELINE_CHARS and _DATELINE_CREDIT.match(text, match.end()):
            continue
        whole = match.group(0)
        if whole[-1] in _NOTE_ENDS:
            marked = _MARK_AND_CLOSERS.match(whole)  # "end.[3]": the stop is the mark, the note its sentence's
            whole = marked.group(0) if marked else whole
        mark = whole.rstrip(_CLOSERS.replace("\\", ""))
        if mark == "." and match.start() - start <= 6 and (
                _is_item_number(text, start, match.start()) or _is_transcript_label(text, start, match)
                or records.is_chart_label(text, start, match.start()) or records.is_item_letter(text, start,
                                                                                               match.start())):
            continue
        if mark == "." and match.start() - start <= _ITEM_LABEL_CHARS and _is_item_label(text, start, match.start()):
            continue
        if mark == "." and _AFTER_COLON.search(text, max(start, match.start() - 8), match.start()) is not None:
            continue
        if mark[-1] in "?!\u2014\u2013-" and (is_speech_tag(text, start, match, next_word)
                                 or (brackets and inside_aside(text, start, match.start(), match.end()))):
            continue
        if quoted and mark == "." and inside_aside(text, start, match.start(), match.end()):
            continue
        sign = text[match.start(1) - 1]
        signed = _ends_before_signed(text, match.start() + 1, mark, sign, next_word) if sign in _SIGNS else True
        if signed is False:
            continue
        if signed is None or _is_boundary(text, match.start() + len(mark), mark, next_word):
            piece = text[start : match.end()].strip()
            if piece:
                pieces.append(piece)
            start = match.end()
    rest = text[start:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def clauses(text: str) -> list[str]:
    """Split a sentence after clause punctuation (, ; : and spaced dashes), never inside a formula."""
    formulas = list(formula_spans(text))
    pieces: list[str] = []
    start = 0
    for match in _CLAUSE.finditer(text):
        if formulas and _inside(formulas, match.start()):
            continue
        pieces.append(text[start:match.start()])
        start = match.end()
    pieces.append(text[start:])
    return [piece for piece in pieces if piece]


def split_words(text: str, max_chars: int) -> Iterator[str]:
    """Split text at spaces into pieces of at most max_chars (a longer single word stays whole)."""
    piece = ""
    for word in text.split():
        if piece and len(piece) + 1 + len(word) > max_chars:
            yield piece
            piece = word
        else:
            piece = f"{piece} {word}" if piece else word
    if piece:
        yield piece


def pack(pieces: list[str], max_chars: int) -> list[list[int]]:
    """Group consecutive pieces greedily so that each group joined by spaces fits max_chars."""
    groups: list[list[int]] = []
    length = 0
    for index, piece in enumerate(pieces):
        if groups and length + 1 + len(piece) <= max_chars:
            groups[-1].append(index)
            length += 1 + len(piece)
        else:
            groups.append([index])
            length = len(piece)
    return groups
