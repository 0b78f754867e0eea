"""Reporting cues and the phrases they govern: who speaks, and what they are reported to say."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lemmas import lemma_of
from .context import DocContext
from .lexicons import anonymous_nouns, cue_verbs, document_nouns, person_roles

SUBJECTS = ("nsubj", "nsubjpass")
_SENTENCE_END = frozenset({".", "!", "?"})
#: One-word answers a cue can report: "a majority said yes".
ANSWERS = frozenset({"yes", "no"})


def is_answer(content: Span) -> bool:
    """A verbless answer still reports: "yes", "no", "so", "the same of Hale"."""
    first = content[0].lower_
    return first in ANSWERS or first == "so" or (
        first == "the" and len(content) > 1 and content[1].lower_ == "same"
    )


#: Verbs whose infinitive complement is reported content: "told him not to go".
_INFINITIVE_CUES = frozenset({"tell", "warn", "urge", "ask", "promise", "pledge", "vow"})
#: Verbs whose gerund or "to"-complement is reported content: "claims to have won",
#: "reported holding shares", "suggested cutting the tax", "chanted to lock her up".
_COMPLEMENT_CUES = frozenset({"claim", "report", "suggest", "say", "chant", "recall"})
#: Verbs that name or judge their object: "called the plan “a disaster”". Their content
#: need not hold a verb.
NAMING_CUES = frozenset({"call", "dub", "label", "brand"})
#: Verbs of findings and announcements: "the poll shows Hale with a lead", "announced a
#: benefit concert", "admitted the mistake", "noted the rise in cases" report their object
#: ("report" and "deny" only some objects: see _reported_object).
FINDING_CUES = frozenset({
    "show", "find", "reveal", "indicate", "announce", "acknowledge", "admit", "confirm",
    "report", "deny", "predict", "note",
})
#: Cues whose content may be a bare noun phrase ("accused Hale of fraud", "declared Hale
#: the winner", "urged restraint" report a charge, a verdict or a demand as a clause would).
VERBLESS_CUES = NAMING_CUES | FINDING_CUES | {"ask", "point", "accuse", "declare", "urge"}
#: Verbs whose noun-phrase object is what was said, when it is a thing and not a person or
#: a number: "stressed bipartisan support for the bill", "explained his reasoning", "tweeted
#: a chart of the polls", "pledged allegiance", "recalled the incident". (Most cues do not:
#: "told the story", "wrote a book", "read the letter", "maintained a lead".)
OBJECT_CUES = frozenset({
    "say", "explain", "declare", "stress", "emphasize", "emphasise", "pledge", "recall",
    "suggest", "tweet", "post", "state", "assert", "estimate", "claim",
})
#: What one claims by winning it, not by saying: "claimed the nomination", "claimed a seat".
_WON_OBJECTS = frozenset({
    "nomination", "prize", "territory", "seat", "title", "residency", "delegate", "vote",
    "percent", "break", "life", "spot", "place", "crown", "win",
})
#: Cues whose object of two words is content enough: "denied the allegations", "explained his
#: reasoning", "announced his resignation" (but not "to confirm their rosters").
_SHORT_OBJECT_CUES = OBJECT_CUES | {"deny", "announce"}
#: Subjects that say nobody did what the verb says: "None has announced a recall."
_NOBODY = frozenset({"none", "nobody"})
#: Entity types of a number, which a cue's object is as a figure, not a claim.
_QUANTITIES = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: Objects that stand for a claim made elsewhere, or for nothing: "said it", "said nothing".
_BARE_OBJECTS = frozenset({
    "it", "that", "this", "these", "those", "nothing", "something", "anything", "everything",
    "what", "which", "much", "more", "one", "all", "so",
})
#: What one says as a ritual, not a claim: "said goodbye to the crowd", "said grace".
_RITUAL_OBJECTS = frozenset({"goodbye", "hello", "farewell", "grace", "prayer", "mass"})
#: Verbs that judge someone for something: "accused Hale of lying".
_JUDGING_CUES = frozenset({
    "accuse", "blame", "criticize", "criticise", "praise", "credit", "fault", "thank", "slam",
    "blast", "attack", "condemn", "denounce", "rebuke", "chide", "scold", "commend", "applaud",
})
#: Verbs that say what someone or something is: "described him as “a steady hand”".
_DESCRIBING_CUES = frozenset({"describe", "portray", "characterize", "characterise", "depict"})
#: How far from a quotation a cue may stand, in tokens.
CUE_AFTER_WINDOW = 25
CUE_BEFORE_WINDOW = 25


#: Nouns of saying: "Trump's claim that …", "her warning that …" report what their owner said.
_SAYING_NOUNS = frozenset({
    "claim", "assertion", "allegation", "accusation", "argument", "suggestion", "insistence",
    "warning", "promise", "pledge", "prediction", "contention", "statement", "remark",
    "comment", "admission", "denial", "boast", "vow", "threat", "announcement", "complaint",
    "charge", "assurance", "explanation", "declaration",
})


def _saying_noun(token: Token) -> bool:
    """"Trump's claim that …": a noun of saying with an owner and a that-clause."""
    if token.pos_ != "NOUN" or lemma_of(token).lower() not in _SAYING_NOUNS:
        return False
    return _owner_of(token) is not None and _that_clause(token) is not None


def _that_clause(noun: Token) -> Token | None:
    """The clause a noun of saying reports: "claim [that there were thousands …]"."""
    return next(
        (c for c in noun.children
         if c.dep_ in ("acl", "ccomp") and c.i > noun.i and _opens_with_that(c)),
        None,
    )


def _owner_of(noun: Token) -> Token | None:
    """Whose claim it is: "Trump's claim", "his warning", "the claim by the agency"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "by" and child.i > noun.i:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def is_cue(token: Token) -> bool:
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return True
    if _saying_noun(token):
        return True
    if _as_put_it(token):
        return True
    if token.pos_ not in ("VERB", "AUX") or lemma_of(token).lower() not in cue_verbs():
        return False
    deps = {c.dep_ for c in token.children}
    lemma = lemma_of(token).lower()
    if lemma == "add" and "dobj" in deps and not _after_closing_mark(token):
        return False  # "added 3,000 jobs" (but "“…,” added Lee" names who adds)
    if lemma == "tell" and token.i > 0 and token.doc[token.i - 1].lower_ == "all" and (
        token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ","
    ):
        return False  # "All told, 5 million could qualify": a sum, not a telling
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if lemma == "pledge" and following is not None and lemma_of(following).lower() == "delegate":
        return False  # "60 pledged delegates were at stake": a kind of delegate
    if lemma == "say" and _that_said(token, following):
        return False  # "That said, Cruz cannot win outright": a concession, no claim
    if lemma == "say" and _impersonal(token):
        return False  # "it is fair to say …", "it is too soon to say …": nobody says it
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        # "pointed to polls showing …" reports; "pointed to the door" does not
        return _pointed_to_evidence(token)
    if lemma in NAMING_CUES and not _call_contents(token):
        return False  # "called him on Tuesday"
    if _expected(token):
        return True  # "is expected to rise": a forecast whose source is not given
    if lemma == "ask" and _asked_alone(token):
        return False  # "Asked whether it would close, Ito said …": the answer is the claim
    if lemma == "ask" and _asked_content(token) is not None:
        return True  # "was asked about the vote": a question, its asker unnamed
    if _has_read_as_is(token):
        return True  # "he's said he will stay": "'s" is "has", not a passive "is"
    # "was told that": a passive reports nobody unless it names an agent.
    return not ("auxpass" in deps and "agent" not in deps)


#: Subjects whose "'s said …" can only be "has said": "it's said that …" is a passive.
_HAS_SUBJECTS = frozenset({"he", "she", "who"})


def _has_read_as_is(verb: Token) -> bool:
    """"She's said she will stay": the parser reads "'s" as the passive "is", but with a
    personal subject and a clause of its own the verb is active ("has said")."""
    return (
        verb.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children)
        and any(c.dep_ == "nsubjpass" and c.lower_ in _HAS_SUBJECTS for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


#: Conjunctions that open a circumstance of the speaking, not what was said.
_CIRCUMSTANCE_MARKS = frozenset({"as", "while", "when", "whenever", "after", "before", "until"})


def _circumstance(clause: Token, cue: Token) -> bool:
    """"“…,” Lee said, as the crowd cheered": a clause after the cue opened by "as" or "while"
    is when it was said, though the parser may make it the cue's complement."""
    return clause.i > cue.i and any(
        c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE_MARKS and c.i == clause.left_edge.i
        for c in clause.children
    )


def _impersonal(token: Token) -> bool:
    """"It's safe to say …": an infinitive under an adjective whose subject is a bare "it"."""
    if token.dep_ != "xcomp":
        return False
    verb = token.head
    if verb.pos_ in ("ADJ", "ADV"):
        while verb.dep_ in ("acomp", "advmod") and verb.head.i != verb.i:
            verb = verb.head
    elif not any(c.dep_ in ("acomp", "advmod") and c.pos_ == "ADJ" for c in verb.children):
        return False  # "it wants to say …" has a speaker
    return lemma_of(verb).lower() == "be" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children
    )


