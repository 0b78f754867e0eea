"""Robustness sweep: the whole pipeline over every text we can get, looking for what breaks.

For each document it records whether extraction failed (any exception, or the per-document
CPU-time limit), every offset violation (``text[start:end] != span.text`` for an entity mention,
number, quote, speaker or cue) and the CPU time per 1,000 characters; it prints the failures,
the violations and the slowest documents, then a summary:

  documents, failures, offset violations, median ms per 1,000 characters, and the slowest
  document's ratio to that median (only documents of at least --min-chars characters count
  for the ratio: below that, the fixed cost per call swamps the per-character cost).

Texts: ``../shared/data/polnear/*.jsonl`` and ``../shared/data/conll/dev.jsonl`` when present
(skipped quietly when not), ``samples/``, ``tests/data/``, and generated torture texts
(hypothesis-generated unicode, 100,000 quote marks, a 1 MB paragraph, number tables,
ALL-CAPS, RTL, CRLF and CR line ends, a BOM mid-text, lone surrogates, dated weekday lists).

    python bench/robustness.py                       # everything
    python bench/robustness.py --only torture -v     # generated texts only, each reported
    python bench/robustness.py --timeout 20 --json sweep.json
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
import traceback
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractor.api import Extractor

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
if not SHARED.is_dir():
    SHARED = Path("/work/shared/data")

SOURCES = ("polnear", "conll", "samples", "tests", "torture")


@dataclass
class Result:
    name: str
    chars: int
    seconds: float = 0.0
    failure: str | None = None
    violations: list[str] = field(default_factory=list)

    @property
    def ms_per_1k(self) -> float:
        return 1000 * self.seconds / max(self.chars, 1) * 1000


# Texts ---------------------------------------------------------------------------------------


def shared_texts() -> Iterator[tuple[str, str]]:
    """PolNeAR train and dev, and CoNLL dev, when ../shared is there."""
    for path in [*sorted((SHARED / "polnear").glob("*.jsonl")), SHARED / "conll" / "dev.jsonl"]:
        if not path.is_file():
            continue
        source = path.parent.name
        with path.open(encoding="utf-8") as stream:
            for number, line in enumerate(stream, 1):
                record = json.loads(line)
                yield f"{source}/{path.stem}:{record.get('id', number)}", record["text"]


def own_texts() -> Iterator[tuple[str, str]]:
    for folder, label in ((ROOT / "samples", "samples"), (ROOT / "tests" / "data", "tests")):
        for path in sorted(folder.rglob("*.txt")):
            yield f"{label}/{path.relative_to(folder)}", path.read_text(encoding="utf-8")


#: Our own sentences, the base of the generated texts.
ARTICLE = (
    "LONDON, March 3, 2026 — The transport minister, Helen Okafor, said on Tuesday that the "
    "rail upgrade would cost £4.2 billion and take 18 months. “We will not cut corners,” she "
    "told reporters at Paddington station.\n\n"
    "According to a person familiar with the talks, the Treasury has set aside 12% more than "
    "last year. Union leader Tomas Brandt called the plan “a start, nothing more”.\n\n"
    "The line carried 1.3 million passengers a week in 2025, up from 950,000 in 2019, "
    "officials said. About 40 trains a day will be cut for six weeks from May 1.\n"
)

#: Dated weekday lists and relative phrases: each once made date resolution spin forever.
DATED = (
    "WASHINGTON, December 4, 2017 — A call next week on Tuesday or Thursday.",
    "PARIS, June 9, 2021 — The vote moved to Monday or previous Monday, aides said.",
    "BERLIN, January 15, 2024 — Talks resume the second Monday of next month.",
    "OSLO, August 30, 2019 — The board meets next month on Monday, Wednesday or Friday.",
    "A call next week on Tuesday or Thursday.",
    "NAIROBI, February 29, 2020 — Next Friday, last Friday and the Friday after next were "
    "all named, as was the third Thursday of next month and every Tuesday next week.",
)


def torture_texts(count: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    chooser = random.Random(seed)
    yield "torture/empty", ""
    yield "torture/whitespace", " \n\t\r\n  \u00a0\u2028\u2029 "
    yield "torture/quotes-100000-straight", '"' * 100_000
    yield "torture/quotes-100000-curly", "“”" * 50_000
    yield "torture/quotes-unbalanced", ("He said “yes. " * 2_000) + ("” she said. " * 1_000)
    sentences = [s for s in ARTICLE.replace("\n\n", " ").split(". ") if s]
    paragraph, size = [], 0
    while size < 1_000_000:
        sentence = chooser.choice(sentences).strip()
        sentence = sentence.replace("£4.2", f"£{chooser.randint(1, 999)}.{chooser.randint(0, 9)}")
        paragraph.append(sentence + ".")
        size += len(sentence) + 2
    yield "torture/paragraph-1MB", " ".join(paragraph)
    rows = [
        f"{chooser.choice(['Ashby', 'Brora', 'Cobh', 'Dunoon'])} {chooser.randint(0, 30)} "
        f"{chooser.randint(0, 30)} {chooser.randint(0, 30)} {chooser.randint(0, 99)}-"
        f"{chooser.randint(0, 99)} {chooser.randint(0, 90)}"
        for _ in range(3_000)
    ]
    yield "torture/table-results", "RESULTS\n" + "\n".join(rows)
    cells = [
        " | ".join(
            [f"{chooser.uniform(-1e6, 1e6):,.2f}", f"{chooser.uniform(0, 100):.1f}%",
             f"${chooser.randint(1, 900)}bn", f"{chooser.randint(1900, 2100)}",
             f"{chooser.randint(1, 12)}/{chooser.randint(1, 28)}/{chooser.randint(0, 99):02}"]
        )
        for _ in range(2_000)
    ]
    yield "torture/table-numbers", "\n".join(cells)
    yield "torture/digits-run", "9" * 50_000 + " " + " ".join(str(n) for n in range(20_000))
    yield "torture/one-long-word", "a" * 200_000
    yield "torture/all-caps", ARTICLE.upper() * 5
    yield "torture/crlf", ARTICLE.replace("\n", "\r\n") * 5
    yield "torture/cr", ARTICLE.replace("\n", "\r") * 5
    yield "torture/bom-mid-text", ARTICLE[:300] + "\ufeff" + ARTICLE[300:] + "\ufeff"
    yield "torture/zero-width-and-soft-hyphens", ARTICLE.replace("e", "e\u200b").replace(
        "a", "a\u00ad"
    )
    yield "torture/lone-surrogates", json.loads(
        json.dumps(ARTICLE).replace("rail", "r\\ud83dail").replace("Union", "\\udc80Union")
    )
    yield "torture/lone-surrogates-escaped", ARTICLE.replace("rail", "r\\ud83dail")
    yield "torture/rtl", (
        "قال الوزير \u200fأحمد حسن\u200f إن الميزانية ستبلغ 4.2 مليار دولار في عام 2026. "
        "“לא נוותר”, אמר ראש העיר דוד לוי ביום שלישי. \u202bThe minister, Helen Okafor,"
        "\u202c said ٣٬٤٥٦ people and ۱۲٪ more.\n"
    ) * 20
    yield "torture/mixed-scripts", (
        "Der Minister sagte am Montag, dass 3,5 Mio. € fehlen. 東京都の知事は「十億円」と述べた。 "
        "Президент заявил: «Мы готовы». 🚆🚆 Emoji 👩🏽‍🚒 and combining é̃ marks.\n"
    ) * 30
    yield "torture/control-characters", "".join(
        chooser.choice([chr(c) for c in range(32)] + list("ab 1.")) for _ in range(20_000)
    )
    for number, sentence in enumerate(DATED):
        yield f"torture/dated-{number}", sentence
    yield "torture/dated-article", "\n\n".join((*DATED, ARTICLE))
    yield from hypothesis_texts(count, seed)


def hypothesis_texts(count: int, seed: int) -> Iterator[tuple[str, str]]:
    """Random unicode from hypothesis, and random mixes of our words with odd characters."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as hypothesis_seed
    from hypothesis import strategies as st

    words = [*ARTICLE.split(), "“", "”", '"', "'", "—", "\n", "\n\n", "\r\n", "$", "%", "said"]
    found: list[str] = []
    strategy = st.one_of(
        st.text(max_size=2_000),
        st.lists(
            st.one_of(st.sampled_from(words), st.text(max_size=3)), max_size=400
        ).map(" ".join),
    )

    @hypothesis_seed(seed)
    @settings(max_examples=count, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def collect(text: str) -> None:
        found.append(text)

    collect()
    for number, text in enumerate(found):
        yield f"hypothesis/{number:04}", text


# Sweep ---------------------------------------------------------------------------------------


def check(extractor: Extractor, name: str, text: str, timeout: float) -> Result:
    from extractor.time_limit import time_limit

    result = Result(name, len(text))
    # Longer texts get more time, so the limit catches hangs, not the 1 MB paragraph. Both the
    # limit and the timing count this process's CPU time: a busy machine moves neither.
    limit = timeout + len(text) / 10_000
    started = time.process_time()
    try:
        with time_limit(limit, clock="cpu"):
            document = extractor.extract(text, name)
    except Exception as exc:
        result.seconds = time.process_time() - started
        result.failure = f"{type(exc).__name__}: {' '.join(str(exc).split())}"[:300]
        cause = exc.__cause__ or exc
        frames = traceback.extract_tb(cause.__traceback__)
        if frames:
            last = frames[-1]
            result.failure += f" [{Path(last.filename).name}:{last.lineno}]"
        return result
    result.seconds = time.process_time() - started
    for span in document.spans():
        if not (0 <= span.start <= span.end <= len(text)) or text[span.start : span.end] != (
            span.text
        ):
            kind = type(span).__name__
            result.violations.append(
                f"{kind} {span.start}:{span.end} {span.text!r} != "
                f"{text[span.start : span.end]!r}"
            )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default=",".join(SOURCES),
                        help=f"comma-separated sources: {', '.join(SOURCES)}")
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="CPU seconds per document, plus 1 s per 10,000 characters")
    parser.add_argument("--hypothesis", type=int, default=200, help="random texts to generate")
    parser.add_argument("--min-chars", type=int, default=2_000,
                        help="documents shorter than this do not count for the slowest ratio")
    parser.add_argument("--limit", type=int, help="at most this many documents (a quick look)")
    parser.add_argument("--json", type=Path, help="write every per-document result here")
    parser.add_argument("-v", "--verbose", action="store_true", help="a line per document")
    options = parser.parse_args()
    chosen = {part.strip() for part in options.only.split(",") if part.strip()}

    from extractor.api import Extractor

    started = time.perf_counter()
    extractor = Extractor()
    texts: list[Iterator[tuple[str, str]]] = []
    if chosen & {"polnear", "conll"}:
        if not SHARED.is_dir():
            print(f"note: {SHARED} not found; sweeping our own texts only", file=sys.stderr)
        texts.append(
            (n, t) for n, t in shared_texts() if n.split("/", 1)[0] in chosen
        )
    if chosen & {"samples", "tests"}:
        texts.append((n, t) for n, t in own_texts() if n.split("/", 1)[0] in chosen)
    if "torture" in chosen:
        texts.append(torture_texts(options.hypothesis))
    results: list[Result] = []
    for name, text in (pair for source in texts for pair in source):
        if options.limit is not None and len(results) >= options.limit:
            break
        result = check(extractor, name, text, options.timeout)
        results.append(result)
        if result.failure:
            print(f"FAIL {name} ({result.chars:,} chars, {result.seconds:.1f} s): "
                  f"{result.failure}", flush=True)
        for violation in result.violations[:5]:
            print(f"OFFSET {name}: {violation}", flush=True)
        if options.verbose:
            print(f"  {name:<60} {result.chars:>9,} chars {result.seconds:8.2f} s "
                  f"{result.ms_per_1k:8.1f} ms/1k", flush=True)

    timed = [r for r in results if r.failure is None and r.chars >= options.min_chars]
    median = statistics.median(r.ms_per_1k for r in timed) if timed else 0.0
    slowest = sorted(timed, key=lambda r: r.ms_per_1k, reverse=True)[:5]
    print("\nslowest per character (documents of at least "
          f"{options.min_chars:,} characters):")
    for result in slowest:
        ratio = result.ms_per_1k / median if median else 0.0
        print(f"  {result.name:<60} {result.chars:>9,} chars {result.ms_per_1k:8.1f} ms/1k "
              f"{ratio:5.2f}x median")
    failures = [r for r in results if r.failure]
    violations = sum(len(r.violations) for r in results)
    ratio = slowest[0].ms_per_1k / median if slowest and median else 0.0
    print(f"\ndocuments: {len(results):,}  failures: {len(failures):,}  "
          f"offset violations: {violations:,} (in {sum(1 for r in results if r.violations):,} "
          f"documents)")
    print(f"median: {median:.1f} ms per 1,000 characters; slowest: {ratio:.2f}x the median "
          f"(goal: at most 5x); {time.perf_counter() - started:,.0f} s in all")
    if options.json:
        rows = [asdict(r) | {"ms_per_1k": r.ms_per_1k} for r in results]
        options.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")
    sys.exit(1 if failures or violations else 0)


if __name__ == "__main__":
    main()
