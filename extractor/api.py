"""The library entry point: an Extractor loads the pipeline once and turns texts into Documents."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache

from spacy.tokens import Doc

from .document import SECTIONS, Document, Entity, Number, Quote, Speaker
from .entities.people import add_pronoun_evidence, merge_description
from .errors import raise_component_failed
from .numbers.dates import PUBLICATION_DATE, find_dateline
from .pipeline import DEFAULT_MODEL, ENTITY_TYPES, build_pipeline, model_name
from .published import as_publication_date
from .spans import doc_text, remember_text
from .tokenizer import make_doc

#: Characters spaCy would treat differently from the original but that never start a mention,
#: and lone surrogates (from broken JSON escapes), which spaCy cannot store at all.
#: Replaced one-for-one before parsing, so every offset still points into the original text.
_INVISIBLE = str.maketrans(
    {"\ufeff": " ", "\u200b": " ", "\u00ad": " "}
    | {chr(code): "\ufffd" for code in range(0xD800, 0xE000)}
)
_HAS_INVISIBLE = re.compile("[\ufeff\u200b\u00ad\ud800-\udfff]")

#: A run of this many punctuation marks or symbols is a rule or noise, never words, and each
#: mark would cost the models a token: it is thinned to one mark in ``_MARK_STEP`` (the others
#: parsed as spaces, one-for-one like the above), keeping its first and last marks, so a
#: quotation mark next to it still counts and a quote made of it is not blank.
_MARK_RUN = re.compile(r"[^\w\s]{64,}")
_MARK_STEP = 32

#: Texts longer than spaCy's max_length are parsed in paragraph-aligned pieces of at most this
#: many characters; small pieces keep the parser's memory flat whatever the file size.
CHUNK_CHARS = 100_000

#: Where a piece may end, best first: a paragraph, a line, a sentence, a word.
_BREAKS = ("\n\n", "\n", ". ", " ")


class Extractor:
    """Holds one loaded pipeline; reuse it for many texts."""

    def __init__(
        self, model: str = DEFAULT_MODEL, entity_types: Iterable[str] = ENTITY_TYPES
    ) -> None:
        self.nlp = build_pipeline(model, entity_types)
        # A component's exception surfaces as itself (ComponentFailed names it), never as
        # spaCy's misleading "[E109] ... call initialize()?". Only the handler for plain
        # function components (ours): spaCy's Cython pipes cannot take one (set_error_handler
        # raises AttributeError on them) and raise their own exceptions unwrapped anyway.
        self.nlp.default_error_handler = raise_component_failed
        self.model = model_name(self.nlp)

    def extract(
        self,
        text: str,
        source: str | None = None,
        *,
        sections: Iterable[str] = SECTIONS,
        include_text: bool = False,
        date: date | str | None = None,
    ) -> Document:
        """``date``: the publication date relative dates count from (``YYYY-MM-DD``); without
        it, the date the article states in its head, if any."""
        if len(text) > self.nlp.max_length:
            pair = [(text, source, date)]
            return next(self.extract_many(pair, sections=sections, include_text=include_text))
        parsed = self._parse(text, as_publication_date(date))
        return self._document(parsed, text, source, tuple(sections), include_text)

    def extract_many(
        self,
        texts: Iterable[tuple[str, str | None] | tuple[str, str | None, date | str | None]],
        *,
        sections: Iterable[str] = SECTIONS,
        include_text: bool = False,
        batch_size: int = 16,
    ) -> Iterator[Document]:
        """(text, source) pairs in, Documents out, in order, through ``nlp.pipe``.

        A third item in a tuple is the text's publication date (see ``extract``).

        A text longer than the pipeline's ``max_length`` goes through in pieces that end at
        paragraph breaks; its pieces' results are merged back with offsets into the whole text.
        """
        chosen = tuple(sections)
        pieces = self._pieces(texts)
        parts: list[Document] = []
        for doc, (text, source, offset, last) in self.nlp.pipe(
            pieces, as_tuples=True, batch_size=batch_size
        ):
            if offset == 0 and last:
                yield self._document(doc, text, source, chosen, include_text)
                continue
            piece = text[offset : offset + len(doc_text(doc))]
            parts.append(_shifted(self._document(doc, piece, source, chosen, False), offset))
            if last:
                yield _merged(parts, text if include_text else None)
                parts = []

    def _pieces(
        self, texts: Iterable[tuple[str, str | None] | tuple[str, str | None, date | str | None]]
    ) -> Iterator[tuple[Doc, tuple[str, str | None, int, bool]]]:
        limit = min(CHUNK_CHARS, self.nlp.max_length)
        for text, source, *given in texts:
            published = as_publication_date(given[0] if given else None)
            if len(text) <= self.nlp.max_length:
                yield self._prepared(text, published), (text, source, 0, True)
                continue
            # Later pieces lack the article's head: read its date once, for all of them.
            published = published or find_dateline(text)
            spans = split_text(text, limit)
            for index, (start, end) in enumerate(spans):
                last = index == len(spans) - 1
                yield self._prepared(text[start:end], published), (text, source, start, last)

    def _prepared(self, text: str, published: date | None = None) -> Doc:
        """Tokenised here so the components get the text for free (``Doc.text`` is costly)."""
        if _HAS_INVISIBLE.search(text):
            text = text.translate(_INVISIBLE)
        if _MARK_RUN.search(text):
            text = _MARK_RUN.sub(_blanked, text)
        doc = make_doc(self.nlp, text)
        remember_text(doc, text)
        if published is not None:
            doc.user_data[PUBLICATION_DATE] = published
        return doc

    def _parse(self, text: str, published: date | None = None) -> Doc:
        # Through pipe, not nlp(doc): nlp(doc) turns a KeyError into E109 before any handler.
        return next(iter(self.nlp.pipe([self._prepared(text, published)])))

    def _document(
        self, doc: Doc, text: str, source: str | None, sections: tuple[str, ...], include_text: bool
    ) -> Document:
        document = Document(
            source=source,
            model=self.model,
            entities=doc._.ex_entities or [],
            numbers=doc._.ex_numbers or [],
            quotes=doc._.ex_quotes or [],
            text=text if include_text else None,
            sections=tuple(s for s in SECTIONS if s in sections),
        )
        if doc._.ex_published is not None:
            document.published = doc._.ex_published.isoformat()
        add_pronoun_evidence(document.entities, document.quotes)
        if doc_text(doc) != text:
            # Spans were read off the prepared text; take their text from the original.
            for span in document.spans():
                span.text = text[span.start : span.end]
        return document


def _blanked(run: re.Match[str]) -> str:
    marks = run.group()
    last = len(marks) - 1
    return "".join(m if i % _MARK_STEP == 0 or i == last else " " for i, m in enumerate(marks))


def split_text(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) pieces of at most ``limit`` characters that cover ``text`` exactly.

    Each piece ends after a paragraph break when one falls in its second half, else after a line
    break, a sentence end or a space; a text with none of these is cut at the limit.
    """
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        for mark in _BREAKS:
            found = text.rfind(mark, start + limit // 2, end - len(mark) + 1)
            if found != -1:
                end = found + len(mark)
                break
        pieces.append((start, end))
        start = end
    pieces.append((start, len(text)))
    return pieces


def _shifted(document: Document, offset: int) -> Document:
    """Move a piece's offsets so they point into the whole text."""
    moved: set[int] = set()
    for span in document.spans():
        if id(span) not in moved:
            moved.add(id(span))
            span.start += offset
            span.end += offset
    return document


def _merged(parts: list[Document], text: str | None) -> Document:
    """One Document from a long text's pieces: an entity named alike in several pieces becomes
    one entity, and entity and quote ids are numbered again across the whole text."""
    entities: dict[tuple[str, str], Entity] = {}
    numbers: list[Number] = []
    quotes: list[Quote] = []
    for part in parts:
        renamed: dict[str, str] = {}
        for entity in part.entities:
            key = (entity.type, entity.name)
            kept = entities.get(key)
            if kept is None:
                kept = Entity(f"E{len(entities) + 1}", entity.type, entity.label, entity.name)
                entities[key] = kept
            kept.mentions.extend(entity.mentions)
            kept.aliases.extend(a for a in entity.aliases if a not in kept.aliases)
            merge_description(kept, entity)
            renamed[entity.id] = kept.id
        numbers.extend(part.numbers)
        for quote in part.quotes:
            quote.id = f"Q{len(quotes) + 1}"
            speaker: Speaker | None = quote.speaker
            if speaker is not None and speaker.entity is not None:
                speaker.entity = renamed.get(speaker.entity)
            quotes.append(quote)
    first = parts[0]
    return Document(
        source=first.source,
        model=first.model,
        entities=list(entities.values()),
        numbers=numbers,
        quotes=quotes,
        text=text,
        sections=first.sections,
        published=first.published,
    )


@cache
def shared_extractor(
    model: str = DEFAULT_MODEL, entity_types: tuple[str, ...] = ENTITY_TYPES
) -> Extractor:
    """One Extractor per model, types and process, so calls never reload the pipeline."""
    return Extractor(model, entity_types)


def extract(
    text: str,
    source: str | None = None,
    *,
    model: str = DEFAULT_MODEL,
    date: date | str | None = None,
) -> Document:
    """Extract from one text with a pipeline loaded once per process and model.

    ``date`` is the publication date (``YYYY-MM-DD``) that "yesterday" or "on Sunday" count from.
    """
    return shared_extractor(model).extract(text, source, date=date)
