"""One Parquet file per corpus table, for pandas, DuckDB or Polars. Needs ``pyarrow``
(``pip install 'extractor[parquet]'``), imported only here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import CorpusError, OutputError

if TYPE_CHECKING:
    from sqlite_utils import Database

#: The tables exported, in this order; FTS shadow tables and corpus_meta stay behind.
EXPORTED = (
    "documents", "people", "organizations", "entities", "mentions", "quotes", "numbers",
    "aliases",
)


def export_parquet(db: Database, folder: str | Path) -> list[Path]:
    """Write ``folder/<table>.parquet`` for each table; returns the paths written."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise CorpusError(
            "Parquet export needs pyarrow: pip install 'extractor[parquet]'"
        ) from None
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: exists and is not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot write ({exc.strerror or exc})") from None
    written = []
    for table in EXPORTED:
        cursor = db.execute(f"select * from [{table}] order by rowid")
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        types = {c.name: c.type for c in db[table].columns}
        arrays = [
            _array(pa, [row[i] for row in rows], types.get(name, "")) for i, name in
            enumerate(names)
        ]
        path = folder / f"{table}.parquet"
        temporary = folder / f".{table}.parquet.tmp"
        try:
            pq.write_table(pa.Table.from_arrays(arrays, names=names), temporary)
            temporary.replace(path)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        written.append(path)
    return written


def _array(pa: Any, values: list[Any], declared: str) -> Any:
    """Typed by the column's declaration; a column of mixed values (a number's ``value`` is a
    number or an ISO date) becomes text."""
    declared = declared.upper()
    if declared == "INTEGER":
        return pa.array(values, type=pa.int64())
    if declared in ("FLOAT", "REAL"):
        return pa.array(values, type=pa.float64())
    if declared == "TEXT":
        return pa.array(values, type=pa.string())
    if all(v is None or isinstance(v, int | float) for v in values):
        return pa.array([None if v is None else float(v) for v in values], type=pa.float64())
    return pa.array([None if v is None else str(v) for v in values], type=pa.string())
