"""records/migrations/: a clinic that upgrades keeps its staff records, and the migrations build
exactly the schema the code uses (records/schema.py)."""

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from records import migrate
from records.schema import metadata
from records.store import StaffRecords

# The tables as releases before the migrations created them (SQLAlchemy's create_all), with a
# request and a flag a clinic would not want to lose.
DATABASE_BEFORE_MIGRATIONS = """
CREATE TABLE handoff_requests (id INTEGER NOT NULL, created_at DATETIME NOT NULL,
  sender_id VARCHAR(255) NOT NULL, channel VARCHAR(64), contact VARCHAR(320) NOT NULL,
  contact_kind VARCHAR(16) NOT NULL, reason TEXT NOT NULL, safety_flags VARCHAR(255) NOT NULL,
  status VARCHAR(16) NOT NULL, PRIMARY KEY (id));
CREATE INDEX ix_handoff_requests_sender_id ON handoff_requests (sender_id);
CREATE TABLE safety_flags (id INTEGER NOT NULL, created_at DATETIME NOT NULL,
  sender_id VARCHAR(255) NOT NULL, category VARCHAR(32) NOT NULL, phrase TEXT,
  learned_intent VARCHAR(64), learned_confidence FLOAT, PRIMARY KEY (id));
CREATE INDEX ix_safety_flags_sender_id ON safety_flags (sender_id);
INSERT INTO handoff_requests VALUES (1, '2026-11-20 10:00:00.000000', 'patient-7', 'rest',
  '+12164442200', 'phone', 'sleep questions', 'crisis', 'new');
INSERT INTO safety_flags VALUES (1, '2026-11-20 09:59:00.000000', 'patient-7', 'crisis',
  'end it all', NULL, NULL);
"""


def migration_context(connection) -> MigrationContext:
    return MigrationContext.configure(connection, opts={"version_table": migrate.VERSION_TABLE})


def test_a_database_from_before_the_migrations_keeps_its_records(tmp_path):
    database = tmp_path / "tracker.db"
    with sqlite3.connect(database) as connection:
        connection.executescript(DATABASE_BEFORE_MIGRATIONS)

    records = StaffRecords(f"sqlite:///{database}")
    [request] = records.handoffs()
    assert (request["sender_id"], request["reason"], request["status"]) == (
        "patient-7", "sleep questions", "new")
    assert [flag["phrase"] for flag in records.flags()] == ["end it all"]
    with records.engine.connect() as connection:
        assert migration_context(connection).get_current_heads() == ("0001",)


def test_the_migrations_build_the_schema_the_code_uses(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'fresh.db'}", future=True)
    migrate.upgrade(engine)
    with engine.connect() as connection:
        assert compare_metadata(migration_context(connection), metadata) == []
