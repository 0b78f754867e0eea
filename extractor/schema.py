"""The published JSON Schema of the output (schema_version 1)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def schema_text() -> str:
    return resources.files("extractor").joinpath("schema.json").read_text(encoding="utf-8")


def json_schema() -> dict[str, Any]:
    return json.loads(schema_text())
