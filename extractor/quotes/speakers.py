"""Who a speaker phrase refers to: a named entity, a pronoun's antecedent, or an anonymous source.

Pronouns resolve to the most salient compatible entity mentioned earlier outside any quote
(the previous speaker first, then the nearest subject, then the nearest mention), never to a
name inside a quotation. When nothing fits, the speaker stays unresolved: a wrong speaker is
worse than "unknown".
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from ..document import Speaker
from ..lemmas import lemma_of
from .context import DocContext
from .lexicons import (
    anonymous_nouns,
    document_nouns,
    main_organization_nouns,
    organization_nouns,
    public_body_words,
)

_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i"})
GROUP_PRONOUNS = frozenset({"they", "them", "it", "we"})
#: How far back (in paragraphs) a pronoun may look for its antecedent.
PRONOUN_WINDOW = 3
_BREAKS = frozenset({"—", "–", "--", ":", ";"})
_QUANTIFIERS = frozenset({"a", "an", "one", "two", "three", "four", "five", "several", "some",
                          "many", "few", "other", "another", "senior", "both"})


def speaker_phrase(head: Token, ctx: DocContext, stop: int | None = None) -> Span:
    """The noun phrase around a speaker head, cut short of quotes, the cue and long clauses."""
    doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    if stop is not None and head.i < stop < end:
        end = stop
    if stop is not None and start < stop <= head.i:
        start = stop
    for i in range(start, end):
        if ctx.token_passage[i] is not None or doc[i].text in _BREAKS or "\n" in doc[i].text:
            if i < head.i:
                start = i + 1
            else:
                end = i
                break
    # Keep appositions ("Bryan Lanza, a long-time strategist,") but not relative clauses
    # beyond ten tokens, and never a trailing comma.
    end = min(end, max(head.i + 1, start + 12))
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    while start < head.i and doc[start].is_punct:
        start += 1
    return doc[start:end]


class SpeakerResolver:
    """Resolves speaker phrases in one document, remembering who spoke last."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.last_speaker: tuple[str, int] | None = None  # entity id, token index
        self.gender: dict[str, str] = {}
        self.last_document: str | None = None

    def resolve(self, phrase: Span, head: Token) -> Speaker:
        ctx = self.ctx
        span = (phrase.start_char, phrase.end_char)
        core = core_tokens(head)
        lemma = lemma_of(head).lower()
        person = self._entity_in(core, "person", head)
        if person:
            return self._named(span, person, "person", head.i)
        if head.pos_ == "PRON" or head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self._pronoun(span, head)
        if lemma in _VOICES:
            # "a spokesman for the ministry", "a Lumenark spokesperson" speak for the body.
            body = self._voiced_body(head, phrase)
            if body:
                return self._named(span, body, ctx.entity_type(body) or "organization", head.i)
            if any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in head.children):
                return self._speaker(span, None, None, "organization")
            return self._speaker(span, None, None, "anonymous")
        if lemma in document_nouns():
            # "a study by the institute found", later "the study found", "its report says"
            source = self._author_of(head) or self._document_back_reference(head)
            if source:
                self.last_document = source
                return self._named(span, source, ctx.entity_type(source) or "organization", head.i)
        if lemma in anonymous_nouns() or _one_of_them(head):
            return self._anonymous(span, head, lemma)
        organization = self._entity_in(core, "organization", head)
        if organization:
            return self._named(span, organization, "organization", head.i)
        if head.pos_ == "PROPN" and ctx.token_entity[head.i] is None:
            return self._unrecognised_name(span, head, core)
        place = ctx.token_entity[head.i]
        plural_group = head.tag_ == "NNS" and not _definite(head)  # "environmental groups"
        if (lemma in organization_nouns() and not plural_group) or (
            place and ctx.entity_type(place) == "place"
        ):
            found = self._organization_named_like(head)
            if found is None and lemma in main_organization_nouns():
                found = self._salient_organization(head)
            if found:
                return self._named(span, found, "organization", head.i)
            return self._speaker(span, None, None, "organization")
        if head.pos_ == "NOUN":
            found = self._person_titled(lemma, head.i)
            if found:
                return self._named(span, found, "person", head.i)
        return self._speaker(span, None, None, "unknown")

    def _anonymous(self, span: tuple[int, int], head: Token, lemma: str) -> Speaker:
        """Unnamed sources, unless the text ties them to a name or a named firm."""
        if head.tag_ == "NNS":
            # "analysts at Brightwater Capital said": the firm's view.
            source = self._author_of(head)
            if source and self.ctx.entity_type(source) == "organization":
                return self._named(span, source, "organization", head.i)
        if _definite(head):
            found = self._person_titled(lemma, head.i)
            if found:
                return self._named(span, found, "person", head.i)
        return self._speaker(span, None, None, "anonymous")

    def _document_back_reference(self, head: Token) -> str | None:
        """"the report" after "a report by X"; "its annual report" after naming X."""
        for child in head.children:
            if child.dep_ == "poss" and child.lower_ in ("its", "their"):
                found = self._antecedent(head.i, ("organization",), child.lower_)
                return found[0] if found else None
        if _definite(head):
            return self.last_document
        return None

    def _unrecognised_name(
        self, span: tuple[int, int], head: Token, core: list[Token]
    ) -> Speaker:
        """A proper name the model did not tag: an entity whose name holds it, else itself."""
        found = self._entity_named_with(head.text)
        if found:
            return self._named(span, found, self.ctx.entity_type(found) or "unknown", head.i)
        names = [t for t in core if t.pos_ == "PROPN"]
        name = " ".join(t.text for t in sorted(names, key=lambda t: t.i))
        return self._speaker(span, name, None, "unknown")

    def _entity_named_with(self, word: str) -> str | None:
        for entity in self.ctx.entities.values():
            if entity.type in ("person", "organization") and word in entity.name.split():
                return entity.id
        return None

    def _salient_organization(self, head: Token) -> str | None:
        """"the company said": the organisation the article has named most often so far.

        Public bodies are passed over when a named firm is there: "the company" is not the
        ministry that regulates it.
        """
        if head.lower_ != head.text or not _definite(head):
            return None
        counts = self._organization_counts(head.i)
        firms = {e: n for e, n in counts.items() if not _public_body(self.ctx.entities[e].name)}
        counts = firms or counts
        return self._most_mentioned(counts, head.i)

    def _organization_counts(self, before: int, word: str | None = None) -> dict[str, int]:
        counts: dict[str, int] = {}
        for start, _end, entity_id in self.ctx.mentions:
            if start >= before:
                break
            entity = self.ctx.entities[entity_id]
            if entity.type == "organization" and (word is None or word in entity.name.lower()):
                counts[entity_id] = counts.get(entity_id, 0) + 1
        return counts

    def _most_mentioned(self, counts: dict[str, int], before: int) -> str | None:
        if not counts:
            return None
        latest = {
            entity_id: start
            for start, _end, entity_id in self.ctx.mentions
            if start < before and entity_id in counts
        }
        return max(counts, key=lambda entity_id: (counts[entity_id], latest[entity_id]))

    def _author_of(self, head: Token) -> str | None:
        """The body behind a document or a group: "by <X>", "at <X>", "<X>'s report"."""
        ctx = self.ctx
        for child in head.children:
            targets = [child] if child.dep_ == "poss" else []
            if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "at", "from", "of"):
                targets = [c for c in child.children if c.dep_ == "pobj"]
            if child.dep_ == "acl":  # "results published by X"
                targets = [
                    p for a in child.children if a.dep_ == "agent" for p in a.children
                    if p.dep_ == "pobj"
                ]
            for target in targets:
                for token in core_tokens(target):
                    entity = ctx.token_entity[token.i]
                    if entity and ctx.entity_type(entity) in ("organization", "person"):
                        return entity
                if child.dep_ == "poss" and lemma_of(target).lower() in main_organization_nouns():
                    return self._organization_named_like(target) or self._salient_organization(
                        target
                    )
        return None

    # -- helpers -----------------------------------------------------------------------------

    def _speaker(
        self, span: tuple[int, int], name: str | None, entity: str | None, kind: str
    ) -> Speaker:
        start, end = span
        return Speaker(start, end, self.ctx.text[start:end], name, entity, kind)

    def _named(self, span: tuple[int, int], entity_id: str, kind: str, at: int) -> Speaker:
        entity = self.ctx.entities[entity_id]
        self.last_speaker = (entity_id, at)
        return self._speaker(span, entity.name, entity_id, kind)

    def _entity_in(self, tokens: Iterable[Token], kind: str, head: Token) -> str | None:
        ids = [self.ctx.token_entity[t.i] for t in tokens]
        head_id = self.ctx.token_entity[head.i]
        if head_id and self.ctx.entity_type(head_id) == kind:
            return head_id
        matching = [i for i in ids if i and self.ctx.entity_type(i) == kind]
        return matching[-1] if matching else None

    def _pronoun(self, span: tuple[int, int], head: Token) -> Speaker:
        lower = head.lower_
        kinds = ("person",) if lower in PERSON_PRONOUNS else ("organization",)
        if lower in ("they", "them", "we"):
            kinds = ("organization", "person")
        found = self._antecedent(head.i, kinds, lower)
        if found is None:
            return self._speaker(span, None, None, "unknown")
        entity_id, kind = found
        if lower in ("he", "she", "him", "her"):
            self.gender[entity_id] = "f" if lower in ("she", "her") else "m"
        return self._named(span, entity_id, kind, head.i)

    def _antecedent(self, at: int, kinds: tuple[str, ...], pronoun: str) -> tuple[str, str] | None:
        ctx = self.ctx
        first_paragraph = max(0, ctx.paragraph_of(at) - PRONOUN_WINDOW + 1)
        earliest = ctx.paragraph_starts[first_paragraph]
        gender = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(pronoun)
        candidates = []
        for start, end, entity_id in ctx.mentions:
            if start >= at or start < earliest or ctx.token_passage[start] is not None:
                continue
            kind = ctx.entity_type(entity_id)
            if kind not in kinds:
                continue
            if gender and self.gender.get(entity_id, gender) != gender:
                continue
            candidates.append((start, end, entity_id, kind))
        last = self.last_speaker
        here = ctx.paragraph_of(at)
        if (
            last
            and ctx.entity_type(last[0]) in kinds
            and (not gender or self.gender.get(last[0], gender) == gender)
            and ctx.paragraph_of(last[1]) >= here - 1
            and self._only_passing_mentions_since(last, at, kinds)
        ):
            # The one who spoke last, even when named by "the company" rather than a name.
            return last[0], ctx.entity_type(last[0]) or kinds[0]
        if not candidates:
            return None
        if len({c[2] for c in candidates}) > 1:
            subjects = [c for c in candidates if _is_subject(ctx, c[0], c[1])]
            if subjects:
                return subjects[-1][2], subjects[-1][3]
        return candidates[-1][2], candidates[-1][3]

    def _only_passing_mentions_since(
        self, last: tuple[str, int], at: int, kinds: tuple[str, ...]
    ) -> bool:
        """Others of the same kind named since the last speaker appear only as objects."""
        ctx = self.ctx
        return not any(
            last[1] < start < at
            and entity_id != last[0]
            and ctx.token_passage[start] is None
            and ctx.entity_type(entity_id) in kinds
            and _is_subject(ctx, start, end)
            for start, end, entity_id in ctx.mentions
        )

    def _voiced_body(self, head: Token, phrase: Span) -> str | None:
        """Whom a spokesperson speaks for: "for <X>", "a <X> spokesman", "for the ministry"."""
        for token in phrase:
            entity = self.ctx.token_entity[token.i]
            if entity and token.i != head.i and self.ctx.entity_type(entity) == "organization":
                return entity
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
                for noun in prep.children:
                    if noun.dep_ != "pobj":
                        continue
                    entity = self.ctx.token_entity[noun.i]
                    if entity:
                        return entity
                    if lemma_of(noun).lower() in organization_nouns():
                        return self._organization_named_like(noun) or (
                            self._salient_organization(noun)
                            if lemma_of(noun).lower() in main_organization_nouns()
                            else None
                        )
        for child in head.children:
            if child.dep_ == "compound" and child.pos_ == "PROPN":
                return self._entity_named_with(child.text)
        return None

    def _organization_named_like(self, head: Token) -> str | None:
        """"the ministry" → the organisation named with "ministry" most often so far."""
        counts = self._organization_counts(head.i, lemma_of(head).lower())
        return self._most_mentioned(counts, head.i)

    def _person_titled(self, word: str, at: int) -> str | None:
        """"the strategist" → the person introduced as "Bryan Lanza, a long-time strategist"."""
        doc = self.ctx.doc
        best = None
        for start, end, entity_id in self.ctx.mentions:
            if start >= at:
                break
            if self.ctx.entity_type(entity_id) != "person":
                continue
            titles = {
                lemma_of(c).lower()
                for t in doc[start:end]
                for c in t.children
                if c.dep_ in ("compound", "appos", "amod") and not start <= c.i < end
            }
            if start > 0 and doc[start - 1].dep_ == "compound":
                titles.add(lemma_of(doc[start - 1]).lower())
            if word in titles:
                best = entity_id
        return best


