"""Corpora with metadata: ``extract corpus.jsonl --text-field text --id-field id ...``.

One document per JSON Lines line or CSV row; results named by id; the date is the publication
date; a bad line fails alone with its line number.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.records import Fields, find_records

runner = CliRunner()

LINES = [
    {"id": "n-1", "date": "2024-11-13", "text": "The ferry sank yesterday, the coastguard said."},
    "this line is not JSON",
    {"id": "n-2", "date": "13/11/2024", "text": "A date in the wrong form."},
    {"id": "n-3", "text": "The depot closed on Monday."},
    {"id": "n-1", "date": "2024-11-13", "text": "The same id again."},
    {"id": "n/4", "date": "2024-11-13T08:00:00Z", "text": "The depot closed on Monday."},
    {"id": "n-5", "date": "2024-11-13"},
]


def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    rows = [line if isinstance(line, str) else json.dumps(line) for line in LINES]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_each_line_is_one_input_and_bad_lines_say_why(tmp_path):
    inputs = find_records([str(corpus(tmp_path))], Fields("text", "id", "date"))
    errors = {item.path.rsplit(":", 1)[1]: item.record.error for item in inputs}
    assert errors["1"] is None and errors["4"] is None and errors["6"] is None
    assert errors["2"].startswith("not valid JSON")
    assert "13/11/2024" in errors["3"]
    assert "already used" in errors["5"]
    assert "'text' is missing" in errors["7"]
    assert [i.name for i in inputs if i.record.error is None] == ["n-1", "n-3", "n_4"]


def test_cli_names_results_by_id_and_resolves_against_each_date(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, [
        str(corpus(tmp_path)), "--text-field", "text", "--id-field", "id", "--date-field",
        "date", "--only", "numbers", "-o", str(out), "--date", "2024-11-20",
    ])
    assert result.exit_code == 1  # some lines failed
    assert "corpus.jsonl:2: not valid JSON" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["n-1.json", "n-3.json", "n_4.json"]
    first = json.loads((out / "n-1.json").read_text())
    assert first["source"] == "n-1"
    assert [n["value"] for n in first["numbers"]] == ["2024-11-12"]
    # n-3 has no date of its own: --date stands in (2024-11-20 is a Wednesday).
    third = json.loads((out / "n-3.json").read_text())
    assert [n["value"] for n in third["numbers"]] == ["2024-11-18"]
    fourth = json.loads((out / "n_4.json").read_text())
    assert (fourth["source"], fourth["numbers"][0]["value"]) == ("n/4", "2024-11-11")


def test_jsonl_output_resumes_by_id(tmp_path):
    path = corpus(tmp_path)
    out = tmp_path / "results.jsonl"
    args = [str(path), "--text-field", "text", "--id-field", "id", "--date-field", "date",
            "--only", "numbers", "-o", str(out)]
    runner.invoke(app, args)
    sources = [json.loads(line)["source"] for line in out.read_text().splitlines()]
    assert sources == ["n-1", "n-3", "n/4"]
    runner.invoke(app, [*args, "--resume"])
    assert len(out.read_text().splitlines()) == 3


def test_csv_rows_with_quoted_newlines(tmp_path):
    path = tmp_path / "corpus.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["doc", "published", "body"])
        writer.writerow(["c1", "2024-11-13", "Storm warning\nThe river rose 2 days ago."])
        writer.writerow(["c2", "", "The river fell on Sunday."])
    result = runner.invoke(app, [
        str(path), "--text-field", "body", "--id-field", "doc", "--date-field", "published",
        "--only", "numbers", "--format", "jsonl",
    ])
    assert result.exit_code == 0, result.output
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["source"] for d in documents] == ["c1", "c2"]
    assert [n["value"] for n in documents[0]["numbers"]] == ["2024-11-11"]
    assert [n["value"] for n in documents[1]["numbers"]] == [None]  # no date: not guessed


def test_csv_without_the_named_column_is_refused(tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_text("doc,body\nc1,Some text.\n", encoding="utf-8")
    result = runner.invoke(app, [str(path), "--text-field", "text"])
    assert result.exit_code == 1
    assert "no column 'text'" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--id-field", "id"], "needs --text-field"),
        (["--date", "yesterday"], "is not a date"),
    ],
)
def test_option_errors(tmp_path, args, message):
    article = tmp_path / "a.txt"
    article.write_text("Text.", encoding="utf-8")
    result = runner.invoke(app, [str(article), *args])
    assert result.exit_code == 2
    assert message in result.output


def test_date_option_for_one_article(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The depot closed on Monday.", encoding="utf-8")
    result = runner.invoke(app, [str(article), "--date", "2024-11-13", "--format", "json",
                                 "--only", "numbers"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["numbers"][0]["value"] == "2024-11-11"
