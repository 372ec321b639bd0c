"""Run every benchmark in turn (`make bench`); each prints its own table and skips what it cannot run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["extraction.py", "normalisation.py", "unit_sets.py", "speed.py", "batch.py", "reading_apart.py",
         "intelligibility.py"]


def main() -> int:
    """Run each benchmark script that exists; report which failed."""
    failed = []
    for name in ORDER:
        script = HERE / name
        if not script.is_file():
            continue
        print(f"\n=== {name} ===", flush=True)
        if subprocess.run([sys.executable, str(script)], check=False).returncode != 0:
            failed.append(name)
    if failed:
        print("failed:", ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
