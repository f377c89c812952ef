"""Retention: deleting what is older than the retention period (`make purge`, that is
`python -m records.retention`, and the staff console's admin page), and one patient's data on
request. Rasa Open Source has no API to delete stored conversations, so this deletes from its
events table directly, with the staff records that point to the same conversations.

The audit log is kept: it names no patient (records/audit.py).
"""

import os
import sys
from datetime import datetime, timedelta, timezone
from typing import Dict

from sqlalchemy import create_engine, delete, func, select
from sqlalchemy.engine import Connection

from actions.constants import TRACKER_STORE_URL_VAR
from actions.environment import number_setting
from records import audit, migrate
from records.conversations import events, has_events_table
from records.schema import (
    handoff_notes, handoff_requests, live_handoffs, live_messages, read_opens, received_messages,
    safety_flags)

DEFAULT_RETENTION_DAYS = 90
PER_CONVERSATION_LIVE = (("live hand-offs", live_handoffs), ("live messages", live_messages))


def _delete_handoffs(connection: Connection, condition) -> int:
    doomed = select(handoff_requests.c.id).where(condition)
    connection.execute(delete(handoff_notes).where(handoff_notes.c.handoff_id.in_(doomed)))
    return connection.execute(delete(handoff_requests).where(condition)).rowcount


def purge(connection: Connection, days: int) -> Dict[str, int]:
    """Delete conversation events, hand-off requests (with their notes), safety flags, live
    hand-offs and their messages, opened reads and received message ids older than `days` days;
    return how many of each, and how many conversations went entirely."""
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    counts = {"whole conversations": 0, "conversation events": 0}
    if has_events_table(connection):
        old = events.c.timestamp < cutoff.timestamp()
        ended_before = (select(events.c.sender_id).group_by(events.c.sender_id)
                        .having(func.max(events.c.timestamp) < cutoff.timestamp()).subquery())
        counts["whole conversations"] = connection.execute(
            select(func.count()).select_from(ended_before)).scalar()
        counts["conversation events"] = connection.execute(delete(events).where(old)).rowcount
    counts["hand-off requests"] = _delete_handoffs(
        connection, handoff_requests.c.created_at < cutoff)
    for name, table in (("safety flags", safety_flags), *PER_CONVERSATION_LIVE,
                        ("opened reads", read_opens), ("received message ids", received_messages)):
        counts[name] = connection.execute(delete(table).where(table.c.created_at < cutoff)).rowcount
    return counts


def purge_and_audit(connection: Connection, actor: str, days: int) -> Dict[str, int]:
    """`purge`, with who ran it and what went in the audit log."""
    counts = purge(connection, days)
    audit.record(connection, actor, "purged", f"older than {days} days", audit.counts_text(counts))
    return counts


def erase_conversation(connection: Connection, sender_id: str) -> Dict[str, int]:
    """Delete everything stored about one conversation (a patient's request to be forgotten):
    its events, hand-off requests with notes, safety flags, live hand-offs and their messages;
    return how many of each."""
    counts = {"conversation events": 0}
    if has_events_table(connection):
        counts["conversation events"] = connection.execute(
            delete(events).where(events.c.sender_id == sender_id)).rowcount
    counts["hand-off requests"] = _delete_handoffs(
        connection, handoff_requests.c.sender_id == sender_id)
    for name, table in (("safety flags", safety_flags), *PER_CONVERSATION_LIVE):
        counts[name] = connection.execute(
            delete(table).where(table.c.sender_id == sender_id)).rowcount
    return counts


def retention_days() -> int:
    return number_setting("RETENTION_DAYS", DEFAULT_RETENTION_DAYS)


def main() -> int:
    url = os.environ.get(TRACKER_STORE_URL_VAR)
    if not url:
        print(f"make purge: {TRACKER_STORE_URL_VAR} is not set", file=sys.stderr)
        return 2
    try:
        days = retention_days()
        engine = create_engine(url, future=True)
        migrate.check_current(engine)
    except (ValueError, migrate.SchemaNotCurrent) as error:
        print(f"make purge: {error}", file=sys.stderr)
        return 1
    with engine.begin() as connection:
        counts = purge_and_audit(connection, "make purge", days)
    print(f"Deleted what is older than {days} days:")
    for name, count in counts.items():
        print(f"  {name}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
