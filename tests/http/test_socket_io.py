"""The socket.io channel against the real servers: one socket per session, checked origins, and
a clear reply to every bad payload (issue 10)."""

import pytest
import socketio

from tests.harness.clients import WidgetClient, texts
from connectors.socket_io import NOT_READABLE, SESSION_ID, TOO_LONG

QUIET_S = 1.5  # how long a client waits to be sure nothing more arrives


@pytest.fixture
def widget(bot):
    clients = []

    def connect(origin=bot.cors_origins[0]):
        clients.append(WidgetClient(bot, origin))
        return clients[-1]

    yield connect
    for client in clients:
        client.close()


def test_a_second_socket_cannot_listen_in_on_a_live_session(bot, widget):
    patient, intruder = widget(), widget()
    session = patient.request_session()
    assert intruder.request_session(session) != session
    # The intruder names the patient's session in its message: it goes to its own session.
    intruder.send({"message": "what causes fibromyalgia", "session_id": session})
    answer = texts(patient.say("can a nurse call me"))
    assert "contact you" in answer
    intruder.client.sleep(QUIET_S)
    assert not any("contact you" in texts([reply]) for reply in intruder.replies)
    assert [e["text"] for e in bot.stored_events(session)] == ["can a nurse call me"]


@pytest.mark.parametrize("asked", ["patient-1", "x" * 10_004, "\x00" * 32, 42, None])
def test_session_ids_are_issued_by_the_server(widget, asked):
    session = widget().request_session(asked)
    assert SESSION_ID.fullmatch(session) and session != asked


@pytest.mark.parametrize("payload, reply", [
    ({"message": 123}, NOT_READABLE), ({"message": {"text": "hi"}}, NOT_READABLE),
    ("just a string", NOT_READABLE), (["a", "list"], NOT_READABLE),
    ({"message": "pain " * 4000}, TOO_LONG),
])
def test_a_bad_payload_gets_a_clear_reply_and_the_server_stays_up(bot, widget, payload, reply):
    client = widget()
    client.request_session()
    assert texts(client.send(payload)) == reply
    assert "neuroinflammation" in texts(client.say("what causes fibromyalgia"))


@pytest.mark.parametrize("message", [None, "", "   ", "\u200b\x00"])
def test_an_empty_message_is_neither_stored_nor_answered(bot, widget, message):
    client = widget()
    session = client.request_session()
    client.client.emit("user_uttered", {"message": message, "session_id": session})
    client.client.sleep(QUIET_S)
    assert client.replies == [] and bot.stored_events(session) == []
    assert "neuroinflammation" in texts(client.say("what causes fibromyalgia"))


def test_a_page_of_another_site_cannot_connect(bot):
    with pytest.raises(socketio.exceptions.ConnectionError):
        WidgetClient(bot, origin="https://evil.example")
