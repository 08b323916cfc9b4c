"""Format detection: by extension, then by sniffing the first characters."""

from __future__ import annotations

import re
from pathlib import PurePath

from summitry.errors import FormatError

FORMATS: tuple[str, ...] = ("transcript", "text", "jsonl", "csv", "html")

# ` date 2025-06-18 [News Today] Headline` (leading spaces allowed).
DATE_LINE = re.compile(
    r"^[ \t]*date[ \t]+(?P<date>\d{4}-\d{2}-\d{2})[ \t]+\[(?P<programme>[^\]\n]*)\][ \t]*"
    r"(?P<headline>[^\n]*)$",
    re.IGNORECASE,
)

_SUFFIXES: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_TEXT_SUFFIXES = frozenset({".txt", ".text"})

# Suffixes a directory walk picks up (explicit paths and globs take any file).
KNOWN_SUFFIXES: frozenset[str] = frozenset(_SUFFIXES) | _TEXT_SUFFIXES


def first_line(text: str) -> str:
    """The first line of ``text`` that is not blank ("" if there is none)."""
    for line in text.splitlines():
        if line.strip():
            return line
    return ""


def is_date_line(line: str) -> bool:
    """Whether ``line`` is a transcript header line (``date YYYY-MM-DD [Programme] ...``)."""
    return DATE_LINE.match(line.rstrip("\r\n")) is not None


def sniff_format(head: str) -> str:
    """Guess the format of ``head`` (the first few KB of a text) from its content."""
    stripped = head.lstrip("\ufeff \t\r\n")
    lowered = stripped[:200].lower()
    if stripped.startswith("{"):
        return "jsonl"
    if lowered.startswith(("<html", "<!doctype")):
        return "html"
    if lowered.startswith("<?xml") and "<html" in stripped[:4096].lower():
        return "html"
    if is_date_line(first_line(head)):
        return "transcript"
    return "text"


def detect_format(path: str, head: str) -> str:
    """The format of the file at ``path`` whose text begins with ``head``.

    The extension decides for .jsonl/.ndjson, .csv and .html/.htm; .txt/.text files
    are transcripts when their first non-blank line is a date line, else plain text;
    stdin ("-") and other extensions are sniffed from the content.
    """
    suffix = PurePath(path).suffix.lower() if path != "-" else ""
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    if suffix in _TEXT_SUFFIXES:
        return "transcript" if is_date_line(first_line(head)) else "text"
    return sniff_format(head)


def check_format(fmt: str | None) -> str | None:
    """Return ``fmt`` lower-cased if it names a known format; raise FormatError if not."""
    if fmt is None:
        return None
    name = fmt.strip().lower()
    if name not in FORMATS:
        raise FormatError(f"unknown input format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return name
