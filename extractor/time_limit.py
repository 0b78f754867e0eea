"""A per-document time limit: a hung document fails alone instead of holding back a batch.

Uses ``SIGALRM`` (``setitimer``; ``SIGPROF`` for a CPU-time limit), so it only works in a
process's main thread on POSIX, which is where the CLI and the worker processes run
extraction; elsewhere it quietly does nothing.
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

#: Which clock a limit counts: wall time (``SIGALRM``), or this process's CPU time
#: (``SIGPROF``), which a busy machine does not eat into.
_CLOCKS = {"wall": ("ITIMER_REAL", "SIGALRM"), "cpu": ("ITIMER_PROF", "SIGPROF")}


class Deadline:
    """The running limit; ``restart()`` gives the next document the whole limit again."""

    def __init__(self, seconds: float | None, timer: int = 0) -> None:
        self.seconds = seconds
        self.timer = timer

    def restart(self) -> None:
        if self.seconds:
            signal.setitimer(self.timer, self.seconds)


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None, clock: str = "wall") -> Iterator[Deadline]:
    """Raise ExtractionTimeout inside the block once ``seconds`` pass; None or 0: no limit.

    ``clock`` is "wall" or "cpu". The previous signal handler is put back afterwards (and
    the timer cleared).
    """
    if not seconds or seconds <= 0 or not _can_alarm():
        yield Deadline(None)
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise ExtractionTimeout(f"gave up after {seconds:g} s (the --timeout limit)")

    timer_name, signal_name = _CLOCKS[clock]
    timer, signum = getattr(signal, timer_name), getattr(signal, signal_name)
    previous = signal.signal(signum, expired)
    deadline = Deadline(seconds, timer)
    try:
        deadline.restart()
        yield deadline
    finally:
        signal.setitimer(timer, 0)
        signal.signal(signum, previous)
