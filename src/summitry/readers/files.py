"""Getting text out of files: paths, globs, directories, stdin, size, binary and encoding.

Encoding policy: an explicit ``encoding`` is used strictly. Otherwise a UTF-16 byte
order mark selects UTF-16; then the encoding an XML declaration names (feeds, XHTML)
is used if it fits the bytes; then UTF-8 is tried (a UTF-8 BOM is dropped); if the bytes
are not UTF-8 they are decoded as Windows-1252 (the usual encoding of legacy news
files) and a warning is logged; bytes that are not valid cp1252 either raise
``EncodingError``. Line endings are normalised to ``\\n``.
"""

from __future__ import annotations

import codecs
import glob
import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from summitry.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    InputTooLargeError,
)
from summitry.readers.detect import KNOWN_SUFFIXES

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 100 * 1024 * 1024  # 100 MB
BINARY_SNIFF_BYTES = 8192
STDIN = "-"
STDIN_SOURCE = "<stdin>"
_GLOB_CHARS = frozenset("*?[")
_XML_ENCODING = re.compile(
    rb"""^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\sencoding=["']([A-Za-z0-9._:-]+)["']""")


def check_encoding(encoding: str | None) -> str | None:
    """Return ``encoding`` if Python knows it; raise EncodingError if not."""
    if encoding is None:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError as err:
        raise EncodingError(f"unknown encoding {encoding!r}") from err


def read_bytes(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of the file at ``path``; InputError if it is missing, not a file, or too large."""
    file = Path(path)
    try:
        info = file.stat()
    except FileNotFoundError as err:
        raise InputError(f"no such file: {path}", path=path) from err
    except OSError as err:
        raise InputError(f"cannot open {path}: {err.strerror or err}", path=path) from err
    if file.is_dir():
        raise InputError(f"{path} is a directory, not a file", path=path)
    if info.st_size > max_bytes:
        raise InputTooLargeError(
            f"file is {info.st_size:,} bytes, over the limit of {max_bytes:,}", path=path
        )
    try:
        with file.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror or err}", path=path) from err
    if len(data) > max_bytes:  # the file grew, or stat lied (pipes, /proc)
        raise InputTooLargeError(f"input is over the limit of {max_bytes:,} bytes", path=path)
    return data


def read_stream(stream: BinaryIO, *, source: str = STDIN_SOURCE,
                max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read at most ``max_bytes`` from a binary stream (stdin); InputTooLargeError past it."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(f"input is over the limit of {max_bytes:,} bytes", path=source)
    return data


def decode(data: bytes, *, source: str, encoding: str | None = None) -> str:
    """Decode the bytes of one input to text (see the module docstring for the policy).

    Raises EmptyInputError for empty or blank input, BinaryInputError when a NUL byte
    occurs in the first 8 KB, EncodingError when the bytes cannot be decoded.
    """
    if not data:
        raise EmptyInputError("input is empty", path=source)
    if encoding is not None:
        text = _decode_strict(data, encoding, source=source)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_strict(data, "utf-16", source=source)
    else:
        if b"\x00" in data[:BINARY_SNIFF_BYTES]:
            raise BinaryInputError("input looks binary (NUL bytes in the first 8 KB)",
                                   path=source)
        text = _decode_declared(data, source=source) or _decode_guess(data, source=source)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInputError("input has only whitespace", path=source)
    return text


def _decode_strict(data: bytes, encoding: str, *, source: str) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as err:
        raise EncodingError(f"cannot decode as {encoding}: {err}", path=source) from err


def _decode_declared(data: bytes, *, source: str) -> str | None:
    """The text in the encoding an XML declaration names, or None when there is no
    declaration, it names UTF-8 (the guess handles that) or it does not fit (logged)."""
    match = _XML_ENCODING.match(data[:512])
    if match is None:
        return None
    name = match.group(1).decode("ascii")
    try:
        encoding = codecs.lookup(name).name
        if encoding in ("utf-8", "utf-8-sig"):
            return None
        if encoding == "iso8859-1":  # as browsers do: mostly cp1252 in fact
            try:
                return data.decode("cp1252")
            except UnicodeDecodeError:
                pass
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError) as err:
        logger.warning("%s: the XML declaration names encoding %r, which does not fit (%s)",
                       source, name, err)
        return None


def _decode_guess(data: bytes, *, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_err:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as err:
            raise EncodingError(
                f"not UTF-8 ({utf8_err.reason} at byte {utf8_err.start}) nor cp1252; "
                "give the encoding explicitly",
                path=source,
            ) from err
        logger.warning("%s: not valid UTF-8 (byte %d); decoded as cp1252",
                       source, utf8_err.start)
        return text


def is_glob(pattern: str) -> bool:
    """Whether ``pattern`` contains glob characters."""
    return any(char in _GLOB_CHARS for char in pattern)


def walk_directory(directory: str) -> Iterator[str]:
    """Files under ``directory`` with a known input suffix, recursively, sorted.

    Hidden files and directories (names starting with ".") are skipped, and so are
    files with other suffixes (logged at debug level).
    """
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if Path(name).suffix.lower() not in KNOWN_SUFFIXES:
                logger.debug("skipping %s: not a known input suffix", os.path.join(root, name))
                continue
            yield os.path.join(root, name)


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Expand directories and globs into file paths, in order; "-" stays as stdin.

    A path that does not exist, or a glob matching nothing, comes out as an
    InputError in place, so that the caller can report it and go on.
    """
    for raw in paths:
        path = os.fspath(raw)
        if path == STDIN:
            yield path
        elif os.path.isdir(path):
            yield from walk_directory(path)
        elif os.path.exists(path):
            yield path
        elif is_glob(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield InputError(f"no files match {path!r}", path=path)
            for match in matches:
                if os.path.isdir(match):
                    yield from walk_directory(match)
                else:
                    yield match
        else:
            yield InputError(f"no such file or directory: {path}", path=path)
