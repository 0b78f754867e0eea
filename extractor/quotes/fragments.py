"""Quoted fragments inside what someone does: "bragged of her readiness to pay “any price at
all”" is the subject's mixed claim, whatever the verb; quoted names are not."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lemmas import lemma_of
from .clauses import coordinated_end, last_word, subject_of, trimmed
from .contents import is_subordinate
from .context import DocContext

#: Verbs whose quoted objects are not anybody's words: "is", "has".
_NOT_SAYING = frozenset({"be", "have"})
#: How a quoted fragment may hang under the verb whose subject owns it.
_FRAGMENT_DEPS = frozenset({
    "dobj", "xcomp", "ccomp", "prep", "pobj", "attr", "oprd", "pcomp", "acomp",
})


def fragment_claim(quoted: Span, ctx: DocContext) -> tuple[Token, Span] | None:
    """The verb whose subject uses a quoted fragment, and the stretch it governs: "bragged
    of her readiness to pay “any price at all”" → (bragged, "her readiness …")."""
    doc = quoted.doc
    if _epithet(quoted):
        return None
    inside = range(quoted.start, quoted.end)
    # the marks may hang on the verb outside: the words say what the fragment is
    top = next((t for t in quoted if t.head.i not in inside and not t.is_punct), None)
    if top is None:
        return None
    child, verb = top, top.head
    while True:
        if verb.pos_ in ("VERB", "AUX") and verb.i < quoted.start:
            subject = subject_of(verb, ctx)
            if subject is not None:
                break
        if verb.head.i == verb.i or (verb.i > quoted.start and verb.pos_ in ("VERB", "AUX")):
            return None
        child, verb = verb, verb.head
    reporting = _reporting_verb(child, verb, ctx)
    if reporting is not None:
        child, verb = reporting
    elif (child.dep_ not in _FRAGMENT_DEPS and not _quoted_purpose(child, quoted)) or (
        subject.i > verb.i
    ):
        return None
    if lemma_of(verb).lower() in _NOT_SAYING or ctx.token_passage[verb.i] is not None:
        return None
    stretch = doc[verb.i + 1 : coordinated_end(verb, max(last_word(child), quoted.end - 1)) + 1]
    if any("\n" in t.text for t in stretch):
        return None
    found = trimmed(doc, stretch.start, stretch.end)
    if found is None or _label(quoted, found):
        return None
    return verb, found


def _quoted_purpose(child: Token, quoted: Span) -> bool:
    """"would not comment on the order signed by the governor “to protect privacy”": an
    infinitive the parser hung on the verb as a purpose, opened by the quotation itself,
    is what the verb's object is said to do, in the words of the verb's subject."""
    return child.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i == quoted.start + 1 for c in child.children
    )


def _reporting_verb(child: Token, verb: Token, ctx: DocContext) -> tuple[Token, Token] | None:
    """"sniped that the new chief was “learning on the job”", "confided that they panicked
    because they were “the first family to move in”": the clause holding the fragment is
    what the subject of a verb above it reported (through "that"-clauses and the "because" or
    "if" clauses inside them), so that subject owns the words and the whole clause is the
    claim. None when no such verb stands above."""
    found = None
    while (
        (verb.dep_ == "ccomp" or is_subordinate(verb))
        and verb.head.i < verb.i
        and verb.head.pos_ in ("VERB", "AUX")
        and ctx.token_passage[verb.head.i] is None
    ):
        child, verb = verb, verb.head
        subject = subject_of(verb, ctx)
        if child.dep_ == "ccomp" and subject is not None and subject.i < verb.i:
            found = (child, verb)
    return found


#: A single quoted word in a stretch this short is a label or scare quote: "referred to
#: “ISIS”", "registered as “undeclared”".
_LABEL_STRETCH_WORDS = 3


def _label(quoted: Span, found: Span) -> bool:
    """One quoted word with little around it names or scare-quotes; it reports nobody's words."""
    inside = [t for t in quoted if t.is_alpha or t.like_num]
    words = [t for t in found if t.is_alpha or t.like_num]
    return len(inside) == 1 and len(words) <= _LABEL_STRETCH_WORDS


#: Short words a title may leave in lower case between capitalised words: "This Week with
#: Ana Lima" (but "“I'm with her”" is words).
_TITLE_SMALL_WORDS = frozenset({"with", "from", "into", "over", "than", "upon", "about"})
#: Quoted names and epithets this short are labels, not anybody's words: "the Maures monster".
_EPITHET_WORDS = 4


def _epithet(quoted: Span) -> bool:
    """A quoted name ("Green Ribbon", "Jornal da Bola") or a short "the …" epithet."""
    words = [t for t in quoted if t.is_alpha]
    if not words:
        return True
    capitals = sum(t.text[:1].isupper() for t in words)
    if len(words) > 1 and all(
        t.text[:1].isupper()
        or (t.is_lower and (len(t) <= 3 or (t.lower_ in _TITLE_SMALL_WORDS and capitals > 1)))
        for t in words
    ):
        return True
    return words[0].lower_ in ("the", "a", "an") and len(words) <= _EPITHET_WORDS
