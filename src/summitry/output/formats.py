"""Machine-readable renderings of a Document."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..types import Document

FORMATS = ("table", "json", "jsonl", "csv")

CSV_COLUMNS = (
    "article_id", "article_date", "event_id", "source_actor", "source_country", "source_sector",
    "source_text", "target_actor", "target_country", "target_sector", "target_text", "cameo",
    "cameo_root", "quad_class", "goldstein", "plover_type", "plover_mode", "symmetric",
    "modality", "date", "date_precision", "location_country", "location_place", "confidence",
    "rule", "evidence", "evidence_start", "evidence_end")


def document_json(document: Document, *, indent: int | None = None,
                  include_text: bool = False) -> str:
    """One Document as JSON text, following the document contract."""
    return json.dumps(document.to_dict(include_text=include_text), ensure_ascii=False,
                      indent=indent)


def events_csv_header() -> str:
    return _csv_line(CSV_COLUMNS)


def events_csv_rows(document: Document) -> str:
    """All events of a document as CSV lines (one string, written at once)."""
    out = []
    for e in document.events:
        t = e.target
        row: tuple[Any, ...] = (
            document.id, document.date, e.id, e.source.actor, e.source.country, e.source.sector,
            e.source.text, t.actor if t else "", t.country if t else "", t.sector if t else "",
            t.text if t else "", e.cameo, e.cameo_root, e.quad_class, e.goldstein,
            e.plover.type or "", e.plover.mode or "", str(e.symmetric).lower(), e.modality,
            e.date or "",
            e.date_precision or "", e.location.country or "", e.location.place or "",
            e.confidence, e.rule, e.evidence.text, e.evidence.start, e.evidence.end)
        out.append(_csv_line(row))
    return "".join(out)


def _csv_line(values: tuple[Any, ...]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(["" if v is None else v for v in values])
    return buf.getvalue()
