"""Reading inputs into text: files or stdin, with encoding detection and clear refusals."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BinaryInput, InputIsDirectory, InputNotFound, InputTooLarge, UndecodableInput

#: Inputs above this are refused before decoding; spaCy's own limit applies after.
MAX_INPUT_BYTES = 50_000_000

#: Control characters that never occur in text files; many of them mean binary data.
_BINARY_BYTES = frozenset(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
                                          27, 28, 29, 30, 31, 127}


@dataclass(slots=True)
class InputText:
    text: str
    source: str | None
    encoding: str
    warnings: list[str] = field(default_factory=list)


def read_input(path: str | Path) -> InputText:
    """Read a path (``-`` is stdin) and decode it; raises an InputError a user can act on."""
    if str(path) == "-":
        return decode_bytes(sys.stdin.buffer.read(), source=None)
    file = Path(path)
    try:
        if file.is_dir():
            raise InputIsDirectory(f"{file}: is a directory, not a file")
        size = file.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputTooLarge(
                f"{file}: {size:,} bytes is larger than the {MAX_INPUT_BYTES:,}-byte limit"
            )
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputNotFound(f"{file}: no such file") from None
    except PermissionError:
        raise InputNotFound(f"{file}: permission denied") from None
    except IsADirectoryError:
        raise InputIsDirectory(f"{file}: is a directory, not a file") from None
    except OSError as exc:
        raise InputNotFound(f"{file}: cannot be read ({exc.strerror or exc})") from None
    return decode_bytes(data, source=str(file))


def decode_bytes(data: bytes, source: str | None) -> InputText:
    """UTF-8 first; otherwise the encoding charset-normalizer detects, with a warning."""
    name = source or "<stdin>"
    if not data:
        return InputText("", source, "utf-8")
    if _looks_binary(data):
        raise BinaryInput(f"{name}: looks like a binary file, not text")
    try:
        return InputText(data.decode("utf-8"), source, "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise UndecodableInput(f"{name}: not UTF-8 and no text encoding could be detected")
    text = str(best)
    warning = f"{name}: not valid UTF-8; decoded as {best.encoding}"
    return InputText(text, source, best.encoding, [warning])


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes, in the first 8 KiB mean this is not an article."""
    head = data[:8192]
    if _is_utf16(head):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte in _BINARY_BYTES)
    return controls > max(2, len(head) // 100)


def _is_utf16(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))
