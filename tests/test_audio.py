"""The audio stage: Takes -> a mastered, tagged MP3 with transcripts, checked with ffprobe and ffmpeg."""

# mutagen ships no type hints.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import json
import math
import re
import shutil
import struct
import subprocess
import wave
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from media import ffprobe, loudness
from mutagen.id3 import ID3

from narrator.audio import produce, slugify
from narrator.audio.assemble import Assembler, faded
from narrator.audio.naming import episode_guid, render_hash
from narrator.audio.transcripts import to_srt, to_vtt, write_transcripts
from narrator.config import AudioSettings
from narrator.errors import AudioError
from narrator.model import (
    SIDECAR_SUFFIXES,
    Audio,
    BlockKind,
    Chapter,
    Cue,
    Episode,
    Metadata,
    Script,
    Segment,
    Take,
    Takes,
    VoiceProfile,
)

FIXTURES = Path(__file__).parent / "fixtures" / "audio"
SETTINGS = AudioSettings()
PROFILE = VoiceProfile(name="default", engine="espeak", voice="en")
META = Metadata(
    title="Voices & <Tags>: a test of the Ünïcode title",
    authors=("Ada Lovelace", "Alan Turing"),
    published="2024-05-01",
    language="en",
    url="https://example.org/articles/voices",
    description="What the audio stage does.",
)

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg is not installed")


def wav_audio(name: str) -> Audio:
    """A fixture recording as mono 16-bit PCM."""
    with wave.open(str(FIXTURES / name)) as handle:
        assert handle.getnchannels() == 1 and handle.getsampwidth() == 2
        return Audio(handle.readframes(handle.getnframes()), handle.getframerate())


def sine(seconds: float, rate: int, amplitude: float, frequency: float = 440.0) -> Audio:
    """A pure tone; fast to make and its level is known."""
    count = round(seconds * rate)
    samples = (round(amplitude * 32767 * math.sin(2 * math.pi * frequency * i / rate)) for i in range(count))
    return Audio(struct.pack(f"<{count}h", *samples), rate)


def make_takes(parts: list[tuple[Segment, Audio]], meta: Metadata = META) -> Takes:
    script = Script("articles/voices.md", meta, tuple(s for s, _ in parts), "f" * 64)
    return Takes(script, tuple(Take(s, a) for s, a in parts), PROFILE)


def speech_takes() -> Takes:
    """Three recorded sentences (22050 Hz) and a 16 kHz tone, in two chapters."""
    heading = Segment("Welcome to narrator.", 700, "Introduction", BlockKind.HEADING, "Welcome!")
    return make_takes([
        (heading, wav_audio("intro.wav")),
        (Segment("The second part talks about numbers.", 400, "Numbers & prices"), wav_audio("body.wav")),
        (Segment("A tone.", 300, "Numbers & prices"), sine(0.5, 16_000, 0.2)),
        (Segment("This article was read by a synthetic voice.", 500, None), wav_audio("outro.wav")),
    ])


def expected_duration(takes: Takes) -> float:
    return sum(t.audio.duration_s + t.segment.pause_after_ms / 1000 for t in takes.takes)


def assembled(takes: Takes) -> tuple[Assembler, bytes]:
    """Place every take; the assembler (chapters, cues) and the joined PCM."""
    assembler = Assembler(takes.script.origin, takes.script.meta.title)
    pcm = b"".join(assembler.place(take).pcm for take in takes.takes)
    return assembler, pcm


@pytest.fixture(scope="module")
def episode(tmp_path_factory: pytest.TempPathFactory) -> tuple[Takes, Episode]:
    """One episode produced from the speech takes, shared by the checks below."""
    takes = speech_takes()
    return takes, produce(takes, SETTINGS, tmp_path_factory.mktemp("out") / "episodes")


def test_mp3_is_44k1_mono_and_as_long_as_takes_and_pauses(episode: tuple[Takes, Episode]) -> None:
    takes, ep = episode
    info = ffprobe(ep.mp3)
    assert info["codec_name"] == "mp3"
    assert info["sample_rate"] == "44100"
    assert info["channels"] == "1"
    assert abs(float(info["duration"]) - ep.duration_s) < 0.01
    # This short episode is encoded as two or three chunks (the last take alone, the rest in one or two:
    # see ENDING_TAKES); each adds the encoder's lead-in (25 ms) and padding to a whole frame (at most 26 ms).
    assert 0.05 < ep.duration_s - expected_duration(takes) < 0.16
    assert ep.size_bytes == ep.mp3.stat().st_size


