"""``extract FOLDER``: JSON Lines, output folders, resume after Ctrl-C, error reports."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app

runner = CliRunner()

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "dev"

ARTICLE = (
    "LONDON, May 4, 2026 — Finance minister Priya Raman said on Monday that the budget "
    "would add £2.3 billion to health spending. “We have listened,” she said.\n"
)
LATIN1 = "Le ministre José Müller a déclaré que la réforme coûterait 3 millions d'euros. " * 3
PAGE = (
    "<!DOCTYPE html><html><body><nav>Home | World</nav><article><h1>Budget</h1>"
    "<p>Finance minister Priya Raman said on Monday that the budget would add £2.3 billion.</p>"
    "<p>“We have listened,” she said.</p></article></body></html>"
)


def invoke(*args: str):
    return runner.invoke(app, list(args))


def mixed_folder(root: Path) -> Path:
    """Good, empty, binary, Latin-1 and HTML files, a nested folder and a symlink loop."""
    corpus = root / "corpus"
    (corpus / "nested" / "deeper").mkdir(parents=True)
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (corpus / "nested" / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (corpus / "nested" / "deeper" / "page.html").write_text(PAGE, encoding="utf-8")
    (corpus / "nested" / "loop").symlink_to(corpus, target_is_directory=True)
    return corpus


def jsonl_records(text: str) -> list[dict]:
    """Parse JSON Lines strictly: every line one complete JSON object, no blank lines."""
    assert text.endswith("\n")
    records = []
    for line in text.split("\n")[:-1]:
        record = json.loads(line)
        assert isinstance(record, dict) and "\n" not in line
        records.append(record)
    return records


def test_a_mixed_folder_gives_jsonl_and_reports_the_bad_file(tmp_path):
    corpus = mixed_folder(tmp_path)
    result = invoke(str(corpus), "--workers", "1")
    assert result.exit_code == 1
    records = jsonl_records(result.stdout)
    assert [Path(r["source"]).relative_to(corpus).as_posix() for r in records] == [
        "a.txt", "empty.txt", "nested/latin1.txt", "nested/deeper/page.html",
    ]
    assert f"extract: error: {corpus / 'image.txt'}: looks like a binary file" in result.stderr
    assert "1 of 5 inputs failed" in result.stderr
    assert "Traceback" not in result.output
    good, empty, latin1, page = records
    assert "We have listened" in [q["text"] for q in good["quotes"]]
    assert empty["entities"] == empty["quotes"] == []
    assert latin1["encoding"] != "utf-8"
    assert "<" not in page["text"]
    for quote in page["quotes"]:
        assert page["text"][quote["start"] : quote["end"]] == quote["text"]


def test_output_folder_mirrors_the_inputs_and_errors_are_recorded(tmp_path):
    corpus = mixed_folder(tmp_path)
    out, errors = tmp_path / "out", tmp_path / "errors.jsonl"
    result = invoke(str(corpus), "--output", str(out), "--errors", str(errors), "-w", "1")
    assert result.exit_code == 1
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert written == [
        "a.txt.json", "empty.txt.json", "nested/deeper/page.html.json", "nested/latin1.txt.json",
    ]
    assert not [p for p in out.rglob(".*")]
    (record,) = jsonl_records(errors.read_text(encoding="utf-8"))
    assert record["source"] == str(corpus / "image.txt")
    assert record["error"] == "BinaryInput"
    assert "binary" in record["message"]


def test_rerunning_into_a_folder_processes_only_what_is_missing(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    assert invoke(str(corpus), "-o", str(out)).exit_code == 0
    (corpus / "b.txt").write_text(ARTICLE.replace("Raman", "Okafor"), encoding="utf-8")
    result = invoke(str(corpus), "-o", str(out), "--verbose")
    assert result.exit_code == 0, result.output
    assert "2 inputs, 1 already done" in result.stderr
    assert "Batch summary" in result.stderr and "Top speakers" in result.stderr
    assert "Priya Okafor" in result.stderr and "Priya Raman" not in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.txt.json", "b.txt.json"]


def test_an_existing_jsonl_output_needs_resume_or_overwrite(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "all.jsonl"
    assert invoke(str(corpus), "-o", str(target)).exit_code == 0
    refused = invoke(str(corpus), "-o", str(target))
    assert refused.exit_code == 1
    assert "pass --resume to finish it or --overwrite" in refused.stderr
    assert invoke(str(corpus), "-o", str(target), "--resume").exit_code == 0
    assert invoke(str(corpus), "-o", str(target), "--overwrite").exit_code == 0
    assert len(jsonl_records(target.read_text(encoding="utf-8"))) == 1


def test_quiet_prints_errors_only(tmp_path):
    corpus = mixed_folder(tmp_path)
    result = invoke(str(corpus), "--quiet", "-w", "1")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"extract: error: {corpus / 'image.txt'}: looks like a binary file, not text"
    ]


def test_ctrl_c_keeps_what_is_done_and_a_rerun_finishes_identically(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    articles = sorted(DEV.glob("*.txt"))[:4] or []
    texts = [a.read_text(encoding="utf-8") for a in articles] or [ARTICLE * 12]
    for number in range(24):
        (corpus / f"{number:02}.txt").write_text(texts[number % len(texts)], encoding="utf-8")
    command = [sys.executable, "-m", "extractor", "corpus", "-o", "out", "-w", "1"]
    started = subprocess.Popen(
        command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    out = tmp_path / "out"
    deadline = time.monotonic() + 60
    while len(list(out.glob("*.json"))) < 2 and started.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    started.send_signal(signal.SIGINT)
    _, stderr = started.communicate(timeout=60)
    assert started.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert "inputs remain; run the same command again to finish" in stderr
    done = len(list(out.glob("*.json")))
    assert 2 <= done < 24
    assert not list(out.glob(".*")), "no temporary or partial files"

    finished = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    monkeypatch.chdir(tmp_path)
    assert invoke("corpus", "-o", "whole", "-w", "1").exit_code == 0
    for whole in sorted((tmp_path / "whole").glob("*.json")):
        resumed = out / whole.name
        assert json.loads(resumed.read_text()) == json.loads(whole.read_text()), whole.name
    assert len(list(out.iterdir())) == 24


def test_stdin_and_files_mix_in_one_batch(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["-", str(path)], input="Paris is in France.")
    assert result.exit_code == 0, result.output
    assert [r["source"] for r in jsonl_records(result.stdout)] == [None, str(path)]


def test_workers_ignore_sigint_so_ctrl_c_shows_no_child_traceback(tmp_path):
    # Ctrl-C on a terminal reaches the whole process group, workers included.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(16):
        (corpus / f"{number:02}.txt").write_text(ARTICLE * 20, encoding="utf-8")
    started = subprocess.Popen(
        [sys.executable, "-m", "extractor", "corpus", "-o", "out", "-w", "2"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not list((tmp_path / "out").glob("*.json")) and started.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.killpg(started.pid, signal.SIGINT)
    _, stderr = started.communicate(timeout=60)
    assert started.returncode in (0, 130), stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
