"""Lemmas on demand: the base model's lemmatizer runs only for the few tokens we ask about.

The rule lemmatizer costs about as much as the parser over a whole Doc, but our rules read the
lemma of a handful of tokens (cue verbs, speaker heads, titles). ``build_pipeline`` disables
the ``lemmatizer`` pipe and registers it here; ``lemma_of`` then returns exactly what the pipe
would have set: a lemma the attribute ruler already set, else the lemmatizer's own answer.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Token
from spacy.vocab import Vocab

#: id(vocab) -> (vocab, its pipeline's disabled lemmatizer); the vocab is kept so ids stay unique.
_LEMMATIZERS: dict[int, tuple[Vocab, Lemmatizer]] = {}


def lemmatize_on_demand(nlp: Language) -> None:
    """Disable ``nlp``'s lemmatizer pipe and serve its lemmas through ``lemma_of``.

    Only when it is a spaCy Lemmatizer that nothing after it could override (no later pipe
    sets lemmas or the part-of-speech and morphology it reads) — true of spaCy's own pipelines.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.overwrite:
        return
    later = nlp.pipe_names[nlp.pipe_names.index("lemmatizer") + 1 :]
    if any(not name.startswith("extractor_") and name != "ner" for name in later):
        return
    nlp.disable_pipe("lemmatizer")
    _LEMMATIZERS[id(nlp.vocab)] = (nlp.vocab, lemmatizer)


def lemma_of(token: Token) -> str:
    """``token.lemma_`` as the lemmatizer pipe would have set it."""
    if token.lemma != 0:
        return token.lemma_
    found = _LEMMATIZERS.get(id(token.vocab))
    if found is None:
        return token.lemma_
    lemma = found[1].lemmatize(token)[0]
    token.lemma_ = lemma  # as the pipe would have set it; the next call reads it back
    return lemma
