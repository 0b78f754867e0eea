"""Self-contained HTML pages: one per article, an index for a batch, and a corpus report.

Everything a page needs (CSS, JavaScript, the data its script reads) is inline, so a page reads
offline and from ``file://``. Article text is untrusted input: Jinja2 escapes every value
(autoescape on), the data the script reads is embedded with ``tojson``, and a Content Security
Policy lets only our own script run, by its hash, so even markup that slipped through could not.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from markupsafe import Markup, escape

from .. import __version__
from ..document import Document

if TYPE_CHECKING:
    from jinja2 import Environment

    from ..batch import Outcome
    from ..inputs import InputFile
    from ..report import CorpusReport

#: Label shown after each mention (labels in text, not colour alone).
TYPE_LABELS = {"person": "PER", "organization": "ORG", "place": "PLACE"}

#: How a speaker was resolved (``speaker.via``), in words for the chip's tooltip.
VIA_WORDS = {
    "named": "named at the cue",
    "apposition": "named in an apposition",
    "pronoun": "pronoun resolved to an earlier mention",
    "nominal": "description resolved to an earlier mention",
    "organization": "organisation named nearby",
    "document": "the document's author or publisher",
    "continuation": "continues the previous quote",
    "anonymous": "anonymous source",
}

_OPENING_MARKS = frozenset("\"'“‘«‹„‚「『")

# Nesting order when spans start together and end together: claims outermost, numbers inside.
_CLAIM, _SPEAKER, _CUE, _MENTION, _NUMBER = range(5)


@cache
def environment() -> Environment:
    """Jinja2 with autoescape on for every template: article text is untrusted."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("extractor.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["version"] = __version__
    return env


@cache
def _asset(name: str) -> str:
    return resources.files("extractor.render").joinpath("templates", name).read_text("utf-8")


