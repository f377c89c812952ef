"""actions/safety_flag.py: what a safety flag records, and that a flag survives a database error."""

import asyncio

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.constants import (
    CATEGORY_KEY, CRISIS, EMERGENCY, LEARNED_INTENT_KEY, PHRASE_KEY, SAFETY_FLAGS_SLOT, TRIAGE_KEY,
    safety_intent)
from actions.safety_flag import ActionFlagSafety, flag_for
from records.store import SafetyFlag, StaffRecords
from tests.harness.trackers import tracker_with


def test_flag_keeps_the_triage_finding_and_the_learned_prediction():
    message = {"intent": {"name": safety_intent(CRISIS), "confidence": 1.0},
               TRIAGE_KEY: {CATEGORY_KEY: CRISIS, PHRASE_KEY: "kill myself",
                            LEARNED_INTENT_KEY: {"name": "ask_causes", "confidence": 0.4}}}
    assert flag_for("p", message) == SafetyFlag("p", CRISIS, "kill myself", "ask_causes", 0.4)


def test_flag_without_triage_comes_from_the_safety_intent():
    message = {"intent": {"name": safety_intent(EMERGENCY), "confidence": 0.93}}
    assert flag_for("p", message) == SafetyFlag("p", EMERGENCY)


def test_flag_is_kept_in_the_slot_when_the_table_cannot_be_written(records_url):
    records = StaffRecords(records_url)
    with records.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE safety_flags")
    tracker = tracker_with("i want to kill myself", intent=safety_intent(CRISIS),
                           triage={CATEGORY_KEY: CRISIS, PHRASE_KEY: "kill myself"},
                           slots={SAFETY_FLAGS_SLOT: ["medication"]}, sender_id="patient-flag",
                           latest_action="utter_safety_crisis")
    events = asyncio.run(ActionFlagSafety(records).run(CollectingDispatcher(), tracker, {}))
    assert events == [SlotSet(SAFETY_FLAGS_SLOT, ["medication", "crisis"])]


def test_a_stored_flag_names_the_message_it_is_about(records_url):
    records = StaffRecords(records_url)
    tracker = tracker_with("i want to kill myself", intent=safety_intent(CRISIS),
                           triage={CATEGORY_KEY: CRISIS, PHRASE_KEY: "kill myself"},
                           sender_id="patient-flag", latest_action="utter_safety_crisis")
    message_id = [e for e in tracker.events if e["event"] == "user"][-1]["message_id"]
    asyncio.run(ActionFlagSafety(records).run(CollectingDispatcher(), tracker, {}))
    assert message_id and records.flags()[-1]["message_id"] == message_id
