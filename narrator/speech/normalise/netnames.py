"""Names on a network that the address rules do not read as written: a cloud provider's regions ("eu-west-2",
"us-east-1"), a wildcard's star before a domain ("*.example.com") and a mail link's scheme ("mailto:")."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import CONTAINER_IMAGES
from narrator.speech.normalise.util import char_classes, padded

# a cloud region's code, its area's two letters, its direction and its number ("us-east-1", "eu-west-2",
# "ap-southeast-2", as AWS and its imitators write them): the area spelled, the direction a word, the number a count
# ("us-east one", the pronoun "us", went to the voice; "eu" was said as a word). Only the areas regions are named
# for, and only before a compass direction: "a-central-1" and "us-based-2" are none.
_REGION = compiled(r"\b(us|eu|ap|sa|ca|me|af|il|mx|cn)-(east|west|north|south|central|northeast|southeast|northwest"
                   r"|southwest)-(\d{1,2})([a-f]?)\b(?![\w-]|\.\d)")
# and an availability zone's letter after the region's number ("eu-central-1a", "us-west-2b": "one Eh" and "two b"
# went to the voice), spelled as the area's letters are

# a certificate's or a filter's wildcard before a domain, "*.example.com": the star said, then the domain read
# as one ("*.example.com" went to the voice whole). A mail link's scheme before its address, "mailto:info@x.org", is
# said "mail to" (it was left glued, "mailto:info at ...").
_WILDCARD = compiled(r"(?<![\w*.])\*\.(?=[A-Za-z0-9][\w-]*\.[A-Za-z])")
# a glob's star before a file's extension, "*.log", "*.pyc": "star dot log" (the star went to the voice unsaid); one
# extension, or two ("*.tar.gz" is a domain's shape, the wildcard's above), and before a sentence's stop ("Delete
# *.tmp.", "both *.log and *.txt."; the stop kept it unsaid)
_GLOB = compiled(r"(?<![\w*.])\*\.([A-Za-z\d]{1,6})(?![\w*-]|\.[\w*])")
# ... and every file, "*.*" ("Copy *.* now": both stars went unsaid, "Copy . now"): "star dot star"
_EVERY_FILE = compiled(r"(?<![\w*.])\*\.\*(?![\w.*])")
_MAILTO = compiled(r"\b[Mm]ailto:(?=[\w.+&-]+@)")
# a cron line's five fields, "0 5 * * 1", "*/15 9-17 * * 1-5": its stars said "star" (they went to the voice
# unsaid, "zero five one"), its strokes "slash". Two stars side by side at least, which no product writes ("5 * 3 * 2").
_CRON_FIELD = r"(?:\d{1,2}(?:[,-]\d{1,2})*|\*)(?:/\d{1,2})?"
_CRON = compiled(rf"(?<![\w*/,-]){_CRON_FIELD}(?: {_CRON_FIELD}){{4}}(?![\w*/,-])")


# a digest after its algorithm's name and a colon, as a download page, a container's image or a lock file
# prints it ("sha256:9f86d08...", "md5:5d41402a": "sha one:five d forty one thousand..." it was): the name spelled,
# each hexadecimal character said; an image's "@" before it is "at" ("postgres@sha256:...", else an address's).
# The algorithm's width is said in pairs, as engineers say it ("SHA two fifty six"; "two hundred fifty six" it was),
# and a digest cut short after its name, to six characters or four ("sha256:9f86d0…" in a changelog), is a digest
# still: the name before the colon says what it is (a bare run of hexadecimal needs seven, a hash's shortest).
_DIGEST = compiled(r"(@?)\b(?:(sha|SHA)(1|224|256|384|512)|(md5|MD5)):([0-9a-fA-F]{4,128})\b")
_DIGEST_WIDTHS = {"1": "one", "224": "two twenty four", "256": "two fifty six", "384": "three eighty four",
                  "512": "five twelve"}

# a container image and its tag after a colon, as compose files, registries and READMEs print them ("nginx:1.27",
# "ubuntu:24.04", "ghcr.io/acme/app:latest", "node:20-slim"): the colon said, the tag a version ("nginx:one point
# two seven", "app:latest" went to the voice with the colon unsaid, and "postgres: 16" paused). An image by its name
# alone only where it is a known one (facts.CONTAINER_IMAGES); one under a registry's or an owner's path ("a/b:1.0")
# by its path. The tag is a version, with a variant after a hyphen, or a moving tag's word ("John 3:16", "Note:1.5"
# and "and/or:" are none).
_IMAGE_TAG = compiled(r"(?<![\w./:@-])((?:[a-z0-9][\w.-]*/)+)?((?:[a-z0-9][\w.-]*)?[a-z]):"
                      r"(v?\d{1,4}(?:\.\d{1,4}){0,2}(?:-[a-z][a-z0-9]{1,11}){0,2}|latest|stable|lts|edge|nightly|slim"
                      r"|alpine)(?![\w:]|[.-]\w)")

# its first look, led by the colon (which the engine skips to): a small letter before it, a tag's start after
_MAY_BE_IMAGE_TAG = compiled(r":(?<=[a-z]:)(?:v?\d|latest|stable|lts|edge|nightly|slim|alpine)")


def _image_tag(match: re.Match[str]) -> str:
    """"nginx:1.27" -> "nginx colon 1.27", "node:20-slim" -> "node colon 20 dash slim"; a name not known as an
    image's, with no path before it, as written."""
    path, name, tag = match.groups()
    if not path and name not in CONTAINER_IMAGES:
        return match.group(0)
    if path and "." not in path.split("/", 1)[0]:  # an owner's name, no registry's host for the address rules
        path = path.replace("/", " slash ")
    return f"{path or ''}{name} colon {tag.replace('-', ' dash ')}"