def _that_said(token: Token, following: Token | None) -> bool:
    """"That said, …" opening a sentence."""
    if following is None or following.text != ",":
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.lower_ in ("that", "this") and before.is_sent_start


def _after_closing_mark(token: Token) -> bool:
    """The token follows a closing quotation mark: "“…,” added Lee"."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].is_quote and doc[token.i - 2].text in (",", "?", "!")


def _expected(token: Token) -> bool:
    """"The plant is expected to close": a claim attributed to nobody in particular."""
    deps = {c.dep_ for c in token.children}
    return (
        lemma_of(token).lower() == "expect"
        and "auxpass" in deps
        and "agent" not in deps
        and "xcomp" in deps
        and "nsubjpass" in deps
    )


def _as_put_it(token: Token) -> bool:
    """"As the governor put it, …": an aside that attributes the clause it is attached to."""
    return (
        lemma_of(token).lower() == "put"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
    )


#: Words that open what was asked: "asked whether …", "asked which states …".
_QUESTION_WORDS = frozenset({
    "whether", "if", "why", "how", "what", "which", "who", "whom", "when", "where",
})


def _asked_content(cue: Token) -> Span | None:
    """What was asked: "asked about the vote", "asked for his position", "asked whether he
    would …", "asked Rubio which states …", "was asked to leave"."""
    doc = cue.doc
    if cue.tag_ == "VBG":
        return None  # "Asking a pensioner to …" is a subject, "asking for …" an appeal
    unnamed = _unnamed_asker(cue)
    for child in cue.children:
        if child.i < cue.i:
            continue
        if child.dep_ == "prep" and child.lower_ in ("about", "for"):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return _trimmed_short(doc, objects[0].left_edge.i, objects[0].right_edge.i + 1)
        if child.dep_ in ("ccomp", "advcl") and doc[child.left_edge.i].lower_ in _QUESTION_WORDS:
            start = child.left_edge.i + (doc[child.left_edge.i].lower_ in ("whether", "if"))
            return _trimmed_short(doc, start, child.right_edge.i + 1)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ == "xcomp" and infinitive and unnamed:  # "was asked to leave"
            return _trimmed_short(doc, child.left_edge.i, child.right_edge.i + 1)
    # "asked in May if he would …": the parser may hang the question on the clause above
    head = cue.head
    if cue.dep_ == "advcl":
        for clause in head.children:
            if clause.i > cue.i and clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children
            ):
                return _trimmed_short(doc, clause.left_edge.i + 1, clause.right_edge.i + 1)
    return None


def _asked_alone(cue: Token) -> bool:
    """"Asked whether …, she said": a participle with no subject and no passive; the one asked
    answers in the claim that follows."""
    return cue.tag_ == "VBN" and not any(
        c.dep_ in (*SUBJECTS, "auxpass") for c in cue.children
    )


def _unnamed_asker(cue: Token) -> bool:
    """"Asked about the vote, Vance said …", "Rubio was asked …": the question's asker is
    not named (the one asked answers, in another claim)."""
    if lemma_of(cue).lower() != "ask" or cue.tag_ != "VBN":
        return False
    return not any(c.dep_ in SUBJECTS and c.dep_ != "nsubjpass" for c in cue.children)


def cue_span(token: Token) -> Span:
    """The cue as shown to users: "said", "according to", "said in a statement"."""
    doc = token.doc
    if token.lower_ == "according":
        return doc[token.i : token.i + 2]
    return doc[token.i : token.i + 1]


def speaker_head(cue: Token, ctx: DocContext) -> Token | None:
    """The head word of who speaks through this cue, or None."""
    if cue.lower_ == "according":
        for to in cue.children:
            if to.lower_ == "to":
                objects = [c for c in to.children if c.dep_ == "pobj"]
                return objects[0] if objects else None
        return None
    if cue.pos_ == "NOUN":
        return _owner_of(cue)
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
    if _expected(cue) or _unnamed_asker(cue):
        return None
    subjects = _name_before_apposition(subjects, cue, ctx)
    inverted = _speaker_of_parenthetical(cue, ctx)
    if inverted is not None:
        return inverted
    for subject in subjects:
        if subject.lower_ == "it" and (cue.tag_ == "VBN" or _as_put_it(cue)):
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
        (cue.dep_ in ("conj", "xcomp", "advcl", "dobj") or _unlabelled_verb(cue))
        and cue.head.pos_ in ("VERB", "AUX")
        and (cue.dep_ not in ("advcl", "dobj") or cue.tag_ == "VBG" or _infinitive(cue))
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
    if cue.dep_ != "xcomp" or not _infinitive(cue):
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
    finite = cue.tag_ in ("VBD", "VBZ", "VBP") or (cue.tag_ == "VB" and not _infinitive(cue))
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
    in its maker's); a report or study speaks for itself."""
    if noun.dep_ != "dobj":
        return None
    verb, word = lemma_of(noun.head).lower(), lemma_of(noun).lower()
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


def subject_of(verb: Token, ctx: DocContext) -> Token | None:
    """The verb's subject; a verb coordinated with another ("appeared … and began by saying")
    or its complement ("wants to say") shares the subject of the verb it hangs on."""
    for candidate in (verb, *verb.ancestors):
        subjects = [
            c for c in candidate.children if c.dep_ in SUBJECTS and ctx.token_passage[c.i] is None
        ]
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - candidate.i))
        participle = candidate.tag_ in ("VBG", "VBN") or _infinitive(candidate)
        if candidate.dep_ not in ("conj", "xcomp", "acomp") and not _unlabelled_verb(
            candidate
        ) and not (
            candidate.dep_ == "advcl" and participle
        ):
            return None  # "X hardly clarified it, treating A as B and asserting …" climbs
    return None


def _unlabelled_verb(verb: Token) -> bool:
    """"X waved, then leaned in and boomed: …", "Lima, exasperated, responded: …": a verb the
    parser hung without a label on a verb before it, which it goes on from (and whose subject
    it shares)."""
    return verb.dep_ == "dep" and verb.pos_ == "VERB" and (
        verb.head.i < verb.i and verb.head.pos_ == "VERB"
    )


