"""``--backend dask`` and ``--shard``: a real Dask cluster on 127.0.0.1, started and stopped here.

Every cluster test compares with the local backend byte for byte: the same documents, exactly
once each, whatever happened to the workers on the way.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.inputs import InputFile
from extractor.shards import parse_shard, shard_number, shard_of

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))

#: Our own short articles, beside the samples, so tasks mix long and short texts.
SHORT = [
    "OSLO, March 3, 2026 — The harbour authority said on Tuesday that ferry fares would rise by "
    "4% in April. “Fuel costs us twice what it did,” said its director, Ingrid Solberg.\n",
    "Mayor Tomás Ferreira told reporters the new tram line would cost about $310 million and "
    "open in 2029, according to the city's transport office.\n",
    "A person familiar with the talks said the two unions had agreed to a three-year deal. "
    "Neither union commented.\n",
    "The museum in Lyon reopened on Sunday after 18 months of repairs, its curator, Hélène "
    "Marchand, said. About 2,400 visitors came on the first day.\n",
]

runner = CliRunner()
TIMEOUT = 240  # seconds for any one command; a healthy run takes a fraction of it


def write_corpus(root: Path, copies: int) -> Path:
    """``copies`` of every sample and short text, in sub-folders, so names mirror a tree."""
    corpus = root / "corpus"
    texts = [path.read_text(encoding="utf-8") for path in SAMPLES] + SHORT
    for copy in range(copies):
        folder = corpus / f"part{copy}"
        folder.mkdir(parents=True)
        for number, text in enumerate(texts):
            (folder / f"article{number:02}.txt").write_text(text, encoding="utf-8")
    return corpus


def invoke(*args: str):
    return runner.invoke(app, list(args))


def extract(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The CLI in its own process, as a user runs it (a LocalCluster spawns workers from it)."""
    return subprocess.run(
        [sys.executable, "-m", "extractor", *args], cwd=cwd, capture_output=True, text=True,
        timeout=TIMEOUT,
    )


def files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*")) if path.is_file()
    }


def sources(jsonl: Path) -> Counter[str]:
    return Counter(json.loads(line)["source"] for line in jsonl.read_text().splitlines())


# --shard: no engine at all -------------------------------------------------------------------


def test_shard_is_parsed_as_i_of_n_counted_from_one():
    assert parse_shard("2/8") == (2, 8)
    assert parse_shard(" 1 / 1 ") == (1, 1)
    for bad in ("0/3", "4/3", "1/0", "2", "a/b", "-1/3"):
        with pytest.raises(ValueError):
            parse_shard(bad)


def test_shards_partition_the_inputs_evenly_and_do_not_depend_on_the_other_inputs():
    inputs = [InputFile(f"corpus/{n}.txt", f"{n}.txt") for n in range(3000)]
    shards = [shard_of(inputs, index, 4) for index in range(1, 5)]
    names = [item.name for shard in shards for item in shard]
    assert sorted(names) == sorted(item.name for item in inputs)  # all, each once
    assert all(600 <= len(shard) <= 900 for shard in shards)
    # A file's shard is its own: listing fewer files (one added later) moves none of the others.
    assert shard_of(inputs[::7], 3, 4) == [item for item in shards[2] if item in inputs[::7]]
    assert all(shard_number(item, 1) == 1 for item in inputs[:50])


def test_the_union_of_the_shards_is_the_whole_run_with_no_overlap(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path, 2)
    assert invoke("corpus", "-o", "whole", "-w", "1").exit_code == 0
    whole = files(tmp_path / "whole")
    parts = []
    for index in (1, 2, 3):
        result = invoke("corpus", "-o", f"shard{index}", "-w", "1", "--shard", f"{index}/3")
        assert result.exit_code == 0, result.output
        parts.append(files(tmp_path / f"shard{index}") if (tmp_path / f"shard{index}").exists()
                     else {})
    assert all(parts), "20 inputs in 3 shards: none is empty"
    assert sum(len(part) for part in parts) == len(whole) == 20
    union = {name: data for part in parts for name, data in part.items()}
    assert union == whole


def test_a_bad_shard_is_a_usage_error():
    result = invoke(str(SAMPLES[0]), "--shard", "4/3")
    assert result.exit_code == 2
    assert "--shard" in result.output and "between 1 and N" in result.output


# --backend dask: the options -----------------------------------------------------------------


def test_without_dask_the_message_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    result = invoke(str(SAMPLES[0]), "-o", str(tmp_path / "out"), "--backend", "dask")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "extract: error: --backend dask needs Dask: pip install 'extractor[cluster]'"
    ]
    assert not (tmp_path / "out").exists()


def test_a_scheduler_is_not_for_the_local_backend_nor_sized_with_workers():
    local = invoke(str(SAMPLES[0]), "--backend", "local", "--scheduler", "tcp://127.0.0.1:1")
    assert local.exit_code == 2 and "--scheduler" in local.output
    sized = invoke(str(SAMPLES[0]), "--scheduler", "tcp://127.0.0.1:1", "-w", "2")
    assert sized.exit_code == 2 and "--workers" in sized.output


