"""A component that raises or hangs: the user sees which and why, and the batch goes on."""

from __future__ import annotations

import json
import textwrap
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.batch import Batch, ErrorLog, Settings, StreamOutput
from extractor.cli import app
from extractor.errors import ComponentFailed, ExtractionTimeout
from extractor.inputs import find_inputs
from extractor.numbers import component as numbers_component
from extractor.time_limit import time_limit

runner = CliRunner()

GOOD = "The council in Brackley voted on Monday to spend £4 million on new bridges.\n"
FAULTY = "The ferry to Oban left at 9 and FAULT-HERE arrived an hour later.\n"
HANGING = "The mayor of Keswick said the vote was close. HANG-HERE\n"

#: Patches the numbers component so a text with a marker raises or spins; used in-process
#: and, as a sitecustomize, in worker processes (which a monkeypatch cannot reach).
FAULTS = textwrap.dedent(
    """
    from extractor.numbers import component as _component

    _original = _component.NumberFinder.__call__

    def _faulty(self, doc):
        text = doc.text
        if "FAULT-HERE" in text:
            raise KeyError("\\nminute")
        if "HANG-HERE" in text:
            while True:
                pass
        return _original(self, doc)

    _component.NumberFinder.__call__ = _faulty
    """
)


@pytest.fixture
def faults():
    original = numbers_component.NumberFinder.__call__
    namespace: dict = {}
    exec(FAULTS, namespace)  # the fault injection above, in this process
    yield
    numbers_component.NumberFinder.__call__ = original


def corpus(root: Path, files: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_a_component_error_names_the_component_and_the_real_exception(extractor, faults):
    with pytest.raises(ComponentFailed) as raised:
        extractor.extract(FAULTY)
    assert str(raised.value) == "extractor_numbers failed: KeyError: '\\nminute'"
    assert isinstance(raised.value.__cause__, KeyError)
    with pytest.raises(ComponentFailed):
        list(extractor.extract_many([(GOOD, None), (FAULTY, None)]))


def test_one_file_with_a_failing_component_is_one_line_and_exit_code_1(tmp_path, faults):
    path = corpus(tmp_path, {"ferry.txt": FAULTY}) / "ferry.txt"
    result = runner.invoke(app, [str(path), "--format", "json"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [f"extract: error: {path}: extractor_numbers failed: KeyError: '\\nminute'"]
    assert "E109" not in result.stderr and "initialize" not in result.stderr


def test_debug_shows_the_real_traceback(tmp_path, faults):
    path = corpus(tmp_path, {"ferry.txt": FAULTY}) / "ferry.txt"
    result = runner.invoke(app, [str(path), "--format", "json", "--debug"])
    assert result.exit_code == 1
    assert "Traceback" in result.stderr
    assert "in _faulty" in result.stderr  # the frame that raised, not spaCy's wrapper
    assert "ComponentFailed" in result.stderr


def test_in_a_batch_the_failing_file_fails_alone(tmp_path, faults):
    folder = corpus(tmp_path / "in", {"a.txt": GOOD, "b.txt": FAULTY, "c.txt": GOOD})
    errors = tmp_path / "errors.jsonl"
    result = runner.invoke(
        app, [str(folder), "--format", "jsonl", "--errors", str(errors), "-w", "1"]
    )
    assert result.exit_code == 1
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(folder / "a.txt"), str(folder / "c.txt")]
    record = json.loads(errors.read_text(encoding="utf-8"))
    assert record["error"] == "ComponentFailed"
    assert record["message"].endswith("extractor_numbers failed: KeyError: '\\nminute'")


def test_a_hung_document_is_reported_and_the_batch_goes_on(tmp_path, faults):
    folder = corpus(tmp_path / "in", {"a.txt": GOOD, "b.txt": HANGING, "c.txt": GOOD})
    started = time.monotonic()
    result = runner.invoke(app, [str(folder), "--format", "jsonl", "--timeout", "1", "-w", "1"])
    assert time.monotonic() - started < 60
    assert result.exit_code == 1
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(folder / "a.txt"), str(folder / "c.txt")]
    assert f"extract: error: {folder / 'b.txt'}: gave up after 1 s" in result.stderr


def test_the_time_limit_puts_the_previous_alarm_handler_back():
    import signal

    def mine(signum, frame):
        raise AssertionError("must not fire")

    previous = signal.signal(signal.SIGALRM, mine)
    try:
        with pytest.raises(ExtractionTimeout), time_limit(0.2):
            while True:
                pass
        assert signal.getsignal(signal.SIGALRM) is mine
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, previous)


def test_workers_report_failing_and_hung_files_and_finish_the_rest(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(FAULTS, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(site))
    files = {f"{n:02}.txt": GOOD for n in range(14)}
    files["03.txt"] = FAULTY
    files["10.txt"] = HANGING
    folder = corpus(tmp_path / "in", files)
    seen: list[str] = []
    errors = ErrorLog(tmp_path / "errors.jsonl")
    batch = Batch(
        find_inputs([str(folder)]), StreamOutput(lambda d: seen.append(d.source)),
        settings=Settings(timeout=1), workers=2, errors=errors,
    )
    assert batch.workers == 2
    summary = batch.run()
    assert summary.documents == 12
    failed = {Path(o.input.path).name: o.error_kind for o in summary.failures}
    assert failed == {"03.txt": "ComponentFailed", "10.txt": "ExtractionTimeout"}
    assert len(seen) == 12 and str(folder / "03.txt") not in seen


def test_a_cpu_time_limit_stops_a_spinning_loop_and_restores_the_handler():
    import signal

    before = signal.getsignal(signal.SIGPROF)
    with pytest.raises(ExtractionTimeout), time_limit(0.2, clock="cpu"):
        while True:
            pass
    assert signal.getsignal(signal.SIGPROF) is before
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
