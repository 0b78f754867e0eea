"""Reporting cues: which words report speech ("said", "according to", "the claim that"),
and the naming cues ("called the plan “a disaster”") whose contents decide whether they
report anything at all."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lemmas import lemma_of
from .clauses import (
    SUBJECTS,
    coordinated_end,
    last_word,
    listed_complement,
    opens_with_that,
    trimmed,
    trimmed_short,
)
from .lexicons import cue_verbs

#: One-word answers a cue can report: "a majority said yes".
ANSWERS = frozenset({"yes", "no"})


def is_answer(content: Span) -> bool:
    """A verbless answer still reports: "yes", "no", "so", "the same of Hale"."""
    first = content[0].lower_
    return first in ANSWERS or first == "so" or (
        first == "the" and len(content) > 1 and content[1].lower_ == "same"
    )


#: Verbs whose infinitive complement is reported content: "told him not to go".
INFINITIVE_CUES = frozenset({"tell", "warn", "urge", "ask", "promise", "pledge", "vow"})
#: Verbs whose gerund or "to"-complement is reported content: "claims to have won",
#: "reported holding shares", "suggested cutting the tax", "chanted to lock her up",
#: "admitted using the loophole", "denied taking money".
COMPLEMENT_CUES = frozenset({
    "claim", "report", "suggest", "say", "chant", "recall", "admit", "deny", "acknowledge",
})
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
VERBLESS_CUES = NAMING_CUES | FINDING_CUES | {
    "ask", "point", "accuse", "declare", "urge", "respond", "reply", "warn",
}
#: Cues that answer a request: "did not respond to our request for an interview" reports the
#: request it leaves unanswered, as news annotation counts it.
ANSWERING_CUES = frozenset({"respond", "reply"})
#: What one answers or leaves unanswered: "to requests for comment", "to questions about …".
_REQUEST_NOUNS = frozenset({"request", "question", "inquiry", "query", "message", "email"})


#: Verbs that judge someone for something: "accused Hale of lying".
JUDGING_CUES = frozenset({
    "accuse", "blame", "criticize", "criticise", "praise", "credit", "fault", "thank", "slam",
    "blast", "attack", "condemn", "denounce", "rebuke", "chide", "scold", "commend", "applaud",
})
#: Verbs that say what someone or something is: "described him as “a steady hand”".
DESCRIBING_CUES = frozenset({"describe", "portray", "characterize", "characterise", "depict"})


#: Nouns of saying: "Trump's claim that …", "her warning that …" report what their owner said.
_SAYING_NOUNS = frozenset({
    "claim", "assertion", "allegation", "accusation", "argument", "suggestion", "insistence",
    "warning", "promise", "pledge", "prediction", "contention", "statement", "remark",
    "comment", "admission", "denial", "boast", "vow", "threat", "announcement", "complaint",
    "charge", "assurance", "explanation", "declaration",
})


#: Nouns of saying that report an infinitive: "his promise to build a wall", "her call to
#: bring both parties together".
_PROMISING_NOUNS = frozenset({"promise", "pledge", "vow", "threat", "call", "demand", "plea"})


def _saying_noun(token: Token) -> bool:
    """"Trump's claim that …", "his vow to stay": a noun of saying with an owner and a
    that-clause (or, for a promise or a demand, an infinitive)."""
    if token.pos_ != "NOUN" or owner_of(token) is None:
        return False  # the owner first: it is cheaper to look for than the lemma
    if lemma_of(token).lower() not in _SAYING_NOUNS | _PROMISING_NOUNS:
        return False
    return noun_clause(token) is not None


def noun_clause(noun: Token) -> Token | None:
    """What a noun of saying reports: its that-clause, or the infinitive of a promise or a
    demand (which the parser may take for a relative clause: "her vow to go after …")."""
    if lemma_of(noun).lower() not in _PROMISING_NOUNS:
        return that_clause(noun)
    return next(
        (c for c in noun.children
         if c.dep_ in ("acl", "relcl") and c.i > noun.i
         and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)),
        None,
    )


def that_clause(noun: Token) -> Token | None:
    """The clause a noun of saying reports: "claim [that there were thousands …]"."""
    return next(
        (c for c in noun.children
         if c.dep_ in ("acl", "ccomp") and c.i > noun.i and opens_with_that(c)),
        None,
    )


def owner_of(noun: Token) -> Token | None:
    """Whose claim it is: "Trump's claim", "his warning", "the claim by the agency"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "by" and child.i > noun.i:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def misread_verb(token: Token) -> bool:
    """"But Lee claims that …", "…, the former aide maintains.": a cue verb the tagger took for
    a plural noun, which the parser still gave a clause of its own and a subject (or, after
    the clause, the speaker's noun as a compound right before it)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    speaker = any(
        c.dep_ == "nsubj" or (
            c.dep_ == "compound" and c.i == token.i - 1 and clauses and clauses[0].i < c.i
        )
        for c in token.children
    )
    if not clauses or not speaker:
        return False
    word = token.lower_
    return word in cue_verbs() or (word.endswith("s") and word[:-1] in cue_verbs())


#: Parts of speech a cue can have: a verb, a noun of saying, or a verb tagged as a noun.
_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})


def is_cue(token: Token) -> bool:
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return True
    if token.pos_ not in _CUE_POS:
        return False  # most words of a text: no need to lemmatize them
    if misread_verb(token):
        return True
    if _saying_noun(token):
        return True
    if as_put_it(token):
        return True
    if token.pos_ not in ("VERB", "AUX") or lemma_of(token).lower() not in cue_verbs():
        return False
    deps = {c.dep_ for c in token.children}
    lemma = lemma_of(token).lower()
    if lemma == "add" and "dobj" in deps and not after_closing_mark(token):
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
    if lemma in NAMING_CUES and not call_contents(token):
        return False  # "called him on Tuesday"
    if is_expectation(token):
        return True  # "is expected to rise": a forecast whose source is not given
    if lemma == "ask" and asked_content(token) is not None:
        # "was asked about the vote", "said when asked about it", "Asked whether it would
        # close, Ito said …": a question, its asker unnamed (the answer is a claim of its own)
        return True
    if lemma == "ask" and asked_alone(token):
        return False  # "Asked later, Ito smiled": a participle with no question given
    if _has_read_as_is(token):
        return True  # "he's said he will stay": "'s" is "has", not a passive "is"
    if impersonal_hearsay(token):
        return True  # "it was widely reported that …", "I was told that …"
    if reported_subject(token) is not None:
        return True  # "The closure was announced on Friday": what was made public
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


def is_circumstance(clause: Token, cue: Token) -> bool:
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


def after_closing_mark(token: Token) -> bool:
    """The token follows a closing quotation mark: "“…,” added Lee"."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].is_quote and doc[token.i - 2].text in (",", "?", "!")


