"""Extraction quality and speed of narrator's clean stage on the development corpora.

Run: .venv/bin/python benchmarks/extraction.py [--set aeb|aeb-text|readability|trafilatura|metadata] [--worst N]

Metric (the Article Extraction Benchmark's): lower-case \\w+ tokens, sets of 4-token shingles,
per-document precision and recall averaged over documents, F1 from mean P and mean R; English cases only.
The corpora are read from ../shared/corpora next to the repository and never copied into it.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import logging
import re
import shutil
import statistics
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import html_text
import lxml.html
import trafilatura
from markdownify import markdownify
from shared_data import CORPORA, SEED_PAGE

from narrator.clean import clean
from narrator.config import CleanSettings
from narrator.errors import NarratorError
from narrator.model import Document, Format, Source

log = logging.getLogger("benchmarks.extraction")
WALL_TIMES: list[float] = []
STANDFIRSTS: dict[str, str] = {}
"""The standfirst narrator found on each page of the current run, by page folder."""
NODE_DUMP_SETS = frozenset({"aeb-nodes", "readability-nodes", "trafilatura-nodes"})
DUMP: list[Callable[[str], str]] = [html_text.extract_text]
"""How the current set turns an HTML page into the text dump narrator is given."""


def _page_tree(page: str) -> lxml.html.HtmlElement:
    """A page's element tree without its scripts and styles, which no dump or converter shows."""
    root = lxml.html.fromstring(page.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    for element in root.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    return root


def node_dump(page: str) -> str:
    """A page as a scraper's get_text("\\n") gives it: one text node a line, each link and emphasis apart."""
    return "\n".join(text.strip() for text in _page_tree(page).itertext() if text.strip())


def markdown_dump(page: str) -> str:
    """A page saved as Markdown by a converter (markdownify, as html2text or a browser's clipper would)."""
    return markdownify(lxml.html.tostring(_page_tree(page), encoding="unicode"))


# Pages printed to PDF as a reader does ("Save as PDF" in a browser, its printed date, title, address and page count
# included): made here by headless Chromium (Debian's chromium, which make installs for the browser test), cached by
# the page's hash outside the repository, never stored in it. Without Chromium the set is skipped.
PRINTED = Path.home() / ".cache" / "narrator-bench" / "printed"
PRINT_SECONDS = 30
PDF_SET = "aeb-pdf"


def _browser() -> str | None:
    """A Chromium to print with, if this machine has one."""
    return next((found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))),
                None)


def printed_pdf(page: Path) -> bytes | None:
    """The page printed to PDF by headless Chromium, offline (every outside address fails at once); None if it fails."""
    target = PRINTED / f"{hashlib.sha256(page.read_bytes()).hexdigest()[:24]}.pdf"
    if not target.is_file():
        browser = _browser()
        if browser is None:
            return None
        PRINTED.mkdir(parents=True, exist_ok=True)
        command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run",
                   "--blink-settings=imagesEnabled=false", "--host-resolver-rules=MAP * ~NOTFOUND",
                   "--disable-background-networking", "--virtual-time-budget=500",
                   f"--print-to-pdf={target}.part", page.resolve().as_uri()]
        with contextlib.suppress(subprocess.TimeoutExpired):  # a page that never settles: no printout
            subprocess.run(command, capture_output=True, timeout=PRINT_SECONDS, check=False)
        part = Path(f"{target}.part")
        if not part.is_file() or not part.stat().st_size:
            part.unlink(missing_ok=True)
            return None
        part.replace(target)
    return target.read_bytes()


def pdf_plain_text(data: bytes) -> str:
    """All of a PDF's text as pdfminer gives it, nothing left out (the keep-all baseline)."""
    from pdfminer.high_level import extract_text

    try:
        return str(extract_text(io.BytesIO(data)))
    except Exception:  # a printout pdfminer cannot read holds no text for the baseline either
        return ""


def printed_cases(cases: list[Case]) -> tuple[list[Case], int]:
    """The cases whose printout holds their article (half of it or more); and how many did not print.

    A page that shows an error or nothing without its scripts prints that; no reader could find the article in it.
    """
    kept = []
    for case in cases:
        data = printed_pdf(case.path)
        if data is not None and precision_recall(pdf_plain_text(data), case.expected or "")[1] >= 0.5:
            kept.append(case)
    return kept, len(cases) - len(kept)


@dataclass(frozen=True)
class Case:
    """One page of a set and what it should yield."""

    name: str
    path: Path
    expected: str | None
    keep: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()


