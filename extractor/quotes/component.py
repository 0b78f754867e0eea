"""The ``extractor_quotes`` component: quoted passages as Quote results."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..document import Quote
from .marks import find_quoted_passages

Doc.set_extension("ex_quotes", default=None, force=True)


@Language.factory("extractor_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()


class QuoteFinder:
    def __call__(self, doc: Doc) -> Doc:
        quotes: list[Quote] = []
        for passage in find_quoted_passages(doc.text):
            if passage.end <= passage.start:
                continue
            quotes.append(
                Quote(
                    id=f"Q{len(quotes) + 1}",
                    kind="direct",
                    start=passage.start,
                    end=passage.end,
                    text=doc.text[passage.start : passage.end],
                )
            )
        doc._.ex_quotes = quotes
        return doc
