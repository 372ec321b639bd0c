"""Twelve whole articles of our own (issue #10), of kinds nobody had read end to end (ambulance response times, an
antiques valuation day, a chimney fire and the fire service's advice, a footpath diversion order, a harvest festival, a
charity ride from Land's End to John o' Groats, a level crossing's closure, a literary festival's programme, a memorial
bench, a Remembrance Sunday parade, a school trip to France and a village hall's refurbishment), through `narrator
preview --json`: the intro, the chapters, and every sentence of the body said once, in order, as a newsreader would say
it.

Each article's .json was written before the article was first read by narrator. FIRST READING (at 3780c780),
sentences counted said and heard to end, headings among them: 1 of 12 articles, 169 of 185 sentences (170 lenient, its
stops and case folded), 12 of 12 intros; the two thirds tuned 1 of 8 articles, 112 of 123 sentences (113 lenient), 8 of
8 intros; the third kept aside (every third name in order: the chimney fire, the charity ride, the memorial bench, the
village hall) 0 of 4, 57 of 62 (57 lenient), 4 of 4 intros.

Of the tuned part's eleven misses, three were the house's forms against the rows' spelling, the rows brought to them (a
span of money "£2,000-£3,000" said with its currency at both ends, a British Standard's number "BS 5709:2018" as a
count, a euro's cents after "€4.50"), and three rows more were brought to them beside a class or a miss left (the span
"£10-£14", a council's code "PROW/DO/0412" as it is read, an air cadets' squadron "2280" as a count). Five are classes,
each read since by a rule written from examples of our own (the tests below): a weekday's short form after "the" that
the sentence goes on from ("on the Sat. before", "Sat." it was); a sum before the thing it names with no word before it
("with £5 tickets", "five pounds tickets" it was); "ref." before a code led by capitals ("quoting ref. PROW/DO/0412",
left as "ref." and cut off as a sentence of its own); a person's title after a measure's stop, which opens the next
sentence ("weighed 48 lb. Mrs P. A. Long's", run on); and people named by what they do, and their verb, after a street's
"St." ("on High St. Valuers saw", run on with "Saint"). Three are left (below): an unknown run of capitals with vowels,
given to the voice as a word ("(SWASFT)", "FRICS"), and a squadron's "Sqn" after a name in brackets. With the rules the
tuned part 5 of 8 articles, 120 of 123 sentences (121 lenient), 8 of 8 intros.

The kept third, scored as a number only while the rules were written, did not move (57 of 62 before, 57 after): its
misses are of other classes. Read once at the end: four rows were the house's forms ("the A352" said "Eh three fifty
two", "0800 038 2323" with its zeros, "every £1" said "every pound", a company's "Co." given as written), brought to
them; one is a class left below, a number of a six-figure area code and five figures ("015242 71845", read as a count).
So brought, it reads 3 of 4 articles, 61 of 62 sentences (61 lenient), 4 of 4 intros. In all 8 of 12 articles, 181 of
185 sentences (182 lenient), 12 of 12 intros. Ten rows in all were re-written to the house's forms (six tuned, four
kept).

The four known misses were read after they had been read, by rules written for their classes from examples of our own
(tests/test_speech_left58b.py): "(SWASFT)" (capitals ending in three consonants no word ends with are spelled),
"FRICS" (a fellow's or a member's letters after a person's name are spelled), "2280 (Wantage) Sqn" ("Sqn" after a
number and its place in brackets) and "015242 71845" (a six-figure British code before five figures).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator.speech.normalise import ReadingOptions, normalise
from narrator.speech.segment import sentences
from tests.articles import HOUSE_SOUNDS, Articles, KnownMisses, standard_tests
from tests.sweeps import check_linear

ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles41", HOUSE_SOUNDS)
BRITISH = ReadingOptions(date_order="dmy")

# The standard tests over the articles: their known misses ("(SWASFT)", "FRICS", "2280 (Wantage) Sqn", "015242 71845")
# were read after they had been read (the docstring's last paragraph).
globals().update(standard_tests(ARTICLES, KnownMisses(sentences={}, ended={})))


# The classes of the tuned two thirds' misses, with examples of our own, and beside them what must stay as it was
# (guards).
@pytest.mark.parametrize(("written", "said"), [
    ("On the Sat. before, 74 of us sat down to supper.", "On the Saturday before, seventy four of us sat down to"
     " supper."),
    ("On the Fri. after the match, we left.", "On the Friday after the match, we left."),
    ("The Tue. after that was wet.", "The Tuesday after that was wet."),
    ("We met again the following Wed. at noon.", "We met again the following Wednesday at noon."),
    ("Evensong on the Sun. after Easter is at 6pm.", "Evensong on the Sunday after Easter is at six PM."),
    # guards: a newspaper's name at a sentence's end, a weekday's word with no stop
    ("I read it in the Sun. It said so.", "I read it in the Sun. It said so."),
    ("The sun came out.", "The sun came out."),
])
def test_a_weekday_s_short_form_after_the_is_the_day(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("Most events cost £10-£14, with £5 tickets for students.", "Most events cost ten pounds to fourteen pounds, with"
     " five pound tickets for students."),
    ("Police issued £100 fines to drivers.", "Police issued one hundred pound fines to drivers."),
    ("They handed out £10 vouchers to every family.", "They handed out ten pound vouchers to every family."),
    ("The Post Office sells €2 stamps.", "The Post Office sells two euro stamps."),
    ("Investors bought £1bn bonds.", "Investors bought one billion pound bonds."),
    ("Wardens gave out $50 fines all week.", "Wardens gave out fifty dollar fines all week."),
    # guards: what the money pays, what a price is for
    ("We paid £150 bills each month.", "We paid one hundred and fifty pounds bills each month."),
    ("Tickets £5 adults, £3 children.", "Tickets five pounds adults, three pounds children."),
])
def test_a_sum_before_the_thing_it_names_is_said_in_the_singular(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("written", "said"), [
    ("Objections must reach us by 15 Apr., quoting ref. PROW/DO/0412.", "Objections must reach us by the fifteenth"
     " of April, quoting reference PROW DO zero four one two."),
    ("Please quote ref. DC/21/0456 on your letter.", "Please quote reference D.C twenty one zero four five six on"
     " your letter."),
    ("Your ref. SR-2027-118 was logged.", "Your reference S.R twenty twenty seven-one hundred eighteen was logged."),
    ("Quoting ref. 4527 helps.", "Quoting reference four five two seven helps."),  # read before, a number alone
    # guards: the referee
    ("The ref. Mike Dean gave 2 penalties.", "The ref. Mike Dean gave two penalties."),
    ("The ref. VAR checked 3 times.", "The ref. V.A.R checked three times."),
])
def test_ref_before_a_code_is_reference(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize(("text", "cut"), [
    # a person's title after a measure's stop opens the next sentence
    ("The largest marrow weighed 48 lb. Mrs P. A. Long sold jam.", ["The largest marrow weighed 48 lb.",
                                                                   "Mrs P. A. Long sold jam."]),
    ("The cake used 2 lbs. Mr Hale baked it.", ["The cake used 2 lbs.", "Mr Hale baked it."]),
    ("The baby weighed 7 lb. Revd T. Hill baptised her.", ["The baby weighed 7 lb.", "Revd T. Hill baptised her."]),
    ("The pike weighed 21 lb. Cllr Day caught it.", ["The pike weighed 21 lb.", "Cllr Day caught it."]),
    ("Add 3 oz. Miss Ward won the prize.", ["Add 3 oz.", "Miss Ward won the prize."]),
    # people named by what they do, and their verb, after a street's "St."
    ("The queue stretched past the Feathers Hotel on High St. Valuers saw about 900 items.",
     ["The queue stretched past the Feathers Hotel on High St.", "Valuers saw about 900 items."]),
    ("Stalls lined Fore St. Stallholders reported brisk trade.", ["Stalls lined Fore St.",
                                                                 "Stallholders reported brisk trade."]),
    ("The road was shut at Mill St. Campaigners gathered at noon.", ["The road was shut at Mill St.",
                                                                    "Campaigners gathered at noon."]),
    ("We walked down Bridge St. Organisers said it was busy.", ["We walked down Bridge St.",
                                                               "Organisers said it was busy."]),
    # "ref." before a code holds on to it
    ("Reach us by Thu. 15 Apr., quoting ref. PROW/DO/0412. If not, it goes on.",
     ["Reach us by Thu. 15 Apr., quoting ref. PROW/DO/0412.", "If not, it goes on."]),
    # guards: a drink's name after a measure, an ingredient; a saint's name, a name after a street
    ("Mix 2 pts. Dr Pepper with ice.", ["Mix 2 pts. Dr Pepper with ice."]),
    ("Add 1 tbsp. Dijon mustard.", ["Add 1 tbsp. Dijon mustard."]),
    ("The church of Elm St. Barnabas was full.", ["The church of Elm St. Barnabas was full."]),
    ("He lived on Main St. Peters was his name.", ["He lived on Main St. Peters was his name."]),
    ("He shouted at the ref. A new game began.", ["He shouted at the ref.", "A new game began."]),
])
def test_a_stop_ends_or_holds_as_the_word_after_it_shows(text: str, cut: list[str]) -> None:
    assert sentences(text) == cut


# The kept third's class, read since (telephones._ZERO_LED), with examples of our own and a guard beside them.
@pytest.mark.parametrize(("written", "said"), [
    ("Call 015242 71845 to book.", "Call zero one five two four two, seven one eight four five to book."),
    ("Ring 013873 76543 today.", "Ring zero one three eight seven three, seven six five four three today."),
    ("Call 01524 271845 to book.", "Call zero one five two four, two seven one eight four five to book."),  # guard
])
def test_the_kept_third_s_class_left(written: str, said: str) -> None:
    assert normalise(written, "en", BRITISH) == said


@pytest.mark.parametrize("token", ["on the Sat. before ", "the Sun. x ", "£5 tickets ", "quoting ref. AB/", "ref. A/1 ",
                                   "High St. Valuers ", "48 lb. Mrs "])
def test_the_new_rules_stay_linear_on_hostile_text(token: str) -> None:
    """The rules on many repeats of what they eat cost time in proportion to the text."""
    check_linear(token, small=300)
