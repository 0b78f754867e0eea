"""One corpus-wide id per person and per organisation, from the names articles use.

The rules, for people (see ``names`` for how names are compared):

- full names merge when the surnames agree (spelling variants too: Zelensky/Zelenskyy) and the
  first names are compatible (equal, transliterated, or an initial); an initial ("J. Okafor")
  joins a full name only when exactly one person with a compatible first name carries it;
- a bare surname ("Putin") joins across documents only when exactly one full name in the corpus
  carries that surname; otherwise it stays its own person, one per document;
- the user's alias table applies last: its rows merge names, name an external id, or keep two
  names apart (``do-not-merge``), whatever the rules above decided.

Organisations merge on equal normalised names ("The Acme Corp." = "Acme") and on an acronym
that exactly one longer name in the corpus spells ("UN" = "United Nations").
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CorpusError
from .names import (
    PersonKey,
    acronym,
    first_names_compatible,
    folded,
    is_initial,
    middles_compatible,
    organization_key,
    person_key,
    surnames_match,
)

_TRUE = {"1", "true", "yes", "y", "x", "do-not-merge", "dnm"}


@dataclass(frozen=True, slots=True)
class NamedEntity:
    """One entity of one document, as linking sees it."""

    id: int
    document: int
    name: str


@dataclass(frozen=True, slots=True)
class Alias:
    """A row of the user's alias table."""

    canonical: str
    alias: str
    ref: str | None = None
    do_not_merge: bool = False


@dataclass(slots=True)
class Cluster:
    """Entities found to be one person (or organisation); ``name``/``ref`` set by aliases."""

    members: list[NamedEntity]
    name: str | None = None
    ref: str | None = None
    forms: set[str] = field(default_factory=set)


class _Union:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        parent = self.parent.setdefault(item, item)
        while parent != self.parent.setdefault(parent, parent):
            self.parent[item] = self.parent[parent]
            item, parent = parent, self.parent[parent]
        return parent

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def read_aliases(path: str | Path) -> list[Alias]:
    """``canonical,alias[,id][,do-not-merge]`` rows; a header row naming them is optional."""
    try:
        with Path(path).open(newline="", encoding="utf-8-sig") as stream:
            rows = [row for row in csv.reader(stream) if any(cell.strip() for cell in row)]
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read the alias table ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise CorpusError(f"{path}: the alias table is not UTF-8 text") from None
    if rows and [cell.strip().lower() for cell in rows[0][:2]] == ["canonical", "alias"]:
        rows = rows[1:]
    aliases = []
    for number, row in enumerate(rows, 1):
        cells = [cell.strip() for cell in row] + ["", ""]
        if not cells[0] or not cells[1]:
            raise CorpusError(f"{path}: row {number} needs a canonical name and an alias")
        aliases.append(
            Alias(cells[0], cells[1], cells[2] or None, cells[3].lower() in _TRUE)
        )
    return aliases


def link_people(
    entities: Sequence[NamedEntity], aliases: Iterable[Alias] = ()
) -> list[Cluster]:
    """Person entities grouped into people, ordered by their first entity (stable ids)."""
    keys = {entity.id: person_key(entity.name) for entity in entities}
    union = _Union()
    by_form: dict[PersonKey, list[NamedEntity]] = defaultdict(list)
    for entity in entities:
        key = keys[entity.id]
        if key is not None:
            by_form[key].append(entity)
    for members in by_form.values():
        for other in members[1:]:
            union.union(members[0].id, other.id)
    groups = _surname_groups({key.last for key in by_form})
    forms_by_group: dict[str, list[PersonKey]] = defaultdict(list)
    for key in by_form:
        forms_by_group[groups[key.last]].append(key)
    attached: set[PersonKey] = set()
    for forms in forms_by_group.values():
        attached |= _link_forms(forms, by_form, union)
    clusters: dict[object, list[NamedEntity]] = defaultdict(list)
    for entity in entities:
        key = keys[entity.id]
        if key is None:
            clusters[("loose", entity.id)].append(entity)
        elif key.full or key in attached:
            clusters[union.find(entity.id)].append(entity)
        else:  # a bare surname nobody else claims: one person per document
            clusters[(entity.document, key.last)].append(entity)
    return _apply_aliases(list(clusters.values()), list(aliases), folded)


def _surname_groups(surnames: set[str]) -> dict[str, str]:
    """Each surname → a representative of its spelling variants."""
    from rapidfuzz import process

    union = _Union()
    ordered = sorted(surnames)
    index = {name: number for number, name in enumerate(ordered)}
    by_letter: dict[str, list[str]] = defaultdict(list)
    for name in ordered:
        if len(name) >= 5:
            by_letter[name[0]].append(name)
    for names in by_letter.values():
        if len(names) < 2:
            continue
        scores = process.cdist(names, names, score_cutoff=0)
        for i, j in zip(*(scores >= 86).nonzero(), strict=True):
            if i < j and surnames_match(names[i], names[j]):
                union.union(index[names[i]], index[names[j]])
    return {name: ordered[union.find(index[name])] for name in ordered}


