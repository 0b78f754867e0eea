"""Batch speed and memory, measured: bare spaCy against ``extract`` over the same folder.

The corpus is real news: the PolNeAR articles (dev first, then train) when
``../shared/data/polnear`` is there, else articles recombined from paragraphs of samples/ and
the dev set. Then it times, each in a fresh process so model loading and file reading count
alike:

  (a) spaCy alone: load the base model, read every file, ``nlp.pipe`` over the texts;
  (b) ``extract CORPUS --output DIR`` with 1 and with 2 workers;

and prints words/s, the ratio (b)/(a) with one worker (goal >= 0.95), the speed-up from a second
worker (goal >= 1.85x) and the peak resident memory of each run's whole process tree, at two
corpus sizes (it must not grow with the corpus). Last, in this process, the time each pipeline
component takes over the first --breakdown documents: every component of the base model
(lemmatizer and attribute ruler included, whether ``extract`` runs them or not) and ours.

    python bench/batch_speed.py                  # 300 documents, memory also at 100
    python bench/batch_speed.py --docs 924 --small 200 --keep /tmp/corpus
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "samples", ROOT / "tests" / "data" / "dev")
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
if not POLNEAR.is_dir():
    POLNEAR = Path("/work/shared/data/polnear")

_BARE_SPACY = """
import sys
from pathlib import Path
from extractor.pipeline import load_base_model
nlp = load_base_model(sys.argv[2])
files = sorted(Path(sys.argv[1]).rglob("*.txt"))
texts = (path.read_text(encoding="utf-8") for path in files)
for _ in nlp.pipe(texts):
    pass
