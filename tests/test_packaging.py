"""A non-editable install must carry the model assets and the schema, not only the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_contains_models_and_schema(tmp_path):
    source = tmp_path / "source"
    shutil.copytree(
        ROOT, source,
        ignore=shutil.ignore_patterns(".git", "build", "*.egg-info", ".venv", "__pycache__"),
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(tmp_path)],
        check=True, capture_output=True, timeout=300,
    )
    (wheel,) = tmp_path.glob("extractor-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "extractor/schema.json" in names
    assert "extractor/models/labels.json" in names
    assert "extractor/models/quote_marks.json" in names
    assert "extractor/render/templates/article.html.j2" in names
    assert any(name.endswith("entry_points.txt") for name in names)
