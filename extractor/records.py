"""Corpora that carry metadata: one document per JSON Lines line or CSV row, with an id and a date.

Researchers' corpora usually arrive as ``corpus.jsonl`` (``{"id": ..., "date": ..., "text":
...}`` per line) or a spreadsheet export. ``find_records`` turns each line or row into an
``InputFile`` that holds its own text, so the batch machinery (workers, resume, error records)
runs them like files: results are named by id, and the date becomes the publication date that
relative dates count from. A bad line — not JSON, no text, a date that is not a date, an id seen
before — becomes an input that fails with a one-line reason; the other lines go on.

The texts are held in memory once the file is read: fine for corpora of tens of thousands of
articles, not for ones larger than memory (split those into several files).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import BadDate, InputError, InputNotFound
from .inputs import MAX_INPUT_BYTES, InputFile
from .published import as_publication_date

#: Suffixes read as one JSON object per line, and as delimited rows with a header.
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
DELIMITED_SUFFIXES = {".csv": ",", ".tsv": "\t"}

_UNSAFE = re.compile(r"[^\w.-]+")


@dataclass(frozen=True, slots=True)
class Fields:
    """Which field holds the text, and (optionally) the id and publication date."""

    text: str
    id: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Record:
    """One document of a corpus file, or why its line cannot be one."""

    text: str = ""
    #: The document's id as the corpus gives it; the result's ``source``.
    id: str = ""
    #: ISO date (``YYYY-MM-DD``) or None.
    date: str | None = None
    error: str | None = None


def is_corpus(path: str) -> bool:
    suffix = Path(path).suffix.lower()
    return suffix in JSONL_SUFFIXES or suffix in DELIMITED_SUFFIXES


def find_records(paths: list[str], fields: Fields) -> list[InputFile]:
    """Every line or row of the corpus files, as inputs named by id (sanitised for a file name).

    Raises an InputError for a file that cannot be read at all or is of no corpus format.
    """
    found: list[InputFile] = []
    seen: dict[str, str] = {}
    for path in paths:
        for where, record in _records(path, fields):
            if record.error is None:
                name = _file_name(record.id)
                if name in seen:
                    record = Record(error=f"id {record.id!r} was already used at {seen[name]}")
                else:
                    seen[name] = where
            name = _file_name(record.id) if record.error is None else where
            found.append(InputFile(where, name, record))
    return found


def _records(path: str, fields: Fields) -> Iterator[tuple[str, Record]]:
    suffix = Path(path).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl(path, fields)
    elif suffix in DELIMITED_SUFFIXES:
        yield from _delimited(path, fields, DELIMITED_SUFFIXES[suffix])
    else:
        raise InputError(
            f"{path}: --text-field reads .jsonl, .ndjson, .csv or .tsv files, not {suffix or path}"
        )


def _open(path: str) -> io.BufferedReader:
    try:
        if Path(path).is_dir():
            raise InputError(f"{path}: is a directory, not a corpus file")
        return open(path, "rb")
    except FileNotFoundError:
        raise InputNotFound(f"{path}: no such file") from None
    except OSError as exc:
        raise InputNotFound(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _jsonl(path: str, fields: Fields) -> Iterator[tuple[str, Record]]:
    with _open(path) as stream:
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                data = json.loads(line)
            except UnicodeDecodeError:
                yield where, Record(error="not UTF-8 text")
                continue
            except ValueError as exc:
                yield where, Record(error=f"not valid JSON ({exc.args[0].split(':')[0]})")
                continue
            if not isinstance(data, dict):
                yield where, Record(error="not a JSON object")
                continue
            yield where, _record(data, fields, f"{Path(path).stem}-{number}")


def _delimited(path: str, fields: Fields, delimiter: str) -> Iterator[tuple[str, Record]]:
    csv.field_size_limit(MAX_INPUT_BYTES)
    with _open(path) as binary:
        stream = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
        reader = csv.DictReader(stream, delimiter=delimiter)
        try:
            header = reader.fieldnames or []
            missing = [f for f in (fields.text, fields.id, fields.date) if f and f not in header]
            if missing:
                raise InputError(
                    f"{path}: no column {', '.join(map(repr, missing))} in the header "
                    f"(columns: {', '.join(header) or 'none'})"
                )
            row = 1
            for data in reader:
                row += 1
                where = f"{path}:{row}"
                if None in data:
                    yield where, Record(error=f"{len(header) + len(data[None])} cells for "
                                              f"{len(header)} columns")
                    continue
                yield where, _record(data, fields, f"{Path(path).stem}-{row}")
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None
        except csv.Error as exc:
            raise InputError(f"{path}: not readable as CSV ({exc})") from None


def _record(data: dict[str, Any], fields: Fields, fallback_id: str) -> Record:
    text = data.get(fields.text)
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not text"
        return Record(error=f"field {fields.text!r} is {what}")
    identifier: object = fallback_id
    if fields.id:
        identifier = data.get(fields.id)
        if not isinstance(identifier, (str, int)) or isinstance(identifier, bool) or (
            isinstance(identifier, str) and not identifier.strip()
        ):
            return Record(error=f"field {fields.id!r} is missing or not a string or number")
    published: str | None = None
    if fields.date and data.get(fields.date) not in (None, ""):
        try:
            day = as_publication_date(data[fields.date])
        except BadDate as exc:
            return Record(error=f"field {fields.date!r}: {exc}")
        published = day.isoformat() if day else None
    return Record(text=text, id=str(identifier).strip(), date=published)


def _file_name(identifier: str) -> str:
    """An id as a result file name: "2024/11 #3" → "2024_11_3"; never hidden, never a path."""
    name = _UNSAFE.sub("_", identifier).strip("_") or "_"
    return f"_{name}" if name.startswith(".") else name
