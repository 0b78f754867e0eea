"""load_pipeline skips the default tokenizer spaCy builds and discards, and loads the same thing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry

from extractor.model_loading import load_pipeline
from extractor.pipeline import _REPACKAGED, DEFAULT_MODEL

SENTENCE = "Mr. O'Neill's co-op (est. 1999) can't pay $4.5m by 5 p.m.; see https://example.org/a?b=1!"


def _tokenizer_parts(nlp: Language) -> tuple[object, ...]:
    tokenizer = nlp.tokenizer

    def pattern(function: object) -> object:
        return getattr(getattr(function, "__self__", None), "pattern", function)

    return (
        pattern(tokenizer.prefix_search), pattern(tokenizer.suffix_search),
        pattern(tokenizer.infix_finditer), pattern(tokenizer.token_match),
        pattern(tokenizer.url_match), tokenizer.rules, tokenizer.faster_heuristics,
    )


def _model() -> str:
    return next(m for m in (DEFAULT_MODEL, _REPACKAGED[DEFAULT_MODEL]) if spacy.util.is_package(m))


def test_the_default_model_loads_as_spacy_loads_it() -> None:
    ours, theirs = load_pipeline(_model()), spacy.load(_model())
    assert _tokenizer_parts(ours) == _tokenizer_parts(theirs)
    assert ours.config.to_str() == theirs.config.to_str()
    assert ours.config["nlp"]["tokenizer"] == {"@tokenizers": "spacy.Tokenizer.v1"}
    assert [(t.text, t.idx, t.tag_, t.ent_type_) for t in ours(SENTENCE)] == [
        (t.text, t.idx, t.tag_, t.ent_type_) for t in theirs(SENTENCE)
    ]


def test_a_model_with_its_own_tokenizer_loads_it(tmp_path: Path) -> None:
    built: list[str] = []

    @registry.tokenizers("test_model_loading.CountedTokenizer.v1")
    def counted_tokenizer() -> Callable[[Language], Tokenizer]:
        def create(nlp: Language) -> Tokenizer:
            built.append(nlp.lang)
            return Tokenizer(nlp.vocab)

        return create

    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {
        "@tokenizers": "test_model_loading.CountedTokenizer.v1"}}})
    nlp.to_disk(tmp_path)
    built.clear()
    loaded = load_pipeline(tmp_path)
    assert built == ["en"]
    assert loaded.config["nlp"]["tokenizer"] == {
        "@tokenizers": "test_model_loading.CountedTokenizer.v1"
    }


def test_a_saved_blank_pipeline_tokenizes_as_spacy_loads_it(tmp_path: Path) -> None:
    spacy.blank("en").to_disk(tmp_path)
    ours, theirs = load_pipeline(tmp_path), spacy.load(tmp_path)
    assert _tokenizer_parts(ours) == _tokenizer_parts(theirs)
    assert [t.text for t in ours(SENTENCE)] == [t.text for t in theirs(SENTENCE)]
