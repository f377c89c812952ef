"""Messages received from messaging apps, by channel and the platform's message id, so that a
platform's retry is answered once.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "received_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("message_id", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("channel", "message_id",
                            name="uq_received_messages_channel_message_id"),
    )
    op.create_index("ix_received_messages_created_at", "received_messages", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_received_messages_created_at", "received_messages")
    op.drop_table("received_messages")
