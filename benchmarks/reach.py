"""Hostile runs in whole documents: a long run of one character (or word) put where a page, a mail, a text, a
Markdown file or a feed puts things, read through the clean stage and the speech stage, at two lengths.

Run: .venv/bin/python benchmarks/reach.py [--workers N] [--sizes 20000,80000] [--only PLACE] [--runs NAMES]

Each run (spaces, tabs, newlines, NBSP, U+1680, digits, letters, '-', '.', '=', '#', '*', '|', a stop-word) goes in
each of the places below, and the document is read as a narration reads it (`jobs._script_of`: clean, then the
script of what it kept; a feed through `ingest.feeds.parse_feed` first). The time at 80,000 characters over the time
at 20,000 is about 4 when the reading is linear; a ratio above 6 is flagged. Each reading runs in a forked worker
under the reading bound (`narrator.pipeline.budget.bounded`, on CPU time), so a hang is reported, not waited on.
`patterns.py` finds patterns that grow too fast on their own; this says whether a document reaches them. Not part of
`make bench`.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import multiprocessing
import sys
import time
from collections.abc import Callable
from pathlib import Path

from narrator.config import Settings, load_settings
from narrator.errors import NarratorError
from narrator.model import Format, Source

LIMIT_S = 60.0
"""CPU seconds one reading may take before the bound stops it."""
FLAG = 6.0
BODY = ("The council met on Tuesday to agree the budget for the coming year. It passed by nine votes to four, after "
        "a debate that ran late into the evening.")
RUNS = {"spaces": " ", "tabs": "\t", "newlines": "\n", "nbsp": "\u00a0", "ogham": "\u1680", "digits": "1",
        "letters": "a", "dashes": "-", "stops": ".", "equals": "=", "hashes": "#", "stars": "*", "bars": "|",
        "stopword": "the "}


def _page(head: str = "", title: str = "A Plain Title", h1: str = "A Plain Title", before: str = "",
          after: str = "") -> Source:
    """A small article page, with what a place puts in its head, its title and around its first paragraph."""
    page = (f"<!doctype html><html><head><title>{title}</title>{head}</head><body><article><h1>{h1}</h1>"
            f"<p class='byline'>By Ann Lee</p>{before}<p>{BODY}</p>{after}<p>{BODY}</p><p>{BODY}</p></article>"
            "</body></html>")
    return Source("reach.html", page.encode(), Format.HTML)


def _ld(field: str, value: str) -> Source:
    """A page whose JSON-LD names the value in a field."""
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "A Plain Title",
            "author": {"@type": "Person", "name": "Ann Lee"}}
    if field == "author":
        data["author"] = {"@type": "Person", "name": value}
    else:
        data[field] = value
    return _page(head=f"<script type='application/ld+json'>{json.dumps(data)}</script>")


def _text(text: str, origin: str = "reach.txt", form: Format = Format.TEXT) -> Source:
    """A user's text file."""
    return Source(origin, text.encode(), form)


def _mail(subject: str = "Budget agreed", sender: str = "Ann Lee") -> Source:
    """A mail saved as text, with its headers."""
    return _text(f"From: {sender} <ann@example.org>\nTo: council@example.org\nDate: Tue, 4 Mar 2025 18:02:11 +0000\n"
                 f"Subject: {subject}\n\n{BODY}\n\n{BODY}\n\nAnn\n")


def _markdown(text: str) -> Source:
    """A Markdown file."""
    return _text(text, "reach.md", Format.MARKDOWN)


def _feed(title: str = "A Plain Title", author: str = "Ann Lee") -> Source:
    """An RSS feed of one entry carrying its article."""
    xml = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/"
           f"content/'><channel><title>Blog</title><link>https://example.org/</link><item><title>{title}</title>"
           f"<author>{author}</author><link>https://example.org/a</link><guid>a</guid><content:encoded>"
           f"&lt;p&gt;{BODY}&lt;/p&gt;&lt;p&gt;{BODY}&lt;/p&gt;</content:encoded></item></channel></rss>")
    return Source("reach.xml", xml.encode())


