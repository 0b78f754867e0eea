"""Who "I" is in a signed text: a letter to the editor or an opinion piece.

A reader of a letters page takes "I" in each letter to be the person who signed it, on the
line after the letter; a reader of an opinion piece takes it to be the person the closing
biography names ("Dana Reyes is a nurse in Tulsa."). Outside such texts "I" is a narrator the
text does not name, and stays unnamed.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span

from .context import DocContext

#: A signature is a name alone on its line: a few words, nothing else.
_SIGNATURE_MAX_WORDS = 5
#: The closing biography of an opinion piece is short: "X is a professor at Y."
_BIOGRAPHY_MAX_TOKENS = 60
#: The biography is one of the last few paragraphs.
_BIOGRAPHY_LAST_PARAGRAPHS = 2


@dataclass(frozen=True, slots=True)
class Writer:
    """The person behind "I": their entity (when the text tagged one) and the words that
    name them, which are what a reader checks."""

    entity: str | None
    mention: Span


class Writers:
    """The signed parts of one document: each letter's signer, else the piece's author."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self._signatures: list[tuple[int, Writer]] = []  # (paragraph, signer), in order
        for paragraph, span in _paragraph_spans(ctx):
            writer = self._signature(span)
            if writer is not None:
                self._signatures.append((paragraph, writer))
        self._author = None if self._signatures else self._biography()

    def writer_at(self, token_index: int) -> Writer | None:
        """The signer of the letter holding this token, else the author of the piece."""
        paragraph = self.ctx.paragraph_of(token_index)
        at = bisect.bisect_right([p for p, _ in self._signatures], paragraph)
        if at < len(self._signatures):
            return self._signatures[at][1]
        return self._author

    def _signature(self, span: Span) -> Writer | None:
        """"Jo Banner." alone on a line: a person's name and at most a closing stop."""
        words = [t for t in span if not (t.is_punct or t.is_space)]
        if not 2 <= len(words) <= _SIGNATURE_MAX_WORDS:
            return None
        if any(t.text not in (".", ",") for t in span if t.is_punct):
            return None
        if not all(t.is_title or (t.text.isupper() and len(t.text) == 1) for t in words):
            return None
        entities = {self.ctx.token_entity[t.i] for t in words}
        entity = entities.pop() if len(entities) == 1 else None
        if entity is None or self.ctx.entity_type(entity) != "person":
            return None
        return Writer(entity, span.doc[words[0].i : words[-1].i + 1])

    def _biography(self) -> Writer | None:
        """"Dana Reyes is a nurse in Tulsa." in the closing paragraphs: the author."""
        spans = list(_paragraph_spans(self.ctx))[-_BIOGRAPHY_LAST_PARAGRAPHS:]
        for _paragraph, span in reversed(spans):
            words = [t for t in span if not t.is_space]
            if not words:
                continue
            entity = self.ctx.token_entity[words[0].i]
            if entity is None or self.ctx.entity_type(entity) != "person":
                continue
            end = words[0].i
            while end < span.end and self.ctx.token_entity[end] == entity:
                end += 1
            if _describes(span, end):
                return Writer(entity, span.doc[words[0].i : end])
        return None


def _describes(paragraph: Span, at: int) -> bool:
    """"… is a nurse in Tulsa." or "… is president of …": the name is described, in a short
    paragraph of plain prose (a quotation or "was asked" is reporting, not a biography)."""
    doc = paragraph.doc
    if len(paragraph) > _BIOGRAPHY_MAX_TOKENS or any(t.is_quote for t in paragraph):
        return False
    if at + 1 >= paragraph.end or doc[at].lower_ != "is":
        return False
    following = doc[at + 1]
    return following.pos_ in ("DET", "NOUN", "PROPN", "ADJ") and following.dep_ != "auxpass"


def _paragraph_spans(ctx: DocContext) -> Iterator[tuple[int, Span]]:
    starts = ctx.paragraph_starts
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(ctx.doc)
        if end > start:
            yield index, ctx.doc[start:end]
