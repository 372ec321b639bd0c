"""A shell's words in prose, as a developer reads them out: an environment variable and the path after it ("$HOME/bin",
"${HOME}/.ssh": "dollar home slash bin"), a variable set in capitals ("NODE_ENV=production": "node_env equals
production"), a command's short options ("git log -n 5", "kubectl -n prod": "dash n") and a container's ports after its
"-p" ("8080:80": "eight zero eight zero colon eighty")."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import COMMAND_WORDS, SHELL_VARIABLES

# a variable in braces, one with an underscore, one of the shell's own ("$HOME", "$PATH") or one before a path's
# stroke or a list's colon: its dollar said, its name a word ("$HOME" went to the voice as "home", "${HOME}" glued).
# A name of capitals alone is a share's cashtag as often ("$AAPL rose"), left to the capitals' rule.
_VARIABLE = compiled(r"\$(?:\{([A-Za-z_][A-Za-z\d_]*)\}|([A-Z][A-Z\d]*(?:_[A-Z\d]+)*)\b(?!\}))"
                     r"((?:/\.?[\w-]+(?:\.[\w-]+)*)*/?)(?::(?=[/~$]))?")
# a variable set in capitals, "NODE_ENV=production", "DEBUG=1", "PATH=$PATH:~/bin": "equals" said (it went to the
# voice glued), a lone stop after it the folder it names ("PYTHONPATH=.": "dot"); three capitals at least or an
# underscore, as a geometry's "AB=5" is a length.
_ASSIGNMENT = compiled(r"(?<![\w$])([A-Z][A-Z\d]*(?:_[A-Z\d]+)+|[A-Z][A-Z\d]{2,})=(?:(\.)(?!\S)|(?=[\w$\"'/~.-]))")
# after a command's name, a short option standing alone: "-n" is "dash n" ("git log -n 5" went to the voice as "n")
_COMMAND = compiled(rf"\b(?:{'|'.join(sorted(COMMAND_WORDS))})\s")
_SHORT_OPTION = compiled(r"(?<=\s)-([A-Za-z])(?=\s)")
# a container's ports after its "-p", the host's and the container's either side of a colon ("docker run -p 8080:80"):
# the colon said, a port of two digits a number and a longer one its digits, as a port after an address is said
# ("eight thousand eighty:eighty" it was, the colon unsaid)
_PORT_MAPPING = compiled(r"(?<=\s)-p\s(\d{2,5}):(\d{2,5})(?![\d:])")


def _path_said(path: str) -> str:
    """"/.ssh/keys" -> " slash dot ssh slash keys"."""
    return path.replace("/.", "/dot ").replace("/", " slash ").replace(".", " dot ")


def _variable(match: re.Match[str]) -> str:
    braced, name, path = match.group(1), match.group(2), match.group(3)
    if name is not None and "_" not in name and name not in SHELL_VARIABLES and not path and match.group(0)[-1] != ":":
        return match.group(0)  # "$AAPL": a cashtag
    said = f"dollar {(braced or name).lower()}{_path_said(path)}"
    return said + " colon " if match.group(0).endswith(":") else said


def variables(text: str) -> str:
    """"$HOME/bin" -> "dollar home slash bin", "${XDG_DATA_HOME}" -> "dollar xdg_data_home"."""
    return _VARIABLE.sub(_variable, text)


def assignments(text: str) -> str:
    """"NODE_ENV=production" -> "node_env equals production"."""
    return _ASSIGNMENT.sub(lambda m: f"{m.group(1).lower()} equals {'dot' if m.group(2) else ''}", text)


def short_options(text: str) -> str:
    """"git log -n 5" -> "git log dash n 5"; a hyphen and a letter with no command before them are left."""
    command = _COMMAND.search(text)
    if command is None:
        return text
    after = command.end()
    if ":" in text:
        text = _PORT_MAPPING.sub(lambda m: f"dash p {_port(m.group(1))} colon {_port(m.group(2))}"
                                 if m.start() >= after else m.group(0), text)
    return _SHORT_OPTION.sub(lambda m: f"dash {m.group(1)}" if m.start() >= after else m.group(0), text)


def _port(port: str) -> str:
    """"80" -> "eighty", "8080" -> "eight zero eight zero"."""
    return numbers.cardinal(int(port)) if len(port) == 2 else numbers.digits(port)
