"""Quotes and their speakers: one pattern per test, the sentence inline, the speaker asserted."""

from __future__ import annotations

import pytest
from conftest import one

from extractor.quotes.marks import find_quoted_passages


@pytest.fixture(scope="module")
def quotes_of(extractor):
    def run(text: str):
        return extractor.extract(text, sections=("quotes",)).quotes

    return run


def speaker_name(quotes, fragment: str) -> str | None:
    quote = one(quotes, fragment)
    return quote.speaker.name if quote.speaker else None


# -- quotation marks ---------------------------------------------------------------------------


def passages(text: str) -> list[str]:
    return [text[p.start : p.end] for p in find_quoted_passages(text)]


def test_curly_straight_guillemet_and_low_quotes_are_all_found():
    text = "“One two,” she said. \"Three four\", he said. «Cinq six», il a dit. „Sieben acht“."
    assert passages(text) == ["One two", "Three four", "Cinq six", "Sieben acht"]


def test_an_opening_curly_quote_may_be_closed_by_a_straight_one():
    assert passages("He said “this is the end\" and left.") == ["this is the end"]


def test_apostrophes_inside_a_quote_do_not_close_it():
    text = "‘We don’t think the players’ union can win,’ he said."
    assert passages(text) == ["We don’t think the players’ union can win"]


def test_a_straight_closer_set_apart_after_a_nested_quotation_closes():
    text = "\"It is not just Lee saying, 'vote for Park,' \" Lee told us. \"It is more.\""
    assert passages(text) == ["It is not just Lee saying, 'vote for Park,'", "It is more."]


def test_an_unclosed_paragraph_quote_continues_in_the_next():
    text = "“We will rebuild the bridge.\n\n“And we will do it this year,” she said."
    found = find_quoted_passages(text)
    assert [f.closed for f in found] == [False, True]
    assert found[1].continues_previous


# -- speakers ----------------------------------------------------------------------------------


def test_speaker_before_the_cue(quotes_of):
    quotes = quotes_of("Dmitry Peskov said: “The talks are over.”")
    assert speaker_name(quotes, "talks are over") == "Dmitry Peskov"


def test_speaker_after_the_cue(quotes_of):
    quotes = quotes_of("“The talks are over,” said Dmitry Peskov.")
    quote = one(quotes, "talks are over")
    assert quote.speaker.name == "Dmitry Peskov"
    assert quote.cue.text == "said"


def test_speaker_in_apposition_is_the_named_person(quotes_of):
    quotes = quotes_of("Kremlin spokesman Dmitry Peskov said the talks were “a waste of time”.")
    quote = one(quotes, "talks were")
    assert quote.kind == "mixed"
    assert quote.speaker.name == "Dmitry Peskov"
    assert quote.speaker.type == "person"


def test_pronoun_resolves_to_the_earlier_person(quotes_of):
    quotes = quotes_of("Angela Okafor chairs the committee. “We will not back down,” she said.")
    quote = one(quotes, "back down")
    assert (quote.speaker.text, quote.speaker.name) == ("she", "Angela Okafor")


def test_pronoun_never_resolves_to_a_name_inside_the_quote(quotes_of):
    text = (
        "Mark Delaney conceded on Sunday. “Sunita Rao ran a better campaign,” he said."
    )
    assert speaker_name(quotes_of(text), "better campaign") == "Mark Delaney"


def test_pronoun_prefers_the_last_speaker_over_a_person_mentioned_in_passing(quotes_of):
    text = (
        "Finance minister Priya Raman defended the budget. She said it would protect "
        "pensions. Critics compared it with the plans of Tom Harris. "
        "“This is a fair budget,” she said."
    )
    assert speaker_name(quotes_of(text), "fair budget") == "Priya Raman"


def test_nominal_speaker_links_to_the_person_it_introduced(quotes_of):
    text = (
        "Bryan Lanza, a long-time strategist, has advised three campaigns. "
        "“Nobody wants this fight,” the strategist said."
    )
    assert speaker_name(quotes_of(text), "Nobody wants") == "Bryan Lanza"


def test_anonymous_source_keeps_its_noun_phrase(quotes_of):
    quotes = quotes_of("A person familiar with the call said the president had lost his temper.")
    quote = one(quotes, "lost his temper")
    assert quote.kind == "indirect"
    assert quote.speaker.type == "anonymous"
    assert quote.speaker.name is None
    assert quote.speaker.text == "A person familiar with the call"


