"""Talking to the running bot as a patient's client would, and reading its replies."""

import threading
from typing import List, Optional

import socketio

from tests.harness.servers import BotServers


class WidgetClient:
    """A socket.io client talking to the channel as a chat widget does."""

    def __init__(self, bot: BotServers, origin: Optional[str]) -> None:
        self.client = socketio.Client()
        self.replies, self.session = [], None
        self.confirmed, self.answered = threading.Event(), threading.Event()
        self.client.on("session_confirm", self._on_session)
        self.client.on("bot_uttered", self._on_reply)
        self.client.connect(bot.base_url, socketio_path="/socket.io", transports=["polling"],
                            headers={"Origin": origin} if origin else {})

    def _on_session(self, session_id) -> None:
        self.session = session_id
        self.confirmed.set()

    def _on_reply(self, data) -> None:
        self.replies.append(data)
        self.answered.set()

    def request_session(self, session_id=None) -> str:
        self.confirmed.clear()
        self.client.emit("session_request", {"session_id": session_id})
        assert self.confirmed.wait(10), "no session_confirm"
        return self.session

    def send(self, payload) -> list:
        """Emit `payload` as a user message; the replies that came for it."""
        self.answered.clear()
        before = len(self.replies)
        self.client.emit("user_uttered", payload)
        assert self.answered.wait(20), "no reply over socket.io"
        self.client.sleep(0.5)  # the rest of the same reply
        return self.replies[before:]

    def say(self, message: str) -> list:
        return self.send({"message": message, "session_id": self.session})

    def close(self) -> None:
        self.client.disconnect()


def texts(replies: List[dict]) -> str:
    """All reply texts joined, for assertions on what the patient reads."""
    return "\n".join(reply.get("text", "") for reply in replies)


def button_payloads(replies: List[dict]) -> List[str]:
    return [button["payload"] for reply in replies for button in reply.get("buttons", [])]
