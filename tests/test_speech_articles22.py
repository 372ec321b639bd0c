"""Fourteen whole articles of our own (h153, issue #10), of kinds nobody had read end to end (a snooker final, a darts
final, an athletics meeting, a baseball game, monthly inflation figures, a stock market debut, an outage's
post-incident review, an employment tribunal, a measles outbreak, the sums for solar panels, a hill walk, a new
dinosaur, an asteroid's fly-by and a processor review), through `narrator preview --json`: the intro, the chapters,
and every sentence of the body said once, in order, as a newsreader would say it.

Each article's .json was written before the article was first read by narrator (0 of 14 articles, 317 of 356
sentences said and 353 of 356 heard to end, 12 of 14 intros, 14 of 14 facts, 13 of 14 chapter lists, 14 of 14 said
with nothing else). After that first reading, the expectations were brought to the house's own forms where they, not
narrator, strayed from them (each a convention a listener accepts): a score after "beat" or "led" is its two numbers
("beat Price seven four", "trailed nine seven"), as British broadcasters say it; the capitals engines spell unaided are
kept joined ("UTC", "BST", "HTTP", "AM five", "dot co dot UK", and "the ONS's", whose "-es" dots would lose); "FTSE"
is "footsie", as the City says it, where we had spelled it; a price before a noun is singular ("a five hundred
thousand pound first prize", "a six thousand five hundred pound system"), as "the four hundred meter hurdles" is; darts'
"180s" are "one eighties", as its players say them; "A&E" is "Eh and E" (the letter A as articles17 to 21 say it);
"RBIs" is "R.B.I.'s"; "the 508 route" is "five hundred eight"; "on 11 and 12 September" is "the eleventh and the
twelfth"; "NASA's" is "Nasa's", said alike; and a case number's "/" is "slash". Two of the articles' lines were
changed, which the harness would have counted twice as said (a heading that repeated the standfirst's last words, and
a list's item that repeated a sentence's). After that, 4 of 14 articles, 343 of 356 sentences said and 354 of 356 heard
to end, 14 of 14 intros, 13 of 14 chapter lists: every miss left lies in the normaliser or the cleaner (below), none in
narrator/speech/__init__.py, words.py or lexicon.py. What is compared is what a listener hears: punctuation that is
not voiced is ignored; case and the stops inside initialisms ("U.K") are not.

Read after it had been read (by a later sweep's rules, tests/test_speech_left57b.py): the inflation figures' "CPIH",
spelled, as four capitals opening with two consonants no word opens with are.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrator import speakable
from tests.articles import HOUSE_SOUNDS, Articles, KnownMisses, left, standard_tests

# The house's sounds, the litre's among them (tests/articles.py).
ARTICLES = Articles(Path(__file__).parent / "fixtures" / "speech" / "articles22", HOUSE_SOUNDS)

# The modules that own the misses below (this round, other helpers own the normaliser and the cleaner).
_SCALES = "narrator/speech/normalise/scales.py"
_SPORTS = "narrator/speech/normalise/sports.py"

_RECORD = (f"a team's wins and losses, 'moves Seattle to 71-52', 'The Yankees are 68-55 and', are read as a score"
           f" ('seventy one to fifty two'), where 'The team is 40-22 at home' is 'forty and twenty two' ({_SPORTS},"
           f" is_record)")
_PITCH_COUNT = (f"a pitch's count before its pitch, 'a 1-2 fastball', is read as the count is said after 'count' ('one"
                f" and two', h157), where this row's broadcaster says 'a one two fastball': the joining word is"
                f" narrator/speech/normalise/ranges.py's (h155's), which joins every record and count with 'and'"
                f" ({_SPORTS}, is_record)")
_BARE_M = (f"a bare 'm' after a number is read as a million before a verb ('a scramble of about 100m leads up',"
           f" 'The 100m leads') or in a sentence that counts thousands ('37,000 asteroids ... larger than 140m.' in its"
           f" whole sentence), where 'drops of 200m or more' is meters ({_SCALES})")
_MODEL_NUMBER = (f"a chip's model number, 'Core Ultra 9 285K', is read as a count before its K ('two hundred eighty"
                 f" five K'; its K a thousand before h155), where the article's reader says it in pairs ('two eighty"
                 f" five K'), as 'the 285K chip' is read the same way ({_SCALES})")

# Misreads whose cause lies in a module this test's author does not own: (article, sentence index) -> the class and
# the module. Strict, so that a fix elsewhere shows here.
_ELSEWHERE: dict[tuple[str, int], str] = {
    ("asteroid_flyby", 19): _BARE_M,
    ("baseball_game", 2): _PITCH_COUNT,
    ("baseball_game", 16): _RECORD,
    ("baseball_game", 18): _RECORD,
    ("cpu_review", 14): _MODEL_NUMBER,
    ("hill_walk", 17): _BARE_M,
}
# A sentence whose end the voice is not given (name, sentence index) -> the class and the module.
_ENDED_ELSEWHERE: dict[tuple[str, int], str] = {
    ("asteroid_flyby", 19): f"its last words are a million, not meters ({_BARE_M})",
}
# Chapters other than the headings (name -> the class and the module).
# (h161 took the question 'How big is it?' set apart between sections for a subheading: narrator/clean/ownheadings.py)
_CHAPTERS_ELSEWHERE: dict[str, str] = {}


# The standard tests over the articles, their known misses above marked as strict xfails.
globals().update(standard_tests(ARTICLES, KnownMisses(
    chapters=_CHAPTERS_ELSEWHERE, sentences=_ELSEWHERE, ended=_ENDED_ELSEWHERE)))


# The normaliser's classes the articles above found, each with examples of its own beside the articles' and the
# near-misses a fix must leave as they are (guards), so that the module's owner has the whole class to hand.
@pytest.mark.parametrize(("written", "said"), [
    left("The win moves Seattle to 71-52, two games clear.", "The win moves Seattle to seventy one and fifty two, two"
         " games clear.", _RECORD),
    left("The Cubs are 71-52 this year.", "The Cubs are seventy one and fifty two this year.", _RECORD),
    # h157: a pitcher's record before his earned run average is read (sports._PITCHER_RECORD_AFTER)
    ("Miller (10-6, 3.41 ERA) starts.", "Miller (ten and six, three point four one E.R.A) starts."),
    ("The team is 40-22 at home.", "The team is forty and twenty two at home."),  # guard: a record already
    ("Houston beat Texas 3-1.", "Houston beat Texas three to one."),  # guard: a game's score
    ("Boston lost 5-4 in Baltimore.", "Boston lost five to four in Baltimore."),  # guard
    left("He hit a 1-2 fastball.", "He hit a one two fastball.", _PITCH_COUNT),
    left("a scramble of about 100m leads up", "a scramble of about one hundred meters leads up", _BARE_M),
    left("a climb of 100m takes an hour.", "a climb of one hundred meters takes an hour.", _BARE_M),
    left("NASA lists more than 37,000 asteroids, about 11,000 of them larger than 140m.", "Nasa lists more than"
         " thirty seven thousand asteroids, about eleven thousand of them larger than one hundred and forty meters.",
         _BARE_M),
    ("with drops of 200m or more", "with drops of two hundred meters or more"),  # guard
    ("It is 68m long.", "It is sixty eight meters long."),  # guard
    ("Firms raised £310m in total.", "Firms raised three hundred ten million pounds in total."),  # guard: money
    # a chip's model number before a rate (h155, scales.py)
    ("the Core Ultra 9 285K at 195fps", "the Core Ultra nine two hundred eighty five K at one hundred and ninety"
     " five frames per second"),
    ("the 285K chip", "the two hundred eighty five K chip"),  # guard
    ("a salary of 45K a year", "a salary of forty five thousand a year"),  # guard: a thousand
    # h156: a case number and its year, digit by digit (dialling.py)
    ("The case number is 2601234/2026.", "The case number is two six zero one two three four slash twenty twenty"
     " six."),
    ("It cost 2601234 pounds.", "It cost two million six hundred one thousand two hundred thirty four pounds."),
    # a unit's symbol alone after "per" (h155, units.py)
    ("roughly 850kWh per kWp.", "roughly eight hundred and fifty kilowatt hours per kilowatt peak."),
    ("a 4.2kWp system", "a four point two kilowatt peak system"),  # guard
    ("roughly 900 kWh/kWp", "roughly nine hundred kilowatt hours per kilowatt peak"),  # guard
    ("at 24.86p per kWh", "at twenty four point eight six pence per kilowatt hour"),  # guard
    # a share price in pence that is also a screen's lines, after a price's words (h155, money.py)
    ("a target price of 360p", "a target price of three hundred sixty pence"),
    ("shares at 480p each", "shares at four hundred eighty pence each"),
    ("priced at 280p", "priced at two hundred eighty pence"),  # guard
    ("a 1080p screen", "a ten eighty p screen"),  # guard: a resolution
    ("a 720p video", "a seven twenty p video"),  # guard
    ("The CPIH rose.", "The C.P.I.H rose."),
    ("The CPI rose.", "The C.P.I rose."),  # guard
    ("a REWARD of 5", "a reward of five"),  # guard: a word in capitals
    ("cleared 6.28m WR at", "cleared six point two eight meters world record at"),  # test_speech_results_marks
    ("ran 9.81 PB", "ran nine point eight one personal best"),
    ("The WRU said.", "The W.R.U said."),  # guard
    ("a 2PB archive", "a two petabyte archive"),  # guard: a size
    ("in our eu-west-2 region", "in our E.U west two region"),  # h156: a cloud region (netnames.py)
    ("in us-east-1 today", "in U.S east one today"),
    ("the EU west", "the E.U west"),  # guard
])
def test_the_classes_left_to_the_normaliser(written: str, said: str) -> None:
    assert speakable(written) == said
