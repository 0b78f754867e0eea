"""Who speaks through a cue: the head of the speaker phrase, found in the parse (subject,
inverted subject, a name before an aside, the issuer of a statement or ad)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lemmas import lemma_of
from .clauses import SENTENCE_END, SUBJECTS, is_infinitive, subject_of, unlabelled_verb
from .context import DocContext
from .cues import (
    as_put_it,
    impersonal_hearsay,
    is_cue,
    is_expectation,
    misread_verb,
    owner_of,
    reported_noun,
    reported_subject,
    unnamed_asker,
)
from .lexicons import document_nouns


def speaker_head(cue: Token, ctx: DocContext) -> Token | None:
    """The head word of who speaks through this cue, or None."""
    if cue.lower_ == "according":
        for to in cue.children:
            if to.lower_ == "to":
                objects = [c for c in to.children if c.dep_ == "pobj"]
                return objects[0] if objects else None
        return None
    misread = misread_verb(cue)
    if cue.pos_ == "NOUN" and not misread:
        return owner_of(cue)
    if misread and cue.doc[cue.i - 1].dep_ == "compound":
        # "…, the mayor's former aide notes.": the parser made "aide" a compound of the verb
        # (and its owner, if any, the subject)
        return cue.doc[cue.i - 1]
    subjects = sorted(
        (c for c in cue.children if c.dep_ in SUBJECTS and ctx.token_passage[c.i] is None),
        key=lambda c: abs(c.i - cue.i),
    )
    agents = [
        pobj
        for c in cue.children
        if c.dep_ == "agent"
        for pobj in c.children
        if pobj.dep_ == "pobj"
    ]
    if agents:
        return agents[0]
    if (
        is_expectation(cue) or impersonal_hearsay(cue) or unnamed_asker(cue)
        or reported_subject(cue) is not None or reported_noun(cue) is not None
    ):
        return None
    subjects = _name_before_apposition(subjects, cue, ctx)
    inverted = _speaker_of_parenthetical(cue, ctx)
    if inverted is not None:
        return inverted
    for subject in subjects:
        if subject.lower_ == "it" and (cue.tag_ == "VBN" or as_put_it(cue)):
            continue
        if subject.tag_ in ("WP", "WDT") and cue.dep_ == "relcl":
            return issuer_of(cue.head, ctx) or _relative_antecedent(subject, cue, ctx)
        return _past_dateline(subject)
    described = _subject_of_participle_clause(cue, ctx)
    if described is not None:
        return described
    if cue.dep_ == "pcomp" and cue.head.dep_ == "prep":
        # "responded by saying …", "after asking …", "aside from saying …": the participle's
        # speaker is the clause's.
        verb = _verb_above(cue)
        return subject_of(verb, ctx) if verb is not None else None
    if cue.dep_ == "acl" and cue.tag_ == "VBD" and (
        ctx.token_entity[cue.head.i] or cue.head.pos_ == "NOUN"
    ):
        # "Dale Harmon, who is running, tweeted …", "a man yelled “…”" parsed with the verb
        # under the noun; "Ana Lima, Lund's rival in the race, called for …" under the
        # apposition's last noun, when the person it describes speaks
        return _described_person(cue.head, ctx) or cue.head
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.doc[cue.i - 1].text == ",":
        described = _described_person(cue.head, ctx)
        if described is not None:
            return described
    if (
        cue.dep_ == "advcl" and cue.tag_ == "VBD" and cue.head.tag_ == "VBG"
        and cue.head.i < cue.i and cue.head.dep_ == "ROOT"
    ):
        # "Protesters marching through the streets chanted …": the parser took the
        # participle for the sentence's verb
        return subject_of(cue.head, ctx)
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.pos_ in ("NOUN", "PROPN"):
        # "a report announcing that …" speaks as the report; "said at a news conference
        # announcing that …" as whoever spoke there; "Lund issued a statement saying …" as
        # whoever issued it.
        issuer = issuer_of(cue.head, ctx)
        if issuer is not None:
            return issuer
        if lemma_of(cue.head).lower() in document_nouns():
            return cue.head
        verb = _verb_above(cue)
        if verb is not None and cue.head.dep_ == "pobj":
            return speaker_head(verb, ctx) if is_cue(verb) else subject_of(verb, ctx)
        if cue.head.dep_ in _SAYING_NOUN_ROLES:
            return _participle_speaker(cue, verb, ctx)
    if (
        (cue.dep_ in ("conj", "xcomp", "advcl", "dobj") or unlabelled_verb(cue))
        and cue.head.pos_ in ("VERB", "AUX")
        and (cue.dep_ not in ("advcl", "dobj") or cue.tag_ == "VBG" or is_infinitive(cue))
    ):
        # "X unveiled the plan, promising that …": the participle's speaker is the clause's
        # (and so is a gerund's: "she recalled thinking, “…”");
        # "X said A, adding: …" climbs past A to the cue that governs it.
        caused = _caused_speaker(cue)
        if caused is not None:
            return caused
        outer = _reporter_of_clause(cue)
        if outer is not None:
            return speaker_head(outer, ctx) if is_cue(outer) else subject_of(outer, ctx)
        for ancestor in cue.ancestors:
            if ctx.token_passage[ancestor.i] is not None and ctx.token_passage[cue.i] is None:
                continue  # a verb inside a quotation the parser hung the participle on
            if is_cue(ancestor) and ancestor.sent == cue.sent:
                return speaker_head(ancestor, ctx)
            if _subordinate_clause(ancestor):
                break  # "When Lee referred to it and said …, the crowd applauded": Lee's clause
        return subject_of(cue.head, ctx) or _name_before(cue, ctx)
    if cue.dep_ == "xcomp" and cue.head.pos_ == "ADJ" and cue.head.head.pos_ in ("AUX", "VERB"):
        # "Yellen is likely to stress …", "she was quick to deny …"
        return subject_of(cue.head.head, ctx)
    if cue.tag_ == "VBG":
        return None
    return (
        _subject_before_aside(cue, ctx) or _inverted_subject(cue, ctx) or _name_before(cue, ctx)
        or _noun_right_before(cue, ctx)
    )


#: Roles the parser gives a speaker it hung on the noun before it: "with the hosts Joe Lund
#: and Ana Lima, the candidate stated …" (an apposition of the list).
_MISATTACHED_SPEAKER = frozenset({"appos", "conj"})


def _noun_right_before(cue: Token, ctx: DocContext) -> Token | None:
    """"In an interview with the hosts Joe Lund and Ana Lima, the candidate stated that …":
    a finite cue the parser gave no subject, right after a noun phrase it took for an
    apposition of the noun before, speaks through that noun phrase."""
    doc = cue.doc
    if cue.i == 0 or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    noun = doc[cue.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in _MISATTACHED_SPEAKER:
        return None
    if ctx.token_passage[noun.i] is not None or noun.head.i > noun.i:
        return None
    opening = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return noun if opening is not None and opening.text == "," else None


def _subject_of_participle_clause(cue: Token, ctx: DocContext) -> Token | None:
    """"Most voters in states going to the polls on Tuesday said …": the parser took the
    participle for the cue's clausal subject and the noun it describes for the participle's
    subject; that noun speaks."""
    clause = next((c for c in cue.children if c.dep_ == "csubj" and c.i < cue.i), None)
    if clause is None or clause.tag_ != "VBG":
        return None
    return next(
        (
            c for c in clause.children
            if c.dep_ in SUBJECTS and c.i < clause.i and ctx.token_passage[c.i] is None
        ),
        None,
    )


#: Verbs that make their object do what the infinitive says: "the loss led her to declare …".
_CAUSATIVES = frozenset({
    "lead", "prompt", "drive", "force", "cause", "spur", "push", "compel", "provoke", "inspire",
})


def _caused_speaker(cue: Token) -> Token | None:
    """"The win led Ana Lima to declare …", "the delay prompted Lund to say …": who was made
    to speak is the causative verb's object, not its subject."""
    if cue.dep_ != "xcomp" or not is_infinitive(cue):
        return None
    if lemma_of(cue.head).lower() not in _CAUSATIVES:
        return None
    return next((c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i), None)


