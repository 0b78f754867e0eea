"""The ``extractor_quotes`` component: direct, mixed and reported claims with their speakers.

Direct quotes come from quotation marks, each tied to the reporting cue in its sentence; mixed
and indirect ones from the clause a cue governs. Speakers are resolved in text order, so a
quote with no cue of its own can continue the previous speaker's quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..document import Mention, Quote, Speaker
from ..lemmas import lemma_of
from .blocks import introduced_blocks
from .clauses import SUBJECTS, after_dateline
from .contents import contents_of, object_claim
from .context import DocContext
from .cues import NAMING_CUES, VERBLESS_CUES, cue_span, is_answer, is_cue
from .fragments import fragment_claim
from .marks import QuotedPassage
from .passage_cues import cue_near_passage
from .speaker_heads import issuer_of, speaker_head
from .speakers import SpeakerResolver, speaker_phrase
from .transcripts import Turn, signed_speaker, transcript_turns, turn_speaker

Doc.set_extension("ex_quotes", default=None, force=True)

#: A quotation with no cue needs this many words to be kept (with speaker null): shorter ones
#: are scare quotes, titles and nicknames.
MIN_WORDS_UNATTRIBUTED = 6
#: Quotations this short are names, titles or scare quotes unless a cue follows them.
MAX_TITLE_WORDS = 4
#: A quotation with no cue, this short and in title case, is the title of a work.
MAX_TITLE_CASE_WORDS = 8
#: Quotations this short with a cue after them are scare quotes or names unless a mark sets
#: them off: "the “Avatar” star posted", but "“Never,” she said".
MAX_SCARE_WORDS = 2
#: Marks that end spoken words before the cue that reports them.
_SETTING_OFF_MARKS = frozenset({",", ".", "!", "?", ":", ";", "—", "–", "-"})
#: Marks that end a sentence inside a quotation: “… smart.”
_SENTENCE_MARKS = frozenset({".", "!", "?"})
#: Cues that cry or sing words out: what they quote is a slogan or a line, whatever its capitals.
_CRYING_CUES = frozenset({"chant", "shout", "yell", "scream", "exclaim", "cry", "sing"})
#: A reported clause this much covered by one quotation is that direct quote, not a mixed one.
DIRECT_SHARE = 0.9


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    kind: str
    cue: Token | None
    passage: QuotedPassage | None = None
    #: a speaker the layout names (a transcript label), resolved before the text is read
    speaker: Speaker | None = None
    #: the head of a name that speaks with no cue to speak through ("titled “…” by X")
    voice: Token | None = None


@Language.factory("extractor_quotes")
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()


class QuoteFinder:
    def __call__(self, doc: Doc) -> Doc:
        ctx = DocContext.build(doc)
        drafts, consumed = self._reported(ctx)
        drafts.extend(self._blocks(ctx, drafts, consumed))
        drafts.extend(self._turns(ctx, drafts, consumed))
        drafts.extend(self._fragments(ctx, drafts, consumed))
        drafts.extend(self._direct(ctx, consumed))
        drafts = _one_per_span([d for d in drafts if not _editors_aside(ctx, d)])
        drafts.sort(key=lambda d: d.start)
        doc._.ex_quotes = self._resolved(ctx, drafts)
        return doc

    def _reported(self, ctx: DocContext) -> tuple[list[_Draft], set[int]]:
        """Indirect and mixed claims from cue verbs outside quotation marks."""
        drafts: list[_Draft] = []
        consumed: set[int] = set()
        for token in ctx.doc:
            if ctx.token_passage[token.i] is not None or not is_cue(token):
                continue
            for content in contents_of(token, ctx):
                if _ANONYMITY.match(content.text):
                    continue  # "who asked not to be named": the terms of a source, no claim
                if _opens_with_speaker(token, content):
                    continue  # "“…,” said Ana Lima, half joking": her aside, parsed as a clause
                if (
                    _claim_like(content)
                    or lemma_of(token).lower() in VERBLESS_CUES
                    or object_claim(token, content)
                    or _passages_in(ctx, content)
                ):
                    self._add_reported(ctx, token, content, drafts, consumed)
        return drafts, consumed

    def _add_reported(
        self, ctx: DocContext, token: Token, content: Span, drafts: list[_Draft],
        consumed: set[int],
    ) -> None:
        """A reported clause: mixed when it holds a quoted fragment, else indirect."""
        inside = _passages_in(ctx, content)
        if not inside:
            draft = _Draft(content.start_char, content.end_char, "indirect", token)
            if _relative_claim(token) or all(
                _nested_in(d, draft.start, draft.end) for d in drafts if _overlaps(content, d)
            ):
                # "The delegates pledged to stay, Devine said": the claim said around one found
                # first is a claim of its own. (A claim found inside an earlier one is not kept:
                # our own articles do not count "said the delegates had promised that …" twice.)
                drafts.append(draft)
            return
        start = min(content.start_char, inside[0].start)
        end = max(content.end_char, inside[-1].end)
        kind = "mixed"
        if _mostly_quoted(ctx.text, inside, start, end):
            if not _named_object(ctx, token):
                return  # the whole clause is quoted: the direct pass attributes it
            # "called it “a historic day.”": the direct pass would take the quotation after
            # the object for a name; what the speaker called it is their direct claim
            kind = "direct"
        consumed.update(ctx.passages.index(p) for p in inside)
        drafts.append(_Draft(start, end, kind, token))

    def _blocks(
        self, ctx: DocContext, drafts: list[_Draft], consumed: set[int]
    ) -> list[_Draft]:
        """"The mayor added:" and a paragraph of her words with no quotation marks around
        them (see ``blocks``): indirect, or mixed when part of it is quoted. A paragraph that
        is all quotation is left to the direct pass."""
        found = []
        used = {d.cue.i for d in drafts if d.cue is not None}
        for block in introduced_blocks(ctx, used):
            if any(block.start < d.end and d.start < block.end and d.cue is not None
                   and not block.start <= d.cue.idx < block.end for d in drafts):
                continue  # a claim another cue reports runs into it
            inside = [ctx.passages[i] for i in block.passages]
            if _mostly_quoted(ctx.text, inside, block.start, block.end):
                continue
            consumed.update(block.passages)
            kind = "mixed" if block.passages else "indirect"
            found.append(_Draft(block.start, block.end, kind, block.cue))
        return found

    def _fragments(
        self, ctx: DocContext, drafts: list[_Draft], consumed: set[int]
    ) -> list[_Draft]:
        """"bragged of her readiness to pay “any price at all”": a quoted fragment inside
        what a verb's subject does or says is that subject's mixed claim, whatever the verb."""
        found: list[_Draft] = []
        doc = ctx.doc
        for index, passage in enumerate(ctx.passages):
            if index in consumed or not passage.closed:
                continue
            span = doc.char_span(passage.open_mark, passage.close_mark, alignment_mode="expand")
            if span is None or (
                _speech_like(ctx.text, passage) and not _sentence_tail(ctx.text, passage)
            ):
                continue  # a sentence: a direct quote
            claim = fragment_claim(span, ctx)
            if claim is None:
                continue
            verb, content = claim
            start = min(content.start_char, passage.open_mark)
            end = max(content.end_char, passage.close_mark)
            if any(d.start < end and start < d.end for d in [*drafts, *found]):
                continue
            consumed.update(_passages_between(ctx, start, end))
            found.append(_Draft(start, end, "mixed", verb))
        return found

    def _turns(
        self, ctx: DocContext, drafts: list[_Draft], consumed: set[int]
    ) -> list[_Draft]:
        """Transcript turns ("PENCE: …"): the label speaks; quotes inside the turn are its own."""
        found = []
        for turn in transcript_turns(ctx):
            inside = [d for d in drafts if d.start < turn.end and turn.start < d.end]
            if inside and not (turn.kind == "indirect" and _all_nested(ctx, inside, turn)):
                continue
            for draft in inside:
                # "Lund: Voters Will Say No to Ortiz": a headline's label speaks the whole
                # line; a cue inside it only reports within that claim
                drafts.remove(draft)
            consumed.update(_passages_between(ctx, turn.start, turn.end))
            speaker = turn_speaker(ctx, turn)
            found.append(_Draft(turn.start, turn.end, turn.kind, None, speaker=speaker))
        return found

    def _direct(self, ctx: DocContext, consumed: set[int]) -> list[_Draft]:
        drafts = []
        doc = ctx.doc
        for index, passage in enumerate(ctx.passages):
            if index in consumed or passage.end <= passage.start:
                continue
            span = doc.char_span(passage.open_mark, passage.close_mark, alignment_mode="expand")
            if span is None:
                continue
            maker = (
                _maker(ctx, span) or _chant(ctx, span) or _slogan(ctx, span)
                or _written_by(span)
            )
            if maker is not None:
                drafts.append(_Draft(passage.start, passage.end, "direct", maker, passage))
                continue
            author = _titled_by(ctx, span)
            if author is not None:
                drafts.append(
                    _Draft(passage.start, passage.end, "direct", None, passage, voice=author)
                )
                continue
            cue = cue_near_passage(span.start, span.end - 1, ctx) or _announcing_cue(ctx, span)
            colon = _colon_before(ctx, passage)
            if cue is not None and colon is not None and _source_before_colon(ctx, colon):
                # "Pollsters agree - Ana Lima: “…”": the cue is the headline's; the name
                # before the colon is the quotation's source (see ``_introduced``)
                cue = None
            if _title_like(ctx.text, passage, cue, span.end):
                continue
            drafts.append(_Draft(passage.start, passage.end, "direct", cue, passage))
        return drafts

    def _resolved(self, ctx: DocContext, drafts: list[_Draft]) -> list[Quote]:
        resolver = SpeakerResolver(ctx)
        quotes: list[Quote] = []
        previous: tuple[Speaker | None, int, int] | None = None  # speaker, paragraph, end char
        text = ctx.text
        for draft in drafts:
            speaker = draft.speaker
            if draft.voice is not None:
                speaker = resolver.resolve(speaker_phrase(draft.voice, ctx), draft.voice)
            if speaker is not None and speaker.type == "document" and speaker.name is None:
                # a "Poll: …" headline: the poll the next lines name
                speaker = resolver.document_label(speaker)
            cue = None
            if draft.cue is not None:
                head = speaker_head(draft.cue, ctx)
                if head is not None:
                    phrase = speaker_phrase(head, ctx, stop=draft.cue.i)
                    speaker = resolver.resolve(phrase, head)
                    if issuer_of(draft.cue.head, ctx) != head:
                        speaker = _through_relative(draft.cue, speaker)
                cue_tokens = cue_span(draft.cue)
                cue = Mention(cue_tokens.start_char, cue_tokens.end_char, cue_tokens.text)
            elif speaker is None and draft.passage is not None:
                speaker = (
                    self._introduced(ctx, draft.passage, resolver)
                    or signed_speaker(ctx, draft.passage)
                    or self._continued(ctx, draft, previous)
                )
                if speaker is None and not _speech_like(text, draft.passage):
                    continue
            paragraph = ctx.paragraph_of(_token_at(ctx, draft.start))
            start = after_dateline(text, draft.start, draft.end)
            quotes.append(
                Quote(
                    id="",
                    kind=draft.kind,
                    start=start,
                    end=draft.end,
                    text=text[start : draft.end],
                    speaker=speaker,
                    cue=cue,
                )
            )
            previous = (speaker, paragraph, draft.end)
            if draft.passage is None:
                resolver.mark_claim(draft.start, draft.end)
        for number, quote in enumerate(quotes, start=1):
            quote.id = f"Q{number}"
        return quotes

    def _introduced(
        self, ctx: DocContext, passage: QuotedPassage, resolver: SpeakerResolver
    ) -> Speaker | None:
        """"X opened the session with a warning: “…”": the subject before the colon speaks.

        Only a named person or organisation counts, so a colon after a list or a heading does
        not invent a speaker.
        """
        colon = _colon_before(ctx, passage)
        if colon is None:
            return None
        named = _name_before_colon(ctx, colon, resolver)
        if named is not None:
            return named
        verb = ctx.doc[colon - 1]
        while verb.dep_ not in ("ROOT", "ccomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or ctx.token_passage[subjects[0].i] is not None:
            return None
        head = subjects[0]
        speaker = resolver.resolve(speaker_phrase(head, ctx, stop=verb.i), head)
        return speaker if speaker.entity is not None else None

    def _continued(
        self, ctx: DocContext, draft: _Draft, previous: tuple[Speaker | None, int, int] | None
    ) -> Speaker | None:
        """No cue: the previous quote's speaker goes on, if nobody else was named in between."""
        if previous is None or previous[0] is None:
            return None
        speaker, paragraph, end = previous
        here = ctx.paragraph_of(_token_at(ctx, draft.start))
        if here - paragraph > 1:
            return None
        if end > draft.passage.open_mark:
            return None
        between = ctx.doc.char_span(end, draft.passage.open_mark, alignment_mode="expand")
        if between is not None:
            for token in between:
                if ctx.token_passage[token.i] is not None:
                    continue
                entity = ctx.token_entity[token.i]
                if (
                    entity
                    and entity != speaker.entity
                    and ctx.entity_type(entity) == "person"
                    and token.dep_ in ("nsubj", "nsubjpass")
                    and not _in_relative_clause(token)
                ):
                    return None  # someone else has become the subject
        antecedent = Mention(speaker.start, speaker.end, speaker.text)
        if speaker.text.lower() in _RELATIVES and speaker.antecedent is not None:
            # "“…,” said Ana Lima, who noted that … “…”": the quotation goes on from Ana Lima's,
            # not from the aside the relative pronoun speaks in
            antecedent = speaker.antecedent
        return Speaker(antecedent.start, antecedent.end, antecedent.text, speaker.name,
                       speaker.entity, speaker.type, "continuation", antecedent)


