"""Label consistency: every other occurrence of a clustered name is a mention too.

The model often tags "Sarsenbayev" in one sentence and not in the next; a reader (and the gold
standard) counts both. An unlabelled occurrence joins the cluster of the form it spells, unless
it is part of a longer capitalised name ("Geneva" in "Geneva Centre") or a sentence-initial
word the tagger does not call a proper noun.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from ..spans import doc_text
from .clusters import Cluster, Form, person_shaped
from .lexicons import is_title
from .mentions import Candidate, headline_tokens, in_adjective_compound
from .repair import PERSON, PLACE, before_facility_noun, facility_weight


def propagate(doc: Doc, clusters: list[Cluster]) -> None:
    """Add the unlabelled occurrences of each cluster's forms to that cluster, in place."""
    taken = [False] * len(doc)
    for cluster in clusters:
        for form in cluster.forms:
            for mention in form.mentions:
                for i in range(mention.span.start, mention.span.end):
                    taken[i] = True
    headline = headline_tokens(doc)
    surfaces = sorted(
        {
            (m.text, id(cluster), form.key)
            for cluster in clusters
            for form in cluster.forms
            for m in form.mentions
        },
        key=lambda s: -len(s[0]),
    )
    surfaces.extend(_surnames(clusters))
    by_id = {id(c): c for c in clusters}
    for text, cluster_id, key in surfaces:
        if text.islower():
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", doc_text(doc)):
            span = doc.char_span(*match.span())
            if span is None or any(taken[i] for i in range(span.start, span.end)):
                continue
            if span.start not in headline and not _stands_alone(span):
                continue
            if in_adjective_compound(doc, span.start, span.end):
                continue
            form = _form(by_id[cluster_id], key)
            label = form.mentions[0].label if form.mentions else "PERSON"
            titled = span.start > 0 and is_title(doc[span.start - 1].text)
            found = Candidate(Span(doc, span.start, span.end, label=label), label, titled)
            form.mentions.append(found)
            if before_facility_noun(found):
                form.votes[PLACE] += facility_weight()
            for i in range(span.start, span.end):
                taken[i] = True
    for cluster in clusters:
        for form in cluster.forms:
            form.mentions.sort(key=lambda m: m.start_char)


def _surnames(clusters: list[Cluster]) -> list[tuple[str, int, str]]:
    """A person's surname alone ("Raman" after "Devendra Raman"), when no one else shares it."""
    owners: dict[str, set[int]] = {}
    for cluster in clusters:
        for form in cluster.forms:
            owners.setdefault(form.key, set()).add(id(cluster))
            if cluster.kind() == PERSON and len(form.words) > 1 and person_shaped(form):
                owners.setdefault(form.words[-1], set()).add(id(cluster))
    return [
        (surname, next(iter(ids)), surname)
        for surname, ids in owners.items()
        if len(ids) == 1 and " " not in surname and not _is_form(clusters, surname)
    ]


def _is_form(clusters: list[Cluster], key: str) -> bool:
    return any(f.key == key for c in clusters for f in c.forms)


def _form(cluster: Cluster, key: str) -> Form:
    """The cluster's form spelt ``key``, created for a surname first seen by propagation."""
    for form in cluster.forms:
        if form.key == key:
            return form
    form = Form(key, (key,), [], Counter({PERSON: 1.0}), PERSON)
    cluster.forms.append(form)
    return form


def _stands_alone(span: Span) -> bool:
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_alpha and after.text[0].isupper():
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    first = doc[span.start]
    at_start = before is None or first.is_sent_start or before.is_space or before.is_punct
    if before is not None and before.is_alpha and before.text[0].isupper() and not at_start:
        return is_title(before.text)
    return not at_start or len(span) > 1 or first.pos_ == "PROPN"
