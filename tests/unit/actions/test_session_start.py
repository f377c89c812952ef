"""actions/session_start.py: a new session of a conversation staff have taken over stays paused;
any other starts as Rasa's own session start would, also when the records cannot be read."""

import asyncio
from datetime import datetime, timezone

from rasa_sdk.events import ActionExecuted, ConversationPaused, SessionStarted
from rasa_sdk.executor import CollectingDispatcher

from actions.session_start import ActionSessionStart
from records import live
from records.store import StaffRecords
from tests.harness.trackers import tracker_with


def session_start_events(records: StaffRecords, sender_id: str) -> list:
    tracker = tracker_with("hello", sender_id=sender_id)
    return asyncio.run(ActionSessionStart(records).run(CollectingDispatcher(), tracker, {}))


def test_a_taken_over_conversation_stays_paused_in_its_new_session(records_url):
    records = StaffRecords(records_url)
    records.in_transaction(live.take_over, "taken", "ada", datetime.now(timezone.utc))
    assert session_start_events(records, "taken") == [
        SessionStarted(), ConversationPaused(), ActionExecuted("action_listen")]


def test_other_conversations_start_as_rasa_starts_them(records_url):
    records = StaffRecords(records_url)
    records.in_transaction(live.take_over, "handed-back", "ada", datetime.now(timezone.utc))
    records.in_transaction(live.end, "handed-back", "ada", datetime.now(timezone.utc))
    for sender_id in ("handed-back", "never-taken"):
        assert session_start_events(records, sender_id) == [
            SessionStarted(), ActionExecuted("action_listen")]


def test_unreadable_records_start_the_session_unpaused(records_url):
    records = StaffRecords(records_url)
    with records.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE live_handoffs")
    assert session_start_events(records, "anyone") == [
        SessionStarted(), ActionExecuted("action_listen")]
