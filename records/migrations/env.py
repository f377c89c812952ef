"""Alembic environment: migrations run on the connection records/migrate.py hands over (in its
transaction), with the staff records' own version table (the tracker store shares the
database)."""

from alembic import context

from records.migrate import VERSION_TABLE
from records.schema import metadata

context.configure(connection=context.config.attributes["connection"],
                  target_metadata=metadata, version_table=VERSION_TABLE,
                  compare_server_default=True,
                  render_as_batch=True)  # SQLite alters a table by copying it
with context.begin_transaction():
    context.run_migrations()
