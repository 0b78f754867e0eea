"""Reporting cues and the phrases they govern: who speaks, and what they are reported to say."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lemmas import lemma_of
from .context import DocContext
from .lexicons import cue_verbs

SUBJECTS = ("nsubj", "nsubjpass")
_SENTENCE_END = frozenset({".", "!", "?"})
#: Verbs whose infinitive complement is reported content: "told him not to go".
_INFINITIVE_CUES = frozenset({"tell", "warn", "urge", "ask", "promise", "pledge", "vow"})
#: How far from a quotation a cue may stand, in tokens.
CUE_AFTER_WINDOW = 12
CUE_BEFORE_WINDOW = 25


def is_cue(token: Token) -> bool:
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return True
    if token.pos_ not in ("VERB", "AUX") or lemma_of(token).lower() not in cue_verbs():
        return False
    deps = {c.dep_ for c in token.children}
    if lemma_of(token).lower() == "add" and "dobj" in deps:
        return False  # "added 3,000 jobs"
    # "is expected to", "was told that": a passive reports nobody unless it names an agent.
    return not ("auxpass" in deps and "agent" not in deps)


def cue_span(token: Token) -> Span:
    """The cue as shown to users: "said", "according to", "said in a statement"."""
    doc = token.doc
    if token.lower_ == "according":
        return doc[token.i : token.i + 2]
    return doc[token.i : token.i + 1]


def speaker_head(cue: Token, ctx: DocContext) -> Token | None:
    """The head word of who speaks through this cue, or None."""
    if cue.lower_ == "according":
        for to in cue.children:
            if to.lower_ == "to":
                objects = [c for c in to.children if c.dep_ == "pobj"]
                return objects[0] if objects else None
        return None
    subjects = sorted(
        (c for c in cue.children if c.dep_ in SUBJECTS and ctx.token_passage[c.i] is None),
        key=lambda c: abs(c.i - cue.i),
    )
    agents = [
        pobj
        for c in cue.children
        if c.dep_ == "agent"
        for pobj in c.children
        if pobj.dep_ == "pobj"
    ]
    if agents:
        return agents[0]
    for subject in subjects:
        if subject.lower_ == "it" and cue.tag_ == "VBN":
            continue
        if subject.tag_ in ("WP", "WDT") and cue.dep_ == "relcl":
            return cue.head
        return subject
    if (
        cue.dep_ in ("conj", "xcomp", "advcl")
        and cue.head.pos_ in ("VERB", "AUX")
        and (cue.dep_ != "advcl" or cue.tag_ == "VBG")
    ):
        # "X unveiled the plan, promising that …": the participle's speaker is the clause's;
        # "X said A, adding: …" climbs past A to the cue that governs it.
        for ancestor in cue.ancestors:
            if is_cue(ancestor) and ancestor.sent == cue.sent:
                return speaker_head(ancestor, ctx)
        return _subject_of(cue.head, ctx)
    if cue.tag_ == "VBG":
        return None
    return _inverted_subject(cue, ctx)


def _subject_of(verb: Token, ctx: DocContext) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and ctx.token_passage[c.i] is None]
    return min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None


def _inverted_subject(cue: Token, ctx: DocContext) -> Token | None:
    """"…,” said a spokesman: the parser may not call the speaker a subject."""
    doc = cue.doc
    for token in doc[cue.i + 1 : min(len(doc), cue.i + 6)]:
        if ctx.token_passage[token.i] is not None or token.text in _SENTENCE_END:
            return None
        if token.pos_ in ("PROPN", "NOUN", "PRON") and token.dep_ not in ("pobj", "compound"):
            head = token
            while head.dep_ in ("compound", "amod", "det") and head.head.i > head.i:
                head = head.head
            return head
    return None