def _csp(script: str) -> str:
    """Nothing from the network; only our own inline script, pinned by its hash."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )


# The article page ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    order: int
    tag: str
    attrs: dict[str, str]
    #: Set on the first piece only, so element ids stay unique when a span has to be split.
    anchor: str | None = None
    chip: dict[str, Any] | None = None


def render_article(document: Document | dict[str, Any]) -> str:
    """The article page: text with highlights, speaker chips and side tables.

    Takes a Document or its ``to_dict()`` form (a result file read back as JSON).
    """
    data = document.to_dict() if isinstance(document, Document) else document
    page = article_context(data)
    script = _asset("article.js")
    return environment().get_template("article.html.j2").render(
        **page, style=_asset("page.css"), script=script, csp=_csp(script)
    )


def write_article(document: Document, stream: IO[str]) -> None:
    stream.write(render_article(document))


def article_context(data: dict[str, Any]) -> dict[str, Any]:
    """What the article template shows, from ``Document.to_dict()``.

    Read with ``.get`` throughout, so fields other versions add (``speaker.via``,
    ``speaker.antecedent``, entity ``titles`` and ``gender``) show when present and are simply
    absent otherwise.
    """
    text = data.get("text")
    entities = [_entity_row(e) for e in data.get("entities") or []]
    names = {e["id"]: e["name"] for e in entities}
    quotes = [_quote_row(q, names) for q in data.get("quotes") or []]
    claims_by_entity: dict[str, list[str]] = {}
    for quote in quotes:
        if quote["entity"]:
            claims_by_entity.setdefault(quote["entity"], []).append(quote["id"])
    for entity in entities:
        entity["claims"] = claims_by_entity.get(entity["id"], [])
    numbers = [_number_row(i, n) for i, n in enumerate(data.get("numbers") or [])]
    body = Markup()
    skipped = 0
    if isinstance(text, str):
        spans, skipped = _spans(text, entities, quotes, numbers)
        body = Markup("".join(layout(text, spans)))
    groups = [
        ("people", "People", [e for e in entities if e["type"] == "person"]),
        ("organizations", "Organisations", [e for e in entities if e["type"] == "organization"]),
        ("places", "Places", [e for e in entities if e["type"] == "place"]),
        ("other", "Other names",
         [e for e in entities if e["type"] not in ("person", "organization", "place")]),
    ]
    script_data = {
        "entities": {
            e["id"]: {"name": e["name"], "type": e["type"], "mentions": e["count"],
                      "claims": e["claims"]}
            for e in entities
        },
        "quotes": {q["id"]: _quote_data(q) for q in quotes},
    }
    return {
        "title": data.get("source") or "article",
        "source": data.get("source"),
        "model": data.get("model"),
        "has_text": isinstance(text, str),
        "sections": [s for s in ("entities", "numbers", "quotes") if s in data],
        "body": body,
        "skipped": skipped,
        "groups": groups,
        "numbers": numbers,
        "quotes": quotes,
        "counts": {
            "entities": len(entities), "numbers": len(numbers), "quotes": len(quotes),
        },
        "data": script_data,
    }


def _quote_data(quote: dict[str, Any]) -> dict[str, Any]:
    """What the detail panel shows for a claim; the text is on the page already."""
    keys = ("kind", "speaker", "speaker_type", "words", "via", "via_words")
    data = {key: quote[key] for key in keys}
    data["text"] = _shorten(quote["text"], 240)
    data["cue"] = quote["cue"]["text"] if quote["cue"] else None
    data["antecedent"] = quote["antecedent"]["text"] if quote["antecedent"] else None
    return data


def _entity_row(entity: dict[str, Any]) -> dict[str, Any]:
    mentions = entity.get("mentions") or []
    return {
        "id": str(entity.get("id", "")),
        "type": str(entity.get("type", "other")),
        "label": str(entity.get("label", "")),
        "name": str(entity.get("name", "")),
        "aliases": [str(a) for a in entity.get("aliases") or []],
        "titles": _titles(entity.get("titles")),
        "gender": entity.get("gender") if isinstance(entity.get("gender"), str) else None,
        "count": len(mentions) or int(entity.get("count") or 0),
        "mentions": mentions,
    }


def _titles(value: Any) -> list[str]:
    """Titles as strings, whether given as strings or as spans with ``text``."""
    if not isinstance(value, list):
        return []
    titles = []
    for item in value:
        title = item.get("text") or item.get("title") if isinstance(item, dict) else item
        if isinstance(title, str) and title and title not in titles:
            titles.append(title)
    return titles


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _span_of(value: Any) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        return None
    start, end = value.get("start"), value.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    return {"start": start, "end": end, "text": str(value.get("text", ""))}


def _quote_row(quote: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    speaker = quote.get("speaker") if isinstance(quote.get("speaker"), dict) else {}
    entity = speaker.get("entity")
    name = speaker.get("name") or (names.get(entity) if entity else None)
    words = str(speaker.get("text") or "")
    kind = str(speaker.get("type") or "unknown") if speaker else "none"
    via = speaker.get("via") if isinstance(speaker.get("via"), str) else None
    inferred = via is None and bool(speaker)
    if inferred:
        via = _inferred_via(name, words, kind, quote.get("cue"))
    return {
        "id": str(quote.get("id", "")),
        "kind": str(quote.get("kind", "")),
        "start": quote.get("start"),
        "end": quote.get("end"),
        "text": str(quote.get("text", "")),
        "speaker": name or "",
        "entity": entity or "",
        "speaker_type": kind,
        "words": words,
        "speaker_span": _span_of(speaker) if speaker else None,
        "via": via,
        "via_words": VIA_WORDS.get(via or "", via or "")
        + (" (inferred from the words: these results do not record it)" if inferred else ""),
        "antecedent": _span_of(speaker.get("antecedent")),
        "cue": _span_of(quote.get("cue")),
        "chip": _chip_text(name, words, kind),
    }


_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "him", "her", "them"])


def _inferred_via(name: str | None, words: str, kind: str, cue: Any) -> str | None:
    """For results without ``speaker.via``: how the speaker was found, as far as the words show."""
    if kind == "anonymous":
        return "anonymous"
    if not name:
        return None
    if not cue:
        return "continuation"
    if name in words:
        return "named"
    if words.lower() in _PRONOUNS:
        return "pronoun"
    if kind == "person" and words and words[0].isupper() and words in name:
        return "named"
    return "nominal" if kind == "person" else "organization"


def _chip_text(name: str | None, words: str, kind: str) -> str:
    """"he → Vladimir Putin": the words at the cue, then whom they were resolved to; just the
    name when the words already hold it ("the chief negotiator, Lucía Arboleda")."""
    short = _shorten(words, 40)
    if name and words and name not in words:
        return f"{short} → {name}"
    if name:
        return name
    if kind == "anonymous":
        return f"anonymous: {short}" if words else "anonymous"
    if words:
        return f"{short} (unresolved)"
    return "speaker unknown"


def _number_row(index: int, number: dict[str, Any]) -> dict[str, Any]:
    value = number.get("value")
    shown = "" if value is None else str(value)
    top = number.get("max")
    if top is not None and shown:
        shown = f"{shown}–{top}"
    unit = number.get("unit") or ""
    notes = []
    if number.get("approximate"):
        notes.append("approximate")
    if number.get("bound"):
        notes.append(str(number["bound"]).replace("_", " "))
    if number.get("counted"):
        notes.append(f"counting {number['counted']}")
    hover = " ".join(part for part in (shown or "no value", unit) if part)
    if notes:
        hover += f" ({', '.join(notes)})"
    return {
        "index": index,
        "start": number.get("start"),
        "end": number.get("end"),
        "text": str(number.get("text", "")),
        "kind": str(number.get("kind", "")),
        "value": "" if value is None else str(value),
        "shown": shown,
        "unit": unit,
        "notes": ", ".join(notes),
        "hover": f"{number.get('kind', 'number')}: {hover}",
    }


def _fits(text: str, start: Any, end: Any) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)


def _spans(
    text: str,
    entities: list[dict[str, Any]],
    quotes: list[dict[str, Any]],
    numbers: list[dict[str, Any]],
) -> tuple[list[_Span], int]:
    """Every highlight as a span of the text; spans whose offsets do not fit are counted, not
    drawn (a result file edited by hand must not break the page)."""
    spans: list[_Span] = []
    skipped = 0
    for quote in quotes:
        if not _fits(text, quote["start"], quote["end"]):
            skipped += 1
            continue
        attrs = {
            "class": f"claim kind-{quote['kind']}",
            "data-quote-id": quote["id"],
            "data-speaker": quote["speaker"],
            "data-speaker-entity": quote["entity"],
            "data-speaker-type": quote["speaker_type"],
            "data-kind": quote["kind"],
        }
        spans.append(_Span(quote["start"], quote["end"], _CLAIM, "mark", attrs,
                           anchor=f"q-{quote['id']}"))
        at = quote["start"]
        if at > 0 and text[at - 1] in _OPENING_MARKS:
            at -= 1  # before the opening quotation mark, not between it and the words
        spans.append(_Span(at, at, _CLAIM, "", {}, chip=quote))
    for role, order, key in (("speaker", _SPEAKER, "speaker_span"), ("cue", _CUE, "cue"),
                             ("antecedent", _SPEAKER, "antecedent")):
        owners: dict[tuple[int, int], list[str]] = {}
        for quote in quotes:
            span = quote[key]
            if span and _fits(text, span["start"], span["end"]):
                owners.setdefault((span["start"], span["end"]), []).append(quote["id"])
        for (start, end), ids in owners.items():
            attrs = {"class": role, f"data-{role}-for": " ".join(ids)}
            spans.append(_Span(start, end, order, "span", attrs))
    for entity in entities:
        label = TYPE_LABELS.get(entity["type"], entity["label"] or "OTHER")
        type_class = entity["type"] if entity["type"] in TYPE_LABELS else "other"
        for index, mention in enumerate(entity["mentions"]):
            start, end = mention.get("start"), mention.get("end")
            if not _fits(text, start, end):
                skipped += 1
                continue
            attrs = {
                "class": f"ent t-{type_class}",
                "data-entity-id": entity["id"],
                "data-type": entity["type"],
                "data-label": label,
                "title": f"{entity['name']} ({entity['type']})",
            }
            spans.append(_Span(start, end, _MENTION, "span", attrs,
                               anchor=f"m-{entity['id']}-{index}"))
    for number in numbers:
        if not _fits(text, number["start"], number["end"]):
            skipped += 1
            continue
        attrs = {
            "class": f"num k-{number['kind']}",
            "data-value": number["value"],
            "data-unit": number["unit"],
            "data-kind": number["kind"],
            "title": number["hover"],
        }
        spans.append(_Span(number["start"], number["end"], _NUMBER, "span", attrs,
                           anchor=f"n-{number['index']}"))
    return spans, skipped


def layout(text: str, spans: list[_Span]) -> Iterator[str]:
    """The text as HTML, with properly nested tags from spans that may overlap.

    Chips (spans of length zero) come first at their position. Spans starting together nest
    longest outermost (claims before mentions before numbers on a tie). A span that crosses the
    end of one opened inside it is closed and reopened around that end, so the markup always
    nests; only a span's first piece carries its ``id``, the others ``data-part-of`` that id.
    Built here rather than in a template loop because a 1 MB article has some 100,000 pieces;
    every piece of text and every attribute value goes through markupsafe's ``escape``, as
    autoescape would.
    """
    ordered = sorted(spans, key=lambda s: (s.start, s.chip is None, -s.end, s.order))
    stack: list[_Span] = []
    position = 0
    index = 0
    while index < len(ordered) or stack:
        next_start = ordered[index].start if index < len(ordered) else len(text) + 1
        next_end = min(s.end for s in stack) if stack else len(text) + 1
        if stack and next_end <= next_start:
            if next_end > position:
                yield escape(text[position:next_end])
                position = next_end
            reopen: list[_Span] = []
            while any(s.end <= position for s in stack):
                top = stack.pop()
                yield f"</{top.tag}>"
                if top.end > position:
                    reopen.append(top)
            for span in reversed(reopen):
                yield _open_tag(span.tag, {**span.attrs, "data-part-of": span.anchor or ""})
                stack.append(span)
            continue
        span = ordered[index]
        index += 1
        if span.start > position:
            yield escape(text[position:span.start])
            position = span.start
        if span.chip is not None:  # a point, not a span: nothing to open or close
            yield _chip(span.chip)
            continue
        attrs = {"id": span.anchor, **span.attrs} if span.anchor else span.attrs
        yield _open_tag(span.tag, attrs)
        stack.append(span)
    if position < len(text):
        yield escape(text[position:])


def _open_tag(tag: str, attrs: dict[str, str]) -> str:
    return f"<{tag}" + "".join(f' {key}="{escape(value)}"' for key, value in attrs.items()) + ">"


def _chip(quote: dict[str, Any]) -> str:
    """The speaker chip before a claim; its tooltip says how the speaker was resolved."""
    title = f"{quote['id']}: {quote['kind']} claim"
    if quote["via"]:
        title += f"; speaker {quote['via_words']}"
    if quote["antecedent"]:
        title += f" (“{quote['antecedent']['text']}”)"
    via = f" <small>· {escape(quote['via'])}</small>" if quote["via"] else ""
    return (
        f'<span class="chip s-{escape(quote["speaker_type"])}" '
        f'data-chip-for="{escape(quote["id"])}" title="{escape(title)}">'
        f"{escape(quote['chip'])}{via}</span>"
    )


# A batch: one page per input and an index ---------------------------------------------------


class HtmlDirectoryOutput:
    """``<name>.html`` per input under ``root`` (mirroring the input tree), plus ``index.html``.

    Pages are written atomically, so one that exists is complete and resuming skips it. The
    index lists every page of every run: each run records its pages in ``.index.json`` beside
    them, which the index is rebuilt from when the batch closes.
    """

    INDEX = "index.html"
    RECORDS = ".index.json"

    def __init__(self, root: str | Path, *, overwrite: bool = False) -> None:
        from ..errors import OutputError

        self.root = Path(root)
        self.overwrite = overwrite
        if self.root.exists() and not self.root.is_dir():
            raise OutputError(f"{self.root}: exists and is not a folder")
        self.records = self._load_records()

    def path_for(self, item: InputFile) -> Path:
        return self.root / f"{item.name}.html"

    def has(self, item: InputFile) -> bool:
        return not self.overwrite and self.path_for(item).is_file()

    def write(self, item: InputFile, document: Document) -> None:
        from ..batch import write_atomically

        write_atomically(self.path_for(item), lambda stream: write_article(document, stream))
        self.records[f"{item.name}.html"] = page_record(document, f"{item.name}.html")

    def write_failure(self, outcome: Outcome) -> None:
        """An input that failed is listed in the index with its reason (until a rerun works)."""
        item = outcome.input
        self.records[f"{item.name}.html"] = {
            "href": None, "source": item.path, "error": outcome.error or "failed",
        }

    def close(self) -> None:
        import json

        from ..batch import write_atomically

        if not self.records:
            return
        write_atomically(
            self.root / self.RECORDS,
            lambda stream: stream.write(json.dumps(self.records, ensure_ascii=False)),
        )
        pages = [self.records[name] for name in sorted(self.records)]
        write_atomically(self.root / self.INDEX, lambda stream: stream.write(render_index(pages)))

    def _load_records(self) -> dict[str, dict[str, Any]]:
        import json

        try:
            records = json.loads((self.root / self.RECORDS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(records, dict):
            return {}
        return {
            name: record for name, record in records.items()
            if isinstance(record, dict) and (record.get("error") or (self.root / name).is_file())
        }


def page_record(document: Document, href: str) -> dict[str, Any]:
    """What the index shows for one page."""
    from collections import Counter

    speakers = Counter(q.speaker.name for q in document.quotes if q.speaker and q.speaker.name)
    return {
        "href": href,
        "source": document.source or href,
        "error": None,
        "entities": len(document.entities),
        "people": sum(1 for e in document.entities if e.type == "person"),
        "numbers": len(document.numbers),
        "quotes": len(document.quotes),
        "speakers": [name for name, _ in speakers.most_common(3)],
    }


def render_index(pages: Iterable[dict[str, Any]]) -> str:
    rows = list(pages)
    return environment().get_template("index.html.j2").render(
        pages=rows, style=_asset("page.css"), csp=_csp(""),
        href=lambda value: _relative_href(str(value)),
    )


def _relative_href(path: str) -> str:
    """A relative link that stays a link to a file, whatever characters the name holds."""
    from urllib.parse import quote

    return quote(path.replace(os.sep, "/"), safe="/")


# The corpus report --------------------------------------------------------------------------


def render_report(report: CorpusReport, *, title: str = "Corpus report") -> str:
    """The corpus page from a :class:`~extractor.report.CorpusReport`, with SVG bar charts."""
    summary = report.summary()
    charts = {
        "speakers": bar_chart([(s["name"], s["claims"]) for s in summary["top_speakers"]],
                              label="claims per speaker"),
        "kinds": bar_chart(summary["kinds"], label="claims by kind"),
        "types": bar_chart(summary["speaker_types"], label="claims by speaker type"),
        "via": bar_chart(summary["via"], label="claims by how the speaker was resolved"),
        "organizations": bar_chart([row[:2] for row in summary["organizations"]],
                                   label="organisations by documents mentioning them"),
        "places": bar_chart([row[:2] for row in summary["places"]],
                            label="places by documents mentioning them"),
    }
    return environment().get_template("report.html.j2").render(
        report=summary, charts=charts, title=title, style=_asset("page.css"), csp=_csp(""),
    )


def bar_chart(rows: list[tuple[str, int]], *, label: str, width: int = 420) -> dict[str, Any]:
    """Geometry for a horizontal SVG bar chart (no charting library, no script)."""
    biggest = max((count for _, count in rows), default=0) or 1
    bar_height, gap, label_width = 18, 6, 170
    bars = []
    for index, (name, count) in enumerate(rows):
        length = round((width - label_width - 60) * count / biggest)
        bars.append({
            "name": name if len(name) <= 24 else name[:23] + "…",
            "full": name,
            "count": count,
            "y": index * (bar_height + gap),
            "length": max(length, 1 if count else 0),
        })
    return {
        "label": label,
        "width": width,
        "height": max(len(rows) * (bar_height + gap) - gap, 1),
        "bar_height": bar_height,
        "label_width": label_width,
        "bars": bars,
    }
