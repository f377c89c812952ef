"""Live hand-off on the Rasa server: staff take a conversation over from the bot, talk to the
patient in the patient's own channel, and hand it back.

The staff console (console/live.py) asks for each step at POST /webhooks/live/relay, with the
shared `STAFF_RELAY_TOKEN`:
- "join": the conversation is paused (Rasa's `ConversationPaused`, stored with the conversation,
  so every server process and a restart see it) and the patient is told who joined;
- "say": a staff message, stored as a bot message with the staff member's name;
- "leave": the patient is told the assistant is back, any open form is closed and the
  conversation resumes. Hand-offs with no staff message for `LIVE_IDLE_MINUTES` are handed back
  the same way, with the clinic's contact details, by a task every server process runs (only
  one of them wins each hand-off: records/live.py).
Each step runs under the conversation's lock, as Rasa's own message handling does.

Messages reach the patient through the channel they last wrote through (connectors/
live_outputs.py); the web widget, which talks REST, fetches them: POST /webhooks/live/session
gives it a conversation id and token, POST /webhooks/live/messages returns that conversation's
staff messages (connectors/live_tokens.py). Both take plain-text JSON, so browsers send them
without a CORS preflight.

While a conversation is taken over, Rasa still runs NLU and the safety triage on each patient
message but no action: connectors/taken_over.py raises the safety flag the action would have.
"""

import asyncio
import functools
import logging
from datetime import datetime, timedelta, timezone
from typing import Any, Awaitable, Callable, Dict, List, Optional

from rasa.core.channels.channel import InputChannel
from rasa.shared.core.events import (
    ActionExecuted, ActiveLoop, BotUttered, ConversationPaused, ConversationResumed, Event, SlotSet)
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from sqlalchemy.exc import SQLAlchemyError

from actions.clinic import load_clinic
from actions.environment import number_setting
from connectors.inbound import OnNewMessage, normalised_text
from connectors.live_outputs import AUTHOR_KEY, WidgetOutbox, output_for
from connectors.live_outputs import register as register_live_output
from connectors.live_tokens import is_token_of, new_conversation, same_secret
from connectors.messaging.output import MessagingOutput
from connectors.messaging.webhook import json_object
from connectors.rest import PayloadError, ValidatingRestInput
from console.clock import as_utc
from records import audit, live
from records.conversations import STAFF_KEY
from records.store import staff_records

logger = logging.getLogger(__name__)

IDLE_MINUTES_VAR = "LIVE_IDLE_MINUTES"
DEFAULT_IDLE_MINUTES = 10
SWEEP_EVERY_S = 15
TIMEOUT_ACTOR = "assistant (no staff reply)"
MAX_STAFF_TEXT = 4000
MAX_NAME = 64
MAX_SENDER = 255
MAX_WIDGET_BODY = 1024
MAX_RELAY_BODY = 32 * 1024
MIN_SECRET = 32
LIVE_KEY = "live"


def joined_text(staff: str) -> str:
    return (f"{staff} from the clinic has joined this chat and will answer you here. The "
            "assistant is paused until they hand you back.")


def handed_back_text(staff: str) -> str:
    return (f"{staff} has handed you back to the assistant. You can keep asking questions "
            "here, or ask for a person again at any time.")


def timed_out_text() -> str:
    clinic = load_clinic()
    return ("Sorry, nobody from the clinic has been able to reply for a while, so the assistant "
            f"is back. To reach a person, {clinic.reach_us} ({clinic.hours}), or ask me for a "
            "call-back. If this is an emergency, call 911; for thoughts of suicide, call or text "
            "988.")


def idle_timeout() -> timedelta:
    return timedelta(minutes=number_setting(IDLE_MINUTES_VAR, DEFAULT_IDLE_MINUTES,
                                            maximum=24 * 60, whole=False))


def _now() -> datetime:
    return datetime.now(timezone.utc)


async def in_database(work: Callable[..., Any], *args: Any) -> Any:
    """`work(connection, *args)` in one transaction of the staff records, off the event loop."""
    return await asyncio.to_thread(staff_records().in_transaction, work, *args)


# ---- the three steps ----

async def _deliver(app: Sanic, sender_id: str, tracker, text: str,
                   author: Optional[str]) -> bool:
    """Send `text` to the patient; whether the channel took it."""
    output = output_for(app, tracker)
    if output is None:
        logger.warning("live: conversation's channel is off; a staff message was not delivered")
        return False
    message = {"text": text, AUTHOR_KEY: author}
    if isinstance(output, (MessagingOutput, WidgetOutbox)):
        return await output.sent(sender_id, message)
    await output.send_response(sender_id, message)
    return True


