"""Route an input (a path, "-", a URL or a string) to the reader of its format and turn
errors into ReadProblems."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from summitry.errors import EmptyInputError, InputError
from summitry.readers.csvfile import read_csv
from summitry.readers.detect import check_format, detect_format, detect_remote_format
from summitry.readers.feed import read_feed
from summitry.readers.files import (
    DEFAULT_MAX_BYTES,
    STDIN,
    STDIN_SOURCE,
    check_encoding,
    decode,
    expand_paths,
    read_bytes,
    read_stream,
)
from summitry.readers.htmlpage import read_html
from summitry.readers.jsonl import read_jsonl
from summitry.readers.problems import ReadProblem
from summitry.readers.records import check_date_argument
from summitry.readers.text import read_text_article
from summitry.readers.transcript import read_transcript
from summitry.readers.web import decode_response, fetch, is_url, url_stem
from summitry.types import Article

logger = logging.getLogger(__name__)

TEXT_SOURCE = "<text>"
SNIFF_CHARS = 8192

Item = Article | ReadProblem


def read_content(text: str, *, fmt: str | None, source: str, name: str,
                 stem: str | None, date: str | None, fetch_links: bool = False,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Read decoded ``text`` in format ``fmt`` (detected from ``name`` and content if None).

    ``stem`` is the file stem used for ids (None for stdin and strings: ids are then
    short SHA-1s of the text); ``date`` is the default date where the input has none.
    ``fetch_links`` and ``max_bytes`` apply to the pages that feed entries link to.
    """
    fmt = fmt or detect_format(name, text[:SNIFF_CHARS])
    logger.debug("%s: reading as %s", source, fmt)
    try:
        if fmt == "jsonl":
            yield from read_jsonl(text, source=source, stem=stem, date=date)
        elif fmt == "csv":
            yield from read_csv(text, source=source, stem=stem, date=date)
        elif fmt == "transcript":
            yield read_transcript(text, source=source, article_id=stem)
        elif fmt == "html":
            yield read_html(text, source=source, article_id=stem, date=date)
        elif fmt == "feed":
            yield from read_feed(text, source=source, date=date, fetch_links=fetch_links,
                                 max_bytes=max_bytes)
        else:
            yield read_text_article(text, source=source, article_id=stem, date=date)
    except InputError as err:
        yield ReadProblem(source, err.line, err)


def read_file(path: str, *, fmt: str | None, date: str | None, encoding: str | None,
              max_bytes: int, fetch_links: bool = False) -> Iterator[Item]:
    """Read one file, or stdin for "-"; file-level errors become one ReadProblem."""
    is_stdin = path == STDIN
    source = STDIN_SOURCE if is_stdin else path
    try:
        data = _read_stdin(max_bytes) if is_stdin else read_bytes(path, max_bytes=max_bytes)
        text = decode(data, source=source, encoding=encoding)
    except InputError as err:
        yield ReadProblem(source, err.line, err)
        return
    stem = None if is_stdin else Path(path).stem
    yield from read_content(text, fmt=fmt, source=source, name=path, stem=stem, date=date,
                            fetch_links=fetch_links, max_bytes=max_bytes)


def read_url(url: str, *, fmt: str | None, date: str | None, encoding: str | None,
             max_bytes: int, fetch_links: bool = False) -> Iterator[Item]:
    """Download and read one URL; a failed download becomes one ReadProblem naming it.

    The format is ``fmt`` if given, else detected from the content and the
    Content-Type (see ``detect.detect_remote_format``). Ids use the URL (file URLs:
    the file stem), made filesystem-safe.
    """
    try:
        response = fetch(url, max_bytes=max_bytes)
        text = decode_response(response, encoding=encoding)
    except InputError as err:
        yield ReadProblem(url, err.line, err)
        return
    fmt = fmt or detect_remote_format(response.final_url, response.media_type,
                                      text[:SNIFF_CHARS])
    yield from read_content(text, fmt=fmt, source=url, name=url, stem=url_stem(url), date=date,
                            fetch_links=fetch_links, max_bytes=max_bytes)


