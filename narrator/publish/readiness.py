"""The show against what Apple Podcasts, Spotify and Podcast Index require before they list it.

Each problem is a Finding that says what is wrong and what to do; a blocking one means a directory
would refuse the submission (or the show would break for listeners). The published files are checked
as they are on disk: feed.xml, cover.jpg and the episodes it names.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from narrator.config import PublishSettings, primary_language
from narrator.publish import catalog
from narrator.publish.artwork import COVER_NAME, MAX_BYTES, MIN_SIZE, SIZE, is_remote
from narrator.publish.catalog import EPISODES_DIR, EpisodeRecord
from narrator.publish.feed import FEED_NAME, ITUNES, artwork_url, base, show_language

if TYPE_CHECKING:
    from lxml import etree

MAX_FEED_BYTES = 4 * 1024 * 1024
"""Apple stops reading larger feeds (big catalogues hit it first)."""
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]+$")
_PRIVATE_SUFFIXES = (".localhost", ".local", ".lan", ".home", ".internal", ".test", ".example", ".invalid",
                     ".home.arpa")
_EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net")


@dataclass(frozen=True)
class Finding:
    """One thing a directory would object to, and how to fix it."""

    blocking: bool
    """True when a submission would be refused or listeners would get errors."""
    problem: str
    fix: str

    def __str__(self) -> str:
        return f"{self.problem} ({self.fix})"


@cache
def apple_categories() -> dict[str, tuple[str, ...]]:
    """Apple's categories and their subcategories, read from the packaged list."""
    text = resources.files("narrator.publish").joinpath("apple-categories.txt").read_text(encoding="utf-8")
    categories: dict[str, list[str]] = {}
    parent = ""
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith(" "):
            categories[parent].append(line.strip())
        else:
            parent = line.strip()
            categories[parent] = []
    return {name: tuple(children) for name, children in categories.items()}


def check(settings: PublishSettings, output_dir: Path) -> list[Finding]:
    """Every finding for the show in output_dir, blocking ones first."""
    records = catalog.episodes(output_dir) if catalog.catalog_path(output_dir).is_file() else []
    findings = [
        *_base_url(settings.base_url),
        *_owner(settings),
        *_category(settings.category),
        *_languages(records, settings),
        *_artwork(settings, output_dir),
        *_feed(settings, output_dir, show_language(records, settings)),
    ]
    return sorted(findings, key=lambda finding: not finding.blocking)


def blocking(findings: list[Finding]) -> list[Finding]:
    """The findings that stop a submission."""
    return [finding for finding in findings if finding.blocking]


def _base_url(base_url: str) -> list[Finding]:
    """Directories fetch the feed and the audio from the internet: the base URL must be reachable there."""
    parts = urlsplit(base_url)
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.scheme not in ("http", "https") or not host:
        return [Finding(True, f"publish.base_url {base_url!r} is not an http(s) URL",
                        "set publish.base_url to where output/ is served, e.g. https://podcast.example.net/")]
    if not _public_host(host):
        return [Finding(True, f"publish.base_url {base_url!r} is not reachable from the internet",
                        "set publish.base_url to the public address where output/ is served")]
    if host in _EXAMPLE_DOMAINS or host.endswith(tuple("." + domain for domain in _EXAMPLE_DOMAINS)):
        return [Finding(True, f"publish.base_url {base_url!r} is the documentation's example address",
                        "set publish.base_url to your own server's address")]
    if parts.scheme != "https":
        return [Finding(False, f"publish.base_url {base_url!r} is plain http; Spotify and Apple prefer https",
                        "serve output/ over https and set publish.base_url to the https address")]
    return []