def _infinitive(verb: Token) -> bool:
    """"tweeted on Friday to say …": an infinitive of purpose shares its clause's subject."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


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
        if ctx.token_passage[token.i] is not None or token.text in _SENTENCE_END:
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


def contents_of(cue: Token, ctx: DocContext) -> list[Span]:
    """The reported clauses a cue governs: "said (that) <content>", "<content>, he said".

    "said that A, and that B" gives two claims, as a reader would count them.
    """
    doc = cue.doc
    if cue.lower_ == "according":
        found = _around_according(cue)
        return [found] if found is not None else []
    if _as_put_it(cue):
        found = _clause_beside(cue)
        return [found] if found is not None else []
    if lemma_of(cue).lower() in NAMING_CUES:
        return _call_contents(cue)
    if lemma_of(cue).lower() == "point" and not any(c.dep_ == "prt" for c in cue.children):
        found = _prepositional_object(cue, ("to",))
        return [found] if found is not None else []
    if cue.pos_ == "NOUN":
        clause = _that_clause(cue)
        return _clause_content(clause, cue) if clause is not None else []
    around = _sentence_around(cue, ctx)
    if around is not None:
        return [around]
    if _expected(cue):
        subject = next(c for c in cue.children if c.dep_ == "nsubjpass")
        found = trimmed(doc, subject.left_edge.i, cue.right_edge.i + 1)
        return [found] if found is not None else []
    if lemma_of(cue).lower() == "ask":
        asked = _asked_content(cue)
        if asked is not None:
            return [asked]
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and not _circumstance(c, cue)]
    if not clauses and lemma_of(cue).lower() in _INFINITIVE_CUES:
        clauses = [c for c in cue.children if c.dep_ == "xcomp"]
    if not clauses and lemma_of(cue).lower() in _COMPLEMENT_CUES:
        clauses = [c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i]
    if not clauses:
        # "said keeping the plant open would cost jobs": the parser hangs the gerund subject
        # on the cue and the clause on the gerund.
        clauses = [c for c in cue.children if _gerund_subject(c, cue)]
    if not clauses:
        answer = _answer(cue) or _same_answer(cue)
        if answer is not None:
            return [answer]
    if not clauses:
        # "said in a statement that …", "denied accusations that …": the parser hangs the
        # clause on the noun.
        nouns = [c for c in cue.children if c.dep_ == "dobj"] + _prepositional_nouns(cue)
        clauses = [
            clause
            for noun in nouns
            for clause in noun.children
            if (clause.dep_ in ("acl", "ccomp") and _opens_with_that(clause))
            or _misread_relative(clause, noun)
        ]
    if not clauses:
        clauses = [c for c in cue.children if _unmarked_clause(c, cue)]
    if clauses:
        after = [c for c in clauses if c.i > cue.i]
        clause = after[0] if after else clauses[-1]
        return _clause_content(clause, cue, _stranded_subject(cue, clause))
    judged = _judged(cue)
    if judged is not None:
        return [judged]
    if (
        (lemma_of(cue).lower() in FINDING_CUES and _finder(cue, ctx))
        or lemma_of(cue).lower() in OBJECT_CUES
        or _urged(cue)
    ) and not _nobody_did(cue):
        objects = [
            c for c in cue.children
            if c.dep_ == "dobj" and c.i > cue.i and c.tag_ != "PRP"  # "found themselves"
            and _reported_object(cue, c)
        ]
        if objects:
            # two words are content enough for a denial ("denied the allegations") and for
            # the cues of OBJECT_CUES ("explained his reasoning"), but not "to confirm their
            # rosters"
            short = lemma_of(cue).lower() in _SHORT_OBJECT_CUES
            content = _noun_content if short else trimmed
            found = content(doc, objects[0].left_edge.i, _object_end(cue, objects[0]))
            return [found] if found is not None else []
    described = _described_as(cue)
    if described is not None:
        return [described]
    quoted = _quoted_object(cue, ctx)
    if quoted is not None:
        return [quoted]
    if _aside(cue):
        # "Democrats, Mr. Clyburn noted, are worried …": the cue stands inside its content.
        found = _clause_beside(cue)
        if found is None or _quoted_around_aside(found, cue, ctx):
            return []
        return [found]
    if cue.head.i < cue.i and (
        cue.dep_ in ("parataxis", "ccomp", "conj") or _bare_advcl(cue)
    ):
        # "Prices will rise, the governor said on Tuesday." parsed with "said" under "rise".
        subject = speaker_head(cue, ctx)
        first = min([cue.i, *([subject.left_edge.i] if subject is not None else [])])
        rest = doc[cue.i + 1 : cue.sent.end]
        if first > 0 and doc[first - 1].text == ",":
            second = _second_claim(cue)
            if second is not None:
                # "Dams have lost capacity, he said, and his government could not …": two
                # claims, as "said that A, and that B" gives
                found = [trimmed(doc, cue.sent.start, first), trimmed(doc, second, cue.sent.end)]
                return [span for span in found if span is not None]
        if first > 0 and doc[first - 1].text == "," and _claim_resumes(cue):
            # "Most delays come from checks, he said, rather than from staffing.": the
            # clause the cue interrupts goes on after it, so the whole sentence is the claim
            found = trimmed(doc, cue.sent.start, cue.sent.end)
            if found is not None and not _quoted_around_aside(found, cue, ctx):
                return [found]
        if first > 0 and doc[first - 1].text == "," and not any(
            t.pos_ in ("VERB", "AUX") and cue not in t.ancestors for t in rest
        ):
            # what follows may be about the speaking ("…, she said, as she left"), not more
            # of the claim
            found = trimmed(doc, cue.sent.start, first)
            return [found] if found is not None else []
    if _closing_cue(cue, ctx):
        # "Renters fall behind, even on a “decent” wage, she said." parsed with the claim
        # in pieces hung on "said"
        found = trimmed(doc, cue.sent.start, speaker_head(cue, ctx).left_edge.i)
        return [found] if found is not None else []
    headline = _headline_content(cue, ctx)
    if headline is not None:
        return [headline]
    return _inverted_content(cue, ctx)


#: Words of a headline this short may stay lower case ("To", "a", "of") in title case.
_TITLE_SHORT = 3


def _headline_content(cue: Token, ctx: DocContext) -> Span | None:
    """"Hale Says No To Fox News As Dorn Turns Up The Heat": a headline in title case, which
    the parser reads as a run of names. The speaker opens the line, and the rest of it after
    the cue is the claim."""
    doc = cue.doc
    sentence = cue.sent
    first = next((t.i for t in doc if not t.is_space), 0)
    if sentence.start != first or "\n" in sentence.text.strip():
        return None
    words = [t for t in sentence if t.is_alpha and len(t) > _TITLE_SHORT]
    if len(words) < 3 or not all(t.text[0].isupper() for t in words):
        return None
    if cue.tag_ not in ("VBZ", "VBD"):
        return None  # "Hale Accused Of …": the one accused, not the accuser
    subject = speaker_head(cue, ctx)
    if subject is None or subject.i > cue.i or cue.i + 1 >= sentence.end:
        return None
    if subject.left_edge.i != sentence.start or doc[cue.i + 1].pos_ == "ADP":
        return None  # "Hale Responded To …": what was answered, not what was said
    return trimmed(doc, cue.i + 1, sentence.end)


#: Words a closing cue may take after it: "he said in an interview".
_CLOSING_CUE_TAIL = 3
#: Tags of finite verbs: what makes the words before a closing cue a clause.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _after_speaker(cue: Token) -> int:
    """The token after a cue and the subject that may follow it ("…, said Mr. Ortiz, …")."""
    last = cue.i
    for child in cue.children:
        if child.dep_ in SUBJECTS and child.i > cue.i:
            last = child.right_edge.i
    return last + 1


def _second_claim(cue: Token) -> int | None:
    """"A, he said, and B": where B starts when a clause with a subject of its own, joined to
    the clause the cue interrupts, follows the cue's closing comma."""
    doc = cue.doc
    comma = _after_speaker(cue)
    if comma + 2 >= cue.sent.end or doc[comma].text != "," or doc[comma + 1].dep_ != "cc":
        return None
    joined = [
        t for t in cue.head.children
        if t.dep_ == "conj" and t.i > comma and any(c.dep_ in SUBJECTS for c in t.children)
    ]
    return comma + 2 if joined else None


def _claim_resumes(cue: Token) -> bool:
    """"A, he said, rather than B": the cue and its speaker are set off by commas inside the
    clause they report, and words of that clause (not of the cue: "he said, on Tuesday"), or
    a word that resumes it ("including"), follow the closing comma."""
    doc = cue.doc
    comma = _after_speaker(cue)
    if comma >= cue.sent.end or doc[comma].text != ",":
        return False
    tail = [t for t in doc[comma + 1 : cue.sent.end] if not (t.is_punct or t.is_space)]
    if not tail:
        return False
    if tail[0].lower_ in _RESUMING_WORDS:
        return True  # "…, the paper said, including B", whatever the word hangs on
    return all(cue not in t.ancestors and cue.head in t.ancestors for t in tail)


def _closing_cue(cue: Token, ctx: DocContext) -> bool:
    """"<claim>, he said.": the cue and its subject end the sentence after a comma and
    govern nothing after them but circumstances ("he said on Tuesday")."""
    subject = speaker_head(cue, ctx)
    if cue.dep_ != "ROOT" or subject is None or subject.i > cue.i or subject.head.i != cue.i:
        return False
    doc = cue.doc
    first = subject.left_edge.i
    if first - 1 <= cue.sent.start or doc[first - 1].text != ",":
        return False
    tail = [t for t in doc[cue.i + 1 : cue.sent.end] if not t.is_punct or t.is_quote]
    before = doc[cue.sent.start : first - 1]
    return (
        len(tail) <= _CLOSING_CUE_TAIL
        and not any(t.is_quote for t in tail)
        and any(t.tag_ in _FINITE_TAGS for t in before)  # a clause, not "In a new economy,"
        and not _fronted_circumstance(before, cue)
    )


#: Roles of the words that set the scene of a verb before its subject: "Later, …",
#: "Under pressure, …".
_SCENE_DEPS = frozenset({"prep", "npadvmod", "advmod", "cc", "punct"})


def _fronted_circumstance(before: Span, cue: Token) -> bool:
    """"But when the council cut its funds, Dorna said enough.": words before the speaker
    that are only the cue's own adverbial clause (opened by "when", "as", "if" …) say when or
    why the speaking happened; they are nobody's claim."""
    tops = [t for t in before if not before.start <= t.head.i < before.end]
    clauses = [t for t in tops if t.dep_ == "advcl"]
    return bool(clauses) and all(
        t.head.i == cue.i
        and (t.dep_ in _SCENE_DEPS or (t.dep_ == "advcl" and _subordinated(t)))
        for t in tops
    )


def _subordinated(clause: Token) -> bool:
    """The clause opens with its own conjunction or wh-word: "when …", "as …", "if …", and
    holds no comma ("If the dam breaks, the town floods" misparsed as one clause is a claim)."""
    if any(t.text == "," for t in clause.doc[clause.left_edge.i : clause.right_edge.i + 1]):
        return False
    return any(
        c.dep_ in ("mark", "advmod") and c.i < clause.i and c.tag_ in ("IN", "WRB")
        for c in clause.children
    )


#: Marks that set an aside off inside a sentence.
_ASIDE_MARKS = frozenset({",", "-", "—", "–", "--"})
#: Aside cues are short: "X said on Tuesday," but not a clause of their own.
_ASIDE_MAX_TAIL = 8
#: What may follow an aside and still not continue the claim: "…, X said, as he left" or
#: "…, X said, citing …" are the speaker's circumstances, not what was said.
_ASIDE_CIRCUMSTANCES = ("advcl", "prep", "npadvmod", "advmod", "dobj", "agent")


