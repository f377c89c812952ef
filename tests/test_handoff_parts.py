"""The hand-off's parts without Rasa: contacts, reasons, clinic settings, staff records, flags."""

import asyncio
import os
import subprocess
import sys

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.clinic import load_clinic
from actions.contact import Contact, find_contact
from actions.content_files import ContentError
from actions.handoff import (
    CONSENT_SLOT, CONTACT_SLOT, MAX_REASON_CHARS, REASON_SLOT, ActionSubmitHandoff, short_reason,
)
from actions.safety_flag import FLAGS_SLOT, ActionFlagSafety, flag_for
from actions.staff_records import HandoffRequest, SafetyFlag, StaffRecords
from bot_servers import REPO


@pytest.mark.parametrize("typed, expected", [
    ("216-444-2200", Contact("phone", "+12164442200")),
    ("my number is (216) 444 2200, thanks", Contact("phone", "+12164442200")),
    ("call me on +44 20 7946 0958", Contact("phone", "+442079460958")),
    ("Jane.Doe@Example.ORG", Contact("email", "Jane.Doe@example.org")),
    ("email me at jane@example.org.", Contact("email", "jane@example.org")),
    ("+1 216 444 2200 or jane@example.org", Contact("email", "jane@example.org")),
    ("<noah.smith@gmail.com>", Contact("email", "noah.smith@gmail.com")),
    ("o'brien@example.com", Contact("email", "o'brien@example.com")),
])
def test_finds_and_normalises_a_contact(typed, expected):
    assert find_contact(typed, "US") == expected


@pytest.mark.parametrize("typed", [
    "not sure", "12345", "555-0000", "0000000000", "jane@", "jane@localhost", "@example.org", "",
    "x' OR '1'='1@example", "jane smith@@example.org",
])
def test_rejects_what_is_not_a_usable_contact(typed):
    assert find_contact(typed, "US") is None


def test_reads_local_numbers_in_the_clinics_country():
    assert find_contact("020 7946 0958", "GB") == Contact("phone", "+442079460958")
    assert find_contact("020 7946 0958", "US") is None


def test_reason_is_trimmed_and_kept_short():
    assert short_reason("  my   sleep\n is bad ") == "my sleep is bad"
    assert short_reason("   ") is None
    long = short_reason("pain " * 400)
    assert len(long) == MAX_REASON_CHARS and long.endswith("…")


def test_clinic_settings_load():
    clinic = load_clinic()
    assert clinic.hours and clinic.reply_time and clinic.phone_region == "US"


@pytest.mark.parametrize("text, field", [
    ("hours: 9 to 5\nreply_time: a day\nphone_region: XX\n", "phone_region"),
    ("reply_time: a day\nphone_region: US\n", "hours"),
    ("hours: ''\nreply_time: a day\nphone_region: US\n", "hours"),
    ("hours: 9 to 5\nreply_time: a day\nphone_region: US\nopen: true\n", "open"),
])
def test_broken_clinic_settings_name_the_field(tmp_path, text, field):
    path = tmp_path / "clinic.yml"
    path.write_text(text)
    with pytest.raises(ContentError, match=f"clinic settings .*field '{field}'"):
        load_clinic(path)


def test_handoff_requests_and_flags_are_read_back_by_another_connection(tmp_path):
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    writer = StaffRecords(url)
    first = writer.add_handoff(HandoffRequest("patient-1", "+12164442200", "phone", "sleep", "rest"))
    second = writer.add_handoff(HandoffRequest("patient-2", "a@example.org", "email", "pain",
                                               safety_flags="crisis"))
    writer.add_flag(SafetyFlag("patient-2", "crisis", "end it all", "ask_causes", 0.31))

    reader = StaffRecords(url)  # e.g. the staff console, in another process
    rows = reader.handoffs()
    assert [row["id"] for row in rows] == [first, second]
    assert rows[0]["contact"] == "+12164442200" and rows[0]["status"] == "new"
    assert rows[1]["safety_flags"] == "crisis" and rows[1]["created_at"] is not None
    [flag] = reader.flags()
    assert (flag["sender_id"], flag["category"], flag["phrase"]) == ("patient-2", "crisis", "end it all")
    assert flag["learned_intent"] == "ask_causes"


def test_flag_keeps_the_triage_finding_and_the_learned_prediction():
    message = {"intent": {"name": "safety_crisis", "confidence": 1.0},
               "triage": {"category": "crisis", "phrase": "kill myself",
                          "learned_intent": {"name": "ask_causes", "confidence": 0.4}}}
    assert flag_for("p", message) == SafetyFlag("p", "crisis", "kill myself", "ask_causes", 0.4)