#: Words right before a name and a colon that set the name out as a quotation's source:
#: "POLLS DIFFER - Ana Lima: “…”", "More from Lima: “…”".
_SOURCE_LEADS = frozenset({"-", "–", "—", "from"})


def _name_before_colon(
    ctx: DocContext, colon: int, resolver: SpeakerResolver
) -> Speaker | None:
    """"TURNOUT WAS HIGH - Ana Lima and Tom Lund: “…”": a named person or organisation set out
    by a dash (or "More from") right before the colon is the source of the quotation after it,
    as digests introduce the excerpts they quote."""
    phrase = _source_before_colon(ctx, colon)
    return resolver.resolve(phrase, phrase.root) if phrase is not None else None


def _colon_before(ctx: DocContext, passage: QuotedPassage) -> int | None:
    """The index of the colon token right before a quotation's opening mark, if any."""
    before = ctx.text[: passage.open_mark].rstrip()
    if not before.endswith(":"):
        return None
    colon = ctx.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    return None if colon is None or colon.start == 0 else colon.start


def _source_before_colon(ctx: DocContext, colon: int) -> Span | None:
    """The dash-led name before a colon (see ``_name_before_colon``), or None."""
    for start, end, owner in ctx.mentions:
        if end != colon or ctx.entity_type(owner) not in ("person", "organization"):
            continue
        while start > 0 and ctx.doc[start - 1].lower_ == "and":
            # "Ana Lima and Tom Lund": the pair, when the name before "and" is a mention too
            first = next((m for m in ctx.mentions if m[1] == start - 1), None)
            if first is None:
                break
            start = first[0]
        if start == 0 or ctx.doc[start - 1].lower_ not in _SOURCE_LEADS:
            return None
        return ctx.doc[start:end]
    return None


