"""Commands over a corpus database: ``people``, ``quotes``, ``corpus-stats``, ``link``, ``export``.

Thin, like the rest of the CLI: each parses options, asks ``extractor.corpus.Corpus`` and
renders — Rich tables on a terminal, JSON Lines (lists) or JSON (the summary) when piped.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from .cli import OutputFormat
from .errors import ExtractorError

#: The commands this module adds; ``extract NAME`` with one of these runs it, unless NAME is
#: an input file and no database follows (see ``routes_to_run``).
CORPUS_COMMANDS = ("people", "quotes", "corpus-stats", "link", "export")

Database = Annotated[
    Path, typer.Argument(help="A corpus database written by `extract ... --output FILE.db`.")
]
Format = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format", "-f",
        help="table, json or jsonl. Default: table on a terminal, JSON Lines when piped.",
        show_default=False,
    ),
]
Limit = Annotated[
    int | None, typer.Option("--limit", "-n", min=1, help="At most this many rows.")
]


def routes_to_run(args: list[str]) -> bool:
    """``extract people`` where ``people`` is an article file keeps meaning ``run people``:
    a corpus command needs a database next, and a file of that name wins otherwise."""
    if not args or args[0] not in CORPUS_COMMANDS or not Path(args[0]).is_file():
        return False
    rest = [arg for arg in args[1:] if not arg.startswith("-")]
    return not rest or not _looks_like_database(rest[0])


def _looks_like_database(argument: str) -> bool:
    from .corpus.output import is_database_path

    path = Path(argument)
    if is_database_path(argument):
        return True
    try:
        with path.open("rb") as stream:
            return stream.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def register(app: typer.Typer) -> None:
    app.command("people", help="People across the corpus, by number of quotes.")(people)
    app.command(
        "quotes",
        help="Claims across the corpus: by one speaker (name, alias or person id), full-text "
        "search, kind or speaker type.",
    )(quotes)
    app.command(
        "corpus-stats",
        help="Documents, failures, quotes by kind and speaker type, the anonymous share, top "
        "speakers, organisations and places.",
    )(corpus_stats)
    app.command(
        "link",
        help="Re-link people and organisations across the corpus, optionally with an alias "
        "table (CSV: canonical,alias[,id][,do-not-merge]) that applies last and is kept.",
    )(link)
    app.command("export", help="Write one Parquet file per table (needs extractor[parquet]).")(
        export
    )


def people(database: Database, output_format: Format = None, limit: Limit = None) -> None:
    def render(corpus: Any, fmt: OutputFormat) -> None:
        rows = corpus.people(limit=limit)
        if fmt is OutputFormat.table:
            from .render.corpus import print_people

            print_people(rows, _console())
        else:
            _emit_rows(rows, fmt)

    _with_corpus(database, output_format, render)


def quotes(
    database: Database,
    speaker: Annotated[
        str | None,
        typer.Option("--speaker", "-s", help="A name, an alias, a person id or an external id."),
    ] = None,
    search: Annotated[
        str | None, typer.Option("--search", help="Words the quote must contain (full text).")
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="direct, indirect or mixed.")
    ] = None,
    speaker_type: Annotated[
        str | None,
        typer.Option("--type", help="Speaker type: person, organization, anonymous, unknown."),
    ] = None,
    output_format: Format = None,
    limit: Limit = None,
) -> None:
    def render(corpus: Any, fmt: OutputFormat) -> None:
        rows = corpus.quotes(
            speaker, search=search, kind=kind, speaker_type=speaker_type, limit=limit
        )
        if fmt is OutputFormat.table:
            from .render.corpus import print_quotes

            print_quotes(rows, _console())
        else:
            _emit_rows(rows, fmt)

    _with_corpus(database, output_format, render)


def corpus_stats(
    database: Database,
    output_format: Format = None,
    top: Annotated[int, typer.Option("--top", min=1, help="Rows in each top list.")] = 10,
) -> None:
    def render(corpus: Any, fmt: OutputFormat) -> None:
        stats = corpus.stats(top=top)
        if fmt is OutputFormat.table:
            from .render.corpus import print_stats

            print_stats(stats, _console())
        else:
            pretty = fmt is OutputFormat.json
            sys.stdout.write(json.dumps(stats, ensure_ascii=False, indent=2 if pretty else None))
            sys.stdout.write("\n")

    _with_corpus(database, output_format, render, piped=OutputFormat.json)


def link(
    database: Database,
    aliases: Annotated[
        Path | None,
        typer.Option("--aliases", help="CSV rows: canonical,alias[,id][,do-not-merge]."),
    ] = None,
) -> None:
    def render(corpus: Any, fmt: OutputFormat) -> None:
        count_people, count_organizations = corpus.link(aliases)
        typer.echo(
            f"extract: {count_people:,} people, {count_organizations:,} organisations", err=True
        )

    _with_corpus(database, None, render)


def export(
    database: Database,
    parquet: Annotated[
        Path, typer.Option("--parquet", help="Folder for one TABLE.parquet per table.")
    ],
) -> None:
    def render(corpus: Any, fmt: OutputFormat) -> None:
        from .corpus.parquet import export_parquet

        written = export_parquet(corpus.db, parquet)
        typer.echo(f"extract: wrote {len(written)} Parquet files to {parquet}", err=True)

    _with_corpus(database, None, render)


def _with_corpus(
    database: Path,
    output_format: OutputFormat | None,
    render: Callable[[Any, OutputFormat], None],
    piped: OutputFormat = OutputFormat.jsonl,
) -> None:
    """Open the corpus, answer, close; an expected failure is one line and exit code."""
    from .corpus import Corpus

    fmt = output_format or (OutputFormat.table if sys.stdout.isatty() else piped)
    try:
        with Corpus(database) as corpus:
            render(corpus, fmt)
    except ExtractorError as exc:
        typer.echo(f"extract: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    except BrokenPipeError:  # `| head` closed the pipe: not an error
        sys.stderr.close()


def _emit_rows(rows: list[dict[str, Any]], fmt: OutputFormat) -> None:
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def _console() -> Any:
    from rich.console import Console

    return Console()
