"""Questions asked of a corpus database: who is quoted, everything one person said, totals.

    corpus = Corpus("corpus.db")
    corpus.people()[:10]
    corpus.quotes(speaker="Vladimir Putin", search="ceasefire")

Rows come back as plain dicts (JSON-ready: lists are lists, not JSON text).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import CorpusError
from .database import links_stale, open_database, relink
from .documents import read_documents
from .linking import read_aliases
from .names import first_names_compatible, folded, person_key, surnames_match

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..document import Document
    from ..report import Failure

_LIST_COLUMNS = ("aliases", "titles")
_WORD = re.compile(r"\w+")


class Corpus:
    """A corpus database opened for questions; re-links people first if a batch left them stale."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.db: Database = open_database(self.path, create=False)
        if links_stale(self.db):
            relink(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def link(self, aliases: str | Path | None = None) -> tuple[int, int]:
        """Re-link people and organisations, with a new alias table if given (it is stored and
        applies to later batches too). Returns the number of people and organisations."""
        return relink(self.db, read_aliases(aliases) if aliases is not None else None)

    def people(self, limit: int | None = None) -> list[dict[str, Any]]:
        """People by number of quotes, then documents."""
        return self._rows(
            "select id, name, aliases, ref, documents, quotes, titles, gender from people "
            "order by quotes desc, documents desc, id" + _limit(limit)
        )

    def organizations(self, limit: int | None = None) -> list[dict[str, Any]]:
        return self._rows(
            "select id, name, aliases, ref, documents, quotes from organizations "
            "order by quotes desc, documents desc, id" + _limit(limit)
        )

    def person_ids(self, speaker: str) -> list[int]:
        """A person id, an external id (``Q7747``), a name, or any form an article used."""
        wanted = speaker.strip()
        if wanted.isdigit():
            found = self.db.execute("select id from people where id = ?", [int(wanted)])
            return [row[0] for row in found]
        by_ref = [row[0] for row in self.db.execute(
            "select id from people where ref = ? order by id", [wanted])]
        if by_ref:
            return by_ref
        key = folded(wanted)
        people = self.db.execute("select id, name from people order by id").fetchall()
        named = [pid for pid, name in people if folded(name) == key]
        if named:
            return named
        forms = self.db.execute(
            "select distinct person_id, name, aliases from entities "
            "where type = 'person' and person_id is not null order by person_id"
        ).fetchall()
        found = sorted({
            pid for pid, name, aliases in forms
            if key in {folded(name), *(folded(a) for a in json.loads(aliases or "[]"))}
        })
        return found or self._by_name_parts(wanted, people)

    def _by_name_parts(self, wanted: str, people: list[tuple[int, str]]) -> list[int]:
        """"Okafor" or "M. Okafor" for Maria Okafor, when she is the only one it can mean."""
        asked = person_key(wanted)
        if asked is None:
            return []
        fits = []
        for pid, name in people:
            key = person_key(name)
            if key is not None and surnames_match(asked.last, key.last) and (
                first_names_compatible(asked.first, key.first)
            ):
                fits.append((pid, name))
        if asked.full:  # "W. Clinton" is not a bare "Clinton" some article quoted
            fits = [(pid, name) for pid, name in fits if person_key(name).full]  # type: ignore[union-attr]
        if len(fits) > 1:
            names = ", ".join(f"{name} ({pid})" for pid, name in fits[:5])
            raise CorpusError(f"{wanted!r} could be {names}; give a full name or an id")
        return [pid for pid, _ in fits]

    def quotes(
        self,
        speaker: str | None = None,
        *,
        search: str | None = None,
        kind: str | None = None,
        speaker_type: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Claims across documents, in document order, with source and offsets.

        ``search`` is full-text (every word must occur, any order); ``speaker`` as for
        ``person_ids`` — a name matching nobody raises CorpusError rather than return nothing.
        """
        where, params = [], []
        if speaker is not None:
            ids = self.person_ids(speaker)
            if not ids:
                raise CorpusError(
                    f"{self.path}: no person called {speaker!r} (see `extract people`)"
                )
            where.append(f"q.person_id in ({', '.join('?' * len(ids))})")
            params.extend(ids)
        if search:
            words = _WORD.findall(search)
            if not words:
                raise CorpusError(f"nothing to search for in {search!r}")
            where.append("q.id in (select rowid from quotes_fts where quotes_fts match ?)")
            params.append(" ".join(f'"{word}"' for word in words))
        if kind is not None:
            where.append("q.kind = ?")
            params.append(kind)
        if speaker_type is not None:
            where.append("q.speaker_type = ?")
            params.append(speaker_type)
        sql = (
            "select q.id, d.source as document, q.local_id, q.kind, q.start, q.end, q.text, "
            "q.speaker_text, q.speaker_name, q.speaker_type, q.speaker_via, q.person_id, "
            "p.name as person, q.org_id, o.name as organization, q.cue "
            "from quotes q join documents d on d.id = q.document_id "
            "left join people p on p.id = q.person_id "
            "left join organizations o on o.id = q.org_id"
        )
        if where:
            sql += " where " + " and ".join(where)
        return self._rows(sql + " order by d.source, q.start" + _limit(limit), params)

    def documents(self) -> Iterator[Document | Failure]:
        """Every document, by source, rebuilt from its rows (a Failure for a failed input),
        each claim's speaker named by its corpus-wide person or organisation; streamed, one
        document in memory at a time. The article text is not stored, so ``text`` is None."""
        return read_documents(self.db, str(self.path))

    def stats(self, top: int = 10) -> dict[str, Any]:
        """Documents and failures, quotes by kind and speaker type, the anonymous share, and
        the organisations and places most often named."""
        one = self._scalar
        quotes = one("select count(*) from quotes")
        anonymous = one("select count(*) from quotes where speaker_type = 'anonymous'")
        return {
            "documents": one("select count(*) from documents where status = 'ok'"),
            "failures": one("select count(*) from documents where status != 'ok'"),
            "entities": one("select count(*) from entities"),
            "people": one("select count(*) from people"),
            "organizations": one("select count(*) from organizations"),
            "numbers": one("select count(*) from numbers"),
            "quotes": quotes,
            "quotes_by_kind": self._counts("kind"),
            "quotes_by_speaker_type": self._counts("speaker_type"),
            "anonymous_share": round(anonymous / quotes, 4) if quotes else 0.0,
            "top_speakers": self._rows(
                "select id, name, quotes, documents from people where quotes > 0 "
                "order by quotes desc, documents desc, id limit ?", [top]),
            "top_organizations": self._rows(
                "select id, name, documents, quotes from organizations "
                "order by documents desc, quotes desc, id limit ?", [top]),
            "top_places": self._places(top),
        }

    def _places(self, top: int) -> list[dict[str, Any]]:
        """Places have no corpus id; "KYIV" in a dateline and "Kyiv" are counted as one."""
        places: dict[str, dict[str, Any]] = {}
        names: dict[str, Counter[str]] = {}
        for name, document, count in self.db.execute(
            "select name, document_id, count from entities where type = 'place'"
        ):
            key = folded(name)
            place = places.setdefault(key, {"documents": set(), "mentions": 0})
            place["documents"].add(document)
            place["mentions"] += count
            names.setdefault(key, Counter())[name] += count
        rows = [
            {
                "name": max(names[key], key=lambda n: (names[key][n], not n.isupper(), n)),
                "documents": len(place["documents"]),
                "mentions": place["mentions"],
            }
            for key, place in places.items()
        ]
        rows.sort(key=lambda row: (-row["documents"], -row["mentions"], row["name"]))
        return rows[:top]

    def _counts(self, column: str) -> dict[str, int]:
        rows = self.db.execute(
            f"select coalesce({column}, 'none'), count(*) from quotes group by 1 order by 2 desc"
        )
        return dict(rows.fetchall())

    def _scalar(self, sql: str) -> int:
        return self.db.execute(sql).fetchone()[0]

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, params or [])
        columns = [d[0] for d in cursor.description]
        rows = []
        for values in cursor.fetchall():
            row = dict(zip(columns, values, strict=True))
            for column in _LIST_COLUMNS:
                if isinstance(row.get(column), str):
                    row[column] = json.loads(row[column])
            rows.append(row)
        return rows


def _limit(limit: int | None) -> str:
    return f" limit {int(limit)}" if limit is not None else ""
