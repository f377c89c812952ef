"""records/retention.py: the purge keeps what is younger than the retention period, deletes the
rest with the notes of deleted requests, and erasure removes one conversation only."""

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, func, insert, select, update

from records import live
from records.conversations import events
from records.retention import erase_conversation, purge
from records.schema import handoff_notes, handoff_requests, safety_flags
from records.store import HandoffRequest, SafetyFlag, StaffRecords


def aged(days: float) -> datetime:
    return datetime.now(timezone.utc) - timedelta(days=days)


@pytest.fixture
def records(records_url):
    records = StaffRecords(records_url)
    events.create(records.engine)
    return records


def add_conversation(records, sender, *ages_in_days):
    """A conversation with one user message per age, and a request (with a note), a flag and a
    live hand-off (with a staff message) as old as its newest message."""
    with records.engine.begin() as connection:
        for days in ages_in_days:
            connection.execute(insert(events).values(
                sender_id=sender, type_name="user", timestamp=aged(days).timestamp(),
                data=json.dumps({"event": "user", "text": "hi"})))
    request = records.add_handoff(HandoffRequest(sender, "a@b.org", "email", "why"))
    flag = records.add_flag(SafetyFlag(sender, "warning"))
    newest = aged(min(ages_in_days))
    with records.engine.begin() as connection:
        connection.execute(update(handoff_requests).where(handoff_requests.c.id == request)
                           .values(created_at=newest))
        connection.execute(update(safety_flags).where(safety_flags.c.id == flag)
                           .values(created_at=newest))
        connection.execute(insert(handoff_notes).values(
            created_at=newest, handoff_id=request, author="sam", text="called"))
        live.take_over(connection, sender, "sam", newest)
        live.add_message(connection, sender, "sam", "hello, this is Sam", newest)
        live.end(connection, sender, "sam", newest)


def count(records, table, sender=None):
    query = select(func.count()).select_from(table)
    if sender is not None:
        query = query.where(table.c.sender_id == sender)
    with records.engine.connect() as connection:
        return connection.execute(query).scalar()


def test_purge_deletes_only_what_is_older_than_the_period(records):
    add_conversation(records, "old", 120, 100)
    add_conversation(records, "spanning", 100, 5)  # an old message in a live conversation
    add_conversation(records, "recent", 3)
    with records.engine.begin() as connection:
        counts = purge(connection, 90)
    assert counts["whole conversations"] == 1
    assert counts["conversation events"] == 3
    assert counts["hand-off requests"] == 1 and counts["safety flags"] == 1
    assert counts["live hand-offs"] == 1 and counts["live messages"] == 1
    assert [count(records, events, s) for s in ("old", "spanning", "recent")] == [0, 1, 1]
    assert count(records, handoff_notes) == 2  # the deleted request's note went with it


def test_purge_works_before_rasa_made_its_table(records_url):
    with create_engine(records_url, future=True).begin() as connection:
        assert purge(connection, 90)["conversation events"] == 0


def test_erasure_deletes_one_conversation_everywhere_and_nothing_else(records):
    add_conversation(records, "twilio:+12165550100", 1, 2)
    add_conversation(records, "someone-else", 1)
    with records.engine.begin() as connection:
        counts = erase_conversation(connection, "twilio:+12165550100")
    assert counts == {"conversation events": 2, "hand-off requests": 1, "safety flags": 1,
                      "live hand-offs": 1, "live messages": 1}
    assert count(records, events) == 1 and count(records, handoff_requests) == 1
    assert count(records, handoff_notes) == 1
