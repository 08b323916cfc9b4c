"""Poll feeds on a schedule and ingest what is new (``summitry watch``)."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import select

from ..errors import ConfigError
from . import schema as s
from .ingest import IngestReport, ingest
from .store import Store
from .writer import now_utc

logger = logging.getLogger(__name__)

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in "90", "30s", "10m", "1h" or "1d"."""
    match = _INTERVAL.match(str(text))
    if not match or float(match.group(1)) <= 0:
        raise ConfigError(f"{text!r} is not an interval such as 30s, 10m or 1h", field="every")
    return float(match.group(1)) * _UNIT[match.group(2)]


def record_poll(store: Store, url: str, report: IngestReport) -> None:
    """Remember when a feed was polled, what came of it and how much it added."""
    status = f"{report.stored} new, {report.duplicates} known, {len(report.skipped)} skipped"
    if report.skipped and not report.read:
        status = "error: " + report.skipped[0].reason
    f = s.feeds.c
    with store.write() as conn:
        row = conn.execute(select(f.articles_added).where(f.url == url)).first()
        values = {"last_polled": now_utc(), "last_status": status[:500]}
        if row is None:
            conn.execute(s.feeds.insert().values(url=url, articles_added=report.stored, **values))
        else:
            conn.execute(s.feeds.update().where(f.url == url).values(
                articles_added=row[0] + report.stored, **values))


def watch(store: Store, feeds: Sequence[str], *, every: float, polls: int | None = None,
          sleep: Callable[[float], None] = time.sleep,
          on_poll: Callable[[str, IngestReport], None] | None = None,
          **ingest_options: Any) -> int:
    """Poll each feed every ``every`` seconds (``polls`` times, or for ever) and ingest.

    Articles already stored are recognised by their content hash, so each poll
    stores only what is new. A feed that fails is reported and polled again next
    time. Returns the number of articles stored.
    """
    if not feeds:
        raise ConfigError("give at least one feed", field="feeds")
    stored = 0
    done = 0
    while polls is None or done < polls:
        started = time.monotonic()
        for url in feeds:
            report = ingest(store, [url], **ingest_options)
            record_poll(store, url, report)
            stored += report.stored
            if on_poll:
                on_poll(url, report)
        done += 1
        if polls is not None and done >= polls:
            break
        sleep(max(0.0, every - (time.monotonic() - started)))
    return stored
