"""RSS 2.0, Atom and RSS 1.0 (RDF) feeds: one Article per entry, parsed with feedparser.

Each entry gives ``id`` (its id or guid, else its link, made filesystem-safe by
``records.safe_id``), ``title``, ``date`` (the calendar date as written in the raw
``published``/``updated`` string, i.e. in the feed's own time zone; feedparser's
``*_parsed`` values are UTC and serve only as a fallback), ``source`` (the entry's
web link, else the feed) and ``text``: the full content (``content:encoded``, Atom
``content``) or else the summary, turned into plain paragraphs separated by a blank
line. With ``fetch_links`` the page each entry links to is downloaded and its main
text used instead; if that fails the feed text is kept and a warning logged.
"""

from __future__ import annotations

import codecs
import email.utils
import io
import logging
import re
import time
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from summitry.errors import EmptyInputError, FormatError, InputError
from summitry.readers.files import DEFAULT_MAX_BYTES
from summitry.readers.htmlpage import PARAGRAPH_SEPARATOR, read_html
from summitry.readers.markup import html_line, html_paragraphs, plain_paragraphs
from summitry.readers.problems import ReadProblem
from summitry.readers.records import safe_id, text_id, valid_date
from summitry.readers.web import (
    DEFAULT_TIMEOUT,
    WEB_SCHEMES,
    decode_response,
    fetch,
)
from summitry.types import Article

logger = logging.getLogger(__name__)

DATE_FIELDS: tuple[str, ...] = ("published", "updated", "created")
HTML_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_ENTRY_KEYS = ("id", "link", "title", "summary", "content")
_ISO_DAY = re.compile(r"\s*(\d{4}-\d{2}-\d{2})")

Entry = Mapping[str, Any]


def read_feed(data: bytes | str, *, source: str, date: str | None = None,
              fetch_links: bool = False, timeout: float = DEFAULT_TIMEOUT,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | ReadProblem]:
    """Yield one Article per feed entry, or a ReadProblem for an entry without text.

    ``data`` is the feed as bytes (its encoding read from the XML declaration) or as
    decoded text. A feed that cannot be parsed, is not a feed, or has no entries is
    one ReadProblem for the whole input. ``date`` is the default for undated entries;
    ``timeout`` and ``max_bytes`` bound each linked page when ``fetch_links`` is set.
    """
    try:
        entries = parse_entries(data, source=source)
    except InputError as err:
        yield ReadProblem(source, err.line, err)
        return
    for number, entry in enumerate(entries, start=1):
        try:
            yield entry_article(entry, source=source, number=number, date=date,
                                fetch_links=fetch_links, timeout=timeout, max_bytes=max_bytes)
        except InputError as err:
            yield ReadProblem(source, None, err)


def parse_entries(data: bytes | str, *, source: str) -> list[Entry]:
    """The entries of a feed; FormatError if it is not a readable feed, EmptyInputError
    if it has no entries. A feed that is not well-formed but yields entries is read
    leniently, with a warning."""
    headers: dict[str, str] = {}
    skipped = 0  # blank lines dropped before the document
    if isinstance(data, str):
        stripped = data.lstrip("\ufeff \t\r\n")
        skipped = data[:len(data) - len(stripped)].count("\n")
        data = stripped.encode("utf-8")
        headers["content-type"] = "application/xml; charset=utf-8"
    # feedparser puts a declaration, on a line of its own, before a document without one
    added = 0 if data.startswith((b"<?xml", codecs.BOM_UTF8 + b"<?xml")) else 1
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except Exception as err:  # noqa: BLE001 - the lenient sgmllib parser raises many kinds
        raise FormatError(f"cannot parse the feed: {err}", path=source) from err
    entries = [e for e in parsed.entries if any(e.get(key) for key in _ENTRY_KEYS)]
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not entries:
        if problem is not None:
            line = _error_line(problem, offset=skipped - added)
            message = getattr(problem, "getMessage", lambda: str(problem))()
            raise FormatError(f"not a readable RSS or Atom feed: {message}", path=source,
                              line=line)
        if not parsed.get("version"):
            raise FormatError("not an RSS or Atom feed", path=source)
        raise EmptyInputError("the feed has no entries", path=source)
    if problem is not None:
        logger.warning("%s: feed is not well-formed (%s); read leniently", source, problem)
    return entries


