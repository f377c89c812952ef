"""Hand-off to a person and safety flags, end to end: the real servers and the real database."""

import pytest

from actions.constants import CRISIS, SAFETY_FLAGS_SLOT
from records.store import StaffRecords
from tests.harness.clients import button_payloads, texts

CONSENT_QUESTION = "I can ask someone from the clinic team to contact you"
CONTACT_QUESTION = "What phone number or email address"
REASON_QUESTION = "what would you like to talk about"
CANCELLED = "nothing was sent to the clinic"


def requests_from(bot, sender):
    return [row for row in StaffRecords(bot.tracker_url).handoffs() if row["sender_id"] == sender]


def open_form_at_contact_step(bot, sender, opening="talk to a person"):
    """Ask for a person and consent: the form now asks for a phone number or address."""
    bot.say(sender, opening)
    assert CONTACT_QUESTION in texts(bot.say(sender, "yes"))


def flags_of(bot, sender):
    return [row for row in StaffRecords(bot.tracker_url).flags() if row["sender_id"] == sender]


@pytest.mark.parametrize("opening", ["can a nurse call me", "I want to talk to a person"])
def test_request_is_stored_and_the_patient_told_what_happens_next(bot, opening):
    sender = f"patient-handoff-{opening[:10]}"
    assert CONSENT_QUESTION in texts(bot.say(sender, opening))
    assert CONTACT_QUESTION in texts(bot.say(sender, "yes please"))
    assert REASON_QUESTION in texts(bot.say(sender, "you can reach me at (216) 444-2200"))
    done = texts(bot.say(sender, "I'd like to talk about my sleep"))

    [request] = requests_from(bot, sender)
    assert request["contact"] == "+12164442200" and request["contact_kind"] == "phone"
    assert request["reason"] == "I'd like to talk about my sleep"
    assert request["channel"] == "rest" and request["status"] == "new"
    assert f"number {request['id']}" in done
    assert "+12164442200" in done
    assert "Monday to Friday, 8 am to 5 pm" in done  # content/clinic.yml
    assert "one business day" in done


def test_an_invalid_contact_is_asked_again_and_an_email_accepted(bot):
    sender = "patient-handoff-email"
    open_form_at_contact_step(bot, sender, "can someone call me back")
    again = texts(bot.say(sender, "555"))
    assert "doesn't look like a phone number or an email address" in again
    assert CONTACT_QUESTION in again
    assert REASON_QUESTION in texts(bot.say(sender, "Jane.Doe@Example.org"))
    bot.say(sender, "questions about brain fog")
    [request] = requests_from(bot, sender)
    assert (request["contact"], request["contact_kind"]) == ("Jane.Doe@example.org", "email")


# Each was read as "deny" or "cancel" and ended the form with nothing sent (issue 10).
@pytest.mark.parametrize("address", [
    "noah.smith@gmail.com", "nora@example.com", "maria.garcia@gmail.com", "chan.wei@gmail.com",
])
def test_an_email_address_is_never_taken_for_a_no(bot, address):
    sender = f"patient-address-{address}"
    open_form_at_contact_step(bot, sender, "can a nurse call me")
    assert REASON_QUESTION in texts(bot.say(sender, address))
    bot.say(sender, "my sleep")
    [request] = requests_from(bot, sender)
    assert request["contact"] == address


# Each was asked again forever, or cancelled the form (issue 10).
@pytest.mark.parametrize("reason", [
    "I'd like to speak to someone about my sleep", "I want to discuss my flare-ups",
    "I need to cancel my appointment next week", "no",
])
def test_any_reason_is_taken_as_typed(bot, reason):
    sender = f"patient-reason-{reason[:20]}"
    open_form_at_contact_step(bot, sender)
    bot.say(sender, "216-444-2200")
    done = texts(bot.say(sender, reason))
    [request] = requests_from(bot, sender)
    assert request["reason"] == reason and f"number {request['id']}" in done


def test_a_rejected_address_is_explained_not_rewritten(bot):
    sender = "patient-odd-address"
    open_form_at_contact_step(bot, sender)
    again = texts(bot.say(sender, "x' OR '1'='1@example"))
    assert "doesn't look like a phone number or an email address" in again
    assert requests_from(bot, sender) == []


# An explicit cancel ends the form at any step; at the reason step a lone "no" is a reason.
@pytest.mark.parametrize("answers_before_cancel, cancel", [
    ([], "cancel"), (["yes"], "cancel"), (["yes", "216-444-2200"], "cancel"),
    ([], "no"), (["yes"], "no thanks"), (["yes", "216-444-2200"], "forget it"),
    (["yes"], "/cancel"), (["yes", "216-444-2200"], "Never mind."), (["yes"], "stop"),
])
def test_cancelling_at_any_step_stores_nothing(bot, answers_before_cancel, cancel):
    sender = f"patient-cancel-{cancel}-{len(answers_before_cancel)}"
    bot.say(sender, "talk to a person")
    for answer in answers_before_cancel:
        bot.say(sender, answer)
    assert CANCELLED in texts(bot.say(sender, cancel))
    assert requests_from(bot, sender) == []
    # The form is over: a question gets its answer again, and a new request starts afresh.
    assert "neuroinflammation" in texts(bot.say(sender, "what causes fibromyalgia"))
    assert CONSENT_QUESTION in texts(bot.say(sender, "can a nurse call me"))


def test_two_misunderstandings_in_a_row_offer_a_person(bot):
    sender = "patient-lost"
    first = texts(bot.say(sender, "qwerty uiop zxcv"))
    assert "rephrase" in first and CONSENT_QUESTION not in first
    second = bot.say(sender, "blorp snarf wibble")
    assert CONSENT_QUESTION in texts(second)
    assert {"/affirm", "/deny"} <= set(button_payloads(second))


def test_crisis_is_flagged_for_staff_and_offers_a_person(bot):
    sender = "patient-flagged"
    replies = bot.say(sender, "i dont want to live anymore")
    assert "988" in texts(replies)
    assert "/request_handoff" in button_payloads(replies)
    [flag] = flags_of(bot, sender)
    assert flag["category"] == "crisis" and flag["phrase"]
    slots = {event["name"]: event["value"] for event in bot.stored_events(sender, "slot")}
    assert slots[SAFETY_FLAGS_SLOT] == [CRISIS]
    assert CONSENT_QUESTION in texts(bot.say(sender, "/request_handoff"))


def test_ordinary_questions_are_not_flagged(bot):
    sender = "patient-unflagged"
    bot.say(sender, "my pain is killing me, why does it hurt so much")
    assert flags_of(bot, sender) == []


def test_crisis_during_the_form_gets_its_answer_and_the_request_carries_the_flag(bot):
    sender = "patient-crisis-in-form"
    open_form_at_contact_step(bot, sender, "can a nurse call me")
    interrupted = bot.say(sender, "honestly I want to kill myself")
    assert "988" in texts(interrupted)
    assert CONTACT_QUESTION in texts(interrupted)  # the form goes on
    # The crisis answer's "Talk to a person" button: already under way, so just ask again.
    assert "/request_handoff" in button_payloads(interrupted)
    again = texts(bot.say(sender, "/request_handoff"))
    assert CONTACT_QUESTION in again and "doesn't look like" not in again
    bot.say(sender, "216 444 2200")
    bot.say(sender, "I need help today")
    [request] = requests_from(bot, sender)
    assert request["safety_flags"] == "crisis"
    assert request["reason"] == "I need help today"