def core_tokens(head: Token) -> list[Token]:
    """The head, its name parts and its appositions: not its clauses or prepositions."""
    core = [head]
    for child in head.children:
        if child.dep_ in ("compound", "flat", "appos", "nmod") or (
            child.dep_ == "amod" and child.pos_ == "PROPN"
        ):
            core.extend(core_tokens(child) if child.dep_ == "appos" else child.subtree)
    return core


def _is_subject(ctx: DocContext, start: int, end: int) -> bool:
    return any(t.dep_ in ("nsubj", "nsubjpass") for t in ctx.doc[start:end])


def _public_body(name: str) -> bool:
    return any(word in public_body_words() for word in name.lower().split())


def _one_of_them(head: Token) -> bool:
    """"one of the diplomats", "two of the officials": a part of an unnamed group."""
    if head.lower_ not in _QUANTIFIERS and not head.like_num:
        return False
    return any(
        prep.lower_ == "of" and any(
            lemma_of(noun).lower() in anonymous_nouns() for noun in prep.children
            if noun.dep_ == "pobj"
        )
        for prep in head.children
    )


def _definite(head: Token) -> bool:
    """"the spokesman" points back at someone; "a spokesman" or "two officials" do not."""
    determiners = [c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "amod")]
    if any(d in _QUANTIFIERS or d.isdigit() for d in determiners):
        return False
    return any(d in ("the", "this", "that") for d in determiners) or any(
        c.dep_ == "poss" for c in head.children
    )