#: Complements by which a cue says something of its own: "Lima agreed that …".
_OWN_CONTENT = frozenset({"ccomp", "xcomp", "csubj", "dobj", "advcl", "prep"})
#: Prepositional phrases a cue with nothing of its own to say may still carry.
_SETTING_PREPOSITIONS = frozenset({"in", "on", "at", "during", "after", "before", "via"})


def _announcing_cue(ctx: DocContext, span: Span) -> Token | None:
    """"Ana Lima agreed. “…”", "Lund said in a statement. “…”": a sentence right before the
    quotation, in its paragraph, made of a speaker and a cue with nothing to say of its own
    announces the quotation as what was said."""
    doc = ctx.doc
    if span.start == 0 or not doc[span.start].is_sent_start:
        return None
    sentence = doc[span.start - 1].sent
    if doc[span.start - 1].text not in (".", "!") or "\n" in ctx.text[
        sentence.start_char : doc[span.start].idx
    ]:
        return None
    if any(ctx.token_passage[t.i] is not None for t in sentence):
        return None
    root = sentence.root
    if not is_cue(root) or root.pos_ != "VERB":
        return None
    for child in root.children:
        if child.dep_ in _OWN_CONTENT and not (
            child.dep_ == "prep" and child.lower_ in _SETTING_PREPOSITIONS
        ):
            return None
    return root if speaker_head(root, ctx) is not None else None


