"""Telegram through the real server: the secret token, inline keyboards, button clicks, read
cards, retries, photos and a platform that cannot be reached. Outbound calls go to the
stand-in Telegram API (tests/harness/platforms.py) through aiogram itself."""

import itertools
import json

import pytest
import requests

from tests.harness.platforms import TELEGRAM_SECRET, platform_payload

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
chat_ids = itertools.count(2_000_001)
update_ids = itertools.count(20_000_001)


def update(name: str, text: str, chat_id: int) -> dict:
    body = platform_payload(name, text)
    body["update_id"] = next(update_ids)
    (body.get("message") or body["callback_query"]["message"])["chat"]["id"] = chat_id
    return body


def post(bot, body, secret=TELEGRAM_SECRET) -> requests.Response:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"Content-Type": "application/json", **({SECRET_HEADER: secret} if secret else {})}
    return requests.post(f"{bot.base_url}/webhooks/telegram/webhook", data=data,
                         headers=headers, timeout=30)


def sent_messages(platforms, chat_id, since=0):
    return [request.fields() for request in platforms.sent("telegram", since)
            if request.path.endswith("/sendMessage")
            and request.fields()["chat_id"] == str(chat_id)]


def keyboard(message) -> list:
    markup = json.loads(message.get("reply_markup") or "{}")
    return [row[0] for row in markup.get("inline_keyboard", [])]


def test_the_webhook_is_registered_with_the_secret_at_start(bot, platforms):
    [registration] = [request.fields() for request in platforms.sent("telegram")
                      if request.path.endswith("/setWebhook")]
    assert registration["url"] == f"{bot.base_url}/webhooks/telegram/webhook"
    assert registration["secret_token"] == TELEGRAM_SECRET


def test_a_question_is_answered_with_an_inline_keyboard(bot, platforms):
    chat = next(chat_ids)
    reply = post(bot, update("telegram_message", "what causes fibromyalgia", chat))
    assert reply.status_code == 200
    [answer] = sent_messages(platforms, chat)
    assert "neuroinflammation" in answer["text"]
    assert "Source:" in answer["text"]
    assert keyboard(answer) == [{"text": "Related reading", "callback_data": "/ask_reads"}]
    assert bot.stored_events(f"telegram:{chat}")[0]["input_channel"] == "telegram"


def test_a_button_click_answers_its_payload_with_reads_as_titles(bot, platforms):
    chat = next(chat_ids)
    post(bot, update("telegram_message", "what causes fibromyalgia", chat))
    mark = platforms.mark()
    assert post(bot, update("telegram_callback_query", "/ask_reads", chat)).status_code == 200
    assert any(request.path.endswith("/answerCallbackQuery")
               for request in platforms.sent("telegram", mark))
    [reads] = sent_messages(platforms, chat, mark)
    assert reads["text"].startswith("Here are related reads") and "\n• " in reads["text"]
    assert [button["callback_data"] for button in keyboard(reads)] == ["/more_reads",
                                                                        "/ask_topics"]
    assert bot.stored_events(f"telegram:{chat}")[-1]["text"] == "/ask_reads"


@pytest.mark.parametrize("secret, status", [(None, 401), ("not-the-secret", 403),
                                            (TELEGRAM_SECRET[:-1], 403)])
def test_a_request_without_the_secret_is_refused_and_nothing_is_stored(
        bot, platforms, secret, status):
    chat = next(chat_ids)
    mark = platforms.mark()
    reply = post(bot, update("telegram_message", "I want to kill myself", chat), secret)
    assert reply.status_code == status
    assert bot.stored_events(f"telegram:{chat}") == []
    assert sent_messages(platforms, chat, mark) == []


def test_a_retried_update_is_answered_once(bot, platforms):
    chat = next(chat_ids)
    body = update("telegram_message", "is it all in my head", chat)
    assert post(bot, body).status_code == 200
    assert post(bot, body).status_code == 200
    assert len(sent_messages(platforms, chat)) == 1
    assert len(bot.stored_events(f"telegram:{chat}")) == 1


def test_a_crisis_message_gets_988(bot, platforms):
    chat = next(chat_ids)
    post(bot, update("telegram_message", "I want to kill myself", chat))
    assert any("988" in message["text"] for message in sent_messages(platforms, chat))


def test_a_photo_gets_a_polite_text_only_answer(bot, platforms):
    chat = next(chat_ids)
    body = platform_payload("telegram_photo")
    body["message"]["chat"]["id"] = chat
    assert post(bot, body).status_code == 200
    [answer] = sent_messages(platforms, chat)
    assert "I can only read text" in answer["text"] and "988" in answer["text"]


@pytest.mark.parametrize("body", [
    b"{not json", b"[1, 2]", b'{"message": {}}', b'{"update_id": "1", "message": {"chat": {}}}',
    b'{"update_id": 5, "message": {"chat": {"id": null, "type": "private"}, "text": "hi"}}',
    b'{"update_id": 6, "message": {"chat": {"id": "../../x", "type": "private"}, "text": "hi"}}',
    b"[" * 5000 + b"]" * 5000])
def test_malformed_updates_get_400(bot, body):
    assert post(bot, body).status_code == 400


def test_a_group_gets_only_a_pointer_to_a_private_chat(bot, platforms):
    group = -next(chat_ids)
    addressed = update("telegram_message", "@Fibro_Test_Bot i want to kill myself", group)
    addressed["message"]["chat"]["type"] = "group"
    chatter = update("telegram_message", "anyone tried yoga for fibro?", group)
    chatter["message"]["chat"]["type"] = "group"
    assert post(bot, chatter).status_code == 200
    assert sent_messages(platforms, group) == []
    assert post(bot, addressed).status_code == 200
    [pointer] = sent_messages(platforms, group)
    assert "private chat" in pointer["text"] and "988" in pointer["text"]
    assert bot.stored_events(f"telegram:{group}") == []


def test_start_is_read_as_a_greeting(bot, platforms):
    chat = next(chat_ids)
    post(bot, update("telegram_message", "/start", chat))
    [answer] = sent_messages(platforms, chat)
    assert answer["text"].startswith("Hi!")


def test_an_api_that_does_not_answer_is_given_up_on_and_the_webhook_still_answers(bot, platforms):
    chat = next(chat_ids)
    health = f"{bot.base_url}/webhooks/telegram/"
    failures_before = requests.get(health, timeout=10).json()["delivery_failures"]
    platforms.delay_s = 15
    try:
        reply = post(bot, update("telegram_message", "is it all in my head", chat))
    finally:
        platforms.delay_s = 0
    assert reply.status_code == 200
    assert reply.elapsed.total_seconds() < 14
    assert requests.get(health, timeout=10).json()["delivery_failures"] == failures_before + 1
