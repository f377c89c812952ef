"""Live hand-off through the real servers (connectors/live.py, console/pages/live.py): staff take
a conversation over in the console, talk to the patient in the widget or on WhatsApp, a crisis
message while they have it is flagged without a bot answer, they hand it back (or the idle
time-out does) and the bot answers again; one patient's token never reads another's messages."""

import json
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from sqlalchemy import create_engine, select

from connectors.live import SWEEP_EVERY_S, TIMEOUT_ACTOR
from console.unanswered import find_unanswered
from records import audit
from records.schema import audit_log
from records.store import StaffRecords
from tests.conftest import ADMIN, STAFF
from tests.harness.live import LiveStaff, WidgetPatient, age_last_staff_message
from tests.harness.platforms import eventually
from tests.harness.servers import STAFF_RELAY_TOKEN
from tests.http import test_twilio

CAUSES = "what causes fibromyalgia?"


@pytest.fixture
def nurse(staff_console) -> LiveStaff:
    return LiveStaff(staff_console, ADMIN[0], ADMIN[2])


def audit_entries(bot, sender: str) -> list:
    """(actor, action) of the audit log's entries on this conversation, oldest first."""
    with create_engine(bot.tracker_url).connect() as connection:
        return [tuple(row) for row in connection.execute(
            select(audit_log.c.actor, audit_log.c.action)
            .where(audit_log.c.target == audit.conversation_ref(sender))
            .order_by(audit_log.c.id))]


def test_staff_take_over_talk_in_the_widget_and_hand_back(bot, staff_console, nurse):
    patient = WidgetPatient(bot)
    assert patient.say(CAUSES), "the bot answers before the take-over"

    assert nurse.take_over(patient.sender).status_code == 303
    joined = patient.new_messages()
    assert joined["staff"] == "ada"
    assert [m["author"] for m in joined["messages"]] == ["ada"]
    assert "ada from the clinic has joined" in joined["messages"][0]["text"]

    assert patient.say(CAUSES) == [], "the bot stays quiet while staff have the conversation"
    feed = nurse.feed(patient.sender)
    assert feed["turns"][-1]["text"] == CAUSES and feed["turns"][-1]["who"] == "patient"

    assert nurse.say(patient.sender, text="Hello, this is Ada. How can I help?") == {
        "delivered": True}
    assert nurse.say(patient.sender, reply="0") == {"delivered": True}  # crisis resources
    said = patient.new_messages()["messages"]
    assert [m["text"][:20] for m in said] == ["Hello, this is Ada. ", "If you are thinking "]
    assert "988" in said[1]["text"] and all(m["author"] == "ada" for m in said)

    transcript = nurse.session.get(staff_console.url("/conversation"),
                                   params={"id": patient.sender}, timeout=10).text
    assert "ada (staff)" in transcript and "Hello, this is Ada." in transcript

    assert nurse.hand_back(patient.sender).status_code == 303
    back = patient.new_messages()
    assert back["staff"] is None and "handed you back" in back["messages"][-1]["text"]
    assert any("neuroinflammation" in answer for answer in patient.say(CAUSES)), \
        "the bot answers again once handed back"
    assert audit_entries(bot, patient.sender) == [
        ("ada", "took over"), ("ada", "sent a live message"), ("ada", "sent a live message"),
        ("ada", "handed back")]


def test_a_crisis_message_during_a_take_over_is_flagged_at_once_without_a_bot_answer(
        bot, staff_console, nurse):
    patient = WidgetPatient(bot)
    patient.say("hello")
    nurse.take_over(patient.sender)
    urgent_before = nurse.session.get(staff_console.url("/flags/count"), timeout=10).json()

    assert patient.say("i want to kill myself") == []

    flags = nurse.feed(patient.sender)["unreviewed_flags"]
    assert [(flag["label"], flag["urgent"]) for flag in flags] == [("crisis", True)]
    urgent_after = nurse.session.get(staff_console.url("/flags/count"), timeout=10).json()
    assert urgent_after["urgent"] == urgent_before["urgent"] + 1
    [flag] = [row for row in StaffRecords(bot.tracker_url).flags()
              if row["sender_id"] == patient.sender]
    [crisis_message] = [event for event in bot.stored_events(patient.sender)
                        if event["text"] == "i want to kill myself"]
    assert flag["message_id"] == crisis_message["message_id"]
    nurse.hand_back(patient.sender)


def test_an_ordinary_message_during_a_take_over_raises_no_flag(bot, staff_console, nurse):
    patient = WidgetPatient(bot)
    patient.say("hello")
    nurse.take_over(patient.sender)
    patient.say("is it all in my head?")
    assert nurse.feed(patient.sender)["unreviewed_flags"] == []
    nurse.hand_back(patient.sender)


