"""Result objects and the published schema."""

from __future__ import annotations

import jsonschema
import pytest
from conftest import SAMPLES

from extractor.document import Document
from extractor.schema import json_schema


@pytest.mark.parametrize("path", SAMPLES[:3], ids=lambda p: p.name)
def test_sample_output_validates_and_round_trips(extractor, path):
    document = extractor.extract(path.read_text(encoding="utf-8"), str(path))
    data = document.to_dict()
    jsonschema.validate(data, json_schema())
    assert Document.from_dict(data).to_dict() == data


def test_schema_rejects_a_number_without_its_fields():
    data = {
        "schema_version": 1,
        "source": None,
        "model": "m",
        "numbers": [{"start": 0, "end": 1, "text": "5", "kind": "cardinal"}],
    }
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema())


def test_schema_rejects_an_unknown_speaker_type():
    speaker = {"start": 0, "end": 2, "text": "he", "name": None, "entity": None, "type": "cat"}
    quote = {"id": "Q1", "kind": "direct", "start": 0, "end": 1, "text": "x",
             "speaker": speaker, "cue": None}
    data = {"schema_version": 1, "source": None, "model": "m", "quotes": [quote]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema())


def test_entities_are_listed_in_order_of_first_mention(extractor):
    text = "Paris is lovely. Angela Merkel visited Paris and then Berlin."
    names = [e.name for e in extractor.extract(text).entities]
    assert names.index("Paris") < names.index("Angela Merkel") < names.index("Berlin")
