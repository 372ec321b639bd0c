"""Addresses that no scheme and no site lead, as software's pages print them: a repository's scp form
("git@github.com:org/repo.git"), a path to a file relative to a project ("src/main.rs"), a page's fragment after a
relative path ("docs/v2/#install"), a wiki's page by its path ("wiki/St._Ives"), a path led by the folder here or the
one above ("./configure", "../assets/logo.svg") and a network share's ("\\\\fileserver\\shared"), each said piece by
piece as electronic.py says an address."""

from __future__ import annotations

import re
from collections.abc import Callable

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import DOTFILES
from narrator.speech.normalise.util import padded

# a repository's address as git and scp write it, a user at a host, a colon and the path with no slashes after
# the colon ("git@github.com:org/repo.git"): the mail rule took "git@github.com" and the rest was left ("colon" unsaid,
# its slash read "or"). A digit after the colon is a port's, which the address rules read.
_SCP = compiled(r"(?<![\w.+-])[\w.-]+@[\w-]+(?:\.[\w-]+)+:(?![\d/])[\w.~-]+(?:/[\w.~-]+)*(?<![.-])(?![\w/@:-])")
# a path relative to a project, folders and a file with a known extension after them ("src/main.rs",
# "docs/api/index.md"): its slashes were read "or" and the file left to the voice. A page's fragment may follow.
_RELATIVE_FILE = r"(?<![\w@./~:\\%-])[A-Za-z_][\w-]*(?:/[\w.-]+)*/[\w-]+(?:\.[\w-]+)*\.(?:{extensions})"
# a page's fragment after a relative path's last slash ("docs/v2/#install", "guide/#faq"): read as a list
# before ("docs or v two or #install"), or left as written.
_RELATIVE_FRAGMENT = compiled(r"(?<![\w@./~:\\%-])[A-Za-z_][\w-]*(?:/[\w.-]+)*/#[A-Za-z][\w-]*(?![\w/@-])")

# a path led by the folder here or the folders above ("./configure", "../assets/logo.svg", "../../lib"): left
# as written ("./configure" went to the voice); its stops and slashes said. Its last piece ends in a letter, a digit
# or a slash (a sentence's stop after it is the sentence's).
_DOT_LED_PATH = compiled(r"(?<![\w./~\\-])\.\.?/(?:\.\./)*[\w-][\w.-]*(?:/[\w.-]+)*(?<![.-])/?(?![\w/])")
# a dotfile by its name alone, a stop and a name a program keeps so (facts.DOTFILES), a suffix after more stops
# maybe (".bashrc", ".env.local", ".gitignore"), opening the text or after a space, a quote or a bracket: its stops
# said ("dot bashrc"; it went to the voice as written). A sentence's stop after it is the sentence's.
# Led by its stop, which the engine skips to (a look behind first was tried at every position of every sentence).
_DOTFILE = compiled(rf"\.(?:(?<=^\.)|(?<=[\s(\[\"'“‘]\.))(?:{'|'.join(sorted(DOTFILES, key=len, reverse=True))})"
                    r"(?:\.[\w-]+)*(?![\w/-]|\.\w)")
# Its first look, led by the stop: a stop opening the text or after a space, before a letter (a tokenised sentence's
# last " ." has none; a needle of the classes ending in a small letter steps a character at a time).
MAY_BE_DOTFILE = compiled(r"\.(?:(?<=^\.)|(?<=\s\.))[A-Za-z]")
# a network share's path, two backslashes, the server and its folders ("\\fileserver\shared\reports"): each
# backslash said, as a drive's path says it (electronic.py); left as written before.
_SHARE_PATH = compiled(r"(?<![\w\\])\\\\([\w.$-]+)((?:\\[\w.$-]+)*)(?![\w\\])")

# a wiki's page by its path, its title's words joined by underscores ("wiki/St._Ives", "wiki/Op._27",
# "wiki/Rocky_IV"): its slash, stops and underscores said ("wiki/Op._twenty seven" it was), a number in the title said
# as a number, as the title says it (no code's digits).
# (its underscore asked for by a look-ahead: a class holding it on both sides of it backtracked as the square)
_WIKI_PAGE = compiled(r"(?<![\w/.-])wiki/(?=[\w.'()-]*_)([A-Za-z][\w.'()-]*[\w)])(?![\w/])")
_WIKI_PIECE = compiled(r"[A-Za-z']+|\d+|[._()/-]")
_WIKI_MARKS = {".": "dot", "_": "underscore", "-": "dash", "/": "slash", "(": "", ")": ""}


def wiki_pages(text: str) -> str:
    """"wiki/St._Ives" -> "wiki slash St dot underscore Ives"."""
    return _WIKI_PAGE.sub(lambda m: padded(m, "wiki slash " + " ".join(
        filter(None, (_WIKI_MARKS.get(piece, piece) if not piece.isdigit() else numbers.cardinal(int(piece))
                      for piece in _WIKI_PIECE.findall(m.group(1)))))), text)


def scp_addresses(text: str, say: Callable[[str], str]) -> str:
    """"git@github.com:org/repo.git" -> "git at github dot com colon org slash repo dot git"."""
    return _SCP.sub(lambda m: padded(m, say(m.group(0))), text)


def relative_fragments(text: str, say: Callable[[str], str]) -> str:
    """"docs/v2/#install" -> "docs slash v two slash hash install"."""
    return _RELATIVE_FRAGMENT.sub(lambda m: padded(m, say(m.group(0))), text)


def relative_files(text: str, extensions: str, say: Callable[[str], str]) -> str:
    """"src/main.rs" -> "src slash main dot rs": `extensions` are the file extensions' alternatives."""
    pattern = _relative_file(extensions)
    return pattern.sub(lambda m: padded(m, say(m.group(0))), text)


_COMPILED: dict[str, re.Pattern[str]] = {}


def _relative_file(extensions: str) -> re.Pattern[str]:
    """The relative path's pattern for these extensions, compiled once."""
    pattern = _COMPILED.get(extensions)
    if pattern is None:
        pattern = _COMPILED[extensions] = re.compile(
            _RELATIVE_FILE.format(extensions=extensions) + r"(?:#[A-Za-z][\w-]*)?(?![\w@(/-]|\.[A-Za-z0-9])")
    return pattern


def dot_led_paths(text: str, say: Callable[[str], str]) -> str:
    """"../assets/logo.svg" -> "dot dot slash assets slash logo dot SVG"."""
    return _DOT_LED_PATH.sub(lambda m: padded(m, say(m.group(0))), text)


def dotfiles(text: str, say: Callable[[str], str]) -> str:
    """".env.local" -> "dot env dot local", ".bashrc" -> "dot bashrc"."""
    return _DOTFILE.sub(lambda m: padded(m, say(m.group(0))), text)


def share_paths(text: str, say: Callable[[str], str]) -> str:
    """"\\\\fileserver\\shared" -> "backslash backslash fileserver backslash shared"."""
    return _SHARE_PATH.sub(lambda m: padded(m, "backslash backslash " + " backslash ".join(
        _share_folder(folder, say) for folder in [m.group(1), *m.group(2).split("\\")[1:]])), text)


def _share_folder(folder: str, say: Callable[[str], str]) -> str:
    """A share's folder, a hidden share's dollar after its name said ("C$", "backup$": "share $" it was)."""
    return say(folder[:-1]) + " dollar" if folder.endswith("$") and len(folder) > 1 else say(folder)
