"""Ending the ``extract`` process without the interpreter's teardown.

Once a command is done, Python still tears down every module and object it loaded: with spaCy
and a model in memory that takes ~0.25 s, a sixth of a one-file run, spent after the output is
complete. mypy skips it the same way (its ``--fast-exit``). What a normal exit guarantees is
kept: ``atexit`` handlers run and the standard streams are flushed first. When anything else
could still need the interpreter (a thread other than the main one; worker processes, whose
queues and locks multiprocessing cleans up at exit), or a flush fails (a closed pipe), the
exit is the normal one: a batch with workers does not need the 0.25 s.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn


def exit_now(code: object) -> NoReturn:
    """``sys.exit(code)``, skipping the teardown when nothing is left to finish."""
    if threading.active_count() > 1 or "multiprocessing.resource_tracker" in sys.modules:
        sys.exit(code)
    status = _status(code)
    try:
        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except Exception:  # a closed pipe and the like: let the normal exit report it
        sys.exit(code)
    os._exit(status)


def _status(code: object) -> int:
    """The exit status ``sys.exit(code)`` gives: None is 0; a message is printed and is 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1
