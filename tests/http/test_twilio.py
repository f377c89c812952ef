"""SMS and WhatsApp through Twilio, through the real server: the X-Twilio-Signature check,
numbered options and "2" picking the second, retries, MMS, the hand-off over SMS with the
number written from, and WhatsApp replies from the WhatsApp sender. Outbound calls go through
twilio's own client to the stand-in API (tests/harness/platforms.py)."""

import itertools

import pytest
import requests

from connectors.messaging.replies import NUMBERED_HINT
from records.store import StaffRecords
from tests.harness.platforms import (
    TWILIO_NUMBER, platform_payload, twilio_form, twilio_signature)

SIGNATURE_HEADER = "X-Twilio-Signature"
# Fictional 555-01xx numbers that are valid phone numbers: one conversation per test.
phone_numbers = (f"+1216555{number:04d}" for number in itertools.count(101))
message_sids = (f"SM{number:032d}" for number in itertools.count(1))


def sms(text: str, sender: str, name: str = "twilio_sms") -> dict:
    fields = platform_payload(name, text)
    fields["MessageSid"] = fields["SmsSid"] = fields["SmsMessageSid"] = next(message_sids)
    fields["From"] = sender if name != "twilio_whatsapp" else f"whatsapp:{sender}"
    return fields


def post(bot, fields: dict, signature: str = "sign") -> requests.Response:
    url = f"{bot.base_url}/webhooks/twilio/webhook"
    if signature == "sign":
        signature = twilio_signature(url, fields)
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               **({SIGNATURE_HEADER: signature} if signature else {})}
    return requests.post(url, data=twilio_form(fields), headers=headers, timeout=30)


def texts_to(platforms, recipient, since=0):
    return [request.fields() for request in platforms.sent("twilio", since)
            if request.path.endswith("/Messages.json") and request.fields()["To"] == recipient]


def say(bot, platforms, sender, text, name="twilio_sms"):
    mark = platforms.mark()
    reply = post(bot, sms(text, sender, name))
    assert reply.status_code == 200
    return [message["Body"] for message in texts_to(platforms, reply_address(sender, name), mark)]


def reply_address(sender, name):
    return f"whatsapp:{sender}" if name == "twilio_whatsapp" else sender


def test_an_sms_is_answered_with_numbered_options_from_the_number_written_to(bot, platforms):
    sender = next(phone_numbers)
    reply = post(bot, sms("what causes fibromyalgia", sender))
    assert reply.status_code == 200 and "<Response>" in reply.text
    [answer] = texts_to(platforms, sender)
    assert answer["From"] == TWILIO_NUMBER
    assert "neuroinflammation" in answer["Body"]
    assert answer["Body"].endswith(f"1. Related reading\n{NUMBERED_HINT}")


def test_replying_2_picks_the_second_option(bot, platforms):
    sender = next(phone_numbers)
    [menu] = say(bot, platforms, sender, "hi")
    assert "2. Is it all in my head?" in menu
    [answer] = say(bot, platforms, sender, "2")
    assert "not making it up" in answer
    assert bot.stored_events(f"twilio:{sender}")[-1]["text"] == "/ask_all_in_head"


def test_whatsapp_is_answered_from_the_whatsapp_sender(bot, platforms):
    sender = next(phone_numbers)
    post(bot, sms("is it all in my head", sender, "twilio_whatsapp"))
    [answer] = texts_to(platforms, f"whatsapp:{sender}")
    assert answer["From"] == "whatsapp:+14155238886"
    assert "not making it up" in answer["Body"]


@pytest.mark.parametrize("forge", ["missing", "wrong token", "other url", "changed field"])
def test_an_unsigned_or_forged_request_is_refused_and_nothing_is_stored(bot, platforms, forge):
    sender = next(phone_numbers)
    fields = sms("I want to kill myself", sender)
    url = f"{bot.base_url}/webhooks/twilio/webhook"
    signature = {"missing": None,
                 "wrong token": twilio_signature(url, fields, token="not-the-token"),
                 "other url": twilio_signature("https://attacker.example/webhook", fields),
                 "changed field": twilio_signature(url, {**fields, "FromZip": "44195"})}[forge]
    mark = platforms.mark()
    assert post(bot, fields, signature).status_code == (401 if forge == "missing" else 403)
    assert bot.stored_events(f"twilio:{sender}") == []
    assert texts_to(platforms, sender, mark) == []


def test_a_retried_message_is_answered_once(bot, platforms):
    sender = next(phone_numbers)
    fields = sms("is it all in my head", sender)
    assert post(bot, fields).status_code == 200
    assert post(bot, fields).status_code == 200
    assert len(texts_to(platforms, sender)) == 1


def test_a_crisis_text_gets_988(bot, platforms):
    sender = next(phone_numbers)
    assert any("988" in body for body in say(bot, platforms, sender, "i want to end my life"))


def test_a_picture_without_words_gets_a_polite_text_only_answer(bot, platforms):
    sender = next(phone_numbers)
    fields = platform_payload("twilio_mms_photo")
    fields["From"] = sender
    assert post(bot, fields).status_code == 200
    [answer] = texts_to(platforms, sender)
    assert "I can only read text" in answer["Body"]
    assert bot.stored_events(f"twilio:{sender}") == []


@pytest.mark.parametrize("field, value", [("From", None), ("MessageSid", ""),
                                          ("From", "+1 216 555")])
def test_a_signed_request_without_a_usable_sender_or_id_gets_400(bot, field, value):
    fields = sms("hello", next(phone_numbers))
    if value is None:
        del fields[field]
    else:
        fields[field] = value
    assert post(bot, fields).status_code == 400


def test_a_repeated_field_is_refused_since_only_one_value_is_signed(bot):
    fields = sms("hello", next(phone_numbers))
    url = f"{bot.base_url}/webhooks/twilio/webhook"
    body = twilio_form(fields) + b"&Body=i+want+to+die"
    reply = requests.post(url, data=body, timeout=30, headers={
        "Content-Type": "application/x-www-form-urlencoded",
        SIGNATURE_HEADER: twilio_signature(url, fields)})
    assert reply.status_code == 400


@pytest.mark.parametrize("word", ["STOP", "cancel", "Unsubscribe "])
def test_an_sms_opt_out_word_is_left_to_twilio(bot, platforms, word):
    sender = next(phone_numbers)
    assert say(bot, platforms, sender, word) == []
    assert bot.stored_events(f"twilio:{sender}") == []


def test_stop_on_whatsapp_is_an_ordinary_message(bot, platforms):
    sender = next(phone_numbers)
    assert say(bot, platforms, sender, "stop", "twilio_whatsapp")


def test_the_handoff_over_sms_offers_the_number_written_from(bot, platforms):
    sender = next(phone_numbers)
    [consent] = say(bot, platforms, sender, "can I talk to a person")
    assert "1. Yes, please" in consent
    [offer] = say(bot, platforms, sender, "1")
    assert f"contact you at {sender}, the number you are writing from" in offer
    assert "1. Yes, this number" in offer
    [reason] = say(bot, platforms, sender, "1")
    assert "what would you like to talk about" in reason
    [done] = say(bot, platforms, sender, "my sleep is getting worse")
    assert f"contact you at {sender}" in done
    [request] = [row for row in StaffRecords(bot.tracker_url).handoffs()
                 if row["sender_id"] == f"twilio:{sender}"]
    assert (request["contact"], request["channel"]) == (sender, "twilio")
