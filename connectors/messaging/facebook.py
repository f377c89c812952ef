"""Facebook Messenger: page webhooks signed with the app secret in `X-Hub-Signature-256`
(HMAC-SHA256 of the raw body, compared in constant time); replies through fbmessenger's
`MessengerClient` with buttons as quick replies. GET on the webhook answers Facebook's
subscription check with `FACEBOOK_VERIFY`.
"""

import asyncio
import hashlib
import hmac
import logging
import os
from typing import Any, Dict, List, Optional

from fbmessenger import MessengerClient
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from connectors.messaging.output import DeliveryFailures, MessagingOutput
from connectors.messaging.replies import Button, Reply, shortened, split_text
from connectors.messaging.webhook import (
    Inbound, MessagingInput, NotAuthentic, json_object, platform_identifier, text_or_none)

logger = logging.getLogger(__name__)

GRAPH_URL = os.environ.get("FACEBOOK_GRAPH_URL") or "https://graph.facebook.com"
# fbmessenger's default (2.12) is long retired; versions live about two years.
GRAPH_VERSION = os.environ.get("FACEBOOK_GRAPH_VERSION") or "23.0"
SIGNATURE_HEADER = "X-Hub-Signature-256"
SIGNATURE_PREFIX = "sha256="
MAX_TEXT = 2000
MAX_QUICK_REPLIES = 13
MAX_QUICK_REPLY_TITLE = 20
MAX_QUICK_REPLY_PAYLOAD = 1000
TIMEOUT_S = 10


class DeliveryRefused(RuntimeError):
    """The Graph API answered with an error."""


def quick_reply(button: Button) -> Dict[str, str]:
    payload = button.payload if len(button.payload) <= MAX_QUICK_REPLY_PAYLOAD else button.title
    return {"content_type": "text", "title": shortened(button.title, MAX_QUICK_REPLY_TITLE),
            "payload": payload}


class FacebookOutput(MessagingOutput):
    def __init__(self, client: MessengerClient, failures: DeliveryFailures) -> None:
        super().__init__(failures)
        self.client = client

    @classmethod
    def name(cls) -> str:
        return "facebook"

    async def deliver(self, recipient_id: str, reply: Reply) -> None:
        parts = split_text(reply.text, MAX_TEXT) or ["…"]
        for number, part in enumerate(parts, start=1):
            message: Dict[str, Any] = {"text": part}
            if number == len(parts) and reply.buttons:
                message["quick_replies"] = [quick_reply(button)
                                            for button in reply.buttons[:MAX_QUICK_REPLIES]]
            # fbmessenger's client is synchronous (requests): keep it off the event loop.
            answer = await asyncio.to_thread(self.client.send, message, recipient_id,
                                             "RESPONSE", timeout=TIMEOUT_S)
            if not isinstance(answer, dict) or "error" in answer:
                raise DeliveryRefused("the Graph API refused the message")


class FacebookInput(MessagingInput):
    """Messenger page webhook at /webhooks/facebook/webhook."""

    def __init__(self, verify: str, secret: str, page_access_token: str) -> None:
        super().__init__()
        self.verify_token = verify
        self.secret = secret
        self.client = MessengerClient(page_access_token, api_version=GRAPH_VERSION)
        self.client.graph_url = f"{GRAPH_URL}/v{GRAPH_VERSION}"

    @classmethod
    def name(cls) -> str:
        return "facebook"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> "FacebookInput":
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(credentials["verify"], credentials["secret"],
                   credentials["page-access-token"])

    async def stop(self, app: Sanic, _loop: object) -> None:
        self.client.session.close()

    def handshake(self, request: Request) -> HTTPResponse:
        token = request.args.get("hub.verify_token") or ""
        if request.args.get("hub.mode") == "subscribe" and hmac.compare_digest(
                token.encode(), self.verify_token.encode()):
            return response.text(request.args.get("hub.challenge") or "")
        return response.json({"error": "wrong hub.verify_token"}, status=403)

    def authenticate(self, request: Request) -> None:
        signature = request.headers.get(SIGNATURE_HEADER)
        if not signature:
            raise NotAuthentic(f"missing {SIGNATURE_HEADER}", missing=True)
        expected = SIGNATURE_PREFIX + hmac.new(self.secret.encode(), request.body or b"",
                                               hashlib.sha256).hexdigest()
        if not hmac.compare_digest(signature.encode(), expected.encode()):
            raise NotAuthentic(f"wrong {SIGNATURE_HEADER}")

    def parse(self, request: Request) -> List[Inbound]:
        body = json_object(request)
        if body.get("object") != "page":
            raise ValueError('"object" must be "page"')
        return [inbound for entry in body["entry"] for event in entry.get("messaging", [])
                for inbound in self.written(event)]

    @staticmethod
    def written(event: Dict[str, Any]) -> List[Inbound]:
        """A message, quick reply or button postback from a person. Anything else in the batch
        (the page's echoes, deliveries, read receipts, opt-ins, chat-plugin guests without a
        page-scoped id, malformed events) is skipped, so that it cannot keep the rest from being
        answered."""
        try:
            sender = platform_identifier(event["sender"]["id"])
            message, postback = event.get("message"), event.get("postback")
            if isinstance(message, dict) and not message.get("is_echo"):
                text = text_or_none((message.get("quick_reply") or {}).get("payload")
                                    or message.get("text"))
                return [Inbound(sender, platform_identifier(message["mid"]), text)]
            if isinstance(postback, dict):
                message_id = postback.get("mid") or f"postback-{sender}-{event.get('timestamp')}"
                return [Inbound(sender, platform_identifier(message_id),
                                text_or_none(postback.get("payload")))]
        except (KeyError, TypeError, ValueError, AttributeError):
            logger.warning("facebook: an event of the batch was skipped (malformed)")
        return []

    def output_to(self, details: Dict[str, str]) -> FacebookOutput:
        return FacebookOutput(self.client, self.failures)