def test_loudness_is_on_target_and_peaks_under_the_ceiling(episode: tuple[Takes, Episode]) -> None:
    _, ep = episode
    integrated, peak = loudness(ep.mp3)
    assert abs(integrated - SETTINGS.loudness_lufs) <= 0.5
    assert peak <= SETTINGS.true_peak_db
    assert ep.loudness_lufs is not None and abs(ep.loudness_lufs - integrated) <= 0.2


def test_an_episode_folder_with_odd_characters_is_written_and_measured(tmp_path: Path) -> None:
    """The MP3 path reaches ffmpeg's tee muxer, whose list syntax gives | [ ] ' and \\ a meaning."""
    folder = tmp_path / "it's [a] pipe|back\\slash"
    ep = produce(make_takes([(Segment("loud", 0), sine(2.0, 22_050, 0.9))]), SETTINGS, folder)
    assert ep.mp3.parent == folder and [p.name for p in folder.glob("*.mp3")] == [ep.mp3.name]
    integrated, peak = loudness(ep.mp3)
    assert ep.loudness_lufs is not None and abs(ep.loudness_lufs - integrated) <= 0.2
    assert peak <= SETTINGS.true_peak_db


def test_name_guid_and_episode_fields(episode: tuple[Takes, Episode]) -> None:
    takes, ep = episode
    assert re.fullmatch(r"voices-tags-a-test-of-the-unicode-title-[0-9a-f]{10}\.mp3", ep.mp3.name)
    assert ep.guid == episode_guid(META.url, "elsewhere.md")
    assert re.fullmatch(r"urn:narrator:[0-9a-f]{32}", ep.guid)
    assert ep.voice == "default (espeak:en)" and ep.source_hash == "f" * 64
    assert [c.title for c in ep.chapters] == ["Introduction", "Numbers & prices", META.title]
    assert len(ep.cues) == len(takes.takes) and ep.cues[0].text == "Welcome!"


def test_id3_tags_and_chapters(episode: tuple[Takes, Episode]) -> None:
    _, ep = episode
    tag = ID3(ep.mp3)
    assert tag.version[:2] == (2, 4)
    assert str(tag["TIT2"]) == META.title
    assert tag["TPE1"].text == list(META.authors)
    assert str(tag["TDRC"]) == "2024-05-01"
    assert str(tag["TLAN"]) == "eng"
    assert tag.getall("COMM")[0].text == [META.description]
    assert tag.getall("TXXX:narrator voice")[0].text == ["default (espeak:en)"]
    chapters = sorted(tag.getall("CHAP"), key=lambda c: c.start_time)
    assert [str(c.sub_frames["TIT2"]) for c in chapters] == [c.title for c in ep.chapters]
    assert [c.start_time for c in chapters] == [round(c.start_s * 1000) for c in ep.chapters]
    assert chapters[-1].end_time == round(ep.duration_s * 1000)
    toc = tag.getall("CTOC")[0]
    assert toc.child_element_ids == [c.element_id for c in chapters]


def test_transcripts_beside_the_mp3(episode: tuple[Takes, Episode]) -> None:
    _, ep = episode
    stem = ep.mp3.with_suffix("")
    vtt = Path(f"{stem}.vtt").read_text(encoding="utf-8")
    assert vtt.startswith("WEBVTT\n\n")
    timings = re.findall(r"^(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})$", vtt, re.M)
    assert len(timings) == len(ep.cues)
    srt = Path(f"{stem}.srt").read_text(encoding="utf-8")
    assert len(re.findall(r"^\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}$", srt, re.M)) == len(ep.cues)
    transcript = json.loads(Path(f"{stem}.json").read_text(encoding="utf-8"))
    assert transcript["version"] == "1.0.0"
    assert [s["body"] for s in transcript["segments"]] == [c.text for c in ep.cues]
    assert all(s["startTime"] < s["endTime"] for s in transcript["segments"])
    chapters = json.loads(Path(f"{stem}.chapters.json").read_text(encoding="utf-8"))
    assert chapters["version"] == "1.2.0"
    assert [c["title"] for c in chapters["chapters"]] == [c.title for c in ep.chapters]


