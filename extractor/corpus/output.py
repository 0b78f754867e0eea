"""A corpus database as a batch output: ``extract corpus/ --output corpus.db``.

Only the batch's parent process writes. Each document goes in with all its rows in one
transaction, so an interrupted run leaves whole documents or none; a rerun skips the sources
already there (``overwrite`` redoes them). People and organisations are re-linked across the
whole corpus when the batch closes (and by any reader that finds the links out of date).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..document import SCHEMA_VERSION, Document
from .database import DOCUMENT_TABLES, TABLES, links_stale, open_database, relink, set_meta

if TYPE_CHECKING:
    from ..batch import Outcome
    from ..inputs import InputFile
    from .linking import Alias

#: Output names that mean a corpus database.
DATABASE_SUFFIXES = (".db", ".sqlite", ".sqlite3")

#: A date this close to the start of the text is the dateline's ("HAVANA, May 12, 2026 —").
DATELINE_CHARS = 300
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TITLE_CHARS = 200


def is_database_path(target: str | Path) -> bool:
    return str(target).lower().endswith(DATABASE_SUFFIXES)


class DatabaseOutput:
    """Implements batch's ``Output`` (has/write/close), plus ``write_failure`` for error rows."""

    def __init__(
        self, path: str | Path, *, overwrite: bool = False, aliases: list[Alias] | None = None
    ) -> None:
        self.path = Path(path)
        self.overwrite = overwrite
        self.aliases = aliases
        self.db = open_database(self.path, create=True)
        sources = self.db.execute("select source, status from documents").fetchall()
        self.done = {source for source, status in sources if status == "ok"}
        self.known = {source for source, _ in sources}
        self.wrote = False
        self.next_id = {
            table: (self.db.execute(f"select max(id) from {table}").fetchone()[0] or 0) + 1
            for table in ("documents", *DOCUMENT_TABLES)
        }
        from .. import __version__

        self.tool_version = __version__
        self._statements: dict[str, str] = {}

    def has(self, item: InputFile) -> bool:
        return not self.overwrite and source_key(item) in self.done

    def write(self, item: InputFile, document: Document) -> None:
        source = source_key(item)
        data = document.to_dict()
        document_id = self._take("documents")
        row = {
            "id": document_id,
            "source": source,
            "name": item.name,
            "title": _title(item, document),
            "date": document.published or _dateline_date(document),
            "model": document.model,
            "tool_version": self.tool_version,
            "schema_version": data.get("schema_version", SCHEMA_VERSION),
            "status": "ok",
            "encoding": document.encoding,
            "entities": len(document.entities),
            "numbers": len(document.numbers),
            "quotes": len(document.quotes),
            "added": _now(),
        }
        entities, mentions, local_ids = self._entities(document_id, data.get("entities", []))
        quotes = [self._quote(document_id, q, local_ids) for q in data.get("quotes", [])]
        numbers = [self._number(document_id, n) for n in data.get("numbers", [])]
        with self.db.atomic():
            self._forget(source)
            for table, rows in (
                ("documents", [row]), ("entities", entities), ("mentions", mentions),
                ("quotes", quotes), ("numbers", numbers),
            ):
                self._insert(table, rows)
            set_meta(self.db, "links_stale", "1")  # with the rows: a crash leaves it said
        self.wrote = True
        self.done.add(source)
        self.known.add(source)

    def write_failure(self, outcome: Outcome) -> None:
        """A failed input gets a ``documents`` row with its error, unless a good one is there."""
        source = source_key(outcome.input)
        if source in self.done:
            return
        with self.db.atomic():
            self._forget(source)
            self._insert("documents", [{
                "id": self._take("documents"),
                "source": source,
                "name": outcome.input.name,
                "tool_version": self.tool_version,
                "status": "failed",
                "error": outcome.error,
                "error_kind": outcome.error_kind,
                "added": _now(),
            }])
        self.known.add(source)

    def close(self) -> None:
        try:
            if self.wrote or self.aliases is not None or links_stale(self.db):
                relink(self.db, self.aliases)
        finally:
            self.db.close()

    def _forget(self, source: str) -> None:
        if source not in self.known:
            return
        row = self.db.execute("select id from documents where source = ?", [source]).fetchone()
        if row is None:
            return
        for table in DOCUMENT_TABLES:
            self.db.execute(f"delete from {table} where document_id = ?", [row[0]])
        self.db.execute("delete from documents where id = ?", [row[0]])

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Rows whose columns are known: one prepared statement, not sqlite-utils' per-row
        type inspection (a third of the write time on a corpus of news articles)."""
        if not rows:
            return
        columns = list(TABLES[table]["columns"])
        sql = self._statements.get(table)
        if sql is None:
            names = ", ".join(f"[{column}]" for column in columns)
            marks = ", ".join("?" * len(columns))
            sql = self._statements[table] = f"insert into [{table}] ({names}) values ({marks})"
        self.db.conn.executemany(sql, [[row.get(c) for c in columns] for row in rows])

    def _take(self, table: str) -> int:
        number = self.next_id[table]
        self.next_id[table] = number + 1
        return number

    def _entities(
        self, document_id: int, entities: list[dict[str, Any]]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, int]]:
        rows, mentions, local_ids = [], [], {}
        for entity in entities:
            entity_id = self._take("entities")
            local_ids[entity["id"]] = entity_id
            rows.append({
                "id": entity_id,
                "document_id": document_id,
                "local_id": entity["id"],
                "type": entity["type"],
                "label": entity.get("label"),
                "name": entity["name"],
                "aliases": _json(entity.get("aliases") or []),
                "count": len(entity.get("mentions", [])),
                "titles": _json(entity.get("titles") or []),
                "gender": entity.get("gender"),
                "gender_evidence": _text(entity.get("gender_evidence")),
            })
            mentions.extend(
                {
                    "id": self._take("mentions"), "entity_id": entity_id,
                    "document_id": document_id, "start": m["start"], "end": m["end"],
                    "text": m["text"],
                }
                for m in entity.get("mentions", [])
            )
        return rows, mentions, local_ids

    def _quote(
        self, document_id: int, quote: dict[str, Any], local_ids: dict[str, int]
    ) -> dict[str, Any]:
        speaker = quote.get("speaker") or {}
        cue = quote.get("cue") or {}
        return {
            "id": self._take("quotes"),
            "document_id": document_id,
            "local_id": quote["id"],
            "kind": quote["kind"],
            "start": quote["start"],
            "end": quote["end"],
            "text": quote["text"],
            "speaker_text": speaker.get("text"),
            "speaker_name": speaker.get("name"),
            "speaker_type": speaker.get("type"),
            "speaker_start": speaker.get("start"),
            "speaker_end": speaker.get("end"),
            "speaker_entity_id": local_ids.get(speaker.get("entity") or ""),
            "speaker_via": _text(speaker.get("via")),
            "speaker_antecedent": _text(speaker.get("antecedent")),
            "cue": cue.get("text"),
            "cue_start": cue.get("start"),
            "cue_end": cue.get("end"),
        }

    def _number(self, document_id: int, number: dict[str, Any]) -> dict[str, Any]:
        row = {key: number.get(key) for key in (
            "start", "end", "text", "kind", "value", "unit", "bound", "max", "counted"
        )}
        row.update(
            id=self._take("numbers"), document_id=document_id,
            approximate=int(bool(number.get("approximate"))),
        )
        return row


def source_key(item: InputFile) -> str:
    """The key a rerun recognises an input by (as the JSONL output's resume uses)."""
    return str(Path(item.path)) if item.path != "-" else "-"


def _title(item: InputFile, document: Document) -> str | None:
    """The first non-empty line: of the text when shipped, else read from the file's head."""
    text = document.text
    if text is None and item.path != "-":
        try:
            with open(item.path, "rb") as stream:
                text = stream.read(4096).decode("utf-8", errors="replace")
        except OSError:
            return None
    for line in (text or "").splitlines():
        if line.strip():
            return line.strip()[:_TITLE_CHARS]
    return None


def _dateline_date(document: Document) -> str | None:
    for number in document.numbers:
        if number.start > DATELINE_CHARS:
            break
        if number.kind == "date" and isinstance(number.value, str) and _ISO_DATE.match(
            number.value
        ):
            return number.value
    return None


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _text(value: Any) -> str | None:
    """A field whose shape may grow (``via``, ``antecedent``): strings as they are, else JSON."""
    if value is None or isinstance(value, str):
        return value
    return _json(value)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
