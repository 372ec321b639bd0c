"""Fetch an http(s) URL: one deadline for the whole download, a size cap, checked redirects, and no way from a
public web server into the private network narrator runs in.

The address rule: a URL the user typed may lead anywhere (it is their choice, their intranet included). A link
that a server on a public address handed us (a feed's item, a redirect's Location) may only lead to a public
address, unless ingest.allow_private_addresses is set. Every connection goes through `Download.connect`, which
resolves the name itself, checks each address with `check_address` and connects to the address it checked, so a
name that resolves differently the second time (DNS rebinding) cannot slip past.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO

from narrator.config import IngestSettings
from narrator.errors import InputError
from narrator.model import Format, Source

if TYPE_CHECKING:
    import http.client
    import urllib.request
    from email.message import Message

log = logging.getLogger(__name__)

_TYPE_FORMATS = {
    "text/html": Format.HTML,
    "application/xhtml+xml": Format.HTML,
    "text/markdown": Format.MARKDOWN,
    "text/x-markdown": Format.MARKDOWN,
    "text/plain": Format.TEXT,
}
_REDIRECTS = (301, 302, 303, 307, 308)
PAGE_TYPES = "text/html,text/markdown,text/plain,*/*;q=0.5"
FEED_TYPES = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
_PRIVATE_HINT = "narrate the URL by itself if you trust it, or set ingest.allow_private_addresses = true"


def is_url(spec: str) -> bool:
    """True for an http(s) URL."""
    return spec.lower().startswith(("http://", "https://"))


def resolve_host(host: str, port: int) -> list[str]:
    """The IP addresses a host name resolves to, in the resolver's order (tests replace this function)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public_address(address: str) -> bool:
    """True for an address on the internet: not loopback, private, link-local, shared, reserved or multicast."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 scope ("fe80::1%eth0") is no part of it
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # "::ffff:127.0.0.1" is loopback
    return ip.is_global and not ip.is_multicast


def check_address(url: str, host: str, address: str, public_only: bool) -> None:
    """Refuse to connect to a non-public address when the link to it came from a public one."""
    if public_only and not is_public_address(address):
        raise InputError(f"{host} is at the private address {address}, and the link came from a public address",
                         origin=url, hint=_PRIVATE_HINT)


class Download:
    """One fetch: its deadline, whether the next server must be public, and its sockets, closed when time is up."""

    def __init__(self, url: str, settings: IngestSettings, public_only: bool) -> None:
        self.url = url
        self.settings = settings
        self.public_only = public_only and not settings.allow_private_addresses
        self.from_public = False
        """Whether the server that answered last is on a public address."""
        self.expired = False
        self.proxied = False
        self._deadline = time.monotonic() + settings.timeout_s
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(settings.timeout_s, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> Download:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def _expire(self) -> None:
        """The deadline: wake every read still waiting (a server dripping a byte at a time never times out)."""
        self.expired = True
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def route(self, req: urllib.request.Request) -> None:
        """Note whether this request goes through a proxy (http_proxy, https_proxy), and if so check its target.

        The proxy is the user's own choice and resolves the name itself: the target's addresses are checked as
        this machine resolves them, the proxy's own address not at all.
        """
        self.proxied = req.has_proxy() or bool(getattr(req, "_tunnel_host", None))
        if self.proxied:
            target = urllib.parse.urlsplit(req.full_url)
            host = target.hostname or ""
            addresses = self._resolve(host, target.port or (443 if target.scheme == "https" else 80))
            for ip in addresses:
                check_address(self.url, host, ip, self.public_only)
            self._reached(addresses[0])

    def _resolve(self, host: str, port: int) -> list[str]:
        """resolve_host within the deadline: getaddrinfo has no timeout of its own, so it waits on a thread."""
        found: list[list[str]] = []
        failed: list[BaseException] = []

        def lookup() -> None:
            try:
                found.append(resolve_host(host, port))
            except BaseException as exc:  # handed to the caller below, like a lookup in this thread
                failed.append(exc)

        # A daemon thread: a lookup that never answers is left behind, and never holds the process open.
        worker = threading.Thread(target=lookup, name="narrator-resolve", daemon=True)
        worker.start()
        worker.join(max(0.0, self._deadline - time.monotonic()))
        if failed:
            raise failed[0]
        if not found:
            self.expired = True
            raise TimeoutError(f"looking up {host} took longer than the deadline")
        return found[0]

    def _reached(self, ip: str) -> None:
        """Remember whether the server now answering is public: what it says (a redirect) is then foreign."""
        self.from_public = is_public_address(ip)
        self.public_only = self.public_only or (self.from_public and not self.settings.allow_private_addresses)

    def connect(self, address: tuple[str, int], timeout: float | None = None,
                source_address: Any = None) -> socket.socket:
        """Resolve, check and connect to the address checked (http.client calls this for every connection)."""
        host, port = address
        addresses = self._resolve(host, port)
        for ip in addresses:
            if not self.proxied:
                check_address(self.url, host, ip, self.public_only)
        remaining = max(0.01, self._deadline - time.monotonic())
        error: OSError = OSError(f"{host} has no address")
        for ip in addresses:
            try:
                sock = socket.create_connection((ip, port), min(timeout or remaining, remaining), source_address)
            except OSError as exc:
                error = exc
                continue
            self._sockets.append(sock)
            if not self.proxied:
                self._reached(ip)
            return sock
        raise error


def _opener(download: Download) -> urllib.request.OpenerDirector:
    """An opener whose every connection goes through download.connect and whose redirects are checked."""
    import http.client  # see request
    import urllib.request


    class Connection(http.client.HTTPConnection):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._create_connection = download.connect

    class SecureConnection(http.client.HTTPSConnection):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._create_connection = download.connect

    class Handler(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            download.route(req)
            return self.do_open(Connection, req)

    class SecureHandler(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            download.route(req)
            return self.do_open(SecureConnection, req)

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = download.settings.max_redirects

        def http_error_302(self, req: Any, fp: Any, code: int, msg: str, headers: http.client.HTTPMessage) -> Any:
            """Say exactly what is wrong with a redirect before urllib follows it."""
            location = headers.get("Location")
            if not location:
                fp.close()
                raise InputError(f"HTTP {code} redirect without a Location", origin=download.url,
                                 hint="the server's answer is broken; try the address in a browser")
            target = urllib.parse.urljoin(req.full_url, location.strip())
            if not is_url(target):
                fp.close()
                scheme = urllib.parse.urlsplit(target).scheme or target[:20]
                raise InputError(f"redirected to a non-web address ({scheme}:)", origin=download.url,
                                 hint="only http and https addresses are followed")
            return super().http_error_302(req, fp, code, msg, headers)

        http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    return urllib.request.build_opener(Handler(), SecureHandler(), Redirects())


def _format_for_type(content_type: str) -> Format:
    """The Format a Content-Type suggests."""
    return _TYPE_FORMATS.get(content_type.split(";")[0].strip().lower(), Format.AUTO)


def _charset(headers: Message) -> str | None:
    """The charset the Content-Type header declares, if any."""
    charset = headers.get_content_charset()
    return charset.strip().lower() if charset else None


@dataclass(frozen=True)
class Response:
    """What a server answered: the Source, or None when it said the copy we hold is current (304)."""

    source: Source | None
    etag: str | None = None
    """The version tag the server gave, sent back as If-None-Match next time."""
    last_modified: str | None = None
    """The Last-Modified date the server gave, sent back as If-Modified-Since next time."""
    from_public: bool = False
    """Whether the server that answered is on a public address: the links it gives are then foreign."""


def fetch(url: str, settings: IngestSettings, public_only: bool = False) -> Source:
    """Download url into a Source, streaming and stopping at settings.max_bytes and settings.timeout_s."""
    source = request(url, settings, public_only=public_only).source
    assert source is not None  # only a conditional request can be answered "not modified"
    return source


def request(url: str, settings: IngestSettings, accept: str = PAGE_TYPES, etag: str | None = None,
            last_modified: str | None = None, public_only: bool = False) -> Response:
    """Download url; with etag or last_modified, ask for it only if it changed since (304: source None)."""
    # urllib.request and http.client cost 19 ms to import at every start; most runs read local files.
    import http.client
    import urllib.error
    import urllib.request

    headers = {"User-Agent": settings.user_agent, "Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    with Download(url, settings, public_only) as state:
        opener = _opener(state)
        try:
            with opener.open(urllib.request.Request(url, headers=headers), timeout=settings.timeout_s) as response:
                length = response.headers.get("Content-Length", "").strip()
                if length.isdigit() and int(length) > settings.max_bytes:
                    raise too_large(url, f"more than {settings.max_bytes:,} bytes")
                data = read_limited(response, url, settings.max_bytes)
                if state.expired:
                    raise TimeoutError
                if length.isdigit() and len(data) < int(length):
                    raise InputError(f"the download was cut short ({len(data):,} of {int(length):,} bytes)",
                                     origin=url, hint="try again later")
                final_url = response.geturl()
                content_type = response.headers.get("Content-Type", "")
                charset = _charset(response.headers)
                validators = response.headers.get("ETag"), response.headers.get("Last-Modified")
                language = response.headers.get("Content-Language", "").strip()  # clean weighs it against the page
        except urllib.error.HTTPError as exc:
            if exc.code == 304 and (etag or last_modified):
                log.debug("%s: not modified", url)
                return Response(None, etag, last_modified, state.from_public)
            raise _download_error(url, settings, exc, state.expired) from exc
        except (OSError, ValueError, http.client.HTTPException) as exc:  # URLError and timeouts are OSErrors
            raise _download_error(url, settings, exc, state.expired) from exc
    log.debug("fetched %s bytes from %s (%s)", len(data), final_url, content_type)
    source = Source(origin=url, data=data, format_hint=_format_for_type(content_type), charset=charset, url=final_url,
                    language=language)
    return Response(source, *validators, from_public=state.from_public)


def _download_error(url: str, settings: IngestSettings, exc: Exception, expired: bool) -> InputError:
    """The one-line reason a download failed, for any error urllib, http.client or the socket raise."""
    import http.client  # see request
    import urllib.error

    if expired or isinstance(exc, TimeoutError) or isinstance(getattr(exc, "reason", None), TimeoutError):
        return InputError(f"no answer within {settings.timeout_s:g} s", origin=url,
                          hint="try again later or raise ingest.timeout_s")
    if isinstance(exc, urllib.error.HTTPError):
        reason = "too many redirects" if exc.code in _REDIRECTS else f"HTTP {exc.code} {exc.reason}"
        return InputError(reason, origin=url, hint="check the URL opens in a browser")
    if isinstance(exc, urllib.error.URLError):
        return InputError(f"cannot connect ({exc.reason})", origin=url, hint="check the address and your network")
    if isinstance(exc, http.client.HTTPException):
        what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return InputError(f"the server's answer is broken ({what[:200]})", origin=url,
                          hint="try again later; the server may be misconfigured")
    return InputError(f"download failed ({exc})", origin=url, hint="check the URL")


def too_large(origin: str, size: str) -> InputError:
    """The error for input over ingest.max_bytes, saying how to allow it."""
    return InputError(f"too large ({size})", origin=origin,
                      hint="raise ingest.max_bytes in narrator.toml if this really is one article")


def read_limited(stream: BinaryIO, origin: str, max_bytes: int) -> bytes:
    """Read at most max_bytes from a file, stdin or a response; refuse anything larger instead of truncating it."""
    # read1 returns what has arrived; read(n) would wait for n bytes from a server that drips them.
    read = getattr(stream, "read1", stream.read)
    chunks: list[bytes] = []
    total = 0
    while chunk := read(min(1 << 16, max_bytes + 1 - total)):
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise too_large(origin, f"more than {max_bytes:,} bytes")
    return b"".join(chunks)