def test_one_patients_token_never_reads_another_conversation(bot, staff_console, nurse):
    first, second = WidgetPatient(bot), WidgetPatient(bot)
    for patient in (first, second):
        patient.say("hello")
    nurse.take_over(second.sender)
    assert second.new_messages()["messages"], "the right token reads its conversation"

    assert first.fetch(sender=second.sender).status_code == 403
    assert first.fetch(sender="me", token="0" * 64).status_code == 403  # an id the client chose
    missing = requests.post(f"{bot.base_url}/webhooks/live/messages", timeout=10,
                            data=json.dumps({"sender": second.sender}))
    assert missing.status_code == 401
    assert second.fetch(after=-1).status_code == 400
    for body in (b"[1]", b"{not json", b"x" * 2000):
        reply = requests.post(f"{bot.base_url}/webhooks/live/messages", data=body, timeout=10)
        assert reply.status_code in (400, 413) and "error" in reply.json()
    nurse.hand_back(second.sender)


def test_the_relay_takes_steps_only_from_the_console(bot, staff_console, nurse):
    patient = WidgetPatient(bot)
    patient.say("hello")
    url = f"{bot.base_url}/webhooks/live/relay"
    step = {"step": "join", "conversation": patient.sender, "staff": "mallory"}
    assert requests.post(url, json=step, timeout=10).status_code == 403
    assert requests.post(url, json=step, headers={"X-Relay-Token": "x" * 43},
                         timeout=10).status_code == 403
    assert patient.new_messages()["messages"] == [], "a refused step tells the patient nothing"

    signed = {"X-Relay-Token": STAFF_RELAY_TOKEN}
    nobody = requests.post(url, json={**step, "conversation": "never-seen"}, headers=signed,
                           timeout=10)
    assert nobody.status_code == 404
    not_taken = requests.post(url, json={**step, "step": "say", "text": "hi"}, headers=signed,
                              timeout=10)
    assert not_taken.status_code == 409
    assert requests.post(url, json={**step, "step": "dance"}, headers=signed,
                         timeout=10).status_code == 400


def test_a_colleague_cannot_take_over_a_conversation_already_taken(bot, staff_console, nurse):
    patient = WidgetPatient(bot)
    patient.say("hello")
    colleague = LiveStaff(staff_console, STAFF[0], STAFF[2])
    nurse.take_over(patient.sender)
    again = colleague.take_over(patient.sender)
    assert again.headers["location"].endswith("notice=taken")
    page = colleague.session.get(staff_console.url(again.headers["location"]), timeout=10).text
    assert "Someone else has taken this conversation over" in page
    assert [m["author"] for m in patient.new_messages()["messages"]] == ["ada"], \
        "the patient is told once, about the one who has the conversation"
    nurse.hand_back(patient.sender)
    assert colleague.hand_back(patient.sender).status_code == 409, "handed back once"


def test_a_take_over_without_staff_replies_is_handed_back_with_the_clinics_contact(
        bot, staff_console, nurse):
    patient = WidgetPatient(bot)
    patient.say("hello")
    nurse.take_over(patient.sender)
    age_last_staff_message(bot.tracker_url, patient.sender, minutes=11)  # LIVE_IDLE_MINUTES=10

    def handed_back():
        """The widget's news once the take-over is closed and the patient told (the message is
        stored a moment after the take-over is closed)."""
        news = patient.fetch(after=0).json()
        told = news["staff"] is None and news["messages"][-1]["author"] is None
        return news if told else None

    told = eventually(handed_back, timeout_s=SWEEP_EVERY_S + 10)["messages"][-1]
    assert told["author"] is None and "nobody from the clinic" in told["text"]
    assert "Monday to Friday" in told["text"] and "988" in told["text"]
    assert any("neuroinflammation" in answer for answer in patient.say(CAUSES))
    assert audit_entries(bot, patient.sender)[-1] == (TIMEOUT_ACTOR, "handed back")


def test_staff_talk_to_a_whatsapp_patient_through_twilio(bot, platforms, staff_console, nurse):
    number = next(test_twilio.phone_numbers)
    conversation = f"twilio:whatsapp:{number}"
    assert test_twilio.say(bot, platforms, number, CAUSES, "twilio_whatsapp")

    def texts_since(mark):
        return [(text["From"], text["Body"]) for text in
                test_twilio.texts_to(platforms, f"whatsapp:{number}", mark)]

    mark = platforms.mark()
    nurse.take_over(conversation)
    nurse.say(conversation, text="Hi, this is Ada from the clinic.")
    sent = texts_since(mark)
    written_to = test_twilio.sms("", number, "twilio_whatsapp")["To"]
    assert [body[:30] for _, body in sent] == ["ada from the clinic has joined",
                                               "Hi, this is Ada from the clini"]
    assert {sender for sender, _ in sent} == {written_to}, "from the number the patient wrote to"

    assert test_twilio.say(bot, platforms, number, "i want to kill myself",
                           "twilio_whatsapp") == [], "no bot answer while staff have it"
    assert [f["label"] for f in nurse.feed(conversation)["unreviewed_flags"]] == ["crisis"]

    mark = platforms.mark()
    nurse.hand_back(conversation)
    assert "handed you back" in texts_since(mark)[0][1]
    assert any("neuroinflammation" in answer for answer in
               test_twilio.say(bot, platforms, number, CAUSES, "twilio_whatsapp"))


