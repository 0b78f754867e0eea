"""Who a speaker phrase refers to: a named entity, a pronoun's antecedent, or an anonymous source.

Pronouns resolve to the most salient compatible entity mentioned earlier outside any quote
(the previous speaker first, then the nearest subject, then the nearest mention), never to a
name inside a quotation. When nothing fits, the speaker stays unresolved: a wrong speaker is
worse than "unknown".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from ..document import Mention, Speaker
from ..lemmas import lemma_of
from .ads import AdMaker, ad_maker, ad_of
from .clauses import subject_of
from .context import DocContext, other_given_name
from .descriptions import PARTY_ROLE, Role, party_names, person_facts, role_word
from .lexicons import (
    anonymous_nouns,
    contrasting_modifiers,
    document_nouns,
    gendered_nouns,
    main_organization_nouns,
    narrowing_modifiers,
    organization_kinds,
    organization_nouns,
    party_words,
    person_roles,
    public_body_words,
    role_modifiers,
)
from .writers import Writers

#: Nouns that name one body though the parser calls them plural: "police said".
_COLLECTIVE_BODIES = frozenset({"police"})
#: Roles of a candidate in a race: "the Democratic nominee" may be the "Democratic rival".
_CANDIDACY_ROLES = frozenset({"nominee", "rival", "opponent", "challenger", "front-runner"})
#: Descriptions news uses as a second name for someone already in the story, whatever their
#: office: "the New York businessman", "the Democratic candidate", "the first lady".
_EPITHET_ROLES = frozenset({
    "businessman", "nominee", "rival", "opponent", "challenger", "front-runner", "lady",
    "star", "host", "veteran", "mother", "father", "mogul", "tycoon", "billionaire", "magnate",
    "developer", "neurosurgeon",
})
#: Roles whose party word is the holder's party: "Democratic rival Lee", "Republican Sen. Lee";
#: not "an editor of a book on the Republican debates".
_PARTISAN_ROLES = frozenset({
    PARTY_ROLE, "candidate", *_CANDIDACY_ROLES, "senator", "governor", "representative",
    "congressman", "congresswoman", "lawmaker", "leader", "chairman", "chairwoman", "chair",
    "president", "mayor", "strategist", "operative", "consultant", "official",
})
#: A party's member, as news names a politician a second time: "the Arizona Republican".
_PARTY_MEMBERS = frozenset({"republican", "democrat"})
#: Nouns for news outlets: "the website noted" is the outlet named just before.
_MEDIA_NOUNS = frozenset({
    "website", "site", "newspaper", "magazine", "outlet", "tabloid", "publication",
})
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
#: A news outlet's staff: "a reporter for the Beacon", "an NBC correspondent" report for the
#: outlet, as readers name them when the text does not name the reporter.
_JOURNALISTS = frozenset({
    "reporter", "correspondent", "columnist", "journalist", "anchor", "producer",
})
_CAMPAIGN_WORDS = frozenset({"campaign", "team"})
#: Possessive pronouns and the pronoun that points back to the same antecedent.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "its", "their": "their"}
#: A person's staff as one body: "Hale's office said" speaks for Hale's office.
OFFICE = "office"
#: A paper's opinion voice: "the editorial board" is the paper's whose editorial the text named.
_EDITORIAL_WORDS = frozenset({"editorial", "board"})
#: A government named after its head: "the Larkin administration" speaks as "the administration".
ADMINISTRATION = "administration"
#: A document's phrase names its author within this many words after the noun.
DOCUMENT_PHRASE_WORDS = 15
#: Prepositions that give where a document appeared or who made it ("in the Journal", "by
#: the institute", "from the ministry"), as against what it is about.
_SOURCE_PREPOSITIONS = frozenset({"in", "by", "from", "at"})
#: Where someone publishes their own documents: "a document on the campaign's website".
_PUBLISHING_PLACES = frozenset({
    "website", "site", "web", "page", "account", "feed", "blog", "channel", "homepage",
})
#: Verbs whose subject made the document they describe: "a briefing Ms. Ortiz gave".
_MAKING_VERBS = frozenset({
    "give", "write", "publish", "release", "issue", "conduct", "commission", "file", "sign",
    "send", "post", "prepare", "author", "draft", "deliver", "present", "compile", "produce",
    "carry", "submit", "provide", "circulate", "distribute",
})
#: Nouns for the makers of a document: "the authors of that report, which include X".
_MAKER_NOUNS = frozenset({"author", "researcher", "creator", "sponsor", "publisher"})
#: Verbs whose subject found something in the document a leading "in" names: "In a poll of
#: voters, the institute found …".
_FINDING_VERBS = frozenset({"find", "show", "report", "conclude", "estimate", "discover"})
#: Verbs of a "with" phrase that name one maker among several documents: "polls show her
#: ahead, with Gallup showing a 3-point lead", "… with the Harbor poll putting him second".
_ALONGSIDE_VERBS = _FINDING_VERBS | {"put", "give", "have", "place"}
#: Verbs whose subject speaks through the document an "in" names: "Lee said in a statement",
#: "In a letter, the council warned …"; a later "the statement" is theirs.
_STATING_VERBS = frozenset({
    "say", "write", "add", "announce", "state", "note", "declare", "explain", "respond",
    "argue", "insist", "claim", "warn", "allege", "tell",
})
#: Words that make a document one more of a set whose maker the text gave: "a slide from the
#: minister's deck … Another slide shows", "one slide says".
_ONE_MORE = frozenset({"another", "one"})
#: Document nouns for numbers a body gives: "the data", "the figures" are the last speaker's.
_DATA_NOUNS = frozenset({"data", "datum", "figure", "tally"})
#: Document nouns for a news piece, which its reporter wrote: "the article", "the piece".
_PIECE_NOUNS = frozenset({"article", "piece", "column"})
#: Roles of those who write news pieces.
_JOURNALIST_ROLES = frozenset({
    "reporter", "correspondent", "columnist", "journalist", "writer", "author",
})
#: Documents a court issues: with no author given, "the ruling" is the court's.
_COURT_DOCUMENTS = frozenset({"ruling", "judgment", "decision", "opinion", "order", "verdict"})
#: Model labels an untagged maker's name may carry: none, or a name the entity step let go
#: ("a February survey", "a Texas poll" are no makers).
_MAKER_LABELS = frozenset({"", "ORG", "PERSON"})
#: Words between a maker's name and its document noun that say what kind it is: "the
#: Gallup tracking poll", "the Harbor polling average".
_KIND_MODIFIERS = frozenset({"polling", "poll", "tracking", "exit", "research", "survey"})
#: Words that say nothing of who made a document: "a new poll" may look ahead for its maker.
_PLAIN_DOCUMENT_WORDS = frozenset({
    "new", "recent", "latest", "fresh", "national", "nationwide", "statewide", "separate",
    "exhaustive", "comprehensive", "detailed", "extensive", "lengthy", "major", "preliminary",
    "sweeping", "independent", "forthcoming", "upcoming", "unpublished",
})
#: How many sentences before its own a description's antecedent may stand.
EPITHET_SENTENCES = 2
#: How many paragraphs back "the statement" may find "X said in a statement".
STATED_PARAGRAPHS = 2
#: How many paragraphs ahead a document with no maker of its own may look for one.
DOCUMENT_AHEAD_PARAGRAPHS = 2
#: How far apart two mentions of one document may stand ("A study … the study … X, one of
#: its authors") for the look ahead to go on from the later.
DOCUMENT_CHAIN_PARAGRAPHS = 3
#: Document nouns news uses for one another: "an agency survey of farm prices … The study
#: found". A back-reference (or a look ahead) may go to a document of its own family.
_DOCUMENT_FAMILIES = (
    frozenset({
        "study", "survey", "poll", "analysis", "research", "review", "audit", "findings",
        "report", "assessment", "investigation", "inquiry", "average", "tally", "tracker",
        "result", "data", "datum", "finding", "figure",  # the model's lemmas of "data", "findings"
    }),
    frozenset({"statement", "release", "note", "memo", "letter", "briefing", "document"}),
    frozenset({"book", "memoir", "autobiography"}),
)
#: A first-person speaker outside quotes is the writer, whom the article does not name.
_FIRST_PERSON = frozenset({"i", "me", "we", "us"})
#: The first person a signed text's writer speaks in; "we" may be more than the writer.
_WRITER_PRONOUNS = frozenset({"i", "me"})
#: "his claim that …" names its speaker as "he" would ("her" is already here)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS = frozenset({"they", "them", "it"})  # "we" is the writer: see _FIRST_PERSON
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
#: How far back (in paragraphs) a pronoun may look for its antecedent.
PRONOUN_WINDOW = 3
_BREAKS = frozenset({"—", "–", "--", ":", ";"})
_QUANTIFIERS = frozenset({"a", "an", "one", "two", "three", "four", "five", "several", "some",
                          "many", "few", "other", "another", "senior", "both"})


def speaker_phrase(head: Token, ctx: DocContext, stop: int | None = None) -> Span:
    """The noun phrase around a speaker head, cut short of quotes, the cue and long clauses."""
    doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    if head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN"):
        # a name the parser made the root of its sentence: just the name
        entity = ctx.token_entity[head.i]
        start = head.i
        while start > 0 and entity and ctx.token_entity[start - 1] == entity:
            start -= 1
        end = head.i + 1
    if stop is not None and head.i < stop < end:
        end = stop
    if stop is not None and start < stop <= head.i:
        start = stop
    for i in range(start, end):
        if ctx.token_passage[i] is not None or doc[i].text in _BREAKS or "\n" in doc[i].text:
            if i < head.i:
                start = i + 1
            else:
                end = i
                break
    # Keep appositions ("Bryan Lanza, a long-time strategist,") but not relative clauses
    # beyond ten tokens, and never a trailing comma.
    end = min(end, max(head.i + 1, start + 12))
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    while start < head.i and doc[start].is_punct:
        start += 1
    return doc[start:end]


class SpeakerResolver:
    """Resolves speaker phrases in one document, remembering who spoke last."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.last_speaker: tuple[str, int] | None = None  # entity id, token index
        #: the last person to speak with no entity behind them: their name (if any) and type,
        #: the mention a pronoun would go back to and the token index of its head ("Rakesh
        #: Deshmukh said …" with a name the model did not tag, "Her son said …" with none)
        self.last_untagged: tuple[str | None, str, Mention, int] | None = None
        self.gender: dict[str, str] = {}
        self.facts = person_facts(ctx)
        self._authored: list[tuple[int, str, str]] | None = None
        #: news pieces resolved to the journalist who wrote them, who is no last speaker
        self._bylines: set[int] = set()
        self._writers: Writers | None = None
        #: tokens inside reported claims already read: "X said Y would go" makes Y no rival
        #: subject for the next "he said"
        self.in_claim = [False] * len(ctx.doc)

    def mark_claim(self, start_char: int, end_char: int) -> None:
        span = self.ctx.doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                self.in_claim[i] = True

    def resolve(self, phrase: Span, head: Token) -> Speaker:
        """The speaker a mention names; an unnamed person is remembered for the next "he"."""
        speaker = self._resolve(phrase, head)
        if (
            speaker.name is None
            and head.tag_ == "NN"
            and lemma_of(head).lower() in person_roles() | anonymous_nouns()
            and (speaker.via == "anonymous" or (speaker.via is None and not _pointing_back(head)))
        ):
            # "Her son, a driver, said …", "a campaign aide said …": someone a later "he"
            # means, though unnamed ("the former president" may be someone named before,
            # whom the usual search for "he" finds)
            mention = Mention(speaker.start, speaker.end, speaker.text)
            self.last_untagged = (None, speaker.type, mention, head.i)
        return speaker

    def _resolve(self, phrase: Span, head: Token) -> Speaker:
        ctx = self.ctx
        span = (phrase.start_char, phrase.end_char)
        core = core_tokens(head)
        lemma = lemma_of(head).lower()
        ad = ad_of(head)
        if ad is not None:
            # "the Lee ad says", "the announcer said": the ad's maker speaks
            maker = ad_maker(ad, ctx)
            if maker is not None:
                return self._ad_speaker(span, maker)
        if lemma in _CAMPAIGN_WORDS and head.tag_ != "NNS":
            # "the Lee team", "the Lee campaign said": the campaign, not Lee
            campaign = self._campaign(span, head, phrase)
            if campaign is not None:
                return campaign
        person = self._entity_in(core, "person", head)
        if _staff_of(head, ctx) and (person or any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children
        )):
            # "McConnell aides said", "his advisers": the staff, whom the text does not name
            return self._speaker(span, None, None, "anonymous", "anonymous")
        if person:
            via = "named" if person in _name_ids(ctx, head) else "apposition"
            return self._named(span, person, "person", head.i, via)
        if head.lower_ in _FIRST_PERSON:
            writer = self._writer(head) if head.lower_ in _WRITER_PRONOUNS else None
            if writer is not None:
                return writer
            # A narrator or columnist the text does not name: nobody to name.
            return self._speaker(span, None, None, "anonymous", "anonymous")
        if head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self._pronoun(span, head)
        if head.tag_ in ("WDT", "WP"):
            # "the Fire Department which reported …" parsed as no relative clause: the name
            # right before the relative pronoun is who it stands for.
            named = self._relative_name(head)
            if named is not None:
                # not the last speaker: a name before "which" is often only a passing mention
                kind = _speaking_type(ctx.entity_type(named) or "organization")
                antecedent = self._mention_before(named, span, head.i)
                return self._speaker(
                    span, ctx.entities[named].name, named, kind, "pronoun", antecedent
                )
        members = self._members(head)
        if members:
            # "several candidates, including Hale and Ruiz": the members the text names
            return self._group(span, members, head)
        if head.pos_ == "PRON":
            # "someone", "not everyone", "those close to him": nobody the text names
            return self._speaker(span, None, None, "anonymous", "anonymous")
        campaign = self._campaign(span, head, phrase)
        if campaign is not None:
            return campaign
        if lemma in _VOICES:
            # "a spokesman for the ministry", "a Lumenark spokesperson" speak for the body.
            body = self._voiced_body(head, phrase)
            if body:
                kind = ctx.entity_type(body) or "organization"
                return self._named(span, body, _speaking_type(kind), head.i, "organization")
            if any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in head.children):
                return self._speaker(span, None, None, "organization")
            return self._speaker(span, None, None, "anonymous", "anonymous")
        if lemma in document_nouns():
            # "a study by the institute found", later "the study found", "its report says"
            source = (
                self._author_of(head, document=True)
                or self._named_in_document_phrase(head)
                or self._document_back_reference(head)
            )
            maker = None if source else _untagged_maker(head, ctx)
            if not (source or maker):
                source, maker = self._maker_alongside(head)
            if maker:
                return self._speaker(span, maker, None, "organization", "document")
            headline = (  # "New Poll Shows …" atop the story
                head.pos_ == "PROPN" and not head.is_lower and ctx.paragraph_of(head.i) == 0
            )
            source = source or self._document_ahead(head, headline, label=headline)
            if source:
                kind = _speaking_type(ctx.entity_type(source) or "organization")
                return self._named(span, source, kind, head.i, "document")
            if headline and ctx.token_entity[head.i] is None:
                return self._speaker(span, None, None, "document")  # never a name "New Poll"
        if head.lower_ in _PARTY_MEMBERS and _definite(head) and self._place_qualified(head):
            # "the Arizona Republican": a party's member from a place, a second name
            found = self._epithet(head)
            if found:
                return self._named(span, found, "person", head.i, "nominal")
        if lemma in _JOURNALISTS and head.tag_ != "NNS":
            outlet = self._voiced_body(head, phrase)
            if outlet and ctx.entity_type(outlet) == "organization":
                return self._named(span, outlet, "organization", head.i, "organization")
        role = role_word(head)
        if role in person_roles() and head.tag_ != "NNS" and lemma not in anonymous_nouns():
            # "the Vermont senator", "The GOP presidential nominee": a person, never the GOP.
            if _definite(head):
                found = self._described(head) or self._epithet(head)
                if found:
                    return self._named(span, found, "person", head.i, "nominal")
            return self._speaker(span, None, None, "unknown")
        if lemma in anonymous_nouns() or _one_of_them(head):
            return self._anonymous(span, head, lemma, phrase)
        organization = self._entity_in(core, "organization", head)
        if organization:
            return self._named(span, organization, "organization", head.i)
        if ctx.token_entity[head.i] is None and (
            head.pos_ == "PROPN" or self._name_taken_for_noun(head)
        ):
            return self._unrecognised_name(span, head, core)
        place = ctx.token_entity[head.i]
        if place and ctx.entity_type(place) == "place":
            # "Japan said", "the United States warned": a country speaks through its government.
            return self._named(span, place, "organization", head.i)
        plural_group = (  # "environmental groups"; but "police said" is one body
            head.tag_ == "NNS" and not _definite(head) and lemma not in _COLLECTIVE_BODIES
        )
        if lemma == "board" and any(c.lower_ == "editorial" for c in head.children):
            paper = self._entity_in(core, "organization", head) or self._editorial_owner(head.i)
            if paper:
                return self._named(span, paper, "organization", head.i, "organization")
        holder = self._office_holder(head) if lemma == OFFICE else None
        if holder is not None:
            name = f"{ctx.entities[holder].name}'s office"
            antecedent = self._mention_before(holder, span, head.i)
            return self._speaker(span, name, None, "organization", "organization", antecedent)
        if lemma == ADMINISTRATION and _definite(head) and not plural_group:
            government = self._administration(head, span)
            if government is not None:
                return government
        if lemma in organization_nouns() and not plural_group:
            found = self._organization_named_like(head)
            if found is None and lemma in main_organization_nouns():
                found = self._salient_organization(head)
            if found is None and lemma in _MEDIA_NOUNS and _definite(head) and not any(
                c.dep_ in ("poss", "compound") for c in head.children
            ):  # "its website", "the company website" are some other body's
                found = self._nearest_organization(head.i)
            if found:
                return self._named(span, found, "organization", head.i, "nominal")
            if lemma == "police":
                force = self._police_of_place(span, head)
                if force is not None:
                    return force
            return self._speaker(span, None, None, "organization")
        if head.pos_ == "NOUN" and _definite(head):
            found = self._described(head) or (
                self._epithet(head)
                if lemma in gendered_nouns() or role_word(head) in _EPITHET_ROLES
                else None
            )
            if found:
                return self._named(span, found, "person", head.i, "nominal")
        return self._speaker(span, None, None, "unknown")

    def _relative_name(self, relative: Token) -> str | None:
        """The person or organisation named right before "which" or "who" (past a comma)."""
        before = relative.i - 1
        if before >= 0 and relative.doc[before].text == ",":
            before -= 1
        entity = self.ctx.token_entity[before] if before >= 0 else None
        if entity and self.ctx.entity_type(entity) in ("person", "organization"):
            return entity
        return None

    def _ad_speaker(self, span: tuple[int, int], maker: AdMaker) -> Speaker:
        """A candidate's ad is their campaign's, as readers name it; a group's is the group's."""
        entity = self.ctx.entities[maker.entity]
        token = maker.token
        mention = Mention(token.idx, token.idx + len(token.text), token.text)
        for start, end, owner in self.ctx.mentions:
            if owner == maker.entity and start <= token.i < end:
                whole = self.ctx.doc[start:end]
                mention = Mention(whole.start_char, whole.end_char, whole.text)
        if entity.type == "person" and self._candidate(maker.entity):
            name = f"{entity.name} campaign"
            return self._speaker(span, name, None, "organization", "document", mention)
        kind = "person" if entity.type == "person" else "organization"
        return self._speaker(span, entity.name, maker.entity, kind, "document", mention)

    def _candidate(self, entity_id: str) -> bool:
        """The text shows this person running: a party label, or a candidate's role."""
        return any(
            r.head in (PARTY_ROLE, "nominee", "candidate", *_CANDIDACY_ROLES)
            for r in self.facts.roles.get(entity_id, [])
        )

    def _writer(self, head: Token) -> Speaker | None:
        """"I" in a signed letter or an opinion piece with a closing biography: its writer."""
        if self._writers is None:
            self._writers = Writers(self.ctx)
        writer = self._writers.writer_at(head.i)
        if writer is None or writer.entity is None:
            return None
        entity = self.ctx.entities[writer.entity]
        # not the last speaker: a later "he said" is never the one who writes "I"
        mention = Mention(writer.mention.start_char, writer.mention.end_char, writer.mention.text)
        return self._speaker(
            (head.idx, head.idx + len(head.text)), entity.name, writer.entity, "person",
            "pronoun", mention,
        )

    def _anonymous(
        self, span: tuple[int, int], head: Token, lemma: str, phrase: Span
    ) -> Speaker:
        """Unnamed sources, unless the text ties them to a named body or person.

        "a Homeland Security Department official" and "analysts at Brightwater Capital" speak
        for their body; "the strategist" is the person introduced as one.
        """
        source = self._author_of(head) if head.tag_ == "NNS" else None
        if source is None:
            source = self._body_in(phrase, head)
        if source and self.ctx.entity_type(source) in ("organization", "place"):
            return self._named(span, source, "organization", head.i, "organization")
        if source is None and any(
            c.dep_ in ("compound", "nmod") and lemma_of(c).lower() == ADMINISTRATION
            for c in head.children
        ):  # "administration officials", "a senior administration official"
            government = self._administration(head, span)
            if government is not None:
                return government
        if _definite(head):
            found = self._described(head)
            if found:
                return self._named(span, found, "person", head.i, "nominal")
        return self._speaker(span, None, None, "anonymous", "anonymous")

    def _body_in(self, phrase: Span, head: Token) -> str | None:
        """An organisation or place named as what an official belongs to: "a White House
        official", "officials at the ministry", "one Ohio official"."""
        for child in head.children:
            tokens: list[Token] = []
            if child.dep_ in ("compound", "nmod", "amod") and child.i < head.i:
                tokens = list(child.subtree)
            elif child.dep_ == "prep" and child.lower_ in ("at", "of", "for", "from", "with", "in"):
                tokens = [t for noun in child.children if noun.dep_ == "pobj"
                          for t in core_tokens(noun)]
            kinds = ("organization",) if child.lower_ == "in" else ("organization", "place")
            for token in tokens:
                if not phrase.start <= token.i < phrase.end:
                    continue
                entity = self.ctx.token_entity[token.i]
                if (
                    entity
                    and self.ctx.entity_type(entity) in kinds
                    and not _party(self.ctx.entities[entity].name)
                ):
                    return entity
        return None

    def _campaign(self, span: tuple[int, int], head: Token, phrase: Span) -> Speaker | None:
        """"the campaign", "Clinton's team", "campaign aides": the candidate's campaign speaks.

        The candidate is the person the phrase names, else the last person whose campaign the
        text has mentioned; the name is "<candidate> campaign", as readers call it.
        """
        words = {lemma_of(head).lower()} | {
            lemma_of(c).lower() for c in head.children if c.dep_ in ("compound", "nmod")
        }
        if not words & _CAMPAIGN_WORDS or (head.tag_ == "NNS" and lemma_of(head).lower() in (
            _CAMPAIGN_WORDS
        )):
            return None
        if self.ctx.entity_type(self.ctx.token_entity[head.i]) == "organization" or (
            head.text.istitle() and head.pos_ == "PROPN"
        ):
            return None  # "the Human Rights Campaign" is a name, not somebody's campaign
        if lemma_of(head).lower() not in _CAMPAIGN_WORDS | _VOICES | anonymous_nouns():
            return None
        candidate = None
        for token in phrase:
            entity = self.ctx.token_entity[token.i]
            if entity and self.ctx.entity_type(entity) == "person":
                candidate = self._running_namesake(entity, token)
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if candidate is None and owner is not None and owner.lower_ in ("his", "her"):
            # "his campaign", "her team": whoever the pronoun points back to
            candidate = self._possessor(owner, head.i)
        if candidate is None:
            bare = lemma_of(head).lower() == "campaign" and not _definite(head)
            if ("campaign" not in words and owner is None) or bare:
                return None
            candidate = self._last_campaign(head.i) or self._leading_candidate(head.i)
        if candidate is None:
            # a campaign or team whose candidate cannot be told: never some party named nearby
            return self._speaker(span, None, None, "organization")
        name = f"{self.ctx.entities[candidate].name} campaign"
        antecedent = self._mention_before(candidate, span, head.i)
        return self._speaker(span, name, None, "organization", "organization", antecedent)

    def _running_namesake(self, person: str, token: Token) -> str:
        """"the Trump campaign" in a story about Ivanka Trump: a bare surname before a
        campaign word is the one of that name whom the text shows running, if only one is."""
        name = self.ctx.entities[person].name
        if self._candidate(person) or token.text != name.split()[-1]:
            return person
        running = [
            e.id for e in self.ctx.entities.values()
            if e.type == "person" and e.id != person and e.name.split()[-1] == token.text
            and self._candidate(e.id)
        ]
        return running[0] if len(running) == 1 else person

    def _leading_candidate(self, before: int) -> str | None:
        """The candidate an article is about: of the people it shows running, the one it
        names far more than any other (twice as often), else nobody."""
        counts = Counter(
            e for start, _end, e in self.ctx.mentions
            if start < before and self.ctx.entity_type(e) == "person" and self._candidate(e)
        )
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return ranked[0][0]

    def _last_campaign(self, before: int) -> str | None:
        """The person of the last "<person>'s campaign" or "the <person> campaign" so far."""
        doc = self.ctx.doc
        found = None
        for token in doc[:before]:
            if lemma_of(token).lower() != "campaign" or self.ctx.token_passage[token.i] is not None:
                continue
            for child in token.children:
                if child.dep_ in ("poss", "compound", "nmod"):
                    entity = self.ctx.token_entity[child.i]
                    if entity and self.ctx.entity_type(entity) == "person":
                        found = entity
        return found

    def _members(self, group: Token) -> list[str]:
        """The people and bodies a group phrase lists as its members: "candidates, including
        Hale and Ruiz", "the authors, which include the Harbor Fund"."""
        ctx = self.ctx
        nouns: list[Token] = []
        for child in group.children:
            if child.dep_ == "prep" and child.lower_ == "including":
                nouns = [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ == "relcl" and lemma_of(child).lower() == "include":
                nouns = [c for c in child.children if c.dep_ == "dobj"]
            if nouns:
                break
        members: list[str] = []
        for noun in nouns:
            for item in (noun, *noun.conjuncts):
                if ctx.token_passage[item.i] is not None:
                    continue
                # "a Lakeland University professor" is a person, never the university
                kinds = ("person",) if role_word(item) in person_roles() else (
                    "person", "organization"
                )
                entity = _named_in(ctx, core_tokens(item), kinds)
                if entity and entity not in members:
                    members.append(entity)
        return members

    def _group(self, span: tuple[int, int], members: list[str], head: Token) -> Speaker:
        """A group speaks as its named members, joined with "and" as readers list them."""
        kinds = {self.ctx.entity_type(m) for m in members}
        kind = "person" if kinds == {"person"} else "organization"
        if len(members) == 1:
            return self._named(span, members[0], kind, head.i, "apposition")
        name = " and ".join(self.ctx.entities[m].name for m in members)
        antecedent = self._mention_before(members[0], span, head.i)
        return self._speaker(span, name, None, kind, "apposition", antecedent)

    def _editorial_owner(self, before: int) -> str | None:
        """The paper of the last "<paper> editorial" or "<paper> editorial board" so far."""
        return self._last_owner(
            before, lambda t: t.lower_ in _EDITORIAL_WORDS, "organization"
        )

    def _last_owner(
        self, before: int, is_noun: Callable[[Token], bool], kind: str
    ) -> str | None:
        """The entity of this kind that last owned one of these nouns before `before`, outside
        quotes: "the Beacon editorial", "Larkin's administration"."""
        found = None
        for token in self.ctx.doc[:before]:
            if not is_noun(token) or self.ctx.token_passage[token.i] is not None:
                continue
            for child in token.children:
                entity = self.ctx.token_entity[child.i]
                if child.dep_ in ("compound", "poss", "nmod") and entity and (
                    self.ctx.entity_type(entity) == kind
                ):
                    found = entity
        return found

    def _possessor(self, possessive: Token, at: int) -> str | None:
        """Whom "his", "her", "its" or "their" before the word at `at` points back to, as "he",
        "she", "it" or "they" would there: a person for the first two, a body for the rest."""
        word = possessive.lower_
        kinds = ("organization",) if word in ("its", "their") else ("person",)
        found = self._antecedent(at, kinds, _POSSESSIVE_PRONOUNS[word])
        return found[0] if found else None

    def _office_holder(self, office: Token) -> str | None:
        """The person whose office it is: "Hale's office", "his office" (whom "he" would be)."""
        for child in office.children:
            if child.dep_ != "poss":
                continue
            if child.lower_ in ("his", "her"):
                return self._possessor(child, office.i)
            entity = _named_in(self.ctx, core_tokens(child), ("person",))
            if entity:
                return entity
        return None

    def _administration(self, head: Token, span: tuple[int, int]) -> Speaker | None:
        """"the administration", "administration officials": the government of the person whose
        administration the text last named ("the Larkin administration", "Larkin's
        administration"), as readers call it; no such mention, no name."""
        found = self._last_owner(
            head.i, lambda t: lemma_of(t).lower() == ADMINISTRATION, "person"
        )
        if found is None:
            return None
        name = f"{self.ctx.entities[found].name} administration"
        antecedent = self._mention_before(found, span, head.i)
        return self._speaker(span, name, None, "organization", "organization", antecedent)

    def _described(self, head: Token) -> str | None:
        """"the Vermont senator" → the person the text gave that role, narrowed by its words.

        A role with a narrowing word the description lacks is another office ("Vice President
        Biden" is not "the president"); contrasting words ("Democratic" against "Republican")
        rule a person out. Among the rest: most matching words, then most mentions, then latest.
        """
        want = role_word(head)
        words = _description_words(head)
        scores: dict[str, tuple[int, int, int]] = {}
        partisans: dict[str, tuple[int, int]] = {}
        counts: Counter[str] = Counter()
        latest: dict[str, int] = {}
        for start, _end, entity_id in self.ctx.mentions:
            if start >= head.i:
                break
            if self.ctx.entity_type(entity_id) == "person":
                counts[entity_id] += 1
                latest[entity_id] = start
        for entity_id in counts:
            roles = self.facts.roles.get(entity_id, [])
            known = {w for r in roles for w in r.modifiers} | {r.head for r in roles} | {
                w.lower() for w in self.ctx.entities[entity_id].name.split()
            }
            if any(len(pair & words) == 1 and pair & known and not pair & words & known
                   for pair in contrasting_modifiers()):
                continue
            matching = [
                r for r in roles
                if r.head == want and not (r.modifiers & narrowing_modifiers()) - words
                and not (words & narrowing_modifiers()) - known
            ]
            if matching:
                scores[entity_id] = (len(words & known), counts[entity_id], latest[entity_id])
            elif want in _CANDIDACY_ROLES and self._party_candidate(roles, words):
                partisans[entity_id] = (counts[entity_id], latest[entity_id])
        if not scores:
            # "The Republican presidential nominee" after "Republican Donald Trump": of the
            # people the text gives that party, the one it names most.
            return max(partisans, key=lambda e: partisans[e]) if partisans else None
        return max(scores, key=lambda e: scores[e])

    def _epithet(self, head: Token) -> str | None:
        """"Lund charged … The Ohio businessman said …": a definite description that fits no
        role the text gave anyone is, in news style, another name for the person the last
        sentences were about: the latest person who was a clause's subject in this sentence or
        the two before, or the speaker resolved there. Only epithets ("the businessman", "the
        candidate"), never offices, and only for the person the story names most, when the
        description's gender and party are theirs as far as the text tells."""
        ctx = self.ctx
        if not (head.is_lower or head.lower_ in _PARTY_MEMBERS) or any(
            c.dep_ == "poss" or c.lower_ in ("this", "that", "these", "those")
            for c in head.children
        ):
            return None  # "his mother", "this reporter", "the Daily Star": no second name
        local = self._place_qualified(head)
        office = role_word(head) not in _EPITHET_ROLES
        if (office and not local) or head.tag_ == "NNS":
            return None  # "the judge", "the senator": an office the text gave nobody
        sentence = head.sent
        window = sentence.start
        for _ in range(EPITHET_SENTENCES):
            if window == 0:
                break
            window = ctx.doc[window - 1].sent.start
        found: tuple[int, str] | None = None
        main: tuple[int, str] | None = None
        for start, end, entity_id in ctx.mentions:
            if start >= head.i:
                break
            if start < window or ctx.token_passage[start] is not None:
                continue
            if ctx.entity_type(entity_id) != "person" or phrase_holds(head, start):
                continue
            root = ctx.doc[start:end].root
            if root.dep_ in ("nsubj", "nsubjpass") or _misread_subject(ctx.doc[start:end]):
                found = (start, entity_id)
                if root.head.dep_ in ("ROOT", "conj"):
                    main = found
        if main is not None:
            found = main  # a second name is for a main clause's subject, not one "after X spoke"
        if self.last_speaker is not None:
            entity_id, at = self.last_speaker
            if window <= at < head.i and (found is None or at > found[0]):
                found = (at, entity_id)
        if found is None or self.ctx.entity_type(found[1]) != "person":
            return None
        entity_id = found[1]
        wanted = gendered_nouns().get(head.lower_)
        if wanted and self.facts.gender(entity_id) != wanted:
            return None  # "the woman said": only someone the text shows to be a woman
        counts = Counter(
            e for start, _end, e in ctx.mentions
            if start < head.i and ctx.entity_type(e) == "person"
        )
        roles = self.facts.roles.get(entity_id, [])
        apolitical = [r for r in roles if r.head not in _PARTISAN_ROLES]
        if 2 * counts[entity_id] < max(counts.values()) and (apolitical or not local):
            # an epithet names one of the story's main figures, not the aide beside them; an
            # office tied to a place ("the Vermont senator") may name anyone the text gave no
            # role but a politician's
            return None
        party = (_description_words(head) | {role_word(head)}) & party_names()
        known = {w for r in roles if r.head in _PARTISAN_ROLES for w in r.modifiers}
        known &= party_names()
        if party and (known - party or (not known and self._party_unsure(entity_id, party))):
            # "the Republican nominee": not someone the text gives another party
            return None
        return entity_id

    def _place_qualified(self, head: Token) -> bool:
        """"the Vermont senator", "the Indiana governor": a description tied to a place the
        text names is a second name for someone just mentioned, not an office in general; not
        an office "of" something ("the California secretary of state")."""
        if any(c.dep_ == "prep" for c in head.children):
            return False
        for child in head.children:
            entity = self.ctx.token_entity[child.i]
            if child.dep_ in ("compound", "amod", "nmod") and entity and (
                self.ctx.entity_type(entity) == "place"
            ):
                return True
        return False

    def _party_unsure(self, entity_id: str, party: set[str]) -> bool:
        """For a person the text gives no party: whether it gives the party to someone else,
        or gives this person an office of their own ("Mayor Lee" is no party's nominee)."""
        roles = self.facts.roles.get(entity_id, [])
        return bool(roles and not self._candidate(entity_id)) or any(
            other != entity_id
            and party & {w for r in others if r.head in _PARTISAN_ROLES for w in r.modifiers}
            for other, others in self.facts.roles.items()
        )

    @staticmethod
    def _party_candidate(roles: list[Role], words: set[str]) -> bool:
        """The text gives this person the description's party, as a label or on a rival's
        role ("Democratic rival Hillary Clinton")."""
        party = words & party_names()
        return bool(party) and any(
            r.head in (PARTY_ROLE, *_CANDIDACY_ROLES) and party & r.modifiers for r in roles
        )

    def _maker_alongside(self, head: Token) -> tuple[str | None, str | None]:
        """"Polling averages show her ahead, with Gallup showing a 3-point lead": a maker the
        same sentence gives for (one of) the documents, as the subject of a finding verb in
        a "with" phrase of the documents' own verb. Returns (entity, None) for a tagged
        maker, (None, name) for a proper name the model did not tag, else (None, None)."""
        ctx = self.ctx
        if head.dep_ != "nsubj":
            return None, None
        verb = head.head
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for prep in [c for t in [verb, *objects] for c in t.children]:
            if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i < head.i:
                continue
            for finding in prep.children:
                if finding.tag_ != "VBG" or lemma_of(finding).lower() not in _ALONGSIDE_VERBS:
                    continue
                for subject in finding.children:
                    if subject.dep_ != "nsubj" or ctx.token_passage[subject.i] is not None:
                        continue
                    entity = _named_in(ctx, core_tokens(subject))
                    if entity:
                        return entity, None
                    if _name_word(subject) and ctx.token_entity[subject.i] is None:
                        name = head.doc[subject.left_edge.i : subject.i + 1]
                        return None, name[1:].text if name[0].lower_ == "the" else name.text
        return None, None

    def _document_back_reference(self, head: Token) -> str | None:
        """"the report" after "a report by X"; "its annual report" after naming X.

        A definite document goes back to the last document of the same kind whose author the
        text gave; else a ruling goes to the court named most. Another kind of document is not
        enough: "the poll" after "a report by X" is rarely X's.
        """
        for child in head.children:
            if child.dep_ == "poss" and child.lower_ in _POSSESSIVE_PRONOUNS:
                return self._possessor(child, head.i)
        lemma = lemma_of(head).lower()
        if any(
            c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by")
            for c in head.children
        ):
            return None  # "the campaign's statement", "the letter by the two": its own author
        if not _definite(head):
            return self._one_more(head, lemma)
        kinds = _document_family(lemma)
        same = [author for i, kind, author in self._documents() if i < head.i and kind in kinds]
        if same:
            return same[-1]
        stated = self._stated_in(head, lemma)
        if stated is not None:
            return stated
        if lemma in _COURT_DOCUMENTS:
            courts = self._organization_counts(head.i, "court")
            return self._most_mentioned(courts, head.i)
        return self._data_just_given(head, lemma) or self._sole_journalist(head, lemma)

    def _sole_journalist(self, head: Token, lemma: str) -> str | None:
        """"The piece profiled a voter … The paper sent its reporter Jan Ode …": a news piece
        with no author of its own is by the journalist the text names, when it names one
        reporter (or columnist, correspondent) and no other. The journalist tells the story
        without taking part in it, so a later "she said" still means whoever spoke before."""
        if lemma not in _PIECE_NOUNS:
            return None
        journalists = [
            entity_id for entity_id, roles in self.facts.roles.items()
            if any(role.head in _JOURNALIST_ROLES for role in roles)
        ]
        if len(journalists) != 1:
            return None
        self._bylines.add(head.i)
        return journalists[0]

    def _data_just_given(self, head: Token, lemma: str) -> str | None:
        """"The bureau said that 98 percent of the loans were repaid. According to the data,
        …": "the data" or "the figures" are those of the body that spoke in the sentence
        just before. Only a body (a person's "figures" are often someone else's), and only
        with nobody speaking in between."""
        if lemma not in _DATA_NOUNS or self.last_speaker is None:
            return None
        entity_id, at = self.last_speaker
        if self.ctx.entity_type(entity_id) != "organization":
            return None
        sentence = head.sent.start
        if sentence == 0 or not self.ctx.doc[sentence - 1].sent.start <= at < sentence:
            return None  # spoken in this sentence, or further back
        return entity_id

    def _stated_in(self, head: Token, lemma: str) -> str | None:
        """"The council said in a statement …; the statement added": who spoke through the same
        kind of document just before (in the last few paragraphs). Only the same noun, and only
        near: "said in a statement" is often followed by someone else's letter."""
        ctx = self.ctx
        earliest = ctx.paragraph_starts[max(0, ctx.paragraph_of(head.i) - STATED_PARAGRAPHS)]
        for token in reversed(ctx.doc[earliest : head.i]):
            prep = token.head
            if (
                token.dep_ != "pobj"
                or prep.lower_ != "in"
                or lemma_of(token).lower() != lemma
                or ctx.token_passage[token.i] is not None
                or lemma_of(prep.head).lower() not in _STATING_VERBS
            ):
                continue
            subject = subject_of(prep.head, ctx)
            if subject is None or subject.i == head.i:
                return None
            # "the businessman said in a statement": whoever the subject resolves to
            found = self.resolve(speaker_phrase(subject, ctx), subject)
            return found.entity if found.type in ("organization", "person") else None
        return None

    def _one_more(self, head: Token, lemma: str) -> str | None:
        """"Another slide", "one slide" after "a slide from a deck Ms. Ortiz carries": one more
        of the same set, whose maker the text gave just before (same noun, this paragraph or
        the one before). Polls and studies are not sets: "another poll" is someone else's."""
        if lemma in _DOCUMENT_FAMILIES[0] or not any(c.lower_ in _ONE_MORE for c in head.children):
            return None
        earliest = self.ctx.paragraph_of(head.i) - 1
        same = [
            author for i, kind, author in self._documents()
            if i < head.i and kind == lemma and self.ctx.paragraph_of(i) >= earliest
        ]
        return same[-1] if same else None

    def document_label(self, label: Speaker) -> Speaker:
        """A headline label that names a document ("Poll: …") takes the maker of the first
        such document the next lines name; else it stays unnamed."""
        phrase = self.ctx.doc.char_span(label.start, label.end, alignment_mode="expand")
        if phrase is None:
            return label
        source = self._document_ahead(phrase.root, label=True)
        if source is None:
            return label
        kind = _speaking_type(self.ctx.entity_type(source) or "organization")
        return self._named((label.start, label.end), source, kind, phrase.root.i, "document")

    def _document_ahead(
        self, head: Token, headline: bool = False, label: bool = False
    ) -> str | None:
        """"A new poll shows …" or a "Poll:" headline whose maker the next lines name ("The
        Reuters/Ipsos poll of 1,200 adults …"). Only a document that points back at nothing
        looks ahead, and no further than the next two paragraphs (after its own, for a
        headline in title case: the story under it begins a paragraph on); further only along
        its own later mentions ("A detailed study … the study says … its authors, among them
        X, …"), each at most three paragraphs after the last. In running text a second "a
        poll" is another document, which ends the search; a label ("Poll: …") has no running
        text of its own, so its first document is any of them."""
        if head.tag_ in ("NNS", "NNPS") or _definite(head):
            return None  # "polls show" are several, by several makers
        if any(
            (
                c.dep_ in ("poss", "compound", "nmod", "amod")
                and c.lower_ not in _PLAIN_DOCUMENT_WORDS
            )
            or (c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"))
            for c in head.children
        ):
            return None  # "a congressional report", "a Gallup poll": a maker of its own
        kinds = _document_family(lemma_of(head).lower())
        authored = {i: author for i, kind, author in self._documents() if kind in kinds}
        ctx = self.ctx
        here = last = ctx.paragraph_of(head.i) + int(headline)
        for token in ctx.doc[head.i + 1 :]:
            paragraph = ctx.paragraph_of(token.i)
            near = paragraph - here <= DOCUMENT_AHEAD_PARAGRAPHS
            if not near and (label or paragraph - last > DOCUMENT_CHAIN_PARAGRAPHS):
                return None
            if token.i in authored and (near or _pointing_back(token)):
                return authored[token.i]
            if (
                not label
                and token.tag_ in ("NN", "NNP")  # not "reporting", nor "polls" (several)
                and lemma_of(token).lower() in kinds
                and ctx.token_passage[token.i] is None
            ):
                if not _pointing_back(token):
                    return None  # "a Lakeview poll": another document, not this one
                last = paragraph  # "the study" carries it on
        return None

    def _documents(self) -> list[tuple[int, str, str]]:
        """Every document noun outside quotes whose author the text gives ("a report by X",
        "X issued a statement", "a slide from a deck X carries"), in text order."""
        if self._authored is None:
            ctx = self.ctx
            nouns = document_nouns()
            self._authored = [
                (token.i, lemma_of(token).lower(), author)
                for token in ctx.doc
                if lemma_of(token).lower() in nouns
                and ctx.token_passage[token.i] is None
                and (
                    author := self._author_of(token, document=True)
                    or self._issuer_of(token)
                    or (  # "polls that show him ahead in …" are several, by several makers
                        self._named_in_document_phrase(token) if token.tag_ == "NN" else None
                    )
                ) is not None
            ]
        return self._authored

    def _unrecognised_name(
        self, span: tuple[int, int], head: Token, core: list[Token]
    ) -> Speaker:
        """A proper name the model did not tag: an entity whose name holds it, else itself.

        A group named by nationality or party ("Democrats", "Mexicans") is nobody in particular.
        """
        if head.ent_type_ == "NORP" or head.tag_ == "NNPS":
            return self._speaker(span, None, None, "anonymous", "anonymous")
        found = self._entity_named_with(head.text)
        if found and not other_given_name(
            head, self.ctx.entities[found].name, self.ctx.token_entity
        ):
            return self._named(span, found, self.ctx.entity_type(found) or "unknown", head.i)
        names = sorted((t for t in core if t.pos_ == "PROPN"), key=lambda t: t.i)
        name = " ".join(t.text for t in names)
        if names:
            start, end = names[0].idx, names[-1].idx + len(names[-1].text)
            mention = Mention(start, end, self.ctx.text[start:end])
            self.last_untagged = (name, "person", mention, head.i)
        return self._speaker(span, name, None, "unknown", "named")

    def _name_taken_for_noun(self, head: Token) -> bool:
        """"Trump urges …" in a headline, "Sanders hit back" at a sentence start, where the
        model read the name as a noun ("trump", "sanders"): a capitalised bare noun that is the
        surname of a person the article names."""
        if head.pos_ != "NOUN" or not head.text[:1].isupper():
            return False
        if head.text.isupper() or any(c.dep_ in ("det", "poss") for c in head.children):
            return False
        return self._person_with_surname(head.text) is not None

    def _person_with_surname(self, word: str) -> str | None:
        return next(
            (e.id for e in self.ctx.entities.values()
             if e.type == "person" and e.name.split()[-1] == word),
            None,
        )

    def _entity_named_with(self, word: str) -> str | None:
        """A person with this surname first, else a person or body whose name holds the word
        ("Trump" is Donald Trump before it is Trump University)."""
        found = self._person_with_surname(word)
        if found is not None:
            return found
        for entity in self.ctx.entities.values():
            if entity.type in ("person", "organization") and word in entity.name.split():
                return entity.id
        return None

    def _salient_organization(self, head: Token) -> str | None:
        """"the company said": the organisation the article has named most often so far.

        Public bodies are passed over when a named firm is there: "the company" is not the
        ministry that regulates it.
        """
        if head.lower_ != head.text or not _definite(head):
            return None
        counts = self._organization_counts(head.i)
        firms = {e: n for e, n in counts.items() if not _public_body(self.ctx.entities[e].name)}
        counts = firms or counts
        return self._most_mentioned(counts, head.i)

    def _nearest_organization(self, before: int) -> str | None:
        """The last organisation named outside quotes and claims, in this paragraph or the
        one before."""
        ctx = self.ctx
        earliest = ctx.paragraph_starts[max(0, ctx.paragraph_of(before) - 1)]
        found = None
        for start, _end, entity_id in ctx.mentions:
            if start >= before:
                break
            if (
                start >= earliest
                and ctx.token_passage[start] is None
                and not self.in_claim[start]
                and ctx.entity_type(entity_id) == "organization"
            ):
                found = entity_id
        return found

    def _organization_counts(self, before: int, word: str | None = None) -> dict[str, int]:
        counts: dict[str, int] = {}
        for start, _end, entity_id in self.ctx.mentions:
            if start >= before:
                break
            entity = self.ctx.entities[entity_id]
            if entity.type == "organization" and (word is None or word in entity.name.lower()):
                counts[entity_id] = counts.get(entity_id, 0) + 1
        return counts

    def _most_mentioned(self, counts: dict[str, int], before: int) -> str | None:
        if not counts:
            return None
        latest = {
            entity_id: start
            for start, _end, entity_id in self.ctx.mentions
            if start < before and entity_id in counts
        }
        return max(counts, key=lambda entity_id: (counts[entity_id], latest[entity_id]))

    def _author_of(self, head: Token, document: bool = False) -> str | None:
        """The body behind a document or a group: "by <X>", "at <X>", "<X>'s report".

        "of" names a group's body ("officials of the ministry") but a document's subject ("a
        poll of GOP voters"), so it counts only for groups.
        """
        ctx = self.ctx
        makers = ("by", "at", "from") if document else ("by", "at", "from", "of")
        for child in head.children:
            targets = [child] if child.dep_ in ("poss", "compound", "nmod") else []
            if child.dep_ in ("prep", "agent") and child.lower_ in makers:
                targets = [c for c in child.children if c.dep_ == "pobj"]
            if child.dep_ == "acl":  # "results published by X"
                targets = [
                    p for a in child.children if a.dep_ == "agent" for p in a.children
                    if p.dep_ == "pobj"
                ]
            for target in targets:
                entity = _named_in(ctx, core_tokens(target))
                if entity:
                    return entity
                noun = lemma_of(target).lower()
                holder = self._office_holder(target) if noun == OFFICE else None
                if holder is not None:
                    return holder  # "a statement from Hale's office"
                if child.dep_ == "poss" and noun in organization_nouns():
                    # "the department's figures": the department the text has named
                    return self._organization_named_like(target) or (
                        self._salient_organization(target)
                        if noun in main_organization_nouns()
                        else None
                    )
        return None

    def _issuer_of(self, document: Token) -> str | None:
        """"The council issued a statement": who issued, released or wrote the document; "In a
        poll of 800 voters, the institute found …": who found something in it."""
        verb = document.head
        if document.dep_ == "pobj" and verb.lower_ == "of" and (
            lemma_of(verb.head).lower() in _MAKER_NOUNS
        ):  # "the authors of that report, which include the Harbor Fund"
            authors = verb.head
            named = [self.ctx.token_entity[t.i] for t in core_tokens(authors)]
            return next((e for e in named if e), None) or next(
                iter(self._members(authors)), None
            )
        if document.dep_ == "pobj" and verb.lower_ == "in" and verb.i < document.i:
            verb = verb.head  # "In a survey …, X found"
            if lemma_of(verb).lower() not in _FINDING_VERBS:
                return None
        elif document.dep_ == "nsubjpass" and lemma_of(verb).lower() in _MAKING_VERBS:
            return self._passive_maker(verb)  # "a letter was sent from its treasurer, Lee"
        elif document.dep_ != "dobj" or lemma_of(verb).lower() not in _MAKING_VERBS:
            return None
        subject = subject_of(verb, self.ctx)
        if subject is None:
            return None
        return _named_in(self.ctx, core_tokens(subject))

    def _passive_maker(self, verb: Token) -> str | None:
        """Who a passive making verb names with "by" or "from": "the memo was written by
        Lee", "a letter was sent from the guild's treasurer, Lee"."""
        for prep in verb.children:
            if prep.dep_ not in ("agent", "prep") or prep.lower_ not in ("by", "from"):
                continue
            for target in prep.children:
                if target.dep_ != "pobj":
                    continue
                heads = [target, *(c for c in target.children if c.dep_ == "appos")]
                entity = _named_in(self.ctx, (t for h in heads for t in core_tokens(h)))
                if entity:
                    return entity
        return None

    def _named_in_document_phrase(self, head: Token) -> str | None:
        """"a 2019 paper that ran in the Lancet", "a chart from a briefing Ms. Ortiz gave": a
        body or person the document's own phrase names as where it appeared, who made it or
        who gave it, not what it is about."""
        ctx = self.ctx
        found: list[str] = []
        makers: list[str] = []
        for t in head.subtree:
            if not head.i < t.i <= head.i + DOCUMENT_PHRASE_WORDS:
                continue
            made = (
                t.dep_ == "nsubj"
                and t.head.dep_ in ("relcl", "acl")
                and lemma_of(t.head).lower() in _MAKING_VERBS
            )
            maker = made or (t.dep_ == "pobj" and t.head.lower_ in _SOURCE_PREPOSITIONS) or (
                # "a document on the campaign's website", "a post on her Facebook page"
                t.dep_ == "poss"
                and t.head.lower_ in _PUBLISHING_PLACES
                and t.head.dep_ == "pobj"
                and t.head.head.lower_ in ("on", "in", "from")
            )
            if not maker or ctx.token_passage[t.i] is not None:
                continue
            if made and t.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
                # "documents he submitted", "figures they released": whom the pronoun means
                pronoun = self._pronoun((t.idx, t.idx + len(t)), t)
                if pronoun.entity is not None:
                    makers.append(pronoun.entity)
                continue
            entity = _named_in(ctx, core_tokens(t))
            if entity:
                (makers if made else found).append(entity)
        if makers:  # "a speech Ms. Ortiz gave at the university": hers, not the university's
            return makers[0]
        organizations = [e for e in found if ctx.entity_type(e) == "organization"]
        return (organizations or found or [None])[0]

    def _police_of_place(self, span: tuple[int, int], head: Token) -> Speaker | None:
        """"Tulsa police said"; later "police said": a force the text names only by its place
        is "<place> police" (the last one named, or the only one the article names at all)."""
        ctx = self.ctx
        for child in head.children:
            place = ctx.token_entity[child.i]
            if child.i < head.i and place and ctx.entity_type(place) == "place":
                return self._speaker(
                    span, f"{ctx.entities[place].name} police", None, "organization", "named"
                )
        forces = [
            (start, end, entity_id)
            for start, end, entity_id in ctx.mentions
            if ctx.entity_type(entity_id) == "place"
            and end < len(ctx.doc)
            and ctx.doc[end].lower_ == "police"
            and ctx.token_passage[start] is None
        ]
        before = [f for f in forces if f[0] < head.i]
        if before:
            start, end, entity_id = before[-1]
        elif len({f[2] for f in forces}) == 1:
            start, end, entity_id = forces[0]  # the one force the article names, later on
        else:
            return None
        mention = ctx.doc[start : end + 1]
        antecedent = Mention(mention.start_char, mention.end_char, mention.text)
        name = f"{ctx.entities[entity_id].name} police"
        return self._speaker(span, name, None, "organization", "nominal", antecedent)

    def _speaker(
        self, span: tuple[int, int], name: str | None, entity: str | None, kind: str,
        via: str | None = None, antecedent: Mention | None = None,
    ) -> Speaker:
        start, end = span
        return Speaker(start, end, self.ctx.text[start:end], name, entity, kind, via, antecedent)

    def _named(
        self, span: tuple[int, int], entity_id: str, kind: str, at: int, via: str = "named"
    ) -> Speaker:
        """A speaker resolved to an entity; any way but "named" records the mention it went
        through, so a reader can check it."""
        entity = self.ctx.entities[entity_id]
        if at not in self._bylines:
            self.last_speaker = (entity_id, at)
        antecedent = None if via == "named" else self._mention_before(entity_id, span, at)
        return self._speaker(span, entity.name, entity_id, kind, via, antecedent)

    def _mention_before(self, entity_id: str, span: tuple[int, int], at: int) -> Mention | None:
        """The entity's mention a reader would follow back: inside the speaker phrase (an
        apposition), else the last one before it outside quotes, else its first."""
        ctx = self.ctx
        doc = ctx.doc
        inside = outside = first = None
        for start, end, owner in ctx.mentions:
            if owner != entity_id:
                continue
            chars = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
            if first is None:
                first = chars
            if span[0] <= chars[0] and chars[1] <= span[1]:
                inside = chars
            elif chars[1] <= span[0] and start < at and ctx.token_passage[start] is None:
                outside = chars
        found = inside or outside or first
        if found is None:
            return None
        return Mention(found[0], found[1], ctx.text[found[0] : found[1]])

    def _entity_in(self, tokens: Iterable[Token], kind: str, head: Token) -> str | None:
        ids = [self.ctx.token_entity[t.i] for t in tokens]
        head_id = self.ctx.token_entity[head.i]
        if head_id and self.ctx.entity_type(head_id) == kind:
            return head_id
        matching = [i for i in ids if i and self.ctx.entity_type(i) == kind]
        return matching[-1] if matching else None

    def _pronoun(self, span: tuple[int, int], head: Token) -> Speaker:
        lower = head.lower_
        kinds = ("person",) if lower in PERSON_PRONOUNS else ("organization",)
        if lower in ("they", "them"):
            pair = self._coordinated_people(head.i)
            if pair is not None:
                names = " and ".join(self.ctx.entities[e].name for e in pair)
                antecedent = self._mention_before(pair[0], span, head.i)
                return self._speaker(span, names, None, "person", "pronoun", antecedent)
        if lower == "it":
            # "The company said … It also said", "Lee's campaign is defending him. It's
            # denouncing …": "it" is the body or document the last clause was about.
            subject = self._body_subject_before(head)
            found = self._through_subject(span, subject) if subject is not None else None
            if found is not None:
                return found
        if lower in ("he", "she"):
            untagged = self._untagged_antecedent(span, head)
            if untagged is not None:
                return untagged
        owner = self._possessor_in_clause(head) if head.dep_ == "poss" else None
        found = (owner, "person") if owner else self._antecedent(head.i, kinds, lower)
        if found is None:
            return self._speaker(span, None, None, "unknown", "pronoun")
        entity_id, kind = found
        if lower in PERSON_PRONOUNS and not self._contested(head, entity_id):
            self.gender[entity_id] = "f" if lower in ("she", "her") else "m"
        return self._named(span, entity_id, _speaking_type(kind), head.i, "pronoun")

    def _untagged_antecedent(self, span: tuple[int, int], pronoun: Token) -> Speaker | None:
        """"Rakesh Deshmukh said …. He said …", "Her son said …. “…,” he said": the last one
        to speak with no entity behind them (a name the model did not tag, or nobody named)
        is who "he" or "she" means when no tagged speaker spoke since and no tagged person is
        named from that speaker's sentence on (this paragraph or the one before). Without
        this the pronoun would skip them for an earlier tagged speaker: a wrong name."""
        if self.last_untagged is None:
            return None
        name, kind, mention, at = self.last_untagged
        ctx = self.ctx
        wanted = gendered_nouns().get(ctx.doc[at].lower_)
        if wanted is not None and wanted != _PRONOUN_GENDER.get(pronoun.lower_):
            return None  # "Her daughter said …. He said": someone else
        if self.last_speaker is not None and self.last_speaker[1] > at:
            return None
        if ctx.paragraph_of(pronoun.i) - ctx.paragraph_of(at) > 1:
            return None
        since = ctx.doc[at].sent.start  # a person in the name's own sentence could be meant
        if any(
            since <= start < pronoun.i
            and ctx.token_passage[start] is None
            and ctx.entity_type(entity_id) == "person"
            for start, _end, entity_id in ctx.mentions
        ):
            return None
        return self._speaker(span, name, None, kind, "pronoun", mention)

    def _contested(self, pronoun: Token, chosen: str) -> bool:
        """Whether another person named earlier in the pronoun's sentence could be meant: "Lee
        praised Ann after she spoke" says nothing of Lee's gender, so a pick there must not
        bar Lee from a later "he"."""
        ctx = self.ctx
        return any(
            pronoun.sent.start <= start < pronoun.i
            and entity_id != chosen
            and ctx.token_passage[start] is None
            and ctx.entity_type(entity_id) == "person"
            and self._gender_of(entity_id) in (None, _PRONOUN_GENDER.get(pronoun.lower_))
            for start, _end, entity_id in ctx.mentions
        )

    def _possessor_in_clause(self, pronoun: Token) -> str | None:
        """"Lee defended his plan", "Lee's remarks, including his claim that …": a possessive
        "his"/"her" is the person who is its clause's subject, else the person named with
        "'s" earlier in its sentence; None leaves it to the usual search."""
        ctx = self.ctx
        gender = _PRONOUN_GENDER.get(pronoun.lower_)

        def fits(token: Token) -> str | None:
            entity = ctx.token_entity[token.i]
            if not entity or ctx.entity_type(entity) != "person":
                return None
            known = self._gender_of(entity)
            return entity if known is None or known == gender else None

        verb = pronoun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < pronoun.i:
                return fits(child)
        for token in reversed(ctx.doc[pronoun.sent.start : pronoun.i]):
            if token.dep_ == "poss" and token.pos_ == "PROPN" and fits(token):
                return fits(token)
        return None

    def _body_subject_before(self, pronoun: Token) -> Token | None:
        """The last subject outside quotes and claims in this sentence or the one before, when
        it is a common noun for a body, a campaign or a document ("the company", "the
        report"), not a name: "it" points back to such a subject, which no entity stands for."""
        ctx = self.ctx
        start = pronoun.sent.start
        if start > 0:
            start = ctx.doc[start - 1].sent.start
        for token in reversed(ctx.doc[start : pronoun.i]):
            if (
                token.dep_ not in ("nsubj", "nsubjpass")
                or ctx.token_passage[token.i] is not None
                or self.in_claim[token.i]
                or token.lower_ == "it"  # an "it" before this one stands for the same
            ):
                continue
            lemma = lemma_of(token).lower()
            body = lemma in organization_nouns() | document_nouns() | _CAMPAIGN_WORDS
            if token.pos_ == "NOUN" and token.tag_ == "NN" and body and not any(
                ctx.token_entity[t.i] and ctx.entity_type(ctx.token_entity[t.i]) == "organization"
                for t in core_tokens(token)
            ):
                return token
            return None
        return None

    def _through_subject(self, span: tuple[int, int], subject: Token) -> Speaker | None:
        """The speaker "it" stands for: whoever its noun-phrase antecedent resolves to, if the
        text names them ("the piece" of no known author leaves "it" to the usual search)."""
        found = self.resolve(speaker_phrase(subject, self.ctx), subject)
        if found.name is None:
            return None
        return self._speaker(
            span, found.name, found.entity, found.type, "pronoun", found.antecedent
        )

    def _coordinated_people(self, at: int) -> tuple[str, str] | None:
        """"Grassley and Leahy sent a letter. … they wrote": the last subject, when it is two
        people joined by "and", in this paragraph or the one before."""
        ctx = self.ctx
        earliest = ctx.paragraph_starts[max(0, ctx.paragraph_of(at) - 1)]
        for token in reversed(ctx.doc[earliest:at]):
            if token.dep_ not in ("nsubj", "nsubjpass") or ctx.token_passage[token.i] is not None:
                continue
            if token.lower_ == "they" or (
                token.pos_ == "NOUN" and token.head.dep_ not in ("ROOT", "conj")
            ):
                # "A and B want the program reformed. They sent a letter. … they wrote": the
                # same two, past a subject inside a clause and a "they" that already meant them
                continue
            people: list[str] = []
            heads = [token, *(c for c in token.children if c.dep_ == "appos")]
            for t in heads + [c for h in heads for c in h.children if c.dep_ == "conj"]:
                entity = ctx.token_entity[t.i]
                if entity and ctx.entity_type(entity) == "person" and entity not in people:
                    people.append(entity)
            return (people[0], people[1]) if len(people) == 2 else None
        return None

    def _gender_of(self, entity_id: str) -> str | None:
        return self.facts.gender(entity_id) or self.gender.get(entity_id)

    def _antecedent(self, at: int, kinds: tuple[str, ...], pronoun: str) -> tuple[str, str] | None:
        """The entity a pronoun at token ``at`` points back to.

        The last speaker first, while only passing mentions of others came since; then the
        last subject, then the last mention within a few paragraphs; failing those, the
        person the article has mentioned most. A person whose gender the text gives must agree.
        """
        ctx = self.ctx
        first_paragraph = max(0, ctx.paragraph_of(at) - PRONOUN_WINDOW + 1)
        earliest = ctx.paragraph_starts[first_paragraph]
        gender = _PRONOUN_GENDER.get(pronoun)

        addressed = self._objects_of_verb(ctx.doc[at])

        def agrees(entity_id: str) -> bool:
            if entity_id in addressed:
                return False  # "he told Lee": not Lee
            known = self._gender_of(entity_id)
            return not gender or known is None or known == gender

        candidates = []
        everyone: Counter[str] = Counter()
        for start, end, entity_id in ctx.mentions:
            if start >= at or ctx.token_passage[start] is not None:
                continue
            kind = ctx.entity_type(entity_id)
            if kind not in kinds or not agrees(entity_id):
                continue
            everyone[entity_id] += 1
            if start >= earliest:
                candidates.append((start, end, entity_id, kind))
        last = self.last_speaker
        here = ctx.paragraph_of(at)
        described = self._described_subject(at) if kinds == ("person",) else None
        if described is not None and not (
            agrees(described[1])
            and (described[1] in {c[2] for c in candidates} or (last and last[0] == described[1]))
        ):
            described = None  # only someone named lately, not a namesake of the role long before
        if (
            last
            and ctx.entity_type(last[0]) in kinds
            and agrees(last[0])
            and ctx.paragraph_of(last[1]) >= here - 1
            and self._only_passing_mentions_since(last, at, kinds)
        ):
            if described is not None and described[0] > last[1]:
                return described[1], "person"  # "The senator's plan … he said"
            # The one who spoke last, even when named by "the company" rather than a name.
            return last[0], ctx.entity_type(last[0]) or kinds[0]
        if not candidates:
            # Beyond the window: the person mentioned most, when the text says they are a
            # he or a she as the pronoun is.
            known = [e for e, _n in everyone.most_common() if self._gender_of(e) == gender]
            if gender and known:
                return known[0], ctx.entity_type(known[0]) or kinds[0]
            return None
        chosen = candidates[-1]
        if len({c[2] for c in candidates}) > 1:
            subjects = [
                c for c in candidates
                if _is_subject(ctx, c[0], c[1]) and not self.in_claim[c[0]]
            ]
            if subjects:
                chosen = subjects[-1]
        if self._paired_with_another(chosen, agrees):
            return None  # "A and B started it … she said": either could be meant
        if described is not None and described[0] > chosen[0]:
            return described[1], "person"
        return chosen[2], chosen[3]

    def _objects_of_verb(self, pronoun: Token) -> set[str]:
        """Entities named as the object of the pronoun's own verb ("he told Lee", "she wrote
        to Lee"): a subject pronoun never means its verb's object."""
        verb = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
            return set()
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        objects += [
            o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
        ]
        return {e for o in objects if (e := self.ctx.token_entity[o.i])}

    def _described_subject(self, at: int) -> tuple[int, str] | None:
        """"The president's roots came into play. In Honolulu, he told": a definite description
        of a person that is, or owns, the main subject of the sentence before the pronoun's, and
        the person the text gave that role. Such a subject moves the story on from the last
        speaker as a name would. (In the pronoun's own sentence it is often the claim itself:
        "The senator, he said, was wrong.")"""
        ctx = self.ctx
        sentence = ctx.doc[at].sent
        if sentence.start == 0:
            return None
        for token in reversed(ctx.doc[ctx.doc[sentence.start - 1].sent.start : sentence.start]):
            if ctx.token_passage[token.i] is not None or self.in_claim[token.i]:
                continue
            if token.pos_ != "NOUN" or token.tag_ == "NNS" or not token.is_lower:
                continue
            subject = token.head if token.dep_ == "poss" else token
            if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.dep_ != "ROOT":
                continue
            if role_word(token) not in person_roles() or not _definite(token):
                continue
            if ctx.token_entity[token.i] is not None or any(
                ctx.token_entity[c.i] for c in token.children if c.dep_ in ("compound", "appos")
            ):
                continue  # "President Lee's plan": a name, which the mentions hold
            found = self._described(token)
            return (token.i, found) if found else None
        return None

    def _paired_with_another(
        self, mention: tuple[int, int, str, str], agrees: Callable[[str], bool]
    ) -> bool:
        """Whether the mention is one of two people written "A and B" whom the pronoun fits
        as well: when the text gave A's gender and not B's, "she" is A ("lawyers for Tom and
        Anna Lane, his wife, … she said")."""
        ctx = self.ctx
        start, end, entity_id, kind = mention
        known = self._gender_of(entity_id) is not None
        neighbours = []
        if start >= 2 and ctx.doc[start - 1].lower_ in ("and", "or"):
            neighbours.append(start - 2)
        if end + 1 < len(ctx.doc) and ctx.doc[end].lower_ in ("and", "or"):
            neighbours.append(end + 1)
        for i in neighbours:
            other = ctx.token_entity[i]
            if (
                other
                and other != entity_id
                and ctx.entity_type(other) == kind
                and agrees(other)
                and (not known or self._gender_of(other) is not None)
            ):
                return True
        return False

    def _only_passing_mentions_since(
        self, last: tuple[str, int], at: int, kinds: tuple[str, ...]
    ) -> bool:
        """Others of the same kind named since the last speaker appear only as objects."""
        ctx = self.ctx
        return not any(
            last[1] < start < at
            and entity_id != last[0]
            and ctx.token_passage[start] is None
            and not self.in_claim[start]
            and ctx.entity_type(entity_id) in kinds
            and _is_subject(ctx, start, end)
            for start, end, entity_id in ctx.mentions
        )

    def _voiced_body(self, head: Token, phrase: Span) -> str | None:
        """Whom a spokesperson speaks for: "for <X>", "a <X> spokesman", "for the ministry"."""
        for token in phrase:
            entity = self.ctx.token_entity[token.i]
            if entity and token.i != head.i and self.ctx.entity_type(entity) == "organization":
                return entity
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
                for noun in prep.children:
                    if noun.dep_ != "pobj":
                        continue
                    entity = self.ctx.token_entity[noun.i]
                    if entity:
                        return entity
                    if lemma_of(noun).lower() in organization_nouns():
                        return self._organization_named_like(noun) or (
                            self._salient_organization(noun)
                            if lemma_of(noun).lower() in main_organization_nouns()
                            else None
                        )
        for child in head.children:
            if child.dep_ == "compound" and child.pos_ == "PROPN":
                return self._entity_named_with(child.text)
        return None

    def _organization_named_like(self, head: Token) -> str | None:
        """"the ministry" → the organisation named with "ministry" most often so far; failing
        that, the only one of its kind the article names at all, later on ("the miners' union"
        long before "the United Mine Workers of America")."""
        noun = lemma_of(head).lower()
        for before in (head.i, len(self.ctx.doc)):
            counts = self._organization_counts(before, noun)
            if not counts and noun in organization_kinds():
                # "the agency" after "the Federal Aviation Administration": a name of that kind
                words = organization_kinds()[noun]
                counts = {
                    entity_id: n
                    for entity_id, n in self._organization_counts(before).items()
                    if words & set(self.ctx.entities[entity_id].name.lower().split())
                }
            if before == head.i and counts:
                return self._most_mentioned(counts, head.i)
        return next(iter(counts)) if len(counts) == 1 and _definite(head) else None


#: Plural staff nouns: "McConnell aides", "his advisers" speak for nobody the text names.
_STAFF = frozenset({"aide", "adviser", "advisor", "staffer", "ally", "supporter", "associate"})


def _document_family(lemma: str) -> frozenset[str]:
    """The document nouns that may stand for this one ("study" for "survey"), itself if none."""
    return next((f for f in _DOCUMENT_FAMILIES if lemma in f), frozenset({lemma}))


def phrase_holds(head: Token, index: int) -> bool:
    """The token at ``index`` is part of the phrase ``head`` heads."""
    return head.left_edge.i <= index <= head.right_edge.i


def _untagged_maker(head: Token, ctx: DocContext) -> str | None:
    """"a USA TODAY analysis", "Gallup's survey": a maker's name the model did not tag,
    written as a proper noun before the document noun."""
    if not head.is_lower:
        return None  # "New Poll" in a title-case headline is no maker's name
    makers = [c for c in head.children if c.i < head.i and c.dep_ in ("compound", "poss")]
    if makers:
        tokens = [
            t for t in head.doc[makers[0].left_edge.i : head.i] if t.dep_ != "case"
        ]
        while len(tokens) > 1 and tokens[-1].lower_ in _KIND_MODIFIERS:
            tokens.pop()  # "the Gallup tracking poll": the name stops before "tracking"
        untagged = [
            t for t in tokens if ctx.token_entity[t.i] is None and t.ent_type_ in _MAKER_LABELS
        ]
        places = [t for t in tokens if ctx.entity_type(ctx.token_entity[t.i]) == "place"]
        # a place may be a word of the name ("USA TODAY"), never the whole of it
        if untagged and all(_name_word(t) for t in tokens) and len(untagged) + len(
            places
        ) == len(tokens):
            return head.doc[tokens[0].i : tokens[-1].i + 1].text
    return None


def _name_word(token: Token) -> bool:
    """A word of a name: a proper noun, or a camel-case word the model took for a common noun
    ("RealClearPolitics", "comScore")."""
    return token.pos_ == "PROPN" or (
        token.pos_ == "NOUN" and any(c.isupper() for c in token.text[1:]) and not token.is_upper
    )


def _staff_of(head: Token, ctx: DocContext) -> bool:
    """A plural staff noun whose person is only a modifier: "McConnell aides"."""
    return (
        head.tag_ == "NNS"
        and lemma_of(head).lower() in _STAFF
        and ctx.token_entity[head.i] is None
        and not any(c.lower_ == "campaign" for c in head.children)  # the campaign speaks
    )


#: Entity types that make documents and speak for groups.
_MAKER_TYPES = ("organization", "person")


def _named_in(
    ctx: DocContext, tokens: Iterable[Token], kinds: tuple[str, ...] = _MAKER_TYPES
) -> str | None:
    """The first entity of these kinds that the tokens name."""
    for token in tokens:
        entity = ctx.token_entity[token.i]
        if entity and ctx.entity_type(entity) in kinds:
            return entity
    return None


def core_tokens(head: Token) -> list[Token]:
    """The head, its name parts and its appositions: not its clauses or prepositions."""
    core = [head]
    for child in head.children:
        if child.dep_ in ("compound", "flat", "appos", "nmod") or (
            child.dep_ == "amod" and child.pos_ == "PROPN"
        ):
            core.extend(core_tokens(child) if child.dep_ == "appos" else child.subtree)
    return core


def _is_subject(ctx: DocContext, start: int, end: int) -> bool:
    return any(t.dep_ in ("nsubj", "nsubjpass") for t in ctx.doc[start:end]) or (
        _misread_subject(ctx.doc[start:end])
    )


def _misread_subject(mention: Span) -> bool:
    """"Scott bristles at the idea", "Lee charges that …": a name opening its sentence that the
    parser took for a modifier of the verb (read as a plural noun, or even as a verb)."""
    root = mention.root
    head = root.head
    return (
        root.dep_ == "compound"
        and head.dep_ in ("ROOT", "dep")
        and head.tag_ in ("NNS", "VBZ", "VBD")
        and mention.start == mention.sent.start
        and head.i == mention.end
    )


def _public_body(name: str) -> bool:
    return any(word in public_body_words() for word in name.lower().split())


def _one_of_them(head: Token) -> bool:
    """"one of the diplomats", "two of the officials": a part of an unnamed group."""
    if head.lower_ not in _QUANTIFIERS and not head.like_num:
        return False
    return any(
        prep.lower_ == "of" and any(
            lemma_of(noun).lower() in anonymous_nouns() for noun in prep.children
            if noun.dep_ == "pobj"
        )
        for prep in head.children
    )


def _pointing_back(head: Token) -> bool:
    """"the senator", "this official": a description that may stand for someone named before
    (unlike "her son" or "a voter")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


def _definite(head: Token) -> bool:
    """"the spokesman" points back at someone; "a spokesman" or "two officials" do not."""
    determiners = [c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "amod")]
    if any(d in _QUANTIFIERS or d.isdigit() for d in determiners):
        return False
    return any(d in ("the", "this", "that") for d in determiners) or any(
        c.dep_ == "poss" for c in head.children
    )


def _name_ids(ctx: DocContext, head: Token) -> set[str]:
    """Entities the head itself or its name parts belong to ("Sen. Bernie Sanders")."""
    tokens = [head, *(c for c in head.children if c.dep_ in ("compound", "flat"))]
    return {e for t in tokens if (e := ctx.token_entity[t.i])}


def _party(name: str) -> bool:
    """A political party is a generic group: "a GOP source" is an anonymous source."""
    return bool(set(name.lower().replace(".", "").split()) & party_words())


def _speaking_type(kind: str) -> str:
    """A country or city that speaks is its government: an organisation."""
    return "organization" if kind == "place" else kind


def _description_words(head: Token) -> set[str]:
    """The words narrowing a description: "the former Vermont senator" → former, vermont."""
    modifiers = role_modifiers()
    words = set()
    for child in head.children:
        if child.dep_ in ("compound", "amod", "nmod", "npadvmod") or (
            child.dep_ == "prep" and child.lower_ in ("of", "from", "for")
        ):
            for t in child.subtree:
                if t.is_alpha and t.dep_ != "det":
                    word = t.lower_.rstrip(".")
                    words.add(modifiers.get(word, word))
    return words
