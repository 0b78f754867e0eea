"""Batches on a Dask cluster: a LocalCluster on this machine, or any running scheduler.

Dask runs each task at least once — again on another worker when one dies — and this module
turns that into exactly-once results: workers only read and extract and send Documents back;
the driver alone writes, once per input, through the batch's ``Output``. A task that ran twice
cannot write twice, and since extraction is deterministic a rerun gives the same bytes. What
the output already holds is skipped before anything is submitted, so a rerun resumes.

Workers need this package (and the spaCy model) installed, and the inputs at the same paths
(a shared file system). ``distributed`` is imported only when a Dask backend is used.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any

from .batch import FILES_PER_TASK, Outcome, Settings, _batched, _sigint_ignored, extract_task
from .errors import ClusterError, ExtractorError
from .inputs import InputFile

if TYPE_CHECKING:
    from distributed import Client, Future

#: Tasks kept in flight per worker thread: enough that a worker never waits for the driver,
#: few enough that results held for in-order output stay small whatever the corpus size.
TASKS_PER_THREAD = 3

#: In flight while a cluster has no worker yet (a scheduler whose workers are still queued).
MIN_TASKS_IN_FLIGHT = 4

#: Finished tasks held back waiting for an older one, per task in flight, before no more are
#: submitted: the bound on memory when one task is slow (its worker died and it is rerun).
BUFFERED_PER_IN_FLIGHT = 4

_MISSING = "--backend dask needs Dask: pip install 'extractor[cluster]'"


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ClusterError(_MISSING) from None
    return distributed


class DaskBackend:
    """Runs a batch's tasks on Dask and yields their Outcomes in input order.

    With ``scheduler`` (``tcp://HOST:PORT``) it uses that cluster's workers; without, it starts
    a LocalCluster of ``workers`` single-threaded processes bound to 127.0.0.1 for the run.
    """

    def __init__(self, scheduler: str | None = None, workers: int = 1) -> None:
        _distributed()  # say now, before any work, that Dask is missing
        self.scheduler = scheduler
        self.workers = max(1, workers)

    def describe(self) -> str:
        if self.scheduler is not None:
            return f"the Dask scheduler at {self.scheduler}"
        plural = "es" if self.workers > 1 else ""
        return f"a local Dask cluster of {self.workers} process{plural}"

    def outcomes(self, inputs: Sequence[InputFile], settings: Settings) -> Iterator[Outcome]:
        if not inputs:
            return
        if any(item.path == "-" for item in inputs):
            raise ClusterError("stdin cannot be read on a Dask cluster; use --backend local")
        tasks = -(-len(inputs) // FILES_PER_TASK)
        with self._client(min(self.workers, tasks)) as client:
            yield from _streamed(client, inputs, settings, self.scheduler or "the local cluster")

    @contextlib.contextmanager
    def _client(self, workers: int) -> Iterator[Client]:
        distributed = _distributed()
        if self.scheduler is not None:
            try:
                client = distributed.Client(self.scheduler, set_as_default=False)
            except (OSError, TimeoutError, ValueError) as exc:
                raise ClusterError(
                    f"cannot reach the Dask scheduler at {self.scheduler} ({exc})"
                ) from None
            try:
                yield client
            finally:
                client.close()
            return
        # Worker processes inherit an ignored Ctrl-C: the driver handles it, and they print no
        # tracebacks when a terminal sends it to the whole process group.
        with _sigint_ignored():
            cluster = distributed.LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                dashboard_address=None, silence_logs=logging.ERROR,
            )
        try:
            client = distributed.Client(cluster, set_as_default=False)
            try:
                yield client
            finally:
                client.close()
        finally:
            cluster.close()


# On the workers -----------------------------------------------------------------------------

#: One pipeline per worker process, used by one thread at a time (a worker may run several).
_PIPELINE_LOCK = threading.Lock()


def extract_on_worker(task: list[InputFile], settings: Settings) -> list[Outcome]:
    """A task as it runs on a worker: the pipeline is loaded by the first task a process runs
    and kept (``shared_extractor``), so each worker loads it once."""
    from .api import shared_extractor

    with _PIPELINE_LOCK:
        extractor = shared_extractor(settings.model, settings.entity_types)
        return extract_task(extractor, task, settings)


# On the driver ------------------------------------------------------------------------------


def _streamed(
    client: Client, inputs: Sequence[InputFile], settings: Settings, where: str
) -> Iterator[Outcome]:
    """Submit tasks as results come back, a bounded window at a time, and yield in input order.

    A new task goes out as soon as any task finishes, not only the oldest, so one slow task does
    not idle the other workers; finished results wait for the ones before them in a buffer that
    is bounded too.
    """
    distributed = _distributed()
    tasks = enumerate(list(task) for task in _batched(inputs, FILES_PER_TASK))
    run = uuid.uuid4().hex[:12]
    running: dict[str, tuple[int, list[InputFile], Future]] = {}
    finished: dict[int, list[Outcome]] = {}
    flow = distributed.as_completed(loop=client.loop)
    threads = _Threads(client)
    following = 0

    def top_up() -> None:
        wanted = max(MIN_TASKS_IN_FLIGHT, threads.count() * TASKS_PER_THREAD)
        room = min(wanted - len(running), BUFFERED_PER_IN_FLIGHT * wanted - len(finished))
        for number, task in islice(tasks, max(0, room)):
            key = f"extractor-{run}-{number}"
            future = client.submit(extract_on_worker, task, settings, key=key)
            running[key] = (number, task, future)
            flow.add(future)

    try:
        top_up()
        for future in flow:
            number, task, _ = running.pop(future.key)
            finished[number] = _result(future, task, client, settings, where, distributed)
            future.release()
            top_up()
            while following in finished:
                yield from finished.pop(following)
                following += 1
            top_up()  # the buffer may have been full
    finally:
        flow.clear()
        if running:
            with contextlib.suppress(Exception):
                client.cancel([future for _, _, future in running.values()])


class _Threads:
    """The cluster's worker threads, asked of the scheduler at most every few seconds (workers
    come and go on an adaptive cluster; asking on every task would cost a round trip each)."""

    def __init__(self, client: Client, every: float = 5.0) -> None:
        self.client = client
        self.every = every
        self.asked = -every
        self.known = 0

    def count(self) -> int:
        now = time.monotonic()
        if now - self.asked >= self.every:
            self.known = sum(self.client.nthreads().values())
            self.asked = now
        return self.known


def _result(
    future: Future, task: list[InputFile], client: Client, settings: Settings, where: str,
    distributed: Any,
) -> list[Outcome]:
    try:
        return future.result()
    except distributed.KilledWorker:
        return _one_by_one(task, client, settings, where, distributed)
    except ExtractorError:
        raise  # e.g. the model is not installed on a worker: the same for every task
    except (OSError, TimeoutError, distributed.utils.CancelledError) as exc:
        raise ClusterError(f"lost {where} ({type(exc).__name__}); finished results are kept") \
            from None


def _one_by_one(
    task: list[InputFile], client: Client, settings: Settings, where: str, distributed: Any
) -> list[Outcome]:
    """A task killed every worker it ran on: each file again alone, so only the input that
    kills workers (out of memory, a crash in native code) fails, and fails as itself."""
    if len(task) == 1:
        item = task[0]
        name = "<stdin>" if item.path == "-" else item.path
        return [Outcome(
            item, error=f"{name}: the worker died each time it extracted this input "
            "(out of memory or killed)", error_kind="WorkerCrashed",
        )]
    alone = [
        client.submit(extract_on_worker, [item], settings, key=f"extractor-alone-{uuid.uuid4()}")
        for item in task
    ]
    return [
        outcome
        for future, item in zip(alone, task, strict=True)
        for outcome in _result(future, [item], client, settings, where, distributed)
    ]
