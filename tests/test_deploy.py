"""Deploying the show to static hosting: file://, a real OpenSSH server and an S3 emulator, all on 127.0.0.1.

The sftp tests start Debian's /usr/sbin/sshd on a free port with host and user keys made here, and a HOME
whose known_hosts names that server; the S3 tests start moto's standalone server, an S3 emulator. Each
server is started by the test and stopped after it.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator import publish
from narrator.cli import main
from narrator.config import PublishSettings
from narrator.errors import ConfigError, PublishError
from narrator.model import Episode, Metadata
from narrator.publish.deploy import local_files

SSHD = Path("/usr/sbin/sshd")
SIDECARS = (".vtt", ".srt", ".json", ".chapters.json")
SETTINGS = PublishSettings(title="Harbour Notes", base_url="https://pod.example.org/harbour/")


def article(folder: Path, body: str = "The ferry left at nine. Gulls followed it out past the breakwater.") -> Path:
    """A short Markdown article written for these tests."""
    path = folder / "ferry.md"
    path.write_text(f"---\ntitle: The Morning Ferry\nurl: https://example.org/ferry\n---\n\n{body}\n",
                    encoding="utf-8")
    return path


def narrate(output: Path, source: Path, *extra: str) -> CliRunner:
    """Narrate source with the fast espeak voice into output, as a user would."""
    result = CliRunner().invoke(main, ["narrate", str(source), "--voice", "espeak", "-o", str(output), *extra])
    assert result.exit_code == 0, result.output
    return result


def mp3_names(folder: Path) -> set[str]:
    """The MP3 files in folder/episodes."""
    return {p.name for p in (folder / "episodes").glob("*.mp3")}


def add_big_episode(output: Path, size: int) -> str:
    """Record an episode whose MP3 holds size bytes (publish never decodes it) and rebuild the feed."""
    mp3 = output / "episodes" / "long-read-abcdef0123.mp3"
    with mp3.open("wb") as handle:
        chunk = os.urandom(1 << 20)
        for _ in range(size >> 20):
            handle.write(chunk)
    meta = Metadata(title="A Long Read", url="https://example.org/long", published="2024-06-01")
    publish.record(Episode(guid="urn:narrator:" + "b" * 32, slug="long-read", meta=meta, mp3=mp3, duration_s=9000.0,
                           size_bytes=size, chapters=(), cues=(), source_hash="c" * 64, voice="espeak"),
                   SETTINGS, output)
    publish.publish(output, SETTINGS)
    return mp3.name


@pytest.fixture(scope="module")
def show(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One real show, narrated once with espeak; tests copy it."""
    folder = tmp_path_factory.mktemp("show")
    narrate(folder / "output", article(folder))
    return folder / "output"


@pytest.fixture
def output(show: Path, tmp_path: Path) -> Path:
    """A copy of the narrated show that a test may change."""
    return Path(shutil.copytree(show, tmp_path / "output"))


def deploy(output: Path, target: str, settings: PublishSettings = SETTINGS) -> publish.DeployReport:
    """Deploy as `narrator publish --to` does."""
    return publish.deploy(output, target, settings)


def rerender(output: Path, tmp_path: Path) -> tuple[str, str]:
    """Narrate the same article with new text: same GUID, a new file; return (old, new) MP3 names."""
    (old,) = mp3_names(output)
    narrate(output, article(tmp_path, "The ferry left at ten today. The gulls stayed on the pier."))
    (new,) = mp3_names(output)
    assert new != old
    return old, new


# --- file:// -----------------------------------------------------------------------------------------------


def test_file_target_mirrors_the_show_feed_last_and_keeps_private_files(output: Path, tmp_path: Path) -> None:
    (output / ".cache" / "ab").mkdir(parents=True, exist_ok=True)
    (output / "episodes" / ".ferry.mp3.123.part").write_bytes(b"half")
    remote = tmp_path / "www"
    report = deploy(output, remote.as_uri())
    assert report.sent[-2:] == ("feed.xml", "index.html")
    assert all(name.startswith("episodes/") or name == "cover.jpg" for name in report.sent[:-2])
    (mp3,) = mp3_names(output)
    stem = mp3.removesuffix(".mp3")
    expected = {"feed.xml", "index.html", "cover.jpg", f"episodes/{mp3}",
                *(f"episodes/{stem}{s}" for s in SIDECARS)}
    assert {p.relative_to(remote).as_posix() for p in remote.rglob("*") if p.is_file()} == expected
    assert (remote / "episodes" / mp3).read_bytes() == (output / "episodes" / mp3).read_bytes()
    assert report.bytes_sent == sum((output / name).stat().st_size for name in expected)