#: Verbs whose agentless passive passes on what is said by nobody in particular: "the plant
#: is expected to close", "Lee is said to have left", "it was widely reported that …".
HEARSAY_CUES = frozenset({"expect", "say", "report", "rumor", "rumour", "allege"})


def is_expectation(token: Token) -> bool:
    """"The plant is expected to close", "Lee is said to have left early": a claim attributed
    to nobody in particular."""
    deps = {c.dep_ for c in token.children}
    return (
        lemma_of(token).lower() in HEARSAY_CUES
        and "auxpass" in deps
        and "agent" not in deps
        and "xcomp" in deps
        and "nsubjpass" in deps
    )


#: Verbs whose passive subject is what was made public, with or without an agent: "the
#: deal was first reported by the Gazette", "the closure was announced", "Lee was declared
#: the winner".
PASSIVE_SUBJECT_CUES = frozenset({"report", "announce", "declare", "confirm", "accuse"})
#: Of those, the ones that report only with an agent: "her death was confirmed by the
#: family", but not "the nominee was confirmed 92 to 0".
_AGENT_ONLY_CUES = frozenset({"confirm"})
#: Determiners that deny what the passive says: "no deal was announced".
_NO_DETERMINERS = frozenset({"no", "none", "neither"})


def reported_subject(token: Token) -> Token | None:
    """The subject of "the deal was first reported (by the Gazette)": the passive of a verb
    of making public whose subject, not a clause, is what was reported. None for "it was
    reported that …" (the clause is the content), "was reported to have …", and negations
    ("the deal was not announced" reports nothing)."""
    lemma = lemma_of(token).lower()
    if lemma not in PASSIVE_SUBJECT_CUES or token.tag_ != "VBN":
        return None
    deps = {c.dep_ for c in token.children}
    if "auxpass" not in deps or deps & {"ccomp", "xcomp", "neg"}:
        return None
    subjects = [c for c in token.children if c.dep_ in SUBJECTS]
    if any(s.lower_ in _HAS_SUBJECTS for s in subjects) and any(
        c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in token.children
    ):
        return None  # "he's reported from every debate": "'s" is "has"
    agent = any(c.dep_ == "agent" and any(o.dep_ == "pobj" for o in c.children)
                for c in token.children)  # (not "by now")
    if lemma in _AGENT_ONLY_CUES and not agent:
        return None  # "the judge was confirmed": by a vote, not a statement
    subject = next((s for s in subjects if s.dep_ == "nsubjpass"), None)
    if subject is None or any(c.lower_ in _NO_DETERMINERS for c in subject.children):
        return None  # "no deal was announced"
    if lemma == "accuse":
        # "Hale is accused of fraud", "a banker who was accused of ties to …": the charge
        return subject if passive_charge(token) is not None else None
    if declared_as(token):
        # "Lee was declared the winner"; not "who was declared the winner", a description
        return None if subject.tag_ in ("WDT", "WP") else subject
    if lemma == "declare" or (subject.tag_ == "PRP" and not agent):
        # "war was declared", "when the winner was declared", "they were announced" (the
        # guests at a party): no claim
        return None
    return subject


