"""The cue that attributes a quotation: the reporting verb beside the quote marks, in the
same sentence."""

from __future__ import annotations

from spacy.tokens import Token

from ..lemmas import lemma_of
from .clauses import SENTENCE_END, ends_sentence
from .context import DocContext
from .cues import asked_alone, is_cue
from .speaker_heads import speaker_head

#: How far from a quotation a cue may stand, in tokens.
CUE_AFTER_WINDOW = 25
CUE_BEFORE_WINDOW = 25


#: Verbs that say something only beside a quotation: "“…,” he continued", "she went on:",
#: "Lee cracked, “…”", "he shot back". Elsewhere "prices continued to rise", "went on a trip"
#: and "cracked down" report nothing. The value is the particle the verb needs, if any.
_BESIDE_QUOTES = {
    "continue": None, "go": "on", "crack": None, "shoot": "back", "fire": "back", "snap": None,
    "bark": None, "boom": None, "blare": None, "cry": None, "gush": None, "tease": None,
    "taunt": None, "marvel": None,
}


def _speaks_beside_quotes(token: Token, ctx: DocContext) -> bool:
    """A verb of _BESIDE_QUOTES with its particle and nothing it governs after it but the
    quotation."""
    lemma = lemma_of(token).lower()
    if token.pos_ != "VERB" or lemma not in _BESIDE_QUOTES:
        return False
    particles = {
        c.lower_ for c in token.children
        if c.dep_ in ("prt", "advmod") and c.i > token.i and c.lower_ in ("on", "back", "down")
    }
    needed = _BESIDE_QUOTES[lemma]
    if (needed is not None and needed not in particles) or (needed is None and particles):
        return False  # "cracked down", "went on a trip"
    return not any(
        c.dep_ in ("xcomp", "dobj", "prep", "ccomp") and c.i > token.i
        and ctx.token_passage[c.i] is None
        for c in token.children
    )


#: Quoted names inside a speaker phrase are this short: "Maria “Mia” Cole".
_QUOTED_NAME_WORDS = 2


def _quoted_name(ctx: DocContext, index: int) -> bool:
    """A quoted nickname or title of a word or two, capitalised and not set off by a mark."""
    passage = ctx.passages[index]
    content = ctx.text[passage.start : passage.end]
    words = content.split()
    return (
        0 < len(words) <= _QUOTED_NAME_WORDS
        and all(w[:1].isupper() for w in words)
        and content.rstrip()[-1:].isalnum()
        and ctx.text[passage.end : passage.close_mark + 1].strip()[1:] == ""
    )


#: Cues whose object is who is spoken to, not what is said: "“… who knows?” Lund told
#: reporters" attributes the question.
_ADDRESSING_CUES = frozenset({"tell", "ask", "assure", "remind", "inform", "urge", "warn"})


def _quotes_cue(token: Token, ctx: DocContext) -> bool:
    """A cue that can attribute a quotation beside it. A bare "asked" cannot: in "“Not yet,”
    Lee said when asked about it" the question is put to the one quoted."""
    if lemma_of(token).lower() == "ask" and asked_alone(token):
        return False
    return is_cue(token) or _speaks_beside_quotes(token, ctx)


def cue_near_passage(first: int, last: int, ctx: DocContext) -> Token | None:
    """A cue outside quotes in the same sentence: after the closing mark first, then before."""
    doc = ctx.doc
    i = last + 1
    closed = ends_sentence(doc, last)
    while i < min(len(doc), last + 1 + CUE_AFTER_WINDOW):
        token = doc[i]
        if ctx.token_passage[i] is not None and _quoted_name(ctx, ctx.token_passage[i]):
            i += 1  # "“…!” his niece, Maria “Mia” Cole, shouted": a nickname in the speaker
            continue
        if ctx.token_passage[i] is not None or "\n" in token.text:
            break
        if _quotes_cue(token, ctx):
            said = ("ccomp", "xcomp") if lemma_of(token).lower() in _ADDRESSING_CUES else (
                "ccomp", "xcomp", "dobj")
            if closed and any(c.dep_ in said and c.i > token.i for c in token.children):
                break  # “… smart.” Trump was forced to defend …: a new sentence with its own say
            return token
        if token.text in SENTENCE_END:
            break
        i += 1
    i = first - 1
    fallback = None
    while i >= max(0, first - CUE_BEFORE_WINDOW):
        token = doc[i]
        if ctx.token_passage[i] is not None or "\n" in token.text or token.text in SENTENCE_END:
            break
        if _quotes_cue(token, ctx):
            if speaker_head(token, ctx) is not None:
                return token
            # "told the paper in a written statement, “…”": a cue word nobody speaks through
            # hides the verb before it that names the speaker
            fallback = fallback or token
        i -= 1
    return fallback
