"""Coded articles as Parquet partitions by date, and loading them into a store.

Layout (Hive-style, readable by DuckDB, Spark, pandas and ``pyarrow.dataset``)::

    DIR/date=2025-03-14/part-<hash>.parquet
    DIR/date=unknown/part-<hash>.parquet     articles without a date

One row per article: its content key, the article fields, counts, the coder version,
and ``document``: the JSON document contract with the text. A file is named by a
hash of the keys it holds, and written to a temporary name then renamed, so a
retried partition replaces its earlier file instead of adding a second copy, and a
reader never sees half a file. ``load_parquet`` stores the files idempotently (the
content keys again), so loading twice, or loading files that overlap, is harmless.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..store import IngestReport, Skipped, Store
from ..store.ingest import add_result
from ..types import Document
from .records import document_from_dict

logger = logging.getLogger(__name__)

UNKNOWN_DATE = "unknown"
PATTERN = "date=*/part-*.parquet"


def _schema() -> Any:
    import pyarrow as pa

    return pa.schema([
        ("key", pa.string()), ("id", pa.string()), ("title", pa.string()),
        ("date", pa.string()), ("source", pa.string()), ("programme", pa.string()),
        ("n_events", pa.int32()), ("n_meetings", pa.int32()), ("n_quotes", pa.int32()),
        ("coder_version", pa.string()), ("document", pa.string()),
    ])


def partition_name(keys: Iterable[str]) -> str:
    """The file name for a set of articles: the same articles give the same name."""
    digest = hashlib.sha256("\n".join(sorted(keys)).encode("ascii")).hexdigest()
    return f"part-{digest[:24]}.parquet"


def write_partition(pairs: list[tuple[Document, str]], directory: str | os.PathLike[str],
                    *, coder_version: str) -> list[str]:
    """Write coded articles (with their keys) under ``directory``, one file per date."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    groups: dict[str, list[tuple[Document, str]]] = defaultdict(list)
    for doc, key in pairs:
        groups[doc.date or UNKNOWN_DATE].append((doc, key))
    written: list[str] = []
    for date, group in sorted(groups.items()):
        folder = Path(directory) / f"date={date}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / partition_name(k for _, k in group)
        rows = {name: [] for name in _schema().names}
        for doc, key in group:
            for name, value in (("key", key), ("id", doc.id), ("title", doc.title),
                                ("date", doc.date), ("source", doc.source),
                                ("programme", doc.programme),
                                ("n_events", len(doc.events)),
                                ("n_meetings", len(doc.meetings)),
                                ("n_quotes", len(doc.quotes)),
                                ("coder_version", coder_version),
                                ("document", json.dumps(doc.to_dict(include_text=True),
                                                        ensure_ascii=False))):
                rows[name].append(value)
        tmp = folder / f".{path.name}.{os.getpid()}.tmp"
        pq.write_table(pa.table(rows, schema=_schema()), tmp, compression="zstd")
        os.replace(tmp, path)
        written.append(str(path))
    return written


def parquet_files(directory: str | os.PathLike[str]) -> list[Path]:
    """The partition files under ``directory``, in date order."""
    return sorted(Path(directory).glob(PATTERN))


def load_parquet(store: Store, directory: str | os.PathLike[str], *,
                 settings: Any = None,
                 progress: Callable[[int, int | None], None] | None = None) -> IngestReport:
    """Store the articles of the Parquet partitions under ``directory``; known keys are
    skipped, so this is idempotent and resumable."""
    import time

    import pyarrow.parquet as pq

    from ..actors.kb import KnowledgeBase
    from ..config import Settings

    started = time.perf_counter()
    if not Path(directory).is_dir():
        raise InputError("no such folder", path=str(directory))
    files = parquet_files(directory)
    if not files:
        raise InputError(f"no Parquet partitions ({PATTERN}) in this folder",
                         path=str(directory))
    settings = settings or Settings.load()
    store.sync_actors(KnowledgeBase.load(settings.actor_files))
    report = IngestReport()
    seen: set[str] = set()
    for path in files:
        try:
            table = pq.read_table(path, columns=["key", "document"])
        except (OSError, ValueError) as exc:  # pyarrow errors derive from these
            report.skipped.append(Skipped(str(path), f"unreadable Parquet file: {exc}"))
            continue
        keys = table.column("key").to_pylist()
        texts = table.column("document").to_pylist()
        report.read += len(keys)
        known = store.known_keys(keys)
        for row, (key, text) in enumerate(zip(keys, texts)):
            if key in known or key in seen:
                report.duplicates += 1
                continue
            seen.add(key)
            try:
                doc = document_from_dict(json.loads(text))
            except (ValueError, InputError) as exc:
                report.skipped.append(Skipped(f"{path}:{row}", str(exc)))
                continue
            add_result(report, store.add(doc, key=key))
        if progress:
            progress(report.read, None)
    report.seconds = time.perf_counter() - started
    return report
