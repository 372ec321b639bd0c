"""One contract suite, run against every engine available here (skipped with the reason otherwise)."""

from __future__ import annotations

import array

import pytest

from narrator.engines import engine_names, get_engine, probe
from narrator.engines.base import Engine
from narrator.errors import ConfigError
from narrator.model import Audio, Voice

ENGLISH = {"piper": "en_US-joe-medium", "espeak": "en-us", "pyttsx3": None}


def _engine(name: str) -> Engine:
    """The engine, or a skip that says why it cannot run here."""
    usable, why = probe(name)
    if not usable:
        pytest.skip(f"{name} not usable here: {why}")
    return get_engine(name)


def _voice(engine: Engine) -> Voice:
    """An English voice of engine."""
    wanted = ENGLISH.get(engine.name)
    voices = engine.voices()
    for voice in voices:
        if voice.id == wanted or (wanted is None and voice.language.lower().startswith("en")):
            return voice
    return voices[0]


def _peak(audio: Audio) -> int:
    """Largest absolute sample value."""
    samples = array.array("h", audio.pcm)
    return max((abs(s) for s in samples), default=0)


@pytest.fixture(params=engine_names())
def engine(request: pytest.FixtureRequest) -> Engine:
    """Each registered engine in turn."""
    return _engine(request.param)


def test_speaks_mono_pcm_with_its_sample_rate(engine: Engine) -> None:
    audio = engine.synthesise("The council met on Tuesday.", _voice(engine))
    assert 8_000 <= audio.sample_rate <= 48_000
    assert len(audio.pcm) % 2 == 0
    assert 0.6 < audio.duration_s < 6.0
    assert _peak(audio) > 1_000, "audio is silent"


def test_longer_text_gives_longer_audio(engine: Engine) -> None:
    voice = _voice(engine)
    short = engine.synthesise("Tides.", voice)
    long = engine.synthesise(
        "Most coasts see two high tides and two low tides every day, because the Moon pulls "
        "on the whole Earth and harder on the side that faces it.",
        voice,
    )
    assert long.duration_s > 3 * short.duration_s


def test_whitespace_only_text_is_silence_not_an_error(engine: Engine) -> None:
    audio = engine.synthesise(" \n\t ", _voice(engine))
    assert audio.duration_s == 0.0
    assert audio.sample_rate > 0


def test_non_ascii_text(engine: Engine) -> None:
    audio = engine.synthesise("Café owners in Zürich said “naïve” résumés don’t help — 10 €.", _voice(engine))
    assert audio.duration_s > 1.5
    assert _peak(audio) > 1_000