def _sentence_around(cue: Token, ctx: DocContext) -> Span | None:
    """"It is her job, she said, to warn …", "A, X said, and B": a cue set off by commas in
    the middle of the sentence it reports. The whole sentence is the claim, the aside inside
    it, whatever the parser made of the two halves.

    Both halves must be clauses (the part before has a subject or verb, the part after a verb),
    the aside holds no clause or quotation of its own, and the part after is no circumstance of
    the speaking ("…, she said, as she left"). A sentence that is quotations through and
    through is left to the quote rules.
    """
    doc = cue.doc
    sentence = cue.sent
    speaker = speaker_head(cue, ctx)
    if speaker is None or ctx.token_passage[cue.i] is not None:
        return None
    first = min(cue.i, speaker.left_edge.i)
    last = max(cue.i, speaker.right_edge.i)
    if first - 1 <= sentence.start or doc[first - 1].text != ",":
        return None
    comma = next(
        (t.i for t in doc[last + 1 : min(sentence.end, last + 2 + _ASIDE_MAX_TAIL)]
         if t.text == ","),
        None,
    )
    if comma is None or any(
        t.pos_ in ("VERB", "AUX") or t.lower_ == "that" for t in doc[last + 1 : comma]
    ):
        return None
    if any(ctx.token_passage[t.i] is not None for t in doc[first:comma]):
        return None
    before = doc[sentence.start : first - 1]
    after = doc[comma + 1 : sentence.end]
    if _all_quoted(before, ctx) or _all_quoted(after, ctx):
        return None  # "“A,” she said, “B.”": two direct quotes, for the quote rules
    if not any(t.pos_ in ("VERB", "AUX") for t in after) or any(
        _own_cue(t) for t in after
    ):
        return None
    if any(
        t.head.i == cue.i and t.dep_ in _ASIDE_CIRCUMSTANCES and not _reasoned_on(t, comma)
        for t in after
    ):
        return None
    if after[0].tag_ == "VBG" or not any(
        t.dep_ in SUBJECTS or t.pos_ in ("VERB", "AUX") for t in before
    ):
        return None
    return trimmed(doc, sentence.start, sentence.end)


#: Conjunctions that carry the claim on past an aside: "A, he said, because B" and "A, she
#: said, while B" give the reason or the contrast of what was said (unlike "as she left").
_CLAIM_CONJUNCTIONS = frozenset({"because", "while", "whereas", "although", "though"})


def _reasoned_on(token: Token, comma: int) -> bool:
    """A clause right after the aside's closing comma, opened by a conjunction that carries
    the claim on, which the parser hung on the cue."""
    return (
        token.dep_ == "advcl"
        and token.left_edge.i == comma + 1
        and token.doc[comma + 1].lower_ in _CLAIM_CONJUNCTIONS
        and any(c.dep_ in SUBJECTS for c in token.children)
    )


def _quoted_around_aside(content: Span, cue: Token, ctx: DocContext) -> bool:
    """"“A,” she said, “B.”": every word outside the aside is quoted, so the two quotations
    are the quote rules' business, not one reported clause."""
    aside = range(cue.left_edge.i, cue.right_edge.i + 1)
    return all(
        ctx.token_passage[t.i] is not None or t.is_punct or t.is_space or t.i in aside
        for t in content
    )


def _all_quoted(tokens: Span, ctx: DocContext) -> bool:
    """No word of these tokens stands outside quotation marks."""
    return all(ctx.token_passage[t.i] is not None or t.is_punct or t.is_space for t in tokens)


def _own_cue(token: Token) -> bool:
    """A cue that reports a claim of its own: "…, adding that …", "… and she warned that …"."""
    return is_cue(token) and (
        token.tag_ == "VBG" or any(c.dep_ in SUBJECTS for c in token.children)
    )


def _inverted_content(cue: Token, ctx: DocContext) -> list[Span]:
    """"<claim>, said X": whatever the parser made of the claim, it runs from the sentence
    start to the comma before an inverted cue."""
    doc = cue.doc
    comma = cue.i - 1
    if comma <= cue.sent.start or doc[comma].text != ",":
        return []
    speaker = speaker_head(cue, ctx)
    if speaker is None or speaker.i < cue.i:
        return []
    found = trimmed(doc, cue.sent.start, comma)
    return [found] if found is not None else []


def _call_contents(cue: Token) -> list[Span]:
    """"called the plan “a disaster”", "called for an inquiry", "called on him to resign"."""
    doc = cue.doc
    objects = [c for c in cue.children if c.dep_ == "dobj"] or [
        # "called what she saw “terrible”": a free relative the parser made a clause
        c for c in cue.children
        if c.dep_ == "ccomp" and c.i > cue.i and doc[c.left_edge.i].tag_ in ("WP", "WDT")
    ]
    complements = [
        c for c in cue.children
        if c.dep_ in ("oprd", "ccomp", "xcomp", "attr") and c not in objects
    ]
    if objects and complements and complements[-1].i > objects[0].i:
        if cue.tag_ in ("VBP", "VBZ") and _name_like(complements[-1]):
            return []  # "fans call him “the Professor”": a nickname, not a claim
        end = _reason_end(cue, complements[-1].right_edge.i) + 1
        found = trimmed(doc, objects[0].left_edge.i, end)
        if found is None and complements[-1].pos_ == "ADJ":
            found = doc[objects[0].left_edge.i : end]  # "him unfit"
        return [found] if found is not None else []
    for clause in cue.children:
        # "called for Jones to drop out", parsed as a clause marked by "for"
        if clause.dep_ in ("advcl", "ccomp") and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in clause.children
        ):
            found = trimmed(doc, clause.left_edge.i + 1, clause.right_edge.i + 1)
            return [found] if found is not None else []
    found = _prepositional_object(cue, ("for", "on", "upon"))
    if found is not None:
        return [found]
    quoted = _called_quoted(cue)
    return [quoted] if quoted is not None else []


def _pointed_to_evidence(cue: Token) -> bool:
    """"pointed to polls showing her ahead", "points to his record as proof": an object that
    says something (a clause or phrase of its own, or "as …"), not a thing or a person in
    the room ("pointed to a man in the crowd")."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ != "to" or prep.i < cue.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.pos_ in ("PRON", "PROPN") or noun.ent_type_:
                continue
            described = any(c.dep_ in ("acl", "relcl") for c in noun.children)
            shown = any(
                c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "as")
                for c in cue.children
            )
            if described or shown:
                return True
    return False


#: Conjunctions that set the speaker's own doing beside a reported object: "conceded some
#: errors even as he defended the plan".
_CONTRASTS = frozenset({"as", "while", "although", "though", "but"})


def _object_end(cue: Token, noun: Token) -> int:
    """Where a reported object's content ends: with what the parser hung on the cue after it
    ("reported a loss in the third quarter"), but not the speaker's next act ("acknowledged
    the provision, but noted …", "conceded some errors even as he defended …")."""
    doc = cue.doc
    end = cue.right_edge.i + 1
    for child in cue.children:
        if child.i <= noun.i:
            continue
        next_act = child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and is_cue(child)
        aside = child.dep_ == "advcl" and (
            (doc[child.left_edge.i - 1].text == "," and is_cue(child))
            or any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in child.children)
        )
        if next_act or aside:
            end = child.left_edge.i
            break
    while end > noun.i + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
        end -= 1
    return end


def _noun_content(doc: Doc, start: int, end: int) -> Span | None:
    """A noun phrase a cue reports: trimmed like any content, but "calm" or "the allegations"
    is content enough, short as it is."""
    found = trimmed(doc, start, end)
    if found is None:
        words = [t for t in doc[start:end] if not (t.is_punct or t.is_space)]
        found = doc[words[0].i : words[-1].i + 1] if words else None
    return found


#: "called on/upon him to resign": prepositions that ask something only with an infinitive.
_ASKING_PREPOSITIONS = frozenset({"on", "upon"})


def _prepositional_object(cue: Token, prepositions: tuple[str, ...]) -> Span | None:
    """"called for an inquiry", "called on him to resign", "pointed to polls showing …": the
    object of the cue's preposition after it, with a complement that goes with it; an object
    of two words ("called for calm") is content enough here."""
    doc = cue.doc
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in prepositions or prep.i < cue.i:
            continue
        nouns = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        asks = [c for c in cue.children if c.i > prep.i and _infinitive_complement(c)]
        if not nouns and prep.lower_ in _ASKING_PREPOSITIONS and asks:
            # "called on Governor Lund to resign": the parser may hang the name on the cue
            return _noun_content(doc, prep.i + 1, _demand_end(cue, asks[-1]) + 1)
        if not nouns or nouns[0].ent_type_ in ("DATE", "TIME"):
            continue  # "called the governor on Tuesday"
        if prep.lower_ in _ASKING_PREPOSITIONS and not asks:
            continue  # "called on him to resign" asks something; "called on Friday" does not
        last = max(
            [nouns[-1], *(c for c in cue.children if c.dep_ == "xcomp"), *asks], key=lambda t: t.i
        )
        return _noun_content(doc, nouns[0].left_edge.i, _demand_end(cue, last) + 1)
    return None


