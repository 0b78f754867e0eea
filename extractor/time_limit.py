"""A per-document time limit: a hung document fails alone instead of holding back a batch.

Uses ``SIGALRM`` (``setitimer``), so it only works in a process's main thread on POSIX, which
is where the CLI and the worker processes run extraction; elsewhere it quietly does nothing.
Python checks signals between bytecodes, so a runaway Python loop is stopped; a long stretch
inside compiled code is stopped when it returns.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .errors import ExtractionTimeout


class Deadline:
    """The running limit; ``restart()`` gives the next document the whole limit again."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds

    def restart(self) -> None:
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, self.seconds)


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[Deadline]:
    """Raise ExtractionTimeout inside the block once ``seconds`` pass; None or 0: no limit.

    The previous SIGALRM handler is put back afterwards (and the timer cleared).
    """
    if not seconds or seconds <= 0 or not _can_alarm():
        yield Deadline(None)
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise ExtractionTimeout(f"gave up after {seconds:g} s (the --timeout limit)")

    previous = signal.signal(signal.SIGALRM, expired)
    deadline = Deadline(seconds)
    try:
        deadline.restart()
        yield deadline
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
