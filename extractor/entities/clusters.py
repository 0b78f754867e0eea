"""Clustering: the mentions of one real-world thing within a document form one cluster.

Surface forms are clustered, longest first, so full names exist before their short forms look
for them. A short form joins a cluster as a surname ("Trump" → "Donald Trump"), a company name
without its designator ("Corvane" → "Corvane Therapeutics"), an acronym ("ISW" → "Institute
for the Study of War") or a spelling variant of the same type ("Zelenskiy" → "Zelensky"). A
short form that fits two clusters joins the one with clearly more mentions (unless the story
used it before that one came up) and otherwise stays its own entity: "Biden" is never glued to
"Hunter Biden" and "Joe Biden" at once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..spans import doc_text
from .gazetteer import MAJOR, place_tier
from .lexicons import acronym_skip_words, org_words, settings
from .mentions import Candidate
from .repair import ORGANIZATION, PERSON, form_votes, surname_bonus, winner

_WORD = re.compile(r"[\w’'.&-]+")
#: A middle (or leading) initial: the "C." of "Robert C. Scott", the "J." of "J. Lee Ortiz".
_INITIAL = re.compile(r"[A-Z]\.")
#: Lower-case particles inside surnames: "Bill de Blasio", "Ursula von der Leyen".
_NAME_PARTICLES = frozenset({
    "de", "da", "di", "du", "del", "della", "dos", "das", "do", "van", "von", "der", "den",
    "ter", "la", "le", "bin", "al", "el", "ibn",
})


@dataclass(slots=True)
class Form:
    """One normalised surface form ("Trump") and every candidate written that way."""

    key: str
    words: tuple[str, ...]
    mentions: list[Candidate]
    votes: Counter[str] = field(default_factory=Counter)
    fallback: str = PERSON

    @property
    def guess(self) -> str:
        return winner(self.votes, self.fallback)


@dataclass(slots=True)
class Cluster:
    forms: list[Form]
    surname_joined: bool = False

    @property
    def count(self) -> int:
        return sum(len(f.mentions) for f in self.forms)

    @property
    def head(self) -> Form:
        return self.forms[0]

    def votes(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for form in self.forms:
            total.update(form.votes)
        if self.surname_joined:
            total[PERSON] += surname_bonus()
        return total

    def kind(self) -> str:
        return winner(self.votes(), self.head.fallback)


def words_of(text: str) -> tuple[str, ...]:
    """The words of a name, with typographic apostrophes made plain: "O’Neill" is "O'Neill"."""
    return tuple(_WORD.findall(text.replace("’", "'")))


def build_forms(mentions: list[Candidate], label_types: dict[str, str]) -> list[Form]:
    """Group candidates by normalised text; an all-caps name takes its mixed-case spelling."""
    texts = {" ".join(words_of(m.text)) for m in mentions}
    by_folded = {t.casefold(): t for t in texts if not t.isupper()}
    forms: dict[str, Form] = {}
    for mention in mentions:
        key = " ".join(words_of(mention.text))
        if key.isupper() and key.casefold() in by_folded:
            key = by_folded[key.casefold()]
        elif key.isupper() and mention.span.start_char == _first_char(mention):
            key = key.title()
        form = forms.get(key)
        if form is None:
            form = forms[key] = Form(key, words_of(key), [])
        form.mentions.append(mention)
    for form in forms.values():
        form.votes = form_votes(form.words, form.mentions, label_types)
        longest = Counter(label_types[m.label] for m in form.mentions if m.label in label_types)
        form.fallback = longest.most_common(1)[0][0] if longest else PERSON
    return list(forms.values())


def _first_char(mention: Candidate) -> int:
    """Where the doc's first non-space character is: a dateline name starts there."""
    text = doc_text(mention.span.doc)
    return len(text) - len(text.lstrip())