async def _apply(app: Sanic, sender_id: str, events: List[Event], text: str,
                 author: Optional[str], before: Callable[[], Awaitable[None]]) -> bool:
    """Under the conversation's lock: `before()` (the records' side, which may refuse), then the
    events stored with the conversation and `text` sent; whether it was delivered."""
    agent = app.ctx.agent
    async with agent.lock_store.lock(sender_id):
        tracker = await agent.tracker_store.retrieve(sender_id)
        if tracker is None or not tracker.events:
            raise PayloadError("There is no such conversation.", 404)
        await before()
        for event in events:
            tracker.update(event)
        await agent.tracker_store.save(tracker)
        return await _deliver(app, sender_id, tracker, text, author)


def staff_message(text: str, staff: Optional[str], kind: str) -> BotUttered:
    metadata = {LIVE_KEY: kind, **({STAFF_KEY: staff} if staff else {})}
    return BotUttered(text, metadata=metadata)


async def join(app: Sanic, sender_id: str, staff: str) -> bool:
    async def open_handoff() -> None:
        if not await in_database(live.take_over, sender_id, staff, _now()):
            raise PayloadError("Someone else has taken this conversation over.", 409)

    text = joined_text(staff)
    events = [ConversationPaused(), staff_message(text, staff, "joined")]
    return await _apply(app, sender_id, events, text, staff, open_handoff)


async def say(app: Sanic, sender_id: str, staff: str, text: str) -> bool:
    async def check_open() -> None:
        if not await in_database(live.note_staff_reply, sender_id, _now()):
            raise PayloadError("This conversation is not taken over (any more).", 409)

    return await _apply(app, sender_id, [staff_message(text, staff, "said")], text, staff,
                        check_open)


async def leave(app: Sanic, sender_id: str, ended_by: str, text: str,
                idle_since: Optional[datetime] = None) -> bool:
    """Hand the conversation back (only if staff have been silent since `idle_since`, if
    given)."""
    async def close() -> None:
        if await in_database(live.end, sender_id, ended_by, _now(), idle_since) is None:
            raise PayloadError("This conversation is not taken over (any more).", 409)

    staff = None if ended_by == TIMEOUT_ACTOR else ended_by
    events = [staff_message(text, staff, "left"), ActiveLoop(None), SlotSet("requested_slot", None),
              ConversationResumed(), ActionExecuted("action_listen")]
    return await _apply(app, sender_id, events, text, staff, close)


async def hand_back_idle(app: Sanic, idle: timedelta) -> int:
    """Hand back every conversation whose staff have been silent for `idle`; how many."""
    cutoff = _now() - idle
    handed_back = 0
    for sender_id in await in_database(live.idle_since, cutoff):
        try:
            await leave(app, sender_id, TIMEOUT_ACTOR, timed_out_text(), idle_since=cutoff)
        except PayloadError:
            continue  # a colleague wrote or handed back meanwhile, or another process did it
        await in_database(audit.record, TIMEOUT_ACTOR, "handed back",
                          audit.conversation_ref(sender_id), "no staff reply in time")
        handed_back += 1
    return handed_back


async def sweep_forever(app: Sanic, idle: timedelta) -> None:
    while True:
        await asyncio.sleep(SWEEP_EVERY_S)
        try:
            await hand_back_idle(app, idle)
        except (SQLAlchemyError, RuntimeError, OSError) as error:
            logger.error("live: idle hand-offs not checked (%s)", type(error).__name__)


# ---- requests ----

def answering_errors(handler: Callable[[Request], Awaitable[HTTPResponse]]
                     ) -> Callable[[Request], Awaitable[HTTPResponse]]:
    """`handler` with refused steps answered as their 4xx, and an unreachable database as 503."""
    @functools.wraps(handler)
    async def answered(request: Request) -> HTTPResponse:
        try:
            return await handler(request)
        except PayloadError as error:
            return response.json({"error": str(error)}, status=error.status)
        except SQLAlchemyError as error:
            logger.error("live: the records could not be reached (%s)", type(error).__name__)
            return response.json({"error": "try again in a moment"}, status=503)
    return answered


