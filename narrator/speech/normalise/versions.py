"""Software's and hardware's versions and generations: "1.6.0", "v3.12", "v2", "Python 3.12", "HTTP/2", "2.x",
"3.0.0-beta.2", a PCIe link's lanes ("PCIe 4.0 x4") and a memory's speed ("DDR5-6000")."""

from __future__ import annotations

import re

from narrator.speech.normalise import coderefs, numbers, signs
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import VERSIONED_SOFTWARE, WORD_CURRENCY_CODES, YEAR_MONTH_RELEASES
from narrator.speech.normalise.util import char_classes, near, padded

# "^1.2.0": a package manager's caret before a version (compatible releases), said as its name; and before a major
# alone after its package's "at" ("react@^18", "lodash@^4": "at eighteen" it was, the caret unsaid).
_CARET_VERSION = compiled(r"(?<![\w^])\^(?=\d+\.\d+(?:\.\d+)?(?!\w|\.\d)|(?<=\bat \^)\d{1,3}(?![\w.^]|\.\d))")
# "PCIe 4.0 x4", "PCIe x16": a slot's or a link's lanes, said "by four" (was "times four").
_PCIE_LANES = compiled(r"(PCIe(?:\s?(?:Gen\s?)?\d(?:\.\d)?)?)\s?x(1|2|4|8|16)\b")
# "DDR5-6000", "LPDDR5X-8533": a memory's generation and its speed, parted by a space (the hyphen was said as a
# joined "five-six thousand").
_MEMORY_SPEED = compiled(r"\b((?:LP)?G?DDR\d[XL]?)-(?=\d{3,4}\b)")
# A version or section number with two dots or more ("1.6.0", "v4.47.4"), after dates have been read.
_VERSION_WORD_BEFORE = compiled(r"\b[Vv]ersion\s+$")  # "Version v2.3.1" says "version" once
_VERSION = compiled(r"(?<![\w.])(v)?(\d+(?:\.\d+){2,})(?![\w]|\.\d)")
_MAY_BE_VERSION = compiled(r"\d\.\d+\.\d")  # a first look, led by the digit and scanned for in C
# "v3.12", "Version 3.12": a named version with one point is said with whole numbers ("three point twelve"); without
# the name "3.12" is a decimal.
# And a span of two such versions, "v1.2–1.4", "v2.0-v2.3": the dash "to" (it was dropped, "one point two one point
# four").
_NAMED_VERSION = compiled(r"(?<![\w.])(?:(v)|(?<=[Vv]ersion ))(\d+)\.(\d+)(?:[-–](v?)(\d+)\.(\d+))?(?![\w]|\.\d)")
_MAY_BE_V = compiled(r"v\d")
# "v2", "the v3 firmware": a version's small "v" before a whole number is "version" ("v two" it was); a capital "V2",
# "V8" is a rocket's or an engine's name, and "IPv4", "4v4" have a letter or a digit before the "v".
_WHOLE_VERSION = compiled(r"(?<![\w.-])v(\d{1,3})(?![\w-]|[.,]\d)")
# An engine's cylinders are written small too ("the v6 engine", "a twin-turbo v8"): a count of them before an engine's
# word or after a charger's is the engine's name, not a version.
_CYLINDERS = frozenset({"6", "8", "10", "12"})
_ENGINE_AFTER = compiled(r"\s(?:engines?|motors?|petrol|diesel|hybrid|power(?:ed)?|supercars?|cars?|saloons?"
                         r"|coupes?)\b")
_CHARGER_BEFORE = compiled(r"(?:turbo|turbocharged|supercharged|aspirated|biturbo)\s$")
# "Python 3.12", "Node.js 20.11", "Llama 3.1": a release of software it names, said as a named version is; so is one
# after a comparison's sign ("NumPy >= 1.26", "at least one point two six" it was), said before it.
_SOFTWARE_NAMES = sorted(VERSIONED_SOFTWARE | YEAR_MONTH_RELEASES, key=len, reverse=True)
_SOFTWARE_VERSION = compiled(
    r"\b(Node dot JS|" + "|".join(re.escape(name) for name in _SOFTWARE_NAMES)
    + r")\s(?:(<=|>=|<|>)\s)?(\d+)\.(\d+)(?![\w]|\.\d)")  # "Node.js" is "Node dot JS" by now
