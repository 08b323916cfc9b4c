"""Render Documents: JSON, JSONL, CSV and a readable terminal summary."""

from .formats import FORMATS, document_json, events_csv_header, events_csv_rows
from .table import render_document

__all__ = ["FORMATS", "document_json", "events_csv_header", "events_csv_rows", "render_document"]
