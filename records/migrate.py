"""Bring a database's staff tables up to records/schema.py with the Alembic migrations.

Migrating is a step of its own, before the servers start (`scripts/run.sh` runs it): processes
that open the records only check that the schema is the one they were built for, so a running
server never has its tables changed under it and an older staff tool never works on a newer
schema. On SQLite the whole upgrade is one transaction that holds the database's write lock: a
second migration started at the same time waits for it, and a crash half-way leaves the tables
as they were.

A database made before the migrations existed has the tables of revision 0001 but no version
table: when both tables have 0001's columns it is marked as 0001, so its rows are kept and the
later migrations apply on top; anything else is refused rather than guessed at.

Usage: TRACKER_STORE_URL=... python -m records.migrate           upgrade to the newest schema
       python -m records.migrate new "what changed"             write a migration for a change
                                                                to records/schema.py
"""

import os
import sys
import tempfile
from pathlib import Path
from typing import Optional

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import SQLAlchemyError

from actions.constants import TRACKER_STORE_URL_VAR
from records.schema import handoff_requests, safety_flags

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "staff_records_version"
FIRST_REVISION = "0001"
# What revision 0001 created, as the releases before the migrations did.
FIRST_COLUMNS = {
    handoff_requests.name: {"id", "created_at", "sender_id", "channel", "contact",
                            "contact_kind", "reason", "safety_flags", "status"},
    safety_flags.name: {"id", "created_at", "sender_id", "category", "phrase", "learned_intent",
                        "learned_confidence"},
}


class SchemaNotCurrent(RuntimeError):
    """The staff tables are not at the revision this code needs."""


def alembic_config(connection: Optional[Connection] = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> Optional[str]:
    context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def migration_engine(url: str) -> Engine:
    """An engine whose transactions are real ones on SQLite too: Python's sqlite3 module runs
    DDL outside any transaction, so each transaction starts with BEGIN IMMEDIATE (the write
    lock), as SQLAlchemy's documentation describes for pysqlite."""
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def no_implicit_transactions(dbapi_connection, _record):
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def begin_holding_the_write_lock(connection):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
    return engine


def upgrade(url: str) -> None:
    """Apply every migration the database at `url` has not had yet."""
    make_sqlite_folder(url)
    engine = migration_engine(url)
    with engine.begin() as connection:
        config = alembic_config(connection)
        if current_revision(connection) is None and _has_staff_tables(connection):
            command.stamp(config, FIRST_REVISION)
        command.upgrade(config, "head")
    engine.dispose()


def check_current(engine: Engine) -> None:
    """Raise SchemaNotCurrent unless the staff tables are at this code's newest revision."""
    try:
        with engine.connect() as connection:
            found = current_revision(connection)
    except SQLAlchemyError as error:
        raise SchemaNotCurrent(
            f"cannot read the staff tables in {engine.url!r} ({type(error).__name__}); a new "
            "database needs `python -m records.migrate` first (make run does)") from None
    needed = head_revision()
    if found != needed:
        raise SchemaNotCurrent(
            f"the staff tables in {engine.url!r} are at revision {found or 'none'}, this code "
            f"needs {needed}: run `python -m records.migrate` (make run does)")


def _has_staff_tables(connection: Connection) -> bool:
    """Whether the database has the tables of revision 0001 (made before the migrations);
    raises when it has only some of them, or other columns."""
    found = inspect(connection)
    present = {table for table in FIRST_COLUMNS if found.has_table(table)}
    if not present:
        return False
    for table, columns in FIRST_COLUMNS.items():
        have = {column["name"] for column in found.get_columns(table)} if table in present \
            else set()
        if have != columns:
            raise SchemaNotCurrent(
                f"table {table} has columns {sorted(have)}, not those of revision "
                f"{FIRST_REVISION} ({sorted(columns)}): refusing to guess how to migrate it")
    return True


def make_sqlite_folder(url: str) -> None:
    """SQLite creates a missing database file, not its folder (e.g. var/ in a fresh clone)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)


def new_revision(message: str) -> None:
    """Write a migration for what records/schema.py now has and the migrations do not."""
    with tempfile.TemporaryDirectory() as scratch:
        url = f"sqlite:///{scratch}/head.db"
        upgrade(url)
        engine = create_engine(url, future=True)
        with engine.begin() as connection:
            command.revision(alembic_config(connection), message, autogenerate=True,
                             rev_id=f"{int(head_revision()) + 1:04d}")


def main(argv) -> int:
    if argv[:1] == ["new"] and len(argv) == 2:
        new_revision(argv[1])
        return 0
    url = os.environ.get(TRACKER_STORE_URL_VAR)
    if argv or not url:
        print(__doc__.split("Usage:")[1], file=sys.stderr)
        return 2
    upgrade(url)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