def contents_of(cue: Token, ctx: DocContext) -> list[Span]:
    """The reported clauses a cue governs: "said (that) <content>", "<content>, he said".

    "said that A, and that B" gives two claims, as a reader would count them.
    """
    doc = cue.doc
    if cue.lower_ == "according":
        found = _around_according(cue)
        return [found] if found is not None else []
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    if not clauses and lemma_of(cue).lower() in _INFINITIVE_CUES:
        clauses = [c for c in cue.children if c.dep_ == "xcomp"]
    if not clauses:
        # "said in a statement that …": the parser hangs the clause on the noun.
        clauses = [
            clause
            for prep in cue.children
            if prep.dep_ == "prep"
            for noun in prep.children
            if noun.dep_ == "pobj"
            for clause in noun.children
            if clause.dep_ in ("acl", "ccomp")
            and _opens_with_that(clause)
        ]
    if clauses:
        after = [c for c in clauses if c.i > cue.i]
        clause = after[0] if after else clauses[-1]
        return _split_coordinated(clause, cue, _stranded_subject(cue, clause))
    if cue.dep_ in ("parataxis", "ccomp", "conj") and cue.head.i < cue.i:
        # "Prices will rise, the governor said on Tuesday." parsed with "said" under "rise".
        subject = speaker_head(cue, ctx)
        first = min([cue.i, *([subject.left_edge.i] if subject is not None else [])])
        rest = doc[cue.i + 1 : cue.sent.end]
        if first > 0 and doc[first - 1].text == "," and not any(
            t.pos_ in ("VERB", "AUX") for t in rest
        ):
            found = _trimmed(doc, cue.sent.start, first)
            return [found] if found is not None else []
    return []


def _opens_with_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _stranded_subject(cue: Token, clause: Token) -> Token | None:
    """"said a mission of 120 observers would begin …": the parser may make the clause's
    subject the object of "said", leaving the clause without one."""
    if any(c.dep_ in (*SUBJECTS, "expl", "csubj") for c in clause.children):
        return None
    objects = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.i]
    return objects[0] if objects else None


def _split_coordinated(clause: Token, cue: Token, subject: Token | None = None) -> list[Span]:
    """Cut a clause at coordinated "and that …" clauses and at a nested cue ("adding: …")."""
    doc = clause.doc
    cuts = [
        conj
        for conj in clause.children
        if conj.dep_ == "conj"
        and _opens_with_that(conj)
    ]
    end = clause.right_edge.i + 1
    for token in doc[clause.i + 1 : end]:
        if token is not cue and is_cue(token) and token.dep_ in ("advcl", "conj"):
            end = token.left_edge.i
            break
    pieces = []
    start = subject.left_edge.i if subject is not None else clause.left_edge.i
    for conj in cuts:
        piece_end = conj.left_edge.i
        while piece_end > start and doc[piece_end - 1].dep_ in ("cc", "punct"):
            piece_end -= 1
        pieces.append((start, min(piece_end, end)))
        start = conj.left_edge.i
    pieces.append((start, end))
    found = [_trimmed(doc, a, b) for a, b in pieces if b > a]
    return [span for span in found if span is not None]


def _around_according(cue: Token) -> Span | None:
    """"According to X, <claim>." or "<claim>, according to X." (the parser often errs here)."""
    doc = cue.doc
    sentence = cue.sent
    if cue.i <= sentence.start + 1:
        for token in doc[cue.i + 2 : sentence.end]:
            if token.text == ",":
                return _trimmed(doc, token.i + 1, sentence.end)
        return None
    return _trimmed(doc, sentence.start, cue.i)


def _trimmed(doc: Doc, start: int, end: int) -> Span | None:
    while start < end and (doc[start].is_punct or doc[start].is_space or (doc[start].lower_ in (
        "that",
    ) and doc[start].dep_ == "mark")):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - start < 3:
        return None
    return doc[start:end]


def cue_near_passage(first: int, last: int, ctx: DocContext) -> Token | None:
    """A cue outside quotes in the same sentence: after the closing mark first, then before."""
    doc = ctx.doc
    i = last + 1
    while i < min(len(doc), last + 1 + CUE_AFTER_WINDOW):
        token = doc[i]
        if ctx.token_passage[i] is not None or "\n" in token.text:
            break
        if is_cue(token):
            return token
        if token.text in _SENTENCE_END:
            break
        i += 1
    i = first - 1
    while i >= max(0, first - CUE_BEFORE_WINDOW):
        token = doc[i]
        if ctx.token_passage[i] is not None or "\n" in token.text or token.text in _SENTENCE_END:
            break
        if is_cue(token):
            return token
        i -= 1
    return None
