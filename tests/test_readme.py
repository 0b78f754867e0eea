"""The README documents every option, and CI runs its test command as written."""

from __future__ import annotations

import typer.main
from conftest import ROOT

from extractor.cli import app

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_option_is_documented_in_the_readme():
    command = typer.main.get_command(app).commands["run"]
    names = [name for param in command.params for name in param.opts if name.startswith("--")]
    missing = [name for name in names if name not in README and name != "--help"]
    assert missing == []


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "pip install -e '.[test]' && pytest"
    assert command in README
    assert command in ci