#: Relative pronouns that may stand for a speaker at the cue: "Ana Lima, who said …".
_RELATIVES = frozenset({"who", "which", "that"})


def _in_relative_clause(token: Token) -> bool:
    """"… at the dinner, where Mrs. Lee also spoke": a subject inside a relative clause is a
    passing mention, not someone new taking over the quotation."""
    return any(a.dep_ in ("relcl", "acl") for a in token.ancestors)


def _through_relative(cue: Token, speaker: Speaker) -> Speaker:
    """"Ana Lima, who chairs the board, said …": the mention at the cue is "who"; the name it
    stands for is what it was resolved through. (Not so for "Lund released an ad that says …",
    where the ad's issuer speaks, not what "that" stands for.)"""
    relative = next(
        (c for c in cue.children if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")),
        None,
    )  # (not "a letter, which was reported by the Herald": the relative is what is reported)
    if relative is None or speaker.name is None or speaker.start == relative.idx:
        return speaker
    start = relative.idx
    antecedent = speaker.antecedent
    if antecedent is None:
        # "Ana Lima, who": the name without the relative and the comma before it
        text = cue.doc.text
        end = min(speaker.end, start)
        while end > speaker.start and (text[end - 1].isspace() or text[end - 1] in ",("):
            end -= 1
        antecedent = Mention(speaker.start, end, text[speaker.start : end])
    return Speaker(
        start, start + len(relative.text), relative.text, speaker.name, speaker.entity,
        speaker.type, "pronoun", antecedent,
    )


#: The label of a publisher's note on its own coverage: "Editor's note: …".
_EDITORS_NOTE = re.compile(r"\s*editor[’']s note\s*:", re.IGNORECASE)


def _editors_aside(ctx: DocContext, draft: _Draft) -> bool:
    """"Editor's note: Tom Hale is a serial fabulist who has vowed to …": a publisher's note
    is its own stance on someone, repeated from article to article; what it sets in a relative
    clause of that stance, or the note itself, is nobody's reported claim. (A correction that
    names who reported or said what, "An article on Monday reported that …", is kept.)"""
    paragraph = ctx.paragraph_of(_token_at(ctx, draft.start))
    start = ctx.doc[ctx.paragraph_starts[paragraph]].idx if paragraph >= 0 else 0
    line = ctx.text.rfind("\n", 0, draft.start) + 1  # notes set off by a single line break
    if not (_EDITORS_NOTE.match(ctx.text, start) or _EDITORS_NOTE.match(ctx.text, line)):
        return False
    return draft.cue is None or any(
        c.dep_ in SUBJECTS and c.tag_ in ("WP", "WDT") for c in draft.cue.children
    )


def _token_at(ctx: DocContext, char: int) -> int:
    span = ctx.doc.char_span(char, min(len(ctx.text), char + 1), alignment_mode="expand")
    return span.start if span is not None else 0


def _passages_in(ctx: DocContext, content: Span) -> list[QuotedPassage]:
    return [ctx.passages[i] for i in _passages_between(ctx, content.start_char, content.end_char)]


def _passages_between(ctx: DocContext, start: int, end: int) -> list[int]:
    """Indexes of the quoted passages overlapping characters [start, end)."""
    return [i for i, p in enumerate(ctx.passages) if p.start < end and start < p.end]


def _nested_in(draft: _Draft, start: int, end: int) -> bool:
    """The draft, cue and all, lies strictly inside [start, end): a claim reported within
    another claim."""
    cue = draft.cue
    return (
        cue is not None
        and start <= min(draft.start, cue.idx)
        and max(draft.end, cue.idx + len(cue.text)) <= end
        and (draft.start, draft.end) != (start, end)
    )


def _one_per_span(drafts: list[_Draft]) -> list[_Draft]:
    """One claim per span. Two cues can report the very same words ("Lima condemned what she
    called a “breach”": condemned and called); a reader wants them once. The first cue found
    is kept: the clause's own verb, whose subject news annotation takes as the speaker."""
    kept: dict[tuple[int, int], _Draft] = {}
    for draft in drafts:
        kept.setdefault((draft.start, draft.end), draft)
    return list(kept.values())


def _all_nested(ctx: DocContext, drafts: list[_Draft], turn: Turn) -> bool:
    """Every draft, cue and all, lies inside the turn's words (and the space after them)."""
    return all(
        d.cue is not None
        and turn.start <= min(d.start, d.cue.idx)
        and not ctx.text[turn.end : d.end].strip()
        for d in drafts
    )


#: Participles that give a piece of writing its title: "a memo titled “…”".
_TITLING = frozenset({"titled", "entitled"})


def _slogan(ctx: DocContext, span: Span) -> Token | None:
    """"Lima ran on the slogan “Jobs First”", "her campaign slogan is “We rise”": a slogan is
    what its campaign says. Returns the noun when it has an owner, else the verb whose
    subject runs on it, or None (a slogan nobody is said to use stays a name)."""
    index = span.start - 1
    if index >= 0 and ctx.doc[index].text in (",", ":"):
        index -= 1
    if index >= 0 and lemma_of(ctx.doc[index]).lower() == "be":
        index -= 1
    if index < 0 or lemma_of(ctx.doc[index]).lower() != "slogan":
        return None
    noun = ctx.doc[index]
    if any(c.dep_ == "poss" for c in noun.children):
        return noun
    return _verb_of_maker(noun)


def _verb_of_maker(token: Token) -> Token | None:
    """The first verb above the token, when the token is not (inside) its subject and the
    verb has a subject: who made, ran on or gave what the token names."""
    while token.head.i != token.i:
        if token.dep_ in SUBJECTS:
            return None  # "The ad, titled “…”, shows …": the titled thing acts itself
        token = token.head
        if token.pos_ == "VERB":
            return token if any(c.dep_ == "nsubj" for c in token.children) else None
    return None


def _titled(ctx: DocContext, span: Span) -> Token | None:
    """The "titled" or "entitled" right before the quotation (a comma apart at most)."""
    index = span.start - 1
    if index >= 0 and ctx.doc[index].text == ",":
        index -= 1
    return ctx.doc[index] if index >= 0 and ctx.doc[index].lower_ in _TITLING else None


#: Entity types that author a work: "a paper titled “…” by Ana Lima".
_AUTHOR_TYPES = frozenset({"person", "organization"})


def _titled_by(ctx: DocContext, span: Span) -> Token | None:
    """"a paper titled “Roads for All” by Ana Lima and Ivo Brandt": the title a work's named
    author gave it is the author's words (as with ``_maker``), though no verb makes them its
    subject. Returns the last word of the first author's name, or None."""
    if _titled(ctx, span) is None:
        return None
    doc = ctx.doc
    after = span.end
    while after < len(doc) and (doc[after].is_quote or doc[after].text == ","):
        after += 1
    if after + 1 >= len(doc) or doc[after].lower_ != "by":
        return None
    entity = ctx.token_entity[after + 1]
    if not entity or ctx.entity_type(entity) not in _AUTHOR_TYPES:
        return None
    last = after + 1
    while last + 1 < len(doc) and ctx.token_entity[last + 1] == entity:
        last += 1
    return doc[last]


def _maker(ctx: DocContext, span: Span) -> Token | None:
    """"Lima released a memo titled “Why the Count Favors Us”": the title a campaign or an
    author gives the ad, memo or book they put out sums up what it says, and news
    annotation counts it as the maker's words. Returns the verb whose subject made the
    titled thing, or None; a title nobody is said to have given ("The report, titled
    ‘Green Ribbon’, was praised") stays a title."""
    titled = _titled(ctx, span)
    return _verb_of_maker(titled) if titled is not None else None


#: Verbs of writing a work: "“Rain on Main Street” was written by Ana Lima".
_AUTHORING = frozenset({"write", "co-write", "pen", "compose", "author"})


def _written_by(span: Span) -> Token | None:
    """"“Rain on Main Street” was written by Ana Lima": a quoted title whose author a passive
    names sums up the author's words, as a title the maker gives does (see ``_maker``).
    Returns the passive verb, whose agent speaks, or None."""
    heads = [t for t in span if not t.is_quote and not span.start <= t.head.i < span.end]
    if len(heads) != 1 or heads[0].dep_ != "nsubjpass":
        return None
    verb = heads[0].head
    if lemma_of(verb).lower() not in _AUTHORING:
        return None
    return verb if any(c.dep_ == "agent" for c in verb.children) else None


#: Nouns of words a crowd cries out: "chants of “Lock him up!”".
_CHANT_NOUNS = frozenset({"chant", "cry", "shout", "cheer", "chorus"})


def _chant(ctx: DocContext, span: Span) -> Token | None:
    """"their chants of “Ana! Ana!”", "to chants of “Four more years!”": the slogan a crowd
    chants is the crowd's direct claim, however title-like its capitals. Returns the noun,
    whose owner (if any) is the crowd."""
    index = span.start - 1
    if index < 1 or ctx.doc[index].lower_ not in ("of", "for"):
        return None
    noun = ctx.doc[index].head
    if noun.i != index - 1 or lemma_of(noun).lower() not in _CHANT_NOUNS:
        return None
    return noun


def _relative_claim(cue: Token) -> bool:
    """"…, a finish that he said beat expectations": a cue in a relative clause, with a
    subject who speaks, reports a claim of its own even inside another claim ("a bond,
    which voters will be asked to approve" reports nobody's)."""
    return cue.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in cue.children)


