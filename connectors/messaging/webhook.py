"""The webhook every messaging channel shares: verify, parse, de-duplicate, screen, answer.

For each POST to /webhooks/<channel>/webhook, in this order:
1. a body over `MAX_BODY_BYTES` gets 413;
2. the platform's signature or secret is checked (`authenticate`): missing 401, wrong or stale
   403, and nothing is stored;
3. the body is parsed into the messages it carries (`parse`); a malformed one gets 400;
4. a message whose platform id was received before (the platform retrying) is skipped;
5. a media-only or over-long message gets a short notice; text goes to the bot as a
   `UserMessage` through the shortcut guard, like the widget's messages;
6. the platform gets its 2xx even when the reply could not be delivered (`output.py`), so that
   it does not retry for ever. A platform that waits only briefly (Slack: 3 s) gets it at once
   and the messages are answered after (`answers_after_acknowledging`).
GET /webhooks/<channel>/ reports the channel's delivery failures; GET .../webhook is the
platform's subscription handshake where it has one (`handshake`).
"""

import asyncio
import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple, Union

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from sqlalchemy.exc import SQLAlchemyError

from actions.constants import conversation_id
from connectors import live_outputs
from connectors.inbound import REPLY_DETAILS_KEY, OnNewMessage, normalised_text
from connectors.messaging.output import DeliveryFailures, MessagingOutput
from connectors.rest import MAX_BODY_BYTES, MAX_MESSAGE_CHARS, PayloadError
from connectors.shortcuts import ShortcutGuardMixin
from records.store import staff_records

logger = logging.getLogger(__name__)

EMERGENCY_LINE = ("If this is an emergency, call 911. For thoughts of suicide, call or text 988 "
                  "(Suicide & Crisis Lifeline).")
MEDIA_ONLY = f"Sorry, I can only read text. Please type your question in words. {EMERGENCY_LINE}"
TOO_LONG = (f"Sorry, that message is too long for me. Please keep it under {MAX_MESSAGE_CHARS} "
            f"characters. {EMERGENCY_LINE}")
NOT_HANDLED = f"Sorry, something went wrong on my side. Please try again. {EMERGENCY_LINE}"
PRIVATE_ONLY = ("To keep what you tell me private, I only answer in a private chat: please send "
                f"me a direct message. {EMERGENCY_LINE}")

# A platform's id of a chat, user, phone number or message: a number or a short run of these.
PLATFORM_ID = re.compile(r"[A-Za-z0-9_:+.@-]{1,200}")


class NotAuthentic(PayloadError):
    """A request the platform did not sign: 401 when the signature is missing, else 403."""

    def __init__(self, reason: str, missing: bool = False) -> None:
        super().__init__(reason, 401 if missing else 403)


@dataclass(frozen=True)
class Inbound:
    """One message a platform delivered."""

    # The platform's id of the patient (a chat, a phone number, a user); the conversation's id
    # is "<channel>:<sender_id>".
    sender_id: str
    # The platform's id for this delivery: a retry carries the same one.
    message_id: str
    # None when the message has no text (a photo, a voice note, a sticker).
    text: Optional[str]
    # What the platform's reply needs besides the sender (the channel to post in, the number
    # written to, a button click to acknowledge).
    details: Dict[str, str] = field(default_factory=dict)
    # False for a message in a group or public channel: it gets a pointer to a private chat,
    # never an answer others could read.
    private: bool = True


def latest_reply_details(tracker: DialogueStateTracker) -> Dict[str, str]:
    """The reply details stored with the patient's latest message."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return (event.metadata or {}).get(REPLY_DETAILS_KEY) or {}
    return {}


def platform_identifier(value: Any) -> str:
    """A platform's id as text; `ValueError` (a 400) for a missing, empty or odd one."""
    text = str(value) if isinstance(value, (int, str)) and not isinstance(value, bool) else ""
    if not PLATFORM_ID.fullmatch(text):
        raise ValueError("missing or malformed id")
    return text


def parsed_json(data: Union[str, bytes]) -> Any:
    """JSON, or `PayloadError` (also for nesting too deep to parse)."""
    try:
        return json.loads(data)
    except (ValueError, UnicodeDecodeError, RecursionError) as error:
        raise PayloadError("body is not valid JSON") from error


def json_object(request: Request) -> Dict[str, Any]:
    """The request body as a JSON object, or `PayloadError`."""
    body = parsed_json(request.body or b"")
    if not isinstance(body, dict):
        raise PayloadError("body must be a JSON object")
    return body


def text_or_none(value: Any) -> Optional[str]:
    return value if isinstance(value, str) else None


