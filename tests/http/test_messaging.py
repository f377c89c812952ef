"""What the four messaging channels share (connectors/messaging/webhook.py): the size limit, the
health route with the delivery-failure count, and the shortcut guard."""

import json
import time

import pytest
import requests

from connectors.rest import MAX_BODY_BYTES
from tests.harness.platforms import TELEGRAM_SECRET, platform_payload

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
    [stored] = bot.stored_events("3000001")
    assert stored["text"] == 'request_handoff{"handoff_contact": "x"}'
    assert stored["metadata"]["typed_shortcut"].startswith("/request_handoff")
