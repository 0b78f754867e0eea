"""The ``extract`` command: a thin layer that parses options, calls the library and renders."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Annotated

import click
import typer
from typer.core import TyperGroup

from . import __version__
from .document import SECTIONS
from .errors import ExtractorError
from .inputs import DEFAULT_PATTERNS
from .pipeline import ALL_ENTITY_TYPES, DEFAULT_MODEL, ENTITY_TYPES

if TYPE_CHECKING:
    from rich.console import Console

    from .batch import Batch, Outcome, Output, Settings
    from .records import Fields

_EXAMPLES = """
Examples:

  extract samples/politics-ceasefire-talks.txt

  extract article.txt --format json | jq '.quotes[] | {speaker: .speaker.name, text}'

  cat article.txt | extract - --only quotes

  extract article.txt --model en_core_web_trf

  extract schema > extractor.schema.json

  extract corpus/ --output corpus.db && extract people corpus.db
  extract article.txt --format html > article.html
"""


class _DefaultToRun(TyperGroup):
    """``extract FILE`` means ``extract run FILE``: anything but a subcommand goes to ``run``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        from .cli_corpus import routes_to_run

        if not args or args[0] not in self.commands or routes_to_run(args):
            args = ["run", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=_DefaultToRun,
    add_completion=False,
    no_args_is_help=False,
    help="Extract people, places, organisations, numbers and quotes from news articles.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    html = "html"


class BackendName(StrEnum):
    local = "local"
    dask = "dask"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"extractor {__version__}")
        raise typer.Exit()


def _choices(value: str, allowed: tuple[str, ...], what: str, option: str) -> tuple[str, ...]:
    """A comma-separated option: each part must be one of ``allowed``; kept in their order."""
    chosen = {part.strip() for part in value.split(",") if part.strip()}
    unknown = sorted(chosen - set(allowed))
    if unknown or not chosen:
        raise typer.BadParameter(
            f"unknown {what} {', '.join(unknown)}; choose from {', '.join(allowed)}",
            param_hint=option,
        )
    return tuple(a for a in allowed if a in chosen)


def _sections(value: str | None) -> tuple[str, ...]:
    return _choices(value, SECTIONS, "section", "--only") if value else SECTIONS


