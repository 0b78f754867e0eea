"""Block claims: a paragraph that a cue and a colon at the end of the one before introduce.

News sets long statements off as their own paragraph, often without quotation marks:
"The mayor added:" and then a paragraph of what she said. The words are hers though no
clause of the cue governs them, so the cue's own clause reports nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .context import DocContext
from .cues import is_cue
from .speaker_heads import speaker_head


@dataclass(frozen=True, slots=True)
class Block:
    """The paragraph [start, end) in characters, the cue that introduces it, and the indexes
    of the quoted passages inside it."""

    start: int
    end: int
    cue: Token
    passages: tuple[int, ...]


def introduced_blocks(ctx: DocContext, cues_used: set[int]) -> list[Block]:
    """Paragraphs whose previous paragraph ends "X added:", "she wrote in a post:". The cue must
    be the colon sentence's last cue outside quotation marks and report nothing of its own
    (``cues_used`` holds the token indexes of cues that already report a claim)."""
    doc, starts = ctx.doc, ctx.paragraph_starts
    blocks = []
    for number in range(len(starts) - 1):
        colon = _last_word(ctx, starts[number], starts[number + 1])
        if colon is None or doc[colon].text != ":":
            continue
        cue = _cue_before(ctx, doc[colon])
        if cue is None or cue.i in cues_used or doc[colon - 1].lower_ == "that":
            continue  # "The poll also found that:" introduces a list of findings, not one
        if speaker_head(cue, ctx) is None:
            continue  # "Read the updates below:" speaks to the reader
        end_token = starts[number + 2] if number + 2 < len(starts) else len(doc)
        first = _first_word(ctx, starts[number + 1], end_token)
        if first is None or doc[first].is_quote or doc[first].text == "<":
            continue
        last = _block_end(ctx, first, end_token)
        if last is None:
            continue
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        inside = tuple(
            index for index, p in enumerate(ctx.passages) if start <= p.open_mark < end
        )
        blocks.append(Block(start, end, cue, inside))
    return blocks


def _block_end(ctx: DocContext, first: int, end: int) -> int | None:
    """The last word of the block that starts at token ``first``: its lines run to the
    paragraph's end, but a line opening with a quotation or markup starts something else
    (sites that break paragraphs with one line break put the next quotation there)."""
    doc = ctx.doc
    last = None
    for i in range(first, end):
        if not doc[i].is_space:
            last = i
        if "\n" in doc[i].text_with_ws:
            following = _first_word(ctx, i + 1, end)
            if following is None or doc[following].is_quote or doc[following].text == "<":
                break
    return last


def _cue_before(ctx: DocContext, colon: Token) -> Token | None:
    """The last cue in the colon's sentence, outside quotation marks."""
    for token in reversed(ctx.doc[colon.sent.start : colon.i]):
        if ctx.token_passage[token.i] is None and is_cue(token):
            return token
    return None


def _first_word(ctx: DocContext, start: int, end: int) -> int | None:
    return next((i for i in range(start, end) if not ctx.doc[i].is_space), None)


def _last_word(ctx: DocContext, start: int, end: int) -> int | None:
    return next((i for i in reversed(range(start, end)) if not ctx.doc[i].is_space), None)
