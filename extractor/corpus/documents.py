"""Documents read back out of a corpus database, one at a time, for ``extract report corpus.db``.

Each ``documents`` row becomes the :class:`~extractor.document.Document` its rows describe (or
a :class:`~extractor.report.Failure` for a failed input), without the article text, which the
corpus does not keep. A claim linked to a corpus-wide person or organisation carries that
corpus name as ``speaker.name``, so "Putin" here and "Vladimir Putin" there are one speaker to
whoever counts them; ``speaker.text`` keeps the words the article used.

Rows are read per document through the ``document_id`` indexes, so memory holds one document
whatever the corpus size.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..document import SECTIONS, Document, Entity, Mention, Number, Quote, Speaker
from ..errors import CorpusError

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..report import Failure

_NUMBER_COLUMNS = ("start", "end", "text", "kind", "value", "unit", "approximate", "bound",
                   "max", "counted")


def read_documents(db: Database, path: str) -> Iterator[Document | Failure]:
    """Every document row, by source, as a Document or a Failure; ``path`` names the
    database in the one-line error a damaged file gives."""
    from ..report import Failure

    try:
        # A cursor of its own: the per-document queries below must not reset it.
        rows = db.conn.cursor().execute(
            "select id, source, model, encoding, status, error, error_kind, date from documents "
            "order by source, id"
        )
        for document_id, source, model, encoding, status, error, error_kind, date in rows:
            if status != "ok":
                yield Failure(source, error or error_kind or status)
            else:
                document = _document(db, document_id, source, model, encoding)
                document.published = date
                yield document
    except sqlite3.DatabaseError as exc:
        raise CorpusError(f"{path}: cannot read the corpus database ({exc})") from None


def _document(
    db: Database, document_id: int, source: str, model: str | None, encoding: str | None
) -> Document:
    entities: list[Entity] = []
    local_ids: dict[int, str] = {}
    by_id: dict[int, Entity] = {}
    for row_id, local_id, type_, label, name, aliases, titles, gender, evidence in db.execute(
        "select id, local_id, type, label, name, aliases, titles, gender, gender_evidence "
        "from entities where document_id = ? order by id", [document_id]
    ):
        entity = Entity(local_id, type_, label, name, _list(aliases))
        entity.titles = [t if isinstance(t, str) else t.get("text", "") for t in _list(titles)]
        entity.gender = gender
        entity.gender_evidence = [Mention.from_dict(m) for m in _list(evidence)]
        entities.append(entity)
        local_ids[row_id] = local_id
        by_id[row_id] = entity
    for entity_id, start, end, text in db.execute(
        "select entity_id, start, end, text from mentions where document_id = ? order by id",
        [document_id],
    ):
        if entity_id in by_id:
            by_id[entity_id].mentions.append(Mention(start, end, text))
    numbers = [
        _number(dict(zip(_NUMBER_COLUMNS, row, strict=True)))
        for row in db.execute(
            f"select {', '.join(f'[{c}]' for c in _NUMBER_COLUMNS)} from numbers "
            "where document_id = ? order by id", [document_id]
        )
    ]
    cursor = db.execute(
        "select q.local_id, q.kind, q.start, q.end, q.text, q.speaker_text, q.speaker_name, "
        "q.speaker_type, q.speaker_start, q.speaker_end, q.speaker_entity_id, q.speaker_via, "
        "q.speaker_antecedent, q.cue, q.cue_start, q.cue_end, "
        "coalesce(p.name, o.name) as corpus_name "
        "from quotes q left join people p on p.id = q.person_id "
        "left join organizations o on o.id = q.org_id "
        "where q.document_id = ? order by q.id", [document_id]
    )
    columns = [d[0] for d in cursor.description]
    quotes = [
        _quote(dict(zip(columns, row, strict=True)), local_ids, entities)
        for row in cursor.fetchall()
    ]
    return Document(
        source=source, model=model or "", entities=entities, numbers=numbers, quotes=quotes,
        encoding=encoding, sections=SECTIONS,
    )


def _quote(row: dict[str, Any], local_ids: dict[int, str], entities: list[Entity]) -> Quote:
    speaker = None
    if row["speaker_type"] is not None:
        speaker = Speaker(
            row["speaker_start"], row["speaker_end"], row["speaker_text"],
            row["corpus_name"] or row["speaker_name"],
            local_ids.get(row["speaker_entity_id"]), row["speaker_type"], row["speaker_via"],
            _antecedent(row["speaker_antecedent"], entities),
        )
    cue = None
    if row["cue_start"] is not None:
        cue = Mention(row["cue_start"], row["cue_end"], row["cue"])
    return Quote(row["local_id"], row["kind"], row["start"], row["end"], row["text"], speaker,
                 cue)


def _antecedent(stored: str | None, entities: list[Entity]) -> Mention | None:
    """The stored mention; one stored without its words takes them from the mention it names
    (the offset contract wants them), and is dropped if none does."""
    if not stored:
        return None
    try:
        data = json.loads(stored)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("start"), int) or not isinstance(
        data.get("end"), int
    ):
        return None
    if isinstance(data.get("text"), str):
        return Mention(data["start"], data["end"], data["text"])
    for entity in entities:
        for mention in entity.mentions:
            if (mention.start, mention.end) == (data["start"], data["end"]):
                return Mention(mention.start, mention.end, mention.text)
    return None


def _number(row: dict[str, Any]) -> Number:
    row["approximate"] = bool(row["approximate"])
    if isinstance(row["max"], float) and row["max"].is_integer() and isinstance(
        row["value"], int
    ):
        row["max"] = int(row["max"])  # the column is REAL; an integer range stays integer
    return Number(**row)


def _list(stored: str | None) -> list[str]:
    return list(json.loads(stored)) if stored else []
