"""The command line through CliRunner: help on every command, exit codes, one-line errors."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from click.testing import CliRunner

from narrator.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture
def runner() -> CliRunner:
    """A runner that keeps stderr apart from stdout."""
    return CliRunner()


def test_every_command_has_help(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for name, command in main.commands.items():
        assert command.help and command.help.strip(), f"{name} has no help text"
        sub = runner.invoke(main, [name, "--help"])
        assert sub.exit_code == 0 and "Usage:" in sub.output, name
        for param in command.params:
            if param.param_type_name == "option" and param.name != "help":
                assert getattr(param, "help", None), f"{name} --{param.name} has no help"


def test_unknown_command_is_a_usage_error(runner: CliRunner) -> None:
    assert runner.invoke(main, ["narate"]).exit_code == 2


def test_missing_file_is_one_line_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nope.md"
    result = runner.invoke(main, ["narrate", str(missing), "--output", str(tmp_path / "out")])
    assert result.exit_code in (1, 2)
    assert "nope.md" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def _console(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The command line as a user runs it: its own process, through the console script's exit."""
    return subprocess.run([sys.executable, "-m", "narrator.cli", *args], capture_output=True, text=True,
                          timeout=300, cwd=cwd, check=False)


def test_the_quick_exit_keeps_exit_codes_and_every_byte_of_output(tmp_path: Path) -> None:
    shown = _console("preview", str(EXAMPLES / "rail-freight-in-numbers.md"), "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["segments"]  # the whole document arrived: the stream was flushed
    missing = _console("narrate", str(tmp_path / "nope.md"), "--output", str(tmp_path / "out"))
    assert missing.returncode == 1
    assert "nope.md" in missing.stderr
    assert "Traceback" not in missing.stderr
    usage = _console("narrate", "--no-such-flag")
    assert usage.returncode == 2
    assert "No such option" in usage.stderr


def test_a_run_of_unchanged_articles_ends_while_the_voice_still_loads(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("# Tides\n\nThe tide comes in twice a day, and goes out twice.\n", encoding="utf-8")
    first = _console("narrate", str(article), "--output", "out", "--quiet", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    # The second run starts loading the voice, learns the article is unchanged and ends: no abort (exit 134).
    again = _console("narrate", str(article), "--output", "out", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "1 unchanged" in again.stderr


def test_a_run_that_shows_no_display_never_imports_rich(tmp_path: Path) -> None:
    # rich is only for a live display; importing it delayed the voice's load by 0.01-0.02 s in --json runs.
    code = ("import sys\nfrom narrator import cli\n"
            "with cli._live(disable=True) as bar:\n    print(bar, 'rich' in sys.modules)\n")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert shown.stdout.split() == ["None", "False"]


def test_the_cleaners_rules_are_not_imported_before_a_narration_starts_its_voice(tmp_path: Path) -> None:
    # Imported with the pipeline, they held back the start of the voice's load by 0.03 s.
    code = "import sys\nimport narrator.cli\nprint(sorted(m for m in sys.modules if m.startswith('narrator.clean')))\n"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert shown.stdout.strip() == "[]"


def test_unknown_voice_is_exit_2_and_lists_profiles(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("# Title\n\nA sentence to read.\n", encoding="utf-8")
    result = runner.invoke(main, ["narrate", str(article), "--voice", "nosuch", "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "nosuch" in result.stderr and "default" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_engine_not_installed_is_exit_2_with_the_fix(runner: CliRunner, tmp_path: Path) -> None:
    voices = tmp_path / "voices"
    voices.mkdir()
    (voices / "robot.toml").write_text('engine = "festival-9000"\nvoice = "x"\n', encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text("# Title\n\nA sentence to read.\n", encoding="utf-8")
    result = runner.invoke(
        main, ["narrate", str(article), "--voice", "robot", "-o", str(tmp_path / "o")],
        env={"NARRATOR_VOICES_DIRS": str(voices)},
    )
    assert result.exit_code == 2
    assert "festival-9000" in result.stderr and "piper" in result.stderr


def test_bad_inputs_fail_alone_and_the_rest_is_done(runner: CliRunner, tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text("---\ntitle: Good\n---\n\nThe bridge opened today.\n", encoding="utf-8")
    empty = tmp_path / "empty.md"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "noise.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    out = tmp_path / "out"
    result = runner.invoke(
        main, ["narrate", str(good), str(empty), str(binary), str(tmp_path / "gone.md"),
               "--voice", "espeak", "-o", str(out)],
    )
    assert result.exit_code == 1, result.output
    failures = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(failures) == 3, result.stderr
    for name in ("empty.md", "noise.txt", "gone.md"):
        assert any(name in line for line in failures), name
    assert "Traceback" not in result.stderr
    assert len(list((out / "episodes").glob("*.mp3"))) == 1
    assert (out / "feed.xml").is_file()


def test_preview_json_has_the_documented_shape(runner: CliRunner) -> None:
    result = runner.invoke(main, ["preview", str(EXAMPLES / "city-council-approves-bike-lanes.md"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"title", "byline", "published", "language", "url", "standfirst", "body", "segments",
                         "left_out"}
    assert data["title"] == "City Council Approves Downtown Bike Lanes"
    assert data["byline"] == "Maria Okafor"
    assert data["published"] == "2026-03-14"
    assert all(set(b) == {"kind", "text"} for b in data["body"])
    assert all(set(s) == {"text", "pause_ms", "chapter"} for s in data["segments"])
    assert not any(b["text"] == data["title"] for b in data["body"]), "title repeated in body"
    assert "What the plan includes" in [b["text"] for b in data["body"] if b["kind"] == "heading"]
    assert data["left_out"] == []  # the writer's own article: its front matter is read as title, author and date


def test_preview_json_gives_the_standfirst_spoken_after_the_title(runner: CliRunner) -> None:
    page = Path(__file__).resolve().parent / "fixtures" / "clean" / "standfirst.html"
    result = runner.invoke(main, ["preview", str(page), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["standfirst"].startswith("Engineers say the iron crossing is sound")
    assert data["segments"][1]["text"].startswith("Engineers say the iron crossing is sound")


def test_voices_lists_engines_and_profiles(runner: CliRunner) -> None:
    result = runner.invoke(main, ["voices", "--json"])
    assert result.exit_code == 0
    rows = {(r["kind"], r["name"]): r for r in json.loads(result.stdout)}
    assert rows[("engine", "piper")]["usable"]
    assert ("profile", "default") in rows and ("profile", "espeak") in rows


def test_speakable_is_public() -> None:
    import narrator

    assert narrator.speakable("  two   words ").strip() == "two words"


def test_a_failure_always_names_its_source() -> None:
    """An engine error names the segment it failed on; the summary must still say which file."""
    from narrator.errors import EngineError, InputError
    from narrator.pipeline.failures import failure

    engine = failure("news/a.md", EngineError("returned no audio", origin="The council met"))
    assert engine.error is not None and engine.error.startswith("news/a.md: The council met: returned no audio")
    own = failure("news/a.md", InputError("file not found", origin="news/a.md"))
    assert own.error == "news/a.md: file not found"


def test_a_killed_runs_half_written_cache_entries_are_removed(runner: CliRunner, tmp_path: Path) -> None:
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    out = tmp_path / "out"
    shard = out / ".cache" / "ab"
    shard.mkdir(parents=True)
    stale = shard / f".abcdef.wav.{dead}.x1y2.part"
    stale.write_bytes(b"half a take")
    good = tmp_path / "good.md"
    good.write_text("---\ntitle: Good\n---\n\nThe bridge opened today.\n", encoding="utf-8")
    result = runner.invoke(main, ["narrate", str(good), "--voice", "espeak", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert not stale.exists()


def test_a_warning_names_the_article_it_is_about(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from narrator import pipeline
    from narrator.config import load_settings
    from narrator.pipeline import failures

    article = tmp_path / "bad.md"
    article.write_text("---\ntitle: [broken\n---\n\nThe harbour wall will be rebuilt next year, the council said.\n",
                       encoding="utf-8")
    caplog.handler.addFilter(failures.SourceFilter())
    with caplog.at_level("WARNING"):
        pipeline.preview(str(article), load_settings())
    warnings = [r for r in caplog.records if "front matter" in r.getMessage()]
    assert warnings and warnings[0].source == f"{article}: "  # type: ignore[attr-defined]
    assert failures.CURRENT_SOURCE.get() == ""


def test_a_bad_setting_stops_before_any_work(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(main, ["narrate", str(EXAMPLES / "city-council-approves-bike-lanes.md"),
                                  "--voice", "espeak", "-o", str(out)],
                           env={"NARRATOR_AUDIO__BITRATE": "lots"})
    assert result.exit_code == 2
    assert result.stderr.startswith("error: NARRATOR_AUDIO__BITRATE: setting audio.bitrate='lots' is not a bitrate")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


@pytest.fixture
def broken_voices(tmp_path: Path) -> Path:
    """A voices/ folder with one good profile and two broken ones."""
    voices = tmp_path / "voices"
    voices.mkdir()
    (voices / "good.toml").write_text('engine = "espeak"\nvoice = "en-us"\n', encoding="utf-8")
    (voices / "thorsten.toml").write_text('engine = "piper"\nvoice = "de_DE-thorsten-medium"\n', encoding="utf-8")
    (voices / "lexless.toml").write_text('engine = "espeak"\nvoice = "en-us"\nlexicons = ["newsroom"]\n',
                                         encoding="utf-8")
    return voices


def test_voices_lists_each_engines_voices_and_marks_broken_profiles(runner: CliRunner, broken_voices: Path) -> None:
    result = runner.invoke(main, ["voices", "--json"], env={"NARRATOR_VOICES_DIRS": str(broken_voices)})
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    piper = [r for r in rows if r["kind"] == "voice" and r["engine"] == "piper"]
    assert {"kind": "voice", "name": "en_US-joe-medium", "usable": True, "detail": "en_US-joe-medium",
            "engine": "piper", "language": "en-US"} in piper
    espeak = {r["name"]: r["language"] for r in rows if r["kind"] == "voice" and r["engine"] == "espeak"}
    assert espeak["en-us"] == "en-us" and "de" in espeak
    profiles = {r["name"]: r for r in rows if r["kind"] == "profile"}
    assert profiles["good"]["usable"]
    assert not profiles["thorsten"]["usable"]
    assert profiles["thorsten"]["detail"].startswith("piper has no voice 'de_DE-thorsten-medium' on this machine")
    assert (f"de_DE-thorsten-medium.onnx and de_DE-thorsten-medium.onnx.json in {broken_voices}/ (voices_dirs in "
            "narrator.toml)") in profiles["thorsten"]["detail"]
    assert not profiles["lexless"]["usable"]
    assert profiles["lexless"]["detail"].startswith("lexicon 'newsroom' not found")
    text = runner.invoke(main, ["voices"], env={"NARRATOR_VOICES_DIRS": str(broken_voices)})
    assert "             en_US-joe-medium (en-US)\n" in text.stdout
    assert "  thorsten   no   piper has no voice 'de_DE-thorsten-medium' on this machine" in text.stdout


@pytest.mark.parametrize(("profile", "message"), [
    ("thorsten", "thorsten.toml: piper has no voice 'de_DE-thorsten-medium' on this machine"),
    ("lexless", "lexless.toml: lexicon 'newsroom' not found"),
])
def test_narrate_refuses_a_broken_profile_before_any_work(runner: CliRunner, broken_voices: Path, tmp_path: Path,
                                                          profile: str, message: str) -> None:
    out = tmp_path / "out"
    result = runner.invoke(main, ["narrate", str(EXAMPLES / "city-council-approves-bike-lanes.md"),
                                  str(EXAMPLES / "rail-freight-in-numbers.md"), "--voice", profile, "-o", str(out)],
                           env={"NARRATOR_VOICES_DIRS": str(broken_voices)})
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert not out.exists()


@pytest.fixture
def narrated(runner: CliRunner, tmp_path: Path) -> Path:
    """An output folder with one short episode narrated by espeak."""
    article = tmp_path / "short.md"
    article.write_text("---\ntitle: Short\n---\n\nThe ferry runs again from Monday.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["narrate", str(article), "--voice", "espeak", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("command", ["serve", "publish"])
def test_serve_and_publish_refuse_a_folder_narrate_never_wrote(runner: CliRunner, tmp_path: Path,
                                                               command: str) -> None:
    typo = tmp_path / "outptu"
    result = runner.invoke(main, [command, "--output", str(typo)])
    assert result.exit_code == 2
    assert result.stderr == (f"error: no narrator output in {typo} (name the folder `narrator narrate` wrote to "
                             "with --output, or narrate something first)\n")
    assert not typo.exists()


def test_serve_on_a_busy_port_says_so_in_one_line(runner: CliRunner, narrated: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(main, ["serve", "-o", str(narrated), "--port", str(port)])
    assert result.exit_code == 2
    assert result.stderr == (f"error: port {port} on 127.0.0.1 is already in use "
                             f"(stop the other server, or choose another port: --port {port + 1})\n")


# How long a test waits on `narrator serve` (to say it listens, to answer, to end): a deadline on the condition, not a
# pause, and long, since a loaded machine stretches the wall clock many times over what the work takes.
SERVER_DEADLINE_S = 60


def _serve(narrated: Path, deadline_s: float = SERVER_DEADLINE_S) -> tuple[subprocess.Popen[str], str, str]:
    """Start `narrator serve` on a free port: the process, the first line it printed and the address in it (failing,
    not hanging, when it says nothing by the deadline)."""
    import select

    # Ctrl-C as a terminal delivers it: a test run started as a background job (CI's, "nohup make test &") has SIGINT
    # ignored, and narrator rightly leaves an inherited ignore alone (cli.py), so the server would not stop
    server = subprocess.Popen([sys.executable, "-m", "narrator.cli", "serve", "-o", str(narrated), "--port", "0"],
                              stderr=subprocess.PIPE, text=True,
                              preexec_fn=lambda: signal.signal(signal.SIGINT, signal.default_int_handler))
    assert server.stderr is not None
    if not select.select([server.stderr], [], [], deadline_s)[0]:
        server.kill()
        server.wait()
        pytest.fail(f"`narrator serve` said nothing in {deadline_s} s")
    line = server.stderr.readline()
    return server, line, line.split(" at ", 1)[1].split(" ", 1)[0]


def test_serve_with_the_default_base_url_points_feed_and_page_at_itself(narrated: Path) -> None:
    import urllib.request

    import feedparser

    server, line, address = _serve(narrated)
    try:
        assert address.startswith("http://127.0.0.1:") and not address.endswith(":8000/"), line
        with urllib.request.urlopen(address + "feed.xml", timeout=SERVER_DEADLINE_S) as response:
            feed = feedparser.parse(response.read())
        enclosure = feed.entries[0].enclosures[0].href
        assert enclosure.startswith(address + "episodes/")
        with urllib.request.urlopen(enclosure, timeout=SERVER_DEADLINE_S) as response:
            assert response.status == 200 and response.headers["Content-Type"] == "audio/mpeg"
        with urllib.request.urlopen(address, timeout=SERVER_DEADLINE_S) as response:
            assert f'{address}feed.xml' in response.read().decode("utf-8")
    finally:
        server.terminate()
        server.wait(timeout=SERVER_DEADLINE_S)


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbor Blog</title><link>http://127.0.0.1/</link>
<item><title>The ferry runs again</title><link>http://127.0.0.1/ferry.html</link></item>
</channel></rss>
"""


FERRY_PAGE = """<!doctype html><html lang="en"><head><title>The ferry runs again</title>
<link rel="canonical" href="/news/ferry-runs-again"><meta property="og:url" content="https://harbor.example/x">
</head><body><article><h1>The ferry runs again</h1>
<p>The harbour ferry returns to service on Monday after three weeks of repairs to its engine.</p>
<p>Tickets bought for the cancelled crossings will be honoured until the end of the month, the operator said.</p>
</article></body></html>
"""


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """A web server on 127.0.0.1 serving a folder with a blog feed in it."""
    import functools
    import http.server
    import threading

    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "feed.xml").write_text(RSS, encoding="utf-8")
    (folder / "ferry.html").write_text(FERRY_PAGE, encoding="utf-8")
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            """Keep the test's stderr to what narrator writes."""

    handler = functools.partial(Quiet, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def test_a_feed_given_as_a_source_points_to_feed(runner: CliRunner, site: str, tmp_path: Path) -> None:
    url = site + "feed.xml"
    expected = (f"{url}: is an RSS or Atom feed, not an article (narrate its articles with "
                f"`narrator narrate --feed {url}`, or follow it with `narrator follow {url}`)")
    result = runner.invoke(main, ["narrate", url, "--voice", "espeak", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"failed: {expected}\n" in result.stderr
    assert not list((tmp_path / "out" / "episodes").glob("*.mp3"))
    shown = runner.invoke(main, ["preview", url])
    assert shown.exit_code == 1 and shown.stderr == f"error: {expected}\n"


@pytest.mark.parametrize(("spec", "hint"), [
    ("example.org/a", "did you mean https://example.org/a ? a web address needs its https:// or http://"),
    ("notes/gone.md", "check the path, or quote a URL in full"),
])
def test_a_missing_file_gets_one_message_in_narrate_and_preview(runner: CliRunner, tmp_path: Path,
                                                                 spec: str, hint: str) -> None:
    message = f"{spec}: file not found ({hint})"
    narrated = runner.invoke(main, ["narrate", spec, "--voice", "espeak", "-o", str(tmp_path / "out")])
    assert narrated.exit_code == 1 and f"failed: {message}\n" in narrated.stderr
    shown = runner.invoke(main, ["preview", spec])
    assert shown.exit_code == 1 and shown.stderr == f"error: {message}\n"


def test_markdown_on_stdin_that_opens_with_a_title_is_read_as_markdown(runner: CliRunner) -> None:
    result = runner.invoke(main, ["preview", "-", "--json"],
                           input="# Short Lines\n\nThe ferry runs again from Monday.\n")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["title"] == "Short Lines"
    assert not any("hash" in s["text"].lower() for s in data["segments"])


def test_an_empty_markdown_file_is_called_empty(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("\n  \n", encoding="utf-8")
    result = runner.invoke(main, ["preview", str(empty)])
    assert result.exit_code == 1
    assert result.stderr == (f"error: {empty}: is empty, there is nothing to read "
                             "(check that this is the article you meant and that it was saved in full)\n")


@pytest.fixture
def two_episodes(runner: CliRunner, tmp_path: Path) -> tuple[Path, Path, Path]:
    """An output folder with two short espeak episodes, and the two article files."""
    ferry = tmp_path / "ferry.md"
    ferry.write_text("---\ntitle: Ferry\n---\n\nThe ferry runs again from Monday.\n", encoding="utf-8")
    bridge = tmp_path / "bridge.md"
    bridge.write_text("---\ntitle: Bridge\n---\n\nThe bridge closes for repairs.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["narrate", str(ferry), str(bridge), "--voice", "espeak", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out, ferry, bridge


def _feed_titles(out: Path) -> list[str]:
    import feedparser

    return [entry.title for entry in feedparser.parse((out / "feed.xml").read_bytes()).entries]


def test_remove_takes_an_episode_out_by_source_or_guid(runner: CliRunner,
                                                       two_episodes: tuple[Path, Path, Path]) -> None:
    from narrator import publish

    out, ferry, _bridge = two_episodes
    before = {r.title: r for r in publish.episodes(out)}
    result = runner.invoke(main, ["remove", str(ferry), "-o", str(out)])
    assert result.exit_code == 0, result.output
    record = before["Ferry"]
    assert result.stdout == f"removed 'Ferry' ({record.guid}, {record.file})\n"
    assert not list((out / "episodes").glob(record.stem + "*"))
    assert _feed_titles(out) == ["Bridge"]
    assert "Ferry" not in (out / "index.html").read_text(encoding="utf-8")
    by_guid = runner.invoke(main, ["remove", before["Bridge"].guid, "-o", str(out)])
    assert by_guid.exit_code == 0 and _feed_titles(out) == [] and not list((out / "episodes").iterdir())
    again = runner.invoke(main, ["remove", str(ferry), "-o", str(out)])
    assert again.exit_code == 1
    assert again.stderr == (f"error: {ferry}: no episode in {out} was made from it (name the source as it was "
                            "narrated, the MP3's name, or the GUID from feed.xml)\n")


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Warnings logged, less the one about podcast directories (these shows are on 127.0.0.1 on purpose)."""
    return [r.getMessage() for r in caplog.records
            if r.levelname == "WARNING" and "podcast directories would refuse" not in r.getMessage()]


def test_an_mp3_deleted_by_hand_is_reported_once(runner: CliRunner, two_episodes: tuple[Path, Path, Path],
                                                 caplog: pytest.LogCaptureFixture) -> None:
    from narrator import publish

    out, ferry, _bridge = two_episodes
    records = {r.title: r for r in publish.episodes(out)}
    (out / "episodes" / records["Ferry"].file).unlink()
    caplog.clear()
    assert runner.invoke(main, ["publish", "-o", str(out)]).exit_code == 0
    warned = _warnings(caplog)
    assert warned == [f"{records['Ferry'].file} was deleted; episode 'Ferry' is taken out of the catalog and feed "
                      "(narrate the article again to bring it back)"]
    assert [r.title for r in publish.episodes(out)] == ["Bridge"] and _feed_titles(out) == ["Bridge"]
    assert not list((out / "episodes").glob(records["Ferry"].stem + "*")), "its transcripts stay behind"
    caplog.clear()
    assert runner.invoke(main, ["publish", "-o", str(out)]).exit_code == 0
    assert not _warnings(caplog)
    (out / "episodes" / records["Bridge"].file).unlink()
    quiet = runner.invoke(main, ["narrate", str(ferry), "--voice", "espeak", "-o", str(out), "--quiet"])
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert not _warnings(caplog)


def test_one_article_is_one_episode_however_it_came_in(runner: CliRunner, site: str, tmp_path: Path) -> None:
    from narrator import publish

    saved = tmp_path / "saved-ferry.html"
    saved.write_text(FERRY_PAGE.replace('href="/news/', f'href="{site}news/'), encoding="utf-8")
    out = tmp_path / "out"
    first = runner.invoke(main, ["narrate", str(saved), "--voice", "espeak", "-o", str(out)])
    assert first.exit_code == 0, first.output
    second = runner.invoke(main, ["narrate", site + "ferry.html?utm_source=newsletter", "-o", str(out)])
    assert second.exit_code == 0, second.output
    records = publish.episodes(out)
    assert [(r.url, r.voice) for r in records] == [(site + "news/ferry-runs-again", "default (piper:en_US-joe-medium)")]
    assert _feed_titles(out) == ["The ferry runs again"]
    assert len(list((out / "episodes").glob("*.mp3"))) == 1


GERMAN = """---
title: Die Fähre fährt wieder
author: Anna Berg
date: 2026-03-14
lang: de
description: |
  Die Hafenfähre fährt ab Montag
  wieder nach Plan.
---

Die Hafenfähre nimmt am Montag nach drei Wochen Reparatur den Betrieb wieder auf.
Fahrkarten für die ausgefallenen Fahrten bleiben bis Monatsende gültig.
"""


def test_the_intro_and_disclosure_are_in_the_articles_language(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "faehre.md"
    article.write_text(GERMAN, encoding="utf-8")
    result = runner.invoke(main, ["preview", str(article), "--json"])
    assert result.exit_code == 0, result.output
    spoken = [s["text"] for s in json.loads(result.stdout)["segments"]]
    assert "Von Anna Berg. Veröffentlicht am vierzehnten März 2026." in spoken  # the day said as German says it
    assert spoken[-1] == "Dieser Artikel wurde von einer synthetischen Stimme vorgelesen."
    # a language without words of its own (Hungarian) is given English ones (Dutch has its own since h35)
    # (--language: front matter saying "hu" over plain German gives way to the text)
    other = runner.invoke(main, ["preview", "-", "--json", "--language", "hu"], input=GERMAN)
    assert json.loads(other.stdout)["segments"][-1]["text"] == "This article was read by a synthetic voice."


def test_preview_warns_when_the_voice_speaks_another_language(runner: CliRunner, tmp_path: Path,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    article = tmp_path / "faehre.md"
    article.write_text(GERMAN, encoding="utf-8")
    result = runner.invoke(main, ["preview", str(article), "--voice", "espeak"])
    assert result.exit_code == 0, result.output
    assert [r.getMessage() for r in caplog.records if r.levelname == "WARNING"] == [
        "Die Fähre fährt wieder: the article is in 'de' but voice en-us speaks 'en'; a profile with engine = "
        '"espeak" and voice = "de" reads it (narrate with --voice PROFILE; `narrator voices` lists them)']


def test_the_warning_says_how_to_add_a_voice_when_the_engine_has_none(runner: CliRunner, tmp_path: Path,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    article = tmp_path / "faehre.md"
    article.write_text(GERMAN, encoding="utf-8")
    result = runner.invoke(main, ["preview", str(article)])  # the default voice: piper, English only
    assert result.exit_code == 0, result.output
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and "no voice here speaks 'de': put a Piper voice for it" in warnings[0]
    assert "voices_dirs" in warnings[0]


def test_an_auto_voice_is_named_as_the_voice_that_spoke(runner: CliRunner, tmp_path: Path) -> None:
    import feedparser
    from mutagen.id3 import ID3

    voices = tmp_path / "voices"
    voices.mkdir()
    (voices / "any.toml").write_text('engine = "espeak"\nvoice = "auto"\n', encoding="utf-8")
    article = tmp_path / "faehre.md"
    article.write_text(GERMAN, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["narrate", str(article), "--voice", "any", "-o", str(out)],
                           env={"NARRATOR_VOICES_DIRS": str(voices)})
    assert result.exit_code == 0, result.output
    mp3 = next((out / "episodes").glob("*.mp3"))
    assert ID3(mp3).getall("TXXX:narrator voice")[0].text == ["any (espeak:de)"]
    entry = feedparser.parse((out / "feed.xml").read_bytes()).entries[0]
    assert entry.description == ("Die Hafenfähre fährt ab Montag wieder nach Plan.\n\n"
                                 "Von einer synthetischen Stimme vorgelesen (narrator, any (espeak:de)).")
    page = (out / "index.html").read_text(encoding="utf-8")
    assert ("<p>Die Hafenfähre fährt ab Montag wieder nach Plan.</p><p class=\"meta\">Von einer synthetischen "
            "Stimme vorgelesen (narrator, any (espeak:de)).</p>") in page
    assert "espeak:auto" not in page and "espeak:auto" not in (out / "feed.xml").read_text(encoding="utf-8")


README = EXAMPLES.parent / "README.md"


def test_the_readme_documents_every_command_and_how_to_run_it() -> None:
    text = README.read_text(encoding="utf-8")
    blocks = [block.split("```", 1)[0] for block in text.split("```sh\n")[1:]]
    used = {line.split()[1] for block in blocks for line in block.splitlines()
            if line.startswith("narrator ") and not line.startswith("narrator -")}
    assert used == set(main.commands), "README usage and the commands differ"
    assert ".venv/bin/narrator" in text and ". .venv/bin/activate" in text


def test_git_keeps_profiles_and_lexicons_and_ignores_piper_models(tmp_path: Path) -> None:
    import shutil
    import subprocess

    root = README.parent
    if shutil.which("git") is None or not (root / ".git").exists():
        pytest.skip("not a git checkout")

    def ignored(*paths: str) -> set[str]:
        found = subprocess.run(["git", "check-ignore", "--no-index", *paths], cwd=root, capture_output=True,
                               text=True, check=False)
        return set(found.stdout.split())

    tracked = subprocess.run(["git", "ls-files", "voices"], cwd=root, capture_output=True, text=True, check=True)
    assert not ignored(*tracked.stdout.split())
    assert ignored("voices/new-voice.toml", "voices/lexicon/newsroom.toml", "voices/de_DE-x-medium.onnx",
                   "voices/de_DE-x-medium.onnx.json", "tests/fixtures/tiny.onnx") == {
        "voices/de_DE-x-medium.onnx", "voices/de_DE-x-medium.onnx.json"}


def test_a_piper_voice_of_ones_own_in_a_configured_voices_dir_is_found_and_speaks(runner: CliRunner,
                                                                                  tmp_path: Path) -> None:
    """A user's .onnx voice in a folder voices_dirs names (not ./voices) is listed, checked and used."""
    from media import own_piper_voice

    mine = tmp_path / "my-voices"
    own_piper_voice(mine)
    config = tmp_path / "narrator.toml"
    config.write_text(f"voices_dirs = [{str(mine)!r}]\n", encoding="utf-8")
    listed = runner.invoke(main, ["--config", str(config), "voices", "--json"])
    assert listed.exit_code == 0, listed.output
    rows = {(r["kind"], r["name"]): r for r in json.loads(listed.stdout)}
    assert rows[("voice", "en_US-reader-medium")]["engine"] == "piper"
    assert rows[("profile", "reader")]["usable"], rows[("profile", "reader")]
    article = tmp_path / "ferry.md"
    article.write_text("---\ntitle: Ferry\n---\n\nThe night ferry runs again from Monday.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["--config", str(config), "narrate", str(article), "--voice", "reader",
                                  "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(list((out / "episodes").glob("*.mp3"))) == 1


def test_a_voice_model_replaced_under_the_same_name_renders_again(runner: CliRunner, tmp_path: Path) -> None:
    """Unchanged article and settings but the voice's files changed: the episode and its takes are made again."""
    import os

    from media import own_piper_voice

    model = own_piper_voice(tmp_path / "my-voices")
    config = tmp_path / "narrator.toml"
    config.write_text(f"voices_dirs = [{str(model.parent)!r}]\n", encoding="utf-8")
    article = tmp_path / "ferry.md"
    article.write_text("---\ntitle: Ferry\n---\n\nThe night ferry runs again from Monday.\n", encoding="utf-8")
    out = tmp_path / "out"

    def narrate() -> dict[str, Any]:
        done = runner.invoke(main, ["--config", str(config), "narrate", str(article), "--voice", "reader",
                                    "-o", str(out), "--json"])
        assert done.exit_code == 0, done.output
        return cast(dict[str, Any], json.loads(done.stdout)[0])

    def takes() -> set[Path]:
        return set((out / ".cache").rglob("*.wav"))

    assert not narrate()["skipped"]
    first = takes()
    assert first and narrate()["skipped"]
    stat = model.stat()
    os.utime(model, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert narrate()["skipped"], "the same model copied again (a new mtime) is the same voice"
    config_file = model.with_name(model.name + ".json")
    voice_config = json.loads(config_file.read_text(encoding="utf-8"))
    voice_config["inference"]["length_scale"] = 1.2  # the voice retuned: it speaks slower now
    config_file.write_text(json.dumps(voice_config), encoding="utf-8")
    again = narrate()
    assert not again["skipped"]
    assert takes() - first, "the new voice's takes came from the old voice's cache"
    assert len(list((out / "episodes").glob("*.mp3"))) == 1, "the old voice's episode was not replaced"


def test_voices_names_each_voice_once(runner: CliRunner) -> None:
    """`narrator voices` printed "yue, yue": two espeak-ng voices under one id."""
    rows = json.loads(runner.invoke(main, ["voices", "--json"]).stdout)
    for engine in {row["engine"] for row in rows if row["kind"] == "voice"}:
        names = [row["name"] for row in rows if row["kind"] == "voice" and row["engine"] == engine]
        assert len(names) == len(set(names)), (engine, sorted(n for n in names if names.count(n) > 1))
    listing: dict[str, list[str]] = {}
    engine = ""
    for line in runner.invoke(main, ["voices"]).stdout.splitlines():
        if line.startswith("  ") and not line.startswith("   "):
            engine = line.split()[0]
        elif line.startswith(" " * 13) and engine:
            listing.setdefault(engine, []).extend(line.strip().rstrip(",").split(", "))
    assert listing.get("espeak")
    for engine, shown in listing.items():
        assert len(shown) == len(set(shown)), (engine, sorted(v for v in shown if shown.count(v) > 1))


def test_serve_says_when_it_stopped_and_where_the_feed_was(narrated: Path) -> None:
    server, _, address = _serve(narrated)
    try:
        server.send_signal(signal.SIGINT)  # Ctrl-C
        _, said = server.communicate(timeout=SERVER_DEADLINE_S)
    finally:
        server.kill()
        server.wait(timeout=SERVER_DEADLINE_S)
    assert server.returncode == 0
    assert said == f"stopped serving {narrated}; the feed was at {address}feed.xml\n"


def test_python_dash_m_runs_the_same_command_line() -> None:
    # For a venv whose scripts are not on PATH: `python -m narrator` is the documented fallback.
    done = subprocess.run([sys.executable, "-m", "narrator", "--version"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("narrator, version ")
