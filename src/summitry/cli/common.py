"""What the store commands share: opening the database, errors, printing rows."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any, NoReturn, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import SummitryError

EXIT_ERROR = 1
EXIT_USAGE = 2
ROW_FORMATS = ("table", "json", "jsonl", "csv")

DB_OPTION: Any = typer.Option(None, "--db", envvar="SUMMITRY_DB",
                              help="Database: a file path or a URL (sqlite:///..., "
                                   "postgresql+psycopg://...). Default ./summitry.db.")


def err_console() -> Console:
    return Console(stderr=True, soft_wrap=True, highlight=False)


def fail(message: str, code: int = EXIT_ERROR) -> NoReturn:
    err_console().print(Text.assemble(("error: ", "red"), message))
    raise typer.Exit(code)


def open_store(db: Optional[str], *, migrate: bool = True, dedup: Any = None) -> Any:
    """The Store for ``--db``; a clear message and exit 1 when it cannot be opened."""
    from ..store import Store

    try:
        return Store(db, migrate=migrate, dedup=dedup)
    except SummitryError as exc:
        fail(str(exc))


def emit(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str], *,
         title: str | None = None) -> None:
    """Print rows as a rich table (``columns`` only) or as json, jsonl or csv (all fields)."""
    if fmt not in ROW_FORMATS:
        fail(f"unknown --format {fmt!r}; choose from {', '.join(ROW_FORMATS)}", EXIT_USAGE)
    out = sys.stdout
    if fmt == "json":
        out.write(json.dumps(list(rows), ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        names = list(rows[0]) if rows else list(columns)
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow([_cell(row.get(n)) for n in names])
    else:
        table = Table(title=title, title_justify="left")
        for c in columns:
            table.add_column(c, overflow="fold")
        for row in rows:
            table.add_row(*[_cell(row.get(c)) for c in columns])
        Console(width=max(Console().width, 160)).print(table)
        if not rows:
            err_console().print("no rows")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)