def cluster_forms(forms: list[Form]) -> list[Cluster]:
    clusters: list[Cluster] = []
    order = sorted(forms, key=lambda f: (-len(f.words), f.mentions[0].start_char))
    for form in order:
        matches = _matches(form, clusters)
        chosen = _introduced_first(form, _salient(matches), matches)
        if chosen is None:
            clusters.append(Cluster([form]))
            continue
        cluster, how = chosen
        cluster.forms.append(form)
        if how == "surname":
            cluster.surname_joined = True
    return clusters


def _matches(form: Form, clusters: list[Cluster]) -> list[tuple[Cluster, str]]:
    found: list[tuple[Cluster, str]] = []
    for cluster in clusters:
        how = _relation(form, cluster)
        if how:
            found.append((cluster, how))
    return found


def _salient(matches: list[tuple[Cluster, str]]) -> tuple[Cluster, str] | None:
    """One match wins outright; of several, the one the text makes salient or none.

    Salience is news style: the person introduced with a title ("President Joe Biden") is the
    one later called by surname alone, then the one mentioned more often. A tie on both stays
    unresolved rather than merging two people.
    """
    if not matches:
        return None
    if len(matches) == 1:
        return matches[0]
    ranked = sorted(matches, key=lambda m: _salience(m[0]), reverse=True)
    if _salience(ranked[0][0]) > _salience(ranked[1][0]):
        return ranked[0]
    return None


def _introduced_first(
    form: Form, chosen: tuple[Cluster, str] | None, matches: list[tuple[Cluster, str]]
) -> tuple[Cluster, str] | None:
    """A bare surname the story uses before the more-mentioned namesake comes up is the one
    it introduced first: "Omar Vance's plan … the Vance campaign …", and only later "Rita
    Vance, his daughter" three times, still leaves "Vance" his. The headline line does not
    count as a use: it comes before every introduction."""
    if chosen is None or chosen[1] != "surname":
        return chosen
    text = doc_text(form.mentions[0].span.doc)
    body = text.find("\n", _first_char(form.mentions[0]))
    uses = [m.start_char for m in form.mentions if body >= 0 and m.start_char > body]
    if not uses:
        return chosen
    first_use = min(uses)
    if _first_start(chosen[0]) < first_use:
        return chosen
    earlier = [m for m in matches if m[1] == "surname" and _first_start(m[0]) < first_use]
    return earlier[0] if len(earlier) == 1 else chosen


def _first_start(cluster: Cluster) -> int:
    return min(m.start_char for f in cluster.forms for m in f.mentions)


def _salience(cluster: Cluster) -> tuple[bool, int]:
    titled = any(m.titled for f in cluster.forms for m in f.mentions)
    return (titled, cluster.count)


def _relation(form: Form, cluster: Cluster) -> str | None:
    """How ``form`` can be a shorter or variant way of writing the cluster's name."""
    for other in cluster.forms:
        if len(other.words) > len(form.words):
            if _without_initials(other.words) == form.words and person_shaped(other):
                return "variant"  # "Loretta Lynch" after "Loretta E. Lynch"
            if _is_acronym(form.key, other.words):
                return "acronym"
            if _is_designator_short(form.words, other.words):
                return "short"
            if _is_surname(form, other):
                return "surname"
            if _is_given_name(form, other):
                return "given"
            if _is_nickname(form, other):
                return "nickname"
            if _is_organization_tail(form, other):
                return "short"
    if form.guess != cluster.kind() and not person_shaped(cluster.head):
        return None
    for other in cluster.forms:
        if _fuzzy_same(form.words, other.words):
            return "variant"
        if (
            len(form.words) == 1
            and len(other.words) > 1
            and person_shaped(other)
            and place_tier(form.key) != MAJOR
            and _fuzzy_word(form.words[0], other.words[-1])
        ):
            return "surname"
    return None


def _without_initials(words: tuple[str, ...]) -> tuple[str, ...]:
    """The name without its middle initials: "Robert C. Scott" → "Robert Scott"."""
    last = len(words) - 1
    return tuple(w for i, w in enumerate(words) if not (0 < i < last and _INITIAL.fullmatch(w)))