class VerifiedWebhook(InputChannel):
    """The shared webhook flow (see the module docstring); a platform implements the hooks."""

    # True for a platform that retries unless it gets its 2xx within a few seconds.
    answers_after_acknowledging = False

    def __init__(self) -> None:
        self.failures = DeliveryFailures()

    # ---- what each platform provides ----

    def authenticate(self, request: Request) -> None:
        """Raise `NotAuthentic` unless the platform signed this request."""
        raise NotImplementedError

    def parse(self, request: Request) -> Union[HTTPResponse, List[Inbound]]:
        """The messages the (authentic) request carries, or a response to send back at once
        (a platform's URL check); `PayloadError` if malformed."""
        raise NotImplementedError

    # The keys of `Inbound.details` a reply needs (stored with each message, so that staff can
    # write to the patient later: connectors/live.py).
    reply_keys: Tuple[str, ...] = ()

    def output_to(self, details: Dict[str, str]) -> MessagingOutput:
        """The output to a conversation, given the `reply_keys` of its latest message."""
        raise NotImplementedError

    async def start(self, app: Sanic, _loop: object) -> None:
        """Server start: open the platform's client."""

    async def stop(self, app: Sanic, _loop: object) -> None:
        """Server stop: close the platform's client."""

    def handshake(self, request: Request) -> HTTPResponse:
        """GET on the webhook: the platform's subscription check, where it has one."""
        return response.json({"error": "use POST"}, status=405)

    def acknowledgement(self) -> HTTPResponse:
        """The 2xx the platform expects once its request was handled."""
        return response.json({"status": "received"})

    async def acknowledge_click(self, inbound: Inbound) -> None:
        """Tell the platform a button click was received, where it asks for that."""

    # ---- the shared flow ----

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        webhook = Blueprint(f"{self.name()}_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok", "delivery_failures": self.failures.count})

        @webhook.route("/webhook", methods=["GET"])
        async def handshake(request: Request) -> HTTPResponse:
            return self.handshake(request)

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                messages = self.verified_messages(request)
            except PayloadError as error:
                logger.warning("%s webhook refused a request: %s %s", self.name(), error.status,
                               error)
                return response.json({"error": str(error)}, status=error.status)
            if isinstance(messages, HTTPResponse):
                return messages
            if self.answers_after_acknowledging:
                request.app.add_task(self.answer_all(messages, on_new_message))
            else:
                await self.answer_all(messages, on_new_message)
            return self.acknowledgement()

        webhook.listener("before_server_start")(self.start)
        webhook.listener("before_server_start")(self.offer_live_output)
        webhook.listener("after_server_stop")(self.stop)
        return webhook

    def verified_messages(self, request: Request) -> Union[HTTPResponse, List[Inbound]]:
        """Steps 1 to 3: size, authenticity, parsing."""
        if len(request.body or b"") > MAX_BODY_BYTES:
            raise PayloadError(f"body must be at most {MAX_BODY_BYTES} bytes", 413)
        try:
            self.authenticate(request)
        except PayloadError:
            raise
        except (TypeError, ValueError) as error:  # bytes in a header no signature can hold
            raise NotAuthentic("unreadable signature") from error
        try:
            return self.parse(request)
        except PayloadError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise PayloadError(f"body is not a {self.name()} webhook request") from error

    async def answer_all(self, messages: List[Inbound], on_new_message: OnNewMessage) -> None:
        for inbound in messages:
            await self.answer(inbound, on_new_message)

    async def answer(self, inbound: Inbound, on_new_message: OnNewMessage) -> None:
        """Steps 4 and 5 for one message."""
        if not await self.first_receipt(inbound):
            logger.info("%s: message %s was answered before (a retry)", self.name(),
                        inbound.message_id)
            return
        await self.acknowledge_click(inbound)
        reply_details = {key: inbound.details[key] for key in self.reply_keys}
        output = self.output_to(reply_details)
        text = None if inbound.text is None else normalised_text(inbound.text).strip()
        conversation = conversation_id(self.name(), inbound.sender_id)
        if not inbound.private:
            await output.send_response(conversation, {"text": PRIVATE_ONLY})
        elif text is None:
            await output.send_response(conversation, {"text": MEDIA_ONLY})
        elif len(text) > MAX_MESSAGE_CHARS:
            await output.send_response(conversation, {"text": TOO_LONG})
        elif text:
            message = UserMessage(text, output, conversation, input_channel=self.name(),
                                  message_id=inbound.message_id,
                                  metadata={REPLY_DETAILS_KEY: reply_details})
            try:
                await on_new_message(message)
            except Exception as error:  # noqa: BLE001 - the platform must still get its 2xx
                logger.error("%s: a message was not handled (%s)", self.name(),
                             type(error).__name__)
                await output.send_response(conversation, {"text": NOT_HANDLED})

    async def offer_live_output(self, app: Sanic, _loop: object) -> None:
        """Let staff write to this channel's conversations (connectors/live_outputs.py)."""
        live_outputs.register(app, self.name(),
                              lambda tracker: self.output_to(latest_reply_details(tracker)))

    async def first_receipt(self, inbound: Inbound) -> bool:
        """Whether this is the first delivery of the message. When the database cannot say,
        the message is answered: twice is better than never."""
        try:
            return await asyncio.to_thread(staff_records().first_receipt, self.name(),
                                           inbound.message_id)
        except SQLAlchemyError as error:
            logger.error("%s: could not check message %s for a retry (%s)", self.name(),
                         inbound.message_id, type(error).__name__)
            return True


class MessagingInput(ShortcutGuardMixin, VerifiedWebhook):
    """Base of the messaging channels: the shared webhook behind the shortcut guard, which
    normalises text and metadata as on every channel (keeping the reply details this server
    sets: no client writes a messaging channel's metadata)."""

    kept_metadata_keys = frozenset({REPLY_DETAILS_KEY})