@app.command("run", help="Extract from FILES, folders or globs (use - for stdin)." + _EXAMPLES)
def run(
    files: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files, folders (searched recursively) or globs; - reads stdin.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format", "-f",
            help="table, json, jsonl or html. Default: table on a terminal; when piped, JSON for "
            "one file and JSON Lines for several. html: one page per article (with --output "
            "DIR for several, plus an index.html).",
            show_default=False,
        ),
    ] = None,
    only: Annotated[
        str | None,
        typer.Option(help="Comma-separated sections to output: entities,numbers,quotes."),
    ] = None,
    model: Annotated[
        str, typer.Option("--model", "-m", help="An installed spaCy pipeline name, or a path.")
    ] = DEFAULT_MODEL,
    types: Annotated[
        str,
        typer.Option(
            "--types",
            help="Comma-separated entity types: person,place,organization,other "
            "(other: NORP, EVENT, LAW, PRODUCT and the like).",
        ),
    ] = ",".join(ENTITY_TYPES),
    include_text: Annotated[
        bool,
        typer.Option(
            "--include-text",
            help="Add the input text to each JSON document (always done for HTML inputs).",
        ),
    ] = False,
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o",
            help="A folder for one NAME.json per input (mirroring the input tree), or a "
            "FILE.jsonl for all of them. Default: stdout.",
            show_default=False,
        ),
    ] = None,
    resume: Annotated[
        bool | None,
        typer.Option(
            "--resume/--overwrite",
            help="Skip inputs whose results --output already holds, or redo them all. "
            "Default: resume into a folder; a .jsonl that exists needs one of the two.",
            show_default=False,
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", "-w", min=1,
            help="Processes to run, each with its own pipeline. Default: the number of cores "
            "(small batches run in one process).",
            show_default=False,
        ),
    ] = None,
    backend: Annotated[
        BackendName | None,
        typer.Option(
            "--backend",
            help="local: processes on this machine (the default). dask: a Dask cluster, the one "
            "at --scheduler or else a local one of --workers processes (needs the cluster "
            "extra).",
            show_default=False,
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", help="A running Dask scheduler, tcp://HOST:PORT (implies --backend "
            "dask).", show_default=False,
        ),
    ] = None,
    shard: Annotated[
        str | None,
        typer.Option(
            "--shard", help="I/N: process only the I-th of N deterministic slices of the "
            "inputs (1 <= I <= N), e.g. one per job of a SLURM array.", show_default=False,
        ),
    ] = None,
    patterns: Annotated[
        str,
        typer.Option("--glob", help="Comma-separated file patterns to take from folders."),
    ] = ",".join(DEFAULT_PATTERNS),
    recursive: Annotated[
        bool, typer.Option("--recursive/--no-recursive", help="Search sub-folders too.")
    ] = True,
    errors: Annotated[
        str | None,
        typer.Option(
            "--errors", help="Record failed inputs in this JSON Lines file.", show_default=False
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Publication date (YYYY-MM-DD) that relative dates (yesterday, on Sunday) count "
            "from. Default: the date the article states in its head, else none is resolved.",
            show_default=False,
        ),
    ] = None,
    text_field: Annotated[
        str | None,
        typer.Option(
            "--text-field",
            help="Read FILES as corpora (.jsonl, .ndjson, .csv, .tsv): one document per line or "
            "row, its text in this field.",
            show_default=False,
        ),
    ] = None,
    id_field: Annotated[
        str | None,
        typer.Option(
            "--id-field",
            help="With --text-field: the field naming each document (its result's source and "
            "file name). Default: FILE-LINE.",
            show_default=False,
        ),
    ] = None,
    date_field: Annotated[
        str | None,
        typer.Option(
            "--date-field",
            help="With --text-field: the field holding each document's publication date "
            "(ISO 8601); --date stands in where it is empty.",
            show_default=False,
        ),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout", min=0, metavar="SECONDS",
            help="Give up on a document after this long and report it as failed (0: no limit).",
        ),
    ] = 120.0,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress, warnings or summary; errors only.")
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option("--verbose", "-v", help="Report each file, and the summary even when piped."),
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    sections = _sections(only)
    arguments = files or []
    if not arguments:
        if sys.stdin is None or sys.stdin.isatty():
            raise typer.BadParameter("give an article file, or - to read stdin", param_hint="FILES")
        arguments = ["-"]
    if output is not None and output_format is OutputFormat.table:
        raise typer.BadParameter("tables go to the terminal; drop --output", param_hint="--format")
    html = output_format is OutputFormat.html
    if html and output is not None and output.endswith((".jsonl", ".db", ".sqlite")):
        raise typer.BadParameter(
            "HTML pages go to a folder: give --output DIR", param_hint="--format"
        )
    chosen = [part.strip() for part in patterns.split(",") if part.strip()]
    fields = _fields(text_field, id_field, date_field)
    engine = _backend(backend, scheduler, workers)
    request = _Request(
        arguments=arguments,
        patterns=chosen or list(DEFAULT_PATTERNS),
        recursive=recursive,
        output=output,
        output_format=output_format,
        resume=resume,
        workers=workers,
        errors=errors,
        settings=_settings(
            model, _entity_types(types), sections, include_text or html, _date(date), timeout
        ),
        backend=engine,
        scheduler=scheduler,
        shard=_shard(shard) if shard is not None else None,
        quiet=quiet,
        verbose=verbose and not quiet,
        debug=debug,
        fields=fields,
    )
    raise typer.Exit(_run(request))


@app.command("schema", help="Print the JSON Schema of the output.")
def schema() -> None:
    from .schema import schema_text

    sys.stdout.write(schema_text())


@dataclass(slots=True)
class _Request:
    arguments: list[str]
    patterns: list[str]
    recursive: bool
    output: str | None
    output_format: OutputFormat | None
    resume: bool | None
    workers: int | None
    errors: str | None
    settings: Settings
    backend: BackendName
    scheduler: str | None
    shard: tuple[int, int] | None
    quiet: bool
    verbose: bool
    debug: bool
    #: Set when FILES are corpora with a document per line or row (--text-field).
    fields: Fields | None = None


def _settings(
    model: str,
    entity_types: tuple[str, ...],
    sections: tuple[str, ...],
    include_text: bool,
    date: str | None = None,
    timeout: float = 120.0,
) -> Settings:
    from .batch import Settings

    return Settings(
        model=model, entity_types=entity_types, sections=sections, include_text=include_text,
        date=date,
        timeout=timeout or None,
    )


def _date(value: str | None) -> str | None:
    from .errors import BadDate
    from .published import as_publication_date

    try:
        given = as_publication_date(value)
    except BadDate as exc:
        raise typer.BadParameter(str(exc), param_hint="--date") from None
    return given.isoformat() if given else None


