"""Label repair: a form's and a cluster's type come from a vote, not from one model label.

Each surface form votes its labels once (as fractions, so five mislabelled "Corvane" do not
outvote "Corvane Therapeutics"), and evidence adds weighted votes: a title before the name
(person), an organisation word inside it (organization), a gazetteer place (place).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Token

from .gazetteer import MAJOR, place_tier
from .lexicons import facility_nouns, org_words, place_prepositions, settings
from .mentions import Candidate

PERSON = "person"
PLACE = "place"
ORGANIZATION = "organization"
#: Names listed together share a kind when the list enumerates at least this many.
LIST_SIZE = 3
#: What may hang on a listed name besides its own name words: the list's commas and "and",
#: and a clause about the last of them ("…, Nariño and Putumayo, where fighting …").
_LIST_LINKS = frozenset({"conj", "cc", "punct", "relcl", "acl"})

#: "Leeds 2 Hull 1", "Castlebridge 0 Harwick Athletic 3 (ht 0-1)": a result line of two sides.
_RESULT_ROW = re.compile(r"^\s*([^\d\n]+?)\s+\d{1,3}\s+([^\d\n]+?)\s+\d{1,3}(?:\s*\(.*\))?\s*$")


def facility_weight() -> float:
    return float(settings()["weights"]["facility_noun"])


def form_votes(
    words: tuple[str, ...], mentions: Iterable[Candidate], label_types: dict[str, str]
) -> Counter[str]:
    """The type tally of one surface form, from its mentions' labels and its own evidence."""
    weights = settings()["weights"]
    mentions = list(mentions)
    labels = Counter(label_types[m.label] for m in mentions if m.label in label_types)
    total = sum(labels.values())
    votes: Counter[str] = Counter({kind: n / total for kind, n in labels.items()})
    titled = any(m.titled for m in mentions)
    if titled:
        votes[PERSON] += weights["title"]
    tier = None if titled else place_tier(" ".join(words))
    if tier is not None:
        votes[PLACE] += weights["place_major" if tier == MAJOR else "place_minor"]
    elif len(words) > 1 and any(w in org_words() for w in words):
        votes[ORGANIZATION] += weights["org_word"]
    if any(_after_place_preposition(m) for m in mentions):
        votes[PLACE] += weights["place_preposition"]
    if any(_listed_with_place(m) for m in mentions):
        votes[PLACE] += weights["place_list"]
    if any(_age_apposition(m) for m in mentions):
        votes[PERSON] += weights["age_apposition"]
    if any(before_facility_noun(m) for m in mentions):
        votes[PLACE] += weights["facility_noun"]
    if any(in_result_row(m) for m in mentions):
        votes[ORGANIZATION] += weights["result_row"]
    return votes


def in_result_row(mention: Candidate) -> bool:
    """A side in a result line is a team: an organisation, even when named by its town.

    A country or big city still outvotes it (national sides are the country)."""
    from ..spans import doc_text

    text = doc_text(mention.span.doc)
    begin = text.rfind("\n", 0, mention.start_char) + 1
    stop = text.find("\n", mention.end_char)
    line = text[begin : stop if stop != -1 else len(text)]
    match = _RESULT_ROW.match(line)
    if match is None:
        return False
    sides = {(begin + match.start(g), begin + match.end(g)) for g in (1, 2)}
    return (mention.start_char, mention.end_char) in sides


def before_facility_noun(mention: Candidate) -> bool:
    """ "his Mar-a-Lago resort": a name followed by "resort" or "estate" is a place."""
    doc, end = mention.span.doc, mention.span.end
    return end < len(doc) and doc[end].lower_ in facility_nouns() and doc[end].is_lower


def _after_place_preposition(mention: Candidate) -> bool:
    """ "in Surrey", "from Aurora": a place cue, unless a possessive follows ("in Trump's");
    for each name of a list it opens ("in Cauca, Nariño and Putumayo")."""
    doc, span = mention.span.doc, mention.span
    members = _list_members(span.root)
    start = members[0].left_edge.i if members else span.start  # "in Cauca, Nariño and …"
    if start == 0 or doc[start - 1].text not in place_prepositions():
        return False
    return span.end >= len(doc) or doc[span.end].text not in {"'s", "’s"}


def _listed_with_place(mention: Candidate) -> bool:
    """ "Cauca, Nariño and Putumayo": a name listed with places is likely one too (a list
    holds things of one kind). Only a vote: "Israel and Hamas" keeps Hamas a body."""
    span = mention.span
    members = _list_members(span.root)
    return any(
        t.ent_type_ in ("GPE", "LOC") for t in members if not span.start <= t.i < span.end
    )


def _list_members(token: Token) -> list[Token]:
    """The names of the list a token heads or belongs to, itself included: an enumeration of
    three or more bare names ("Cauca, Nariño and Putumayo"), else [] (two conjuncts are as
    often two clauses the parser joined: "from Portugal and Pedro I became …")."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    members, stack = [head], [head]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "conj":
                members.append(child)
                stack.append(child)
    bare = all(
        member.pos_ == "PROPN"
        and all(
            c.dep_ in _LIST_LINKS or (c.dep_ == "compound" and c.pos_ == "PROPN")
            for c in member.children
        )
        for member in members
    )
    return members if len(members) >= LIST_SIZE and bare else []


def _age_apposition(mention: Candidate) -> bool:
    """ "Marcus Hale, 52, ...": only people are given an age after a comma."""
    doc, end = mention.span.doc, mention.span.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != ",":
        return False
    age = doc[end + 1].text
    return age.isdigit() and 0 < int(age) < 120


def winner(votes: Counter[str], fallback: str) -> str:
    """The type with most votes; ``fallback`` (the longest form's label) breaks exact ties."""
    if not votes:
        return fallback
    ranked = votes.most_common()
    best = ranked[0][1]
    tied = [kind for kind, score in ranked if abs(score - best) < 1e-9]
    return fallback if fallback in tied else tied[0]


def surname_bonus() -> float:
    return float(settings()["weights"]["surname_pattern"])
