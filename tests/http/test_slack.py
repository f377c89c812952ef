"""Slack through the real server: the signing secret and its five-minute window, the URL check,
blocks with buttons, button clicks, retries, files and the bot's own messages. Slack's webhook
acknowledges before it answers, so the tests wait for what is posted (`eventually`). Outbound
calls go through slack_sdk to the stand-in API (tests/harness/platforms.py)."""

import itertools
import json
import time
from urllib.parse import urlencode

import pytest
import requests

from tests.harness.platforms import eventually, platform_payload, slack_headers

users = (f"U{number:09d}" for number in itertools.count(1))
event_ids = (f"Ev{number:08d}" for number in itertools.count(1))


def event(name: str, text: str, user: str, channel: str) -> dict:
    body = platform_payload(name, text)
    body["event_id"] = next(event_ids)
    body["event"].update(user=user, channel=channel)
    return body


def click(payload: str, user: str, channel: str) -> bytes:
    body = platform_payload("slack_block_actions", payload)
    body["user"]["id"], body["channel"]["id"] = user, channel
    body["actions"][0]["action_ts"] = f"{time.time():.6f}"
    return urlencode({"payload": json.dumps(body)}).encode()


def post(bot, body, headers="sign", **extra_headers) -> requests.Response:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    content_type = ("application/x-www-form-urlencoded" if data.startswith(b"payload=")
                    else "application/json")
    signed = slack_headers(data) if headers == "sign" else headers
    return requests.post(f"{bot.base_url}/webhooks/slack/webhook", data=data, timeout=30,
                         headers={"Content-Type": content_type, **signed, **extra_headers})


def posted_in(platforms, channel, since=0):
    return [request.fields() for request in platforms.sent("slack", since)
            if request.path.endswith("/chat.postMessage")
            and request.fields()["channel"] == channel]


def new_conversation():
    user = next(users)
    return user, f"D{user[1:]}"


def test_the_url_check_is_answered_only_when_signed(bot):
    body = platform_payload("slack_url_verification")
    reply = post(bot, body)
    assert reply.status_code == 200 and reply.json() == {"challenge": body["challenge"]}
    assert post(bot, body, headers={}).status_code == 401


def test_a_direct_message_is_answered_with_blocks_and_buttons(bot, platforms):
    user, channel = new_conversation()
    assert post(bot, event("slack_message_im", "what causes fibromyalgia", user, channel)
                ).status_code == 200
    [answer] = eventually(lambda: posted_in(platforms, channel))
    section, actions = answer["blocks"]
    assert "neuroinflammation" in section["text"]["text"]
    assert [(b["text"]["text"], b["value"]) for b in actions["elements"]] == [
        ("Related reading", "/ask_reads")]
    # Slack is answered after the acknowledgement: the conversation is stored after the answer.
    assert eventually(lambda: bot.stored_events(f"slack:{user}"))[0]["input_channel"] == "slack"


def test_a_button_click_answers_its_payload(bot, platforms):
    user, channel = new_conversation()
    post(bot, event("slack_message_im", "hello", user, channel))
    eventually(lambda: posted_in(platforms, channel))
    mark = platforms.mark()
    assert post(bot, click("/ask_all_in_head", user, channel)).status_code == 200
    [answer] = eventually(lambda: posted_in(platforms, channel, mark))
    assert "not making it up" in answer["text"]


@pytest.mark.parametrize("forge", ["missing", "wrong secret", "six minutes old", "bad timestamp"])
def test_an_unsigned_forged_or_stale_request_is_refused_and_nothing_stored(bot, platforms, forge):
    user, channel = new_conversation()
    data = json.dumps(event("slack_message_im", "I want to kill myself", user, channel)).encode()
    headers = {"missing": {},
               "wrong secret": slack_headers(data, secret="not-the-secret"),
               "six minutes old": slack_headers(data, at=time.time() - 360),
               "bad timestamp": {**slack_headers(data), "X-Slack-Request-Timestamp": "soon"}}[forge]
    mark = platforms.mark()
    assert post(bot, data, headers).status_code == (401 if forge == "missing" else 403)
    assert bot.stored_events(f"slack:{user}") == []
    assert posted_in(platforms, channel, mark) == []


