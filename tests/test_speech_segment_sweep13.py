"""The thirteenth segmentation sweep (h215): paragraphs of our own in genres the first twelve sweeps had least
(tests/fixtures/speech/segment_sweep13.tsv: military histories with ranks and units, academic CVs and references,
medical notes with dosing short forms, ships' and aircraft's names, concert programmes with opus and catalogue numbers,
legal documents, addresses run into prose, US states' short forms, titles before and after names, times with "a.m." and
"p.m." at a sentence's end, ellipses and dashes, emoji and hashtags, web and e-mail addresses, versions and decimals at
a sentence's end, closing brackets and quotes, dialogue with quoted questions, bullets run into prose), each written as
the sentences a reader cuts it into, before narrator read them. FIRST READING: 205 of 212 paragraphs cut exactly right
(of the two thirds worked on 137 of 142, of the third held aside, every third row, 68 of 70): references 12 of 13,
concert programmes 11 of 13, addresses 11 of 12, titles 12 of 13, emoji and hashtags 10 of 12, the other twelve genres
all right. Now 211 (worked 142 of 142, held aside 69 of 70: read once after the rules; its one miss is the known miss).

The classes fixed (credits.py, segment.py, short_runs.py, posts.py): a recording's guest after "feat." ("a remix feat.
DJ Shadow", "(feat. Elton John)"), where after a word that qualifies it "feat." is the noun and ends ("no easy feat.
While": words.py said it "featuring"); a referee's "Ref." before an initial and a name; a first performance's "perf."
before its date; an arranger's "arr." after a comma (citations.py says it "arranged by", a timetable's "arrival" it was,
and the referee "Referee", the first performance "First performance"); area feet before a plural and its verb ("sq. ft.
Plans are"); a rank a promotion reaches before a word that opens a sentence ("promoted to Prof. The post"); a journal's
"R." and its series' letter ("Proc. R. Soc. B, Vol. 281"); a pair said as one whose second word is whole ("Riverside
Ind. Park", words.WORD_PAIRS); one hashtag after a word before a word that opens a sentence or asks ("#foodie Who's
washing up?"). Of the earlier sweeps' left classes, the four known misses of the twelfth are cut right, and ", Ind.,"
after a candidate's name is read "Independent" where a vote follows or another party's label stands (places.py), not
after a place's word ("the mayor of Gary, Ind., won").

Left, with its class: one hashtag after a word before a common word in capitals ("#freedom Time to sleep") goes on, as
"#iPhone Camera app" must: a tag's word and the next sentence's opening noun look alike."""

from __future__ import annotations

import pytest
from sweeps import check_linear, check_segment_sweep, first, segment_cases

from narrator.speech import speakable
from narrator.speech.segment import sentences

# Rows the rules still cut otherwise (the row's first sentence -> the class and the module).
_KNOWN_MISSES: dict[str, str] = {
    "Exams are over #freedom": "one hashtag after a word before a common noun in capitals ('#freedom Time to sleep')"
                               " goes on, as '#iPhone Camera app' must: only a word that opens a sentence or asks"
                               " ends it (narrator/speech/posts.py)",
}
_EARLIER = first("segment_sweep", 12)


@pytest.mark.parametrize("said", segment_cases("segment_sweep13.tsv", _KNOWN_MISSES))
def test_a_paragraph_is_cut_as_a_reader_cuts_it(said: list[str]) -> None:
    assert sentences(" ".join(said)) == said


def test_the_sweep_is_its_own() -> None:
    """Its rows name only themselves as misses, and repeat no paragraph of the earlier sweeps."""
    check_segment_sweep("segment_sweep13.tsv", _KNOWN_MISSES, _EARLIER)