def _overlaps(content: Span, draft: _Draft) -> bool:
    return content.start_char < draft.end and draft.start < content.end_char


_ANONYMITY = re.compile(
    r"not to be (?:named|identified|quoted)\b|(?:anonymity|to remain anonymous)\b", re.IGNORECASE
)


def _named_object(ctx: DocContext, cue: Token) -> bool:
    """"called it “a historic day”": a naming cue with an object of its own outside quotation
    marks ("called for “…”" and "call a “special meeting”" have none)."""
    return lemma_of(cue).lower() in NAMING_CUES and any(
        c.dep_ == "dobj" and c.i > cue.i and ctx.token_passage[c.i] is None
        for c in cue.children
    )


def _mostly_quoted(text: str, inside: list[QuotedPassage], start: int, end: int) -> bool:
    """The quotations inside text[start:end] hold at least DIRECT_SHARE of its letters: a
    direct quote, which the direct pass attributes, not a mixed claim."""
    covered = sum(_alnum(text[p.start : p.end]) for p in inside)
    return covered >= DIRECT_SHARE * _alnum(text[start:end])


def _alnum(text: str) -> int:
    """How many letters and digits a stretch holds: marks and spaces do not make it quoted."""
    return sum(ch.isalnum() for ch in text)


def _claim_like(content: Span) -> bool:
    """A reported clause has a verb; "said Tuesday" or "added 3%" do not."""
    return any(t.pos_ in ("VERB", "AUX") for t in content) or is_answer(content)


