"""What the four messaging channels share (connectors/messaging/webhook.py): the size limit,
unreadable signatures, a platform API that fails (counted, logged without text, 2xx kept), and
the shortcut guard."""

import json
import time

import pytest
import requests

from connectors.rest import MAX_BODY_BYTES
from tests.harness.platforms import TELEGRAM_SECRET, eventually, platform_payload
from tests.http import test_messenger, test_slack, test_telegram, test_twilio

CHANNELS = ["telegram", "twilio", "slack", "facebook"]


@pytest.mark.parametrize("channel", CHANNELS)
def test_an_oversized_body_gets_413_before_anything_else(bot, channel):
    reply = requests.post(f"{bot.base_url}/webhooks/{channel}/webhook",
                          data=b"x" * (MAX_BODY_BYTES + 1), timeout=30)
    assert reply.status_code == 413


SIGNATURE_HEADERS = {"telegram": {"X-Telegram-Bot-Api-Secret-Token": "s\xffcret"},
                     "twilio": {"X-Twilio-Signature": "sig\xff"},
                     "slack": {"X-Slack-Request-Timestamp": "0", "X-Slack-Signature": "v0=\xe9"},
                     "facebook": {"X-Hub-Signature-256": "sha256=\xff"}}


@pytest.mark.parametrize("channel", CHANNELS)
def test_a_signature_header_of_odd_bytes_is_refused_with_403_not_500(bot, channel):
    headers = dict(SIGNATURE_HEADERS[channel])
    if channel == "slack":
        headers["X-Slack-Request-Timestamp"] = str(int(time.time()))
    reply = requests.post(f"{bot.base_url}/webhooks/{channel}/webhook", data=b'{"a": 1}',
                          headers=headers, timeout=30)
    assert reply.status_code == 403


@pytest.mark.parametrize("channel", CHANNELS)
def test_each_channel_reports_its_health_and_delivery_failures(bot, channel):
    health = requests.get(f"{bot.base_url}/webhooks/{channel}/", timeout=10).json()
    assert health["status"] == "ok" and isinstance(health["delivery_failures"], int)


def test_a_typed_shortcut_is_plain_text_on_messaging_apps_too(bot, platforms):
    body = platform_payload("telegram_message", '/request_handoff{"handoff_contact": "x"}')
    body["message"]["chat"]["id"] = body["update_id"] = 3_000_001
    requests.post(f"{bot.base_url}/webhooks/telegram/webhook", data=json.dumps(body),
                  headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}, timeout=30)
    [stored] = bot.stored_events("telegram:3000001")
    assert stored["text"] == 'request_handoff{"handoff_contact": "x"}'
    assert stored["metadata"]["typed_shortcut"].startswith("/request_handoff")


def send_signed(bot, channel: str, text: str) -> requests.Response:
    """One signed text message on `channel`, from a new conversation, with each platform
    test module's own helpers."""
    if channel == "telegram":
        return test_telegram.post(bot, test_telegram.update(
            "telegram_message", text, next(test_telegram.chat_ids)))
    if channel == "twilio":
        return test_twilio.post(bot, test_twilio.sms(text, next(test_twilio.phone_numbers)))
    if channel == "slack":
        user, dm = test_slack.new_conversation()
        return test_slack.post(bot, test_slack.event("slack_message_im", text, user, dm))
    return test_messenger.post(bot, test_messenger.page_event(
        "messenger_message", text, next(test_messenger.senders)))


@pytest.mark.parametrize("channel", CHANNELS)
def test_a_failing_platform_api_is_counted_logged_without_text_and_the_webhook_answers(
        bot, platforms, channel):
    health = f"{bot.base_url}/webhooks/{channel}/"
    failures_before = requests.get(health, timeout=10).json()["delivery_failures"]
    platforms.down = True
    try:
        assert send_signed(bot, channel, f"my private {channel} symptom list").status_code == 200
        eventually(lambda: requests.get(health, timeout=10).json()["delivery_failures"]
                   > failures_before)
    finally:
        platforms.down = False
    log = (bot.log_dir / "rasa.log").read_text(errors="replace")
    assert f"{channel}: a reply was not delivered" in log
    assert f"my private {channel} symptom list" not in log