@pytest.mark.parametrize(("written", "said"), [
    # a guest after "feat." goes on after a name, a bracket or a recording's noun; the noun "feat" ends
    ("The last track is a remix feat. DJ Shadow. It ends.", ["The last track is a remix feat. DJ Shadow.", "It ends."]),
    ("It had vocals by Ana (feat. Elton John). Fine.", ["It had vocals by Ana (feat. Elton John).", "Fine."]),
    ("Drake feat. Rihanna topped the chart.", ["Drake feat. Rihanna topped the chart."]),
    ("It was no easy feat. While it is true, we won.", ["It was no easy feat.", "While it is true, we won."]),
    ("What an amazing feat. Liverpool won again.", ["What an amazing feat.", "Liverpool won again."]),
    ("The remix feat. It was a hit.", ["The remix feat.", "It was a hit."]),
    # a referee's "Ref." before an initial and a name; before a number or a word a reference's
    ("Att. 30,100. Ref. J. Moss.", ["Att. 30,100.", "Ref. J. Moss."]),
    ("See Ref. 12 for the method.", ["See Ref. 12 for the method."]),
    ("I could not read the Ref. The ink had run.", ["I could not read the Ref.", "The ink had run."]),
    # a first performance's "perf." before its date; before a word it ends
    ("First perf. 3 May 1905 in Paris.", ["First perf. 3 May 1905 in Paris."]),
    ("First perf. Nov. 1891, Vienna.", ["First perf. Nov. 1891, Vienna."]),
    ("That gig was perf. The crowd loved it.", ["That gig was perf.", "The crowd loved it."]),
    # an arranger after a comma or a bracket holds on to the name; a word that opens a sentence ends
    ("Carols, arr. J. Rutter, were sung.", ["Carols, arr. J. Rutter, were sung."]),
    ("A suite (arr. Ann Lee) closes it.", ["A suite (arr. Ann Lee) closes it."]),
    ("Bach, arr. The rest were new.", ["Bach, arr.", "The rest were new."]),
    # area feet end before a plural and its verb; before a named plural or a word that names go on
    ("It has 900 sq. ft. Prices are high.", ["It has 900 sq. ft.", "Prices are high."]),
    ("It is 6 ft. Walls were added.", ["It is 6 ft.", "Walls were added."]),
    ("It lies near Ft. Myers Beach.", ["It lies near Ft. Myers Beach."]),
    # a rank a promotion reaches ends before a word that opens a sentence; before a name it holds
    ("He rose to Maj. It was 1916.", ["He rose to Maj.", "It was 1916."]),
    ("She was appointed to Prof. The chair was new.", ["She was appointed to Prof.", "The chair was new."]),
    ("He was promoted to Gen. Haig's staff.", ["He was promoted to Gen. Haig's staff."]),
    ("He served as Capt. He Wei's aide.", ["He served as Capt. He Wei's aide."]),
    # a journal's "R." between its short forms and its series' letter hold; a letter before a word opens a sentence
    ("In Proc. R. Soc. A, Vol. 12. It is old.", ["In Proc. R. Soc. A, Vol. 12.", "It is old."]),
    ("We met in Leeds. R. Smith said no.", ["We met in Leeds.", "R. Smith said no."]),
    ("He read Proc. A new one came.", ["He read Proc.", "A new one came."]),
    ("I shop at Tesco. A, B and C came.", ["I shop at Tesco.", "A, B and C came."]),
    # a pair said as one whose second word is whole; at a sentence's end the pair ends it
    ("Go to Hale Ind. Park. Then turn left.", ["Go to Hale Ind. Park.", "Then turn left."]),
    ("Unit 3, Bay Ind. Centre, Hull.", ["Unit 3, Bay Ind. Centre, Hull."]),
    # one tag after a word before a word that opens a sentence or asks ends; before a noun it goes on
    ("Roast done #foodie Who's washing up?", ["Roast done #foodie", "Who's washing up?"]),
    ("Thanks #NHS We love you.", ["Thanks #NHS", "We love you."]),
    ("Loving the new #iPhone Camera app.", ["Loving the new #iPhone Camera app."]),
    ("Out now #music #new The link is up.", ["Out now #music #new", "The link is up."]),
])
def test_each_class_and_its_look_alikes(written: str, said: list[str]) -> None:
    assert sentences(written) == said


