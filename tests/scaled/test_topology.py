"""The scaled topology answers like `make run` does, spread over its rasa replicas, each
conversation served one message at a time and in order."""

import re
from concurrent.futures import ThreadPoolExecutor

import requests

from tests.harness.clients import WidgetClient, texts
from tests.harness.load import REST_PATH, conversation_ids, out_of_order, run_load, stored_turns
from tests.scaled.conftest import WIDGET_ORIGIN


def upstreams_used(stack, path: str) -> set:
    """The replica addresses nginx sent requests for `path` to (from its access log)."""
    log = (stack.logs / "nginx-access.log").read_text()
    return set(re.findall(rf'"\w+ {re.escape(path)}[^"]*" \d+ (\S+)', log))


def test_messages_are_spread_over_the_replicas_and_each_conversation_kept_in_order(stack):
    result = run_load(stack.settings.public_url, conversation_ids(24, "spread"), concurrency=8)

    assert not result.errors, [(turn.text, turn.status) for turn in result.errors][:5]
    assert "neuroinflammation" in str([turn.replies for turn in result.turns
                                       if turn.text == "what causes fibromyalgia?"][0])
    assert out_of_order(stack.database_url, result) == {}
    replicas = {f"{stack.settings.host}:{port}" for port in stack.settings.replica_ports}
    assert upstreams_used(stack, REST_PATH) >= replicas


def test_one_conversation_written_to_from_many_clients_at_once_is_served_one_at_a_time(stack):
    """Twelve messages to one conversation at the same moment, through both replicas: each is
    stored once, and answered before the next one is read (the Redis ticket lock)."""
    url = stack.settings.public_url + REST_PATH
    sender = conversation_ids(1, "same")[0]
    messages = [f"question number {number} about fibro pain" for number in range(12)]

    def send(text: str) -> int:
        return requests.post(url, json={"sender": sender, "message": text}, timeout=120).status_code

    with ThreadPoolExecutor(len(messages)) as pool:
        statuses = list(pool.map(send, messages))

    assert statuses == [200] * len(messages)
    stored = stored_turns(stack.database_url, sender)
    assert sorted(text for text, _ in stored) == sorted(messages)
    assert all(answers >= 1 for _, answers in stored), stored


def test_socketio_sessions_stay_on_one_replica(stack):
    """Long-polling socket.io needs every request of a session on the replica that holds it."""

    class ThroughNginx:
        base_url = stack.settings.public_url

    widget = WidgetClient(ThroughNginx(), WIDGET_ORIGIN)
    try:
        widget.request_session()
        assert "neuroinflammation" in texts(widget.say("what causes fibromyalgia?"))
        assert "not" in texts(widget.say("is it all in my head?")).lower()
    finally:
        widget.close()
    assert len(upstreams_used(stack, "/socket.io/")) == 1


def test_nginx_refuses_oversized_requests_and_reports_its_health(stack):
    base = stack.settings.public_url
    oversized = requests.post(base + REST_PATH, data=b"x" * (2 * 1024 * 1024),
                              headers={"Content-Type": "application/json"}, timeout=10)
    assert oversized.status_code == 413
    assert requests.get(base + "/nginx-health", timeout=5).text == "ok\n"
