"""Rich tables for corpus questions: people, quotes and the corpus summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

_QUOTE_WIDTH = 90


def print_people(rows: list[dict[str, Any]], console: Console) -> None:
    table = Table(title=f"People ({len(rows)})", title_justify="left")
    refs = any(row.get("ref") for row in rows)  # external ids, from an alias table
    columns = ("id", *(("ref",) if refs else ()), "name", "aliases", "documents", "quotes",
               "titles", "gender")
    for column in columns:
        numeric = column in ("id", "documents", "quotes")
        table.add_column(column, justify="right" if numeric else "left", overflow="fold")
    for row in rows:
        table.add_row(
            str(row["id"]), *((row.get("ref") or "",) if refs else ()), row["name"],
            ", ".join(row["aliases"]), str(row["documents"]), str(row["quotes"]),
            ", ".join(row.get("titles") or []), row.get("gender") or "",
        )
    console.print(table)


def print_quotes(rows: list[dict[str, Any]], console: Console) -> None:
    table = Table(title=f"Quotes ({len(rows)})", title_justify="left")
    for column in ("document", "offsets", "speaker", "kind", "quote", "cue"):
        table.add_column(column, overflow="fold")
    for row in rows:
        speaker = row["person"] or row["organization"] or row["speaker_name"] or (
            row["speaker_text"] or "—"
        )
        if row["speaker_type"] == "anonymous":
            speaker = f"{speaker} [dim](anonymous)[/dim]"
        text = row["text"]
        if len(text) > _QUOTE_WIDTH:
            text = text[: _QUOTE_WIDTH - 1] + "…"
        table.add_row(
            Path(row["document"]).name, f"{row['start']}–{row['end']}", speaker, row["kind"], text,
            row["cue"] or "",
        )
    console.print(table)


def print_stats(stats: dict[str, Any], console: Console) -> None:
    totals = Table(title="Corpus", title_justify="left", show_header=False)
    totals.add_column("what")
    totals.add_column("count", justify="right")
    for key in ("documents", "failures", "people", "organizations", "entities", "numbers",
                "quotes"):
        totals.add_row(key, f"{stats[key]:,}")
    totals.add_row("anonymous share", f"{stats['anonymous_share']:.1%}")
    console.print(totals)
    for title, counts in (
        ("Quotes by kind", stats["quotes_by_kind"]),
        ("Quotes by speaker type", stats["quotes_by_speaker_type"]),
    ):
        table = Table(title=title, title_justify="left")
        table.add_column("value")
        table.add_column("quotes", justify="right")
        for value, count in counts.items():
            table.add_row(value, f"{count:,}")
        console.print(table)
    for title, key, columns in (
        ("Top speakers", "top_speakers", ("id", "name", "quotes", "documents")),
        ("Top organisations", "top_organizations", ("id", "name", "documents", "quotes")),
        ("Top places", "top_places", ("name", "documents", "mentions")),
    ):
        table = Table(title=title, title_justify="left")
        for column in columns:
            table.add_column(column, justify="left" if column == "name" else "right")
        for row in stats[key]:
            table.add_row(*(str(row[column]) for column in columns))
        console.print(table)
