"""Result objects: plain dataclasses that know nothing of spaCy.

A Document round-trips through ``to_dict``/``from_dict``, so renderers and downstream tools can
work from JSON alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 2

Value = int | float | str | None


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(data["start"], data["end"], data["text"])


@dataclass(slots=True)
class Entity:
    id: str
    type: str
    label: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    #: People only: roles the text gives them, and gender with the words that say it.
    titles: list[str] = field(default_factory=list)
    gender: str | None = None
    gender_evidence: list[Mention] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.mentions)

    def to_dict(self) -> dict[str, Any]:
        data = {
            "id": self.id,
            "type": self.type,
            "label": self.label,
            "name": self.name,
            "aliases": list(self.aliases),
            "count": self.count,
            "mentions": [m.to_dict() for m in self.mentions],
        }
        if self.type == "person":
            data["titles"] = list(self.titles)
            data["gender"] = self.gender
            data["gender_evidence"] = [e.to_dict() for e in self.gender_evidence]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            id=data["id"],
            type=data["type"],
            label=data["label"],
            name=data["name"],
            aliases=list(data.get("aliases", [])),
            mentions=[Mention.from_dict(m) for m in data.get("mentions", [])],
            titles=list(data.get("titles") or []),
            gender=data.get("gender"),
            gender_evidence=[Mention.from_dict(e) for e in data.get("gender_evidence") or []],
        )


@dataclass(slots=True)
class Number:
    start: int
    end: int
    text: str
    kind: str
    value: Value = None
    unit: str | None = None
    approximate: bool = False
    bound: str | None = None
    max: int | float | str | None = None
    counted: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "value": self.value,
            "unit": self.unit,
            "approximate": self.approximate,
            "bound": self.bound,
            "max": self.max,
            "counted": self.counted,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Number:
        return cls(**{k: data.get(k) for k in _NUMBER_FIELDS if k in data})


_NUMBER_FIELDS = (
    "start", "end", "text", "kind", "value", "unit", "approximate", "bound", "max", "counted"
)


#: How a speaker was resolved: the words at the cue name it, an apposition names it, or it was
#: followed back through a pronoun, a description, a spokesperson, a document or a continuation.
SPEAKER_VIA = (
    "named", "apposition", "pronoun", "nominal", "organization", "document", "continuation",
    "anonymous",
)


@dataclass(slots=True)
class Speaker:
    start: int
    end: int
    text: str
    name: str | None
    entity: str | None
    type: str
    #: one of SPEAKER_VIA, or None when nothing resolved the words at the cue
    via: str | None = None
    #: the mention the name was resolved through, when it is not the words at the cue
    antecedent: Mention | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "name": self.name,
            "entity": self.entity,
            "type": self.type,
            "via": self.via,
            "antecedent": self.antecedent.to_dict() if self.antecedent else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Speaker:
        antecedent = data.get("antecedent")
        return cls(
            data["start"], data["end"], data["text"], data.get("name"), data.get("entity"),
            data["type"], data.get("via"),
            Mention.from_dict(antecedent) if antecedent else None,
        )


@dataclass(slots=True)
class Quote:
    id: str
    kind: str
    start: int
    end: int
    text: str
    speaker: Speaker | None = None
    cue: Mention | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        speaker = data.get("speaker")
        cue = data.get("cue")
        return cls(
            id=data["id"],
            kind=data["kind"],
            start=data["start"],
            end=data["end"],
            text=data["text"],
            speaker=Speaker.from_dict(speaker) if speaker else None,
            cue=Mention.from_dict(cue) if cue else None,
        )


SECTIONS = ("entities", "numbers", "quotes")


@dataclass(slots=True)
class Document:
    source: str | None
    model: str
    entities: list[Entity] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    text: str | None = None
    encoding: str | None = None
    sections: tuple[str, ...] = SECTIONS
    #: ISO date relative dates were resolved against: given, or read from the article's head.
    published: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "model": self.model,
        }
        if self.encoding is not None:
            data["encoding"] = self.encoding
        if self.published is not None:
            data["published"] = self.published
        if self.text is not None:
            data["text"] = self.text
        for section in self.sections:
            data[section] = [item.to_dict() for item in getattr(self, section)]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            source=data.get("source"),
            model=data["model"],
            entities=[Entity.from_dict(e) for e in data.get("entities", [])],
            numbers=[Number.from_dict(n) for n in data.get("numbers", [])],
            quotes=[Quote.from_dict(q) for q in data.get("quotes", [])],
            text=data.get("text"),
            encoding=data.get("encoding"),
            published=data.get("published"),
            sections=tuple(s for s in SECTIONS if s in data),
        )

    def spans(self) -> Iterator[Mention | Number | Quote | Speaker]:
        """Every object carrying start/end/text, for checking the offset contract."""
        for entity in self.entities:
            yield from entity.mentions
            yield from entity.gender_evidence
        yield from self.numbers
        for quote in self.quotes:
            yield quote
            if quote.speaker:
                yield quote.speaker
                if quote.speaker.antecedent:
                    yield quote.speaker.antecedent
            if quote.cue:
                yield quote.cue
