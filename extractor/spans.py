"""Helpers shared by the components for turning spaCy spans into offset-checked results."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .document import Mention


def mention(doc: Doc, start: int, end: int) -> Mention:
    """A Mention over doc.text[start:end]; the text always comes from the doc itself."""
    return Mention(start, end, doc_text(doc)[start:end])


def split_at_line_breaks(span: Span) -> list[Span]:
    """A mention never spans a line break: headline lines must not glue into one entity."""
    pieces: list[Span] = []
    start = span.start
    for token in span:
        if "\n" in token.text or "\n" in token.whitespace_:
            end = token.i if "\n" in token.text else token.i + 1
            if end > start:
                pieces.append(Span(span.doc, start, end, label=span.label))
            start = token.i + 1
    if start < span.end:
        pieces.append(Span(span.doc, start, span.end, label=span.label))
    return [p for p in pieces if p.text.strip()]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token each time it is read.

    Safe because no component of ours changes the tokens.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Hand a Doc the text it was made from, so ``doc_text`` need not rebuild it."""
    doc.user_data[_TEXT_KEY] = text


_TEXT_KEY = ("extractor", "text")
