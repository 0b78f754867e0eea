"""What a cue reports: the clause, object or quoted words that hold the claim, cut where
the claim ends."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lemmas import lemma_of
from .clauses import (
    SENTENCE_END,
    SUBJECTS,
    coordinated_end,
    last_word,
    listed_complement,
    opens_with_that,
    trimmed,
)
from .context import DocContext
from .cues import (
    ANSWERS,
    COMPLEMENT_CUES,
    DESCRIBING_CUES,
    FINDING_CUES,
    INFINITIVE_CUES,
    JUDGING_CUES,
    NAMING_CUES,
    after_closing_mark,
    answered_request,
    as_put_it,
    asked_content,
    call_contents,
    declared_as,
    infinitive_complement,
    is_circumstance,
    is_cue,
    is_expectation,
    misread_verb,
    noun_clause,
    noun_content,
    passive_charge,
    prepositional_object,
    reported_noun,
    reported_subject,
)
from .lexicons import anonymous_nouns, document_nouns, person_roles
from .speaker_heads import speaker_head

#: Verbs whose noun-phrase object is what was said, when it is a thing and not a person or
#: a number: "stressed bipartisan support for the bill", "explained his reasoning", "tweeted
#: a chart of the polls", "pledged allegiance", "promised a veto", "recalled the incident".
#: (Most cues do not: "told the story", "wrote a book", "read the letter", "maintained a lead".)
OBJECT_CUES = frozenset({
    "say", "explain", "declare", "stress", "emphasize", "emphasise", "pledge", "recall",
    "suggest", "tweet", "post", "state", "assert", "estimate", "claim", "promise", "vow",
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


def contents_of(cue: Token, ctx: DocContext) -> list[Span]:
    """The reported clauses a cue governs: "said (that) <content>", "<content>, he said".

    "said that A, and that B" gives two claims, as a reader would count them.
    """
    return [_past_colon(cue, content) for content in _contents_of(cue, ctx)]


def _past_colon(cue: Token, content: Span) -> Span:
    """"said the plan failed for one reason: the money ran out" and "noted that three things
    are happening at once: A, B and C": what a colon right after a content opens, on the
    same line, is what the content announced, and goes on it to the sentence's end. (A
    quotation after the colon is the quote rules' business, and a finding there, "…: a poll
    this month found …", is the writer's evidence.)"""
    doc = content.doc
    colon = content.end
    if cue.i > content.start or colon + 1 >= len(doc) or doc[colon].text != ":":
        return content
    following = doc[colon + 1]
    if following.is_space or following.is_quote or following.is_punct:
        return content
    end = colon + 1
    while end < len(doc) and doc[end].text not in SENTENCE_END and "\n" not in doc[end].text:
        end += 1
    if any(
        lemma_of(t).lower() in FINDING_CUES and any(c.dep_ in SUBJECTS for c in t.children)
        for t in doc[colon + 1 : end]
    ):
        return content
    return doc[content.start : end]


#: What a warning can report instead of a prepositional object: "warned that …", "warned him".
_WARNED_CLAUSES = frozenset({"ccomp", "dobj", "xcomp"})


