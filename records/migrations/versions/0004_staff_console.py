"""Staff console: users, sessions, an audit log nobody can change (triggers refuse UPDATE and
DELETE), notes, assignee and first contact on hand-off requests, review of safety flags, and
read cards opened in the widget.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

READ_ONLY_MESSAGE = "the audit log cannot be changed"
SQLITE_TRIGGERS = [
    f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{READ_ONLY_MESSAGE}'); END"
    for verb in ("UPDATE", "DELETE")
]
POSTGRESQL_TRIGGER = [
    "CREATE FUNCTION audit_log_read_only() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{READ_ONLY_MESSAGE}'; END $$",
    "CREATE TRIGGER audit_log_read_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_read_only()",
]


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target", sa.String(128), nullable=False),
        sa.Column("detail", sa.Text(), server_default=sa.text("''"), nullable=False),
    )
    op.create_index("ix_audit_log_created_at", "audit_log", ["created_at"])
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": SQLITE_TRIGGERS, "postgresql": POSTGRESQL_TRIGGER}.get(dialect, []):
        op.execute(statement)

    op.create_table(
        "staff_users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("failed_logins", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "staff_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer(),
                  sa.ForeignKey("staff_users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
    )
    op.create_index("ix_staff_sessions_user_id", "staff_sessions", ["user_id"])
    op.create_table(
        "handoff_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("handoff_id", sa.Integer(),
                  sa.ForeignKey("handoff_requests.id", ondelete="CASCADE"), nullable=False),
        sa.Column("author", sa.String(64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_handoff_notes_handoff_id", "handoff_notes", ["handoff_id"])
    op.create_table(
        "read_opens",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("read_id", sa.String(64), nullable=False),
    )
    op.create_index("ix_read_opens_created_at", "read_opens", ["created_at"])
    with op.batch_alter_table("handoff_requests") as table:
        table.add_column(sa.Column("assignee", sa.String(64)))
        table.add_column(sa.Column("first_contacted_at", sa.DateTime(timezone=True)))
    with op.batch_alter_table("safety_flags") as table:
        table.add_column(sa.Column("message_id", sa.String(255)))
        table.add_column(sa.Column("reviewed_at", sa.DateTime(timezone=True)))
        table.add_column(sa.Column("reviewed_by", sa.String(64)))
        table.add_column(sa.Column("review_note", sa.Text()))


def downgrade() -> None:
    with op.batch_alter_table("safety_flags") as table:
        for column in ("review_note", "reviewed_by", "reviewed_at", "message_id"):
            table.drop_column(column)
    with op.batch_alter_table("handoff_requests") as table:
        for column in ("first_contacted_at", "assignee"):
            table.drop_column(column)
    for name in ("read_opens", "handoff_notes", "staff_sessions", "staff_users", "audit_log"):
        op.drop_table(name)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION audit_log_read_only() CASCADE")