def test_an_unchanged_show_sends_nothing(output: Path, tmp_path: Path) -> None:
    target = (tmp_path / "www").as_uri()
    deploy(output, target)
    time.sleep(1.1)  # a feed stamped with the time of writing would differ now
    result = CliRunner().invoke(main, ["publish", "-o", str(output), "--to", target])
    assert result.exit_code == 0, result.output
    assert f"{target}: 0 sent (0 bytes), 0 deleted, 8 unchanged" in result.stderr
    os.utime(output / "episodes" / next(iter(mp3_names(output))))  # touched, same bytes: hashed, not sent
    again = deploy(output, target)
    assert (again.sent, again.deleted, again.bytes_sent) == ((), (), 0)
    assert again.unchanged == len(local_files(output))


def test_a_rerender_replaces_the_file_remotely_after_the_new_feed(output: Path, tmp_path: Path) -> None:
    remote = tmp_path / "www"
    deploy(output, remote.as_uri())
    (remote / "robots.txt").write_text("User-agent: *\n", encoding="utf-8")  # not ours: never deleted
    old, new = rerender(output, tmp_path)
    report = deploy(output, remote.as_uri())
    stem = new.removesuffix(".mp3")
    assert set(report.sent[:-2]) == {f"episodes/{new}", *(f"episodes/{stem}{s}" for s in SIDECARS)}
    assert report.sent[-2:] == ("feed.xml", "index.html")
    assert f"episodes/{old}" in report.deleted
    assert mp3_names(remote) == {new}
    assert not list((remote / "episodes").glob(old.removesuffix(".mp3") + "*"))
    assert new in (remote / "feed.xml").read_text(encoding="utf-8")
    assert (remote / "robots.txt").is_file()


def test_a_file_deleted_remotely_by_hand_is_sent_again(output: Path, tmp_path: Path) -> None:
    remote = tmp_path / "www"
    deploy(output, remote.as_uri())
    (mp3,) = mp3_names(output)
    (remote / "episodes" / mp3).unlink()
    assert deploy(output, remote.as_uri()).sent == (f"episodes/{mp3}",)