def _subordinate_clause(verb: Token) -> bool:
    """"When Lee referred to it, …", "as a guard walks in, …": an adverbial clause with its own
    subject and conjunction, whose cues are its subject's, not the main clause's."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ in SUBJECTS for c in verb.children)
        and any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children)
    )


def _reporter_of_clause(cue: Token) -> Token | None:
    """"Lund said he welcomed the trial and added, “…”", "some farmers fear that Dunn missed
    it and warn that …": a finite cue the parser coordinated with the verb of a reported
    clause goes with the verb that reports it, whose subject speaks (the clause's subject is
    what is reported about)."""
    clause = cue.head
    finite = cue.tag_ in ("VBD", "VBZ", "VBP") or (cue.tag_ == "VB" and not is_infinitive(cue))
    coordinated = cue.dep_ == "conj" and finite
    if clause.dep_ != "ccomp" or not (coordinated or _set_off_participle(cue)):
        return None
    if any(c.dep_ in SUBJECTS for c in cue.children) or clause.i > cue.i:
        return None
    outer = clause.head
    if outer.pos_ not in ("VERB", "AUX") or not any(c.dep_ in SUBJECTS for c in outer.children):
        return None
    if cue.dep_ == "advcl" and not (
        is_cue(outer) and outer.i < clause.i and any(c.dep_ in SUBJECTS for c in clause.children)
    ):
        return None
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    before = cue.doc[subject.left_edge.i - 1] if subject is not None else clause
    if cue.dep_ == "advcl" and (before.text == "," or before.is_quote):
        return None  # "“…,” Lund added, saying …": the clause is a cue set off in the quote
    return outer


def _set_off_participle(cue: Token) -> bool:
    """"Lund said he doubted it would pass, arguing that …": a participle set off by a comma
    after a reported clause, which the parser hung on that clause's verb."""
    return cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.doc[cue.i - 1].text == ","


