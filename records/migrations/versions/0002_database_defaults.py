"""Database-side defaults for a hand-off request's status ("new") and safety flags (""), so rows
written by other tools than the action server are complete. SQLite cannot alter a column: batch
mode copies each table into a new one, rows included.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("handoff_requests") as table:
        table.alter_column("safety_flags", existing_type=sa.String(255), existing_nullable=False,
                           server_default=sa.text("''"))
        table.alter_column("status", existing_type=sa.String(16), existing_nullable=False,
                           server_default="new")


def downgrade() -> None:
    with op.batch_alter_table("handoff_requests") as table:
        table.alter_column("safety_flags", existing_type=sa.String(255), existing_nullable=False,
                           server_default=None)
        table.alter_column("status", existing_type=sa.String(16), existing_nullable=False,
                           server_default=None)
