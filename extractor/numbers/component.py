"""The ``extractor_numbers`` component: every number in the article as a Number with a value."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .dates import publication_date
from .finder import find_numbers

Doc.set_extension("ex_numbers", default=None, force=True)
#: The publication date relative dates were resolved against (given, or read from the head).
Doc.set_extension("ex_published", default=None, force=True)


@Language.factory("extractor_numbers")
def make_numbers(nlp: Language, name: str) -> NumberFinder:
    return NumberFinder()


class NumberFinder:
    """Reads numbers, amounts, dates and times; see ``finder`` for why it scans the text itself."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.ex_published = publication_date(doc)
        doc._.ex_numbers = find_numbers(doc)
        return doc
