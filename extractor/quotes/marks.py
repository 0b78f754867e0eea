"""Find quoted passages by their quotation marks, tolerating the mess of real news text.

Handles curly, straight, guillemet and low-9 marks; an opener of one shape closed by another of
the same family (“ … "); apostrophes inside quotes (don’t, players’); and the convention that a
paragraph may leave a quote open when the next paragraph opens it again to continue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..models_data import load_json

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_BEFORE_OPENER = " \t\n\r([{—–-/:;,\u00a0"
#: What a double closer set apart by a space may follow: a nested quotation's closing mark.
_CLOSED_BEFORE = "'’"
#: What a double closer set apart by a space may also follow: the end of the spoken words, as
#: in "… the plan works, ” she said".
_SPOKEN_END_BEFORE = ",.?!"
#: Closing marks that never open a quotation: one glued to the next word after a comma or stop
#: still closes ("… I love dogs!”Then she left").
_CLOSERS_ONLY = "”»"
#: Two straight apostrophes that stand for a double quotation mark: ''like this''.
_TWO_APOSTROPHES = "''"


@dataclass(slots=True, frozen=True)
class QuotedPassage:
    """One quoted stretch: [open_mark, close_mark) covers the marks, [start, end) the content."""

    open_mark: int
    close_mark: int
    start: int
    end: int
    single: bool
    closed: bool  # False when the paragraph ended with the quote still open
    continues_previous: bool  # True when it reopens a quote left open by the last paragraph


def find_quoted_passages(text: str) -> list[QuotedPassage]:
    marks = load_json("quote_marks.json")
    passages: list[QuotedPassage] = []
    previous_open = False
    for start, end in _paragraphs(text):
        found = _scan(text, start, end, marks)
        if found and previous_open and found[0].open_mark == _first_visible(text, start, end):
            found[0] = replace(found[0], continues_previous=True)
        previous_open = bool(found) and not found[-1].closed
        passages.extend(found)
    return passages


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _first_visible(text: str, start: int, end: int) -> int:
    position = start
    while position < end and text[position].isspace():
        position += 1
    return position


def _scan(text: str, start: int, end: int, marks: dict) -> list[QuotedPassage]:
    double_open, double_close = marks["double"]["openers"], marks["double"]["closers"]
    single_open, single_close = marks["single"]["openers"], marks["single"]["closers"]
    found: list[QuotedPassage] = []
    position = start
    while position < end:
        char = text[position]
        if text.startswith(_TWO_APOSTROPHES, position) and _can_open(
            text, position + 1, start, end
        ) and _single_starts(text, position, start):
            close = _find_two_apostrophes(text, position + 2, end)
            if close is not None:
                passage = _passage(text, position + 1, close, end, single=False)
                found.append(replace(passage, open_mark=position, close_mark=close + 2))
                position = close + 2
                continue
        if char in double_open and _can_open(text, position, start, end):
            close = _find_close(text, position + 1, end, double_close, single=False)
            found.append(_passage(text, position, close, end, single=False))
            position = (close + 1) if close is not None else end
            continue
        if char in single_open and _can_open(text, position, start, end) and _single_starts(
            text, position, start
        ):
            close = _find_close(text, position + 1, end, single_close, single=True)
            if close is not None:
                found.append(_passage(text, position, close, end, single=True))
                position = close + 1
                continue
        position += 1
    return found


def _find_two_apostrophes(text: str, position: int, end: int) -> int | None:
    """Where a quotation opened with two apostrophes closes: the next two not followed by a
    letter (the New York Times writes ''quotes'' so in plain text)."""
    while position < end - 1:
        found = text.find(_TWO_APOSTROPHES, position, end)
        if found < 0:
            return None
        after = text[found + 2] if found + 2 < end else " "
        if not after.isalnum() and (
            not text[found - 1].isspace() or _spoken_end_apart(text, found, after)
        ):
            return found
        position = found + 2
    return None


def _can_open(text: str, position: int, start: int, end: int) -> bool:
    """An opener sits at a word start and is followed by something to quote."""
    if position + 1 >= end or text[position + 1].isspace():
        return False
    return position == start or text[position - 1] in _BEFORE_OPENER or text[
        position - 1
    ] in "“‘«„\"'"


def _single_starts(text: str, position: int, start: int) -> bool:
    """A single mark after a letter is an apostrophe (rock 'n' roll aside), never an opener."""
    return position == start or not text[position - 1].isalnum()


def _find_close(text: str, position: int, end: int, closers: str, single: bool) -> int | None:
    possessive = None  # "‘no good options’ after …": taken for "players’ union" at first
    while position < end:
        char = text[position]
        if char in closers and _can_close(text, position, end, single):
            return position
        if single and char in closers and possessive is None and _can_close(
            text, position, end, single=False
        ):
            possessive = position
        if single and possessive is not None and char == "‘" and not text[position - 1].isalnum():
            return possessive  # a new quotation opens, so the "possessive" closed the last
        position += 1
    return None


def _can_close(text: str, position: int, end: int, single: bool) -> bool:
    """A closer follows text and is not followed by a letter (that would be an apostrophe).

    A double mark may stand apart after a nested quotation's close, as typed with straight
    marks: "… vote for Lee,' " she said.
    """
    after = text[position + 1] if position + 1 < end else " "
    if text[position - 1].isspace():
        before = text[:position].rstrip()
        if single or not before or not after.isspace():
            return False
        if before[-1] not in _CLOSED_BEFORE and not _spoken_end_apart(text, position, after):
            return False
    if after.isalnum() and not (
        text[position] in _CLOSERS_ONLY and text[position - 1] in _SPOKEN_END_BEFORE
    ):
        return False  # (but "… I love dogs!”Then she left": a space left out after the close)
    # "players’ union": a single mark after s and before a lowercase word is a plural possessive.
    return not (single and text[position - 1] in "sS" and _next_word_is_lower(text, position, end))


def _spoken_end_apart(text: str, position: int, after: str) -> bool:
    """"“The plan works, ” she said": a double closer typed a space after the comma or stop
    that ends the spoken words (an opener is never followed by a space)."""
    before = text[:position].rstrip(" \t")
    return bool(before) and before[-1] in _SPOKEN_END_BEFORE and after.isspace()


def _next_word_is_lower(text: str, position: int, end: int) -> bool:
    rest = text[position + 1 : min(end, position + 3)]
    return len(rest) == 2 and rest[0] == " " and rest[1].islower()


def _passage(text: str, open_mark: int, close: int | None, end: int, single: bool) -> QuotedPassage:
    content_end = close if close is not None else end
    start = open_mark + 1
    while start < content_end and text[start].isspace():
        start += 1
    stop = content_end
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] == ","):
        stop -= 1
    close_mark = close + 1 if close is not None else end
    return QuotedPassage(open_mark, close_mark, start, stop, single, close is not None, False)
