"""People described: titles from the text, and gender only when the text says it."""

from __future__ import annotations

import pytest

import extractor
from extractor.document import Document, Entity, Mention
from extractor.entities.people import decide


@pytest.fixture(scope="module")
def ex() -> extractor.Extractor:
    return extractor.Extractor()


def person(ex: extractor.Extractor, text: str, name: str) -> Entity:
    document = ex.extract(text)
    return next(e for e in document.entities if e.name == name)


def test_title_before_the_name(ex):
    text = "Kremlin spokesman Dmitry Peskov said on Tuesday that talks would go on."
    assert person(ex, text, "Dmitry Peskov").titles == ["Kremlin spokesman"]


def test_a_title_keeps_an_abbreviated_country(ex):
    text = "U.S. Trade Representative Carla Mendes arrived in Geneva on Sunday."
    assert person(ex, text, "Carla Mendes").titles == ["U.S. Trade Representative"]


def test_title_from_an_apposition(ex):
    text = "Helen Marsh, a long-time Republican party strategist, said the race was close."
    assert person(ex, text, "Helen Marsh").titles == ["a long-time Republican party strategist"]


def test_titles_from_several_mentions_are_collected_once(ex):
    text = (
        "Finance Minister Oskar Berglund defended the budget. Berglund, the party's deputy "
        "leader, said cuts were not planned. Finance Minister Berglund left early."
    )
    assert person(ex, text, "Oskar Berglund").titles == [
        "Finance Minister",
        "the party's deputy leader",
    ]


def test_an_honorific_is_gender_evidence_not_a_title(ex):
    text = "Mrs. Helen Marsh said the race was close."
    helen = person(ex, text, "Helen Marsh")
    assert helen.titles == []
    assert helen.gender == "female"
    assert [(e.start, e.end, e.text) for e in helen.gender_evidence] == [(0, 4, "Mrs.")]


def test_a_gendered_role_noun_is_evidence(ex):
    text = "Foreign ministry spokeswoman Ilona Varga told reporters the visit was off."
    ilona = person(ex, text, "Ilona Varga")
    assert ilona.titles == ["Foreign ministry spokeswoman"]
    assert ilona.gender == "female"
    assert [e.text for e in ilona.gender_evidence] == ["spokeswoman"]


def test_a_pronoun_the_quote_stage_resolved_is_evidence(ex):
    text = 'Tomas Ferreira arrived in Porto on Monday. "We will rebuild the port," he said.'
    document = ex.extract(text)
    tomas = next(e for e in document.entities if e.name == "Tomas Ferreira")
    (quote,) = document.quotes
    assert (quote.speaker.text, quote.speaker.entity) == ("he", tomas.id)
    assert tomas.gender == "male"
    assert [(e.start, e.end, e.text) for e in tomas.gender_evidence] == [
        (quote.speaker.start, quote.speaker.end, "he")
    ]


def test_no_evidence_means_no_gender(ex):
    text = "Tomas Ferreira arrived in Porto on Monday. Nobody met the delegation."
    tomas = person(ex, text, "Tomas Ferreira")
    assert (tomas.gender, tomas.gender_evidence) == (None, [])


def test_a_first_name_alone_never_gives_a_gender(ex):
    text = "Mary Okonkwo and John Baptiste signed the agreement in Lagos."
    for name in ("Mary Okonkwo", "John Baptiste"):
        assert person(ex, text, name).gender is None


def test_honorifics_outrank_pronouns_and_a_tie_is_unknown():
    mrs = Mention(0, 4, "Mrs.")
    he = Mention(30, 32, "he")
    assert decide([mrs, he]) == ("female", [mrs])
    assert decide([he, Mention(40, 43, "she")]) == (None, [])


def test_description_round_trips_and_old_documents_still_load(ex):
    document = ex.extract("Mrs. Helen Marsh, a party strategist, said the race was close.")
    again = Document.from_dict(document.to_dict())
    assert again.to_dict() == document.to_dict()
    old = document.to_dict()
    for entity in old["entities"]:
        for key in ("titles", "gender", "gender_evidence"):
            entity.pop(key, None)
    loaded = Document.from_dict(old).entities[0]
    assert (loaded.titles, loaded.gender, loaded.gender_evidence) == ([], None, [])


def test_only_people_carry_a_description(ex):
    data = ex.extract("Mrs. Helen Marsh flew to Geneva.").to_dict()
    by_type = {e["type"]: e for e in data["entities"]}
    assert "gender" in by_type["person"]
    assert "gender" not in by_type["place"]


def test_a_described_person_validates_against_the_schema(ex):
    import jsonschema

    from extractor.schema import json_schema

    text = 'Mrs. Helen Marsh, a party strategist, arrived. "We will win," she said.'
    data = ex.extract(text).to_dict()
    assert data["entities"][0]["gender"] == "female"
    jsonschema.validate(data, json_schema())
    broken = {**data, "entities": [{**data["entities"][0], "gender": "unknown"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, json_schema())
