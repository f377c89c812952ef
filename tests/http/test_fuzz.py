"""Random input at both channels (Hypothesis, seeded, a fixed number of examples): a reply or a
4xx, never a 5xx, never an empty 200 for a message with text in it, the server still up, and
no message text in the logs."""

import json

import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.harness.clients import WidgetClient
from connectors.inbound import normalised_text
from connectors.rest import MAX_MESSAGE_CHARS
from connectors.socket_io import nothing_typed

# Every message carries these, so that the logs can be searched for them afterwards.
MARKERS = ("216-444-2200", "jane.fuzz@example.org")
FUZZ = settings(max_examples=80, derandomize=True, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
# Any code point, lone surrogates included; now and then a message near the length limit.
any_text = st.text(st.characters(exclude_categories=[]), max_size=200)
messages = st.one_of(any_text, st.integers(MAX_MESSAGE_CHARS - 5, MAX_MESSAGE_CHARS + 5).map(
    lambda n: "pain " * (n // 5))).map(lambda text: f"{text} {MARKERS[0]} {MARKERS[1]}")
json_values = st.recursive(st.none() | st.booleans() | st.integers() | any_text,
                           lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(any_text, inner, max_size=3), max_leaves=8)
bodies = st.one_of(
    st.fixed_dictionaries({"sender": any_text | json_values, "message": messages},
                          optional={"metadata": json_values}),
    st.fixed_dictionaries({"sender": st.uuids().map(str), "message": messages | json_values}),
    json_values,
)


def has_text(message) -> bool:
    return (isinstance(message, str) and bool(normalised_text(message).strip())
            and len(message) <= MAX_MESSAGE_CHARS)


def expect_an_answer(body, reply) -> None:
    assert reply.status_code < 500, (reply.status_code, reply.text[:300])
    if reply.status_code == 200 and isinstance(body, dict) and has_text(body.get("message")):
        assert reply.json(), "an empty 200 for a message with text"


@FUZZ
@given(body=bodies)
def test_rest_channel_answers_any_json(bot, body):
    reply = requests.post(bot.webhook, data=json.dumps(body), timeout=60,
                          headers={"Content-Type": "application/json"})
    expect_an_answer(body, reply)


@settings(FUZZ, max_examples=40)
@given(raw=st.binary(max_size=300))
def test_rest_channel_answers_any_bytes(bot, raw):
    reply = requests.post(bot.webhook, data=raw, timeout=60,
                          headers={"Content-Type": "application/json"})
    assert reply.status_code < 500, reply.status_code


@settings(FUZZ, max_examples=25)
@given(payload=st.one_of(st.fixed_dictionaries({"message": messages | json_values}), json_values))
def test_socketio_channel_answers_any_payload(bot, payload):
    widget = WidgetClient(bot, bot.cors_origins[0])
    try:
        widget.request_session()
        if isinstance(payload, dict):
            payload = {**payload, "session_id": widget.session}
        if isinstance(payload, dict) and nothing_typed(payload.get("message")):
            return  # ignored on purpose (tests/http/test_socket_io.py)
        assert widget.send(payload), "no reply"
    finally:
        widget.close()


def test_after_the_fuzzing_the_server_is_up_and_the_logs_hold_no_message_text(bot):
    assert bot.is_running()
    assert requests.post(bot.webhook, json={"sender": "after-fuzz", "message": "hi"},
                         timeout=30).json()
    for log in bot.log_dir.glob("*.log"):
        logged = log.read_text(errors="replace")
        assert not any(marker in logged for marker in MARKERS), log.name
