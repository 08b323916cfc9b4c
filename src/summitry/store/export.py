"""Exports of stored events: CSV, JSONL, Parquet, a GDELT-style table, PLOVER JSON.

The column mappings of the GDELT and PLOVER formats are documented in
docs/exports.md. Events are read in pages, so exports of millions of rows run in
bounded memory; the output file is written beside its target and renamed into
place only when complete.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from ..errors import QueryError
from . import schema as s
from .query import EVENT_COLUMNS, _event_filters
from .store import Store

EXPORT_FORMATS = ("csv", "jsonl", "parquet", "gdelt", "plover")
PAGE = 5000

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{g}Geo_{c}" for g in ("Actor1", "Actor2", "Action") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
        "FeatureID")],
    "DATEADDED", "SOURCEURL",
)


def iter_events(store: Store, **filters: Any) -> Iterator[dict[str, Any]]:
    """Every event matching ``filters`` (as for ``query.events``), oldest id first,
    each with ``names`` of its actors, ``sources`` (report articles) and evidence."""
    e = s.events.c
    last = 0
    while True:
        with store.read() as conn:
            where = _event_filters(conn, **{k: filters.get(k) for k in (
                "actor", "country", "counterpart", "cameo", "root", "quad", "plover", "since",
                "until", "text", "modality")})
            rows = [dict(r) for r in conn.execute(
                select(*[e[c] for c in EVENT_COLUMNS]).where(e.id > last, *where)
                .order_by(e.id).limit(PAGE)).mappings()]
            if not rows:
                return
            _attach_reports(conn, rows)
        yield from rows
        last = rows[-1]["id"]


def _attach_reports(conn: Any, rows: list[dict[str, Any]]) -> None:
    r, a, act = s.event_reports.c, s.articles.c, s.actors.c
    ids = [row["id"] for row in rows]
    reports: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for rep in conn.execute(select(r.event_id, r.article_id, r.evidence, r.rule, r.confidence,
                                   a.ext_id, a.date, a.source, a.title, a.coded_at)
                            .join(s.articles, a.id == r.article_id)
                            .where(r.event_id.in_(ids)).order_by(r.id)).mappings():
        reports[rep["event_id"]].append(dict(rep))
    actor_ids = {row[k] for row in rows for k in ("source_actor", "target_actor") if row[k]}
    names = dict(conn.execute(select(act.id, act.name).where(act.id.in_(actor_ids))).all())
    for row in rows:
        row["reports"] = reports[row["id"]]
        row["source_name"] = names.get(row["source_actor"])
        row["target_name"] = names.get(row["target_actor"])


def flat(row: dict[str, Any]) -> dict[str, Any]:
    """An event as one flat record: its columns, names, first evidence and sources."""
    first = row["reports"][0] if row["reports"] else {}
    out = {c: row[c] for c in EVENT_COLUMNS}
    out.update(source_name=row["source_name"], target_name=row["target_name"],
               evidence=first.get("evidence"), rule=first.get("rule"),
               article_ids=[r["article_id"] for r in row["reports"]],
               urls=[r["source"] for r in row["reports"] if r["source"]])
    return out


def gdelt_row(row: dict[str, Any]) -> list[Any]:
    """The GDELT 2.0 event columns for one event (see docs/exports.md for the mapping)."""
    date = row["date"] or row["first_seen"] or ""
    ymd = date.replace("-", "")
    year = int(date[:4]) if date else ""
    fraction = ""
    if date:
        import datetime as dt

        day = dt.date.fromisoformat(date).timetuple().tm_yday
        fraction = round(year + day / 365.0, 4)  # type: ignore[operator]
    articles = {r["article_id"] for r in row["reports"]}
    sources = {r["source"] or r["ext_id"] for r in row["reports"]}
    first = row["reports"][0] if row["reports"] else {}
    added = (first.get("coded_at") or "").replace("-", "").replace(":", "").replace("T", "")[:14]

    def actor(prefix: str) -> list[Any]:
        country, sector = row[f"{prefix}_country"], row[f"{prefix}_sector"]
        code = (country or "") + (sector or "") if country or sector else ""
        name = row[f"{prefix}_name"] or ""
        return [code, name.upper(), country or "", "", "", "", "", sector or "", "", ""]

    geo = [4 if row["location_place"] else (1 if row["location_country"] else ""),
           ", ".join(x for x in (row["location_place"], row["location_country"]) if x),
           row["location_country"] or "", "", "", "", "", ""]
    return [row["id"], ymd, ymd[:6], year, fraction, *actor("source"), *actor("target"),
            1, row["cameo"], row["cameo"][:3], row["cameo_root"], row["quad_class"],
            row["goldstein"], len(row["reports"]), len(sources), len(articles), "",
            *([""] * 8), *([""] * 8), *geo, added, first.get("source") or ""]


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event in PLOVER/POLECAT-style JSON."""
    def side(prefix: str) -> dict[str, Any] | None:
        if not row[f"{prefix}_actor"] and not row[f"{prefix}_country"]:
            return None
        return {"name": row[f"{prefix}_name"], "id": row[f"{prefix}_actor"],
                "country": row[f"{prefix}_country"], "sector": row[f"{prefix}_sector"]}

    return {
        "event_id": row["id"], "event_date": row["date"] or row["first_seen"],
        "event_type": row["plover_type"], "event_mode": row["plover_mode"],
        "event_modality": row["modality"], "quad_code": row["quad_class"],
        "cameo": row["cameo"], "goldstein": row["goldstein"], "symmetric": row["symmetric"],
        "actor": side("source"), "recipient": side("target"),
        "location": {"place": row["location_place"], "country": row["location_country"]},
        "report_count": row["report_count"], "first_seen": row["first_seen"],
        "last_seen": row["last_seen"],
        "stories": [{"story_id": r["ext_id"], "publication_date": r["date"],
                     "url": r["source"], "headline": r["title"], "text": r["evidence"],
                     "rule": r["rule"]} for r in row["reports"]],
    }


