"""Scoring claims on real news: the PolNeAR split in ``../shared/data/polnear``.

The articles are copyrighted and never ship with extractor, so this module only finds them
where a checkout keeps them beside the repository (or where ``EXTRACTOR_POLNEAR`` points),
runs the pipeline over one split, and hands the results to the split's own ``score.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import InputError

#: Where the data set is looked for, first match wins.
_CANDIDATES = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear",
    Path.cwd().parent / "shared" / "data" / "polnear",
)

HOW_TO_GET = (
    "PolNeAR is not here: it is kept outside the repository (its licence allows internal "
    "use only), in ../shared/data/polnear beside a checkout; set EXTRACTOR_POLNEAR=DIR to "
    "a folder holding dev.jsonl and score.py to use another copy"
)


def polnear_folder() -> Path | None:
    """The folder holding the PolNeAR splits and scorer, or None when it is not here."""
    chosen = os.environ.get("EXTRACTOR_POLNEAR")
    for folder in ([Path(chosen)] if chosen else []) + list(_CANDIDATES):
        if (folder / "score.py").is_file() and (folder / "dev.jsonl").is_file():
            return folder
    return None


def score_polnear(
    split: str = "dev",
    model: str | None = None,
    extra: list[str] | None = None,
    progress: Callable[[str], object] = lambda _line: None,
) -> str:
    """Extract every article of a split and return the scorer's report (its tables)."""
    folder = polnear_folder()
    if folder is None:
        raise InputError(HOW_TO_GET)
    gold = folder / f"{split}.jsonl"
    if not gold.is_file():
        raise InputError(f"{gold}: no such PolNeAR split")
    from .api import Extractor
    from .pipeline import DEFAULT_MODEL

    extractor = Extractor(model or DEFAULT_MODEL)
    articles = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    with tempfile.TemporaryDirectory(prefix="polnear-") as out:
        pairs = ((a["text"], f"{a['id']}.txt") for a in articles)
        for number, document in enumerate(
            extractor.extract_many(pairs, sections=("entities", "quotes")), start=1
        ):
            name = Path(document.source or f"doc{number}").stem
            (Path(out) / f"{name}.json").write_text(json.dumps(document.to_dict()))
            if number % 20 == 0:
                progress(f"{number}/{len(articles)} articles")
        command = [sys.executable, str(folder / "score.py"), str(gold), out, *(extra or [])]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise InputError(f"the PolNeAR scorer failed: {result.stderr.strip()[-500:]}")
    return result.stdout
