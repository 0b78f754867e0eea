"""JSON and JSON Lines output, written document by document so nothing is buffered."""

from __future__ import annotations

import json
from typing import TextIO

from ..document import Document


def write_json(document: Document, stream: TextIO, pretty: bool = True) -> None:
    """Pretty for a reader; compact (C-encoded, several times faster) for batch files."""
    text = json.dumps(document.to_dict(), ensure_ascii=False, indent=2 if pretty else None)
    stream.write(text + "\n")


def write_jsonl(document: Document, stream: TextIO) -> None:
    # One write per line: an interruption between two writes would leave a torn line.
    stream.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")
    stream.flush()
