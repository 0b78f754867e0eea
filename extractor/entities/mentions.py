"""Candidate mentions: the model's names, trimmed and completed before they are clustered.

Repairs made here, each seen with en_core_web_sm on news text: a mention never spans a line
break or starts with "the" or a title ("President", "Dr."), never ends in a possessive; the
all-caps dateline place ("MOSCOW, March 3 —") is a mention; an acronym's expansion
("Institute for the Study of War (ISW)") is one mention even when the model cut it short;
countries, capitals and big cities the model missed are found in the gazetteer; and names in a
title-case headline line are only trusted when the body uses them too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..spans import doc_text, split_at_line_breaks
from .gazetteer import MAJOR, place_tier
from .lexicons import (
    acronym_skip_words,
    determiners,
    is_role,
    is_title,
    org_words,
    portfolios,
    postnominals,
)

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_DATELINE_END = frozenset({",", "—", "–", "-", "("})
_SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", "’", "'")
#: Tags of words that are never a name alone: "On Sunday, ...", "But", "Its".
_FUNCTION_TAGS = frozenset({"IN", "DT", "CC", "PRP", "PRP$", "MD", "WDT", "WP", "WRB", "TO", "EX"})
#: Capitalised adverbs that open sentences and that the model glues onto the name after them
#: ("Later Park admitted …").
_SENTENCE_ADVERBS = frozenset({
    "Later", "Earlier", "Meanwhile", "Still", "Also", "Then", "Now", "Yesterday", "Today",
    "Instead", "However", "Afterward", "Afterwards", "Finally", "Eventually", "Separately",
    "Similarly", "Likewise", "Moreover", "Nonetheless", "Nevertheless", "Previously",
})
#: "U.S.", "D.C.", "N.Y.U.": dotted initials are a name although no token is alphabetic.
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]\.?")
_SHORTENED = re.compile(r"[A-Z][a-z]{1,4}\.")
_NOT_NAMES = frozenset({"St.", "Mt.", "No.", "Jr.", "Sr.", "Inc.", "Co.", "Ltd.", "Corp."})
#: The word after the hyphen in "Washington-based", "GOP-heavy"; not "Ban Ki-moon".
_ADJECTIVE_TAGS = frozenset({"VBN", "VBD", "VBG", "JJ"})
_DEMONYM_PLURALS = ("ans", "ens", "is", "ites")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]?\s")


@dataclass(slots=True)
class Candidate:
    """A span of the doc the clustering treats as one mention of a name."""

    span: Span
    label: str
    titled: bool = False

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def start_char(self) -> int:
        return self.span.start_char

    @property
    def end_char(self) -> int:
        return self.span.end_char


def headline_tokens(doc: Doc) -> frozenset[int]:
    """Token indices on title-case lines without closing punctuation: headlines and kickers."""
    indices: set[int] = set()
    offset = 0
    for line in doc_text(doc).split("\n"):
        if _is_headline(line):
            span = doc.char_span(offset, offset + len(line), alignment_mode="expand")
            if span is not None:
                indices.update(range(span.start, span.end))
        offset += len(line) + 1
    return frozenset(indices)


def _is_headline(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    if len(words) < 3 or len(words) > 25 or line.rstrip().endswith(_SENTENCE_END):
        return False
    if is_table_row(line):
        return False
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def is_table_row(line: str) -> bool:
    """A results row or a list, not a headline: "3. Ana Lima (Brazil) 4:08.96", "Ana Lima,
    Rui Costa, Ivo Sousa". Their capitalised words are names the model tags reliably."""
    pieces = line.split()
    with_digits = sum(1 for piece in pieces if any(c.isdigit() for c in piece))
    if pieces and with_digits * 4 >= len(pieces):
        return True
    if line.rstrip().endswith(_SENTENCE_END):
        return False
    return bool(_NUMBERED.match(line)) or len(re.findall(r"[,;]", line)) >= 2


def trimmed(span: Span, label: str) -> Candidate | None:
    """The name inside a model span: no determiner, title, possessive or edge punctuation."""
    doc = span.doc
    start, end = _whole_words(doc, span.start, span.end)
    if _adjective_compound(doc, end):
        return None
    titled = False
    while start < end and (
        doc[start].is_punct
        or doc[start].text in determiners()
        or (doc[start].text in _SENTENCE_ADVERBS and end - start > 1)
    ):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    while end - start > 1 and doc[end - 1].text in postnominals():
        end -= 1
        titled = True
    leading = start
    while end - leading > 1 and is_title(doc[leading].text):
        leading += 1
    if leading > start and (label == "PERSON" or _name_like(doc[leading:end])):
        start, titled = leading, True
    if end == start or not any(t.is_alpha or _abbreviation(t) for t in doc[start:end]):
        return None
    titled = titled or (start > 0 and is_title(doc[start - 1].text))
    if titled and _former(doc, start):
        titled = False  # "former President Bill Clinton" holds no office the story is about
    return Candidate(Span(doc, start, end, label=label), label, titled)