#: Roles of a noun whose participle says what it says: "voters saying …", "calls saying …".
_SAYING_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def _participle_speaker(cue: Token, verb: Token | None, ctx: DocContext) -> Token | None:
    """"the share of voters saying …", "police received calls saying …": the noun the
    participle describes speaks. Set off by a comma after an object ("made a third attempt
    to reply, writing that …"), the participle goes with the clause, whose subject speaks."""
    noun = cue.head
    if noun.dep_ == "dobj" and cue.doc[cue.i - 1].text == "," and verb is not None:
        return subject_of(verb, ctx)
    return noun


#: Verbs by which someone puts out their own words: "issued a statement saying …".
_ISSUING_VERBS = frozenset({
    "issue", "release", "put", "send", "fire", "post", "publish", "make", "tweet", "give",
})
#: What an issuer puts out in their own words, as against a report or study they publish.
_ISSUED_WORDS = frozenset({
    "statement", "response", "reply", "release", "message", "tweet", "post", "email",
    "letter", "note", "comment", "remark", "rebuttal",
})


#: Nouns for an ad (see ads.py).
AD_NOUNS = frozenset({
    "ad", "advert", "advertisement", "commercial", "spot", "clip", "video",
})
#: Verbs by which a maker puts an ad out: "the campaign released a video".
AIRING_VERBS = frozenset({
    "have", "release", "unveil", "launch", "air", "run", "debut", "unleash", "produce", "post",
    "put", "roll", "begin", "start", "cut",
})


def issuer_of(noun: Token, ctx: DocContext) -> Token | None:
    """Who put out the statement a participle or relative clause describes: "Lund issued a
    statement saying …", "fired back a response saying …", "released a letter that says …",
    "released an ad that accuses …". The words are the issuer's, so the issuer speaks (an ad
    in its maker's); a report or study speaks for itself. "In a statement announcing the
    merger, the union hailed …": a statement the clause's subject speaks in is theirs (but
    "in the party's release announcing …" is the party's, whoever the subject)."""
    word = lemma_of(noun).lower()
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and word in _ISSUED_WORDS:
        if any(c.dep_ in ("poss", "compound", "nmod") for c in noun.children):
            return None
        verb = noun.head.head
        return subject_of(verb, ctx) if verb.pos_ in ("VERB", "AUX") else None
    if noun.dep_ != "dobj":
        return None
    verb = lemma_of(noun.head).lower()
    if verb in _ISSUING_VERBS and word in _ISSUED_WORDS:
        return subject_of(noun.head, ctx)
    if verb in AIRING_VERBS and word in AD_NOUNS:
        return subject_of(noun.head, ctx)
    return None


def _name_before_apposition(subjects: list[Token], cue: Token, ctx: DocContext) -> list[Token]:
    """"Ana Lima, the head of the agency, vowed …" parsed as two subjects: the name before the
    commas speaks, and the description set off after it is her apposition."""
    before = [s for s in subjects if s.i < cue.i]
    if len(before) < 2:
        return subjects
    first, second = sorted(before, key=lambda s: s.i)[:2]
    entity = ctx.token_entity[first.i]
    between = cue.doc[first.i + 1 : second.left_edge.i]
    if entity and ctx.entity_type(entity) == "person" and any(t.text == "," for t in between):
        return [first, *(s for s in subjects if s is not first)]
    return subjects


def _described_person(noun: Token, ctx: DocContext) -> Token | None:
    """The person whose apposition ``noun`` ends: "Ana Lima, Lund's rival in the race"."""
    def person(token: Token) -> bool:
        entity = ctx.token_entity[token.i]
        return bool(entity) and ctx.entity_type(entity) == "person"

    for ancestor in noun.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return None
        if person(ancestor):
            return ancestor
        # "Attorney General Ana Lima (D), …" parsed with the title as the head
        named = [c for c in ancestor.children if c.dep_ == "appos" and person(c)]
        if named:
            return named[0]
        if ancestor.dep_ not in ("pobj", "prep", "appos"):
            return None
    return None


