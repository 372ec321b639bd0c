"""A camera's, a screen's and a recording's settings: a frame rate after a resolution ("4K/60fps", "4K@60fps"), a lens's
aperture ("f/1.8"), a bit depth and sample rate ("24-bit/96kHz") and an exposure ("1/250 s")."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.util import padded

# "4K@60fps", "node@20": "at" before a number; and before a package's version range ("pkg@^3.1.0",
# "lodash@~4.17.21", its tilde read by then: "pkg@caret" it was), or a Go module's version after its path
# ("example.com/mod@v1.2.3", electronic.py: "mod@version one..." it was)
# and a workflow's action or an image pinned to a major tag, "actions/checkout@v4", "docker/login-action@v3" ("checkout@
# version four" it was); an address's host after it is no tag ("jo@v4.example.com")
_AT_NUMBER = compiled(r"(?<=\w)@(?=\d|\^\d|tilde \d|v\d{1,4}\.\d|v\d{1,4}(?!\w|[.-]\w))")
# "4K/60fps", "8K/30p": a video's resolution and its frame rate, "at"; "f/1.8": a lens's aperture, "f one point
# eight".
# "4K/120fps", "1080p/60p", "4K/60": a resolution and its frame rate; a bare rate only when it is one screens run at.
_VIDEO_MODE = compiled(r"/(?<=\d[Kkp]/)(?:(\d{2,3})\s?(fps\b|p\b(?!\.\w))|(24|25|30|48|50|60|90|100|120|144|165|240)"
                         r"(?![\w/.,]\w|[\w/]))")  # led by the slash: scanned in C
_APERTURE = compiled(r"f/(?<!\wf/)(?=\d)")
# a lens's range of apertures, "f/1.4–f/22", "f/2.8-f/16": the dash between two stops is "to" (it was kept,
# and went to the voice as a hyphen between "four" and "f").
_APERTURE_RANGE = compiled(r"(?<=\d)\s?[-–]\s?(?=f/\d)")  # the first aperture is asked for behind it
_APERTURE_BEFORE = compiled(r"(?<![\w/])f/\d{1,2}(?:\.\d{1,2})?$")
# "24-bit/96kHz", "16bit/44.1 kHz": a recording's bit depth and sample rate, two measures said one after the other
# (the slash was "or", and the rate after it was left as letters, "ninety six kHz").
_BIT_DEPTH_RATE = compiled(r"/(?<=\d[ -]bit/|\d\dbit/)(?=\d{1,3}(?:\.\d{1,2})?\s?kHz\b)")  # led by the slash
# "1/250 s", "1/8000s", "1/60 sec": a camera's exposure, one part of a second ("one or eight thousands" it was).
# and with its thousands marked, as an electronic shutter's fastest is ("1/180,000s": "one slash one hundred
# eighty thousand s" it was).
_EXPOSURE = compiled(r"(?<![\w/.,])1/(?=[1-9])(\d{1,3},\d{3}|\d{1,6})\s?(?:s|secs?|seconds?)\b(?![/'’])")
# and a span of them, a camera's range of speeds ("1/60-1/250 s", "1/250–1/4000 sec"): the first "one sixtieth to"
# ("one sixtieth-one two hundred fiftieth of a second" it was, the dash left between them).
_EXPOSURE_SPAN = compiled(r"(?<![\w/.,])1/([1-9]\d{0,5})\s?-\s?"
                          r"(?=1/(?=[1-9])(?:\d{1,3},\d{3}|\d{1,6})\s?(?:s|secs?|seconds?)\b(?![/'’]))")

# and a span from a fraction of a second to whole seconds, a camera's full range ("1/8000–30 s", "1/4000-60 sec":
# "one eight thousandth thirty s" it was, the dash dropped and the seconds unsaid)
_EXPOSURE_TO_SECONDS = compiled(r"(?<![\w/.,])1/([1-9]\d{1,5})\s?[-–]\s?([1-9]\d{0,2})\s?(?:s|secs?|seconds?)\b"
                                r"(?![/'’])")


def _video_mode(match: re.Match[str]) -> str:
    """"/120fps" -> " at 120 fps" ("30 p": no pence), "/60" after a resolution -> " at 60"."""
    return f" at {match.group(1)} {match.group(2)}" if match.group(1) else f" at {match.group(3)}"


def _exposure(match: re.Match[str]) -> str:
    """"1/250 s" -> "one two hundred fiftieth of a second"; "1/2 s" -> "half a second"."""
    bottom = int(match.group(1).replace(",", ""))
    if bottom == 1:
        return padded(match, "one second")
    if bottom == 2:
        return padded(match, "half a second")
    return padded(match, f"{numbers.fraction(None, 1, bottom)} of a second")


def _exposure_to_seconds(match: re.Match[str]) -> str:
    """"1/8000–30 s" -> "one eight thousandth of a second to thirty seconds"."""
    seconds = int(match.group(2))
    return padded(match, f"{numbers.fraction(None, 1, int(match.group(1)))} of a second to "
                         f"{numbers.cardinal(seconds)} {'second' if seconds == 1 else 'seconds'}")


def at_signs(text: str) -> str:
    """"4K@60fps" -> "4K at 60fps"."""
    return _AT_NUMBER.sub(" at ", text)


def modes_and_apertures(text: str) -> str:
    """"4K/60fps" -> "4K at 60 fps", "f/1.8" -> "f 1.8"."""
    if "f/" in text and ("-f/" in text or "–f/" in text or " f/" in text):
        text = _APERTURE_RANGE.sub(_aperture_range, text)
    return _APERTURE.sub("f ", _VIDEO_MODE.sub(_video_mode, text))


def _aperture_range(match: re.Match[str]) -> str:
    """The dash between two apertures -> " to ", where the first is an aperture too ("f/1.4–f/22")."""
    first = _APERTURE_BEFORE.search(match.string, max(0, match.start() - 8), match.start())
    return " to " if first is not None else match.group(0)


def bit_depth_rates(text: str) -> str:
    """"24-bit/96kHz" -> "24-bit, 96kHz"."""
    return _BIT_DEPTH_RATE.sub(", ", text)


def exposures(text: str) -> str:
    """"1/250 s" -> "one two hundred fiftieth of a second"."""
    if "-1/" in text or "- 1/" in text:  # a span's dash before its second speed
        text = _EXPOSURE_SPAN.sub(lambda m: f"{numbers.fraction(None, 1, int(m.group(1)))} to ", text)
    if "–" in text or "-" in text:  # a span's dash before whole seconds
        text = _EXPOSURE_TO_SECONDS.sub(_exposure_to_seconds, text)
    return _EXPOSURE.sub(_exposure, text)
