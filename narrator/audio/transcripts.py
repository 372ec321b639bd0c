"""Transcripts and chapters beside the MP3: WebVTT, SRT, Podcasting 2.0 JSON transcript and chapters."""

from __future__ import annotations

import json
from pathlib import Path

from narrator.files import write_text
from narrator.model import Chapter, Cue


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


def to_vtt(cues: tuple[Cue, ...]) -> str:
    """WebVTT with numbered cues; &, < and > escaped as the format requires."""
    lines = ["WEBVTT", ""]
    for number, cue in enumerate(cues, start=1):
        text = _one_line(cue.text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        lines += [str(number), f"{_clock(cue.start_s, '.')} --> {_clock(cue.end_s, '.')}", text, ""]
    return "\n".join(lines)


def to_srt(cues: tuple[Cue, ...]) -> str:
    """SubRip with numbered cues."""
    lines: list[str] = []
    for number, cue in enumerate(cues, start=1):
        timing = f"{_clock(cue.start_s, ',')} --> {_clock(cue.end_s, ',')}"
        lines += [str(number), timing, _one_line(cue.text), ""]
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