"""


@dataclass
class Run:
    label: str
    seconds: float
    words: int
    peak_rss: int
    #: CPU seconds of the whole process tree: steadier than wall time on a busy machine.
    cpu: float = 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds


def paragraphs() -> list[str]:
    """Every paragraph of every article we have; read when the bench runs, so it grows with
    whatever samples and dev articles exist by then."""
    found: list[str] = []
    for folder in SOURCES:
        for path in sorted(folder.rglob("*.txt")):
            text = path.read_text(encoding="utf-8")
            parts = text.split("\n\n") if "\n\n" in text else text.split("\n")
            found.extend(p.strip() for p in parts if len(p.split()) >= 8)
    if not found:
        sys.exit("no articles found in samples/ or tests/data/dev/")
    return found


def build_corpus(root: Path, count: int, pool: list[str], seed: int = 13) -> int:
    """``count`` articles of 3-8 random paragraphs, 100 to a folder; returns the word count."""
    chooser = random.Random(seed)
    words = 0
    for number in range(count):
        chosen = chooser.sample(pool, k=min(len(pool), chooser.randint(3, 8)))
        text = "\n\n".join(chosen) + "\n"
        folder = root / f"part{number // 100:03}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"article{number:05}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def news_texts() -> list[str]:
    """The PolNeAR articles, dev then train; empty when ../shared is not there."""
    texts: list[str] = []
    for name in ("dev.jsonl", "train.jsonl"):
        path = POLNEAR / name
        if path.is_file():
            with path.open(encoding="utf-8") as stream:
                texts.extend(json.loads(line)["text"] for line in stream)
    return texts


def write_corpus(root: Path, texts: list[str]) -> int:
    """One file per text, 100 to a folder; returns the word count."""
    words = 0
    for number, text in enumerate(texts):
        folder = root / f"part{number // 100:03}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"article{number:05}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def breakdown(texts: list[str], model: str) -> None:
    """CPU seconds per component over ``texts``, each stage over all of them in turn."""
    from extractor.api import Extractor
    from extractor.pipeline import load_base_model

    extractor = Extractor(model)
    nlp = extractor.nlp
    started = time.process_time()
    docs = [extractor._prepared(text) for text in texts]
    rows = [("tokenizer (+ preparing the text)", time.process_time() - started, True)]
    active = set(nlp.pipe_names)
    for name in nlp.component_names:
        component = nlp.get_pipe(name)
        started = time.process_time()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=16))
        else:
            docs = [component(doc) for doc in docs]
        rows.append((name, time.process_time() - started, name in active))
    total = sum(seconds for _, seconds, _ in rows)
    # What the model itself leaves off (senter); a fresh load, as ours disables more.
    off = set(load_base_model(model).disabled)
    bare = sum(s for name, s, _ in rows if not name.startswith("extractor_") and name not in off)
    ran = sum(seconds for _, seconds, runs in rows if runs)
    print(f"CPU time per component, {len(texts)} documents, "
          f"{sum(map(len, texts)):,} characters:")
    for name, seconds, runs in rows:
        note = "" if runs else "   (off in the model)" if name in off else "   (not run by extract)"
        print(f"  {name:<34} {seconds:8.2f} s {100 * seconds / total:5.1f} %{note}")
    print(f"  {'all':<34} {total:8.2f} s; what extract runs: {ran:.2f} s "
          f"({100 * ran / total:.0f} %); bare spaCy's components: {bare:.2f} s, "
          f"so the pipeline alone runs at {bare / ran:.2f} of bare spaCy's speed")


def tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                parent = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry))
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        stack.extend(children.get(current, []))
        try:
            with open(f"/proc/{current}/statm", encoding="ascii") as statm:
                total += int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    return total


def timed(label: str, command: list[str], words: int) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def watch() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(process.pid))
            done.wait(0.2)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    code = process.wait()
    seconds = time.perf_counter() - started
    done.set()
    watcher.join()
    if code != 0:
        sys.exit(f"{label}: exited with {code}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    run = Run(label, seconds, words, peak, cpu)
    print(f"  {label:<34} {seconds:8.1f} s {run.words_per_second:10,.0f} words/s "
          f"{peak / 2**20:8,.0f} MiB {cpu:8.1f} CPU s", flush=True)
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=300, help="documents in the corpus")
    parser.add_argument("--small", type=int, default=100, help="documents in the small corpus")
    parser.add_argument("--breakdown", type=int, default=60,
                        help="documents timed per component (0: skip)")
    parser.add_argument("--model", default="en_core_web_sm")
    parser.add_argument("--keep", type=Path, help="build the corpora here and keep them")
    options = parser.parse_args()

    work = options.keep or Path(tempfile.mkdtemp(prefix="extractor-bench-"))
    big, small = work / "corpus", work / "small"
    for folder in (big, small, work / "out1", work / "out2", work / "out-small"):
        shutil.rmtree(folder, ignore_errors=True)
    news = news_texts()[: options.docs]
    if news:
        words = write_corpus(big, news)
        small_words = write_corpus(small, news[: options.small])
        origin = f"PolNeAR articles from {POLNEAR}"
    else:
        pool = paragraphs()
        words = build_corpus(big, options.docs, pool)
        small_words = build_corpus(small, options.small, pool)
        origin = f"recombined from {len(pool):,} paragraphs of samples/ and the dev set"
    count = len(news) or options.docs
    print(f"corpus: {count:,} documents, {words:,} words, {origin}; small corpus: "
          f"{min(options.small, count):,} documents; {os.cpu_count()} cores; load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)

    python = sys.executable
    extract = [python, "-m", "extractor"]
    try:
        bare = timed("(a) spaCy nlp.pipe", [python, "-c", _BARE_SPACY, str(big), options.model],
                     words)
        one = timed("(b) extract, 1 worker", [*extract, str(big), "-o", str(work / "out1"),
                                              "-w", "1", "-q", "-m", options.model], words)
        two = timed("(b) extract, 2 workers", [*extract, str(big), "-o", str(work / "out2"),
                                               "-w", "2", "-q", "-m", options.model], words)
        little = timed(f"(b) extract, 1 worker, {options.small} docs",
                       [*extract, str(small), "-o", str(work / "out-small"), "-w", "1", "-q",
                        "-m", options.model], small_words)
    finally:
        if options.keep is None:
            shutil.rmtree(work, ignore_errors=True)

    ratio = one.words_per_second / bare.words_per_second
    speedup = two.words_per_second / one.words_per_second
    growth = one.peak_rss / little.peak_rss
    print(f"ratio (b)/(a) with 1 worker: {ratio:.2f}  (goal >= 0.95); by CPU time: "
          f"{bare.cpu / one.cpu:.2f}")
    print(f"speed-up with 2 workers:     {speedup:.2f}x (goal >= 1.85x)")
    print(f"peak RSS, 1 worker: {little.peak_rss / 2**20:,.0f} MiB at {options.small:,} docs, "
          f"{one.peak_rss / 2**20:,.0f} MiB at {count:,} docs ({growth:.2f}x)")
    if options.breakdown:
        texts = news[: options.breakdown] or [
            path.read_text(encoding="utf-8") for path in sorted(SOURCES[0].glob("*.txt"))
        ]
        breakdown(texts, options.model)
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
