"""Transcripts and chapters beside the MP3: WebVTT, SRT, Podcasting 2.0 JSON transcript and chapters.

The JSON transcript keeps one cue per spoken segment (the page shows them as paragraphs). WebVTT and SRT
are captions: one sentence a cue, a long sentence split at a clause (else at the word nearest its middle),
at most two lines of 42 characters and about 7 seconds. A segment's start and end are exact (assembly
counts its frames); its sentences share that time by the length of their spoken form, and a split
sentence shares its own time by written length.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path

from narrator.files import write_text
from narrator.model import Chapter, Cue, Sentence

LINE_CHARS = 42
MAX_LINES = 2
MAX_CUE_S = 7.0
MIN_WORDS_TO_SPLIT_FOR_TIME = 6
"""A cue shorter than this is left whole however slowly it is read: captions of two words flicker."""
_DASHES = ("- ", "\u2013 ", "\u2014 ")
_CONJUNCTIONS = frozenset({"and", "but", "or", "nor", "so", "yet", "because", "while", "although", "though",
                           "whereas", "which", "who", "whose", "where", "when", "unless", "until", "since", "if"})
SENTENCE_END_CHARS = 8
"""Added to each sentence's spoken length when sharing a segment's time: the voice pauses after a sentence.
Fitted on Piper's sentence gaps in the three examples (15 boundaries: mean error 0.04 s, largest 0.17 s)."""


def _clock(seconds: float, separator: str) -> str:
    """HH:MM:SS.mmm (VTT) or HH:MM:SS,mmm (SRT)."""
    millis = max(0, round(seconds * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def _one_line(text: str) -> str:
    """Cue text on one line: a blank line would end the cue early."""
    return " ".join(text.split())


def caption_lines(text: str) -> list[str]:
    """One line, or two of at most 42 characters broken at the space that balances them best."""
    text = _one_line(text)
    if len(text) <= LINE_CHARS:
        return [text]
    breaks = [m for m in re.finditer(r" ", text) if m.start() <= LINE_CHARS and len(text) - m.end() <= LINE_CHARS]
    if not breaks:  # too long for two lines (a cue that cannot be split): wrap as it comes
        return textwrap.wrap(text, LINE_CHARS, break_long_words=False, break_on_hyphens=False)
    best = min(breaks, key=lambda m: abs(m.start() - (len(text) - m.end())))
    return [text[: best.start()], text[best.end() :]]


def captions(cues: tuple[Cue, ...]) -> tuple[Cue, ...]:
    """Caption cues: one sentence each, long ones split, every one within two lines and about 7 s."""
    result: list[Cue] = []
    for cue in cues:
        for text, start, end in _sentence_times(cue):
            result.extend(_fitted(text, start, end))
    return tuple(result)


def _sentence_times(cue: Cue) -> Iterator[tuple[str, float, float]]:
    """Each sentence of a segment's cue with its share of the cue's time (by spoken length)."""
    sentences = cue.sentences or (Sentence(cue.text, len(cue.text)),)
    weights = [sentence.spoken_chars + SENTENCE_END_CHARS for sentence in sentences]
    total, span = sum(weights), cue.end_s - cue.start_s
    done = 0
    for sentence, weight in zip(sentences, weights, strict=True):
        start = cue.start_s + span * done / total
        done += weight
        end = cue.end_s if done == total else cue.start_s + span * done / total
        yield _one_line(sentence.display), start, end


def _fitted(text: str, start: float, end: float) -> list[Cue]:
    """The text as one cue if it fits, else split in two (times by written length) and each fitted."""
    words = len(text.split())
    too_long = end - start > MAX_CUE_S and words >= MIN_WORDS_TO_SPLIT_FOR_TIME
    if words < 2 or (len(caption_lines(text)) <= MAX_LINES and not too_long):
        return [Cue(start, end, text)]
    head, tail = _halves(text)
    middle = start + (end - start) * len(head) / (len(head) + len(tail))
    return _fitted(head, start, middle) + _fitted(tail, middle, end)


def _halves(text: str) -> tuple[str, str]:
    """Split at the space that best keeps clauses whole and the halves even (neither under 12 characters)."""
    middle = len(text) / 2

    def cost(space: re.Match[str]) -> float:
        head, tail = text[: space.start()], text[space.end() :]
        score = abs(space.start() - middle) / len(text)
        if head.endswith((",", ";", ":")) or tail.startswith(_DASHES):
            score -= 0.5
        elif tail.split(" ", 1)[0].lower() in _CONJUNCTIONS:
            score -= 0.15
        return score + (1.0 if min(len(head), len(tail)) < 12 else 0.0)

    best = min(re.finditer(r"\s+", text), key=cost)
    return text[: best.start()], text[best.end() :]


def to_vtt(cues: tuple[Cue, ...]) -> str:
    """WebVTT captions, numbered; &, < and > escaped as the format requires."""
    lines = ["WEBVTT", ""]
    for number, cue in enumerate(captions(cues), start=1):
        text = [line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                for line in caption_lines(cue.text)]
        lines += [str(number), f"{_clock(cue.start_s, '.')} --> {_clock(cue.end_s, '.')}", *text, ""]
    return "\n".join(lines)


def to_srt(cues: tuple[Cue, ...]) -> str:
    """SubRip captions, numbered."""
    lines: list[str] = []
    for number, cue in enumerate(captions(cues), start=1):
        timing = f"{_clock(cue.start_s, ',')} --> {_clock(cue.end_s, ',')}"
        lines += [str(number), timing, *caption_lines(cue.text), ""]
    return "\n".join(lines)


def to_json_transcript(cues: tuple[Cue, ...]) -> str:
    """Podcasting 2.0 JSON transcript (version 1.0.0)."""
    segments = [
        {"startTime": round(c.start_s, 3), "endTime": round(c.end_s, 3), "body": _one_line(c.text)}
        for c in cues
    ]
    return json.dumps({"version": "1.0.0", "segments": segments}, ensure_ascii=False, indent=1) + "\n"


def to_json_chapters(chapters: tuple[Chapter, ...]) -> str:
    """Podcasting 2.0 JSON chapters (version 1.2.0)."""
    items = [{"startTime": round(c.start_s, 3), "title": c.title} for c in chapters]
    return json.dumps({"version": "1.2.0", "chapters": items}, ensure_ascii=False, indent=1) + "\n"


def sidecar(mp3: Path, suffix: str) -> Path:
    """The file beside mp3 with the same stem: x.mp3 -> x.vtt."""
    return mp3.with_name(mp3.stem + suffix)


def write_transcripts(mp3: Path, cues: tuple[Cue, ...], chapters: tuple[Chapter, ...]) -> list[Path]:
    """Write the four sidecar files atomically; return their paths."""
    contents = {
        ".vtt": to_vtt(cues),
        ".srt": to_srt(cues),
        ".json": to_json_transcript(cues),
        ".chapters.json": to_json_chapters(chapters),
    }
    written = []
    for suffix, text in contents.items():
        path = sidecar(mp3, suffix)
        write_text(path, text)
        written.append(path)
    return written