def test_a_retried_event_is_answered_once(bot, platforms):
    user, channel = new_conversation()
    body = event("slack_message_im", "is it all in my head", user, channel)
    assert post(bot, body).status_code == 200
    eventually(lambda: posted_in(platforms, channel))
    assert post(bot, body, **{"X-Slack-Retry-Num": "1",
                              "X-Slack-Retry-Reason": "http_timeout"}).status_code == 200
    time.sleep(1)
    assert len(posted_in(platforms, channel)) == 1


def test_a_crisis_message_gets_988(bot, platforms):
    user, channel = new_conversation()
    post(bot, event("slack_message_im", "I want to kill myself", user, channel))
    assert any("988" in answer["text"]
               for answer in eventually(lambda: posted_in(platforms, channel)))


def test_a_file_without_words_gets_a_polite_text_only_answer(bot, platforms):
    user, channel = new_conversation()
    post(bot, event("slack_message_file_share", "", user, channel))
    [answer] = eventually(lambda: posted_in(platforms, channel))
    assert "I can only read text" in answer["text"]


def test_a_mention_in_a_channel_gets_only_a_pointer_to_a_direct_message(bot, platforms):
    user, _ = new_conversation()
    channel = f"C{user[1:]}"
    body = event("slack_message_im", "<@U0BQ7JRQG> what causes fibromyalgia", user, channel)
    body["event"]["type"] = "app_mention"
    del body["event"]["channel_type"]
    assert post(bot, body).status_code == 200
    [pointer] = eventually(lambda: posted_in(platforms, channel))
    assert "direct message" in pointer["text"]
    assert bot.stored_events(f"slack:{user}") == []


def test_the_bots_own_messages_are_not_answered(bot, platforms):
    user, channel = new_conversation()
    assert post(bot, event("slack_bot_message", "", user, channel)).status_code == 200
    time.sleep(1)  # time enough to answer, were it answered
    assert posted_in(platforms, channel) == []


def test_an_email_address_typed_in_slack_reaches_the_bot_as_typed(bot):
    user, channel = new_conversation()
    post(bot, event("slack_message_im",
                    "<mailto:jane.doe@example.com|jane.doe@example.com> or <tel:2165550123>",
                    user, channel))
    stored = eventually(lambda: bot.stored_events(f"slack:{user}"))
    assert stored[0]["text"] == "jane.doe@example.com or 2165550123"


@pytest.mark.parametrize("body", [b'{"type": "event_callback", "event_id": null, "event": {}}',
                                  b"[" * 5000 + b"]" * 5000,
                                  b"payload=" + b"%5B" * 5000 + b"%5D" * 5000,
                                  b"payload=%7Bnot+json"])
def test_malformed_signed_bodies_get_400(bot, body):
    assert post(bot, body).status_code == 400


def test_slack_escapes_and_mentions_are_undone_before_the_bot_reads_the_text(bot):
    user, channel = new_conversation()
    post(bot, event("slack_message_im", "<@U0BQ7JRQG> is &lt;fibro&gt; &amp; sleep linked",
                    user, channel))
    assert eventually(lambda: bot.stored_events(f"slack:{user}"))[0]["text"] == "is <fibro> & sleep linked"


def test_slack_gets_its_2xx_at_once_when_answering_takes_longer(bot, platforms):
    user, channel = new_conversation()
    platforms.delay_s = 4
    try:
        reply = post(bot, event("slack_message_im", "what causes fibromyalgia", user, channel))
        assert reply.status_code == 200 and reply.elapsed.total_seconds() < 2
        eventually(lambda: posted_in(platforms, channel))
    finally:
        platforms.delay_s = 0