#: Roles of a noun phrase set off beside a clause: "…, a plan announced last week".
_SET_OFF = frozenset({"appos", "npadvmod"})
#: Nouns that only stand for another: "the one reported".
_BARE_NOUNS = frozenset({"one", "ones"})


def reported_noun(token: Token) -> Token | None:
    """The noun of "a plan announced last week", "a fact first reported by the Gazette", "the
    deal, announced Friday,": a participle of making public that tells of the noun before it
    what "the plan was announced" would."""
    if (
        lemma_of(token).lower() not in ("report", "announce")
        or token.tag_ != "VBN"
        or token.dep_ != "acl"
        or token.head.pos_ != "NOUN"
        or token.head.i > token.i
        or token.head.lower_ in _BARE_NOUNS  # "accounts like the one reported"
    ):
        return None
    if token.doc[token.left_edge.i - 1].text != "," and token.head.dep_ not in _SET_OFF:
        # only a noun phrase set off beside a clause, or a participle set off by a comma:
        # not "Several outlets reported …" misread, nor "exit polls reported by CNN" (a
        # source, not a claim)
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "neg", "dobj", "auxpass") for c in token.children):
        return None
    return token.head


def passive_charge(token: Token) -> Token | None:
    """The "of" of "was accused of fraud", when it has its object (not "the assaults he is
    accused of")."""
    return next(
        (c for c in token.children
         if c.dep_ == "prep" and c.lower_ == "of" and c.i > token.i
         and any(o.dep_ in ("pobj", "pcomp") for o in c.children)),
        None,
    )


def declared_as(token: Token) -> bool:
    """"was declared the winner", "was announced the runner-up": the passive names what
    its subject was declared to be."""
    return any(c.dep_ in ("dobj", "oprd", "attr") and c.i > token.i for c in token.children)


#: Passives that pass on a that-clause with nobody named: "it was reported that …", "I was
#: told that …" ("it is expected that" is a forecast, not hearsay).
_IMPERSONAL_CUES = (HEARSAY_CUES - {"expect"}) | {"tell"}


