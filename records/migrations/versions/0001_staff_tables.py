"""Staff tables: hand-off requests and safety flags, as the releases before the migrations
created them (SQLAlchemy's create_all; column names are what records/migrate.py checks before
marking such a database as 0001).

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def record_columns():
    return [
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sender_id", sa.String(255), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "handoff_requests",
        *record_columns(),
        sa.Column("channel", sa.String(64)),
        sa.Column("contact", sa.String(320), nullable=False),
        sa.Column("contact_kind", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("safety_flags", sa.String(255), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
    )
    op.create_index("ix_handoff_requests_sender_id", "handoff_requests", ["sender_id"])
    op.create_table(
        "safety_flags",
        *record_columns(),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("phrase", sa.Text),
        sa.Column("learned_intent", sa.String(64)),
        sa.Column("learned_confidence", sa.Float),
    )
    op.create_index("ix_safety_flags_sender_id", "safety_flags", ["sender_id"])


def downgrade() -> None:
    op.drop_table("safety_flags")
    op.drop_table("handoff_requests")
