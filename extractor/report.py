"""A corpus at a glance: counts gathered from a stream of Documents, for ``extract report``.

:class:`CorpusReport` takes Documents (and failures) one at a time and keeps only counts and a
few claims per speaker, so memory stays bounded whatever the corpus size. Where the Documents
come from is the caller's business: :func:`read_results` reads folders of JSON results and
JSON Lines files, and corpus databases through ``Corpus.documents()``; any other store only
has to yield Documents and Failures::

    report = CorpusReport()
    report.add_all(read_results(["results/"]))
    html = render_report(report)
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .document import Document
from .errors import InputError, InputNotFound

#: Claims kept per speaker for the report's "what they said" lists.
CLAIMS_PER_SPEAKER = 25

#: Failures listed by name (all are counted).
FAILURES_LISTED = 200


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that produced no Document: an error record, or a result file that is unreadable."""

    source: str
    message: str


@dataclass(slots=True)
class Claim:
    source: str
    quote_id: str
    kind: str
    text: str
    words: str


@dataclass(slots=True)
class _Speaker:
    claims: int = 0
    documents: set[str] = field(default_factory=set)
    kept: list[Claim] = field(default_factory=list)


@dataclass(slots=True)
class CorpusReport:
    """Running counts over a corpus; ``summary()`` turns them into what the page shows."""

    top: int = 20
    documents: int = 0
    failures: int = 0
    failed: list[Failure] = field(default_factory=list)
    claims: int = 0
    entities: int = 0
    numbers: int = 0
    documents_with_claims: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    speaker_types: Counter[str] = field(default_factory=Counter)
    via: Counter[str] = field(default_factory=Counter)
    speakers: dict[str, _Speaker] = field(default_factory=dict)
    organizations: Counter[str] = field(default_factory=Counter)
    places: Counter[str] = field(default_factory=Counter)
    organization_mentions: Counter[str] = field(default_factory=Counter)
    place_mentions: Counter[str] = field(default_factory=Counter)

    def add(self, item: Document | Failure) -> None:
        if isinstance(item, Failure):
            self.failures += 1
            if len(self.failed) < FAILURES_LISTED:
                self.failed.append(item)
            return
        self._add_document(item)

    def add_all(self, items: Iterable[Document | Failure]) -> CorpusReport:
        for item in items:
            self.add(item)
        return self

    def _add_document(self, document: Document) -> None:
        source = document.source or f"document {self.documents + 1}"
        self.documents += 1
        self.entities += len(document.entities)
        self.numbers += len(document.numbers)
        for entity in document.entities:
            if entity.type == "organization":
                self.organizations[entity.name] += 1
                self.organization_mentions[entity.name] += len(entity.mentions)
            elif entity.type == "place":
                self.places[entity.name] += 1
                self.place_mentions[entity.name] += len(entity.mentions)
        quotes = document.to_dict().get("quotes") or []  # tolerant of fields added later
        if quotes:
            self.documents_with_claims += 1
        for quote in quotes:
            self.claims += 1
            self.kinds[str(quote.get("kind"))] += 1
            speaker = quote.get("speaker") or {}
            self.speaker_types[str(speaker.get("type") or "none")] += 1
            if speaker.get("via"):
                self.via[str(speaker["via"])] += 1
            name = speaker.get("name")
            if not name:
                continue
            entry = self.speakers.setdefault(name, _Speaker())
            entry.claims += 1
            entry.documents.add(source)
            if len(entry.kept) < CLAIMS_PER_SPEAKER:
                entry.kept.append(Claim(
                    source, str(quote.get("id", "")), str(quote.get("kind", "")),
                    _shorten(str(quote.get("text", ""))), str(speaker.get("text") or ""),
                ))

    def summary(self) -> dict[str, Any]:
        """Plain data for the page: totals, top lists and chart rows."""
        ranked = sorted(self.speakers.items(), key=lambda item: (-item[1].claims, item[0]))
        top_speakers = [
            {
                "name": name,
                "anchor": f"speaker-{index}",
                "claims": entry.claims,
                "documents": len(entry.documents),
                "kept": entry.kept,
            }
            for index, (name, entry) in enumerate(ranked[: self.top], 1)
        ]
        anonymous = self.speaker_types.get("anonymous", 0)
        return {
            "documents": self.documents,
            "failures": self.failures,
            "failed": self.failed,
            "claims": self.claims,
            "entities": self.entities,
            "numbers": self.numbers,
            "documents_with_claims": self.documents_with_claims,
            "named_speakers": len(self.speakers),
            "anonymous": anonymous,
            "anonymous_share": anonymous / self.claims if self.claims else 0.0,
            "kinds": self.kinds.most_common(),
            "speaker_types": self.speaker_types.most_common(),
            "via": self.via.most_common(),
            "top_speakers": top_speakers,
            "organizations": [
                (name, count, self.organization_mentions[name])
                for name, count in _ranked(self.organizations, self.top)
            ],
            "places": [
                (name, count, self.place_mentions[name])
                for name, count in _ranked(self.places, self.top)
            ],
        }


def _ranked(counts: Counter[str], top: int) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]


def _shorten(text: str, limit: int = 400) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Reading results ------------------------------------------------------------------------------


def read_results(paths: Iterable[str | Path]) -> Iterator[Document | Failure]:
    """Documents and failures from result files: folders of ``*.json`` (searched recursively,
    hidden files skipped), ``*.json`` files and ``*.jsonl`` files (results and ``--errors``
    records alike), and corpus databases (``*.db``, ``*.sqlite``: every document row, speakers
    by their corpus-wide names). A result file that is unreadable becomes a Failure, not an
    exception; a database that is not an extractor corpus raises CorpusError."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                relative = found.relative_to(path).parts
                if found.is_file() and found.suffix in (".json", ".jsonl") and not any(
                    part.startswith(".") for part in relative
                ):
                    yield from _read_file(found)
        elif path.is_file() and _is_corpus(path):
            yield from _read_corpus(path)
        elif path.is_file():
            if path.suffix not in (".json", ".jsonl"):
                raise InputError(
                    f"{path}: not a result file; give a folder of JSON results, a .json or a "
                    ".jsonl file, or a corpus database"
                )
            yield from _read_file(path)
        else:
            raise InputNotFound(f"{path}: no such file or folder")


def _is_corpus(path: Path) -> bool:
    from .corpus.output import is_database_path

    return is_database_path(path)


def _read_corpus(path: Path) -> Iterator[Document | Failure]:
    """A corpus database (``--output corpus.db``): one that is not ours is refused in one line,
    by the corpus's own checks, before anything is read."""
    from .corpus import Corpus

    with Corpus(path) as corpus:
        yield from corpus.documents()


def _read_file(path: Path) -> Iterator[Document | Failure]:
    try:
        with path.open(encoding="utf-8") as stream:
            if path.suffix == ".jsonl":
                for number, line in enumerate(stream, 1):
                    if line.strip():
                        yield _record(line, f"{path}:{number}")
            else:
                yield _record(stream.read(), str(path))
    except (OSError, UnicodeDecodeError) as exc:
        yield Failure(str(path), f"cannot read ({getattr(exc, 'strerror', None) or exc})")


def _record(text: str, where: str) -> Document | Failure:
    try:
        data = json.loads(text)
    except ValueError:
        return Failure(where, "not JSON")
    if not isinstance(data, dict):
        return Failure(where, "not an extractor result")
    if "model" not in data and "error" in data:  # an --errors record
        return Failure(str(data.get("source") or where), str(data.get("message") or data["error"]))
    try:
        return Document.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return Failure(where, "not an extractor result")