def test_narrate_deploys_at_the_end_when_deploy_to_is_set(tmp_path: Path) -> None:
    remote = tmp_path / "www"
    config = tmp_path / "narrator.toml"
    config.write_text(f'[publish]\ndeploy_to = "{remote.as_uri()}"\n', encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["--config", str(config), "narrate", str(article(tmp_path)),
                                       "--voice", "espeak", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert mp3_names(remote) == mp3_names(out) and (remote / "feed.xml").is_file()
    assert f"{remote.as_uri()}: 8 sent" in result.stderr  # the episode, its 4 sidecars, cover, feed, page


def test_a_failed_deploy_at_the_end_of_narrate_is_one_failure_line(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the web root should be", encoding="utf-8")
    target = (blocker / "www").as_uri()
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["narrate", str(article(tmp_path)), "--voice", "espeak", "-o", str(out)],
                                env={"NARRATOR_PUBLISH__DEPLOY_TO": target})
    assert result.exit_code == 1, result.output
    assert "1 narrated" in result.stderr and "Traceback" not in result.stderr
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert line.startswith(f"failed: {target}: sending cover.jpg") and "run it again" in line
    assert mp3_names(out) and (out / "feed.xml").is_file()  # the show itself is done


@pytest.mark.parametrize(("target", "message"), [
    ("ftp://example.org/show", "cannot deploy to ftp"),
    ("/var/www/show", "cannot deploy to a plain path"),
    ("sftp://example.org", "no host or folder named"),
    ("s3:///prefix", "no bucket named"),
])
def test_a_target_we_cannot_use_is_a_usage_error(output: Path, target: str, message: str) -> None:
    result = CliRunner().invoke(main, ["publish", "-o", str(output), "--to", target])
    assert result.exit_code == 2, result.output
    assert message in result.stderr and target in result.stderr


def test_a_bad_deploy_to_is_refused_before_anything_is_narrated(tmp_path: Path) -> None:
    config = tmp_path / "narrator.toml"
    config.write_text('[publish]\ndeploy_to = "sfpt://me@web.example.org/var/www"\n', encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["--config", str(config), "narrate", str(article(tmp_path)),
                                       "--voice", "espeak", "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert f"{config}: setting publish.deploy_to='sfpt://" in result.stderr and "sftp://user@host" in result.stderr
    assert not out.exists()


def test_deploying_into_the_output_folder_is_refused(output: Path) -> None:
    with pytest.raises(ConfigError, match="inside the output folder"):
        deploy(output, (output / "www").as_uri())


# --- sftp:// against a real OpenSSH server -------------------------------------------------------------------


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes], seconds: float = 20.0) -> None:
    """Wait until something accepts connections on port, or fail with the server's own words."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited: {process.stderr.read().decode() if process.stderr else ''}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.1)
    pytest.fail(f"nothing listens on 127.0.0.1:{port}")


def descendants(pid: int) -> list[int]:
    """The processes started by pid, recursively (sshd gives each connection its own session)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


@dataclass
class Sshd:
    """A running sshd of this test's own, and what a client needs to reach it."""

    folder: Path
    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"sftp://{getpass.getuser()}@127.0.0.1:{self.port}{self.folder / 'www'}"

    def start(self) -> None:
        self.process = subprocess.Popen([str(SSHD), "-D", "-e", "-f", str(self.folder / "sshd_config")],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_for_port(self.port, self.process)

    def kill(self) -> None:
        """Kill the server and every connection it serves, as a crash or a cut cable would."""
        if self.process is None:
            return
        for pid in [*descendants(self.process.pid), self.process.pid]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        self.process = None


def keygen(path: Path) -> str:
    """Make an ed25519 key pair at path; return the public key line."""
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(path)], check=True)
    return path.with_suffix(".pub").read_text(encoding="utf-8").strip()


@pytest.fixture
def sshd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sshd]:
    """Our own sshd on 127.0.0.1, a HOME with the user's key, and known_hosts naming the server."""
    if not SSHD.is_file() or not shutil.which("ssh-keygen"):
        pytest.skip("needs Debian's openssh-server (make system-deps installs it)")
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    server = Sshd(tmp_path / "sshd", free_port())
    (server.folder / "www").mkdir(parents=True)
    host_key = keygen(server.folder / "host_ed25519")
    user_key = keygen(home / ".ssh" / "id_ed25519")
    (server.folder / "authorized_keys").write_text(user_key + "\n", encoding="utf-8")
    (home / ".ssh" / "known_hosts").write_text(f"[127.0.0.1]:{server.port} {host_key}\n", encoding="utf-8")
    (server.folder / "sshd_config").write_text("\n".join([
        f"Port {server.port}", "ListenAddress 127.0.0.1", f"HostKey {server.folder / 'host_ed25519'}",
        f"PidFile {server.folder / 'sshd.pid'}", f"AuthorizedKeysFile {server.folder / 'authorized_keys'}",
        "PasswordAuthentication no", "KbdInteractiveAuthentication no", "PubkeyAuthentication yes",
        "UsePAM no", "StrictModes no", "PermitRootLogin prohibit-password", "Subsystem sftp internal-sftp",
        "LogLevel ERROR", "",
    ]), encoding="utf-8")
    if os.geteuid() == 0:
        Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)  # sshd's privilege separation folder
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("SSH_AUTH_SOCK", raising=False)  # the key in HOME, not whatever agent runs here
    server.start()
    try:
        yield server
    finally:
        server.kill()


