"""End to end over HTTP: the real servers on loopback, talked to as the website widget would."""

import json

import pytest
import requests

from tests.harness.clients import button_payloads, texts

ARTICLE_URL = "https://health.clevelandclinic.org/what-causes-fibromyalgia"


def test_answers_what_causes_fibromyalgia_with_source(bot):
    replies = bot.say("patient-causes", "what causes fibromyalgia")
    answer = texts(replies)
    assert "neuroinflammation" in answer
    assert "inflammation in the brain" in answer
    assert ARTICLE_URL in answer


def test_answers_is_it_all_in_my_head_as_half_true(bot):
    answer = texts(bot.say("patient-head", "is it all in my head?"))
    assert "half true" in answer
    assert "not in your imagination" in answer
    assert ARTICLE_URL in answer


def test_understands_typos_and_lowercase(bot):
    answer = texts(bot.say("patient-typo", "wat causes fibromialgia"))
    assert "neuroinflammation" in answer


def test_tell_me_more_continues_the_current_topic(bot):
    bot.say("patient-more", "are my muscles inflamed")
    more = texts(bot.say("patient-more", "tell me more"))
    assert "pain processing" in more or "processed as painful" in more
    assert ARTICLE_URL in more


def test_why_after_pain_sensitivity_explains_brain_communication(bot):
    bot.say("patient-why", "why does light touch hurt so much")
    assert "awkward pauses" in texts(bot.say("patient-why", "why?"))


def test_tell_me_more_without_a_topic_offers_topics(bot):
    replies = bot.say("patient-fresh", "tell me more")
    assert "/ask_causes" in button_payloads(replies)


def test_what_else_can_i_ask_offers_topic_buttons(bot):
    payloads = button_payloads(bot.say("patient-topics", "what else can I ask?"))
    assert {"/ask_causes", "/ask_all_in_head", "/ask_symptoms", "/ask_treatment"} <= set(payloads)


def test_greeting_says_what_the_bot_is(bot):
    greeting = texts(bot.say("patient-hello", "hello"))
    assert "automated assistant" in greeting
    assert "not medical advice" in greeting
    assert "911" in greeting


def test_never_diagnoses(bot):
    answer = texts(bot.say("patient-diagnose", "do I have fibromyalgia?"))
    assert "can't tell you whether you have fibromyalgia" in answer
    assert "healthcare provider" in answer


def test_gibberish_asks_to_rephrase_with_topics(bot):
    replies = bot.say("patient-gibberish", "qwerty uiop zxcv")
    assert "rephrase" in texts(replies)
    assert "/ask_causes" in button_payloads(replies)


def test_out_of_scope_is_answered_honestly(bot):
    answer = texts(bot.say("patient-weather", "what's the weather like today?"))
    assert "can't help with that" in answer
    assert "fibromyalgia" in answer


def test_conversations_are_kept_apart(bot):
    bot.say("patient-a", "are my muscles inflamed")
    bot.say("patient-b", "what is the evidence")
    more_a = texts(bot.say("patient-a", "tell me more"))
    assert "PET" not in more_a and "processed as painful" in more_a


@pytest.mark.parametrize(
    "raw_body, status",
    [
        ("{not json", 400),
        ("[1, 2, 3]", 400),
        ('"just a string"', 400),
        ("", 400),
        (json.dumps({"message": "hello"}), 400),  # no sender
        (json.dumps({"sender": "", "message": "hello"}), 400),
        (json.dumps({"sender": 42, "message": "hello"}), 400),
        (json.dumps({"sender": "x", "message": None}), 400),
        (json.dumps({"sender": "x", "message": ""}), 400),
        (json.dumps({"sender": "x", "message": "  \n "}), 400),
        (json.dumps({"sender": "x", "message": 17}), 400),
        (json.dumps({"sender": "x", "message": "hi", "metadata": "oops"}), 400),
        (json.dumps({"sender": "x", "message": "a" * 10_001}), 413),
    ],
)
def test_bad_requests_get_a_4xx_with_a_reason(bot, raw_body, status):
    reply = requests.post(bot.webhook, data=raw_body, timeout=30,
                          headers={"Content-Type": "application/json"})
    assert reply.status_code == status
    assert reply.json()["error"]
    assert bot.is_running()


@pytest.mark.parametrize(
    "message",
    [
        "my pain is worse when the weather changes " * 190,  # about 8,000 characters
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "😊🙏💜",
        "¿Qué causa la fibromialgia?",
        "/nonexistent_intent",
        '/ask_causes{"topic": "not-a-topic"}',
    ],
)
def test_odd_messages_get_a_reply_and_the_server_stays_up(bot, message):
    reply = bot.post("patient-odd", message)
    assert reply.status_code == 200
    assert texts(reply.json()).strip(), "the patient got no reply at all"
    assert bot.say("patient-odd-check", "what causes fibro")  # still answering


def test_markup_is_never_echoed_back(bot):
    answer = texts(bot.say("patient-markup", "<script>alert(1)</script>"))
    assert "<script>" not in answer


def test_reads_are_suggested_as_text_buttons_and_cards(bot):
    replies = bot.say("patient-reads", "does beer make my back hurt")
    cards = [card for reply in replies if "custom" in reply for card in reply["custom"]["reads"]]
    assert cards[0]["title"] == "3 Ways Alcohol May Be Contributing to Your Back Pain"
    assert cards[0]["title"] in texts(replies)
    assert "/more_reads" in button_payloads(replies)


def test_more_reads_never_repeats_a_read(bot):
    first = bot.say("patient-paging", "anything I can read about back pain?")
    second = bot.say("patient-paging", "more reads")
    titles = lambda replies: {c["title"] for r in replies if "custom" in r for c in r["custom"]["reads"]}  # noqa: E731
    assert titles(first) and titles(second)
    assert not titles(first) & titles(second)


def test_medical_answers_offer_related_reading_without_pushing(bot):
    replies = bot.say("patient-offer", "what is the treatment for fibromyalgia")
    assert "/ask_reads" in button_payloads(replies)
    assert not any("custom" in reply for reply in replies)  # only offered, not sent
    reads = bot.say("patient-offer", "/ask_reads")
    assert any("custom" in reply for reply in reads)


@pytest.mark.parametrize(
    "message, must_say",
    [
        ("I want to end it all", "988"),
        ("i have crushing chest pain", "Call 911"),
        ("how much duloxetine can I take", "doctor or pharmacist"),
    ],
)
def test_safety_messages_get_the_fixed_answer(bot, message, must_say):
    answer = texts(bot.say("patient-safety", message))
    assert must_say in answer
    assert ARTICLE_URL not in answer  # not a learned medical answer


def test_my_pain_is_killing_me_is_a_pain_question_not_a_crisis(bot):
    assert "988" not in texts(bot.say("patient-figure-of-speech", "my pain is killing me"))