# --backend dask: real clusters ---------------------------------------------------------------


def test_a_local_cluster_gives_the_local_backends_bytes_and_a_rerun_skips_everything(
    tmp_path, monkeypatch
):
    pytest.importorskip("distributed")
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path, 2)
    assert invoke("corpus", "-o", "local", "-w", "1").exit_code == 0

    ran = extract("corpus", "-o", "dask", "--backend", "dask", "-w", "2", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert ran.stderr == ""
    assert files(tmp_path / "dask") == files(tmp_path / "local")

    written = {path: path.stat().st_mtime_ns for path in (tmp_path / "dask").rglob("*.json")}
    rerun = extract("corpus", "-o", "dask", "--backend", "dask", "-w", "2", "-v", cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    assert "20 inputs, 20 already done" in rerun.stderr
    assert {path: path.stat().st_mtime_ns for path in written} == written


def test_a_worker_killed_mid_run_loses_and_doubles_nothing(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    psutil = pytest.importorskip("psutil")
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path, 3)
    assert invoke("corpus", "-o", "local.jsonl", "-w", "1").exit_code == 0

    out = tmp_path / "dask.jsonl"
    command = [sys.executable, "-m", "extractor", "corpus", "-o", str(out), "--backend", "dask",
               "-w", "2"]
    with started(command, tmp_path) as driver:
        deadline = time.monotonic() + TIMEOUT
        while not (out.exists() and out.read_text()) and driver.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        workers = [child for child in psutil.Process(driver.pid).children(recursive=True)
                   if "spawn_main" in " ".join(child.cmdline())]
        assert len(workers) == 2
        done_at_kill = len(out.read_text().splitlines())
        os.kill(workers[0].pid, signal.SIGKILL)
        driver.wait(timeout=TIMEOUT)
    assert driver.returncode == 0, [log.read_text() for log in tmp_path.glob("*.log")]
    assert not workers[0].is_running()
    assert done_at_kill < 30, "the worker died while work was left"
    assert set(sources(out).values()) == {1} and len(sources(out)) == 30
    assert out.read_bytes() == (tmp_path / "local.jsonl").read_bytes()


def test_a_scheduler_and_two_workers_started_apart_run_the_batch(tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed")
    monkeypatch.chdir(tmp_path)
    corpus = write_corpus(tmp_path, 2)
    (corpus / "part1" / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(200)))
    reference = invoke("corpus", "-o", "local.jsonl", "-w", "1")
    assert reference.exit_code == 1  # the scan fails alone

    address_file = tmp_path / "scheduler.json"
    dask = [sys.executable, "-m", "dask"]
    scheduler = [*dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                 "--scheduler-file", str(address_file)]
    with contextlib.ExitStack() as stack:
        stack.enter_context(started(scheduler, tmp_path))
        deadline = time.monotonic() + TIMEOUT
        while not address_file.exists() or not address_file.read_text().strip():
            assert time.monotonic() < deadline, "the scheduler did not start"
            time.sleep(0.1)
        address = json.loads(address_file.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        for name in ("node-a", "node-b"):
            (tmp_path / name).mkdir()
            stack.enter_context(started([
                *dask, "worker", address, "--name", name, "--nthreads", "1", "--nworkers", "1",
                "--host", "127.0.0.1", "--no-dashboard", "--local-directory", str(tmp_path / name),
            ], tmp_path))
        client = stack.enter_context(distributed.Client(address, timeout=60))
        client.wait_for_workers(2, timeout=TIMEOUT)

        ran = extract("corpus", "-o", "dask.jsonl", "--scheduler", address, cwd=tmp_path)
        assert ran.returncode == 1, ran.stderr
        assert ran.stderr.splitlines() == [
            f"extract: error: {Path('corpus', 'part1', 'scan.txt')}: looks like a binary file, "
            "not text",
            "extract: 1 of 21 inputs failed",
        ]
        assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
        assert set(sources(tmp_path / "dask.jsonl").values()) == {1}

        # Both workers took tasks, and each loaded the pipeline once for all of them.
        loads = client.run(
            lambda: __import__("extractor.api").api.shared_extractor.cache_info().misses
        )
        assert sorted(loads.values()) == [1, 1]


@contextlib.contextmanager
def started(command: list[str], cwd: Path) -> Iterator[subprocess.Popen[str]]:
    """A process (and its children) stopped on the way out however the test ends: politely,
    then not. Its output goes to a log file, so a chatty process never blocks on a full pipe."""
    log = cwd / f"{Path(command[3] if len(command) > 3 else 'process').name}-{time.time_ns()}.log"
    with log.open("w") as stream:
        process = subprocess.Popen(
            command, cwd=cwd, stdout=stream, stderr=subprocess.STDOUT, text=True,
            start_new_session=True,
        )
        try:
            yield process
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=30)
