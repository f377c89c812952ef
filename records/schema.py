"""The staff tables, in one place. A change here needs a migration in records/migrations/versions/
(`python -m records.migrate new "what changed"` writes one; tests/unit/records/test_migrate.py
fails until the migrations produce this schema)."""

from typing import List

from sqlalchemy import (
    Column, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
    UniqueConstraint, text)

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
    # Set by the staff console (console/): who took the request, and when it was first moved on
    # from "new" (the clinic's time to first contact).
    Column("assignee", String(64)),
    Column("first_contacted_at", DateTime(timezone=True)),
)

# Staff notes on a hand-off request; deleted with the request (retention, erasure), unlike the
# audit log, which only says that a note was added.
handoff_notes = Table(
    "handoff_notes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("handoff_id", Integer, ForeignKey("handoff_requests.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("author", String(64), nullable=False),
    Column("text", Text, nullable=False),
)

safety_flags = Table(
    "safety_flags",
    metadata,
    *_record_columns(),
    Column("category", String(32), nullable=False),
    Column("phrase", Text),
    Column("learned_intent", String(64)),
    Column("learned_confidence", Float),
    # The Rasa message id of the flagged message, so the console opens the transcript there.
    Column("message_id", String(255)),
    Column("reviewed_at", DateTime(timezone=True)),
    Column("reviewed_by", String(64)),
    Column("review_note", Text),
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

# Clinic staff who sign in to the console (console/): passwords as argon2 hashes only; failed
# sign-ins counted for the lock-out.
staff_users = Table(
    "staff_users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("name", String(64), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", String(255), nullable=False),
    Column("failed_logins", Integer, nullable=False, default=0, server_default=text("0")),
    Column("locked_until", DateTime(timezone=True)),
)

# Signed-in console sessions, by the SHA-256 of the cookie's random token (a stolen database
# copy holds no usable cookie); each with its own CSRF token.
staff_sessions = Table(
    "staff_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("staff_users.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True), nullable=False),
    Column("csrf_token", String(64), nullable=False),
)

# Who did what, when, in the console. The migration adds database triggers that refuse any
# UPDATE or DELETE, so nobody can edit it; it names records by number and conversations by a
# hash, never what a patient wrote, so retention need not touch it.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("actor", String(64), nullable=False),
    Column("action", String(64), nullable=False),
    Column("target", String(128), nullable=False),
    Column("detail", Text, nullable=False, default="", server_default=text("''")),
)

# Read cards a patient opened in the web widget (connectors/rest.py counts them for the
# statistics): which read and when, nothing about who.
read_opens = Table(
    "read_opens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("read_id", String(64), nullable=False),
)

# Live hand-offs (connectors/live.py): a staff member took over a conversation from the bot
# (created_at) until handed back or timed out (ended_at, ended_by). At most one open per
# conversation, which the database enforces, so two colleagues cannot both take one over.
OPEN_LIVE_HANDOFF = text("ended_at IS NULL")
live_handoffs = Table(
    "live_handoffs",
    metadata,
    *_record_columns(),
    Column("staff", String(64), nullable=False),
    # The last time staff wrote to the patient (the idle time-out counts from here).
    Column("last_staff_at", DateTime(timezone=True), nullable=False),
    Column("ended_at", DateTime(timezone=True)),
    Column("ended_by", String(64)),
    Index("uq_live_handoffs_open", "sender_id", unique=True, sqlite_where=OPEN_LIVE_HANDOFF,
          postgresql_where=OPEN_LIVE_HANDOFF),
)

# What staff said during a live hand-off, for the web widget to fetch (connectors/live.py); the
# messaging apps get it through their platform's API instead. The same words are in the
# conversation's events; this copy goes with them (retention, erasure).
live_messages = Table(
    "live_messages",
    metadata,
    *_record_columns(),
    Column("author", String(64)),
    Column("text", Text, nullable=False),
)