def test_webvtt_escapes_markup_and_keeps_cues_on_one_line() -> None:
    vtt = to_vtt((Cue(0.0, 1.25, "Fish & <chips>\n\n--> more"),))
    assert "Fish &amp; &lt;chips&gt; --&gt; more" in vtt
    assert "00:00:00.000 --> 00:00:01.250" in vtt
    assert "00:00:01,250" in to_srt((Cue(0.0, 1.25, "x"),))


def test_loudness_is_levelled_per_episode_not_per_segment(tmp_path: Path) -> None:
    """A take 12 dB quieter than another stays about that much quieter: one gain for the episode.

    Levelling per take would leave 0 dB between them; the gentle compressor narrows the step a little
    (its soft knee starts about 6 dB under its threshold, where the loud tone sits at -16 LUFS).
    """
    rate = 22_050
    takes = make_takes([
        (Segment("quiet", 0), sine(3.0, rate, 0.05)),
        (Segment("loud", 0), sine(3.0, rate, 0.2)),
    ])
    ep = produce(takes, SETTINGS, tmp_path)
    decode = ["ffmpeg", "-v", "error", "-i", str(ep.mp3), "-f", "s16le", "-ac", "1", "-ar", "44100", "-"]
    pcm = subprocess.run(decode, capture_output=True, check=True).stdout
    samples = struct.unpack(f"<{len(pcm) // 2}h", pcm)

    def rms(start_s: float, end_s: float) -> float:
        part = samples[round(start_s * 44100):round(end_s * 44100)]
        return math.sqrt(sum(s * s for s in part) / len(part))

    assert 10.0 < 20 * math.log10(rms(3.5, 5.5) / rms(0.5, 2.5)) < 12.5
    assert abs(loudness(ep.mp3)[0] - SETTINGS.loudness_lufs) <= 0.5


def test_rerender_keeps_guid_and_changes_file_name(tmp_path: Path) -> None:
    takes = make_takes([(Segment("one", 200), sine(1.0, 22_050, 0.3))])
    changed = make_takes([(Segment("two", 200), sine(1.0, 22_050, 0.3))])
    assert render_hash(takes.script, PROFILE, SETTINGS) == render_hash(takes.script, PROFILE, SETTINGS)
    assert render_hash(takes.script, PROFILE, SETTINGS) != render_hash(changed.script, PROFILE, SETTINGS)
    faster = replace(PROFILE, rate=1.2)
    assert render_hash(takes.script, PROFILE, SETTINGS) != render_hash(takes.script, faster, SETTINGS)
    first, second = produce(takes, SETTINGS, tmp_path), produce(changed, SETTINGS, tmp_path)
    assert first.guid == second.guid
    assert first.mp3 != second.mp3 and first.mp3.exists() and second.mp3.exists()