def _is_acronym(key: str, words: tuple[str, ...]) -> bool:
    letters = key.replace("&", "").replace(".", "")  # "S.E.C." as well as "SEC"
    if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
        return False
    if key in words or any("." in w for w in words):
        return False  # "U.S." is not short for "U.S. Senate"
    skip = acronym_skip_words()
    initials = "".join(w[0] for w in words if w not in skip and w[0].isupper())
    return initials == letters


def _is_designator_short(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """ "Corvane" for "Corvane Therapeutics", "Ribeira" for "Atlético Ribeira": the long name
    minus designators at either end. A known place never shortens a club ("Manchester")."""
    designators = org_words()
    if place_tier(" ".join(short)) is not None:
        return False
    for offset in range(len(long) - len(short) + 1):
        if long[offset : offset + len(short)] == short:
            rest = long[:offset] + long[offset + len(short) :]
            return all(designators.get(w, False) for w in rest)
    return False


def _is_surname(form: Form, other: Form) -> bool:
    tail = other.words[-len(form.words) :]
    if [w.casefold() for w in tail] != [w.casefold() for w in form.words]:
        return False  # "De Blasio" at a sentence start is the surname of "Bill de Blasio"
    if not person_shaped(other):
        return False
    return place_tier(form.key) != MAJOR or any(m.titled for m in form.mentions)


def _is_given_name(form: Form, other: Form) -> bool:
    """ "Tiago" for "Tiago Mendonça": sports and features call people by their first name."""
    return (
        len(form.words) == 1
        and other.words[0] == form.words[0]
        and person_shaped(other)
        and place_tier(form.key) is None
    )


def _is_nickname(form: Form, other: Form) -> bool:
    """ "Bobby Scott" for 'Robert C. "Bobby" Scott': the quoted nickname and the surname."""
    if len(form.words) != 2 or form.words[-1] != other.words[-1] or not person_shaped(form):
        return False
    nickname = form.words[0]
    if nickname not in other.words[1:-1]:
        return False
    return any(
        f"{mark}{nickname}" in m.text for m in other.mentions for mark in ('"', "“", "'", "‘")
    )


def _is_organization_tail(form: Form, other: Form) -> bool:
    """ "the Tax Policy Center" after "the Urban-Brookings Tax Policy Center": news introduces
    a body by its full name and then drops the words before its head. Two words at least, and
    only after the full name has been written."""
    if len(form.words) < 2 or other.words[-len(form.words) :] != form.words:
        return False
    if form.guess != ORGANIZATION or other.guess != ORGANIZATION or person_shaped(other):
        return False
    return other.mentions[0].start_char < form.mentions[0].start_char


def person_shaped(form: Form) -> bool:
    """Two to four capitalised words, none an organisation word, and not a known place."""
    words = form.words
    if not 2 <= len(words) <= 4 or any(w in org_words() for w in words):
        return False
    if not all(
        (w[0].isupper() and not w.isupper())
        or (i > 0 and w in _NAME_PARTICLES)
        or (i < len(words) - 1 and _INITIAL.fullmatch(w))
        for i, w in enumerate(words)
    ):
        return False
    return place_tier(form.key) is None


def _fuzzy_same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same number of words, each equal or a close spelling variant."""
    if len(a) != len(b) or a == b:
        return False
    return all(x == y or _fuzzy_word(x, y) for x, y in zip(a, b, strict=True))


def _fuzzy_word(a: str, b: str) -> bool:
    """ "Zelenskiy" ~ "Zelensky": long enough, same initial, close by rapidfuzz's ratio."""
    config = settings()
    if a == b:
        return True
    if min(len(a), len(b)) < config["fuzzy_min_length"] or a[0] != b[0]:
        return False
    from rapidfuzz.fuzz import ratio

    return ratio(a, b) >= config["fuzzy_min_ratio"]
