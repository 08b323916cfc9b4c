"""The schema is versioned: fresh databases, upgrades, and databases we must refuse."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from summitry.errors import SchemaVersionError
from summitry.store import Store
from summitry.store import migrations
from summitry.store import schema as s


def test_a_new_database_gets_the_latest_schema(db_url: str) -> None:
    with Store(db_url) as store:
        assert store.version() == migrations.LATEST
        assert store.upgrade() == []  # nothing left to do
        assert store.counts()["articles"] == 0


def test_an_old_database_is_upgraded_and_keeps_its_rows(db_url: str) -> None:
    old = Store(db_url, migrate=False)
    with old.write() as conn:
        migrations.apply(conn, migrations.MIGRATIONS[0])
        conn.execute(s.articles.insert().values(key="k" * 64, text="kept", coder_version="0",
                                                coded_at="2025-01-01T00:00:00+00:00",
                                                warnings=[]))
    assert old.version() == 1
    old.close()
    with Store(db_url) as store:  # opening applies the missing migration
        assert store.version() == migrations.LATEST
        assert store.counts()["articles"] == 1
        with store.read() as conn:
            assert conn.execute(s.feeds.select()).all() == []


def test_a_database_from_a_newer_summitry_is_refused(db_url: str) -> None:
    with Store(db_url) as store:
        with store.write() as conn:
            migrations.set_version(conn, migrations.LATEST + 5)
    with pytest.raises(SchemaVersionError, match="newer"):
        Store(db_url)


def test_another_programs_database_is_refused(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'other.db'}"
    other = Store(url, migrate=False)
    with other.write() as conn:
        conn.execute(text("CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT)"))
    other.close()
    with pytest.raises(SchemaVersionError, match="another program"):
        Store(url)


def test_db_commands_report_and_upgrade(tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from summitry.cli import app

    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    status = runner.invoke(app, ["db", "status", "--db", db])
    assert status.exit_code == 0, status.output
    assert json.loads(status.stdout)["schema_version"] == 0
    upgrade = runner.invoke(app, ["db", "upgrade", "--db", db])
    assert upgrade.exit_code == 0 and "applied migrations [1, 2, 3, 4]" in upgrade.output
    after = json.loads(runner.invoke(app, ["db", "status", "--db", db]).stdout)
    assert after["up_to_date"] is True and after["rows"]["articles"] == 0


def test_version_3_databases_gain_report_sides_filled_from_their_events(
        db_url: str, pipeline) -> None:
    from summitry.store import events

    doc = pipeline.code("Japanese Prime Minister Shigeru Ishiba met Philippine President "
                        "Ferdinand Marcos Jr. in Manila on Tuesday.", date="2025-04-30")
    with Store(db_url) as store:
        store.add(doc)
        with store.write() as conn:  # make it look like a database written by version 3
            for name in ("source_actor", "source_country", "target_actor", "target_country"):
                conn.execute(text(f"ALTER TABLE event_reports DROP COLUMN {name}"))
            migrations.set_version(conn, 3)
    with Store(db_url) as store:
        assert store.version() == migrations.LATEST
        rows = events(store, reports=True)
        assert rows and all(r["source_country"] and r["target_country"] for r in rows)
        assert {rows[0]["source_country"], rows[0]["target_country"]} == {"JPN", "PHL"}
