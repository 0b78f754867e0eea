"""The CLI's exit skips the interpreter's teardown but keeps what a normal exit guarantees."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


def test_atexit_handlers_run_and_buffered_output_is_flushed() -> None:
    done = _run(
        "import atexit, sys\n"
        "from extractor.fast_exit import exit_now\n"
        "atexit.register(lambda: print('handler ran'))\n"
        "sys.stdout.write('buffered ')\n"
        "exit_now(3)\n"
    )
    assert (done.returncode, done.stdout) == (3, "buffered handler ran\n")


def test_a_message_goes_to_stderr_with_status_one() -> None:
    done = _run("from extractor.fast_exit import exit_now\nexit_now('extract: gave up')\n")
    assert (done.returncode, done.stderr) == (1, "extract: gave up\n")


def test_a_running_thread_gets_the_normal_exit_that_waits_for_it() -> None:
    done = _run(
        "import threading, time\n"
        "from extractor.fast_exit import exit_now\n"
        "threading.Thread(target=lambda: (time.sleep(0.3), print('thread finished'))).start()\n"
        "exit_now(0)\n"
    )
    assert (done.returncode, done.stdout) == (0, "thread finished\n")


_KEPT_TO_THE_END = (
    "class Kept:\n"
    "    def __del__(self):\n"
    "        print('torn down')\n"
    "kept = Kept()\n"
)


def test_the_teardown_is_skipped() -> None:
    done = _run(_KEPT_TO_THE_END + "from extractor.fast_exit import exit_now\nexit_now(0)\n")
    assert (done.returncode, done.stdout) == (0, "")


def test_after_worker_processes_the_exit_is_the_normal_one() -> None:
    done = _run(
        _KEPT_TO_THE_END
        + "import multiprocessing\n"
        "from extractor.fast_exit import exit_now\n"
        "pool = multiprocessing.get_context('spawn').Pool(1)\n"
        "pool.close()\n"
        "pool.join()\n"
        "exit_now(0)\n"
    )
    assert (done.returncode, done.stdout) == (0, "torn down\n")


def test_the_extract_command_exits_with_its_status() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "no-such-article.txt"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == "extract: error: no-such-article.txt: no such file"
