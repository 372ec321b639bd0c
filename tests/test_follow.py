"""Following blogs: `follow`, `update` and `narrate --feed` against this test's own web server on 127.0.0.1.

The server counts every request, answers If-None-Match / If-Modified-Since with 304, and serves feeds written
for these tests: items that carry the whole article (content:encoded, Atom content) and items with only a
summary, whose page must be fetched. Narration uses the fast espeak voice.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from narrator import publish
from narrator.cli import main
from narrator.config import IngestSettings
from narrator.errors import InputError
from narrator.ingest import read_feed
from narrator.publish.deploy import local_files

LAST_MODIFIED = format_datetime(datetime(2025, 3, 1, tzinfo=UTC), usegmt=True)
PAGE = """<!DOCTYPE html><html lang="en"><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{body}</p></article></body></html>"""


@dataclass
class Post:
    """One blog post: on the feed, and (unless gone) as a page."""

    slug: str
    title: str
    body: str
    date: str
    full: bool = False
    """The feed carries the whole article (content:encoded) instead of a summary."""


@dataclass
class Blog:
    """What the test server serves; tests change it between runs."""

    posts: list[Post] = field(default_factory=list)
    gone: set[str] = field(default_factory=set)
    validators: bool = True
    requests: Counter[str] = field(default_factory=Counter)
    not_modified: int = 0

    def rss(self, base: str) -> bytes:
        items = []
        for post in self.posts:
            text = (f"<content:encoded><![CDATA[<p>{post.body}</p>]]></content:encoded>" if post.full
                    else f"<description>{post.body[:30]}...</description>")
            items.append(f"<item><title>{post.title}</title><link>{base}/posts/{post.slug}</link>"
                         f"<guid>{base}/posts/{post.slug}</guid><pubDate>{post.date}</pubDate>{text}</item>")
        return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Tideline</title>'
                f"<link>{base}/</link><description>Notes from the shore</description>{''.join(items)}"
                "</channel></rss>").encode()

    def page_requests(self) -> int:
        return sum(n for path, n in self.requests.items() if path.startswith("/posts/"))


def post(n: int, full: bool = False) -> Post:
    """Post n of the blog, one day newer than post n - 1."""
    return Post(f"p{n}", f"Tide table {n}", f"On day {n} the water rose early and the boats went out at dawn.",
                f"Mon, {n:02d} Feb 2025 08:00:00 GMT", full)


class Handler(http.server.BaseHTTPRequestHandler):
    blog: Blog
    """Set per server."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send(self, status: int, body: bytes = b"", content_type: str = "text/html", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        blog = self.blog
        blog.requests[self.path] += 1
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/feed.xml":
            body = blog.rss(base)
            etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
            asked = self.headers.get("If-None-Match")  # it decides when present, as RFC 9110 says
            if blog.validators and (asked == etag if asked else self.headers.get("If-Modified-Since") == LAST_MODIFIED):
                blog.not_modified += 1
                self.send(304)
            elif blog.validators:
                self.send(200, body, "application/rss+xml", ETag=etag, Last_Modified=LAST_MODIFIED)
            else:
                self.send(200, body, "application/rss+xml")
        elif self.path.startswith("/posts/") and self.path[7:] not in blog.gone:
            found = [p for p in blog.posts if p.slug == self.path[7:]]
            if found:
                self.send(200, PAGE.format(title=found[0].title, body=found[0].body).encode())
            else:
                self.send(404, b"not here")
        elif self.path == "/not-xml":
            self.send(200, b"<html><body><p>Welcome to my blog!</p></body></html>")
        elif self.path == "/":
            self.send(200, b'<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml">'
                           b"</head><body><p>Tideline: notes from the shore.</p></body></html>")
        elif self.path in ("/500", "/404"):
            self.send(int(self.path[1:]), b"oops")
        elif self.path == "/loop":
            self.send(302, Location="/loop")
        elif self.path == "/huge":  # 50 MB that never says how long it is
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
                for _ in range(50):
                    self.wfile.write(b"<!-- padding -->" * 65536)
        else:
            self.send(404, b"not here")


@pytest.fixture
def blog() -> Iterator[tuple[Blog, str]]:
    """The test's web server on 127.0.0.1 and the blog it serves."""
    state = Blog(posts=[post(1), post(2, full=True), post(3)])
    handler = type("BlogHandler", (Handler,), {"blog": state})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def run(*args: str) -> Result:
    """The CLI as a user types it."""
    return CliRunner().invoke(main, list(args))


def update(out: Path, *args: str) -> Result:
    return run("update", "--voice", "espeak", "-o", str(out), "--json", *args)


def narrated(result: Result) -> list[str]:
    """The sources an update or narrate --json narrated anew."""
    return [o["source"] for o in json.loads(result.stdout) if o["ok"] and not o["skipped"]]