def test_guid_falls_back_to_the_file_then_the_title(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert episode_guid(None, "a.md") == episode_guid(None, "a.md") != episode_guid(None, "b.md")
    assert episode_guid("https://x/a", "a.md") == episode_guid("https://x/a", "b.md")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert episode_guid(None, "docs/a.md") == episode_guid(None, str(tmp_path / "docs" / "a.md"))
    assert episode_guid(None, "-", "One") != episode_guid(None, "-", "Two")


@pytest.mark.parametrize(("title", "slug"), [
    ("Hello, World!", "hello-world"),
    ("Ça va? Ünïcode — déjà vu", "ca-va-unicode-deja-vu"),
    ("日本語", "episode"),
    ("word " * 30, ("word-" * 12)[:-1]),
])
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug
    assert len(slugify(title)) <= 60


def test_chapters_and_cues_follow_segments() -> None:
    takes = make_takes([
        (Segment("a", 500, "One"), sine(1.0, 22_050, 0.1)),
        (Segment("b", 250, "One", display="B!"), sine(0.5, 22_050, 0.1)),
        (Segment("c", 0, "Two"), sine(0.25, 22_050, 0.1)),
    ])
    joined, pcm = assembled(takes)
    assert [(c.title, round(c.start_s, 3)) for c in joined.chapters] == [("One", 0.0), ("Two", 2.25)]
    assert [(round(c.start_s, 3), round(c.end_s, 3), c.text) for c in joined.cues] == [
        (0.0, 1.0, "a"), (1.5, 2.0, "B!"), (2.25, 2.5, "c")]
    assert len(pcm) / 2 / 22_050 == pytest.approx(2.5, abs=1e-3)


def test_silent_episode_is_encoded_without_normalisation(tmp_path: Path) -> None:
    takes = make_takes([(Segment("silence", 100), Audio(bytes(22_050), 22_050))])
    ep = produce(takes, SETTINGS, tmp_path)
    assert ep.loudness_lufs is None
    assert ffprobe(ep.mp3)["codec_name"] == "mp3"


def test_an_empty_take_and_odd_byte_counts_are_joined() -> None:
    takes = make_takes([
        (Segment("nothing", 100), Audio(b"", 22_050)),
        (Segment("odd", 0), Audio(bytes(2 * 2205 + 1), 22_050)),
    ])
    joined, pcm = assembled(takes)
    assert len(pcm) // 2 == 2205 + 2205
    assert [round(c.start_s, 3) for c in joined.cues] == [0.0, 0.1]


def test_takes_fade_in_and_out_without_losing_frames() -> None:
    pcm = faded(struct.pack("<8h", *[1000] * 8), 2)
    assert struct.unpack("<8h", pcm) == (0, 500, 1000, 1000, 1000, 1000, 500, 0)


def test_a_failed_encode_leaves_no_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> float:
        raise AudioError("ffmpeg failed: boom")

    monkeypatch.setattr("narrator.audio.chunks.encode", broken)
    with pytest.raises(AudioError, match="boom"):
        produce(make_takes([(Segment("a", 0), sine(0.2, 22_050, 0.1))]), SETTINGS, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_no_takes_is_an_audio_error(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match="no takes"):
        produce(make_takes([]), SETTINGS, tmp_path)


def test_missing_ffmpeg_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(AudioError, match="apt-get install ffmpeg"):
        produce(speech_takes(), SETTINGS, tmp_path)
    assert not list(tmp_path.iterdir())


def test_the_sidecars_written_are_the_ones_the_catalog_deletes(tmp_path: Path) -> None:
    written = write_transcripts(tmp_path / "ep.mp3", (Cue(0.0, 1.0, "Hello."),), (Chapter("Intro", 0.0),))
    assert sorted(p.name for p in written) == sorted("ep" + suffix for suffix in SIDECAR_SUFFIXES)


@pytest.mark.parametrize(("sample_rate", "bitrate", "kbits"), [(22_050, "48k", 48), (48_000, "128000", 128),
                                                          (44_100, "0.032M", 32)])
def test_the_mp3_is_made_at_the_rate_and_bitrate_set(tmp_path: Path, sample_rate: int, bitrate: str,
                                                     kbits: int) -> None:
    """The MP3 keeps the rate it is given (LAME left to itself encodes 32 kbit/s at 22.05 kHz), and the bitrate
    setting is read in each form the settings accept."""
    settings = replace(SETTINGS, sample_rate=sample_rate, bitrate=bitrate)
    ep = produce(make_takes([(Segment("tone", 0), sine(3.0, 22_050, 0.3))]), settings, tmp_path)
    probed = ffprobe(ep.mp3)
    assert probed["codec_name"] == "mp3" and int(probed["sample_rate"]) == sample_rate
    assert abs(float(probed["duration"]) - ep.duration_s) < 0.01
    bits = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries", "stream=bit_rate",
                           "-of", "csv=p=0", str(ep.mp3)], capture_output=True, text=True, check=True).stdout
    assert round(int(bits) / 1000) == kbits
    integrated, peak = loudness(ep.mp3)
    assert abs(integrated - settings.loudness_lufs) <= 0.5 and peak <= settings.true_peak_db


def test_a_take_is_resampled_by_ffmpeg_keeping_its_length() -> None:
    from narrator.audio.master import resample

    take = resample(sine(0.5, 16_000, 0.2), 22_050, "a take")
    assert take.sample_rate == 22_050
    assert abs(take.duration_s - 0.5) < 0.01


