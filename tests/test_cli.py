"""The extract command, driven through Typer's runner: exit codes, formats and bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
from typer.testing import CliRunner

from extractor import __version__
from extractor.cli import app
from extractor.schema import json_schema

runner = CliRunner()

ARTICLE = (
    "LONDON, May 4, 2026 — Finance minister Priya Raman said on Monday that the budget "
    "would add £2.3 billion to health spending. “We have listened,” she said.\n"
)


def invoke(*args: str, stdin: str | bytes | None = None):
    return runner.invoke(app, list(args), input=stdin)


def write(tmp_path, name: str, content: str | bytes):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_piped_output_is_json_that_validates_against_the_schema(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    result = invoke(str(path))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, json_schema())
    assert data["source"] == str(path)
    assert data["model"] == "en_core_web_sm-3.8.0"
    assert "Priya Raman" in [e["name"] for e in data["entities"]]
    assert "£2.3 billion" in [n["text"] for n in data["numbers"]]
    assert "We have listened" in [q["text"] for q in data["quotes"]]


def test_table_format_prints_the_three_tables(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    result = invoke(str(path), "--format", "table")
    assert result.exit_code == 0, result.output
    for title in ("Entities", "Numbers", "Quotes"):
        assert title in result.stdout
    assert "Priya Raman" in result.stdout


def test_jsonl_prints_one_document_per_line(tmp_path):
    first = write(tmp_path, "a.txt", ARTICLE)
    second = write(tmp_path, "b.txt", "Paris is in France.")
    result = invoke(str(first), str(second), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(first), str(second)]


def test_only_limits_the_sections(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    data = json.loads(invoke(str(path), "--only", "quotes,numbers").stdout)
    assert "quotes" in data and "numbers" in data and "entities" not in data
    jsonschema.validate(data, json_schema())


def test_unknown_section_is_a_usage_error(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    assert invoke(str(path), "--only", "people").exit_code == 2


def test_dash_reads_stdin():
    result = invoke("-", stdin=ARTICLE)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source"] is None
    assert "We have listened" in [q["text"] for q in data["quotes"]]


def test_include_text_adds_the_text_the_offsets_refer_to(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    data = json.loads(invoke(str(path), "--include-text").stdout)
    assert data["text"] == ARTICLE
    for number in data["numbers"]:
        assert data["text"][number["start"] : number["end"]] == number["text"]


def test_missing_file_is_one_line_on_stderr_and_exit_1(tmp_path):
    result = invoke(str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"extract: error: {tmp_path / 'nope.txt'}: no such file"
    assert "Traceback" not in result.output


def test_folder_without_articles_is_reported_clearly(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = invoke(str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"extract: error: no input files found in {tmp_path} "
        "(looked for *.txt, *.md, *.html, *.htm)"
    )


def test_empty_file_gives_valid_json_with_empty_lists(tmp_path):
    path = write(tmp_path, "empty.txt", "")
    result = invoke(str(path))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, json_schema())
    assert data["entities"] == data["numbers"] == data["quotes"] == []


def test_binary_file_is_refused_clearly(tmp_path):
    path = write(tmp_path, "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = invoke(str(path))
    assert result.exit_code == 1
    assert "binary" in result.stderr
    assert "Traceback" not in result.output


def test_latin1_file_is_decoded_with_a_warning(tmp_path):
    text = "Le ministre José Müller a déclaré que la réforme coûterait 3 millions d'euros. " * 3
    path = write(tmp_path, "latin1.txt", text.encode("latin-1"))
    result = invoke(str(path))
    assert result.exit_code == 0, result.output
    assert "not valid UTF-8; decoded as" in result.stderr
    data = json.loads(result.stdout)
    assert data["encoding"] != "utf-8"
    for entity in data["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    good = write(tmp_path, "good.txt", ARTICLE)
    result = invoke(str(tmp_path / "missing.txt"), str(good), "--format", "jsonl")
    assert result.exit_code == 1
    assert "missing.txt: no such file" in result.stderr
    assert json.loads(result.stdout.splitlines()[0])["source"] == str(good)


def test_unknown_model_is_a_clear_error(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    result = invoke(str(path), "--model", "xx_no_such_pipeline")
    assert result.exit_code == 1
    assert "'xx_no_such_pipeline' is not installed" in result.stderr


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"extractor {__version__}"


def test_help_shows_examples():
    result = invoke("--help")
    assert result.exit_code == 0
    assert "--format" in result.stdout and "extract schema" in result.stdout


def test_schema_command_prints_the_json_schema():
    result = invoke("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json_schema()


def test_python_dash_m_runs_the_same_command(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    done = subprocess.run(
        [sys.executable, "-m", "extractor", str(path), "--only", "quotes"],
        capture_output=True, text=True, check=False, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "We have listened" in [q["text"] for q in json.loads(done.stdout)["quotes"]]


def test_types_adds_other_names_and_can_drop_types(tmp_path):
    path = write(tmp_path, "a.txt", "French and German officials met Priya Raman in Paris.")
    data = json.loads(invoke(str(path), "--types", "person,other").stdout)
    types = {e["type"] for e in data["entities"]}
    assert types == {"person", "other"}
    assert "French" in [e["name"] for e in data["entities"] if e["type"] == "other"]


def test_unknown_entity_type_is_a_usage_error(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    result = invoke(str(path), "--types", "animal")
    assert result.exit_code == 2
    assert "unknown entity type animal" in result.output


def test_a_path_that_is_not_a_pipeline_is_a_clear_error(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    result = invoke(str(path), "--model", str(tmp_path))
    assert result.exit_code == 1
    assert f"{tmp_path}: not a spaCy pipeline" in result.stderr
    assert "Traceback" not in result.output
