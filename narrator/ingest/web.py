"""Fetch an http(s) URL with a timeout, a size cap, limited redirects and a User-Agent."""

from __future__ import annotations

import logging
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message
from typing import Any, BinaryIO

from narrator.config import IngestSettings
from narrator.errors import InputError
from narrator.model import Format, Source

log = logging.getLogger(__name__)

_TYPE_FORMATS = {
    "text/html": Format.HTML,
    "application/xhtml+xml": Format.HTML,
    "text/markdown": Format.MARKDOWN,
    "text/x-markdown": Format.MARKDOWN,
    "text/plain": Format.TEXT,
}


_NOT_WEB = "redirected to a non-web address"


def is_url(spec: str) -> bool:
    """True for an http(s) URL."""
    return spec.lower().startswith(("http://", "https://"))


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s) addresses."""

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        if not is_url(newurl):
            raise urllib.error.HTTPError(newurl, code, _NOT_WEB, headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _redirect_handler(limit: int) -> urllib.request.HTTPRedirectHandler:
    """A redirect handler that gives up after limit redirects (urllib reads a class attribute)."""

    class LimitedRedirects(_WebOnlyRedirects):
        max_redirections = limit

    return LimitedRedirects()


def _format_for_type(content_type: str) -> Format:
    """The Format a Content-Type suggests."""
    return _TYPE_FORMATS.get(content_type.split(";")[0].strip().lower(), Format.AUTO)


def _charset(headers: Message) -> str | None:
    """The charset the Content-Type header declares, if any."""
    charset = headers.get_content_charset()
    return charset.strip().lower() if charset else None


PAGE_TYPES = "text/html,text/markdown,text/plain,*/*;q=0.5"
FEED_TYPES = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"


@dataclass(frozen=True)
class Response:
    """What a server answered: the Source, or None when it said the copy we hold is current (304)."""

    source: Source | None
    etag: str | None = None
    """The version tag the server gave, sent back as If-None-Match next time."""
    last_modified: str | None = None
    """The Last-Modified date the server gave, sent back as If-Modified-Since next time."""


def fetch(url: str, settings: IngestSettings) -> Source:
    """Download url into a Source, streaming and stopping at settings.max_bytes."""
    source = request(url, settings).source
    assert source is not None  # only a conditional request can be answered "not modified"
    return source


def request(url: str, settings: IngestSettings, accept: str = PAGE_TYPES,
            etag: str | None = None, last_modified: str | None = None) -> Response:
    """Download url; with etag or last_modified, ask for it only if it changed since (304: source None)."""
    opener = urllib.request.build_opener(_redirect_handler(settings.max_redirects))
    headers = {"User-Agent": settings.user_agent, "Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with opener.open(urllib.request.Request(url, headers=headers), timeout=settings.timeout_s) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > settings.max_bytes:
                raise too_large(url, f"more than {settings.max_bytes:,} bytes")
            data = read_limited(response, url, settings.max_bytes)
            final_url = response.geturl()
            content_type = response.headers.get("Content-Type", "")
            charset = _charset(response.headers)
            validators = response.headers.get("ETag"), response.headers.get("Last-Modified")
    except urllib.error.HTTPError as exc:
        if exc.code == 304 and (etag or last_modified):
            log.debug("%s: not modified", url)
            return Response(None, etag, last_modified)
        if exc.code in (301, 302, 303, 307, 308):
            reason = str(exc.reason) if exc.reason == _NOT_WEB else "too many redirects"
        else:
            reason = f"HTTP {exc.code} {exc.reason}"
        raise InputError(reason, origin=url, hint="check the URL opens in a browser") from exc
    except urllib.error.URLError as exc:
        raise InputError(
            f"cannot connect ({exc.reason})", origin=url, hint="check the address and your network"
        ) from exc
    except TimeoutError as exc:
        raise InputError(
            f"no answer within {settings.timeout_s:g} s",
            origin=url,
            hint="try again later or raise ingest.timeout_s",
        ) from exc
    except (OSError, ValueError) as exc:
        raise InputError(f"download failed ({exc})", origin=url, hint="check the URL") from exc
    log.debug("fetched %s bytes from %s (%s)", len(data), final_url, content_type)
    source = Source(origin=url, data=data, format_hint=_format_for_type(content_type), charset=charset, url=final_url)
    return Response(source, *validators)


def too_large(origin: str, size: str) -> InputError:
    """The error for input over ingest.max_bytes, saying how to allow it."""
    return InputError(f"too large ({size})", origin=origin,
                      hint="raise ingest.max_bytes in narrator.toml if this really is one article")


def read_limited(stream: BinaryIO, origin: str, max_bytes: int) -> bytes:
    """Read at most max_bytes from a file, stdin or a response; refuse anything larger instead of truncating it."""
    chunks: list[bytes] = []
    total = 0
    while chunk := stream.read(min(1 << 16, max_bytes + 1 - total)):
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise too_large(origin, f"more than {max_bytes:,} bytes")
    return b"".join(chunks)