def test_cues_stay_exact_across_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each chunk adds the encoder's lead-in and padding; cue times count them, so every cue starts with its take."""
    from narrator.audio import chunks

    monkeypatch.setattr(chunks, "CHUNK_S", 2.0)
    monkeypatch.setattr(chunks, "ESTIMATE_S", 2.0)
    monkeypatch.setattr(chunks, "CUT_ONE_IN", 1)
    parts = [(Segment(f"Take {n}.", 300 + 50 * n, "One" if n < 4 else "Two"), sine(1.0, 22_050, 0.2, 300 + 40 * n))
             for n in range(8)]
    ep = produce(make_takes(parts), SETTINGS, tmp_path)
    assert abs(float(ffprobe(ep.mp3)["duration"]) - ep.duration_s) < 0.01
    decode = ["ffmpeg", "-v", "error", "-i", str(ep.mp3), "-f", "s16le", "-ac", "1", "-ar", "44100", "-"]
    pcm = subprocess.run(decode, capture_output=True, check=True).stdout
    samples = struct.unpack(f"<{len(pcm) // 2}h", pcm)
    onsets = []
    for cue in ep.cues:
        start = round((cue.start_s - 0.1) * 44100)
        onsets.append(next(i for i in range(start, len(samples)) if abs(samples[i]) > 2000) / 44100)
    assert [round(onset - cue.start_s, 3) for onset, cue in zip(onsets, ep.cues, strict=True)] == \
        pytest.approx([0.0] * 8, abs=0.006)
    assert [c.title for c in ep.chapters] == ["One", "Two"]
    assert ep.chapters[1].start_s == ep.cues[4].start_s
    assert ep.cues[-1].start_s > 8 * 1.0 + 0.05, "the chunks' lead-ins are in the timeline"


def test_an_edited_take_re_encodes_only_its_chunk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from narrator.audio import chunks

    monkeypatch.setattr(chunks, "CHUNK_S", 2.0)
    monkeypatch.setattr(chunks, "ESTIMATE_S", 2.0)
    monkeypatch.setattr(chunks, "CUT_ONE_IN", 1)
    parts = [(Segment(f"Take {n}.", 300), sine(1.0, 22_050, 0.2, 300 + 40 * n)) for n in range(8)]
    cache = tmp_path / "cache"
    first = produce(make_takes(parts), SETTINGS, tmp_path / "a", cache)
    encoded: list[float | None] = []
    real = chunks.encode

    def counting(pcm: bytes, rate: int, gain: float | None, *rest: Any) -> Any:
        encoded.append(gain)
        return real(pcm, rate, gain, *rest)

    monkeypatch.setattr(chunks, "encode", counting)
    parts[5] = (Segment("Take five, edited.", 300), sine(1.0, 22_050, 0.2, 777))
    second = produce(make_takes(parts), SETTINGS, tmp_path / "b", cache)
    assert len(encoded) == 1, "one chunk of four holds the edited take"
    assert abs(loudness(second.mp3)[0] - SETTINGS.loudness_lufs) <= 0.5
    assert second.duration_s == pytest.approx(first.duration_s, abs=0.03)


def test_a_wrong_recorded_gain_is_corrected_and_recorded(tmp_path: Path) -> None:
    from narrator.audio.chunks import gain_key, recorded_gain

    cache = tmp_path / "cache"
    cache.mkdir()
    key = gain_key(f"{PROFILE.engine}:{PROFILE.voice}:{PROFILE.rate:g}", SETTINGS)
    (cache / "gains.json").write_text(json.dumps({key: -10.0}))
    ep = produce(speech_takes(), SETTINGS, tmp_path / "episodes", cache)
    integrated, peak = loudness(ep.mp3)
    assert abs(integrated - SETTINGS.loudness_lufs) <= 0.5 and peak <= SETTINGS.true_peak_db
    assert recorded_gain(cache, key) not in (None, -10.0)


