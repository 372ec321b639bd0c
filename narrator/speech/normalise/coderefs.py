"""A repository's revisions, ranges and branches as a tool's documentation writes them ("HEAD~3", "main~2",
"v2.0..v2.1", "origin/main", "feature/login-v2"), said before versions, slashes and capitals take their signs apart."""

from __future__ import annotations

import re

from narrator.speech.normalise.deferred import compiled

# a revision counted back from the newest or from a branch's tip, "HEAD~3", "main~2" (the tilde was left glued,
# "head~three"): "tilde", its count after it; a bare "~3" is "about three" still.
_REVISION = compiled(r"\b(HEAD|main|master|develop|trunk)~(\d{1,3})(?![\w~^])")
# a revision's parent, "HEAD^", "HEAD^^", "main^", or its second parent, "HEAD^2" (tidy dropped the caret as a stray
# mark, "git show head"): "caret", once for each. Read before tidy, which is asked only where the text holds a caret
# (a memchr); "x^2" and "2^10" are powers still.
_CARET = compiled(r"\b(HEAD|main|master|develop|trunk)(\^{1,3})([1-9])?(?![\w^~])")
# a range between two revisions, "v2.0..v2.1", "HEAD~3..HEAD", "1.4.0..1.5.0" (the two stops were left between the
# versions, "version two point zero..v two point one"): "dot dot". A version with a "v" or two numbers at least, or a
# named revision, on both sides: a prose ellipsis has a space or a word after it.
_REF = (r"(?:v\d{1,4}(?:\.\d{1,4}){0,3}|\d{1,4}(?:\.\d{1,4}){1,3}|HEAD(?:~\d{1,3}|(?: caret){1,3}(?: [1-9])?)?|main"
        r"|master)")
_RANGE = compiled(rf"(?<![\w.])({_REF})\.\.(?=(?:v\d|\d{{1,4}}\.\d|HEAD\b|main\b|master\b))")
# a branch under its remote or its kind, "origin/main", "upstream/dev", "feature/login-v2", "fix/oom_crash",
# "refs/tags/v2.0" (the slash was "or", "origin or main"): "slash" (slashes.py reads it with the other slashes). A
# kind's word before a plain word is a choice still ("fix/repair", "feature/benefit"): only before a branch's name
# joined by a hyphen, an underscore or a slash, or before a version's number ("release/2026.4", "hotfix/3.2.1", by now
# in words: "release or two thousand twenty six point four" it was). And an action's or an image's owner before its
# name pinned to a tag ("actions/checkout@v4", "docker/login-action@v3": "actions or checkout" it was).
BRANCH = compiled(r"(?<![/\w.-])(?:(origin|upstream)/(?=[A-Za-z0-9])|(feature|feat|fix|bugfix|hotfix|release|chore)/"
                  r"(?=[A-Za-z0-9.]{1,40}[-_/][A-Za-z0-9]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten"
                  r"|eleven|twelve|twenty|thirty|zero)\b)|(refs/(?:heads|tags|remotes))/"
                  r"|([a-z][a-z0-9-]{0,38})/(?=[a-z][a-z0-9.-]{0,38}(?:@| at version | at v\d)))")

# a package's version range with its alternatives, as npm, Composer and Poetry write them ("^1.2 || ~2.0", ">=1.4 <2
# || ^3.0": the bars went to the voice unsaid and the tilde was "about"): the bars "or", and a tilde before a version
# in such a range "tilde", as the caret is "caret". A bare "~2.0" outside a range is "about" still.
_VERSION_OR = compiled(r"(?<=[\d*x]) ?\|\| ?(?=[~^<>=]{0,2}v?\d)")
_RANGE_TILDE = compiled(r"(?<![^\s(])~(?=v?\d{1,4}(?:\.[\dx*]{1,4}){1,2}(?![\w.]))")


def version_ranges(text: str) -> str:
    """"^1.2 || ~2.0" -> "^1.2 or tilde 2.0" (text holds "||")."""
    said = _VERSION_OR.sub(" or ", text)
    return _RANGE_TILDE.sub("tilde ", said) if said is not text and "~" in said else said


def revisions(text: str) -> str:
    """"HEAD~3" -> "HEAD tilde 3", "HEAD~3..HEAD" -> "HEAD tilde 3 dot dot HEAD" (text holds "~")."""
    return _REVISION.sub(r"\1 tilde \2", ranges(text))


def carets(text: str) -> str:
    """"HEAD^" -> "HEAD caret", "HEAD^^" -> "HEAD caret caret", "HEAD^2" -> "HEAD caret 2" (text holds "^")."""
    return ranges(_CARET.sub(_caret, text))  # "HEAD^..HEAD": the range's stops too


def _caret(match: re.Match[str]) -> str:
    parent = f" {match.group(3)}" if match.group(3) else ""
    return match.group(1) + " caret" * len(match.group(2)) + parent


def ranges(text: str) -> str:
    """"v2.0..v2.1" -> "v2.0 dot dot v2.1"."""
    return _RANGE.sub(r"\1 dot dot ", text) if ".." in text else text


def branch(words: str) -> str:
    """"origin/" -> "origin slash ", "refs/tags/" -> "refs slash tags slash "."""
    return words.replace("/", " slash ")