def test_segment_at_max_chars(engine: Engine) -> None:
    sentence = "The river rose slowly through the night and the town watched it climb. "
    text = (sentence * (engine.max_chars // len(sentence) + 1))[: engine.max_chars].rsplit(" ", 1)[0]
    assert len(text) <= engine.max_chars
    audio = engine.synthesise(text, _voice(engine))
    words = len(text.split())
    # A complete reading takes at least 0.2 s a word: catches engines that drop or truncate text.
    assert audio.duration_s > words * 0.2, f"{audio.duration_s:.1f} s for {words} words"


def test_rate_changes_speed(engine: Engine) -> None:
    voice = _voice(engine)
    text = "Freight trains moved more goods this year than in any year since records began."
    normal = engine.synthesise(text, voice, rate=1.0)
    fast = engine.synthesise(text, voice, rate=1.5)
    assert fast.duration_s < 0.9 * normal.duration_s


def test_unknown_engine_names_the_valid_ones() -> None:
    with pytest.raises(ConfigError) as info:
        get_engine("festival-9000")
    assert "piper" in str(info.value) and "espeak" in str(info.value)


def test_piper_is_available_with_the_packaged_voice() -> None:
    """The default engine must work on every supported machine (it comes from PyPI)."""
    engine = get_engine("piper")
    assert "en_US-joe-medium" in [v.id for v in engine.voices()]


def test_engines_print_nothing_on_our_stdout(engine: Engine, capfd: pytest.CaptureFixture[str]) -> None:
    """pyttsx3's driver prints "Audio saved to ..."; none of that may reach narrator's output."""
    engine.synthesise("Nothing to print here.", _voice(engine))
    out, _ = capfd.readouterr()
    assert out == ""


def test_pyttsx3_takes_follow_each_request() -> None:
    """Each take is the requested text at the requested rate, not the previous request's audio."""
    engine = _engine("pyttsx3")
    voice = _voice(engine)
    long = "Freight trains moved more goods this year than in any year since records began."
    durations = [engine.synthesise(text, voice, rate).duration_s
                 for text, rate in [(long, 1.0), ("Yes.", 1.0), (long, 1.6), (long, 1.0)]]
    assert durations[1] < 0.4 * durations[0]
    assert durations[2] < 0.8 * durations[0]
    assert abs(durations[3] - durations[0]) < 0.1


def test_espeak_voices_that_share_a_language_have_ids_of_their_own() -> None:
    """espeak-ng lists two Cantonese voices under "yue": each needs an id that -v takes and that voices it."""
    engine = _engine("espeak")
    voices = engine.voices()
    ids = [voice.id for voice in voices]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    cantonese = [voice for voice in voices if voice.language == "yue"]
    if len(cantonese) < 2:
        pytest.skip("this espeak-ng has one Cantonese voice")
    spoken = {engine.synthesise("nei hou", voice).pcm for voice in cantonese}
    assert len(spoken) == len(cantonese)  # each id reaches its own voice, not the first one's


def test_piper_preload_loads_the_voice_on_a_thread_before_synthesis_asks() -> None:
    import threading
    import time

    from narrator.engines import piper, preload

    engine = get_engine("piper")
    model = piper.PiperEngine._find_models((piper.PROJECT_ROOT / "voices",))[piper.DEFAULT_VOICE]
    piper._ready.discard(model)
    piper._load_once.cache_clear()
    preload(engine, "no-such-voice")  # unknown: nothing starts, nothing is raised (synthesis reports it)
    assert not any(t.name == "narrator-load-voice" for t in threading.enumerate())
    preload(engine, piper.DEFAULT_VOICE)
    deadline = time.monotonic() + 60
    while model not in piper._ready and time.monotonic() < deadline:
        time.sleep(0.05)
    assert model in piper._ready
    assert piper._load_once.cache_info().currsize == 1
    voice = next(v for v in engine.voices() if v.id == piper.DEFAULT_VOICE)
    assert engine.synthesise("Loaded before it was asked for.", voice).duration_s > 1.0
    assert piper._load_once.cache_info().misses == 1  # synthesis used the voice the thread loaded


def test_piper_offers_its_sentences_as_pieces_that_join_as_one_take() -> None:
    from narrator.engines import piper
    from narrator.engines.base import parts_of

    engine = _engine("piper")
    voice = _voice(engine)
    text = "The ferry left at noon. It was full. Nobody on board had seen the storm coming."
    parts = parts_of(engine, text, voice)
    assert len(parts.pieces) == 3, "one piece per sentence, as Piper splits them"
    pieces = [piece() for piece in reversed(parts.pieces)][::-1]  # voiced in any order
    assert [round(p.duration_s, 1) > 0.5 for p in pieces] == [True, True, True]
    assert pieces[1].duration_s < pieces[2].duration_s
    joined = parts.join(pieces)
    gap = piper.SENTENCE_GAP_S
    assert joined.duration_s == pytest.approx(sum(p.duration_s for p in pieces) + 2 * gap, abs=0.001)
    assert all(_peak(p) > 1_000 for p in pieces)
    whole = engine.synthesise(text, voice)
    assert whole.duration_s == pytest.approx(joined.duration_s, rel=0.15), "the same speech as one call"
    assert parts_of(engine, "  ", voice).pieces == ()