def _infinitive_complement(token: Token) -> bool:
    """"(called on him) to resign": an xcomp, or a bare infinitive the parser made an advcl."""
    return token.dep_ == "xcomp" or (
        token.dep_ == "advcl"
        and token.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


#: What the parser hangs on "called for" that still belongs to the demand: "called for a ban
#: in December after the attack", "called for the minister to resign".
_DEMAND_MODIFIERS = frozenset({"prep", "advcl", "npadvmod"})


def _demand_end(cue: Token, last: Token) -> int:
    """The last token of what a cue with a prepositional object asks for or points to. The
    parser hangs its modifiers on the cue; they stay with the object when no comma sets them
    off and they report nothing of their own (", saying …" is another claim). A date alone at
    the end tells when the cue was spoken."""
    doc = cue.doc
    end = last.right_edge.i
    for child in cue.children:
        if child.i <= end:
            continue
        if (
            child.dep_ not in _DEMAND_MODIFIERS
            or child.tag_ == "VBG"
            or doc[child.left_edge.i - 1].is_punct
            or child.sent != cue.sent
            or any(is_cue(t) for t in child.subtree)
        ):
            break
        if not _time_phrase(child):
            end = child.right_edge.i  # "called for calm in December": when, not what
    return end


def _time_phrase(token: Token) -> bool:
    """"in December", "on Tuesday": a phrase that only dates what it hangs on."""
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return (
        token.dep_ == "prep"
        and len(objects) == 1
        and objects[0].ent_type_ in ("DATE", "TIME")
        and all(c.ent_type_ in ("DATE", "TIME") or c.is_punct for c in objects[0].subtree)
    )


#: How many words may stand between "called" and the quotation that names its object.
_CALLED_OBJECT_WORDS = 12


def _called_quoted(cue: Token) -> Span | None:
    """"called the attack that killed five officers “an attack on our city”": whatever the
    parse, an object and the quotation after it are what the speaker called it."""
    doc = cue.doc
    stop = min(cue.sent.end, cue.i + 1 + _CALLED_OBJECT_WORDS)
    opening = next((t.i for t in doc[cue.i + 1 : stop] if t.is_quote), None)
    if opening is None or opening == cue.i + 1:
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "relcl" and not _in_relative(t)
           for t in doc[cue.i + 1 : opening]):
        return None
    closing = next((t.i for t in doc[opening + 1 : cue.sent.end] if t.is_quote), None)
    if closing is None:
        return None
    words = [t for t in doc[opening + 1 : closing] if t.is_alpha]
    if cue.tag_ in ("VBP", "VBZ"):
        # "staff call the centre “the Family”" is a name; "calls the issue “a priority”" judges
        words = [t for t in words if t.dep_ != "det"]
    if len(words) <= 4 and all(t.text[:1].isupper() for t in words):
        return None  # "branded it “Red Friday”": a name
    return trimmed(doc, cue.i + 1, _reason_end(cue, _listed_end(doc, opening, closing)) + 1)


def _listed_end(doc: Doc, opening: int, closing: int) -> int:
    """"calls his rivals “losers” and “weak”": the last mark of a list of quotations joined to
    the first, which the parser hangs on the first quoted word."""
    last = closing
    for token in doc[opening + 1 : closing]:
        for conj in token.children:
            if conj.dep_ == "conj" and conj.i > closing and conj.sent == token.sent:
                last = max(last, last_word(conj))
    if last > closing and last + 1 < len(doc) and doc[last + 1].is_quote:
        last += 1
    return last


def _reason_end(cue: Token, last: int) -> int:
    """"called the report “a rush to judgment,” because …": a reason the parser hung on the
    cue after the content is claimed with it."""
    for child in cue.children:
        if child.i > last and child.dep_ == "advcl" and _listed_complement(child, last + 1):
            last = child.right_edge.i
    return coordinated_end(cue, last)


def coordinated_end(cue: Token, last: int) -> int:
    """"called him “reckless” and someone who …", "questioned Lee's “values” and his
    readiness to lead": a noun coordinated with the quoted object, which the parser hung on
    the cue, is claimed with it (and so are words still inside the open quotation)."""
    doc = cue.doc
    for child in (c for c in cue.children if c.i > last):
        between = doc[last + 1 : child.left_edge.i]
        if any(not (t.is_quote or t.dep_ == "cc") for t in between):
            break
        if child.is_quote or child.dep_ == "cc":
            continue
        if child.dep_ == "conj" and _noun_like(child) and any(
            t.dep_ == "cc" for t in between
        ):
            last = child.right_edge.i
        elif child.dep_ == "prep" and not between and _closes_after(child):
            last = child.right_edge.i  # "“the worst pick in a generation”"
        else:
            break
    return last


def _noun_like(token: Token) -> bool:
    """A noun or an indefinite pronoun ("someone"), not a personal one."""
    return token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "PRON" and token.tag_ == "NN")


def _closes_after(phrase: Token) -> bool:
    """The phrase ends right before a closing quotation mark."""
    doc = phrase.doc
    after = phrase.right_edge.i + 1
    return after < len(doc) and doc[after].is_quote and not any(
        t.is_quote for t in doc[phrase.i : after]
    )


def _in_relative(token: Token) -> bool:
    return any(a.dep_ in ("relcl", "acl") for a in token.ancestors)


def _name_like(token: Token) -> bool:
    """A short phrase of capitalised words: a name or nickname rather than a judgement."""
    words = [t for t in token.subtree if t.is_alpha and t.dep_ != "det"]
    return 0 < len(words) <= 4 and all(t.text[:1].isupper() for t in words)


def _clause_beside(cue: Token) -> Span | None:
    """The clause an aside ("as X put it", "X said") is attached to, without the aside.

    The aside is the speaker and the cue (with what follows the cue up to its comma); an
    opening clause the parser hung on the cue belongs to the claim ("If A, X said, B"). When
    the aside stands inside the claim after its subject or a clause, the span keeps the aside
    ("Democrats, X noted, are …"), as a reader takes the whole sentence; after a mere opening
    phrase ("During her term, X said, …") the claim starts behind the aside.
    """
    doc = cue.doc
    head = cue.head
    if head.i == cue.i:
        return None
    subjects = [c.left_edge.i for c in cue.children if c.dep_ in SUBJECTS and c.i < cue.i]
    aside_start = min([cue.i, *subjects])
    while aside_start > 0 and doc[aside_start - 1].lower_ == "as":
        aside_start -= 1
    aside_end = cue.i + 1
    while aside_end <= cue.right_edge.i and doc[aside_end - 1].text != ",":
        aside_end += 1
    start = min(head.left_edge.i, cue.left_edge.i)
    end = max(head.right_edge.i, cue.right_edge.i) + 1
    if aside_start <= start:
        start = aside_end
    elif aside_end >= end:
        end = aside_start
    elif not any(
        (t.dep_ in SUBJECTS or t.pos_ in ("VERB", "AUX")) for t in doc[start:aside_start]
    ):
        start = aside_end  # only an opening phrase before the aside: "During her term, …"
    return trimmed(doc, start, end)


def _bare_advcl(cue: Token) -> bool:
    """"A, she said." that the parser hung under A's verb as an adverbial clause; "when she
    said", "saying" and "to say" are real adverbial clauses, not this."""
    if cue.dep_ != "advcl" or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if not subjects:
        return False
    # a mark far back ("for people … to gather, she said") is the parser's slip, not this
    # clause's own "when" or "as"
    start = subjects[-1].left_edge.i
    return not any(
        c.dep_ in ("mark", "advmod") and start - 1 <= c.i < cue.i for c in cue.children
    )


#: Cues that vouch for the clause a trailing "as" aside is set after ("the budget shrank,
#: as Lund noted"); others say when or why ("the crowd booed, as Lund spoke", "…, as Lund
#: proposes", "…, as voters responded to the cuts").
_AS_ASIDE_CUES = frozenset({
    "say", "note", "acknowledge", "admit", "concede", "report", "point", "suggest", "predict",
    "explain", "argue", "write", "observe", "claim", "warn", "speculate", "state", "confirm",
    "show", "find", "insist", "contend", "assert", "allege", "emphasize", "stress",
})


def _trailing_as_aside(cue: Token) -> bool:
    """"The budget shrank, as Lund has acknowledged.": an "as" aside set off after the clause
    it vouches for, with no content of its own."""
    doc = cue.doc
    first = cue.left_edge
    return (
        cue.dep_ == "advcl"
        and cue.head.i < cue.i
        and first.lower_ == "as"
        and first.dep_ == "mark"
        and first.i > 0
        and doc[first.i - 1].text == ","
        and lemma_of(cue).lower() in _AS_ASIDE_CUES
        and any(c.dep_ in SUBJECTS and c.i < cue.i for c in cue.children)
        and cue.head.pos_ in ("VERB", "AUX")
    )


def _aside(cue: Token) -> bool:
    """"X said" or "as X said" set off inside the clause it reports, with nothing of its own."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue.children):
        return False
    if _trailing_as_aside(cue):
        return True
    if cue.head.i <= cue.i or cue.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue.children):
        return False
    if cue.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
    doc = cue.doc
    last = cue.right_edge.i
    comma = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
    return cue.dep_ == "parataxis" and comma


def _judged(cue: Token) -> Span | None:
    """"accused Hale of lying", "praised the council for acting fast": who, and for what."""
    if lemma_of(cue).lower() not in _JUDGING_CUES:
        return None
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and prep.i > cue.i:
            first = objects[0].left_edge.i if objects else prep.i + 1
            return trimmed(cue.doc, first, _judged_end(prep))
    if lemma_of(cue).lower() == "accuse":
        # "accused the media of distorting her words": the parser may hang the charge on the
        # one accused
        for noun in objects:
            prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if prep is not None and noun.i > cue.i:
                return trimmed(cue.doc, noun.left_edge.i, _judged_end(prep))
    return None


def _judged_end(prep: Token) -> int:
    """"accused Park of lying while Park suggested …": a clause with a cue and a speaker of
    its own, hung on the reason, is that speaker's claim set beside the judgement."""
    for token in prep.subtree:
        if (
            token.dep_ == "advcl"
            and any(c.dep_ in SUBJECTS for c in token.children)
            and not is_subordinate(token)
            and is_cue(token)
        ):
            return token.left_edge.i
    return prep.right_edge.i + 1


