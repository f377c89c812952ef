"""Rasa's REST channel with request validation.

The stock `RestInput` answers a JSON array or a non-object body with a 500, files every
message without a sender under one shared "default" conversation, and passes a null
message to the pipeline. This channel rejects such requests with a 4xx and a clear
reason before Rasa sees them; valid requests are handled by `RestInput` unchanged.
"""

from typing import Any, Awaitable, Callable, Optional

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse

from actions.constants import is_messaging_conversation
from connectors.inbound import normalised_text
from connectors.shortcuts import ShortcutGuardMixin
from connectors.warmup import warm_up

MAX_MESSAGE_CHARS = 10_000
MAX_SENDER_CHARS = 128
# A 10,000-character message of 4-byte characters, JSON-escaped, with room for the rest.
MAX_BODY_BYTES = 128 * 1024


class PayloadError(ValueError):
    """A webhook request the assistant cannot accept, with the HTTP status to answer."""

    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.status = status


def check_payload(body: Any) -> None:
    """Raise `PayloadError` unless `body` is a usable REST webhook request."""
    if not isinstance(body, dict):
        raise PayloadError('body must be a JSON object: {"sender": "...", "message": "..."}')
    sender = body.get("sender")
    if not isinstance(sender, str) or not sender.strip():
        raise PayloadError('"sender" must be a non-empty string identifying the conversation')
    if len(sender) > MAX_SENDER_CHARS or not sender.isprintable():
        raise PayloadError(f'"sender" must be at most {MAX_SENDER_CHARS} printable characters')
    if is_messaging_conversation(sender):
        raise PayloadError('"sender" must not start with a messaging app\'s name and ":" '
                           "(those conversations belong to the messaging apps)")
    message = body.get("message")
    if not isinstance(message, str):
        raise PayloadError('"message" must be a string')
    if not normalised_text(message).strip():
        raise PayloadError('"message" must not be empty')
    if len(message) > MAX_MESSAGE_CHARS:
        raise PayloadError(f'"message" must be at most {MAX_MESSAGE_CHARS} characters', 413)
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise PayloadError('"metadata" must be a JSON object')


def _parsed_json(request: Request) -> Any:
    """The request body as JSON, or `PayloadError` when it is not valid JSON."""
    try:
        return request.json
    except SanicException as error:
        raise PayloadError("body is not valid JSON") from error


class ValidatingRestInput(ShortcutGuardMixin, RestInput):
    """`RestInput` that answers malformed requests with a 4xx instead of a 500.

    Typed intent shortcuts are handled as plain text (see `connectors.shortcuts`). It also
    warms the model up at server start (Rasa OSS offers channels as the only place to hook
    into the server's start-up).
    """

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        webhook = super().blueprint(on_new_message)

        @webhook.middleware("request")
        async def reject_invalid_payload(request: Request) -> Optional[HTTPResponse]:
            if request.method != "POST":
                return None
            if len(request.body or b"") > MAX_BODY_BYTES:
                return response.json({"error": f"body must be at most {MAX_BODY_BYTES} bytes"},
                                     status=413)
            try:
                check_payload(_parsed_json(request))
            except PayloadError as error:
                return response.json({"error": str(error)}, status=error.status)
            return None

        webhook.listener("after_server_start")(warm_up)
        return webhook