def test_flag_without_triage_comes_from_the_safety_intent():
    message = {"intent": {"name": "safety_emergency", "confidence": 0.93}}
    assert flag_for("p", message) == SafetyFlag("p", "emergency")


def test_staff_queue_lists_requests_and_flags(tmp_path):
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    records = StaffRecords(url)
    records.add_handoff(HandoffRequest("patient-9", "+12164442200", "phone", "sleep questions"))
    records.add_flag(SafetyFlag("patient-9", "emergency", "chest pain"))
    result = subprocess.run([sys.executable, "scripts/staff_queue.py"], cwd=REPO,
                            env={**os.environ, "PYTHONPATH": ".", "TRACKER_STORE_URL": url},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    request_line = next(line for line in result.stdout.splitlines() if "patient-9" in line
                        and "+12164442200" in line)
    assert "sleep questions" in request_line and "new" in request_line
    assert "Hand-off requests (1)" in result.stdout and "Safety flags (1)" in result.stdout
    assert any("emergency" in line and "chest pain" in line for line in result.stdout.splitlines())


FINISHED_FORM = {CONSENT_SLOT: True, CONTACT_SLOT: "+12164442200", REASON_SLOT: "sleep",
                 FLAGS_SLOT: ["crisis"]}


def run_submit(records, **slots):
    """action_submit_handoff on a finished form (with `slots` changed), through rasa-sdk's
    dispatcher and tracker."""
    tracker = Tracker(
        sender_id="patient-submit", slots={**FINISHED_FORM, **slots},
        latest_message={"text": "sleep"}, events=[{"event": "user", "text": "sleep",
                                                   "input_channel": "rest"}],
        paused=False, followup_action=None, active_loop={}, latest_action_name="handoff_form",
    )
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionSubmitHandoff(records, load_clinic()).run(dispatcher, tracker, {}))
    return dispatcher.messages, events


def test_submit_stores_the_request_and_empties_the_form(tmp_path):
    records = StaffRecords(f"sqlite:///{tmp_path / 'tracker.db'}")
    messages, events = run_submit(records)
    [stored] = records.handoffs()
    assert (stored["contact"], stored["reason"], stored["safety_flags"], stored["channel"]) == (
        "+12164442200", "sleep", "crisis", "rest")
    assert messages[0]["response"] == "utter_handoff_submitted"
    assert messages[0]["reference"] == stored["id"]
    assert {e["name"]: e["value"] for e in events} == {
        CONSENT_SLOT: None, CONTACT_SLOT: None, REASON_SLOT: None}


# What the form would never let through: a forged tracker posted to the action server, or a form
# cancelled at the contact or reason step.
@pytest.mark.parametrize("slots", [
    {CONTACT_SLOT: "x' OR '1'='1"}, {CONTACT_SLOT: None}, {REASON_SLOT: " "}, {CONSENT_SLOT: None},
])
def test_submit_stores_nothing_that_is_not_a_complete_valid_request(tmp_path, slots):
    records = StaffRecords(f"sqlite:///{tmp_path / 'tracker.db'}")
    messages, events = run_submit(records, **slots)
    assert records.handoffs() == []
    assert [m["response"] for m in messages] == ["utter_handoff_cancelled"]


def test_a_request_that_cannot_be_stored_is_not_reported_as_sent(tmp_path):
    records = StaffRecords(f"sqlite:///{tmp_path / 'tracker.db'}")
    with records.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE handoff_requests")
    messages, _ = run_submit(records)
    assert [m["response"] for m in messages] == ["utter_handoff_failed"]


def test_flag_is_kept_in_the_slot_when_the_table_cannot_be_written(tmp_path):
    records = StaffRecords(f"sqlite:///{tmp_path / 'tracker.db'}")
    with records.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE safety_flags")
    tracker = Tracker(
        sender_id="patient-flag", slots={FLAGS_SLOT: ["medication"]},
        latest_message={"intent": {"name": "safety_crisis", "confidence": 1.0},
                        "triage": {"category": "crisis", "phrase": "kill myself"}},
        events=[], paused=False, followup_action=None, active_loop={},
        latest_action_name="utter_safety_crisis",
    )
    events = asyncio.run(ActionFlagSafety(records).run(CollectingDispatcher(), tracker, {}))
    assert events == [SlotSet(FLAGS_SLOT, ["medication", "crisis"])]


def test_sqlite_database_folder_is_created_on_first_use(tmp_path):
    records = StaffRecords(f"sqlite:///{tmp_path / 'var' / 'tracker.db'}")  # no var/ yet
    records.add_flag(SafetyFlag("patient", "crisis"))
    assert (tmp_path / "var" / "tracker.db").exists()
