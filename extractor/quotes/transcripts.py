"""Transcript turns and signed quotations: speakers named by layout rather than by a verb.

"PENCE: We will win." is a turn of a transcript: the label in capitals speaks the rest of the
line; so does a person the text names ("Hale: We will win", the way headlines quote).
"“We will win.” ― Maria Lopez" is a quotation signed after a dash, as in readers' letters and
epigraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..document import Mention, Speaker
from ..models_data import load_lexicon
from .context import DocContext
from .lexicons import anonymous_nouns, document_nouns, organization_nouns
from .marks import QuotedPassage

_TURN = re.compile(
    r"^[ \t\"“”'‘’]*(?:[A-Z]{3,}[ \t]*[–—-][ \t]*)?"  # "EXCLUSIVE – Name: …"
    r"(?P<label>[A-Z][\w.'’\-]*[\w.](?: [A-Z][\w.'’\-]*[\w.]){0,3}):[ \t]+"
    r"(?P<speech>\S[^\n]*)$",
    re.MULTILINE,
)
#: A headline whose label is a plain noun phrase: "Insiders: …", "WSJ editorial: …".
_HEADLINE = re.compile(
    r"[ \t\"“”'‘’]*(?P<label>[A-Z][\w.'’\-]*(?: [\w.'’\-]+){0,3}):[ \t]+"
    r"(?P<speech>\S[^\n]*)$",
    re.MULTILINE,
)
#: A headline that names whom or where a person spoke: "Hale to Voters: …", "Lima at Rally: …".
_ADDRESSED = re.compile(
    r"[ \t\"“”'‘’]*(?P<label>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3})"
    r" (?:[Tt]o|[Aa]t|[Oo]n) [^:\n]{2,60}:[ \t]+(?P<speech>\S[^\n]*)$",
    re.MULTILINE,
)
#: A transcript has several turns; one capitalised word and a colon may be a heading.
MIN_TURNS = 2
#: A dash and a name after a quotation, on its line or opening the next paragraph
#: ("“…”\n\n- Ana Lima."): the sign-off of a quotation set out on its own.
_SIGNATURE = re.compile(
    r"[^\S\n]*(?:[―—–]+|(?:\n[^\S\n]*)+-)[^\S\n]*(?=[A-Z])"
)
#: Words a sign-off may put before the name: "- Senator Ana Lima, at the rally."
MAX_SIGNATURE_TITLE = 3
_TRAILING = " \t\"“”'‘’"
_SIGNED_NAME = re.compile(
    r"(?P<name>[A-Z][\w'’-]*\.?(?: (?:[A-Z][\w'’-]*\.?|de|da|del|van|von|la)){1,4})"
    r"[^\S\n.]*\.?[^\S\n]*(?:\n|$)"
)


@dataclass(slots=True)
class Turn:
    label_start: int
    label_end: int
    start: int
    end: int
    #: a transcript's turn is its speaker's own words; a headline's ("Poll: …") a summary
    kind: str = "direct"


@cache
def _not_speakers() -> frozenset[str]:
    return frozenset(load_lexicon("transcript_labels.txt"))


def transcript_turns(ctx: DocContext) -> list[Turn]:
    """Lines opening with a capitalised label and a colon, when the text has several."""
    turns = []
    named = []
    first_line = len(ctx.text) - len(ctx.text.lstrip())  # where a headline would start
    for match in _TURN.finditer(ctx.text):
        label = match.group("label").rstrip(".")
        if label.upper() in _not_speakers() or sum(c.isalpha() for c in label) < 2:
            continue
        person = _entity_named(ctx, label.split()[-1]) is not None
        headline = match.start() == first_line
        source = headline and _headline_source(ctx, label)
        if not person and not source and not label.isupper():
            continue  # "Update: …", "Washington: …": a heading, not somebody speaking
        start = match.start("speech")
        end = match.end("speech")
        while end > start and ctx.text[end - 1] in _TRAILING:
            end -= 1
        if end - start < 2 or not any(c.isalpha() for c in ctx.text[start:end]):
            continue  # "Lee: 547." is a tally row, not something Lee said
        turn = Turn(match.start("label"), match.start("label") + len(label), start, end,
                    "indirect" if headline else "direct")
        (named if person or source else turns).append(turn)
    if len(turns) < MIN_TURNS:
        turns = []
    if not any(t.label_start <= first_line + 3 for t in named):
        headline = _plain_headline(ctx, first_line)
        if headline is not None:
            named.append(headline)
    return sorted(turns + named, key=lambda t: t.start)


def _plain_headline(ctx: DocContext, first_line: int) -> Turn | None:
    """"Insiders: Hale will rebound", "WSJ editorial: …": a headline whose label is a source
    noun in plain words (a document, a body or an unnamed source), as headlines attribute; or
    a person and whom they spoke to ("Hale to Farmers: …")."""
    match = _HEADLINE.match(ctx.text, first_line)
    if match is None or _source_noun_type(match.group("label")) is None:
        match = _ADDRESSED.match(ctx.text, first_line)
        if match is None or _entity_named(ctx, match.group("label").split()[-1]) is None:
            return None
    start, end = match.start("speech"), match.end("speech")
    while end > start and ctx.text[end - 1] in _TRAILING:
        end -= 1
    if end - start < 2:
        return None
    label_start = match.start("label")
    return Turn(label_start, label_start + len(match.group("label")), start, end, "indirect")


def _source_noun_type(label: str) -> str | None:
    """The speaker type of a label ending in a source noun: "Newspaper" an organization,
    "WSJ editorial" a document, "Insiders" an unnamed source."""
    word = label.split()[-1].lower().replace("’", "'").removesuffix("'s").removesuffix("'")
    for form in (word, word.removesuffix("s")):
        if form in document_nouns():
            return "document"
        if form in organization_nouns():
            return "organization"
        if form in anonymous_nouns():
            return "anonymous"
    return None


def _headline_source(ctx: DocContext, label: str) -> bool:
    """"Poll: …", "AP: …" opening an article: a document or a body the text names speaks."""
    return label.lower() in document_nouns() or _organization_named(ctx, label) is not None


def _organization_named(ctx: DocContext, label: str) -> str | None:
    for entity in ctx.entities.values():
        if entity.type == "organization" and label in (entity.name, *entity.aliases):
            return entity.id
    return None


def turn_speaker(ctx: DocContext, turn: Turn) -> Speaker:
    """The label's person: the entity whose surname it is, else the label in title case; a
    headline's document ("Poll: …") or body ("AP: …")."""
    label = ctx.text[turn.label_start : turn.label_end]
    entity = _entity_named(ctx, label.split()[-1])
    body = _organization_named(ctx, label)
    if body is not None and entity is None:
        return Speaker(turn.label_start, turn.label_end, label, ctx.entities[body].name, body,
                       "organization", "named")
    if label.lower() in document_nouns():
        return Speaker(turn.label_start, turn.label_end, label, None, None, "document")
    plain = _source_noun_type(label)
    if entity is None and plain is not None:  # "Insiders: …", "AP-GfK Poll: …"
        return Speaker(turn.label_start, turn.label_end, label, None, None, plain)
    antecedent = None
    if entity is not None:
        name = ctx.entities[entity].name
        first = ctx.entities[entity].mentions[0]
        antecedent = Mention(first.start, first.end, first.text)
        return Speaker(turn.label_start, turn.label_end, label, name, entity, "person",
                       "named", antecedent)
    return Speaker(turn.label_start, turn.label_end, label, _title_case(label), None, "person",
                   "named")


