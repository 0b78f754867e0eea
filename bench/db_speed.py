"""What writing a corpus database costs: ``--output corpus.db`` against ``--output DIR``.

Goal: the database costs at most 5 % of batch time. Two measurements over one generated corpus
(recombined paragraphs of samples/ and the dev set, as bench/batch_speed.py builds it):

  (1) in one process, exact: extract every document once, then time handing the same Documents
      to a DirectoryOutput and to a DatabaseOutput (per-document transactions, indexes, full-text
      triggers, and the corpus-wide re-link at close); the extra cost of the database is given
      as a share of the whole batch (extraction + folder writes);
  (2) end to end, noisy on a shared machine: ``extract CORPUS -o DIR`` and ``-o FILE.db`` run
      alternately in fresh processes, best of ``--rounds`` each.

    python bench/db_speed.py                 # 1,000 documents, 2 rounds
    python bench/db_speed.py --docs 3000 --rounds 3
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch_speed import build_corpus, paragraphs

GOAL = 0.05


def in_process(corpus: Path, work: Path) -> tuple[float, float, float, int]:
    """Seconds to extract, to write a folder, to write a database; and the document count."""
    from extractor.batch import DirectoryOutput, Settings, outcomes
    from extractor.corpus import DatabaseOutput
    from extractor.inputs import find_inputs

    inputs = find_inputs([str(corpus)])
    list(outcomes(inputs[:8], Settings()))  # load the model outside the timing
    started = time.perf_counter()
    results = [o for o in outcomes(inputs, Settings()) if o.document is not None]
    extract = time.perf_counter() - started

    folder = DirectoryOutput(work / "out")
    started = time.perf_counter()
    for outcome in results:
        folder.write(outcome.input, outcome.document)
    folder.close()
    directory = time.perf_counter() - started

    started = time.perf_counter()
    database = DatabaseOutput(work / "corpus.db")
    for outcome in results:
        database.write(outcome.input, outcome.document)
    database.close()
    db = time.perf_counter() - started
    return extract, directory, db, len(results)


def end_to_end(corpus: Path, work: Path, rounds: int) -> tuple[float, float]:
    extract = shutil.which("extract") or "extract"
    best = {"dir": float("inf"), "db": float("inf")}
    for number in range(rounds):
        for kind, target in (("dir", work / f"e2e-{number}"), ("db", work / f"e2e-{number}.db")):
            started = time.perf_counter()
            subprocess.run(
                [extract, str(corpus), "-o", str(target), "-w", "1", "-q"], check=True
            )
            best[kind] = min(best[kind], time.perf_counter() - started)
    return best["dir"], best["db"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-end-to-end", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        corpus = work / "corpus"
        words = build_corpus(corpus, args.docs, paragraphs())
        print(f"corpus: {args.docs:,} documents, {words:,} words; load {os.getloadavg()}")
        extract, directory, db, documents = in_process(corpus, work)
        size = (work / "corpus.db").stat().st_size
        overhead = (db - directory) / (extract + directory)
        print(f"(1) in process, {documents:,} documents:")
        print(f"    extraction            {extract:8.2f} s")
        per_doc = directory / documents * 1e3
        print(f"    write folder          {directory:8.2f} s  ({per_doc:.2f} ms/doc)")
        print(f"    write database        {db:8.2f} s  ({db / documents * 1e3:.2f} ms/doc, "
              f"{size / 1e6:.1f} MB)")
        print(f"    database extra cost   {overhead:8.2%} of batch time  (goal <= {GOAL:.0%}: "
              f"{'met' if overhead <= GOAL else 'NOT met'})")
        if not args.no_end_to_end:
            folder, database = end_to_end(corpus, work, args.rounds)
            print(f"(2) end to end, best of {args.rounds}, 1 worker:")
            print(f"    extract -o DIR        {folder:8.2f} s")
            print(f"    extract -o FILE.db    {database:8.2f} s  ({database / folder - 1:+.2%})")
        print(f"load after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