def _past_dateline(subject: Token) -> Token:
    """"WASHINGTON -- President Lee, opening the museum, said …": the parser may take the
    dateline for the subject and the speaker for its apposition."""
    if not (subject.text.isupper() and len(subject.text) > 1):
        return subject
    following = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    if following is None or following.text not in ("--", "—", "–", "-", "(", ":"):
        return subject
    appositions = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]
    return appositions[0] if appositions else subject


def _verb_above(token: Token) -> Token | None:
    """The nearest verb the token hangs under."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


#: How long an aside between a name and its cue may be: "Flynn, a top surrogate, said".
_ASIDE_WORDS = 15


def _name_before(cue: Token, ctx: DocContext) -> Token | None:
    """"“…,” harbour police Chief Ana Ruiz said Friday.": when the parser gives the cue no
    subject, a person named right before it, after the quotation's closing mark, speaks."""
    doc = cue.doc
    if cue.tag_ == "VBG" or cue.i == 0:
        return None
    last = doc[cue.i - 1]
    named = _apposed_name(cue, ctx)
    if named is not None:
        return named
    if last.text == ",":
        # "President Obama, dedicating the museum on Saturday, said …": past the aside, whose
        # own commas ("Lee, now 80 and retired in Dayton, Ohio, said") do not open it
        last = _name_before_aside(cue, ctx)
        if last is None:
            return None
    start = _person_mention_start(last, ctx)
    if start is None:
        return None
    before = doc[start - 1] if start > 0 else None
    while before is not None and not before.is_punct and before.i > 0:
        before = doc[before.i - 1]  # title words: "Tulsa police Chief"
    return last if before is not None and (before.is_quote or before.text in ",.") else None


def _name_before_aside(cue: Token, ctx: DocContext) -> Token | None:
    """The last word of the person's name before the nearest comma (within an aside's length
    of the cue) that follows one, or else the word before the nearest comma."""
    doc = cue.doc
    commas = [
        t.i for t in reversed(doc[max(0, cue.i - 2 - _ASIDE_WORDS) : cue.i - 1]) if t.text == ","
    ]
    if not commas or commas[0] == 0:
        return None
    named = next(
        (
            doc[i - 1] for i in commas
            if i > 0 and _person_mention_start(doc[i - 1], ctx) is not None
        ),
        None,
    )
    return named or doc[commas[0] - 1]


def _apposed_name(cue: Token, ctx: DocContext) -> Token | None:
    """"In a letter to the board, her lawyer, Ana Lima, said: …": a person's name set off by
    commas right before a cue the parser gave no subject (it hung the name on the noun before)
    is who speaks."""
    doc = cue.doc
    if cue.i < 3 or doc[cue.i - 1].text != ",":
        return None
    last = doc[cue.i - 2]
    start = _person_mention_start(last, ctx)
    return last if start and doc[start - 1].text == "," else None


def _person_mention_start(last: Token, ctx: DocContext) -> int | None:
    """Where the person's name ending at ``last`` starts, if ``last`` ends a person's name
    outside quotation marks."""
    entity = ctx.token_entity[last.i]
    if not entity or ctx.entity_type(entity) != "person" or ctx.token_passage[last.i] is not None:
        return None
    start = last.i
    while start > 0 and ctx.token_entity[start - 1] == entity:
        start -= 1
    return start


def _relative_antecedent(relative: Token, cue: Token, ctx: DocContext) -> Token:
    """Who "who" is: the named person right before it ("…, Patti Lane and Stevie Ward, who
    joked …" is Ward, not the list), or the person a described noun stands beside ("John
    Bentel, a staffer at the agency who told …" is Bentel), else the noun it qualifies."""
    doc = cue.doc
    before = relative.i - 1
    while before > 0 and doc[before].is_punct:
        before -= 1
    entity = ctx.token_entity[before]
    if entity and ctx.entity_type(entity) == "person":
        return doc[before]
    noun = cue.head
    if noun.dep_ == "appos" and ctx.token_entity[noun.head.i]:
        return noun.head
    return noun