PLACES: dict[str, Callable[[str], Source]] = {
    "html-title": lambda run: _page(title=f"A Plain{run}Title"),
    "html-h1": lambda run: _page(h1=f"A Plain{run}Title"),
    "html-paragraph": lambda run: _page(before=f"<p>{run}</p>"),
    "html-between-words": lambda run: _page(before=f"<p>The council{run}met on Tuesday.</p>"),
    "html-list-item": lambda run: _page(after=f"<ul><li>First{run}item</li><li>Second item</li></ul>"),
    "html-link-text": lambda run: _page(after=f"<p>See <a href='/x'>the{run}report</a> for more.</p>"),
    "html-alt-text": lambda run: _page(after=f"<figure><img src='a.jpg' alt='A{run}view'></figure>"),
    "html-caption": lambda run: _page(after=f"<figure><img src='a.jpg'><figcaption>The{run}hall</figcaption></figure>"),
    "html-table-cell": lambda run: _page(after=f"<table><tr><th>Year</th><th>Votes</th></tr><tr><td>2024{run}</td>"
                                               "<td>9</td></tr></table>"),
    "html-time": lambda run: _page(before=f"<p><time datetime='2025-03-04'>4 March{run}2025</time></p>"),
    "meta-description": lambda run: _page(head=f"<meta name='description' content='The{run}budget'>"),
    "meta-author": lambda run: _page(head=f"<meta name='author' content='Ann{run}Lee'>"),
    "og-title": lambda run: _page(head=f"<meta property='og:title' content='A Plain{run}Title'>"),
    "jsonld-author": lambda run: _ld("author", f"Ann{run}Lee"),
    "jsonld-headline": lambda run: _ld("headline", f"A Plain{run}Title"),
    "html-comment": lambda run: _page(before=f"<!--{run}-->"),
    "mail-subject": lambda run: _mail(subject=f"Budget{run}agreed"),
    "mail-sender": lambda run: _mail(sender=f"Ann{run}Lee"),
    "text-first-line": lambda run: _text(f"A Plain{run}Title\n\n{BODY}\n\n{BODY}\n"),
    "text-body": lambda run: _text(f"A Plain Title\n\n{BODY}\n\n{BODY}{run}{BODY}\n\n{BODY}\n"),
    "markdown-heading": lambda run: _markdown(f"# A Plain{run}Title\n\n{BODY}\n\n{BODY}\n"),
    "markdown-link": lambda run: _markdown(f"# A Plain Title\n\n{BODY} See [the{run}report](/x).\n\n{BODY}\n"),
    "markdown-quote": lambda run: _markdown(f"# A Plain Title\n\n{BODY}\n\n> A{run}quote\n\n{BODY}\n"),
    "markdown-table": lambda run: _markdown(f"# A Plain Title\n\n{BODY}\n\n| Year | Votes |\n|---|---|\n"
                                            f"| 2024{run} | 9 |\n\n{BODY}\n"),
    "markdown-list": lambda run: _markdown(f"# A Plain Title\n\n{BODY}\n\n- First{run}item\n- Second item\n\n{BODY}\n"),
    "markdown-code": lambda run: _markdown(f"# A Plain Title\n\n{BODY}\n\n```\nx{run}y\n```\n\n{BODY}\n"),
    "markdown-front-matter": lambda run: _markdown(f"---\ntitle: A Plain{run}Title\nauthor: Ann Lee\n---\n\n{BODY}\n\n"
                                                   f"{BODY}\n"),
    "feed-title": lambda run: _feed(title=f"A Plain{run}Title"),
    "feed-author": lambda run: _feed(author=f"Ann{run}Lee"),
    "text-subtitle": lambda run: _text(f"A Plain Title\nSubtitle: the{run}budget\n\n{BODY}\n\n{BODY}\n"),
    "text-byline": lambda run: _text(f"A Plain Title\n\nBy Ann{run}Lee\n\n{BODY}\n\n{BODY}\n"),
    "text-dateline": lambda run: _text(f"A Plain Title\n\nLONDON, March 4{run}- {BODY}\n\n{BODY}\n"),
}


@functools.cache
def _settings() -> Settings:
    """The settings a narration with espeak reads with."""
    return load_settings(overrides={"voice": "espeak"})


