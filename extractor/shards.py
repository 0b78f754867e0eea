"""``--shard I/N``: the I-th of N deterministic slices of a batch, so a plain job array works.

An input goes to the shard its *name* hashes to, not the one its position gives: each array task
lists the corpus on its own, and a file added or missing between two listings then moves no
other file to another shard, so no input is done twice or skipped.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from .inputs import InputFile

_SHARD = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*")


def parse_shard(value: str) -> tuple[int, int]:
    """``"2/8"`` → ``(2, 8)``; shards are numbered from 1, as SLURM's ``--array=1-N`` counts."""
    match = _SHARD.fullmatch(value)
    if match is None:
        raise ValueError(f"{value!r} is not I/N (the I-th of N shards, e.g. 2/8)")
    index, count = int(match[1]), int(match[2])
    if count < 1 or not 1 <= index <= count:
        raise ValueError(f"{value!r}: I must be between 1 and N (N at least 1)")
    return index, count


def shard_number(item: InputFile, count: int) -> int:
    """The shard (1..count) an input belongs to: a stable hash of its name, the same on every
    machine and Python (``hash()`` is salted per process, so it would not do)."""
    digest = hashlib.blake2b(item.name.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count + 1


def shard_of(inputs: Iterable[InputFile], index: int, count: int) -> list[InputFile]:
    """The inputs of shard ``index`` of ``count``, in their order; together the shards are the
    whole batch, each input in exactly one."""
    return [item for item in inputs if shard_number(item, count) == index]
