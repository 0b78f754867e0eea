"""Dask backend speed: Dask with 2 workers against 1, and against the local backend with 2.

Each run is the whole command in a fresh process, as a user runs it, so cluster start-up,
worker start and pipeline loading count:

  extract CORPUS --output DIR --backend dask  --workers 1
  extract CORPUS --output DIR --backend dask  --workers 2
  extract CORPUS --output DIR --backend local --workers 2
  extract CORPUS --output DIR --backend local --workers 1   (the control: is a 2nd core free?)

Goals: Dask 2 workers >= 1.7x Dask 1 worker; Dask 2 workers >= 0.9x local 2 workers. The outputs
of all runs must be byte-identical (checked). The corpus is real news: the PolNeAR dev articles
(written out by its score.py, never copied into the repository) when ../shared is there, else
our samples; ``--repeat`` copies it into several folders so start-up is not all that is timed.
The machine may be shared: the load average is printed with every run.

    python bench/dask_speed.py                   # PolNeAR dev x 3, one round
    python bench/dask_speed.py --repeat 5 --rounds 2
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
ALTERNATIVES = (POLNEAR, Path("/work/shared/data/polnear"))

RUNS = (
    ("dask, 1 worker", ["--backend", "dask", "--workers", "1"]),
    ("dask, 2 workers", ["--backend", "dask", "--workers", "2"]),
    ("local, 2 workers", ["--backend", "local", "--workers", "2"]),
    # The control: if the local backend cannot double either, the machine has no second core free.
    ("local, 1 worker", ["--backend", "local", "--workers", "1"]),
)


def articles(folder: Path) -> str:
    """Write the real-news articles into ``folder``; returns what they are."""
    for polnear in ALTERNATIVES:
        if (polnear / "dev.jsonl").is_file():
            subprocess.run(
                [sys.executable, str(polnear / "score.py"), str(polnear / "dev.jsonl"),
                 "--write-texts", str(folder)],
                check=True, capture_output=True,
            )
            return "PolNeAR dev"
    folder.mkdir(parents=True)
    for path in sorted((ROOT / "samples").glob("*.txt")):
        shutil.copy(path, folder / path.name)
    return "samples/"


def build_corpus(root: Path, repeat: int) -> tuple[str, int, int]:
    """``repeat`` copies of the articles, one folder each; returns (what, documents, words)."""
    source = root / "source"
    what = articles(source)
    texts = sorted(source.glob("*.txt"))
    corpus = root / "corpus"
    words = 0
    for copy in range(repeat):
        folder = corpus / f"copy{copy}"
        folder.mkdir(parents=True)
        for path in texts:
            shutil.copy(path, folder / path.name)
            words += len(path.read_text(encoding="utf-8").split())
    return what, len(texts) * repeat, words


def timed(corpus: Path, out: Path, options: list[str]) -> tuple[float, str]:
    load = "{:.1f} {:.1f} {:.1f}".format(*os.getloadavg())
    command = [sys.executable, "-m", "extractor", str(corpus), "--output", str(out), "--quiet",
               *options]
    started = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - started, load


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*.json")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="copies of the corpus (default 3)")
    parser.add_argument("--rounds", type=int, default=1, help="times to run each (default 1)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="dask-speed-") as scratch:
        root = Path(scratch)
        what, documents, words = build_corpus(root, args.repeat)
        print(f"corpus: {what} x {args.repeat} = {documents:,} documents, {words:,} words; "
              f"{os.cpu_count()} cores")
        best: dict[str, float] = {}
        reference: dict[str, bytes] | None = None
        print(f"{'run':<18} {'seconds':>8} {'docs/s':>7} {'words/s':>8}   load (1, 5, 15 min)")
        for round_ in range(args.rounds):
            for label, options in RUNS:
                out = root / f"out-{round_}-{label.replace(', ', '-').replace(' ', '')}"
                seconds, load = timed(root / "corpus", out, options)
                produced = tree(out)
                if reference is None:
                    reference = produced
                elif produced != reference:
                    sys.exit(f"{label}: output differs from the first run's")
                best[label] = min(best.get(label, seconds), seconds)
                print(f"{label:<18} {seconds:8.1f} {documents / seconds:7.2f} "
                      f"{words / seconds:8.0f}   {load}")
                shutil.rmtree(out)
        print("outputs byte-identical across runs: yes")
        one, two, local, local_one = (best[label] for label, _ in RUNS)
        print(f"dask 2 workers vs dask 1 worker:   {one / two:.2f}x  (goal >= 1.7x)")
        print(f"dask 2 workers vs local 2 workers: {local / two:.2f}x  (goal >= 0.9x)")
        print(f"control, local 2 workers vs 1:     {local_one / local:.2f}x")
        print("load average after: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
