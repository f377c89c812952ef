"""Live hand-off: conversations staff took over (at most one open per conversation) and the
messages staff sent, waiting for the web widget to fetch them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

OPEN = sa.text("ended_at IS NULL")


def _record_columns():
    return [
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sender_id", sa.String(255), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "live_handoffs",
        *_record_columns(),
        sa.Column("staff", sa.String(64), nullable=False),
        sa.Column("last_staff_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True)),
        sa.Column("ended_by", sa.String(64)),
    )
    op.create_index("ix_live_handoffs_sender_id", "live_handoffs", ["sender_id"])
    op.create_index("uq_live_handoffs_open", "live_handoffs", ["sender_id"], unique=True,
                    sqlite_where=OPEN, postgresql_where=OPEN)
    op.create_table(
        "live_messages",
        *_record_columns(),
        sa.Column("author", sa.String(64)),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_live_messages_sender_id", "live_messages", ["sender_id"])


def downgrade() -> None:
    op.drop_table("live_messages")
    op.drop_table("live_handoffs")