def _title_like(text: str, passage: QuotedPassage, cue: Token | None, after: int) -> bool:
    """Names, titles and scare quotes: a few words, capitalised or not governed by a cue after.

    "“No,” he said" is speech; "dubbed ‘the Meter Man’" and "the report ‘Green Ribbon’" are not.
    """
    words = text[passage.start : passage.end].split()
    if _titled_work(text, passage, words):
        return True  # "said on NBC's “Meet the Press.”", "co-author of ''The Long Road.''"
    if cue is None and len(words) <= MAX_TITLE_CASE_WORDS and _title_case(words):
        return True  # “How the Grinch Stole Christmas,” “Austin Powers: The Spy Who …”
    if len(words) > MAX_TITLE_WORDS:
        return False
    if cue is not None and _right_after(text, passage, cue) and _chanted(text, passage, cue):
        return False
    if all(w[:1].isupper() or not w[:1].isalpha() for w in words) and len(words) > 1:
        return True
    if cue is None:
        return True
    if cue.i >= after:
        # "“No,” he said" is speech; "the “Avatar” star posted" and "the so-called “rebels”
        # that would find …" name or scare-quote a word inside a sentence a cue ends
        if _named_in_passing(text, passage, words):
            return True
        return len(words) <= MAX_SCARE_WORDS and not _set_off(text, passage)
    # A cue before the quotation introduces it only across a colon or comma, "he said: “No.”",
    # as its that-clause, "said that “the damage is done.”", or right next to it, "a man
    # yelled “Stay there!”" (but "dubbed “the Meter Man”" names)
    before = text[: passage.open_mark].rstrip()
    if _right_after(text, passage, cue) and (
        lemma_of(cue).lower() not in NAMING_CUES and not _title_case(words)
    ):
        return False  # (but "read “War and Peace”" is a title)
    return before[-1:] not in (":", ",") and not before.lower().endswith((" that", "\nthat"))


