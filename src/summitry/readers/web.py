"""Downloads: the one place that opens URLs (urllib, a timeout, a size limit, a User-Agent).

``fetch`` returns the bytes and headers of one URL or raises an ``InputError`` naming
the URL: a bad or unsupported URL, a network error, an HTTP error status, a timeout
(the whole download, not each read, must fit in ``timeout`` seconds) or a body over
``max_bytes``. Proxies from the environment are honoured, as urllib does.
"""

from __future__ import annotations

import logging
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from http.client import HTTPException
from pathlib import PurePath
from typing import BinaryIO
from urllib.parse import urlsplit

from summitry.errors import EncodingError, InputError, InputTooLargeError
from summitry.readers.files import DEFAULT_MAX_BYTES, decode
from summitry.readers.records import safe_id

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0  # seconds, for the whole download
URL_SCHEMES: tuple[str, ...] = ("http", "https", "file")  # inputs named on the command line
WEB_SCHEMES: tuple[str, ...] = ("http", "https")  # links found inside documents
CHUNK_BYTES = 64 * 1024


@dataclass(frozen=True)
class Response:
    """One downloaded resource."""

    url: str  # as asked for
    final_url: str  # after redirects
    status: int | None  # None for file:// URLs
    media_type: str | None  # lower case, without parameters ("text/html")
    charset: str | None
    data: bytes


def is_url(value: str) -> bool:
    """Whether ``value`` is an input URL (http, https or file) rather than a path."""
    return value.lower().startswith(tuple(f"{scheme}://" for scheme in URL_SCHEMES))


def url_stem(url: str) -> str:
    """The stem that ids of articles read from ``url`` are built on: the file stem for
    file URLs (as for paths), else the whole URL made filesystem-safe."""
    parts = urlsplit(url)
    if parts.scheme.lower() == "file":
        return PurePath(urllib.request.url2pathname(parts.path)).stem
    return safe_id(url)


def user_agent() -> str:
    """The User-Agent header sent with every request."""
    from summitry import __version__

    return f"summitry/{__version__} (diplomacy news reader; Python urllib)"


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES,
          schemes: tuple[str, ...] = URL_SCHEMES) -> Response:
    """Download ``url``; InputError (naming the URL) when it cannot be had whole.

    Only URLs whose scheme is in ``schemes`` are opened; redirects are followed (to
    http and https only, as urllib does).
    """
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError as err:
        raise InputError(f"bad URL: {err}", path=url) from err
    if scheme not in schemes:
        raise InputError(f"cannot fetch {scheme or 'relative'} URLs "
                         f"(only {', '.join(schemes)})", path=url)
    request = urllib.request.Request(url, headers={"User-Agent": user_agent(), "Accept": "*/*"})
    opener = urllib.request.build_opener()
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as reply:
            headers: Message = reply.headers
            _check_length(headers, url=url, max_bytes=max_bytes)
            data = _read_body(reply, url=url, max_bytes=max_bytes, deadline=deadline)
            status = reply.status if scheme in WEB_SCHEMES else None
            final_url = reply.url or url
    except urllib.error.HTTPError as err:
        err.close()
        raise InputError(f"HTTP error {err.code} {err.reason}", path=url) from err
    except urllib.error.URLError as err:
        raise InputError(f"cannot fetch: {_reason(err.reason, timeout)}", path=url) from err
    except (OSError, HTTPException) as err:
        raise InputError(f"cannot fetch: {_reason(err, timeout)}", path=url) from err
    except ValueError as err:  # malformed URL, bad port
        raise InputError(f"bad URL: {err}", path=url) from err
    media_type = headers.get_content_type().lower() if headers.get("Content-Type") else None
    charset = headers.get_content_charset()
    logger.debug("%s: %d bytes of %s", url, len(data), media_type or "unknown type")
    return Response(url=url, final_url=final_url, status=status, media_type=media_type,
                    charset=charset, data=data)


def decode_response(response: Response, *, encoding: str | None = None) -> str:
    """The text of ``response``: ``encoding``, else the declared charset, else a guess.

    A declared charset that is unknown or does not fit the bytes is logged and
    ignored (servers often get it wrong); errors are those of ``files.decode``.
    """
    if encoding is None and response.charset is not None:
        try:
            return decode(response.data, source=response.url, encoding=response.charset)
        except EncodingError as err:
            logger.warning("%s: declared charset %r does not fit (%s); guessing",
                           response.url, response.charset, err.message)
    return decode(response.data, source=response.url, encoding=encoding)


def _check_length(headers: Message, *, url: str, max_bytes: int) -> None:
    length = headers.get("Content-Length")
    if length is not None and length.strip().isdigit() and int(length) > max_bytes:
        raise InputTooLargeError(f"response is {int(length):,} bytes, over the limit of "
                                 f"{max_bytes:,}", path=url)


def _read_body(reply: BinaryIO, *, url: str, max_bytes: int,
               deadline: float) -> bytes:
    """At most ``max_bytes`` of the body, read in chunks until ``deadline``."""
    chunks: list[bytes] = []
    size = 0
    while chunk := reply.read(min(CHUNK_BYTES, max_bytes + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise InputTooLargeError(f"response is over the limit of {max_bytes:,} bytes",
                                     path=url)
        if time.monotonic() > deadline:
            raise TimeoutError("the download took too long")
    return b"".join(chunks)


def _reason(reason: object, timeout: float) -> str:
    """A short message for the cause of a failed download."""
    if isinstance(reason, TimeoutError):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__