@pytest.mark.parametrize(("form", "count"), [
    ("a remix feat. DJ ", 4_000),  # guests
    ("no easy feat. While ", 4_000),  # the noun
    ("Ref. M. Oliver ", 4_000),  # referees
    ("perf. 12 ", 4_000),  # first performances
    ("1 sq. ft. Plans are ", 4_000),  # area feet
    ("promoted to Prof. The ", 4_000),  # ranks reached
    ("Proc. R. Soc. B, ", 4_000),  # journals' letters
    ("Ind. Park ", 4_000),  # pairs said as one
    ("done #a Who ", 4_000),  # one tag after a word
    ("#a ", 4_000),  # a run of tags, never closed
])
def test_the_new_classes_stay_linear(form: str, count: int) -> None:
    """Four times the text costs about four times as long."""
    sentences(form * 10)  # rules compiled before the timing
    check_linear(form, count, read=sentences, ratio=8)


@pytest.mark.parametrize("form", ["Gary, Ind. A ", "Ann, Ind., won by ", ", Dem., and Tom, Ind. ", "Ref. M. Oliver ",
                                  "perf. 12 Nov. ", "Bach, arr. P. Moore ", "no easy feat. While "])
def test_the_new_readings_stay_linear(form: str) -> None:
    """Four times the text costs about four times as long to read: another party's label is looked for once a text,
    not once for each "Ind." (which read a long text in time square)."""
    check_linear(form, 2_000, read=speakable, ratio=8)


@pytest.mark.parametrize(("written", "said"), [
    # "feat." credits a guest after a name, a bracket or a recording's noun; after a word that qualifies it, the noun
    ("Drake feat. Rihanna.", "Drake featuring Rihanna."),
    ("A remix feat. Adele.", "A remix featuring Adele."),
    ("It was no easy feat. While it is true, we won.", "It was no easy feat. While it is true, we won."),
    ("The feat. Nobody believed it.", "The feat. Nobody believed it."),
    # an arranger before "by" or "for", or after a comma before a name; a timetable's arrival before its time or place
    ("Bach, arr. P. Moore.", "Bach, arranged by P Moore."),
    ("A tune arr. by R. Vaughan Williams.", "A tune arranged by R Vaughan Williams."),
    ("A hymn (arr. for organ).", "A hymn (arranged for organ)."),
    ("Dep. 10:45, arr. 11:40.", "Departure ten forty five, arrival eleven forty."),
    # a referee before an initial and a name, a first performance before its date; a reference's number, a stamp's gauge
    ("Ref. M. Oliver.", "Referee M Oliver."),
    ("See Ref. 12.", "See Reference twelve."),
    ("First perf. 12 Nov. 1891.", "First performance the twelfth of November eighteen ninety one."),
    ("First perf. May 1905.", "First performance May nineteen o five."),
    ("The stamp is perf. 14.", "The stamp is perf. fourteen."),
    ("It was perf. May I go?", "It was perf. May I go?"),
    # an industrial park said whole
    ("Unit 6, Riverside Ind. Park.", "Unit six, Riverside Industrial Park."),
    # "Ind." after a candidate's name before a vote, or beside another party's label; a town's after a place's word
    ("Ann Lee, Ind., won by 12 votes.", "Ann Lee, Independent, won by twelve votes."),
    ("Jo Ross, Dem., and Tom Pike, Ind. The vote is today.",
     "Jo Ross, Dem., and Tom Pike, Independent. The vote is today."),
    ("The mayor of Gary, Ind., won by 12 votes.", "The mayor of Gary, Indiana, won by twelve votes."),
    ("Fort Wayne, Ind., held its election.", "Fort Wayne, Indiana, held its election."),
    ("He moved to Gary, Ind. He voted there.", "He moved to Gary, Indiana. He voted there."),
])
def test_a_credit_or_a_label_is_said_as_the_sentence_says_it(written: str, said: str) -> None:
    assert speakable(written) == said
