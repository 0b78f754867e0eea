"""Reading inputs into text: files or stdin, with encoding detection and clear refusals."""

from __future__ import annotations

import fnmatch
import glob
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import BinaryInput, InputIsDirectory, InputNotFound, InputTooLarge, UndecodableInput

if TYPE_CHECKING:
    from .records import Record

#: Inputs above this are refused before decoding; spaCy's own limit applies after.
MAX_INPUT_BYTES = 50_000_000

#: Control characters that never occur in text files; many of them mean binary data.
_BINARY_BYTES = frozenset(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
                                          27, 28, 29, 30, 31, 127}


#: What a folder is searched for unless ``patterns`` says otherwise.
DEFAULT_PATTERNS = ("*.txt", "*.md", "*.html", "*.htm")

#: Suffixes read as HTML pages and reduced to their article text.
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


@dataclass(slots=True)
class InputText:
    text: str
    source: str | None
    encoding: str
    warnings: list[str] = field(default_factory=list)
    #: True when ``text`` was extracted from HTML, so offsets refer to it and not to the file.
    from_html: bool = False


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input of a batch: where to read it, and the name its results are filed under."""

    path: str
    #: POSIX-style relative name (``sub/a.txt``), mirrored under an output folder.
    name: str
    #: A document read from a corpus line or row (``records``): its text, id and date. Then
    #: ``path`` is ``corpus.jsonl:LINE`` and ``name`` the id.
    record: Record | None = None


def find_inputs(
    arguments: Iterable[str],
    patterns: Iterable[str] = DEFAULT_PATTERNS,
    *,
    recursive: bool = True,
) -> list[InputFile]:
    """Expand files, folders and globs into a sorted, de-duplicated list of inputs.

    Folders are walked for ``patterns`` (hidden entries skipped, symlinked folders followed once,
    so a loop ends); a file named explicitly is taken whatever its suffix; a path that does not
    exist is kept, so reading it reports the error. Only paths are listed, never contents.
    """
    given = list(arguments)
    chosen = tuple(patterns)
    prefixed = len(given) > 1
    found: list[InputFile] = []
    seen: set[str] = set()
    for argument in given:
        for item in _expand(argument, chosen, recursive, prefixed):
            key = os.path.normpath(item.path) if item.path != "-" else "-"
            if key not in seen:
                seen.add(key)
                found.append(item)
    return found


def _expand(
    argument: str, patterns: tuple[str, ...], recursive: bool, prefixed: bool
) -> Iterator[InputFile]:
    if argument == "-":
        yield InputFile("-", "stdin")
        return
    path = Path(argument)
    if path.is_dir():
        prefix = _root_name(path) if prefixed else ""
        for file in _walk(path, patterns, recursive):
            yield InputFile(str(file), _join(prefix, file.relative_to(path).as_posix()))
        return
    if not path.exists() and glob.has_magic(argument):
        root = _glob_root(argument)
        prefix = _root_name(root) if prefixed else ""
        matches = sorted(glob.glob(argument, recursive=True))
        files = [Path(m) for m in matches if Path(m).is_file() and not _hidden(Path(m), root)]
        for file in files:
            yield InputFile(str(file), _join(prefix, file.relative_to(root).as_posix()))
        if files:
            return
    yield InputFile(argument, path.name or argument)


def _walk(root: Path, patterns: tuple[str, ...], recursive: bool) -> Iterator[Path]:
    """Sorted, depth-first; a folder reached twice through symlinks is entered only once."""
    visited: set[tuple[int, int]] = set()
    for folder, dirnames, filenames in os.walk(root, followlinks=True):
        try:
            stat = os.stat(folder)
        except OSError:
            dirnames[:] = []
            continue
        identity = (stat.st_dev, stat.st_ino)
        if identity in visited:
            dirnames[:] = []
            continue
        visited.add(identity)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")) if recursive else []
        for filename in sorted(filenames):
            if not filename.startswith(".") and _matches(filename, patterns):
                yield Path(folder) / filename


def _matches(filename: str, patterns: tuple[str, ...]) -> bool:
    lowered = filename.lower()
    return any(fnmatch.fnmatchcase(lowered, pattern.lower()) for pattern in patterns)


def _hidden(file: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in file.relative_to(root).parts)


def _glob_root(pattern: str) -> Path:
    """The folder a glob starts from: its leading parts without wildcards."""
    parts: list[str] = []
    for part in Path(pattern).parts:
        if glob.has_magic(part):
            break
        parts.append(part)
    return Path(*parts) if parts else Path()


def _root_name(root: Path) -> str:
    return root.resolve().name if root.name in ("", ".", "..") else root.name


def _join(prefix: str, name: str) -> str:
    return f"{prefix}/{name}" if prefix else name


def is_html(path: str | Path | None, data: bytes) -> bool:
    """By suffix, or for stdin and unknown suffixes by a doctype or ``<html`` at the start."""
    if path is not None and Path(path).suffix.lower() in HTML_SUFFIXES:
        return True
    if path is not None and Path(path).suffix.lower() in (".txt", ".md"):
        return False
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def read_input(path: str | Path) -> InputText:
    """Read a path (``-`` is stdin) and decode it; raises an InputError a user can act on."""
    if str(path) == "-":
        return _decoded(sys.stdin.buffer.read(), None)
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
    return _decoded(data, str(file))


def _decoded(data: bytes, source: str | None) -> InputText:
    given = decode_bytes(data, source)
    if given.text and is_html(source, data):
        from .html import article_text

        given.text = article_text(given.text)
        given.from_html = True
    return given


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
