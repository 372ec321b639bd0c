"""What the sweeps of our own sentences share: their rows, the forms a voice says alike, and the standard tests each
sweep file collects (`sweep_tests`), so that a file keeps only its data: its rows' file, its known misses, what it
promises of itself and its own tests of the classes it fixed.

A new sweep file needs two lines beside its known misses:

    SWEEP = Sweep("prose_sweep32.tsv", _KNOWN_MISSES, form=relaxed, tagged=True, least=180, styles=2)
    globals().update(sweep_tests(SWEEP))
"""

from __future__ import annotations

import gc
import re
import shutil
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
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
# The languages the language sweeps write in, each row's style opening with its tag ("de/sport").
LANGUAGES = ("de", "fr", "es", "it", "pt")
ESPEAK = shutil.which("espeak-ng")
# A test that hears a reading through espeak-ng, skipped where it is not installed.
needs_espeak = pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed (make setup installs it)")
# The names the unit sets' two standard tests have had since the third set.
UNIT_SET_TESTS = {"checks": "test_every_category_has_items_and_none_repeats_the_earlier_sets", "each_row": "test_item"}


def folded(text: str) -> str:
    """"one hundred and five" -> "one hundred five", "U.T.C" -> "UTC": forms a voice says alike."""
    return _LETTER_STOP.sub("", _NUMBER_AND.sub(r"\1 ", text))


def lenient(text: str) -> str:
    """Lower case, punctuation dropped, "hundred and five" -> "hundred five", "u s" -> "us": how the unit items of
    our own are compared, as NeMo's lenient score compares."""
    text = " ".join(_PUNCT.sub(" ", text.lower()).split())
    text = _NUMBER_AND.sub(r"\1 ", text)
    return _SPACED_LETTER.sub(r"\1", _SPACED_LETTER.sub(r"\1", text))


def relaxed(text: str) -> str:
    """Folded, lower case, punctuation dropped: the benchmark's relaxed form of a reading."""
    return " ".join(_PUNCT.sub(" ", folded(text).lower()).split())


def letters_kept(text: str) -> str:
    """Lower case, punctuation dropped, "hundred and five" -> "hundred five", but an initialism's letters kept apart
    ("F.B.I" -> "f b i", "NASA" -> "nasa"): a spelled initialism and an acronym said as a word differ."""
    return _NUMBER_AND.sub(r"\1 ", " ".join(_PUNCT.sub(" ", text.lower()).split()))


