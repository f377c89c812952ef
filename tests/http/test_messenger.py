"""Facebook Messenger through the real server: the subscription check, X-Hub-Signature-256,
quick replies within Messenger's limits, postbacks, retries, echoes and pictures. Outbound
calls go through fbmessenger to the stand-in Graph API (tests/harness/platforms.py)."""

import hashlib
import hmac
import itertools
import json

import pytest
import requests

from tests.harness.platforms import (
    FACEBOOK_SECRET, FACEBOOK_VERIFY, facebook_signature, platform_payload)

SIGNATURE_HEADER = "X-Hub-Signature-256"
senders = (f"{number}" for number in itertools.count(7_000_000_000_000_001))
mids = (f"m_test{number:08d}" for number in itertools.count(1))


def page_event(name: str, text: str, sender: str) -> dict:
    body = platform_payload(name, text)
    event = body["entry"][0]["messaging"][0]
    event["sender"]["id"] = sender
    (event.get("message") or event["postback"])["mid"] = next(mids)
    return body


def post(bot, body, signature="sign") -> requests.Response:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    if signature == "sign":
        signature = facebook_signature(data)
    headers = {"Content-Type": "application/json",
               **({SIGNATURE_HEADER: signature} if signature else {})}
    return requests.post(f"{bot.base_url}/webhooks/facebook/webhook", data=data,
                         headers=headers, timeout=30)


def sent_to(platforms, recipient, since=0):
    return [request.fields() for request in platforms.sent("facebook", since)
            if request.path.endswith("/me/messages")
            and request.fields()["recipient"]["id"] == recipient]


def test_the_subscription_check_needs_the_verify_token(bot):
    url = f"{bot.base_url}/webhooks/facebook/webhook"
    check = {"hub.mode": "subscribe", "hub.challenge": "1158201444"}
    reply = requests.get(url, params={**check, "hub.verify_token": FACEBOOK_VERIFY}, timeout=10)
    assert reply.status_code == 200 and reply.text == "1158201444"
    assert requests.get(url, params={**check, "hub.verify_token": "guess"},
                        timeout=10).status_code == 403


def test_a_message_is_answered_with_quick_replies_within_messengers_limits(bot, platforms):
    sender = next(senders)
    assert post(bot, page_event("messenger_message", "hi", sender)).status_code == 200
    [answer] = sent_to(platforms, sender)
    replies = answer["message"]["quick_replies"]
    assert len(replies) == 10 and all(len(reply["title"]) <= 20 for reply in replies)
    assert replies[1] == {"content_type": "text", "title": "Is it all in my hea…",
                          "payload": "/ask_all_in_head"}
    assert bot.stored_events(f"facebook:{sender}")[0]["input_channel"] == "facebook"


def test_a_quick_reply_and_a_postback_answer_their_payloads(bot, platforms):
    sender = next(senders)
    post(bot, page_event("messenger_message", "hi", sender))
    mark = platforms.mark()
    post(bot, page_event("messenger_quick_reply", "/ask_all_in_head", sender))
    [answer] = sent_to(platforms, sender, mark)
    assert "not making it up" in answer["message"]["text"]
    post(bot, page_event("messenger_postback", "what causes fibromyalgia", sender))
    assert "neuroinflammation" in sent_to(platforms, sender, mark)[-1]["message"]["text"]


@pytest.mark.parametrize("forge", ["missing", "wrong secret", "old sha1 header only",
                                   "malformed", "md5"])
def test_an_unsigned_or_forged_request_is_refused_and_nothing_stored(bot, platforms, forge):
    sender = next(senders)
    data = json.dumps(page_event("messenger_message", "I want to kill myself", sender)).encode()
    sha1 = "sha1=" + hmac.new(FACEBOOK_SECRET.encode(), data, hashlib.sha1).hexdigest()
    signature = {"missing": None, "wrong secret": facebook_signature(data, "not-the-secret"),
                 "old sha1 header only": None, "malformed": "sha256=zz",
                 "md5": "md5=" + hmac.new(FACEBOOK_SECRET.encode(), data, "md5").hexdigest()
                 }[forge]
    mark = platforms.mark()
    headers = {"Content-Type": "application/json",
               **({SIGNATURE_HEADER: signature} if signature else {}),
               **({"X-Hub-Signature": sha1} if forge == "old sha1 header only" else {})}
    reply = requests.post(f"{bot.base_url}/webhooks/facebook/webhook", data=data,
                          headers=headers, timeout=30)
    assert reply.status_code == (401 if signature is None else 403)
    assert bot.stored_events(f"facebook:{sender}") == []
    assert sent_to(platforms, sender, mark) == []


def test_a_retried_message_is_answered_once(bot, platforms):
    sender = next(senders)
    body = page_event("messenger_message", "is it all in my head", sender)
    assert post(bot, body).status_code == 200
    assert post(bot, body).status_code == 200
    assert len(sent_to(platforms, sender)) == 1


def test_a_crisis_message_gets_988(bot, platforms):
    sender = next(senders)
    post(bot, page_event("messenger_message", "I want to kill myself", sender))
    assert any("988" in answer["message"]["text"] for answer in sent_to(platforms, sender))


def test_a_picture_gets_a_polite_text_only_answer_and_echoes_are_ignored(bot, platforms):
    sender = next(senders)
    post(bot, page_event("messenger_image", "", sender))
    [answer] = sent_to(platforms, sender)
    assert "I can only read text" in answer["message"]["text"]
    echo = platform_payload("messenger_echo")
    echo["entry"][0]["messaging"][0]["recipient"]["id"] = sender
    mark = platforms.mark()
    assert post(bot, echo).status_code == 200
    assert platforms.sent("facebook", mark) == []


@pytest.mark.parametrize("body", [b"[]", b'{"object": "user"}', b'{"object": "page"}',
                                  b"[" * 5000 + b"]" * 5000])
def test_malformed_bodies_get_400(bot, body):
    assert post(bot, body).status_code == 400


def test_an_odd_event_in_a_batch_does_not_keep_a_crisis_from_being_answered(bot, platforms):
    sender = next(senders)
    body = page_event("messenger_message", "i want to kill myself", sender)
    body["entry"][0]["messaging"][:0] = [
        {"recipient": {"id": "1234567890"}, "timestamp": 1, "optin": {"ref": "x"}},
        {"sender": {"user_ref": "UREF2"}, "recipient": {"id": "1234567890"}, "timestamp": 1,
         "message": {"mid": "m_guest", "text": "hi"}},
        {"sender": {"id": None}, "recipient": {"id": "1234567890"}, "timestamp": 1,
         "message": {"mid": "m_null", "text": "hi"}}]
    assert post(bot, body).status_code == 200
    assert any("988" in answer["message"]["text"] for answer in sent_to(platforms, sender))
