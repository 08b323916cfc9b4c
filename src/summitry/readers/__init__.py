"""Readers: turn input files into ``Article`` records.

One module per format (``transcript``, ``text``, ``jsonl``, ``csvfile``,
``htmlpage``, ``feed`` for RSS/Atom/RDF); ``detect`` picks the format, ``files``
handles paths, globs, directories, stdin, size limits, binary files and encodings,
``web`` downloads http(s) and file URLs, ``markup`` turns HTML fragments into plain
paragraphs. Every reader yields ``Article`` objects and, for a bad file, URL or
record, a ``ReadProblem`` in its place: one bad input never stops a batch. Readers
never print and never exit.
"""

from __future__ import annotations

from summitry.readers.detect import FORMATS, detect_format
from summitry.readers.dispatch import read_path, read_paths, read_text
from summitry.readers.files import DEFAULT_MAX_BYTES
from summitry.readers.problems import ReadProblem

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "ReadProblem",
    "detect_format",
    "read_path",
    "read_paths",
    "read_text",
]