def _refuse_oversized(request: Request, limit: int) -> None:
    if len(request.body or b"") > limit:
        raise PayloadError(f"body must be at most {limit} bytes", 413)


def _json_body(request: Request, limit: int) -> Dict[str, Any]:
    _refuse_oversized(request, limit)
    return json_object(request)


def _text_field(body: Dict[str, Any], name: str, limit: int) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise PayloadError(f'"{name}" must be a non-empty string of at most {limit} characters')
    return value


def _widget_messages(connection, sender_id: str, after: int) -> Dict[str, Any]:
    taken_over = live.open_handoff(connection, sender_id)
    return {"staff": taken_over["staff"] if taken_over else None,
            "messages": [{"id": row["id"], "text": row["text"], "author": row["author"],
                          "at": as_utc(row["created_at"]).isoformat()}
                         for row in live.messages_after(connection, sender_id, after)]}


async def relay(app: Sanic, body: Dict[str, Any]) -> bool:
    """One step the console asked for; whether the patient's channel took the message."""
    sender_id = _text_field(body, "conversation", MAX_SENDER)
    staff = normalised_text(_text_field(body, "staff", MAX_NAME)).strip()
    step = body.get("step")
    if step == "join":
        return await join(app, sender_id, staff)
    if step == "leave":
        return await leave(app, sender_id, staff, handed_back_text(staff))
    if step == "say":
        text = normalised_text(_text_field(body, "text", MAX_STAFF_TEXT)).strip()
        if not text:
            raise PayloadError('"text" must not be empty')
        return await say(app, sender_id, staff, text)
    raise PayloadError('"step" must be "join", "say" or "leave"')


class LiveHandoffInput(InputChannel):
    """The live hand-off's routes (see the module docstring). It takes no patient messages of
    its own: those come through the patient's channel."""

    def __init__(self, relay_token: str, widget_secret: str) -> None:
        for name, value in (("STAFF_RELAY_TOKEN", relay_token),
                            ("WIDGET_TOKEN_SECRET", widget_secret)):
            if len(value or "") < MIN_SECRET:
                raise RuntimeError(f"{name} must be a random string of at least {MIN_SECRET} "
                                   "characters (make run makes one)")
        self.relay_token = relay_token
        self.widget_secret = widget_secret.encode()

    @classmethod
    def name(cls) -> str:
        return "live"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> "LiveHandoffInput":
        credentials = credentials or {}
        return cls(credentials.get("relay_token") or "", credentials.get("widget_secret") or "")

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        secret = self.widget_secret
        idle = idle_timeout()
        webhook = Blueprint("live_webhook", __name__)

        @webhook.route("/session", methods=["POST"])
        @answering_errors
        async def session(request: Request) -> HTTPResponse:
            _refuse_oversized(request, MAX_WIDGET_BODY)
            sender_id, token = new_conversation(secret)
            return response.json({"sender": sender_id, "token": token})

        @webhook.route("/messages", methods=["POST"])
        @answering_errors
        async def messages(request: Request) -> HTTPResponse:
            body = _json_body(request, MAX_WIDGET_BODY)
            sender_id = _text_field(body, "sender", MAX_SENDER)
            token = body.get("token")
            after = body.get("after", 0)
            if not isinstance(token, str) or not token:
                raise PayloadError('"token" is missing', 401)
            if not is_token_of(secret, sender_id, token):
                raise PayloadError("that token is not this conversation's", 403)
            if type(after) is not int or not 0 <= after < 2**31:
                raise PayloadError('"after" must be a message number')
            return response.json(await in_database(_widget_messages, sender_id, after))

        @webhook.route("/relay", methods=["POST"])
        @answering_errors
        async def relay_step(request: Request) -> HTTPResponse:
            if not same_secret(request.headers.get("X-Relay-Token", ""), self.relay_token):
                raise PayloadError("wrong or missing X-Relay-Token", 403)
            delivered = await relay(request.app, _json_body(request, MAX_RELAY_BODY))
            return response.json({"delivered": delivered})

        async def offer_widget_outbox(app: Sanic, _loop: object) -> None:
            register_live_output(app, ValidatingRestInput.name(),
                                 lambda tracker: WidgetOutbox(secret))

        async def start_sweeping(app: Sanic, _loop: object) -> None:
            app.add_task(sweep_forever(app, idle))

        webhook.listener("before_server_start")(offer_widget_outbox)
        webhook.listener("after_server_start")(start_sweeping)
        return webhook
