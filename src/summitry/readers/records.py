"""Shared by the record formats (JSONL, CSV): field checks, dates and article ids."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections.abc import Mapping

from summitry.errors import InputError, RecordError
from summitry.types import Article

logger = logging.getLogger(__name__)

RECORD_FIELDS: tuple[str, ...] = ("text", "id", "title", "date", "url", "programme")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9._-]+")
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
MAX_ID_CHARS = 80


def text_id(text: str) -> str:
    """A short stable id for a text: the first 12 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def safe_id(raw: str) -> str:
    """A stable, filesystem-safe id for an external id, guid or URL.

    A short id made only of letters, digits, ".", "_" and "-" is kept as it is;
    anything else becomes a readable slug (the URL scheme dropped, other characters
    turned into "-", at most 60 characters) followed by the first 8 hex digits of the
    SHA-1 of ``raw``, so that different ids never meet on the same slug.
    """
    value = raw.strip()
    if len(value) <= MAX_ID_CHARS and _SAFE_ID.fullmatch(value):
        return value
    slug = _UNSAFE_RUN.sub("-", _URL_SCHEME.sub("", value))[:60].strip("-._")
    digest = hashlib.sha1(value.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}" if slug else digest


def valid_date(value: object) -> bool:
    """Whether ``value`` is a real calendar date written YYYY-MM-DD."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def check_date_argument(date: str | None) -> str | None:
    """Validate the ``date`` option of the read functions (YYYY-MM-DD or None)."""
    if date is None:
        return None
    if not isinstance(date, str) or not valid_date(date.strip()):
        raise InputError(f"date must be YYYY-MM-DD, got {date!r}", field="date")
    return date.strip()


def article_from_record(
    record: Mapping[str, object],
    *,
    source: str,
    line: int,
    stem: str | None,
    default_date: str | None = None,
) -> Article:
    """Build an Article from one JSONL object or CSV row; RecordError names the bad field.

    ``text`` is required and must be a non-empty string. ``id`` (string, or integer
    kept as its decimal string), ``title``, ``date`` (YYYY-MM-DD), ``url`` (becomes
    ``source``) and ``programme`` are optional; empty strings and nulls count as
    absent. Without an id the article gets ``<stem>:<line>``, or, when there is no
    file stem (stdin, ``read_text``), the short SHA-1 of its text.
    """
    def fail(message: str, field: str | None) -> RecordError:
        return RecordError(message, path=source, line=line, field=field)

    text = record.get("text")
    if text is None:
        raise fail("missing required field", "text")
    if not isinstance(text, str):
        raise fail(f"must be a string, got {_type_name(text)}", "text")
    if not text.strip():
        raise fail("is empty", "text")

    values: dict[str, str | None] = {}
    for name in ("id", "title", "date", "url", "programme"):
        value = record.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and name == "id":
            value = str(value)
        if value is not None and not isinstance(value, str):
            raise fail(f"must be a string, got {_type_name(value)}", name)
        values[name] = (value.strip() or None) if isinstance(value, str) else None

    date = values["date"]
    if date is not None and not valid_date(date):
        raise fail(f"must be a date written YYYY-MM-DD, got {date!r}", "date")

    extra = sorted(set(record) - set(RECORD_FIELDS))
    if extra:
        logger.debug("%s:%d: ignoring fields %s", source, line, ", ".join(map(str, extra)))

    body = text.strip()
    article_id = values["id"]
    if article_id is None:
        article_id = f"{stem}:{line}" if stem else text_id(body)
    return Article(
        text=body,
        id=article_id,
        title=values["title"],
        date=date or default_date,
        source=values["url"] or source,
        programme=values["programme"],
        line=line,
    )


def _type_name(value: object) -> str:
    """The JSON name of a value's type, for error messages."""
    names = {dict: "object", list: "array", bool: "boolean", int: "number",
             float: "number", str: "string"}
    return names.get(type(value), type(value).__name__)