def impersonal_hearsay(token: Token) -> bool:
    """"It was said that …", "it's been reported that …": a clause passed on without a
    source (the "it" only stands for the clause); "I was told that …": by someone unnamed."""
    deps = {c.dep_ for c in token.children}
    lemma = lemma_of(token).lower()
    return (
        "auxpass" in deps
        and "agent" not in deps
        and any(
            c.dep_ == "nsubjpass" and (c.lower_ == "it" or lemma == "tell")
            for c in token.children
        )
        and lemma in _IMPERSONAL_CUES
        and any(c.dep_ == "ccomp" and opens_with_that(c) for c in token.children)
    )


def as_put_it(token: Token) -> bool:
    """"As the governor put it, …": an aside that attributes the clause it is attached to."""
    return (
        any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
        and lemma_of(token).lower() == "put"
    )


#: Words that open what was asked: "asked whether …", "asked which states …".
_QUESTION_WORDS = frozenset({
    "whether", "if", "why", "how", "what", "which", "who", "whom", "when", "where",
})


def asked_content(cue: Token) -> Span | None:
    """What was asked: "asked about the vote", "asked for his position", "asked whether he
    would …", "asked Rubio which states …", "was asked to leave"."""
    doc = cue.doc
    if cue.tag_ == "VBG":
        return None  # "Asking a pensioner to …" is a subject, "asking for …" an appeal
    unnamed = unnamed_asker(cue)
    for child in cue.children:
        if child.i < cue.i:
            continue
        if child.dep_ == "prep" and child.lower_ in ("about", "for"):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return trimmed_short(doc, objects[0].left_edge.i, _asked_end(cue, objects[0]))
        if child.dep_ in ("ccomp", "advcl") and doc[child.left_edge.i].lower_ in _QUESTION_WORDS:
            start = child.left_edge.i + (doc[child.left_edge.i].lower_ in ("whether", "if"))
            return trimmed_short(doc, start, child.right_edge.i + 1)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ == "xcomp" and infinitive and unnamed and _asked_to(cue):
            return trimmed_short(doc, child.left_edge.i, child.right_edge.i + 1)
    if not any(c.dep_ == "ccomp" for c in cue.children):
        # (with a clause hung on the cue, "asked questions about her claim that …", the
        # clause is what the generic rules report)
        found = _question_asked(cue) or _about_below(cue)
        if found is not None:
            return found
    # "asked in May if he would …": the parser may hang the question on the clause above
    head = cue.head
    if cue.dep_ == "advcl":
        for clause in head.children:
            if clause.i > cue.i and clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children
            ):
                return trimmed_short(doc, clause.left_edge.i + 1, clause.right_edge.i + 1)
    return None


def _asked_end(cue: Token, noun: Token) -> int:
    """Where what was asked for ends: "asked for $2 million to fight the flood" keeps the
    purpose the parser hung on the cue."""
    end = noun.right_edge.i + 1
    for child in cue.children:
        if child.dep_ == "xcomp" and child.left_edge.i == end and child.left_edge.lower_ == "to":
            end = child.right_edge.i + 1
    return end


def _question_asked(cue: Token) -> Span | None:
    """"was asked a simple question about schools", "asked him that question": the question
    named as the object. A bare "a question" says nothing of what was asked, and "ask
    yourself that question" is no one's claim."""
    objects = [c for c in cue.children if c.i > cue.i and c.dep_ in ("dobj", "dative")]
    if any(c.lower_.endswith(("self", "selves")) for c in objects):
        return None
    for noun in objects:
        bare = all(
            c.lower_ in ("a", "an") or (c.dep_ == "prep" and c.lower_ not in ("about", "on"))
            for c in noun.children
        )
        if lemma_of(noun).lower() == "question" and not bare:
            return trimmed_short(cue.doc, noun.left_edge.i, noun.right_edge.i + 1)
    return None


def _about_below(cue: Token) -> Span | None:
    """"asked the senator about the uproar", "asked at the forum about the deal": the parser
    may hang "about" on the one asked or on a place named after the cue."""
    doc = cue.doc
    for token in doc[cue.i + 1 : cue.right_edge.i + 1]:
        if token.dep_ != "prep" or token.lower_ != "about":
            continue
        path = token.head
        while path.i != cue.i and path.dep_ in ("dobj", "pobj", "prep"):
            path = path.head
        objects = [c for c in token.children if c.dep_ in ("pobj", "pcomp")]
        if path.i == cue.i and objects:
            return trimmed_short(doc, objects[0].left_edge.i, objects[0].right_edge.i + 1)
    return None


