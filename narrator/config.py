"""Settings resolved once: packaged defaults < narrator.toml < NARRATOR_* environment < CLI flags."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from narrator.errors import ConfigError
from narrator.model import Format, PauseSettings

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class IngestSettings:
    """How sources are fetched."""

    timeout_s: float = 20.0
    """Seconds a whole download may take, from connecting to the last byte."""
    max_bytes: int = 25_000_000
    """Largest page or file read; larger inputs are refused."""
    max_redirects: int = 5
    """HTTP redirects followed before giving up."""
    user_agent: str = "narrator/0.1 (+https://github.com/narrator-podcast/narrator)"
    """Sent with every request."""
    feed_limit: int = 10
    """New feed items narrated per run, newest first; on a feed's first read, older items are passed over."""
    allow_private_addresses: bool = False
    """Let links found on public addresses (feed items, redirects) lead to loopback or private addresses."""


@dataclass(frozen=True)
class CleanSettings:
    """How an article is found in a page."""

    format: Format = Format.AUTO
    """auto detects by content; html, markdown or text force a reader."""
    exclude_selectors: tuple[str, ...] = ()
    """CSS selectors of HTML elements never read."""
    exclude_lines: tuple[str, ...] = ()
    """Regular expressions: lines of text matching any are never read."""
    code_blocks: str = "skip"
    """skip or announce code blocks in Markdown."""
    language: str = "auto"
    """The language of articles that do not give theirs (a BCP 47 tag: "de", "pt-BR"); auto tells it from their
    words. An article plainly in another language is read in that one, with a warning."""
    force_language: str = ""
    """Every article is read in this language (a BCP 47 tag), whatever it declares; --language sets it. Empty or
    auto: each article's own, as language says."""
    max_seconds: float = 300.0
    """The CPU seconds one source's reading (finding its article and writing what is said) may take: a page built
    to be slow is reported and the batch goes on. A long real article takes seconds; 0 sets no limit."""
    feed_language: str = ""
    """The language a followed blog's feed declares for the article (filled in by narrator for each feed item): its
    language when its page declares none, checked against its text as a page's lang is."""


@dataclass(frozen=True)
class SpeechSettings:
    """How text is turned into speakable segments."""

    max_chars: int = 400
    """Longest segment; the chosen engine lowers it to its own limit."""
    pauses: PauseSettings = field(default_factory=PauseSettings)
    """Pauses by structure; the voice profile sets them."""
    lexicons: tuple[Path, ...] = ()
    """Lexicon files applied after normalisation, in order."""
    intro: bool = True
    """Say title, byline and date first."""
    outro: bool = True
    """End with the synthetic-voice disclosure."""
    disclosure: str = ""
    """Spoken at the end (podcast platforms require AI voices to be disclosed); empty: in the article's language."""
    urls: str = "say"
    """say: URLs in full; link: only the site's name ("more at harbor dot example"). E-mail addresses are said."""
    date_order: str = "auto"
    """How to read numeric dates such as 04/11/2024: auto (the article's region: day first but in the US, Canada and
    the Philippines; an English article naming none, month first unless its own dates write the day first), mdy or
    dmy."""


@dataclass(frozen=True)
class SynthSettings:
    """How segments are voiced."""

    cache_dir: Path = Path("output/.cache")
    """Synthesised segments by content hash."""
    threads: int = 0
    """Segments voiced at once; 0 means one per CPU core."""


@dataclass(frozen=True)
class AudioSettings:
    """How takes become an episode."""

    sample_rate: int = 44_100
    """Output sample rate in Hz."""
    bitrate: str = "96k"
    """MP3 bitrate (mono speech)."""
    loudness_lufs: float = -16.0
    """Integrated loudness target (podcast standard for mono/stereo speech)."""
    true_peak_db: float = -1.0
    """Ceiling for true peaks."""
    cover: bytes = b""
    """The show's artwork (JPEG) embedded in every MP3; pipeline fills it from the publish stage's cover."""