def _described_as(cue: Token) -> Span | None:
    """"describes himself as “a steady hand”", "portrayed the mayor as weak": what the
    speaker says someone or something is, the object with its "as" phrase."""
    if lemma_of(cue).lower() not in _DESCRIBING_CUES:
        return None
    objects = [
        c for c in cue.children
        if c.dep_ == "dobj" and (c.i > cue.i or c.tag_ in ("WDT", "WP"))
    ]  # "which he described as “…”": the relative pronoun stands for what is described
    if not objects:
        return None
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > cue.i:
            end = prep.right_edge.i + 1
            for reason in cue.children:
                # "portrayed him as weak because he …": the reason is claimed too
                if reason.i >= end and _listed_complement(reason, end) and reason.dep_ == "advcl":
                    end = reason.right_edge.i + 1
            return trimmed(cue.doc, objects[0].left_edge.i, end)
    return None


def _quoted_object(cue: Token, ctx: DocContext) -> Span | None:
    """"lamented the “bickering and name calling”": an object that quotes the speaker."""
    for child in cue.children:
        if child.dep_ != "dobj" or child.i < cue.i:
            continue
        if any(ctx.token_passage[t.i] is not None for t in child.subtree):
            return trimmed(cue.doc, child.left_edge.i, coordinated_end(cue, child.right_edge.i) + 1)
    return None


#: Who finds something as a finding: "the poll found Hale ahead", "researchers found a link",
#: "a judge found the law unconstitutional". "Facebook found the posting" or "she tried to
#: find a way" is no finding.
_FINDERS = frozenset({
    "researcher", "investigator", "scientist", "analyst", "auditor", "economist", "expert",
    "number", "figure", "record", "result", "data", "evidence", "test", "model", "judge",
    "court", "jury", "panel", "inspector", "prosecutor", "commission", "committee",
})


#: What a denial reports: "denied the allegations"; "denies 11 counts of fraud" is a plea.
_DENIED = frozenset({
    "allegation", "accusation", "claim", "report", "rumor", "rumour", "story", "account",
    "wrongdoing", "suggestion", "assertion", "insinuation",
    # a part in something: "denied any role in the attack", "denied the charges"
    "charge", "role", "link", "involvement", "knowledge", "connection", "tie", "contact",
    "responsibility",
})


def _nobody_did(cue: Token) -> bool:
    """"None has announced a recall": an object nobody put out is no claim. (A named speaker
    who "did not suggest retaliation" still takes a stance on it, as news annotation counts.)"""
    return any(c.dep_ in SUBJECTS and c.lower_ in _NOBODY for c in cue.children)


def _reported_object(cue: Token, noun: Token) -> bool:
    """"reported a loss", "denied the allegations", "predicted a landslide": the object is
    what was said. Not "must report incidents" (a duty) or "denied 11 counts" (a plea)."""
    lemma = lemma_of(cue).lower()
    if lemma == "report":
        return cue.tag_ in ("VBD", "VBZ", "VBN")
    if lemma == "deny":
        return lemma_of(noun).lower() in _DENIED
    if lemma == "claim" and lemma_of(noun).lower() in _WON_OBJECTS:
        return False
    if lemma in OBJECT_CUES:
        # "“…,” tweeted a user from Tula": after a quotation the object is who speaks
        return _thing_said(noun) and not _after_closing_mark(cue)
    return True


def _thing_said(noun: Token) -> bool:
    """"stressed bipartisan support", "tweeted a chart": a common noun that is no bare "it" or
    "nothing", no number ("estimated 3,000 jobs") and no markup of an embedded post."""
    if noun.pos_ != "NOUN" or noun.lower_ in _BARE_OBJECTS | _RITUAL_OBJECTS:
        return False
    if noun.ent_type_ in _QUANTITIES or any(
        c.dep_ == "nummod" or c.ent_type_ in _QUANTITIES for c in noun.children
    ):
        return False
    return not any("=" in t.text or t.text.startswith("@") for t in noun.subtree)


def object_claim(cue: Token, content: Span) -> bool:
    """The content is the object of a cue of OBJECT_CUES, which is a claim without a verb."""
    return lemma_of(cue).lower() in OBJECT_CUES and any(
        c.dep_ == "dobj" and c.left_edge.i == content.start for c in cue.children
    )


def _urged(cue: Token) -> bool:
    """"urged a strong stand", "urges restraint": what is urged, when the object is no person
    (the one urged: "urged voters", "urged Hale")."""
    if lemma_of(cue).lower() != "urge":
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    return bool(objects) and all(
        o.pos_ == "NOUN" and lemma_of(o).lower() not in anonymous_nouns()
        and lemma_of(o).lower() not in person_roles() and o.ent_type_ not in ("PERSON", "NORP")
        for o in objects
    )


def _finder(cue: Token, ctx: DocContext) -> bool:
    """"find" reports its object only when a document, a researcher or a court finds it; the
    other finding cues ("show", "announce", "admit") always do."""
    if lemma_of(cue).lower() != "find":
        return True
    subject = speaker_head(cue, ctx)
    if subject is None:
        return False
    noun = lemma_of(subject).lower()
    return noun in document_nouns() or noun in _FINDERS


def _gerund_subject(token: Token, cue: Token) -> bool:
    return (
        token.dep_ == "xcomp"
        and token.tag_ == "VBG"
        and token.i > cue.i
        and any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)
    )


def _answer(cue: Token) -> Span | None:
    """"Most voters said yes", "he said no to the merger": the answer is what was said."""
    answer = next(
        (c for c in cue.children if c.dep_ == "intj" and c.lower_ in ANSWERS and c.i > cue.i),
        None,
    )
    if answer is None:
        return None
    end = answer.i + 1
    while end < cue.sent.end and cue.doc[end].head.i == cue.i and cue.doc[end].dep_ == "prep":
        end = cue.doc[end].right_edge.i + 1
    return cue.doc[answer.i : end]


def _unmarked_clause(clause: Token, cue: Token) -> bool:
    """"said after the vote she would not sign …": a finite clause with its own subject
    and no conjunction after the cue, which the parser took for a circumstance."""
    if clause.dep_ != "advcl" or clause.i < cue.i or clause.tag_ in ("VBG", "VBN"):
        return False
    if is_cue(clause):
        return False  # "A agreed to it …, the club said": the later cue reports the first
    children = list(clause.children)
    return (
        not any(c.dep_ in ("mark", "advmod") and c.i < clause.i for c in children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
        and (clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.tag_ == "MD" for c in children))
    )


