"""Rasa's socket.io channel with sessions that belong to one socket, checked origins and the
REST channel's limits; typed intent shortcuts are plain text (`connectors.shortcuts`).

Rasa's own channel lets any client join any session by naming it in `session_request`, and
then hears all of that patient's replies; it takes any origin, any size and any type of
payload. Here:
- a session id is a random token the server issues (a client may ask to resume one it was
  given, in the same format); while a socket owns a session, another socket asking for it gets
  a new one, and a message is taken only for the session its own socket owns;
- the handshake's Origin must be one of `CORS_ORIGINS` (the variable `make run` sets);
- a message must be a string of at most `MAX_MESSAGE_CHARS`; anything else gets a short reply
  saying what was wrong, never an exception; an empty one (widgets send one when they start)
  is neither stored nor answered.
It keeps the events, payloads and replies of Rasa's channel, so third-party clients such as
botfront's rasa-webchat keep working.
"""

import inspect
import os
import re
import uuid
from typing import Any, Awaitable, Callable, Dict, Optional, Set

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from socketio import AsyncServer

from connectors import live_outputs
from connectors.inbound import normalised_text
from connectors.rest import MAX_MESSAGE_CHARS
from connectors.shortcuts import ShortcutGuardMixin

SESSION_ID = re.compile(r"[0-9a-f]{32}")
TOO_LONG = ("Sorry, that message is too long for me. "
            f"Please keep it under {MAX_MESSAGE_CHARS} characters.")
NOT_READABLE = "Sorry, I could not read that message. Please type your question as text."


def allowed_origins() -> Set[str]:
    """The origins of `CORS_ORIGINS` (space-separated; "*" for any), the list `make run` gives
    the server."""
    return set(os.environ.get("CORS_ORIGINS", "").split())


def nothing_typed(message: Any) -> bool:
    """A missing or empty message (also one of only invisible characters)."""
    return message is None or (isinstance(message, str) and not normalised_text(message).strip())


def new_session_id() -> str:
    return uuid.uuid4().hex


async def maybe_await(result: Any) -> None:
    """python-socketio 5.9's `enter_room` returns None; later versions return a coroutine."""
    if inspect.isawaitable(result):
        await result


class SessionOwners:
    """Which socket owns which session: one socket per session, one session per socket."""

    def __init__(self) -> None:
        self.session_of: Dict[str, str] = {}
        self.owner_of: Dict[str, str] = {}

    def claim(self, sid: str, requested: Any) -> str:
        """The session `sid` gets: the one it asked to resume if that is a well-formed id no
        other socket owns, else a new one."""
        self.release(sid)
        well_formed = isinstance(requested, str) and SESSION_ID.fullmatch(requested)
        session = requested if well_formed and requested not in self.owner_of else new_session_id()
        self.session_of[sid], self.owner_of[session] = session, sid
        return session

    def release(self, sid: str) -> Optional[str]:
        session = self.session_of.pop(sid, None)
        if session is not None:
            self.owner_of.pop(session, None)
        return session


class IsolatedSocketIOInput(SocketIOInput):
    """`SocketIOInput` whose sessions belong to one socket each (see the module docstring)."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        # No CORS headers from engine.io: Rasa's server already adds them (`--cors`), and two
        # would make browsers refuse the answer. The origin is checked on connect instead.
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=[])
        webhook = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        self.sio = sio
        owners = SessionOwners()
        origins = allowed_origins()

        @sio.on("connect", namespace=self.namespace)
        async def connect(sid: str, environ: dict, auth: Any = None) -> bool:
            """Browsers always send Origin; a page of another site may not talk to patients'
            sessions. (Clients that are not browsers send none, as with the REST channel.)"""
            origin = environ.get("HTTP_ORIGIN")
            return origin is None or origin in origins or "*" in origins

        @webhook.route("/", methods=["GET"])
        async def health(_):
            return response.json({"status": "ok"})

        @sio.on("disconnect", namespace=self.namespace)
        async def disconnect(sid: str) -> None:
            session = owners.release(sid)
            if session is not None:
                await maybe_await(sio.leave_room(sid, session, namespace=self.namespace))

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: Any = None) -> None:
            previous = owners.session_of.get(sid)
            if previous is not None:
                await maybe_await(sio.leave_room(sid, previous, namespace=self.namespace))
            requested = data.get("session_id") if isinstance(data, dict) else None
            session = owners.claim(sid, requested)
            await maybe_await(sio.enter_room(sid, session, namespace=self.namespace))
            await sio.emit("session_confirm", session, room=sid, namespace=self.namespace)

        async def reply(sid: str, text: str) -> None:
            await sio.emit(self.bot_message_evt, {"text": text}, room=sid, namespace=self.namespace)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any = None) -> None:
            session = owners.session_of.get(sid)
            if session is None:
                return  # no session_request yet: like Rasa's channel, nowhere to answer
            if not isinstance(data, dict):
                await reply(sid, NOT_READABLE)
                return
            message = data.get("message")
            if nothing_typed(message):
                return  # e.g. rasa-webchat's empty start-up message: nothing to store or answer
            if not isinstance(message, str):
                await reply(sid, NOT_READABLE)
                return
            if len(message) > MAX_MESSAGE_CHARS:
                await reply(sid, TOO_LONG)
                return
            metadata = data.get(self.metadata_key)
            await on_new_message(UserMessage(
                message, SocketIOOutput(sio, self.bot_message_evt), session,
                input_channel=self.name(),
                metadata=metadata if isinstance(metadata, dict) else None,
            ))

        return webhook


class GuardedSocketIOInput(ShortcutGuardMixin, IsolatedSocketIOInput):
    """The socket.io channel of `credentials.yml`: isolated sessions, screened messages, staff
    messages of a live hand-off pushed to the session's socket."""

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = super().blueprint(on_new_message)

        async def offer_live_output(app, _loop) -> None:
            live_outputs.register(app, self.name(),
                                  lambda tracker: SocketIOOutput(self.sio, self.bot_message_evt))

        webhook.listener("before_server_start")(offer_live_output)
        return webhook