# "Ubuntu issued fixes for its 24.04 and 26.04 releases", "22.04 LTS": a release by its year and month away
# from its name, where the name is near or "LTS" follows ("twenty four point zero four" it was); a ".04" or a ".10"
# alone with no such sign is a decimal still, and so is one before a unit or any other noun ("12.04 GB", "10.10
# points"): only a release's words, a joining word or the sentence's punctuation may follow.
_BARE_RELEASE = compiled(r"(?<![\w.,$£€])(\d{1,2})\.(04|10)(?=[,;:)]|\.(?!\d)|$|['’]s\b| (?:and|or|to|through|LTS"
                         r"|releases?|versions?|desktops?|servers?|images?|editions?|is|was|will|has|had)\b)")
_LTS_AFTER = compiled(r" LTS\b")
_YEAR_MONTH_NAME = compiled(r"\b(?:" + "|".join(sorted(YEAR_MONTH_RELEASES)) + r")\b")
# "HTTP/2", "HTTP/1.1", "SMB/3": a protocol's version after its slash, said after the name ("HTTP slash two" it is not).
_PROTOCOL_VERSION = compiled(r"\b(HTTPS?|SMB|NFS|SPDY|SOCKS)/(?=\d(?:\.\d)?(?![\w/]|\.\d))")
# "2.x", "3.0.0-beta.2", "1.4-rc1": any release of a line, and a pre-release with its number.
_ANY_RELEASE = compiled(r"(?<![\w.])(\d+(?:\.\d+)*)\.x\b")
# and a pin's wildcard after its version ("pandas==2.2.*", "django 4.2.*": the star was dropped as a stray mark, and
# "two point two." was left), said as the version's parts and "star"
_WILDCARD_RELEASE = compiled(r"(?<![\w.])(\d{1,4}(?:\.\d{1,4}){0,2})\.\*(?![\w*])")
# a first look, led by its space (found at memchr speed): led by the letter, the engine was entered at most positions
# of every text, and led by the digit class it checked each character
_MAY_BE_SOFTWARE = compiled(r" (?<=[a-zA-Z<>=] )\d+\.\d")
_PRE_RELEASE_TAGS = ("-alpha", "-beta", "-rc", "-pre", "-dev")  # substring looks first: cheaper than the scan
# a virus's clade or lineage after its word, its parts dotted and a letter maybe at its end ("clade 2.3.4.4b",
# "lineage 1.1.7", "subclade 2.2.1a"): each part said with "point", the letter spelled (it was "two point three" and
# ".4.4b" left).
_CLADE = compiled(r"\b((?:[Ss]ub)?(?:clade|lineage|genotype)s? )(?=\d{1,2}(?:\.\d{1,2}){2}|\d{1,2}\.\d{1,2}[a-z]\b)"
                  r"(\d{1,2}(?:\.\d{1,2}){1,5})([a-z]?)\b(?![\w-]|\.\d)")  # two stops, or one and a letter