def _contents_of(cue: Token, ctx: DocContext) -> list[Span]:
    doc = cue.doc
    if cue.lower_ == "according":
        found = _around_according(cue)
        return [found] if found is not None else []
    if as_put_it(cue):
        found = _clause_beside(cue)
        return [found] if found is not None else []
    if lemma_of(cue).lower() in NAMING_CUES:
        return call_contents(cue)
    if lemma_of(cue).lower() == "point" and not any(c.dep_ == "prt" for c in cue.children):
        found = prepositional_object(cue, ("to",))
        return [found] if found is not None else []
    if lemma_of(cue).lower() == "warn" and not any(c.dep_ in _WARNED_CLAUSES for c in cue.children):
        # "warned against rival hackers", "warns of a long winter": what is warned about
        found = prepositional_object(cue, ("against", "of", "about"))
        if found is not None:
            return [found]
    if cue.pos_ == "NOUN" and not misread_verb(cue):
        clause = noun_clause(cue)
        if clause is None:
            return []
        if not opens_with_that(clause):
            # "his vow to stay": the infinitive, "to" and all
            found = trimmed(doc, clause.left_edge.i, clause.right_edge.i + 1)
            return [found] if found is not None else []
        return _clause_content(clause, cue)
    free = _free_relative(cue)
    if free is not None:
        return [free]
    around = _sentence_around(cue, ctx)
    if around is not None:
        return [around]
    if is_expectation(cue):
        subject = next(c for c in cue.children if c.dep_ == "nsubjpass")
        found = trimmed(doc, subject.left_edge.i, cue.right_edge.i + 1)
        return [found] if found is not None else []
    noun = reported_noun(cue)
    if noun is not None:
        found = noun_content(doc, noun.left_edge.i, cue.left_edge.i)
        return [found] if found is not None else []
    reported = reported_subject(cue)
    if reported is not None:
        found = _passive_report(cue, reported)
        return [found] if found is not None else []
    if lemma_of(cue).lower() == "ask":
        asked = asked_content(cue)
        if asked is not None:
            return [asked]
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and not is_circumstance(c, cue)]
    if not clauses and lemma_of(cue).lower() in INFINITIVE_CUES:
        # "vow to boycott the speech" (the parser may make the infinitive an advcl)
        clauses = [c for c in cue.children if c.i > cue.i and infinitive_complement(c)]
    if not clauses and lemma_of(cue).lower() in COMPLEMENT_CUES:
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
            if (clause.dep_ in ("acl", "ccomp") and opens_with_that(clause))
            or _misread_relative(clause, noun)
        ]
    if not clauses:
        clauses = [c for c in cue.children if _unmarked_clause(c, cue)]
    if clauses:
        after = [c for c in clauses if c.i > cue.i]
        clause = after[0] if after else clauses[-1]
        return _clause_content(clause, cue, _stranded_subject(cue, clause))
    judged = _judged(cue) or answered_request(cue)
    if judged is not None:
        return [judged]
    if (
        (lemma_of(cue).lower() in FINDING_CUES and _finder(cue, ctx))
        or lemma_of(cue).lower() in OBJECT_CUES
        or _urged(cue)
    ) and not _nobody_did(cue):
        objects = [
            c for c in cue.children
            if c.dep_ == "dobj" and c.i > cue.i
            and (c.tag_ != "PRP" or _placed_pronoun(cue, c))  # "found themselves"
            and _reported_object(cue, c)
        ]
        if objects:
            # two words are content enough for a denial ("denied the allegations") and for
            # the cues of OBJECT_CUES ("explained his reasoning"), but not "to confirm their
            # rosters"
            short = lemma_of(cue).lower() in _SHORT_OBJECT_CUES
            content = noun_content if short else trimmed
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
    if lemma_of(cue).lower() not in JUDGING_CUES:
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
    if lemma_of(cue).lower() not in DESCRIBING_CUES:
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
                if reason.i >= end and listed_complement(reason, end) and reason.dep_ == "advcl":
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


def _passive_report(cue: Token, subject: Token) -> Span | None:
    """What a passive of making public reports: its subject ("the deal was first reported by
    the Gazette", "a letter, which was reported by the Herald"), or the whole verdict when
    the subject was declared something ("Lee was declared the winner in Iowa") or accused of
    something ("Hale is accused of fraud")."""
    doc = cue.doc
    charge = passive_charge(cue)
    if charge is not None:
        # "Hale is accused of fraud": who is accused, and of what
        return trimmed(doc, subject.left_edge.i, _judged_end(charge))
    if declared_as(cue):
        return trimmed(doc, subject.left_edge.i, last_word(cue) + 1)
    if subject.tag_ in ("WDT", "WP"):
        return doc[subject.i : subject.i + 1]
    return noun_content(doc, subject.left_edge.i, subject.right_edge.i + 1)


def _nobody_did(cue: Token) -> bool:
    """"None has announced a recall": an object nobody put out is no claim. (A named speaker
    who "did not suggest retaliation" still takes a stance on it, as news annotation counts.)"""
    return any(c.dep_ in SUBJECTS and c.lower_ in _NOBODY for c in cue.children)


#: What places someone a poll shows: "shows him with a lead", "shows her ahead".
_PLACING_WORDS = frozenset({"with", "ahead", "behind", "leading", "trailing", "at"})


def _placed_pronoun(cue: Token, pronoun: Token) -> bool:
    """"the poll shows him with a lead", "shows her ahead by four points": a person a finding
    shows somewhere is the finding's content, pronoun as it is (unlike "found themselves")."""
    if lemma_of(cue).lower() != "show" or pronoun.lower_.endswith(("self", "selves")):
        return False
    return any(c.i > pronoun.i and c.lower_ in _PLACING_WORDS for c in cue.children)


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
        return _thing_said(noun) and not after_closing_mark(cue)
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


#: Verbs whose "what" clause is a topic, not a claim: "tied to what people think of him",
#: "similar to what you'd find on other sites".
_GENERIC_WHAT_CUES = frozenset({"think", "find"})


def _free_relative(cue: Token) -> Span | None:
    """"Despite what he wrote in the memo, …", "than what Lee said she expected": a "what"
    clause after a preposition stands for what was said, and is the claim as a whole."""
    if cue.dep_ != "pcomp" or lemma_of(cue).lower() in _GENERIC_WHAT_CUES:
        return None
    whats = [
        c for c in cue.children
        if c.i < cue.i and c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "nsubjpass")
    ]
    if not whats:
        return None
    doc = cue.doc
    end = cue.right_edge.i + 1
    if end < cue.sent.end:
        following = doc[end]
        if lemma_of(following).lower() == "be" and not any(
            c.dep_ in SUBJECTS for c in following.children
        ):
            # "what she said is rising demand": the parser cut "is …" off the clause
            if following.right_edge.i == following.i:
                return None  # and left nothing of it on "is": no claim to give whole
            end = following.right_edge.i + 1
    return trimmed(doc, whats[0].i, end)


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
    cuts = [conj for conj in clause.children if conj.dep_ == "conj" and opens_with_that(conj)]
    end = _continued_end(clause, cue)
    for token in doc[clause.i + 1 : end]:
        if token is cue or token in cuts or not is_cue(token):
            continue
        if (
            token.dep_ in ("advcl", "conj")
            and not _bare_infinitive(token)
            and not is_subordinate(token)
            and not _shared_belief(token, clause)
            and not _content_participle(token, cue)
            and not _another_question(token, clause)
        ) or _narrated_act(token):
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