def _prepositional_nouns(cue: Token) -> list[Token]:
    """The nouns of the phrases after a cue, down a chain of "of": "wrote in the second of
    two columns that …" gives "second" and "columns"."""
    nouns = []
    preps = [c for c in cue.children if c.dep_ == "prep"]
    while preps:
        prep = preps.pop(0)
        for noun in prep.children:
            if noun.dep_ == "pobj":
                nouns.append(noun)
                preps.extend(c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of")
    return nouns


def _misread_relative(clause: Token, noun: Token) -> bool:
    """"said during a briefing that the plant would close", "tweeted in the early hours that
    Lind was “awful”": the parser may read the that-clause as a relative clause of the noun
    before it. A relative "that" stands for a part of its clause ("the bill that she signed");
    here "that" only opens it (a mark) and the clause has a subject of its own, or opens with
    "that" and an expletive ("that there was …")."""
    if clause.dep_ != "relcl" or clause.i < noun.i:
        return False
    that = next((c for c in clause.children if c.lower_ == "that"), None)
    if that is None or that.dep_ not in ("mark", "advmod"):
        return False
    return any(c.dep_ in SUBJECTS for c in clause.children) or (
        that.i == clause.left_edge.i
        and any(c.dep_ == "expl" and c.i > that.i for c in clause.children)
    )


#: Words that answer the way others did: "61 percent say the same of Hale", "half said so".
_SAME_ANSWERS = frozenset({"same", "so"})


def _same_answer(cue: Token) -> Span | None:
    """"while 48 percent say the same of Hale", "after half said so in May": a poll's answer
    given by pointing back at the one before, what the respondents said all the same."""
    if lemma_of(cue).lower() != "say":
        return None
    answer = next(
        (c for c in cue.children
         if c.i > cue.i and c.lower_ in _SAME_ANSWERS and c.dep_ in ("dobj", "advmod", "nsubj")),
        None,
    )
    if answer is None or (answer.lower_ == "so" and answer.i != cue.i + 1):
        return None
    end = answer.right_edge.i + 1
    if answer.lower_ == "same":
        # "the same of Hale", "the same about the mayor"
        for prep in cue.children:
            if prep.dep_ == "prep" and prep.i == end and prep.lower_ in ("of", "about", "for"):
                end = prep.right_edge.i + 1
    return cue.doc[answer.left_edge.i : end]


def _opens_with_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _stranded_subject(cue: Token, clause: Token) -> Token | None:
    """"said a mission of 120 observers would begin …": the parser may make the clause's
    subject the object of "said", leaving the clause without one."""
    if any(c.dep_ in (*SUBJECTS, "expl", "csubj") for c in clause.children):
        return None
    objects = [
        c for c in cue.children if c.dep_ in ("dobj", "npadvmod") and cue.i < c.i < clause.i
    ]  # "said the days when … are gone": "days" taken for an adverb of "said"
    return objects[0] if objects else None


def _clause_content(clause: Token, cue: Token, subject: Token | None = None) -> list[Span]:
    """The clause a cue governs, cut at coordinated "and that …" clauses and at a nested cue
    ("adding: …"): "said that A, and that B" gives two claims, as a reader would count them."""
    doc = clause.doc
    cuts = [conj for conj in clause.children if conj.dep_ == "conj" and _opens_with_that(conj)]
    end = _continued_end(clause, cue)
    for token in doc[clause.i + 1 : end]:
        if token is cue or token in cuts or not is_cue(token):
            continue
        if (
            token.dep_ in ("advcl", "conj")
            and not _bare_infinitive(token)
            and not is_subordinate(token)
            and not _shared_belief(token, clause)
        ):
            end = token.left_edge.i
            break
        aside = _set_off_relative(token, clause, end)
        if aside is not None:
            end = aside
            break
    pieces = []
    start = subject.left_edge.i if subject is not None else clause.left_edge.i
    for conj in cuts:
        piece_end = conj.left_edge.i
        while piece_end > start and doc[piece_end - 1].dep_ in ("cc", "punct"):
            piece_end -= 1
        pieces.append((start, min(piece_end, end)))
        start = conj.left_edge.i
    pieces.append((start, end))
    found = [trimmed(doc, a, b) for a, b in pieces if b > a]
    return [span for span in found if span is not None]


def _bare_infinitive(token: Token) -> bool:
    """"for the judge to criticize …" is still the content; "though he did not say who …",
    a verb of the same form with a subject of its own, is the speaker's next act."""
    if token.tag_ != "VB":
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) or not any(
        c.dep_ in SUBJECTS for c in token.children
    )


#: Marks that set a phrase off from the clause before it.
_SETTING_OFF = frozenset({",", "—", "–", "-", "--"})
#: Nouns that count the people in a poll: "…, about the same number who said …".
_COUNT_NOUNS = frozenset({"number", "percent", "share", "majority", "minority", "half", "third"})


def _set_off_relative(cue: Token, clause: Token, end: int) -> int | None:
    """"said the party was hostile to farmers, about the same number who said it cares" and
    "complained the vote was rigged, a charge his rivals denied": a relative clause closing
    the content, set off after the reported clause, is another speaker's claim when it
    counts other respondents ("who said", on a number) or comments on the claim (a noun in
    apposition whose relative has a named subject). Relatives describing a noun of the claim
    ("…, whose leaders have called for …") stay in it. Returns where the first claim ends
    (at the mark setting the phrase off), or None."""
    if cue.dep_ != "relcl" or cue.right_edge.i + 1 < end:
        return None  # "the mayor, who said he would resign, was lying": the claim goes on
    noun = cue.head
    subjects = [c for c in cue.children if c.dep_ in SUBJECTS]
    counted = any(s.lower_ == "who" for s in subjects) and (
        lemma_of(noun).lower() in _COUNT_NOUNS or any(c.dep_ == "nummod" for c in noun.children)
    )
    comment = noun.dep_ in ("appos", "npadvmod") and any(
        s.pos_ in ("NOUN", "PROPN") for s in subjects
    )
    if not (counted or comment):
        return None
    marks = [t.i for t in cue.doc[clause.i + 1 : cue.left_edge.i] if t.text in _SETTING_OFF]
    return marks[-1] if marks else None


#: Verbs of what someone thinks or means to do, as against what they say.
_BELIEF_VERBS = frozenset({
    "think", "believe", "expect", "hope", "want", "know", "feel", "fear", "plan", "intend",
})


def _shared_belief(token: Token, clause: Token) -> bool:
    """"told friends that the candidate knew the facts and thought it a badge of honor":
    a belief verb coordinated with the reported clause's verb, with no subject of its own,
    is what the clause's subject thinks, reported with the rest, not the speaker's new claim."""
    return (
        token.dep_ == "conj"
        and token.head.i == clause.i
        and lemma_of(token).lower() in _BELIEF_VERBS
        and not any(c.dep_ in SUBJECTS for c in token.children)
    )


#: Conjunctions that make a clause part of the claim around it: "he knew little about her
#: before she announced her bid" is one claim, not a claim cut short by "announced". (A
#: contrast, "…, while 22 percent said …", sets another claim beside it.)
_SUBORDINATORS = frozenset({
    "before", "after", "when", "since", "until", "because", "if", "unless", "whenever", "once",
})


def is_subordinate(token: Token) -> bool:
    """An adverbial clause opened by a subordinating conjunction ("before she announced …")
    is a circumstance inside the content, not the speaker adding a claim."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in token.children
    )


def _continued_end(clause: Token, cue: Token) -> int:
    """Where the content ends, counting clauses the parser coordinated with the cue instead
    of with the content: "said she won a grant, but her parents earned too much" and "urged
    the council to scrap the rules, replace the board and open the library". A coordinated
    clause goes on the claim when it has a subject of its own (or, after an infinitive
    content, shares the object's) and is no cue of its own ("… and she warned that …")."""
    end = clause.right_edge.i + 1
    if clause.head.i != cue.i:
        return end
    if clause.i < cue.i:
        end = _resumed_end(cue, end)
    if cue.i < clause.i:
        # "said he is ready to “take on the cartel,” secure the border and …": the parser
        # may make each item of the list a complement of the cue.
        for sibling in cue.children:
            if not _listed_complement(sibling, end) or is_cue(sibling):
                continue
            stretch = cue.doc[end : last_word(sibling) + 1]
            if sibling.sent == cue.sent and not any("\n" in t.text for t in stretch):
                end = sibling.right_edge.i + 1
    quoted_before = clause.i < cue.i and _after_closing_mark(cue)
    for conj in cue.children:
        if conj.dep_ != "conj" or conj.i < end or conj.pos_ not in ("VERB", "AUX") or is_cue(conj):
            continue
        if quoted_before:
            # "“I back the law,” says Ana Lima, but she was shocked …": the quotation is
            # her claim; what the sentence goes on to tell of her is not
            continue
        stretch = cue.doc[end : last_word(conj) + 1]
        if any("\n" in t.text for t in stretch) or any(
            _opening_mark(t) for t in cue.doc[end : conj.left_edge.i + 1]
        ):
            # "“A,” said X, “but B.”": quotations are the quote rules' business; a quoted
            # phrase inside the clause ("but it was a “great joy”") is not
            continue
        if (
            clause.dep_ == "xcomp"
            or any(c.dep_ in (*SUBJECTS, "expl") for c in conj.children)
            or (cue.i < clause.i and _reported_continuation(conj, cue))
        ):
            end = conj.right_edge.i + 1
    return _participle_continued_end(cue, clause, end)


def _participle_continued_end(cue: Token, clause: Token, end: int) -> int:
    """"flipped his pick, saying he was rooting for Denver but would now root for Carolina":
    a verb the parser coordinated with the clause a participle cue hangs on, whose form cannot
    make it that clause's next act, goes on what the participle reports."""
    verb = cue.head
    if cue.dep_ != "advcl" or cue.tag_ != "VBG" or cue.i > clause.i or verb.i > cue.i:
        return end
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < end or conj.pos_ not in ("VERB", "AUX") or is_cue(conj):
            continue
        stretch = cue.doc[end : last_word(conj) + 1]
        if any("\n" in t.text or _opening_mark(t) for t in stretch):
            continue
        if any(t.text in (",", ";", ":") for t in cue.doc[end : conj.left_edge.i]):
            continue
        if _reported_continuation(conj, verb):
            end = conj.right_edge.i + 1
    return end


#: Words that carry a claim on after its closing cue: "A, the paper said, including B".
_RESUMING_WORDS = frozenset({
    "including", "especially", "particularly", "notably", "mostly", "mainly", "rather",
})


def _resumed_end(cue: Token, end: int) -> int:
    """"The letters covered local matters, the paper said, including zoning and parking":
    the parser hangs the rest of the claim on the cue after it; a phrase of the cue's own
    ("…, she said, in an interview") is not the claim."""
    doc = cue.doc
    comma = _after_speaker(cue)
    if comma >= len(doc) or doc[comma].text != "," or comma + 1 >= len(doc):
        return end
    resumed = doc[comma + 1]
    if resumed.lower_ not in _RESUMING_WORDS or not (
        resumed.head.i == cue.i or resumed.head.head.i == cue.i
    ):
        return end
    phrase = resumed if resumed.head.i == cue.i else resumed.head  # "especially after …"
    return max(end, phrase.right_edge.i + 1)


#: Modal auxiliaries: "would continue" tells what the speaker said would happen.
_MODALS = frozenset({
    "would", "will", "could", "can", "may", "might", "should", "must", "'ll", "'d",
})
#: Tags of present-tense verbs.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]


def _reported_continuation(verb: Token, cue: Token) -> bool:
    """A verb with no subject of its own, coordinated with the cue where the speaker's next
    act could stand, whose form cannot make it that act: "said she hoped to win, and then
    would move on" tells what she said she would do, and "pledged that the city is committed
    to the park, but wants faster repairs" what she said it wants. A refusal ("but would not
    elaborate") or a verb with a claim of its own ("…, but would concede that …") is the
    speaker's act all the same."""
    if any(c.dep_ in (*SUBJECTS, "expl", "neg", "ccomp") for c in verb.children):
        return False
    auxiliaries = _auxiliaries(verb)
    if any(a.lower_ in _MODALS for a in auxiliaries):
        return not any(a.lower_ in _MODALS for a in _auxiliaries(cue))
    # "pledged that A, but wants B": a present verb cannot go on a past cue's narration
    tense = auxiliaries[0].tag_ if auxiliaries else verb.tag_
    return cue.tag_ == "VBD" and not _auxiliaries(cue) and tense in _PRESENT_TAGS


def _opening_mark(token: Token) -> bool:
    """A quote mark that opens a quotation: set off by a space before and none after
    ("said, “but …"), unlike the mark closing one ("… my party,” and Democrats …")."""
    doc = token.doc
    return (
        token.is_quote
        and not token.whitespace_
        and (token.i == 0 or bool(doc[token.i - 1].whitespace_))
    )


def last_word(token: Token) -> int:
    """The last token of a subtree that is not the paragraph break or a mark the parser hung
    at its end."""
    last = token.right_edge.i
    while last > token.i and (token.doc[last].is_space or token.doc[last].is_punct):
        last -= 1
    return last


def _listed_complement(sibling: Token, end: int) -> bool:
    """Another item of a listed content that the parser hung on the cue: a clause, or a bare
    verb with no subject or "to" of its own ("…, secure the border and …")."""
    if sibling.i < end:
        return False
    if sibling.dep_ == "ccomp":
        return True
    if sibling.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "because" for c in sibling.children
    ):
        return True  # "wrote that the request was “futile,” because …": the reason is claimed
    return (
        sibling.dep_ == "advcl"
        and sibling.tag_ == "VB"
        and not any(c.dep_ in (*SUBJECTS, "mark", "aux") for c in sibling.children)
        and all(t.is_punct for t in sibling.doc[end : sibling.left_edge.i])
    )