def _named_in_passing(text: str, passage: QuotedPassage, words: list[str]) -> bool:
    """"on NBC's “Meet the Press,” Lima said", "known as “Falcon,” he …": a title-case
    quotation that opens after a word, not a mark, and does not end like a sentence is a
    title or a name the sentence goes on past, even when a comma sets it off."""
    before = text[: passage.open_mark].rstrip()
    if not before[-1:].isalpha() or before.lower().endswith((" that", "\nthat")):
        return False
    if text[passage.start : passage.end].rstrip()[-1:] in _SENTENCE_MARKS:
        return False
    if len(words) == 1:
        return words[0][:1].isupper()
    return len(words) <= MAX_TITLE_CASE_WORDS and _title_case(words)


#: Words right before a title-case quotation that make it the title of a work: a preposition
#: ("said on “Meet the Press,”", "a co-author of “The Long Road”") or a noun for a work ("his
#: memoir, “Winds of Change,”").
_TITLE_LEADS = frozenset({
    "on", "of", "in", "from", "to", "at", "by", "with", "about",
    "book", "memoir", "autobiography", "biography", "novel", "show", "program", "programme",
    "episode", "series", "movie", "film", "documentary", "album", "song", "play", "musical",
    "podcast",
})
#: Short words a title may leave in lower case: "Flip the Script with Ana Lima".
_TITLE_SMALL_WORDS = frozenset({"with", "from", "into", "over", "than", "upon", "about"})
#: Titles of works run this long at most: "Backfire: One Founder's Long Battle for the Firm".
MAX_WORK_TITLE_WORDS = 14