#: Words before a title that say its holder left the office.
_FORMER = frozenset({"former", "ex", "ex-", "late"})


def _former(doc: Doc, start: int) -> bool:
    """Whether the titles right before ``start`` are a former office: "former Gov. Ana Lima"."""
    i = start - 1
    while i >= 0 and is_title(doc[i].text):
        i -= 1
    return i >= 0 and i < start - 1 and doc[i].lower_ in _FORMER


def _abbreviation(token: Token) -> bool:
    """ "U.S.", "D.C.", "Fla.": a name though no token is alphabetic; not "Jr." or "St."."""
    text = token.text
    if _INITIALS.fullmatch(text):
        return True
    return bool(_SHORTENED.fullmatch(text)) and not is_title(text) and text not in _NOT_NAMES


def _whole_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Widen to whole hyphenated words: the model tags "Bormes" and "Mimosas" separately."""
    while start > 0 and not doc[start - 1].whitespace_ and _joins(doc, start - 1):
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and _joins(doc, end):
        end += 1
    if doc[start].text == "-":
        start += 1
    if doc[end - 1].text == "-":
        end -= 1
    return start, end


def _adjective_compound(doc: Doc, end: int) -> bool:
    """ "Washington-based", "Kremlin-backed", "Saudi-led": a name turned into an adjective."""
    last = doc[end - 1]
    if end < 2 or doc[end - 2].text != "-" or not (last.is_alpha and last.is_lower):
        return False
    return last.tag_ in _ADJECTIVE_TAGS or last.text.endswith("ed")


def in_adjective_compound(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens are the name part of a "Washington-based" compound."""
    return _adjective_compound(doc, _whole_words(doc, start, end)[1])


def _joins(doc: Doc, i: int) -> bool:
    """A hyphen, or a word right after a hyphen, glued to its neighbours without spaces."""
    if doc[i].is_space:
        return False
    if doc[i].text == "-":
        return True
    return (i > 0 and doc[i - 1].text == "-") or (i + 1 < len(doc) and doc[i + 1].text == "-")


def _name_like(span: Span) -> bool:
    """Two or three capitalised words and no organisation word: a person after a title."""
    words = [t.text for t in span]
    return 2 <= len(words) <= 3 and all(
        w[0].isupper() and w.isalpha() and w not in org_words() for w in words
    )


def _at_possessive(span: Span) -> list[Span]:
    """ "Norway’s Ministry of Coastal Affairs": the owner and the thing owned are two names."""
    for token in span[1:-1]:
        if token.text in _POSSESSIVE:
            owner = Span(span.doc, span.start, token.i, label=span.label)
            owned = Span(span.doc, token.i + 1, span.end, label=span.label)
            return [owner, *_at_possessive(owned)]
    return [span]


def _relabelled(span: Span) -> str:
    """A name the model calls a work of art or product but that ends in "Association" is an
    organisation; an owner split off by a possessive is a place when the gazetteer says so."""
    words = [t.text for t in span]
    if place_tier(span.text) is not None and len(words) <= 3:
        return "GPE" if span.label_ not in {"PERSON", "GPE", "LOC", "FAC"} else span.label_
    if span.label_ not in {"PERSON", "ORG", "GPE", "LOC", "FAC"} and words[-1] in org_words():
        return "ORG"
    return span.label_


def _at_numbers(span: Span) -> list[Span]:
    """ "Ana Lima 4-70", "Leeds 2 Hull 1": a score or figure in a row is not part of a name.

    A person's name and a table row are cut at every number ("64 Ana Lima 75th"); elsewhere
    only at a number standing apart after the first word ("EB-5 Visa Coalition", "9/11
    Commission" are whole names), and a plain number at the end stays ("Route 66"). What
    follows a number must be capitalised to stay a name.
    """
    doc = span.doc
    anywhere = span.label_ == "PERSON" or _table_row_at(doc, span.start)
    named = [t.i for t in span if t.is_alpha and t.text not in determiners()]
    digits = [
        t.i
        for t in span
        if t.text[:1].isdigit()
        and (anywhere or (named and named[0] < t.i and doc[t.i - 1].whitespace_))
    ]
    if not digits:
        return [span]
    if not anywhere and digits == [span.end - 1] and doc[span.end - 1].is_digit:
        return [span]
    pieces: list[Span] = []
    start = span.start
    for i in [*digits, span.end]:
        if i > start and (start == span.start or doc[start].text[:1].isupper()):
            pieces.append(Span(doc, start, i, label=span.label))
        start = i + 1
    return pieces


