"""A long word alternation compiled one first letter at a time, as the text asks for it.

``re.compile`` of the unit table's alternation (~650 spellings) takes ~80 ms, paid once per
process on the first number: a third of the time ``extract FILE`` adds to spaCy's own cold
start. At a given position only the words that can begin with the letter found there can
match, so each letter gets a pattern of just those words, compiled when first needed. The
words keep their order (longest first), so a match is the one the whole alternation gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


class FirstLetterAlternation:
    """``re.compile(f"(?:{w1}|{w2}|...){tail}", flags).match(text, pos)``, built lazily.

    ``words`` in the order the alternation tries them; ``pattern_of`` turns one word into its
    regular expression (escaping, flexible spaces). The word's first character must be matched
    literally by its pattern, as ``re.escape`` does.
    """

    def __init__(
        self,
        words: Iterable[str],
        pattern_of: Callable[[str], str],
        tail: str = "",
        flags: int = 0,
    ) -> None:
        self._words = [(word[0], pattern_of(word)) for word in words if word]
        self._tail = tail
        self._flags = flags
        self._firsts = list(dict.fromkeys(first for first, _ in self._words))
        self._by_letter: dict[str, re.Pattern[str] | None] = {}
        self._by_firsts: dict[frozenset[str], re.Pattern[str]] = {}

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if pos >= len(text):
            return None
        letter = text[pos]
        if letter not in self._by_letter:
            self._by_letter[letter] = self._pattern_for(letter)
        pattern = self._by_letter[letter]
        return pattern.match(text, pos) if pattern is not None else None

    def _pattern_for(self, letter: str) -> re.Pattern[str] | None:
        """The words whose first character the regex engine would take for ``letter`` (under
        IGNORECASE, "K" for "k", "μ" for "µ"), asked of the engine itself."""
        firsts = frozenset(
            first for first in self._firsts
            if re.fullmatch(re.escape(first), letter, self._flags & re.IGNORECASE)
        )
        if not firsts:
            return None
        if firsts not in self._by_firsts:
            chosen = "|".join(pattern for first, pattern in self._words if first in firsts)
            self._by_firsts[firsts] = re.compile(f"(?:{chosen}){self._tail}", self._flags)
        return self._by_firsts[firsts]
