"""actions/handoff.py without Rasa: the reason kept, what action_submit_handoff stores, and the
number written from offered as the contact over SMS and WhatsApp."""

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.clinic import load_clinic
from actions.constants import (
    HANDOFF_CONSENT_SLOT, HANDOFF_CONTACT_SLOT, HANDOFF_REASON_SLOT, SAFETY_FLAGS_SLOT)
from actions.handoff import (
    MAX_REASON_CHARS, ActionAskHandoffContact, ActionSubmitHandoff, ValidateHandoffForm,
    short_reason)
from records.store import StaffRecords
from tests.harness.trackers import tracker_with


def test_reason_is_trimmed_and_kept_short():
    assert short_reason("  my   sleep\n is bad ") == "my sleep is bad"
    assert short_reason("   ") is None
    long = short_reason("pain " * 400)
    assert len(long) == MAX_REASON_CHARS and long.endswith("…")


FINISHED_FORM = {HANDOFF_CONSENT_SLOT: True, HANDOFF_CONTACT_SLOT: "+12164442200",
                 HANDOFF_REASON_SLOT: "sleep", SAFETY_FLAGS_SLOT: ["crisis"]}


def run_submit(records, **slots):
    """action_submit_handoff on a finished form (with `slots` changed), through rasa-sdk's
    dispatcher and tracker."""
    tracker = tracker_with("sleep", slots={**FINISHED_FORM, **slots}, sender_id="patient-submit",
                           latest_action="handoff_form")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionSubmitHandoff(records, load_clinic()).run(dispatcher, tracker, {}))
    return dispatcher.messages, events


def test_submit_stores_the_request_and_empties_the_form(records_url):
    records = StaffRecords(records_url)
    messages, events = run_submit(records)
    [stored] = records.handoffs()
    assert (stored["contact"], stored["reason"], stored["safety_flags"], stored["channel"]) == (
        "+12164442200", "sleep", "crisis", "rest")
    assert messages[0]["response"] == "utter_handoff_submitted"
    assert messages[0]["reference"] == stored["id"]
    assert {e["name"]: e["value"] for e in events} == {
        HANDOFF_CONSENT_SLOT: None, HANDOFF_CONTACT_SLOT: None, HANDOFF_REASON_SLOT: None}


# What the form would never let through: a forged tracker posted to the action server, or a form
# cancelled at the contact or reason step.
@pytest.mark.parametrize("slots", [
    {HANDOFF_CONTACT_SLOT: "x' OR '1'='1"}, {HANDOFF_CONTACT_SLOT: None},
    {HANDOFF_REASON_SLOT: " "}, {HANDOFF_CONSENT_SLOT: None},
])
def test_submit_stores_nothing_that_is_not_a_complete_valid_request(records_url, slots):
    records = StaffRecords(records_url)
    messages, events = run_submit(records, **slots)
    assert records.handoffs() == []
    assert [m["response"] for m in messages] == ["utter_handoff_cancelled"]


def test_a_request_that_cannot_be_stored_is_not_reported_as_sent(records_url):
    records = StaffRecords(records_url)
    with records.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE handoff_requests")
    messages, _ = run_submit(records)
    assert [m["response"] for m in messages] == ["utter_handoff_failed"]


@pytest.mark.parametrize("channel, sender, offered", [
    ("twilio", "twilio:+12165550123", "+12165550123"),
    ("twilio", "twilio:whatsapp:+12165550123", "+12165550123"),
    ("twilio", "twilio:not-a-number", None),
    ("rest", "+12165550123", None),
    ("telegram", "telegram:12165550123", None),
])
def test_the_contact_question_offers_the_number_written_from_only_over_twilio(
        channel, sender, offered):
    tracker = tracker_with("yes", channel=channel, sender_id=sender)
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAskHandoffContact(load_clinic()).run(dispatcher, tracker, {}))
    [message] = dispatcher.messages
    if offered:
        assert message["response"] == "utter_ask_handoff_contact_offer"
        assert message["number"] == offered
    else:
        assert message["response"] == "utter_ask_handoff_contact"


def validated_contact(records_url, text, intent, channel):
    tracker = tracker_with(text, intent=intent, channel=channel, sender_id="twilio:+12165550123")
    form = ValidateHandoffForm(load_clinic(), StaffRecords(records_url))
    return form.validate_handoff_contact(text, CollectingDispatcher(), tracker, {})


def test_yes_to_the_offer_makes_the_number_written_from_the_contact(records_url):
    assert validated_contact(records_url, "/affirm", "affirm", "twilio") == {
        HANDOFF_CONTACT_SLOT: "+12165550123"}


def test_yes_without_an_offer_is_not_a_contact(records_url):
    assert validated_contact(records_url, "yes", "affirm", "rest") == {HANDOFF_CONTACT_SLOT: None}


@pytest.mark.parametrize("text, intent", [("call 216-444-2200", "inform"),
                                          ("yes, but call 216-444-2200", "affirm")])
def test_another_number_typed_over_sms_is_taken_instead(records_url, text, intent):
    assert validated_contact(records_url, text, intent, "twilio") == {
        HANDOFF_CONTACT_SLOT: "+12164442200"}
