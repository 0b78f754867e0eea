"""The corpus database: its tables, how one is opened safely, and corpus-wide re-linking.

One SQLite file, written through ``sqlite-utils``. ``corpus_meta`` marks the file as ours and
records the schema version, so another tool's database or an older layout is refused with a
one-line error before anything is written. Foreign keys are declared (Datasette and other
readers follow them) but not enforced: ``people`` and ``organizations`` are rebuilt whole on
every re-link, and the writer deletes a document's rows itself when it redoes one.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import CorpusError
from .linking import Alias, Cluster, NamedEntity, link_organizations, link_people
from .names import person_key

if TYPE_CHECKING:
    from sqlite_utils import Database

#: The layout of the tables below; bump it when they change incompatibly.
CORPUS_SCHEMA_VERSION = 1
TOOL = "extractor"
_SQLITE_HEADER = b"SQLite format 3\x00"

TABLES: dict[str, dict[str, Any]] = {
    "documents": {
        "columns": {
            "id": int, "source": str, "name": str, "title": str, "date": str, "model": str,
            "tool_version": str, "schema_version": int, "status": str, "error": str,
            "error_kind": str, "encoding": str, "entities": int, "numbers": int, "quotes": int,
            "added": str,
        },
        "not_null": {"source", "status"},
    },
    "people": {
        "columns": {
            "id": int, "name": str, "aliases": str, "ref": str, "documents": int, "quotes": int,
            "titles": str, "gender": str,
        },
    },
    "organizations": {
        "columns": {
            "id": int, "name": str, "aliases": str, "ref": str, "documents": int, "quotes": int,
        },
    },
    "entities": {
        "columns": {
            "id": int, "document_id": int, "local_id": str, "type": str, "label": str,
            "name": str, "aliases": str, "count": int, "titles": str, "gender": str,
            "gender_evidence": str, "person_id": int, "org_id": int,
        },
        "foreign_keys": [
            ("document_id", "documents", "id"), ("person_id", "people", "id"),
            ("org_id", "organizations", "id"),
        ],
    },
    "mentions": {
        "columns": {
            "id": int, "entity_id": int, "document_id": int, "start": int, "end": int,
            "text": str,
        },
        "foreign_keys": [("entity_id", "entities", "id"), ("document_id", "documents", "id")],
    },
    "quotes": {
        "columns": {
            "id": int, "document_id": int, "local_id": str, "kind": str, "start": int,
            "end": int, "text": str, "speaker_text": str, "speaker_name": str,
            "speaker_type": str, "speaker_start": int, "speaker_end": int,
            "speaker_entity_id": int, "speaker_via": str, "speaker_antecedent": str,
            "cue": str, "cue_start": int, "cue_end": int, "person_id": int, "org_id": int,
        },
        "foreign_keys": [
            ("document_id", "documents", "id"), ("speaker_entity_id", "entities", "id"),
            ("person_id", "people", "id"), ("org_id", "organizations", "id"),
        ],
    },
    "numbers": {
        # value and max hold a number or an ISO date (a period's last day), so they have no
        # declared type (SQLite keeps either)
        "columns": {
            "id": int, "document_id": int, "start": int, "end": int, "text": str, "kind": str,
            "value": "ANY", "unit": str, "approximate": int, "bound": str, "max": "ANY",
            "counted": str,
        },
        "foreign_keys": [("document_id", "documents", "id")],
    },
    "aliases": {
        "columns": {"canonical": str, "alias": str, "ref": str, "do_not_merge": int},
    },
}

_INDEXES = [
    ("documents", ["source"], True),
    ("documents", ["status"], False),
    ("entities", ["document_id"], False),
    ("entities", ["person_id"], False),
    ("entities", ["org_id"], False),
    ("entities", ["type", "name"], False),
    ("mentions", ["entity_id"], False),
    ("mentions", ["document_id"], False),
    ("quotes", ["document_id"], False),
    ("quotes", ["person_id"], False),
    ("quotes", ["org_id"], False),
    ("quotes", ["speaker_type"], False),
    ("quotes", ["kind"], False),
    ("numbers", ["document_id"], False),
]

#: Tables holding one document's rows, deleted together when a document is redone.
DOCUMENT_TABLES = ("mentions", "quotes", "numbers", "entities")


def open_database(path: str | Path, *, create: bool) -> Database:
    """An extractor corpus at ``path``; a new one is laid out when ``create`` allows.

    Refuses, with a one-line CorpusError and without writing, anything that is not an SQLite
    file, an SQLite file with another tool's tables, or a corpus of another schema version.
    """
    from sqlite_utils import Database

    path = Path(path)
    if path.is_dir():
        raise CorpusError(f"{path}: is a folder, not a corpus database")
    exists = path.is_file() and path.stat().st_size > 0
    if not exists and not create:
        raise CorpusError(f"{path}: no such corpus database (write one with --output {path})")
    if exists:
        try:
            with path.open("rb") as stream:
                header = stream.read(len(_SQLITE_HEADER))
        except OSError as exc:
            raise CorpusError(f"{path}: cannot read ({exc.strerror or exc})") from None
        if header != _SQLITE_HEADER:
            raise CorpusError(f"{path}: not an SQLite database; refusing to touch it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = Database(sqlite3.connect(str(path), timeout=30))
        tables = set(db.table_names())
    except (OSError, sqlite3.DatabaseError) as exc:
        raise CorpusError(f"{path}: cannot open as a database ({exc})") from None
    if not tables:
        if not create:
            db.close()
            raise CorpusError(f"{path}: an empty database, not an extractor corpus")
        _create(db)
        return _tuned(db)
    version = _version(db, tables)
    if version is None:
        db.close()
        raise CorpusError(
            f"{path}: an SQLite database from another tool, not an extractor corpus; "
            "choose a new file"
        )
    if version != CORPUS_SCHEMA_VERSION:
        db.close()
        age = "older" if version < CORPUS_SCHEMA_VERSION else "newer"
        raise CorpusError(
            f"{path}: corpus schema version {version} is {age} than this extractor's "
            f"{CORPUS_SCHEMA_VERSION}; write to a new database"
        )
    return _tuned(db)


def _version(db: Database, tables: set[str]) -> int | None:
    if "corpus_meta" not in tables:
        return None
    meta = dict(db.execute("select key, value from corpus_meta").fetchall())
    if meta.get("tool") != TOOL:
        return None
    try:
        return int(meta.get("schema_version", ""))
    except ValueError:
        return None


def _create(db: Database) -> None:
    with db.atomic():
        db["corpus_meta"].create({"key": str, "value": str}, pk="key")
        db["corpus_meta"].insert_all([
            {"key": "tool", "value": TOOL},
            {"key": "schema_version", "value": str(CORPUS_SCHEMA_VERSION)},
            {"key": "links_stale", "value": "0"},
        ])
        for name, spec in TABLES.items():
            db[name].create(
                spec["columns"],
                pk="id" if "id" in spec["columns"] else None,
                not_null=spec.get("not_null"),
                foreign_keys=spec.get("foreign_keys"),
            )
        for table, columns, unique in _INDEXES:
            db[table].create_index(columns, unique=unique)
    db["quotes"].enable_fts(["text"], fts_version="FTS5", create_triggers=True)


def _tuned(db: Database) -> Database:
    """WAL: a commit per document is cheap, and readers never block the writer."""
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    return db


def set_meta(db: Database, key: str, value: str) -> None:
    db.execute(
        "insert into corpus_meta (key, value) values (?, ?) "
        "on conflict(key) do update set value = excluded.value",
        [key, value],
    )


def links_stale(db: Database) -> bool:
    row = db.execute("select value from corpus_meta where key = 'links_stale'").fetchone()
    return bool(row and row[0] == "1")


# Re-linking ---------------------------------------------------------------------------------


def relink(db: Database, aliases: list[Alias] | None = None) -> tuple[int, int]:
    """Recompute ``people`` and ``organizations`` and every entity's and quote's link to them.

    ``aliases`` replaces the stored alias table; None keeps the one stored. Returns the number
    of people and organisations.
    """
    entities = db.execute(
        "select id, document_id, type, name, aliases, titles, gender from entities "
        "where type in ('person', 'organization') order by id"
    ).fetchall()
    with db.atomic():
        if aliases is not None:
            db.execute("delete from aliases")
            db["aliases"].insert_all(
                {"canonical": a.canonical, "alias": a.alias, "ref": a.ref,
                 "do_not_merge": int(a.do_not_merge)}
                for a in aliases
            )
        stored = [
            Alias(row[0], row[1], row[2], bool(row[3]))
            for row in db.execute("select canonical, alias, ref, do_not_merge from aliases")
        ]
        details = {row[0]: row for row in entities}
        people = link_people(
            [NamedEntity(r[0], r[1], r[3]) for r in entities if r[2] == "person"], stored
        )
        organizations = link_organizations(
            [NamedEntity(r[0], r[1], r[3]) for r in entities if r[2] == "organization"], stored
        )
        db.execute("delete from people")
        db.execute("delete from organizations")
        db.execute(
            "update entities set person_id = null, org_id = null "
            "where person_id is not null or org_id is not null"
        )
        _store_clusters(db, "people", "person_id", people, details)
        _store_clusters(db, "organizations", "org_id", organizations, details)
        db.execute(
            "update quotes set person_id = e.person_id, org_id = e.org_id "
            "from entities e where e.id = quotes.speaker_entity_id"
        )
        for table, column in (("people", "person_id"), ("organizations", "org_id")):
            db.execute(
                f"update {table} set "
                f"documents = (select count(distinct document_id) from entities "
                f"where {column} = {table}.id), "
                f"quotes = (select count(*) from quotes where {column} = {table}.id)"
            )
        set_meta(db, "links_stale", "0")
    return len(people), len(organizations)


def _store_clusters(
    db: Database, table: str, column: str, clusters: list[Cluster], details: dict[int, tuple]
) -> None:
    rows = []
    links = []
    for number, cluster in enumerate(clusters, 1):
        names = Counter(member.name for member in cluster.members)
        name = cluster.name or max(names, key=lambda n: (_fullness(n, table), names[n], len(n)))
        forms = set(names)
        titles: list[str] = []
        genders: Counter[str] = Counter()
        for member in cluster.members:
            _, _, _, _, aliases, entity_titles, gender = details[member.id]
            forms.update(json.loads(aliases or "[]"))
            for title in json.loads(entity_titles or "[]"):
                text = title if isinstance(title, str) else _title_text(title)
                if text and text not in titles:
                    titles.append(text)
            if gender:
                genders[gender] += 1
            links.append((number, member.id))
        row: dict[str, Any] = {
            "id": number,
            "name": name,
            "aliases": json.dumps(sorted(forms - {name}), ensure_ascii=False),
            "ref": cluster.ref,
        }
        if table == "people":
            row["titles"] = json.dumps(titles, ensure_ascii=False)
            row["gender"] = genders.most_common(1)[0][0] if genders else None
        rows.append(row)
    db[table].insert_all(rows)
    db.conn.executemany(f"update entities set {column} = ? where id = ?", links)


def _fullness(name: str, table: str) -> int:
    """Prefer a full name ("Vladimir Putin") to a surname as a person's display name."""
    if table != "people":
        return len(name.split())
    key = person_key(name)
    return 1 if key is not None and key.full else 0


def _title_text(title: object) -> str | None:
    if isinstance(title, dict):
        for field in ("text", "title", "name"):
            if isinstance(title.get(field), str):
                return title[field]
    return None
