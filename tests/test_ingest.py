"""ingest: files, stdin, http(s) from a local server, folders and globs, article feeds."""

from __future__ import annotations

import contextlib
import http.server
import io
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from narrator.config import IngestSettings
from narrator.errors import InputError
from narrator.ingest import expand, ingest, read_feed
from narrator.model import Feed, Format

FIXTURES = Path(__file__).parent / "fixtures" / "clean"
PAGE = (FIXTURES / "article.html").read_bytes()
SETTINGS = IngestSettings(timeout_s=2.0)


class Handler(http.server.BaseHTTPRequestHandler):
    """Canned responses by path; nothing leaves 127.0.0.1."""

    def log_message(self, format: str, *args: object) -> None:  # keep pytest output clean
        pass

    def send(self, body: bytes, content_type: str, status: int = 200, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The client may give up first (timeout and size-cap tests).
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/article":
            self.send(PAGE, "text/html; charset=utf-8")
        elif path == "/latin":
            self.send("Caf\u00e9 au lait.".encode("latin-1"), "text/plain; charset=ISO-8859-1")
        elif path == "/notes.md":
            self.send(b"# Notes\n\nPlain words here.", "text/markdown")
        elif path == "/agent":
            self.send(self.headers.get("User-Agent", "").encode(), "text/plain")
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", f"/hop/{left - 1}" if left > 1 else "/article")
            self.end_headers()
        elif path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://example.org/file")
            self.end_headers()
        elif path == "/big":
            self.send(b"x" * 5000, "text/plain")
        elif path == "/big-unannounced":
            self.send(b"x" * 5000, "text/plain", length=False)
        elif path == "/slow":
            time.sleep(1.5)
            self.send(b"late", "text/plain")
        elif path == "/relative-feed":
            self.send(b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                      b"<item><link>/posts/one</link></item></channel></rss>", "application/rss+xml")
        elif path == "/feed":
            self.send((FIXTURES / "feed.xml").read_bytes(), "application/rss+xml")
        else:
            self.send(b"not here", "text/plain", status=404)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_file_is_read_with_format_hint() -> None:
    source = ingest(str(FIXTURES / "article.md"), SETTINGS)
    assert source.data == (FIXTURES / "article.md").read_bytes()
    assert source.format_hint is Format.MARKDOWN
    assert source.origin == str(FIXTURES / "article.md")


def test_missing_file() -> None:
    with pytest.raises(InputError, match=r"nope\.md: file not found \(check the path"):
        ingest("nope.md", SETTINGS)


def test_folder_is_not_a_file() -> None:
    with pytest.raises(InputError, match="is a folder"):
        ingest(str(FIXTURES), SETTINGS)


def test_file_too_large(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 200)
    with pytest.raises(InputError, match=r"too large .*ingest\.max_bytes"):
        ingest(str(big), IngestSettings(max_bytes=100))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    import os

    secret = tmp_path / "secret.txt"
    secret.write_text("x")
    secret.chmod(0)
    if os.access(secret, os.R_OK):
        pytest.skip("running as a user who can read anything")
    with pytest.raises(InputError, match="permission denied"):
        ingest(str(secret), SETTINGS)


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"hello from a pipe")))
    source = ingest("-", SETTINGS)
    assert (source.origin, source.data, source.format_hint) == ("-", b"hello from a pipe", Format.AUTO)


def test_url_fetch_sets_hint_charset_and_final_url(server: str) -> None:
    source = ingest(f"{server}/article", SETTINGS)
    assert source.data == PAGE
    assert source.format_hint is Format.HTML
    assert source.charset == "utf-8"
    assert source.url == f"{server}/article"


def test_url_charset_and_markdown_type(server: str) -> None:
    assert ingest(f"{server}/latin", SETTINGS).charset == "iso-8859-1"
    assert ingest(f"{server}/notes.md", SETTINGS).format_hint is Format.MARKDOWN


def test_url_sends_user_agent(server: str) -> None:
    assert ingest(f"{server}/agent", SETTINGS).data.decode() == SETTINGS.user_agent


def test_redirects_followed_up_to_the_limit(server: str) -> None:
    source = ingest(f"{server}/hop/3", SETTINGS)
    assert source.url == f"{server}/article" and source.origin == f"{server}/hop/3"
    with pytest.raises(InputError, match=r"hop/9: too many redirects"):
        ingest(f"{server}/hop/9", IngestSettings(max_redirects=3))


def test_redirect_to_non_web_address(server: str) -> None:
    with pytest.raises(InputError, match=r"/to-ftp: redirected to a non-web address"):
        ingest(f"{server}/to-ftp", SETTINGS)


def test_http_error_names_url_and_status(server: str) -> None:
    with pytest.raises(InputError, match=r"/missing: HTTP 404"):
        ingest(f"{server}/missing", SETTINGS)


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_url_size_cap(server: str, path: str) -> None:
    with pytest.raises(InputError, match="too large"):
        ingest(f"{server}{path}", IngestSettings(max_bytes=1000))


def test_url_timeout(server: str) -> None:
    with pytest.raises(InputError, match=r"/slow: no answer within 0.3 s"):
        ingest(f"{server}/slow", IngestSettings(timeout_s=0.3))


def test_unreachable_server() -> None:
    with pytest.raises(InputError, match=r"127\.0\.0\.1:9/x: cannot connect"):
        ingest("http://127.0.0.1:9/x", SETTINGS)


def test_expand_folder_recursively_in_stable_order(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "sub/c.html", "sub/d.htm", "sub/e.markdown", "skip.png", ".hidden/f.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = expand([str(tmp_path)])
    assert [Path(p).relative_to(tmp_path).as_posix() for p in found] == [
        "a.txt", "b.md", "sub/c.html", "sub/d.htm", "sub/e.markdown"]


def test_expand_globs_urls_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "one.md").write_text("x")
    (tmp_path / "two.md").write_text("x")
    specs = expand([str(tmp_path / "*.md"), "https://example.org/a", "-", str(tmp_path / "one.md")])
    assert specs == [str(tmp_path / "one.md"), str(tmp_path / "two.md"), "https://example.org/a", "-"]


def test_expand_nothing_matches(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"\*\.md: matches no article files"):
        expand([str(tmp_path / "*.md")])
    with pytest.raises(InputError, match=r"absent\.md: file not found \(check the path"):
        expand([str(tmp_path / "absent.md")])  # the same words as read_file's, for narrate and preview alike


def links(feed: Feed) -> list[str | None]:
    """The items' links, newest first."""
    return [item.link for item in feed.items]


def test_read_feed_rss_from_url_one_item_per_link(server: str) -> None:
    assert links(read_feed(f"{server}/feed", SETTINGS)) == ["https://courier.example/first",
                                                            "https://courier.example/second"]


def test_read_feed_resolves_relative_links(server: str) -> None:
    assert links(read_feed(f"{server}/relative-feed", SETTINGS)) == [f"{server}/posts/one"]


def test_read_feed_atom_file_newest_first() -> None:
    assert links(read_feed(str(FIXTURES / "atom.xml"), SETTINGS)) == ["https://notes.example/two",
                                                                      "https://notes.example/one"]


def test_a_text_file_is_not_a_feed() -> None:
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        read_feed(str(FIXTURES / "plain.txt"), SETTINGS)
