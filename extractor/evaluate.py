"""Precision, recall and F1 of entities, numbers and quotes against the annotated dev set.

Run ``python -m extractor.evaluate [FOLDER]`` (default ``tests/data/dev``). Spans of numbers and
quotes match when they overlap by at least half of the longer of the two; entity mentions must
match exactly. ``--baseline`` adds the bare spaCy model's entity mentions, and ``--textacy``
adds textacy's ``direct_quotations`` on the same texts when textacy is installed.
``--polnear`` scores claims and speakers on real news instead (the PolNeAR dev split, kept
outside the repository in ``../shared/data/polnear``; see ``extractor.polnear``).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .document import Document
from .gold import GoldArticle, load_articles

ENTITY_TYPES = ("person", "organization", "place")


@dataclass(slots=True)
class Score:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, name: str) -> str:
        return (
            f"  {name:<24} P {self.precision:6.1%}  R {self.recall:6.1%}  F1 {self.f1:6.1%}"
            f"   (tp {self.true_positives}, predicted {self.predicted}, gold {self.gold})"
        )


@dataclass(slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def row(self, name: str) -> str:
        share = self.correct / self.total if self.total else 0.0
        return f"  {name:<24} {share:6.1%}   ({self.correct}/{self.total})"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """At least half of the longer span is shared."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared * 2 >= max(a[1] - a[0], b[1] - b[0])


