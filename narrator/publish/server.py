"""Serve the output folder as podcast apps need it: right content types and HTTP Range requests."""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, BinaryIO

log = logging.getLogger(__name__)

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BEYOND_ANY_FILE = 10**18
"""Range bounds with more digits than this are read as this: int() refuses 4,301 digits, no file is this big."""
IDLE_TIMEOUT_S = 30.0
"""A connection that sends nothing (no request, or no more of one) for this long is closed, freeing its thread."""
_PRIVATE = {"catalog.sqlite", "catalog.sqlite-journal", "catalog.sqlite-wal", "catalog.sqlite-shm"}
CHUNK = 64 * 1024
CONTENT_TYPES = {
    ".mp3": "audio/mpeg",
    ".xml": "application/rss+xml",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/x-subrip",
    ".json": "application/json",
    ".html": "text/html; charset=utf-8",
}


class PodcastRequestHandler(SimpleHTTPRequestHandler):
    """Static files with podcast content types, single-range requests, and no private files."""

    _remaining: int | None = None
    # A line that is no request at all ("GARBAGE") is answered as HTTP/1.0, with a status line a client can
    # read, not as HTTP/0.9 (a bare body).
    default_request_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        """Log requests through logging instead of stderr."""
        log.info("%s %s", self.address_string(), format % args)

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        """Podcast types first: the platform's MIME table knows neither .vtt nor RSS."""
        return CONTENT_TYPES.get(Path(path).suffix.lower()) or super().guess_type(path)

    def end_headers(self) -> None:
        """Every response says ranges are welcome."""
        self.send_header("Accept-Ranges", "bytes")
        super().end_headers()

    def list_directory(self, path: str | os.PathLike[str]) -> None:
        """No directory listings."""
        self.send_error(HTTPStatus.NOT_FOUND, "Not found")

    def log_error(self, format: str, *args: Any) -> None:
        """The reason for an error answer, under the one request line log_message writes for it."""
        log.debug("%s %s", self.address_string(), format % args)

    def _refusal(self, path: str) -> HTTPStatus | None:
        """Why the file at path is not served, decided on the file the path resolves to, never on the URL.

        The catalog and hidden files (.cache/, .part files) are private whatever encoding or symlink names them.
        """
        if "\x00" in path or _SURROGATE.search(path):  # "%00", or "%ED%A0%80" that no file system can name
            return HTTPStatus.BAD_REQUEST
        try:
            relative = Path(path).resolve().relative_to(Path(self.directory).resolve())
        except ValueError:  # a symlink out of the folder
            return HTTPStatus.NOT_FOUND
        if any(part.startswith(".") for part in relative.parts) or relative.name in _PRIVATE:
            return HTTPStatus.NOT_FOUND
        return None

    def send_head(self) -> BinaryIO | None:
        """Answer a Range request with 206 or 416; anything else as the base class does."""
        self._remaining = None
        path = self.translate_path(self.path)
        refusal = self._refusal(path)
        if refusal is not None:
            self.send_error(refusal, "Bad request" if refusal is HTTPStatus.BAD_REQUEST else "Not found")
            return None
        header = self.headers.get("Range")
        if header is None or not _RANGE.match(header.strip()) or not os.path.isfile(path):
            # No range, or several ranges: the whole file is a valid answer to either.
            return super().send_head()
        try:
            handle = open(path, "rb")  # noqa: SIM115 - returned to the base class, which closes it
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        size = os.fstat(handle.fileno()).st_size
        span = _byte_range(header, size)
        if span is None:
            handle.close()
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        start, end = span
        handle.seek(start)
        self._remaining = end - start + 1
        self.send_response(HTTPStatus.PARTIAL_CONTENT)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(self._remaining))
        self.send_header("Last-Modified", self.date_time_string(int(os.fstat(handle.fileno()).st_mtime)))
        self.end_headers()
        return handle

    def copyfile(self, source: Any, outputfile: Any) -> None:
        """Send the requested range only; a client hanging up mid-file is normal for players."""
        try:
            if self._remaining is None:
                shutil.copyfileobj(source, outputfile)
                return
            while self._remaining > 0:
                chunk = source.read(min(CHUNK, self._remaining))
                if not chunk:
                    break
                outputfile.write(chunk)
                self._remaining -= len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            log.debug("client closed the connection during %s", self.path)


def _byte_range(header: str, size: int) -> tuple[int, int] | None:
    """First and last byte of a single "bytes=a-b", "a-" or "-n" range; None when unsatisfiable."""
    match = _RANGE.match(header.strip())
    if match is None or size == 0:
        return None
    first, last = (_bound(group) for group in match.groups())
    if first is None:
        if not last:
            return None
        return max(0, size - last), size - 1
    end = min(last, size - 1) if last is not None else size - 1
    return (first, end) if first <= end else None


def _bound(digits: str) -> int | None:
    """One end of a byte range; absurdly long numbers are larger than any file, not an error."""
    if not digits:
        return None
    return int(digits) if len(digits) <= 18 else _BEYOND_ANY_FILE


class PodcastServer(ThreadingHTTPServer):
    """One thread per connection; a request that breaks the handler costs one log line, not a traceback."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Log a failed request in one line (the traceback under -vv); the server goes on."""
        log.warning("request from %s failed", client_address[0] if client_address else "?")
        log.debug("the failed request", exc_info=True)


def make_server(
    output_dir: Path, host: str = "127.0.0.1", port: int = 8000, idle_timeout_s: float = IDLE_TIMEOUT_S
) -> ThreadingHTTPServer:
    """A ready server for output_dir (port 0 picks a free one); run serve_forever() in a thread."""

    class Handler(PodcastRequestHandler):
        timeout = idle_timeout_s  # the socket timeout of each connection (socketserver reads a class attribute)

    return PodcastServer((host, port), functools.partial(Handler, directory=str(output_dir)))


def serve(output_dir: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve output_dir until interrupted."""
    server = make_server(output_dir, host, port)
    bound_host, bound_port = server.server_address[:2]
    log.info("serving %s at http://%s:%s/ (feed: /feed.xml)", output_dir, bound_host, bound_port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        log.info("stopped")
    finally:
        server.server_close()