def entry_article(entry: Entry, *, source: str, number: int, date: str | None = None,
                  fetch_links: bool = False, timeout: float = DEFAULT_TIMEOUT,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """The Article of the ``number``-th entry of the feed ``source``.

    EmptyInputError (naming the feed and the entry) when it has no text.
    """
    link = entry_link(entry, base=source)
    title = entry_title(entry)
    raw_id = str(entry.get("id") or "").strip() or link
    feed_date = entry_date(entry)
    paragraphs = entry_paragraphs(entry)
    if len(paragraphs) > 1 and title is not None and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    label = _entry_label(number, raw_id, title)
    if fetch_links and link is not None:
        page = _linked_article(link, source=source, label=label, timeout=timeout,
                               max_bytes=max_bytes)
        if page is not None:
            return replace(page, id=safe_id(raw_id) if raw_id else page.id,
                           title=title or page.title, date=feed_date or page.date or date,
                           source=link)
    if not paragraphs:
        raise EmptyInputError(f"{label} has no text (no content and no summary)",
                              path=source)
    body = PARAGRAPH_SEPARATOR.join(paragraphs)
    return Article(
        text=body,
        id=safe_id(raw_id) if raw_id else text_id(body),
        title=title,
        date=feed_date or date,
        source=link or source,
    )


def entry_paragraphs(entry: Entry) -> list[str]:
    """Plain paragraphs of the entry's full content, or else of its summary."""
    details: list[Mapping[str, Any]] = list(entry.get("content") or [])
    summary = entry.get("summary_detail") or (
        {"type": "text/html", "value": entry["summary"]} if entry.get("summary") else None)
    if summary:
        details.append(summary)
    for detail in details:
        paragraphs = _detail_paragraphs(detail)
        if paragraphs:
            return paragraphs
    return []


def entry_title(entry: Entry) -> str | None:
    """The entry's title as one line of plain text (None when it has none)."""
    detail = entry.get("title_detail") or {}
    value = str(entry.get("title") or "")
    if "html" in str(detail.get("type", "text/html")):
        value = html_line(value)
    return " ".join(value.split()) or None


def entry_link(entry: Entry, *, base: str | None = None) -> str | None:
    """The entry's web (http or https) link, if it has one; a relative link is resolved
    against ``base`` when that is the web URL the feed came from."""
    # a link copied from the guid (``guidislink``) counts only when it is a full URL
    candidates = [(entry.get("link"), not entry.get("guidislink"))]
    candidates += [(link.get("href"), True) for link in entry.get("links") or []
                   if link.get("rel", "alternate") == "alternate"]
    web_base = base if base is not None and _is_web_url(base) else None
    for candidate, relative_ok in candidates:
        if not isinstance(candidate, str) or not candidate.strip():
            continue
        link = candidate.strip()
        if web_base is not None and relative_ok and not _scheme(link):
            try:
                link = urljoin(web_base, link)
            except ValueError:
                continue
        if _is_web_url(link):
            return link
    return None


def _scheme(value: str) -> str | None:
    """The URL scheme of ``value`` in lower case ("" for none, None if it is no URL)."""
    try:
        return urlsplit(value).scheme.lower()
    except ValueError:
        return None


def _is_web_url(value: str) -> bool:
    return _scheme(value) in WEB_SCHEMES


def entry_date(entry: Entry) -> str | None:
    """The entry's date (YYYY-MM-DD): published, else updated, else created."""
    for name in DATE_FIELDS:
        raw = entry.get(name)
        day = local_date(raw) if isinstance(raw, str) else None
        if day is not None:
            return day
        parsed = entry.get(f"{name}_parsed")
        if parsed:
            logger.debug("date %r read in UTC", raw)
            return time.strftime("%Y-%m-%d", parsed)
    return None


def local_date(raw: str) -> str | None:
    """The calendar date as written in a feed date (ISO 8601 / W3CDTF or RFC 822).

    The date is the one of the string's own offset: ``Wed, 18 Jun 2025 08:15:00 +0900``
    is 2025-06-18 (in UTC it is still the 17th).
    """
    match = _ISO_DAY.match(raw)
    if match:
        day: str | None = match.group(1)
    else:
        parts = email.utils.parsedate_tz(raw)
        day = f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}" if parts else None
    return day if valid_date(day) else None


def _detail_paragraphs(detail: Mapping[str, Any]) -> list[str]:
    value = str(detail.get("value") or "")
    if "html" in str(detail.get("type") or "text/html"):
        return html_paragraphs(value)
    return plain_paragraphs(value)


def _linked_article(link: str, *, source: str, label: str, timeout: float,
                    max_bytes: int) -> Article | None:
    """The main text of the page at ``link``, or None (with a warning) if it fails."""
    try:
        response = fetch(link, timeout=timeout, max_bytes=max_bytes, schemes=WEB_SCHEMES)
        if response.media_type is not None and response.media_type not in HTML_PAGE_TYPES:
            raise FormatError(f"the linked page is {response.media_type}, not HTML", path=link)
        return read_html(decode_response(response), source=link, article_id=None)
    except InputError as err:
        logger.warning("%s: %s: cannot use the linked page (%s); keeping the feed text",
                       source, label, err)
        return None


def _entry_label(number: int, raw_id: str | None, title: str | None) -> str:
    """How messages name an entry: ``entry 2 (tag:x,2025:1) "Title"``."""
    label = f"entry {number}"
    if raw_id:
        label += f" ({raw_id})"
    if title:
        label += f' "{title[:80]}"'
    return label


def _error_line(problem: object, *, offset: int) -> int | None:
    """The line of a parse error in the input, when the parser tells it."""
    get_line = getattr(problem, "getLineNumber", None)
    try:
        line = int(get_line()) if callable(get_line) else None
    except (TypeError, ValueError):
        return None
    return max(1, line + offset) if line is not None else None
