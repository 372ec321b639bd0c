"""What the sweeps of our own sentences share: their rows, and the forms a voice says alike."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from narrator.speech import speakable

_NUMBER_WORD = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
_NUMBER_AND = re.compile(rf"\b(hundred|thousand|million|billion) and (?=(?:{_NUMBER_WORD})\b)")
_LETTER_STOP = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z]\b)")
_PUNCT = re.compile(r"[^\w\s]|_")
_SPACED_LETTER = re.compile(r"\b([a-z]) (?=[a-z]\b)")
FIXTURES = Path(__file__).parent / "fixtures" / "speech"


def folded(text: str) -> str:
    """"one hundred and five" -> "one hundred five", "U.T.C" -> "UTC": forms a voice says alike."""
    return _LETTER_STOP.sub("", _NUMBER_AND.sub(r"\1 ", text))


def lenient(text: str) -> str:
    """Lower case, punctuation dropped, "hundred and five" -> "hundred five", "u s" -> "us": how the unit items of
    our own are compared, as NeMo's lenient score compares."""
    text = " ".join(_PUNCT.sub(" ", text.lower()).split())
    text = _NUMBER_AND.sub(r"\1 ", text)
    return _SPACED_LETTER.sub(r"\1", _SPACED_LETTER.sub(r"\1", text))


def letters_kept(text: str) -> str:
    """Lower case, punctuation dropped, "hundred and five" -> "hundred five", but an initialism's letters kept apart
    ("F.B.I" -> "f b i", "NASA" -> "nasa"): a spelled initialism and an acronym said as a word differ."""
    return _NUMBER_AND.sub(r"\1 ", " ".join(_PUNCT.sub(" ", text.lower()).split()))


def sweep_rows(path: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    """A sweep's rows: its style or category, what is written, the readings a newsreader may give."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return [(style, written, tuple(spoken)) for style, written, *spoken in rows]


def check_new_rows(rows: list[tuple[str, str, tuple[str, ...]]], earlier: tuple[str, ...],
                   known_misses: dict[str, str]) -> None:
    """A new sweep writes each input once, repeats none of the earlier sweeps' (their files in fixtures/speech), and
    names only its own rows as known misses."""
    written = [row[1] for row in rows]
    before = {row[1] for name in earlier for row in sweep_rows(FIXTURES / name)}
    assert len(set(written)) == len(written)
    assert not set(written) & before
    assert set(known_misses) <= set(written)


def check_row(written: str, readings: tuple[str, ...], known_misses: dict[str, str],
              form: Callable[[str], str] = folded, language: str = "en") -> None:
    """Pass when the reading (in the language tag given) is one of the row's, compared in form; a known miss is an
    expected failure, until it reads right."""
    read = form(speakable(written, language)) in {form(reading) for reading in readings}
    if written in known_misses:
        assert not read, "read now: take it out of the known misses"
        pytest.xfail(known_misses[written])
    assert read


def segment_paragraphs(name: str) -> list[tuple[str, list[str]]]:
    """A segment sweep's rows (genre, the sentences a reader cuts the paragraph into), from its fixture file."""
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    return [(genre, said) for genre, *said in (line.split("\t") for line in lines if line and not line.startswith("#"))]


def segment_cases(name: str, known_misses: dict[str, str]) -> list[object]:
    """A segment sweep's rows as test cases, each known miss (by its first sentence) a strict xfail."""
    cases = []
    for genre, said in segment_paragraphs(name):
        reason = known_misses.get(said[0])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(said, marks=marks, id=f"{genre}-{said[0][:40]}"))
    return cases


def check_segment_sweep(name: str, known_misses: dict[str, str], earlier: tuple[str, ...] = ()) -> None:
    """The sweep names only its own rows as misses and repeats no paragraph of the earlier sweeps."""
    rows = segment_paragraphs(name)
    assert set(known_misses) <= {said[0] for _, said in rows}
    before = {" ".join(said) for sweep in earlier for _, said in segment_paragraphs(sweep)}
    assert not {" ".join(said) for _, said in rows} & before