def test_anonymous_source_after_the_cue(quotes_of):
    text = "The deal is dead, said two officials who spoke on condition of anonymity."
    quote = one(quotes_of(text), "deal is dead")
    assert quote.speaker.type == "anonymous"
    assert quote.speaker.text.startswith("two officials")


def test_organisation_speaks_in_a_statement(quotes_of):
    text = "The Kremlin said in a statement that the drones had been shot down."
    quote = one(quotes_of(text), "drones had been shot down")
    assert quote.speaker.name == "Kremlin"
    assert quote.speaker.type == "organization"


def test_spokesman_for_a_named_body_speaks_for_it(quotes_of):
    text = "“We will appeal,” said a spokesman for the Fuel Fairness Trust."
    quote = one(quotes_of(text), "We will appeal")
    assert quote.speaker.type == "organization"
    assert quote.speaker.name == "Fuel Fairness Trust"


def test_the_company_resolves_to_the_organisation_in_the_story(quotes_of):
    text = (
        "Lumenark Systems cut 1,200 jobs on Tuesday. Lumenark Systems had warned of losses. "
        "The company said customer support would not be affected."
    )
    assert speaker_name(quotes_of(text), "customer support") == "Lumenark Systems"


def test_a_study_speaks_for_its_authors(quotes_of):
    text = "A study by the Halden Institute found that the residues posed a health risk."
    assert speaker_name(quotes_of(text), "residues posed") == "Halden Institute"


def test_interrupted_quote_gives_two_parts_with_one_speaker(quotes_of):
    text = "Maria Lopez spoke first. “We will win,” she said, “and soon.”"
    quotes = quotes_of(text)
    assert speaker_name(quotes, "We will win") == "Maria Lopez"
    assert speaker_name(quotes, "and soon") == "Maria Lopez"


def test_continuation_quote_without_a_cue_keeps_the_speaker(quotes_of):
    text = (
        "“I wasn’t thinking about my own score,” Qureshi said. "
        "“The pitch was slow and my only job was to be there at the end.”"
    )
    quote = one(quotes_of(text), "The pitch was slow")
    assert quote.speaker.name == "Qureshi"
    assert quote.cue is None


def test_quote_continued_in_the_next_paragraph_keeps_the_speaker(quotes_of):
    text = (
        "Chief engineer Laura Smith said: “The bridge will reopen in June.\n\n"
        "“After that we will repaint it.”"
    )
    assert speaker_name(quotes_of(text), "repaint it") == "Laura Smith"


# -- reported speech ---------------------------------------------------------------------------


def test_said_that_gives_the_reported_clause(quotes_of):
    quotes = quotes_of("Peskov said that Russia would pay $6 billion.")
    quote = one(quotes, "Russia would pay")
    assert quote.text == "Russia would pay $6 billion"
    assert quote.kind == "indirect"
    assert quote.speaker.name == "Peskov"


def test_told_someone_that(quotes_of):
    text = "Sarah Lin told Reuters that the factory would close by March."
    quote = one(quotes_of(text), "factory would close")
    assert quote.speaker.name == "Sarah Lin"
    assert quote.cue.text == "told"


def test_claim_before_the_attribution(quotes_of):
    quote = one(quotes_of("Prices will rise next year, the governor Anita Rao said."), "Prices")
    assert quote.text == "Prices will rise next year"
    assert quote.speaker.name == "Anita Rao"


def test_according_to(quotes_of):
    quote = one(quotes_of("According to the WCC, ticket sales rose sharply."), "ticket sales")
    assert quote.text == "ticket sales rose sharply"
    assert quote.speaker.name == "WCC"
    assert quote.cue.text == "According to"


def test_two_coordinated_claims_are_two_quotes(quotes_of):
    text = "The airline said that the fault had been fixed, and that flights had resumed."
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["the fault had been fixed", "flights had resumed"]


def test_told_not_to(quotes_of):
    text = "Trump reportedly told Putin not to escalate the war."
    quote = one(quotes_of(text), "not to escalate")
    assert quote.speaker.name == "Trump"


def test_mixed_quote_is_one_claim_with_its_fragment(quotes_of):
    text = (
        "Bryan Lanza told the BBC that the administration would ask for a "
        "“realistic vision for peace.”"
    )
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].kind == "mixed"
    assert quotes[0].speaker.name == "Bryan Lanza"