@dataclass(frozen=True)
class PublishSettings:
    """What the feed and site say about the show."""

    title: str = "narrator"
    description: str = "Articles read aloud by narrator."
    author: str = "narrator"
    email: str = ""
    base_url: str = "http://127.0.0.1:8000/"
    """Where output/ is served; enclosure and page links start with it."""
    language: str = "auto"
    """The language the show is in (the feed's one <language>, the page's lang): a tag, two letters as Apple wants
    ("de", "en-us"); auto: clean.language when it is set, else the language most episodes are in."""
    category: str = "News"
    explicit: bool = False
    image: str = ""
    """The show's artwork: a local JPEG or PNG (converted to output/cover.jpg) or an https URL; empty makes
    a cover from the title."""
    deploy_to: str = ""
    """Where narrate, update and publish mirror the show: file:///path, sftp://user@host[:port]/path or
    s3://bucket/prefix; empty for nowhere."""
    s3_endpoint_url: str = ""
    """The endpoint of an S3-compatible store (MinIO, Ceph, R2...) for s3:// targets; empty for AWS."""


@dataclass(frozen=True)
class Settings:
    """Everything resolved once; each stage receives its slice."""

    output_dir: Path = Path("output")
    voice: str = "default"
    workers: int = 1
    voices_dirs: tuple[Path, ...] = (Path("voices"), PROJECT_ROOT / "voices")
    ingest: IngestSettings = field(default_factory=IngestSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    speech: SpeechSettings = field(default_factory=SpeechSettings)
    synth: SynthSettings = field(default_factory=SynthSettings)
    audio: AudioSettings = field(default_factory=AudioSettings)
    publish: PublishSettings = field(default_factory=PublishSettings)


Where = Callable[[str], str]
"""Names where a setting came from, for messages: the file, the environment variable, or the flag."""


def _coerce(value: Any, current: Any, name: str, where: Where) -> Any:
    """Convert a TOML or environment value to the type of the default it replaces."""
    try:
        if isinstance(current, bool):
            return _boolean(value)
        if isinstance(current, Format):
            return Format(str(value).lower())
        if isinstance(current, Path):
            return Path(value)
        if isinstance(current, tuple):
            items = value.split(",") if isinstance(value, str) else list(value)
            return tuple(Path(i) if current and isinstance(current[0], Path) else i for i in items)
        if isinstance(current, (int, float, str)):
            return type(current)(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name}={value!r} is not valid ({exc})", origin=where(name),
                          hint=_valid_forms(name, current)) from exc
    return value


def _boolean(value: Any) -> bool:
    """true/false (TOML), or 1/0, yes/no, on/off, true/false in a variable; anything else is refused."""
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in {"1", "true", "yes", "on"}:
        return True
    if word in {"0", "false", "no", "off"}:
        return False
    raise ValueError("not a yes or no")


def _valid_forms(name: str, current: Any) -> str:
    """What the user may write for a setting whose value could not be converted."""
    if isinstance(current, bool):
        return f"set {name} to true or false"
    if isinstance(current, Format):
        return f"set {name} to one of: " + ", ".join(f.value for f in Format)
    if isinstance(current, (int, float)):
        return f"set {name} to a number such as {current!r}"
    return f"set {name} to a value like {current!r}"


def _merge(obj: Any, values: Mapping[str, Any], where: Where, prefix: str = "") -> Any:
    """Return a copy of dataclass obj with values (nested mappings for slices) applied and checked."""
    known = {f.name: f for f in fields(obj)}
    changes: dict[str, Any] = {}
    for key, value in values.items():
        name = key.replace("-", "_")
        if name not in known:
            raise ConfigError(
                f"unknown setting {prefix}{key}",
                origin=where(prefix + key),
                hint="valid here: " + ", ".join(sorted(known)),
            )
        if prefix + name in _FILLED_IN:
            raise ConfigError(f"setting {prefix}{name} is filled in by narrator, not set by hand",
                              origin=where(prefix + name), hint=_FILLED_IN[prefix + name])
        current = getattr(obj, name)
        if is_dataclass(current) and isinstance(value, Mapping):
            changes[name] = _merge(current, value, where, f"{prefix}{name}.")
        elif is_dataclass(current):
            raise ConfigError(f"setting {prefix}{name} is a table of settings, not a value",
                              origin=where(prefix + name),
                              hint="valid keys: " + ", ".join(f.name for f in fields(current)))
        else:
            changes[name] = _coerce(value, current, prefix + name, where)
            _check(prefix + name, changes[name], value, where)
    return replace(obj, **changes)


