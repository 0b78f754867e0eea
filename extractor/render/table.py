"""Rich tables for reading a document's results in a terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..document import Document, Entity, Quote

_QUOTE_WIDTH = 70


def print_tables(document: Document, console: Console) -> None:
    console.rule(f"[bold]{document.source or 'stdin'}[/bold]  ({document.model})")
    if "entities" in document.sections:
        console.print(_entities_table(document))
    if "numbers" in document.sections:
        console.print(_numbers_table(document))
    if "quotes" in document.sections:
        console.print(_quotes_table(document))


def _entities_table(document: Document) -> Table:
    table = Table(title=f"Entities ({len(document.entities)})", title_justify="left")
    described = any(e.titles or e.gender for e in document.entities)
    columns = ("id", "type", "name", "count", "aliases", *(("about",) if described else ()))
    for column in columns:
        table.add_column(column, justify="right" if column == "count" else "left")
    for entity in sorted(document.entities, key=lambda e: -e.count):
        cells = [entity.id, entity.type, entity.name, str(entity.count), ", ".join(entity.aliases)]
        table.add_row(*cells, *((_about(entity),) if described else ()))
    return table


def _about(entity: Entity) -> str:
    """A person's titles and the gender the text gives them: "Kremlin spokesman · male"."""
    parts = ["; ".join(entity.titles)] if entity.titles else []
    if entity.gender:
        parts.append(f"[dim]{entity.gender}[/dim]")
    return " · ".join(parts)


def _numbers_table(document: Document) -> Table:
    table = Table(title=f"Numbers ({len(document.numbers)})", title_justify="left")
    for column in ("text", "kind", "value", "unit", "qualifier", "counted", "offsets"):
        table.add_column(column)
    for number in document.numbers:
        qualifier = ", ".join(
            q for q in ("approximate" if number.approximate else None, number.bound) if q
        )
        value = "" if number.value is None else str(number.value)
        if number.max is not None:
            value = f"{value}–{number.max}"
        table.add_row(
            number.text,
            number.kind,
            value,
            number.unit or "",
            qualifier,
            number.counted or "",
            f"{number.start}–{number.end}",
        )
    return table


def _quotes_table(document: Document) -> Table:
    table = Table(title=f"Quotes ({len(document.quotes)})", title_justify="left")
    for column in ("id", "speaker", "via", "kind", "quote", "cue"):
        table.add_column(column, overflow="fold")
    for quote in document.quotes:
        table.add_row(
            quote.id,
            _speaker(quote),
            _via(quote),
            quote.kind,
            _shorten(quote.text),
            quote.cue.text if quote.cue else "",
        )
    return table


def _speaker(quote: Quote) -> str:
    speaker = quote.speaker
    if speaker is None:
        return "[dim]—[/dim]"
    if speaker.name and speaker.name != speaker.text:
        return f"{speaker.name} [dim]({speaker.text})[/dim]"
    if speaker.type == "anonymous":
        return f"{speaker.text} [dim](anonymous)[/dim]"
    return speaker.text


def _via(quote: Quote) -> str:
    """How the speaker was resolved, with the mention it went through when there is one."""
    speaker = quote.speaker
    if speaker is None or speaker.via is None:
        return ""
    if speaker.antecedent is not None and speaker.antecedent.text != speaker.text:
        return f"{speaker.via} [dim]← {speaker.antecedent.text}[/dim]"
    return speaker.via


def _shorten(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _QUOTE_WIDTH else flat[: _QUOTE_WIDTH - 1] + "…"