def export(store: Store, fmt: str, output: str | Path | IO[str], **filters: Any) -> int:
    """Write the events matching ``filters`` in ``fmt`` to ``output``; the row count.

    ``output`` is a path (written atomically) or a text stream (not for parquet).
    """
    if fmt not in EXPORT_FORMATS:
        raise QueryError(f"unknown export format {fmt!r}; choose from "
                         f"{', '.join(EXPORT_FORMATS)}", field="format")
    rows = iter_events(store, **filters)
    if fmt == "parquet":
        if not isinstance(output, (str, Path)):
            raise QueryError("parquet is written to a file, not a stream", field="output")
        return _atomic(Path(output), lambda tmp: _parquet(rows, tmp), binary=True)
    if isinstance(output, (str, Path)):
        return _atomic(Path(output), lambda tmp: _text(rows, fmt, tmp))
    return _write_text(rows, fmt, output)


def _text(rows: Iterator[dict[str, Any]], fmt: str, path: str) -> int:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        return _write_text(rows, fmt, handle)


def _write_text(rows: Iterator[dict[str, Any]], fmt: str, handle: IO[str]) -> int:
    count = 0
    if fmt in ("csv", "gdelt"):
        writer = csv.writer(handle, delimiter="\t" if fmt == "gdelt" else ",",
                            lineterminator="\n")
        if fmt == "csv":
            header = list(flat({**{c: None for c in EVENT_COLUMNS}, "reports": [],
                                "source_name": None, "target_name": None}))
            writer.writerow(header)
        for row in rows:
            if fmt == "gdelt":
                writer.writerow(gdelt_row(row))
            else:
                rec = flat(row)
                writer.writerow(["" if v is None else (" ".join(map(str, v))
                                 if isinstance(v, list) else v) for v in rec.values()])
            count += 1
        return count
    for row in rows:
        record = plover_record(row) if fmt == "plover" else flat(row)
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _parquet(rows: Iterator[dict[str, Any]], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = [("id", pa.int64()), ("date", pa.string()), ("date_precision", pa.string()),
              ("source_actor", pa.string()), ("source_country", pa.string()),
              ("source_sector", pa.string()), ("target_actor", pa.string()),
              ("target_country", pa.string()), ("target_sector", pa.string()),
              ("cameo", pa.string()), ("cameo_root", pa.string()), ("quad_class", pa.int8()),
              ("goldstein", pa.float64()), ("plover_type", pa.string()),
              ("plover_mode", pa.string()), ("symmetric", pa.bool_()),
              ("modality", pa.string()), ("location_country", pa.string()),
              ("location_place", pa.string()), ("report_count", pa.int32()),
              ("first_seen", pa.string()), ("last_seen", pa.string()),
              ("source_name", pa.string()), ("target_name", pa.string()),
              ("evidence", pa.string()), ("rule", pa.string()),
              ("article_ids", pa.list_(pa.int64())), ("urls", pa.list_(pa.string()))]
    schema = pa.schema(fields)
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(flat(row))
            if len(batch) >= PAGE:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def _atomic(path: Path, write: Any, *, binary: bool = False) -> int:
    folder = path.resolve().parent
    if not folder.is_dir():
        raise QueryError(f"folder {folder} does not exist", path=str(path))
    fd, tmp = tempfile.mkstemp(prefix=".summitry-export-", dir=folder)
    os.close(fd)
    try:
        count = write(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return int(count)
