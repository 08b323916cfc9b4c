"""Versioned schema migrations, applied in order, each in its own transaction.

The version lives in ``summitry_meta`` (key ``schema_version``). Opening a store
applies what is missing; ``summitry db upgrade`` does it explicitly and
``summitry db status`` tells the version. A database written by a newer
summitry is refused rather than guessed at. To change the schema: edit
``schema.py`` and append a migration here that brings version N-1 to N (the
earlier ones must keep producing the schema of their own version).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, inspect, select, text

from ..errors import SchemaVersionError
from . import schema


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _v1(conn: Connection) -> None:
    tables = [t for t in schema.metadata.sorted_tables if t.name != "feeds"]
    schema.metadata.create_all(conn, tables=tables)


def _v2(conn: Connection) -> None:
    schema.feeds.create(conn)


def _v3(conn: Connection) -> None:
    # Lists sort by an event's date, else the day it was first reported.
    # (Plain DDL: an Index object would attach itself to the table and leak into v1.)
    for table in ("events", "meetings"):
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{table}_when "
                          f"ON {table} (coalesce(date, first_seen))"))


def _v4(conn: Connection) -> None:
    have = {c["name"] for c in inspect(conn).get_columns("event_reports")}
    for name, size in (("source_actor", 128), ("source_country", 16), ("target_actor", 128),
                       ("target_country", 16)):
        if name not in have:  # a database made at version 1 by this schema already has them
            conn.execute(text(f"ALTER TABLE event_reports ADD COLUMN {name} VARCHAR({size})"))
    conn.execute(text(
        "UPDATE event_reports SET source_actor = (SELECT source_actor FROM events WHERE "
        "events.id = event_reports.event_id), source_country = (SELECT source_country FROM "
        "events WHERE events.id = event_reports.event_id), target_actor = (SELECT "
        "target_actor FROM events WHERE events.id = event_reports.event_id), target_country = "
        "(SELECT target_country FROM events WHERE events.id = event_reports.event_id) "
        "WHERE source_country IS NULL AND source_actor IS NULL"))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, actors with dated roles, events, meetings, quotes, reports", _v1),
    Migration(2, "feeds polled by `summitry watch`", _v2),
    Migration(3, "indexes on the date lists sort by", _v3),
    Migration(4, "each report's own source and target", _v4),
)
LATEST = MIGRATIONS[-1].version


def current_version(conn: Connection) -> int:
    """The schema version of the database (0 when it is empty)."""
    names = set(inspect(conn).get_table_names())
    if schema.meta.name not in names:
        if names & {"articles", "events"}:
            raise SchemaVersionError("the database has tables but no summitry version: "
                                     "is it another program's database?")
        return 0
    row = conn.execute(select(schema.meta.c.value)
                       .where(schema.meta.c.key == "schema_version")).first()
    return int(row[0]) if row else 0


def pending(conn: Connection) -> list[Migration]:
    version = current_version(conn)
    if version > LATEST:
        raise SchemaVersionError(f"the database has schema version {version}, newer than this "
                                 f"summitry knows ({LATEST}); upgrade summitry")
    return [m for m in MIGRATIONS if m.version > version]


def set_version(conn: Connection, version: int) -> None:
    table = schema.meta
    done = conn.execute(table.update().where(table.c.key == "schema_version")
                        .values(value=str(version))).rowcount
    if not done:
        conn.execute(table.insert().values(key="schema_version", value=str(version)))


def apply(conn: Connection, migration: Migration) -> None:
    """Apply one migration (the caller holds the transaction)."""
    if migration.version == 1:
        schema.meta.create(conn, checkfirst=True)
    migration.apply(conn)
    set_version(conn, migration.version)
