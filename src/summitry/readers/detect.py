"""Format detection: by extension, then by sniffing the first characters."""

from __future__ import annotations

import re
from pathlib import PurePath, PurePosixPath
from urllib.parse import urlsplit

from summitry.errors import FormatError

FORMATS: tuple[str, ...] = ("transcript", "text", "jsonl", "csv", "html", "feed")

# ` date 2025-07-02 [News Today] Headline` (leading spaces allowed).
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
    ".rss": "feed",
    ".atom": "feed",
}
_TEXT_SUFFIXES = frozenset({".txt", ".text"})

# Media types (Content-Type without parameters) that name a format outright.
_MEDIA_TYPES: dict[str, str] = {
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/csv": "csv",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/x-jsonlines": "jsonl",
}
ATOM_NAMESPACES = ("http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#")
FEED_SNIFF_CHARS = 1024
# What may come before the root element: an XML declaration or other processing
# instruction, a comment, a doctype, whitespace.
_PROLOGUE = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)",
                       re.DOTALL | re.IGNORECASE)
_ROOT_TAG = re.compile(r"\s*<([A-Za-z_][\w.:-]*)")

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
    if is_feed(stripped):
        return "feed"
    if stripped.startswith("{"):
        return "jsonl"
    if lowered.startswith(("<html", "<!doctype")):
        return "html"
    if lowered.startswith("<?xml") and "<html" in stripped[:4096].lower():
        return "html"
    if is_date_line(first_line(head)):
        return "transcript"
    return "text"


def root_tag(head: str) -> str | None:
    """The name of the first element in ``head`` (an XML or HTML text), past the prologue."""
    position = 0
    while match := _PROLOGUE.match(head, position):
        position = match.end()
    root = _ROOT_TAG.match(head, position)
    return root.group(1) if root else None


def is_feed(head: str) -> bool:
    """Whether ``head`` begins an RSS 2.0, Atom or RSS 1.0 (RDF) feed.

    The root element decides, looked for in the first KB (past an XML declaration,
    comments and a doctype): ``<rss>``, ``<feed>`` with the Atom namespace, or
    ``<rdf:RDF>``.
    """
    start = head.lstrip("\ufeff \t\r\n")[:FEED_SNIFF_CHARS]
    tag = root_tag(start)
    if tag is None:
        return False
    local = tag.rpartition(":")[2].lower()
    if local == "rss" or tag.lower() == "rdf:rdf":
        return True
    return local == "feed" and any(ns in start for ns in ATOM_NAMESPACES)


def detect_format(path: str, head: str) -> str:
    """The format of the file at ``path`` whose text begins with ``head``.

    The extension decides for .jsonl/.ndjson, .csv, .html/.htm and .rss/.atom
    (feeds); .txt/.text files
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


def detect_remote_format(url: str, media_type: str | None, head: str) -> str:
    """The format of a downloaded resource: content that is a feed is a feed; then a
    ``media_type`` (Content-Type) that names a format decides; then, as for files, the
    extension of the URL's path and sniffing (for text/plain, XML, JSON or none).
    """
    if is_feed(head):
        return "feed"
    if media_type in _MEDIA_TYPES:
        return _MEDIA_TYPES[media_type]
    path = urlsplit(url).path
    name = PurePosixPath(path).name if path else ""
    return detect_format(name or "-", head)