def test_warned_denied_and_insisted_are_cues(quotes_of):
    text = (
        "Ana Silva warned that the dam could fail. Paulo Mendes denied that he had been told. "
        "Rui Alves insisted the report was wrong."
    )
    quotes = quotes_of(text)
    assert speaker_name(quotes, "dam could fail") == "Ana Silva"
    assert speaker_name(quotes, "he had been told") == "Paulo Mendes"
    assert speaker_name(quotes, "report was wrong") == "Rui Alves"


# -- not quotes --------------------------------------------------------------------------------


def test_titles_and_nicknames_are_not_claims(quotes_of):
    text = (
        "The report, titled ‘Green Ribbon’, was praised. Fans call him “the Professor”. "
        "She read “War and Peace” twice."
    )
    assert quotes_of(text) == []


def test_a_scare_quote_never_gets_an_invented_speaker(quotes_of):
    text = "Officials described the plan as “ambitious” and moved on."
    assert all(q.speaker is not None or q.kind != "direct" for q in quotes_of(text))
    assert "ambitious" not in [q.text for q in quotes_of(text)]


def test_a_colon_after_a_named_subject_introduces_the_quote(quotes_of):
    text = (
        "Senator Diane Holloway opened the session with a warning: "
        "“If your product talks to children, you are responsible for what it says.”"
    )
    assert speaker_name(quotes_of(text), "product talks") == "Diane Holloway"


def test_the_report_refers_back_to_its_author(quotes_of):
    text = (
        "A report by the European Grid Observatory found that links had run at capacity. "
        "The report found that prices had doubled."
    )
    assert speaker_name(quotes_of(text), "prices had doubled") == "European Grid Observatory"


def test_a_spokeswoman_for_a_person_speaks_for_that_person(quotes_of):
    text = "“The senator has offered nothing,” said a spokeswoman for Raymond Cole."
    assert speaker_name(quotes_of(text), "offered nothing") == "Raymond Cole"


def test_an_unnamed_staffer_of_a_named_body_speaks_for_that_body(quotes_of):
    text = (
        "A Hollister Port Authority staffer involved in the talks said the berth fees would be "
        "delayed."
    )
    quote = one(quotes_of(text), "berth fees would be delayed")
    assert quote.speaker.type == "organization"
    assert quote.speaker.name == "Hollister Port Authority"
    assert quote.speaker.via == "organization"


def test_an_unnamed_official_with_no_body_stays_anonymous(quotes_of):
    text = "An official involved in the talks said the bill would be delayed."
    quote = one(quotes_of(text), "bill would be delayed")
    assert quote.speaker.type == "anonymous"
    assert quote.speaker.name is None
    assert quote.speaker.via == "anonymous"


def test_passive_without_an_agent_is_not_a_cue(quotes_of):
    text = "President Ortiz was told to present the agreement in Panama."
    assert quotes_of(text) == []


def test_is_expected_to_is_a_claim_nobody_is_named_for(quotes_of):
    text = "President Ortiz is expected to present the agreement in Panama."
    quote = one(quotes_of(text), "present the agreement")
    assert quote.text == text.rstrip(".")
    assert quote.speaker is None


def test_a_clause_subject_misparsed_as_object_stays_in_the_claim(quotes_of):
    text = (
        "Arboleda said a joint monitoring mission of up to 120 observers, drawn from Norway, "
        "Cuba and the United Nations, would begin deploying within 10 days."
    )
    quote = one(quotes_of(text), "would begin deploying")
    assert quote.text.startswith("a joint monitoring mission")


def test_passive_with_an_agent_names_the_speaker(quotes_of):
    text = "The plant will close in March, it was announced by Northgate Steel on Tuesday."
    quote = one(quotes_of(text), "plant will close")
    assert quote.text == "The plant will close in March"
    assert quote.speaker.name == "Northgate Steel"
    assert quote.speaker.type == "organization"


def test_pledged_delegates_and_that_said_are_no_claims(quotes_of):
    text = (
        "Across Guam, 14 pledged delegates went to the convention. He could split the vote. "
        "That said, Ortiz cannot realistically win the nomination outright."
    )
    assert quotes_of(text) == []


def test_impersonal_saying_and_circumstances_of_the_saying_are_no_claims(quotes_of):
    text = (
        "It is still far too early to say how badly the strike will hurt the port. "
        '"His legend will live on," Ortiz said, as a few young boxers trained inside the gym.'
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["His legend will live on"]
    assert quotes[0].speaker.name == "Ortiz"