def test_a_wrong_first_gain_costs_the_first_chunk_not_the_episode(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from narrator.audio import chunks

    monkeypatch.setattr(chunks, "CHUNK_S", 3.0)
    monkeypatch.setattr(chunks, "CUT_ONE_IN", 1)
    cache = tmp_path / "cache"
    cache.mkdir()
    key = chunks.gain_key(f"{PROFILE.engine}:{PROFILE.voice}:{PROFILE.rate:g}", SETTINGS)
    (cache / "gains.json").write_text(json.dumps({key: 2.0}))  # about 8 dB short of what these takes need
    encoded: list[tuple[int, float | None]] = []
    real = chunks.encode

    def counting(pcm: bytes, rate: int, gain: float | None, *rest: Any) -> Any:
        encoded.append((len(pcm), gain))
        return real(pcm, rate, gain, *rest)

    monkeypatch.setattr(chunks, "encode", counting)
    parts = [(Segment(f"Take {n}.", 300), sine(1.5, 22_050, 0.12, 300 + 40 * n)) for n in range(16)]
    ep = produce(make_takes(parts), SETTINGS, tmp_path / "episodes", cache)
    assert abs(loudness(ep.mp3)[0] - SETTINGS.loudness_lufs) <= 0.5
    final = encoded[-1][1]
    probes = [gain for _, gain in encoded if gain != final]
    # The first chunk at the recorded gain, then again at corrected ones; every chunk once at the last.
    assert probes[0] == 2.0 and len(probes) <= chunks.PROBES
    assert [gain for _, gain in encoded[: len(probes)]] == probes, "no chunk after the first at a wrong gain"
    assert len(encoded) - len(probes) == 8, "sixteen takes, two to a chunk: each encoded once at the final gain"


def test_a_sentence_inserted_early_leaves_later_chunks_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks end where the takes' texts say, not by length, so the boundaries after an edit stay put."""
    from narrator.audio import chunks

    monkeypatch.setattr(chunks, "CHUNK_S", 2.0)
    monkeypatch.setattr(chunks, "ESTIMATE_S", 2.0)
    parts = [(Segment(f"Take number {n}.", 300), sine(1.0, 22_050, 0.2, 300 + 40 * n)) for n in range(16)]
    cache = tmp_path / "cache"
    produce(make_takes(parts), SETTINGS, tmp_path / "a", cache)
    made = len(list(cache.rglob("*.chunk.json")))
    encoded: list[int] = []
    real = chunks.encode

    def counting(*args: Any) -> Any:
        encoded.append(1)
        return real(*args)

    monkeypatch.setattr(chunks, "encode", counting)
    parts.insert(1, (Segment("An inserted take.", 300), sine(1.0, 22_050, 0.2, 999)))
    produce(make_takes(parts), SETTINGS, tmp_path / "b", cache)
    assert made >= 4
    assert len(encoded) <= 2, f"{len(encoded)} of {made} chunks encoded again"


@pytest.mark.parametrize("pace_s", [0.0, 0.05])
def test_the_takes_at_the_end_are_cut_by_what_is_still_to_come_whatever_the_pace(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pace_s: float) -> None:
    """The last takes are encoded as they come, but a rest too short for a chunk of its own goes with the takes
    before it; the chunks depend on the takes and texts alone, not on how fast they came (a re-run finds them)."""
    import time

    from narrator.audio import chunks

    monkeypatch.setattr(chunks, "CHUNK_S", 100.0)
    monkeypatch.setattr(chunks, "ESTIMATE_S", 2.0)
    monkeypatch.setattr(chunks, "FLUSH_S", 2.0)
    seconds: list[float] = []
    real = chunks.encode

    def counting(pcm: bytes, rate: int, *rest: Any) -> Any:
        seconds.append(round(len(pcm) / 2 / rate, 2))
        return real(pcm, rate, *rest)

    monkeypatch.setattr(chunks, "encode", counting)
    parts = [(Segment(f"Take {n}.", 300), sine(2.0, 22_050, 0.2, 300 + 40 * n)) for n in range(10)]
    parts.append((Segment("End.", 300), sine(0.4, 22_050, 0.2, 700)))

    def stream() -> Any:
        for segment, audio in parts:
            time.sleep(pace_s)
            yield Take(segment, audio)

    takes = make_takes(parts)
    ep = produce(replace(takes, takes=stream()), SETTINGS, tmp_path)
    # Seven takes (16.1 s) once the end is near, then one at a time (2.3 s) while seconds are still to come; the
    # last long take waits for the short rest ("End.", about 1.3 s by its four letters) and goes with it (3.0 s),
    # rather than a 0.7 s chunk after it.
    assert sorted(set(seconds)) == [2.3, 3.0, 16.1], seconds
    assert abs(float(ffprobe(ep.mp3)["duration"]) - ep.duration_s) < 0.01
    assert 0 <= ep.duration_s - expected_duration(takes) <= 0.06 * 4, "each chunk adds 25-50 ms"