def test_a_second_update_of_an_unchanged_feed_makes_no_page_request(blog: tuple[Blog, str], tmp_path: Path) -> None:
    state, base = blog
    out = tmp_path / "out"
    assert run("follow", f"{base}/feed.xml", "-o", str(out)).exit_code == 0
    first = update(out)
    assert first.exit_code == 0, first.output
    assert sorted(narrated(first)) == [f"{base}/posts/p{n}" for n in (1, 2, 3)]
    # Post 2 carries its article in the feed: its page is never fetched; the others' are, once each.
    assert state.requests["/posts/p2"] == 0 and state.page_requests() == 2
    assert len(list((out / "episodes").glob("*.mp3"))) == 3

    second = update(out)
    assert second.exit_code == 0, second.output
    assert narrated(second) == []
    assert state.page_requests() == 2 and state.not_modified == 1


def test_without_validators_unchanged_items_are_still_not_fetched(blog: tuple[Blog, str], tmp_path: Path) -> None:
    state, base = blog
    state.validators = False
    out = tmp_path / "out"
    nothing = update(out)
    assert nothing.exit_code == 2 and "narrator follow" in nothing.stderr
    run("follow", f"{base}/feed.xml", "-o", str(out))
    update(out)
    pages = state.page_requests()
    state.posts.append(post(4))
    again = update(out)
    assert narrated(again) == [f"{base}/posts/p4"]
    assert state.page_requests() == pages + 1 and state.requests["/feed.xml"] == 3


