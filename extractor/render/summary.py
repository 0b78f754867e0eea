"""The end-of-batch table: what was done, what was found, who was quoted most, what failed."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..batch import BatchSummary


def print_summary(summary: BatchSummary, console: Console, seconds: float) -> None:
    done = summary.documents + len(summary.failures)
    rate = done / seconds if seconds > 0 else 0.0
    table = Table(title="Batch summary", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents", f"{summary.documents:,}")
    table.add_row("failed", f"{len(summary.failures):,}")
    table.add_row("skipped (already done)", f"{summary.skipped:,}")
    if summary.remaining:
        table.add_row("remaining", f"{summary.remaining:,}")
    table.add_row("entities", f"{summary.entities:,}")
    table.add_row("numbers", f"{summary.numbers:,}")
    table.add_row("quotes", f"{summary.quotes:,}")
    table.add_row("time", f"{seconds:,.1f} s ({rate:,.1f} documents/s)")
    console.print(table)
    speakers = summary.top_speakers(10)
    if speakers:
        top = Table(title="Top speakers", title_justify="left")
        top.add_column("speaker")
        top.add_column("quotes", justify="right")
        for name, count in speakers:
            top.add_row(Text(name), f"{count:,}")
        console.print(top)
    if summary.failures:
        console.print(Text(f"Failed ({len(summary.failures):,}):", style="bold red"))
        for outcome in summary.failures:
            console.print(Text(f"  {outcome.error}"))
