"""``summitry events|meetings|actors|dyad|export``: questions asked of a store."""

from __future__ import annotations

import sys
from typing import Any, Callable, Optional

import typer

from ..errors import SummitryError
from .common import DB_OPTION, EXIT_USAGE, emit, err_console, fail, open_store

FORMAT = typer.Option("table", "--format", "-f", help="table, json, jsonl or csv.")
SINCE = typer.Option(None, "--since", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
UNTIL = typer.Option(None, "--until", help="Up to this date (inclusive).")
LIMIT = typer.Option(None, "--limit", "-n", help="At most this many rows.")

EVENT_TABLE = ("id", "date", "source", "target", "cameo", "quad_class", "goldstein",
               "plover_type", "modality", "location_country", "report_count")
REPORT_TABLE = ("event_id", "date", "source_country", "target_country", "cameo", "article_id",
                "article_date", "evidence")


def _run(db: Optional[str], call: Callable[[Any], Any]) -> Any:
    store = open_store(db)
    try:
        return call(store)
    except SummitryError as exc:
        fail(str(exc), EXIT_USAGE if exc.code == "E060" else 1)
    finally:
        store.close()


def events_command(
    actor: Optional[str] = typer.Option(None, "--actor", help="Actor id or name."),
    country: Optional[str] = typer.Option(None, "--country", "-c", help="Country (code or "
                                                                         "name), either side."),
    counterpart: Optional[str] = typer.Option(None, "--with", help="The other side's country."),
    cameo: Optional[str] = typer.Option(None, "--cameo", help="CAMEO code or prefix (04, 042)."),
    root: list[str] = typer.Option([], "--root", help="CAMEO root (repeatable)."),
    quad: Optional[int] = typer.Option(None, "--quad", help="Quad class 1-4."),
    plover: Optional[str] = typer.Option(None, "--plover", help="PLOVER type (CONSULT...)."),
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    text: Optional[str] = typer.Option(None, "--text", help="Words in the evidence."),
    reports: bool = typer.Option(False, "--reports", help="One row per report, not per "
                                                          "event."),
    limit: Optional[int] = LIMIT, fmt: str = FORMAT, db: Optional[str] = DB_OPTION,
) -> None:
    """Stored events (deduplicated), newest first."""
    from ..store import events

    rows = _run(db, lambda st: events(st, actor=actor, country=country, counterpart=counterpart,
                                      cameo=cameo, root=root or None, quad=quad, plover=plover,
                                      since=since, until=until, text=text, reports=reports,
                                      limit=limit))
    if fmt == "table":
        for row in rows:
            for side in ("source", "target"):
                row[side] = f"{row[side + '_actor'] or '-'} [{row[side + '_country'] or '?'}]"
    emit(rows, fmt, REPORT_TABLE if reports else EVENT_TABLE,
         title=f"{len(rows)} {'report' if reports else 'event'}(s)")


def meetings_command(
    leader: Optional[str] = typer.Option(None, "--leader", help="A participant (id or name)."),
    country: Optional[str] = typer.Option(None, "--country", "-c", help="A participant's "
                                                                         "country."),
    counterpart: Optional[str] = typer.Option(None, "--with", help="Another participant's "
                                                                   "country."),
    occasion: Optional[str] = typer.Option(None, "--occasion", help="Words in the occasion."),
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    limit: Optional[int] = LIMIT, fmt: str = FORMAT, db: Optional[str] = DB_OPTION,
) -> None:
    """Stored meetings with their participants, newest first."""
    from ..store import meetings

    rows = _run(db, lambda st: meetings(st, leader=leader, country=country,
                                        counterpart=counterpart, occasion=occasion, since=since,
                                        until=until, limit=limit))
    if fmt == "table":
        for row in rows:
            row["who"] = "; ".join(f"{p['name']} ({p['country']})" for p in row["participants"])
    emit(rows, fmt, ("id", "date", "who", "format", "location_country", "location_place",
                     "occasion", "report_count"), title=f"{len(rows)} meeting(s)")


def actors_command(
    on: Optional[str] = typer.Option(None, "--on", help="Who held a role on this date."),
    country: Optional[str] = typer.Option(None, "--country", "-c", help="Country."),
    office: Optional[str] = typer.Option(None, "--office", help="head_of_state, "
                                                                "foreign_minister, ..."),
    name: Optional[str] = typer.Option(None, "--name", help="Words in the name."),
    person: Optional[str] = typer.Option(None, "--roles", help="A person's roles over time."),
    limit: Optional[int] = LIMIT, fmt: str = FORMAT, db: Optional[str] = DB_OPTION,
) -> None:
    """Actors, who held a role on a date, or a person's roles."""
    from ..store import actors, roles

    if person:
        rows = _run(db, lambda st: roles(st, person))
        emit(rows, fmt, ("name", "title", "country", "office", "start", "end"),
             title=f"roles of {person}")
        return
    rows = _run(db, lambda st: actors(st, on=on, country=country, office=office, name=name,
                                      limit=limit))
    columns = (("name", "title", "country", "office", "start", "end") if on or office
               else ("id", "name", "kind", "country", "sector"))
    emit(rows, fmt, columns, title=f"{len(rows)} actor(s)")


def dyad_command(
    a: str = typer.Argument(..., help="First country (code or name)."),
    b: str = typer.Argument(..., help="Second country."),
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    directed: bool = typer.Option(False, "--directed", help="Only A acting on B."),
    reports: bool = typer.Option(False, "--reports", help="Count every report, not events."),
    fmt: str = FORMAT, db: Optional[str] = DB_OPTION,
) -> None:
    """A dyad's monthly series: event counts and Goldstein sums, with a chart."""
    from ..store import dyad_series
    from ..store.series import bar_chart

    rows = _run(db, lambda st: dyad_series(st, a, b, since=since, until=until,
                                           directed=directed, reports=reports))
    emit(rows, fmt, ("month", "events", "goldstein", "mean_goldstein", "q1", "q2", "q3", "q4"),
         title=f"{a} - {b}, by month")
    if fmt == "table" and rows:
        sys.stdout.write("\nevents per month (bar) and Goldstein sum\n")
        sys.stdout.write("\n".join(bar_chart(rows)) + "\n")


def export_command(
    fmt: str = typer.Option(..., "--format", "-f", help="csv, jsonl, parquet, gdelt or "
                                                        "plover."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="File to write "
                                                                      "(stdout if omitted)."),
    country: Optional[str] = typer.Option(None, "--country", "-c", help="Country filter."),
    counterpart: Optional[str] = typer.Option(None, "--with", help="Other side's country."),
    root: list[str] = typer.Option([], "--root", help="CAMEO root (repeatable)."),
    since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
    db: Optional[str] = DB_OPTION,
) -> None:
    """Export stored events (see docs/exports.md for the GDELT and PLOVER mappings)."""
    from ..store.export import EXPORT_FORMATS, export

    if fmt not in EXPORT_FORMATS:
        fail(f"unknown --format {fmt!r}; choose from {', '.join(EXPORT_FORMATS)}", EXIT_USAGE)
    if fmt == "parquet" and not output:
        fail("parquet needs --output FILE", EXIT_USAGE)
    count = _run(db, lambda st: export(st, fmt, output or sys.stdout, country=country,
                                       counterpart=counterpart, root=root or None,
                                       since=since, until=until))
    err_console().print(f"exported {count} event(s)" + (f" to {output}" if output else ""))