def _opens_with_question_word(clause: Token) -> bool:
    """"why it was mentioned …" (but not "how experts say it works", where the word is asked
    of another verb, which the experts report)."""
    first = clause.left_edge
    return first.head.i == clause.i and (
        first.tag_ in ("WRB", "WP", "WDT") or first.lower_ == "whether"
    )


def _another_question(token: Token, clause: Token) -> bool:
    """"could not explain why the fee is listed or why it was mentioned by the mayor": a
    question coordinated with the question the cue reports is more of it, though its verb
    reports something. (One whose verb has a speaker, "… and how experts say it works",
    reports their claim.)"""
    return (
        token.dep_ == "conj"
        and token.head.i == clause.i
        and _opens_with_question_word(clause)
        and _opens_with_question_word(token)
        and not any(c.dep_ == "nsubj" for c in token.children)
    )


def _narrated_act(token: Token) -> bool:
    """"said he would offer his support but did not suggest it would be Lopez": a cue in the
    past ("did not suggest") coordinated with a verb of the content that is not ("would
    offer") goes back to the narration: the speaker's next act, not what they said. ("looked
    for a link and did not find one" stays in one past content.)"""
    if token.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in token.children):
        return False
    if not any(
        c.dep_ == "aux" and c.tag_ == "VBD" and lemma_of(c).lower() == "do" for c in token.children
    ):
        return False
    verb = token.head
    auxiliaries = _auxiliaries(verb)
    tense = auxiliaries[0] if auxiliaries else verb
    return tense.lower_ in _MODALS or tense.tag_ in _PRESENT_TAGS


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


#: Participles that go on telling the speaker's own act: "…, adding that …", "…, saying …",
#: "…, calling him a liar".
_ACT_PARTICIPLES = frozenset({"add", "say", *NAMING_CUES})


def _content_participle(token: Token, cue: Token) -> bool:
    """"said the figures were worse, showing the town losing jobs" and "told them he had
    called her, asking for a meeting": a participle with no subject of its own, hung on a
    verb of the content rather than on the cue, goes on what the content tells. ("…, adding
    that …" or "…, explaining: …", a participle with a claim of its own, is the speaker's
    next act even where the parser hangs it inside.)"""
    doc = token.doc
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.head.i != cue.i
        and lemma_of(token).lower() not in _ACT_PARTICIPLES
        and not any(c.dep_ in (*SUBJECTS, "mark") for c in token.children)
        and not any(c.dep_ == "ccomp" and opens_with_that(c) for c in token.children)
        and not (token.i + 1 < len(doc) and doc[token.i + 1].text in (",", ":"))
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
            if not listed_complement(sibling, end) or is_cue(sibling):
                continue
            stretch = cue.doc[end : last_word(sibling) + 1]
            if sibling.sent == cue.sent and not any("\n" in t.text for t in stretch):
                end = sibling.right_edge.i + 1
    quoted_before = clause.i < cue.i and after_closing_mark(cue)
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
    return _participle_continued_end(cue, clause, _condition_end(cue, end))


#: Conjunctions of a condition on what the speaker says will happen.
_CONDITIONS = frozenset({"if", "unless"})


def _condition_end(cue: Token, end: int) -> int:
    """"vowed to impose the tariff unless the company cancels the plan" and "say he would look
    younger if he slept more": a condition right after the content, which the parser hung on
    the cue, is the content's (nobody says a thing on condition)."""
    for clause in cue.children:
        if clause.dep_ != "advcl" or clause.left_edge.i != end:
            continue
        if clause.left_edge.dep_ == "mark" and clause.left_edge.lower_ in _CONDITIONS:
            return clause.right_edge.i + 1
        if clause.left_edge.lower_ == "when" and _time_of_content(clause, cue):
            return clause.right_edge.i + 1
    return end


def _time_of_content(clause: Token, cue: Token) -> bool:
    """"recalled attending town hall meetings when he ran the census": a time clause
    after the content, with a subject other than the speaker's and no cue for its verb, dates
    what is recalled. ("said it was sound when asked", "… when she spoke to reporters" date
    the saying.)"""
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    speaker = [c for c in cue.children if c.dep_ in SUBJECTS]
    if not subjects or is_cue(clause):
        return False  # "said … when asked", "when he told reporters"
    return not (speaker and subjects[0].lower_ == speaker[0].lower_)


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
