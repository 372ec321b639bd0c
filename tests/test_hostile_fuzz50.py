"""Escapes found by the pattern survey and the reach test (`benchmarks/patterns.py`, `benchmarks/reach.py`) run on the
head: a run put where a mail, a page, a text, a Markdown file or a feed puts things, read through clean and speech.
Each case failed on the head before its mend; the reading must stay linear (four times the run, under six times the
CPU) and keep what it found before."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from sweeps import check_linear

from narrator.clean import clean
from narrator.clean.owntext import _ADDRESS_IN_BRACKETS
from narrator.config import CleanSettings, SpeechSettings
from narrator.model import Format, Source
from narrator.speech import script
from narrator.speech.normalise.electronic import _EMAIL

BODY = "The council met on Tuesday to agree the budget for the coming year. It passed by nine votes to four."


def _clean_text(text: str) -> object:
    """The clean stage on a user's plain text."""
    return clean(Source(origin="fuzz.txt", data=text.encode(), format_hint=Format.TEXT), CleanSettings())


def _mail(sender: str) -> str:
    """A mail saved as text, from the given sender."""
    return (f"From: {sender}\nTo: council@example.org\nDate: Tue, 4 Mar 2025 18:02:11 +0000\nSubject: Budget agreed"
            f"\n\n{BODY}\n\n{BODY}\n")


def _quiet_linear(token: str, small: int, read: Callable[[str], object]) -> None:
    """check_linear with the clean stage's warnings held back (a hostile page logs what it drops)."""
    logging.disable(logging.WARNING)
    try:
        read(token)  # the readers' modules load at the first text: not a cost of the run
        check_linear(token, small=small, ratio=6, read=read)
    finally:
        logging.disable(logging.NOTSET)


# A mail's sender loses its address in brackets ("Ann Lee <ann@example.org>"), with the spaces before it; the spaces
# were tried from each of them, each try reading to the run's end, and inside the brackets every "@" was tried as the
# address's: a sender of 20,000 spaces between two names cost 3.2 s to read (80,000: 49 s), one of 20,000 "@" in
# brackets 6.7 s to take off. The address is now tried where a run of spaces begins, up to its first "@".
@pytest.mark.parametrize(("run", "sender"), [pytest.param(" ", "Ann{}Lee <ann@example.org>", id="spaces"),
                                             pytest.param("\t", "Ann{}Lee", id="tabs"),
                                             pytest.param("\u00a0", "Ann{}Lee", id="nbsp"),
                                             pytest.param("@", "Ann Lee <{}", id="at-signs")])
def test_a_long_run_in_a_mails_sender_stays_linear(run: str, sender: str) -> None:
    """Four times as long a run in a mail's sender line costs about four times the CPU time to read the mail."""
    _quiet_linear(run, 2500, lambda text: _clean_text(_mail(sender.format(text))))


@pytest.mark.parametrize(("sender", "said"), [
    ("Ann Lee <ann@example.org>", "Ann Lee"),
    ("\"Ann Lee\" <ann@example.org>", "Ann Lee"),
    ("Ann Lee (ann@example.org)", "Ann Lee"),
    ("Ann Lee [mailto:ann@example.org]", "Ann Lee"),
    ("Ann Lee <ann@example.org> (the clerk)", "Ann Lee (the clerk)"),
    ("Ann Lee (the clerk)", "Ann Lee (the clerk)"),  # no address: the writer's own brackets
])
def test_a_mails_sender_still_loses_its_address(sender: str, said: str) -> None:
    """Every address in brackets is still taken off a sender with the spaces around it; other brackets stay."""
    assert _ADDRESS_IN_BRACKETS.sub(" ", sender).strip() == said


def _said(text: str) -> object:
    """What a narration says of a user's plain text: its article found, then written for the voice."""
    return script(_clean_text(text), SpeechSettings())  # type: ignore[arg-type]


# An e-mail address in speech was tried from each "&" of a run of them (an "&" may open an address's name, as in
# "R&D@corp.example"), each try reading to the run's end: a paragraph holding an address and 20,000 "&" took 0.56 s
# in the address's rule alone (time square), and so did "a&a&...". A mailbox's name is now read for 64 characters at
# most, as RFC 5321 allows.
@pytest.mark.parametrize("run", [pytest.param("&", id="ampersands"), pytest.param("a&", id="letters-and-ampersands")])
def test_a_long_run_of_ampersands_beside_an_address_stays_linear(run: str) -> None:
    """Four times as long a run of "&" in a paragraph with an address costs about four times the CPU to narrate."""
    _quiet_linear(run, 10000 // len(run),
                  lambda text: _said(f"A Plain Title\n\n{BODY}\n\nWrite to ann@example.org {text} now.\n"))


@pytest.mark.parametrize(("text", "addresses"), [
    ("Write to ann@example.org today.", ["ann@example.org"]),
    ("Mail R&D@corp.example.co.uk or x &&a@b.example.com.", ["R&D@corp.example.co.uk", "&&a@b.example.com"]),
    ("Two joined: a@b.example.com&c@d.example.com now.", ["a@b.example.com", "c@d.example.com"]),
    ("Q&A: ask@x.example.org", ["ask@x.example.org"]),
    ("node@20.11.1 is a version", []),
    (f"A name of 64: {'a' * 63}&@example.com", [f"{'a' * 63}&@example.com"]),
])
def test_every_address_is_still_found(text: str, addresses: list[str]) -> None:
    """The addresses found in a text are those found before, an "&" before or inside them included."""
    assert [found.group(0) for found in _EMAIL.finditer(text)] == addresses
