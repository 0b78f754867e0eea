"""The errors a user is meant to see: one line each, mapped to an exit code at the CLI edge."""

from __future__ import annotations


class ExtractorError(Exception):
    """Base for expected failures; the message is shown to the user as it is."""

    exit_code = 1


class InputError(ExtractorError):
    """An input could not be read or decoded."""


class InputNotFound(InputError):
    pass


class InputIsDirectory(InputError):
    pass


class BinaryInput(InputError):
    pass


class UndecodableInput(InputError):
    pass


class InputTooLarge(InputError):
    pass


class ModelNotFound(ExtractorError):
    """The spaCy pipeline named by --model is neither an installed package nor a path."""


class OutputError(ExtractorError):
    """Results cannot be written where --output points."""


class OutputExists(OutputError):
    """A JSONL output already holds results and neither resuming nor overwriting was asked for."""


class WorkerCrashed(ExtractorError):
    """A worker process died (out of memory, killed); what was finished is kept for --resume."""


class CorpusError(ExtractorError):
    """A corpus database cannot be opened or used: not SQLite, another tool's, an old schema."""


class BadDate(InputError):
    """A publication date (``--date``, a batch's date field) that is not a calendar date."""


class BadRecord(InputError):
    """A line or row of a JSONL or CSV corpus that holds no usable document."""


class ClusterError(ExtractorError):
    """Dask is missing, or its scheduler cannot be reached or went away mid-run."""


class ComponentFailed(ExtractorError):
    """A pipeline component raised: names the component and the real exception, in one line.

    spaCy wraps a ``KeyError`` from a component as ``[E109] ... call initialize()?``, which
    points at the wrong cause; ``raise_component_failed`` is installed as the pipeline's error
    handler so the original exception is kept as ``__cause__`` (shown by ``--debug``).
    """

    def __init__(self, component: str, error: BaseException) -> None:
        self.component = component
        self.error = error
        detail = " ".join(str(error).split())
        super().__init__(f"{component} failed: {type(error).__name__}: {detail}".rstrip(": "))


class ExtractionTimeout(ExtractorError):
    """A document took longer than the per-document time limit (``--timeout``)."""


def raise_component_failed(name: str, component: object, docs: object, error: Exception) -> None:
    """spaCy error handler: our own errors pass through (a time limit firing inside a
    component must stay a timeout); anything else becomes a ComponentFailed."""
    if isinstance(error, ExtractorError):
        raise error
    raise ComponentFailed(name, error) from error
