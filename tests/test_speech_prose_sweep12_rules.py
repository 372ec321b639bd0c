"""The rules the twelfth sweep (tests/fixtures/speech/prose_sweep12.tsv) led to, each on sentences of our own that
it misread before, with the readings each rule must leave alone; and each rule's cheap first look, checked as
tests/test_speech_speed.py checks the others'."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from test_speech_speed import _TEXTS

from narrator.speech import speakable
from narrator.speech.normalise import arithmetic, en, markets, media, places, versions
from narrator.speech.normalise.util import char_classes


@pytest.mark.parametrize(("written", "spoken"), [
    # units the making and measuring fields print after a count
    ("The cluster is 13 Gly away.", "The cluster is thirteen billion light years away."),
    ("The pool hashes at 1.5 EH/s.", "The pool hashes at one point five exahashes per second."),
    ("My card did 60 MH/s.", "My card did sixty megahashes per second."),
    ("The summit is 4,000 ft ASL.", "The summit is four thousand feet above sea level."),
    ("The hut stands at 2,100 m a.s.l. in summer.", "The hut stands at two thousand one hundred meters above sea "
                                                     "level in summer."),
    ("The API allows 50 req/s per key.", "The A.P.I allows fifty requests per second per key."),
    ("Set rafters 24 in. o.c. on the porch.", "Set rafters twenty four inches on center on the porch."),
    ("It peaks at 3.5k req/s.", "It peaks at three point five thousand requests per second."),
])
def test_units_and_forms_of_the_making_fields(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("She went to Ly for the night.", "She went to Ly for the night."),
    ("He teaches ASL to 30 pupils.", "He teaches A.S.L to thirty pupils."),  # sign language, after no length
    ("The 12 req were sent.", "The twelve req were sent."),
])
def test_words_like_them_are_left(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # seconds against their "s" after a word of a limit or a span
    ("Try 15s at f/8 first.", "Try fifteen seconds at f eight first."),
    ("Exposures ran from 20s to 1/4000s.", "Exposures ran from twenty seconds to one four thousandth of a second."),
    ("It boots in under 5s.", "It boots in under five seconds."),
    ("Raise the limit to 120s and retry.", "Raise the limit to one hundred twenty seconds and retry."),
    ("The lock expires after 600s.", "The lock expires after six hundred seconds."),
    # decades, a team, aircraft and twos, left as they were read
    ("She is in her 30s.", "She is in her thirties."),
    ("Temperatures rose to 30s by noon.", "Temperatures rose to thirties by noon."),
    ("They went from 20s to 30s.", "They went from twenties to thirties."),
    ("It was a return to 80s glamour.", "It was a return to eighties glamour."),
    ("music from the 1960s to 80s", "music from the nineteen sixties to eighties"),
    ("The airline switched to 787s.", "The airline switched to seven eighty sevens."),  # h68: a jetliner's plural
    ("He counted in 2s and 3s.", "He counted in twos and threes."),
])
def test_seconds_after_a_limit(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # an angle in degrees and minutes with no hemisphere after it, its sign said first
    ("Polaris sits at Dec +89° 15′ tonight.", "Polaris sits at Dec plus eighty nine degrees fifteen minutes tonight."),
    ("The target is at -5°23'.", "The target is at minus five degrees twenty three minutes."),
    ("The ramp climbs at 4°30' for ten yards.", "The ramp climbs at four degrees thirty minutes for ten yards."),
    # a latitude keeps its hemisphere; a lone degree and a height in feet after a comma are left
    ("It lies at 12°30'N.", "It lies at twelve degrees thirty minutes north."),
    ("It was 5°, 6' tall.", "It was five degrees, six feet tall."),
])
def test_angles_in_degrees_and_minutes(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a recording's bit depth and sample rate
    ("Masters arrive as 24-bit/192kHz files.", "Masters arrive as twenty four bit, one hundred and ninety two "
                                               "kilohertz files."),
    ("It plays 16bit/48 kHz audio.", "It plays sixteen bit, forty eight kilohertz audio."),
    ("a 32-bit/64-bit build", "a thirty two bit or sixty four bit build"),
])
def test_bit_depth_and_sample_rate(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # "TDs" after a count: Ireland's members of the Dáil where the sentence speaks of a parliament, not football
    ("Fine Gael now has 38 TDs.", "Fine Gael now has thirty eight T.D.'s."),
    ("The coalition needs 80 TDs to pass it.", "The coalition needs eighty T.D.'s to pass it."),
    ("He threw 4 TDs in the game.", "He threw four touchdowns in the game."),
    ("Allen ran for 2 TDs.", "Allen ran for two touchdowns."),
    # an emergency number before what it names, leading a headline
    ("911 outage leaves county without help", "nine one one outage leaves county without help"),
    ("The 911 number failed for an hour.", "The nine one one number failed for an hour."),
    ("He bought 911 numbers.", "He bought nine hundred eleven numbers."),
])
def test_a_parliament_and_an_emergency_number(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a programme named by its time
    ("He spoke to the BBC's 10.00 news.", "He spoke to the B.B.C.'s ten o'clock news."),
    ("She was on SBS's 6.30 bulletin.", "She was on SBS's six thirty bulletin."),
    ("He said so on 7.30 tonight.", "He said so on seven thirty tonight."),
    # a price, an amount and a decimal after "on" are left
    ("ABC's 7.30 billion deal", "A.B.C.'s seven point three zero billion deal"),
    ("The FTSE's 7.30 rise", "The Footsie's seven point three zero rise"),
    ("It rose on 2.50 yesterday.", "It rose on two point five zero yesterday."),
    ("On 7.30, he left.", "On seven point three zero, he left."),
])
def test_a_programme_named_by_its_time(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # a size after "a" whose noun is left out at a clause's end
    ("Swap the kit zoom for a 35mm.", "Swap the kit zoom for a thirty five millimeter."),
    ("She ordered a 5kg; he took a 2kg.", "She ordered a five kilogram; he took a two kilogram."),
    ("It has a 300ppi, 6\" screen.", "It has a three hundred pixels per inch, six inch screen."),
    ("He ran 10km in 40 minutes.", "He ran ten kilometers in forty minutes."),
    # an index's base year, a poll's mark of no change, a version's caret
    ("Output (2019=100) fell.", "Output (twenty nineteen equals one hundred) fell."),
    ("Lab 38% (nc), Con 25% (=).", "Lab thirty eight percent (no change), Con twenty five percent (no change)."),
    ("Require ^3.4 or later.", "Require caret three point four or later."),
    ("It grows as 2^16.", "It grows as two to the power of sixteen."),
    ("^ Smith 2001", "Smith two thousand one"),
])
def test_sizes_bases_marks_and_carets(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    # the second round's forms: seconds after "then" and before "every", a filter's slope, a shoe's width, an
    # economist's months on months
    ("Retry after 90s, then 180s.", "Retry after ninety seconds, then one hundred eighty seconds."),
    ("It flashes for 15s every minute.", "It flashes for fifteen seconds every minute."),
    ("It was big in the 70s, then 80s music took over.", "It was big in the seventies, then eighties music took "
                                                           "over."),
    ("The filter rolls off at 12 dB/oct.", "The filter rolls off at twelve decibels per octave."),
    ("She wears a size 9W in boots.", "She wears a size nine W in boots."),
    ("My size is 10.5N.", "My size is ten point five N."),
    ("A 9.8N force pushed it.", "A nine point eight newton force pushed it."),
    ("Retail sales rose 1.1% 6m/6m.", "Retail sales rose one point one percent six months on six months."),
    ("It runs 3m/5m.", "It runs three meters or five meters."),
])
def test_the_second_rounds_forms(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
@example("try 30s at f/1.8, from 30s to 1/8000s, in under 10s; to 300s and 30s.")
@example("Dec +7° 24', -16°43'15\" and 12°30'")
@example("24-bit/96kHz, 16bit/44.1 kHz and 24 bit/48kHz")
@example("ABC's 7.30, TV’s 10.00 and on 6.15 tonight")
@example("(2015=100), 15% (nc), 2 (n/c), 12% (=), ^1.2.0, 3m/3m")
def test_each_first_look_holds_where_its_rule_matches(text: str) -> None:
    gates = [
        (en._SECONDS_AFTER_LIMIT, "0a" in char_classes(text) and en._MAY_BE_SECONDS.search(text) is not None),
        (places._ANGLE, "°" in text and "'" in text),
        (media._BIT_DEPTH_RATE, "/" in text and "bit/" in text),
        (en._PROGRAMME_TIME, "0.00" in char_classes(text) and ("s " in text or "n " in text)),
        (arithmetic._INDEX_BASE, "=" in text and "=1" in text),
        (markets._NO_CHANGE, ")" in text and ("(n" in text or "(N" in text or "(=" in text)),
        (versions._CARET_VERSION, "^" in text),
        (markets._MONTHS_ON_MONTHS, "m/" in text),
    ]
    for pattern, gate in gates:
        if pattern.search(text):
            assert gate, (pattern.pattern, text)
