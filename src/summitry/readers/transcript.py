"""Broadcast transcripts: a date line, paragraphs, and soundbite attribution lines.

The layout::

     date 2025-07-02 [News Today] Leaders meet in Ottawa

    First paragraph of the report ...

    Jane Doe/ Foreign Minister

    The quoted paragraph: what the speaker said on camera.

The attribution line (``Name/ Title``, ``Name /Title`` or ``Name / Title``) stays in
the text as a paragraph of its own (so the speaker's name is a mention with
offsets) and becomes a ``Soundbite`` whose ``start``/``end`` cover the quoted
paragraph that follows it and whose ``line_start``/``line_end`` cover the line.
The pipeline codes no events from attribution lines: they are metadata, not prose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summitry.errors import EmptyInputError, FormatError, RecordError
from summitry.readers.detect import DATE_LINE
from summitry.readers.records import text_id, valid_date
from summitry.types import Article, Soundbite

PARAGRAPH_SEPARATOR = "\n\n"
MAX_ATTRIBUTION_CHARS = 100
MAX_NAME_WORDS = 5
MAX_TITLE_WORDS = 12

# A slash with whitespace on at least one side ("Kim/ Minister", "Kim /Minister",
# "Kim / Minister"); "and/or" or "KBS/Yonhap" do not qualify.
_ATTRIBUTION = re.compile(r"^(?P<name>[^/]+?)(?:\s+/\s*|\s*/\s+)(?P<title>[^/]+)$")
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_.'’-]*(?:[.'’-][^\W\d_]*)*\.?$")
_TITLE_START = re.compile(r"^[^\W\d_]")
_FORBIDDEN = frozenset('"“”«»!?;:,()[]{}')


def parse_attribution(line: str) -> tuple[str, str] | None:
    """``(name, title)`` if ``line`` is a soundbite attribution line, else None."""
    line = " ".join(line.split())
    if not line or len(line) > MAX_ATTRIBUTION_CHARS:
        return None
    match = _ATTRIBUTION.match(line)
    if match is None:
        return None
    name, title = match["name"].strip(), match["title"].strip()
    if _FORBIDDEN.intersection(name) or _FORBIDDEN.intersection(title):
        return None
    words = name.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS:
        return None
    if not all(_NAME_WORD.match(word) for word in words):
        return None
    # Particles may be lower case (Ursula von der Leyen), but not the ends of a name.
    if not (words[0][0].isupper() and words[-1][0].isupper()):
        return None
    if not _TITLE_START.match(title) or len(title.split()) > MAX_TITLE_WORDS:
        return None
    return name, title


def _paragraphs(lines: Sequence[str]) -> list[list[str]]:
    """Group lines into paragraphs (runs of non-blank lines), whitespace collapsed."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        clean = " ".join(line.split())
        if clean:
            current.append(clean)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def read_transcript(text: str, *, source: str, article_id: str | None) -> Article:
    """Parse one transcript; FormatError if its first non-blank line is not a date line.

    Paragraphs are joined with a blank line, runs of whitespace inside a paragraph
    (line breaks included) become one space. An attribution line counts as one when
    a quoted paragraph follows it: either the rest of its own paragraph or the next
    paragraph (unless that is itself an attribution line); otherwise it is kept as
    ordinary text. ``article_id`` None means "the short SHA-1 of the body".
    """
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    match = DATE_LINE.match(lines[start]) if start is not None else None
    if start is None or match is None:
        raise FormatError("not a transcript: the first line is not "
                          "'date YYYY-MM-DD [Programme] Headline'", path=source, line=1)
    line_number = start + 1
    date = match["date"]
    if not valid_date(date):
        raise RecordError(f"not a calendar date: {date!r}", path=source, line=line_number,
                          field="date")

    paragraphs = _paragraphs(lines[start + 1:])
    if not paragraphs:
        raise EmptyInputError("the transcript has a date line but no body", path=source)

    chunks: list[str] = []
    soundbites: list[Soundbite] = []
    offset = 0

    def append(paragraph: str) -> tuple[int, int]:
        nonlocal offset
        if chunks:
            offset += len(PARAGRAPH_SEPARATOR)
        begin = offset
        chunks.append(paragraph)
        offset += len(paragraph)
        return begin, offset

    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        attribution = parse_attribution(paragraph[0])
        quote: list[str] | None = None
        if attribution is not None and len(paragraph) > 1:
            quote, index = paragraph[1:], index + 1
        elif (attribution is not None and index + 1 < len(paragraphs)
              and parse_attribution(paragraphs[index + 1][0]) is None):
            quote, index = paragraphs[index + 1], index + 2
        if attribution is not None and quote is not None:
            line_begin, line_end = append(" ".join(paragraph[0].split()))
            begin, end = append(" ".join(quote))
            soundbites.append(Soundbite(speaker=attribution[0], title=attribution[1],
                                        start=begin, end=end, line_start=line_begin,
                                        line_end=line_end))
            continue
        append(" ".join(paragraph))
        index += 1

    body = PARAGRAPH_SEPARATOR.join(chunks)
    return Article(
        text=body,
        id=article_id if article_id is not None else text_id(body),
        title=match["headline"].strip() or None,
        date=date,
        source=source,
        programme=match["programme"].strip() or None,
        soundbites=tuple(soundbites),
    )