def test_sftp_mirrors_the_show_and_a_rerender_replaces_the_file(sshd: Sshd, output: Path, tmp_path: Path) -> None:
    remote = sshd.folder / "www"
    result = CliRunner().invoke(main, ["publish", "-o", str(output), "--to", sshd.url])
    assert result.exit_code == 0, result.output
    assert mp3_names(remote) == mp3_names(output)
    assert (remote / "feed.xml").read_bytes() == (output / "feed.xml").read_bytes()
    assert not (remote / "catalog.sqlite").exists() and not list(remote.rglob(".*"))
    old, new = rerender(output, tmp_path)
    report = deploy(output, sshd.url)
    assert report.sent[-2:] == ("feed.xml", "index.html") and f"episodes/{old}" in report.deleted
    assert mp3_names(remote) == {new}
    assert (remote / "episodes" / new).read_bytes() == (output / "episodes" / new).read_bytes()


def test_sftp_finds_host_port_user_and_key_in_ssh_config(sshd: Sshd, output: Path) -> None:
    ssh = Path(os.environ["HOME"]) / ".ssh"
    (ssh / "id_ed25519").rename(ssh / "harbour_key")  # found only through IdentityFile
    (ssh / "config").write_text(f"Host harbour\n  HostName 127.0.0.1\n  Port {sshd.port}\n"
                                f"  User {sshd.url.split('//')[1].split('@')[0]}\n"
                                f"  IdentityFile ~/.ssh/harbour_key\n", encoding="utf-8")
    deploy(output, f"sftp://harbour{sshd.folder / 'www'}")
    assert mp3_names(sshd.folder / "www") == mp3_names(output)


def test_sftp_refuses_a_host_not_in_known_hosts(sshd: Sshd, output: Path) -> None:
    (Path(os.environ["HOME"]) / ".ssh" / "known_hosts").write_text("", encoding="utf-8")
    with pytest.raises(PublishError, match=rf"\[127.0.0.1\]:{sshd.port} is not in known_hosts"):
        deploy(output, sshd.url)
    assert not list((sshd.folder / "www").iterdir())


def test_sftp_refuses_a_host_whose_key_changed(sshd: Sshd, output: Path, tmp_path: Path) -> None:
    other = keygen(tmp_path / "impostor")
    (Path(os.environ["HOME"]) / ".ssh" / "known_hosts").write_text(f"[127.0.0.1]:{sshd.port} {other}\n")
    with pytest.raises(PublishError, match="does not match known_hosts"):
        deploy(output, sshd.url)


def test_an_upload_cut_off_half_way_is_finished_by_the_next_run(sshd: Sshd, output: Path) -> None:
    remote = sshd.folder / "www"
    deploy(output, sshd.url)
    old_feed = (remote / "feed.xml").read_bytes()
    big = add_big_episode(output, 96 << 20)
    part = remote / "episodes" / f".{big}.part"

    def kill_mid_transfer() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(FileNotFoundError):
                if part.stat().st_size > 1 << 20:
                    sshd.kill()
                    return
            time.sleep(0.005)

    killer = threading.Thread(target=kill_mid_transfer)
    killer.start()
    with pytest.raises(PublishError) as failed:
        deploy(output, sshd.url)
    killer.join()
    assert f"sending episodes/{big} failed" in str(failed.value) and sshd.url in str(failed.value)
    assert 0 < part.stat().st_size < 96 << 20
    assert (remote / "feed.xml").read_bytes() == old_feed  # listeners still see the old, complete show
    assert not (remote / "episodes" / big).exists()

    sshd.start()
    report = deploy(output, sshd.url)
    assert report.sent == (f"episodes/{big}", "feed.xml", "index.html")
    assert (remote / "episodes" / big).stat().st_size == 96 << 20
    assert big in (remote / "feed.xml").read_text(encoding="utf-8")


# --- s3:// against moto's standalone server, an S3 emulator ---------------------------------------------------