def shingles(text: str, size: int = 4) -> set[tuple[str, ...]]:
    """Sets of size-token shingles of lower-cased \\w+ tokens."""
    tokens = re.findall(r"\w+", text.lower())
    return {tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1))} if tokens else set()


def precision_recall(predicted: str, expected: str) -> tuple[float, float]:
    """Shingle precision and recall of one document."""
    got, want = shingles(predicted), shingles(expected)
    if not got and not want:
        return 1.0, 1.0
    hits = len(got & want)
    return (hits / len(got) if got else 0.0), (hits / len(want) if want else 0.0)


def body_text(document: Document | None) -> str:
    """The body as the metric sees it: blocks separated by blank lines."""
    return "\n\n".join(b.text for b in document.blocks) if document else ""


def spoken_text(document: Document | None) -> str:
    """What narrator reads aloud: the title and the standfirst (spoken in the intro), then the body blocks."""
    if document is None:
        return ""
    intro = [document.meta.title, document.meta.standfirst or ""]
    return "\n\n".join(part for part in [*intro, body_text(document)] if part)


SPLITS = ("all", "tune", "holdout")
HOLDOUT_EVERY = 3


def in_split(index: int, split: str) -> bool:
    """Every third page is held out: rules come from the tune pages' misses, the holdout shows if they generalise."""
    held_out = index % HOLDOUT_EVERY == HOLDOUT_EVERY - 1
    return split == "all" or held_out == (split == "holdout")


def english_cases(set_name: str, page: str, split: str = "all") -> Iterator[Case]:
    """Cases of a set (in a split) whose meta.json says they look English."""
    folders = sorted((CORPORA / "extraction" / set_name).iterdir())
    for folder in (f for index, f in enumerate(folders) if in_split(index, split)):
        meta_path = folder / "meta.json"
        if not meta_path.is_file() or not json.loads(meta_path.read_text()).get("looks_english"):
            continue
        if (folder / "expected.json").is_file():
            spec = json.loads((folder / "expected.json").read_text())
            yield Case(folder.name, folder / page, None, tuple(spec.get("with", [])), tuple(spec.get("without", [])))
        elif (folder / page).is_file():
            yield Case(folder.name, folder / page, (folder / "expected.txt").read_text(encoding="utf-8"))


def _timed_clean(path: Path, hint: Format) -> tuple[Document | None, float]:
    """narrator's Document of a page and the CPU seconds clean took.

    CPU time of this process, not wall time: the benchmark machine is shared, and other people's
    work would otherwise be counted as ours. The wall-clock median is printed beside it.
    """
    data = path.read_bytes()
    if hint is Format.AUTO:  # the PDF set: the page as printed
        data = printed_pdf(path) or b""
    elif hint in (Format.TEXT, Format.MARKDOWN) and path.suffix == ".html":
        # a page dumped to text as the AEB set's raw_html_text.txt was (html-text, the bench extra), before the clock
        data = DUMP[0](data.decode("utf-8", errors="replace")).encode()
    source = Source(origin=str(path), data=data, format_hint=hint)
    start, wall = time.process_time(), time.perf_counter()
    try:
        document: Document | None = clean(source, CleanSettings())
    except NarratorError as exc:
        log.debug("%s", exc)
        document = None
    WALL_TIMES.append(time.perf_counter() - wall)
    if document is not None and document.meta.standfirst:
        STANDFIRSTS[path.parent.name] = document.meta.standfirst
    return document, time.process_time() - start


def run_narrator(path: Path, hint: Format) -> tuple[str, float]:
    """narrator's body text of a page (what the F1 metric scores: a title in the body is an error)."""
    document, seconds = _timed_clean(path, hint)
    return body_text(document), seconds


def run_narrator_spoken(path: Path, hint: Format) -> tuple[str, float]:
    """narrator's spoken text of a page, title included (what the must-keep/must-drop snippets check)."""
    document, seconds = _timed_clean(path, hint)
    return spoken_text(document), seconds


def run_trafilatura(path: Path, hint: Format) -> tuple[str, float]:
    """Plain trafilatura's text of a page (the baseline), or the whole dump for text input."""
    if hint is Format.AUTO:  # the PDF set: all of the printout's text
        start = time.process_time()
        return pdf_plain_text(printed_pdf(path) or b""), time.process_time() - start
    data = path.read_text(encoding="utf-8", errors="replace")
    if hint in (Format.TEXT, Format.MARKDOWN) and path.suffix == ".html":
        data = DUMP[0](data)  # the dump narrator is given, kept whole
    start = time.process_time()
    text = data if hint is not Format.HTML else (trafilatura.extract(data) or "")
    return text, time.process_time() - start