def _fields(text: str | None, id_: str | None, date: str | None) -> Fields | None:
    if text is None:
        if id_ is not None or date is not None:
            option = "--id-field" if id_ is not None else "--date-field"
            raise typer.BadParameter("needs --text-field to read a corpus", param_hint=option)
        return None
    from .records import Fields

    return Fields(text=text, id=id_, date=date)


def _backend(
    backend: BackendName | None, scheduler: str | None, workers: int | None
) -> BackendName:
    if scheduler is None:
        return backend or BackendName.local
    if backend is BackendName.local:
        raise typer.BadParameter("a scheduler is for --backend dask", param_hint="--scheduler")
    if workers is not None:
        raise typer.BadParameter(
            "sizes a local cluster; with --scheduler, its workers run the batch",
            param_hint="--workers",
        )
    return BackendName.dask


def _shard(value: str) -> tuple[int, int]:
    from .shards import parse_shard

    try:
        return parse_shard(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--shard") from None


def _entity_types(value: str) -> tuple[str, ...]:
    return _choices(value, ALL_ENTITY_TYPES, "entity type", "--types")


def _default_format(single: bool) -> OutputFormat:
    if sys.stdout.isatty():
        return OutputFormat.table
    return OutputFormat.json if single else OutputFormat.jsonl


def _run(request: _Request) -> int:
    """Find the inputs, run the batch, report; returns the exit code."""
    from .batch import Batch, ErrorLog, default_workers
    from .inputs import find_inputs

    if request.fields is not None:
        return _run_corpus(request)
    inputs = find_inputs(request.arguments, request.patterns, recursive=request.recursive)
    single = len(request.arguments) == 1 and [i.path for i in inputs] == request.arguments
    report = _Reporter(request, batch=not single)
    if not inputs:
        searched, wanted = ", ".join(request.arguments), ", ".join(request.patterns)
        report.error(f"no input files found in {searched} (looked for {wanted})")
        return 1
    if request.shard is not None:
        from .shards import shard_of

        found = len(inputs)
        inputs = shard_of(inputs, *request.shard)
        if request.verbose or not inputs:
            index, count = request.shard
            report.say(f"shard {index}/{count}: {len(inputs):,} of {found:,} inputs")
        if not inputs:
            return 0
    try:
        output = _output(request, single)
        log = ErrorLog(request.errors) if request.errors else None
        engine = None
        if request.backend is BackendName.dask:
            from .cluster import DaskBackend

            wanted = request.workers or default_workers()
            engine = DaskBackend(request.scheduler, wanted)
        batch = Batch(
            inputs, output, settings=request.settings,
            workers=request.workers or default_workers(), errors=log, backend=engine,
        )
    except ExtractorError as exc:
        report.error(str(exc))
        return exc.exit_code
    return report.follow(batch)


def _run_corpus(request: _Request) -> int:
    """Corpus files (--text-field): each line or row is one document of the batch."""
    from .batch import Batch, ErrorLog, default_workers
    from .records import find_records

    report = _Reporter(request, batch=True)
    try:
        inputs = find_records(request.arguments, request.fields)  # type: ignore[arg-type]
        if not inputs:
            report.error(f"no documents found in {', '.join(request.arguments)}")
            return 1
        output = _output(request, single=False)
        log = ErrorLog(request.errors) if request.errors else None
        batch = Batch(
            inputs, output, settings=request.settings,
            workers=request.workers or default_workers(), errors=log,
        )
    except ExtractorError as exc:
        report.error(str(exc))
        return exc.exit_code
    return report.follow(batch)


def _output(request: _Request, single: bool) -> Output:
    from .batch import StreamOutput, output_for

    if request.output_format is OutputFormat.html:
        return _html_output(request, single)
    if request.output is not None:
        return output_for(request.output, resume=request.resume)
    fmt = request.output_format or _default_format(single)
    if fmt is OutputFormat.table:
        from rich.console import Console

        from .render.table import print_tables

        console = Console()
        return StreamOutput(lambda document: print_tables(document, console))
    from .render.json_output import write_json, write_jsonl

    chosen = write_json if fmt is OutputFormat.json else write_jsonl
    return StreamOutput(lambda document: chosen(document, sys.stdout))


def _html_output(request: _Request, single: bool) -> Output:
    """A page on stdout for one article; a folder of pages and an index for several."""
    from .batch import StreamOutput
    from .errors import ExtractorError
    from .render.html import HtmlDirectoryOutput, write_article

    if request.output is not None:
        return HtmlDirectoryOutput(request.output, overwrite=request.resume is False)
    if not single:
        raise ExtractorError("several inputs as HTML need --output DIR (one page each)")
    return StreamOutput(lambda document: write_article(document, sys.stdout))


class _Reporter:
    """Everything the user sees on stderr: progress, warnings, errors, the closing summary."""

    def __init__(self, request: _Request, batch: bool) -> None:
        self.request = request
        self.batch = batch
        self.live = batch and not request.quiet and sys.stderr.isatty()

    @cached_property
    def console(self) -> Console:
        from rich.console import Console

        return Console(stderr=True, highlight=False)

    def follow(self, batch: Batch) -> int:
        import time

        if self.request.verbose:
            runs_on = (
                batch.backend.describe() if batch.backend is not None
                else f"{batch.workers} worker{'s' if batch.workers > 1 else ''}"
            )
            self.say(
                f"{batch.summary.total:,} inputs, {batch.summary.skipped:,} already done, "
                f"{runs_on}"
            )
        started = time.monotonic()
        code = 0
        try:
            self._drive(batch)
        except KeyboardInterrupt:
            code = 130
            self.say(f"interrupted: {self._left(batch)}", kind="")
        except ExtractorError as exc:
            code = exc.exit_code
            self.error(str(exc))
            if batch.summary.documents or batch.summary.failures:
                self.say(self._left(batch), kind="")
        summary = batch.summary
        if self.batch and not self.request.quiet:
            if self.live or self.request.verbose:
                from .render.summary import print_summary

                print_summary(summary, self.console, time.monotonic() - started)
            elif summary.failures:
                self.say(f"{len(summary.failures):,} of {summary.total:,} inputs failed", kind="")
        return code or (1 if summary.failures else 0)

    def _drive(self, batch: Batch) -> None:
        if not self.live:
            for outcome in batch:
                self._report(outcome)
            return
        from .render.progress import batch_progress

        with batch_progress(self.console) as progress:
            task = progress.add_task("extracting", total=len(batch.pending))
            for outcome in batch:
                self._report(outcome)
                progress.advance(task)

    def _report(self, outcome: Outcome) -> None:
        if not self.request.quiet:
            for warning in outcome.warnings:
                self.say(warning, kind="warning: ")
        if outcome.error is not None:
            if self.request.debug and outcome.trace:
                sys.stderr.write(outcome.trace)
            self.say(outcome.error, kind="error: ")
        elif self.request.verbose:
            document = outcome.document
            self.say(
                f"{outcome.input.path}: {len(document.entities)} entities, "
                f"{len(document.numbers)} numbers, {len(document.quotes)} quotes",
                kind="",
            )

    def _left(self, batch: Batch) -> str:
        summary = batch.summary
        done = summary.documents + len(summary.failures)
        message = f"{done:,} done, {summary.remaining:,} of {summary.total:,} inputs remain"
        if self.request.output is not None:
            message += "; run the same command again to finish"
            if self.request.output.endswith(".jsonl"):
                message += " (with --resume)"
        return message

    def say(self, message: str, kind: str = "") -> None:
        line = f"extract: {kind}{message}"
        if self.live:
            from rich.text import Text

            self.console.print(Text(line))
        else:
            typer.echo(line, err=True)

    def error(self, message: str) -> None:
        if self.request.debug:
            import traceback

            traceback.print_exc()
        self.say(message, kind="error: ")


@app.command("report", help="A corpus page (HTML) from result files or a corpus database: "
             "counts, top speakers, "
             "claims by kind, anonymous share, organisations and places.")
def report(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Folders of JSON results, .json or .jsonl files (from --output, and --errors "
            "records, which count as failures), or a corpus database (corpus.db).",
            show_default=False,
        ),
    ],
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="The HTML file to write. Default: stdout.",
                     show_default=False),
    ] = None,
    top: Annotated[
        int, typer.Option("--top", min=1, help="How many speakers, organisations and places.")
    ] = 20,
    title: Annotated[str, typer.Option("--title", help="The page title.")] = "Corpus report",
) -> None:
    from pathlib import Path

    from .batch import write_atomically
    from .render.html import render_report
    from .report import CorpusReport, read_results

    try:
        page = render_report(CorpusReport(top=top).add_all(read_results(sources)), title=title)
        if output is None:
            sys.stdout.write(page)
        else:
            write_atomically(Path(output), lambda stream: stream.write(page))
    except ExtractorError as exc:
        typer.echo(f"extract: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None


from .cli_corpus import register as _register_corpus_commands  # noqa: E402

_register_corpus_commands(app)


def main() -> None:
    from .fast_exit import exit_now

    try:
        app(prog_name="extract")
    except SystemExit as exc:
        exit_now(exc.code)


if __name__ == "__main__":
    main()
