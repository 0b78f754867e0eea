"""The library entry point: an Extractor loads the pipeline once and turns texts into Documents."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from spacy.tokens import Doc

from .document import SECTIONS, Document
from .errors import InputTooLarge
from .pipeline import DEFAULT_MODEL, build_pipeline, model_name

#: Characters spaCy would treat differently from the original but that never start a mention.
#: Replaced one-for-one before parsing, so every offset still points into the original text.
_INVISIBLE = str.maketrans({"\ufeff": " ", "\u200b": " ", "\u00ad": " "})


class Extractor:
    """Holds one loaded pipeline; reuse it for many texts."""

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.nlp = build_pipeline(model)
        self.model = model_name(self.nlp)

    def extract(
        self,
        text: str,
        source: str | None = None,
        *,
        sections: Iterable[str] = SECTIONS,
        include_text: bool = False,
    ) -> Document:
        return self._document(self._parse(text), text, source, tuple(sections), include_text)

    def extract_many(
        self,
        texts: Iterable[tuple[str, str | None]],
        *,
        sections: Iterable[str] = SECTIONS,
        include_text: bool = False,
        batch_size: int = 16,
    ) -> Iterator[Document]:
        """(text, source) pairs in, Documents out, in order, through ``nlp.pipe``."""
        chosen = tuple(sections)
        pairs = ((self._prepared(text), (text, source)) for text, source in texts)
        for doc, (text, source) in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield self._document(doc, text, source, chosen, include_text)

    def _prepared(self, text: str) -> str:
        if len(text) > self.nlp.max_length:
            raise InputTooLarge(
                f"{len(text):,} characters is more than the pipeline's limit of "
                f"{self.nlp.max_length:,}"
            )
        return text.translate(_INVISIBLE)

    def _parse(self, text: str) -> Doc:
        return self.nlp(self._prepared(text))

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
        if doc.text != text:
            # Spans were read off the prepared text; take their text from the original.
            for span in document.spans():
                span.text = text[span.start : span.end]
        return document


@cache
def shared_extractor(model: str = DEFAULT_MODEL) -> Extractor:
    """One Extractor per model and process, so repeated calls never reload the pipeline."""
    return Extractor(model)


def extract(text: str, model: str = DEFAULT_MODEL) -> Document:
    """Extract from one text with a pipeline loaded once per process and model."""
    return shared_extractor(model).extract(text)
