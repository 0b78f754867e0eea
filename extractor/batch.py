"""Many articles through one pipeline: workers, resume, atomic output and error records.

A plain library, so a Python user gets what the CLI does, less the progress bar::

    summary = Batch(find_inputs(["corpus"]), DirectoryOutput("results"), workers=4).run()

Only the parent process writes. Workers read and parse files and send Documents back, so an
interrupted or crashed worker can never leave a half-written result behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import threading
import traceback
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from .document import SECTIONS, Document
from .errors import ExtractorError, InputError, OutputError, OutputExists, WorkerCrashed
from .inputs import InputFile, InputText, read_input
from .pipeline import DEFAULT_MODEL, ENTITY_TYPES
from .time_limit import time_limit

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from .api import Extractor

#: Files a worker takes at a time: enough for nlp.pipe to batch, few enough that Ctrl-C loses
#: little work and the progress bar moves smoothly.
FILES_PER_TASK = 8

#: Below this many files, starting workers (each loads the model) costs more than it saves.
MIN_FILES_FOR_WORKERS = 12

#: Seconds one document may take (``--timeout``): far above any real article's time.
DEFAULT_TIMEOUT = 120.0


def default_workers() -> int:
    """The cores this process may run on (a container's limit, not the host's core count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class Settings:
    """What each worker needs to build its Extractor and Documents; sent to workers once."""

    model: str = DEFAULT_MODEL
    entity_types: tuple[str, ...] = ENTITY_TYPES
    sections: tuple[str, ...] = SECTIONS
    include_text: bool = False
    #: Publication date (YYYY-MM-DD) for inputs that bring none of their own (``--date``).
    date: str | None = None
    #: Seconds one document may take before it is reported as failed; None: no limit.
    timeout: float | None = DEFAULT_TIMEOUT


@dataclass(slots=True)
class Outcome:
    """One input's result: a Document, or the one-line reason it failed."""

    input: InputFile
    document: Document | None = None
    error: str | None = None
    #: The exception's class name (``BinaryInput``, ...), for error records.
    error_kind: str | None = None
    warnings: list[str] = field(default_factory=list)
    #: The formatted traceback of an unexpected failure, for ``--debug``.
    trace: str | None = None


@dataclass(slots=True)
class BatchSummary:
    """Counts for the end-of-batch table; ``remaining`` is what an interrupted run left."""

    total: int = 0
    skipped: int = 0
    documents: int = 0
    entities: int = 0
    numbers: int = 0
    quotes: int = 0
    failures: list[Outcome] = field(default_factory=list)
    speakers: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        document = outcome.document
        if document is None:
            self.failures.append(outcome)
            return
        self.documents += 1
        self.entities += len(document.entities)
        self.numbers += len(document.numbers)
        self.quotes += len(document.quotes)
        self.speakers.update(
            quote.speaker.name for quote in document.quotes if quote.speaker and quote.speaker.name
        )

    @property
    def remaining(self) -> int:
        return self.total - self.skipped - self.documents - len(self.failures)

    def top_speakers(self, count: int = 10) -> list[tuple[str, int]]:
        return self.speakers.most_common(count)


class Output(Protocol):
    """Where Documents go. ``has`` says an input's result is already there (for resuming)."""

    def has(self, item: InputFile) -> bool: ...

    def write(self, item: InputFile, document: Document) -> None: ...

    def close(self) -> None: ...


class StreamOutput:
    """Hands each Document to a renderer (JSON Lines on stdout, tables); nothing to resume."""

    def __init__(self, render: Callable[[Document], None]) -> None:
        self.render = render

    def has(self, item: InputFile) -> bool:
        return False

    def write(self, item: InputFile, document: Document) -> None:
        self.render(document)

    def close(self) -> None:
        pass


class DirectoryOutput:
    """``<name>.json`` per input under ``root``, mirroring the input tree (``sub/a.txt`` →
    ``root/sub/a.txt.json``, so ``a.txt`` and ``a.html`` never collide).

    A result file only ever appears complete — written beside it under a hidden temporary name,
    then renamed — so one that exists is done, and resuming skips it unless ``overwrite``.
    """

    def __init__(self, root: str | Path, *, overwrite: bool = False) -> None:
        self.root = Path(root)
        self.overwrite = overwrite
        if self.root.exists() and not self.root.is_dir():
            raise OutputError(f"{self.root}: exists and is not a folder")

    def path_for(self, item: InputFile) -> Path:
        return self.root / f"{item.name}.json"

    def has(self, item: InputFile) -> bool:
        return not self.overwrite and self.path_for(item).is_file()

    def write(self, item: InputFile, document: Document) -> None:
        from .render.json_output import write_json

        write_atomically(
            self.path_for(item), lambda stream: write_json(document, stream, pretty=False)
        )

    def close(self) -> None:
        pass


class JsonlOutput:
    """All Documents in one JSON Lines file, one complete line at a time, flushed as written.

    Resuming reads the sources already there and cuts off a torn last line a crash may have
    left. An existing file is never silently replaced: say ``resume`` or ``overwrite``.
    """

    def __init__(self, path: str | Path, *, resume: bool | None = None) -> None:
        self.path = Path(path)
        self.done: set[str] = set()
        exists = self.path.is_file() and self.path.stat().st_size > 0
        if exists and resume is None:
            raise OutputExists(
                f"{self.path}: already holds results; pass --resume to finish it "
                "or --overwrite to start again"
            )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if exists and resume:
                self.done = _finished_sources(self.path)
            self.stream: IO[str] = self.path.open("a" if resume else "w", encoding="utf-8")
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write ({exc.strerror or exc})") from None

    def has(self, item: InputFile) -> bool:
        return _source_key(item) in self.done

    def write(self, item: InputFile, document: Document) -> None:
        from .render.json_output import write_jsonl

        try:
            write_jsonl(document, self.stream)
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write ({exc.strerror or exc})") from None

    def close(self) -> None:
        self.stream.close()


class ErrorLog:
    """Failed inputs as JSON Lines — ``{"source", "error", "message"}`` — flushed per line."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.stream: IO[str] = self.path.open("w", encoding="utf-8")
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write ({exc.strerror or exc})") from None

    def write(self, outcome: Outcome) -> None:
        record = {
            "source": outcome.input.path,
            "error": outcome.error_kind,
            "message": outcome.error,
        }
        self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.close()


class Backend(Protocol):
    """Runs the tasks elsewhere, e.g. on a Dask cluster (``extractor.cluster.DaskBackend``):
    inputs in, one Outcome per input out, in input order. Only this process writes them."""

    def outcomes(self, inputs: Sequence[InputFile], settings: Settings) -> Iterator[Outcome]: ...

    def describe(self) -> str: ...


def output_for(target: str | Path, *, resume: bool | None = None) -> Output:
    """``*.jsonl`` is one JSON Lines file; ``*.db``/``*.sqlite`` a corpus database; anything
    else is a folder of JSON files.

    A folder or database resumes unless ``resume`` is False; a JSONL file needs to be told.
    """
    from .corpus.output import DatabaseOutput, is_database_path

    if is_database_path(target):
        return DatabaseOutput(target, overwrite=resume is False)
    if str(target).endswith(".jsonl"):
        return JsonlOutput(target, resume=resume)
    return DirectoryOutput(target, overwrite=resume is False)


class Batch:
    """Runs the inputs an output does not hold yet, writing each result as it arrives.

    Iterate it to see each Outcome after it was written (the CLI drives its progress bar so);
    ``run()`` just runs it. ``summary`` holds the counts, ``summary.remaining`` what an
    interrupted run left undone.
    """

    def __init__(
        self,
        inputs: Sequence[InputFile],
        output: Output,
        *,
        settings: Settings | None = None,
        workers: int = 1,
        errors: ErrorLog | None = None,
        backend: Backend | None = None,
    ) -> None:
        self.output = output
        self.backend = backend
        self.settings = settings or Settings()
        self.errors = errors
        self.pending = [item for item in inputs if not output.has(item)]
        self.summary = BatchSummary(total=len(inputs), skipped=len(inputs) - len(self.pending))
        self.workers = workers_for(self.pending, workers)

    def __iter__(self) -> Iterator[Outcome]:
        if self.backend is not None:
            results = self.backend.outcomes(self.pending, self.settings)
        else:
            results = outcomes(self.pending, self.settings, self.workers)
        try:
            for outcome in results:
                if outcome.document is not None:
                    self.output.write(outcome.input, outcome.document)
                else:
                    if self.errors is not None:
                        self.errors.write(outcome)
                    if hasattr(self.output, "write_failure"):  # a corpus database records it
                        self.output.write_failure(outcome)
                self.summary.add(outcome)
                yield outcome
        finally:
            results.close()
            self.output.close()
            if self.errors is not None:
                self.errors.close()

    def run(self) -> BatchSummary:
        for _ in self:
            pass
        return self.summary


def workers_for(pending: Sequence[InputFile], wanted: int) -> int:
    """As many workers as asked, but none for a small batch or stdin, and no idle ones."""
    if wanted <= 1 or len(pending) < MIN_FILES_FOR_WORKERS:
        return 1
    if any(item.path == "-" for item in pending):
        return 1
    tasks = -(-len(pending) // FILES_PER_TASK)
    return max(1, min(wanted, tasks))


def outcomes(
    inputs: Sequence[InputFile], settings: Settings, workers: int = 1
) -> Iterator[Outcome]:
    """Outcomes in input order, from this process or from ``workers`` processes."""
    tasks = _tasks(inputs, workers)
    if workers <= 1:
        from .api import shared_extractor

        extractor = shared_extractor(settings.model, settings.entity_types)
        for task in tasks:
            yield from extract_task(extractor, task, settings)
        return
    yield from _pooled(tasks, settings, workers)


def _tasks(inputs: Sequence[InputFile], workers: int) -> Iterator[list[InputFile]]:
    """``FILES_PER_TASK`` files at a time; with several workers the batch's last files go one by
    one, so the workers finish together: a last full task left one worker idle for up to eight
    articles' time (~1.4 s in a 300-article run) while the other worked through it."""
    tail = min(len(inputs), workers * FILES_PER_TASK) if workers > 1 else 0
    head = len(inputs) - tail
    yield from (list(task) for task in _batched(inputs[:head], FILES_PER_TASK))
    yield from ([item] for item in inputs[head:])


def extract_task(
    extractor: Extractor, task: Sequence[InputFile], settings: Settings
) -> list[Outcome]:
    """Read and extract a few files together; one bad file fails alone."""
    results: list[Outcome] = []
    readable: list[tuple[Outcome, InputText]] = []
    for item in task:
        try:
            given = _given(item)
        except InputError as exc:
            results.append(_failed(item, exc))
            continue
        outcome = Outcome(item, warnings=list(given.warnings))
        results.append(outcome)
        readable.append((outcome, given))
    documents: list[Document | None] = []
    try:
        # The limit restarts as each document comes out, so it bounds every document's time.
        with time_limit(settings.timeout) as deadline:
            for document in extractor.extract_many(
                ((given.text, given.source, _date(o.input, settings)) for o, given in readable),
                sections=settings.sections,
                include_text=settings.include_text,
                batch_size=FILES_PER_TASK,
            ):
                documents.append(document)
                deadline.restart()
    except Exception:
        documents.extend(
            _extract_alone(extractor, outcome, given, settings)
            for outcome, given in readable[len(documents):]
        )
    for (outcome, given), document in zip(readable, documents, strict=True):
        if document is None:
            continue
        if given.from_html:
            document.text = given.text  # offsets refer to the extracted text: always ship it
        if given.encoding != "utf-8":
            document.encoding = given.encoding
        outcome.document = document
    return results


def _extract_alone(
    extractor: Extractor, outcome: Outcome, given: InputText, settings: Settings
) -> Document | None:
    """After a batch failed, each text again on its own, so only the culprit is lost."""
    try:
        with time_limit(settings.timeout):
            return extractor.extract(
                given.text, given.source, sections=settings.sections,
                include_text=settings.include_text, date=_date(outcome.input, settings),
            )
    except ExtractorError as exc:
        outcome.error = f"{_name(outcome.input)}: {exc}"
        outcome.error_kind = type(exc).__name__
    except Exception as exc:
        outcome.error = f"{_name(outcome.input)}: extraction failed ({type(exc).__name__}: {exc})"
        outcome.error_kind = "ExtractionFailed"
    outcome.trace = traceback.format_exc()
    return None


def _given(item: InputFile) -> InputText:
    """A file's decoded text, or a corpus record's own text (``records``)."""
    if item.record is None:
        return read_input(item.path)
    if item.record.error is not None:
        from .errors import BadRecord

        raise BadRecord(item.record.error)
    return InputText(item.record.text, item.record.id, "utf-8")


def _date(item: InputFile, settings: Settings) -> str | None:
    """The record's own date, else the one given for the whole run."""
    return (item.record.date if item.record else None) or settings.date


def _failed(item: InputFile, exc: ExtractorError) -> Outcome:
    name = _name(item)
    message = str(exc) if str(exc).startswith(name) else f"{name}: {exc}"
    return Outcome(item, error=message, error_kind=type(exc).__name__)


def _name(item: InputFile) -> str:
    return "<stdin>" if item.path == "-" else item.path


# Workers ------------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _start_worker(settings: Settings) -> None:
    """Load the pipeline once per worker. Ctrl-C is the parent's to handle: a worker ignores it
    so the terminal shows no traceback from children."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .api import shared_extractor

    _WORKER["settings"] = settings
    try:
        _WORKER["extractor"] = shared_extractor(settings.model, settings.entity_types)
    except ExtractorError as exc:
        _WORKER["error"] = exc


def _work(task: list[InputFile]) -> list[Outcome]:
    if "error" in _WORKER:
        raise _WORKER["error"]
    return extract_task(_WORKER["extractor"], task, _WORKER["settings"])


#: Tasks kept queued or running per worker, so a worker that finishes one takes the next at once.
TASKS_AHEAD = 2
#: Finished tasks held per worker while an earlier one is still running (results go out in input
#: order): a long article holds back the output, never the other workers.
TASKS_BUFFERED = 8


def _pooled(
    tasks: Iterator[list[InputFile]], settings: Settings, workers: int
) -> Iterator[Outcome]:
    """A window of tasks in flight, results taken in order: memory stays bounded whatever the
    corpus size, and the output order is the input order.

    The window is refilled as soon as any task finishes, not only the oldest: refilling only
    when the oldest finished let the other workers run dry behind one long article.
    """
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("spawn")
    window: deque[Future[list[Outcome]]] = deque()
    left = iter(tasks)

    def refill() -> None:
        running = sum(not future.done() for future in window)
        while running < workers * TASKS_AHEAD and len(window) < workers * TASKS_BUFFERED:
            task = next(left, None)
            if task is None:
                return
            window.append(pool.submit(_work, task))
            running += 1

    # Workers start during the first submissions; with SIGINT ignored meanwhile they inherit
    # that, so a Ctrl-C while they load cannot print tracebacks from them either.
    with _sigint_ignored():
        pool = ProcessPoolExecutor(
            workers, mp_context=context, initializer=_start_worker, initargs=(settings,)
        )
        refill()
    finished = False
    try:
        while window:
            while not window[0].done():
                wait([future for future in window if not future.done()],
                     return_when=FIRST_COMPLETED)
                refill()
            results = window.popleft().result()
            refill()
            yield from results
        finished = True
    except BrokenProcessPool:
        raise WorkerCrashed(
            "a worker process died (out of memory or killed); finished results are kept"
        ) from None
    finally:
        _stop(pool, finished)


def _stop(pool: ProcessPoolExecutor, finished: bool) -> None:
    """On success wait for the workers; otherwise stop them now, work in flight is dropped."""
    if finished:
        pool.shutdown(wait=True)
        return
    # The executor has no public way to stop a busy worker; its process table is the only handle.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


# Files --------------------------------------------------------------------------------------


def write_atomically(path: Path, write: Callable[[IO[str]], None]) -> None:
    """Write to a hidden temporary file beside ``path``, then rename it into place.

    The rename is atomic, so readers and resumed runs see the old state or the whole new file,
    never part of one. (No fsync: this guards against interruptions, not power loss.)
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("w", encoding="utf-8") as stream:
            write(stream)
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise


def _finished_sources(path: Path) -> set[str]:
    """Sources of the complete lines of a JSONL output; a torn last line is cut off."""
    done: set[str] = set()
    complete = 0
    with path.open("rb") as stream:
        for number, line in enumerate(stream, 1):
            record = _record(line)
            if record is None:
                if stream.read(1):
                    raise OutputError(f"{path}: line {number} is not a result; cannot resume")
                break
            if isinstance(record.get("source"), str):
                done.add(record["source"])
            complete += len(line)
    if complete < path.stat().st_size:
        with path.open("r+b") as stream:
            stream.truncate(complete)
    return done


def _record(line: bytes) -> dict[str, Any] | None:
    if not line.endswith(b"\n"):
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return record if isinstance(record, dict) else None


def _source_key(item: InputFile) -> str:
    if item.record is not None:
        return item.record.id  # a corpus record's result carries its id as source
    return str(Path(item.path)) if item.path != "-" else "-"


def _batched(items: Iterable[InputFile], size: int) -> Iterator[tuple[InputFile, ...]]:
    iterator = iter(items)
    while chunk := tuple(islice(iterator, size)):
        yield chunk
