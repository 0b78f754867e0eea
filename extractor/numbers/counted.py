"""The thing a cardinal counts, read from the dependency parse: "145 drones" -> "drones".

We keep the head noun with the nouns compounded onto it ("world leaders", "water-bombing
aircraft") but drop adjectives ("two earlier bids" -> "bids", "five Central Asian governments"
-> "governments"), and follow "of" ("62 of its aircraft", "half of the evacuees").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_COUNTED_TAGS = ("NNS", "NNPS", "NN", "NNP")


def counted_noun(number: Span) -> Span | None:
    """The noun phrase the number counts, or None when it counts nothing visible (or "them")."""
    doc = number.doc
    last = number[-1]
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if following is not None and following.lower_ == "of":
        objects = [c for c in following.children if c.dep_ == "pobj"]
        if objects and objects[0].pos_ in ("NOUN", "PROPN"):
            return _phrase(objects[0], start_after=following.i)
        return None
    head = _counted_head(number)
    if head is None or head.i <= last.i:
        return None
    return _phrase(head, start_after=last.i)


def _counted_head(number: Span) -> Token | None:
    last = number[-1]
    for token in number:
        head = token.head
        if (
            head.i > last.i
            and head.tag_ in _COUNTED_TAGS
            and head.dep_ != "npadvmod"
            and (head.pos_ == "NOUN" or head.tag_ == "NNPS")
        ):
            return head
    # The parse missed it: the first plural noun after a few adjectives and nouns.
    for token in number.doc[last.i + 1 : last.i + 5]:
        if token.tag_ == "NNS" and token.is_lower:
            return token
        if token.pos_ not in ("ADJ", "NOUN", "PUNCT") or token.text == ",":
            break
    return None


def _phrase(head: Token, start_after: int) -> Span:
    """The head with its compound nouns, and a directly joined "and" noun ("residents and
    holidaymakers")."""
    doc = head.doc
    first = head
    for token in reversed(doc[start_after + 1 : head.i]):
        if not _compounded(token):
            break
        first = token
    while first.text == "-" and first.i < head.i:
        first = doc[first.i + 1]  # "two-bedroom" counts "bedroom"
    end = head.i + 1
    if (
        end + 1 < len(doc)
        and doc[end].lower_ == "and"
        and doc[end + 1].dep_ == "conj"
        and doc[end + 1].head is head
        and doc[end + 1].tag_ == head.tag_
    ):
        end += 2
    return doc[first.i : end]


def _compounded(token: Token) -> bool:
    """A lower-case compound noun, or a piece of a hyphenated word ("water-bombing")."""
    doc = token.doc
    if token.text == "-" and not token.whitespace_:
        return True
    if not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-":
        return True
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.text == "-" and not before.whitespace_:
        return True
    return token.dep_ == "compound" and token.pos_ == "NOUN" and token.is_lower
