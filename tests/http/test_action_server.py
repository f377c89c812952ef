"""The action server (actions/server.py) as a process: only Rasa, holding the shared secret, may
call it, it answers errors without echoing the request, listens on loopback only, runs without
TensorFlow, and refuses to start on a broken reads catalog."""

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import requests
import yaml

from actions.catalog import CATALOG_PATH
from actions.constants import (
    HANDOFF_CONSENT_SLOT, HANDOFF_CONTACT_SLOT, HANDOFF_REASON_SLOT, REPO, TRACKER_STORE_URL_VAR)
from tests.harness.servers import ACTION_SERVER_TOKEN, free_port, rasa_env
from tests.harness.trackers import NEW_CONVERSATION


def action_call(slots=None):
    """A forged call of action_submit_handoff, as anyone able to reach the action server could
    post it."""
    tracker = json.loads(NEW_CONVERSATION.read_text())
    tracker["sender_id"] = "forged"
    tracker["slots"].update(slots or {})
    return {"next_action": "action_submit_handoff", "sender_id": "forged", "version": "3.6.2",
            "domain": {}, "tracker": tracker}


def action_server(bot):
    return f"http://127.0.0.1:{bot.action_port}"


@pytest.mark.parametrize("headers", [{}, {"X-Action-Token": "guess"},
                                     {"X-Action-Token": ACTION_SERVER_TOKEN[:-1]}])
def test_the_action_server_refuses_calls_without_the_shared_secret(bot, headers):
    forged = action_call({HANDOFF_CONSENT_SLOT: True, HANDOFF_CONTACT_SLOT: "x@example.org",
                          HANDOFF_REASON_SLOT: "forged"})
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


def test_the_action_server_runs_without_tensorflow(bot):
    """thinc (under spaCy) would import TensorFlow, about 340 MB the actions never use."""
    bot.say("tf-check", "can you suggest something to read about chronic pain")
    mapped = Path(f"/proc/{bot.pids()['actions']}/maps").read_text()
    assert "tensorflow" not in mapped
    assert "tensorflow" in Path(f"/proc/{bot.pids()['rasa']}/maps").read_text()


def test_the_action_server_refuses_to_start_with_a_broken_catalog(tmp_path, records_url):
    """A broken catalog stops the action server at start, with the entry and field named."""
    document = yaml.safe_load(CATALOG_PATH.read_text())
    del document["reads"][1]["title"]
    broken = tmp_path / "reads.yml"
    broken.write_text(yaml.safe_dump(document))
    result = subprocess.run(
        [sys.executable, "-m", "actions.server"], cwd=REPO,
        env=rasa_env(READS_CATALOG=str(broken), ACTION_PORT=str(free_port()),
                     **{TRACKER_STORE_URL_VAR: records_url}),
        capture_output=True, text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "entry 2 ('morning-lower-back-pain'): field 'title'" in result.stdout + result.stderr