Runner = Callable[[Path, Format], tuple[str, float]]


def score_f1(cases: list[Case], runner: Runner, hint: Format, worst: int) -> dict[str, object]:
    """Mean precision, recall, F1, median time and the worst cases of one runner on one set."""
    rows = []
    times = []
    for case in cases:
        text, seconds = runner(case.path, hint)
        p, r = precision_recall(text, case.expected or "")
        rows.append((2 * p * r / (p + r) if p + r else 0.0, p, r, case.name))
        times.append(seconds)
    mean_p = statistics.fmean(r[1] for r in rows)
    mean_r = statistics.fmean(r[2] for r in rows)
    f1 = 2 * mean_p * mean_r / (mean_p + mean_r) if mean_p + mean_r else 0.0
    return {"n": len(rows), "P": mean_p, "R": mean_r, "F1": f1, "ms": 1000 * statistics.median(times),
            "worst": sorted(rows)[:worst]}


def normal(text: str) -> str:
    """Whitespace collapsed and invisible format characters (zero-width, U+2063) dropped, for snippet matching.

    Such characters are never spoken and narrator removes them, so a snippet that ends in one would
    otherwise count as lost though its every word is read.
    """
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Cf").split())


def score_snippets(cases: list[Case], runner: Runner, worst: int, hint: Format = Format.HTML) -> dict[str, object]:
    """Share of must-keep snippets kept and must-drop snippets dropped."""
    kept = keep_total = dropped = drop_total = 0
    misses: list[tuple[int, str, str]] = []
    times = []
    for case in cases:
        text, seconds = runner(case.path, hint)
        times.append(seconds)
        body = normal(text)
        for snippet in case.keep:
            keep_total += 1
            if normal(snippet) in body:
                kept += 1
            else:
                misses.append((0, case.name, "lost: " + snippet[:70]))
        for snippet in case.drop:
            drop_total += 1
            if normal(snippet) not in body:
                dropped += 1
            else:
                misses.append((0, case.name, "kept: " + snippet[:70]))
    return {"n": len(cases), "keep": kept / max(1, keep_total), "drop": dropped / max(1, drop_total),
            "ms": 1000 * statistics.median(times), "worst": misses[:worst]}


def check_seed_page() -> str:
    """The seed page's exact expectations: ten paragraphs, metadata out of the body."""
    if not SEED_PAGE.is_file():
        return "seed page: absent, skipped"
    document = clean(Source(str(SEED_PAGE), SEED_PAGE.read_bytes(), Format.TEXT), CleanSettings())
    paragraphs = [b.text for b in document.blocks]
    problems = []
    if len(paragraphs) != 10:
        problems.append(f"{len(paragraphs)} paragraphs, not 10")
    if not paragraphs or not paragraphs[0].startswith("Beijing reacted"):
        problems.append("does not start at 'Beijing reacted'")
    if not paragraphs or not paragraphs[-1].endswith("the Euro-Atlantic region."):
        problems.append("does not end at 'the Euro-Atlantic region.'")
    if any("KI Insights" in p or "insights" in p.lower() for p in paragraphs):
        problems.append("promotional insert kept")
    if document.meta.authors != ("Kateryna Hodunova", "The Kyiv Independent news desk"):
        problems.append(f"authors {document.meta.authors}")
    if document.meta.published != "2024-04-11":
        problems.append(f"date {document.meta.published}")
    if not document.meta.title.startswith("China dismisses criticism"):
        problems.append(f"title {document.meta.title!r}")
    return "seed page: OK" if not problems else "seed page: FAIL: " + "; ".join(problems)


@dataclass(frozen=True)
class Found:
    """Title, authors and date of a page, from narrator or from a baseline."""

    title: str
    authors: tuple[str, ...]
    date: str | None


def _words(text: str) -> list[str]:
    """Lower-case words, for comparing metadata loosely (case, punctuation and "and" ignored)."""
    return [w for w in re.findall(r"\w+", text.lower()) if w != "and"]


def narrator_metadata(path: Path, hint: Format = Format.HTML) -> Found:
    """narrator's title, authors and date of a page (of its html-text dump with hint TEXT)."""
    document, _ = _timed_clean(path, hint)
    if document is None:
        return Found("", (), None)
    return Found(document.meta.title, document.meta.authors, document.meta.published)