def _public_host(host: str) -> bool:
    """Whether a host name or address can be reached from the public internet."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_global
    except ValueError:
        pass
    return "." in host and host != "localhost" and not host.endswith(_PRIVATE_SUFFIXES)


def _owner(settings: PublishSettings) -> list[Finding]:
    """Apple and Spotify send the ownership check to the owner's e-mail in the feed."""
    found = []
    if not settings.email.strip():
        found.append(Finding(True, "the feed has no owner e-mail (itunes:email)",
                             "set publish.email in narrator.toml; directories send the ownership check there"))
    elif not _EMAIL.match(settings.email.strip()):
        found.append(Finding(True, f"publish.email {settings.email!r} is not an e-mail address",
                             "set publish.email to an address such as podcast@yourdomain.net"))
    for name, value, default in (("title", settings.title, PublishSettings.title),
                                 ("author", settings.author, PublishSettings.author)):
        if not value.strip() or value == default:
            found.append(Finding(False, f"publish.{name} is the default {value!r}",
                                 f"set publish.{name} to your show's own {name}"))
    return found


def _category(category: str) -> list[Finding]:
    """itunes:category must name one of Apple's categories (and a subcategory of it, if any)."""
    names = [name.strip() for name in category.split(">") if name.strip()]
    known = apple_categories()
    fix = "set publish.category to one of: " + ", ".join(known)
    if not names or names[0] not in known:
        return [Finding(True, f"publish.category {category!r} is not one of Apple's categories", fix)]
    if len(names) > 2 or (len(names) == 2 and names[1] not in known[names[0]]):
        subs = ", ".join(known[names[0]]) or "none"
        return [Finding(True, f"publish.category {category!r}: Apple's {names[0]!r} has no such subcategory",
                        f"use one of: {subs}")]
    return []


def _languages(records: list[EpisodeRecord], settings: PublishSettings) -> list[Finding]:
    """The feed has one language, which directories list the show under: say when the episodes are not all in it.

    Not blocking: a directory takes the show, but lists it for listeners of a language it is not (all) in.
    """
    counts = Counter(primary_language(record.language) for record in records)
    language = show_language(records, settings)
    spoken = ", ".join(f"{code}: {count}" for code, count in counts.most_common())
    if counts and primary_language(language) not in counts:
        return [Finding(False, f"the feed says the show is in {language!r}, but no episode is ({spoken})",
                        f'set publish.language to "{counts.most_common(1)[0][0]}", or to "auto" (the language '
                        "most episodes are in)")]
    if len(counts) > 1:
        return [Finding(False, f"the episodes are in {len(counts)} languages ({spoken}); the feed can name one, "
                               f"{language!r}, and directories list the show under it",
                        "narrate each language's articles into a show of its own (--output DIR, with its own "
                        "publish.base_url), or set publish.language to the one to list it under")]
    return []


def _artwork(settings: PublishSettings, output_dir: Path) -> list[Finding]:
    """Square RGB JPEG or PNG, 1400 to 3000 px, at most 512 KB."""
    from PIL import Image, UnidentifiedImageError  # 20 ms to import at every start; checked after narrating

    if is_remote(settings.image):
        return [Finding(False, f"the artwork {settings.image} is remote and cannot be checked from here",
                        "give a local file as publish.image so narrator converts and checks it")]
    path = output_dir / COVER_NAME
    try:
        size = path.stat().st_size
        with Image.open(path) as image:
            kind, mode, (width, height) = image.format, image.mode, image.size
    except FileNotFoundError:
        return [Finding(True, f"{path} is missing", "run `narrator publish` to make the cover")]
    except (OSError, UnidentifiedImageError):
        return [Finding(True, f"{path} is not an image", "run `narrator publish` to make it again")]
    problems = []
    if kind not in ("JPEG", "PNG"):
        problems.append(f"is {kind}, not JPEG or PNG")
    if mode != "RGB":
        problems.append(f"is in colour mode {mode}, not RGB")
    if width != height or not MIN_SIZE <= width <= SIZE:
        problems.append(f"is {width} x {height} px, not square between {MIN_SIZE} and {SIZE} px")
    if size > MAX_BYTES:
        problems.append(f"is {size // 1024} KB, more than {MAX_BYTES // 1024} KB")
    return [Finding(True, f"{path} {problem}", "run `narrator publish` to make it again") for problem in problems]