def _from_env(environ: Mapping[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """NARRATOR_VOICE=x, NARRATOR_AUDIO__BITRATE=128k -> nested mapping, and dotted name -> variable."""
    values: dict[str, Any] = {}
    names: dict[str, str] = {}
    for key, value in environ.items():
        if not key.startswith("NARRATOR_") or key == "NARRATOR_CONFIG":
            continue
        path = key[len("NARRATOR_"):].lower().split("__")
        names[".".join(path)] = key
        node = values
        for part in path[:-1]:
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                raise ConfigError(f"{key} sets a part of a single setting", origin=key,
                                  hint="remove one of the two variables")
        node[path[-1]] = value
    return values, names


def _variable(names: Mapping[str, str]) -> Where:
    """The environment variable that set a dotted setting name (or one of its keys)."""
    def where(name: str) -> str:
        return next((var for dotted, var in names.items() if dotted == name or dotted.startswith(name + ".")),
                    "NARRATOR_" + name.upper().replace(".", "__"))
    return where


_FLAGS = {"publish.deploy_to": "--to", "ingest.feed_limit": "--limit", "clean.force_language": "--language"}
"""Settings whose command-line flag is not named after them, for messages."""


def load_settings(
    config_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Resolve and check Settings from defaults, narrator.toml, NARRATOR_* variables and CLI overrides."""
    environ = os.environ if environ is None else environ
    settings = Settings()
    path = config_file or Path(environ.get("NARRATOR_CONFIG", "narrator.toml"))
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"not valid TOML: {exc}", origin=str(path), hint="fix the file") from exc
        settings = _merge(settings, data, lambda _name: str(path))
    elif config_file is not None:
        raise ConfigError("config file not found", origin=str(config_file), hint="check the path")
    env_values, env_names = _from_env(environ)
    settings = _merge(settings, env_values, _variable(env_names))
    flags = {k: v for k, v in (overrides or {}).items() if v is not None}
    settings = _merge(settings, flags, lambda name: _FLAGS.get(name, "--" + name.split(".")[-1].replace("_", "-")))
    assert isinstance(settings, Settings)
    if "synth" not in (overrides or {}) and settings.synth.cache_dir == SynthSettings.cache_dir:
        settings = replace(settings, synth=replace(settings.synth, cache_dir=settings.output_dir / ".cache"))
    return _show_language(settings)


def _show_language(settings: Settings) -> Settings:
    """publish.language auto is clean.language when that is set: the user's word for what the articles are in.

    Not clean.force_language: --language on one run ("this article is French") would flip the whole show's language
    for that run, and back on the next. Not a three-letter code either ("deu"): Apple takes two-letter ones, and the
    episodes, read as "de", then say it.
    """
    tag = language_tag(settings.clean.language) or ""
    if settings.publish.language != "auto" or len(primary_language(tag)) != 2:
        return settings
    return replace(settings, publish=replace(settings.publish, language=tag))


def _check(name: str, value: Any, written: Any, where: Where) -> None:
    """Refuse a value the stages would misread or fail on late; the message lists the valid forms."""
    check = _CHECKS.get(name)
    problem = check(value) if check is not None else None
    if problem is not None:
        wrong, forms = problem
        raise ConfigError(f"setting {name}={_shown(written)} {wrong}", origin=where(name),
                          hint=f"set {name} to {forms}")


def _shown(value: Any) -> str:
    """A value as the user wrote it: strings quoted, tuples as lists."""
    return repr(list(value)) if isinstance(value, tuple) else repr(value) if isinstance(value, str) else str(value)


Problem = tuple[str, str] | None
"""What is wrong with a value and the forms that are valid, or None when it is fine."""


def _one_of(*allowed: object) -> Callable[[Any], Problem]:
    """A check for a setting that takes one of a few values the stages know."""
    words = ", ".join(str(a) for a in allowed)

    def check(value: Any) -> Problem:
        return None if value in allowed else (f"is not one of {words}", f"one of: {words}")
    return check


def _date_order(value: Any) -> Problem:
    """A check for the order of numeric dates, whose forms say what each word means."""
    if value in {"auto", "mdy", "dmy"}:
        return None
    return ("is not one of mdy, dmy, auto", '"auto" (the order the article\'s region writes; the default), "mdy" '
            '(04/11/2024 is April 11) or "dmy" (04/11/2024 is 4 November), in small letters')


def _between(low: float, high: float, unit: str = "") -> Callable[[Any], Problem]:
    """A check for a number within bounds."""
    def check(value: Any) -> Problem:
        return None if low <= value <= high else ("is out of range", f"a number from {low:g} to {high:g}{unit}")
    return check


_BITRATE = re.compile(r"^(\d+(?:\.\d+)?)([kM]?)$")
_SCALE = {"": 1, "k": 1_000, "M": 1_000_000}


def _bitrate(value: Any) -> Problem:
    """An MP3 bitrate as ffmpeg's -b:a takes it ("96k", "96000"), within what MP3 offers."""
    forms = 'a bitrate as ffmpeg takes it, in quotes: "96k" (kbit/s, 8k to 320k) or "96000" (bit/s)'
    match = _BITRATE.match(str(value).strip())
    if match is None:
        return "is not a bitrate", forms
    bits = float(match.group(1)) * _SCALE[match.group(2)]
    if not 8_000 <= bits <= 320_000:
        hint = f' ({value} bit/s; did you mean "{value}k"?)' if not match.group(2) and bits < 1000 else ""
        return "is out of range for MP3" + hint, forms
    return None


def _web_address(value: Any) -> Problem:
    """An http(s) address with a host: feed and page links are built on it."""
    parts = urlsplit(str(value))
    if parts.scheme in {"http", "https"} and parts.netloc:
        return None
    return "is not a web address", 'an address with its scheme, such as "https://podcast.example.org/"'


def _patterns(value: Any) -> Problem:
    """Regular expressions that compile."""
    for pattern in value:
        try:
            re.compile(pattern)
        except re.error as exc:
            return (f"holds {pattern!r}, not a valid regular expression ({exc})",
                    'a list of Python regular expressions, such as ["^Advertisement$"]')
    return None


def _selectors(value: Any) -> Problem:
    """CSS selectors that parse."""
    if not value:
        return None
    import cssselect  # 4 ms to import at every start; most configurations name no selectors

    for selector in value:
        try:
            cssselect.parse(selector)
        except cssselect.SelectorError as exc:
            return (f"holds {selector!r}, not a valid CSS selector ({exc})",
                    'a list of CSS selectors, such as [".newsletter-box", "aside.related"]')
    return None


# ISO 639-1: the two-letter primary subtags of BCP 47, and the withdrawn iw, in and ji that old pages still declare.
_ISO_639_1 = """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo
    es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka
    kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng
    nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su
    sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu iw in ji
"""
LANGUAGE_CODES = frozenset(_ISO_639_1.split())
# Tags of one language: Norwegian ("no") and its two written standards ("nb" Bokmål, "nn" Nynorsk), which the
# identifier tells apart no better than a page does and engines name either way (espeak-ng "nb", Piper "no_NO"); the
# codes ISO 639 withdrew for Hebrew, Indonesian and Yiddish, still declared by old pages.
SAME_LANGUAGE = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "ji": "yi"}


def primary_language(tag: str) -> str:
    """The language a tag names, one code for each ("de-AT" -> "de", "nb_NO" -> "no", "iw" -> "he")."""
    primary = tag.strip().lower().replace("_", "-").split("-")[0]
    return SAME_LANGUAGE.get(primary, primary)


# A BCP 47 tag: a primary language subtag (two letters, or three for a language without two: "yue", "haw"), then
# script, region or variant subtags ("zh-Hant-TW", "de-CH-1996"); an underscore as in locale names ("pt_BR").
_LANGUAGE_TAG = re.compile(r"^([a-zA-Z]{2,3})((?:[-_][a-zA-Z0-9]{1,8})*)$")
_LANGUAGE_FORMS = 'a language tag such as "de", "nl", "pt-BR" or "zh-Hant" (BCP 47)'


def language_tag(value: str) -> str | None:
    """A BCP 47 tag as narrator writes it ("pt_BR" -> "pt-br"), or None when value is no language tag."""
    found = _LANGUAGE_TAG.match(value.strip())
    if found is None or (len(found.group(1)) == 2 and found.group(1).lower() not in LANGUAGE_CODES):
        return None
    return found.group(0).lower().replace("_", "-")


def _language(*words: str) -> Callable[[Any], Problem]:
    """A check for a language setting: a BCP 47 tag, or one of the words that say none is set."""
    forms = _LANGUAGE_FORMS + "".join(f' or "{word}"' for word in words if word)

    def check(value: Any) -> Problem:
        if value in words or language_tag(str(value)) is not None:
            return None
        return "is not a language tag", forms
    return check


_DEPLOY_FORMS = ('"file:///var/www/show", "sftp://user@host[:port]/var/www/show" or "s3://bucket/prefix" '
                 '("" for nowhere)')


def _deploy_target(value: Any) -> Problem:
    """Somewhere deploy can mirror the show to: refused now, not after a whole batch was narrated.

    The reasons are those deploy itself gives, so a target reads the same whichever catches it.
    """
    parts = urlsplit(str(value))
    if not value:
        return None
    if parts.scheme not in {"file", "sftp", "s3"}:
        return f"is refused: cannot deploy to {parts.scheme or 'a plain path'}", _DEPLOY_FORMS
    if parts.scheme == "file" and (parts.netloc not in {"", "localhost"} or parts.path in {"", "/"}):
        # file://var/www names the host "var": the folder would silently be /www.
        return "is refused: no folder named (file:// takes three slashes: file:///var/www/show)", _DEPLOY_FORMS
    if parts.scheme == "sftp" and not (parts.hostname and parts.path.startswith("/")):
        return "is refused: no host or folder named", _DEPLOY_FORMS
    if parts.scheme == "s3" and not parts.netloc:
        return "is refused: no bucket named", _DEPLOY_FORMS
    return None


_FILLED_IN = {"audio.cover": "remove it: the artwork embedded in every MP3 is the show's, set as publish.image "
                             "(a JPEG or PNG file)",
              "clean.feed_language": "remove it: a feed item's language is the one its feed declares; to choose "
                                     "one, set clean.language or give --language TAG"}
"""Settings the pipeline fills in itself, with what to set instead."""

# Checked when each layer is applied, so the message can say which file or variable set the value.
_CHECKS: dict[str, Callable[[Any], Problem]] = {
    "workers": _between(1, 64),
    "ingest.timeout_s": _between(0.1, 600, " seconds"),
    "ingest.max_bytes": _between(1, 10**10, " bytes"),
    "ingest.max_redirects": _between(0, 30),
    "clean.exclude_lines": _patterns,
    "clean.exclude_selectors": _selectors,
    "clean.code_blocks": _one_of("skip", "announce"),
    "clean.language": _language("auto"),
    "clean.force_language": _language("", "auto"),
    "clean.max_seconds": _between(0, 86_400, " seconds"),
    "speech.max_chars": _between(20, 10_000, " characters"),
    "speech.urls": _one_of("say", "link"),
    "speech.date_order": _date_order,
    "audio.sample_rate": _one_of(8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000),
    "audio.bitrate": _bitrate,
    "audio.loudness_lufs": _between(-40, -5, " LUFS"),
    "audio.true_peak_db": _between(-9, 0, " dBTP"),
    "publish.base_url": _web_address,
    "publish.language": _language("auto"),
    "publish.deploy_to": _deploy_target,
    "publish.s3_endpoint_url": lambda value: None if not value else _web_address(value),
    "ingest.feed_limit": _between(1, 10_000),
}