def _asked_to(cue: Token) -> bool:
    """"Was asked to leave", "Asked to comment, Ito said …" put a request to someone; a bare
    participle inside a sentence ("left when asked to do so") only tells how they acted."""
    return not asked_alone(cue) or _opens_sentence(cue)


def _opens_sentence(token: Token) -> bool:
    """Only punctuation or a conjunction comes before the token in its sentence."""
    return all(t.is_punct or t.pos_ == "CCONJ" for t in token.doc[token.sent.start : token.i])


def asked_alone(cue: Token) -> bool:
    """"Asked whether …, she said", "said, “…,” when asked about it": a participle with no
    subject and no passive; the one asked answers in a claim of its own."""
    return cue.tag_ == "VBN" and not any(
        c.dep_ in (*SUBJECTS, "auxpass") for c in cue.children
    )


def unnamed_asker(cue: Token) -> bool:
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


def call_contents(cue: Token) -> list[Span]:
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
        return _called_object(cue, objects[0], complements[-1])
    for clause in cue.children:
        # "called for Jones to drop out", parsed as a clause marked by "for"
        if clause.dep_ in ("advcl", "ccomp") and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in clause.children
        ):
            found = trimmed(doc, clause.left_edge.i + 1, clause.right_edge.i + 1)
            return [found] if found is not None else []
    found = prepositional_object(cue, ("for", "on", "upon"))
    if found is not None:
        return [found]
    quoted = _called_quoted(cue)
    if quoted is not None:
        return [quoted]
    if cue.dep_ in ("acl", "amod"):
        return []  # "a group called Green Hands": a name
    if objects:
        complements = _predicate_in_object(objects[0])
    elif complements:
        objects, complements = _object_in_complements(complements)
    if objects and complements and cue.i < objects[0].i < complements[-1].i:
        return _called_object(cue, objects[0], complements[-1])
    return []


def _called_object(cue: Token, obj: Token, complement: Token) -> list[Span]:
    """"called the plan a disaster": from the object to the end of what it was called."""
    doc = cue.doc
    if cue.tag_ in ("VBP", "VBZ") and _name_like(complement):
        return []  # "fans call him “the Professor”": a nickname, not a claim
    end = _reason_end(cue, complement.right_edge.i) + 1
    found = trimmed(doc, obj.left_edge.i, end)
    if found is None and complement.pos_ == "ADJ":
        found = doc[obj.left_edge.i : end]  # "him unfit"
    return [found] if found is not None else []


def answered_request(cue: Token) -> Span | None:
    """"did not respond to our request for an interview", "replied to questions about the
    loan": the request a cue of ANSWERING_CUES answers (not "responded to the attack": no
    request)."""
    if lemma_of(cue).lower() not in ANSWERING_CUES:
        return None
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i > cue.i and any(
            c.dep_ == "pobj" and lemma_of(c).lower() in _REQUEST_NOUNS for c in prep.children
        ):
            return prepositional_object(cue, ("to",))
    return None


def _object_in_complements(complements: list[Token]) -> tuple[list[Token], list[Token]]:
    """"called Hale a fraud and a fake", "calls Hale unfit": the parser may make the object a
    complement beside the predicate, or the subject of the predicate."""
    if any(c.dep_ != "oprd" for c in complements):
        return [], complements
    if len(complements) > 1:
        return complements[:1], complements[1:]
    subjects = [c for c in complements[0].children if c.dep_ == "nsubj"]
    return subjects, complements


def _predicate_in_object(noun: Token) -> list[Token]:
    """"called her brother her hero", "called the feud with the union unusual": the parser may
    hang what the object was called inside the object, as an apposition with no comma before it
    or as an adjective ending the phrase."""
    doc = noun.doc
    last = doc[noun.right_edge.i]
    if last.i > noun.i and last.tag_ == "JJ" and last.head.i < last.i:
        return [last]
    return [
        c for c in noun.children
        if c.dep_ == "appos" and c.i > noun.i and c.pos_ in ("NOUN", "PROPN")
        and not doc[c.left_edge.i - 1].is_punct
    ][:1]