_PRE_RELEASE = compiled(r"(?<=\d)-(alpha|beta|rc|pre|dev)\.?(\d+)?\b")
# a Python package's pre-release and its development and post releases, glued to a dotted version's last part as
# PEP 440 writes them ("3.13.0a4", "2.1.0b3", "3.12.0rc1", "1.4.2.dev3", "0.9.1.post2": "three point one three.0a
# four" it was): the version, then the tag's letters spelled ("rc") or its word ("dev", "post"), then its number.
_GLUED_PRE_RELEASE = compiled(r"(?<![\w.])(v?\d{1,4}(?:\.\d{1,4}){2,3})(a|b|rc|\.dev|\.post)(\d{1,4})(?![\w.]|\.\d)")
_GLUED_TAGS = {"a": "A", "b": "B", "rc": "R.C", ".dev": "dev", ".post": "post"}
# a version's build metadata after its plus ("1.2.3+build.45", "2.0.1+exp.7": "three+build." it was, its
# number a footnote's): "plus", the word, its number. Led by the literal plus; a dotted version's last part behind it.
_BUILD_METADATA = compiled(r"\+(?:(?<=\.\d\+)|(?<=\.\d\d\+))([A-Za-z][A-Za-z-]{0,15})(?:\.(\d{1,6}))?(?![\w+]|\.\w)")


def _version(match: re.Match[str]) -> str:
    """Read a version "1.6.0" (or "v1.6.0") as "one point six point zero"."""
    said = _VERSION_WORD_BEFORE.search(match.string, max(0, match.start() - 12), match.start()) is not None
    named = "version " if match.group(1) and not said else ""
    parts = match.group(2).split(".")
    # a calendar version, its year and its month first ("v2026.12.1", "2024.1.0"): the year said as a year ("two
    # thousand twenty six point twelve" it was), as the release's date is
    calendar = len(parts[0]) == 4 and parts[0][:2] in ("19", "20") and 1 <= int(parts[1]) <= 12
    first = numbers.year(int(parts[0])) if calendar else numbers.number(parts[0])
    return padded(match, named + " point ".join([first, *(numbers.number(part) for part in parts[1:])]))


def _wildcard_release(match: re.Match[str]) -> str:
    """"2.2.*" -> "two point two point star": each part of the version a number, then the wildcard."""
    return " point ".join([*(numbers.number(part) for part in match.group(1).split(".")), "star"])


def _clade(match: re.Match[str]) -> str:
    """"clade 2.3.4.4b" -> "clade two point three point four point four B"."""
    said = " point ".join(numbers.number(part) for part in match.group(2).split("."))
    return padded(match, match.group(1) + (f"{said} {match.group(3).upper()}" if match.group(3) else said))


def _whole_version(match: re.Match[str]) -> str:
    """"v3" -> "version three"; an engine's "v8" is left as its name."""
    count = match.group(1)
    if count in _CYLINDERS and (_ENGINE_AFTER.match(match.string, match.end())
                                or _CHARGER_BEFORE.search(match.string, max(0, match.start() - 16), match.start())):
        return match.group(0)
    return "version " + numbers.integer(count)


def _named_version(match: re.Match[str]) -> str:
    """"v3.12" -> "version three point twelve", "v1.2–1.4" -> "version one point two to one point four"."""
    spoken = f"{numbers.integer(match.group(2))} point {numbers.integer(match.group(3))}"
    if match.group(5):
        spoken += (" to version " if match.group(4) else " to ") + (
            f"{numbers.integer(match.group(5))} point {numbers.integer(match.group(6))}")
    return padded(match, ("version " if match.group(1) else "") + spoken)


def pcie_lanes(text: str) -> str:
    """"PCIe 4.0 x4" -> "PCIe 4.0 by 4"."""
    return _PCIE_LANES.sub(r"\1 by \2", text)


def memory_speeds(text: str) -> str:
    """"DDR5-6000" -> "DDR5 6000"."""
    return _MEMORY_SPEED.sub(r"\1 ", text)