def _link_forms(
    forms: list[PersonKey], by_form: dict[PersonKey, list[NamedEntity]], union: _Union
) -> set[PersonKey]:
    """Within one surname group: full names, then initials, then bare surnames (returned
    when they joined the one full name that carries them)."""
    full = [form for form in forms if form.full and not is_initial(form.first)]
    for i, a in enumerate(full):
        for b in full[i + 1 :]:
            if first_names_compatible(a.first, b.first) and middles_compatible(a.middle, b.middle):
                union.union(by_form[a][0].id, by_form[b][0].id)
    for form in forms:
        if not form.full or not is_initial(form.first):
            continue
        roots = {
            union.find(by_form[other][0].id)
            for other in full
            if first_names_compatible(form.first, other.first)
        }
        if len(roots) == 1:
            union.union(by_form[form][0].id, roots.pop())
    roots = {union.find(by_form[form][0].id) for form in forms if form.full}
    bare = {form for form in forms if not form.full}
    if len(roots) != 1:
        return set()
    root = roots.pop()
    for form in bare:
        union.union(by_form[form][0].id, root)
    return bare


def link_organizations(
    entities: Sequence[NamedEntity], aliases: Iterable[Alias] = ()
) -> list[Cluster]:
    """Organisation entities grouped by normalised name and unambiguous acronym."""
    union = _Union()
    by_key: dict[str, list[NamedEntity]] = defaultdict(list)
    for entity in entities:
        by_key[organization_key(entity.name) or folded(entity.name)].append(entity)
    for members in by_key.values():
        for other in members[1:]:
            union.union(members[0].id, other.id)
    spelled: dict[str, set[str]] = defaultdict(set)
    for key in by_key:
        if len(key.split()) >= 2:
            spelled[acronym(key)].add(key)
    for key, members in by_key.items():
        long_forms = spelled.get(key, set())
        if " " not in key and len(long_forms) == 1 and members[0].name.isupper():
            union.union(members[0].id, by_key[next(iter(long_forms))][0].id)
    clusters: dict[int, list[NamedEntity]] = defaultdict(list)
    for entity in entities:
        clusters[union.find(entity.id)].append(entity)
    return _apply_aliases(list(clusters.values()), list(aliases), organization_key)


def _apply_aliases(
    groups: list[list[NamedEntity]], aliases: list[Alias], normal: Callable[[str], str]
) -> list[Cluster]:
    """Merge, name and split clusters as the alias table says; sorted by first entity."""
    clusters = [Cluster(members) for members in groups]
    for alias in aliases:
        canonical, other = normal(alias.canonical), normal(alias.alias)
        if alias.do_not_merge:
            clusters = [part for cluster in clusters for part in _split(cluster, canonical,
                                                                        other, normal)]
            continue
        named = [c for c in clusters if any(normal(m.name) in (canonical, other)
                                            for m in c.members)]
        if not named:
            continue
        keep = named[0]
        for cluster in named[1:]:
            keep.members.extend(cluster.members)
            keep.name = keep.name or cluster.name
            keep.ref = keep.ref or cluster.ref
        clusters = [c for c in clusters if c is keep or c not in named]
        keep.name = alias.canonical
        keep.ref = alias.ref or keep.ref
    for cluster in clusters:
        if cluster.name is None:
            for alias in aliases:
                if not alias.do_not_merge and normal(alias.canonical) in {
                    normal(m.name) for m in cluster.members
                }:
                    cluster.name, cluster.ref = alias.canonical, alias.ref
    for cluster in clusters:
        cluster.members.sort(key=lambda m: m.id)
    clusters.sort(key=lambda c: c.members[0].id)
    return clusters


def _split(
    cluster: Cluster, canonical: str, other: str, normal: Callable[[str], str]
) -> list[Cluster]:
    """Take the entities named ``other`` out of a cluster that also holds ``canonical``."""
    names = [normal(m.name) for m in cluster.members]
    if canonical not in names or other not in names:
        return [cluster]
    kept = [m for m, n in zip(cluster.members, names, strict=True) if n != other]
    taken = [m for m, n in zip(cluster.members, names, strict=True) if n == other]
    key = person_key(taken[0].name)
    if key is not None and not key.full:  # a bare surname: one person per document
        per_document: dict[int, list[NamedEntity]] = defaultdict(list)
        for member in taken:
            per_document[member.document].append(member)
        parts = [Cluster(members) for members in per_document.values()]
    else:
        parts = [Cluster(taken)]
    cluster.members = kept
    return [cluster, *parts]