def pair_spans(
    gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap; returns (gold index, predicted index) pairs."""
    candidates = []
    for g, gspan in enumerate(gold):
        for p, pspan in enumerate(predicted):
            if overlaps(gspan, pspan):
                shared = min(gspan[1], pspan[1]) - max(gspan[0], pspan[0])
                candidates.append((-shared, g, p))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, g, p in sorted(candidates):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            pairs.append((g, p))
    return pairs


@dataclass(slots=True)
class Report:
    lines: list[str] = field(default_factory=list)

    def add(self, line: str = "") -> None:
        self.lines.append(line)

    def text(self) -> str:
        return "\n".join(self.lines)


def entity_scores(
    articles: Iterable[tuple[GoldArticle, Iterable[tuple[int, int, str]]]],
) -> dict[str, Score]:
    """Exact-span, same-type mention scores per type and over all types."""
    scores = {t: Score() for t in (*ENTITY_TYPES, "all")}
    for article, predicted in articles:
        gold = {(m.start, m.end, m.type) for m in article.mentions}
        guessed = {p for p in predicted if p[2] in ENTITY_TYPES}
        for kind in (*ENTITY_TYPES, "all"):
            g = {x for x in gold if kind in ("all", x[2])}
            p = {x for x in guessed if kind in ("all", x[2])}
            scores[kind].true_positives += len(g & p)
            scores[kind].predicted += len(p)
            scores[kind].gold += len(g)
    return scores


def cluster_scores(article: GoldArticle, document: Document, score: Score) -> int:
    """Pairwise link scores over correctly found mentions; returns clusters merging two people."""
    gold_of = {(m.start, m.end): m.entity for m in article.mentions}
    person = {m.entity for m in article.mentions if m.type == "person"}
    predicted_of: dict[tuple[int, int], str] = {}
    merged_people = 0
    for entity in document.entities:
        people = set()
        for mention in entity.mentions:
            key = (mention.start, mention.end)
            predicted_of[key] = entity.id
            if gold_of.get(key) in person:
                people.add(gold_of[key])
        merged_people += len(people) > 1
    found = sorted(set(gold_of) & set(predicted_of))
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            same_gold = gold_of[a] == gold_of[b]
            same_predicted = predicted_of[a] == predicted_of[b]
            score.true_positives += same_gold and same_predicted
            score.predicted += same_predicted
            score.gold += same_gold
    return merged_people


def number_report(pairs: list[tuple[GoldArticle, Document]], report: Report) -> None:
    span = Score()
    kind, value, unit = Accuracy(), Accuracy(), Accuracy()
    qualifiers = Accuracy()
    for article, document in pairs:
        gold = article.numbers
        predicted = document.numbers
        matched = pair_spans([(g["start"], g["end"]) for g in gold],
                             [(p.start, p.end) for p in predicted])
        span.true_positives += len(matched)
        span.predicted += len(predicted)
        span.gold += len(gold)
        for g, p in matched:
            want, got = gold[g], predicted[p]
            kind.add(want["kind"] == got.kind)
            value.add(_same_value(want.get("value"), got.value))
            unit.add(want.get("unit") == got.unit)
            qualifiers.add(
                bool(want.get("approximate")) == got.approximate
                and want.get("bound") == got.bound
                and _same_value(want.get("max"), got.max)
            )
    report.add("Numbers")
    report.add(span.row("spans"))
    report.add(kind.row("kind on matched"))
    report.add(value.row("value on matched"))
    report.add(unit.row("unit on matched"))
    report.add(qualifiers.row("approx/bound/max"))


def _same_value(want: Any, got: Any) -> bool:
    if isinstance(want, int | float) and isinstance(got, int | float):
        return abs(want - got) <= 1e-6 * max(1.0, abs(want))
    return want == got


QuoteSpan = tuple[int, int, str, str | None, str]  # start, end, kind, speaker name, speaker type


def quote_report(
    pairs: Sequence[tuple[GoldArticle, Sequence[QuoteSpan]]], report: Report, title: str
) -> None:
    by_kind: dict[str, Score] = defaultdict(Score)
    speakers: dict[str, Accuracy] = defaultdict(Accuracy)
    confusion: Counter[str] = Counter()
    for article, predicted in pairs:
        gold = article.quotes
        matched = pair_spans([(g["start"], g["end"]) for g in gold],
                             [(p[0], p[1]) for p in predicted])
        for g in gold:
            by_kind[g["kind"]].gold += 1
            by_kind["all"].gold += 1
        for p in predicted:
            by_kind[p[2]].predicted += 1
            by_kind["all"].predicted += 1
        for g, p in matched:
            want, got = gold[g], predicted[p]
            if want["kind"] == got[2]:
                by_kind[want["kind"]].true_positives += 1
            else:
                confusion[f"{want['kind']}->{got[2]}"] += 1
            by_kind["all"].true_positives += 1
            ok = _speaker_matches(article, want, got)
            speakers[want["kind"]].add(ok)
            speakers["all"].add(ok)
    report.add(title)
    report.add("  quote spans (kind must match, except 'all')")
    for kind in ("direct", "mixed", "indirect", "all"):
        report.add(by_kind[kind].row(kind))
    report.add("  speaker accuracy on matched quotes")
    for kind in ("direct", "mixed", "indirect", "all"):
        report.add(speakers[kind].row(kind))
    if confusion:
        pairs_text = ", ".join(f"{k} {v}" for k, v in confusion.most_common())
        report.add(f"  kind confusions: {pairs_text}")


def _speaker_matches(article: GoldArticle, want: dict[str, Any], got: QuoteSpan) -> bool:
    name, kind = got[3], got[4]
    if want.get("speaker"):
        forms = article.entity_forms.get(want["speaker"], {want["speaker"]})
        return name is not None and (name in forms or name == want["speaker"])
    if want.get("speaker_type") == "anonymous":
        return kind == "anonymous"
    return name is None and kind in ("unknown", "anonymous")


def document_quotes(document: Document) -> list[QuoteSpan]:
    return [
        (
            q.start,
            q.end,
            q.kind,
            q.speaker.name if q.speaker else None,
            q.speaker.type if q.speaker else "unknown",
        )
        for q in document.quotes
    ]


def textacy_quotes(nlp: Any, article: GoldArticle) -> list[QuoteSpan]:
    """textacy's ``direct_quotations``, run paragraph by paragraph.

    textacy refuses a whole text with an odd number of quotation marks (a quote continued in
    the next paragraph), so each paragraph goes alone and one it refuses yields nothing.
    """
    import re

    from textacy.extract.triples import direct_quotations

    found: list[QuoteSpan] = []
    for paragraph in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", article.text):
        doc = nlp(paragraph.group())
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            continue
        for speaker, _cue, content in triples:
            start = paragraph.start() + content.start_char
            end = paragraph.start() + content.end_char
            if content.text[:1] in "\"“‘'":
                start += 1
            if content.text[-1:] in "\"”’'":
                end -= 1
            name = " ".join(t.text for t in speaker) if speaker else None
            found.append((start, end, "direct", name, "person" if name else "unknown"))
    return found


def evaluate(
    folder: Path, baseline: bool = False, textacy: bool = False, model: str | None = None
) -> str:
    from .api import Extractor
    from .pipeline import DEFAULT_MODEL

    articles = load_articles(folder)
    extractor = Extractor(model or DEFAULT_MODEL)
    documents = [extractor.extract(a.text, a.name) for a in articles]
    pairs = list(zip(articles, documents, strict=True))
    report = Report()
    report.add(f"Development set: {folder} ({len(articles)} articles)")
    report.add()
    _entity_section(pairs, report, extractor if baseline else None)
    report.add()
    number_report(pairs, report)
    report.add()
    quote_report([(a, document_quotes(d)) for a, d in pairs], report, "Quotes (extractor)")
    if textacy:
        report.add()
        _textacy_section(articles, report, extractor)
    return report.text()


def _entity_section(
    pairs: list[tuple[GoldArticle, Document]], report: Report, extractor: Any
) -> None:
    ours = entity_scores(
        (a, [(m.start, m.end, e.type) for e in d.entities for m in e.mentions]) for a, d in pairs
    )
    report.add("Entities: mention level (exact span and type)")
    for kind in (*ENTITY_TYPES, "all"):
        report.add(ours[kind].row(kind))
    if extractor is not None:
        bare = entity_scores((a, _bare_mentions(extractor, a.text)) for a, _ in pairs)
        report.add("  bare spaCy model:")
        for kind in (*ENTITY_TYPES, "all"):
            report.add(bare[kind].row(kind))
    links = Score()
    merged = sum(cluster_scores(a, d, links) for a, d in pairs)
    report.add("Entities: clusters (pairwise links between correctly found mentions)")
    report.add(links.row("links"))
    report.add(f"  clusters merging two gold people: {merged}")


def _bare_mentions(extractor: Any, text: str) -> list[tuple[int, int, str]]:
    from .models_data import load_json

    types: dict[str, str] = load_json("labels.json")["entities"]
    with extractor.nlp.select_pipes(enable=["tok2vec", "ner"]):
        doc = extractor.nlp(text)
    return [(e.start_char, e.end_char, types[e.label_]) for e in doc.ents if e.label_ in types]


def _textacy_section(articles: list[GoldArticle], report: Report, extractor: Any) -> None:
    try:
        import textacy  # noqa: F401
    except ImportError:
        report.add("textacy is not installed: pip install textacy to compare")
        return
    base = [p for p in extractor.nlp.pipe_names if not p.startswith("extractor_")]
    with extractor.nlp.select_pipes(enable=base):
        pairs = [(a, textacy_quotes(extractor.nlp, a)) for a in articles]
    quote_report(pairs, report, "Quotes (textacy direct_quotations)")


def main(argv: Sequence[str] | None = None, echo: Callable[[str], Any] = print) -> None:
    parser = argparse.ArgumentParser(prog="python -m extractor.evaluate", description=__doc__)
    parser.add_argument("folder", nargs="?", default="tests/data/dev", type=Path)
    parser.add_argument("--baseline", action="store_true", help="also score bare spaCy entities")
    parser.add_argument("--textacy", action="store_true", help="also score textacy's quotes")
    parser.add_argument("--model", default=None, help="spaCy pipeline to evaluate")
    parser.add_argument(
        "--polnear", nargs="?", const="dev", default=None, metavar="SPLIT",
        help="score claims on real news instead: the PolNeAR split (dev by default) kept in "
        "../shared/data/polnear, with its own scorer",
    )
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N",
        help="with --polnear: N sampled mistakes of each kind, with context",
    )
    args = parser.parse_args(argv)
    if args.polnear is not None:
        from .errors import InputError
        from .polnear import score_polnear

        extra = ["--errors", str(args.errors)] if args.errors else []
        try:
            echo(score_polnear(args.polnear, model=args.model, extra=extra))
        except InputError as exc:
            raise SystemExit(f"python -m extractor.evaluate: {exc}") from None
        return
    echo(evaluate(args.folder, baseline=args.baseline, textacy=args.textacy, model=args.model))


if __name__ == "__main__":
    main()
