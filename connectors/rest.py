"""Rasa's REST channel with request validation.

The stock `RestInput` answers a JSON array or a non-object body with a 500, files every
message without a sender under one shared "default" conversation, and passes a null
message to the pipeline. This channel rejects such requests with a 4xx and a clear
reason before Rasa sees them; valid requests are handled by `RestInput` unchanged.

It also counts the read cards patients open in the web widget (POST /webhooks/rest/read_opened,
`{"read": "<read id>"}`) for the staff console's statistics: which read and when, never who.
"""

import asyncio
import logging
from typing import AbstractSet, Any, Awaitable, Callable, Optional

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse
from sqlalchemy.exc import SQLAlchemyError

from actions.catalog import load_catalog
from actions.constants import is_messaging_conversation
from connectors.inbound import normalised_text
from connectors.retries import REQUEST_ID_KEY, RetryGuard, request_id
from connectors.shortcuts import ShortcutGuardMixin
from connectors.warmup import warm_up
from records.store import staff_records

MAX_MESSAGE_CHARS = 10_000
MAX_SENDER_CHARS = 128
# A 10,000-character message of 4-byte characters, JSON-escaped, with room for the rest.
MAX_BODY_BYTES = 128 * 1024
READ_OPENED_PATH = "/read_opened"
MAX_READ_OPENED_BYTES = 1024

logger = logging.getLogger(__name__)


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


def check_read_open(body: Any, known_reads: AbstractSet[str]) -> str:
    """The read id of a usable "read opened" request; `PayloadError` for anything else."""
    if not isinstance(body, dict) or set(body) != {"read"} or not isinstance(body["read"], str):
        raise PayloadError('body must be a JSON object with only a "read" id: {"read": "..."}')
    if body["read"] not in known_reads:
        raise PayloadError('"read" must be the id of a read in the catalog (content/reads.yml)')
    return body["read"]


async def count_read_open(read_id: str) -> None:
    """Store that `read_id` was opened. When the database cannot, the open goes uncounted and
    the error is logged (by its kind only): the patient's page is not kept waiting for it."""
    try:
        await asyncio.to_thread(lambda: staff_records().add_read_open(read_id))
    except (SQLAlchemyError, RuntimeError) as error:  # RuntimeError: no or unmigrated database
        logger.error("rest: an opened read (%s) was not counted (%s)", read_id,
                     type(error).__name__)


def _parsed_json(request: Request) -> Any:
    """The request body as JSON, or `PayloadError` when it is not valid JSON."""
    try:
        return request.json
    except SanicException as error:
        raise PayloadError("body is not valid JSON") from error


class ValidatingRestInput(ShortcutGuardMixin, RestInput):
    """`RestInput` that answers malformed requests with a 4xx instead of a 500.

    Typed intent shortcuts are handled as plain text (see `connectors.shortcuts`). A message
    a proxy sends a second time is answered once (`connectors.retries`). It also warms the
    model up at server start (Rasa OSS offers channels as the only place to hook into the
    server's start-up).
    """

    kept_metadata_keys = frozenset({REQUEST_ID_KEY})

    @classmethod
    def name(cls) -> str:
        return "rest"

    def get_metadata(self, request: Request) -> dict:
        """The client's metadata, with the proxy's request id (never the client's own)."""
        metadata = super().get_metadata(request)
        metadata = {key: value for key, value in metadata.items() if key != REQUEST_ID_KEY} \
            if isinstance(metadata, dict) else {}
        proxy_request_id = request_id(request)
        return {**metadata, REQUEST_ID_KEY: proxy_request_id} if proxy_request_id else metadata

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        retries = RetryGuard()
        webhook = super().blueprint(retries.wrap(on_new_message))
        webhook.listener("before_server_start")(retries.attach)
        known_reads = frozenset(read.id for read in load_catalog())

        @webhook.middleware("request")
        async def reject_invalid_payload(request: Request) -> Optional[HTTPResponse]:
            if request.method != "POST" or request.path.endswith(READ_OPENED_PATH):
                return None  # read opens are checked by their own route
            if len(request.body or b"") > MAX_BODY_BYTES:
                return response.json({"error": f"body must be at most {MAX_BODY_BYTES} bytes"},
                                     status=413)
            try:
                check_payload(_parsed_json(request))
            except PayloadError as error:
                return response.json({"error": str(error)}, status=error.status)
            return None

        @webhook.route(READ_OPENED_PATH, methods=["POST"])
        async def read_opened(request: Request) -> HTTPResponse:
            if len(request.body or b"") > MAX_READ_OPENED_BYTES:
                return response.json(
                    {"error": f"body must be at most {MAX_READ_OPENED_BYTES} bytes"}, status=413)
            try:
                read_id = check_read_open(_parsed_json(request), known_reads)
            except PayloadError as error:
                return response.json({"error": str(error)}, status=error.status)
            await count_read_open(read_id)
            return response.empty()

        webhook.listener("after_server_start")(warm_up)
        return webhook