def _titled_work(text: str, passage: QuotedPassage, words: list[str]) -> bool:
    """A title-case quotation right after a preposition, a possessive or a noun for a work
    ("said on NBC's “Meet the Press.”", "according to his book “The Long Road.”", "in his
    memoir, “Winds of Change,”") names a work, even when it ends on a full stop."""
    before = _before_comma(text, passage)
    lead = before.rsplit(None, 1)[-1].lower() if before.split() else ""
    if not (lead in _TITLE_LEADS or lead.endswith(("'s", "’s"))):
        return False
    quoted = text[passage.start : passage.end].rstrip()
    if re.search(r"[.!?] ", quoted) or quoted[-1:] in ("!", "?"):
        return False  # "replied with “Why now? Not today!”": sentences, not a title
    kept = [w for w in words if w.strip(".,:;!?'\"“”‘’()").lower() not in _TITLE_SMALL_WORDS]
    return 1 < len(words) <= MAX_WORK_TITLE_WORDS and bool(kept) and _title_case(kept)


def _right_after(text: str, passage: QuotedPassage, cue: Token) -> bool:
    """The quotation opens right after its cue ("yelled “Stay there!”"), a space or comma apart."""
    before = _before_comma(text, passage)
    return before.endswith(cue.text) and cue.idx + len(cue.text) == len(before)


def _before_comma(text: str, passage: QuotedPassage) -> str:
    """The text before the quotation's opening mark, without the space and comma before it."""
    return text[: passage.open_mark].rstrip().rstrip(",").rstrip()


def _chanted(text: str, passage: QuotedPassage, cue: Token) -> bool:
    """"chanted “Ohio! Ohio!”", "shouted “Stop Now!”": a slogan cried out is words in title
    case, not a title; so is a quotation ending on "!" or "?" right after its cue."""
    return lemma_of(cue).lower() in _CRYING_CUES or text[passage.start : passage.end].rstrip()[
        -1:
    ] in ("!", "?")


def _set_off(text: str, passage: QuotedPassage) -> bool:
    """The quotation ends on a mark of its own, inside or right after its closing mark
    ("“No,” he said", "“Never”! she said"): spoken words set off from the sentence."""
    last = text[passage.start : passage.end].rstrip()[-1:]
    tail = text[passage.end : passage.close_mark + 1]  # "Never,” " keeps the comma out
    return last in _SETTING_OFF_MARKS or any(ch in _SETTING_OFF_MARKS for ch in tail)


def _title_case(words: list[str]) -> bool:
    """Every word of four letters or more capitalised, as titles of works are written."""
    long = [w.strip(".,:;!?'\"“”‘’()") for w in words]
    long = [w for w in long if len(w) >= 4 and w[:1].isalpha()]
    shouted = all(w.isupper() for w in long)  # “THIS IS NOT OK.” is shouting, not a title
    return len(words) > 1 and bool(long) and not shouted and all(w[:1].isupper() for w in long)


def _speech_like(text: str, passage: QuotedPassage) -> bool:
    """An unattributed quotation is kept only when it reads like speech, not like a title."""
    words = text[passage.start : passage.end].split()
    ends_like_a_sentence = text[passage.start : passage.end].rstrip()[-1:] in ".!?"
    return len(words) >= MIN_WORDS_UNATTRIBUTED and ends_like_a_sentence


#: Marks that end a sentence inside a quotation: "… that. They're …".
_INNER_SENTENCE_END = re.compile(r"[.!?…]\s")


def _sentence_tail(text: str, passage: QuotedPassage) -> bool:
    """"were “the first family to move into the neighborhood.”": a quotation that opens in
    lower case and holds no sentence end before its last is the tail of the sentence around
    it, however long, not a sentence of its own."""
    words = text[passage.start : passage.end].rstrip()
    return words[:1].islower() and not _INNER_SENTENCE_END.search(words[:-1])


#: Words of a noun phrase naming a speaker: "retired surgeon Ana Lima", "the woman".
_NAME_PARTS = frozenset({"DET", "ADJ", "PROPN", "NOUN"})


def _opens_with_speaker(cue: Token, content: Span) -> bool:
    """A clause right after a cue that follows a closing quotation mark and opens with a noun
    phrase set off by a comma is no claim: that is the speaker and an aside ("“…,” said Ana
    Lima, half joking"; "said the woman, who asked not to be named")."""
    doc = cue.doc
    if not (content.start == cue.i + 1 and cue.i > 0 and doc[cue.i - 1].is_quote):
        return False
    end = content.start
    while end < content.end and doc[end].pos_ in _NAME_PARTS:
        end += 1
    return end > content.start and end < content.end and doc[end].text in (",", "(")
