"""The pipeline over Dask collections: a bag of articles in, a bag of documents out.

    >>> import dask.bag as db
    >>> from summitry.scale import articles_bag, code_bag, event_records
    >>> docs = code_bag(articles_bag(["news/*.jsonl"], partition_size=32))
    >>> docs.count().compute()
    >>> events = event_records(docs)            # flat dicts, one per event
    >>> events.to_dataframe()                   # needs pandas (dask[dataframe])

Each partition is coded on one worker with that worker's pipeline, built once per
process (``PipelinePlugin``, or on first use). Run it on a ``distributed.Client``
to use a cluster; without one Dask's local scheduler is used.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..config import Settings
from ..readers import ReadProblem, read_paths
from ..store import content_key
from ..types import Document
from .tasks import code_partition


def articles_bag(inputs: Iterable[str], *, partition_size: int = 32, fmt: str | None = None,
                 date: str | None = None, settings: Settings | None = None) -> Any:
    """A bag of the ``Article`` records in ``inputs`` (read here; bad inputs are left out)."""
    import dask.bag as db

    settings = settings or Settings.load()
    articles = [a for a in read_paths(list(inputs), fmt=fmt, date=date,
                                      max_bytes=settings.max_bytes)
                if not isinstance(a, ReadProblem)]
    return db.from_sequence(articles, partition_size=max(1, partition_size))


def code_bag(bag: Any, settings: Settings | None = None, *,
             keep_failures: bool = False) -> Any:
    """A bag of ``Document`` coded from a bag of ``Article`` (or of plain texts).

    An article that cannot be coded is logged on its worker and left out; with
    ``keep_failures=True`` it comes out as a ``summitry.pipeline.Failure`` instead.
    """
    settings = settings or Settings.load()
    return bag.map_partitions(code_partition, settings, keep_failures=keep_failures)


def _is_document(item: object) -> bool:
    return isinstance(item, Document)


def document_record(doc: Document) -> dict[str, Any]:
    """One flat row per document: key, fields, counts and the JSON document."""
    return {"key": content_key(doc.text), "id": doc.id, "title": doc.title, "date": doc.date,
            "source": doc.source, "programme": doc.programme, "n_events": len(doc.events),
            "n_meetings": len(doc.meetings), "n_quotes": len(doc.quotes),
            "document": json.dumps(doc.to_dict(include_text=True), ensure_ascii=False)}


def _events(doc: Document) -> list[dict[str, Any]]:
    rows = []
    for event in doc.events:
        rows.append({
            "article": doc.id, "article_date": doc.date, "event": event.id,
            "date": event.date or doc.date, "source_actor": event.source.actor,
            "source_country": event.source.country,
            "target_actor": event.target.actor if event.target else None,
            "target_country": event.target.country if event.target else None,
            "cameo": event.cameo, "cameo_root": event.cameo_root,
            "quad_class": event.quad_class, "goldstein": event.goldstein,
            "plover": event.plover.type, "modality": event.modality,
            "country": event.location.country, "place": event.location.place,
            "confidence": event.confidence, "evidence": event.evidence.text})
    return rows


def document_records(docs: Any) -> Any:
    """A bag of flat document rows (``document_record``), ready for ``to_dataframe()``."""
    return docs.filter(_is_document).map(document_record)


def event_records(docs: Any) -> Any:
    """A bag of flat event rows (one per coded event), ready for ``to_dataframe()``."""
    return docs.filter(_is_document).map(_events).flatten()