def trafilatura_metadata(path: Path) -> Found:
    """trafilatura's own title, authors and date of a page (the baseline)."""
    found = trafilatura.extract_metadata(path.read_text(encoding="utf-8", errors="replace"))
    if found is None:
        return Found("", (), None)
    return Found(found.title or "", tuple((found.author or "").split("; ")) if found.author else (), found.date)


def score_metadata(runner: Callable[[Path], Found], worst: int) -> dict[str, object]:
    """Share of annotated titles, authors and dates found on the trafilatura set's English pages.

    A title or author matches when its words do (case, punctuation and "and" ignored); a date when the
    ISO day is the same. Only pages whose annotation gives the field are scored; for authors, a name
    found on a page annotated as having none is counted separately (a spurious byline).
    """
    hits = {"title": [0, 0], "authors": [0, 0], "date": [0, 0]}
    spurious = unauthored = 0
    misses: list[tuple[int, str, str]] = []
    for folder in sorted((CORPORA / "extraction" / "trafilatura").iterdir()):
        meta_path = folder / "meta.json"
        if not meta_path.is_file():
            continue
        meta = json.loads(meta_path.read_text())
        gold = meta.get("annotation")
        if not meta.get("looks_english") or not gold:
            continue
        found = runner(folder / "page.html")
        author = gold.get("author") or ""
        pairs = {"title": (gold.get("title") or "", found.title),
                 "authors": (" ".join(author) if isinstance(author, list) else author, " ".join(found.authors)),
                 "date": (gold.get("date") or "", found.date or "")}
        for field, (want, got) in pairs.items():
            if not want:
                continue
            hits[field][1] += 1
            same = got[:10] == want[:10] if field == "date" else _words(got) == _words(want)
            hits[field][0] += same
            if not same:
                misses.append((0, folder.name, f"{field}: {got[:50]!r} not {want[:50]!r}"))
        if not gold.get("author"):
            unauthored += 1
            spurious += bool(found.authors)
    shares = {field: hit / max(1, total) for field, (hit, total) in hits.items()}
    counts = {field: f"{hit}/{total}" for field, (hit, total) in hits.items()}
    return {"shares": shares, "counts": counts, "spurious": f"{spurious}/{unauthored}", "worst": misses[:worst]}


SETS: dict[str, tuple[str, str, Format]] = {
    "aeb": ("aeb", "page.html", Format.HTML),
    "aeb-text": ("aeb", "raw_html_text.txt", Format.TEXT),
    # The same pages' text with no blank line anywhere (one line per element, as some copies give it): nothing
    # parts a subheading from the paragraphs around it.
    "aeb-lines": ("aeb", "raw.txt", Format.TEXT),
    # The annotated bodies themselves as plain text: no clutter at all, so every sentence lost is the
    # cleaner mistaking the article for interface (recall), and the user's own text must be read whole.
    "aeb-body": ("aeb", "expected.txt", Format.TEXT),
    "readability": ("readability", "page.html", Format.HTML),
    # Readability's test pages dumped naively to text, one line per element: the text path was never tuned on
    # these pages, so this set shows how the scraped-text rules carry to sites they have not seen.
    "readability-lines": ("readability", "raw.txt", Format.TEXT),
    # The same pages dumped by html-text, as the AEB set's raw_html_text.txt (and the held-out scraped-text pages)
    # are: blank lines between blocks. Made here from page.html, never stored.
    "readability-text": ("readability", "page.html", Format.TEXT),
    # The same pages as a scraper's get_text("\n") or lxml's itertext() dumps them, one text node a line: every
    # link or emphasis inside a sentence breaks it ("is hosted by" / "Joyent" / "."). Made here, never stored.
    "aeb-nodes": ("aeb", "page.html", Format.TEXT),
    "readability-nodes": ("readability", "page.html", Format.TEXT),
    # The AEB pages saved as Markdown by a converter, menus and link boxes as lists of bare links; made here.
    "aeb-markdown": ("aeb", "page.html", Format.MARKDOWN),
    # The AEB pages printed to PDF from a browser (see PRINTED); pages that print no article are left out.
    PDF_SET: ("aeb", "page.html", Format.AUTO),
    "trafilatura": ("trafilatura", "page.html", Format.HTML),
    # The same pages dumped to text by html-text: must-keep and must-drop snippets on the text path.
    "trafilatura-text": ("trafilatura", "page.html", Format.TEXT),
    "trafilatura-nodes": ("trafilatura", "page.html", Format.TEXT),  # and as get_text("\n") dumps it
    "metadata": ("trafilatura", "page.html", Format.HTML),
    "metadata-text": ("trafilatura", "page.html", Format.TEXT),  # the same pages' html-text dumps
}


