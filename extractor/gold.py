"""Loading the annotated development set: gold spans given as substrings, turned into offsets."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class GoldError(ValueError):
    """An annotation names text that is not in its article."""


@dataclass(slots=True)
class GoldMention:
    start: int
    end: int
    type: str
    entity: str


@dataclass(slots=True)
class GoldArticle:
    name: str
    text: str
    dateline: str | None
    mentions: list[GoldMention] = field(default_factory=list)
    numbers: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    entity_forms: dict[str, set[str]] = field(default_factory=dict)


def load_articles(folder: Path) -> list[GoldArticle]:
    return [load_article(path) for path in sorted(folder.glob("*.json"))]


def load_article(annotation: Path) -> GoldArticle:
    text = annotation.with_suffix(".txt").read_text(encoding="utf-8")
    gold = json.loads(annotation.read_text(encoding="utf-8"))
    article = GoldArticle(annotation.stem, text, gold.get("dateline"))
    for entity in gold.get("entities", []):
        forms = set(entity["mentions"]) | {entity["name"]}
        article.entity_forms[entity["name"]] = forms
        for start, end in _whole_word_occurrences(text, entity["mentions"]):
            article.mentions.append(GoldMention(start, end, entity["type"], entity["name"]))
    article.mentions = _without_nested(article.mentions)
    for section in ("numbers", "quotes"):
        for item in gold.get(section, []):
            start = _nth(text, item["text"], item.get("occurrence", 1), annotation.stem)
            located = dict(item, start=start, end=start + len(item["text"]))
            getattr(article, section).append(located)
    return article


def _nth(text: str, needle: str, occurrence: int, name: str) -> int:
    position = -1
    for _ in range(occurrence):
        position = text.find(needle, position + 1)
        if position < 0:
            raise GoldError(f"{name}: {needle!r} (occurrence {occurrence}) is not in the text")
    return position


def _whole_word_occurrences(text: str, forms: list[str]) -> list[tuple[int, int]]:
    spans = []
    for form in forms:
        pattern = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
    return spans


def _without_nested(mentions: list[GoldMention]) -> list[GoldMention]:
    """A shorter form inside a longer listed form is one mention, not two."""
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[GoldMention] = []
    for mention in ordered:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
