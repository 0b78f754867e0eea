"""Tokenising the prepared text: spaCy's tokenizer, made safe for pathological input.

spaCy's tokenizer peels prefixes and suffixes off a whitespace-free stretch one at a time, and
each step copies the rest of the stretch: a run of 8,000 quote marks, dashes or brackets takes
it ~25 s (quadratic; 100,000 of them, hours). No word is hundreds of characters long, so a
stretch longer than ``LONG_STRETCH`` is tokenised in pieces of ``PIECE`` characters and the
pieces joined; the Doc's text is unchanged, character for character.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

#: Whitespace-free stretches longer than this are cut (a long URL stays whole below it).
LONG_STRETCH = 256
#: The pieces such a stretch is tokenised in: small enough that peeling each costs nothing.
PIECE = 128

_LONG = re.compile(rf"\S{{{LONG_STRETCH + 1},}}")


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, in linear time whatever the text."""
    if _LONG.search(text) is None:
        return nlp.make_doc(text)
    docs: list[Doc] = []
    start = 0
    for stretch in _LONG.finditer(text):
        if stretch.start() > start:
            docs.append(nlp.make_doc(text[start : stretch.start()]))
        docs.extend(
            nlp.make_doc(text[at : min(at + PIECE, stretch.end())])
            for at in range(stretch.start(), stretch.end(), PIECE)
        )
        start = stretch.end()
    if start < len(text):
        docs.append(nlp.make_doc(text[start:]))
    return Doc.from_docs(docs, ensure_whitespace=False)