def _around_according(cue: Token) -> Span | None:
    """"According to X, <claim>." or "<claim>, according to X." (the parser often errs here)."""
    doc = cue.doc
    sentence = cue.sent
    if cue.i <= sentence.start + 1:
        for token in doc[cue.i + 2 : sentence.end]:
            if token.text == ",":
                return trimmed(doc, token.i + 1, sentence.end)
        return None
    # "<claim>, according to X, and <more of the claim>."; "Among the rulings at risk,
    # according to X, are 16 …": set off inside the sentence, the cue reports all of it.
    sources = [p for to in cue.children if to.lower_ == "to" for p in to.children
               if p.dep_ == "pobj"]
    source_end = (sources[0].right_edge.i if sources else cue.i) + 1
    tail = doc[source_end : sentence.end]
    if (
        doc[cue.i - 1].text in _ASIDE_MARKS
        and len(tail) >= 3
        and (tail[0].text in _ASIDE_MARKS or doc[source_end - 1].text in _ASIDE_MARKS)
        and any(
            t.pos_ in ("VERB", "AUX") or (t.head.i <= cue.i and not t.is_punct) for t in tail
        )  # a clause goes on after the aside, or what the clause before it still governs
    ):
        return trimmed(doc, sentence.start, sentence.end)
    return trimmed(doc, sentence.start, cue.i)


def _trimmed_short(doc: Doc, start: int, end: int) -> Span | None:
    """Like ``trimmed`` but a question may be two words ("asked about copies")."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - start < 2 and not (end > start and doc[start].pos_ in ("NOUN", "PROPN")):
        return None  # "asked to approve that": no question left
    return doc[start:end]


def trimmed(doc: Doc, start: int, end: int) -> Span | None:
    while start < end and (doc[start].is_punct or doc[start].is_space or _opening_that(doc[start])):
        start += 1
    limit = end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - start < 3:
        return None
    if sum(t.is_quote for t in doc[start:end]) % 2:
        # keep the closing mark of a quotation the span opens: “rush to judgment,”
        closing = next((t.i for t in doc[end:limit] if t.is_quote), None)
        if closing is not None:
            end = closing + 1
    return doc[start:end]


def _opening_that(token: Token) -> bool:
    """The "that" a reported clause opens with, whether the parser marked it so or took it
    for an adverb of the verb ("that Lind was …"; but "that much" is content)."""
    return token.lower_ == "that" and (
        token.dep_ == "mark" or (token.dep_ == "advmod" and token.head.i > token.i + 1)
    )


def _ends_sentence(doc: Doc, last: int) -> bool:
    """The quotation closes on a full stop, question or exclamation mark: “… smart.”"""
    j = last
    while j > 0 and doc[j].is_quote:
        j -= 1
    return doc[j].text in _SENTENCE_END


#: Verbs that say something only beside a quotation: "“…,” he continued", "she went on:",
#: "Lee cracked, “…”", "he shot back". Elsewhere "prices continued to rise", "went on a trip"
#: and "cracked down" report nothing. The value is the particle the verb needs, if any.
_BESIDE_QUOTES = {
    "continue": None, "go": "on", "crack": None, "shoot": "back", "fire": "back", "snap": None,
    "bark": None, "boom": None, "blare": None, "cry": None, "gush": None, "tease": None,
    "taunt": None, "marvel": None,
}


def _speaks_beside_quotes(token: Token, ctx: DocContext) -> bool:
    """A verb of _BESIDE_QUOTES with its particle and nothing it governs after it but the
    quotation."""
    lemma = lemma_of(token).lower()
    if token.pos_ != "VERB" or lemma not in _BESIDE_QUOTES:
        return False
    particles = {
        c.lower_ for c in token.children
        if c.dep_ in ("prt", "advmod") and c.i > token.i and c.lower_ in ("on", "back", "down")
    }
    needed = _BESIDE_QUOTES[lemma]
    if (needed is not None and needed not in particles) or (needed is None and particles):
        return False  # "cracked down", "went on a trip"
    return not any(
        c.dep_ in ("xcomp", "dobj", "prep", "ccomp") and c.i > token.i
        and ctx.token_passage[c.i] is None
        for c in token.children
    )


#: Quoted names inside a speaker phrase are this short: "Maria “Mia” Cole".
_QUOTED_NAME_WORDS = 2


def _quoted_name(ctx: DocContext, index: int) -> bool:
    """A quoted nickname or title of a word or two, capitalised and not set off by a mark."""
    passage = ctx.passages[index]
    content = ctx.text[passage.start : passage.end]
    words = content.split()
    return (
        0 < len(words) <= _QUOTED_NAME_WORDS
        and all(w[:1].isupper() for w in words)
        and content.rstrip()[-1:].isalnum()
        and ctx.text[passage.end : passage.close_mark + 1].strip()[1:] == ""
    )


#: Cues whose object is who is spoken to, not what is said: "“… who knows?” Lund told
#: reporters" attributes the question.
_ADDRESSING_CUES = frozenset({"tell", "ask", "assure", "remind", "inform", "urge", "warn"})


def cue_near_passage(first: int, last: int, ctx: DocContext) -> Token | None:
    """A cue outside quotes in the same sentence: after the closing mark first, then before."""
    doc = ctx.doc
    i = last + 1
    closed = _ends_sentence(doc, last)
    while i < min(len(doc), last + 1 + CUE_AFTER_WINDOW):
        token = doc[i]
        if ctx.token_passage[i] is not None and _quoted_name(ctx, ctx.token_passage[i]):
            i += 1  # "“…!” his niece, Maria “Mia” Cole, shouted": a nickname in the speaker
            continue
        if ctx.token_passage[i] is not None or "\n" in token.text:
            break
        if is_cue(token) or _speaks_beside_quotes(token, ctx):
            said = ("ccomp", "xcomp") if lemma_of(token).lower() in _ADDRESSING_CUES else (
                "ccomp", "xcomp", "dobj")
            if closed and any(c.dep_ in said and c.i > token.i for c in token.children):
                break  # “… smart.” Trump was forced to defend …: a new sentence with its own say
            return token
        if token.text in _SENTENCE_END:
            break
        i += 1
    i = first - 1
    fallback = None
    while i >= max(0, first - CUE_BEFORE_WINDOW):
        token = doc[i]
        if ctx.token_passage[i] is not None or "\n" in token.text or token.text in _SENTENCE_END:
            break
        if is_cue(token) or _speaks_beside_quotes(token, ctx):
            if speaker_head(token, ctx) is not None:
                return token
            # "told the paper in a written statement, “…”": a cue word nobody speaks through
            # hides the verb before it that names the speaker
            fallback = fallback or token
        i -= 1
    return fallback
