"""A blank line ends a sentence, whatever the parser would have made of it.

The small English parser sometimes runs a sentence on across a paragraph break (a quotation
ending one paragraph and "X said" opening the next become one sentence), and every rule that
reads a sentence then reads two paragraphs as one. Marking the first token after a blank line
as a sentence start before the parser runs makes the parser keep to it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "extractor_paragraphs"


@Language.component(NAME)
def mark_paragraph_starts(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if "\n\n" in token.text_with_ws or (token.is_space and token.text.count("\n") >= 2):
            doc[token.i + 1].is_sent_start = True
            # the closing marks and the break itself stay with the sentence they end, which
            # the parser would otherwise be free to start with them
            end = token.i
            while end > 0 and (doc[end].is_space or doc[end].is_punct):
                doc[end].is_sent_start = False
                end -= 1
    return doc