def regions(text: str) -> str:
    """"eu-west-2" -> "E.U west two", "us-east-1" -> "U.S east one"."""
    # a direction's end and its hyphen first (a memchr for "-", then three substrings), the classes' letter, hyphen and
    # digit after
    if "-" not in text or not ("st-" in text or "th-" in text or "al-" in text) or "a-0" not in char_classes(text):
        return text
    return _REGION.sub(_region, text)


# a port alone, its colon before three to five digits at a word's start (":443", "port :8080": ":four hundred
# forty three" it was): "colon" and its digits, as after an address. Two digits are a clock's minutes (":15"). Led by
# the colon, the space or bracket before it looked for behind it: led by the look behind, the engine entered the
# pattern at every position (~19,000 instructions a sentence).
_LONE_PORT = compiled(r":(?<![^\s(]:)(?<!\d :)(\d{3,5})(?![\w:]|[.,]\d)")


def schemes(text: str) -> str:
    """"*.example.com" -> "star.example.com" (a domain to the address rules), "mailto:a@b.org" -> "mail to a@b.org"."""
    if " :" in text or text[:1] == ":" or "(:" in text:
        text = _LONE_PORT.sub(lambda m: "colon " + numbers.digits(m.group(1)), text)
    if "*." in text:
        if "*.*" in text:
            text = _EVERY_FILE.sub("star dot star", text)
        text = _GLOB.sub(_glob, _WILDCARD.sub("star.", text))
    if "ailto:" in text:
        text = _MAILTO.sub("mail to ", text)
    if "* *" in text:
        text = _CRON.sub(_cron, text)
    # a small letter against the colon, then a digit or a letter after it, in the classes first (a time's "10:30"
    # holds neither), where the pattern's call cost every text with a colon
    if ":" in text and ("a:0" in (classes := char_classes(text)) or "a:a" in classes) and (
            _MAY_BE_IMAGE_TAG.search(text)):
        text = _IMAGE_TAG.sub(_image_tag, text)
    if "sha" in text or "SHA" in text or "md5" in text or "MD5" in text:
        text = _DIGEST.sub(_digest, text)
    if "kg:" in text:
        text = _PACKAGE_URL.sub(_package_url, text)
    return text

# a package's address in a bill of materials or a scanner's report, "pkg:npm/lodash@4.17.21",
# "pkg:maven/org.apache.commons/commons-lang3@3.12.0": its scheme spelled and said with its colon, its strokes
# "slash" ("pkg:npm or lodash" it was, the stroke read as a choice); the name and the version after "@" are left to
# the version rules.
_PACKAGE_URL = compiled(r"\bpkg:([a-z][a-z\d.+-]*)((?:/[\w.%+-]+)+)(?=@|[\s,;)]|[.!?]?$)")


def _package_url(match: re.Match[str]) -> str:
    """"pkg:npm/lodash" -> "P.K.G colon npm slash lodash", a namespace's dots "dot" ("org dot apache")."""
    return f"P.K.G colon {match.group(1)}{match.group(2).replace('/', ' slash ').replace('.', ' dot ')}"


def _glob(match: re.Match[str]) -> str:
    """"*.log" -> "star dot log"."""
    return f"star dot {match.group(1)}"


def _digest(match: re.Match[str]) -> str:
    """"sha1:5d41402a" -> "S.H.A one five D four one four zero two A"."""
    name = f"S.H.A {_DIGEST_WIDTHS[match.group(3)]}" if match.group(2) else "M.D five"
    said = name + " " + " ".join(numbers.digits(c) if c.isdigit() else c.upper() for c in match.group(5))
    return padded(match, (" at " if match.group(1) else "") + said)


def _cron(match: re.Match[str]) -> str:
    """"0 5 * * 1" -> "0 5 star star 1", "*/15" -> "star slash 15"; with no two stars side by side, or no digit (a
    divider's "* * * * *"), as written."""
    line = match.group(0)
    if "* *" not in line or line.strip("* ") == "":
        return line
    return " ".join(line.replace("*", " star ").replace("/", " slash ").split())


def _region(match: re.Match[str]) -> str:
    area, direction, number, zone = match.groups()
    said = f"{'.'.join(area.upper())} {direction} {numbers.cardinal(int(number))}"
    return padded(match, f"{said} {zone.upper()}" if zone else said)


# a transport protocol and its port, as firewall rules and service lists write them ("tcp/443", "udp/53", "TCP/8080":
# "tcp or four hundred forty three" it was, the stroke read as a choice between words): the protocol spelled, the
# stroke "slash", the port digit by digit as after an address's colon. "TCP/IP" and "tcp/ip" are the capitals' and
# the slashes' still.
_PROTOCOL_PORT = compiled(r"(?<![\w/.-])(tcp|udp|sctp|TCP|UDP|SCTP)/(\d{1,5})(?![\w/]|[.,]\d)")


def protocol_ports(text: str) -> str:
    """"tcp/443" -> "TCP slash four four three" (text holds "p/" or "P/")."""
    return _PROTOCOL_PORT.sub(lambda m: f"{m.group(1).upper()} slash {numbers.digits(m.group(2))}", text)