def _read_stdin(max_bytes: int) -> bytes:
    """The bytes of standard input (text-only streams, as in some test runners, are encoded)."""
    stream = sys.stdin
    if stream is None:
        raise InputError("standard input is closed", path=STDIN_SOURCE)
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return read_stream(buffer, max_bytes=max_bytes)
    return stream.read().encode("utf-8")


def read_path(path: str | os.PathLike[str], *, fmt: str | None = None, date: str | None = None,
              encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
              fetch_links: bool = False) -> Iterator[Item]:
    """Read one file or URL ("-" for stdin; a directory is walked as in ``read_paths``).

    Yields Articles, and a ReadProblem for each bad file or record. Bad options
    (unknown ``fmt`` or ``encoding``, a ``date`` not YYYY-MM-DD) raise at once.
    """
    return read_paths([os.fspath(path)], fmt=fmt, date=date, encoding=encoding,
                      max_bytes=max_bytes, fetch_links=fetch_links)


def read_paths(paths: Iterable[str | os.PathLike[str]], *, fmt: str | None = None,
               date: str | None = None, encoding: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES,
               fetch_links: bool = False) -> Iterator[Item]:
    """Read many inputs: files, directories (recursively, files sorted), globs, "-" and
    http://, https:// or file:// URLs (downloaded with the same ``max_bytes`` limit).

    A missing path, a glob that matches nothing or a URL that cannot be downloaded is
    a ReadProblem; reading goes on. Bad options raise at once, before anything is
    read. ``fetch_links`` reads the page each feed entry links to instead of the
    feed's own text (falling back to it when the download fails).
    """
    fmt = check_format(fmt)
    date = check_date_argument(date)
    encoding = check_encoding(encoding)
    if max_bytes < 1:
        raise InputError(f"max_bytes must be positive, got {max_bytes}", field="max_bytes")
    items = [paths] if isinstance(paths, (str, os.PathLike)) else paths
    return _read_all((os.fspath(p) for p in items), fmt=fmt, date=date, encoding=encoding,
                     max_bytes=max_bytes, fetch_links=fetch_links)


def _read_all(paths: Iterable[str], *, fmt: str | None, date: str | None,
              encoding: str | None, max_bytes: int, fetch_links: bool) -> Iterator[Item]:
    for path in paths:
        if is_url(path):
            yield from read_url(path, fmt=fmt, date=date, encoding=encoding,
                                max_bytes=max_bytes, fetch_links=fetch_links)
            continue
        for entry in expand_paths([path]):
            if isinstance(entry, InputError):
                yield ReadProblem(entry.path or "", None, entry)
                continue
            yield from read_file(entry, fmt=fmt, date=date, encoding=encoding,
                                 max_bytes=max_bytes, fetch_links=fetch_links)


def read_text(text: str, *, fmt: str | None = None, date: str | None = None,
              source: str | None = None, fetch_links: bool = False) -> Iterator[Item]:
    """Read articles from a string (ids are short SHA-1s of the text; feed entries keep
    the ids of their guids or links).

    ``source`` (a path or url) becomes the articles' ``source`` and, when it has an
    extension, helps detect the format. ``fetch_links`` is as in ``read_paths``.
    """
    fmt = check_format(fmt)
    date = check_date_argument(date)
    if not isinstance(text, str):
        raise InputError(f"text must be a str, got {type(text).__name__}", path=source)
    return _read_string(text, fmt=fmt, date=date, source=source, fetch_links=fetch_links)


def _read_string(text: str, *, fmt: str | None, date: str | None,
                 source: str | None, fetch_links: bool) -> Iterator[Item]:
    label = source or TEXT_SOURCE
    clean = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not clean.strip():
        yield ReadProblem(label, None, EmptyInputError("input is empty", path=label))
        return
    for item in read_content(clean, fmt=fmt, source=label, name=source or STDIN,
                             stem=None, date=date, fetch_links=fetch_links):
        if isinstance(item, Article) and source is None and item.source == TEXT_SOURCE:
            yield replace(item, source=None)
        else:
            yield item