def _pointed_to_evidence(cue: Token) -> bool:
    """"pointed to polls showing her ahead", "points to Ohio as proof", "pointed to her record",
    "pointed to the example of Ohio": an object that says something (a clause or phrase of
    its own, an owner, an "of" phrase, or "as …"), not a thing or a person in the room
    ("pointed to a man in the crowd")."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ != "to" or prep.i < cue.i:
            continue
        shown = any(
            c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "as") for c in cue.children
        )
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.pos_ == "PRON":
                continue
            if shown:
                return True  # "pointed to Ohio as proof"
            if noun.pos_ == "PROPN" or noun.ent_type_:
                continue
            if any(
                c.dep_ in ("acl", "relcl", "poss")
                or (c.dep_ == "prep" and c.lower_ == "of")
                for c in noun.children
            ):
                return True  # "pointed to her record", "to the example of Ohio"
    return False


def noun_content(doc: Doc, start: int, end: int) -> Span | None:
    """A noun phrase a cue reports: trimmed like any content, but "calm" or "the allegations"
    is content enough, short as it is."""
    found = trimmed(doc, start, end)
    if found is None:
        words = [t for t in doc[start:end] if not (t.is_punct or t.is_space)]
        found = doc[words[0].i : words[-1].i + 1] if words else None
    return found


#: "called on/upon him to resign": prepositions that ask something only with an infinitive.
_ASKING_PREPOSITIONS = frozenset({"on", "upon"})


def prepositional_object(cue: Token, prepositions: tuple[str, ...]) -> Span | None:
    """"called for an inquiry", "called on him to resign", "pointed to polls showing …": the
    object of the cue's preposition after it, with a complement that goes with it; an object
    of two words ("called for calm") is content enough here."""
    doc = cue.doc
    for prep in cue.children:
        if prep.dep_ not in ("prep", "prt") or prep.lower_ not in prepositions or prep.i < cue.i:
            continue
        nouns = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        asks = [c for c in cue.children if c.i > prep.i and infinitive_complement(c)]
        if not nouns and prep.lower_ in _ASKING_PREPOSITIONS and asks:
            # "called on Governor Lund to resign": the parser may hang the name on the cue
            return noun_content(doc, prep.i + 1, _demand_end(cue, asks[-1]) + 1)
        if not nouns or nouns[0].ent_type_ in ("DATE", "TIME"):
            continue  # "called the governor on Tuesday"
        if prep.lower_ in _ASKING_PREPOSITIONS and not asks:
            continue  # "called on him to resign" asks something; "called on Friday" does not
        last = max(
            [nouns[-1], *(c for c in cue.children if c.dep_ == "xcomp"), *asks], key=lambda t: t.i
        )
        return noun_content(doc, nouns[0].left_edge.i, _demand_end(cue, last) + 1)
    return None


def infinitive_complement(token: Token) -> bool:
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
    for conj in last.children:
        if conj.dep_ == "conj" and conj.tag_ != "VB" and is_cue(conj):
            # "to release the tapes and called on people to …": the speaker's next demand
            # ("to quit and call on others to quit" still asks both)
            end = conj.left_edge.i - 1
            while end > last.i and (doc[end].dep_ == "cc" or doc[end].is_punct):
                end -= 1
            break
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
        if child.i > last and child.dep_ == "advcl" and listed_complement(child, last + 1):
            last = child.right_edge.i
    return coordinated_end(cue, last)


def _in_relative(token: Token) -> bool:
    return any(a.dep_ in ("relcl", "acl") for a in token.ancestors)


def _name_like(token: Token) -> bool:
    """A short phrase of capitalised words: a name or nickname rather than a judgement."""
    words = [t for t in token.subtree if t.is_alpha and t.dep_ != "det"]
    return 0 < len(words) <= 4 and all(t.text[:1].isupper() for t in words)