def _speaker_of_parenthetical(cue: Token, ctx: DocContext) -> Token | None:
    """"The contrast, said Ada Ruiz and others, would be clear": a cue set off by commas
    inside the clause it reports. The parser takes the clause's subject for the cue's and the
    speaker after the cue for the subject of the rest; the noun right after the cue speaks."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != "," or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    fronted = next((c for c in cue.children if c.dep_ in SUBJECTS and c.i < cue.i), None)
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if fronted is None or clause is None:
        return None
    if any(t.text == "," for t in doc[fronted.left_edge.i : cue.i - 1]):
        return None  # "Lund's manager, Ada Ruiz, said …": the comma closes her apposition
    speaker = next(
        (c for c in clause.children if c.dep_ in SUBJECTS and cue.i < c.i < clause.i), None
    )
    if speaker is None or speaker.left_edge.i != cue.i + 1 or speaker.pos_ not in (
        "PROPN", "NOUN"
    ):
        return None
    if not any(t.text == "," for t in doc[speaker.i + 1 : clause.i]):
        return None
    if ctx.token_passage[speaker.i] is not None:
        return None
    return speaker


def _subject_before_aside(cue: Token, ctx: DocContext) -> Token | None:
    """"One delegate, who like the rest asked not to be named, said the memo was …": the
    parser took the subject and its aside for a clause the cue reports, though
    what the cue reports comes after it. The subject of that earlier clause speaks."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].is_quote or ctx.token_passage[cue.i - 1] is not None:
        return None  # "“…,” said Lee": the clause before is the quotation
    before = [c for c in cue.children if c.dep_ in ("ccomp", "advcl") and c.i < cue.i]
    reports_after = any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children) or (
        cue.i + 1 < len(doc) and doc[cue.i + 1].text == ":"
    )
    if not before or not reports_after:
        return None
    clause = max(before, key=lambda c: c.i)
    subjects = [
        c for c in clause.children
        if c.dep_ in SUBJECTS and c.i < clause.i and ctx.token_passage[c.i] is None
    ]
    return min(subjects, key=lambda c: c.i) if subjects else None


def _inverted_subject(cue: Token, ctx: DocContext) -> Token | None:
    """"…,” said a spokesman: the parser may not call the speaker a subject."""
    doc = cue.doc
    named = _name_right_after(cue, ctx)
    if named is not None:
        return named
    # "“…,” said the woman, who like many …": after the quotation the noun is the speaker,
    # though the parser made it the subject of the aside
    after_quote = cue.i > 0 and doc[cue.i - 1].is_quote
    for token in doc[cue.i + 1 : min(len(doc), cue.i + 6)]:
        if ctx.token_passage[token.i] is not None or token.text in SENTENCE_END:
            return None
        if token.dep_ == "mark" or token.tag_ == "WRB" or token.lower_ in _OBJECT_PRONOUNS:
            return None  # "said when Lee asked him": a clause about the saying, no speaker
        if token.ent_type_ in ("DATE", "TIME") or (
            token.dep_ in SUBJECTS and token.head.i != cue.i and not after_quote
        ):
            continue  # "called Friday for …"; "said it would …" names no speaker
        if token.dep_ in ("dobj", "dative") and not after_quote:
            return None  # "accused Lee of …", "told Fox News": who is spoken to or about
        if token.pos_ in ("PROPN", "NOUN", "PRON") and token.dep_ not in ("pobj", "compound"):
            head = token
            while head.dep_ in ("compound", "amod", "det") and head.head.i > head.i:
                head = head.head
            return head
    return None


#: Pronouns that are never the subject: "said when Lee asked him".
_OBJECT_PRONOUNS = frozenset({"him", "them", "me", "us", "whom"})


def _name_right_after(cue: Token, ctx: DocContext) -> Token | None:
    """"“…,” said Ana Lima, half joking": a person named right after a cue that follows the
    closing mark, though the parser made her the subject of the aside."""
    doc = cue.doc
    if cue.i == 0 or cue.i + 1 >= len(doc) or not doc[cue.i - 1].is_quote:
        return None
    # "said retired surgeon Ana Lima": past the words of her description to the name
    named = doc[cue.i + 1]
    while (
        not ctx.token_entity[named.i] and named.pos_ in _DESCRIPTION_PARTS
        and named.i + 1 < min(len(doc), cue.i + 1 + _DESCRIPTION_WORDS)
    ):
        named = doc[named.i + 1]
    entity = ctx.token_entity[named.i]
    while named.i + 1 < len(doc) and entity and ctx.token_entity[named.i + 1] == entity:
        named = doc[named.i + 1]
    return named if entity and ctx.entity_type(entity) == "person" else None


#: Words that may describe a person named right after a cue: "said retired surgeon Ana Lima".
_DESCRIPTION_PARTS = frozenset({"ADJ", "NOUN", "PROPN"})
#: How many of them may come before the name.
_DESCRIPTION_WORDS = 4
