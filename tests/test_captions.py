"""Captions (WebVTT, SRT): a sentence a cue, long ones split at a clause, two lines of 42, about 7 s."""

from __future__ import annotations

import html
import json
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from narrator.audio.transcripts import (
    LINE_CHARS,
    SENTENCE_END_CHARS,
    caption_lines,
    captions,
    to_json_transcript,
    to_srt,
    to_vtt,
)
from narrator.model import Cue, Sentence

TIDE = Cue(10.0, 19.0, "Most coasts see two tides. The Moon pulls on the whole Earth. It pulls harder nearby.",
           sentences=(Sentence("Most coasts see two tides.", 26), Sentence("The Moon pulls on the whole Earth.", 34),
                      Sentence("It pulls harder nearby.", 23)))
LONG = ("On the near side, the water is pulled toward the Moon a little more than the solid Earth beneath it, "
        "so it bulges outward; on the far side the Earth is pulled away from the water.")


def test_each_sentence_is_a_cue_sharing_the_segment_time_by_spoken_length() -> None:
    cues = captions((TIDE,))
    assert [c.text for c in cues] == ["Most coasts see two tides.", "The Moon pulls on the whole Earth.",
                                      "It pulls harder nearby."]
    assert cues[0].start_s == 10.0 and cues[-1].end_s == 19.0
    assert all(a.end_s == b.start_s for a, b in pairwise(cues))
    weights = [26 + SENTENCE_END_CHARS, 34 + SENTENCE_END_CHARS, 23 + SENTENCE_END_CHARS]
    assert abs(cues[0].end_s - (10.0 + 9.0 * weights[0] / sum(weights))) < 1e-9


def test_a_long_sentence_is_split_at_clauses_into_two_line_cues() -> None:
    cues = captions((Cue(0.0, 11.0, LONG),))
    assert len(cues) >= 3
    assert " ".join(c.text for c in cues) == LONG
    ends = [c.text.rsplit(" ", 2)[-2:] for c in cues]
    assert ["near", "side,"] in ends and ["beneath", "it,"] in ends, "split where the clauses end"
    for cue in cues:
        lines = caption_lines(cue.text)
        assert len(lines) <= 2 and all(len(line) <= LINE_CHARS for line in lines)
        assert cue.end_s - cue.start_s <= 7.0


def test_a_short_sentence_read_slowly_is_split_for_time_only_when_it_has_words_to_spare() -> None:
    slow = captions((Cue(0.0, 12.0, "Tides rise, and tides fall, and the harbour waits for both."),))
    assert len(slow) == 2 and all(c.end_s - c.start_s <= 7.0 for c in slow)
    assert slow[0].text == "Tides rise, and tides fall," and slow[1].start_s == slow[0].end_s
    assert len(captions((Cue(0.0, 9.0, "Slowly, then."),))) == 1, "a two-word caption would flicker"


def test_a_word_longer_than_a_line_stays_whole() -> None:
    url = "https://example.net/" + "a" * 60
    cues = captions((Cue(0.0, 3.0, url),))
    assert [c.text for c in cues] == [url]


def test_two_lines_are_balanced() -> None:
    assert caption_lines("Freight trains moved 1.6 billion tons of goods across the U.S. in 2025,") == [
        "Freight trains moved 1.6 billion tons", "of goods across the U.S. in 2025,"]
    assert caption_lines("Short enough for one line.") == ["Short enough for one line."]


def test_vtt_and_srt_carry_the_captions_and_json_keeps_the_segments() -> None:
    cues = (TIDE, Cue(20.0, 31.0, LONG + " <b>&</b>"))
    vtt, srt = to_vtt(cues), to_srt(cues)
    assert vtt.startswith("WEBVTT\n\n1\n00:00:10.000 --> ")
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in vtt and "<b>&</b>" in srt
    blocks = [block.splitlines() for block in vtt.split("\n\n")[1:] if block.strip()]
    assert len(blocks) == len(captions(cues)) >= 6
    for block in blocks:
        assert block[0].isdigit() and " --> " in block[1]
        assert 1 <= len(block[2:]) <= 2 and all(len(html.unescape(line)) <= LINE_CHARS for line in block[2:]), block
    assert srt.count(" --> ") == len(blocks) and "00:00:10,000 --> " in srt
    segments = json.loads(to_json_transcript(cues))["segments"]
    assert [s["body"] for s in segments] == [TIDE.text, LONG + " <b>&</b>"], "the JSON keeps paragraphs"


_words = st.text(alphabet="abcdefghij", min_size=1, max_size=14)
_sentence = st.lists(_words, min_size=1, max_size=40).map(lambda ws: " ".join(ws) + ".")


@given(st.lists(_sentence, min_size=1, max_size=5), st.floats(min_value=0.5, max_value=60.0))
def test_captions_cover_the_segment_exactly_and_keep_every_word(sentences: list[str], span: float) -> None:
    cue = Cue(5.0, 5.0 + span, " ".join(sentences),
              sentences=tuple(Sentence(s, len(s)) for s in sentences) if len(sentences) > 1 else ())
    cues = captions((cue,))
    assert " ".join(c.text for c in cues).split() == cue.text.split()
    assert cues[0].start_s == cue.start_s and cues[-1].end_s == cue.end_s
    assert all(a.end_s == b.start_s and a.start_s <= a.end_s for a, b in pairwise(cues))
    for caption in cues:
        if len(caption.text.split()) > 1:
            assert len(caption_lines(caption.text)) <= 2
