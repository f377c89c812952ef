"""records/store.py: staff records written by one connection are read by another, and no
process works on staff tables that are not at its schema; a platform's message id is received
once."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import update

from records.migrate import SchemaNotCurrent
from records.schema import received_messages
from records.store import RECEIPT_MEMORY, HandoffRequest, SafetyFlag, StaffRecords


def test_handoff_requests_and_flags_are_read_back_by_another_connection(records_url):
    writer = StaffRecords(records_url)
    first = writer.add_handoff(HandoffRequest("patient-1", "+12164442200", "phone", "sleep",
                                              "rest"))
    second = writer.add_handoff(HandoffRequest("patient-2", "a@example.org", "email", "pain",
                                               safety_flags="crisis"))
    writer.add_flag(SafetyFlag("patient-2", "crisis", "end it all", "ask_causes", 0.31))

    reader = StaffRecords(records_url)  # e.g. the staff console, in another process
    rows = reader.handoffs()
    assert [row["id"] for row in rows] == [first, second]
    assert rows[0]["contact"] == "+12164442200" and rows[0]["status"] == "new"
    assert rows[1]["safety_flags"] == "crisis" and rows[1]["created_at"] is not None
    [flag] = reader.flags()
    assert (flag["sender_id"], flag["category"], flag["phrase"]) == (
        "patient-2", "crisis", "end it all")
    assert flag["learned_intent"] == "ask_causes"


def test_a_database_that_was_never_migrated_is_refused_with_what_to_run(tmp_path):
    with pytest.raises(SchemaNotCurrent, match="python -m records.migrate"):
        StaffRecords(f"sqlite:///{tmp_path / 'tracker.db'}")


def test_a_platform_message_id_is_received_once_per_channel(records_url):
    records = StaffRecords(records_url)
    assert records.first_receipt("telegram", "10000001")
    assert not records.first_receipt("telegram", "10000001")
    assert not StaffRecords(records_url).first_receipt("telegram", "10000001")
    assert records.first_receipt("slack", "10000001")


def test_message_ids_are_forgotten_after_two_days(records_url):
    records = StaffRecords(records_url)
    records.first_receipt("twilio", "SM-old")
    with records.engine.begin() as connection:
        connection.execute(update(received_messages).values(
            created_at=datetime.now(timezone.utc) - RECEIPT_MEMORY - timedelta(minutes=1)))
    records.first_receipt("twilio", "SM-new")  # each receipt clears the expired ones
    assert records.first_receipt("twilio", "SM-old")
