"""HTML pages: main text and metadata extracted with trafilatura."""

from __future__ import annotations

import logging

import trafilatura

from summitry.errors import EmptyInputError, InputError
from summitry.readers.records import text_id, valid_date
from summitry.types import Article

logger = logging.getLogger(__name__)

PARAGRAPH_SEPARATOR = "\n\n"
# Only dates the page states (meta tags, markup), no guessing from links or footers.
DATE_CONFIG = {"original_date": True, "extensive_search": False}


def read_html(html: str, *, source: str, article_id: str | None,
              date: str | None = None) -> Article:
    """One Article from an HTML page; EmptyInputError when there is no main text.

    The text is trafilatura's plain-text extraction (comments left out) with its
    lines as paragraphs separated by a blank line; a first paragraph equal to the
    title is dropped. ``title``, ``date`` and the canonical ``url`` (→ ``source``)
    come from the page's metadata; ``date`` is the fallback when the page has none.
    """
    try:
        extracted = trafilatura.extract(html, output_format="txt", include_comments=False)
        metadata = trafilatura.extract_metadata(html, date_config=dict(DATE_CONFIG))
    except Exception as err:  # noqa: BLE001 - lxml and trafilatura raise many kinds
        raise InputError(f"cannot parse HTML: {err}", path=source) from err

    title = ((metadata.title or "").strip() or None) if metadata is not None else None
    paragraphs = [" ".join(line.split()) for line in (extracted or "").split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and title is not None and paragraphs[0] == " ".join(title.split()):
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise EmptyInputError("no main text could be extracted from the HTML page",
                              path=source)
    body = PARAGRAPH_SEPARATOR.join(paragraphs)

    page_date = metadata.date if metadata is not None else None
    if page_date and not valid_date(page_date):
        logger.debug("%s: ignoring page date %r (not YYYY-MM-DD)", source, page_date)
        page_date = None
    url = metadata.url if metadata is not None else None
    return Article(
        text=body,
        id=article_id if article_id is not None else text_id(body),
        title=title,
        date=page_date or date,
        source=url or source,
    )