def test_the_article_in_the_feed_is_what_is_read(blog: tuple[Blog, str], tmp_path: Path) -> None:
    state, base = blog
    state.posts = [post(2, full=True)]
    out = tmp_path / "out"
    result = run("narrate", "--feed", f"{base}/feed.xml", "--voice", "espeak", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert state.page_requests() == 0
    (vtt,) = (out / "episodes").glob("*.vtt")
    transcript = vtt.read_text(encoding="utf-8")
    assert "Tide table 2" in transcript and "the water rose early" in transcript
    feed = (out / "feed.xml").read_text(encoding="utf-8")
    assert f"{base}/posts/p2" in feed  # the episode links to the article's page


def test_a_first_run_narrates_only_the_newest_items(blog: tuple[Blog, str], tmp_path: Path) -> None:
    state, base = blog
    state.posts = [post(n) for n in range(1, 7)]
    out = tmp_path / "out"
    first = run("narrate", "--feed", f"{base}/feed.xml", "--limit", "2", "--voice", "espeak", "-o", str(out),
                "--json")
    assert sorted(narrated(first)) == [f"{base}/posts/p5", f"{base}/posts/p6"]
    state.validators = False  # the older four were passed over for good, not left for later
    second = run("narrate", "--feed", f"{base}/feed.xml", "--voice", "espeak", "-o", str(out), "--json")
    assert narrated(second) == [] and state.page_requests() == 2


def test_an_updated_item_is_narrated_again_under_the_same_guid(blog: tuple[Blog, str], tmp_path: Path) -> None:
    state, base = blog
    state.posts = [post(1, full=True)]
    out = tmp_path / "out"
    run("follow", f"{base}/feed.xml", "-o", str(out))
    update(out)
    (before,) = (out / "episodes").glob("*.mp3")
    state.posts[0].body = "The harbour master changed the tide table after the storm."
    state.posts[0].date = "Tue, 04 Mar 2025 09:00:00 GMT"
    again = update(out)
    assert narrated(again) == [f"{base}/posts/p1"]
    (after,) = (out / "episodes").glob("*.mp3")
    assert after.name != before.name
    assert (out / "feed.xml").read_text(encoding="utf-8").count("<item>") == 1


def test_bad_feeds_and_a_gone_page_fail_alone_and_the_next_run_finishes(blog: tuple[Blog, str],
                                                                        tmp_path: Path) -> None:
    state, base = blog
    out = tmp_path / "out"
    state.gone = {"p3"}
    bad = [f"{base}/{path}" for path in ("not-xml", "404", "500", "loop", "huge")]
    for url in [f"{base}/feed.xml", *bad]:  # feeds that worked when they were followed
        publish.follow(out, url, "A blog")
    result = update(out)
    assert result.exit_code == 1
    failures = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    expected = {f"{base}/not-xml": "not an RSS or Atom feed", f"{base}/404": "HTTP 404",
                f"{base}/500": "HTTP 500", f"{base}/loop": "too many redirects", f"{base}/huge": "too large",
                f"{base}/posts/p3": "HTTP 404"}
    for url, why in expected.items():
        assert any(line.startswith(f"failed: {url}: ") and why in line for line in failures), (url, failures)
    assert len(failures) == len(expected) and "Traceback" not in result.stderr
    assert sorted(narrated(result)) == [f"{base}/posts/p1", f"{base}/posts/p2"]

    state.gone = set()  # the page is back: the next run narrates it, and only it
    again = update(out)
    assert narrated(again) == [f"{base}/posts/p3"]
    assert state.requests["/posts/p1"] == 1 and state.requests["/posts/p3"] == 2


def test_follow_refuses_what_is_not_a_feed_and_lists_and_unfollows(blog: tuple[Blog, str], tmp_path: Path) -> None:
    _, base = blog
    out = tmp_path / "out"
    refused = run("follow", f"{base}/not-xml", "-o", str(out))
    assert refused.exit_code == 1
    assert f"{base}/not-xml: not an RSS or Atom feed" in refused.stderr and "/feed" in refused.stderr
    page = run("follow", f"{base}/", "-o", str(out))
    assert page.exit_code == 1 and f"this page names its feed: narrator follow {base}/feed.xml" in page.stderr
    followed = run("follow", f"{base}/feed.xml", "-o", str(out))
    assert followed.exit_code == 0 and "following Tideline" in followed.stderr and "3 items" in followed.stderr
    assert "narrates the newest 10 the first time" in followed.stderr
    again = run("follow", f"{base}/feed.xml", "-o", str(out)).stderr
    assert "already following" in again and "what is new since the last update" in again and "first time" not in again
    assert run("follow", "-o", str(out)).stdout == f"{base}/feed.xml  Tideline\n"
    assert run("unfollow", f"{base}/feed.xml", "-o", str(out)).exit_code == 0
    assert run("follow", "-o", str(out)).stdout == ""
    assert run("unfollow", f"{base}/feed.xml", "-o", str(out)).exit_code == 1


def test_read_feed_atom_content_newest_first_and_relative_links(tmp_path: Path) -> None:
    atom = tmp_path / "notes.xml"
    atom.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title>'
        '<id>urn:notes</id><updated>2025-01-02T00:00:00Z</updated><author><name>Ines Ortega</name></author>'
        '<entry><title>Older</title><id>urn:1</id><updated>2025-01-01T00:00:00Z</updated>'
        '<link rel="alternate" href="https://notes.example/one"/><summary>Just a summary.</summary></entry>'
        '<entry><title>Newer</title><id>urn:2</id><updated>2025-01-02T00:00:00Z</updated>'
        '<link rel="alternate" href="https://notes.example/two"/>'
        '<content type="html">&lt;p&gt;The whole article, &amp;amp; more.&lt;/p&gt;</content></entry></feed>',
        encoding="utf-8")
    feed = read_feed(str(atom), IngestSettings())
    assert feed.title == "Notes"
    assert [(i.key, i.link, i.updated) for i in feed.items] == [
        ("urn:2", "https://notes.example/two", "2025-01-02T00:00:00Z"),
        ("urn:1", "https://notes.example/one", "2025-01-01T00:00:00Z")]
    newer, older = feed.items
    assert older.article is None  # only a summary: the page will be fetched
    assert newer.article is not None and newer.article.url == "https://notes.example/two"
    page = newer.article.data.decode()
    assert "The whole article, &amp; more." in page and 'content="Ines Ortega"' in page


def test_read_feed_refuses_a_page_that_is_not_a_feed(tmp_path: Path) -> None:
    page = tmp_path / "blog.html"
    page.write_text("<html><body><p>Hello</p></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match=r"blog\.html: not an RSS or Atom feed"):
        read_feed(str(page), IngestSettings())


def test_the_cron_line_narrates_publishes_and_deploys_and_an_idle_run_sends_nothing(blog: tuple[Blog, str],
                                                                                    tmp_path: Path) -> None:
    state, base = blog
    state.posts = [post(1, full=True)]
    out, www = tmp_path / "out", tmp_path / "www"
    run("follow", f"{base}/feed.xml", "-o", str(out))
    env = {"NARRATOR_PUBLISH__DEPLOY_TO": www.as_uri()}
    first = CliRunner().invoke(main, ["update", "--voice", "espeak", "-o", str(out)], env=env)
    assert first.exit_code == 0, first.output
    show = len(local_files(out))  # the MP3, its sidecars, cover, feed and page
    assert f"{www.as_uri()}: {show} sent" in first.stderr
    assert (www / "feed.xml").read_bytes() == (out / "feed.xml").read_bytes()
    idle = CliRunner().invoke(main, ["update", "--voice", "espeak", "-o", str(out)], env=env)
    assert idle.exit_code == 0, idle.output
    assert f"{www.as_uri()}: 0 sent (0 bytes), 0 deleted, {show} unchanged" in idle.stderr
    assert state.not_modified == 1 and state.page_requests() == 0
