"""The database tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

One article row per distinct text (``key`` is its content hash). Events and
meetings are stored once however many articles report them; ``event_reports``
and ``meeting_reports`` link each one to the articles that reported it, with the
evidence. Dates are ISO strings (``YYYY-MM-DD``; timestamps in UTC), so they sort
and compare the same way on both backends.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

meta = Table(
    "summitry_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(64), nullable=False, unique=True),  # sha256 of the normalised text
    Column("ext_id", Text),  # the id the input gave (file stem, JSONL id, feed guid)
    Column("title", Text),
    Column("date", String(10), index=True),
    Column("source", Text),
    Column("programme", Text),
    Column("text", Text, nullable=False),
    Column("n_events", Integer, nullable=False, default=0),
    Column("n_meetings", Integer, nullable=False, default=0),
    Column("n_quotes", Integer, nullable=False, default=0),
    Column("warnings", JSON, nullable=False, default=list),
    Column("coder_version", String(32), nullable=False),
    Column("coded_at", String(32), nullable=False),  # UTC, ISO 8601
)

actors = Table(
    "actors", metadata,
    Column("id", String(128), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("country", String(16), index=True),
    Column("sector", String(16)),
    Column("in_kb", Boolean, nullable=False, default=False),  # from the knowledge base
)

actor_roles = Table(
    "actor_roles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("actor_id", String(128), ForeignKey("actors.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("country", String(16)),
    Column("sector", String(16)),
    Column("office", String(64)),
    Column("start", String(10)),
    Column("end", String(10)),
)

article_actors = Table(
    "article_actors", metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("actor_id", String(128), ForeignKey("actors.id"), primary_key=True, index=True),
    Column("name", Text, nullable=False),
    Column("role", Text),
    Column("mentions", JSON, nullable=False, default=list),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("pair", String(80), nullable=False),  # the two sides, sorted: "JPN|KOR"
    Column("source_actor", String(128), ForeignKey("actors.id"), index=True),
    Column("source_country", String(16)),
    Column("source_sector", String(16)),
    Column("target_actor", String(128), ForeignKey("actors.id"), index=True),
    Column("target_country", String(16)),
    Column("target_sector", String(16)),
    Column("cameo", String(8), nullable=False),
    Column("cameo_root", String(2), nullable=False),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("plover_type", String(32)),
    Column("plover_mode", String(32)),
    Column("symmetric", Boolean, nullable=False),
    Column("modality", String(16), nullable=False),
    Column("date", String(10)),
    Column("date_precision", String(8)),
    Column("location_country", String(16)),
    Column("location_place", Text),
    Column("report_count", Integer, nullable=False, default=1),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Index("ix_events_pair_root_date", "pair", "cameo_root", "date"),
    Index("ix_events_source_target_date", "source_country", "target_country", "date"),
    Index("ix_events_date", "date"),
    Index("ix_events_root", "cameo_root"),
)

event_reports = Table(
    "event_reports", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("local_id", String(16), nullable=False),  # the event's id in the article ("e3")
    Column("cameo", String(8), nullable=False),
    Column("modality", String(16), nullable=False),
    Column("date", String(10)),
    Column("date_precision", String(8)),
    Column("source_text", Text),
    Column("target_text", Text),
    # each report's own sides (a symmetric event may be reported the other way round)
    Column("source_actor", String(128)),
    Column("source_country", String(16)),
    Column("target_actor", String(128)),
    Column("target_country", String(16)),
    Column("evidence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Integer, nullable=False),
    Column("rule", String(128), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("location_country", String(16)),
    Column("location_place", Text),
    UniqueConstraint("article_id", "local_id"),
)

meetings = Table(
    "meetings", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("parties", String(400), nullable=False),  # sorted countries/actors: "JPN|KOR"
    Column("format", String(16), nullable=False),
    Column("date", String(10)),
    Column("location_country", String(16)),
    Column("location_place", Text),
    Column("occasion", Text),
    Column("duration_minutes", Integer),
    Column("first_meeting", Boolean, nullable=False, default=False),
    Column("report_count", Integer, nullable=False, default=1),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Index("ix_meetings_parties_date", "parties", "date"),
    Index("ix_meetings_date", "date"),
)

meeting_participants = Table(
    "meeting_participants", metadata,
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"),
           primary_key=True),
    Column("actor_id", String(128), ForeignKey("actors.id"), primary_key=True, index=True),
    Column("country", String(16)),
    Column("name", Text, nullable=False),
    Column("role", Text),
)

meeting_reports = Table(
    "meeting_reports", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("local_id", String(16), nullable=False),
    Column("date", String(10)),
    Column("evidence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("outcomes", JSON, nullable=False, default=list),  # event ids stored for the outcomes
    Column("quotes", JSON, nullable=False, default=list),  # quote ids
    UniqueConstraint("article_id", "local_id"),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("local_id", String(16), nullable=False),
    Column("speaker_actor", String(128), ForeignKey("actors.id"), index=True),
    Column("speaker_name", Text, nullable=False),
    Column("speaker_role", Text),
    Column("speaker_country", String(16)),
    Column("text", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    UniqueConstraint("article_id", "local_id"),
)

feeds = Table(
    "feeds", metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("modified", Text),
    Column("last_polled", String(32)),
    Column("last_status", Text),
    Column("articles_added", Integer, nullable=False, default=0),
)