@dataclass
class Moto:
    """moto's standalone server (an S3 emulator) of this test's own; it keeps its buckets in memory."""

    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def settings(self) -> PublishSettings:
        return PublishSettings(title="Harbour Notes", s3_endpoint_url=self.endpoint)

    def start(self) -> None:
        import boto3

        self.process = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_for_port(self.port, self.process, 60)
        boto3.client("s3", endpoint_url=self.endpoint).create_bucket(Bucket="podcasts")

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture
def s3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Moto]:
    """The S3 emulator on 127.0.0.1 with one bucket, and credentials given the usual AWS way."""
    pytest.importorskip("moto.server", reason="needs moto[server] (in the dev extra)")
    for key, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                       "AWS_DEFAULT_REGION": "us-east-1", "AWS_CONFIG_FILE": str(tmp_path / "none"),
                       "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none")}.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    server = Moto(free_port())
    try:
        server.start()
        yield server
    finally:
        server.kill()


def test_s3_objects_get_podcast_content_types_and_only_changes_are_sent(s3: Moto, output: Path,
                                                                      tmp_path: Path) -> None:
    import boto3

    settings = s3.settings
    client = boto3.client("s3", endpoint_url=s3.endpoint)
    first = deploy(output, "s3://podcasts/harbour", settings)
    assert first.sent[-2:] == ("feed.xml", "index.html")
    (mp3,) = mp3_names(output)
    stem = mp3.removesuffix(".mp3")
    types = {key: client.head_object(Bucket="podcasts", Key=f"harbour/{key}")["ContentType"]
             for key in ("feed.xml", "index.html", f"episodes/{mp3}", f"episodes/{stem}.vtt")}
    assert types == {"feed.xml": "application/rss+xml", "index.html": "text/html; charset=utf-8",
                     f"episodes/{mp3}": "audio/mpeg", f"episodes/{stem}.vtt": "text/vtt; charset=utf-8"}
    assert deploy(output, "s3://podcasts/harbour", settings).sent == ()
    old, new = rerender(output, tmp_path)
    deploy(output, "s3://podcasts/harbour", settings)
    keys = {o["Key"] for o in client.list_objects_v2(Bucket="podcasts")["Contents"]}
    assert f"harbour/episodes/{new}" in keys and f"harbour/episodes/{old}" not in keys
    assert not any("catalog" in key or "/." in key for key in keys)


def test_s3_a_missing_bucket_says_so(s3: Moto, output: Path) -> None:
    with pytest.raises(PublishError, match="s3://nobucket/show: the bucket does not exist"):
        deploy(output, "s3://nobucket/show", s3.settings)


def test_a_catalog_from_before_deploys_existed_is_upgraded_in_place(output: Path, tmp_path: Path) -> None:
    import sqlite3

    with contextlib.closing(sqlite3.connect(output / "catalog.sqlite")) as conn:
        conn.executescript("DROP TABLE deployed; DROP TABLE feeds; DROP TABLE feed_items; PRAGMA user_version = 1;"
                           "ALTER TABLE episodes DROP COLUMN render_key;")  # as version 1 had it
    episodes = publish.episodes(output)
    assert len(episodes) == 1
    assert len(deploy(output, (tmp_path / "www").as_uri()).sent) == 8
    assert publish.episodes(output) == episodes


def test_s3_an_upload_cut_off_half_way_is_finished_by_the_next_run(s3: Moto, output: Path) -> None:
    import boto3

    big = add_big_episode(output, 96 << 20)
    killer: list[threading.Timer] = []

    def sending(name: str, number: int, total: int) -> None:
        if name == f"episodes/{big}":  # a moment into this upload, the emulator dies
            killer.append(threading.Timer(0.3, s3.kill))
            killer[0].start()

    with pytest.raises(PublishError, match=rf"s3://podcasts/harbour: sending episodes/{big} failed"):
        publish.deploy(output, "s3://podcasts/harbour", s3.settings, sending)
    killer[0].join()
    s3.start()  # an emulator keeps nothing: the next run finds the bucket empty and sends it all again
    report = deploy(output, "s3://podcasts/harbour", s3.settings)
    assert report.sent[-2:] == ("feed.xml", "index.html") and f"episodes/{big}" in report.sent
    head = boto3.client("s3", endpoint_url=s3.endpoint).head_object(Bucket="podcasts", Key=f"harbour/episodes/{big}")
    assert head["ContentLength"] == 96 << 20 and head["ContentType"] == "audio/mpeg"
