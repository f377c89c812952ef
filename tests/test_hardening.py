"""Issue 10, tried as an attacker and a careless user would: the action server, broken text,
client metadata, and what staff see. Each test failed on the main branch before the fix."""

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from bot_servers import ACTION_SERVER_TOKEN, REPO, rasa_env, texts
from connectors.inbound import client_metadata, normalised_text
from staff_queue import shown_to_staff

CRISIS_LINE = "988"


def action_call(slots=None):
    """A forged call of action_submit_handoff, as anyone able to reach the action server could
    post it."""
    return {"next_action": "action_submit_handoff", "sender_id": "forged", "version": "3.6.2",
            "domain": {}, "tracker": {"sender_id": "forged", "slots": slots or {},
                                      "latest_message": {}, "events": [], "paused": False,
                                      "followup_action": None, "active_loop": {},
                                      "latest_action_name": None}}


def action_server(bot):
    return f"http://127.0.0.1:{bot.action_port}"


@pytest.mark.parametrize("headers", [{}, {"X-Action-Token": "guess"},
                                     {"X-Action-Token": ACTION_SERVER_TOKEN[:-1]}])
def test_the_action_server_refuses_calls_without_the_shared_secret(bot, headers):
    forged = action_call({"handoff_consent": True, "handoff_contact": "x@example.org",
                          "handoff_reason": "forged"})
    reply = requests.post(f"{action_server(bot)}/webhook", json=forged, headers=headers, timeout=10)
    assert reply.status_code == 401
    listing = requests.get(f"{action_server(bot)}/actions", headers=headers, timeout=10)
    assert listing.status_code == 401


def test_a_malformed_action_call_is_a_4xx_that_does_not_echo_the_request(bot):
    body = {"next_action": "action_submit_handoff", "version": "3.6.2",
            "tracker": {"note": "call me on 216-444-2200"}}  # no sender_id
    reply = requests.post(f"{action_server(bot)}/webhook", json=body, timeout=10,
                          headers={"X-Action-Token": ACTION_SERVER_TOKEN})
    assert 400 <= reply.status_code < 500
    assert "216-444-2200" not in reply.text


def test_a_forged_tracker_without_the_forms_answers_stores_nothing(bot):
    reply = requests.post(f"{action_server(bot)}/webhook", json=action_call(), timeout=10,
                          headers={"X-Action-Token": ACTION_SERVER_TOKEN})
    assert reply.status_code == 200
    assert [m["response"] for m in reply.json()["responses"]] == ["utter_handoff_cancelled"]


def test_the_action_server_listens_on_loopback_only(bot):
    assert requests.get(f"{action_server(bot)}/health", timeout=10).ok
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outward address
        outward = probe.getsockname()[0]
    if outward.startswith("127."):
        pytest.skip("this machine has no address but loopback")
    with pytest.raises(requests.ConnectionError):
        requests.get(f"http://{outward}:{bot.action_port}/health", timeout=5)


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


def test_text_is_normalised_before_anything_reads_it():
    assert normalised_text("ｈｅｌｌｏ\u200b wor\x00ld\ud800") == "hello world?"
    assert normalised_text("line one\nline two\t!") == "line one\nline two\t!"


def test_client_metadata_keeps_only_short_allowed_strings():
    assert client_metadata({"page": "/a", "locale": "es-US", "typed_shortcut": "/x",
                            "page2": "b"}) == {"page": "/a", "locale": "es-US"}
    assert client_metadata({"page": "x" * 301}) == {}
    assert client_metadata({"page": {"nested": 1}}) == {}
    assert client_metadata(None) == {}


@pytest.mark.parametrize("raw, shown", [
    ("sleep \x1b[2J\x1b[31mhello", "sleep [2J[31mhello"),
    ("line\rover\x07", "line over"),
    ("ok\u202eevil", "okevil"),
])
def test_control_characters_never_reach_staff(raw, shown):
    assert shown_to_staff(raw) == shown


# Rasa's own logging set-up (JSON lines with each frame's locals when not on a terminal), then an
# error while a phone number and an e-mail address are in the message being handled.
FORCED_ERROR = """
import logging, structlog
import connectors
from rasa.utils.log_utils import configure_structlog
configure_structlog(logging.INFO)

def handle(text):
    contact = text.split()[-1]
    raise ValueError(f"cannot handle {text!r}")

for log in (structlog.get_logger().error, logging.getLogger("rasa.core").exception):
    try:
        handle("call me on 216-444-2200 or jane@example.org")
    except ValueError:
        log("message.handling.failed", exc_info=True)
"""


@pytest.mark.parametrize("log_level, shown", [("INFO", False), ("ERROR", False), ("DEBUG", True)])
def test_an_error_never_logs_the_patients_words_unless_a_developer_asks(log_level, shown):
    result = subprocess.run([sys.executable, "-c", FORCED_ERROR], cwd=REPO, capture_output=True,
                            text=True, timeout=120, env=rasa_env(LOG_LEVEL=log_level))
    logged = result.stdout + result.stderr
    assert "message.handling.failed" in logged and "ValueError" in logged
    for private in ("216-444-2200", "jane@example.org", "call me on"):
        assert (private in logged) == shown, private


def test_the_action_server_runs_without_tensorflow(bot):
    """thinc (under spaCy) would import TensorFlow, about 340 MB the actions never use."""
    bot.say("tf-check", "can you suggest something to read about chronic pain")
    mapped = Path(f"/proc/{bot.pids()['actions']}/maps").read_text()
    assert "tensorflow" not in mapped
    assert "tensorflow" in Path(f"/proc/{bot.pids()['rasa']}/maps").read_text()
