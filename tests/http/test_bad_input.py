"""Bad input over HTTP, as a careless user or an attacker would send it: broken Unicode, invisible
text, client metadata the server must not trust, megabytes of it."""

import json

import pytest
import requests

from tests.harness.clients import texts

CRISIS_LINE = "988"


@pytest.mark.parametrize("message", ["I want to kill myself \ud800", "i want to die \udc00\ud83d"])
def test_a_lone_surrogate_still_gets_the_crisis_answer(bot, message):
    body = json.dumps({"sender": f"patient-surrogate-{len(message)}", "message": message})
    reply = requests.post(bot.webhook, data=body, timeout=30,
                          headers={"Content-Type": "application/json"})
    assert reply.status_code == 200
    assert CRISIS_LINE in texts(reply.json())


def test_a_message_of_invisible_characters_is_a_400(bot):
    assert bot.post("patient-invisible", "\u200b\u200d\ufeff").status_code == 400


def test_only_allowed_client_metadata_is_stored(bot):
    sender = "patient-metadata"
    reply = bot.post(sender, "hi", metadata={"page": "/clinic", "typed_shortcut": "/ask_reads",
                                             "input_channel": "staff-console", "x": "y" * 1000})
    assert reply.status_code == 200
    [stored] = bot.stored_events(sender)
    assert stored["metadata"].get("page") == "/clinic"
    assert not {"typed_shortcut", "input_channel", "x"} & set(stored["metadata"])
    assert stored["input_channel"] == "rest"


def test_megabytes_of_metadata_are_refused(bot):
    reply = bot.post("patient-huge", "hi", metadata={"page": "x" * 10_000_000})
    assert reply.status_code == 413
    assert bot.stored_events("patient-huge") == []
