"""Bring a database's staff tables up to records/schema.py with the Alembic migrations.

A database made before migrations existed has the tables of revision 0001 but no version table:
it is marked as 0001 first, so its rows are kept and later migrations apply on top.
"""

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "staff_records_version"
FIRST_REVISION = "0001"


def upgrade(engine: Engine) -> None:
    """Apply every migration the database has not had yet."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        tables = set(inspect(connection).get_table_names())
        if VERSION_TABLE not in tables and "handoff_requests" in tables:
            command.stamp(config, FIRST_REVISION)
        command.upgrade(config, "head")
