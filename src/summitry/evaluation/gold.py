"""Load gold files: the project's JSONL format and the document contract.

Two formats are read, both one document per record:

* the project format of ``eval/gold/*.jsonl``: ``{"id", "date", "title"?, "text"?,
  "events": [{"source", "source_sector", "target", "target_sector", "cameo",
  "symmetric", "modality", "date", "location", "evidence": {"start", "end"}}]}``.
  A record without ``text`` takes it from a stories file (``id`` → ``text``, the
  ``stories.jsonl`` of the ngec-voa benchmark); its date stays the record's own.
* the document contract, as ``summitry code --format json|jsonl --text`` writes it:
  ``source`` and ``target`` are objects with a ``country``, ``location`` an object.

A ``.json`` file holds one document or a list of them; any other file is read as JSON
lines. Every problem is a ``DataError`` naming the file and line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Mapping

from ..errors import DataError
from ..readers.records import valid_date
from .metrics import ScoredEvent

MODALITIES = {"asserted", "agreed", "planned", "hoped", "refused", "negated"}
_CAMEO = re.compile(r"\d{2,4}")


@dataclass(frozen=True)
class GoldDocument:
    """One gold article: its text and date (what the coder is given) and its events."""

    id: str
    text: str
    date: str | None
    title: str | None
    events: tuple[ScoredEvent, ...]
    path: str = ""
    line: int | None = None


def load_gold(path: str | Path, *, stories: str | Path | Mapping[str, str] | None = None
              ) -> list[GoldDocument]:
    """Read a gold file. ``stories`` supplies texts for records that have none."""
    path = Path(path)
    texts: Mapping[str, str] | None = stories if isinstance(stories, Mapping) else None
    documents: list[GoldDocument] = []
    seen: dict[str, int | None] = {}
    for line, record in _records(path):
        if not isinstance(record, dict):
            raise DataError("a gold record must be a JSON object", path=str(path), line=line)
        if "text" not in record and texts is None and stories is not None:
            texts = load_stories(stories)  # type: ignore[arg-type]
        document = _document(record, path, line, texts)
        if document.id in seen:
            raise DataError(f"id {document.id!r} repeats the record of line {seen[document.id]}",
                            path=str(path), line=line, field="id")
        seen[document.id] = line
        documents.append(document)
    return documents


def load_stories(path: str | Path) -> dict[str, str]:
    """``id`` → ``text`` from a JSONL file of stories."""
    path = Path(path)
    out: dict[str, str] = {}
    for line, record in _records(path, jsonl=True):
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) \
                or "id" not in record:
            raise DataError("a story needs an 'id' and a string 'text'", path=str(path), line=line)
        out[str(record["id"])] = record["text"]
    return out


def _records(path: Path, *, jsonl: bool | None = None) -> Iterator[tuple[int | None, Any]]:
    """``(line, value)`` for each record of a JSON or JSONL file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataError("no such gold file", path=str(path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read: {exc}", path=str(path)) from exc
    if jsonl is None:
        jsonl = path.suffix.lower() != ".json"
    if jsonl:
        yield from jsonl_lines(text, path)
        return
    yield from _json_records(text, path)


def jsonl_lines(text: str, path: Path) -> Iterator[tuple[int, Any]]:
    """``(line, value)`` for each non-blank line of the JSONL ``text`` read from ``path``;
    a line that is not JSON is an error naming it."""
    for number, raw in enumerate(text.splitlines(), 1):
        if raw.strip():
            try:
                yield number, json.loads(raw)
            except json.JSONDecodeError as exc:
                raise DataError(f"not valid JSON: {exc.msg} (column {exc.colno})",
                                path=str(path), line=number) from exc


def _json_records(text: str, path: Path) -> Iterator[tuple[int | None, Any]]:
    """A JSON document, or each item of a JSON array with the line it starts on."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"not valid JSON: {exc.msg} (column {exc.colno})", path=str(path),
                        line=exc.lineno) from exc
    if isinstance(value, dict):
        yield text.count("\n", 0, _skip(text, 0)) + 1, value
        return
    if not isinstance(value, list):
        raise DataError("a JSON gold file holds a document or a list of documents",
                        path=str(path), line=1)
    decoder = json.JSONDecoder()
    position = text.index("[") + 1
    for item in value:
        position = _skip(text, position)
        _, end = decoder.raw_decode(text, position)
        yield text.count("\n", 0, position) + 1, item
        position = _skip(text, end)
        if text[position:position + 1] == ",":
            position += 1


def _skip(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _document(record: dict[str, Any], path: Path, line: int | None,
              texts: Mapping[str, str] | None) -> GoldDocument:
    def fail(message: str, field: str | None = None) -> DataError:
        return DataError(message, path=str(path), line=line, field=field)

    if not isinstance(record.get("id"), (str, int)) or isinstance(record.get("id"), bool):
        raise fail("every gold record needs an id (a string)", "id")
    doc_id = str(record["id"])
    date = record.get("date")
    if date is not None and not valid_date(date):
        raise fail(f"date must be YYYY-MM-DD or null, not {date!r}", "date")
    title = record.get("title")
    if title is not None and not isinstance(title, str):
        raise fail("title must be a string", "title")
    text = record.get("text")
    if text is None:
        if texts is None:
            raise fail(f"record {doc_id!r} has no text and no stories file was given", "text")
        if doc_id not in texts:
            raise fail(f"record {doc_id!r} has no text and its id is not in the stories file",
                       "text")
        text = texts[doc_id]
    if not isinstance(text, str):
        raise fail("text must be a string", "text")
    events = record.get("events")
    if not isinstance(events, list):
        raise fail("events must be a list", "events")
    scored = tuple(_event(e, i, text, fail) for i, e in enumerate(events))
    return GoldDocument(doc_id, text, date, title, scored, str(path), line)


def _event(item: Any, index: int, text: str, fail: Any) -> ScoredEvent:
    where = f"events[{index}]"
    if not isinstance(item, dict):
        raise fail("an event must be an object", where)
    if "source" not in item:
        raise fail("an event needs a source", f"{where}.source")
    source = _country(item.get("source"), f"{where}.source", fail)
    target = _country(item.get("target"), f"{where}.target", fail)
    cameo = item.get("cameo")
    if not isinstance(cameo, str) or not _CAMEO.fullmatch(cameo) or not 1 <= int(cameo[:2]) <= 20:
        raise fail(f"cameo must be a CAMEO code string such as '042', not {cameo!r}",
                   f"{where}.cameo")
    symmetric = item.get("symmetric", False)
    if not isinstance(symmetric, bool):
        raise fail("symmetric must be true or false", f"{where}.symmetric")
    modality = item.get("modality")
    if modality is not None and modality not in MODALITIES:
        raise fail(f"modality must be one of {sorted(MODALITIES)}, not {modality!r}",
                   f"{where}.modality")
    date = item.get("date")
    if date is not None and not valid_date(date):
        raise fail(f"date must be YYYY-MM-DD or null, not {date!r}", f"{where}.date")
    location = _country(item.get("location"), f"{where}.location", fail)
    for key in ("source_sector", "target_sector"):
        if item.get(key) is not None and not isinstance(item[key], str):
            raise fail("a sector must be a string or null", f"{where}.{key}")
    return ScoredEvent(source, target, cameo, symmetric, date, location, modality,
                       _evidence(item.get("evidence"), text, where, fail))


def _country(value: Any, where: str, fail: Any) -> str | None:
    """A country code given as a string, or as an object with a ``country``."""
    if isinstance(value, dict):
        value = value.get("country")
    if value is None or (isinstance(value, str) and value):
        return value
    raise fail(f"expected a country code or null, not {value!r}", where)


def _evidence(value: Any, text: str, where: str, fail: Any) -> str:
    if value is None:
        return ""
    start, end = (value.get("start"), value.get("end")) if isinstance(value, dict) else (0, -1)
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        raise fail(f"evidence must be {{start, end}} offsets into the text "
                   f"(0..{len(text)}), not {value!r}", f"{where}.evidence")
    return text[start:end]