def _table_row_at(doc: Doc, token_i: int) -> bool:
    """Whether the line holding a token is a table row, worked out once per line: a text that
    is one huge line must not be rescanned for every name in it."""
    text = doc_text(doc)
    starts = doc.user_data.get(_LINE_STARTS)
    if starts is None:
        starts = doc.user_data[_LINE_STARTS] = [0, *(m.end() for m in _NEWLINE.finditer(text))]
    rows = doc.user_data.setdefault(_TABLE_ROWS, {})
    line = bisect.bisect_right(starts, doc[token_i].idx) - 1
    if line not in rows:
        end = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
        rows[line] = is_table_row(text[starts[line] : end])
    return rows[line]


_LINE_STARTS = ("extractor", "line_starts")
_TABLE_ROWS = ("extractor", "table_rows")
_NEWLINE = re.compile("\n")


def _function_word(span: Span) -> bool:
    """ "On" in "On Sunday, the Kremlin said": one function word is never a name."""
    token = span[0]
    return len(span) == 1 and token.tag_ in _FUNCTION_TAGS and token.is_stop and not token.is_upper


def _demonym(span: Span) -> bool:
    """ "Ukrainian", "Chechens": a nationality the model calls a place is NORP (type other)."""
    token = span[0]
    plural = token.tag_ in {"NNPS", "NNS"} and token.text.endswith(_DEMONYM_PLURALS)
    return (
        len(span) == 1
        and span.label_ in {"GPE", "LOC"}
        and (token.tag_ == "JJ" or plural)
        and place_tier(token.text) is None
    )


def model_candidates(doc: Doc, labels: Iterable[str]) -> Iterator[Candidate]:
    wanted = frozenset(labels)
    for ent in doc.ents:
        for line_piece in split_at_line_breaks(ent):
            for piece in (p for owned in _at_possessive(line_piece) for p in _at_numbers(owned)):
                if _function_word(piece):
                    continue
                label = _relabelled(piece) if len(piece) else piece.label_
                if label in {"GPE", "LOC"} and _demonym(piece):
                    label = "NORP"
                if label not in wanted:
                    continue
                candidate = trimmed(piece, label)
                if candidate is not None:
                    yield candidate


def dateline_candidate(doc: Doc) -> Candidate | None:
    """ "MOSCOW, March 3 —": the capitalised words opening the first body line are a place."""
    first = next((t for t in doc if not t.is_space), None)
    if first is None:
        return None
    end = first.i
    while end < len(doc) and doc[end].is_alpha and doc[end].is_upper and len(doc[end]) > 1:
        end += 1
    if end == first.i or end >= len(doc) or doc[end].text not in _DATELINE_END:
        return None
    if end - first.i > 4:
        return None
    span = Span(doc, first.i, end, label="GPE")
    modelled = any(e.label_ in {"GPE", "LOC"} and e.start <= first.i < e.end for e in doc.ents)
    if doc[end].text == "-" and not modelled and place_tier(span.text) is None:
        return None  # "SOCCER - ...": a section word before a headline, not a dateline
    return Candidate(span, "GPE")