def _wall() -> str:
    """The wall-clock median of narrator's runs, when there were any."""
    return f" (wall {1000 * statistics.median(WALL_TIMES):.1f} ms)" if WALL_TIMES else ""


def _standfirsts(show: bool) -> str:
    """How many pages of the run got a standfirst, and which, when asked."""
    listed = "".join(f"\n     standfirst: {name}: {text[:90]}" for name, text in sorted(STANDFIRSTS.items()))
    return f" standfirst on {len(STANDFIRSTS)}" + (listed if show else "")


def _print_metadata(name: str, worst: int, no_baseline: bool) -> None:
    """The metadata rows: narrator, then trafilatura's own metadata (of the page; for metadata-text, narrator's of the
    page's html-text dump, a text path that has no <title> element or meta tags to go by)."""
    if name == "metadata-text":
        runners: list[tuple[str, Callable[[Path], Found]]] = [
            ("narrator", lambda path: narrator_metadata(path, Format.TEXT))]
    else:
        runners = [("narrator", narrator_metadata)] + ([] if no_baseline else [("trafilatura", trafilatura_metadata)])
    for label, runner in runners:
        result = score_metadata(runner, worst if label == "narrator" else 0)
        shares, counts = result["shares"], result["counts"]
        print(f"{name:12} {label:12} "
              + " ".join(f"{field} {shares[field]:.1%} ({counts[field]})" for field in shares)  # type: ignore[index]
              + f", byline on pages without an author {result['spurious']}")
        for row in result["worst"]:  # type: ignore[attr-defined]
            print("     worst:", " ".join(str(x) for x in row))


def main(argv: list[str] | None = None) -> int:
    """Print the table; exit 0 (a benchmark, not a test)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append")
    parser.add_argument("--worst", type=int, default=5)
    parser.add_argument("--split", choices=SPLITS, default="all",
                        help="pages to score: every third page is 'holdout', the rest 'tune' (study tune misses only)")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--standfirsts", action="store_true", help="list the standfirsts found")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if not (CORPORA / "extraction").is_dir():
        print(f"corpora not found at {CORPORA}: nothing to measure (see the README there)")
        return 0
    for name in args.set or list(SETS):
        folder, page, hint = SETS[name]
        DUMP[0] = node_dump if name in NODE_DUMP_SETS else markdown_dump if hint is Format.MARKDOWN else (
            html_text.extract_text)
        if name in ("metadata", "metadata-text"):
            _print_metadata(name, args.worst, args.no_baseline)
            continue
        cases = list(english_cases(folder, page, args.split))
        if name == PDF_SET:
            if _browser() is None:
                print(f"{name:12} skipped: no Chromium to print pages with (apt-get install chromium)")
                continue
            cases, unprinted = printed_cases(cases)
            print(f"{name:12} {unprinted} pages left out: their printout holds under half of their article")
        # Snippets check what is read aloud, so narrator's title counts; the trafilatura baseline stays
        # as it was (plain extract(), body text only), and F1 stays body-only for both.
        snippets = name.startswith("trafilatura")
        spoken = snippets
        runners: list[tuple[str, Runner]] = [("narrator", run_narrator_spoken if spoken else run_narrator)]
        if not args.no_baseline:
            runners.append(("keep-all" if hint is not Format.HTML else "trafilatura", run_trafilatura))
        for label, runner in runners:
            WALL_TIMES.clear()
            STANDFIRSTS.clear()
            if snippets:
                result = score_snippets(cases, runner, args.worst, hint)
                print(f"{name:12} {label:12} n={result['n']:3} must-keep {result['keep']:.1%} "
                      f"must-drop {result['drop']:.1%} median {result['ms']:.1f} ms{_wall()}"
                      + (_standfirsts(args.standfirsts) if label == "narrator" else ""))
            else:
                result = score_f1(cases, runner, hint, args.worst)
                print(f"{name:12} {label:12} n={result['n']:3} P={result['P']:.3f} R={result['R']:.3f} "
                      f"F1={result['F1']:.3f} median {result['ms']:.1f} ms{_wall()}"
                      + (_standfirsts(args.standfirsts) if label == "narrator" else ""))
            if label == "narrator":
                for row in result["worst"]:  # type: ignore[attr-defined]
                    print("     worst:", " ".join(f"{x:.2f}" if isinstance(x, float) else str(x) for x in row))
    print(check_seed_page())
    return 0


if __name__ == "__main__":
    sys.exit(main())
