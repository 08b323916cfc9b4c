"""Plain text: the whole input is one article, with an optional title line."""

from __future__ import annotations

from summitry.errors import EmptyInputError
from summitry.readers.records import text_id
from summitry.types import Article

MAX_TITLE_CHARS = 150


def split_title(text: str) -> tuple[str | None, str]:
    """``(title, body)``: the first line is a title when it is short (< 150 characters),
    does not end with a period, is followed by a blank line, and text follows."""
    stripped = text.strip()
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if not sep or len(first) >= MAX_TITLE_CHARS or first.endswith("."):
        return None, stripped
    following, _, remainder = rest.partition("\n")
    if following.strip() or not remainder.strip():
        return None, stripped
    return first, remainder.strip()


def read_text_article(text: str, *, source: str, article_id: str | None,
                      date: str | None = None) -> Article:
    """One Article from plain text; ``article_id`` None means the short SHA-1 of the body.

    The body keeps its line breaks; only surrounding whitespace is removed.
    """
    title, body = split_title(text)
    if not body:
        raise EmptyInputError("input has no text", path=source)
    return Article(
        text=body,
        id=article_id if article_id is not None else text_id(body),
        title=title,
        date=date,
        source=source,
    )