def acronym_candidates(doc: Doc) -> Iterator[Candidate]:
    """ "Institute for the Study of War (ISW)": the words whose initials spell the acronym."""
    skip = acronym_skip_words()
    for token in doc[2:-1]:
        if not (doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"):
            continue
        letters = token.text.replace("&", "")
        if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
            continue
        initials: list[str] = []
        start = token.i - 1
        while start > 0 and len(initials) < len(letters):
            word = doc[start - 1]
            if word.text in skip and initials:
                start -= 1
                continue
            if not (word.is_alpha and word.text[0].isupper()):
                break
            initials.insert(0, word.text[0])
            start -= 1
        if "".join(initials) == letters.upper():
            yield Candidate(Span(doc, start, token.i - 1, label="ORG"), "ORG")
            yield Candidate(Span(doc, token.i, token.i + 1, label="ORG"), "ORG")


#: 'Robert C. "Bobby" Scott': given name(s), a quoted nickname, a surname. The model breaks
#: such names at the quote marks.
_NICKNAMED = re.compile(
    r"\b[A-Z][a-z]+(?: (?:[A-Z]\.|[A-Z][a-z]+))? "
    r"[\"“‘'][A-Z][a-z]+[\"”’'] [A-Z][a-z]+(?:-[A-Z][a-z]+)?\b"
)


def nickname_candidates(doc: Doc) -> Iterator[Candidate]:
    """A full name with a quoted nickname inside it is one person, whatever the model split."""
    for match in _NICKNAMED.finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is not None and any(t.ent_type_ == "PERSON" for t in span):
            yield Candidate(Span(doc, span.start, span.end, label="PERSON"), "PERSON")


def gazetteer_candidates(doc: Doc, taken: list[bool]) -> Iterator[Candidate]:
    """Major places (countries, capitals, regions) the model left unlabelled."""
    for token in doc:
        if taken[token.i] or not (token.is_alpha and token.text[0].isupper()):
            continue
        if token.pos_ not in {"PROPN", "NOUN"} and not token.is_upper:
            continue
        for size in (3, 2, 1):
            end = token.i + size
            if end > len(doc) or any(taken[i] for i in range(token.i, end)):
                continue
            span = doc[token.i : end]
            if "\n" in span.text or place_tier(span.text) != MAJOR:
                continue
            if _inside_name(doc, token.i, end) or in_adjective_compound(doc, token.i, end):
                break
            yield Candidate(Span(doc, token.i, end, label="GPE"), "GPE")
            break


def _inside_name(doc: Doc, start: int, end: int) -> bool:
    """A capitalised neighbour means the place is part of a longer name ("Paris Saint-Germain")."""
    if end < len(doc) and doc[end].is_alpha and doc[end].text[0].isupper():
        return True
    if start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[0].isupper():
        return not doc[start - 1].is_sent_start
    return False


def _common_noun_opening(candidate: Candidate) -> bool:
    """ "Campaigners said ...": one capitalised common noun opening a sentence, plural or also
    written in lower case elsewhere ("Turnout" ... "turnout"). Kept when another name uses
    the word ("Trump’s envoy" after "Donald Trump")."""
    token = candidate.span[0]
    if len(candidate.span) != 1 or not token.is_sent_start or token.tag_ not in {"NN", "NNS"}:
        return False
    return token.tag_ == "NNS" or _whole_word_in(token.lower_, doc_text(token.doc))


def _whole_word_in(text: str, haystack: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(text)}(?!\w)", haystack) is not None


def _without_titles(model: list[Candidate]) -> list[Candidate]:
    """ "US National Security Advisor Jake Sullivan": a job title the model tagged in front of
    a person is the person's description, not an organisation. What the title names stays
    when it is itself a name ("NATO" of "NATO Secretary General", "Security Council")."""
    kept: list[Candidate] = []
    for index, candidate in enumerate(model):
        following = model[index + 1] if index + 1 < len(model) else None
        span = candidate.span
        if _portfolio_before_title(candidate, following):
            continue
        if (
            candidate.label == "PERSON"
            or following is None
            or following.label != "PERSON"
            or following.span.start != span.end
            or not is_role(span[-1].text)
        ):
            kept.append(candidate)
            continue
        end = span.end
        while end > span.start and is_role(span.doc[end - 1].text):
            end -= 1
        rest = span.doc[span.start : end]
        if len(rest) and _names_something(rest):
            kept.append(Candidate(Span(span.doc, rest.start, rest.end, label=candidate.label),
                                  candidate.label))
    return kept


def _portfolio_before_title(candidate: Candidate, following: Candidate | None) -> bool:
    """ "Defence Minister Ana Ruiz": a portfolio the model tags alone belongs to the title."""
    span = candidate.span
    if following is None or following.label != "PERSON" or candidate.label == "PERSON":
        return False
    if not all(t.text in portfolios() for t in span):
        return False
    between = span.doc[span.end : following.span.start]
    return len(between) > 0 and all(is_title(t.text) or is_role(t.text) for t in between)


def _names_something(span: Span) -> bool:
    text = span.text
    last = span[-1].text
    return place_tier(text) is not None or last in org_words() or (text.isupper() and len(text) > 1)


def candidates(doc: Doc, labels: Iterable[str]) -> list[Candidate]:
    """Non-overlapping candidates in document order; acronym expansions win over the model."""
    headline = headline_tokens(doc)
    body_text = "\n".join(
        line for line in doc_text(doc).split("\n") if line.strip() and not _is_headline(line)
    )
    model = []
    for candidate in model_candidates(doc, labels):
        in_headline = headline.intersection(range(candidate.span.start, candidate.span.end))
        if in_headline and not _whole_word_in(candidate.text, body_text):
            continue
        model.append(candidate)
    model = _without_titles(model)
    words = {t.text for c in model for t in c.span if not _common_noun_opening(c)}
    model = [c for c in model if not _common_noun_opening(c) or c.text in words]
    dateline = dateline_candidate(doc)
    ordered = [
        *([dateline] if dateline else []),
        *acronym_candidates(doc),
        *nickname_candidates(doc),
        *model,
    ]
    taken = [False] * len(doc)
    chosen: list[Candidate] = []
    for candidate in ordered:
        span = candidate.span
        if any(taken[i] for i in range(span.start, span.end)):
            continue
        chosen.append(candidate)
        for i in range(span.start, span.end):
            taken[i] = True
    chosen.extend(gazetteer_candidates(doc, taken))
    return sorted(chosen, key=lambda c: c.span.start)