def test_a_crisis_message_followed_at_once_by_another_is_flagged_once(bot, staff_console, nurse):
    patient = WidgetPatient(bot)
    patient.say("hello")
    nurse.take_over(patient.sender)
    for _ in range(3):
        with ThreadPoolExecutor(max_workers=2) as pool:
            crisis = pool.submit(patient.say, "i want to kill myself")
            time.sleep(0.02)  # the widget sends the next message without waiting for a reply
            pool.submit(patient.say, "ok thanks")
            assert crisis.result() == []
    crisis_ids = [event["message_id"] for event in bot.stored_events(patient.sender)
                  if event["text"] == "i want to kill myself"]
    flagged = [flag["message_id"] for flag in StaffRecords(bot.tracker_url).flags()
               if flag["sender_id"] == patient.sender]
    assert sorted(flagged) == sorted(crisis_ids) and len(crisis_ids) == 3
    nurse.hand_back(patient.sender)


def age_conversation(bot, sender: str, minutes: float) -> None:
    """Make every stored event of the conversation `minutes` older."""
    with sqlite3.connect(bot.tracker_url.removeprefix("sqlite:///")) as database:
        database.execute(
            "UPDATE events SET timestamp = timestamp - ?, data = json_set(data, '$.timestamp', "
            "json_extract(data, '$.timestamp') - ?) WHERE sender_id = ?",
            (minutes * 60, minutes * 60, sender))


def test_a_new_session_during_a_take_over_keeps_the_bot_paused(bot, staff_console, nurse):
    patient = WidgetPatient(bot)
    patient.say(CAUSES)
    nurse.take_over(patient.sender)
    age_conversation(bot, patient.sender, minutes=61)  # domain.yml: sessions end after 60

    assert patient.say(CAUSES) == [], "the new session is paused too"
    assert patient.say("i want to kill myself") == []
    assert [f["label"] for f in nurse.feed(patient.sender)["unreviewed_flags"]] == ["crisis"]
    assert nurse.say(patient.sender, text="Still here.") == {"delivered": True}
    nurse.hand_back(patient.sender)
    assert any("neuroinflammation" in answer for answer in patient.say(CAUSES))


def test_odd_tokens_senders_and_secrets_get_a_4xx_not_a_500(bot, staff_console):
    patient = WidgetPatient(bot)
    base = f"{bot.base_url}/webhooks/live"
    assert patient.fetch(token="é").status_code == 403
    lone_surrogate = '{"sender": "\\ud800", "token": "x"}'
    assert requests.post(f"{base}/messages", data=lone_surrogate, timeout=10).status_code == 403
    assert requests.post(f"{base}/relay", data=b"{}", headers={"X-Relay-Token": "\xe9"},
                         timeout=10).status_code == 403
    assert requests.post(f"{base}/session", data=b"x" * 5000, timeout=10).status_code == 413


def test_staff_are_told_when_a_web_chat_cannot_receive_their_messages(bot, staff_console,
                                                                      nurse):
    sender = "plain-rest-client-1"  # an id the client made: no widget holds a token for it
    bot.say(sender, "hello")
    assert nurse.take_over(sender).headers["location"].endswith("notice=not-delivered")
    assert nurse.say(sender, text="Can you see this?") == {"delivered": False}
    nurse.hand_back(sender)


def test_a_typed_message_and_a_one_click_reply_together_are_refused(bot, staff_console, nurse):
    patient = WidgetPatient(bot)
    patient.say("hello")
    nurse.take_over(patient.sender)
    both = nurse.session.post(staff_console.url("/live/say"), timeout=30,
                              data={"csrf_token": nurse.csrf, "id": patient.sender,
                                    "text": "typed", "reply": "0"})
    assert both.status_code == 400
    assert [m["author"] for m in patient.new_messages()["messages"]] == ["ada"], "only the join"
    nurse.hand_back(patient.sender)


def test_messages_to_staff_are_not_listed_as_unanswered_questions(bot, staff_console, nurse):
    question = "can i park near the clinic entrance"
    patient, other = WidgetPatient(bot), WidgetPatient(bot)
    patient.say("hello")
    nurse.take_over(patient.sender)
    patient.say(question)
    nurse.hand_back(patient.sender)
    other.say(question)
    with create_engine(bot.tracker_url).connect() as connection:
        listed = {message.sender_id for message in find_unanswered(connection).messages}
    assert other.sender in listed, "the bot was asked and could not answer"
    assert patient.sender not in listed, "the patient was writing to staff"
