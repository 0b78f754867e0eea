"""Decoding inputs: UTF-8 first, detected encodings with a warning, clear refusals."""

from __future__ import annotations

import pytest

from extractor.errors import BinaryInput, InputIsDirectory, InputNotFound
from extractor.inputs import decode_bytes, read_input


def test_utf8_is_read_as_it_is():
    given = decode_bytes("Zoë said “hi”.".encode(), "a.txt")
    assert (given.text, given.encoding, given.warnings) == ("Zoë said “hi”.", "utf-8", [])


def test_windows_1252_curly_quotes_are_detected():
    text = "The minister said: “We will not resign.” Analysts called it “defiant”. " * 4
    given = decode_bytes(text.encode("cp1252"), "a.txt")
    assert given.text == text
    assert given.warnings and "decoded as" in given.warnings[0]


def test_utf16_with_bom_is_not_mistaken_for_binary():
    given = decode_bytes("Angela Merkel visited Paris.".encode("utf-16"), "a.txt")
    assert "Angela Merkel" in given.text


def test_nul_bytes_mean_binary():
    with pytest.raises(BinaryInput, match="binary"):
        decode_bytes(b"PK\x03\x04\x00\x00\x08\x00" * 20, "a.zip")


def test_unreadable_path_raises_input_errors(tmp_path):
    with pytest.raises(InputNotFound):
        read_input(tmp_path / "missing.txt")
    with pytest.raises(InputIsDirectory):
        read_input(tmp_path)
