"""records/migrate.py and records/migrations/: a clinic that upgrades keeps its staff records,
the migrations build exactly the schema the code uses, and a database nobody can vouch for is
refused rather than guessed at."""

import os
import sqlite3
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from actions.constants import REPO, TRACKER_STORE_URL_VAR
from records import migrate
from records.schema import metadata
from records.store import SafetyFlag, StaffRecords

# The tables as releases before the migrations created them (SQLAlchemy's create_all), with a
# request and a flag a clinic would not want to lose.
TABLES_BEFORE_MIGRATIONS = """
CREATE TABLE handoff_requests (id INTEGER NOT NULL, created_at DATETIME NOT NULL,
  sender_id VARCHAR(255) NOT NULL, channel VARCHAR(64), contact VARCHAR(320) NOT NULL,
  contact_kind VARCHAR(16) NOT NULL, reason TEXT NOT NULL, safety_flags VARCHAR(255) NOT NULL,
  status VARCHAR(16) NOT NULL, PRIMARY KEY (id));
CREATE INDEX ix_handoff_requests_sender_id ON handoff_requests (sender_id);
CREATE TABLE safety_flags (id INTEGER NOT NULL, created_at DATETIME NOT NULL,
  sender_id VARCHAR(255) NOT NULL, category VARCHAR(32) NOT NULL, phrase TEXT,
  learned_intent VARCHAR(64), learned_confidence FLOAT, PRIMARY KEY (id));
CREATE INDEX ix_safety_flags_sender_id ON safety_flags (sender_id);
"""
RECORDS_BEFORE_MIGRATIONS = """
INSERT INTO handoff_requests VALUES (1, '2026-11-20 10:00:00.000000', 'patient-7', 'rest',
  '+12164442200', 'phone', 'sleep questions', 'crisis', 'new');
INSERT INTO safety_flags VALUES (1, '2026-11-20 09:59:00.000000', 'patient-7', 'crisis',
  'end it all', NULL, NULL);
"""


def database_with(tmp_path, script: str) -> str:
    database = tmp_path / "tracker.db"
    with sqlite3.connect(database) as connection:
        connection.executescript(script)
    return f"sqlite:///{database}"


def test_a_database_from_before_the_migrations_keeps_its_records(tmp_path):
    url = database_with(tmp_path, TABLES_BEFORE_MIGRATIONS + RECORDS_BEFORE_MIGRATIONS)
    migrate.upgrade(url)

    records = StaffRecords(url)
    [request] = records.handoffs()
    assert (request["sender_id"], request["reason"], request["status"]) == (
        "patient-7", "sleep questions", "new")
    assert [flag["phrase"] for flag in records.flags()] == ["end it all"]


def test_after_the_upgrade_a_row_written_by_hand_gets_the_defaults(tmp_path):
    url = database_with(tmp_path, TABLES_BEFORE_MIGRATIONS)
    migrate.upgrade(url)
    with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
        connection.execute("INSERT INTO handoff_requests (created_at, sender_id, contact, "
                           "contact_kind, reason) VALUES ('2026-11-26 10:00:00.000000', 'p', "
                           "'a@b.org', 'email', 'pain')")
    [request] = StaffRecords(url).handoffs()
    assert (request["status"], request["safety_flags"]) == ("new", "")


def test_the_migrations_build_the_schema_the_code_uses(records_url):
    engine = create_engine(records_url, future=True)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "version_table": migrate.VERSION_TABLE, "compare_server_default": True})
        assert compare_metadata(context, metadata) == []


def test_upgrading_twice_keeps_the_records(records_url):
    StaffRecords(records_url).add_flag(SafetyFlag("patient", "crisis"))
    migrate.upgrade(records_url)
    assert [flag["category"] for flag in StaffRecords(records_url).flags()] == ["crisis"]


@pytest.mark.parametrize("script", [
    TABLES_BEFORE_MIGRATIONS.split("CREATE TABLE safety_flags")[0],  # one table of two
    TABLES_BEFORE_MIGRATIONS.replace("learned_confidence FLOAT", "reviewer TEXT"),  # other columns
])
def test_staff_tables_of_unknown_origin_are_refused_and_left_alone(tmp_path, script):
    url = database_with(tmp_path, script)
    with pytest.raises(migrate.SchemaNotCurrent, match="refusing to guess"):
        migrate.upgrade(url)
    with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert migrate.VERSION_TABLE not in tables


def test_the_database_folder_is_made_on_first_migration(tmp_path):
    migrate.upgrade(f"sqlite:///{tmp_path / 'var' / 'tracker.db'}")  # no var/ yet
    assert (tmp_path / "var" / "tracker.db").exists()


def test_two_processes_migrating_one_database_at_once_both_succeed(tmp_path):
    """The upgrade holds SQLite's write lock: the second waits, then finds nothing to do."""
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    runs = [subprocess.Popen([sys.executable, "-m", "records.migrate"], cwd=REPO,
                             env={**os.environ, TRACKER_STORE_URL_VAR: url},
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errors = [run.communicate(timeout=120)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    StaffRecords(url)  # at this code's schema