def sweep_rows(path: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    """A sweep's rows: its style or category, what is written, the readings a newsreader may give."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return [(style, written, tuple(spoken)) for style, written, *spoken in rows]


def first(series: str, count: int) -> tuple[str, ...]:
    """The first sweeps of a series, by their files ("unit_tokens.tsv", "unit_tokens2.tsv", ...)."""
    return tuple(f"{series}{number if number > 1 else ''}.tsv" for number in range(1, count + 1))


def check_new_rows(rows: list[tuple[str, str, tuple[str, ...]]], earlier: tuple[str, ...],
                   known_misses: dict[str, str]) -> None:
    """A new sweep writes each input once, repeats none of the earlier sweeps' (their files in fixtures/speech), and
    names only its own rows as known misses."""
    written = [row[1] for row in rows]
    before = {row[1] for name in earlier for row in sweep_rows(FIXTURES / name)}
    # (this module's asserts are not rewritten by pytest: each says what failed)
    twice = sorted(input for input, count in Counter(written).items() if count > 1)
    assert not twice, f"written twice: {twice}"
    assert not set(written) & before, f"written in an earlier sweep: {sorted(set(written) & before)}"
    assert set(known_misses) <= set(written), f"known misses not its own: {sorted(set(known_misses) - set(written))}"


def check_row(written: str, readings: tuple[str, ...], known_misses: dict[str, str],
              form: Callable[[str], str] = folded, language: str = "en") -> None:
    """Pass when the reading (in the language tag given) is one of the row's, compared in form; a known miss is an
    expected failure, until it reads right."""
    said = speakable(written, language)
    read = form(said) in {form(reading) for reading in readings}
    if written in known_misses:
        assert not read, "read now: take it out of the known misses"
        pytest.xfail(known_misses[written])
    assert read, f"{written!r} is read {said!r}, none of {readings!r}"


@dataclass(frozen=True)
class Sweep:
    """A sweep of our own sentences: its rows' file, its known misses, how a reading is compared, and what the sweep
    promises of itself (so many rows, such styles, nothing an earlier sweep wrote)."""

    name: str
    """Its file in fixtures/speech: a row is a style, what is written, and the readings a newsreader may give."""
    known_misses: Mapping[str, str] = field(default_factory=dict)
    """What is written -> why it is not read right yet (strict xfails, so that a fix elsewhere shows)."""
    form: Callable[[str], str] = folded
    """The form a reading and the row's readings are compared in."""
    tagged: bool = False
    """The style opens with the language tag the row is read in ("en-gb", "de/sport"); else the row is read as "en"."""
    least: int = 0
    """Rows at least."""
    styles: int | Collection[str] = 0
    """Styles (after the tag, when there is more than it) at least so many, or at least these."""
    only: bool = False
    """The styles are exactly so many, or exactly these."""
    each: int = 0
    """Rows of each style at least."""
    languages: Collection[str] = ()
    """The language tags the rows are read in, exactly, when named."""
    earlier: tuple[str, ...] | None = None
    """The sweeps (files in fixtures/speech) whose inputs no row repeats; None: every other file there."""
    any_case: bool = False
    """No row repeats an earlier sweep's input in another case either ("4 KW" after "4 kw")."""

    def rows(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """The sweep's rows."""
        return sweep_rows(FIXTURES / self.name)

    def language(self, style: str) -> str:
        """The language tag a row of this style is read in."""
        return style.split("/")[0] if self.tagged else "en"

    def check_sweep(self) -> None:
        """The sweep is as large and varied as it says, writes each input once, repeats no earlier sweep's, and names
        only its own rows as known misses."""
        rows = self.rows()
        styles = [style.split("/", 1)[-1] for style, _, _ in rows]
        kinds = set(styles)
        assert len(rows) >= self.least, f"{len(rows)} rows, fewer than {self.least}"
        if isinstance(self.styles, int):
            assert len(kinds) == self.styles if self.only else len(kinds) >= self.styles, sorted(kinds)
        else:
            assert kinds == set(self.styles) if self.only else set(self.styles) <= kinds, sorted(kinds)
        fewest = min(kinds, key=styles.count, default="")
        assert styles.count(fewest) >= self.each, f"{styles.count(fewest)} rows of {fewest}, fewer than {self.each}"
        if self.languages:
            tags = {self.language(style) for style, _, _ in rows}
            assert tags == set(self.languages), sorted(tags)
        earlier = self.earlier if self.earlier is not None else tuple(
            path.name for path in sorted(FIXTURES.glob("*.tsv")) if path.name != self.name)
        check_new_rows(rows, earlier, dict(self.known_misses))
        if self.any_case:
            before = {row[1].lower() for name in earlier for row in sweep_rows(FIXTURES / name)}
            assert not {row[1].lower() for row in rows} & before, "an earlier sweep's input in another case"

    def cases(self) -> list[object]:
        """The rows as test cases (style, written, readings), named by style and place."""
        return [pytest.param(*row, id=f"{row[0]}-{i}") for i, row in enumerate(self.rows())]

    def check(self, style: str, written: str, readings: tuple[str, ...]) -> None:
        """The row is read as one of its readings, or is a known miss still misread."""
        check_row(written, readings, dict(self.known_misses), self.form, self.language(style))


def sweep_tests(sweep: Sweep, checks: str = "test_the_sweep_is_varied_and_new",
                each_row: str = "test_sweep") -> dict[str, Callable[..., None]]:
    """The tests every sweep file runs, by the names it gives them, for its module's globals (pytest collects them
    there): the sweep's promises of itself, and each row read."""
    def test_the_sweep() -> None:
        sweep.check_sweep()

    @pytest.mark.parametrize(("style", "written", "readings"), sweep.cases())
    def test_each_row(style: str, written: str, readings: tuple[str, ...]) -> None:
        sweep.check(style, written, readings)

    tests: dict[str, Callable[..., None]] = {checks: test_the_sweep, each_row: test_each_row}
    for name, test in tests.items():
        test.__name__ = test.__qualname__ = name
    return tests


def rule_tests(read: Sequence[tuple[str, str, str]],
               left: Sequence[tuple[str, str, str]]) -> dict[str, Callable[..., None]]:
    """The tests of a sweep's rules, for its module's globals: each class read as its examples of our own say, and what
    only looks like one left as it is, each example (language, written, reading) compared to the letter."""
    @pytest.mark.parametrize(("language", "written", "reading"), read)
    def test_a_class_is_read(language: str, written: str, reading: str) -> None:
        said = speakable(written, language)
        assert said == reading, f"{written!r} is read {said!r}"

    @pytest.mark.parametrize(("language", "written", "reading"), left)
    def test_what_only_looks_like_it_is_left(language: str, written: str, reading: str) -> None:
        said = speakable(written, language)
        assert said == reading, f"{written!r} is read {said!r}"

    return {test.__name__: test for test in (test_a_class_is_read, test_what_only_looks_like_it_is_left)}


def phonemes(text: str, voice: str) -> str:
    """What espeak-ng would say, as its phoneme mnemonics."""
    assert ESPEAK is not None
    done = subprocess.run([ESPEAK, "-q", "-x", "-v", voice, "--", text], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def check_fast(texts: Sequence[str], language: str, seconds: float = 10) -> None:
    """Text built to be slow for a rule that scans back or ahead at every start is read in all in under `seconds` CPU
    seconds (a rule that does so costs minutes on it)."""
    spent = sum(cpu_seconds(lambda text: speakable(text, language), text) for text in texts)
    assert spent < seconds, f"{spent:.1f} CPU seconds for {language!r}'s hostile texts"


def voice_tests(said: Sequence[tuple[str, str, str]]) -> dict[str, Callable[..., None]]:
    """A language sweep's test, for its module's globals, that the voice says what the rules give it (language,
    written, what a reader says) as it says the reader's words, where espeak-ng is installed."""
    @needs_espeak
    @pytest.mark.parametrize(("language", "written", "said"), said)
    def test_the_voice_says_the_reading(language: str, written: str, said: str) -> None:
        ours = speakable(written, language)
        assert phonemes(ours, language) == phonemes(said, language), f"{ours!r} is not said as {said!r}"

    return {test_the_voice_says_the_reading.__name__: test_the_voice_says_the_reading}


def hostile_tests(hostile: Mapping[str, Sequence[str]]) -> dict[str, Callable[..., None]]:
    """A language sweep's test, for its module's globals, that each language's hostile texts are read fast."""
    @pytest.mark.parametrize("language", sorted(hostile))
    def test_the_new_rules_stay_fast_on_hostile_text(language: str) -> None:
        check_fast(hostile[language], language)

    return {test_the_new_rules_stay_fast_on_hostile_text.__name__: test_the_new_rules_stay_fast_on_hostile_text}


def cpu_seconds(read: Callable[[str], object], text: str) -> float:
    """CPU seconds this process spends reading text once: not wall-clock time, which a loaded machine stretches, and
    with the collector held off, whose full sweep of a long test session's heap costs the same for any text."""
    held = gc.isenabled()
    gc.disable()
    try:
        start = time.process_time()
        read(text)
        return time.process_time() - start
    finally:
        if held:
            gc.enable()


def check_linear(token: str, small: int = 1000, read: Callable[[str], object] = lambda text: speakable(text, "en-gb"),
                 ratio: float = 12, tries: int = 3) -> None:
    """Reading a run of the token four times as long costs about four times the CPU time, under `ratio` times: the
    long run is measured against the short one in the same process, so that a slow or loaded machine cancels out, and
    measured again (up to `tries` times) before failing, so that one stalled run does not fail it. A rule that rescans
    from every start costs sixteen times as much every time."""
    costs = []
    for _ in range(tries):
        short, long = cpu_seconds(read, token * small), cpu_seconds(read, token * small * 4)
        if long < ratio * max(short, 0.005):
            return
        costs.append((round(short, 3), round(long, 3)))
    pytest.fail(f"{token!r}: four times the text cost over {ratio} times the CPU seconds {tries} times: {costs}")


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
