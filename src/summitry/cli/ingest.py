"""``summitry ingest``, ``summitry watch`` and ``summitry db``: fill and manage a store."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from ..errors import SummitryError
from .code import _setup_logging
from .common import DB_OPTION, EXIT_ERROR, EXIT_USAGE, err_console, fail, open_store

db_app = typer.Typer(help="Database schema: status and upgrades.", add_completion=False)


def _settings(actors: list[Path], patterns: list[Path]) -> Any:
    from ..config import Settings

    try:
        return Settings.load(actor_files=tuple(map(str, actors)),
                             pattern_files=tuple(map(str, patterns)))
    except SummitryError as exc:
        fail(str(exc), EXIT_USAGE)


def _dedup(window: int, family: str, require_place: bool, off: bool) -> Any:
    from ..store import DedupRules

    try:
        return DedupRules(window_days=window, family=family, require_place=require_place,
                          enabled=not off)
    except SummitryError as exc:
        fail(str(exc), EXIT_USAGE)


def ingest_command(
    inputs: list[str] = typer.Argument(..., help="Files, directories, globs, feed files or "
                                                 "URLs (RSS/Atom feeds, pages)."),
    db: Optional[str] = DB_OPTION,
    workers: int = typer.Option(1, "--workers", "-w", help="Coding processes."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Code and write on a Dask cluster: "
                                       "local, local:N (N worker processes) or a scheduler "
                                       "address tcp://host:8786 (see docs/scaling.md)."),
    input_format: Optional[str] = typer.Option(None, "--input-format", "-i",
                                               help="Force the input format."),
    date: Optional[str] = typer.Option(None, "--date", help="Date for inputs without one."),
    fetch_links: bool = typer.Option(False, "--fetch-links", help="For feeds: download each "
                                     "entry's page and code its full text (the feed's text "
                                     "when the download fails)."),
    window: int = typer.Option(2, "--dedup-window", help="Days apart two reports of one "
                                                         "event may be."),
    family: str = typer.Option("root", "--dedup-on", help="Same event needs the same CAMEO "
                                                          "root, code or quad."),
    require_place: bool = typer.Option(False, "--dedup-require-place",
                                       help="Merge only reports with the same known country."),
    no_dedup: bool = typer.Option(False, "--no-dedup", help="Store every report as an event."),
    actors: list[Path] = typer.Option([], "--actors", help="Extra actor file (repeatable)."),
    patterns: list[Path] = typer.Option([], "--patterns", help="Extra pattern file."),
    report_json: Optional[Path] = typer.Option(None, "--report", help="Write the summary "
                                                                      "as JSON here."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Code articles and store them (idempotent and resumable: run it again to finish)."""
    from ..store import count_articles, ingest

    _setup_logging(quiet)
    settings = _settings(actors, patterns)
    store = open_store(db, dedup=_dedup(window, family, require_place, no_dedup))
    err = err_console()
    try:
        total = None if quiet else count_articles(inputs, fmt=input_format, date=date)
        with _progress(err, quiet) as bar:
            task = bar.add_task("ingest", total=total)

            def advance(done: int, _total: int | None) -> None:
                bar.update(task, completed=done)

            if dask:
                from ..scale import ingest_dask

                report = ingest_dask(store, inputs, cluster=dask, settings=settings,
                                     fmt=input_format, date=date, progress=advance, total=total,
                                     read_options={"fetch_links": fetch_links})
            else:
                report = ingest(store, inputs, settings=settings, fmt=input_format, date=date,
                                workers=workers, progress=advance, total=total,
                                read_options={"fetch_links": fetch_links})
    except SummitryError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        err.print("interrupted: every article stored so far is whole; run the same command "
                  "again to finish")
        raise typer.Exit(130) from None
    finally:
        store.close()
    _summary(err, report, store.where, quiet)
    if report_json:
        report_json.write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")
    if report.read == 0 and report.skipped:
        raise typer.Exit(EXIT_ERROR)


class _Rate(ProgressColumn):
    """Articles per second."""

    def render(self, task: Any) -> Text:
        elapsed = task.finished_time or task.elapsed
        if not elapsed or not task.completed:
            return Text("- art/s")
        return Text(f"{task.completed / elapsed:.1f} art/s")


def _progress(err: Console, quiet: bool) -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    _Rate(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                    console=err, disable=quiet, transient=False)


def _summary(err: Console, report: Any, where: str, quiet: bool) -> None:
    for skip in report.skipped:
        err.print(Text.assemble(("skipped: ", "yellow"), f"{skip.where}: {skip.reason}"))
    if quiet:
        return
    err.print(f"{report.read} article(s) read, {report.stored} stored, {report.duplicates} "
              f"already stored, {len(report.skipped)} skipped; events: {report.events_new} new,"
              f" {report.events_merged} merged into known ones; meetings: {report.meetings_new}"
              f" new, {report.meetings_merged} merged; {report.quotes} quotes; "
              f"{report.seconds:.1f} s ({report.rate:.2f} articles/s) -> {where}")


def watch_command(
    feeds: list[str] = typer.Argument(..., help="Feed URLs or files (RSS/Atom)."),
    every: str = typer.Option("10m", "--every", help="Interval: 30s, 10m, 1h."),
    polls: Optional[int] = typer.Option(None, "--polls", help="Stop after this many rounds "
                                                             "(default: run until stopped)."),
    db: Optional[str] = DB_OPTION,
    actors: list[Path] = typer.Option([], "--actors", help="Extra actor file (repeatable)."),
    patterns: list[Path] = typer.Option([], "--patterns", help="Extra pattern file."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only errors."),
) -> None:
    """Poll feeds and ingest what is new, until stopped (Ctrl-C)."""
    from ..pipeline import Pipeline
    from ..store.watch import parse_interval, watch

    _setup_logging(quiet)
    try:
        seconds = parse_interval(every)
    except SummitryError as exc:
        fail(str(exc), EXIT_USAGE)
    settings = _settings(actors, patterns)
    store = open_store(db)
    err = err_console()

    def on_poll(url: str, report: Any) -> None:
        for skip in report.skipped:
            err.print(Text.assemble(("skipped: ", "yellow"), f"{skip.where}: {skip.reason}"))
        if not quiet:
            err.print(f"{url}: {report.stored} new, {report.duplicates} known")

    try:
        total = watch(store, feeds, every=seconds, polls=polls, on_poll=on_poll,
                      pipeline=Pipeline(settings))
    except SummitryError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        total = None
    finally:
        store.close()
    if not quiet and total is not None:
        err.print(f"stored {total} new article(s)")


@db_app.command("status")
def db_status(db: Optional[str] = DB_OPTION) -> None:
    """The schema version and row counts."""
    from ..store.migrations import LATEST

    store = open_store(db, migrate=False)
    try:
        version = store.version()
        counts = store.counts() if version else {}
    except SummitryError as exc:
        fail(str(exc))
    finally:
        store.close()
    sys.stdout.write(json.dumps({"database": store.where, "backend": store.backend,
                                 "schema_version": version, "latest_version": LATEST,
                                 "up_to_date": version == LATEST, "rows": counts},
                                indent=2) + "\n")


@db_app.command("upgrade")
def db_upgrade(db: Optional[str] = DB_OPTION) -> None:
    """Apply the missing schema migrations."""
    store = open_store(db, migrate=False)
    try:
        done = store.upgrade()
    except SummitryError as exc:
        fail(str(exc))
    finally:
        store.close()
    err_console().print(f"applied migrations {done}" if done else "schema is up to date")
