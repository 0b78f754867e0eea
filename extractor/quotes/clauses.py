"""Where reported clauses and phrases begin and end, and whose subject a verb has.

Shared by the cue, speaker and content rules: trimming a span to its words, the last word
of a phrase, how far a coordinated list runs.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .context import DocContext

SUBJECTS = ("nsubj", "nsubjpass")
SENTENCE_END = frozenset({".", "!", "?"})


def subject_of(verb: Token, ctx: DocContext) -> Token | None:
    """The verb's subject; a verb coordinated with another ("appeared … and began by saying")
    or its complement ("wants to say") shares the subject of the verb it hangs on."""
    for candidate in (verb, *verb.ancestors):
        subjects = [
            c for c in candidate.children if c.dep_ in SUBJECTS and ctx.token_passage[c.i] is None
        ]
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - candidate.i))
        participle = candidate.tag_ in ("VBG", "VBN") or is_infinitive(candidate)
        if candidate.dep_ not in ("conj", "xcomp", "acomp") and not unlabelled_verb(
            candidate
        ) and not (
            candidate.dep_ == "advcl" and participle
        ):
            return None  # "X hardly clarified it, treating A as B and asserting …" climbs
    return None


def unlabelled_verb(verb: Token) -> bool:
    """"X waved, then leaned in and boomed: …", "Lima, exasperated, responded: …": a verb the
    parser hung without a label on a verb before it, which it goes on from (and whose subject
    it shares)."""
    return verb.dep_ == "dep" and verb.pos_ == "VERB" and (
        verb.head.i < verb.i and verb.head.pos_ == "VERB"
    )


def is_infinitive(verb: Token) -> bool:
    """"tweeted on Friday to say …": an infinitive of purpose shares its clause's subject."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def coordinated_end(cue: Token, last: int) -> int:
    """"called him “reckless” and someone who …", "questioned Lee's “values” and his
    readiness to lead": a noun coordinated with the quoted object, which the parser hung on
    the cue, is claimed with it (and so are words still inside the open quotation)."""
    doc = cue.doc
    for child in (c for c in cue.children if c.i > last):
        between = doc[last + 1 : child.left_edge.i]
        if any(not (t.is_quote or t.dep_ == "cc") for t in between):
            break
        if child.is_quote or child.dep_ == "cc":
            continue
        if child.dep_ == "conj" and _noun_like(child) and any(
            t.dep_ == "cc" for t in between
        ):
            last = child.right_edge.i
        elif child.dep_ == "prep" and not between and _closes_after(child):
            last = child.right_edge.i  # "“the worst pick in a generation”"
        else:
            break
    return last


def _noun_like(token: Token) -> bool:
    """A noun or an indefinite pronoun ("someone"), not a personal one."""
    return token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "PRON" and token.tag_ == "NN")


def _closes_after(phrase: Token) -> bool:
    """The phrase ends right before a closing quotation mark."""
    doc = phrase.doc
    after = phrase.right_edge.i + 1
    return after < len(doc) and doc[after].is_quote and not any(
        t.is_quote for t in doc[phrase.i : after]
    )


def opens_with_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def last_word(token: Token) -> int:
    """The last token of a subtree that is not the paragraph break or a mark the parser hung
    at its end."""
    last = token.right_edge.i
    while last > token.i and (token.doc[last].is_space or token.doc[last].is_punct):
        last -= 1
    return last


def listed_complement(sibling: Token, end: int) -> bool:
    """Another item of a listed content that the parser hung on the cue: a clause, or a bare
    verb with no subject or "to" of its own ("…, secure the border and …")."""
    if sibling.i < end:
        return False
    if sibling.dep_ == "ccomp":
        return True
    if sibling.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "because" for c in sibling.children
    ):
        return True  # "wrote that the request was “futile,” because …": the reason is claimed
    return (
        sibling.dep_ == "advcl"
        and sibling.tag_ == "VB"
        and not any(c.dep_ in (*SUBJECTS, "mark", "aux") for c in sibling.children)
        and all(t.is_punct for t in sibling.doc[end : sibling.left_edge.i])
    )


def trimmed_short(doc: Doc, start: int, end: int) -> Span | None:
    """Like ``trimmed`` but a question may be two words ("asked about copies")."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - start < 2 and not (end > start and doc[start].pos_ in ("NOUN", "PROPN")):
        return None  # "asked to approve that": no question left
    return doc[start:end]


def trimmed(doc: Doc, start: int, end: int) -> Span | None:
    while start < end and (doc[start].is_punct or doc[start].is_space or _opening_that(doc[start])):
        start += 1
    limit = end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - start < 3:
        return None
    if sum(t.is_quote for t in doc[start:end]) % 2:
        # keep the closing mark of a quotation the span opens: “rush to judgment,”
        closing = next((t.i for t in doc[end:limit] if t.is_quote), None)
        if closing is not None:
            end = closing + 1
    return doc[start:end]


def _opening_that(token: Token) -> bool:
    """The "that" a reported clause opens with, whether the parser marked it so or took it
    for an adverb of the verb ("that Lind was …"; but "that much" is content)."""
    return token.lower_ == "that" and (
        token.dep_ == "mark" or (token.dep_ == "advmod" and token.head.i > token.i + 1)
    )


def ends_sentence(doc: Doc, last: int) -> bool:
    """The quotation closes on a full stop, question or exclamation mark: “… smart.”"""
    j = last
    while j > 0 and doc[j].is_quote:
        j -= 1
    return doc[j].text in SENTENCE_END


#: A dateline opening a story's first line: "PUNE, March 10, 2026 — ", "WASHINGTON (AP) — ",
#: "SAN JUAN, Puerto Rico -- ": a place in capitals, maybe a region and a date, maybe an
#: agency in brackets, then a dash. It tells where the story was filed; no claim holds it.
_DATELINE = re.compile(
    r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}(?:,[^\n—–()]{1,40}?)?"
    r"(?:\s*\([A-Za-z][\w .&-]{0,30}\))?\s*(?:—|–|--|-)\s+"
)


def after_dateline(text: str, start: int, end: int) -> int:
    """Where a claim that opens a line with a dateline really starts: after the dateline."""
    if start > 0 and text[start - 1] != "\n":
        return start
    found = _DATELINE.match(text, start, end)
    return found.end() if found else start
