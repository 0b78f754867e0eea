"""The ``extract`` command: a thin layer that parses options, calls the library and renders."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated, Any

import click
import typer
from typer.core import TyperGroup

from . import __version__
from .document import SECTIONS
from .errors import ExtractorError
from .pipeline import DEFAULT_MODEL

_EXAMPLES = """
Examples:

  extract samples/politics-ceasefire-talks.txt

  extract article.txt --format json | jq '.quotes[] | {speaker: .speaker.name, text}'

  cat article.txt | extract - --only quotes

  extract article.txt --model en_core_web_trf

  extract schema > extractor.schema.json
"""


class _DefaultToRun(TyperGroup):
    """``extract FILE`` means ``extract run FILE``: anything but a subcommand goes to ``run``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or args[0] not in self.commands:
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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"extractor {__version__}")
        raise typer.Exit()


def _sections(value: str | None) -> tuple[str, ...]:
    if not value:
        return SECTIONS
    chosen = tuple(part.strip() for part in value.split(",") if part.strip())
    unknown = [c for c in chosen if c not in SECTIONS]
    if unknown:
        raise typer.BadParameter(
            f"unknown section {', '.join(unknown)}; choose from {', '.join(SECTIONS)}"
        )
    return tuple(s for s in SECTIONS if s in chosen)


@app.command("run", help="Extract from FILES (use - for stdin)." + _EXAMPLES)
def run(
    files: Annotated[
        list[str] | None,
        typer.Argument(help="Article files to read; - reads stdin.", show_default=False),
    ] = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format", "-f",
            help="table, json or jsonl. Default: table on a terminal, JSON when piped.",
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
    include_text: Annotated[
        bool, typer.Option("--include-text", help="Add the input text to each JSON document.")
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
    paths = files or []
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            raise typer.BadParameter("give an article file, or - to read stdin", param_hint="FILES")
        paths = ["-"]
    fmt = output_format or _default_format(len(paths))
    failures = _run(paths, fmt, sections, model, include_text, debug)
    if failures:
        raise typer.Exit(1)


@app.command("schema", help="Print the JSON Schema of the output.")
def schema() -> None:
    from .schema import schema_text

    sys.stdout.write(schema_text())


def _default_format(count: int) -> OutputFormat:
    if sys.stdout.isatty():
        return OutputFormat.table
    return OutputFormat.json if count == 1 else OutputFormat.jsonl


def _run(
    paths: list[str],
    fmt: OutputFormat,
    sections: tuple[str, ...],
    model: str,
    include_text: bool,
    debug: bool,
) -> int:
    """Process each path in turn; a bad one is reported and the rest still run."""
    from .inputs import read_input

    try:
        extractor = _load(model)
    except ExtractorError as exc:
        _error(str(exc), debug)
        return len(paths)
    write = _writer(fmt)
    failures = 0
    for path in paths:
        try:
            given = read_input(path)
            for warning in given.warnings:
                typer.echo(f"extract: warning: {warning}", err=True)
            document = extractor.extract(
                given.text, given.source, sections=sections, include_text=include_text
            )
            if given.encoding != "utf-8":
                document.encoding = given.encoding
        except ExtractorError as exc:
            name = "<stdin>" if path == "-" else path
            message = str(exc) if str(exc).startswith(name) else f"{name}: {exc}"
            _error(message, debug)
            failures += 1
            continue
        write(document)
    return failures


def _load(model: str) -> Any:
    from .api import shared_extractor

    return shared_extractor(model)


def _writer(fmt: OutputFormat) -> Any:
    if fmt is OutputFormat.table:
        from rich.console import Console

        from .render.table import print_tables

        console = Console()
        return lambda document: print_tables(document, console)
    from .render.json_output import write_json, write_jsonl

    chosen = write_json if fmt is OutputFormat.json else write_jsonl
    return lambda document: chosen(document, sys.stdout)


def _error(message: str, debug: bool) -> None:
    if debug:
        import traceback

        traceback.print_exc()
    typer.echo(f"extract: error: {message}", err=True)


def main() -> None:
    app(prog_name="extract")


if __name__ == "__main__":
    main()