def _feed(settings: PublishSettings, output_dir: Path, language: str) -> list[Finding]:
    """The feed as published: its size, and every enclosure there with its true length, each used once."""
    from lxml import etree  # 13 ms to import at every start; checked after narrating

    path = output_dir / FEED_NAME
    try:
        data = path.read_bytes()
        channel = etree.fromstring(data).find("channel")
    except FileNotFoundError:
        return [Finding(True, f"{path} is missing", "run `narrator narrate` or `narrator publish`")]
    except etree.XMLSyntaxError as exc:
        return [Finding(True, f"{path} is not well-formed XML ({exc})", "run `narrator publish` to rebuild it")]
    if channel is None:
        return [Finding(True, f"{path} has no channel", "run `narrator publish` to rebuild it")]
    found = _stale(channel, settings, path, language)
    if len(data) > MAX_FEED_BYTES:
        found.append(Finding(True, f"{path} is {len(data) / 1e6:.1f} MB; directories stop reading at 4 MB",
                             "take old episodes out with `narrator remove`"))
    items = channel.findall("item")
    if not items:
        found.append(Finding(True, "the feed has no episodes", "narrate at least one article first"))
    urls = [enclosure.get("url", "") for item in items for enclosure in item.findall("enclosure")]
    for url, count in Counter(urls).items():
        if count > 1:
            found.append(Finding(True, f"{count} episodes share the enclosure {url}",
                                 "narrate one of the articles again so it gets its own file"))
    # Files are found under the address the feed itself gives: after a change of base_url, the stale
    # feed is one finding above, not one more per episode.
    prefix = channel.findtext("link", "") + EPISODES_DIR + "/"
    for item in items:
        found.extend(_enclosure(item, prefix, output_dir))
    return found


def _stale(channel: etree._Element, settings: PublishSettings, path: Path, language: str) -> list[Finding]:
    """The settings checked above are what the next publish writes; directories read the feed as it is now."""
    image = channel.find(f"{{{ITUNES}}}image")
    published = {
        "base_url": channel.findtext("link", ""),
        "email": channel.findtext(f"{{{ITUNES}}}owner/{{{ITUNES}}}email", ""),
        "image": image.get("href", "") if image is not None else "",
        "category": " > ".join(c.get("text", "") for c in channel.iter(f"{{{ITUNES}}}category")),
        "language": channel.findtext("language", ""),
    }
    wanted = {
        "base_url": base(settings), "email": settings.email, "image": artwork_url(settings),
        "category": " > ".join(name.strip() for name in settings.category.split(">") if name.strip()),
        "language": language,
    }
    changed = [name for name in published if published[name] != wanted[name]]
    if not changed:
        return []
    return [Finding(True, f"{path} is older than the settings (publish.{', publish.'.join(changed)})",
                    "run `narrator publish` so that the feed says what narrator.toml says")]


def _enclosure(item: etree._Element, prefix: str, output_dir: Path) -> list[Finding]:
    """One episode's enclosure: on the server under the feed's address (prefix), and as long as the feed says."""
    title = item.findtext("title", "")
    enclosure = item.find("enclosure")
    if enclosure is None:
        return [Finding(True, f"episode {title!r} has no enclosure", "run `narrator publish`")]
    url = enclosure.get("url", "")
    if not url.startswith(prefix):
        return [Finding(True, f"episode {title!r}: {url} is not under publish.base_url",
                        "run `narrator publish` after changing publish.base_url")]
    file = output_dir / EPISODES_DIR / unquote(url[len(prefix):])
    if not file.is_file():
        return [Finding(True, f"episode {title!r}: {file} is missing", "narrate the article again")]
    length = enclosure.get("length", "")
    if length != str(file.stat().st_size):
        return [Finding(True, f"episode {title!r}: the feed says {length} bytes, {file.name} has "
                              f"{file.stat().st_size}", "run `narrator publish`")]
    return []
