"""The staff tables, in one place. A change here needs a migration in records/migrations/versions/
(`python -m records.migrate new "what changed"` writes one; tests/unit/records/test_migrate.py
fails until the migrations produce this schema)."""

from typing import List

from sqlalchemy import (
    Column, DateTime, Float, Integer, MetaData, String, Table, Text, UniqueConstraint, text)

metadata = MetaData()


def _record_columns() -> List[Column]:
    """What every staff record has: its number, when it was made, and its conversation."""
    return [
        Column("id", Integer, primary_key=True),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("sender_id", String(255), nullable=False, index=True),
    ]


handoff_requests = Table(
    "handoff_requests",
    metadata,
    *_record_columns(),
    Column("channel", String(64)),
    Column("contact", String(320), nullable=False),
    Column("contact_kind", String(16), nullable=False),
    Column("reason", Text, nullable=False),
    # Defaults in the database too, so a row written by other tools (a staff console, SQL by
    # hand) is complete.
    Column("safety_flags", String(255), nullable=False, default="", server_default=text("''")),
    Column("status", String(16), nullable=False, default="new", server_default="new"),
)

safety_flags = Table(
    "safety_flags",
    metadata,
    *_record_columns(),
    Column("category", String(32), nullable=False),
    Column("phrase", Text),
    Column("learned_intent", String(64)),
    Column("learned_confidence", Float),
)

# Messages received from messaging apps, by the platform's own id, so that a platform's retry of a
# message already answered is answered once (connectors/messaging/webhook.py). Who sent it and
# what it said are in the conversation, not here.
received_messages = Table(
    "received_messages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("channel", String(32), nullable=False),
    Column("message_id", String(255), nullable=False),
    UniqueConstraint("channel", "message_id", name="uq_received_messages_channel_message_id"),
)