def _read(source: Source) -> object:
    """What a narration makes of a source (a feed's entry first taken out of the feed)."""
    from narrator.pipeline import jobs

    settings = _settings()
    if source.origin.endswith(".xml"):
        from narrator.ingest.feeds import parse_feed

        items = parse_feed(source.origin, source).items
        if not items or items[0].article is None:
            return None
        source = items[0].article
    return jobs._script_of(source, settings.clean, settings.speech)


def _timed(place: str, run: str, size: int) -> tuple[float, str]:
    """CPU seconds of one reading, and how it ended (read, refused, or over the bound)."""
    from narrator.pipeline.budget import bounded

    source = PLACES[place](run * (size // len(run)))
    # The thread's clock: this machine's process clock stands still while an ITIMER_VIRTUAL timer is armed.
    started = time.thread_time()
    try:
        bounded(source.origin, LIMIT_S, _read, source)
        ended = "read"
    except NarratorError as error:
        ended = "over the bound" if "clean.max_seconds" in str(error) else "refused"
    return time.thread_time() - started, ended


def measure(task: tuple[str, str, tuple[int, ...]]) -> dict[str, object]:
    """One place and run at each size, after a reading of a short run: the readers' modules load, and the speech
    rules compile, at the first text that needs them, which is no cost of the run."""
    place, name, sizes = task
    logging.disable(logging.CRITICAL)  # a hostile page logs what it drops; not news here
    # Not at the first size: the cleaner keeps what it measured of a block's text (prune._measure), so a warm-up
    # on the same document made the first size's reading a cache hit and its ratio look super-linear.
    _timed(place, RUNS[name], min(sizes[0] // 10, 1000))
    times: dict[int, float] = {}
    ended = ""
    for size in sizes:
        times[size], ended = _timed(place, RUNS[name], size)
        if ended == "over the bound":
            break
    # the last step's: with more than two sizes, each step is to be about as many times longer
    ratio = times[sizes[-1]] / max(times[sizes[-2]], 0.005) if len(times) == len(sizes) > 1 else float("inf")
    return {"place": place, "run": name, "times": times, "ratio": ratio, "ended": ended}


def main() -> int:
    """Read every run in every place at each size in forked workers; print each and the flagged ones."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sizes", default="20000,80000", help="the run's lengths, shortest first")
    parser.add_argument("--only", help="the places whose name starts with this (html, markdown-, feed-author)")
    parser.add_argument("--runs", help="comma-separated run names, of: " + ", ".join(RUNS))
    parser.add_argument("--out", type=Path, help="write every reading's times here as JSON")
    args = parser.parse_args()
    sizes = tuple(int(size) for size in args.sizes.split(","))
    if len(sizes) < 2:
        parser.error("--sizes needs two lengths at least, shortest first")
    runs = args.runs.split(",") if args.runs else list(RUNS)
    tasks = [(place, run, sizes) for place in PLACES if not args.only or place.startswith(args.only) for run in runs]
    context = multiprocessing.get_context("fork")
    with context.Pool(args.workers, maxtasksperchild=20) as pool:
        results = []
        for row in pool.imap_unordered(measure, tasks):
            results.append(row)
            times = " / ".join(f"{seconds:.2f}" for seconds in row["times"].values())  # type: ignore[attr-defined]
            print(f"{row['place']:<22} {row['run']:<9} {times} s  x{row['ratio']:.1f}  {row['ended']}", flush=True)
    flagged = [row for row in results if row["ratio"] > FLAG]  # type: ignore[operator]
    worst = max((float(row["ratio"]) for row in results if row not in flagged), default=0.0)  # type: ignore[arg-type]
    print(f"readings: {len(results)} runs in {len({row['place'] for row in results})} places, flagged (x{FLAG:g} or "
          f"more for x{sizes[-1] / sizes[-2]:g} the run): {len(flagged)}; the others at most x{worst:.1f}")
    for row in flagged:
        print(f"  flagged: {row['place']} {row['run']} {row['times']} x{row['ratio']:.1f} {row['ended']}")
    if args.out:
        args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