def versions(text: str) -> str:
    """"HTTP/2", "2.x", "3.0.0-beta.2", "^1.2.0", "1.6.0", "v3.12", "v2", "Python 3.12": versions as they are said."""
    if "/" in text and ("HTTP" in text or "SMB" in text or "NFS" in text or "SPDY" in text or "SOCKS" in text):
        text = _PROTOCOL_VERSION.sub(r"\1 ", text)
    # The class-led first looks are first looked for in the text's char_classes ("A" a capital, "a" a small letter,
    # "0" a digit): a substring test each, where every class scanned the sentence (0.5-1.5 us each).
    classes = char_classes(text)
    if "x" in text and ".x" in text:
        text = _ANY_RELEASE.sub(lambda m: f"{m.group(1)} point x", text)
    if "*" in text and ".*" in text:
        text = _WILDCARD_RELEASE.sub(_wildcard_release, text)
    if "-" in text and any(tag in text for tag in _PRE_RELEASE_TAGS):
        text = _PRE_RELEASE.sub(lambda m: f" {'R.C' if m.group(1) == 'rc' else m.group(1)}"
                                + (f" {numbers.integer(m.group(2))}" if m.group(2) else ""), text)
    if "+" in text:
        text = _BUILD_METADATA.sub(lambda m: f" plus {m.group(1)}"
                                   + (f" {numbers.integer(m.group(2))}" if m.group(2) else ""), text)
    if "^" in text:
        text = _CARET_VERSION.sub("caret ", text)
    if "0.0" in classes and ("lade" in text or "ineage" in text or "enotype" in text):
        text = _CLADE.sub(_clade, text)
    if "0.0" in classes and _MAY_BE_VERSION.search(text):
        # a glued pre-release's tag behind the version's own look: its shape in the classes, asked of versions alone
        if "0a0" in classes or "0aa0" in classes or ".aaa0" in classes or ".aaaa0" in classes:
            text = _GLUED_PRE_RELEASE.sub(lambda m: f"{m.group(1)} {_GLUED_TAGS[m.group(2)]} {m.group(3)}", text)
        text = _VERSION.sub(_version, coderefs.ranges(text))  # "1.4.0..1.5.0": the range's stops first
    if "ersion " in text or ("v" in text and _MAY_BE_V.search(text)):  # the letter first, a memchr
        text = _NAMED_VERSION.sub(_named_version, coderefs.ranges(text))  # "v2.0..v2.1": the range's stops first
        text = _WHOLE_VERSION.sub(_whole_version, text)
    # a decimal's digits first: the rarest of the looks
    if "0.0" in classes and ("a 0" in classes or "A 0" in classes or "= 0" in classes or "< 0" in classes
                             or "> 0" in classes) and _MAY_BE_SOFTWARE.search(text):
        text = _SOFTWARE_VERSION.sub(_software_version, text)
    if "buntu" in text or ("L" in text and "LTS" in text):
        text = _BARE_RELEASE.sub(_bare_release, text)
    return text


def _bare_release(match: re.Match[str]) -> str:
    """"its 24.04 release" near "Ubuntu", "22.04 LTS" -> "twenty four oh four"; another decimal is left."""
    if not (_LTS_AFTER.match(match.string, match.end()) or near(_YEAR_MONTH_NAME, match, 160)):
        return match.group(0)
    major, minor = match.groups()
    month = f"oh {numbers.integer(minor[1])}" if minor[0] == "0" else numbers.integer(minor)
    return padded(match, f"{numbers.integer(major)} {month}")


def _software_version(match: re.Match[str]) -> str:
    """"Python 3.12" -> "Python three point twelve", "Ubuntu 24.04" -> "Ubuntu twenty four oh four"."""
    name, sign, major, minor = match.groups()
    if name in WORD_CURRENCY_CODES and not sign and len(minor) == 2:
        # "a ride is PHP 13.50": a price's centavos (PHP's own releases are numbered "8.3"), read by money.word_codes
        return match.group(0)
    compared = signs.comparison_words(sign) + " " if sign else ""
    if name in YEAR_MONTH_RELEASES and len(major) <= 2 and len(minor) == 2 and 1 <= int(minor) <= 12:
        month = f"oh {numbers.integer(minor[1])}" if minor[0] == "0" else numbers.integer(minor)
        return f"{name} {compared}{numbers.integer(major)} {month}"
    return f"{name} {compared}{numbers.integer(major)} point {numbers.integer(minor)}"
