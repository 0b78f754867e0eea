"""Pathological text found by bench/robustness.py: it must extract, fast, with offsets intact."""

from __future__ import annotations

import json
import re

from conftest import assert_offsets_hold

from extractor import api
from extractor.tokenizer import PIECE, make_doc

SEPARATED = (
    "Cup results\n" + "-" * 80 + "\nHalden 3 Vik 1\n" + "*" * 70 + "\n"
    "The club chairman, Ingrid Solberg, said “it was a fair result” after the match.\n"
)


def test_lone_surrogates_from_broken_json_escapes_do_not_break_extraction(extractor):
    text = json.loads(
        '"The harbour \\ud83d plan will cost $4 million, \\udc80 mayor Ann Pryce said."'
    )
    document = extractor.extract(text)
    assert_offsets_hold(text, document)
    assert [n.text for n in document.numbers] == ["$4 million"]
    assert "Ann Pryce" in [e.name for e in document.entities]


def test_a_long_run_of_quote_marks_costs_few_tokens(extractor):
    text = "Before. " + "“”" * 50_000 + " After that, Tom Reyes of Dunmore said so."
    assert len(extractor._prepared(text)) < 10_000  # 100,000 tokens unthinned
    document = extractor.extract(text)
    assert_offsets_hold(text, document)
    assert "Tom Reyes" in [e.name for e in document.entities]


def test_thinning_separator_lines_changes_no_result(extractor, monkeypatch):
    def found(text: str) -> list[tuple[str, ...]]:
        document = extractor.extract(text)
        assert_offsets_hold(text, document)
        return [
            *((e.type, e.name) for e in document.entities),
            *((q.text, q.speaker.text if q.speaker else "") for q in document.quotes),
            *((n.text,) for n in document.numbers),
        ]

    thinned = found(SEPARATED)
    monkeypatch.setattr(api, "_MARK_RUN", re.compile("(?!)"))
    assert extractor._prepared(SEPARATED).text == SEPARATED
    assert thinned == found(SEPARATED)


def test_a_long_stretch_without_spaces_is_tokenised_in_pieces_keeping_the_text(extractor):
    text = "He wrote " + "'s" * 5_000 + " and (" + "(" * 600 + "x" + ")" * 600 + " ok.\r\n"
    doc = make_doc(extractor.nlp, text)
    assert doc.text == text
    assert max(len(token.text) for token in doc) <= PIECE
    document = extractor.extract(text)
    assert_offsets_hold(text, document)


def test_lemmas_on_demand_equal_the_lemmatizer_pipes(extractor):
    from extractor.lemmas import lemma_of
    from extractor.pipeline import load_base_model

    assert "lemmatizer" not in extractor.nlp.pipe_names
    full = load_base_model("en_core_web_sm")
    text = (
        "The spokeswomen added that ministers were leaving; officials, who declined to be "
        "named, said the agencies' chiefs hadn't been told. “We're going,” said Dr. Ames, "
        "quoting the Presidents of both councils and the people's representatives.\n"
    )
    ours = extractor._parse(text)
    theirs = full(text)
    assert [lemma_of(token) for token in ours] == [token.lemma_ for token in theirs]