def signed_speaker(ctx: DocContext, passage: QuotedPassage) -> Speaker | None:
    """"“…” ― Maria Lopez": a person named right after a dash that follows the closing mark."""
    match = _SIGNATURE.match(ctx.text, passage.close_mark)
    if match is None:
        return None
    span = ctx.doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
    if span is None:
        return None
    first = _signed_person(ctx, span.start)
    if first is None:
        return _signature_name(ctx, match.end())
    entity = ctx.token_entity[first]
    for start, end, owner in ctx.mentions:
        if owner == entity and start <= first < end:
            mention = ctx.doc[start:end]
            return Speaker(mention.start_char, mention.end_char, mention.text,
                           ctx.entities[entity].name, entity, "person", "named")
    return None


def _signed_person(ctx: DocContext, start: int) -> int | None:
    """The first token of a person in a sign-off, past a title the model left out of the name
    ("- Senator Ana Lima, at the rally")."""
    doc = ctx.doc
    for i in range(start, min(len(doc), start + MAX_SIGNATURE_TITLE + 1)):
        if doc[i].is_punct or "\n" in doc[i].text:
            return None
        entity = ctx.token_entity[i]
        if entity is not None and ctx.entity_type(entity) == "person":
            return i
    return None


def _signature_name(ctx: DocContext, start: int) -> Speaker | None:
    """A signature the model did not tag: two to five capitalised words (initials allowed)
    that end the line."""
    match = _SIGNED_NAME.match(ctx.text, start)
    if match is None:
        return None
    name = match.group("name")
    end = start + len(name)
    return Speaker(start, end, name, name, None, "person", "named")


def _entity_named(ctx: DocContext, word: str) -> str | None:
    word = word.lower().replace("’", "'")
    for entity in ctx.entities.values():
        if entity.type == "person" and entity.name.lower().replace("’", "'").split()[-1] == word:
            return entity.id
    return None


def _title_case(label: str) -> str:
    return " ".join(part[:1] + part[1:].lower() for part in label.split())
